"""Package boundaries: ``glossary`` never imports Sphinx, ``sphinx_ext`` never imports spaCy."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _imported_roots(package: str) -> dict[str, set[str]]:
    """Top-level module names each file of ``package`` imports (statically, anywhere)."""
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module.split(".")[0])
        found[str(path.relative_to(ROOT))] = names
    return found


def test_glossary_never_imports_sphinx_or_docutils():
    offenders = {
        f: n & {"sphinx", "docutils", "sphinx_ext"} for f, n in _imported_roots("glossary").items()
    }
    assert not {f: n for f, n in offenders.items() if n}


def test_sphinx_ext_never_imports_spacy():
    offenders = {
        f: n & {"spacy", "thinc", "deep_translator"}
        for f, n in _imported_roots("sphinx_ext").items()
    }
    assert not {f: n for f, n in offenders.items() if n}


def test_importing_every_glossary_module_loads_no_sphinx():
    code = (
        "import importlib, pkgutil, sys, glossary\n"
        "for m in pkgutil.walk_packages(glossary.__path__, 'glossary.'):\n"
        "    if m.name.endswith('__main__'):\n"
        "        continue\n"
        "    importlib.import_module(m.name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sphinx', 'docutils')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip().splitlines()[-1] == "[]"
