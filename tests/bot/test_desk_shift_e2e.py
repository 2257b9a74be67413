"""The election-day desk end to end, against the fake Bot API and the fake Graph API: two
fact-checkers on two channels share an item (`/take` blocks the other), look at it (`/show`,
`/fc`), take it over, answer it, and `/history` lists every step by display name.
"""

from __future__ import annotations

import re

from factchecks.models import OutboxMessage, QueueItem, QueueStatus
from tests.bot.conftest import FACTCHECKER_ID, SEED_URL, StartWhatsAppLine, WhatsAppLine
from tests.fakes import graph_api as wa
from tests.fakes.graph_api import FakeGraphAPI
from tests.fakes.telegram_api import FakeTelegramAPI

BEN_NUMBER = "447700900999"  # a fact-checker on WhatsApp
UK_VOTER = "447700900123"
ARMY = "The army will seize all ballot boxes in the capital on the night of the count"
NAMES = {("telegram", str(FACTCHECKER_ID)): "Ana", ("whatsapp", BEN_NUMBER): "Ben"}


class Ben:
    """The WhatsApp fact-checker: sends a command and reads the bot's reply to it (the desk's
    "New claim" notices, which reach his chat too, are skipped)."""

    def __init__(self, graph: FakeGraphAPI, line: WhatsAppLine) -> None:
        self.graph, self.line, self.replies = graph, line, 0

    def _replies(self) -> list[str]:
        return [
            m.text
            for m in self.graph.sent
            if m.to == BEN_NUMBER and m.type == "text" and not m.text.startswith("New claim")
        ]

    async def says(self, text: str) -> str:
        payload = self.graph.webhook_payload([wa.text_message(BEN_NUMBER, text)])
        assert await self.graph.deliver_webhook(self.line.url, payload) == 200
        self.replies += 1
        for _ in range(200):
            if len(found := self._replies()) >= self.replies:
                return found[self.replies - 1]
            await self.graph.wait_for_messages(BEN_NUMBER, count=len(self._all()) + 1)
        raise AssertionError(f"no reply to {text!r}")

    def _all(self) -> list[object]:
        return [m for m in self.graph.sent if m.to == BEN_NUMBER]


async def test_an_election_day_shift_take_show_take_over_answer_history(
    graph: FakeGraphAPI, telegram_api: FakeTelegramAPI, start_whatsapp_line: StartWhatsAppLine
) -> None:
    line = await start_whatsapp_line(
        factcheckers=frozenset({("whatsapp", BEN_NUMBER)}), factchecker_names=NAMES
    )
    ben = Ben(graph, line)
    telegram_voter = telegram_api.user(911, language_code="es")
    telegram_api.text_message(telegram_voter, ARMY + "!!")
    await telegram_api.wait_for_messages(911)
    payload = graph.webhook_payload([wa.text_message(UK_VOTER, ARMY)])
    assert await graph.deliver_webhook(line.url, payload) == 200
    await graph.wait_for_messages(UK_VOTER)
    [item] = await line.rows(QueueItem)

    ana = telegram_api.user(FACTCHECKER_ID, language_code="en")

    async def ana_says(*words: str) -> str:
        before = len(telegram_api.messages_to(FACTCHECKER_ID))
        telegram_api.command(ana, *words)
        sent = await telegram_api.wait_for_messages(FACTCHECKER_ID, count=before + 1)
        return sent[-1].text

    assert await ana_says("/take", str(item.id)) == f"Queue item #{item.id} is yours now."
    blocked = await ben.says(f"/answer {item.id} false https://example.org/fc/army No seizure.")
    assert (
        blocked == f"Queue item #{item.id} is taken by Ana. To take it over: /take {item.id} over"
    )
    assert await ben.says(f"/take {item.id}") == blocked
    [still_open] = await line.rows(QueueItem)
    assert still_open.status == QueueStatus.OPEN and still_open.assignee == "Ana"
    assert len(telegram_api.messages_to(911)) == 1  # nothing reached the voters

    shown = await ben.says(f"/show {item.id}")
    assert f"Queue item #{item.id} · open" in shown and "Taken by Ana." in shown
    assert "Tips: 2 · voters: 2" in shown and "channels: telegram, whatsapp" in shown
    assert shown.index(ARMY + "!!") > shown.index(ARMY + "\n") > shown.index("Texts, newest first:")
    fact_check = await ben.says(f"/fc {SEED_URL}sms")
    assert fact_check.startswith("Fact-check #") and "Verdict: False" in fact_check

    taken_over = await ben.says(f"/take {item.id} over")
    assert taken_over == f"Queue item #{item.id} is yours now (taken over from Ana)."
    assert await ana_says("/link", str(item.id), "1") == (
        f"Queue item #{item.id} is taken by Ben. To take it over: /take {item.id} over"
    )
    answered = await ben.says(f"/answer {item.id} false https://example.org/fc/army No seizure.")
    assert "2 voters notified" in answered
    update = (await telegram_api.wait_for_messages(911, count=2))[1]
    assert "example.org/fc/army" in update.text

    history = [row for row in (await ana_says("/history", str(item.id))).splitlines() if row]
    assert history[0] == f"History of queue item #{item.id}:"
    steps = [line.split(" · ", 1)[1] for line in history[1:]]
    assert steps[0] == "a voter's tip opened it"
    assert steps[1:] == [
        "Ana took it",
        "Ben took it over from Ana",
        f"Ben answered it with a new fact-check, #{update_id(answered)}",
    ]
    assert str(FACTCHECKER_ID) not in "\n".join(history) and BEN_NUMBER not in "\n".join(history)

    stats = await ana_says("/stats")
    assert "Tips in: 2 · answered automatically: 0 · queued: 2" in stats
    assert "Answered by the desk: 1 · dismissed: 0" in stats
    assert "By channel: telegram 1, whatsapp 1" in stats
    assert "Claims closed by each fact-checker: Ben 1" in stats


def update_id(confirmation: str) -> str:
    """The fact-check id in "Queue item #1 answered with fact-check #4; ..."."""
    return confirmation.split("fact-check #", 1)[1].split(";", 1)[0]


async def test_a_forwarded_answer_code_verifies_and_an_invented_one_does_not(
    graph: FakeGraphAPI, telegram_api: FakeTelegramAPI, start_whatsapp_line: StartWhatsAppLine
) -> None:
    line = await start_whatsapp_line()
    voter = telegram_api.user(921, language_code="en")
    telegram_api.text_message(voter, "You can vote by SMS this year: text your ID number to 4455")
    [answer] = await telegram_api.wait_for_messages(921)
    found = re.search(r"Answer code: (V-[0-9A-Z]{4}-[0-9A-Z]{4})\.", answer.text)
    assert found is not None and "Verdict: False" in answer.text
    code = found.group(1)

    friend = "447700900777"  # got a screenshot of the answer
    for text in (code, "/verify V-ZZZZ-ZZZZ" if code != "V-ZZZZ-ZZZZ" else "/verify V-YYYY-YYYY"):
        payload = graph.webhook_payload([wa.text_message(friend, text)])
        assert await graph.deliver_webhook(line.url, payload) == 200
    authentic, invented = (m.text for m in await graph.wait_for_messages(friend, count=2))
    assert authentic.startswith(f"{code} is a real answer from us, sent on ")
    assert "Verdict: False" in authentic and f"{SEED_URL}sms" in authentic
    assert invented.startswith("We sent no answer with the code V-")
    assert await line.rows(QueueItem) == []  # neither message was taken for a claim


async def test_five_voters_in_ten_minutes_raise_exactly_one_alert_on_the_desk(
    graph: FakeGraphAPI, telegram_api: FakeTelegramAPI, start_whatsapp_line: StartWhatsAppLine
) -> None:
    line = await start_whatsapp_line(factcheckers=frozenset({("whatsapp", BEN_NUMBER)}))
    ben = Ben(graph, line)
    assert "/queue" in await ben.says("/help")  # opens Ben's 24-hour window
    for n in range(6):  # six voters, on both channels
        if n % 2:
            number = f"4477009002{n:02d}"
            payload = graph.webhook_payload([wa.text_message(number, ARMY + "!" * n)])
            assert await graph.deliver_webhook(line.url, payload) == 200
            await graph.wait_for_messages(number)
        else:
            telegram_api.text_message(
                telegram_api.user(930 + n, language_code="en"), ARMY + "!" * n
            )
            await telegram_api.wait_for_messages(930 + n)
    [item] = await line.rows(QueueItem)
    assert item.request_count == 6
    # Every message queued for Ben (replies, the new-claim notice, alerts) has reached him.
    queued_for_ben = [row for row in await line.rows(OutboxMessage) if row.address == BEN_NUMBER]
    await graph.wait_for_messages(BEN_NUMBER, count=len(queued_for_ben))
    alerts = [m.text for m in graph.sent if m.to == BEN_NUMBER and m.text.startswith("Spreading")]
    assert alerts == [
        f"Spreading fast: 5 voters sent claim #{item.id} in the last 10 min (5 in all). "
        f"See it: /show {item.id}\n{ARMY}"
    ]


async def test_a_correction_reaches_every_earlier_recipient_once_in_their_language(
    graph: FakeGraphAPI, telegram_api: FakeTelegramAPI, start_whatsapp_line: StartWhatsAppLine
) -> None:
    line = await start_whatsapp_line(factcheckers=frozenset({("whatsapp", BEN_NUMBER)}))
    ben = Ben(graph, line)
    spanish = telegram_api.user(941, language_code="es")
    telegram_api.text_message(spanish, ARMY + "!!")
    await telegram_api.wait_for_messages(941)
    payload = graph.webhook_payload([wa.text_message(UK_VOTER, ARMY)])
    assert await graph.deliver_webhook(line.url, payload) == 200
    await graph.wait_for_messages(UK_VOTER)
    bystander = telegram_api.user(942, language_code="en")
    telegram_api.text_message(bystander, "Polling stations in the north will close at noon today")
    await telegram_api.wait_for_messages(942)
    item = next(row for row in await line.rows(QueueItem) if row.request_count == 2)

    answered = await ben.says(f"/answer {item.id} false https://example.org/fc/army No seizure.")
    fact_check_id = update_id(answered)
    await telegram_api.wait_for_messages(941, count=2)
    await graph.wait_for_messages(UK_VOTER, count=2)
    corrected = await ben.says(f"/correct {fact_check_id} misleading Troops guard the count.")
    assert corrected == (
        f"Fact-check #{fact_check_id} corrected to Misleading. "
        "Voters who had received it and were told: 2"
    )
    correction_es = (await telegram_api.wait_for_messages(941, count=3))[2].text
    assert correction_es.startswith("Corregimos una respuesta que te enviamos.")
    assert "Engañoso" in correction_es and "Troops guard the count." in correction_es
    correction_en = (await graph.wait_for_messages(UK_VOTER, count=3))[2].text
    assert correction_en.startswith("We corrected an answer we sent you.")
    assert "Verdict: Misleading" in correction_en

    assert (await ben.says(f"/correct {fact_check_id} misleading")).endswith("Nothing was changed.")
    queued_for = {
        address: len([row for row in await line.rows(OutboxMessage) if row.address == address])
        for address in ("941", UK_VOTER, "942")
    }
    assert queued_for == {"941": 3, UK_VOTER: 3, "942": 1}  # once each; the bystander never


async def test_with_two_person_review_nothing_reaches_voters_before_another_approves(
    graph: FakeGraphAPI, telegram_api: FakeTelegramAPI, start_whatsapp_line: StartWhatsAppLine
) -> None:
    line = await start_whatsapp_line(
        factcheckers=frozenset({("whatsapp", BEN_NUMBER)}),
        factchecker_names=NAMES,
        review="two-person",
    )
    ben = Ben(graph, line)
    voter = telegram_api.user(951, language_code="en")
    telegram_api.text_message(voter, ARMY)
    await telegram_api.wait_for_messages(951)
    [item] = await line.rows(QueueItem)
    ana = telegram_api.user(FACTCHECKER_ID, language_code="en")

    async def ana_says(*words: str) -> str:
        before = len(telegram_api.messages_to(FACTCHECKER_ID))
        telegram_api.command(ana, *words)
        return (await telegram_api.wait_for_messages(FACTCHECKER_ID, count=before + 1))[-1].text

    drafted = await ana_says("/answer", str(item.id), "false", "https://example.org/fc/a", "No.")
    assert drafted.startswith(f"Draft #1 saved for queue item #{item.id}. Nothing goes to voters")
    own = await ana_says("/approve", "1")
    assert own == "Draft #1 is yours: another fact-checker must approve or reject it."
    assert "#1 · queue item" in await ben.says("/queue drafts")
    [open_item] = await line.rows(QueueItem)
    assert open_item.status == QueueStatus.OPEN
    assert len(telegram_api.messages_to(951)) == 1  # nothing but "sent to our fact-checkers"
    # ... and nothing waits to go to them either: the draft queued no message for a voter.
    assert len([row for row in await line.rows(OutboxMessage) if row.address == "951"]) == 1

    approved = await ben.says("/approve 1")
    assert f"Queue item #{item.id} answered with fact-check #" in approved
    update = (await telegram_api.wait_for_messages(951, count=2))[1]
    assert (
        update.text.startswith("Update on a message you sent us")
        and "example.org/fc/a" in update.text
    )
    history = await ana_says("/history", str(item.id))
    assert "Ana drafted /answer (draft #1)" in history and "Ben approved draft #1 by Ana" in history
