"""Package boundaries: the layer order of ``glossary/`` (the data flow of docs/design.rst),
import-free package ``__init__`` files, a light ``glossary lookup``, ``glossary`` never
importing Sphinx and ``sphinx_ext`` never importing spaCy."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from tests.conftest import run_python

ROOT = Path(__file__).resolve().parent.parent

#: Shared by every stage; they import no other part of glossary/ (``files``, ``limits`` and
#: ``walk`` only each other and ``errors``): the data model, user errors, paths, text folding,
#: and the hardening of every input and output (reading within limits, walking folders once,
#: the output policy), and the compiled modules' names and whether their build runs
#: (``compiled``, ``native``).
BASE = {
    "model",
    "errors",
    "paths",
    "text",
    "files",
    "limits",
    "walk",
    "sanitize",
    "compiled",
    "native",
}
#: Dutch language knowledge (spelling, compounds, inflection, gender) and the word tables it
#: reads: plain Python, no spaCy, so translation and lookup may use it too.
DUTCH = {"nlp.dutch", "nlp.resources"}
#: What a build runs, in order: letters → Dutch pipeline → candidates (at scale) → English.
BUILD_STAGES = {"corpus", "nlp", "extract", "extract.scale", "translate"}

#: Each part of glossary/ and the other parts it may import (at the top of a file or inside a
#: function alike). A module belongs to the longest part its name starts with:
#: ``glossary.nlp.dutch.nouns`` to ``nlp.dutch``, ``glossary.nlp.load`` to ``nlp``.
ALLOWED: dict[str, set[str]] = {
    "model": set(),
    "errors": {"sanitize"},  # an error message shows what it quotes escaped
    "paths": {"errors"},
    "text": set(),
    "sanitize": set(),
    "compiled": set(),
    "native": {"compiled"},
    "limits": {"errors"},
    "files": {"errors", "limits"},
    "walk": {"errors", "limits", "files"},
    "store": BASE,
    "corpus": BASE,
    "nlp.resources": BASE,
    "nlp.dutch": BASE | {"nlp.resources"},
    "nlp": BASE | DUTCH | {"corpus", "store"},  # the pipeline, its components and training
    "extract": BASE | DUTCH | {"corpus", "nlp"},
    "extract.scale": BASE | DUTCH | {"corpus", "nlp", "extract"},
    "translate": BASE | DUTCH,
    "review": BASE | {"store"},
    "lookup": BASE | {"store", "nlp.dutch"},
    # a termbase's Dutch terms get their inflected forms (as_glossary)
    "exchange": BASE | DUTCH | {"store", "review", "lookup"},
    "build": BASE | DUTCH | BUILD_STAGES | {"store", "review"},
    "fetch": BASE | {"corpus"},  # downloads letters; checks them with the corpus's safe XML
    "commands": BASE
    | DUTCH
    | BUILD_STAGES
    | {"build", "store", "review", "lookup", "exchange", "fetch"},
    "cli": BASE,  # it imports the one command being run by name (importlib)
    "__main__": {"cli"},
}
#: The parts of glossary/ the Sphinx extension may use: it works from the stored glossary or
#: a termbase in an exchange format (read as a glossary), and English plurals of renderings.
SPHINX_EXT_ALLOWED = BASE | DUTCH | {"store", "lookup", "exchange"}

#: Package ``__init__`` files that import something, and why: ``glossary.build`` re-exports
#: the build's library call (``from glossary.build import build_glossary``, the API page);
#: ``glossary.extract`` still holds the in-process extraction (``extract_terms``) itself;
#: ``glossary`` makes stale compiled modules load from source before any of them can load.
INIT_IMPORTS = {
    "glossary/__init__.py": {"sys", "glossary.compiled"},
    "glossary/build/__init__.py": {"glossary.build.run"},
    "glossary/extract/__init__.py": {
        "collections.abc",
        "contextlib",
        "typing",
        "glossary.extract.analyze",
        "glossary.extract.chunks",
        "glossary.extract.heap",
        "glossary.extract.score",
        "glossary.extract.stats",
        "glossary.extract.tokens",
        "glossary.model",
        "glossary.nlp.resources",
    },
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, top_level_only: bool = False) -> Iterator[str]:
    """The absolute module names a file imports (``from __future__`` left out)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else ast.walk(tree)
    for node in nodes:
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module != "__future__":
            assert node.level == 0, f"{path}: relative import"
            yield str(node.module)


def _part(module: str) -> str:
    """The part of :data:`ALLOWED` a ``glossary.…`` module belongs to."""
    name = module.removeprefix("glossary.")
    while name and name not in ALLOWED:
        name = name.rpartition(".")[0]
    assert name, f"{module} belongs to no part of the layer table: add it to ALLOWED"
    return name


def _glossary_imports(package: str) -> Iterator[tuple[str, str]]:
    """(importing module, imported glossary module) for every file of ``package``; the bare
    ``glossary`` package (``__version__`` and the finder that runs :mod:`glossary.native`'s
    guard before a compiled module loads; :data:`INIT_IMPORTS` checks its imports) is left
    out."""
    for path in sorted((ROOT / package).rglob("*.py")):
        if _module_name(path) == "glossary":
            continue
        for imported in _imports(path):
            if imported.startswith("glossary."):
                yield _module_name(path), imported


def test_every_module_of_glossary_belongs_to_a_part() -> None:
    for path in sorted((ROOT / "glossary").rglob("*.py")):
        module = _module_name(path)
        if module != "glossary":
            _part(module)


def test_each_part_of_glossary_imports_only_the_parts_below_it() -> None:
    wrong = sorted(
        f"{module} ({_part(module)}) imports {imported} ({_part(imported)})"
        for module, imported in _glossary_imports("glossary")
        if _part(imported) != _part(module) and _part(imported) not in ALLOWED[_part(module)]
    )
    assert wrong == []


def test_the_layer_table_names_only_parts_that_exist() -> None:
    for part in {*ALLOWED, *(p for allowed in ALLOWED.values() for p in allowed)}:
        path = ROOT / "glossary" / part.replace(".", "/")
        assert path.is_dir() or path.with_suffix(".py").is_file(), part


def test_sphinx_ext_uses_only_the_stored_glossary_parts() -> None:
    wrong = sorted(
        f"{module} imports {imported}"
        for module, imported in _glossary_imports("sphinx_ext")
        if _part(imported) not in SPHINX_EXT_ALLOWED
    )
    assert wrong == []


def test_package_init_files_are_import_free() -> None:
    """Importing ``glossary.lookup.index`` must not load half the project on the way."""
    found = {
        str(path.relative_to(ROOT)): set(_imports(path, top_level_only=True))
        for path in sorted((ROOT / "glossary").rglob("__init__.py"))
    }
    assert {path: names for path, names in found.items() if names} == INIT_IMPORTS


def test_lookup_fast_path_imports_only_the_standard_library() -> None:
    """``glossary lookup``'s modules load no third-party library and no stage beyond the
    spelling rules it normalises queries with (the rest loads only to build an index)."""
    code = (
        "import sys\n"
        "before = set(sys.modules)\n"
        "import glossary.commands.lookup, glossary.lookup.index, glossary.lookup.search\n"
        "roots = {m.split('.')[0] for m in set(sys.modules) - before}\n"
        "print(sorted(m for m in sys.modules if m.startswith('glossary')))\n"
        "print(sorted(roots - set(sys.stdlib_module_names) - {'glossary'}))\n"
    )
    loaded, third_party = run_python(code).stdout.strip().splitlines()[-2:]
    assert loaded == str(
        [
            "glossary",
            "glossary.commands",
            "glossary.commands._common",
            "glossary.commands.lookup",
            "glossary.compiled",
            "glossary.lookup",
            "glossary.lookup.index",
            "glossary.lookup.search",
            "glossary.nlp",
            "glossary.nlp.dutch",
            "glossary.nlp.dutch.spelling",
            "glossary.paths",
            "glossary.text",
        ]
    )
    assert third_party == "[]"


def _imported_roots(package: str) -> dict[str, set[str]]:
    """Top-level module names each file of ``package`` imports (statically, anywhere)."""
    return {
        str(path.relative_to(ROOT)): {name.split(".")[0] for name in _imports(path)}
        for path in sorted((ROOT / package).rglob("*.py"))
    }


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
    assert run_python(code).stdout.strip().splitlines()[-1] == "[]"


def test_a_sphinx_build_with_a_dutch_termbase_loads_no_spacy(tmp_path):
    """The Dutch inflection of a termbase's terms uses the lemma tables, not the pipeline."""
    code = (
        "import sys\n"
        "from sphinx.cmd.build import build_main\n"
        f"src = {str(ROOT / 'tests' / 'roots' / 'test-gl-formats')!r}\n"
        f"code = build_main(['-q', '-E', '-b', 'html', src, {str(tmp_path / 'out')!r}])\n"
        "assert code == 0\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc')))\n"
    )
    out = run_python(code, NATO_GLOSSARY_CACHE=str(tmp_path / "cache"))
    assert out.stdout.strip().splitlines()[-1] == "[]"
    assert "bondgenoten" in (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
