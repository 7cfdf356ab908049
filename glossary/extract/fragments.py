"""Text that is no term text although it looks like it: a word cut off by the end of an
excerpt, and a passage of English quoted inside a Dutch letter.

* A text that stops in the middle of a word (an excerpt cut at a page, ``De Nederlandse
  regeri``) ends without punctuation on a word neither the lexicon nor general Dutch knows:
  mentions ending there are fragments.
* A quoted passage of several words that is mostly English (a report's title, ``«Lives lost
  in the Mediterranean sea: who is responsible»``) is a citation, not Dutch term text: its
  ordinary English words are not Dutch terms. Acronyms and multi-word names in it still are.
* A reference to a parliamentary paper (``Kamerstuk 28 676, nr. 22``, ``Kamerstukken II
  2023/24, 36 471, nr. 96``, ``Kamerstuk BZ-kenmerk 2012.34776``, ``vergaderjaar 2024–2025,
  nr. 1318``) is an identifier, not term text: the word that names the kind of paper or the
  session there is document furniture.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from glossary.corpus.zones import DOSSIER_SUFFIX
from glossary.extract.candidates import Mention
from glossary.extract.tokens import Tok
from glossary.extract.words import Words, acronym_of

#: A word this common in general Dutch is a whole word even at the end of a cut text.
WHOLE_WORD_ZIPF = 2.5
#: A quoted passage of at least this many words is a citation rather than a quoted term.
CITATION_WORDS = 4
_QUOTES = re.compile(r"«([^«»]+)»|“([^“”]+)”|\"([^\"]+)\"|„([^„”“]+)[”“]")
_WORD = re.compile(r"[^\W\d_]+")
#: What follows the kind of paper in a reference: chamber, session, dossier number and number
#: (``II 2023/24, 28 676, nr. 96``), a number alone (``Kamerstuk nr. 32623``), a session and a
#: number (``Handelingen, vergaderjaar 2024–2025, nr. 1318``: the session word is furniture
#: too), or a ministry's reference (``BZ-kenmerk 2012.34776``).
_PAPER_NUMBER = re.compile(
    r"\s+(?:(?:I|II)\s+)?(?:\d{4}[/–-]\d{2,4},?\s+)?\d{2}\s?\d{3}" + DOSSIER_SUFFIX + r",?\s+"
    r"(?:nr|no)\.?\s*\d"
    r"|^\s+(?:nr|no)\.\s*\d"
    r"|^,?\s+\d{4}\s*[/–-]\s*\d{2,4},?\s+(?:nr|no)\.?\s*\d"
    r"|^\s+[\w-]*kenmerk\s+[\d.]{4,}",
    re.IGNORECASE,
)
_KENMERK_NUMBER = re.compile(r"\s+[\d.]{4,}")


def cut_word_end(tokens: Sequence[Tok], at_text_end: bool, words: Words) -> int | None:
    """End offset of the last word when the text stops in the middle of it, else ``None``."""
    if not at_text_end or not tokens:
        return None
    last = tokens[-1]
    word = last.text.rsplit("-", 1)[-1]
    if not word.isalpha() or acronym_of(last.text):
        return None
    lower = word.lower()
    if words.zipf(lower) >= WHOLE_WORD_ZIPF or words.noun_lemma(lower):
        return None
    if words.adjective_base(lower) or words.verb_known(lower):
        return None
    return last.end


def english_citations(text: str, start: int, end: int, words: Words) -> list[tuple[int, int]]:
    """Spans of quoted passages of ``CITATION_WORDS`` or more words, mostly English, in
    ``text[start:end]``."""
    out = []
    for m in _QUOTES.finditer(text, start, end):
        group = next(g for g in range(1, 5) if m.group(g) is not None)
        found = _WORD.findall(m.group(group))
        if len(found) < CITATION_WORDS:
            continue
        english = sum(words.english(w) for w in found)
        dutch = sum(words.dutch(w) for w in found)
        if english > dutch:
            out.append((m.start(group), m.end(group)))
    return out


def cited_english(m: Mention, spans: Sequence[tuple[int, int]], words: Words) -> bool:
    """An ordinary English word or phrase inside an English citation (not an acronym, not a
    multi-word name)."""
    if not any(s <= m.start and m.end <= e for s, e in spans) or m.kind == "acronym":
        return False
    parts = m.display.split(" ")
    if m.kind == "entity" and len(parts) > 1:
        return False
    return all(words.english(p) for p in parts if p.isalpha())


def paper_reference(m: Mention, text: str) -> bool:
    """The mention names the kind of paper in a reference (``Kamerstuk`` in ``Kamerstuk 28 676,
    nr. 22``; ``Kamerstuk BZ-kenmerk`` before a reference number)."""
    after = text[m.end : m.end + 60]
    if m.surface.lower().endswith("kenmerk"):
        return bool(_KENMERK_NUMBER.match(after))
    return bool(_PAPER_NUMBER.match(after))
