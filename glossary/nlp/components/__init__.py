"""Custom spaCy parts of the shipped Dutch pipeline: tokenizer rules and the combined lemmatizer.

The factories are registered with ``@Language.factory`` and listed under the ``spacy_factories``
entry point in ``pyproject.toml``, so ``spacy.load`` finds them wherever the package is installed.
"""
