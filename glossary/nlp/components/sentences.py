"""``nato_line_breaks``: a blank line always starts a new sentence.

Letters have headings without a full stop (``Afschrikking en verdediging``) on a line of their
own; the statistical senter, trained on running text, would glue them to the next sentence.
This component runs before the senter and fixes those boundaries, which the senter keeps.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

PARAGRAPH_BREAK = "\n\n"


def starts_after_break(doc: Doc, i: int) -> bool:
    """Whether token ``i`` follows a blank line (in whitespace tokens or trailing whitespace)."""
    gap = ""
    j = i - 1
    while j >= 0:
        token = doc[j]
        gap = token.whitespace_ + gap
        if not token.is_space:
            break
        gap = token.text + gap
        j -= 1
    return PARAGRAPH_BREAK in gap or (j < 0 and bool(gap))


def mark_line_breaks(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on the first word after each blank line (leave the rest unset)."""
    for i in range(1, len(doc)):
        token = doc[i]
        if not token.is_space and starts_after_break(doc, i):
            token.is_sent_start = True
    return doc


@Language.factory("nato_line_breaks", assigns=["token.is_sent_start"])
def make_line_breaks(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Factory for ``nato_line_breaks`` (see :func:`mark_line_breaks`)."""
    return mark_line_breaks
