"""Writing files so that a full disk or a crash never leaves half a file behind.

Everything is written to a temporary file in the target's folder (same file
system, so the final rename is atomic), flushed to disk, then renamed over the
target. On any failure the temporary file is removed and the old target, if any,
is left exactly as it was.
"""

import contextlib
import errno
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

from cisdesk.errors import CisdeskError

#: Bytes handed to one ``os.write`` call by :func:`atomic_write_bytes`.
CHUNK = 1 << 20

_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def write_error(path: Path, exc: OSError) -> CisdeskError:
    """The sentence for a failed write; the caller guarantees nothing was written."""
    if exc.errno in _NO_SPACE:
        return CisdeskError("backup.disk_full", path=str(path))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        # Windows refuses to replace a file that another program has open.
        if os.name == "nt":
            return CisdeskError("file.write_denied_open", path=str(path))
        return CisdeskError("file.write_denied", path=str(path))
    reason = exc.strerror or str(exc)
    return CisdeskError("file.write_failed", path=str(path), reason=reason.rstrip("."))


def _temp_name(path: Path) -> Path:
    # The suffix stays last: some writers pick the format from it.
    return path.with_name(f".{path.stem}.{secrets.token_hex(4)}.tmp{path.suffix}")


def _fsync_file(path: Path) -> None:
    # Opened for writing: Windows refuses to flush a handle opened read-only.
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX only; Windows has no directory handles)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:  # some file systems (network shares) refuse; the rename still happened
        pass
    finally:
        os.close(fd)


def set_private(path: Path) -> None:
    """Readable and writable by its owner only (a no-op where modes don't apply)."""
    if os.name == "posix":
        os.chmod(path, 0o600)


@contextlib.contextmanager
def atomic_output(path: Path | str, *, private: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success it replaces ``path`` atomically.

    The body writes the temporary file by name (so libraries that take a file
    name can use it). If the body raises, the temporary file is removed and the
    target is untouched; an ``OSError`` becomes a :class:`CisdeskError` with a
    plain sentence. ``private`` makes the result readable by its owner only.
    """
    target = Path(path)
    temp = _temp_name(target)
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        os.close(fd)
    except OSError as exc:
        raise write_error(target, exc) from exc
    try:
        if private:
            set_private(temp)
        yield temp
        _fsync_file(temp)
        os.replace(temp, target)
    except OSError as exc:
        _discard(temp)
        raise write_error(target, exc) from exc
    except BaseException:
        _discard(temp)
        raise
    fsync_dir(target.parent)


def _discard(temp: Path) -> None:
    with contextlib.suppress(OSError):
        temp.unlink(missing_ok=True)


def atomic_write_bytes(path: Path | str, data: bytes, *, private: bool = False) -> None:
    """Write ``data`` to ``path`` all at once or not at all."""
    with atomic_output(path, private=private) as temp:
        fd = os.open(temp, os.O_WRONLY | os.O_TRUNC | getattr(os, "O_BINARY", 0))
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view[:CHUNK])
                view = view[written:]
        finally:
            os.close(fd)
