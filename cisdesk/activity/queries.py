"""Paged, filtered and sorted reads of the activity record for the tables.

Each query is a :class:`TableQuery`: a select with named sort keys, fetched one
page at a time as plain dicts, so a regional record of a hundred thousand rows
is read two hundred rows at a time and sorted by the database, not in memory.
Tombstoned rows are never shown.
"""

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, and_, case, func, literal, select
from sqlalchemy.sql.elements import KeyedColumnElement

from cisdesk.activity import readmodel
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


@dataclass(frozen=True)
class TableQuery:
    """A select whose rows are read page by page, sorted by one of its named keys."""

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

    def ordered(self, sort: str | None, descending: bool | None) -> Select[Any]:
        key = sort if sort in self.sort_keys else self.default_sort
        desc = self.default_descending if descending is None else descending
        columns = [c.desc() if desc else c.asc() for c in self.sort_keys[key]]
        return self.statement.order_by(*columns, *self.tiebreak)

    def fetch(
        self,
        record: Record,
        offset: int,
        limit: int,
        sort: str | None = None,
        descending: bool | None = None,
    ) -> list[dict[str, Any]]:
        statement = self.ordered(sort, descending).offset(offset).limit(limit)
        with record.engine.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(statement)]
            if self.finish is not None and rows:
                self.finish(conn, rows)
        return rows

    def count(self, record: Record) -> int:
        counted = select(func.count()).select_from(self.statement.order_by(None).subquery())
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
    )


def _semester_order(column: ColumnElement[Any]) -> ColumnElement[Any]:
    """``"2018-II"`` → 20182 in SQL: semester labels compared as numbers."""
    year = func.substr(column, 1, 4)
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
    )


# --- meetings, agreements, follow-ups ----------------------------------------------------


def _agreement_count(*, open_only: bool) -> KeyedColumnElement[Any]:
    query = select(func.count(Agreement.id)).where(
        Agreement.meeting_id == Meeting.id, live(Agreement)
    )
    if open_only:
        query = query.where(Agreement.status.in_(OPEN_AGREEMENT))
    return query.scalar_subquery().label("open_agreements" if open_only else "agreements")


def _finish_meetings(_conn: Connection, rows: list[dict[str, Any]]) -> None:
    for row in rows:
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
            _agreement_count(open_only=False),
            _agreement_count(open_only=True),
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
    )


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
        select(
            AgreementFollowUp.agreement_id.label("agreement_id"),
            func.count(AgreementFollowUp.id).label("followups"),
            func.max(AgreementFollowUp.date).label("last_followup"),
        )
        .where(live(AgreementFollowUp))
        .group_by(AgreementFollowUp.agreement_id)
        .subquery()
    )
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
            func.coalesce(followups.c.followups, 0).label("followups"),
            followups.c.last_followup,
            overdue.label("overdue"),
        )
        .outerjoin(Meeting, Meeting.id == Agreement.meeting_id)
        .outerjoin(Committee, Committee.id == Meeting.committee_id)
        .outerjoin(followups, followups.c.agreement_id == Agreement.id)
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
            "followups": (func.coalesce(followups.c.followups, 0),),
        },
        "due",
        frozenset({"agreement", "agreement_followup", "meeting"}),
        tiebreak=(Agreement.id,),
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
    )


# --- lookups for filters and forms ------------------------------------------------------


def committees(record: Record) -> list[dict[str, Any]]:
    """The live committees, by code."""
    statement = (
        select(Committee.id, Committee.code, Committee.name)
        .where(live(Committee))
        .order_by(Committee.code)
    )
    with record.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(statement)]


def own_meetings(record: Record) -> list[dict[str, Any]]:
    """This install's live meetings, newest first (where an agreement can be recorded)."""
    statement = (
        select(Meeting.id, Meeting.date, Meeting.title, Meeting.kind)
        .where(live(Meeting), Meeting.owner == record.install.owner)
        .order_by(Meeting.date.desc(), Meeting.id)
    )
    with record.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(statement)]


def row_values(record: Record, model: Any, row_id: str) -> dict[str, Any] | None:
    """Every column of one row, for an edit form (None when gone)."""
    statement = select(*model.__table__.columns).where(model.id == row_id)
    with record.engine.connect() as conn:
        row = conn.execute(statement).first()
    return None if row is None else dict(row._mapping)


def owners(record: Record, model: Any) -> list[str]:
    """The owners that have live rows of ``model`` (for a country filter)."""
    statement = select(model.owner).where(live(model)).distinct().order_by(model.owner)
    with record.engine.connect() as conn:
        return [r[0] for r in conn.execute(statement)]
