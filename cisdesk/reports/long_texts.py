"""Texts too long for a table cell: shortened in the cell, given whole in an annex.

A table row cannot break across pages, so a 3,000-character agreement in a
narrow column, or a 20,000-character note, made the whole report fail to lay
out. A cell now holds at most :data:`MAX_CELL_LINES` lines; a longer text ends
with a pointer ("… full text: annex A3") and appears whole, as paragraphs that
do break across pages, in an annex at the end of the report.
"""

import contextlib
import contextvars
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable

from cisdesk.messages import text

#: Lines of one cell at most: well under a page, with room for the row's other cells.
MAX_CELL_LINES = 40


@dataclass
class Annex:
    """The long texts of one report, numbered in the order their cells were made."""

    lang: str
    texts: list[str] = field(default_factory=list)

    def add(self, full: str) -> str:
        """Keep ``full``; return the reference the shortened cell points to (``A3``)."""
        self.texts.append(full)
        return f"A{len(self.texts)}"

    def pointer(self, reference: str) -> str:
        return text("report.see_annex", self.lang, reference=reference)

    def story(self, styles: Any) -> list[Flowable]:
        """The annex section: a heading, then each text whole (empty when none was cut)."""
        from cisdesk.reports.pdf_common import para

        if not self.texts:
            return []
        story: list[Flowable] = [
            CondPageBreak(6 * styles.body.leading),
            para(text("report.annex_title", self.lang), styles.h1),
            para(text("report.annex_note", self.lang), styles.note),
        ]
        for number, full in enumerate(self.texts, start=1):
            story.append(para(f"A{number}", styles.h2))
            story.extend(para(chunk, styles.body) for chunk in _chunks(full))
        return story


_current: contextvars.ContextVar[Annex | None] = contextvars.ContextVar("annex", default=None)


@contextlib.contextmanager
def collecting(lang: str) -> Iterator[Annex]:
    """Collect the long texts of the report being made (cells made inside are shortened)."""
    annex = Annex(lang)
    token = _current.set(annex)
    try:
        yield annex
    finally:
        _current.reset(token)


def shorten(lines: list[str], full: str) -> list[str]:
    """The lines a cell shows: all of them, or the first ones and a pointer to the annex."""
    if len(lines) <= MAX_CELL_LINES:
        return lines
    annex = _current.get()
    kept = lines[: MAX_CELL_LINES - 1]
    if annex is None:
        return [*kept, "…"]
    return [*kept, "… " + annex.pointer(annex.add(full))]


def _chunks(full: str, size: int = 4000) -> Iterator[str]:
    """The text in paragraphs of moderate size, cut at line ends or spaces where possible."""
    rest = full
    while len(rest) > size:
        cut = rest.rfind("\n", 0, size)
        if cut <= 0:
            cut = rest.rfind(" ", 0, size)
        if cut <= 0:
            cut = size
        yield rest[:cut]
        rest = rest[cut:].lstrip("\n ")
    if rest:
        yield rest
