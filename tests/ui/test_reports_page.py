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


def test_an_imported_template_is_one_step_of_the_undo_stack(
    demo_country_db, open_records, make_window, tmp_path, wait_idle
) -> None:
    """The Excel import writes through the forms' gate: undone like an edit, and the
    views are told exactly which reports changed."""
    from openpyxl import load_workbook

    from cisdesk.activity import queries
    from cisdesk.reports.excel_format import COLUMN_INDEX, FIRST_DATA_ROW

    record = open_records(demo_country_db)
    window = make_window(record)
    page = window.go_to("reports")
    template = tmp_path / "template.xlsx"
    page.write_template(str(template))
    wait_idle(window.ctx)
    wb = load_workbook(template)
    ws = wb.worksheets[0]
    row = next(
        r
        for r in range(FIRST_DATA_ROW, ws.max_row + 1)
        if ws.cell(r, COLUMN_INDEX["status"]).value is None
    )
    result_id = ws.cell(row, COLUMN_INDEX["result_id"]).value
    semester = ws.cell(row, COLUMN_INDEX["semester"]).value
    ws.cell(row, COLUMN_INDEX["status"]).value = "Completado"
    wb.save(template)
    told = []
    window.ctx.record_changed.connect(told.append)

    def shown() -> dict:
        rows = queries.progress_grid("GT", semester).fetch(record, 0, 500)
        return next(r for r in rows if r["result_id"] == result_id)

    page.import_template(str(template))
    wait_idle(window.ctx)
    assert page.last_result.created == 1
    assert (shown()["status"], shown()["percent"]) == ("completed", 100)
    assert told[-1].rows("progress_report") == {shown()["id"]}
    assert told[-1].countries == {"GT"}
    window.ctx.undo_stack.undo()
    assert shown()["id"] is None
    window.ctx.undo_stack.redo()
    assert shown()["status"] == "completed"
