"""Languages of the interface: Qt translators loaded from the package's translations.

Source strings are English in the code (``self.tr()``); catalogues are Qt ``.ts``
files per language (``cisdesk/resources/translations``), compiled to ``.qm`` when
the package is built (scripts/compile_translations.py: the wheel, the frozen
build and scripts/setup.sh run it), never by the application. A catalogue that
is missing is logged and the interface shows the English source.
Spanish is the working language and the default; English is chosen in the menu
or follows an English system locale (Belize).
"""

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cisdesk import messages
from cisdesk.resources import resource_path, translation_files

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


class Translations:
    """The translators installed on the application; switching replaces them all."""

    def __init__(self, app: QCoreApplication, folder: Path | None = None) -> None:
        self.app = app
        #: Where the ``.qm`` files are: the package's own unless given (tests).
        self.folder = folder
        self.language = SOURCE_LANGUAGE
        self._installed: list[QTranslator] = []

    def apply(self, language: str) -> None:
        if language not in LANGUAGES:
            language = DEFAULT_LANGUAGE
        self.clear()
        catalogues = self._catalogues(language)
        if not catalogues and language != SOURCE_LANGUAGE:
            log.warning("no compiled catalogue for %s (scripts/compile_translations.py)", language)
        for qm in catalogues:
            self._install(str(qm.with_suffix("")), qm.name)
        # Qt's own strings (standard buttons, file dialogs) in the same language.
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name in ("qtbase",):
            self._install(f"{qt_folder}/{name}_{language}", name, quiet=True)
        self.language = language
        QLocale.setDefault(QLocale(language))
        # The core's refusals, warnings and status words follow the interface.
        messages.set_language(language)

    def _catalogues(self, language: str) -> list[Path]:
        if self.folder is not None:
            return sorted(self.folder.glob(f"*_{language}.qm"))
        names = [i.name for i in translation_files(".qm") if i.name.endswith(f"_{language}.qm")]
        return [resource_path("translations", name) for name in names]

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
