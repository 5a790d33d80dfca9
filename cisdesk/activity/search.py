"""Text search over every row of the record, not only what a table has loaded.

A search string is taken literally: it is split into words (runs of letters and
digits, as the SQLite tokenizer splits text), and a row matches when each word
starts a word of its text (SQLite FTS5) or appears in it (PostgreSQL), case and
accents ignored: "reunion" finds "Reunión". Quotes, ``*``, ``NEAR``, ``%``, ``_``
and backslashes are never operators. A string with no letter or digit at all
("%", "--") is looked for as it is, as a plain substring.

The index is built and kept current by the database itself (migrations 0007 and
0010): triggers on SQLite, a folding function (and trigram indexes where
``pg_trgm`` exists) on PostgreSQL.

A table shows only its first page of matches, in its own order. When a search
matches few rows, the index's hits are read first and sorted (:func:`matches`).
When it matches many (the first letters of a word), reading every hit costs more
than the page needs: the table is read in its order instead and each row tested
(:func:`row_test`) until the page is full, which takes a few hundred rows.
:func:`plan` tells the two apart from the index.

On PostgreSQL the page is always one read of the table filtered by :func:`row_test`:
the database reads in the page's order and stops when it is full, or reads the own
table's trigram index first when its statistics say the hits are few; a joined
table's hits (a meeting's, a result's) are read once rather than its text tested
for every row joining it. Counting there only leaves out the tables without a hit.
"""

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    Text,
    and_,
    column,
    exists,
    func,
    literal,
    literal_column,
    or_,
    select,
    text,
    true,
)
from sqlalchemy import (
    table as table_clause,
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

#: Table -> its searchable text columns (the same as migration 0010's).
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
#: Table -> the number of its block of index ids (migration 0010's, frozen there).
KIND_CODES: dict[str, int] = {table: code for code, table in enumerate(SEARCHED, start=1)}
BLOCK_BITS = 40
#: At most this many words of a search string are used (the rest would only narrow it).
MAX_WORDS = 12
_WORD = re.compile(r"[^\W_]+")
#: Reading a table in its order and testing each row fills a page of ``P`` rows after
#: about ``P * size / hits`` rows; reading every hit and sorting costs about ``hits``
#: look-ups, each about :data:`WALK_COST` times cheaper than a row tested. The first is
#: chosen when ``hits * hits >= WALK_COST * PAGE * size``.
WALK_COST = 4
PAGE = 200
#: Rows a read in the table's order tests before it leaves the rest to the index.
WALK_ROWS = 2000


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


#: The index's tables on SQLite (migration 0010), for building queries.
SEARCH_ROW = table_clause(
    "search_row", column("id"), column("kind"), column("row_id"), column("body")
)
SEARCH_FTS = table_clause("search_fts", column("rowid"), column("search_fts"))


def block(table: str) -> tuple[int, int]:
    """The first and last index id of ``table``'s rows on SQLite (migration 0010)."""
    code = KIND_CODES[table]
    return code << BLOCK_BITS, ((code + 1) << BLOCK_BITS) - 1


def _sqlite_hits(kind: str, expression: str) -> Select[Any]:
    """Index ids of ``kind``'s rows matching an FTS5 expression: the index alone answers."""
    first, last = block(kind)
    rowid = SEARCH_FTS.c.rowid
    return select(rowid).where(
        SEARCH_FTS.c.search_fts.op("MATCH")(expression), rowid.between(first, last)
    )


def _sqlite_rows(kind: str, query: str) -> Select[Any]:
    """Ids of ``kind``'s rows whose text matches ``query`` (SQLite)."""
    first, last = block(kind)
    rows = select(SEARCH_ROW.c.row_id).where(SEARCH_ROW.c.id.between(first, last))
    expression = fts_query(query)
    if expression is None:
        return rows.where(SEARCH_ROW.c.body.like(like_pattern(query), escape="\\"))
    return rows.where(SEARCH_ROW.c.id.in_(_sqlite_hits(kind, expression)))


def _pg_body(table: str) -> ColumnElement[Any]:
    """The row's folded text, stored by migration 0010 and covered by its trigram index."""
    return literal_column(f"{table}.search_folded", Text)


def _pg_condition(table: str, query: str) -> ColumnElement[bool]:
    """``table``'s own text holds every word of ``query`` (PostgreSQL). The pattern is
    folded by the same SQL function as the text, whatever it does there."""
    body = _pg_body(table)
    patterns = [like_pattern(word) for word in words(query)] or [like_pattern(query)]
    return and_(*(body.like(func.cisdesk_fold(literal(p, Text)), escape="\\") for p in patterns))


def matches(dialect: str, table: str, id_column: Any, query: str) -> ColumnElement[bool]:
    """Rows of ``table`` (whose id is ``id_column``) whose text matches ``query``: the
    index's hits read first, for searches that match few rows."""
    query = query.strip()
    if not query:
        return true()
    if dialect == "sqlite":
        return id_column.in_(_sqlite_rows(table, query))
    # PostgreSQL: the rows of the table itself whose folded text holds every word, so a
    # joined table's text is folded once per row of its own (and its trigram index serves).
    own_id: ColumnElement[Any] = literal_column(f"{table}.id")
    return id_column.in_(select(own_id).select_from(text(table)).where(_pg_condition(table, query)))


# --- the first page of many matches: the table read in its order, each row tested -----------


def row_test(
    dialect: str, searched: Sequence[tuple[str, Any]], query: str, own: str | None = None
) -> ColumnElement[bool]:
    """A row of a statement matches ``query`` by its own text or a joined row's, tested
    row by row as the statement is read in its order (``searched``: each table and its
    id column in the statement; ``own``: the statement's own table, whose rows it lists).

    SQLite: whether the row's index id is among the hits of its table (the hits are
    read once per query from the index, within the table's block). PostgreSQL: the own
    table's folded text, tested on the row itself (so the planner may also read its
    trigram index); a joined table's hits are read once (as :func:`matches` does), not
    its text tested again for every row that joins the same one (every progress report
    of a result, every agreement of a meeting).
    """
    query = query.strip()
    tests: list[ColumnElement[bool]] = []
    for table, id_column in searched:
        if dialect == "sqlite":
            expression = fts_query(query)
            if expression is None:
                tests.append(id_column.in_(_sqlite_rows(table, query)))
                continue
            tests.append(
                exists().where(
                    SEARCH_ROW.c.row_id == id_column,
                    SEARCH_ROW.c.kind == table,
                    SEARCH_ROW.c.id.in_(_sqlite_hits(table, expression)),
                )
            )
        elif table == own:
            tests.append(_pg_condition(table, query))
        else:
            tests.append(matches(dialect, table, id_column, query))
    return or_(*tests).self_group()


@dataclass(frozen=True)
class Plan:
    """How to read a table's page of a search: which searched tables have hits at all
    (the others are left out of the condition), and whether to read the table in its
    order testing each row (many hits) rather than read every hit and sort (few)."""

    tables: tuple[str, ...]
    in_order: bool


def plan(conn: Connection, tables: Sequence[str], query: str) -> Plan:
    """The :class:`Plan` for ``query`` over ``tables``, from the index: each table's hits
    counted only up to what decides (see :data:`WALK_COST`).

    PostgreSQL reads in order, always: a statement filtered by :func:`row_test` is
    read in its order by the database itself, which stops when the page is full and
    may read the own table's trigram index instead when its statistics say the hits
    are few. Counting there only leaves out the tables without a hit."""
    query = query.strip()
    expression = fts_query(query)
    sqlite = conn.dialect.name == "sqlite"
    if expression is None:
        return Plan(tuple(tables), in_order=False)  # no words: a plain substring, read as is
    if not sqlite and all(len(word) < 3 for word in words(query)):
        # No trigram serves words under three letters: looking for a hit could read
        # every row, as the page's own read does at worst.
        return Plan(tuple(tables), in_order=True)
    found: list[str] = []
    for kind in tables:
        enough = math.isqrt(WALK_COST * PAGE * _size(conn, kind)) + 1 if sqlite else 1
        if sqlite:
            hits: Select[Any] = _sqlite_hits(kind, expression)
        else:
            hits = select(literal(1)).select_from(text(kind)).where(_pg_condition(kind, query))
        counted = select(func.count()).select_from(hits.limit(enough).subquery())
        count = int(conn.execute(counted).scalar_one())
        if sqlite and count >= enough:  # read in order; the other tables need no counting
            return Plan(tuple(tables), in_order=True)
        if count:
            found.append(kind)
    return Plan(tuple(found), in_order=bool(found) and not sqlite)


def _size(conn: Connection, kind: str) -> int:
    """About how many rows ``kind`` has on SQLite, without counting them."""
    first, last = block(kind)
    newest = (  # the ids given so far in the kind's block: one index seek
        select(SEARCH_ROW.c.id)
        .where(SEARCH_ROW.c.id.between(first, last))
        .order_by(SEARCH_ROW.c.id.desc())
        .limit(1)
    )
    given = conn.execute(newest).scalar()
    return 0 if given is None else int(given) - first


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
