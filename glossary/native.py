"""The term-extraction modules compiled with mypyc, and the fall-back to their sources.

``make install`` compiles :data:`~glossary.compiled.COMPILED` (``scripts/compile.py``) into
extension modules beside the sources; Python then imports those instead of the ``.py`` files,
and the analysis runs about a third faster with identical output. A build older than any of
its sources (an edit, a checkout) would run old code, so then, and when
``GLOSSARY_PURE_PYTHON`` is set, every compiled module loads from its source instead
(:func:`guard`, run by ``glossary`` before the first of them is imported). Without a build
nothing changes: the sources are the product.
"""

from __future__ import annotations

import os
import sys
from _imp import extension_suffixes  # built in: importlib.machinery costs a cold start 1 ms

from glossary.compiled import COMPILED

# ``typing.TYPE_CHECKING`` without importing ``typing`` (this runs before any extraction).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from importlib.machinery import ModuleSpec
    from types import ModuleType

#: mypyc's group name: the shared library is ``glossary/_native__mypyc<suffix>``.
GROUP = "glossary._native"
PURE_ENV = "GLOSSARY_PURE_PYTHON"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def source_path(module: str, root: str = ROOT) -> str:
    """The ``.py`` file of ``module`` under the project ``root``."""
    return os.path.join(root, *module.split(".")) + ".py"


def library_path(root: str = ROOT) -> str:
    """The shared library a build writes (whether or not it exists)."""
    return os.path.join(root, *GROUP.split(".")) + "__mypyc" + extension_suffixes()[0]


def _mtime(path: str) -> float | None:
    try:
        return os.stat(path).st_mtime
    except OSError:
        return None


def pure_reason(
    environ: Mapping[str, str] = os.environ,
    root: str = ROOT,
    modules: Sequence[str] = COMPILED,
) -> str | None:
    """Why the compiled build must not run (``None``: it may, or there is none to run)."""
    built = _mtime(library_path(root))
    if built is None:
        return None
    if environ.get(PURE_ENV):
        return f"{PURE_ENV} is set"
    for module in modules:
        changed = _mtime(source_path(module, root))
        if changed is not None and changed > built:
            return f"{source_path(module, root)} is newer than the compiled build"
    return None


class SourceFinder:
    """A meta-path finder that imports the compiled modules from their ``.py`` sources."""

    def __init__(self, root: str = ROOT, modules: Sequence[str] = COMPILED) -> None:
        self.root = root
        self.modules = frozenset(modules)

    def find_spec(
        self, name: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if name not in self.modules:
            return None
        from importlib.util import spec_from_file_location

        return spec_from_file_location(name, source_path(name, self.root))


def guard() -> SourceFinder | None:
    """Load the compiled modules from source when :func:`pure_reason` says so; the finder that
    does it (installed once, first on ``sys.meta_path``), else ``None``."""
    if pure_reason() is None:
        return None
    for finder in sys.meta_path:
        if isinstance(finder, SourceFinder):
            return finder
    finder = SourceFinder()
    sys.meta_path.insert(0, finder)
    return finder


def status() -> str:
    """``compiled (mypyc)`` or ``pure Python`` with why, for benchmarks and bug reports."""
    from importlib.util import find_spec

    spec = find_spec(COMPILED[0])
    if spec is None or (spec.origin or "").endswith(".py"):
        reason = pure_reason() or "no compiled build (run `make install`)"
        return f"pure Python ({reason})"
    return "compiled (mypyc)"
