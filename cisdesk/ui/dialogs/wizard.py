"""First run: create an install, open an existing database, or make a demo to explore.

The install is created when the person leaves the page that describes it, so a
refusal (file exists, passphrases differ) shows on that page and nothing is made.
The last page shows the key's fingerprint, which SISCA and the country compare by
phone before the key is enrolled.
"""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from cisdesk import paths
from cisdesk.countries import COUNTRY_CODES
from cisdesk.errors import CisdeskError
from cisdesk.ui.widgets.status import country_name

PAGE_CHOICE, PAGE_CREATE, PAGE_OPEN, PAGE_DEMO, PAGE_DONE = range(5)


def free_database_path(stem: str) -> Path:
    """``<data folder>/<stem>.db``, numbered when that file already exists."""
    folder = paths.data_dir()
    candidate = folder / f"{stem}.db"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}.db"
        number += 1
    return candidate


def _busy() -> None:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)


def _idle() -> None:
    QGuiApplication.restoreOverrideCursor()


class _PathField(QWidget):
    """A file path with a Browse… button (save or open dialog)."""

    def __init__(self, path: str, save: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.save = save
        self.edit = QLineEdit(path)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(browse)

    def _browse(self) -> None:
        start = self.edit.text() or str(paths.data_dir())
        pattern = self.tr("cisdesk databases (*.db);;All files (*)")
        if self.save:
            path, _f = QFileDialog.getSaveFileName(self, self.tr("New database"), start, pattern)
        else:
            path, _f = QFileDialog.getOpenFileName(self, self.tr("Open database"), start, pattern)
        if path:
            self.edit.setText(path)

    def path(self) -> str:
        return self.edit.text().strip()


class _WhoFields(QWidget):
    """Country or SISCA, and which country."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.country_radio = QRadioButton(self.tr("A country install (ministry staff)"))
        self.regional_radio = QRadioButton(self.tr("The SISCA install (regional secretariat)"))
        self.country_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.country_radio)
        group.addButton(self.regional_radio)
        self.country_box = QComboBox()
        self.country_box.setObjectName("country")
        # No country is chosen for the person: a wrong default would sign as another country.
        self.country_box.addItem(self.tr("Choose the country…"), None)
        for code in COUNTRY_CODES:
            self.country_box.addItem(f"{country_name(code)} ({code})", code)
        self.regional_radio.toggled.connect(lambda on: self.country_box.setEnabled(not on))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.country_radio)
        row = QHBoxLayout()
        row.addSpacing(24)
        row.addWidget(QLabel(self.tr("Country:")))
        row.addWidget(self.country_box, 1)
        layout.addLayout(row)
        layout.addWidget(self.regional_radio)

    @property
    def regional(self) -> bool:
        return self.regional_radio.isChecked()

    @property
    def country(self) -> str | None:
        if self.regional:
            return None
        data = self.country_box.currentData()
        return None if data is None else str(data)

    def missing_country(self) -> bool:
        """A country install whose country has not been chosen yet."""
        return not self.regional and self.country_box.currentData() is None

    def set_country(self, code: str) -> None:
        self.country_radio.setChecked(True)
        self.country_box.setCurrentIndex(self.country_box.findData(code))


class ChoicePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to cisdesk"))
        self.setSubTitle(
            self.tr(
                "cisdesk keeps the record of the CIS specialised committees' work. "
                "Choose how to start."
            )
        )
        self.create_radio = QRadioButton(self.tr("Create a new install on this computer"))
        self.open_radio = QRadioButton(self.tr("Open an existing database"))
        self.demo_radio = QRadioButton(self.tr("Create a demo database to explore"))
        self.create_radio.setChecked(True)
        layout = QVBoxLayout(self)
        for radio in (self.create_radio, self.open_radio, self.demo_radio):
            layout.addWidget(radio)
        layout.addStretch(1)

    def nextId(self) -> int:
        if self.open_radio.isChecked():
            return PAGE_OPEN
        if self.demo_radio.isChecked():
            return PAGE_DEMO
        return PAGE_CREATE


class CreatePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("New install"))
        self.setSubTitle(
            self.tr(
                "Each laptop is an install of a country (or of SISCA) with its own signing key."
            )
        )
        self.who = _WhoFields()
        self.site_name = QLineEdit()
        self.site_name.setObjectName("siteName")
        self.site_name.setPlaceholderText(self.tr("e.g. Ministerio de Desarrollo Social"))
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.path = _PathField(str(free_database_path("cisdesk")), save=True)
        self.path.edit.setObjectName("databasePath")
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        form = QFormLayout()
        form.addRow(self.tr("Site name:"), self.site_name)
        form.addRow(self.tr("Key passphrase (optional):"), self.passphrase)
        form.addRow(self.tr("Repeat the passphrase:"), self.confirm)
        form.addRow(self.tr("Database file:"), self.path)
        note = QLabel(
            self.tr(
                "With a passphrase the private key is stored encrypted, and cisdesk asks for "
                "it when signing a bundle. Without one, anyone with the file can sign."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def validatePage(self) -> bool:
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        self.error.clear()
        if self.who.missing_country():
            self.error.setText(self.tr("Choose the country of this install."))
            return False
        if self.passphrase.text() != self.confirm.text():
            self.error.setText(self.tr("The two passphrases differ; type them again."))
            return False
        return wizard.create(
            self.path.path(),
            country=self.who.country,
            site_name=self.site_name.text().strip() or None,
            passphrase=self.passphrase.text() or None,
            demo=False,
            error_label=self.error,
        )

    def nextId(self) -> int:
        return PAGE_DONE


class OpenPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Open a database"))
        self.setSubTitle(self.tr("Choose a cisdesk database file made on this computer or copied."))
        self.path = _PathField(str(paths.default_database()), save=False)
        self.path.edit.setObjectName("openPath")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        layout = QFormLayout(self)
        layout.addRow(self.tr("Database file:"), self.path)
        layout.addRow(self.error)

    def validatePage(self) -> bool:
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        return wizard.check_existing(self.path.path(), self.error)

    def nextId(self) -> int:
        return PAGE_DONE


class DemoPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Demo database"))
        self.setSubTitle(
            self.tr(
                "A new install filled with realistic generated activity, to explore cisdesk "
                "without touching real data."
            )
        )
        self.who = _WhoFields()
        self.path = _PathField(str(free_database_path("cisdesk-demo")), save=True)
        self.path.edit.setObjectName("demoPath")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        form = QFormLayout()
        form.addRow(self.tr("Database file:"), self.path)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def validatePage(self) -> bool:
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        if self.who.missing_country():
            self.error.setText(self.tr("Choose the country of this install."))
            return False
        return wizard.create(
            self.path.path(),
            country=self.who.country,
            site_name=None,
            passphrase=None,
            demo=True,
            error_label=self.error,
        )

    def nextId(self) -> int:
        return PAGE_DONE


class DonePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Ready"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.fingerprint.font()
        font.setFamily("monospace")
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.fingerprint.setFont(font)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.save_key_button = QPushButton(self.tr("Save public key…"))
        self.save_key_button.setObjectName("saveKey")
        self.save_key_button.clicked.connect(self.choose_key_file)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedKey")
        self.saved_label.setWordWrap(True)
        self.trust_note = QLabel()
        self.trust_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.note)
        row = QHBoxLayout()
        row.addWidget(self.save_key_button)
        row.addWidget(self.saved_label, 1)
        layout.addLayout(row)
        layout.addWidget(self.trust_note)
        layout.addStretch(1)

    def choose_key_file(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        start = str(
            Path(wizard.database_path or str(paths.data_dir())).with_name(
                f"cisdesk-{wizard.owner}.pub"
            )
        )
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the public key"), start, self.tr("cisdesk public keys (*.pub)")
        )
        if path:
            self.save_key(path)

    def save_key(self, path: str) -> bool:
        """Write this install's public key file, to send to SISCA (or to the countries)."""
        from cisdesk import fsutil

        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        try:
            fsutil.atomic_write_bytes(Path(path), wizard.public_key_file)
        except OSError as exc:
            self.saved_label.setText(
                self.tr("Cannot write %1: %2")
                .replace("%1", path)
                .replace("%2", exc.strerror or str(exc))
            )
            return False
        self.saved_label.setText(self.tr("Saved to %1.").replace("%1", path))
        return True

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        self.summary.setText(
            self.tr("The database %1 is ready.").replace("%1", wizard.database_path or "")
        )
        self.fingerprint.setText(
            self.tr("Key %1\nFingerprint: %2")
            .replace("%1", wizard.key_id)
            .replace("%2", wizard.key_fingerprint)
        )
        self.saved_label.clear()
        self.save_key_button.setVisible(bool(wizard.public_key_file))
        if wizard.regional:
            self.note.setText(
                self.tr(
                    "This is SISCA's root key. Save the public key and send it to every "
                    "country; they compare this fingerprint by phone before they trust it."
                )
            )
            self.trust_note.setText(
                self.tr(
                    "Then enrol each country's key (Sync page, Keys tab) after comparing its "
                    "fingerprint by phone."
                )
            )
        else:
            self.note.setText(
                self.tr(
                    "Save this install's public key and send it to SISCA; read them this "
                    "fingerprint by phone so they can enrol it. Until then SISCA will not "
                    "accept its bundles."
                )
            )
            self.trust_note.setText(
                self.tr(
                    "SISCA sends you its own public key: trust it on the Sync page (Keys tab, "
                    "“Trust SISCA's root key…”) after comparing its fingerprint by phone. "
                    "Until then this install cannot import SISCA's bundles."
                )
            )

    def nextId(self) -> int:
        return -1


class SetupWizard(QWizard):
    """Ends with ``database_path`` set to the database to open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("cisdesk — first steps"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        # Once the install exists there is nothing to cancel: the last page only finishes.
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(720, 520)
        self.public_key_file = b""
        self.owner = ""
        self.database_path: str | None = None
        self.key_id = ""
        self.key_fingerprint = ""
        self.regional = False
        self.choice = ChoicePage()
        self.create_page = CreatePage()
        self.open_page = OpenPage()
        self.demo_page = DemoPage()
        self.done_page = DonePage()
        self.setPage(PAGE_CHOICE, self.choice)
        self.setPage(PAGE_CREATE, self.create_page)
        self.setPage(PAGE_OPEN, self.open_page)
        self.setPage(PAGE_DEMO, self.demo_page)
        self.setPage(PAGE_DONE, self.done_page)
        self.setStartId(PAGE_CHOICE)

    def _remember_key(self, record) -> None:  # type: ignore[no-untyped-def]
        from cisdesk.sync import overview

        key = overview.own_key(record)
        self.key_id = key.key_id
        self.key_fingerprint = key.fingerprint
        self.public_key_file = overview.public_key_file(record)
        self.regional = record.install.is_regional
        self.owner = record.install.owner

    def create(
        self,
        path: str,
        *,
        country: str | None,
        site_name: str | None,
        passphrase: str | None,
        demo: bool,
        error_label: QLabel,
    ) -> bool:
        """Create the install (and its demo activity); show a refusal on the page."""
        from cisdesk.sync.provision import create_install

        error_label.clear()
        if not path:
            error_label.setText(self.tr("Choose where to save the database."))
            return False
        if self.database_path == str(Path(path).expanduser().resolve()):
            return True  # came back with Back and forward again: already made
        _busy()
        try:
            record = create_install(
                path,
                country=country,
                regional=country is None,
                site_name=site_name,
                passphrase=passphrase,
            )
            try:
                if demo:
                    from cisdesk.db.demo import run_demo

                    run_demo(record)
                self._remember_key(record)
                self.database_path = str(record.path or path)
            finally:
                record.close()
        except CisdeskError as exc:
            error_label.setText(str(exc))
            return False
        finally:
            _idle()
        return True

    def check_existing(self, path: str, error_label: QLabel) -> bool:
        from cisdesk.db.record import open_record

        error_label.clear()
        if not path:
            error_label.setText(self.tr("Choose the database file to open."))
            return False
        _busy()
        try:
            with open_record(path) as record:
                self._remember_key(record)
                self.database_path = str(record.path or path)
        except CisdeskError as exc:
            error_label.setText(str(exc))
            return False
        finally:
            _idle()
        return True
