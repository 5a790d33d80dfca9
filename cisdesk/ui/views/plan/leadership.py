"""Plan › Leadership and evaluations: who leads each committee in a semester (named by
the PPT country) and the plan's evaluations (recorded at SISCA)."""

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cisdesk.activity import evaluations, leadership, lookups, progress, queries
from cisdesk.activity.plan_outline import ppt_calendar
from cisdesk.errors import CisdeskError
from cisdesk.ui.catalog_text import ui_text
from cisdesk.ui.context import AppContext
from cisdesk.ui.dialogs.errors import show_error
from cisdesk.ui.widgets.status import country_name


class LeadershipView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.regional = ctx.record.install.is_regional
        layout = QVBoxLayout(self)

        leads = QGroupBox(ui_text("report.lead"))
        lead_layout = QVBoxLayout(leads)
        row = QHBoxLayout()
        self.semester = QComboBox()
        self.semester.setObjectName("leadSemester")
        self.semester.currentIndexChanged.connect(self._show_leads)
        row.addWidget(QLabel(ui_text("ui.lead.semester")))
        row.addWidget(self.semester)
        self.holder = QLabel()
        self.holder.setObjectName("leadHolder")
        row.addWidget(self.holder, 1)
        lead_layout.addLayout(row)
        self.lead_layout = lead_layout
        self.lead_panel = QWidget()
        self.lead_form = QFormLayout(self.lead_panel)
        lead_layout.addWidget(self.lead_panel)
        layout.addWidget(leads)

        box = QGroupBox(ui_text("report.evaluations"))
        eval_layout = QVBoxLayout(box)
        self.evaluations_label = QLabel()
        self.evaluations_label.setObjectName("evaluationList")
        self.evaluations_label.setWordWrap(True)
        eval_layout.addWidget(self.evaluations_label)
        if self.regional:
            form = QFormLayout()
            self.eval_kind = QComboBox()
            self.eval_kind.addItem(ui_text("report.evaluation.mid_term"), "mid_term")
            self.eval_kind.addItem(ui_text("report.evaluation.closing"), "closing")
            self.eval_date = QDateEdit(QDate.currentDate())
            self.eval_date.setDisplayFormat("yyyy-MM-dd")
            self.eval_title = QLineEdit()
            self.eval_findings = QPlainTextEdit()
            self.eval_findings.setMaximumHeight(60)
            self.eval_adjustments = QPlainTextEdit()
            self.eval_adjustments.setMaximumHeight(60)
            form.addRow(ui_text("ui.evaluation.kind"), self.eval_kind)
            form.addRow(ui_text("ui.evaluation.date"), self.eval_date)
            form.addRow(ui_text("ui.plan.title"), self.eval_title)
            form.addRow(ui_text("report.findings"), self.eval_findings)
            form.addRow(ui_text("report.adjustments"), self.eval_adjustments)
            add = QPushButton(ui_text("ui.evaluation.record"))
            add.setObjectName("recordEvaluation")
            add.clicked.connect(self.record_evaluation)
            form.addRow("", add)
            eval_layout.addLayout(form)
        layout.addWidget(box)
        layout.addStretch(1)

    def refresh(self) -> None:
        current = self.semester.currentData() or progress.today_semester(self.ctx.record)
        self.semester.blockSignals(True)
        self.semester.clear()
        self.terms = {t.semester: t.country for t in ppt_calendar(self.ctx.record)}
        for semester in self.terms:
            self.semester.addItem(semester or "", semester)
        self.semester.setCurrentIndex(max(self.semester.findData(current), 0))
        self.semester.blockSignals(False)
        self._show_leads()
        lines = []
        for row in evaluations.evaluations(self.ctx.record):
            kind = ui_text(f"report.evaluation.{row['kind'] or 'mid_term'}")
            lines.append(f"{row['date']} · {kind}: {row['title'] or ''}")
        self.evaluations_label.setText("\n".join(lines) or "—")

    def _show_leads(self) -> None:
        # A fresh panel each time: the old one (maybe the sender of this refresh) goes later.
        old = self.lead_panel
        self.lead_panel = QWidget()
        self.lead_form = QFormLayout(self.lead_panel)
        self.lead_layout.replaceWidget(old, self.lead_panel)
        old.hide()
        old.deleteLater()
        semester = self.semester.currentData()
        if not semester:
            return
        holder = self.terms.get(semester)
        self.holder.setText(ui_text("ui.lead.holder", country=country_name(holder) or "—"))
        named = leadership.leads_of(self.ctx.record, semester)
        own = self.ctx.record.install.owner
        may_name = not self.regional and holder == own
        people = queries.delegates(owner=own).fetch(self.ctx.record, 0, 500) if may_name else []
        self.lead_boxes: dict[str, QComboBox] = {}
        for committee in lookups.committees(self.ctx.record):
            lead = named.get(committee["id"])
            if not may_name:
                self.lead_form.addRow(committee["code"], QLabel(lead["name"] if lead else "—"))
                continue
            box = QComboBox()
            box.setObjectName(f"lead_{committee['code']}")
            box.addItem("—", None)
            for person in people:
                box.addItem(person["name"] or "", person["id"])
            if lead:
                box.setCurrentIndex(max(box.findText(lead["name"] or ""), 0))
            box.activated.connect(
                lambda _i, b=box, c=committee["id"], s=semester: self.set_lead(
                    c, s, b.currentData()
                )
            )
            self.lead_boxes[committee["code"]] = box
            self.lead_form.addRow(committee["code"], box)

    def set_lead(self, committee_id: str, semester: str, delegate_id: str | None) -> bool:
        try:
            leadership.set_committee_lead(
                self.ctx.record, committee_id, semester, delegate_id or ""
            )
        except CisdeskError as exc:
            show_error(self, exc)
            return False
        self.ctx.notify({"committee_lead"})
        return True

    def record_evaluation(self) -> bool:
        try:
            evaluations.record_evaluation(
                self.ctx.record,
                kind=str(self.eval_kind.currentData()),
                date=self.eval_date.date().toPython(),
                title=self.eval_title.text(),
                findings=self.eval_findings.toPlainText(),
                adjustments=self.eval_adjustments.toPlainText(),
            )
        except CisdeskError as exc:
            show_error(self, exc)
            return False
        self.ctx.notify({"evaluation"})
        self.refresh()
        return True
