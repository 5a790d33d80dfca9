"""Catalogue messages in the interface's language (the one Qt's translations use)."""

from typing import Any

from PySide6.QtCore import QLocale

from cisdesk.messages import text


def ui_language() -> str:
    return "es" if QLocale().name().startswith("es") else "en"


def ui_text(code: str, /, **params: Any) -> str:
    """The message ``code`` in the language the interface is showing."""
    return text(code, ui_language(), **params)
