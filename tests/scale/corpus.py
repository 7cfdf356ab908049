"""A deterministic generator of letter-like documents for scale tests and the benchmark.

Paragraphs of the shipped letters (and, for the benchmark, sentences of the UD Dutch
treebanks) are shuffled into new letters with a real header and signature; numbers, dates and
some domain words are varied so the vocabulary grows a little with the corpus, as an archive's
does. Same arguments → same files, byte for byte.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

from glossary.corpus.metadata import MONTHS as MONTH_NUMBERS

MONTHS = tuple(MONTH_NUMBERS)  # januari … december
SENDERS = ("BUITENLANDSE ZAKEN", "DEFENSIE")
#: Heads and modifiers combined into new compounds (``munitie`` + ``voorraad``).
MODIFIERS = (
    "munitie",
    "lucht",
    "cyber",
    "grens",
    "zee",
    "ruimte",
    "drone",
    "raket",
    "kust",
    "troepen",
    "vloot",
    "radar",
    "satelliet",
    "mijnen",
    "logistiek",
)
HEADS = (
    "voorraad",
    "verdediging",
    "capaciteit",
    "coalitie",
    "dreiging",
    "oefening",
    "strategie",
    "weerbaarheid",
    "samenwerking",
    "planning",
    "inzet",
    "bescherming",
)
_YEAR = re.compile(r"\b(19|20)\d{2}\b")
_WORD = re.compile(r"\b(?:lastenverdeling|afschrikking|weerbaarheid|luchtverdediging)\b")


def letter_paragraphs(letters_dir: Path) -> list[str]:
    """Body paragraphs (twelve words or more) of the shipped letters."""
    out = []
    for path in sorted(letters_dir.glob("*.txt")):
        for para in path.read_text(encoding="utf-8").split("\n\n"):
            para = para.strip()
            if len(para.split()) >= 12 and not para.startswith(("#", "**", "|")):
                out.append(para)
    return out


def conllu_sentences(paths: Sequence[Path]) -> Iterator[str]:
    """The ``# text =`` lines of CoNLL-U files."""
    for path in paths:
        with path.open(encoding="utf-8") as stream:
            for line in stream:
                if line.startswith("# text = "):
                    yield line[len("# text = ") :].strip()


def _vary(para: str, rng: random.Random) -> str:
    para = _YEAR.sub(lambda m: str(rng.randint(1995, 2030)), para)
    if rng.random() < 0.5:
        compound = rng.choice(MODIFIERS) + rng.choice(HEADS)
        para = _WORD.sub(compound, para, count=1)
    return para


def _header(number: int, rng: random.Random) -> str:
    year = rng.randint(1995, 2030)
    return (
        f"Vergaderjaar {year}–{year + 1}\n\n**28 676**\n\n**NAVO**\n\n**Nr. {number}**\n\n"
        f"## **BRIEF VAN DE MINISTER VAN {rng.choice(SENDERS)}**\n\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        f"Den Haag, {rng.randint(1, 28)} {rng.choice(MONTHS)} {year}\n\n"
    )


def make_letter(
    number: int, paragraphs: Sequence[str], sentences: Sequence[str], words: int, rng: random.Random
) -> str:
    """One letter of about ``words`` words: header, varied paragraphs, signature."""
    body: list[str] = []
    count = 0
    while count < words:
        if sentences and rng.random() < 0.5:
            start = rng.randrange(len(sentences))
            para = " ".join(sentences[start : start + rng.randint(3, 7)])
        else:
            para = rng.choice(paragraphs)
        para = _vary(para, rng)
        body.append(para)
        count += len(para.split())
    sender = rng.choice(("Defensie", "Buitenlandse Zaken"))
    return (
        _header(number, rng)
        + "\n\n".join(body)
        + f"\n\nDe Minister van {sender},\n\nA.B. van der Berg\n"
    )


def generate(
    target: Path,
    letters: int,
    words_per_letter: int,
    letters_dir: Path,
    sentences: Sequence[str] = (),
    seed: int = 0,
    first_number: int = 1000,
) -> int:
    """Write ``letters`` letters into ``target`` (``kst-28676-NNNN.txt``); returns the words."""
    rng = random.Random(seed)
    paragraphs = letter_paragraphs(letters_dir)
    target.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(letters):
        number = first_number + i
        text = make_letter(number, paragraphs, sentences, words_per_letter, rng)
        (target / f"kst-28676-{number}.txt").write_text(text, encoding="utf-8")
        total += len(text.split())
    return total
