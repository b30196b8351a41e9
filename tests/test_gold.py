"""The gold loader, its validation, and the repository's own gold sets."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from dipnews.evaluation.gold import GoldArticle, GoldFormatError, load_gold, parse_article
from dipnews.evaluation.scoring import locate_gold_quotes

GOLD_DIR = Path(__file__).resolve().parents[1] / "data" / "gold"
SEED_GOLD = GOLD_DIR / "seed_gold.json"
TEAM_GOLD = GOLD_DIR / "team_gold.json"

TEXT = "Anna Berg met Tomas Lind in Oslo on Monday. Berg said that the talks went well."
ARTICLE: dict[str, Any] = {
    "doc": {"corpus": "team", "id": "t1", "published": "2024-01-02", "title": None},
    "actors": [
        {
            "name": "Anna Berg",
            "type": "person",
            "country": "DEU",
            "titles": ["chancellor"],
            "aliases": ["Berg"],
        },
        {"name": "Tomas Lind", "type": "person", "country": "NOR", "titles": [], "aliases": []},
    ],
    "meetings": [
        {
            "participants": [
                {"name": "Anna Berg", "role": "visitor"},
                {"name": "Tomas Lind", "role": "host"},
            ],
            "meeting_type": "meeting",
            "status": "occurred",
            "is_background": False,
            "date": "2024-01-01",
            "date_precision": "day",
            "date_text": "on Monday",
            "location": "Oslo",
            "location_country": "NOR",
            "evidence": ["Anna Berg met Tomas Lind in Oslo on Monday."],
        }
    ],
    "quotations": [
        {
            "speaker": "Anna Berg",
            "speaker_text": "Berg",
            "text": "the talks went well",
            "type": "indirect",
            "cue": "said",
        }
    ],
}


def test_parse_article_reads_every_field() -> None:
    article = parse_article(ARTICLE, TEXT)
    assert article.doc.id == "t1" and article.doc.published is not None
    assert article.actor("Anna Berg") is not None and article.actor("Berg") is None
    meeting = article.meetings[0]
    assert meeting.participant_names == {"Anna Berg", "Tomas Lind"} and meeting.location_country_iso3 == "NOR"
    assert article.quotations is not None and article.quotations[0].quote_type == "indirect"
    assert article.to_record() == {"id": "t1", "text": TEXT, "published": "2024-01-02", "title": None}


def _broken(change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    article = copy.deepcopy(ARTICLE)
    change(article)
    return article


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda a: a["quotations"][0].update(speaker="Nobody"), "not a listed actor"),
        (lambda a: a["quotations"][0].update(text="the talks went badly"), "not verbatim"),
        (lambda a: a["quotations"][0].update(type="paraphrase"), "type="),
        (lambda a: a["meetings"][0].update(date="2024-01"), "does not fit"),
        (lambda a: a["meetings"][0].update(date_precision="unknown"), "unknown"),
        (lambda a: a["meetings"][0]["participants"][0].update(role="guest"), "role="),
        (lambda a: a["meetings"][0].update(evidence=["They met."]), "evidence"),
        (lambda a: a["actors"][0].update(type="people"), "type="),
        (lambda a: a["actors"].append(copy.deepcopy(a["actors"][0])), "share a name"),
    ],
)
def test_invalid_gold_is_rejected_with_a_clear_message(
    change: Callable[[dict[str, Any]], None], message: str
) -> None:
    with pytest.raises(GoldFormatError, match=message):
        parse_article(_broken(change), TEXT)


def test_null_quotations_mean_not_annotated() -> None:
    article = parse_article(_broken(lambda a: a.update(quotations=None)), TEXT)
    assert article.quotations is None


def test_load_gold_joins_texts_by_id(tmp_path: Path) -> None:
    (tmp_path / "mine.json").write_text(json.dumps([ARTICLE]), encoding="utf-8")
    (tmp_path / "mine_texts.jsonl").write_text(
        json.dumps({"id": "t1", "text": TEXT}) + "\n", encoding="utf-8"
    )
    assert load_gold(tmp_path / "mine.json")[0].text == TEXT
    (tmp_path / "mine_texts.jsonl").write_text(
        json.dumps({"id": "t2", "text": TEXT}) + "\n", encoding="utf-8"
    )
    with pytest.raises(GoldFormatError, match="no text"):
        load_gold(tmp_path / "mine.json")


@pytest.fixture(scope="module")
def team_gold() -> list[GoldArticle]:
    return load_gold(TEAM_GOLD)


def test_seed_gold_quotes_are_found_in_the_cleaned_seed(seed_text: str) -> None:
    (seed,) = load_gold(SEED_GOLD)
    assert seed.quotations is not None and len(seed.quotations) == 9
    spans = locate_gold_quotes(seed.quotations, seed.text, seed_text)
    assert [seed_text[s:e] for s, e in spans] == [q.text for q in seed.quotations]  # type: ignore[misc]


def test_team_gold_covers_what_the_seed_lacks(team_gold: list[GoldArticle]) -> None:
    meetings = [m for a in team_gold for m in a.meetings]
    quotes = [q for a in team_gold for q in a.quotations or ()]
    assert any(m.meeting_type == "call" and m.status == "occurred" for m in meetings)
    assert any(m.status == "planned" for m in meetings)
    assert any(m.meeting_type == "summit" and len(m.participants) >= 3 for m in meetings)
    assert any(q.speaker is None for q in quotes)  # an anonymous source
    assert any(q.quote_type == "mixed" for q in quotes)
    assert any(q.cue == "according to" for q in quotes)
    assert any(
        not a.meetings and "news conference" in a.text for a in team_gold
    )  # a press event is no meeting
    # A direct quote split by its attribution: two quotes of one speaker within one paragraph.
    assert any(
        any(
            first.speaker == second.speaker
            and first.quote_type == second.quote_type == "direct"
            and "\n" not in a.text[a.text.index(first.text) : a.text.index(second.text)]
            for first, second in zip(a.quotations or (), (a.quotations or ())[1:], strict=False)
        )
        for a in team_gold
    )
    assert all(a.doc.published is not None for a in team_gold)


def test_repository_gold_ids_are_unique(team_gold: list[GoldArticle]) -> None:
    ids = [a.doc.id for a in [*load_gold(SEED_GOLD), *team_gold]]
    assert len(ids) == len(set(ids))
