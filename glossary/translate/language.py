"""Is this short text English or Dutch? Word-frequency votes from ``wordfreq``, no model.

Used to tell English evidence in the letters (``NATO Readiness Initiative``, ``enablement``)
from Dutch (``Noord-Atlantische Raad``). A word votes for a language only when it is clearly
more frequent there (by ``MARGIN`` on the Zipf scale), so words shared by both languages
(``drone``, ``plan``, ``China``) do not vote at all.
"""

from __future__ import annotations

import re
from functools import lru_cache

MARGIN = 1.0
WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=65536)
def vote(word: str) -> int:
    """+1 for a clearly English word, -1 for a clearly Dutch one, 0 when it is not clear."""
    from glossary.nlp.resources import zipf_frequency as zipf

    w = word.lower()
    en = zipf(w, "en")
    nl = zipf(w, "nl")
    if en >= nl + MARGIN:
        return 1
    if nl >= en + MARGIN:
        return -1
    return 0


def votes(text: str) -> tuple[int, int, int]:
    """(English votes, Dutch votes, words) over the words of ``text`` (two letters or more);
    a word in capitals is an acronym, of no language (``EPF`` in ``EPF-budget``)."""
    words = [w for w in WORD.findall(text) if len(w) >= 2 and not w.isupper()]
    cast = [vote(w) for w in words]
    return cast.count(1), cast.count(-1), len(words)


def is_english(text: str) -> bool:
    """Clearly English: some English votes, no Dutch vote, and at least half the words agree."""
    en, nl, n = votes(text)
    return en >= 1 and nl == 0 and 2 * en >= n


def is_dutch(text: str) -> bool:
    """More clearly Dutch words than clearly English ones."""
    en, nl, _ = votes(text)
    return nl > en


def is_english_name(text: str) -> bool:
    """A name of two or more capitalised words, some clearly English and none clearly Dutch
    (``International Monitoring System``): words shared by both languages (``Monitoring``,
    ``System``) do not vote, and in a name they are as English as the words around them."""
    en, nl, n = votes(text)
    words = WORD.findall(text)
    return n >= 2 and en >= 1 and nl == 0 and all(w[:1].isupper() for w in words if len(w) > 3)
