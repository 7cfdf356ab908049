"""Measure a saved pipeline and the baselines on the held-out split and write the report page."""

from __future__ import annotations

from pathlib import Path

from glossary.nlp.training.compare import load_results
from glossary.nlp.training.convert import UD_LEMMAS
from glossary.nlp.training.evaluate import (
    directory_size,
    load_gold,
    score_lookup_baseline,
    score_pipeline,
    score_rule_on_predicted_pos,
    score_simplemma,
    tokenization_f,
    training_forms,
    ud_lemma_accuracy,
    words_per_second,
)
from glossary.nlp.training.extra import read_extra
from glossary.nlp.training.genders import compare_tables
from glossary.nlp.training.report import Report, render
from glossary.nlp.training.split import Split
from glossary.nlp.training.train import training_facts
from glossary.store.atomic import write_text


def measure(
    model_dir: Path, corpus: Path, page: Path, split: Split, ud_dir: Path, results: Path
) -> str:
    """Score everything in one run, write ``page`` (with the variants recorded in ``results``
    and the gender check on the 2017 file of ``ud_dir``), return the rendered text."""
    import spacy

    nlp = spacy.load(model_dir)
    gold = load_gold(corpus / "heldout.spacy", nlp)
    seen = training_forms(split.train)
    scores = score_pipeline(nlp, gold, seen)
    facts = training_facts(model_dir)
    extra = read_extra(ud_dir)
    wall, cpu = words_per_second(nlp, [doc.text for doc in gold])
    report = Report(
        pipeline=scores,
        ud_lemma=ud_lemma_accuracy(nlp, gold, UD_LEMMAS),
        lemma_rows=[
            ("this pipeline (nato_lemmatizer)", scores.lemma),
            ('spacy.blank("nl") + lookup lemmatizer', score_lookup_baseline(gold, seen)),
            ("simplemma", score_simplemma(gold, seen)),
            ("spaCy rule lemmatizer, our POS", score_rule_on_predicted_pos(nlp, gold, seen)),
        ],
        tokens_f=tokenization_f(nlp, gold),
        words_per_second=wall,
        words_per_cpu_second=cpu,
        model_bytes=directory_size(model_dir),
        components=list(nlp.pipe_names),
        train_words=split.words("train"),
        dev_words=split.words("dev"),
        heldout_words=split.words("heldout"),
        heldout_docs=len({sentence.doc_id for sentence in split.heldout}),
        training_seconds=float(facts["seconds"]) if "seconds" in facts else None,
        max_steps=int(facts["max_steps"]) if "max_steps" in facts else None,
        seed=int(facts["seed"]) if "seed" in facts else None,
        extra_variant=str(facts.get("extra", "none")),
        extra_words=sum(len(sentence.words) for sentence in extra),
        extra_rows=load_results(results),
        genders=compare_tables(split.train, extra, split.heldout),
    )
    text = render(report)
    page.parent.mkdir(parents=True, exist_ok=True)
    write_text(page, text)
    return text
