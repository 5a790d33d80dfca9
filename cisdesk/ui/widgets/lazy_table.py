"""A read-only table whose cells are made when Qt asks for them, not up front.

Home lists every meeting of the semester; at SISCA that is well over a thousand
rows, of which ten show. A ``QTableWidget`` makes an item per cell before the
first paint; this view asks its row function only for the rows it paints (and the
first :data:`FIT_ROWS` it fits its columns to).
"""

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

#: How many rows the columns are fitted to (Qt's default: 1,000); ten show at a time.
FIT_ROWS = 20

Index = QModelIndex | QPersistentModelIndex


class _Rows(QAbstractTableModel):
    def __init__(self, headers: list[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.headers = headers
        self.items: Sequence[Any] = ()
        self.texts: Callable[[Any], tuple[str, ...]] = lambda _item: ()
        self.marked: Callable[[Any], bool] = lambda _item: False
        self.mark_tip = ""
        self.mark_brush: QBrush | None = None
        self._row = -1
        self._texts: tuple[str, ...] = ()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.row() != self._row:  # a row's cells are asked for one after another
                self._row, self._texts = index.row(), self.texts(item)
            return self._texts[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and self.marked(item):
            return self.mark_tip
        if role == Qt.ItemDataRole.ForegroundRole and self.marked(item):
            return self.mark_brush
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class LazyTable(QTableView):
    """Rows of ``items``, each shown as ``texts(item)``; ``marked`` rows in a colour."""

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = _Rows(headers, self)
        self.setModel(self.rows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(FIT_ROWS)
        header.setStretchLastSection(True)
        self.setWordWrap(False)

    def set_rows(
        self,
        items: Sequence[Any],
        texts: Callable[[Any], tuple[str, ...]],
        marked: Callable[[Any], bool] = lambda _item: False,
        mark_tip: str = "",
        mark_brush: QBrush | None = None,
    ) -> None:
        rows = self.rows
        rows.beginResetModel()
        rows.items, rows.texts, rows.marked = items, texts, marked
        rows.mark_tip, rows.mark_brush = mark_tip, mark_brush
        rows._row = -1
        rows.endResetModel()

    def rowCount(self) -> int:
        return self.rows.rowCount()

    def text(self, row: int, column: int) -> str:
        return str(self.rows.data(self.rows.index(row, column)))
