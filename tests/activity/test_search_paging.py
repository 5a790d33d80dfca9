"""The first page of a search, however it is read, is the first page of every match.

A search that matches many rows is answered by reading the table in its order and
testing each row; one that matches few, by reading the index's hits and sorting them.
Both must give the same rows in the same order, page after page, for every sort key,
on both backends: here each is forced (by the cost constants the choice reads) and
compared with the whole filtered list read at once.
"""

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text

from cisdesk.activity import meetings, queries, search
from cisdesk.activity.queries import TableQuery
from cisdesk.db.demo import run_demo
from cisdesk.db.models import Committee
from cisdesk.db.record import Record

TODAY = dt.date(2024, 3, 15)

QUERIES: dict[str, Callable[[], TableQuery]] = {
    "meetings": lambda: queries.meetings(),
    "agreements": lambda: queries.agreements(TODAY),
    "progress list": lambda: queries.progress_list(),
    "delegates": lambda: queries.delegates(),
}
#: One and two letters (most rows), a word (some), nothing, and operators.
TEXTS = ("e", "re", "Reunión", "zq", '"NEAR(')
#: Each query's default order and one more (every sort key pages alike: test_keyset).
SORTS = {
    "meetings": "title",
    "agreements": "meeting",
    "progress list": "percent",
    "delegates": "institution",
}


def committee_meeting(record: Record, title: str, date: dt.date) -> str:
    """A PPS meeting of ``record`` with ``title`` on ``date``; its id."""
    with record.reader() as session:
        pps = session.scalars(select(Committee.id).where(Committee.code == "PPS")).one()
    made = meetings.create_meeting(
        record,
        kind="committee",
        committee_id=pps,
        title=title,
        date=date,
        duration_minutes=60,
        virtual=True,
    )
    return str(made.row_id)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> str:
    from cisdesk.sync.provision import create_install

    path = tmp_path_factory.mktemp("search") / "gt.db"
    record = create_install(str(path), country="GT")
    run_demo(record, seed=5, scale=1)
    record.close()
    return str(path)


@pytest.fixture
def record(
    backend: str, demo_file: str, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[Record]:
    from cisdesk.db.backup import copy_database
    from cisdesk.db.record import open_record

    if backend == "sqlite":
        copy_database(Path(demo_file), tmp_path / "gt.db")
        opened = open_record(str(tmp_path / "gt.db"))
    else:
        from cisdesk.sync.provision import copy_record

        url = request.getfixturevalue("pg_server").new_database()
        with open_record(demo_file) as source:
            copy_record(source, url, passphrase="test passphrase")
        opened = open_record(url)
    yield opened
    opened.close()


def whole(query: TableQuery, record: Record, sort: str, descending: bool, text: str) -> list:
    total = query.count(record, text=text)
    return [row["id"] for row in query.fetch(record, 0, total + 5, sort, descending, text)]


def paged(query: TableQuery, record: Record, sort: str, descending: bool, text: str) -> list:
    ids: list = []
    cursor = None
    while True:
        page = query.page(record, cursor, 25, sort, descending, text)
        ids += [row["id"] for row in page.rows]
        if len(page.rows) < 25:
            return ids
        cursor = page.cursor


@pytest.mark.parametrize("name", list(QUERIES))
@pytest.mark.parametrize(
    "strategy",
    [
        # Read in order, each row tested, the whole table if need be.
        {"WALK_COST": 0, "WALK_ROWS": 10**6},
        # Read in order, and after 30 rows tested the index reads the rest.
        {"WALK_COST": 0, "WALK_ROWS": 30},
        # The index's hits read first and sorted.
        {"WALK_COST": 10**9},
    ],
    ids=["in order", "in order then index", "index"],
)
def test_every_way_gives_the_whole_sorted_list(
    record: Record, name: str, strategy: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    for constant, value in strategy.items():
        monkeypatch.setattr(search, constant, value)
    query = QUERIES[name]()
    matched = 0
    for typed in TEXTS:
        for sort in (query.default_sort, SORTS[name]):
            for descending in (False, True):
                expected = whole(query, record, sort, descending, typed)
                assert paged(query, record, sort, descending, typed) == expected, (
                    name,
                    typed,
                    sort,
                    descending,
                )
                matched += len(expected)
    assert matched > 0


def test_short_prefixes_choose_the_read_in_order(
    make_backend_install, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A letter that starts a word of most meetings: the choice reads them in order; a
    rare word reads the index (PostgreSQL reads in order whenever a word is found, and
    its planner takes the trigram index itself). With pages of a single row, forty
    meetings are enough to tell."""
    gt = make_backend_install("GT")
    for number in range(40):
        committee_meeting(gt, f"Evento {number}", dt.date(2020, 1, 1) + dt.timedelta(days=number))
    monkeypatch.setattr(search, "PAGE", 1)
    with gt.engine.connect() as conn:
        assert search.plan(conn, ["meeting"], "e").in_order
        assert not search.plan(conn, ["meeting"], "zqxw").in_order


def test_a_word_of_one_milestone_searches_that_table_alone(make_backend_install) -> None:
    """The plan's results and milestones (under fifty rows) are never analyzed by
    PostgreSQL's autovacuum. Their size once read from the planner's estimate, a single
    milestone found looked like many hits, every searched table was kept and every
    progress report tested; the tables without a hit are left out on both backends."""
    gt = make_backend_install("GT")
    run_demo(gt, seed=3, scale=1)
    found = [hit for hit in search.find(gt, "avances logrados") if hit.kind == "milestone"]
    assert len(found) == 1
    with gt.engine.connect() as conn:
        chosen = search.plan(conn, ["progress_report", "result", "milestone"], "avances logrados")
    assert chosen.tables == ("milestone",)
    query = queries.progress_list()
    rows = query.page(gt, None, 10_000, text="avances logrados").rows
    assert rows
    assert {row["milestone_text"] for row in rows} == {found[0].title}
    assert [row["id"] for row in rows] == whole(query, gt, "semester", True, "avances logrados")


def test_a_row_far_beyond_the_first_pages_is_found(record: Record) -> None:
    """Hundreds of rows match one letter; the one that also matches a rarer word is
    found wherever the order puts it."""
    query = queries.meetings()
    last = query.fetch(record, 0, 1, "date", False)[0]  # the oldest: the last page
    made = committee_meeting(record, "Encuentro zumbador", last["date"] - dt.timedelta(days=1))
    everything = query.page(record, None, 10_000, text="e").rows
    assert everything[-1]["id"] == made
    assert [row["id"] for row in query.page(record, None, 200, text="e zumb").rows] == [made]


def test_each_kind_numbers_its_rows_in_its_own_block(backend: str, record: Record) -> None:
    if backend != "sqlite":
        pytest.skip("the numbered index is SQLite's")
    with record.engine.connect() as conn:
        for kind in search.SEARCHED:
            first, last = search.block(kind)
            outside = conn.execute(
                text(
                    "SELECT count(*) FROM search_row WHERE kind = :kind"
                    " AND id NOT BETWEEN :first AND :last"
                ),
                {"kind": kind, "first": first, "last": last},
            ).scalar_one()
            assert outside == 0, kind
        newest = conn.execute(
            text("SELECT max(id) FROM search_row WHERE kind = 'meeting'")
        ).scalar_one()
    made = committee_meeting(record, "Sesión numerada", dt.date(2020, 1, 1))
    with record.engine.connect() as conn:
        given = conn.execute(
            text("SELECT id FROM search_row WHERE row_id = :id"), {"id": made}
        ).scalar_one()
    assert given == newest + 1


def test_an_index_numbered_in_arrival_order_is_renumbered_by_kind(make_install) -> None:
    """A database indexed by migration 0007 (ids in arrival order) upgrades to blocks."""
    from alembic import command

    from cisdesk.db import migrate
    from cisdesk.db.engine import make_engine
    from cisdesk.db.record import open_record

    record = make_install("GT")
    run_demo(record, seed=2, scale=1)
    target = str(record.path)
    record.close()
    engine = make_engine(target)
    with engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0009")
        mixed = conn.execute(text("SELECT max(id) FROM search_row")).scalar_one()
    engine.dispose()
    assert mixed < search.block("meeting")[0]
    with open_record(target) as upgraded:
        query = queries.agreements(TODAY)
        with upgraded.engine.connect() as conn:
            first, last = search.block("agreement")
            inside = conn.execute(
                text("SELECT count(*) FROM search_row WHERE id BETWEEN :a AND :b"),
                {"a": first, "b": last},
            ).scalar_one()
        assert inside == query.count(upgraded) > 0
        assert paged(query, upgraded, "due", False, "e") == whole(
            query, upgraded, "due", False, "e"
        )


@pytest.mark.parametrize("walk_cost", [0, 10**9], ids=["in order", "index"])
def test_operators_are_literal_either_way(
    record: Record, walk_cost: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Quotes, ``*``, ``NEAR``, ``%``, ``_`` and backslashes are searched for as they are,
    however the page is read, and never raise."""
    monkeypatch.setattr(search, "WALK_COST", walk_cost)
    query = queries.agreements(TODAY)
    for hostile in ('"', "*", "NEAR(a b)", "%", "_", "\\", "e*", 'e" OR "a', "a_b%", "-e"):
        expected = whole(query, record, "due", False, hostile)
        assert paged(query, record, "due", False, hostile) == expected, hostile
