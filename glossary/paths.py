"""Where things live: the shipped data (letters, term base, glossary, model) and the caches.

In a source checkout the shipped data is the repository's ``terms/``; in an installed wheel it
is the copy under ``glossary/data/terms`` (see ``pyproject.toml``). Nothing here reads
``../shared``.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
MODEL_DIR = DATA_DIR / "model" / "nl_nato_pipeline"
#: Noun genders from the UD treebanks (``python -m glossary.nlp.training.genders``).
GENDER_TABLE = DATA_DIR / "model" / "noun_gender.tsv"
GLOSSARY_ENV = "NATO_GLOSSARY"
CACHE_ENV = "NATO_GLOSSARY_CACHE"


def shipped_terms_dir() -> Path:
    """The shipped ``terms/`` folder: the checkout's when running from source, else the wheel's."""
    checkout = PACKAGE_DIR.parent / "terms"
    if (checkout / "termbase.tsv").is_file() or (checkout / "letters").is_dir():
        return checkout
    return DATA_DIR / "terms"


def shipped_glossary() -> Path:
    return shipped_terms_dir() / "glossary.json"


def shipped_termbase() -> Path:
    return shipped_terms_dir() / "termbase.tsv"


def shipped_letters() -> Path:
    return shipped_terms_dir() / "letters"


def default_glossary_for_reading(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--glossary``, else ``$NATO_GLOSSARY``, else ``./terms/glossary.json``, else shipped."""
    if explicit:
        return Path(explicit)
    env = os.environ.get(GLOSSARY_ENV)
    if env:
        return Path(env)
    local = Path("terms") / "glossary.json"
    if local.is_file():
        return local
    return shipped_glossary()


def default_glossary_for_writing(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Writers never fall back to the shipped, read-only copy."""
    if explicit:
        return Path(explicit)
    env = os.environ.get(GLOSSARY_ENV)
    if env:
        return Path(env)
    return Path("terms") / "glossary.json"


def cache_dir() -> Path:
    """User cache dir (``platformdirs``), or ``$NATO_GLOSSARY_CACHE``; created on use."""
    env = os.environ.get(CACHE_ENV)
    if env:
        path = Path(env)
    else:
        from platformdirs import user_cache_dir

        path = Path(user_cache_dir("nato-glossary"))
    path.mkdir(parents=True, exist_ok=True)
    return path
