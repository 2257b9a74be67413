"""Alembic environment: async engine, SQLModel metadata, URL from the caller or the environment.

`factchecks.migrations.upgrade(url)` passes the URL through the Alembic config; the `alembic`
command line reads `TIPLINE_DATABASE_URL` (default: the embedded SQLite file).
"""

from __future__ import annotations

import asyncio
import os

from alembic import context
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import create_async_engine

import factchecks.models  # noqa: F401  (registers every table on the metadata)
from factchecks.models import metadata

config = context.config
url = config.get_main_option("sqlalchemy.url") or os.environ.get(
    "TIPLINE_DATABASE_URL", "sqlite+aiosqlite:///./tipline.db"
)


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


async def _run_async() -> None:
    engine = create_async_engine(url, hide_parameters=True)  # no data values in an error
    async with engine.connect() as connection:
        await connection.run_sync(_run)
    await engine.dispose()


if context.is_offline_mode():
    context.configure(url=url, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    asyncio.run(_run_async())
