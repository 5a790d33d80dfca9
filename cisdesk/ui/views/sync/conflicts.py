"""Sync › Conflicts: values two installs changed at once, and the choice between them."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget

from cisdesk.activity.conflicts import KEPT, LOST, ConflictItem, list_conflicts, resolve_conflict
from cisdesk.errors import CisdeskError
from cisdesk.ui import labels
from cisdesk.ui.context import AppContext
from cisdesk.ui.dialogs.errors import show_error
from cisdesk.ui.views.sync.common import append_row, make_table, shown, when
from cisdesk.ui.widgets.status import country_name


class ConflictsTab(QWidget):
    #: The number of open conflicts after a refresh (the page shows it on the tab).
    counted = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.conflicts: list[ConflictItem] = []
        self._names: dict[str, str] = {}
        intro = QLabel(
            self.tr(
                "When a field was changed on two installs at the same time, every install keeps "
                "the later change and lists the other here. Choose which value should stay; "
                "choosing the other value records it as a new change of this install."
            )
        )
        intro.setWordWrap(True)
        self.conflict_table = make_table(
            [
                self.tr("Record"),
                self.tr("Field"),
                self.tr("Owner"),
                self.tr("Kept value"),
                self.tr("Other value"),
                self.tr("Detected"),
            ]
        )
        self.conflict_table.setObjectName("conflictTable")
        self.conflict_table.itemSelectionChanged.connect(self._conflict_selected)
        self.kept_text = QPlainTextEdit()
        self.kept_text.setReadOnly(True)
        self.lost_text = QPlainTextEdit()
        self.lost_text.setReadOnly(True)
        self.kept_caption = QLabel(self.tr("Kept value"))
        self.lost_caption = QLabel(self.tr("Other value"))
        self.keep_button = QPushButton(self.tr("Keep this value"))
        self.keep_button.setObjectName("keepValue")
        self.keep_button.clicked.connect(lambda: self.choose_conflict_value(KEPT))
        self.other_button = QPushButton(self.tr("Use this value instead"))
        self.other_button.setObjectName("useOtherValue")
        self.other_button.clicked.connect(lambda: self.choose_conflict_value(LOST))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.kept_caption)
        left_layout.addWidget(self.kept_text, 1)
        left_layout.addWidget(self.keep_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.lost_caption)
        right_layout.addWidget(self.lost_text, 1)
        right_layout.addWidget(self.other_button)
        sides = QSplitter()
        sides.addWidget(left)
        sides.addWidget(right)
        self.conflict_note = QLabel()
        self.conflict_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.conflict_table, 1)
        layout.addWidget(sides, 1)
        layout.addWidget(self.conflict_note)
        self._conflict_selected()

    def refresh(self, names: dict[str, str]) -> None:
        """Refill the list; ``names`` maps site ids to install names."""
        lang = "es" if labels.spanish() else "en"
        self.conflicts = list_conflicts(self.ctx.record, lang=lang)
        table = self.conflict_table
        table.blockSignals(True)
        table.setRowCount(0)
        for item in self.conflicts:
            append_row(
                table,
                [
                    item.row_label,
                    item.field_label,
                    country_name(item.owner),
                    f"{shown(item.kept_value)} ({names.get(item.kept_site, item.kept_site[:8])})",
                    f"{shown(item.lost_value)} ({names.get(item.lost_site, item.lost_site[:8])})",
                    when(item.detected_at),
                ],
            )
        table.blockSignals(False)
        self._names = names
        self.counted.emit(len(self.conflicts))
        self._conflict_selected()

    def _selected_conflict(self) -> ConflictItem | None:
        rows = self.conflict_table.selectionModel().selectedRows()
        if not rows:
            return None
        index = rows[0].row()
        return self.conflicts[index] if 0 <= index < len(self.conflicts) else None

    def _conflict_selected(self) -> None:
        item = self._selected_conflict()
        names = self._names
        if item is None:
            self.kept_text.clear()
            self.lost_text.clear()
            self.keep_button.setEnabled(False)
            self.other_button.setEnabled(False)
            self.conflict_note.clear()
            return
        self.kept_caption.setText(
            self.tr("Kept value, by %1 at %2")
            .replace("%1", names.get(item.kept_site, item.kept_site[:8]))
            .replace("%2", when(item.kept_at))
        )
        self.lost_caption.setText(
            self.tr("Other value, by %1 at %2")
            .replace("%1", names.get(item.lost_site, item.lost_site[:8]))
            .replace("%2", when(item.lost_at))
        )
        self.kept_text.setPlainText(shown(item.kept_value))
        self.lost_text.setPlainText(shown(item.lost_value))
        self.keep_button.setEnabled(True)
        self.other_button.setEnabled(item.writable or item.current_value == item.lost_value)
        self.conflict_note.setText(
            ""
            if item.writable
            else self.tr(
                "Only an install of %1 may change this record; it can choose the other value."
            ).replace("%1", country_name(item.owner))
        )

    def choose_conflict_value(self, choice: str) -> bool:
        item = self._selected_conflict()
        if item is None:
            return False
        try:
            resolve_conflict(self.ctx.record, item.id, choice)
        except CisdeskError as exc:
            show_error(self, exc)
            return False
        self.ctx.notify({"conflict", item.table})
        return True

    def select_conflict(self, index: int) -> None:
        self.conflict_table.selectRow(index)
