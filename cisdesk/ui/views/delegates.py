"""Delegados: the people each country names to the committees, and their contacts."""

from typing import Any

from PySide6.QtWidgets import QWidget

from cisdesk.activity import lookups, people, queries
from cisdesk.activity.queries import TableQuery
from cisdesk.activity.store import ChangeSet
from cisdesk.ui import labels
from cisdesk.ui.dialogs.delegate_dialog import DelegateDialog
from cisdesk.ui.record_page import RecordPage, committee_items
from cisdesk.ui.table_model import Column


def _focal(value: Any) -> str:
    return "★" if value else ""


class DelegatesPage(RecordPage):
    TABLES = frozenset({"delegate"})

    def heading(self) -> str:
        return self.tr("Delegates")

    def empty_text(self) -> str:
        return self.tr("No delegates yet: use New… to add one.")

    def columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Name"), "name", width=220),
            Column("institution", self.tr("Institution"), "institution", width=260),
            Column("position", self.tr("Position"), "position"),
            Column("committee_code", self.tr("Committee"), "committee"),
            Column("email", self.tr("E-mail"), "email"),
            Column("phone", self.tr("Phone"), "phone"),
            Column("is_focal_point", self.tr("Focal point"), "focal", _focal),
            Column("owner", self.tr("Country"), "owner", labels.country),
        ]

    def build_filters(self) -> None:
        self.add_owner_filter()
        self.add_filter(
            "committee", self.tr("Committee"), committee_items(self.ctx, self.tr("All committees"))
        )

    def make_query(self) -> TableQuery:
        return queries.delegates(
            owner=self.filter_value("owner"), committee_id=self.filter_value("committee")
        )

    def new_record(self) -> QWidget | None:
        dialog = DelegateDialog(self.ctx, self)
        dialog.open()
        return dialog

    def edit_record(self, row: dict[str, Any], read_only: bool) -> QWidget | None:
        values = lookups.row_values(self.ctx.record, "delegate", row["id"]) or {}
        dialog = DelegateDialog(
            self.ctx, self, row_id=row["id"], values=values, read_only=read_only
        )
        dialog.open()
        return dialog

    def delete_record(self, row: dict[str, Any]) -> ChangeSet:
        return people.delete_delegate(self.ctx.record, row["id"])
