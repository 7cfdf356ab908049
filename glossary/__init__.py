"""nato-glossary: a bilingual Dutch–English NATO glossary and translation-aid toolkit.

Importing the package is cheap: spaCy, Sphinx and deep-translator load only in the modules
that need them, so ``glossary lookup`` starts fast. The compiled extraction modules are used
only if they match their sources (:mod:`glossary.native`), checked before the first of them
loads: a command that needs none of them never pays for the check.
"""

import sys as _sys

from glossary.compiled import COMPILED as _COMPILED

# ``typing.TYPE_CHECKING`` without importing ``typing`` (``glossary lookup`` does without it).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from importlib.machinery import ModuleSpec
    from types import ModuleType

__version__ = "0.1.0"


class _BeforeCompiled:
    """A meta-path finder that runs :func:`glossary.native.guard` at the first import of a
    compiled module, then leaves; it finds nothing itself unless the guard sends that import
    to the module's source."""

    names = frozenset(_COMPILED)

    def find_spec(
        self, name: str, path: "Sequence[str] | None" = None, target: "ModuleType | None" = None
    ) -> "ModuleSpec | None":
        if name not in self.names:
            return None
        _sys.meta_path.remove(self)
        from glossary.native import guard

        finder = guard()
        return None if finder is None else finder.find_spec(name, path, target)


_sys.meta_path.insert(0, _BeforeCompiled())
