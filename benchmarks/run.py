"""Run the benchmarks: every ``benchmarks/bench_*.py`` (or those named) in turn.

Each module has ``main() -> None`` that measures medians against a baseline taken in the same
run and writes its table to ``docs/measurements/<name>.rst``. Usage:
``python benchmarks/run.py [NAME ...]`` (``make bench BENCH=lookup``).
"""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(names: list[str]) -> int:
    sys.path.insert(0, str(HERE))
    files = sorted(HERE.glob("bench_*.py"))
    if names:
        files = [f for f in files if f.stem.removeprefix("bench_") in names]
        if not files:
            print(f"error: no benchmark named {' '.join(names)} in {HERE}", file=sys.stderr)
            return 2
    for path in files:
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[path.stem] = module  # dataclasses look their module up while being made
        spec.loader.exec_module(module)
        print(f"== {path.stem}", flush=True)
        start = time.perf_counter()
        module.main()
        print(f"== {path.stem} done in {time.perf_counter() - start:.1f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
