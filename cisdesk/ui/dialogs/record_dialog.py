"""The edit dialog every record kind shares: a form, Save, and care for unsaved input.

Save calls the core function; a refusal is shown at the field it concerns and the
dialog stays open with everything typed. Cancel, Escape or closing the window
with unsaved input asks first. A row of another country opens read-only.
"""

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from cisdesk.activity.store import ChangeSet
from cisdesk.errors import CisdeskError
from cisdesk.ui import labels
from cisdesk.ui.context import AppContext
from cisdesk.ui.forms import FormPanel
from cisdesk.ui.undo import CreateCommand, UpdateCommand, perform


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question; No is the default answer."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class RecordDialog(QDialog):
    """Base of the edit dialogs; subclasses build the fields and call the core."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        row_id: str | None = None,
        values: dict[str, Any] | None = None,
        read_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row_id = row_id
        self.read_only = read_only
        self.changes: ChangeSet | None = None
        self.form = FormPanel(self)
        layout = QVBoxLayout(self)
        #: Who recorded a read-only row, said above its fields.
        self.recorded_by = QLabel(self)
        self.recorded_by.setObjectName("recordedBy")
        self.recorded_by.setWordWrap(True)
        self.recorded_by.setVisible(read_only)
        if read_only:
            owner = labels.country((values or {}).get("owner"))
            self.recorded_by.setText(
                self.tr("Recorded by %1: you can read it here, only %1 can change it.").replace(
                    "%1", owner or self.tr("another install")
                )
            )
        layout.addWidget(self.recorded_by)
        layout.addWidget(self.form)
        self.build()
        self.buttons = QDialogButtonBox(self)
        if read_only:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
            self.form.set_read_only(True)
        else:
            self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.form.set_values(self.defaults() | (values or {}))
        self.after_load()
        self.setWindowTitle(self.title())
        self.setMinimumWidth(520)

    # -- for subclasses --------------------------------------------------------------------

    def build(self) -> None:
        raise NotImplementedError

    def title(self) -> str:
        raise NotImplementedError

    def defaults(self) -> dict[str, Any]:
        return {}

    def after_load(self) -> None:
        """Adjust widgets to the loaded values (enable, hint)."""

    def create(self, values: dict[str, Any]) -> ChangeSet:
        raise NotImplementedError

    def update(self, changes: dict[str, Any]) -> ChangeSet:
        raise NotImplementedError

    def undo_text(self) -> str:
        return self.title()

    # -- behaviour ------------------------------------------------------------------------

    def save(self) -> bool:
        """Write through the core; True when saved (the dialog then closes)."""
        if self.read_only:
            self.accept()
            return True
        self.form.clear_errors()
        try:
            if self.row_id is None:
                values = self.form.values()
                self.changes = perform(
                    self.ctx, self.undo_text(), lambda: self.create(values), CreateCommand
                )
                self.row_id = self.changes.row_id
            else:
                changed = self.form.changed_values()
                if changed:
                    self.changes = perform(
                        self.ctx, self.undo_text(), lambda: self.update(changed), UpdateCommand
                    )
        except CisdeskError as exc:
            self.form.show_error(exc)
            return False
        self.form.mark_clean()
        self.accept()
        return True

    def has_unsaved_changes(self) -> bool:
        return not self.read_only and self.form.is_dirty()

    def reject(self) -> None:
        if self.has_unsaved_changes() and not confirm(
            self,
            self.tr("Discard changes?"),
            self.tr("What you typed has not been saved. Close and discard it?"),
        ):
            return
        super().reject()
