"""The 27 defects of issue 19, one test each, numbered as in the issue.

Each was found by a hostile run (an attacker's or a careless user's input) and each failed
before the fix. Inputs that used to hang or exhaust the machine run in a guarded child
process (time-out, memory cap). What every test asks of the tool: a clear one-line error
naming the file (line, entry, field) and exit 2, or the correct result; never a traceback,
never a lost or corrupted glossary, never a control character or formula passed through.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import textwrap
import unicodedata
from pathlib import Path

from glossary.store import jsonfile as store
from tests.conftest import require_tool
from tests.translation.conftest import Reply

from .helpers import (
    HOSTILE,
    cli,
    entry_data,
    glossary_command,
    glossary_data,
    guarded,
    small_glossary,
    temp_leftovers,
    write_data,
    write_glossary,
)

LETTER_TEXT = (
    "De ministeriële NAVO-bijeenkomst in Brussel besprak de steun aan Oekraïne en de "
    "situatie in Syrië.\n\nDe bondgenoten spraken over afschrikking en verdediging en over een "
    "eerlijke lastenverdeling. Nederland blijft zich inzetten voor de collectieve verdediging "
    "van het bondgenootschap en voor de steun aan Oekraïne.\n"
)

PO_HEADER = (
    'msgid ""\nmsgstr ""\n"Language: en\\n"\n'
    '"Content-Type: text/plain; charset=UTF-8\\n"\n'
    '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
)


def po_file(path: Path, body: str, header: str = PO_HEADER) -> Path:
    path.write_bytes((header + textwrap.dedent(body)).encode("utf-8"))
    return path


def no_hostile(*texts: str) -> None:
    for text in texts:
        for char in HOSTILE:
            assert char not in text, (char, text)


# -- data loss or corruption ------------------------------------------------------------------


def test_01_unterminated_po_string_is_refused(work, capsys):
    glossary = work / "terms" / "glossary.json"
    before = glossary.read_bytes()
    msgstr = po_file(
        work / "msgstr.po",
        """\
        msgctxt "afschrikking"
        msgid "afschrikking"
        msgstr "deterrence posture
        """,
    )
    msgid = po_file(
        work / "msgid.po",
        """\
        msgid "lastenverdeling
        msgstr "burden sharing"
        """,
    )
    cli(capsys, "import", msgstr).assert_one_line_error("msgstr.po:9:", "unterminated")
    cli(capsys, "import", msgid, "--add-new").assert_one_line_error("msgid.po:7:", "unterminated")
    cli(capsys, "check", msgstr).assert_one_line_error("msgstr.po:9:", "unterminated")
    assert glossary.read_bytes() == before


def test_02_symlinked_glossary_and_out_are_written_through(work, capsys):
    real = work / "real" / "glossary.json"
    write_glossary(real)
    link = work / "link.json"
    link.symlink_to(real)
    run = cli(capsys, "approve", "lastenverdeling", "--glossary", link)
    assert run.code == 0, run
    assert link.is_symlink()
    assert store.load(real).entries["lastenverdeling"].status == "reviewed"
    assert not (work / "link.json.lock").exists()  # the lock is the real file's
    out = work / "exports" / "real.po"
    out.parent.mkdir()
    out.write_text("old\n", encoding="utf-8")
    out_link = work / "out.po"
    out_link.symlink_to(out)
    assert cli(capsys, "export", "--format", "po", "--glossary", real, "--out", out_link).code == 0
    assert out_link.is_symlink() and 'msgid "lastenverdeling"' in out.read_text(encoding="utf-8")
    fifo = work / "out.fifo"
    os.mkfifo(fifo)
    run = cli(capsys, "export", "--format", "po", "--glossary", real, "--out", fifo)
    run.assert_one_line_error("out.fifo", "not a regular file")
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_03_export_over_its_own_glossary_is_refused(work, capsys):
    glossary = work / "terms" / "glossary.json"
    before = glossary.read_bytes()
    run = cli(capsys, "export", "--format", "po", "--glossary", glossary, "--out", glossary)
    run.assert_one_line_error("glossary.json", "input")
    alias = work / "alias.json"
    alias.symlink_to(glossary)
    run = cli(capsys, "export", "--format", "csv", "--glossary", glossary, "--out", alias)
    run.assert_one_line_error("alias.json", "input")
    assert glossary.read_bytes() == before


def test_04_duplicate_ids_are_refused_not_dropped(work, capsys):
    data = glossary_data()
    twin = dict(entry_data(data, "lastenverdeling"), lemma="lastenverdelingen")
    data["entries"].append(twin)
    path = write_data(work / "terms" / "glossary.json", data)
    before = path.read_bytes()
    run = cli(capsys, "approve", "afschrikking", "lastenverdeling")
    run.assert_one_line_error("glossary.json", "duplicate id 'lastenverdeling'", "entries 4 and 5")
    assert path.read_bytes() == before


def test_05_reject_writes_glossary_and_reject_list_as_one_unit(work):
    # The glossary is too large for the file-size limit of the child process, the reject list
    # is not: the glossary write fails, and the reject list must not change either.
    terms = work / "terms"
    tsv = work / "lists" / "rejected.tsv"
    tsv.parent.mkdir()
    before = (terms / "glossary.json").read_bytes()
    assert len(before) > 2048
    run = guarded(
        glossary_command("reject", "lastenverdeling", "--rejected", tsv),
        cwd=work,
        file_size=2048,
        memory=None,
    )
    run.assert_one_line_error("glossary.json", "cannot write")
    assert (terms / "glossary.json").read_bytes() == before
    assert not tsv.exists()
    assert temp_leftovers(terms) == [] and temp_leftovers(tsv.parent) == []


def test_06_field_values_are_validated(work, capsys):
    path = work / "terms" / "glossary.json"
    for field, value, message in [
        ("forms", "abc", "field 'forms'"),
        ("status", "approved", "field 'status'"),
        ("score", float("nan"), "field 'score'"),
    ]:
        data = glossary_data()
        entry_data(data, "lastenverdeling")[field] = value
        path.write_text(json.dumps(data), encoding="utf-8")  # NaN as json.dumps writes it
        before = path.read_bytes()
        run = cli(capsys, "approve", "lastenverdeling")
        run.assert_one_line_error("glossary.json", "entry 4 (lastenverdeling)", message)
        assert path.read_bytes() == before


# -- injection ---------------------------------------------------------------------------------


def test_07_control_characters_are_removed_at_input_and_escaped_at_output(work, capsys, mt_server):
    po = po_file(
        work / "evil.po",
        """\
        msgctxt "lastenverdeling"
        msgid "lastenverdeling"
        msgstr "burden\x1b[2J sharing\x07 rules\u202e"
        """,
        header=PO_HEADER.replace(
            '"Language: en\\n"', '"Language: en\\n"\n"Last-Translator: Eve\x1b]0;owned\x07\\n"'
        ),
    )
    run = cli(capsys, "import", po)
    assert run.code == 0, run
    no_hostile(run.out, run.err)
    entry = store.load(work / "terms" / "glossary.json").entries["lastenverdeling"]
    assert entry.english == "burden sharing rules"
    assert entry.history[-1].by == "Eve"
    history = cli(capsys, "history", "lastenverdeling")
    no_hostile(history.out, history.err)
    # A glossary edited by hand: lookup shows the characters escaped, never raw.
    data = glossary_data()
    entry_data(data, "afschrikking")["translation"]["text"] = "deter\x1b[2Jrence\u202e"
    write_data(work / "hand.json", data)
    lookup = cli(capsys, "lookup", "--glossary", work / "hand.json", "afschrikking")
    assert lookup.code == 0, lookup
    no_hostile(lookup.out, lookup.err)
    assert "\\u001b" in lookup.out
    # A machine-translation answer carrying them is stored without them.
    from glossary.model import Candidate
    from glossary.translate.mt import MachineTranslator, MTResolver, MTSettings

    mt_server.reset()
    mt_server.script = [
        Reply(body=json.dumps({"translatedText": "NATO: burden\x1b[31m sharing\x07\u202e"}))
    ]
    translator = MachineTranslator(MTSettings("libre", url=mt_server.url), None, env={})
    (found,) = MTResolver(translator).resolve(Candidate("lastenverdeling", "term", 1.0, 1))
    assert found.text == "burden sharing"


def test_08_every_csv_output_escapes_formulas(work, capsys):
    data = glossary_data()
    entry_data(data, "lastenverdeling")["translation"]["text"] = '=HYPERLINK("http://x","y")'
    write_data(work / "terms" / "glossary.json", data)
    review = cli(capsys, "review", "--format", "csv")
    assert review.code == 0, review
    assert "'=HYPERLINK" in review.out and ",=HYPERLINK" not in review.out
    assert cli(capsys, "approve", "lastenverdeling", "--by", "+cmd|' /C calc'!A0").code == 0
    history = cli(capsys, "history", "lastenverdeling", "--format", "csv")
    assert "'+cmd" in history.out and ",+cmd" not in history.out


def test_09_markdown_diff_is_escaped(work, capsys):
    old = work / "terms" / "glossary.json"
    data = glossary_data()
    entry_data(data, "lastenverdeling")["translation"]["text"] = "<script>alert(1)</script>"
    entry_data(data, "afschrikking")["translation"]["text"] = "<img src=x onerror=alert(1)>"
    entry_data(data, "bondgenoot")["translation"]["text"] = "first line\n| forged | row |"
    new = write_data(work / "new.json", data)
    run = cli(capsys, "diff", old, new, "--format", "markdown")
    assert run.code == 0, run
    assert "<script" not in run.out and "<img" not in run.out
    assert "&lt;script&gt;" in run.out
    table = [line for line in run.out.splitlines() if line.startswith("|")]
    assert len(table) == 2 + 3  # header, rule, three retranslated entries
    assert not any(line.startswith("| forged") for line in table)


def _sphinx_build(make_app, src: Path, data: dict, conf: str, paragraph: str):
    """Build a one-paragraph Sphinx project with the glossary ``data`` and a glossary page
    (``conf`` adds options to conf.py) and return the application."""
    write_data(src / "glossary.json", data)
    (src / "conf.py").write_text(
        'extensions = ["sphinx_ext"]\nlanguage = "nl"\nglossary_file = "glossary.json"\n' + conf,
        encoding="utf-8",
    )
    (src / "index.rst").write_text(
        f"Index\n=====\n\n.. toctree::\n\n   glossary\n\n{paragraph}\n", encoding="utf-8"
    )
    (src / "glossary.rst").write_text("Woordenlijst\n============\n\n.. nato-glossary::\n")
    app = make_app("html", srcdir=src, freshenv=True)
    app.build()
    return app


def test_10_inline_translations_are_bidi_isolated(work, make_app):
    data = glossary_data()
    entry_data(data, "afschrikking")["translation"]["text"] = "deter\u202e" + "rence"
    app = _sphinx_build(
        make_app,
        work / "docs",
        data,
        'glossary_show = "inline"\nglossary_min_status = "missing"\n',
        "De NAVO werkt aan afschrikking. Daarna volgt de rest van de alinea.",
    )
    page = (app.outdir / "index.html").read_text(encoding="utf-8")
    assert '<bdi lang="en">deterrence</bdi>' in page
    assert "\u202e" not in page


# -- tracebacks and hangs ----------------------------------------------------------------------


def test_11_os_errors_are_one_line(work, capsys):
    glossary = work / "terms" / "glossary.json"
    before = glossary.read_bytes()
    (work / "outdir").mkdir()
    run = cli(capsys, "export", "--format", "po", "--out", work / "outdir")
    run.assert_one_line_error("outdir", "is a directory")
    (work / "terms" / "glossary.json.lock").mkdir()  # the lock cannot be created
    cli(capsys, "approve", "lastenverdeling").assert_one_line_error("glossary.json.lock")
    (work / "terms" / "glossary.json.lock").rmdir()
    for argv in (
        ("approve", "lastenverdeling"),
        ("export", "--format", "tbx", "--out", work / "big.tbx"),
    ):
        run = guarded(glossary_command(*argv), cwd=work, file_size=2048, memory=None)
        run.assert_one_line_error("cannot write", "File too large")
    assert glossary.read_bytes() == before
    assert temp_leftovers(work / "terms") == [] and temp_leftovers(work) == []


def test_12_unusable_caches_are_clear_errors_or_ignored(work, capsys, monkeypatch):
    letter = work / "brief.txt"
    letter.write_text(LETTER_TEXT, encoding="utf-8")
    (work / "not-a-dir").write_text("x", encoding="utf-8")
    monkeypatch.setenv("NATO_GLOSSARY_CACHE", str(work / "not-a-dir"))
    cli(capsys, "extract", letter).assert_one_line_error("not-a-dir", "NATO_GLOSSARY_CACHE")
    monkeypatch.setenv("NATO_GLOSSARY_CACHE", str(work / "cache"))
    first = cli(capsys, "extract", letter, "--format", "json")
    assert first.code == 0, first
    with sqlite3.connect(work / "cache" / "docstats.sqlite3") as db:
        assert db.execute("UPDATE document SET meta = CAST(X'FF7B' AS TEXT)").rowcount == 1
    again = cli(capsys, "extract", letter, "--format", "json")
    assert again.code == 0, again
    assert json.loads(again.out)["candidates"] == json.loads(first.out)["candidates"]


def test_13_letter_names_that_are_not_utf8(work, capsys):
    letters = work / "letters"
    letters.mkdir()
    name = os.fsdecode(b"kst-28676-\xe9.txt")
    (letters / name).write_text(LETTER_TEXT, encoding="utf-8")
    run = cli(capsys, "build", "--letters", letters, "--out", work / "g.json", "--no-cache")
    assert run.code == 0, run
    ids = [m["id"] for m in json.loads((work / "g.json").read_bytes().decode("utf-8"))["letters"]]
    assert ids == ["kst-28676-\ufffd"]


def test_14_malformed_glossary_json_is_a_clear_error(work, capsys):
    path = work / "terms" / "glossary.json"
    deep = '{"schema_version": 1, "generator": "x", "letters": [], "entries": '
    path.write_text(deep + "[" * 200_000 + "]" * 200_000 + "}", encoding="utf-8")
    cli(capsys, "stats").assert_one_line_error("glossary.json", "nested")
    cli(capsys, "lookup", "navo").assert_one_line_error("glossary.json", "nested")
    for field, value in [("id", 5), ("stale", "no"), ("score", "high")]:
        data = glossary_data()
        entry_data(data, "afschrikking")[field] = value
        write_data(path, data)
        cli(capsys, "stats").assert_one_line_error("entry 1", f"field '{field}'")
        cli(capsys, "lookup", "navo").assert_one_line_error("entry 1", f"field '{field}'")


def test_15_sphinx_skips_bad_entries_with_one_warning_each(work, make_app):
    data = glossary_data()
    entry_data(data, "lastenverdeling")["status"] = "approved"
    entry_data(data, "bondgenoot")["id"] = 7
    src = work / "docs"
    paragraph = "De NAVO werkt aan afschrikking en lastenverdeling met elke bondgenoot."
    app = _sphinx_build(make_app, src, data, "", paragraph)
    ours = [w for w in app.warning.getvalue().splitlines() if "[nato-glossary." in w]
    assert len(ours) == 2, ours
    assert "entry 2" in ours[0] and "field 'id'" in ours[0]
    assert "entry 4 (lastenverdeling)" in ours[1] and "field 'status'" in ours[1]
    assert "nato-gl-link" in (app.outdir / "index.html").read_text(encoding="utf-8")
    # Too deep to parse at all: one warning, the build completes.
    (src / "glossary.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    app = make_app("html", srcdir=src, freshenv=True)
    app.build()
    ours = [w for w in app.warning.getvalue().splitlines() if "[nato-glossary." in w]
    assert len(ours) == 1 and "nested" in ours[0], ours
    assert (app.outdir / "index.html").is_file()
    # Wrong config values: one warning each naming the option; the default is used.
    config = {"glossary_min_status": 5, "glossary_exclude": 5, "glossary_file": 5}
    app = make_app("html", srcdir=src, freshenv=True, confoverrides=config)
    app.build()
    ours = [w for w in app.warning.getvalue().splitlines() if "[nato-glossary." in w]
    assert [name for name in config if any(name in w for w in ours)] == list(config), ours
    assert len(ours) == len(config), ours


def test_16_devices_and_fifos_in_a_manifest_are_skipped(work):
    (work / "brief.txt").write_text(LETTER_TEXT, encoding="utf-8")
    os.mkfifo(work / "pipe.txt")
    (work / "list.txt").write_text("/dev/zero\npipe.txt\nbrief.txt\n", encoding="utf-8")
    run = guarded(
        glossary_command("extract", "--manifest", "list.txt", "--no-cache", "--format", "json"),
        cwd=work,
    )
    assert run.code == 0, run
    documents = json.loads(run.out)["documents"]
    assert documents["analysed"] == 1 and documents["failed"] == 2
    reasons = {Path(f["file"]).name: f["reason"] for f in documents["failures"]}
    assert "not a regular file" in reasons["zero"] and "not a regular file" in reasons["pipe.txt"]


def test_17_directory_symlink_loops_are_walked_once(work):
    letters = work / "letters"
    (letters / "sub").mkdir(parents=True)
    (letters / "brief.txt").write_text(LETTER_TEXT, encoding="utf-8")
    (letters / "loop").symlink_to(letters)
    (letters / "sub" / "up").symlink_to(letters)
    code = (
        "from glossary.corpus.letters import resolve_inputs\n"
        "from glossary.corpus.sources import iter_sources\n"
        "print(len(resolve_inputs(['letters'])), len(list(iter_sources(['letters']))))\n"
    )
    run = guarded(["-c", code], cwd=work, timeout=60)
    assert run.code == 0, run
    assert run.out.split() == ["1", "1"]


def test_18_a_huge_word_is_refused_quickly(work):
    (work / "word.txt").write_text(
        "Een brief over afschrikking.\n" + "a" * 5_000_000 + "\n", encoding="utf-8"
    )
    run = guarded(glossary_command("extract", "word.txt", "--no-cache"), cwd=work)
    run.assert_one_line_error("word.txt:2:", "longer than")


# -- wrong results, exit codes, messages --------------------------------------------------------


def test_19_decomposed_letters_give_the_same_terms(work, capsys):
    nfc, nfd = work / "nfc.txt", work / "nfd.txt"
    nfc.write_text(LETTER_TEXT, encoding="utf-8")
    nfd.write_text(unicodedata.normalize("NFD", LETTER_TEXT), encoding="utf-8")
    terms = []
    for path in (nfc, nfd):
        run = cli(capsys, "extract", path, "--all", "--format", "json", "--no-cache")
        assert run.code == 0, run
        terms.append({c["term"] for c in json.loads(run.out)["candidates"]})
    assert {"Oekraïne", "Syrië"} <= terms[0]
    assert terms[1] == terms[0]


def test_20_nul_bytes_are_refused_everywhere(work, capsys):
    po = po_file(
        work / "nul.po",
        """\
        msgctxt "lastenverdeling"
        msgid "lastenverdeling"
        msgstr "burden\x00sharing"
        """,
    )
    cli(capsys, "import", po).assert_one_line_error("nul.po:9:", "NUL")
    csv = work / "nul.csv"
    csv.write_bytes(b"source,target,context\nlastenverdeling,burden\x00sharing,lastenverdeling\n")
    cli(capsys, "import", csv).assert_one_line_error("nul.csv:2:", "NUL")
    letter = work / "late-nul.txt"
    letter.write_bytes(b"Een brief over afschrikking.\n" * 2600 + b"en\x00verder\n")
    assert letter.stat().st_size > 65536
    cli(capsys, "extract", letter, "--no-cache").assert_one_line_error("late-nul.txt:2601:", "NUL")


def test_21_po_escapes_and_plural_forms_as_gettext_reads_them(work, capsys):
    escapes = po_file(
        work / "escapes.po",
        """\
        msgctxt "lastenverdeling"
        msgid "lastenverdeling"
        msgstr "burden \\x73haring \\162ules"
        """,
    )
    assert cli(capsys, "import", escapes).code == 0
    entry = store.load(work / "terms" / "glossary.json").entries["lastenverdeling"]
    assert entry.english == "burden sharing rules"
    invalid = po_file(
        work / "invalid.po",
        """\
        msgctxt "lastenverdeling"
        msgid "lastenverdeling"
        msgstr "burden \\q sharing"
        """,
    )
    cli(capsys, "import", invalid).assert_one_line_error("invalid.po:9:", "\\q")
    three = po_file(
        work / "three.po",
        """\
        msgctxt "bondgenoot"
        msgid "bondgenoot"
        msgid_plural "bondgenoten"
        msgstr[0] "ally"
        msgstr[1] "allies"
        msgstr[2] "allied nations"
        """,
        header=PO_HEADER.replace("nplurals=2; plural=(n != 1)", "nplurals=3; plural=(n%3)"),
    )
    cli(capsys, "import", three).assert_one_line_error("three.po:", "nplurals=3")
    plural = po_file(
        work / "plural.po",
        """\
        msgctxt "bondgenoot"
        msgid "bondgenoot"
        msgid_plural "bondgenoten"
        msgstr[0] "ally"
        msgstr[1] "allied nations"
        """,
    )
    run = cli(capsys, "import", plural)
    assert run.code == 1 and "allied nations" in run.out, run


def test_22_check_refuses_a_catalog_in_another_language(work, capsys):
    po = po_file(
        work / "de.po",
        """\
        msgid "De NAVO werkt aan afschrikking."
        msgstr "Die NATO arbeitet an Abschreckung."
        """,
        header=PO_HEADER.replace("Language: en", "Language: de"),
    )
    cli(capsys, "check", po).assert_one_line_error("de.po:3:", "Language: de")


def test_23_tbx_and_csv_structure_is_required(work, capsys):
    tbx = work / "bare.tbx"
    tbx.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX-Basic" xml:lang="nl">\n'
        '<text><body>\n<termEntry id="afschrikking"/>\n</body></text></martif>\n',
        encoding="utf-8",
    )
    cli(capsys, "import", tbx).assert_one_line_error("bare.tbx:4:", "langSet")
    csv = work / "two.csv"
    csv.write_text("source,target,target\nafschrikking,deterrence,dissuasion\n", encoding="utf-8")
    cli(capsys, "import", csv).assert_one_line_error("two.csv:1:", "'target'")


def test_24_letter_names_with_newlines_give_valid_po(work, capsys):
    msgfmt = require_tool("msgfmt")
    letters = work / "letters"
    letters.mkdir()
    (letters / "kst-28676\n-500.txt").write_text(LETTER_TEXT, encoding="utf-8")
    glossary = work / "g.json"
    assert cli(capsys, "build", "--letters", letters, "--out", glossary, "--no-cache").code == 0
    po = work / "g.po"
    assert cli(capsys, "export", "--format", "po", "--glossary", glossary, "--out", po).code == 0
    checked = subprocess.run(
        [msgfmt, "--check", "-o", os.devnull, po], capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stderr
    run = cli(capsys, "import", po, "--glossary", glossary)
    assert run.code == 0, run


def test_25_non_finite_numbers_are_usage_errors(work, capsys):
    (work / "brief.txt").write_text(LETTER_TEXT, encoding="utf-8")
    run = cli(capsys, "extract", "brief.txt", "--min-score", "nan")
    run.assert_one_line_error("--min-score", "nan")
    run = cli(capsys, "build", "--mt", "libre", "--mt-timeout", "inf", "--out", "x.json")
    run.assert_one_line_error("--mt-timeout", "inf")


def test_26_a_path_with_newlines_gives_one_line(work, capsys):
    run = cli(capsys, "lookup", "--glossary", "a\nb\nc.json", "navo")
    run.assert_one_line_error("a\\nb\\nc.json")


def test_27_entry_errors_name_entry_and_field_and_no_temp_files_stay(work, capsys):
    path = work / "terms" / "glossary.json"
    data = glossary_data()
    entry_data(data, "lastenverdeling")["translation"] = "burden sharing"
    write_data(path, data)
    cli(capsys, "stats").assert_one_line_error(
        "entry 4 (lastenverdeling)", "field 'translation'", "an object"
    )
    write_glossary(path, small_glossary())
    (work / "terms" / ".glossary.json.k1ll3d.tmp").write_text("{half a glossa", encoding="utf-8")
    assert cli(capsys, "approve", "lastenverdeling").code == 0
    assert temp_leftovers(work / "terms") == []
