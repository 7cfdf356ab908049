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
