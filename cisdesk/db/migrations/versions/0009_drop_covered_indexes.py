"""Drop two indexes that a wider index already serves: every import paid for them.

``ix_field_version_site`` (site) is the first column of ``ix_field_version_site_hlc``
(site, hlc), and ``ix_progress_report_result_id`` (result_id) the first column of
``ix_progress_report_result_semester`` (result_id, semester): a query on the single
column uses the wider index just as well. Each field change an import writes no
longer updates a fourth b-tree of ``field_version``.

Revision ID: 0009
Revises: 0007
Create Date: 2026-11-30
"""

from alembic import op

revision = "0009"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # IF EXISTS: a database whose revision was set back (tests do) may have run it already.
    op.drop_index("ix_field_version_site", table_name="field_version", if_exists=True)
    op.drop_index("ix_progress_report_result_id", table_name="progress_report", if_exists=True)


def downgrade() -> None:
    op.create_index(
        "ix_progress_report_result_id", "progress_report", ["result_id"], if_not_exists=True
    )
    op.create_index("ix_field_version_site", "field_version", ["site"], if_not_exists=True)
