"""Verifiable answers: every verdict carries a code, `/verify` (or the bare code) proves it is
ours, an invented or malformed code does not, and trying codes is limited per sender."""

from __future__ import annotations

import re

from sqlmodel import select

from bot import texts
from bot.conversation import Conversation
from bot.rendering import render
from bot.replies import Msg, Reply
from bot.usecases import desk_queue, verify_answer
from bot.usecases.dependencies import Core, Person
from bot.usecases.receive_tip import receive_tip
from factchecks import answer_codes
from factchecks.models import AnswerCode, VerifyAttempt
from tests.bot.conftest import CHECKER, SEED_URL
from tests.bot.test_usecases import ARMY, SMS, open_item_ids, outbox_to, tip

FRIEND = Person("whatsapp", "447700900555", "447700900555", "en")  # got a screenshot


def _code(value: Reply) -> str:
    [part] = [p for p in value.parts if p.msgid == texts.ANSWER_CODE]
    return str(part.params["code"])


def test_codes_have_at_least_40_random_bits_and_read_back_however_typed() -> None:
    assert len(answer_codes.ALPHABET) ** answer_codes.CODE_CHARS >= 2**40
    codes = {answer_codes.new_code() for _ in range(2000)}
    assert len(codes) == 2000 and all(re.fullmatch(r"[0-9A-Z]{8}", code) for code in codes)
    code = "7KQ20M1X"
    printed = answer_codes.shown(code)
    assert printed == "V-7KQ2-0M1X" and answer_codes.looks_like_code(printed)
    for typed in (printed, printed.lower(), "7KQ2 0M1X", "v7kq2-om1x", "V-7KQ2-OMLX"):
        assert answer_codes.normalise(typed) == code, typed
    for typed in ("", "hello", "V-7KQ2-0M1", "V-7KQ2-0M1XY", "V-7KQ2-0MUX", "ELECTION!"):
        assert answer_codes.normalise(typed) is None, typed
    assert not answer_codes.looks_like_code("ELECTION")  # a bare word is never taken for a code


async def test_a_sent_answer_verifies_and_an_invented_code_does_not(core: Core) -> None:
    answer = await receive_tip(core, tip("121", SMS))
    assert answer is not None and answer.parts[0].msgid == texts.MATCH
    code = _code(answer)
    value = await verify_answer.verify(core, FRIEND, code.lower())
    assert value.parts[0].msgid == texts.VERIFY_OK and value.parts[0].params["code"] == code
    assert value.parts[1].msgid == texts.MATCH
    assert value.parts[1].params["url"] == SEED_URL + "sms"
    assert value.parts[1].params["verdict"] == answer.parts[0].params["verdict"]
    assert (await outbox_to(core, FRIEND.address))[-1] == value

    invented = "V-ZZZZ-ZZZZ" if code != "V-ZZZZ-ZZZZ" else "V-YYYY-YYYY"
    assert await verify_answer.verify(core, FRIEND, invented) == Reply(
        (Msg(texts.VERIFY_UNKNOWN, {"code": invented}),)
    )
    malformed = await verify_answer.verify(core, FRIEND, "V-123")
    assert malformed.parts[0].msgid == texts.VERIFY_MALFORMED
    # Nothing in the code's row points at the voter it was sent to.
    assert set(AnswerCode.model_fields) == {"id", "code", "fact_check_id", "verdict", "created_at"}


async def test_each_voter_notified_by_the_desk_gets_their_own_code(core: Core) -> None:
    for n, voter in enumerate(("131", "132")):
        await receive_tip(core, tip(voter, ARMY + "!" * n))
    [item_id] = await open_item_ids(core)
    await desk_queue.link_item(core, CHECKER, item_id, SEED_URL + "sms")
    codes = [_code((await outbox_to(core, voter))[-1]) for voter in ("131", "132")]
    assert codes[0] != codes[1]
    for code in codes:
        assert (await verify_answer.verify(core, FRIEND, code)).parts[0].msgid == texts.VERIFY_OK


async def test_a_bare_code_is_a_verify_not_a_claim_and_trying_codes_is_limited(core: Core) -> None:
    answer = await receive_tip(core, tip("141", SMS))
    assert answer is not None
    conversation = Conversation(core)
    bare = tip("151", _code(answer), channel="whatsapp")
    await conversation.handle_message(bare)
    [reply] = await outbox_to(core, "151")
    assert reply.parts[0].msgid == texts.VERIFY_OK
    assert await open_item_ids(core) == []  # not queued as a claim
    for n in range(verify_answer.VERIFY_LIMIT - 1):
        value = await verify_answer.verify(core, FRIEND, f"V-AAAA-{n:04d}")
        assert value.parts[0].msgid == texts.VERIFY_UNKNOWN
    assert (await verify_answer.verify(core, FRIEND, _code(answer))).parts[0].msgid == (
        texts.VERIFY_OK
    )
    limited = await verify_answer.verify(core, FRIEND, _code(answer))
    assert limited == Reply((Msg(texts.VERIFY_LIMIT, {"minutes": 10}),))
    # Another sender is not limited by this one.
    other = Person("telegram", "161", "161", "en")
    assert (await verify_answer.verify(core, other, _code(answer))).parts[0].msgid == (
        texts.VERIFY_OK
    )
    async with core.db.session() as session:
        assert len((await session.exec(select(AnswerCode))).all()) == 1


async def test_verify_without_a_code_gets_the_usage_and_counts_no_attempt(core: Core) -> None:
    conversation = Conversation(core)
    await conversation.handle_message(tip("171", "/verify", language_hint="es"))
    await conversation.handle_message(tip("171", "/verify   ", language_hint="es"))
    usage = Reply((Msg(texts.VERIFY_USAGE, {"example": verify_answer.EXAMPLE_CODE}),))
    assert await outbox_to(core, "171") == [usage, usage]
    spanish = render(core.catalogs.translator("es"), usage).body
    assert spanish == "Uso: /verify <código> (los códigos de respuesta son así: V-7KQ2-M9XD)"
    async with core.db.session() as session:
        assert (await session.exec(select(VerifyAttempt))).all() == []
