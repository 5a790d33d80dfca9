"""Pieces the Sync tabs share: read-only tables, dates, values and origins as shown."""

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
)

from cisdesk.ui import labels
from cisdesk.ui.widgets.status import country_name

#: Widest a column of these tables grows to fit its content (a fingerprint fits whole).
MAX_COLUMN_WIDTH = 420

OUTCOME_COLORS = {
    "imported": "#2e7d32",
    "duplicate": "#546e7a",
    "rejected": "#c62828",
    "quarantined": "#e65100",
}


def make_table(headers: list[str]) -> QTableWidget:
    """A read-only table selecting whole rows, its last column stretched."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.fitter = _Fitter(table)  # type: ignore[attr-defined]
    return table


class _Fitter(QObject):
    """Fits a table's columns when rows arrive and when it is shown (a table filled on a
    hidden tab measures no rows)."""

    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self.table = table
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(lambda: fit_columns(table))
        table.model().rowsInserted.connect(self.timer.start)
        table.model().modelReset.connect(self.timer.start)
        table.installEventFilter(self)
        fit_columns(table)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Show:
            self.timer.start()
        return False


def fit_columns(table: QTableWidget) -> None:
    """Columns fit their content (a fingerprint is never cut) and their whole header."""
    header = table.horizontalHeader()
    for column in range(table.columnCount() - 1):
        table.resizeColumnToContents(column)
        # A little room beyond Qt's fit, so no style's margins cut the last character.
        width = min(table.columnWidth(column) + 12, MAX_COLUMN_WIDTH)
        table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))


def append_row(table: QTableWidget, values: list[str], color: str | None = None) -> int:
    row = table.rowCount()
    table.insertRow(row)
    for column, text in enumerate(values):
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        if color:
            item.setForeground(QBrush(QColor(color)))
        table.setItem(row, column, item)
    return row


def when(value: dt.datetime | None) -> str:
    """A stored UTC time in the computer's local time, to the minute."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    local = value.astimezone()
    return f"{labels.date(local.date())} {local.strftime('%H:%M')}"


def shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    return str(value)


def origin(country: str | None, site: str | None, names: dict[str, str]) -> str:
    """Who sent a bundle: the install's name when known, else its country."""
    if site and site in names:
        return names[site]
    return country_name(country) if country else ""


def outcome_names() -> dict[str, str]:
    """An import's outcome in the interface language."""
    return {
        "imported": QCoreApplication.translate("SyncPage", "imported"),
        "duplicate": QCoreApplication.translate("SyncPage", "already imported"),
        "rejected": QCoreApplication.translate("SyncPage", "rejected"),
        "quarantined": QCoreApplication.translate("SyncPage", "quarantined"),
    }
