"""Copy a record from one database to another (SQLite → PostgreSQL for SISCA).

Every table is copied as it is — identity, keys, versions, logs and the record —
so the target is the same install; the digest of both must then be equal.
"""

from typing import Any

from sqlalchemy import Engine, func, inspect, select, text

from cisdesk import messages
from cisdesk.db import migrate
from cisdesk.db.base import Base
from cisdesk.db.digest import record_digest
from cisdesk.db.engine import make_engine
from cisdesk.db.local import SigningKey
from cisdesk.db.record import Record, open_record
from cisdesk.errors import CisdeskError
from cisdesk.progress import ProgressCallback, no_progress
from cisdesk.sync import keys

CHUNK = 2000


def _require_empty(engine: Engine) -> None:
    if "install" in inspect(engine).get_table_names():
        raise CisdeskError("transfer.target_taken")


def _reset_sequences(engine: Engine) -> None:
    """PostgreSQL serial columns must continue after the copied ids."""
    if engine.dialect.name != "postgresql":
        return
    with engine.begin() as conn:
        for table in Base.metadata.sorted_tables:
            pk = list(table.primary_key.columns)
            if len(pk) == 1 and pk[0].autoincrement is True:
                highest = conn.execute(select(func.max(pk[0]))).scalar()
                if highest is not None:
                    conn.execute(
                        text("SELECT setval(pg_get_serial_sequence(:t, :c), :v)"),
                        {"t": table.name, "c": pk[0].name, "v": highest},
                    )


def _protect_keys(rows: list[dict[str, Any]], passphrase: str | None) -> list[dict[str, Any]]:
    """Signing keys travel to a shared server only encrypted."""
    protected = []
    for row in rows:
        if row["private_key_pem"] is not None and not row["encrypted"]:
            if not passphrase:
                raise CisdeskError("transfer.passphrase_needed")
            private = keys.load_private(row["private_key_pem"], None)
            row = {
                **row,
                "private_key_pem": keys.private_pem(private, passphrase),
                "encrypted": True,
            }
        protected.append(row)
    return protected


def copy_record(
    source: Record,
    target_url: str,
    progress: ProgressCallback = no_progress,
    passphrase: str | None = None,
) -> str:
    """Copy ``source`` into the empty database at ``target_url``; return the verified digest.

    Unencrypted private keys are encrypted with ``passphrase`` on the way.
    """
    with source.engine.connect() as src:  # refuse before the target is touched
        _protect_keys(
            [dict(r) for r in src.execute(select(SigningKey.__table__)).mappings()], passphrase
        )
    target = make_engine(target_url)
    try:
        _require_empty(target)
        migrate.upgrade(target)
        tables = Base.metadata.sorted_tables
        with source.engine.connect() as src, target.begin() as dst:
            for done, table in enumerate(tables):
                progress(done, len(tables), table.name)
                result = src.execution_options(yield_per=CHUNK).execute(select(table))
                for chunk in result.mappings().partitions(CHUNK):
                    rows = [dict(row) for row in chunk]
                    if table.name == SigningKey.__tablename__:
                        rows = _protect_keys(rows, passphrase)
                    dst.execute(table.insert(), rows)
        _reset_sequences(target)
        progress(len(tables), len(tables), messages.text("progress.verify"))
        with source.engine.connect() as src, target.connect() as dst:
            before, after = record_digest(src), record_digest(dst)
    finally:
        target.dispose()
    if before != after:
        raise CisdeskError("transfer.digest_mismatch")
    return after


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
