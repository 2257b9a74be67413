"""The desk's canned replies (macros): saved by name, read when an answer names one."""

from __future__ import annotations

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from factchecks.clock import utc_now
from factchecks.models import DeskMacro


async def save(session: AsyncSession, name: str, text: str, author: str) -> str | None:
    """Store (or replace) the macro `name`; returns the text it replaced, if any."""
    found = (await session.exec(select(DeskMacro).where(col(DeskMacro.name) == name))).first()
    before = found.text if found is not None else None
    macro = found or DeskMacro(name=name, text=text, author=author)
    macro.text, macro.author, macro.updated_at = text, author, utc_now()
    session.add(macro)
    return before


async def all_macros(session: AsyncSession) -> list[DeskMacro]:
    """Every saved macro, by name."""
    return list((await session.exec(select(DeskMacro).order_by(col(DeskMacro.name)))).all())


async def delete(session: AsyncSession, name: str) -> str | None:
    """Delete the macro `name`; returns its text, or None when there was none."""
    found = (await session.exec(select(DeskMacro).where(col(DeskMacro.name) == name))).first()
    if found is None:
        return None
    await session.delete(found)
    return found.text


async def text_of(session: AsyncSession, name: str) -> str | None:
    """The text of macro `name`, if saved."""
    found = (await session.exec(select(DeskMacro).where(col(DeskMacro.name) == name))).first()
    return found.text if found is not None else None
