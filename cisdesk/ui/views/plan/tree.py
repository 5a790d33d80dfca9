"""Plan › Strategies and milestones, left side: the plan as a tree, kept open across refreshes."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from cisdesk.activity.plan_outline import CommitteeNode, ResultNode, StrategyNode
from cisdesk.ui.catalog_text import ui_text
from cisdesk.ui.views.plan.common import KEY_ROLE, status_text


def _result_detail(result: ResultNode) -> str:
    parts = [result.start_semester or ""]
    if result.regional:
        parts.append(ui_text("ui.plan.regional"))
    if result.retired_in:
        parts.append(ui_text("ui.plan.retired", semester=result.retired_in))
    return " · ".join(p for p in parts if p)


def nuclei_text(nuclei: str | None) -> str:
    """ "nucleus 5", "nuclei 1, 2": the priority nuclei a milestone works on."""
    numbers = [n.strip() for n in (nuclei or "").split(",") if n.strip()]
    if not numbers:
        return ""
    if len(numbers) == 1:
        return QCoreApplication.translate("PlanPage", "nucleus %1").replace("%1", numbers[0])
    return QCoreApplication.translate("PlanPage", "nuclei %1").replace("%1", ", ".join(numbers))


class PlanTree(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planTree")
        self.setHeaderLabels([self.tr("Plan"), self.tr("Details")])
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.header().setStretchLastSection(False)

    def rebuild(self, outline: list[CommitteeNode]) -> None:
        """Redraw from ``outline`` without signals, keeping the open branches open."""
        expanded = self.expanded_keys()
        self.blockSignals(True)
        self.clear()
        for committee in outline:
            item = self._item(
                None, "committee", committee.id, f"{committee.code} — {committee.name}", ""
            )
            for strategy in committee.strategies:
                self._strategy(item, strategy)
        self._restore_expanded(expanded)
        self.blockSignals(False)

    def _strategy(self, parent: QTreeWidgetItem, strategy: StrategyNode) -> None:
        period = f"{strategy.period_start or '?'} – {strategy.period_end or '?'}"
        node = self._item(
            parent,
            "strategy",
            strategy.id,
            self.tr("Strategy %1").replace("%1", period),
            f"{ui_text('ui.plan.version', n=strategy.version)} · {status_text(strategy.status)}",
        )
        folder = self._folder(node, self.tr("Thematic combos"))
        for combo in strategy.combos:
            combo_item = self._item(
                folder,
                "thematic_combo",
                combo.id,
                self.tr("Combo %1. %2")
                .replace("%1", str(combo.number))
                .replace("%2", combo.title or ""),
                "",
            )
            for line in combo.lines:
                self._item(combo_item, "combo_line", line.id, f"{line.number}. {line.text}", "")
        folder = self._folder(node, self.tr("Milestones"))
        for milestone in strategy.milestones:
            tags = nuclei_text(milestone.nuclei)
            if milestone.retired_in:
                tags += " · " + ui_text("ui.plan.retired", semester=milestone.retired_in)
            m_item = self._item(
                folder,
                "milestone",
                milestone.id,
                self.tr("Milestone %1. %2")
                .replace("%1", str(milestone.number))
                .replace("%2", milestone.text or ""),
                tags,
            )
            for result in milestone.results:
                self._item(
                    m_item,
                    "result",
                    result.id,
                    self.tr("Result %1.%2 %3")
                    .replace("%1", str(milestone.number))
                    .replace("%2", str(result.number))
                    .replace("%3", result.text or ""),
                    _result_detail(result),
                )

    def _item(
        self, parent: QTreeWidgetItem | None, table: str, row_id: str, text: str, detail: str | None
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text, detail or ""])
        item.setToolTip(0, text)
        item.setData(0, KEY_ROLE, (table, row_id))
        if parent is None:
            self.addTopLevelItem(item)
        else:
            parent.addChild(item)
        return item

    def _folder(self, parent: QTreeWidgetItem, text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text, ""])
        item.setData(0, KEY_ROLE, ("folder", f"{parent.data(0, KEY_ROLE)[1]}/{text}"))
        parent.addChild(item)
        return item

    def all_items(self) -> list[QTreeWidgetItem]:
        items: list[QTreeWidgetItem] = []
        stack = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while stack:
            item = stack.pop()
            items.append(item)
            stack.extend(item.child(i) for i in range(item.childCount()))
        return items

    def expanded_keys(self) -> set[tuple[str, str]]:
        return {tuple(i.data(0, KEY_ROLE)) for i in self.all_items() if i.isExpanded()}

    def _restore_expanded(self, keys: set[tuple[str, str]]) -> None:
        for item in self.all_items():
            if not keys:
                if item.data(0, KEY_ROLE)[0] in ("committee", "strategy"):
                    item.setExpanded(True)
            elif tuple(item.data(0, KEY_ROLE)) in keys:
                item.setExpanded(True)

    def find_item(self, table: str, row_id: str) -> QTreeWidgetItem | None:
        for item in self.all_items():
            if tuple(item.data(0, KEY_ROLE)) == (table, row_id):
                return item
        return None

    def select_row(self, table: str, row_id: str) -> bool:
        item = self.find_item(table, row_id)
        if item is None:
            return False
        self.setCurrentItem(item)
        return True
