"""Recording a meeting: kind, committee, date, duration, virtual or in person, minutes.

A virtual meeting longer than three and a half hours may be saved; the dialog
says, as the guidelines do, that it should not last that long.
"""

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
)

from cisdesk.activity import lookups, meetings
from cisdesk.activity.store import ChangeSet
from cisdesk.activity.vocabulary import MeetingKind
from cisdesk.ui import labels
from cisdesk.ui.catalog_text import ui_text
from cisdesk.ui.dialogs.record_dialog import RecordDialog
from cisdesk.ui.forms import combo, date_edit, select_data

WARNING_STYLE = "color: #a04000; font-weight: bold;"


def limit_warning() -> str:
    return "⚠ " + ui_text("guideline.virtual_over")


class MeetingDialog(RecordDialog):
    def build(self) -> None:
        form = self.form
        self.kind = form.add("kind", self.tr("Kind"), combo(labels.choices(labels.MEETING_KIND)))
        committees = labels.committee_choices(lookups.committees(self.ctx.record), "—")
        self.committee = form.add("committee_id", self.tr("Committee"), combo(committees))
        form.add("title", self.tr("Title"), QLineEdit())
        form.add("date", self.tr("Date"), date_edit())
        self.duration = QSpinBox()
        self.duration.setRange(1, meetings.MAX_MINUTES)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        form.add("duration_minutes", self.tr("Duration"), self.duration)
        self.virtual = QCheckBox(self.tr("Virtual meeting"))
        form.add("virtual", self.tr("Modality"), self.virtual)
        self.warning = QLabel(limit_warning())
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        form.add_row("", self.warning)
        form.add("place", self.tr("Place"), QLineEdit())
        conveners = [(None, ui_text("ui.meeting.convener_from_calendar"))]
        form.add(
            "convened_by",
            ui_text("ui.meeting.convened_by"),
            combo(conveners + labels.country_choices()),
        )
        self.instrument = form.add("instrument", ui_text("ui.meeting.instrument"), QLineEdit())
        form.add("participants", self.tr("Participants"), QPlainTextEdit())
        form.add("agenda", self.tr("Agenda"), QPlainTextEdit())
        form.add("minutes", self.tr("Minutes"), QPlainTextEdit())
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.duration.valueChanged.connect(self._update_warning)
        self.virtual.toggled.connect(self._update_warning)

    def title(self) -> str:
        return self.tr("New meeting") if self.row_id is None else self.tr("Meeting")

    def undo_text(self) -> str:
        return self.tr("Record meeting") if self.row_id is None else self.tr("Edit meeting")

    def defaults(self) -> dict[str, Any]:
        return {
            "kind": MeetingKind.COMMITTEE.value,
            "date": self.ctx.record.today(),
            "duration_minutes": 120,
            "virtual": True,
        }

    def after_load(self) -> None:
        #: Set by "Save and add agreement": the page opens the agreement form next.
        self.add_agreement = False
        if self.row_id is None and not self.read_only:
            self.save_and_add_button = self.buttons.addButton(
                self.tr("Save and add agreement"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.save_and_add_button.clicked.connect(self.save_and_add_agreement)
        self._kind_changed()
        self._update_warning()
        self.form.mark_clean()

    def save_and_add_agreement(self) -> bool:
        """Save the meeting and go straight on to record an agreement taken in it."""
        self.add_agreement = True
        if not self.save():
            self.add_agreement = False
            return False
        return True

    def _kind_changed(self, *_args: Any) -> None:
        joint = self.kind.currentData() == MeetingKind.JOINT
        if joint:
            select_data(self.committee, None)
        self.committee.setEnabled(not joint and not self.read_only)
        # An urgent consultation is about an instrument or project.
        urgent = self.kind.currentData() == MeetingKind.URGENT
        self.instrument.setEnabled(urgent and not self.read_only)

    def _update_warning(self, *_args: Any) -> None:
        flagged = meetings.exceeds_virtual_limit(self.virtual.isChecked(), self.duration.value())
        self.warning.setVisible(flagged)

    def create(self, values: dict[str, Any]) -> ChangeSet:
        return meetings.create_meeting(self.ctx.record, **values)

    def update(self, changes: dict[str, Any]) -> ChangeSet:
        assert self.row_id is not None
        return meetings.update_meeting(self.ctx.record, self.row_id, **changes)
