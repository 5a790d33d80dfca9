"""The status bar: who this install is, what has not left it yet, and whether the clock is sane.

The clock matters because every edit is stamped with it: a computer whose date
went back (flat CMOS battery) would make new edits look older than ones already
sent.

At start the bar belongs to the window frame, shown before the record is open:
it then says the record is being opened, and the database layer it reads from is
imported only once a record is attached.
"""

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from cisdesk.ui.context import AppContext

if TYPE_CHECKING:
    from cisdesk.activity.dashboard import ClockProblem, SyncState

#: How often the clock check runs again while the window stays open (ms).
RECHECK_MS = 10 * 60 * 1000


def _when(value: dt.datetime | None) -> str:
    if value is None:
        return "—"
    from cisdesk.ui import labels

    local = value.astimezone()
    return f"{labels.date(local.date())} {local.strftime('%H:%M')}"


def opening_text() -> str:
    """What the window frame says while the record is being opened."""
    return QCoreApplication.translate("Startup", "Opening the record…")


class RecordStatusBar(QStatusBar):
    """The record's state; ``ctx`` None is the frame's bar until :meth:`attach` is called."""

    def __init__(self, ctx: AppContext | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self.state: SyncState | None = None
        self.identity = QLabel()
        self.identity.setObjectName("identity")
        self.unexported = QLabel()
        self.unexported.setObjectName("unexported")
        self.exchanges = QLabel()
        self.exchanges.setObjectName("exchanges")
        self.clock_warning = QLabel()
        self.clock_warning.setObjectName("clockWarning")
        self.clock_warning.setStyleSheet("color: #c62828; font-weight: bold;")
        self.busy = QLabel()
        for label in (self.identity, self.unexported, self.exchanges, self.busy):
            label.setContentsMargins(6, 0, 12, 0)
        self.addWidget(self.identity)
        self.addWidget(self.unexported)
        self.addWidget(self.exchanges)
        self.addWidget(self.clock_warning)
        self.addPermanentWidget(self.busy)
        self._timer = QTimer(self)
        self._timer.setInterval(RECHECK_MS)
        self._timer.timeout.connect(self.refresh)
        if ctx is None:
            self.refresh()
        else:
            self.attach(ctx)

    def attach(self, ctx: AppContext) -> None:
        """The record is open: show its state from now on."""
        self.ctx = ctx
        ctx.record_changed.connect(lambda _tables: self.refresh())
        ctx.tasks.busy_changed.connect(self._busy)
        self.clearMessage()
        self._timer.start()
        self.refresh()

    def refresh(self) -> None:
        if self.ctx is None:
            self.showMessage(opening_text())
            return
        from cisdesk.activity.dashboard import sync_state
        from cisdesk.ui.widgets.status import country_name, home_title

        state = sync_state(self.ctx.record)
        self.state = state
        if state.regional:
            who = self.tr("SISCA (regional)")
            site = (state.site_name or "").strip()
            self.identity.setText(f"{who} · {site}" if site and site != "SISCA" else who)
        else:
            # "Guatemala", or "Guatemala — Laptop 2": a site named after its country once.
            self.identity.setText(home_title(country_name(state.country), state.site_name))
        if state.unexported:
            self.unexported.setText(
                self.tr("Changes not exported: %1").replace("%1", str(state.unexported))
            )
        else:
            self.unexported.setText(self.tr("All changes exported"))
        self.exchanges.setText(
            self.tr("Last export: %1 · Last import: %2")
            .replace("%1", _when(state.last_export))
            .replace("%2", _when(state.last_import))
        )
        self.clock_warning.setText(self._clock_text(state.clock_problem))
        self.clock_warning.setVisible(state.clock_problem is not None)

    def _clock_text(self, problem: "ClockProblem | None") -> str:
        from cisdesk.activity.dashboard import ClockProblem

        if problem is ClockProblem.BEHIND_RECORD:
            return self.tr(
                "The computer's clock is earlier than changes already recorded; check the date."
            )
        if problem is ClockProblem.TOO_EARLY:
            return self.tr("The computer's date is wrong (before 2018); correct it before editing.")
        return ""

    def _busy(self, running: int) -> None:
        self.busy.setText(self.tr("Working…") if running else "")
