"""Termhood signals: is a candidate a term of the domain, or a free combination of words?

Scoring (:mod:`glossary.extract.score`) measures how often and how specifically a candidate is
used; these signals say what kind of unit it is, from general Dutch alone, so they hold on
letters nobody tuned for:

* a *free modifier* makes a free combination (``Nederlandse bijdrage``): an adjective made
  from a place name or of compass direction says whose or where (``zuidoostelijke grens``),
  one made with ``-baar`` or ``-vol`` what can be done or what something has (``haalbaar
  resultaat``, ``betekenisvolle dialoog``), and the combination is translated word by word;
* a noun of a quality made from an adjective with ``-heid`` (``haalbaarheid``,
  ``wenselijkheid``) is as general as its adjective;
* a compound seen once whose head is itself a term of the letters (``stafcapaciteit`` beside
  ``capaciteit``) is covered by that term: its English follows from the head;
* a modifier put before a multi-word term, seen once (``parlementair democratisch toezicht``
  beside ``democratisch toezicht``), describes that term and is covered by it;
* a modifier + noun that makes up a small share of its head's uses in the letters
  (``militaire operatie`` once, ``operatie`` eight times in two letters) is a free
  combination: the head is used freely, and the pair shows no more association than chance
  pairing of a modifier with a common head;
* a shell noun as head (``aandachtspunt``, ``militair aspect``) takes its content from its
  modifier: a general abstract noun such as ``punt``, ``aspect`` or ``mogelijkheid`` names a
  relation, not a concept of its own; so does a frame noun after an adjective (``op
  bilaterale basis``, ``op ministerieel niveau``): the pair says how, not what;
* two common nouns side by side are no Dutch term (``regering kennis``): Dutch writes a
  compound of nouns as one word, so the pair spans a phrase boundary or misspells a compound.

A free combination is no glossary entry unless something attests it as a unit: the term base
lists it, or the letter itself gives its English.
"""

from __future__ import annotations

from glossary.extract.words import Words, acronym_of
from glossary.nlp.dutch.names import COMPASS_ADJECTIVE
from glossary.nlp.dutch.nouns import FRAME_NOUNS, SHELL_NOUNS

#: A combination that makes up at most this share of its head noun's sightings, when the
#: head is used in more than one letter, is loosely associated: a free combination.
FREE_HEAD_SHARE = 0.25

#: Words that join the parts of ``N van N`` and ``X en Y`` terms: no modifiers.
JOINERS = frozenset({"en", "van", "der", "den", "voor", "tegen", "inzake", "ter", "de", "het"})


def proper_adjective(word: str, words: Words) -> bool:
    """An adjective made from a single place name (``Nederlandse``, ``Russisch``, ``Pools``):
    Dutch writes it with a capital and forms it with ``-s`` (``Nederlands``, ``Europees``),
    unlike a capitalised word of a name (``Koninklijke``). Hyphenated ones relate places
    (``Euro-Atlantische``, ``Duits-Nederlands``) and can classify, so they are not counted."""
    if not word[:1].isupper() or "-" in word or word.isupper():
        return False
    base = words.adjective_base(word.lower())
    if base is None:  # the suffix is productive: ``Latemse``, ``Constantijnse``
        return len(word) > 5 and word[1:].islower() and word.endswith(("se", "sche"))
    return base.endswith(("s", "sch"))


def direction_adjective(word: str) -> bool:
    """An adjective of compass direction written in lower case (``zuidoostelijke grens``):
    it says where, as an adjective from a place name does; the capitalised ones begin names
    (``Westelijke Balkan``)."""
    return COMPASS_ADJECTIVE.fullmatch(word) is not None


#: Suffixes that derive descriptive adjectives, with their attributive forms: ``-baar`` says
#: what can be done (modality: ``haalbaar``, ``onmisbaar``), ``-vol`` and ``-loos`` what
#: something has or lacks (``betekenisvol``, ``zinloos``), ``-achtig`` what it is like
#: (``krampachtig``).
DESCRIPTIVE_SUFFIXES = {"baar": "bare", "vol": "volle", "loos": "loze", "achtig": "achtige"}


def descriptive_adjective(word: str, words: Words) -> bool:
    """A lower-case adjective derived with a suffix of :data:`DESCRIPTIVE_SUFFIXES`, known to
    the lexicon or not (``vergistbare``: the suffix is productive)."""
    if not word.islower():
        return False
    base = words.adjective_base(word) or word
    return any(
        form.endswith(ending) and len(form) > len(ending) + 2
        for suffix, attributive in DESCRIPTIVE_SUFFIXES.items()
        for form, ending in ((base, suffix), (word, attributive))
    )


def free_modifier(word: str, words: Words) -> bool:
    """A modifier that describes rather than classifies the noun after it."""
    return (
        proper_adjective(word, words)
        or direction_adjective(word)
        or descriptive_adjective(word, words)
    )


def modifier_and_noun(term: str) -> list[str] | None:
    """The words of a modifier + noun term (``militaire operatie``), else ``None``: one word,
    ``N van N`` and ``X en Y`` are other patterns."""
    parts = term.split(" ")
    if len(parts) < 2 or any(p.lower() in JOINERS for p in parts):
        return None
    return parts


def free_combination(term: str, words: Words) -> bool:
    """A multi-word term whose modifiers include a free one (``Russische inval``)."""
    parts = modifier_and_noun(term)
    return parts is not None and any(free_modifier(p, words) for p in parts[:-1])


def split_nouns(term: str, words: Words) -> bool:
    """Two lower-case Dutch nouns written apart (``regering kennis``, ``vluchtelingenboot
    midden``), one of them maybe an acronym compound (``EU-lidstaten invloed``, ``aanvraag
    NAVO-lidmaatschap``): Dutch writes a noun compound as one word, so this is no unit.
    English words (``force protection``), participles and adjectives (``overkoepelend
    ruimtebeleid``) and parts with digits are other patterns."""
    parts = [_acronym_head(p) for p in term.split(" ")]
    if len(parts) != 2 or not all(p.isalpha() and p.islower() for p in parts):
        return False
    first = parts[0]
    if any(words.english(p) or not _dutch_noun(p, words) for p in parts):
        return False
    verb = words.verb_known(first) and not words.noun_lemma(first)  # but ``koers``, ``steun``
    if words.adjective_base(first) or verb or first.endswith(("end", "ende")):
        return False
    return all((words.noun_lemma(p) or words.compound_lemma(p)) is not None for p in parts)


def _acronym_head(word: str) -> str:
    """The noun of an acronym compound (``NAVO-lidmaatschap`` → ``lidmaatschap``), else the
    word."""
    first, _, rest = word.partition("-")
    return rest if rest and "-" not in rest and acronym_of(first) else word


def _dutch_noun(word: str, words: Words) -> bool:
    """Dutch by its frequencies, or a noun the Dutch lexicon or the compound splitter reads
    however rare or shared with English it is (``pantserhouwitser``, ``agenda``)."""
    return words.dutch(word) or bool(words.noun_lemma(word) or words.compound_lemma(word))


def shell_head(term: str, words: Words) -> bool:
    """A modifier + noun or a one-word compound headed by a shell noun (``militair aspect``,
    ``inzetmogelijkheid``; :data:`~glossary.nlp.dutch.nouns.SHELL_NOUNS`), or a modifier +
    frame noun (``bilaterale basis``; :data:`~glossary.nlp.dutch.nouns.FRAME_NOUNS`): the head
    takes its content from the modifier, so the pair is a free combination."""
    parts = modifier_and_noun(term)
    if parts is None:
        return covering_head(term, words) in SHELL_NOUNS
    head = parts[-1].lower()
    lemma = words.noun_lemma(head) or head
    return lemma in SHELL_NOUNS or lemma in FRAME_NOUNS


def quality_base(word: str, words: Words) -> str | None:
    """The adjective a noun of a quality is made from with ``-heid`` (``haalbaarheid`` →
    ``haalbaar``, ``standvastigheid`` → ``standvastig``), else ``None``. Compounds whose head
    is such a noun (``leveringszekerheid``) name a domain concept and are not counted."""
    lower = word.lower()
    if not lower.endswith("heid") or not lower.isalpha():
        return None
    return words.adjective_base(lower[:-4])


def covering_head(word: str, words: Words) -> str | None:
    """The lemma of the head of a one-word compound (``helikoptercapaciteit`` →
    ``capaciteit``), else ``None``; hyphenated compounds are the acronym rule's."""
    if not word.isalpha() or not word.islower():
        return None
    split = words.split_head(word)
    if split is None:
        return None
    head = split[1]
    return words.noun_lemma(head) or head


def modified_head(term: str) -> str | None:
    """The lower-case head noun of a modifier + noun term (``militaire operatie`` →
    ``operatie``), else ``None`` (names have no lower-case head)."""
    parts = modifier_and_noun(term)
    head = parts[-1] if parts else ""
    return head if head.isalpha() and head.islower() else None


def loose_head(freq: int, head_freq: int, head_letters: int) -> bool:
    """Whether a combination seen ``freq`` times is loosely bound to its head, seen
    ``head_freq`` times (the combination's sightings included) in ``head_letters`` letters:
    the head is used in more than one letter and the combination is at most
    :data:`FREE_HEAD_SHARE` of its uses."""
    return head_letters >= 2 and freq <= FREE_HEAD_SHARE * head_freq


def modified_term(term: str) -> str | None:
    """The multi-word term a lower-case modifier is put before (``parlementair democratisch
    toezicht`` → ``democratisch toezicht``), else ``None``."""
    first, _, inner = term.partition(" ")
    if " " not in inner or not first.isalpha() or not first.islower():
        return None
    return inner if modified_head(inner) is not None else None
