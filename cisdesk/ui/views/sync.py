"""Sync: export a bundle, import bundles, the history of imports, conflicts, keys.

Imports and exports run through the one background mechanism (``ctx.tasks``)
with progress and cancel; the core functions decide everything, and a rejected
bundle comes back as one sentence with nothing changed.
"""

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from cisdesk.activity.conflicts import (
    KEPT,
    LOST,
    ConflictItem,
    list_conflicts,
    resolve_conflict,
    site_names,
)
from cisdesk.activity.dashboard import sequence_gaps
from cisdesk.db.local import ExportLog, ImportLog, KeyringEntry, TrustedRoot
from cisdesk.errors import CisdeskError
from cisdesk.ui.context import AppContext
from cisdesk.ui.dialogs.errors import show_error
from cisdesk.ui.dialogs.passphrase import ask_passphrase
from cisdesk.ui.settings import Settings
from cisdesk.ui.widgets.refresh import RefreshGate, alive
from cisdesk.ui.widgets.status import country_name

#: Rows of the import history shown (the newest ones).
HISTORY_ROWS = 1000
LOCAL_TABLES = ("import_log", "export_log", "conflict", "keyring_entry", "trusted_root")
OUTCOME_COLORS = {
    "imported": "#2e7d32",
    "duplicate": "#546e7a",
    "rejected": "#c62828",
    "quarantined": "#e65100",
}


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _set_row(table: QTableWidget, values: list[str], color: str | None = None) -> int:
    row = table.rowCount()
    table.insertRow(row)
    for column, text in enumerate(values):
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        if color:
            item.setForeground(QBrush(QColor(color)))
        table.setItem(row, column, item)
    return row


def _when(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    return str(value)


class SyncPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = Settings()
        self.regional = ctx.record.install.is_regional
        #: Outcomes of the last import (what the person saw), and the last export.
        self.last_outcomes: list[Any] = []
        self.last_export: Any = None
        self.importing = False
        self.conflicts: list[ConflictItem] = []

        self.tabs = QTabWidget()
        self.tabs.addTab(self._exchange_tab(), self.tr("Export and import"))
        self.tabs.addTab(self._history_tab(), self.tr("History"))
        self.tabs.addTab(self._conflicts_tab(), self.tr("Conflicts"))
        self.tabs.addTab(self._keys_tab(), self.tr("Keys"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._gate = RefreshGate(self, ctx, (), self.refresh)
        self.refresh()

    # --- building ---------------------------------------------------------------------
    def _exchange_tab(self) -> QWidget:
        tab = QWidget()
        export_box = QGroupBox(self.tr("Export"))
        export_layout = QVBoxLayout(export_box)
        if self.regional:
            explain = self.tr(
                "The regional bundle carries the whole record and the keyring, signed with "
                "SISCA's root key. Send it to every country."
            )
        else:
            explain = self.tr(
                "The bundle carries every change made here that SISCA has not acknowledged "
                "yet, signed with this install's key. Send it to SISCA by e-mail or USB stick."
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
        self.outcome_table = _table(
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

        layout = QVBoxLayout(tab)
        layout.addWidget(export_box)
        layout.addWidget(import_box, 1)
        return tab

    def _history_tab(self) -> QWidget:
        tab = QWidget()
        self.history_table = _table(
            [
                self.tr("When"),
                self.tr("File"),
                self.tr("From"),
                self.tr("Bundle"),
                self.tr("Outcome"),
                self.tr("Changes"),
                self.tr("Applied"),
                self.tr("Conflicts"),
                self.tr("Reason or warnings"),
            ]
        )
        self.history_table.setObjectName("historyTable")
        self.gaps_label = QLabel()
        self.gaps_label.setObjectName("gaps")
        self.gaps_label.setWordWrap(True)
        self.export_table = _table(
            [
                self.tr("Bundle"),
                self.tr("When"),
                self.tr("Changes"),
                self.tr("Full"),
                self.tr("File"),
            ]
        )
        self.export_table.setObjectName("exportTable")
        layout = QVBoxLayout(tab)
        layout.addWidget(QLabel(self.tr("Bundles offered for import, newest first:")))
        layout.addWidget(self.history_table, 2)
        layout.addWidget(self.gaps_label)
        layout.addWidget(QLabel(self.tr("Bundles exported from this install:")))
        layout.addWidget(self.export_table, 1)
        return tab

    def _conflicts_tab(self) -> QWidget:
        tab = QWidget()
        intro = QLabel(
            self.tr(
                "When a field was changed on two installs at the same time, every install keeps "
                "the later change and lists the other here. Choose which value should stay; "
                "choosing the other value records it as a new change of this install."
            )
        )
        intro.setWordWrap(True)
        self.conflict_table = _table(
            [
                self.tr("Record"),
                self.tr("Field"),
                self.tr("Owner"),
                self.tr("Kept value"),
                self.tr("Other value"),
                self.tr("Detected"),
            ]
        )
        self.conflict_table.setObjectName("conflictTable")
        self.conflict_table.itemSelectionChanged.connect(self._conflict_selected)
        self.kept_text = QPlainTextEdit()
        self.kept_text.setReadOnly(True)
        self.lost_text = QPlainTextEdit()
        self.lost_text.setReadOnly(True)
        self.kept_caption = QLabel(self.tr("Kept value"))
        self.lost_caption = QLabel(self.tr("Other value"))
        self.keep_button = QPushButton(self.tr("Keep this value"))
        self.keep_button.setObjectName("keepValue")
        self.keep_button.clicked.connect(lambda: self.choose_conflict_value(KEPT))
        self.other_button = QPushButton(self.tr("Use this value instead"))
        self.other_button.setObjectName("useOtherValue")
        self.other_button.clicked.connect(lambda: self.choose_conflict_value(LOST))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.kept_caption)
        left_layout.addWidget(self.kept_text, 1)
        left_layout.addWidget(self.keep_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.lost_caption)
        right_layout.addWidget(self.lost_text, 1)
        right_layout.addWidget(self.other_button)
        sides = QSplitter()
        sides.addWidget(left)
        sides.addWidget(right)
        self.conflict_note = QLabel()
        self.conflict_note.setWordWrap(True)
        layout = QVBoxLayout(tab)
        layout.addWidget(intro)
        layout.addWidget(self.conflict_table, 1)
        layout.addWidget(sides, 1)
        layout.addWidget(self.conflict_note)
        self._conflict_selected()
        return tab

    def _keys_tab(self) -> QWidget:
        tab = QWidget()
        self.own_key_label = QLabel()
        self.own_key_label.setObjectName("ownKey")
        self.own_key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        export_key = QPushButton(self.tr("Save this install's public key…"))
        export_key.clicked.connect(self._choose_export_key)
        own_box = QGroupBox(self.tr("This install's key"))
        own_layout = QVBoxLayout(own_box)
        own_layout.addWidget(self.own_key_label)
        own_layout.addWidget(export_key, 0, Qt.AlignmentFlag.AlignLeft)

        self.keyring_table = _table(
            [
                self.tr("Country"),
                self.tr("Install"),
                self.tr("Key id"),
                self.tr("Fingerprint"),
                self.tr("State"),
            ]
        )
        self.keyring_table.setObjectName("keyringTable")
        ring_box = QGroupBox(self.tr("Keyring: keys allowed to sign bundles"))
        ring_layout = QVBoxLayout(ring_box)
        ring_layout.addWidget(self.keyring_table, 1)
        buttons = QHBoxLayout()
        if self.regional:
            enroll = QPushButton(self.tr("Enrol a country's key…"))
            enroll.setObjectName("enrollKey")
            enroll.clicked.connect(self._choose_enroll)
            revoke = QPushButton(self.tr("Revoke the selected key…"))
            revoke.setObjectName("revokeKey")
            revoke.clicked.connect(self._revoke_selected)
            buttons.addWidget(enroll)
            buttons.addWidget(revoke)
        else:
            trust = QPushButton(self.tr("Trust SISCA's root key…"))
            trust.setObjectName("trustRoot")
            trust.clicked.connect(self._choose_trust)
            buttons.addWidget(trust)
        buttons.addStretch(1)
        ring_layout.addLayout(buttons)
        layout = QVBoxLayout(tab)
        layout.addWidget(own_box)
        layout.addWidget(ring_box, 1)
        return tab

    # --- refreshing -------------------------------------------------------------------
    def refresh(self) -> None:
        names = site_names(self.ctx.record)
        self._fill_history(names)
        self._fill_conflicts(names)
        self._fill_keys()

    def _origin(self, country: str | None, site: str | None, names: dict[str, str]) -> str:
        if site and site in names:
            return names[site]
        return country_name(country) if country else ""

    def _fill_history(self, names: dict[str, str]) -> None:
        outcome_names = self._outcome_names()
        with self.ctx.record.reader() as session:
            logs = session.scalars(
                select(ImportLog).order_by(ImportLog.id.desc()).limit(HISTORY_ROWS)
            ).all()
            exports = session.scalars(select(ExportLog).order_by(ExportLog.seq.desc())).all()
        table = self.history_table
        table.setRowCount(0)
        for log in logs:
            _set_row(
                table,
                [
                    _when(log.imported_at),
                    log.file_name,
                    self._origin(log.origin_country, log.origin_site, names),
                    _shown(log.seq),
                    outcome_names.get(log.outcome, log.outcome),
                    str(log.changes),
                    str(log.applied),
                    str(log.conflicts),
                    log.reason or "",
                ],
                OUTCOME_COLORS.get(log.outcome),
            )
        gaps = sequence_gaps(self.ctx.record)
        if gaps:
            lines = [
                self.tr("%1: bundles %2 to %3 never arrived.")
                .replace("%1", names.get(g.site_id, g.site_id[:8]))
                .replace("%2", str(g.first))
                .replace("%3", str(g.last))
                for g in gaps
            ]
            self.gaps_label.setText(self.tr("Missing bundles:") + "\n" + "\n".join(lines))
            self.gaps_label.setStyleSheet("color: #e65100;")
        else:
            self.gaps_label.setText(self.tr("No bundle is missing from any site."))
            self.gaps_label.setStyleSheet("")
        table = self.export_table
        table.setRowCount(0)
        for export in exports:
            _set_row(
                table,
                [
                    str(export.seq),
                    _when(export.created_at),
                    str(export.changes),
                    _shown(export.full),
                    export.path or "",
                ],
            )

    def _outcome_names(self) -> dict[str, str]:
        return {
            "imported": self.tr("imported"),
            "duplicate": self.tr("already imported"),
            "rejected": self.tr("rejected"),
            "quarantined": self.tr("quarantined"),
        }

    def _fill_conflicts(self, names: dict[str, str]) -> None:
        self.conflicts = list_conflicts(self.ctx.record)
        table = self.conflict_table
        table.blockSignals(True)
        table.setRowCount(0)
        for item in self.conflicts:
            _set_row(
                table,
                [
                    f"{item.table} {item.row_id[:8]}",
                    item.field,
                    country_name(item.owner),
                    f"{_shown(item.kept_value)} ({names.get(item.kept_site, item.kept_site[:8])})",
                    f"{_shown(item.lost_value)} ({names.get(item.lost_site, item.lost_site[:8])})",
                    _when(item.detected_at),
                ],
            )
        table.blockSignals(False)
        self._names = names
        self.tabs.setTabText(
            2,
            self.tr("Conflicts (%1)").replace("%1", str(len(self.conflicts)))
            if self.conflicts
            else self.tr("Conflicts"),
        )
        self._conflict_selected()

    def _selected_conflict(self) -> ConflictItem | None:
        rows = self.conflict_table.selectionModel().selectedRows()
        if not rows:
            return None
        index = rows[0].row()
        return self.conflicts[index] if 0 <= index < len(self.conflicts) else None

    def _conflict_selected(self) -> None:
        item = self._selected_conflict()
        names = getattr(self, "_names", {})
        if item is None:
            self.kept_text.clear()
            self.lost_text.clear()
            self.keep_button.setEnabled(False)
            self.other_button.setEnabled(False)
            self.conflict_note.clear()
            return
        self.kept_caption.setText(
            self.tr("Kept value, by %1 at %2")
            .replace("%1", names.get(item.kept_site, item.kept_site[:8]))
            .replace("%2", _when(item.kept_at))
        )
        self.lost_caption.setText(
            self.tr("Other value, by %1 at %2")
            .replace("%1", names.get(item.lost_site, item.lost_site[:8]))
            .replace("%2", _when(item.lost_at))
        )
        self.kept_text.setPlainText(_shown(item.kept_value))
        self.lost_text.setPlainText(_shown(item.lost_value))
        self.keep_button.setEnabled(True)
        self.other_button.setEnabled(item.writable or item.current_value == item.lost_value)
        self.conflict_note.setText(
            ""
            if item.writable
            else self.tr(
                "Only an install of %1 may change this record; it can choose the other value."
            ).replace("%1", country_name(item.owner))
        )

    def _fill_keys(self) -> None:
        from cisdesk.sync import keys

        with self.ctx.record.reader() as session:
            try:
                own = keys.own_key(session)
                own_text = self.tr("Key %1\nFingerprint: %2\nProtected by a passphrase: %3")
                own_text = (
                    own_text.replace("%1", own.key_id)
                    .replace("%2", keys.fingerprint(own.public_key))
                    .replace("%3", self.tr("yes") if own.encrypted else self.tr("no"))
                )
            except CisdeskError as exc:
                own_text = str(exc)
            root = session.scalars(select(TrustedRoot)).first()
            entries = session.scalars(
                select(KeyringEntry).order_by(KeyringEntry.country, KeyringEntry.site_name)
            ).all()
            rows = [
                (
                    e.key_id,
                    [
                        country_name(e.country),
                        e.site_name or "",
                        e.key_id,
                        keys.fingerprint(e.public_key),
                        self._key_state(e.revoked_after_seq),
                    ],
                    e.revoked_after_seq is not None,
                )
                for e in entries
            ]
        if not self.regional:
            if root is None:
                own_text += "\n" + self.tr(
                    "SISCA's root key is not trusted yet: regional bundles cannot be imported."
                )
            else:
                own_text += "\n" + self.tr("Trusted SISCA root key: %1 (%2)").replace(
                    "%1", root.key_id
                ).replace("%2", keys.fingerprint(root.public_key))
        self.own_key_label.setText(own_text)
        table = self.keyring_table
        table.setRowCount(0)
        for key_id, values, revoked in rows:
            row = _set_row(table, values, "#c62828" if revoked else None)
            table.item(row, 0).setData(Qt.ItemDataRole.UserRole, key_id)

    def _key_state(self, revoked_after: int | None) -> str:
        if revoked_after is None:
            return self.tr("valid")
        if revoked_after == 0:
            return self.tr("revoked")
        return self.tr("revoked after bundle %1").replace("%1", str(revoked_after))

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
        from cisdesk.sync import keys

        with self.ctx.record.reader() as session:
            encrypted = keys.own_key(session).encrypted
        if not encrypted:
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
        self.tabs.setCurrentIndex(0)
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
        if not alive(self):
            self.ctx.notify()
            return
        self.importing = False
        self.import_button.setEnabled(True)
        self.last_outcomes = list(outcomes)
        outcome_names = self._outcome_names()
        names = site_names(self.ctx.record)
        table = self.outcome_table
        table.setRowCount(0)
        for outcome in outcomes:
            details = outcome.reason or " ".join(outcome.notes)
            seq = f" #{outcome.seq}" if outcome.seq is not None else ""
            _set_row(
                table,
                [
                    outcome.file.name,
                    outcome_names.get(outcome.outcome, outcome.outcome),
                    self._origin(outcome.origin_country, outcome.origin_site, names) + seq,
                    str(outcome.changes),
                    str(outcome.applied),
                    str(outcome.conflicts),
                    details,
                ],
                OUTCOME_COLORS.get(outcome.outcome),
            )
        self.ctx.notify()
        refused = [o for o in outcomes if not o.ok]
        if refused:
            QMessageBox.warning(
                self,
                self.tr("Bundles not imported"),
                "\n".join(f"{o.file.name}: {o.reason}" for o in refused),
            )

    # --- conflicts --------------------------------------------------------------------
    def choose_conflict_value(self, choice: str) -> bool:
        item = self._selected_conflict()
        if item is None:
            return False
        try:
            resolve_conflict(self.ctx.record, item.id, choice)
        except CisdeskError as exc:
            show_error(self, exc)
            return False
        self.ctx.notify({"conflict", item.table})
        return True

    def select_conflict(self, index: int) -> None:
        self.conflict_table.selectRow(index)

    # --- keys -------------------------------------------------------------------------
    def _read_key_file(self, path: str) -> Any:
        from cisdesk.sync import keys

        try:
            with open(path, "rb") as handle:
                data = handle.read(keys.MAX_KEY_FILE_BYTES + 1)
        except OSError as exc:
            raise CisdeskError(
                self.tr("Cannot read %1: %2.")
                .replace("%1", path)
                .replace("%2", exc.strerror or str(exc))
            ) from exc
        return keys.read_public_key_file(data)

    def _choose_key_file(self, title: str) -> str | None:
        path, _filter = QFileDialog.getOpenFileName(
            self, title, self.settings.last_folder, self.tr("cisdesk public keys (*.pub)")
        )
        return path or None

    def _choose_enroll(self) -> None:
        path = self._choose_key_file(self.tr("Enrol a country's key"))
        if path:
            self.enroll_key_file(path)

    def enroll_key_file(self, path: str) -> bool:
        """Enrol the key in ``path`` after the person confirms the fingerprint by phone."""
        from cisdesk.sync import keyring

        try:
            key_file = self._read_key_file(path)
        except CisdeskError as exc:
            show_error(self, exc)
            return False
        question = self.tr(
            "Enrol the key of %1, install “%2”?\n\nFingerprint:\n%3\n\nRead it aloud with the "
            "person at that install by phone. Did it match, group by group?"
        )
        question = (
            question.replace("%1", country_name(key_file.country))
            .replace("%2", key_file.site_name)
            .replace("%3", key_file.fingerprint)
        )
        answer = QMessageBox.question(self, self.tr("Compare the fingerprint"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            with self.ctx.record.local_edit() as session:
                keyring.enroll(session, key_file, key_file.country)
        except CisdeskError as exc:
            show_error(self, exc)
            return False
        self.ctx.notify({"keyring_entry"})
        return True

    def _revoke_selected(self) -> None:
        rows = self.keyring_table.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(
                self, self.tr("Revoke a key"), self.tr("Select the key to revoke first.")
            )
            return
        key_id = self.keyring_table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        after, accepted = QInputDialog.getInt(
            self,
            self.tr("Revoke a key"),
            self.tr(
                "Accept this key's bundles up to number (0 refuses all of them, for a stolen "
                "laptop):"
            ),
            0,
            0,
            1_000_000,
        )
        if accepted:
            self.revoke_key(str(key_id), after)

    def revoke_key(self, key_id: str, after_seq: int) -> bool:
        from cisdesk.sync import keyring

        try:
            with self.ctx.record.local_edit() as session:
                keyring.revoke(session, key_id, after_seq)
        except CisdeskError as exc:
            show_error(self, exc)
            return False
        self.ctx.notify({"keyring_entry"})
        return True

    def _choose_trust(self) -> None:
        path = self._choose_key_file(self.tr("Trust SISCA's root key"))
        if path:
            self.trust_root_file(path)

    def trust_root_file(self, path: str) -> bool:
        from cisdesk.sync import keyring

        try:
            key_file = self._read_key_file(path)
        except CisdeskError as exc:
            show_error(self, exc)
            return False
        question = self.tr(
            "Trust this SISCA root key?\n\nFingerprint:\n%1\n\nCompare it with SISCA by phone, "
            "group by group. Did it match?"
        ).replace("%1", key_file.fingerprint)
        answer = QMessageBox.question(self, self.tr("Compare the fingerprint"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            with self.ctx.record.local_edit() as session:
                keyring.trust_root(session, key_file)
        except CisdeskError as exc:
            show_error(self, exc)
            return False
        self.ctx.record.refresh_install()
        self.ctx.notify({"trusted_root", "keyring_entry"})
        return True

    def _choose_export_key(self) -> None:
        install = self.ctx.record.install
        start = str(Path(self.settings.last_folder) / f"cisdesk-{install.owner}.pub")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the public key"), start, self.tr("cisdesk public keys (*.pub)")
        )
        if path:
            self.export_public_key(path)

    def export_public_key(self, path: str) -> bool:
        from cisdesk import fsutil
        from cisdesk.sync import keys

        try:
            with self.ctx.record.reader() as session:
                data = keys.export_public_key(session)
            fsutil.atomic_write_bytes(Path(path), data)
        except CisdeskError as exc:
            show_error(self, exc)
            return False
        QMessageBox.information(
            self,
            self.tr("Public key saved"),
            self.tr("Saved to %1. Send it to SISCA and compare the fingerprint by phone.").replace(
                "%1", path
            ),
        )
        return True
