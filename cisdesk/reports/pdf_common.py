"""What every cisdesk PDF shares: fonts, styles, page frame, tables, writing.

Every page carries a header (the institution and date) and a footer (the record's
short fingerprint and "Page n of N"), so a printed page says where its data came
from and which data it is; the title page explains the fingerprint and gives it whole.
Fonts are embedded TrueType (DejaVu) so accents and ñ print everywhere.
"""

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    LongTable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from cisdesk.errors import CisdeskError
from cisdesk.messages import text as message
from cisdesk.progress import ProgressCallback, no_progress
from cisdesk.reports import long_texts
from cisdesk.reports.data import RecordIdentity
from cisdesk.reports.files import write_atomically
from cisdesk.reports.i18n import Labels
from cisdesk.resources import resource_path

FONT = "DejaVuSans"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD = "DejaVuSans-Bold"
PAGE = A4
MARGIN = 1.8 * cm
CONTENT_WIDTH = PAGE[0] - 2 * MARGIN

INK = colors.HexColor("#1f2d3d")
ACCENT = colors.HexColor("#1b5e8c")
HEADER_FILL = colors.HexColor("#dfe9f2")
RULE = colors.HexColor("#9aa8b6")
MUTED = colors.HexColor("#5b6775")
ZEBRA = colors.HexColor("#f5f8fb")

CELL_PADDING = 3
CELL_SIZE = 7.5


def register_fonts() -> None:
    """Register the embedded fonts once per process."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    try:
        pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
        pdfmetrics.registerFont(
            TTFont(FONT_BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf")))
        )
        # The source's emphasis ("*identificada por…*") prints in italics.
        pdfmetrics.registerFont(
            TTFont(FONT_ITALIC, str(resource_path("fonts", "DejaVuSans-Oblique.ttf")))
        )
    except (OSError, ValueError) as exc:
        raise CisdeskError("report.font", reason=str(exc)) from exc
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD
    )


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    head: ParagraphStyle


def make_styles() -> Styles:
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=FONT, fontSize=9.5, leading=12.5, textColor=INK, spaceAfter=4
    )
    return Styles(
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=22,
            leading=28,
            alignment=TA_CENTER,
            textColor=ACCENT,
            spaceAfter=14,
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, fontSize=13, leading=17, alignment=TA_CENTER, spaceAfter=8
        ),
        h1=ParagraphStyle(
            "h1",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=15,
            leading=19,
            textColor=ACCENT,
            spaceBefore=14,
            spaceAfter=8,
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=12,
            leading=15,
            spaceBefore=10,
            spaceAfter=5,
        ),
        h3=ParagraphStyle(
            "h3",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=10,
            leading=13,
            spaceBefore=6,
            spaceAfter=3,
        ),
        body=body,
        note=ParagraphStyle("note", parent=body, fontSize=7.5, leading=9.5, textColor=MUTED),
        cell=ParagraphStyle("cell", fontName=FONT, fontSize=CELL_SIZE, leading=9, textColor=INK),
        cell_bold=ParagraphStyle(
            "cell_bold", fontName=FONT_BOLD, fontSize=CELL_SIZE, leading=9, textColor=INK
        ),
        head=ParagraphStyle(
            "head", fontName=FONT_BOLD, fontSize=CELL_SIZE, leading=9, textColor=INK
        ),
    )


def para(text: str | None, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped: a '<' in a note is text, not markup)."""
    return Paragraph(escape(text or "").replace("\n", "<br/>"), style)


class TextBlock(Flowable):
    """Plain text wrapped to the width it is given: a light paragraph for table cells.

    A report has thousands of cells; full paragraphs parse markup and handle fonts
    changing mid-line, which plain cell text never needs. Words longer than the
    width are broken so nothing spills out of its cell.
    """

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self._lines: list[str] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        style = self.style
        self._lines = wrap_lines(self.text, style.fontName, style.fontSize, avail_width)
        self.width = avail_width
        self.height = len(self._lines) * style.leading
        return self.width, self.height

    def draw(self) -> None:
        style = self.style
        text = self.canv.beginText(0, self.height - style.fontSize)
        text.setFont(style.fontName, style.fontSize, style.leading)
        text.setFillColor(style.textColor)
        for line in self._lines:
            text.textLine(line)
        self.canv.drawText(text)


def wrap_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` (glyph widths simply add up)."""
    space = _text_width(" ", font, size)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current: list[str] = []
        current_width = 0.0
        for word in paragraph.split():
            word_width = _text_width(word, font, size)
            if word_width > width:
                if current:
                    lines.append(" ".join(current))
                pieces = _break_word(word, font, size, width)
                lines.extend(pieces[:-1])
                word = pieces[-1]
                word_width = _text_width(word, font, size)
                current, current_width = [], 0.0
            if current and current_width + space + word_width > width:
                lines.append(" ".join(current))
                current, current_width = [word], word_width
            else:
                current_width = current_width + space + word_width if current else word_width
                current.append(word)
        lines.append(" ".join(current))
    return lines


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    pieces, current = [], ""
    for char in word:
        if current and _text_width(current + char, font, size) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    pieces.append(current)
    return pieces


def fit_cell(text: Any, width: float, style: ParagraphStyle) -> Any:
    """A plain string when it fits the column on one line, else wrapping text.

    Plain strings lay out fastest, and most short cells (dates, codes, numbers)
    never need to wrap.
    """
    if isinstance(text, Flowable):
        return text
    value = "" if text is None else str(text)
    available = width - 2 * CELL_PADDING
    if "\n" in value:
        return bounded_block(value, available, style)
    if value.isascii() and len(value) * _ascii_advance(style.fontName, style.fontSize) <= available:
        return value  # fits even if every character were the widest: no need to measure
    if _text_width(value, style.fontName, style.fontSize) <= available:
        return value
    return bounded_block(value, available, style)


def bounded_block(value: str, width: float, style: ParagraphStyle) -> TextBlock:
    """Wrapping text that never outgrows a page: a long text points to the annex instead."""
    lines = wrap_lines(value, style.fontName, style.fontSize, width)
    shown = long_texts.shorten(lines, value)
    return TextBlock(value if shown is lines else "\n".join(shown), style)


@functools.cache
def _ascii_advance(font: str, size: float) -> float:
    """The widest printable ASCII character of ``font`` at ``size``."""
    return max(stringWidth(chr(c), font, size) for c in range(32, 127))


@functools.lru_cache(maxsize=8192)
def _text_width(value: str, font: str, size: float) -> float:
    """Measuring text is slow with TrueType fonts, and table cells repeat a lot."""
    return stringWidth(value, font, size)


def _fit_header_words(header: Sequence[str], widths: Sequence[float]) -> list[float]:
    """Widen columns whose header has a word longer than the column (English labels
    run longer than Spanish ones), taking the room from the widest column."""
    out = list(widths)
    for index, text in enumerate(header):
        longest = max((stringWidth(w, FONT_BOLD, CELL_SIZE) for w in text.split()), default=0)
        need = longest + 2 * CELL_PADDING + 1
        if out[index] < need:
            widest = max(range(len(out)), key=lambda i: out[i])
            if widest != index:
                out[widest] -= need - out[index]
                out[index] = need
    return out


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    styles: Styles,
    *,
    extra_style: Sequence[tuple] = (),
    bold_columns: Sequence[int] = (),
    long: bool = True,
) -> Table:
    """A table that breaks across pages with its header row repeated on each page."""
    widths = _fit_header_words(header, widths)
    head = [fit_cell(h, w, styles.head) for h, w in zip(header, widths, strict=True)]
    body = [
        [
            fit_cell(value, w, styles.cell_bold if i in bold_columns else styles.cell)
            for i, (value, w) in enumerate(zip(row, widths, strict=True))
        ]
        for row in rows
    ]
    cls = LongTable if long else Table
    table = cls([head, *body], colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), FONT, CELL_SIZE, 9),
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, CELL_SIZE, 9),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
    ]
    for col in bold_columns:
        commands.append(("FONT", (col, 1), (col, -1), FONT_BOLD, CELL_SIZE, 9))
    table.setStyle(TableStyle([*commands, *extra_style]))
    return table


def key_values(
    pairs: Sequence[tuple[str, str]], styles: Styles, label_width: float = 5 * cm
) -> Table:
    """A two-column block of labels and values (no header row)."""
    rows = [
        [
            TextBlock(label, styles.cell_bold),
            bounded_block(value, CONTENT_WIDTH - label_width - 2 * CELL_PADDING, styles.cell),
        ]
        for label, value in pairs
    ]
    table = Table(rows, colWidths=[label_width, CONTENT_WIDTH - label_width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, CELL_SIZE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ]
        )
    )
    return table


def none_paragraph(labels: Labels, styles: Styles) -> Paragraph:
    return para(labels("none_in_period"), styles.note)


def gap(height: float = 0.3 * cm) -> Spacer:
    return Spacer(1, height)


# --- Page frame --------------------------------------------------------------------


def scope_label(identity: RecordIdentity, labels: Labels) -> str:
    """``"Guatemala — Laptop 2"`` or ``"SISCA"``: which install printed the report."""
    scope = labels.country(identity.scope)
    if identity.site_name and identity.site_name != scope:
        return f"{scope} — {identity.site_name}"
    return scope


#: Characters of the record fingerprint printed at each page's foot.
SHORT_FINGERPRINT = 12


def short_fingerprint(digest: str) -> str:
    """The first characters of the record digest, in groups of four to read aloud."""
    head = digest[:SHORT_FINGERPRINT]
    return " ".join(head[i : i + 4] for i in range(0, len(head), 4))


def institution_label(identity: RecordIdentity, labels: Labels) -> str:
    """Who issues the report: SISCA, or the country's CIS delegation."""
    if identity.scope == "REG":
        return message("report.institution_regional", labels.lang)
    return message(
        "report.institution_country", labels.lang, country=labels.country(identity.scope)
    )


def _canvas_class(labels: Labels) -> type[pdfcanvas.Canvas]:
    """A canvas that writes "Page n of N" once the total is known (at save)."""

    class NumberedCanvas(pdfcanvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(FONT, 7)
                self.setFillColor(MUTED)
                self.drawRightString(
                    PAGE[0] - MARGIN,
                    MARGIN - 0.95 * cm,
                    labels("page_of", page=self._pageNumber, total=total),
                )
                super().showPage()
            super().save()

    return NumberedCanvas


class ReportDocument(BaseDocTemplate):
    """A4 pages with the cisdesk header and footer."""

    def __init__(self, filename: str, identity: RecordIdentity, labels: Labels, title: str) -> None:
        super().__init__(
            filename,
            pagesize=PAGE,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 0.6 * cm,
            bottomMargin=MARGIN,
            title=title,
            author=identity.site_name,
            subject=labels("plan_name"),
            creator="cisdesk",
            # The file records when it was made (SOURCE_DATE_EPOCH still fixes it for builds).
            invariant=False,
            initialFontName=FONT,
            initialFontSize=9,
        )
        self.identity = identity
        self.labels = labels
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])

    def _decorate(self, canvas: pdfcanvas.Canvas, _doc: BaseDocTemplate) -> None:
        labels, identity = self.labels, self.identity
        width, height = PAGE
        canvas.saveState()
        top = height - MARGIN + 0.2 * cm
        canvas.setFont(FONT_BOLD, 8)
        canvas.setFillColor(ACCENT)
        canvas.drawString(MARGIN, top, institution_label(identity, labels))
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(width - MARGIN, top, labels.date(identity.today))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top - 0.15 * cm, width - MARGIN, top - 0.15 * cm)
        bottom = MARGIN - 0.6 * cm
        canvas.line(MARGIN, bottom, width - MARGIN, bottom)
        canvas.setFont(FONT, 6.5)
        canvas.drawString(
            MARGIN,
            bottom - 0.35 * cm,
            message(
                "report.fingerprint_foot", labels.lang, short=short_fingerprint(identity.digest)
            ),
        )
        canvas.restoreState()


def _layout_progress(progress: ProgressCallback, labels: Labels) -> Callable[[str, int], None]:
    """Turn reportlab's build notifications into ``progress(done, total, message)``."""
    state = {"total": 1}
    message = labels("msg_layout")

    def on_progress(kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            state["total"] = max(int(value), 1)
        elif kind == "PROGRESS":
            progress(10 + int(89 * value / state["total"]), 100, message)

    return on_progress


def build_pdf(
    path: Path,
    story: list[Flowable],
    identity: RecordIdentity,
    labels: Labels,
    title: str,
    progress: ProgressCallback = no_progress,
) -> int:
    """Lay out ``story`` into ``path``, atomically; returns the number of pages."""
    pages = 0

    def write(temp: Path) -> None:
        nonlocal pages
        doc = ReportDocument(str(temp), identity, labels, title)
        doc.setProgressCallBack(_layout_progress(progress, labels))
        try:
            doc.build(story, canvasmaker=_canvas_class(labels))
        except LayoutError as exc:
            raise CisdeskError("report.layout", reason=str(exc)) from exc
        pages = doc.page

    write_atomically(Path(path), write)
    progress(100, 100, labels("msg_layout"))
    return pages
