"""The application shell: window, sidebar, lazy pages, shortcuts, drops, closing, startup."""

import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select, update

from cisdesk.db import clock
from cisdesk.db.local import Install, SigningKey
from cisdesk.ui.app import Shell, install_excepthook
from cisdesk.ui.dialogs.wizard import PAGE_CREATE, PAGE_DEMO, PAGE_DONE, SetupWizard
from cisdesk.ui.i18n import Translations
from cisdesk.ui.main_window import BROKEN_PAGE, bundle_paths
from cisdesk.ui.views import PAGE_KEYS, PAGES


@pytest.mark.parametrize("which", ["country", "regional"])
def test_every_page_opens(
    which, demo_country_db, demo_regional_db, open_records, make_window, wait_idle, dialogs
) -> None:
    record = open_records(demo_country_db if which == "country" else demo_regional_db)
    window = make_window(record)
    for spec in PAGES:
        page = window.go_to(spec.key)
        assert window.stack.currentWidget() is page
        assert page.objectName() != BROKEN_PAGE, page.text()
        wait_idle(window.ctx)
    assert window.page("home").dashboard is not None
    assert not dialogs.messages


def test_sidebar_order_and_lazy_pages(demo_country_db, open_records, make_window) -> None:
    window = make_window(open_records(demo_country_db))
    assert [spec.key for spec in PAGES] == [
        "home",
        "plan",
        "progress",
        "meetings",
        "agreements",
        "delegates",
        "proposals",
        "capacity",
        "sync",
        "reports",
    ]
    assert window.sidebar.count() == 10
    assert set(window.pages) == {"home"}  # only what was shown is built
    window.sidebar.setCurrentRow(PAGE_KEYS.index("plan"))
    assert set(window.pages) == {"home", "plan"}
    assert window.stack.currentWidget() is window.pages["plan"]


def test_ctrl_digit_shortcuts_switch_pages(qtbot, demo_country_db, open_records, make_window):
    window = make_window(open_records(demo_country_db))
    window.activateWindow()
    qtbot.waitExposed(window)
    shortcuts = {a.shortcut().toString(): a for a in window.actions() if not a.shortcut().isEmpty()}
    assert {f"Ctrl+{d}" for d in "1234567890"} <= set(shortcuts)
    shortcuts["Ctrl+9"].trigger()
    assert window.current_key() == "sync"
    shortcuts["Ctrl+0"].trigger()
    assert window.current_key() == "reports"
    shortcuts["Ctrl+1"].trigger()
    assert window.current_key() == "home"


def test_status_bar_shows_identity_and_unexported(demo_country_db, open_records, make_window):
    window = make_window(open_records(demo_country_db))
    bar = window.status
    assert "Guatemala" in bar.identity.text()
    assert bar.state is not None and bar.state.unexported > 0
    assert str(bar.state.unexported) in bar.unexported.text()
    assert bar.clock_warning.isHidden()


def test_status_bar_warns_when_the_clock_went_back(demo_country_db, open_records, make_window):
    record = open_records(demo_country_db)
    ahead = clock.from_wall(clock.wall_ms() + 3 * 24 * 3600 * 1000)
    with record.local() as session, session.begin():
        session.execute(update(Install).values(hlc=ahead))
    window = make_window(record)
    assert not window.status.clock_warning.isHidden()
    assert window.status.clock_warning.text()


def test_dropped_bundles_go_to_the_sync_page(
    qtbot, demo_regional_db, open_records, make_window, monkeypatch, tmp_path
):
    from cisdesk.ui.views.sync import SyncPage

    received: list[list[str]] = []
    monkeypatch.setattr(SyncPage, "import_files", lambda self, paths: received.append(paths))
    window = make_window(open_records(demo_regional_db))
    bundle = tmp_path / "from-gt.cisb"
    bundle.write_bytes(b"x")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bundle)), QUrl.fromLocalFile(str(tmp_path / "a.txt"))])
    assert bundle_paths(mime.urls()) == [bundle]
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert received == [[str(bundle)]]
    assert window.current_key() == "sync"


def test_closing_asks_about_unsaved_plan_edits(
    qtbot, demo_regional_db, open_records, make_window, dialogs
):
    from cisdesk.db.models import Result

    record = open_records(demo_regional_db)
    window = make_window(record)
    plan = window.go_to("plan")
    with record.reader() as session:
        result_id = session.scalars(select(Result.id).order_by(Result.id)).first()
    assert plan.select_row("result", result_id)
    plan.editors["text"].setPlainText("Not saved yet")
    assert window.unsaved_pages() == [PAGES[PAGE_KEYS.index("plan")].translated_title()]
    dialogs.answer = QMessageBox.StandardButton.Cancel
    assert not window.close()
    assert window.isVisible()
    assert dialogs.texts("question")
    dialogs.answer = QMessageBox.StandardButton.Discard
    assert window.close()


def _started(qtbot, shell: Shell, db: str | None) -> None:
    """Both phases of the start: the frame, then (once the loop turns) its record."""
    with qtbot.waitSignal(shell.ready, timeout=30_000):
        assert shell.start(db)
        qtbot.addWidget(shell.window)


def test_shell_reopens_the_last_database_and_locks_it(
    qtbot, demo_country_db, settings, dialogs
) -> None:
    app = QApplication.instance()
    translations = Translations(app)
    shell = Shell(app, settings, translations)
    try:
        _started(qtbot, shell, str(demo_country_db))
        assert shell.window.isVisible()
        assert settings.last_database == str(demo_country_db)
        assert settings.recent_files[0] == str(demo_country_db)
        other = Shell(app, settings, translations)
        assert not other.open_database(str(demo_country_db))  # the instance lock holds
        assert "already open" in dialogs.texts("warning")[-1]
        shell.shutdown()
        again = Shell(app, settings, translations)
        _started(qtbot, again, None)  # no --db: the last database
        assert again.ctx.record.path == demo_country_db.resolve()
        again.shutdown()
    finally:
        shell.shutdown()


def test_shell_switches_database_without_losing_the_window(
    qtbot, demo_country_db, demo_regional_db, settings
) -> None:
    app = QApplication.instance()
    shell = Shell(app, settings, Translations(app))
    try:
        _started(qtbot, shell, str(demo_country_db))
        first = shell.window
        shell.window.open_requested.emit(str(demo_regional_db))
        assert shell.window is not first
        assert shell.ctx.record.install.is_regional
        assert shell.window.isVisible()
        assert settings.recent_files[:2] == [str(demo_regional_db), str(demo_country_db)]
    finally:
        shell.shutdown()


def test_a_broken_database_is_refused_with_a_sentence(qtbot, tmp_path, settings, dialogs):
    bad = tmp_path / "not-a-db.db"
    bad.write_text("hello")
    app = QApplication.instance()
    shell = Shell(app, settings, Translations(app))
    assert not shell.open_database(str(bad))
    assert shell.window is None
    assert "not a cisdesk database" in dialogs.texts("warning")[-1]


def _create_page(wizard: SetupWizard):
    wizard.choice.create_radio.setChecked(True)
    wizard.next()
    assert wizard.currentId() == PAGE_CREATE
    return wizard.create_page


def test_wizard_creates_an_install_through_its_widgets(qtbot, tmp_path) -> None:
    wizard = SetupWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    page = _create_page(wizard)
    page.who.set_country("HN")
    page.site_name.setText("Secretaría de Desarrollo Social")
    page.passphrase.setText("secreto largo")
    page.confirm.setText("otro")
    target = tmp_path / "honduras.db"
    page.path.edit.setText(str(target))
    wizard.next()
    assert wizard.currentId() == PAGE_CREATE  # refused: passphrases differ
    assert "differ" in page.error.text()
    assert not target.exists()
    page.confirm.setText("secreto largo")
    wizard.next()
    assert wizard.currentId() == PAGE_DONE
    assert target.exists()
    assert wizard.database_path == str(target.resolve())
    assert wizard.key_fingerprint in wizard.done_page.fingerprint.text()
    from cisdesk.db.record import open_record

    with open_record(str(target)) as record, record.reader() as session:
        assert record.install.country == "HN"
        assert record.install.site_name == "Secretaría de Desarrollo Social"
        assert session.scalars(select(SigningKey)).one().encrypted


def test_wizard_refuses_an_existing_file(qtbot, tmp_path, demo_country_db) -> None:
    wizard = SetupWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    page = _create_page(wizard)
    page.who.set_country("GT")
    page.path.edit.setText(str(demo_country_db))
    before = demo_country_db.read_bytes()
    wizard.next()
    assert wizard.currentId() == PAGE_CREATE
    assert "already exists" in page.error.text()
    assert demo_country_db.read_bytes() == before


def test_wizard_makes_a_demo_database(qtbot, tmp_path) -> None:
    wizard = SetupWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choice.demo_radio.setChecked(True)
    wizard.next()
    assert wizard.currentId() == PAGE_DEMO
    wizard.demo_page.who.regional_radio.setChecked(True)
    target = tmp_path / "demo.db"
    wizard.demo_page.path.edit.setText(str(target))
    wizard.next()
    assert wizard.currentId() == PAGE_DONE
    assert wizard.regional
    assert "SISCA" in wizard.done_page.note.text()
    from cisdesk.db.models import Meeting
    from cisdesk.db.record import open_record

    with open_record(str(target)) as record, record.reader() as session:
        assert session.scalars(select(Meeting)).first() is not None


def test_unexpected_errors_show_what_to_send_to_support(qtbot, settings, dialogs) -> None:
    app = QApplication.instance()
    shell = Shell(app, settings, Translations(app))
    saved = sys.excepthook
    try:
        install_excepthook(shell)
        try:
            raise RuntimeError("boom")
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = saved
    kind, _title, text = dialogs.messages[-1]
    assert kind == "box"
    assert "support" in text


def test_about_shows_the_key_fingerprint(demo_country_db, open_records, make_window, dialogs):
    from cisdesk.sync import keys

    record = open_records(demo_country_db)
    window = make_window(record)
    window.show_about()
    with record.reader() as session:
        fingerprint = keys.fingerprint(keys.own_key(session).public_key)
    assert dialogs.messages[-1][0] == "box"
    about = [b for b in window.findChildren(QMessageBox)][-1]
    assert fingerprint in about.informativeText()


def test_backup_now_writes_a_copy(demo_country_db, open_records, make_window, dialogs):
    window = make_window(open_records(demo_country_db))
    copy = window.back_up()
    assert copy is not None and Path(copy).exists()
    assert str(copy) in dialogs.texts("information")[-1]


def test_run_app_opens_the_database_given_and_quits_cleanly(
    qapp, demo_country_db, monkeypatch, dialogs
) -> None:
    from PySide6.QtCore import QTimer

    from cisdesk.ui.app import run_app
    from cisdesk.ui.main_window import MainWindow
    from cisdesk.ui.settings import Settings

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own
    Settings().language = "en"
    # As a person would: close the window once the record is open (QApplication.quit()
    # with windows open upsets later queued signals under PySide6 6.11).
    started = time.monotonic()

    def close_when_open() -> None:
        opened = any(
            isinstance(w, MainWindow) and w.ctx is not None for w in QApplication.topLevelWidgets()
        )
        if opened or time.monotonic() - started > 20:
            QApplication.closeAllWindows()
        else:
            QTimer.singleShot(50, close_when_open)

    QTimer.singleShot(50, close_when_open)
    assert run_app(str(demo_country_db)) == 0
    assert Settings().last_database == str(demo_country_db)
    assert not dialogs.messages


def test_run_app_refuses_a_bad_database(qapp, tmp_path, monkeypatch, dialogs) -> None:
    from cisdesk.ui.app import run_app
    from cisdesk.ui.settings import Settings

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    Settings().language = "en"
    bad = tmp_path / "notes.db"
    bad.write_text("not a database")
    assert run_app(str(bad)) == 1
    assert "not a cisdesk database" in dialogs.texts("warning")[-1]
