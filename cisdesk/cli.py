"""The ``cisdesk`` command: no verb opens the app; verbs do headless work.

See docs/ARCHITECTURE.md §5.
"""

import argparse
import logging
import sys
from collections.abc import Sequence

from cisdesk import __version__
from cisdesk.errors import CisdeskError
from cisdesk.logging_setup import setup_logging
from cisdesk.messages import text
from cisdesk.outtext import escaped_output, printable


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cisdesk",
        description="Record of the CIS specialised committees' work (Regional Action Plan "
        "on Poverty and Social Protection).",
    )
    parser.add_argument("--version", action="version", version=f"cisdesk {__version__}")
    parser.add_argument("--db", help="database file or URL (default: the user data folder)")
    verbs = parser.add_subparsers(dest="verb", metavar="VERB")
    from cisdesk.commands import COMMAND_MODULES  # the verbs load the record's layers

    for module in COMMAND_MODULES:
        module.register(verbs)
    return parser


def app_target(argv: Sequence[str]) -> tuple[bool, str | None]:
    """``(True, db)`` when the command line only opens the app (``[--db FILE]``)."""
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--db" and not argv[1].startswith("-"):
        return True, argv[1]
    if len(argv) == 1 and argv[0].startswith("--db=") and len(argv[0]) > len("--db="):
        return True, argv[0].removeprefix("--db=")
    return False, None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    opens_app, db = app_target(argv)
    handler = None
    if not opens_app:
        # The verbs' parsers are built only when a verb may be given: the app starts
        # faster without loading every layer first.
        args = build_parser().parse_args(argv)
        handler = getattr(args, "handler", None)
        db = args.db
    try:
        if handler is None:  # run_app sets up logging itself
            from cisdesk.ui.app import run_app  # Qt only when the app is wanted

            return run_app(db)
        setup_logging()
        with escaped_output():
            return int(handler(args) or 0)
    except CisdeskError as exc:
        print(text("cli.prefix", message=printable(str(exc))), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(text("cli.prefix", message=text("cli.interrupted")), file=sys.stderr)
        return 130
    except Exception as exc:  # never a traceback: one sentence, the details in the log
        return _unexpected(exc, db if handler is None else _verb_db(args))


def _verb_db(args: argparse.Namespace) -> str | None:
    return getattr(args, "verb_db", None) or getattr(args, "db", None)


def _unexpected(exc: Exception, db: str | None) -> int:
    from cisdesk.db.failures import explain, one_line

    refusal = explain(exc, db)
    if refusal is None:
        logging.getLogger("cisdesk").error("unexpected error", exc_info=exc)
        refusal = CisdeskError("error.unexpected", detail=one_line(f"{type(exc).__name__}: {exc}"))
    print(text("cli.prefix", message=printable(str(refusal))), file=sys.stderr)
    return refusal.exit_code


if __name__ == "__main__":
    sys.exit(main())
