"""Search indexes that answer a table's first page of matches without reading them all.

Migration 0007's ``search_row`` numbered rows in the order they came, so the only way
to know how many hits of a search are meetings (or agreements) was to read each hit's
line. Here every searched table owns a block of ids, ``code << 40`` up to the next
block, so the FTS5 index answers "how many meetings match" and "which agreements
match" by a rowid range, without reading a line: that is what lets a table show the
first page of a search that matches thousands of rows within a few milliseconds.

The triggers give a new row the next id of its block (one index seek). The table,
the FTS5 index and their triggers are rebuilt from the source tables.

PostgreSQL searches the tables themselves (migration 0007). Folding a row's text
(``unaccent``) costs tens of microseconds, and the trigram index must check every
candidate row: each searched table now stores its folded text in a generated column,
``search_folded``, which the trigram index covers. And the lists' default orders put
NULLs first ascending (as SQLite does): PostgreSQL's default indexes (NULLs last)
cannot give rows in that order, so it sorted whole tables for a page; the ``*_order``
indexes below can, and a search reads them in order until its page is full.

A later migration that recreates a searched table (batch mode on SQLite) drops its
triggers: it must call :func:`install_sqlite` again (it is idempotent).

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30
"""

from alembic import op
from sqlalchemy import Connection, text

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

#: Table -> its searchable text columns (frozen here; cisdesk/activity/search.py reads them).
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
#: Table -> the number of its block of ids (frozen: stored ids depend on it).
KIND_CODES: dict[str, int] = {table: code for code, table in enumerate(SEARCHED, start=1)}
BLOCK_BITS = 40


def block(table: str) -> tuple[int, int]:
    """The first and last id of ``table``'s block (the first is never used)."""
    code = KIND_CODES[table]
    return code << BLOCK_BITS, ((code + 1) << BLOCK_BITS) - 1


def body(table: str, prefix: str) -> str:
    """The searched text of a row: its columns joined by spaces, NULLs as ''."""
    return " || ' ' || ".join(f"coalesce({prefix}{c}, '')" for c in SEARCHED[table])


def _next_id(table: str) -> str:
    first, last = block(table)
    return (
        f"coalesce((SELECT id FROM search_row WHERE id BETWEEN {first} AND {last}"
        f" ORDER BY id DESC LIMIT 1), {first}) + 1"
    )


def drop_sqlite(conn: Connection) -> None:
    for table in SEARCHED:
        for suffix in ("ai", "ad", "au"):
            conn.execute(text(f"DROP TRIGGER IF EXISTS search_{table}_{suffix}"))
    for suffix in ("ai", "ad", "au"):
        conn.execute(text(f"DROP TRIGGER IF EXISTS search_row_{suffix}"))
    conn.execute(text("DROP TABLE IF EXISTS search_fts"))
    conn.execute(text("DROP TABLE IF EXISTS search_row"))


def install_sqlite(conn: Connection, *, by_kind: bool = True) -> None:
    """Create (or re-create) the index and its triggers, and fill it from the tables.

    ``by_kind=False`` numbers rows in the order they come, as migration 0007 did.
    """
    drop_sqlite(conn)
    conn.execute(
        text(
            "CREATE TABLE search_row ("
            " id INTEGER PRIMARY KEY, kind TEXT NOT NULL, row_id TEXT NOT NULL,"
            " body TEXT NOT NULL)"
        )
    )
    conn.execute(text("CREATE UNIQUE INDEX ix_search_row_row ON search_row (row_id, kind)"))
    conn.execute(
        text(
            "CREATE VIRTUAL TABLE search_fts USING fts5(body,"
            " content='search_row', content_rowid='id', prefix='1 2 3',"
            " tokenize='unicode61 remove_diacritics 2')"
        )
    )
    for table in SEARCHED:
        first = block(table)[0] if by_kind else "(SELECT coalesce(max(id), 0) FROM search_row)"
        conn.execute(
            text(
                f"INSERT INTO search_row(id, kind, row_id, body)"
                f" SELECT {first} + row_number() OVER (ORDER BY rowid), '{table}', id,"
                f" {body(table, '')} FROM {table}"
            )
        )
    conn.execute(text("INSERT INTO search_fts(search_fts) VALUES ('rebuild')"))
    statements = [
        "CREATE TRIGGER search_row_ai AFTER INSERT ON search_row BEGIN"
        " INSERT INTO search_fts(rowid, body) VALUES (new.id, new.body); END",
        "CREATE TRIGGER search_row_ad AFTER DELETE ON search_row BEGIN"
        " INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.id, old.body);"
        " END",
        "CREATE TRIGGER search_row_au AFTER UPDATE OF body ON search_row BEGIN"
        " INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.id, old.body);"
        " INSERT INTO search_fts(rowid, body) VALUES (new.id, new.body); END",
    ]
    for table, columns in SEARCHED.items():
        if by_kind:
            insert = (
                f" INSERT INTO search_row(id, kind, row_id, body)"
                f" VALUES ({_next_id(table)}, '{table}', new.id, {body(table, 'new.')});"
            )
        else:
            insert = (
                f" INSERT INTO search_row(kind, row_id, body)"
                f" VALUES ('{table}', new.id, {body(table, 'new.')});"
            )
        statements += [
            f"CREATE TRIGGER search_{table}_ai AFTER INSERT ON {table} BEGIN{insert} END",
            f"CREATE TRIGGER search_{table}_ad AFTER DELETE ON {table} BEGIN"
            f" DELETE FROM search_row WHERE kind = '{table}' AND row_id = old.id; END",
            f"CREATE TRIGGER search_{table}_au"
            f" AFTER UPDATE OF id, {', '.join(columns)} ON {table} BEGIN"
            f" DELETE FROM search_row WHERE kind = '{table}' AND row_id = old.id;{insert} END",
        ]
    for statement in statements:
        conn.execute(text(statement))


#: PostgreSQL indexes in the lists' default orders, NULLs first (not models' indexes:
#: ``migrate.include_name`` leaves names ending in ``_order`` alone).
ORDER_INDEXES: dict[str, tuple[str, tuple[str, ...]]] = {
    "ix_agreement_due_order": ("agreement", ("due_date", "id")),
    "ix_meeting_date_order": ("meeting", ("date", "id")),
    "ix_progress_report_semester_order": ("progress_report", ("semester", "id")),
    "ix_delegate_name_order": ("delegate", ("name", "id")),
    "ix_proposal_date_order": ("proposal", ("date", "id")),
    "ix_capacity_activity_date_order": ("capacity_activity", ("date", "id")),
    "ix_agreement_followup_date_order": ("agreement_followup", ("date", "id")),
}


def _has_trigrams(conn: Connection) -> bool:
    return bool(
        conn.execute(text("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'")).scalar()
    )


def install_postgresql(conn: Connection) -> None:
    trigrams = _has_trigrams(conn)
    for table in SEARCHED:
        conn.execute(text(f"DROP INDEX IF EXISTS ix_{table}_search"))
        conn.execute(
            text(
                f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS search_folded text"
                f" GENERATED ALWAYS AS (cisdesk_fold({body(table, '')})) STORED"
            )
        )
        if trigrams:
            conn.execute(
                text(
                    f"CREATE INDEX IF NOT EXISTS ix_{table}_search ON {table}"
                    f" USING gin (search_folded gin_trgm_ops)"
                )
            )
    for name, (table, columns) in ORDER_INDEXES.items():
        ordered = ", ".join(f'"{c}" NULLS FIRST' for c in columns)
        conn.execute(text(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({ordered})"))


def drop_postgresql(conn: Connection) -> None:
    """Back to migration 0007: folding in the trigram indexes' expressions."""
    trigrams = _has_trigrams(conn)
    for name in ORDER_INDEXES:
        conn.execute(text(f"DROP INDEX IF EXISTS {name}"))
    for table in SEARCHED:
        conn.execute(text(f"DROP INDEX IF EXISTS ix_{table}_search"))
        conn.execute(text(f"ALTER TABLE {table} DROP COLUMN IF EXISTS search_folded"))
        if trigrams:
            conn.execute(
                text(
                    f"CREATE INDEX IF NOT EXISTS ix_{table}_search ON {table}"
                    f" USING gin (cisdesk_fold({body(table, '')}) gin_trgm_ops)"
                )
            )


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        install_sqlite(conn)
    else:
        install_postgresql(conn)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        install_sqlite(conn, by_kind=False)  # back to migration 0007's numbering
    else:
        drop_postgresql(conn)
