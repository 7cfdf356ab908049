"""Deterministic large glossaries for benchmarks and scale tests: ``make_glossary(n, seed)``.

Entries look like the real thing: Dutch compounds built from defence vocabulary with linking
``-s-`` (``luchtverdedigingscapaciteit``), adjective + noun groups (``hybride dreiging``),
acronyms with expansions, names; Dutch plural forms; compositional English with the occasional
hyphenated alternative; the status/source mix of a partly reviewed glossary; Zipf-like counts;
example sentences from a few hundred letters of dossier 28 676. A small core of real terms
(``afschrikking``, ``lastenverdeling``, ``NAVO``/``navo``...) is always included so lookups of
known terms hit. The same ``(n, seed)`` always gives the same glossary.
"""

from __future__ import annotations

import random

from glossary.model import Entry, Glossary, Occurrence, Translation
from glossary.text import fold

STAMP = "2024-01-01T00:00:00Z"
LETTER_NUMBERS = range(300, 700)

#: (Dutch, plural, English, English plural) — nouns that can head or modify a compound.
NOUNS: tuple[tuple[str, str, str, str], ...] = (
    ("lucht", "luchten", "air", "airs"),
    ("verdediging", "verdedigingen", "defence", "defences"),
    ("lasten", "lasten", "burden", "burdens"),
    ("verdeling", "verdelingen", "sharing", "sharings"),
    ("zee", "zeeën", "maritime", "maritimes"),
    ("land", "landen", "land", "lands"),
    ("strijdkracht", "strijdkrachten", "armed force", "armed forces"),
    ("defensie", "defensies", "defence", "defences"),
    ("inzet", "inzetten", "deployment", "deployments"),
    ("capaciteit", "capaciteiten", "capability", "capabilities"),
    ("middel", "middelen", "asset", "assets"),
    ("raket", "raketten", "missile", "missiles"),
    ("dreiging", "dreigingen", "threat", "threats"),
    ("weerbaarheid", "weerbaarheden", "resilience", "resiliences"),
    ("veiligheid", "veiligheden", "security", "securities"),
    ("samenwerking", "samenwerkingen", "cooperation", "cooperations"),
    ("plan", "plannen", "plan", "plans"),
    ("beleid", "beleidsregels", "policy", "policies"),
    ("opbouw", "opbouwen", "build-up", "build-ups"),
    ("steun", "steunen", "support", "supports"),
    ("oefening", "oefeningen", "exercise", "exercises"),
    ("mobiliteit", "mobiliteiten", "mobility", "mobilities"),
    ("paraatheid", "paraatheden", "readiness", "readinesses"),
    ("munitie", "munities", "ammunition", "ammunitions"),
    ("productie", "producties", "production", "productions"),
    ("industrie", "industrieën", "industry", "industries"),
    ("uitgave", "uitgaven", "expenditure", "expenditures"),
    ("norm", "normen", "standard", "standards"),
    ("doelstelling", "doelstellingen", "target", "targets"),
    ("commando", "commando's", "command", "commands"),
    ("structuur", "structuren", "structure", "structures"),
    ("hoofdkwartier", "hoofdkwartieren", "headquarters", "headquarters"),
    ("missie", "missies", "mission", "missions"),
    ("operatie", "operaties", "operation", "operations"),
    ("training", "trainingen", "training", "trainings"),
    ("inlichting", "inlichtingen", "intelligence", "intelligence"),
    ("ruimte", "ruimtes", "space", "spaces"),
    ("grens", "grenzen", "border", "borders"),
    ("bewaking", "bewakingen", "surveillance", "surveillances"),
    ("wapen", "wapens", "weapon", "weapons"),
    ("beheersing", "beheersingen", "control", "controls"),
    ("ontmijning", "ontmijningen", "mine clearance", "mine clearances"),
    ("vloot", "vloten", "fleet", "fleets"),
    ("schip", "schepen", "ship", "ships"),
    ("vliegtuig", "vliegtuigen", "aircraft", "aircraft"),
    ("drone", "drones", "drone", "drones"),
    ("brigade", "brigades", "brigade", "brigades"),
    ("divisie", "divisies", "division", "divisions"),
    ("marine", "marines", "navy", "navies"),
    ("leger", "legers", "army", "armies"),
    ("herstel", "herstellen", "recovery", "recoveries"),
    ("wederopbouw", "wederopbouwen", "reconstruction", "reconstructions"),
    ("sanctie", "sancties", "sanction", "sanctions"),
    ("akkoord", "akkoorden", "agreement", "agreements"),
    ("verdrag", "verdragen", "treaty", "treaties"),
    ("top", "toppen", "summit", "summits"),
    ("raad", "raden", "council", "councils"),
    ("begroting", "begrotingen", "budget", "budgets"),
    ("investering", "investeringen", "investment", "investments"),
    ("planning", "planningen", "planning", "plannings"),
    ("logistiek", "logistieken", "logistics", "logistics"),
    ("brandstof", "brandstoffen", "fuel", "fuels"),
    ("voorraad", "voorraden", "stockpile", "stockpiles"),
    ("reserve", "reserves", "reserve", "reserves"),
    ("personeel", "personeelsleden", "personnel", "personnel"),
    ("werving", "wervingen", "recruitment", "recruitments"),
    ("afschrikking", "afschrikkingen", "deterrence", "deterrences"),
    ("crisis", "crises", "crisis", "crises"),
    ("beheer", "beheren", "management", "managements"),
    ("kennis", "kennissen", "knowledge", "knowledges"),
    ("netwerk", "netwerken", "network", "networks"),
    ("satelliet", "satellieten", "satellite", "satellites"),
    ("communicatie", "communicaties", "communication", "communications"),
    ("navigatie", "navigaties", "navigation", "navigations"),
    ("onderzeeboot", "onderzeeboten", "submarine", "submarines"),
    ("fregat", "fregatten", "frigate", "frigates"),
    ("partner", "partners", "partner", "partners"),
    ("bondgenoot", "bondgenoten", "ally", "allies"),
    ("gebied", "gebieden", "area", "areas"),
    ("flank", "flanken", "flank", "flanks"),
)

#: (Dutch attributive adjective, English)
ADJECTIVES: tuple[tuple[str, str], ...] = (
    ("hybride", "hybrid"),
    ("collectieve", "collective"),
    ("militaire", "military"),
    ("nucleaire", "nuclear"),
    ("conventionele", "conventional"),
    ("strategische", "strategic"),
    ("operationele", "operational"),
    ("gezamenlijke", "joint"),
    ("Europese", "European"),
    ("trans-Atlantische", "transatlantic"),
    ("maritieme", "maritime"),
    ("geïntegreerde", "integrated"),
    ("oostelijke", "eastern"),
    ("zuidelijke", "southern"),
    ("digitale", "digital"),
    ("kritieke", "critical"),
    ("vooruitgeschoven", "forward"),
    ("regionale", "regional"),
    ("multinationale", "multinational"),
    ("civiele", "civil"),
)

PLACES = (
    "Baltische",
    "Noordelijke",
    "Zuidelijke",
    "Westelijke",
    "Oostelijke",
    "Centrale",
    "Atlantische",
    "Arctische",
)
NAME_HEADS = (
    ("Raad", "Council"),
    ("Commissie", "Commission"),
    ("Groep", "Group"),
    ("Initiatief", "Initiative"),
    ("Strategie", "Strategy"),
    ("Agenda", "Agenda"),
)

TEMPLATES = (
    "De regering zet in op {t} binnen het bondgenootschap.",
    "Tijdens de NAVO-top is gesproken over {t} en de gevolgen daarvan voor Nederland.",
    "Het kabinet informeert de Kamer over de voortgang op het gebied van {t}.",
    "Bondgenoten hebben afspraken gemaakt over {t} in het licht van de veranderde "
    "veiligheidssituatie.",
    "Nederland draagt bij aan {t} met personeel en materieel.",
    "De Ministers bespreken {t} als onderdeel van de bredere discussie over "
    "afschrikking en verdediging.",
    "In de komende jaren wordt verder gewerkt aan {t}, zo blijkt uit de conclusies.",
)

STATUS_SOURCES = (
    ("reviewed", "termbase", 0.12),
    ("reviewed", "translator", 0.06),
    ("reviewed", "manual", 0.02),
    ("proposed", "letter", 0.15),
    ("proposed", "compound", 0.25),
    ("machine", "mt:google", 0.15),
    ("missing", "", 0.25),
)

LINKING_S = ("ing", "heid", "teit", "schap")


def _join(modifier: str, head: str) -> str:
    """Dutch compound with the linking ``-s-`` after -ing, -heid, -teit...: ``verdedigingsplan``."""
    if modifier.endswith(LINKING_S):
        modifier += "s"
    if modifier[-1] in "aeiou" and head[0] in "aeiou":
        return f"{modifier}-{head}"
    return modifier + head


def _compound(rng: random.Random, parts: int) -> tuple[str, str, str, str]:
    """(lemma, plural, English, English plural) of a compound of ``parts`` nouns."""
    nouns = rng.sample(NOUNS, parts)
    *mods, head = nouns
    dutch = mods[0][0]
    for mod in mods[1:]:
        dutch = _join(dutch, mod[0])
    lemma = _join(dutch, head[0])
    plural = lemma[: len(lemma) - len(head[0])] + head[1]
    english = " ".join(m[2] for m in mods) + " " + head[2]
    en_plural = " ".join(m[2] for m in mods) + " " + head[3]
    return lemma, plural, english, en_plural


def _phrase(rng: random.Random) -> tuple[str, str, str, str]:
    """An adjective + noun group: ``hybride dreiging``, ``collectieve verdedigingsplannen``."""
    adjective, en_adjective = rng.choice(ADJECTIVES)
    lemma, plural, english, en_plural = (
        rng.choice(NOUNS) if rng.random() < 0.6 else _compound(rng, 2)
    )
    return (
        f"{adjective} {lemma}",
        f"{adjective} {plural}",
        f"{en_adjective} {english}",
        f"{en_adjective} {en_plural}",
    )


def _acronym(rng: random.Random) -> tuple[str, str, str]:
    """(acronym, Dutch-form acronym plural, English expansion)."""
    words = rng.sample(NOUNS, rng.choice((2, 3, 4)))
    adjective = rng.choice(ADJECTIVES)
    english = " ".join(w.title() for w in [adjective[1], *(w[2] for w in words)])
    letters = "".join(w[0] for w in english.split())[: rng.choice((3, 4, 5))].upper()
    letters += "".join(rng.choice("ABCDEFGHIJKLMNOPRSTUVW") for _ in range(rng.choice((0, 1))))
    return letters, f"{letters}'s", english


def _name(rng: random.Random) -> tuple[str, str]:
    place = rng.choice(PLACES)
    noun = rng.choice(NOUNS)
    head, en_head = rng.choice(NAME_HEADS)
    """A proper name and its English: ``Baltische Veiligheidsraad``."""
    return f"{place} {_join(noun[0].title(), head.lower())}", f"{place} {noun[2].title()} {en_head}"


def _examples(
    rng: random.Random, forms: list[str], count: int, letters: list[str]
) -> list[Occurrence]:
    out = []
    for i in range(min(count, 5, rng.choice((1, 1, 2, 2, 3, 5)))):
        form = rng.choice(forms)
        sentence = rng.choice(TEMPLATES).format(t=form)
        at = sentence.index(form)
        base = rng.randrange(200, 40_000)
        out.append(
            Occurrence(letters[i % len(letters)], base + at, base + at + len(form), sentence)
        )
    return sorted(set(out))


CORE_SENTENCES = {
    "afschrikking": (
        "kst-28676-328",
        "In het licht van de veranderde veiligheidscontext, onder "
        "meer door de toegenomen assertiviteit van Rusland, is geloofwaardige "
        "afschrikking cruciaal.",
    ),
    "lastenverdeling": (
        "kst-28676-328",
        "De lastenverdeling binnen het bondgenootschap zal een "
        "belangrijk onderwerp zijn tijdens de Leaders» Meeting in december.",
    ),
    "hybride dreigingen": (
        "kst-28676-328",
        "In dat kader wil Nederland de verdere samenwerking "
        "op het vlak van met name cyber, hybride dreigingen, oefeningen, "
        "militaire mobiliteit, capaciteitsopbouw in derde landen en "
        "operaties, blijven stimuleren.",
    ),
    "MCR’s": (
        "kst-28676-467",
        "De MCR’s omvatten de aanvullende capaciteiten die nodig zijn "
        "voor de uitvoerbaarheid van de nieuwe militaire verdedigingsplannen.",
    ),
    "SACEUR": (
        "kst-28676-467",
        "Tegelijkertijd wijst SACEUR op de aanzienlijke risico’s bij de uitvoering van de plannen.",
    ),
    "Oekraïne": (
        "kst-28676-467",
        "hebben genomen om de afschrikking en verdediging van het "
        "bondgenootschap te versterken, en de onverminderde voortzetting van militaire "
        "steun aan Oekraïne.",
    ),
    "NAVO": (
        "kst-28676-328",
        "De ministeriële NAVO-bijeenkomst in Brussel bestaat uit een werksessie en een werkdiner.",
    ),
}


def _core_example(form: str) -> list[Occurrence]:
    letter, sentence = CORE_SENTENCES[form]
    at = sentence.index(form)
    return [Occurrence(letter, 1000 + at, 1000 + at + len(form), sentence)]


def core_entries() -> list[Entry]:
    """Real terms every synthetic glossary contains (so benchmark lookups hit)."""

    def t(text: str, source: str = "termbase", plural: str | None = None) -> Translation:
        return Translation(text, source, 1.0, plural)

    entries = [
        Entry(
            "afschrikking",
            "afschrikking",
            forms=["afschrikking"],
            translation=t("deterrence"),
            status="reviewed",
            count=9,
        ),
        Entry(
            "lastenverdeling",
            "lastenverdeling",
            forms=["lastenverdeling"],
            translation=t("burden sharing"),
            alternatives=[t("burden-sharing", "letter")],
            status="reviewed",
            count=6,
        ),
        Entry(
            "hybride-dreiging",
            "hybride dreiging",
            forms=["hybride dreiging", "hybride dreigingen"],
            translation=t("hybrid threat", plural="hybrid threats"),
            status="reviewed",
            count=4,
        ),
        Entry(
            "mcr",
            "MCR",
            kind="acronym",
            forms=["MCR", "MCR’s"],
            translation=t("MCR", "letter"),
            expansion="Minimum Capability Requirements",
            status="proposed",
            count=3,
        ),
        Entry(
            "saceur",
            "SACEUR",
            kind="acronym",
            forms=["SACEUR"],
            translation=t("SACEUR"),
            expansion="Supreme Allied Commander Europe",
            status="reviewed",
            count=3,
        ),
        Entry(
            "oekraine",
            "Oekraïne",
            kind="entity",
            forms=["Oekraïne"],
            translation=t("Ukraine"),
            status="reviewed",
            count=12,
        ),
        Entry(
            "navo",
            "NAVO",
            kind="acronym",
            forms=["NAVO"],
            translation=t("NATO"),
            expansion="Noord-Atlantische Verdragsorganisatie",
            status="reviewed",
            count=40,
        ),
        Entry(
            "navo-2",
            "navo",
            forms=["navo"],
            translation=t("NATO", "manual"),
            status="proposed",
            count=1,
        ),
    ]
    for entry in entries:
        form = next((f for f in entry.forms if f in CORE_SENTENCES), None)
        if form:
            entry.examples = _core_example(form)
            entry.letters = [entry.examples[0].letter]
    return entries


def make_glossary(n: int, seed: int = 0) -> Glossary:
    """A glossary of exactly ``n`` entries (the core terms first), the same for the same seed."""
    rng = random.Random(seed)
    glossary = Glossary()
    letter_ids = [f"kst-28676-{nr}" for nr in LETTER_NUMBERS]
    for nr, lid in zip(LETTER_NUMBERS, letter_ids, strict=True):
        glossary.letters[lid] = {
            "id": lid,
            "dossier": "28 676",
            "number": str(nr),
            "date": f"{2010 + nr % 15}-{1 + nr % 12:02d}-{1 + nr % 28:02d}",
            "sender": "Minister van Defensie",
            "title": "NAVO",
        }
    seen: set[str] = set()
    for entry in core_entries()[:n]:
        entry.created = entry.updated = STAMP
        glossary.add(entry)
        seen.add(entry.lemma)
    seen.update(fold(e.lemma) for e in glossary.entries.values())
    attempts = 0
    while len(glossary) < n:
        attempts += 1
        if attempts > 50 * n + 1000:
            raise ValueError(f"cannot generate {n} distinct entries from the vocabulary")
        term = _term(rng)
        key = fold(term[1])
        if key in seen:
            continue
        seen.add(key)
        glossary.add(_entry(rng, glossary, letter_ids, *term))
    return glossary


def _term(rng: random.Random) -> tuple[str, str, str, str, str | None, str | None]:
    """(kind, lemma, plural, English, English plural, expansion) of a random term."""
    roll = rng.random()
    if roll < 0.08:
        lemma, plural, expansion = _acronym(rng)
        return "acronym", lemma, plural, lemma, None, expansion
    if roll < 0.12:
        lemma, english = _name(rng)
        return "entity", lemma, lemma, english, None, None
    if roll < 0.40:
        return ("term", *_phrase(rng), None)
    return ("term", *_compound(rng, rng.choice((2, 3, 3))), None)


def _entry(
    rng: random.Random,
    glossary: Glossary,
    letter_ids: list[str],
    kind: str,
    lemma: str,
    plural: str,
    english: str,
    en_plural: str | None,
    expansion: str | None,
) -> Entry:
    forms = sorted({lemma, plural})
    status, source = _status(rng)
    translation = (
        Translation(
            english,
            source,
            round(rng.uniform(0.5, 1.0), 4),
            en_plural if en_plural != english else None,
        )
        if source
        else None
    )
    alternatives = []
    if translation and " " in english and rng.random() < 0.1:
        alternatives.append(Translation(english.replace(" ", "-", 1), "letter", 0.6))
    count = min(int(rng.paretovariate(1.2)), 500)
    letters = sorted(rng.sample(letter_ids, min(count, rng.choice((1, 1, 2, 3)))))
    return Entry(
        id=glossary.new_id(lemma),
        lemma=lemma,
        kind=kind,
        forms=forms,
        translation=translation,
        alternatives=alternatives,
        status=status,
        expansion=expansion,
        pos="properNoun" if kind == "entity" else "noun",
        count=count,
        letters=letters,
        examples=_examples(rng, forms, count, letters),
        score=round(rng.random(), 4),
        stale=rng.random() < 0.03,
        created=STAMP,
        updated=STAMP,
    )


def _status(rng: random.Random) -> tuple[str, str]:
    roll = rng.random()
    for status, source, share in STATUS_SOURCES:
        if roll < share:
            return status, source
        roll -= share
    return "missing", ""
