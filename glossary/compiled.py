"""The names of the modules ``make install`` compiles with mypyc; :mod:`glossary.native`
decides whether their build runs. Kept apart so that importing ``glossary`` costs one tuple."""

#: The modules compiled together: extraction's per-token and per-candidate work and the word
#: knowledge it asks for (what profiling the analysis shows); nothing that imports spaCy's
#: pipeline classes or Sphinx, and nothing ``glossary lookup`` loads (loading the library would
#: cost its start-up more than compiling gains it).
COMPILED: tuple[str, ...] = (
    "glossary.extract.acronyms",
    "glossary.extract.analyze",
    "glossary.extract.candidates",
    "glossary.extract.ellipsis",
    "glossary.extract.english",
    "glossary.extract.fragments",
    "glossary.extract.persons",
    "glossary.extract.score",
    "glossary.extract.stats",
    "glossary.extract.termhood",
    "glossary.extract.tokens",
    "glossary.extract.variants",
    "glossary.extract.words",
    "glossary.nlp.dutch.adjectives",
    "glossary.nlp.dutch.compounds",
    "glossary.nlp.dutch.gender",
    "glossary.nlp.dutch.loanwords",
    "glossary.nlp.dutch.names",
    "glossary.nlp.dutch.nouns",
    "glossary.nlp.dutch.verbs",
    "glossary.nlp.resources",
)
