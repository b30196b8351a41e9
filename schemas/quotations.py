"""quotations: one row per reported speech act (key: quote_id)."""

from __future__ import annotations

from collections.abc import Mapping

import pandera.pandas as pa

from dipnews.model import QUOTE_TYPES, SPEAKER_RESOLUTIONS
from schemas._base import HEX16, column, span_order_checks, spans_match_text

NAME = "quotations"
KEY = ("quote_id",)
DESCRIPTION = "Who said what: direct, indirect and mixed quotations with resolved speakers."


def _anonymous_is_unresolved(df):  # type: ignore[no-untyped-def]
    return df["speaker_actor_id"].notna() | (df["speaker_resolution"] == "unresolved")


def schema(texts: Mapping[str, str] | None = None) -> pa.DataFrameSchema:
    checks = [*span_order_checks(), pa.Check(_anonymous_is_unresolved, name="null_speaker_is_unresolved")]
    if texts is not None:
        checks.append(spans_match_text(texts, "quote_text"))
    return pa.DataFrameSchema(
        {
            "quote_id": column(
                "string",
                "Stable id derived from article_id and char_start",
                unique=True,
                checks=[pa.Check.str_matches(HEX16)],
            ),
            "article_id": column(
                "string", "Article (articles.article_id)", checks=[pa.Check.str_matches(HEX16)]
            ),
            "speaker_actor_id": column(
                "string",
                "Speaker (actors.actor_id); null when anonymous/unresolvable",
                nullable=True,
                checks=[pa.Check.str_matches(HEX16)],
            ),
            "speaker_text": column("string", "Words naming the speaker in context", nullable=True),
            "speaker_resolution": column("string", "How the speaker was resolved", enum=SPEAKER_RESOLUTIONS),
            "quote_text": column(
                "string", "text[char_start:char_end]", checks=[pa.Check.str_length(min_value=1)]
            ),
            "quote_type": column("string", "direct, indirect or mixed", enum=QUOTE_TYPES),
            "cue": column("string", "The speech verb or phrase", nullable=True),
            "char_start": column("int32", "Start offset in articles.text", checks=[pa.Check.ge(0)]),
            "char_end": column("int32", "End offset (exclusive)", checks=[pa.Check.ge(1)]),
            "sentence_index": column("int32", "Sentence where the quote starts", checks=[pa.Check.ge(0)]),
            "meeting_id": column(
                "string",
                "Meeting it was said at or about (meetings.meeting_id)",
                nullable=True,
                checks=[pa.Check.str_matches(HEX16)],
            ),
            "confidence": column("float32", "0..1", checks=[pa.Check.in_range(0.0, 1.0)]),
        },
        checks=checks,
        name=NAME,
        description=DESCRIPTION,
        strict=True,
        ordered=True,
    )
