"""Dutch verbs: whether a word is a known verb form, by the lexicon."""

from __future__ import annotations

from glossary.nlp.resources import Resources, memoised


@memoised
def verb_known(word: str, res: Resources) -> bool:
    """Is ``word`` a known verb form (infinitive, finite or participle) in the lexicon?"""
    if res.in_index("verb", word) or res.exception("verb", word):
        return True
    looked = res.lookup(word)
    if looked and looked != word and res.in_index("verb", looked):
        return True
    return any(res.in_index("verb", form) for form in res.rule_forms("verb", word))


@memoised
def present_participle(word: str, res: Resources) -> bool:
    """``destabiliserende``, ``overkoepelend``, ``gaande``: an infinitive plus ``-d(e)``, a verb
    form that names an ongoing process (``gewapend``, a past participle, is none)."""
    lower = word.lower()
    stem = lower[:-2] if lower.endswith("nde") else lower[:-1] if lower.endswith("nd") else ""
    return len(stem) > 3 and stem.endswith("n") and verb_known(stem, res)
