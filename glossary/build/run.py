"""The whole build as one call: letters → candidates → resolver chain → merged, stored glossary.

:func:`build_glossary` loads the term base, lexicon and rejections, extracts and ranks the
candidates (:func:`glossary.extract.scale.run.analyse_and_rank`), drops rejected ones, resolves
their translations offline, holds back what nothing attests as a term
(:mod:`glossary.build.admit`), asks machine translation for the rest only when opted in and
never for an entry a person decided, then takes the glossary's lock, re-reads it, merges
(:func:`glossary.build.merge.merge`) and writes it atomically, so a concurrent reviewer's
decision is never lost. ``glossary build`` parses its arguments into :class:`BuildOptions`,
calls this and prints the :class:`BuildOutcome`.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from glossary.build.merge import BuildReport, Key
    from glossary.extract.scale.executors import RunSummary
    from glossary.extract.scale.run import AnalysisOptions, Progress
    from glossary.model import Candidate, Glossary
    from glossary.review.rejections import Rejections
    from glossary.translate.chain import Chain, Resolution
    from glossary.translate.mt import MachineTranslator, MTSettings, MTStats
    from glossary.translate.termbase import TermBase

PathLike = str | os.PathLike[str]


@dataclass
class BuildOptions:
    """What to build from and where to write it: ``glossary build``'s options as data."""

    #: Letter files, directories, globs or ``-``; none: the shipped letters, unless a
    #: manifest lists them.
    letters: Sequence[str] | None = None
    #: A file listing more letters, one path per line (``-``: standard input).
    manifest: str | None = None
    #: The term base TSV (default: the shipped ``terms/termbase.tsv``).
    termbase: PathLike | None = None
    #: The component lexicon TSV for compounds (default: the shipped one).
    lexicon: PathLike | None = None
    #: The glossary to merge into and write (default: ``$NATO_GLOSSARY``, else
    #: ``./terms/glossary.json``); a new path starts a fresh glossary.
    out: PathLike | None = None
    #: Opt in to machine translation with these settings (nothing leaves the machine without).
    mt: MTSettings | None = None
    #: Or a ready machine translator (used instead of ``mt``; its cache stays open).
    translator: MachineTranslator | None = None
    #: Worker processes for the language analysis.
    jobs: int = 1
    #: A Dask scheduler address, or ``local`` for a LocalCluster with ``jobs`` workers.
    dask: str | None = None
    #: Read and write the per-document statistics cache.
    use_cache: bool = True
    #: Folder of that cache (default: the user cache dir, or ``$NATO_GLOSSARY_CACHE``).
    cache_dir: str | None = None
    #: Delete the entries whose terms are no longer in the letters (else they are kept, stale).
    prune: bool = False


@dataclass
class BuildOutcome:
    """What a build wrote and did."""

    #: The glossary file written.
    path: Path
    #: The glossary as written (re-read after the merge).
    glossary: Glossary
    #: New, changed, stale, pruned and rejected entries, term-base conflicts, MT failures.
    report: BuildReport
    #: How the documents fared: analysed, from the cache, failed (and why).
    documents: RunSummary
    #: The metadata of the letters read, by letter id.
    letters: dict[str, dict[str, str | None]]
    #: The machine-translation provider asked, or ``None`` when none was (offline build).
    mt_provider: str | None
    #: Requests, cache hits and retries of that provider.
    mt_stats: MTStats | None
    #: Wall-clock seconds the build took.
    seconds: float


def build_glossary(options: BuildOptions, progress: Progress | None = None) -> BuildOutcome:
    """Build or update the glossary ``options.out`` from the letters; see the module docstring.

    ``progress`` is told how many documents are analysed (``(done, total)``). Raises
    :class:`~glossary.errors.GlossaryError` on bad input (a missing letter, a malformed term
    base or glossary, every document failing), before the slow steps where it can.
    """
    from glossary.build.merge import candidate_key, unify_candidates, unify_synonyms
    from glossary.extract.scale.run import analyse_and_rank, check_jobs
    from glossary.paths import default_glossary_for_writing, shipped_terms_dir
    from glossary.review.rejections import default_path, load_rejections
    from glossary.store import jsonfile as store
    from glossary.text import fold
    from glossary.translate.chain import build_chain
    from glossary.translate.lexicon import load_lexicon
    from glossary.translate.seeds import seed_terms
    from glossary.translate.termbase import load_termbase

    started = time.perf_counter()
    out = default_glossary_for_writing(options.out)
    check_jobs(options.jobs)
    termbase = load_termbase(options.termbase or shipped_terms_dir() / "termbase.tsv")
    lexicon = load_lexicon(options.lexicon or shipped_terms_dir() / "lexicon.tsv")
    rejections = load_rejections(default_path(out))
    owned = options.translator is None
    translator = _translator(options.mt) if owned else options.translator
    try:
        chain = build_chain(termbase, lexicon, translator)
        store.load_or_new(out)  # a malformed glossary fails now, before the slow steps
        extraction = analyse_and_rank(_analysis(options, *seed_terms(termbase)), progress=progress)
        letters = {letter["id"]: letter for letter in extraction.letters}
        candidates = unify_synonyms(unify_candidates(extraction.candidates), termbase)
        skipped = sorted({c.term for c in candidates if rejections.is_rejected(c.term)})
        candidates = [c for c in candidates if not rejections.is_rejected(c.term)]
        candidates, held, resolutions = _resolve(
            chain, candidates, store.load_or_new(out), translator is not None
        )
        report = _merge(out, candidates, resolutions, letters, termbase, rejections, options.prune)
        report.held_back = sorted({c.term for c in held}, key=lambda t: (fold(t), t))
    finally:
        if owned and translator is not None and translator.cache is not None:
            translator.cache.close()
    report.rejected = sorted(set(report.rejected) | set(skipped))
    report.mt_failures = [
        (c.term, res.failure) for c in candidates if (res := resolutions[candidate_key(c)]).failure
    ]
    return BuildOutcome(
        path=out,
        glossary=store.load(out),
        report=report,
        documents=extraction.summary,
        letters=letters,
        mt_provider=translator.settings.provider if translator is not None else None,
        mt_stats=translator.stats if translator is not None else None,
        seconds=time.perf_counter() - started,
    )


def _analysis(options: BuildOptions, seeds: Sequence[str], lift: Sequence[str]) -> AnalysisOptions:
    """What the map step reads: the letters given, else the shipped ones (unless a manifest
    lists the letters), seeded with the term base's terms and CLDR names."""
    from glossary.extract.scale.run import AnalysisOptions
    from glossary.paths import shipped_letters

    return AnalysisOptions(
        inputs=options.letters or ([] if options.manifest else [str(shipped_letters())]),
        manifest=options.manifest,
        seeds=seeds,
        lift=lift,
        jobs=options.jobs,
        dask=options.dask,
        use_cache=options.use_cache,
        cache_dir=options.cache_dir,
    )


def _translator(settings: MTSettings | None) -> MachineTranslator | None:
    """The machine translator (with the user's MT cache) when the user opted in, else None."""
    if settings is None:
        return None
    from glossary.errors import InputError
    from glossary.translate.mt import MachineTranslator, MTCache

    if settings.timeout <= 0 or settings.retries < 0:
        raise InputError("--mt-timeout must be positive and --mt-retries not negative")
    cache = MTCache()
    try:
        return MachineTranslator(settings, cache)
    except BaseException:  # e.g. no API key: do not leave the cache open
        cache.close()
        raise


def _resolve(
    chain: Chain, candidates: Sequence[Candidate], before: Glossary, online: bool
) -> tuple[list[Candidate], list[Candidate], dict[Key, Resolution]]:
    """(admitted, held back, resolutions): each candidate's translation offline first; the
    candidates :func:`~glossary.build.admit.admit` lets in; then, with a machine translator,
    its English for what is still untranslated among those, except for entries a person
    decided. Held-back candidates are never sent to the translator."""
    from glossary.build.admit import admit
    from glossary.build.merge import candidate_key, is_protected, match_entries

    protected = {key for key, e in match_entries(before, candidates).items() if is_protected(e)}
    resolutions = {candidate_key(c): chain.resolve(c, offline=True) for c in candidates}
    admitted, held = admit(candidates, resolutions, protected)
    for cand in admitted:
        key = candidate_key(cand)
        if resolutions[key].translation is None and online and key not in protected:
            resolutions[key] = chain.resolve(cand)
    return admitted, held, {k: resolutions[k] for k in map(candidate_key, admitted)}


def _merge(
    out: Path,
    candidates: Sequence[Candidate],
    resolutions: dict[Key, Resolution],
    letters: dict[str, dict[str, str | None]],
    termbase: TermBase,
    rejections: Rejections,
    prune: bool,
) -> BuildReport:
    """Lock the glossary, re-read it, merge, write it: a concurrent decision is never lost."""
    from glossary.build.merge import merge
    from glossary.store import jsonfile as store
    from glossary.text import now_utc
    from glossary.translate.termbase import renderings_of

    def change(glossary: Glossary) -> BuildReport:
        new, report = merge(
            glossary,
            candidates,
            resolutions,
            now=now_utc(),
            letters=letters,
            prune=prune,
            rejected=rejections.is_rejected,
            rejected_id=rejections.is_rejected_id,
            termbase_renderings=lambda e: renderings_of(termbase, e.lemma, e.kind),
        )
        glossary.entries, glossary.letters = new.entries, new.letters
        return report

    report: BuildReport = store.update(out, change, create=True)
    return report
