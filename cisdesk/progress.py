"""Progress reporting and cancellation shared by the CLI, the UI and the core."""

from collections.abc import Callable
from typing import Protocol


class Cancelled(Exception):
    """Raised by a progress callback to stop long work; the work rolls back."""


class Progress(Protocol):
    def __call__(self, done: int, total: int, message: str = "") -> None: ...


def no_progress(done: int, total: int, message: str = "") -> None:
    """The default callback: report nothing, never cancel."""


ProgressCallback = Callable[[int, int, str], None]
