"""The output policy (:mod:`glossary.sanitize`): what input keeps, how output is escaped, and
that every command writes through it."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from glossary import sanitize
from glossary.commands import _common

COMMANDS = Path(_common.__file__).parent
#: Any text, including every control character, lone surrogates and the bidi controls.
ANY_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(codec=None),
        st.sampled_from("\x1b\x07\x9b\x9d\r\n\t\x00\u202a\u202e\u2066\u2069\ud800\udcff[];"),
    ),
    max_size=40,
)
FAST = settings(max_examples=300, deadline=None)


def test_clean_removes_whole_escape_sequences_and_bidi_overrides():
    assert sanitize.clean("a\x1b[2Jb\x1b]0;title\x07c\u202ed\x9b31me\x00f") == "abcdef"
    assert sanitize.clean("line\r\nnext\tcol") == "line\r\nnext\tcol"
    assert sanitize.clean("lone\udcff") == "lone\ufffd"
    assert sanitize.clean_line("  burden\n sharing\x07 ") == "burden sharing"


def test_every_unsafe_character_is_unprintable():
    """What lets printable text skip the regex (``is_clean``): no unsafe character is
    printable in the Unicode database of this Python."""
    unsafe = re.compile(sanitize.UNSAFE)
    printable_and_unsafe = [
        hex(code)
        for code in range(0x110000)
        if chr(code).isprintable() and unsafe.match(chr(code) + "x")
    ]
    assert printable_and_unsafe == []


@FAST
@given(ANY_TEXT)
def test_clean_leaves_nothing_unsafe_and_is_idempotent(text):
    cleaned = sanitize.clean(text)
    assert sanitize.is_clean(cleaned)
    assert sanitize.clean(cleaned) == cleaned


@FAST
@given(ANY_TEXT)
def test_blank_keeps_offsets(text):
    blanked = sanitize.blank(text)
    assert len(blanked) == len(text) and sanitize.is_clean(blanked)


@FAST
@given(ANY_TEXT)
def test_terminal_escapes_keep_json_valid_and_equal(text):
    shown = sanitize.for_terminal(json.dumps({"v": text}, ensure_ascii=False))
    assert sanitize.is_clean(shown)
    assert json.loads(shown) == {"v": text}


@FAST
@given(ANY_TEXT)
def test_one_line_is_one_line(text):
    line = sanitize.one_line(text)
    assert "\n" not in line and "\r" not in line and sanitize.is_clean(line)


@FAST
@given(ANY_TEXT)
def test_csv_cells_never_start_a_formula(text):
    cell = sanitize.csv_cell(text)
    assert not cell.startswith(sanitize.FORMULA_START)
    assert sanitize.unescape_formula(cell) == text


@FAST
@given(ANY_TEXT)
def test_markdown_is_one_escaped_line(text):
    md = sanitize.markdown(text)
    assert "\n" not in md and "<" not in md and sanitize.is_clean(md)
    assert "|" not in md.replace("\\|", "")


def test_safe_name_of_undecodable_and_multi_line_file_names():
    assert sanitize.safe_name("kst-\udce9\n.txt") == "kst-\ufffd\ufffd.txt"
    assert sanitize.safe_name("kst-28676-328.txt") == "kst-28676-328.txt"


def _is_direct_write(func: ast.expr) -> bool:
    """``print`` or ``sys.stdout.write`` / ``sys.stderr.write``."""
    if isinstance(func, ast.Name):
        return func.id == "print"
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "write"
        and isinstance(func.value, ast.Attribute)
        and func.value.attr in ("stdout", "stderr")
    )


def _writes(tree: ast.AST) -> list[int]:
    """Lines calling ``print(...)`` or ``sys.stdout.write``/``sys.stderr.write`` directly."""
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and _is_direct_write(node.func)
    ]


def test_commands_write_only_through_the_output_policy():
    offenders = {}
    for module in sorted(COMMANDS.glob("*.py")):
        if module.name == "_common.py":
            continue
        lines = _writes(ast.parse(module.read_text(encoding="utf-8")))
        if lines:
            offenders[module.name] = lines
    assert offenders == {}
