"""Engines for SQLite files and server URLs, with the pragmas cisdesk relies on."""

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text

from cisdesk.errors import DatabaseError
from cisdesk.messages import Message, msg

SQLITE_HEADER = b"SQLite format 3\x00"


def is_url(target: str) -> bool:
    return "://" in target


def sqlite_path(target: str) -> Path | None:
    """The file behind ``target``, or None for a server URL."""
    if not is_url(target):
        return Path(target).expanduser().resolve()
    if target.startswith("sqlite:///"):
        return Path(target.removeprefix("sqlite:///")).resolve()
    return None


def database_url(target: str) -> str:
    path = sqlite_path(target)
    return f"sqlite:///{path}" if path is not None and not is_url(target) else target


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def make_engine(target: str) -> Engine:
    engine = create_engine(database_url(target))
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _one_line(text: object) -> str:
    return " ".join(str(text).split())[:120]


def check_sqlite_file(
    path: Path, what: str = "database", way_out: Message | None = None
) -> None:
    """Refuse a file that is missing, not SQLite, or fails ``PRAGMA quick_check``.

    ``what`` (``"database"`` or ``"backup"``) names the file in the refusal; ``way_out``
    ends the message about damage (by default: the newest backup and the command that
    restores it).
    """
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
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        verdict = exc
    if verdict != "ok":
        problem = _one_line(str(verdict).strip().splitlines()[-1])
        raise DatabaseError(
            "db.damaged",
            what=msg(f"db.what.{what}"),
            path=str(path),
            problem=problem,
            way_out=way_out or _recovery_hint(path),
        )


def _recovery_hint(path: Path) -> Message:
    """The newest backup and the command that restores it (it ends the message: no period)."""
    from cisdesk.db.backup import recovery_hint

    return recovery_hint(path)


def ping(engine: Engine) -> None:
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
