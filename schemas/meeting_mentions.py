"""meeting_mentions: the evidence sentences (key: meeting_id, article_id, char_start)."""

from __future__ import annotations

from collections.abc import Mapping

import pandera.pandas as pa

from schemas._base import HEX16, column, span_order_checks

NAME = "meeting_mentions"
KEY = ("meeting_id", "article_id", "char_start")
DESCRIPTION = "Sentences that report a meeting, with the trigger words."


def _trigger_inside_span(texts: Mapping[str, str]) -> pa.Check:
    def check(df):  # type: ignore[no-untyped-def]
        import pandas as pd

        return pd.Series(
            [
                a in texts and t.lower() in texts[a][s:e].lower()
                for a, s, e, t in zip(
                    df["article_id"], df["char_start"], df["char_end"], df["trigger"], strict=True
                )
            ],
            index=df.index,
            dtype=bool,
        )

    return pa.Check(
        check,
        name="trigger_in_evidence_span",
        error="trigger_in_evidence_span (trigger inside text[char_start:char_end])",
    )


def schema(texts: Mapping[str, str] | None = None) -> pa.DataFrameSchema:
    checks = span_order_checks()
    if texts is not None:
        checks.append(_trigger_inside_span(texts))
    return pa.DataFrameSchema(
        {
            "meeting_id": column(
                "string", "Meeting (meetings.meeting_id)", checks=[pa.Check.str_matches(HEX16)]
            ),
            "article_id": column(
                "string", "Article (articles.article_id)", checks=[pa.Check.str_matches(HEX16)]
            ),
            "sentence_index": column("int32", "0-based sentence number", checks=[pa.Check.ge(0)]),
            "char_start": column(
                "int32", "Start of the evidence sentence in articles.text", checks=[pa.Check.ge(0)]
            ),
            "char_end": column("int32", "End (exclusive) of the evidence sentence", checks=[pa.Check.ge(1)]),
            "trigger": column(
                "string", "The word(s) that signal the meeting", checks=[pa.Check.str_length(min_value=1)]
            ),
        },
        checks=checks,
        name=NAME,
        description=DESCRIPTION,
        strict=True,
        ordered=True,
        unique=list(KEY),
    )
