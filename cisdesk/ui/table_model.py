"""A lazy table model over a paged query, and the proxy that filters it by text.

The model holds only the pages read so far; the view asks for more as the user
scrolls (``canFetchMore``/``fetchMore``), so a regional record of a hundred
thousand rows opens as quickly as a country's few hundred. Sorting re-runs the
query in the database; the text filter (a ``QSortFilterProxyModel``) works on the
loaded rows and reads further pages, a few at a time, until enough rows match.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)

#: Rows read per page.
PAGE_SIZE = 200
#: The whole row (a dict) of an index.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
#: The row's id.
ID_ROLE = Qt.ItemDataRole.UserRole + 2
#: The raw stored value of the cell (codes, dates), for editors and tests.
VALUE_ROLE = Qt.ItemDataRole.UserRole + 3

#: ``fetch(offset, limit, sort_key, descending) -> rows``; None sorts by the query's default.
Fetch = Callable[[int, int, str | None, bool | None], list[dict[str, Any]]]
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: the row key it shows, its header, its sort key and how it reads."""

    key: str
    title: str
    sort: str | None = None
    text: Callable[[Any], str] | None = None
    right: bool = False
    #: Initial width in pixels for long texts; other columns fit their content.
    width: int | None = None

    def display(self, value: Any) -> str:
        if self.text is not None:
            return self.text(value)
        return "" if value is None else str(value)


class LazyTableModel(QAbstractTableModel):
    """Rows of a paged query; subclasses add colours, tooltips and editing."""

    def __init__(
        self,
        columns: Sequence[Column],
        fetch: Fetch | None = None,
        *,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.page_size = page_size
        self._fetch: Fetch | None = None
        self._rows: list[dict[str, Any]] = []
        self._exhausted = True
        self._sort: str | None = None
        self._descending: bool | None = None
        if fetch is not None:
            self.set_fetch(fetch)

    # -- loading ------------------------------------------------------------------------

    def set_fetch(self, fetch: Fetch) -> None:
        """Show another query (new filters): back to the first page."""
        self._fetch = fetch
        self._load(self.page_size)

    def reload(self) -> None:
        """Read again what is loaded (after a change), keeping as many rows as were shown."""
        if self._fetch is not None:
            self._load(max(self.page_size, len(self._rows)))

    def _load(self, count: int) -> None:
        assert self._fetch is not None
        rows = self._fetch(0, count, self._sort, self._descending)
        self.beginResetModel()
        self._rows = rows
        self._exhausted = len(rows) < count
        self.endResetModel()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and self._fetch is not None

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._fetch is not None
        rows = self._fetch(len(self._rows), self.page_size, self._sort, self._descending)
        self._exhausted = len(rows) < self.page_size
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    # -- sorting --------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the database; a column without a sort key (or -1) restores the default."""
        key = self.columns[column].sort if 0 <= column < len(self.columns) else None
        descending = None if key is None else order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending):
            return
        self._sort, self._descending = key, descending
        if self._fetch is not None:
            self._load(self.page_size)

    # -- reading ---------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def row(self, row: int) -> dict[str, Any]:
        return self._rows[row]

    def rows(self) -> list[dict[str, Any]]:
        return list(self._rows)

    def find(self, row_id: str | None, key: str = "id") -> int | None:
        """Position of a loaded row by id (None when not loaded)."""
        if row_id is None:
            return None
        for position, row in enumerate(self._rows):
            if row.get(key) == row_id:
                return position
        return None

    def value(self, row: dict[str, Any], column: Column) -> Any:
        """The stored value a cell shows (subclasses overlay pending edits)."""
        return row.get(column.key)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(self.value(row, column))
        if role in (Qt.ItemDataRole.EditRole, VALUE_ROLE):
            return self.value(row, column)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.get("id")
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        styled = self.style(row, column, role)
        if styled is None and role == Qt.ItemDataRole.ToolTipRole and column.width:
            # A long text may be cut in its column: the tooltip holds it whole.
            return column.display(self.value(row, column)) or None
        return styled

    def style(self, row: dict[str, Any], column: Column, role: int) -> Any:
        """Colours, fonts, icons and tooltips: none by default."""
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
            return self.columns[section].title
        return super().headerData(section, orientation, role)


class QueryProxyModel(QSortFilterProxyModel):
    """Filters loaded rows by text; sorting goes to the source model (the database)."""

    def __init__(self, source: LazyTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self._top_up_timer = QTimer(self)
        self._top_up_timer.setSingleShot(True)
        self._top_up_timer.setInterval(0)
        self._top_up_timer.timeout.connect(self._top_up)
        source.modelReset.connect(self._schedule_top_up)

    @property
    def source(self) -> LazyTableModel:
        model = self.sourceModel()
        assert isinstance(model, LazyTableModel)
        return model

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source.sort(column, order)

    def set_text(self, text: str) -> None:
        self.setFilterFixedString(text.strip())
        self._schedule_top_up()

    def _schedule_top_up(self) -> None:
        if self.filterRegularExpression().pattern():
            self._top_up_timer.start()

    def _top_up(self) -> None:
        """Read one more page while too few loaded rows match; the event loop runs between."""
        if not self.filterRegularExpression().pattern():
            return
        if self.rowCount() < self.source.page_size and self.source.canFetchMore():
            self.source.fetchMore()
            self._top_up_timer.start()

    def row(self, proxy_row: int) -> dict[str, Any]:
        return self.source.row(self.mapToSource(self.index(proxy_row, 0)).row())

    def proxy_row_of(self, row_id: str | None) -> int | None:
        source_row = self.source.find(row_id)
        if source_row is None:
            return None
        mapped = self.mapFromSource(self.source.index(source_row, 0))
        return mapped.row() if mapped.isValid() else None
