"""One error type for everything a user can get wrong; the CLI prints it as one line, exit 2.

The line stays one line whatever it quotes: a file name or value with a newline or a control
character in it is shown escaped (:func:`glossary.sanitize.one_line`).
"""

from __future__ import annotations


class GlossaryError(Exception):
    """A user-facing error: what went wrong, where (file and line when known), what to do."""

    exit_code = 2

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        self.message = message
        self.path = path
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        from glossary.sanitize import one_line

        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line is not None else f"{self.path}: "
        return one_line(f"{where}{self.message}")


class InputError(GlossaryError):
    """Bad input file or argument (exit 2)."""


class TranslationError(GlossaryError):
    """A machine-translation provider failed (time-out, HTTP error, malformed answer)."""


def one_of(choices: tuple[str, ...]) -> str:
    """``a``, ``a or b``, ``a, b or c``: the choices a message offers."""
    return choices[0] if len(choices) == 1 else f"{', '.join(choices[:-1])} or {choices[-1]}"
