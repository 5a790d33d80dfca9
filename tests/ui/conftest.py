"""Fixtures for the window, pages and dialogs: demo databases, isolated settings, no modals.

Demo databases are made once per test session and copied for each test, so every
test may change its own copy. Modal dialogs never block: the static QMessageBox,
QFileDialog and QInputDialog functions are replaced by recorders.
"""

import gc
import os
import random
import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from cisdesk.db.demo import run_demo
from cisdesk.db.record import Record, open_record
from cisdesk.sync.provision import create_install


@pytest.fixture(scope="session", autouse=True)
def _compiled_catalogues() -> None:
    """A source checkout has the ``.ts`` only: build the ``.qm`` as a build would.

    The application never compiles them (scripts/compile_translations.py does, for the
    wheel, the frozen build and scripts/setup.sh); an up-to-date checkout writes nothing.
    """
    import runpy

    script = Path(__file__).resolve().parents[2] / "scripts" / "compile_translations.py"
    if script.is_file():
        runpy.run_path(str(script))["compile_catalogues"]()


def _make_demo(folder: Path, country: str | None) -> Path:
    """An install with demo activity whose site id, and so the demo's draw, is fixed.

    The demo draws from (seed, site id, today); with a random site id about one run in
    fifty had no overdue agreement. Seed 7 gives Guatemala some on every day tried over a
    year; SISCA draws from another seed, so the two installs never share a site id.
    """
    path = folder / f"{country or 'sisca'}.db"
    rng = random.Random(7 if country else 8)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(uuid, "uuid4", lambda: uuid.UUID(int=rng.getrandbits(128), version=4))
        record = create_install(str(path), country=country, regional=country is None)
    with record:
        run_demo(record)
    return path


@pytest.fixture(scope="session")
def demo_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("demo-templates")
    return {"GT": _make_demo(folder, "GT"), "SISCA": _make_demo(folder, None)}


@pytest.fixture
def demo_country_db(demo_templates: dict[str, Path], tmp_path: Path) -> Path:
    """A copy of a Guatemala install with demo activity."""
    target = tmp_path / "guatemala.db"
    shutil.copy(demo_templates["GT"], target)
    return target


@pytest.fixture
def demo_regional_db(demo_templates: dict[str, Path], tmp_path: Path) -> Path:
    """A copy of a SISCA install with demo activity."""
    target = tmp_path / "sisca.db"
    shutil.copy(demo_templates["SISCA"], target)
    return target


@pytest.fixture
def open_records() -> Iterator[Callable[[Path | str], Record]]:
    opened: list[Record] = []

    def opener(path: Path | str) -> Record:
        record = open_record(str(path))
        opened.append(record)
        return record

    yield opener
    for record in opened:
        record.close()


@pytest.fixture
def settings(tmp_path: Path):
    from cisdesk.ui.settings import Settings

    return Settings(tmp_path / "settings.ini")


@dataclass
class DialogRecorder:
    """What the code under test asked the person, and the answers it gets."""

    messages: list[tuple[str, str, str]] = field(default_factory=list)
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
    save_path: str = ""
    open_paths: list[str] = field(default_factory=list)
    text: str = ""
    number: int = 0

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _title, text in self.messages if kind is None or k == kind]


@pytest.fixture(autouse=True)
def _windows_gone_with_their_test() -> Iterator[None]:
    """Delete the test's closed windows when it ends, not inside a later test.

    pytest-qt closes a test's widgets and asks Qt to delete them later; Qt does that
    only when an event loop next runs, which is some later test's wait: a window, its
    pages and their worker pools were then destroyed, and their Python wrappers
    collected, in the middle of another test. Done here, between tests, it always
    happens at the same point.
    """
    yield
    for window in QApplication.topLevelWidgets():  # no window dies with a job still running
        for pool in window.findChildren(QThreadPool):
            pool.waitForDone(10_000)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> DialogRecorder:
    recorder = DialogRecorder()

    def static(kind: str, result: Callable[[], Any]) -> Callable[..., Any]:
        def fake(_parent: Any, title: str, text: str = "", *_args: Any, **_kw: Any) -> Any:
            recorder.messages.append((kind, title, text))
            return result()

        return fake

    ok = QMessageBox.StandardButton.Ok
    monkeypatch.setattr(QMessageBox, "warning", static("warning", lambda: ok))
    monkeypatch.setattr(QMessageBox, "information", static("information", lambda: ok))
    monkeypatch.setattr(QMessageBox, "critical", static("critical", lambda: ok))
    monkeypatch.setattr(QMessageBox, "question", static("question", lambda: recorder.answer))

    def box_exec(box: QMessageBox) -> int:
        recorder.messages.append(("box", box.windowTitle(), box.text()))
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (recorder.save_path, ""))
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        lambda *_a, **_k: (recorder.open_paths[0] if recorder.open_paths else "", ""),
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *_a, **_k: (list(recorder.open_paths), "")
    )
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *_a, **_k: (recorder.text, bool(recorder.text))
    )
    monkeypatch.setattr(QInputDialog, "getInt", lambda *_a, **_k: (recorder.number, True))
    return recorder


@pytest.fixture
def make_window(qtbot, settings) -> Iterator[Callable[[Record], Any]]:
    """Factory: a shown main window on an open record; closed and drained afterwards."""
    from cisdesk.ui.context import AppContext
    from cisdesk.ui.main_window import MainWindow

    made: list[Any] = []

    def factory(record: Record) -> Any:
        ctx = AppContext(record)
        window = MainWindow(ctx, settings)
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield factory
    for window in made:
        window.ctx.tasks.wait()


@pytest.fixture
def wait_idle(qtbot) -> Callable[[Any], None]:
    """``wait_idle(ctx)``: let background work end and its results reach the pages."""

    def wait(ctx: Any) -> None:
        for _round in range(3):  # a result may start a refresh, which may start a task
            qtbot.wait(5)
            qtbot.waitUntil(lambda: ctx.tasks.running == 0, timeout=30_000)

    return wait


@pytest.fixture
def spanish_app(qapp):
    """The app switched to Spanish, as its Language menu does."""
    from PySide6.QtWidgets import QApplication

    from cisdesk.messages import current_language
    from cisdesk.ui.i18n import Translations

    translations = Translations(QApplication.instance())
    translations.apply("es")
    assert current_language() == "es"
    yield translations
    translations.clear()
