"""The keyring: which site key may sign for which country, as SISCA's root key says.

SISCA enrols each country install's key (after comparing fingerprints by phone)
and revokes lost ones; the signed keyring travels in regional bundles, and a
country install accepts it only when SISCA's root key signed it and its version
is newer than the one held. Importers ask :func:`resolve_signer` whose key may
sign a bundle and :func:`site_owners` whose rows a site may write.

None of these functions commit: the caller's transaction decides.
"""

import datetime as dt
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from cisdesk.countries import BY_CODE, COUNTRY_CODES, REGIONAL
from cisdesk.db.local import Install, Keyring, KeyringEntry, TrustedRoot
from cisdesk.errors import BundleRejected, CisdeskError, ValidationError
from cisdesk.messages import msg, place
from cisdesk.sync import keys, sites, strictjson
from cisdesk.sync.keys import PublicKeyFile

KEYRING_FORMAT = "cisdesk-keyring"
#: Keeps a keyring signature from ever passing as a bundle signature, and back.
KEYRING_SIGNATURE_PREFIX = b"cisdesk keyring v1\x00"
MAX_KEYRING_BYTES = 4 * 1024 * 1024
_DOCUMENT_FIELDS = frozenset({"format", "version", "deployment_id", "root_key_id", "entries"})
_ENTRY_FIELDS = frozenset(
    {"key_id", "public_key", "country", "site_id", "site_name", "revoked_after_seq"}
)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _require_regional(install: Install, action: str) -> None:
    if not install.is_regional:
        raise CisdeskError(
            "keys.only_sisca", action=msg(f"keys.action.{action}"), place=place(install.owner)
        )


def _entry(session: Session, key_id: str) -> KeyringEntry | None:
    return session.get(KeyringEntry, key_id)


# --- SISCA: enrolment and revocation --------------------------------------------------------


def enroll(session: Session, key_file: PublicKeyFile, country: str) -> KeyringEntry:
    """Enrol a country install's key; enrolling the same key again changes nothing."""
    install = keys.this_install(session)
    _require_regional(install, "enrol")
    if key_file.is_root:
        raise ValidationError("keys.enroll.root_key")
    if country not in BY_CODE:
        raise ValidationError(
            "keys.unknown_country", country=repr(country), codes=" ".join(COUNTRY_CODES)
        )
    if key_file.country != country:
        raise ValidationError(
            "keys.enroll.wrong_country", place=place(key_file.country), expected=place(country)
        )
    if key_file.deployment_id is not None and key_file.deployment_id != install.deployment_id:
        raise ValidationError("keys.enroll.other_deployment")
    if key_file.key_id == keys.own_key(session).key_id or key_file.site_id == install.site_id:
        raise ValidationError("keys.enroll.own_key")
    sites.check_claimable(session, key_file)
    existing = _entry(session, key_file.key_id)
    if existing is not None:
        if existing.revoked_after_seq is not None:
            raise ValidationError("keys.enroll.revoked", key_id=existing.key_id)
        if existing.country != country or existing.site_id != key_file.site_id:
            raise ValidationError(
                "keys.enroll.other_site", key_id=existing.key_id, place=place(existing.country)
            )
        return existing
    same_site = session.scalars(
        select(KeyringEntry).where(KeyringEntry.site_id == key_file.site_id)
    ).first()
    if same_site is not None:
        raise ValidationError(
            "keys.enroll.site_taken",
            key_id=same_site.key_id,
            site=repr(same_site.site_name),
            place=place(same_site.country),
        )
    entry = KeyringEntry(
        key_id=key_file.key_id,
        public_key=key_file.public_key,
        country=country,
        site_id=key_file.site_id,
        site_name=key_file.site_name,
        revoked_after_seq=None,
        enrolled_at=_now(),
    )
    session.add(entry)
    session.flush()
    return entry


def revoke(session: Session, key_id: str, after_seq: int | None) -> None:
    """Refuse the key's bundles numbered above ``after_seq`` (None: all of them)."""
    install = keys.this_install(session)
    _require_regional(install, "revoke")
    if after_seq is not None and after_seq < 0:
        raise ValidationError("keys.revoke.negative")
    entry = _entry(session, key_id)
    if entry is None:
        raise ValidationError("keys.revoke.unknown", key_id=repr(key_id))
    if entry.key_id == keys.own_key(session).key_id:
        raise ValidationError("keys.revoke.root")
    limit = 0 if after_seq is None else after_seq
    current = entry.revoked_after_seq
    if current is not None and limit > current:
        raise ValidationError("keys.revoke.only_earlier", key_id=key_id, seq=current)
    entry.revoked_after_seq = limit
    session.flush()


# --- the signed document ----------------------------------------------------------------------


def _entry_json(entry: KeyringEntry) -> dict[str, Any]:
    return {
        "key_id": entry.key_id,
        "public_key": keys.b64encode(entry.public_key),
        "country": entry.country,
        "site_id": entry.site_id,
        "site_name": entry.site_name,
        "revoked_after_seq": entry.revoked_after_seq,
    }


def current_entries(session: Session) -> list[dict[str, Any]]:
    rows = session.scalars(select(KeyringEntry).order_by(KeyringEntry.key_id))
    return [_entry_json(row) for row in rows]


def held_keyring(session: Session) -> Keyring | None:
    return session.scalars(select(Keyring).order_by(Keyring.version.desc())).first()


def held_version(session: Session) -> int:
    held = held_keyring(session)
    return held.version if held is not None else 0


def has_unsigned_changes(session: Session) -> bool:
    """SISCA: entries changed since the keyring last signed (the next one gets a new version)."""
    held = held_keyring(session)
    if held is None:
        return True
    document = strictjson.loads(
        held.document, max_depth=3, expect=dict, what="json.what.held_keyring"
    )
    return bool(document.get("entries") != current_entries(session))


def signed_keyring(session: Session, root_key: Ed25519PrivateKey) -> tuple[bytes, bytes]:
    """SISCA's current keyring (document, signature), signing a new version if entries changed."""
    install = keys.this_install(session)
    _require_regional(install, "sign")
    own = keys.own_key(session)
    if not own.is_root or keys.public_bytes(root_key.public_key()) != own.public_key:
        raise CisdeskError("keys.sign.not_root")
    held = held_keyring(session)
    if held is not None and not has_unsigned_changes(session):
        return bytes(held.document), bytes(held.signature)
    document = strictjson.dumps_canonical(
        {
            "format": KEYRING_FORMAT,
            "version": (held.version if held is not None else 0) + 1,
            "deployment_id": install.deployment_id,
            "root_key_id": own.key_id,
            "entries": current_entries(session),
        }
    )
    signature = root_key.sign(KEYRING_SIGNATURE_PREFIX + document)
    _store_keyring(session, document, signature)
    return document, signature


def _store_keyring(session: Session, document: bytes, signature: bytes) -> None:
    version = strictjson.loads(document, max_depth=3, expect=dict)["version"]
    session.execute(delete(Keyring))
    session.add(
        Keyring(version=version, document=document, signature=signature, received_at=_now())
    )
    session.flush()


def keyring_manifest_field(document: bytes, signature: bytes) -> dict[str, str]:
    """The manifest's ``keyring`` value for a (document, signature) pair."""
    return {"document": keys.b64encode(document), "signature": keys.b64encode(signature)}


def keyring_from_manifest(manifest: dict[str, Any]) -> tuple[bytes, bytes] | None:
    """The (document, signature) a checked manifest carries, or None."""
    field = manifest.get("keyring")
    if field is None:
        return None
    try:
        return keys.b64decode(field["document"]), keys.b64decode(field["signature"])
    except (KeyError, TypeError, ValueError):
        raise BundleRejected("keys.keyring.not_base64") from None


# --- accepting a keyring ----------------------------------------------------------------------


def _root_for_keyring(session: Session, install: Install) -> tuple[str, bytes, str | None]:
    """(key id, public key, deployment id) of the root this install trusts to sign keyrings."""
    if install.is_regional:
        own = keys.own_key(session)
        return own.key_id, own.public_key, install.deployment_id
    root = session.scalars(select(TrustedRoot)).first()
    if root is None:
        raise BundleRejected("keys.root_not_trusted")
    return root.key_id, root.public_key, root.deployment_id


def _parse_document(document: bytes) -> dict[str, Any]:
    doc: dict[str, Any] = strictjson.loads(
        document, max_depth=3, expect=dict, what="json.what.keyring"
    )
    if doc.get("format") != KEYRING_FORMAT or set(doc) != _DOCUMENT_FIELDS:
        raise BundleRejected("keys.keyring.not_document")
    version = doc["version"]
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BundleRejected("keys.keyring.version")
    entries = doc["entries"]
    if not isinstance(entries, list):
        raise BundleRejected("keys.keyring.entries_list")
    previous = ""
    for item in entries:
        _check_document_entry(item)
        if item["key_id"] <= previous:
            raise BundleRejected("keys.keyring.entries_sorted")
        previous = item["key_id"]
    return doc


def _check_document_entry(item: object) -> None:
    if not isinstance(item, dict) or set(item) != _ENTRY_FIELDS:
        raise BundleRejected("keys.keyring.entry_fields")
    try:
        raw = keys.b64decode(item["public_key"]) if isinstance(item["public_key"], str) else b""
    except ValueError:
        raw = b""
    if len(raw) != keys.PUBLIC_KEY_BYTES or keys.key_id(raw) != item["key_id"]:
        raise BundleRejected("keys.keyring.entry_key_id")
    country = item["country"]
    if not isinstance(country, str) or (country != REGIONAL and country not in BY_CODE):
        raise BundleRejected("keys.keyring.entry_country")
    if not keys.is_uuid(item["site_id"]):
        raise BundleRejected("keys.keyring.entry_site_id")
    if item["site_name"] is not None and not isinstance(item["site_name"], str):
        raise BundleRejected("keys.keyring.entry_site_name")
    revoked = item["revoked_after_seq"]
    if revoked is not None and (
        not isinstance(revoked, int) or isinstance(revoked, bool) or revoked < 0
    ):
        raise BundleRejected("keys.keyring.entry_revocation")


def accept_keyring(session: Session, document: bytes, signature: bytes) -> bool:
    """Install a newer keyring signed by the trusted root; False when it is the one held.

    An older keyring than the one held is refused: replaying an old keyring would
    bring back revoked keys.
    """
    install = keys.this_install(session)
    root_id, root_public, root_deployment = _root_for_keyring(session, install)
    if len(document) > MAX_KEYRING_BYTES:
        raise BundleRejected("keys.keyring.too_large")
    if len(signature) != keys.SIGNATURE_BYTES:
        raise BundleRejected("keys.keyring.signature_length")
    try:
        keys.load_public(root_public).verify(signature, KEYRING_SIGNATURE_PREFIX + document)
    except InvalidSignature:
        raise BundleRejected("keys.keyring.bad_signature", key_id=root_id) from None
    doc = _parse_document(document)
    if doc["root_key_id"] != root_id:
        raise BundleRejected("keys.keyring.other_root")
    if doc["deployment_id"] != root_deployment:
        raise BundleRejected("keys.keyring.other_deployment")
    held = held_version(session)
    if doc["version"] == held:
        return False
    if doc["version"] < held:
        if install.is_regional:
            return False  # SISCA's own older keyring: it already holds the newer one
        raise BundleRejected("keys.keyring.rollback", version=doc["version"], held=held)
    session.execute(delete(KeyringEntry))
    now = _now()
    for item in doc["entries"]:
        session.add(
            KeyringEntry(
                key_id=item["key_id"],
                public_key=keys.b64decode(item["public_key"]),
                country=item["country"],
                site_id=item["site_id"],
                site_name=item["site_name"],
                revoked_after_seq=item["revoked_after_seq"],
                enrolled_at=now,
            )
        )
    _store_keyring(session, document, signature)
    return True


# --- a country install trusting SISCA ---------------------------------------------------------


def trust_root(session: Session, key_file: PublicKeyFile) -> None:
    """Trust SISCA's root key and join its deployment; trusting it again changes nothing."""
    install = keys.this_install(session)
    if install.is_regional:
        raise CisdeskError("keys.trust.sisca")
    if not key_file.is_root:
        raise ValidationError("keys.trust.not_root", key=key_file.describe())
    current = session.scalars(select(TrustedRoot)).first()
    if current is not None:
        if current.key_id == key_file.key_id:
            return
        raise ValidationError("keys.trust.other_root", key_id=current.key_id)
    if install.deployment_id is not None and install.deployment_id != key_file.deployment_id:
        raise ValidationError("keys.trust.other_deployment")
    session.add(
        TrustedRoot(
            key_id=key_file.key_id,
            public_key=key_file.public_key,
            deployment_id=key_file.deployment_id,
            trusted_at=_now(),
        )
    )
    if _entry(session, key_file.key_id) is None:
        session.add(
            KeyringEntry(
                key_id=key_file.key_id,
                public_key=key_file.public_key,
                country=REGIONAL,
                site_id=key_file.site_id,
                site_name=key_file.site_name,
                revoked_after_seq=None,
                enrolled_at=_now(),
            )
        )
    install.deployment_id = key_file.deployment_id
    session.flush()


# --- importers' questions ---------------------------------------------------------------------


def resolve_signer(session: Session, manifest: dict[str, Any]) -> Ed25519PublicKey:
    """The public key that must have signed ``manifest``; BundleRejected naming who is wrong."""
    install = keys.this_install(session)
    direction = manifest.get("direction")
    key_id = manifest.get("key_id")
    origin = manifest.get("origin_country")
    site = manifest.get("origin_site")
    seq = manifest.get("seq")
    if not (isinstance(key_id, str) and isinstance(origin, str) and isinstance(site, str)):
        raise BundleRejected("keys.signer.unnamed")
    if not isinstance(seq, int) or isinstance(seq, bool):
        raise BundleRejected("keys.signer.seq")
    deployment = manifest.get("deployment_id")
    if deployment is not None and install.deployment_id not in (None, deployment):
        raise BundleRejected("keys.signer.other_deployment")
    if direction == "regional":
        return _regional_signer(session, install, key_id)
    if direction != "country":
        raise BundleRejected("bundle.manifest.direction")
    own = keys.own_key(session)
    if key_id == own.key_id and site == install.site_id:
        return keys.load_public(own.public_key)
    entry = _entry(session, key_id)
    if entry is None or entry.country != origin:
        where = place(origin)
        if entry is not None:
            raise BundleRejected(
                "keys.signer.other_country", key_id=key_id, place=place(entry.country), where=where
            )
        raise BundleRejected("keys.signer.unknown", key_id=key_id, where=where)
    if entry.site_id != site:
        raise BundleRejected(
            "keys.signer.other_site", key_id=key_id, place=place(origin), site=repr(entry.site_name)
        )
    if entry.revoked_after_seq is not None and seq > entry.revoked_after_seq:
        if entry.revoked_after_seq == 0:
            raise BundleRejected("keys.signer.revoked", key_id=key_id, place=place(origin))
        raise BundleRejected(
            "keys.signer.revoked_after",
            key_id=key_id,
            place=place(origin),
            after=entry.revoked_after_seq,
            seq=seq,
        )
    return keys.load_public(entry.public_key)


def _regional_signer(session: Session, install: Install, key_id: str) -> Ed25519PublicKey:
    if install.is_regional:
        own = keys.own_key(session)
        if key_id != own.key_id:
            raise BundleRejected("keys.signer.not_own_root", key_id=key_id, root=own.key_id)
        return keys.load_public(own.public_key)
    root = session.scalars(select(TrustedRoot)).first()
    if root is None:
        raise BundleRejected("keys.root_not_trusted")
    if key_id != root.key_id:
        raise BundleRejected("keys.signer.not_trusted_root", key_id=key_id, root=root.key_id)
    return keys.load_public(root.public_key)


def site_owners(session: Session) -> dict[str, str]:
    """Site id → the owner value (country code or "REG") whose rows that site may write."""
    owners = {
        entry.site_id: entry.country
        for entry in session.scalars(select(KeyringEntry))
        if entry.site_id is not None
    }
    install = keys.this_install(session)
    owners[install.site_id] = install.owner
    return owners
