"""The desk sees what voters sent, end to end against the fake Bot API and the fake Graph API:
two paraphrases and a screenshot of one claim, from voters on both channels, are one queue
item, and `/show` sends the screenshot itself (its stored, metadata-free copy) to a fact-checker
on Telegram and to one on WhatsApp, each through their own channel, naming no voter.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from bot.screenshot_text import available
from factchecks.models import QueueItem, QueueStatus, Tip
from factchecks.tip_pictures import TipPicture
from tests.bot.conftest import FACTCHECKER_ID, StartWhatsAppLine, WhatsAppLine, encode
from tests.fakes import graph_api as wa
from tests.fakes.graph_api import FakeGraphAPI
from tests.fakes.telegram_api import FakeTelegramAPI, UploadedFile

BEN_NUMBER = "447700900999"  # a fact-checker on WhatsApp
WHATSAPP_VOTER = "447700900123"
WHATSAPP_SCREENSHOTTER = "447700900456"
TELEGRAM_VOTER = 961
NAMES = {("telegram", str(FACTCHECKER_ID)): "Ana", ("whatsapp", BEN_NUMBER): "Ben"}

ARMY = "The army will seize all ballot boxes in the capital on the night of the count"
PARAPHRASE = (
    "On the night of the count the army is going to seize all the ballot boxes in the capital!"
)
SCREENSHOT_LINES = [
    "BREAKING: the army will seize all",
    "ballot boxes in the capital on the",
    "night of the count. Share this!",
]
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


@pytest.fixture
def tesseract() -> None:
    """Skip (or fail, under TIPLINE_REQUIRE_OCR=1) when the tesseract binary is missing."""
    if available():
        return
    reason = "tesseract is not installed (Debian: tesseract-ocr and its language packs)"
    if os.environ.get("TIPLINE_REQUIRE_OCR") == "1":
        pytest.fail(f"TIPLINE_REQUIRE_OCR=1 but {reason}")
    pytest.skip(reason)


def screenshot_of_a_post(lines: list[str]) -> Image.Image:
    """A phone screenshot of a social-media post carrying the claim: only text and an avatar."""
    font = ImageFont.truetype(str(DEJAVU), 30) if DEJAVU.is_file() else None
    screen = Image.new("RGB", (720, 160 + 46 * len(lines)), "white")
    draw = ImageDraw.Draw(screen)
    draw.ellipse((20, 20, 90, 90), fill=(29, 155, 240))
    draw.text((105, 35), "Daily Truth", fill="black", font=font)
    for number, line in enumerate(lines):
        draw.text((24, 120 + 46 * number), line, fill=(15, 20, 25), font=font)
    return screen


def looks_like(sent: bytes, original: Image.Image) -> bool:
    """Whether a picture the desk received shows the voter's (same size, same pixels give or
    take JPEG's losses)."""
    with Image.open(io.BytesIO(sent)) as received:
        if received.size != original.size:
            return False
        difference = np.abs(
            np.asarray(received.convert("L"), dtype=float)
            - np.asarray(original.convert("L"), dtype=float)
        )
    return float(difference.mean()) < 4.0


class Ben:
    """The WhatsApp fact-checker: sends a command and waits for what the bot sends back."""

    def __init__(self, graph: FakeGraphAPI, line: WhatsAppLine) -> None:
        self.graph, self.line = graph, line

    def _mine(self) -> list[wa.SentMessage]:
        return [
            m
            for m in self.graph.sent
            if m.to == BEN_NUMBER and not m.text.startswith(("New claim", "Spreading"))
        ]

    async def says(self, text: str, replies: int = 1) -> list[wa.SentMessage]:
        before = len(self._mine())
        payload = self.graph.webhook_payload([wa.text_message(BEN_NUMBER, text)])
        assert await self.graph.deliver_webhook(self.line.url, payload) == 200
        for _ in range(200):
            if len(found := self._mine()) >= before + replies:
                return found[before : before + replies]
            await self.graph.wait_for_messages(
                BEN_NUMBER, count=len(self.graph.messages_to(BEN_NUMBER)) + 1
            )
        raise AssertionError(f"no reply to {text!r}")


@pytest.mark.usefixtures("tesseract")
@pytest.mark.parametrize("semantic", ["auto", "off"])
async def test_two_paraphrases_and_a_screenshot_are_one_item_and_show_sends_the_picture(
    graph: FakeGraphAPI,
    telegram_api: FakeTelegramAPI,
    start_whatsapp_line: StartWhatsAppLine,
    semantic: str,
) -> None:
    line = await start_whatsapp_line(
        factcheckers=frozenset({("whatsapp", BEN_NUMBER)}),
        factchecker_names=NAMES,
        semantic=semantic,
    )
    ben = Ben(graph, line)
    assert "/macro list" in (await ben.says("/help"))[0].text  # opens Ben's 24-hour window

    telegram_api.text_message(telegram_api.user(TELEGRAM_VOTER, language_code="en"), ARMY)
    await telegram_api.wait_for_messages(TELEGRAM_VOTER)
    payload = graph.webhook_payload([wa.text_message(WHATSAPP_VOTER, PARAPHRASE)])
    assert await graph.deliver_webhook(line.url, payload) == 200
    await graph.wait_for_messages(WHATSAPP_VOTER)
    screenshot = screenshot_of_a_post(SCREENSHOT_LINES)
    media_id = graph.add_media(encode(screenshot, "JPEG", quality=90), "image/jpeg")
    payload = graph.webhook_payload([wa.image_message(WHATSAPP_SCREENSHOTTER, media_id)])
    assert await graph.deliver_webhook(line.url, payload) == 200
    [queued] = await graph.wait_for_messages(WHATSAPP_SCREENSHOTTER, timeout=30)
    assert "sent it to our fact-checkers" in queued.text

    [item] = await line.rows(QueueItem)  # one claim, not three
    assert item.status == QueueStatus.OPEN and item.request_count == 3
    tips = await line.rows(Tip)
    assert {tip.queue_item_id for tip in tips} == {item.id}
    [picture] = await line.rows(TipPicture)
    [screenshot_tip] = [tip for tip in tips if tip.id == picture.tip_id]
    assert "ballot boxes" in (screenshot_tip.image_text or "")

    # Ana, on Telegram, sees the screenshot the WhatsApp voter sent.
    ana = telegram_api.user(FACTCHECKER_ID, language_code="en")
    telegram_api.command(ana, "/show", str(item.id))
    summary, photo = await telegram_api.wait_for_messages(FACTCHECKER_ID, count=2)
    assert "Tips: 3 · voters: 3" in summary.text and "channels: telegram, whatsapp" in summary.text
    assert "Pictures: 1 · the newest 1 follow" in summary.text
    assert photo.method == "sendPhoto"
    assert photo.text == f"Picture from tip {screenshot_tip.id} in queue item #{item.id}"
    uploaded = photo.params["photo"]
    assert isinstance(uploaded, UploadedFile)  # the bytes, not a file id of another bot
    assert uploaded.data == picture.data and looks_like(uploaded.data, screenshot)

    # Ben, on WhatsApp, gets it as an uploaded image.
    summary_wa, image = await ben.says(f"/show {item.id}", replies=2)
    assert "Tips: 3 · voters: 3" in summary_wa.text and summary_wa.type == "text"
    assert image.type == "image" and image.media_id in graph.uploads
    assert image.text == photo.text
    assert graph.media_data(image.media_id or "") == picture.data

    # Nothing names a voter: not the captions, not the summaries.
    shown = "\n".join([summary.text, photo.text, summary_wa.text, image.text])
    for voter in (str(TELEGRAM_VOTER), WHATSAPP_VOTER, WHATSAPP_SCREENSHOTTER):
        assert voter not in shown
