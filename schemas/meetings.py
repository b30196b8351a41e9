"""meetings: one row per distinct meeting across the corpus (key: meeting_id)."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import pandera.pandas as pa

from dipnews.model import DATE_PRECISIONS, MEETING_STATUSES, MEETING_TYPES
from schemas._base import HEX16, ISO3, column

NAME = "meetings"
KEY = ("meeting_id",)
DESCRIPTION = "Who met whom: one row per real meeting, merged across the articles that report it."


def _unknown_iff_no_date(df: pd.DataFrame) -> pd.Series:
    return (df["date_precision"] == "unknown") == df["date"].isna()


def schema(texts: Mapping[str, str] | None = None) -> pa.DataFrameSchema:
    return pa.DataFrameSchema(
        {
            "meeting_id": column(
                "string",
                "Stable id derived from the sorted participant actor_ids, date and location",
                unique=True,
                checks=[pa.Check.str_matches(HEX16)],
            ),
            "meeting_type": column("string", "Kind of meeting", enum=MEETING_TYPES),
            "status": column("string", "Whether it took place or is planned", enum=MEETING_STATUSES),
            "date": column(
                "date32",
                "The day it took place; for coarser precision, the first day of the month/year",
                nullable=True,
            ),
            "date_precision": column("string", "Precision of date", enum=DATE_PRECISIONS),
            "date_text": column("string", "The expression the date was resolved from", nullable=True),
            "location": column("string", "Most specific place as written", nullable=True),
            "location_country_iso3": column(
                "string", "ISO3 of the location's country", nullable=True, checks=[pa.Check.str_matches(ISO3)]
            ),
            "is_background": column(
                "bool", "True when mentioned as context/history, not as the news reported"
            ),
            "n_articles": column("int32", "Articles that report the meeting", checks=[pa.Check.ge(1)]),
            "confidence": column("float32", "0..1", checks=[pa.Check.in_range(0.0, 1.0)]),
        },
        checks=[pa.Check(_unknown_iff_no_date, name="date_precision_unknown_iff_date_null")],
        name=NAME,
        description=DESCRIPTION,
        strict=True,
        ordered=True,
    )
