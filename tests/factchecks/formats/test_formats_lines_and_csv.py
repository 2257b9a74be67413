"""JSON Lines and CSV import: both line shapes, the flat columns, BOMs, positions, bad headers."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from factchecks.formats import FormatError, parse_file
from factchecks.records import FactCheckRecord
from factchecks.verdicts import Verdict
from tests.factchecks.formats.fake_image_hasher import RecordingHasher

FLAT = {
    "claim": "Polling stations close at noon",
    "verdict": "missing_context",
    "rating": "Sin contexto",
    "url": "https://example.org/checks/noon",
    "external_id": "desk-7",
    "summary": "Only one station closes early.",
    "title": "Most stations stay open until 6 pm",
    "publisher": "Example Desk",
    "language": "es-MX",
    "claimant": "Chain message",
    "claim_date": "2026-05-01",
    "published_at": "2026-05-02T09:00:00Z",
    "images": ["images/poster.png"],
    "aliases": ["voting ends at midday"],
}

FLAT_RECORD = FactCheckRecord(
    claim="Polling stations close at noon",
    verdict=Verdict.MISSING_CONTEXT,
    url="https://example.org/checks/noon",
    external_id="desk-7",
    rating_text="Sin contexto",
    summary="Only one station closes early.",
    title="Most stations stay open until 6 pm",
    publisher="Example Desk",
    language="es",
    claimant="Chain message",
    claim_date=datetime(2026, 5, 1, tzinfo=UTC),
    published_at=datetime(2026, 5, 2, 9, tzinfo=UTC),
    image_hashes=("fp-poster.png",),
    extra_texts=("voting ends at midday",),
)

CLAIMREVIEW_LINE = {
    "@type": "ClaimReview",
    "claimReviewed": "Ballots marked in pencil are erased",
    "url": "https://example.org/checks/pencil",
    "reviewRating": {"@type": "Rating", "alternateName": "Faux"},
    "inLanguage": "fr",
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "poster.png").write_bytes(b"png bytes")
    return tmp_path


def write_jsonl(folder: Path, lines: list[str], name: str = "tips.jsonl") -> Path:
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_reads_flat_and_claimreview_lines(folder: Path, hasher: RecordingHasher) -> None:
    path = write_jsonl(folder, [json.dumps(FLAT), "", "   ", json.dumps(CLAIMREVIEW_LINE)])

    parsed = parse_file(path, hasher)

    assert parsed.errors == ()
    assert parsed.records[0] == FLAT_RECORD
    assert (parsed.records[1].claim, parsed.records[1].verdict, parsed.records[1].language) == (
        "Ballots marked in pencil are erased",
        Verdict.FALSE,
        "fr",
    )


def test_jsonl_errors_carry_line_numbers_and_good_lines_are_kept(
    folder: Path, hasher: RecordingHasher
) -> None:
    lines = [
        json.dumps(FLAT),
        "",
        '{"claim": "half a line',
        json.dumps(["not", "an", "object"]),
        json.dumps({**FLAT, "claim": "  "}),
        json.dumps({**FLAT, "sumary": "typo"}),
        json.dumps(CLAIMREVIEW_LINE),
    ]

    parsed = parse_file(write_jsonl(folder, lines, "tips.ndjson"), hasher)

    assert [record.claim for record in parsed.records] == [
        "Polling stations close at noon",
        "Ballots marked in pencil are erased",
    ]
    assert [error.position for error in parsed.errors] == [3, 4, 5, 6]
    assert "not valid JSON" in parsed.errors[0].reason
    assert "object" in parsed.errors[1].reason
    assert "claim" in parsed.errors[2].reason
    assert "'sumary'" in parsed.errors[3].reason


@pytest.mark.parametrize(
    ("fields", "rating_text", "verdict"),
    [
        ({"verdict": "false"}, "False", Verdict.FALSE),
        ({"verdict": "Falso"}, "Falso", Verdict.FALSE),
        ({"rating": "Trompeur"}, "Trompeur", Verdict.MISLEADING),
        ({"rating": "Zombie claim", "verdict": "false"}, "Zombie claim", Verdict.FALSE),
        ({"rating": "Zombie claim"}, "Zombie claim", Verdict.OTHER),
        ({}, None, Verdict.OTHER),
    ],
)
def test_flat_verdict_and_rating(
    folder: Path,
    hasher: RecordingHasher,
    fields: dict[str, str],
    rating_text: str | None,
    verdict: Verdict,
) -> None:
    line = {"claim": "A claim", "external_id": "x-1", **fields}

    record = parse_file(write_jsonl(folder, [json.dumps(line)]), hasher).records[0]

    assert (record.rating_text, record.verdict) == (rating_text, verdict)


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"verdict": "fake-ish"}, "fake-ish"),
        ({"verdict": "true", "rating": "Falso"}, "contradicts"),
        ({"url": "ftp://example.org/x"}, "http"),
        ({"claim_date": "01/05/2026"}, "claim_date"),
        ({"language": "English please"}, "language"),
        ({"fingerprints": ["not hex"]}, "fingerprint"),
        ({"url": "/relative/path"}, "--base-url"),
        ({"title": 7}, "title"),
    ],
)
def test_flat_bad_values_are_errors_naming_the_field(
    folder: Path, hasher: RecordingHasher, fields: dict[str, object], reason: str
) -> None:
    line = {"claim": "A claim", "external_id": "x-1", **fields}

    parsed = parse_file(write_jsonl(folder, [json.dumps(line)]), hasher)

    assert parsed.records == ()
    assert reason in parsed.errors[0].reason


CSV_HEADER = "claim,verdict,url,external_id,language,images,aliases,summary"


def write_csv(folder: Path, text: str, *, bom: bool) -> Path:
    path = folder / "sheet.csv"
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8"))
    return path


@pytest.mark.parametrize("bom", [True, False], ids=["with-bom", "without-bom"])
def test_csv_rows_become_records_with_or_without_bom(
    folder: Path, hasher: RecordingHasher, bom: bool
) -> None:
    text = (
        f"{CSV_HEADER}\r\n"
        "Vote by SMS to 4455,false,https://example.org/checks/sms,,en,images/poster.png,"
        '"text to vote|sms vote","Two\nlines"\r\n'
        ",,,,,,,\r\n"
        "Ink is poison,faux,,desk-9,fr,,,\r\n"
    )

    parsed = parse_file(write_csv(folder, text, bom=bom), hasher)

    assert parsed.errors == ()
    first, second = parsed.records
    assert (first.claim, first.verdict, first.image_hashes) == (
        "Vote by SMS to 4455",
        Verdict.FALSE,
        ("fp-poster.png",),
    )
    assert first.extra_texts == ("text to vote", "sms vote")
    assert first.summary == "Two\nlines"
    assert (second.claim, second.external_id, second.language) == ("Ink is poison", "desk-9", "fr")


def test_csv_positions_are_file_lines(folder: Path, hasher: RecordingHasher) -> None:
    text = (
        f"{CSV_HEADER}\n"
        "Good one,false,https://example.org/1,,,,,\n"
        "No identity,false,,,,,,\n"
        "\n"
        "Bad date,false,https://example.org/4,,,,,,extra cell\n"
        "Good two,true,https://example.org/5,,,,,\n"
    )

    parsed = parse_file(write_csv(folder, text, bom=True), hasher)

    assert [record.claim for record in parsed.records] == ["Good one", "Good two"]
    # The header is line 1; a blank line still counts.
    assert [error.describe().split(": ")[:2] for error in parsed.errors] == [
        [str(folder / "sheet.csv"), "line 3"],
        [str(folder / "sheet.csv"), "line 5"],
    ]
    assert "url" in parsed.errors[0].reason
    assert "more cell" in parsed.errors[1].reason


def test_csv_saved_with_semicolons_by_a_spreadsheet_is_read(
    folder: Path, hasher: RecordingHasher
) -> None:
    text = "claim;rating;url\nLa elección se aplaza;Falso;https://example.org/1\n"

    parsed = parse_file(write_csv(folder, text, bom=True), hasher)

    assert parsed.errors == ()
    assert (parsed.records[0].claim, parsed.records[0].verdict) == (
        "La elección se aplaza",
        Verdict.FALSE,
    )


@pytest.mark.parametrize(
    ("header", "reason"),
    [
        ("claim,verdict,sumary", "'sumary'"),
        ("verdict,url", "'claim'"),
        ("claim,url,url", "repeats"),
        ("", "header"),
    ],
)
def test_a_bad_csv_header_rejects_the_whole_file(
    folder: Path, hasher: RecordingHasher, header: str, reason: str
) -> None:
    path = write_csv(
        folder, f"{header}\nA claim,false,https://example.org/1\n" if header else "", bom=False
    )

    with pytest.raises(FormatError) as raised:
        parse_file(path, hasher)

    assert reason in str(raised.value)
    assert str(path) in str(raised.value)


NEVER_CLOSED = (
    'a quote (") opens a cell on this line and is never closed, so lines 3-5 (to the end of the '
    "file) were read as one cell; none of them is imported. Close or remove the quote, then "
    "import the file again"
)
CLOSED_LATE = (
    'a quote (") opens a cell on this line and is only closed by the quote on line 4, which has '
    "text after it, so lines 3-4 were read as one cell; none of them is imported. Close or remove "
    "the quote, then import the file again"
)


@pytest.mark.parametrize(
    ("rows", "kept", "error"),
    [
        pytest.param(
            [
                '"Polls close at 8,false,https://example.org/8,They close at 7',
                "You can vote by text,false,https://example.org/sms,You cannot",
                "Dead voters voted,false,https://example.org/dead,They did not",
            ],
            ["Machines are rigged"],
            (3, NEVER_CLOSED),
            id="claim-never-closed",
        ),
        pytest.param(
            [
                'Polls close at 8,false,https://example.org/8,"They close at 7',
                "You can vote by text,false,https://example.org/sms,You cannot",
                "Dead voters voted,false,https://example.org/dead,They did not",
            ],
            ["Machines are rigged"],
            (3, NEVER_CLOSED),
            id="last-cell-never-closed",  # was imported, the next rows inside its summary
        ),
        pytest.param(
            [
                '"Polls close at 8,false,https://example.org/8,They close at 7',
                'You can vote by text,false,https://example.org/sms,"No, it is a scam"',
                "Dead voters voted,false,https://example.org/dead,They did not",
            ],
            ["Machines are rigged", "Dead voters voted"],
            (3, CLOSED_LATE),
            id="closed-by-the-next-quote",
        ),
        pytest.param(
            [
                '"Polls close at ""8""",false,https://example.org/8,"Two',
                'lines, one ""quoted"""',
                "Dead voters voted,false,https://example.org/dead,They did not",
            ],
            ["Machines are rigged", 'Polls close at "8"', "Dead voters voted"],
            None,
            id="quoted-cells-over-lines-are-fine",
        ),
    ],
)
def test_a_stray_quote_is_an_error_at_its_line_naming_the_lines_it_swallowed(
    folder: Path,
    hasher: RecordingHasher,
    rows: list[str],
    kept: list[str],
    error: tuple[int, str] | None,
) -> None:
    text = "\n".join(
        ["claim,verdict,url,summary", "Machines are rigged,false,https://example.org/m,No", *rows]
    )
    path = write_csv(folder, text + "\n", bom=False)

    parsed = parse_file(path, hasher)

    assert [record.claim for record in parsed.records] == kept
    assert [(e.kind, e.position, e.reason) for e in parsed.errors] == (
        [("line", *error)] if error else []
    )


def test_a_stray_quote_in_a_semicolon_sheet_is_found_too(
    folder: Path, hasher: RecordingHasher
) -> None:
    text = 'claim;rating;url\n"La elección se aplaza;Falso;https://example.org/1\nOtra;Falso;x\n'

    parsed = parse_file(write_csv(folder, text, bom=True), hasher)

    assert parsed.records == ()
    assert [error.describe() for error in parsed.errors] == [
        f'{folder / "sheet.csv"}: line 2: a quote (") opens a cell on this line and is never '
        "closed, so lines 2-3 (to the end of the file) were read as one cell; none of them is "
        "imported. Close or remove the quote, then import the file again"
    ]


def test_a_stray_quote_whose_cell_outgrows_the_csv_limit_stops_the_file_there(
    folder: Path, hasher: RecordingHasher
) -> None:
    swallowed = [f"Claim {i} about the vote,false,https://example.org/{i}" for i in range(4_000)]
    text = "\n".join(
        ["claim,verdict,url", "Kept,false,https://example.org/kept", '"Stray', *swallowed]
    )
    path = write_csv(folder, text + "\n", bom=False)

    parsed = parse_file(path, hasher)

    assert [record.claim for record in parsed.records] == ["Kept"]
    [error] = parsed.errors
    assert (error.kind, error.position) == ("line", 3)
    assert error.reason.startswith(
        'a quote (") opens a cell on this line and is still open on line '
    )
    assert error.reason.endswith(
        "where the CSV reader stopped (field larger than field limit (131072)); nothing from "
        "this line on is imported. Close or remove the quote, then import the file again"
    )
