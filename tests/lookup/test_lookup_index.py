"""The derived lookup index: keyed by content, reused, rebuilt when stale or corrupt."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from lookup_helpers import fixture_glossary

from glossary.errors import InputError
from glossary.lookup import index as lookup_index
from glossary.lookup.index import FORMAT, KEEP_INDEXES, open_index, parse_with_spans
from glossary.lookup.search import Lookup
from glossary.model import Entry, Translation
from glossary.store.jsonfile import dumps, save


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "cache"
    monkeypatch.setenv("NATO_GLOSSARY_CACHE", str(path))
    return path


@pytest.fixture
def gloss(tmp_path: Path) -> Path:
    path = tmp_path / "glossary.json"
    save(fixture_glossary(), path)
    return path


def indexes(cache: Path) -> list[Path]:
    return sorted((cache / "lookup").glob("index-*.sqlite"))


def test_built_once_then_reused(cache: Path, gloss: Path) -> None:
    first = open_index(gloss)
    assert first.built and first.location.startswith(str(cache))
    first.close()
    second = open_index(gloss)
    assert not second.built
    assert second.location == first.location
    second.close()
    assert len(indexes(cache)) == 1
    assert len(list((cache / "lookup").glob("stamp-*.txt"))) == 1


def test_warm_open_writes_nothing(cache: Path, gloss: Path) -> None:
    open_index(gloss).close()
    before = {p: p.stat().st_mtime_ns for p in (cache / "lookup").iterdir()}
    with Lookup(gloss) as book:
        assert book.find("afschrikking").found
    after = {p: p.stat().st_mtime_ns for p in (cache / "lookup").iterdir()}
    assert before == after


def test_changed_glossary_is_reindexed(cache: Path, gloss: Path) -> None:
    with Lookup(gloss) as book:
        assert not book.find("wapenbeheersing").found
    g = fixture_glossary()
    g.add(
        Entry(
            "wapenbeheersing",
            "wapenbeheersing",
            forms=["wapenbeheersing"],
            translation=Translation("arms control", "termbase"),
            status="reviewed",
        )
    )
    save(g, gloss)
    with Lookup(gloss) as book:
        assert book.index.built
        assert (
            book.find("wapenbeheersing").matches[0].entry["translation"]["text"] == "arms control"
        )
        assert book.find("arms control", reverse=True).found
    assert len(indexes(cache)) == 2


def test_touched_but_unchanged_reuses_the_index(cache: Path, gloss: Path) -> None:
    open_index(gloss).close()
    os.utime(gloss, ns=(1_000_000_000, 1_000_000_000))
    again = open_index(gloss)
    assert not again.built
    again.close()
    assert len(indexes(cache)) == 1


def test_a_copy_shares_the_index(cache: Path, gloss: Path, tmp_path: Path) -> None:
    open_index(gloss).close()
    copy = tmp_path / "copy.json"
    shutil.copyfile(gloss, copy)
    with Lookup(copy) as book:
        assert not book.index.built
        assert book.find("MCR's").found


@pytest.mark.parametrize("damage", ["garbage", "truncate", "empty"])
def test_corrupt_index_is_rebuilt_silently(cache: Path, gloss: Path, damage: str) -> None:
    open_index(gloss).close()
    (index,) = indexes(cache)
    data = index.read_bytes()
    index.write_bytes(
        {"garbage": b"not a database" * 100, "truncate": data[: len(data) // 2], "empty": b""}[
            damage
        ]
    )
    with Lookup(gloss) as book:
        assert book.find("afschrikking").found
        assert book.find("afschriking").suggestions[0].id == "afschrikking"
    with Lookup(gloss) as book:
        assert not book.index.built


def test_corrupt_stamp_is_ignored(cache: Path, gloss: Path) -> None:
    open_index(gloss).close()
    for stamp in (cache / "lookup").glob("stamp-*.txt"):
        stamp.write_bytes(b"\xff\xfe nonsense")
    with Lookup(gloss) as book:
        assert book.find("afschrikking").found
        assert not book.index.built


def test_unwritable_cache_still_works(
    tmp_path: Path, gloss: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("NATO_GLOSSARY_CACHE", str(blocker / "cache"))
    for _ in range(2):
        with Lookup(gloss) as book:
            assert book.index.location == ":memory:"
            assert book.find("lastenverdeelling").suggestions[0].id == "lastenverdeling"
            assert book.find("burden-sharing", reverse=True).found


def test_glossary_rewritten_under_an_open_lookup(cache: Path, gloss: Path) -> None:
    book = Lookup(gloss)
    g = fixture_glossary()
    g.entries["afschrikking"].translation = Translation("deterrence (rev.)", "manual")
    g.entries["afschrikking"].note = "x" * 500  # moves every later entry in the file
    save(g, gloss)
    with pytest.raises(lookup_index.StaleIndex):
        book.index.entries([2])
    match = book.find("lastenverdeling").matches[0]
    assert match.entry["id"] == "lastenverdeling"
    assert book.find("afschrikking").matches[0].entry["translation"]["text"] == "deterrence (rev.)"
    book.close()


def test_prune_keeps_a_few_and_drops_other_formats(cache: Path, gloss: Path) -> None:
    lookup_dir = cache / "lookup"
    lookup_dir.mkdir(parents=True)
    old_format = lookup_dir / f"index-v{FORMAT + 100}-{'0' * 64}.sqlite"
    old_format.write_bytes(b"")
    for i in range(KEEP_INDEXES + 3):
        (lookup_dir / f"index-v{FORMAT}-{i:064d}.sqlite").write_bytes(b"")
        os.utime(lookup_dir / f"index-v{FORMAT}-{i:064d}.sqlite", (i, i))
    open_index(gloss).close()
    left = indexes(cache)
    assert not old_format.exists()
    assert len(left) == KEEP_INDEXES
    assert lookup_dir / f"index-v{FORMAT}-{KEEP_INDEXES + 2:064d}.sqlite" in left


@pytest.mark.parametrize("style", ["canonical", "compact", "odd-whitespace", "ascii-escaped"])
def test_entry_offsets_for_any_json_layout(tmp_path: Path, cache: Path, style: str) -> None:
    data = json.loads(dumps(fixture_glossary()))
    data = {"entries": data.pop("entries"), **data}  # entries first, unlike the canonical file
    text = {
        "canonical": dumps(fixture_glossary()),
        "compact": json.dumps(data, ensure_ascii=False, separators=(",", ":")),
        "odd-whitespace": json.dumps(data, ensure_ascii=False, indent="\t")
        .replace("[\n", "[ \r\n ")
        .replace(": ", " :  "),
        "ascii-escaped": json.dumps(data, ensure_ascii=True, indent=1),
    }[style]
    path = tmp_path / "g.json"
    path.write_text(text, encoding="utf-8")
    source = parse_with_spans(path.read_bytes(), str(path))
    raw = path.read_bytes()
    assert set(source.spans) == set(source.entries) == set(fixture_glossary().entries)
    for eid, (start, length) in source.spans.items():
        assert json.loads(raw[start : start + length])["id"] == eid
    with Lookup(path) as book:
        assert book.find("Oekraine").matches[0].entry["lemma"] == "Oekraïne"
        assert book.find("MCR's").matches[0].examples[0].sentence.startswith("De MCR’s")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "glossary file is empty"),
        (b'{"entries": [', "malformed glossary JSON at column"),
        (b'{"schema_version": 1, "entries": []} trailing', "malformed glossary JSON"),
        (b"[1, 2]", "not a nato-glossary file"),
        (b'{"schema_version": 99, "entries": []}', "unknown schema_version 99"),
        (b'{"schema": 1, "entries": []}', "no 'schema_version'"),
        (b'{"schema_version": 1, "entries": [{"id": "x"}]}', "invalid glossary entry"),
        (b'{"schema_version": 1, "entries": [{"id": "x", "lemma": 5}]}', "invalid glossary entry"),
        (
            b'{"schema_version": 1, "entries": [{"id": "x", "lemma": "x", "forms": [null]}]}',
            "invalid glossary entry",
        ),
        (b'{"schema_version": 1, "entries": {"x": 1}}', "'entries' must be a list"),
        (b'{"schema_version": 1, "entries": [], "letters": [{"nr": 1}]}', "invalid glossary"),
        (b"\xff\xfe{}", "not UTF-8"),
    ],
)
def test_bad_glossary_files(tmp_path: Path, cache: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        open_index(path)
    assert message in str(info.value)
    assert str(info.value).startswith(str(path))
    assert not indexes(cache)


def test_missing_and_directory(tmp_path: Path, cache: Path) -> None:
    with pytest.raises(InputError, match="glossary file not found"):
        open_index(tmp_path / "nope.json")
    with pytest.raises(InputError, match="is a directory"):
        open_index(tmp_path)


def test_guessed_cache_dir_matches_platformdirs(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from glossary.paths import cache_dir, cache_dir_guess

    monkeypatch.delenv("NATO_GLOSSARY_CACHE", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for xdg in (None, str(tmp_path / "xdg")):
        if xdg is None:
            monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
        else:
            monkeypatch.setenv("XDG_CACHE_HOME", xdg)
        assert cache_dir_guess() == str(cache_dir())


def test_on_build_is_told_the_size_only_when_building(cache: Path, gloss: Path) -> None:
    calls: list[int] = []
    Lookup(gloss, on_build=calls.append).close()
    Lookup(gloss, on_build=calls.append).close()
    assert calls == [len(fixture_glossary())]
