"""When a record's file is checked: before it is opened, or while the window fills.

``PRAGMA quick_check`` reads every page of the file: two to three seconds on the
full-scale SISCA record, most of the application's start. It stays the first thing
done to any file that may have changed outside cisdesk: the first time a file is
opened on this computer, after a session that did not end cleanly (its write-ahead
log was left behind, or the file is not as the last close left it), after any other
program wrote it or put another file in its place (size, times or inode differ), and
always for the command line and for backups.

Only a file exactly as cisdesk's last clean close left it, a close that followed a
passing check, may be opened before its check ends (the application asks for that):
the check then runs on a thread of its own, on a read-only connection, while the
window fills. Nothing is written to the file before it passes: the record's writing
sessions wait for it, and its connections are read-only until then (``PRAGMA
query_only``), so a write that bypassed the sessions is refused by SQLite itself. A
failure is the same plain sentence as before, and the application closes the record.

What remains: a file damaged without any change to its size, times or inode (a
failing disk) is read, and its first figures may show, for those seconds before the
check refuses it; SQLite refuses a damaged page it reads on its own.
"""

import json
import os
import threading
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from cisdesk import paths
from cisdesk.db.engine import check_sqlite_integrity
from cisdesk.errors import CisdeskError

STAMPS_FILE = "clean-closes.json"


class IntegrityCheck:
    """``PRAGMA quick_check`` of one file: done already, or running on its own thread."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.error: CisdeskError | None = None
        self._done = threading.Event()
        self._thread: threading.Thread | None = None

    @classmethod
    def now(cls, path: Path) -> "IntegrityCheck":
        """The check, made before returning; a damaged file raises its sentence."""
        check = cls(path)
        try:
            check_sqlite_integrity(path)
        except CisdeskError:
            forget(path)
            raise
        check._done.set()
        return check

    @classmethod
    def in_background(cls, path: Path) -> "IntegrityCheck":
        check = cls(path)
        check._thread = threading.Thread(
            target=check._run, name="cisdesk-integrity-check", daemon=True
        )
        check._thread.start()
        return check

    def _run(self) -> None:
        try:
            check_sqlite_integrity(self.path)
        except CisdeskError as exc:
            self.error = exc
        except Exception as exc:
            self.error = CisdeskError(
                "integrity.check_failed", path=str(self.path), detail=str(exc)
            )
        finally:
            if self.error is not None:
                forget(self.path)  # its next open checks first
            self._done.set()

    @property
    def done(self) -> bool:
        return self._done.is_set()

    @property
    def passed(self) -> bool:
        return self._done.is_set() and self.error is None

    def wait(self) -> None:
        """Return once the check passed; raise its sentence if it failed."""
        self._done.wait()
        if self.error is not None:
            raise self.error


def guard_writes(engine: Engine, check: IntegrityCheck) -> None:
    """Keep ``engine``'s connections read-only until ``check`` passes."""

    @event.listens_for(engine, "checkout")
    def _gate(dbapi_conn: Any, conn_record: Any, _proxy: Any) -> None:
        read_only = not check.passed
        if conn_record.info.get("cisdesk_query_only") != read_only:
            dbapi_conn.execute(f"PRAGMA query_only={'ON' if read_only else 'OFF'}")
            conn_record.info["cisdesk_query_only"] = read_only


# --- clean closes ---------------------------------------------------------------------


def _stamps_path() -> Path:
    return paths.data_dir() / STAMPS_FILE


def _read_stamps() -> dict[str, Any]:
    try:
        data = json.loads(_stamps_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _stamp(path: Path) -> dict[str, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return {
        "dev": st.st_dev,
        "ino": st.st_ino,
        "size": st.st_size,
        "mtime_ns": st.st_mtime_ns,
        "ctime_ns": st.st_ctime_ns,
    }


def _log_left(path: Path) -> bool:
    """True when a write-ahead log with content lies beside the file (a session did not
    end, or another program still has the file open)."""
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except FileNotFoundError:
        return False
    except OSError:
        return True


def left_clean(path: Path) -> bool:
    """True when ``path`` is exactly as a clean close that followed a passing check left it."""
    if _log_left(path):
        return False
    stamp = _stamp(path)
    return stamp is not None and _read_stamps().get(str(path)) == stamp


def remember_clean_close(path: Path) -> None:
    """Note that cisdesk closed ``path`` cleanly, its check passed; quietly skipped when
    the note cannot be written (the next open then checks first, as always)."""
    if _log_left(path):
        return
    stamp = _stamp(path)
    if stamp is None:
        return
    stamps = _read_stamps()
    if stamps.get(str(path)) == stamp:
        return
    stamps = {k: v for k, v in stamps.items() if k == str(path) or Path(k).exists()}
    stamps[str(path)] = stamp
    _write_stamps(stamps)


def _write_stamps(stamps: dict[str, Any]) -> None:
    """Replace the notes at once; no flush to disk: a note lost in a power cut only means
    a check before the next open, and an old note can only match the file it described."""
    target = _stamps_path()
    temp = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        temp.write_text(json.dumps(stamps, indent=1), encoding="utf-8")
        os.replace(temp, target)
    except OSError:
        temp.unlink(missing_ok=True)


def forget(path: Path) -> None:
    """Drop the note for ``path`` (it was found damaged): its next open checks first."""
    stamps = _read_stamps()
    if stamps.pop(str(path), None) is not None:
        _write_stamps(stamps)
