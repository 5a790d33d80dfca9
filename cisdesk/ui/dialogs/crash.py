"""The dialog for an error nobody expected: what happened and what to send to support."""

import logging
import platform
import sys
import traceback
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from cisdesk import __version__

log = logging.getLogger(__name__)


def crash_report(exc: BaseException, database: str | None, log_file: Path | None) -> str:
    """The text support needs: versions, database, and the traceback."""
    lines = [
        f"cisdesk {__version__}",
        f"Python {platform.python_version()} on {platform.platform()}",
        f"Database: {database or '-'}",
        f"Log file: {log_file or '-'}",
        "",
        "".join(traceback.format_exception(exc)),
    ]
    return "\n".join(lines)


def show_crash(
    parent: QWidget | None,
    exc: BaseException,
    database: str | None = None,
    log_file: Path | None = None,
) -> None:
    report = crash_report(exc, database, log_file)
    log.error("unexpected error\n%s", report)
    try:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QWidget.tr("Unexpected error"))
        box.setText(
            QWidget.tr(
                "Something went wrong. Your data is safe: every change is saved as soon as it "
                "is made. Please send SISCA support the details below (Show Details…), and the "
                "log file %1 if you can."
            ).replace("%1", str(log_file or "-"))
        )
        box.setDetailedText(report)
        box.exec()
    except Exception:  # the dialog itself failed: keep the report somewhere
        print(report, file=sys.stderr)
