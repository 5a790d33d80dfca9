"""Tables that stay on one install: identity, keys, versions, logs, blobs.

None of these enter the digest or travel as replicated rows.
"""

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from cisdesk.db.base import Base


class Install(Base):
    """This install's identity and clock (one row)."""

    __tablename__ = "install"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site_id: Mapped[str] = mapped_column(String(36))
    site_name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(10))  # "country" or "regional"
    country: Mapped[str | None] = mapped_column(String(2))
    deployment_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    #: Last hybrid-logical-clock value issued or seen (see cisdesk.db.clock).
    hlc: Mapped[int] = mapped_column(BigInteger, default=0)

    @property
    def is_regional(self) -> bool:
        return self.kind == "regional"

    @property
    def owner(self) -> str:
        """Owner value of the rows this install writes as its own."""
        return "REG" if self.is_regional else str(self.country)


class SigningKey(Base):
    """This install's Ed25519 key; the private half encrypted when a passphrase is set."""

    __tablename__ = "signing_key"
    key_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    private_key_pem: Mapped[bytes | None] = mapped_column(LargeBinary)
    encrypted: Mapped[bool] = mapped_column(Boolean, default=False)
    is_root: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class TrustedRoot(Base):
    """The SISCA root key a country install trusts (``keys trust``)."""

    __tablename__ = "trusted_root"
    key_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    deployment_id: Mapped[str | None] = mapped_column(String(36))
    trusted_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class Keyring(Base):
    """The newest signed keyring held (its JSON and the root's signature)."""

    __tablename__ = "keyring"
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    document: Mapped[bytes] = mapped_column(LargeBinary)
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class KeyringEntry(Base):
    """An enrolled site key, as read from the held keyring (or written at SISCA)."""

    __tablename__ = "keyring_entry"
    key_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    country: Mapped[str] = mapped_column(String(3))  # country code or "REG"
    site_id: Mapped[str | None] = mapped_column(String(36))
    site_name: Mapped[str | None] = mapped_column(Text)
    revoked_after_seq: Mapped[int | None] = mapped_column(Integer)
    enrolled_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class FieldVersion(Base):
    """The (hlc, site) that wrote the current value of one field of one row.

    ``prev_hlc``/``prev_site`` is the version the author overwrote; the merge uses
    it to tell a later edit from a concurrent one.
    """

    __tablename__ = "field_version"
    #: Export selects this install's own versions above an acknowledged clock.
    __table_args__ = (Index("ix_field_version_site_hlc", "site", "hlc"),)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(40), primary_key=True)
    tbl: Mapped[str] = mapped_column(String(40))
    hlc: Mapped[int] = mapped_column(BigInteger, index=True)
    site: Mapped[str] = mapped_column(String(36))  # ix_field_version_site_hlc serves it
    prev_hlc: Mapped[int | None] = mapped_column(BigInteger)
    prev_site: Mapped[str | None] = mapped_column(String(36))


class Conflict(Base):
    """Two concurrent values of one field: the kept one and the one that lost."""

    __tablename__ = "conflict"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tbl: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(40))
    kept_value: Mapped[str | None] = mapped_column(Text)  # JSON
    kept_hlc: Mapped[int] = mapped_column(BigInteger)
    kept_site: Mapped[str] = mapped_column(String(36))
    lost_value: Mapped[str | None] = mapped_column(Text)  # JSON
    lost_hlc: Mapped[int] = mapped_column(BigInteger)
    lost_site: Mapped[str] = mapped_column(String(36))
    detected_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)


class Blob(Base):
    """Evidence file contents, addressed by their sha256."""

    __tablename__ = "blob"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class SeenBundle(Base):
    """Every bundle imported, by origin site and sequence number (gaps and forks)."""

    __tablename__ = "seen_bundle"
    site_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    bundle_id: Mapped[str] = mapped_column(String(64))
    prev_bundle_id: Mapped[str | None] = mapped_column(String(64))
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class Acknowledgement(Base):
    """What SISCA said it holds, per site (the version vector of its regional bundles).

    A country install sends its country's changes above these values; its own
    site's value is what SISCA has acknowledged of this install's changes.
    """

    __tablename__ = "acknowledgement"
    site_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    hlc: Mapped[int] = mapped_column(BigInteger, default=0)


class ExportLog(Base):
    """Bundles this install wrote."""

    __tablename__ = "export_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    bundle_id: Mapped[str] = mapped_column(String(64))
    path: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    highest_hlc: Mapped[int] = mapped_column(BigInteger)
    changes: Mapped[int] = mapped_column(Integer)
    full: Mapped[bool] = mapped_column(Boolean, default=False)


class ImportLog(Base):
    """Every bundle file offered for import, accepted or not."""

    __tablename__ = "import_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    file_name: Mapped[str] = mapped_column(Text)
    file_sha256: Mapped[str] = mapped_column(String(64))
    signer_key_id: Mapped[str | None] = mapped_column(String(64))
    origin_site: Mapped[str | None] = mapped_column(String(36))
    origin_country: Mapped[str | None] = mapped_column(String(3))
    seq: Mapped[int | None] = mapped_column(Integer)
    changes: Mapped[int] = mapped_column(Integer, default=0)
    applied: Mapped[int] = mapped_column(Integer, default=0)
    conflicts: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str] = mapped_column(String(16))  # imported, duplicate, rejected, quarantined
    reason: Mapped[str | None] = mapped_column(Text)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class Quarantine(Base):
    """A bundle held back because its clock is far ahead of this install's."""

    __tablename__ = "quarantine"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    import_log_id: Mapped[int] = mapped_column(ForeignKey("import_log.id"))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    reason: Mapped[str] = mapped_column(Text)


class Setting(Base):
    """Per-database settings (language is per user, in QSettings)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class HeldVersion(Base):
    """This install's version vector: per site, every change up to ``hlc`` is held here.

    Raised only when a whole export (all its volumes) has arrived and it continues
    what was held before, so it never claims more than the install has; a low
    value only costs a resend.
    """

    __tablename__ = "held_version"
    site_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    hlc: Mapped[int] = mapped_column(BigInteger, default=0)


class PeerVersion(Base):
    """What another install said it holds (its bundles' version vector), per site.

    At SISCA: one vector per country install, for regional deltas.
    """

    __tablename__ = "peer_version"
    peer_site: Mapped[str] = mapped_column(String(36), primary_key=True)
    site_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    peer_country: Mapped[str] = mapped_column(String(3), index=True)
    hlc: Mapped[int] = mapped_column(BigInteger, default=0)


class ReceivedVolume(Base):
    """Every volume imported, by manifest hash: duplicates and completed exports."""

    __tablename__ = "received_volume"
    bundle_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    export_id: Mapped[str] = mapped_column(String(64), index=True)
    origin_site: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)
    volume: Mapped[int] = mapped_column(Integer)
    volumes: Mapped[int] = mapped_column(Integer)


class SyncedFile(Base):
    """Files a sync folder run has dealt with, by content hash: never read twice."""

    __tablename__ = "synced_file"
    file_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    file_name: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(String(16))
    seen_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
