"""Keyset paging: walking a table page by page gives exactly the whole sorted list.

Every sort key of every table query, both directions, on both backends, with
ties and missing values (the demo data has both), page by page in small pages.
"""

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import select, update

from cisdesk.activity import queries
from cisdesk.activity.queries import TableQuery
from cisdesk.db.demo import run_demo
from cisdesk.db.models import Meeting, ProgressReport
from cisdesk.db.record import Record

TODAY = dt.date(2024, 3, 15)

QUERIES: dict[str, Callable[[], TableQuery]] = {
    "progress list": lambda: queries.progress_list(),
    "progress grid": lambda: queries.progress_grid("GT", "2019-I"),
    "meetings": lambda: queries.meetings(),
    "agreements": lambda: queries.agreements(TODAY),
    "delegates": lambda: queries.delegates(),
    "proposals": lambda: queries.proposals(),
    "capacity": lambda: queries.capacity(),
}


@pytest.fixture
def record(make_backend_install) -> Record:
    gt = make_backend_install("GT")
    run_demo(gt, seed=3, scale=1)
    with gt.engine.begin() as conn:  # missing values sort too
        some_meetings = select(Meeting.id).order_by(Meeting.id).limit(5).scalar_subquery()
        conn.execute(
            update(Meeting).where(Meeting.id.in_(some_meetings)).values(duration_minutes=None)
        )
        some_reports = select(ProgressReport.id).order_by(ProgressReport.id).limit(9)
        conn.execute(
            update(ProgressReport)
            .where(ProgressReport.id.in_(some_reports.scalar_subquery()))
            .values(percent=None)
        )
    return gt


def walk(query: TableQuery, record: Record, sort: str, descending: bool, size: int) -> list[str]:
    ids: list[str] = []
    cursor = None
    while True:
        page = query.page(record, cursor, size, sort, descending)
        ids += [row["id"] or row.get("result_id") for row in page.rows]
        if len(page.rows) < size:
            return ids
        cursor = page.cursor


@pytest.mark.parametrize("name", list(QUERIES))
def test_pages_join_into_the_whole_sorted_list(record: Record, name: str) -> None:
    query = QUERIES[name]()
    total = query.count(record)
    assert total > 0
    for sort in query.sort_keys:
        for descending in (False, True):
            whole = [
                row["id"] or row.get("result_id")
                for row in query.fetch(record, 0, total + 10, sort, descending)
            ]
            assert len(whole) == total
            paged = walk(query, record, sort, descending, size=7)
            assert paged == whole, (name, sort, descending)


def test_missing_values_come_first_ascending_and_last_descending(record: Record) -> None:
    query = queries.meetings()
    total = query.count(record)
    up = query.fetch(record, 0, total, "duration", False)
    down = query.fetch(record, 0, total, "duration", True)
    durations = [row["duration_minutes"] for row in up]
    assert None in durations
    assert durations == sorted(durations, key=lambda d: (d is not None, d or 0))
    assert [row["id"] for row in down] == [row["id"] for row in reversed(up)]


def test_the_text_filter_pages_too(record: Record) -> None:
    query = queries.meetings()
    word = query.fetch(record, 0, 1, "title", False)[0]["title"].split()[0]
    total = query.count(record, text=word)
    assert 0 < total <= query.count(record)
    page = query.page(record, None, 3, "title", False, text=word)
    rest = query.page(record, page.cursor, total, "title", False, text=word)
    assert len(page.rows) + len(rest.rows) == total
    assert len({row["id"] for row in page.rows + rest.rows}) == total


def test_a_jump_to_the_end_reads_the_last_rows(record: Record) -> None:
    query = queries.agreements(TODAY)
    total = query.count(record)
    whole = [row["id"] for row in query.fetch(record, 0, total, "text", True)]
    cursor = query.cursor_at(record, total - 6, "text", True)
    assert [row["id"] for row in query.page(record, cursor, 10, "text", True).rows] == whole[-5:]
    assert query.cursor_at(record, total, "text", True) is None
