"""Compare ways of using the extra 2017 treebank file (``glossary.nlp.training --compare``).

Each variant of :data:`glossary.nlp.training.extra.VARIANTS` is trained with the same config, seed
and split into ``<work>/variants/<name>`` and scored on the held-out split, which never holds
2017 data. The rows are kept in a JSON file beside the report page, one per variant and step
limit, and :mod:`glossary.nlp.training.report` renders them; nothing is installed.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from glossary.nlp.training.convert import write_extra
from glossary.nlp.training.evaluate import PipelineScores, load_gold, score_pipeline, training_forms
from glossary.nlp.training.extra import VARIANTS
from glossary.nlp.training.split import Split
from glossary.nlp.training.train import TrainingRun, train
from glossary.store.atomic import write_text


@dataclass(frozen=True)
class VariantResult:
    """Held-out (and development) scores of one variant after one training run."""

    variant: str
    description: str
    steps: int
    seed: int
    train_words: int
    #: words of the 2017 file the variant uses (as examples, or for the lexicon only)
    extra_words: int
    dev_upos: float
    upos: float
    lemma: float
    lemma_unseen: float
    features: float
    sents_f: float


def result_row(
    name: str, run: TrainingRun, scores: PipelineScores, words: tuple[int, int]
) -> VariantResult:
    """One table row from a training run and its held-out scores (percentages)."""
    meta = json.loads((run.best / "meta.json").read_text(encoding="utf-8"))
    return VariantResult(
        variant=name,
        description=VARIANTS[name].description,
        steps=run.max_steps,
        seed=run.seed,
        train_words=words[0],
        extra_words=words[1],
        dev_upos=100 * float(meta.get("performance", {}).get("pos_acc", 0.0)),
        upos=scores.upos.percent,
        lemma=scores.lemma.all.percent,
        lemma_unseen=scores.lemma.unseen.percent,
        features=scores.morph.percent,
        sents_f=scores.sents_f,
    )


def load_results(path: Path) -> list[VariantResult]:
    """The recorded rows (none if the file does not exist)."""
    if not path.is_file():
        return []
    rows = json.loads(path.read_text(encoding="utf-8"))
    return [VariantResult(**row) for row in rows]


def save_results(path: Path, new: list[VariantResult]) -> None:
    """Record ``new`` rows, replacing earlier rows of the same variant, step limit and seed."""
    keys = {row_key(row) for row in new}
    kept = [row for row in load_results(path) if row_key(row) not in keys]
    rows = sorted(kept + new, key=lambda r: (r.steps, list(VARIANTS).index(r.variant), r.seed))
    write_text(path, json.dumps([asdict(row) for row in rows], indent=1) + "\n")


def row_key(row: VariantResult) -> tuple[str, int, int]:
    """What makes a row: variant, step limit and seed."""
    return row.variant, row.steps, row.seed


def compare(
    ud_dir: Path,
    corpus: Path,
    work: Path,
    split: Split,
    names: list[str],
    max_steps: int | None = None,
    seed: int | None = None,
) -> list[VariantResult]:
    """Train and score each named variant on the corpus written by ``write_corpus``."""
    import spacy

    seen = training_forms(split.train)
    rows = []
    for name in names:
        extra_words = write_extra(ud_dir, corpus, VARIANTS[name], split.train)
        run = train(corpus, work / "variants" / name, max_steps, seed)
        nlp = spacy.load(run.best)
        scores = score_pipeline(nlp, load_gold(corpus / "heldout.spacy", nlp), seen)
        rows.append(result_row(name, run, scores, (split.words("train"), extra_words)))
        print(f"{name}: {rows[-1]}", flush=True)
    return rows
