"""The resolver chain: ask each resolver in order; the first confident answer wins.

Order: term base → country and region names (CLDR) → English in the letters → compounds → machine
translation (only when the user opted in, and only asked when nothing before it was confident) →
``missing``. Every other answer is kept as an alternative (deduplicated, in chain order), so a
translator sees the letter's ``enablement`` next to the term base's ``support``; computed guesses
(compound, MT) are not listed next to a term-base answer. The winner's source decides the status:
``termbase`` → reviewed, ``letter``/``compound`` → proposed, ``mt:*`` → machine. For an acronym
the chain also finds its English expansion, and its English acronym where the term base has no
row for it (:mod:`glossary.translate.acronyms`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

from glossary.errors import TranslationError
from glossary.model import Candidate, Translation
from glossary.text import fold
from glossary.translate import acronyms

if TYPE_CHECKING:
    from glossary.translate.lexicon import Lexicon
    from glossary.translate.mt import MachineTranslator
    from glossary.translate.termbase import TermBase

#: An answer at or above this confidence ends the search.
CONFIDENT = 0.5
#: Sources whose answer makes computed guesses pointless as alternatives: next to the term
#: base's "burden sharing" a literal "burden distribution" only misleads a translator.
AUTHORITIES = frozenset({"termbase"})
STATUS_BY_SOURCE = {
    "termbase": "reviewed",
    "letter": "proposed",
    "compound": "proposed",
    "cldr": "proposed",
    "translator": "proposed",
    "manual": "proposed",
}


class Resolver(Protocol):
    """Proposes English for a candidate (an empty list when it has nothing to say)."""

    name: str

    def resolve(self, candidate: Candidate) -> list[Translation]: ...


def is_guess(translation: Translation) -> bool:
    """Computed without human-written English: compound translation and MT."""
    return translation.source == "compound" or translation.source.startswith("mt:")


def status_for(translation: Translation | None) -> str:
    """The entry status a computed translation earns: a term-base answer is ``reviewed`` only
    when its row follows an official name (full confidence), else ``proposed``."""
    if translation is None:
        return "missing"
    if translation.source.startswith("mt:"):
        return "machine"
    if translation.source == "termbase" and translation.confidence < 1.0:
        return "proposed"
    return STATUS_BY_SOURCE.get(translation.source, "proposed")


def choose(
    answers: Sequence[Translation], threshold: float = CONFIDENT, forbidden: Iterable[str] = ()
) -> tuple[Translation | None, tuple[Translation, ...]]:
    """The first confident answer and the distinct others, skipping forbidden renderings."""
    banned = {fold(f) for f in forbidden}
    seen: set[str] = set()
    distinct: list[Translation] = []
    for answer in answers:
        key = fold(answer.text)
        if key in seen or key in banned or not answer.text.strip():
            continue
        seen.add(key)
        distinct.append(answer)
    winner = next((a for a in distinct if a.confidence >= threshold), None)
    return winner, tuple(a for a in distinct if a is not winner)


@dataclass(frozen=True)
class Resolution:
    """What the chain found for one candidate."""

    translation: Translation | None = None
    alternatives: tuple[Translation, ...] = ()
    expansion: str | None = None
    #: The machine-translation failure, when the provider failed for this term.
    failure: str | None = None
    threshold: float = CONFIDENT
    #: An acronym's English full form (the translation holds its English acronym).
    english_expansion: Translation | None = None
    #: No English, but a resolver knows every part of the Dutch (a compound whose composed
    #: English it refused): attests the term as composed English would.
    recognised: bool = False

    @property
    def status(self) -> str:
        return status_for(self.translation)

    def answers(self) -> list[Translation]:
        return ([self.translation] if self.translation else []) + list(self.alternatives)

    def without(self, forbidden: Iterable[str]) -> Resolution:
        """The same resolution with a reviewer's forbidden renderings taken out."""
        forbidden = list(forbidden)
        if not forbidden:
            return self
        winner, others = choose(self.answers(), self.threshold, forbidden)
        full = self.english_expansion
        if full is not None and fold(full.text) in {fold(f) for f in forbidden}:
            full = None
        return replace(self, translation=winner, alternatives=others, english_expansion=full)


class Chain:
    """Resolvers in order; ``lazy`` ones (MT) are asked only while nothing is confident."""

    def __init__(self, resolvers: Sequence[Resolver], threshold: float = CONFIDENT) -> None:
        self.resolvers = list(resolvers)
        self.threshold = threshold

    def resolve(self, candidate: Candidate, offline: bool = False) -> Resolution:
        """Ask the resolvers; with ``offline`` the lazy (networked) ones are skipped."""
        answers: list[Translation] = []
        failure: str | None = None
        expansion: str | None = None
        for resolver in self.resolvers:
            expand = getattr(resolver, "expansion", None)
            if expansion is None and not candidate.expansion and callable(expand):
                expansion = expand(candidate)
        for resolver in self.resolvers:
            lazy = getattr(resolver, "lazy", False)
            if lazy and (offline or any(a.confidence >= self.threshold for a in answers)):
                continue
            try:
                answers.extend(resolver.resolve(candidate))
            except TranslationError as exc:
                failure = str(exc)
        winner, others = choose(answers, self.threshold)
        if winner is not None and winner.source in AUTHORITIES:
            others = tuple(a for a in others if not is_guess(a))
        full = None
        if candidate.kind == "acronym":
            found = acronyms.english_expansion(
                candidate, expansion, self.resolvers, self._translate_offline
            )
            if found is None and winner is not None and winner.source.startswith("mt:"):
                found = acronyms.Expansion(winner, acronyms.TRANSLATED)  # MT sends the expansion
            winner, others = acronyms.settle(candidate, winner, others, found, self.resolvers)
            full = found.translation if found is not None else None
        answered = {a.source for a in answers}
        recognised = winner is None and any(
            r.name not in answered
            and callable(recognises := getattr(r, "recognises", None))
            and recognises(candidate)
            for r in self.resolvers
        )
        return Resolution(winner, others, expansion, failure, self.threshold, full, recognised)

    def _translate_offline(self, dutch: str) -> Translation | None:
        """The chain's offline English of a Dutch text (an acronym's expansion)."""
        kind = "entity" if dutch[:1].isupper() else "term"
        return self.resolve(Candidate(dutch, kind, 0.0, 1, forms=[dutch]), offline=True).translation

    def has_lazy(self) -> bool:
        return any(getattr(r, "lazy", False) for r in self.resolvers)


def build_chain(
    termbase: TermBase,
    lexicon: Lexicon | None = None,
    translator: MachineTranslator | None = None,
    threshold: float = CONFIDENT,
) -> Chain:
    """The standard chain: term base, letters, compounds (with a lexicon), MT (if given)."""
    from glossary.translate.cldr import CldrResolver
    from glossary.translate.compound import CompoundTranslator
    from glossary.translate.evidence import EvidenceResolver
    from glossary.translate.lexicon import Lexicon
    from glossary.translate.mt import MTResolver
    from glossary.translate.termbase import TermBaseResolver

    resolvers: list[Resolver] = [
        TermBaseResolver(termbase),
        CldrResolver(),
        EvidenceResolver(termbase),
        CompoundTranslator(termbase, lexicon or Lexicon()),
    ]
    if translator is not None:
        resolvers.append(MTResolver(translator))
    return Chain(resolvers, threshold)
