"""outbox claims (attempted_at, per-chat pacing index) and the tip limit's index

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05 15:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("outbox_message", schema=None) as batch_op:
        batch_op.add_column(sa.Column("attempted_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index(
            "ix_outbox_message_chat_attempt", ["channel", "address", "attempted_at"], unique=False
        )
    with op.batch_alter_table("tip", schema=None) as batch_op:
        batch_op.create_index(
            "ix_tip_requester_received", ["requester_id", "received_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("tip", schema=None) as batch_op:
        batch_op.drop_index("ix_tip_requester_received")
    with op.batch_alter_table("outbox_message", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_message_chat_attempt")
        batch_op.drop_column("attempted_at")
