"""People in the text: their names are no glossary entries, the posts before them are.

A capitalised word is part of a person's name when general Dutch says so by context: it
follows a given name (``Jens Stoltenberg``, ``Greta Bossenmaier``; ``Mark Rutte`` too, where
the tagger takes a rare Dutch word for a name), initials (``K.H. Ollongren``, ``H.G.J. Bruins
Slot``) or a title, possibly with its portfolio (``minister Hillen``, ``de heer Van
Middelkoop``, ``minister van Buitenlandse Zaken Lavrov``). The surname found so is a person
elsewhere in the same text too (``de uitspraken van Poetin``), also written without its
accents (``dhr. Radoičić`` … ``Radoicic``), and so is the mover a motion is hyphenated to
(``de motie-Van Middelkoop``). After a given name, a particle
starts a surname whatever its words mean (``Jeroen van der Veer``). In an enumeration of
people (``Anna Fotyga, Tacan Ildem, John Bew``) an item of two or three capitalised words
general Dutch does not know is a person too, and so is one capitalised word inside the
sentence (``te weten: Boswijk, Dassen, Van der Lee en Tuinman``). After a form of address
(``de heer Dassen``) and after a title that labels a line of a parliamentary report
(``Voorzitter: Kahraman``, ``Griffier: Muller``) the name is taken even when its words are
Dutch words. Names the term base or CLDR know (places, bodies) are never taken for surnames.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from glossary.extract.tokens import Tok
from glossary.extract.words import ROMAN, Words, acronym_of
from glossary.nlp.dutch.function_words import FUNCTION_WORDS
from glossary.nlp.dutch.names import (
    ADDRESS_TITLES,
    NAME_PARTICLES,
    PARTIES,
    TITLES,
    is_initials,
    territory_names,
)
from glossary.text import fold

#: Words of a person's name after its cue, at most.
MAX_NAME_WORDS = 4


#: Words of an item of a list of people, at most (``Diederik van Dijk``).
MAX_ITEM_WORDS = 5
#: Words for members of a parliament or committee, after which a list names people.
MEMBER_WORDS = frozenset({"leden", "kamerleden"})
#: Items after the word for members before the list must begin (``leden der Kamer, te
#: weten: …``): a name further on belongs to the rest of the sentence.
MEMBER_LIST_START = 2
#: Words a surname follows as it follows a title (:data:`TITLES` has the members, ``het lid
#: Boswijk``): the motions and amendments named after members (``de motie Tuinman en
#: Boswijk``).
CUES = frozenset({"motie", "amendement"})
#: Words that follow a person's name only: ``c.s.`` (*cum suis*, and associates: ``Milosevic
#: c.s.``, the co-signers of a motion ``Van der Staaij c.s.``).
FOLLOWERS_CUES = frozenset({"c.s.", "cs."})
#: Titles that head a compound post (``Commissie-voorzitter``, ``EU-commissaris``,
#: ``oud-minister``): a post, so a name may follow it as it follows the title itself. Forms of
#: address and words for members or peers head no post (``NAVO-lid Turkije``).
POST_HEADS = TITLES - ADDRESS_TITLES - {"lid", "leden", "collega", "ambtgenoot"}


#: Particles written with a capital where a surname stands without a given name
#: (``De Roon``, ``Van der Lee``): they open the name.
_CAPITAL_PARTICLES = frozenset(p.capitalize() for p in NAME_PARTICLES)


def _named_motion(tok: Tok) -> bool:
    """A motion or amendment hyphenated to its movers' names (``de motie-Van Middelkoop``,
    ``het amendement-Sjoerdsma/Van Ojik``): Dutch parliamentary style."""
    cue, hyphen, tail = tok.text.partition("-")
    return bool(hyphen) and cue.lower() in CUES and tail[:1].isupper()


def _items(toks: Sequence[Tok]) -> list[list[Tok]]:
    """The items of an enumeration: tokens between commas, colons and ``en``, a sentence's
    final full stop and what stands in brackets left out (``te weten: A (VVD, voorzitter), B
    en C.``)."""
    items: list[list[Tok]] = [[]]
    depth = 0
    for tok in toks:
        if tok.text == "(":
            depth += 1
        elif tok.text == ")":
            depth = max(0, depth - 1)
        elif depth:
            continue
        elif tok.text in (",", ":") or tok.lower == "en":
            items.append([])
        elif tok.text != ".":
            items[-1].append(tok)
    return items


def _leading_name(item: Sequence[Tok]) -> list[Tok]:
    """The capitalised words and particles an item opens with (``Ceder`` of ``Ceder voor
    de Wet …``, where the list's last item runs on into the sentence)."""
    out: list[Tok] = []
    for tok in item:
        if not (_capitalised(tok) or tok.lower in NAME_PARTICLES):
            break
        out.append(tok)
    while out and not _capitalised(out[-1]):
        out.pop()
    return out


def _opening_word(sent: Sequence[Tok], k: int) -> bool:
    """A Dutch function word opening the sentence (``Om Smart Defence vorm te geven``):
    capitalised by its place, no given name though some languages have it (Om, Dan, Al)."""
    return k == 0 and sent[k].lower in FUNCTION_WORDS


def _title(tok: Tok) -> bool:
    """A title (``minister``, ``dr.``) or a post a hyphen joins to one
    (``Commissie-voorzitter``)."""
    lower = tok.lower
    if lower in TITLES or lower.rstrip(".") in TITLES:
        return True
    first, _, head = lower.rpartition("-")
    return bool(first) and head in POST_HEADS


def _capitalised(tok: Tok) -> bool:
    text = tok.text.replace("-", "").replace("'", "")
    return text[:1].isupper() and text.isalpha() and not text.isupper() and not acronym_of(tok.text)


class PersonFinder:
    """Finds the tokens of people's names in a text (see the module docstring)."""

    def __init__(self, words: Words, names: Collection[str] = ()) -> None:
        self.w = words
        self.given = words.res.first_names()
        #: Folded names the term base and CLDR know: never surnames.
        self.known = frozenset(n.lower() for n in (*names, *territory_names()))

    def unknown(self, tok: Tok) -> bool:
        """A capitalised word general Dutch does not know as a noun, adjective or verb."""
        lower = tok.lower
        return _capitalised(tok) and lower not in self.known and not self.w.lexicon_word(lower)

    def _run(self, sent: Sequence[Tok], j: int, strict: bool) -> list[int]:
        """The name words from ``j`` on: capitalised words (only unknown ones if ``strict``)
        and the particles between them."""
        out: list[int] = []
        n = len(sent)
        while j < n and len(out) < MAX_NAME_WORDS:
            tok = sent[j]
            after = j + 1
            while after < n and sent[after].lower in NAME_PARTICLES:
                after += 1  # ``van der Veer``
            particle = tok.lower in NAME_PARTICLES and after < n and _capitalised(sent[after])
            if not particle and not (_capitalised(tok) and (not strict or self.unknown(tok))):
                break
            out.append(j)
            j += 1
        while out and sent[out[-1]].lower in NAME_PARTICLES:
            out.pop()
        return out

    def _after_title(self, sent: Sequence[Tok], k: int) -> list[int]:
        """Name words after the title at ``k``, past its portfolio (``van Buitenlandse Zaken``).
        After a form of address (``de heer Dassen``) and after a title that labels a line of a
        report (``Voorzitter: Kahraman``) the capitalised words are the name even when they
        are Dutch words."""
        j = k + 1
        n = len(sent)
        address = sent[k].lower.rstrip(".") in ADDRESS_TITLES
        if k == 0 and j + 1 < n and sent[j].text == ":":
            j += 1
            address = True
        if address and j < n and (_capitalised(sent[j]) or sent[j].lower in NAME_PARTICLES):
            return self._run(sent, j, strict=False)
        if j + 1 < n and sent[j].lower == "van" and _capitalised(sent[j + 1]):
            j += 1
            while j < n and _capitalised(sent[j]) and not self.unknown(sent[j]):
                j += 1
        if j < n and sent[j].lower in NAME_PARTICLES and j + 1 < n and self.unknown(sent[j + 1]):
            return self._run(sent, j, strict=True)
        if j < n and self.unknown(sent[j]):
            # the name begun, its further capitalised words are the name's whatever they mean
            # (``minister van Buitenlandse Zaken Hanke Bruins Slot``)
            return [j, *self._run(sent, j + 1, strict=False)]
        if j < n and self._proper(sent, [j]):  # ``minister-president Rutte``
            return [j, *self._run(sent, j + 1, strict=True)]
        return []

    def _before_cue(self, sent: Sequence[Tok], k: int) -> list[int]:
        """The name words right before ``c.s.`` at ``k`` (``Milosevic c.s.``, ``Van der
        Staaij c.s.``): capitalised words and the particles between them, the last one a
        word general Dutch does not know."""
        if not self.unknown(sent[k - 1]):
            return []
        i = k - 1
        while (
            i > 0
            and k - i < MAX_NAME_WORDS
            and (_capitalised(sent[i - 1]) or sent[i - 1].lower in NAME_PARTICLES)
            and sent[i - 1].lower not in self.known
            and not _opening_word(sent, i - 1)
        ):
            i -= 1
        while sent[i].lower in NAME_PARTICLES and i < k - 1 and sent[i].text.islower():
            i += 1
        return list(range(i, k))

    def find(self, sents: Sequence[Sequence[Tok]]) -> tuple[frozenset[int], frozenset[str]]:
        """(token numbers ``Tok.i`` of people's names, their surnames folded: ``Radoičić`` is
        ``Radoicic`` elsewhere in the text)."""
        tokens: set[int] = set()
        surnames: set[str] = set()
        for sent in sents:
            for k, tok in enumerate(sent):
                text = tok.text
                run: list[int] = []
                if text[:1].isupper() and "." in text and is_initials(text):
                    run = self._run(sent, k + 1, strict=False)
                elif (
                    text in self.given
                    and _capitalised(tok)
                    and not _opening_word(sent, k)
                    and not self._english_in_name(sent, k)
                ):
                    rest = self._run(sent, k + 1, strict=False)
                    if any(
                        self.unknown(sent[i]) or sent[i].lower in NAME_PARTICLES for i in rest
                    ) or self._proper(sent, rest):
                        run = [k, *rest]
                elif _title(tok) or tok.lower in CUES:
                    run = self._after_title(sent, k)
                elif tok.lower in FOLLOWERS_CUES and k:
                    run = self._before_cue(sent, k)
                elif _named_motion(tok):
                    run = [k, *self._run(sent, k + 1, strict=False)]
                if not run:
                    continue
                tokens.update(sent[i].i for i in run)
                after = run[-1] + 1
                if after < len(sent) and ROMAN.match(sent[after].text) and sent[after].text != "I":
                    tokens.add(sent[after].i)  # a regnal number is the name's: ``Abdullah II``
                last = sent[run[-1]]
                if (
                    self.unknown(last)
                    or self._proper(sent, run[-1:])
                    or tok.lower.rstrip(".") in ADDRESS_TITLES
                ):
                    surnames.add(fold(last.text))
            named = {*self._members(sent), *self._signed(sent), *self._of_party(sent)}
            tokens.update(named)
            if not any(t.i in tokens for t in sent):
                continue  # an enumeration names people only beside a person already found
            while listed := set(self._listed(sent, tokens)) - tokens:
                tokens.update(listed)
                named |= listed
            surnames.update(
                fold(t.text) for t in sent if t.i in named and t.lower not in NAME_PARTICLES
            )
        return frozenset(tokens), frozenset(surnames)

    def _english_in_name(self, sent: Sequence[Tok], k: int) -> bool:
        """A given name that is an English word, right after a capitalised word, is a word of
        an English name (``Global Peace Index``: Peace is a given name too)."""
        return k > 0 and _capitalised(sent[k - 1]) and self.w.english(sent[k].text)

    def _of_party(self, sent: Sequence[Tok]) -> list[int]:
        """The name before a party in brackets (``zegt Knops (CDA)``, ``Van der Lee (GL)``):
        a member of parliament, as reports and news name them."""
        out: list[int] = []
        for k in range(1, len(sent) - 2):
            if sent[k].text != "(" or sent[k + 2].text != ")" or sent[k + 1].text not in PARTIES:
                continue
            if not _capitalised(sent[k - 1]) or sent[k - 1].lower in self.known:
                continue
            j = k - 1  # the surname, then its particles, given names and unknown words
            while j > 0 and k - j < MAX_NAME_WORDS and self._name_before(sent[j - 1]):
                j -= 1
            while sent[j].lower in NAME_PARTICLES and sent[j].text not in _CAPITAL_PARTICLES:
                j += 1
            out.extend(t.i for t in sent[j:k])
        return out

    def _name_before(self, tok: Tok) -> bool:
        """A word that may stand before a surname in a name: a particle, a given name or a
        capitalised word general Dutch does not know (not ``Indieners``)."""
        return (
            tok.text in _CAPITAL_PARTICLES
            or tok.lower in NAME_PARTICLES
            or tok.text in self.given
            or self.unknown(tok)
        )

    def _name_shaped(self, item: Sequence[Tok]) -> bool:
        """Capitalised words and particles only, at most five, none a place or body the term
        base or CLDR knows (``Olger van Dijk``, ``Ten Broeke``, ``Günal-Gezer``)."""
        words = [t for t in item if t.lower not in NAME_PARTICLES]
        return (
            0 < len(item) <= MAX_ITEM_WORDS
            and bool(words)
            and _capitalised(item[0])
            and all(_capitalised(t) and t.lower not in self.known for t in words)
        )

    def _members(self, sent: Sequence[Tok]) -> list[int]:
        """The names listed after a word for members (``zes leden der Kamer, te weten:
        Belhaj, Ten Broeke en Vuijk``; ``van de leden Diederik van Dijk, Ellian en Ceder``):
        a parliamentary list of people."""
        cue = next((k for k, t in enumerate(sent) if t.lower in MEMBER_WORDS), None)
        if cue is None:
            return []
        out: list[int] = []
        for n, item in enumerate(_items(sent[cue + 1 :])):
            name = _leading_name(item)
            if name and self._name_shaped(name):
                out.extend(t.i for t in name)
                if len(name) < len(item):
                    break  # the list runs on into the sentence (``… en Ceder houdende …``)
            elif out or n >= MEMBER_LIST_START:
                break
        return out

    def _signed(self, sent: Sequence[Tok]) -> list[int]:
        """A line of a report that names a post, a comma and a name (``De voorzitter van de
        vaste commissie voor Defensie, Van Leiden``): the name is a person's."""
        if not any(t.lower in TITLES for t in sent):
            return []  # most sentences: one pass instead of cutting them into items
        items = _items(sent)
        if len(items) != 2 or not any(t.lower in TITLES for t in items[0]):
            return []
        name = items[1]
        return [t.i for t in name] if len(name) <= 3 and self._name_shaped(name) else []

    def _proper(self, sent: Sequence[Tok], rest: Sequence[int]) -> bool:
        """After a given name or a title, words the tagger takes for a name and the term base
        and CLDR do not know are a surname even when they spell a rare Dutch word (``Mark
        Rutte``, ``minister-president Rutte``: ``rutte`` is an inflection of ``rut``)."""
        return bool(rest) and all(
            sent[i].pos == "PROPN" and sent[i].lower not in self.known for i in rest
        )

    def _listed(self, sent: Sequence[Tok], people: Collection[int]) -> list[int]:
        """Tokens of the names in an enumeration whose neighbouring item is a person found
        already: two or three words general Dutch does not know, or one capitalised word
        inside the sentence (``Boswijk, Dassen, Eerdmans, Van der Lee en Tuinman``: Dutch
        writes no common noun with a capital there) that names no place or body."""
        items = _items(sent)
        out: list[int] = []
        for n, item in enumerate(items):
            if not (self._unknown_name(item) or self._surname(item, sent)):
                continue
            near = items[max(n - 1, 0) : n] + items[n + 1 : n + 2]
            if any(other and other[-1].i in people for other in near):
                out.extend(t.i for t in item)
        return out

    def _unknown_name(self, item: Sequence[Tok]) -> bool:
        return 2 <= len(item) <= 3 and all(self.unknown(t) for t in item)

    def _surname(self, item: Sequence[Tok], sent: Sequence[Tok]) -> bool:
        """One capitalised word after the sentence's first, with its particles (``Van der
        Lee``), that the term base and CLDR do not know."""
        words = [t for t in item if t.lower not in NAME_PARTICLES]
        return (
            len(words) == 1
            and len(item) <= 3
            and item[0] is not sent[0]
            and all(_capitalised(t) for t in words)
            and words[0].lower not in self.known
        )
