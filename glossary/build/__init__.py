"""Building the glossary. :func:`build_glossary` is ``glossary build`` as one call
(:mod:`glossary.build.run`): letters → ranked candidates → resolver chain → merged into the
glossary file under its lock; the merge rules themselves are pure (:mod:`glossary.build.merge`).
"""

from glossary.build.run import BuildOptions, BuildOutcome, build_glossary

__all__ = ["BuildOptions", "BuildOutcome", "build_glossary"]
