"""Recording an agreement taken in a meeting: what, who answers for it, by when."""

from typing import Any

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from cisdesk.activity import lookups, meetings
from cisdesk.activity.store import ChangeSet
from cisdesk.activity.vocabulary import AgreementStatus
from cisdesk.ui import labels
from cisdesk.ui.context import AppContext
from cisdesk.ui.dialogs.record_dialog import RecordDialog
from cisdesk.ui.forms import OptionalDateEdit, combo


class AgreementDialog(RecordDialog):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        meeting_id: str | None = None,
        **kwargs: Any,
    ) -> None:
        self.meeting_id = meeting_id
        super().__init__(ctx, parent, **kwargs)

    def build(self) -> None:
        form = self.form
        choices = [
            (m["id"], f"{labels.date(m['date'])} — {m['title'] or ''}")
            for m in lookups.own_meetings(self.ctx.record)
        ]
        self.meeting = form.add("meeting_id", self.tr("Meeting"), combo([(None, "—"), *choices]))
        if self.meeting_id is not None:
            self.meeting.setEnabled(False)
        form.add("text", self.tr("Agreement"), QPlainTextEdit())
        form.add(
            "responsible_country",
            self.tr("Responsible"),
            combo([(None, "—"), *labels.country_choices(with_sisca=True)]),
        )
        self.due = form.add("due_date", self.tr("Due date"), OptionalDateEdit())
        form.add("status", self.tr("Status"), combo(labels.choices(labels.AGREEMENT_STATUS)))

    def title(self) -> str:
        return self.tr("New agreement") if self.row_id is None else self.tr("Agreement")

    def undo_text(self) -> str:
        return self.tr("Record agreement") if self.row_id is None else self.tr("Edit agreement")

    def defaults(self) -> dict[str, Any]:
        owner = self.ctx.record.install.owner
        return {
            "meeting_id": self.meeting_id,
            "responsible_country": owner,
            "status": AgreementStatus.PENDING.value,
            "due_date": None,
        }

    def after_load(self) -> None:
        if self.row_id is None:
            # A due date field starts on today's date once ticked.
            self.due.edit.setDate(self.ctx.record.today())
            self.form.mark_clean()

    def create(self, values: dict[str, Any]) -> ChangeSet:
        return meetings.create_agreement(self.ctx.record, **values)

    def update(self, changes: dict[str, Any]) -> ChangeSet:
        assert self.row_id is not None
        return meetings.update_agreement(self.ctx.record, self.row_id, **changes)
