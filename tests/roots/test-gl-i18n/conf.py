project = "gl-i18n"
extensions = ["sphinx_ext"]
language = "en"
glossary_file = "glossary.json"
glossary_source_language = "nl"
locale_dirs = ["locales"]
gettext_compact = False
exclude_patterns = ["_build"]
