"""Organisations: acronyms an article defines join the spelled-out name (sentences written here)."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from dipnews.extract.actors.extractor import _is_acronym_of, extract_actors
from dipnews.extract.actors.organizations import BODY_HEADS, NEWS_AGENCIES, organization_patterns
from dipnews.model import ArticleActors, ArticleMeta


def _run(nlp: Language, text: str) -> ArticleActors:
    return extract_actors(
        nlp(text), ArticleMeta(article_id="t", text=text, published_date=dt.date(2016, 1, 1))
    )


def _org_mentions(result: ArticleActors) -> list[tuple[str, str, str]]:
    return [
        (m.local_key, m.mention_text, m.mention_kind)
        for m in result.mentions
        if m.local_key.startswith("organization:")
    ]


def test_an_acronym_defined_in_brackets_is_the_organisation_wherever_it_occurs(nlp: Language) -> None:
    text = (
        "The Northern Farmers Union (NFU) called a strike on Monday. "
        "Officials said NFU members would block the roads, and the NFU would not negotiate."
    )
    mentions = _org_mentions(_run(nlp, text))
    key = "organization:Northern Farmers Union"
    assert (key, "Northern Farmers Union", "name") in mentions
    # An acronym is another form of the name: "alias", as elsewhere in the extractor.
    assert [m for m in mentions if m[1] == "NFU"] == [(key, "NFU", "alias")] * 3


def test_a_bracketed_word_that_is_not_an_acronym_of_the_name_is_not_read_as_one() -> None:
    assert _is_acronym_of("NFU", "Northern Farmers Union")
    assert not _is_acronym_of("USA", "Northern Farmers Union")


# --- organisation names the lexicon's patterns find ------------------------------------------------------


def _organizations(result: ArticleActors) -> set[str]:
    return {a.name for a in result.actors if a.actor_type == "organization"}


def test_a_body_named_by_name_words_and_its_head_is_an_organisation(nlp: Language) -> None:
    text = "The Kelvani Interior Ministry said on Tuesday that the Ministry of Fisheries would close."
    assert {"Kelvani Interior Ministry", "Ministry of Fisheries"} <= _organizations(_run(nlp, text))


def test_a_firm_named_with_its_corporate_suffix_is_an_organisation(nlp: Language) -> None:
    text = "Shares of Brantwell Harbour Corp fell after Quoddy Mills Inc cut its forecast."
    assert {"Brantwell Harbour Corp", "Quoddy Mills Inc"} <= _organizations(_run(nlp, text))


def test_a_news_agency_cited_by_name_is_an_organisation(nlp: Language) -> None:
    text = "The talks ended without agreement, Interfax reported, citing a diplomat."
    assert "Interfax" in _organizations(_run(nlp, text))


def test_the_patterns_leave_persons_titles_and_countries_alone(nlp: Language) -> None:
    result = _run(nlp, "Kelvani Foreign Minister Arto Benn met the Finance Committee in Oslo.")
    persons = {a.name: a.titles for a in result.actors if a.actor_type == "person"}
    assert persons == {"Arto Benn": ["foreign minister"]}
    assert "Foreign Minister" not in _organizations(result)  # an office, not a body


def test_organisation_patterns_are_built_from_the_lexicon() -> None:
    patterns = organization_patterns({"ministry"}, {"inc"}, [["Xinhua"]])
    assert patterns["agency"] == [[{"ORTH": "Xinhua"}]]
    assert all(p[-1]["LOWER"] == {"IN": ["inc"]} for p in patterns["firm"])
    assert {"ministry", "bank", "party"} <= BODY_HEADS
    assert "Interfax" in NEWS_AGENCIES


def test_a_body_whose_first_word_is_joined_by_a_hyphen_is_named_whole(nlp: Language) -> None:
    text = "The Anti-Corruption Commission and the Pro-Democracy Council said on Tuesday they would meet."
    found = _organizations(_run(nlp, text))
    assert {"Anti-Corruption Commission", "Pro-Democracy Council"} <= found
    assert not {"Corruption Commission", "Democracy Council"} & found
