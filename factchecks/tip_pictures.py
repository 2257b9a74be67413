"""The pictures voters sent, kept for a while so the desk can look at them (`/show`).

A tip's fingerprints and the text read from it are enough to match it, but a fact-checker
deciding what a picture claims needs to see it. So each picture of a tip that goes to the
desk's queue (none of a tip answered at once, or over the tip limit) is kept as a
metadata-free copy (`factchecks.picture_copies`: no EXIF, no GPS, no camera serial), at most
`MAX_PICTURE_BYTES`, with its content type and when it was stored. Pictures are deleted after
`TIPLINE_RETAIN_MEDIA_DAYS` by the retention job (`delete_pictures_before`), and a voter's on
request (`delete_pictures_of_tips`). Nothing here names the voter: the tip id is the only link.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime

from sqlalchemy import Column, DateTime, LargeBinary, delete, func
from sqlmodel import Field, SQLModel, col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from factchecks.clock import utc_now
from factchecks.models import Tip
from factchecks.picture_copies import MAX_PICTURE_BYTES, PictureCopy

MAX_PICTURES_PER_TIP = 10  # an album's size on both platforms


class TipPicture(SQLModel, table=True):
    """One picture of a tip (an album has several), as the desk is shown it."""

    __tablename__ = "tip_picture"

    id: int | None = Field(default=None, primary_key=True)
    tip_id: int = Field(foreign_key="tip.id", index=True, ondelete="CASCADE")
    position: int = 0  # its place in the tip's album
    content_type: str = Field(max_length=32)  # "image/jpeg" or "image/png"
    size_bytes: int
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    created_at: datetime = Field(
        default_factory=utc_now,
        sa_column=Column(DateTime(timezone=True), nullable=False, index=True),
    )


def add_pictures(session: AsyncSession, tip_id: int, copies: Sequence[PictureCopy]) -> int:
    """Keep `copies` (in album order) as the pictures of tip `tip_id`, inside the caller's
    transaction; over-sized ones and any beyond `MAX_PICTURES_PER_TIP` are left out. Returns
    how many were kept."""
    kept = [copy for copy in copies if 0 < len(copy.data) <= MAX_PICTURE_BYTES]
    for position, copy in enumerate(kept[:MAX_PICTURES_PER_TIP]):
        session.add(
            TipPicture(
                tip_id=tip_id,
                position=position,
                content_type=copy.content_type,
                size_bytes=len(copy.data),
                data=copy.data,
            )
        )
    return min(len(kept), MAX_PICTURES_PER_TIP)


async def pictures_of_item(
    session: AsyncSession, item_id: int, limit: int
) -> list[tuple[int, int]]:
    """(picture id, tip id) of the newest `limit` pictures of queue item `item_id`'s tips,
    newest tip first, each album in order. Bytes are not read: they are sent one by one."""
    rows = await session.exec(
        select(TipPicture.id, TipPicture.tip_id)
        .join(Tip, col(Tip.id) == col(TipPicture.tip_id))
        .where(col(Tip.queue_item_id) == item_id)
        .order_by(col(Tip.received_at).desc(), col(Tip.id).desc(), col(TipPicture.position).asc())
        .limit(limit)
    )
    return [(picture_id or 0, tip_id) for picture_id, tip_id in rows.all()]


async def has_pictures(session: AsyncSession, tip_id: int) -> bool:
    """Whether tip `tip_id` has pictures kept already."""
    found = await session.exec(select(TipPicture.id).where(col(TipPicture.tip_id) == tip_id))
    return found.first() is not None


async def count_pictures_of_item(session: AsyncSession, item_id: int) -> int:
    """How many pictures queue item `item_id`'s tips still have."""
    rows = await session.exec(
        select(func.count(col(TipPicture.id)))
        .join(Tip, col(Tip.id) == col(TipPicture.tip_id))
        .where(col(Tip.queue_item_id) == item_id)
    )
    return int(rows.one())


async def get_picture(session: AsyncSession, picture_id: int) -> TipPicture | None:
    """Picture `picture_id`, bytes included; None once it was deleted."""
    return await session.get(TipPicture, picture_id)


async def count_pictures_before(session: AsyncSession, cutoff: datetime) -> int:
    """How many pictures were stored before `cutoff` (what a retention pass would delete)."""
    found = await session.exec(
        select(func.count()).select_from(TipPicture).where(col(TipPicture.created_at) < cutoff)
    )
    return int(found.one())


async def delete_pictures_before(session: AsyncSession, cutoff: datetime) -> int:
    """Delete every picture stored before `cutoff` (the retention pass, `factchecks.retention`:
    `TIPLINE_RETAIN_MEDIA_DAYS`); returns how many."""
    result = await session.exec(delete(TipPicture).where(col(TipPicture.created_at) < cutoff))
    return int(getattr(result, "rowcount", 0) or 0)


async def delete_pictures_of_tips(session: AsyncSession, tip_ids: Collection[int]) -> int:
    """Delete the pictures of these tips (a voter asked for their data to be erased); returns
    how many."""
    if not tip_ids:
        return 0
    result = await session.exec(delete(TipPicture).where(col(TipPicture.tip_id).in_(list(tip_ids))))
    return int(getattr(result, "rowcount", 0) or 0)
