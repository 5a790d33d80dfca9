"""Ed25519 signing keys: creation, passphrase protection, ids, fingerprints, key files.

A public key file (``keys export``) is how a key travels to the person who must
trust or enrol it; it is plain JSON so it survives e-mail, and it carries the
key's id so an altered key is noticed. People compare fingerprints by phone.
"""

import base64
import binascii
import hashlib
import json
import re
import uuid
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from cisdesk.countries import BY_CODE, REGIONAL
from cisdesk.db.local import Install, SigningKey
from cisdesk.errors import BundleRejected, CisdeskError, DatabaseError, ValidationError
from cisdesk.messages import Message, msg
from cisdesk.messages import place as place  # re-exported: callers name places through keys
from cisdesk.outtext import has_control
from cisdesk.sync import strictjson

PUBLIC_KEY_FORMAT = "cisdesk-public-key"
#: A key file is a few hundred bytes; anything far larger is not one.
MAX_KEY_FILE_BYTES = 64 * 1024
KEY_ID_PATTERN = re.compile(r"[0-9a-f]{16}")
SIGNATURE_BYTES = 64
PUBLIC_KEY_BYTES = 32


class PassphraseRequired(CisdeskError):
    """The private key is protected and no passphrase was given (callers may ask for one)."""


def generate() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def public_bytes(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_id(public_raw: bytes) -> str:
    """Short stable id: the first 16 hex digits of the public key's sha256."""
    return hashlib.sha256(public_raw).hexdigest()[:16]


def fingerprint(public_raw: bytes) -> str:
    """Something two people can read to each other by phone: 8 groups of 4 letters/digits."""
    digest = base64.b32encode(hashlib.sha256(b"cisdesk-key\x00" + public_raw).digest()).decode()
    text = digest[:32]
    return " ".join(text[i : i + 4] for i in range(0, 32, 4))


def private_pem(key: Ed25519PrivateKey, passphrase: str | None) -> bytes:
    algorithm: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase.encode())
        if passphrase
        else serialization.NoEncryption()
    )
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, algorithm
    )


def load_private(pem: bytes, passphrase: str | None) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(
            pem, password=passphrase.encode() if passphrase else None
        )
    except TypeError as exc:
        if passphrase:
            raise CisdeskError("keys.not_protected") from exc
        raise PassphraseRequired("keys.passphrase_required") from exc
    except ValueError as exc:
        raise CisdeskError("keys.wrong_passphrase") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise CisdeskError("keys.not_ed25519_private")
    return key


def load_public(raw: bytes) -> Ed25519PublicKey:
    try:
        return Ed25519PublicKey.from_public_bytes(raw)
    except ValueError as exc:
        raise CisdeskError("keys.not_ed25519_public") from exc


def b64encode(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def b64decode(text: str) -> bytes:
    """Strict standard base64: only its alphabet, correct padding, one spelling per value."""
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error, ValueError) as exc:
        raise ValueError("not base64") from exc
    if b64encode(raw) != text:
        raise ValueError("not canonical base64")
    return raw


def is_uuid(text: object) -> bool:
    """A lowercase, hyphenated UUID as ``str(uuid.uuid4())`` writes it."""
    if not isinstance(text, str) or len(text) != 36:
        return False
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False


def place_name(code: str) -> str:
    """``"HN"`` → ``"Honduras"``; ``"REG"`` → ``"SISCA"``: in English, for logs.

    What a person reads names a place with :func:`place`, in their language.
    """
    if code == REGIONAL:
        return "SISCA"
    country = BY_CODE.get(code)
    return country.name_en if country else repr(code)


# --- this install's key -------------------------------------------------------------


def own_key(session: Session) -> SigningKey:
    key = session.scalars(select(SigningKey).order_by(SigningKey.created_at)).first()
    if key is None:
        raise DatabaseError("keys.no_signing_key")
    return key


def load_signing_key(session: Session, passphrase: str | None) -> Ed25519PrivateKey:
    """This install's private key, checked against the public half stored beside it."""
    row = own_key(session)
    if row.private_key_pem is None:
        raise CisdeskError("keys.no_private_key")
    if row.encrypted and not passphrase:
        raise PassphraseRequired("keys.passphrase_required")
    private = load_private(row.private_key_pem, passphrase if row.encrypted else None)
    if public_bytes(private.public_key()) != row.public_key:
        raise DatabaseError("keys.private_mismatch")
    return private


def this_install(session: Session) -> Install:
    install = session.scalars(select(Install)).first()
    if install is None:
        raise DatabaseError("keys.not_initialised")
    return install


# --- public key files ----------------------------------------------------------------


@dataclass(frozen=True)
class PublicKeyFile:
    """The contents of a ``.pub`` file written by ``keys export``."""

    key_id: str
    public_key: bytes  # raw 32 bytes
    site_id: str
    site_name: str
    country: str  # country code, or "REG" for SISCA
    deployment_id: str | None
    is_root: bool

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    def verifier(self) -> Ed25519PublicKey:
        return load_public(self.public_key)

    def describe(self) -> Message:
        """``"the key of Honduras, install 'Ministerio'"``, for messages."""
        if self.is_root:
            return msg("keys.describe.root", site=repr(self.site_name))
        return msg("keys.describe.country", place=place(self.country), site=repr(self.site_name))


def export_public_key(session: Session) -> bytes:
    install = this_install(session)
    key = own_key(session)
    document = {
        "format": PUBLIC_KEY_FORMAT,
        "key_id": key.key_id,
        "public_key": b64encode(key.public_key),
        "site_id": install.site_id,
        "site_name": install.site_name,
        "country": install.owner,
        "deployment_id": install.deployment_id,
        "is_root": bool(key.is_root),
    }
    text = json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False)
    return (text + "\n").encode("utf-8")


_KEY_FILE_FIELDS = {
    "format",
    "key_id",
    "public_key",
    "site_id",
    "site_name",
    "country",
    "deployment_id",
    "is_root",
}


def read_public_key_file(data: bytes) -> PublicKeyFile:
    """Parse and check a key file; every problem is one plain sentence."""
    if not data:
        raise ValidationError("keys.file.empty")
    if len(data) > MAX_KEY_FILE_BYTES:
        raise ValidationError("keys.file.too_large")
    try:
        doc = strictjson.loads(data, max_depth=1, expect=dict, what="json.what.key_file")
    except BundleRejected as exc:
        raise ValidationError("keys.file.bad_json", reason=exc.message or str(exc)) from None
    if doc.get("format") != PUBLIC_KEY_FORMAT:
        raise ValidationError("keys.file.not_key_file")
    missing = sorted(_KEY_FILE_FIELDS - doc.keys())
    if missing:
        raise ValidationError("keys.file.lacks_field", name=repr(missing[0]))
    extra = sorted(doc.keys() - _KEY_FILE_FIELDS)
    if extra:
        raise ValidationError("keys.file.unknown_field", name=repr(extra[0]))
    return _key_file_from(doc)


def _key_file_from(doc: dict[str, Any]) -> PublicKeyFile:
    kid = doc["key_id"]
    if not isinstance(kid, str) or not KEY_ID_PATTERN.fullmatch(kid):
        raise ValidationError("keys.file.key_id")
    encoded = doc["public_key"]
    try:
        raw = b64decode(encoded) if isinstance(encoded, str) else b""
    except ValueError:
        raw = b""
    if len(raw) != PUBLIC_KEY_BYTES:
        raise ValidationError("keys.file.public_key_base64")
    try:
        load_public(raw)
    except CisdeskError:
        raise ValidationError("keys.file.public_key_invalid") from None
    if key_id(raw) != kid:
        raise ValidationError("keys.file.key_id_mismatch")
    if not is_uuid(doc["site_id"]):
        raise ValidationError("keys.file.site_id")
    site_name = doc["site_name"]
    if not isinstance(site_name, str) or not site_name.strip() or len(site_name) > 200:
        raise ValidationError("keys.file.site_name")
    if has_control(site_name):
        raise ValidationError("keys.name_control", field="site_name")
    country = doc["country"]
    if not isinstance(country, str) or (country != REGIONAL and country not in BY_CODE):
        raise ValidationError("keys.file.country")
    deployment = doc["deployment_id"]
    if deployment is not None and not is_uuid(deployment):
        raise ValidationError("keys.file.deployment_id")
    is_root = doc["is_root"]
    if not isinstance(is_root, bool):
        raise ValidationError("keys.file.is_root")
    if is_root != (country == REGIONAL):
        raise ValidationError("keys.file.root_not_sisca")
    if is_root and deployment is None:
        raise ValidationError("keys.file.root_no_deployment")
    return PublicKeyFile(
        key_id=kid,
        public_key=raw,
        site_id=doc["site_id"],
        site_name=site_name,
        country=country,
        deployment_id=deployment,
        is_root=is_root,
    )
