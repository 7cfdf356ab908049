"""One or more glossary files of any format as one glossary text, parsed once and cached.

:func:`load_combined` reads the files (:mod:`glossary.exchange.as_glossary`), merges them in
order (:mod:`glossary.exchange.merge`) and gives the merged glossary as canonical JSON text,
the language pair and the disagreements. A single project JSON is passed through as it is.
Anything else is converted once: the result is cached in the user cache dir
(``glossary.paths.cache_dir()``, ``$NATO_GLOSSARY_CACHE``) under ``glossaries/``, keyed by a
hash of the files' contents and names, the languages asked for and this package's version,
as the lookup index is; so a 50,000-entry TBX is parsed and inflected once, and each later
load reads the cached JSON. The cached text's own hash is checked on read, and an unusable
cache (corrupt, not writable) is ignored.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from glossary import __version__
from glossary.errors import InputError
from glossary.exchange.as_glossary import JSON, is_json, read_glossary_file
from glossary.exchange.common import PROJECT, Languages, read_bytes
from glossary.exchange.merge import merge_files

#: Bump when the cached data changes meaning; older cache files are then not used.
CACHE_FORMAT = 1
#: How many converted glossaries the cache keeps (most recently used first).
KEEP = 8
CACHE_FOLDER = "glossaries"


@dataclass(frozen=True)
class Combined:
    """The merged glossary of some files, as canonical JSON text, with what the load found."""

    text: str
    source_language: str
    target_language: str
    #: The format of each file, in order (``json``, ``tbx``, ``csv``, ``po``).
    formats: tuple[str, ...]
    #: One message per term on which two files disagreed (the first file's rendering kept).
    disagreements: tuple[str, ...] = ()
    #: Whether the text came from the cache.
    cached: bool = False


def load_combined(
    paths: Sequence[str | os.PathLike[str]],
    languages: Languages | None = None,
    cache: bool = True,
) -> Combined:
    """The glossary of ``paths`` merged in order (see the module docstring).

    ``languages``: the source and target language wanted, a side left ``None`` taken from
    the first file; later files must have the same pair. Bad input raises a one-line
    :class:`~glossary.errors.InputError` naming the file.
    """
    from glossary.store import jsonfile as store

    wanted = languages or Languages()
    raws = [read_bytes(p, "glossary") for p in paths]
    if len(paths) == 1 and is_json(paths[0], raws[0]):
        try:
            text = raws[0].decode("utf-8").removeprefix("\ufeff")
        except UnicodeDecodeError:
            store.load(paths[0])  # raises the store's one-line explanation
            raise
        if not text.strip():
            store.load(paths[0])
        return Combined(
            text,
            wanted.source or PROJECT.source or "",
            wanted.target or PROJECT.target or "",
            (JSON,),
        )
    key = _key(paths, raws, wanted)
    folder = _cache_folder() if cache else None
    found = _read_cache(folder, key) if folder else None
    if found is not None:
        return found
    combined = _convert(paths, wanted)
    if folder is not None:
        _write_cache(folder, key, combined)
    return combined


def _convert(paths: Sequence[str | os.PathLike[str]], wanted: Languages) -> Combined:
    from glossary.store import jsonfile as store

    files = []
    for path in paths:
        file = read_glossary_file(path, wanted)
        files.append(file)
        wanted = Languages(file.source_language, file.target_language)
    merged, disagreements = merge_files(files)
    return Combined(
        store.dumps(merged),
        files[0].source_language,
        files[0].target_language,
        tuple(f.format for f in files),
        tuple(d.message() for d in disagreements),
    )


def _key(paths: Sequence[str | os.PathLike[str]], raws: list[bytes], wanted: Languages) -> str:
    digest = hashlib.sha256()
    head = [CACHE_FORMAT, __version__, wanted.source or "", wanted.target or ""]
    digest.update(json.dumps(head).encode("utf-8"))
    for path, raw in zip(paths, raws, strict=True):
        digest.update(b"\0" + str(path).encode("utf-8", "surrogatepass") + b"\0")
        digest.update(hashlib.sha256(raw).digest())
    return digest.hexdigest()


def _cache_folder() -> Path | None:
    from glossary.paths import cache_dir

    try:
        folder = cache_dir() / CACHE_FOLDER
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder


def _read_cache(folder: Path, key: str) -> Combined | None:
    """The cached glossary of ``key``, or None when it is missing or does not check out."""
    try:
        meta = json.loads((folder / f"{key}.meta.json").read_text(encoding="utf-8"))
        text = (folder / f"{key}.json").read_text(encoding="utf-8")
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != meta["sha256"]:
            return None
        combined = Combined(
            text,
            str(meta["source_language"]),
            str(meta["target_language"]),
            tuple(str(f) for f in meta["formats"]),
            tuple(str(d) for d in meta["disagreements"]),
            cached=True,
        )
        os.utime(folder / f"{key}.meta.json")
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return combined


def _write_cache(folder: Path, key: str, combined: Combined) -> None:
    """Store ``combined`` (text first, then the metadata that makes it count), prune old ones."""
    from glossary.store.atomic import write_text

    meta = {
        "sha256": hashlib.sha256(combined.text.encode("utf-8")).hexdigest(),
        "source_language": combined.source_language,
        "target_language": combined.target_language,
        "formats": list(combined.formats),
        "disagreements": list(combined.disagreements),
    }
    try:
        write_text(folder / f"{key}.json", combined.text)
        write_text(folder / f"{key}.meta.json", json.dumps(meta, ensure_ascii=False))
        stamps = sorted(
            folder.glob("*.meta.json"), key=lambda p: p.stat().st_mtime_ns, reverse=True
        )
        for old in stamps[KEEP:]:
            old.unlink(missing_ok=True)
            old.with_name(old.name.removesuffix(".meta.json") + ".json").unlink(missing_ok=True)
    except (OSError, InputError):
        return
