"""inbox: claims (leases), attempts, status, voter order, parsed payloads dropped once handled

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05 16:00:00.000000

Rows already handled lose their payload (it held the platform's whole update, names included).
Rows not yet handled keep theirs: the channels still read the old formats.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STATUSES = ("pending", "done", "failed")


def upgrade() -> None:
    with op.batch_alter_table("inbox_update", schema=None) as batch_op:
        batch_op.add_column(sa.Column("voter", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("album", sa.String(length=64), nullable=True))
        batch_op.add_column(
            sa.Column(
                "status",
                sa.Enum(*STATUSES, name="inboxstatus", native_enum=False, length=32),
                nullable=False,
                server_default="pending",
            )
        )
        batch_op.add_column(sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("claimed_by", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("claimed_until", sa.DateTime(timezone=True), nullable=True))
        batch_op.alter_column("payload", existing_type=sa.Text(), nullable=True)
        batch_op.create_index("ix_inbox_update_status_voter", ["status", "voter"], unique=False)
    op.execute(
        "UPDATE inbox_update SET status = 'done', payload = NULL WHERE processed_at IS NOT NULL"
    )


def downgrade() -> None:
    op.execute("UPDATE inbox_update SET payload = '{}' WHERE payload IS NULL")
    with op.batch_alter_table("inbox_update", schema=None) as batch_op:
        batch_op.drop_index("ix_inbox_update_status_voter")
        batch_op.alter_column("payload", existing_type=sa.Text(), nullable=False)
        batch_op.drop_column("claimed_until")
        batch_op.drop_column("claimed_by")
        batch_op.drop_column("attempts")
        batch_op.drop_column("status")
        batch_op.drop_column("album")
        batch_op.drop_column("voter")
