"""The window part of ``cisdesk selftest``: open the main window and every page offscreen."""

import os
from collections.abc import Callable
from pathlib import Path

from cisdesk.db.record import Record
from cisdesk.messages import text

#: (what was checked, healthy, detail) for one line of the report.
Check = tuple[str, bool, str]


def check_views(record: Record, settings_file: Path, report: Callable[[Check], None]) -> bool:
    """Build the main window and each page on ``record``; True when all opened."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from cisdesk.ui.app import create_application
    from cisdesk.ui.context import AppContext
    from cisdesk.ui.main_window import BROKEN_PAGE, MainWindow
    from cisdesk.ui.settings import Settings
    from cisdesk.ui.views import PAGES

    app = create_application()
    ctx = AppContext(record)
    healthy = True
    try:
        window = MainWindow(ctx, Settings(settings_file))
        window.show()
        QApplication.processEvents()
        report(
            ("main window", True, text("cmd.selftest.window_opened", platform=app.platformName()))
        )
    except Exception as exc:
        report(("main window", False, str(exc) or repr(exc)))
        return False
    try:
        for spec in PAGES:
            try:
                page = window.go_to(spec.key)
                QApplication.processEvents()
                ctx.tasks.wait()
                QApplication.processEvents()
                if page.objectName() == BROKEN_PAGE:
                    raise RuntimeError(page.text())  # type: ignore[attr-defined]
                refresh = getattr(page, "refresh", None)
                if refresh is not None:
                    refresh()
                ctx.tasks.wait()
                QApplication.processEvents()
                if spec.key == "home" and getattr(page, "dashboard", None) is None:
                    raise RuntimeError(text("cmd.selftest.no_dashboard"))
            except Exception as exc:
                healthy = False
                report((f"view {spec.key}", False, str(exc) or repr(exc)))
            else:
                report(
                    (f"view {spec.key}", True, text("cmd.selftest.view_opened", title=spec.title))
                )
    finally:
        ctx.tasks.wait()
        window.hide()
        window.deleteLater()
        QApplication.processEvents()
    return healthy
