"""The resolver chain: order, confidence, alternatives, MT only when needed, English evidence."""

from __future__ import annotations

import pytest

from glossary.errors import TranslationError
from glossary.model import Candidate, Translation
from glossary.paths import shipped_terms_dir
from glossary.translate.chain import Chain, Resolution, build_chain, choose, status_for
from glossary.translate.evidence import EvidenceResolver
from glossary.translate.language import is_dutch, is_english, is_english_name
from glossary.translate.lexicon import load_lexicon
from glossary.translate.termbase import load_termbase


class Fixed:
    """A resolver with canned answers that counts how often it was asked."""

    def __init__(
        self, name: str, *answers: Translation, lazy: bool = False, error: str | None = None
    ) -> None:
        self.name = name
        self.answers = list(answers)
        self.lazy = lazy
        self.error = error
        self.asked = 0

    def resolve(self, candidate: Candidate) -> list[Translation]:
        self.asked += 1
        if self.error:
            raise TranslationError(self.error)
        return list(self.answers)


def cand(term: str, kind: str = "term", **kw) -> Candidate:
    return Candidate(term, kind, 1.0, 1, **kw)


@pytest.fixture(scope="module")
def chain() -> Chain:
    terms = shipped_terms_dir()
    return build_chain(load_termbase(terms / "termbase.tsv"), load_lexicon(terms / "lexicon.tsv"))


def test_first_confident_answer_wins_and_others_are_alternatives():
    weak = Fixed("a", Translation("burden distribution", "compound", 0.3))
    strong = Fixed(
        "b",
        Translation("burden sharing", "letter", 0.8),
        Translation("Burden Sharing", "letter", 0.8),
    )
    later = Fixed("c", Translation("load division", "compound", 0.6))
    res = Chain([weak, strong, later]).resolve(cand("lastenverdeling"))
    assert res.translation.text == "burden sharing"
    assert [a.text for a in res.alternatives] == ["burden distribution", "load division"]
    assert res.status == "proposed"


def test_mt_is_asked_only_when_nothing_is_confident():
    confident = Fixed("tb", Translation("deterrence", "termbase", 1.0))
    mt = Fixed("mt:x", Translation("scaring off", "mt:x", 0.4), lazy=True)
    assert Chain([confident, mt]).resolve(cand("afschrikking")).status == "reviewed"
    assert mt.asked == 0
    res = Chain([Fixed("tb"), mt]).resolve(cand("afschrikking"))
    assert mt.asked == 1
    assert res.translation is None  # MT below the threshold stays an alternative
    assert Chain([Fixed("tb"), mt], threshold=0.3).resolve(cand("x")).status == "machine"
    Chain([Fixed("tb"), mt]).resolve(cand("afschrikking"), offline=True)
    assert mt.asked == 2  # offline: not asked at all


def test_mt_failure_is_recorded_and_entry_stays_missing():
    res = Chain([Fixed("tb"), Fixed("mt:x", lazy=True, error="x: time-out")]).resolve(cand("y"))
    assert res.status == "missing" and res.failure == "x: time-out"


def test_forbidden_renderings_are_never_chosen():
    res = Resolution(
        Translation("burden distribution", "compound", 0.6),
        (Translation("burden sharing", "letter", 0.8),),
    )
    cleaned = res.without(["Burden Distribution"])
    assert cleaned.translation.text == "burden sharing"
    assert cleaned.alternatives == ()


def test_status_by_source():
    assert [
        status_for(Translation("x", s)) for s in ("termbase", "letter", "compound", "mt:deepl")
    ] == ["reviewed", "proposed", "proposed", "machine"]
    assert status_for(None) == "missing"
    assert choose([Translation("", "letter", 1.0)]) == (None, ())


def test_shipped_chain(chain):
    res = chain.resolve(cand("afschrikking", english_evidence=["«deterrence posture»"]))
    assert (res.translation.text, res.translation.source) == ("deterrence", "termbase")
    assert [(a.text, a.source) for a in res.alternatives] == [("deterrence posture", "letter")]
    res = chain.resolve(
        cand("NSATU", "acronym", expansion="NATO Security Assistance and Training for Ukraine")
    )
    assert res.translation.text == "NSATU"  # an English acronym used in Dutch keeps itself
    # the English expansion has its own field now, no longer the last alternative
    assert res.english_expansion.text == "NATO Security Assistance and Training for Ukraine"
    assert res.english_expansion.text not in [a.text for a in res.alternatives]
    res = chain.resolve(cand("luchtverdedigingsmiddel"))
    assert (res.translation.text, res.status) == ("air defence asset", "proposed")
    res = chain.resolve(cand("NAR", "acronym"))
    assert res.expansion == "Noord-Atlantische Raad"
    # an English name that keeps a Dutch acronym takes the English one; a name with no
    # clearly Dutch word is English as written though shared words cast no vote
    res = chain.resolve(cand("NAVO Leaders Meeting", "entity"))
    assert res.translation.text == "NATO Leaders Meeting"
    res = chain.resolve(cand("International Monitoring System", "entity"))
    assert (res.translation.text, res.translation.source) == (
        "International Monitoring System",
        "letter",
    )
    assert chain.resolve(cand("zwembadwater")).status == "missing"


def test_evidence_from_the_letters():
    ev = EvidenceResolver()
    [paired] = ev.resolve(cand("ondersteuning", english_evidence=["«enablement»"]))
    assert (paired.text, paired.source, paired.confidence) == ("enablement", "letter", 0.8)
    [expansion] = ev.resolve(cand("NRI", "acronym", expansion="NATO Readiness Initiative"))
    assert expansion.text == "NATO Readiness Initiative"
    assert ev.resolve(cand("NAR", "acronym", expansion="Noord-Atlantische Raad")) == []
    [itself] = ev.resolve(cand("third responder"))
    assert itself.text == "third responder" and itself.confidence == 0.7
    assert ev.resolve(cand("non-combat missie")) == []
    assert ev.resolve(cand("lastenverdeling", english_evidence=["lastenverdeling"])) == []


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("NATO Security Assistance and Training for Ukraine", True),
        ("Kosovo Force", True),
        ("enablement", True),
        ("flagship project", True),
        ("Noord-Atlantische Raad", False),
        ("drone", False),
        ("top", False),
        ("force protection compagnie", False),
        ("EPF-budget", False),  # an acronym is of no language; Dutch joins it with a hyphen
        ("EPF-capaciteitssteun", False),
    ],
)
def test_language_votes(text, english):
    assert is_english(text) is english


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("International Monitoring System", True),  # Monitoring and System do not vote
        ("Task Force Uruzgan", True),
        ("Defensie Planning Comité", False),  # Defensie is Dutch
        ("Noord-Atlantische Raad", False),
        ("Global Zero", False),  # no clearly English word
        ("Monitoring", False),
    ],
)
def test_english_names(text, name):
    assert is_english_name(text) is name


def test_dutch_votes():
    assert is_dutch("Noord-Atlantische Raad") and not is_dutch("enablement")


def test_no_computed_guesses_next_to_a_term_base_answer():
    termbase = Fixed("tb", Translation("Minister of Defence", "termbase", 1.0))
    letter = Fixed("letter", Translation("Defence Minister", "letter", 0.8))
    guess = Fixed("compound", Translation("minister of Ministry of Defence", "compound", 0.6))
    res = Chain([termbase, letter, guess]).resolve(cand("Minister van Defensie"))
    assert [a.text for a in res.alternatives] == ["Defence Minister"]
    res = Chain([letter, guess]).resolve(cand("Minister van Defensie"))
    assert [a.text for a in res.alternatives] == ["minister of Ministry of Defence"]


def test_paired_english_that_names_another_term_is_only_an_alternative(chain):
    res = chain.resolve(cand("Kosovaarse autoriteit", english_evidence=["first responder"]))
    assert (res.translation.text, res.translation.source) == ("Kosovo authority", "compound")
    assert [(a.text, a.source) for a in res.alternatives] == [("first responder", "letter")]
    res = chain.resolve(cand("Kosovaarse qwertyautoriteit", english_evidence=["first responder"]))
    assert res.translation is None and res.status == "missing"
    assert [(a.text, a.source) for a in res.alternatives] == [("first responder", "letter")]
    res = chain.resolve(cand("ondersteuning", english_evidence=["enablement"]))
    assert res.translation.text == "support"  # the term base's own row accepts enablement
    assert [a.text for a in res.alternatives] == ["enablement"]
