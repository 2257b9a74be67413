"""Export API tokens: created for an organisation, shown once, kept only as a SHA-256 hash.

A token is 32 random bytes (URL-safe base64 behind a `tl_` prefix), so a plain SHA-256 is enough
to keep it: there is nothing to brute-force, unlike a password, and a lookup by hash costs one
index probe per request.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlmodel import col, select

from factchecks.clock import as_utc, utc_now
from factchecks.database import Database
from factchecks.models import ApiToken

TOKEN_PREFIX = "tl_"
MAX_ORGANISATION_CHARS = 128


class TokenState(StrEnum):
    """What a presented token is."""

    VALID = "valid"
    REVOKED = "revoked"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class TokenInfo:
    """A token as listed (never the token itself)."""

    id: int
    organisation: str
    created_at: datetime
    revoked_at: datetime | None


@dataclass(frozen=True)
class TokenCheck:
    """The verdict on a presented token; `token` is set unless it is unknown."""

    state: TokenState
    token: TokenInfo | None = None


def token_hash(token: str) -> str:
    """The stored form of a token."""
    return hashlib.sha256(token.encode()).hexdigest()


def _info(row: ApiToken) -> TokenInfo:
    return TokenInfo(
        row.id or 0, row.organisation, as_utc(row.created_at) or utc_now(), as_utc(row.revoked_at)
    )


async def create_token(db: Database, organisation: str) -> tuple[TokenInfo, str]:
    """A new token for `organisation`: its listing and the token (shown once, never stored)."""
    organisation = organisation.strip()
    if not organisation or len(organisation) > MAX_ORGANISATION_CHARS:
        raise ValueError(f"an organisation name of 1-{MAX_ORGANISATION_CHARS} characters")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    async with db.transaction() as session:
        row = ApiToken(organisation=organisation, token_hash=token_hash(token))
        session.add(row)
        await session.flush()
        return _info(row), token


async def list_tokens(db: Database) -> list[TokenInfo]:
    """Every token, oldest first."""
    async with db.session() as session:
        rows = (await session.exec(select(ApiToken).order_by(col(ApiToken.id)))).all()
        return [_info(row) for row in rows]


async def revoke_token(db: Database, token_id: int) -> TokenInfo | None:
    """Revoke a token (kept, so a revoked token is told apart from a wrong one); None if no
    such id. Revoking twice keeps the first time."""
    async with db.transaction() as session:
        row = await session.get(ApiToken, token_id)
        if row is None:
            return None
        if row.revoked_at is None:
            row.revoked_at = utc_now()
            session.add(row)
        return _info(row)


async def check_token(db: Database, token: str) -> TokenCheck:
    """Whether `token` opens the API."""
    if not token.startswith(TOKEN_PREFIX):
        return TokenCheck(TokenState.UNKNOWN)
    async with db.session() as session:
        row = (
            await session.exec(select(ApiToken).where(ApiToken.token_hash == token_hash(token)))
        ).first()
    if row is None:
        return TokenCheck(TokenState.UNKNOWN)
    state = TokenState.VALID if row.revoked_at is None else TokenState.REVOKED
    return TokenCheck(state, _info(row))
