"""Files shipped inside the package: the reference plan, fonts, icons and translations.

They are read through :mod:`importlib.resources`, so a source checkout, an installed
wheel and a frozen build all find them the same way (docs/ARCHITECTURE.md,
"Packaging"). The Qt catalogues (``translations/*.qm``) are compiled from the
``.ts`` sources when the package is built, never when the application starts.
"""

import atexit
from contextlib import ExitStack
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path

_extracted = ExitStack()
atexit.register(_extracted.close)


def resource(*parts: str) -> Traversable:
    """A shipped file or folder, e.g. ``resource("fonts", "DejaVuSans.ttf")``."""
    return files(__name__).joinpath(*parts)


def resource_path(*parts: str) -> Path:
    """A shipped file as a real path, for libraries that open files by name.

    Installed packages are plain folders and the path is returned as is; a package
    imported from an archive has the file extracted once, for the life of the process.
    """
    item = resource(*parts)
    if isinstance(item, Path):
        return item
    return _extracted.enter_context(as_file(item))


def translation_files(suffix: str = ".qm") -> list[Traversable]:
    """The shipped translation catalogues ending with ``suffix``, sorted by name."""
    folder = resource("translations")
    if not folder.is_dir():
        return []
    return sorted(
        (item for item in folder.iterdir() if item.name.endswith(suffix)),
        key=lambda item: item.name,
    )
