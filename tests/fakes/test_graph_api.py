"""The fake Graph API server, driven over real HTTP by a bare aiohttp client (not our own client,
so the fake is checked against the Cloud API's documented shapes, not against itself)."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import socket
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import ClientSession, ClientTimeout, ServerDisconnectedError, web

from .graph_api import (
    DEFAULT_ACCESS_TOKEN,
    DEFAULT_DISPLAY_PHONE_NUMBER,
    DEFAULT_PHONE_NUMBER_ID,
    DEFAULT_VOTER,
    FakeGraphAPI,
    SentMessage,
    all_message_builders,
    button_reply,
    contact_for,
    encode_webhook,
    image_message,
    merge_payloads,
    sign_body,
    status_update,
    text_message,
    webhook_payload,
)

VOTER = DEFAULT_VOTER
AUTH = {"Authorization": f"Bearer {DEFAULT_ACCESS_TOKEN}"}


@pytest.fixture
async def fake() -> AsyncIterator[FakeGraphAPI]:
    async with FakeGraphAPI() as api:
        yield api


@pytest.fixture
async def http() -> AsyncIterator[ClientSession]:
    async with ClientSession(timeout=ClientTimeout(total=10)) as session:
        yield session


async def post_message(
    http: ClientSession, fake: FakeGraphAPI, body: Any, headers: dict[str, str] | None = None
) -> tuple[int, Any]:
    async with http.post(
        f"{fake.base_url}/{fake.phone_number_id}/messages",
        json=body,
        headers=AUTH if headers is None else headers,
    ) as response:
        return response.status, await response.json()


def text_body(body: str = "Voting moved to Wednesday? No.", to: str = VOTER) -> dict[str, Any]:
    return {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": to,
        "type": "text",
        "text": {"body": body, "preview_url": False},
    }


def buttons_body(buttons: list[tuple[str, str]], text: str = "Which language?") -> dict[str, Any]:
    return {
        "messaging_product": "whatsapp",
        "to": VOTER,
        "type": "interactive",
        "interactive": {
            "type": "button",
            "body": {"text": text},
            "action": {
                "buttons": [{"type": "reply", "reply": {"id": i, "title": t}} for i, t in buttons]
            },
        },
    }


def template_body(name: str, language: str, parameters: list[str]) -> dict[str, Any]:
    template: dict[str, Any] = {"name": name, "language": {"code": language}}
    if parameters:
        template["components"] = [
            {"type": "body", "parameters": [{"type": "text", "text": p} for p in parameters]}
        ]
    return {"messaging_product": "whatsapp", "to": VOTER, "type": "template", "template": template}


def assert_graph_error(body: Any, code: int) -> dict[str, Any]:
    """Graph's error envelope: message, type, code, fbtrace_id; details under error_data."""
    error = body["error"]
    assert error["code"] == code
    assert isinstance(error["message"], str) and error["message"]
    assert error["type"] == "OAuthException"
    assert error["fbtrace_id"].startswith("A")
    if "error_data" in error:
        assert error["error_data"]["messaging_product"] == "whatsapp"
    return dict(error)


# ------------------------------------------------------------------------------ sending


async def test_text_send_answers_like_the_cloud_api(
    fake: FakeGraphAPI, http: ClientSession
) -> None:
    status, body = await post_message(http, fake, text_body())
    assert status == 200
    [message] = body["messages"]
    assert body == {
        "messaging_product": "whatsapp",
        "contacts": [{"input": VOTER, "wa_id": VOTER}],
        "messages": [{"id": message["id"]}],
    }
    assert message["id"].startswith("wamid.")
    assert fake.sent == [
        SentMessage(
            to=VOTER,
            message_id=message["id"],
            type="text",
            text="Voting moved to Wednesday? No.",
        )
    ]
    assert fake.requests[0].authorization == AUTH["Authorization"]


async def test_formatted_recipient_is_normalised_and_ids_are_unique(
    fake: FakeGraphAPI, http: ClientSession
) -> None:
    _, first = await post_message(http, fake, text_body(to="+55 11 99999-0000"))
    _, second = await post_message(http, fake, text_body())
    assert first["contacts"] == [{"input": "+55 11 99999-0000", "wa_id": VOTER}]
    assert first["messages"][0]["id"] != second["messages"][0]["id"]
    assert [m.to for m in fake.messages_to(VOTER)] == [VOTER, VOTER]


async def test_reply_buttons_quote_and_mark_read(fake: FakeGraphAPI, http: ClientSession) -> None:
    body = buttons_body([("lang:pt", "Português"), ("lang:es", "Español")])
    body["context"] = {"message_id": "wamid.VOTER1"}
    status, _ = await post_message(http, fake, body)
    assert status == 200
    [sent] = fake.sent
    assert sent.type == "interactive" and sent.text == "Which language?"
    assert sent.buttons == (("lang:pt", "Português"), ("lang:es", "Español"))
    assert sent.button_ids == ["lang:pt", "lang:es"]
    assert sent.reply_to == "wamid.VOTER1"

    read = {"messaging_product": "whatsapp", "status": "read", "message_id": "wamid.VOTER1"}
    assert await post_message(http, fake, read) == (200, {"success": True})
    assert fake.read_marks == ["wamid.VOTER1"]
    assert len(fake.sent) == 1


async def test_wait_for_messages_returns_when_they_arrive(
    fake: FakeGraphAPI, http: ClientSession
) -> None:
    waiter = asyncio.create_task(fake.wait_for_messages(VOTER, 2, timeout=5))
    await post_message(http, fake, text_body("one"))
    await fake.wait_for_requests("messages", 1)
    assert not waiter.done()
    await post_message(http, fake, text_body("two"))
    assert [m.text for m in await waiter] == ["one", "two"]


async def test_wait_for_messages_times_out_with_a_dump(
    fake: FakeGraphAPI, http: ClientSession
) -> None:
    await post_message(http, fake, text_body("only one"))
    with pytest.raises(AssertionError, match="expected 2 message") as info:
        await fake.wait_for_messages(VOTER, 2, timeout=0.05)
    assert "only one" in str(info.value)


@pytest.mark.parametrize(
    ("reason", "body", "code"),
    [
        ("no messaging_product", {**text_body(), "messaging_product": None}, 100),
        ("no recipient", {**text_body(), "to": ""}, 100),
        ("recipient not a number", text_body(to="ana@example.org"), 131009),
        ("empty text", text_body(" "), 100),
        ("text over 4096 characters", text_body("x" * 4097), 100),
        ("unknown type", {**text_body(), "type": "carousel"}, 100),
        ("four buttons", buttons_body([(f"b{i}", f"B{i}") for i in range(4)]), 100),
        ("button title over 20", buttons_body([("a", "x" * 21)]), 100),
        ("empty button title", buttons_body([("a", "")]), 100),
        ("button id over 256", buttons_body([("i" * 257, "ok")]), 100),
        ("duplicate button ids", buttons_body([("a", "One"), ("a", "Two")]), 131009),
        ("button body over 1024", buttons_body([("a", "ok")], "x" * 1025), 100),
        ("no buttons", buttons_body([]), 100),
        (
            "interactive kind the client never sends",
            {
                **buttons_body([("a", "A")]),
                "interactive": {"type": "cta_url", "body": {"text": "x"}},
            },
            100,
        ),
        ("mark read without id", {"messaging_product": "whatsapp", "status": "read"}, 100),
    ],
)
async def test_invalid_sends_are_refused_like_meta(
    fake: FakeGraphAPI, http: ClientSession, reason: str, body: dict[str, Any], code: int
) -> None:
    status, answer = await post_message(http, fake, body)
    assert status == 400, reason
    assert_graph_error(answer, code)
    assert fake.sent == []
    assert fake.rejected[0].code == code


async def test_exactly_at_the_limits_is_accepted(fake: FakeGraphAPI, http: ClientSession) -> None:
    assert (await post_message(http, fake, text_body("x" * 4096)))[0] == 200
    three = [("a" * 256, "t" * 20), ("b", "B"), ("c", "C")]
    assert (await post_message(http, fake, buttons_body(three, "y" * 1024)))[0] == 200
    assert len(fake.sent) == 2


async def test_non_json_body_and_unknown_paths(fake: FakeGraphAPI, http: ClientSession) -> None:
    async with http.post(
        f"{fake.base_url}/{fake.phone_number_id}/messages", data="to=1", headers=AUTH
    ) as response:
        assert response.status == 400
        assert_graph_error(await response.json(), 100)
    async with http.delete(f"{fake.base_url}/nothing/here", headers=AUTH) as response:
        assert response.status == 400
        assert (await response.json())["error"]["code"] == 2500


async def test_other_phone_number_id_does_not_exist(
    fake: FakeGraphAPI, http: ClientSession
) -> None:
    async with http.post(
        f"{fake.base_url}/999999/messages", json=text_body(), headers=AUTH
    ) as response:
        assert response.status == 400
        error = assert_graph_error(await response.json(), 100)
    assert error["error_subcode"] == 33
    assert "'999999' does not exist" in error["message"]


@pytest.mark.parametrize(
    ("headers", "code"),
    [
        ({}, 104),
        ({"Authorization": "Bearer wrong-token"}, 190),
        ({"Authorization": f"Basic {DEFAULT_ACCESS_TOKEN}"}, 190),
    ],
)
async def test_bearer_token_is_required(
    fake: FakeGraphAPI, http: ClientSession, headers: dict[str, str], code: int
) -> None:
    status, body = await post_message(http, fake, text_body(), headers=headers)
    assert status == 401
    assert_graph_error(body, code)
    assert fake.sent == []


async def test_token_in_the_query_string_is_not_accepted(
    fake: FakeGraphAPI, http: ClientSession
) -> None:
    url = f"{fake.base_url}/{fake.phone_number_id}/messages"
    async with http.post(
        url, params={"access_token": DEFAULT_ACCESS_TOKEN}, json=text_body()
    ) as response:
        assert response.status == 401


# ------------------------------------------------------------------------------ window, templates


async def test_closed_window_allows_only_templates(fake: FakeGraphAPI, http: ClientSession) -> None:
    fake.register_template("verdict_ready", "pt_BR", parameter_count=1)
    fake.close_window(VOTER)
    status, body = await post_message(http, fake, text_body())
    assert status == 400
    error = assert_graph_error(body, 131047)
    assert error["message"] == "(#131047) Re-engagement message"
    assert "24 hours" in error["error_data"]["details"]

    status, _ = await post_message(http, fake, template_body("verdict_ready", "pt_BR", ["Ana"]))
    assert status == 200
    [sent] = fake.sent
    assert (sent.type, sent.template, sent.language, sent.parameters) == (
        "template",
        "verdict_ready",
        "pt_BR",
        ("Ana",),
    )
    fake.open_window(VOTER)
    assert (await post_message(http, fake, text_body()))[0] == 200


async def test_unknown_template_and_wrong_parameter_count(
    fake: FakeGraphAPI, http: ClientSession
) -> None:
    fake.register_template("verdict_ready", "es", parameter_count=0)
    status, body = await post_message(http, fake, template_body("verdict_ready", "pt_BR", []))
    assert status == 404
    assert "does not exist in pt_BR" in assert_graph_error(body, 132001)["error_data"]["details"]
    status, body = await post_message(http, fake, template_body("verdict_ready", "es", ["x"]))
    assert status == 400
    assert_graph_error(body, 132000)
    with_header = template_body("verdict_ready", "es", [])
    with_header["template"]["components"] = [{"type": "header", "parameters": []}]
    status, body = await post_message(http, fake, with_header)
    assert status == 400  # the client sends body parameters only; the fake knows no more
    assert_graph_error(body, 100)
    assert fake.sent == []


# ------------------------------------------------------------------------------ failure injection


@pytest.mark.parametrize(
    ("status", "code", "message"),
    [
        (500, None, "An unknown error has occurred."),
        (503, None, "An unexpected error has occurred. Please retry your request later."),
        (400, 130429, "(#130429) Rate limit hit"),
        (400, 131047, "(#131047) Re-engagement message"),
        (400, 131026, "(#131026) Message undeliverable"),
        (400, 131056, "(#131056) (Business Account, Consumer Account) pair rate limit hit"),
        (400, 100, "(#100) Invalid parameter"),
    ],
)
async def test_fail_next_answers_graph_errors_then_recovers(
    fake: FakeGraphAPI, http: ClientSession, status: int, code: int | None, message: str
) -> None:
    fake.fail_next("messages", status, code=code, times=2)
    for _ in range(2):
        got_status, body = await post_message(http, fake, text_body())
        assert got_status == status
        expected_code = code if code is not None else {500: 1, 503: 2}[status]
        assert assert_graph_error(body, expected_code)["message"] == message
    assert (await post_message(http, fake, text_body()))[0] == 200
    assert len(fake.sent) == 1
    assert [r.status for r in fake.rejected] == [status, status]


async def test_fail_next_with_subcode_details_headers_and_a_raw_body(
    fake: FakeGraphAPI, http: ClientSession
) -> None:
    fake.fail_next(
        "messages",
        400,
        code=131009,
        subcode=2494010,
        details="custom details",
        headers={"Retry-After": "7"},
    )
    fake.fail_next("messages", 502, body=b"<html>Bad Gateway</html>")
    async with http.post(
        f"{fake.base_url}/{fake.phone_number_id}/messages", json=text_body(), headers=AUTH
    ) as response:
        assert response.headers["Retry-After"] == "7"
        error = assert_graph_error(await response.json(), 131009)
    assert error["error_subcode"] == 2494010
    assert error["error_data"] == {"messaging_product": "whatsapp", "details": "custom details"}
    async with http.post(
        f"{fake.base_url}/{fake.phone_number_id}/messages", json=text_body(), headers=AUTH
    ) as response:
        assert response.status == 502
        assert await response.text() == "<html>Bad Gateway</html>"


async def test_failures_are_per_endpoint_and_auth_comes_first(
    fake: FakeGraphAPI, http: ClientSession
) -> None:
    media_id = fake.add_media(b"jpeg")
    fake.fail_next("media", 500)
    status, _ = await post_message(http, fake, text_body(), headers={})
    assert status == 401  # the injected failure is still queued
    assert (await post_message(http, fake, text_body()))[0] == 200
    async with http.get(f"{fake.base_url}/{media_id}", headers=AUTH) as response:
        assert response.status == 500
    with pytest.raises(ValueError, match="unknown endpoint"):
        fake.fail_next("webhooks", 500)  # type: ignore[arg-type]


async def test_disconnect_and_hang(fake: FakeGraphAPI, http: ClientSession) -> None:
    fake.disconnect_next("messages")
    with pytest.raises(ServerDisconnectedError):
        await post_message(http, fake, text_body())
    fake.hang_next("messages")
    with pytest.raises(TimeoutError):
        async with http.post(
            f"{fake.base_url}/{fake.phone_number_id}/messages",
            json=text_body(),
            headers=AUTH,
            timeout=ClientTimeout(total=0.2),
        ):
            pass
    assert fake.sent == []
    assert (await post_message(http, fake, text_body()))[0] == 200


# ------------------------------------------------------------------------------ media


async def test_media_url_then_download_with_the_token(
    fake: FakeGraphAPI, http: ClientSession
) -> None:
    data = b"\xff\xd8\xff" + b"jpeg bytes" * 100
    media_id = fake.add_media(data, "image/jpeg")
    async with http.get(f"{fake.base_url}/{media_id}", headers=AUTH) as response:
        assert response.status == 200
        info = await response.json()
    assert info == {
        "messaging_product": "whatsapp",
        "url": info["url"],
        "mime_type": "image/jpeg",
        "sha256": hashlib.sha256(data).hexdigest(),
        "file_size": len(data),
        "id": media_id,
    }
    assert info["url"].startswith(f"{fake.url}/whatsapp_business/attachments/?mid={media_id}&")
    async with http.get(info["url"]) as response:
        assert response.status == 401  # the URL alone is not enough
    async with http.get(info["url"], headers=AUTH) as response:
        assert response.status == 200
        assert response.content_type == "image/jpeg"
        assert response.content_length == len(data)
        assert await response.read() == data
    assert fake.media_lookups == [media_id]
    assert fake.downloads == [media_id]


async def test_expired_url_fails_until_a_fresh_one_is_fetched(
    fake: FakeGraphAPI, http: ClientSession
) -> None:
    media_id = fake.add_media(b"png")

    async def fresh_url() -> str:
        async with http.get(f"{fake.base_url}/{media_id}", headers=AUTH) as response:
            return str((await response.json())["url"])

    old = await fresh_url()
    assert fake.expire_media_urls() == 1
    async with http.get(old, headers=AUTH) as response:
        assert response.status == 404
    new = await fresh_url()
    assert new != old
    async with http.get(new, headers=AUTH) as response:
        assert await response.read() == b"png"
    assert fake.expire_media_urls("another-id") == 0


async def test_unknown_media_id(fake: FakeGraphAPI, http: ClientSession) -> None:
    async with http.get(f"{fake.base_url}/424242", headers=AUTH) as response:
        assert response.status == 400
        assert assert_graph_error(await response.json(), 100)["error_subcode"] == 33


async def test_media_can_lie_about_its_size_and_be_chunked(
    fake: FakeGraphAPI, http: ClientSession
) -> None:
    data = bytes(range(256)) * 400
    media_id = fake.add_media(data, declared_size=10, declared_sha256="0" * 64, chunked=True)
    async with http.get(f"{fake.base_url}/{media_id}", headers=AUTH) as response:
        info = await response.json()
    assert (info["file_size"], info["sha256"]) == (10, "0" * 64)
    async with http.get(info["url"], headers=AUTH) as response:
        assert response.content_length is None
        assert response.headers["Transfer-Encoding"] == "chunked"
        assert await response.read() == data


# ------------------------------------------------------------------------------ webhooks


def test_payload_shapes_match_the_documented_examples() -> None:
    image = image_message(
        VOTER, "1234567890", caption="share before it's deleted", frequently_forwarded=True
    )
    assert image["context"] == {"frequently_forwarded": True}
    assert image["image"]["id"] == "1234567890" and image["image"]["mime_type"] == "image/jpeg"
    assert image["type"] == "image" and image["timestamp"].isdigit()
    assert text_message(VOTER, "x", forwarded=True)["context"] == {"forwarded": True}
    # Never both flags (platforms.md 2.4).
    both = text_message(VOTER, "x", forwarded=True, frequently_forwarded=True)
    assert both["context"] == {"frequently_forwarded": True}

    button = button_reply(VOTER, "lang:pt", "Português")
    assert button["interactive"] == {
        "type": "button_reply",
        "button_reply": {"id": "lang:pt", "title": "Português"},
    }
    assert button["context"]["id"] == "wamid.OUR_MESSAGE"

    failed = status_update("wamid.OUT1", "failed", VOTER, timestamp=1767225700)
    assert failed["errors"][0]["code"] == 131047
    assert failed["errors"][0]["title"] == "Re-engagement message"
    assert "conversation" not in failed
    delivered = status_update("wamid.OUT1", "delivered")
    assert "errors" not in delivered and delivered["pricing"]["billable"] is False


def test_envelope_contacts_and_batching() -> None:
    one = webhook_payload(
        [text_message(VOTER, "a"), text_message("5491100000000", "b"), text_message(VOTER, "c")],
        names={VOTER: "Ana"},
    )
    assert one["object"] == "whatsapp_business_account"
    [entry] = one["entry"]
    [change] = entry["changes"]
    assert change["field"] == "messages"
    value = change["value"]
    assert value["metadata"]["phone_number_id"] == DEFAULT_PHONE_NUMBER_ID
    assert [c["wa_id"] for c in value["contacts"]] == [VOTER, "5491100000000"]
    assert len(value["messages"]) == 3
    statuses_only = webhook_payload(statuses=[status_update("wamid.X", "read")])
    assert "contacts" not in statuses_only["entry"][0]["changes"][0]["value"]
    assert len(merge_payloads(one, statuses_only)["entry"]) == 2
    with_bsuid = webhook_payload(
        [text_message(VOTER, "x")], contacts=[contact_for(VOTER, user_id="BR.123abc")]
    )
    assert with_bsuid["entry"][0]["changes"][0]["value"]["contacts"][0]["user_id"] == "BR.123abc"


def test_every_builder_makes_a_distinct_well_formed_message() -> None:
    ids = set()
    for name, message in all_message_builders(VOTER, "555"):
        assert message["from"] == VOTER, name
        assert message["type"] in message or message["type"] == "unsupported", name
        ids.add(message["id"])
    assert len(ids) == len(list(all_message_builders(VOTER, "555")))


def test_body_is_escaped_like_meta_and_signed_over_raw_bytes() -> None:
    payload = webhook_payload([text_message(VOTER, "Eleição adiada? https://x.example/a")])
    body = encode_webhook(payload)
    assert b"\\u00e7" in body and b"https:\\/\\/x.example" in body
    assert json.loads(body) == payload
    expected = hmac.new(b"s3cret", body, hashlib.sha256).hexdigest()
    assert sign_body(body, "s3cret") == f"sha256={expected}"
    reserialised = json.dumps(json.loads(body), ensure_ascii=False).encode()
    assert sign_body(reserialised, "s3cret") != sign_body(body, "s3cret")


async def test_deliver_webhook_and_handshake_reach_a_server(fake: FakeGraphAPI) -> None:
    received: list[tuple[str | None, bytes]] = []
    handshakes: list[dict[str, str]] = []

    async def receive(request: web.Request) -> web.Response:
        received.append((request.headers.get("X-Hub-Signature-256"), await request.read()))
        return web.Response(text="ok")

    async def handshake(request: web.Request) -> web.Response:
        handshakes.append(dict(request.query))
        return web.Response(text=request.query["hub.challenge"])

    app = web.Application()
    app.router.add_post("/webhooks/whatsapp", receive)
    app.router.add_get("/webhooks/whatsapp", handshake)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    url = f"http://127.0.0.1:{sock.getsockname()[1]}/webhooks/whatsapp"
    await web.SockSite(runner, sock).start()
    try:
        payload = fake.webhook_payload([text_message(VOTER, "hola")])
        assert await fake.deliver_webhook(url, payload) == 200
        assert await fake.deliver_webhook(url, payload, signature="missing") == 200
        assert await fake.deliver_webhook(url, payload, signature="wrong") == 200
        assert await fake.deliver_webhook(url, b"{not json") == 200

        answer = await fake.verify_webhook(url, "my-token", challenge="1158201444")
        assert (answer.status, answer.text) == (200, "1158201444")
    finally:
        await runner.cleanup()
        sock.close()
    (valid, body), (missing, _), (wrong, _), (raw_signature, raw) = received
    assert valid == sign_body(body, fake.app_secret) and missing is None
    assert wrong is not None and wrong != valid
    assert raw == b"{not json" and raw_signature == sign_body(raw, fake.app_secret)
    assert json.loads(body)["entry"][0]["changes"][0]["value"]["metadata"] == {
        "display_phone_number": DEFAULT_DISPLAY_PHONE_NUMBER,
        "phone_number_id": fake.phone_number_id,
    }
    assert handshakes == [
        {"hub.mode": "subscribe", "hub.verify_token": "my-token", "hub.challenge": "1158201444"}
    ]


async def test_close_is_idempotent_and_releases_hung_requests() -> None:
    fake = FakeGraphAPI()
    await fake.start()
    fake.hang_next("messages")
    async with ClientSession() as http:
        pending = asyncio.create_task(post_message(http, fake, text_body()))
        await fake.wait_for_requests("messages")
        await fake.close()
        status, body = await asyncio.wait_for(pending, timeout=5)
    assert status == 503
    assert_graph_error(body, 2)
    await fake.close()  # idempotent
