"""Phase one shows Home filled from its cached figures, before the record is opened."""

import datetime as dt
import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from cisdesk.activity import home_cache, meetings
from cisdesk.db.local import ExportLog
from cisdesk.db.record import open_record
from cisdesk.ui.app import Shell
from cisdesk.ui.i18n import Translations


@pytest.fixture
def shell(qapp, settings):
    app = QApplication.instance()
    made = Shell(app, settings, Translations(app))
    yield made
    made.shutdown()


def cache_home(path: Path):
    """Open the record as the app did on its last start: Home's figures are cached."""
    with open_record(str(path)) as record:
        board, _cached = home_cache.dashboard(record)
    return board


def test_home_shows_its_cached_figures_before_the_record_opens(
    qtbot, shell, demo_regional_db
) -> None:
    board = cache_home(demo_regional_db)
    assert shell.start(str(demo_regional_db))
    window = shell.window
    qtbot.addWidget(window)
    # Phase one: no record, no lock, but Home is there with the cached figures.
    assert window.ctx is None and shell._lock is None
    home = window.cached_home
    assert home is not None and window.stack.currentWidget() is home
    assert window.stack.isVisible() and not window.opening_label.isVisible()
    assert home.snapshot.board == board
    assert home.title.text() == "SISCA — the region"
    assert home.meetings_table.rowCount() == len(board.meetings_this_semester)
    assert home.overdue_table.rowCount() == len(board.overdue_agreements)
    assert len(home.committee_chart.bars) == len(board.by_committee)
    assert home.matrix is not None
    assert home.status_label.text() == "Opening the record…"

    with qtbot.waitSignal(shell.ready, timeout=30_000):
        pass
    # Phase two: that page becomes the record's Home and confirms the figures.
    assert window.cached_home is None and window.pages["home"] is home
    assert home.ctx is shell.ctx and window.stack.currentWidget() is home
    qtbot.waitUntil(lambda: home.dashboard is not None, timeout=30_000)
    assert home.dashboard == board
    assert home.status_label.text() == ""


def test_figures_that_changed_meanwhile_are_updated(qtbot, shell, demo_country_db) -> None:
    board = cache_home(demo_country_db)
    assert shell.start(str(demo_country_db))
    window = shell.window
    qtbot.addWidget(window)
    home = window.cached_home
    assert home is not None and home.meetings_table.rowCount() == len(board.meetings_this_semester)
    with open_record(str(demo_country_db)) as record:  # another program, before phase two
        meetings.create_meeting(
            record,
            kind="joint",
            title="Reunión conjunta nueva",
            date=dt.date.today(),
            duration_minutes=60,
            virtual=True,
        )
    with qtbot.waitSignal(shell.ready, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: home.dashboard is not None, timeout=30_000)
    assert len(home.dashboard.meetings_this_semester) == len(board.meetings_this_semester) + 1
    assert home.meetings_table.rowCount() == len(board.meetings_this_semester) + 1


def test_a_changed_record_shows_no_cached_figures(qtbot, shell, demo_country_db) -> None:
    cache_home(demo_country_db)
    with open_record(str(demo_country_db)) as record, record.local_edit() as session:
        now = dt.datetime.now(dt.UTC)  # an export since: the record's counter moved
        session.add(ExportLog(bundle_id="b1", created_at=now, highest_hlc=1, changes=1))
    assert shell.start(str(demo_country_db))
    qtbot.addWidget(shell.window)
    assert shell.window.cached_home is None  # as before: "Opening the record…"
    assert shell.window.opening_label.isVisible()
    with qtbot.waitSignal(shell.ready, timeout=30_000):
        pass
    page = shell.window.pages["home"]
    qtbot.waitUntil(lambda: page.dashboard is not None, timeout=30_000)


def test_cached_home_in_a_fresh_process_loads_no_sqlalchemy(demo_regional_db, tmp_path) -> None:
    home = tmp_path / "home"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CISDESK_HOME=str(home))
    warm = (
        "import sys\n"
        "from cisdesk.activity import home_cache\n"
        "from cisdesk.db.record import open_record\n"
        "with open_record(sys.argv[1]) as record:\n"
        "    home_cache.dashboard(record)\n"
    )
    done = subprocess.run([sys.executable, "-c", warm, str(demo_regional_db)], env=env, timeout=120)
    assert done.returncode == 0
    script = """
import json, sys
from cisdesk.ui.app import create_application, launch
app = create_application()
shell = launch(sys.argv[1], app)
home = shell.window.cached_home
print(json.dumps({
    "record": shell.ctx is not None,
    "home": home is not None and shell.window.stack.currentWidget() is home,
    "meetings": home.meetings_table.rowCount() if home is not None else None,
    "sqlalchemy": sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "alembic")),
    "models": sorted(m for m in ("cisdesk.db.models", "cisdesk.db.record") if m in sys.modules),
}))
shell.shutdown()
"""
    done = subprocess.run(
        [sys.executable, "-c", script, str(demo_regional_db)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    state = json.loads(done.stdout.strip().splitlines()[-1])
    assert state["record"] is False and state["home"] is True
    assert state["sqlalchemy"] == [] and state["models"] == []


def test_another_record_opened_from_the_frame_drops_them(
    qtbot, shell, demo_regional_db, demo_country_db
) -> None:
    cache_home(demo_regional_db)
    assert shell.start(str(demo_regional_db))
    window = shell.window
    qtbot.addWidget(window)
    assert window.cached_home is not None
    # The person opens another database from the frame's File menu before phase two.
    assert shell.open_database(str(demo_country_db))
    home = window.pages["home"]
    assert window.cached_home is None and home.snapshot is None
    assert home.ctx.record.path == demo_country_db.resolve()
    assert window.stack.currentWidget() is home
    qtbot.waitUntil(lambda: home.dashboard is not None, timeout=30_000)
    assert not home.dashboard.regional


def test_first_steps_show_before_the_record_opens_and_nothing_shifts(
    qtbot, shell, demo_country_db
) -> None:
    cache_home(demo_country_db)
    assert shell.start(str(demo_country_db))
    window = shell.window
    qtbot.addWidget(window)
    home = window.cached_home
    assert home is not None
    # A demo install has not exported yet: its checklist is there from the first paint.
    assert home.first_steps.isVisible()
    ticked = home.first_steps.ticked()
    assert ticked[2] and not ticked[3]  # recorded, not exported
    top = home.committee_group.mapTo(home, home.committee_group.rect().topLeft()).y()
    with qtbot.waitSignal(shell.ready, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: home.dashboard is not None, timeout=30_000)
    assert home.first_steps.isVisible() and home.first_steps.ticked() == ticked
    assert home.committee_group.mapTo(home, home.committee_group.rect().topLeft()).y() == top


def test_saving_the_key_rewrites_the_cached_first_steps(demo_country_db, tmp_path) -> None:
    from cisdesk.activity import first_steps, home_snapshot

    cache_home(demo_country_db)
    before = home_snapshot.cached_home(str(demo_country_db))
    assert before is not None and before.steps is not None and not before.steps.key_saved
    with open_record(str(demo_country_db)) as record:
        first_steps.save_public_key(record, tmp_path / "key.pub")
        home_cache.dashboard(record)  # the counter did not move: the figures come cached
    after = home_snapshot.cached_home(str(demo_country_db))
    assert after is not None and after.steps is not None and after.steps.key_saved


def test_the_heap_is_settled_once_the_record_is_open(qtbot, shell, demo_country_db) -> None:
    from cisdesk import heap

    gc.unfreeze()
    assert heap.settled() == 0
    assert shell.start(str(demo_country_db))
    qtbot.addWidget(shell.window)
    with qtbot.waitSignal(shell.ready, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: heap.settled() > 0, timeout=5_000)
