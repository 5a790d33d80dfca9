"""Recording a delegate to a committee and how to reach them."""

from typing import Any

from PySide6.QtWidgets import QCheckBox, QLineEdit

from cisdesk.activity import lookups, people
from cisdesk.activity.store import ChangeSet
from cisdesk.ui import labels
from cisdesk.ui.catalog_text import ui_text
from cisdesk.ui.dialogs.record_dialog import RecordDialog
from cisdesk.ui.forms import combo


class DelegateDialog(RecordDialog):
    def build(self) -> None:
        form = self.form
        form.add("name", self.tr("Name"), QLineEdit())
        form.add("institution", self.tr("Institution"), QLineEdit())
        form.add("position", self.tr("Position"), QLineEdit())
        roles = [
            ("delegate", ui_text("ui.delegate.role_delegate")),
            ("coordinator", ui_text("ui.delegate.role_coordinator")),
        ]
        form.add("role", ui_text("ui.delegate.role"), combo(roles))
        committees = labels.committee_choices(lookups.committees(self.ctx.record), "—")
        form.add("committee_id", self.tr("Committee"), combo(committees))
        email = form.add("email", self.tr("E-mail"), QLineEdit())
        assert isinstance(email, QLineEdit)
        email.setPlaceholderText("nombre@institucion.gob")
        form.add("phone", self.tr("Phone"), QLineEdit())
        form.add(
            "is_focal_point", self.tr("Focal point"), QCheckBox(self.tr("Country focal point"))
        )

    def defaults(self) -> dict[str, Any]:
        return {"role": "delegate"}

    def title(self) -> str:
        return self.tr("New delegate") if self.row_id is None else self.tr("Delegate")

    def undo_text(self) -> str:
        return self.tr("Add delegate") if self.row_id is None else self.tr("Edit delegate")

    def create(self, values: dict[str, Any]) -> ChangeSet:
        return people.create_delegate(self.ctx.record, **values)

    def update(self, changes: dict[str, Any]) -> ChangeSet:
        assert self.row_id is not None
        return people.update_delegate(self.ctx.record, self.row_id, **changes)
