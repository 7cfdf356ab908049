"""How multi-word names are chunked: where a name starts and ends (names round)."""

from __future__ import annotations

from glossary.extract import DEFAULT_MIN_SCORE
from glossary.extract.tokens import doc_tokens
from glossary.nlp.dutch.names import is_portfolio_post
from glossary.nlp.resources import Resources

from .helpers import assert_names, extract_text, terms_of


def _scores(text: str, nlp, resources) -> dict[str, float]:
    return {c.term: c.score for c in extract_text(text, nlp, resources)}


def test_a_spaced_hyphen_after_an_acronym_joins_the_name_after_it(nlp, resources):
    text = (
        "De ministers spraken in de NAVO - Georgië Commissie (NGC) over de hervormingen. "
        "Later vergaderde de NAVO - Georgië Commissie opnieuw in Brussel."
    )
    scores = _scores(text, nlp, resources)
    assert scores.get("NAVO-Georgië Commissie", 0) >= DEFAULT_MIN_SCORE, scores
    assert "Georgië Commissie" not in scores, scores


def test_a_spaced_hyphen_between_two_names_is_no_joint(nlp, resources):
    text = "De verbinding Amsterdam - Berlijn Centraal wordt in het voorjaar hersteld."
    scores = _scores(text, nlp, resources)
    assert not [t for t in scores if "Amsterdam-" in t or "Amsterdam - " in t], scores


def test_a_name_seen_only_inside_longer_names_is_no_name_of_its_own(nlp, resources):
    """``Air and Missile Defence`` stands only inside ``Integrated …`` and ``Surface Based …``:
    a part of those names, scored zero; once it stands alone it is a name."""
    inside = (
        "De NAVO versterkt de Integrated Air and Missile Defence van het bondgenootschap. "
        "Nederland levert daarvoor Surface Based Air and Missile Defence aan de oostflank."
    )
    scores = _scores(inside, nlp, resources)
    assert scores.get("Integrated Air and Missile Defence", 0) >= DEFAULT_MIN_SCORE, scores
    assert scores.get("Air and Missile Defence", 0) == 0, scores
    alone = f"{inside} Europa geeft de Air and Missile Defence prioriteit."
    assert _scores(alone, nlp, resources).get("Air and Missile Defence", 0) > 0


def test_an_acronym_compound_before_a_name_is_an_apposition(nlp, resources):
    """``NAVO-bondgenoot Turkije``: an acronym joined to a common noun is a compound of
    general Dutch, so the name after it stands alone; ``NAVO-Rusland Raad`` stays one name."""
    found = {
        c.term: c.kind
        for c in extract_text(
            "Nederland steunt NAVO-bondgenoot Turkije met Patriots. "
            "De NAVO-Rusland Raad kwam bijeen.",
            nlp,
            resources,
        )
    }
    assert found.get("NAVO-bondgenoot") == "term" and found.get("Turkije") == "entity"
    assert "NAVO-Rusland Raad" in found
    assert not [t for t in found if t.endswith("Turkije") and t != "Turkije"], found


def test_an_acronym_and_a_capitalised_noun_in_one_word_name_a_body(nlp, resources):
    """``NAVO-Raad``, ``VN-Veiligheidsraad``: the capital after the hyphen names one body of
    the organisation; a place (``NAVO-Rusland``) or a plural (``NAVO-Bondgenoten``) does not."""
    found = {
        c.term: c.kind
        for c in extract_text(
            "De VN-Veiligheidsraad nam een resolutie aan. Daarna besloot de NAVO-Raad tot "
            "een missie. Het onderwerp is de NAVO-Assemblee. Het overleg NAVO-Rusland is "
            "gestaakt. De NAVO-Bondgenoten spraken erover.",
            nlp,
            resources,
        )
    }
    assert {t: found.get(t) for t in ("VN-Veiligheidsraad", "NAVO-Raad", "NAVO-Assemblee")} == {
        "VN-Veiligheidsraad": "entity",
        "NAVO-Raad": "entity",
        "NAVO-Assemblee": "entity",
    }, found
    assert not [t for t in found if "Rusland" in t or "Bondgeno" in t], found


def test_a_name_before_a_dutch_common_noun_makes_a_compound_noun(nlp, resources):
    """``Patriot-systemen`` is a kind of system, lemmatised like ``Scud-raketten``; an English
    hyphenated name keeps its words (``Intermediate-range Nuclear Forces``)."""
    found = {
        c.term: c
        for c in extract_text(
            "Nederland levert Patriot-systemen en Chinook-helikopters. Het verdrag over de "
            "Intermediate-range Nuclear Forces is opgezegd.",
            nlp,
            resources,
        )
    }
    assert found["Patriot-systeem"].kind == "term"
    assert found["Chinook-helikopter"].kind == "term"
    assert "Patriot-systemen" not in found
    assert "Intermediate-range Nuclear Forces" in found and "intermediate-range" not in found


def test_a_name_before_a_short_dutch_noun_makes_a_compound_too(nlp, resources):
    """``Wales-top``: a head too short for the compound splitter, and a name wordfreq counts as
    English, still make a Dutch compound, with a Dutch plural."""
    found = {
        c.term: c
        for c in extract_text(
            "Conform de toezegging van de Wales-top streven bondgenoten naar twee procent. "
            "De Wales-top was belangrijk voor de lastenverdeling.",
            nlp,
            resources,
        )
    }
    assert found["Wales-top"].kind == "term", sorted(found)
    assert "Wales-toppen" in found["Wales-top"].forms


def test_a_roman_numeral_opening_a_heading_is_no_name(nlp, resources):
    """``II Reactie van de Minister``: the numeral numbers the section."""
    terms = terms_of(
        "De leden stellen vragen over de luchtverdediging.\nII Reactie van de Minister\n"
        "De Minister dankt de leden.",
        nlp,
        resources,
    )
    assert not [t for t in terms if t.startswith("II")], terms


def test_an_official_title_runs_on_in_lower_case(nlp, resources):
    """``Protocol bij het Noord-Atlantisch Verdrag inzake de toetreding van Montenegro`` is
    one name, lower-case words and all, up to its last name."""
    terms = terms_of(
        "De regering dient het Protocol bij het Noord-Atlantisch Verdrag inzake de toetreding "
        "van Montenegro (Trb. 2016, 95) in. Het Verdrag inzake Conventionele Strijdkrachten in "
        "Europa is opgeschort.",
        nlp,
        resources,
    )
    assert "Protocol bij het Noord-Atlantisch Verdrag inzake de toetreding van Montenegro" in terms
    assert "Verdrag inzake Conventionele Strijdkrachten in Europa" in terms
    assert "Verdrag inzake Conventionele Strijdkrachten" not in terms


def test_a_title_for_several_instruments_is_one_name(nlp, resources):
    """``Protocollen bij …``: the plural instrument opens the title, which is not cut at
    ``Verdrag`` into a treaty that does not exist."""
    found = extract_text(
        "De op 26 maart 2003 totstandgekomen Protocollen bij het Noord-Atlantisch Verdrag "
        "inzake de toetreding van de Republiek Bulgarije en de Republiek Estland.",
        nlp,
        resources,
    )
    title = "Protocollen bij het Noord-Atlantisch Verdrag inzake de toetreding van de Republiek"
    assert found[0].term == f"{title} Bulgarije en de Republiek Estland"
    assert all(c.score == 0 for c in found if c.term.startswith("Verdrag inzake")), found


def test_only_a_names_head_is_made_singular_not_its_complement(nlp, resources):
    """``Ministers van Defensie`` is the post ``Minister van Defensie``; in ``Minister van
    Buitenlandse Zaken van Oekraïne`` the plural ``Zaken`` belongs to the ministry's name."""
    text = (
        "De Minister van Buitenlandse Zaken van Oekraïne sprak met de Ministers van Defensie. "
        "De Ministers van Buitenlandse Zaken van de bondgenoten kwamen in Brussel bijeen."
    )
    found = {c.term: c for c in extract_text(text, nlp, resources)}
    assert {"Minister van Buitenlandse Zaken", "Minister van Defensie"} <= set(found), found
    forms = {f for c in found.values() for f in c.forms}
    assert not [f for f in forms if "Zaak" in f], sorted(forms)


def test_a_plural_after_the_names_head_noun_stays_plural(nlp, resources):
    """In ``Commissie Buitenlandse Zaken van de Tweede Kamer`` the committee is the head:
    ``Zaken`` is the portfolio it is named for, not a post to make singular; an adjective
    or acronym before the head leaves the head a head (``Permanente Vertegenwoordigers``)."""
    text = (
        "De Commissie Buitenlandse Zaken van de Tweede Kamer sprak met de Permanente "
        "Vertegenwoordigers van de bondgenoten en de NAVO Ministers van Defensie."
    )
    found = {c.term: c for c in extract_text(text, nlp, resources)}
    assert "Commissie Buitenlandse Zaken" in found, sorted(found)
    assert "Permanente Vertegenwoordiger" in found, sorted(found)
    forms = {f for c in found.values() for f in c.forms}
    assert not [f for f in forms if "Zaak" in f], sorted(forms)


def test_a_navy_ship_is_named_with_its_prefix(nlp, resources):
    """``Zr.Ms. Karel Doorman`` is a ship, not the person Karel Doorman; ``Zr. Ms.`` written
    apart (where the sentence splitter may cut) and the older ``Hr.Ms.`` are the same prefix."""
    text = (
        "Zr.Ms. Tromp maakt deel uit van de Standing NATO Maritime Group 1. Het fregat Zr. Ms. "
        "Van Amstel en Hr.Ms. Tromp varen uit. Ook Zr.Ms. Karel Doorman en Zr.Ms. Johan de Witt "
        "varen mee, en Zr.Ms. Willem van der Zaan ook."
    )
    found = {c.term: c for c in extract_text(text, nlp, resources)}
    ships = {t for t in found if t.startswith("Zr.Ms. ")}
    assert ships == {
        "Zr.Ms. Tromp",
        "Zr.Ms. Van Amstel",
        "Zr.Ms. Karel Doorman",
        "Zr.Ms. Johan de Witt",
        "Zr.Ms. Willem van der Zaan",
    }, sorted(found)
    assert found["Zr.Ms. Tromp"].freq == 2 and "Hr.Ms. Tromp" in found["Zr.Ms. Tromp"].forms
    assert not {"Tromp", "Karel Doorman", "Johan de Witt", "Van Amstel", "Ms."} & set(found)


def test_an_acronym_going_on_a_name_after_van_de_is_no_name_of_its_own(nlp, resources):
    """``Hoge Vertegenwoordiger van de EU voor Buitenlandse Zaken en Veiligheidsbeleid``: the
    words from ``EU`` on complete the post named before, so ``EU voor …`` is no entry; the
    acronym counts as itself."""
    text = (
        "Ook de Hoge Vertegenwoordiger van de EU voor Buitenlandse Zaken en Veiligheidsbeleid "
        "was aanwezig. De Hoge Commissaris van de VN voor Vluchtelingen sprak ook."
    )
    found = {c.term for c in extract_text(text, nlp, resources)}
    assert not [t for t in found if t.startswith(("EU voor", "VN voor"))], sorted(found)
    assert {"EU", "VN"} <= found, sorted(found)


def test_an_acronym_is_no_name_going_on_after_van(nlp, resources):
    """``het interim-Report on CSDP van Hoge Vertegenwoordiger Ashton``: an acronym names
    its body whole, so ``CSDP van Hoge Vertegenwoordiger`` is no name; the post after ``van``
    is found."""
    text = (
        "De ministers overleggen over het interim-Report on CSDP van Hoge Vertegenwoordiger "
        "Ashton. De NCW van D en G is positief."
    )
    found = {c.term for c in extract_text(text, nlp, resources)}
    assert not [t for t in found if t.startswith(("CSDP van", "NCW van"))], sorted(found)
    assert "CSDP" in found and "hoge vertegenwoordiger" in {t.lower() for t in found}, found


def test_a_formation_is_named_with_its_number(nlp, resources):
    """``322 Squadron``, ``101 Geniebataljon`` and ``13e Infanteriebataljon`` designate one
    unit each: the number is part of the name, and one sighting is one. A count of units in
    the plural (``3 Squadrons``) and a figure ending a list are no designation."""
    text = (
        "Het 322 Squadron vliegt met de F-35. Het 101 Geniebataljon helpt bij de bouw. "
        "Het 13e Infanteriebataljon is ontplooid. Er zijn 3 Squadrons. In tabel 2, 3 Brigade."
    )
    found = {c.term: c for c in extract_text(text, nlp, resources)}
    for unit in ("322 Squadron", "101 Geniebataljon", "13e Infanteriebataljon"):
        assert unit in found and found[unit].kind == "entity", sorted(found)
        assert found[unit].freq == 1, found[unit]
    assert not [t for t in found if t.startswith(("3 ", "2, "))], sorted(found)


def test_a_numbered_unit_the_term_base_lists_is_one_sighting(nlp):
    """``43 Gemechaniseerde Brigade`` is a name the term base lists: its row and the name the
    text writes are one sighting of one entity, and so are ``D-SII`` and its row."""
    resources = Resources(seeds=("43 Gemechaniseerde Brigade", "D-SII"))
    text = "De 43 Gemechaniseerde Brigade oefent. De strategie (D-SII) is klaar."
    found = {c.term: c for c in extract_text(text, nlp, resources)}
    assert found["43 Gemechaniseerde Brigade"].kind == "entity"
    assert found["43 Gemechaniseerde Brigade"].freq == 1
    assert found["D-SII"].kind == "acronym" and found["D-SII"].freq == 1


def test_a_summit_written_three_ways_is_one_entry(nlp, resources):
    """``Top van Vilnius`` and ``Vilnius-top`` name one summit: one entry, the other its
    form; with ``NAVO-top in Vilnius`` (a name where the term base lists it) too, under
    that, the term base's way of writing a summit."""
    from glossary.nlp.resources import Resources

    text = (
        "De NAVO-top in Vilnius was een succes. Op de Vilnius-top werd besloten tot nieuwe "
        "plannen. Tijdens de Top van Vilnius spraken de leiders ook over Oekraïne."
    )
    found = {c.term: c for c in extract_text(text, nlp, resources)}
    summits = [t for t in found if "Vilnius" in t and t != "Vilnius"]
    assert len(summits) == 1, sorted(found)
    assert {"Top van Vilnius", "Vilnius-top"} <= set(found[summits[0]].forms)
    seeded = Resources.default(seeds=["NAVO-top in Vilnius"])
    found = {c.term: c for c in extract_text(text, nlp, seeded)}
    summits = [t for t in found if "Vilnius" in t and t != "Vilnius"]
    assert summits == ["NAVO-top in Vilnius"], sorted(found)


def test_the_place_a_summit_is_named_by_is_a_name_of_its_own(nlp, resources):
    """``Top van Riga``: the city is a name a translator needs (Praag → Prague) even when
    the letter names it only inside the summit's name; ``Minister van Defensie`` names no
    place."""
    text = (
        "De NAVO studeert op basis van door de Top van Riga geformuleerde vragen. Tijdens de "
        "NAVO-Top van Praag werd besloten een studie te laten uitvoeren. De Minister van "
        "Defensie was daarbij."
    )
    found = {c.term: c.kind for c in extract_text(text, nlp, resources)}
    assert {t: found.get(t) for t in ("Top van Riga", "Riga", "Praag")} == {
        "Top van Riga": "entity",
        "Riga": "entity",
        "Praag": "entity",
    }, found
    assert "Defensie" not in found, found


def test_a_country_after_a_name_is_a_second_name(nlp, resources):
    """``Hooksiel Duitsland`` (a table's row read as text) is two names, and so is
    ``Frederikshaven Denemarken``, though the compound splitter reads ``Frederikshaven``;
    after a noun the lexicon knows the country ends the name (``Republiek Estland``)."""
    found = {
        c.term
        for c in extract_text(
            "Het windpark ligt bij Hooksiel Duitsland. De Republiek Estland sprak. Het tweede "
            "park ligt bij Frederikshaven Denemarken.",
            nlp,
            resources,
        )
    }
    assert {"Hooksiel", "Republiek Estland", "Frederikshaven"} <= found, found
    assert "Hooksiel Duitsland" not in found, found
    assert "Frederikshaven Denemarken" not in found, found


def test_a_compass_adjective_before_a_place_is_part_of_its_name(nlp, resources):
    """``Noordelijk Afrika`` and ``Oostelijk Europa`` name a part of a place, as
    ``Noord-Afrika`` does: one name, not the continent after an unknown capitalised word."""
    found = {
        c.term
        for c in extract_text(
            "Vanuit Noordelijk Afrika wordt Europa bedreigd. De spanningen in het Midden-Oosten "
            "en Oostelijk Europa nemen toe.",
            nlp,
            resources,
        )
    }
    assert {"Noordelijk Afrika", "Oostelijk Europa"} <= found, found
    assert "Afrika" not in found, found


def test_a_place_named_after_a_preposition_of_place_reaches_the_cut(nlp, resources):
    """``in Atjeh`` and ``te Istanbul``, seen once among enough other text that their general
    frequency keeps them below the cut, name places: a glossary line each."""
    filler = " ".join(
        f"De minister bespreekt de {w} met de Kamer." for w in ("begroting", "planning") * 150
    )
    text = f"{filler} Het vredesakkoord in Atjeh blijft. De conferentie te Istanbul was kort."
    scores = _scores(text, nlp, resources)
    assert scores.get("Atjeh", 0) >= DEFAULT_MIN_SCORE, scores
    assert scores.get("Istanbul", 0) >= DEFAULT_MIN_SCORE, scores


def test_a_country_named_by_its_form_of_state_is_lifted_as_the_country(nlp):
    """``Republiek Kroatië`` is lifted where ``Kroatië`` is (a place whose English differs:
    the Republic of Croatia), as ``Oost-Oekraïne`` is where ``Oekraïne`` is; a form of state
    seen only inside a longer name (``Federale Republiek Duitsland``) is no name of its own."""
    from glossary.extract.score import SEED_BOOST

    text = (
        "Het protocol is ondertekend door de Republiek Kroatië en de Federale Republiek Duitsland."
    )
    plain = {c.term: c.score for c in extract_text(text, nlp, Resources.default())}
    lifted = {
        c.term: c.score
        for c in extract_text(text, nlp, Resources.default(lift=["Kroatië", "Duitsland"]))
    }
    assert lifted["Republiek Kroatië"] >= round(plain["Republiek Kroatië"] * SEED_BOOST, 3)
    assert lifted.get("Republiek Duitsland", 0) == 0, lifted


def test_an_english_name_runs_on_over_by_and_to(nlp, resources):
    """``Sovereign Cyber Effects Provided Voluntarily by Allies`` is one name: ``by`` and
    ``to`` join English names as ``of`` and ``for`` do (``Protocol to the …``)."""
    text = (
        "Nederland stelt via de Sovereign Cyber Effects Provided Voluntarily by Allies (SCEPVA) "
        "cybercapaciteiten beschikbaar aan de NAVO."
    )
    found = {c.term: c for c in extract_text(text, nlp, resources)}
    assert "Sovereign Cyber Effects Provided Voluntarily by Allies" in found, sorted(found)
    assert "Allies" not in found, sorted(found)


def test_a_term_base_acronym_is_no_word_opening_a_name(nlp):
    """The term base's ``DEEP`` (an acronym) is not the ``Deep`` of ``Deep Precision Strike``:
    the name keeps its spelling and no acronym entry comes of it; ``Navo`` written as a word
    is still NAVO."""
    from glossary.nlp.resources import Resources

    text = (
        "Nederland krijgt doelstellingen voor Deep Precision Strike. De Navo-top en de Navo "
        "steunen dit."
    )
    resources = Resources.default(seeds=["DEEP", "NAVO"])
    found = {c.term: c for c in extract_text(text, nlp, resources)}
    assert "Deep Precision Strike" in found, sorted(found)
    assert "DEEP" not in found and "DEEP Precision Strike" not in found, sorted(found)
    assert "NAVO" in found, sorted(found)


def test_an_english_name_runs_on_over_in(nlp, resources):
    """``in`` inside an English name (``in the Military Domain``, ``Co-operation in Europe``)
    is part of it; the words after it are no name of their own."""
    text = (
        "Nederland bracht de Summit on Responsible Artificial Intelligence in the Military "
        "Domain op. Ook de Organization for Security and Co-operation in Europe sprak."
    )
    terms = terms_of(text, nlp, resources)
    assert "Summit on Responsible Artificial Intelligence in the Military Domain" in terms, terms
    assert "Organization for Security and Co-operation in Europe" in terms, terms
    assert not any(t.lower() in ("the military domain", "europe") for t in terms), terms


def test_an_english_mission_or_force_runs_on_over_in_and_its_country(nlp, resources):
    """``EU Training Mission in Mali``, ``Interim Force in Lebanon``: the country a mission or
    force serves in completes its English name; a Dutch mission in a place does not run on."""
    text = (
        "Nederland steunt de EU Training Mission in Mali en de United Nations Interim Force in "
        "Lebanon. De Europese missie in Mali gaat door."
    )
    terms = terms_of(text, nlp, resources)
    assert "EU Training Mission in Mali" in terms, terms
    assert "United Nations Interim Force in Lebanon" in terms, terms
    assert not any(t.endswith("missie in Mali") for t in terms), terms


def test_a_dutch_head_joined_to_a_names_last_word_makes_one_name(nlp, resources):
    """Dutch joins a head to the whole name before it with a hyphen on the name's last word
    (``het Intermediate-Range Nuclear Forces-verdrag``, ``het Open Skies-verdrag``): one
    name, neither its first words nor ``Forces-verdrag`` a term of their own."""
    text = (
        "Ook zal worden gesproken over het Intermediate-Range Nuclear Forces-verdrag (INF). "
        "Het Open Skies-verdrag blijft van belang voor de bondgenoten. Nederlandse "
        "Patriot-systemen staan in Turkije."
    )
    terms = terms_of(text, nlp, resources)
    assert "Intermediate-Range Nuclear Forces-verdrag" in terms, terms
    assert "Open Skies-verdrag" in terms, terms
    unwanted = {"Intermediate-Range Nuclear", "Forces-verdrag", "Skies-verdrag"}
    quoted = (
        "Waar kunnen «Nuclear Strike»-trainingen worden gehouden? Kunt u aangeven welke "
        "Nuclear Strike-trainingen er waren?"
    )
    found = {c.term: c for c in extract_text(quoted, nlp, resources)}
    assert found["Nuclear Strike-trainingen"].freq == 2, sorted(found)  # the quote is no part
    assert "Patriot-systeem" in terms and not [t for t in terms if "Nederlandse P" in t], terms
    assert not unwanted & set(terms), terms


def test_a_portfolio_listed_with_commas_is_one_name(nlp, resources):
    """``Minister van Volksgezondheid, Welzijn en Sport``: a ministry's portfolio lists its
    fields with commas; the name is the whole post, not the part before the comma; a list of
    places stays a list."""
    text = (
        "De Minister van Volksgezondheid, Welzijn en Sport antwoordt mede namens de Minister "
        "van Onderwijs, Cultuur en Wetenschap. Ook Noorwegen, Estland en Letland steunen dit."
    )
    terms = terms_of(text, nlp, resources)
    assert "Minister van Volksgezondheid, Welzijn en Sport" in terms, terms
    assert "Minister van Onderwijs, Cultuur en Wetenschap" in terms, terms
    assert "Minister van Volksgezondheid" not in terms, terms
    assert {"Noorwegen", "Estland", "Letland"} <= set(terms), terms
    plural = "De commissie sprak met de Ministers van Buitenlandse Zaken en Defensie."
    terms = terms_of(plural, nlp, resources)  # two ministers, two portfolios
    assert "Minister van Buitenlandse Zaken" in terms, terms
    assert not [t for t in terms if t.endswith("Zaken en Defensie")], terms


def test_a_post_cut_inside_its_coordinated_portfolio_is_no_sighting(nlp):
    """``Minister van Justitie`` is no sighting inside ``Minister van Justitie en
    Veiligheid`` (its portfolio is the coordination); a conjunct alone is (``Midden-Oosten`` in
    ``Midden-Oosten en Noord-Afrika``), and so is a portfolio after its post (``Buitenlandse
    Zaken`` in ``Minister van Buitenlandse Zaken``)."""
    seeds = (
        "Minister van Justitie",
        "Minister van Justitie en Veiligheid",
        "Midden-Oosten",
        "Midden-Oosten en Noord-Afrika",
        "Buitenlandse Zaken",
        "Minister van Buitenlandse Zaken",
    )
    text = (
        "De Minister van Buitenlandse Zaken schrijft mede namens de Minister van Justitie en "
        "Veiligheid over de veiligheid in het Midden-Oosten en Noord-Afrika."
    )
    found = {c.term: c.freq for c in extract_text(text, nlp, Resources.default(seeds=seeds))}
    assert "Minister van Justitie" not in found, found
    assert found["Minister van Justitie en Veiligheid"] == 1
    assert found["Midden-Oosten"] == 1 and found["Buitenlandse Zaken"] == 1, found


def test_posts_and_committees_named_by_their_portfolios(nlp, resources):
    """The government's style writes ``de minister van Defensie`` and the House's ``de vaste
    commissie voor Digitale Zaken`` in lower case: with a capitalised portfolio each is the
    post or body, as ``Minister van Defensie`` is, whatever its frequency. A list of
    portfolios after one post names a post each (``de ministers van Buitenlandse Zaken, van
    Defensie en van Veiligheid en Justitie``), a portfolio of two words joined by ``en``
    whole. ``minister`` with a lower-case complement stays a common noun, ``vaste commissie``
    alone the term it is, and ``de ministers van Finland en Zweden`` are countries'
    ministers, no posts."""
    text = (
        "De minister van Veiligheid en Justitie sprak met de staatssecretaris van Defensie "
        "over de luchtverdediging. De minister van het kabinet zweeg. De vaste commissie voor "
        "Digitale Zaken en de vaste commissie voor Justitie en Veiligheid spraken erover. Elke "
        "vaste commissie vergadert. Deze brief is mede namens de ministers van Buitenlandse "
        "Zaken, van Defensie en van Justitie en Veiligheid. Vragen van de vaste commissie voor "
        "Buitenlandse Zaken en voor Defensie. Ook de ministers van Finland en Zweden waren er."
    )
    found = {c.term: c for c in extract_text(text, nlp, resources)}
    for post in (
        "minister van Veiligheid en Justitie",
        "staatssecretaris van Defensie",
        "vaste commissie voor Digitale Zaken",
        "vaste commissie voor Justitie en Veiligheid",
        "minister van Buitenlandse Zaken",
        "minister van Defensie",
        "minister van Justitie en Veiligheid",
        "vaste commissie voor Buitenlandse Zaken",
        "vaste commissie voor Defensie",
    ):
        assert found[post].kind == "entity", post
    assert not [t for t in found if t.startswith(("minister van het", "minister van Defensie en"))]
    assert found["vaste commissie"].kind == "term"
    assert "minister van Finland" not in found and "minister van Zweden" not in found
    assert is_portfolio_post("vaste commissie voor Digitale Zaken")
    assert not is_portfolio_post("vaste commissie voor de Rijksuitgaven")


def test_names_joined_by_a_slash_are_names_of_their_own(nlp, resources):
    """``Straatsburg/Kehl`` (a summit in two cities) is one token to the tokenizer; extraction
    reads two places, with offsets into the text and a slash between them."""
    text = "De top vond plaats in Straatsburg/Kehl. In Kehl sprak de minister."
    tokens = doc_tokens(nlp(text))
    at = [t.text for t in tokens].index("Straatsburg")
    parts = [(t.text, t.pos) for t in tokens[at : at + 3]]
    assert parts == [("Straatsburg", "PROPN"), ("/", "PUNCT"), ("Kehl", "PROPN")]
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert [t.i for t in tokens] == list(range(len(tokens)))
    assert [t.text for t in doc_tokens(nlp("Nederland en/of België"))] == [
        "Nederland",
        "en/of",
        "België",
    ]
    found = {c.term for c in extract_text(text, nlp, resources) if c.kind == "entity"}
    assert {"Straatsburg", "Kehl"} <= found


def test_a_capital_after_a_heading_number_or_in_a_table_cell_is_no_name(nlp, resources):
    """``3 Stroomlijning``, ``Tabel 2: Investeringen``, a cell after a tab: the word begins a
    unit of text, where a capital says nothing; the common nouns are terms in lower case, and
    two cells of a row make no group."""
    text = (
        "De bondgenoten bespreken de luchtverdediging.\n\n"
        "3 Stroomlijning van besluitvormingsprocedures\n\n"
        "Fase\tVoorstudie\tGrondverwerving\n\n"
        "Tabel 2: Investeringsmogelijkheden voor de luchtverdediging"
    )
    found = {c.term: c.kind for c in extract_text(text, nlp, resources)}
    assert found.get("voorstudie") == "term", found
    assert found.get("grondverwerving") == "term", found
    assert "investeringsmogelijkheid" in found, found
    assert "Voorstudie" not in found and "Investeringsmogelijkheden" not in found, found
    assert not [t for t in found if "voorstudie " in t or " voorstudie" in t], found
    assert "stroomlijning" in found, found


def test_a_relational_adjective_that_begins_a_unit_begins_the_name_after_it(nlp, resources):
    """``Federaal Staatsblad`` after a footnote number: the adjective is the name's, as it is
    further on in a sentence; a gradable adjective there describes the noun."""
    text = (
        "De wet is in Duitsland bekendgemaakt.\n\n"
        "(15)  Federaal Staatsblad van 27 oktober 1998, blz. 12.\n\n"
        "Europese Commissie stelt een nieuwe richtlijn voor.\n\n"
        "Grote Windturbines staan op zee."
    )
    found = {c.term for c in extract_text(text, nlp, resources)}
    assert {"Federaal Staatsblad", "Europese Commissie"} <= found, found
    assert "Grote Windturbines" not in found, found


def test_a_word_on_a_line_of_its_own_is_read_by_how_the_text_writes_it(nlp, resources):
    """A list of terms, one per line, in a text that keeps its paragraphs on one line: a word
    the text also writes in lower case is the common noun (``dressuur``); one written only
    with its capital may be a name and stays one (``Horseball``, and ``Rusland`` opening a
    sentence, no compound of ``rus`` and ``land``)."""
    long = "De paardensport kent vele disciplines en de dressuur is er een van, " * 5
    text = (
        f"{long.strip()}\n"
        "Dressuur - rijden met een paard volgens vaste figuren\n"
        "Horseball - teamsport met een grote bal\n"
        "Rusland organiseert geen wedstrijden meer. Nederland wel."
    )
    found = {c.term: c.kind for c in extract_text(text, nlp, resources)}
    assert found.get("dressuur") == "term" and "Dressuur" not in found, found
    assert found.get("Horseball") == "entity", found
    assert found.get("Rusland") == "entity", found


def test_a_shouted_word_loses_its_capitals_with_the_capital_of_its_position():
    """``CONVERSIESYSTEEM`` opening a line is ``conversiesysteem``, not ``cONVERSIESYSTEEM``."""
    from glossary.extract.candidates import _first_lower

    assert _first_lower("CONVERSIESYSTEEM") == "conversiesysteem"
    assert _first_lower("Dressuur") == "dressuur"
    assert _first_lower("F") == "f"


def test_two_capitalised_adjectives_joined_by_en_inside_a_name_join_it(nlp, resources):
    """``Europees Economisch en Sociaal Comité`` is one body: a name never ends in an
    adjective before ``en``; at a name's start two adjectives say whose (``Nederlandse en
    Duitse Patriot-eenheden``)."""
    text = (
        "Het Europees Economisch en Sociaal Comité gaf advies. De Raad Economische en "
        "Financiële Zaken vergaderde. De Nederlandse en Duitse Patriot-eenheden zijn klaar."
    )
    scores = _scores(text, nlp, resources)
    for name in ("Europees Economisch en Sociaal Comité", "Raad Economische en Financiële Zaken"):
        assert scores.get(name, 0) >= DEFAULT_MIN_SCORE, scores
    assert scores.get("Europees Economisch", 0) < DEFAULT_MIN_SCORE, scores
    assert not [t for t in scores if t.startswith("Nederlandse en Duitse")], scores


def test_an_acronym_with_a_designator_letter_is_one_acronym(nlp, resources):
    """NATO writes a command or mission with a one-letter designator of its region
    (``TAAC-N``, ``NTM-I``, ``RC(N)``): one acronym, not the bare one before it; a party's
    name (``GL-PvdA``) is no pair of acronyms."""
    text = (
        "Nederland draagt bij aan de trainingsmissie in Irak (NTM-I). De ministers van "
        "Regional Command North (RC(N)) kwamen bijeen. Het Train Advise Assist Command-North "
        "(TAAC-N) zetelt in Mazar. Het Kamerlid Klaver (GL-PvdA) sprak in het debat."
    )
    kinds = {c.term: c.kind for c in extract_text(text, nlp, resources)}
    assert {kinds.get(a) for a in ("NTM-I", "RC(N)", "TAAC-N")} == {"acronym"}, kinds
    assert not {"NTM", "RC", "TAAC", "GL"} & set(kinds), sorted(kinds)


def test_a_post_named_by_its_body_after_van_de_is_one_name(nlp, resources):
    """``voorzitter van de Europese Commissie``, ``president van de Algemene Rekenkamer``,
    ``hoofdkantoor van de NAVO``: a post or seat with the body it leads or houses is one name,
    and the body's name stays a name of its own. A body's own name before ``van de`` is the
    name the organisation gives it (``Algemene Vergadering van de VN`` stays two names)."""
    text = (
        "De voorzitter van de Europese Commissie sprak met de president van de Algemene "
        "Rekenkamer. Het hoofdkantoor van de NAVO staat in Brussel. De Algemene Vergadering "
        "van de VN nam een resolutie aan. De Europese Commissie steunt het plan."
    )
    cands = {c.term: c for c in extract_text(text, nlp, resources)}
    posts = (
        "voorzitter van de Europese Commissie",
        "president van de Algemene Rekenkamer",
        "hoofdkantoor van de NAVO",
    )
    assert_names(cands, posts)
    assert cands["Europese Commissie"].score >= DEFAULT_MIN_SCORE
    assert "Algemene Vergadering van de VN" not in cands and "Algemene Vergadering" in cands


def test_a_post_named_by_its_body_attests_itself():
    from glossary.nlp.dutch.names import is_body_post

    assert is_body_post("voorzitter van de Europese Commissie")
    assert is_body_post("Secretaris-Generaal van de NAVO")
    assert not is_body_post("Algemene Vergadering van de VN")  # a body's own name
    assert not is_body_post("voorzitter van de commissie")  # no name after van de


def test_a_party_spelt_out_keeps_its_acronym(nlp, resources):
    """``de Partij voor Vrijheid en Vooruitgang (PVV)``: a party's acronym is an acronym with
    its expansion; only a hyphenated party name (``GL-PvdA``) yields none of its parts."""
    text = (
        "De liberalen vormden de Partij voor Vrijheid en Vooruitgang (PVV). Later sprak het "
        "Kamerlid (GL-PvdA) in het debat."
    )
    found = {c.term: c for c in extract_text(text, nlp, resources)}
    assert found["PVV"].kind == "acronym" and found["PVV"].expansion, found.get("PVV")
    assert "GL" not in found


def test_a_name_dated_by_its_edition_takes_the_year(nlp, resources):
    """``het Toetsingskader 2001``, ``de Defensienota 2030``: a capitalised common noun after
    an article, dated, names a document of that year, so the year is part of the name; a
    range of years, a column of figures or a place before a year is no edition."""
    text = (
        "De brief volgt het Toetsingskader 2001. De regering kondigde de Defensienota 2030 "
        "aan. Het Toetsingskader 2001-2005 gold toen. In de tabel staat Nederland 2024 2025."
    )
    terms = {c.term for c in extract_text(text, nlp, resources)}
    assert {"Toetsingskader 2001", "Defensienota 2030"} <= terms, sorted(terms)
    assert not {"Toetsingskader 2001-2005", "Nederland 2024"} & terms, sorted(terms)


def test_a_quoted_titles_capital_makes_no_name_of_its_first_word(nlp, resources):
    """Dutch capitalises a quoted title's first word (``«Instabiliteit rond Europa»``): no
    name of its own, so the word's other sightings stay a term; an English quoted name keeps
    its capitals (``«Nuclear Strike»``)."""
    text = (
        "Hierbij bieden wij u de reactie aan op het advies «Instabiliteit rond Europa» van de "
        "AIV. De instabiliteit aan de grenzen neemt toe. Welke «Nuclear Strike»-trainingen "
        "vonden plaats?"
    )
    found = {(c.term, c.kind) for c in extract_text(text, nlp, resources)}
    assert ("Instabiliteit rond Europa", "entity") in found
    assert ("Instabiliteit", "entity") not in found
    assert ("instabiliteit", "term") in found
    assert ("Nuclear Strike-trainingen", "entity") in found


def test_an_adjective_of_place_before_a_title_cased_term_base_phrase_says_whose(nlp):
    """``de Nederlandse Permanente Vertegenwoordiging``: the term base's ``permanente
    vertegenwoordiging`` in title case after an adjective of place is the term, whose it is
    being the adjective's, no name of its own."""
    text = (
        "Ambtenaren van de Nederlandse Permanente Vertegenwoordiging bij de VN waren er. "
        "De Franse Permanente Vertegenwoordiging was ook aanwezig."
    )
    res = Resources.default(seeds=["permanente vertegenwoordiging"])
    found = {c.term: c for c in extract_text(text, nlp, res)}
    assert found["permanente vertegenwoordiging"].freq == 2, sorted(found)
    assert not [t for t in found if "Nederlandse" in t or "Franse" in t], sorted(found)
