"""What `GET /metrics` shows, in the Prometheus text format (prometheus-client).

Each process has its own registry and is scraped on its own (Prometheus adds the `instance`
label; sum across instances for the tip-line's totals). Counters and the match-latency histogram
count what this process did. The backlog (inbox, outbox) and the rate-limited voters are read
from the database at scrape time: they are the same whole picture from every worker (take the
max, not the sum). No multiprocess mode: it needs a directory shared by processes on one
machine, and workers run on several.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from enum import StrEnum

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from factchecks import backlog
from factchecks.database import Database

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
RATE_LIMIT_WINDOW = timedelta(hours=1)
# Seconds: matching costs about 8 ms a tip on one core; the tail shows waiting for a core.
MATCH_BUCKETS_S = (0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)
# Seconds to answer a platform's webhook call: Meta and Telegram retry a slow one, and the
# load benchmark's target for the 99th percentile is 0.25 s (issue 10).
WEBHOOK_BUCKETS_S = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class Outcome(StrEnum):
    """How a tip was settled."""

    ANSWERED = "answered"  # automatically, from the catalogue
    QUEUED = "queued"  # for the fact-checkers
    UNUSABLE = "unusable"  # nothing to check; the voter was told


class SendFailure(StrEnum):
    """Why a send failed (the label of `tipline_send_failures_total`)."""

    TRANSIENT = "transient"  # flood control, a server error, the network: retried
    PERMANENT = "permanent"  # blocked, chat gone, rejected: not retried
    OUTSIDE_WINDOW = "outside_window"  # WhatsApp's 24-hour window: held for the voter
    GAVE_UP = "gave_up"  # transient too many times


class Metrics:
    """One process's metrics; `render` reads the backlog and writes the exposition."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        registry = self.registry
        self.tips_received = Counter(
            "tipline_tips_received",
            "Tips stored by this process, by channel",
            ["channel"],
            registry=registry,
        )
        self.tips_settled = Counter(
            "tipline_tips_settled",
            "Tips settled by this process: answered automatically, queued, or unusable",
            ["channel", "outcome"],
            registry=registry,
        )
        self.send_failures = Counter(
            "tipline_send_failures",
            "Sends that failed in this process, by channel and reason",
            ["channel", "reason"],
            registry=registry,
        )
        self.match_seconds = Histogram(
            "tipline_match_seconds",
            "Time to search the catalogue for one tip (waiting for a core included)",
            buckets=MATCH_BUCKETS_S,
            registry=registry,
        )
        self.webhook_seconds = Histogram(
            "tipline_webhook_seconds",
            "Time to answer a platform's webhook call (checked and stored, or refused), by "
            "channel and HTTP status",
            ["channel", "status"],
            buckets=WEBHOOK_BUCKETS_S,
            registry=registry,
        )
        self.inbox_backlog = Gauge(
            "tipline_inbox_backlog",
            "Updates received and not yet processed (all workers), by channel",
            ["channel"],
            registry=registry,
        )
        self.inbox_oldest_age = Gauge(
            "tipline_inbox_oldest_age_seconds",
            "Age of the oldest unprocessed update (all workers), by channel",
            ["channel"],
            registry=registry,
        )
        self.outbox_backlog = Gauge(
            "tipline_outbox_backlog",
            "Messages due and not yet sent (all workers), by channel",
            ["channel"],
            registry=registry,
        )
        self.outbox_oldest_age = Gauge(
            "tipline_outbox_oldest_due_age_seconds",
            "How long the oldest due message has waited (all workers), by channel",
            ["channel"],
            registry=registry,
        )
        self.index_version = Gauge(
            "tipline_index_version",
            "The version of each part of the match index this process has applied (compare "
            "workers: one far behind the others is not refreshing)",
            ["stream"],
            registry=registry,
        )
        self.rate_limited_voters = Gauge(
            "tipline_rate_limited_voters",
            "Voters with a message over the tip limit in the last hour (all workers), by channel",
            ["channel"],
            registry=registry,
        )

    def tip_received(self, channel: str) -> None:
        """A tip was stored (not a redelivery)."""
        self.tips_received.labels(channel=channel).inc()

    def tip_settled(self, channel: str, outcome: Outcome) -> None:
        """A tip was answered, queued or found unusable."""
        self.tips_settled.labels(channel=channel, outcome=outcome.value).inc()

    def send_failed(self, channel: str, reason: SendFailure) -> None:
        """A send failed."""
        self.send_failures.labels(channel=channel, reason=reason.value).inc()

    def observe_match_s(self, seconds: float) -> None:
        """One catalogue search took `seconds`."""
        self.match_seconds.observe(seconds)

    def observe_webhook_s(self, channel: str, status: int, seconds: float) -> None:
        """A webhook call of `channel` was answered with `status` after `seconds`."""
        self.webhook_seconds.labels(channel=channel, status=str(status)).observe(seconds)

    async def render(
        self, db: Database, channels: list[str], index_versions: Mapping[str, int]
    ) -> bytes:
        """The exposition, with the backlog read from the database now (every configured
        channel appears, at 0 when nothing waits) and the index versions applied here."""
        for stream, version in index_versions.items():
            self.index_version.labels(stream=stream).set(version)
        async with db.session() as session:
            inbox = await backlog.inbox_backlog(session)
            outbox = await backlog.outbox_backlog(session)
            limited = await backlog.rate_limited_voters(session, RATE_LIMIT_WINDOW)
        for gauges, rows in (
            ((self.inbox_backlog, self.inbox_oldest_age), inbox),
            ((self.outbox_backlog, self.outbox_oldest_age), outbox),
        ):
            count_gauge, age_gauge = gauges
            found = {row.channel: row for row in rows}
            for channel in sorted(set(channels) | found.keys()):
                row = found.get(channel)
                count_gauge.labels(channel=channel).set(row.count if row else 0)
                age_gauge.labels(channel=channel).set(row.oldest_age_s if row else 0.0)
        for channel in sorted(set(channels) | limited.keys()):
            self.rate_limited_voters.labels(channel=channel).set(limited.get(channel, 0))
        return generate_latest(self.registry)
