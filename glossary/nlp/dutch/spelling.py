"""Dutch spelling: the apostrophe in its written forms, the possessive, vowels.

Imports nothing: ``glossary lookup`` normalises apostrophes with this module on its start-up
path.
"""

from __future__ import annotations

#: The apostrophe as keyboards type it; every other form is normalised to it.
APOSTROPHE = "'"
#: The typographic apostrophe (right single quotation mark) the letters write: ``MCR’s``.
CURLY_APOSTROPHE = "’"
#: Every character written for an apostrophe: straight, typographic, and the look-alikes
#: people type for one (left quotation mark, grave and acute accents, modifier letter).
APOSTROPHES = APOSTROPHE + CURLY_APOSTROPHE + "‘`´ʼ"
#: Endings with an s sound after which the possessive is an apostrophe alone (Taalunie:
#: ``Mercedes'``, ``Max'``, ``Alice'``, ``Bosch'``) rather than ``'s`` (``MCR's``).
SIBILANT_ENDINGS = ("s", "x", "z", "ce", "sch", "sh")
VOWELS = "aeiouy"

_STRAIGHT = str.maketrans(dict.fromkeys(APOSTROPHES[1:], APOSTROPHE))
_DROP = str.maketrans(dict.fromkeys(APOSTROPHES))


def straight_apostrophes(text: str) -> str:
    """Every apostrophe written as ``'`` (``MCR’s`` → ``MCR's``)."""
    if text.isascii():
        return text.replace("`", APOSTROPHE) if "`" in text else text
    return text.translate(_STRAIGHT)


def without_apostrophes(text: str) -> str:
    """``text`` with its apostrophes removed (``MCR’s`` → ``MCRs``)."""
    if text.isascii():
        return text.replace(APOSTROPHE, "").replace("`", "")
    return text.translate(_DROP)


def strip_possessive(text: str) -> str:
    """The word without its possessive or plural ``'s`` (``MCR’s`` → ``MCR``, ``risico's`` →
    ``risico``), or without a possessive apostrophe after an s sound (``Mercedes'`` →
    ``Mercedes``); anything else unchanged (``NAVO'`` ends in a quotation mark)."""
    if len(text) > 2 and text[-1] == "s" and text[-2] in APOSTROPHES:
        return text[:-2]
    if len(text) > 1 and text[-1] in APOSTROPHES and text[:-1].lower().endswith(SIBILANT_ENDINGS):
        return text[:-1]
    return text
