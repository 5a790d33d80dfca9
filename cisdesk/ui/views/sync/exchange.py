"""Sync › Export and import: write the next bundle, read bundles, each in the background.

Both run through the one background mechanism (``ctx.tasks``) with progress and
cancel; the core functions decide everything, and a rejected bundle comes back as
one sentence with nothing changed.
"""

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cisdesk.activity.conflicts import site_names
from cisdesk.errors import CisdeskError
from cisdesk.messages import text as message
from cisdesk.sync.overview import own_key_protected
from cisdesk.ui import labels
from cisdesk.ui.context import AppContext
from cisdesk.ui.dialogs.errors import show_error
from cisdesk.ui.dialogs.passphrase import ask_passphrase
from cisdesk.ui.settings import Settings
from cisdesk.ui.views.sync.common import (
    OUTCOME_COLORS,
    append_row,
    make_table,
    origin,
    outcome_names,
)
from cisdesk.ui.widgets.refresh import alive


class ExchangeTab(QWidget):
    """Export a bundle; import bundles and show each file's outcome."""

    #: An import started: the page brings this tab to the front.
    import_started = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = Settings()
        self.regional = ctx.record.install.is_regional
        #: Outcomes of the last import (what the person saw), and the last export.
        self.last_outcomes: list[Any] = []
        self.last_export: Any = None
        self.importing = False

        export_box = QGroupBox(self.tr("Export"))
        export_layout = QVBoxLayout(export_box)
        if self.regional:
            explain = self.tr(
                "The regional bundle carries what the countries do not hold yet, and the "
                "keyring, signed with SISCA's root key; a large one is split into files of at "
                "most 20 MB. Send them to every country."
            )
        else:
            explain = self.tr(
                "The bundle carries every change to this country's records that SISCA has not "
                "acknowledged yet, whichever laptop made it, signed with this install's key; a "
                "large one is split into files of at most 20 MB. Send them to SISCA by e-mail "
                "or USB stick."
            )
        note = QLabel(explain)
        note.setWordWrap(True)
        export_layout.addWidget(note)
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export a bundle…"))
        self.export_button.setObjectName("exportBundle")
        self.export_button.clicked.connect(self._choose_export)
        row.addWidget(self.export_button)
        self.full_check = QCheckBox(self.tr("Everything, not only what SISCA has not acknowledged"))
        self.full_check.setVisible(not self.regional)
        row.addWidget(self.full_check)
        row.addStretch(1)
        export_layout.addLayout(row)
        self.export_result = QLabel()
        self.export_result.setObjectName("exportResult")
        self.export_result.setWordWrap(True)
        self.export_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        export_layout.addWidget(self.export_result)

        import_box = QGroupBox(self.tr("Import"))
        import_layout = QVBoxLayout(import_box)
        hint = QLabel(
            self.tr(
                "Choose bundle files (.cisb) or drop them on the window. Each file is checked "
                "completely and imported whole or not at all."
            )
        )
        hint.setWordWrap(True)
        import_layout.addWidget(hint)
        self.import_button = QPushButton(self.tr("Import bundles…"))
        self.import_button.setObjectName("importBundles")
        self.import_button.clicked.connect(self._choose_import)
        import_layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.outcome_table = make_table(
            [
                self.tr("File"),
                self.tr("Outcome"),
                self.tr("From"),
                self.tr("Changes"),
                self.tr("Applied"),
                self.tr("Conflicts"),
                self.tr("Details"),
            ]
        )
        self.outcome_table.setObjectName("outcomeTable")
        import_layout.addWidget(self.outcome_table, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(export_box)
        layout.addWidget(import_box, 1)

    # --- export -----------------------------------------------------------------------
    def _default_bundle_name(self) -> str:
        install = self.ctx.record.install
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
        return f"cisdesk-{install.owner}-{stamp}.cisb"

    def _choose_export(self) -> None:
        start = str(Path(self.settings.last_folder) / self._default_bundle_name())
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export a bundle"), start, self.tr("cisdesk bundles (*.cisb)")
        )
        if not path:
            return
        if not path.lower().endswith(".cisb"):
            path += ".cisb"
        self.settings.last_folder = str(Path(path).parent)
        self.export_to(path, full=self.full_check.isChecked())

    def _passphrase_if_needed(self) -> tuple[bool, str | None]:
        """(go on, passphrase): asks when the key is protected."""
        if not own_key_protected(self.ctx.record):
            return True, None
        passphrase = ask_passphrase(self)
        return passphrase is not None, passphrase

    def export_to(self, path: str, full: bool = False) -> bool:
        """Export the next bundle to ``path`` in the background; False if not started."""
        from cisdesk.sync.export import export_bundle

        go_on, passphrase = self._passphrase_if_needed()
        if not go_on:
            return False
        record = self.ctx.record
        self.export_result.setText(self.tr("Exporting…"))
        self.export_button.setEnabled(False)

        def failed(exc: BaseException) -> None:
            if not alive(self):
                return
            self.export_button.setEnabled(True)
            self.export_result.setText(str(exc) if isinstance(exc, CisdeskError) else "")
            show_error(self, exc)

        self.ctx.tasks.run(
            self,
            self.tr("Exporting a bundle"),
            lambda progress: export_bundle(
                record, path, full=full, passphrase=passphrase, progress=progress
            ),
            self._exported,
            failed,
        )
        return True

    def _exported(self, result: Any) -> None:
        if not alive(self):
            self.ctx.notify({"export_log"})
            return
        self.export_button.setEnabled(True)
        self.last_export = result
        text = self.tr("Saved bundle %1 to %2: %3 field changes in %4 records, %5 evidence files.")
        text = (
            text.replace("%1", str(result.seq))
            .replace("%2", str(result.path))
            .replace("%3", str(result.changes))
            .replace("%4", str(result.rows))
            .replace("%5", str(result.blobs))
        )
        if len(result.paths) > 1:
            for path, size in zip(result.paths, result.sizes, strict=True):
                text += "\n" + message("volume.written", path=path, size=f"{size / 2**20:.1f} MB")
        for warning in result.warnings:
            text += "\n⚠ " + warning
        self.export_result.setText(text)
        self.ctx.notify({"export_log"})

    # --- import -----------------------------------------------------------------------
    def _choose_import(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import bundles"),
            self.settings.last_folder,
            self.tr("cisdesk bundles (*.cisb);;All files (*)"),
        )
        if paths:
            self.settings.last_folder = str(Path(paths[0]).parent)
            self.import_files(paths)

    def import_files(self, paths: list[str]) -> bool:
        """Import the files in the background; outcomes show per file when done."""
        from cisdesk.sync.importer import import_bundles

        if not paths:
            return False
        if self.importing:
            QMessageBox.information(
                self,
                self.tr("Import"),
                self.tr("An import is already running; drop the files again when it ends."),
            )
            return False
        self.importing = True
        self.import_button.setEnabled(False)
        self.import_started.emit()
        record = self.ctx.record

        def failed(exc: BaseException) -> None:
            if not alive(self):
                self.ctx.notify()
                return
            self.importing = False
            self.import_button.setEnabled(True)
            self.ctx.notify()
            show_error(self, exc)

        self.ctx.tasks.run(
            self,
            self.tr("Importing bundles"),
            lambda progress: import_bundles(record, paths, progress=progress),
            self._imported,
            failed,
        )
        return True

    def _imported(self, outcomes: list[Any]) -> None:
        from cisdesk.sync.importer import changes_of

        if not alive(self):
            self.ctx.notify(changes_of(outcomes))
            return
        self.importing = False
        self.import_button.setEnabled(True)
        self.last_outcomes = list(outcomes)
        names_of_outcomes = outcome_names()
        names = site_names(self.ctx.record, "es" if labels.spanish() else "en")
        table = self.outcome_table
        table.setRowCount(0)
        for outcome in outcomes:
            details = outcome.reason or " ".join(outcome.notes)
            seq = f" #{outcome.seq}" if outcome.seq is not None else ""
            append_row(
                table,
                [
                    outcome.file.name,
                    names_of_outcomes.get(outcome.outcome, outcome.outcome),
                    origin(outcome.origin_country, outcome.origin_site, names) + seq,
                    str(outcome.changes),
                    str(outcome.applied),
                    str(outcome.conflicts),
                    details,
                ],
                OUTCOME_COLORS.get(outcome.outcome),
            )
        self.ctx.notify(changes_of(outcomes))
        refused = [o for o in outcomes if not o.ok]
        if refused:
            QMessageBox.warning(
                self,
                self.tr("Bundles not imported"),
                "\n".join(f"{o.file.name}: {o.reason}" for o in refused),
            )
