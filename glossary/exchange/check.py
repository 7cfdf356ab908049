"""Term consistency of translated PO catalogs (Dutch ``msgid`` → English ``msgstr``).

For every translated message whose ``msgid`` contains a glossary term (found by the one
:mod:`glossary.lookup.matcher`), the ``msgstr`` must contain the term's approved English or one of
its alternatives, and none of its forbidden renderings. This is Weblate's glossary check, offline,
for whole catalogs such as Sphinx's ``locale/en/LC_MESSAGES/*.po``.

English is compared case-insensitively at word boundaries, words joined by spaces or hyphens
(``burden sharing`` = ``burden-sharing``), with regular plurals and the possessive accepted.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from glossary.errors import InputError, one_of
from glossary.exchange.common import CatalogMessage
from glossary.lookup.matcher import TermMatcher, entry_forms, normalize
from glossary.model import Entry, Glossary, status_at_least

_SEPARATOR = r"[\s\-\u2010\u2011]+"
_SPLIT = re.compile(_SEPARATOR)
_SUFFIX = r"(?:'s|’s|s'|s’)?"
EXCERPT = 80


@dataclass(frozen=True)
class Issue:
    """One inconsistency: in ``file`` at ``line`` the Dutch ``term`` (a form of ``entry_id``)
    is not rendered as ``expected`` (``problem`` = ``missing``), or a forbidden rendering
    ``found`` is used (``problem`` = ``forbidden``)."""

    file: str
    line: int
    entry_id: str
    term: str
    expected: tuple[str, ...]
    found: str
    problem: str
    msgid: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "line": self.line,
            "id": self.entry_id,
            "term": self.term,
            "expected": list(self.expected),
            "found": self.found,
            "problem": self.problem,
            "msgid": self.msgid,
        }

    def text(self) -> str:
        expected = " or ".join(f'"{e}"' for e in self.expected)
        if self.problem == "forbidden":
            return (
                f"{self.file}:{self.line}: '{self.term}' rendered with forbidden "
                f'"{self.found}"; expected {expected}'
            )
        return (
            f"{self.file}:{self.line}: '{self.term}' not rendered as {expected}; "
            f'found: "{self.found}"'
        )


def _word_regex(word: str, last: bool) -> str:
    if not last:
        return re.escape(word)
    if len(word) > 2 and word.endswith("y") and word[-2].lower() not in "aeiou":
        return re.escape(word[:-1]) + "(?:y|ies)" + _SUFFIX
    return re.escape(word) + "(?:s|es)?" + _SUFFIX


def rendering_pattern(renderings: Iterable[str], inflect: bool = True) -> re.Pattern[str] | None:
    """A case-insensitive word-boundary pattern matching any of ``renderings``."""
    alternatives = set()
    for text in renderings:
        words = [w for w in _SPLIT.split(text.strip()) if w]
        if words:
            alternatives.add(
                _SEPARATOR.join(
                    _word_regex(w, inflect and i == len(words) - 1) if inflect else re.escape(w)
                    for i, w in enumerate(words)
                )
            )
    if not alternatives:
        return None
    body = "|".join(sorted(alternatives, key=lambda a: (-len(a), a)))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def accepted_english(entry: Entry) -> list[str]:
    """The approved English, its plural, the alternatives (with theirs) and an acronym's
    English expansion (a translator may write it out), in that order."""
    out: list[str] = []
    full = [entry.english_expansion] if entry.english_expansion else []
    for t in ([entry.translation] if entry.translation else []) + entry.alternatives + full:
        for text in (t.text, t.plural):
            if text and text not in out:
                out.append(text)
    return out


def excerpt(text: str, limit: int = EXCERPT) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


@dataclass
class Checker:
    """The glossary side of the check, built once and used for every catalog."""

    glossary: Glossary
    min_status: str = "reviewed"
    include_fuzzy: bool = False
    matcher: TermMatcher = field(init=False)
    _accepted: dict[str, re.Pattern[str] | None] = field(init=False, default_factory=dict)
    _forbidden: dict[str, re.Pattern[str] | None] = field(init=False, default_factory=dict)
    _by_form: dict[str, list[str]] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        ids = [
            e.id
            for e in self.glossary.sorted_entries()
            if e.translation is not None and status_at_least(e.status, self.min_status)
        ]
        self.matcher = TermMatcher.from_glossary(self.glossary, entry_ids=ids)
        for entry_id in ids:
            for form in entry_forms(self.glossary.entries[entry_id], "nl"):
                key = " ".join(normalize(form).split())
                self._by_form.setdefault(key, []).append(entry_id)

    def _pattern(self, entry_id: str, forbidden: bool) -> re.Pattern[str] | None:
        cache = self._forbidden if forbidden else self._accepted
        if entry_id not in cache:
            entry = self.glossary.entries[entry_id]
            cache[entry_id] = (
                rendering_pattern(entry.forbidden, inflect=True)
                if forbidden
                else rendering_pattern(accepted_english(entry))
            )
        return cache[entry_id]

    def senses(self, matched: str, entry_id: str) -> list[str]:
        """All checked entries with this form (homographs): any of their English will do."""
        return self._by_form.get(" ".join(normalize(matched).split()), [entry_id])

    def check_message(self, dutch: str, english: str, file: str, line: int) -> list[Issue]:
        """Issues of one message: each glossary term in ``dutch`` checked against ``english``."""
        issues: list[Issue] = []
        done: set[tuple[str, str]] = set()
        for match in self.matcher.find(dutch):
            senses = self.senses(match.text, match.entry_id)
            key = (",".join(senses), match.text.casefold())
            if key in done:
                continue
            done.add(key)
            expected = tuple(
                dict.fromkeys(e for s in senses for e in accepted_english(self.glossary.entries[s]))
            )
            if not any((p := self._pattern(s, False)) and p.search(english) for s in senses):
                issues.append(
                    Issue(
                        file,
                        line,
                        match.entry_id,
                        match.text,
                        expected,
                        excerpt(english),
                        "missing",
                        excerpt(dutch),
                    )
                )
            for sense in senses:
                pattern = self._pattern(sense, True)
                hit = pattern.search(english) if pattern else None
                if hit:
                    issues.append(
                        Issue(
                            file,
                            line,
                            sense,
                            match.text,
                            expected,
                            hit.group(0),
                            "forbidden",
                            excerpt(dutch),
                        )
                    )
        return issues

    def check_catalog(self, messages: Iterable[CatalogMessage], file: str) -> list[Issue]:
        """Issues of every translated (by default non-fuzzy) message of one catalog."""
        issues: list[Issue] = []
        for message in messages:
            if message.fuzzy and not self.include_fuzzy:
                continue
            if message.target.strip():
                issues.extend(
                    self.check_message(message.source, message.target, file, message.line)
                )
        return issues


def expand_catalogs(args: Iterable[str]) -> list[str]:
    """Files as given; directories become their catalogs (``*.po``, recursively); unmatched
    globs are expanded here (for shells that do not); ``-`` is standard input."""
    import glob

    from glossary.exchange import formats
    from glossary.walk import glob_files, walk_files

    suffixes = formats.listed_suffixes(formats.catalog_formats())

    def catalog(name: str) -> bool:
        return Path(name).suffix in suffixes

    out: list[str] = []
    for arg in args:
        path = Path(arg)
        if arg != "-" and path.is_dir():
            found = list(walk_files(arg, catalog))
            if not found:
                raise InputError(f"no {one_of(suffixes)} files in this directory", arg)
            out.extend(found)
        elif arg != "-" and not path.exists() and glob.has_magic(arg):
            found = glob_files(arg, lambda name: True)
            if not found:
                raise InputError("no file matches this pattern", arg)
            out.extend(found)
        else:
            out.append(arg)
    return out


def check_files(
    paths: Sequence[str | os.PathLike[str]],
    glossary: Glossary,
    *,
    min_status: str = "reviewed",
    include_fuzzy: bool = False,
) -> list[Issue]:
    """Check translated catalogs (PO; ``-``: standard input) against the glossary; a
    malformed catalog, or a file that is not a catalog, raises InputError."""
    from glossary.exchange.formats import read_catalog_messages

    checker = Checker(glossary, min_status=min_status, include_fuzzy=include_fuzzy)
    issues: list[Issue] = []
    for path in paths:
        name, messages = read_catalog_messages(path)
        issues.extend(checker.check_catalog(messages, name))
    return issues
