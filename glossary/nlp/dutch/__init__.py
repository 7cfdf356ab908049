"""Dutch language knowledge in one place, as ``spacy/lang/nl/`` is for spaCy.

``spelling``: apostrophes and the possessive. General Dutch only: nothing here knows about
NATO, letters or glossaries. Kept import-free, so a module that needs one light table
(``spelling``) loads nothing else.
"""
