"""Helpers for the record pages' tests (plain functions; fixtures live in each test file)."""

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QTableView
from sqlalchemy import select

from cisdesk.db.capture import Capture
from cisdesk.db.models import Committee, Result
from cisdesk.db.record import Record

#: A fixed day inside semester 2019-I, so semesters and "overdue" do not drift.
TODAY = dt.date(2019, 3, 15)


def fix_today(record: Record, today: dt.date = TODAY) -> Record:
    record.today = lambda: today  # type: ignore[method-assign]
    return record


def foreign(owner: str) -> Capture:
    """Writes as an install of another country (rows this install shows read-only)."""
    return Capture(site_id="22222222-2222-2222-2222-222222222222", owner=owner)


def committees(record: Record) -> dict[str, str]:
    with record.reader() as session:
        return {c.code: c.id for c in session.scalars(select(Committee))}


def result_ids(record: Record, start: str | None = None) -> list[str]:
    with record.reader() as session:
        query = select(Result.id).order_by(Result.id)
        if start:
            query = query.where(Result.start_semester == start)
        return list(session.scalars(query))


def choose(box: QComboBox, value: Any) -> None:
    position = box.findData(value)
    assert position >= 0, f"{value!r} not offered"
    box.setCurrentIndex(position)


def table_rows(view: QTableView) -> list[dict[str, Any]]:
    """The rows a view shows (through its proxy), as dicts."""
    model = view.model()
    return [model.row(i) for i in range(model.rowCount())]  # type: ignore[attr-defined]


def select_row(view: QTableView, row: int, column: int = 0) -> QModelIndex:
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.setFocus()
    QApplication.processEvents()
    return index


def cell(view: QTableView, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    return view.model().index(row, column).data(role)
