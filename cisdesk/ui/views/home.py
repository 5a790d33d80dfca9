"""Home: where this install stands — progress, what is due, what is late, what is unsent.

The statistics come from :func:`cisdesk.activity.dashboard.build_dashboard`,
computed off the UI thread so the window shows at once on a large regional record.
At start they come from the local cache when the record has not changed since
(:mod:`cisdesk.activity.home_cache`); after a change only the parts it touched are
recomputed (:mod:`cisdesk.activity.dashboard_update`) and redrawn.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cisdesk.activity.home_figures import (
    NO_REPORT,
    PARTS,
    Dashboard,
    GroupProgress,
    MeetingItem,
    current_semester,
)
from cisdesk.errors import CisdeskError
from cisdesk.ui import labels
from cisdesk.ui.catalog_text import ui_text
from cisdesk.ui.dialogs.errors import show_error
from cisdesk.ui.status_bar import opening_text
from cisdesk.ui.widgets.charts import Bar, BarChart, StackedBar, StackedBarChart
from cisdesk.ui.widgets.first_steps import FirstStepsBox
from cisdesk.ui.widgets.lazy_table import LazyTable
from cisdesk.ui.widgets.matrix import MatrixColumn, MatrixRow, StatusMatrix
from cisdesk.ui.widgets.refresh import RefreshGate, alive
from cisdesk.ui.widgets.status import (
    STATUS_COLORS,
    country_name,
    home_title,
    status_color,
    status_label,
    status_legend,
)

if TYPE_CHECKING:
    # The page also shows before the record is open, from Home's cached figures: what
    # needs the database layer is imported where it is used, once the record is open.
    from cisdesk.activity.conflicts import ConflictItem
    from cisdesk.activity.dashboard_update import Changes
    from cisdesk.activity.home_figures import FirstSteps
    from cisdesk.activity.home_snapshot import Snapshot
    from cisdesk.db.changes import OpChanges
    from cisdesk.ui.context import AppContext

#: What the background work hands back: the figures, the parts redone, conflicts, first steps.
Loaded = tuple[Dashboard, frozenset[str], "list[ConflictItem]", "FirstSteps"]

OVERDUE_COLOR = QColor("#c62828")
#: How many rows of a table its columns are fitted to (Qt's default: 1,000).
FIT_ROWS = 100


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # Columns fit their first rows: a regional semester lists well over a thousand meetings.
    table.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)
    return table


def _fit_height(table: QTableWidget | LazyTable, max_rows: int = 10) -> None:
    rows = min(max(table.rowCount(), 1), max_rows)
    height = table.horizontalHeader().height() + rows * table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(height + 2 * table.frameWidth() + 2)


class HomePage(QWidget):
    """Dashboard of this install (at SISCA: of the whole region)."""

    #: Asks the window to show another page, by key ("sync", ...).
    navigate = Signal(str)

    def __init__(
        self,
        ctx: "AppContext | None",
        parent: QWidget | None = None,
        snapshot: "Snapshot | None" = None,
    ) -> None:
        """Home of the open record ``ctx``; or, with no record yet (``ctx`` None), Home's
        cached figures ``snapshot`` shown while the record opens, for reading only."""
        super().__init__(parent)
        if ctx is None and snapshot is None:
            raise ValueError("Home needs its record or its cached figures")
        self.ctx = ctx
        self.snapshot = snapshot
        self.dashboard: Dashboard | None = None
        #: What changed since the figures shown were computed (None: nothing known).
        self._pending: Changes | None = None
        #: The parts redrawn by the last update (for tests and the status line).
        self.last_parts: frozenset[str] = frozenset()
        #: Conflicts waiting for a person, named as people know their rows.
        self.conflicts: list[ConflictItem] = []
        self._loading = False
        self._again = False
        if ctx is not None:
            install = ctx.record.install
            regional = install.is_regional
            self._owner: tuple[str | None, str | None] = (install.country, install.site_name)
        else:
            assert snapshot is not None
            regional = snapshot.board.regional
            self._owner = (snapshot.country, snapshot.site_name)

        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.semester_box = QComboBox()
        self.semester_box.setObjectName("semester")
        self.ppt_label = QLabel()
        self.status_label = QLabel()
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(QLabel(self.tr("Semester:")))
        header.addWidget(self.semester_box)
        header.addWidget(self.ppt_label)

        self.committee_chart = StackedBarChart()
        self.committee_chart.setObjectName("committeeChart")
        self.nucleus_chart = BarChart(color="#00897b")
        self.nucleus_chart.setObjectName("nucleusChart")
        self.nucleus_chart.label_width = None  # fits the names, up to half the width
        self.due_table = _table([self.tr("Result"), self.tr("Status"), self.tr("Text")])
        self.due_table.setObjectName("dueTable")
        self.overdue_table = _table(
            [self.tr("Due"), self.tr("Days late"), self.tr("Responsible"), self.tr("Agreement")]
        )
        self.overdue_table.setObjectName("overdueTable")
        self.meetings_table = LazyTable(
            [self.tr("Date"), self.tr("Kind"), self.tr("Committee"), self.tr("Meeting")]
        )
        self.meetings_table.setObjectName("meetingsTable")
        self.unexported_label = QLabel()
        self.unexported_label.setObjectName("unexported")
        self.unexported_label.setWordWrap(True)
        to_sync = QPushButton(self.tr("Go to Sync"))
        to_sync.clicked.connect(lambda: self.navigate.emit("sync"))

        self.conflicts_label = QLabel()
        self.conflicts_label.setObjectName("conflictsOnHome")
        self.conflicts_label.setWordWrap(True)
        to_conflicts = QPushButton(self.tr("Review them on the Sync page"))
        to_conflicts.clicked.connect(lambda: self.navigate.emit("sync"))
        self.conflicts_group = self._group(
            self.tr("Conflicts to review"), self.conflicts_label, to_conflicts
        )
        self.conflicts_group.setStyleSheet("QGroupBox { color: #a04000; font-weight: bold; }")
        self.conflicts_group.hide()

        self.first_steps = FirstStepsBox(self.save_public_key)
        self.first_steps.navigate.connect(self.navigate)
        self.first_steps.hide()

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.first_steps)
        column.addWidget(self.conflicts_group)
        committee_note = QLabel(
            self.tr(
                "Beside each committee: its average progress. At the end of each bar: how many "
                "of its results the bar counts. The colours split them by status."
            )
        )
        committee_note.setWordWrap(True)
        committee_note.setObjectName("committeeNote")
        self.committee_group = self._group(
            self.tr("Progress by committee"), self.committee_chart, committee_note
        )
        column.addWidget(self.committee_group)
        # Which nuclei a milestone serves is cisdesk's own reading: say so where it drives a chart.
        self.tags_note = QLabel(ui_text("report.tags_note"))
        self.tags_note.setObjectName("tagsNote")
        self.tags_note.setWordWrap(True)
        column.addWidget(
            self._group(self.tr("Progress by priority nucleus"), self.nucleus_chart, self.tags_note)
        )
        if regional:
            self.matrix = StatusMatrix()
            self.matrix.setObjectName("statusMatrix")
            scroll = QScrollArea()
            scroll.setWidget(self.matrix)
            scroll.setWidgetResizable(False)
            self.matrix_scroll = scroll
            legend = QLabel(
                "  ".join(
                    f"<span style='color:{STATUS_COLORS[s]}'>{'□' if s == NO_REPORT else '■'}"
                    f"</span> {label}"
                    for s, label in status_legend()
                )
            )
            column.addWidget(
                self._group(self.tr("Latest status by country and result"), scroll, legend)
            )
        else:
            self.matrix = None
        self.due_group = self._group(self.tr("Results starting this semester"), self.due_table)
        column.addWidget(self.due_group)
        self.overdue_group = self._group(self.tr("Overdue agreements"), self.overdue_table)
        column.addWidget(self.overdue_group)
        self.long_meeting_note = QLabel(ui_text("guideline.virtual_orange"))
        self.long_meeting_note.setObjectName("longMeetingNote")
        self.long_meeting_note.setStyleSheet("color: #e65100;")
        self.long_meeting_note.setWordWrap(True)
        self.meetings_group = self._group(
            self.tr("Meetings this semester"), self.meetings_table, self.long_meeting_note
        )
        column.addWidget(self.meetings_group)
        unsent = QHBoxLayout()
        unsent.addWidget(self.unexported_label, 1)
        unsent.addWidget(to_sync)
        unsent_box = QGroupBox(self.tr("Not yet exported"))
        unsent_box.setLayout(unsent)
        column.addWidget(unsent_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.status_label)
        layout.addWidget(scroll, 1)

        #: The cached figures drawn while the record opened, until the record's are drawn.
        self._cached_shown: Dashboard | None = None
        if ctx is None:
            assert snapshot is not None
            # Read only until the record is open: its semester, its figures, no updates.
            board = snapshot.board
            self.semester_box.addItem(self.tr("%1 (current)").replace("%1", board.semester))
            self.status_label.setText(opening_text())
            if snapshot.steps is not None:
                self.first_steps.show_steps(snapshot.steps)  # so the page does not shift
            self._show(board)
            self._cached_shown = board
            return
        self._start(ctx)

    def _start(self, ctx: "AppContext") -> None:
        self.ctx = ctx
        self._fill_semesters()
        self.semester_box.currentIndexChanged.connect(lambda _i: self.refresh())
        ctx.record_changed.connect(self._note_changes)
        self._gate = RefreshGate(self, ctx, (), self.refresh)
        self.refresh()

    def attach(self, ctx: "AppContext") -> bool:
        """The record is open: this page, showing the cached figures, becomes its Home and
        computes (usually: confirms) them. False when it cannot (the record is not the one
        the figures were cached for): the caller builds a new page."""
        if self.ctx is not None or self.snapshot is None:
            return False
        install = ctx.record.install
        if install.is_regional != self.snapshot.board.regional:
            return False
        self._owner = (install.country, install.site_name)
        self.semester_box.clear()
        self._start(ctx)
        return True

    def _group(self, title: str, *widgets: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        for widget in widgets:
            layout.addWidget(widget)
        return box

    def _fill_semesters(self) -> None:
        from cisdesk.activity.dashboard import semesters_with_activity

        assert self.ctx is not None
        today = self.ctx.record.today()
        current = current_semester(today)
        labels = semesters_with_activity(self.ctx.record, today)
        self.semester_box.blockSignals(True)
        self.semester_box.clear()
        for label in reversed(labels):
            text = self.tr("%1 (current)").replace("%1", label) if label == current else label
            self.semester_box.addItem(text, label)
        self.semester_box.setCurrentIndex(max(self.semester_box.findData(current), 0))
        self.semester_box.blockSignals(False)

    def semester(self) -> str:
        if self.ctx is None:
            assert self.snapshot is not None
            return self.snapshot.board.semester
        return str(self.semester_box.currentData() or current_semester(self.ctx.record.today()))

    def set_semester(self, label: str) -> None:
        index = self.semester_box.findData(label)
        if index >= 0:
            self.semester_box.setCurrentIndex(index)

    # --- loading ----------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self._loading

    def _note_changes(self, changed: "OpChanges") -> None:
        from cisdesk.activity.dashboard_update import Changes

        change = Changes.of(changed, getattr(changed, "ids", {}))
        self._pending = change if self._pending is None else self._pending.merged(change)

    def refresh(self) -> None:
        """Bring the statistics up to date in the background; the page updates when they
        arrive. Only the parts the changes since the last update touched are recomputed."""
        if self.ctx is None:
            return  # cached figures shown while the record opens: the record's page updates
        from cisdesk.activity import first_steps, home_cache
        from cisdesk.activity.conflicts import list_conflicts

        if self._loading:
            self._again = True
            return
        self._loading = True
        self.status_label.setText(self.tr("Updating…"))
        record, semester, board = self.ctx.record, self.semester(), self.dashboard
        lang = "es" if labels.spanish() else "en"
        pending, self._pending = self._pending, None
        if board is not None and board.semester == semester and pending is not None:
            changes = pending

            def figures(steps: "FirstSteps") -> tuple[Dashboard, frozenset[str]]:
                return home_cache.updated(record, board, changes, steps)
        else:

            def figures(steps: "FirstSteps") -> tuple[Dashboard, frozenset[str]]:
                return home_cache.dashboard(record, semester, steps)[0], PARTS

        def work(_progress: object) -> Loaded:
            steps = first_steps.first_steps(record)  # shown, and kept with the figures
            dashboard, parts = figures(steps)
            return dashboard, parts, list_conflicts(record, lang=lang), steps

        self.ctx.tasks.run(
            self,
            self.tr("Updating the dashboard"),
            work,
            self._loaded,
            self._failed,
            show_dialog=False,
        )

    def _loaded(self, loaded: Loaded) -> None:
        if not alive(self):
            return
        dashboard, parts, self.conflicts, steps = loaded
        self.first_steps.show_steps(steps)
        self._loading = False
        self.dashboard = dashboard
        self.last_parts = parts
        self._show(dashboard, parts)
        if self._again:
            self._again = False
            self.refresh()
            return
        self.status_label.clear()

    def _failed(self, exc: BaseException) -> None:
        if not alive(self):
            return
        self._loading = False
        self.dashboard = None  # the next update starts from scratch
        self.status_label.setText(
            self.tr("The dashboard could not be computed: %1").replace("%1", str(exc))
        )

    # --- showing ----------------------------------------------------------------------
    def _show(self, board: Dashboard, parts: frozenset[str] = PARTS) -> None:
        """Draw the parts of ``board`` named in ``parts`` (the others are unchanged)."""
        cached, self._cached_shown = self._cached_shown, None
        if parts == PARTS and cached is not None and board == cached:
            parts = frozenset()  # drawn already: the record confirms its cached figures
        if board.regional:
            self.title.setText(self.tr("SISCA — the region"))
        else:
            country, site_name = self._owner
            self.title.setText(home_title(country_name(country), site_name))
        if "ppt" in parts:
            self.ppt_label.setText(
                self.tr("PPT: %1").replace("%1", country_name(board.ppt_country) or "—")
            )
        self._show_conflicts()
        if "progress" in parts:
            self._show_committees(board.by_committee)
            self._show_nuclei(board.by_nucleus)
            if self.matrix is not None and board.matrix is not None:
                self._show_matrix(board)
            self._show_due(board)
        if "overdue" in parts:
            self._show_overdue(board)
        if "meetings" in parts:
            self._show_meetings(board)
        if "unexported" in parts:
            self._show_unexported(board)

    def _show_unexported(self, board: Dashboard) -> None:
        if board.unexported:
            names = self._table_names()
            parts = ", ".join(
                f"{names.get(table, table)} {count}" for table, count in board.unexported_by_table
            )
            self.unexported_label.setText(
                self.tr("Field changes made here and not exported yet: %1.").replace(
                    "%1", str(board.unexported)
                )
                + (f" ({parts})" if parts else "")
            )
        else:
            self.unexported_label.setText(self.tr("Everything made here has been exported."))

    def save_public_key(self) -> None:
        """First step: save this install's public key to a file, to send it."""
        assert self.ctx is not None
        install = self.ctx.record.install
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the public key"),
            f"cisdesk-{install.owner}.pub",
            self.tr("cisdesk public keys (*.pub)"),
        )
        if path:
            self.save_public_key_to(path)

    def save_public_key_to(self, path: str) -> bool:
        from cisdesk.activity import first_steps

        assert self.ctx is not None
        try:
            first_steps.save_public_key(self.ctx.record, path)
        except (CisdeskError, OSError) as exc:
            show_error(self, exc)
            return False
        self.ctx.notify({"setting"})
        self.refresh()
        return True

    def _show_conflicts(self) -> None:
        """Conflicts need a person: Home names the first few and leads to where to settle them."""
        count = len(self.conflicts)
        self.conflicts_group.setVisible(bool(count))
        self.conflicts_group.setTitle(self.tr("Conflicts to review (%1)").replace("%1", str(count)))
        shown = [f"• {item.what}" for item in self.conflicts[:5]]
        if count > 5:
            shown.append(self.tr("… and %1 more.").replace("%1", str(count - 5)))
        self.conflicts_label.setText("\n".join(shown))

    def _table_names(self) -> dict[str, str]:
        return {
            "progress_report": self.tr("progress reports"),
            "evidence": self.tr("evidence"),
            "meeting": self.tr("meetings"),
            "agreement": self.tr("agreements"),
            "agreement_followup": self.tr("follow-ups"),
            "proposal": self.tr("proposals"),
            "delegate": self.tr("delegates"),
            "capacity_activity": self.tr("capacity building"),
            "strategy": self.tr("strategies"),
            "milestone": self.tr("milestones"),
            "result": self.tr("results"),
            "ppt_term": self.tr("PPT calendar"),
        }

    def _average(self, group: GroupProgress) -> tuple[str, str]:
        """(short figure, tooltip lines): the mean of the reported pairs, as in the PDFs.

        A group nobody reported on reads "no report", never 0 %.
        """
        coverage = ui_text("report.coverage_country", n=group.reported, total=group.total)
        if group.average_percent is None:
            return status_label(NO_REPORT), coverage
        figure = f"{group.average_percent:.0f}"
        return f"{figure} %", self.tr("Average progress: %1 %").replace("%1", figure) + (
            "\n" + coverage
        )

    def _show_committees(self, groups: list[GroupProgress]) -> None:
        order = [s for s, _label in status_legend()]
        bars = []
        for group in groups:
            segments = tuple((s, group.counts.get(s, 0)) for s in order if group.counts.get(s))
            figure, average = self._average(group)
            label = f"{group.key} · {figure}"
            tooltip = (
                f"{group.label}\n"
                + average
                + "\n"
                + "\n".join(f"{status_label(k)}: {n}" for k, n in segments)
            )
            bars.append(StackedBar(label, segments, tooltip))
        self.committee_chart.set_data(bars, {s: status_color(s) for s in order}, status_legend())

    def _show_nuclei(self, groups: list[GroupProgress]) -> None:
        bars = []
        for g in groups:
            figure, average = self._average(g)
            tooltip = (
                f"{g.label}\n"
                + average
                + "\n"
                + self.tr("%1 of %2 completed")
                .replace("%1", str(g.counts.get("completed", 0)))
                .replace("%2", str(g.total))
            )
            bars.append(Bar(g.label, g.average_percent, tooltip, figure))
        self.nucleus_chart.set_bars(bars)

    def _show_matrix(self, board: Dashboard) -> None:
        assert board.matrix is not None and self.matrix is not None
        matrix = board.matrix
        rows = [MatrixRow(code, country_name(code)) for code in matrix.countries]
        columns = [MatrixColumn(r.id, r.label, r.text) for r in matrix.results]
        cells = {
            (country, result.id): matrix.status(country, result.id)
            for country in matrix.countries
            for result in matrix.results
        }
        self.matrix.set_data(
            rows,
            columns,
            cells,
            {s: status_color(s) for s in STATUS_COLORS},
            dict(status_legend()),
        )
        self.matrix.resize(self.matrix.sizeHint())
        bar = self.matrix_scroll.horizontalScrollBar().sizeHint().height()
        self.matrix_scroll.setMinimumHeight(self.matrix.sizeHint().height() + bar + 4)

    def _show_due(self, board: Dashboard) -> None:
        table = self.due_table
        table.setRowCount(0)
        for due in board.due_this_semester:
            row = table.rowCount()
            table.insertRow(row)
            reports = list(due.statuses.values())
            if board.regional:
                done = sum(1 for r in reports if r and r.status == "completed")
                status = (
                    self.tr("completed in %1 of %2 countries")
                    .replace("%1", str(done))
                    .replace("%2", str(len(reports)))
                )
            else:
                report = reports[0] if reports else None
                status = status_label(report.status if report else NO_REPORT)
                if report and report.percent is not None:
                    status += f" ({report.percent} %)"
            for column, text in enumerate((due.result.label, status, due.result.text)):
                item = QTableWidgetItem(text)
                item.setToolTip(due.result.text)
                table.setItem(row, column, item)
        self.due_group.setTitle(
            self.tr("Results starting in %1 (%2)")
            .replace("%1", board.semester)
            .replace("%2", str(table.rowCount()))
        )
        _fit_height(table)

    def _show_overdue(self, board: Dashboard) -> None:
        table = self.overdue_table
        table.setUpdatesEnabled(False)
        table.setRowCount(len(board.overdue_agreements))
        bold = QFont(table.font())
        bold.setBold(True)
        red = QBrush(OVERDUE_COLOR)
        names: dict[str | None, str] = {}
        dates: dict[object, str] = {}
        for row, item_data in enumerate(board.overdue_agreements):
            who, due = item_data.responsible_country, item_data.due_date
            if who not in names:
                names[who] = country_name(who)
            if due not in dates:
                dates[due] = labels.date(due)
            values = (dates[due], str(item_data.days_overdue), names[who], item_data.text)
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setForeground(red)
                item.setFont(bold)
                item.setToolTip(item_data.text)
                table.setItem(row, column, item)
        table.setUpdatesEnabled(True)
        count = board.overdue_total
        self.overdue_group.setTitle(self.tr("Overdue agreements (%1)").replace("%1", str(count)))
        self.overdue_group.setStyleSheet(
            "QGroupBox { color: #c62828; font-weight: bold; }" if count else ""
        )
        _fit_height(table)

    def _show_meetings(self, board: Dashboard) -> None:
        kinds = {
            "joint": self.tr("Joint meeting"),
            "committee": self.tr("Committee session"),
            "urgent": self.tr("Urgent consultation"),
        }
        table = self.meetings_table
        virtual = " · " + self.tr("virtual")
        regional = board.regional
        # A regional semester lists over a thousand meetings: the table asks for the rows
        # it shows; names and dates are worded once each.
        owners: dict[str | None, str] = {}
        dates: dict[object, str] = {}

        def texts(meeting: MeetingItem) -> tuple[str, ...]:
            kind = kinds.get(meeting.kind or "", meeting.kind or "")
            if meeting.virtual:
                kind += virtual
            title = meeting.title
            if regional:
                if meeting.owner not in owners:
                    owners[meeting.owner] = country_name(meeting.owner)
                title = f"{owners[meeting.owner]}: {title}"
            if meeting.date not in dates:
                dates[meeting.date] = labels.date(meeting.date)
            return (dates[meeting.date], kind, meeting.committee_code or "—", title)

        table.set_rows(
            board.meetings_this_semester,
            texts,
            lambda meeting: meeting.exceeds_virtual_limit,
            ui_text("guideline.virtual_over"),
            QBrush(QColor("#e65100")),
        )
        self.long_meeting_note.setVisible(
            any(m.exceeds_virtual_limit for m in board.meetings_this_semester)
        )
        self.meetings_group.setTitle(
            self.tr("Meetings in %1 (%2)")
            .replace("%1", board.semester)
            .replace("%2", str(table.rowCount()))
        )
        _fit_height(table)

    def overdue_texts(self) -> list[str]:
        """The agreements listed as overdue (what a person sees in red)."""
        return [
            self.overdue_table.item(row, 3).text() for row in range(self.overdue_table.rowCount())
        ]
