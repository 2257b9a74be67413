"""`tipline report`'s bad input: clear messages and exit status, an empty week is a report."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from bot.cli import main
from bot.setting_values import SettingsError
from bot.settings import Settings


def _config(tmp_path: Path, database_url: str, **extra: str) -> Path:
    config = tmp_path / "tipline.toml"
    lines = [f'TIPLINE_DATABASE_URL = "{database_url}"']
    lines += [f'{key} = "{value}"' for key, value in extra.items()]
    config.write_text("\n".join(lines) + "\n")
    return config


async def _report(config: Path, *args: str) -> int:
    return await asyncio.to_thread(main, ["--config", str(config), "report", *args])


async def test_an_empty_week_is_a_report_that_says_so(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _config(tmp_path, database_url, TIPLINE_TIMEZONE="America/Lima")
    folder = tmp_path / "w48"
    assert await _report(config, "--week", "2026-W48", "--out", str(folder)) == 0
    assert "no tips in this period" in capsys.readouterr().out
    summary = json.loads((folder / "summary.json").read_text())
    assert summary["empty"] is True and summary["tips"] == 0
    assert summary["period"]["timezone"] == "America/Lima"
    assert "No tips were received in this period." in (folder / "report.html").read_text()
    daily = (folder / "daily.csv").read_text().splitlines()
    assert daily == ["date,dimension,value,tips,voters"]
    # Run again: the folder is replaced whole, and no staging folder is left behind.
    (folder / "stale.txt").write_text("from an older run")
    assert await _report(config, "--week", "2026-W48", "--out", str(folder)) == 0
    assert not (folder / "stale.txt").exists()
    assert not [path for path in tmp_path.iterdir() if path.name.startswith(".w48")]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--week", "2026-W60"], "no such week"),
        (["--week", "last week"], "not an ISO week"),
        (["--from", "2026-11-23"], "give --week 2026-W48, or --from and --to"),
        (["--from", "2026-11-30", "--to", "2026-11-23"], "the end comes before the start"),
        (["--from", "23/11/2026", "--to", "2026-11-30"], "not an ISO date"),
        (["--week", "2026-W48", "--from", "2026-11-23"], "not both"),
        (["--week", "2026-W48", "--top", "0"], "--top must be at least 1"),
    ],
)
async def test_a_bad_period_is_refused_with_a_message_and_writes_nothing(
    database_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    config = _config(tmp_path, database_url)
    assert await _report(config, *args, "--out", str(tmp_path / "out")) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_report_settings_are_read_and_checked() -> None:
    settings = Settings.load(
        {"TIPLINE_TIMEZONE": "Asia/Kolkata", "TIPLINE_REPORT_MIN_VOTERS": "10"}
    )
    assert (settings.timezone, settings.report_min_voters) == ("Asia/Kolkata", 10)
    assert (Settings().timezone, Settings().report_min_voters) == ("UTC", 5)
    with pytest.raises(SettingsError, match="TIPLINE_TIMEZONE"):
        Settings.load({"TIPLINE_TIMEZONE": "Mars/Olympus"})
    with pytest.raises(SettingsError, match="TIPLINE_REPORT_MIN_VOTERS"):
        Settings.load({"TIPLINE_REPORT_MIN_VOTERS": "0"})
