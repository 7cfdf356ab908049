"""Every reader on damaged and hostile input (hypothesis): a clear one-line error or a correct
result, never a traceback, and the files of a command that fails left as they were.

Inputs are valid files (written by the tool's own writers) with random edits: bytes inserted,
deleted or replaced by the characters parsers trip over (quotes, backslashes, brackets,
line breaks, NUL, ESC, invalid UTF-8, bidi overrides).
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from glossary.corpus.letters import STDIN
from glossary.corpus.readers.registry import LetterFile, read_letter
from glossary.corpus.sources import read_manifest
from glossary.errors import GlossaryError
from glossary.exchange.csvfile import read_csv
from glossary.exchange.export import export_text
from glossary.exchange.importing import import_file
from glossary.exchange.po import parse_po
from glossary.exchange.tbx import read_tbx
from glossary.sanitize import is_clean
from glossary.store import jsonfile as store

from .helpers import small_glossary

FUZZ = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
#: What parsers trip over.
TRICKY = st.sampled_from(
    [
        b'"',
        b"\\",
        b"\n",
        b"\r",
        b"\x00",
        b"\x1b[2J",
        b"\xff",
        b"\xc3",
        b"<",
        b"&",
        b"]",
        b"[",
        b"{",
        b"}",
        b",",
        b"\t",
        b"#",
        b"msgstr ",
        b"\\x",
        b"\\1",
        "\u202e".encode(),
        b"-1",
        b"NaN",
        b"1e999",
    ]
)


@st.composite
def damaged(draw: Any, original: bytes) -> bytes:
    """``original`` with up to four random edits."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["insert", "delete", "replace"]))
        piece = draw(TRICKY | st.binary(min_size=1, max_size=3))
        if action == "insert":
            data[at:at] = piece
        elif action == "delete":
            del data[at : at + draw(st.integers(1, 8))]
        else:
            data[at : at + len(piece)] = piece
    return bytes(data)


def outcome(read: Callable[[], Any]) -> Any:
    """What ``read`` returns, or the GlossaryError it raises, which must be one line."""
    try:
        return read()
    except GlossaryError as exc:
        assert "\n" not in str(exc) and is_clean(str(exc)), str(exc)
        return exc


GLOSSARY = store.dumps(small_glossary()).encode("utf-8")
PO = export_text(small_glossary(), "po").encode("utf-8")
TBX = export_text(small_glossary(), "tbx").encode("utf-8")
CSV = export_text(small_glossary(), "csv").encode("utf-8")
LETTER = (
    "Tweede Kamer, vergaderjaar 2024–2025\n\n28 676 NAVO\n\nNr. 500 BRIEF VAN DE MINISTER\n\n"
    "De ministeriële NAVO-bijeenkomst besprak de steun aan *Oekraïne* en de lastenverdeling.\n"
).encode()


@FUZZ
@given(damaged(GLOSSARY))
def test_glossary_json(tmp_path_factory, raw):
    path = tmp_path_factory.mktemp("g") / "glossary.json"
    path.write_bytes(raw)
    loaded = outcome(lambda: store.load(path))
    if isinstance(loaded, GlossaryError):
        # A writer refuses it the same way and leaves it as it was.
        assert isinstance(outcome(lambda: store.update(path, lambda g: None)), GlossaryError)
        assert path.read_bytes() == raw
    else:
        assert store.parse(store.dumps(loaded)).to_json() == loaded.to_json()


def _check_batch(batch: Any) -> None:
    for item in batch.items:
        assert isinstance(item.lemma, str) and isinstance(item.english, str)
        assert "\0" not in item.lemma + item.english


@FUZZ
@given(damaged(PO))
def test_po(raw):
    batch = outcome(lambda: parse_po(raw, "fuzz.po"))
    if not isinstance(batch, GlossaryError):
        _check_batch(batch)


@FUZZ
@given(damaged(TBX))
def test_tbx(raw):
    batch = outcome(lambda: read_tbx(raw, "fuzz.tbx"))
    if not isinstance(batch, GlossaryError):
        _check_batch(batch)


@FUZZ
@given(damaged(CSV))
def test_csv(raw):
    batch = outcome(lambda: read_csv(raw, "fuzz.csv"))
    if not isinstance(batch, GlossaryError):
        _check_batch(batch)


@settings(FUZZ, max_examples=40)
@given(
    st.sampled_from([("po", PO), ("tbx", TBX), ("csv", CSV)]).flatmap(
        lambda pair: damaged(pair[1]).map(lambda raw: (pair[0], raw))
    )
)
def test_import_stores_only_clean_text_and_changes_nothing_on_error(tmp_path_factory, case):
    suffix, raw = case
    folder = tmp_path_factory.mktemp("import")
    glossary = folder / "glossary.json"
    glossary.write_bytes(GLOSSARY)
    source = folder / f"file.{suffix}"
    source.write_bytes(raw)
    report = outcome(lambda: import_file(source, glossary, force=True, add_new=True, by="t"))
    if isinstance(report, GlossaryError):
        assert glossary.read_bytes() == GLOSSARY
        return
    for entry in store.load(glossary):
        for text in (entry.lemma, entry.english or "", *(d.by for d in entry.history)):
            assert is_clean(text) and "\n" not in text, text


@FUZZ
@given(damaged(LETTER))
def test_letters(raw):
    letter = outcome(lambda: read_letter(LetterFile(raw, "fuzz.txt", "fuzz.txt", "fuzz")))
    if not isinstance(letter, GlossaryError):
        assert unicodedata.is_normalized("NFC", letter.text)
        assert is_clean(letter.clean.replace("\n", " "))
        assert len(letter.offsets) == len(letter.clean)
        assert all(0 <= o < len(letter.text) for o in letter.offsets)


@FUZZ
@given(st.text(max_size=200))
def test_manifests(text):
    base = Path("/nonexistent-base")
    sources = outcome(lambda: list(read_manifest(io.StringIO(text), "m.txt", base)))
    if not isinstance(sources, GlossaryError):
        assert all(s.path != STDIN and s.listed_at.startswith("m.txt:") for s in sources)


COMMANDS = [
    ["lookup", "afschrikking"],
    ["lookup", "--json", "--reverse", "deterrence"],
    ["stats"],
    ["review", "--format", "csv"],
    ["history", "bondgenoot"],
    ["export", "--format", "tbx"],
    ["approve", "lastenverdeling"],
    ["set", "hybride dreiging", "--en", "hybrid\x1b[2J threat"],
    ["reject", "lastenverdeling"],
    ["diff", "{glossary}", "{glossary}", "--format", "markdown"],
]


@settings(FUZZ, max_examples=60)
@given(damaged(GLOSSARY), st.sampled_from(COMMANDS))
def test_commands_on_damaged_glossaries(tmp_path_factory, raw, command):
    """Any command on a damaged glossary: exit 0, 1 or 2, at most one line on stderr on
    failure, nothing on the terminal it could act on, the glossary unchanged on failure."""
    import contextlib
    import os

    from glossary.cli import main

    folder = tmp_path_factory.mktemp("cli")
    glossary = folder / "glossary.json"
    glossary.write_bytes(raw)
    argv = [part.format(glossary=glossary) for part in command]
    out, err = io.StringIO(), io.StringIO()
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main([*argv, "--glossary", str(glossary)])
    finally:
        os.chdir(cwd)
    assert code in (0, 1, 2), (code, err.getvalue())
    assert is_clean(out.getvalue().replace("\r\n", "\n")) and is_clean(err.getvalue())
    if code == 2:
        assert err.getvalue().count("\n") == 1, err.getvalue()
        assert glossary.read_bytes() == raw
