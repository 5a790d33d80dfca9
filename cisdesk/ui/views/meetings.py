"""Reuniones: joint meetings, committee sessions and urgent consultations.

Each meeting's date, kind, committee, modality and duration; a virtual meeting
longer than the three and a half hours the guidelines ask for is flagged (icon,
colour and tooltip), not refused. The agreements taken in the selected meeting,
and the follow-up of the selected agreement, show underneath.
"""

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QSplitter, QStyle, QVBoxLayout, QWidget

from cisdesk.activity import lookups, meetings, progress, queries
from cisdesk.activity.queries import TableQuery
from cisdesk.activity.store import ChangeSet
from cisdesk.ui import labels
from cisdesk.ui.catalog_text import ui_text
from cisdesk.ui.dialogs.agreement_dialog import AgreementDialog
from cisdesk.ui.dialogs.meeting_dialog import MeetingDialog
from cisdesk.ui.dialogs.record_dialog import RecordDialog
from cisdesk.ui.record_page import ALL, RecordPage, committee_items, semester_items
from cisdesk.ui.table_model import Column, LazyTableModel
from cisdesk.ui.views.agreements import FollowUpPanel, MeetingAgreements

FLAG_TEXT = QBrush(QColor("#a04000"))


def virtual_text(value: Any) -> str:
    if value:
        return QCoreApplication.translate("MeetingsPage", "Virtual")
    return QCoreApplication.translate("MeetingsPage", "In person")


class MeetingModel(LazyTableModel):
    """Meetings; a virtual one over 3.5 hours carries a warning on its duration."""

    def style(self, row: dict[str, Any], column: Column, role: int) -> Any:
        if column.key != "duration_minutes" or not row.get("exceeds_virtual_limit"):
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ForegroundRole:
            return FLAG_TEXT
        if role == Qt.ItemDataRole.ToolTipRole:
            return ui_text("guideline.virtual_over")
        return None


class MeetingsPage(RecordPage):
    TABLES = frozenset({"meeting", "agreement"})
    MODEL = MeetingModel

    def heading(self) -> str:
        return self.tr("Meetings")

    def empty_text(self) -> str:
        return self.tr("No meetings yet: use New… to record one.")

    def columns(self) -> list[Column]:
        return [
            Column("date", self.tr("Date"), "date", labels.date),
            Column(
                "kind",
                self.tr("Kind"),
                "kind",
                lambda v: labels.label(labels.MEETING_KIND, v),
                width=160,
            ),
            Column("committee_code", self.tr("Committee"), "committee"),
            Column("title", self.tr("Title"), "title", width=320),
            Column("virtual", self.tr("Modality"), "virtual", virtual_text),
            Column("duration_minutes", self.tr("Duration"), "duration", labels.duration),
            Column("agreements", self.tr("Agreements"), "agreements", right=True),
            Column("open_agreements", self.tr("Open"), None, right=True),
            Column("owner", self.tr("Recorded by"), "owner", labels.country),
        ]

    def build_filters(self) -> None:
        self.add_owner_filter()
        self.add_filter(
            "committee", self.tr("Committee"), committee_items(self.ctx, self.tr("All committees"))
        )
        self.add_filter(
            "kind",
            self.tr("Kind"),
            [(ALL, self.tr("Any kind")), *labels.choices(labels.MEETING_KIND)],
        )
        semesters = progress.semesters_until_now(self.ctx.record)
        self.add_filter(
            "semester", self.tr("Semester"), semester_items(semesters, self.tr("All semesters"))
        )

    def add_body(self, layout: QVBoxLayout) -> None:
        vertical = QSplitter(Qt.Orientation.Vertical, self)
        vertical.addWidget(self.table)
        below = QSplitter(Qt.Orientation.Horizontal, vertical)
        self.agreements = MeetingAgreements(self.ctx, below)
        self.followups = FollowUpPanel(self.ctx, below)
        self.agreements.followup_panel = self.followups
        below.addWidget(self.agreements)
        below.addWidget(self.followups)
        below.setStretchFactor(0, 3)
        below.setStretchFactor(1, 2)
        vertical.addWidget(below)
        vertical.setStretchFactor(0, 1)
        vertical.setStretchFactor(1, 1)
        self.panels += [self.agreements, self.followups]
        layout.addWidget(vertical, 1)

    def make_query(self) -> TableQuery:
        return queries.meetings(
            owner=self.filter_value("owner"),
            committee_id=self.filter_value("committee"),
            kind=self.filter_value("kind"),
            semester=self.filter_value("semester"),
        )

    def new_record(self) -> QWidget | None:
        dialog = MeetingDialog(self.ctx, self)
        dialog.open()
        return dialog

    def created(self, dialog: RecordDialog) -> None:
        """The new meeting is selected; "Save and add agreement" goes on to its first one."""
        super().created(dialog)
        if isinstance(dialog, MeetingDialog) and dialog.add_agreement and dialog.row_id:
            agreement = AgreementDialog(self.ctx, self.agreements, meeting_id=dialog.row_id)
            agreement.accepted.connect(lambda: self.agreements.created(agreement))
            agreement.open()
            self.agreement_dialog = agreement

    def edit_record(self, row: dict[str, Any], read_only: bool) -> QWidget | None:
        values = lookups.row_values(self.ctx.record, "meeting", row["id"]) or {}
        dialog = MeetingDialog(self.ctx, self, row_id=row["id"], values=values, read_only=read_only)
        dialog.open()
        return dialog

    def delete_record(self, row: dict[str, Any]) -> ChangeSet:
        return meetings.delete_meeting(self.ctx.record, row["id"])

    def describe(self, row: dict[str, Any]) -> str:
        return f"{labels.date(row.get('date'))} {row.get('title') or ''}".strip()

    def selection_changed(self, row: dict[str, Any] | None) -> None:
        if hasattr(self, "agreements"):
            self.agreements.set_meeting(row)
