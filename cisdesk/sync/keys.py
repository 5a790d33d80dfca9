"""Ed25519 signing keys: creation, passphrase protection, ids and fingerprints."""

import base64
import hashlib

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from cisdesk.errors import CisdeskError


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
        raise CisdeskError("This install's key is protected: give its passphrase.") from exc
    except ValueError as exc:
        raise CisdeskError("The passphrase for this install's key is wrong.") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise CisdeskError("This install's key is not an Ed25519 key.")
    return key


def load_public(raw: bytes) -> Ed25519PublicKey:
    try:
        return Ed25519PublicKey.from_public_bytes(raw)
    except ValueError as exc:
        raise CisdeskError("That is not an Ed25519 public key.") from exc
