"""`tipline purge [--dry-run]` and `tipline rotate-key`: retention by hand, and a new secret key.

`purge` runs the retention pass (`factchecks.retention`) now, or with `--dry-run` only says what
it would remove: counts per kind, never an identifier. `rotate-key` re-keys voters' pseudonyms
from TIPLINE_OLD_SECRET_KEY to TIPLINE_SECRET_KEY (both read through `Settings`, never from the
command line, where they would sit in the shell's history); stop every `tipline run` first and
start them again with the new key. docs/privacy.md says what the key protects.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import TextIO

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.inbound import PendingButton, PendingMessage, PendingPayloadError, decode_pending
from bot.setting_values import SettingsError
from bot.settings import Settings
from factchecks.clock import utc_now
from factchecks.database import Database
from factchecks.key_rotation import rotate_requesters
from factchecks.models import InboxStatus, InboxUpdate
from factchecks.pseudonyms import keyed_id, pseudonym
from factchecks.retention import purge


def add_privacy_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `purge` and `rotate-key` on the `tipline` command's sub-commands."""
    purger = commands.add_parser(
        "purge", help="remove what the retention settings (TIPLINE_RETAIN_*) say has expired"
    )
    purger.add_argument(
        "--dry-run", action="store_true", help="only count what would go (per kind)"
    )
    commands.add_parser(
        "rotate-key",
        help="re-key voters' pseudonyms from TIPLINE_OLD_SECRET_KEY to TIPLINE_SECRET_KEY",
    )


async def run_purge(
    settings: Settings,
    db: Database,
    args: argparse.Namespace,
    out: TextIO | None = None,
    clock: Callable[[], datetime] = utc_now,
) -> int:
    """The retention pass now (or its counts, with --dry-run); the exit status."""
    out = out or sys.stdout
    counts = await purge(db, settings.retention, clock(), dry_run=args.dry_run)
    verb = "would remove" if args.dry_run else "removed"
    print(f"tipline purge{' (dry run, nothing changed)' if args.dry_run else ''}:", file=out)
    for kind, count in counts.items():
        print(f"  {kind.value}: {verb} {count}", file=out)
    return 0


@dataclass
class InboxRotation:
    """Pending inbox rows: their voter (and album) keys re-made under the new key."""

    rekeyed: int = 0
    unreadable: int = 0  # a payload from before 0007, or broken: keeps its old keys


async def _rotate_pending_inbox(session: AsyncSession, new_key: str) -> InboxRotation:
    """Messages stored but not yet handled keep the voter's order under the new key (their
    parsed payload holds the sender's user id until they are handled)."""
    result = InboxRotation()
    rows = await session.exec(
        select(InboxUpdate).where(
            col(InboxUpdate.status) == InboxStatus.PENDING, col(InboxUpdate.voter).is_not(None)
        )
    )
    for row in rows.all():
        try:
            pending = decode_pending(row.payload or "")
        except PendingPayloadError:
            result.unreadable += 1
            continue
        sender = pending.press if isinstance(pending, PendingButton) else pending.message
        row.voter = pseudonym(new_key, row.channel, sender.user_id)
        if isinstance(pending, PendingMessage) and pending.album is not None:
            row.album = keyed_id(new_key, row.channel, "album", pending.album)
        session.add(row)
        result.rekeyed += 1
    return result


async def run_rotate_key(settings: Settings, db: Database, out: TextIO | None = None) -> int:
    """Re-key in one transaction; prints what became of the voters; the exit status."""
    out = out or sys.stdout
    new_key = settings.require_secret_key()
    old_key = settings.old_secret_key
    if not old_key:
        raise SettingsError("TIPLINE_OLD_SECRET_KEY", "the key to rotate from is required")
    if old_key == new_key:
        raise SettingsError("TIPLINE_OLD_SECRET_KEY", "is the same as TIPLINE_SECRET_KEY")
    async with db.transaction() as session:
        voters = await rotate_requesters(session, old_key, new_key)
        inbox = await _rotate_pending_inbox(session, new_key)
    print("tipline rotate-key: voters", file=out)
    for name, count in asdict(voters).items():
        print(f"  {name}: {count}", file=out)
    print(f"  pending inbox messages re-keyed: {inbox.rekeyed}", file=out)
    if inbox.unreadable:
        print(f"  pending inbox messages left under the old key: {inbox.unreadable}", file=out)
    print("Start every worker with the new TIPLINE_SECRET_KEY; destroy the old key.", file=out)
    return 0
