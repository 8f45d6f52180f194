"""An acknowledged save survives the saving process being killed with SIGKILL."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

from bot.storage import open_storage
from tests.bot.storage.conftest import Backend

REPO_ROOT = Path(__file__).resolve().parents[3]

# Saves one posting, reports its id only after add_posting returned, then waits to be killed.
_SAVE_AND_HANG = """
import asyncio, sys
from bot.storage import PostingAnalysis, PostingDraft, open_storage

async def main() -> None:
    store = await open_storage(sys.argv[1])
    saved = await store.add_posting(PostingDraft(
        guild_id=4242, title="Survives SIGKILL", text="Backend Go, PostgreSQL, Redis.",
        author_id=7, analysis=PostingAnalysis(score=55.5, skills=("go", "redis")),
    ))
    print(saved.posting_id, flush=True)
    await asyncio.sleep(3600)

asyncio.run(main())
"""


async def test_saved_posting_survives_sigkill(backend: Backend) -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        _SAVE_AND_HANG,
        backend.url,
        cwd=REPO_ROOT,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    try:
        line = await asyncio.wait_for(process.stdout.readline(), timeout=60)
    finally:
        process.send_signal(signal.SIGKILL)
        await process.wait()
    assert process.returncode == -signal.SIGKILL
    assert line.strip().isdigit(), (await process.stderr.read()).decode()

    async with await open_storage(backend.url) as store:
        found = await store.get_posting(4242, int(line))
    assert found is not None
    assert found.title == "Survives SIGKILL"
    assert found.analysis.skills == ("go", "redis")
