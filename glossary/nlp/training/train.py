"""Train the pipeline from ``config.cfg`` on the converted corpus; install it as the model."""

from __future__ import annotations

import json
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import glossary.nlp.components.flags
import glossary.nlp.components.lemmatizer
import glossary.nlp.components.sentences
import glossary.nlp.components.tokenizer  # noqa: F401  (registers the factories and the callback)
from glossary.nlp.training.convert import EXTRA_LEXICON, TRAIN_DIR
from glossary.nlp.training.extra import Variant

CONFIG = Path(__file__).resolve().parent / "config.cfg"
PIPELINE_NAME = "nato_pipeline"
PIPELINE_VERSION = "1.0.0"
TRAINING_META = "nato_training"
EXTRA_SOURCE = {
    "name": "UD_Dutch-LassySmall, 2017 train split (commit ccd0244)",
    "license": "CC BY-SA 4.0",
}


@dataclass(frozen=True)
class TrainingRun:
    """Where the best model was written and how long training took."""

    best: Path
    seconds: float
    max_steps: int
    seed: int


def train(
    corpus: Path, output: Path, max_steps: int | None = None, seed: int | None = None
) -> TrainingRun:
    """``spacy train`` with the repository config (fixed seed) on the training folder and
    ``dev.spacy`` of ``corpus``, with ``lexicon-extra.spacy`` for the lexicon if present."""
    from spacy.cli.train import train as spacy_train
    from spacy.util import load_config

    extra_lexicon = corpus / EXTRA_LEXICON
    overrides: dict[str, object] = {
        "paths.train": str(corpus / TRAIN_DIR),
        "paths.dev": str(corpus / "dev.spacy"),
        "paths.extra_lexicon": str(extra_lexicon) if extra_lexicon.is_file() else None,
    }
    if max_steps is not None:
        overrides["training.max_steps"] = max_steps
    if seed is not None:
        overrides["system.seed"] = seed
    config = load_config(CONFIG)
    steps = int(max_steps or config["training"]["max_steps"])
    if output.exists():
        shutil.rmtree(output)
    start = time.perf_counter()
    spacy_train(CONFIG, output, overrides=overrides)
    seconds = time.perf_counter() - start
    used_seed = int(seed if seed is not None else config["system"]["seed"])
    return TrainingRun(output / "model-best", seconds, steps, used_seed)


def install(run: TrainingRun, model_dir: Path, extra: Variant, extra_words: int) -> None:
    """Copy the best model to ``model_dir`` with the project's name, licence and training facts
    (including how the extra 2017 treebank file was used)."""
    import spacy

    nlp = spacy.load(run.best)
    sources = [
        {"name": "UD_Dutch-LassySmall", "license": "CC BY-SA 4.0"},
        {"name": "UD_Dutch-Alpino", "license": "CC BY-SA 4.0"},
        {"name": "spacy-lookups-data (nl lemma tables)", "license": "MIT"},
    ]
    if extra_words:
        sources.insert(2, EXTRA_SOURCE)
    nlp.meta.update(
        {
            "name": PIPELINE_NAME,
            "version": PIPELINE_VERSION,
            "description": "Dutch pipeline of nato-glossary, trained on UD Dutch LassySmall and "
            "Alpino: tokenizer rules, dictionary flags, tok2vec, morphologizer, senter and a "
            "combined lexicon/rule lemmatizer.",
            "license": "CC BY-SA 4.0",
            "author": "nato-glossary developers",
            "sources": sources,
            TRAINING_META: {
                "seconds": round(run.seconds),
                "max_steps": run.max_steps,
                "seed": run.seed,
                "extra": extra.name,
                "extra_words": extra_words,
            },
        }
    )
    nlp.meta.pop("performance", None)
    if model_dir.exists():
        shutil.rmtree(model_dir)
    nlp.to_disk(model_dir)


def training_facts(model_dir: Path) -> dict[str, Any]:
    """What :func:`install` recorded about the training run (empty if unknown)."""
    meta = json.loads((model_dir / "meta.json").read_text(encoding="utf-8"))
    return dict(meta.get(TRAINING_META, {}))
