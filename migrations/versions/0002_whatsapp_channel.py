"""whatsapp channel: window, statuses, region language, frequently forwarded

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 11:26:13.931077
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("outbox_message", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("language", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True)
        )
        batch_op.add_column(
            sa.Column("external_id", sqlmodel.sql.sqltypes.AutoString(length=128), nullable=True)
        )
        batch_op.add_column(
            sa.Column("delivery_status", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True)
        )
        batch_op.create_index(
            batch_op.f("ix_outbox_message_external_id"), ["external_id"], unique=False
        )

    with op.batch_alter_table("requester", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("region_language", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True)
        )

    with op.batch_alter_table("tip", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "frequently_forwarded", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("tip", schema=None) as batch_op:
        batch_op.drop_column("frequently_forwarded")

    with op.batch_alter_table("requester", schema=None) as batch_op:
        batch_op.drop_column("region_language")

    with op.batch_alter_table("outbox_message", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_message_external_id"))
        batch_op.drop_column("delivery_status")
        batch_op.drop_column("external_id")
        batch_op.drop_column("language")
