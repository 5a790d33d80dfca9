"""Recording an exchange of experiences, a training or an expert's conference."""

from typing import Any

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit

from cisdesk.activity import lookups, outreach
from cisdesk.activity.store import ChangeSet
from cisdesk.activity.vocabulary import TrainingKind
from cisdesk.ui import labels
from cisdesk.ui.dialogs.record_dialog import RecordDialog
from cisdesk.ui.forms import combo, date_edit


class CapacityDialog(RecordDialog):
    def build(self) -> None:
        form = self.form
        form.add("kind", self.tr("Kind"), combo(labels.choices(labels.TRAINING_KIND)))
        committees = labels.committee_choices(
            lookups.committees(self.ctx.record), self.tr("All three committees")
        )
        form.add("committee_id", self.tr("Committee"), combo(committees))
        form.add("title", self.tr("Title"), QLineEdit())
        form.add("date", self.tr("Date"), date_edit())
        form.add(
            "extra_regional",
            self.tr("Scope"),
            QCheckBox(self.tr("With experiences or experts from outside the region")),
        )
        participants = form.add("participants", self.tr("Participants"), QLineEdit())
        assert isinstance(participants, QLineEdit)
        participants.setPlaceholderText(self.tr("number of people"))
        form.add("description", self.tr("Description"), QPlainTextEdit())

    def title(self) -> str:
        return (
            self.tr("New capacity-building activity")
            if self.row_id is None
            else self.tr("Capacity-building activity")
        )

    def undo_text(self) -> str:
        return self.tr("Record activity") if self.row_id is None else self.tr("Edit activity")

    def defaults(self) -> dict[str, Any]:
        return {"kind": TrainingKind.TRAINING.value, "date": self.ctx.record.today()}

    def create(self, values: dict[str, Any]) -> ChangeSet:
        return outreach.create_capacity(self.ctx.record, **values)

    def update(self, changes: dict[str, Any]) -> ChangeSet:
        assert self.row_id is not None
        return outreach.update_capacity(self.ctx.record, self.row_id, **changes)
