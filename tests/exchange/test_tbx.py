"""TBX-Basic export validated (well-formed, TBX-Basic structure, read by translate-toolkit) and
imported back after edits made with ElementTree and with translate-toolkit."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import defusedxml.ElementTree as DET
from translate.storage import tbx as ttk_tbx

from glossary.cli import main
from glossary.exchange.export import export_text
from glossary.model import Glossary
from glossary.store import jsonfile as store

from .helpers import checksum

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
NCNAME = re.compile(r"[A-Za-z_][\w.\-]*")
POS = {"noun", "verb", "adjective", "adverb", "properNoun", "other"}
ADMIN = {
    "preferredTerm-admn-sts",
    "admittedTerm-admn-sts",
    "deprecatedTerm-admn-sts",
    "supersededTerm-admn-sts",
}
TIG_ORDER = {
    "term": 0,
    "termNote": 1,
    "descrip": 2,
    "descripGrp": 2,
    "admin": 2,
    "adminGrp": 2,
    "transacGrp": 2,
    "note": 2,
    "ref": 2,
    "xref": 2,
}


def _entries(root: ET.Element) -> dict[str, ET.Element]:
    return {e.get("id"): e for e in root.iter("termEntry")}


def _lang_sets(entry: ET.Element) -> dict[str, ET.Element]:
    return {ls.get(XML_LANG): ls for ls in entry.findall("langSet")}


def _tigs(lang_set: ET.Element) -> list[tuple[str, dict[str, str]]]:
    return [
        (tig.findtext("term"), {n.get("type"): n.text for n in tig.findall("termNote")})
        for tig in lang_set.findall("tig")
    ]


def test_tbx_basic_structure(glossary):
    text = export_text(glossary, "tbx")
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE martif')
    root = DET.fromstring(text.encode())  # well-formed, no entities
    assert root.tag == "martif" and root.get("type") == "TBX-Basic"
    assert root.find("martifHeader/fileDesc/sourceDesc/p") is not None
    assert root.find("martifHeader/encodingDesc/p").get("type") == "XCSURI"
    body = root.find("text/body")
    assert [e.tag for e in body] == ["termEntry"] * len(glossary)
    for entry in body:
        assert NCNAME.fullmatch(entry.get("id")), entry.get("id")
        children = [c.tag for c in entry]
        assert children.index("langSet") == len(children) - len(entry.findall("langSet"))
        for lang_set in entry.findall("langSet"):
            assert lang_set.get(XML_LANG) in ("nl", "en")
            for tig in lang_set.findall("tig"):
                order = [TIG_ORDER[c.tag] for c in tig]
                assert order == sorted(order) and order[0] == 0, [c.tag for c in tig]
                notes = {n.get("type"): n.text for n in tig.findall("termNote")}
                assert notes["partOfSpeech"] in POS
                assert notes.get("termType", "fullForm") in ("acronym", "fullForm")
                assert notes.get("administrativeStatus", next(iter(ADMIN))) in ADMIN

    entries = _entries(root)
    assert "_2-procentnorm" in entries  # XML IDs cannot start with a digit
    navo = _lang_sets(entries["navo"])
    assert _tigs(navo["nl"]) == [
        ("NAVO", {"partOfSpeech": "properNoun", "termType": "acronym"}),
        (
            "Noord-Atlantische Verdragsorganisatie",
            {"partOfSpeech": "properNoun", "termType": "fullForm"},
        ),
    ]
    assert _tigs(navo["en"])[0] == (
        "NATO",
        {
            "partOfSpeech": "properNoun",
            "termType": "acronym",
            "administrativeStatus": "preferredTerm-admn-sts",
        },
    )
    lasten = _lang_sets(entries["lastenverdeling"])
    assert lasten["nl"].findtext("descrip[@type='definition']").startswith("Verdeling van")
    assert lasten["nl"].findtext("tig/descrip[@type='context']").startswith("Over de")
    assert [(t, n["administrativeStatus"]) for t, n in _tigs(lasten["en"])] == [
        ("burden sharing", "preferredTerm-admn-sts"),
        ("burden-sharing", "admittedTerm-admn-sts"),
        ("burden shifting", "deprecatedTerm-admn-sts"),
    ]
    assert _tigs(_lang_sets(entries["afschrikking"])["en"])[0][1]["administrativeStatus"] == (
        "admittedTerm-admn-sts"
    )
    assert "en" not in _lang_sets(entries["weerbaarheid"])
    assert "plural: threats" in _lang_sets(entries["dreiging"])["en"].findtext("tig/note")


def test_translate_toolkit_reads_every_entry(glossary):
    store_ = ttk_tbx.tbxfile.parsestring(export_text(glossary, "tbx").encode())
    units = {u.getid(): u for u in store_.units}
    assert len(units) == len(glossary)
    for entry in glossary.sorted_entries():
        unit = units[entry.id if entry.id[0].isalpha() else "_" + entry.id]
        assert unit.source == entry.lemma
        assert (unit.target or None) == entry.english
    deprecated = [t.text for t in units["lastenverdeling"].get_target_terms() if t.deprecated]
    assert deprecated == ["burden shifting"]


def test_tbx_export_is_deterministic(glossary_file, tmp_path):
    outs = []
    for name in ("a.tbx", "b.tbx"):
        assert (
            main(
                [
                    "export",
                    "--format",
                    "tbx",
                    "--glossary",
                    str(glossary_file),
                    "--out",
                    str(tmp_path / name),
                ]
            )
            == 0
        )
        outs.append((tmp_path / name).read_bytes())
    assert outs[0] == outs[1]
    assert b"2025-01-10T09:00:00Z" in outs[0]  # newest entry, not the wall clock


def _term_entry(
    body: ET.Element, lemma: str, english: str, status: str, entry_id: str | None = None
) -> None:
    entry = ET.SubElement(body, "termEntry", {"id": entry_id} if entry_id else {})
    for lang, term in (("nl", lemma), ("en", english)):
        tig = ET.SubElement(ET.SubElement(entry, "langSet", {XML_LANG: lang}), "tig")
        ET.SubElement(tig, "term").text = term
        if lang == "en":
            ET.SubElement(tig, "termNote", {"type": "administrativeStatus"}).text = status


def _edit_as_a_terminologist(path: Path) -> None:
    root = ET.fromstring(path.read_bytes())
    entries = _entries(root)

    def en_tig(entry_id: str) -> ET.Element:
        return _lang_sets(entries[entry_id])["en"].find("tig")

    def set_status(tig: ET.Element, value: str) -> None:
        tig.find("termNote[@type='administrativeStatus']").text = value

    en_tig("dreiging").find("term").text = "menace"
    set_status(en_tig("dreiging"), "preferredTerm-admn-sts")
    set_status(en_tig("afschrikking"), "preferredTerm-admn-sts")
    en_tig("raad").find("term").text = "board"
    resil = ET.SubElement(entries["weerbaarheid"], "langSet", {XML_LANG: "en"})
    ET.SubElement(ET.SubElement(resil, "tig"), "term").text = "resilience"
    body = root.find("text/body")
    _term_entry(body, "nieuw begrip", "new concept", "preferredTerm-admn-sts")
    _term_entry(body, "raad", "guidance", "preferredTerm-admn-sts")  # no id: ambiguous
    path.write_bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True))


def _import_edited_tbx(
    glossary_file: Path, tmp_path: Path, capsys
) -> tuple[Glossary, Glossary, str, Path]:
    """Export to TBX, edit as a terminologist, import: (glossary before, after, what import
    said, the TBX file)."""
    before = store.load(glossary_file)
    out = tmp_path / "terms.tbx"
    assert (
        main(["export", "--format", "tbx", "--glossary", str(glossary_file), "--out", str(out)])
        == 0
    )
    _edit_as_a_terminologist(out)
    assert (
        main(["import", str(out), "--glossary", str(glossary_file), "--by", "terminologist"]) == 1
    )
    text = capsys.readouterr().out
    return before, store.load(glossary_file), text, out


def test_tbx_round_trip_applies_the_terminologists_changes(glossary_file, tmp_path, capsys):
    _, after, _, _ = _import_edited_tbx(glossary_file, tmp_path, capsys)
    threat = after.entries["dreiging"]
    # TBX carries no plural: a new English drops the old English plural
    assert (threat.english, threat.translation.plural, threat.status, threat.source) == (
        "menace",
        None,
        "reviewed",
        "translator",
    )
    assert threat.history[-1].by == "terminologist"
    deter = after.entries["afschrikking"]
    assert (deter.english, deter.status, deter.source) == ("deterrence", "reviewed", "translator")
    resil = after.entries["weerbaarheid"]
    assert (resil.english, resil.status, resil.source) == ("resilience", "proposed", "translator")


def test_tbx_round_trip_keeps_reviewed_ambiguous_and_unknown_terms_out(
    glossary_file, tmp_path, capsys
):
    _, after, text, _ = _import_edited_tbx(glossary_file, tmp_path, capsys)
    assert after.entries["raad"].english == "council"
    assert 'raad: reviewed "council" kept' in text
    assert "'raad' names several entries" in text
    assert "nieuw begrip: not in the glossary" in text


def test_tbx_round_trip_changes_nothing_else(glossary_file, tmp_path, capsys):
    before, after, _, _ = _import_edited_tbx(glossary_file, tmp_path, capsys)
    for entry_id, entry in before.entries.items():
        if entry_id not in {"dreiging", "afschrikking", "weerbaarheid"}:
            assert after.entries[entry_id].to_json() == entry.to_json(), entry_id


def test_tbx_round_trip_with_add_new_adds_the_new_term(glossary_file, tmp_path, capsys):
    _, _, _, out = _import_edited_tbx(glossary_file, tmp_path, capsys)
    assert main(["import", str(out), "--glossary", str(glossary_file), "--add-new"]) == 1
    added = store.load(glossary_file).entries["nieuw-begrip"]
    assert (added.lemma, added.english, added.status) == ("nieuw begrip", "new concept", "reviewed")


def test_tbx_edited_with_translate_toolkit_imports(glossary_file, tmp_path):
    """A file written back by another TBX implementation (translate-toolkit) reads back."""
    out = tmp_path / "terms.tbx"
    main(["export", "--format", "tbx", "--glossary", str(glossary_file), "--out", str(out)])
    tbx_store = ttk_tbx.tbxfile.parsestring(out.read_bytes())
    tbx_store.settargetlanguage("en")
    units = {u.getid(): u for u in tbx_store.units}
    units["weerbaarheid"].target = "resilience"
    units["dreiging"].set_target_terms(["menace"])
    out.write_bytes(bytes(tbx_store))
    assert main(["import", str(out), "--glossary", str(glossary_file)]) == 0
    after = store.load(glossary_file)
    assert (after.entries["weerbaarheid"].english, after.entries["weerbaarheid"].status) == (
        "resilience",
        "proposed",
    )
    assert (after.entries["dreiging"].english, after.entries["dreiging"].status) == (
        "menace",
        "proposed",
    )
    assert after.entries["navo"].english == "NATO"


def test_unedited_tbx_imports_as_no_change(glossary_file, tmp_path):
    out = tmp_path / "terms.tbx"
    main(["export", "--format", "tbx", "--glossary", str(glossary_file), "--out", str(out)])
    digest = checksum(glossary_file)
    assert main(["import", str(out), "--glossary", str(glossary_file)]) == 0
    assert checksum(glossary_file) == digest


def test_english_term_type_follows_the_english_not_the_dutch():
    from glossary.model import Entry, Glossary, Translation

    g = Glossary()
    g.add(
        Entry(
            id="saceur",
            lemma="SACEUR",
            kind="acronym",
            pos="properNoun",
            status="reviewed",
            translation=Translation("Supreme Allied Commander Europe", "termbase"),
            alternatives=[Translation("SACEUR", "termbase")],
        )
    )
    en = _lang_sets(_entries(DET.fromstring(export_text(g, "tbx")))["saceur"])["en"]
    assert _tigs(en)[0] == (
        "Supreme Allied Commander Europe",
        {
            "partOfSpeech": "properNoun",
            "termType": "fullForm",
            "administrativeStatus": "preferredTerm-admn-sts",
        },
    )
