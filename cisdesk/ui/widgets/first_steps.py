"""Home's first-steps checklist: each step a button that does it, ticked once done."""

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QWidget

if TYPE_CHECKING:  # Home shows before the record (and its database layer) is open
    from cisdesk.activity.home_figures import FirstSteps

DONE_MARK = "✔"
TODO_MARK = "○"


class FirstStepsBox(QGroupBox):
    """Shown on Home until every step is done."""

    #: A step asks for a page ("sync/keys", "progress", ...).
    navigate = Signal(str)

    def __init__(self, save_key: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstSteps")
        self.setTitle(self.tr("First steps"))
        self.grid = QGridLayout(self)
        self.marks: list[QLabel] = []
        self.texts: list[QLabel] = []
        self.buttons: list[list[QPushButton]] = []
        steps = [
            [(self.tr("Save public key…"), save_key)],
            [(self.tr("Open Keys"), lambda: self.navigate.emit("sync/keys"))],
            [
                (self.tr("Record progress"), lambda: self.navigate.emit("progress")),
                (self.tr("Record a meeting"), lambda: self.navigate.emit("meetings")),
            ],
            [(self.tr("Export…"), lambda: self.navigate.emit("sync/exchange"))],
        ]
        for row, buttons in enumerate(steps):
            mark, text = QLabel(), QLabel()
            text.setWordWrap(True)
            self.grid.addWidget(mark, row, 0)
            self.grid.addWidget(text, row, 1)
            made = []
            for column, (caption, slot) in enumerate(buttons, start=2):
                button = QPushButton(caption)
                button.clicked.connect(slot)
                self.grid.addWidget(button, row, column)
                made.append(button)
            self.marks.append(mark)
            self.texts.append(text)
            self.buttons.append(made)
        self.grid.setColumnStretch(1, 1)
        self.steps: FirstSteps | None = None

    def show_steps(self, steps: "FirstSteps") -> None:
        self.steps = steps
        if steps.regional:
            texts = [
                self.tr("Save SISCA's public key and send it to every country."),
                self.tr("Enrol a country's key, after comparing its fingerprint by phone."),
                self.tr("Record a meeting or an agreement of the region."),
                self.tr("Export the regional bundle for the countries."),
            ]
        else:
            texts = [
                self.tr("Save this install's public key and send it to SISCA."),
                self.tr("Trust SISCA's key, after comparing its fingerprint by phone."),
                self.tr("Record the first progress report or meeting."),
                self.tr("Export for SISCA and send the bundle."),
            ]
        self.buttons[2][0].setVisible(not steps.regional)  # SISCA records no progress
        done = [steps.key_saved, steps.trusted, steps.recorded, steps.exported]
        for mark, label, text, finished in zip(self.marks, self.texts, texts, done, strict=True):
            mark.setText(DONE_MARK if finished else TODO_MARK)
            mark.setStyleSheet("color: #2e7d32;" if finished else "color: #90a4ae;")
            label.setText(text)
            font = label.font()
            font.setStrikeOut(finished)
            label.setFont(font)
        self.setVisible(not steps.done)

    def ticked(self) -> list[bool]:
        """Which steps show as done (what a person sees, and tests check)."""
        return [mark.text() == DONE_MARK for mark in self.marks]
