"""Schemas: a good frame passes, a bad one fails with a message naming table, column, check and rows."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from dipnews.quality.stage_validation import StageError, validate
from schemas import CONTRACT, actor_mentions, actor_roles, articles, meetings, rejects
from schemas._base import arrow_schema

TEXT = "Chinese defence minister Li Shangfu met Russian President Vladimir Putin."


def _articles() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "article_id": ["0123456789abcdef"],
            "source_path": ["a.txt"],
            "published_date": [dt.date(2023, 4, 17)],
            "title": [None],
            "url": [None],
            "publisher": [None],
            "text": [TEXT],
            "n_sentences": [1],
        }
    )


def _mentions(end: int) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "article_id": ["0123456789abcdef"],
            "actor_id": ["fedcba9876543210"],
            "sentence_index": [0],
            "char_start": [25],
            "char_end": [end],
            "mention_text": ["Li Shangfu"],
            "mention_kind": ["name"],
            "titles": [["defence minister"]],
        }
    )


def test_every_contract_table_has_an_arrow_schema_with_its_columns() -> None:
    assert list(CONTRACT) == [
        "articles",
        "rejects",
        "actors",
        "actor_mentions",
        "actor_roles",
        "meetings",
        "meeting_participants",
        "meeting_mentions",
        "quotations",
    ]
    for module in CONTRACT.values():
        schema = module.schema()
        assert arrow_schema(schema).names == list(schema.columns)
        assert set(module.KEY) <= set(schema.columns)


def test_good_articles_pass_and_keep_arrow_types(tmp_path) -> None:
    validated = validate(_articles(), articles.schema(), failures_dir=tmp_path)
    assert validated["n_sentences"].dtype == "int32"


def test_bad_article_id_fails_with_a_readable_message(tmp_path) -> None:
    frame = _articles()
    frame.loc[0, "article_id"] = "NOT-HEX"
    with pytest.raises(StageError) as error:
        validate(frame, articles.schema(), failures_dir=tmp_path)
    message = str(error.value)
    assert "table 'articles'" in message
    assert "column 'article_id'" in message
    assert "str_matches" in message
    assert "rows [0]" in message
    assert (tmp_path / "articles.csv").exists()


def test_unknown_reject_reason_fails(tmp_path) -> None:
    frame = pd.DataFrame({"source_path": ["x.txt"], "reason": ["because"], "detail": [None]})
    with pytest.raises(StageError, match="column 'reason': check isin"):
        validate(frame, rejects.schema(), failures_dir=tmp_path)


def test_span_invariant_is_checked_against_the_article_text(tmp_path) -> None:
    texts = {"0123456789abcdef": TEXT}
    validate(_mentions(35), actor_mentions.schema(texts), failures_dir=tmp_path)
    with pytest.raises(StageError, match="span_equals_mention_text"):
        validate(_mentions(34), actor_mentions.schema(texts), failures_dir=tmp_path)


def test_date_precision_unknown_iff_no_date(tmp_path) -> None:
    frame = pd.DataFrame(
        {
            "meeting_id": ["0123456789abcdef"],
            "meeting_type": ["meeting"],
            "status": ["occurred"],
            "date": [None],
            "date_precision": ["day"],
            "date_text": [None],
            "location": [None],
            "location_country_iso3": ["RUS"],
            "is_background": [False],
            "n_articles": [1],
            "confidence": [0.5],
        }
    )
    with pytest.raises(StageError, match="date_precision_unknown_iff_date_null"):
        validate(frame, meetings.schema(), failures_dir=tmp_path)
    frame.loc[0, "date_precision"] = "unknown"
    validate(frame, meetings.schema(), failures_dir=tmp_path)


def test_missing_column_is_named(tmp_path) -> None:
    with pytest.raises(StageError, match=r"missing column\(s\) \['n_sentences'\]"):
        validate(_articles().drop(columns=["n_sentences"]), articles.schema(), failures_dir=tmp_path)


def _roles() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "role_id": ["0123456789abcdef", "1123456789abcdef"],
            "actor_id": ["fedcba9876543210", "fedcba9876543210"],
            "title": ["defence minister", "prime minister"],
            "country_iso3": ["RUS", None],
            "first_seen": [dt.date(2012, 11, 6), None],
            "last_seen": [dt.date(2023, 4, 17), None],
            "n_articles": [2, 1],
        }
    )


def test_good_actor_roles_pass_with_a_country_and_dates_or_without(tmp_path) -> None:
    validated = validate(_roles(), actor_roles.schema(), failures_dir=tmp_path)
    assert validated["n_articles"].dtype == "int32"


@pytest.mark.parametrize(
    ("column", "value", "check"),
    [
        ("last_seen", dt.date(2011, 1, 1), "first_seen_le_last_seen"),  # last seen before first seen
        ("last_seen", None, "first_seen_le_last_seen"),  # one date without the other
        ("title", "", "str_length"),
        ("country_iso3", "Russia", "str_matches"),
        ("n_articles", 0, "greater_than_or_equal_to"),
    ],
)
def test_bad_actor_roles_fail_naming_the_check(tmp_path, column: str, value: object, check: str) -> None:
    frame = _roles()
    frame[column] = frame[column].astype(object)
    frame.at[0, column] = value
    with pytest.raises(StageError, match=check):
        validate(frame, actor_roles.schema(), failures_dir=tmp_path)


def test_an_actor_title_and_country_is_one_role_row(tmp_path) -> None:
    frame = _roles()
    frame.loc[1, ["title", "country_iso3"]] = ["defence minister", "RUS"]
    with pytest.raises(StageError, match="one_row_per_actor_title_country"):
        validate(frame, actor_roles.schema(), failures_dir=tmp_path)
    frame.loc[:, "country_iso3"] = [None, None]  # the same office stated twice without a country
    with pytest.raises(StageError, match="one_row_per_actor_title_country"):
        validate(frame, actor_roles.schema(), failures_dir=tmp_path)
