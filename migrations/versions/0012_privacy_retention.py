"""privacy: tips' platform ids as legacy placeholders (keyed hashes from now on), expirable reply
addresses (with the calling code kept for reports), tip texts' expiry stamp, purge runs

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05 19:00:00.000000

`tip.external_id` held "<chat id>:<message id>" on Telegram (and WhatsApp's message id, which
encodes the sender's number) next to the tip's text. The keyed hash the code now writes needs
TIPLINE_SECRET_KEY, which a migration does not know (and `alembic` on the command line must not
need), so existing rows get "legacy:<tip id>": unique, identifying nobody. The only loss is the
tip table's own redelivery check for messages received before the upgrade, which the inbox's
keyed ids (kept since 0007) already catch. Inbox rows already handled keep no payload.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("requester", schema=None) as batch_op:
        batch_op.alter_column("address", existing_type=sa.String(length=128), nullable=True)
        batch_op.add_column(sa.Column("calling_code", sa.String(length=3), nullable=True))
    with op.batch_alter_table("tip", schema=None) as batch_op:
        batch_op.add_column(sa.Column("text_expired_at", sa.DateTime(timezone=True), nullable=True))
    op.execute("UPDATE tip SET external_id = 'legacy:' || CAST(id AS VARCHAR(20))")
    # Handled rows from before 0007 may still hold the platform's payload (names, user ids).
    op.execute(
        "UPDATE inbox_update SET payload = NULL, voter = NULL, album = NULL "
        "WHERE status IN ('done', 'failed')"
    )
    op.create_table(
        "purge_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ran_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("counts", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purge_run")),
    )
    with op.batch_alter_table("purge_run", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_purge_run_ran_at"), ["ran_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("purge_run", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_purge_run_ran_at"))
    op.drop_table("purge_run")
    with op.batch_alter_table("tip", schema=None) as batch_op:
        batch_op.drop_column("text_expired_at")
    op.execute("UPDATE requester SET address = '' WHERE address IS NULL")
    with op.batch_alter_table("requester", schema=None) as batch_op:
        batch_op.drop_column("calling_code")
        batch_op.alter_column("address", existing_type=sa.String(length=128), nullable=False)
