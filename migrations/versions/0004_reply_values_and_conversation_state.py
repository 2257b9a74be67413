"""reply values in the outbox, the voter's conversation state

The outbox stores reply values (JSON: catalog message ids and parameters) rendered when sent,
so `text` becomes optional (rows written before keep their finished text). Each requester gets
the state of their conversation.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05 12:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STATES = ("new", "choosing_language", "ready", "claim_received", "answered", "queued")


def upgrade() -> None:
    with op.batch_alter_table("outbox_message", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reply", sa.Text(), nullable=True))
        batch_op.alter_column("text", existing_type=sa.Text(), nullable=True)
    with op.batch_alter_table("requester", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "state",
                sa.Enum(*STATES, name="conversationstate", native_enum=False, length=32),
                nullable=False,
                server_default="new",
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("requester", schema=None) as batch_op:
        batch_op.drop_column("state")
    op.execute("UPDATE outbox_message SET text = '' WHERE text IS NULL")
    with op.batch_alter_table("outbox_message", schema=None) as batch_op:
        batch_op.alter_column("text", existing_type=sa.Text(), nullable=False)
        batch_op.drop_column("reply")
