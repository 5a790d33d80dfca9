"""Reports: PDF summaries (annual, country, committee) and Excel workbooks.

Each action calls a function of :mod:`cisdesk.reports` in the background with
progress and cancel, then says where the file is and offers to open it.
"""

import importlib.util
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cisdesk.activity import readmodel
from cisdesk.countries import COUNTRY_CODES
from cisdesk.errors import CisdeskError
from cisdesk.ui.catalog_text import ui_text
from cisdesk.ui.context import AppContext
from cisdesk.ui.dialogs.errors import show_error
from cisdesk.ui.settings import Settings
from cisdesk.ui.widgets.refresh import alive
from cisdesk.ui.widgets.status import country_name, english

#: Year spin box value meaning "every year".
ALL_YEARS = 0


def _available(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


class ReportsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = Settings()
        self.regional = ctx.record.install.is_regional
        #: The last file written or imported, and what the core said about it.
        self.last_result: Any = None
        layout = QVBoxLayout(self)
        if _available("cisdesk.reports.pdf"):
            layout.addWidget(self._pdf_box())
        else:
            layout.addWidget(QLabel(self.tr("PDF reports are not available in this version.")))
        if _available("cisdesk.reports.excel_export"):
            layout.addWidget(self._excel_box())
        else:
            layout.addWidget(QLabel(self.tr("Excel workbooks are not available in this version.")))
        self.result_label = QLabel()
        self.result_label.setObjectName("reportResult")
        self.result_label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open the file"))
        self.open_button.setVisible(False)
        self.open_button.clicked.connect(self._open_last)
        row = QHBoxLayout()
        row.addWidget(self.result_label, 1)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        layout.addStretch(1)
        self._last_path: Path | None = None

    def refresh(self) -> None:
        """Nothing to reload: every action reads the record when it runs."""

    # --- building ---------------------------------------------------------------------
    def _language_box(self) -> QComboBox:
        box = QComboBox()
        box.addItem("Español", "es")
        box.addItem("English", "en")
        box.setCurrentIndex(1 if english() else 0)
        return box

    def _country_box(self) -> QComboBox:
        box = QComboBox()
        if self.regional:
            for code in COUNTRY_CODES:
                box.addItem(country_name(code), code)
        else:
            code = str(self.ctx.record.install.country)
            box.addItem(country_name(code), code)
            box.setEnabled(False)
        return box

    def _pdf_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("PDF report"))
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("reportKind")
        self.kind_box.addItem(self.tr("Annual report on the committees' work"), "annual")
        self.kind_box.addItem(self.tr("Country summary"), "country")
        self.kind_box.addItem(self.tr("Committee summary"), "committee")
        self.year_box = QSpinBox()
        self.year_box.setObjectName("reportYear")
        self.year_box.setRange(ALL_YEARS, 2100)
        self.year_box.setSpecialValueText(self.tr("all years"))
        self.year_box.setValue(self.ctx.record.today().year)
        # The annual report covers a calendar year or any run of months (May 2017–April 2018).
        self.period_mode = QComboBox()
        self.period_mode.setObjectName("reportPeriodMode")
        self.period_mode.addItem(ui_text("ui.report.by_year"), "year")
        self.period_mode.addItem(ui_text("ui.report.by_months"), "months")
        self.period_from = self._month_edit("reportFrom", 1)
        self.period_to = self._month_edit("reportTo", 12)
        months = QHBoxLayout()
        months.addWidget(self.period_mode)
        months.addWidget(self.period_from)
        months.addWidget(QLabel("–"))
        months.addWidget(self.period_to)
        months.addStretch(1)
        self.pdf_country = self._country_box()
        self.committee_box = QComboBox()
        for code in readmodel.COMMITTEE_ORDER:
            self.committee_box.addItem(code, code)
        self.pdf_language = self._language_box()
        write = QPushButton(self.tr("Write the PDF…"))
        write.setObjectName("writePdf")
        write.clicked.connect(self._choose_pdf)
        form = QFormLayout(box)
        form.addRow(self.tr("Report:"), self.kind_box)
        form.addRow(self.tr("Year:"), self.year_box)
        form.addRow(ui_text("ui.report.period"), months)
        form.addRow(self.tr("Country:"), self.pdf_country)
        form.addRow(self.tr("Committee:"), self.committee_box)
        form.addRow(self.tr("Language:"), self.pdf_language)
        form.addRow("", write)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.period_mode.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        return box

    def _month_edit(self, name: str, month: int) -> QDateEdit:
        edit = QDateEdit(QDate(self.ctx.record.today().year, month, 1))
        edit.setObjectName(name)
        edit.setDisplayFormat("yyyy-MM")
        return edit

    def _kind_changed(self) -> None:
        kind = self.kind_box.currentData()
        self.pdf_country.setEnabled(kind == "country" and self.regional)
        self.committee_box.setEnabled(kind == "committee")
        self.year_box.setMinimum(2000 if kind == "annual" else ALL_YEARS)
        months = kind == "annual" and self.period_mode.currentData() == "months"
        self.period_mode.setEnabled(kind == "annual")
        self.period_from.setEnabled(months)
        self.period_to.setEnabled(months)
        self.year_box.setEnabled(not months)

    def period(self) -> tuple[str, str] | None:
        """The months chosen for the annual report, or None for a calendar year."""
        if self.kind_box.currentData() != "annual" or self.period_mode.currentData() != "months":
            return None
        return (
            self.period_from.date().toString("yyyy-MM"),
            self.period_to.date().toString("yyyy-MM"),
        )

    def _excel_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Excel"))
        layout = QVBoxLayout(box)
        export = QPushButton(self.tr("Export the whole record to Excel…"))
        export.setObjectName("excelExport")
        export.clicked.connect(self._choose_excel_export)
        layout.addWidget(export, 0, Qt.AlignmentFlag.AlignLeft)
        template_row = QHBoxLayout()
        self.template_country = self._country_box()
        self.template_language = self._language_box()
        template = QPushButton(self.tr("Write a progress template…"))
        template.setObjectName("excelTemplate")
        template.clicked.connect(self._choose_template)
        template_row.addWidget(template)
        template_row.addWidget(QLabel(self.tr("for")))
        template_row.addWidget(self.template_country)
        template_row.addWidget(self.template_language)
        template_row.addStretch(1)
        layout.addLayout(template_row)
        if not self.regional:
            fill = QPushButton(self.tr("Import a filled template…"))
            fill.setObjectName("excelImport")
            fill.clicked.connect(self._choose_template_import)
            layout.addWidget(fill, 0, Qt.AlignmentFlag.AlignLeft)
            note = QLabel(
                self.tr(
                    "A template is checked whole before anything is recorded; every problem "
                    "names its sheet, row and column."
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        return box

    # --- running ----------------------------------------------------------------------
    def _save_path(self, title: str, name: str, pattern: str) -> str | None:
        start = str(Path(self.settings.last_folder) / name)
        path, _filter = QFileDialog.getSaveFileName(self, title, start, pattern)
        if not path:
            return None
        self.settings.last_folder = str(Path(path).parent)
        return path

    def _run(self, title: str, work: Any, done: Any) -> None:
        self.result_label.setText(self.tr("Working…"))
        self.open_button.setVisible(False)

        def failed(exc: BaseException) -> None:
            if not alive(self):
                return
            self.result_label.setText(str(exc) if isinstance(exc, CisdeskError) else "")
            problems = getattr(exc, "problems", None)
            if problems:
                box = QMessageBox(self)
                box.setIcon(QMessageBox.Icon.Warning)
                box.setWindowTitle(self.tr("Template not imported"))
                box.setText(str(exc))
                box.setDetailedText("\n".join(str(p) for p in problems))
                box.exec()
            else:
                show_error(self, exc)

        self.ctx.tasks.run(self, title, work, done, failed)

    def _choose_pdf(self) -> None:
        kind = str(self.kind_box.currentData())
        path = self._save_path(
            self.tr("Write the PDF report"), f"cisdesk-{kind}.pdf", self.tr("PDF (*.pdf)")
        )
        if path:
            self.write_pdf(path)

    def write_pdf(self, path: str) -> None:
        from cisdesk.reports.pdf import ReportRequest, write_report
        from cisdesk.reports.period import Period

        kind = str(self.kind_box.currentData())
        year = self.year_box.value() or None
        period = self.period()
        if period is not None:
            try:
                Period.parse(*period)  # an end before the start: one sentence, nothing written
            except CisdeskError as exc:
                show_error(self, exc)
                return
            year = None
        request = ReportRequest(
            kind=kind,
            lang=str(self.pdf_language.currentData()),
            year=year,
            period_from=period[0] if period else None,
            period_to=period[1] if period else None,
            country=str(self.pdf_country.currentData()) if kind == "country" else None,
            committee=str(self.committee_box.currentData()) if kind == "committee" else None,
        )
        record = self.ctx.record

        def done(written: Any) -> None:
            self._finished(
                written,
                written.path,
                self.tr("Wrote %1 (%2, %3 pages).")
                .replace("%1", str(written.path))
                .replace("%2", written.title)
                .replace("%3", str(written.pages)),
            )

        self._run(
            self.tr("Writing the PDF report"),
            lambda progress: write_report(record, path, request, progress=progress),
            done,
        )

    def _choose_excel_export(self) -> None:
        path = self._save_path(
            self.tr("Export to Excel"), "cisdesk-record.xlsx", self.tr("Excel (*.xlsx)")
        )
        if path:
            self.export_excel(path)

    def export_excel(self, path: str) -> None:
        from cisdesk.reports.excel_export import export_workbook

        record = self.ctx.record

        def done(summary: Any) -> None:
            self._finished(
                summary,
                summary.path,
                self.tr("Wrote %1: %2 rows in %3 sheets.")
                .replace("%1", str(summary.path))
                .replace("%2", str(summary.rows))
                .replace("%3", str(summary.sheets)),
            )

        self._run(
            self.tr("Exporting to Excel"),
            lambda progress: export_workbook(record, path, progress=progress),
            done,
        )

    def _choose_template(self) -> None:
        code = str(self.template_country.currentData())
        path = self._save_path(
            self.tr("Write a progress template"),
            f"cisdesk-template-{code}.xlsx",
            self.tr("Excel (*.xlsx)"),
        )
        if path:
            self.write_template(path)

    def write_template(self, path: str) -> None:
        from cisdesk.reports.excel_template import write_template

        record = self.ctx.record
        country = str(self.template_country.currentData())
        lang = str(self.template_language.currentData())

        def done(summary: Any) -> None:
            self._finished(
                summary,
                summary.path,
                self.tr("Wrote %1: %2 rows for %3.")
                .replace("%1", str(summary.path))
                .replace("%2", str(summary.rows))
                .replace("%3", country_name(summary.country)),
            )

        self._run(
            self.tr("Writing the template"),
            lambda progress: write_template(
                record, path, country=country, lang=lang, progress=progress
            ),
            done,
        )

    def _choose_template_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a filled template"),
            self.settings.last_folder,
            self.tr("Excel (*.xlsx)"),
        )
        if path:
            self.import_template(path)

    def import_template(self, path: str) -> None:
        from cisdesk.ui.undo import record_done

        record = self.ctx.record

        def done(summary: Any) -> None:
            if summary.changed:
                text = (
                    self.tr("%1: %2 progress reports created, %3 updated.")
                    .replace("%1", summary.path.name)
                    .replace("%2", str(summary.created))
                    .replace("%3", str(summary.updated))
                )
            else:
                text = self.tr("%1: nothing changed.").replace("%1", summary.path.name)
            self._finished(summary, None, text)
            # Written through the forms' gate: undoable like them, and the views refresh
            # from what it changed.
            record_done(self.ctx, self.tr("Import a filled template"), summary.changes)

        self._run(
            self.tr("Importing the template"),
            lambda progress: record.import_template(path, progress=progress),
            done,
        )

    def _finished(self, result: Any, path: Path | None, text: str) -> None:
        if not alive(self):
            return
        self.last_result = result
        self._last_path = Path(path) if path is not None else None
        self.result_label.setText(text)
        self.open_button.setVisible(self._last_path is not None)

    def _open_last(self) -> None:
        if self._last_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._last_path)))
