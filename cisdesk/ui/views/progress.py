"""Avances: a country's status and percentage on every result, semester by semester.

Choosing one semester and one's own country gives a grid of the plan's results to
fill in from the keyboard: type in a cell, Enter moves down; the status is a
combo, the percentage a spin box. Edits stay pending (and marked) until saved
with Ctrl+S; a refused row keeps its edits and says why. Evidence files attach
to the selected result's report. Other choices (every semester, another
country, SISCA's view of the region) list reports read-only, page by page.
"""

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cisdesk.activity import lookups, progress, queries, readmodel
from cisdesk.activity.queries import TableQuery
from cisdesk.activity.store import ChangeSet
from cisdesk.countries import REGIONAL
from cisdesk.errors import CisdeskError
from cisdesk.progress import ProgressCallback
from cisdesk.ui import labels
from cisdesk.ui.cell_editors import ChoiceDelegate, EntryTableView, NumberDelegate
from cisdesk.ui.context import AppContext
from cisdesk.ui.dialogs.errors import show_error
from cisdesk.ui.dialogs.progress_dialog import ProgressDialog
from cisdesk.ui.dialogs.record_dialog import confirm
from cisdesk.ui.forms import error_text
from cisdesk.ui.record_page import ALL, RecordPage, committee_items, semester_items
from cisdesk.ui.table_model import Column, LazyTableModel
from cisdesk.ui.undo import CreateCommand, DeleteCommand, UpdateCommand, perform, record_done

PENDING_BRUSH = QBrush(QColor("#fff4c2"))
ERROR_BRUSH = QBrush(QColor("#f9d6d2"))
MUTED_BRUSH = QBrush(QColor("#808080"))
EDITABLE = ("status", "percent", "note")


class ProgressModel(LazyTableModel):
    """Results (or reports) with, in the editable grid, edits pending until saved."""

    pending_changed = Signal()

    def __init__(self, columns: list[Column], **kwargs: Any) -> None:
        super().__init__(columns, **kwargs)
        self.editable = False
        #: result id → field → value typed but not saved.
        self.pending: dict[str, dict[str, Any]] = {}
        #: result id → (field, reason) of the last refused save.
        self.errors: dict[str, tuple[str | None, str]] = {}

    def value(self, row: dict[str, Any], column: Column) -> Any:
        if column.key == "ref":
            return readmodel.result_label(
                row["committee_code"], row["milestone_number"], row["result_number"]
            )
        edits = self.pending.get(row["result_id"], {})
        return edits.get(column.key, row.get(column.key))

    def current(self, row: dict[str, Any], key: str) -> Any:
        return self.pending.get(row["result_id"], {}).get(key, row.get(key))

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.editable and index.isValid() and self.columns[index.column()].key in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.editable or not index.isValid():
            return False
        key = self.columns[index.column()].key
        if key not in EDITABLE:
            return False
        row = self.row(index.row())
        if key == "note":
            value = str(value or "")
        edits = self.pending.setdefault(row["result_id"], {})
        edits[key] = value
        # Convenience only; the core decides what is acceptable when saving.
        if key == "status":
            implied = progress.implied_percent(value)
            if implied is not None:
                edits["percent"] = implied
        elif key == "percent" and self.current(row, "status") is None and isinstance(value, int):
            edits["status"] = progress.implied_status(value)
        self._drop_unchanged(row)
        self.errors.pop(row["result_id"], None)
        self.dataChanged.emit(
            self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1)
        )
        self.pending_changed.emit()
        return True

    def _drop_unchanged(self, row: dict[str, Any]) -> None:
        edits = self.pending.get(row["result_id"], {})
        for key in list(edits):
            stored = row.get(key)
            if edits[key] == stored or (key == "note" and edits[key] == (stored or "")):
                del edits[key]
        if not edits:
            self.pending.pop(row["result_id"], None)

    def discard(self) -> None:
        self.pending.clear()
        self.errors.clear()
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )
        self.pending_changed.emit()

    def pending_rows(self) -> list[tuple[dict[str, Any], dict[str, Any]]]:
        """(row, values to save) for every loaded row with pending edits."""
        out = []
        for row in self._rows:
            edits = self.pending.get(row["result_id"])
            if edits:
                values = {key: self.current(row, key) for key in EDITABLE}
                out.append((row, values))
        return out

    def style(self, row: dict[str, Any], column: Column, role: int) -> Any:
        result_id = row["result_id"]
        edited = column.key in self.pending.get(result_id, {})
        error = self.errors.get(result_id)
        if role == Qt.ItemDataRole.BackgroundRole:
            if error is not None and (error[0] == column.key or error[0] not in EDITABLE):
                return ERROR_BRUSH
            if edited:
                return PENDING_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:
            if error is not None:
                return error[1]
            if column.key in ("ref", "result_text"):
                return f"{row['milestone_text']}\n\n{row['result_text']}"
            if column.key == "note":
                return row.get("note") or None
        if role == Qt.ItemDataRole.FontRole and edited:
            font = QFont()
            font.setItalic(True)
            return font
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column.key == "status"
            and self.current(row, "status") is None
        ):
            return MUTED_BRUSH
        return None


def _status_text(value: Any) -> str:
    return labels.label(labels.PROGRESS_STATUS, value) if value else labels.tr(labels.NO_REPORT)


class EvidencePanel(QGroupBox):
    """The evidence files of the selected report: attach, save a copy, remove."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Evidence"))
        self.ctx = ctx
        self.report_id: str | None = None
        self.own = False
        layout = QVBoxLayout(self)
        self.about = QLabel(self)
        self.about.setWordWrap(True)
        layout.addWidget(self.about)
        self.files = QListWidget(self)
        layout.addWidget(self.files, 1)
        buttons = QHBoxLayout()
        self.attach_button = QPushButton(self.tr("Attach file…"), self)
        self.save_button = QPushButton(self.tr("Save a copy…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        for button in (self.attach_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.attach_button.clicked.connect(self.attach)
        self.save_button.clicked.connect(self.save_copy)
        self.remove_button.clicked.connect(self.remove)
        self.files.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.show_report(None, own=False)

    def show_report(self, report_id: str | None, *, own: bool, about: str = "") -> None:
        self.report_id, self.own = report_id, own
        self.about.setText(about)
        self.files.clear()
        if report_id is not None:
            for item in progress.evidence_of(self.ctx.record, report_id):
                size_kb = max(1, round((item["size"] or 0) / 1024))
                text = f"{item['file_name']} ({size_kb} KB)"
                if not item["available"]:
                    text += " — " + self.tr("file not received yet")
                entry = QListWidgetItem(text, self.files)
                entry.setData(Qt.ItemDataRole.UserRole, item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.current()
        self.attach_button.setEnabled(self.report_id is not None and self.own)
        self.attach_button.setToolTip(
            "" if self.report_id else self.tr("Save a status for this result first.")
        )
        self.save_button.setEnabled(item is not None and item["available"])
        self.remove_button.setEnabled(item is not None and self.own)

    def current(self) -> dict[str, Any] | None:
        entry = self.files.currentItem()
        return None if entry is None else entry.data(Qt.ItemDataRole.UserRole)

    def attach(self) -> None:
        if self.report_id is None or not self.own:
            return
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Attach evidence"))
        if path:
            self.attach_path(Path(path))

    def attach_path(self, path: Path) -> None:
        """Read, hash and store the file off the UI thread, then make it undoable."""
        report_id, record = self.report_id, self.ctx.record
        assert report_id is not None

        def work(report: ProgressCallback) -> ChangeSet:
            report(0, 1, path.name)
            data = progress.read_evidence_file(path)
            return progress.attach_evidence(record, report_id, path.name, data)

        def done(changes: ChangeSet) -> None:
            record_done(
                self.ctx, self.tr("Attach %1").replace("%1", path.name), changes, CreateCommand
            )

        def failed(exc: BaseException) -> None:
            show_error(
                self, CisdeskError(error_text(exc)) if isinstance(exc, CisdeskError) else exc
            )

        self.ctx.tasks.run(self, self.tr("Attaching evidence"), work, done, failed)

    def save_copy(self) -> None:
        item = self.current()
        if item is None:
            return
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy of the evidence"), item["file_name"]
        )
        if target:
            self.save_to(item, Path(target))

    def save_to(self, item: dict[str, Any], target: Path) -> None:
        record = self.ctx.record

        def work(report: ProgressCallback) -> Path:
            report(0, 1, target.name)
            data = progress.evidence_bytes(record, item["sha256"])
            if data is None:
                raise CisdeskError(self.tr("This file has not been received on this install yet."))
            try:
                target.write_bytes(data)
            except OSError as exc:
                raise CisdeskError(
                    self.tr("Cannot write %1: %2")
                    .replace("%1", str(target))
                    .replace("%2", exc.strerror or str(exc))
                ) from exc
            return target

        self.ctx.tasks.run(self, self.tr("Saving evidence"), work, lambda _path: None)

    def remove(self) -> None:
        item = self.current()
        if item is None or not self.own:
            return
        if not confirm(
            self,
            self.tr("Remove evidence"),
            self.tr("Remove “%1” from this report?").replace("%1", item["file_name"]),
        ):
            return
        try:
            perform(
                self.ctx,
                self.tr("Remove %1").replace("%1", item["file_name"]),
                lambda: progress.delete_evidence(self.ctx.record, item["id"]),
                DeleteCommand,
            )
        except CisdeskError as exc:
            show_error(self, CisdeskError(error_text(exc)))


class ProgressPage(RecordPage):
    TABLES = frozenset({"progress_report", "evidence", "result", "milestone"})
    MODEL = ProgressModel

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self._applied: dict[str, Any] = {}
        super().__init__(ctx, parent)
        model = self.model
        assert isinstance(model, ProgressModel)
        self.grid_model = model
        model.pending_changed.connect(self._pending_changed)
        self.table.setItemDelegateForColumn(
            self._column("status"), ChoiceDelegate(labels.choices(labels.PROGRESS_STATUS), self)
        )
        self.table.setItemDelegateForColumn(self._column("percent"), NumberDelegate(parent=self))
        self.save_action = QAction(self.tr("Save progress"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(lambda _checked=False: self.save())
        self.addAction(self.save_action)
        self._pending_changed()

    # -- page definition -----------------------------------------------------------------------

    def heading(self) -> str:
        return self.tr("Progress")

    def columns(self) -> list[Column]:
        return [
            Column("ref", self.tr("Ref."), "plan"),
            Column("result_text", self.tr("Result"), "result", width=380),
            Column("start_semester", self.tr("Starts"), "start"),
            Column("owner", self.tr("Country"), "owner", labels.country),
            Column("semester", self.tr("Semester"), "semester"),
            Column("status", self.tr("Status"), "status", _status_text),
            Column("percent", self.tr("Percent"), "percent", labels.percent, right=True),
            Column("note", self.tr("Note"), "note", width=240),
            Column("evidence_count", self.tr("Evidence"), "evidence", _count, right=True),
        ]

    def build_filters(self) -> None:
        semesters = progress.semesters_until_now(self.ctx.record)
        self.add_filter(
            "semester",
            self.tr("Semester"),
            semester_items(semesters, self.tr("All semesters")),
            progress.today_semester(self.ctx.record),
        )
        self.add_owner_filter()
        self.add_filter(
            "committee", self.tr("Committee"), committee_items(self.ctx, self.tr("All committees"))
        )
        statuses = [(ALL, self.tr("Any status"))]
        statuses += labels.choices(labels.PROGRESS_STATUS)
        statuses.append((queries.NO_REPORT, labels.tr(labels.NO_REPORT)))
        self.add_filter("status", self.tr("Status"), statuses)

    def make_view(self) -> QTableView:
        return EntryTableView(self)

    def configure_view(self, view: QTableView) -> None:
        super().configure_view(view)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)

    def add_body(self, layout: QVBoxLayout) -> None:
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        bottom = QWidget(splitter)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.pending_label = QLabel(bottom)
        self.save_button = QPushButton(self.tr("Save"), bottom)
        self.discard_button = QPushButton(self.tr("Discard changes"), bottom)
        bar.addWidget(self.pending_label, 1)
        bar.addWidget(self.discard_button)
        bar.addWidget(self.save_button)
        bottom_layout.addLayout(bar)
        self.errors_label = QLabel(bottom)
        self.errors_label.setWordWrap(True)
        self.errors_label.setStyleSheet("color: #c0392b;")
        self.errors_label.hide()
        bottom_layout.addWidget(self.errors_label)
        self.evidence = EvidencePanel(self.ctx, bottom)
        bottom_layout.addWidget(self.evidence, 1)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self.save_button.clicked.connect(self.save)
        self.discard_button.clicked.connect(self.discard)

    def _column(self, key: str) -> int:
        return next(i for i, c in enumerate(self.model.columns) if c.key == key)

    # -- modes -----------------------------------------------------------------------------------

    def grid_editable(self) -> bool:
        """One semester, this country's own reports, at a country install."""
        return (
            self.owner != REGIONAL
            and self.filter_value("owner") == self.owner
            and self.filter_value("semester") is not None
        )

    def make_query(self) -> TableQuery:
        semester = self.filter_value("semester")
        owner = self.filter_value("owner")
        committee_id = self.filter_value("committee")
        status = self.filter_value("status")
        if semester is not None and owner is not None:
            return queries.progress_grid(owner, semester, committee_id=committee_id, status=status)
        return queries.progress_list(
            owner=owner, semester=semester, committee_id=committee_id, status=status
        )

    def apply_filters(self) -> None:
        state = {name: box.currentData() for name, box in self.filters.items()}
        pending = hasattr(self, "grid_model") and bool(self.grid_model.pending)
        if state != self._applied and pending and not self._settle_pending():
            self._restore_filters()
            return
        self._applied = state
        model = self.model
        assert isinstance(model, ProgressModel)
        model.pending.clear()
        model.errors.clear()
        model.editable = self.grid_editable()
        super().apply_filters()

    def _restore_filters(self) -> None:
        for name, box in self.filters.items():
            box.blockSignals(True)
            box.setCurrentIndex(max(box.findData(self._applied.get(name)), 0))
            box.blockSignals(False)

    def _settle_pending(self) -> bool:
        """Ask what to do with unsaved edits; True when they are saved or discarded."""
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved progress"),
            self.tr("Some progress has not been saved. Save it now?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.discard()
            return True
        return False

    def can_create(self) -> bool:
        return self.owner != REGIONAL

    def create_blocked_reason(self) -> str:
        return self.tr("Progress is reported by the countries; SISCA reads it here.")

    def has_unsaved_changes(self) -> bool:
        pending = hasattr(self, "grid_model") and bool(self.grid_model.pending)
        return pending or super().has_unsaved_changes()

    def describe(self, row: dict[str, Any]) -> str:
        return f"{self.grid_model.value(row, Column('ref', ''))} {row.get('semester') or ''}"

    # -- saving ------------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save every pending row; refused rows stay pending, with why. True if all saved."""
        model = self.grid_model
        done: list[Any] = []
        refused: list[str] = []
        model.errors.clear()
        for row, values in model.pending_rows():
            try:
                changes = progress.save_progress(
                    self.ctx.record,
                    result_id=row["result_id"],
                    semester=row["semester"],
                    **values,
                )
            except CisdeskError as exc:
                reason = error_text(exc)
                model.errors[row["result_id"]] = (getattr(exc, "field", None), reason)
                refused.append(f"{self.describe(row)}: {reason}")
                continue
            done.extend(changes.changes)
            model.pending.pop(row["result_id"], None)
        if done:
            count = len({c.row_id for c in done if c.table == "progress_report"})
            record_done(
                self.ctx,
                self.tr("Save progress of %n result(s)", "", count),
                ChangeSet(tuple(done)),
                UpdateCommand,
            )
        else:
            self.model.reload()
        self.errors_label.setText("\n".join(refused))
        self.errors_label.setVisible(bool(refused))
        self._pending_changed()
        return not refused

    def discard(self) -> None:
        self.grid_model.discard()
        self.errors_label.hide()

    def _pending_changed(self) -> None:
        count = len(self.grid_model.pending)
        self.pending_label.setText(
            self.tr("%n result(s) with unsaved changes", "", count) if count else ""
        )
        self.save_button.setEnabled(bool(count))
        self.discard_button.setEnabled(bool(count))
        self.save_action.setEnabled(bool(count))
        editable = self.grid_model.editable
        self.save_button.setVisible(editable)
        self.discard_button.setVisible(editable)

    # -- records -----------------------------------------------------------------------------------

    def selected_id(self) -> str | None:
        """Rows of the grid are results (a report may not exist yet); of the list, reports."""
        row = self.selected_row()
        if row is None:
            return None
        return row.get("result_id") if self.grid_model.editable else row.get("id")

    def select_id(self, row_id: str | None) -> bool:
        key = "result_id" if self.grid_model.editable else "id"
        position = self.model.find(row_id, key)
        if position is None:
            return False
        mapped = self.proxy.mapFromSource(self.model.index(position, 0))
        if not mapped.isValid():
            return False
        column = max(self.table.currentIndex().column(), 0)
        self.table.setCurrentIndex(self.proxy.index(mapped.row(), column))
        return True

    def is_own(self, row: dict[str, Any] | None) -> bool:
        return row is not None and row.get("id") is not None and row.get("owner") == self.owner

    def new_record(self) -> QWidget | None:
        dialog = ProgressDialog(self.ctx, self)
        dialog.open()
        return dialog

    def edit_selected(self) -> QWidget | None:
        index = self.table.currentIndex()
        columns = self.grid_model.columns
        if self.grid_model.editable and index.isValid() and columns[index.column()].key in EDITABLE:
            self.table.edit(index)
            return None
        return super().edit_selected()

    def edit_record(self, row: dict[str, Any], read_only: bool) -> QWidget | None:
        if row.get("id") is None:
            return None
        values = lookups.row_values(self.ctx.record, "progress_report", row["id"]) or {}
        dialog = ProgressDialog(
            self.ctx, self, row_id=row["id"], values=values, read_only=read_only
        )
        dialog.open()
        return dialog

    def delete_record(self, row: dict[str, Any]) -> ChangeSet:
        self.grid_model.pending.pop(row["result_id"], None)
        return progress.delete_progress(self.ctx.record, row["id"])

    def selection_changed(self, row: dict[str, Any] | None) -> None:
        if not hasattr(self, "evidence"):
            return
        if row is None:
            self.evidence.show_report(None, own=False)
            return
        about = f"{self.describe(row)} — {row.get('result_text') or ''}"
        self.evidence.show_report(row.get("id"), own=self.is_own(row), about=about)


def _count(value: Any) -> str:
    return str(value) if value else ""
