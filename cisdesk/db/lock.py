"""One program at a time on a database file.

Two windows writing the same SQLite file would each believe their own clock and
sequence numbers; the second one is refused instead. The lock is an exclusive
operating-system lock on ``<database>.lock`` next to the database, held through
an open file for as long as the process keeps it; the system releases it when
the process ends, even after a crash or a power cut, so no stale lock can
block a restart. The lock file itself stays (removing it would race with a
program that is opening it).
"""

import contextlib
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

from cisdesk.db.engine import sqlite_path
from cisdesk.errors import CisdeskError

#: The refusal when another window or program holds the database (a catalogue code).
ALREADY_OPEN = "db.already_open"

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)


#: Locks this process holds, by lock file; another acquire of one of them is refused.
_held: dict[Path, "InstanceLock"] = {}
_held_guard = threading.Lock()


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class InstanceLock:
    """The held lock on one database; :meth:`release` (or process exit) lets it go.

    ``path`` is None for a database on a server, which needs no lock file.
    """

    def __init__(self, path: Path | None, fd: int | None) -> None:
        self.path = path
        self._fd = fd

    @property
    def held(self) -> bool:
        return self._fd is not None or self.path is None

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with _held_guard:
            if self.path is not None and _held.get(self.path) is self:
                del _held[self.path]
        _unlock(fd)
        os.close(fd)

    def __enter__(self) -> "InstanceLock":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()

    def __repr__(self) -> str:
        return f"InstanceLock({self.path}, held={self.held})"


def _resolve(db: Path | str | None) -> Path | None:
    if db is None:
        return None
    if isinstance(db, Path):
        return db.expanduser().resolve()
    return sqlite_path(db)


def acquire_instance_lock(db: Path | str | None) -> InstanceLock:
    """Lock the database ``db`` (a file, a target string, or None) for this process.

    Raises :class:`CisdeskError` when another program (or another window of
    this one) holds it. A server URL or None gets a lock that holds nothing.
    """
    db_path = _resolve(db)
    if db_path is None:
        return InstanceLock(None, None)
    path = lock_path(db_path)
    with _held_guard:
        if path in _held:
            raise CisdeskError(ALREADY_OPEN)
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOINHERIT", 0), 0o600)
        except OSError as exc:
            reason = (exc.strerror or str(exc)).rstrip(".").lower()
            raise CisdeskError(
                "db.lock_failed", path=str(db_path), lock=path.name, reason=reason
            ) from exc
        if not _try_lock(fd):
            os.close(fd)
            raise CisdeskError(ALREADY_OPEN)
        _write_owner(fd)
        lock = InstanceLock(path, fd)
        _held[path] = lock
        return lock


def _write_owner(fd: int) -> None:
    """Note the process id in the lock file, for a person looking into a stuck lock."""
    with contextlib.suppress(OSError):
        # Windows: byte 0 is the locked byte; the text starts after it.
        offset = 1 if os.name == "nt" else 0
        os.lseek(fd, offset, os.SEEK_SET)
        os.write(fd, f"{os.getpid()}\n".encode())
        os.ftruncate(fd, offset + len(f"{os.getpid()}\n"))


def holds_instance_lock(db: Path | str | None) -> bool:
    """True when this process holds the lock on ``db``."""
    db_path = _resolve(db)
    if db_path is None:
        return False
    with _held_guard:
        return lock_path(db_path) in _held


@contextlib.contextmanager
def exclusive(db: Path | str | None) -> Iterator[None]:
    """Run a block while no other program has ``db`` open.

    When this process already holds the lock (the app restoring its own
    database), the block just runs; otherwise the lock is taken for the block.
    """
    if holds_instance_lock(db):
        yield
        return
    with acquire_instance_lock(db):
        yield
