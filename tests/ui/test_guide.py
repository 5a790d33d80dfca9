"""The user guide ships with the app and opens offline from Help (F1), with its pictures."""

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence

from cisdesk.ui.dialogs.guide import guide_file


@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_picture_of_the_guide_is_shipped(lang):
    path = Path(guide_file(lang))
    text = path.read_text(encoding="utf-8")
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    assert len(pictures) >= 5
    for picture in pictures:
        assert (path.parent / picture).is_file(), picture


def test_f1_opens_the_guide_in_the_interface_language(make_install, make_window):
    window = make_window(make_install("GT"))
    action = next(
        a
        for a in window.findChildren(type(window.menuBar().actions()[0]))
        if a.objectName() == "userGuide"
    )
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    action.trigger()
    guide = window.guide_window
    assert guide.isVisible()
    shown = guide.browser.toPlainText()
    assert "Reuniones y acuerdos" in shown or "Meetings and agreements" in shown
    assert "Guardar y agregar acuerdo" in shown or "Save and add agreement" in shown
