"""Plan › Strategies and milestones, right side: the chosen element's fields and workflow.

At SISCA the fields are editable and a strategy moves through its approval steps;
every change is a core call (:mod:`cisdesk.activity.plan_edit`) put on the undo stack.
"""

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cisdesk.activity import plan_edit, plan_versions
from cisdesk.activity.plan_outline import StrategyStatus
from cisdesk.errors import CisdeskError
from cisdesk.ui import labels
from cisdesk.ui.catalog_text import ui_text
from cisdesk.ui.context import AppContext
from cisdesk.ui.dialogs.errors import show_error
from cisdesk.ui.undo import perform
from cisdesk.ui.views.plan.common import Node, status_text
from cisdesk.ui.views.plan.evolution import EvolutionPanel, step_text

LONG_FIELDS = {"text", "description", "name", "title"}


class PlanDetail(QWidget):
    def __init__(self, ctx: AppContext, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editable = editable
        self.current: Node | None = None
        self.editors: dict[str, QLineEdit | QPlainTextEdit] = {}
        self._loaded: dict[str, Any] = {}
        self.locked: frozenset[str] = frozenset()
        self.detail_layout = QVBoxLayout(self)

    def _clear(self) -> None:
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

    def show_node(self, node: Node | None) -> None:
        """Show ``node``'s fields (or a hint when none is chosen), dropping typed edits."""
        self.current = node
        self._clear()
        if node is None:
            hint = QLabel(self.tr("Choose an element of the plan to see its details."))
            hint.setWordWrap(True)
            self.detail_layout.addWidget(hint)
            self.detail_layout.addStretch(1)
            return
        fields = list(plan_edit.EDITABLE_FIELDS.get(node.table, ()))
        extra = {
            "strategy": [*plan_edit.WORKFLOW_FIELDS, "version"],
            "result": ["regional"],
        }.get(node.table, [])
        try:
            values = plan_edit.read_fields(self.ctx.record, node.table, node.row_id, fields + extra)
        except CisdeskError:
            self.detail_layout.addWidget(QLabel(self.tr("This element no longer exists.")))
            return
        self.locked = plan_versions.locked_fields(self.ctx.record, node.table, node.row_id)
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
                editor.setReadOnly(not self.editable or field in self.locked)
            else:
                editor = QLineEdit(value or "")
                editor.setReadOnly(not self.editable or field in self.locked)
            editor.setObjectName(f"edit_{field}")
            self.editors[field] = editor
            form.addRow(labels.get(field, field), editor)
        self.detail_layout.addLayout(form)
        if self.editable and set(fields) - self.locked:
            buttons = QHBoxLayout()
            save = QPushButton(self.tr("Save"))
            save.setObjectName("savePlan")
            save.clicked.connect(self.save)
            revert = QPushButton(self.tr("Revert"))
            revert.clicked.connect(lambda: self.show_node(self.current))
            buttons.addWidget(save)
            buttons.addWidget(revert)
            buttons.addStretch(1)
            self.detail_layout.addLayout(buttons)
        if node.table == "strategy":
            self._workflow(values)
        if node.table in ("committee", "strategy", "milestone", "result"):
            self.evolution = EvolutionPanel(self.ctx, node, values, self.editable)
            self.detail_layout.addWidget(self.evolution)
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
        lines = [
            ui_text("ui.plan.version", n=values.get("version") or 1)
            + " · "
            + self.tr("Status: %1").replace("%1", status_text(status))
        ]
        if values.get("validated_on"):
            lines.append(
                step_text("validated", values["validated_on"], values.get("validated_ref"))
            )
        if values.get("approved_on"):
            lines.append(step_text("approved", values["approved_on"], values.get("approved_ref")))
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
        self.step_ref = QLineEdit()
        self.step_ref.setObjectName("stepReference")
        self.step_ref.setPlaceholderText(ui_text("ui.plan.reference"))
        row.addWidget(self.step_ref, 1)
        captions = {
            # Buttons say what they do; the status line says where the strategy stands.
            StrategyStatus.VALIDATED.value: self.tr("Record validation by the CT-CIS"),
            StrategyStatus.APPROVED.value: self.tr("Record approval by the CIS"),
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
            perform(
                self.ctx,
                self.tr("Edit the plan"),
                lambda: plan_edit.set_plan_fields(self.ctx.record, node.table, node.row_id, values),
            )
        except CisdeskError as exc:
            show_error(self, exc)
            return False
        self.show_node(node)
        return True

    def transition(self, target: str) -> bool:
        node = self.current
        if node is None or node.table != "strategy":
            return False
        on = self.step_date.date().toPython() if hasattr(self, "step_date") else None
        reference = self.step_ref.text() if hasattr(self, "step_ref") else None
        try:
            perform(
                self.ctx,
                self.tr("Change the strategy's status"),
                lambda: plan_edit.transition_strategy(
                    self.ctx.record,
                    node.row_id,
                    target,
                    on if isinstance(on, dt.date) else None,
                    reference,
                ),
            )
        except CisdeskError as exc:
            show_error(self, exc)
            return False
        self.show_node(node)
        return True
