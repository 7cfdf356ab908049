"""On-disk cache of per-document partial statistics, so a rebuild analyses only what changed.

One SQLite file, ``docstats.sqlite3``, in the user cache dir (``glossary.paths.cache_dir()``,
``$NATO_GLOSSARY_CACHE``; ``--cache-dir`` chooses another folder). The user cache dir rather than a
file next to the glossary because the same letters feed several glossaries and ``glossary extract``
writes no glossary at all, and because the DESIGN contract puts every cache there. A row is keyed by
the SHA-256 of the document's bytes, its letter id and file name (both appear in the statistics and
metadata) and the analysis fingerprint
(:func:`glossary.extract.scale.fingerprint.analysis_fingerprint`: extractor version, model files,
analysis code, resource versions, seeds, chunk size), so a hit is exactly what analysing again would
give. The row holds the letter's metadata and its partial in :mod:`glossary.extract.scale.codec`
form. Only the process that runs the build writes (WAL mode, a busy time-out for concurrent builds);
failed documents are never stored. Deleting the file is always safe.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from glossary.errors import InputError

CACHE_FILE = "docstats.sqlite3"
SCHEMA = 1


@dataclass(frozen=True)
class CachedDoc:
    """A cache hit: the letter's metadata, its encoded partial and its running words."""

    meta: dict[str, Any]
    payload: bytes
    words: int


def content_hash(data: bytes) -> str:
    """SHA-256 of a document's bytes (hex)."""
    return hashlib.sha256(data).hexdigest()


def document_key(fingerprint: str, digest: str, letter_id: str, name: str) -> str:
    """The cache key of one document under one analysis fingerprint."""
    raw = "\0".join((f"schema={SCHEMA}", fingerprint, digest, letter_id, name))
    # A file name that is not valid UTF-8 keeps its bytes (surrogateescape), so it hashes.
    return hashlib.sha256(raw.encode("utf-8", "surrogateescape")).hexdigest()


def default_path(directory: str | Path | None = None) -> Path:
    """``DIR/docstats.sqlite3``; ``DIR`` defaults to the user cache dir."""
    if directory is None:
        from glossary.paths import cache_dir

        return cache_dir() / CACHE_FILE
    return Path(directory) / CACHE_FILE


class DocCache:
    """The per-document statistics cache (one SQLite file; use as a context manager)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(self.path), timeout=30)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS document (key TEXT PRIMARY KEY, meta TEXT NOT NULL, "
                "payload BLOB NOT NULL, words INTEGER NOT NULL, stored REAL NOT NULL)"
            )
            self._db.commit()
        except (sqlite3.DatabaseError, OSError) as exc:
            raise InputError(
                f"per-document cache unusable ({exc}); delete it or run with --no-cache",
                str(self.path),
            ) from None

    def get(self, key: str) -> CachedDoc | None:
        """The cached document for ``key``, or ``None``."""
        try:
            row = self._db.execute(
                "SELECT meta, payload, words FROM document WHERE key=?", (key,)
            ).fetchone()
            if row is None:
                return None
            meta = json.loads(row[0])
            return CachedDoc(meta=meta, payload=bytes(row[1]), words=int(row[2]))
        except (sqlite3.DatabaseError, UnicodeDecodeError, ValueError, TypeError):
            # A damaged row (bad bytes, not JSON, not a number) is a miss, analysed again.
            self.forget(key)
            return None

    def put_many(self, rows: Iterable[tuple[str, dict[str, Any], bytes, int]]) -> int:
        """Store ``(key, meta, payload, words)`` rows in one transaction; returns how many."""
        now = time.time()
        data = [
            (key, json.dumps(meta, ensure_ascii=False, sort_keys=True), payload, words, now)
            for key, meta, payload, words in rows
        ]
        if data:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO document VALUES (?, ?, ?, ?, ?)", data)
        return len(data)

    def forget(self, key: str) -> None:
        """Drop one row (a damaged payload)."""
        with contextlib.suppress(sqlite3.DatabaseError), self._db:
            self._db.execute("DELETE FROM document WHERE key=?", (key,))

    def __len__(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM document").fetchone()[0])

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> DocCache:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
