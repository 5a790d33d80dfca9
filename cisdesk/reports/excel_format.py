"""The layout of the progress template, shared by the writer and the importer.

The visible sheet has one row per result and semester: identifying columns
(locked) and the three cells a person fills in (status, percent, note). A very
hidden sheet keeps what the template was made from — the country, the install,
every row's identifying values and the values it showed — with a hash over all
of it, so the importer can tell an edit from tampering and a changed cell from an
untouched one.
"""

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from cisdesk.messages import text
from cisdesk.reports.i18n import Labels

MARKER = "cisdesk-progress-template"
FORMAT_VERSION = 1
META_SHEET = "cisdesk"
HEADER_ROW = 1
FIRST_DATA_ROW = 2
#: First row of the per-row records on the hidden sheet (rows above hold key/values).
META_ROWS_START = 20

MAIN_SHEET = {"es": "Avance", "en": "Progress"}
HELP_SHEET = {"es": "Instrucciones", "en": "Instructions"}


@dataclass(frozen=True)
class Column:
    key: str
    width: float
    locked: bool = True
    hidden: bool = False

    def title(self, lang: str) -> str:
        """The column's heading, from the catalogue (``excel.column.<key>``)."""
        return text(f"excel.column.{self.key}", lang)


COLUMNS: tuple[Column, ...] = (
    Column("committee", 10),
    Column("milestone", 7),
    Column("result", 60),
    Column("start", 14),
    Column("semester", 10),
    Column("status", 16, locked=False),
    Column("percent", 12, locked=False),
    Column("note", 50, locked=False),
    Column("result_id", 38, hidden=True),
)
COLUMN_INDEX = {c.key: i + 1 for i, c in enumerate(COLUMNS)}
IDENTIFYING = tuple(c.key for c in COLUMNS if c.locked)
EDITABLE = ("status", "percent", "note")
NOTE_LIMIT = 4000


@dataclass(frozen=True)
class TemplateRow:
    """One row as written: its identifying values and the values it showed."""

    row: int
    ident: tuple[str, ...]  # normalised values of IDENTIFYING, in order
    status: str | None
    percent: int | None
    note: str | None

    @property
    def result_id(self) -> str:
        return self.ident[IDENTIFYING.index("result_id")]

    @property
    def semester(self) -> str:
        return self.ident[IDENTIFYING.index("semester")]

    def to_json(self) -> str:
        return json.dumps(
            [self.row, list(self.ident), self.status, self.percent, self.note],
            ensure_ascii=False,
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, text: str) -> "TemplateRow":
        row, ident, status, percent, note = json.loads(text)
        return cls(int(row), tuple(str(v) for v in ident), status, percent, note)


def normalise(value: Any) -> str:
    """The text form used to compare identifying cells across Excel round trips."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def template_hash(meta: dict[str, str], rows: list[TemplateRow]) -> str:
    digest = hashlib.sha256()
    for key in sorted(meta):
        digest.update(f"{key}={meta[key]}\n".encode())
    for row in rows:
        digest.update(row.to_json().encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()


def status_choices(lang: str) -> list[str]:
    """The labels offered in the status drop-down."""
    return [label for _value, label in Labels(lang).enum_values("progress")]


def status_lookup() -> dict[str, str]:
    """The status words the template and the app show, in either language → stored value.

    Exactly the one vocabulary (``status.progress.*``): the drop-down offers these
    words, the app shows them, and nothing else is taken for a status.
    """
    lookup: dict[str, str] = {}
    for lang in ("es", "en"):
        for value, label in Labels(lang).enum_values("progress"):
            lookup[label.casefold()] = value
    return lookup


_FORMULA_START = re.compile(r"^\s*=")


def looks_like_formula(value: Any) -> bool:
    return isinstance(value, str) and bool(_FORMULA_START.match(value))


def clean_text(value: str) -> str:
    """Text safe for a cell: no control characters openpyxl refuses to write."""
    return ILLEGAL_CHARACTERS_RE.sub("", value)


def set_cell(cell: Any, value: Any) -> None:
    """Store ``value``; text that starts with "=" stays text, never becomes a formula."""
    if isinstance(value, str):
        value = clean_text(value)
        cell.value = value
        if cell.data_type == "f":
            cell.data_type = "s"
    else:
        cell.value = value
