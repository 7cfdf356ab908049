"""Where things live: the shipped data (letters, term base, glossary, model) and the caches.

In a source checkout the shipped data is the repository's ``terms/``; in an installed wheel it
is the copy under ``glossary/data/terms`` (see ``pyproject.toml``). Nothing here reads
``../shared``. Importing this module loads nothing but ``os``: the ``Path`` constants below are
made on first use, and :func:`glossary_to_read` finds the glossary to read as a string
(``pathlib`` costs a warm ``glossary lookup`` several milliseconds).
"""

from __future__ import annotations

import os
import sys

# ``typing.TYPE_CHECKING`` without importing ``typing`` (2 ms of a ``glossary lookup``).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

GLOSSARY_ENV = "NATO_GLOSSARY"
CACHE_ENV = "NATO_GLOSSARY_CACHE"
APP_NAME = "nato-glossary"
_LAZY = frozenset({"PACKAGE_DIR", "DATA_DIR", "MODEL_DIR", "GENDER_TABLE", "FIRST_NAMES"})


def __getattr__(name: str) -> Path:
    """``PACKAGE_DIR``, ``DATA_DIR``, ``MODEL_DIR`` (the shipped pipeline), ``GENDER_TABLE``
    (noun genders from the UD treebanks, ``python -m glossary.nlp.training.genders``) and
    ``FIRST_NAMES`` (given names, ``scripts/first_names.py``)."""
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from pathlib import Path

    package = Path(_package_dir())
    found = {
        "PACKAGE_DIR": package,
        "DATA_DIR": package / "data",
        "MODEL_DIR": package / "data" / "model" / "nl_nato_pipeline",
        "GENDER_TABLE": package / "data" / "model" / "noun_gender.tsv",
        "FIRST_NAMES": package / "data" / "first_names.txt",
    }
    globals().update(found)
    return found[name]


def _package_dir() -> str:
    """This package's folder, symlinks resolved (``Path(__file__).resolve().parent``)."""
    return os.path.dirname(os.path.realpath(__file__))


def _shipped_terms_folder() -> str:
    """:func:`shipped_terms_dir` as a string, for callers that avoid ``pathlib``."""
    package = _package_dir()
    checkout = os.path.join(os.path.dirname(package), "terms")
    if os.path.isfile(os.path.join(checkout, "termbase.tsv")) or os.path.isdir(
        os.path.join(checkout, "letters")
    ):
        return checkout
    return os.path.join(package, "data", "terms")


def shipped_terms_dir() -> Path:
    """The shipped ``terms/`` folder: the checkout's when running from source, else the wheel's."""
    from pathlib import Path

    return Path(_shipped_terms_folder())


def shipped_glossary() -> Path:
    return shipped_terms_dir() / "glossary.json"


def shipped_termbase() -> Path:
    return shipped_terms_dir() / "termbase.tsv"


def shipped_letters() -> Path:
    return shipped_terms_dir() / "letters"


def default_glossary_for_reading(
    explicit: str | os.PathLike[str] | None = None, base: str | os.PathLike[str] | None = None
) -> Path:
    """``--glossary``, else ``$NATO_GLOSSARY``, else ``./terms/glossary.json``, else shipped.

    ``explicit`` and ``./terms`` are relative to ``base`` (default: the working directory; the
    Sphinx extension passes the folder of ``conf.py``).
    """
    from pathlib import Path

    return Path(glossary_to_read(explicit, base))


def glossary_to_read(
    explicit: str | os.PathLike[str] | None = None, base: str | os.PathLike[str] | None = None
) -> str:
    """:func:`default_glossary_for_reading` as the string that ``Path`` shows, found without
    importing ``pathlib`` (a tenth of a warm ``glossary lookup``)."""
    folder = os.fspath(base) if base is not None else ""
    if explicit:
        return _as_path_shows(folder, os.fspath(explicit))
    env = os.environ.get(GLOSSARY_ENV)
    if env:
        return _as_path_shows(env)
    local = _as_path_shows(folder, "terms", "glossary.json")
    if os.path.isfile(local):
        return local
    return os.path.join(_shipped_terms_folder(), "glossary.json")


def _as_path_shows(*parts: str) -> str:
    """``str(Path(*parts))``; on POSIX without importing ``pathlib``: the last absolute part
    starts the path, empty and ``.`` names are dropped, a leading ``//`` is kept as it is."""
    if os.name == "nt":
        from pathlib import Path

        return str(Path(*parts))
    start = max((i for i, part in enumerate(parts) if part.startswith("/")), default=0)
    first = parts[start] if parts else ""
    slashes = len(first) - len(first.lstrip("/"))
    root = "//" if slashes == 2 else "/" if slashes else ""
    names = [name for part in parts[start:] for name in part.split("/") if name not in ("", ".")]
    return root + "/".join(names) or "."


def default_glossary_for_writing(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Writers never fall back to the shipped, read-only copy."""
    from pathlib import Path

    if explicit:
        return Path(explicit)
    env = os.environ.get(GLOSSARY_ENV)
    if env:
        return Path(env)
    return Path("terms") / "glossary.json"


def cache_dir() -> Path:
    """User cache dir (``platformdirs``), or ``$NATO_GLOSSARY_CACHE``; created on use. One that
    cannot be created (a file of that name, no permission) is an InputError naming it."""
    from pathlib import Path

    env = os.environ.get(CACHE_ENV)
    if env:
        path = Path(env)
    else:
        from platformdirs import user_cache_dir

        path = Path(user_cache_dir(APP_NAME))
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        from glossary.errors import InputError

        what = f"${CACHE_ENV}" if env else "the user cache folder"
        reason = "it is a file, not a folder" if path.exists() else exc.strerror or str(exc)
        raise InputError(
            f"cannot use {what} as the cache folder: {reason}; point {CACHE_ENV} at a folder "
            "you can write (or run with --no-cache)",
            str(path),
        ) from None
    return path


def cache_dir_guess() -> str | None:
    """Where :func:`cache_dir` is, without importing ``platformdirs`` or creating anything:
    ``$NATO_GLOSSARY_CACHE``, else the XDG cache dir on Linux, else None.

    Only for readers that check what they find (the lookup index); writers use
    :func:`cache_dir`.
    """
    env = os.environ.get(CACHE_ENV)
    if env:
        return env
    if not sys.platform.startswith("linux"):
        return None
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    if not base or not os.path.isabs(base):
        base = os.path.expanduser("~/.cache")
    return os.path.join(base, APP_NAME)
