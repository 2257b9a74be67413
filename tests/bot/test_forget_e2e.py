"""/forget on Telegram end to end: "No" keeps everything, "Yes" erases, and a voter who writes
again afterwards is someone new. (Both channels, the scan and the desk: test_privacy_scan_e2e.)"""

from __future__ import annotations

from sqlmodel import select

from bot.app import Tipline
from factchecks.models import ConversationState, Requester, Tip
from tests.fakes.telegram_api import FakeTelegramAPI

CLAIM = "Polling stations in the north will close at noon because of a curfew"


async def _rows(tipline: Tipline, model: type[Requester] | type[Tip]) -> list[Requester | Tip]:
    async with tipline.db.session() as session:
        return list((await session.exec(select(model))).all())


async def test_no_keeps_everything_yes_erases_and_writing_again_starts_afresh(
    telegram_api: FakeTelegramAPI, tipline: Tipline
) -> None:
    voter = telegram_api.user(930, language_code="en")
    telegram_api.text_message(voter, CLAIM)
    await telegram_api.wait_for_messages(930)

    telegram_api.command(voter, "/forget")
    question = (await telegram_api.wait_for_messages(930, count=2))[1]
    assert [b["text"] for row in question.buttons for b in row] == ["Yes, forget me", "No, keep it"]
    telegram_api.callback_query(voter, "forget:no", question.message_id)
    kept = (await telegram_api.wait_for_messages(930, count=3))[2]
    assert kept.text == "Nothing was deleted."
    [tip] = await _rows(tipline, Tip)
    assert isinstance(tip, Tip) and tip.text == CLAIM

    telegram_api.command(voter, "/forget")
    question = (await telegram_api.wait_for_messages(930, count=4))[3]
    telegram_api.callback_query(voter, "forget:yes", question.message_id)
    farewell = (await telegram_api.wait_for_messages(930, count=5))[4]
    assert farewell.text.startswith("Done: I have forgotten you.")
    [tip] = await _rows(tipline, Tip)
    assert isinstance(tip, Tip) and tip.text == ""
    # "Yes" pressed again on the same question: no second farewell (the next message the voter
    # gets answers their next claim), and no new voter row for the press.
    telegram_api.callback_query(voter, "forget:yes", question.message_id)

    telegram_api.text_message(voter, CLAIM + " again")
    answer = (await telegram_api.wait_for_messages(930, count=6))[5]
    assert "fact-checkers" in answer.text
    voters = await _rows(tipline, Requester)
    states = sorted(str(v.state) for v in voters if isinstance(v, Requester))
    assert states == [ConversationState.FORGOTTEN, ConversationState.QUEUED]
    [erased] = [v for v in voters if isinstance(v, Requester) and v.state == "forgotten"]
    assert erased.address is None and erased.pseudonym.startswith("erased:")
