"""What a per-document analysis depends on, as one short hash.

A cached partial (:mod:`glossary.extract.scale.cache`) may be reused only if analysing the document
again would give the same statistics, and a Dask worker may only contribute if it runs the same
analysis as the client. Both compare this fingerprint. It covers ``EXTRACTOR_VERSION``, the shipped
pipeline's files (so a retrained model with the same version string still counts as new), the source
of the modules that read, clean and analyse letters (so a code change that forgot to bump the
version cannot serve stale statistics), the versions of spaCy, spacy-lookups-data and wordfreq (the
frequency and lemma resources), the seed terms, the chunk size and the byte format of stored
partials.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from glossary.paths import GENDER_TABLE, MODEL_DIR, PACKAGE_DIR

#: Modules and folders whose source decides what a document's partial statistics are.
ANALYSIS_SOURCES = (
    "corpus",
    "nlp/components",
    "nlp/dutch",
    "nlp/load.py",
    "nlp/resources.py",
    "extract",
    "model.py",
)
RESOURCE_PACKAGES = ("spacy", "spacy-lookups-data", "wordfreq")


def _hash_files(files: list[Path], root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(b"\0")
        with path.open("rb") as stream:
            for block in iter(lambda: stream.read(1 << 20), b""):
                digest.update(block)
        digest.update(b"\0")
    return digest.hexdigest()


@lru_cache(maxsize=4)
def model_fingerprint(model_dir: Path = MODEL_DIR) -> str:
    """Hash of every file of the shipped pipeline, and of the noun gender table beside it."""
    files = [p for p in model_dir.rglob("*") if p.is_file()]
    if GENDER_TABLE.is_file() and GENDER_TABLE.parent == model_dir.parent:
        files.append(GENDER_TABLE)
    return _hash_files(files, model_dir.parent)


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of the source of the analysis modules (see :data:`ANALYSIS_SOURCES`)."""
    files: list[Path] = []
    for name in ANALYSIS_SOURCES:
        path = PACKAGE_DIR / name
        files.extend(path.rglob("*.py") if path.is_dir() else [path])
    return _hash_files([p for p in files if p.is_file()], PACKAGE_DIR)


@lru_cache(maxsize=1)
def resources_version() -> str:
    """Installed versions of the packages that provide frequencies, lemma tables and spaCy."""
    versions = []
    for name in RESOURCE_PACKAGES:
        try:
            versions.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name}=absent")
    return ";".join(versions)


def analysis_fingerprint(
    seeds: tuple[str, ...], seed_source: str, language: str, chunk_chars: int
) -> str:
    """One hash of everything a per-document partial depends on besides the document."""
    from glossary.extract import EXTRACTOR_VERSION
    from glossary.extract.scale.codec import FORMAT

    parts = [
        f"extractor={EXTRACTOR_VERSION}",
        f"format={FORMAT}",
        f"model={model_fingerprint()}",
        f"code={code_fingerprint()}",
        f"resources={resources_version()}",
        f"language={language}",
        f"chunk={chunk_chars}",
        f"seed_source={seed_source}",
        "seeds=",
        *seeds,
    ]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:32]
