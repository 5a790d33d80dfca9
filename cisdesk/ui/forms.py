"""Forms whose fields show, beside themselves, why the core refused a value.

The core raises :class:`cisdesk.activity.validation.FieldError` naming the field;
a :class:`FormPanel` marks that field, writes the reason under it in the
interface's language and moves the focus there. A refusal about the record as a
whole (read-only, deleted meanwhile) shows in a line above the fields.
"""

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cisdesk.errors import CisdeskError
from cisdesk.messages import current_language
from cisdesk.ui import labels

INVALID_STYLE = "border: 1px solid #c0392b; background: #fdecea;"
ERROR_LABEL_STYLE = "color: #c0392b;"


def error_text(exc: BaseException) -> str:
    """The reason for a refusal, in the interface's language (the catalogue's, by code)."""
    from cisdesk.ui.tasks import plain_failure

    exc = plain_failure(exc)  # a busy or read-only database: the catalogue's sentence
    if isinstance(exc, CisdeskError):
        return exc.render(current_language())
    return str(exc)


class OptionalDateEdit(QWidget):
    """A date that may be left out (a due date not fixed yet)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(self)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(labels.date_format())
        self.edit.setEnabled(False)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)

    def value(self) -> dt.date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None

    def set_value(self, value: dt.date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))


def date_edit(parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(labels.date_format())
    return edit


def combo(items: list[tuple[Any, str]], parent: QWidget | None = None) -> QComboBox:
    """A combo box whose data are stored values and whose texts are labels."""
    box = QComboBox(parent)
    for value, text in items:
        box.addItem(text, value)
    return box


def select_data(box: QComboBox, value: Any) -> None:
    position = box.findData(value)
    box.setCurrentIndex(position if position >= 0 else (0 if box.count() else -1))


def read_widget(widget: QWidget) -> Any:
    if isinstance(widget, OptionalDateEdit):
        return widget.value()
    if isinstance(widget, QDateEdit):
        return widget.date().toPython()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    raise TypeError(f"no reader for {type(widget).__name__}")


def write_widget(widget: QWidget, value: Any) -> None:
    if isinstance(widget, OptionalDateEdit):
        widget.set_value(value)
    elif isinstance(widget, QDateEdit):
        if value is not None:
            widget.setDate(QDate(value.year, value.month, value.day))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value or 0))
    elif isinstance(widget, QComboBox):
        select_data(widget, value)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value or "")
    elif isinstance(widget, QLineEdit):
        widget.setText("" if value is None else str(value))
    else:
        raise TypeError(f"no writer for {type(widget).__name__}")


def _change_signal(widget: QWidget) -> Any:
    if isinstance(widget, OptionalDateEdit):
        return widget.changed
    if isinstance(widget, QDateEdit):
        return widget.dateChanged
    if isinstance(widget, QCheckBox):
        return widget.toggled
    if isinstance(widget, QSpinBox):
        return widget.valueChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QLineEdit):
        return widget.textChanged
    raise TypeError(f"no change signal for {type(widget).__name__}")


class FormPanel(QWidget):
    """Named fields in a form layout, each with room for the reason it was refused."""

    #: Emitted when any field's value changes.
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(ERROR_LABEL_STYLE)
        self.banner.hide()
        outer.addWidget(self.banner)
        self.layout_ = QFormLayout()
        outer.addLayout(self.layout_)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._initial: dict[str, Any] = {}

    def add(self, name: str, title: str, widget: QWidget) -> QWidget:
        """Add a field named as the core names it; returns the widget."""
        cell = QWidget(self)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel(cell)
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_LABEL_STYLE)
        error.setObjectName(f"error_{name}")
        error.hide()
        column.addWidget(error)
        self.layout_.addRow(title, cell)
        self.fields[name] = widget
        self.errors[name] = error
        _change_signal(widget).connect(lambda *_: self._field_changed(name))
        return widget

    def add_row(self, title: str, widget: QWidget) -> None:
        """A row that is not a field of the record (a hint, a warning)."""
        self.layout_.addRow(title, widget)

    # -- values ------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        return {name: read_widget(widget) for name, widget in self.fields.items()}

    def set_values(self, values: dict[str, Any]) -> None:
        for name, widget in self.fields.items():
            if name in values:
                write_widget(widget, values[name])
        self.mark_clean()

    def mark_clean(self) -> None:
        self._initial = self.values()

    def changed_values(self) -> dict[str, Any]:
        """The fields whose value differs from what was loaded."""
        current = self.values()
        return {k: v for k, v in current.items() if self._initial.get(k, object()) != v}

    def is_dirty(self) -> bool:
        return bool(self.changed_values())

    def set_read_only(self, read_only: bool) -> None:
        """Fields that show their values in normal, readable text but take no input."""
        for widget in self.fields.values():
            if isinstance(widget, QLineEdit | QPlainTextEdit | QAbstractSpinBox):
                widget.setReadOnly(read_only)
            elif isinstance(widget, OptionalDateEdit):
                widget.check.setAttribute(
                    Qt.WidgetAttribute.WA_TransparentForMouseEvents, read_only
                )
                widget.check.setFocusPolicy(
                    Qt.FocusPolicy.NoFocus if read_only else Qt.FocusPolicy.StrongFocus
                )
                widget.edit.setReadOnly(read_only)
                widget.edit.setEnabled(True)
            elif isinstance(widget, QCheckBox | QComboBox):
                # No input, but not greyed out: the value stays easy to read.
                widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, read_only)
                widget.setFocusPolicy(
                    Qt.FocusPolicy.NoFocus if read_only else Qt.FocusPolicy.StrongFocus
                )
            else:
                widget.setEnabled(not read_only)
            widget.setProperty("readOnlyField", read_only)

    def is_read_only(self, name: str) -> bool:
        return bool(self.fields[name].property("readOnlyField"))

    # -- refusals ------------------------------------------------------------------------

    def show_error(self, exc: BaseException) -> None:
        """Mark the refused field with the reason beside it, or show it above the form."""
        self.clear_errors()
        field = getattr(exc, "field", None)
        message = error_text(exc)
        if field in self.fields:
            widget = self.fields[field]
            widget.setStyleSheet(INVALID_STYLE)
            widget.setToolTip(message)
            self.errors[field].setText(message)
            self.errors[field].show()
            widget.setFocus()
        else:
            self.banner.setText(message)
            self.banner.show()

    def error_of(self, name: str) -> str:
        """The reason shown under a field ('' when none): what people read, and tests check."""
        label = self.errors[name]
        return label.text() if not label.isHidden() else ""

    def banner_text(self) -> str:
        return self.banner.text() if not self.banner.isHidden() else ""

    def clear_errors(self) -> None:
        self.banner.hide()
        for name, widget in self.fields.items():
            widget.setStyleSheet("")
            widget.setToolTip("")
            self.errors[name].hide()

    def _field_changed(self, name: str) -> None:
        if not self.errors[name].isHidden():
            self.fields[name].setStyleSheet("")
            self.fields[name].setToolTip("")
            self.errors[name].hide()
        self.changed.emit()
