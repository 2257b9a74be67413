"""match index versions and changes, for many workers

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05 15:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STREAMS = ("catalogue", "queue")
KINDS = ("fact_check", "tip_queued", "item_closed")


def upgrade() -> None:
    index_version = op.create_table(
        "index_version",
        sa.Column(
            "stream",
            sa.Enum(*STREAMS, name="indexstream", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("stream", name=op.f("pk_index_version")),
    )
    op.bulk_insert(index_version, [{"stream": stream, "version": 0} for stream in STREAMS])
    op.create_table(
        "index_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "stream",
            sa.Enum(*STREAMS, name="indexstream", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(*KINDS, name="indexchangekind", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("key", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_index_change")),
    )
    op.create_index(
        "ix_index_change_stream_version", "index_change", ["stream", "version"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_index_change_stream_version", table_name="index_change")
    op.drop_table("index_change")
    op.drop_table("index_version")
