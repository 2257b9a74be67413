"""`GET /metrics` (Prometheus) and `GET /healthz` (JSON), served by every worker.

`/healthz` answers 503 when the database does not answer: this worker can store nothing, so a
load balancer should send webhooks elsewhere. A channel whose platform does not answer is
reported (`"status": "degraded"`) with a 200: every worker shares that problem, and taking them
all out of the balancer would also drop the webhooks of the channels that work. Platform
answers are remembered for `CHANNEL_CHECK_TTL_S`, so frequent health checks do not spend the
platforms' rate limits. `"match_process"` says where this worker searches the catalogue now
(`building`: its matching process is still building its copy, the worker searches meanwhile;
`ready`; `failed`; `off`): informative only, a worker answers in every one of them.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from aiohttp import web
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from bot.channel import Channel
from bot.metrics import CONTENT_TYPE, Metrics
from factchecks.database import Database
from factchecks.match_index import MatchIndex

log = logging.getLogger(__name__)

CHECK_TIMEOUT_S = 5.0
CHANNEL_CHECK_TTL_S = 30.0


@dataclass
class StatusPages:
    """The two status routes of one process."""

    db: Database
    metrics: Metrics
    channels: Sequence[Channel]
    index: MatchIndex | None = None
    _checked: dict[str, tuple[float, bool]] = field(default_factory=dict)

    def routes(self) -> list[web.RouteDef]:
        """`/metrics` and `/healthz`."""
        return [web.get("/metrics", self.metrics_page), web.get("/healthz", self.health_page)]

    async def metrics_page(self, _request: web.Request) -> web.Response:
        """The Prometheus exposition (backlog read from the database now)."""
        versions = self.index.applied_versions if self.index is not None else {}
        body = await self.metrics.render(
            self.db, [channel.name for channel in self.channels], versions
        )
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE})

    async def health_page(self, _request: web.Request) -> web.Response:
        """Whether the database and each channel's platform answer."""
        database = await self._database_ok()
        channels = dict(
            zip(
                [channel.name for channel in self.channels],
                await asyncio.gather(*(self._channel_ok(c) for c in self.channels)),
                strict=True,
            )
        )
        status = "ok" if database and all(channels.values()) else "degraded"
        if not database:
            status = "unavailable"
        body: dict[str, object] = {"status": status, "database": database, "channels": channels}
        process = self.index.match_process if self.index is not None else None
        body["match_process"] = process.value if process is not None else "off"  # informative
        return web.json_response(body, status=200 if database else 503)

    async def _database_ok(self) -> bool:
        try:
            async with asyncio.timeout(CHECK_TIMEOUT_S), self.db.engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
        except (SQLAlchemyError, OSError, TimeoutError) as error:
            log.warning("health check: the database does not answer: %s", type(error).__name__)
            return False
        return True

    async def _channel_ok(self, channel: Channel) -> bool:
        checked = self._checked.get(channel.name)
        if checked is not None and time.monotonic() - checked[0] < CHANNEL_CHECK_TTL_S:
            return checked[1]
        try:
            async with asyncio.timeout(CHECK_TIMEOUT_S):
                ok = await channel.reachable()
        except TimeoutError:
            ok = False
        self._checked[channel.name] = (time.monotonic(), ok)
        return ok
