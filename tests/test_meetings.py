"""Meetings: detection, participants and roles, dates, places, status, background and merging."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from spacy.language import Language

from dipnews.extract.dates import dates_compatible
from dipnews.extract.meetings.extractor import extract_meetings
from dipnews.model import ArticleActors, ArticleMeta, LocalActor, LocalMeeting, Mention
from dipnews.nlp.parsing import SentenceIndex

PUBLISHED = dt.date(2023, 4, 17)  # a Monday

# Hand-built actors for the test sentences: key -> (name, type, ISO3, surface forms).
ACTORS: dict[str, tuple[str, str, str | None, tuple[str, ...]]] = {
    "ana": ("Ana Berg", "person", "SWE", ("Ana Berg", "Berg")),
    "tom": ("Tom Hale", "person", "USA", ("Tom Hale", "Hale", "the U.S. envoy")),
    "ivo": ("Ivo Kral", "person", "CZE", ("Ivo Kral", "Kral")),
    "usa": ("United States", "country", "USA", ("United States",)),
    "swe": ("Sweden", "country", "SWE", ("Sweden",)),
}


def build_actors(
    text: str,
    doc_sentences: SentenceIndex,
    table: dict[str, tuple[str, str, str | None, tuple[str, ...]]] = ACTORS,
) -> ArticleActors:
    """Mentions of the table's surface forms (longest first, no overlaps), as the actors extractor would."""
    actors = ArticleActors(
        actors=[LocalActor(key, name, kind, iso3) for key, (name, kind, iso3, _) in table.items()]
    )
    taken: list[tuple[int, int]] = []
    forms = sorted(((form, key) for key, (*_, fs) in table.items() for form in fs), key=lambda p: -len(p[0]))
    for form, key in forms:
        for match in re.finditer(r"\b" + re.escape(form) + r"\b", text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            kind = "name" if form == table[key][0] else "alias"
            actors.mentions.append(Mention(key, doc_sentences.index_at(start), start, end, form, kind))
    return actors


def meetings_of(nlp: Language, text: str, published: dt.date | None = PUBLISHED) -> list[LocalMeeting]:
    doc = nlp(text)
    actors = build_actors(text, SentenceIndex(doc))
    return extract_meetings(doc, ArticleMeta("t", text, published), actors)


def roles(meeting: LocalMeeting) -> dict[str, str]:
    return {p.local_key: p.role for p in meeting.participants}


# --- the seed article -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_meetings(nlp: Language, seed_text: str) -> tuple[list[LocalMeeting], ArticleActors, str]:
    from dipnews.extract.actors.extractor import extract_actors

    doc = nlp(seed_text)
    meta = ArticleMeta("seed", seed_text, dt.date(2023, 4, 17))
    actors = extract_actors(doc, meta)
    return extract_meetings(doc, meta, actors), actors, seed_text


def test_seed_has_exactly_the_two_gold_meetings(seed_meetings) -> None:  # type: ignore[no-untyped-def]
    meetings, actors, text = seed_meetings
    assert len(meetings) == 2
    by_name = [{actors.actor(p.local_key).name: p.role for p in m.participants} for m in meetings]
    assert by_name[0] == {"Li Shangfu": "visitor", "Vladimir Putin": "host", "Sergei Shoigu": "attendee"}
    first = meetings[0]
    assert (first.date, first.date_precision, first.location, first.location_country_iso3) == (
        dt.date(2023, 4, 16), "day", "Moscow", "RUS"
    )  # fmt: skip
    assert "Sunday" in (first.date_text or "")
    assert first.status == "occurred" and not first.is_background
    assert len(first.evidence) == 3
    assert text[first.evidence[0].char_start : first.evidence[0].char_end].startswith(
        "Chinese defence minister"
    )
    assert "during the meeting" in text[first.evidence[1].char_start : first.evidence[1].char_end]
    assert text[first.evidence[2].char_start : first.evidence[2].char_end].startswith("The visit by")

    assert by_name[1] == {"Xi": "visitor", "Vladimir Putin": "host"}
    second = meetings[1]
    assert (second.date, second.date_precision, second.location, second.location_country_iso3) == (
        dt.date(2023, 3, 1), "month", "Russia", "RUS"
    )  # fmt: skip
    assert second.is_background and second.status == "occurred"
    evidence = [text[e.char_start : e.char_end] for e in second.evidence]
    assert len(evidence) == 2
    assert "Xi's state visit to Russia last month" in evidence[0]
    assert evidence[1].startswith("During the Xi-Putin summit")


def test_evidence_spans_are_sentences_and_confidence_in_range(seed_meetings) -> None:  # type: ignore[no-untyped-def]
    meetings, _, text = seed_meetings
    for meeting in meetings:
        assert 0.0 <= meeting.confidence <= 1.0
        for evidence in meeting.evidence:
            sentence = text[evidence.char_start : evidence.char_end]
            assert sentence == sentence.strip()
            assert evidence.trigger in sentence


# --- constructions ----------------------------------------------------------------------------------


def test_met_in_host_capital_gives_visitor_and_host(nlp: Language) -> None:
    [meeting] = meetings_of(nlp, "Ana Berg met Tom Hale in Washington on Sunday.")
    assert roles(meeting) == {"ana": "visitor", "tom": "host"}
    assert (meeting.location, meeting.location_country_iso3) == ("Washington", "USA")
    assert (meeting.date, meeting.date_precision, meeting.date_text) == (
        dt.date(2023, 4, 16),
        "day",
        "on Sunday",
    )
    assert meeting.meeting_type == "meeting" and meeting.status == "occurred"


def test_visited_person(nlp: Language) -> None:
    [meeting] = meetings_of(nlp, "Tom Hale visited Ana Berg yesterday.")
    assert roles(meeting) == {"tom": "visitor", "ana": "host"}
    assert meeting.meeting_type == "visit"
    assert meeting.date == dt.date(2023, 4, 16)


def test_hosted_and_received(nlp: Language) -> None:
    [hosted] = meetings_of(nlp, "Ana Berg hosted Tom Hale in Stockholm.")
    assert roles(hosted) == {"ana": "host", "tom": "visitor"}
    [received] = meetings_of(nlp, "Ivo Kral received Tom Hale on Friday.")
    assert roles(received) == {"ivo": "host", "tom": "visitor"}


def test_held_talks_with(nlp: Language) -> None:
    [meeting] = meetings_of(nlp, "Ana Berg held talks with Ivo Kral in Prague.")
    assert roles(meeting) == {"ana": "visitor", "ivo": "host"}
    assert meeting.meeting_type == "talks"
    assert meeting.location_country_iso3 == "CZE"
    assert meeting.date is None and meeting.date_precision == "unknown"


def test_phone_call(nlp: Language) -> None:
    [meeting] = meetings_of(nlp, "Ana Berg and Ivo Kral held a phone call on Saturday.")
    assert meeting.meeting_type == "call"
    assert set(roles(meeting)) == {"ana", "ivo"}


def test_hyphenated_summit_and_possessive_visit_merge(nlp: Language) -> None:
    text = (
        "Berg's state visit to the United States last month was cordial. "
        "During the Berg-Hale summit, both smiled."
    )
    [meeting] = meetings_of(nlp, text)
    assert roles(meeting) == {"ana": "visitor", "tom": "host"}
    assert meeting.meeting_type == "summit"
    assert (meeting.date, meeting.date_precision) == (dt.date(2023, 3, 1), "month")
    assert meeting.is_background
    assert len(meeting.evidence) == 2


def test_attendee_and_anaphoric_meeting_merge(nlp: Language) -> None:
    text = (
        "Ana Berg met Tom Hale on Sunday. "
        "Hale praised the ties during the meeting, which was also attended by Ivo Kral."
    )
    [meeting] = meetings_of(nlp, text)
    assert roles(meeting)["ivo"] == "attendee"
    assert len(meeting.evidence) == 2


def test_accompanied_by_is_attendee(nlp: Language) -> None:
    [meeting] = meetings_of(nlp, "Ana Berg, accompanied by Ivo Kral, met Tom Hale on Sunday.")
    assert roles(meeting)["ivo"] == "attendee"


def test_planned_meetings(nlp: Language) -> None:
    [will] = meetings_of(nlp, "Ana Berg will meet Tom Hale on Tuesday.")
    assert will.status == "planned"
    assert (will.date, will.date_precision) == (dt.date(2023, 4, 18), "day")
    [due] = meetings_of(nlp, "Ana Berg is due to meet Tom Hale next week.")
    assert due.status == "planned"
    assert (due.date, due.date_precision, due.date_text) == (None, "unknown", "next week")


def test_present_tense_with_coming_weekday_is_planned(nlp: Language) -> None:
    [meeting] = meetings_of(nlp, "Ana Berg begins a state visit to Tom Hale on Wednesday.")
    assert meeting.status == "planned"
    assert meeting.date == dt.date(2023, 4, 19)


def test_background_meeting_long_ago(nlp: Language) -> None:
    [meeting] = meetings_of(nlp, "Ana Berg met Tom Hale in 1985.")
    assert meeting.is_background
    assert (meeting.date, meeting.date_precision) == (dt.date(1985, 1, 1), "year")


def test_speech_date_is_not_the_meeting_date(nlp: Language) -> None:
    [meeting] = meetings_of(nlp, "Ana Berg met Tom Hale, officials said on Monday.")
    assert meeting.date is None and meeting.date_text is None


def test_same_day_present_progressive(nlp: Language) -> None:
    [meeting] = meetings_of(nlp, "Ana Berg is meeting Tom Hale in Washington.")
    assert (meeting.date, meeting.date_precision) == (PUBLISHED, "day")


# --- plural parties, borrowed subjects, the day in focus ----------------------------------------------


def test_plural_anaphor_talked(nlp: Language) -> None:
    text = "Ana Berg and Ivo Kral disagree on trade. The two men talked in Prague on Friday."
    [meeting] = meetings_of(nlp, text)
    assert set(roles(meeting)) == {"ana", "ivo"}
    assert meeting.date == dt.date(2023, 4, 14)


def test_they_met_refers_to_the_group_named_before(nlp: Language) -> None:
    text = "Ana Berg, Tom Hale and Ivo Kral signed a pact. They met in Stockholm on Sunday."
    [meeting] = meetings_of(nlp, text)
    assert roles(meeting) == {"ana": "host", "tom": "visitor", "ivo": "visitor"}


def test_light_verb_with_phrase_and_day_part_of_the_day_in_focus(nlp: Language) -> None:
    text = (
        "Ana Berg spent Thursday in Washington. "
        "Ana Berg held a meeting in the morning with Tom Hale and Ivo Kral."
    )
    [meeting] = meetings_of(nlp, text)
    assert set(roles(meeting)) == {"ana", "tom", "ivo"}
    assert meeting.date == dt.date(2023, 4, 13)  # the Thursday named before, not the publication day


def test_passive_received_after_coordinated_arrival(nlp: Language) -> None:
    text = "Ivo Kral arrived in Washington on Sunday and was received by Tom Hale."
    [meeting] = meetings_of(nlp, text)
    assert roles(meeting) == {"ivo": "visitor", "tom": "host"}


def test_opened_talks_in_a_wire_report_is_the_publication_day(nlp: Language) -> None:
    [meeting] = meetings_of(nlp, "Ana Berg opened talks with Ivo Kral.")
    assert meeting.date == PUBLISHED and meeting.date_precision == "day"


# --- not meetings -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ana Berg met the target set by Tom Hale.",
        "Ana Berg refused to meet Tom Hale.",
        "Ana Berg declined to meet Tom Hale on Sunday.",
        "Ana Berg did not meet Tom Hale.",
        "Ana Berg would meet Tom Hale if the talks resumed.",
        "Ana Berg held a press conference in Washington.",
        "Ana Berg visited a factory in Sweden.",
        "Ana Berg welcomed the decision by Tom Hale.",
        "Ana Berg wants to meet Tom Hale.",
        "Ana Berg did not seek or receive Tom Hale's endorsement.",
        "Ana Berg received Tom Hale's endorsement on Friday.",
        "Tom Hale was not at the summit with Ivo Kral on Friday.",
    ],
)
def test_not_a_meeting(nlp: Language, text: str) -> None:
    assert meetings_of(nlp, text) == []


# --- dates_compatible -------------------------------------------------------------------------------


def test_dates_compatible() -> None:
    day = dt.date(2023, 4, 16)
    assert dates_compatible(day, "day", day, "day")
    assert not dates_compatible(day, "day", dt.date(2023, 4, 17), "day")
    assert dates_compatible(day, "day", dt.date(2023, 4, 1), "month")
    assert dates_compatible(dt.date(2023, 1, 1), "year", day, "day")
    assert not dates_compatible(dt.date(2023, 3, 1), "month", day, "day")
    assert not dates_compatible(dt.date(2022, 1, 1), "year", dt.date(2023, 4, 1), "month")
    assert not dates_compatible(None, "unknown", day, "day")


# --- parties named through a body, a delegation, a trip; folded visits; roles from the place ----------

# A second cast with titles, for the rules that read offices: key -> (name, type, ISO3, titles, forms).
CAST: dict[str, tuple[str, str, str | None, tuple[str, ...], tuple[str, ...]]] = {
    "ana": ("Ana Berg", "person", "SWE", ("minister",), ("Ana Berg", "Berg")),
    "eva": ("Eva Lund", "person", "SWE", ("minister",), ("Eva Lund", "Lund")),
    "tom": ("Tom Hale", "person", "USA", ("president",), ("Tom Hale", "Hale")),
    "sam": ("Sam Reed", "person", "USA", ("senator",), ("Sam Reed", "Reed")),
    "ivo": ("Ivo Kral", "person", None, (), ("Ivo Kral", "Kral")),
    "gcc": ("Gulf Cooperation Council", "organization", None, (), ("Gulf Cooperation Council",)),
    "bhr": ("Bahrain", "country", "BHR", (), ("Bahrain",)),
    "kwt": ("Kuwait", "country", "KWT", (), ("Kuwait",)),
    "swe": ("Sweden", "country", "SWE", (), ("Sweden",)),
    "usa": ("United States", "country", "USA", (), ("United States",)),
}


def cast_meetings(nlp: Language, text: str, published: dt.date | None = PUBLISHED) -> list[LocalMeeting]:
    """Meetings of ``text`` with CAST as the actors (surface forms marked longest first, no overlaps)."""
    doc = nlp(text)
    index = SentenceIndex(doc)
    actors = ArticleActors(
        actors=[
            LocalActor(k, name, kind, iso3, list(titles)) for k, (name, kind, iso3, titles, _) in CAST.items()
        ]
    )
    taken: list[tuple[int, int]] = []
    forms = sorted(((form, key) for key, (*_, fs) in CAST.items() for form in fs), key=lambda p: -len(p[0]))
    for form, key in forms:
        for match in re.finditer(r"\b" + re.escape(form) + r"\b", text):
            start, end = match.span()
            if not any(s < end and start < e for s, e in taken):
                taken.append((start, end))
                actors.mentions.append(Mention(key, index.index_at(start), start, end, form, "name"))
    return extract_meetings(doc, ArticleMeta("t", text, published), actors)


def test_seat_of_government_holder_hosts(nlp: Language) -> None:
    # both are American: only the seat says who is at home
    [meeting] = cast_meetings(nlp, "Sam Reed met Tom Hale at the White House on Friday.")
    assert roles(meeting) == {"sam": "visitor", "tom": "host"}


def test_unplaced_meeting_in_a_story_told_from_one_seat(nlp: Language) -> None:
    meetings = cast_meetings(
        nlp, "Tom Hale spent Friday at the White House. Hale met Ana Berg in the morning to discuss trade."
    )
    assert [roles(m) for m in meetings] == [{"tom": "host", "ana": "visitor"}]
    assert meetings[0].location is None


def test_traveller_visits_party_of_unknown_country(nlp: Language) -> None:
    [meeting] = cast_meetings(nlp, "Ana Berg held talks with Ivo Kral in Washington on Friday.")
    assert roles(meeting) == {"ana": "visitor", "ivo": "host"}


def test_encounters_during_a_visit_are_the_visit_one_host_at_a_time(nlp: Language) -> None:
    # convention 6: "will meet A, B and C during the visit" is one entry per host, each the visit's
    hale, kral = cast_meetings(
        nlp,
        "Ana Berg begins a state visit on Tuesday. "
        "Berg will hold talks with Tom Hale and meet Ivo Kral during the visit.",
    )
    assert roles(hale) == {"ana": "visitor", "tom": "host"}
    assert roles(kral) == {"ana": "visitor", "ivo": "host"}
    for meeting in (hale, kral):
        assert (meeting.meeting_type, meeting.status, meeting.date) == (
            "visit",
            "planned",
            dt.date(2023, 4, 18),
        )
        assert len(meeting.evidence) == 2


def test_body_meeting_is_a_meeting_of_its_named_members(nlp: Language) -> None:
    [meeting] = cast_meetings(
        nlp,
        "Finance ministers of the Gulf Cooperation Council opened a meeting on Monday. "
        "Bahrain and Kuwait want a common currency.",
    )
    assert set(roles(meeting)) == {"gcc", "bhr", "kwt"}


def test_country_party_is_its_named_delegation(nlp: Language) -> None:
    [meeting] = cast_meetings(
        nlp,
        "Representatives from Sweden are meeting today with Tom Hale. "
        "The Swedish team, headed by Eva Lund, will stay until Friday.",
    )
    assert set(roles(meeting)) == {"eva", "tom"}


def test_flying_somewhere_for_talks_visits_that_country(nlp: Language) -> None:
    [meeting] = cast_meetings(
        nlp, "Tom Hale will extend his tour, flying to Sweden for talks with government officials."
    )
    assert roles(meeting) == {"tom": "visitor", "swe": "host"}
    assert meeting.status == "planned"


def test_definite_description_picks_the_candidate_named_last(nlp: Language) -> None:
    [meeting] = cast_meetings(
        nlp, "Ana Berg arrived on Sunday. The Swedish minister met Ivo Kral on Monday. Eva Lund stayed home."
    )
    assert set(roles(meeting)) == {"ana", "ivo"}


def test_bare_weekday_falls_in_the_week_the_story_set(nlp: Language) -> None:
    meetings = meetings_of(
        nlp, "Negotiators will hold talks next week. Ana Berg will meet Tom Hale on Thursday."
    )
    assert [(m.date, m.status) for m in meetings] == [(dt.date(2023, 4, 27), "planned")]


def test_a_choice_of_dates_is_no_date(nlp: Language) -> None:
    [meeting] = meetings_of(nlp, "Ana Berg agreed to meet Tom Hale in Stockholm in late April or early May.")
    assert (meeting.date, meeting.date_precision) == (None, "unknown")


def test_older_encounter_of_the_same_pair_stays_apart(nlp: Language) -> None:
    meetings = meetings_of(
        nlp,
        "Ana Berg met Tom Hale on Sunday. The idea came up when Berg and Hale talked at last month's gala.",
    )
    assert [(m.date, m.is_background) for m in meetings] == [
        (dt.date(2023, 4, 16), False),
        (dt.date(2023, 3, 1), True),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Berg frequently meets with Tom Hale.",
        "Ana Berg often talks with Tom Hale in Stockholm.",
        "Ana Berg, who huddled with Tom Hale repeatedly over the summer, was offered the post.",
    ],
)
def test_habits_are_not_meetings(nlp: Language, text: str) -> None:
    assert meetings_of(nlp, text) == []


# --- round three: describing modifiers, journeys, perfect participles, reported selves, delegations ----


def test_participle_on_the_noun_dates_and_places_the_meeting(nlp: Language) -> None:
    [meeting] = meetings_of(nlp, "Any deal will go to a Berg-Hale summit due in Prague late this year.")
    assert (meeting.location, meeting.location_country_iso3) == ("Prague", "CZE")
    assert (meeting.date, meeting.date_precision) == (dt.date(2023, 1, 1), "year")
    assert meeting.status == "planned"


def test_elided_visit_gives_its_destination(nlp: Language) -> None:
    [meeting] = meetings_of(
        nlp, "Tom Hale will hold talks with Ana Berg during the visit, his first to Sweden since 2019."
    )
    assert (meeting.location, meeting.location_country_iso3) == ("Sweden", "SWE")


def test_talks_on_a_journey_take_the_city_and_month_of_arrival(nlp: Language) -> None:
    [meeting] = meetings_of(
        nlp,
        "Tom Hale will extend his tour, flying to Sweden for talks with Ana Berg. "
        "Hale, who is in Oslo today, will fly to Stockholm on Sunday.",
    )
    assert roles(meeting) == {"tom": "visitor", "ana": "host"}
    assert (meeting.location, meeting.location_country_iso3) == ("Stockholm", "SWE")
    assert (meeting.date, meeting.date_precision) == (dt.date(2023, 4, 1), "month")


def test_perfect_participle_trip_is_finished_backdrop(nlp: Language) -> None:
    meetings = meetings_of(
        nlp,
        "Tom Hale will fly to Oslo on Sunday, after having completed a trip to Sweden and "
        "the Czech Republic.",
    )
    # a tour of countries that names no one met there is no meeting (guideline, convention 1)
    assert [m for m in meetings if roles(m).get("tom") == "visitor"] == []


def test_meeting_ahead_of_last_weeks_event_is_background(nlp: Language) -> None:
    [meeting] = meetings_of(nlp, "Ahead of last week's vote, Ana Berg met with Tom Hale.")
    assert meeting.is_background and meeting.status == "occurred"


def test_speaker_reports_its_own_talks(nlp: Language) -> None:
    [meeting] = meetings_of(nlp, "Sweden said it has had talks with the United States.")
    assert set(roles(meeting)) == {"swe", "usa"}


def test_accompanying_ministers_and_their_counterparts_are_their_countries(nlp: Language) -> None:
    meetings = meetings_of(
        nlp,
        "Tom Hale will be accompanied by his ministers, who will hold talks with their Swedish counterparts.",
    )
    assert [set(roles(m)) for m in meetings] == [{"usa", "swe"}]
    # an indefinite group of officials is not a country's side of an encounter
    assert meetings_of(nlp, "Senior Swedish officials held talks with senior American officials.") == []


def test_be_to_infinitive_is_a_plan(nlp: Language) -> None:
    [meeting] = meetings_of(nlp, "Ana Berg is to meet Tom Hale in Stockholm.")
    assert meeting.status == "planned"


def test_session_of_a_body_of_states_has_no_host(nlp: Language) -> None:
    table = {
        "gcc": ("Gulf Cooperation Council", "organization", None, ("Gulf Cooperation Council", "GCC")),
        "kwt": ("Kuwait", "country", "KWT", ("Kuwait",)),
        "omn": ("Oman", "country", "OMN", ("Oman",)),
    }
    text = "Ministers of the GCC met in Kuwait City on Sunday. Kuwait and Oman want a common currency."
    doc = nlp(text)
    actors = build_actors(text, SentenceIndex(doc), table)
    [meeting] = extract_meetings(doc, ArticleMeta("t", text, PUBLISHED), actors)
    assert meeting.location == "Kuwait City"
    assert roles(meeting) == {"gcc": "participant", "kwt": "participant", "omn": "participant"}
