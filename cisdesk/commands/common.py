"""Helpers shared by the verb modules."""

import argparse
import sys

from cisdesk import paths
from cisdesk.db.record import Record, open_record
from cisdesk.errors import UsageError


def add_db_option(parser: argparse.ArgumentParser, required: bool = False) -> None:
    parser.add_argument(
        "--db",
        dest="verb_db",
        required=required,
        metavar="FILE",
        help="database file or SQLAlchemy URL",
    )


def db_target(args: argparse.Namespace, required: bool = False) -> str:
    target = getattr(args, "verb_db", None) or getattr(args, "db", None)
    if target:
        return str(target)
    if required:
        raise UsageError("give the database with --db FILE")
    return str(paths.default_database())


def open_from_args(args: argparse.Namespace) -> Record:
    return open_record(db_target(args))


class ProgressBar:
    """A one-line progress bar on stderr (only when stderr is a terminal)."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.enabled = sys.stderr.isatty()
        self._last = -1

    def __call__(self, done: int, total: int, message: str = "") -> None:
        if not self.enabled or total <= 0:
            return
        percent = int(100 * done / total)
        if percent == self._last:
            return
        self._last = percent
        filled = percent // 4
        bar = "#" * filled + "-" * (25 - filled)
        end = "\n" if done >= total else ""
        print(f"\r{self.label} [{bar}] {percent:3d}% {message[:40]}", end=end, file=sys.stderr)
