"""Settings: read once, named errors, environment over file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.multilingual_model import load_e5
from bot.setting_values import SettingsError
from bot.settings import Settings
from factchecks.limits import TipLimits
from matching import load_bundled_encoder


def test_defaults_are_the_embedded_sqlite_and_no_secrets() -> None:
    settings = Settings.load({})
    assert settings.database_url == "sqlite+aiosqlite:///./tipline.db"
    assert settings.secret_key is None and settings.telegram_bot_token is None
    with pytest.raises(SettingsError) as error:
        settings.require_secret_key()
    assert error.value.name == "TIPLINE_SECRET_KEY"


def test_environment_wins_over_the_file(tmp_path: Path) -> None:
    config = tmp_path / "tipline.toml"
    config.write_text('TIPLINE_FACTCHECKER_IDS = "1,2"\nTIPLINE_HTTP_PORT = 9000\n')
    settings = Settings.load({"TIPLINE_HTTP_PORT": "9100"}, config)
    assert settings.factchecker_ids == frozenset({"1", "2"})
    assert settings.http_port == 9100


@pytest.mark.parametrize(
    ("environ", "culprit"),
    [
        ({"TIPLINE_HTTP_PORT": "eighty"}, "TIPLINE_HTTP_PORT"),
        ({"TIPLINE_FACTCHECKER_CHAT_ID": "desk"}, "TIPLINE_FACTCHECKER_CHAT_ID"),
        (
            {"TIPLINE_ANSWER_THRESHOLD": "0.3", "TIPLINE_SUGGEST_THRESHOLD": "0.6"},
            "TIPLINE_SUGGEST_THRESHOLD",
        ),
        ({"WHATSAPP_TEMPLATES": "en"}, "WHATSAPP_TEMPLATES"),
        ({"TIPLINE_SEMANTIC": "maybe"}, "TIPLINE_SEMANTIC"),
        ({"TIPLINE_MATCH_PROCESS": "yes"}, "TIPLINE_MATCH_PROCESS"),
        (  # a partial WhatsApp set names the first missing setting
            {"WHATSAPP_ACCESS_TOKEN": "EAAG", "WHATSAPP_APP_SECRET": "s"},
            "WHATSAPP_PHONE_NUMBER_ID",
        ),
    ],
)
def test_a_bad_value_names_its_setting(environ: dict[str, str], culprit: str) -> None:
    with pytest.raises(SettingsError) as error:
        Settings.load(environ)
    assert error.value.name == culprit


def test_webhook_secret_must_be_what_telegram_accepts() -> None:
    with pytest.raises(SettingsError):
        Settings.load({"TELEGRAM_WEBHOOK_SECRET": "has spaces"}).require_webhook_secret()
    assert Settings.load({"TELEGRAM_WEBHOOK_SECRET": "ok_-1"}).require_webhook_secret() == "ok_-1"


def test_whatsapp_settings_and_templates_per_language() -> None:
    settings = Settings.load(
        {
            "WHATSAPP_ACCESS_TOKEN": "EAAG",
            "WHATSAPP_PHONE_NUMBER_ID": "1065",
            "WHATSAPP_APP_SECRET": "app-secret",
            "WHATSAPP_VERIFY_TOKEN": "verify",
            "WHATSAPP_TEMPLATES": "en=tipline_update@en_US, PT=atualizacao@pt_BR,es=tipline_update",
        }
    )
    assert settings.whatsapp_enabled and settings.serves_http
    assert settings.whatsapp_api_base_url.startswith("https://graph.facebook.com/v")
    templates = settings.whatsapp_templates
    assert (templates["en"].name, templates["en"].language_code) == ("tipline_update", "en_US")
    assert (templates["pt"].name, templates["pt"].language_code) == ("atualizacao", "pt_BR")
    assert templates["es"].language_code == "es"
    assert not Settings.load({}).serves_http


def test_semantic_off_never_loads_the_encoder_and_auto_loads_it_when_installed() -> None:
    assert Settings.load({"TIPLINE_SEMANTIC": "off"}).load_encoder() is None
    installed = load_bundled_encoder() is not None
    auto = Settings.load({}).load_encoder()
    assert (auto is not None) == installed
    if installed:
        assert Settings.load({"TIPLINE_SEMANTIC": " ON "}).load_encoder() is not None
    else:
        with pytest.raises(SettingsError) as error:
            Settings.load({"TIPLINE_SEMANTIC": "on"}).load_encoder()
        assert error.value.name == "TIPLINE_SEMANTIC"


def test_the_matching_process_is_used_on_two_cores_unless_turned_off() -> None:
    cores = len(os.sched_getaffinity(0))
    assert Settings.load({}).uses_match_process() == (cores >= 2)
    assert Settings.load({"TIPLINE_MATCH_PROCESS": " On "}).uses_match_process()
    assert not Settings.load({"TIPLINE_MATCH_PROCESS": "off"}).uses_match_process()


def test_multilingual_off_never_loads_the_model_and_auto_loads_it_when_installed() -> None:
    assert Settings.load({"TIPLINE_MULTILINGUAL": "off"}).load_multilingual() is None
    installed = load_e5(1) is not None
    assert (Settings.load({}).load_multilingual() is not None) == installed
    if not installed:
        with pytest.raises(SettingsError) as error:
            Settings.load({"TIPLINE_MULTILINGUAL": "on"}).load_multilingual()
        assert error.value.name == "TIPLINE_MULTILINGUAL"
    for name, value in (("TIPLINE_MULTILINGUAL", "maybe"), ("TIPLINE_MULTILINGUAL_THREADS", "0")):
        with pytest.raises(SettingsError) as error:
            Settings.load({name: value})
        assert error.value.name == name
    assert Settings.load({}).multilingual_threads == 1  # the cores serve voters


def test_factcheckers_are_channel_qualified_and_the_old_ids_are_telegram_ones() -> None:
    settings = Settings.load(
        {
            "TIPLINE_FACTCHECKERS": "telegram:11111111, whatsapp:+5215500000001",
            "TIPLINE_FACTCHECKER_IDS": "22",
        }
    )
    assert settings.all_factcheckers == frozenset(
        {("telegram", "11111111"), ("whatsapp", "5215500000001"), ("telegram", "22")}
    )
    with pytest.raises(SettingsError) as error:
        Settings.load({"TIPLINE_FACTCHECKERS": "11111111"})
    assert error.value.name == "TIPLINE_FACTCHECKERS"


@pytest.mark.parametrize(
    ("environ", "hint"),
    [
        ({"LANG": "C.UTF-8"}, None),
        ({"LANG": "POSIX"}, None),
        ({"LANG": "C"}, None),
        ({}, None),
        ({"LANG": "es_MX.UTF-8"}, "es_MX"),
        ({"LANG": "C.UTF-8", "LC_ALL": "fr_FR.UTF-8"}, "fr_FR"),
    ],
)
def test_the_terminal_language_is_a_hint_only_when_it_names_a_language(
    environ: dict[str, str], hint: str | None
) -> None:
    assert Settings.load(environ).console_language == hint


def test_the_demo_has_its_own_database_unless_one_is_named() -> None:
    assert Settings.load({}).demo_database_url == "sqlite+aiosqlite:///./tipline-demo.db"
    named = "sqlite+aiosqlite:////tmp/x.db"
    assert Settings.load({"TIPLINE_DATABASE_URL": named}).demo_database_url == named


def test_no_module_but_settings_reads_the_environment() -> None:
    root = Path(__file__).resolve().parents[2]
    readers = [
        path.relative_to(root).as_posix()
        for package in ("bot", "factchecks", "matching")
        for path in (root / package).rglob("*.py")
        if "os.environ" in path.read_text() or "getenv" in path.read_text()
    ]
    assert readers == ["bot/settings.py"]


def test_tip_limits_default_to_20_a_minute_and_200_a_day_and_refuse_negatives() -> None:
    assert Settings.load({}).tip_limits == TipLimits(per_minute=20, per_day=200)
    loaded = Settings.load({"TIPLINE_TIPS_PER_MINUTE": "5", "TIPLINE_TIPS_PER_DAY": "0"})
    assert loaded.tip_limits == TipLimits(per_minute=5, per_day=0)  # 0: no daily limit
    with pytest.raises(SettingsError) as error:
        Settings.load({"TIPLINE_TIPS_PER_DAY": "-1"})
    assert "TIPLINE_TIPS_PER_DAY" in str(error.value)


def test_retention_periods_default_to_30_90_365_days_and_refuse_zero() -> None:
    policy = Settings.load({}).retention
    assert (policy.media_days, policy.address_days, policy.tip_text_days) == (30, 90, 365)
    settings = Settings.load({"TIPLINE_RETAIN_ADDRESS_DAYS": "7", "TIPLINE_OLD_SECRET_KEY": "o"})
    assert settings.retention.address_days == 7 and settings.old_secret_key == "o"
    with pytest.raises(SettingsError) as error:
        Settings.load({"TIPLINE_RETAIN_TIP_TEXT_DAYS": "0"})
    assert error.value.name == "TIPLINE_RETAIN_TIP_TEXT_DAYS"
