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
