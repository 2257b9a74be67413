"""Albums: Telegram delivers each picture of an album as its own update, with no count and no
end marker. The inbox keeps each part under its album's keyed id and hands every part over at
once, when no new part has arrived for the album window (`factchecks.inbox.claim`); here they
become one message.
"""

from __future__ import annotations

from dataclasses import replace

from bot.inbound import InboundMessage


def merge_album(external_id: str, parts: list[InboundMessage]) -> InboundMessage:
    """One message from an album's parts: every picture, every caption, the first problem."""
    first = parts[0]
    captions = [part.text for part in parts if part.text.strip()]
    problem = next((part.media_problem for part in parts if part.media_problem), None)
    return replace(
        first,
        external_id=external_id,
        text="\n".join(dict.fromkeys(captions)),
        images=tuple(image for part in parts for image in part.images),
        media_problem=problem if not any(part.images for part in parts) else None,
        forwarded=any(part.forwarded for part in parts),
    )
