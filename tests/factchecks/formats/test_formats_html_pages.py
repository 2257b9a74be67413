"""Saved fact-check article pages (`.html`, `.htm`): the ClaimReview JSON-LD blocks they embed,
read as a `.json` file is, beside the page's other blocks, wrappers and broken JSON.

The pages are written for these tests (no publisher's markup or text is copied); each reproduces
a structure or a quirk of real article pages, named by its case.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from factchecks.formats import FormatError, ReadOptions, estimate_records, parse_file
from factchecks.formats.html_scripts import page_scripts, unwrapped
from factchecks.records import ParsedFile, PositionKind
from factchecks.verdicts import Verdict
from tests.factchecks.formats.fake_image_hasher import RecordingHasher


def _script(
    value: Any, *, before: str = "", after: str = "", kind: str = "application/ld+json"
) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, indent=1)
    return f'<script type="{kind}">{before}{text}{after}</script>\n'


def _page(*blocks: str, head: str = "", body: str = "<p>Article text.</p>") -> str:
    return (
        '<!DOCTYPE html>\n<html lang="xx">\n<head>\n<meta charset="utf-8">\n'
        f"<title>Fact-check</title>\n{head}{''.join(blocks)}</head>\n<body>\n{body}\n</body>\n"
        "</html>\n"
    )


def _review(claim: str, url: str, rating: str, **more: Any) -> dict[str, Any]:
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": url,
        "claimReviewed": claim,
        "reviewRating": {"@type": "Rating", "alternateName": rating},
        **more,
    }


CANONICAL = '<link rel="canonical" href="https://desk.example/2026/03/urnas-trocadas/">\n'
BREADCRUMBS = {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Início", "item": "https://desk.example/"}
    ],
}
ORGANIZATION = {
    "@context": "https://schema.org",
    "@type": "Organization",
    "name": "Desk",
    "url": "https://desk.example/",
}


def _write(tmp_path: Path, page: str, name: str = "page.html") -> Path:
    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    return path


def _parse(tmp_path: Path, page: str, options: ReadOptions | None = None) -> ParsedFile:
    return parse_file(_write(tmp_path, page), RecordingHasher(), options)


@dataclass(frozen=True)
class Shape:
    """A page, and the records that must come out of it (claim start, url, verdict, language,
    publisher), in page order."""

    page: str
    records: list[tuple[str, str, Verdict, str, str]]


SHAPES: dict[str, Shape] = {
    # A CMS's whole-page @graph (WebPage, Organization, ClaimReview whose author is an @id),
    # next to a BreadcrumbList block and an Organization block; a URL relative to the page.
    "graph-beside-other-blocks": Shape(
        _page(
            _script(BREADCRUMBS),
            _script(
                {
                    "@context": "https://schema.org",
                    "@graph": [
                        {
                            "@type": "WebPage",
                            "@id": "https://desk.example/2026/03/urnas-trocadas/#page",
                        },
                        {"@type": "Organization", "@id": "#desk", "name": "Desk Checagem"},
                        {
                            "@type": "ClaimReview",
                            "url": "./",
                            "author": {"@id": "#desk"},
                            "claimReviewed": "As urnas eletrônicas foram trocadas de madrugada",
                            "reviewRating": {"@type": "Rating", "alternateName": "FALSO."},
                        },
                    ],
                }
            ),
            _script(ORGANIZATION),
            head=CANONICAL,
        ),
        [
            (
                "As urnas eletrônicas",
                "https://desk.example/2026/03/urnas-trocadas/",
                Verdict.FALSE,
                "pt",
                "Desk Checagem",
            )
        ],
    ),
    # Two ClaimReviews on one page, in two blocks and two languages; `og:url` as the address.
    "two-claimreviews": Shape(
        _page(
            _script(
                _review(
                    "El voto por correo se anula si el sobre no está firmado a mano",
                    "#voto",
                    "Falso",
                    inLanguage="es",
                )
            ),
            _script(
                _review(
                    "Les bureaux de vote fermeront à midi dans toute la région",
                    "#bureaux",
                    "Trompeur",
                )
            ),
            head='<meta property="og:url" content="https://desk.example/fc/2026/elections">\n',
        ),
        [
            (
                "El voto por correo",
                "https://desk.example/fc/2026/elections#voto",
                Verdict.FALSE,
                "es",
                "",
            ),
            (
                "Les bureaux de vote",
                "https://desk.example/fc/2026/elections#bureaux",
                Verdict.MISLEADING,
                "fr",
                "",
            ),
        ],
    ),
    # Old templates: an HTML comment around the JSON, and a CDATA section behind JavaScript
    # comments; a block inside an HTML comment is no block (a browser ignores it too).
    "comment-and-cdata-wrappers": Shape(
        _page(
            _script(
                _review(
                    "Polling stations close at noon on Sunday", "https://desk.example/noon", "False"
                ),
                before="<!--\n",
                after="\n-->",
            ),
            _script(
                _review(
                    "वायरल पोस्ट में दावा है कि ईवीएम को ब्लूटूथ से हैक किया जा सकता है",
                    "https://desk.example/hi/evm",
                    "फर्जी",
                    inLanguage="hi",
                ),
                before="\n//<![CDATA[\n",
                after="\n//]]>\n",
            ),
            "<!-- "
            + _script(_review("Hidden in a comment", "https://desk.example/x", "False"))
            + " -->\n",
        ),
        [
            ("Polling stations", "https://desk.example/noon", Verdict.FALSE, "en", ""),
            ("वायरल पोस्ट", "https://desk.example/hi/evm", Verdict.FALSE, "hi", ""),
        ],
    ),
    # Markup inside the JSON texts: an escaped tag, `</div>` and `<\/script>` in strings (the
    # tokenizer must not end the block there), a type with parameters in odd case.
    "markup-inside-texts": Shape(
        _page(
            _script(
                '{"@context": "https://schema.org", "@type": "ClaimReview", '
                '"url": "https://desk.example/ar/1", '
                '"claimReviewed": "&lt;b&gt;تم تأجيل&lt;/b&gt; الانتخابات إلى الشهر المقبل</div>", '
                '"headline": "زائف: <em>لا</em> تأجيل <\\/script> للانتخابات", '
                '"reviewRating": {"alternateName": "زائف."}}',
                kind="Application/LD+JSON; charset=utf-8",
            ),
        ),
        [("تم تأجيل الانتخابات", "https://desk.example/ar/1", Verdict.FALSE, "ar", "")],
    ),
    # A ClaimReview nested as a WebPage's `mainEntity`, and one in a list beside an
    # Organization (neither the WebPage nor the Organization is an error).
    "nested-and-listed": Shape(
        _page(
            _script(
                {
                    "@context": "https://schema.org",
                    "@type": "WebPage",
                    "mainEntity": _review(
                        "Wer nicht wählt, verliert seine Krankenversicherung",
                        "https://desk.example/de/1",
                        "Falsch.",
                        inLanguage="de",
                    ),
                }
            ),
            _script(
                [
                    ORGANIZATION,
                    _review(
                        "Le vote électronique est obligatoire cette année",
                        "https://desk.example/fr/2",
                        "Faux",
                    ),
                ]
            ),
        ),
        [
            ("Wer nicht wählt", "https://desk.example/de/1", Verdict.FALSE, "de", ""),
            ("Le vote électronique", "https://desk.example/fr/2", Verdict.FALSE, "fr", ""),
        ],
    ),
    # A Data Commons feed embedded in a page.
    "data-feed": Shape(
        _page(
            _script(
                {
                    "@context": "https://schema.org",
                    "@type": "DataFeed",
                    "dataFeedElement": [
                        {
                            "@type": "DataFeedItem",
                            "item": [
                                _review(
                                    "Voters need two forms of identity",
                                    "https://desk.example/a",
                                    "Incorrect",
                                ),
                                _review(
                                    "Polling stations open at seven in the morning on election day",
                                    "https://desk.example/b",
                                    "Correct",
                                ),
                            ],
                        }
                    ],
                }
            ),
        ),
        [
            ("Voters need two forms", "https://desk.example/a", Verdict.FALSE, "en", ""),
            ("Polling stations open", "https://desk.example/b", Verdict.TRUE, "en", ""),
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_each_pages_claimreviews_are_read_and_nothing_else(tmp_path: Path, name: str) -> None:
    shape = SHAPES[name]

    parsed = _parse(tmp_path, shape.page)

    assert parsed.errors == ()
    assert len(parsed.records) == len(shape.records)
    for record, (claim, url, verdict, language, publisher) in zip(
        parsed.records, shape.records, strict=True
    ):
        assert record.claim.startswith(claim), record.claim
        assert "<" not in record.claim + record.title and "&" not in record.claim + record.title
        assert (record.url, record.verdict, record.publisher) == (url, verdict, publisher)
        if language == "de":  # not a served language: detected or not, never a served one
            assert record.language in ("de", "und")
        else:
            assert record.language == language


def test_estimate_counts_the_pages_claimreviews(tmp_path: Path) -> None:
    path = _write(tmp_path, SHAPES["data-feed"].page)

    assert estimate_records(path) == 2


@pytest.mark.parametrize(
    ("block_extra", "options", "url"),
    [
        # The canonical link is the page's address...
        ({}, None, "https://desk.example/2026/03/urnas-trocadas/fc/1"),
        # ...but the block's own @base comes first, as in a .json file...
        (
            {"@context": ["https://schema.org", {"@base": "https://base.example/x/"}]},
            None,
            "https://base.example/x/fc/1",
        ),
        # ...and --base-url before both.
        (
            {"@context": ["https://schema.org", {"@base": "https://base.example/x/"}]},
            ReadOptions(base_url="https://given.example/"),
            "https://given.example/fc/1",
        ),
    ],
)
def test_a_relative_url_resolves_against_base_url_then_base_then_the_page(
    tmp_path: Path, block_extra: dict[str, Any], options: ReadOptions | None, url: str
) -> None:
    review = {**_review("Polls close at noon", "fc/1", "False"), **block_extra}
    page = _page(_script(review), head=CANONICAL)

    (record,) = _parse(tmp_path, page, options).records

    assert record.url == url


def test_a_relative_url_without_any_page_address_says_how_to_fix_it(tmp_path: Path) -> None:
    page = _page(
        _script(_review("Polls close at noon", "fc/1", "False")),
        head='<link rel="canonical" href="/relative/canonical">',
    )

    parsed = _parse(tmp_path, page)

    assert parsed.records == ()
    (error,) = parsed.errors
    assert error.reason.startswith("JSON-LD block 1 (line 6): url 'fc/1' is relative")
    assert "--base-url" in error.reason
    assert (error.position, error.kind) == (1, PositionKind.RECORD)


def test_a_broken_block_is_reported_alone_and_the_good_one_imported(tmp_path: Path) -> None:
    good = _review(
        "Las elecciones se aplazaron al lunes por la lluvia",
        "https://desk.example/es/lluvia",
        "Falso",
    )
    trailing_comma = '{"@context": "https://schema.org", "@type": "ClaimReview",\n "url": "x",}'
    page = _page(_script(BREADCRUMBS), _script(trailing_comma), _script(good))
    path = _write(tmp_path, page)

    parsed = parse_file(path, RecordingHasher())

    assert [r.claim for r in parsed.records] == [good["claimReviewed"]]
    (error,) = parsed.errors
    lines = page.splitlines()
    line = 1 + lines.index(next(x for x in lines if x.endswith('"ClaimReview",')))
    assert error.kind is PositionKind.LINE and error.position == line  # the <script>'s line
    assert error.describe() == (
        f"{path}: line {line}: JSON-LD block 2 (line {line}) is not valid JSON (a trailing "
        "comma before '}': line 2, column 13 of the block); it is skipped"
    )


def test_a_block_the_reader_refuses_whole_is_reported_and_the_others_read(
    tmp_path: Path,
) -> None:
    feed = {"@context": "https://schema.org", "@type": "DataFeed", "name": "No elements"}
    good = _review("Polling stations close at noon on Sunday", "https://d.example/1", "False")

    parsed = _parse(tmp_path, _page(_script(feed), _script(good)))

    assert [r.url for r in parsed.records] == ["https://d.example/1"]
    assert [(e.kind, e.position, e.reason) for e in parsed.errors] == [
        (
            PositionKind.LINE,
            6,
            "JSON-LD block 1 (line 6) has a DataFeed without dataFeedElement; it is skipped",
        )
    ]


@pytest.mark.parametrize(
    ("page", "reason"),
    [
        ("", "has no ClaimReview markup"),
        (_page(body=""), "has no ClaimReview markup"),
        (
            _page(_script(BREADCRUMBS), _script(ORGANIZATION), _script("   ")),
            "has no ClaimReview markup",
        ),
        (
            _page(
                _script(
                    _review("Polls close at noon", "https://d.example/1", "False"),
                    kind="application/json",
                )
            ),
            "has no ClaimReview markup",
        ),
        (
            _page(_script('{"@type": "ClaimReview", "claimReviewed": "cut')),
            "line 6: JSON-LD block 1 (line 6) is not valid JSON (Unterminated string",
        ),
    ],
    ids=["empty-file", "empty-page", "other-blocks-only", "not-json-ld", "only-block-broken"],
)
def test_a_page_without_claimreview_is_a_format_error_saying_so(
    tmp_path: Path, page: str, reason: str
) -> None:
    with pytest.raises(FormatError) as raised:
        _parse(tmp_path, page)

    assert "has no ClaimReview markup" in raised.value.reason
    assert reason in raised.value.reason


def test_a_huge_page_is_read(tmp_path: Path) -> None:
    paragraph = (
        '<div class="p"><p>Texto com <a href="/x?a=1&amp;b=2">ligação</a> e '
        '<em>ênfase</em> &mdash; <img src="a.jpg" alt="x"></p></div>\n'
    )
    body = paragraph * (2_000_000 // len(paragraph))
    review = _review(
        "A apuração dos votos foi interrompida às 21h por ordem judicial",
        "https://desk.example/pt/apuracao",
        "Enganoso",
    )
    page = _page(_script(ORGANIZATION), body=body + _script(review))  # the markup at the end

    parsed = _parse(tmp_path, page)

    assert len(page) > 2_000_000
    assert [(r.verdict, r.language) for r in parsed.records] == [(Verdict.MISLEADING, "pt")]


@pytest.mark.parametrize("name", ["page.htm", "PAGE.HTML"])
def test_htm_and_upper_case_extensions_are_pages(tmp_path: Path, name: str) -> None:
    path = _write(tmp_path, SHAPES["two-claimreviews"].page, name)

    assert len(parse_file(path, RecordingHasher()).records) == 2


def test_a_page_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(
        _page(_script(_review("Élection reportée", "https://d.example/1", "Faux"))).encode(
            "latin-1"
        )
    )

    with pytest.raises(FormatError, match="UTF-8"):
        parse_file(path, RecordingHasher())


def test_a_picture_saved_with_the_page_is_fingerprinted(tmp_path: Path) -> None:
    (tmp_path / "page_files").mkdir()
    (tmp_path / "page_files" / "claim.jpg").write_bytes(b"not really a jpeg")
    review = _review(
        "Polls close at noon", "https://desk.example/1", "False", image="page_files/claim.jpg"
    )
    hasher = RecordingHasher()

    parsed = parse_file(_write(tmp_path, _page(_script(review))), hasher)

    assert parsed.records[0].image_hashes == ("fp-claim.jpg",)
    assert hasher.paths == [(tmp_path / "page_files" / "claim.jpg").resolve()]


@pytest.mark.parametrize(
    ("text", "json_text"),
    [
        ('  {"a": 1}  ', '{"a": 1}'),
        ('<!--\n{"a": 1}\n-->', '{"a": 1}'),
        ('<![CDATA[{"a": 1}]]>', '{"a": 1}'),
        ('//<![CDATA[\n{"a": 1}\n//]]>', '{"a": 1}'),
        ('/*<![CDATA[*/{"a": 1}/*]]>*/', '{"a": 1}'),
        ('<!--//<![CDATA[\n{"a": "-->"}\n//]]>-->', '{"a": "-->"}'),
    ],
)
def test_wrappers_around_a_blocks_json_are_removed(text: str, json_text: str) -> None:
    assert unwrapped(text) == json_text


def test_the_page_address_is_the_canonical_link_then_og_url() -> None:
    both = page_scripts(
        '<meta property="og:url" content="https://og.example/a">'
        '<LINK REL="alternate Canonical" HREF="https://canonical.example/a">'
    )
    og_only = page_scripts('<meta name="og:url" content="https://og.example/a"/>')
    unclosed = page_scripts('<script type="application/ld+json">{"a": 1}')

    assert both.page_url == "https://canonical.example/a"
    assert og_only.page_url == "https://og.example/a"
    assert [block.text for block in unclosed.blocks] == ['{"a": 1}']
