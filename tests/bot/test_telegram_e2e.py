"""The whole loop on Telegram: the real python-telegram-bot against a fake Bot API server.

Each test runs on SQLite and PostgreSQL. Nothing of the project is mocked; tests wait for the
messages the fake server receives, never for a fixed time.
"""

from __future__ import annotations

import io

import pytest
from PIL import Image
from prometheus_client.parser import text_string_to_metric_families
from sqlmodel import select

from bot.app import Tipline
from factchecks.models import QueueItem, QueueStatus, Tip, TipStatus
from factchecks.pseudonyms import keyed_id
from tests.bot.conftest import (
    FACTCHECKER_ID,
    SEED_URL,
    StartTipline,
    encode,
    photo_like,
)
from tests.fakes.telegram_api import FakeTelegramAPI


async def _tips(tipline: Tipline) -> list[Tip]:
    async with tipline.db.session() as session:
        return list((await session.exec(select(Tip))).all())


async def test_forwarded_text_that_matches_gets_the_fact_check(
    telegram_api: FakeTelegramAPI, tipline: Tipline
) -> None:
    voter = telegram_api.user(101, language_code="en")
    telegram_api.text_message(
        voter,
        "Forwarded as received!! 📢 You can vote by SMS this year - text your ID number to 4455 "
        "and your vote counts. SHARE before it is deleted",
        forward_from_channel="Election News 24",
    )
    [reply] = await telegram_api.wait_for_messages(101)
    assert "Verdict: False" in reply.text
    assert SEED_URL + "sms" in reply.text
    assert "Test Desk" in reply.text and "November 3, 2026" in reply.text
    [tip] = await _tips(tipline)
    assert tip.status == TipStatus.ANSWERED and tip.forwarded


async def test_reply_is_in_the_voters_language_with_a_localised_date(
    telegram_api: FakeTelegramAPI, tipline: Tipline
) -> None:
    voter = telegram_api.user(102, language_code="es")  # a Spanish phone, an English forward
    telegram_api.text_message(
        voter, "You can vote by SMS this year: text your ID number to 4455 and your vote counts"
    )
    [reply] = await telegram_api.wait_for_messages(102)
    assert "Veredicto: Falso" in reply.text
    assert "3 de noviembre de 2026" in reply.text


async def test_photo_matches_after_recompression_and_resizing(
    telegram_api: FakeTelegramAPI, tipline: Tipline
) -> None:
    original = photo_like(7)
    smaller = original.resize((320, 240), Image.Resampling.LANCZOS)
    voter = telegram_api.user(103, language_code="en")
    telegram_api.photo_message(voter, encode(smaller, "JPEG", quality=55))
    [reply] = await telegram_api.wait_for_messages(103)
    assert "Verdict: Misleading" in reply.text and SEED_URL + "ballot" in reply.text


async def test_album_is_one_tip_with_one_answer(
    telegram_api: FakeTelegramAPI, tipline: Tipline
) -> None:
    voter = telegram_api.user(104, language_code="en")
    pictures = [encode(photo_like(seed), "JPEG", quality=70) for seed in (11, 7, 12)]
    [first, *_] = telegram_api.media_group(voter, pictures, caption="is this real??")
    group = first["message"]["media_group_id"]
    [reply] = await telegram_api.wait_for_messages(104)
    assert SEED_URL + "ballot" in reply.text  # the second picture is the fact-checked one
    telegram_api.text_message(voter, "thanks")  # a later message, answered after the album
    await telegram_api.wait_for_messages(104, count=2)
    tips = await _tips(tipline)
    assert len(tips) == 2 and len(telegram_api.messages_to(104)) == 2
    # One tip for the album, stored under a keyed hash of its id: never the chat id in clear.
    key = tipline.settings.require_secret_key()
    assert tips[0].external_id == keyed_id(key, "telegram", "tip", f"104:album:{group}")


async def test_unmatched_claim_is_queued_and_listed_for_fact_checkers(
    telegram_api: FakeTelegramAPI, tipline: Tipline
) -> None:
    voter = telegram_api.user(105, language_code="en")
    telegram_api.text_message(
        voter,
        "The electoral commission will count ballots in secret "
        "on the night of 14 December without observers",
    )
    [reply] = await telegram_api.wait_for_messages(105)
    assert "sent it to our fact-checkers" in reply.text
    checker = telegram_api.user(FACTCHECKER_ID, language_code="en")
    telegram_api.command(checker, "/queue")
    [listing] = await telegram_api.wait_for_messages(FACTCHECKER_ID)
    lines = listing.text.splitlines()
    assert lines[0] == "1 open claim, most requested first:"
    assert lines[1].startswith("#") and "count ballots in secret" in lines[1]


async def test_a_contradicting_near_copy_is_held_for_the_desk_with_the_guards_reason(
    telegram_api: FakeTelegramAPI, tipline: Tipline
) -> None:
    # Word for word the fact-checked claim, but negated: answering it with that fact-check's
    # verdict would tell the voter the opposite of what it checked.
    voter = telegram_api.user(106, language_code="en")
    telegram_api.text_message(
        voter, "You can NOT vote by SMS this year: text your ID number to 4455 and your vote counts"
    )
    [reply] = await telegram_api.wait_for_messages(106)
    assert "sent it to our fact-checkers" in reply.text and "Verdict" not in reply.text
    checker = telegram_api.user(FACTCHECKER_ID, language_code="en")
    telegram_api.command(checker, "/queue")
    [listing] = await telegram_api.wait_for_messages(FACTCHECKER_ID)
    line = listing.text.splitlines()[1]
    assert "maybe fact-check #" in line and "not sent automatically: negation" in line, line
    # The desk sees how close the suggestion is: the score it was suggested with.
    async with tipline.db.session() as session:
        [item] = (await session.exec(select(QueueItem))).all()
    assert item.suggestion_score is not None and 0 < item.suggestion_score <= 1
    assert f", score {item.suggestion_score:.2f}, not sent automatically" in line, line


async def test_a_message_echoing_the_verdict_but_denying_the_claim_goes_to_the_desk(
    telegram_api: FakeTelegramAPI, tipline: Tipline
) -> None:
    # Nearest to the fact-check's headline, which denies its claim: "Verdict: False" under the
    # claim "You can vote by SMS" would read as "what you sent is false".
    voter = telegram_api.user(107, language_code="en")
    telegram_api.text_message(
        voter, "you cannot vote by SMS, votes are cast only at polling stations"
    )
    [reply] = await telegram_api.wait_for_messages(107)
    assert "sent it to our fact-checkers" in reply.text and "Verdict" not in reply.text
    checker = telegram_api.user(FACTCHECKER_ID, language_code="en")
    telegram_api.command(checker, "/queue")
    [listing] = await telegram_api.wait_for_messages(FACTCHECKER_ID)
    line = listing.text.splitlines()[1]
    assert "maybe fact-check #" in line, line
    assert "not sent automatically: negation: “cannot” in the message only" in line, line


async def test_a_french_speaking_desk_reads_the_guards_reason_in_french(
    telegram_api: FakeTelegramAPI, tipline: Tipline
) -> None:
    voter = telegram_api.user(108, language_code="en")
    telegram_api.text_message(
        voter, "You can NOT vote by SMS this year: text your ID number to 4455 and your vote counts"
    )
    await telegram_api.wait_for_messages(108)
    checker = telegram_api.user(FACTCHECKER_ID, language_code="fr")
    telegram_api.command(checker, "/queue")
    [listing] = await telegram_api.wait_for_messages(FACTCHECKER_ID)
    line = listing.text.splitlines()[1]
    assert "non envoyée automatiquement : négation : « NOT » dans le message seulement" in line, (
        line
    )


async def test_answer_notifies_every_voter_in_their_language_and_teaches_the_matcher(
    telegram_api: FakeTelegramAPI, tipline: Tipline
) -> None:
    spanish = telegram_api.user(201, language_code="es")
    english = telegram_api.user(202, language_code="en")
    claim = "Army trucks will take all ballot boxes from the capital to a secret warehouse"
    telegram_api.text_message(spanish, claim)
    await telegram_api.wait_for_messages(201)
    telegram_api.text_message(english, "FWD: " + claim + " !!!")
    await telegram_api.wait_for_messages(202)
    async with tipline.db.session() as session:
        [item] = (await session.exec(select(QueueItem))).all()
    assert item.request_count == 2  # the same claim grouped into one item

    checker = telegram_api.user(FACTCHECKER_ID, language_code="en")
    telegram_api.command(
        checker,
        "/answer",
        str(item.id),
        "false",
        "https://example.org/fc/trucks",
        "Ballot",
        "boxes",
        "stay",
        "at",
        "counting",
        "centres.",
    )
    [confirmation] = await telegram_api.wait_for_messages(FACTCHECKER_ID)
    assert "2 voters notified" in confirmation.text
    es_update = (await telegram_api.wait_for_messages(201, count=2))[1]
    en_update = (await telegram_api.wait_for_messages(202, count=2))[1]
    assert es_update.text.startswith("Actualización")
    assert "Veredicto: Falso" in es_update.text and "example.org/fc/trucks" in es_update.text
    assert en_update.text.startswith("Update on a message you sent us")
    assert "Verdict: False" in en_update.text

    newcomer = telegram_api.user(203, language_code="en")
    telegram_api.text_message(newcomer, claim)
    [answer] = await telegram_api.wait_for_messages(203)
    assert "example.org/fc/trucks" in answer.text


async def test_link_and_dismiss_close_items(
    telegram_api: FakeTelegramAPI, tipline: Tipline
) -> None:
    voter = telegram_api.user(210, language_code="en")
    telegram_api.text_message(voter, "Counting machines were flashed with software from abroad")
    telegram_api.text_message(voter, "Curfew from 6pm on election day for everybody in the north")
    await telegram_api.wait_for_messages(210, count=2)
    checker = telegram_api.user(FACTCHECKER_ID, language_code="en")
    telegram_api.command(checker, "/link", "1", SEED_URL + "sms")
    telegram_api.command(checker, "/dismiss", "2", "Not", "about", "the", "vote")
    replies = await telegram_api.wait_for_messages(FACTCHECKER_ID, count=2)
    assert "answered with fact-check #1" in replies[0].text
    assert "dismissed" in replies[1].text
    updates = await telegram_api.wait_for_messages(210, count=4)
    assert SEED_URL + "sms" in updates[2].text
    assert "could not check it" in updates[3].text and "Not about the vote" in updates[3].text


async def test_non_fact_checker_is_refused_and_nothing_changes(
    telegram_api: FakeTelegramAPI, tipline: Tipline
) -> None:
    voter = telegram_api.user(301, language_code="en")
    telegram_api.text_message(voter, "Polling stations in the east have been moved to churches")
    await telegram_api.wait_for_messages(301)
    telegram_api.command(voter, "/answer", "1", "false", "https://evil.example/x", "trust", "me")
    refusal = (await telegram_api.wait_for_messages(301, count=2))[1]
    assert refusal.text == "Sorry, this command is only for the fact-checking team."
    async with tipline.db.session() as session:
        [item] = (await session.exec(select(QueueItem))).all()
    assert item.status == QueueStatus.OPEN


async def test_fact_checker_gets_usage_for_malformed_commands(
    telegram_api: FakeTelegramAPI, tipline: Tipline
) -> None:
    checker = telegram_api.user(FACTCHECKER_ID, language_code="en")
    telegram_api.command(checker, "/answer", "12")
    telegram_api.command(checker, "/answer", "99", "bogus", "https://x.org", "summary")
    telegram_api.command(checker, "/answer", "99", "false", "not-a-url", "summary")
    telegram_api.command(checker, "/dismiss", "99", "why")
    telegram_api.command(checker, "/link")
    replies = await telegram_api.wait_for_messages(FACTCHECKER_ID, count=5)
    assert replies[0].text.startswith("Usage: /answer <id> <verdict> <url> <summary...>")
    assert replies[1].text.startswith("Unknown verdict “bogus”")
    assert "not a web address" in replies[2].text
    assert replies[3].text == "There is no queue item #99."
    assert replies[4].text.startswith("Usage: /link")


async def test_redelivered_update_is_answered_once(
    telegram_api: FakeTelegramAPI, start_tipline: StartTipline
) -> None:
    first = await start_tipline()
    voter = telegram_api.user(401, language_code="en")
    update = telegram_api.text_message(voter, "You can vote by SMS this year, text 4455")
    await telegram_api.wait_for_messages(401)
    await first.stop()
    # Telegram delivers the same update again (e.g. its confirmation was lost in a crash).
    telegram_api.push_update(update, update_id=update["update_id"])
    await start_tipline()
    await telegram_api.wait_until_confirmed(update["update_id"])
    telegram_api.text_message(voter, "and is it true that ink is poisonous?")
    await telegram_api.wait_for_messages(401, count=2)
    assert len(telegram_api.messages_to(401)) == 2


async def test_language_picker_changes_the_language_of_later_replies(
    telegram_api: FakeTelegramAPI, tipline: Tipline
) -> None:
    voter = telegram_api.user(501, language_code="en")
    telegram_api.command(voter, "/language")
    [picker] = await telegram_api.wait_for_messages(501)
    assert "lang:es" in picker.callback_data
    telegram_api.callback_query(voter, "lang:es", picker.message_id)
    confirmation = (await telegram_api.wait_for_messages(501, count=2))[1]
    assert confirmation.text == "A partir de ahora te escribiré en español."
    telegram_api.text_message(voter, "You can vote by SMS this year: text your ID to 4455")
    answer = (await telegram_api.wait_for_messages(501, count=3))[2]
    assert "Veredicto: Falso" in answer.text


async def test_sends_are_retried_after_429_and_500(
    telegram_api: FakeTelegramAPI, tipline: Tipline
) -> None:
    telegram_api.fail_next("sendMessage", 429, retry_after=1)
    telegram_api.fail_next("sendMessage", 500)
    voter = telegram_api.user(601, language_code="en")
    telegram_api.text_message(voter, "You can vote by SMS this year: text your ID to 4455")
    [reply] = await telegram_api.wait_for_messages(601, timeout=15)
    assert SEED_URL + "sms" in reply.text
    assert len(telegram_api.calls_of("sendMessage")) >= 3


async def test_webhook_accepts_the_right_secret_and_refuses_a_wrong_one(
    telegram_api: FakeTelegramAPI, start_tipline: StartTipline, aiohttp_client: object
) -> None:
    from aiohttp.test_utils import TestClient

    tipline = await start_tipline(polling=False)
    assert tipline.telegram is not None
    app = tipline.web_app()
    client: TestClient = await aiohttp_client(app)  # type: ignore[operator]
    voter = telegram_api.user(701, language_code="en")
    update = telegram_api.text_message(
        voter, "You can vote by SMS this year: text your ID number to 4455", push=False
    )

    wrong = await client.post(
        "/webhooks/telegram", json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "guess"}
    )
    missing = await client.post("/webhooks/telegram", json=update)
    malformed = await client.post(
        "/webhooks/telegram",
        data=b"{not json",
        headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret-token"},
    )
    too_large = await client.post(
        "/webhooks/telegram",
        data=io.BytesIO(b"x" * (1024 * 1024 + 1)),
        headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret-token"},
    )
    assert (wrong.status, missing.status, malformed.status) == (403, 403, 400)
    assert too_large.status == 413
    assert await _tips(tipline) == []

    for _ in range(2):  # a redelivery through the webhook is answered once too
        ok = await client.post(
            "/webhooks/telegram",
            json=update,
            headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret-token"},
        )
        assert ok.status == 200
    [reply] = await telegram_api.wait_for_messages(701)
    assert SEED_URL + "sms" in reply.text
    telegram_api.text_message(voter, "ok", push=False)
    follow_up = telegram_api.text_message(voter, "and the ink?", push=False)
    await client.post(
        "/webhooks/telegram",
        json=follow_up,
        headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret-token"},
    )
    await telegram_api.wait_for_messages(701, count=2)
    assert len(telegram_api.messages_to(701)) == 2
    # Every call was timed to its answer, refused ones under their status.
    timed = {
        sample.labels["status"]: sample.value
        for family in text_string_to_metric_families(await (await client.get("/metrics")).text())
        for sample in family.samples
        if sample.name == "tipline_webhook_seconds_count"
        and sample.labels.get("channel") == "telegram"
    }
    assert timed == {"403": 2, "400": 1, "413": 1, "200": 3}


async def test_notifications_survive_a_restart_while_telegram_is_failing(
    telegram_api: FakeTelegramAPI, start_tipline: StartTipline
) -> None:
    first = await start_tipline()
    voter = telegram_api.user(801, language_code="en")
    telegram_api.text_message(voter, "The count will be done by a foreign company in secret")
    await telegram_api.wait_for_messages(801)
    async with first.db.session() as session:
        [item] = (await session.exec(select(QueueItem))).all()

    telegram_api.fail_next("sendMessage", 500, times=1_000)  # Telegram is down for a while
    sends_before = len(telegram_api.calls_of("sendMessage"))
    checker = telegram_api.user(FACTCHECKER_ID, language_code="en")
    telegram_api.command(
        checker, "/answer", str(item.id), "false", "https://example.org/fc/count", "No."
    )
    await telegram_api.wait_for_call("sendMessage", count=sends_before + 1)
    await first.stop()  # the bot stops with the notification still undelivered
    assert len(telegram_api.messages_to(801)) == 1

    telegram_api.clear_failures()
    await start_tipline()
    update = (await telegram_api.wait_for_messages(801, count=2, timeout=30))[1]
    assert update.text.startswith("Update on a message you sent us")
    assert "example.org/fc/count" in update.text
    await telegram_api.wait_for_messages(FACTCHECKER_ID, timeout=30)
    assert len(telegram_api.messages_to(801)) == 2  # delivered once, not once per restart


def _screenshot_of_a_post(lines: list[str]) -> bytes:
    """A phone screenshot of a social-media post carrying a claim: only text and an avatar."""
    from pathlib import Path

    from PIL import ImageDraw, ImageFont

    dejavu = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    font = ImageFont.truetype(str(dejavu), 30) if dejavu.is_file() else None
    screen = Image.new("RGB", (720, 160 + 46 * len(lines)), "white")
    draw = ImageDraw.Draw(screen)
    draw.ellipse((20, 20, 90, 90), fill=(29, 155, 240))
    draw.text((105, 35), "Noticias Ya", fill="black", font=font)
    for number, line in enumerate(lines):
        draw.text((24, 120 + 46 * number), line, fill=(15, 20, 25), font=font)
    return encode(screen, "JPEG", quality=80)


async def test_a_screenshot_of_a_claim_is_read_and_answered(
    telegram_api: FakeTelegramAPI, tipline: Tipline
) -> None:
    import os

    from bot.screenshot_text import available

    if not available():
        reason = "tesseract is not installed (Debian: tesseract-ocr and its language packs)"
        if os.environ.get("TIPLINE_REQUIRE_OCR") == "1":
            raise AssertionError(f"TIPLINE_REQUIRE_OCR=1 but {reason}")
        pytest.skip(reason)
    voter = telegram_api.user(901, language_code="es")
    screenshot = _screenshot_of_a_post(
        [
            "URGENTE: la tinta indeleble de las",
            "elecciones es venenosa y causa",
            "enfermedades de la piel. Compartan!",
        ]
    )
    telegram_api.photo_message(voter, screenshot)
    [reply] = await telegram_api.wait_for_messages(901, timeout=30)
    assert "Veredicto: Falso" in reply.text and SEED_URL + "ink" in reply.text
    [tip] = await _tips(tipline)
    assert tip.text == "" and "venenosa" in (tip.image_text or "")
