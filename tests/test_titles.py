"""Titles: the office vocabulary is data (dipnews/extract/lexicons/titles.yaml) and every kept
title is made of office words only (dipnews.extract.actors.titles.office_title), checked on
strings and on sentences written here."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from dipnews.extract.actors import titles
from dipnews.extract.actors.extractor import extract_actors
from dipnews.model import ArticleActors, ArticleMeta

# --- the vocabulary as data ----------------------------------------------------------------------


def test_the_vocabulary_is_read_from_the_lexicon() -> None:
    lexicon = titles.TITLES_LEXICON
    assert titles.TITLE_HEADS is lexicon.words("title_heads")
    assert titles.TITLE_MODIFIERS is lexicon.words("title_modifiers")
    assert titles.TITLE_OF_OBJECTS is lexicon.words("title_of_objects")
    assert {"president", "minister", "secretary-general", "ceo"} <= titles.TITLE_HEADS
    assert {"foreign", "deputy", "prime", "defence"} <= titles.TITLE_MODIFIERS
    assert {"state", "the treasury", "the joint chiefs of staff"} <= titles.TITLE_OF_OBJECTS


def test_title_head_and_title_word_keep_their_behaviour() -> None:
    assert titles.title_head("Rep.") == "representative"
    assert titles.title_head("President") == "president"
    assert titles.title_head("report") is None
    assert titles.is_title_word("Foreign") and titles.is_title_word("sen.")
    assert not titles.is_title_word("committee")  # an office-unit word, allowed only inside a title


# --- the final filter ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("read", "office"),
    [
        ("president", "president"),
        ("-president", "president"),  # a hyphen left over from a compound
        ("president-", "president"),
        ("report president", "president"),  # a noun of the clause before the name
        ("month deputy prime minister", "deputy prime minister"),
        ("ex-president", "ex-president"),
        ("vice-president", "vice-president"),
        ("secretary of state", "secretary of state"),
        ("leader of the harbour workers league", "leader of the harbour workers league"),
        ("chairman of the steel federation (kfs", "chairman of the steel federation"),
        ("senate judiciary committee chairman", "senate judiciary committee chairman"),
        ("Deputy Foreign Minister", "deputy foreign minister"),
    ],
)
def test_office_title_keeps_the_office(read: str, office: str) -> None:
    assert titles.office_title(read) == office


@pytest.mark.parametrize("read", ["", "-", "former", "new", "the", "report", "president report", "(minister"])
def test_office_title_rejects_what_names_no_office(read: str) -> None:
    assert titles.office_title(read) is None


def test_a_hyphenated_office_is_a_compound_of_office_words() -> None:
    assert titles.is_office_compound("ex-president")
    assert titles.is_office_compound("vice-premier")
    assert not titles.is_office_compound("anti-corruption-president")
    assert not titles.is_office_compound("ex-wife")


# --- sentences ----------------------------------------------------------------------------------


def _titles(nlp: Language, text: str) -> dict[str, list[str]]:
    result: ArticleActors = extract_actors(
        nlp(text), ArticleMeta(article_id="t", text=text, published_date=dt.date(2016, 1, 1))
    )
    return {a.name: a.titles for a in result.actors if a.actor_type == "person"}


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "A television report President Marek Halvorsen signed on Monday said the border reopens.",
            "Marek Halvorsen",
            ["president"],
        ),
        (
            "After a month Deputy Prime Minister Ana Kovac returned to the capital.",
            "Ana Kovac",
            ["deputy prime minister"],
        ),
        ("The ex-President Tomas Brandt spoke in Oslo on Friday.", "Tomas Brandt", ["ex-president"]),
        ("The anti-corruption-president Petr Novak resigned.", "Petr Novak", []),
        (
            "The Keidanren chairman, Hiro Tanaka (the federation of firms), said exports rose.",
            "Hiro Tanaka",
            ["chairman"],
        ),
    ],
)
def test_titles_read_from_sentences_are_offices(
    nlp: Language, text: str, name: str, expected: list[str]
) -> None:
    persons = _titles(nlp, text)
    assert persons[name] == expected
    for read in persons[name]:
        assert titles.office_title(read) == read


# --- a title before a name makes a person ------------------------------------------------------


def _actors(nlp: Language, text: str) -> ArticleActors:
    return extract_actors(
        nlp(text), ArticleMeta(article_id="t", text=text, published_date=dt.date(2016, 1, 1))
    )


@pytest.mark.parametrize(
    ("text", "name", "country", "title"),
    [
        # demonym + office + name, tagged ORG/GPE by the small model
        ("South African President Thabo Nkosi met officials in Nairobi.", "Thabo Nkosi", "ZAF", "president"),
        (
            "Kenyan Foreign Minister Amina Odede said the talks went well.",
            "Amina Odede",
            "KEN",
            "foreign minister",
        ),
        (
            "Brazilian Finance Minister Caio Mendes announced a budget on Tuesday.",
            "Caio Mendes",
            "BRA",
            "finance minister",
        ),
        ("Norwegian Ambassador Lars Eide presented his credentials.", "Lars Eide", "NOR", "ambassador"),
        # possessive country + office + name
        ("Ghana's Trade Minister Kofi Asante signed the deal.", "Kofi Asante", "GHA", "trade minister"),
        # office alone before the name
        ("Senator Dana Whitcomb voted against the bill.", "Dana Whitcomb", "USA", "senator"),
        ("Governor Ruth Okafor of Lagos opened the port.", "Ruth Okafor", None, "governor"),
        # rank modifiers, an "of <country>" after the name
        (
            "The talks were led by Deputy Prime Minister Elif Demir of Turkey.",
            "Elif Demir",
            "TUR",
            "deputy prime minister",
        ),
        # a hyphenated given name, a three-word office
        ("Finance Minister Chen Wei-ling flew home on Friday.", "Chen Wei-ling", None, "finance minister"),
        (
            "Chief Executive Officer Paulo Reis left the company.",
            "Paulo Reis",
            None,
            "chief executive officer",
        ),
        # a hyphenated office
        ("Ex-President Tomas Brandt opened the exhibition.", "Tomas Brandt", None, "ex-president"),
        # the name runs on into an attribute noun: the name stops before it
        (
            "President Ines Carvalho Administration officials said nothing.",
            "Ines Carvalho",
            None,
            "president",
        ),
    ],
)
def test_a_title_before_a_name_makes_a_person(
    nlp: Language, text: str, name: str, country: str | None, title: str
) -> None:
    result = _actors(nlp, text)
    actor = result.actor(f"person:{name}")
    assert actor is not None, [(a.local_key, a.titles) for a in result.actors]
    assert title in actor.titles
    if country is not None:
        assert actor.country_iso3 == country
    assert result.actor(f"organization:{name}") is None


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Office staff were absent on Monday.",  # an organisation word, not a name
        "The Defence Minister Monday rejected the plan.",  # a date after the office
        "Foreign Minister Canada signed nothing.",  # a country after the office
    ],
)
def test_an_office_before_a_non_name_makes_no_person(nlp: Language, text: str) -> None:
    assert [a.name for a in _actors(nlp, text).actors if a.actor_type == "person"] == []
