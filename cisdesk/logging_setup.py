"""The log file: what support asks for when something went wrong on a laptop far away.

Messages go to a rotating file in the logs folder (``cisdesk.paths.logs_dir``);
warnings also go to the terminal when there is one. Unexpected errors are logged
with their traceback before anything is shown to the person.
"""

import contextlib
import logging
import logging.handlers
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from cisdesk import __version__, paths

LOG_NAME = "cisdesk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FILE_FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"
CONSOLE_FORMAT = "%(levelname)s %(name)s: %(message)s"

#: Marks the handlers set up here, so a second call replaces them instead of doubling.
_OWN = "_cisdesk_handler"

log = logging.getLogger("cisdesk")


def log_file() -> Path:
    return paths.logs_dir() / LOG_NAME


def setup_logging(verbose: bool = False) -> Path | None:
    """Send log records to the rotating log file (and warnings to stderr).

    Returns the log file, or None when its folder cannot be written (cisdesk
    still runs; the terminal shows warnings as before). Safe to call again: the
    handlers from an earlier call are replaced (tests move ``CISDESK_HOME``).
    """
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, _OWN, False)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    # Alembic says "Context impl SQLiteImpl" on every open; only its warnings matter.
    logging.getLogger("alembic").setLevel(logging.DEBUG if verbose else logging.WARNING)

    console = _Stderr()
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter(CONSOLE_FORMAT))
    _add(root, console)

    try:
        path = log_file()
        handler = _LogFile(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    except OSError as exc:
        log.warning("cannot write the log file: %s", exc)
        return None
    handler.setLevel(logging.DEBUG if verbose else logging.INFO)
    handler.setFormatter(logging.Formatter(FILE_FORMAT))
    _add(root, handler)
    if sys.excepthook is sys.__excepthook__:
        sys.excepthook = _log_then_print
    log.info("cisdesk %s, Python %s, %s", __version__, sys.version.split()[0], sys.platform)
    return path


class _LogFile(logging.handlers.RotatingFileHandler):
    """The log file; when it cannot be written (a full disk), one plain line, then silence.

    The standard handler prints "--- Logging error ---" and a traceback for every
    record it fails to write, which reads as a crash of whatever the person was doing.
    """

    failed = False

    def emit(self, record: logging.LogRecord) -> None:
        if not self.failed:
            super().emit(record)

    def flush(self) -> None:
        try:
            super().flush()
        except OSError:
            self.failed = True

    def close(self) -> None:
        # The buffered lines cannot be written either: nothing more to do.
        with contextlib.suppress(OSError):
            super().close()

    def handleError(self, record: logging.LogRecord) -> None:
        if self.failed:
            return
        self.failed = True
        if sys.stderr is not None:
            from cisdesk.messages import text

            print(text("log.cannot_write", file=self.baseFilename), file=sys.stderr)


class _Stderr(logging.StreamHandler):
    """Writes to whatever ``sys.stderr`` is at the time (it may be replaced, or None
    in a windowed build on Windows)."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property  # type: ignore[override]
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, _value: Any) -> None:
        pass

    def emit(self, record: logging.LogRecord) -> None:
        if sys.stderr is not None:
            super().emit(record)


def _add(root: logging.Logger, handler: logging.Handler) -> None:
    setattr(handler, _OWN, True)
    root.addHandler(handler)


def _log_then_print(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """A crash of a command: into the log file, then the usual traceback on stderr."""
    if not issubclass(exc_type, KeyboardInterrupt):
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.critical("unexpected error\n%s", text)
    sys.__excepthook__(exc_type, exc, tb)


def install_excepthook(show: Callable[[str], None]) -> Callable[..., None]:
    """Log every uncaught exception with its traceback, then ``show`` its text.

    ``show`` is the app's error dialog; it runs on the thread that failed, so
    exceptions from other threads are only logged. Ctrl+C keeps its usual
    behaviour. Returns the previous hook.
    """
    previous = sys.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.critical("unexpected error\n%s", text)
        try:
            show(text)
        except Exception:  # the dialog itself failed: the log still has it
            log.exception("could not show the error")

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or isinstance(args.exc_value, SystemExit):
            return
        text = "".join(
            traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)
        )
        name = args.thread.name if args.thread is not None else "?"
        log.critical("unexpected error in thread %s\n%s", name, text)

    sys.excepthook = hook
    threading.excepthook = thread_hook
    return previous
