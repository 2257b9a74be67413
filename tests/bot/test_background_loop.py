"""BackgroundLoop: passes run when woken, a failing pass does not end the loop, stop is clean."""

from __future__ import annotations

import asyncio

from bot.background_loop import BackgroundLoop


async def test_a_failed_pass_is_logged_and_the_loop_goes_on_when_woken() -> None:
    passes: list[int] = []
    ran = asyncio.Event()

    async def run_pass() -> float:
        passes.append(len(passes))
        ran.set()
        if len(passes) == 1:
            raise RuntimeError("the database went away")
        return 3600.0  # nothing due for an hour: only a wake() runs the next pass

    loop = BackgroundLoop("test", run_pass, retry_after_s=3600.0)
    loop.start()
    await asyncio.wait_for(ran.wait(), 5)  # the first pass runs at once, and fails
    ran.clear()
    loop.wake()
    await asyncio.wait_for(ran.wait(), 5)
    assert passes == [0, 1]
    await asyncio.wait_for(loop.stop(), 5)
    assert loop.stopping


async def test_stop_lets_the_pass_in_hand_finish() -> None:
    started, release = asyncio.Event(), asyncio.Event()
    finished: list[bool] = []

    async def run_pass() -> float:
        started.set()
        await release.wait()
        finished.append(True)
        return 0.0

    loop = BackgroundLoop("test", run_pass, retry_after_s=1.0)
    loop.start()
    await asyncio.wait_for(started.wait(), 5)
    stopping = asyncio.create_task(loop.stop())
    await asyncio.sleep(0)  # let stop() begin waiting for the pass
    assert not stopping.done()
    release.set()
    await asyncio.wait_for(stopping, 5)
    assert finished == [True]  # and no further pass began after stop()
