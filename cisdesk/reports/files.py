"""Output files of the reports: checked before the work, written atomically."""

from collections.abc import Callable
from pathlib import Path

from cisdesk.errors import CisdeskError
from cisdesk.fsutil import atomic_output


def check_output_path(path: Path) -> None:
    """Refuse, before any work, an output path that cannot be written."""
    if path.is_dir():
        raise CisdeskError("export.target_folder", path=str(path))
    if not path.parent.is_dir():
        raise CisdeskError("export.no_folder", path=str(path), folder=str(path.parent))


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Call ``write(temp)`` on a temporary file beside ``path``, then move it into place.

    Readers see the old file or the new one, never a partial one; on any failure
    (including a cancel) the temporary file is removed.
    """
    path = Path(path)
    check_output_path(path)
    with atomic_output(path) as temp:
        write(temp)
