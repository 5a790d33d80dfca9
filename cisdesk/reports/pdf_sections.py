"""Building blocks shared by the annual, country and committee reports."""

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from cisdesk.countries import COUNTRY_CODES, REGIONAL
from cisdesk.db.models import (
    Agreement,
    AgreementFollowUp,
    CapacityActivity,
    Delegate,
    Meeting,
    PptTerm,
    ProgressStatus,
    Proposal,
)
from cisdesk.messages import text
from cisdesk.reports import data
from cisdesk.reports.charts import percent_bar_chart
from cisdesk.reports.data import CommitteeInfo, RecordIdentity, ReportEntry, Snapshot, StrategyInfo
from cisdesk.reports.i18n import Labels
from cisdesk.reports.pdf_common import (
    CONTENT_WIDTH,
    Styles,
    data_table,
    gap,
    key_values,
    none_paragraph,
    para,
    scope_label,
    short_fingerprint,
)

_EMPHASIS = re.compile(r"\*([^*\n]+)\*")

STATUS_FILL = {
    ProgressStatus.COMPLETED.value: colors.HexColor("#cfe8cf"),
    ProgressStatus.IN_PROGRESS.value: colors.HexColor("#d6e6f5"),
    ProgressStatus.DELAYED.value: colors.HexColor("#f8dcc0"),
    ProgressStatus.NOT_STARTED.value: colors.HexColor("#eeeeee"),
    ProgressStatus.CANCELLED.value: colors.HexColor("#d9d9d9"),
}

#: Status symbols of the milestone tables: no letter code can be read as a country
#: code (NI was both "No iniciado" and Nicaragua).
STATUS_SYMBOL = {
    ProgressStatus.COMPLETED.value: "●",
    ProgressStatus.IN_PROGRESS.value: "◐",
    ProgressStatus.NOT_STARTED.value: "○",
    ProgressStatus.DELAYED.value: "▲",
    ProgressStatus.CANCELLED.value: "✕",
}
NO_REPORT_SYMBOL = "–"

_MONTHS = {
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "en": "January February March April May June July August September October November December",
}
_TABLE_NUMBER = re.compile(r"^\s*Cuadro\s+(\d+)\.?\s*")


def status_symbol(status: str | None) -> str:
    if status is None:
        return NO_REPORT_SYMBOL
    return STATUS_SYMBOL.get(status, "?")


@dataclass
class Context:
    """What every section needs: the data, the wording, the styles."""

    identity: RecordIdentity
    snapshot: Snapshot
    labels: Labels
    styles: Styles

    def committee_label(self, committee_id: str | None) -> str:
        if committee_id is None:
            return "—"  # a joint meeting: the three committees
        committee = self.snapshot.committee_by_id.get(committee_id)
        return committee.code if committee else "?"


def emphasis_para(value: str | None, style) -> Flowable:
    """Plain text where the source's ``*words*`` print in italics instead of asterisks."""
    return Paragraph(_EMPHASIS.sub(r"<i>\1</i>", escape(value or "")), style)


def title_page(ctx: Context, title: str, subtitle_lines: Sequence[str]) -> list[Flowable]:
    labels, styles = ctx.labels, ctx.styles
    story: list[Flowable] = [Spacer(1, 4.5 * cm), para(title, styles.title)]
    story.append(para(labels("plan_name"), styles.subtitle))
    story.append(gap(0.6 * cm))
    for line in subtitle_lines:
        story.append(para(line, styles.subtitle))
    story.append(Spacer(1, 3 * cm))
    story.append(
        key_values(
            [
                (labels("install"), scope_label(ctx.identity, labels)),
                (labels("generated_on", date="").strip(), labels.date(ctx.identity.today)),
                (
                    text("report.fingerprint", labels.lang),
                    short_fingerprint(ctx.identity.digest),
                ),
                (text("report.fingerprint_full", labels.lang), ctx.identity.digest),
            ],
            styles,
        )
    )
    story.append(gap(0.4 * cm))
    story.append(para(text("report.fingerprint_note", labels.lang), styles.note))
    if labels.plan_text_note():
        story.append(para(labels.plan_text_note(), styles.note))
    story.append(PageBreak())
    return story


def heading(text: str, style) -> list[Flowable]:
    """A heading kept with what follows (never alone at the foot of a page)."""
    return [CondPageBreak(3 * cm), para(text, style)]


# --- Strategy and milestones ------------------------------------------------------


def strategy_block(
    ctx: Context, strategy: StrategyInfo, *, with_combos: bool = False
) -> list[Flowable]:
    labels, styles = ctx.labels, ctx.styles
    status = labels.enum("strategy", strategy.status)
    dates = []
    if strategy.validated_on:
        dates.append(labels("validated_on", date=labels.date(strategy.validated_on)))
    if strategy.approved_on:
        dates.append(labels("approved_on", date=labels.date(strategy.approved_on)))
    if dates:
        status = f"{status} ({'; '.join(dates)})"
    period = period_text(strategy, labels)
    story: list[Flowable] = [
        key_values(
            [
                (labels("strategy"), strategy.title),
                (labels("period"), period),
                (labels("approval_status"), status),
            ],
            styles,
        ),
        gap(),
    ]
    if with_combos and strategy.combos:
        story.extend(heading(labels("thematic_combos"), styles.h3))
        for combo in strategy.combos:
            story.append(para(f"{labels('combo', n=combo.number)}. {combo.title}", styles.body))
            for line in combo.lines:
                story.append(emphasis_para(f"• {line}", styles.note))
        story.append(gap())
    return story


def _month(value: str | None, lang: str) -> str | None:
    """``"2018-01"`` → ``"enero de 2018"`` / ``"January 2018"``."""
    try:
        year, month = (int(part) for part in (value or "").split("-")[:2])
        name = _MONTHS[lang].split()[month - 1]
    except (ValueError, IndexError):
        return None
    return f"{name} de {year}" if lang == "es" else f"{name} {year}"


def period_text(strategy: StrategyInfo, labels: Labels) -> str:
    """The strategy's period in the report's language (the plan's words in Spanish)."""
    if labels.lang == "es" and strategy.period_text:
        return strategy.period_text
    start = _month(strategy.period_start, labels.lang)
    end = _month(strategy.period_end, labels.lang)
    if start and end:
        return text("report.period_between", labels.lang, start=start, end=end)
    return strategy.period_text or f"{strategy.period_start or ''} – {strategy.period_end or ''}"


def table_title(strategy: StrategyInfo, committee: CommitteeInfo, labels: Labels) -> str:
    """The source's "Cuadro n. …" title; in English, "Table n. …" in English words."""
    title = strategy.table_title or ""
    if labels.lang == "es":
        return title or labels("milestones_results")
    match = _TABLE_NUMBER.match(title)
    words = f"{labels('milestones_results')} — {labels.committee(committee.code, committee.name)}"
    if match is None:
        return words
    return f"{text('report.table_n', labels.lang, n=match.group(1))}. {words}"


def keep_with_next(head: Sequence[Flowable], following: Flowable, lead: float) -> list[Flowable]:
    """Headings and notes that never stay alone at a page foot: they move to the next
    page unless there is room for them and ``lead`` points of what follows."""
    height = lead
    for flowable in head:
        height += flowable.wrap(CONTENT_WIDTH, 10_000)[1]
        height += flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return [CondPageBreak(height + 4), *head, following]


def regional_status(labels: Labels, entry: ReportEntry | None) -> str:
    """A regional result's status as SISCA reported it: "Regional (SISCA): Completado, 100 %"."""
    status = labels.enum("progress", entry.status) if entry and entry.status else None
    shown = status or labels.no_report()
    if status and entry is not None and entry.percent is not None:
        shown = f"{shown}, {entry.percent} %"
    return text("report.regional_status", labels.lang, status=shown)


def milestones_table(
    ctx: Context,
    strategy: StrategyInfo,
    latest: dict[tuple[str, str], ReportEntry],
    countries: Sequence[str],
    regional_latest: dict[tuple[str, str], ReportEntry] | None = None,
) -> Flowable:
    """The source's table (Hito / Resultado / Inicio) with a status column per country.

    A regional result is SISCA's deliverable, outside every country's figures: it gets
    one status, SISCA's (from ``regional_latest``), written under its text, and one
    cell across the country columns, not a column of "no report" per country.
    """
    labels = ctx.labels
    regional_latest = regional_latest or {}
    code_width = 0.8 * cm
    start_width = 1.9 * cm
    text_width = (CONTENT_WIDTH - start_width - code_width * len(countries)) / 2
    widths = [text_width, text_width, start_width] + [code_width] * len(countries)
    header = [labels("col_milestone"), labels("col_result"), labels("col_start"), *countries]
    rows: list[list] = []
    extra: list[tuple] = []
    for milestone in strategy.milestones:
        first = len(rows) + 1  # +1: the header row
        results = milestone.results or [None]
        for index, result in enumerate(results):
            row = [milestone.text if index == 0 else "", "", ""]
            if result is not None:
                row[1] = result.text
                row[2] = labels.semester(result.start_semester)
            if result is not None and result.regional:
                entry = regional_latest.get((result.id, REGIONAL))
                row[1] = f"{result.text}\n{regional_status(labels, entry)}"
                row.append(status_symbol(entry.status if entry else None))
                row.extend("" for _ in countries[1:])
                here = len(rows) + 1
                extra.append(("SPAN", (3, here), (-1, here)))
                fill = STATUS_FILL.get(entry.status) if entry and entry.status else None
                if fill is not None:
                    extra.append(("BACKGROUND", (3, here), (-1, here), fill))
                rows.append(row)
                continue
            for col, country in enumerate(countries, start=3):
                entry = latest.get((result.id, country)) if result else None
                row.append(status_symbol(entry.status if entry else None))
                fill = STATUS_FILL.get(entry.status) if entry and entry.status else None
                if fill is not None:
                    extra.append(("BACKGROUND", (col, len(rows) + 1), (col, len(rows) + 1), fill))
            rows.append(row)
        last = len(rows)
        if last > first:
            extra.append(("SPAN", (0, first), (0, last)))
        extra.append(("LINEBELOW", (0, last), (-1, last), 0.6, colors.HexColor("#6f7f8f")))
    extra.append(("ALIGN", (3, 0), (-1, -1), "CENTER"))
    table = data_table(header, rows, widths, ctx.styles, extra_style=extra)
    # The header and the first milestone's rows, measured alone (cheap), so a heading
    # is kept with the start of its table.
    first_group = (
        next((i for i, row in enumerate(rows[1:], start=1) if row[0]), len(rows)) if rows else 0
    )
    lead = data_table(header, rows[:first_group], widths, ctx.styles)
    table.lead_height = lead.wrap(CONTENT_WIDTH, 10_000)[1]
    return table


def status_legend(ctx: Context, countries: Sequence[str]) -> Flowable:
    labels = ctx.labels
    symbols = [
        f"{STATUS_SYMBOL[s.value]} {labels.enum('progress', s.value)}" for s in ProgressStatus
    ]
    symbols.append(f"{NO_REPORT_SYMBOL} {labels.no_report()}")
    names = [f"{c} = {labels.country(c)}" for c in countries]
    return para(
        text(
            "report.symbols_legend",
            labels.lang,
            symbols="; ".join(symbols),
            countries="; ".join(names),
        ),
        ctx.styles.note,
    )


def committee_plan_section(
    ctx: Context,
    committee: CommitteeInfo,
    strategies: Sequence[StrategyInfo],
    latest: dict[tuple[str, str], ReportEntry],
    countries: Sequence[str],
    status_note: str,
    *,
    with_combos: bool = False,
    title: str | None = None,
    regional_latest: dict[tuple[str, str], ReportEntry] | None = None,
) -> list[Flowable]:
    """Each strategy and its milestone table; ``title`` (the committee) is kept with the
    first strategy and the start of its table, never left alone at a page foot.
    ``regional_latest``: SISCA's reports that count for the regional results."""
    labels, styles = ctx.labels, ctx.styles
    story: list[Flowable] = []
    lead_in: list[Flowable] = [para(title, styles.h2)] if title else []
    if not strategies:
        story.extend(lead_in)
        story.append(para(labels("no_strategy"), styles.note))
        return story
    for strategy in strategies:
        block = strategy_block(ctx, strategy, with_combos=with_combos)
        if with_combos:  # long: let it flow, keep only the table's own heading with it
            story.extend(lead_in + block)
            lead_in, block = [], []
        table = milestones_table(ctx, strategy, latest, countries, regional_latest)
        head = [
            *lead_in,
            *block,
            para(table_title(strategy, committee, labels), styles.h3),
            para(status_note, styles.note),
        ]
        lead_in = []
        story.extend(keep_with_next(head, table, getattr(table, "lead_height", 2 * cm)))
        story.append(gap(0.15 * cm))
        story.append(status_legend(ctx, countries))
        story.append(gap(0.4 * cm))
    return story


def strategies_for_year(
    committee: CommitteeInfo, year: int | None, reported: set[str]
) -> list[StrategyInfo]:
    """Strategies whose period touches ``year`` or with a result in ``reported`` that year.

    When none qualifies, the most recent strategy, so a committee is never blank.
    """
    if year is None:
        return list(committee.strategies)
    chosen = [
        s
        for s in committee.strategies
        if s.overlaps(year) or any(r.id in reported for r in s.results)
    ]
    if not chosen and committee.strategies:
        chosen = [max(committee.strategies, key=lambda s: s.period_start or "")]
    return chosen


# --- Progress charts ---------------------------------------------------------------


def _percent_text(coverage: data.Coverage, lang: str) -> str:
    if coverage.mean is None:
        return text("report.no_data", lang)
    return f"{coverage.mean:.0f}"


def progress_charts(
    ctx: Context,
    results: list[data.ResultInfo],
    latest: dict[tuple[str, str], ReportEntry],
    countries: list[str],
    method_note: str,
    *,
    by_country: bool = True,
) -> list[Flowable]:
    """Mean progress by nucleus and by country, over what was reported only.

    Without any report there is no chart (a chart of zeros reads as zero
    performance); a country without reports is marked "no data" and named.
    """
    labels, styles, lang = ctx.labels, ctx.styles, ctx.labels.lang
    overall = data.progress_coverage(results, latest, countries)
    story: list[Flowable] = [para(method_note, styles.note)]
    if len(countries) == 1:
        coverage = text("report.coverage_country", lang, n=overall.reported, total=overall.total)
    else:
        coverage = text(
            "report.coverage_countries",
            lang,
            n=overall.reported,
            total=overall.total,
            countries=len(countries),
            results=len(results),
        )
    story.append(para(coverage, styles.note))
    if not overall.has_data:
        key = "report.country_no_data" if len(countries) == 1 else "report.no_progress_data"
        country = labels.country(countries[0]) if countries else ""
        story.append(para(text(key, lang, country=country), styles.body))
        return story
    story.append(para(text("report.bar_values", lang), styles.note))
    story.append(gap(0.2 * cm))
    by_nucleus = data.progress_by_nucleus(ctx.snapshot, results, latest, countries)
    chart = percent_bar_chart(
        labels("progress_by_nucleus"),
        [labels("nucleus_n", n=n) for n, _ in by_nucleus],
        [c.mean for _, c in by_nucleus],
        CONTENT_WIDTH,
        value_texts=[_percent_text(c, lang) for _, c in by_nucleus],
    )
    legend = "; ".join(
        f"{labels('nucleus_n', n=n)} = {ctx.snapshot.nuclei.get(n, '')}" for n, _ in by_nucleus
    )
    story.append(KeepTogether([chart, para(legend, styles.note)]))
    story.append(gap(0.4 * cm))
    if by_country and countries:
        values = data.progress_by_country(results, latest, countries)
        chart = percent_bar_chart(
            labels("progress_by_country"),
            [c for c, _ in values],
            [cov.mean for _, cov in values],
            CONTENT_WIDTH,
            value_texts=[_percent_text(cov, lang) for _, cov in values],
        )
        missing = [labels.country(c) for c, cov in values if not cov.has_data]
        notes = (
            [
                para(
                    text("report.countries_without_data", lang, names=", ".join(missing)),
                    styles.note,
                )
            ]
            if missing
            else []
        )
        story.append(KeepTogether([chart, *notes]))
    return story


# --- Meetings and agreements --------------------------------------------------------


def meetings_summary(
    ctx: Context, stats: data.MeetingStats, *, list_over_limit: bool = True
) -> list[Flowable]:
    labels, styles = ctx.labels, ctx.styles
    story: list[Flowable] = [
        para(labels("meetings_total", n=stats.total), styles.body),
        para(
            labels(
                "meetings_virtual",
                n=stats.virtual,
                pct=stats.virtual_percent,
                m=stats.total - stats.virtual,
            ),
            styles.body,
        ),
        para(text("report.guideline_virtual", labels.lang, n=len(stats.over_limit)), styles.body),
    ]
    if stats.over_limit and list_over_limit:
        story.extend(heading(labels("over_limit"), styles.h3))
        story.append(meetings_table(ctx, stats.over_limit))
    return story


def meetings_table(ctx: Context, meetings: Sequence[Meeting]) -> Flowable:
    labels = ctx.labels
    header = [
        labels("col_date"),
        labels("col_kind"),
        labels("col_committee"),
        labels("col_title"),
        labels("col_mode"),
        labels("col_duration"),
        labels("col_recorded_by"),
    ]
    widths = [1.9 * cm, 2.8 * cm, 1.3 * cm, 5.0 * cm, 1.9 * cm, 1.6 * cm]
    widths.append(CONTENT_WIDTH - sum(widths))
    rows = [
        [
            labels.short_date(m.date),
            labels.enum("meeting", m.kind),
            ctx.committee_label(m.committee_id),
            m.title,
            labels("virtual") if m.virtual else labels("in_person"),
            "" if m.duration_minutes is None else str(m.duration_minutes),
            labels.country(m.owner),
        ]
        for m in meetings
    ]
    return data_table(
        header, rows, widths, ctx.styles, extra_style=[("ALIGN", (5, 1), (5, -1), "RIGHT")]
    )


def agreements_summary(ctx: Context, stats: data.AgreementStats) -> list[Flowable]:
    labels, styles = ctx.labels, ctx.styles
    story: list[Flowable] = [
        para(labels("agreements_taken", n=stats.taken), styles.body),
        para(labels("agreements_fulfilled", n=stats.fulfilled), styles.body),
        para(
            labels("agreements_overdue", date=labels.date(stats.as_of), n=len(stats.overdue)),
            styles.body,
        ),
    ]
    if stats.overdue:
        story.extend(heading(labels("overdue_list"), styles.h3))
        story.append(agreements_table(ctx, stats.overdue))
    return story


def _followup_text(ctx: Context, followups: Sequence[AgreementFollowUp]) -> str:
    labels = ctx.labels
    lines = []
    for f in followups:
        note = f" — {f.note}" if f.note else ""
        lines.append(f"{labels.short_date(f.date)}: {labels.enum('agreement', f.status)}{note}")
    return "\n".join(lines)


def agreements_table(
    ctx: Context, agreements: Sequence[Agreement], *, with_followups: bool = False
) -> Flowable:
    """Agreements; with follow-ups (one country's own list) instead of the responsible."""
    labels = ctx.labels
    meetings = {m.id: m for m in ctx.snapshot.meetings}
    if with_followups:
        header = [
            labels("col_due"),
            labels("col_text"),
            labels("col_meeting"),
            labels("col_status"),
            labels("col_followups"),
        ]
        widths = [1.9 * cm, 4.6 * cm, 3.0 * cm, 1.9 * cm]
    else:
        header = [
            labels("col_due"),
            labels("col_text"),
            labels("col_meeting"),
            labels("col_responsible"),
            labels("col_status"),
        ]
        widths = [1.9 * cm, 6.2 * cm, 3.6 * cm, 2.3 * cm]
    widths.append(CONTENT_WIDTH - sum(widths))
    rows = []
    for a in agreements:
        meeting = meetings.get(a.meeting_id or "")
        meeting_text = (
            f"{labels.short_date(meeting.date)} {meeting.title or ''}".strip() if meeting else ""
        )
        if with_followups:
            followups = _followup_text(ctx, ctx.snapshot.followups.get(a.id, []))
            row = [
                labels.short_date(a.due_date),
                a.text,
                meeting_text,
                labels.enum("agreement", a.status),
                followups,
            ]
        else:
            row = [
                labels.short_date(a.due_date),
                a.text,
                meeting_text,
                labels.country(a.responsible_country),
                labels.enum("agreement", a.status),
            ]
        rows.append(row)
    return data_table(header, rows, widths, ctx.styles)


# --- Proposals, capacity building, PPT, delegates ------------------------------------


def proposals_table(ctx: Context, proposals: Sequence[Proposal]) -> Flowable:
    labels = ctx.labels
    header = [
        labels("col_date"),
        labels("col_committee"),
        labels("col_title"),
        labels("col_status"),
        labels("col_recorded_by"),
    ]
    widths = [1.9 * cm, 1.4 * cm, 8.3 * cm, 2.8 * cm]
    widths.append(CONTENT_WIDTH - sum(widths))
    rows = [
        [
            labels.short_date(p.date),
            ctx.committee_label(p.committee_id),
            p.title,
            labels.enum("proposal", p.status),
            labels.country(p.owner),
        ]
        for p in proposals
    ]
    return data_table(header, rows, widths, ctx.styles)


def capacity_table(ctx: Context, activities: Sequence[CapacityActivity]) -> Flowable:
    labels = ctx.labels
    header = [
        labels("col_date"),
        labels("col_kind"),
        labels("col_committee"),
        labels("col_title"),
        labels("col_extra_regional"),
        labels("col_count"),
        labels("col_recorded_by"),
    ]
    widths = [1.9 * cm, 3.0 * cm, 1.3 * cm, 5.2 * cm, 1.9 * cm, 1.8 * cm]
    widths.append(CONTENT_WIDTH - sum(widths))
    rows = [
        [
            labels.short_date(a.date),
            labels.enum("training", a.kind),
            ctx.committee_label(a.committee_id),
            a.title,
            labels.yes_no(a.extra_regional),
            "" if a.participants is None else str(a.participants),
            labels.country(a.owner),
        ]
        for a in activities
    ]
    return data_table(
        header, rows, widths, ctx.styles, extra_style=[("ALIGN", (5, 1), (5, -1), "RIGHT")]
    )


def ppt_table(ctx: Context, terms: Sequence[PptTerm]) -> Flowable:
    labels = ctx.labels
    widths = [5 * cm, CONTENT_WIDTH - 5 * cm]
    rows = [[labels.semester(t.semester), labels.country(t.country)] for t in terms]
    return data_table(
        [labels("col_semester"), labels("col_country")], rows, widths, ctx.styles, long=False
    )


def delegates_table(ctx: Context, delegates: Sequence[Delegate], *, by_country: bool) -> Flowable:
    labels = ctx.labels
    first = labels("col_country") if by_country else labels("col_committee")
    header = [
        first,
        labels("col_name"),
        labels("col_institution"),
        labels("col_position"),
        labels("col_contact"),
    ]
    widths = [2.3 * cm, 3.8 * cm, 4.6 * cm, 2.2 * cm]
    widths.append(CONTENT_WIDTH - sum(widths))

    def order(d: Delegate) -> tuple:
        country_index = COUNTRY_CODES.index(d.owner) if d.owner in COUNTRY_CODES else 99
        return (
            country_index,
            ctx.committee_label(d.committee_id),
            not d.is_focal_point,
            d.name or "",
        )

    rows = []
    for d in sorted(delegates, key=order):
        name = d.name or ""
        if d.is_focal_point:
            name = f"{name} ({labels('focal_point')})"
        contact = "\n".join(v for v in (d.email, d.phone) if v)
        rows.append(
            [
                labels.country(d.owner) if by_country else ctx.committee_label(d.committee_id),
                name,
                d.institution,
                d.position,
                contact,
            ]
        )
    return data_table(header, rows, widths, ctx.styles)


def table_or_none(ctx: Context, items: Sequence, make) -> Flowable:
    return make(ctx, items) if items else none_paragraph(ctx.labels, ctx.styles)


def as_of(year: int | None, today: dt.date) -> dt.date:
    return data.overdue_reference_date(year, today)
