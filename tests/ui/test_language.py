"""Languages: Spanish by default, English on request or by locale, switched live."""

import os
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QGroupBox

from cisdesk.ui.i18n import Translations, system_language, translations_dir

ROOT = Path(__file__).resolve().parents[2]
SPANISH_SIDEBAR = [
    "Inicio",
    "Plan",
    "Avances",
    "Reuniones",
    "Acuerdos",
    "Delegados",
    "Propuestas",
    "Formación",
    "Sincronización",
    "Informes",
]
ENGLISH_SIDEBAR = [
    "Home",
    "Plan",
    "Progress",
    "Meetings",
    "Agreements",
    "Delegates",
    "Proposals",
    "Capacity building",
    "Sync",
    "Reports",
]


@pytest.fixture
def translations(qapp) -> Translations:
    current = Translations(QApplication.instance())
    yield current
    current.clear()  # later tests read the English source strings


def test_language_switch_changes_visible_labels_live(
    translations, demo_country_db, open_records, make_window, settings, wait_idle
) -> None:
    translations.apply("es")
    record = open_records(demo_country_db)
    window = make_window(record)
    window.translations = translations
    assert window.sidebar_texts() == SPANISH_SIDEBAR
    assert window.menuBar().actions()[0].text() == "&Archivo"
    home_before = window.page("home")
    titles = {box.title() for box in home_before.findChildren(QGroupBox)}
    assert "Acuerdos vencidos" in titles or any(t.startswith("Acuerdos vencidos") for t in titles)

    assert window.set_language("en")
    assert window.sidebar_texts() == ENGLISH_SIDEBAR
    assert window.menuBar().actions()[0].text() == "&File"
    assert settings.language == "en"
    home_after = window.page("home")
    assert home_after is not home_before  # rebuilt in the new language, no restart
    wait_idle(window.ctx)
    titles = {box.title() for box in home_after.findChildren(QGroupBox)}
    assert any(t.startswith("Overdue agreements") for t in titles)
    assert window.status.unexported.text().startswith("Changes not exported:")

    assert window.set_language("es")
    assert window.sidebar_texts() == SPANISH_SIDEBAR
    assert window.status.unexported.text().startswith("Cambios sin exportar:")


def test_switching_language_keeps_unsaved_edits_unless_discarded(
    translations, demo_regional_db, open_records, make_window, dialogs
) -> None:
    from PySide6.QtWidgets import QMessageBox
    from sqlalchemy import select

    from cisdesk.db.models import Result

    translations.apply("en")
    record = open_records(demo_regional_db)
    window = make_window(record)
    window.translations = translations
    plan = window.go_to("plan")
    with record.reader() as session:
        plan.select_row("result", session.scalars(select(Result.id)).first())
    plan.editors["text"].setPlainText("half typed")
    dialogs.answer = QMessageBox.StandardButton.Cancel
    assert not window.set_language("es")
    assert window.sidebar_texts() == ENGLISH_SIDEBAR
    assert window.page("plan") is plan


def test_system_locale_decides_until_the_person_chooses() -> None:
    belize = QLocale(QLocale.Language.English, QLocale.Country.Belize)
    guatemala = QLocale(QLocale.Language.Spanish, QLocale.Country.Guatemala)
    assert system_language(belize) == "en"
    assert system_language(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == "en"
    assert system_language(guatemala) == "es"
    assert system_language(QLocale(QLocale.Language.French, QLocale.Country.France)) == "es"


def _build_script() -> dict:
    import runpy

    return runpy.run_path(str(ROOT / "scripts" / "compile_translations.py"))


def test_catalogues_are_compiled_by_the_build_when_missing_or_stale(tmp_path: Path) -> None:
    compile_catalogues = _build_script()["compile_catalogues"]
    shutil.copy(translations_dir() / "app_es.ts", tmp_path / "app_es.ts")
    assert compile_catalogues(tmp_path) == [tmp_path / "app_es.qm"]
    assert (tmp_path / "app_es.qm").stat().st_size > 1000
    assert compile_catalogues(tmp_path) == []  # up to date
    ts = tmp_path / "app_es.ts"
    qm = tmp_path / "app_es.qm"
    os.utime(qm, (ts.stat().st_mtime - 10, ts.stat().st_mtime - 10))
    assert compile_catalogues(tmp_path) == [qm]
    out = tmp_path / "build"
    assert compile_catalogues(tmp_path, out) == [out / "app_es.qm"]  # a build folder


def test_the_app_never_compiles_catalogues(qapp, tmp_path: Path) -> None:
    """Applying a language reads compiled files only: the source tree stays untouched."""
    shutil.copy(translations_dir() / "app_es.ts", tmp_path / "app_es.ts")
    translations = Translations(QApplication.instance(), folder=tmp_path)
    try:
        translations.apply("es")
    finally:
        translations.clear()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["app_es.ts"]
    source = (ROOT / "cisdesk" / "ui" / "i18n.py").read_text(encoding="utf-8")
    assert "lrelease" not in source and "subprocess" not in source


def test_every_shell_string_is_translated_to_spanish() -> None:
    tree = ET.parse(translations_dir() / "app_es.ts")
    untranslated = []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        forms = [f.text for f in translation.findall("numerusform")]
        text = translation.text if not forms else "".join(f or "" for f in forms)
        if (
            translation.get("type") in ("unfinished", "vanished", "obsolete")
            or not (text or "").strip()
        ):
            untranslated.append(message.find("source").text)
    assert untranslated == []


def test_unknown_language_falls_back_to_spanish(translations) -> None:
    translations.apply("fr")
    assert translations.language == "es"
    assert QApplication.translate("Pages", "Home") == "Inicio"


def test_update_translations_leaves_an_unchanged_tree_unchanged(tmp_path: Path) -> None:
    """scripts/update_translations.sh rewrites nothing when no interface string changed."""
    import subprocess
    import sys

    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    copy = tmp_path / "tree"
    shutil.copytree(ROOT / "cisdesk" / "ui", copy / "cisdesk" / "ui")
    shutil.copytree(
        ROOT / "cisdesk" / "resources" / "translations",
        copy / "cisdesk" / "resources" / "translations",
    )
    (copy / "scripts").mkdir()
    shutil.copy(ROOT / "scripts" / "update_translations.sh", copy / "scripts")
    catalogues = Path("cisdesk", "resources", "translations")
    before = {ts.name: ts.read_bytes() for ts in (ROOT / catalogues).glob("*.ts")}
    subprocess.run(
        ["bash", str(copy / "scripts" / "update_translations.sh")],
        check=True,
        capture_output=True,
        env={**os.environ, "LUPDATE": str(lupdate)},
        timeout=300,
    )
    after = {ts.name: ts.read_bytes() for ts in (copy / catalogues).glob("*.ts")}
    assert after == before
