"""``nato_lexicon_flags``: dictionary knowledge as input features for the statistical tagger.

A fifth of the words in new text never occur in the small training treebank, and the tagger
gets them wrong four times as often as seen words. spaCy's Dutch lemma tables know far more
words, so for each word this component sets one lexeme flag per content POS: whether the rule
tables (or, for a compound, its head) yield a known lemma under that POS. ``tok2vec`` embeds
the flags like any other token attribute (see ``config.cfg``). The flags are computed once per
word and process, from the tables of the ``nato_lemmatizer`` component; this component must run
before ``tok2vec`` (and is an annotating component during training).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from spacy.language import Language
from spacy.tokens import Doc

if TYPE_CHECKING:
    from glossary.nlp.components.lemmatizer import NatoLemmatizer

FLAG_IDS = {"NOUN": 50, "VERB": 51, "ADJ": 52, "ADV": 53}
COMPUTED_FLAG = 49


class LexiconFlags:
    """Set the dictionary flags of every word's lexeme (once per lexeme)."""

    def __init__(self, nlp: Language, lemmatizer: str) -> None:
        self.nlp = nlp
        self.lemmatizer = lemmatizer

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer: NatoLemmatizer | None = None
        for token in doc:
            lexeme = doc.vocab[token.orth]
            if lexeme.check_flag(COMPUTED_FLAG):
                continue
            if lemmatizer is None:
                # the pipe this component was configured with is a nato_lemmatizer
                lemmatizer = cast("NatoLemmatizer", self.nlp.get_pipe(self.lemmatizer))
                if "lemma_index" not in lemmatizer.lookups:
                    return doc
            lower = token.lower_
            for pos, flag in FLAG_IDS.items():
                lexeme.set_flag(flag, lemmatizer.knows(lower, pos))
            lexeme.set_flag(COMPUTED_FLAG, True)
        return doc


@Language.factory(
    "nato_lexicon_flags",
    default_config={"lemmatizer": "nato_lemmatizer"},
    assigns=[],
)
def make_lexicon_flags(nlp: Language, name: str, lemmatizer: str) -> LexiconFlags:
    """Factory for ``nato_lexicon_flags`` (see :class:`LexiconFlags`)."""
    return LexiconFlags(nlp, lemmatizer)
