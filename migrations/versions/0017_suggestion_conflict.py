"""the contradiction guard's finding on a queue item, stored as its kind and its two values

So that the desk reads why a suggestion was held back in its own language: `suggestion_reason`
held it in English only ("number differs: 3pm vs 7pm"). Rows written before keep that text
and show it as it is (nothing here can parse it back reliably).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06 15:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# `matching.conflicts.ConflictKind` as of this revision (a VARCHAR: a new kind needs no migration).
KINDS = (
    "negation",
    "outcome",
    "place",
    "office",
    "date",
    "number",
    "name",
    "denial",
    "wording",
    "scope",
    "subject",
    "election",
    "cause",
    "quantity",
    "order",
)


def upgrade() -> None:
    with op.batch_alter_table("queue_item", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "suggestion_conflict",
                sa.Enum(*KINDS, name="conflictkind", native_enum=False, length=32),
                nullable=True,
            )
        )
        batch_op.add_column(sa.Column("suggestion_message_value", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("suggestion_claim_value", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("queue_item", schema=None) as batch_op:
        batch_op.drop_column("suggestion_claim_value")
        batch_op.drop_column("suggestion_message_value")
        batch_op.drop_column("suggestion_conflict")
