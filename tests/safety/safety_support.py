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


def corrupt(path: Path) -> None:
    """Overwrite the start of many pages in the middle of a closed database file.

    Page headers and overflow/freelist links become invalid, so SQLite's
    ``quick_check`` fails, while the file header stays that of an SQLite file.
    """
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big") or 65536
    pages = len(data) // page_size
    for page in range(pages // 3, 2 * pages // 3):
        start = page * page_size
        data[start : start + 16] = b"\xff" * 16
    path.write_bytes(bytes(data))
