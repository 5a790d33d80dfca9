"""Helpers shared by the verb modules."""

import argparse
import os
import sys
from typing import Any, TextIO

from cisdesk import paths
from cisdesk.db.record import Record, open_record
from cisdesk.errors import UsageError
from cisdesk.messages import text
from cisdesk.outtext import printable

#: Read when no ``--passphrase-env`` is given.
DEFAULT_PASSPHRASE_VAR = "CISDESK_PASSPHRASE"


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
        raise UsageError("cmd.db_required")
    return str(paths.default_database())


def add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-env",
        metavar="VAR",
        help="read the private key's passphrase from this environment variable "
        f"(default: {DEFAULT_PASSPHRASE_VAR}, if set)",
    )


def passphrase_from_env(var: str | None) -> str | None:
    if not var:
        return None
    value = os.environ.get(var)
    if not value:
        raise UsageError("cmd.env_unset", var=var)
    return value


def passphrase_from_args(args: argparse.Namespace) -> str | None:
    """The passphrase named by ``--passphrase-env``, else ``CISDESK_PASSPHRASE``, else None."""
    var = getattr(args, "passphrase_env", None)
    if var:
        return passphrase_from_env(var)
    return os.environ.get(DEFAULT_PASSPHRASE_VAR) or None


def say(code: str, /, *, file: TextIO | None = None, **params: Any) -> None:
    """Print the catalogue message ``code`` in the command line's language."""
    print(text(code, **params), file=file or sys.stdout, flush=True)


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
        line = printable(f"{self.label} [{bar}] {percent:3d}% {message[:40]}")
        # The carriage return is the bar's own: written past the escaping stream.
        print(f"\r{line}", end=end, file=getattr(sys.stderr, "raw", sys.stderr))
