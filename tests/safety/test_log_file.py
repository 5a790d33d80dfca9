"""The rotating log file and the handler for unexpected errors."""

import logging
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from cisdesk import logging_setup
from cisdesk.cli import main


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    """Leave the root logger and the hooks as pytest had them."""
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    hook, thread_hook = sys.excepthook, threading.excepthook
    yield
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    sys.excepthook, threading.excepthook = hook, thread_hook


def _own_handlers() -> list[logging.Handler]:
    return [h for h in logging.getLogger().handlers if getattr(h, "_cisdesk_handler", False)]


def _flush() -> None:
    for handler in _own_handlers():
        handler.flush()


def test_the_log_file_is_written_in_the_logs_folder() -> None:
    path = logging_setup.setup_logging()
    assert path == Path(os.environ["CISDESK_HOME"]) / "logs" / "cisdesk.log"
    logging.getLogger("cisdesk.test").warning("bundle from Honduras quarantined")
    _flush()
    text = path.read_text(encoding="utf-8")
    assert "cisdesk 0.1.0" in text
    assert "WARNING cisdesk.test: bundle from Honduras quarantined" in text


def test_every_command_writes_to_the_log(make_install, tmp_path: Path) -> None:
    record = make_install("GT")
    assert main(["digest", "--db", str(record.path)]) == 0
    _flush()
    assert "cisdesk 0.1.0" in logging_setup.log_file().read_text(encoding="utf-8")


def test_calling_again_replaces_the_handlers(tmp_path: Path, monkeypatch) -> None:
    logging_setup.setup_logging()
    logging_setup.setup_logging()
    assert len(_own_handlers()) == 2  # the terminal and the file, once each
    monkeypatch.setenv("CISDESK_HOME", str(tmp_path / "elsewhere"))
    moved = logging_setup.setup_logging(verbose=True)
    assert moved == tmp_path / "elsewhere" / "logs" / "cisdesk.log"
    assert len(_own_handlers()) == 2


def test_the_file_rotates_and_keeps_a_bounded_number(monkeypatch) -> None:
    monkeypatch.setattr(logging_setup, "MAX_BYTES", 2_000)
    monkeypatch.setattr(logging_setup, "BACKUP_COUNT", 2)
    path = logging_setup.setup_logging()
    assert path is not None
    noisy = logging.getLogger("cisdesk.test")
    for n in range(200):
        noisy.info("line %d %s", n, "x" * 60)
    _flush()
    names = sorted(p.name for p in path.parent.iterdir())
    assert names == ["cisdesk.log", "cisdesk.log.1", "cisdesk.log.2"]
    assert all(p.stat().st_size <= 2_200 for p in path.parent.iterdir())
    assert "line 199" in path.read_text(encoding="utf-8")


def test_an_unwritable_log_folder_does_not_stop_cisdesk(monkeypatch) -> None:
    def no_folder() -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(logging_setup.paths, "logs_dir", no_folder)
    assert logging_setup.setup_logging() is None
    assert len(_own_handlers()) == 1  # the terminal still shows warnings


def test_excepthook_logs_the_traceback_and_shows_it() -> None:
    path = logging_setup.setup_logging()
    assert path is not None
    shown: list[str] = []
    logging_setup.install_excepthook(shown.append)
    try:
        raise RuntimeError("the meetings view lost its model")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert len(shown) == 1
    assert "RuntimeError: the meetings view lost its model" in shown[0]
    assert "Traceback" in shown[0]
    _flush()
    text = path.read_text(encoding="utf-8")
    assert "CRITICAL cisdesk: unexpected error" in text
    assert "RuntimeError: the meetings view lost its model" in text


def test_excepthook_survives_a_failing_dialog_and_leaves_ctrl_c_alone() -> None:
    path = logging_setup.setup_logging()
    assert path is not None
    previous_calls: list[type[BaseException]] = []
    sys.excepthook = lambda t, e, tb: previous_calls.append(t)

    def broken_dialog(_text: str) -> None:
        raise OSError("no display")

    logging_setup.install_excepthook(broken_dialog)
    sys.excepthook(ValueError, ValueError("bad"), None)
    sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert previous_calls == [KeyboardInterrupt]
    _flush()
    text = path.read_text(encoding="utf-8")
    assert "ValueError: bad" in text and "could not show the error" in text


def test_errors_in_background_threads_are_logged() -> None:
    path = logging_setup.setup_logging()
    assert path is not None
    logging_setup.install_excepthook(lambda _text: None)

    def fail() -> None:
        raise LookupError("worker failed")

    worker = threading.Thread(target=fail, name="excel-import")
    worker.start()
    worker.join()
    _flush()
    text = path.read_text(encoding="utf-8")
    assert "unexpected error in thread excel-import" in text
    assert "LookupError: worker failed" in text


def test_warnings_reach_the_current_terminal_and_survive_none(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    logging_setup.setup_logging()
    logging.getLogger("cisdesk.test").warning("clock looks wrong")
    assert "WARNING cisdesk.test: clock looks wrong" in capsys.readouterr().err
    terminal = sys.stderr
    monkeypatch.setattr(sys, "stderr", None)  # a windowed build on Windows
    logging.getLogger("cisdesk.test").warning("still fine")
    monkeypatch.setattr(sys, "stderr", terminal)
    _flush()
    assert "still fine" in logging_setup.log_file().read_text(encoding="utf-8")
