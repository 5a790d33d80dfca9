"""Sync › the sync folder: one remembered folder and one "Sincronizar" button.

For people who are not technical: the folder is a USB stick or a folder that a
file-sharing service keeps in step. The core (``cisdesk.sync.folder``) does the
work in the background with progress and cancel; this box only shows the
folder, the button and the plain summary that comes back.
"""

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cisdesk.errors import CisdeskError
from cisdesk.messages import text
from cisdesk.sync import folder as sync_folder
from cisdesk.sync.overview import own_key_protected
from cisdesk.ui.context import AppContext
from cisdesk.ui.dialogs.errors import show_error
from cisdesk.ui.dialogs.passphrase import ask_passphrase
from cisdesk.ui.widgets.refresh import alive


class FolderBox(QGroupBox):
    """The remembered folder, the button, and the last summary."""

    #: Emitted after a sync, whatever came of it (the page refreshes its tabs).
    synced = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(text("folder.box_title"), parent)
        self.ctx = ctx
        self.last_result: Any = None
        explain = QLabel(text("folder.explain"))
        explain.setWordWrap(True)
        self.folder_label = QLabel()
        self.folder_label.setObjectName("syncFolder")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(text("folder.choose"))
        self.choose_button.setObjectName("chooseSyncFolder")
        self.choose_button.clicked.connect(self._choose)
        self.sync_button = QPushButton(text("folder.sync_button"))
        self.sync_button.setObjectName("syncNow")
        self.sync_button.setDefault(True)
        self.sync_button.clicked.connect(self.sync_now)
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("syncSummary")
        self.summary.setReadOnly(True)
        self.summary.setFrameShape(QFrame.Shape.NoFrame)
        lines = self.summary.fontMetrics().lineSpacing()
        self.summary.setFixedHeight(lines * 6 + 12)
        self.summary.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.folder_label, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.sync_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        self.folder: Path | None = sync_folder.remembered_folder(ctx.record)
        self._show_folder()

    def show_summary(self, message: str) -> None:
        self.summary.setPlainText(message)
        self.summary.setVisible(bool(message))

    def _show_folder(self) -> None:
        self.folder_label.setText(str(self.folder) if self.folder else text("folder.not_chosen"))
        self.sync_button.setEnabled(self.folder is not None)

    def _choose(self) -> None:
        start = str(self.folder or Path.home())
        chosen = QFileDialog.getExistingDirectory(self, text("folder.box_title"), start)
        if chosen:
            self.set_folder(Path(chosen))

    def set_folder(self, folder: Path) -> None:
        sync_folder.remember_folder(self.ctx.record, folder)
        self.folder = folder
        self._show_folder()

    def sync_now(self) -> bool:
        """Sync in the background; False when it could not start."""
        if self.folder is None:
            self.show_summary(text("folder.none"))
            return False
        passphrase = None
        if own_key_protected(self.ctx.record):
            passphrase = ask_passphrase(self)
            if passphrase is None:
                return False
        record, target = self.ctx.record, self.folder
        self.sync_button.setEnabled(False)
        self.show_summary(text("folder.running"))

        def failed(exc: BaseException) -> None:
            if not alive(self):
                return
            self.sync_button.setEnabled(True)
            self.show_summary(str(exc) if isinstance(exc, CisdeskError) else "")
            self.ctx.notify()
            self.synced.emit()
            show_error(self, exc)

        self.ctx.tasks.run(
            self,
            text("folder.task"),
            lambda progress: sync_folder.sync_folder(
                record, target, passphrase=passphrase, progress=progress
            ),
            self._done,
            failed,
        )
        return True

    def _done(self, result: Any) -> None:
        if not alive(self):
            self.ctx.notify()
            return
        self.last_result = result
        self.sync_button.setEnabled(True)
        self.show_summary(result.summary())
        self.ctx.notify()
        self.synced.emit()
