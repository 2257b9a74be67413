"""The `tipline` command: run, demo, import, export, migrate, report, tokens, purge, rotate-key."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import logging
import secrets
import signal
import sys
from dataclasses import replace
from pathlib import Path

from aiohttp import web
from telegram import Update

from bot import catalogue_commands, privacy_commands
from bot.app import Tipline, build_tipline
from bot.channels import console
from bot.log_setup import configure_logging, secrets_of
from bot.reports import command as report_command
from bot.reports import token_commands
from bot.setting_values import SettingsError
from bot.settings import Settings, environment
from bot.web import TELEGRAM_WEBHOOK_PATH
from factchecks.database import Database
from factchecks.demo_data import foreign_fact_checks
from factchecks.importer import import_file
from factchecks.sample import SAMPLE_PATH
from factchecks.schema import upgrade

log = logging.getLogger("tipline")

DEMO_SECRET_FILE = Path(".tipline-demo-secret")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tipline", description=__doc__)
    parser.add_argument("--config", type=Path, help="a TOML file with settings (env wins)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="run the bot on Telegram and/or WhatsApp")
    run.add_argument(
        "--webhook",
        metavar="URL",
        help="serve Telegram's webhook at this URL (TELEGRAM_WEBHOOK_URL)",
    )
    commands.add_parser("demo", help="try the bot: sample data, a chat in this terminal")
    importer = commands.add_parser("import", help="load fact-checks (ClaimReview, JSONL, CSV)")
    catalogue_commands.add_import_arguments(importer)
    exporter = commands.add_parser("export", help="write the fact-checks (ClaimReview, JSONL, CSV)")
    catalogue_commands.add_export_arguments(exporter)
    commands.add_parser("migrate", help="bring the database schema up to date")
    report = commands.add_parser("report", help="write a trend report folder for a week or days")
    report_command.add_report_arguments(report)
    tokens = commands.add_parser("tokens", help="export API tokens: create, list, revoke")
    token_commands.add_token_arguments(tokens)
    privacy_commands.add_privacy_commands(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `tipline` console script."""
    args = _parser().parse_args(argv)
    configure_logging(verbose=args.verbose)  # until the settings say more
    try:
        settings = Settings.load(environment(), args.config)
        configure_logging(
            log_format=settings.log_format, verbose=args.verbose, secrets=secrets_of(settings)
        )
        if args.command == "migrate":
            upgrade(settings.database_url)
            print(f"database is up to date: {_safe_url(settings.database_url)}")
            return 0
        if args.command in ("import", "export"):
            return asyncio.run(_catalogue(settings, args))
        if args.command == "report":
            return asyncio.run(_report(settings, args))
        if args.command == "tokens":
            return asyncio.run(_tokens(settings, args))
        if args.command in ("purge", "rotate-key"):
            return asyncio.run(_privacy(settings, args))
        if args.command == "demo":
            return asyncio.run(_demo(settings))
        return asyncio.run(_run(settings, args.webhook))
    except SettingsError as error:
        print(f"tipline: setting {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _safe_url(url: str) -> str:
    """The database URL without its password, for printing."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


async def _catalogue(settings: Settings, args: argparse.Namespace) -> int:
    await asyncio.to_thread(upgrade, settings.database_url)
    db = Database(settings.database_url)
    try:
        if args.command == "import":
            return await catalogue_commands.run_import(db, args)
        return await catalogue_commands.run_export(db, args)
    finally:
        await db.dispose()


async def _report(settings: Settings, args: argparse.Namespace) -> int:
    await asyncio.to_thread(upgrade, settings.database_url)
    return await report_command.run_report(settings, args)


async def _tokens(settings: Settings, args: argparse.Namespace) -> int:
    await asyncio.to_thread(upgrade, settings.database_url)
    db = Database(settings.database_url)
    try:
        return await token_commands.run_tokens(db, args)
    finally:
        await db.dispose()


async def _privacy(settings: Settings, args: argparse.Namespace) -> int:
    await asyncio.to_thread(upgrade, settings.database_url)
    db = Database(settings.database_url)
    try:
        if args.command == "purge":
            return await privacy_commands.run_purge(settings, db, args)
        return await privacy_commands.run_rotate_key(settings, db)
    finally:
        await db.dispose()


def _demo_settings(settings: Settings) -> Settings:
    """The demo's own database (unless TIPLINE_DATABASE_URL names one) and a local secret."""
    settings = replace(settings, database_url=settings.demo_database_url)
    if settings.secret_key:
        return settings
    if not DEMO_SECRET_FILE.exists():
        DEMO_SECRET_FILE.write_text(secrets.token_urlsafe(32))
        DEMO_SECRET_FILE.chmod(0o600)
    return replace(settings, secret_key=DEMO_SECRET_FILE.read_text().strip())


DEMO_BANNER = """\
Tip-line demo: {count} sample fact-checks (SAMPLE DATA, written for this demo) in {db}.
Type a message you want checked, or the path of a picture, and press Enter. Try:
  Vote from your phone: text YES and your candidate's number to 4455, no need to go to the polls!
  La tinta indeleble se quita en segundos con vinagre y lejía, así que hay gente votando dos veces
You are also a fact-checker here: /queue lists unanswered claims,
  /answer <id> <verdict> <url> <summary...> answers one (every voter who sent it is told),
  /link <id> <fact-check id>, /dismiss <id> <reason>. /language changes language; /quit ends.
"""


DEMO_REFUSED = """\
tipline: {db} holds {count} fact-checks that are not the demo's sample data;
the demo will not mix invented fact-checks with them. Run the demo in another folder, or point
TIPLINE_DATABASE_URL at a database of its own."""


async def _demo(settings: Settings) -> int:
    settings = _demo_settings(settings)
    await asyncio.to_thread(upgrade, settings.database_url)
    db = Database(settings.database_url)
    try:
        foreign = await foreign_fact_checks(db, settings.publisher_name)
        if foreign:
            print(
                DEMO_REFUSED.format(db=_safe_url(settings.database_url), count=foreign),
                file=sys.stderr,
            )
            return 1
        report = await import_file(db, SAMPLE_PATH)
    finally:
        await db.dispose()
    if settings.telegram_bot_token:
        print(report.summary())
        return await _run(settings, None)
    terminal = console.ConsoleChannel(sys.stdout)
    tipline = await build_tipline(
        settings,
        extra_factcheckers=frozenset({(console.CHANNEL, console.CONSOLE_USER)}),
        extra_channels=[terminal],
    )
    print(
        DEMO_BANNER.format(
            count=tipline.index.fact_check_count, db=_safe_url(settings.database_url)
        )
    )
    try:
        await console.run_console(
            tipline.conversation,
            terminal,
            tipline.delivery.drain,
            language=settings.console_language,
        )
    finally:
        await tipline.db.dispose()
    print()
    return 0


async def _run(settings: Settings, webhook_url: str | None) -> int:
    webhook_url = webhook_url or settings.telegram_webhook_url
    if not settings.whatsapp_enabled:
        settings.require_telegram_token()  # a bot with no channel at all cannot run
    if webhook_url is not None:
        settings.require_telegram_token()
        settings.require_webhook_secret()
    tipline = await build_tipline(settings, webhook=webhook_url is not None)
    # What start-up loaded (the catalogue's match index, the models) lives as long as the
    # process: out of the cyclic collector's sight, a full collection no longer walks it, which
    # stalled the event loop 90-120 ms at a time under a burst (decision 120).
    gc.collect()
    gc.freeze()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(signum, stop.set)
    await tipline.start()
    runner: web.AppRunner | None = None
    try:
        if settings.serve_api or any(channel.routes() for channel in tipline.channels):
            runner = await _serve(tipline, webhook_url)
        print("tipline is running; press Ctrl+C to stop", file=sys.stderr)
        await stop.wait()
    finally:
        # The server stops first (requests in flight finish), then the channels finish the
        # message in hand; whatever was acknowledged but not handled waits in the inbox.
        if runner is not None:
            await runner.cleanup()
        await tipline.stop()
    return 0


async def _serve(tipline: Tipline, telegram_webhook_url: str | None) -> web.AppRunner:
    """Serve the webhooks on TIPLINE_HTTP_HOST:TIPLINE_HTTP_PORT; register Telegram's."""
    settings = tipline.settings
    runner = web.AppRunner(tipline.web_app())
    await runner.setup()
    await web.TCPSite(runner, settings.http_host, settings.http_port).start()
    print(f"serving webhooks on http://{settings.http_host}:{settings.http_port}", file=sys.stderr)
    if telegram_webhook_url is not None and tipline.telegram is not None:
        url = telegram_webhook_url
        if not url.endswith(TELEGRAM_WEBHOOK_PATH):
            url = url.rstrip("/") + TELEGRAM_WEBHOOK_PATH
        await tipline.telegram.application.bot.set_webhook(
            url=url,
            secret_token=settings.require_webhook_secret(),
            allowed_updates=[Update.MESSAGE, Update.CALLBACK_QUERY],
        )
    return runner


if __name__ == "__main__":
    raise SystemExit(main())
