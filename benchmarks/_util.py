"""Small helpers shared by the benchmarks: machine facts, medians and reStructuredText tables."""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MEASUREMENTS = ROOT / "docs" / "measurements"


def cpu_model() -> str:
    """The CPU model name from ``/proc/cpuinfo`` (or the platform's processor string)."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine() -> str:
    """One line naming the machine: cores (``nproc``), CPU model, Python."""
    return (
        f"{os.cpu_count()} cores (nproc), {cpu_model()}, "
        f"Python {platform.python_version()} on {platform.system()}"
    )


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def rst_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A ``list-table`` directive for ``rows`` under ``header``."""
    lines = [".. list-table::", "   :header-rows: 1", ""]
    for row in [header, *rows]:
        lines.append(f"   * - {row[0]}")
        lines.extend(f"     - {cell}" for cell in row[1:])
    return "\n".join(lines) + "\n"


def write_page(name: str, text: str) -> Path:
    """Write ``docs/measurements/<name>.rst`` atomically and return its path."""
    from glossary.store.atomic import write_text

    path = MEASUREMENTS / f"{name}.rst"
    write_text(path, text)
    return path


def glossary_build(files: Sequence[Path], out: Path) -> dict:
    """A fresh offline glossary of ``files`` made by the real ``glossary build``, as JSON."""
    cmd = [
        str(Path(sys.executable).parent / "glossary"),
        "build",
        "--letters",
        *map(str, files),
        "--out",
        str(out),
        "--no-cache",
    ]
    subprocess.run(cmd, check=True, capture_output=True, text=True)
    return json.loads(out.read_text(encoding="utf-8"))


def glossary_extract_all(files: Sequence[Path], termbase: Path | None = None) -> list[dict]:
    """Every candidate of ``files``, scored, from the real ``glossary extract --all`` (seeded
    with ``termbase`` when given, as a build seeds its extraction), as JSON objects."""
    seeds = ["--termbase", str(termbase)] if termbase else []
    cmd = [
        str(Path(sys.executable).parent / "glossary"),
        "extract",
        "--all",
        "--json",
        "--no-cache",
        *seeds,
        *map(str, files),
    ]
    done = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return json.loads(done.stdout)["candidates"]
