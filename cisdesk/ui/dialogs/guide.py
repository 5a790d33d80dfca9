"""The user guide: Markdown and screenshots shipped in the package, read offline.

``scripts/screenshots.py --guide`` remakes its images from the running interface, so
they stay current.
"""

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from cisdesk.resources import resource_path

GUIDE_LANGUAGES = ("es", "en")


def guide_file(language: str) -> str:
    """The guide's Markdown file in ``language`` (Spanish when there is none)."""
    language = language if language in GUIDE_LANGUAGES else "es"
    return str(resource_path("guide", f"{language}.md"))


class GuideWindow(QDialog):
    """A window beside the main one, so the person can read and work at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("cisdesk user guide"))
        self.setModal(False)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(820, 640)
        self.language = ""

    def show_language(self, language: str) -> None:
        if language == self.language:
            return
        self.language = language
        self.browser.setSource(QUrl.fromLocalFile(guide_file(language)))
