"""Round trip of the real shipped glossary (``terms/glossary.json``) through every format."""

from __future__ import annotations

import shutil
import subprocess

import polib
import pytest
from conftest import ROOT, require_tool
from translate.storage import tbx as ttk_tbx

from glossary.cli import main
from glossary.store import jsonfile as store

from .helpers import checksum

SHIPPED = ROOT / "terms" / "glossary.json"

pytestmark = pytest.mark.skipif(not SHIPPED.is_file(), reason="terms/glossary.json not built yet")


@pytest.fixture
def shipped_copy(tmp_path):
    path = tmp_path / "glossary.json"
    shutil.copyfile(SHIPPED, path)
    return path


@pytest.mark.parametrize("fmt", ["po", "tbx", "csv"])
def test_shipped_glossary_round_trips_unchanged(fmt, shipped_copy, tmp_path):
    out = tmp_path / f"glossary.{fmt}"
    assert (
        main(["export", "--format", fmt, "--glossary", str(shipped_copy), "--out", str(out)]) == 0
    )
    digest = checksum(shipped_copy)
    assert main(["import", str(out), "--glossary", str(shipped_copy)]) == 0
    assert checksum(shipped_copy) == digest


def test_shipped_po_passes_msgfmt_and_tbx_reads(shipped_copy, tmp_path):
    glossary = store.load(shipped_copy)
    po_path, tbx_path = tmp_path / "g.po", tmp_path / "g.tbx"
    main(["export", "--format", "po", "--glossary", str(shipped_copy), "--out", str(po_path)])
    main(["export", "--format", "tbx", "--glossary", str(shipped_copy), "--out", str(tbx_path)])
    done = subprocess.run(
        [require_tool("msgfmt"), "--check", "--check-format", "-o", "/dev/null", str(po_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert len(polib.pofile(str(po_path))) == len(glossary)
    assert len(ttk_tbx.tbxfile.parsestring(tbx_path.read_bytes()).units) == len(glossary)
