"""Plan › Strategies and milestones: how the plan evolves at SISCA (below the fields).

A committee starts a new strategy period; a strategy shows its versions and, when
locked, starts a new draft version; a milestone gets new results; milestones and
results retire from a semester; a result is marked regional. Every action is one
core call (:mod:`cisdesk.activity.plan_versions`) whose change set goes on the window's
one undo stack (:mod:`cisdesk.ui.undo`); a refusal is shown as it is.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from cisdesk.activity import plan_versions, progress
from cisdesk.activity.store import ChangeSet
from cisdesk.errors import CisdeskError
from cisdesk.ui.catalog_text import ui_text
from cisdesk.ui.context import AppContext
from cisdesk.ui.dialogs.errors import show_error
from cisdesk.ui.undo import record_done
from cisdesk.ui.views.plan.common import Node


class EvolutionPanel(QGroupBox):
    """The actions that change the plan's shape, for one chosen element."""

    def __init__(
        self,
        ctx: AppContext,
        node: Node,
        values: dict[str, Any],
        editable: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ui_text("ui.plan.evolution"), parent)
        self.setObjectName("planEvolution")
        self.ctx, self.node, self.values, self.editable = ctx, node, values, editable
        self.form = QFormLayout(self)
        self.inputs: dict[str, QLineEdit] = {}
        builders: dict[str, Callable[[], None]] = {
            "committee": self._committee,
            "strategy": self._strategy,
            "milestone": self._milestone,
            "result": self._result,
        }
        builders.get(node.table, lambda: None)()

    # --- helpers --------------------------------------------------------------------------
    def _input(self, key: str, label_code: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(f"evo_{key}")
        edit.setPlaceholderText(placeholder)
        edit.setEnabled(self.editable)
        self.inputs[key] = edit
        self.form.addRow(ui_text(label_code), edit)
        return edit

    def _button(self, key: str, code: str, action: Callable[[], ChangeSet]) -> QPushButton:
        button = QPushButton(ui_text(code))
        button.setObjectName(f"evo_{key}")
        button.setEnabled(self.editable)
        button.clicked.connect(lambda _checked=False: self.run(action, button.text()))
        return button

    def run(self, action: Callable[[], ChangeSet], text: str) -> bool:
        """Call the core; say why when it refuses; put what it did on the undo stack."""
        try:
            changes = action()
        except CisdeskError as exc:
            show_error(self, exc)
            return False
        record_done(self.ctx, text, changes)  # tells the views which rows it wrote
        return True

    def _text(self, key: str) -> str:
        return self.inputs[key].text().strip()

    # --- per element ------------------------------------------------------------------------
    def _committee(self) -> None:
        self.form.addRow(QLabel(ui_text("ui.plan.new_period_hint")))
        self._input("period_start", "ui.plan.period_from", "2019-07")
        self._input("period_end", "ui.plan.period_to", "2020-12")
        self._input("period_title", "ui.plan.title")
        self.form.addRow(
            "",
            self._button(
                "new_period",
                "ui.plan.new_period",
                lambda: plan_versions.start_strategy_period(
                    self.ctx.record,
                    self.node.row_id,
                    self._text("period_start"),
                    self._text("period_end"),
                    title=self._text("period_title") or None,
                ),
            ),
        )

    def _strategy(self) -> None:
        versions = plan_versions.versions_of(self.ctx.record, self.node.row_id)
        history = QLabel("\n".join(version_line(v) for v in versions))
        history.setObjectName("strategyVersions")
        history.setWordWrap(True)
        self.form.addRow(ui_text("report.versions"), history)
        status = self.values.get("status") or "draft"
        if status in plan_versions.LOCKED:
            note = QLabel(ui_text("ui.plan.locked_note"))
            note.setWordWrap(True)
            self.form.addRow(note)
            self.form.addRow(
                "",
                self._button(
                    "new_version",
                    "ui.plan.new_version",
                    lambda: plan_versions.start_new_version(self.ctx.record, self.node.row_id),
                ),
            )
            return
        self._input("milestone_text", "ui.plan.new_milestone")
        self.form.addRow(
            "",
            self._button(
                "add_milestone",
                "ui.plan.add_milestone",
                lambda: plan_versions.add_milestone(
                    self.ctx.record, self.node.row_id, self._text("milestone_text")
                ),
            ),
        )

    def _retire_row(self) -> None:
        self._input("retired_in", "ui.plan.retire_from", "2019-II")
        row = QHBoxLayout()
        row.addWidget(
            self._button(
                "retire",
                "ui.plan.retire",
                lambda: plan_versions.retire(
                    self.ctx.record, self.node.table, self.node.row_id, self._text("retired_in")
                ),
            )
        )
        row.addWidget(
            self._button(
                "restore",
                "ui.plan.bring_back",
                lambda: plan_versions.retire(
                    self.ctx.record, self.node.table, self.node.row_id, None
                ),
            )
        )
        row.addStretch(1)
        self.form.addRow("", row)

    def _locked(self) -> bool:
        return bool(plan_versions.locked_fields(self.ctx.record, self.node.table, self.node.row_id))

    def _milestone(self) -> None:
        if self._locked():
            note = QLabel(ui_text("ui.plan.locked_note"))
            note.setWordWrap(True)
            self.form.addRow(note)
            self._tags_note()
            return
        self._input("result_text", "ui.plan.new_result")
        self._input("result_start", "ui.plan.start_semester", "2019-II")
        self.form.addRow(
            "",
            self._button(
                "add_result",
                "ui.plan.add_result",
                lambda: plan_versions.add_result(
                    self.ctx.record,
                    self.node.row_id,
                    self._text("result_text"),
                    self._text("result_start"),
                ),
            ),
        )
        self._retire_row()
        self._tags_note()

    def _tags_note(self) -> None:
        tags = QLabel(ui_text("report.tags_note"))
        tags.setWordWrap(True)
        tags.setObjectName("tagsNote")
        self.form.addRow(tags)

    def _result(self) -> None:
        self.regional = QCheckBox(ui_text("ui.plan.regional_result"))
        self.regional.setObjectName("evo_regional")
        self.regional.setChecked(bool(self.values.get("regional")))
        self.regional.setEnabled(self.editable)
        self.regional.toggled.connect(
            lambda on: self.run(
                lambda: plan_versions.set_regional(self.ctx.record, self.node.row_id, on),
                self.regional.text(),
            )
        )
        self.form.addRow("", self.regional)
        if self.values.get("regional"):
            self._regional_progress()
        if not self._locked():
            self._retire_row()

    def _regional_progress(self) -> None:
        """SISCA reports a regional deliverable's progress itself."""
        self._input("progress_semester", "ui.plan.progress_semester", "2018-I")
        self._input("progress_percent", "ui.plan.progress_percent", "100")

        def save() -> ChangeSet:
            text = self._text("progress_percent")
            percent = int(text) if text.isdigit() else -1
            return progress.save_progress(
                self.ctx.record,
                result_id=self.node.row_id,
                semester=self._text("progress_semester"),
                status=progress.implied_status(max(percent, 0)),
                percent=percent,
            )

        self.form.addRow("", self._button("regional_progress", "ui.plan.save_progress", save))


def step_text(step: str, on: Any, reference: str | None) -> str:
    """``validada por los CT-CIS el 2018-02-15 (acta 3)``; the reference only when recorded."""
    line = ui_text(f"report.{step}_by_on", date=on.isoformat())
    return f"{line} ({reference})" if reference else line


def version_line(version: plan_versions.VersionInfo) -> str:
    """``Versión 1: Aprobada por el CIS (validada …; aprobada …)``, one line per version."""
    dates = []
    if version.validated_on:
        dates.append(step_text("validated", version.validated_on, version.validated_ref))
    if version.approved_on:
        dates.append(step_text("approved", version.approved_on, version.approved_ref))
    suffix = f" ({'; '.join(dates)})" if dates else ""
    line = ui_text(
        "report.version_line",
        n=version.number,
        status=ui_text(f"ui.status.{version.status or 'draft'}"),
        dates=suffix,
    )
    return line + (ui_text("ui.plan.current") if version.current else "")
