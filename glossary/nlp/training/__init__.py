"""Training the shipped Dutch pipeline from the UD treebanks (``python -m glossary.nlp.training``).

Only this package (and the tests) read ``../shared/ud``; the installed product never does.
"""
