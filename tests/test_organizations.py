"""Organisations: acronyms an article defines join the spelled-out name (sentences written here)."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from dipnews.extract.actors.extractor import _is_acronym_of, extract_actors
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
