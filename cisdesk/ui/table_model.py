"""A lazy table model over a keyset-paged query, searched in the database.

The model holds only the pages read so far; the view asks for more as the user
scrolls (``canFetchMore``/``fetchMore``), each page starting after the last row
read (keyset, not OFFSET), so the thousandth page comes as fast as the first.
Sorting re-runs the query in the database. The text filter is answered by the
database over every row, not only the loaded ones: typing is debounced, the
query runs off the UI thread, and a newer query supersedes an older one (the
older one's answer is dropped when it arrives).
"""

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    QSortFilterProxyModel,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)

log = logging.getLogger(__name__)

#: Rows read per page.
PAGE_SIZE = 200
#: Milliseconds of quiet typing before the filter asks the database.
SEARCH_DELAY_MS = 200
#: The whole row (a dict) of an index.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
#: The row's id.
ID_ROLE = Qt.ItemDataRole.UserRole + 2
#: The raw stored value of the cell (codes, dates), for editors and tests.
VALUE_ROLE = Qt.ItemDataRole.UserRole + 3

#: ``fetch(after, limit, sort_key, descending, text) -> (rows, cursor)``: the rows after
#: the cursor ``after`` (None: from the first), sorted by ``sort_key`` (None: the query's
#: default), restricted to rows matching ``text`` (""/None: all); ``cursor`` is where the
#: next page starts.
Fetch = Callable[[Any, int, str | None, bool | None, str | None], tuple[list[dict[str, Any]], Any]]
AnyIndex = QModelIndex | QPersistentModelIndex


class _SearchSignals(QObject):
    done = Signal(int, object)
    failed = Signal(int, object)


class _SearchJob(QRunnable):
    """One filter query, run on a pool thread; its answer goes back by signal."""

    def __init__(self, generation: int, work: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.generation = generation
        self.work = work
        self.signals = _SearchSignals()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # handed to the UI thread, never lost
            self.signals.failed.emit(self.generation, exc)
        else:
            self.signals.done.emit(self.generation, result)


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

    #: The rows now shown answer this filter text (emitted on the UI thread).
    searched = Signal(str)
    #: A filter query failed (the rows shown are left as they were).
    search_failed = Signal(object)

    def __init__(
        self,
        columns: Sequence[Column],
        fetch: Fetch | None = None,
        *,
        page_size: int = PAGE_SIZE,
        search_delay_ms: int = SEARCH_DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.page_size = page_size
        self._fetch: Fetch | None = None
        self._rows: list[dict[str, Any]] = []
        self._cursor: Any = None
        self._exhausted = True
        self._sort: str | None = None
        self._descending: bool | None = None
        self._text = ""
        #: Bumped by every read from the first page: answers of older ones are dropped.
        self._generation = 0
        self._jobs: dict[int, _SearchJob] = {}
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(search_delay_ms)
        self._debounce.timeout.connect(self._start_search)
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
        self._generation += 1
        rows, cursor = self._fetch(None, count, self._sort, self._descending, self._text)
        self._show(rows, cursor, count)

    def _show(self, rows: list[dict[str, Any]], cursor: Any, count: int) -> None:
        self.beginResetModel()
        self._rows = rows
        self._cursor = cursor
        self._exhausted = len(rows) < count
        self.endResetModel()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and not self._exhausted
            and self._fetch is not None
            and not self.searching()
        )

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._fetch is not None
        rows, cursor = self._fetch(
            self._cursor, self.page_size, self._sort, self._descending, self._text
        )
        self._exhausted = len(rows) < self.page_size
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self._cursor = cursor
            self.endInsertRows()

    # -- the text filter -------------------------------------------------------------------

    @property
    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        """Filter by ``text`` over every row: asked of the database once typing pauses."""
        text = text.strip()
        if text == self._text and not self._debounce.isActive():
            return
        self._text = text
        self._generation += 1  # what is on its way answers an older text
        self._debounce.start()

    def searching(self) -> bool:
        """True while a filter text waits for its answer."""
        return self._debounce.isActive() or bool(self._jobs)

    def _start_search(self) -> None:
        if self._fetch is None:
            return
        self._generation += 1
        generation = self._generation
        fetch, count = self._fetch, self.page_size
        sort, descending, text = self._sort, self._descending, self._text

        def work() -> tuple[list[dict[str, Any]], Any, int, str]:
            rows, cursor = fetch(None, count, sort, descending, text)
            return rows, cursor, count, text

        job = _SearchJob(generation, work)
        job.signals.done.connect(self._search_done)
        job.signals.failed.connect(self._search_failed)
        # A query not started yet is superseded: take it off the queue.
        for old in list(self._jobs.values()):
            if self._pool.tryTake(old):
                self._jobs.pop(old.generation, None)
        self._jobs[generation] = job
        self._pool.start(job)

    def _search_done(self, generation: int, result: Any) -> None:
        self._jobs.pop(generation, None)
        if generation != self._generation:
            return  # a newer text, sort or filter was asked for since
        rows, cursor, count, text = result
        self._show(rows, cursor, count)
        self.searched.emit(text)

    def _search_failed(self, generation: int, exc: object) -> None:
        self._jobs.pop(generation, None)
        if generation == self._generation:
            log.error("the filter query failed: %s", exc)
            self.search_failed.emit(exc)

    def wait_for_search(self, msecs: int = 10_000) -> bool:
        """Block until the running filter query ends (closing, tests); True when idle."""
        return self._pool.waitForDone(msecs)

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
    """The view's side of a :class:`LazyTableModel`: sorting and the text filter go to it.

    It filters nothing itself: the source model's rows already answer the filter text,
    over every row of the database.
    """

    def __init__(self, source: LazyTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)

    @property
    def source(self) -> LazyTableModel:
        model = self.sourceModel()
        assert isinstance(model, LazyTableModel)
        return model

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source.sort(column, order)

    def set_text(self, text: str) -> None:
        self.source.set_text(text)

    def row(self, proxy_row: int) -> dict[str, Any]:
        return self.source.row(self.mapToSource(self.index(proxy_row, 0)).row())

    def proxy_row_of(self, row_id: str | None) -> int | None:
        source_row = self.source.find(row_id)
        if source_row is None:
            return None
        mapped = self.mapFromSource(self.source.index(source_row, 0))
        return mapped.row() if mapped.isValid() else None
