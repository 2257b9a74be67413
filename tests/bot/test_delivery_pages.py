"""Each worker walks a page of due messages from its own place: every message once, in the
page's circular order, wherever it starts (so two workers do not chase each other's claims)."""

from __future__ import annotations

from bot.delivery import rotated
from factchecks.outbox import PendingMessage


def _page(size: int) -> list[PendingMessage]:
    return [PendingMessage(n, "whatsapp", f"voter-{n}", "{}", 0) for n in range(size)]


def test_a_page_is_walked_once_round_from_any_start() -> None:
    for size in (0, 1, 2, 7, 100):
        page = _page(size)
        for start in (0.0, 0.1, 0.5, 0.99, 0.999999):
            walked = rotated(page, start)
            assert sorted(m.id for m in walked) == [m.id for m in page]  # each once
            if page:
                first = page.index(walked[0])
                assert walked == [page[(first + k) % size] for k in range(size)]  # circular
    assert rotated(_page(10), 0.0) == _page(10)  # from the start: the page's own order
    assert rotated(_page(10), 0.5)[0].id == 5  # from the middle
