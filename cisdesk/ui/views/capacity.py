"""Formación: exchanges of experiences, trainings and conferences by international experts.

The guidelines ask to promote extra-regional exchanges and expert conferences;
those are marked so they can be counted.
"""

from typing import Any

from PySide6.QtWidgets import QWidget

from cisdesk.activity import lookups, outreach, progress, queries
from cisdesk.activity.queries import TableQuery
from cisdesk.activity.store import ChangeSet
from cisdesk.ui import labels
from cisdesk.ui.dialogs.capacity_dialog import CapacityDialog
from cisdesk.ui.record_page import ALL, RecordPage, committee_items, semester_items
from cisdesk.ui.table_model import Column


def _count(value: Any) -> str:
    return "" if value is None else str(value)


class CapacityPage(RecordPage):
    TABLES = frozenset({"capacity_activity"})

    def heading(self) -> str:
        return self.tr("Capacity building")

    def empty_text(self) -> str:
        return self.tr("No capacity building recorded yet: use New… to add an activity.")

    def columns(self) -> list[Column]:
        return [
            Column("date", self.tr("Date"), "date", labels.date),
            Column(
                "kind", self.tr("Kind"), "kind", lambda v: labels.label(labels.TRAINING_KIND, v)
            ),
            Column("title", self.tr("Title"), "title", width=360),
            Column("committee_code", self.tr("Committee"), "committee"),
            Column("extra_regional", self.tr("Extra-regional"), "extra_regional", labels.yes_no),
            Column("participants", self.tr("Participants"), "participants", _count, right=True),
            Column("owner", self.tr("Country"), "owner", labels.country),
        ]

    def build_filters(self) -> None:
        self.add_owner_filter()
        self.add_filter(
            "committee", self.tr("Committee"), committee_items(self.ctx, self.tr("All committees"))
        )
        self.add_filter(
            "kind",
            self.tr("Kind"),
            [(ALL, self.tr("Any kind")), *labels.choices(labels.TRAINING_KIND)],
        )
        semesters = progress.semesters_until_now(self.ctx.record)
        self.add_filter(
            "semester", self.tr("Semester"), semester_items(semesters, self.tr("All semesters"))
        )

    def make_query(self) -> TableQuery:
        return queries.capacity(
            owner=self.filter_value("owner"),
            committee_id=self.filter_value("committee"),
            kind=self.filter_value("kind"),
            semester=self.filter_value("semester"),
        )

    def new_record(self) -> QWidget | None:
        dialog = CapacityDialog(self.ctx, self)
        dialog.open()
        return dialog

    def edit_record(self, row: dict[str, Any], read_only: bool) -> QWidget | None:
        values = lookups.row_values(self.ctx.record, "capacity_activity", row["id"]) or {}
        if values.get("participants") is not None:
            values["participants"] = str(values["participants"])
        dialog = CapacityDialog(
            self.ctx, self, row_id=row["id"], values=values, read_only=read_only
        )
        dialog.open()
        return dialog

    def delete_record(self, row: dict[str, Any]) -> ChangeSet:
        return outreach.delete_capacity(self.ctx.record, row["id"])
