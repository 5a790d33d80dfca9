#!/usr/bin/env python3
"""Compile the Qt catalogues (``cisdesk/resources/translations/*.ts``) to ``.qm``.

A build step, run by the wheel build (setup.py), the frozen build
(packaging/cisdesk.spec) and scripts/setup.sh for a source checkout; the
application itself never compiles anything. Needs ``pyside6-lrelease`` (PySide6).

    python scripts/compile_translations.py [OUT_FOLDER]

Without OUT_FOLDER each ``.qm`` is written beside its ``.ts`` (ignored by git), and
only when missing or older than its source.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

SOURCES = Path(__file__).resolve().parent.parent / "cisdesk" / "resources" / "translations"


def lrelease() -> str:
    """The ``lrelease`` of the PySide6 this Python sees (or on the PATH)."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    try:
        import PySide6

        folder = Path(PySide6.__file__).parent
        for name in ("lrelease", "lrelease.exe"):
            if (folder / name).exists():
                return str(folder / name)
    except ImportError:
        pass
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise SystemExit("compile_translations: pyside6-lrelease not found; install PySide6 first.")
    return found


def compile_catalogues(sources: Path = SOURCES, out: Path | None = None) -> list[Path]:
    """Compile every ``.ts`` in ``sources`` whose ``.qm`` in ``out`` is missing or stale.

    Returns the ``.qm`` files written; a failing ``lrelease`` stops the build.
    """
    out = out or sources
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    tool: str | None = None
    for ts in sorted(sources.glob("*.ts")):
        qm = out / (ts.stem + ".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        tool = tool or lrelease()
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True, timeout=120)
        written.append(qm)
    return written


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else None
    for qm in compile_catalogues(SOURCES, out):
        print(f"compiled {qm}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
