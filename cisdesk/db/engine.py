"""Engines for SQLite files and server URLs, with the pragmas cisdesk relies on."""

import os
import sqlite3
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event, make_url, text
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from cisdesk.db.failures import shown_target
from cisdesk.db.sqlite_files import connect_readonly, engine_url, readonly_uri, sqlite_path
from cisdesk.errors import DatabaseError
from cisdesk.messages import Message, msg

SQLITE_HEADER = b"SQLite format 3\x00"


def database_url(target: str) -> "str | URL":
    """The URL to open: a SQLite file's is built from its path, never parsed from text."""
    path = sqlite_path(target)
    return engine_url(path) if path is not None else target


#: How long a command waits for another program's write to finish before saying "busy".
BUSY_TIMEOUT_MS = 10_000


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_MS)}")
    cursor.close()


#: Seconds a server connection may take before the server counts as unreachable.
CONNECT_TIMEOUT_S = 10


def make_engine(target: str) -> Engine:
    """An engine for a file or a URL; a URL cisdesk cannot use is one plain refusal."""
    url = database_url(target)
    try:
        if isinstance(url, str):
            parsed = make_url(url)
            if parsed.get_backend_name() not in ("sqlite", "postgresql"):
                raise DatabaseError("db.bad_url", url=shown_target(target))
            args = (
                {"connect_timeout": CONNECT_TIMEOUT_S}
                if parsed.get_backend_name() == ("postgresql")
                else {}
            )
            engine = create_engine(parsed, connect_args=args)
        else:
            engine = create_engine(url)
    except (ArgumentError, NoSuchModuleError, ValueError):
        raise DatabaseError("db.bad_url", url=shown_target(target)) from None
    except ImportError as exc:
        raise DatabaseError(
            "db.driver_missing", url=shown_target(target), module=exc.name or "?"
        ) from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _one_line(text: object) -> str:
    return " ".join(str(text).split())[:120]


def check_sqlite_file(path: Path, what: str = "database", way_out: Message | None = None) -> None:
    """Refuse a file that is missing, not SQLite, or fails ``PRAGMA quick_check``.

    ``what`` (``"database"`` or ``"backup"``) names the file in the refusal; ``way_out``
    ends the message about damage (by default: the newest backup and the command that
    restores it).
    """
    check_sqlite_header(path, what)
    check_sqlite_integrity(path, what, way_out)


def check_sqlite_header(path: Path, what: str = "database") -> None:
    """Refuse a file that is missing, a folder, unreadable or not an SQLite file."""
    if not path.exists():
        raise DatabaseError("db.no_database", path=str(path))
    if not path.is_file():
        raise DatabaseError("db.is_folder", path=str(path), what=msg(f"db.what.{what}"))
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError("db.cannot_read", path=str(path), reason=exc.strerror) from exc
    if header != SQLITE_HEADER:
        raise DatabaseError("db.not_sqlite", path=str(path), what=msg(f"db.what.{what}"))


def check_sqlite_integrity(
    path: Path, what: str = "database", way_out: Message | None = None
) -> None:
    """Refuse a file that fails ``PRAGMA quick_check`` (it reads every page: seconds on a
    large record), reading it only."""
    try:
        conn = connect_readonly(path)
        try:
            verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        verdict = exc
    if verdict != "ok" and _healthy_but_read_only(path):
        raise DatabaseError("db.read_only_folder", database=str(path))
    if verdict != "ok":
        problem = _one_line(str(verdict).strip().splitlines()[-1])
        raise DatabaseError(
            "db.damaged",
            what=msg(f"db.what.{what}"),
            path=str(path),
            problem=problem,
            way_out=way_out or _recovery_hint(path),
        )


#: Tables every cisdesk database has; a file without them belongs to another program.
CISDESK_TABLES = frozenset({"install", "alembic_version"})


def check_cisdesk_file(path: Path) -> None:
    """Refuse another application's SQLite file, reading it only (opening it writable would
    switch it to write-ahead logging, changing the file)."""
    try:
        conn = connect_readonly(path)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except sqlite3.Error:
        return  # unreadable: opening it says why
    if not tables >= CISDESK_TABLES:
        raise DatabaseError("db.foreign_file", database=str(path))


def _healthy_but_read_only(path: Path) -> bool:
    """A file SQLite could not check only because it may not write beside it.

    A database in write-ahead-log mode needs its ``-shm`` file even to be read;
    in a read-only folder that fails like damage would. Reading the file as
    immutable (no locks, no log) tells the two apart.
    """
    if os.access(path, os.W_OK) and os.access(path.parent, os.W_OK):
        return False
    try:
        conn = sqlite3.connect(readonly_uri(path) + "&immutable=1", uri=True)
        try:
            return bool(conn.execute("PRAGMA quick_check").fetchone()[0] == "ok")
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def _recovery_hint(path: Path) -> Message:
    """The newest backup and the command that restores it (it ends the message: no period)."""
    from cisdesk.db.backup import recovery_hint

    return recovery_hint(path)


def ping(engine: Engine) -> None:
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
