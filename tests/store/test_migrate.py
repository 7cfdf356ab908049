"""Older glossary files keep working: a committed version-1 file is read, upgraded on the
next write, and valid against the current schema afterwards."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path

import jsonschema
import pytest

from glossary.cli import main
from glossary.model import SCHEMA_VERSION
from glossary.paths import DATA_DIR
from glossary.store import jsonfile as store
from glossary.store.migrate import can_migrate, migrate

V1 = Path(__file__).resolve().parent.parent / "data" / "glossary-v1.json"
SCHEMA = json.loads((DATA_DIR / "glossary.schema.json").read_text(encoding="utf-8"))


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    path = tmp_path / "glossary.json"
    shutil.copyfile(V1, path)
    return path


def test_the_fixture_is_a_version_1_file():
    data = json.loads(V1.read_text(encoding="utf-8"))
    assert data["schema_version"] == 1 and SCHEMA_VERSION == 2
    assert all("english_expansion" not in e for e in data["entries"])


def test_a_version_1_file_loads_with_every_field_kept():
    raw = json.loads(V1.read_text(encoding="utf-8"))
    glossary = store.load(V1)
    assert set(glossary.entries) == {e["id"] for e in raw["entries"]}
    for entry in raw["entries"]:
        upgraded = glossary.entries[entry["id"]].to_json()
        assert upgraded.pop("english_expansion") is None
        assert upgraded == entry
    assert [glossary.letters[k] for k in sorted(glossary.letters)] == raw["letters"]


def test_migration_is_pure_and_only_adds_the_new_field():
    raw = json.loads(V1.read_text(encoding="utf-8"))
    before = copy.deepcopy(raw)
    upgraded = migrate(raw, SCHEMA_VERSION)
    assert raw == before
    assert upgraded["schema_version"] == 2
    for old, new in zip(raw["entries"], upgraded["entries"], strict=True):
        assert new == {**old, "english_expansion": None}
    assert not can_migrate(SCHEMA_VERSION, SCHEMA_VERSION)
    assert not can_migrate(True, SCHEMA_VERSION) and not can_migrate("1", SCHEMA_VERSION)


def test_reading_commands_leave_the_old_file_alone(v1_copy, tmp_path, capsys):
    before = v1_copy.read_bytes()
    assert main(["lookup", "NAR", "--glossary", str(v1_copy), "--examples", "0"]) == 0
    assert "NAR → NAC" in capsys.readouterr().out
    out = tmp_path / "g.po"
    assert main(["export", "--format", "po", "--glossary", str(v1_copy), "--out", str(out)]) == 0
    assert main(["stats", "--glossary", str(v1_copy)]) == 0
    assert v1_copy.read_bytes() == before


def test_the_next_write_stores_the_current_version(v1_copy):
    assert (
        main(
            [
                "note",
                "lastenverdeling",
                "verdeling van de lasten",
                "--glossary",
                str(v1_copy),
                "--by",
                "anna",
            ]
        )
        == 0
    )
    data = json.loads(v1_copy.read_text(encoding="utf-8"))
    jsonschema.validate(data, SCHEMA)
    assert data["schema_version"] == SCHEMA_VERSION
    assert all(e["english_expansion"] is None for e in data["entries"])
    assert store.load(v1_copy).entries["lastenverdeling"].note == "verdeling van de lasten"


def test_a_newer_version_is_still_refused(tmp_path):
    path = tmp_path / "future.json"
    path.write_text('{"schema_version": 3, "entries": []}', encoding="utf-8")
    with pytest.raises(Exception, match="unknown schema_version 3"):
        store.load(path)
