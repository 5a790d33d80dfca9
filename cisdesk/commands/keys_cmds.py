"""Verbs on keys: ``keys show``, ``export``, ``trust``, ``enroll``, ``revoke``, ``list``."""

import argparse
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from cisdesk import fsutil
from cisdesk.commands.common import (
    DEFAULT_PASSPHRASE_VAR,
    add_db_option,
    open_from_args,
    passphrase_from_args,
    say,
)
from cisdesk.db.record import Record
from cisdesk.errors import CisdeskError, UsageError
from cisdesk.messages import Message, msg, place, text
from cisdesk.sync import keys, overview


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

    withdraw = actions.add_parser(
        "withdraw", help="SISCA removes a key enrolled by mistake (one that never signed)"
    )
    add_db_option(withdraw, required=True)
    withdraw.add_argument("key_id", metavar="KEY_ID")
    withdraw.set_defaults(handler=cmd_withdraw)

    listing = actions.add_parser("list", help="the keyring held, with fingerprints")
    add_db_option(listing, required=True)
    listing.set_defaults(handler=cmd_list)


# --- helpers other verbs use -------------------------------------------------------------------


def signing_key_from_args(record: Record, args: argparse.Namespace) -> Ed25519PrivateKey:
    """This install's private key, with a hint on how to give the passphrase when needed."""
    try:
        return overview.signing_key(record, passphrase_from_args(args))
    except keys.PassphraseRequired:
        raise CisdeskError("cmd.passphrase_hint", var=DEFAULT_PASSPHRASE_VAR) from None


def read_key_file(name: str) -> keys.PublicKeyFile:
    path = Path(name)
    if not path.is_file():
        raise CisdeskError("cmd.keys.no_file", path=str(path))
    try:
        with path.open("rb") as handle:
            data = handle.read(keys.MAX_KEY_FILE_BYTES + 1)
    except OSError as exc:
        raise CisdeskError(
            "bundle.cannot_read", path=str(path), reason=exc.strerror or str(exc)
        ) from exc
    return keys.read_public_key_file(data)


def _describe_file(key_file: keys.PublicKeyFile) -> Message:
    return msg("cmd.keys.key", key_id=key_file.key_id, fingerprint=key_file.fingerprint)


# --- verbs -------------------------------------------------------------------------------------


def cmd_show(args: argparse.Namespace) -> int:
    with open_from_args(args) as record:
        install = record.install
        view = overview.key_overview(record)
    if view.own is None:
        assert view.own_problem is not None
        raise view.own_problem
    kind = msg("cmd.keys.kind_regional" if install.is_regional else "cmd.keys.kind_country")
    say("cmd.keys.install", name=install.site_name)
    say("cmd.keys.kind", kind=kind)
    say("cmd.keys.country", place=place(install.owner), code=install.owner)
    say("cmd.keys.site_id", id=install.site_id)
    say("cmd.keys.key_id", id=view.own.key_id)
    say("cmd.keys.fingerprint", fingerprint=view.own.fingerprint)
    say("cmd.keys.protected", answer=msg("cmd.yes" if view.own.encrypted else "cmd.no"))
    say("cmd.keys.deployment", id=install.deployment_id or msg("cmd.keys.no_deployment"))
    if not install.is_regional:
        if view.root_key_id is None:
            say("cmd.keys.root_none")
        else:
            say("cmd.keys.root", key_id=view.root_key_id, fingerprint=view.root_fingerprint)
    say("cmd.keys.keyring_version", version=view.keyring_version or msg("cmd.none"))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    with open_from_args(args) as record:
        data = overview.public_key_file(record)
        own = overview.own_key(record)
    target = Path(args.output)
    fsutil.atomic_write_bytes(target, data)
    say("cmd.keys.exported", key_id=own.key_id, path=str(target))
    say("cmd.keys.fingerprint", fingerprint=own.fingerprint)
    return 0


def cmd_trust(args: argparse.Namespace) -> int:
    key_file = read_key_file(args.key_file)
    with open_from_args(args) as record:
        overview.trust_root(record, key_file)
    say("cmd.keys.trusted", key=_describe_file(key_file))
    say("cmd.keys.deployment", id=key_file.deployment_id)
    say("cmd.keys.compare_fingerprint")
    return 0


def cmd_enroll(args: argparse.Namespace) -> int:
    country = args.country.upper()
    key_file = read_key_file(args.key_file)
    with open_from_args(args) as record:
        already = overview.is_enrolled(record, key_file.key_id)
        overview.enroll_key(record, key_file, country)
    where = place(country)
    if already:
        say("cmd.keys.already_enrolled", key=_describe_file(key_file), place=where)
        return 0
    say(
        "cmd.keys.enrolled",
        key=_describe_file(key_file),
        place=where,
        site=repr(key_file.site_name),
    )
    say("cmd.keys.next_bundle")
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    key_id = args.key_id.strip().lower()
    if not keys.KEY_ID_PATTERN.fullmatch(key_id):
        raise UsageError("cmd.keys.key_id_usage")
    if args.after_seq is not None and args.after_seq < 0:
        raise UsageError("cmd.keys.after_seq_usage")
    with open_from_args(args) as record:
        overview.revoke_key(record, key_id, args.after_seq)
    if args.after_seq:
        say("cmd.keys.revoked_after", key_id=key_id, seq=args.after_seq)
    else:
        say("cmd.keys.revoked", key_id=key_id)
    say("cmd.keys.next_bundle")
    return 0


def cmd_withdraw(args: argparse.Namespace) -> int:
    key_id = args.key_id.strip().lower()
    if not keys.KEY_ID_PATTERN.fullmatch(key_id):
        raise UsageError("cmd.keys.key_id_usage")
    with open_from_args(args) as record:
        site = overview.withdraw_key(record, key_id)
    print(text("keys.withdrawn", key=key_id, site=site))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_from_args(args) as record:
        view = overview.key_overview(record)
    version = view.keyring_version
    held = version or msg("cmd.none")
    if view.keyring_pending:
        say("cmd.keys.keyring_version_pending", version=held, next=version + 1)
    else:
        say("cmd.keys.keyring_version", version=held)
    if not view.keyring:
        say("cmd.keys.none_enrolled")
    for entry in view.keyring:
        if entry.revoked_after_seq is None:
            state = text("cmd.keys.state_valid")
        elif entry.revoked_after_seq == 0:
            state = text("cmd.keys.state_revoked")
        else:
            state = text("cmd.keys.state_revoked_after", seq=entry.revoked_after_seq)
        print(
            f"{entry.country:<3}  {entry.key_id}  {entry.fingerprint}  "
            f"{state:<12}  {entry.site_name or ''}"
        )
    return 0
