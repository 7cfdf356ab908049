"""Language resources for term extraction: general word frequencies and a Dutch noun lexicon.

``wordfreq`` gives how common a word is in general Dutch (and English, to recognise English
in Dutch text); spaCy's Dutch lemma tables (spacy-lookups-data) tell which words are known
nouns, adjectives and verbs and give their lemmas. Both are loaded lazily on first use and
cached per object; a :class:`Resources` pickles without its caches, so it can be shipped to
worker processes. Seed terms (for instance from the reviewed term base) travel here too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import wraps
from typing import Any, TypeVar

#: Zipf value used for a word wordfreq does not know (rarer than ~3 per billion words).
UNKNOWN_ZIPF = 0.5
_TABLES = ("lemma_lookup", "lemma_rules", "lemma_exc", "lemma_index")
#: Entries per memo table before it is emptied (bounds memory on a large corpus).
MEMO_LIMIT = 300_000
_F = TypeVar("_F", bound=Callable[..., Any])


#: Zipf value of each (language, frequency bucket) of wordfreq's tables, computed by wordfreq.
_BUCKET_ZIPF: dict[tuple[str, float], float] = {}
#: wordfreq's frequency table of each language, as wordfreq itself caches it.
_FREQUENCIES: dict[str, dict[str, float]] = {}


def zipf_frequency(word: str, lang: str) -> float:
    """``wordfreq.zipf_frequency(word, lang)``: log10 per billion words, 0 when unknown.

    wordfreq normalises and tokenises its argument on every call it has not cached, which
    cost extraction about a second per hundred thousand words of new text. A plain lower-case
    ASCII word is its own single token and needs no normalising, so its value is its
    frequency bucket's: read from wordfreq's own table, the bucket's value computed once by
    wordfreq itself, so the result is wordfreq's to the last digit."""
    if not (word.isascii() and word.isalpha() and word.islower()):
        return _wordfreq_zipf(word, lang) if word else 0.0
    table = _FREQUENCIES.get(lang)
    if table is None:
        from wordfreq import get_frequency_dict

        table = _FREQUENCIES[lang] = get_frequency_dict(lang, "best")
    freq = table.get(word)
    if freq is None:
        return 0.0
    key = (lang, freq)
    value = _BUCKET_ZIPF.get(key)
    if value is None:
        value = _BUCKET_ZIPF[key] = _wordfreq_zipf(word, lang)
    return value


def _wordfreq_zipf(word: str, lang: str) -> float:
    from wordfreq import zipf_frequency as wordfreq_zipf

    return wordfreq_zipf(word, lang)


@dataclass
class Resources:
    """Frequencies, lexicon and seeds, passed into :func:`glossary.extract.extract_terms`."""

    language: str = "nl"
    #: Seed terms (Dutch lemmas) the term base vouches for; matching candidates say so.
    seeds: tuple[str, ...] = ()
    seed_source: str = "termbase"
    #: Seeds that enter the default output wherever they occur (the term base's names and
    #: posts); other seeds are found and scored like any candidate. Used when ranking only.
    lift: frozenset[str] = frozenset()
    _zipf: dict[tuple[str, str], float] = field(default_factory=dict, repr=False)
    _tables: dict[str, Any] | None = field(default=None, repr=False)
    _first_names: frozenset[str] | None = field(default=None, repr=False)
    #: Memo tables of derived word knowledge (``noun_lemma``...), per function name.
    memo: dict[str, dict[Any, Any]] = field(default_factory=dict, repr=False)

    @classmethod
    def default(
        cls, seeds: Iterable[str] = (), seed_source: str = "termbase", lift: Iterable[str] = ()
    ) -> Resources:
        from glossary.text import fold

        return cls(
            seeds=tuple(sorted(set(seeds))),
            seed_source=seed_source,
            lift=frozenset(fold(s) for s in lift),
        )

    def __getstate__(self) -> dict[str, Any]:
        return {"language": self.language, "seeds": self.seeds, "seed_source": self.seed_source}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.language = state["language"]
        self.seeds = state["seeds"]
        self.seed_source = state["seed_source"]
        self.lift = frozenset()
        self._zipf = {}
        self._tables = None
        self._first_names = None
        self.memo = {}

    def zipf(self, word: str, lang: str | None = None) -> float:
        """Zipf frequency (log10 per billion words) of ``word``; 0 when unknown."""
        lang = lang or self.language
        key = (lang, word)
        value = self._zipf.get(key)
        if value is None:
            value = zipf_frequency(word, lang)
            if len(self._zipf) > 500_000:
                self._zipf.clear()
            self._zipf[key] = value
        return value

    def general_zipf(self, word: str) -> float:
        """Zipf in general Dutch with a floor for unknown words (rare, so specific)."""
        return max(self.zipf(word.lower()), UNKNOWN_ZIPF)

    def is_word(self, word: str) -> bool:
        """Known to general Dutch — the evidence used for hyphenation repair: by wordfreq, or
        for a hyphenated word by the lemma tables (wordfreq estimates a hyphenated word from
        its parts, so it knows ``wapen-beheersing``; the tables list ``minister-president``)."""
        lower = word.lower()
        if "-" in lower:
            return any(self.in_index(pos, lower) for pos in self.table("lemma_index"))
        return self.zipf(lower) > 0

    def english_lean(self, word: str) -> float:
        """How much more frequent ``word`` is in English than in Dutch (Zipf difference)."""
        w = word.lower()
        return self.zipf(w, "en") - self.zipf(w, self.language)

    def table(self, name: str) -> Any:
        """A spaCy Dutch lemma table (``lemma_index``, ``lemma_exc``, ``lemma_rules``...)."""
        if self._tables is None:
            tables: dict[str, Any] = {t: _lookups_table(self.language, t) for t in _TABLES}
            index = tables["lemma_index"]
            tables["lemma_index"] = {
                pos: frozenset(index.get(pos) or ()) for pos in ("noun", "verb", "adj", "adv")
            }
            rules = tables["lemma_rules"]
            tables["lemma_rules"] = {
                pos: [(r[0], r[1]) for r in rules.get(pos) or []]
                for pos in ("noun", "verb", "adj", "adv")
            }
            self._tables = tables
        return self._tables[name]

    def noun_genders(self) -> dict[str, str]:
        """Singular noun → ``Neut``/``Com`` from the shipped treebank table (empty if absent)."""
        found = self.memo.get("noun_genders")
        if found is None:
            from glossary import paths

            found = {}
            if paths.GENDER_TABLE.is_file():
                for line in paths.GENDER_TABLE.read_text(encoding="utf-8").splitlines():
                    if line and not line.startswith("#"):
                        form, _, gender = line.partition("\t")
                        found[form] = gender
            self.memo["noun_genders"] = found
        return found

    def first_names(self) -> frozenset[str]:
        """Given names of many languages (``Jens``, ``Greta``), from the shipped list."""
        if self._first_names is None:
            from glossary import paths

            lines = (
                paths.FIRST_NAMES.read_text(encoding="utf-8").splitlines()
                if paths.FIRST_NAMES.is_file()
                else []
            )
            self._first_names = frozenset(n for n in lines if n and not n.startswith("#"))
        return self._first_names

    def in_index(self, pos: str, word: str) -> bool:
        """Is ``word`` a known lemma of part of speech ``pos`` (``noun``, ``adj``, ``verb``)?"""
        return word in self.table("lemma_index").get(pos, frozenset())

    def exception(self, pos: str, word: str) -> str | None:
        """The irregular lemma of ``word`` for ``pos`` (``bondgenoten`` → ``bondgenoot``)."""
        found = (self.table("lemma_exc").get(pos) or {}).get(word)
        return found[0] if found else None

    def rules(self, pos: str) -> list[tuple[str, str]]:
        """Suffix rules ``(old, new)`` of the Dutch rule lemmatizer for ``pos``."""
        return self.table("lemma_rules").get(pos, [])

    def rule_forms(self, pos: str, word: str) -> list[str]:
        """What the suffix rules for ``pos`` make of ``word``, in rule order (indexed by
        suffix, so a word costs a few look-ups instead of one test per rule)."""
        # suffix length → suffix → (rule order, replacement) of each rule with that suffix
        index: dict[int, dict[str, list[tuple[int, str]]]] | None = self.memo.get(f"rules:{pos}")
        if index is None:
            index = {}
            for order, (old, new) in enumerate(self.rules(pos)):
                index.setdefault(len(old), {}).setdefault(old, []).append((order, new))
            self.memo[f"rules:{pos}"] = index
        hits = []
        n = len(word)
        for length, by_suffix in index.items():
            if n > length:
                for order, new in by_suffix.get(word[n - length :], ()):
                    hits.append((order, word[: n - length] + new))
        hits.sort()
        return [form for _, form in hits]

    def lookup(self, word: str) -> str | None:
        return self.table("lemma_lookup").get(word)


def _lookups_table(language: str, name: str) -> dict[str, Any]:
    """One table of spacy-lookups-data, read from its file: the same data spaCy's
    ``load_lookups`` gives, without importing spaCy (the Sphinx extension uses these tables
    for Dutch plurals and never imports spaCy)."""
    import gzip
    import json

    from spacy_lookups_data import get_file

    with gzip.open(str(get_file(f"{language}_{name}.json.gz")), "rt", encoding="utf-8") as fh:
        return json.load(fh)


def memoised(fn: _F) -> _F:
    """Cache ``fn(word, res, *args)`` in ``res.memo``: pure word knowledge, computed once."""
    name = fn.__qualname__

    @wraps(fn)
    def wrapper(word: str, res: Resources, *args: Any) -> Any:
        table: dict[str | tuple[Any, ...], Any] | None = res.memo.get(name)
        if table is None:
            table = res.memo[name] = {}
        key = (word, *args) if args else word
        try:
            return table[key]
        except KeyError:
            if len(table) > MEMO_LIMIT:
                table.clear()
            value = table[key] = fn(word, res, *args)
            return value

    return wrapper  # type: ignore[return-value]
