"""Two reviewers on the same file at the same time: no decision is ever lost."""

from __future__ import annotations

import multiprocessing
import threading
from pathlib import Path

from glossary.cli import main
from glossary.review.rejections import load_rejections
from glossary.store import jsonfile as store

ROUNDS = 15


def _reviewer(path: str, name: str, rounds: int) -> None:
    """One reviewer: forbid a rendering of the shared entry, and note another entry, repeatedly."""
    for i in range(rounds):
        assert (
            main(
                [
                    "forbid",
                    "lastenverdeling",
                    "--en",
                    f"{name}-{i}",
                    "--glossary",
                    path,
                    "--by",
                    name,
                ]
            )
            == 0
        )
        assert main(["note", "afschrikking", f"{name} {i}", "--glossary", path, "--by", name]) == 0
    assert main(["reject", f"term-{name}", "--force", "--glossary", path, "--by", name]) == 0


def _check(path: Path, names: tuple[str, ...]) -> None:
    g = store.load(path)
    e = g.get("lastenverdeling")
    expected = {f"{n}-{i}" for n in names for i in range(ROUNDS)}
    assert set(e.forbidden) == expected
    assert len(e.forbidden) == len(expected)
    assert sorted(d.detail["en"] for d in e.history) == sorted(expected)
    notes = g.get("afschrikking").history
    assert len(notes) == len(names) * ROUNDS
    for n in names:
        mine = [d.detail["note"] for d in notes if d.by == n]
        assert mine == [f"{n} {i}" for i in range(ROUNDS)]
    rejected = load_rejections(path.parent / "rejected.tsv")
    assert all(rejected.is_rejected(f"term-{n}") for n in names)


def test_two_processes_hammering_the_same_glossary(glossary_file: Path) -> None:
    ctx = multiprocessing.get_context("spawn")
    names = ("ann", "bob")
    procs = [ctx.Process(target=_reviewer, args=(str(glossary_file), n, ROUNDS)) for n in names]
    for p in procs:
        p.start()
    for p in procs:
        p.join(300)
        assert p.exitcode == 0
    _check(glossary_file, names)


def test_two_threads_hammering_the_same_glossary(glossary_file: Path, capsys) -> None:
    names = ("cis", "dirk")
    errors: list[BaseException] = []

    def work(name: str) -> None:
        try:
            _reviewer(str(glossary_file), name, ROUNDS)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in names]
    for t in threads:
        t.start()
    for t in threads:
        t.join(300)
    assert errors == []
    _check(glossary_file, names)
