"""The Sync page: one tab per job, each its own widget; the page only refreshes them."""

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from cisdesk.activity.conflicts import site_names
from cisdesk.ui import labels
from cisdesk.ui.context import AppContext
from cisdesk.ui.views.sync.conflicts import ConflictsTab
from cisdesk.ui.views.sync.exchange import ExchangeTab
from cisdesk.ui.views.sync.folder import FolderBox
from cisdesk.ui.views.sync.history import HistoryTab
from cisdesk.ui.views.sync.keys import KeysTab
from cisdesk.ui.widgets.refresh import RefreshGate

CONFLICTS_TAB = 2


class SyncPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.folder = FolderBox(ctx)
        self.exchange = ExchangeTab(ctx)
        self.history = HistoryTab(ctx)
        self.conflicts = ConflictsTab(ctx)
        self.keys = KeysTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.exchange, self.tr("Export and import"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.addTab(self.conflicts, self.tr("Conflicts"))
        self.tabs.addTab(self.keys, self.tr("Keys"))
        self.exchange.import_started.connect(lambda: self.tabs.setCurrentIndex(0))
        self.conflicts.counted.connect(self._show_conflict_count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.folder)
        layout.addWidget(self.tabs, 1)
        self._gate = RefreshGate(self, ctx, (), self.refresh)
        self.refresh()

    def refresh(self) -> None:
        names = site_names(self.ctx.record, "es" if labels.spanish() else "en")
        self.history.refresh(names)
        self.conflicts.refresh(names)
        self.keys.refresh()

    def show_tab(self, name: str) -> None:
        """Show one tab by name ("exchange", "history", "conflicts", "keys")."""
        tabs = {
            "exchange": self.exchange,
            "history": self.history,
            "conflicts": self.conflicts,
            "keys": self.keys,
        }
        if name in tabs:
            self.tabs.setCurrentWidget(tabs[name])

    def _show_conflict_count(self, count: int) -> None:
        self.tabs.setTabText(
            CONFLICTS_TAB,
            self.tr("Conflicts (%1)").replace("%1", str(count)) if count else self.tr("Conflicts"),
        )

    def import_files(self, paths: list[str]) -> bool:
        """Bundles dropped on the window come here (see the main window)."""
        return self.exchange.import_files(paths)
