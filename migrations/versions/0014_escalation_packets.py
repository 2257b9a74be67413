"""escalation packets (one claim's evidence sent to a platform or an electoral body, and its
status) and tags on claims

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05 19:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "escalation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("queue_item_id", sa.Integer(), nullable=False),
        sa.Column("recipient", sa.String(length=128), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "pending",
                "sent",
                "failed",
                "acknowledged",
                "actioned",
                "declined",
                name="escalationstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("packet", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.String(length=512), nullable=True),
        sa.Column("outcome_note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["queue_item_id"],
            ["queue_item.id"],
            name=op.f("fk_escalation_queue_item_id_queue_item"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_escalation")),
    )
    with op.batch_alter_table("escalation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_escalation_queue_item_id"), ["queue_item_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_escalation_updated_at"), ["updated_at"], unique=False)
    op.create_table(
        "claim_tag",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(length=40), nullable=False),
        sa.Column("queue_item_id", sa.Integer(), nullable=True),
        sa.Column("fact_check_id", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["fact_check_id"],
            ["fact_check.id"],
            name=op.f("fk_claim_tag_fact_check_id_fact_check"),
        ),
        sa.ForeignKeyConstraint(
            ["queue_item_id"],
            ["queue_item.id"],
            name=op.f("fk_claim_tag_queue_item_id_queue_item"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim_tag")),
    )
    with op.batch_alter_table("claim_tag", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_claim_tag_fact_check_id"), ["fact_check_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_claim_tag_queue_item_id"), ["queue_item_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_claim_tag_tag"), ["tag"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("claim_tag", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claim_tag_tag"))
        batch_op.drop_index(batch_op.f("ix_claim_tag_queue_item_id"))
        batch_op.drop_index(batch_op.f("ix_claim_tag_fact_check_id"))
    op.drop_table("claim_tag")
    with op.batch_alter_table("escalation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_escalation_updated_at"))
        batch_op.drop_index(batch_op.f("ix_escalation_queue_item_id"))
    op.drop_table("escalation")
