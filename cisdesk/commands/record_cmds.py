"""Verbs on the record itself: ``init``, ``demo``, ``digest``."""

import argparse

from cisdesk.commands.common import (
    ProgressBar,
    add_db_option,
    add_passphrase_option,
    db_target,
    open_from_args,
    passphrase_from_args,
    say,
)
from cisdesk.countries import COUNTRY_CODES
from cisdesk.db.demo import run_demo
from cisdesk.db.digest import record_digest
from cisdesk.errors import UsageError
from cisdesk.messages import msg, text
from cisdesk.sync.overview import key_overview
from cisdesk.sync.provision import create_install


def register(verbs: argparse._SubParsersAction) -> None:
    init = verbs.add_parser("init", help="create a new country or SISCA install")
    add_db_option(init, required=True)
    who = init.add_mutually_exclusive_group(required=True)
    who.add_argument("--country", metavar="CC", help=f"country code: {' '.join(COUNTRY_CODES)}")
    who.add_argument("--regional", action="store_true", help="SISCA install (holds the root key)")
    init.add_argument("--site-name", metavar="TEXT", help="name of this install")
    add_passphrase_option(init)
    init.set_defaults(handler=cmd_init)

    demo = verbs.add_parser("demo", help="add realistic generated activity as this install's edits")
    add_db_option(demo, required=True)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--scale", type=int, default=1)
    demo.set_defaults(handler=cmd_demo)

    digest = verbs.add_parser("digest", help="sha256 of the shared (replicated) record")
    add_db_option(digest, required=True)
    digest.set_defaults(handler=cmd_digest)


def cmd_init(args: argparse.Namespace) -> int:
    country = args.country.upper() if args.country else None
    record = create_install(
        db_target(args, required=True),
        country=country,
        regional=bool(args.regional),
        site_name=args.site_name,
        passphrase=passphrase_from_args(args),
    )
    with record:
        install = record.install
        key = key_overview(record).own
        who = (
            msg("cmd.who.regional")
            if install.is_regional
            else msg("cmd.who.country", country=install.country)
        )
        say(
            "cmd.init.created",
            path=str(record.path or record.target),
            who=who,
            site=repr(install.site_name),
        )
        if key is not None:
            say("cmd.keys.key_id", id=key.key_id)
            say("cmd.keys.fingerprint", fingerprint=key.fingerprint)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    if args.scale < 1:
        raise UsageError("cmd.demo.scale_usage")
    with open_from_args(args) as record:
        stats = run_demo(record, seed=args.seed, scale=args.scale, progress=ProgressBar("demo"))
    made = ", ".join(f"{n} {t}" for t, n in sorted(stats.created.items())) or text(
        "cmd.demo.nothing_new"
    )
    say("cmd.demo.done", made=made, edited=stats.edited, deleted=stats.deleted)
    return 0


def cmd_digest(args: argparse.Namespace) -> int:
    with open_from_args(args) as record, record.engine.connect() as conn:
        print(record_digest(conn))
    return 0
