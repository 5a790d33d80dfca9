"""Entry point for the PDF reports: check the request, read the record, write the file.

The CLI (``cisdesk report pdf``) and the app call :func:`write_report`; it takes a
progress callback, and a callback raising ``Cancelled`` stops it with no file left.
"""

from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import Flowable

from cisdesk.countries import BY_CODE, COUNTRY_CODES
from cisdesk.db.record import Record
from cisdesk.errors import UsageError
from cisdesk.progress import ProgressCallback, no_progress
from cisdesk.reports import long_texts
from cisdesk.reports.data import load_record
from cisdesk.reports.files import check_output_path
from cisdesk.reports.i18n import Labels, check_language
from cisdesk.reports.pdf_annual import annual_story
from cisdesk.reports.pdf_committee import committee_story
from cisdesk.reports.pdf_common import build_pdf, make_styles
from cisdesk.reports.pdf_country import country_story
from cisdesk.reports.pdf_sections import Context
from cisdesk.reports.period import Period
from cisdesk.reports.request import ANNUAL_REPORT, ReportKind, ReportRequest

__all__ = ["ReportKind", "ReportRequest", "WrittenReport", "write_report"]

FIRST_YEAR, LAST_YEAR = 2000, 2100


@dataclass(frozen=True)
class WrittenReport:
    path: Path
    pages: int
    title: str
    digest: str


def _check(record: Record, request: ReportRequest) -> ReportRequest:
    """The request with defaults filled in, or a UsageError naming what is wrong."""
    kinds = [k.value for k in ReportKind]
    if request.kind not in kinds:
        raise UsageError("report.unknown_kind", kind=repr(request.kind), kinds=", ".join(kinds))
    check_language(request.lang)
    year = request.year
    if year is not None and not FIRST_YEAR <= year <= LAST_YEAR:
        raise UsageError("report.year_range", year=year, first=FIRST_YEAR, last=LAST_YEAR)
    if request.country is not None and request.kind != ReportKind.COUNTRY:
        raise UsageError("report.country_option")
    if request.committee is not None and request.kind != ReportKind.COMMITTEE:
        raise UsageError("report.committee_option")
    country = request.country.upper() if request.country else None
    committee = request.committee.upper() if request.committee else None
    if request.kind == ReportKind.ANNUAL and year is None and request.period_from is None:
        year = record.today().year
    if request.kind == ReportKind.COUNTRY:
        if country is None:
            if record.install.is_regional:
                raise UsageError("report.choose_country")
            country = record.install.country
        if country not in BY_CODE:
            raise UsageError(
                "keys.unknown_country", country=repr(country), codes=" ".join(COUNTRY_CODES)
            )
    if request.kind == ReportKind.COMMITTEE and committee is None:
        raise UsageError("report.choose_committee")
    period_from, period_to = request.period_from, request.period_to
    if period_from is not None or period_to is not None:
        if period_from is None or period_to is None:
            raise UsageError("report.period_incomplete")
        if request.year is not None:
            raise UsageError("report.period_and_year")
        Period.parse(period_from, period_to)  # refuses a bad month or an end before the start
        year = None
    return ReportRequest(
        kind=request.kind,
        lang=request.lang,
        year=year,
        country=country,
        committee=committee,
        period_from=period_from,
        period_to=period_to,
    )


def report_period(request: ReportRequest) -> Period:
    """The annual report's period: the months asked for, or the year."""
    if request.period_from is not None and request.period_to is not None:
        return Period.parse(request.period_from, request.period_to)
    return Period.of_year(int(request.year or 0))


def write_report(
    record: Record,
    path: Path | str,
    request: ReportRequest = ANNUAL_REPORT,
    progress: ProgressCallback = no_progress,
) -> WrittenReport:
    """Write the requested PDF report to ``path``."""
    path = Path(path)
    request = _check(record, request)
    check_output_path(path)
    labels = Labels(request.lang)
    progress(0, 100, labels("msg_loading"))
    identity, snapshot = load_record(record)
    ctx = Context(identity=identity, snapshot=snapshot, labels=labels, styles=make_styles())
    progress(5, 100, labels("msg_layout"))
    with long_texts.collecting(request.lang) as annex:
        story, title = _story(ctx, request)
        story.extend(annex.story(ctx.styles))
    pages = build_pdf(path, story, identity, labels, title, progress)
    return WrittenReport(path=path, pages=pages, title=title, digest=identity.digest)


def _story(ctx: Context, request: ReportRequest) -> tuple[list[Flowable], str]:
    labels, snapshot = ctx.labels, ctx.snapshot
    if request.kind == ReportKind.COUNTRY:
        country = str(request.country)
        story = country_story(ctx, country, request.year)
        title = f"{labels('country_title')}: {labels.country(country)}"
    elif request.kind == ReportKind.COMMITTEE:
        committee = snapshot.committee(str(request.committee))
        if committee is None:
            codes = ", ".join(c.code for c in snapshot.committees)
            raise UsageError(
                "report.unknown_committee", committee=repr(request.committee), codes=codes
            )
        story = committee_story(ctx, committee, request.year)
        title = f"{labels('committee_title')}: {committee.code}"
    else:
        period = report_period(request)
        story = annual_story(ctx, period)
        if period.calendar_year is not None:
            title = f"{labels('annual_title')} {period.calendar_year}"
        else:
            title = f"{labels('annual_title')} {period.label(request.lang)}"
    return story, title
