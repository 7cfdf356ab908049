"""TBX v3 (ISO 30042:2019): files in the TBX-Basic (DCA style) and TBX-Min (DCT style) dialects
read like v2, ``glossary export --format tbx3`` writes the v3 structure with the v2 content,
the language pair comes from the file, and another tool's ids are references, not entry ids."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import defusedxml.ElementTree as DET
import pytest

from glossary.cli import main
from glossary.errors import InputError
from glossary.exchange import formats
from glossary.exchange.common import Languages
from glossary.exchange.export import export_text
from glossary.store import jsonfile as store

from .helpers import TESTS_DIR, checksum

TBX_DIR = TESTS_DIR / "data" / "tbx"
NS = "{urn:iso:std:iso:30042:ed-2}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.mark.parametrize("name", ["basic-v3-dca.tbx", "min-v3-dct.tbx"])
def test_both_v3_dialects_read_their_terms_statuses_and_variants(name):
    batch = formats.read_batch(TBX_DIR / name)
    assert (batch.format, batch.source_language, batch.target_language) == ("tbx", "nl", "en")
    items = {i.entry_id: i for i in batch.items}
    assert (items["c101"].lemma, items["c101"].english, items["c101"].reviewed) == (
        "afschrikking",
        "deterrence",
        True,
    )
    burden = items["c102"]
    # the preferred rendering first, the admitted one as an alternative, deprecated ones
    # (the Dutch "lastendeling", the English "burden shifting") left out
    assert (burden.english, burden.alternatives, burden.reviewed) == (
        "burden sharing",
        ("burden-sharing",),
        True,
    )
    assert burden.forms == ("lastenverdelingen",)
    assert (items["c103"].english, items["c103"].reviewed) == ("NATO", False)
    assert items["c103"].forms == ("Noord-Atlantische Verdragsorganisatie",)
    assert items["c104"].english == ""


def test_dca_data_categories_give_kind_expansion_definition_and_translator():
    items = {i.entry_id: i for i in formats.read_batch(TBX_DIR / "basic-v3-dca.tbx").items}
    navo = items["c103"]
    assert (navo.kind, navo.expansion) == ("acronym", "Noord-Atlantische Verdragsorganisatie")
    assert items["c101"].definition.startswith("Het voorkomen van een aanval")
    assert items["c101"].by == "A. Terminologist"
    assert items["c101"].line == 12


def test_tbx3_export_is_the_v3_structure_with_the_v2_content(glossary):
    text = export_text(glossary, "tbx3")
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<tbx ')
    root = DET.fromstring(text.encode())  # well-formed, no DTD, no entities
    assert root.tag == f"{NS}tbx"
    assert (root.get("type"), root.get("style"), root.get(XML_LANG)) == ("TBX-Basic", "dca", "nl")
    assert root.find(f"{NS}tbxHeader/{NS}fileDesc/{NS}sourceDesc/{NS}p") is not None
    entries = root.findall(f"{NS}text/{NS}body/{NS}conceptEntry")
    assert len(entries) == len(glossary)
    for entry in entries:
        for lang_sec in entry.findall(f"{NS}langSec"):
            assert lang_sec.get(XML_LANG) in ("nl", "en")
            for term_sec in lang_sec.findall(f"{NS}termSec"):
                assert term_sec[0].tag == f"{NS}term"
    assert "martif" not in text and "langSet" not in text and "<tig>" not in text

    v2 = formats.parse_batch(export_text(glossary, "tbx").encode(), "v2.tbx", "tbx")
    v3 = formats.parse_batch(text.encode(), "v3.tbx", "tbx")
    assert [(i.entry_id, i.lemma, i.english, i.reviewed, i.alternatives) for i in v3.items] == [
        (i.entry_id, i.lemma, i.english, i.reviewed, i.alternatives) for i in v2.items
    ]


def test_cli_exports_tbx3_and_imports_it_back_unchanged(glossary_file, tmp_path):
    out = tmp_path / "terms.tbx"
    export = ["export", "--format", "tbx3", "--glossary", str(glossary_file), "--out", str(out)]
    assert main(export) == 0
    assert ET.fromstring(out.read_bytes()).tag == f"{NS}tbx"
    digest = checksum(glossary_file)
    assert main(["import", str(out), "--glossary", str(glossary_file)]) == 0
    assert checksum(glossary_file) == digest


def _concept(concept_id: str, dutch: str, english: str) -> str:
    return (
        f'<conceptEntry id="{concept_id}">'
        f'<langSec xml:lang="nl"><termSec><term>{dutch}</term></termSec></langSec>'
        f'<langSec xml:lang="en"><termSec><term>{english}</term>'
        '<termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>'
        "</termSec></langSec></conceptEntry>"
    )


def _other_tool_file(path: Path, *concepts: str) -> Path:
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<tbx type="TBX-Basic" style="dca" xml:lang="nl" xmlns="urn:iso:std:iso:30042:ed-2">'
        "<tbxHeader><fileDesc><sourceDesc><p>other tool</p></sourceDesc></fileDesc></tbxHeader>"
        f"<text><body>{''.join(concepts)}</body></text></tbx>\n",
        encoding="utf-8",
    )
    return path


def test_another_tools_ids_are_references_not_entry_ids(glossary_file, tmp_path):
    other = _other_tool_file(
        tmp_path / "other.tbx",
        _concept("c1", "nieuw begrip", "new concept"),
        _concept("c2", "afschrikking", "deterrence"),
    )
    assert main(["import", str(other), "--glossary", str(glossary_file), "--add-new"]) == 0
    after = store.load(glossary_file)
    assert "c1" not in after.entries and "c2" not in after.entries
    added = after.entries["nieuw-begrip"]  # the slug of its lemma, as the contract says
    assert (added.english, added.status) == ("new concept", "reviewed")
    assert added.history[-1].detail["ref"] == "c1"
    # c2 names no entry of ours: found by its term, and remembered by its reference
    deter = after.entries["afschrikking"]
    assert (deter.english, deter.status) == ("deterrence", "reviewed")
    assert deter.history[-1].detail["ref"] == "c2"

    # The other tool renames the term of c1: the reference still finds the entry.
    renamed = _other_tool_file(
        tmp_path / "other-2.tbx", _concept("c1", "nieuw concept", "novel concept")
    )
    assert main(["import", str(renamed), "--glossary", str(glossary_file), "--force"]) == 0
    final = store.load(glossary_file)
    assert "nieuw-concept" not in final.entries
    assert final.entries["nieuw-begrip"].english == "novel concept"
    assert final.entries["nieuw-begrip"].history[-1].detail["msgid"] == "nieuw concept"


def test_languages_from_the_file_or_as_asked(tmp_path):
    three = tmp_path / "three.tbx"
    three.write_text(
        '<?xml version="1.0"?>\n<tbx type="TBX-Basic" style="dca" xml:lang="de" '
        'xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="k1">'
        '<langSec xml:lang="fr"><termSec><term>dissuasion</term></termSec></langSec>'
        '<langSec xml:lang="de"><termSec><term>Abschreckung</term></termSec></langSec>'
        '<langSec xml:lang="en"><termSec><term>deterrence</term></termSec></langSec>'
        "</conceptEntry></body></text></tbx>\n",
        encoding="utf-8",
    )
    # the declared language is the source; English is the target among several
    batch = formats.read_batch(three, languages=Languages())
    assert (batch.source_language, batch.target_language) == ("de", "en")
    assert (batch.items[0].lemma, batch.items[0].english) == ("Abschreckung", "deterrence")
    batch = formats.read_batch(three, languages=Languages("en", "fr"))
    assert (batch.items[0].lemma, batch.items[0].english) == ("deterrence", "dissuasion")
    with pytest.raises(InputError, match=r"no nl terms \(it has fr, de, en\)"):
        formats.read_batch(three)  # the project's own pair: Dutch and English
