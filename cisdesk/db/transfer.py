"""Copy a record from one database to another (SQLite → PostgreSQL for SISCA).

Every table is copied as it is — identity, keys, versions, logs and the record —
so the target is the same install; the digest of both must then be equal.

A private key travels to a shared server only encrypted: the caller passes the
``seal`` that encrypts one (:func:`cisdesk.sync.provision.copy_record` makes it from
a passphrase with :mod:`cisdesk.sync.keys`), so storage never handles key formats.
"""

from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, func, inspect, select, text

from cisdesk import messages
from cisdesk.db import migrate
from cisdesk.db.base import Base
from cisdesk.db.digest import record_digest
from cisdesk.db.engine import make_engine
from cisdesk.db.local import SigningKey
from cisdesk.db.record import Record
from cisdesk.errors import CisdeskError
from cisdesk.progress import ProgressCallback, no_progress

CHUNK = 2000

#: Encrypts an unencrypted private key (PEM in, encrypted PEM out) for the target.
KeySeal = Callable[[bytes], bytes]


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


def _analyze(engine: Engine) -> None:
    """Give PostgreSQL's planner the copied tables' statistics now: autovacuum gathers
    them only a minute or more later, and never for a table of fewer than fifty rows,
    and the search and the tables choose how to read from them."""
    if engine.dialect.name != "postgresql":
        return
    with engine.begin() as conn:
        conn.execute(text("ANALYZE"))


def _protect_keys(rows: list[dict[str, Any]], seal: KeySeal | None) -> list[dict[str, Any]]:
    """Signing keys travel to a shared server only encrypted."""
    protected = []
    for row in rows:
        if row["private_key_pem"] is not None and not row["encrypted"]:
            if seal is None:
                raise CisdeskError("transfer.passphrase_needed")
            row = {**row, "private_key_pem": seal(row["private_key_pem"]), "encrypted": True}
        protected.append(row)
    return protected


def copy_tables(
    source: Record,
    target_url: str,
    progress: ProgressCallback = no_progress,
    seal: KeySeal | None = None,
) -> str:
    """Copy ``source`` into the empty database at ``target_url``; return the verified digest.

    Unencrypted private keys are encrypted with ``seal`` on the way; without one,
    such a key refuses the copy before the target is touched.
    """
    with source.engine.connect() as src:  # refuse before the target is touched
        _protect_keys([dict(r) for r in src.execute(select(SigningKey.__table__)).mappings()], seal)
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
                        rows = _protect_keys(rows, seal)
                    dst.execute(table.insert(), rows)
        _reset_sequences(target)
        _analyze(target)
        progress(len(tables), len(tables), messages.text("progress.verify"))
        with source.engine.connect() as src, target.connect() as dst:
            before, after = record_digest(src), record_digest(dst)
    finally:
        target.dispose()
    if before != after:
        raise CisdeskError("transfer.digest_mismatch")
    return after
