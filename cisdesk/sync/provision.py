"""Operations on a whole install that need both its storage and its signing key.

Creating an install makes its key; moving a regional record to a server encrypts
the key for the shared database. The database layer (:mod:`cisdesk.db.install`,
:mod:`cisdesk.db.transfer`) stores and copies; the key work is done here, with
:mod:`cisdesk.sync.keys`, and handed down, since storage sits below replication.
"""

from cisdesk.db import install, transfer
from cisdesk.db.record import Record, open_record
from cisdesk.errors import CisdeskError
from cisdesk.progress import ProgressCallback, no_progress
from cisdesk.sync import keys


def new_key(passphrase: str | None) -> install.InstallKey:
    """A fresh Ed25519 signing key, its private half encrypted when a passphrase is given."""
    signing = keys.generate()
    public_raw = keys.public_bytes(signing.public_key())
    return install.InstallKey(
        key_id=keys.key_id(public_raw),
        public_key=public_raw,
        private_key_pem=keys.private_pem(signing, passphrase),
        encrypted=bool(passphrase),
    )


def create_install(
    target: str,
    *,
    country: str | None = None,
    regional: bool = False,
    site_name: str | None = None,
    passphrase: str | None = None,
) -> Record:
    """Create and open a new install with a new key; refuses an existing database."""
    return install.create_record(
        target, new_key(passphrase), country=country, regional=regional, site_name=site_name
    )


def key_seal(passphrase: str | None) -> transfer.KeySeal | None:
    """What encrypts an unencrypted private key with ``passphrase``; None without one."""
    if not passphrase:
        return None

    def seal(pem: bytes) -> bytes:
        return keys.private_pem(keys.load_private(pem, None), passphrase)

    return seal


def copy_record(
    source: Record,
    target_url: str,
    progress: ProgressCallback = no_progress,
    passphrase: str | None = None,
) -> str:
    """Copy ``source`` into the empty database at ``target_url``; return the verified digest.

    Unencrypted private keys are encrypted with ``passphrase`` on the way.
    """
    return transfer.copy_tables(source, target_url, progress, key_seal(passphrase))


def migrate_to(
    source_target: str,
    target_url: str,
    progress: ProgressCallback = no_progress,
    passphrase: str | None = None,
) -> str:
    """``cisdesk migrate-to``: copy a regional SQLite record into a server database."""
    with open_record(source_target) as source:
        if not source.install.is_regional:
            raise CisdeskError("transfer.only_regional")
        return copy_record(source, target_url, progress, passphrase)
