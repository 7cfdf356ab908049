"""The map step at scale: documents → per-document partial statistics, on any executor.

Three executors run the same map function, :func:`analyze_batch`, over batches of documents:

* :class:`SerialExecutor` — in this process;
* :class:`PoolExecutor` — a local process pool (``--jobs N``); each worker process loads the
  shipped pipeline once;
* :class:`DaskExecutor` — a ``dask.distributed`` cluster (``--dask ADDRESS``; ``--dask local``
  starts a ``LocalCluster`` on this machine). Workers load the pipeline themselves, once per
  worker process; Dask retries a lost task (``retries``).

Every document is analysed on its own (its chunks go through ``nlp.pipe`` in batches bounded
by characters, never mixed with other documents), so its partial does not depend on the batch
it travelled in. Partials merge with the associative :func:`glossary.extract.merge`;
:func:`canonical` then fixes the order of the merged statistics, so the ranked result is the
same for every executor, grouping and completion order. The client reads each document (to
hash it for :mod:`glossary.extract.scale.cache`), keeps only a bounded window of batches in
flight and merges results as they arrive: memory grows with the vocabulary, not with the archive. A
document that cannot be read or analysed is reported with its file name and reason and
skipped; a batch whose task keeps failing is split and retried document by document, so one
bad document cannot take others with it.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO, Protocol

from glossary.corpus.letters import STDIN, letter_id_for
from glossary.corpus.sources import Source
from glossary.extract.heap import settled_heap
from glossary.extract.scale.cache import DocCache, content_hash, document_key
from glossary.extract.stats import PartialStats, TermStats, merge_into

#: A batch closes at this many documents or bytes, whichever comes first (about 12,000 words
#: of letters: seconds of work per task, yet small enough to keep every worker busy).
BATCH_DOCS = 4
BATCH_BYTES = 96_000
#: Times a lost or crashed task is tried again before its documents are split or failed.
RETRIES = 2
#: Batches in flight per worker (the client's memory bound, with ``BATCH_BYTES``).
WINDOW_PER_WORKER = 2
DASK_CONNECT_TIMEOUT = "30s"
#: Pool workers are the parallelism: their numeric libraries run one thread each (as Dask's
#: nanny arranges for its workers), instead of competing for the same cores.
SINGLE_THREAD_ENV = {
    name: "1"
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")
}


@dataclass(frozen=True)
class Settings:
    """What every worker needs to analyse a document exactly as the client would."""

    seeds: tuple[str, ...] = ()
    seed_source: str = "termbase"
    chunk_chars: int | None = None
    #: The client's :func:`~glossary.extract.scale.fingerprint.analysis_fingerprint`; workers
    #: compare theirs.
    fingerprint: str = ""
    #: Return each document's encoded partial (for the cache) besides the batch's merge.
    keep_payloads: bool = True


@dataclass(frozen=True)
class DocTask:
    """One document to analyse: input position, letter id, path, display name and bytes."""

    seq: int
    letter_id: str
    path: str
    name: str
    data: bytes
    digest: str


@dataclass
class DocResult:
    """What became of one document: its metadata and encoded partial, or why it failed."""

    seq: int
    letter_id: str
    name: str
    digest: str
    meta: dict[str, Any] | None = None
    payload: bytes | None = None
    words: int = 0
    error: str | None = None
    #: The line of the document the error is about, when known (bad encoding).
    line: int | None = None


@dataclass
class BatchOutput:
    """The results of one batch and the merge of its successful partials."""

    results: list[DocResult]
    merged: PartialStats


# -- the map function (runs in any process) ----------------------------------------------------


class _Worker:
    """Per-process analysis state: the pipeline, an analyzer and its resources (loaded once)."""

    def __init__(self, settings: Settings) -> None:
        from glossary.extract import Analyzer
        from glossary.extract.chunks import DEFAULT_CHUNK_CHARS, chunk_size_for
        from glossary.extract.scale.fingerprint import analysis_fingerprint
        from glossary.nlp.load import load_pipeline
        from glossary.nlp.resources import Resources

        self.resources = Resources.default(settings.seeds, settings.seed_source)
        self.resources.table("lemma_index")  # loaded now, so the GC freeze below covers it
        self.nlp = load_pipeline()
        self.analyzer = Analyzer(self.resources)
        wanted = settings.chunk_chars or DEFAULT_CHUNK_CHARS
        self.chunk_size = chunk_size_for(self.nlp.max_length, wanted)
        mine = analysis_fingerprint(
            self.resources.seeds, self.resources.seed_source, self.resources.language, wanted
        )
        self.mismatch = None
        if settings.fingerprint and mine != settings.fingerprint:
            self.mismatch = (
                f"worker runs a different analysis (fingerprint {mine[:12]}, client "
                f"{settings.fingerprint[:12]}): install the same nato-glossary "
                "version on every worker"
            )

    def analyze(self, task: DocTask) -> tuple[PartialStats, dict[str, Any]]:
        """One document → its partial and metadata (raises on bad input)."""
        from glossary.corpus.letters import LetterFile, read_letter
        from glossary.extract.chunks import chunk_spans, pipe_bounded

        file = LetterFile(task.data, task.path, task.name, task.letter_id)
        letter = read_letter(file, self.resources.is_word)
        spans = chunk_spans(letter.clean, self.chunk_size) or [(0, 0)]
        texts = ((letter.clean[start:end], start) for start, end in spans)
        chunks = ((start, doc) for doc, start in pipe_bounded(self.nlp, texts))
        meta: dict[str, Any] = letter.meta()
        if letter.warnings:  # travels with the metadata (and the cache), reported by the client
            meta["warnings"] = list(letter.warnings)
        return self.analyzer.analyze_letter(letter, chunks), meta


_WORKERS: dict[Settings, _Worker] = {}
_LOCK = threading.Lock()


def _worker(settings: Settings) -> _Worker:
    key = replace(settings, keep_payloads=True)
    worker = _WORKERS.get(key)
    if worker is None:
        worker = _WORKERS[key] = _Worker(settings)
    return worker


def warm(settings: Settings) -> None:
    """Load the pipeline and resources in this process ahead of the first batch."""
    with _LOCK:
        _worker(settings)


def _reason(exc: BaseException) -> str:
    from glossary.errors import GlossaryError

    if isinstance(exc, GlossaryError):  # the file (and line) are named by the caller
        return exc.message
    text = " ".join(str(exc).split())[:300]
    return (
        f"analysis failed: {type(exc).__name__}: {text}"
        if text
        else f"analysis failed: {type(exc).__name__}"
    )


def analyze_batch(tasks: list[DocTask], settings: Settings) -> BatchOutput:
    """The map function: analyse each document of the batch on its own and merge them."""

    merged = PartialStats()
    results = []
    with _LOCK:  # one analysis at a time per process (workers with several threads)
        worker = _worker(settings)
        with settled_heap():  # the pipeline and tables are permanent: out of GC scans
            results = [_analyze_one(worker, task, settings, merged) for task in tasks]
    return BatchOutput(results, merged)


def _analyze_one(
    worker: _Worker, task: DocTask, settings: Settings, merged: PartialStats
) -> DocResult:
    """One document of a batch: its result (merged into ``merged`` when it succeeded)."""
    from glossary.extract.scale.codec import to_bytes

    res = DocResult(task.seq, task.letter_id, task.name, task.digest)
    if worker.mismatch:
        res.error = worker.mismatch
        return res
    try:
        stats, res.meta = worker.analyze(task)
    except Exception as exc:  # reported per document, never lost
        res.error = _reason(exc)
        res.line = getattr(exc, "line", None)
        return res
    res.words = stats.words
    if settings.keep_payloads:
        res.payload = to_bytes(stats)
    merge_into(merged, stats)  # after encoding: merge_into takes ownership of ``stats``
    return res


def _failed_batch(batch: list[DocTask], reason: str) -> BatchOutput:
    return BatchOutput(
        [DocResult(t.seq, t.letter_id, t.name, t.digest, error=reason) for t in batch],
        PartialStats(),
    )


# -- executors ---------------------------------------------------------------------------------


class Executor(Protocol):
    """Runs :func:`analyze_batch` over batches and yields their outputs in any order."""

    name: str

    def __enter__(self) -> Executor: ...

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None: ...

    def run(
        self, batches: Iterator[list[DocTask]], settings: Settings
    ) -> Iterator[BatchOutput]: ...


class SerialExecutor:
    """Everything in this process."""

    name = "serial"

    def __enter__(self) -> SerialExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def run(self, batches: Iterator[list[DocTask]], settings: Settings) -> Iterator[BatchOutput]:
        for batch in batches:
            yield analyze_batch(batch, settings)


@dataclass
class _Attempt:
    batch: list[DocTask]
    tries: int = 0
    #: A single document split off a batch that kept failing (its last chance).
    split: bool = False


class _Retrier:
    """Feeds batches into a bounded window; a batch that keeps failing is split, then failed."""

    def __init__(self, batches: Iterator[list[DocTask]], retries: int) -> None:
        self.source = batches
        self.retries = retries
        self.queue: deque[_Attempt] = deque()
        self.exhausted = False

    def next(self) -> _Attempt | None:
        if self.queue:
            return self.queue.popleft()
        if self.exhausted:
            return None
        batch = next(self.source, None)
        if batch is None:
            self.exhausted = True
            return None
        return _Attempt(batch)

    def failed(self, attempt: _Attempt, reason: str, counted: bool = True) -> BatchOutput | None:
        """Retry ``attempt``, split it into single documents, or give its failure output."""
        tries = attempt.tries + (1 if counted else 0)
        if tries <= self.retries:
            self.queue.append(_Attempt(attempt.batch, tries))
            return None
        if len(attempt.batch) > 1:
            self.queue.extend(_Attempt([t], self.retries, split=True) for t in attempt.batch)
            return None
        return _failed_batch(attempt.batch, reason)


class PoolExecutor:
    """A local process pool of ``jobs`` workers (spawned, so no state leaks from the client)."""

    name = "processes"

    def __init__(self, jobs: int, retries: int = RETRIES) -> None:
        self.jobs = jobs
        self.retries = retries
        self._pool: Any = None
        self._saved_env: dict[str, str | None] = {}

    def __enter__(self) -> PoolExecutor:
        """Workers are spawned while the pool runs: they inherit single-threaded numerics."""
        self._saved_env = {name: os.environ.get(name) for name in SINGLE_THREAD_ENV}
        os.environ.update(SINGLE_THREAD_ENV)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        for name, value in self._saved_env.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value

    def _new_pool(self, settings: Settings) -> Any:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = ProcessPoolExecutor(
            max_workers=self.jobs,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=warm,
            initargs=(settings,),
        )
        return self._pool

    def run(self, batches: Iterator[list[DocTask]], settings: Settings) -> Iterator[BatchOutput]:
        from concurrent.futures import FIRST_COMPLETED, wait
        from concurrent.futures.process import BrokenProcessPool

        pool = self._new_pool(settings)
        retrier = _Retrier(batches, self.retries)
        window = max(2, WINDOW_PER_WORKER * self.jobs)
        pending: dict[Any, _Attempt] = {}
        while True:
            while len(pending) < window:
                attempt = retrier.next()
                if attempt is None:
                    break
                pending[pool.submit(analyze_batch, attempt.batch, settings)] = attempt
            if not pending:
                return
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            broken = False
            for future in done:
                attempt = pending.pop(future)
                try:
                    output = future.result()
                except BrokenProcessPool:
                    broken = True
                    output = retrier.failed(attempt, "worker process died (killed or crashed)")
                except Exception as exc:  # e.g. an unpicklable result
                    output = retrier.failed(attempt, _reason(exc))
                if output is not None:
                    yield output
            if broken:
                for attempt in pending.values():
                    retrier.failed(attempt, "worker process died", counted=False)
                pending.clear()
                pool = self._new_pool(settings)


class DaskExecutor:
    """Map over a ``dask.distributed`` cluster: an address, or ``local`` for a LocalCluster."""

    name = "dask"

    def __init__(
        self,
        address: str,
        workers: int | None = None,
        retries: int = RETRIES,
        timeout: str = DASK_CONNECT_TIMEOUT,
    ) -> None:
        self.address = address
        self.workers = workers
        self.retries = retries
        self.timeout = timeout
        self.cluster: Any = None
        self.client: Any = None

    def __enter__(self) -> DaskExecutor:
        from glossary.errors import GlossaryError

        try:
            import logging

            from distributed import Client, LocalCluster
        except ImportError:
            raise GlossaryError(
                "--dask needs dask.distributed: pip install 'nato-glossary[dask]'"
            ) from None
        try:
            if self.address == "local":
                self.cluster = LocalCluster(
                    n_workers=self.workers or os.cpu_count() or 1,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    silence_logs=logging.ERROR,
                )
                self.client = Client(self.cluster)
            else:
                self.client = Client(self.address, timeout=self.timeout)
        except (OSError, TimeoutError) as exc:
            self.__exit__(None, None, None)
            raise GlossaryError(
                f"cannot reach the Dask scheduler at {self.address}: {exc}"
            ) from None
        return self

    def __exit__(self, *exc: object) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None

    def run(self, batches: Iterator[list[DocTask]], settings: Settings) -> Iterator[BatchOutput]:
        from distributed import as_completed

        client = self.client
        threads = sum(client.nthreads().values()) or 1
        window = max(2, WINDOW_PER_WORKER * threads)
        retrier = _Retrier(batches, 0)
        futures: dict[Any, _Attempt] = {}
        running = as_completed()

        def submit() -> None:
            while len(futures) < window:
                attempt = retrier.next()
                if attempt is None:
                    return
                future = client.submit(
                    analyze_batch,
                    attempt.batch,
                    settings,
                    pure=False,
                    retries=0 if attempt.split else self.retries,
                )
                futures[future] = attempt
                running.add(future)

        submit()
        for future in running:
            attempt = futures.pop(future)
            try:
                output = future.result()
            except Exception as exc:  # Dask already retried it
                output = retrier.failed(
                    attempt, f"task failed after {self.retries} retries: {_reason(exc)}"
                )
            future.release()
            if output is not None:
                yield output
            submit()


# -- the client ----------------------------------------------------------------------------------


@dataclass
class Failure:
    """A document that was skipped: its file name and why."""

    name: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.name}:{self.line}" if self.line is not None else self.name
        return f"{where}: {self.reason}"


@dataclass
class RunSummary:
    """How the documents of a run fared (printed by ``build`` and ``extract``)."""

    executor: str = "serial"
    documents: int = 0
    analysed: int = 0
    cached: int = 0
    failed: list[Failure] = field(default_factory=list)
    #: What readers noticed in documents that were read (unknown elements, text kept).
    warnings: list[Failure] = field(default_factory=list)
    words: int = 0
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "executor": self.executor,
            "documents": self.documents,
            "analysed": self.analysed,
            "from_cache": self.cached,
            "failed": len(self.failed),
            "words": self.words,
            "failures": [{"file": f.name, "line": f.line, "reason": f.reason} for f in self.failed],
            "warnings": [{"file": f.name, "warning": f.reason} for f in self.warnings],
        }

    def line(self) -> str:
        return (
            f"{self.analysed} analysed, {self.cached} from cache, {len(self.failed)} "
            f"failed of {self.documents} ({self.words} words, {self.executor})"
        )


@dataclass
class RunResult:
    """The merged statistics (canonical order), the letters' metadata in input order, a summary."""

    stats: PartialStats
    letters: list[dict[str, Any]]
    summary: RunSummary


_COUNTERS = ("kinds", "pos", "display", "forms", "expansions", "english")


def _sorted_term(ts: TermStats) -> TermStats:
    return replace(
        ts,
        **{
            name: type(counts)(dict(sorted(counts.items())))
            for name in _COUNTERS
            for counts in [getattr(ts, name)]
        },
    )


def canonical(stats: PartialStats) -> PartialStats:
    """The same statistics in one fixed order (terms and every counter sorted by key), so
    nothing downstream can depend on the order in which partials arrived or were grouped."""
    return PartialStats(
        terms={key: _sorted_term(stats.terms[key]) for key in sorted(stats.terms)},
        words=stats.words,
        documents=stats.documents,
    )


class _Run:
    """Client-side state of one run: reading, cache look-ups, batching, merging."""

    def __init__(
        self,
        settings: Settings,
        cache: DocCache | None,
        summary: RunSummary,
        progress: Callable[[int], None] | None,
        stdin: BinaryIO | None,
    ) -> None:
        self.settings = settings
        self.cache = cache
        self.summary = summary
        self.progress = progress
        self.stdin = stdin
        self.total = PartialStats()
        self.letters: list[tuple[int, dict[str, Any]]] = []
        self.keys: dict[int, str] = {}
        #: Input position → the file's name (for the reader's warnings).
        self.names: dict[int, str] = {}

    def _advance(self, n: int = 1) -> None:
        if self.progress:
            self.progress(n)

    def _warnings(self, seq: int, meta: dict[str, Any]) -> dict[str, Any]:
        """The letter's metadata without the reader's warnings, which go to the summary."""
        warnings = meta.get("warnings")
        if not warnings:
            return meta
        name = self.names.get(seq, str(meta.get("id")))
        self.summary.warnings += [Failure(name, w) for w in warnings]
        return {k: v for k, v in meta.items() if k != "warnings"}

    def _fail(self, name: str, reason: str, line: int | None = None) -> None:
        self.summary.failed.append(Failure(name, reason, line))
        self._advance()

    def _read(self, src: Source) -> tuple[bytes | None, str]:
        """The document's bytes (``None`` after recording a failure) and its display name."""
        from glossary.corpus.letters import read_letter_file, read_letter_stream
        from glossary.errors import GlossaryError

        try:
            if src.path == STDIN:
                stream = self.stdin if self.stdin is not None else sys.stdin.buffer
                return read_letter_stream(stream), "<stdin>"
            return read_letter_file(src.path), src.path
        except GlossaryError as exc:
            where = f" (listed at {src.listed_at})" if src.listed_at else ""
            self._fail(exc.path or src.path, f"{exc.message}{where}")
            return None, src.path

    def _from_cache(self, seq: int, key: str) -> bool:
        from glossary.extract.scale.codec import CodecError, from_bytes

        assert self.cache is not None
        hit = self.cache.get(key)
        if hit is None:
            return False
        try:
            stats = from_bytes(hit.payload)
        except CodecError:
            self.cache.forget(key)
            return False
        merge_into(self.total, stats)
        self.letters.append((seq, self._warnings(seq, hit.meta)))
        self.summary.cached += 1
        self.summary.words += hit.words
        self._advance()
        return True

    def batches(
        self, sources: Iterable[Source], batch_docs: int, batch_bytes: int
    ) -> Iterator[list[DocTask]]:
        """Read every source; cache hits merge at once, the rest travel in batches."""
        taken: set[str] = set()
        batch: list[DocTask] = []
        size = 0
        for seq, src in enumerate(sources):
            self.summary.documents += 1
            letter_id = letter_id_for(src.path, taken)
            data, name = self._read(src)
            if data is None:
                continue
            self.names[seq] = name
            digest = content_hash(data)
            if self.cache is not None:
                key = document_key(
                    self.settings.fingerprint, digest, letter_id, Path(src.path).name
                )
                if self._from_cache(seq, key):
                    continue
                self.keys[seq] = key
            batch.append(DocTask(seq, letter_id, src.path, name, data, digest))
            size += len(data)
            if len(batch) >= batch_docs or size >= batch_bytes:
                yield batch
                batch, size = [], 0
        if batch:
            yield batch

    def take(self, output: BatchOutput) -> None:
        """Merge one batch's output, store its partials in the cache, record failures."""
        merge_into(self.total, output.merged)
        rows = []
        for res in output.results:
            if res.error is not None:
                self._fail(res.name, res.error, res.line)
                self.keys.pop(res.seq, None)
                continue
            assert res.meta is not None
            self.letters.append((res.seq, self._warnings(res.seq, res.meta)))
            self.summary.analysed += 1
            self.summary.words += res.words
            key = self.keys.pop(res.seq, None)
            if self.cache is not None and key is not None and res.payload is not None:
                rows.append((key, res.meta, res.payload, res.words))
            self._advance()
        if self.cache is not None and rows:
            self.cache.put_many(rows)


def run_map(
    sources: Iterable[Source],
    settings: Settings,
    executor: Executor,
    cache: DocCache | None = None,
    progress: Callable[[int], None] | None = None,
    batch_docs: int = BATCH_DOCS,
    batch_bytes: int = BATCH_BYTES,
    stdin: BinaryIO | None = None,
) -> RunResult:
    """Map every source through ``executor`` (or the cache), reduce, and fix the order."""
    started = time.perf_counter()
    if cache is not None and not settings.fingerprint:
        settings = replace(
            make_settings(settings.seeds, settings.seed_source, settings.chunk_chars)
        )
    settings = replace(settings, keep_payloads=cache is not None)
    summary = RunSummary(executor=executor.name)
    run = _Run(settings, cache, summary, progress, stdin)
    for output in executor.run(run.batches(sources, batch_docs, batch_bytes), settings):
        run.take(output)
    summary.failed.sort(key=lambda f: (f.name, f.line or 0))
    summary.seconds = time.perf_counter() - started
    letters = [meta for _, meta in sorted(run.letters, key=lambda item: item[0])]
    return RunResult(canonical(run.total), letters, summary)


def make_settings(
    seeds: Iterable[str] = (), seed_source: str = "termbase", chunk_chars: int | None = None
) -> Settings:
    """Settings with the client's analysis fingerprint filled in."""
    from glossary.extract.chunks import DEFAULT_CHUNK_CHARS
    from glossary.extract.scale.fingerprint import analysis_fingerprint
    from glossary.nlp.resources import Resources

    res = Resources.default(seeds, seed_source)
    fingerprint = analysis_fingerprint(
        res.seeds, res.seed_source, res.language, chunk_chars or DEFAULT_CHUNK_CHARS
    )
    return Settings(
        seeds=res.seeds,
        seed_source=res.seed_source,
        chunk_chars=chunk_chars,
        fingerprint=fingerprint,
    )


def make_executor(jobs: int = 1, dask: str | None = None) -> Executor:
    """``--dask ADDRESS|local`` → Dask; ``--jobs N`` (N > 1) → a process pool; else serial."""
    if dask:
        return DaskExecutor(dask, workers=jobs if jobs > 1 else None)
    if jobs > 1:
        return PoolExecutor(jobs)
    return SerialExecutor()
