"""Ingest's items (article dicts and :class:`~dipnews.ingest.readers.Reject`) as the two tables' rows.

Shared by the ``ingest`` stage (which streams the articles in batches) and
:mod:`dipnews.pipeline` (everything in memory, via :func:`split_rows`), so both produce the same
columns and the same order.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd

from dipnews.ingest.readers import Reject
from schemas import articles, rejects

ARTICLE_COLUMNS = list(articles.ingested_schema().columns)
REJECT_COLUMNS = list(rejects.schema().columns)


def article_row(item: dict[str, Any]) -> dict[str, Any]:
    """The ingested-articles columns of one article item (internal ``_``-keys dropped)."""
    return {k: item[k] for k in ARTICLE_COLUMNS}


def reject_row(item: Reject) -> dict[str, Any]:
    return {"source_path": item.source_path, "reason": item.reason, "detail": item.detail}


def reject_frame(reject_rows: list[dict[str, Any]]) -> pd.DataFrame:
    """The rejects table, sorted by source_path."""
    frame = pd.DataFrame(reject_rows, columns=REJECT_COLUMNS)
    return frame.sort_values("source_path", kind="stable").reset_index(drop=True)


def split_rows(items: Iterable[dict[str, Any] | Reject]) -> tuple[pd.DataFrame, pd.DataFrame, int]:
    """Articles (in input order) and rejects (sorted by source_path), plus the count of dropped dates."""
    article_rows: list[dict[str, Any]] = []
    reject_rows: list[dict[str, Any]] = []
    dropped_dates = 0
    for item in items:
        if isinstance(item, Reject):
            reject_rows.append(reject_row(item))
        else:
            dropped_dates += bool(item.get("_date_dropped"))
            article_rows.append(article_row(item))
    article_frame = pd.DataFrame(article_rows, columns=ARTICLE_COLUMNS)
    return article_frame, reject_frame(reject_rows), dropped_dates
