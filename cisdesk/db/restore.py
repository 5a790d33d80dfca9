"""Putting a backup copy back in place of a database.

A backup is checked before anything is touched (an SQLite file, undamaged, with
the cisdesk tables and an install row, made by this version of cisdesk or an
older one), and a backup of another install is refused unless forced. The
current database is copied to the backups folder first; the backup replaces it
in one rename, and the stale write-ahead log of the old file is removed so it
cannot be replayed onto the restored one.

The restored install keeps moving forward: its clock and its bundle numbering
continue from the database it replaces (when that one is readable and is the
same install), so bundles sent after the backup was taken are never numbered
twice and new edits never sort before ones already sent.
"""

import contextlib
import datetime as dt
import logging
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from cisdesk import paths
from cisdesk.db import lock, migrate
from cisdesk.db.backup import backup_database, copy_database
from cisdesk.db.engine import check_sqlite_file
from cisdesk.db.identity import check_same_install
from cisdesk.db.sqlite_files import connect, connect_readonly
from cisdesk.errors import CisdeskError
from cisdesk.fsutil import atomic_output
from cisdesk.messages import Message, msg

log = logging.getLogger(__name__)

#: Tables every cisdesk database has had since the first schema.
CORE_TABLES = frozenset({"alembic_version", "install", "signing_key", "field_version"})


@dataclass(frozen=True)
class DatabaseIdentity:
    """Which install a database file belongs to, read from its ``install`` row."""

    site_id: str
    site_name: str
    kind: str
    country: str | None
    revision: str | None

    def describe(self) -> Message:
        if self.kind == "regional":
            return msg("restore.identity.regional", site=repr(self.site_name))
        return msg("restore.identity.country", site=repr(self.site_name), country=self.country)


@dataclass(frozen=True)
class RestoreResult:
    restored: Path
    source: Path
    identity: DatabaseIdentity
    #: Copy of the database that was replaced (None when there was none).
    safety_copy: Path | None


def _connect_ro(path: Path) -> sqlite3.Connection:
    return connect_readonly(path)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())[:120]


def inspect_database(path: Path, what: str = "backup") -> DatabaseIdentity:
    """Check that ``path`` is a healthy cisdesk database and say which install it is.

    ``what`` names the file in the refusal ("backup" or "database").
    """
    path = Path(path)
    if not path.exists():
        raise CisdeskError("restore.no_file", path=str(path))
    check_sqlite_file(path, what, way_out=msg("db.way_out.choose_another"))
    try:
        conn = _connect_ro(path)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if not tables >= CORE_TABLES:
                raise CisdeskError("restore.no_tables", path=str(path), what=msg(f"db.what.{what}"))
            row = conn.execute("SELECT site_id, site_name, kind, country FROM install").fetchone()
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise CisdeskError(
            "db.damaged",
            what=msg(f"db.what.{what}"),
            path=str(path),
            problem=_one_line(str(exc)),
            way_out=msg("db.way_out.choose_another"),
        ) from exc
    if row is None:
        raise CisdeskError("restore.no_install", path=str(path), what=msg(f"db.what.{what}"))
    rev = revision[0] if revision else None
    _check_revision(path, what, rev)
    return DatabaseIdentity(
        site_id=row[0], site_name=row[1], kind=row[2], country=row[3], revision=rev
    )


def _check_revision(path: Path, what: str, revision: str | None) -> None:
    if revision is None:
        raise CisdeskError("restore.no_revision", path=str(path), what=msg(f"db.what.{what}"))
    if not migrate.is_known_revision(revision):
        raise CisdeskError("restore.newer", path=str(path), what=msg(f"db.what.{what}"))


def read_identity(path: Path) -> DatabaseIdentity | None:
    """The identity of a database without judging its health; None when unreadable."""
    try:
        conn = _connect_ro(path)
        try:
            row = conn.execute("SELECT site_id, site_name, kind, country FROM install").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    if row is None:
        return None
    return DatabaseIdentity(
        site_id=row[0], site_name=row[1], kind=row[2], country=row[3], revision=None
    )


def restore_database(
    db_path: Path,
    backup_path: Path,
    *,
    force: bool = False,
    backup_folder: Path | None = None,
) -> RestoreResult:
    """Replace ``db_path`` with the backup ``backup_path``, or refuse and change nothing.

    No other program may have the database open; the app calls this after
    closing its own record (it may keep its instance lock).
    """
    db_path = Path(db_path).expanduser().resolve()
    backup_path = Path(backup_path).expanduser().resolve()
    identity = inspect_database(backup_path, "backup")
    if db_path.exists() and db_path.samefile(backup_path):
        raise CisdeskError("restore.same_file", path=str(backup_path))
    if not db_path.parent.is_dir():
        raise CisdeskError("restore.no_folder", path=str(db_path), folder=str(db_path.parent))

    with lock.exclusive(db_path):
        check_same_install(db_path, backup_path, backup_folder, force=force)
        current = read_identity(db_path) if db_path.exists() else None
        # Committed edits still in the write-ahead log go into the file itself first, so
        # a crash at any later point leaves the old database whole (and its log empty).
        folded = fold_wal(db_path) if db_path.exists() else True
        safety: Path | None = None
        with atomic_output(db_path, private=True) as staged:
            copy_database(backup_path, staged)
            inspect_database(staged, "backup")
            if current is not None and current.site_id == identity.site_id:
                _carry_forward(db_path, staged)
            if db_path.exists():
                safety = _safety_copy(db_path, backup_folder)
            if not folded:
                # A damaged log could not be folded in (its raw copy is in the safety
                # copy); it must not be replayed onto the restored file.
                _remove_sidecars(db_path)
        _remove_sidecars(db_path)
    log.info("restored %s from %s (safety copy %s)", db_path, backup_path, safety)
    return RestoreResult(
        restored=db_path, source=backup_path, identity=identity, safety_copy=safety
    )


def fold_wal(db_path: Path) -> bool:
    """Checkpoint the write-ahead log into the database file and empty it; False if it fails."""
    try:
        conn = connect(db_path)
        try:
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        log.warning("restore: could not fold the write-ahead log of %s: %s", db_path, exc)
        return False
    return busy == 0


def _remove_sidecars(db_path: Path) -> None:
    for stale in _sidecars(db_path):
        stale.unlink(missing_ok=True)


def _sidecars(db_path: Path) -> list[Path]:
    return [db_path.with_name(db_path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _carry_forward(current: Path, staged: Path) -> None:
    """Keep the clock and the bundle numbering of the database being replaced."""
    try:
        src = _connect_ro(current)
        try:
            hlc = src.execute("SELECT MAX(hlc) FROM install").fetchone()[0]
            exported = _rows(src, "export_log")
        finally:
            src.close()
        dest = sqlite3.connect(staged)
        try:
            with dest:
                if hlc is not None:
                    dest.execute("UPDATE install SET hlc = MAX(hlc, ?)", (hlc,))
                _append_export_log(dest, exported)
        finally:
            dest.close()
    except sqlite3.Error as exc:
        # The backup's own state is still valid; the next import moves the clock on.
        log.warning("restore: could not carry the clock forward from %s: %s", current, exc)


def _rows(conn: sqlite3.Connection, table: str) -> tuple[list[str], list[tuple]]:
    cursor = conn.execute(f'SELECT * FROM "{table}"')
    return [d[0] for d in cursor.description], cursor.fetchall()


def _append_export_log(dest: sqlite3.Connection, exported: tuple[list[str], list[tuple]]) -> None:
    columns, rows = exported
    if "seq" not in columns or not rows:
        return
    dest_columns = [d[0] for d in dest.execute('SELECT * FROM "export_log" LIMIT 0').description]
    shared = [c for c in columns if c in dest_columns]
    highest = dest.execute("SELECT COALESCE(MAX(seq), 0) FROM export_log").fetchone()[0]
    seq_at = columns.index("seq")
    newer = [r for r in rows if r[seq_at] > highest]
    if not newer:
        return
    names = ", ".join(f'"{c}"' for c in shared)
    marks = ", ".join("?" for _ in shared)
    picks = [columns.index(c) for c in shared]
    dest.executemany(
        f"INSERT INTO export_log ({names}) VALUES ({marks})",
        [tuple(r[i] for i in picks) for r in newer],
    )


def _safety_copy(db_path: Path, folder: Path | None) -> Path:
    """Keep the database being replaced: a normal backup, or a raw copy when it is damaged."""
    healthy = False
    with contextlib.suppress(sqlite3.Error):
        conn = _connect_ro(db_path)
        try:
            healthy = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    if healthy:
        return backup_database(db_path, "before-restore", folder)
    # Named outside the backup pattern so it is never offered as "the newest backup".
    folder = folder or paths.backups_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{db_path.stem}-{stamp}.damaged"
    for source, suffix in ((db_path, ""), (db_path.with_name(db_path.name + "-wal"), "-wal")):
        if source.exists():
            with atomic_output(target.with_name(target.name + suffix), private=True) as part:
                shutil.copyfile(source, part)
    return target
