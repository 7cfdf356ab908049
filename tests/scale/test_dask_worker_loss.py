"""A Dask worker killed in the middle of a run: its tasks are rescheduled and the merged
statistics are complete and identical to the serial run's."""

from __future__ import annotations

import faulthandler
import os
import signal

import pytest

from glossary.corpus.sources import iter_sources
from glossary.extract.scale.executors import DaskExecutor, run_map

#: Hard limit for the whole test (a hung cluster must not hang the suite).
TIMEOUT = 420


@pytest.fixture
def deadline():
    faulthandler.dump_traceback_later(TIMEOUT, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


@pytest.mark.slow
def test_a_killed_worker_loses_nothing(corpus, settings, baseline, deadline):
    killed: list[tuple[str, int, int]] = []
    with DaskExecutor("local", workers=2) as executor:
        client = executor.client

        def kill_a_busy_worker(done: int) -> None:
            """After the first document, SIGKILL a worker that is running a task."""
            if killed:
                return
            busy = {w: keys for w, keys in client.processing().items() if keys}
            if not busy:
                return
            worker = sorted(busy)[0]
            pid = client.run(os.getpid, workers=[worker])[worker]
            os.kill(pid, signal.SIGKILL)
            killed.append((worker, pid, len(busy[worker])))

        result = run_map(
            iter_sources([str(corpus)]),
            settings,
            executor,
            progress=kill_a_busy_worker,
            batch_docs=2,
        )
        assert killed, "no worker was busy when the first result came back"
        assert killed[0][2] >= 1
        assert (
            executor.client.run(os.getpid)
            and killed[0][1] not in executor.client.run(os.getpid).values()
        )
    summary = result.summary
    assert not summary.failed
    assert summary.analysed == summary.documents == baseline.summary.documents
    assert result.stats == baseline.stats
    assert result.letters == baseline.letters


def test_an_unreachable_scheduler_is_a_one_line_error(deadline):
    from glossary.errors import GlossaryError

    with (
        pytest.raises(
            GlossaryError,
            match=r"cannot reach the Dask scheduler at "
            r"tcp://127\.0\.0\.1:9: ",
        ),
        DaskExecutor("tcp://127.0.0.1:9", timeout="2s"),
    ):
        pass
