"""Recording a proposal a committee raises for the CIS agenda."""

from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from cisdesk.activity import lookups, outreach
from cisdesk.activity.store import ChangeSet
from cisdesk.activity.vocabulary import ProposalStatus
from cisdesk.ui import labels
from cisdesk.ui.dialogs.proposal_path import ProposalPath
from cisdesk.ui.dialogs.record_dialog import RecordDialog
from cisdesk.ui.forms import combo, date_edit


class ProposalDialog(RecordDialog):
    def build(self) -> None:
        form = self.form
        committees = labels.committee_choices(lookups.committees(self.ctx.record), "—")
        form.add("committee_id", self.tr("Committee"), combo(committees))
        form.add("title", self.tr("Title"), QLineEdit())
        form.add("date", self.tr("Date"), date_edit())
        # The status advances by the steps of the proposal's path, recorded below.
        choices = combo(labels.choices(labels.PROPOSAL_STATUS))
        status = form.add("status", self.tr("Status"), choices)
        status.setEnabled(False)
        form.add("description", self.tr("Description"), QPlainTextEdit())
        if self.row_id is not None:
            self.path = ProposalPath(self.ctx, self.row_id, not self.read_only)
            self.layout().addWidget(self.path)

    def title(self) -> str:
        return self.tr("New proposal") if self.row_id is None else self.tr("Proposal")

    def undo_text(self) -> str:
        return self.tr("Record proposal") if self.row_id is None else self.tr("Edit proposal")

    def defaults(self) -> dict[str, Any]:
        return {"date": self.ctx.record.today(), "status": ProposalStatus.DRAFT.value}

    def create(self, values: dict[str, Any]) -> ChangeSet:
        return outreach.create_proposal(self.ctx.record, **values)

    def update(self, changes: dict[str, Any]) -> ChangeSet:
        assert self.row_id is not None
        return outreach.update_proposal(self.ctx.record, self.row_id, **changes)
