"""Plain, consistent wording: what a person reads says one thing, once."""

import datetime as dt

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWizard

from cisdesk.ui import labels
from cisdesk.ui.views.plan.tree import nuclei_text


def test_nuclei_are_counted_and_spaced():
    assert nuclei_text("5") == "nucleus 5"
    assert nuclei_text("1,2") == "nuclei 1, 2"
    assert nuclei_text("") == ""


def test_dates_follow_the_language():
    day = dt.date(2026, 11, 19)
    saved = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Guatemala))
        assert labels.date(day) == "19/11/2026"
        assert labels.date_format() == "dd/MM/yyyy"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert labels.date(day) == "2026-11-19"
    finally:
        QLocale.setDefault(saved)


def test_the_wizard_chooses_no_country_for_the_person(qtbot, tmp_path):
    from cisdesk.ui.dialogs.wizard import PAGE_CREATE, SetupWizard

    wizard = SetupWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentId() == PAGE_CREATE
    page = wizard.create_page
    assert page.who.country is None  # not Belize, nor any other by default
    page.path.edit.setText(str(tmp_path / "x.db"))
    wizard.next()
    assert wizard.currentId() == PAGE_CREATE
    assert page.error.text() == "Choose the country of this install."
    assert not (tmp_path / "x.db").exists()


def test_the_last_page_saves_the_key_and_offers_no_cancel(qtbot, tmp_path):
    from cisdesk.sync.keys import read_public_key_file
    from cisdesk.ui.dialogs.wizard import PAGE_DONE, SetupWizard

    wizard = SetupWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.create_page
    page.who.set_country("GT")
    page.path.edit.setText(str(tmp_path / "gt.db"))
    wizard.next()
    assert wizard.currentId() == PAGE_DONE
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    done = wizard.done_page
    assert done.save_key_button.isVisible()
    assert "Trust SISCA's root key" in done.trust_note.text()
    target = tmp_path / "cisdesk-GT.pub"
    assert done.save_key(str(target))
    assert read_public_key_file(target.read_bytes()).fingerprint == wizard.key_fingerprint
    assert str(target) in done.saved_label.text()
