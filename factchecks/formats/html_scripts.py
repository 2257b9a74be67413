"""The JSON-LD script blocks of a saved web page, and the page's own address.

Read with the standard library's HTML tokenizer (`html.parser`), as a browser reads the page: a
`<script type="application/ld+json">` inside an HTML comment is no block, a `<script>` whose
JSON mentions `<div>` or `-->` is read to its `</script>` and not cut short, and a tag's
attributes may come in any order, case and quoting. Each block's text is returned as it is, less
the `<!-- ... -->` and `<![CDATA[ ... ]]>` wrappers publishers' templates put around it. The
page's address is its `<link rel="canonical">`, else its `<meta property="og:url">`, when that is
an absolute http(s) URL (a relative one could not resolve anything).
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser

_JSON_LD = "application/ld+json"

# Wrappers around a block's JSON, outermost first: HTML comments, CDATA sections, and CDATA
# sections hidden from old browsers' script engines behind JavaScript comments.
_WRAPPERS: tuple[tuple[str, str], ...] = (
    ("<!--", "-->"),
    ("//<![CDATA[", "//]]>"),
    ("/*<![CDATA[*/", "/*]]>*/"),
    ("<![CDATA[", "]]>"),
)


@dataclass(frozen=True)
class ScriptBlock:
    """One `<script type="application/ld+json">`: its 1-based number among the page's JSON-LD
    blocks, the page line its tag starts on, and its text without wrappers."""

    number: int
    line: int
    text: str


@dataclass(frozen=True)
class PageScripts:
    """What a page holds for the ClaimReview reader: its JSON-LD blocks and its address."""

    blocks: tuple[ScriptBlock, ...]
    page_url: str | None


def page_scripts(page: str) -> PageScripts:
    """The JSON-LD blocks of an HTML page, in page order, and the page's own address."""
    reader = _ScriptReader()
    reader.feed(page)
    reader.close()
    return PageScripts(tuple(reader.blocks), reader.canonical or reader.og_url)


def unwrapped(block: str) -> str:
    """A block's text without the comment and CDATA wrappers around its JSON."""
    stripped = block.strip()
    for start, end in _WRAPPERS:
        if stripped.startswith(start):
            stripped = stripped[len(start) :].strip()
            if stripped.endswith(end):
                stripped = stripped[: -len(end)].strip()
    return stripped


class _ScriptReader(HTMLParser):
    """Collects JSON-LD script blocks and the canonical and Open Graph URLs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[ScriptBlock] = []
        self.canonical: str | None = None
        self.og_url: str | None = None
        self._open: list[str] | None = None  # the text pieces of the block being read
        self._open_line = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: (value or "").strip() for name, value in attrs}
        if tag == "script":
            kind = values.get("type", "").split(";")[0].strip().lower()
            if kind == _JSON_LD:
                self._open = []
                self._open_line = self.getpos()[0]
        elif tag == "link" and self.canonical is None:
            if "canonical" in values.get("rel", "").lower().split():
                self.canonical = _absolute(values.get("href", ""))
        elif tag == "meta" and self.og_url is None:
            name = values.get("property") or values.get("name") or ""
            if name.lower() == "og:url":
                self.og_url = _absolute(values.get("content", ""))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "script":  # `<script ... />` opens nothing that an end tag closes
            self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._open.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._end_block()

    def close(self) -> None:
        """Read what is left; a block the page never closes runs to its end, as in a browser."""
        if self._open is not None:
            # The tokenizer holds back a script's text until it sees `</script>`.
            self._open.append(self.rawdata)
            self.rawdata = ""
        super().close()
        self._end_block()

    def _end_block(self) -> None:
        if self._open is not None:
            number = len(self.blocks) + 1
            self.blocks.append(ScriptBlock(number, self._open_line, unwrapped("".join(self._open))))
            self._open = None


def _absolute(url: str) -> str | None:
    return url if url.lower().startswith(("http://", "https://")) else None
