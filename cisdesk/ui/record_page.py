"""What the record pages share: filters, a lazily loaded sortable table, and the keys.

Ctrl+N adds, Enter (or a double click) opens the selected row, Del deletes it
after asking, Ctrl+F jumps to the text filter. Rows of another country open
read-only and cannot be deleted. Pages refresh when the record changes in one of
their tables (``AppContext.record_changed``); they never poll.
"""

from functools import partial
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cisdesk.activity import lookups
from cisdesk.activity.queries import TableQuery
from cisdesk.activity.store import ChangeSet
from cisdesk.countries import REGIONAL
from cisdesk.errors import CisdeskError
from cisdesk.ui import labels
from cisdesk.ui.context import AppContext
from cisdesk.ui.dialogs.errors import show_error
from cisdesk.ui.dialogs.record_dialog import RecordDialog, confirm
from cisdesk.ui.forms import error_text
from cisdesk.ui.table_model import Column, LazyTableModel, QueryProxyModel
from cisdesk.ui.undo import DeleteCommand, perform
from cisdesk.ui.widgets.table_fit import EmptyHint, LongColumns, fit_columns

#: Filter value meaning "no restriction".
ALL = None
#: Rows looked at when a column is fitted to its content.
SIZE_SAMPLE_ROWS = 25


def committee_items(ctx: AppContext, all_text: str) -> list[tuple[Any, str]]:
    return labels.committee_choices(lookups.committees(ctx.record), all_text)


def semester_items(semesters: list[str], all_text: str | None) -> list[tuple[Any, str]]:
    items: list[tuple[Any, str]] = [] if all_text is None else [(ALL, all_text)]
    return items + [(s, s) for s in reversed(semesters)]


class RecordPage(QWidget):
    """A page listing one kind of record, with filters and add/edit/delete."""

    #: Tables whose changes this page shows.
    TABLES: frozenset[str] = frozenset()
    #: The model class (subclasses style rows).
    MODEL: type[LazyTableModel] = LazyTableModel

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, embedded: bool = False
    ) -> None:
        """``embedded``: a panel inside another page, without heading, text filter or keys.

        The page holding it sends its keys to the panel that has the focus.
        """
        super().__init__(parent)
        self.ctx = ctx
        self.embedded = embedded
        self.owner = ctx.record.install.owner
        self.query: TableQuery | None = None
        self.filters: dict[str, QComboBox] = {}
        #: Embedded panels that take the keys when they have the focus.
        self.panels: list[RecordPage] = []
        self._restoring = False
        self._sized = False
        self._stale = False

        layout = QVBoxLayout(self)
        if embedded:
            layout.setContentsMargins(0, 0, 0, 0)
        title = self.heading()
        heading = QLabel(title, self)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * (1.1 if embedded else 1.3))
        font.setBold(True)
        heading.setFont(font)
        heading.setVisible(bool(title))
        self.heading_label = heading
        layout.addWidget(heading)

        self.filter_bar = QHBoxLayout()
        layout.addLayout(self.filter_bar)
        self.build_filters()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.filter_bar.addWidget(self.search, 1)
        self.search.setVisible(not embedded)

        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.new_text(), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.hint = QLabel(self)
        self.hint.setStyleSheet("color: palette(mid);")
        buttons.addWidget(self.hint)
        layout.addLayout(buttons)

        self.model = self.MODEL(self.columns(), parent=self)
        self.proxy = QueryProxyModel(self.model, self)
        self.table = self.make_view()
        self.table.setModel(self.proxy)
        self.configure_view(self.table)
        self.empty_hint = EmptyHint(self.table)
        self.long_columns = LongColumns(
            self.table, {i: c.width for i, c in enumerate(self.model.columns) if c.width}
        )
        self.add_body(layout)

        self._make_actions()
        self.search.textChanged.connect(self.proxy.set_text)
        for box in self.filters.values():
            box.currentIndexChanged.connect(self.apply_filters)
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _index: self.edit_selected())
        ctx.record_changed.connect(self._record_changed)
        self.apply_filters()

    # -- for subclasses ----------------------------------------------------------------------

    def heading(self) -> str:
        raise NotImplementedError

    def new_text(self) -> str:
        return self.tr("New…")

    def empty_text(self) -> str:
        """What an empty table says: there is nothing yet, and how to add the first."""
        return self.tr("Nothing here yet: use %1 to add the first one.").replace(
            "%1", self.new_text()
        )

    def filtered_empty_text(self) -> str:
        return self.tr("Nothing matches these filters. Choose others to see more.")

    def empty_hint_text(self) -> str:
        """The sentence an empty table shows, given the filters and what may be added."""
        narrowed = any(
            box.currentIndex() != 0 and box.currentData() != self.owner
            for name, box in self.filters.items()
            if name != "semester"
        )
        if narrowed or not self.can_create():
            return self.filtered_empty_text()
        return self.empty_text()

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def build_filters(self) -> None:
        """Add filter combos with :meth:`add_filter`."""

    def make_query(self) -> TableQuery:
        raise NotImplementedError

    def make_view(self) -> QTableView:
        view = QTableView(self)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        return view

    def add_body(self, layout: QVBoxLayout) -> None:
        """Place the table (subclasses add panels around it)."""
        layout.addWidget(self.table, 1)

    def can_create(self) -> bool:
        return True

    def new_record(self) -> QWidget | None:
        raise NotImplementedError

    def edit_record(self, row: dict[str, Any], read_only: bool) -> QWidget | None:
        raise NotImplementedError

    def delete_record(self, row: dict[str, Any]) -> ChangeSet:
        raise NotImplementedError

    def describe(self, row: dict[str, Any]) -> str:
        """A short name of a row for questions and the undo history."""
        return str(row.get("title") or row.get("name") or row.get("text") or "")

    def has_unsaved_changes(self) -> bool:
        """True while an edit dialog of this page holds input not yet saved."""
        return any(
            dialog.isVisible() and dialog.has_unsaved_changes()
            for dialog in self.findChildren(RecordDialog)
        )

    # -- filters -------------------------------------------------------------------------------

    def add_filter(
        self, name: str, title: str, items: list[tuple[Any, str]], default: Any = ALL
    ) -> QComboBox:
        label = QLabel(title, self)
        box = QComboBox(self)
        for value, text in items:
            box.addItem(text, value)
        position = box.findData(default)
        box.setCurrentIndex(max(position, 0))
        label.setBuddy(box)
        self.filter_bar.addWidget(label)
        self.filter_bar.addWidget(box)
        self.filters[name] = box
        return box

    def add_owner_filter(self) -> QComboBox:
        """Whose rows to show: this install's by default at a country, everyone's at SISCA."""
        items: list[tuple[Any, str]] = [(ALL, self.tr("All countries"))]
        items += labels.country_choices(with_sisca=True)
        default = ALL if self.owner == REGIONAL else self.owner
        return self.add_filter("owner", self.tr("Country"), items, default)

    def filter_value(self, name: str) -> Any:
        return self.filters[name].currentData()

    def set_filter(self, name: str, value: Any) -> None:
        box = self.filters[name]
        box.setCurrentIndex(max(box.findData(value), 0))

    def apply_filters(self) -> None:
        self.query = self.make_query()
        self.model.set_fetch(partial(self.query.page, self.ctx.record))
        if not self._sized:
            self.size_columns()
        self._update_empty_hint()
        self._selection_changed()

    def _update_empty_hint(self) -> None:
        self.empty_hint.set_text(self.empty_hint_text())

    def size_columns(self) -> None:
        """Columns fit what the first page shows (once rows arrive) and never cut a header;
        long texts share the room left and elide, whole in their tooltip."""
        if self.model.rowCount():
            self._sized = True
        fit_columns(self.table, self.long_columns.weights)

    # -- table ---------------------------------------------------------------------------------

    def configure_view(self, view: QTableView) -> None:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Fitting a column reads the first rows only: a full page of 200 would cost the
        # page's opening more than its query does.
        header.setResizeContentsPrecision(SIZE_SAMPLE_ROWS)
        header.setStretchLastSection(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        view.setSortingEnabled(True)

    def refresh(self) -> None:
        """Read the record again, keeping the loaded rows and the selection."""
        selected = self.selected_id()
        self._restoring = True
        try:
            self.model.reload()
            self.select_id(selected)
        finally:
            self._restoring = False
        self._selection_changed()

    def selected_row(self) -> dict[str, Any] | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.row(index.row())

    def selected_id(self) -> str | None:
        row = self.selected_row()
        return None if row is None else row.get("id")

    def select_id(self, row_id: str | None) -> bool:
        position = self.proxy.proxy_row_of(row_id)
        if position is None:
            self.table.setCurrentIndex(QModelIndex())
            return False
        self.table.selectRow(position)
        self.table.setCurrentIndex(self.proxy.index(position, 0))
        return True

    def is_own(self, row: dict[str, Any] | None) -> bool:
        return row is not None and row.get("owner") == self.owner

    # -- actions --------------------------------------------------------------------------------

    def _make_actions(self) -> None:
        self.new_button.clicked.connect(self.create)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        if self.embedded:
            return

        def action(keys: QKeySequence.StandardKey, slot: Any) -> QAction:
            act = QAction(self)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(lambda _checked=False: slot())
            self.addAction(act)
            return act

        action(QKeySequence.StandardKey.New, lambda: self.target().create())
        action(QKeySequence.StandardKey.Delete, lambda: self.target().delete_selected())
        action(QKeySequence.StandardKey.Find, self.focus_filter)

    def target(self) -> "RecordPage":
        """The embedded panel holding the focus, or this page: where the keys go."""
        focus = QApplication.focusWidget()
        for panel in self.panels:
            if focus is not None and (panel is focus or panel.isAncestorOf(focus)):
                return panel.target()
        return self

    def focus_filter(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def create(self) -> QWidget | None:
        if not self.can_create():
            return None
        dialog = self.new_record()
        if isinstance(dialog, RecordDialog):
            dialog.accepted.connect(lambda: self.created(dialog))
        return dialog

    def created(self, dialog: RecordDialog) -> None:
        """A new row was saved: select it, so what follows (its details) is at hand."""
        if dialog.row_id is not None:
            self.refresh()
            self.select_id(dialog.row_id)

    def create_blocked_reason(self) -> str:
        """Why New… is disabled (its tooltip)."""
        return self.tr("New rows cannot be added here.")

    def edit_selected(self) -> QWidget | None:
        row = self.selected_row()
        if row is None:
            return None
        return self.edit_record(row, read_only=not self.is_own(row))

    def delete_selected(self) -> bool:
        """Delete the selected row after asking; True when deleted."""
        row = self.selected_row()
        if row is None or not self.is_own(row):
            return False
        name = self.describe(row)
        if not confirm(
            self,
            self.tr("Delete"),
            self.tr("Delete “%1”? You can undo this with Ctrl+Z.").replace("%1", name),
        ):
            return False
        try:
            perform(
                self.ctx,
                self.tr("Delete “%1”").replace("%1", name),
                lambda: self.delete_record(row),
                DeleteCommand,
            )
        except CisdeskError as exc:
            show_error(self, CisdeskError(error_text(exc)))
            return False
        return True

    def _selection_changed(self, *_args: Any) -> None:
        if self._restoring:
            return
        row = self.selected_row()
        own = self.is_own(row)
        creatable = self.can_create()
        self.new_button.setEnabled(creatable)
        self.new_button.setToolTip("" if creatable else self.create_blocked_reason())
        self.edit_button.setEnabled(row is not None)
        self.edit_button.setText(self.tr("Edit…") if own or row is None else self.tr("View…"))
        self.edit_button.setToolTip("" if row is not None else self.tr("Select a row first."))
        self.delete_button.setEnabled(own)
        if row is None:
            self.delete_button.setToolTip(self.tr("Select a row first."))
        elif not own:
            self.delete_button.setToolTip(
                self.tr("Recorded by %1: only %1 can delete it.").replace(
                    "%1", labels.country(row.get("owner"))
                )
            )
        else:
            self.delete_button.setToolTip("")
        if row is not None and not own:
            self.hint.setText(
                self.tr("Recorded by %1: read-only here.").replace(
                    "%1", labels.country(row.get("owner"))
                )
            )
        else:
            self.hint.setText("")
        self.selection_changed(row)

    def selection_changed(self, row: dict[str, Any] | None) -> None:
        """Hook for pages with a detail panel."""

    def _record_changed(self, changed: frozenset[str]) -> None:
        read = self.TABLES | (self.query.tables if self.query is not None else frozenset())
        if not AppContext.touches(changed, *read):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # read again when shown, not for every change meanwhile

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()
