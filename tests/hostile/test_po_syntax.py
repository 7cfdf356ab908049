"""The strict PO reader (:mod:`glossary.exchange.po_syntax`) reads what gettext reads: the
strings ``msgfmt`` compiles into a ``.mo`` file are the strings it decodes, and what ``msgfmt``
refuses it refuses, naming the line."""

from __future__ import annotations

import gettext
import subprocess
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from glossary.errors import InputError
from glossary.exchange.po_syntax import read_catalog
from tests.conftest import require_tool

HEADER = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
)
#: Pieces of a PO string as a translator may write them: text, every escape gettext knows.
PIECES = st.one_of(
    st.text(
        alphabet=st.characters(
            blacklist_categories=("Cs", "Cc"), blacklist_characters='"\\\x04\u2028\u2029'
        ),
        max_size=6,
    ),
    st.sampled_from(["\\n", "\\t", "\\b", "\\r", "\\f", "\\v", "\\a", "\\\\", '\\"']),
    # Any byte value but NUL and EOT, gettext's context separator (both refused, see below).
    st.integers(5, 0o177).map(lambda n: "\\" + format(n, "o")),
    st.integers(5, 0x7F).map(lambda n: "\\x" + format(n, "x")),
    st.just("\\303\\251"),  # é as escaped UTF-8 bytes
)


def msgfmt_strings(tmp_path: Path, text: str) -> dict[str, str] | None:
    """What msgfmt compiles ``text`` to (msgid → msgstr), or None when it refuses it."""
    po, mo = tmp_path / "t.po", tmp_path / "t.mo"
    po.write_text(text, encoding="utf-8")
    done = subprocess.run(
        [require_tool("msgfmt"), "-o", str(mo), str(po)], capture_output=True, text=True
    )
    if done.returncode != 0:
        return None
    with mo.open("rb") as fh:
        return dict(gettext.GNUTranslations(fh)._catalog)


@settings(max_examples=40, deadline=None)
@given(st.lists(PIECES, min_size=1, max_size=6))
@example(pieces=["\\20", "0"])  # \20 + 0 reads as \200: a byte that is no UTF-8
@example(pieces=["\\5", "00"])  # \5 + 00 reads as \500: larger than a byte
def test_strings_decode_as_msgfmt_compiles_them(tmp_path_factory, pieces):
    written = "[" + "".join(pieces) + "]"  # msgfmt wants msgid and msgstr to agree on \n ends
    text = HEADER + f'msgid "term"\nmsgstr "{written}"\n'
    try:
        catalog = read_catalog(text, "t.po")
    except InputError as exc:
        if "not valid utf-8" in exc.message:
            # msgfmt writes such bytes into the .mo file, but no reader can decode them.
            with pytest.raises(UnicodeDecodeError):
                msgfmt_strings(tmp_path_factory.mktemp("po"), text)
            return
        # '\5' + '00' reads as \500: msgfmt silently keeps the low byte, we refuse.
        assert "larger than a byte" in exc.message, exc
        return
    compiled = msgfmt_strings(tmp_path_factory.mktemp("po"), text)
    assert compiled is not None, written
    (message,) = [m for m in catalog if m.msgid]
    assert message.msgstr == compiled["term"]


@pytest.mark.parametrize(
    ("body", "line", "needle"),
    [
        ('msgid "a"\nmsgstr "deterrence posture\n', 7, "unterminated"),
        ('msgid "lastenverdeling\nmsgstr "x"\n', 6, "unterminated"),
        ('msgid "a"\nmsgstr "x\\q"\n', 7, "invalid escape \\q"),
        ('msgid "a"\nmsgstr "x\\"\n', 7, "unterminated"),
        ('msgid "a"\nmsgstr "x"\nmsgid "a"\nmsgstr "y"\n', 8, "defined twice"),
        ('msgid "a"\n', 6, "msgstr"),
        ('msgid "a"\nmsgstr[0] "x"\n', 7, "without msgid_plural"),
        ('msgid "a"\nmsgid_plural "b"\nmsgstr[1] "x"\n', 8, "msgstr[0] is due"),
        ('msgid "a" # note\nmsgstr "x"\n', 6, "comment"),
        ('msgid "a"\nmsgstr "x"\nthis is not PO\n', 8, "unknown keyword 'this'"),
        ('msgid "a"\nmsgstr "NA"TO"\n', 7, "unescaped double quote"),
        ('msgid "a"\nmsgstr "x\\004y"\n', 7, "context separator"),
    ],
)
def test_what_msgfmt_refuses_is_refused_with_its_line(tmp_path, body, line, needle):
    text = HEADER + body
    assert msgfmt_strings(tmp_path, text) is None
    with pytest.raises(InputError) as info:
        read_catalog(text, "t.po")
    assert info.value.line == line and needle in info.value.message, info.value


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ('msgid "a"\nmsgstr "x\\0y"\n', "NUL"),
        ('msgid "a"\nmsgstr "x\\x4142"\n', "larger than a byte"),
        ('msgid "a"\nmsgid_plural "b"\nmsgstr[0] "x"\n', "nplurals=2"),
        ('msgid "a"\nmsgid_plural "b"\nmsgstr[0] "x"\nmsgstr[1] "y"\nmsgstr[2] "z"\n', "3 plural"),
    ],
)
def test_stricter_than_msgfmt_where_msgfmt_guesses(body, needle):
    """msgfmt accepts these with a silent guess (a cut-off byte, a string ending at NUL) or
    only warns under --check; a glossary import refuses them."""
    with pytest.raises(InputError, match=needle):
        read_catalog(HEADER + body, "t.po")


def test_obsolete_previous_and_comments_are_read_like_gettext():
    text = HEADER + (
        "# translator comment\n#. extracted\n#: kst-1\n#, fuzzy, python-format\n"
        '#| msgid "old"\nmsgctxt "navo"\nmsgid ""\n"NA"\n"VO"\nmsgstr "NATO"\n\n'
        '#~ msgid "gone"\n#~ msgstr "weg"\n'
    )
    messages = [m for m in read_catalog(text, "t.po") if m.msgid]
    assert [(m.msgctxt, m.msgid, m.msgstr, m.obsolete) for m in messages] == [
        ("navo", "NAVO", "NATO", False),
        (None, "gone", "weg", True),
    ]
    assert messages[0].flags == ["fuzzy", "python-format"] and messages[0].msgstr_line == 15
