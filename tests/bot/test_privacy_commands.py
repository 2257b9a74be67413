"""`tipline purge` and `tipline rotate-key` from the command line (a fresh SQLite database)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from factchecks.retention import ExpiryKind


def test_purge_dry_run_lists_every_kind_and_rotate_key_needs_the_old_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TIPLINE_DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}")
    assert main(["purge", "--dry-run"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "tipline purge (dry run, nothing changed):"
    assert out[1:] == [f"  {kind.value}: would remove 0" for kind in ExpiryKind]

    monkeypatch.setenv("TIPLINE_SECRET_KEY", "new")
    assert main(["rotate-key"]) == 2  # no TIPLINE_OLD_SECRET_KEY: refused, named
    assert "TIPLINE_OLD_SECRET_KEY" in capsys.readouterr().err
    monkeypatch.setenv("TIPLINE_OLD_SECRET_KEY", "old")
    assert main(["rotate-key"]) == 0
    assert "  rekeyed: 0" in capsys.readouterr().out.splitlines()
