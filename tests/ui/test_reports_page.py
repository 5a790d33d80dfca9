"""The Reports page calls the report functions in the background and says what it wrote."""

from PySide6.QtWidgets import QPushButton


def test_pdf_report_from_the_page(demo_country_db, open_records, make_window, tmp_path, wait_idle):
    window = make_window(open_records(demo_country_db))
    page = window.go_to("reports")
    page.kind_box.setCurrentIndex(page.kind_box.findData("country"))
    page.year_box.setValue(2018)
    target = tmp_path / "guatemala.pdf"
    page.write_pdf(str(target))
    wait_idle(window.ctx)
    assert target.exists() and target.read_bytes().startswith(b"%PDF")
    assert page.last_result.pages >= 1
    assert str(target) in page.result_label.text()
    assert page.open_button.isVisibleTo(page)


def test_excel_export_template_and_import(
    demo_country_db, open_records, make_window, tmp_path, wait_idle
) -> None:
    window = make_window(open_records(demo_country_db))
    page = window.go_to("reports")
    export = tmp_path / "record.xlsx"
    page.export_excel(str(export))
    wait_idle(window.ctx)
    assert export.exists()
    assert page.last_result.sheets > 5
    template = tmp_path / "template.xlsx"
    page.write_template(str(template))
    wait_idle(window.ctx)
    assert template.exists()
    assert page.last_result.country == "GT"
    page.import_template(str(template))  # filled in with nothing new
    wait_idle(window.ctx)
    assert not page.last_result.changed
    assert "nothing changed" in page.result_label.text()


def test_a_refused_template_shows_its_problems(
    demo_country_db, open_records, make_window, tmp_path, wait_idle, dialogs
) -> None:
    window = make_window(open_records(demo_country_db))
    page = window.go_to("reports")
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a workbook")
    page.import_template(str(bad))
    wait_idle(window.ctx)
    kind, _title, text = dialogs.messages[-1]
    assert kind == "warning"
    assert "bad.xlsx" in text
    assert page.result_label.text() == text


def test_sisca_has_no_template_import(demo_regional_db, open_records, make_window) -> None:
    page = make_window(open_records(demo_regional_db)).go_to("reports")
    assert page.findChild(QPushButton, "excelImport") is None
    assert page.template_country.count() == 8
