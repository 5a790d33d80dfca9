"""Printable reports (PDF, reportlab) and workbooks (Excel, openpyxl).

Entry points, each taking a progress callback and writing its file atomically:
:func:`cisdesk.reports.pdf.write_report`, :func:`cisdesk.reports.excel_export.export_workbook`,
:func:`cisdesk.reports.excel_template.write_template` and
:func:`cisdesk.reports.excel_import.import_template`. :mod:`cisdesk.reports.data`
holds the figures they share; nothing here imports Qt.
"""
