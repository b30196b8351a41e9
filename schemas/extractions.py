"""extractions (intermediate): the per-article records of the annotate stage, one row per article.

The payload is the JSON form of ``dipnews.model.ArticleExtraction`` (article-local keys), the same
bytes the per-article cache stores; consolidate turns it into the contract's tables.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import lru_cache

import pandas as pd
import pandera.pandas as pa

from dipnews.model import COUNTRY_EVIDENCE
from schemas._base import HEX16, column

NAME = "extractions"
KEY = ("article_id",)
DESCRIPTION = "Per-article extraction results (intermediate, article-local ids)."
_PAYLOAD_KEYS = {"article_id", "n_sentences", "actors", "meetings", "quotes"}
# The evidence a person's "no national affiliation" is stated with: an international body in the title.
NO_AFFILIATION_EVIDENCE = "institution"


# Both checks read every payload; a batch is validated at a time (annotate writes 1,024 rows per
# batch), so remembering that many decoded payloads lets the second check skip the JSON parse.
def _country_evidence_consistent(actors: object) -> bool:
    """Every actor's country evidence is a known kind, given exactly when it has a country (a payload
    written before the evidence was recorded has none at all, and is read as the weakest), except that
    an official of an international body has institution evidence of no national affiliation."""
    if not isinstance(actors, dict) or not isinstance(actors.get("actors"), list):
        return False
    for actor in actors["actors"]:
        if not isinstance(actor, dict):
            return False
        evidence = actor.get("country_evidence")
        has_country = actor.get("country_iso3") is not None
        no_affiliation = not has_country and evidence == NO_AFFILIATION_EVIDENCE
        if "country_evidence" in actor and (evidence is None) != (not has_country) and not no_affiliation:
            return False
        if evidence is not None and evidence not in COUNTRY_EVIDENCE:
            return False
    return True


@lru_cache(maxsize=1024)
def _payload_fields(value: object) -> tuple[bool, object]:
    """(is an ArticleExtraction's JSON, its article_id) of one payload."""
    try:
        decoded = json.loads(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False, None
    if not isinstance(decoded, dict):
        return False, None
    is_extraction = decoded.keys() >= _PAYLOAD_KEYS and _country_evidence_consistent(decoded["actors"])
    return is_extraction, decoded.get("article_id")


def _payload_is_extraction(series: pd.Series) -> pd.Series:
    return series.map(lambda value: _payload_fields(value)[0]).astype(bool)


def _payload_belongs_to_row(df: pd.DataFrame) -> pd.Series:
    return pd.Series(
        [_payload_fields(p)[1] == a for a, p in zip(df["article_id"], df["payload"], strict=True)],
        index=df.index,
        dtype=bool,
    )


def schema(texts: Mapping[str, str] | None = None) -> pa.DataFrameSchema:
    return pa.DataFrameSchema(
        {
            "article_id": column(
                "string", "Article (articles.article_id)", unique=True, checks=[pa.Check.str_matches(HEX16)]
            ),
            "n_sentences": column("int32", "Sentences in the parse", checks=[pa.Check.ge(0)]),
            "payload": column(
                "string",
                "JSON of dipnews.model.ArticleExtraction",
                checks=[pa.Check(_payload_is_extraction, name="payload_is_extraction_json")],
            ),
        },
        checks=[pa.Check(_payload_belongs_to_row, name="payload_article_id_matches")],
        name=NAME,
        description=DESCRIPTION,
        strict=True,
        ordered=True,
    )
