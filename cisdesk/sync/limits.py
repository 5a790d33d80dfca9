"""Reading input files that come from someone else: regular files only, never a device.

``/dev/zero``, ``/dev/urandom`` or a named pipe given as a bundle would be read
forever (or block on open); they are refused before a byte is read. The file is
opened without blocking and checked on the open handle, so it cannot be swapped
for a pipe between the check and the read.
"""

import os
import stat
from pathlib import Path
from typing import BinaryIO

from cisdesk.errors import BundleRejected

_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def open_regular(path: Path, code: str = "bundle.not_regular_file") -> BinaryIO:
    """The file at ``path`` open for reading; BundleRejected(``code``) if it is not a plain file."""
    fd = os.open(path, _FLAGS)
    try:
        mode = os.fstat(fd).st_mode
    except OSError:
        os.close(fd)
        raise
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise BundleRejected(code, file=str(path))
    return os.fdopen(fd, "rb")
