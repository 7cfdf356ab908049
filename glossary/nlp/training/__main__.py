"""``python -m glossary.nlp.training`` (``make model``): convert, train, install, evaluate, report.

Reads the UD treebanks from ``../shared/ud`` (or ``--ud``), writes work files to ``training/``
(git-ignored), installs the best model at ``glossary.paths.MODEL_DIR`` (with the noun gender
table of :mod:`glossary.nlp.training.genders` beside it) and rewrites
``docs/measurements/pipeline.rst``. ``--evaluate-only`` re-measures the shipped pipeline.
``--extra`` chooses how the older 2017 LassySmall file is used (:mod:`glossary.nlp.training.extra`);
``--compare`` trains several such variants, scores them on the held-out split and records them
for the page (:mod:`glossary.nlp.training.compare`) without installing anything.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from glossary.nlp.training.extra import DEFAULT_VARIANT, VARIANTS
from glossary.nlp.training.split import Split
from glossary.paths import MODEL_DIR, PACKAGE_DIR

ROOT = PACKAGE_DIR.parent
DEFAULT_UD = ROOT.parent / "shared" / "ud"
DEFAULT_WORK = ROOT / "training"
DEFAULT_PAGE = ROOT / "docs" / "measurements" / "pipeline.rst"
DEFAULT_RESULTS = ROOT / "docs" / "measurements" / "extra-training-data.json"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m glossary.nlp.training", description=__doc__)
    parser.add_argument("--ud", type=Path, default=DEFAULT_UD, help="UD treebank folder")
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK, help="work folder")
    parser.add_argument("--model-dir", type=Path, default=MODEL_DIR, help="where to install")
    parser.add_argument("--page", type=Path, default=DEFAULT_PAGE, help="report page to write")
    parser.add_argument("--max-steps", type=int, default=None, help="override training steps")
    parser.add_argument(
        "--evaluate-only", action="store_true", help="measure the installed pipeline only"
    )
    parser.add_argument(
        "--extra",
        choices=list(VARIANTS),
        default=DEFAULT_VARIANT,
        help="how to use the 2017 LassySmall file (default: %(default)s)",
    )
    parser.add_argument(
        "--compare",
        nargs="+",
        choices=list(VARIANTS),
        metavar="VARIANT",
        help="train and score these variants, record them in --results; install nothing",
    )
    parser.add_argument(
        "--results", type=Path, default=DEFAULT_RESULTS, help="recorded variant comparison"
    )
    parser.add_argument("--seed", type=int, default=None, help="override the config's seed")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from glossary.nlp.training.convert import write_corpus, write_extra
    from glossary.nlp.training.measure import measure
    from glossary.nlp.training.train import install, train

    if not args.ud.is_dir():
        print(f"error: {args.ud}: UD treebank folder not found (use --ud)", file=sys.stderr)
        return 2
    corpus = args.work / "corpus"
    split = write_corpus(args.ud, corpus)
    if args.compare:
        return run_comparison(args, corpus, split)
    if not args.evaluate_only:
        from glossary.nlp.training.genders import main as write_genders

        write_genders(["--ud", str(args.ud)])
        extra_words = write_extra(args.ud, corpus, VARIANTS[args.extra], split.train)
        run = train(corpus, args.work / "output", args.max_steps)
        install(run, args.model_dir, VARIANTS[args.extra], extra_words)
        print(f"installed {args.model_dir} (trained in {run.seconds / 60:.1f} min)", flush=True)
    page = measure(args.model_dir, corpus, args.page, split, args.ud, args.results)
    print(page)
    return 0


def run_comparison(args: argparse.Namespace, corpus: Path, split: Split) -> int:
    """``--compare``: train, score and record the variants; the shipped model is untouched."""
    from glossary.nlp.training.compare import compare, save_results

    rows = compare(args.ud, corpus, args.work, split, args.compare, args.max_steps, args.seed)
    save_results(args.results, rows)
    print(f"recorded {len(rows)} variant(s) in {args.results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
