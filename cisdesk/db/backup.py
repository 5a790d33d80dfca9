"""Consistent backup copies of a SQLite database, with rotation."""

import datetime as dt
import sqlite3
from pathlib import Path

from cisdesk import paths

KEEP = 10


def backup_database(db_path: Path, reason: str, folder: Path | None = None) -> Path:
    """Copy ``db_path`` with SQLite's online backup API; keep the newest ``KEEP`` per database."""
    folder = folder or paths.backups_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{db_path.stem}-{stamp}-{reason}.db"
    partial = target.with_suffix(".db.part")
    source = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    partial.replace(target)
    _rotate(folder, db_path.stem)
    return target


def _rotate(folder: Path, stem: str) -> None:
    copies = sorted(folder.glob(f"{stem}-*.db"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in copies[KEEP:]:
        old.unlink(missing_ok=True)
