"""actor_roles: one row per office an actor is stated to hold, with the country stated with it and the
period of the articles that state it (key: role_id)."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import pandera.pandas as pa

from schemas._base import HEX16, ISO3, column

NAME = "actor_roles"
KEY = ("role_id",)
DESCRIPTION = (
    "Offices over time: one row per actor, title and stated country, with the first and last publication "
    "dates of the articles that state it."
)


def _seen_dates_in_order(df: pd.DataFrame) -> pd.Series:
    """Both dates or neither (undated articles only), and never last before first."""
    first, last = df["first_seen"], df["last_seen"]
    both = first.notna() & last.notna()
    ordered = pd.Series([not b or f <= t for b, f, t in zip(both, first, last, strict=True)], index=df.index)
    return (first.isna() == last.isna()) & ordered


def _one_row_per_role(df: pd.DataFrame) -> pd.Series:
    # A null country is a value of the role here ("stated without a country"), so it is compared as one.
    keys = df[["actor_id", "title", "country_iso3"]].fillna({"country_iso3": ""})
    return ~keys.duplicated(keep=False)


def schema(texts: Mapping[str, str] | None = None) -> pa.DataFrameSchema:
    return pa.DataFrameSchema(
        {
            "role_id": column(
                "string",
                "Stable id derived from actor_id, title and country_iso3",
                unique=True,
                checks=[pa.Check.str_matches(HEX16)],
            ),
            "actor_id": column(
                "string", "The actor (a person) who holds the office", checks=[pa.Check.str_matches(HEX16)]
            ),
            "title": column(
                "string",
                "The office as one article states it with the actor's name, lower-cased and without "
                "country words (one of the actor's actors.titles)",
                checks=[pa.Check.str_length(min_value=1)],
            ),
            "country_iso3": column(
                "string",
                "ISO 3166-1 alpha-3 of the country the article states with the name or the office (a "
                "country word, a national institution, an office of one country, a well-known leader); "
                "null when the article states none",
                nullable=True,
                checks=[pa.Check.str_matches(ISO3)],
            ),
            "first_seen": column(
                "date32",
                "Earliest publication date among the articles that state the role (null if none is dated)",
                nullable=True,
            ),
            "last_seen": column(
                "date32",
                "Latest publication date among the articles that state the role (null if none is dated)",
                nullable=True,
            ),
            "n_articles": column("int32", "Articles that state the role", checks=[pa.Check.ge(1)]),
        },
        checks=[
            pa.Check(_seen_dates_in_order, name="first_seen_le_last_seen"),
            pa.Check(_one_row_per_role, name="one_row_per_actor_title_country"),
        ],
        name=NAME,
        description=DESCRIPTION,
        strict=True,
        ordered=True,
    )
