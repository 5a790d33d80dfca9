"""Plan: committees → strategy → combos and lines → milestones → results, and the PPT calendar.

Country installs hold the plan read-only. At SISCA texts, start semesters and tags
are editable, strategies move through the approval workflow, and the PPT calendar
can change; every edit is a core call (:mod:`cisdesk.activity.plan_edit`) pushed on
the undo stack so Ctrl+Z puts the previous values back as a new edit.
"""

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from cisdesk.activity import plan_edit
from cisdesk.activity.dashboard import semester_key
from cisdesk.countries import COUNTRY_CODES
from cisdesk.db.models import (
    ComboLine,
    Committee,
    Milestone,
    PptTerm,
    Result,
    Strategy,
    StrategyStatus,
    ThematicCombo,
)
from cisdesk.errors import CisdeskError
from cisdesk.ui import labels
from cisdesk.ui.context import AppContext
from cisdesk.ui.dialogs.errors import show_error
from cisdesk.ui.widgets.refresh import RefreshGate
from cisdesk.ui.widgets.status import country_name

PLAN_TABLES = (
    "committee",
    "strategy",
    "thematic_combo",
    "combo_line",
    "milestone",
    "result",
    "ppt_term",
)
KEY_ROLE = Qt.ItemDataRole.UserRole
LONG_FIELDS = {"text", "description", "name", "title"}


class PlanEditCommand(QUndoCommand):
    """An applied plan edit: undo writes the old values back, redo the new ones."""

    def __init__(
        self,
        ctx: AppContext,
        table: str,
        row_id: str,
        old: dict[str, Any],
        new: dict[str, Any],
        text: str,
    ) -> None:
        super().__init__(text)
        self.ctx, self.table, self.row_id = ctx, table, row_id
        self.old, self.new = old, new
        self._applied = True  # pushed after the edit was made

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._write(self.new)

    def undo(self) -> None:
        self._write(self.old)

    def _write(self, values: dict[str, Any]) -> None:
        try:
            plan_edit.restore_fields(self.ctx.record, self.table, self.row_id, values)
        except CisdeskError as exc:
            show_error(None, exc)
        self.ctx.notify({self.table})


@dataclass
class _Node:
    table: str
    row_id: str


class PlanPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editable = ctx.record.install.is_regional
        self.current: _Node | None = None
        self.editors: dict[str, QLineEdit | QPlainTextEdit] = {}
        self._loaded: dict[str, Any] = {}

        self.tree = QTreeWidget()
        self.tree.setObjectName("planTree")
        self.tree.setHeaderLabels([self.tr("Plan"), self.tr("Details")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.currentItemChanged.connect(self._selected)

        self.detail = QWidget()
        self.detail_layout = QVBoxLayout(self.detail)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        plan_tab = QWidget()
        plan_layout = QVBoxLayout(plan_tab)
        if not self.editable:
            note = QLabel(
                self.tr("The plan is maintained by SISCA; this install holds it read-only.")
            )
            note.setObjectName("readOnlyNote")
            plan_layout.addWidget(note)
        plan_layout.addWidget(splitter, 1)

        self.ppt_table = QTableWidget(0, 2)
        self.ppt_table.setObjectName("pptTable")
        self.ppt_table.setHorizontalHeaderLabels([self.tr("Semester"), self.tr("PPT")])
        self.ppt_table.verticalHeader().setVisible(False)
        self.ppt_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ppt_table.horizontalHeader().setStretchLastSection(True)
        ppt_tab = QWidget()
        ppt_layout = QVBoxLayout(ppt_tab)
        ppt_layout.addWidget(
            QLabel(
                self.tr(
                    "The pro tempore presidency rotates every semester; the committees are "
                    "led by the delegates of the country holding it."
                )
            )
        )
        ppt_layout.addWidget(self.ppt_table, 1)
        if self.editable:
            add = QPushButton(self.tr("Add the next semester"))
            add.setObjectName("addPptSemester")
            add.clicked.connect(self.add_ppt_semester)
            ppt_layout.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)

        self.tabs = QTabWidget()
        self.tabs.addTab(plan_tab, self.tr("Strategies and milestones"))
        self.tabs.addTab(ppt_tab, self.tr("PPT calendar"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        self._gate = RefreshGate(self, ctx, PLAN_TABLES, self.refresh)
        self.refresh()

    # --- the tree ---------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the tree and the calendar, keeping the selection and open branches."""
        expanded = self._expanded_keys()
        selected = self.current
        self.tree.blockSignals(True)
        self.tree.clear()
        self._build_tree()
        self._restore_expanded(expanded)
        self.tree.blockSignals(False)
        if selected is not None and self.select_row(selected.table, selected.row_id):
            if not self.has_unsaved_changes():
                self._show_detail(selected)
        else:
            self.current = None
            self._show_detail(None)
        self._fill_ppt()

    def _build_tree(self) -> None:
        with self.ctx.record.reader() as session:

            def live(model: Any) -> list[Any]:
                rows = session.scalars(select(model).where(model.deleted.is_not(True))).all()
                return sorted(rows, key=lambda r: (getattr(r, "number", 0) or 0, r.id))

            order = {"PPS": 0, "MEI": 1, "CI": 2}
            committees = sorted(
                live(Committee), key=lambda c: (order.get(c.code or "", 9), c.code or "")
            )
            strategies = live(Strategy)
            combos, lines = live(ThematicCombo), live(ComboLine)
            milestones, results = live(Milestone), live(Result)
        for committee in committees:
            item = self._item(
                None, "committee", committee.id, f"{committee.code} — {committee.name}", ""
            )
            for strategy in sorted(
                (s for s in strategies if s.committee_id == committee.id),
                key=lambda s: s.period_start or "",
            ):
                period = f"{strategy.period_start or '?'} – {strategy.period_end or '?'}"
                node = self._item(
                    item,
                    "strategy",
                    strategy.id,
                    self.tr("Strategy %1").replace("%1", period),
                    self._status_text(strategy.status),
                )
                folder = self._folder(node, self.tr("Thematic combos"))
                for combo in (c for c in combos if c.strategy_id == strategy.id):
                    combo_item = self._item(
                        folder,
                        "thematic_combo",
                        combo.id,
                        self.tr("Combo %1. %2")
                        .replace("%1", str(combo.number))
                        .replace("%2", combo.title or ""),
                        "",
                    )
                    for line in (ln for ln in lines if ln.combo_id == combo.id):
                        self._item(
                            combo_item, "combo_line", line.id, f"{line.number}. {line.text}", ""
                        )
                folder = self._folder(node, self.tr("Milestones"))
                for milestone in (m for m in milestones if m.strategy_id == strategy.id):
                    tags = self.tr("nuclei %1").replace("%1", milestone.nuclei or "—")
                    m_item = self._item(
                        folder,
                        "milestone",
                        milestone.id,
                        self.tr("Milestone %1. %2")
                        .replace("%1", str(milestone.number))
                        .replace("%2", milestone.text or ""),
                        tags,
                    )
                    for result in (r for r in results if r.milestone_id == milestone.id):
                        self._item(
                            m_item,
                            "result",
                            result.id,
                            self.tr("Result %1.%2 %3")
                            .replace("%1", str(milestone.number))
                            .replace("%2", str(result.number))
                            .replace("%3", result.text or ""),
                            result.start_semester or "",
                        )

    def _item(
        self, parent: QTreeWidgetItem | None, table: str, row_id: str, text: str, detail: str | None
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text, detail or ""])
        item.setToolTip(0, text)
        item.setData(0, KEY_ROLE, (table, row_id))
        if parent is None:
            self.tree.addTopLevelItem(item)
        else:
            parent.addChild(item)
        return item

    def _folder(self, parent: QTreeWidgetItem, text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text, ""])
        item.setData(0, KEY_ROLE, ("folder", f"{parent.data(0, KEY_ROLE)[1]}/{text}"))
        parent.addChild(item)
        return item

    def _status_text(self, status: str | None) -> str:
        return {
            StrategyStatus.DRAFT.value: self.tr("Draft"),
            StrategyStatus.VALIDATED.value: self.tr("Validated by the CT-CIS"),
            StrategyStatus.APPROVED.value: self.tr("Approved by the CIS"),
        }.get(status or "draft", status or "")

    def _all_items(self) -> list[QTreeWidgetItem]:
        items: list[QTreeWidgetItem] = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            items.append(item)
            stack.extend(item.child(i) for i in range(item.childCount()))
        return items

    def _expanded_keys(self) -> set[tuple[str, str]]:
        return {tuple(i.data(0, KEY_ROLE)) for i in self._all_items() if i.isExpanded()}

    def _restore_expanded(self, keys: set[tuple[str, str]]) -> None:
        for item in self._all_items():
            if not keys:
                if item.data(0, KEY_ROLE)[0] in ("committee", "strategy"):
                    item.setExpanded(True)
            elif tuple(item.data(0, KEY_ROLE)) in keys:
                item.setExpanded(True)

    def find_item(self, table: str, row_id: str) -> QTreeWidgetItem | None:
        for item in self._all_items():
            if tuple(item.data(0, KEY_ROLE)) == (table, row_id):
                return item
        return None

    def select_row(self, table: str, row_id: str) -> bool:
        item = self.find_item(table, row_id)
        if item is None:
            return False
        self.tree.setCurrentItem(item)
        return True

    def _selected(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        key = item.data(0, KEY_ROLE) if item is not None else None
        if not key or key[0] == "folder":
            self.current = None
            self._show_detail(None)
            return
        self.current = _Node(key[0], key[1])
        self._show_detail(self.current)

    # --- the detail pane --------------------------------------------------------------
    def _clear_detail(self) -> None:
        while self.detail_layout.count():
            child = self.detail_layout.takeAt(0)
            widget = child.widget()
            if widget is not None:
                widget.hide()  # gone from view now, deleted when the event loop runs
                widget.deleteLater()
            elif child.layout() is not None:
                QWidget().setLayout(child.layout())
        self.editors = {}
        self._loaded = {}

    def _show_detail(self, node: _Node | None) -> None:
        self._clear_detail()
        if node is None:
            hint = QLabel(self.tr("Choose an element of the plan to see its details."))
            hint.setWordWrap(True)
            self.detail_layout.addWidget(hint)
            self.detail_layout.addStretch(1)
            return
        fields = list(plan_edit.EDITABLE_FIELDS.get(node.table, ()))
        extra = list(plan_edit.WORKFLOW_FIELDS) if node.table == "strategy" else []
        try:
            values = plan_edit.read_fields(self.ctx.record, node.table, node.row_id, fields + extra)
        except CisdeskError:
            self.detail_layout.addWidget(QLabel(self.tr("This element no longer exists.")))
            return
        self._loaded = {f: values[f] for f in fields}
        form = QFormLayout()
        labels = self._field_labels()
        for field in fields:
            value = values[field]
            editor: QLineEdit | QPlainTextEdit
            if field in LONG_FIELDS:
                editor = QPlainTextEdit(value or "")
                editor.setMaximumHeight(110)
                editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
                editor.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
                editor.setReadOnly(not self.editable)
            else:
                editor = QLineEdit(value or "")
                editor.setReadOnly(not self.editable)
            editor.setObjectName(f"edit_{field}")
            self.editors[field] = editor
            form.addRow(labels.get(field, field), editor)
        self.detail_layout.addLayout(form)
        if self.editable and fields:
            buttons = QHBoxLayout()
            save = QPushButton(self.tr("Save"))
            save.setObjectName("savePlan")
            save.clicked.connect(self.save)
            revert = QPushButton(self.tr("Revert"))
            revert.clicked.connect(lambda: self._show_detail(self.current))
            buttons.addWidget(save)
            buttons.addWidget(revert)
            buttons.addStretch(1)
            self.detail_layout.addLayout(buttons)
        if node.table == "strategy":
            self._workflow(values)
        self.detail_layout.addStretch(1)

    def _field_labels(self) -> dict[str, str]:
        return {
            "name": self.tr("Name"),
            "title": self.tr("Title"),
            "text": self.tr("Text"),
            "period_start": self.tr("Period from (YYYY-MM)"),
            "period_end": self.tr("Period to (YYYY-MM)"),
            "period_text": self.tr("Period as written"),
            "description": self.tr("Description"),
            "nuclei": self.tr("Priority nuclei (e.g. 1,5)"),
            "objectives": self.tr("Specific objectives (e.g. 1,4)"),
            "start_semester": self.tr("Start semester (e.g. 2018-II)"),
            "country": self.tr("Country"),
        }

    def _workflow(self, values: dict[str, Any]) -> None:
        status = values.get("status") or StrategyStatus.DRAFT.value
        lines = [self.tr("Status: %1").replace("%1", self._status_text(status))]
        if values.get("validated_on"):
            lines.append(
                self.tr("Validated by the CT-CIS on %1").replace(
                    "%1", labels.date(values["validated_on"])
                )
            )
        if values.get("approved_on"):
            lines.append(
                self.tr("Approved by the CIS on %1").replace(
                    "%1", labels.date(values["approved_on"])
                )
            )
        status_label = QLabel("\n".join(lines))
        status_label.setObjectName("strategyStatus")
        self.detail_layout.addWidget(status_label)
        targets = plan_edit.allowed_transitions(status)
        if not self.editable or not targets:
            return
        row = QHBoxLayout()
        self.step_date = QDateEdit(QDate.currentDate())
        self.step_date.setObjectName("stepDate")
        self.step_date.setCalendarPopup(True)
        self.step_date.setDisplayFormat(labels.date_format())
        row.addWidget(QLabel(self.tr("Date:")))
        row.addWidget(self.step_date)
        captions = {
            StrategyStatus.VALIDATED.value: self.tr("Validated by the CT-CIS"),
            StrategyStatus.APPROVED.value: self.tr("Approved by the CIS"),
            StrategyStatus.DRAFT.value: self.tr("Return to draft"),
        }
        for target in targets:
            button = QPushButton(captions[target])
            button.setObjectName(f"to_{target}")
            button.clicked.connect(lambda _checked=False, t=target: self.transition(t))
            row.addWidget(button)
        row.addStretch(1)
        self.detail_layout.addLayout(row)

    def _editor_value(self, field: str) -> str:
        editor = self.editors[field]
        return editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()

    def pending_values(self) -> dict[str, Any]:
        """Fields whose editor differs from what was loaded."""
        changed = {}
        for field, loaded in self._loaded.items():
            if field not in self.editors:
                continue
            text = self._editor_value(field)
            if text != (loaded or ""):
                changed[field] = text
        return changed

    def has_unsaved_changes(self) -> bool:
        return self.editable and bool(self.pending_values())

    def save(self) -> bool:
        node = self.current
        values = self.pending_values()
        if node is None or not values:
            return False
        try:
            old = plan_edit.set_plan_fields(self.ctx.record, node.table, node.row_id, values)
            new = plan_edit.read_fields(self.ctx.record, node.table, node.row_id, list(values))
        except CisdeskError as exc:
            show_error(self, exc)
            return False
        self._push(node.table, node.row_id, old, new, self.tr("Edit the plan"))
        self._show_detail(node)
        return True

    def transition(self, target: str) -> bool:
        node = self.current
        if node is None or node.table != "strategy":
            return False
        on = self.step_date.date().toPython() if hasattr(self, "step_date") else None
        try:
            old, new = plan_edit.transition_strategy(
                self.ctx.record, node.row_id, target, on if isinstance(on, dt.date) else None
            )
        except CisdeskError as exc:
            show_error(self, exc)
            return False
        self._push("strategy", node.row_id, old, new, self.tr("Change the strategy's status"))
        self._show_detail(node)
        return True

    def _push(
        self, table: str, row_id: str, old: dict[str, Any], new: dict[str, Any], text: str
    ) -> None:
        self.ctx.undo_stack.push(PlanEditCommand(self.ctx, table, row_id, old, new, text))
        self.ctx.notify({table})

    # --- the PPT calendar -------------------------------------------------------------
    def _fill_ppt(self) -> None:
        with self.ctx.record.reader() as session:
            terms = session.scalars(select(PptTerm).where(PptTerm.deleted.is_not(True))).all()
        terms = sorted(terms, key=lambda t: (semester_key(t.semester) or (0, 0), t.id))
        table = self.ppt_table
        table.setRowCount(0)
        for term in terms:
            row = table.rowCount()
            table.insertRow(row)
            item = QTableWidgetItem(term.semester or "")
            item.setData(KEY_ROLE, term.id)
            table.setItem(row, 0, item)
            if self.editable:
                box = QComboBox()
                for code in COUNTRY_CODES:
                    box.addItem(country_name(code), code)
                box.setCurrentIndex(max(box.findData(term.country), 0))
                box.currentIndexChanged.connect(
                    lambda _i, b=box, term_id=term.id: self.set_ppt_country(
                        term_id, b.currentData()
                    )
                )
                table.setCellWidget(row, 1, box)
            else:
                table.setItem(row, 1, QTableWidgetItem(country_name(term.country)))

    def set_ppt_country(self, term_id: str, country: str) -> bool:
        try:
            old = plan_edit.set_plan_fields(
                self.ctx.record, "ppt_term", term_id, {"country": country}
            )
        except CisdeskError as exc:
            show_error(self, exc)
            self._fill_ppt()
            return False
        self._push("ppt_term", term_id, old, {"country": country}, self.tr("Change the PPT"))
        return True

    def add_ppt_semester(self) -> str | None:
        try:
            term_id = plan_edit.add_ppt_semester(self.ctx.record)
        except CisdeskError as exc:
            show_error(self, exc)
            return None
        self._push(
            "ppt_term",
            term_id,
            {"deleted": True},
            {"deleted": False},
            self.tr("Add a semester to the PPT calendar"),
        )
        return term_id

    def ppt_rows(self) -> list[tuple[str, str]]:
        """(semester, country code) as listed, for tests and reports."""
        rows = []
        for row in range(self.ppt_table.rowCount()):
            semester = self.ppt_table.item(row, 0).text()
            box = self.ppt_table.cellWidget(row, 1)
            if isinstance(box, QComboBox):
                rows.append((semester, str(box.currentData())))
            else:
                rows.append((semester, self.ppt_table.item(row, 1).text()))
        return rows
