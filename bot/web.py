"""The aiohttp web server: the status pages (`bot.status_pages`: `/healthz`, `/metrics`) and
the routes each channel serves (its webhook).

WhatsApp: `GET` answers Meta's subscription handshake (the challenge when the verify token
matches, else 403). `POST` checks `X-Hub-Signature-256` over the raw body (401 when missing, 403
when wrong; nothing is stored either way), refuses bodies over 1 MiB (413) and anything that is
not a WhatsApp notification (400; JSON nested too deep to decode is one), stores every message
(in one transaction) and status, and only then answers 200: processing happens from the inbox,
so a crash after the 200 loses nothing; when the database cannot store them it answers 503 and
Meta delivers them again.

Telegram's webhook checks `X-Telegram-Bot-Api-Secret-Token` in constant time (403 when wrong or
missing, and nothing is stored), refuses bodies over 1 MiB (413, aiohttp's limit) and anything
that is not a JSON update (400), then stores the update in the inbox and answers 200 (503 when
the database cannot store it: Telegram delivers it again).

Every webhook call is timed from reaching the handler to its answer, by channel and status
(`tipline_webhook_seconds` in `/metrics`): the time the platform waits for.
"""

from __future__ import annotations

import json
import logging
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from aiohttp import web
from telegram import Update

from bot.channels.whatsapp_signature import (
    SIGNATURE_HEADER,
    SignatureCheck,
    verify_handshake,
    verify_signature,
)
from bot.channels.whatsapp_webhook import WebhookPayloadError, parse_webhook
from bot.metrics import Metrics

if TYPE_CHECKING:  # the channels serve these routes; they import this module
    from bot.channels.telegram import TelegramChannel
    from bot.channels.whatsapp import WhatsAppChannel

log = logging.getLogger(__name__)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

MAX_BODY_BYTES = 1024 * 1024
TELEGRAM_WEBHOOK_PATH = "/webhooks/telegram"
WHATSAPP_WEBHOOK_PATH = "/webhooks/whatsapp"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# The channel each webhook path serves (`tipline_webhook_seconds`'s label; the channels' names).
_WEBHOOK_CHANNELS = {TELEGRAM_WEBHOOK_PATH: "telegram", WHATSAPP_WEBHOOK_PATH: "whatsapp"}


@dataclass(frozen=True)
class WhatsAppSecrets:
    """What the WhatsApp webhook checks: the app secret (signatures) and the verify token."""

    app_secret: str
    verify_token: str
    phone_number_id: str


def telegram_routes(channel: TelegramChannel, webhook_secret: str) -> list[web.RouteDef]:
    """Telegram's webhook: one update per call, checked and put on the channel's queue."""

    async def telegram_webhook(request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "")
        if not secrets.compare_digest(given.encode(), webhook_secret.encode()):
            log.warning("telegram webhook call with a wrong or missing secret refused")
            return web.json_response({"error": "forbidden"}, status=403)
        try:
            data = json.loads(await request.read())
            if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
                raise ValueError("not an update")
            update = Update.de_json(data, channel.application.bot)
        except web.HTTPRequestEntityTooLarge:
            raise
        except (ValueError, TypeError, KeyError, RecursionError) as error:
            log.warning("malformed telegram webhook body refused: %s", type(error).__name__)
            return web.json_response({"error": "bad request"}, status=400)
        try:
            await channel.accept([update])
        except Exception as error:  # not stored: Telegram delivers it again on a non-2xx
            log.warning("telegram update not stored (%s)", type(error).__name__)
            return web.json_response({"error": "unavailable"}, status=503)
        return web.json_response({"ok": True})

    return [web.post(TELEGRAM_WEBHOOK_PATH, telegram_webhook)]


def whatsapp_routes(channel: WhatsAppChannel, keys: WhatsAppSecrets) -> list[web.RouteDef]:
    """WhatsApp's webhook: Meta's handshake, and notifications checked, stored, acknowledged."""

    async def whatsapp_handshake(request: web.Request) -> web.Response:
        challenge = verify_handshake(request.query, keys.verify_token)
        if challenge is None:
            return web.Response(status=403, text="forbidden")
        return web.Response(text=challenge, content_type="text/plain")

    async def whatsapp_webhook(request: web.Request) -> web.Response:
        body = await request.read()
        check = verify_signature(body, request.headers.get(SIGNATURE_HEADER), keys.app_secret)
        if check is not SignatureCheck.OK:
            log.warning("whatsapp webhook call with a %s signature refused", check.value)
            status = 401 if check is SignatureCheck.MISSING else 403
            return web.json_response({"error": "bad signature"}, status=status)
        try:
            batch = parse_webhook(json.loads(body), phone_number_id=keys.phone_number_id)
        except (ValueError, WebhookPayloadError, RecursionError) as error:
            # RecursionError: JSON nested deeper than Python's decoder goes (100,000 levels).
            log.warning("malformed whatsapp webhook body refused: %s", type(error).__name__)
            return web.json_response({"error": "bad request"}, status=400)
        try:
            await channel.accept(batch)
        except Exception as error:  # not stored: Meta delivers the POST again on a non-2xx
            log.warning("whatsapp webhook not stored (%s)", type(error).__name__)
            return web.json_response({"error": "unavailable"}, status=503)
        return web.json_response({"ok": True})

    return [
        web.get(WHATSAPP_WEBHOOK_PATH, whatsapp_handshake),
        web.post(WHATSAPP_WEBHOOK_PATH, whatsapp_webhook),
    ]


def create_web_app(routes: list[web.RouteDef], metrics: Metrics) -> web.Application:
    """The server: the status pages and the routes the channels serve; each webhook call's
    time to its answer goes to `metrics` (what the platform waits for)."""

    @web.middleware
    async def time_webhooks(request: web.Request, handler: Handler) -> web.StreamResponse:
        channel = _WEBHOOK_CHANNELS.get(request.path) if request.method == "POST" else None
        if channel is None or request.match_info.http_exception is not None:
            return await handler(request)  # not a webhook this worker serves
        started = time.perf_counter()

        def answered(status: int) -> None:
            metrics.observe_webhook_s(channel, status, time.perf_counter() - started)

        try:
            response = await handler(request)
        except web.HTTPException as refused:  # a body over the limit: 413
            answered(refused.status)
            raise
        except Exception:  # no handler answered it: aiohttp's own 500
            answered(500)
            raise
        # (Cancelled, at shutdown or when the caller hung up: no answer, nothing recorded.)
        answered(response.status)
        return response

    app = web.Application(client_max_size=MAX_BODY_BYTES, middlewares=[time_webhooks])
    app.router.add_routes(routes)
    return app
