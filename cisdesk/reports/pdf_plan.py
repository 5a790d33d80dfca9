"""Report sections on the plan's processes: its frame, the PPTs of a period, what each
country reported, the regional results, the proposals' path, evaluations, versions."""

from collections.abc import Sequence

from reportlab.lib.units import cm
from reportlab.platypus import Flowable

from cisdesk.db.models import Proposal
from cisdesk.db.reference_plan import read_plan
from cisdesk.messages import text
from cisdesk.reports import data
from cisdesk.reports.data import ReportEntry, ResultInfo
from cisdesk.reports.pdf_common import CONTENT_WIDTH, data_table, gap, para
from cisdesk.reports.pdf_sections import Context, heading
from cisdesk.reports.period import Period


def t(ctx: Context, code: str, **params: object) -> str:
    return text(code, ctx.labels.lang, **params)


def guidelines() -> list[str]:
    """The nine operating guidelines, as the source words them."""
    return list(read_plan()["plan"].get("guidelines", []))


def frame_section(ctx: Context, number: int) -> list[Flowable]:
    """General objective, specific objectives, ejes de acción, nuclei and guidelines."""
    styles, snapshot = ctx.styles, ctx.snapshot
    story = heading(f"{number}. {t(ctx, 'report.frame')}", styles.h1)
    general = snapshot.objectives.get(0)
    if general:
        story.extend(heading(t(ctx, "report.general_objective"), styles.h3))
        story.append(para(general[:1].upper() + general[1:], styles.body))
    for code, items in (
        ("report.specific_objectives", snapshot.objectives),
        ("report.action_lines", snapshot.action_lines),
        ("report.nuclei", snapshot.nuclei),
    ):
        numbered = [(n, v) for n, v in sorted(items.items()) if n > 0]
        if numbered:
            story.extend(heading(t(ctx, code), styles.h3))
            story.extend(para(f"{n}) {v}", styles.body) for n, v in numbered)
    rules = guidelines()
    if rules:
        story.extend(heading(t(ctx, "report.guidelines"), styles.h3))
        story.extend(para(f"{i}. {rule}", styles.body) for i, rule in enumerate(rules, start=1))
    return story


def ppt_section(ctx: Context, period: Period) -> list[Flowable]:
    terms = data.ppt_of_period(ctx.snapshot, period)
    names: list[str] = []
    for term in terms:
        name = ctx.labels.country(term.country)
        if name not in names:
            names.append(name)
    story: list[Flowable] = [
        para(t(ctx, "report.ppt_involved_note", names=", ".join(names) or "—"), ctx.styles.body)
    ]
    rows = [[ctx.labels.semester(x.semester), ctx.labels.country(x.country)] for x in terms]
    if rows:
        widths = [5 * cm, CONTENT_WIDTH - 5 * cm]
        header = [ctx.labels("col_semester"), ctx.labels("col_country")]
        story.append(data_table(header, rows, widths, ctx.styles, long=False))
    return story


def _result_label(result: ResultInfo) -> str:
    return f"{result.committee_code} {result.number}: {result.text}"


def _milestone_numbers(ctx: Context) -> dict[str, int]:
    return {
        m.id: m.number for c in ctx.snapshot.committees for s in c.strategies for m in s.milestones
    }


def _entries_table(ctx: Context, entries: Sequence[ReportEntry]) -> Flowable:
    labels = ctx.labels
    results = ctx.snapshot.results
    numbers = _milestone_numbers(ctx)
    header = [
        labels("col_result"),
        labels("col_semester"),
        labels("col_status"),
        t(ctx, "report.col_percent"),
    ]
    widths = [2.2 * cm, 2.6 * cm, 1.4 * cm]
    widths.insert(0, CONTENT_WIDTH - sum(widths))
    rows = []
    for entry in entries:
        result = results.get(entry.result_id)
        if result is None:
            continue
        label = f"{result.committee_code} {numbers.get(result.milestone_id, 0)}.{result.number}"
        rows.append(
            [
                f"{label} {result.text}",
                entry.semester,
                labels.enum("progress", entry.status),
                "" if entry.percent is None else str(entry.percent),
            ]
        )
    return data_table(header, rows, widths, ctx.styles)


def country_reports_section(
    ctx: Context, period: Period, countries: Sequence[str]
) -> list[Flowable]:
    """Per country, its latest report on each result within the period."""
    styles = ctx.styles
    story: list[Flowable] = []
    latest = data.latest_reports(ctx.snapshot.reports, period=period)
    for country in countries:
        entries = sorted(
            (e for (_r, c), e in latest.items() if c == country),
            key=lambda e: (e.sem, e.result_id),
        )
        story.extend(heading(ctx.labels.country(country), styles.h3))
        if not entries:
            story.append(para(t(ctx, "report.country_reports_none"), styles.note))
            continue
        count = sum(
            1
            for e in ctx.snapshot.reports
            if e.country == country and period.touches_semester(e.sem)
        )
        story.append(
            para(t(ctx, "report.country_reports_count", n=count, results=len(entries)), styles.note)
        )
        story.append(_entries_table(ctx, entries))
        story.append(gap(0.2 * cm))
    return story


def regional_results_section(ctx: Context, period: Period | None) -> list[Flowable]:
    """SISCA's regional deliverables and their latest status (in the period, when given)."""
    styles = ctx.styles
    regional = [
        r
        for r in ctx.snapshot.results.values()
        if r.regional and (period is None or r.applies_during(period))
    ]
    story: list[Flowable] = [para(t(ctx, "report.regional_note"), styles.note)]
    if not regional:
        story.append(para(ctx.labels("none_in_period"), styles.note))
        return story
    latest = data.latest_reports(ctx.snapshot.regional_reports, period=period)
    numbers = _milestone_numbers(ctx)
    labels = ctx.labels
    header = [
        labels("col_result"),
        labels("col_start"),
        labels("col_status"),
        t(ctx, "report.col_percent"),
    ]
    widths = [2.6 * cm, 2.6 * cm, 1.4 * cm]
    widths.insert(0, CONTENT_WIDTH - sum(widths))
    rows = []
    for result in regional:
        entry = latest.get((result.id, "REG"))
        label = f"{result.committee_code} {numbers.get(result.milestone_id, 0)}.{result.number}"
        rows.append(
            [
                f"{label} {result.text}",
                labels.semester(result.start_semester),
                labels.enum("progress", entry.status) if entry else labels.enum("progress", "none"),
                "" if entry is None or entry.percent is None else str(entry.percent),
            ]
        )
    story.append(data_table(header, rows, widths, styles))
    return story


def proposals_section(ctx: Context, proposals: Sequence[Proposal]) -> Flowable:
    """The proposals raised to the CIS, each with its path so far."""
    labels = ctx.labels
    header = [
        labels("col_committee"),
        labels("col_title"),
        t(ctx, "report.proposal_path"),
        labels("col_recorded_by"),
    ]
    widths = [1.4 * cm, 6.4 * cm, 6.6 * cm]
    widths.append(CONTENT_WIDTH - sum(widths))
    rows = []
    for proposal in proposals:
        steps = ctx.snapshot.proposal_steps.get(proposal.id, [])
        refs = {s.step: s.reference for s in steps if s.reference}
        path = []
        for step, day in data.proposal_path(ctx.snapshot, proposal):
            line = f"{t(ctx, 'step.' + step)} {labels.short_date(day)}".strip()
            if refs.get(step):
                line += f" ({refs[step]})"
            path.append(line)
        rows.append(
            [
                ctx.committee_label(proposal.committee_id),
                proposal.title,
                "\n".join(path),
                labels.country(proposal.owner),
            ]
        )
    if not rows:
        return para(labels("none_in_period"), ctx.styles.note)
    return data_table(header, rows, widths, ctx.styles)


def evaluations_section(ctx: Context, period: Period) -> list[Flowable]:
    styles = ctx.styles
    evaluations = [e for e in ctx.snapshot.evaluations if period.contains(e.date)]
    if not evaluations:
        return [para(ctx.labels("none_in_period"), styles.note)]
    strategies = {s.id: s.title for c in ctx.snapshot.committees for s in c.strategies}
    story: list[Flowable] = []
    for evaluation in evaluations:
        kind = t(ctx, f"report.evaluation.{evaluation.kind or 'mid_term'}")
        title = f"{kind}: {evaluation.title}" if evaluation.title else kind
        story.extend(heading(f"{title} ({ctx.labels.date(evaluation.date)})", styles.h3))
        if evaluation.findings:
            story.append(para(f"{t(ctx, 'report.findings')}: {evaluation.findings}", styles.body))
        if evaluation.adjustments:
            story.append(
                para(f"{t(ctx, 'report.adjustments')}: {evaluation.adjustments}", styles.body)
            )
        if evaluation.strategy_id in strategies:
            led = t(
                ctx,
                "report.version_n",
                strategy=strategies[evaluation.strategy_id],
                n=evaluation.strategy_version or 1,
            )
            story.append(para(f"{t(ctx, 'report.led_to')}: {led}", styles.body))
    return story
