"""Zip containers (DOCX, ODT) opened with limits: a zip bomb is refused before it expands.

A member is read only up to the size its header declares (Python's zipfile stops there and
checks the CRC), so checking the declared sizes bounds the memory: too many members, a member
or a whole archive larger than the limits, or a compression ratio no real document reaches
(a few hundred to one is the most office XML compresses) is a one-line :class:`InputError`.
"""

from __future__ import annotations

import io
import zipfile

from glossary.errors import InputError

#: Limits for one office document (generous for a letter; a 600-page report fits).
MAX_MEMBERS = 5_000
MAX_MEMBER_BYTES = 100 * 1024 * 1024
MAX_TOTAL_BYTES = 300 * 1024 * 1024
MAX_RATIO = 300
#: Members smaller than this may compress better (a run of spaces, a tiny XML).
RATIO_FROM = 1024 * 1024


class Archive:
    """The members of a zip container, checked once, read on demand."""

    def __init__(self, data: bytes, name: str, kind: str) -> None:
        self.name = name
        self.kind = kind
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, ValueError, EOFError, OSError):
            raise InputError(
                f"not a {kind} file (not a readable zip container: damaged or truncated?)",
                path=name,
            ) from None
        if len(infos) > MAX_MEMBERS:
            raise self._bomb(f"{len(infos)} members")
        total = 0
        for info in infos:
            if info.file_size > MAX_MEMBER_BYTES:
                raise self._bomb(f"{info.filename} expands to {info.file_size:,} bytes")
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > RATIO_FROM and ratio > MAX_RATIO:
                raise self._bomb(f"{info.filename} expands {ratio:,.0f} times")
            total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise self._bomb(f"members expand to {total:,} bytes")
        self.names = {i.filename for i in infos}

    def _bomb(self, what: str) -> InputError:
        return InputError(
            f"{self.kind} refused: {what}, past the limits for a document (a zip bomb?)",
            path=self.name,
        )

    def read(self, member: str) -> bytes | None:
        """A member's bytes, ``None`` when the archive has no such member."""
        if member not in self.names:
            return None
        try:
            return self.zip.read(member)
        except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
            raise InputError(
                f"damaged {self.kind} file: {member} cannot be read ({type(exc).__name__})",
                path=self.name,
            ) from None
