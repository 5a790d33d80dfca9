"""Text search over every row: an FTS5 index on SQLite, a folding function on PostgreSQL.

SQLite: ``search_row`` holds one line per searchable row (its kind, id and the
text of its searchable columns), kept current by triggers on the source tables,
so every writer (forms, sync merge, Excel import, demo) keeps it right without
knowing of it. ``search_fts`` is an FTS5 index over ``search_row.body`` with
accent folding (``unicode61 remove_diacritics 2``). ``search_row.id`` is an
INTEGER PRIMARY KEY, which VACUUM keeps: the source tables' own rowids may change.

PostgreSQL: ``cisdesk_fold(text)``, an immutable lower-case and accent-free form
(``unaccent`` where the server allows it, else a ``translate`` of the Spanish
accents) that the search compares with ``LIKE``, folding the pattern with the
same function; where ``pg_trgm`` can be created, trigram indexes on each table's
folded text make that fast. Without them the search is still right, only a scan.

A later migration that recreates a searched table (batch mode on SQLite) drops its
triggers: it must call :func:`install_sqlite` again (it is idempotent).

Revision ID: 0007
Revises: 0004
Create Date: 2026-11-30
"""

from alembic import op
from sqlalchemy import Connection, text

revision = "0007"
down_revision = "0004"
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

ACCENTED = "áàâäéèêëíìîïóòôöúùûüñçÁÉÍÓÚÜÑ"
PLAIN = "aaaaeeeeiiiioooouuuuncaeiouun"


def body(table: str, prefix: str) -> str:
    """The searched text of a row: its columns joined by spaces, NULLs as ''."""
    return " || ' ' || ".join(f"coalesce({prefix}{c}, '')" for c in SEARCHED[table])


def install_sqlite(conn: Connection) -> None:
    """Create (or re-create) the index and its triggers, and fill it from the tables."""
    conn.execute(
        text(
            "CREATE TABLE IF NOT EXISTS search_row ("
            " id INTEGER PRIMARY KEY, kind TEXT NOT NULL, row_id TEXT NOT NULL,"
            " body TEXT NOT NULL)"
        )
    )
    conn.execute(
        # row_id first: a search starts from the FTS hits (search_row.id), not from a kind.
        text("CREATE UNIQUE INDEX IF NOT EXISTS ix_search_row_row ON search_row (row_id, kind)")
    )
    conn.execute(
        text(
            "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(body,"
            " content='search_row', content_rowid='id', prefix='1 2 3',"
            " tokenize='unicode61 remove_diacritics 2')"
        )
    )
    statements = [
        "CREATE TRIGGER IF NOT EXISTS search_row_ai AFTER INSERT ON search_row BEGIN"
        " INSERT INTO search_fts(rowid, body) VALUES (new.id, new.body); END",
        "CREATE TRIGGER IF NOT EXISTS search_row_ad AFTER DELETE ON search_row BEGIN"
        " INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.id, old.body);"
        " END",
        "CREATE TRIGGER IF NOT EXISTS search_row_au AFTER UPDATE OF body ON search_row BEGIN"
        " INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.id, old.body);"
        " INSERT INTO search_fts(rowid, body) VALUES (new.id, new.body); END",
    ]
    for table, columns in SEARCHED.items():
        statements += [
            f"CREATE TRIGGER IF NOT EXISTS search_{table}_ai AFTER INSERT ON {table} BEGIN"
            f" INSERT INTO search_row(kind, row_id, body)"
            f" VALUES ('{table}', new.id, {body(table, 'new.')}); END",
            f"CREATE TRIGGER IF NOT EXISTS search_{table}_ad AFTER DELETE ON {table} BEGIN"
            f" DELETE FROM search_row WHERE kind = '{table}' AND row_id = old.id; END",
            f"CREATE TRIGGER IF NOT EXISTS search_{table}_au"
            f" AFTER UPDATE OF id, {', '.join(columns)} ON {table} BEGIN"
            f" DELETE FROM search_row WHERE kind = '{table}' AND row_id = old.id;"
            f" INSERT INTO search_row(kind, row_id, body)"
            f" VALUES ('{table}', new.id, {body(table, 'new.')}); END",
        ]
    for statement in statements:
        conn.execute(text(statement))
    conn.execute(text("DELETE FROM search_row"))
    for table in SEARCHED:
        conn.execute(
            text(
                f"INSERT INTO search_row(kind, row_id, body)"
                f" SELECT '{table}', id, {body(table, '')} FROM {table}"
            )
        )
    conn.execute(text("INSERT INTO search_fts(search_fts) VALUES ('rebuild')"))


def drop_sqlite(conn: Connection) -> None:
    for table in SEARCHED:
        for suffix in ("ai", "ad", "au"):
            conn.execute(text(f"DROP TRIGGER IF EXISTS search_{table}_{suffix}"))
    for suffix in ("ai", "ad", "au"):
        conn.execute(text(f"DROP TRIGGER IF EXISTS search_row_{suffix}"))
    conn.execute(text("DROP TABLE IF EXISTS search_fts"))
    conn.execute(text("DROP TABLE IF EXISTS search_row"))


def _try(conn: Connection, statement: str) -> bool:
    """Run ``statement`` in a savepoint; False (and nothing changed) when the server refuses."""
    savepoint = conn.begin_nested()
    try:
        conn.execute(text(statement))
        savepoint.commit()
        return True
    except Exception:
        savepoint.rollback()
        return False


def install_postgresql(conn: Connection) -> None:
    # unaccent and pg_trgm are trusted extensions (PostgreSQL 13+), but a server may lack
    # contrib or deny them: then folding is a translate() of the Spanish accents and the
    # search scans, still right.
    if _try(conn, "CREATE EXTENSION IF NOT EXISTS unaccent"):
        folded = "lower(public.unaccent('public.unaccent'::regdictionary, value))"
    else:
        folded = f"translate(lower(value), '{ACCENTED}', '{PLAIN}')"
    conn.execute(
        text(
            "CREATE OR REPLACE FUNCTION cisdesk_fold(value text) RETURNS text"
            f" LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT {folded} $$"
        )
    )
    if not _try(conn, "CREATE EXTENSION IF NOT EXISTS pg_trgm"):
        return
    for table in SEARCHED:
        conn.execute(
            text(
                f"CREATE INDEX IF NOT EXISTS ix_{table}_search ON {table}"
                f" USING gin (cisdesk_fold({body(table, '')}) gin_trgm_ops)"
            )
        )


def drop_postgresql(conn: Connection) -> None:
    for table in SEARCHED:
        conn.execute(text(f"DROP INDEX IF EXISTS ix_{table}_search"))
    conn.execute(text("DROP FUNCTION IF EXISTS cisdesk_fold(text)"))


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        install_sqlite(conn)
    else:
        install_postgresql(conn)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        drop_sqlite(conn)
    else:
        drop_postgresql(conn)
