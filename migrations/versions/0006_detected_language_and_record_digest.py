"""fact-check language confidence and record digest

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05 12:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("fact_check", schema=None) as batch_op:
        batch_op.add_column(sa.Column("language_confidence", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("record_digest", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("fact_check", schema=None) as batch_op:
        batch_op.drop_column("record_digest")
        batch_op.drop_column("language_confidence")
