"""The export API and the open feeds on the aiohttp server (documented in docs/openapi.json).

`/api/v1/...` needs `Authorization: Bearer <token>` (`tipline tokens create <organisation>`): 401
without a token or with one we never issued, 403 with a revoked one, 429 (with Retry-After) past
the token's rate. Every figure goes through the same privacy floor as the report folder.
`/feeds/...` are open: the desk's own fact-checks and the bank of debunked pictures.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import time
from collections import deque
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from aiohttp import web

from bot.reports.folder import render_files
from bot.reports.tables import csv_files, summary
from bot.settings import Settings
from factchecks.api_tokens import TokenState, check_token
from factchecks.clock import utc_now
from factchecks.database import Database
from factchecks.open_feeds import claimreview_feed, image_hash_bank
from factchecks.reports.desk_record import desk_record
from factchecks.reports.figures import EVERYTHING, TipFilter
from factchecks.reports.period import (
    PeriodError,
    ReportPeriod,
    parse_period,
    range_period,
    timezone_named,
    week_period,
)
from factchecks.reports.privacy_floor import PublishedReport, publish
from factchecks.reports.sql_figures import sql_figures

log = logging.getLogger(__name__)

API_PREFIX = "/api/v1"
REPORT_PATH = API_PREFIX + "/reports/{name}"
STATS_PATH = API_PREFIX + "/stats"
CLAIMS_PATH = API_PREFIX + "/claims"
CLAIMREVIEW_FEED_PATH = "/feeds/claimreview.json"
IMAGE_HASHES_PATH = "/feeds/image-hashes.csv"
CSV_TABLES = ("claims", "daily", "hourly", "regions", "corrections", "escalations")
WINDOW_S = 60.0


class RateWindow:
    """At most `limit` requests per token in any `WINDOW_S` seconds (per process)."""

    def __init__(self, limit: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self._clock = clock
        self._seen: dict[int, deque[float]] = {}

    def retry_after_s(self, token_id: int) -> int | None:
        """None when the request may go ahead (and counts it), else seconds to wait."""
        now = self._clock()
        seen = self._seen.setdefault(token_id, deque())
        while seen and seen[0] <= now - WINDOW_S:
            seen.popleft()
        if len(seen) >= self.limit:
            return max(1, math.ceil(seen[0] + WINDOW_S - now))
        seen.append(now)
        return None


def _error(status: int, message: str, **headers: str) -> web.Response:
    return web.json_response({"error": message}, status=status, headers=headers)


def api_routes(db: Database, settings: Settings) -> list[web.RouteDef]:
    """The export API's and the feeds' routes."""
    window = RateWindow(settings.api_requests_per_minute)
    # An organisation named in TIPLINE_REPORTS sees, over the API too, only what its filter allows.
    scopes = {recipient.name: recipient.scope for recipient in settings.report_recipients}

    async def authorised(request: web.Request) -> web.Response | TipFilter:
        """The organisation's scope, or the refusal."""
        header = request.headers.get("Authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return _error(401, "a token is required", **{"WWW-Authenticate": "Bearer"})
        check = await check_token(db, token.strip())
        if check.state is TokenState.UNKNOWN or check.token is None:
            return _error(401, "unknown token", **{"WWW-Authenticate": "Bearer"})
        if check.state is TokenState.REVOKED:
            return _error(403, "this token was revoked")
        wait_s = window.retry_after_s(check.token.id)
        if wait_s is not None:
            return _error(429, "too many requests", **{"Retry-After": str(wait_s)})
        log.info("export API: %s %s", check.token.organisation, request.path)
        return scopes.get(check.token.organisation, EVERYTHING)

    async def published(period: ReportPeriod, scope: TipFilter) -> PublishedReport:
        figures = await sql_figures(db, period, scope=scope)
        k = settings.report_min_voters
        return replace(publish(figures, k), desk=await desk_record(db, period, k))

    async def report(request: web.Request) -> web.Response:
        scope = await authorised(request)
        if isinstance(scope, web.Response):
            return scope
        label, dot, extension = request.match_info["name"].rpartition(".")
        if not dot or extension not in ("json", "csv", "html"):
            return _error(404, "ask for <period>.json, <period>.csv or <period>.html")
        try:
            period = parse_period(label, settings.timezone)
        except PeriodError as error:
            return _error(400, str(error))
        found = await published(period, scope)
        generated_at = utc_now().astimezone(period.zone)
        if extension == "json":
            return web.json_response(summary(found, generated_at), dumps=_dumps)
        if extension == "csv":
            table = request.query.get("table", "claims")
            if table not in CSV_TABLES:
                return _error(400, f"table is one of {', '.join(CSV_TABLES)}")
            return web.Response(
                text=csv_files(found)[f"{table}.csv"], content_type="text/csv", charset="utf-8"
            )
        files = await asyncio.to_thread(render_files, found, generated_at)
        page = files["report.html"]
        assert isinstance(page, str)
        return web.Response(text=page, content_type="text/html", charset="utf-8")

    async def stats(request: web.Request) -> web.Response:
        scope = await authorised(request)
        if isinstance(scope, web.Response):
            return scope
        today = utc_now().astimezone(timezone_named(settings.timezone)).date()
        year, week, _ = date.isocalendar(today)
        period = week_period(f"{year}-W{week:02d}", settings.timezone)
        body = summary(await published(period, scope), utc_now().astimezone(period.zone))
        body.pop("top_claims")
        return web.json_response(body, dumps=_dumps)

    async def claims(request: web.Request) -> web.Response:
        scope = await authorised(request)
        if isinstance(scope, web.Response):
            return scope
        since = request.query.get("since", "")
        today = utc_now().astimezone(timezone_named(settings.timezone)).date()
        try:
            period = range_period(since, today.isoformat(), settings.timezone)
        except PeriodError as error:
            return _error(400, f"since: {error}")
        body = summary(await published(period, scope), utc_now().astimezone(period.zone))
        return web.json_response(
            {"period": body["period"], "scope": body["scope"], "claims": body["top_claims"]},
            dumps=_dumps,
        )

    async def claimreview(_request: web.Request) -> web.Response:
        feed = await claimreview_feed(db, settings.publisher_name, utc_now())
        return web.json_response(feed, dumps=_dumps, content_type="application/ld+json")

    async def image_hashes(_request: web.Request) -> web.Response:
        return web.Response(
            text=await image_hash_bank(db), content_type="text/csv", charset="utf-8"
        )

    return [
        web.get(REPORT_PATH, report),
        web.get(STATS_PATH, stats),
        web.get(CLAIMS_PATH, claims),
        web.get(CLAIMREVIEW_FEED_PATH, claimreview),
        web.get(IMAGE_HASHES_PATH, image_hashes),
    ]


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)
