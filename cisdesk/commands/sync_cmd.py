"""``cisdesk sync``: exchange bundles through one folder (a USB stick or a shared folder)."""

import argparse

from cisdesk.commands.bundle_cmds import parse_size
from cisdesk.commands.common import (
    DEFAULT_PASSPHRASE_VAR,
    ProgressBar,
    add_db_option,
    add_passphrase_option,
    open_from_args,
    passphrase_from_args,
)
from cisdesk.errors import CisdeskError
from cisdesk.sync import keys
from cisdesk.sync.folder import sync_folder


def register(verbs: argparse._SubParsersAction) -> None:
    parser = verbs.add_parser(
        "sync", help="import new bundles from a folder and write this install's bundles there"
    )
    add_db_option(parser, required=True)
    parser.add_argument("--folder", required=True, metavar="DIR")
    parser.add_argument("--max-size", default="20M", metavar="SIZE")
    add_passphrase_option(parser)
    parser.set_defaults(handler=cmd_sync)


def cmd_sync(args: argparse.Namespace) -> int:
    with open_from_args(args) as record:
        try:
            result = sync_folder(
                record,
                args.folder,
                passphrase=passphrase_from_args(args),
                max_size=parse_size(args.max_size),
                progress=ProgressBar("sync"),
            )
        except keys.PassphraseRequired:
            raise CisdeskError("cmd.passphrase_hint", var=DEFAULT_PASSPHRASE_VAR) from None
    print(result.summary())
    return 1 if result.refused else 0
