"""``python -m glossary.nlp LETTER``: the analysed first sentence of a letter (``make demo``)."""

from __future__ import annotations

import sys

from glossary.errors import GlossaryError
from glossary.nlp.load import show_first_sentence
from glossary.paths import MODEL_DIR


def main(argv: list[str]) -> int:
    path = argv[0] if argv else str(MODEL_DIR.parents[1] / "terms" / "letters")
    try:
        print(show_first_sentence(path))
    except GlossaryError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
