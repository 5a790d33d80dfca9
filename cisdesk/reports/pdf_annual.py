"""The annual report on the committees' work (the guidelines' "reporte anual").

One year: each committee's strategy and its milestones with every country's
status, progress by priority nucleus and by country, meetings against the
virtual-meeting guideline, agreements, proposals to the CIS, capacity building
and the pro tempore presidencies of the year.
"""

from reportlab.platypus import Flowable, PageBreak

from cisdesk.countries import COUNTRY_CODES
from cisdesk.messages import text
from cisdesk.reports import data
from cisdesk.reports import pdf_sections as sections
from cisdesk.reports.pdf_common import para
from cisdesk.reports.pdf_sections import Context


def annual_countries(ctx: Context) -> list[str]:
    """SISCA reports on all eight countries; a country install on those it holds."""
    if ctx.identity.scope == "REG":
        return list(COUNTRY_CODES)
    present = set(ctx.snapshot.countries_with_reports()) | {ctx.identity.scope}
    return [c for c in COUNTRY_CODES if c in present]


def annual_story(ctx: Context, year: int) -> list[Flowable]:
    labels, styles, snapshot = ctx.labels, ctx.styles, ctx.snapshot
    countries = annual_countries(ctx)
    latest = data.latest_reports(snapshot.reports, year=year)
    story = sections.title_page(ctx, labels("annual_title"), [f"{labels('year')} {year}"])

    # 1. Strategies, milestones and results
    story.append(para(f"1. {labels('milestones_results')}", styles.h1))
    plan_results: list[data.ResultInfo] = []
    reported = snapshot.reported_results(year)
    for committee in snapshot.committees:
        strategies = sections.strategies_for_year(committee, year, reported)
        plan_results.extend(r for s in strategies for r in s.results if r.started_by(year))
        story.extend(
            sections.committee_plan_section(
                ctx,
                committee,
                strategies,
                latest,
                countries,
                labels("status_of_year", year=year),
                title=labels.committee(committee.code, committee.name),
            )
        )

    # 2. Progress charts
    story.append(PageBreak())
    story.append(para(f"2. {labels('progress_section')}", styles.h1))
    story.extend(
        sections.progress_charts(
            ctx,
            plan_results,
            latest,
            countries,
            text("report.method_year", labels.lang, year=year),
        )
    )

    # 3. Meetings
    meetings = data.select_meetings(snapshot, year=year)
    story.extend(sections.heading(f"3. {labels('meetings_held')}", styles.h1))
    story.extend(sections.meetings_summary(ctx, data.meeting_stats(meetings)))

    # 4. Agreements
    agreements = data.agreements_of_meetings(snapshot, meetings)
    stats = data.agreement_stats(agreements, sections.as_of(year, ctx.identity.today))
    story.extend(sections.heading(f"4. {labels('agreements')}", styles.h1))
    story.extend(sections.agreements_summary(ctx, stats))

    # 5. Proposals raised to the CIS
    proposals = [p for p in snapshot.proposals if data.in_year(p.date, year)]
    story.extend(sections.heading(f"5. {labels('proposals')}", styles.h1))
    story.append(sections.table_or_none(ctx, proposals, sections.proposals_table))

    # 6. Capacity building
    activities = [a for a in snapshot.capacity if data.in_year(a.date, year)]
    story.extend(sections.heading(f"6. {labels('capacity')}", styles.h1))
    story.append(sections.table_or_none(ctx, activities, sections.capacity_table))

    # 7. Pro tempore presidency
    story.extend(sections.heading(f"7. {labels('ppt')}", styles.h1))
    story.append(para(labels("ppt_note"), styles.note))
    story.append(sections.table_or_none(ctx, data.ppt_of_year(snapshot, year), sections.ppt_table))
    return story
