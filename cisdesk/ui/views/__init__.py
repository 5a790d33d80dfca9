"""The sidebar pages, in sidebar order, imported only when first shown.

Each page is ``Page(ctx: AppContext, parent=None)`` with ``refresh()``; a page may
define ``has_unsaved_changes()`` to be asked before the window closes or rebuilds.
"""

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from cisdesk.ui.context import AppContext


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # English source text, translated in the "Pages" context
    module: str
    class_name: str

    def translated_title(self) -> str:
        return QCoreApplication.translate("Pages", self.title)

    def create(self, ctx: AppContext, parent: QWidget | None = None) -> QWidget:
        page_class = getattr(importlib.import_module(self.module), self.class_name)
        page = page_class(ctx, parent)
        page.setObjectName(f"page_{self.key}")
        return page


PAGES: tuple[PageSpec, ...] = (
    PageSpec("home", QT_TRANSLATE_NOOP("Pages", "Home"), "cisdesk.ui.views.home", "HomePage"),
    PageSpec("plan", QT_TRANSLATE_NOOP("Pages", "Plan"), "cisdesk.ui.views.plan", "PlanPage"),
    PageSpec(
        "progress",
        QT_TRANSLATE_NOOP("Pages", "Progress"),
        "cisdesk.ui.views.progress",
        "ProgressPage",
    ),
    PageSpec(
        "meetings",
        QT_TRANSLATE_NOOP("Pages", "Meetings"),
        "cisdesk.ui.views.meetings",
        "MeetingsPage",
    ),
    PageSpec(
        "agreements",
        QT_TRANSLATE_NOOP("Pages", "Agreements"),
        "cisdesk.ui.views.agreements",
        "AgreementsPage",
    ),
    PageSpec(
        "delegates",
        QT_TRANSLATE_NOOP("Pages", "Delegates"),
        "cisdesk.ui.views.delegates",
        "DelegatesPage",
    ),
    PageSpec(
        "proposals",
        QT_TRANSLATE_NOOP("Pages", "Proposals"),
        "cisdesk.ui.views.proposals",
        "ProposalsPage",
    ),
    PageSpec(
        "capacity",
        QT_TRANSLATE_NOOP("Pages", "Capacity building"),
        "cisdesk.ui.views.capacity",
        "CapacityPage",
    ),
    PageSpec("sync", QT_TRANSLATE_NOOP("Pages", "Sync"), "cisdesk.ui.views.sync", "SyncPage"),
    PageSpec(
        "reports", QT_TRANSLATE_NOOP("Pages", "Reports"), "cisdesk.ui.views.reports", "ReportsPage"
    ),
)
PAGE_KEYS: tuple[str, ...] = tuple(spec.key for spec in PAGES)


def page_index(key: str) -> int:
    return PAGE_KEYS.index(key)
