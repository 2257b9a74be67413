"""`tipline import` and `tipline export` as a person or a script uses them: summaries, errors
with their position once each, exit statuses, --language, --dry-run, and a round trip."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

from bot.catalogue_commands import run_export, run_import
from bot.cli import _parser
from factchecks.catalogue import stored_records
from factchecks.database import Database

GOOD = {"claim": "Polling stations close at noon on Sunday", "verdict": "false",
        "url": "https://example.org/noon"}  # fmt: skip
BAD = {"claim": "", "url": "https://example.org/empty"}


def _jsonl(path: Path, *records: dict[str, object]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


async def _import(db: Database, *argv: str) -> tuple[int, str, str]:
    err = io.StringIO()
    args = _parser().parse_args(["import", *argv])
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = await run_import(db, args, err)
    return status, out.getvalue(), err.getvalue()


async def test_a_clean_file_exits_0_with_one_summary_line(db: Database, tmp_path: Path) -> None:
    status, out, err = await _import(db, str(_jsonl(tmp_path / "a.jsonl", GOOD)))

    assert status == 0
    assert out.count("\n") == 1 and "1 created, 0 updated, 0 unchanged, 0 skipped" in out
    assert err == ""  # not a terminal: no progress bar


async def test_a_skipped_record_exits_1_unless_skips_are_allowed(
    db: Database, tmp_path: Path
) -> None:
    path = _jsonl(tmp_path / "a.jsonl", GOOD, BAD)

    status, out, err = await _import(db, str(path))
    allowed, out_again, _ = await _import(db, str(path), "--allow-skips")

    assert (status, allowed) == (1, 0)
    assert err.splitlines() == [f"{path}: line 2: claim is missing or empty"]
    assert "1 skipped" in out
    assert "1 unchanged" in out_again


async def test_a_missing_file_exits_1_and_the_others_are_imported(
    db: Database, tmp_path: Path
) -> None:
    good = _jsonl(tmp_path / "a.jsonl", GOOD)

    status, out, err = await _import(db, str(tmp_path / "absent.jsonl"), str(good))

    assert status == 1
    assert "absent.jsonl: not imported: cannot be read" in err
    assert "1 created" in out


async def test_language_option_and_dry_run(db: Database, tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "a.jsonl", GOOD)

    dry, out, _ = await _import(db, str(path), "--dry-run", "--language", "pt-BR")
    async with db.session() as session:
        assert [r async for r in stored_records(session)] == []
    await _import(db, str(path), "--language", "pt-BR")
    async with db.session() as session:
        (record,) = [r async for r in stored_records(session)]

    assert dry == 0 and "dry run, nothing written" in out
    assert (record.language, record.language_confidence) == ("pt", None)


async def test_an_unclosed_quote_in_a_sheet_is_named_at_its_line_and_exits_1(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text(
        "claim,verdict,url\n"
        "Voting machines are rigged,false,https://example.org/rigged\n"
        '"Polls close at 8,false,https://example.org/eight\n'
        "You can vote by text,false,https://example.org/sms\n",
        encoding="utf-8",
    )

    status, out, err = await _import(db, str(path))

    assert status == 1
    assert err.splitlines() == [
        f'{path}: line 3: a quote (") opens a cell on this line and is never closed, so lines '
        "3-4 (to the end of the file) were read as one cell; none of them is imported. Close or "
        "remove the quote, then import the file again"
    ]
    assert "1 created, 0 updated, 0 unchanged, 1 skipped" in out
    async with db.session() as session:
        stored = [record.url async for record in stored_records(session)]
    assert stored == ["https://example.org/rigged"]


async def test_a_url_twice_in_a_file_is_a_warning_and_the_summary_says_so(
    db: Database, tmp_path: Path
) -> None:
    later = {**GOOD, "claim": "Polling stations close at one on Sunday"}
    path = _jsonl(tmp_path / "a.jsonl", GOOD, later)

    status, out, err = await _import(db, str(path))

    assert status == 0  # a warning, as a missing picture is: the file was imported
    assert err.splitlines() == [
        f"{path}: line 2: warning: has the same URL as line 1 (https://example.org/noon) and "
        "replaces it: the later record in a file wins. The earlier record's claim stays attached "
        "to it only as another wording to match; if the two are different fact-checks, give each "
        "its own URL"
    ]
    assert out.startswith(f"{path}: 1 created, 0 updated, 0 unchanged, 0 skipped")
    assert out.endswith(
        "; 1 replaced by a later record with the same URL or external_id (see the warnings)\n"
    )
    async with db.session() as session:
        stored = [record.claim async for record in stored_records(session)]
    assert stored == [later["claim"]]


def test_a_bad_language_is_refused_by_the_command_line() -> None:
    with pytest.raises(SystemExit):
        _parser().parse_args(["import", "a.jsonl", "--language", "Portuguese please"])


@pytest.mark.parametrize("fmt", ["claimreview", "jsonl", "csv"])
async def test_export_writes_a_file_import_reads_back_unchanged(
    db: Database, tmp_path: Path, fmt: str
) -> None:
    source = _jsonl(
        tmp_path / "a.jsonl",
        GOOD,
        {"claim": "La tinta indeleble se quita con vinagre", "rating": "Falso.",
         "external_id": "efe-9", "aliases": ["tinta con vinagre"]},
    )  # fmt: skip
    await _import(db, str(source))
    target = tmp_path / f"export.{'json' if fmt == 'claimreview' else fmt}"

    status = await run_export(
        db, _parser().parse_args(["export", "--format", fmt, "-o", str(target)])
    )
    again, out, err = await _import(db, str(target))

    assert status == 0 and again == 0 and err == ""
    assert "unchanged (2 records)" in out


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


async def test_a_terminal_gets_a_progress_bar_with_records_rate_and_total(
    db: Database, tmp_path: Path
) -> None:
    records = [{**GOOD, "url": f"https://example.org/{i}"} for i in range(30)]
    err = _Terminal()
    args = _parser().parse_args(["import", str(_jsonl(tmp_path / "a.jsonl", *records))])

    with contextlib.redirect_stdout(io.StringIO()):
        assert await run_import(db, args, err) == 0

    # The bar names the file, counts records against the file's total, and shows the rate.
    bar = err.getvalue().split("\r")[1]
    assert bar.startswith("a.jsonl:") and "0/30" in bar and "records/s" in bar
