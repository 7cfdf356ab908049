"""How much the tool reads from one input, so that no file can exhaust memory or time.

Each limit has a default chosen far above real inputs (a letter to parliament is tens of
kilobytes, a shipped glossary half a megabyte) and an environment variable to change it:

``NATO_GLOSSARY_MAX_LETTER_BYTES``
    the size of one letter file (default 64 MiB).
``NATO_GLOSSARY_MAX_TOKEN_CHARS``
    the longest run of characters without white space in a letter's text (default 1,000: a
    long URL fits, a 5 MB "word" that would take gigabytes to analyse does not).
``NATO_GLOSSARY_MAX_INPUT_BYTES``
    the size of any other input: the glossary JSON, an exchange file (PO, TBX, CSV), a term
    base, a manifest (default 512 MiB).

A value that is not a positive whole number is an error naming the variable. Workers of a
Dask cluster read the variables of their own environment.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from glossary.errors import InputError

MIB = 1 << 20
LETTER_ENV = "NATO_GLOSSARY_MAX_LETTER_BYTES"
TOKEN_ENV = "NATO_GLOSSARY_MAX_TOKEN_CHARS"
INPUT_ENV = "NATO_GLOSSARY_MAX_INPUT_BYTES"


@dataclass(frozen=True)
class Limits:
    """The limits in force (see the module docstring)."""

    letter_bytes: int = 64 * MIB
    token_chars: int = 1000
    input_bytes: int = 512 * MIB


def _value(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or int(raw) < 1:
        raise InputError(f"{name}={raw!r} is not a positive whole number; unset it or fix it")
    return int(raw)


def current() -> Limits:
    """The limits from the environment, else the defaults."""
    default = Limits()
    return Limits(
        letter_bytes=_value(LETTER_ENV, default.letter_bytes),
        token_chars=_value(TOKEN_ENV, default.token_chars),
        input_bytes=_value(INPUT_ENV, default.input_bytes),
    )


def size(count: int) -> str:
    """``68,157,440 bytes (65.0 MiB)``: a byte count for messages."""
    return f"{count:,} bytes ({count / MIB:.1f} MiB)" if count >= MIB else f"{count:,} bytes"
