"""Upgrade glossary data written by an older nato-glossary to the current schema, on load.

Old files keep working: :func:`migrate` upgrades the parsed JSON step by step, and the next
write (any build, review decision or import) stores the current version. Each step is a pure
function from one version's data to the next one's; none of them loses information.

- 1 → 2: entries gain ``english_expansion`` (``null``). A v1 file kept an acronym's English
  expansion, if at all, among the alternatives, where it stays; the next build fills the new
  field in from the term base and the letters.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Data = dict[str, Any]


def _v1_to_v2(data: Data) -> Data:
    entries = data.get("entries")
    if not isinstance(entries, list):
        return {**data, "schema_version": 2}
    upgraded = [
        {"english_expansion": None, **entry} if isinstance(entry, dict) else entry
        for entry in entries
    ]
    return {**data, "schema_version": 2, "entries": upgraded}


#: ``version → step`` that turns data of that version into data of the next one.
STEPS: dict[int, Callable[[Data], Data]] = {1: _v1_to_v2}


def can_migrate(version: object, current: int) -> bool:
    """Is ``version`` an older schema version this program upgrades to ``current``?"""
    return (
        isinstance(version, int)
        and not isinstance(version, bool)
        and version < current
        and all(v in STEPS for v in range(version, current))
    )


def migrate(data: Data, current: int) -> Data:
    """``data`` upgraded to version ``current`` (a new object; ``data`` is left as it was)."""
    version = data["schema_version"]
    while version < current:
        data = STEPS[version](data)
        version += 1
    return data
