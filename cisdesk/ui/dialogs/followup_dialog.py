"""Reporting on an agreement: what was done, when, and where it stands now."""

from typing import Any

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from cisdesk.activity import meetings
from cisdesk.activity.store import ChangeSet
from cisdesk.activity.vocabulary import AgreementStatus
from cisdesk.ui import labels
from cisdesk.ui.context import AppContext
from cisdesk.ui.dialogs.record_dialog import RecordDialog
from cisdesk.ui.forms import combo, date_edit


class FollowUpDialog(RecordDialog):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        agreement_id: str,
        agreement_text: str = "",
        **kwargs: Any,
    ) -> None:
        self.agreement_id = agreement_id
        self.agreement_text = agreement_text
        super().__init__(ctx, parent, **kwargs)

    def build(self) -> None:
        form = self.form
        about = QLabel(self.agreement_text)
        about.setWordWrap(True)
        form.add_row(self.tr("Agreement"), about)
        form.add("date", self.tr("Date"), date_edit())
        form.add("status", self.tr("Status"), combo(labels.choices(labels.AGREEMENT_STATUS)))
        form.add("note", self.tr("What was done"), QPlainTextEdit())
        hint = QLabel(self.tr("The agreement takes the status of its latest follow-up."))
        hint.setWordWrap(True)
        form.add_row("", hint)

    def title(self) -> str:
        return self.tr("New follow-up") if self.row_id is None else self.tr("Follow-up")

    def undo_text(self) -> str:
        return self.tr("Record follow-up") if self.row_id is None else self.tr("Edit follow-up")

    def defaults(self) -> dict[str, Any]:
        return {"date": self.ctx.record.today(), "status": AgreementStatus.IN_PROGRESS.value}

    def create(self, values: dict[str, Any]) -> ChangeSet:
        return meetings.add_followup(self.ctx.record, agreement_id=self.agreement_id, **values)

    def update(self, changes: dict[str, Any]) -> ChangeSet:
        assert self.row_id is not None
        return meetings.update_followup(self.ctx.record, self.row_id, **changes)
