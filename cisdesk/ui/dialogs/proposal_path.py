"""A proposal's path to the CIS in its dialog: the steps so far and the next one.

Each step is a core call (:func:`cisdesk.activity.proposals.add_step`): dated, with
who recorded it, one at a time; the CIS decision needs its reference. A step recorded
goes on the window's one undo stack.
"""

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cisdesk.activity import proposals
from cisdesk.errors import CisdeskError
from cisdesk.ui.catalog_text import ui_text
from cisdesk.ui.context import AppContext
from cisdesk.ui.dialogs.errors import show_error
from cisdesk.ui.undo import perform


class ProposalPath(QGroupBox):
    def __init__(
        self, ctx: AppContext, proposal_id: str, editable: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(ui_text("report.proposal_path"), parent)
        self.setObjectName("proposalPath")
        self.ctx, self.proposal_id, self.editable = ctx, proposal_id, editable
        layout = QVBoxLayout(self)
        self.steps_label = QLabel()
        self.steps_label.setObjectName("proposalSteps")
        self.steps_label.setWordWrap(True)
        layout.addWidget(self.steps_label)
        row = QHBoxLayout()
        self.next_step = QComboBox()
        self.next_step.setObjectName("nextStep")
        self.step_date = QDateEdit(QDate.currentDate())
        self.step_date.setDisplayFormat("yyyy-MM-dd")
        self.step_date.setCalendarPopup(True)
        self.reference = QLineEdit()
        self.reference.setObjectName("stepReference")
        self.reference.setPlaceholderText(ui_text("ui.plan.reference"))
        self.record_button = QPushButton(ui_text("ui.proposal.record_step"))
        self.record_button.setObjectName("recordStep")
        self.record_button.clicked.connect(self.record_step)
        for widget in (self.next_step, self.step_date, self.reference, self.record_button):
            row.addWidget(widget)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        path = proposals.steps_of(self.ctx.record, self.proposal_id)
        lines = []
        for step in path:
            line = f"{ui_text('step.' + step['step'])}: {step['date'] or '—'}"
            if step.get("recorded_by"):
                line += f" · {step['recorded_by']}"
            if step.get("reference"):
                line += f" ({step['reference']})"
            lines.append(line)
        self.steps_label.setText("\n".join(lines))
        current = path[-1]["step"] if path else "draft"
        self.next_step.clear()
        regional = self.ctx.record.install.is_regional
        for step in proposals.next_steps(current):
            if regional or step not in proposals.SISCA_STEPS:  # the others are SISCA's to record
                self.next_step.addItem(ui_text("step." + step), step)
        enabled = self.editable and self.next_step.count() > 0
        for widget in (self.next_step, self.step_date, self.reference, self.record_button):
            widget.setEnabled(enabled)

    def record_step(self) -> bool:
        step = self.next_step.currentData()
        if not step:
            return False
        try:
            perform(
                self.ctx,
                self.record_button.text(),
                lambda: proposals.add_step(
                    self.ctx.record,
                    self.proposal_id,
                    str(step),
                    self.step_date.date().toPython(),
                    reference=self.reference.text(),
                ),
            )
        except CisdeskError as exc:
            show_error(self, exc)
            return False
        self.reference.clear()
        self.refresh()
        return True
