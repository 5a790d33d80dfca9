"""The window may fill while the record's integrity check runs; a failed check still ends it.

A file exactly as cisdesk's last clean close left it opens before its check ends.
Damage its size and times do not show (a failing disk) is then found by the check
running beside the window: the same one sentence, exit code 1, the file unchanged.
"""

import sys
from pathlib import Path

from file_damage import corrupt
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from cisdesk.db import integrity
from cisdesk.db.record import open_record
from cisdesk.ui.app import run_app
from cisdesk.ui.main_window import MainWindow
from cisdesk.ui.settings import Settings


def _deadline() -> QTimer:
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(QApplication.closeAllWindows)
    timer.start(30_000)
    return timer


def test_a_clean_file_opens_and_its_check_passes_beside_the_window(
    qapp, demo_country_db: Path, monkeypatch, dialogs
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own
    Settings().language = "en"
    open_record(str(demo_country_db)).close()
    assert integrity.left_clean(demo_country_db)
    seen: list[bool] = []

    def close_when_checked() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        ctx = windows[0].ctx if windows else None
        if ctx is None or not ctx.record.integrity.done:
            QTimer.singleShot(50, close_when_checked)
            return
        seen.append(ctx.record.integrity.passed)
        QApplication.closeAllWindows()

    deadline = _deadline()
    QTimer.singleShot(0, close_when_checked)
    assert run_app(str(demo_country_db)) == 0
    deadline.stop()
    assert seen == [True]
    assert dialogs.messages == []
    assert integrity.left_clean(demo_country_db)


def test_damage_found_by_the_check_beside_the_window_ends_the_app_with_one_sentence(
    qapp, demo_country_db: Path, monkeypatch, dialogs
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    Settings().language = "en"
    open_record(str(demo_country_db)).close()
    corrupt(demo_country_db)
    integrity.remember_clean_close(demo_country_db)  # its size and times say nothing
    before = demo_country_db.read_bytes()
    deadline = _deadline()
    assert run_app(str(demo_country_db)) == 1
    deadline.stop()
    assert len(dialogs.messages) == 1
    kind, _title, message = dialogs.messages[0]
    assert kind == "warning" and "is damaged (" in message and "\n" not in message
    assert not any(
        isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
    assert demo_country_db.read_bytes() == before
    assert not integrity.left_clean(demo_country_db)
