"""The built wheel carries the pipeline: install it in a clean venv and tag a sentence.

Runs from a temporary directory so neither the checkout nor ``../shared`` is importable.
"""

from __future__ import annotations

import json
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]

TAG_SENTENCE = """
import json, glossary, spacy
from glossary.nlp.load import load_pipeline
from glossary.paths import MODEL_DIR
nlp = load_pipeline()
doc = nlp("De NAVO-toppen bespraken o.a. de defensie-uitgaven. Daarna volgde de rest.")
plain = spacy.load(MODEL_DIR)
print(json.dumps({
    "package": glossary.__file__,
    "model": str(MODEL_DIR),
    "tokens": [t.text for t in doc],
    "pos": [t.pos_ for t in doc],
    "lemmas": [t.lemma_ for t in doc],
    "sentences": len(list(doc.sents)),
    "plain_pipes": plain.pipe_names,
}))
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        text=True,
    )
    (built,) = out.glob("nato_glossary-*.whl")
    return built


def test_wheel_contains_model_letters_and_licence(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    model = "glossary/data/model/nl_nato_pipeline/"
    assert {model + "meta.json", model + "config.cfg", model + "tokenizer"} <= names
    assert any(n.startswith(model + "nato_lemmatizer/") for n in names)
    assert "glossary/data/model/LICENSE-MODEL.md" in names
    assert "glossary/data/model/noun_gender.tsv" in names
    assert any(n.startswith("glossary/data/terms/letters/") for n in names)
    assert not any("training/corpus" in n for n in names)


def test_installed_wheel_loads_and_tags(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", str(wheel)],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    result = subprocess.run(
        [str(python), "-I", "-c", TAG_SENTENCE],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    assert answer["package"].startswith(str(env_dir))
    assert answer["model"].startswith(str(env_dir))
    assert answer["tokens"][:4] == ["De", "NAVO-toppen", "bespraken", "o.a."]
    assert answer["lemmas"][1] == "NAVO-top"
    assert answer["pos"][1] == "NOUN"
    assert answer["sentences"] == 2
    assert "nato_lemmatizer" in answer["plain_pipes"]
