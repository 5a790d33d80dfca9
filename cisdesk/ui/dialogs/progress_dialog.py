"""One progress report in a form: a result, a semester, status, percentage and note.

The grid of the Avances page is the quick way; this dialog is the careful one,
and the way to report on a semester or result the grid is not showing.
"""

from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QSpinBox

from cisdesk.activity import lookups, progress
from cisdesk.activity.store import ChangeSet
from cisdesk.activity.vocabulary import ProgressStatus
from cisdesk.db.record import Record
from cisdesk.ui import labels
from cisdesk.ui.dialogs.record_dialog import RecordDialog
from cisdesk.ui.forms import combo

RESULT_LABEL_LENGTH = 90


def result_choices(record: Record) -> list[tuple[str, str]]:
    """Every live result as "PPS 3.1 — text" (the text cut to fit), in plan order."""
    out = []
    for result in lookups.results(record):
        text = result.text
        short = text if len(text) <= RESULT_LABEL_LENGTH else text[:RESULT_LABEL_LENGTH] + "…"
        out.append((result.id, f"{result.label} — {short}"))
    return out


class ProgressDialog(RecordDialog):
    def build(self) -> None:
        form = self.form
        self.result = form.add(
            "result_id", self.tr("Result"), combo(result_choices(self.ctx.record))
        )
        semesters = progress.semesters_until_now(self.ctx.record)
        self.semester = form.add(
            "semester", self.tr("Semester"), combo([(s, s) for s in reversed(semesters)])
        )
        self.status = form.add(
            "status", self.tr("Status"), combo(labels.choices(labels.PROGRESS_STATUS))
        )
        self.percent = QSpinBox()
        self.percent.setRange(0, 100)
        self.percent.setSuffix(" %")
        form.add("percent", self.tr("Progress"), self.percent)
        form.add("note", self.tr("Note"), QPlainTextEdit())
        self.notice = QLabel(self)
        self.notice.setObjectName("existing_report_notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("background: #fff4c2; padding: 6px;")
        self.notice.hide()
        form.add_row("", self.notice)
        assert isinstance(self.status, QComboBox)
        self.status.currentIndexChanged.connect(self._status_changed)
        #: Set when the chosen result and semester already had a report, opened here.
        self.opened_existing = False

    def after_load(self) -> None:
        if self.row_id is not None:
            # What a report is about does not change; report on another result instead.
            self.result.setEnabled(False)
            self.semester.setEnabled(False)
            return
        assert isinstance(self.result, QComboBox) and isinstance(self.semester, QComboBox)
        self.result.currentIndexChanged.connect(self._target_changed)
        self.semester.currentIndexChanged.connect(self._target_changed)
        self._target_changed()

    def _target_changed(self, *_args: Any) -> None:
        """A report for a result and semester that has one opens it rather than replacing it."""
        assert isinstance(self.result, QComboBox) and isinstance(self.semester, QComboBox)
        result_id, semester = self.result.currentData(), self.semester.currentData()
        existing = progress.report_on(self.ctx.record, result_id, semester)
        if existing is not None:
            self.row_id = existing["id"]
            self.opened_existing = True
            self.form.set_values(existing)
            ref = self.result.currentText().split(" — ")[0]
            status = labels.label(labels.PROGRESS_STATUS, existing["status"])
            self.notice.setText(
                self.tr(
                    "%1 already has a report for %2 (%3, %4 %). It is shown here to be "
                    "edited: Save changes that report, nothing else is replaced."
                )
                .replace("%1", ref)
                .replace("%2", semester)
                .replace("%3", status)
                .replace("%4", str(existing["percent"]))
            )
            self.notice.show()
            self.setWindowTitle(self.tr("Progress report (existing)"))
        elif self.opened_existing:
            self.row_id = None
            self.opened_existing = False
            kept = {"result_id": result_id, "semester": semester}
            self.form.set_values(self.defaults() | {"note": ""} | kept)
            self.notice.hide()
            self.setWindowTitle(self.title())

    def _status_changed(self, *_args: Any) -> None:
        assert isinstance(self.status, QComboBox)
        implied = progress.implied_percent(self.status.currentData())
        if implied is not None:
            self.percent.setValue(implied)

    def title(self) -> str:
        return self.tr("Progress report")

    def undo_text(self) -> str:
        return self.tr("Save progress")

    def defaults(self) -> dict[str, Any]:
        return {
            "semester": progress.today_semester(self.ctx.record),
            "status": ProgressStatus.IN_PROGRESS.value,
            "percent": 0,
        }

    def create(self, values: dict[str, Any]) -> ChangeSet:
        # Never replace a report the person has not seen (one saved meanwhile is refused).
        return progress.save_progress(self.ctx.record, **values, replace=False)

    def update(self, changes: dict[str, Any]) -> ChangeSet:
        assert self.row_id is not None
        return progress.update_progress(self.ctx.record, self.row_id, **changes)
