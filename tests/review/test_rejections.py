"""The reviewed reject list: parsing, folding, clear errors, atomic and locked writes."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from glossary.errors import InputError
from glossary.review.rejections import (
    Rejection,
    Rejections,
    default_path,
    dumps_rejections,
    load_rejections,
    parse_rejections,
    save_rejections,
    update_rejections,
)


def test_default_location_is_beside_the_glossary() -> None:
    assert default_path("terms/glossary.json") == Path("terms/rejected.tsv")
    assert default_path("/x/y/other.json") == Path("/x/y/rejected.tsv")


def test_case_and_accents_are_folded() -> None:
    r = parse_rejections("NAVO\tacronym noise\nOekraïne\n")
    assert r.is_rejected("navo") and r.is_rejected("Navo") and r.is_rejected(" NAVO ")
    assert r.is_rejected("oekraine") and r.is_rejected("OEKRAÏNE")
    assert not r.is_rejected("navo-top")
    assert "navo" in r and "x" not in r
    assert r.get("navo") == Rejection("NAVO", "acronym noise", "", "")


def test_id_rows_reject_one_sense_only() -> None:
    r = parse_rejections("id:defensie-2\tthe term sense\nid: navo \n")
    assert r.is_rejected_id("defensie-2") and r.is_rejected_id("navo")
    assert not r.is_rejected("defensie") and not r.is_rejected("defensie-2")
    assert not r.is_rejected_id("defensie") and not r.is_rejected("NAVO")
    assert r.find("defensie-2").reason == "the term sense"
    assert r.find("defensie") is None
    assert r.remove("defensie-2").term == "id:defensie-2" and len(r) == 1


def test_lemma_rows_also_reject_ids_that_fold_alike() -> None:
    r = parse_rejections("Noord-Atlantische Raad\nzaak\n")
    assert r.is_rejected_id("zaak") and not r.is_rejected_id("zaak-2")
    assert r.is_rejected("noord-atlantische raad")


def test_comments_header_blank_lines_and_short_rows() -> None:
    text = "# a comment\n\nterm\treason\tby\tat\n  # indented comment\nbijeenkomst\r\nzaak\tvaag\n"
    r = parse_rejections(text)
    assert [x.term for x in r] == ["bijeenkomst", "zaak"]
    assert r.get("zaak").reason == "vaag"
    assert r.get("bijeenkomst").by == ""


@pytest.mark.parametrize(
    ("text", "line", "what"),
    [
        ("ok\ntoo\tmany\tcolumns\there\tnow\n", 2, "5 tab-separated columns"),
        ("ok\n\treason without a term\n", 2, "empty term"),
        ("# c\n\n \tsome reason\n", 3, "empty term"),
        ("id:\treason\n", 1, "names no entry id"),
    ],
)
def test_malformed_rows_name_file_and_line(tmp_path: Path, text: str, line: int, what: str) -> None:
    path = tmp_path / "rejected.tsv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_rejections(path)
    message = str(info.value)
    assert message.startswith(f"{path}:{line}: ")
    assert what in message
    assert "\n" not in message


def test_not_utf8_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "rejected.tsv"
    path.write_bytes(b"ok\nzaak\t\xff\n")
    with pytest.raises(InputError, match=r"rejected.tsv:2: not UTF-8"):
        load_rejections(path)


def test_missing_file_is_an_empty_list_and_directory_an_error(tmp_path: Path) -> None:
    assert len(load_rejections(tmp_path / "absent.tsv")) == 0
    with pytest.raises(InputError, match="is a directory"):
        load_rejections(tmp_path)


def test_round_trip_is_canonical_and_documented(tmp_path: Path) -> None:
    r = Rejections()
    assert r.add(Rejection("zaak", "general\tword\nreally", "ann", "2025-01-01T00:00:00Z"))
    assert r.add(Rejection("Bijeenkomst", "", "bob", ""))
    assert not r.add(Rejection("ZAAK", "replaced", "ann", "2025-01-02T00:00:00Z"))
    path = tmp_path / "rejected.tsv"
    assert save_rejections(r, path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# nato-glossary reviewed reject list")
    assert "term\treason\tby\tat\n" in text
    assert "ZAAK\treplaced\tann\t2025-01-02T00:00:00Z\n" in text
    back = load_rejections(path)
    assert [x.to_json() for x in back] == [x.to_json() for x in r]
    assert dumps_rejections(back) == text
    mtime = path.stat().st_mtime_ns
    assert not save_rejections(back, path)
    assert path.stat().st_mtime_ns == mtime


def test_tabs_and_newlines_in_a_reason_cannot_break_the_file(tmp_path: Path) -> None:
    r = Rejections()
    r.add(Rejection("zaak", "a\tb\nc", "x", ""))
    path = tmp_path / "rejected.tsv"
    save_rejections(r, path)
    assert load_rejections(path).get("zaak").reason == "a b c"


def test_remove() -> None:
    r = parse_rejections("zaak\n")
    assert r.remove("Zaak").term == "zaak"
    assert r.remove("zaak") is None
    assert len(r) == 0


def _reject_many(path: str, prefix: str, n: int) -> None:
    for i in range(n):
        update_rejections(path, lambda r, i=i: r.add(Rejection(f"{prefix}{i}", "", prefix, "")))


def test_two_processes_never_lose_a_rejection(tmp_path: Path) -> None:
    path = str(tmp_path / "rejected.tsv")
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_reject_many, args=(path, p, 25)) for p in ("a", "b")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    r = load_rejections(path)
    assert len(r) == 50
    assert all(r.is_rejected(f"{p}{i}") for p in "ab" for i in range(25))
