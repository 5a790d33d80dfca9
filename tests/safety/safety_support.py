"""Helpers for the data-safety tests (imported by name: tests/ is not a package)."""

import sqlite3
from pathlib import Path

from cisdesk.db.digest import record_digest
from cisdesk.db.record import open_record


def digest_of(path: Path) -> str:
    with open_record(str(path)) as record, record.engine.connect() as conn:
        return record_digest(conn)


def quick_check(path: Path) -> str:
    """SQLite's own verdict on a file, or the error it raised."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return str(conn.execute("PRAGMA quick_check").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return f"error: {exc}"
