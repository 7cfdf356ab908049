"""Subcommands of the ``glossary`` CLI, one module each (see :mod:`glossary.cli`)."""
