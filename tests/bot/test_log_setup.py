"""The logging setup: JSON lines when asked, secrets never printed, the libraries that log voters'
data or the bot token held at WARNING, and errors summarised without their message."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import cli
from bot.log_setup import QUIET_LOGGERS, configure_logging, error_summary, secrets_of
from bot.setting_values import SettingsError
from bot.settings import Settings

TOKEN = "123456:AAH-test-bot-token-value"


@pytest.fixture
def restored_logging() -> Iterator[None]:
    """Whatever a test configures is undone after it."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    levels = {name: logging.getLogger(name).level for name in QUIET_LOGGERS}
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    for name, quiet_level in levels.items():
        logging.getLogger(name).setLevel(quiet_level)


def test_json_lines_carry_time_level_logger_message_and_the_traceback(
    restored_logging: None,
) -> None:
    out = io.StringIO()
    configure_logging(log_format="json", verbose=True, stream=out)
    logging.getLogger("bot.example").info("tip %d answered", 42)
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        logging.getLogger("bot.example").exception("a pass failed")
    first, second = (json.loads(line) for line in out.getvalue().splitlines())
    assert first["level"] == "INFO" and first["logger"] == "bot.example"
    assert first["message"] == "tip 42 answered" and first["time"].endswith("+00:00")
    assert second["level"] == "ERROR" and "RuntimeError: boom" in second["exception"]


def test_text_lines_without_verbose_show_warnings_only(restored_logging: None) -> None:
    out = io.StringIO()
    configure_logging(stream=out)
    logging.getLogger("bot.example").info("not shown")
    logging.getLogger("bot.example").warning("shown")
    [line] = out.getvalue().splitlines()
    assert line.endswith("WARNING bot.example: shown")


def test_secrets_are_redacted_wherever_they_appear(restored_logging: None) -> None:
    out = io.StringIO()
    settings = Settings(telegram_bot_token=TOKEN, whatsapp_access_token="EAAG-access-token")
    configure_logging(log_format="json", verbose=True, secrets=secrets_of(settings), stream=out)
    try:
        raise ConnectionError(f"https://api.telegram.org/bot{TOKEN}/getUpdates failed")
    except ConnectionError:
        logging.getLogger("bot.example").exception("call with EAAG-access-token failed")
    assert TOKEN not in out.getvalue() and "EAAG-access-token" not in out.getvalue()
    assert out.getvalue().count("[secret]") == 2


def test_libraries_that_log_urls_ids_or_rows_stay_quiet_even_when_verbose(
    restored_logging: None,
) -> None:
    out = io.StringIO()
    configure_logging(verbose=True, stream=out)
    # What httpx logs for every Bot API call, python-telegram-bot for every send, SQLAlchemy
    # for every statement: the token, a chat id and a text, a reply address.
    logging.getLogger("httpx").info(f"HTTP Request: POST https://api.telegram.org/bot{TOKEN}/x")
    logging.getLogger("telegram.ext").debug("sendMessage {'chat_id': 6193847205}")
    logging.getLogger("sqlalchemy.engine.Engine").info("('6193847205',)")
    logging.getLogger("aiohttp.access").info("GET /webhooks/whatsapp?hub.verify_token=v")
    logging.getLogger("bot.example").info("shown")
    assert out.getvalue().splitlines()[0].endswith("INFO bot.example: shown")
    assert len(out.getvalue().splitlines()) == 1


def test_an_error_summary_says_where_but_not_what_the_message_quotes() -> None:
    def insert() -> None:
        raise ValueError("INSERT INTO tip VALUES ('my neighbour said...', '6193847205')")

    try:
        insert()
    except ValueError as error:
        summary = error_summary(error)
    assert summary.startswith("ValueError in bot/test_log_setup.py:")
    assert "insert" in summary and "6193847205" not in summary and "neighbour" not in summary


def test_the_format_is_a_setting(restored_logging: None) -> None:
    assert Settings.load({}).log_format == "text"
    assert Settings.load({"TIPLINE_LOG_FORMAT": "JSON"}).log_format == "json"
    with pytest.raises(SettingsError) as error:
        Settings.load({"TIPLINE_LOG_FORMAT": "xml"})
    assert error.value.name == "TIPLINE_LOG_FORMAT"


def test_the_entry_point_logs_json_lines_when_told(
    restored_logging: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "tipline.toml"
    database = tmp_path / "tipline.db"
    config.write_text(
        f'TIPLINE_DATABASE_URL = "sqlite+aiosqlite:///{database}"\nTIPLINE_LOG_FORMAT = "json"\n'
    )
    assert cli.main(["-v", "--config", str(config), "migrate"]) == 0
    lines = capsys.readouterr().err.splitlines()
    records = [json.loads(line) for line in lines]  # every line is one JSON object
    assert any(record["message"].startswith("Running upgrade") for record in records)
