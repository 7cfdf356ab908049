"""``nato_lemmatizer``: a combined Dutch lemmatizer on top of the predicted POS.

Order of evidence for each token: proper nouns as written (possessive ``'s`` removed); a lexicon
of (UPOS, form) → lemma learnt from the training treebank; spaCy's Dutch rule tables
(spacy-lookups-data) with AUX treated as VERB, accepted only when the result is a known lemma;
the head of an unknown compound lemmatised by the same rules (``lastenverdelingen`` →
``lastenverdeling``); the trained edit-tree lemma of an earlier component; the unvalidated rule
form. Hyphenated compounds are lemmatised on their last part only (``NAVO-toppen`` → ``NAVO-top``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from spacy.language import Language
from spacy.lookups import Table
from spacy.pipeline import Lemmatizer
from spacy.tokens import Token
from spacy.training import Example
from spacy.vocab import Vocab

RULE_TABLES = ["lemma_lookup", "lemma_rules", "lemma_exc", "lemma_index"]
LEXICON_TABLE = "lemma_lexicon"
RULE_POS = frozenset({"noun", "verb", "adj", "adv", "pron", "det", "adp", "num"})
COMPOUND_POS = frozenset({"NOUN", "ADJ", "VERB"})
AS_WRITTEN_POS = frozenset({"PUNCT", "SYM", "SPACE", "X"})
APOSTROPHES = ("'", "’")
MIN_COMPOUND_PART = 3
MIN_COMPOUND_HEAD = 4


def strip_possessive(text: str) -> str:
    """``MCR's``/``MCR’s`` → ``MCR``; ``Mercedes'`` → ``Mercedes``; anything else unchanged."""
    for apostrophe in APOSTROPHES:
        if text.endswith(apostrophe + "s") and len(text) > 2:
            return text[:-2]
        if text.endswith(apostrophe) and len(text) > 1 and text[-2] in "sxzSXZ":
            return text[:-1]
    return text


def lexicon_key(pos: str, lower: str) -> str:
    return f"{pos} {lower}"


class NatoLemmatizer(Lemmatizer):
    """spaCy ``Lemmatizer`` subclass with mode ``nato`` (see the module docstring)."""

    @classmethod
    def get_lookups_config(cls, mode: str) -> tuple[list[str], list[str]]:
        if mode == "nato":
            return (RULE_TABLES, [LEXICON_TABLE])
        return super().get_lookups_config(mode)

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Example]] | None = None,
        *,
        nlp: Language | None = None,
        lookups: Any = None,
    ) -> None:
        """Load the rule tables and learn the lexicon from the training examples' gold lemmas."""
        super().initialize(get_examples, nlp=nlp, lookups=lookups)
        if get_examples is not None:
            self.lookups.set_table(LEXICON_TABLE, build_lexicon(get_examples()))
        self.cache = {}

    def nato_lemmatize(self, token: Token) -> list[str]:
        text = token.text
        pos = token.pos_
        if pos in AS_WRITTEN_POS or not pos:
            return [text]
        if pos == "PROPN":
            return [strip_possessive(text)]
        trained = token.lemma_ if token.lemma != 0 else ""
        core = text.strip("-")
        if "-" in core and pos != "NUM":
            prefix, last = core.rsplit("-", 1)
            head_trained = trained.rsplit("-", 1)[-1] if trained else ""
            return [prefix + "-" + self.lemmatize_word(last, pos, head_trained)]
        return [self.lemmatize_word(core or text, pos, trained)]

    def lemmatize_word(self, word: str, pos: str, trained: str = "") -> str:
        """Lemma of one word without hyphens, by the order of evidence in the module docstring."""
        lower = word.lower()
        lexicon = self.lookups.get_table(LEXICON_TABLE, {})
        known = lexicon.get(lexicon_key(pos, lower))
        if known is not None:
            return known
        lemma, validated = self.rule_lemma(lower, pos)
        if validated:
            return lemma
        if pos in COMPOUND_POS:
            compound = self.compound_lemma(lower, pos)
            if compound:
                return compound
        if trained:
            return trained.lower()
        return lemma

    def rule_lemma(self, lower: str, pos: str) -> tuple[str, bool]:
        """spaCy's Dutch rules; the flag says whether the lemma is known (index/exceptions)."""
        key = (lower, pos)
        cached = self.cache.get(key)
        if cached is not None:
            return cached
        result = self._rule_lemma(lower, "verb" if pos == "AUX" else pos.lower())
        self.cache[key] = result
        return result

    def _rule_lemma(self, lower: str, pos: str) -> tuple[str, bool]:
        if pos not in RULE_POS:
            return lower, False
        index = self.lookups.get_table("lemma_index").get(pos, {})
        exceptions = self.lookups.get_table("lemma_exc").get(pos, {})
        if lower in index:
            return lower, True
        if lower in exceptions:
            return exceptions[lower][0], True
        looked_up = self.lookups.get_table("lemma_lookup").get(lower)
        if looked_up and looked_up in index:
            return looked_up, True
        oov: list[str] = []
        for old, new in self.lookups.get_table("lemma_rules").get(pos, []):
            if lower.endswith(old):
                form = lower[: len(lower) - len(old)] + new
                if form in index:
                    return form, True
                if form:
                    oov.append(form)
        return (oov[0] if oov else lower), False

    def compound_lemma(self, lower: str, pos: str) -> str | None:
        """Lemmatise the longest known head of an unknown compound and keep its modifier as is."""
        lexicon = self.lookups.get_table(LEXICON_TABLE, {})
        for cut in range(MIN_COMPOUND_PART, len(lower) - MIN_COMPOUND_HEAD + 1):
            head = lower[cut:]
            known = lexicon.get(lexicon_key(pos, head))
            if known is not None:
                return lower[:cut] + known.lower()
            lemma, validated = self.rule_lemma(head, pos)
            if validated:
                return lower[:cut] + lemma
        return None


def build_lexicon(examples: Iterable[Example]) -> Table:
    """(UPOS, lower-case form) → most frequent gold lemma, from the reference docs."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for example in examples:
        for token in example.reference:
            if token.pos_ and token.lemma_ and token.pos_ not in AS_WRITTEN_POS | {"PROPN"}:
                counts[lexicon_key(token.pos_, token.text.lower())][token.lemma_] += 1
    table = Table(name=LEXICON_TABLE)
    for key in sorted(counts):
        table[key] = counts[key].most_common(1)[0][0]
    return table


@Language.factory(
    "nato_lemmatizer",
    assigns=["token.lemma"],
    default_config={"overwrite": True},
    default_score_weights={"lemma_acc": 1.0},
)
def make_nato_lemmatizer(nlp: Language, name: str, overwrite: bool) -> NatoLemmatizer:
    """Factory for ``nato_lemmatizer`` (see :class:`NatoLemmatizer`)."""
    return NatoLemmatizer(nlp.vocab, None, name, mode="nato", overwrite=overwrite)


__all__ = ["NatoLemmatizer", "Vocab", "make_nato_lemmatizer", "strip_possessive"]
