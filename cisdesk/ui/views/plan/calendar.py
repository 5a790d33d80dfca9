"""Plan › PPT calendar: which country holds the pro tempore presidency each semester."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cisdesk.activity import plan_edit
from cisdesk.activity.plan_outline import ppt_calendar
from cisdesk.countries import COUNTRY_CODES
from cisdesk.errors import CisdeskError
from cisdesk.ui.context import AppContext
from cisdesk.ui.dialogs.errors import show_error
from cisdesk.ui.undo import perform
from cisdesk.ui.views.plan.common import KEY_ROLE
from cisdesk.ui.widgets.status import country_name


class PptCalendar(QWidget):
    def __init__(self, ctx: AppContext, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editable = editable
        self.ppt_table = QTableWidget(0, 2)
        self.ppt_table.setObjectName("pptTable")
        self.ppt_table.setHorizontalHeaderLabels([self.tr("Semester"), self.tr("PPT")])
        self.ppt_table.verticalHeader().setVisible(False)
        self.ppt_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ppt_table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "The pro tempore presidency rotates every semester; the committees are "
                    "led by the delegates of the country holding it."
                )
            )
        )
        layout.addWidget(self.ppt_table, 1)
        if self.editable:
            add = QPushButton(self.tr("Add the next semester"))
            add.setObjectName("addPptSemester")
            add.clicked.connect(self.add_ppt_semester)
            layout.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)

    def refresh(self) -> None:
        table = self.ppt_table
        table.setRowCount(0)
        for term in ppt_calendar(self.ctx.record):
            row = table.rowCount()
            table.insertRow(row)
            item = QTableWidgetItem(term.semester or "")
            item.setData(KEY_ROLE, term.id)
            table.setItem(row, 0, item)
            if self.editable:
                box = QComboBox()
                for code in COUNTRY_CODES:
                    box.addItem(country_name(code), code)
                box.setCurrentIndex(max(box.findData(term.country), 0))
                box.currentIndexChanged.connect(
                    lambda _i, b=box, term_id=term.id: self.set_ppt_country(
                        term_id, b.currentData()
                    )
                )
                table.setCellWidget(row, 1, box)
            else:
                table.setItem(row, 1, QTableWidgetItem(country_name(term.country)))

    def set_ppt_country(self, term_id: str, country: str) -> bool:
        try:
            perform(
                self.ctx,
                self.tr("Change the PPT"),
                lambda: plan_edit.set_plan_fields(
                    self.ctx.record, "ppt_term", term_id, {"country": country}
                ),
            )
        except CisdeskError as exc:
            show_error(self, exc)
            self.refresh()
            return False
        return True

    def add_ppt_semester(self) -> str | None:
        try:
            changes = perform(
                self.ctx,
                self.tr("Add a semester to the PPT calendar"),
                lambda: plan_edit.add_ppt_semester(self.ctx.record),
            )
        except CisdeskError as exc:
            show_error(self, exc)
            return None
        return changes.row_id

    def ppt_rows(self) -> list[tuple[str, str]]:
        """(semester, country code) as listed, for tests and reports."""
        rows = []
        for row in range(self.ppt_table.rowCount()):
            semester = self.ppt_table.item(row, 0).text()
            box = self.ppt_table.cellWidget(row, 1)
            if isinstance(box, QComboBox):
                rows.append((semester, str(box.currentData())))
            else:
                rows.append((semester, self.ppt_table.item(row, 1).text()))
        return rows
