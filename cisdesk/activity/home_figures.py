"""Home's figures as plain data, and the sums made from them in memory.

Nothing here imports SQLAlchemy or the models: the app shows Home from its cached
figures (:mod:`cisdesk.activity.home_snapshot`) before the database layer is loaded.
:mod:`cisdesk.activity.dashboard` reads these figures from the record.
"""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from cisdesk.countries import parse_semester, semester_of
from cisdesk.db.statuses import ProgressStatus

# --- semesters ------------------------------------------------------------------------


def semester_key(label: str | None) -> tuple[int, int] | None:
    """``"2018-II"`` → ``(2018, 2)``; None for anything malformed."""
    if not label:
        return None
    try:
        return parse_semester(label)
    except ValueError:
        return None


def current_semester(today: dt.date) -> str:
    return semester_of(today.month, today.year)


# --- statuses and means ----------------------------------------------------------------

#: Status of a result nobody has reported on (yet, as of the semester looked at).
NO_REPORT = "no_report"
#: Order in which progress statuses are stacked and listed.
STATUS_ORDER: tuple[str, ...] = (
    ProgressStatus.COMPLETED.value,
    ProgressStatus.IN_PROGRESS.value,
    ProgressStatus.DELAYED.value,
    ProgressStatus.NOT_STARTED.value,
    ProgressStatus.CANCELLED.value,
    NO_REPORT,
)


@dataclass(frozen=True)
class Coverage:
    """A mean of progress and what it rests on.

    No report is not "no progress": a (country, result) pair without a report, or
    with a report that gives no percent, stays out of the mean and is counted as
    unreported. Home and the reports both average this way.
    """

    mean: float | None  #: mean percent of the reported pairs; None when none reported
    reported: int  #: pairs with a percent
    total: int  #: pairs in scope

    @property
    def has_data(self) -> bool:
        return self.reported > 0


def coverage(percents: Iterable[int | None]) -> Coverage:
    """The mean of ``percents`` (one per pair in scope; None: not reported)."""
    every = list(percents)
    values = [p for p in every if p is not None]
    mean = sum(values) / len(values) if values else None
    return Coverage(mean=mean, reported=len(values), total=len(every))


#: Home's parts, each redrawn on its own (see :mod:`cisdesk.activity.dashboard_update`).
PARTS: frozenset[str] = frozenset({"progress", "ppt", "overdue", "meetings", "unexported"})

# --- the figures -----------------------------------------------------------------------


@dataclass(frozen=True)
class ResultInfo:
    id: str
    label: str  # "PPS 1.2": committee, milestone number, result number
    text: str
    committee_code: str
    start_semester: str | None
    nuclei: tuple[int, ...]
    #: A regional deliverable: SISCA reports it, country averages leave it out.
    regional: bool = False
    retired_in: str | None = None

    def applies_in(self, semester: str) -> bool:
        """False once the result is retired (its progress stays, it just no longer counts)."""
        retired = semester_key(self.retired_in) if self.retired_in else None
        current = semester_key(semester)
        return retired is None or current is None or current < retired


@dataclass(frozen=True)
class LatestReport:
    status: str
    percent: int | None  #: None: the report gives no percent (it stays out of means)
    semester: str


@dataclass
class GroupProgress:
    """Progress of a group of (country, result) pairs: counts by status and mean percent.

    The mean follows the read model (:func:`coverage`): a pair nobody
    reported on is counted as unreported, never averaged as 0 %, as in the PDFs.
    """

    key: str
    label: str
    counts: dict[str, int] = field(default_factory=dict)
    percent_sum: int = 0
    #: Pairs whose report gives a percent: what the mean is taken over.
    reported: int = 0

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def average_percent(self) -> float | None:
        """Mean percent of the reported pairs; None when none has reported."""
        return self.percent_sum / self.reported if self.reported else None

    @property
    def coverage(self) -> Coverage:
        return Coverage(self.average_percent, self.reported, self.total)

    def add(self, report: LatestReport | None) -> None:
        status = report.status if report else NO_REPORT
        self.counts[status] = self.counts.get(status, 0) + 1
        if report is not None and report.percent is not None:
            self.percent_sum += report.percent
            self.reported += 1


@dataclass(frozen=True)
class DueResult:
    result: ResultInfo
    #: Latest status per country looked at (None: no report).
    statuses: dict[str, LatestReport | None]


@dataclass(frozen=True)
class OverdueAgreement:
    id: str
    text: str
    responsible_country: str | None
    due_date: dt.date
    days_overdue: int
    status: str
    owner: str


@dataclass(frozen=True)
class MeetingItem:
    id: str
    date: dt.date
    kind: str | None
    title: str
    committee_code: str | None
    virtual: bool
    duration_minutes: int | None
    owner: str
    exceeds_virtual_limit: bool


@dataclass(frozen=True)
class StatusMatrix:
    countries: list[str]
    results: list[ResultInfo]
    cells: dict[tuple[str, str], LatestReport]

    def status(self, country: str, result_id: str) -> str:
        report = self.cells.get((country, result_id))
        return report.status if report else NO_REPORT


@dataclass
class Dashboard:
    semester: str
    today: dt.date
    regional: bool
    countries: list[str]
    ppt_country: str | None
    by_committee: list[GroupProgress]
    by_nucleus: list[GroupProgress]
    due_this_semester: list[DueResult]
    #: The most overdue first, at most HOME_LIST_LIMIT of them (all: ``overdue_total``).
    overdue_agreements: list[OverdueAgreement]
    meetings_this_semester: list[MeetingItem]
    unexported: int
    #: Unexported field changes per table, largest first.
    unexported_by_table: list[tuple[str, int]] = field(default_factory=list)
    matrix: StatusMatrix | None = None
    #: How many agreements are overdue (the list holds the first HOME_LIST_LIMIT).
    overdue_total: int = 0
    #: What the progress figures were computed from (for updating them in part).
    basis: "ProgressBasis | None" = None


@dataclass(frozen=True)
class ProgressBasis:
    """What the progress figures are computed from, kept so one report's change redoes
    only its (country, result) cell and the sums (see ``dashboard_update``)."""

    countries: list[str]
    results: list[ResultInfo]
    committee_names: dict[str, str]
    nuclei: dict[int, str]
    latest: dict[tuple[str, str], LatestReport]


@dataclass(frozen=True)
class ProgressPart:
    by_committee: list[GroupProgress]
    by_nucleus: list[GroupProgress]
    due_this_semester: list[DueResult]
    matrix: StatusMatrix | None
    basis: ProgressBasis


# --- sums in memory --------------------------------------------------------------------


def _group_progress(
    results: list[ResultInfo],
    countries: list[str],
    latest: dict[tuple[str, str], LatestReport],
    committees: dict[str, str],
    nuclei: dict[int, str],
) -> tuple[list[GroupProgress], list[GroupProgress]]:
    by_committee = {code: GroupProgress(code, name) for code, name in committees.items()}
    by_nucleus = {
        number: GroupProgress(str(number), f"{number}. {text}") for number, text in nuclei.items()
    }
    for result in results:
        committee = by_committee.setdefault(
            result.committee_code, GroupProgress(result.committee_code, result.committee_code)
        )
        for country in countries:
            report = latest.get((country, result.id))
            committee.add(report)
            for number in result.nuclei:
                nucleus = by_nucleus.setdefault(number, GroupProgress(str(number), str(number)))
                nucleus.add(report)
    return list(by_committee.values()), [by_nucleus[n] for n in sorted(by_nucleus)]


def progress_part(basis: ProgressBasis, semester: str, regional: bool) -> ProgressPart:
    """The progress figures from their basis: sums in memory, no query."""
    by_committee, by_nucleus = _group_progress(
        basis.results, basis.countries, basis.latest, basis.committee_names, basis.nuclei
    )
    due = [
        DueResult(r, {c: basis.latest.get((c, r.id)) for c in basis.countries})
        for r in basis.results
        if r.start_semester == semester
    ]
    matrix = (
        StatusMatrix(countries=basis.countries, results=basis.results, cells=basis.latest)
        if regional
        else None
    )
    return ProgressPart(by_committee, by_nucleus, due, matrix, basis)


# --- first steps ----------------------------------------------------------------------


@dataclass(frozen=True)
class FirstSteps:
    """What a new install still has to do (:mod:`cisdesk.activity.first_steps`)."""

    key_saved: bool
    trusted: bool  #: a country trusts SISCA's key; SISCA has enrolled a country's key
    recorded: bool
    exported: bool
    regional: bool

    @property
    def done(self) -> bool:
        return self.key_saved and self.trusted and self.recorded and self.exported
