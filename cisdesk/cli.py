"""The ``cisdesk`` command: no verb opens the app; verbs do headless work (DESIGN.md §5)."""

import argparse
import sys
from collections.abc import Sequence

from cisdesk import __version__
from cisdesk.commands import COMMAND_MODULES
from cisdesk.errors import CisdeskError
from cisdesk.logging_setup import setup_logging


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cisdesk",
        description="Record of the CIS specialised committees' work (Regional Action Plan "
        "on Poverty and Social Protection).",
    )
    parser.add_argument("--version", action="version", version=f"cisdesk {__version__}")
    parser.add_argument("--db", help="database file or URL (default: the user data folder)")
    verbs = parser.add_subparsers(dest="verb", metavar="VERB")
    for module in COMMAND_MODULES:
        module.register(verbs)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging()
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            from cisdesk.ui.app import run_app  # Qt only when the app is wanted

            return run_app(args.db)
        return int(handler(args) or 0)
    except CisdeskError as exc:
        print(f"cisdesk: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("cisdesk: interrupted; nothing was changed.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
