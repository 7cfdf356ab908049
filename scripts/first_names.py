"""Write ``glossary/data/first_names.txt``: given names of many languages, one per line.

Person names are no glossary entries; a capitalised word after a given name is a surname
(:mod:`glossary.extract.persons`). The names come from the person providers of Faker (MIT
licence, © Daniele Faraglia and contributors), every locale written in the Latin alphabet,
so the names of NATO, EU and partner countries' people are covered. Needs ``pip install
faker`` (not a dependency of the package: only this script reads it).

    .venv/bin/python scripts/first_names.py
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "glossary" / "data" / "first_names.txt"
ATTRIBUTES = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")
HEADER = """\
# Given names, one per line, from the person providers of Faker {version} (MIT licence,
# (c) Daniele Faraglia and contributors), every locale in the Latin alphabet.
# Written by scripts/first_names.py; do not edit by hand.
"""


def latin(name: str) -> bool:
    """A given name written in the Latin alphabet (letters, hyphens and apostrophes)."""
    letters = name.replace("-", "").replace("'", "")
    return letters.isalpha() and all(ord(c) < 0x250 for c in letters) and name[:1].isupper()


def given_names() -> set[str]:
    import faker.providers.person as person

    found: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attribute in ATTRIBUTES:
            names = provider.__dict__.get(attribute) or getattr(provider, attribute, None)
            if isinstance(names, dict):
                names = list(names)
            if isinstance(names, (list, tuple)):
                found |= {n for n in names if isinstance(n, str) and latin(n)}
    return found


def main() -> None:
    import faker

    names = sorted(given_names())
    OUT.write_text(HEADER.format(version=faker.VERSION) + "\n".join(names) + "\n", "utf-8")
    print(f"{len(names)} given names → {OUT}")


if __name__ == "__main__":
    main()
