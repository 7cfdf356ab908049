"""The shipped pipeline loads with plain ``spacy.load`` (custom factories via entry points)."""

from __future__ import annotations

import json
import subprocess
import sys

from glossary.nlp.load import load_pipeline, model_version
from glossary.paths import MODEL_DIR

LOAD_AND_TAG = """
import json, sys, spacy
nlp = spacy.load(sys.argv[1])
doc = nlp("De NAVO-toppen bespraken de defensie-uitgaven.")
print(json.dumps({"pipes": nlp.pipe_names, "lemmas": [t.lemma_ for t in doc],
                  "imported": sorted(m for m in sys.modules if m.startswith("glossary"))}))
"""


def test_spacy_load_in_fresh_process_finds_factories(tmp_path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", LOAD_AND_TAG, str(MODEL_DIR)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    answer = json.loads(result.stdout)
    assert "nato_lemmatizer" in answer["pipes"]
    assert "glossary.nlp.components.lemmatizer" in answer["imported"]
    assert answer["lemmas"][1] == "NAVO-top"
    assert answer["lemmas"][4] == "defensie-uitgave"


def test_load_pipeline_is_cached_and_complete() -> None:
    nlp = load_pipeline()
    assert load_pipeline() is nlp
    assert {"tok2vec", "morphologizer", "nato_lemmatizer"} <= set(nlp.pipe_names)
    doc = nlp("Dit is een zin. Dit is er nog een.")
    assert doc.has_annotation("SENT_START")
    assert doc.has_annotation("POS")
    assert model_version().startswith("nl_nato_pipeline-")


def test_model_is_shipped_with_licence() -> None:
    licence = (MODEL_DIR.parent / "LICENSE-MODEL.md").read_text(encoding="utf-8")
    assert "CC BY-SA 4.0" in licence
    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    assert meta["license"] == "CC BY-SA 4.0"
    size = sum(f.stat().st_size for f in MODEL_DIR.rglob("*") if f.is_file())
    assert size < 20_000_000
