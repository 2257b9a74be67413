"""text vectors and suggestion reason

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05 12:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "text_vector",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("text_hash", sa.String(length=64), nullable=False),
        sa.Column("model", sa.String(length=128), nullable=False),
        sa.Column("vector", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_text_vector")),
        sa.UniqueConstraint("text_hash", "model", name=op.f("uq_text_vector_text_hash_model")),
    )
    with op.batch_alter_table("queue_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("suggestion_reason", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("queue_item", schema=None) as batch_op:
        batch_op.drop_column("suggestion_reason")
    op.drop_table("text_vector")
