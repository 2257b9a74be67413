"""Our WhatsApp Cloud API client against the fake Graph API server, over real HTTP on 127.0.0.1:
sends, error classification, media downloads (expired URLs, oversized files), and the access
token kept out of every error and log line."""

from __future__ import annotations

import hashlib
import logging
import socket
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import ClientSession, TCPConnector

from bot.channels.whatsapp_api import (
    DEFAULT_BASE_URL,
    GRAPH_API_VERSION,
    GraphAPIError,
    MediaDownloadError,
    MediaTooLargeError,
    OutsideWindowError,
    WhatsAppAPIError,
    WhatsAppClient,
    WhatsAppNetworkError,
    is_transient_graph_error,
    send_error_for,
)
from bot.channels.whatsapp_limits import MAX_TEXT_CHARS
from bot.channels.whatsapp_media import MediaInfo
from bot.delivery import PermanentSendError, TransientSendError
from tests.fakes.graph_api import DEFAULT_VOTER, FakeGraphAPI

VOTER = DEFAULT_VOTER


@pytest.fixture
async def fake() -> AsyncIterator[FakeGraphAPI]:
    async with FakeGraphAPI() as api:
        yield api


@pytest.fixture
async def client(fake: FakeGraphAPI) -> AsyncIterator[WhatsAppClient]:
    async with WhatsAppClient(
        fake.base_url, fake.phone_number_id, fake.access_token, request_timeout_s=5
    ) as whatsapp:
        yield whatsapp


def test_default_base_url_pins_a_graph_version() -> None:
    assert DEFAULT_BASE_URL.startswith("https://graph.facebook.com/")
    assert DEFAULT_BASE_URL.endswith(f"/{GRAPH_API_VERSION}")
    assert GRAPH_API_VERSION.startswith("v") and GRAPH_API_VERSION.endswith(".0")


# ------------------------------------------------------------------------------ sending


async def test_send_text(fake: FakeGraphAPI, client: WhatsAppClient) -> None:
    message_id = await client.send_text(VOTER, "Verdict: False", reply_to="wamid.VOTER")
    [sent] = await fake.wait_for_messages(VOTER)
    assert sent.message_id == message_id and message_id.startswith("wamid.")
    assert (sent.text, sent.reply_to, sent.preview_url) == ("Verdict: False", "wamid.VOTER", False)
    assert sent.payload["recipient_type"] == "individual"
    [request] = fake.requests
    assert request.authorization == f"Bearer {fake.access_token}"
    assert request.query == {}  # the token travels in the header only
    assert request.path == f"/{fake.version}/{fake.phone_number_id}/messages"


async def test_send_buttons_and_template(fake: FakeGraphAPI, client: WhatsAppClient) -> None:
    fake.register_template("verdict_ready", "pt_BR", parameter_count=2)
    buttons = [("lang:pt", "Português"), ("lang:es", "Español"), ("lang:en", "English")]
    await client.send_buttons(VOTER, "Which language?", buttons)
    await client.send_template(VOTER, "verdict_ready", "pt_BR", ["Ana", "3/11"])
    picker, template = await fake.wait_for_messages(VOTER, 2)
    assert picker.buttons == tuple(buttons) and picker.text == "Which language?"
    assert (template.template, template.language, template.parameters) == (
        "verdict_ready",
        "pt_BR",
        ("Ana", "3/11"),
    )


async def test_send_list_for_more_than_three_choices(
    fake: FakeGraphAPI, client: WhatsAppClient
) -> None:
    rows = [
        (f"lang:{code}", name)
        for code, name in [
            ("ar", "العربية"),
            ("en", "English"),
            ("es", "Español"),
            ("fr", "Français"),
            ("pt", "Português"),
        ]
    ]
    await client.send_list(VOTER, "Choose your language:", "Languages", rows)
    [menu] = await fake.wait_for_messages(VOTER)
    assert menu.buttons == tuple(rows) and menu.payload["interactive"]["type"] == "list"
    with pytest.raises(ValueError, match="11 rows"):
        await client.send_list(
            VOTER, "Too many", "Languages", [(str(n), str(n)) for n in range(11)]
        )
    with pytest.raises(ValueError, match="list button label"):
        await client.send_list(VOTER, "Body", "A label far too long for it", rows)
    assert len(fake.sent) == 1


async def test_template_without_parameters_has_no_components(
    fake: FakeGraphAPI, client: WhatsAppClient
) -> None:
    fake.register_template("come_back", "es")
    await client.send_template(VOTER, "come_back", "es")
    [sent] = fake.sent
    assert "components" not in sent.payload["template"]


async def test_a_picture_is_uploaded_then_sent_by_its_media_id(
    fake: FakeGraphAPI, client: WhatsAppClient
) -> None:
    media_id = await client.upload_media(b"\x89PNG picture bytes", "image/png")
    [upload] = fake.requests_to("upload")
    assert upload.path == f"/{fake.version}/{fake.phone_number_id}/media"
    assert upload.authorization == f"Bearer {fake.access_token}" and upload.query == {}
    assert fake.uploads == [media_id]
    assert fake.media_data(media_id) == b"\x89PNG picture bytes"
    message_id = await client.send_image(VOTER, media_id, "Picture from tip 4")
    [sent] = await fake.wait_for_messages(VOTER)
    assert (sent.type, sent.media_id, sent.text) == ("image", media_id, "Picture from tip 4")
    assert sent.message_id == message_id


async def test_pictures_whatsapp_would_refuse_are_not_uploaded_or_sent(
    fake: FakeGraphAPI, client: WhatsAppClient
) -> None:
    with pytest.raises(ValueError, match="JPEG or PNG"):
        await client.upload_media(b"GIF89a", "image/gif")
    with pytest.raises(ValueError, match="5 MB"):
        await client.upload_media(b"x" * 5_000_001, "image/jpeg")
    with pytest.raises(ValueError, match="1024"):
        await client.send_image(VOTER, "12345", "x" * 1025)
    assert fake.requests == []
    with pytest.raises(GraphAPIError) as refused:  # a media id the number never uploaded
        await client.send_image(VOTER, "12345")
    assert refused.value.code == 131053 and fake.sent == []


async def test_mark_read(fake: FakeGraphAPI, client: WhatsAppClient) -> None:
    await client.mark_read("wamid.VOTER1")
    assert fake.read_marks == ["wamid.VOTER1"]


@pytest.mark.parametrize(
    ("reason", "call"),
    [
        ("empty text", lambda c: c.send_text(VOTER, "")),
        ("text too long", lambda c: c.send_text(VOTER, "x" * (MAX_TEXT_CHARS + 1))),
        ("not a wa_id", lambda c: c.send_text("ana@example.org", "hi")),
        (
            "four buttons",
            lambda c: c.send_buttons(VOTER, "?", [(str(i), str(i)) for i in range(4)]),
        ),
        ("no buttons", lambda c: c.send_buttons(VOTER, "?", [])),
        ("title over 20", lambda c: c.send_buttons(VOTER, "?", [("a", "x" * 21)])),
        ("button body over 1024", lambda c: c.send_buttons(VOTER, "x" * 1025, [("a", "A")])),
        ("duplicate titles", lambda c: c.send_buttons(VOTER, "?", [("a", "A"), ("b", "A")])),
        ("bad language", lambda c: c.send_template(VOTER, "t", "Portuguese")),
        ("empty template", lambda c: c.send_template(VOTER, "", "pt_BR")),
        ("path in a media id", lambda c: c.media_url("../me/accounts")),
        ("zero max_bytes", lambda c: c.download_media("1", 0)),
    ],
)
async def test_requests_whatsapp_would_refuse_are_not_sent(
    fake: FakeGraphAPI, client: WhatsAppClient, reason: str, call: Any
) -> None:
    with pytest.raises(ValueError):
        await call(client)
    assert fake.requests == [], reason


def test_constructor_validates_and_repr_hides_the_token() -> None:
    client = WhatsAppClient("http://127.0.0.1:1/v23.0/", "123", "SECRET-TOKEN")
    assert client.base_url == "http://127.0.0.1:1/v23.0"
    assert "SECRET-TOKEN" not in repr(client)
    with pytest.raises(ValueError):
        WhatsAppClient("graph.facebook.com", "123", "t")
    with pytest.raises(ValueError):
        WhatsAppClient(DEFAULT_BASE_URL, "12/../3", "t")
    with pytest.raises(ValueError):
        WhatsAppClient(DEFAULT_BASE_URL, "123", "")


# ------------------------------------------------------------------------------ errors


@pytest.mark.parametrize(
    ("reason", "status", "code", "transient", "error_class"),
    [
        ("server error", 500, None, True, GraphAPIError),
        ("service unavailable", 503, None, True, GraphAPIError),
        ("throughput", 400, 130429, True, GraphAPIError),
        ("spam rate", 400, 131048, True, GraphAPIError),
        ("pair rate", 400, 131056, True, GraphAPIError),
        ("app call limit", 400, 4, True, GraphAPIError),
        ("WABA rate limit", 400, 80007, True, GraphAPIError),
        ("something went wrong", 500, 131000, True, GraphAPIError),
        ("HTTP 429", 429, None, True, GraphAPIError),
        ("outside the window", 400, 131047, False, OutsideWindowError),
        ("undeliverable", 400, 131026, False, GraphAPIError),
        ("invalid parameter", 400, 100, False, GraphAPIError),
        ("expired token", 401, 190, False, GraphAPIError),
        ("no permission", 403, 10, False, GraphAPIError),
        ("unknown template", 404, 132001, False, GraphAPIError),
    ],
)
async def test_graph_errors_are_classified(
    fake: FakeGraphAPI,
    client: WhatsAppClient,
    reason: str,
    status: int,
    code: int | None,
    transient: bool,
    error_class: type[GraphAPIError],
) -> None:
    fake.fail_next("messages", status, code=code, subcode=2494010)
    with pytest.raises(GraphAPIError) as info:
        await client.send_text(VOTER, "hello")
    error = info.value
    assert type(error) is error_class, reason
    assert error.transient is transient, reason
    assert error.status == status
    expected_code = code if code is not None else {500: 1, 503: 2, 429: 130429}[status]
    assert (error.code, error.subcode) == (expected_code, 2494010)
    assert error.message and error.fbtrace_id and error.error_type == "OAuthException"
    assert f"code {expected_code}/2494010" in str(error)
    assert isinstance(
        send_error_for(error), TransientSendError if transient else PermanentSendError
    )
    assert fake.sent == []


async def test_outside_window_carries_the_details(
    fake: FakeGraphAPI, client: WhatsAppClient
) -> None:
    fake.close_window(VOTER)
    with pytest.raises(OutsideWindowError) as info:
        await client.send_text(VOTER, "late verdict")
    assert info.value.code == 131047
    assert info.value.details is not None and "24 hours" in info.value.details
    assert not info.value.transient
    fake.register_template("verdict_ready", "en")
    assert await client.send_template(VOTER, "verdict_ready", "en")


async def test_500_then_success(fake: FakeGraphAPI, client: WhatsAppClient) -> None:
    fake.fail_next("messages", 500)
    with pytest.raises(GraphAPIError) as info:
        await client.send_text(VOTER, "once")
    assert info.value.transient
    await client.send_text(VOTER, "once")
    assert [m.text for m in fake.sent] == ["once"]


async def test_retry_after_header_is_carried(fake: FakeGraphAPI, client: WhatsAppClient) -> None:
    fake.fail_next("messages", 503, headers={"Retry-After": "12"})
    with pytest.raises(GraphAPIError) as info:
        await client.send_text(VOTER, "x")
    assert info.value.retry_after_s == 12.0
    sent_error = send_error_for(info.value)
    assert isinstance(sent_error, TransientSendError) and sent_error.retry_after_s == 12.0


async def test_non_json_error_from_a_proxy(fake: FakeGraphAPI, client: WhatsAppClient) -> None:
    fake.fail_next("messages", 502, body=b"<html><body>Bad Gateway</body></html>")
    with pytest.raises(GraphAPIError) as info:
        await client.send_text(VOTER, "x")
    assert (info.value.status, info.value.code, info.value.transient) == (502, None, True)
    assert "Bad Gateway" in str(info.value)


async def test_dropped_connection_and_timeout_are_transient(fake: FakeGraphAPI) -> None:
    async with WhatsAppClient(
        fake.base_url, fake.phone_number_id, fake.access_token, request_timeout_s=0.2
    ) as client:
        fake.disconnect_next("messages")
        with pytest.raises(WhatsAppNetworkError) as dropped:
            await client.send_text(VOTER, "x")
        fake.hang_next("messages")
        with pytest.raises(WhatsAppNetworkError, match="timed out") as timed_out:
            await client.send_text(VOTER, "x")
        for error in (dropped.value, timed_out.value):
            assert error.transient and error.__cause__ is None
            assert isinstance(send_error_for(error), TransientSendError)
        assert await client.send_text(VOTER, "after")


async def test_connection_refused_is_transient() -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    async with WhatsAppClient(f"http://127.0.0.1:{port}/v23.0", "1", "token") as client:
        with pytest.raises(WhatsAppNetworkError) as info:
            await client.send_text(VOTER, "x")
    assert info.value.transient


async def test_wrong_token_is_permanent(fake: FakeGraphAPI) -> None:
    async with WhatsAppClient(fake.base_url, fake.phone_number_id, "WRONG-TOKEN") as client:
        with pytest.raises(GraphAPIError) as info:
            await client.send_text(VOTER, "x")
    assert (info.value.status, info.value.code, info.value.transient) == (401, 190, False)


async def test_the_token_never_appears_in_errors_or_logs(
    fake: FakeGraphAPI, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    token = fake.access_token
    errors: list[BaseException] = []
    async with WhatsAppClient(
        fake.base_url, fake.phone_number_id, token, request_timeout_s=0.2
    ) as client:
        # A Graph answer that echoes the token (as some proxies and error pages do).
        fake.fail_next("messages", 400, code=100, message=f"bad token {token}", details=token)
        fake.fail_next("messages", 502, body=f"<pre>Authorization: Bearer {token}</pre>".encode())
        fake.disconnect_next("messages")
        fake.hang_next("messages")
        for _ in range(4):
            with pytest.raises(WhatsAppAPIError) as info:
                await client.send_text(VOTER, "x")
            errors.append(info.value)
        media_id = fake.add_media(b"abc")
        fake.fail_next("download", 404, times=2)
        with pytest.raises(MediaDownloadError) as media_info:
            await client.download_media(media_id, 1000)
        errors.append(media_info.value)
    for error in errors:
        chain: BaseException | None = error
        while chain is not None:
            for text in (str(chain), repr(chain), repr(chain.args), repr(vars(chain))):
                assert token not in text, (type(chain).__name__, text)
            chain = chain.__cause__ or chain.__context__
    assert "[access token]" in str(errors[0]) and "[access token]" in str(errors[1])
    assert token not in caplog.text


# ------------------------------------------------------------------------------ media


async def test_download_media(fake: FakeGraphAPI, client: WhatsAppClient) -> None:
    data = b"\x89PNG" + bytes(range(256)) * 40
    media_id = fake.add_media(data, "image/png")
    info = await client.media_url(media_id)
    assert info == MediaInfo(
        media_id=media_id,
        url=info.url,
        mime_type="image/png",
        sha256=hashlib.sha256(data).hexdigest(),
        file_size=len(data),
    )
    media = await client.download_media(media_id, max_bytes=len(data))
    assert (media.data, media.mime_type, media.size_bytes) == (data, "image/png", len(data))
    assert "data" not in repr(media)
    assert fake.downloads == [media_id]
    downloads = fake.requests_to("download")
    assert all(r.authorization == f"Bearer {fake.access_token}" for r in downloads)


async def test_expired_url_is_fetched_again_once(
    fake: FakeGraphAPI, client: WhatsAppClient, caplog: pytest.LogCaptureFixture
) -> None:
    media_id = fake.add_media(b"jpeg bytes")
    fake.fail_next("download", 404)  # the first URL has expired by the time we use it
    caplog.set_level(logging.INFO, logger="bot.channels.whatsapp_api")
    media = await client.download_media(media_id, 1000)
    assert media.data == b"jpeg bytes"
    assert fake.media_lookups == [media_id, media_id]
    assert "fetching a fresh one" in caplog.text


@pytest.mark.parametrize("status", [401, 403, 404, 410])
async def test_a_url_that_stays_refused_gives_up_after_one_refetch(
    fake: FakeGraphAPI, client: WhatsAppClient, status: int
) -> None:
    media_id = fake.add_media(b"x")
    fake.fail_next("download", status, times=3)
    with pytest.raises(MediaDownloadError) as info:
        await client.download_media(media_id, 1000)
    assert (info.value.status, info.value.transient) == (status, False)
    assert fake.media_lookups == [media_id, media_id]
    assert len(fake.requests_to("download")) == 2


async def test_expired_url_through_the_fakes_clock(fake: FakeGraphAPI) -> None:
    """The expiry as the fake models it (a URL stops working; a fresh lookup works)."""
    media_id = fake.add_media(b"abc")

    class ExpiringClient(WhatsAppClient):
        async def media_url(self, media_id: str) -> MediaInfo:
            info = await super().media_url(media_id)
            if len(fake.media_lookups) == 1:
                fake.expire_media_urls(media_id)  # five minutes pass before the download
            return info

    async with ExpiringClient(fake.base_url, fake.phone_number_id, fake.access_token) as client:
        assert (await client.download_media(media_id, 100)).data == b"abc"
    assert [r.status for r in fake.rejected] == [404]


async def test_download_server_error_is_transient(
    fake: FakeGraphAPI, client: WhatsAppClient
) -> None:
    media_id = fake.add_media(b"x")
    fake.fail_next("download", 503)
    with pytest.raises(MediaDownloadError) as info:
        await client.download_media(media_id, 1000)
    assert (info.value.status, info.value.transient) == (503, True)


async def test_media_lookup_errors(fake: FakeGraphAPI, client: WhatsAppClient) -> None:
    with pytest.raises(GraphAPIError) as info:
        await client.media_url("999")
    assert (info.value.code, info.value.subcode, info.value.transient) == (100, 33, False)
    media_id = fake.add_media(b"x")
    fake.fail_next("media", 500)
    with pytest.raises(GraphAPIError) as transient:
        await client.download_media(media_id, 10)
    assert transient.value.transient


async def test_declared_size_over_the_limit_is_never_downloaded(
    fake: FakeGraphAPI, client: WhatsAppClient
) -> None:
    media_id = fake.add_media(b"x" * 5000)
    with pytest.raises(MediaTooLargeError) as info:
        await client.download_media(media_id, max_bytes=4999)
    assert (info.value.size_bytes, info.value.max_bytes, info.value.transient) == (
        5000,
        4999,
        False,
    )
    assert fake.requests_to("download") == []


async def test_content_length_over_the_limit_is_refused_before_reading(
    fake: FakeGraphAPI, client: WhatsAppClient
) -> None:
    media_id = fake.add_media(b"x" * 50_000, declared_size=100)  # the lookup lies
    with pytest.raises(MediaTooLargeError, match="sent size 50000") as info:
        await client.download_media(media_id, max_bytes=1000)
    assert info.value.size_bytes == 50_000


async def test_a_stream_over_the_limit_is_cut_off(
    fake: FakeGraphAPI, client: WhatsAppClient
) -> None:
    data = b"y" * 2_000_000
    media_id = fake.add_media(data, declared_size=100, chunked=True)  # no size anywhere
    with pytest.raises(MediaTooLargeError, match="streamed size") as info:
        await client.download_media(media_id, max_bytes=100_000)
    assert info.value.size_bytes is not None
    assert 100_000 < info.value.size_bytes < len(data)  # stopped early, not read whole


async def test_a_chunked_file_within_the_limit_downloads(
    fake: FakeGraphAPI, client: WhatsAppClient
) -> None:
    data = bytes(range(256)) * 1000
    media_id = fake.add_media(data, chunked=True)
    assert (await client.download_media(media_id, len(data))).data == data


async def test_bytes_not_matching_the_declared_sha256(
    fake: FakeGraphAPI, client: WhatsAppClient
) -> None:
    media_id = fake.add_media(b"tampered", declared_sha256="ab" * 32)
    with pytest.raises(MediaDownloadError, match="sha256") as info:
        await client.download_media(media_id, 1000)
    assert info.value.status is None and info.value.transient


# ------------------------------------------------------------------------------ session


async def test_session_factory_is_used_and_closed(fake: FakeGraphAPI) -> None:
    made: list[ClientSession] = []

    def factory() -> ClientSession:
        session = ClientSession(connector=TCPConnector(limit=4))
        made.append(session)
        return session

    client = WhatsAppClient(
        fake.base_url, fake.phone_number_id, fake.access_token, session_factory=factory
    )
    assert made == []  # nothing opened before the first call
    await client.send_text(VOTER, "one")
    await client.send_text(VOTER, "two")
    assert len(made) == 1
    await client.close()
    assert made[0].closed
    await client.send_text(VOTER, "reopened")
    assert len(made) == 2
    await client.close()
    await client.close()


def test_transient_classification_table() -> None:
    assert is_transient_graph_error(400, 130429)
    assert is_transient_graph_error(500, None)
    assert is_transient_graph_error(429, None)
    assert not is_transient_graph_error(500, 131047)  # a template is needed, not a retry
    assert not is_transient_graph_error(400, 131026)
    assert not is_transient_graph_error(400, None)
