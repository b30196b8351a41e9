"""The whole pipeline in one process, without DVC or files: for evaluation, notebooks and tests.

It runs exactly the functions the stages run (ingest's record cleaning, the per-article step,
consolidation and the schemas), so figures measured through it are the pipeline's figures.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from dipnews.consolidate.corpus import consolidate
from dipnews.ingest.readers import IngestSettings, RawRecord, Reject, ingest_records
from dipnews.io import read_params
from dipnews.nlp.annotate import InProcessExecutor, annotate_articles
from dipnews.serialize import from_json

DEFAULT_PARAMS = Path(__file__).resolve().parents[1] / "params.yaml"


def default_params() -> dict[str, Any]:
    return read_params(DEFAULT_PARAMS)


def build_tables(
    records: Iterable[Mapping[str, Any]], params: Mapping[str, Any] | None = None, validate: bool = True
) -> dict[str, pd.DataFrame]:
    """All contract tables for ``records`` ({"id", "text", "published", "title", ...} dicts).

    ``articles.source_path`` is each record's ``id``. With ``validate`` the tables pass through the
    same pandera schemas as the stages' outputs.
    """
    from dipnews.ingest.tables import split_rows
    from dipnews.quality.stage_validation import validate_tables

    params = dict(params or default_params())
    settings = IngestSettings.from_params(params["ingest"])
    raw = (
        RawRecord(
            source_path=str(r["id"]),
            text=r.get("text"),
            published=r.get("published"),
            title=r.get("title"),
            url=r.get("url"),
            publisher=r.get("publisher"),
        )
        for r in records
    )
    articles, rejects, _ = split_rows(ingest_records(raw, settings))
    annotate = params["annotate"]
    executor = InProcessExecutor(annotate["model"], int(annotate["batch_size"]), int(annotate["max_chars"]))
    rows = zip(
        articles["article_id"], articles["text"], articles["published_date"], articles["title"], strict=True
    )
    article_tuples = [
        (a, t, d if pd.notna(d) else None, ti if isinstance(ti, str) else None) for a, t, d, ti in rows
    ]
    extractions = [from_json(p) for _, _, p in annotate_articles(article_tuples, executor, None, 64)]
    tables = consolidate(
        articles, extractions, int(params.get("consolidate", {}).get("merge_undated_within_days", 3))
    )
    tables["rejects"] = rejects
    if validate:
        tables = validate_tables(tables)
    return tables


__all__ = ["Reject", "build_tables", "default_params"]
