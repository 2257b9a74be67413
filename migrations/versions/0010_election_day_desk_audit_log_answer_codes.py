"""election-day desk: audit log, answer codes, burst alerts, review drafts, macros

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05 15:45:59.740186
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "desk_macro",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_desk_macro")),
        sa.UniqueConstraint("name", name=op.f("uq_desk_macro_name")),
    )
    op.create_table(
        "desk_draft",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("queue_item_id", sa.Integer(), nullable=False),
        sa.Column("author", sa.String(length=64), nullable=False),
        sa.Column(
            "action",
            sa.Enum(
                "take",
                "take_over",
                "release",
                "answer",
                "link",
                "confirm",
                "dismiss",
                "correct",
                "draft",
                "approve",
                "reject",
                "merge",
                "split",
                name="deskactionkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "pending",
                "approved",
                "rejected",
                name="draftstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("reviewer", sa.String(length=64), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["queue_item_id"],
            ["queue_item.id"],
            name=op.f("fk_desk_draft_queue_item_id_queue_item"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_desk_draft")),
    )
    with op.batch_alter_table("desk_draft", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_desk_draft_queue_item_id"), ["queue_item_id"], unique=False
        )
    with op.batch_alter_table("queue_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("alerted_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("merged_into_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_queue_item_merged_into_id_queue_item"),
            "queue_item",
            ["merged_into_id"],
            ["id"],
        )
    op.create_table(
        "answer_code",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("fact_check_id", sa.Integer(), nullable=False),
        sa.Column(
            "verdict",
            sa.Enum(
                "false",
                "partly_false",
                "misleading",
                "missing_context",
                "unproven",
                "satire",
                "mostly_true",
                "true",
                "other",
                name="verdict",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["fact_check_id"],
            ["fact_check.id"],
            name=op.f("fk_answer_code_fact_check_id_fact_check"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answer_code")),
        sa.UniqueConstraint("code", name=op.f("uq_answer_code_code")),
    )
    with op.batch_alter_table("answer_code", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_answer_code_fact_check_id"), ["fact_check_id"], unique=False
        )

    op.create_table(
        "verify_attempt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("requester_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["requester_id"],
            ["requester.id"],
            name=op.f("fk_verify_attempt_requester_id_requester"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_verify_attempt")),
    )
    with op.batch_alter_table("verify_attempt", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_verify_attempt_at"), ["at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_verify_attempt_requester_id"), ["requester_id"], unique=False
        )

    op.create_table(
        "desk_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column(
            "action",
            sa.Enum(
                "take",
                "take_over",
                "release",
                "answer",
                "link",
                "confirm",
                "dismiss",
                "correct",
                "draft",
                "approve",
                "reject",
                "merge",
                "split",
                name="deskactionkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("queue_item_id", sa.Integer(), nullable=True),
        sa.Column("fact_check_id", sa.Integer(), nullable=True),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["fact_check_id"],
            ["fact_check.id"],
            name=op.f("fk_desk_action_fact_check_id_fact_check"),
        ),
        sa.ForeignKeyConstraint(
            ["queue_item_id"],
            ["queue_item.id"],
            name=op.f("fk_desk_action_queue_item_id_queue_item"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_desk_action")),
    )
    with op.batch_alter_table("desk_action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_desk_action_at"), ["at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_desk_action_fact_check_id"), ["fact_check_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_desk_action_queue_item_id"), ["queue_item_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("desk_macro")
    with op.batch_alter_table("desk_draft", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_desk_draft_queue_item_id"))
    op.drop_table("desk_draft")
    with op.batch_alter_table("desk_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_desk_action_queue_item_id"))
        batch_op.drop_index(batch_op.f("ix_desk_action_fact_check_id"))
        batch_op.drop_index(batch_op.f("ix_desk_action_at"))

    op.drop_table("desk_action")
    with op.batch_alter_table("verify_attempt", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_verify_attempt_requester_id"))
        batch_op.drop_index(batch_op.f("ix_verify_attempt_at"))

    op.drop_table("verify_attempt")
    with op.batch_alter_table("answer_code", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_answer_code_fact_check_id"))

    op.drop_table("answer_code")
    with op.batch_alter_table("queue_item", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_queue_item_merged_into_id_queue_item"), type_="foreignkey"
        )
        batch_op.drop_column("merged_into_id")
        batch_op.drop_column("alerted_at")
