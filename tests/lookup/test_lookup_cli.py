"""``glossary lookup`` as a user runs it: output, exit codes, JSON, stdin, errors, colour."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from lookup_helpers import ROOT, assert_clean_error, run_lookup

from glossary.lookup.search import json_schema
from glossary.paths import shipped_glossary

ANSI = "\x1b["


def test_text_answer(small_path: Path) -> None:
    proc = run_lookup("afschrikking", "--glossary", str(small_path))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert out.startswith("afschrikking → deterrence\n")
    assert "term · reviewed · source termbase · 5× in 2 letters · id afschrikking" in out
    assert "geloofwaardige afschrikking cruciaal." in out
    assert "— Kamerstuk 28 676, nr. 328 (18 november 2019)" in out
    assert out.count("“") == 3
    assert ANSI not in out
    assert proc.stderr == ""


def test_form_acronym_and_examples_option(small_path: Path) -> None:
    proc = run_lookup("MCR's", "--examples", "1", "--glossary", str(small_path))
    assert proc.returncode == 0
    assert proc.stdout.startswith("MCR → MCR  [form: MCR’s]\n")
    assert "  also: Minimum Capability Requirement\n" in proc.stdout
    assert "  expansion: Minimum Capability Requirements\n" in proc.stdout
    assert proc.stdout.count("“") == 1
    none = run_lookup("afschrikking", "-e", "0", "--glossary", str(small_path))
    assert "“" not in none.stdout and "Kamerstuk" not in none.stdout


def test_acronym_shows_expansion_and_english_expansion(small_path: Path) -> None:
    proc = run_lookup("NAR", "SACEUR", "-e", "0", "--glossary", str(small_path))
    assert proc.returncode == 0, proc.stderr
    nar, saceur = proc.stdout.split("\n\n")
    assert nar.splitlines()[1:4] == [
        "NAR → NAC",
        "  expansion: Noord-Atlantische Raad",
        "  English expansion: North Atlantic Council (source termbase)",
    ]
    assert "English expansion" not in saceur  # none known: only the letters' expansion
    assert "  expansion: Supreme Allied Commander Europe" in saceur


def test_missing_stale_and_notes_are_shown(small_path: Path) -> None:
    proc = run_lookup(
        "luchtverdediging", "defensie uitgaven", "navo", "--glossary", str(small_path)
    )
    assert proc.returncode == 0
    assert "luchtverdediging → (no English yet)" in proc.stdout
    assert "stale" in proc.stdout
    assert "  note: lower-case spelling in running text" in proc.stdout
    assert "» luchtverdediging\n" in proc.stdout and "» navo\n" in proc.stdout


def test_not_found_exit_1_with_suggestions(small_path: Path) -> None:
    proc = run_lookup("afschriking", "--glossary", str(small_path))
    line = assert_clean_error(proc, 1)
    assert line == f"glossary lookup: no entry for 'afschriking' in {small_path}"
    assert proc.stdout.startswith(
        "no entry for 'afschriking'; did you mean:\n  afschrikking → deterrence  (fuzzy 0.96)"
    )


def test_nothing_similar(small_path: Path) -> None:
    proc = run_lookup("qqqxxxzzz", "--glossary", str(small_path))
    assert_clean_error(proc, 1)
    assert proc.stdout == ""


def test_some_found_some_not_is_exit_1(small_path: Path) -> None:
    proc = run_lookup("afschrikking", "lastenverdeelling", "--glossary", str(small_path))
    assert proc.returncode == 1
    assert "afschrikking → deterrence" in proc.stdout
    assert "lastenverdeling → burden sharing  (fuzzy 0.94)" in proc.stdout
    assert proc.stderr.count("\n") == 1


def test_reverse(small_path: Path) -> None:
    proc = run_lookup("--reverse", "burden-sharing", "--glossary", str(small_path))
    assert proc.returncode == 0
    assert proc.stdout.startswith(
        "lastenverdeling → burden sharing  [alternative: burden-sharing]\n"
    )
    miss = run_lookup("-r", "detterence", "--glossary", str(small_path))
    assert miss.returncode == 1
    assert "afschrikking → deterrence" in miss.stdout


def test_json_schema_and_alias(small_path: Path) -> None:
    args = ["afschrikking", "hybride dreigingen", "afschrik", "--glossary", str(small_path)]
    long = run_lookup(*args, "--format", "json")
    short = run_lookup(*args, "--json")
    assert long.returncode == short.returncode == 1
    assert long.stdout == short.stdout
    doc = json.loads(long.stdout)
    jsonschema.validate(doc, json_schema())
    assert doc["glossary"] == str(small_path)
    assert [r["query"] for r in doc["results"]] == [
        "afschrikking",
        "hybride dreigingen",
        "afschrik",
    ]
    assert doc["results"][1]["entries"][0]["plural"] == "hybrid threats"
    assert doc["results"][2]["suggestions"][0] == {
        "id": "afschrikking",
        "lemma": "afschrikking",
        "english": "deterrence",
        "text": "afschrikking",
        "field": "lemma",
        "how": "prefix",
        "score": 0.8,
    }


def test_batch_from_stdin(small_path: Path) -> None:
    stdin = "afschrikking\n\n  MCR’s  \r\nlastenverdeelling\nSACEUR\n"
    proc = run_lookup("-", "--json", "--glossary", str(small_path), stdin=stdin)
    assert proc.returncode == 1
    doc = json.loads(proc.stdout)
    assert [(r["query"], r["found"]) for r in doc["results"]] == [
        ("afschrikking", True),
        ("MCR’s", True),
        ("lastenverdeelling", False),
        ("SACEUR", True),
    ]
    reverse = run_lookup(
        "-r", "-", "--glossary", str(small_path), stdin="deterrence\nburden sharing\n"
    )
    assert reverse.returncode == 0
    assert "afschrikking → deterrence" in reverse.stdout
    assert "lastenverdeling → burden sharing" in reverse.stdout


def test_stdin_mixed_with_arguments(small_path: Path) -> None:
    proc = run_lookup(
        "NAVO", "-", "navo", "--json", "--glossary", str(small_path), stdin="Oekraine\n"
    )
    doc = json.loads(proc.stdout)
    assert [r["entries"][0]["id"] for r in doc["results"]] == ["navo", "oekraine", "navo-2"]


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        (b"afschrikking\n\xff\xfe\n", "<stdin>:2: not UTF-8 (byte 0)"),
        (b"afschrik\x07king\n", "<stdin>:1: query contains control character U+0007"),
        (b"", "<stdin>: no terms on stdin"),
        (b"\n  \n", "<stdin>: no terms on stdin"),
        (b"ok\n" + b"x" * 300 + b"\n", "<stdin>:2: query too long (300 characters, at most 200)"),
    ],
)
def test_bad_stdin(small_path: Path, stdin: bytes, message: str) -> None:
    proc = run_lookup("-", "--glossary", str(small_path), stdin=stdin)
    assert assert_clean_error(proc) == f"glossary lookup: error: {message}"
    assert proc.stdout == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([""], "argument 1: empty query; give a Dutch term (or English with --reverse)"),
        (
            ["afschrikking", "  "],
            "argument 2: empty query; give a Dutch term (or English with --reverse)",
        ),
        (["y" * 500], "argument 1: query too long (500 characters, at most 200)"),
        (["afschrik\x1b[31mking"], "argument 1: query contains control character U+001B"),
    ],
)
def test_bad_queries(small_path: Path, args: list[str], message: str) -> None:
    proc = run_lookup(*args, "--glossary", str(small_path))
    assert assert_clean_error(proc) == f"glossary lookup: error: {message}"


def test_bad_glossary_files(tmp_path: Path) -> None:
    missing = tmp_path / "missing.json"
    proc = run_lookup("afschrikking", "--glossary", str(missing))
    assert assert_clean_error(proc) == (
        f"glossary lookup: error: {missing}: glossary file not "
        "found; run 'glossary build' or pass --glossary"
    )
    broken = tmp_path / "broken.json"
    broken.write_text('{\n  "schema_version": 1,\n  "entries": [\n    {"id": \n')
    line = assert_clean_error(run_lookup("afschrikking", "--glossary", str(broken)))
    assert line.startswith(f"glossary lookup: error: {broken}:5: malformed glossary JSON")
    line = assert_clean_error(run_lookup("afschrikking", "--glossary", str(tmp_path)))
    assert (
        line == f"glossary lookup: error: {tmp_path}: is a directory, expected a glossary JSON file"
    )


def test_bad_options(small_path: Path) -> None:
    proc = run_lookup("afschrikking", "--examples", "-1", "--glossary", str(small_path))
    assert proc.returncode == 2
    assert "must be 0 or more" in proc.stderr and "Traceback" not in proc.stderr
    assert run_lookup("--glossary", str(small_path)).returncode == 2


def test_default_glossary_order(small_path: Path, large_path: Path, tmp_path: Path) -> None:
    work = tmp_path / "work"
    (work / "terms").mkdir(parents=True)
    (work / "terms" / "glossary.json").write_bytes(large_path.read_bytes())
    env = {"NATO_GLOSSARY": str(small_path)}
    doc = json.loads(run_lookup("NAVO", "--json", cwd=work, env=env).stdout)
    assert doc["glossary"] == str(small_path)  # $NATO_GLOSSARY
    doc = json.loads(
        run_lookup("NAVO", "--json", "--glossary", str(large_path), cwd=work, env=env).stdout
    )
    assert doc["glossary"] == str(large_path)  # --glossary wins
    clean = {k: v for k, v in os.environ.items() if k != "NATO_GLOSSARY"}
    proc = subprocess.run(
        [sys.executable, "-m", "glossary", "lookup", "NAVO", "--json"],
        capture_output=True,
        text=True,
        cwd=work,
        env=clean,
    )
    assert json.loads(proc.stdout)["glossary"] == os.path.join("terms", "glossary.json")
    empty = tmp_path / "empty"
    empty.mkdir()
    proc = subprocess.run(
        [sys.executable, "-m", "glossary", "lookup", "NAVO", "--json"],
        capture_output=True,
        text=True,
        cwd=empty,
        env=clean,
    )
    shipped = str(shipped_glossary())
    if proc.returncode == 0:  # the shipped copy
        assert json.loads(proc.stdout)["glossary"] == shipped
    else:
        assert shipped in assert_clean_error(proc)


def _on_a_terminal(args: list[str], env: dict[str, str]) -> str:
    """Run with stdout on a pseudo-terminal and return what it printed."""
    master, slave = pty.openpty()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "glossary", "lookup", *args],
            stdout=slave,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            env={**os.environ, **env},
            timeout=120,
        )
        os.close(slave)
        slave = -1
        chunks = []
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        assert proc.returncode == 0, proc.stderr
        return b"".join(chunks).decode("utf-8")
    finally:
        os.close(master)
        if slave >= 0:
            os.close(slave)


def test_colour_only_on_a_terminal_and_never_with_no_color(small_path: Path) -> None:
    args = ["afschrikking", "--glossary", str(small_path)]
    on_tty = _on_a_terminal(args, {})
    assert f"{ANSI}1mafschrikking{ANSI}0m" in on_tty
    assert f"{ANSI}32mdeterrence{ANSI}0m" in on_tty
    assert ANSI not in _on_a_terminal(args, {"NO_COLOR": "1"})
    assert ANSI not in run_lookup(*args).stdout


def _python(code: str) -> subprocess.CompletedProcess[str]:
    """``code`` run by a fresh interpreter in the checkout: what a cold process imports."""
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )


HEAVY = ("spacy", "thinc", "sphinx", "docutils", "deep_translator", "polib")


@pytest.mark.parametrize(
    "args", [["afschrikking"], ["afschriking", "--json"], ["-r", "burden-sharing"]]
)
def test_lookup_imports_no_heavy_library(small_path: Path, args: list[str]) -> None:
    code = (
        "import sys\nfrom glossary.cli import main\n"
        f"code = main(['lookup', '--glossary', {str(small_path)!r}, *{args!r}])\n"
        f"heavy = sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r})\n"
        "print('HEAVY', heavy, code, file=sys.stderr)\n"
    )
    proc = _python(code)
    assert "HEAVY [] " in proc.stderr, proc.stderr


def test_warm_exact_lookup_stays_on_the_fast_path(small_path: Path) -> None:
    """A warm exact hit needs neither the model, the store, rapidfuzz nor platformdirs."""
    run_lookup("afschrikking", "--glossary", str(small_path))  # warm the index
    code = (
        "import argparse, sys\nfrom glossary.commands import lookup\n"
        "parser = argparse.ArgumentParser()\nlookup.register(parser.add_subparsers())\n"
        f"args = parser.parse_args(['lookup', 'afschrikking', '--glossary', "
        f"{str(small_path)!r}])\n"
        "code = lookup.run(args)\n"
        "slow = ['glossary.model', 'glossary.store.jsonfile', 'rapidfuzz', 'platformdirs', "
        "'dataclasses', 'hashlib']\n"
        "print('LOADED', [m for m in slow if m in sys.modules], code, file=sys.stderr)\n"
    )
    proc = _python(code)
    assert "LOADED [] 0" in proc.stderr, proc.stderr


#: Standard modules a warm lookup through the CLI does without: each costs its cold start
#: milliseconds (docs/measurements/lookup.rst).
SLOW_TO_IMPORT = ("typing", "pathlib", "shutil")


def test_warm_cli_lookup_imports_none_of_the_slow_standard_modules(small_path: Path) -> None:
    run_lookup("afschrikking", "--glossary", str(small_path))  # warm the index
    code = (
        "import sys\nfrom glossary.cli import main\n"
        f"code = main(['lookup', 'afschrikking', '--glossary', {str(small_path)!r}])\n"
        f"print('LOADED', [m for m in {SLOW_TO_IMPORT!r} if m in sys.modules], code, "
        "file=sys.stderr)\n"
    )
    proc = _python(code)
    assert "LOADED [] 0" in proc.stderr, proc.stderr


def test_interactive_from_a_pipe(small_path: Path) -> None:
    proc = run_lookup(
        "-i",
        "--glossary",
        str(small_path),
        stdin="afschrikking\n:r\ndetterence\n:e 0\nburden-sharing\nafsch\x01\n",
    )
    assert proc.returncode == 0
    assert proc.stdout.startswith("afschrikking → deterrence\n")
    assert "no entry for 'detterence'; did you mean:\n  afschrikking → deterrence" in proc.stdout
    assert "lastenverdeling → burden sharing  [alternative: burden-sharing]" in proc.stdout
    assert proc.stderr == "error: query contains control character U+0001\n"


def _read_until(fd: int, marker: bytes, timeout: float = 60) -> bytes:
    import select
    import time

    data = b""
    end = time.monotonic() + timeout
    while marker not in data:
        ready, _, _ = select.select([fd], [], [], max(0.0, end - time.monotonic()))
        if not ready:
            raise AssertionError(f"no {marker!r} in {data!r}")
        data += os.read(fd, 65536)
    return data


def test_interactive_on_a_terminal_has_history_and_completion(
    small_path: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    master, slave = pty.openpty()
    env = {**os.environ, "NATO_GLOSSARY_CACHE": str(cache), "NO_COLOR": "1", "TERM": "dumb"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "glossary", "lookup", "-i", "--glossary", str(small_path)],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        cwd=ROOT,
        env=env,
    )
    os.close(slave)
    try:
        _read_until(master, b"nl\xe2\x86\x92en> ")
        os.write(master, b"lastenv\t\r")
        out = _read_until(master, b"nl\xe2\x86\x92en> ")
        assert "lastenverdeling → burden sharing" in out.decode("utf-8")
        os.write(master, b":r\r")
        _read_until(master, b"en\xe2\x86\x92nl> ")
        os.write(master, b"hybrid thre\t\r")
        out = _read_until(master, b"en\xe2\x86\x92nl> ")
        assert "hybride dreiging → hybrid threat" in out.decode("utf-8")
        os.write(master, b":q\r")
        assert proc.wait(timeout=60) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
    history = (cache / "lookup-history").read_text(encoding="utf-8").splitlines()
    assert history[-4:] == ["lastenverdeling", ":r", "hybrid threat", ":q"]
