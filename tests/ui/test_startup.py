"""Two-phase start: the window frame shows at once, the record opens when the loop turns."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from file_damage import corrupt
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy import text

from cisdesk.db.lock import acquire_instance_lock
from cisdesk.db.record import open_record
from cisdesk.ui.app import Shell, run_app
from cisdesk.ui.i18n import Translations
from cisdesk.ui.main_window import MainWindow
from cisdesk.ui.settings import Settings
from cisdesk.ui.views import PAGE_KEYS

ENGLISH_SIDEBAR_START = ["Home", "Plan", "Progress"]
#: Modules phase one must not import: they are what makes the start slow.
DATABASE_MODULES = ("sqlalchemy", "alembic", "cisdesk.db", "cisdesk.sync", "cisdesk.activity")
#: ... except these plain ones, that read Home's cached figures with sqlite3 alone.
PLAIN_MODULES = [
    "cisdesk.activity",
    "cisdesk.activity.home_figures",
    "cisdesk.activity.home_snapshot",
    "cisdesk.db",
    "cisdesk.db.sqlite_files",
    "cisdesk.db.statuses",
]


@pytest.fixture
def shell(qapp, settings):
    app = QApplication.instance()
    made = Shell(app, settings, Translations(app))
    yield made
    made.shutdown()


@pytest.fixture
def deadline(qapp):
    """Closes every window should ``run_app`` wait forever: a regression then fails, not hangs."""
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(QApplication.closeAllWindows)
    timer.start(20_000)
    yield
    timer.stop()


def make_newer(path: Path) -> None:
    """Stamp the schema with a revision this version of cisdesk does not know."""
    with open_record(str(path)) as record, record.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff_from_the_future'"))


def test_the_frame_shows_before_the_record_is_opened(qtbot, shell, demo_country_db) -> None:
    assert shell.start(str(demo_country_db))
    window = shell.window
    qtbot.addWidget(window)
    # Phase one: a shown frame, no record, no page, no lock yet.
    assert window.isVisible()
    assert window.ctx is None and shell.ctx is None
    assert window.pages == {}
    assert window.windowTitle() == "cisdesk — guatemala.db"
    assert window.sidebar_texts()[:3] == ENGLISH_SIDEBAR_START
    assert window.sidebar.count() == len(PAGE_KEYS)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&Go", "&Help"]
    assert window.status.currentMessage() == "Opening the record…"
    assert window.opening_label.isVisible() and not window.stack.isVisible()
    assert shell._lock is None
    # A click on the sidebar now builds nothing; that page comes with the record.
    window.sidebar.setCurrentRow(PAGE_KEYS.index("meetings"))
    assert window.pages == {}

    # Phase two, once the event loop turns.
    with qtbot.waitSignal(shell.ready, timeout=30_000):
        pass
    assert window is shell.window  # the same window, now filled
    assert window.ctx is shell.ctx and window.ctx.record.install.country == "GT"
    assert set(window.pages) == {"meetings"}
    assert window.stack.currentWidget() is window.pages["meetings"]
    assert window.stack.isVisible() and not window.opening_label.isVisible()
    assert window.status.currentMessage() == ""
    assert "Guatemala" in window.status.identity.text()
    assert window.windowTitle().startswith("cisdesk — Guatemala")
    assert shell._lock is not None  # the instance lock is held from phase two on
    window.go_to("home")
    qtbot.waitUntil(lambda: window.pages["home"].dashboard is not None, timeout=30_000)


def test_phase_two_waits_until_the_frame_was_painted(
    qtbot, shell, demo_country_db, monkeypatch
) -> None:
    """A zero timer alone fires before the first paint: the frame would never be seen."""
    order: list[str] = []
    opener = shell.open_database

    def open_database(target: str) -> bool:
        order.append("open")
        return opener(target)

    monkeypatch.setattr(shell, "open_database", open_database)
    assert shell.start(str(demo_country_db))
    qtbot.addWidget(shell.window)
    shell.window.frame_painted.connect(lambda: order.append("painted"))
    with qtbot.waitSignal(shell.ready, timeout=30_000):
        pass
    assert order == ["painted", "open"]


def test_the_frame_imports_no_database_code(demo_country_db, tmp_path) -> None:
    script = """
import json, sys
from cisdesk.ui.app import create_application, launch
app = create_application()
shell = launch(sys.argv[1], app)
names = tuple(sys.argv[2:])
below = tuple(name + "." for name in names)
loaded = sorted(m for m in sys.modules if m in names or m.startswith(below))
shown = shell.window.isVisible()
print(json.dumps({"shown": shown, "record": shell.ctx is not None, "loaded": loaded}))
shell.shutdown()
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CISDESK_HOME=str(tmp_path / "home"))
    done = subprocess.run(
        [sys.executable, "-c", script, str(demo_country_db), *DATABASE_MODULES],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    state = json.loads(done.stdout.strip().splitlines()[-1])
    assert state == {"shown": True, "record": False, "loaded": PLAIN_MODULES}


def _refused_record(kind: str, path: Path):
    """Prepare ``path`` to be refused in phase two; returns what must be released after."""
    if kind == "damaged":
        corrupt(path)
        return None
    if kind == "newer":
        make_newer(path)
        return None
    return acquire_instance_lock(str(path))  # "locked": another window holds it


@pytest.mark.parametrize(
    ("kind", "sentence"),
    [
        ("damaged", "is damaged ("),
        ("newer", "was made by a newer version of cisdesk"),
        ("locked", "already open"),
    ],
)
def test_a_record_refused_in_phase_two_shows_the_sentence_and_exits_1(
    deadline, demo_country_db, monkeypatch, dialogs, capfd, kind, sentence
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own
    Settings().language = "en"
    held = _refused_record(kind, demo_country_db)
    frames: list[tuple[bool, object]] = []
    recorded_warning = QMessageBox.warning

    def warning(parent, *args):
        # The refusal is shown over the frame, which was on screen before the record was read.
        frames.append((isinstance(parent, MainWindow) and parent.isVisible(), parent.ctx))
        return recorded_warning(parent, *args)

    monkeypatch.setattr(QMessageBox, "warning", warning)
    try:
        assert run_app(str(demo_country_db)) == 1
    finally:
        if held is not None:
            held.release()
    assert frames == [(True, None)]
    assert len(dialogs.messages) == 1
    kind_shown, _title, message = dialogs.messages[0]
    assert kind_shown == "warning" and sentence in message and "\n" not in message
    assert "Traceback" not in capfd.readouterr().err
    assert not any(
        isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
    if kind != "locked":
        acquire_instance_lock(str(demo_country_db)).release()  # run_app let go of it


def test_a_refused_last_database_leads_to_the_wizard(
    deadline, tmp_path, monkeypatch, dialogs, demo_country_db
) -> None:
    from cisdesk.ui.dialogs.wizard import SetupWizard

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    settings = Settings()
    settings.language = "en"
    corrupt(demo_country_db)
    settings.last_database = str(demo_country_db)
    parents: list[object] = []

    def leave(wizard: SetupWizard) -> int:
        parents.append(wizard.parent())
        return int(QDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(SetupWizard, "exec", leave)
    assert run_app(None) == 0  # leaving the wizard is not an error, as before
    assert "is damaged" in dialogs.texts("warning")[-1]
    assert len(parents) == 1 and isinstance(parents[0], MainWindow)


def test_another_database_opened_from_the_frame_wins(
    qtbot, shell, demo_country_db, demo_regional_db, dialogs
) -> None:
    assert shell.start(str(demo_country_db))
    frame = shell.window
    qtbot.addWidget(frame)
    frame.open_requested.emit(str(demo_regional_db))  # File > Open, before phase two ran
    assert shell.window is frame and shell.ctx.record.install.is_regional
    shell.finish_start()  # phase two finds the frame filled and leaves it alone
    qtbot.wait(20)
    assert shell.ctx.record.install.is_regional
    assert not dialogs.messages


def test_a_frame_closed_before_phase_two_opens_nothing(qtbot, shell, demo_country_db) -> None:
    assert shell.start(str(demo_country_db))
    qtbot.addWidget(shell.window)
    assert shell.window.close()
    shell.finish_start()
    assert shell.ctx is None and shell._lock is None


def test_the_frame_speaks_the_chosen_language(qtbot, shell, demo_country_db) -> None:
    shell.translations.apply("es")
    try:
        assert shell.start(str(demo_country_db))
        window = shell.window
        qtbot.addWidget(window)
        assert window.opening_label.text() == "Abriendo el registro…"
        assert window.status.currentMessage() == "Abriendo el registro…"
        assert window.sidebar_texts()[0] == "Inicio"
        assert window.set_language("en")  # before its record: nothing to rebuild yet
        assert window.opening_label.text() == "Opening the record…"
        assert window.status.currentMessage() == "Opening the record…"
        with qtbot.waitSignal(shell.ready, timeout=30_000):
            pass
        assert window.status.currentMessage() == ""
        assert window.menuBar().actions()[0].text() == "&File"
    finally:
        shell.translations.clear()


def test_an_unexpected_failure_in_phase_two_shows_the_crash_dialog_and_exits_1(
    deadline, demo_country_db, monkeypatch, dialogs
) -> None:
    import cisdesk.db.record

    def broken(_target: str, **_kw: object) -> None:
        raise RuntimeError("disk controller on fire")

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(cisdesk.db.record, "open_record", broken)
    Settings().language = "en"
    assert run_app(str(demo_country_db)) == 1
    kinds = [kind for kind, _title, _text in dialogs.messages]
    assert kinds == ["box"]  # what to send to support, not a silent exit
    assert "support" in dialogs.messages[0][2]
    acquire_instance_lock(str(demo_country_db)).release()  # the lock was let go
