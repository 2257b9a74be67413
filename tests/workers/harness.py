"""Real `tipline run` processes for many-worker tests and the load benchmark.

Each worker is a subprocess running the installed `tipline run` with WhatsApp configured against
a fake Graph API (`tests.fakes.graph_api`) in the calling process, and its own HTTP port. Its log
goes to a file, shown when a test fails. `start_worker` returns once `/healthz` answers 200.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from aiohttp import ClientError, ClientSession, ClientTimeout
from prometheus_client.parser import text_string_to_metric_families

from tests.fakes import graph_api as wa
from tests.fakes.graph_api import FakeGraphAPI

START_TIMEOUT_S = 90.0  # migrations, the language model and the catalogue load come first
FACTCHECKER = "5215500000001"  # a WhatsApp fact-checker's number in the harness's settings


def free_port() -> int:
    """A TCP port nobody listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def tipline_command() -> list[str]:
    """The installed `tipline` console script next to this Python, else the module."""
    script = Path(sys.executable).with_name("tipline")
    return [str(script)] if script.exists() else [sys.executable, "-m", "bot.cli"]


def worker_environment(
    database_url: str, graph: FakeGraphAPI, port: int, **extra: str
) -> dict[str, str]:
    """The environment of one worker: the database, WhatsApp at the fake, its port."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("TIPLINE_", "TELEGRAM_", "WHATSAPP_"))
    }
    env.update(
        TIPLINE_DATABASE_URL=database_url,
        TIPLINE_SECRET_KEY="many-workers-test-key",
        TIPLINE_HTTP_HOST="127.0.0.1",
        TIPLINE_HTTP_PORT=str(port),
        # Neither model: their cost per tip is the matcher's capacity (benchmarks/), and the
        # multilingual one would embed the whole catalogue in the background at every start.
        TIPLINE_SEMANTIC="off",
        TIPLINE_MULTILINGUAL="off",
        # A killed worker's claimed messages are taken over when its lease runs out: 15 s
        # (renewed every 5 s while in hand) rather than the default 120 s keeps the test short.
        TIPLINE_INBOX_LEASE_S="15",
        TIPLINE_FACTCHECKERS=f"whatsapp:{FACTCHECKER}",
        WHATSAPP_ACCESS_TOKEN=graph.access_token,
        WHATSAPP_PHONE_NUMBER_ID=graph.phone_number_id,
        WHATSAPP_APP_SECRET=graph.app_secret,
        WHATSAPP_VERIFY_TOKEN=wa.DEFAULT_VERIFY_TOKEN,
        WHATSAPP_API_BASE_URL=graph.base_url,
        WHATSAPP_PER_CHAT_INTERVAL_S="0.05",
        WHATSAPP_MAX_MESSAGES_PER_S="1000",
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


@dataclass
class Worker:
    """One running `tipline run`."""

    name: str
    process: asyncio.subprocess.Process
    port: int
    log_path: Path

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def webhook_url(self) -> str:
        return f"{self.base_url}/webhooks/whatsapp"

    @property
    def alive(self) -> bool:
        return self.process.returncode is None

    def log(self) -> str:
        """What the worker printed (for assertion messages)."""
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def kill(self) -> None:
        """kill -9: no clean-up of any kind."""
        self.process.send_signal(signal.SIGKILL)

    async def stop(self) -> None:
        """SIGTERM, as an operator would; SIGKILL if it does not end within 30 s."""
        if not self.alive:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(self.process.wait(), timeout=30)
        except TimeoutError:
            self.kill()
            await self.process.wait()

    async def metrics(self) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
        """Its `/metrics`, as samples by name and labels."""
        async with (
            ClientSession(timeout=ClientTimeout(total=10)) as session,
            session.get(f"{self.base_url}/metrics") as response,
        ):
            text = await response.text()
        return {
            (sample.name, frozenset(sample.labels.items())): sample.value
            for family in text_string_to_metric_families(text)
            for sample in family.samples
        }


async def start_worker(
    name: str,
    environment: Mapping[str, str],
    log_dir: Path,
    *,
    verbose: bool = False,
    built: bool = False,
) -> Worker:
    """Start `tipline run` and return once its `/healthz` answers 200 (with `built`: once it
    also says the matching process is no longer building its copy of the catalogue)."""
    log_path = log_dir / f"{name}.log"
    log_file = log_path.open("wb")
    command = [*tipline_command(), *(["-v"] if verbose else []), "run"]
    process = await asyncio.create_subprocess_exec(
        *command, env=dict(environment), stdout=log_file, stderr=asyncio.subprocess.STDOUT
    )
    log_file.close()
    worker = Worker(name, process, int(environment["TIPLINE_HTTP_PORT"]), log_path)
    deadline = time.monotonic() + START_TIMEOUT_S
    async with ClientSession(timeout=ClientTimeout(total=2)) as session:
        while True:
            if not worker.alive:
                raise AssertionError(f"{name} exited at start:\n{worker.log()}")
            try:
                async with session.get(f"{worker.base_url}/healthz") as response:
                    if response.status == 200 and not (
                        built and (await response.json())["match_process"] == "building"
                    ):
                        return worker
            except (ClientError, TimeoutError):
                pass
            if time.monotonic() > deadline:
                await worker.stop()
                raise AssertionError(f"{name} did not start in time:\n{worker.log()}")
            await asyncio.sleep(0.2)  # polling the health check: the condition waited on
