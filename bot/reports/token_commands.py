"""`tipline tokens create|list|revoke`: the export API's tokens, printed once at creation."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from factchecks.api_tokens import create_token, list_tokens, revoke_token
from factchecks.database import Database


def add_token_arguments(parser: argparse.ArgumentParser) -> None:
    """`create <organisation>`, `list`, `revoke <id>`."""
    actions = parser.add_subparsers(dest="token_action", required=True)
    create = actions.add_parser("create", help="issue a token (printed once) for an organisation")
    create.add_argument("organisation")
    actions.add_parser("list", help="list tokens (never the tokens themselves)")
    revoke = actions.add_parser("revoke", help="revoke a token by its id")
    revoke.add_argument("token_id", type=int)


async def run_tokens(db: Database, args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Carry out the action; the exit status."""
    out = out or sys.stdout
    if args.token_action == "create":
        try:
            info, token = await create_token(db, args.organisation)
        except ValueError as error:
            print(f"tipline tokens: {error}", file=sys.stderr)
            return 2
        print(f"token {info.id} for {info.organisation} (shown once, keep it safe):", file=out)
        print(token, file=out)
        return 0
    if args.token_action == "list":
        for info in await list_tokens(db):
            state = f"revoked {info.revoked_at:%Y-%m-%d}" if info.revoked_at else "active"
            print(
                f"{info.id}\t{info.organisation}\tcreated {info.created_at:%Y-%m-%d}\t{state}",
                file=out,
            )
        return 0
    revoked = await revoke_token(db, args.token_id)
    if revoked is None:
        print(f"tipline tokens: no token with id {args.token_id}", file=sys.stderr)
        return 1
    print(f"token {revoked.id} ({revoked.organisation}) is revoked", file=out)
    return 0
