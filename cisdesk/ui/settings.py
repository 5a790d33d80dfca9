"""The user's settings, declared once with their types and defaults.

Stored with QSettings in an INI file in the user data folder (``CISDESK_HOME``
moves it along with everything else), so a settings file can be read, copied or
removed by hand. Settings of a database (not of the person) live in the database.

Every read passes a default: PySide6 6.12.0 mishandles the empty value Qt returns
for a missing key (see ``cisdesk.ui.qt_compat``).
"""

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from cisdesk import paths

#: How many recently opened databases the File menu offers.
MAX_RECENT = 8
SETTINGS_FILE = "settings.ini"


class Settings:
    """Typed access to the settings file; every read has a default."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.data_dir() / SETTINGS_FILE
        self._store = QSettings(str(self.path), QSettings.Format.IniFormat)

    # --- language ---------------------------------------------------------------------
    @property
    def language(self) -> str | None:
        """``"es"`` or ``"en"``; None until the person chooses (the system locale decides)."""
        value = self._store.value("ui/language", "")
        return str(value) if value in ("es", "en") else None

    @language.setter
    def language(self, value: str | None) -> None:
        if value is None:
            self._store.remove("ui/language")
        else:
            self._store.setValue("ui/language", value)
        self._store.sync()

    # --- databases ----------------------------------------------------------------------
    @property
    def last_database(self) -> str | None:
        value = self._store.value("databases/last", "")
        return str(value) or None

    @last_database.setter
    def last_database(self, value: str | None) -> None:
        self._store.setValue("databases/last", value or "")
        self._store.sync()

    @property
    def recent_files(self) -> list[str]:
        value = self._store.value("databases/recent", [])
        if isinstance(value, str):  # QSettings hands back a lone string for a one-item list
            value = [value] if value else []
        return [str(v) for v in value or [] if v][:MAX_RECENT]

    def add_recent(self, path: str) -> None:
        """Put ``path`` first in the recent files and make it the database reopened next time."""
        recent = [path] + [p for p in self.recent_files if p != path]
        self._store.setValue("databases/recent", recent[:MAX_RECENT])
        self.last_database = path

    def forget_recent(self, path: str) -> None:
        self._store.setValue("databases/recent", [p for p in self.recent_files if p != path])
        if self.last_database == path:
            self.last_database = None

    # --- window -------------------------------------------------------------------------
    @property
    def geometry(self) -> QByteArray | None:
        value = self._store.value("window/geometry", QByteArray())
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._store.setValue("window/geometry", value)
        self._store.sync()

    @property
    def last_folder(self) -> str:
        """Folder last used in a file dialog (bundles, keys, reports)."""
        return str(self._store.value("dialogs/folder", "") or Path.home())

    @last_folder.setter
    def last_folder(self, value: str) -> None:
        self._store.setValue("dialogs/folder", value)
        self._store.sync()
