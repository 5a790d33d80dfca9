"""Convergence: any order, any duplicate, any topology ends in the same record.

Several installs (two laptops of Guatemala and one of Honduras) make random
edits of their own country's rows, exchange bundles with SISCA in rounds, and
finally every bundle ever written is imported, shuffled and repeated, at two
SISCA installs. Both must hold the same record, and a country importing the
last regional bundle must hold it too. Every test runs with the installs as
SQLite files and again as databases on the test PostgreSQL server.
"""

import contextlib
import random
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

import pytest
from factories import World, WorldTemplates, digest_of
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update

from cisdesk.db import clock
from cisdesk.db.local import FieldVersion, Install
from cisdesk.db.models import Agreement, Meeting
from cisdesk.db.record import Record
from cisdesk.sync.importer import import_bundles

COUNTRIES = ("gt", "gt2", "hn")
FROZEN_WALL_MS = 1_700_000_000_000
#: Examples of the property test per backend: each creates several databases, which a
#: server makes more slowly than SQLite copies a file.
EXAMPLES = {"sqlite": 20, "postgresql": 8}

install_names = st.sampled_from(COUNTRIES)
steps = st.one_of(
    st.tuples(st.just("create"), install_names, st.sampled_from(["meeting", "agreement"])),
    st.tuples(st.just("edit"), install_names, st.integers(0, 30), st.integers(0, 5)),
    st.tuples(st.just("delete"), install_names, st.integers(0, 30)),
    st.tuples(st.just("export"), install_names),
    st.tuples(st.just("sync"), st.frozensets(install_names)),
    # Both laptops of Guatemala edit the same field of the same row.
    st.tuples(st.just("concurrent"), st.integers(0, 30), st.integers(0, 5)),
)
#: Every install starts with rows of its own that the others already hold, so the
#: random steps soon touch shared rows.
PRELUDE = (
    *(("create", name, "meeting") for name in COUNTRIES),
    *(("export", name) for name in COUNTRIES),
    ("sync", frozenset(COUNTRIES)),
)
scenarios = st.fixed_dictionaries(
    {
        "steps": st.lists(steps, min_size=3, max_size=14),
        "frozen_clock": st.booleans(),
        "order_seed": st.integers(0, 2**32 - 1),
    }
)


@contextlib.contextmanager
def opened_world(templates: WorldTemplates) -> Iterator[World]:
    folder = Path(tempfile.mkdtemp(prefix="convergence-"))
    world = World.open(templates, folder)
    try:
        yield world
    finally:
        world.close()
        shutil.rmtree(folder, ignore_errors=True)


class Scenario:
    """Plays the steps; keeps every bundle written, in order."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.pool: list[Path] = []
        self.imported_at_sisca = 0
        self.counter = 0

    def record(self, name: str) -> Record:
        return self.world.records[name]

    def own_rows(self, record: Record) -> list[Meeting | Agreement]:
        with record.reader() as session:
            rows: list = []
            for model in (Meeting, Agreement):
                rows += session.scalars(
                    select(model).where(model.owner == record.install.owner).order_by(model.id)
                ).all()
        return rows

    def play(self, step: tuple) -> None:
        action = step[0]
        self.counter += 1
        if action == "create":
            self.create(self.record(step[1]), step[2])
        elif action == "edit":
            self.edit(self.record(step[1]), step[2], step[3])
        elif action == "delete":
            self.delete(self.record(step[1]), step[2])
        elif action == "export":
            self.export(step[1])
        elif action == "sync":
            self.sync(step[1])
        elif action == "concurrent":
            self.concurrent(step[1], step[2])

    def create(self, record: Record, kind: str) -> None:
        with record.edit() as session:
            if kind == "meeting":
                session.add(Meeting(title=f"Reunión {self.counter}", kind="committee"))
                return
            # Any meeting this install holds, whoever recorded it: a child whose parent
            # another install may not have received yet.
            meeting_id = session.scalars(select(Meeting.id).order_by(Meeting.id)).first()
            session.add(Agreement(meeting_id=meeting_id, text=f"Acuerdo {self.counter}"))

    def edit(self, record: Record, pick: int, variant: int) -> None:
        rows = self.own_rows(record)
        if rows:
            target = rows[pick % len(rows)]
            self.edit_row(record, type(target), target.id, variant)

    def concurrent(self, pick: int, variant: int) -> None:
        """Both laptops change one field of a row they both hold, to different values."""
        rows = self.own_rows(self.world.gt)
        if not rows:
            return
        target = rows[pick % len(rows)]
        with self.world.gt2.reader() as session:
            if session.get(type(target), target.id) is None:
                return
        # Both clocks read the same, as after importing the same regional bundle: with
        # a frozen wall clock the two edits get the same clock value and the site
        # id must settle them.
        laptops = (self.world.gt, self.world.gt2)
        same = max(self.clock_of(record) for record in laptops)
        for record in laptops:
            with record.engine.begin() as conn:
                conn.execute(update(Install).values(hlc=same))
        self.edit_row(self.world.gt, type(target), target.id, variant)
        self.edit_row(self.world.gt2, type(target), target.id, variant + 2)

    @staticmethod
    def clock_of(record: Record) -> int:
        with record.reader() as session:
            return int(session.scalars(select(Install.hlc)).one())

    def edit_row(self, record: Record, model: type, row_id: str, variant: int) -> None:
        with record.edit() as session:
            row = session.get(model, row_id)
            value = f"valor {variant}"  # few values: equal values are common too
            if isinstance(row, Meeting):
                if variant % 2:
                    row.title = value
                else:
                    row.place = value
            else:
                row.text = value if variant % 2 else row.text
                row.status = "pending" if variant % 3 else "fulfilled"

    def delete(self, record: Record, pick: int) -> None:
        rows = self.own_rows(record)
        if rows:
            target = rows[pick % len(rows)]
            with record.edit() as session:
                session.get(type(target), target.id).deleted = True

    def export(self, name: str) -> Path:
        path = self.world.path(f"{name}-{len(self.pool)}.cisb")
        self.world.export(self.record(name), path)
        self.pool.append(path)
        return path

    def sync(self, receivers: frozenset[str]) -> None:
        """SISCA imports what arrived, sends a regional bundle, some countries import it."""
        fresh = self.pool[self.imported_at_sisca :]
        self.imported_at_sisca = len(self.pool)
        assert all(o.ok for o in import_bundles(self.world.sisca, fresh))
        regional = self.world.path(f"regional-{len(self.pool)}.cisb")
        self.world.export(self.world.sisca, regional)
        for name in sorted(receivers):
            [outcome] = import_bundles(self.record(name), [regional])
            assert outcome.ok, outcome.summary()


def shuffled_with_repeats(files: list[Path], rng: random.Random) -> list[Path]:
    order = files + rng.sample(files, k=min(len(files), 3))
    rng.shuffle(order)
    return order


@pytest.mark.slow
def test_every_order_of_every_bundle_converges(templates: WorldTemplates) -> None:
    """Random scenarios; the settings are made here since the examples depend on the backend."""

    @settings(
        max_examples=EXAMPLES[templates.storage.backend],
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(scenario=scenarios)
    def converges(scenario: dict) -> None:
        check_convergence(templates, scenario)

    converges()


def check_convergence(templates: WorldTemplates, scenario: dict) -> None:
    frozen = (
        mock.patch.object(clock, "wall_ms", return_value=FROZEN_WALL_MS)
        if scenario["frozen_clock"]  # every install writes the same clock values: ties
        else contextlib.nullcontext()
    )
    # Backups before each import are tested elsewhere; here they would only add minutes.
    no_backups = mock.patch("cisdesk.sync.importer.backup_database")
    with opened_world(templates) as world, frozen, no_backups:
        play = Scenario(world)
        for step in (*PRELUDE, *scenario["steps"]):
            play.play(step)
        for name in COUNTRIES:
            play.export(name)
        # A second SISCA install: the same root key and keyring, none of the first one's imports.
        second_sisca = world.from_template("sisca", "sisca-b")
        order = shuffled_with_repeats(play.pool, random.Random(scenario["order_seed"]))
        # The second SISCA gets every pair of bundles in the other order.
        for sisca, files in ((world.sisca, order), (second_sisca, order[::-1])):
            outcomes = import_bundles(sisca, files)
            assert all(o.ok for o in outcomes), [o.summary() for o in outcomes]
        assert digest_of(second_sisca) == digest_of(world.sisca)
        final = world.path("regional-final.cisb")
        world.export(world.sisca, final)
        for name in COUNTRIES:
            [outcome] = import_bundles(world.records[name], [final])
            assert outcome.ok, outcome.summary()
            assert digest_of(world.records[name]) == digest_of(world.sisca)


def test_a_child_arriving_before_its_parent(templates: WorldTemplates) -> None:
    """Laptop B answers a meeting it got from SISCA; Honduras gets B's bundle first."""
    with opened_world(templates) as world:
        play = Scenario(world)
        play.create(world.gt, "meeting")
        play.export("gt")
        play.sync(frozenset({"gt2"}))
        play.create(world.gt2, "agreement")
        gt2_bundle = play.export("gt2")
        with world.gt2.reader() as session:
            agreement = session.scalars(select(Agreement)).one()
        other_sisca = world.copy(world.sisca, "sisca-b")
        fresh = world.from_template("sisca", "sisca-c")
        [outcome] = import_bundles(fresh, [gt2_bundle])
        assert outcome.outcome == "imported"
        with fresh.reader() as session:
            assert session.get(Agreement, agreement.id).meeting_id == agreement.meeting_id
            assert session.get(Meeting, agreement.meeting_id) is None
        import_bundles(fresh, [play.pool[0]])
        with fresh.reader() as session:
            assert session.get(Meeting, agreement.meeting_id) is not None
        import_bundles(other_sisca, [gt2_bundle])
        assert digest_of(fresh) == digest_of(other_sisca)


def test_equal_clocks_are_broken_by_site_everywhere(templates: WorldTemplates) -> None:
    with (
        opened_world(templates) as world,
        mock.patch.object(clock, "wall_ms", return_value=FROZEN_WALL_MS),
    ):
        play = Scenario(world)
        play.create(world.gt, "meeting")
        play.export("gt")
        play.sync(frozenset({"gt", "gt2"}))
        play.edit(world.gt, 0, 1)
        play.edit(world.gt2, 0, 3)
        title_version = select(FieldVersion.hlc).where(
            FieldVersion.tbl == "meeting", FieldVersion.field == "title"
        )
        with world.gt.reader() as a, world.gt2.reader() as b:
            assert a.scalars(title_version).one() == b.scalars(title_version).one()
        play.export("gt")
        play.export("gt2")
        play.sync(frozenset(COUNTRIES))
        winner = max(
            (world.gt, "valor 1"), (world.gt2, "valor 3"), key=lambda p: p[0].install.site_id
        )
        for name in ("sisca", *COUNTRIES):
            with world.records[name].reader() as session:
                assert session.scalars(select(Meeting.title)).one() == winner[1]


def test_delete_against_update(templates: WorldTemplates) -> None:
    with opened_world(templates) as world:
        play = Scenario(world)
        play.create(world.gt, "meeting")
        play.export("gt")
        play.sync(frozenset({"gt", "gt2"}))
        play.delete(world.gt, 0)
        play.edit(world.gt2, 0, 1)
        play.export("gt2")
        play.export("gt")
        play.sync(frozenset(COUNTRIES))
        for name in ("sisca", *COUNTRIES):
            with world.records[name].reader() as session:
                row = session.scalars(select(Meeting)).one()
                assert (row.deleted, row.title) == (True, "valor 1")
