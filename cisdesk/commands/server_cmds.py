"""Verb for SISCA's server database: ``migrate-to``."""

import argparse

from cisdesk.commands.common import ProgressBar, add_db_option, db_target
from cisdesk.commands.record_cmds import passphrase_from_env
from cisdesk.db.transfer import migrate_to


def register(verbs: argparse._SubParsersAction) -> None:
    move = verbs.add_parser(
        "migrate-to", help="copy a SISCA SQLite record into a PostgreSQL database"
    )
    add_db_option(move, required=True)
    move.add_argument("url", metavar="URL", help="postgresql+psycopg://user@host/database")
    move.add_argument(
        "--passphrase-env",
        metavar="VAR",
        help="encrypt an unprotected root key with the passphrase in this environment variable",
    )
    move.set_defaults(handler=cmd_migrate_to)


def cmd_migrate_to(args: argparse.Namespace) -> int:
    digest = migrate_to(
        db_target(args, required=True),
        args.url,
        ProgressBar("copy"),
        passphrase_from_env(args.passphrase_env),
    )
    print(f"Copied; digest {digest} verified on both databases.")
    return 0
