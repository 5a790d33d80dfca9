"""The Spanish app never shows an English refusal: the wizard, bundles, keys, workbooks.

The interface's language is also the core's: a refusal raised deep in the sync
or the Excel import reaches the person in the app's language, from the catalogue.
"""

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication
from spanish_text import assert_spanish

from cisdesk.reports.excel_format import COLUMN_INDEX, FIRST_DATA_ROW, MAIN_SHEET
from cisdesk.sync import keys
from cisdesk.sync.export import export_bundle
from cisdesk.ui.dialogs.wizard import PAGE_CREATE, PAGE_OPEN, SetupWizard


def _key_file(record, folder: Path, name: str) -> Path:
    with record.reader() as session:
        data = keys.export_public_key(session)
    path = folder / name
    path.write_bytes(data)
    return path


def _import(page, paths, wait_idle):
    assert page.import_files([str(p) for p in paths])
    wait_idle(page.ctx)
    return page.exchange.last_outcomes


def test_the_wizard_refuses_bad_input_in_spanish(
    spanish_app, qtbot, tmp_path, demo_country_db
) -> None:
    wizard = SetupWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choice.create_radio.setChecked(True)
    wizard.next()
    page = wizard.create_page
    page.who.set_country("HN")
    page.path.edit.setText(str(demo_country_db))  # a database is already there
    wizard.next()
    assert wizard.currentId() == PAGE_CREATE
    assert "ya existe" in page.error.text()
    assert_spanish(page.error.text())

    wizard = SetupWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choice.open_radio.setChecked(True)
    wizard.next()
    assert wizard.currentId() == PAGE_OPEN
    notes = tmp_path / "notas.db"
    notes.write_text("esto no es una base de datos")
    wizard.open_page.path.edit.setText(str(notes))
    wizard.next()
    assert wizard.currentId() == PAGE_OPEN
    assert "no es una base de datos de cisdesk" in wizard.open_page.error.text()
    assert_spanish(wizard.open_page.error.text())


def test_a_tampered_bundle_is_refused_in_spanish(
    spanish_app,
    demo_regional_db,
    demo_country_db,
    open_records,
    make_window,
    tmp_path,
    wait_idle,
    dialogs,
) -> None:
    guatemala = open_records(demo_country_db)
    window = make_window(open_records(demo_regional_db))
    page = window.go_to("sync")
    assert page.keys.enroll_key_file(str(_key_file(guatemala, tmp_path, "guatemala.pub")))
    bundle = export_bundle(guatemala, tmp_path / "guatemala.cisb").path
    raw = bytearray(bundle.read_bytes())
    raw[len(raw) // 2] ^= 0x55  # one byte changed in transit
    bundle.write_bytes(bytes(raw))
    outcomes = _import(page, [bundle], wait_idle)
    assert [o.outcome for o in outcomes] == ["rejected"]
    warning = dialogs.texts("warning")[-1]
    assert "guatemala.cisb" in warning
    assert_spanish(warning)
    assert_spanish(outcomes[0].summary())


def test_the_key_flows_answer_in_spanish(
    spanish_app,
    demo_regional_db,
    demo_country_db,
    make_install,
    open_records,
    make_window,
    tmp_path,
    wait_idle,
    dialogs,
) -> None:
    sisca = open_records(demo_regional_db)
    guatemala = open_records(demo_country_db)
    sisca_page = make_window(sisca).go_to("sync")
    # SISCA's own key is not a country's key to enrol.
    assert not sisca_page.keys.enroll_key_file(str(_key_file(sisca, tmp_path, "sisca.pub")))
    assert_spanish(dialogs.texts("warning")[-1])
    # Guatemala takes a country's key for SISCA's root.
    country_page = make_window(guatemala).go_to("sync")
    honduras = make_install("HN")
    assert not country_page.keys.trust_root_file(str(_key_file(honduras, tmp_path, "honduras.pub")))
    refusal = dialogs.texts("warning")[-1]
    assert "clave raíz" in refusal and "Honduras" in refusal
    assert_spanish(refusal)
    # A bundle signed by a key SISCA never enrolled.
    bundle = export_bundle(honduras, tmp_path / "honduras.cisb").path
    outcomes = _import(sisca_page, [bundle], wait_idle)
    assert [o.outcome for o in outcomes] == ["rejected"]
    warning = dialogs.texts("warning")[-1]
    assert "Pida a la SISCA que inscriba la clave" in warning
    assert_spanish(warning)
    # A regional bundle before the root is trusted.
    assert sisca_page.exchange.export_to(str(tmp_path / "regional.cisb"))
    wait_idle(sisca_page.ctx)
    outcomes = _import(country_page, [tmp_path / "regional.cisb"], wait_idle)
    assert outcomes[0].outcome == "rejected"
    warning = dialogs.texts("warning")[-1]
    assert "confíe" in warning
    assert_spanish(warning)


def test_a_bad_workbook_is_refused_in_spanish(
    spanish_app, demo_country_db, open_records, make_window, tmp_path, wait_idle, dialogs
) -> None:
    window = make_window(open_records(demo_country_db))
    page = window.go_to("reports")
    template = tmp_path / "plantilla.xlsx"
    page.write_template(str(template))
    wait_idle(window.ctx)
    wb = load_workbook(template)
    ws = wb[MAIN_SHEET["es"]]
    ws.cell(FIRST_DATA_ROW, COLUMN_INDEX["status"]).value = "Terminado"
    ws.cell(FIRST_DATA_ROW + 1, COLUMN_INDEX["percent"]).value = 140
    wb.save(template)
    page.import_template(str(template))
    wait_idle(window.ctx)
    _kind, title, text = dialogs.messages[-1]
    assert "2 problemas en plantilla.xlsx" in text
    assert_spanish(text)
    assert_spanish(title)
    junk = tmp_path / "notas.xlsx"
    junk.write_bytes(b"esto no es un libro")
    page.import_template(str(junk))
    wait_idle(window.ctx)
    kind, _title, text = dialogs.messages[-1]
    assert kind == "warning" and "no es un libro de Excel" in text
    assert_spanish(text)


def test_a_broken_database_is_refused_in_spanish(spanish_app, tmp_path, settings, dialogs):
    from cisdesk.ui.app import Shell

    bad = tmp_path / "notas.db"
    bad.write_text("hola")
    shell = Shell(QApplication.instance(), settings, spanish_app)
    assert not shell.open_database(str(bad))
    warning = dialogs.texts("warning")[-1]
    assert "no es una base de datos de cisdesk" in warning
    assert_spanish(warning)
