"""Tags: `/tag <id> <tag>...` labels a queue item (`/tag fc:<id> ...` a fact-check), `-<tag>`
takes one off, so organisations can receive only the claims they work on (`tags` in their
report settings). A tag is lower-case letters, digits, - and _ (at most 40 characters).
"""

from __future__ import annotations

from bot import texts
from bot.replies import Reply, reply
from bot.usecases.dependencies import Core, Person
from bot.usecases.desk_queue import refusal
from factchecks.claim_tags import change_tags, normalise_tag
from factchecks.models import FactCheck
from factchecks.queue import get_item

FACT_CHECK_PREFIX = "fc:"


async def tag_claim(core: Core, actor: Person, target: str, words: list[str]) -> Reply:
    """Add (and, with `-tag`, remove) tags on a queue item or a fact-check; its tags after."""
    if refused := refusal(core, actor):
        return refused
    add: set[str] = set()
    remove: set[str] = set()
    for word in words:
        tag = normalise_tag(word.removeprefix("-"))
        if tag is None:
            return reply(texts.BAD_TAG, tag=word[:60])
        (remove if word.startswith("-") else add).add(tag)
    is_fact_check = target.casefold().startswith(FACT_CHECK_PREFIX)
    ref = target[len(FACT_CHECK_PREFIX) :] if is_fact_check else target
    ref = ref.lstrip("#")
    if not ref.isdigit() or not words:
        return reply(texts.TAG_USAGE)
    claim_id = int(ref)
    async with core.db.session() as session:
        if is_fact_check:
            exists = await session.get(FactCheck, claim_id) is not None
        else:
            exists = await get_item(session, claim_id) is not None
    if not exists:
        if is_fact_check:
            return reply(texts.FACT_CHECK_NOT_FOUND, ref=target[:60])
        return reply(texts.ITEM_NOT_FOUND, id=claim_id)
    tags = await change_tags(
        core.db,
        add=add - remove,
        remove=remove,
        actor=core.display_name(actor),
        queue_item_id=None if is_fact_check else claim_id,
        fact_check_id=claim_id if is_fact_check else None,
    )
    shown = ", ".join(tags) or "—"
    if is_fact_check:
        return reply(texts.FACT_CHECK_TAGS, fact_check_id=claim_id, tags=shown)
    return reply(texts.ITEM_TAGS, id=claim_id, tags=shown)
