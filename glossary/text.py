"""Text keys shared by every layer: case- and accent-folding, and the build clock.

Kept free of heavy imports (``unicodedata`` and ``os``), so a warm ``glossary lookup`` can use
it without loading the data model.
"""

from __future__ import annotations

import os
import unicodedata

#: Set to a Unix time to pin every timestamp the tool writes (reproducible builds).
EPOCH_ENV = "SOURCE_DATE_EPOCH"


def fold(text: str) -> str:
    """Case- and accent-insensitive key for comparing terms (``Oekraïne`` ≈ ``oekraine``)."""
    if text.isascii():
        return text.lower()
    norm = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in norm if not unicodedata.combining(ch)).replace("’", "'")


def now_utc() -> str:
    """The current time as UTC ISO 8601 with seconds (``2025-06-01T09:30:00Z``), or the time
    ``$SOURCE_DATE_EPOCH`` pins."""
    from datetime import UTC, datetime

    epoch = os.environ.get(EPOCH_ENV)
    moment = (
        datetime.fromtimestamp(int(epoch), UTC) if epoch and epoch.isdigit() else datetime.now(UTC)
    )
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
