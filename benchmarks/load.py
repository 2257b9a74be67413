"""Election-day load: real `tipline run` processes driven through signed WhatsApp webhooks.

    python -m benchmarks.load                  # 2,000 tips, catalogue of 5,000 fact-checks
    python -m benchmarks.load --tips 200       # a quick look

Each configuration (`CONFIGURATIONS`: SQLite with one process; PostgreSQL with one, then two
processes; each worker with its matching process, the default on two cores, and for PostgreSQL
also with matching in the worker, TIPLINE_MATCH_PROCESS=off) gets a fresh database with the
same catalogue (the CheckThat! claims when ../shared/benchdata is there, else generated ones)
and runs the installed `tipline run` (TIPLINE_SEMANTIC=off, TIPLINE_MULTILINGUAL=off) against a
fake Graph API in this process (`tests.fakes.graph_api`).
Every tip comes from its own voter and is a catalogue claim, so each is answered automatically.
POSTs alternate between the processes, as a load balancer would.

- **Capacity**: every tip POSTed as fast as `POSTERS` concurrent senders can; tips/s is the
  number of tips over the time from the first POST to the last first reply. The acknowledge
  times (POST to its 200) of this run give the ack p50/p99 under full load, as the posting
  client sees them; the workers' `/metrics` (`tipline_webhook_seconds`) give their own view.
- **Below capacity**: `BELOW_SHARE` of the measured capacity, tips spaced evenly; reply p50/p99
  is POST to the reply's acceptance by the fake.
- **Bare matcher**: `matching.Matcher.search` over the same catalogue and tips, one core, in
  this process, measured in the same run: the ceiling the end-to-end rate is compared with.
- **Peak memory**: each worker's VmHWM (peak resident set) just before it stops, plus its
  children's (the matching process, with its second copy of the index).

This process's own garbage collector is held off while it times (a collection of its heap would
count as the workers' latency). The fake's pacing limits are lifted
(WHATSAPP_MAX_MESSAGES_PER_S=1000): the figure is what the tip-line can do, not what Meta lets it
send. On a small machine the benchmark process (posting, signing, the fake) competes with the
workers for the same cores.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import math
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import asyncpg
from sqlalchemy.engine import make_url

from benchmarks.text_data import load_factchecks, missing_reason
from bot.metrics import WEBHOOK_BUCKETS_S
from factchecks import catalogue as catalogue_store
from factchecks.database import Database
from factchecks.importer import import_file
from factchecks.match_index import MatchIndex
from factchecks.records import FactCheckRecord
from factchecks.schema import upgrade
from factchecks.verdicts import Verdict
from matching import Matcher
from tests.fakes import graph_api as wa
from tests.fakes.graph_api import FakeGraphAPI
from tests.workers.harness import Worker, free_port, start_worker, worker_environment

POSTGRES_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
CATALOGUE_SIZE = 5_000
POSTERS = 32  # concurrent webhook senders in the capacity run
BELOW_SHARE = 0.5  # the below-capacity run's rate, as a share of the measured capacity
BELOW_TIPS_MAX = 400  # enough for a p99; a longer run says nothing more
REPLY_TIMEOUT_S = 600.0
# The targets (issue 10).
TARGET_SHARE_OF_MATCHER = 0.5
TARGET_TWO_OVER_ONE = 1.6
TARGET_REPLY_P99_S = 2.0
TARGET_ACK_P99_S = 0.25
# What a worker logs when its matching process fails (factchecks.match_replica).
CHILD_FAILED = "the matching process failed"
# (database, processes, matching process): the default (a matching process each), and matching
# in each worker, as docs/deployment.md advises when the workers are as many as the cores.
CONFIGURATIONS = (
    ("sqlite", 1, True),
    ("postgresql", 1, True),
    ("postgresql", 1, False),
    ("postgresql", 2, False),
    ("postgresql", 2, True),
)
# The quick run (`--quick`, and the suite's end-to-end test of this path): each database once,
# and two workers with their matching processes, the shape a growing deployment takes.
QUICK_CONFIGURATIONS = (
    ("sqlite", 1, True),
    ("postgresql", 2, True),
)

_SUBJECTS = (
    "The mayor",
    "The electoral commission",
    "A candidate for governor",
    "The ruling party",
    "Election officials",
    "The opposition leader",
    "Foreign observers",
    "The national police",
)
_CLAIMS = (
    "ordered {n} ballot boxes to be burned in {place}",
    "will move every polling station in {place} to the stadium",
    "paid voters {n} dollars each in {place}",
    "printed {n} extra ballots in a warehouse in {place}",
    "says people in {place} can vote by text message this year",
    "closed {n} polling stations early in {place}",
    "found {n} dead people on the voter roll of {place}",
    "will count the votes of {place} in secret",
)
_PLACES = (
    "the harbour district",
    "the northern province",
    "the capital",
    "the river valley",
    "the mining towns",
    "the coastal villages",
    "the university quarter",
    "the old market",
)


@dataclass(frozen=True)
class Catalogue:
    """The claims of the benchmark's catalogue (tip i is claim i), and where they came from."""

    claims: tuple[str, ...]
    source: str


def catalogue(size: int) -> Catalogue:
    """CheckThat! claims when the shared data is there, else generated, distinct claims."""
    if missing_reason() is None:
        claims = tuple(dict.fromkeys(factcheck.claim for factcheck in load_factchecks()))
        return Catalogue(claims[:size], "CheckThat! 2021 2a claims")
    rng = random.Random(10)
    generated = dict.fromkeys(
        f"{rng.choice(_SUBJECTS)} {rng.choice(_CLAIMS)}".format(
            n=rng.randint(2, 99_999), place=rng.choice(_PLACES)
        )
        for _ in range(size * 3)
    )
    return Catalogue(tuple(list(generated)[:size]), "generated claims")


def write_catalogue(path: Path, claims: Sequence[str]) -> None:
    """The claims as a JSON Lines import file."""
    with path.open("w", encoding="utf-8") as file:
        for index, claim in enumerate(claims):
            record = {
                "claim": claim,
                "rating": "False",
                "url": f"https://factchecks.example/load/{index}",
                "summary": f"Checked: {claim[:80]}",
                "publisher": "Load Desk",
                "language": "en",
            }
            file.write(json.dumps(record, ensure_ascii=False) + "\n")


def bare_matcher_rate(claims: Sequence[str], tips: Sequence[str]) -> float:
    """Searches per second of the bare `Matcher` over the catalogue, on one core."""
    matcher: Matcher[int] = Matcher()
    for key, claim in enumerate(claims):
        matcher.add_text(key, claim, "en")
    matcher.search(text=tips[0])  # first-search set-up outside the timing
    started = time.perf_counter()
    for tip in tips:
        matcher.search(text=tip)
    return len(tips) / (time.perf_counter() - started)


@dataclass(frozen=True)
class Refresh:
    """How a worker follows a catalogue change: a full reload against the incremental refresh."""

    load_s: float
    refresh_one_ms: float
    refresh_none_ms: float


async def index_refresh(url: str) -> Refresh:
    """On a database with the catalogue: time a full `MatchIndex.load`, then `refresh` after one
    fact-check is added elsewhere, then `refresh` with nothing new (median of 20)."""
    db = Database(url)
    try:
        index = MatchIndex()
        started = time.perf_counter()
        await index.load(db)
        load_s = time.perf_counter() - started
        record = FactCheckRecord(
            claim="A new claim answered on another worker", verdict=Verdict.FALSE, language="en"
        )
        async with db.transaction() as session:
            await catalogue_store.upsert_record(session, record)
        started = time.perf_counter()
        await index.refresh(db)
        one_ms = (time.perf_counter() - started) * 1000
        idle = []
        for _ in range(20):
            started = time.perf_counter()
            await index.refresh(db)
            idle.append((time.perf_counter() - started) * 1000)
    finally:
        await db.dispose()
    return Refresh(load_s, one_ms, statistics.median(idle))


def percentile(values: Sequence[float], share: float) -> float:
    """The `share` quantile (0..1) of `values`, nearest rank."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


@dataclass
class Run:
    """What one configuration measured."""

    name: str
    processes: int
    tips: int
    # Whether each worker searched the catalogue in its child process (TIPLINE_MATCH_PROCESS).
    match_process: bool = True
    rate_tips_s: float = 0.0
    ack_p50_ms: float = 0.0
    ack_p99_ms: float = 0.0
    # The workers' own view (`tipline_webhook_seconds`): the bucket bound under which 99% of
    # the capacity run's webhook calls were answered, from reaching the handler to the answer
    # (NaN: no call answered 200; inf: above every bound).
    server_ack_p99_bound_s: float = float("nan")
    unanswered: int = 0
    below_rate_tips_s: float = 0.0
    below_tips: int = 0
    reply_p50_s: float = 0.0
    reply_p99_s: float = 0.0
    below_unanswered: int = 0
    peak_mb: list[float] = field(default_factory=list)
    # From starting the workers to every one answering /healthz with its matching process built
    # (the capacity run starts then: a burst meets a running bot, not one still starting).
    start_s: float = 0.0
    # Whether a worker's log says its matching process failed during the runs.
    child_failed: bool = False
    note: str = ""


async def server_ack_p99_bound(workers: Sequence[Worker]) -> float:
    """The smallest bucket bound of `tipline_webhook_seconds` (answered 200, all workers) under
    which at least 99% of the webhook calls so far were answered; inf when above every bound,
    NaN when no call was answered 200."""
    counts: dict[float, float] = {}
    for worker in workers:
        for (name, labels), count in (await worker.metrics()).items():
            found = dict(labels)
            if name == "tipline_webhook_seconds_bucket" and found.get("status") == "200":
                bound = float(found["le"])
                counts[bound] = counts.get(bound, 0.0) + count
    total = counts.get(float("inf"), 0.0)
    for bound in sorted(counts):
        if total and counts[bound] >= 0.99 * total:
            return bound
    return float("nan")


def _bound(seconds: float) -> str:
    """A bucket bound as the table shows it: "≤ 100 ms", "—" (nothing), "> 10000 ms"."""
    if math.isnan(seconds):
        return "—"
    if math.isinf(seconds):
        return f"> {WEBHOOK_BUCKETS_S[-1] * 1000:.0f} ms"
    return f"≤ {seconds * 1000:.0f} ms"


def _peak_mb(worker: Worker) -> float:
    """The worker's peak resident set, plus its children's (the matching process and the
    standard library's resource tracker that comes with it)."""
    pids = [worker.process.pid, *_children(worker.process.pid)]
    return sum(_vm_hwm_mb(pid) for pid in pids)


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                if int(fields[1]) == pid:
                    found.append(int(entry.name))
    return found


def _vm_hwm_mb(pid: int) -> float:
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


class Driver:
    """POSTs signed webhooks to the workers and times acknowledgements and replies."""

    def __init__(self, graph: FakeGraphAPI, workers: Sequence[Worker]) -> None:
        self.graph = graph
        self.workers = list(workers)
        self.posted_at: dict[str, float] = {}
        self.acks_s: list[float] = []

    async def post(self, n: int, voter: str, text: str) -> None:
        worker = self.workers[n % len(self.workers)]
        payload = self.graph.webhook_payload([wa.text_message(voter, text)])
        self.posted_at[voter] = started = time.monotonic()
        status = await self.graph.deliver_webhook(worker.webhook_url, payload, timeout=60)
        self.acks_s.append(time.monotonic() - started)
        if status != 200:
            raise RuntimeError(f"{worker.name} answered {status}")

    def first_replies(self) -> dict[str, float]:
        """When each voter's first reply was accepted."""
        first: dict[str, float] = {}
        for message in self.graph.sent:
            first.setdefault(message.to, message.received_at)
        return first

    async def wait_for_replies(self, voters: Sequence[str], timeout_s: float) -> dict[str, float]:
        deadline = time.monotonic() + timeout_s
        wanted = set(voters)
        while True:
            first = self.first_replies()
            if wanted <= first.keys() or time.monotonic() > deadline:
                return {voter: first[voter] for voter in voters if voter in first}
            await asyncio.sleep(0.05)


@contextlib.contextmanager
def _no_collection_pauses() -> Iterator[None]:
    """This process's cyclic garbage collector held off while it times: a full collection
    of the benchmark's own heap stalled its event loop up to 0.2-0.3 s, and every POST in
    flight then counted the stall in its acknowledgement (decision 132). What start-up made is
    frozen out of the collector's sight, as `tipline run` does with its own."""
    gc.collect()
    gc.freeze()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.unfreeze()


async def _capacity(run: Run, driver: Driver, voters: list[str], tips: list[str]) -> None:
    gate = asyncio.Semaphore(POSTERS)

    async def one(n: int) -> None:
        async with gate:
            await driver.post(n, voters[n], tips[n])

    started = time.monotonic()
    await asyncio.gather(*(one(n) for n in range(len(voters))))
    replies = await driver.wait_for_replies(voters, REPLY_TIMEOUT_S)
    run.unanswered = len(voters) - len(replies)
    finished = max(replies.values()) if replies else time.monotonic()
    run.rate_tips_s = len(replies) / (finished - started)
    run.ack_p50_ms = percentile(driver.acks_s, 0.5) * 1000
    run.ack_p99_ms = percentile(driver.acks_s, 0.99) * 1000


async def _below_capacity(run: Run, driver: Driver, voters: list[str], tips: list[str]) -> None:
    rate = max(1.0, run.rate_tips_s * BELOW_SHARE)
    run.below_rate_tips_s, run.below_tips = rate, len(voters)
    started = time.monotonic()
    posts = []
    for n in range(len(voters)):
        # Even spacing at the chosen rate: a benchmark's pacing, not a test's wait.
        await asyncio.sleep(max(0.0, started + n / rate - time.monotonic()))
        posts.append(asyncio.create_task(driver.post(n, voters[n], tips[n])))
    await asyncio.gather(*posts)
    replies = await driver.wait_for_replies(voters, REPLY_TIMEOUT_S)
    run.below_unanswered = len(voters) - len(replies)
    latencies = [replies[v] - driver.posted_at[v] for v in voters if v in replies]
    run.reply_p50_s = percentile(latencies, 0.5)
    run.reply_p99_s = percentile(latencies, 0.99)


async def _fresh_database(kind: str, folder: Path, import_path: Path) -> tuple[str, str | None]:
    """A migrated database with the catalogue; (url, the PostgreSQL name to drop or None)."""
    if kind == "sqlite":
        url = f"sqlite+aiosqlite:///{folder / f'load-{uuid.uuid4().hex[:8]}.db'}"
        name = None
    else:
        name = f"tipline_load_{uuid.uuid4().hex[:10]}"
        connection = await asyncpg.connect(_dsn(POSTGRES_URL), timeout=5)
        try:
            await connection.execute(f'CREATE DATABASE "{name}"')
        finally:
            await connection.close()
        url = make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    await asyncio.to_thread(upgrade, url)
    db = Database(url)
    try:
        await import_file(db, import_path)
    finally:
        await db.dispose()
    return url, name


def _dsn(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


async def _drop(name: str | None) -> None:
    if name is None:
        return
    connection = await asyncpg.connect(_dsn(POSTGRES_URL), timeout=5)
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await connection.close()


async def measure(
    kind: str,
    processes: int,
    match_process: bool,
    claims: Sequence[str],
    tips: int,
    folder: Path,
    import_path: Path,
) -> Run:
    """One configuration: fresh database, workers, the two runs, peak memory."""
    run = Run(
        f"{'SQLite' if kind == 'sqlite' else 'PostgreSQL'}, {processes} process"
        f"{'es' if processes > 1 else ''}"
        f"{'' if match_process else ', matching in the worker'}",
        processes,
        tips,
        match_process,
    )
    try:
        url, name = await _fresh_database(kind, folder, import_path)
    except (OSError, asyncpg.PostgresError) as error:
        run.note = f"not measured: no PostgreSQL at {_dsn(POSTGRES_URL)} ({error})"
        return run
    workers: list[Worker] = []
    try:
        async with FakeGraphAPI() as graph:
            started = time.perf_counter()
            workers = list(
                await asyncio.gather(
                    *(
                        start_worker(
                            f"{kind}-{i}",
                            worker_environment(
                                url,
                                graph,
                                free_port(),
                                TIPLINE_MATCH_PROCESS="on" if match_process else "off",
                            ),
                            folder,
                            built=True,
                        )
                        for i in range(processes)
                    )
                )
            )
            run.start_s = time.perf_counter() - started
            texts = [claims[n % len(claims)] for n in range(tips)]
            capacity = Driver(graph, workers)
            with _no_collection_pauses():
                await _capacity(run, capacity, [f"5511{n:09d}" for n in range(tips)], texts)
            run.server_ack_p99_bound_s = await server_ack_p99_bound(workers)
            below = min(tips, BELOW_TIPS_MAX)
            offset = len(claims) // 2  # other claims than the capacity run's first ones
            with _no_collection_pauses():
                await _below_capacity(
                    run,
                    Driver(graph, workers),
                    [f"5522{n:09d}" for n in range(below)],
                    [claims[(offset + n) % len(claims)] for n in range(below)],
                )
            run.peak_mb = [_peak_mb(worker) for worker in workers]
            run.child_failed = any(CHILD_FAILED in worker.log() for worker in workers)
    finally:
        for worker in workers:
            await worker.stop()
        await _drop(name)
    return run


def markdown(
    runs: Sequence[Run],
    matcher_rate: float,
    source: str,
    catalogue_size: int,
    tips: int,
    refresh: Refresh,
) -> str:
    """The report section."""
    lines = [
        "## Load: real `tipline run` processes through signed WhatsApp webhooks",
        "",
        f"Catalogue of {catalogue_size:,} fact-checks ({source}); {tips:,} tips, each a "
        f"catalogue claim from its own voter, POSTed by {POSTERS} concurrent senders and "
        f"alternated between the processes; then a below-capacity run at "
        f"{BELOW_SHARE:.0%} of the measured rate (up to {BELOW_TIPS_MAX} tips). Semantic "
        "re-ranking and matching across languages off; the fake's send pacing lifted; the "
        "benchmark process's own garbage collector held off while it times. The workers' own "
        "view of the capacity run's acknowledgements is the `tipline_webhook_seconds` bucket "
        "under which 99% of them were answered (from reaching the handler to the answer, so "
        "without the wait for the event loop before it). "
        "Measured in this run: the bare "
        f"matcher (`Matcher.search`, one core) does **{matcher_rate:.0f} searches/s**.",
        "",
        "| configuration | tips/s end to end | share of bare matcher | ack p50 / p99 (ms) | "
        "ack p99, workers' own view | below-capacity rate | reply p50 / p99 (s) | unanswered | "
        "peak memory per worker (with its matching process) | ready after (s) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|---:|",
    ]
    for run in runs:
        if run.note:
            lines.append(f"| {run.name} | {run.note} | | | | | | | | |")
            continue
        peaks = ", ".join(f"{mb:.0f} MB" for mb in run.peak_mb)
        lines.append(
            f"| {run.name} | {run.rate_tips_s:.1f} | {run.rate_tips_s / matcher_rate:.0%} | "
            f"{run.ack_p50_ms:.0f} / {run.ack_p99_ms:.0f} | "
            f"{_bound(run.server_ack_p99_bound_s)} | {run.below_rate_tips_s:.1f} tips/s | "
            f"{run.reply_p50_s:.2f} / {run.reply_p99_s:.2f} | "
            f"{run.unanswered} + {run.below_unanswered} | {peaks} | {run.start_s:.1f} |"
        )
        if run.child_failed:
            lines.append(
                f"| {run.name}: a matching process FAILED during the run | | | | | | | | | |"
            )
    lines += ["", "Targets (issue 10):", ""]
    measured = [run for run in runs if not run.note]
    for one in (r for r in measured if r.processes == 1):
        share = one.rate_tips_s / matcher_rate
        met = "met" if share >= TARGET_SHARE_OF_MATCHER else "NOT met"
        lines.append(
            f"- {one.name}: >= {TARGET_SHARE_OF_MATCHER:.0%} of the bare matcher: {share:.0%} "
            f"— {met}"
        )
    for match_process in (False, True):
        pg_one, pg_two = (
            next(
                (
                    r
                    for r in measured
                    if "Postgre" in r.name and r.processes == n and r.match_process == match_process
                ),
                None,
            )
            for n in (1, 2)
        )
        if pg_one is not None and pg_two is not None and pg_one.rate_tips_s > 0:
            ratio = pg_two.rate_tips_s / pg_one.rate_tips_s
            how = "a matching process each" if match_process else "matching in each worker"
            lines.append(
                f"- two processes on PostgreSQL >= {TARGET_TWO_OVER_ONE}x one ({how}): "
                f"{ratio:.2f}x — {'met' if ratio >= TARGET_TWO_OVER_ONE else 'NOT met'}"
            )
    for run in measured:
        reply_ok = run.reply_p99_s < TARGET_REPLY_P99_S and run.below_unanswered == 0
        ack_ok = run.ack_p99_ms < TARGET_ACK_P99_S * 1000
        lines.append(
            f"- {run.name}: reply p99 below capacity < {TARGET_REPLY_P99_S:.0f} s: "
            f"{run.reply_p99_s:.2f} s — {'met' if reply_ok else 'NOT met'}; ack p99 < "
            f"{TARGET_ACK_P99_S * 1000:.0f} ms: {run.ack_p99_ms:.0f} ms — "
            f"{'met' if ack_ok else 'NOT met'}"
        )
    lines += [
        "",
        "How a worker follows another's catalogue change (SQLite, same catalogue): a full "
        f"reload of the match index takes {refresh.load_s:.2f} s; the incremental refresh "
        f"after one new fact-check {refresh.refresh_one_ms:.1f} ms, and "
        f"{refresh.refresh_none_ms:.2f} ms when nothing changed (what each worker pays every "
        "`TIPLINE_INDEX_REFRESH_S`).",
        "",
        '"Ready after" is the time from starting the workers to every one answering `/healthz`'
        ' with its matching process built (`"match_process": "ready"`): the capacity run '
        "starts then. Until then a worker answers too, searching its own copy of the catalogue.",
    ]
    return "\n".join(lines) + "\n"


async def run_async(
    tips: int,
    catalogue_size: int,
    configurations: Sequence[tuple[str, int, bool]] = CONFIGURATIONS,
) -> str:
    """Each of `configurations`; the markdown section."""
    chosen = catalogue(catalogue_size)
    claims = chosen.claims
    matcher_rate = bare_matcher_rate(claims, [claims[n % len(claims)] for n in range(tips)])
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        import_path = folder / "catalogue.jsonl"
        write_catalogue(import_path, claims)
        refresh_url, _ = await _fresh_database("sqlite", folder, import_path)
        refresh = await index_refresh(refresh_url)
        for kind, processes, match_process in configurations:
            print(
                f"load: {kind}, {processes} process(es), matching process {match_process}, "
                f"{tips} tips ...",
                file=sys.stderr,
            )
            runs.append(
                await measure(kind, processes, match_process, claims, tips, folder, import_path)
            )
    return markdown(runs, matcher_rate, chosen.source, len(claims), tips, refresh)


def run(quick: bool) -> str:
    """The section for `python -m benchmarks` (with --quick: 200 tips and the quick
    configurations; else 2,000 and every one)."""
    if quick:
        return asyncio.run(run_async(200, CATALOGUE_SIZE, QUICK_CONFIGURATIONS))
    return asyncio.run(run_async(2_000, CATALOGUE_SIZE))


def main(argv: Sequence[str] | None = None) -> None:
    """Run alone: `python -m benchmarks.load [--tips N] [--catalogue N]`."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.load", description=__doc__)
    parser.add_argument("--tips", type=int, default=2_000, help="tips in the capacity run")
    parser.add_argument("--catalogue", type=int, default=CATALOGUE_SIZE, help="fact-checks")
    arguments = parser.parse_args(argv)
    print(asyncio.run(run_async(arguments.tips, arguments.catalogue)))


if __name__ == "__main__":
    main()
