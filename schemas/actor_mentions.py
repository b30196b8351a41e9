"""actor_mentions: one row per resolved mention (key: article_id, char_start)."""

from __future__ import annotations

from collections.abc import Mapping

import pandera.pandas as pa

from dipnews.model import MENTION_KINDS
from schemas._base import HEX16, column, is_list_of_strings, span_order_checks, spans_match_text

NAME = "actor_mentions"
KEY = ("article_id", "char_start")
DESCRIPTION = "Every resolved mention of an actor, with its character span in articles.text."


def schema(texts: Mapping[str, str] | None = None) -> pa.DataFrameSchema:
    checks = span_order_checks()
    if texts is not None:
        checks.append(spans_match_text(texts, "mention_text"))
    return pa.DataFrameSchema(
        {
            "article_id": column(
                "string", "Article (articles.article_id)", checks=[pa.Check.str_matches(HEX16)]
            ),
            "actor_id": column("string", "Actor (actors.actor_id)", checks=[pa.Check.str_matches(HEX16)]),
            "sentence_index": column(
                "int32", "0-based sentence number in the article", checks=[pa.Check.ge(0)]
            ),
            "char_start": column("int32", "Start offset in articles.text", checks=[pa.Check.ge(0)]),
            "char_end": column("int32", "End offset (exclusive) in articles.text", checks=[pa.Check.ge(1)]),
            "mention_text": column(
                "string", "text[char_start:char_end]", checks=[pa.Check.str_length(min_value=1)]
            ),
            "mention_kind": column("string", "How the actor is referred to", enum=MENTION_KINDS),
            "titles": column(
                "list<string>",
                "Offices the article states with this mention (before the name or in apposition), "
                "lower-cased as in actors.titles; empty when it states none",
                checks=[pa.Check(is_list_of_strings, element_wise=False, name="list_of_strings")],
            ),
        },
        checks=checks,
        name=NAME,
        description=DESCRIPTION,
        strict=True,
        ordered=True,
        unique=list(KEY),
    )
