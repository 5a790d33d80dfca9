"""Asking for the key's passphrase when signing needs it (never stored anywhere)."""

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget


def ask_passphrase(parent: QWidget | None, retry: bool = False) -> str | None:
    """The passphrase typed, or None when the person cancelled."""
    text = (
        QWidget.tr("The passphrase was wrong. Type the passphrase of this install's key:")
        if retry
        else QWidget.tr("This install's key is protected. Type its passphrase to sign:")
    )
    value, accepted = QInputDialog.getText(
        parent, QWidget.tr("Passphrase"), text, QLineEdit.EchoMode.Password
    )
    return value if accepted and value else None
