"""Version vectors, received volumes and the sync folder's file memory (issue 12).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A database stamped back to an older revision (tests of earlier migrations) may
    # hold these tables already: they are made once.
    present = set(sa.inspect(op.get_bind()).get_table_names())
    if "held_version" in present:
        return
    op.create_table(
        "held_version",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("site_id", name=op.f("pk_held_version")),
    )
    op.create_table(
        "peer_version",
        sa.Column("peer_site", sa.String(length=36), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("peer_country", sa.String(length=3), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("peer_site", "site_id", name=op.f("pk_peer_version")),
    )
    op.create_index(
        op.f("ix_peer_version_peer_country"), "peer_version", ["peer_country"], unique=False
    )
    op.create_table(
        "received_volume",
        sa.Column("bundle_id", sa.String(length=64), nullable=False),
        sa.Column("export_id", sa.String(length=64), nullable=False),
        sa.Column("origin_site", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("volume", sa.Integer(), nullable=False),
        sa.Column("volumes", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id", name=op.f("pk_received_volume")),
    )
    op.create_index(
        op.f("ix_received_volume_export_id"), "received_volume", ["export_id"], unique=False
    )
    op.create_table(
        "synced_file",
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("file_sha256", name=op.f("pk_synced_file")),
    )


def downgrade() -> None:
    op.drop_table("synced_file")
    op.drop_index(op.f("ix_received_volume_export_id"), table_name="received_volume")
    op.drop_table("received_volume")
    op.drop_index(op.f("ix_peer_version_peer_country"), table_name="peer_version")
    op.drop_table("peer_version")
    op.drop_table("held_version")
