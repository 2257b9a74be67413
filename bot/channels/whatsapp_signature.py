"""WhatsApp Cloud API webhook checks: the request signature and the subscription handshake.

Pure functions over bytes and strings, in constant time. The web server calls `verify_signature`
on the raw body before anything else (missing: 401, wrong: 403, nothing stored either way), and
`verify_handshake` when Meta subscribes the callback URL.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Mapping
from enum import StrEnum
from typing import Final

SIGNATURE_HEADER: Final = "X-Hub-Signature-256"
HANDSHAKE_MODE: Final = "subscribe"

_SIGNATURE_PREFIX: Final = "sha256="
# Meta's challenge is a decimal number; anything outside this safe set is refused so the
# handshake can never reflect markup back.
_CHALLENGE: Final = re.compile(r"[A-Za-z0-9._~-]{1,512}")


class SignatureCheck(StrEnum):
    """The outcome of checking `X-Hub-Signature-256`: the server answers 401, 403 or goes on."""

    OK = "ok"
    MISSING = "missing"
    WRONG = "wrong"


def verify_signature(raw_body: bytes, header: str | None, app_secret: str) -> SignatureCheck:
    """Check `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body, keyed by the app
    secret>`, in constant time. Hash the bytes as received: Meta escapes non-ASCII characters,
    so JSON decoded and encoded again no longer matches."""
    if not app_secret:
        raise ValueError("app_secret is empty: anyone could sign a webhook")
    if header is None or not header.strip():
        return SignatureCheck.MISSING
    value = header.strip()
    if not value.startswith(_SIGNATURE_PREFIX):
        return SignatureCheck.WRONG
    given = value.removeprefix(_SIGNATURE_PREFIX).lower().encode("utf-8", "replace")
    expected = hmac.new(app_secret.encode("utf-8"), raw_body, hashlib.sha256).hexdigest()
    if hmac.compare_digest(expected.encode("ascii"), given):
        return SignatureCheck.OK
    return SignatureCheck.WRONG


def verify_handshake(params: Mapping[str, str], verify_token: str) -> str | None:
    """The `hub.challenge` to echo (200, text/plain) if this is Meta's subscription handshake
    with our verify token; None means answer 403."""
    if not verify_token:
        raise ValueError("verify_token is empty: anyone could subscribe a callback")
    if params.get("hub.mode") != HANDSHAKE_MODE:
        return None
    given = params.get("hub.verify_token")
    if given is None:
        return None
    if not hmac.compare_digest(given.encode("utf-8"), verify_token.encode("utf-8")):
        return None
    challenge = params.get("hub.challenge", "")
    return challenge if _CHALLENGE.fullmatch(challenge) else None
