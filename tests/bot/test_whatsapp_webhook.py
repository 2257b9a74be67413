"""WhatsApp webhook parsing: every message and status shape, and malformed payloads (skipped with
a reason, never a crash)."""

from __future__ import annotations

import copy
import random
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from bot.channels.whatsapp_webhook import (
    ButtonReply,
    MediaRef,
    MessageKind,
    WebhookBatch,
    WebhookPayloadError,
    WhatsAppMessage,
    WhatsAppStatus,
    parse_webhook,
)
from factchecks.models import DeliveryStatus
from tests.fakes.graph_api import (
    DEFAULT_PHONE_NUMBER_ID,
    all_message_builders,
    audio_message,
    button_reply,
    contact_for,
    contacts_message,
    document_message,
    image_message,
    location_message,
    merge_payloads,
    reaction_message,
    status_update,
    sticker_message,
    template_button_reply,
    text_message,
    unsupported_message,
    video_message,
    webhook_payload,
)

SECRET = "app-secret"
VOTER = "5511999990000"
NUMBER = "106540352242922"

# platforms.md 2.4, verbatim: the fixtures come from Meta's reference, not from our builders.
DOCUMENTED_PAYLOAD: dict[str, Any] = {
    "object": "whatsapp_business_account",
    "entry": [
        {
            "id": "102290129340398",
            "changes": [
                {
                    "field": "messages",
                    "value": {
                        "messaging_product": "whatsapp",
                        "metadata": {
                            "display_phone_number": "15550001111",
                            "phone_number_id": NUMBER,
                        },
                        "contacts": [{"profile": {"name": "Ana"}, "wa_id": VOTER}],
                        "messages": [
                            {
                                "from": VOTER,
                                "id": "wamid.TXT1",
                                "timestamp": "1767225600",
                                "type": "text",
                                "text": {"body": "Voting moved to Wednesday?"},
                            },
                            {
                                "from": VOTER,
                                "id": "wamid.IMG1",
                                "timestamp": "1767225601",
                                "type": "image",
                                "context": {"frequently_forwarded": True},
                                "image": {
                                    "caption": "share before it's deleted",
                                    "mime_type": "image/jpeg",
                                    "sha256": "<hash>",
                                    "id": "1234567890",
                                },
                            },
                            {
                                "from": VOTER,
                                "id": "wamid.BTN1",
                                "timestamp": "1767225602",
                                "type": "interactive",
                                "context": {"from": "15550001111", "id": "wamid.OUR_MSG"},
                                "interactive": {
                                    "type": "button_reply",
                                    "button_reply": {"id": "lang:pt", "title": "Português"},
                                },
                            },
                        ],
                        "statuses": [
                            {
                                "id": "wamid.OUT1",
                                "status": "failed",
                                "timestamp": "1767225700",
                                "recipient_id": VOTER,
                                "errors": [
                                    {
                                        "code": 131047,
                                        "title": "Re-engagement message",
                                        "message": "Re-engagement message",
                                        "error_data": {"details": "More than 24 hours..."},
                                    }
                                ],
                            }
                        ],
                    },
                }
            ],
        }
    ],
}


def at(seconds: int) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


def one_message(message: dict[str, Any], **kwargs: Any) -> WhatsAppMessage:
    batch = parse_webhook(webhook_payload([message], phone_number_id=NUMBER, **kwargs))
    assert batch.skipped == (), batch.skipped
    [parsed] = batch.messages
    return parsed


# ------------------------------------------------------------------------------ parsing


def test_documented_payload() -> None:
    batch = parse_webhook(DOCUMENTED_PAYLOAD)
    assert batch == WebhookBatch(
        messages=(
            WhatsAppMessage(
                message_id="wamid.TXT1",
                phone_number_id=NUMBER,
                wa_id=VOTER,
                user_id=None,
                timestamp=at(1767225600),
                type="text",
                kind=MessageKind.TEXT,
                text="Voting moved to Wednesday?",
            ),
            WhatsAppMessage(
                message_id="wamid.IMG1",
                phone_number_id=NUMBER,
                wa_id=VOTER,
                user_id=None,
                timestamp=at(1767225601),
                type="image",
                kind=MessageKind.IMAGE,
                text="share before it's deleted",
                media=MediaRef("1234567890", "image/jpeg", "<hash>"),
                frequently_forwarded=True,
            ),
            WhatsAppMessage(
                message_id="wamid.BTN1",
                phone_number_id=NUMBER,
                wa_id=VOTER,
                user_id=None,
                timestamp=at(1767225602),
                type="interactive",
                kind=MessageKind.BUTTON,
                button=ButtonReply("lang:pt", "Português"),
                context_message_id="wamid.OUR_MSG",
            ),
        ),
        statuses=(
            WhatsAppStatus(
                message_id="wamid.OUT1",
                phone_number_id=NUMBER,
                status=DeliveryStatus.FAILED,
                timestamp=at(1767225700),
                recipient_id=VOTER,
                error_code=131047,
                error_title="Re-engagement message",
            ),
        ),
    )
    assert batch.messages[0].sender_key == batch.messages[0].address == VOTER


def test_the_profile_name_is_never_kept() -> None:
    payload = webhook_payload([text_message(VOTER, "hi")], names={VOTER: "Zélia Quaresma"})
    batch = parse_webhook(payload)
    assert len(batch.messages) == 1
    assert "Zélia" not in repr(batch)


@pytest.mark.parametrize(
    ("reason", "message", "kind", "text", "has_media", "button"),
    [
        (
            "plain text",
            text_message(VOTER, "Is this true?"),
            MessageKind.TEXT,
            "Is this true?",
            False,
            None,
        ),
        ("image without caption", image_message(VOTER, "77"), MessageKind.IMAGE, "", True, None),
        (
            "picture sent as a file is usable",
            document_message(VOTER, "78", mime_type="image/png", caption="look"),
            MessageKind.DOCUMENT,
            "look",
            True,
            None,
        ),
        (
            "a pdf is not an image",
            document_message(VOTER, "79"),
            MessageKind.DOCUMENT,
            "",
            False,
            None,
        ),
        (
            "template quick reply",
            template_button_reply(VOTER, "show_verdict", "See the verdict"),
            MessageKind.BUTTON,
            "",
            False,
            ButtonReply("show_verdict", "See the verdict"),
        ),
        ("voice note", audio_message(VOTER), MessageKind.VOICE, "", False, None),
        ("audio file", audio_message(VOTER, voice=False), MessageKind.AUDIO, "", False, None),
        (
            "video keeps its caption",
            video_message(VOTER, caption="watch"),
            MessageKind.VIDEO,
            "watch",
            False,
            None,
        ),
        ("sticker", sticker_message(VOTER, animated=True), MessageKind.STICKER, "", False, None),
        (
            "location",
            location_message(VOTER, name="Polling station"),
            MessageKind.LOCATION,
            "",
            False,
            None,
        ),
        ("contact card", contacts_message(VOTER), MessageKind.CONTACTS, "", False, None),
        ("reaction", reaction_message(VOTER), MessageKind.REACTION, "", False, None),
        ("unsupported", unsupported_message(VOTER), MessageKind.UNSUPPORTED, "", False, None),
    ],
)
def test_message_kinds(
    reason: str,
    message: dict[str, Any],
    kind: MessageKind,
    text: str,
    has_media: bool,
    button: ButtonReply | None,
) -> None:
    parsed = one_message(message)
    assert (parsed.kind, parsed.text, parsed.media is not None, parsed.button) == (
        kind,
        text,
        has_media,
        button,
    ), reason
    assert parsed.type == message["type"]


def test_media_reference_and_unsupported_error_code() -> None:
    parsed = one_message(document_message(VOTER, "78", mime_type="image/png"))
    assert parsed.media is not None
    assert (parsed.media.media_id, parsed.media.mime_type) == ("78", "image/png")
    assert one_message(unsupported_message(VOTER)).error_code == 131051


def test_forward_flags() -> None:
    assert one_message(text_message(VOTER, "x", forwarded=True)).forwarded
    frequent = one_message(image_message(VOTER, "1", frequently_forwarded=True))
    assert frequent.frequently_forwarded and not frequent.forwarded
    plain = one_message(text_message(VOTER, "x"))
    assert not plain.forwarded and not plain.frequently_forwarded


def test_list_reply_and_other_interactive_replies() -> None:
    row = text_message(VOTER, "")
    row.update(type="interactive", interactive={"type": "list_reply", "list_reply": {"id": "r1"}})
    del row["text"]
    assert one_message(row).button == ButtonReply("r1", "")
    flow = copy.deepcopy(row)
    flow["interactive"] = {"type": "nfm_reply", "nfm_reply": {"response_json": "{}"}}
    parsed = one_message(flow)
    assert (parsed.kind, parsed.button) == (MessageKind.OTHER, None)


def test_unknown_types_are_kept_as_other() -> None:
    order = text_message(VOTER, "")
    order.update(type="order", order={"catalog_id": "1", "product_items": []})
    assert one_message(order).kind is MessageKind.OTHER


def test_business_scoped_user_id() -> None:
    with_both = one_message(
        text_message(VOTER, "hi"), contacts=[contact_for(VOTER, user_id="BR.13491208655302741918")]
    )
    assert with_both.user_id == "BR.13491208655302741918"
    assert with_both.sender_key == "BR.13491208655302741918"
    assert with_both.address == VOTER

    only_bsuid = text_message(VOTER, "hi")
    del only_bsuid["from"]
    contact = {"profile": {"name": "Ana"}, "user_id": "BR.1"}
    parsed = one_message(only_bsuid, contacts=[contact])
    assert (parsed.wa_id, parsed.user_id, parsed.sender_key, parsed.address) == (
        None,
        "BR.1",
        "BR.1",
        "BR.1",
    )


def test_a_message_value_needs_a_sender() -> None:
    with pytest.raises(ValueError, match="neither a wa_id nor a user_id"):
        WhatsAppMessage("wamid.X", NUMBER, None, None, at(0), "text", MessageKind.TEXT)


def test_several_entries_changes_messages_and_statuses_in_order() -> None:
    first = webhook_payload(
        [text_message(VOTER, "one"), image_message("5491100000000", "9", caption="two")],
        [status_update("wamid.A", "sent"), status_update("wamid.A", "delivered")],
        phone_number_id=NUMBER,
    )
    second = webhook_payload(
        [text_message(VOTER, "three")], [status_update("wamid.A", "read")], phone_number_id=NUMBER
    )
    second["entry"][0]["changes"].append(copy.deepcopy(first["entry"][0]["changes"][0]))
    batch = parse_webhook(merge_payloads(first, second))
    assert [m.text for m in batch.messages] == ["one", "two", "three", "one", "two"]
    assert [m.wa_id for m in batch.messages][:2] == [VOTER, "5491100000000"]
    assert [s.status for s in batch.statuses] == [
        DeliveryStatus.SENT,
        DeliveryStatus.DELIVERED,
        DeliveryStatus.READ,
        DeliveryStatus.SENT,
        DeliveryStatus.DELIVERED,
    ]
    assert batch.skipped == ()


def test_failed_status_from_the_builder() -> None:
    payload = webhook_payload(
        statuses=[status_update("wamid.B", "failed", VOTER, error_code=131026, timestamp=5)]
    )
    [status] = parse_webhook(payload).statuses
    assert (status.status, status.error_code, status.error_title, status.timestamp) == (
        DeliveryStatus.FAILED,
        131026,
        "Message undeliverable",
        at(5),
    )
    assert status.phone_number_id == DEFAULT_PHONE_NUMBER_ID


def test_changes_for_another_number_are_skipped_when_asked() -> None:
    payload = webhook_payload([text_message(VOTER, "x")], phone_number_id="1111")
    assert len(parse_webhook(payload).messages) == 1
    batch = parse_webhook(payload, phone_number_id=NUMBER)
    assert batch.messages == ()
    assert batch.skipped[0].reason == "addressed to another phone number id"


def test_other_fields_and_change_errors_are_skipped_with_a_reason() -> None:
    payload = webhook_payload([text_message(VOTER, "kept")])
    payload["entry"][0]["changes"].append(
        {"field": "message_template_status_update", "value": {"event": "APPROVED"}}
    )
    payload["entry"][0]["changes"][0]["value"]["errors"] = [
        {"code": 131000, "title": "Something went wrong", "message": "Something went wrong"}
    ]
    batch = parse_webhook(payload)
    assert [m.text for m in batch.messages] == ["kept"]
    assert [(s.path, s.reason) for s in batch.skipped] == [
        (
            "entry[0].changes[0].value.errors[0]",
            "Meta reported error 131000: 'Something went wrong'",
        ),
        ("entry[0].changes[1]", "field 'message_template_status_update' is not handled"),
    ]


def _break(message: dict[str, Any], path: list[str], value: Any) -> dict[str, Any]:
    broken = copy.deepcopy(message)
    target = broken
    for key in path[:-1]:
        target = target[key]
    if value is _DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return broken


_DELETE = object()


@pytest.mark.parametrize(
    ("reason", "message", "expected"),
    [
        ("no id", _break(text_message(VOTER, "x"), ["id"], _DELETE), "no id"),
        ("numeric id", _break(text_message(VOTER, "x"), ["id"], 12), "no id"),
        ("no sender", _break(text_message(VOTER, "x"), ["from"], _DELETE), "no sender"),
        ("no type", _break(text_message(VOTER, "x"), ["type"], _DELETE), "no type"),
        ("text without body", _break(text_message(VOTER, "x"), ["text"], {}), "text.body"),
        ("text body a number", _break(text_message(VOTER, "x"), ["text", "body"], 5), "text.body"),
        (
            "image without id",
            _break(image_message(VOTER, "1"), ["image", "id"], _DELETE),
            "image.id",
        ),
        (
            "image not an object",
            _break(image_message(VOTER, "1"), ["image"], "1"),
            "no image object",
        ),
        (
            "button reply without id",
            _break(button_reply(VOTER, "a", "A"), ["interactive", "button_reply", "id"], None),
            "button_reply.id",
        ),
        (
            "button reply object missing",
            _break(button_reply(VOTER, "a", "A"), ["interactive", "button_reply"], _DELETE),
            "without its object",
        ),
        (
            "template button without payload",
            _break(template_button_reply(VOTER, "p", "P"), ["button", "payload"], _DELETE),
            "button.payload",
        ),
        ("context a string", _break(text_message(VOTER, "x"), ["context"], "x"), "context"),
        (
            "timestamp missing",
            _break(text_message(VOTER, "x"), ["timestamp"], _DELETE),
            "timestamp",
        ),
        (
            "timestamp not a number",
            _break(text_message(VOTER, "x"), ["timestamp"], "soon"),
            "timestamp",
        ),
        ("timestamp negative", _break(text_message(VOTER, "x"), ["timestamp"], -5), "timestamp"),
        (
            "timestamp huge",
            _break(text_message(VOTER, "x"), ["timestamp"], "9" * 30),
            "out of range",
        ),
        ("not an object", "wamid.X", "not an object"),
    ],
)
def test_malformed_messages_are_skipped_and_the_rest_kept(
    reason: str, message: dict[str, Any], expected: str
) -> None:
    good = text_message(VOTER, "still here")
    payload = webhook_payload([good], phone_number_id=NUMBER, contacts=[contact_for(VOTER)])
    payload["entry"][0]["changes"][0]["value"]["messages"].insert(0, message)
    batch = parse_webhook(payload)
    assert [m.text for m in batch.messages] == ["still here"], reason
    [skipped] = batch.skipped
    assert skipped.path == "entry[0].changes[0].value.messages[0]"
    assert expected in skipped.reason, (reason, skipped.reason)


@pytest.mark.parametrize(
    ("reason", "status", "expected"),
    [
        ("no id", _break(status_update("w", "sent"), ["id"], _DELETE), "no id"),
        (
            "unknown status",
            status_update("w", "sent") | {"status": "played"},
            "'played' is not handled",
        ),
        ("no status", _break(status_update("w", "sent"), ["status"], _DELETE), "no status"),
        ("bad timestamp", _break(status_update("w", "read"), ["timestamp"], None), "timestamp"),
    ],
)
def test_malformed_statuses_are_skipped(reason: str, status: dict[str, Any], expected: str) -> None:
    batch = parse_webhook(webhook_payload(statuses=[status, status_update("ok", "read")]))
    assert [s.message_id for s in batch.statuses] == ["ok"], reason
    assert expected in batch.skipped[0].reason


def test_malformed_structure_is_skipped_with_paths() -> None:
    payload = webhook_payload([text_message(VOTER, "kept")])
    payload["entry"].insert(0, "junk")
    payload["entry"].append({"id": "1"})
    payload["entry"][1]["changes"].extend(
        [
            "junk",
            {"field": "messages"},
            {"field": "messages", "value": {"messages": []}},
            {"field": "messages", "value": {"metadata": {"phone_number_id": "1"}, "messages": {}}},
        ]
    )
    batch = parse_webhook(payload)
    assert [m.text for m in batch.messages] == ["kept"]
    assert [(s.path, s.reason) for s in batch.skipped] == [
        ("entry[0]", "not an object with a changes list"),
        ("entry[1].changes[1]", "not an object"),
        ("entry[1].changes[2]", "no value object"),
        ("entry[1].changes[3]", "no metadata.phone_number_id"),
        ("entry[1].changes[4].value.messages", "not a list"),
        ("entry[2]", "not an object with a changes list"),
    ]


@pytest.mark.parametrize(
    ("reason", "payload"),
    [
        ("a list", [DOCUMENTED_PAYLOAD]),
        ("a string", "whatsapp_business_account"),
        ("None", None),
        ("another object", {**DOCUMENTED_PAYLOAD, "object": "page"}),
        ("no object", {"entry": []}),
        ("no entry", {"object": "whatsapp_business_account"}),
        ("entry not a list", {"object": "whatsapp_business_account", "entry": {}}),
    ],
)
def test_a_wrong_envelope_raises_the_one_documented_error(reason: str, payload: Any) -> None:
    with pytest.raises(WebhookPayloadError):
        parse_webhook(payload)


def test_an_empty_entry_list_is_an_empty_batch() -> None:
    assert parse_webhook({"object": "whatsapp_business_account", "entry": []}) == WebhookBatch()


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, (*prefix, index))


def test_no_mutation_of_any_field_crashes_the_parser() -> None:
    """Replace every node of a payload holding every message shape with wrong values: the parser
    returns a batch or raises WebhookPayloadError, nothing else."""
    messages = [message for _, message in all_message_builders(VOTER, "42")]
    statuses = [status_update("w1", "failed"), status_update("w2", "delivered")]
    payload = webhook_payload(messages, statuses)
    replacements: list[Any] = [None, 0, -1, True, "", "x", [], {}, [None], {"": None}, 1.5e300]
    rng = random.Random(20260101)
    checked = 0
    for path in _paths(payload):
        if not path:
            continue
        for value in rng.sample(replacements, 4):
            broken = copy.deepcopy(payload)
            target: Any = broken
            for key in path[:-1]:
                target = target[key]
            target[path[-1]] = value
            try:
                result = parse_webhook(broken)
            except WebhookPayloadError:
                continue
            assert isinstance(result, WebhookBatch)
            checked += 1
    assert checked > 500
