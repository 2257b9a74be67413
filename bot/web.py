"""The aiohttp web server: health check and Telegram's webhook.

The webhook checks `X-Telegram-Bot-Api-Secret-Token` in constant time (403 when wrong or
missing, and nothing is stored), refuses bodies over 1 MiB (413, aiohttp's limit) and anything
that is not a JSON update (400), then puts the update on python-telegram-bot's queue, where the
channel's handler stores it in the inbox before acting on it.
"""

from __future__ import annotations

import json
import logging
import secrets

from aiohttp import web
from telegram import Update

from bot.channels.telegram import TelegramChannel

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 1024 * 1024
TELEGRAM_WEBHOOK_PATH = "/webhooks/telegram"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"

TELEGRAM = web.AppKey("telegram", TelegramChannel)
WEBHOOK_SECRET = web.AppKey("telegram_webhook_secret", str)


async def healthz(_request: web.Request) -> web.Response:
    """Liveness for load balancers and operators."""
    return web.json_response({"status": "ok"})


async def telegram_webhook(request: web.Request) -> web.Response:
    """Accept one update from Telegram."""
    expected = request.app[WEBHOOK_SECRET]
    given = request.headers.get(SECRET_HEADER, "")
    if not secrets.compare_digest(given.encode(), expected.encode()):
        log.warning("telegram webhook call with a wrong or missing secret refused")
        return web.json_response({"error": "forbidden"}, status=403)
    try:
        data = json.loads(await request.read())
        if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
            raise ValueError("not an update")
        channel = request.app[TELEGRAM]
        update = Update.de_json(data, channel.application.bot)
    except web.HTTPRequestEntityTooLarge:
        raise
    except (ValueError, TypeError, KeyError) as error:
        log.warning("malformed telegram webhook body refused: %s", type(error).__name__)
        return web.json_response({"error": "bad request"}, status=400)
    await channel.application.update_queue.put(update)
    return web.json_response({"ok": True})


def create_web_app(
    *, telegram: TelegramChannel | None = None, webhook_secret: str | None = None
) -> web.Application:
    """The server's routes; Telegram's webhook only when a channel and its secret are given."""
    app = web.Application(client_max_size=MAX_BODY_BYTES)
    app.router.add_get("/healthz", healthz)
    if telegram is not None and webhook_secret is not None:
        app[TELEGRAM] = telegram
        app[WEBHOOK_SECRET] = webhook_secret
        app.router.add_post(TELEGRAM_WEBHOOK_PATH, telegram_webhook)
    return app
