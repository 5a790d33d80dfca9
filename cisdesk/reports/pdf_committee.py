"""One committee across the countries: its strategy, progress, meetings and people."""

from reportlab.platypus import Flowable

from cisdesk.countries import COUNTRY_CODES
from cisdesk.messages import text
from cisdesk.reports import data
from cisdesk.reports import pdf_sections as sections
from cisdesk.reports.data import CommitteeInfo
from cisdesk.reports.pdf_common import none_paragraph, para
from cisdesk.reports.pdf_sections import Context


def committee_countries(ctx: Context) -> list[str]:
    if ctx.identity.scope == "REG":
        return list(COUNTRY_CODES)
    present = set(ctx.snapshot.countries_with_reports()) | {ctx.identity.scope}
    return [c for c in COUNTRY_CODES if c in present]


def committee_story(ctx: Context, committee: CommitteeInfo, year: int | None) -> list[Flowable]:
    labels, styles, snapshot = ctx.labels, ctx.styles, ctx.snapshot
    countries = committee_countries(ctx)
    regional_latest = data.latest_reports(snapshot.regional_reports, year=year)
    if year is None:
        latest = data.latest_reports(snapshot.reports)
        status_note = labels("status_latest")
        method = text("report.method_latest", labels.lang)
    else:
        latest = data.latest_reports(snapshot.reports, year=year)
        status_note = labels("status_of_year", year=year)
        method = text("report.method_year", labels.lang, year=year)
    period = f"{labels('year')} {year}" if year else labels("all_years")
    name = labels.committee(committee.code, committee.name)
    story = sections.title_page(
        ctx, f"{labels('committee_title')}: {committee.code}", [name, period]
    )

    reported = snapshot.reported_results(year) if year is not None else set()
    strategies = sections.strategies_for_year(committee, year, reported)
    story.append(para(f"1. {labels('strategy')}", styles.h1))
    story.extend(
        sections.committee_plan_section(
            ctx,
            committee,
            strategies,
            latest,
            countries,
            status_note,
            with_combos=True,
            regional_latest=regional_latest,
        )
    )

    results = [r for s in strategies for r in s.results if year is None or r.started_by(year)]
    story.extend(sections.heading(f"2. {labels('progress_section')}", styles.h1))
    story.extend(sections.progress_charts(ctx, results, latest, countries, method))

    meetings = data.select_meetings(snapshot, year=year, committee_id=committee.id)
    story.extend(sections.heading(f"3. {labels('committee_meetings')}", styles.h1))
    story.extend(
        sections.meetings_summary(ctx, data.meeting_stats(meetings), list_over_limit=False)
    )
    story.append(sections.table_or_none(ctx, meetings, sections.meetings_table))

    agreements = data.agreements_of_meetings(snapshot, meetings)
    stats = data.agreement_stats(agreements, sections.as_of(year, ctx.identity.today))
    story.extend(sections.heading(f"4. {labels('agreements')}", styles.h1))
    story.extend(sections.agreements_summary(ctx, stats))

    proposals = [
        p
        for p in snapshot.proposals
        if p.committee_id == committee.id and data.in_year(p.date, year)
    ]
    story.extend(sections.heading(f"5. {labels('proposals')}", styles.h1))
    story.append(sections.table_or_none(ctx, proposals, sections.proposals_table))

    activities = [
        a
        for a in snapshot.capacity
        if a.committee_id == committee.id and data.in_year(a.date, year)
    ]
    story.extend(sections.heading(f"6. {labels('capacity')}", styles.h1))
    story.append(sections.table_or_none(ctx, activities, sections.capacity_table))

    delegates = [d for d in snapshot.delegates if d.committee_id == committee.id]
    story.extend(sections.heading(f"7. {labels('committee_delegates')}", styles.h1))
    story.append(
        sections.delegates_table(ctx, delegates, by_country=True)
        if delegates
        else none_paragraph(labels, styles)
    )
    return story
