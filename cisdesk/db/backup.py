"""Consistent backup copies of a SQLite database, with rotation.

A copy is made automatically before every import, schema upgrade and Excel
import (the caller names the reason), and by ``cisdesk backup``. Copies are
named ``<database stem>-<YYYYmmdd-HHMMSS-micro>-<reason>.db`` in the backups
folder; only the newest :data:`KEEP` of one database (one file name and one
install) are kept.
"""

import contextlib
import datetime as dt
import glob
import os
import re
import shlex
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from cisdesk import paths
from cisdesk.db.sqlite_files import connect_readonly
from cisdesk.errors import CisdeskError
from cisdesk.fsutil import atomic_output
from cisdesk.messages import Message, msg

KEEP = 10

_STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[A-Za-z0-9_-]+)\.db$")
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


@dataclass(frozen=True)
class BackupCopy:
    """One automatic or manual copy found in the backups folder."""

    path: Path
    taken_at: dt.datetime
    reason: str


def backup_database(
    db_path: Path, reason: str, folder: Path | None = None, *, keep: int = KEEP
) -> Path:
    """Copy ``db_path`` with SQLite's online backup API; keep the newest ``keep`` per database.

    The copy is consistent even while the database is open elsewhere (it reads
    the write-ahead log too), readable by its owner only (it holds the private
    key), and appears complete or not at all.
    """
    reason = _UNSAFE.sub("-", reason).strip("-")[:40] or "copy"
    folder = folder or paths.backups_dir()
    db_path = Path(db_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CisdeskError(
            "backup.cannot_create_folder", folder=str(folder), reason=exc.strerror
        ) from exc
    stamp = dt.datetime.now().strftime(_STAMP)
    target = folder / f"{db_path.stem}-{stamp}-{reason}.db"
    copy_database(db_path, target)
    _rotate(folder, db_path.stem, keep)
    return target


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of the SQLite database ``source`` written atomically to ``target``."""
    try:
        with atomic_output(target, private=True) as partial:
            src = connect_readonly(source)
            try:
                dest = sqlite3.connect(partial)
                try:
                    src.backup(dest)
                    # One self-contained file: opening it later leaves no -wal/-shm beside it.
                    dest.execute("PRAGMA journal_mode=DELETE")
                finally:
                    dest.close()
            finally:
                src.close()
    except sqlite3.DatabaseError as exc:
        if "full" in str(exc).lower():
            raise CisdeskError("backup.disk_full", path=str(target)) from exc
        raise CisdeskError("backup.cannot_copy", path=str(source), reason=str(exc)) from exc


def list_backups(db_path: Path, folder: Path | None = None) -> list[BackupCopy]:
    """The copies of ``db_path`` in the backups folder, newest first."""
    folder = folder or paths.backups_dir()
    stem = Path(db_path).stem
    found: list[BackupCopy] = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match is None or match["stem"] != stem or not path.is_file():
            continue
        taken = dt.datetime.strptime(match["stamp"], _STAMP)
        found.append(BackupCopy(path=path, taken_at=taken, reason=match["reason"]))
    found.sort(key=lambda c: (c.taken_at, c.path.name), reverse=True)
    return found


def newest_backup(db_path: Path, folder: Path | None = None) -> Path | None:
    copies = list_backups(db_path, folder)
    return copies[0].path if copies else None


def recovery_hint(db_path: Path, folder: Path | None = None) -> Message:
    """The way out for a damaged database: the newest backup and the command to restore it."""
    try:
        newest = newest_backup(db_path, folder)
    except OSError:
        newest = None
    if newest is None:
        return msg("db.way_out.no_backup", db=shell_quote(db_path))
    return msg("db.way_out.newest", db=shell_quote(db_path), backup=shell_quote(newest))


def shell_quote(path: Path) -> str:
    """A path as a person would type it in the terminal of this system."""
    text = str(path)
    if os.name == "nt":
        return f'"{text}"' if " " in text else text
    return shlex.quote(text)


def _site_of(path: Path) -> str | None:
    """The install a copy belongs to (None when it cannot be read)."""
    try:
        conn = connect_readonly(path)
        try:
            row = conn.execute("SELECT site_id FROM install").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def _rotate(folder: Path, stem: str, keep: int) -> None:
    # The stem is matched exactly, so "GT" never rotates away the copies of "GT-2";
    # and two installs whose files share a name (cisdesk.db in two folders) each
    # keep their own newest copies.
    kept: dict[str | None, int] = {}
    for copy in list_backups(folder / f"{stem}.db", folder):
        site = _site_of(copy.path)
        kept[site] = kept.get(site, 0) + 1
        if kept[site] > keep:
            copy.path.unlink(missing_ok=True)
    # Half-made copies of a program that was killed while copying.
    an_hour_ago = time.time() - 3600
    for partial in folder.glob(f".{glob.escape(stem)}-*.tmp.db"):
        with contextlib.suppress(OSError):
            if partial.stat().st_mtime < an_hour_ago:
                partial.unlink()
