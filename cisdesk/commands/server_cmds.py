"""Verb for SISCA's server database: ``migrate-to``."""

import argparse

from cisdesk.commands.common import (
    ProgressBar,
    add_db_option,
    add_passphrase_option,
    db_target,
    passphrase_from_args,
    say,
)
from cisdesk.sync.provision import migrate_to


def register(verbs: argparse._SubParsersAction) -> None:
    move = verbs.add_parser(
        "migrate-to", help="copy a SISCA SQLite record into a PostgreSQL database"
    )
    add_db_option(move, required=True)
    move.add_argument("url", metavar="URL", help="postgresql+psycopg://user@host/database")
    add_passphrase_option(move)
    move.set_defaults(handler=cmd_migrate_to)


def cmd_migrate_to(args: argparse.Namespace) -> int:
    digest = migrate_to(
        db_target(args, required=True),
        args.url,
        ProgressBar("copy"),
        passphrase_from_args(args),
    )
    say("cmd.server.copied", digest=digest)
    return 0
