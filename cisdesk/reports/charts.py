"""Bar charts for the reports, drawn with reportlab.graphics (vector, no image files)."""

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from reportlab import rl_config
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from cisdesk.reports.pdf_common import ACCENT, FONT, FONT_BOLD, INK, MUTED, RULE, register_fonts


@contextmanager
def _unchecked_shapes() -> Iterator[None]:
    """Skip reportlab's per-attribute validation of chart shapes while inside.

    The validation is a development aid that more than doubles the cost of a chart;
    these charts are fixed code, exercised by the tests with the checks left on
    everywhere else.
    """
    saved = rl_config.shapeChecking
    rl_config.shapeChecking = 0
    try:
        yield
    finally:
        rl_config.shapeChecking = saved


class _ChartDrawing(Drawing):
    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        with _unchecked_shapes():
            super().drawOn(canvas, x, y, _sW)


def percent_bar_chart(
    title: str,
    labels: Sequence[str],
    values: Sequence[float | None],
    width: float,
    height: float = 170,
    value_texts: Sequence[str] | None = None,
) -> Drawing:
    """Vertical bars of percentages (0–100) with the value printed above each bar.

    A ``None`` value draws no bar; ``value_texts`` (e.g. "sin datos") says why.
    """
    register_fonts()
    with _unchecked_shapes():
        return _build(title, labels, values, width, height, value_texts)


def _build(
    title: str,
    labels: Sequence[str],
    values: Sequence[float | None],
    width: float,
    height: float,
    value_texts: Sequence[str] | None,
) -> Drawing:
    drawing = _ChartDrawing(width, height)
    drawing.add(String(0, height - 11, title, fontName=FONT_BOLD, fontSize=9, fillColor=INK))
    chart = VerticalBarChart()
    chart.x = 28
    chart.y = 28
    # A few categories would make absurdly wide bars: cap the width per category.
    chart.width = min(width - 40, max(len(values), 1) * 70)
    chart.height = height - 58
    chart.data = [[0 if v is None else round(v, 1) for v in values] or [0]]
    chart.categoryAxis.categoryNames = list(labels) or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.dy = -3
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 20
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e3e8ee")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barSpacing = 2
    chart.groupSpacing = 8
    if value_texts is not None:
        chart.barLabelFormat = "values"
        chart.barLabelArray = [list(value_texts) or [""]]
    else:
        chart.barLabelFormat = "%.0f"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.fillColor = INK
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing
