"""`tipline demo`, `tipline import` and `tipline run`, run as a user would run them."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
from pathlib import Path

from tests.bot.conftest import encode, photo_like, write_seed
from tests.fakes import graph_api as wa
from tests.fakes.graph_api import FakeGraphAPI

TIMEOUT_S = 60


class Terminal:
    """A `tipline` process with a pipe for its input and a reader for its output."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.output = ""

    async def type(self, line: str | bytes) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write((line.encode() if isinstance(line, str) else line) + b"\n")
        await self.process.stdin.drain()

    async def read_until(self, needle: str) -> str:
        """Everything printed up to and including `needle` (fails after TIMEOUT_S)."""
        assert self.process.stdout is not None

        async def read() -> str:
            assert self.process.stdout is not None
            while needle not in self.output:
                chunk = await self.process.stdout.read(4096)
                if not chunk:
                    raise AssertionError(f"tipline exited before printing {needle!r}")
                self.output += chunk.decode()
            head, _, tail = self.output.partition(needle)
            self.output = tail
            return head + needle

        try:
            return await asyncio.wait_for(read(), TIMEOUT_S)
        except TimeoutError as error:
            raise AssertionError(f"no {needle!r} in {self.output!r}") from error


async def _tipline(*args: str, cwd: Path, env: dict[str, str]) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.cli",
        *args,
        cwd=cwd,
        env=env,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TIPLINE_", "TELEGRAM_"))}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    env["LANG"] = "C.UTF-8"
    env["PYTHONIOENCODING"] = "utf-8"
    return env


async def test_demo_answers_queues_and_lets_the_console_answer(tmp_path: Path) -> None:
    demo = Terminal(await _tipline("demo", cwd=tmp_path, env=_env(tmp_path)))
    banner = await demo.read_until("you> ")
    assert "sample fact-checks (SAMPLE DATA" in banner
    # The messages the banner suggests are answered at once, in their language.
    examples = banner.split("Try:\n", 1)[1].split("\nYou are also", 1)[0].splitlines()
    assert len(examples) == 2
    for example, verdict in zip(examples, ("Verdict:", "Veredicto:"), strict=True):
        await demo.type(example.strip())
        answer = await demo.read_until("you> ")
        assert verdict in answer and "https://example.org/" in answer, answer

    await demo.type("The moon landing footage was filmed inside the electoral commission")
    assert "sent it to our fact-checkers" in await demo.read_until("you> ")
    await demo.type("/queue")
    listing = await demo.read_until("you> ")
    item_id = listing.split("bot> #", 1)[1].split(" ", 1)[0]
    await demo.type(f"/answer {item_id} false https://example.org/moon Nothing was filmed there.")
    answered = await demo.read_until("you> ")
    assert "1 voter notified" in answered
    assert "Update on a message you sent us" in answered and "example.org/moon" in answered

    picture = tmp_path / "forwarded.png"
    picture.write_bytes(encode(photo_like(99)))
    await demo.type(str(picture))
    assert "sent it to our fact-checkers" in await demo.read_until("you> ")
    await demo.type("/quit")
    assert await asyncio.wait_for(demo.process.wait(), TIMEOUT_S) == 0
    assert (tmp_path / "tipline-demo.db").exists() and (tmp_path / ".tipline-demo-secret").exists()
    assert not (tmp_path / "tipline.db").exists()  # the demo keeps to its own database
    again = await _tipline("demo", cwd=tmp_path, env=_env(tmp_path))  # its own data: welcome back
    out, _ = await asyncio.wait_for(again.communicate(b"/quit\n"), TIMEOUT_S)
    assert again.returncode == 0 and "SAMPLE DATA" in out.decode()


async def test_demo_cleans_odd_bytes_and_keeps_going(tmp_path: Path) -> None:
    """A byte that is not UTF-8, control characters and escape sequences, a line of invisible
    characters: each gets its reply, and the desk's terminal shows none of them."""
    demo = Terminal(await _tipline("demo", cwd=tmp_path, env=_env(tmp_path)))
    await demo.read_until("you> ")
    await demo.type(b"caf\xe9 owners say the election moved to the harbour")
    assert "sent it to our fact-checkers" in await demo.read_until("you> ")
    await demo.type(b"Vote\x00 from\x07 your \x1b[31mphone\x1b[0m at the harbour cafe")
    assert "sent it to our fact-checkers" in await demo.read_until("you> ")
    await demo.type("\u200b\u200b")
    assert "Your message was empty" in await demo.read_until("you> ")
    await demo.type("/queue")
    listing = await demo.read_until("you> ")
    assert "caf\ufffd owners" in listing and "Vote from your phone at" in listing, listing
    assert not any(c in listing for c in "\x00\x07\x1b")
    await demo.type("/quit")
    assert await asyncio.wait_for(demo.process.wait(), TIMEOUT_S) == 0


async def test_import_reports_counts_and_bad_records(tmp_path: Path) -> None:
    seed = write_seed(tmp_path)
    broken = tmp_path / "broken.jsonl"
    broken.write_text(
        '{"claim": "ok claim", "verdict": "false", "url": "https://e.org/1"}\n'
        '{"claim": "no url or id", "verdict": "false"}\n'
        "{not json\n"
    )
    env = _env(tmp_path) | {"TIPLINE_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/t.db"}
    process = await _tipline("import", str(seed), str(broken), cwd=tmp_path, env=env)
    out, _ = await asyncio.wait_for(process.communicate(), TIMEOUT_S)
    text = out.decode()
    assert f"{seed}: 3 created, 0 updated, 0 unchanged, 0 skipped" in text
    assert f"{broken}: 1 created, 0 updated, 0 unchanged, 2 skipped" in text
    assert f"{broken}: line 2:" in text and f"{broken}: line 3:" in text
    assert process.returncode == 1  # records were skipped
    again = await _tipline("import", str(seed), cwd=tmp_path, env=env)
    out, _ = await asyncio.wait_for(again.communicate(), TIMEOUT_S)
    assert f"{seed}: unchanged (3 records)" in out.decode()
    assert again.returncode == 0


async def test_run_serves_whatsapp_from_the_settings_alone(tmp_path: Path) -> None:
    """`tipline import` then `tipline run` with only WhatsApp settings: the loop over HTTP."""
    with socket.socket() as probe:  # a free port for the bot's web server
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    async with FakeGraphAPI() as graph:
        env = _env(tmp_path) | {
            "TIPLINE_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/run.db",
            "TIPLINE_SECRET_KEY": "a-long-random-secret",
            "TIPLINE_HTTP_PORT": str(port),
            "WHATSAPP_ACCESS_TOKEN": graph.access_token,
            "WHATSAPP_PHONE_NUMBER_ID": graph.phone_number_id,
            "WHATSAPP_APP_SECRET": graph.app_secret,
            "WHATSAPP_VERIFY_TOKEN": wa.DEFAULT_VERIFY_TOKEN,
            "WHATSAPP_API_BASE_URL": graph.base_url,
        }
        seed = write_seed(tmp_path)
        importer = await _tipline("import", str(seed), cwd=tmp_path, env=env)
        await asyncio.wait_for(importer.communicate(), TIMEOUT_S)
        run = Terminal(await _tipline("run", cwd=tmp_path, env=env))
        try:
            await run.read_until("tipline is running")
            url = f"http://127.0.0.1:{port}/webhooks/whatsapp"
            handshake = await graph.verify_webhook(url, wa.DEFAULT_VERIFY_TOKEN, challenge="42")
            assert (handshake.status, handshake.text) == (200, "42")
            claim = (
                "You can vote by SMS this year: text your ID number to 4455 and your vote counts"
            )
            payload = graph.webhook_payload([wa.text_message("447700900123", claim)])
            assert await graph.deliver_webhook(url, payload) == 200
            [reply] = await graph.wait_for_messages("447700900123", timeout=TIMEOUT_S)
            assert "Verdict: False" in reply.text
        finally:
            run.process.send_signal(signal.SIGTERM)
            assert await asyncio.wait_for(run.process.wait(), TIMEOUT_S) == 0


async def test_demo_refuses_to_mix_the_sample_into_real_fact_checks(tmp_path: Path) -> None:
    env = _env(tmp_path) | {"TIPLINE_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/real.db"}
    importer = await _tipline("import", str(write_seed(tmp_path)), cwd=tmp_path, env=env)
    await asyncio.wait_for(importer.communicate(), TIMEOUT_S)
    demo = await _tipline("demo", cwd=tmp_path, env=env)
    out, _ = await asyncio.wait_for(demo.communicate(b"/quit\n"), TIMEOUT_S)
    assert demo.returncode == 1
    assert "3 fact-checks that are not the demo's sample data" in out.decode()
    assert "SAMPLE DATA" not in out.decode()
