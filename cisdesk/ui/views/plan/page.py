"""The Plan page: committees → strategy → combos and lines → milestones → results, and the
PPT calendar, one module per part.

Country installs hold the plan read-only. At SISCA texts, start semesters and tags
are editable, strategies move through the approval workflow, and the PPT calendar
can change; every edit is a core call (:mod:`cisdesk.activity.plan_edit`) pushed on
the undo stack so Ctrl+Z puts the previous values back as a new edit.
"""

from PySide6.QtWidgets import (
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cisdesk.activity.plan_outline import plan_outline
from cisdesk.ui.catalog_text import ui_text
from cisdesk.ui.context import AppContext
from cisdesk.ui.views.plan.calendar import PptCalendar
from cisdesk.ui.views.plan.common import KEY_ROLE, Node
from cisdesk.ui.views.plan.detail import PlanDetail
from cisdesk.ui.views.plan.frame import PlanFrameView
from cisdesk.ui.views.plan.leadership import LeadershipView
from cisdesk.ui.views.plan.tree import PlanTree
from cisdesk.ui.widgets.refresh import RefreshGate

PLAN_TABLES = (
    "committee",
    "strategy",
    "strategy_version",
    "plan_objective",
    "action_line",
    "priority_nucleus",
    "committee_lead",
    "evaluation",
    "delegate",
    "thematic_combo",
    "combo_line",
    "milestone",
    "result",
    "ppt_term",
)


class PlanPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editable = ctx.record.install.is_regional
        self.tree = PlanTree()
        self.tree.currentItemChanged.connect(self._selected)
        self.detail = PlanDetail(ctx, self.editable)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        plan_tab = QWidget()
        plan_layout = QVBoxLayout(plan_tab)
        if not self.editable:
            note = QLabel(
                self.tr("The plan is maintained by SISCA; this install holds it read-only.")
            )
            note.setObjectName("readOnlyNote")
            plan_layout.addWidget(note)
        plan_layout.addWidget(splitter, 1)
        self.calendar = PptCalendar(ctx, self.editable)

        self.frame = PlanFrameView(ctx)

        self.tabs = QTabWidget()
        self.tabs.addTab(plan_tab, self.tr("Strategies and milestones"))
        self.tabs.addTab(self.frame, ui_text("ui.plan.frame_tab"))
        self.tabs.addTab(self.calendar, self.tr("PPT calendar"))
        self.leadership = LeadershipView(ctx)
        self.tabs.addTab(self.leadership, ui_text("ui.plan.leadership_tab"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        self._gate = RefreshGate(self, ctx, PLAN_TABLES, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Reload the tree and the calendar, keeping the selection and open branches."""
        selected = self.detail.current
        self.tree.rebuild(plan_outline(self.ctx.record))
        if selected is not None and self.select_row(selected.table, selected.row_id):
            if not self.has_unsaved_changes():
                self.detail.show_node(selected)
        else:
            self.detail.show_node(None)
        self.calendar.refresh()
        self.frame.refresh()
        self.leadership.refresh()

    def _selected(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        key = item.data(0, KEY_ROLE) if item is not None else None
        if not key or key[0] == "folder":
            self.detail.show_node(None)
            return
        self.detail.show_node(Node(key[0], key[1]))

    # --- what the window and the tests ask of the page --------------------------------
    def select_row(self, table: str, row_id: str) -> bool:
        return self.tree.select_row(table, row_id)

    def has_unsaved_changes(self) -> bool:
        return self.detail.has_unsaved_changes()

    def save(self) -> bool:
        return self.detail.save()

    def transition(self, target: str) -> bool:
        return self.detail.transition(target)

    @property
    def editors(self) -> dict[str, QLineEdit | QPlainTextEdit]:
        return self.detail.editors

    @property
    def step_date(self) -> QDateEdit:
        return self.detail.step_date

    @property
    def ppt_table(self) -> QTableWidget:
        return self.calendar.ppt_table

    def ppt_rows(self) -> list[tuple[str, str]]:
        return self.calendar.ppt_rows()

    def set_ppt_country(self, term_id: str, country: str) -> bool:
        return self.calendar.set_ppt_country(term_id, country)

    def add_ppt_semester(self) -> str | None:
        return self.calendar.add_ppt_semester()
