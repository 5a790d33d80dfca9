"""``cisdesk bundle import`` stopping before each commit, in a process of its own.

    python tests/import_paused.py SECONDS DB_OR_URL BUNDLE [BUNDLE ...]

Runs the real verb (same output, same exit code) with the pause injected through
the importer's ``before_commit`` seam: production code holds no test hook. Once a
file's changes are written, and before its commit, the process prints ``MARKER``
on stderr and sleeps SECONDS, so a test can kill it there or hold its lock.
"""

import functools
import sys
import time
from pathlib import Path

MARKER = "import paused before commit"
SCRIPT = Path(__file__).resolve()


def command(target: str, seconds: float, bundles: list[Path]) -> list[str]:
    """The argv that runs this script with the interpreter running the tests."""
    return [sys.executable, str(SCRIPT), f"{seconds:g}", target, *map(str, bundles)]


def main(argv: list[str]) -> int:
    from cisdesk import cli
    from cisdesk.commands import bundle_cmds

    seconds = float(argv[1])

    def pause(_outcome: object) -> None:
        print(f"{MARKER} ({seconds:g} s)", file=sys.stderr, flush=True)
        time.sleep(seconds)

    bundle_cmds.import_bundles = functools.partial(bundle_cmds.import_bundles, before_commit=pause)
    return cli.main(["bundle", "import", "--db", argv[2], *argv[3:]])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
