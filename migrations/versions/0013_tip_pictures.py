"""tip pictures kept for the desk's /show (metadata-free copies, deleted after 30 days); the
suggestion's match score on queue items

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05 18:35:25.592646
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "tip_picture",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tip_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("content_type", sa.String(length=32), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["tip_id"], ["tip.id"], name=op.f("fk_tip_picture_tip_id_tip"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tip_picture")),
    )
    with op.batch_alter_table("tip_picture", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tip_picture_created_at"), ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_tip_picture_tip_id"), ["tip_id"], unique=False)
    with op.batch_alter_table("queue_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("suggestion_score", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("queue_item", schema=None) as batch_op:
        batch_op.drop_column("suggestion_score")
    with op.batch_alter_table("tip_picture", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tip_picture_tip_id"))
        batch_op.drop_index(batch_op.f("ix_tip_picture_created_at"))
    op.drop_table("tip_picture")
