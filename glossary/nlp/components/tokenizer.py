"""Dutch tokenizer rules for letters to parliament, applied before training, saved with the model.

spaCy's Dutch defaults already keep hyphenated compounds (``NAVO-top``, ``2%-norm``) and most
abbreviations together. On top of them: more abbreviations of official Dutch (``incl.``,
``o.b.v.``, ``i.h.k.v.``, any short dotted letter sequence), the curly apostrophe treated like
the straight one (``MCR’s`` is one token, as ``MCR's`` is), and a bracket after a truncated
compound split off (``(NAVO-)bondgenoten``), and a sentence's full stop split off an acronym
with a function word's small initial (``PvdA.``, ``MoU.``), as it is off ``VVD.``. The
tokenizer's patterns and special cases are serialized with the pipeline, so loading it needs no
code from here.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.lang.char_classes import ALPHA
from spacy.language import Language
from spacy.symbols import NORM, ORTH
from spacy.util import compile_infix_regex, compile_suffix_regex, registry

from glossary.nlp.dutch.spelling import CURLY_APOSTROPHE

EXTRA_ABBREVIATIONS = (
    "incl.",
    "excl.",
    "mld.",
    "mrd.",
    "ivm.",
    "ct.",
    "mw.",
    "kol.",
    "kapt.",
    "lt.",
    "jo.",
    "brig.gen.",
    "vice-adm.",
    "luit.",
    "genm.",
    "ltgen.",
    "vlnr.",
    "ong.",
    "tlv.",
)
DOTTED_ABBREVIATION = r"^[A-Za-z]{1,3}(?:\.[A-Za-z]{1,3})+\.$"
BRACKET_AFTER_HYPHEN = rf"(?<=-)\)(?=[{ALPHA}])"
#: A full stop after a capital that follows a small letter (``PvdA.``, ``MoU.``, ``EMASoH.``):
#: spaCy splits it after two capitals (``VVD.``) and after small letters, not after these.
STOP_AFTER_MIXED_CAPS = r"(?<=[a-z][A-Z])\."


def abbreviation_variants(abbreviation: str) -> list[str]:
    """The abbreviation as listed and with a capital first letter (sentence start)."""
    variants = [abbreviation, abbreviation[0].upper() + abbreviation[1:]]
    return list(dict.fromkeys(variants))


def customize_tokenizer(nlp: Language) -> None:
    """Add the rules of the module docstring to ``nlp.tokenizer`` in place."""
    # spaCy's rule-based Tokenizer, a compiled class without type information (spaCy types
    # nlp.tokenizer as any callable from text to Doc).
    tokenizer: Any = nlp.tokenizer
    for abbreviation in EXTRA_ABBREVIATIONS:
        for variant in abbreviation_variants(abbreviation):
            tokenizer.add_special_case(variant, [{ORTH: variant, NORM: abbreviation}])
    infixes = [
        pattern.replace(CURLY_APOSTROPHE, "")
        if isinstance(pattern, str) and "\\)\\]\\(\\[" in pattern
        else pattern
        for pattern in nlp.Defaults.infixes or []
    ]
    infixes.append(BRACKET_AFTER_HYPHEN)
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    suffixes = [*(nlp.Defaults.suffixes or []), STOP_AFTER_MIXED_CAPS]
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    dotted = re.compile(DOTTED_ABBREVIATION)
    default_match = nlp.Defaults.token_match
    if default_match is None:
        tokenizer.token_match = dotted.match
    else:
        # spaCy types token_match as any callable; its defaults are a compiled pattern's match.
        default = default_match.__self__.pattern  # type: ignore[attr-defined]
        combined = re.compile(f"(?:{DOTTED_ABBREVIATION})|(?:{default})")
        tokenizer.token_match = combined.match


@registry.callbacks("nato.customize_tokenizer.v1")
def make_customize_tokenizer() -> object:
    """``[initialize.before_init]`` callback: apply :func:`customize_tokenizer`."""

    def before_init(nlp: Language) -> Language:
        customize_tokenizer(nlp)
        return nlp

    return before_init
