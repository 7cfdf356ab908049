"""The map step as one call: the documents a user named → merged statistics → ranked candidates.

:func:`analyse` reads every document named by the inputs and the manifest, analyses it on the
executor chosen by ``jobs``/``dask`` (or takes its partial from the per-document cache) and
merges the partials; :func:`analyse_and_rank` scores the result. ``glossary build`` and
``glossary extract`` both call :func:`analyse_and_rank`; the progress bar and the printing stay
in the commands.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from glossary.extract.score import DEFAULT_MIN_SCORE

if TYPE_CHECKING:
    from glossary.extract.scale.executors import RunResult, RunSummary
    from glossary.model import Candidate

#: Told how far the analysis is: ``(documents done, documents in all)``. The total is ``None``
#: while unknown (a manifest on standard input); the last call has ``done == total``.
Progress = Callable[[int, int | None], None]


@dataclass(frozen=True)
class AnalysisOptions:
    """Which documents to analyse, how, and with which cache (``--jobs``, ``--dask``...)."""

    #: Letter files, directories, globs, or ``-`` for standard input.
    inputs: Sequence[str] = ()
    #: A file listing more letters, one path per line (``-``: standard input).
    manifest: str | None = None
    #: Dutch terms the term base and CLDR know: found in the text and marked as seeded.
    seeds: Sequence[str] = ()
    #: Those seeds that enter the default output wherever they occur (names and posts whose
    #: English differs; see :mod:`glossary.translate.seeds`).
    lift: Sequence[str] = ()
    #: Worker processes (1: analyse in this process).
    jobs: int = 1
    #: A Dask scheduler address, or ``local`` for a LocalCluster with ``jobs`` workers.
    dask: str | None = None
    #: Read and write the per-document statistics cache.
    use_cache: bool = True
    #: Folder of that cache (default: the user cache dir, or ``$NATO_GLOSSARY_CACHE``).
    cache_dir: str | None = None


@dataclass
class Extraction:
    """The ranked candidates, the letters' metadata in input order, how the documents fared."""

    candidates: list[Candidate]
    letters: list[dict[str, Any]]
    summary: RunSummary


def check_jobs(jobs: int) -> None:
    """Refuse a worker count below one."""
    from glossary.errors import InputError

    if jobs < 1:
        raise InputError(f"--jobs must be at least 1, not {jobs}")


def analyse(options: AnalysisOptions, progress: Progress | None = None) -> RunResult:
    """Read, analyse (or take from the cache) and merge every document ``options`` names.

    Fails with :class:`~glossary.errors.InputError` before any analysis when an input is
    missing, and after it when no document at all could be analysed; a document that fails
    among others is reported in the summary and skipped.
    """
    from glossary.corpus.sources import check_inputs, count_sources, iter_sources
    from glossary.extract.scale.cache import DocCache, default_path
    from glossary.extract.scale.executors import make_executor, make_settings, run_map

    check_jobs(options.jobs)
    check_inputs(options.inputs, options.manifest)
    settings = make_settings(options.seeds)
    cache = DocCache(default_path(options.cache_dir)) if options.use_cache else None
    try:
        total = count_sources(options.inputs, options.manifest) if progress is not None else None
        with make_executor(options.jobs, options.dask) as executor:
            sources = iter_sources(options.inputs, options.manifest)
            advance = None
            if progress is not None:
                advance = _counter(progress, total)
                progress(0, total)
            result = run_map(sources, settings, executor, cache, progress=advance)
            if progress is not None:
                progress(result.summary.documents, result.summary.documents)
    finally:
        if cache is not None:
            cache.close()
    _fail_when_none_analysed(result.summary)
    return result


def _counter(progress: Progress, total: int | None) -> Callable[[int], None]:
    """Turn :func:`run_map`'s increments into ``progress(done, total)`` calls."""
    done = 0

    def advance(n: int) -> None:
        nonlocal done
        done += n
        progress(done, total)

    return advance


def _fail_when_none_analysed(summary: RunSummary) -> None:
    """Every document failed: raise the first failure (with how many more) as the error."""
    from glossary.errors import InputError

    if not summary.failed or len(summary.failed) != summary.documents:
        return
    first = summary.failed[0]
    more = f" (and {summary.documents - 1} more documents failed)" if summary.documents > 1 else ""
    raise InputError(first.reason + more, path=first.name, line=first.line)


def analyse_and_rank(
    options: AnalysisOptions,
    min_score: float | None = DEFAULT_MIN_SCORE,
    progress: Progress | None = None,
) -> Extraction:
    """:func:`analyse`, then score and rank the candidates, cut at ``min_score`` (by default
    the glossary's cut; ``None``: every candidate)."""
    from glossary.extract import rank
    from glossary.nlp.resources import Resources

    result = analyse(options, progress)
    resources = Resources.default(seeds=options.seeds, lift=options.lift)
    candidates = rank(result.stats, resources, min_score=min_score)
    return Extraction(candidates, result.letters, result.summary)
