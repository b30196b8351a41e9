"""Cross-article merging through the real pipeline: articles in, one meeting row out per real meeting."""

from __future__ import annotations

import pytest

from dipnews.pipeline import build_tables

# Three reports of one meeting, written differently, published on different days.
SAME_MEETING = [
    {
        "id": "wire-a",
        "published": "2024-05-14",
        "text": "Japanese Prime Minister Kenji Watanabe met French President Claire Dubois in Paris on "
        "Monday. The two leaders discussed trade and security.",
    },
    {
        "id": "wire-b",
        "published": "2024-05-14",
        "text": "French President Claire Dubois hosted Japanese Prime Minister Kenji Watanabe for talks in "
        "Paris on Monday, officials said.",
    },
    {
        "id": "wire-c",
        "published": "2024-05-16",
        "text": "Kenji Watanabe, Japan's prime minister, held talks with Claire Dubois in Paris on May 13, "
        "according to a statement from his office.",
    },
]
# The same two people meeting on another day is another meeting.
OTHER_DAY = {
    "id": "wire-d",
    "published": "2024-09-03",
    "text": "Japanese Prime Minister Kenji Watanabe met French President Claire Dubois in Tokyo on Monday "
    "to discuss a new climate agreement.",
}


@pytest.fixture(scope="module")
def tables() -> dict:
    return build_tables([*SAME_MEETING, OTHER_DAY])


def _meetings_of_the_pair(tables: dict) -> list:
    actors = tables["actors"].set_index("actor_id")["name"]
    participants = tables["meeting_participants"]
    found = []
    for meeting_id, members in participants.groupby("meeting_id"):
        names = {actors[a] for a in members["actor_id"]}
        if {"Kenji Watanabe", "Claire Dubois"} <= names:
            found.append(tables["meetings"].set_index("meeting_id").loc[meeting_id])
    return found


def test_three_reports_of_one_meeting_are_one_row_with_three_articles(tables: dict) -> None:
    by_date = {str(m["date"]): m for m in _meetings_of_the_pair(tables)}
    paris = by_date["2024-05-13"]
    assert paris["n_articles"] == 3
    assert paris["location"] == "Paris" and paris["location_country_iso3"] == "FRA"
    assert paris["date_precision"] == "day"


def test_the_same_pair_on_another_day_is_another_meeting(tables: dict) -> None:
    dates = sorted(str(m["date"]) for m in _meetings_of_the_pair(tables))
    assert dates == ["2024-05-13", "2024-09-02"]


def test_one_article_keeps_a_planned_summit_apart_from_the_pair_s_last_meeting() -> None:
    article = {
        "id": "wire-e",
        "published": "2024-05-15",
        "text": "Japanese Prime Minister Kenji Watanabe and French President Claire Dubois will hold a summit"
        " in Paris. The two leaders last met in Tokyo in October.",
    }
    tables = build_tables([article])
    meetings = tables["meetings"].sort_values("status")
    assert list(zip(meetings["status"], meetings["location"], strict=True)) == [
        ("occurred", "Tokyo"),
        ("planned", "Paris"),
    ]


def test_two_countries_foreign_ministries_are_two_actors() -> None:
    # "Foreign Ministry" names a body of every country: the corpus keeps China's and Russia's apart, and
    # one country's ministry written in lower case and capitalised is one actor
    tables = build_tables(
        [
            {
                "id": "a",
                "published": "2024-05-14",
                "text": "China's foreign ministry said Beijing opposed the sale.",
            },
            {
                "id": "b",
                "published": "2024-05-14",
                "text": "Russia's Foreign Ministry said Moscow would respond.",
            },
            {
                "id": "c",
                "published": "2024-05-15",
                "text": "China's Foreign Ministry said Beijing would respond.",
            },
        ]
    )
    ministries = tables["actors"].query("name == 'Foreign Ministry'")
    assert sorted(ministries["country_iso3"]) == ["CHN", "RUS"]
    assert ministries["actor_id"].is_unique
    chinese = ministries.query("country_iso3 == 'CHN'")["actor_id"].item()
    speaker_of = dict(
        zip(tables["quotations"]["quote_text"], tables["quotations"]["speaker_actor_id"], strict=True)
    )
    assert speaker_of["Beijing opposed the sale"] == speaker_of["Beijing would respond"] == chinese
    assert speaker_of["Moscow would respond"] != chinese


def test_a_call_in_one_article_is_not_a_meeting_in_person_in_another() -> None:
    # the same pair in the same month: a phone call on the 13th and a meeting in Paris that month
    call = {
        "id": "wire-f",
        "published": "2024-05-14",
        "text": "Japanese Prime Minister Kenji Watanabe spoke by telephone with French President"
        " Claire Dubois on Monday.",
    }
    visit = {
        "id": "wire-g",
        "published": "2024-06-20",
        "text": "Japanese Prime Minister Kenji Watanabe, who met French President Claire Dubois in Paris"
        " in May, said trade would grow.",
    }
    meetings = _meetings_of_the_pair(build_tables([call, visit]))
    assert sorted((m["meeting_type"], m["n_articles"]) for m in meetings) == [("call", 1), ("meeting", 1)]
