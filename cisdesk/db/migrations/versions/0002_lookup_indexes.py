"""Indexes for the Progress page's lookups and for export's delta selection.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_progress_report_result_semester", "progress_report", ["result_id", "semester"]
    )
    op.create_index("ix_field_version_site_hlc", "field_version", ["site", "hlc"])


def downgrade() -> None:
    op.drop_index("ix_field_version_site_hlc", table_name="field_version")
    op.drop_index("ix_progress_report_result_semester", table_name="progress_report")
