"""The language picker on WhatsApp with more languages than a list menu holds (10 rows).

Fifteen languages: the first page shows nine and a "More languages" row; that row names the
outbox message and where the next page starts, and the next page shows the other six.
"""

from __future__ import annotations

from bot import texts
from bot.channels.whatsapp import MORE_PREFIX, WhatsAppSender
from bot.channels.whatsapp_api import WhatsAppClient
from bot.i18n import Catalogs
from bot.outgoing import Outgoing
from bot.replies import Choice, LanguageName, Msg, Reply
from bot.usecases.dependencies import Address, send
from factchecks import requesters
from factchecks.clock import utc_now
from factchecks.database import Database
from tests.bot.conftest import StartWhatsAppLine
from tests.fakes import graph_api as wa
from tests.fakes.graph_api import FakeGraphAPI

VOTER = "447700900123"
FIFTEEN = ["ar", "de", "en", "es", "fr", "hi", "id", "it", "nl", "pl", "pt", "ru", "sw", "tr", "zh"]


def _picker() -> Reply:
    """A reply with the language picker over fifteen languages."""
    return Reply(
        (Msg(texts.LANGUAGE_SET, {"language": LanguageName("en", capitalised=False)}),),
        tuple(Choice(LanguageName(code), f"lang:{code}") for code in FIFTEEN),
        Msg(texts.LANGUAGE_PROMPT),
    )


async def test_fifteen_languages_are_paged_nine_at_a_time(
    graph: FakeGraphAPI, database_url: str
) -> None:
    db = Database(database_url)
    async with db.transaction() as session:  # the voter wrote just now: the window is open
        await requesters.upsert_requester(
            session, pseudonym="p", channel="whatsapp", address=VOTER, language_hint=None
        )
    picker = _picker()
    english = Catalogs().translator("en")
    async with WhatsAppClient(graph.base_url, graph.phone_number_id, graph.access_token) as client:
        sender = WhatsAppSender(client, {}, "en")
        await sender.send(Outgoing(41, "whatsapp", VOTER, picker, english, last_wrote=utc_now()))
        [first] = await graph.wait_for_messages(VOTER)
        assert first.payload["interactive"]["type"] == "list"
        assert len(first.buttons) == 10
        more_id, more_title = first.buttons[-1]
        assert more_title == "More languages"
        assert more_id == f"{MORE_PREFIX}41:9"
        next_first = int(more_id.rsplit(":", 1)[1])
        await sender.send(
            Outgoing(
                42, "whatsapp", VOTER, picker.starting_at(next_first), english, last_wrote=utc_now()
            )
        )
        second = (await graph.wait_for_messages(VOTER, count=2))[1]
    await db.dispose()
    assert not any(button_id.startswith(MORE_PREFIX) for button_id, _ in second.buttons)
    shown = [button_id for button_id, _ in first.buttons[:-1] + second.buttons]
    assert shown == [f"lang:{code}" for code in FIFTEEN]  # each once, in order
    assert ("lang:es", "Español") in first.buttons and ("lang:zh", "中文") in second.buttons


async def test_pressing_more_languages_sends_the_next_page(
    graph: FakeGraphAPI, start_whatsapp_line: StartWhatsAppLine
) -> None:
    line = await start_whatsapp_line()
    await graph.deliver_webhook(
        line.url, graph.webhook_payload([wa.text_message(VOTER, "/language")])
    )
    [first_picker] = await graph.wait_for_messages(VOTER)  # the real picker: 15 languages
    languages = line.tipline.catalogs.languages
    assert len(languages) > 10  # so its first page is nine languages and "More languages"
    assert [button_id for button_id, _ in first_picker.buttons[:-1]] == [
        f"lang:{code}" for code in languages[:9]
    ]
    assert first_picker.buttons[-1][0].startswith(MORE_PREFIX)
    async with line.tipline.db.transaction() as session:  # a fifteen-language picker for them
        send(session, Address("whatsapp", VOTER), _picker())
    line.tipline.delivery.wake()
    paged = (await graph.wait_for_messages(VOTER, count=2))[1]
    more_id, more_title = paged.buttons[-1]
    assert more_title == "More languages"
    reply = wa.button_reply(VOTER, more_id, more_title)  # then made a list menu's reply
    reply["interactive"] = {"type": "list_reply", "list_reply": {"id": more_id, "title": "x"}}
    assert await graph.deliver_webhook(line.url, graph.webhook_payload([reply])) == 200
    second = (await graph.wait_for_messages(VOTER, count=3))[2]
    assert [button_id for button_id, _ in second.buttons] == [f"lang:{c}" for c in FIFTEEN[9:]]
    assert second.text == paged.text  # the same message, its next page
