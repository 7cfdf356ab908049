"""``python -m glossary.nlp LETTER``: the analysed first sentence that ``make demo`` prints."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import LETTERS_DIR


def test_first_sentence_of_a_letter_is_tagged_and_lemmatised():
    out = subprocess.run(
        [sys.executable, "-m", "glossary.nlp", str(LETTERS_DIR / "kst-28676-467.txt")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    first, header, *rows = out.splitlines()
    assert first.startswith("kst-28676-467: Hierbij stuur ik u de geannoteerde agenda")
    assert header.split() == ["token", "POS", "lemma"]
    assert ["stuur", "VERB", "sturen"] in [r.split() for r in rows]


def test_unreadable_letter_is_a_one_line_error(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00binary")
    proc = subprocess.run(
        [sys.executable, "-m", "glossary.nlp", str(bad)], capture_output=True, text=True
    )
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "bad.txt" in proc.stderr
