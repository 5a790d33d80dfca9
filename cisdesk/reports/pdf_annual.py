"""The annual report on the committees' work (the guidelines' "reporte anual").

One reporting period, a calendar year or any run of months such as the source's
"Mayo 2017-Abril 2018": the plan's frame; each committee's strategy and its
milestones with every country's status; the regional results SISCA reports;
progress by priority nucleus and by country; what each country reported; meetings
against the virtual-meeting guideline, agreements, proposals raised to the CIS,
capacity building, evaluations, and the pro tempore presidencies involved.
"""

from reportlab.platypus import Flowable, PageBreak

from cisdesk.countries import COUNTRY_CODES
from cisdesk.messages import text
from cisdesk.reports import data
from cisdesk.reports import pdf_plan as plan
from cisdesk.reports import pdf_sections as sections
from cisdesk.reports.pdf_common import para
from cisdesk.reports.pdf_sections import Context
from cisdesk.reports.period import Period


def annual_countries(ctx: Context) -> list[str]:
    """SISCA reports on all eight countries; a country install on those it holds."""
    if ctx.identity.scope == "REG":
        return list(COUNTRY_CODES)
    present = set(ctx.snapshot.countries_with_reports()) | {ctx.identity.scope}
    return [c for c in COUNTRY_CODES if c in present]


def _strategies(committee: data.CommitteeInfo, period: Period, reported: set[str]) -> list:
    chosen = [
        s
        for s in committee.strategies
        if period.overlaps_months(s.period_start, s.period_end)
        or any(r.id in reported for r in s.results)
    ]
    if not chosen and committee.strategies:
        chosen = [max(committee.strategies, key=lambda s: s.period_start or "")]
    return chosen


def annual_story(ctx: Context, period: Period | int) -> list[Flowable]:
    if isinstance(period, int):
        period = Period.of_year(period)
    labels, styles, snapshot = ctx.labels, ctx.styles, ctx.snapshot
    lang = labels.lang
    named = period.label(lang)
    countries = annual_countries(ctx)
    latest = data.latest_reports(snapshot.reports, period=period)
    story = sections.title_page(ctx, labels("annual_title"), [named])
    number = 0

    def h1(title: str, *, new_page: bool = False) -> None:
        nonlocal number
        number += 1
        if new_page:
            story.append(PageBreak())
            story.append(para(f"{number}. {title}", styles.h1))
        else:
            story.extend(sections.heading(f"{number}. {title}", styles.h1))

    # The pro tempore presidencies involved: the report rests on their coordination.
    h1(text("report.ppt_involved", lang))
    story.extend(plan.ppt_section(ctx, period))

    # The plan's frame
    story.extend(plan.frame_section(ctx, number + 1))
    number += 1

    # Strategies, milestones and results
    h1(labels("milestones_results"), new_page=True)
    plan_results: list[data.ResultInfo] = []
    reported = {r.result_id for r in snapshot.reports if period.touches_semester(r.sem)}
    status_note = text("report.status_of_period", lang, period=named)
    regional_latest = data.latest_reports(snapshot.regional_reports, period=period)
    for committee in snapshot.committees:
        strategies = _strategies(committee, period, reported)
        plan_results.extend(r for s in strategies for r in s.results if r.applies_during(period))
        story.extend(
            sections.committee_plan_section(
                ctx,
                committee,
                strategies,
                latest,
                countries,
                status_note,
                title=labels.committee(committee.code, committee.name),
                regional_latest=regional_latest,
            )
        )

    # Regional results, reported by SISCA
    h1(text("report.regional_results", lang))
    story.extend(plan.regional_results_section(ctx, period))

    # Progress charts (country results only)
    h1(labels("progress_section"), new_page=True)
    story.append(para(text("report.tags_note", lang), styles.note))
    story.extend(
        sections.progress_charts(
            ctx,
            [r for r in plan_results if not r.regional],
            latest,
            countries,
            text("report.progress_method_period", lang, period=named),
        )
    )

    # What each country reported in the period
    h1(text("report.country_reports", lang))
    story.extend(plan.country_reports_section(ctx, period, countries))

    # Meetings
    meetings = [m for m in snapshot.meetings if period.contains(m.date)]
    h1(labels("meetings_held"))
    story.extend(sections.meetings_summary(ctx, data.meeting_stats(meetings)))

    # Agreements
    agreements = data.agreements_of_meetings(snapshot, meetings)
    as_of = min(period.last_day, ctx.identity.today)
    h1(labels("agreements"))
    story.extend(sections.agreements_summary(ctx, data.agreement_stats(agreements, as_of)))

    # Proposals actually raised to the CIS in the period
    h1(labels("proposals"))
    story.append(plan.proposals_section(ctx, data.raised_in(snapshot, period)))

    # Capacity building
    activities = [a for a in snapshot.capacity if period.contains(a.date)]
    h1(labels("capacity"))
    story.append(sections.table_or_none(ctx, activities, sections.capacity_table))

    # Evaluations
    h1(text("report.evaluations", lang))
    story.extend(plan.evaluations_section(ctx, period))
    return story
