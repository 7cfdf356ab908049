"""Dutch language knowledge (:mod:`glossary.nlp.dutch`), one table per behaviour."""

from __future__ import annotations

import pytest

from glossary.nlp.dutch.spelling import (
    straight_apostrophes,
    strip_possessive,
    without_apostrophes,
)

# -- spelling ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "without"),
    [
        ("MCR's", "MCR"),
        ("MCR’s", "MCR"),
        ("risico’s", "risico"),
        ("risico´s", "risico"),  # an acute accent typed for the apostrophe
        ("Mercedes'", "Mercedes"),
        ("Mercedes’", "Mercedes"),
        ("Max'", "Max"),
        ("Bosch’", "Bosch"),
        ("Alice'", "Alice"),
        ("Oekraïne", "Oekraïne"),
        ("NAVO'", "NAVO'"),  # a closing quotation mark, not a possessive
        ("l'", "l'"),
        ("'s", "'s"),
    ],
)
def test_possessive(text, without):
    assert strip_possessive(text) == without


@pytest.mark.parametrize(
    ("text", "straight", "dropped"),
    [
        ("MCR’s", "MCR's", "MCRs"),
        ("MCR's", "MCR's", "MCRs"),
        ("MCR`s", "MCR's", "MCRs"),
        ("risicoʼs", "risico's", "risicos"),
        ("Oekraïne", "Oekraïne", "Oekraïne"),
    ],
)
def test_apostrophes_in_every_written_form(text, straight, dropped):
    assert straight_apostrophes(text) == straight
    assert without_apostrophes(text) == dropped
