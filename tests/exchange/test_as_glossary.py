"""Termbases read as glossaries (``glossary.exchange.as_glossary``), merged in order
(``merge``), and the merged text cached by content hash (``combined``)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from glossary.errors import InputError
from glossary.exchange.as_glossary import read_glossary_file
from glossary.exchange.combined import CACHE_FOLDER, load_combined
from glossary.exchange.common import Languages
from glossary.exchange.merge import merge_files
from glossary.nlp.dutch.inflection import term_forms
from glossary.nlp.resources import Resources
from glossary.paths import cache_dir
from glossary.store import jsonfile as store

from .helpers import TESTS_DIR, write_glossary

TBX_DIR = TESTS_DIR / "data" / "tbx"


def test_a_tbx_becomes_entries_like_the_projects_own():
    file = read_glossary_file(TBX_DIR / "basic-v3-dca.tbx", Languages())
    assert (file.format, file.source_language, file.target_language) == ("tbx", "nl", "en")
    entries = file.glossary.entries
    assert list(entries) == ["afschrikking", "lastenverdeling", "navo", "weerbaarheid"]
    burden = entries["lastenverdeling"]
    assert (burden.english, burden.status, burden.source) == (
        "burden sharing",
        "reviewed",
        "translator",
    )
    assert [t.text for t in burden.alternatives] == ["burden-sharing"]
    assert burden.forms == ["lastenverdeling", "lastenverdelingen"]
    navo = entries["navo"]
    assert (navo.kind, navo.status, navo.expansion) == (
        "acronym",
        "proposed",
        "Noord-Atlantische Verdragsorganisatie",
    )
    assert "NAVO's" in navo.forms
    assert (entries["weerbaarheid"].status, entries["weerbaarheid"].translation) == (
        "missing",
        None,
    )
    assert store.parse(store.dumps(file.glossary)).to_json() == file.glossary.to_json()


def test_dutch_inflection_of_termbase_terms():
    res = Resources.default()
    assert term_forms("militair plan", res) == ["militaire plan", "militaire plannen"]
    assert term_forms("hybride dreiging", res) == ["hybride dreigingen"]
    assert term_forms("NAVO-top", res) == ["NAVO-toppen"]
    # names and groups with function words inflect otherwise: nothing is guessed
    for term in ("Oekraïne", "Noord-Atlantische Raad", "minister van defensie"):
        assert term_forms(term, res) == [], term


def test_merge_in_order_first_file_wins_and_forms_join(tmp_path):
    first = read_glossary_file(TBX_DIR / "basic-v3-dca.tbx", Languages())
    csv = tmp_path / "extra.csv"
    csv.write_text(
        "source,target\nafschrikking,dissuasion\nweerbaarheid,resilience\n"
        "lastenverdeling,burden sharing\nnieuw begrip,new concept\n",
        encoding="utf-8",
    )
    second = read_glossary_file(csv, Languages("nl", "en"))
    merged, disagreements = merge_files([first, second])
    assert [d.message() for d in disagreements] == [
        f"glossary files disagree on 'afschrikking': {first.path} says 'deterrence', "
        f"{csv} says 'dissuasion'; using {first.path}'s"
    ]
    assert merged.entries["afschrikking"].english == "deterrence"
    # an entry without English takes the second file's
    assert (merged.entries["weerbaarheid"].english, merged.entries["weerbaarheid"].status) == (
        "resilience",
        "proposed",
    )
    assert merged.entries["lastenverdeling"].status == "reviewed"  # agreeing: unchanged
    assert merged.entries["nieuw-begrip"].english == "new concept"


def test_files_of_different_languages_do_not_merge(tmp_path):
    csv = tmp_path / "fr.csv"
    csv.write_text("nl,fr\nafschrikking,dissuasion\n", encoding="utf-8")
    with pytest.raises(InputError, match="no en terms"):
        load_combined([TBX_DIR / "basic-v3-dca.tbx", csv], cache=False)


def test_cache_hit_on_unchanged_files_and_miss_on_a_change(tmp_path):
    folder = cache_dir() / CACHE_FOLDER
    tbx = tmp_path / "terms.tbx"
    tbx.write_bytes((TBX_DIR / "min-v3-dct.tbx").read_bytes())
    first = load_combined([tbx])
    again = load_combined([tbx])
    assert (first.cached, again.cached) == (False, True)
    assert again.text == first.text and again.formats == ("tbx",)
    tbx.write_text(tbx.read_text(encoding="utf-8").replace("deterrence", "dissuasion"))
    changed = load_combined([tbx])
    assert not changed.cached and "dissuasion" in changed.text
    # a cache file that does not check out is not used
    for path in folder.glob("*.json"):
        if not path.name.endswith(".meta.json"):
            path.write_text(path.read_text(encoding="utf-8").replace("dissuasion", "x"))
    assert not load_combined([tbx]).cached
    assert load_combined([tbx]).cached  # written again


def test_a_single_json_glossary_passes_through(tmp_path):
    path = write_glossary(tmp_path / "glossary.json")
    folder = cache_dir() / CACHE_FOLDER
    before = set(folder.glob("*")) if folder.is_dir() else set()
    combined = load_combined([path])
    assert combined.text == path.read_text(encoding="utf-8") and combined.formats == ("json",)
    assert (combined.source_language, combined.target_language) == ("nl", "en")
    assert (set(folder.glob("*")) if folder.is_dir() else set()) == before  # nothing cached
    assert json.loads(combined.text)["schema_version"]


def test_reading_a_dutch_termbase_loads_no_spacy(tmp_path):
    code = (
        "import sys\n"
        "from glossary.exchange.combined import load_combined\n"
        f"combined = load_combined([{str(TBX_DIR / 'basic-v3-dca.tbx')!r}], cache=False)\n"
        "assert 'lastenverdelingen' in combined.text\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=Path.cwd()
    )
    assert out.stdout.strip() == "[]"
