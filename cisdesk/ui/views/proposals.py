"""Propuestas: what the committees raise for the CIS agenda, and where it stands."""

from typing import Any

from PySide6.QtWidgets import QWidget

from cisdesk.activity import lookups, outreach, progress, queries
from cisdesk.activity.queries import TableQuery
from cisdesk.activity.store import ChangeSet
from cisdesk.ui import labels
from cisdesk.ui.dialogs.proposal_dialog import ProposalDialog
from cisdesk.ui.record_page import ALL, RecordPage, committee_items, semester_items
from cisdesk.ui.table_model import Column


class ProposalsPage(RecordPage):
    TABLES = frozenset({"proposal"})

    def heading(self) -> str:
        return self.tr("Proposals to the CIS agenda")

    def empty_text(self) -> str:
        return self.tr("No proposals yet: use New… to add one.")

    def columns(self) -> list[Column]:
        return [
            Column("date", self.tr("Date"), "date", labels.date),
            Column("title", self.tr("Title"), "title", width=380),
            Column("committee_code", self.tr("Committee"), "committee"),
            Column(
                "status",
                self.tr("Status"),
                "status",
                lambda v: labels.label(labels.PROPOSAL_STATUS, v),
            ),
            Column("owner", self.tr("Country"), "owner", labels.country),
            Column("description", self.tr("Description"), None),
        ]

    def build_filters(self) -> None:
        self.add_owner_filter()
        self.add_filter(
            "committee", self.tr("Committee"), committee_items(self.ctx, self.tr("All committees"))
        )
        self.add_filter(
            "status",
            self.tr("Status"),
            [(ALL, self.tr("Any status")), *labels.choices(labels.PROPOSAL_STATUS)],
        )
        semesters = progress.semesters_until_now(self.ctx.record)
        self.add_filter(
            "semester", self.tr("Semester"), semester_items(semesters, self.tr("All semesters"))
        )

    def make_query(self) -> TableQuery:
        return queries.proposals(
            owner=self.filter_value("owner"),
            committee_id=self.filter_value("committee"),
            status=self.filter_value("status"),
            semester=self.filter_value("semester"),
        )

    def new_record(self) -> QWidget | None:
        dialog = ProposalDialog(self.ctx, self)
        dialog.open()
        return dialog

    def edit_record(self, row: dict[str, Any], read_only: bool) -> QWidget | None:
        values = lookups.row_values(self.ctx.record, "proposal", row["id"]) or {}
        dialog = ProposalDialog(
            self.ctx, self, row_id=row["id"], values=values, read_only=read_only
        )
        dialog.open()
        return dialog

    def delete_record(self, row: dict[str, Any]) -> ChangeSet:
        return outreach.delete_proposal(self.ctx.record, row["id"])
