"""Extra training data: the 2017 LassySmall train split, mapped to the current conventions.

``UD_Dutch-LassySmall-2017/nl_lassysmall-ud-train-2017.conllu`` is older annotation of other
Wikipedia sentences (no XPOS, no spacing, UD v1-era tags). It is only ever training data, never
dev or held-out. The mapping takes the current conventions from the current files' training
split, so nothing is typed in by hand and the held-out split is not looked at:

- a word whose 2017 tag the training split (almost) never gives that form takes the tag the
  split nearly always gives it in the same dependency relation, or else anywhere, with its
  usual features (possessive ``haar`` DET → PRON, ``als`` ADP → SCONJ, ordinals NUM → ADJ,
  ``moest`` VERB → AUX, ``laten`` AUX → VERB); a form the split gives several tags takes the
  one the 2017 tag most often becomes in other words (possessive ``zijn`` DET → PRON, not AUX);
  words inside names are left alone (surname particles are PROPN in both);
- optionally (variant ``names``) a function word inside a multi-word name is tagged by its own
  class rather than PROPN (``Gazet van Antwerpen``);
- feature values are capitalised as in UD v2 (``Abbr=yes`` → ``Abbr=Yes``);
- a separable verb's lemma gets its separated particle (``trok ... terug`` → ``terugtrekken``),
  a proper noun keeps its lemma as written (``Grote`` not ``groot``);
- where the current files would add a feature the 2017 file lacks (``ExtPos`` on the head of a
  fixed expression or of a name made of common words), the word's tag and features are left
  missing, so the morphologizer is not taught that the feature is absent.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from glossary.nlp.training.conllu import Sentence, Word, read_conllu

EXTRA_FILE = "UD_Dutch-LassySmall-2017/nl_lassysmall-ud-train-2017.conllu"
FUNCTION_POS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PRON"})
NAME_DEPRELS = frozenset({"flat", "flat:name"})
FIXED_DEPREL = "fixed"
EXTPOS = "ExtPos"
PARTICLE_DEPREL = "compound:prt"
MIN_COUNT = 5
RARE_SHARE = 0.02
DOMINANT_SHARE = 0.9
SENTENCE_NUMBERS = re.compile(r"\.p\.(\d+)\.s\.([\d._]+?)(?:\.xml)?$")


@dataclass(frozen=True)
class Variant:
    """One way of using the 2017 file: as training examples and/or as lemma lexicon entries."""

    name: str
    description: str
    examples: bool = False
    lexicon: bool = False
    mapped: bool = False
    names: bool = False


VARIANTS = {
    v.name: v
    for v in (
        Variant("none", "current files only"),
        Variant("raw", "2017 as released: examples and lexicon", True, True),
        Variant("mapped", "2017 mapped: examples and lexicon", True, True, True),
        Variant("names", "2017 mapped, function words in names own class", True, True, True, True),
        Variant("lexicon", "2017 mapped: lemma lexicon only", lexicon=True, mapped=True),
    )
}
#: what ``make model`` ships: every seed of it beat every seed of ``none`` on held-out UPOS and
#: on lemma accuracy (docs/measurements/pipeline.rst)
DEFAULT_VARIANT = "mapped"


@dataclass(frozen=True)
class Conventions:
    """How the current training split tags each word form (alone and in each dependency
    relation), with which features; and how 2017 tags shift to current ones."""

    tags: dict[str, Counter[str]]
    feats: dict[tuple[str, str], Counter[str]]
    function_tags: dict[str, Counter[str]]
    shifts: Counter[tuple[str, str]] = field(default_factory=Counter)

    def current_tag(self, word: Word, form: str) -> str | None:
        """The tag the training split nearly always gives ``form`` (:func:`lookup_forms`) in
        ``word``'s relation, or else anywhere, if it (almost) never gives it the 2017 tag."""
        for key in (in_relation(form, word.deprel), form):
            tag = dominant_tag(self.tags.get(key, Counter()), word.upos)
            if tag:
                return tag
        return None

    def shifted_tag(self, word: Word, form: str) -> str | None:
        """:meth:`current_tag`, or for a form with several current tags none of which is the
        2017 tag, the one the 2017 tag most often becomes in other words (``zijn`` DET → PRON,
        as ``haar`` and ``hun``)."""
        tag = self.current_tag(word, form)
        if tag or not rare(self.tags.get(form, Counter()), word.upos):
            return tag
        candidates = [t for t in self.tags[form] if self.shifts[(word.upos, t)]]
        return max(candidates, key=lambda t: self.shifts[(word.upos, t)], default=None)

    def function_class(self, form: str) -> str | None:
        """The closed function class (ADP, DET, ...) the training split nearly always gives the
        lower-case ``form`` outside names, else None."""
        counts = self.function_tags.get(form.lower())
        if not counts or sum(counts.values()) < MIN_COUNT:
            return None
        tag, n = counts.most_common(1)[0]
        return tag if tag in FUNCTION_POS and n >= DOMINANT_SHARE * sum(counts.values()) else None

    def usual_feats(self, form: str, upos: str) -> str | None:
        """The training split's most frequent features of ``form`` as ``upos`` (as written, else
        lower-case), None if it never saw them together."""
        counts = self.feats.get((form, upos)) or self.feats.get((form.lower(), upos))
        return counts.most_common(1)[0][0] if counts else None


def in_relation(form: str, deprel: str) -> str:
    """Key of a form in one dependency relation (``meer`` as ``advmod``)."""
    return f"{form}\t{deprel}"


def rare(counts: Counter[str], upos: str) -> bool:
    """Whether ``counts`` (of at least ``MIN_COUNT`` words) hardly ever has ``upos``."""
    total = sum(counts.values())
    return total >= MIN_COUNT and counts[upos] < RARE_SHARE * total


def dominant_tag(counts: Counter[str], upos: str) -> str | None:
    """The tag of nearly all of ``counts``, if ``upos`` is rare among them."""
    if not rare(counts, upos):
        return None
    tag, n = counts.most_common(1)[0]
    return tag if n >= DOMINANT_SHARE * sum(counts.values()) else None


def learn_conventions(sentences: Iterable[Sentence]) -> Conventions:
    """Count tags and features per form of the current training split. ``ExtPos`` is left out
    of the features (it belongs to the head of an expression, not to the form); the
    function-class counts leave out words inside names (surname particles ``van``, ``de`` are
    PROPN there)."""
    tags: dict[str, Counter[str]] = defaultdict(Counter)
    feats: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    function_tags: dict[str, Counter[str]] = defaultdict(Counter)
    for sentence in sentences:
        for word, form in zip(sentence.words, lookup_forms(sentence), strict=True):
            bundle = without_extpos(word.feats)
            tags[form][word.upos] += 1
            tags[in_relation(form, word.deprel)][word.upos] += 1
            feats[(word.form, word.upos)][bundle] += 1
            if word.form != word.form.lower():
                feats[(word.form.lower(), word.upos)][bundle] += 1
            if word.deprel not in NAME_DEPRELS:
                function_tags[word.form.lower()][word.upos] += 1
    return Conventions(dict(tags), dict(feats), dict(function_tags))


def learn_shifts(conventions: Conventions, sentences: Iterable[Sentence]) -> Conventions:
    """``conventions`` with the tag shifts (2017 tag → current tag) of the 2017 words outside
    names whose current tag is clear (:meth:`Conventions.current_tag`)."""
    shifts: Counter[tuple[str, str]] = Counter()
    for sentence in sentences:
        forms = lookup_forms(sentence)
        for word, form, children in zip(sentence.words, forms, dependents(sentence), strict=True):
            tag = None if in_name(word, children) else conventions.current_tag(word, form)
            if tag:
                shifts[(word.upos, tag)] += 1
    return replace(conventions, shifts=shifts)


def without_extpos(feats: str) -> str:
    """``feats`` without its ``ExtPos`` feature: ``ExtPos=ADP`` → ``""``."""
    return "|".join(f for f in feats.split("|") if f and not f.startswith(EXTPOS + "="))


def capitalised_values(feats: str) -> str:
    """UD v2 capitalises feature values: ``Abbr=yes|Foreign=yes`` → ``Abbr=Yes|Foreign=Yes``."""
    if not feats:
        return feats
    pairs = (pair.split("=", 1) for pair in feats.split("|"))
    return "|".join(f"{key}={value[:1].upper()}{value[1:]}" for key, value in pairs)


def dependents(sentence: Sentence) -> list[list[Word]]:
    """The dependents of each word of ``sentence`` (by position)."""
    found: list[list[Word]] = [[] for _ in sentence.words]
    for word in sentence.words:
        if word.head:
            found[word.head - 1].append(word)
    return found


def in_name(word: Word, children: list[Word]) -> bool:
    """Whether ``word`` is part of a multi-word name (a ``flat`` relation in or out)."""
    return word.deprel in NAME_DEPRELS or any(c.deprel in NAME_DEPRELS for c in children)


def retag(word: Word, upos: str, conventions: Conventions) -> Word:
    """``word`` with the current tag and the features the training split usually gives it."""
    return replace(word, upos=upos, feats=conventions.usual_feats(word.form, upos) or "")


def current_lemma(word: Word, children: list[Word]) -> str:
    """The lemma by the current conventions: a separated particle joins its verb, a proper
    noun's lemma keeps the capital of its form."""
    lemma = word.lemma
    if word.upos in ("VERB", "AUX"):
        for child in children:
            particle = child.form.lower()
            if child.deprel == PARTICLE_DEPREL and not lemma.startswith(particle):
                return particle + lemma
    if word.upos == "PROPN" and word.form[:1].isupper() and lemma[:1].islower():
        return word.form
    return lemma


def label_missing(word: Word, children: list[Word]) -> bool:
    """Whether the current files would give ``word`` a feature the 2017 file lacks: ``ExtPos``
    on the head of a fixed expression, or of a name whose head is not a proper noun."""
    deprels = {child.deprel for child in children}
    return FIXED_DEPREL in deprels or (word.upos != "PROPN" and bool(deprels & NAME_DEPRELS))


def missing_labels(sentence: Sentence) -> list[bool]:
    """For each word of a mapped sentence, whether its tag and features are to be left missing
    in training examples (:func:`label_missing`)."""
    children = dependents(sentence)
    return [label_missing(w, c) for w, c in zip(sentence.words, children, strict=True)]


def map_word(
    word: Word, form: str, children: list[Word], conventions: Conventions, names: bool
) -> Word:
    """One 2017 word by the current conventions (see the module docstring)."""
    mapped = replace(
        word,
        xpos="",
        feats=capitalised_values(word.feats),
        lemma=current_lemma(word, children),
    )
    if not in_name(word, children):
        tag = conventions.shifted_tag(word, form)
    elif names and word.upos == "PROPN":
        tag = conventions.function_class(word.form)
    else:
        tag = None
    return retag(mapped, tag, conventions) if tag else mapped


def map_sentence(sentence: Sentence, conventions: Conventions, names: bool) -> Sentence:
    """``sentence`` with every word mapped by :func:`map_word`."""
    words = tuple(
        map_word(word, form, children, conventions, names)
        for word, form, children in zip(
            sentence.words, lookup_forms(sentence), dependents(sentence), strict=True
        )
    )
    return replace(sentence, words=words)


def lookup_forms(sentence: Sentence) -> list[str]:
    """The forms under which the conventions count the words: as written, but the first word
    in lower case (its capital says nothing about its class)."""
    forms = [word.form for word in sentence.words]
    if forms:
        forms[0] = forms[0].lower()
    return forms


def as_released(sentence: Sentence) -> Sentence:
    """``sentence`` unchanged but for the empty XPOS (``_`` in the file)."""
    return replace(sentence, words=tuple(replace(w, xpos="") for w in sentence.words))


def sentence_order(sentence: Sentence) -> tuple[str, int, tuple[int, ...]]:
    """Document, paragraph and sentence numbers from the id (``wiki-5.p.41.s.13.2.xml``), to put
    the shuffled 2017 sentences back in reading order."""
    found = SENTENCE_NUMBERS.search(sentence.sent_id)
    if not found:
        return sentence.doc_id, 0, ()
    numbers = tuple(int(n) for n in re.split(r"[._]", found.group(2)) if n)
    return sentence.doc_id, int(found.group(1)), numbers


def read_extra(ud_dir: Path) -> list[Sentence]:
    """The 2017 sentences in reading order (document, paragraph, sentence)."""
    path = ud_dir / EXTRA_FILE
    if not path.is_file():
        raise FileNotFoundError(f"{path}: extra treebank file missing")
    return sorted(read_conllu(path), key=sentence_order)


def prepare_extra(
    sentences: Iterable[Sentence], variant: Variant, conventions: Conventions
) -> list[Sentence]:
    """The 2017 sentences as ``variant`` uses them: mapped, or as released."""
    if not variant.mapped:
        return [as_released(s) for s in sentences]
    sentences = list(sentences)
    conventions = learn_shifts(conventions, sentences)
    return [map_sentence(s, conventions, variant.names) for s in sentences]
