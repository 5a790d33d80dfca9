"""Small horizontal charts drawn with QPainter (no chart library on old laptops).

Both charts keep their data as plain values so tests can read what is shown,
and give each bar a tooltip with the exact figures.
"""

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

BAR_HEIGHT = 18
ROW_GAP = 8
MARGIN = 6


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None  # 0..100; None: nothing to show (an empty track)
    tooltip: str = ""
    #: What is written after the bar (default: the value as a percentage).
    figure: str = ""

    @property
    def shown(self) -> str:
        return self.figure or ("" if self.value is None else f"{self.value:.0f} %")


@dataclass(frozen=True)
class StackedBar:
    label: str
    segments: tuple[tuple[str, int], ...]  # (key, count)
    tooltip: str = ""

    @property
    def total(self) -> int:
        return sum(count for _key, count in self.segments)


class _ChartBase(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        #: Width of the labels column; None fits the longest label, up to half the chart.
        self.fixed_label_width: int | None = None

    @property
    def label_width(self) -> int:
        if self.fixed_label_width is not None:
            return self.fixed_label_width
        metrics = QFontMetrics(self.font())
        widest = max((metrics.horizontalAdvance(t) for t in self._labels()), default=0) + 16
        return max(80, min(widest, self.width() // 2))

    @label_width.setter
    def label_width(self, value: int | None) -> None:
        self.fixed_label_width = value

    def _labels(self) -> list[str]:
        return []

    def label_elided(self, index: int) -> bool:
        """Whether row ``index``'s label is cut (its tooltip then says it whole)."""
        labels = self._labels()
        metrics = QFontMetrics(self.font())
        return metrics.horizontalAdvance(labels[index]) > self.label_width - 8

    def _rows(self) -> int:
        raise NotImplementedError

    def _legend_height(self) -> int:
        return 0

    def sizeHint(self) -> QSize:
        rows = max(self._rows(), 1)
        height = 2 * MARGIN + rows * (BAR_HEIGHT + ROW_GAP) + self._legend_height()
        return QSize(420, height)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def _row_rect(self, index: int) -> QRect:
        top = MARGIN + index * (BAR_HEIGHT + ROW_GAP)
        left = MARGIN + self.label_width
        width = max(self.width() - left - MARGIN - 48, 20)
        return QRect(left, top, width, BAR_HEIGHT)

    def _row_at(self, pos: QPoint) -> int | None:
        index = (pos.y() - MARGIN) // (BAR_HEIGHT + ROW_GAP)
        return index if 0 <= index < self._rows() else None

    def _elided_label(self, painter: QPainter, text: str) -> str:
        return QFontMetrics(painter.font()).elidedText(
            text, Qt.TextElideMode.ElideRight, self.label_width - 8
        )

    def _tooltip(self, index: int) -> str:
        raise NotImplementedError

    def event(self, event) -> bool:  # type: ignore[override]
        if event.type() == event.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self._row_at(event.pos())
            if index is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self._tooltip(index), self)
            return True
        return super().event(event)

    def _empty(self, painter: QPainter, text: str) -> None:
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, text)


class BarChart(_ChartBase):
    """One bar per row, 0–100 %."""

    def __init__(self, parent: QWidget | None = None, color: str = "#1e88e5") -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.color = QColor(color)
        self.empty_text = ""

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = list(bars)
        self.updateGeometry()
        self.update()

    def _rows(self) -> int:
        return len(self.bars)

    def _labels(self) -> list[str]:
        return [bar.label for bar in self.bars]

    def _tooltip(self, index: int) -> str:
        bar = self.bars[index]
        return bar.tooltip or f"{bar.label}: {bar.shown}"

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.bars:
            self._empty(painter, self.empty_text)
            return
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        track = self.palette().color(QPalette.ColorRole.AlternateBase)
        for index, bar in enumerate(self.bars):
            rect = self._row_rect(index)
            painter.setPen(text_color)
            label_rect = QRect(MARGIN, rect.top(), self.label_width - 8, BAR_HEIGHT)
            painter.drawText(
                label_rect,
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                self._elided_label(painter, bar.label),
            )
            painter.fillRect(rect, track)
            if bar.value is None:  # e.g. nobody reported: said inside the empty track
                painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
                painter.drawText(
                    rect.adjusted(6, 0, 0, 0),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    bar.shown,
                )
                continue
            filled = QRect(rect)
            filled.setWidth(round(rect.width() * max(0.0, min(bar.value, 100.0)) / 100))
            painter.fillRect(filled, self.color)
            painter.drawText(
                QRect(rect.right() + 6, rect.top(), 44, BAR_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                bar.shown,
            )


class StackedBarChart(_ChartBase):
    """One bar per row split into coloured segments (counts by status), with a legend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[StackedBar] = []
        self.colors: dict[str, QColor] = {}
        self.legend: list[tuple[str, str]] = []  # (key, label)
        self.empty_text = ""

    def set_data(
        self, bars: list[StackedBar], colors: dict[str, QColor], legend: list[tuple[str, str]]
    ) -> None:
        self.bars = list(bars)
        self.colors = dict(colors)
        self.legend = list(legend)
        self.updateGeometry()
        self.update()

    def _rows(self) -> int:
        return len(self.bars)

    def _labels(self) -> list[str]:
        return [bar.label for bar in self.bars]

    def _legend_lines(self, width: int | None = None) -> list[list[tuple[str, str]]]:
        """The legend's entries wrapped to the chart's width (never cut)."""
        metrics = QFontMetrics(self.font())
        room = max((width or self.width()) - MARGIN - self.label_width, 120)
        lines: list[list[tuple[str, str]]] = [[]]
        used = 0
        for key, label in self.legend:
            need = 28 + metrics.horizontalAdvance(label)
            if lines[-1] and used + need > room:
                lines.append([])
                used = 0
            lines[-1].append((key, label))
            used += need
        return lines if self.legend else []

    def _legend_height(self) -> int:
        return len(self._legend_lines()) * (BAR_HEIGHT + ROW_GAP // 2)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self.updateGeometry()  # the legend may wrap to another number of lines

    def _tooltip(self, index: int) -> str:
        bar = self.bars[index]
        if bar.tooltip:
            return bar.tooltip
        labels = dict(self.legend)
        parts = [f"{labels.get(key, key)}: {count}" for key, count in bar.segments if count]
        return f"{bar.label}\n" + "\n".join(parts)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        if not self.bars:
            self._empty(painter, self.empty_text)
            return
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        for index, bar in enumerate(self.bars):
            rect = self._row_rect(index)
            painter.setPen(text_color)
            painter.drawText(
                QRect(MARGIN, rect.top(), self.label_width - 8, BAR_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                self._elided_label(painter, bar.label),
            )
            total = bar.total
            left = rect.left()
            if total:
                for position, (key, count) in enumerate(bar.segments):
                    if position == len(bar.segments) - 1:
                        width = rect.right() + 1 - left
                    else:
                        width = round(rect.width() * count / total)
                    painter.fillRect(
                        QRect(left, rect.top(), width, BAR_HEIGHT),
                        self.colors.get(key, QColor("#cccccc")),
                    )
                    left += width
            painter.setPen(QColor("#90a4ae"))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
            painter.setPen(text_color)
            painter.drawText(
                QRect(rect.right() + 6, rect.top(), 44, BAR_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                str(total),
            )
        self._paint_legend(painter, text_color)

    def _paint_legend(self, painter: QPainter, text_color: QColor) -> None:
        top = MARGIN + len(self.bars) * (BAR_HEIGHT + ROW_GAP)
        metrics = QFontMetrics(painter.font())
        for line in self._legend_lines():
            left = MARGIN + self.label_width
            for key, label in line:
                box = QRect(left, top + 4, 10, 10)
                painter.fillRect(box, self.colors.get(key, QColor("#ccc")))
                painter.setPen(QColor("#90a4ae"))
                painter.drawRect(box)
                painter.setPen(text_color)
                painter.drawText(left + 14, top + 13, label)
                left += 28 + metrics.horizontalAdvance(label)
            top += BAR_HEIGHT + ROW_GAP // 2
