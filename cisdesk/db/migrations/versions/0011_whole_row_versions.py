"""A row whose fields share one version keeps one version entry (field ``*``).

Until now every field of every row had its own ``field_version`` entry, though most
rows are written once, whole, and all their entries carried the same version. The
record now writes one entry for such a row (``cisdesk/db/versions.py``); this
migration gives the rows written before it the same shape, so a record holds both
shapes only where a row's fields really differ. A row qualifies when it has one
entry for each of its table's columns but ``id``, all with one (hlc, site) and one
overwritten version. The record's data and its bundles do not change.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_WHOLE = "*"


def _fields(conn: sa.Connection, table: str) -> list[str]:
    """The table's versioned fields as this revision has them: every column but ``id`` and
    the server's generated search column (migration 0010)."""
    columns = sa.inspect(conn).get_columns(table)
    return sorted(c["name"] for c in columns if c["name"] != "id" and not c.get("computed"))


def _tables(conn: sa.Connection) -> list[str]:
    return sorted(conn.execute(sa.text("SELECT DISTINCT tbl FROM field_version")).scalars())


def upgrade() -> None:
    conn = op.get_bind()
    for table in _tables(conn):
        fields = _fields(conn, table)
        whole = sa.text(
            "CREATE TEMP TABLE whole_row AS "
            "SELECT row_id, min(hlc) AS hlc, min(site) AS site, "
            "min(prev_hlc) AS prev_hlc, min(prev_site) AS prev_site "
            "FROM field_version WHERE tbl = :tbl GROUP BY row_id "
            "HAVING count(*) = :width "
            "AND sum(CASE WHEN field IN :fields THEN 1 ELSE 0 END) = :width "
            "AND count(DISTINCT hlc) = 1 AND count(DISTINCT site) = 1 "
            "AND count(DISTINCT coalesce(prev_hlc, -1)) = 1 "
            "AND count(DISTINCT coalesce(prev_site, '')) = 1"
        ).bindparams(sa.bindparam("fields", expanding=True))
        conn.execute(whole, {"tbl": table, "width": len(fields), "fields": fields})
        conn.execute(
            sa.text(
                "DELETE FROM field_version WHERE tbl = :tbl "
                "AND row_id IN (SELECT row_id FROM whole_row)"
            ),
            {"tbl": table},
        )
        conn.execute(
            sa.text(
                "INSERT INTO field_version (row_id, field, tbl, hlc, site, prev_hlc, prev_site) "
                "SELECT row_id, :whole, :tbl, hlc, site, prev_hlc, prev_site FROM whole_row"
            ),
            {"tbl": table, "whole": _WHOLE},
        )
        conn.execute(sa.text("DROP TABLE whole_row"))


def downgrade() -> None:
    conn = op.get_bind()
    for table in _tables(conn):
        for field in _fields(conn, table):
            conn.execute(
                sa.text(
                    "INSERT INTO field_version "
                    "(row_id, field, tbl, hlc, site, prev_hlc, prev_site) "
                    "SELECT row_id, :field, tbl, hlc, site, prev_hlc, prev_site "
                    "FROM field_version WHERE tbl = :tbl AND field = :whole"
                ),
                {"tbl": table, "field": field, "whole": _WHOLE},
            )
        conn.execute(
            sa.text("DELETE FROM field_version WHERE tbl = :tbl AND field = :whole"),
            {"tbl": table, "whole": _WHOLE},
        )
