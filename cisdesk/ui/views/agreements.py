"""Acuerdos: every agreement, who answers for it, by when, and its follow-up.

An agreement past its due date and still open stands out (red, bold) and can be
listed alone. The follow-up reports of the selected agreement show beside it; a
follow-up stating it fulfilled fulfils the agreement. The same panels show the
agreements of one meeting inside the Reuniones page.
"""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QCheckBox, QSplitter, QVBoxLayout, QWidget

from cisdesk.activity import lookups, meetings, queries
from cisdesk.activity.queries import TableQuery
from cisdesk.activity.store import ChangeSet
from cisdesk.ui import labels
from cisdesk.ui.context import AppContext
from cisdesk.ui.dialogs.agreement_dialog import AgreementDialog
from cisdesk.ui.dialogs.followup_dialog import FollowUpDialog
from cisdesk.ui.record_page import ALL, RecordPage, committee_items
from cisdesk.ui.table_model import Column, LazyTableModel

OVERDUE_BRUSH = QBrush(QColor("#f8d0cc"))
OVERDUE_TEXT = QBrush(QColor("#8e1b10"))


class AgreementModel(LazyTableModel):
    """Agreements; the overdue ones in red and bold, with the reason as tooltip."""

    def value(self, row: dict[str, Any], column: Column) -> Any:
        if column.key == "meeting":  # one column: "26/05/2019 Planificación del programa…"
            date = labels.date(row.get("meeting_date"))
            return f"{date} {row.get('meeting_title') or ''}".strip()
        return super().value(row, column)

    #: Overdue rows stand out, except when only overdue rows are listed (all would be red).
    emphasise_overdue = True

    def style(self, row: dict[str, Any], column: Column, role: int) -> Any:
        if not row.get("overdue") or (
            not self.emphasise_overdue and role != Qt.ItemDataRole.ToolTipRole
        ):
            if role == Qt.ItemDataRole.ToolTipRole and column.key == "text":
                return row.get("text")
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return OVERDUE_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole:
            return OVERDUE_TEXT
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Overdue: it was due on %1 and is still open.").replace(
                "%1", labels.date(row.get("due_date"))
            )
        return None


class FollowUpPanel(RecordPage):
    """The follow-up reports of one agreement."""

    TABLES = frozenset({"agreement_followup"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.agreement: dict[str, Any] | None = None
        super().__init__(ctx, parent, embedded=True)

    def heading(self) -> str:
        return self.tr("Follow-up")

    def new_text(self) -> str:
        return self.tr("Add follow-up…")

    def columns(self) -> list[Column]:
        return [
            Column("date", self.tr("Date"), "date", labels.date),
            Column(
                "status",
                self.tr("Status"),
                "status",
                lambda v: labels.label(labels.AGREEMENT_STATUS, v),
            ),
            Column("note", self.tr("What was done"), "note", width=400),
        ]

    def set_agreement(self, row: dict[str, Any] | None) -> None:
        same = (row or {}).get("id") == (self.agreement or {}).get("id")
        self.agreement = row
        if same:
            self._selection_changed()  # same agreement, fresh values: buttons follow them
        else:
            self.apply_filters()

    def make_query(self) -> TableQuery:
        return queries.followups(self.agreement["id"] if self.agreement else "")

    def can_create(self) -> bool:
        return self.agreement is not None and self.agreement.get("owner") == self.owner

    def create_blocked_reason(self) -> str:
        if self.agreement is None:
            return self.tr("Select an agreement first.")
        return self.tr("Only %1 can add follow-up to this agreement.").replace(
            "%1", labels.country(self.agreement.get("owner"))
        )

    def empty_hint_text(self) -> str:
        if self.agreement is None:
            return self.tr("Select an agreement above to see its follow-up.")
        if not self.can_create():
            return self.tr("No follow-up recorded for this agreement.")
        return self.tr("No follow-up yet: use Add follow-up… to record what was done.")

    def describe(self, row: dict[str, Any]) -> str:
        return f"{labels.date(row.get('date'))} {row.get('note') or ''}"[:60]

    def new_record(self) -> QWidget | None:
        assert self.agreement is not None
        dialog = FollowUpDialog(
            self.ctx,
            self,
            agreement_id=self.agreement["id"],
            agreement_text=self.agreement.get("text") or "",
        )
        dialog.open()
        return dialog

    def edit_record(self, row: dict[str, Any], read_only: bool) -> QWidget | None:
        values = lookups.row_values(self.ctx.record, "agreement_followup", row["id"]) or {}
        dialog = FollowUpDialog(
            self.ctx,
            self,
            agreement_id=row["agreement_id"],
            agreement_text=(self.agreement or {}).get("text") or "",
            row_id=row["id"],
            values=values,
            read_only=read_only,
        )
        dialog.open()
        return dialog

    def delete_record(self, row: dict[str, Any]) -> ChangeSet:
        return meetings.delete_followup(self.ctx.record, row["id"])


class AgreementsPage(RecordPage):
    """Every agreement, filterable; the overdue ones stand out."""

    TABLES = frozenset({"agreement", "agreement_followup", "meeting"})
    MODEL = AgreementModel

    def heading(self) -> str:
        return self.tr("Agreements")

    def empty_text(self) -> str:
        return self.tr("No agreements yet: use New… to add one.")

    def columns(self) -> list[Column]:
        return self.agreement_columns(with_meeting=True)

    def agreement_columns(self, *, with_meeting: bool, with_followups: bool = True) -> list[Column]:
        columns = [
            Column("due_date", self.tr("Due"), "due", labels.date),
            Column("text", self.tr("Agreement"), "text", width=360),
            Column("responsible_country", self.tr("Responsible"), "responsible", labels.country),
            Column(
                "status",
                self.tr("Status"),
                "status",
                lambda v: labels.label(labels.AGREEMENT_STATUS, v),
            ),
        ]
        if with_followups:
            columns += [
                Column("followups", self.tr("Follow-ups"), "followups", right=True),
                Column("last_followup", self.tr("Last follow-up"), None, labels.date),
            ]
        if with_meeting:
            columns += [
                Column("meeting", self.tr("Meeting"), "meeting", width=200),
                Column("committee_code", self.tr("Committee"), "committee"),
                Column("owner", self.tr("Recorded by"), "owner", labels.country),
            ]
        return columns

    def build_filters(self) -> None:
        self.add_owner_filter()
        self.add_filter(
            "committee", self.tr("Committee"), committee_items(self.ctx, self.tr("All committees"))
        )
        self.add_filter(
            "status",
            self.tr("Status"),
            [(ALL, self.tr("Any status")), *labels.choices(labels.AGREEMENT_STATUS)],
        )
        self.add_filter(
            "responsible",
            self.tr("Responsible"),
            [(ALL, self.tr("Anyone")), *labels.country_choices(with_sisca=True)],
        )
        self.only_overdue = QCheckBox(self.tr("Only overdue"), self)
        self.only_overdue.toggled.connect(lambda _on: self.apply_filters())
        self.filter_bar.addWidget(self.only_overdue)

    def add_body(self, layout: QVBoxLayout) -> None:
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        self.followups = FollowUpPanel(self.ctx, splitter)
        splitter.addWidget(self.followups)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.panels.append(self.followups)
        layout.addWidget(splitter, 1)

    def make_query(self) -> TableQuery:
        model = self.model
        if isinstance(model, AgreementModel):
            model.emphasise_overdue = not self.only_overdue.isChecked()
        return queries.agreements(
            self.ctx.record.today(),
            owner=self.filter_value("owner"),
            committee_id=self.filter_value("committee"),
            status=self.filter_value("status"),
            responsible=self.filter_value("responsible"),
            only_overdue=self.only_overdue.isChecked(),
        )

    def describe(self, row: dict[str, Any]) -> str:
        text = row.get("text") or ""
        return text if len(text) <= 60 else text[:60] + "…"

    def meeting_id_for_new(self) -> str | None:
        return None

    def new_record(self) -> QWidget | None:
        dialog = AgreementDialog(self.ctx, self, meeting_id=self.meeting_id_for_new())
        dialog.open()
        return dialog

    def edit_record(self, row: dict[str, Any], read_only: bool) -> QWidget | None:
        values = lookups.row_values(self.ctx.record, "agreement", row["id"]) or {}
        dialog = AgreementDialog(
            self.ctx,
            self,
            meeting_id=row.get("meeting_id"),
            row_id=row["id"],
            values=values,
            read_only=read_only,
        )
        dialog.open()
        return dialog

    def delete_record(self, row: dict[str, Any]) -> ChangeSet:
        return meetings.delete_agreement(self.ctx.record, row["id"])

    def selection_changed(self, row: dict[str, Any] | None) -> None:
        if hasattr(self, "followups"):
            self.followups.set_agreement(row)


class MeetingAgreements(AgreementsPage):
    """The agreements taken in one meeting (inside the Reuniones page)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.meeting: dict[str, Any] | None = None
        #: Where the selected agreement's follow-up shows (set by the page holding this panel).
        self.followup_panel: FollowUpPanel | None = None
        super().__init__(ctx, parent, embedded=True)

    def heading(self) -> str:
        return self.tr("Agreements of the meeting")

    def new_text(self) -> str:
        return self.tr("Add agreement…")

    def columns(self) -> list[Column]:
        # The follow-up panel beside shows the follow-up: no room taken for it here.
        return self.agreement_columns(with_meeting=False, with_followups=False)

    def build_filters(self) -> None:
        pass

    def add_body(self, layout: QVBoxLayout) -> None:
        layout.addWidget(self.table, 1)

    def set_meeting(self, row: dict[str, Any] | None) -> None:
        same = (row or {}).get("id") == (self.meeting or {}).get("id")
        self.meeting = row
        if same:
            self._selection_changed()
        else:
            self.apply_filters()

    def make_query(self) -> TableQuery:
        meeting_id = self.meeting["id"] if self.meeting else ""
        return queries.agreements(self.ctx.record.today(), meeting_id=meeting_id)

    def can_create(self) -> bool:
        return self.meeting is not None and self.meeting.get("owner") == self.owner

    def create_blocked_reason(self) -> str:
        if self.meeting is None:
            return self.tr("Select a meeting first.")
        return self.tr("Only %1 can add agreements to this meeting.").replace(
            "%1", labels.country(self.meeting.get("owner"))
        )

    def empty_hint_text(self) -> str:
        if self.meeting is None:
            return self.tr("Select a meeting above to see its agreements.")
        if not self.can_create():
            return self.tr("No agreements recorded for this meeting.")
        return self.tr("No agreements in this meeting yet: use Add agreement… to add one.")

    def meeting_id_for_new(self) -> str | None:
        return self.meeting["id"] if self.meeting else None

    def selection_changed(self, row: dict[str, Any] | None) -> None:
        """The Reuniones page shows this agreement's follow-up beside."""
        if self.followup_panel is not None:
            self.followup_panel.set_agreement(row)
