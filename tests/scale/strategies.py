"""Hypothesis strategies for partial statistics: one partial per distinct document."""

from __future__ import annotations

from hypothesis import strategies as st

from glossary.extract.stats import PartialStats, TermStats

KEYS = st.sampled_from(
    [
        "navo",
        "lastenverdeling",
        "afschrikking",
        "afschrikking en verdediging",
        "seed:NAVO-top",
        "nrI",
        "militaire mobiliteit",
        "mobiliteit",
        "Weens Document",
        "weens",
    ]
)
WORDS = st.text(alphabet="abcdeéNAVO -'", min_size=1, max_size=8)
COUNTS = st.dictionaries(WORDS, st.integers(min_value=1, max_value=9), max_size=3)
#: Renderings as the analyzer proposes them (real words: scoring looks them up).
DISPLAYS = st.dictionaries(
    st.sampled_from(
        [
            "NAVO",
            "navo",
            "lastenverdeling",
            "Weens Document",
            "afschrikking en verdediging",
            "NRI",
            "mobiliteit",
            "militaire mobiliteit",
            "NAVO-top",
        ]
    ),
    st.integers(min_value=1, max_value=9),
    min_size=1,
    max_size=3,
)


@st.composite
def term_stats(draw, letter: str) -> TermStats:
    freq = draw(st.integers(min_value=1, max_value=20))
    occurrences = draw(
        st.lists(
            st.tuples(
                st.just(letter),
                st.integers(0, 5000),
                st.integers(0, 5000),
                st.sampled_from(["", "Een zin.", "Nog een zin."]),
            ),
            max_size=12,
            unique=True,
        )
    )
    ts = TermStats(
        freq=freq,
        repeat_only=draw(st.integers(0, freq)),
        df=1,
        kinds=dict(
            draw(
                st.dictionaries(
                    st.sampled_from(["term", "entity", "acronym"]), st.integers(1, 5), min_size=1
                )
            )
        ),
        pos=dict(draw(COUNTS)),
        display=dict(draw(DISPLAYS)),
        forms=dict(draw(COUNTS)),
        generated=set(draw(st.lists(WORDS, max_size=3))),
        letters=[letter],
        expansions=dict(draw(COUNTS)),
        english=dict(draw(COUNTS)),
        english_use=draw(st.integers(0, 3)),
        nested=draw(st.integers(0, 3)),
        seeded=draw(st.booleans()),
    )
    for occ in occurrences:
        ts.add_occurrence(occ)
    return ts


@st.composite
def document_partial(draw, letter: str) -> PartialStats:
    """What one document (``letter``) could contribute."""
    keys = draw(st.lists(KEYS, unique=True, max_size=6))
    terms = {key: draw(term_stats(letter)) for key in keys}
    return PartialStats(terms=terms, words=draw(st.integers(0, 5000)), documents=1)


@st.composite
def document_partials(draw, max_docs: int = 8) -> list[PartialStats]:
    """Partials of distinct documents ``d00``, ``d01``..."""
    n = draw(st.integers(min_value=1, max_value=max_docs))
    return [draw(document_partial(f"d{i:02d}")) for i in range(n)]
