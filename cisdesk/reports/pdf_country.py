"""The country summary a focal point prints for the minister.

The country's latest status on every result of the plan, the agreements in its
charge with their follow-up, the meetings it recorded and its delegates.
"""

import datetime as dt

from reportlab.lib.units import cm
from reportlab.platypus import Flowable

from cisdesk.messages import text
from cisdesk.reports import data
from cisdesk.reports import pdf_sections as sections
from cisdesk.reports.pdf_common import CONTENT_WIDTH, data_table, key_values, none_paragraph, para
from cisdesk.reports.pdf_sections import STATUS_FILL, Context


def _progress_table(
    ctx: Context,
    results: list[data.ResultInfo],
    latest: dict[tuple[str, str], data.ReportEntry],
    country: str,
) -> Flowable:
    labels = ctx.labels
    header = [
        labels("col_result"),
        labels("col_start"),
        labels("col_semester_reported"),
        labels("col_status"),
        labels("col_percent"),
        labels("col_note"),
    ]
    widths = [6.0 * cm, 1.9 * cm, 1.75 * cm, 2.2 * cm, 1.0 * cm]
    widths.append(CONTENT_WIDTH - sum(widths))
    rows = []
    extra: list[tuple] = [("ALIGN", (4, 1), (4, -1), "RIGHT")]
    milestone_numbers = {
        m.id: m.number for c in ctx.snapshot.committees for s in c.strategies for m in s.milestones
    }
    for result in results:
        entry = latest.get((result.id, country))
        number = f"{milestone_numbers.get(result.milestone_id, '?')}.{result.number}"
        rows.append(
            [
                f"{number} {result.text}",
                labels.semester(result.start_semester),
                entry.semester if entry else "",
                labels.enum("progress", entry.status) if entry else labels.no_report(),
                "" if entry is None or entry.percent is None else str(entry.percent),
                entry.note if entry else "",
            ]
        )
        fill = STATUS_FILL.get(entry.status) if entry and entry.status else None
        if fill is not None:
            extra.append(("BACKGROUND", (3, len(rows)), (3, len(rows)), fill))
    return data_table(header, rows, widths, ctx.styles, extra_style=extra)


def country_story(ctx: Context, country: str, year: int | None) -> list[Flowable]:
    labels, styles, snapshot = ctx.labels, ctx.styles, ctx.snapshot
    latest = data.latest_reports(snapshot.reports, up_to_year=year, country=country)
    period = f"{labels('year')} {year}" if year else labels("all_years")
    story = sections.title_page(
        ctx, f"{labels('country_title')}: {labels.country(country)}", [period]
    )

    meetings = data.select_meetings(snapshot, year=year, owner=country)
    agreements = sorted(
        (
            a
            for a in snapshot.agreements
            if a.responsible_country == country and data.in_year(a.due_date, year)
        ),
        key=lambda a: (a.due_date or dt.date.min, a.id),
    )
    delegates = [d for d in snapshot.delegates if d.owner == country]
    # A country reports the country results; the regional ones are SISCA's.
    all_results = [r for r in data.results_in_scope(snapshot.committees, None) if not r.regional]
    coverage = data.progress_coverage(all_results, latest, [country])
    if coverage.mean is None:
        progress_line = text("report.country_coverage_none", labels.lang, total=coverage.total)
    else:
        progress_line = text(
            "report.country_coverage",
            labels.lang,
            n=coverage.reported,
            total=coverage.total,
            pct=round(coverage.mean),
        )
    stats = data.agreement_stats(agreements, sections.as_of(year, ctx.identity.today))

    story.append(para(f"1. {labels('summary')}", styles.h1))
    story.append(
        key_values(
            [
                (labels("country_progress"), progress_line),
                (labels("meetings_attended"), str(len(meetings))),
                (
                    labels("country_agreements"),
                    "; ".join(
                        [
                            labels("agreements_taken", n=stats.taken),
                            labels("agreements_fulfilled", n=stats.fulfilled),
                            labels(
                                "agreements_overdue",
                                date=labels.date(stats.as_of),
                                n=len(stats.overdue),
                            ),
                        ]
                    ),
                ),
                (labels("delegates"), str(len(delegates))),
            ],
            styles,
            label_width=6 * cm,
        )
    )

    story.extend(sections.heading(f"2. {labels('country_progress')}", styles.h1))
    story.append(
        para(
            labels("country_status_year", year=year) if year else labels("country_status_latest"),
            styles.note,
        )
    )
    story.extend(
        sections.progress_charts(
            ctx,
            data.results_in_scope(snapshot.committees, year),
            latest,
            [country],
            text("report.method_up_to", labels.lang, year=year)
            if year
            else text("report.method_latest", labels.lang),
            by_country=False,
        )
    )
    for committee in snapshot.committees:
        results = [r for s in committee.strategies for r in s.results]
        if not results:
            continue
        story.extend(sections.heading(labels.committee(committee.code, committee.name), styles.h2))
        story.append(_progress_table(ctx, results, latest, country))

    story.extend(sections.heading(f"3. {labels('country_agreements')}", styles.h1))
    story.append(
        sections.agreements_table(ctx, agreements, with_followups=True)
        if agreements
        else none_paragraph(labels, styles)
    )

    story.extend(sections.heading(f"4. {labels('meetings_attended')}", styles.h1))
    story.extend(
        sections.meetings_summary(ctx, data.meeting_stats(meetings), list_over_limit=False)
    )
    story.append(sections.table_or_none(ctx, meetings, sections.meetings_table))

    story.extend(sections.heading(f"5. {labels('delegates')}", styles.h1))
    story.append(
        sections.delegates_table(ctx, delegates, by_country=False)
        if delegates
        else none_paragraph(labels, styles)
    )
    return story
