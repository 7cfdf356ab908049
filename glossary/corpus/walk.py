"""Walking letter folders and globs: :mod:`glossary.walk` with the letter readers' names.

Each folder and file is visited once (symlink loops, second names), only regular files are
read, and a FIFO or device with a letter's name is reported, never opened.
"""

from __future__ import annotations

from collections.abc import Iterator

from glossary.corpus.readers.registry import is_letter_name
from glossary.walk import Skipped, glob_files, walk_files


def walk_letters(root: str, skipped: Skipped | None = None) -> Iterator[str]:
    """Letter files under ``root`` in sorted full-path order, each folder and file once."""
    return walk_files(root, is_letter_name, skipped)


def glob_letters(pattern: str, skipped: Skipped | None = None) -> list[str]:
    """Letter files a glob pattern names, sorted, ``**`` walked safely."""
    return glob_files(pattern, is_letter_name, skipped)
