"""An import that stops before its commit, in a process of its own, for kill and lock tests.

    python tests/import_paused.py DB_OR_URL SECONDS BUNDLE [BUNDLE ...]

The pause comes through the importer's ``before_commit`` seam: production code
holds no test hook. Once every file's changes are written, and before the commit,
the process prints ``MARKER`` on stderr and sleeps SECONDS.
"""

import sys
import time
from pathlib import Path

MARKER = "import paused before commit"
SCRIPT = Path(__file__).resolve()


def command(target: str, seconds: float, bundles: list[Path]) -> list[str]:
    """The argv that runs this script with the interpreter running the tests."""
    return [sys.executable, str(SCRIPT), target, f"{seconds:g}", *map(str, bundles)]


def main(argv: list[str]) -> int:
    from cisdesk.db.record import open_record
    from cisdesk.sync.importer import import_bundles

    target, seconds, bundles = argv[1], float(argv[2]), argv[3:]

    def pause(_outcome: object) -> None:
        print(f"{MARKER} ({seconds:g} s)", file=sys.stderr, flush=True)
        time.sleep(seconds)

    with open_record(target) as record:
        outcomes = import_bundles(record, bundles, before_commit=pause)
    for outcome in outcomes:
        print(f"{outcome.file.name}: {outcome.outcome}")
    return 0 if all(o.ok for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
