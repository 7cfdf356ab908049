"""Input at scale: directory trees, globs and manifests, streamed in a stable order."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from glossary.corpus.letters import resolve_inputs
from glossary.corpus.sources import Source, check_inputs, count_sources, iter_sources
from glossary.errors import InputError
from glossary.extract.scale.executors import SerialExecutor, run_map

LETTER = "Den Haag, 1 mei 2024\n\nDe lastenverdeling binnen de NAVO blijft een punt van zorg.\n"


def tree(root: Path) -> Path:
    """Nested folders whose names sort differently as names and as full paths."""
    for rel in (
        "a/b.txt",
        "a-c/x.txt",
        "a/z/y.md",
        "a/.hidden.txt",
        "a/notes.png",
        "b.TXT",
        ".dot/in-hidden-dir.txt",
        "a/z/deeper/q.markdown",
    ):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(LETTER, encoding="utf-8")
    return root


def test_a_tree_is_walked_in_the_same_order_as_resolve_inputs(tmp_path):
    root = tree(tmp_path / "archive")
    streamed = [s.path for s in iter_sources([str(root)])]
    assert streamed == resolve_inputs([str(root)])
    assert [Path(p).name for p in streamed] == [
        "in-hidden-dir.txt",
        "x.txt",
        "b.txt",
        "q.markdown",
        "y.md",
        "b.TXT",
    ]


def test_globs_files_and_duplicates(tmp_path):
    root = tree(tmp_path / "archive")
    inputs = [
        str(root / "a" / "**" / "*.md"),
        str(root / "b.TXT"),
        str(root / "a"),
        str(root / "b.TXT"),
    ]
    streamed = [s.path for s in iter_sources(inputs)]
    assert streamed == resolve_inputs(inputs)
    assert len(streamed) == len(set(streamed)) == 4


def test_a_manifest_lists_paths_relative_to_itself(tmp_path):
    root = tree(tmp_path / "archive")
    manifest = root / "lists" / "manifest.txt"
    manifest.parent.mkdir()
    manifest.write_text(
        f"# the archive\n\n../a/b.txt\n{root / 'b.TXT'}\n  ../a-c/x.txt  \n"
        "../a/b.txt\n../missing.txt\n",
        encoding="utf-8",
    )
    sources = list(iter_sources([], str(manifest)))
    assert [Path(s.path).name for s in sources] == ["b.txt", "b.TXT", "x.txt", "missing.txt"]
    assert sources[0] == Source(str(manifest.parent / "../a/b.txt"), f"{manifest}:3")
    assert sources[-1].listed_at == f"{manifest}:7"
    assert count_sources([], str(manifest)) == 4


def test_a_manifest_on_stdin(tmp_path):
    root = tree(tmp_path / "archive")
    stdin = io.StringIO(f"{root / 'a' / 'b.txt'}\n{root / 'b.TXT'}\n")
    assert [Path(s.path).name for s in iter_sources([], "-", stdin=stdin)] == ["b.txt", "b.TXT"]


def test_a_missing_manifest_entry_is_a_failed_document_not_an_abort(tmp_path, settings):
    root = tree(tmp_path / "archive")
    manifest = tmp_path / "manifest.txt"
    manifest.write_text(f"{root / 'a' / 'b.txt'}\n{root / 'gone.txt'}\n", encoding="utf-8")
    result = run_map(iter_sources([], str(manifest)), settings, SerialExecutor())
    assert (result.summary.documents, result.summary.analysed) == (2, 1)
    (failure,) = result.summary.failed
    assert failure.name == str(root / "gone.txt")
    assert "cannot read" in failure.reason and f"listed at {manifest}:2" in failure.reason


@pytest.mark.parametrize(
    ("inputs", "manifest", "message"),
    [
        ([], None, "no input"),
        (["{tmp}/nothing-here"], None, "no such file or directory"),
        (["{tmp}/empty"], None, r"no (\.\w+, )*\.txt or \.md letters in this directory"),
        (["{tmp}/*.none"], None, r"no (\.\w+, )*\.txt or \.md letters match"),
        ([], "{tmp}/no-manifest.txt", "manifest not found"),
        (["-"], "-", "not both"),
    ],
)
def test_bad_inputs_fail_before_anything_runs(tmp_path, inputs, manifest, message):
    (tmp_path / "empty").mkdir()
    inputs = [i.format(tmp=tmp_path) for i in inputs]
    manifest = manifest.format(tmp=tmp_path) if manifest else None
    with pytest.raises(InputError, match=message):
        check_inputs(inputs, manifest)


def test_documents_are_streamed_not_read_up_front(corpus, settings):
    """The client pulls a document only when a batch has room: after the first batch's
    result, only that batch's documents have been read."""
    pulled: list[str] = []
    seen_at_first_result: list[int] = []

    def sources():
        for src in iter_sources([str(corpus)]):
            pulled.append(src.path)
            yield src

    class Watching(SerialExecutor):
        def run(self, batches, settings):
            for output in super().run(batches, settings):
                seen_at_first_result.append(len(pulled))
                yield output

    result = run_map(sources(), settings, Watching(), batch_docs=2)
    assert seen_at_first_result[0] == 2
    assert len(pulled) == result.summary.documents > 20


def test_a_binary_manifest_is_a_one_line_error_naming_its_line(tmp_path, capsys):
    from glossary.cli import main

    manifest = tmp_path / "list.txt"
    manifest.write_bytes(b"a.txt\n\x00\x01\x02\n")
    (tmp_path / "a.txt").write_text("De NAVO.\n", encoding="utf-8")
    assert main(["extract", "--manifest", str(manifest)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and f"{manifest}:2:" in err and "NUL byte" in err
