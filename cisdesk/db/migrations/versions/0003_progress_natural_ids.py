"""Progress reports take the id derived from (country, result, semester).

Twins that two laptops of one country made for the same result and semester are
folded into the one row with the derived id: the newest value of each field wins
(by its field version), the concurrent values that lose go to the conflict list,
and evidence is re-pointed (see cisdesk.db.fold).

Revision ID: 0003
Revises: 0006
Create Date: 2026-11-30
"""

from alembic import op

from cisdesk.db.fold import fold_progress_twins

revision = "0003"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    fold_progress_twins(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the folded rows are valid rows of the older schema too."""
