"""Load the shipped Dutch spaCy pipeline (``glossary/data/model/nl_nato_pipeline``), cached.

The pipeline is trained from the UD Dutch treebanks by ``python -m glossary.nlp.training`` and
committed; loading it needs neither ``../shared`` nor a download. Its custom components are
registered by importing :mod:`glossary.nlp.components` (and through the ``spacy_factories``
entry point).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from glossary.errors import GlossaryError
from glossary.paths import MODEL_DIR

if TYPE_CHECKING:
    from spacy.language import Language


def model_version(model_dir: Path = MODEL_DIR) -> str:
    """``name-version`` of the shipped pipeline (for cache keys), read from its ``meta.json``."""
    import json

    meta = json.loads((model_dir / "meta.json").read_text(encoding="utf-8"))
    return f"{meta.get('lang', 'nl')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0')}"


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The shipped pipeline: tokenizer rules, dictionary flags, tok2vec, morphologizer (UPOS +
    features), sentence boundaries and the combined lemmatizer. Cached: one shared ``Language``.
    """
    import spacy

    import glossary.nlp.components.flags
    import glossary.nlp.components.lemmatizer
    import glossary.nlp.components.sentences  # noqa: F401  (registers the factories)

    if not (MODEL_DIR / "config.cfg").is_file():
        raise GlossaryError("shipped pipeline missing; run `make model`", path=str(MODEL_DIR))
    return spacy.load(MODEL_DIR)


def show_first_sentence(path: str) -> str:
    """The first sentence of a letter's body as a table of token, POS and lemma (``make demo``)."""
    from glossary.corpus.letters import read_letters

    letter = read_letters([path])[0]
    doc = load_pipeline()(letter.clean[:5000])
    sentences = [
        s for s in doc.sents if s.text.strip().endswith(".") and sum(t.is_alpha for t in s) >= 8
    ]
    sent = sentences[0] if sentences else doc
    rows = [f"{'token':<24} {'POS':<6} lemma"]
    rows += [f"{t.text:<24} {t.pos_:<6} {t.lemma_}" for t in sent if not t.is_space]
    return f"{letter.id}: {sent.text.strip()}\n" + "\n".join(rows)
