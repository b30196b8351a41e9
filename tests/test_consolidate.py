"""Corpus-wide consolidation on hand-built per-article records: exact rows out."""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd
import pytest

from dipnews.consolidate import actor_evidence
from dipnews.consolidate.corpus import build_actors, consolidate, normalise_name, stable_id
from dipnews.model import (
    ArticleActors,
    ArticleExtraction,
    LocalActor,
    LocalMeeting,
    LocalQuote,
    MeetingEvidence,
    Mention,
    Participant,
)
from dipnews.quality.stage_validation import validate_tables


def _article(article_id: str, text: str, published: dt.date | None) -> dict[str, object]:
    return {
        "article_id": article_id,
        "source_path": f"{article_id}.txt",
        "published_date": published,
        "title": None,
        "url": None,
        "publisher": None,
        "text": text,
    }


def _person(key: str, name: str, country: str | None = None, titles: tuple[str, ...] = ()) -> LocalActor:
    return LocalActor(
        local_key=key, name=name, actor_type="person", country_iso3=country, titles=list(titles)
    )


def _mention(text: str, key: str, surface: str, kind: str = "name", nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(key, 0, start, start + len(surface), surface, kind)


def _meeting_report(
    article_id: str,
    text: str,
    day: dt.date | None,
    precision: str,
    roles: dict[str, str],
    trigger: str = "met",
) -> ArticleExtraction:
    """One article reporting one meeting between the persons named in ``roles`` (name -> role)."""
    actors = [_person(f"person:{name}", name) for name in roles]
    mentions = [_mention(text, f"person:{name}", name) for name in roles]
    meeting = LocalMeeting(
        local_key="m0",
        meeting_type="meeting",
        status="occurred",
        date=day,
        date_precision=precision,
        date_text=None if day is None else "on Monday",
        location=None,
        location_country_iso3=None,
        is_background=False,
        confidence=0.8,
        participants=[Participant(f"person:{name}", role) for name, role in roles.items()],
        evidence=[MeetingEvidence(0, 0, len(text), trigger)],
    )
    return ArticleExtraction(article_id, 1, ArticleActors(actors, mentions), [meeting], [])


def test_stable_id_is_content_derived() -> None:
    assert stable_id("person", "vladimir putin") == stable_id("person", "vladimir putin")
    assert stable_id("person", "vladimir putin") != stable_id("organization", "vladimir putin")
    assert len(stable_id("x")) == 16


def test_normalise_name_ignores_case_accents_and_dots() -> None:
    assert normalise_name("José  Sarney") == normalise_name("jose sarney")
    assert normalise_name("U.S.") == normalise_name("US")


def test_consolidation_and_scoring_share_one_name_form() -> None:
    from dipnews.evaluation import scoring
    from dipnews.extract.actors import names

    assert normalise_name is names.normalise_name is scoring.normalise_name


def test_a_name_with_and_without_its_accents_is_one_actor_across_articles() -> None:
    extractions = [
        ArticleExtraction(
            article_id,
            1,
            ArticleActors([_person("p1", name, "POL")], [Mention("p1", 0, 0, len(name), name, "name")]),
        )
        for article_id, name in (("a" * 16, "Lech Wałęsa"), ("b" * 16, "Lech Walesa"))
    ]
    tables = build_actors(extractions)
    assert len(tables.actors) == 1
    row = tables.actors.iloc[0]
    assert (row["n_articles"], row["n_mentions"], row["country_iso3"]) == (2, 2, "POL")
    assert tables.ids[("a" * 16, "p1")] == tables.ids[("b" * 16, "p1")]
    assert {row["name"], *row["aliases"]} == {"Lech Wałęsa", "Lech Walesa"}


def test_surname_joins_the_one_full_name_in_the_corpus() -> None:
    first = ArticleExtraction(
        "a" * 16,
        1,
        ArticleActors([_person("p1", "Xi Jinping", "CHN")], [Mention("p1", 0, 0, 10, "Xi Jinping", "name")]),
    )
    second = ArticleExtraction(
        "b" * 16, 1, ArticleActors([_person("p1", "Xi")], [Mention("p1", 0, 0, 2, "Xi", "name")])
    )
    tables = build_actors([first, second])
    assert list(tables.actors["name"]) == ["Xi Jinping"]
    row = tables.actors.iloc[0]
    assert row["n_articles"] == 2 and row["n_mentions"] == 2
    assert row["country_iso3"] == "CHN"
    assert list(row["aliases"]) == ["Xi"]
    assert tables.ids[("b" * 16, "p1")] == tables.ids[("a" * 16, "p1")]


def test_ambiguous_surname_is_not_guessed() -> None:
    texts = ["John Smith", "Adam Smith", "Smith"]
    extractions = [
        ArticleExtraction(
            f"{i:016x}", 1, ArticleActors([_person("p", t)], [Mention("p", 0, 0, len(t), t, "name")])
        )
        for i, t in enumerate(texts)
    ]
    assert sorted(build_actors(extractions).actors["name"]) == ["Adam Smith", "John Smith", "Smith"]


def test_countries_are_one_actor_per_code_whatever_the_surface_form() -> None:
    a = ArticleExtraction(
        "a" * 16,
        1,
        ArticleActors(
            [LocalActor("country:GBR", "United Kingdom", "country", "GBR", aliases=["Britain"])],
            [Mention("country:GBR", 0, 0, 7, "Britain", "name")],
        ),
    )
    b = ArticleExtraction(
        "b" * 16,
        1,
        ArticleActors(
            [LocalActor("country:GBR", "United Kingdom", "country", "GBR")],
            [Mention("country:GBR", 0, 0, 6, "London", "capital")],
        ),
    )
    actors = build_actors([a, b]).actors
    assert len(actors) == 1
    assert actors.iloc[0]["country_iso3"] == "GBR"
    assert list(actors.iloc[0]["aliases"]) == ["Britain", "London"]


THREE_REPORTS = [
    ("1" * 16, "Jacques Chirac met Ronald Reagan at the White House.", dt.date(1987, 3, 31), "day"),
    ("2" * 16, "Ronald Reagan received Jacques Chirac for talks.", dt.date(1987, 3, 31), "day"),
    ("3" * 16, "Jacques Chirac and Ronald Reagan held talks last month.", dt.date(1987, 3, 1), "month"),
]


def _three_reports() -> tuple[pd.DataFrame, list[ArticleExtraction]]:
    """The articles of THREE_REPORTS and their extractions: one Chirac (visitor) - Reagan (host) meeting."""
    extractions = [
        _meeting_report(
            aid, text, day, precision, {"Jacques Chirac": "visitor", "Ronald Reagan": "host"}, trigger
        )
        for (aid, text, day, precision), trigger in zip(
            THREE_REPORTS, ("met", "received", "held talks"), strict=True
        )
    ]
    articles = pd.DataFrame([_article(aid, text, dt.date(1987, 4, 1)) for aid, text, _, _ in THREE_REPORTS])
    return articles, extractions


def test_three_articles_reporting_one_meeting_are_one_row() -> None:
    articles, extractions = _three_reports()
    tables = validate_tables(consolidate(articles, extractions))
    meetings = tables["meetings"]
    assert len(meetings) == 1
    meeting = meetings.iloc[0]
    assert meeting["n_articles"] == 3
    assert meeting["date"] == dt.date(1987, 3, 31) and meeting["date_precision"] == "day"
    assert len(tables["meeting_mentions"]) == 3
    assert sorted(tables["meeting_participants"]["role"]) == ["host", "visitor"]
    # Noisy-or of three independent 0.8 reports.
    assert meeting["confidence"] == pytest.approx(1 - 0.2**3, abs=1e-4)


def test_two_meetings_of_the_same_people_on_different_days_stay_two() -> None:
    roles = {"Jacques Chirac": "participant", "Ronald Reagan": "participant"}
    text = "Jacques Chirac met Ronald Reagan."
    extractions = [
        _meeting_report("1" * 16, text, dt.date(1987, 3, 2), "day", roles),
        _meeting_report("2" * 16, text + " ", dt.date(1987, 3, 30), "day", roles),
    ]
    articles = pd.DataFrame([_article("1" * 16, text, None), _article("2" * 16, text + " ", None)])
    meetings = consolidate(articles, extractions)["meetings"]
    assert len(meetings) == 2
    assert set(meetings["n_articles"]) == {1}


def test_undated_reports_merge_only_when_published_close_together() -> None:
    roles = {"Jacques Chirac": "participant", "Ronald Reagan": "participant"}
    text = "Jacques Chirac met Ronald Reagan."
    extractions = [_meeting_report(f"{i}" * 16, text + " " * i, None, "unknown", roles) for i in (1, 2, 3)]
    published = [dt.date(1987, 3, 1), dt.date(1987, 3, 2), dt.date(1987, 6, 1)]
    articles = pd.DataFrame(
        [_article(f"{i}" * 16, text + " " * i, day) for i, day in zip((1, 2, 3), published, strict=True)]
    )
    meetings = consolidate(articles, extractions)["meetings"]
    assert sorted(meetings["n_articles"]) == [1, 2]


def test_meeting_needs_two_resolved_participants() -> None:
    text = "Jacques Chirac met the press."
    extraction = _meeting_report("1" * 16, text, None, "unknown", {"Jacques Chirac": "participant"})
    tables = consolidate(pd.DataFrame([_article("1" * 16, text, None)]), [extraction])
    assert tables["meetings"].empty and tables["meeting_participants"].empty


def test_quotation_ids_speakers_and_meetings_are_mapped() -> None:
    text = 'Jacques Chirac met Ronald Reagan. "We agree," Chirac said.'
    extraction = _meeting_report(
        "1" * 16, text, dt.date(1987, 3, 31), "day", {"Jacques Chirac": "visitor", "Ronald Reagan": "host"}
    )
    start = text.index("We agree")
    extraction.quotes.append(
        LocalQuote(
            start,
            start + 9,
            "We agree,",
            "direct",
            "said",
            "person:Jacques Chirac",
            "Chirac",
            "alias",
            1,
            "m0",
            0.9,
        )
    )
    extraction.quotes.append(
        LocalQuote(
            start, start + 8, "We agree", "direct", "said", None, "sources", "unresolved", 1, None, 0.3
        )
    )
    tables = validate_tables(
        consolidate(pd.DataFrame([_article("1" * 16, text, dt.date(1987, 4, 1))]), [extraction])
    )
    quotes = tables["quotations"]
    assert len(quotes) == 1  # same start offset: one quote_id, the longer span kept
    quote = quotes.iloc[0]
    assert quote["quote_id"] == stable_id("1" * 16, str(start))
    assert quote["quote_text"] == "We agree,"
    assert quote["meeting_id"] == tables["meetings"].iloc[0]["meeting_id"]
    chirac = tables["actors"].set_index("name").loc["Jacques Chirac", "actor_id"]
    assert quote["speaker_actor_id"] == chirac


def test_consolidation_is_deterministic_whatever_the_article_order() -> None:
    articles, extractions = _three_reports()
    forward = consolidate(articles, extractions)
    backward = consolidate(articles.iloc[::-1].reset_index(drop=True), extractions[::-1])
    for name, frame in forward.items():
        pd.testing.assert_frame_equal(frame, backward[name], check_like=False)


# --- a person's country is a vote over articles -------------------------------------------------


def _one_person_article(article_id: str, country: str, evidence: str | None) -> ArticleExtraction:
    name = "Anton Varga"
    actor = LocalActor("p1", name, "person", country_iso3=country, country_evidence=evidence)
    return ArticleExtraction(
        article_id, 1, ArticleActors([actor], [Mention("p1", 0, 0, len(name), name, "name")])
    )


def _voted_country(
    articles: list[ArticleExtraction], published: dict[str, dt.date | None] | None = None
) -> list[str]:
    """The person's country for the articles read in both orders (the decision must not depend on it)."""
    return [
        build_actors(order, published).actors.iloc[0]["country_iso3"] for order in (articles, articles[::-1])
    ]


def test_an_explicit_country_word_outweighs_the_setting_of_two_other_stories() -> None:
    articles = [
        _one_person_article("a" * 16, "AUT", "setting"),
        _one_person_article("b" * 16, "HUN", "explicit"),
        _one_person_article("c" * 16, "AUT", "setting"),
    ]
    assert _voted_country(articles) == ["HUN", "HUN"]


def test_an_office_of_one_country_outweighs_an_inference() -> None:
    articles = [
        _one_person_article("a" * 16, "USA", "institution"),
        _one_person_article("b" * 16, "CAN", "inferred"),
    ]
    assert _voted_country(articles) == ["USA", "USA"]


def test_equal_votes_go_to_the_earliest_report_then_alphabetically() -> None:
    articles = [
        _one_person_article("a" * 16, "SVK", "explicit"),
        _one_person_article("b" * 16, "CZE", "explicit"),
    ]
    earlier_slovak = {"a" * 16: dt.date(2020, 3, 1), "b" * 16: dt.date(2020, 3, 5)}
    assert _voted_country(articles, earlier_slovak) == ["SVK", "SVK"]
    same_day = {"a" * 16: dt.date(2020, 3, 1), "b" * 16: dt.date(2020, 3, 1)}
    assert _voted_country(articles, same_day) == ["CZE", "CZE"]
    assert _voted_country(articles) == ["CZE", "CZE"]  # no dates at all: alphabetical


def test_a_payload_without_evidence_votes_as_the_setting() -> None:
    articles = [_one_person_article("a" * 16, "AUT", None), _one_person_article("b" * 16, "HUN", "inferred")]
    assert _voted_country(articles) == ["HUN", "HUN"]


def test_consolidate_passes_publication_dates_to_the_vote() -> None:
    ingested = pd.DataFrame(
        [
            _article("a" * 16, "Anton Varga.", dt.date(2020, 3, 5)),
            _article("b" * 16, "Anton Varga.", dt.date(2020, 3, 1)),
        ]
    )
    articles = [
        _one_person_article("a" * 16, "CZE", "explicit"),
        _one_person_article("b" * 16, "SVK", "explicit"),
    ]
    tables = consolidate(ingested, articles)
    assert list(tables["actors"]["country_iso3"]) == ["SVK"]


# --- offices over time ------------------------------------------------------------------------------


def _titled_article(
    article_id: str, name: str, title: str, country: str | None, evidence: str | None
) -> ArticleExtraction:
    actor = LocalActor("p1", name, "person", country_iso3=country, titles=[title], country_evidence=evidence)
    text = f"{title.title()} {name} spoke."
    start = text.index(name)
    return ArticleExtraction(
        article_id, 1, ArticleActors([actor], [Mention("p1", 0, start, start + len(name), name, "name")])
    )


def test_two_articles_give_one_person_two_offices_over_time() -> None:
    """The same person, defence minister in 2012 and president in 2018: two roles, each dated by the
    articles that state it; the country only where the article states it."""
    ids = ["a" * 16, "b" * 16, "c" * 16]
    ingested = pd.DataFrame(
        [
            _article(ids[0], "Defence Minister Anton Varga spoke.", dt.date(2012, 11, 6)),
            _article(ids[1], "President Anton Varga spoke.", dt.date(2018, 5, 7)),
            _article(ids[2], "Defence Minister Varga spoke.", dt.date(2013, 2, 1)),
        ]
    )
    extractions = [
        _titled_article(ids[0], "Anton Varga", "defence minister", "HUN", "explicit"),
        _titled_article(ids[1], "Anton Varga", "president", "HUN", "setting"),
        _titled_article(ids[2], "Varga", "Defence Minister", "HUN", "explicit"),
    ]
    tables = validate_tables(consolidate(ingested, extractions))
    actor_id = stable_id("person", "anton varga")
    assert list(tables["actors"]["actor_id"]) == [actor_id]  # the surname article joins the full name
    roles = tables["actor_roles"].sort_values("first_seen").reset_index(drop=True)
    roles["country_iso3"] = roles["country_iso3"].astype(object).where(roles["country_iso3"].notna(), None)
    assert roles[["actor_id", "title", "country_iso3", "n_articles"]].to_dict("records") == [
        {"actor_id": actor_id, "title": "defence minister", "country_iso3": "HUN", "n_articles": 2},
        # "setting" is the story's place, not a statement of the office's country
        {"actor_id": actor_id, "title": "president", "country_iso3": None, "n_articles": 1},
    ]
    assert list(roles["first_seen"]) == [dt.date(2012, 11, 6), dt.date(2018, 5, 7)]
    assert list(roles["last_seen"]) == [dt.date(2013, 2, 1), dt.date(2018, 5, 7)]
    assert set(roles["role_id"]) == {
        stable_id(actor_id, "defence minister", "HUN"),
        stable_id(actor_id, "president", ""),
    }


def test_an_undated_article_counts_for_a_role_without_dating_it() -> None:
    ingested = pd.DataFrame([_article("a" * 16, "President Anton Varga spoke.", None)])
    extractions = [_titled_article("a" * 16, "Anton Varga", "president", "HUN", "institution")]
    roles = validate_tables(consolidate(ingested, extractions))["actor_roles"]
    assert roles[["title", "country_iso3", "n_articles"]].to_dict("records") == [
        {"title": "president", "country_iso3": "HUN", "n_articles": 1}
    ]
    assert roles["first_seen"].isna().all() and roles["last_seen"].isna().all()


# --- what other articles must not pull away ----------------------------------------------------------


def test_an_official_of_an_international_body_keeps_no_country_against_two_settings() -> None:
    """One article says he speaks for the IMF (no national affiliation, institution evidence); two
    others only guess his country from where their stories are set."""
    articles = [
        _one_person_article("a" * 16, None, "institution"),  # type: ignore[arg-type]
        _one_person_article("b" * 16, "USA", "setting"),
        _one_person_article("c" * 16, "USA", "setting"),
    ]
    assert _voted_country(articles) == [None, None]
    # Without that statement the settings decide.
    assert _voted_country(articles[1:]) == ["USA", "USA"]


def _lone_name_article(article_id: str, name: str, country: str | None) -> ArticleExtraction:
    actor = LocalActor("p1", name, "person", country_iso3=country, country_evidence="setting")
    return ArticleExtraction(
        article_id, 1, ArticleActors([actor], [Mention("p1", 0, 0, len(name), name, "name")])
    )


def test_a_lone_surname_does_not_join_a_full_name_of_another_country() -> None:
    same = [
        _lone_name_article("a" * 16, "Jaime Ongpin", "PHL"),
        _lone_name_article("b" * 16, "Ongpin", "PHL"),
    ]
    assert list(build_actors(same).actors["name"]) == ["Jaime Ongpin"]
    unknown = [
        _lone_name_article("a" * 16, "Jaime Ongpin", "PHL"),
        _lone_name_article("b" * 16, "Ongpin", None),
    ]
    assert list(build_actors(unknown).actors["name"]) == ["Jaime Ongpin"]
    other = [_lone_name_article("a" * 16, "Lou Jiwei", "CHN"), _lone_name_article("b" * 16, "Lou", "USA")]
    assert sorted(build_actors(other).actors["name"]) == ["Lou", "Lou Jiwei"]


def test_a_lone_surname_does_not_join_a_full_name_known_only_as_a_relative() -> None:
    # "first lady Michelle Obama" in one article, "President Obama" alone in another: the bare surname names
    # the principal, as it does within one article
    relative = _lone_name_article("a" * 16, "Michelle Obama", "USA")
    relative.actors.actors[0].named_as_relative = True
    lone = _lone_name_article("b" * 16, "Obama", "USA")
    assert sorted(build_actors([relative, lone]).actors["name"]) == ["Michelle Obama", "Obama"]
    in_own_right = _lone_name_article("c" * 16, "Michelle Obama", "USA")
    assert list(build_actors([relative, lone, in_own_right]).actors["name"]) == ["Michelle Obama"]
    # a titled "President Obama" does not join one any article names as a relative
    titled = _lone_name_article("b" * 16, "Obama", "USA")
    titled.actors.actors[0].titles = ["president"]
    assert sorted(build_actors([relative, titled, in_own_right]).actors["name"]) == [
        "Michelle Obama",
        "Obama",
    ]


def test_the_out_of_core_surname_merges_take_the_same_decision() -> None:
    persons = pd.DataFrame(
        {
            "identity": ["person:obama", "person:michelle obama", "person:xi", "person:xi jinping"],
            "n_tokens": [1, 2, 1, 2],
            "first": ["obama", "michelle", "xi", "xi"],
            "last": ["obama", "obama", "xi", "jinping"],
            "country": ["USA", "USA", None, "CHN"],
            "named_in_own_right": [True, False, True, True],
            "named_as_relative": [False, True, False, False],
            "titled": [True, False, False, True],
        }
    )
    connection = duckdb.connect()
    connection.register("persons", persons)
    merges = connection.sql(actor_evidence._merges_sql("persons")).fetchall()
    assert merges == [("person:xi", "person:xi jinping")]
    # named in her own right somewhere, and as a relative elsewhere: a titled "President Obama" stays apart
    persons.loc[1, "named_in_own_right"] = True
    connection.register("persons", persons)
    assert connection.sql(actor_evidence._merges_sql("persons")).fetchall() == merges


def test_one_article_s_call_and_earlier_encounter_of_a_pair_stay_two() -> None:
    # "held phone talks on Wednesday. The two last met in Peru earlier this month": the dates overlap (a month
    # holds the day), but the article tells a call from an earlier encounter in person
    roles = {"Jacques Chirac": "participant", "Ronald Reagan": "participant"}
    text = "Jacques Chirac spoke by phone with Ronald Reagan. The two last met in March."
    extraction = _meeting_report("1" * 16, text, dt.date(1987, 3, 25), "day", roles)
    earlier = LocalMeeting(
        local_key="m1",
        meeting_type="meeting",
        status="occurred",
        date=dt.date(1987, 3, 1),
        date_precision="month",
        date_text="in March",
        location=None,
        location_country_iso3=None,
        is_background=True,
        confidence=0.8,
        participants=[Participant(f"person:{name}", role) for name, role in roles.items()],
        evidence=[MeetingEvidence(1, 50, len(text), "met")],
    )
    call = extraction.meetings[0]
    extraction.meetings[:] = [
        LocalMeeting(**{**{f: getattr(call, f) for f in call.__dataclass_fields__}, "meeting_type": "call"}),
        earlier,
    ]
    articles = pd.DataFrame([_article("1" * 16, text, dt.date(1987, 3, 25))])
    meetings = consolidate(articles, [extraction])["meetings"]
    assert sorted(meetings["meeting_type"]) == ["call", "meeting"]
