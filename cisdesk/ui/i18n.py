"""Languages of the interface: Qt translators loaded from ``resources/translations``.

Source strings are English in the code (``self.tr()``); catalogues are Qt ``.ts``
files per language, compiled to ``.qm``. A source checkout compiles a missing or
stale ``.qm`` with the virtualenv's ``pyside6-lrelease``; frozen builds ship them.
Spanish is the working language and the default; English is chosen in the menu
or follows an English system locale (Belize).
"""

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cisdesk import messages
from cisdesk.resources import resource_path

log = logging.getLogger(__name__)

#: Language code → its own name, as shown in the Language menu.
LANGUAGES: dict[str, str] = {"es": "Español", "en": "English"}
DEFAULT_LANGUAGE = "es"
#: The language the code's strings are written in (needs no catalogue).
SOURCE_LANGUAGE = "en"


def translations_dir() -> Path:
    return resource_path("translations")


def system_language(locale: QLocale | None = None) -> str:
    """The language to use when the person has not chosen one."""
    locale = locale or QLocale.system()
    if locale.territory() == QLocale.Country.Belize:
        return "en"
    if locale.language() == QLocale.Language.English:
        return "en"
    return DEFAULT_LANGUAGE


def _lrelease() -> str | None:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    return shutil.which("pyside6-lrelease")


def compile_catalogues(folder: Path | None = None) -> list[Path]:
    """Compile every ``.ts`` whose ``.qm`` is missing or older; returns those compiled.

    A failure is logged and skipped: the interface then shows the English source.
    """
    if getattr(sys, "frozen", False):
        return []
    folder = folder or translations_dir()
    compiled: list[Path] = []
    stale = [
        ts
        for ts in sorted(folder.glob("*.ts"))
        if not ts.with_suffix(".qm").exists()
        or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
    ]
    if not stale:
        return compiled
    tool = _lrelease()
    if tool is None:
        log.warning("pyside6-lrelease not found; translations stay uncompiled")
        return compiled
    for ts in stale:
        qm = ts.with_suffix(".qm")
        try:
            subprocess.run(
                [tool, "-silent", str(ts), "-qm", str(qm)],
                check=True,
                capture_output=True,
                timeout=60,
            )
        except (OSError, subprocess.SubprocessError) as exc:
            log.warning("cannot compile %s: %s", ts.name, exc)
            continue
        compiled.append(qm)
    return compiled


class Translations:
    """The translators installed on the application; switching replaces them all."""

    def __init__(self, app: QCoreApplication, folder: Path | None = None) -> None:
        self.app = app
        self.folder = folder or translations_dir()
        self.language = SOURCE_LANGUAGE
        self._installed: list[QTranslator] = []

    def apply(self, language: str) -> None:
        if language not in LANGUAGES:
            language = DEFAULT_LANGUAGE
        self.clear()
        compile_catalogues(self.folder)
        for qm in sorted(self.folder.glob(f"*_{language}.qm")):
            self._install(str(qm.with_suffix("")), qm.name)
        # Qt's own strings (standard buttons, file dialogs) in the same language.
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name in ("qtbase",):
            self._install(f"{qt_folder}/{name}_{language}", name, quiet=True)
        self.language = language
        QLocale.setDefault(QLocale(language))
        # The core's refusals, warnings and status words follow the interface.
        messages.set_language(language)

    def clear(self) -> None:
        """Back to the source strings (English)."""
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed = []
        self.language = SOURCE_LANGUAGE
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        messages.set_language(SOURCE_LANGUAGE)

    def _install(self, path: str, name: str, quiet: bool = False) -> None:
        translator = QTranslator(self.app)
        if translator.load(path):
            self.app.installTranslator(translator)
            self._installed.append(translator)
        elif not quiet:
            log.warning("cannot load translation %s", name)
