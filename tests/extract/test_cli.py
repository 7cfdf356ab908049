"""``glossary extract`` as a user runs it: formats, cuts, stdin and bad input (exit codes)."""

from __future__ import annotations

import csv
import io
import json
import re
import sys

import pytest

from glossary.cli import main
from glossary.extract import DEFAULT_MIN_SCORE


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    """Each test with its own (empty) per-document cache."""
    monkeypatch.setenv("NATO_GLOSSARY_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("NO_COLOR", "1")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["extract", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_csv_has_the_documented_header_and_multi_valued_cells(capsys, letters_dir):
    code, out, _ = run(capsys, str(letters_dir), "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == ["term", "kind", "score", "freq", "forms", "expansion", "letters"]
    by_term = {r["term"]: r for r in rows}
    assert {"NAVO-top", "NAVO-toppen"} <= set(by_term["NAVO-top"]["forms"].split("|"))
    assert by_term["afschrikking en verdediging"]["letters"] == "kst-28676-328|kst-28676-467"
    assert by_term["NRI"]["expansion"] == "NATO Readiness Initiative"
    assert all(float(r["score"]) >= DEFAULT_MIN_SCORE for r in rows)
    assert 100 <= len(rows) <= 500


def test_text_table_piped_has_no_escapes_even_with_force_color(capsys, letters_dir, monkeypatch):
    """``FORCE_COLOR`` (set by many CI systems) must not put escape codes into piped output."""
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("FORCE_COLOR", "1")
    code, out, _ = run(capsys, str(letters_dir), "--top", "5")
    assert code == 0 and "lastenverdeling" in out
    assert "\x1b" not in out


def test_json_occurrences_point_into_the_original_letters(capsys, letters_dir):
    code, out, _ = run(capsys, str(letters_dir), "--json", "--top", "40")
    assert code == 0
    data = json.loads(out)
    texts = {p.stem: p.read_text(encoding="utf-8") for p in letters_dir.glob("*.txt")}
    assert {m["id"] for m in data["letters"]} == set(texts)
    assert len(data["candidates"]) == 40
    for cand in data["candidates"]:
        assert cand["kind"] in ("term", "acronym", "entity") and cand["occurrences"]
        for occ in cand["occurrences"]:
            span = texts[occ["letter"]][occ["start"] : occ["end"]]
            assert span and occ["sentence"]


def test_text_table_ranks_the_top_terms(capsys, letters_dir):
    code, out, _ = run(capsys, str(letters_dir), "--top", "15")
    assert code == 0
    assert "lastenverdeling" in out and "afschrikking en verdediging" in out
    assert "15 of" in out and "\x1b[" not in out


def test_all_and_min_score_move_the_cut(capsys, letters_dir):
    _, default, _ = run(capsys, str(letters_dir), "--format", "csv")
    _, every, _ = run(capsys, str(letters_dir), "--format", "csv", "--all")
    _, high, _ = run(capsys, str(letters_dir), "--format", "csv", "--min-score", "5")
    n = [len(x.splitlines()) for x in (default, every, high)]
    assert n[2] < n[0] < n[1]
    assert all(float(r["score"]) >= 5 for r in csv.DictReader(io.StringIO(high)))


def test_stdin_letter(capsys, monkeypatch, letters_dir):
    data = (letters_dir / "kst-28676-467.txt").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    code, out, _ = run(capsys, "-", "--format", "csv", "--top", "300")
    assert code == 0
    assert "NSATU,acronym" in out and ",stdin" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"\x00\x01\x02binary\x00", "binary file"),
        ("De café".encode("latin-1"), "not UTF-8"),
    ],
)
def test_bad_letters_exit_2_with_one_line(capsys, tmp_path, content, message):
    path = tmp_path / "brief.txt"
    path.write_bytes(content)
    code, out, err = run(capsys, str(path))
    assert code == 2 and out == ""
    lines = [line for line in err.splitlines() if "error" in line]
    assert len(lines) == 1 and message in lines[0] and "brief.txt" in lines[0]
    assert "Traceback" not in err


def test_directory_without_letters_exits_2(capsys, tmp_path):
    (tmp_path / "scan.png").write_bytes(b"\x89PNG\r\n")
    code, _, err = run(capsys, str(tmp_path))
    assert code == 2 and re.search(r"no (\.\w+, )*\.txt or \.md letters", err)
    assert "Traceback" not in err


def test_nothing_found_exits_1(capsys, tmp_path):
    path = tmp_path / "kort.txt"
    path.write_text("Ja.\n", encoding="utf-8")
    code, _, _ = run(capsys, str(path))
    assert code == 1


def test_bad_option_values_exit_2(capsys, letters_dir):
    assert run(capsys, str(letters_dir), "--top", "0")[0] == 2
    assert run(capsys, str(letters_dir), "--jobs", "0")[0] == 2


def test_no_candidate_above_the_cut_says_so_and_exits_1(capsys, tmp_path):
    letter = tmp_path / "kort.md"
    letter.write_text("# Kop\n\n**Vet** en *schuin*.\n", encoding="utf-8")
    code, out, _ = run(capsys, str(letter), "--min-score", "50")
    assert code == 1
    assert out.startswith("no candidates at or above the score cut 50.0")
    assert "┏" not in out


def test_places_cldr_knows_are_names_without_a_term_base(capsys, tmp_path):
    """A city or country CLDR names (``Brussel`` → Brussels) is lifted above the cut in
    ``glossary extract`` as in a build, term base or not, however common the word; a country
    whose name is also a common noun's plural (``Zweden``, Swedes) is still a name."""
    letter = tmp_path / "brief.txt"
    letter.write_text(
        "De bondgenoten bespreken de luchtverdediging en de raketverdediging van de NAVO. "
        "De ministers kwamen daarvoor bijeen in Brussel. Ook Europa en Zweden waren er.\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, str(letter), "--json")
    assert code == 0
    found = {c["term"]: c["score"] for c in json.loads(out)["candidates"]}
    for place in ("Brussel", "Europa", "Zweden"):
        assert found.get(place, 0) >= DEFAULT_MIN_SCORE, (place, found)
