"""What the reports show, computed from the record without Qt.

:class:`Snapshot` reads every live (not deleted) row the reports need in one pass
through a non-capturing session; the functions below derive the statistics from
it. The app's views can reuse them, so a number on screen and in the PDF agree.
"""

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from cisdesk.activity import readmodel
from cisdesk.activity.dashboard import parse_numbers
from cisdesk.countries import COUNTRY_CODES, REGIONAL
from cisdesk.db.digest import record_digest
from cisdesk.db.models import (
    ActionLine,
    Agreement,
    AgreementFollowUp,
    AgreementStatus,
    CapacityActivity,
    ComboLine,
    Committee,
    Delegate,
    Evaluation,
    Meeting,
    Milestone,
    PlanObjective,
    PptTerm,
    PriorityNucleus,
    Proposal,
    ProposalStep,
    Result,
    Strategy,
    ThematicCombo,
)
from cisdesk.db.record import Record

if TYPE_CHECKING:
    from cisdesk.reports.period import Period

COMMITTEE_ORDER = readmodel.COMMITTEE_ORDER
semester_key = readmodel.semester_sort_key


@dataclass
class ResultInfo:
    id: str
    number: int
    text: str
    start_semester: str | None
    milestone_id: str
    committee_code: str
    nuclei: tuple[int, ...]
    #: A regional deliverable: SISCA reports it; country averages leave it out.
    regional: bool = False
    retired_in: str | None = None

    def started_by(self, year: int) -> bool:
        return semester_key(self.start_semester) <= (year, 2) and self._not_retired_by((year, 1))

    def applies_during(self, period: "Period") -> bool:
        """Started by the period's last semester and not retired before its first."""
        semesters = period.semesters()
        return semester_key(self.start_semester) <= semesters[-1] and self._not_retired_by(
            semesters[0]
        )

    def _not_retired_by(self, sem: tuple[int, int]) -> bool:
        return not self.retired_in or semester_key(self.retired_in) > sem


@dataclass
class MilestoneInfo:
    id: str
    number: int
    text: str
    nuclei: tuple[int, ...]
    results: list[ResultInfo] = field(default_factory=list)


@dataclass
class ComboInfo:
    number: int
    title: str
    lines: list[str]


@dataclass
class StrategyInfo:
    id: str
    title: str
    period_start: str | None
    period_end: str | None
    period_text: str | None
    status: str | None
    validated_on: dt.date | None
    approved_on: dt.date | None
    table_title: str | None
    combos: list[ComboInfo] = field(default_factory=list)
    milestones: list[MilestoneInfo] = field(default_factory=list)

    def overlaps(self, year: int) -> bool:
        start = self.period_start or "0000-01"
        end = self.period_end or "9999-12"
        return start <= f"{year}-12" and end >= f"{year}-01"

    @property
    def results(self) -> list[ResultInfo]:
        return [r for m in self.milestones for r in m.results]


@dataclass
class CommitteeInfo:
    id: str
    code: str
    name: str
    strategies: list[StrategyInfo] = field(default_factory=list)


#: One live progress report with the clock that orders it (readmodel).
ReportEntry = readmodel.CountedReport


@dataclass
class Snapshot:
    """The live rows of the record, read once."""

    committees: list[CommitteeInfo]
    nuclei: dict[int, str]
    ppt: list[PptTerm]
    reports: list[ReportEntry]
    meetings: list[Meeting]
    agreements: list[Agreement]
    followups: dict[str, list[AgreementFollowUp]]
    proposals: list[Proposal]
    delegates: list[Delegate]
    capacity: list[CapacityActivity]
    #: SISCA's reports on the regional results.
    regional_reports: list[ReportEntry] = field(default_factory=list)
    evaluations: list[Evaluation] = field(default_factory=list)
    #: Steps of each proposal's path, by proposal id, in date order.
    proposal_steps: dict[str, list[ProposalStep]] = field(default_factory=dict)
    objectives: dict[int, str] = field(default_factory=dict)
    action_lines: dict[int, str] = field(default_factory=dict)

    @property
    def committee_by_id(self) -> dict[str, CommitteeInfo]:
        return {c.id: c for c in self.committees}

    def committee(self, code: str) -> CommitteeInfo | None:
        return next((c for c in self.committees if c.code == code), None)

    @property
    def results(self) -> dict[str, ResultInfo]:
        return {r.id: r for c in self.committees for s in c.strategies for r in s.results}

    def reported_results(self, year: int) -> set[str]:
        """Ids of the results some country reported on in ``year``."""
        return {r.result_id for r in self.reports if r.sem[0] == year}

    def countries_with_reports(self) -> list[str]:
        present = {r.country for r in self.reports}
        return [c for c in COUNTRY_CODES if c in present]

    @classmethod
    def load(cls, session: Session) -> "Snapshot":
        return Snapshot(
            committees=_load_plan(session),
            nuclei={
                n.number: n.text or ""
                for n in _live(session, PriorityNucleus)
                if n.number is not None
            },
            ppt=sorted(_live(session, PptTerm), key=lambda t: semester_key(t.semester)),
            reports=_load_reports(session),
            meetings=sorted(_live(session, Meeting), key=lambda m: (m.date or dt.date.min, m.id)),
            agreements=_live(session, Agreement),
            followups=_group(_live(session, AgreementFollowUp), "agreement_id", "date"),
            proposals=sorted(_live(session, Proposal), key=lambda p: (p.date or dt.date.min, p.id)),
            # The id settles equal names: rows come in storage order, which differs by backend.
            delegates=sorted(_live(session, Delegate), key=lambda d: (d.owner, d.name or "", d.id)),
            capacity=sorted(
                _live(session, CapacityActivity), key=lambda a: (a.date or dt.date.min, a.id)
            ),
            regional_reports=_load_reports(session, regional=True),
            evaluations=sorted(
                _live(session, Evaluation), key=lambda e: (e.date or dt.date.min, e.id)
            ),
            proposal_steps=_group(_live(session, ProposalStep), "proposal_id", "date"),
            objectives=_numbered(session, PlanObjective),
            action_lines=_numbered(session, ActionLine),
        )


def _numbered(session: Session, model: type) -> dict[int, str]:
    return {r.number: r.text or "" for r in _live(session, model) if r.number is not None}


def _live(session: Session, model: type) -> list:
    return list(session.scalars(select(model).where(model.deleted.is_(False))))


def _group(rows: Iterable, key: str, order: str) -> dict[str, list]:
    grouped: dict[str, list] = defaultdict(list)
    for row in rows:
        grouped[getattr(row, key)].append(row)
    for items in grouped.values():
        items.sort(key=lambda r: (getattr(r, order) or dt.date.min, r.id))
    return dict(grouped)


def _load_plan(session: Session) -> list[CommitteeInfo]:
    committees = _live(session, Committee)
    strategies = _group(_live(session, Strategy), "committee_id", "period_start")
    combos = _group(_live(session, ThematicCombo), "strategy_id", "number")
    lines = _group(_live(session, ComboLine), "combo_id", "number")
    milestones = _group(_live(session, Milestone), "strategy_id", "number")
    results = _group(_live(session, Result), "milestone_id", "number")

    out = []
    for committee in sorted(committees, key=lambda c: readmodel.committee_sort_key(c.code)):
        info = CommitteeInfo(id=committee.id, code=committee.code or "", name=committee.name or "")
        for strategy in strategies.get(committee.id, []):
            s_info = StrategyInfo(
                id=strategy.id,
                title=strategy.title or "",
                period_start=strategy.period_start,
                period_end=strategy.period_end,
                period_text=strategy.period_text,
                status=strategy.status,
                validated_on=strategy.validated_on,
                approved_on=strategy.approved_on,
                table_title=strategy.table_title,
            )
            for combo in combos.get(strategy.id, []):
                s_info.combos.append(
                    ComboInfo(
                        number=combo.number or 0,
                        title=combo.title or "",
                        lines=[line.text or "" for line in lines.get(combo.id, [])],
                    )
                )
            for milestone in sorted(
                milestones.get(strategy.id, []), key=lambda m: (m.number or 0, m.id)
            ):
                nuclei = parse_numbers(milestone.nuclei)
                m_info = MilestoneInfo(
                    id=milestone.id,
                    number=milestone.number or 0,
                    text=milestone.text or "",
                    nuclei=nuclei,
                )
                for result in sorted(
                    results.get(milestone.id, []), key=lambda r: (r.number or 0, r.id)
                ):
                    m_info.results.append(
                        ResultInfo(
                            id=result.id,
                            number=result.number or 0,
                            text=result.text or "",
                            start_semester=result.start_semester,
                            milestone_id=milestone.id,
                            committee_code=info.code,
                            nuclei=nuclei,
                            regional=bool(result.regional),
                            retired_in=result.retired_in or milestone.retired_in,
                        )
                    )
                s_info.milestones.append(m_info)
            info.strategies.append(s_info)
        out.append(info)
    return out


def _load_reports(session: Session, *, regional: bool = False) -> list[ReportEntry]:
    """The countries' reports, or (``regional``) SISCA's reports on regional results."""
    return [r for r in readmodel.live_reports(session) if (r.country == REGIONAL) == regional]


# --- Progress -------------------------------------------------------------------


def latest_reports(
    reports: Iterable[ReportEntry],
    *,
    year: int | None = None,
    up_to_year: int | None = None,
    country: str | None = None,
    period: "Period | None" = None,
) -> dict[tuple[str, str], ReportEntry]:
    """The latest report per (result id, country).

    ``year`` keeps the reports of that year's two semesters; ``up_to_year`` those up
    to its end. Between reports of the same semester (two laptops of one country
    reporting at once) the most recently written wins.
    """
    if country is not None:
        reports = (r for r in reports if r.country == country)
    if period is not None:
        reports = (r for r in reports if period.touches_semester(r.sem))
    counted = readmodel.counting(reports, year=year, up_to_year=up_to_year)
    return {(result_id, owner): report for (owner, result_id), report in counted.items()}


def latest_report_for(
    reports: Iterable[ReportEntry], country: str, result_id: str, semester: str
) -> ReportEntry | None:
    """The latest live report of a country on a result in one semester."""
    found = [
        r
        for r in reports
        if r.country == country and r.result_id == result_id and r.semester == semester
    ]
    return max(found, key=lambda r: r.rank) if found else None


#: What a mean of progress rests on (the read model's rule, shared with Home).
Coverage = readmodel.Coverage


def progress_coverage(
    results: Iterable[ResultInfo],
    latest: dict[tuple[str, str], ReportEntry],
    countries: Iterable[str],
) -> Coverage:
    """Mean latest percent over the reported results × countries, and how many reported.

    Regional results are SISCA's deliverables: they count in no country's average.
    """
    countries = list(countries)
    percents: list[int | None] = []
    for result in results:
        if result.regional:
            continue
        for country in countries:
            entry = latest.get((result.id, country))
            percents.append(entry.percent if entry is not None else None)
    return readmodel.coverage(percents)


def mean_percent(
    results: Iterable[ResultInfo],
    latest: dict[tuple[str, str], ReportEntry],
    countries: Iterable[str],
) -> float | None:
    """Mean latest percent over the reported results × countries (None: nothing reported)."""
    return progress_coverage(results, latest, countries).mean


def results_in_scope(committees: Iterable[CommitteeInfo], year: int | None) -> list[ResultInfo]:
    out = []
    for committee in committees:
        for strategy in committee.strategies:
            out.extend(r for r in strategy.results if year is None or r.started_by(year))
    return out


def progress_by_nucleus(
    snapshot: Snapshot,
    results: list[ResultInfo],
    latest: dict[tuple[str, str], ReportEntry],
    countries: list[str],
) -> list[tuple[int, Coverage]]:
    """``[(nucleus number, coverage)]`` for the nuclei the given results work on."""
    out = []
    for number in sorted(snapshot.nuclei):
        tagged = [r for r in results if number in r.nuclei]
        if tagged:
            out.append((number, progress_coverage(tagged, latest, countries)))
    return out


def progress_by_country(
    results: list[ResultInfo], latest: dict[tuple[str, str], ReportEntry], countries: list[str]
) -> list[tuple[str, Coverage]]:
    return [(c, progress_coverage(results, latest, [c])) for c in countries]


# --- Meetings, agreements, proposals, capacity ---------------------------------


def in_year(value: dt.date | None, year: int | None) -> bool:
    return year is None or (value is not None and value.year == year)


@dataclass
class MeetingStats:
    meetings: list[Meeting]
    virtual: int
    over_limit: list[Meeting]

    @property
    def total(self) -> int:
        return len(self.meetings)

    @property
    def virtual_percent(self) -> int:
        return round(100 * self.virtual / self.total) if self.total else 0


def meeting_stats(meetings: Iterable[Meeting]) -> MeetingStats:
    held = list(meetings)
    return MeetingStats(
        meetings=held,
        virtual=sum(1 for m in held if m.virtual),
        over_limit=[m for m in held if m.exceeds_virtual_limit],
    )


def select_meetings(
    snapshot: Snapshot,
    *,
    year: int | None = None,
    committee_id: str | None = None,
    owner: str | None = None,
) -> list[Meeting]:
    return [
        m
        for m in snapshot.meetings
        if in_year(m.date, year)
        and (committee_id is None or m.committee_id == committee_id)
        and (owner is None or m.owner == owner)
    ]


@dataclass
class AgreementStats:
    agreements: list[Agreement]
    fulfilled: int
    overdue: list[Agreement]
    as_of: dt.date

    @property
    def taken(self) -> int:
        return len(self.agreements)


def agreements_of_meetings(snapshot: Snapshot, meetings: Iterable[Meeting]) -> list[Agreement]:
    ids = {m.id for m in meetings}
    return sorted(
        (a for a in snapshot.agreements if a.meeting_id in ids),
        key=lambda a: (a.due_date or dt.date.min, a.id),
    )


def agreement_stats(agreements: Iterable[Agreement], as_of: dt.date) -> AgreementStats:
    taken = list(agreements)
    return AgreementStats(
        agreements=taken,
        fulfilled=sum(1 for a in taken if a.status == AgreementStatus.FULFILLED),
        overdue=[a for a in taken if a.is_overdue(as_of)],
        as_of=as_of,
    )


def overdue_reference_date(year: int | None, today: dt.date) -> dt.date:
    """Overdue is judged at the end of a past year, or today for the current one."""
    if year is None or year >= today.year:
        return today
    return dt.date(year, 12, 31)


def ppt_of_year(snapshot: Snapshot, year: int) -> list[PptTerm]:
    return [t for t in snapshot.ppt if semester_key(t.semester)[0] == year]


def ppt_of_period(snapshot: Snapshot, period: "Period") -> list[PptTerm]:
    """The presidencies whose semester shares a month with the period."""
    return [t for t in snapshot.ppt if period.touches_semester(semester_key(t.semester))]


def proposal_path(snapshot: Snapshot, proposal: Proposal) -> list[tuple[str, dt.date | None]]:
    """``[(step, date)]`` of a proposal: drafted, then every recorded step in order."""
    from cisdesk.activity.proposals import path_of

    return path_of(proposal, snapshot.proposal_steps.get(proposal.id, []))


def raised_in(snapshot: Snapshot, period: "Period") -> list[Proposal]:
    """Proposals actually raised to the CIS (a raised step, or later) within the period."""
    out = []
    for proposal in snapshot.proposals:
        dates = [d for step, d in proposal_path(snapshot, proposal) if step == "raised"]
        if dates and period.contains(dates[0]):
            out.append(proposal)
    return out


# --- Identity of the record --------------------------------------------------------


@dataclass(frozen=True)
class RecordIdentity:
    site_name: str
    scope: str  # "REG" or a country code
    digest: str
    today: dt.date


def load_record(record: Record) -> tuple[RecordIdentity, Snapshot]:
    """The identity and the rows of the record, read in one transaction so they agree."""
    install = record.install
    with record.reader() as session, session.begin():
        digest = record_digest(session.connection())
        snapshot = Snapshot.load(session)
    identity = RecordIdentity(
        site_name=install.site_name, scope=install.owner, digest=digest, today=record.today()
    )
    return identity, snapshot
