project = "gl-de-en"
extensions = ["sphinx_ext"]
language = "de"
glossary_file = "begriffe.tbx"
exclude_patterns = ["_build"]
