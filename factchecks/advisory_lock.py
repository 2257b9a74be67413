"""A PostgreSQL advisory lock held by one process at a time, on a connection of its own.

Session-level (`pg_try_advisory_lock`): PostgreSQL releases it when the holding connection ends,
so a worker killed with -9 lets go as soon as the server notices its socket closed, and another
worker takes over. SQLite has one process by design: the lock is always granted there.
"""

from __future__ import annotations

import hashlib
import logging

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncConnection

from factchecks.database import Database, is_sqlite

log = logging.getLogger(__name__)


def lock_key(name: str) -> int:
    """The lock's 64-bit key: the first 8 bytes of sha256(name), signed as PostgreSQL wants."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


class AdvisoryLock:
    """`try_acquire`, then `still_held` now and then, and `release`; see the module docstring."""

    def __init__(self, db: Database, name: str) -> None:
        self.name = name
        self._db = db
        self._key = lock_key(name)
        self._sqlite = is_sqlite(db.url)
        self._connection: AsyncConnection | None = None
        self._held = False

    @property
    def held(self) -> bool:
        """Whether this process holds the lock (as far as it last knew)."""
        return self._held

    async def try_acquire(self) -> bool:
        """Take the lock if nobody holds it; True when this process holds it now."""
        if self._held:
            return True
        if self._sqlite:
            self._held = True
            return True
        try:
            if self._connection is None:
                connection = await self._db.engine.connect()
                # Autocommit: the connection must not sit "idle in transaction" for hours.
                self._connection = await connection.execution_options(isolation_level="AUTOCOMMIT")
            got = await self._connection.scalar(
                text("SELECT pg_try_advisory_lock(:key)"), {"key": self._key}
            )
        except (SQLAlchemyError, OSError) as error:
            log.warning("advisory lock %s: cannot ask the database: %s", self.name, error)
            await self._drop_connection()
            return False
        self._held = bool(got)
        if not self._held:
            await self._drop_connection()  # do not keep a pooled connection while waiting
        return self._held

    async def still_held(self) -> bool:
        """Whether the lock is still ours: False once its connection is gone (the server then
        released it, and another process may hold it now)."""
        if not self._held or self._sqlite:
            return self._held
        assert self._connection is not None
        try:
            await self._connection.scalar(text("SELECT 1"))
        except (SQLAlchemyError, OSError) as error:
            log.warning("advisory lock %s lost with its connection: %s", self.name, error)
            self._held = False
            await self._drop_connection()
        return self._held

    async def release(self) -> None:
        """Let go of the lock (closing its connection would too)."""
        if self._held and self._connection is not None:
            try:
                await self._connection.scalar(
                    text("SELECT pg_advisory_unlock(:key)"), {"key": self._key}
                )
            except (SQLAlchemyError, OSError) as error:
                log.warning("advisory lock %s: unlock failed: %s", self.name, error)
        self._held = False
        await self._drop_connection()

    async def _drop_connection(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            try:
                await connection.close()
            except (DBAPIError, SQLAlchemyError, OSError):
                await connection.invalidate()
