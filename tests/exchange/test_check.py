"""``glossary check`` on a real Sphinx-generated catalog, plus the matching rules in detail."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import polib
import pytest
from sphinx.testing.util import SphinxTestApp

from glossary.cli import main
from glossary.exchange.check import Checker, check_files

from .helpers import sample_glossary, write_glossary

INDEX_RST = """\
Beleid
======

De lastenverdeling binnen de NAVO blijft een punt van zorg.

Nederland steunt Oekraïne met ondersteuning en materieel.

De Raad heeft besloten over de 2%-norm.

Over afschrikking en weerbaarheid.

Een eerlijke lastenverdeling is nodig.
"""

ENGLISH = {
    "Beleid": "Policy",
    "De lastenverdeling binnen de NAVO blijft een punt van zorg.": (
        "Burden shifting within NATO remains a concern."  # deliberately wrong
    ),
    "Nederland steunt Oekraïne met ondersteuning en materieel.": (
        "The Netherlands supports Ukraine with support and equipment."
    ),
    "De Raad heeft besloten over de 2%-norm.": "The Council decided on the 2% guideline.",
    "Over afschrikking en weerbaarheid.": "On deterrence and resilience.",
    "Een eerlijke lastenverdeling is nodig.": "Fair burden-sharing is needed.",
}
WRONG = "De lastenverdeling binnen de NAVO blijft een punt van zorg."


@pytest.fixture(scope="module")
def catalog(tmp_path_factory) -> Path:
    """Build a Dutch Sphinx project with the gettext builder and translate its catalog."""
    src = tmp_path_factory.mktemp("nl-docs")
    (src / "conf.py").write_text('project = "Beleid"\nlanguage = "nl"\n', encoding="utf-8")
    (src / "index.rst").write_text(INDEX_RST, encoding="utf-8")
    app = SphinxTestApp("gettext", srcdir=src, status=StringIO(), warning=StringIO())
    try:
        app.build()
        pot = Path(app.outdir) / "index.pot"
    finally:
        app.cleanup()
    po = polib.pofile(str(pot))
    assert {m.msgid for m in po} == set(ENGLISH)  # the real builder's messages
    for message in po:
        message.msgstr = ENGLISH[message.msgid]
    po.metadata["Language"] = "en"
    target = src / "locale" / "en" / "LC_MESSAGES" / "index.po"
    target.parent.mkdir(parents=True)
    po.save(str(target))
    return target


def test_check_finds_the_wrong_translation_in_a_sphinx_catalog(catalog, tmp_path, capsys):
    glossary = write_glossary(tmp_path / "g.json")
    code = main(["check", str(catalog), "--glossary", str(glossary), "--json"])
    issues = json.loads(capsys.readouterr().out)
    assert code == 1
    assert [(i["id"], i["problem"], i["term"]) for i in issues] == [
        ("lastenverdeling", "missing", "lastenverdeling"),
        ("lastenverdeling", "forbidden", "lastenverdeling"),
    ]
    missing, forbidden = issues
    assert missing["expected"] == ["burden sharing", "burden-sharing"]
    assert missing["found"] == ENGLISH[WRONG]
    assert forbidden["found"] == "Burden shifting"
    lines = catalog.read_text(encoding="utf-8").splitlines()
    line = missing["line"]
    assert missing["file"] == str(catalog) and forbidden["line"] == line
    assert lines[line - 1] == f'msgstr "{ENGLISH[WRONG]}"'
    assert WRONG in lines[line - 2]


def test_check_text_output_and_clean_exit(catalog, tmp_path, capsys):
    glossary = write_glossary(tmp_path / "g.json")
    assert main(["check", str(catalog), "--glossary", str(glossary)]) == 1
    captured = capsys.readouterr()
    first = captured.out.splitlines()[0]
    assert first.startswith(f"{catalog}:") and "'lastenverdeling' not rendered as" in first
    assert '"burden sharing" or "burden-sharing"' in first
    assert "2 issue(s) in 1 catalog(s)" in captured.err
    po = polib.pofile(str(catalog))
    po.find(WRONG).msgstr = "Burden sharing within NATO remains a concern."
    fixed = tmp_path / "fixed.po"
    po.save(str(fixed))
    assert main(["check", str(fixed), "--glossary", str(glossary)]) == 0


def test_lower_statuses_are_checked_on_request(catalog, tmp_path):
    glossary = sample_glossary()
    po = polib.pofile(str(catalog))
    po.find("Over afschrikking en weerbaarheid.").msgstr = "On dissuasion and resilience."
    changed = tmp_path / "changed.po"
    po.save(str(changed))
    assert {i.entry_id for i in check_files([changed], glossary)} == {"lastenverdeling"}
    machine = check_files([changed], glossary, min_status="machine")
    # 'ondersteuning' (proposed) expects 'support ("enablement")', the whole rendering
    assert {i.entry_id for i in machine} == {"lastenverdeling", "afschrikking", "ondersteuning"}


def test_fuzzy_and_untranslated_messages_are_skipped_unless_asked(tmp_path):
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "en"}
    po.append(
        polib.POEntry(msgid="De NAVO vergadert.", msgstr="The alliance meets.", flags=["fuzzy"])
    )
    po.append(polib.POEntry(msgid="De NAVO besluit.", msgstr=""))
    path = tmp_path / "f.po"
    po.save(str(path))
    assert check_files([path], sample_glossary()) == []
    fuzzy = check_files([path], sample_glossary(), include_fuzzy=True)
    assert [(i.entry_id, i.problem) for i in fuzzy] == [("navo", "missing")]


@pytest.mark.parametrize(
    ("dutch", "english", "problems"),
    [
        ("De dreigingen nemen toe.", "The threats are growing.", []),
        ("De dreiging neemt toe.", "The Threat grows.", []),
        ("De dreiging neemt toe.", "The danger grows.", [("dreiging", "missing")]),
        ("Lastenverdeling", "BURDEN SHARING", []),
        (
            "De lastenverdeling",
            "burden-sharing and burden shifting",
            [("lastenverdeling", "forbidden")],
        ),
        ("De raad besluit.", "The advice decides.", []),  # homograph raad-2
        ("De raad besluit.", "The board decides.", [("raad", "missing")]),
        ("Hulp aan Oekraïne", "Aid to Ukraine's army", []),
        ("Hulp aan Oekraïne", "Aid to Ukrainians", [("oekraine", "missing")]),
        ("De NAVO-top", "The NATO summit", []),
        ("De navo", "the nato", []),  # acronyms are case-exact
        ("De NAVO besluit.", "The North Atlantic Treaty Organization decides.", []),
        ("De NAVO besluit.", "The Alliance decides.", [("navo", "missing")]),
        ("De 2%-norm", "the 2% guideline", []),
        ("De 2%-norm", "the two percent norm", [("2-procentnorm", "missing")]),
    ],
)
def test_matching_rules(dutch, english, problems):
    checker = Checker(sample_glossary(), min_status="proposed")
    issues = checker.check_message(dutch, english, "x.po", 1)
    assert [(i.entry_id, i.problem) for i in issues] == problems


def test_malformed_catalog_is_an_input_error(tmp_path, capsys):
    bad = tmp_path / "bad.po"
    bad.write_text('msgid "a"\nmsgstr "b"\nnonsense\n', encoding="utf-8")
    glossary = write_glossary(tmp_path / "g.json")
    assert main(["check", str(bad), "--glossary", str(glossary)]) == 2
    err = capsys.readouterr().err
    assert f"{bad}:3: malformed PO file" in err and len(err.strip().splitlines()) == 1


def test_check_reads_a_locale_directory(catalog, tmp_path, capsys):
    glossary = write_glossary(tmp_path / "g.json")
    locale = catalog.parents[2]
    assert main(["check", str(locale), "--glossary", str(glossary), "--json"]) == 1
    issues = json.loads(capsys.readouterr().out)
    assert {i["file"] for i in issues} == {str(catalog)} and len(issues) == 2
