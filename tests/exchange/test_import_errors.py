"""Bad exchange files: one-line error naming file and line, exit 2, glossary untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from glossary.cli import main

from .helpers import checksum

PO_HEADER = (
    'msgid ""\nmsgstr ""\n"Language: {lang}\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
)

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE martif [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<martif type="TBX-Basic"><text><body><termEntry id="x"><langSet xml:lang="en">
<tig><term>&lol3;</term></tig></langSet></termEntry></body></text></martif>
"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE martif [
  <!ENTITY secret SYSTEM "file:///etc/passwd">
]>
<martif type="TBX-Basic"><text><body><termEntry id="navo"><langSet xml:lang="en">
<tig><term>&secret;</term></tig></langSet></termEntry></body></text></martif>
"""

PARAMETER_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE martif [
  <!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd">
  %remote;
]>
<martif type="TBX-Basic"/>
"""

TBX_GERMAN = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="nl">
  <text>
    <body>
      <termEntry id="navo">
        <langSet xml:lang="nl"><tig><term>NAVO</term></tig></langSet>
        <langSet xml:lang="de"><tig><term>NATO</term></tig></langSet>
      </termEntry>
    </body>
  </text>
</martif>
"""

CASES = {
    "po-syntax": (
        "bad.po",
        PO_HEADER.format(lang="en")
        + 'msgctxt "navo"\nmsgid "NAVO"\nmsgstr "NATO"\nthis is not PO\n',
        "malformed PO",
        9,
    ),
    "po-quote": (
        "quote.po",
        PO_HEADER.format(lang="en") + 'msgid "NAVO"\nmsgstr "NA"TO"\n',
        "unescaped double quote",
        7,
    ),
    "po-language": (
        "de.po",
        PO_HEADER.format(lang="de") + 'msgctxt "navo"\nmsgid "NAVO"\nmsgstr "NATO"\n',
        "wrong language",
        3,
    ),
    "po-empty": ("empty.po", "", "empty PO file", None),
    "po-header-only": ("header.po", PO_HEADER.format(lang="en"), "no messages", None),
    "po-encoding": ("latin.po", None, "not valid utf-8", 7),
    "tbx-billion-laughs": ("laughs.tbx", BILLION_LAUGHS, "refused unsafe XML", 3),
    "tbx-external-entity": ("xxe.tbx", EXTERNAL_ENTITY, "refused unsafe XML", 3),
    "tbx-parameter-entity": ("pe.tbx", PARAMETER_ENTITY, "refused unsafe XML", 3),
    "tbx-language": ("de.tbx", TBX_GERMAN, "wrong language", 7),
    "tbx-malformed": (
        "broken.tbx",
        '<?xml version="1.0"?>\n<martif>\n<text>\n</martif>\n',
        "malformed TBX",
        4,
    ),
    "tbx-v3-no-namespace": (
        "v3.tbx",
        '<?xml version="1.0"?>\n<tbx type="TBX-Basic"/>\n',
        "not in the TBX namespace urn:iso:std:iso:30042:ed-2",
        2,
    ),
    "tbx-not-tbx": (
        "other.tbx",
        '<?xml version="1.0"?>\n<glossary/>\n',
        "expected <martif> (TBX v2) or <tbx> (TBX v3)",
        2,
    ),
    "tbx-empty": ("empty.tbx", "  \n", "empty TBX file", None),
    "csv-columns": ("cols.csv", "term,translation\nNAVO,NATO\n", "lacks the column", 1),
    "csv-fuzzy": (
        "fuzzy.csv",
        "source,target,context,fuzzy\nNAVO,NATO,navo,perhaps\n",
        "fuzzy column",
        2,
    ),
    "csv-quote": ("quote.csv", 'source,target\nNAVO,"NATO\n', "malformed CSV", None),
    "csv-empty": ("empty.csv", "", "empty CSV file", None),
    "unknown-suffix": ("terms.xlsx", "x", "unknown file type", None),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_file_is_one_line_error_exit_2_glossary_untouched(
    case, glossary_file, tmp_path, capsys
):
    name, text, message, line = CASES[case]
    path = tmp_path / name
    if text is None:
        raw = (PO_HEADER.format(lang="en") + 'msgid "NAVO"\nmsgstr "NATO ').encode()
        path.write_bytes(raw + '\u00e9"\n'.encode("latin-1"))
    else:
        path.write_text(text, encoding="utf-8")
    digest = checksum(glossary_file)
    code = main(["import", str(path), "--glossary", str(glossary_file)])
    err = capsys.readouterr().err
    assert code == 2
    assert checksum(glossary_file) == digest
    assert len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err
    where = f"{path}:{line}:" if line else f"{path}:"
    assert where in err, err
    assert message.lower() in err.lower(), err


def test_missing_file(glossary_file, tmp_path, capsys):
    digest = checksum(glossary_file)
    assert main(["import", str(tmp_path / "nope.po"), "--glossary", str(glossary_file)]) == 2
    assert "not found" in capsys.readouterr().err
    assert checksum(glossary_file) == digest


def test_hostile_xml_is_not_expanded_in_memory(glossary_file, tmp_path):
    """Ten more levels of laughs would be 10^13 bytes: refusing must be immediate."""
    levels = "\n".join(f'  <!ENTITY l{i} "' + f"&l{i - 1};" * 10 + '">' for i in range(1, 14))
    text = (
        f'<?xml version="1.0"?>\n<!DOCTYPE martif [\n  <!ENTITY l0 "lol">\n{levels}\n]>\n'
        '<martif><text><body><termEntry><langSet xml:lang="en"><tig><term>&l13;</term>'
        "</tig></langSet></termEntry></body></text></martif>\n"
    )
    path = tmp_path / "bomb.tbx"
    path.write_text(text, encoding="utf-8")
    assert main(["import", str(path), "--glossary", str(glossary_file)]) == 2


def test_import_into_missing_glossary_is_an_error(tmp_path, capsys):
    po = tmp_path / "x.po"
    po.write_text(
        PO_HEADER.format(lang="en") + 'msgctxt "navo"\nmsgid "NAVO"\nmsgstr "NATO"\n',
        encoding="utf-8",
    )
    assert main(["import", str(po), "--glossary", str(tmp_path / "none.json")]) == 2
    assert not Path(tmp_path / "none.json").exists()
    assert "glossary file not found" in capsys.readouterr().err
