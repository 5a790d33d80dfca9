"""Verbs on keys: ``keys show``, ``export``, ``trust``, ``enroll``, ``revoke``, ``list``."""

import argparse
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from cisdesk import fsutil
from cisdesk.commands.common import (
    DEFAULT_PASSPHRASE_VAR,
    add_db_option,
    open_from_args,
    passphrase_from_args,
)
from cisdesk.db.local import KeyringEntry, TrustedRoot
from cisdesk.errors import CisdeskError, UsageError
from cisdesk.sync import keyring, keys


def register(verbs: argparse._SubParsersAction) -> None:
    parser = verbs.add_parser("keys", help="this install's key, SISCA's root key and the keyring")
    actions = parser.add_subparsers(dest="keys_verb", metavar="ACTION", required=True)

    show = actions.add_parser("show", help="key id and fingerprint of this install")
    add_db_option(show, required=True)
    show.set_defaults(handler=cmd_show)

    export = actions.add_parser("export", help="write this install's public key file")
    add_db_option(export, required=True)
    export.add_argument("-o", "--output", required=True, metavar="FILE.pub")
    export.set_defaults(handler=cmd_export)

    trust = actions.add_parser("trust", help="a country install trusts SISCA's root key")
    add_db_option(trust, required=True)
    trust.add_argument("key_file", metavar="FILE.pub")
    trust.set_defaults(handler=cmd_trust)

    enroll = actions.add_parser("enroll", help="SISCA enrols a country install's key")
    add_db_option(enroll, required=True)
    enroll.add_argument("key_file", metavar="FILE.pub")
    enroll.add_argument("--country", required=True, metavar="CC")
    enroll.set_defaults(handler=cmd_enroll)

    revoke = actions.add_parser("revoke", help="SISCA revokes a site key")
    add_db_option(revoke, required=True)
    revoke.add_argument("key_id", metavar="KEY_ID")
    revoke.add_argument(
        "--after-seq",
        type=int,
        metavar="N",
        help="keep the key's bundles up to number N (default: refuse all of them)",
    )
    revoke.set_defaults(handler=cmd_revoke)

    listing = actions.add_parser("list", help="the keyring held, with fingerprints")
    add_db_option(listing, required=True)
    listing.set_defaults(handler=cmd_list)


# --- helpers other verbs use -------------------------------------------------------------------


def signing_key_from_args(session: Session, args: argparse.Namespace) -> Ed25519PrivateKey:
    """This install's private key, with a hint on how to give the passphrase when needed."""
    try:
        return keys.load_signing_key(session, passphrase_from_args(args))
    except keys.PassphraseRequired:
        raise CisdeskError(
            "This install's key is protected: put its passphrase in the environment variable "
            f"{DEFAULT_PASSPHRASE_VAR} or name another one with --passphrase-env VAR."
        ) from None


def read_key_file(name: str) -> keys.PublicKeyFile:
    path = Path(name)
    if not path.is_file():
        raise CisdeskError(f"There is no key file at {path}.")
    try:
        with path.open("rb") as handle:
            data = handle.read(keys.MAX_KEY_FILE_BYTES + 1)
    except OSError as exc:
        raise CisdeskError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    return keys.read_public_key_file(data)


def _describe_file(key_file: keys.PublicKeyFile) -> str:
    return f"key {key_file.key_id} (fingerprint {key_file.fingerprint})"


# --- verbs -------------------------------------------------------------------------------------


def cmd_show(args: argparse.Namespace) -> int:
    with open_from_args(args) as record, record.reader() as session:
        install = keys.this_install(session)
        own = keys.own_key(session)
        kind = "SISCA (regional), holds the root key" if install.is_regional else "country"
        print(f"Install: {install.site_name}")
        print(f"Kind: {kind}")
        print(f"Country: {keys.place_name(install.owner)} ({install.owner})")
        print(f"Site id: {install.site_id}")
        print(f"Key id: {own.key_id}")
        print(f"Fingerprint: {keys.fingerprint(own.public_key)}")
        print(f"Protected by a passphrase: {'yes' if own.encrypted else 'no'}")
        print(f"Deployment: {install.deployment_id or 'none yet (trust SISCA root key first)'}")
        if not install.is_regional:
            root = session.scalars(select(TrustedRoot)).first()
            if root is None:
                print("Trusted SISCA root key: none")
            else:
                print(
                    f"Trusted SISCA root key: {root.key_id} "
                    f"(fingerprint {keys.fingerprint(root.public_key)})"
                )
        version = keyring.held_version(session)
        print(f"Keyring version held: {version or 'none'}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    with open_from_args(args) as record, record.reader() as session:
        data = keys.export_public_key(session)
        own = keys.own_key(session)
    target = Path(args.output)
    fsutil.atomic_write_bytes(target, data)
    print(f"Wrote the public key {own.key_id} to {target}.")
    print(f"Fingerprint: {keys.fingerprint(own.public_key)}")
    return 0


def cmd_trust(args: argparse.Namespace) -> int:
    key_file = read_key_file(args.key_file)
    with open_from_args(args) as record, record.local_edit() as session:
        keyring.trust_root(session, key_file)
    print(f"This install trusts SISCA's root {_describe_file(key_file)}.")
    print(f"Deployment: {key_file.deployment_id}")
    print("Compare the fingerprint with SISCA by phone before importing regional bundles.")
    return 0


def cmd_enroll(args: argparse.Namespace) -> int:
    country = args.country.upper()
    key_file = read_key_file(args.key_file)
    with open_from_args(args) as record, record.local_edit() as session:
        before = session.get(KeyringEntry, key_file.key_id)
        keyring.enroll(session, key_file, country)
    where = keys.place_name(country)
    if before is not None:
        print(f"The {_describe_file(key_file)} was already enrolled for {where}.")
        return 0
    print(f"Enrolled the {_describe_file(key_file)} for {where}, site {key_file.site_name!r}.")
    print("The next regional bundle carries the new keyring.")
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    key_id = args.key_id.strip().lower()
    if not keys.KEY_ID_PATTERN.fullmatch(key_id):
        raise UsageError("KEY_ID is the 16 hex digits 'cisdesk keys list' shows")
    if args.after_seq is not None and args.after_seq < 0:
        raise UsageError("--after-seq must be 0 or more")
    with open_from_args(args) as record, record.local_edit() as session:
        keyring.revoke(session, key_id, args.after_seq)
    if args.after_seq:
        print(f"Revoked the key {key_id}: its bundles after number {args.after_seq} are refused.")
    else:
        print(f"Revoked the key {key_id}: all its bundles are refused.")
    print("The next regional bundle carries the new keyring.")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_from_args(args) as record, record.reader() as session:
        install = keys.this_install(session)
        version = keyring.held_version(session)
        entries = session.scalars(
            select(KeyringEntry).order_by(KeyringEntry.country, KeyringEntry.site_name)
        ).all()
        pending = install.is_regional and keyring.has_unsigned_changes(session)
    note = f" (changed since: the next regional bundle carries version {version + 1})"
    print(f"Keyring version held: {version or 'none'}" + (note if pending else ""))
    if not entries:
        print("No keys enrolled.")
    for entry in entries:
        if entry.revoked_after_seq is None:
            state = "valid"
        elif entry.revoked_after_seq == 0:
            state = "revoked"
        else:
            state = f"revoked after bundle {entry.revoked_after_seq}"
        print(
            f"{entry.country:<3}  {entry.key_id}  {keys.fingerprint(entry.public_key)}  "
            f"{state:<12}  {entry.site_name or ''}"
        )
    return 0
