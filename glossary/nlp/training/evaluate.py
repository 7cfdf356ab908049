"""Score a pipeline and the lemma baselines on the held-out split (gold tokens, case-insensitive).

Every system sees the same gold words: UPOS and lemma accuracy are per word, "unseen" means
content words (gold NOUN, VERB, ADJ, ADV) whose lower-case form never occurs in the training
split, sentence F compares predicted sentences with the treebank's, UAS/LAS are reported when
the pipeline has a parser. Speed is ``nlp.pipe`` on the held-out raw text with the pipeline's
own tokenizer, the median of several repeats.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, cast

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from glossary.nlp.training.conllu import Sentence

if TYPE_CHECKING:
    from spacy.pipeline import Lemmatizer

CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV"})
SPEED_REPEATS = 5


@dataclass
class Accuracy:
    """Correct / total counter with a percentage."""

    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.correct += int(ok)
        self.total += 1

    @property
    def percent(self) -> float:
        return 100.0 * self.correct / self.total if self.total else 0.0


@dataclass
class LemmaScores:
    """Lemma accuracy overall, on gold nouns and on unseen content words."""

    all: Accuracy = field(default_factory=Accuracy)
    noun: Accuracy = field(default_factory=Accuracy)
    unseen: Accuracy = field(default_factory=Accuracy)


@dataclass
class PipelineScores:
    """Held-out scores of the trained pipeline."""

    words: int
    upos: Accuracy
    morph: Accuracy
    lemma: LemmaScores
    sents_p: float
    sents_r: float
    sents_f: float
    uas: float | None
    las: float | None


def load_gold(path: Path, nlp: Language) -> list[Doc]:
    """The gold docs of a ``.spacy`` file, in the pipeline's vocab."""
    return list(DocBin().from_disk(path).get_docs(nlp.vocab))


def training_forms(sentences: Iterable[Sentence]) -> set[str]:
    """Lower-case word forms of the current files' training split (to tell seen from unseen
    words; the same words for every variant of extra training data)."""
    return {word.form.lower() for sentence in sentences for word in sentence.words}


def bare_doc(nlp: Language, gold: Doc) -> Doc:
    """The gold words and spaces only, ready for a pipeline to annotate."""
    return Doc(nlp.vocab, words=[t.text for t in gold], spaces=[bool(t.whitespace_) for t in gold])


def same_lemma(predicted: str, gold: str) -> bool:
    return predicted.lower() == gold.lower()


def score_lemmas(
    pairs: Iterable[tuple[Doc, Sequence[str]]], seen: set[str], scores: LemmaScores | None = None
) -> LemmaScores:
    """Accumulate lemma accuracy of predicted lemma lists against their gold docs."""
    scores = scores or LemmaScores()
    for gold, predicted in pairs:
        for token, lemma in zip(gold, predicted, strict=True):
            ok = same_lemma(lemma, token.lemma_)
            scores.all.add(ok)
            if token.pos_ == "NOUN":
                scores.noun.add(ok)
            if token.pos_ in CONTENT_POS and token.lower_ not in seen:
                scores.unseen.add(ok)
    return scores


def _spans(doc: Doc) -> set[tuple[int, int]]:
    return {(sent.start, sent.end) for sent in doc.sents}


def _prf(found: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = found / predicted if predicted else 0.0
    r = found / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return 100 * p, 100 * r, 100 * f


def score_pipeline(nlp: Language, gold_docs: list[Doc], seen: set[str]) -> PipelineScores:
    """Run ``nlp`` on the gold words of every held-out doc and compare with the treebank."""
    predicted_docs = list(nlp.pipe(bare_doc(nlp, gold) for gold in gold_docs))
    upos, morph = Accuracy(), Accuracy()
    lemma = LemmaScores()
    found = n_pred = n_gold = 0
    has_parser = "parser" in nlp.pipe_names
    heads = labelled = arcs = 0
    for gold, doc in zip(gold_docs, predicted_docs, strict=True):
        for g, p in zip(gold, doc, strict=True):
            upos.add(g.pos_ == p.pos_)
            morph.add(str(g.morph) == str(p.morph))
            if has_parser:
                arcs += 1
                if g.head.i == p.head.i:
                    heads += 1
                    labelled += int(g.dep_.lower() == p.dep_.lower())
        score_lemmas([(gold, [t.lemma_ for t in doc])], seen, lemma)
        gold_spans, pred_spans = _spans(gold), _spans(doc)
        found += len(gold_spans & pred_spans)
        n_pred += len(pred_spans)
        n_gold += len(gold_spans)
    sents_p, sents_r, sents_f = _prf(found, n_pred, n_gold)
    return PipelineScores(
        words=upos.total,
        upos=upos,
        morph=morph,
        lemma=lemma,
        sents_p=sents_p,
        sents_r=sents_r,
        sents_f=sents_f,
        uas=100 * heads / arcs if has_parser and arcs else None,
        las=100 * labelled / arcs if has_parser and arcs else None,
    )


def ud_lemma_accuracy(nlp: Language, gold_docs: list[Doc], key: str) -> float:
    """Lemma accuracy against the treebank's plain lemmas stored in ``doc.user_data[key]``."""
    accuracy = Accuracy()
    for gold, doc in zip(gold_docs, nlp.pipe(bare_doc(nlp, g) for g in gold_docs), strict=True):
        for token, ud_lemma in zip(doc, gold.user_data[key], strict=True):
            accuracy.add(same_lemma(token.lemma_, ud_lemma))
    return accuracy.percent


def lookup_baseline() -> Language:
    """``spacy.blank("nl")`` with spaCy's lookup lemmatizer (spacy-lookups-data tables)."""
    import spacy

    nlp = spacy.blank("nl")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    return nlp


def score_lookup_baseline(gold_docs: list[Doc], seen: set[str]) -> LemmaScores:
    nlp = lookup_baseline()
    pairs = ((gold, [t.lemma_ for t in nlp(bare_doc(nlp, gold))]) for gold in gold_docs)
    return score_lemmas(pairs, seen)


def score_simplemma(gold_docs: list[Doc], seen: set[str]) -> LemmaScores:
    """simplemma's Dutch lemmas, word by word (it takes no POS)."""
    import simplemma

    pairs = ((gold, [simplemma.lemmatize(t.text, lang="nl") for t in gold]) for gold in gold_docs)
    return score_lemmas(pairs, seen)


def score_rule_on_predicted_pos(nlp: Language, gold_docs: list[Doc], seen: set[str]) -> LemmaScores:
    """spaCy's own Dutch rule lemmatizer on our predicted POS (the design notes' trial row)."""
    import spacy

    rule = spacy.blank("nl")
    rule.add_pipe("lemmatizer", config={"mode": "rule"})
    rule.initialize()
    lemmatizer = cast("Lemmatizer", rule.get_pipe("lemmatizer"))  # the pipe added just above
    ours = [name for name in nlp.pipe_names if name == "nato_lemmatizer"]
    pairs = []
    with nlp.select_pipes(disable=ours):
        for gold, doc in zip(gold_docs, nlp.pipe(bare_doc(nlp, g) for g in gold_docs), strict=True):
            pairs.append((gold, [lemmatizer.lemmatize(t)[0] for t in doc]))
    return score_lemmas(pairs, seen)


def words_per_second(
    nlp: Language, texts: list[str], repeats: int = SPEED_REPEATS
) -> tuple[float, float]:
    """Median words per wall-clock second and per CPU second of ``nlp.pipe`` over ``texts``
    (after one warm-up run)."""
    words = sum(len(doc) for doc in nlp.pipe(texts))
    wall, cpu = [], []
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        for _doc in nlp.pipe(texts):
            pass
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return words / statistics.median(wall), words / statistics.median(cpu)


def directory_size(path: Path) -> int:
    """Bytes of all files under ``path``."""
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def tokenization_f(nlp: Language, gold_docs: list[Doc]) -> float:
    """F-score of the pipeline tokenizer's tokens (character spans) against the gold words."""
    found = n_pred = n_gold = 0
    for gold in gold_docs:
        gold_spans = {(t.idx, t.idx + len(t)) for t in gold}
        pred_spans = {(t.idx, t.idx + len(t)) for t in nlp.make_doc(gold.text)}
        found += len(gold_spans & pred_spans)
        n_pred += len(pred_spans)
        n_gold += len(gold_spans)
    return _prf(found, n_pred, n_gold)[2]
