"""The translation resolver chain: term base, English evidence in the letters, compounds, MT.

One module per resolver (:mod:`.termbase`, :mod:`.evidence`, :mod:`.compound`, :mod:`.mt`) and
:mod:`.chain`, which asks them in order: the first confident answer wins, the others become
alternatives. Nothing here sends text anywhere unless a machine-translation provider is given.
"""

#: Machine-translation providers ``glossary build --mt`` accepts (here, so the CLI can list them
#: without importing the MT layer).
MT_PROVIDERS: tuple[str, ...] = ("google", "deepl", "microsoft", "mymemory", "libre")
