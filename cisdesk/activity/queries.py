"""Paged, filtered and sorted reads of the activity record for the tables.

Each query is a :class:`TableQuery`: a select with named sort keys, fetched one
page at a time as plain dicts, so a regional record of a hundred thousand rows
is read two hundred rows at a time and sorted by the database, not in memory.
Tombstoned rows are never shown.
"""

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, NamedTuple

from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    Select,
    and_,
    case,
    cast,
    false,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.sql.elements import KeyedColumnElement

from cisdesk.activity import readmodel, search
from cisdesk.activity.meetings import exceeds_virtual_limit
from cisdesk.countries import REGIONAL
from cisdesk.db.models import (
    Agreement,
    AgreementFollowUp,
    CapacityActivity,
    Committee,
    Delegate,
    Evidence,
    Meeting,
    Milestone,
    ProgressReport,
    Proposal,
    ProposalStep,
    Result,
    Strategy,
)
from cisdesk.db.record import Record

#: Status filter value meaning "results this country has not reported on".
NO_REPORT = readmodel.NO_REPORT
OPEN_AGREEMENT = readmodel.OPEN_AGREEMENT
live = readmodel.live
semester_dates = readmodel.semester_bounds


class Page(NamedTuple):
    """One page of rows and where the next one starts (None: nothing was read)."""

    rows: list[dict[str, Any]]
    cursor: tuple[Any, ...] | None


def _order_terms(column: ColumnElement[Any], descending: bool, dialect: str) -> list[Any]:
    """NULLs before every value ascending, after them descending, on every backend.

    That is SQLite's own order, so its indexes still serve the sort; PostgreSQL (NULLs
    last ascending by default) is told so explicitly.
    """
    if dialect == "sqlite":
        return [column.desc() if descending else column.asc()]
    return [column.desc().nulls_last() if descending else column.asc().nulls_first()]


def _value(column: ColumnElement[Any], value: Any) -> ColumnElement[Any]:
    """A bound value typed like its column (booleans too compare with < and >)."""
    return literal(value, type_=column.type)


def _same(column: ColumnElement[Any], value: Any) -> ColumnElement[bool]:
    return column.is_(None) if value is None else column == _value(column, value)


def _beyond(column: ColumnElement[Any], value: Any, descending: bool) -> ColumnElement[bool]:
    """Rows that sort after ``value`` on ``column`` (in the order of :func:`_order_terms`)."""
    if descending:
        return false() if value is None else or_(column < _value(column, value), column.is_(None))
    return column.is_not(None) if value is None else column > _value(column, value)


def after_clause(
    columns: Sequence[ColumnElement[Any]], values: Sequence[Any], descending: bool
) -> ColumnElement[bool]:
    """Keyset condition: rows after the one whose sort values are ``values``."""
    clauses = []
    for position, (column, value) in enumerate(zip(columns, values, strict=True)):
        equal = [_same(c, v) for c, v in zip(columns[:position], values[:position], strict=True)]
        clauses.append(and_(*equal, _beyond(column, value, descending)))
    return or_(*clauses)


def after_parts(
    columns: Sequence[ColumnElement[Any]], values: Sequence[Any], descending: bool
) -> list[ColumnElement[bool]]:
    """:func:`after_clause` as conditions read one after the other, each a plain range on
    the first sort column that its index can serve (an OR with ``IS NULL`` would make
    the database read and sort every row): first the rest of the cursor's own zone
    (values, or NULLs), then the zone that follows it, if any."""
    first, value = columns[0], values[0]
    exact = after_clause(columns, values, descending)
    if value is None:
        rest = [and_(first.is_(None), exact)]
        return rest if descending else [*rest, first.is_not(None)]  # NULLs first ascending
    if descending:
        return [and_(first <= _value(first, value), exact), first.is_(None)]
    return [and_(first >= _value(first, value), exact)]


@dataclass(frozen=True)
class TableQuery:
    """A select whose rows are read page by page, sorted by one of its named keys.

    Pages follow each other by keyset (the sort values of the last row read), not
    by OFFSET, so the thousandth page costs what the first does; the tiebreak
    columns make the order total, so pages neither overlap nor skip rows.
    """

    statement: Select[Any]
    sort_keys: Mapping[str, tuple[ColumnElement[Any], ...]]
    default_sort: str
    #: Tables whose changes make the query's result stale.
    tables: frozenset[str]
    #: Columns that make the order total, so pages neither overlap nor skip rows.
    tiebreak: tuple[ColumnElement[Any], ...] = ()
    #: Adds derived values to a fetched page (one extra query per page, not per row).
    finish: Callable[[Connection, list[dict[str, Any]]], None] | None = None
    default_descending: bool = False
    #: (searched table, its id column in the statement): what the text filter looks in.
    searched: tuple[tuple[str, ColumnElement[Any]], ...] = ()

    def order_columns(self, sort: str | None) -> list[ColumnElement[Any]]:
        key = sort if sort in self.sort_keys else self.default_sort
        return [*self.sort_keys[key], *self.tiebreak]

    def direction(self, descending: bool | None) -> bool:
        return self.default_descending if descending is None else descending

    def ordered(
        self, sort: str | None, descending: bool | None, dialect: str = "sqlite"
    ) -> Select[Any]:
        desc = self.direction(descending)
        terms = [t for c in self.order_columns(sort) for t in _order_terms(c, desc, dialect)]
        return self.statement.order_by(*terms)

    def filtered(self, dialect: str, text: str | None) -> "TableQuery":
        """This query restricted to rows whose text (or a joined row's) matches ``text``."""
        if not text or not text.strip() or not self.searched:
            return self
        clause = or_(
            *(search.matches(dialect, table, column, text) for table, column in self.searched)
        )
        return replace(self, statement=self.statement.where(clause))

    def _keyed(
        self, dialect: str, sort: str | None, descending: bool | None, text: str | None
    ) -> tuple["TableQuery", list[ColumnElement[Any]], bool, Select[Any]]:
        """The query (filtered), its order columns and direction, and the ordered select
        carrying each order column's value as ``_key0``, ``_key1``… (the cursor)."""
        query = self.filtered(dialect, text)
        columns = query.order_columns(sort)
        statement = query.ordered(sort, descending, dialect).add_columns(
            *(c.label(f"_key{i}") for i, c in enumerate(columns))
        )
        return query, columns, query.direction(descending), statement

    def page(
        self,
        record: Record,
        after: tuple[Any, ...] | None,
        limit: int,
        sort: str | None = None,
        descending: bool | None = None,
        text: str | None = None,
    ) -> Page:
        """``limit`` rows after the row whose cursor is ``after`` (None: the first page).

        With a search ``text``, the index first says which searched tables have hits and
        how many (:func:`search.plan`): none, no rows; many, the rows are read in the
        page's order and each tested (:meth:`_walk`); few, the hits are read and sorted.
        On PostgreSQL the rows are read in order filtered by the test, the database
        stopping when the page is full.
        """
        dialect = search.dialect_of(record)
        with record.engine.connect() as conn:
            query = self
            plan = None
            if text and text.strip() and self.searched:
                plan = search.plan(conn, [table for table, _column in self.searched], text)
                searched = tuple(s for s in self.searched if s[0] in plan.tables)
                if not searched:
                    return Page([], None)
                query = replace(self, searched=searched)
            walk = plan is not None and plan.in_order
            query, columns, desc, statement = query._keyed(dialect, sort, descending, None)
            parts = [None] if after is None else after_parts(columns, after, desc)
            if plan is None:
                rows = self._read(conn, statement, parts, limit)
            elif walk and dialect != "sqlite":  # tested as read, the database stops when full
                test = search.row_test(dialect, query.searched, text or "", self.searched[0][0])
                rows = self._read(conn, statement.where(test), parts, limit)
            else:
                filtered = query._keyed(dialect, sort, descending, text)[3]
                if walk:
                    test = search.row_test(dialect, query.searched, text or "")
                    rows = self._walk(conn, statement, filtered, test, columns, desc, parts, limit)
                else:
                    rows = self._read_hits(conn, statement, filtered, columns, parts, limit)
            names = [f"_key{i}" for i in range(len(columns))]
            cursors = [tuple(row.pop(name) for name in names) for row in rows]
            if query.finish is not None and rows:
                query.finish(conn, rows)
        return Page(rows, cursors[-1] if cursors else None)

    @staticmethod
    def _read(
        conn: Connection, statement: Select[Any], parts: Sequence[Any], limit: int
    ) -> list[dict[str, Any]]:
        """Up to ``limit`` rows of ``statement``, zone after zone (see :func:`after_parts`)."""
        rows: list[dict[str, Any]] = []
        for part in parts:
            chosen = statement if part is None else statement.where(part)
            rows += [dict(r._mapping) for r in conn.execute(chosen.limit(limit - len(rows)))]
            if len(rows) >= limit:
                break
        return rows

    @staticmethod
    def _read_hits(
        conn: Connection,
        statement: Select[Any],
        filtered: Select[Any],
        columns: list[ColumnElement[Any]],
        parts: Sequence[Any],
        limit: int,
    ) -> list[dict[str, Any]]:
        """Up to ``limit`` rows of ``filtered`` (a search's hits), read in two steps: the
        sort values of the hits, sorted and cut to the page, then the page's whole rows
        (``statement``, by the last order column, unique). Sorting thousands of hits
        with every column they show would cost twice as much."""
        keys = filtered.with_only_columns(*(c.label(f"_key{i}") for i, c in enumerate(columns)))
        last = f"_key{len(columns) - 1}"
        found = [row[last] for row in TableQuery._read(conn, keys, parts, limit)]
        if not found:
            return []
        # By id, unordered (an order would make the database walk its whole index):
        # the page's order is the one the sort values came in.
        chosen = statement.order_by(None).where(columns[-1].in_(found))
        rows = {row[last]: row for row in (dict(r._mapping) for r in conn.execute(chosen))}
        return [rows[key] for key in found]

    def _walk(
        self,
        conn: Connection,
        statement: Select[Any],
        filtered: Select[Any],
        test: ColumnElement[bool],
        columns: list[ColumnElement[Any]],
        desc: bool,
        parts: Sequence[Any],
        limit: int,
    ) -> list[dict[str, Any]]:
        """The page of a search that matches many rows: the rows of the unfiltered
        ``statement`` in its order, each tested, until the page is full; after
        :data:`search.WALK_ROWS` rows without filling it, the rest is read from the
        index's hits (``filtered``)."""
        rows: list[dict[str, Any]] = []
        for part in parts:
            chosen = statement if part is None else statement.where(part)
            walked = chosen.add_columns(test.label("_hit")).limit(search.WALK_ROWS).subquery()
            found = conn.execute(
                select(*(c for c in walked.c if c.name != "_hit"))
                .where(walked.c._hit)
                .limit(limit - len(rows))
            )
            rows += [dict(r._mapping) for r in found]
            if len(rows) >= limit:
                break
            keys = chosen.with_only_columns(*(c.label(f"_key{i}") for i, c in enumerate(columns)))
            edge = conn.execute(keys.offset(search.WALK_ROWS - 1).limit(1)).first()
            if edge is not None:  # rows remain past those tested: the index reads them
                rest = after_parts(columns, tuple(edge), desc)
                rows += self._read_hits(conn, statement, filtered, columns, rest, limit - len(rows))
                break
        return rows

    def cursor_at(
        self,
        record: Record,
        position: int,
        sort: str | None = None,
        descending: bool | None = None,
        text: str | None = None,
    ) -> tuple[Any, ...] | None:
        """The cursor of the row at ``position`` (0 = first): a jump, e.g. to the end."""
        _query, columns, _desc, statement = self._keyed(
            search.dialect_of(record), sort, descending, text
        )
        with record.engine.connect() as conn:
            row = conn.execute(statement.offset(position).limit(1)).first()
        if row is None:
            return None
        return tuple(row._mapping[f"_key{i}"] for i in range(len(columns)))

    def fetch(
        self,
        record: Record,
        offset: int,
        limit: int,
        sort: str | None = None,
        descending: bool | None = None,
        text: str | None = None,
    ) -> list[dict[str, Any]]:
        """Rows by position, for reports and exports that want a slice; tables use :meth:`page`."""
        dialect = search.dialect_of(record)
        query = self.filtered(dialect, text)
        statement = query.ordered(sort, descending, dialect).offset(offset).limit(limit)
        with record.engine.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(statement)]
            if query.finish is not None and rows:
                query.finish(conn, rows)
        return rows

    def count(self, record: Record, text: str | None = None) -> int:
        query = self.filtered(search.dialect_of(record), text)
        counted = select(func.count()).select_from(query.statement.order_by(None).subquery())
        with record.engine.connect() as conn:
            return int(conn.execute(counted).scalar_one())


def _owner_filter(model: Any, owner: str | None) -> list[ColumnElement[bool]]:
    return [] if owner is None else [model.owner == owner]


# --- progress --------------------------------------------------------------------------


def _evidence_count(report: Any) -> ColumnElement[Any]:
    """For sorting by evidence only; shown counts come from :func:`_count_evidence`."""
    return (
        select(func.count(Evidence.id))
        .where(Evidence.progress_report_id == report.id, live(Evidence))
        .scalar_subquery()
    )


def _count_evidence(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Evidence files per report, for one page of rows."""
    ids = [row["id"] for row in rows if row["id"] is not None]
    counts: dict[str, int] = {}
    if ids:
        statement = (
            select(Evidence.progress_report_id, func.count(Evidence.id))
            .where(Evidence.progress_report_id.in_(ids), live(Evidence))
            .group_by(Evidence.progress_report_id)
        )
        counts = {report_id: count for report_id, count in conn.execute(statement)}
    for row in rows:
        row["evidence_count"] = counts.get(row["id"], 0)


def _plan_columns() -> list[Any]:
    return [
        Result.id.label("result_id"),
        Committee.id.label("committee_id"),
        Committee.code.label("committee_code"),
        Milestone.number.label("milestone_number"),
        Milestone.text.label("milestone_text"),
        Result.number.label("result_number"),
        Result.text.label("result_text"),
        Result.start_semester.label("start_semester"),
    ]


def _plan_join(statement: Select[Any]) -> Select[Any]:
    return (
        statement.join(Milestone, Milestone.id == Result.milestone_id)
        .join(Strategy, Strategy.id == Milestone.strategy_id)
        .join(Committee, Committee.id == Strategy.committee_id)
        .where(live(Result), live(Milestone))
    )


#: A progress row matches by its note, or by its result's or milestone's text.
_PROGRESS_SEARCH = (
    ("progress_report", ProgressReport.id),
    ("result", Result.id),
    ("milestone", Milestone.id),
)


def _progress_sorts() -> dict[str, tuple[ColumnElement[Any], ...]]:
    plan_order = (Committee.code, Milestone.number, Result.number)
    return {
        "plan": plan_order,
        "result": (Result.text,),
        "start": (Result.start_semester, *plan_order),
        "semester": (ProgressReport.semester, *plan_order),
        "owner": (ProgressReport.owner, *plan_order),
        "status": (ProgressReport.status, *plan_order),
        "percent": (ProgressReport.percent, *plan_order),
        "note": (ProgressReport.note,),
        "evidence": (_evidence_count(ProgressReport),),
    }


def progress_grid(
    owner: str,
    semester: str,
    *,
    committee_id: str | None = None,
    status: str | None = None,
) -> TableQuery:
    """Every result of the plan with ``owner``'s report for ``semester`` (if any)."""
    # The report that counts, as every view decides it (readmodel).
    chosen = readmodel.counting_report_id(owner, Result.id, semester)
    on = ProgressReport.id == chosen
    statement = _plan_join(
        select(
            *_plan_columns(),
            ProgressReport.id.label("id"),
            literal(owner).label("owner"),
            literal(semester).label("semester"),
            ProgressReport.status.label("status"),
            ProgressReport.percent.label("percent"),
            ProgressReport.note.label("note"),
        )
        .select_from(Result)
        .outerjoin(ProgressReport, on)
    )
    # A result is listed from the semester it starts in.
    statement = statement.where(
        (Result.start_semester.is_(None))
        | (_semester_order(Result.start_semester) <= _key(semester))
    )
    # Countries report the country results; SISCA (REG) reports the regional ones.
    if owner == REGIONAL:
        statement = statement.where(Result.regional.is_(True))
    else:
        statement = statement.where(Result.regional.is_not(True))
    if committee_id:
        statement = statement.where(Committee.id == committee_id)
    if status == NO_REPORT:
        statement = statement.where(ProgressReport.id.is_(None))
    elif status:
        statement = statement.where(ProgressReport.status == status)
    return TableQuery(
        statement,
        _progress_sorts(),
        "plan",
        frozenset({"progress_report", "evidence", "result", "milestone"}),
        tiebreak=(Result.id,),
        finish=_count_evidence,
        searched=_PROGRESS_SEARCH,
    )


def _semester_order(column: ColumnElement[Any]) -> ColumnElement[Any]:
    """``"2018-II"`` → 20182 in SQL: semester labels compared as numbers."""
    year = cast(func.substr(column, 1, 4), Integer)
    return year * 10 + case((func.substr(column, 6) == "II", 2), else_=1)


def _key(label: str) -> int:
    return readmodel.semester_number(label)


def progress_list(
    *,
    owner: str | None = None,
    semester: str | None = None,
    committee_id: str | None = None,
    status: str | None = None,
) -> TableQuery:
    """Progress reports (of every country, or one), newest semester first."""
    statement = _plan_join(
        select(
            *_plan_columns(),
            ProgressReport.id.label("id"),
            ProgressReport.owner.label("owner"),
            ProgressReport.semester.label("semester"),
            ProgressReport.status.label("status"),
            ProgressReport.percent.label("percent"),
            ProgressReport.note.label("note"),
        )
        .select_from(ProgressReport)
        .join(Result, Result.id == ProgressReport.result_id)
    ).where(live(ProgressReport), *_owner_filter(ProgressReport, owner))
    if semester:
        statement = statement.where(ProgressReport.semester == semester)
    if committee_id:
        statement = statement.where(Committee.id == committee_id)
    if status and status != NO_REPORT:
        statement = statement.where(ProgressReport.status == status)
    elif status == NO_REPORT:
        statement = statement.where(literal(False))
    return TableQuery(
        statement,
        _progress_sorts(),
        "semester",
        frozenset({"progress_report", "evidence", "result", "milestone"}),
        tiebreak=(ProgressReport.id,),
        finish=_count_evidence,
        default_descending=True,
        searched=_PROGRESS_SEARCH,
    )


# --- meetings, agreements, follow-ups ----------------------------------------------------


def _agreement_count(*, open_only: bool) -> KeyedColumnElement[Any]:
    query = select(func.count(Agreement.id)).where(
        Agreement.meeting_id == Meeting.id, live(Agreement)
    )
    if open_only:
        query = query.where(Agreement.status.in_(OPEN_AGREEMENT))
    return query.scalar_subquery().label("open_agreements" if open_only else "agreements")


def _finish_meetings(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Agreement counts and the virtual-length flag, for one page of meetings only."""
    ids = [row["id"] for row in rows]
    counts: dict[str, tuple[int, int]] = {}
    if ids:
        open_count = func.sum(case((Agreement.status.in_(OPEN_AGREEMENT), 1), else_=0))
        statement = (
            select(Agreement.meeting_id, func.count(Agreement.id), open_count)
            .where(Agreement.meeting_id.in_(ids), live(Agreement))
            .group_by(Agreement.meeting_id)
        )
        counts = {meeting: (int(n), int(o or 0)) for meeting, n, o in conn.execute(statement)}
    for row in rows:
        row["agreements"], row["open_agreements"] = counts.get(row["id"], (0, 0))
        row["exceeds_virtual_limit"] = exceeds_virtual_limit(
            bool(row["virtual"]), row["duration_minutes"]
        )


def meetings(
    *,
    owner: str | None = None,
    committee_id: str | None = None,
    semester: str | None = None,
    kind: str | None = None,
) -> TableQuery:
    """Meetings, newest first."""
    statement = (
        select(
            Meeting.id,
            Meeting.owner,
            Meeting.kind,
            Meeting.committee_id,
            Committee.code.label("committee_code"),
            Meeting.title,
            Meeting.date,
            Meeting.duration_minutes,
            Meeting.virtual,
            Meeting.place,
            Meeting.participants,
        )
        .outerjoin(Committee, Committee.id == Meeting.committee_id)
        .where(live(Meeting), *_owner_filter(Meeting, owner))
    )
    if committee_id:
        statement = statement.where(Meeting.committee_id == committee_id)
    if kind:
        statement = statement.where(Meeting.kind == kind)
    if semester:
        first, last = semester_dates(semester)
        statement = statement.where(Meeting.date.between(first, last))
    return TableQuery(
        statement,
        {
            "date": (Meeting.date,),
            "kind": (Meeting.kind, Meeting.date),
            "committee": (Committee.code, Meeting.date),
            "title": (Meeting.title,),
            "duration": (Meeting.duration_minutes,),
            "virtual": (Meeting.virtual, Meeting.date),
            "owner": (Meeting.owner, Meeting.date),
            "agreements": (_agreement_count(open_only=False),),
        },
        "date",
        frozenset({"meeting", "agreement"}),
        tiebreak=(Meeting.id,),
        finish=_finish_meetings,
        default_descending=True,
        searched=(("meeting", Meeting.id),),
    )


def _finish_agreements(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Follow-up count and latest date, for one page of agreements only."""
    ids = [row["id"] for row in rows]
    found: dict[str, tuple[int, Any]] = {}
    if ids:
        statement = (
            select(
                AgreementFollowUp.agreement_id,
                func.count(AgreementFollowUp.id),
                func.max(AgreementFollowUp.date),
            )
            .where(AgreementFollowUp.agreement_id.in_(ids), live(AgreementFollowUp))
            .group_by(AgreementFollowUp.agreement_id)
        )
        found = {agreement: (int(n), last) for agreement, n, last in conn.execute(statement)}
    for row in rows:
        row["followups"], row["last_followup"] = found.get(row["id"], (0, None))


def overdue_clause(today: dt.date) -> ColumnElement[bool]:
    """SQL form of :meth:`Agreement.is_overdue`."""
    return and_(
        live(Agreement),
        Agreement.status.in_(OPEN_AGREEMENT),
        Agreement.due_date.is_not(None),
        Agreement.due_date < today,
    )


def agreements(
    today: dt.date,
    *,
    owner: str | None = None,
    meeting_id: str | None = None,
    committee_id: str | None = None,
    status: str | None = None,
    responsible: str | None = None,
    only_overdue: bool = False,
) -> TableQuery:
    """Agreements with their meeting and follow-up state; overdue ones marked."""
    followups = (
        select(func.count(AgreementFollowUp.id))
        .where(AgreementFollowUp.agreement_id == Agreement.id, live(AgreementFollowUp))
        .scalar_subquery()
    )  # for sorting by it only; shown counts come from _finish_agreements
    overdue = case((overdue_clause(today), True), else_=False)
    statement = (
        select(
            Agreement.id,
            Agreement.owner,
            Agreement.meeting_id,
            Meeting.title.label("meeting_title"),
            Meeting.date.label("meeting_date"),
            Meeting.kind.label("meeting_kind"),
            Committee.code.label("committee_code"),
            Agreement.text,
            Agreement.responsible_country,
            Agreement.due_date,
            Agreement.status,
            overdue.label("overdue"),
        )
        .outerjoin(Meeting, Meeting.id == Agreement.meeting_id)
        .outerjoin(Committee, Committee.id == Meeting.committee_id)
        .where(live(Agreement), *_owner_filter(Agreement, owner))
    )
    if meeting_id is not None:  # "" = no meeting chosen: no agreements
        statement = statement.where(Agreement.meeting_id == meeting_id)
    if committee_id:
        statement = statement.where(Meeting.committee_id == committee_id)
    if status:
        statement = statement.where(Agreement.status == status)
    if responsible:
        statement = statement.where(Agreement.responsible_country == responsible)
    if only_overdue:
        statement = statement.where(overdue_clause(today))
    return TableQuery(
        statement,
        {
            "due": (Agreement.due_date,),
            "meeting": (Meeting.date, Agreement.due_date),
            "text": (Agreement.text,),
            "responsible": (Agreement.responsible_country, Agreement.due_date),
            "status": (Agreement.status, Agreement.due_date),
            "overdue": (overdue, Agreement.due_date),
            "committee": (Committee.code, Agreement.due_date),
            "owner": (Agreement.owner, Agreement.due_date),
            "followups": (followups,),
        },
        "due",
        frozenset({"agreement", "agreement_followup", "meeting"}),
        tiebreak=(Agreement.id,),
        finish=_finish_agreements,
        # The meeting by the agreement's own column: both then look up agreement's indexes.
        searched=(("agreement", Agreement.id), ("meeting", Agreement.meeting_id)),
    )


def followups(agreement_id: str) -> TableQuery:
    """The follow-ups of one agreement, newest first."""
    statement = select(
        AgreementFollowUp.id,
        AgreementFollowUp.owner,
        AgreementFollowUp.agreement_id,
        AgreementFollowUp.date,
        AgreementFollowUp.status,
        AgreementFollowUp.note,
    ).where(AgreementFollowUp.agreement_id == agreement_id, live(AgreementFollowUp))
    return TableQuery(
        statement,
        {
            "date": (AgreementFollowUp.date,),
            "status": (AgreementFollowUp.status, AgreementFollowUp.date),
            "note": (AgreementFollowUp.note,),
        },
        "date",
        frozenset({"agreement_followup"}),
        tiebreak=(AgreementFollowUp.id,),
        default_descending=True,
        searched=(("agreement_followup", AgreementFollowUp.id),),
    )


# --- delegates, proposals, capacity building ------------------------------------------------


def delegates(*, owner: str | None = None, committee_id: str | None = None) -> TableQuery:
    statement = (
        select(
            Delegate.id,
            Delegate.owner,
            Delegate.committee_id,
            Committee.code.label("committee_code"),
            Delegate.name,
            Delegate.institution,
            Delegate.position,
            Delegate.email,
            Delegate.phone,
            Delegate.is_focal_point,
        )
        .outerjoin(Committee, Committee.id == Delegate.committee_id)
        .where(live(Delegate), *_owner_filter(Delegate, owner))
    )
    if committee_id:
        statement = statement.where(Delegate.committee_id == committee_id)
    return TableQuery(
        statement,
        {
            "name": (Delegate.name,),
            "institution": (Delegate.institution, Delegate.name),
            "position": (Delegate.position, Delegate.name),
            "committee": (Committee.code, Delegate.name),
            "email": (Delegate.email,),
            "phone": (Delegate.phone,),
            "focal": (Delegate.is_focal_point, Delegate.name),
            "owner": (Delegate.owner, Delegate.name),
        },
        "name",
        frozenset({"delegate"}),
        tiebreak=(Delegate.id,),
        searched=(("delegate", Delegate.id),),
    )


def _proposal_status() -> ColumnElement[Any]:
    """A proposal's status: the furthest step of its path, else the status it was saved with."""
    rank = case(
        {"raised": 1, "submitted": 2, "on_agenda": 3, "adopted": 4, "declined": 4},
        value=ProposalStep.step,
        else_=0,
    )
    furthest = (
        select(ProposalStep.step)
        .where(ProposalStep.proposal_id == Proposal.id, live(ProposalStep))
        .order_by(rank.desc(), ProposalStep.date.desc())
        .limit(1)
        .scalar_subquery()
    )
    return func.coalesce(furthest, Proposal.status)


def proposals(
    *,
    owner: str | None = None,
    committee_id: str | None = None,
    status: str | None = None,
    semester: str | None = None,
) -> TableQuery:
    current = _proposal_status()
    statement = (
        select(
            Proposal.id,
            Proposal.owner,
            Proposal.committee_id,
            Committee.code.label("committee_code"),
            Proposal.title,
            Proposal.description,
            Proposal.date,
            current.label("status"),
        )
        .outerjoin(Committee, Committee.id == Proposal.committee_id)
        .where(live(Proposal), *_owner_filter(Proposal, owner))
    )
    if committee_id:
        statement = statement.where(Proposal.committee_id == committee_id)
    if status:
        statement = statement.where(current == status)
    if semester:
        first, last = semester_dates(semester)
        statement = statement.where(Proposal.date.between(first, last))
    return TableQuery(
        statement,
        {
            "date": (Proposal.date,),
            "title": (Proposal.title,),
            "committee": (Committee.code, Proposal.date),
            "status": (current, Proposal.date),
            "owner": (Proposal.owner, Proposal.date),
        },
        "date",
        frozenset({"proposal", "proposal_step"}),
        tiebreak=(Proposal.id,),
        default_descending=True,
        searched=(("proposal", Proposal.id),),
    )


def capacity(
    *,
    owner: str | None = None,
    committee_id: str | None = None,
    kind: str | None = None,
    semester: str | None = None,
) -> TableQuery:
    statement = (
        select(
            CapacityActivity.id,
            CapacityActivity.owner,
            CapacityActivity.kind,
            CapacityActivity.committee_id,
            Committee.code.label("committee_code"),
            CapacityActivity.title,
            CapacityActivity.date,
            CapacityActivity.extra_regional,
            CapacityActivity.participants,
            CapacityActivity.description,
        )
        .outerjoin(Committee, Committee.id == CapacityActivity.committee_id)
        .where(live(CapacityActivity), *_owner_filter(CapacityActivity, owner))
    )
    if committee_id:
        statement = statement.where(CapacityActivity.committee_id == committee_id)
    if kind:
        statement = statement.where(CapacityActivity.kind == kind)
    if semester:
        first, last = semester_dates(semester)
        statement = statement.where(CapacityActivity.date.between(first, last))
    return TableQuery(
        statement,
        {
            "date": (CapacityActivity.date,),
            "kind": (CapacityActivity.kind, CapacityActivity.date),
            "title": (CapacityActivity.title,),
            "committee": (Committee.code, CapacityActivity.date),
            "extra_regional": (CapacityActivity.extra_regional, CapacityActivity.date),
            "participants": (CapacityActivity.participants,),
            "owner": (CapacityActivity.owner, CapacityActivity.date),
        },
        "date",
        frozenset({"capacity_activity"}),
        tiebreak=(CapacityActivity.id,),
        default_descending=True,
        searched=(("capacity_activity", CapacityActivity.id),),
    )
