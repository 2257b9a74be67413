"""The link keys of fact-checks: stored with each fact-check, looked up for a voter's links.

A fact-check is named by its own address and by the addresses where its claim appeared
(ClaimReview's `itemReviewed.appearance` and `firstAppearance`). Each is stored as its comparison
key (`matching.link_keys`), beside the address as written, and follows the fact-check: an import
or an update sets them anew (`set_links`, or `bulk_upsert` for many at once), a correction of
the address changes the own one, and a deleted fact-check takes its rows with it (ON DELETE
CASCADE). A tip's keys are then looked up with one indexed statement (`linked_fact_checks`).

On PostgreSQL the keys go as one array parameter (`key = ANY($1)`), so the statement's cached
generic plan is the same index scan whatever the number of links in a tip (decision 71).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from typing import Any

from sqlalchemy import String, any_, bindparam, delete
from sqlalchemy.dialects.postgresql import ARRAY
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from factchecks.models import FactCheck, FactCheckLink, LinkKind
from matching.link_keys import link_key

LinkRow = tuple[LinkKind, str, str]
"""A link as stored: its kind, its key and the address it was made from."""


def wanted_links(url: str | None, appearances: Iterable[str]) -> list[LinkRow]:
    """The links a fact-check at `url` whose claim appeared at `appearances` should have, each
    (kind, key) once, in order; addresses that give no key (not http(s)) are left out."""
    rows: dict[tuple[LinkKind, str], str] = {}
    for kind, addresses in (
        (LinkKind.OWN, [url] if url else []),
        (LinkKind.APPEARANCE, appearances),
    ):
        for address in addresses:
            key = link_key(address)
            if key is not None:
                rows.setdefault((kind, key), address)
    return [(kind, key, address) for (kind, key), address in rows.items()]


async def set_links(
    session: AsyncSession,
    fact_check_id: int,
    links: Sequence[LinkRow],
    kinds: Collection[LinkKind] = tuple(LinkKind),
) -> None:
    """Make the fact-check's stored links of `kinds` exactly those of `links` (links of other
    kinds stay). Rewritten whole, as `bulk_upsert` does, so both store them in one order."""
    await session.exec(
        delete(FactCheckLink).where(
            col(FactCheckLink.fact_check_id) == fact_check_id,
            col(FactCheckLink.kind).in_(list(kinds)),
        )
    )
    session.add_all(
        FactCheckLink(fact_check_id=fact_check_id, kind=kind, key=key, url=url)
        for kind, key, url in links
        if kind in kinds
    )
    await session.flush()


async def delete_links_of(session: AsyncSession, fact_check_ids: Collection[int]) -> None:
    """Delete every link of these fact-checks (before their links are written anew)."""
    if fact_check_ids:
        await session.exec(
            delete(FactCheckLink).where(col(FactCheckLink.fact_check_id).in_(fact_check_ids))
        )


def link_values(fact_check_id: int, links: Iterable[LinkRow]) -> list[dict[str, Any]]:
    """`links` as rows of the table, for an INSERT of many."""
    return [
        {"fact_check_id": fact_check_id, "kind": kind, "key": key, "url": url}
        for kind, key, url in links
    ]


async def linked_fact_checks(
    session: AsyncSession, keys: Sequence[str], limit: int = 2
) -> list[FactCheck]:
    """The fact-checks (at most `limit`, by id) named by any of `keys`, in one statement: the
    keys' index gives the ids, the fact-checks' primary key their rows.

    With the default limit: none, the one fact-check the keys name, or two of them when they
    name more (all a caller deciding whether to answer needs to know). Sorted here, not by an
    ORDER BY: the caller needs no order, and a LIMIT under an ORDER BY on the primary key is
    what can tempt PostgreSQL to walk the catalogue in id order instead of using the keys'
    index (its plan here, generic, at 200,000 fact-checks: the index, then the primary key)."""
    if not keys:
        return []
    key_column = col(FactCheckLink.key)
    if session.get_bind().dialect.name == "postgresql":
        condition = key_column == any_(bindparam("link_keys", list(keys), type_=ARRAY(String)))
    else:
        condition = key_column.in_(list(keys))
    ids = select(FactCheckLink.fact_check_id).where(condition)
    statement = select(FactCheck).where(col(FactCheck.id).in_(ids)).limit(limit)
    return sorted((await session.exec(statement)).all(), key=lambda found: found.id or 0)


async def appearances_of(
    session: AsyncSession, fact_check_ids: Collection[int]
) -> dict[int, list[str]]:
    """The addresses where each fact-check's claim appeared, as written, in the order stored."""
    found: dict[int, list[str]] = {}
    if not fact_check_ids:
        return found
    rows = await session.exec(
        select(FactCheckLink.fact_check_id, FactCheckLink.url)
        .where(
            col(FactCheckLink.fact_check_id).in_(fact_check_ids),
            FactCheckLink.kind == LinkKind.APPEARANCE,
        )
        .order_by(col(FactCheckLink.id))
    )
    for fact_check_id, url in rows.all():
        found.setdefault(fact_check_id, []).append(url)
    return found
