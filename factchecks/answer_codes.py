"""Answer codes: a short code sent with every verdict (`V-7KQ2-M9XD`), that anyone can send
back to the bot to learn whether an answer (say, a forwarded screenshot) is really ours.

Eight characters of Crockford's base32 drawn from `secrets`: 40 bits, so guessing one of a
million issued codes takes about a million tries on average, and `/verify` is rate-limited per
sender. A code names a fact-check and a date, never the voter it was sent to.
"""

from __future__ import annotations

import re
import secrets
from datetime import datetime

from sqlalchemy import bindparam, func
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql.dml import ReturningInsert
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from factchecks.models import AnswerCode, FactCheck, VerifyAttempt
from factchecks.verdicts import Verdict

_ANSWER_CODE = AnswerCode.__table__  # type: ignore[attr-defined]


def _insert_unless_taken(
    dialect: type[postgresql.Insert] | type[sqlite.Insert],
) -> ReturningInsert[tuple[int]]:
    """INSERT a code, doing nothing when it is taken; RETURNING its id (none when taken)."""
    return (
        dialect(_ANSWER_CODE)
        .values(
            code=bindparam("code"),
            fact_check_id=bindparam("fact_check_id"),
            verdict=bindparam("verdict"),
            created_at=bindparam("created_at"),
        )
        .on_conflict_do_nothing(index_elements=["code"])
        .returning(_ANSWER_CODE.c.id)
    )


# Built once per dialect: every automatic answer issues a code (decision 119's reason).
_ISSUE = {
    "postgresql": _insert_unless_taken(postgresql.Insert),
    "sqlite": _insert_unless_taken(sqlite.Insert),
}

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
CODE_CHARS = 8  # 40 bits
PREFIX = "V"
# A message that is only a code, as we print it (dashes required: a bare 8-letter word is not one).
_PRINTED = re.compile(r"^\s*V-[0-9A-Z]{4}-[0-9A-Z]{4}\s*$", re.IGNORECASE)
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def new_code() -> str:
    """A fresh random code, normalised (8 characters, no prefix, no dashes)."""
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_CHARS))


def shown(code: str) -> str:
    """`7KQ2M9XD` as voters see it: `V-7KQ2-M9XD`."""
    return f"{PREFIX}-{code[:4]}-{code[4:]}"


def looks_like_code(text: str) -> bool:
    """Whether a whole message is a code as we print it (`V-7KQ2-M9XD`): then it is a
    `/verify`, not a claim."""
    return _PRINTED.match(text) is not None


def normalise(typed: str) -> str | None:
    """The code in what someone typed (`v-7kq2-m9xd`, `7KQ2 M9XD`, `V7KQ2M9X0`), or None if it
    cannot be one. Lookalike letters (O, I, L) are read as the digits they resemble."""
    text = typed.strip().upper()
    if text.startswith(f"{PREFIX}-"):
        text = text[len(PREFIX) + 1 :]
    chars = re.sub(r"[\s-]", "", text)
    if len(chars) == CODE_CHARS + len(PREFIX) and chars.startswith(PREFIX):
        chars = chars[len(PREFIX) :]
    code = chars.translate(_LOOKALIKES)
    return code if len(code) == CODE_CHARS and all(c in ALPHABET for c in code) else None


async def issue(session: AsyncSession, fact_check: FactCheck, at: datetime) -> str:
    """Store a new code for an answer with `fact_check` (its verdict now) and return it.

    One INSERT that skips a code already taken (the unique constraint decides), then another
    code: one round trip per answer rather than a look-up and an insert."""
    statement = _ISSUE[session.get_bind().dialect.name]
    while True:
        code = new_code()
        inserted = await session.exec(
            statement,
            params={
                "code": code,
                "fact_check_id": fact_check.id or 0,
                "verdict": Verdict(fact_check.verdict),
                "created_at": at,
            },
        )
        if inserted.first() is not None:
            return code


async def find(session: AsyncSession, code: str) -> tuple[AnswerCode, FactCheck] | None:
    """The answer sent with `code` (normalised) and its fact-check, if we sent one."""
    row = (await session.exec(select(AnswerCode).where(col(AnswerCode.code) == code))).first()
    if row is None:
        return None
    fact_check = await session.get(FactCheck, row.fact_check_id)
    return (row, fact_check) if fact_check is not None else None


async def attempt(session: AsyncSession, requester_id: int, at: datetime, since: datetime) -> int:
    """Record one `/verify` by `requester_id`; how many they made since `since`, this one
    included."""
    session.add(VerifyAttempt(requester_id=requester_id, at=at))
    await session.flush()
    return (
        await session.exec(
            select(func.count())
            .select_from(VerifyAttempt)
            .where(col(VerifyAttempt.requester_id) == requester_id, col(VerifyAttempt.at) >= since)
        )
    ).one()
