"""Reading the project's curated TSV files (term base, component lexicon) with clear errors."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from glossary.errors import InputError
from glossary.sanitize import clean


def read_text(path: str | os.PathLike[str], what: str) -> str:
    """The UTF-8 text of a curated file, or an :class:`InputError` naming it."""
    from glossary.files import read_input
    from glossary.limits import INPUT_ENV, current

    p = Path(path)
    raw = read_input(p, what, current().input_bytes, limit_env=INPUT_ENV)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(
            f"not UTF-8 (byte {exc.start}); save the {what} as UTF-8", str(p), line
        ) from None


def rows(
    text: str, columns: Sequence[str], required: Sequence[str], path: str
) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield ``(line number, row)`` for each data row of a TSV with a header row.

    ``#`` starts a comment line; blank lines are skipped. The first other line must be the
    header naming the columns (any order, a subset of ``columns`` that includes ``required``).
    """
    header: list[str] | None = None
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [clean(c).strip() for c in line.split("\t")]  # no control character stays
        if header is None:
            header = [c.lower() for c in cells]
            unknown = [c for c in header if c not in columns]
            missing = [c for c in required if c not in header]
            if unknown or missing:
                raise InputError(
                    "bad header row: "
                    + (f"unknown column(s) {', '.join(unknown)}; " if unknown else "")
                    + (f"missing column(s) {', '.join(missing)}; " if missing else "")
                    + f"expected tab-separated {', '.join(columns)}",
                    path,
                    lineno,
                )
            continue
        if len(cells) > len(header):
            raise InputError(
                f"{len(cells)} tab-separated cells, the header has {len(header)}", path, lineno
            )
        row = dict.fromkeys(columns, "")
        row.update(zip(header, cells, strict=False))
        for name in required:
            if not row[name]:
                raise InputError(f"empty '{name}' cell", path, lineno)
        yield lineno, row
    if header is None:
        raise InputError(f"no header row (expected tab-separated {', '.join(columns)})", path)


def split_list(cell: str) -> list[str]:
    """A ``|``-separated cell as a list without empty items or duplicates, order kept."""
    out: list[str] = []
    for item in cell.split("|"):
        item = " ".join(item.split())
        if item and item not in out:
            out.append(item)
    return out
