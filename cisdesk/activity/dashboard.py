"""Statistics for the Home page, computed from the record without Qt.

A country install looks at its own country's work; SISCA looks at every country
and also gets a country × result matrix of the latest status. "Latest" is as of a
chosen semester, so the plan's earlier semesters can be reviewed too.
"""

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cisdesk.activity import home_figures, readmodel
from cisdesk.countries import COUNTRY_CODES, is_country, parse_semester
from cisdesk.db import clock
from cisdesk.db.local import (
    Acknowledgement,
    ExportLog,
    FieldVersion,
    ImportLog,
    Install,
    SeenBundle,
)
from cisdesk.db.models import (
    Agreement,
    AgreementStatus,
    Committee,
    Meeting,
    Milestone,
    PptTerm,
    PriorityNucleus,
    ProgressReport,
    ProgressStatus,
    Result,
    Strategy,
)
from cisdesk.db.record import Record
from cisdesk.db.versions import change_count

# The figures are plain data (no SQLAlchemy): Home shows them before the record is open.
Dashboard = home_figures.Dashboard
DueResult = home_figures.DueResult
GroupProgress = home_figures.GroupProgress
LatestReport = home_figures.LatestReport
MeetingItem = home_figures.MeetingItem
OverdueAgreement = home_figures.OverdueAgreement
ProgressBasis = home_figures.ProgressBasis
ProgressPart = home_figures.ProgressPart
ResultInfo = home_figures.ResultInfo
StatusMatrix = home_figures.StatusMatrix
progress_part = home_figures.progress_part

NO_REPORT = readmodel.NO_REPORT
STATUS_ORDER = readmodel.STATUS_ORDER
#: Home lists at most this many overdue agreements (the most overdue); the count is whole.
HOME_LIST_LIMIT = 100
#: A wall clock before this year cannot be right: the plan's record starts in 2018.
EARLIEST_PLAUSIBLE_YEAR = 2018
#: Imports move the clock past what a peer's (slightly fast) clock wrote; allow that much.
CLOCK_TOLERANCE_MS = 5 * 60 * 1000


_live = readmodel.live
current_semester = readmodel.current_semester
semester_key = readmodel.semester_key
semester_bounds = readmodel.semester_bounds


def parse_numbers(text: str | None) -> tuple[int, ...]:
    """``"1,5"`` → ``(1, 5)``; ignores blanks and anything that is not a number."""
    numbers = []
    for part in (text or "").split(","):
        part = part.strip()
        if part.isdigit():
            numbers.append(int(part))
    return tuple(sorted(set(numbers)))


# --- reading the plan --------------------------------------------------------------


def plan_results(session: Session) -> list[ResultInfo]:
    """Every live result of the plan in committee, milestone and result order."""
    committees = {
        c.id: c.code or "?" for c in session.scalars(select(Committee).where(_live(Committee)))
    }
    strategies = {
        s.id: committees.get(s.committee_id or "", "?")
        for s in session.scalars(select(Strategy).where(_live(Strategy)))
    }
    milestones = {
        m.id: m
        for m in session.scalars(select(Milestone).where(_live(Milestone)))
        if m.strategy_id in strategies
    }
    infos = []
    keys: dict[str, tuple[int, str, int, int]] = {}
    for result in session.scalars(select(Result).where(_live(Result))):
        milestone = milestones.get(result.milestone_id or "")
        if milestone is None:
            continue
        code = strategies[milestone.strategy_id or ""]
        keys[result.id] = readmodel.result_sort_key(code, milestone.number, result.number)
        infos.append(
            ResultInfo(
                id=result.id,
                label=readmodel.result_label(code, milestone.number, result.number),
                text=result.text or "",
                committee_code=code,
                start_semester=result.start_semester,
                nuclei=parse_numbers(milestone.nuclei),
                regional=bool(result.regional),
                retired_in=result.retired_in or milestone.retired_in,
            )
        )
    return sorted(infos, key=lambda info: (keys[info.id], info.id))


def latest_reports(
    session: Session,
    as_of: str,
    countries: list[str] | None = None,
    result_ids: list[str] | None = None,
) -> dict[tuple[str, str], LatestReport]:
    """The report that counts per (country, result) as of semester ``as_of`` (readmodel)."""
    reports = readmodel.live_reports(session, countries=countries, result_ids=result_ids)
    return {
        key: LatestReport(
            status=report.status or ProgressStatus.NOT_STARTED.value,
            percent=None if report.percent is None else max(0, min(100, report.percent)),
            semester=report.semester,
        )
        for key, report in readmodel.counting(reports, as_of=as_of).items()
    }


def ppt_holder(session: Session, semester: str) -> str | None:
    return session.scalar(
        select(PptTerm.country)
        .where(PptTerm.semester == semester, _live(PptTerm))
        .order_by(PptTerm.id)
        .limit(1)
    )


# --- the dashboard -----------------------------------------------------------------


def _overdue(
    session: Session, today: dt.date, country: str | None
) -> tuple[list[OverdueAgreement], int]:
    """The most overdue agreements (at most :data:`HOME_LIST_LIMIT`) and how many there are.

    Plain columns, not ORM objects: SISCA may hold thousands of overdue agreements.
    """
    open_statuses = (AgreementStatus.PENDING.value, AgreementStatus.IN_PROGRESS.value)
    query = select(
        Agreement.id,
        Agreement.text,
        Agreement.responsible_country,
        Agreement.due_date,
        Agreement.status,
        Agreement.owner,
    ).where(
        _live(Agreement),
        Agreement.status.in_(open_statuses),
        Agreement.due_date.is_not(None),
        Agreement.due_date < today,
    )
    if country is not None:
        query = query.where(
            (Agreement.owner == country) | (Agreement.responsible_country == country)
        )
    rows = sorted(session.execute(query), key=lambda row: (row.due_date, row.id))
    items = [
        OverdueAgreement(
            id=row.id,
            text=row.text or "",
            responsible_country=row.responsible_country,
            due_date=row.due_date,
            days_overdue=(today - row.due_date).days,
            status=row.status or "",
            owner=row.owner,
        )
        for row in rows[:HOME_LIST_LIMIT]
    ]
    return items, len(rows)


def _meetings(
    session: Session, semester: str, country: str | None, committees: dict[str, str]
) -> list[MeetingItem]:
    first, last = semester_bounds(semester)
    query = select(Meeting).where(_live(Meeting), Meeting.date >= first, Meeting.date <= last)
    if country is not None:
        query = query.where(Meeting.owner == country)
    items = [
        MeetingItem(
            id=m.id,
            date=m.date,
            kind=m.kind,
            title=m.title or "",
            committee_code=committees.get(m.committee_id or ""),
            virtual=bool(m.virtual),
            duration_minutes=m.duration_minutes,
            owner=m.owner,
            exceeds_virtual_limit=m.exceeds_virtual_limit,
        )
        for m in session.scalars(query)
        if m.date is not None
    ]
    return sorted(items, key=lambda item: (item.date, item.id))


def committee_rows(session: Session) -> list[Committee]:
    rows = list(session.scalars(select(Committee).where(_live(Committee)).order_by(Committee.code)))
    rows.sort(key=lambda c: readmodel.committee_sort_key(c.code))
    return rows


def progress_basis(session: Session, semester: str, countries: list[str]) -> ProgressBasis:
    """The plan, the names and the latest reports as of ``semester``: read from the record."""
    committees = committee_rows(session)
    nuclei = {
        n.number: n.text or ""
        for n in session.scalars(select(PriorityNucleus).where(_live(PriorityNucleus)))
        if n.number is not None
    }
    return ProgressBasis(
        countries=countries,
        # Countries report the country results; regional ones stay out of their averages.
        results=[r for r in plan_results(session) if not r.regional and r.applies_in(semester)],
        committee_names={c.code or "?": c.name or c.code or "?" for c in committees},
        nuclei=nuclei,
        latest=latest_reports(session, semester, countries),
    )


def looked_at(record: Record) -> tuple[bool, str | None, list[str]]:
    """(regional, own country or None, countries the figures cover)."""
    install = record.install
    regional = install.is_regional
    own_country = None if regional else install.country
    countries = list(COUNTRY_CODES) if regional else [str(install.country)]
    return regional, own_country, countries


def committee_codes(session: Session) -> dict[str, str]:
    return {c.id: c.code or "?" for c in committee_rows(session)}


def build_dashboard(
    record: Record, semester: str | None = None, today: dt.date | None = None
) -> Dashboard:
    """Everything the Home page shows, as of ``semester`` (default: the current one)."""
    today = today or record.today()
    semester = semester or current_semester(today)
    parse_semester(semester)  # refuse a malformed label early
    install = record.install
    regional, own_country, countries = looked_at(record)
    with record.reader() as session:
        progress = progress_part(progress_basis(session, semester, countries), semester, regional)
        overdue, overdue_total = _overdue(session, today, own_country)
        return Dashboard(
            semester=semester,
            today=today,
            regional=regional,
            countries=countries,
            ppt_country=ppt_holder(session, semester),
            by_committee=progress.by_committee,
            by_nucleus=progress.by_nucleus,
            due_this_semester=progress.due_this_semester,
            overdue_agreements=overdue,
            overdue_total=overdue_total,
            meetings_this_semester=_meetings(
                session, semester, own_country, committee_codes(session)
            ),
            unexported=unexported_changes(session, install),
            unexported_by_table=unexported_by_table(session, install),
            matrix=progress.matrix,
            basis=progress.basis,
        )


def semesters_with_activity(record: Record, today: dt.date | None = None) -> list[str]:
    """Semesters worth choosing on Home: from the plan's first to the current one."""
    today = today or record.today()
    with record.reader() as session:
        labels = set(session.scalars(select(Result.start_semester).where(_live(Result)).distinct()))
        labels |= set(session.scalars(select(ProgressReport.semester).distinct()))
    labels.add(current_semester(today))
    known = sorted((label for label in labels if semester_key(label)), key=semester_key)
    return readmodel.semesters_between(known[0], known[-1]) if known else []


# --- sync state (status bar and Home) -----------------------------------------------


class ClockProblem(StrEnum):
    BEHIND_RECORD = "behind_record"  # the wall clock is earlier than changes already made
    TOO_EARLY = "too_early"  # the wall clock shows a year before the plan


@dataclass(frozen=True)
class SyncState:
    site_name: str
    regional: bool
    country: str | None
    unexported: int
    last_export: dt.datetime | None
    last_import: dt.datetime | None
    clock_problem: ClockProblem | None


def unexported_threshold(session: Session, install: Install) -> int:
    """Clock value up to which this install's changes have left in a bundle."""
    exported = session.scalar(select(func.max(ExportLog.highest_hlc))) or 0
    acknowledged = session.scalar(
        select(Acknowledgement.hlc).where(Acknowledgement.site_id == install.site_id)
    )
    return max(exported, acknowledged or 0)


def unexported_changes(session: Session, install: Install) -> int:
    """Field changes made on this install that no bundle has carried yet."""
    threshold = unexported_threshold(session, install)
    return (
        session.scalar(
            select(change_count())
            .select_from(FieldVersion)
            .where(FieldVersion.site == install.site_id, FieldVersion.hlc > threshold)
        )
        or 0
    )


def unexported_by_table(session: Session, install: Install) -> list[tuple[str, int]]:
    """The same changes counted per table, largest first."""
    threshold = unexported_threshold(session, install)
    rows = session.execute(
        select(FieldVersion.tbl, change_count())
        .where(FieldVersion.site == install.site_id, FieldVersion.hlc > threshold)
        .group_by(FieldVersion.tbl)
    ).all()
    return sorted(((str(t), int(n)) for t, n in rows), key=lambda item: (-item[1], item[0]))


def clock_problem(install_hlc: int, now: dt.datetime) -> ClockProblem | None:
    """Whether the computer's clock looks wrong, judged against the record's own clock."""
    now_ms = int(now.timestamp() * 1000)
    if now.year < EARLIEST_PLAUSIBLE_YEAR:
        return ClockProblem.TOO_EARLY
    if clock.to_wall_ms(install_hlc) > now_ms + CLOCK_TOLERANCE_MS:
        return ClockProblem.BEHIND_RECORD
    return None


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)  # SQLite returns naive UTC values
    return value


def sync_state(record: Record, now: dt.datetime | None = None) -> SyncState:
    now = now or dt.datetime.now(dt.UTC)
    with record.reader() as session:
        install = session.scalars(select(Install)).one()
        last_export = session.scalar(select(func.max(ExportLog.created_at)))
        last_import = session.scalar(
            select(func.max(ImportLog.imported_at)).where(ImportLog.outcome == "imported")
        )
        return SyncState(
            site_name=install.site_name,
            regional=install.is_regional,
            country=install.country if install.country and is_country(install.country) else None,
            unexported=unexported_changes(session, install),
            last_export=_aware(last_export),
            last_import=_aware(last_import),
            clock_problem=clock_problem(install.hlc, now),
        )


@dataclass(frozen=True)
class SequenceGap:
    """Bundles of a site never imported: numbers ``first`` to ``last``."""

    site_id: str
    first: int
    last: int


def sequence_gaps(record: Record) -> list[SequenceGap]:
    """Missing bundle numbers per site, from the bundles seen so far.

    Regional bundles each carry the whole record, so only country sites count.
    """
    with record.reader() as session:
        regional_sites = set(
            session.scalars(
                select(ImportLog.origin_site).where(ImportLog.origin_country == "REG").distinct()
            )
        )
        seen: dict[str, set[int]] = {}
        for site_id, seq in session.execute(select(SeenBundle.site_id, SeenBundle.seq)):
            seen.setdefault(site_id, set()).add(seq)
    gaps = []
    for site_id, numbers in sorted(seen.items()):
        if site_id in regional_sites:
            continue
        expected = 1
        for number in sorted(numbers):
            if number > expected:
                gaps.append(SequenceGap(site_id, expected, number - 1))
            expected = number + 1
    return gaps
