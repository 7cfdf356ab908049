"""nato-glossary: a bilingual Dutch–English NATO glossary and translation-aid toolkit.

Importing the package is cheap: spaCy, Sphinx and deep-translator load only in the modules
that need them, so ``glossary lookup`` starts fast. The compiled extraction modules are used
only if they match their sources (:mod:`glossary.native`).
"""

from glossary.native import guard as _guard

__version__ = "0.1.0"

_guard()
