"""Several analysts at once on SISCA's shared record (PostgreSQL).

Two analysts import overlapping sets of bundles at the same moment, each with
``cisdesk bundle import`` in its own process; an analyst edits the plan while
another imports. The record must end exactly as if the same work had been done
one step after the other: the same digest as the same bundles imported in turn
into a SQLite SISCA install, the same field versions, nothing lost.

The bundles come from real country installs: two laptops of Guatemala (the
second edits rows the first made, so their edits conflict) and Honduras, each
exporting several bundles; every country bundle carries again what SISCA has not
acknowledged, so the bundles overlap in content as well as in the files given.
"""

import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import import_paused
import pytest
from sqlalchemy import func, select, text
from sync.factories import SERVER_PASSPHRASE, World, digest_of

from cisdesk.db.demo import run_demo
from cisdesk.db.local import Acknowledgement, FieldVersion, ImportLog, Install, SeenBundle
from cisdesk.db.models import Committee, Meeting
from cisdesk.db.record import Record, open_record
from cisdesk.db.versions import change_count
from cisdesk.sync.importer import import_bundles
from cisdesk.sync.provision import migrate_to

pytestmark = pytest.mark.skipif(os.name != "posix", reason="runs analysts as processes")

#: What each analyst imports: both have gt-1, gt-2 and hn-1.
ANALYST_A = ("gt-1", "hn-1", "gt2-1", "gt-2", "hn-2")
ANALYST_B = ("hn-1", "gt-3", "gt2-2", "gt-2", "gt-1")
#: Seconds each import holds the record before committing: long enough that the
#: other analyst is certainly waiting meanwhile.
HOLD = "0.3"


@dataclass(frozen=True)
class Exchange:
    """SISCA before any import (as a SQLite file and on the server) and the bundles."""

    sqlite_sisca: Path
    server_sisca: str  # a template database: clone it, never open it
    bundles: dict[str, Path]
    gt_site: str


@pytest.fixture(scope="module")
def exchange(pg_server, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Exchange]:
    folder = tmp_path_factory.mktemp("exchange")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CISDESK_HOME", str(folder / "home"))  # backups of the hub's imports
        (folder / "templates").mkdir()
        templates = World.build(folder / "templates")
        world = World.open(templates, folder)
        try:
            bundles = _country_bundles(world, folder)
            gt_site = world.gt.install.site_id
        finally:
            world.close()
    # SISCA moves its record to the server the documented way; an ICU Spanish collation
    # orders text unlike SQLite, as a real server may.
    server_sisca = pg_server.new_database(icu_locale="es")
    migrate_to(templates["sisca"], server_sisca, passphrase=SERVER_PASSPHRASE)
    yield Exchange(Path(templates["sisca"]), server_sisca, bundles, gt_site)


def _country_bundles(world: World, folder: Path) -> dict[str, Path]:
    bundles: dict[str, Path] = {}

    def work_and_export(record: Record, name: str, seed: int) -> None:
        run_demo(record, seed=seed)
        bundles[name] = folder / f"{name}.cisb"
        world.export(record, bundles[name])

    work_and_export(world.gt, "gt-1", 11)
    work_and_export(world.hn, "hn-1", 21)
    # Laptop B gets laptop A's rows through a SISCA copy, then edits them too.
    hub = world.sisca
    assert all(o.ok for o in import_bundles(hub, [bundles["gt-1"], bundles["hn-1"]]))
    world.export(hub, folder / "regional-1.cisb")
    [outcome] = import_bundles(world.gt2, [folder / "regional-1.cisb"])
    assert outcome.ok, outcome.summary()
    work_and_export(world.gt2, "gt2-1", 31)
    work_and_export(world.gt, "gt-2", 12)
    work_and_export(world.hn, "hn-2", 22)
    work_and_export(world.gt2, "gt2-2", 32)
    work_and_export(world.gt, "gt-3", 13)
    return bundles


@pytest.fixture
def server_record(pg_server, exchange: Exchange) -> Iterator[Callable[[], Record]]:
    """Factory: a fresh copy of SISCA's server database, opened."""
    made: list[Record] = []

    def factory() -> Record:
        made.append(open_record(pg_server.clone_database(exchange.server_sisca)))
        return made[-1]

    yield factory
    for record in made:
        record.close()
        pg_server.drop_database(record.target)


def merge_state(record: Record) -> dict[str, Any]:
    """What the merge decides besides the rows: winning versions, bundles seen, clock."""
    fv = FieldVersion.__table__
    with record.engine.connect() as conn:
        return {
            "versions": sorted(tuple(r) for r in conn.execute(select(fv))),
            "seen": sorted(
                tuple(r)
                for r in conn.execute(
                    select(SeenBundle.site_id, SeenBundle.seq, SeenBundle.bundle_id)
                )
            ),
            "acks": sorted(
                tuple(r) for r in conn.execute(select(Acknowledgement.site_id, Acknowledgement.hlc))
            ),
            "clock": conn.execute(select(Install.hlc)).scalar_one(),
        }


def analyst(url: str, files: list[Path], hold: str | None = None) -> subprocess.Popen[str]:
    """``cisdesk bundle import`` in a process of its own, as another analyst's computer.

    With ``hold`` (seconds) the import pauses before its commit (tests/import_paused.py).
    """
    if hold is not None:
        argv = import_paused.command(url, float(hold), files)
    else:
        argv = [sys.executable, "-m", "cisdesk", "bundle", "import", "--db", url, *map(str, files)]
    return subprocess.Popen(
        argv,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(process: subprocess.Popen[str]) -> str:
    try:
        out, err = process.communicate(timeout=120)
    finally:
        process.kill()
    assert process.returncode == 0, err
    return out


def waiting_for_a_lock(record: Record) -> int:
    """Server sessions on this database that wait for a lock another one holds."""
    query = text(
        "SELECT count(*) FROM pg_stat_activity "
        "WHERE datname = current_database() AND wait_event_type = 'Lock'"
    )
    with record.engine.connect() as conn:
        return int(conn.execute(query).scalar_one())


def wait_for(condition: Callable[[], bool], what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting until {what}"
        time.sleep(0.02)


def copies(exchange: Exchange, names: tuple[str, ...], prefix: str, folder: Path) -> list[Path]:
    """The analyst's own copies of the bundle files (the import log then tells who did what)."""
    made = []
    for name in names:
        target = folder / f"{prefix}{name}.cisb"
        shutil.copyfile(exchange.bundles[name], target)
        made.append(target)
    return made


def test_two_analysts_importing_at_once_equal_one_after_the_other(
    exchange: Exchange, server_record, tmp_path: Path
) -> None:
    shared = server_record()
    first, second = (
        analyst(shared.target, copies(exchange, names, prefix, tmp_path), hold=HOLD)
        for names, prefix in ((ANALYST_A, "a-"), (ANALYST_B, "b-"))
    )
    outputs = [finish(first), finish(second)]

    names = sorted(set(ANALYST_A) | set(ANALYST_B))
    sequential = shutil.copyfile(exchange.sqlite_sisca, tmp_path / "sisca.db")
    with open_record(str(sequential)) as local:
        outcomes = import_bundles(local, [exchange.bundles[n] for n in names])
        assert [o.outcome for o in outcomes] == ["imported"] * len(names)
        expected_digest, expected_state = digest_of(local), merge_state(local)
    other_order = server_record()
    outcomes = import_bundles(other_order, [exchange.bundles[n] for n in reversed(names)])
    assert [o.outcome for o in outcomes] == ["imported"] * len(names)

    assert digest_of(shared) == digest_of(other_order) == expected_digest
    assert merge_state(shared) == merge_state(other_order) == expected_state

    # Each bundle was imported once; the other analyst's copy was a duplicate.
    lines = [line for out in outputs for line in out.splitlines()]
    assert len(lines) == len(ANALYST_A) + len(ANALYST_B)
    assert sum(": imported from " in line for line in lines) == len(names)
    assert sum(": already imported " in line for line in lines) == 3
    with shared.reader() as session:
        log = session.scalars(select(ImportLog).order_by(ImportLog.id)).all()
    imported = [entry.file_sha256 for entry in log if entry.outcome == "imported"]
    assert len(imported) == len(set(imported)) == len(names)
    # The two analysts really worked at the same time: their imports alternate.
    who = [entry.file_name[0] for entry in log]
    assert who.index("b") < len(who) - 1 - who[::-1].index("a"), who
    assert who.index("a") < len(who) - 1 - who[::-1].index("b"), who


def committee_id(record: Record) -> str:
    with record.reader() as session:
        return session.scalars(select(Committee.id).where(Committee.code == "CI")).one()


def rename_committee(record: Record, name: str) -> None:
    """An analyst's edit of the plan, with a new regional meeting."""
    with record.edit() as session:
        session.get(Committee, committee_id(record)).name = name
        session.add(Meeting(kind="committee", title="Reunión regional de seguimiento"))


def clock_of(record: Record, row_id: str, field: str) -> int:
    with record.reader() as session:
        row = session.get(FieldVersion, (row_id, field))
    assert row is not None and row.site == record.install.site_id
    return row.hlc


def versions_from(record: Record, site: str) -> int:
    with record.reader() as session:
        query = select(change_count()).select_from(FieldVersion).where(FieldVersion.site == site)
        return int(session.scalar(query) or 0)


def check_both_landed(record: Record, exchange: Exchange, plan_row: str, name: str) -> None:
    """The whole bundle is in (every change of laptop A) and so is the edit."""
    [entry] = [e for e in _log(record) if e.outcome == "imported"]
    assert entry.origin_site == exchange.gt_site
    assert versions_from(record, exchange.gt_site) == entry.changes > 0
    with record.reader() as session:
        assert session.get(Committee, plan_row).name == name
        titles = session.scalars(select(Meeting.title).where(Meeting.owner == "REG")).all()
    assert titles == ["Reunión regional de seguimiento"]


def _log(record: Record) -> list[ImportLog]:
    with record.reader() as session:
        return list(session.scalars(select(ImportLog).order_by(ImportLog.id)))


def test_an_edit_during_an_import_waits_for_it_and_both_land(
    exchange: Exchange, server_record
) -> None:
    record = server_record()
    process = analyst(record.target, [exchange.bundles["gt-1"]], hold="2")
    assert process.stderr is not None
    for line in process.stderr:  # the import holds the record, its changes written
        if import_paused.MARKER in line:
            break
    edit = threading.Thread(target=rename_committee, args=(record, "Cooperación (nuevo)"))
    edit.start()
    try:
        wait_for(lambda: waiting_for_a_lock(record) == 1, "the edit waits for the import")
    finally:
        edit.join(timeout=60)
    finish(process)
    assert not edit.is_alive()
    plan_row = committee_id(record)
    check_both_landed(record, exchange, plan_row, "Cooperación (nuevo)")
    # The edit came after the import, so its clock is past everything imported.
    with record.reader() as session:
        highest = session.scalar(
            select(func.max(FieldVersion.hlc)).where(FieldVersion.site == exchange.gt_site)
        )
    assert clock_of(record, plan_row, "name") > highest


def test_an_import_during_an_edit_waits_for_it_and_both_land(
    exchange: Exchange, server_record
) -> None:
    record = server_record()
    plan_row = committee_id(record)
    with record.edit() as session:
        session.get(Committee, plan_row).name = "Cooperación (antes)"
        session.add(Meeting(kind="committee", title="Reunión regional de seguimiento"))
        session.flush()  # the edit now holds the record
        process = analyst(record.target, [exchange.bundles["gt-1"]])
        try:
            wait_for(lambda: waiting_for_a_lock(record) == 1, "the import waits for the edit")
        except BaseException:
            process.kill()
            raise
    finish(process)
    check_both_landed(record, exchange, plan_row, "Cooperación (antes)")
