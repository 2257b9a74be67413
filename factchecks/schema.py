"""Bring a database's schema to the newest revision (Alembic), from Python.

Synchronous on purpose: Alembic's async environment runs its own event loop, so call this before
starting the bot's loop (the CLI does) or through `asyncio.to_thread` from async code (tests do).
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

import migrations

MIGRATIONS_DIR = Path(migrations.__file__).resolve().parent


def alembic_config(url: str) -> Config:
    """An Alembic config for `url` that finds the migration scripts wherever the package is."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(url: str) -> None:
    """Apply every migration not yet applied to the database at `url`."""
    command.upgrade(alembic_config(url), "head")
