"""Tags on claims: words the desk puts on a queue item or a fact-check (`/tag 41 violence`), so
an organisation can receive only the claims it works on (`tags = ["violence"]` in its report
settings). A tip is in a tag when its queue item or its fact-check carries it, or its fact-check
answered a queue item that does. Tags are the desk's labels, never anything about a voter.

Registered on the shared metadata by `factchecks.models`, which imports this module at its end.
"""

from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy import Column, DateTime, Table, and_, delete, or_, select, update
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Field, SQLModel, col
from sqlmodel import select as model_select
from sqlmodel.ext.asyncio.session import AsyncSession

from factchecks.clock import utc_now
from factchecks.database import Database

MAX_TAG_CHARS = 40
_TAG = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")


class ClaimTag(SQLModel, table=True):
    """One tag on one queue item or one fact-check (exactly one of the two is set)."""

    __tablename__ = "claim_tag"

    id: int | None = Field(default=None, primary_key=True)
    tag: str = Field(max_length=MAX_TAG_CHARS, index=True)
    queue_item_id: int | None = Field(default=None, foreign_key="queue_item.id", index=True)
    fact_check_id: int | None = Field(default=None, foreign_key="fact_check.id", index=True)
    created_by: str = Field(max_length=64)  # a fact-checker's display name
    created_at: datetime = Field(
        default_factory=utc_now, sa_column=Column(DateTime(timezone=True), nullable=False)
    )


CLAIM_TAG: Table = SQLModel.metadata.tables["claim_tag"]


def normalise_tag(word: str) -> str | None:
    """A tag as stored (lower case letters, digits, - and _; at most 40), or None if not one."""
    tag = word.strip().casefold().lstrip("#")
    return tag if _TAG.match(tag) else None


def _owner(queue_item_id: int | None, fact_check_id: int | None) -> ColumnElement[bool]:
    if queue_item_id is not None:
        return CLAIM_TAG.c.queue_item_id == queue_item_id
    return CLAIM_TAG.c.fact_check_id == fact_check_id


async def change_tags(
    db: Database,
    *,
    add: set[str],
    remove: set[str],
    actor: str,
    queue_item_id: int | None = None,
    fact_check_id: int | None = None,
) -> list[str]:
    """Add and remove tags on one claim; its tags afterwards, sorted."""
    assert (queue_item_id is None) != (fact_check_id is None)
    owner = _owner(queue_item_id, fact_check_id)
    async with db.transaction() as session:
        connection = await session.connection()
        if remove:
            await connection.execute(
                delete(CLAIM_TAG).where(owner, CLAIM_TAG.c.tag.in_(sorted(remove)))
            )
        present = set(
            (await connection.execute(select(CLAIM_TAG.c.tag).where(owner))).scalars().all()
        )
        for tag in sorted(add - present):
            await connection.execute(
                CLAIM_TAG.insert().values(
                    tag=tag,
                    queue_item_id=queue_item_id,
                    fact_check_id=fact_check_id,
                    created_by=actor,
                    created_at=utc_now(),
                )
            )
        return sorted(
            set((await connection.execute(select(CLAIM_TAG.c.tag).where(owner))).scalars().all())
        )


async def move_item_tags(session: AsyncSession, from_item: int, to_item: int) -> None:
    """A merged item's tags go to the item it joined, each tag once there: its tips are that
    item's now, and an organisation that follows a tag keeps receiving them."""
    present = set(
        (
            await session.exec(
                model_select(ClaimTag.tag).where(col(ClaimTag.queue_item_id) == to_item)
            )
        ).all()
    )
    if present:
        await session.exec(
            delete(CLAIM_TAG).where(
                CLAIM_TAG.c.queue_item_id == from_item, CLAIM_TAG.c.tag.in_(sorted(present))
            )
        )
    await session.exec(
        update(CLAIM_TAG)
        .where(CLAIM_TAG.c.queue_item_id == from_item)
        .values(queue_item_id=to_item)
    )


async def tagged_claims(db: Database, tags: frozenset[str]) -> tuple[set[int], set[int]]:
    """(queue item ids, fact-check ids) carrying any of `tags`: the slow twin's way."""
    async with db.engine.connect() as connection:
        rows = (
            await connection.execute(
                select(CLAIM_TAG.c.queue_item_id, CLAIM_TAG.c.fact_check_id).where(
                    CLAIM_TAG.c.tag.in_(sorted(tags))
                )
            )
        ).all()
    items = {row[0] for row in rows if row[0] is not None}
    checks = {row[1] for row in rows if row[1] is not None}
    return items, checks


def in_tags_sql(
    tags: frozenset[str], queue_item_id: ColumnElement[int], fact_check_id: ColumnElement[int]
) -> ColumnElement[bool]:
    """SQL: a tip (by its queue item and fact-check columns) is in one of `tags`."""
    wanted = sorted(tags)
    tagged_items = select(CLAIM_TAG.c.queue_item_id).where(
        CLAIM_TAG.c.tag.in_(wanted), CLAIM_TAG.c.queue_item_id.is_not(None)
    )
    tagged_checks = select(CLAIM_TAG.c.fact_check_id).where(
        CLAIM_TAG.c.tag.in_(wanted), CLAIM_TAG.c.fact_check_id.is_not(None)
    )
    queue_item = SQLModel.metadata.tables["queue_item"]
    answers_of_tagged_items = select(queue_item.c.fact_check_id).where(
        and_(queue_item.c.id.in_(tagged_items), queue_item.c.fact_check_id.is_not(None))
    )
    return or_(
        queue_item_id.in_(tagged_items),
        fact_check_id.in_(tagged_checks),
        fact_check_id.in_(answers_of_tagged_items),
    )
