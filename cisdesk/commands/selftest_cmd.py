"""Verb ``selftest``: is this installation healthy? (docs/ARCHITECTURE.md §5)

Checks the database (``open_record`` runs SQLite's quick check and the schema
version), this install's key, then opens the main window and every page
offscreen. One line per check; exit 0 when everything passed, 1 otherwise.
Without ``--db`` it checks a temporary demo database, which tests the program
itself rather than someone's data.
"""

import argparse
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cisdesk.commands.common import add_db_option
from cisdesk.db.record import Record, open_record
from cisdesk.errors import CisdeskError
from cisdesk.messages import is_code, msg, text

#: (what, healthy, detail)
Check = tuple[str, bool, str]


def register(verbs: argparse._SubParsersAction) -> None:
    parser = verbs.add_parser(
        "selftest",
        help="check the database and keys, open the window and every page offscreen",
    )
    add_db_option(parser)
    parser.set_defaults(handler=cmd_selftest)


def check_name(what: str) -> str:
    """A check's name in the command line's language (``view home`` names a page)."""
    if what.startswith("view "):
        return text("cmd.selftest.check.view", page=what.removeprefix("view "))
    code = "cmd.selftest.check." + what.replace(" ", "_")
    return text(code) if is_code(code) else what


def _print(check: Check) -> None:
    what, healthy, detail = check
    # "ok"/"FAIL" stay as they are: scripts read them.
    print(f"{'ok  ' if healthy else 'FAIL'}  {check_name(what)}: {detail}", flush=True)


def check_database(target: str, report: "Reporter") -> Record | None:
    try:
        record = open_record(target)
    except CisdeskError as exc:
        report(("database", False, str(exc)))
        return None
    install = record.install
    who = (
        msg("cmd.who.regional")
        if install.is_regional
        else msg("cmd.who.country", country=install.country)
    )
    report(("database", True, text("cmd.selftest.database_ok", path=str(record.path or target))))
    report(("install", True, text("cmd.selftest.install", who=who, site=repr(install.site_name))))
    return record


def check_keys(record: Record, report: "Reporter") -> bool:
    from cisdesk.sync import keys, overview

    try:
        own = overview.own_key(record)
        report(("key", True, text("cmd.selftest.key_present", key_id=own.key_id)))
        if own.encrypted:
            report(("key pair", True, text("cmd.selftest.key_protected")))
        else:
            overview.signing_key(record, None)
            report(("key pair", True, text("cmd.selftest.key_pair_ok")))
        if keys.key_id(own.public_key) != own.key_id:
            raise CisdeskError("cmd.selftest.key_id_mismatch")
        report(("fingerprint", True, own.fingerprint))
    except CisdeskError as exc:
        report(("keys", False, str(exc)))
        return False
    return True


class Reporter:
    """Prints each check and remembers whether all passed."""

    def __init__(self) -> None:
        self.healthy = True

    def __call__(self, check: Check) -> None:
        self.healthy = self.healthy and check[1]
        _print(check)


@contextmanager
def _demo_database() -> Iterator[str]:
    from cisdesk.db.demo import run_demo
    from cisdesk.sync.provision import create_install

    with tempfile.TemporaryDirectory(prefix="cisdesk-selftest-") as folder:
        path = Path(folder) / "demo.db"
        with create_install(str(path), country="GT", site_name="Selftest") as record:
            run_demo(record)
        yield str(path)


def run_selftest(target: str | None) -> int:
    report = Reporter()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="cisdesk-selftest-ui-") as scratch:
        if target is None:
            with _demo_database() as demo:
                print(text("cmd.selftest.demo", path=demo))
                _run_checks(demo, Path(scratch), report)
        else:
            _run_checks(target, Path(scratch), report)
    print(text("cmd.selftest.healthy" if report.healthy else "cmd.selftest.unhealthy"))
    return 0 if report.healthy else 1


def _run_checks(target: str, scratch: Path, report: Reporter) -> None:
    record = check_database(target, report)
    if record is None:
        return
    with record:
        check_keys(record, report)
        from cisdesk.ui.selftest import check_views

        check_views(record, scratch / "settings.ini", report)


def cmd_selftest(args: argparse.Namespace) -> int:
    target = getattr(args, "verb_db", None) or getattr(args, "db", None)
    return run_selftest(str(target) if target else None)
