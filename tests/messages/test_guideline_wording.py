"""The virtual-meeting guideline is worded as the source words it: a recommendation."""

from pathlib import Path

from cisdesk.messages import text

ROOT = Path(__file__).resolve().parents[2]


def test_one_recommendation_wording_everywhere() -> None:
    assert text("guideline.virtual_limit", "es").startswith("Se procurará")
    assert "3,5 horas" in text("guideline.virtual_over", "es")
    assert "recomiendan" in text("guideline.virtual_over", "es")
    assert "se procurará" in text("report.guideline_virtual", "es", n=0)
    for folder in ("cisdesk",):
        for path in (ROOT / folder).rglob("*"):
            if path.suffix not in (".py", ".ts"):
                continue
            content = path.read_text(encoding="utf-8")
            assert "fijan" not in content, path
            assert "3 horas y media" not in content, path
            assert "guidelines set" not in content, path


def test_the_app_warnings_use_the_catalogue(qtbot) -> None:
    from PySide6.QtCore import QLocale

    from cisdesk.ui.dialogs.meeting_dialog import limit_warning

    previous = QLocale()
    QLocale.setDefault(QLocale("es"))
    try:
        assert limit_warning() == "⚠ " + text("guideline.virtual_over", "es")
    finally:
        QLocale.setDefault(previous)
