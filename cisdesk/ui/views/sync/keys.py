"""Sync › Keys: this install's key, the keyring, and enrolling, revoking and trusting keys.

Every key file is shown by its fingerprint and accepted only after the person says
it matched, read aloud by phone; the keyring operations are core calls
(:mod:`cisdesk.sync.overview`).
"""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cisdesk.errors import CisdeskError
from cisdesk.sync import keys, overview
from cisdesk.ui.context import AppContext
from cisdesk.ui.dialogs.errors import show_error
from cisdesk.ui.settings import Settings
from cisdesk.ui.views.sync.common import append_row, fit_columns, make_table
from cisdesk.ui.widgets.status import country_name


class KeysTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = Settings()
        self.regional = ctx.record.install.is_regional
        self.own_key_label = QLabel()
        self.own_key_label.setObjectName("ownKey")
        self.own_key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        export_key = QPushButton(self.tr("Save this install's public key…"))
        export_key.clicked.connect(self._choose_export_key)
        own_box = QGroupBox(self.tr("This install's key"))
        own_layout = QVBoxLayout(own_box)
        own_layout.addWidget(self.own_key_label)
        own_layout.addWidget(export_key, 0, Qt.AlignmentFlag.AlignLeft)

        self.keyring_table = make_table(
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
        layout = QVBoxLayout(self)
        layout.addWidget(own_box)
        layout.addWidget(ring_box, 1)

    # --- refreshing -------------------------------------------------------------------
    def refresh(self) -> None:
        view = overview.key_overview(self.ctx.record)
        if view.own is not None:
            own_text = (
                self.tr("Key %1\nFingerprint: %2\nProtected by a passphrase: %3")
                .replace("%1", view.own.key_id)
                .replace("%2", view.own.fingerprint)
                .replace("%3", self.tr("yes") if view.own.encrypted else self.tr("no"))
            )
        else:
            own_text = str(view.own_problem)
        if not self.regional:
            if view.root_key_id is None:
                own_text += "\n" + self.tr(
                    "SISCA's root key is not trusted yet: regional bundles cannot be imported."
                )
            else:
                own_text += "\n" + self.tr("Trusted SISCA root key: %1 (%2)").replace(
                    "%1", view.root_key_id
                ).replace("%2", view.root_fingerprint or "")
        self.own_key_label.setText(own_text)
        table = self.keyring_table
        table.setRowCount(0)
        for entry in view.keyring:
            revoked = entry.revoked_after_seq is not None
            row = append_row(
                table,
                [
                    country_name(entry.country),
                    entry.site_name or "",
                    entry.key_id,
                    entry.fingerprint,
                    self._key_state(entry.revoked_after_seq),
                ],
                "#c62828" if revoked else None,
            )
            table.item(row, 0).setData(Qt.ItemDataRole.UserRole, entry.key_id)
        fit_columns(table)  # a fingerprint is read aloud: never cut

    def _key_state(self, revoked_after: int | None) -> str:
        if revoked_after is None:
            return self.tr("valid")
        if revoked_after == 0:
            return self.tr("revoked")
        return self.tr("revoked after bundle %1").replace("%1", str(revoked_after))

    # --- key files --------------------------------------------------------------------
    def _read_key_file(self, path: str) -> Any:
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

    def _confirmed_key_step(
        self,
        path: str,
        question: Callable[[Any], str],
        step: Callable[[Any, Any], Any],
    ) -> bool:
        """Read the key file at ``path``, ask ``question(key_file)`` (the fingerprint read
        aloud by phone), then ``step(record, key_file)``. Any refusal is shown; False
        when nothing was done."""
        try:
            key_file = self._read_key_file(path)
        except CisdeskError as exc:
            show_error(self, exc)
            return False
        answer = QMessageBox.question(self, self.tr("Compare the fingerprint"), question(key_file))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            changes = step(self.ctx.record, key_file)
        except CisdeskError as exc:
            show_error(self, exc)
            return False
        self.ctx.notify(changes)
        return True

    def enroll_key_file(self, path: str) -> bool:
        """Enrol the key in ``path`` after the person confirms the fingerprint by phone."""

        def question(key_file: Any) -> str:
            return (
                self.tr(
                    "Enrol the key of %1, install “%2”?\n\nFingerprint:\n%3\n\nRead it aloud "
                    "with the person at that install by phone. Did it match, group by group?"
                )
                .replace("%1", country_name(key_file.country))
                .replace("%2", key_file.site_name)
                .replace("%3", key_file.fingerprint)
            )

        return self._confirmed_key_step(path, question, overview.enroll_key)

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
        try:
            changes = overview.revoke_key(self.ctx.record, key_id, after_seq)
        except CisdeskError as exc:
            show_error(self, exc)
            return False
        self.ctx.notify(changes)
        return True

    def _choose_trust(self) -> None:
        path = self._choose_key_file(self.tr("Trust SISCA's root key"))
        if path:
            self.trust_root_file(path)

    def trust_root_file(self, path: str) -> bool:
        """Trust SISCA's root key in ``path`` after the fingerprint is compared by phone."""

        def question(key_file: Any) -> str:
            return self.tr(
                "Trust this SISCA root key?\n\nFingerprint:\n%1\n\nCompare it with SISCA by "
                "phone, group by group. Did it match?"
            ).replace("%1", key_file.fingerprint)

        return self._confirmed_key_step(path, question, overview.trust_root)

    def _choose_export_key(self) -> None:
        install = self.ctx.record.install
        start = str(Path(self.settings.last_folder) / f"cisdesk-{install.owner}.pub")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the public key"), start, self.tr("cisdesk public keys (*.pub)")
        )
        if path:
            self.export_public_key(path)

    def export_public_key(self, path: str) -> bool:
        from cisdesk.activity import first_steps

        try:
            first_steps.save_public_key(self.ctx.record, path)
        except (CisdeskError, OSError) as exc:
            show_error(self, exc)
            return False
        self.ctx.notify({"setting"})
        QMessageBox.information(
            self,
            self.tr("Public key saved"),
            self.tr("Saved to %1. Send it to SISCA and compare the fingerprint by phone.").replace(
                "%1", path
            ),
        )
        return True
