"""Link keys: two addresses of one page share a key, two pages never do; one row per rule."""

from __future__ import annotations

import pytest

from matching.link_keys import MAX_KEY_BYTES, link_key, link_keys, urls_in

# Each pair must get one key: the same page written two ways.
SAME_PAGE = [
    pytest.param(
        "https://www.example.org/fact-check/polls-close-noon/",
        "http://example.org/fact-check/polls-close-noon",
        id="scheme, www and trailing slash",
    ),
    pytest.param(
        "HTTPS://WWW.Example.ORG/fact-check/a",
        "https://example.org/fact-check/a",
        id="scheme and host case",
    ),
    pytest.param(
        "https://m.example.org/news/2026/03/ballots-burnt",
        "https://example.org/news/2026/03/ballots-burnt",
        id="mobile host m.",
    ),
    pytest.param(
        "https://mobile.example.co.uk/story/123",
        "https://www.example.co.uk/story/123",
        id="mobile host mobile.",
    ),
    pytest.param(
        "https://example.org/a?utm_source=whatsapp&utm_medium=social&utm_campaign=x",
        "https://example.org/a",
        id="utm parameters",
    ),
    pytest.param(
        "https://example.org/a?fbclid=IwAR2xYz_abc-123&gclid=Cj0KCQ&msclkid=9f",
        "https://example.org/a",
        id="click ids",
    ),
    pytest.param("https://example.org/a#comments", "https://example.org/a", id="fragment dropped"),
    pytest.param("https://example.org:443/a", "https://example.org/a", id="default https port"),
    pytest.param("http://example.org:80/a", "https://example.org/a", id="default http port"),
    pytest.param(
        "https://example.org/search?q=polls&page=2",
        "https://example.org/search?page=2&q=polls&utm_term=x",
        id="parameters in any order, tracking among them",
    ),
    pytest.param(
        "https://twitter.com/ElectionsBoard/status/1765432109876543210?s=20&t=AbCdEf",
        "https://x.com/ElectionsBoard/status/1765432109876543210",
        id="twitter.com is x.com; X's share parameters",
    ),
    pytest.param(
        "https://mobile.twitter.com/ElectionsBoard/status/1765432109876543210",
        "https://x.com/i/status/1765432109876543210",
        id="mobile twitter, and the name before the status id",
    ),
    pytest.param(
        "https://x.com/someone_else/status/1765432109876543210/photo/1",
        "https://twitter.com/i/web/status/1765432109876543210",
        id="a post's photo view is the post",
    ),
    pytest.param(
        "https://youtu.be/dQw4w9WgXcQ?si=Ab12Cd34Ef56Gh78",
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        id="youtu.be short link",
    ),
    pytest.param(
        "https://m.youtube.com/watch?v=dQw4w9WgXcQ&t=42s&feature=share&pp=ygU",
        "https://youtube.com/watch?v=dQw4w9WgXcQ",
        id="YouTube start time and share markers",
    ),
    pytest.param(
        "https://www.youtube.com/watch?list=PL9tY0BWXOZFu&v=dQw4w9WgXcQ&index=3",
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        id="a video in a playlist is the video",
    ),
    pytest.param(
        "https://www.youtube.com/shorts/aB3dE5fG7hI",
        "https://youtu.be/aB3dE5fG7hI",
        id="YouTube shorts",
    ),
    pytest.param(
        "https://www.youtube.com/embed/aB3dE5fG7hI?autoplay=1",
        "https://www.youtube.com/watch?v=aB3dE5fG7hI",
        id="YouTube embed",
    ),
    pytest.param(
        "https://m.facebook.com/story.php?story_fbid=pfbid02Xyz&id=100064&mibextid=Nif5oz",
        "https://www.facebook.com/story.php?id=100064&story_fbid=pfbid02Xyz",
        id="Facebook story: its ids kept, the share marker dropped",
    ),
    pytest.param(
        "https://web.facebook.com/permalink.php?story_fbid=123&id=456&__cft__[0]=AZW&__tn__=%2CO",
        "https://facebook.com/permalink.php?id=456&story_fbid=123",
        id="Facebook permalink with its click trackers",
    ),
    pytest.param(
        "https://www.instagram.com/p/C4xYz12AbCd/?igsh=MWQ1ZGUxMzBkMA==&img_index=2",
        "https://instagram.com/p/C4xYz12AbCd",
        id="Instagram post: share id and picture shown",
    ),
    pytest.param(
        "https://www.tiktok.com/@newsdesk/video/7345678901234567890?is_from_webapp=1&sender_device=pc",
        "https://tiktok.com/@newsdesk/video/7345678901234567890",
        id="TikTok video",
    ),
    pytest.param(
        "https://t.me/s/electionnews/4521", "https://t.me/electionnews/4521", id="Telegram preview"
    ),
    pytest.param(
        "https://telegram.me/electionnews/4521", "https://t.me/electionnews/4521", id="telegram.me"
    ),
    pytest.param(
        "https://example.org/%D8%A7%D9%84%D8%A7%D9%86%D8%AA%D8%AE%D8%A7%D8%A8%D8%A7%D8%AA",
        "https://example.org/الانتخابات",
        id="escaped and unescaped Arabic path",
    ),
    pytest.param(
        "https://example.org/a%2db", "https://example.org/a-b", id="escaped unreserved character"
    ),
    pytest.param(
        "https://example.org/news?ref=whatsapp", "https://example.org/news", id="ref parameter"
    ),
]

# Each pair must get two keys: different pages, however alike their addresses.
DIFFERENT_PAGES = [
    pytest.param("https://example.org/a", "https://example.org/b", id="paths differ"),
    pytest.param("https://example.org/A", "https://example.org/a", id="a path's case is kept"),
    pytest.param("https://example.org/a", "https://example.com/a", id="hosts differ"),
    pytest.param("https://news.example.org/a", "https://example.org/a", id="subdomain kept"),
    pytest.param("https://example.org:8080/a", "https://example.org/a", id="other port kept"),
    pytest.param(
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "https://www.youtube.com/watch?v=aB3dE5fG7hI",
        id="YouTube: another video",
    ),
    pytest.param(
        "https://www.facebook.com/permalink.php?story_fbid=123&id=456",
        "https://www.facebook.com/permalink.php?story_fbid=124&id=456",
        id="Facebook: another story of one page",
    ),
    pytest.param(
        "https://www.facebook.com/photo.php?fbid=10158",
        "https://www.facebook.com/photo.php?fbid=10159",
        id="Facebook: another photo",
    ),
    pytest.param(
        "https://x.com/ElectionsBoard/status/1765432109876543210",
        "https://x.com/ElectionsBoard/status/1765432109876543211",
        id="X: another post",
    ),
    pytest.param(
        "https://x.com/ElectionsBoard/status/1",
        "https://x.com/ElectionsBoard/status/2",
        id="X: another post",
    ),
    pytest.param(
        "https://example.org/?p=123", "https://example.org/?p=124", id="WordPress post ids"
    ),
    pytest.param(
        "https://example.org/?s=polls", "https://example.org/?s=ballots", id="s is a search here"
    ),
    pytest.param(
        "https://example.org/article?id=1",
        "https://example.org/article",
        id="unknown parameter kept",
    ),
    pytest.param(
        "https://example.org/a%2Fb", "https://example.org/a/b", id="an escaped slash is not a slash"
    ),
    pytest.param(
        "https://example.org/#!/post/12",
        "https://example.org/#!/post/13",
        id="hash-bang routes name pages",
    ),
    pytest.param(
        "https://www.youtube.com/BBCNewsLive",
        "https://www.youtube.com/watch?v=BBCNewsLive",
        id="YouTube: a channel of 11 letters is not a video",
    ),
    pytest.param(
        "https://music.youtube.com/watch?v=dQw4w9WgXcQ",
        "https://vimeo.com/watch?v=dQw4w9WgXcQ",
        id="another host, same parameters",
    ),
    pytest.param("https://m.com/a", "https://com/a", id="m. is a name when nothing is left"),
    pytest.param(
        "https://t.me/electionnews/4521", "https://t.me/electionnews/4522", id="Telegram post"
    ),
    pytest.param(
        "https://fb.watch/abcDEF123/", "https://www.facebook.com/watch/?v=123", id="fb.watch kept"
    ),
]


@pytest.mark.parametrize(("first", "second"), SAME_PAGE)
def test_addresses_of_one_page_share_a_key(first: str, second: str) -> None:
    assert link_key(first) == link_key(second) is not None


@pytest.mark.parametrize(("first", "second"), DIFFERENT_PAGES)
def test_addresses_of_different_pages_never_share_a_key(first: str, second: str) -> None:
    assert link_key(first) != link_key(second)


@pytest.mark.parametrize(
    ("url", "key"),
    [
        pytest.param(
            "https://youtu.be/dQw4w9WgXcQ", "youtube.com/watch?v=dQw4w9WgXcQ", id="YouTube"
        ),
        pytest.param("https://example.org/a b", "example.org/a%20b", id="a space is escaped"),
        pytest.param(
            "https://example.org/q?text=a%26b", "example.org/q?text=a%26b", id="escaped & kept"
        ),
    ],
)
def test_keys_read_as_addresses(url: str, key: str) -> None:
    assert link_key(url) == key


@pytest.mark.parametrize(
    "value",
    [
        "ftp://example.org/a",
        "mailto:desk@example.org",
        "javascript:alert(1)",
        "example.org/a",
        "https://",
        "https://example.org:99999/a",
        "https://example.org/" + "a" * MAX_KEY_BYTES,
    ],
)
def test_anything_but_a_web_address_has_no_key(value: str) -> None:
    assert link_key(value) is None


@pytest.mark.parametrize(
    ("text", "urls"),
    [
        pytest.param(
            "is this true? https://example.org/a?utm_source=wa.",
            ["https://example.org/a?utm_source=wa"],
            id="sentence's full stop",
        ),
        pytest.param(
            "(see https://example.org/a), and https://example.org/b!",
            ["https://example.org/a", "https://example.org/b"],
            id="brackets and commas around",
        ),
        pytest.param(
            "https://en.wikipedia.org/wiki/Election_(2024)",
            ["https://en.wikipedia.org/wiki/Election_(2024)"],
            id="a bracket the URL opened is kept",
        ),
        pytest.param("read thishttps://t.co/x1 now", ["https://t.co/x1"], id="glued to a word"),
        pytest.param(
            "«https://example.org/a» “https://example.org/b”",
            ["https://example.org/a", "https://example.org/b"],
            id="quotation marks",
        ),
        pytest.param(
            "https://example.org/a https://example.org/a", ["https://example.org/a"], id="once"
        ),
        pytest.param("no link here, only www.example.org", [], id="bare domains are not read"),
        pytest.param("هل هذا صحيح؟https://example.org/a؟", ["https://example.org/a"], id="Arabic"),
    ],
)
def test_urls_are_found_in_running_text(text: str, urls: list[str]) -> None:
    assert urls_in(text) == urls


def test_a_text_gives_each_key_once_and_at_most_the_limit() -> None:
    text = "https://www.example.org/a?utm_source=x https://example.org/a " + " ".join(
        f"https://example.org/{n}" for n in range(30)
    )
    keys = link_keys(text, max_links=5)
    assert keys == ("example.org/a", "example.org/0", "example.org/1", "example.org/2")


@pytest.mark.parametrize(
    "url",
    [
        "https://www.facebook.com/",
        "https://x.com",
        "https://example.org/",
        "https://x.com/ElectionsBoard",
        "https://twitter.com/ElectionsBoard?lang=en&s=20",
        "https://t.me/newsroom",
        "https://www.youtube.com/@channel",
        "https://www.tiktok.com/@someone",
        "https://www.instagram.com/someone/",
        "https://m.facebook.com/SomePage?mibextid=abc",
    ],
)
def test_a_home_page_or_an_account_names_no_claim(url: str) -> None:
    """Where many claims were posted is not one claim: no key, so no fact-check is answered
    because a publisher gave a platform's or an account's address as an appearance."""
    assert link_key(url) is None


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/fact-check",
        "https://example.org/?p=123",
        "https://t.me/newsroom/123",
        "https://www.facebook.com/SomePage/posts/123",
        "https://www.facebook.com/watch/?v=123",
        "https://youtu.be/dQw4w9WgXcQ",
        "https://www.instagram.com/p/Cabc123/",
    ],
)
def test_a_post_or_an_article_keeps_its_key(url: str) -> None:
    assert link_key(url) is not None


@pytest.mark.parametrize(
    "wrapped",
    [
        "https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.org%2Ffact-check%2Fa%3Futm_source%3Dfb"
        "&h=AT0abc&__tn__=H-R",
        "https://lm.facebook.com/l.php?u=https%3A%2F%2Fwww.example.org%2Ffact-check%2Fa",
        "https://www.google.com/url?sa=t&url=x&q=https://example.org/fact-check/a&ved=2ah",
        "https://l.instagram.com/?u=https%3A%2F%2Fexample.org%2Ffact-check%2Fa%2F&e=AT1",
        "https://www.youtube.com/redirect?event=video_description&q=https%3A%2F%2Fexample.org"
        "%2Ffact-check%2Fa",
    ],
)
def test_a_platforms_redirect_is_the_page_it_leads_to(wrapped: str) -> None:
    assert link_key(wrapped) == link_key("https://example.org/fact-check/a") is not None


@pytest.mark.parametrize(
    "url",
    [
        "https://l.facebook.com/l.php?h=AT0abc",  # leads nowhere
        "https://l.facebook.com/l.php?u=javascript%3Aalert(1)",
        "https://www.google.com/url?q=https://www.google.com/url?q=https://www.google.com/url"
        "?q=https://example.org/a",  # a chain no voter sends
    ],
)
def test_a_redirect_to_nothing_usable_has_no_key(url: str) -> None:
    assert link_key(url) is None


def test_a_page_that_looks_like_a_redirect_elsewhere_is_itself() -> None:
    """Only the platforms' own redirect addresses are followed: a site's "/url?q=" is a page."""
    assert link_key("https://example.org/url?q=https://other.org/a") == (
        "example.org/url?q=https://other.org/a"
    )
