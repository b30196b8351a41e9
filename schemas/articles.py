"""articles: one row per distinct article (key: article_id)."""

from __future__ import annotations

from collections.abc import Mapping

import pandera.pandas as pa

from schemas._base import HEX16, column

NAME = "articles"
KEY = ("article_id",)
DESCRIPTION = "One row per distinct article; every character offset in the dataset indexes articles.text."


def schema(texts: Mapping[str, str] | None = None) -> pa.DataFrameSchema:
    return pa.DataFrameSchema(
        {
            "article_id": column(
                "string",
                "16 lower-case hex chars: the start of the SHA-256 of the cleaned UTF-8 text",
                unique=True,
                checks=[pa.Check.str_matches(HEX16)],
            ),
            "source_path": column(
                "string",
                "Path of the input file relative to the input folder (% and # in names written %25 and %23), "
                "plus #<n> for the n-th record of a "
                "multi-record file",
                checks=[pa.Check.str_length(min_value=1)],
            ),
            "published_date": column("date32", "Publication date from the input", nullable=True),
            "title": column("string", "Title from the input", nullable=True),
            "url": column("string", "URL from the input", nullable=True),
            "publisher": column("string", "Publisher or source from the input", nullable=True),
            "text": column("string", "The cleaned article body", checks=[pa.Check.str_length(min_value=1)]),
            "n_sentences": column("int32", "Number of sentences in the spaCy parse", checks=[pa.Check.ge(0)]),
        },
        name=NAME,
        description=DESCRIPTION,
        strict=True,
        ordered=True,
        unique=list(KEY),
    )


def ingested_schema() -> pa.DataFrameSchema:
    """The ingest stage's articles, before the parse has counted sentences."""
    ingested = schema().remove_columns(["n_sentences"])
    ingested.name = "ingested_articles"
    return ingested
