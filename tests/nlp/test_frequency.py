"""The fast frequency lookup gives wordfreq's own values, word for word."""

from __future__ import annotations

import random

import pytest
import wordfreq

from glossary.nlp.resources import zipf_frequency as zipf


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_fast_path_equals_wordfreq_on_its_own_vocabulary(lang: str) -> None:
    words = sorted(wordfreq.get_frequency_dict(lang, "best"))
    sample = random.Random(7).sample(words, 5000)
    probes = sample + [w + "q" for w in sample[:500]] + [w.upper() for w in sample[:200]]
    assert [zipf(w, lang) for w in probes] == [wordfreq.zipf_frequency(w, lang) for w in probes]


@pytest.mark.parametrize(
    "word", ["", "NAVO", "Navo", "navo", "café", "reëel", "f-35", "e-mail", "2%-norm", "x"]
)
def test_words_outside_the_fast_path_are_wordfreqs_too(word: str) -> None:
    assert zipf(word, "nl") == wordfreq.zipf_frequency(word, "nl")


def test_unknown_and_known_plain_words() -> None:
    assert zipf("qzxvwk", "nl") == 0.0
    assert zipf("verdediging", "nl") > 3.0
