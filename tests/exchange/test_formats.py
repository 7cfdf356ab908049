"""The exchange-format registry: every registered format round-trips, detection by suffix and by
content, clear errors for what no format claims, CLI choices from the registry, lazy imports,
and a new format added as one module."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from glossary.cli import build_parser, main
from glossary.errors import InputError
from glossary.exchange import formats
from glossary.exchange.export import export_text
from glossary.exchange.formats import ExchangeFormat, UnknownFormatError
from glossary.exchange.importing import apply_batch
from glossary.store import jsonfile as store

from .helpers import checksum, sample_glossary

FORMATS = formats.all_formats()
NAMES = [f.name for f in FORMATS]


def test_the_registry_holds_the_shipped_formats_in_cli_order():
    assert NAMES == ["po", "pot", "tbx", "tbx3", "csv"]
    assert formats.export_names() == ("po", "pot", "tbx", "tbx3", "csv")
    assert formats.import_names() == ("po", "tbx", "csv")
    assert all(f.description and "\n" not in f.description for f in FORMATS)


@pytest.mark.parametrize("fmt", FORMATS, ids=NAMES)
def test_every_format_round_trips_through_its_writer_and_reader(fmt: ExchangeFormat, tmp_path):
    glossary = sample_glossary()
    text = export_text(glossary, fmt.name)
    path = tmp_path / f"glossary{fmt.suffixes[0]}"
    path.write_text(text, encoding="utf-8")
    batch = formats.read_batch(path)
    assert batch.format == (fmt.variant_of or fmt.name)
    exported = {e.id for e in glossary.entries.values() if e.lemma.strip()}
    assert {item.entry_id for item in batch.items} == exported
    report = apply_batch(glossary, batch, at="2025-06-01T00:00:00Z")
    assert report.changes == []
    assert report.unchanged + report.untranslated == len(exported)
    if fmt.variant_of == "po":  # a template carries no English
        assert report.untranslated == len(exported)


@pytest.mark.parametrize("fmt", FORMATS, ids=NAMES)
def test_each_suffix_and_alias_names_its_format(fmt: ExchangeFormat):
    """A variant that shares its format's suffix (tbx3 writes .tbx) is read as that format."""
    readers = {fmt.name, fmt.variant_of}
    for suffix in (*fmt.suffixes, *fmt.aliases):
        assert formats.by_suffix(f"terms{suffix}").name in readers
        assert formats.by_suffix(f"TERMS{suffix.upper()}").name in readers
    assert formats.by_suffix("terms.xlsx") is None


@pytest.mark.parametrize("fmt", FORMATS, ids=NAMES)
def test_content_sniffing_recognises_each_export_and_only_its_own(fmt: ExchangeFormat):
    head = export_text(sample_glossary(), fmt.name).encode()[: formats.SNIFF_BYTES]
    claims = [f.name for f in FORMATS if f.sniff(head)]
    assert claims == [
        f.name for f in FORMATS if (f.variant_of or f.name) == (fmt.variant_of or fmt.name)
    ]
    assert formats.sniff(head).name == (fmt.variant_of or fmt.name)


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f.variant_of is None], ids=lambda f: f.name)
def test_a_file_whose_suffix_does_not_tell_is_read_by_its_content(
    fmt: ExchangeFormat, glossary_file, tmp_path, capsys
):
    path = tmp_path / "from-the-translator.txt"
    path.write_text(export_text(sample_glossary(), fmt.name), encoding="utf-8")
    assert formats.read_batch(path).format == fmt.name
    digest = checksum(glossary_file)
    assert main(["import", str(path), "--glossary", str(glossary_file)]) == 0
    assert checksum(glossary_file) == digest


def test_sniffers_leave_other_text_alone():
    for head in (b"", b"x", b"term;translation\nNAVO;NATO\n", b"<html><body>msgid</body></html>"):
        assert formats.sniff(head) is None, head
    assert formats.sniff(b'\xef\xbb\xbfsource,target,context\n"a","b","c"\n').name == "csv"
    assert formats.sniff(b'<?xml version="1.0"?>\n<tbx type="TBX-Basic"/>\n').name == "tbx"
    assert formats.sniff(b'# translator comment\n#, fuzzy\nmsgid ""\nmsgstr ""\n').name == "po"


def test_unknown_suffix_and_content_is_an_error_listing_the_known_types(tmp_path):
    path = tmp_path / "terms.xlsx"
    path.write_bytes(b"PK\x03\x04\x00\x00binary")
    with pytest.raises(InputError) as err:
        formats.read_batch(path)
    assert str(err.value) == (
        f"{path}: unknown file type; expected .po, .pot, .tbx or .csv (or pass --input-format)"
    )


def test_unknown_format_name_lists_the_known_names():
    with pytest.raises(UnknownFormatError, match=r"'xlsx'; one of po, pot, tbx, tbx3, csv"):
        formats.get("xlsx")
    with pytest.raises(ValueError, match="unknown exchange format"):
        export_text(sample_glossary(), "xlsx")


def test_standard_input_needs_a_format_named_from_the_registry():
    with pytest.raises(InputError, match=r"needs --input-format po\|tbx\|csv"):
        formats.read_batch("-")


def test_cli_choices_come_from_the_registry():
    def choices(command: str, option: str) -> list[str]:
        sub = build_parser(command)._subparsers._group_actions[0].choices[command]
        action = next(a for a in sub._actions if option in a.option_strings)
        return list(action.choices)

    assert choices("export", "--format") == list(formats.export_names())
    assert choices("import", "--input-format") == list(formats.import_names())


def test_check_reads_a_catalog_by_content_and_refuses_a_termbase(glossary_file, tmp_path, capsys):
    catalog = tmp_path / "messages.txt"
    catalog.write_text(
        'msgid ""\nmsgstr ""\n"Language: en\\n"\n\nmsgid "De lastenverdeling."\n'
        'msgstr "The cost division."\n',
        encoding="utf-8",
    )
    assert main(["check", str(catalog), "--glossary", str(glossary_file)]) == 1
    assert f"{catalog}:6: 'lastenverdeling' not rendered" in capsys.readouterr().out
    termbase = tmp_path / "terms.tbx"
    termbase.write_text(export_text(sample_glossary(), "tbx"), encoding="utf-8")
    assert main(["check", str(termbase), "--glossary", str(glossary_file)]) == 2
    err = capsys.readouterr().err
    assert err.strip() == (
        f"glossary check: error: {termbase}: a TBX file is not a translated catalog; "
        "glossary check reads .po"
    )


def test_formats_not_used_load_no_parser_library():
    code = (
        "import sys\n"
        "from glossary.exchange import formats\n"
        "from glossary.exchange.export import export_text\n"
        "from glossary.model import Glossary\n"
        "formats.all_formats()\n"
        "export_text(Glossary(), 'csv')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('polib', 'defusedxml')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


TSV_MODULE = '''
"""Tab-separated Dutch and English, one entry a line (a format added by a test)."""

from glossary.exchange.common import ImportBatch, ImportedItem, decode_utf8
from glossary.exchange.formats import ExchangeFormat


def write(glossary, entries):
    return "".join(f"{e.id}\\t{e.lemma}\\t{e.english or ''}\\n" for e in entries)


def read(raw, path, languages):
    rows = decode_utf8(raw, path, "TSV").splitlines()
    items = [
        ImportedItem(n, lemma, english, True, entry_id)
        for n, (entry_id, lemma, english) in enumerate((r.split("\\t") for r in rows), 1)
    ]
    return ImportBatch(path=path, format="tsv", items=items)


FORMATS = (
    ExchangeFormat(
        name="tsv",
        label="TSV",
        description="tab-separated id, Dutch, English",
        suffixes=(".tsv",),
        write=write,
        read=read,
        sniff=lambda head: head.count(b"\\t") >= 2,
    ),
)
'''


@pytest.fixture
def tsv_registered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A format module written to a folder on ``sys.path`` and named in ``MODULES``."""
    (tmp_path / "tsv_exchange_format.py").write_text(textwrap.dedent(TSV_MODULE), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(formats, "MODULES", (*formats.MODULES, "tsv_exchange_format"))
    formats.all_formats.cache_clear()
    yield
    formats.all_formats.cache_clear()


def test_a_new_format_is_one_module_named_in_the_registry(tsv_registered, glossary_file, tmp_path):
    out = tmp_path / "terms.tsv"
    assert (
        main(["export", "--format", "tsv", "--glossary", str(glossary_file), "--out", str(out)])
        == 0
    )
    assert "lastenverdeling\tlastenverdeling\tburden sharing\n" in out.read_text(encoding="utf-8")
    out.write_text("dreiging\tdreiging\tmenace\n", encoding="utf-8")
    assert main(["import", str(out), "--glossary", str(glossary_file)]) == 0
    assert store.load(glossary_file).entries["dreiging"].english == "menace"
    assert formats.sniff(b"a\tb\tc\n").name == "tsv"
    unknown = tmp_path / "terms.xlsx"
    unknown.write_bytes(b"PK\x03\x04")
    with pytest.raises(InputError, match=r"expected \.po, \.pot, \.tbx, \.csv or \.tsv"):
        formats.read_batch(unknown)
