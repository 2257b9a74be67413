"""fact_check_link: the comparison keys of each fact-check's own address and of the addresses
where its claim appeared, so a voter who sends one of those links is answered with it; the own
addresses of the fact-checks already stored are keyed here

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07 18:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from matching.link_keys import link_key

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ROWS_PER_INSERT = 1_000


def upgrade() -> None:
    link = op.create_table(
        "fact_check_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fact_check_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("own", "appearance", name="linkkind", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("key", sa.String(length=2048), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["fact_check_id"],
            ["fact_check.id"],
            name=op.f("fk_fact_check_link_fact_check_id_fact_check"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fact_check_link")),
        sa.UniqueConstraint(
            "fact_check_id",
            "kind",
            "key",
            name=op.f("uq_fact_check_link_fact_check_id_kind_key"),
        ),
    )
    op.create_index("ix_fact_check_link_key", "fact_check_link", ["key", "fact_check_id"])
    # The fact-checks stored before: their own addresses (where they appeared was not kept;
    # re-importing their ClaimReview files adds those).
    fact_check = sa.table("fact_check", sa.column("id", sa.Integer), sa.column("url", sa.Text))
    bind = op.get_bind()
    rows: list[dict[str, object]] = []
    for fact_check_id, url in bind.execute(
        sa.select(fact_check.c.id, fact_check.c.url).where(fact_check.c.url.is_not(None))
    ):
        key = link_key(url)
        if key is not None:
            rows.append({"fact_check_id": fact_check_id, "kind": "own", "key": key, "url": url})
    for start in range(0, len(rows), _ROWS_PER_INSERT):
        op.bulk_insert(link, rows[start : start + _ROWS_PER_INSERT])


def downgrade() -> None:
    op.drop_index("ix_fact_check_link_key", table_name="fact_check_link")
    op.drop_table("fact_check_link")
