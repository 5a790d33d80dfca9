"""Editing inside table cells: a combo for codes, a spin box for numbers, Enter moves down.

Quick entry in a grid is typing, Enter, typing, Enter: the table view here
moves to the cell below when an edit is committed with Enter, as a spreadsheet does.
"""

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

AnyIndex = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a code with a combo box of (code, label) pairs."""

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        box = QComboBox(parent)
        for code, text in self.choices:
            box.addItem(text, code)
        return box

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class NumberDelegate(QStyledItemDelegate):
    """Edits a whole number in a range with a spin box (a percentage by default)."""

    def __init__(
        self, low: int = 0, high: int = 100, suffix: str = " %", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.low, self.high, self.suffix = low, high, suffix

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(self.low, self.high)
        spin.setSuffix(self.suffix)
        return spin

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QSpinBox)
        value: Any = index.data(Qt.ItemDataRole.EditRole)
        editor.setValue(int(value) if isinstance(value, int) else self.low)
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class EntryTableView(QTableView):
    """A table for keyboard entry: typing edits the cell, Enter commits and moves down."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.move_down()
            return
        super().closeEditor(editor, hint)

    def move_down(self) -> None:
        current = self.currentIndex()
        if not current.isValid():
            return
        model = self.model()
        if current.row() + 1 >= model.rowCount() and model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        below = model.index(current.row() + 1, current.column())
        if below.isValid():
            self.setCurrentIndex(below)
