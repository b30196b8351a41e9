"""The one normalised name form (dipnews.extract.actors.names), used by ids, clustering and scoring."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from dipnews.extract.actors.extractor import extract_actors
from dipnews.extract.actors.names import fold_accents, normalise_name
from dipnews.model import ArticleMeta


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Lech Wałęsa", "Lech Walesa"),  # "ł" has no NFKD decomposition
        ("Martin Ødegaard", "Martin Odegaard"),
        ("José Sarney", "JOSE SARNEY"),
        ("Enrique Peña  Nieto", "enrique pena nieto"),
        ("U.S.", "US"),
        ("the U.S.", "US"),
        ("Putin's", "Putin"),
        ("Putin’s", "Putin"),
        ("Dmitri A. Medvedev", "Dmitri A Medvedev"),
        ("Jean-Luc Mélenchon", "Jean Luc Melenchon"),
        ("Gauß", "Gauss"),
    ],
)
def test_spellings_of_one_name_share_one_form(first: str, second: str) -> None:
    assert normalise_name(first) == normalise_name(second)


def test_different_names_stay_apart() -> None:
    assert normalise_name("Lech Walesa") != normalise_name("Lech Wales")
    assert normalise_name("Xi") != normalise_name("Xia")


def test_fold_accents_keeps_case_and_ascii_text() -> None:
    assert fold_accents("Wałęsa") == "Walesa"
    assert fold_accents("Ødegaard") == "Odegaard"
    text = "Vladimir Putin"
    assert fold_accents(text) is text


def test_in_one_article_an_accented_and_a_plain_spelling_are_one_person(nlp: Language) -> None:
    text = "Lech Wałęsa met union leaders in Gdansk. Later, Walesa said the strike would end."
    result = extract_actors(
        nlp(text), ArticleMeta(article_id="t", text=text, published_date=dt.date(1990, 1, 1))
    )
    persons = [a.name for a in result.actors if a.actor_type == "person"]
    assert persons == ["Lech Wałęsa"]
