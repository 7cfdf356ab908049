project = "gl-en-fr"
extensions = ["sphinx_ext"]
language = "en"
glossary_file = "glossary.csv"
exclude_patterns = ["_build"]
