"""WhatsApp webhook checks: the X-Hub-Signature-256 table and the subscription handshake."""

from __future__ import annotations

import hashlib
import hmac
import json

import pytest

from bot.channels.whatsapp_signature import SignatureCheck, verify_handshake, verify_signature
from tests.fakes.graph_api import encode_webhook, sign_body, text_message, webhook_payload

SECRET = "app-secret"
VOTER = "5511999990000"


# ------------------------------------------------------------------------------ signature


def signed(body: bytes, secret: str = SECRET) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


BODY = encode_webhook(webhook_payload([text_message(VOTER, "Polls close at noon")]))


@pytest.mark.parametrize(
    ("reason", "body", "header", "expected"),
    [
        ("signed with our secret", BODY, signed(BODY), SignatureCheck.OK),
        ("hex in capitals", BODY, "sha256=" + signed(BODY)[7:].upper(), SignatureCheck.OK),
        ("surrounding whitespace", BODY, f"  {signed(BODY)} ", SignatureCheck.OK),
        ("no header", BODY, None, SignatureCheck.MISSING),
        ("empty header", BODY, "", SignatureCheck.MISSING),
        ("blank header", BODY, "   ", SignatureCheck.MISSING),
        ("another secret", BODY, signed(BODY, "other"), SignatureCheck.WRONG),
        ("one byte changed", BODY + b" ", signed(BODY), SignatureCheck.WRONG),
        ("sha1 prefix", BODY, "sha1=" + signed(BODY)[7:], SignatureCheck.WRONG),
        ("no prefix", BODY, signed(BODY)[7:], SignatureCheck.WRONG),
        ("truncated", BODY, signed(BODY)[:-1], SignatureCheck.WRONG),
        ("non-ASCII", BODY, "sha256=é" + signed(BODY)[8:], SignatureCheck.WRONG),
        ("only the prefix", BODY, "sha256=", SignatureCheck.WRONG),
    ],
)
def test_signature_table(reason: str, body: bytes, header: str | None, expected: str) -> None:
    assert verify_signature(body, header, SECRET) is expected, reason


def test_signature_is_over_the_raw_bytes_not_reserialised_json() -> None:
    payload = webhook_payload([text_message(VOTER, "Eleição adiada para quarta? 🗳️")])
    raw = encode_webhook(payload)  # escaped as Meta sends it
    header = sign_body(raw, SECRET)
    assert verify_signature(raw, header, SECRET) is SignatureCheck.OK
    reserialised = json.dumps(json.loads(raw), ensure_ascii=False).encode()
    assert verify_signature(reserialised, header, SECRET) is SignatureCheck.WRONG


def test_an_empty_app_secret_is_refused() -> None:
    with pytest.raises(ValueError, match="app_secret is empty"):
        verify_signature(BODY, signed(BODY, ""), "")


# ------------------------------------------------------------------------------ handshake


@pytest.mark.parametrize(
    ("reason", "params", "expected"),
    [
        (
            "Meta's handshake",
            {"hub.mode": "subscribe", "hub.verify_token": "tok", "hub.challenge": "1158201444"},
            "1158201444",
        ),
        (
            "wrong token",
            {"hub.mode": "subscribe", "hub.verify_token": "nope", "hub.challenge": "1"},
            None,
        ),
        ("no token", {"hub.mode": "subscribe", "hub.challenge": "1"}, None),
        (
            "other mode",
            {"hub.mode": "unsubscribe", "hub.verify_token": "tok", "hub.challenge": "1"},
            None,
        ),
        ("no mode", {"hub.verify_token": "tok", "hub.challenge": "1"}, None),
        ("no challenge", {"hub.mode": "subscribe", "hub.verify_token": "tok"}, None),
        (
            "markup in the challenge is never echoed",
            {"hub.mode": "subscribe", "hub.verify_token": "tok", "hub.challenge": "<b>x</b>"},
            None,
        ),
        (
            "overlong challenge",
            {"hub.mode": "subscribe", "hub.verify_token": "tok", "hub.challenge": "1" * 513},
            None,
        ),
        (
            "non-ASCII token",
            {"hub.mode": "subscribe", "hub.verify_token": "tók", "hub.challenge": "1"},
            None,
        ),
    ],
)
def test_handshake_table(reason: str, params: dict[str, str], expected: str | None) -> None:
    assert verify_handshake(params, "tok") == expected, reason


def test_an_empty_verify_token_is_refused() -> None:
    with pytest.raises(ValueError, match="verify_token is empty"):
        verify_handshake({"hub.mode": "subscribe", "hub.verify_token": ""}, "")
