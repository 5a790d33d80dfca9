"""Sync › History: the bundles offered for import, the missing ones, and those exported."""

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cisdesk.activity.dashboard import sequence_gaps
from cisdesk.sync.overview import export_history, import_history
from cisdesk.ui.context import AppContext
from cisdesk.ui.views.sync.common import (
    OUTCOME_COLORS,
    append_row,
    make_table,
    origin,
    outcome_names,
    shown,
    when,
)


class HistoryTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.history_table = make_table(
            [
                self.tr("When"),
                self.tr("File"),
                self.tr("From"),
                self.tr("Bundle"),
                self.tr("Outcome"),
                self.tr("Changes"),
                self.tr("Applied"),
                self.tr("Conflicts"),
                self.tr("Reason or warnings"),
            ]
        )
        self.history_table.setObjectName("historyTable")
        self.gaps_label = QLabel()
        self.gaps_label.setObjectName("gaps")
        self.gaps_label.setWordWrap(True)
        self.export_table = make_table(
            [
                self.tr("Bundle"),
                self.tr("When"),
                self.tr("Changes"),
                self.tr("Full"),
                self.tr("File"),
            ]
        )
        self.export_table.setObjectName("exportTable")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Bundles offered for import, newest first:")))
        layout.addWidget(self.history_table, 2)
        layout.addWidget(self.gaps_label)
        layout.addWidget(QLabel(self.tr("Bundles exported from this install:")))
        layout.addWidget(self.export_table, 1)

    def refresh(self, names: dict[str, str]) -> None:
        """Refill from the logs; ``names`` maps site ids to install names."""
        record = self.ctx.record
        names_of_outcomes = outcome_names()
        table = self.history_table
        table.setRowCount(0)
        for log in import_history(record):
            append_row(
                table,
                [
                    when(log.imported_at),
                    log.file_name,
                    origin(log.origin_country, log.origin_site, names),
                    shown(log.seq),
                    names_of_outcomes.get(log.outcome, log.outcome),
                    str(log.changes),
                    str(log.applied),
                    str(log.conflicts),
                    log.reason or "",
                ],
                OUTCOME_COLORS.get(log.outcome),
            )
        gaps = sequence_gaps(record)
        if gaps:
            lines = [
                self.tr("%1: bundles %2 to %3 never arrived.")
                .replace("%1", names.get(g.site_id, g.site_id[:8]))
                .replace("%2", str(g.first))
                .replace("%3", str(g.last))
                for g in gaps
            ]
            self.gaps_label.setText(self.tr("Missing bundles:") + "\n" + "\n".join(lines))
            self.gaps_label.setStyleSheet("color: #e65100;")
        else:
            self.gaps_label.setText(self.tr("No bundle is missing from any site."))
            self.gaps_label.setStyleSheet("")
        table = self.export_table
        table.setRowCount(0)
        for export in export_history(record):
            append_row(
                table,
                [
                    str(export.seq),
                    when(export.created_at),
                    str(export.changes),
                    shown(export.full),
                    export.path or "",
                ],
            )
