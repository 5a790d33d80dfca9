"""What the Sync page shows and does with keys: plain values, read and written here.

The page holds no query: the import and export history, the key overview and the
keyring operations are these functions, so the app and the command line share them
(docs/ARCHITECTURE.md, "Layers").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from cisdesk.db.changes import OpChanges
from cisdesk.db.local import ExportLog, ImportLog, KeyringEntry, TrustedRoot
from cisdesk.db.record import Record
from cisdesk.errors import BundleRejected, CisdeskError
from cisdesk.sync import keyring, keys, sites
from cisdesk.sync.bundle_file import open_bundle_file

#: Rows of the import history shown (the newest ones).
HISTORY_ROWS = 1000


@dataclass(frozen=True)
class ImportEntry:
    """One bundle offered for import, as the import log holds it."""

    imported_at: dt.datetime | None
    file_name: str
    origin_country: str | None
    origin_site: str | None
    seq: int | None
    outcome: str
    changes: int
    applied: int
    conflicts: int
    reason: str | None


@dataclass(frozen=True)
class ExportEntry:
    """One bundle exported from this install."""

    seq: int
    created_at: dt.datetime | None
    changes: int
    full: bool
    path: str | None


@dataclass(frozen=True)
class KeyEntry:
    """One key of the keyring, with its fingerprint worked out."""

    key_id: str
    country: str
    site_name: str | None
    fingerprint: str
    revoked_after_seq: int | None


@dataclass(frozen=True)
class OwnKey:
    key_id: str
    fingerprint: str
    encrypted: bool
    public_key: bytes = b""


@dataclass(frozen=True)
class KeyOverview:
    """This install's key (or why it is missing), the trusted root and the keyring."""

    own: OwnKey | None
    own_problem: CisdeskError | None
    root_key_id: str | None
    root_fingerprint: str | None
    keyring: list[KeyEntry]
    #: Version of the signed keyring held (0: none yet).
    keyring_version: int = 0
    #: SISCA: entries changed since that keyring was signed (the next one gets a new version).
    keyring_pending: bool = False


def import_history(record: Record, limit: int = HISTORY_ROWS) -> list[ImportEntry]:
    """The newest ``limit`` bundles offered for import, newest first."""
    with record.reader() as session:
        logs = session.scalars(select(ImportLog).order_by(ImportLog.id.desc()).limit(limit)).all()
        return [
            ImportEntry(
                imported_at=log.imported_at,
                file_name=log.file_name,
                origin_country=log.origin_country,
                origin_site=log.origin_site,
                seq=log.seq,
                outcome=log.outcome,
                changes=log.changes,
                applied=log.applied,
                conflicts=log.conflicts,
                reason=log.reason,
            )
            for log in logs
        ]


def export_history(record: Record) -> list[ExportEntry]:
    """Every bundle exported from this install, newest first."""
    with record.reader() as session:
        exports = session.scalars(select(ExportLog).order_by(ExportLog.seq.desc())).all()
        return [
            ExportEntry(
                seq=export.seq,
                created_at=export.created_at,
                changes=export.changes,
                full=bool(export.full),
                path=export.path,
            )
            for export in exports
        ]


def _own_key(session: Session) -> OwnKey:
    key = keys.own_key(session)
    return OwnKey(key.key_id, keys.fingerprint(key.public_key), bool(key.encrypted), key.public_key)


def own_key(record: Record) -> OwnKey:
    """This install's key (raises when the install has none)."""
    with record.reader() as session:
        return _own_key(session)


def key_overview(record: Record) -> KeyOverview:
    with record.reader() as session:
        own: OwnKey | None = None
        problem: CisdeskError | None = None
        try:
            own = _own_key(session)
        except CisdeskError as exc:
            problem = exc
        root = session.scalars(select(TrustedRoot)).first()
        entries = session.scalars(
            select(KeyringEntry).order_by(KeyringEntry.country, KeyringEntry.site_name)
        ).all()
        return KeyOverview(
            own=own,
            own_problem=problem,
            root_key_id=root.key_id if root is not None else None,
            root_fingerprint=keys.fingerprint(root.public_key) if root is not None else None,
            keyring=[
                KeyEntry(
                    key_id=e.key_id,
                    country=e.country,
                    site_name=e.site_name,
                    fingerprint=keys.fingerprint(e.public_key),
                    revoked_after_seq=e.revoked_after_seq,
                )
                for e in entries
            ],
            keyring_version=keyring.held_version(session),
            keyring_pending=record.install.is_regional and keyring.has_unsigned_changes(session),
        )


def own_key_protected(record: Record) -> bool:
    """Whether signing needs the passphrase (raises when the install has no key)."""
    with record.reader() as session:
        return bool(keys.own_key(session).encrypted)


def public_key_file(record: Record) -> bytes:
    """This install's public key file, to send to SISCA or to the countries."""
    with record.reader() as session:
        return keys.export_public_key(session)


def signing_key(record: Record, passphrase: str | None) -> Ed25519PrivateKey:
    """This install's private key, to sign with (raises ``PassphraseRequired`` without one)."""
    with record.reader() as session:
        return keys.load_signing_key(session, passphrase)


def signer_refusal(record: Record, path: Path) -> BundleRejected | None:
    """Why this record would refuse the signature of the bundle at ``path`` (None: it would
    accept it). Nothing is written."""
    with record.reader() as session:
        try:
            open_bundle_file(
                path, lambda manifest: keyring.resolve_signer(session, manifest), sha256=""
            ).close()
        except BundleRejected as exc:
            return exc
        finally:
            session.rollback()
    return None


def is_enrolled(record: Record, key_id: str) -> bool:
    """Whether the keyring holds ``key_id`` (revoked or not)."""
    with record.reader() as session:
        return session.get(KeyringEntry, key_id) is not None


def enroll_key(
    record: Record, key_file: keys.PublicKeyFile, country: str | None = None
) -> OpChanges:
    """SISCA enrols a country install's key for ``country`` (by default the one in its file;
    a different one is refused)."""
    country = country or key_file.country
    with record.local_edit() as session:
        keyring.enroll(session, key_file, country)
    return OpChanges({"keyring_entry"}, countries={country})


def revoke_key(record: Record, key_id: str, after_seq: int | None) -> OpChanges:
    """SISCA revokes a key, keeping its bundles up to ``after_seq`` (0 or None: none)."""
    with record.local_edit() as session:
        keyring.revoke(session, key_id, after_seq)
    return OpChanges({"keyring_entry"})


def withdraw_key(record: Record, key_id: str) -> str | None:
    """SISCA removes a key enrolled by mistake (one that never signed); its site's id."""
    with record.local_edit() as session:
        return sites.withdraw(session, key_id).site_id


def trust_root(record: Record, key_file: keys.PublicKeyFile) -> OpChanges:
    """A country install trusts SISCA's root key; the install's view is reloaded."""
    with record.local_edit() as session:
        keyring.trust_root(session, key_file)
    record.refresh_install()
    return OpChanges({"trusted_root", "keyring_entry", "install"})
