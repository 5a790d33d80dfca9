"""Text search over every row of the record, not only what a table has loaded.

A search string is taken literally: it is split into words (runs of letters and
digits, as the SQLite tokenizer splits text), and a row matches when each word
starts a word of its text (SQLite FTS5) or appears in it (PostgreSQL), case and
accents ignored: "reunion" finds "Reunión". Quotes, ``*``, ``NEAR``, ``%``, ``_``
and backslashes are never operators. A string with no letter or digit at all
("%", "--") is looked for as it is, as a plain substring.

The index is built and kept current by the database itself (migration 0007):
triggers on SQLite, a folding function (and trigram indexes where ``pg_trgm``
exists) on PostgreSQL.
"""

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    Text,
    and_,
    func,
    literal,
    literal_column,
    select,
    text,
    true,
)

from cisdesk.db.models import (
    Agreement,
    AgreementFollowUp,
    CapacityActivity,
    Delegate,
    Evidence,
    Meeting,
    Milestone,
    ProgressReport,
    Proposal,
    Result,
)
from cisdesk.db.record import Record

#: Table -> its searchable text columns (the same as migration 0007's).
SEARCHED: dict[str, tuple[str, ...]] = {
    "meeting": ("title", "place", "participants", "agenda", "minutes"),
    "agreement": ("text",),
    "agreement_followup": ("note",),
    "proposal": ("title", "description"),
    "delegate": ("name", "institution", "position", "email"),
    "capacity_activity": ("title", "description"),
    "progress_report": ("note",),
    "result": ("text",),
    "milestone": ("text",),
    "evidence": ("file_name", "description"),
}
#: At most this many words of a search string are used (the rest would only narrow it).
MAX_WORDS = 12
_WORD = re.compile(r"[^\W_]+")


def words(query: str) -> list[str]:
    """The words of a search string, as the index splits text (letters and digits)."""
    return _WORD.findall(unicodedata.normalize("NFC", query))[:MAX_WORDS]


def fts_query(query: str) -> str | None:
    """An FTS5 MATCH expression for the words (each a quoted prefix), None without words."""
    found = words(query)
    if not found:
        return None
    return " ".join(f'"{word}"*' for word in found)


def like_pattern(value: str) -> str:
    """``%value%`` with ``\\``, ``%`` and ``_`` escaped (used with ``ESCAPE '\\'``)."""
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _pg_body(table: str) -> ColumnElement[Any]:
    """The same expression as migration 0007's trigram index, so the index serves it."""
    parts = " || ' ' || ".join(f"coalesce({table}.{c}, '')" for c in SEARCHED[table])
    return literal_column(f"cisdesk_fold({parts})")


def matches(dialect: str, table: str, id_column: Any, query: str) -> ColumnElement[bool]:
    """Rows of ``table`` (whose id is ``id_column``) whose text matches ``query``."""
    query = query.strip()
    if not query:
        return true()
    found = words(query)
    if dialect == "sqlite":
        rows: Select[Any] = select(literal_column("search_row.row_id")).select_from(
            text("search_row")
        )
        rows = rows.where(literal_column("search_row.kind") == table)
        expression = fts_query(query)
        if expression is None:
            stored: ColumnElement[Any] = literal_column("search_row.body")
            rows = rows.where(stored.like(like_pattern(query), escape="\\"))
        else:
            hits: Select[Any] = (
                select(literal_column("rowid"))
                .select_from(text("search_fts"))
                .where(literal_column("search_fts").op("MATCH")(expression))
            )
            rows = rows.where(literal_column("search_row.id").in_(hits))
        return id_column.in_(rows)
    # PostgreSQL: the rows of the table itself whose folded text holds every word, so a
    # joined table's text is folded once per row of its own (and its trigram index serves).
    # The pattern is folded by the same SQL function as the text, whatever it does there.
    body = _pg_body(table)
    patterns = [like_pattern(word) for word in found] or [like_pattern(query)]
    condition = and_(
        *(body.like(func.cisdesk_fold(literal(p, Text)), escape="\\") for p in patterns)
    )
    own_id: ColumnElement[Any] = literal_column(f"{table}.id")
    return id_column.in_(select(own_id).select_from(text(table)).where(condition))


def dialect_of(record: Record) -> str:
    return record.engine.dialect.name


@dataclass(frozen=True)
class Kind:
    """How a kind of row reads in a list of matches."""

    table: str
    model: Any
    title: Callable[[Any], ColumnElement[Any]]
    date: Callable[[Any], ColumnElement[Any]] | None


KINDS: tuple[Kind, ...] = (
    Kind("meeting", Meeting, lambda m: m.title, lambda m: m.date),
    Kind("agreement", Agreement, lambda m: m.text, lambda m: m.due_date),
    Kind("agreement_followup", AgreementFollowUp, lambda m: m.note, lambda m: m.date),
    Kind("proposal", Proposal, lambda m: m.title, lambda m: m.date),
    Kind("capacity_activity", CapacityActivity, lambda m: m.title, lambda m: m.date),
    Kind("delegate", Delegate, lambda m: m.name, None),
    Kind("progress_report", ProgressReport, lambda m: m.note, lambda m: m.semester),
    Kind("evidence", Evidence, lambda m: m.file_name, None),
    Kind("result", Result, lambda m: m.text, lambda m: m.start_semester),
    Kind("milestone", Milestone, lambda m: m.text, None),
)


@dataclass(frozen=True)
class Hit:
    """One row found: its kind (a table name), id, title, owner and date (or semester)."""

    kind: str
    id: str
    title: str
    owner: str
    date: str | None


def _kind_select(kind: Kind, dialect: str, query: str, owner: str | None) -> Select[Any]:
    model = kind.model
    date = kind.date(model) if kind.date is not None else literal_column("NULL")
    statement = select(
        model.id, kind.title(model).label("title"), model.owner, date.label("date")
    ).where(model.deleted.is_not(True), matches(dialect, kind.table, model.id, query))
    if owner is not None:
        statement = statement.where(model.owner == owner)
    return statement


def find(record: Record, query: str, *, limit: int = 200, owner: str | None = None) -> list[Hit]:
    """Live rows of every kind matching ``query``, at most ``limit`` per kind.

    An empty or blank query finds nothing (it is not "everything").
    """
    if not query.strip():
        return []
    dialect = dialect_of(record)
    hits: list[Hit] = []
    with record.engine.connect() as conn:
        for kind in KINDS:
            statement = _kind_select(kind, dialect, query, owner)
            statement = statement.order_by(kind.model.id).limit(limit)
            for row in conn.execute(statement):
                hits.append(
                    Hit(kind.table, row.id, row.title or "", row.owner or "", _date(row.date))
                )
    return hits


def _date(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
