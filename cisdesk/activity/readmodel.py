"""The rules every view of the record shares, in one place.

Home, the progress grid, the PDFs and the Excel files all read the record through
these rules, so they cannot disagree:

- **which report counts**: a country's latest live report on a result as of a
  semester. There is one report per (country, result, semester) since its id is
  derived from that key (:mod:`cisdesk.db.natural_keys`); should two still meet
  (a bundle from an older cisdesk before its import folds them), the one whose
  newest field was written last counts, then the larger id: :func:`report_rank`.
- **semesters**: keys, order, bounds, ranges;
- **committees**: the source document's order, PPS, MEI, CI;
- **result labels**: ``"PPS 1.2"`` (committee, milestone number, result number);
- **status vocabulary**: each status as a message code, ``status.progress.completed``;
  the catalogue (:mod:`cisdesk.messages`) holds the words.

It is plain Python and SQL: no Qt, no wording.
"""

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, Subquery, func, select
from sqlalchemy.orm import Session, aliased

from cisdesk.activity import home_figures
from cisdesk.countries import parse_semester, semester_label
from cisdesk.db.local import FieldVersion
from cisdesk.db.models import AgreementStatus, ProgressReport

# Plain (no SQLAlchemy), for Home's figures before the record is opened; here for callers.
semester_key = home_figures.semester_key
current_semester = home_figures.current_semester
NO_REPORT = home_figures.NO_REPORT
STATUS_ORDER = home_figures.STATUS_ORDER
Coverage = home_figures.Coverage
coverage = home_figures.coverage

# --- live rows ----------------------------------------------------------------------


def live(model: Any) -> ColumnElement[bool]:
    """Not tombstoned (a replica may hold a row whose ``deleted`` it has not received)."""
    return model.deleted.is_not(True)


# --- semesters ------------------------------------------------------------------------


def semester_sort_key(label: str | None) -> tuple[int, int]:
    """Sort key of a semester label; unreadable labels sort first."""
    return semester_key(label) or (0, 0)


def semester_number(label: str) -> int:
    """``"2018-II"`` → 20182: the order of semesters as one number (also in SQL)."""
    year, half = parse_semester(label)
    return year * 10 + half


def next_semester(label: str) -> str:
    year, half = parse_semester(label)
    return semester_label(year, 2) if half == 1 else semester_label(year + 1, 1)


def semesters_between(first: str, last: str) -> list[str]:
    """Every semester from ``first`` to ``last``, both included, oldest first."""
    out: list[str] = []
    label, end = first, parse_semester(last)
    while parse_semester(label) <= end:
        out.append(label)
        label = next_semester(label)
    return out


def semester_bounds(label: str) -> tuple[dt.date, dt.date]:
    """First and last day of a semester."""
    year, half = parse_semester(label)
    if half == 1:
        return dt.date(year, 1, 1), dt.date(year, 6, 30)
    return dt.date(year, 7, 1), dt.date(year, 12, 31)


# --- committees and results --------------------------------------------------------------

#: The order of the committees in the source document.
COMMITTEE_ORDER: tuple[str, ...] = ("PPS", "MEI", "CI")


def committee_sort_key(code: str | None) -> tuple[int, str]:
    """Known committees in the document's order, any other after them by code."""
    code = code or ""
    index = COMMITTEE_ORDER.index(code) if code in COMMITTEE_ORDER else len(COMMITTEE_ORDER)
    return (index, code)


def result_label(committee_code: str, milestone_number: int | None, number: int | None) -> str:
    """``"PPS 1.2"``: how every view names a result of the plan."""
    return f"{committee_code} {milestone_number or 0}.{number or 0}"


def result_sort_key(
    committee_code: str, milestone_number: int | None, number: int | None
) -> tuple[int, str, int, int]:
    return (*committee_sort_key(committee_code), milestone_number or 0, number or 0)


# --- status vocabulary ------------------------------------------------------------------

#: Agreement statuses that are still open (can become overdue).
OPEN_AGREEMENT: tuple[str, ...] = (
    AgreementStatus.PENDING.value,
    AgreementStatus.IN_PROGRESS.value,
)


def status_code(kind: str, value: str | None) -> str:
    """The catalogue code naming a status: ``status_code("progress", "completed")`` is
    ``"status.progress.completed"``; no report (None or :data:`NO_REPORT`) is
    ``"status.progress.none"``. The catalogue's ``status`` area holds the words."""
    return f"status.{kind}.{'none' if value in (None, NO_REPORT) else value}"


# --- means of progress ------------------------------------------------------------------


# --- which report counts ---------------------------------------------------------------

Rank = tuple[tuple[int, int], int, str]


def report_rank(semester: str | None, newest_hlc: int | None, row_id: str) -> Rank:
    """Order of reports: the later semester, then the last written, then the larger id.

    The report of the greatest rank among a country's reports on a result counts.
    """
    return (semester_sort_key(semester), newest_hlc or 0, row_id)


def newest_versions(table: str = ProgressReport.__tablename__) -> Subquery:
    """``(row_id, hlc)``: the clock of the newest field written on each row of ``table``."""
    return (
        select(FieldVersion.row_id, func.max(FieldVersion.hlc).label("hlc"))
        .where(FieldVersion.tbl == table)
        .group_by(FieldVersion.row_id)
        .subquery()
    )


@dataclass(frozen=True)
class CountedReport:
    """A live progress report with what decides whether it counts."""

    id: str
    country: str
    result_id: str
    semester: str
    status: str | None
    percent: int | None
    note: str | None
    hlc: int
    #: ``semester`` as (year, half), parsed once: reports are sorted by it constantly.
    sem: tuple[int, int] = (0, 0)

    @property
    def rank(self) -> Rank:
        return (self.sem, self.hlc, self.id)


def live_reports(
    conn: Connection | Session,
    *,
    countries: Iterable[str] | None = None,
    result_ids: Iterable[str] | None = None,
) -> Iterator[CountedReport]:
    """Every live, well-formed progress report (of ``countries`` when given)."""
    newest = newest_versions()
    query = (
        select(
            ProgressReport.id,
            ProgressReport.owner,
            ProgressReport.result_id,
            ProgressReport.semester,
            ProgressReport.status,
            ProgressReport.percent,
            ProgressReport.note,
            newest.c.hlc,
        )
        .outerjoin(newest, newest.c.row_id == ProgressReport.id)
        .where(live(ProgressReport))
    )
    if countries is not None:
        query = query.where(ProgressReport.owner.in_(list(countries)))
    if result_ids is not None:
        query = query.where(ProgressReport.result_id.in_(list(result_ids)))
    for row_id, owner, result_id, semester, status, percent, note, hlc in conn.execute(query):
        sem = semester_key(semester)
        if not result_id or sem is None:
            continue
        yield CountedReport(
            row_id, owner, result_id, semester, status, percent, note, hlc or 0, sem
        )


def counting(
    reports: Iterable[CountedReport],
    *,
    as_of: str | None = None,
    year: int | None = None,
    up_to_year: int | None = None,
    semester: str | None = None,
) -> dict[tuple[str, str], CountedReport]:
    """The report that counts per (country, result id).

    ``as_of`` keeps semesters up to that one; ``year`` that year's two semesters;
    ``up_to_year`` those up to its end; ``semester`` that semester only.
    """
    limit = parse_semester(as_of) if as_of else None
    best: dict[tuple[str, str], CountedReport] = {}
    for report in reports:
        key_semester = report.sem
        if limit is not None and key_semester > limit:
            continue
        if year is not None and key_semester[0] != year:
            continue
        if up_to_year is not None and key_semester[0] > up_to_year:
            continue
        if semester is not None and report.semester != semester:
            continue
        key = (report.country, report.result_id)
        held = best.get(key)
        if held is None or report.rank > held.rank:
            best[key] = report
    return best


def counting_per_semester(
    reports: Iterable[CountedReport],
) -> dict[tuple[str, str, str], CountedReport]:
    """The report that counts per (country, result id, semester)."""
    best: dict[tuple[str, str, str], CountedReport] = {}
    for report in reports:
        key = (report.country, report.result_id, report.semester)
        held = best.get(key)
        if held is None or report.rank > held.rank:
            best[key] = report
    return best


def counting_report_id(owner: Any, result_id: Any, semester: Any) -> ColumnElement[Any]:
    """SQL: the id of the report that counts for ``owner`` on ``result_id`` in ``semester``
    (a correlated scalar subquery, for queries that list results with their report)."""
    twin = aliased(ProgressReport)
    newest = (
        select(func.coalesce(func.max(FieldVersion.hlc), 0))
        .where(FieldVersion.row_id == twin.id)
        .scalar_subquery()
    )
    return (
        select(twin.id)
        .where(
            twin.owner == owner,
            twin.result_id == result_id,
            twin.semester == semester,
            live(twin),
        )
        .order_by(newest.desc(), twin.id.desc())
        .limit(1)
        .scalar_subquery()
    )
