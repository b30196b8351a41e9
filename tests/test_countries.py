"""Country look-ups: names, press forms, demonyms, capitals, places, canonical names."""

from __future__ import annotations

import pytest

from dipnews.countries import (
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
    from dipnews.countries import _demonym_table

    assert all(is_country_code(code) for code in _demonym_table().values())


def test_institution_country() -> None:
    from dipnews.countries import institution_country

    assert institution_country("the Bundesbank") == "DEU"
    assert institution_country("Bank of Japan") == "JPN"
    assert institution_country("Acme Widgets") is None


def test_international_body() -> None:
    from dipnews.countries import is_international_body

    assert is_international_body("IMF")
    assert is_international_body("the World Bank")
    assert not is_international_body("Bundesbank")


def test_leader_country_full_name_and_listed_surname() -> None:
    from dipnews.countries import leader_country

    assert leader_country("Ronald Reagan") == "USA"
    assert leader_country("Reagan") == "USA"
    assert leader_country("Bush") is None  # not in LEADER_SURNAMES: a surname alone is not enough
    assert leader_country("John Smith") is None
