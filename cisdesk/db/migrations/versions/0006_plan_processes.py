"""The plan's processes: strategy versions, regional results, proposal steps,
committee leads, evaluations; the PPT calendar as SISCA recorded it.

Revision ID: 0006
Revises: 0002
Create Date: 2026-11-30

Reference-plan rows that SISCA has not edited since (their field still carries the
reference version) are brought to what a new install loads, so that an upgraded
install and a new one hold the identical plan.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0002"
branch_labels = None
depends_on = None

REFERENCE_SITE = "00000000-0000-0000-0000-000000000000"
REFERENCE_HLC = 1

#: New columns of existing replicated tables.
NEW_COLUMNS: dict[str, list[tuple[str, sa.types.TypeEngine]]] = {
    "strategy": [
        ("version", sa.Integer()),
        ("validated_ref", sa.Text()),
        ("approved_ref", sa.Text()),
    ],
    "milestone": [("retired_in", sa.String(length=7))],
    "result": [("regional", sa.Boolean()), ("retired_in", sa.String(length=7))],
    "meeting": [("convened_by", sa.String(length=2)), ("instrument", sa.Text())],
    "delegate": [("role", sa.String(length=16))],
}


def _replicated(name: str, *columns: sa.Column) -> None:
    op.create_table(
        name,
        *columns,
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=3), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=f"pk_{name}"),
    )
    op.create_index(f"ix_{name}_owner", name, ["owner"])


def upgrade() -> None:
    for table, columns in NEW_COLUMNS.items():
        with op.batch_alter_table(table) as batch:
            for name, type_ in columns:
                batch.add_column(sa.Column(name, type_, nullable=True))
    _replicated(
        "strategy_version",
        sa.Column("strategy_id", sa.String(length=36), nullable=True),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=True),
        sa.Column("validated_on", sa.Date(), nullable=True),
        sa.Column("validated_ref", sa.Text(), nullable=True),
        sa.Column("approved_on", sa.Date(), nullable=True),
        sa.Column("approved_ref", sa.Text(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("content", sa.Text(), nullable=True),
    )
    op.create_index("ix_strategy_version_strategy_id", "strategy_version", ["strategy_id"])
    _replicated(
        "evaluation",
        sa.Column("kind", sa.String(length=16), nullable=True),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("findings", sa.Text(), nullable=True),
        sa.Column("adjustments", sa.Text(), nullable=True),
        sa.Column("strategy_id", sa.String(length=36), nullable=True),
        sa.Column("strategy_version", sa.Integer(), nullable=True),
    )
    _replicated(
        "committee_lead",
        sa.Column("committee_id", sa.String(length=36), nullable=True),
        sa.Column("semester", sa.String(length=7), nullable=True),
        sa.Column("delegate_id", sa.String(length=36), nullable=True),
    )
    op.create_index("ix_committee_lead_committee_id", "committee_lead", ["committee_id"])
    _replicated(
        "proposal_step",
        sa.Column("proposal_id", sa.String(length=36), nullable=True),
        sa.Column("step", sa.String(length=16), nullable=True),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("recorded_by", sa.Text(), nullable=True),
        sa.Column("reference", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
    )
    op.create_index("ix_proposal_step_proposal_id", "proposal_step", ["proposal_id"])
    _bring_reference_plan_up_to_date()


def _reference_version(conn: sa.Connection, table: str, row_id: str, field: str) -> bool:
    row = conn.execute(
        sa.text(
            "SELECT site, hlc FROM field_version WHERE tbl = :t AND row_id = :r AND field = :f"
        ),
        {"t": table, "r": row_id, "f": field},
    ).first()
    return row is not None and row[0] == REFERENCE_SITE and row[1] == REFERENCE_HLC


def _bring_reference_plan_up_to_date() -> None:
    """The corrected PPT holders, the regional results, and versions for the new fields."""
    from cisdesk.db.models import PptTerm, Result
    from cisdesk.db.reference_plan import build_plan_rows, read_plan

    conn = op.get_bind()
    rows = build_plan_rows(read_plan())
    for row in rows:
        if isinstance(row, PptTerm):
            if _reference_version(conn, "ppt_term", row.id, "country"):
                conn.execute(
                    sa.text("UPDATE ppt_term SET country = :c WHERE id = :i"),
                    {"c": row.country, "i": row.id},
                )
        elif isinstance(row, Result) and row.regional:
            conn.execute(
                sa.text("UPDATE result SET regional = :v WHERE id = :i"),
                {"v": True, "i": row.id},
            )
    # A new install writes a reference version for every field of every reference row.
    for table, columns in NEW_COLUMNS.items():
        for name, _type in columns:
            conn.execute(
                sa.text(
                    "INSERT INTO field_version (row_id, field, tbl, hlc, site) "
                    "SELECT row_id, :f, tbl, hlc, site FROM field_version "
                    "WHERE tbl = :t AND field = 'owner' AND site = :s AND hlc = :h"
                ),
                {"f": name, "t": table, "s": REFERENCE_SITE, "h": REFERENCE_HLC},
            )


def downgrade() -> None:
    for name in ("proposal_step", "committee_lead", "evaluation", "strategy_version"):
        op.drop_table(name)
    for table, columns in NEW_COLUMNS.items():
        with op.batch_alter_table(table) as batch:
            for name, _type in columns:
                batch.drop_column(name)
    conn = op.get_bind()
    conn.execute(
        sa.text("DELETE FROM field_version WHERE tbl = :t AND field = :f"),
        [{"t": t, "f": name} for t, cols in NEW_COLUMNS.items() for name, _type in cols],
    )
