"""actors: one row per distinct real-world actor across the corpus (key: actor_id)."""

from __future__ import annotations

from collections.abc import Mapping

import pandera.pandas as pa

from dipnews.model import ACTOR_TYPES
from schemas._base import HEX16, ISO3, column, is_list_of_strings

NAME = "actors"
KEY = ("actor_id",)
DESCRIPTION = "People, organisations and countries, one row per real-world actor across the corpus."


def _country_is_own_code(df) -> object:
    countries = df["actor_type"] == "country"
    return ~countries | df["country_iso3"].notna()


def schema(texts: Mapping[str, str] | None = None) -> pa.DataFrameSchema:
    return pa.DataFrameSchema(
        {
            "actor_id": column(
                "string",
                "Stable id derived from actor_type and the normalised name (countries: their ISO3 code; "
                "a body every country has, such as 'Foreign Ministry': also its country)",
                unique=True,
                checks=[pa.Check.str_matches(HEX16)],
            ),
            "name": column(
                "string",
                "Canonical name: the fullest proper name seen",
                checks=[pa.Check.str_length(min_value=1)],
            ),
            "actor_type": column("string", "Kind of actor", enum=ACTOR_TYPES),
            "country_iso3": column(
                "string",
                "ISO 3166-1 alpha-3: affiliation of a person/organization, or the country itself",
                nullable=True,
                checks=[pa.Check.str_matches(ISO3)],
            ),
            "titles": column(
                "list<string>",
                "Offices/roles seen, lower-cased, without country words",
                checks=[pa.Check(is_list_of_strings, element_wise=False, name="list_of_strings")],
            ),
            "aliases": column(
                "list<string>",
                "Other surface forms resolved to this actor",
                checks=[pa.Check(is_list_of_strings, element_wise=False, name="list_of_strings")],
            ),
            "n_articles": column("int32", "Articles that mention the actor", checks=[pa.Check.ge(1)]),
            "n_mentions": column("int32", "Resolved mentions of the actor", checks=[pa.Check.ge(1)]),
        },
        checks=[pa.Check(_country_is_own_code, name="country_actor_has_iso3")],
        name=NAME,
        description=DESCRIPTION,
        strict=True,
        ordered=True,
    )
