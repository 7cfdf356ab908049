"""Compositional translation of compounds and multi-word terms."""

from __future__ import annotations

import pytest

from glossary.errors import InputError
from glossary.model import Candidate, Occurrence, Translation
from glossary.paths import shipped_terms_dir
from glossary.translate.compound import CompoundTranslator
from glossary.translate.inflect import pluralise
from glossary.translate.lexicon import base_forms, load_lexicon, parse_lexicon
from glossary.translate.termbase import load_termbase, parse_termbase

TB_HEADER = "nl\ten\ten_alt\tkind\texpansion\tsource\tnote\n"


@pytest.fixture(scope="module")
def shipped():
    terms = shipped_terms_dir()
    return CompoundTranslator(
        load_termbase(terms / "termbase.tsv"), load_lexicon(terms / "lexicon.tsv")
    )


@pytest.mark.parametrize(
    ("dutch", "english"),
    [
        ("luchtverdedigingsmiddel", "air defence asset"),
        ("luchtverdedigingsmiddelen", "air defence assets"),
        ("NAVO-coördinatie", "NATO coordination"),
        ("militaire verdedigingsplan", "military defence plan"),
        ("militair verdedigingsplan", "military defence plan"),
        ("operationeel domein", "operational domain"),
        ("communicatiesatelliet", "communications satellite"),
        ("ontmijningsoperatie", "demining operation"),
        ("Iraakse veiligheidsinstitutie", "Iraqi security institution"),
        ("Europese bondgenoot", "European Ally"),
        ("stationering van kruisvluchtwapens", "deployment of cruise missiles"),
        # a provision and its number: treaty style Article, UN style resolution
        ("artikel 7", "Article 7"),
        ("artikel VI", "Article VI"),
        ("VNVR-resolutie 1325", "UNSC resolution 1325"),
        ("resolutie 2334", "resolution 2334"),
    ],
)
def test_shipped_lexicon_composes(shipped, dutch, english):
    [answer] = shipped.resolve(Candidate(dutch, "term", 1.0, 1))
    assert answer.text == english
    assert answer.source == "compound"
    assert 0.5 <= answer.confidence < 0.8


def test_parts_come_from_term_base_and_lexicon():
    termbase = parse_termbase(
        TB_HEADER + "afschrikking\tdeterrence\nluchtverdediging\tair defence\n"
    )
    lexicon = parse_lexicon(
        "nl\ten\ten_modifier\tpos\nnucleair\tnuclear\t\tadj\n"
        "middel\tasset\nEuropa\tEurope\tEuropean\nsteun\tsupport\n"
    )
    tr = CompoundTranslator(termbase, lexicon)
    assert tr.compose("nucleaire afschrikking")[0] == "nuclear deterrence"
    english, _confidence, parts = tr.compose("luchtverdedigingsmiddel")
    assert (english, parts) == ("air defence asset", ["luchtverdediging", "middel"])
    assert tr.compose("Europasteun")[0] == "European support"  # modifier form
    assert tr.compose("nucleaire ontwapening") is None  # an unknown part: no half-Dutch answer
    assert tr.resolve(Candidate("IAMD", "acronym", 1.0, 1)) == []  # acronyms are not composed
    assert tr.compose("F-16") is None  # nothing translated, only kept


def test_fewest_parts_win():
    termbase = parse_termbase(TB_HEADER + "wapenbeheersing\tarms control\n")
    lexicon = parse_lexicon("nl\ten\nwapen\tweapon\nbeheersing\tcontrol\nverdrag\ttreaty\n")
    english, _conf, parts = CompoundTranslator(termbase, lexicon).compose("wapenbeheersingsverdrag")
    assert english == "arms control treaty" and parts == ["wapenbeheersing", "verdrag"]


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("collectieve", "collectief"),
        ("Europese", "Europees"),
        ("industriële", "industrieel"),
        ("plannen", "plan"),
        ("raketten", "raket"),
        ("zaken", "zaak"),
        ("MCR's", "MCR"),
        ("individuele", "individueel"),
        ("wapens", "wapen"),
    ],
)
def test_inflection_undone(word, base):
    assert base in base_forms(word)


@pytest.mark.parametrize(
    ("dutch", "english"),
    [
        # head and modifier senses
        ("jachtvliegtuig", "fighter aircraft"),
        ("landoperatie", "land operation"),
        ("buitenlandse politiek", "foreign policy"),
        # linking elements: -en- reads the first part as a noun
        ("landenrapport", "country report"),
        ("verdedigingsplan", "defence plan"),
        # prefixes attach, names and nationality adjectives with their forms (CLDR)
        ("antitankwapen", "anti-tank weapon"),
        ("contraterrorisme", "counter-terrorism"),
        ("Oekraïense strijdkrachten", "Ukrainian armed forces"),
        ("Duitse marine", "German navy"),
        ("Duits-Nederlands hoofdkwartier", "German-Dutch headquarters"),
        ("Scud-raket", "Scud missile"),
        ("West-Afrikaanse kuststaat", "West African coastal state"),  # the name's word
        ("Oost-Aziatische veiligheid", "East Asian security"),
        # plural heads, irregular plurals and -e nouns + n
        ("twee fregatten", "two frigates"),
        ("onderzeeboten", "submarines"),
        ("marineschepen", "naval vessels"),
        ("bijdragen", "contributions"),
        # N van N: "of", a place before the head
        ("bescherming van infrastructuur", "protection of infrastructure"),
        ("Top van Brussel", "Brussels Summit"),
        ("Republiek Estland", "Republic of Estonia"),  # a state's form takes "of"
        ("Koninkrijk Zweden", "Kingdom of Sweden"),
        ("Staatssecretaris van Veiligheid en Justitie", "State Secretary for Security and Justice"),
        ("Economische Zaken", "Economic Affairs"),  # a portfolio
        ("Kamercommissie voor Defensie", "Parliamentary Committee on Defence"),  # a name
        # a committee of parliament takes its portfolio with "on", as the House writes it
        ("vaste commissie voor Digitale Zaken", "standing committee on Digital Affairs"),
        ("commissie voor Justitie en Veiligheid", "committee on Justice and Security"),
        ("Tiende Toetsingsconferentie", "Tenth Review Conference"),  # title-cased
        ("landbouwbeleid", "agricultural policy"),  # common words a split misreads
        ("volksgezondheid", "public health"),
        ("inhoudsopgave", "table of contents"),
        ("politiemacht", "police force"),  # a head's second sense inside compounds
        ("nieuwsuitzending", "news broadcast"),
        ("zorginstelling", "care institution"),  # a first part's own sense as a modifier
        ("milieubeleid", "environmental policy"),
        ("mensenleven", "human life"),  # a first part linked with -en- keeps its noun sense
        ("levensverwachting", "life expectancy"),  # frequent words a split misreads
        ("mensenrechtensituatie", "human rights situation"),  # a plural English keeps as modifier
        ("vlootverband", "naval task group"),  # a part's sense in the domain
        ("zelfmoordaanslag", "suicide attack"),  # not zelf|moordaanslag once that is a row
        ("zelfmoordpoging", "suicide attempt"),  # not zelf|moordpoging
        ("bestrijdingsmiddel", "pesticide"),
        ("kabinetslid", "cabinet member"),
        ("mensenrechtenverdediger", "human rights defender"),  # the UN's term
        ("bestuurshervorming", "administrative reform"),  # a modifier's adjective sense
        ("bestuurslid", "board member"),  # and its other sense, listed whole
        ("oefenprogramma", "exercise programme"),  # military exercises, not training
        ("financieel terrein", "financial field"),  # an abstract modifier: a field, no site
        ("evenemententerrein", "event site"),  # the grounds of an event, listed whole
        ("NAVO-secretaris-generaal", "NATO Secretary General"),  # a hyphenated head known whole
        ("niet-Navo-lidstaat", "non-NATO member state"),  # an acronym written as a word
        ("gaskamer", "gas chamber"),  # a name's row (Kamer: the House) fits no lower-case part
        ("patriotmissie", "Patriot mission"),  # unless the lexicon has no other reading
        ("Plenaire vergadering", "Plenary meeting"),  # a heading's capital: no name
        # a portfolio as its ministry's row names it
        (
            "Staatssecretaris van Infrastructuur en Waterstaat",
            "State Secretary for Infrastructure and Water Management",
        ),
        ("Staatssecretaris van Financiën", "State Secretary for Finance"),
        (
            "Staatssecretaris van Volksgezondheid, Welzijn en Sport",
            "State Secretary for Health, Welfare and Sport",
        ),
        ("Minister-President van Montenegro", "Prime Minister of Montenegro"),  # a post
        (
            "Staatssecretaris van Onderwijs, Cultuur en Wetenschap",  # a portfolio listed
            "State Secretary for Education, Culture and Science",
        ),
        ("S-400-luchtverdedigingssysteem", "S-400 air defence system"),  # a code keeps its hyphen
        ("KDC-10-tankvliegtuig", "KDC-10 tanker aircraft"),  # a type code of letters
        ("F-35-programma", "F-35 programme"),
    ],
)
def test_composition_table(shipped, dutch, english):
    assert shipped.compose(dutch)[0] == english


@pytest.mark.parametrize("dutch", ["binnenstad", "qwertyverdrag", "Top van Qwerty"])
def test_function_words_are_no_parts_and_unknown_parts_are_refused(shipped, dutch):
    assert shipped.compose(dutch) is None


@pytest.mark.parametrize("dutch", ["taakstelling", "probleemstelling", "noodstop"])
def test_a_linker_the_part_does_not_take_is_no_linker_before_a_word(shipped, dutch):
    """``taak`` takes no ``-s-``: ``taakstelling`` is ``taak`` + ``stelling``, which the
    lexicon lacks, so nothing is composed ("task count" would be wrong)."""
    assert shipped.compose(dutch) is None


def test_a_linker_the_row_omits_still_joins_where_no_word_is_read_whole(shipped):
    assert shipped.compose("bijstandsverplichting")[0] == "assistance obligation"


@pytest.mark.parametrize(
    ("dutch", "english"),
    [
        # NATO's "the Vilnius Summit", for a summit the term base does not list yet
        ("NAVO-top in Ankara", "Ankara Summit"),
        ("Top van Warschau", "Warsaw Summit"),
        ("Ankara-top", "Ankara Summit"),
        # a navy ship takes the English prefix
        ("Zr.Ms. Karel Doorman", "HNLMS Karel Doorman"),
        ("Hr.Ms. Tromp", "HNLMS Tromp"),
        ("Zr. Ms. Van Amstel", "HNLMS Van Amstel"),
        # a part of a country by its compass point: the English adjective
        ("Oost-Oekraïne", "eastern Ukraine"),
        ("Zuid-Afghanistan", "southern Afghanistan"),
        ("Noordwest-Syrië", "north-western Syria"),
        # ... or by its adjective written apart; a continent's part as CLDR names it
        ("Noordelijk Irak", "northern Iraq"),
        ("Zuidoostelijk Polen", "south-eastern Poland"),
        ("Noordelijk Afrika", "Northern Africa"),
        ("Oostelijk Europa", "Eastern Europe"),
    ],
)
def test_a_name_known_by_its_form_is_composed_whole(shipped, dutch, english):
    [answer] = shipped.resolve(Candidate(dutch, "entity", 1.0, 1))
    assert answer.text == english


def test_a_country_or_region_cldr_names_is_no_compass_part():
    """``Noord-Korea`` and ``Zuid-Afrika`` are countries and ``Noord-Afrika`` a region CLDR
    names whole; ``Oost-Rusland Raad`` is no place at all."""
    from glossary.translate.compound import compass_region

    for name in (
        "Noord-Korea",
        "Zuid-Afrika",
        "Noord-Afrika",
        "Zuidelijk Afrika",
        "Oost-Rusland Raad",
        "oost-Irak",
        "Oostelijke flank",
        "Noordelijke Vlootbasis",
    ):
        assert compass_region(name) is None, name


def test_a_country_is_never_split(shipped):
    assert shipped.word("Duitsland").english == "Germany"
    assert shipped.compose("Duitsland") is None  # left to the CLDR resolver


LEXICON_HEADER = "nl\ten\ten_modifier\tpos\tlinking\n"


def test_linking_prefixes_and_joiners_from_the_lexicon():
    lexicon = parse_lexicon(
        LEXICON_HEADER + "anti\tanti-\t\tprefix\t-\ntank\ttank\t\tnoun\t-\n"
        "zee\tsea\tmaritime\tnoun\t-\nonder\tunder\t\tprep\t-\nzeekabel\tsubmarine cable\n"
        "kabel\tcable\t\tnoun\t-\nmijn\tmine\t\tnoun\ten\nveger\tsweeper\n"
        "oefen\texercise\ttraining\tverb\t-\nterrein\tarea\n"
    )
    tr = CompoundTranslator(parse_termbase(TB_HEADER), lexicon)
    assert tr.compose("antitank")[0] == "anti-tank"  # the prefix attaches
    assert tr.compose("anti") is None  # a prefix is never a head
    assert tr.compose("onderzeekabel") is None  # a preposition is no compound part
    assert tr.compose("mijnenveger")[0] == "mine sweeper"  # the row's linker
    assert tr.compose("oefenterrein")[0] == "training area"  # a verb stem as modifier
    assert tr.compose("terreinoefen") is None  # never as head


def test_lexicon_rows_name_their_linking_and_senses():
    lexicon = parse_lexicon(
        LEXICON_HEADER + "land\tcountry|land\tland\tnoun\t-|en|s\nbasis\tbase|basis\n"
    )
    land = lexicon.get("landen")
    assert (land.en, land.senses, land.linking) == ("country", ("land",), ("", "en", "s"))
    assert lexicon.get("basis").linking is None  # not given: every linker allowed
    assert lexicon.lookup("landen") == (land, True)  # a noun plural


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("land\tcountry\t\tnoun\tes", "lex.tsv:2: unknown linking element 'es'"),
        ("land\tcountry\t\tverbal\t-", "lex.tsv:2: unknown pos 'verbal'"),
    ],
)
def test_lexicon_errors_name_the_line(row, message):
    with pytest.raises(InputError, match=message):
        parse_lexicon(LEXICON_HEADER + row + "\n", "lex.tsv")


@pytest.mark.parametrize(
    ("plural", "singular"),
    [
        ("schepen", "schip"),
        ("Kamerleden", "Kamerlid"),
        ("uitgaven", "uitgave"),
        ("centra", "centrum"),
    ],
)
def test_irregular_plurals_are_undone(plural, singular):
    assert singular in base_forms(plural)


@pytest.mark.parametrize(
    ("english", "plural"),
    [
        ("frigate", "frigates"),
        ("cruise missile", "cruise missiles"),
        ("policy", "policies"),
        ("crisis", "crises"),
        ("member of parliament", "members of parliament"),
        ("armed forces", "armed forces"),
        ("equipment", "equipment"),
        ("aircraft", "aircraft"),
        ("German", "Germans"),
    ],
)
def test_english_plurals_only_where_english_uses_them(english, plural):
    assert pluralise(english) == plural


def test_an_abstract_modifier_selects_the_heads_abstract_sense():
    lexicon = parse_lexicon(
        "nl\ten\ten_modifier\tpos\tlinking\tnote\ten_abstract\tclass\n"
        "basis\tbase\tbasic\tnoun\t-\t\tbasis\n"
        "eenheid\tunit\t\tnoun\ts\t\tunity\n"
        "recht\tright\tlegal\tnoun\ts\t\t\tabstract\n"
        "marine\tnavy\tnaval\tnoun\t-\n"
        "politiek\tpolitical\t\tadj\t-\t\t\tabstract\n"
        "militair\tmilitary\t\tadj\t-\n"
    )
    tr = CompoundTranslator(parse_termbase(TB_HEADER), lexicon)
    assert tr.compose("rechtsbasis")[0] == "legal basis"
    assert tr.compose("marinebasis")[0] == "naval base"  # a concrete modifier: the default
    assert tr.compose("politieke eenheid")[0] == "political unity"
    assert tr.compose("militaire eenheid")[0] == "military unit"
    assert tr.compose("basis")[0] == "base"


def test_an_unknown_class_names_file_and_line():
    with pytest.raises(InputError, match=r"lex\.tsv:2: unknown class 'vague'"):
        parse_lexicon("nl\ten\tclass\nbasis\tbase\tvague\n", "lex.tsv")


@pytest.mark.parametrize(
    ("dutch", "english"),
    [
        ("rechtsbasis", "legal basis"),
        ("juridische basis", "legal basis"),
        ("bondgenootschappelijke eenheid", "Allied unity"),
        ("Patriot-systeem", "Patriot system"),
    ],
)
def test_shipped_lexicon_senses(shipped, dutch, english):
    assert shipped.compose(dutch)[0] == english


@pytest.mark.parametrize(
    ("dutch", "english"),
    [
        (
            "Protocol bij het Noord-Atlantisch Verdrag inzake de toetreding van Montenegro",
            "Protocol to the North Atlantic Treaty on the Accession of Montenegro",
        ),
        (
            "Protocol bij het Noord-Atlantisch Verdrag betreffende de toetreding van de "
            "Republiek Finland",
            "Protocol to the North Atlantic Treaty on the Accession of the Republic of Finland",
        ),
        (
            "Protocol bij het Verdrag inzake Conventionele Strijdkrachten in Europa",
            "Protocol to the Treaty on Conventional Armed Forces in Europe",
        ),
        (  # one title for several instruments
            "Protocollen bij het Noord-Atlantisch Verdrag inzake de toetreding van de Republiek "
            "Albanië en de Republiek Kroatië",
            "Protocols to the North Atlantic Treaty on the Accession of the Republic of Albania "
            "and the Republic of Croatia",
        ),
        (  # the formulas of an amending or founding instrument
            "Protocol tot wijziging van de Veiligheidsbijlage bij de Overeenkomst",
            "Protocol amending the Security Annex to the Agreement",
        ),
        (
            "Verdrag tot oprichting van de Europese Gemeenschap",
            "Treaty establishing the European Community",
        ),
    ],
)
def test_an_official_title_keeps_its_order_and_takes_treaty_prepositions(shipped, dutch, english):
    """Treaty titles are translated in their own order (no ``<place> X`` reordering), with
    the prepositions and capitals of English treaty titles."""
    [answer] = shipped.resolve(Candidate(dutch, "entity", 1.0, 1))
    assert answer.text == english and answer.source == "compound"


@pytest.mark.parametrize(
    ("name", "english"),
    [
        ("Intermediate-Range Nuclear Forces-verdrag", "Intermediate-Range Nuclear Forces Treaty"),
        ("Baltic Air Policing-missie", "Baltic Air Policing Mission"),
        ("Noord-Atlantische Raad-besluit", None),  # a Dutch name: composed word by word
    ],
)
def test_an_english_name_with_a_dutch_head_keeps_the_name(shipped, name, english):
    """The name stays as written (``Range`` is no Dutch *rang*); the head is translated and
    capitalised as the name's word."""
    found = shipped.named_compound(name)
    assert (found[0] if found else None) == english


def test_a_foreign_name_nothing_knows_is_kept_as_written_for_review(shipped):
    """``Tikrit``: no Dutch word, unknown to the term base, CLDR and the lexicon; Dutch writes
    a foreign place as English does, so it is proposed as written, with a note to check.
    Terms and Dutch words are not kept so."""

    def resolve(term: str, kind: str = "entity") -> list[Translation]:
        return shipped.resolve(Candidate(term=term, kind=kind, score=1.0, freq=1))

    [tikrit] = resolve("Tikrit")
    assert tikrit.text == "Tikrit" and "check" in tikrit.note
    assert resolve("Tikrit", "term") == []
    assert resolve("Kabinetsmissive") == []  # kabinet + s + an unknown part: Dutch
    assert [t.text for t in resolve("Kamer")] == ["The House"]


def test_a_name_seen_only_after_a_preposition_of_place_is_a_place_kept_as_written(shipped):
    """``in Noordwijk``: a Dutch place the term base and CLDR do not know is written as the
    place does, not composed ("Northern neighbourhood"); the same word in another use is
    composed as before."""

    def resolve(term: str, *sentences: str) -> list[str]:
        occurrences = [Occurrence("l", 0, 1, s) for s in sentences]
        cand = Candidate(term=term, kind="entity", score=1.0, freq=1, occurrences=occurrences)
        return [t.text for t in shipped.resolve(cand)]

    place = resolve(
        "Noordwijk",
        "In Noordwijk vindt een informele bijeenkomst plaats.",
        "Het besluit van oktober 2007 in Noordwijk werd herzien.",
    )
    assert place == ["Noordwijk"]
    assert resolve("Noordwijk", "Noordwijk is een badplaats.") != ["Noordwijk"]
    assert resolve("Irak", "De missie in Irak gaat door.") == []  # CLDR's: Iraq


def test_every_compass_point_has_its_english_adjective():
    """The points extraction lifts (:data:`COMPASS_POINTS`) are the points the translator
    renders: a point without English would fail the translator."""
    from glossary.nlp.dutch.names import COMPASS_POINTS
    from glossary.translate.compound import COMPASS_ENGLISH

    assert set(COMPASS_ENGLISH) == COMPASS_POINTS
