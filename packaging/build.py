"""Build the one-folder cisdesk app into ``dist/cisdesk/`` with PyInstaller.

    .venv/bin/python packaging/build.py

PyInstaller comes from the ``packaging`` extra
(``CISDESK_EXTRAS=test,packaging bash scripts/setup.sh``); this script installs
nothing. It removes ``build/`` and ``dist/`` first, so every build starts clean.
"""

import importlib.util
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "cisdesk.spec"
BUILD = ROOT / "build"
DIST = ROOT / "dist"


def executable() -> Path:
    return DIST / "cisdesk" / ("cisdesk.exe" if sys.platform == "win32" else "cisdesk")


def folder_size(folder: Path) -> int:
    """Bytes on disk, each file once (the build links some libraries to others)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    if importlib.util.find_spec("PyInstaller") is None:
        print(
            "build: PyInstaller is not installed; run "
            "CISDESK_EXTRAS=test,packaging bash scripts/setup.sh first.",
            file=sys.stderr,
        )
        return 1
    for folder in (BUILD, DIST):
        shutil.rmtree(folder, ignore_errors=True)
    started = time.monotonic()
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(BUILD),
        str(SPEC),
    ]
    result = subprocess.run(command, cwd=ROOT, check=False)
    if result.returncode != 0:
        print(f"build: PyInstaller failed (exit {result.returncode}).", file=sys.stderr)
        return result.returncode
    exe = executable()
    if not exe.is_file():
        print(f"build: PyInstaller finished but {exe} is missing.", file=sys.stderr)
        return 1
    seconds = time.monotonic() - started
    size_mb = folder_size(exe.parent) / 1_000_000
    print(f"Built {exe.parent} in {seconds:.0f} s ({size_mb:.0f} MB); run {exe}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
