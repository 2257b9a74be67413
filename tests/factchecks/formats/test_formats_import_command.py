"""`tipline import` of a saved Google Fact Check Tools response and a saved article page, on
SQLite and PostgreSQL: the fact-checks they hold are stored, and a voter's message then matches
them."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

from sqlmodel import select

from bot.catalogue_commands import run_import
from bot.cli import _parser
from factchecks.database import Database
from factchecks.match_index import MatchIndex, MatchQuery
from factchecks.models import FactCheck
from factchecks.verdicts import Verdict

API_RESPONSE = {
    "claims": [
        {
            "text": "Polling stations will close at noon on election day this year",
            "claimant": "Viral posts",
            "claimDate": "2026-03-01T00:00:00Z",
            "claimReview": [
                {
                    "publisher": {"name": "Desk Verify", "site": "desk.example"},
                    "url": "https://desk.example/fact-check/noon",
                    "title": "No, polling stations stay open until 8 pm",
                    "reviewDate": "2026-03-02T08:00:00Z",
                    "textualRating": "False",
                    "languageCode": "en",
                },
                {
                    "publisher": {"site": "verifica.example"},
                    "url": "https://verifica.example/mediodia",
                    "textualRating": "Falso",
                    "languageCode": "es",
                },
            ],
        }
    ],
    "nextPageToken": "CBQ",
}

PAGE = """<!DOCTYPE html>
<html lang="es"><head>
<link rel="canonical" href="https://checa.example/2026/03/tinta-vinagre/">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Organization",
 "name": "Checa"}</script>
<script type="application/ld+json"><!--
{"@context": "https://schema.org", "@type": "ClaimReview", "url": "./",
 "claimReviewed": "La tinta indeleble se quita con vinagre y hay gente votando dos veces",
 "headline": "&lt;b&gt;Falso&lt;/b&gt;: la tinta no se quita con vinagre",
 "author": {"@type": "Organization", "name": "Checa"},
 "reviewRating": {"@type": "Rating", "alternateName": "Falso"}}
--></script>
</head><body><p>Artículo.</p></body></html>
"""


async def _import(db: Database, *argv: str) -> tuple[int, str, str]:
    err, out = io.StringIO(), io.StringIO()
    args = _parser().parse_args(["import", *argv])
    with contextlib.redirect_stdout(out):
        status = await run_import(db, args, err)
    return status, out.getvalue(), err.getvalue()


async def _matched_url(db: Database, index: MatchIndex, text: str) -> str | None:
    hits = [hit for hit in await index.search_catalogue(MatchQuery(text)) if hit.score >= 0.8]
    if not hits:
        return None
    async with db.session() as session:
        fact_check = await session.get(FactCheck, hits[0].key)
    return fact_check.url if fact_check else None


async def test_an_api_response_and_a_page_import_and_a_voters_message_matches_them(
    db: Database, tmp_path: Path
) -> None:
    response = tmp_path / "claims-search.json"
    response.write_text(json.dumps(API_RESPONSE), encoding="utf-8")
    page = tmp_path / "tinta.html"
    page.write_text(PAGE, encoding="utf-8")

    status, out, err = await _import(db, str(response), str(page))
    again, out_again, _ = await _import(db, str(response), str(page))

    assert (status, err) == (0, "")
    assert "2 created, 0 updated, 0 unchanged, 0 skipped" in out
    assert "1 created, 0 updated, 0 unchanged, 0 skipped" in out
    assert again == 0
    assert "claims-search.json: unchanged (2 records)" in out_again
    assert "tinta.html: unchanged (1 records)" in out_again
    async with db.session() as session:
        stored = {fc.url: fc for fc in (await session.exec(select(FactCheck))).all()}
    tinta = stored["https://checa.example/2026/03/tinta-vinagre/"]
    assert (tinta.verdict, tinta.rating_text, tinta.language) == (Verdict.FALSE, "Falso", "es")
    assert tinta.title == "Falso: la tinta no se quita con vinagre"
    assert stored["https://verifica.example/mediodia"].publisher == "verifica.example"

    index = MatchIndex()
    await index.load(db)

    assert await _matched_url(
        db, index, "Is it true polling stations will close at noon on election day this year?"
    ) in ("https://desk.example/fact-check/noon", "https://verifica.example/mediodia")
    assert (
        await _matched_url(db, index, "la tinta indeleble se quita con vinagre, votan dos veces!")
        == "https://checa.example/2026/03/tinta-vinagre/"
    )
    assert await _matched_url(db, index, "the mayor bought ten thousand ballots") is None


async def test_a_page_with_a_broken_block_imports_the_rest_and_exits_1(
    db: Database, tmp_path: Path
) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        PAGE.replace('"name": "Checa"}</script>', '"name": "Checa",}</script>'), encoding="utf-8"
    )

    status, out, err = await _import(db, str(page))
    allowed, _, _ = await _import(db, str(page), "--allow-skips")

    assert (status, allowed) == (1, 0)
    assert "1 created" in out and "1 skipped" in out
    assert err.splitlines() == [
        f"{page}: line 4: JSON-LD block 1 (line 4) is not valid JSON (a trailing comma before "
        "'}': line 2, column 18 of the block); it is skipped"
    ]
