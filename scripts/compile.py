"""Compile the term-extraction modules with mypyc, in place (``make install`` runs this).

The modules are :data:`glossary.native.COMPILED`; one shared library plus a small extension
per module land beside the sources (git ignores them). Old builds are removed first, so a
module dropped from the list runs from source again. ``--sources`` prints the source files
(the Makefile's dependencies); ``--remove`` only removes the builds (pure Python).
"""

from __future__ import annotations

import glob
import io
import os
import sys
from contextlib import redirect_stdout
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from glossary.native import COMPILED, GROUP, library_path, source_path  # noqa: E402

BUILD_DIR = ROOT / "build" / "mypyc"


def relative_sources() -> list[str]:
    """The ``.py`` files of :data:`COMPILED`, relative to the project root."""
    return [os.path.relpath(source_path(m, str(ROOT)), ROOT) for m in COMPILED]


def remove_builds() -> int:
    """Delete every compiled module under ``glossary/``; how many files went."""
    found = glob.glob(str(ROOT / "glossary" / "**" / "*.so"), recursive=True)
    for path in found:
        os.remove(path)
    return len(found)


def compile_modules() -> None:
    """mypyc → C → extension modules, written beside the sources (``build_ext --inplace``)."""
    from mypyc.build import mypycify
    from setuptools import setup

    extensions = mypycify(
        relative_sources(), opt_level="3", group_name=GROUP, target_dir=str(BUILD_DIR)
    )
    setup(
        name="nato-glossary-native",
        packages=[],
        py_modules=[],
        ext_modules=extensions,
        script_args=["--quiet", "build_ext", "--inplace", "--build-temp", str(BUILD_DIR)],
    )


def main(argv: list[str]) -> int:
    if argv == ["--sources"]:
        print(" ".join(relative_sources()))
        return 0
    os.chdir(ROOT)
    removed = remove_builds()
    if argv == ["--remove"]:
        print(f"removed {removed} compiled files: extraction runs as pure Python")
        return 0
    log = io.StringIO()  # mypyc's notes (a generator it treats as a list) only matter on failure
    try:
        with redirect_stdout(log):
            compile_modules()
    except (Exception, SystemExit) as exc:
        remove_builds()
        sys.stderr.write(log.getvalue())
        print(
            f"error: compiling the extraction modules failed ({exc}), so extraction runs as "
            "pure Python. A type error above is for the sources to fix; a missing compiler or "
            "Python.h needs gcc and python3-dev (`make apt`). Then rerun `make install`, or "
            "`make install PURE=1` to stay with pure Python.",
            file=sys.stderr,
        )
        return 1
    # An unchanged module's extension is copied from the last build with its old time, which
    # would read as older than an edit that changed no code (a comment): the build is now.
    os.utime(library_path(str(ROOT)))
    print(f"compiled {len(COMPILED)} extraction modules with mypyc")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
