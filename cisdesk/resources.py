"""Locate files shipped in ``resources/`` (source tree or frozen build)."""

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources`` folder beside the package, or inside a PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
