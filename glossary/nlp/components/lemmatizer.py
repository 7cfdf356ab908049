"""``nato_lemmatizer``: a combined Dutch lemmatizer on top of the predicted POS.

First the POS is corrected where the training treebank rules it out: a closed-class tag (DET,
PRON, ADP, CCONJ, SCONJ, AUX) on a form the treebank never gives that class becomes the class
the evidence supports (``tegen hybride dreigingen``: DET → ADJ), and a verbless subordinate
clause with a subject pronoun gets its clause-final verb (``dat zij de steun verhogen``).

Order of evidence for each token: a lexicon of (UPOS, form) → lemma learnt from the training
treebank (older, extra treebank data only fills keys it lacks); proper nouns as written
(possessive ``'s`` removed), unless hyphenated with a common noun last; spaCy's Dutch rule
tables (spacy-lookups-data) with AUX treated as VERB, accepted only when the result is a known
lemma; the same under the other content POS, in case the tagger erred; the head of an unknown
compound lemmatised by the same rules (``lastenverdelingen`` → ``lastenverdeling``), under the
predicted POS first; else the word itself (never an invented non-word). Hyphenated compounds
are lemmatised on their last part only (``NAVO-toppen`` → ``NAVO-top``; a capitalised last part
only by the lexicon or a known whole-word lemma: ``kabinet-Balkenende``; an inflected
participle as an adjective: ``veiligheids-gerelateerd``); separated verb particles are put back
(``nam ... over`` → ``overnemen``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.lookups import Table
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, DocBin, Token
from spacy.training import Example
from spacy.vocab import Vocab

from glossary.nlp.dutch.compounds import heads
from glossary.nlp.dutch.function_words import pronominal_adverb
from glossary.nlp.dutch.spelling import straight_apostrophes, strip_possessive

RULE_TABLES = ["lemma_lookup", "lemma_rules", "lemma_exc", "lemma_index"]
LEXICON_TABLE = "lemma_lexicon"
VERBS_TABLE = "lemma_verbs"
VERBS_KEY = "verbs"
#: ``doc.user_data`` key of training docs from older, extra treebank data (not for the lexicon)
EXTRA_MARK = "nato_extra"
PARTICLE_POS = frozenset({"ADP", "ADV", "ADJ", "NOUN"})
CLAUSE_BOUNDARY_POS = frozenset({"PUNCT", "SCONJ", "CCONJ", "SPACE"})
CLAUSE_END_POS = frozenset({"PUNCT", "CCONJ", "SCONJ", "ADP", "AUX"})
RULE_POS = frozenset({"noun", "verb", "adj", "adv", "pron", "det", "adp", "num"})
COMPOUND_POS = frozenset({"NOUN", "ADJ", "VERB"})
CONTENT_POS_ORDER = ("NOUN", "VERB", "ADJ", "ADV")
CONTENT_POS = frozenset(CONTENT_POS_ORDER)
AS_WRITTEN_POS = frozenset({"PUNCT", "SPACE"})
KEEP_POS = frozenset({"PROPN", "SYM", "X"})
#: Closed classes, and per class the open classes a mistagged word most likely belongs to, by
#: its slot: a determiner's slot is a prenominal modifier's (``tegen hybride dreigingen``).
CLOSED_POS_OPEN = {
    "DET": ("ADJ", "NUM", "NOUN", "ADV", "VERB"),
    "PRON": ("NOUN", "ADJ", "ADV", "NUM", "VERB"),
    "ADP": ("ADV", "ADJ", "NOUN", "VERB"),
    "CCONJ": ("ADV", "ADJ", "NOUN", "VERB"),
    "SCONJ": ("ADV", "ADJ", "NOUN", "VERB"),
    "AUX": ("VERB", "NOUN", "ADJ"),
}
PARTICLE_DEP = "compound:prt"
ORDINAL = re.compile(r"^(\d+)(?:ste|de|e)$")
MIN_COMPOUND_PART = 3
MIN_COMPOUND_HEAD = 4


def common_head(word: str) -> bool:
    """A hyphenated name-plus-noun such as ``NAVO-toppen`` or ``Shetland-eilanden``: the tagger
    may call it PROPN, but its last part is a common noun to lemmatise."""
    if "-" not in word:
        return False
    last = word.rsplit("-", 1)[1]
    return last.isalpha() and last.islower()


def lexicon_key(pos: str, lower: str) -> str:
    return f"{pos} {lower}"


class NatoLemmatizer(Lemmatizer):
    """spaCy ``Lemmatizer`` subclass with mode ``nato`` (see the module docstring)."""

    _known_verbs: frozenset[str] | None = None
    _index_sets: dict[str, frozenset[str]] | None = None
    #: ``(doc, has DEP, has SENT_START)`` of the doc being lemmatised: ``has_annotation``
    #: scans the whole doc, once per verb it made lemmatising quadratic in the doc's length.
    _annotations: tuple[Doc, bool, bool] | None = None

    def __call__(self, doc: Doc) -> Doc:
        self._annotations = (doc, doc.has_annotation("DEP"), doc.has_annotation("SENT_START"))
        self.correct_tags(doc)
        try:
            return super().__call__(doc)
        finally:
            self._annotations = None

    def correct_tags(self, doc: Doc) -> None:
        """Correct the tagger where the training treebank rules its tag out, before lemmatising.

        Dutch closed classes (:data:`CLOSED_POS_OPEN`) are enumerable: their forms are the
        lexicon's (UPOS, form) keys, learnt from the training treebank. A word tagged with such
        a class whose form the lexicon lacks under it is not of that class: it gets the class
        :meth:`open_class` finds evidence for (``hybride`` DET → ADJ); with none the tag stays.
        Then :meth:`verb_final`.
        """
        lexicon = self.lookups.get_table(LEXICON_TABLE, {})
        if not lexicon or "lemma_index" not in self.lookups:
            return
        for token in doc:
            open_pos = CLOSED_POS_OPEN.get(token.pos_)
            if open_pos is None:
                continue
            lower = straight_apostrophes(token.lower_)
            if lexicon_key(token.pos_, lower) in lexicon:
                continue
            found = self.open_class(lower, open_pos, lexicon)
            if found is not None:
                token.pos_ = found
        self.verb_final(doc, lexicon)

    def verb_final(self, doc: Doc, lexicon: Any) -> None:
        """A subordinate clause with a subject pronoun needs its finite verb, and Dutch puts it
        last: if the tagger found no verb there, the clause's last word is it, when the training
        lexicon knows that form as a verb (``dat zij de steun verhogen``)."""
        for token in doc:
            if token.pos_ != "SCONJ":
                continue
            clause: list[Token] = []
            for word in doc[token.i + 1 :]:
                if word.pos_ in CLAUSE_BOUNDARY_POS or word.is_sent_start:
                    break
                clause.append(word)
            if not clause or any(word.pos_ in ("VERB", "AUX") for word in clause):
                continue
            if not any(w.pos_ == "PRON" and "Nom" in w.morph.get("Case", None) for w in clause):
                continue
            last = clause[-1]
            if last.pos_ in ("NOUN", "ADJ") and lexicon_key("VERB", last.lower_) in lexicon:
                last.pos_ = "VERB"

    def open_class(self, lower: str, candidates: Iterable[str], lexicon: Any) -> str | None:
        """``ADV`` for a pronominal adverb (``daarboven``); else another closed class the
        lexicon knows ``lower`` as (``'s`` ADP → DET), else the first of ``candidates`` the
        lexicon knows it as, else the first the rule tables know as a whole word, else the
        first whose compound head they know."""
        if pronominal_adverb(lower):
            return "ADV"
        candidates = list(candidates)
        for pos in [*CLOSED_POS_OPEN, *candidates]:
            if lexicon_key(pos, lower) in lexicon:
                return pos
        for pos in candidates:
            if self.rule_lemma(lower, pos)[1]:
                return pos
        for pos in candidates:
            if self.knows(lower, pos):
                return pos
        return None

    def _has(self, doc: Doc) -> tuple[bool, bool]:
        """Whether ``doc`` has dependency arcs and sentence starts (cached while lemmatising)."""
        if self._annotations is not None and self._annotations[0] is doc:
            return self._annotations[1], self._annotations[2]
        return doc.has_annotation("DEP"), doc.has_annotation("SENT_START")

    @classmethod
    def get_lookups_config(cls, mode: str) -> tuple[list[str], list[str]]:
        if mode == "nato":
            return (RULE_TABLES, [LEXICON_TABLE, VERBS_TABLE])
        return super().get_lookups_config(mode)

    def _validate_tables(self, error_message: str = "") -> None:
        """Also forget derived caches whenever the tables are (re)loaded."""
        self.cache = {}
        self._known_verbs = None
        self._index_sets = None
        if error_message:
            super()._validate_tables(error_message)
        else:
            super()._validate_tables()

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Example]] | None = None,
        *,
        nlp: Language | None = None,
        lookups: Any = None,
        extra_lexicon: str | None = None,
    ) -> None:
        """Load the rule tables and learn the lexicon from the training examples' gold lemmas.

        ``extra_lexicon``: a ``.spacy`` file of older treebank docs whose lemmas fill only the
        (UPOS, form) keys the training examples lack. Training examples marked as such extra
        data (``doc.user_data[EXTRA_MARK]``) never enter the lexicon.
        """
        super().initialize(get_examples, nlp=nlp, lookups=lookups)
        if get_examples is not None:
            docs = (eg.reference for eg in get_examples())
            extra = read_docs(Path(extra_lexicon), self.vocab) if extra_lexicon else []
            lexicon, verbs = build_lexicon(
                (doc for doc in docs if not doc.user_data.get(EXTRA_MARK)), extra
            )
            self.lookups.set_table(LEXICON_TABLE, lexicon)
            self.lookups.set_table(VERBS_TABLE, verbs)
        self._validate_tables()

    def nato_lemmatize(self, token: Token) -> list[str]:
        text = straight_apostrophes(token.text)
        pos = token.pos_
        if pos in AS_WRITTEN_POS or not pos:
            return [token.text]
        lexicon = self.lookups.get_table(LEXICON_TABLE, {})
        known = lexicon.get(lexicon_key(pos, text.lower()))
        if known is not None:
            return [self.with_particle(token, known)]
        core = text.strip("-")
        if pos == "PROPN" and common_head(core):
            pos = "NOUN"
        if pos in KEEP_POS:
            return [strip_possessive(token.text)]
        ordinal = ORDINAL.match(text)
        if ordinal and pos == "ADJ":
            return [ordinal.group(1)]
        if "-" in core and pos != "NUM":
            prefix, last = core.rsplit("-", 1)
            if last[:1].isupper():
                head = self.lemmatize_word(last, pos, strict=True)
                head = head[:1].upper() + head[1:] if head.lower() != last.lower() else last
            else:
                head = self.hyphenated_head(last, pos)
            return [prefix + "-" + head]
        lemma = self.lemmatize_word(core or text, pos)
        return [self.with_particle(token, lemma)]

    def hyphenated_head(self, last: str, pos: str) -> str:
        """Lemma of the lower-case last part of a hyphenated word. Dutch hyphenates compound
        nouns and adjectives, not verbs: an inflected participle there is an adjective
        (``veiligheids-gerelateerde`` → ``veiligheids-gerelateerd``), whatever its tag."""
        participle = self.participle_adjective(last.lower()) if pos == "VERB" else None
        return participle or self.lemmatize_word(last, pos)

    def with_particle(self, token: Token, lemma: str) -> str:
        """Prefix a separated particle: ``nam ... toe`` → ``toenemen``, ``op te richten`` →
        ``oprichten``. The parser's ``compound:prt`` arc is used when there is a parser, else
        the word order rules of :func:`particle_candidates`; either way only if the result is a
        known verb."""
        if token.pos_ != "VERB":
            return lemma
        has_dep, has_sents = self._has(token.doc)
        if has_dep:
            candidates = [c for c in token.children if c.dep_ == PARTICLE_DEP]
        else:
            candidates = particle_candidates(token, has_sents)
        for particle in candidates:
            if lemma.startswith(particle.lower_):
                return lemma
            joined = particle.lower_ + lemma
            if joined in self.known_verbs():
                return joined
        return lemma

    def known_verbs(self) -> frozenset[str]:
        """Verb lemmas of the rule index and of the training lexicon."""
        if self._known_verbs is None:
            verbs = set(self.lookups.get_table("lemma_index").get("verb", []))
            verbs.update(self.lookups.get_table(VERBS_TABLE, {}).get(VERBS_KEY, []))
            self._known_verbs = frozenset(verbs)
        return self._known_verbs

    def lemmatize_word(self, word: str, pos: str, strict: bool = False) -> str:
        """Lemma of one word without hyphens, by the order of evidence in the module docstring;
        ``strict`` stops after the lexicon and the whole-word rules."""
        if word[-2:] == "'s" and len(word) > 2:
            base = word[:-2]
            return base if base.isupper() else base.lower()
        if len(word) > 1 and word.isupper():
            return word
        lower = word.lower()
        lexicon = self.lookups.get_table(LEXICON_TABLE, {})
        known = lexicon.get(lexicon_key(pos, lower))
        if known is not None:
            return known
        lemma, validated = self.rule_lemma(lower, pos)
        if validated:
            return lemma
        if strict:
            return lower
        participle = self.participle_adjective(lower) if pos == "ADJ" else None
        if participle:
            return participle
        others = (
            [other for other in CONTENT_POS_ORDER if other != pos] if pos in CONTENT_POS else []
        )
        whole = self.known_word(lower, others)
        if whole:
            return whole
        for compound_pos in [pos, *others]:
            compound = (
                self.compound_lemma(lower, compound_pos) if compound_pos in COMPOUND_POS else None
            )
            if compound:
                return compound
        return lower

    def participle_adjective(self, lower: str) -> str | None:
        """``gerelateerde`` → ``gerelateerd``: an inflected participle of a known verb keeps the
        participle as its adjective lemma, rather than a compound split (``gerelat|eerder``)."""
        stem = lower[:-1]
        if not (lower.endswith("e") and stem.endswith(("d", "t")) and len(stem) > 4):
            return None
        verb, known = self.rule_lemma(stem, "VERB")
        return stem if known and verb != stem else None

    def known_word(self, lower: str, others: list[str]) -> str | None:
        """A whole-word known lemma under another content POS, for when the tagger was wrong
        (``stakingen`` tagged VERB is still the plural of ``staking``). It comes before any
        compound split, which would find a head under the wrong POS (``drei|gingen``)."""
        for other in others:
            lemma, validated = self.rule_lemma(lower, other)
            if validated:
                return lemma
        return None

    def knows(self, lower: str, pos: str) -> bool:
        """Whether the rule tables give a known lemma for ``lower`` as ``pos`` (or its head)."""
        if self.rule_lemma(lower, pos)[1]:
            return True
        return pos in COMPOUND_POS and self.compound_lemma(lower, pos) is not None

    def rule_lemma(self, lower: str, pos: str) -> tuple[str, bool]:
        """spaCy's Dutch rules; the flag says whether the lemma is known (index/exceptions)."""
        key = (lower, pos)
        cached = self.cache.get(key)
        if cached is not None:
            return cached
        result = self._rule_lemma(lower, "verb" if pos == "AUX" else pos.lower())
        self.cache[key] = result
        return result

    def known_lemmas(self, pos: str) -> frozenset[str]:
        """The rule index's lemmas of ``pos`` as a set: the table holds lists (161,000 nouns),
        and a membership test on a list scans it."""
        if self._index_sets is None:
            self._index_sets = {}
        found = self._index_sets.get(pos)
        if found is None:
            found = frozenset(self.lookups.get_table("lemma_index").get(pos, ()))
            self._index_sets[pos] = found
        return found

    def _rule_lemma(self, lower: str, pos: str) -> tuple[str, bool]:
        if pos not in RULE_POS:
            return lower, False
        index = self.known_lemmas(pos)
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
        for modifier, head in heads(lower, MIN_COMPOUND_PART, MIN_COMPOUND_HEAD):
            known = lexicon.get(lexicon_key(pos, head))
            if known is not None:
                return modifier + known.lower()
            lemma, validated = self.rule_lemma(head, pos)
            if validated:
                return modifier + lemma
        return None


def build_lexicon(docs: Iterable[Doc], extra: Iterable[Doc] = ()) -> tuple[Table, Table]:
    """(UPOS, lower-case form) → most frequent gold lemma, and the set of gold verb lemmas.

    Keys of ``docs`` come first; ``extra`` docs (older annotation) only add keys ``docs`` lack.
    A verb whose particle stands apart (``nam ... toe``, lemma ``toenemen``) is stored without
    it (``nemen``); :meth:`NatoLemmatizer.with_particle` puts the particle back.
    """
    counts, verbs = lemma_counts(docs)
    extra_counts, extra_verbs = lemma_counts(extra)
    for key, found in extra_counts.items():
        counts.setdefault(key, found)
    lexicon = Table(name=LEXICON_TABLE)
    for key in sorted(counts):
        lexicon[key] = counts[key].most_common(1)[0][0]
    verb_table = Table(name=VERBS_TABLE)
    verb_table[VERBS_KEY] = sorted(verbs | extra_verbs)
    return lexicon, verb_table


def lemma_counts(docs: Iterable[Doc]) -> tuple[dict[str, Counter[str]], set[str]]:
    """Gold lemma counts per lexicon key, and the gold verb lemmas, of ``docs``."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    verbs: set[str] = set()
    for doc in docs:
        for token in doc:
            if token.pos_ and token.lemma_ and token.pos_ not in AS_WRITTEN_POS:
                key = lexicon_key(token.pos_, straight_apostrophes(token.text.lower()))
                counts[key][without_particle(token)] += 1
                if token.pos_ == "VERB":
                    verbs.add(token.lemma_.lower())
    return counts, verbs


def read_docs(path: Path, vocab: Vocab) -> list[Doc]:
    """The docs of a ``.spacy`` file."""
    return list(DocBin().from_disk(path).get_docs(vocab))


def without_particle(token: Token) -> str:
    """The gold lemma of a verb minus its separated particle (``toenemen`` → ``nemen``)."""
    lemma = token.lemma_
    if token.pos_ in ("VERB", "AUX"):
        for child in token.children:
            prefix = child.lower_
            if child.dep_ == PARTICLE_DEP and lemma.startswith(prefix) and len(lemma) > len(prefix):
                return lemma[len(prefix) :]
    return lemma


@Language.factory(
    "nato_lemmatizer",
    assigns=["token.lemma"],
    default_config={"overwrite": True},
    default_score_weights={"lemma_acc": 1.0},
)
def make_nato_lemmatizer(nlp: Language, name: str, overwrite: bool) -> NatoLemmatizer:
    """Factory for ``nato_lemmatizer`` (see :class:`NatoLemmatizer`)."""
    return NatoLemmatizer(nlp.vocab, None, name, mode="nato", overwrite=overwrite)


__all__ = ["NatoLemmatizer", "Vocab", "make_nato_lemmatizer"]


def particle_candidates(verb: Token, has_sents: bool | None = None) -> list[Token]:
    """Words that may be the separated particle of ``verb``, by word order alone (no parser).

    ``op te richten``: the word before ``te`` before an infinitive. ``nam ... toe``: after a
    finite verb, particle-like words (ADP, ADV, ADJ, NOUN) that end their clause (followed by
    punctuation, a conjunction, a preposition, a verb or nothing), up to the next finite verb,
    subordinator or punctuation. ``has_sents``: whether the doc has sentence starts, if the
    caller knows (asking the doc scans all its tokens).
    """
    doc = verb.doc
    forms = verb.morph.get("VerbForm", None)
    if "Inf" in forms:
        if verb.i >= 2 and doc[verb.i - 1].lower_ == "te" and doc[verb.i - 2].pos_ in PARTICLE_POS:
            return [doc[verb.i - 2]]
        return []
    if "Fin" not in forms:
        return []
    if has_sents is None:
        has_sents = doc.has_annotation("SENT_START")
    end = verb.sent.end if has_sents else len(doc)
    found = []
    for i in range(verb.i + 1, end):
        token = doc[i]
        if token.pos_ in ("PUNCT", "SCONJ") or (
            token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm", None)
        ):
            break
        if token.pos_ in PARTICLE_POS and clause_ends_after(token, end):
            found.append(token)
    return found


def clause_ends_after(token: Token, end: int) -> bool:
    """Whether ``token`` is the last word of its clause (see :func:`particle_candidates`)."""
    following = token.i + 1
    if following >= end:
        return True
    after = token.doc[following]
    return after.pos_ in CLAUSE_END_POS or after.pos_ == "VERB"
