"""Showing errors: a plain sentence for refusals, details for support otherwise."""

import logging
import traceback
from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from cisdesk.errors import CisdeskError
from cisdesk.messages import current_language

log = logging.getLogger(__name__)

# Asked first about every error to show; True when it was dealt with. The application
# sets it: an error met while the record's integrity check runs waits for the check.
error_filter: Callable[[BaseException], bool] | None = None


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    if error_filter is not None and error_filter(exc):
        return
    from cisdesk.ui.tasks import plain_failure

    exc = plain_failure(exc)  # a busy or read-only database is a refusal, not a bug
    if isinstance(exc, CisdeskError):
        # The core's refusal, from the catalogue in the interface's language.
        QMessageBox.warning(parent, QWidget.tr("cisdesk"), exc.render(current_language()))
        return
    details = "".join(traceback.format_exception(exc))
    log.error("unexpected error: %s", details)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QWidget.tr("Unexpected error"))
    box.setText(
        QWidget.tr(
            "Something went wrong. Nothing was lost; please send the details below "
            "to SISCA support."
        )
    )
    box.setDetailedText(details)
    box.exec()
