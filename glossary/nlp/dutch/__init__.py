"""Dutch language knowledge in one place, as ``spacy/lang/nl/`` is for spaCy.

``spelling`` (apostrophes, the possessive), ``compounds`` (the one compound splitter, with its
linking elements), ``nouns`` (lemmas, plurals), ``adjectives`` (base and attributive forms,
gradability), ``verbs``, ``gender`` (noun gender from articles, tables and suffixes),
``loanwords`` (English words in Dutch text) and ``function_words`` (closed classes). General
Dutch only: nothing here knows about NATO, letters or glossaries. Kept import-free, so a module
that needs one light table (``spelling``) loads nothing else.
"""
