"""Links in a text, each reduced to a comparison key: two addresses of one page get one key.

A voter who forwards the link of a fact-check, or of the post a fact-check is about, has told us
exactly which claim they mean; the text matcher drops URLs (`text_normalise`). Publishers and
apps write one page's address many ways, so each http(s) URL becomes a key: the scheme dropped
(http and https serve one page), the host in lower case without "www.", "m." or "mobile."
(and twitter.com, x.com and their mobile hosts as one), no fragment, no trailing slash, no
tracking parameters (utm_*, fbclid, gclid, igshid, si, ref...), the other parameters sorted.
youtu.be/ID, YouTube's shorts, embed and live addresses are its watch?v=ID, with only `v`
kept; a post on X is x.com/i/status/ID whoever's name is in its path.

Conservative by design: a wrong merge answers a voter with another claim's fact-check, a missed
one only sends them through the usual matching. So a parameter not known to be tracking is
kept, a path's case is kept, and `s` (WordPress's search) is dropped only on X, where it marks
a share.
"""

from __future__ import annotations

import re
from urllib.parse import SplitResult, parse_qsl, quote, unquote, urlsplit

MAX_KEY_BYTES = 2_000
"""Longer keys are not made: a B-tree index entry on PostgreSQL must stay under about 2,700
bytes, and no page we could match has an address that long."""

# An http(s) URL in running text: up to a space, a quote or an angle bracket. Trailing
# punctuation of the sentence is taken off afterwards (`_trimmed`).
_URL_IN_TEXT = re.compile(r"https?://[^\s<>\"'«»“”‘’\u200b-\u200f]+", re.IGNORECASE)
_TRAILING_PUNCTUATION = ".,;:!?…)]}*_~،؛؟。，！？"
_CLOSERS = {")": "(", "]": "[", "}": "{"}

# Host prefixes of one site's mobile and plain variants ("m.example.com" is "example.com").
_DROPPED_HOST_PREFIXES = ("www.", "m.", "mobile.")
_SAME_HOST = {
    "twitter.com": "x.com",
    "youtube-nocookie.com": "youtube.com",
    "mbasic.facebook.com": "facebook.com",
    "web.facebook.com": "facebook.com",
    "touch.facebook.com": "facebook.com",
    "telegram.me": "t.me",
}

# Parameters that say who shared a link or which campaign it came from, never which page it is.
_TRACKING_PARAMETERS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "igshid",
        "igsh",
        "mibextid",
        "si",
        "ref",
        "ref_src",
        "ref_url",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "mkt_tok",
        "__tn__",
        "rdid",
        "share_url",
        "sfnsn",
        "_rdr",
        "_rdc",
        "paipv",
        "eav",
    }
)
_TRACKING_PREFIXES = ("utm_", "__cft__")
# Redirect addresses platforms wrap around outgoing links, by (host as keyed, path): the
# parameter that holds the address they lead to. Only where the address is written out whole.
REDIRECTS: dict[tuple[str, str], str] = {
    ("l.facebook.com", "/l.php"): "u",
    ("lm.facebook.com", "/l.php"): "u",
    ("facebook.com", "/l.php"): "u",
    ("l.instagram.com", ""): "u",
    ("google.com", "/url"): "q",
    ("youtube.com", "/redirect"): "q",
    ("away.vk.com", "/away.php"): "to",
    ("l.messenger.com", "/l.php"): "u",
}
MAX_REDIRECTS = 2
# Platforms where an address of one path segment and no parameters is an account or a channel.
_ACCOUNT_HOSTS = frozenset(
    {
        "x.com",
        "facebook.com",
        "instagram.com",
        "threads.net",
        "tiktok.com",
        "youtube.com",
        "t.me",
        "whatsapp.com",
        "linkedin.com",
        "reddit.com",
        "vk.com",
        "kwai.com",
    }
)
# X's share parameters: `s` (the app that shared, "s=20") and `t` (a share token), and the
# language of its pages.
_X_SHARE_PARAMETERS = frozenset({"s", "t", "lang"})

_X_STATUS = re.compile(r"/(?:[A-Za-z0-9_]{1,15}|i(?:/web)?)/status(?:es)?/(\d{1,20})(?:/.*)?")
_YOUTUBE_ID = re.compile(r"[A-Za-z0-9_-]{11}")
_YOUTUBE_PATH = re.compile(rf"/(?:shorts|embed|live|v)/({_YOUTUBE_ID.pattern})")
_YOUTUBE_SHORT = re.compile(rf"/({_YOUTUBE_ID.pattern})")
_POST_PATH = re.compile(r"/(?:p|reels?|tv)/[A-Za-z0-9_-]+/?|/@[^/]+/(?:video|photo)/\d+/?")
_TELEGRAM_PREVIEW = re.compile(r"/s(/[A-Za-z0-9_]{4,}/\d+)")
# A run of percent escapes, decoded together (one UTF-8 character can take several).
_ESCAPES = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
# Characters kept as they are in a key's path and parameters; the rest are escaped, except
# letters of other scripts, kept readable ("/انتخابات" and "/%D8%A7..." are one path).
_PATH_SAFE = "/:@!$&'()*+,;=-._~"
_PARAMETER_SAFE = ":@!$'()*,;/?-._~"


def urls_in(text: str) -> list[str]:
    """The http(s) URLs written in `text`, in order, each once, without the sentence's
    punctuation after them ("see https://example.org/a." gives "https://example.org/a")."""
    found: dict[str, None] = {}
    for match in _URL_IN_TEXT.finditer(text):
        url = _trimmed(match.group())
        if len(url) > len("https://"):
            found.setdefault(url, None)
    return list(found)


def link_key(url: str) -> str | None:
    """The comparison key of an http(s) URL ("youtube.com/watch?v=dQw4w9WgXcQ"); None for
    anything else, or a key longer than MAX_KEY_BYTES. A platform's redirect to another page
    (`REDIRECTS`: Facebook's "l.php?u=", Google's "url?q=") is the key of the page it leads to."""
    for _ in range(MAX_REDIRECTS + 1):
        try:
            parts = urlsplit(url.strip())
            port = parts.port
        except ValueError:  # a malformed port or IPv6 address
            return None
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            return None
        parameter = REDIRECTS.get((_host(parts.hostname), parts.path.rstrip("/")))
        if parameter is None:
            return _key(parts, port)
        targets = [value for name, value in parse_qsl(parts.query) if name == parameter]
        if len(targets) != 1:
            return None  # a redirect that leads nowhere names no page
        url = targets[0]
    return None  # a chain of redirects: nothing a voter would send


def _key(parts: SplitResult, port: int | None) -> str | None:
    """`link_key` of an http(s) address that is no redirect."""
    host = _host(parts.hostname or "")
    if port is not None and port not in (80, 443):
        host = f"{host}:{port}"
    path = _escaped(parts.path, _PATH_SAFE)
    parameters = [
        (name, value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if not _is_tracking(name)
    ]
    host, path, parameters = _site_rules(host, path, parameters)
    routed = parts.fragment.startswith(("!", "/"))
    if not (routed or _names_a_post(host, path, parameters)):
        return None
    key = host + path.rstrip("/")
    if parameters:
        key += "?" + "&".join(
            f"{_escaped(name, _PARAMETER_SAFE, decode=False)}="
            f"{_escaped(value, _PARAMETER_SAFE, decode=False)}"
            for name, value in sorted(parameters)
        )
    if routed:
        # A hash-bang or hash route ("#!/post/12") names the page on sites built that way.
        key += "#" + parts.fragment
    return key if len(key.encode()) <= MAX_KEY_BYTES else None


def link_keys(text: str, max_links: int = 20) -> tuple[str, ...]:
    """The keys of the first `max_links` URLs in `text`, each once, in order."""
    keys = (link_key(url) for url in urls_in(text)[:max_links])
    return tuple(dict.fromkeys(key for key in keys if key))


def _names_a_post(host: str, path: str, parameters: list[tuple[str, str]]) -> bool:
    """False for a site's home page, and for an account or a channel on a platform
    ("x.com/ElectionsBoard", "t.me/newsroom", "youtube.com/@channel"): they name where many
    claims were posted, never one. A publisher who gives such an address as a claim's
    appearance would otherwise have every voter who sends it answered with that fact-check."""
    segments = [segment for segment in path.split("/") if segment]
    if not segments and not parameters:
        return False
    return not (host in _ACCOUNT_HOSTS and len(segments) <= 1 and not parameters)


def _trimmed(url: str) -> str:
    """`url` without the punctuation that ends the sentence around it; a closing bracket is
    kept when the URL opened it (Wikipedia's "Election_(2024)")."""
    while url and url[-1] in _TRAILING_PUNCTUATION:
        last = url[-1]
        if last in _CLOSERS and url.count(_CLOSERS[last]) >= url.count(last):
            break
        url = url[:-1]
    return url


def _host(hostname: str) -> str:
    host = hostname.lower().rstrip(".")
    for prefix in _DROPPED_HOST_PREFIXES:
        # Only while a registered name is left ("m.com" stays "m.com").
        if host.startswith(prefix) and host.count(".") >= 2:
            host = host[len(prefix) :]
    return _SAME_HOST.get(host, host)


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in _TRACKING_PARAMETERS or lowered.startswith(_TRACKING_PREFIXES)


def _site_rules(
    host: str, path: str, parameters: list[tuple[str, str]]
) -> tuple[str, str, list[tuple[str, str]]]:
    """The few sites whose one page has several addresses that the generic rules miss."""
    if host == "x.com":
        status = _X_STATUS.fullmatch(path)
        if status:  # the numeric id names the post; X ignores the name written before it
            return host, f"/i/status/{status.group(1)}", []
        return host, path, [p for p in parameters if p[0] not in _X_SHARE_PARAMETERS]
    video = _youtube_video(host, path.rstrip("/"), parameters)
    if video is not None:
        # A start time, a playlist or a share marker does not change the video.
        return "youtube.com", "/watch", [("v", video)]
    if host in ("instagram.com", "tiktok.com") and _POST_PATH.fullmatch(path):
        # Parameters of a post's address only say who shared it or which picture was showing.
        return host, path, []
    if host == "t.me":
        preview = _TELEGRAM_PREVIEW.fullmatch(path)  # t.me/s/channel/12 is t.me/channel/12
        return host, preview.group(1) if preview else path, parameters
    return host, path, parameters


def _youtube_video(host: str, path: str, parameters: list[tuple[str, str]]) -> str | None:
    """The id of the video a YouTube address shows; None for any other page (a channel)."""
    if host == "youtu.be":
        short = _YOUTUBE_SHORT.fullmatch(path)
        return short.group(1) if short else None
    if host != "youtube.com":
        return None
    if path == "/watch":
        ids = [value for name, value in parameters if name == "v"]
        return ids[0] if len(ids) == 1 and _YOUTUBE_ID.fullmatch(ids[0]) else None
    other = _YOUTUBE_PATH.fullmatch(path)
    return other.group(1) if other else None


def _escaped(part: str, safe: str, *, decode: bool = True) -> str:
    """`part` with its percent escapes decoded where that changes nothing (letters, unreserved
    characters) and every other character escaped one way, so two spellings of a path agree.
    `decode=False` for a parameter's name or value, which `parse_qsl` decoded already."""

    def decode_run(escapes: re.Match[str]) -> str:
        raw = escapes.group()
        decoded = unquote(raw, errors="strict") if _is_utf8(raw) else raw.upper()
        # A decoded delimiter ("/", "?", "&", "=", "#", "%") would change what the part says.
        return "".join(quote(char, safe="") if char in "/?&=#%+" else char for char in decoded)

    decoded = _ESCAPES.sub(decode_run, part) if decode and "%" in part else part
    # Escape what needs escaping, but leave the (already decoded) non-ASCII letters readable,
    # and the escapes kept above as they are.
    return "".join(
        char
        if ord(char) > 127 and not char.isspace()
        else quote(char, safe=safe + ("%" if decode else ""))
        for char in decoded
    )


def _is_utf8(escapes: str) -> bool:
    try:
        bytes.fromhex(escapes.replace("%", "")).decode()
    except UnicodeDecodeError:
        return False
    return True
