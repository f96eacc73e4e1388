"""The gazetteer: how news text names countries, regions, blocs, companies and systems."""

from __future__ import annotations

import pytest

from dashboard.ingest.gazetteer import Gazetteer, Mention, load_gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def keys(mentions: list[Mention]) -> list[tuple[str, str, str]]:
    return [(m.surface, m.place.key, m.via) for m in mentions]


def test_names_short_names_and_official_names(gaz: Gazetteer) -> None:
    text = "The US, the U.S., the UK, Britain, Russia, Iran and the Russian Federation."
    assert [k for _, k, _ in keys(gaz.find(text))] == [
        "usa",
        "usa",
        "gbr",
        "gbr",
        "rus",
        "irn",
        "rus",
    ]


def test_short_forms_of_two_part_names(gaz: Gazetteer) -> None:
    # news copy says "Bosnia" and "Trinidad"; the full names still win where they are written
    text = "Bosnia, Trinidad, Bosnia and Herzegovina, Trinidad and Tobago and Sao Tome."
    assert [(s, k) for s, k, _ in keys(gaz.find(text))] == [
        ("Bosnia", "bih"),
        ("Trinidad", "tto"),
        ("Bosnia and Herzegovina", "bih"),
        ("Trinidad and Tobago", "tto"),
        ("Sao Tome", "stp"),
    ]


def test_longest_name_wins(gaz: Gazetteer) -> None:
    found = keys(gaz.find("North Korea shipped shells; South Korean officials and South Korea"))
    assert found == [
        ("North Korea", "prk", "name"),
        ("South Korean", "kor", "demonym"),
        ("South Korea", "kor", "name"),
    ]


@pytest.mark.parametrize(
    ("surface", "key"),
    [
        ("Ankara", "tur"),
        ("Ottawa", "can"),
        ("Kyiv", "ukr"),
        ("Kiev", "ukr"),
        ("Pyongyang", "prk"),
        ("Seoul", "kor"),
        ("Washington", "usa"),
        ("Moscow", "rus"),
        ("Beijing", "chn"),
    ],
)
def test_capitals_stand_for_their_country(gaz: Gazetteer, surface: str, key: str) -> None:
    [m] = gaz.find(f"Officials in {surface} said nothing.")
    assert (m.surface, m.place.key, m.via) == (surface, key, "capital")
    assert m.place.kind == "country"


@pytest.mark.parametrize(
    ("surface", "key"),
    [
        ("Bundestag", "deu"),
        ("Knesset", "isr"),
        ("Verkhovna Rada", "ukr"),
        ("State Duma", "rus"),
        ("BAFA", "deu"),
        ("DSCA", "usa"),
        ("Defense Security Cooperation Agency", "usa"),
        ("Commerce Department", "usa"),
        ("Treasury Department", "usa"),
        ("Inspectorate of Strategic Products", "swe"),
        ("IDF", "isr"),
        ("PLA", "chn"),
        ("IRGC", "irn"),
        ("Tatmadaw", "mmr"),
        ("Putin", "rus"),
        ("Erdogan", "tur"),
        ("Erdoğan", "tur"),
        ("Zelensky", "ukr"),
        ("Zelenskyy", "ukr"),
        ("Xi Jinping", "chn"),
        ("Modi", "ind"),
        ("Biden", "usa"),
        ("Trump", "usa"),
        ("Macron", "fra"),
        ("Scholz", "deu"),
        ("Netanyahu", "isr"),
        ("Kim Jong Un", "prk"),
        ("Lukashenko", "blr"),
        ("Mohammed bin Salman", "sau"),
        ("MBS", "sau"),
    ],
)
def test_institutions_and_leaders_stand_for_their_country(
    gaz: Gazetteer, surface: str, key: str
) -> None:
    # they act for their country the way "the Kremlin" does, so they read as capitals
    [m] = gaz.find(f"On Monday {surface} said nothing.")
    assert (m.surface, m.place.key, m.via) == (surface, key, "capital")
    assert [m.place.key for m in gaz.find(f"{surface}'s decision")] == [key]


def test_shared_institution_and_leader_names_stay_unplaced(gaz: Gazetteer) -> None:
    # parliaments and ministries every country has, a name two countries' ministers share,
    # the common word, a bare family name, and the city Xi'an name no country
    text = (
        "Congress, Parliament, the Senate, the Defence Ministry, the National Assembly, "
        "Pedro Sánchez, a trump card, Kim and the Xi'an plant."
    )
    assert gaz.find(text) == []


def test_longest_institution_name_wins(gaz: Gazetteer) -> None:
    # "Sudan People's Liberation Army" over "Sudan"; "the Royal Navy" and "the Royal Air
    # Force" alone are any kingdom's (a Moroccan story calls Morocco's so)
    text = "The Royal Navy of Oman, the Royal Air Force and the Sudan People's Liberation Army."
    assert [(m.surface, m.place.key) for m in gaz.find(text)] == [
        ("Oman", "omn"),
        ("Sudan People's Liberation Army", "ssd"),
    ]


def test_demonyms(gaz: Gazetteer) -> None:
    found = keys(gaz.find("Canadian optics on a Turkish drone flown by Azerbaijani forces"))
    assert found == [
        ("Canadian", "can", "demonym"),
        ("Turkish", "tur", "demonym"),
        ("Azerbaijani", "aze", "demonym"),
    ]
    # countryinfo gives "Dominican" to Dominica; in the news it is the Dominican Republic
    assert keys(gaz.find("the Dominican air force")) == [("Dominican", "dom", "demonym")]
    # demonyms countryinfo lacks: "the Lao army", "Korean-built jets" (the North is "North Korean")
    assert keys(gaz.find("the Lao army")) == [("Lao", "lao", "demonym")]
    assert keys(gaz.find("Korean-built jets")) == [("Korean", "kor", "demonym")]
    assert keys(gaz.find("North Korean shells")) == [("North Korean", "prk", "demonym")]
    # armed groups that receive arms are placed in the country they fight in
    assert keys(gaz.find("the Houthis and Hezbollah")) == [
        ("Houthis", "yem", "alias"),
        ("Hezbollah", "lbn", "alias"),
    ]
    # sanctions and export-control lists place Hong Kong and Macau firms under China
    assert keys(gaz.find("a Hong Kong trader")) == [("Hong Kong", "chn", "name")]
    # Belgium's regions license its arms exports
    assert keys(gaz.find("Flanders and the Walloon government")) == [
        ("Flanders", "bel", "name"),
        ("Walloon", "bel", "demonym"),
    ]


def test_possessives_with_straight_and_curly_apostrophes(gaz: Gazetteer) -> None:
    text = "Turkey's decision and Ottawa’s move"
    found = gaz.find(text)
    assert keys(found) == [("Turkey", "tur", "name"), ("Ottawa", "can", "capital")]
    # the span covers the name only, not the possessive ending
    assert [text[m.start : m.end] for m in found] == ["Turkey", "Ottawa"]


def test_regions_blocs_companies_and_systems(gaz: Gazetteer) -> None:
    text = (
        "In Nagorno-Karabakh a Bayraktar TB2 carried optics by L3 Harris WESCAM; "
        "the EU and NATO were told; Rheinmetall, Baykar and the S-400, F-35 and HIMARS."
    )
    found = keys(gaz.find(text))
    assert found == [
        ("Nagorno-Karabakh", "nagorno-karabakh", "region"),
        ("Bayraktar TB2", "tur", "system"),
        ("L3 Harris WESCAM", "can", "company"),
        ("EU", "eu", "bloc"),
        ("NATO", "nato", "bloc"),
        ("Rheinmetall", "deu", "company"),
        ("Baykar", "tur", "company"),
        ("S-400", "rus", "system"),
        ("F-35", "usa", "system"),
        ("HIMARS", "usa", "system"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the longest name wins: BAE's Swedish arm, Leonardo's American arm
        ("a contract with BAE Systems Hägglunds", ("BAE Systems Hägglunds", "swe", "company")),
        ("a contract with BAE Systems", ("BAE Systems", "gbr", "company")),
        ("radars from Leonardo DRS", ("Leonardo DRS", "usa", "company")),
        # plural and model variant of a system
        ("three C-390s", ("C-390", "bra", "system")),
        ("two AW109s", ("AW109", "ita", "system")),
        ("Mi-17V5 helicopters", ("Mi-17", "rus", "system")),
        ("Akıncı drones", ("Akıncı", "tur", "system")),
    ],
)
def test_makers_and_systems_tell_the_supplier(
    gaz: Gazetteer, text: str, expected: tuple[str, str, str]
) -> None:
    assert keys(gaz.find(text)) == [expected]


def test_truncated_region_name_from_the_seed(gaz: Gazetteer) -> None:
    [m] = gaz.find("forces fighting in Nagorno-, said Foreign Minister Marc Garneau")
    assert m.place.key == "nagorno-karabakh"
    assert m.place.kind == "region"


def test_region_has_coordinates_and_its_country(gaz: Gazetteer) -> None:
    place = gaz.lookup("Nagorno-Karabakh")
    assert place is not None
    assert place.kind == "region"
    assert place.iso3 == "AZE"
    assert 39 < place.lat < 41 and 45 < place.lon < 48


def test_words_inside_other_words_are_not_places(gaz: Gazetteer) -> None:
    assert [m.place.key for m in gaz.find("Nigerian troops in Niger")] == ["nga", "ner"]
    surfaces = [m.surface for m in gaz.find("thus plus Chinatown focus Indian Ocean")]
    assert surfaces == []  # "us" in lower case, "China" inside a word, a sea


def test_lookup_by_name_code_and_key(gaz: Gazetteer) -> None:
    assert gaz.lookup("TUR") == gaz.lookup("tr") == gaz.lookup("Turkey")
    assert gaz.lookup("turkey") is not None
    eu = gaz.lookup("EU")
    assert eu is not None and eu.key == "eu" and eu.kind == "bloc"
    assert gaz.lookup("Atlantis") is None


def test_georgia_is_ambiguous_and_not_silently_looked_up(gaz: Gazetteer) -> None:
    readings = gaz.ambiguous("Georgia")
    assert {(p.iso3, p.kind) for p in readings} == {("GEO", "country"), ("USA", "region")}
    assert gaz.lookup("Georgia") is None
    assert gaz.ambiguous("Canada") == ()


@pytest.mark.parametrize(
    ("iso3", "lat_range", "lon_range"),
    [
        ("CAN", (45, 70), (-110, -70)),
        ("TUR", (36, 42), (26, 45)),
        ("AZE", (38, 42), (44, 51)),
        ("LBY", (19, 33), (9, 26)),
        ("RUS", (45, 75), (30, 180)),
        ("USA", (25, 50), (-125, -67)),
        ("SAU", (16, 32), (34, 56)),
    ],
)
def test_country_coordinates_are_inside_the_country(
    gaz: Gazetteer, iso3: str, lat_range: tuple[float, float], lon_range: tuple[float, float]
) -> None:
    place = gaz.country(iso3)
    assert place is not None
    assert lat_range[0] <= place.lat <= lat_range[1]
    assert lon_range[0] <= place.lon <= lon_range[1]


def test_find_is_deterministic_and_in_text_order(gaz: Gazetteer) -> None:
    text = "Moscow, Kyiv, Berlin, Paris and Washington"
    first = gaz.find(text)
    assert first == gaz.find(text)
    assert [m.start for m in first] == sorted(m.start for m in first)


@pytest.mark.parametrize(
    ("text", "iso3"),
    [("French jets", "FRA"), ("American avionics", "USA"), ("the Tajik army", "TJK")],
)
def test_curated_demonyms_win_over_countryinfo_territories(text: str, iso3: str) -> None:
    """countryinfo gives "French" to the French Southern Territories and "American" to the
    Northern Mariana Islands; news text means France and the United States."""
    [mention] = load_gazetteer().find(text)
    assert mention.place.iso3 == iso3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Piracy in the Gulf of Guinea fell; Guinea bought boats.", ["gin"]),
        ("Boko Haram fighters around Lake Chad attacked Chad's army.", ["tcd"]),
        ("Militants in the Niger Delta and the army of Niger.", ["niger-delta", "ner"]),
        ("Ships in the Taiwan Strait; Taiwan ordered missiles.", ["twn"]),
        ("Papua New Guinea, not the island of New Guinea.", ["png"]),
        ("A factory in Belfast, Northern Ireland, and Ireland's army.", ["gbr", "irl"]),
    ],
)
def test_waters_and_regions_named_after_a_country_are_not_that_country(
    gaz: Gazetteer, text: str, expected: list[str]
) -> None:
    assert [k for _, k, _ in keys(gaz.find(text))] == expected


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Coast Guard gets boats\n\nPORT OF SPAIN, Aug 12 - The boats arrived.", "TTO"),
        ("OSLO - Norway will stop processing new applications.", "NOR"),
        ("Headline\nKAMPALA (Reuters) - The army received trucks.", "UGA"),
        ("WASHINGTON — The State Department approved the sale.", "USA"),
        ("OPINION: Why the sale matters", None),  # a rubric, not a place
        ("The army received trucks.\n\nNo dateline here.", None),
        ("SUBIC BAY, March 3 - A frigate arrived.", None),  # a town the gazetteer lacks
    ],
)
def test_dateline_names_where_the_story_is_filed_from(
    gaz: Gazetteer, text: str, iso3: str | None
) -> None:
    place = gaz.dateline(text)
    assert (place.iso3 if place else None) == iso3


def test_native_spellings_that_are_english_words_name_no_country(gaz: Gazetteer) -> None:
    text = "Two former Island-class cutters, a novel by Thomas Mann, and Iceland."
    assert [k for _, k, _ in keys(gaz.find(text))] == ["isl"]
