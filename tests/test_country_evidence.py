"""The per-article evidence for an actor's country: recorded by the extractor, carried through the
per-article JSON, and checked by the extractions schema."""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pandera.errors
import pytest
from spacy.language import Language

from dipnews.extract.actors.extractor import extract_actors
from dipnews.model import COUNTRY_EVIDENCE, ArticleActors, ArticleExtraction, ArticleMeta, LocalActor
from dipnews.serialize import from_json, to_json
from schemas import extractions as extractions_schema


def _evidence(nlp: Language, text: str) -> dict[str, tuple[str | None, str | None]]:
    result = extract_actors(
        nlp(text), ArticleMeta(article_id="t", text=text, published_date=dt.date(2016, 1, 1))
    )
    return {a.name: (a.country_iso3, a.country_evidence) for a in result.actors}


def test_a_country_word_with_the_name_is_explicit(nlp: Language) -> None:
    found = _evidence(nlp, "Hungarian Foreign Minister Anton Varga arrived on Monday.")
    assert found["Anton Varga"] == ("HUN", "explicit")


def test_an_office_of_one_country_is_institution_evidence(nlp: Language) -> None:
    found = _evidence(nlp, "Senator Dana Whitcomb voted against the bill.")
    assert found["Dana Whitcomb"] == ("USA", "institution")


def test_the_setting_of_the_story_is_the_weakest_evidence(nlp: Language) -> None:
    text = "Police in Vienna said on Monday that Austria would tighten its rules. Anton Varga agreed."
    found = _evidence(nlp, text)
    assert found["Anton Varga"] == ("AUT", "setting")
    assert found["Austria"] == ("AUT", "explicit")


def test_every_actor_with_a_country_says_how_explicit_it_is(nlp: Language, seed_text: str) -> None:
    result = extract_actors(nlp(seed_text), ArticleMeta(article_id="t", text=seed_text))
    for actor in result.actors:
        no_affiliation = actor.country_iso3 is None and actor.country_evidence == "institution"
        assert (actor.country_iso3 is None) == (actor.country_evidence is None) or no_affiliation, actor
        assert actor.country_evidence is None or actor.country_evidence in COUNTRY_EVIDENCE


def _payload(actor: LocalActor) -> str:
    return to_json(ArticleExtraction("a" * 16, 1, ArticleActors([actor], [])))


def test_the_evidence_survives_the_per_article_json() -> None:
    actor = LocalActor("person:A B", "A B", "person", "HUN", country_evidence="explicit")
    assert from_json(_payload(actor)).actors.actors[0].country_evidence == "explicit"


def test_a_payload_written_before_the_evidence_was_recorded_still_reads() -> None:
    data = json.loads(_payload(LocalActor("person:A B", "A B", "person", "HUN")))
    del data["actors"]["actors"][0]["country_evidence"]
    assert from_json(json.dumps(data)).actors.actors[0].country_evidence is None


def _validate(payload: str) -> None:
    frame = pd.DataFrame({"article_id": ["a" * 16], "n_sentences": [1], "payload": [payload]})
    frame = frame.astype({"article_id": "string", "n_sentences": "int32", "payload": "string"})
    extractions_schema.schema().validate(frame)


def test_the_extractions_schema_checks_the_evidence() -> None:
    _validate(_payload(LocalActor("person:A B", "A B", "person", "HUN", country_evidence="explicit")))
    with pytest.raises(pandera.errors.SchemaError):
        _validate(_payload(LocalActor("person:A B", "A B", "person", "HUN", country_evidence="rumour")))
    with pytest.raises(pandera.errors.SchemaError):
        _validate(_payload(LocalActor("person:A B", "A B", "person", None, country_evidence="explicit")))
    # An official of an international body: institution evidence of no national affiliation.
    _validate(_payload(LocalActor("person:A B", "A B", "person", None, country_evidence="institution")))


def test_an_official_of_an_international_body_has_evidence_of_no_country(nlp: Language) -> None:
    found = _evidence(nlp, "IMF Managing Director Michel Camdessus said the talks went well.")
    assert found["Michel Camdessus"] == (None, "institution")
