"""A derived SQLite index of a glossary for fast lookups; the JSON stays the source of truth.

The index lives in the user cache dir (``glossary.paths.cache_dir()``, ``$NATO_GLOSSARY_CACHE``)
as ``lookup/index-v<FORMAT>-<sha256 of the JSON>.sqlite``. A small stamp file per glossary path
remembers ``size mtime inode → sha256``, so a warm start neither hashes nor parses the JSON: it
stats the file, reads the stamp and opens the index read-only. A changed file is hashed; an
index of that content is reused, otherwise one is built (into a temporary file, then renamed)
and old ones are pruned. A corrupt or stale index is rebuilt; an unwritable cache dir gives an
in-memory index.

The index holds names and keys, not the entries: ``entries`` stores where each entry's JSON
object starts in the glossary file and how long it is, so a lookup reads and parses only the
entries it prints (and checks their ids, so a file changed under it means a rebuild). Tables:
``entries``, ``letters`` (citation strings), ``keys`` (distinct loose keys per direction),
``names`` (every lemma, id, form, English, expansion and English expansion with its exact
key), ``grams`` (trigram → posting list of keys, for fuzzy search) and ``words`` (later words
of multi-word keys, for prefix search).

Import cost matters (``glossary lookup`` must start fast): this module imports only what a warm
lookup needs; the model, store, hashing, platformdirs and contextlib load only to build.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import sys
import unicodedata
from array import array
from collections.abc import Callable

from glossary.nlp.dutch.spelling import straight_apostrophes, without_apostrophes
from glossary.paths import cache_dir_guess
from glossary.text import fold

# ``typing`` for the type checker only: importing it would cost ``glossary lookup`` 2 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

#: Bump when the tables or the normalisation change; old indexes are then ignored and pruned.
FORMAT = 2
#: Directions: Dutch → English looks at Dutch names, English → Dutch at English ones.
NL, EN = 0, 1
#: Name fields in order of preference when one entry matches through several names.
NL_FIELDS = ("lemma", "id", "form", "expansion")
EN_FIELDS = ("english", "plural", "alternative", "expansion")
#: How many indexes to keep in the cache (most recently built first).
KEEP_INDEXES = 8

_SPACES = re.compile(r"\s+")
_NON_WORD = re.compile(r"[\W_]+")
_WS = re.compile(r"[ \t\n\r]*")


class StaleIndex(Exception):
    """The glossary file no longer matches the index (changed while we read it)."""


def exact_key(text: str) -> str:
    """Case-sensitive key: NFC, one kind of apostrophe, single spaces (``MCR’s`` = ``MCR's``)."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return _SPACES.sub(" ", straight_apostrophes(text)).strip()


def loose_key(text: str) -> str:
    """Forgiving key: folded, apostrophes dropped, punctuation and hyphens as single spaces.

    ``burden-sharing`` = ``Burden sharing``, ``Oekraïne`` = ``oekraine``, ``MCR’s`` = ``mcrs``.
    """
    folded = fold(text)
    if not folded.isascii():
        folded = "".join(ch for ch in folded if unicodedata.category(ch) != "Cf")
    return _NON_WORD.sub(" ", without_apostrophes(folded)).strip()


def trigrams(key: str) -> set[str]:
    """Character trigrams of a loose key padded with spaces (the fuzzy-search vocabulary)."""
    padded = f" {key} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def letter_reference(meta: dict[str, Any]) -> str:
    """How an example's letter is cited: ``Kamerstuk 28 676, nr. 328 (18 november 2019)``."""
    dossier, number, date = meta.get("dossier"), meta.get("number"), meta.get("date")
    if dossier and number:
        ref = f"Kamerstuk {dossier}, nr. {number}"
        return f"{ref} ({date})" if date else ref
    return str(meta.get("id", ""))


# -- where the index lives --------------------------------------------------------------------


def _official_cache_dir() -> str | None:
    """``glossary.paths.cache_dir()``, or None when it cannot be created."""
    from glossary.errors import GlossaryError
    from glossary.paths import cache_dir

    try:
        return str(cache_dir())
    except (OSError, GlossaryError):
        return None


def _lookup_dir(cache: str) -> str:
    return os.path.join(cache, "lookup")


def _index_name(sha: str) -> str:
    return f"index-v{FORMAT}-{sha}.sqlite"


def _stamp_name(path: str) -> str:
    import zlib

    return f"stamp-v{FORMAT}-{zlib.crc32(path.encode('utf-8', 'surrogatepass')):08x}.txt"


def _stat_stamp(st: os.stat_result) -> str:
    return f"{st.st_size} {st.st_mtime_ns} {st.st_ino}"


# -- an open index ----------------------------------------------------------------------------


class Index:
    """An open lookup index: the SQLite connection and the glossary file it describes."""

    __slots__ = ("built", "connection", "location", "path", "sha256", "shown")

    def __init__(
        self,
        connection: sqlite3.Connection,
        shown: str,
        path: str,
        sha256: str,
        location: str,
        built: bool,
    ) -> None:
        self.connection = connection
        #: The glossary file as the user named it, and its absolute path.
        self.shown = shown
        self.path = path
        self.sha256 = sha256
        #: The index file, or ``":memory:"`` when the cache dir was not writable.
        self.location = location
        #: True when opening had to build the index (the first run after a glossary change).
        self.built = built

    def close(self) -> None:
        self.connection.close()

    def entries(self, numbers: list[int]) -> dict[int, dict[str, Any]]:
        """The JSON objects of entries ``numbers``, read from the glossary file itself."""
        if not numbers:
            return {}
        marks = ",".join("?" * len(numbers))
        rows = self.connection.execute(
            f"SELECT n, id, start, length FROM entries WHERE n IN ({marks}) ORDER BY start", numbers
        ).fetchall()
        out: dict[int, dict[str, Any]] = {}
        try:
            with open(self.path, "rb") as fh:
                for n, eid, start, length in rows:
                    fh.seek(start)
                    data = json.loads(fh.read(length))
                    if not isinstance(data, dict) or data.get("id") != eid:
                        raise StaleIndex(self.path)
                    out[n] = data
        except (OSError, ValueError) as exc:
            raise StaleIndex(self.path) from exc
        return out


def _connect_ro(path: str) -> sqlite3.Connection:
    uri = path.replace("%", "%25").replace("?", "%3f").replace("#", "%23")
    return sqlite3.connect(f"file:{uri}?mode=ro", uri=True, check_same_thread=False)


def _open_existing(path: str, sha: str) -> sqlite3.Connection | None:
    """A read-only connection to a complete index of our format built from content ``sha``."""
    if not os.path.isfile(path):
        return None
    try:
        con = _connect_ro(path)
        meta = dict(con.execute("SELECT name, value FROM meta").fetchall())
    except sqlite3.Error:
        return None
    if (meta.get("format"), meta.get("sha256"), meta.get("complete")) != (str(FORMAT), sha, "1"):
        con.close()
        return None
    return con


def _read_stamp(cache: str, path: str, stamp: str) -> str | None:
    """The content hash remembered for ``path`` with this size/mtime/inode, if any."""
    try:
        with open(os.path.join(_lookup_dir(cache), _stamp_name(path)), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
    except (OSError, UnicodeDecodeError):
        return None
    if len(lines) >= 3 and lines[0] == path and lines[1] == stamp and len(lines[2]) == 64:
        return lines[2]
    return None


def _write_stamp(cache: str, path: str, stamp: str, sha: str) -> None:
    """Remember ``path → sha`` (best effort: a read-only cache just rehashes next time).

    Written to a temporary file and renamed, like every product file, but not fsynced: it is a
    cache, a lost or torn stamp only costs one rehash, and an fsync on a busy disk costs more
    than the whole lookup.
    """
    import contextlib

    target = os.path.join(_lookup_dir(cache), _stamp_name(path))
    tmp = f"{target}.{os.getpid()}.tmp"
    try:
        os.makedirs(_lookup_dir(cache), exist_ok=True)
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(f"{path}\n{stamp}\n{sha}\n")
        os.replace(tmp, target)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def _input_error(message: str, shown: str) -> Exception:
    from glossary.errors import InputError

    return InputError(message, shown)


def open_index(
    glossary_path: str | os.PathLike[str],
    rebuild: bool = False,
    on_build: Callable[[int], None] | None = None,
) -> Index:
    """Open (or build) the index of a glossary file; ``InputError`` for a bad file.

    ``on_build(entries)`` is called before an index is built (seconds for a large glossary),
    so a command can say why this lookup is slow.
    """
    shown = os.fspath(glossary_path)
    path = os.path.abspath(shown)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise _input_error(
            "glossary file not found; run 'glossary build' or pass --glossary", shown
        ) from None
    except OSError as exc:
        raise _input_error(f"cannot read glossary: {exc.strerror}", shown) from None
    stamp = _stat_stamp(st)
    guess = cache_dir_guess()
    if guess and not rebuild:
        sha = _read_stamp(guess, path, stamp)
        if sha:
            location = os.path.join(_lookup_dir(guess), _index_name(sha))
            con = _open_existing(location, sha)
            if con:
                return Index(con, shown, path, sha, location, False)
    return _open_slow(shown, path, stamp, guess, rebuild, on_build)


def _open_slow(
    shown: str,
    path: str,
    stamp: str,
    guess: str | None,
    rebuild: bool,
    on_build: Callable[[int], None] | None,
) -> Index:
    """Hash the JSON, reuse an index of that content or build one (first run after a change)."""
    import hashlib

    from glossary.errors import GlossaryError
    from glossary.files import read_input
    from glossary.limits import INPUT_ENV, current

    try:
        raw = read_input(path, "glossary JSON file", current().input_bytes, limit_env=INPUT_ENV)
    except GlossaryError as exc:
        raise _input_error(exc.message, shown) from None
    sha = hashlib.sha256(raw).hexdigest()
    official = _official_cache_dir()
    caches = [c for c in dict.fromkeys([official, guess]) if c]
    if not rebuild:
        for cache in caches:
            location = os.path.join(_lookup_dir(cache), _index_name(sha))
            con = _open_existing(location, sha)
            if con:
                _write_stamp(cache, path, stamp, sha)
                return Index(con, shown, path, sha, location, False)
    source = parse_with_spans(raw, shown)
    if on_build:
        on_build(len(source.entries))
    if official:
        built = _build_file(source, sha, _lookup_dir(official))
        con = _open_existing(built, sha) if built else None
        if built and con:
            _write_stamp(official, path, stamp, sha)
            _prune(_lookup_dir(official), keep=os.path.basename(built))
            return Index(con, shown, path, sha, built, True)
    con = sqlite3.connect(":memory:", check_same_thread=False)
    _fill(con, source, sha)
    return Index(con, shown, path, sha, ":memory:", True)


# -- reading the JSON with entry positions ----------------------------------------------------


class Source:
    """A glossary file as the index sees it: entry objects by id, their byte spans, letters.

    Entries stay the plain JSON objects of the stored schema (no ``Entry`` objects: building
    them for 100,000 entries costs seconds and the index needs only names).
    """

    __slots__ = ("entries", "letters", "spans")

    def __init__(
        self,
        entries: dict[str, dict[str, Any]],
        spans: dict[str, tuple[int, int]],
        letters: list[dict[str, Any]],
    ) -> None:
        self.entries = entries
        self.spans = spans
        self.letters = letters


def parse_with_spans(raw: bytes, shown: str) -> Source:
    """Read a glossary file for indexing, checked like ``store.load`` (same one-line errors)."""
    from glossary.store.jsonfile import check_data, from_data, parse

    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _input_error(
            f"not UTF-8 (byte {exc.start}); is this a glossary JSON file?", shown
        ) from None
    if not text.strip():
        raise _input_error("glossary file is empty; rebuild it with 'glossary build'", shown)
    try:
        data, items = _scan(text)
    except (ValueError, TypeError, RecursionError):
        parse(text, shown)  # raises the store's one-line error (file, line, column)
        raise _input_error("cannot index this glossary file", shown) from None
    check_data(data, shown)  # the schema, unique ids: the store's one-line errors
    try:
        by_id = {str(e["id"]): e for e in data["entries"]}  # present: check_data checked
        letters = [dict(meta, id=str(meta["id"])) for meta in data.get("letters", [])]
        source = Source(
            dict(sorted(by_id.items())), _byte_spans(text, raw.isascii(), items), letters
        )
        for entry in source.entries.values():
            for _direction, _field, name in _entry_names(entry):
                if not isinstance(name, str):
                    raise TypeError(f"{name!r} is not a string")
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        from_data(data, shown)  # the store's message when the model rejects it too
        raise _input_error(
            f"invalid glossary entry ({exc.__class__.__name__}: {exc})", shown
        ) from None
    return source


def _skip_blank(text: str, i: int = 0) -> int:
    """The position of the first character at or after ``i`` that is not JSON whitespace."""
    blank = _WS.match(text, i)  # always matches (``*``), if only the empty string
    return blank.end() if blank else i


def _scan(text: str) -> tuple[dict[str, Any], list[tuple[Any, int, int]]]:
    """Decode the top-level object, noting each ``entries`` element's character span."""
    decoder = json.JSONDecoder()
    data: dict[str, Any] = {}
    items: list[tuple[Any, int, int]] = []
    i = _skip_blank(text)
    if text[i : i + 1] != "{":
        raise ValueError("not an object")
    i = _skip_blank(text, i + 1)
    while text[i : i + 1] != "}":
        key, i = decoder.raw_decode(text, i)
        i = _skip_blank(text, i)
        if not isinstance(key, str) or text[i : i + 1] != ":":
            raise ValueError("bad member")
        i = _skip_blank(text, i + 1)
        if key == "entries" and text[i : i + 1] == "[":
            items = []
            i = _skip_blank(text, i + 1)
            while text[i : i + 1] != "]":
                item, end = decoder.raw_decode(text, i)
                items.append((item, i, end))
                i = _skip_blank(text, end)
                if text[i : i + 1] == ",":
                    i = _skip_blank(text, i + 1)
                elif text[i : i + 1] != "]":
                    raise ValueError("bad array")
            data[key] = [item for item, _, _ in items]
            i += 1
        else:
            data[key], i = decoder.raw_decode(text, i)
        i = _skip_blank(text, i)
        if text[i : i + 1] == ",":
            i = _skip_blank(text, i + 1)
        elif text[i : i + 1] != "}":
            raise ValueError("bad object")
    if text[i + 1 :].strip():
        raise ValueError("extra data")
    return data, items


def _byte_spans(
    text: str, ascii_only: bool, items: list[tuple[Any, int, int]]
) -> dict[str, tuple[int, int]]:
    """Character spans → byte spans in the UTF-8 file, by entry id (the last one wins)."""
    spans: dict[str, tuple[int, int]] = {}
    char = byte = 0
    for item, start, end in items:
        if ascii_only:
            begin, length = start, end - start
        else:
            byte += len(text[char:start].encode("utf-8"))
            begin, length = byte, len(text[start:end].encode("utf-8"))
            byte, char = byte + length, end
        if isinstance(item, dict):
            spans[str(item.get("id"))] = (begin, length)
    return spans


# -- building ---------------------------------------------------------------------------------

_SCHEMA = """
CREATE TABLE meta(name TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE entries(n INTEGER PRIMARY KEY, id TEXT NOT NULL, lemma TEXT NOT NULL,
                     english TEXT, start INTEGER NOT NULL, length INTEGER NOT NULL);
CREATE TABLE letters(id TEXT PRIMARY KEY, reference TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE keys(k INTEGER PRIMARY KEY, dir INTEGER NOT NULL, key TEXT NOT NULL);
CREATE TABLE names(dir INTEGER NOT NULL, exact TEXT NOT NULL, k INTEGER NOT NULL,
                   entry INTEGER NOT NULL, field INTEGER NOT NULL, text TEXT);
CREATE TABLE grams(dir INTEGER NOT NULL, gram TEXT NOT NULL, postings BLOB NOT NULL,
                   PRIMARY KEY(dir, gram)) WITHOUT ROWID;
CREATE TABLE words(dir INTEGER NOT NULL, word TEXT NOT NULL, k INTEGER NOT NULL);
"""

_INDEXES = """
CREATE UNIQUE INDEX keys_by_key ON keys(dir, key);
CREATE INDEX names_by_exact ON names(dir, exact);
CREATE INDEX names_by_k ON names(k);
CREATE INDEX words_by_word ON words(dir, word);
"""


def _entry_names(entry: dict[str, Any]) -> list[tuple[int, int, Any]]:
    """(direction, field rank, text) of every name an entry (its JSON object) is found by."""
    out: list[tuple[int, int, Any]] = [(NL, 0, entry["lemma"]), (NL, 1, entry["id"])]
    out += [(NL, 2, form) for form in entry.get("forms") or ()]
    expansion = entry.get("expansion")
    if expansion:
        out.append((NL, 3, expansion))
    # English finds an acronym by its English expansion (by the letters' one, which may be
    # English, when no English expansion is known: a version-1 file).
    english_expansion = (entry.get("english_expansion") or {}).get("text") or expansion
    if english_expansion:
        out.append((EN, 3, english_expansion))
    translation = entry.get("translation")
    if translation:
        out.append((EN, 0, translation["text"]))
        if translation.get("plural"):
            out.append((EN, 1, translation["plural"]))
    for alt in entry.get("alternatives") or ():
        out.append((EN, 2, alt["text"]))
        if alt.get("plural"):
            out.append((EN, 2, alt["plural"]))
    return out


def _fill(con: sqlite3.Connection, source: Source, sha: str) -> None:
    """Write every table of the index of ``source`` into ``con`` (one transaction)."""
    con.executescript(_SCHEMA)
    keys: dict[tuple[int, str], int] = {}
    exact_of: dict[str, str] = {}
    loose_of: dict[str, str] = {}
    names: list[tuple[int, str, int, int, int, str | None]] = []
    entries = []
    for n, (eid, entry) in enumerate(source.entries.items(), start=1):
        start, length = source.spans[eid]
        translation = entry.get("translation") or {}
        entries.append((n, eid, entry["lemma"], translation.get("text"), start, length))
        seen: set[tuple[int, str]] = set()
        for direction, field, text in _entry_names(entry):
            exact = exact_of.get(text)
            if exact is None:
                exact = exact_of[text] = exact_key(text)
                loose_of[text] = loose_key(text)
            loose = loose_of[text]
            if not exact or not loose or (direction, exact) in seen:
                continue
            seen.add((direction, exact))
            k = keys.setdefault((direction, loose), len(keys) + 1)
            names.append((direction, exact, k, n, field, None if text == exact else text))
    grams: list[dict[str, list[int]]] = [{}, {}]
    words: list[tuple[int, str, int]] = []
    for (direction, key), k in keys.items():
        postings = grams[direction]
        padded = f" {key} "
        for gram in {padded[i : i + 3] for i in range(len(padded) - 2)}:
            try:
                postings[gram].append(k)
            except KeyError:
                postings[gram] = [k]
        if " " in key:
            words += [(direction, word, k) for word in dict.fromkeys(key.split(" ")[1:])]
    letters = sorted({meta["id"]: letter_reference(meta) for meta in source.letters}.items())
    with con:
        con.executemany("INSERT INTO entries VALUES (?,?,?,?,?,?)", entries)
        con.executemany("INSERT INTO letters VALUES (?,?)", letters)
        con.executemany(
            "INSERT INTO keys VALUES (?,?,?)", [(k, d, key) for (d, key), k in keys.items()]
        )
        con.executemany("INSERT INTO names VALUES (?,?,?,?,?,?)", names)
        con.executemany(
            "INSERT INTO grams VALUES (?,?,?)",
            [
                (d, g, array("i", ks).tobytes())
                for d, postings in enumerate(grams)
                for g, ks in postings.items()
            ],
        )
        con.executemany("INSERT INTO words VALUES (?,?,?)", words)
        con.executescript(_INDEXES)
        con.executemany(
            "INSERT INTO meta VALUES (?,?)",
            [
                ("format", str(FORMAT)),
                ("sha256", sha),
                ("entries", str(len(entries))),
                ("keys", str(len(keys))),
                ("byteorder", sys.byteorder),
                ("complete", "1"),
            ],
        )


def _build_file(source: Source, sha: str, directory: str) -> str | None:
    """Build the index into a temporary file and rename it into place; None if unwritable."""
    import contextlib

    final = os.path.join(directory, _index_name(sha))
    tmp = os.path.join(directory, f".{_index_name(sha)}.{os.getpid()}.tmp")
    try:
        os.makedirs(directory, exist_ok=True)
        if os.path.exists(tmp):
            os.unlink(tmp)
        con = sqlite3.connect(tmp)
        try:
            con.execute("PRAGMA journal_mode=OFF")
            con.execute("PRAGMA synchronous=OFF")
            _fill(con, source, sha)
        finally:
            con.close()
        os.replace(tmp, final)
        return final
    except (OSError, sqlite3.Error):
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        return None


def _prune(directory: str, keep: str) -> None:
    """Keep the newest few indexes; drop other formats and stale temporary files."""
    import contextlib
    import time

    try:
        names = os.listdir(directory)
    except OSError:
        return
    ours = f"index-v{FORMAT}-"
    indexes: list[tuple[float, str]] = []
    for name in names:
        full = os.path.join(directory, name)
        try:
            mtime = os.stat(full).st_mtime
            if name.startswith(("index-v", "stamp-v")) and not name.startswith(
                (ours, f"stamp-v{FORMAT}-")
            ):
                os.unlink(full)
            elif name.startswith(ours) and name != keep:
                indexes.append((mtime, full))
            elif name.endswith(".tmp") and time.time() - mtime > 3600:
                os.unlink(full)
        except OSError:
            continue
    for _, full in sorted(indexes, reverse=True)[KEEP_INDEXES - 1 :]:
        with contextlib.suppress(OSError):
            os.unlink(full)
