"""Lemma targets from UD lemmas: compound markers removed, the word's own hyphens kept."""

from __future__ import annotations


def target_lemma(form: str, ud_lemma: str) -> str:
    """UD lemma → target: ``politie_agent`` → ``politie-agent``, ``basis_niveau`` → ``basisniveau``.

    The product keeps hyphenated compounds as written (``NAVO-top``), so where the surface form
    has hyphens that the plain lemma lost, they are put back at the same places.
    """
    plain = ud_lemma.replace("_", "") if ud_lemma != "_" else form
    if "-" not in form.strip("-"):
        return plain
    prefix = form.rsplit("-", 1)[0]
    joined = prefix.replace("-", "")
    unhyphenated = plain.replace("-", "")
    if unhyphenated.lower().startswith(joined.lower()) and len(unhyphenated) > len(joined):
        return prefix + "-" + unhyphenated[len(joined) :]
    return plain


COMPOUND_TARGET_POS = frozenset({"NOUN", "PROPN", "ADJ"})
MAX_HEAD_GROWTH = 4
MIN_SHORT_HEAD = 3


def head_start(form: str, head: str) -> int | None:
    """Where the inflected head ``head`` (a lemma) begins in ``form``, or None if not found.

    Takes the longest prefix of the head that occurs near the end of the form (inflection
    changes the head's ending: ``eigenaren``/``eigenaar``, ``leden``/``lid``).
    """
    lower, head = form.lower(), head.lower()
    shortest = 1 if len(head) <= MIN_SHORT_HEAD else 2
    for k in range(len(head), shortest - 1, -1):
        position = lower.rfind(head[:k])
        if position > 0 and len(lower) - position <= len(head) + MAX_HEAD_GROWTH:
            return position
    return None


def compound_target(form: str, ud_lemma: str, upos: str) -> str:
    """Product lemma of a compound: modifiers as written, the UD lemma of the head.

    UD (Alpino) lemmatises every part (``scheepseigenaren`` → ``schip_eigenaar``); a glossary
    needs ``scheepseigenaar`` (and ``kabinetscrisis``, not ``kabinetcrisis``). Verbs keep the UD
    lemma, where the parts are particle and verb (``op_geven``).
    """
    plain = target_lemma(form, ud_lemma)
    if upos not in COMPOUND_TARGET_POS or "_" not in ud_lemma:
        return plain
    head = ud_lemma.rsplit("_", 1)[1]
    if not head:
        return plain
    position = head_start(form, head)
    if position is None:
        return plain
    modifier = form[:position]
    if upos != "PROPN" and not modifier.isupper():
        modifier = modifier if "-" in modifier else modifier.lower()
    return modifier + head
