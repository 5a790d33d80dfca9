"""A grid of coloured cells: rows × columns with a status each (country × result at SISCA).

Drawn with QPainter so a region of eight countries and dozens of results stays one
light widget; hovering a cell tells what it stands for.
"""

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QToolTip, QWidget

CELL = 18
GAP = 2
MARGIN = 6
HEADER = 64  # room for the rotated column labels


@dataclass(frozen=True)
class MatrixColumn:
    key: str
    label: str
    tooltip: str = ""


@dataclass(frozen=True)
class MatrixRow:
    key: str
    label: str


class StatusMatrix(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[MatrixRow] = []
        self.columns: list[MatrixColumn] = []
        self.cells: dict[tuple[str, str], str] = {}  # (row key, column key) → status
        self.colors: dict[str, QColor] = {}
        self.status_labels: dict[str, str] = {}
        self.row_label_width = 140
        self.setMouseTracking(True)

    def set_data(
        self,
        rows: list[MatrixRow],
        columns: list[MatrixColumn],
        cells: dict[tuple[str, str], str],
        colors: dict[str, QColor],
        status_labels: dict[str, str],
    ) -> None:
        self.rows, self.columns, self.cells = list(rows), list(columns), dict(cells)
        self.colors, self.status_labels = dict(colors), dict(status_labels)
        metrics = QFontMetrics(self.font())
        widths = [metrics.horizontalAdvance(r.label) for r in self.rows] or [0]
        self.row_label_width = min(max(widths) + 12, 220)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        width = 2 * MARGIN + self.row_label_width + len(self.columns) * (CELL + GAP)
        height = 2 * MARGIN + HEADER + len(self.rows) * (CELL + GAP)
        return QSize(width, height)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def cell_rect(self, row: int, column: int) -> QRect:
        left = MARGIN + self.row_label_width + column * (CELL + GAP)
        top = MARGIN + HEADER + row * (CELL + GAP)
        return QRect(left, top, CELL, CELL)

    def cell_at(self, pos: QPoint) -> tuple[int, int] | None:
        column = (pos.x() - MARGIN - self.row_label_width) // (CELL + GAP)
        row = (pos.y() - MARGIN - HEADER) // (CELL + GAP)
        if pos.x() < MARGIN + self.row_label_width or pos.y() < MARGIN + HEADER:
            return None
        if 0 <= row < len(self.rows) and 0 <= column < len(self.columns):
            return row, column
        return None

    def status_at(self, row: int, column: int) -> str:
        return self.cells.get((self.rows[row].key, self.columns[column].key), "")

    def event(self, event) -> bool:  # type: ignore[override]
        if event.type() == event.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self.cell_at(event.pos())
            if hit is None:
                QToolTip.hideText()
                return True
            row, column = hit
            col = self.columns[column]
            status = self.status_labels.get(self.status_at(row, column), "")
            text = f"{self.rows[row].label} — {col.label}\n{col.tooltip}\n{status}".strip()
            QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        painter.setPen(text_color)
        for index, row in enumerate(self.rows):
            rect = self.cell_rect(index, 0)
            painter.drawText(
                QRect(MARGIN, rect.top(), self.row_label_width - 8, CELL),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                row.label,
            )
        for index, column in enumerate(self.columns):
            rect = self.cell_rect(0, index)
            painter.save()
            painter.translate(rect.left() + CELL - 4, MARGIN + HEADER - 4)
            painter.rotate(-60)
            painter.drawText(0, 0, column.label)
            painter.restore()
        border = QColor("#b0bec5")
        for r, row in enumerate(self.rows):
            for c, column in enumerate(self.columns):
                rect = self.cell_rect(r, c)
                status = self.cells.get((row.key, column.key), "")
                painter.fillRect(rect, self.colors.get(status, QColor("#ffffff")))
                painter.setPen(border)
                painter.drawRect(rect.adjusted(0, 0, -1, -1))
