"""``glossary build``: letters → candidates → resolver chain → merged, stored glossary.

By default nothing leaves the machine: machine translation runs only with ``--mt PROVIDER``.
The build extracts and translates first, then takes the glossary's lock, re-reads it, merges
and writes it atomically, so a concurrent reviewer's decision is never lost.
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from glossary.commands._common import add_format, print_json
from glossary.commands._scale import add_scale_options, analyse, report_documents

MAX_LISTED = 10


def register(sub: argparse._SubParsersAction) -> None:
    from glossary.translate import MT_PROVIDERS as PROVIDERS

    parser = sub.add_parser(
        "build",
        help="build or update the glossary from letters",
        description="Extract terms from letters, translate them (term base, English in the "
        "letters, compounds, and machine translation only with --mt) and merge "
        "them into the glossary. Reviewed entries are never changed; terms no "
        "longer seen are marked stale. No text leaves this machine without --mt.",
    )
    parser.add_argument(
        "--letters",
        nargs="+",
        metavar="PATH",
        help="letter files, directories or globs, or - for stdin "
        "(default: the shipped letters, unless --manifest lists them)",
    )
    parser.add_argument(
        "--termbase", metavar="FILE", help="term base TSV (default: the shipped terms/termbase.tsv)"
    )
    parser.add_argument(
        "--lexicon",
        metavar="FILE",
        help="component lexicon TSV for compounds (default: the shipped one)",
    )
    parser.add_argument(
        "--out",
        metavar="FILE",
        help="glossary to merge into and write (default: $NATO_GLOSSARY, else "
        "./terms/glossary.json; a new path starts a fresh glossary)",
    )
    parser.add_argument(
        "--mt",
        metavar="PROVIDER",
        choices=PROVIDERS,
        help=f"opt in to machine translation ({', '.join(PROVIDERS)}); "
        "sends the untranslated terms to that provider",
    )
    parser.add_argument(
        "--mt-url", metavar="URL", help="endpoint for --mt (a self-hosted LibreTranslate server)"
    )
    parser.add_argument(
        "--mt-timeout",
        type=float,
        default=10.0,
        metavar="SECONDS",
        help="time-out per machine-translation request (default: 10)",
    )
    parser.add_argument(
        "--mt-retries",
        type=int,
        default=3,
        metavar="N",
        help="retries after HTTP 429/5xx or a time-out (default: 3)",
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="worker processes for the language analysis (default: 1)",
    )
    parser.add_argument(
        "--prune",
        action="store_true",
        help="delete entries whose terms are no longer in the letters",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="exit 1 when some machine translations failed or some letters could not be analysed",
    )
    add_scale_options(parser)
    add_format(parser, choices=("text", "json"))
    parser.set_defaults(func=run)


def _extract(
    args: argparse.Namespace, seeds: list[str]
) -> tuple[dict[str, dict[str, str | None]], list[Any], Any]:
    """Metadata of the letters read, their candidates and how the documents fared; letters
    are streamed (and analysed by the executor chosen with --jobs/--dask, or taken from the
    per-document cache), not kept."""
    from glossary.extract import rank
    from glossary.nlp.resources import Resources
    from glossary.paths import shipped_letters

    resources = Resources.default(seeds=seeds)
    inputs = args.letters or ([] if args.manifest else [str(shipped_letters())])
    result = analyse(args, inputs, seeds)
    meta = {letter["id"]: letter for letter in result.letters}
    return meta, rank(result.stats, resources), result.summary


def run(args: argparse.Namespace) -> int:
    from glossary.build.merge import (
        candidate_key,
        is_protected,
        match_entries,
        merge,
        unify_candidates,
    )
    from glossary.errors import InputError
    from glossary.paths import default_glossary_for_writing, shipped_terms_dir
    from glossary.review.rejections import default_path, load_rejections
    from glossary.store import jsonfile as store
    from glossary.text import now_utc
    from glossary.translate.chain import build_chain
    from glossary.translate.lexicon import load_lexicon
    from glossary.translate.termbase import load_termbase, renderings_of

    started = time.perf_counter()
    out = default_glossary_for_writing(args.out)
    if args.jobs < 1:
        raise InputError(f"--jobs must be at least 1, not {args.jobs}")
    if args.mt_url and not args.mt:
        raise InputError("--mt-url needs --mt PROVIDER (e.g. --mt libre)")
    termbase = load_termbase(args.termbase or shipped_terms_dir() / "termbase.tsv")
    lexicon = load_lexicon(args.lexicon or shipped_terms_dir() / "lexicon.tsv")
    rejections = load_rejections(default_path(out))
    translator = _translator(args)
    chain = build_chain(termbase, lexicon, translator)
    store.load_or_new(out)  # a malformed glossary fails now, before the slow steps

    letters, candidates, documents = _extract(args, termbase.terms())
    candidates = unify_candidates(candidates)
    skipped = sorted({c.term for c in candidates if rejections.is_rejected(c.term)})
    candidates = [c for c in candidates if not rejections.is_rejected(c.term)]
    before = store.load_or_new(out)
    protected = {key for key, e in match_entries(before, candidates).items() if is_protected(e)}
    resolutions = {}
    for cand in candidates:
        key = candidate_key(cand)
        res = chain.resolve(cand, offline=True)
        if res.translation is None and translator is not None and key not in protected:
            res = chain.resolve(cand)
        resolutions[key] = res

    def change(glossary: Any) -> Any:
        new, report = merge(
            glossary,
            candidates,
            resolutions,
            now=now_utc(),
            letters=letters,
            prune=args.prune,
            rejected=rejections.is_rejected,
            rejected_id=rejections.is_rejected_id,
            termbase_renderings=lambda e: renderings_of(termbase, e.lemma, e.kind),
        )
        glossary.entries, glossary.letters = new.entries, new.letters
        return report

    report = store.update(out, change, create=True)
    report.rejected = sorted(set(report.rejected) | set(skipped))
    report.mt_failures = [
        (c.term, resolutions[candidate_key(c)].failure)
        for c in candidates
        if resolutions[candidate_key(c)].failure
    ]
    glossary = store.load(out)
    _print_summary(
        args,
        out,
        glossary,
        report,
        translator,
        len(letters),
        time.perf_counter() - started,
        documents,
    )
    return 1 if args.strict and (report.mt_failures or documents.failed) else 0


def _translator(args: argparse.Namespace) -> Any:
    """The machine translator when the user opted in with --mt, else None."""
    if not args.mt:
        return None
    from glossary.translate.mt import MachineTranslator, MTCache, MTSettings

    if args.mt_timeout <= 0 or args.mt_retries < 0:
        from glossary.errors import InputError

        raise InputError("--mt-timeout must be positive and --mt-retries not negative")
    settings = MTSettings(
        args.mt, url=args.mt_url, timeout=args.mt_timeout, retries=args.mt_retries
    )
    return MachineTranslator(settings, MTCache())


def _print_summary(
    args: argparse.Namespace,
    out: Any,
    glossary: Any,
    report: Any,
    translator: Any,
    n_letters: int,
    seconds: float,
    documents: Any = None,
) -> None:
    from glossary.store.summary import format_counts, summarize

    summary = summarize(glossary)
    mt: dict[str, Any] = {"provider": args.mt}
    if translator is not None:
        stats = translator.stats
        mt.update(
            requests=stats.requests,
            cache_hits=stats.cache_hits,
            retries=stats.retries,
            failed_terms=len(report.mt_failures),
        )
    if args.format == "json":
        print_json(
            {
                "glossary": str(out),
                "letters": n_letters,
                "seconds": round(seconds, 2),
                "summary": summary,
                "report": report.to_json(),
                "machine_translation": mt,
                "documents": documents.to_json() if documents else None,
            }
        )
        if documents and documents.failed:
            report_documents(documents)
        return
    plural = "" if n_letters == 1 else "s"
    print(
        f"glossary build: {out}: {summary['entries']} entries from {n_letters} letter{plural} "
        f"in {seconds:.1f} s — {len(report.new)} new, {len(report.changed)} changed, "
        f"{len(report.stale)} newly stale, {len(report.pruned)} pruned, "
        f"{len(report.rejected)} rejected skipped"
    )
    if documents:
        report_documents(documents, sys.stdout)
    print(f"  by status: {format_counts(summary['by_status'])}")
    print(f"  by source: {format_counts(summary['by_source'])}")
    if summary["stale"]:
        print(f"  stale: {summary['stale']} (kept; --prune deletes them)")
    print(f"  term-base conflicts: {len(report.conflicts)}")
    for c in report.conflicts[:MAX_LISTED]:
        print(f'    {c.id}: reviewed "{c.english}", term base "{c.termbase}"')
    if translator is None:
        print("  machine translation: off (no text left this machine; opt in with --mt)")
    else:
        print(
            f"  machine translation ({args.mt}): {mt['requests']} requests, "
            f"{mt['cache_hits']} cached, {mt['retries']} retries, "
            f"{len(report.mt_failures)} terms failed (left missing)"
        )
        for term, error in report.mt_failures[:MAX_LISTED]:
            print(f"    {term}: {error}", file=sys.stderr)
