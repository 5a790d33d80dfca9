"""The window on the usual ministry laptop (1366×768, maximised: 1366×705), offscreen.

Every page of a record with demo data: no column header is cut, long texts leave
room instead of pushing the table sideways, and an empty table says what to do.
"""

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QTableView

from cisdesk.ui.views import PAGES
from cisdesk.ui.widgets.table_fit import elided_headers

SCREEN = QSize(1366, 705)
FINGERPRINT_TITLES = {"Fingerprint", "Huella", "Huella digital"}


def _pages(window, wait_idle):
    """Every page, and every tab of a page with tabs (the keyring is on Sync → Keys)."""
    window.resize(SCREEN)
    for spec in PAGES:
        page = window.go_to(spec.key)
        wait_idle(window.ctx)
        yield spec.key, page
        tabs = getattr(page, "tabs", None)
        for index in range(tabs.count() if tabs is not None else 0):
            tabs.setCurrentIndex(index)
            wait_idle(window.ctx)
            yield f"{spec.key}/{index}", page


def _visible_tables(page) -> list[QTableView]:
    return [view for view in page.findChildren(QTableView) if view.isVisibleTo(page)]


def _cut_cells(view: QTableView, titles: set[str]) -> list[str]:
    """Cells of the columns titled ``titles`` narrower than what they hold."""
    model = view.model()
    cut = []
    for column in range(model.columnCount()):
        if str(model.headerData(column, Qt.Orientation.Horizontal)) not in titles:
            continue
        width = view.columnWidth(column)
        metrics = view.fontMetrics()
        for row in range(model.rowCount()):
            text = str(model.index(row, column).data() or "")
            if metrics.horizontalAdvance(text) + 8 > width:
                cut.append(text)
    return cut


@pytest.fixture(params=["en", "es"])
def language(request, qapp):
    from PySide6.QtWidgets import QApplication

    from cisdesk.ui.i18n import Translations

    translations = Translations(QApplication.instance())
    translations.apply(request.param)
    yield request.param
    translations.clear()


@pytest.mark.parametrize("which", ["demo_country_db", "demo_regional_db"])
def test_no_header_and_no_fingerprint_is_cut_on_any_page(
    language, which, request, open_records, make_window, wait_idle
):
    record = open_records(request.getfixturevalue(which))
    window = make_window(record)
    seen = 0
    for key, page in _pages(window, wait_idle):
        for view in _visible_tables(page):
            seen += 1
            assert elided_headers(view) == [], f"{key}: {view.objectName()}"
            assert _cut_cells(view, FINGERPRINT_TITLES) == [], key
    assert seen >= 14
    if which == "demo_regional_db":  # SISCA's keyring holds its own key: checked above
        assert window.page("sync").keys.keyring_table.rowCount() >= 1


def test_long_texts_do_not_push_tables_sideways(
    language, demo_country_db, open_records, make_window, wait_idle
):
    window = make_window(open_records(demo_country_db))
    window.resize(SCREEN)
    for key in ("agreements", "meetings", "progress", "delegates", "proposals", "capacity"):
        page = window.go_to(key)
        wait_idle(window.ctx)
        tables = _visible_tables(page)
        if key == "meetings":  # a meeting selected: its agreements fill the panel below
            page.table.selectRow(0)
            page.table.setCurrentIndex(page.proxy.index(0, 0))
            wait_idle(window.ctx)
        for view in tables:
            assert elided_headers(view) == [], f"{language} {key}: {view.objectName()}"
            header = view.horizontalHeader()
            total = sum(header.sectionSize(i) for i in range(header.count()))
            assert total <= view.viewport().width() + 2, f"{key}: {view.objectName()}"


def test_an_empty_table_says_what_to_do(make_install, make_window, wait_idle):
    record = make_install("GT")
    window = make_window(record)
    window.resize(SCREEN)
    agreements = window.go_to("agreements")
    wait_idle(window.ctx)
    assert agreements.model.rowCount() == 0
    assert agreements.empty_hint.showing()
    assert agreements.empty_hint.text() == "No agreements yet: use New… to add one."
    assert agreements.followups.empty_hint.text() == (
        "Select an agreement above to see its follow-up."
    )
    meetings = window.go_to("meetings")
    wait_idle(window.ctx)
    assert meetings.empty_hint.text() == "No meetings yet: use New… to record one."
    assert meetings.agreements.empty_hint.text() == "Select a meeting above to see its agreements."
    # Headers of empty tables are whole too.
    for view in _visible_tables(meetings) + _visible_tables(agreements):
        assert elided_headers(view) == []


def test_first_window_opens_at_a_sensible_size_and_remembers_it(make_install, qtbot, settings):
    from cisdesk.ui.context import AppContext
    from cisdesk.ui.main_window import MainWindow

    assert settings.geometry is None
    window = MainWindow(AppContext(make_install("GT")), settings)
    qtbot.addWidget(window)
    window.show()
    size = window.size()
    screen = window.screen().availableGeometry()
    assert window.isMaximized() or (
        size.width() >= min(1200, screen.width()) and size.height() >= min(650, screen.height())
    )
    window.showNormal()
    window.resize(900, 700)
    window.close()
    assert settings.geometry is not None
    again = MainWindow(AppContext(make_install("GT")), settings)
    qtbot.addWidget(again)
    assert again.size() == QSize(900, 700)
    again.close()


def test_the_wizard_fits_its_fields(qtbot):
    from cisdesk.ui.dialogs.wizard import SetupWizard

    wizard = SetupWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        assert page.minimumSizeHint().width() <= page.width() or page_id == -1
