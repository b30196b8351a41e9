"""Stage `ingest`: raw files under ``ingest.input_dir`` -> ingested articles + rejects.

Pure part: :func:`split_rows` (rows and rejects in, validated frames out). ``main`` reads params,
walks the input folder and writes both tables atomically.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from dipnews.ingest import IngestSettings, Reject, ingest_folder
from dipnews.io import read_params, write_parquet_atomic
from dipnews.validation import StageError, run_stage, validate
from schemas import articles, rejects
from schemas._base import arrow_schema

INGESTED_PATH = Path("data/interim/ingested.parquet")
REJECTS_PATH = Path("data/tables/rejects.parquet")
ARTICLE_COLUMNS = list(articles.ingested_schema().columns)


def split_rows(items: Iterable[dict[str, Any] | Reject]) -> tuple[pd.DataFrame, pd.DataFrame, int]:
    """Articles (in input order) and rejects (sorted by source_path), plus the count of dropped dates."""
    article_rows: list[dict[str, Any]] = []
    reject_rows: list[dict[str, Any]] = []
    dropped_dates = 0
    for item in items:
        if isinstance(item, Reject):
            reject_rows.append({"source_path": item.source_path, "reason": item.reason, "detail": item.detail})
        else:
            dropped_dates += bool(item.get("_date_dropped"))
            article_rows.append({k: item[k] for k in ARTICLE_COLUMNS})
    article_frame = pd.DataFrame(article_rows, columns=ARTICLE_COLUMNS)
    reject_frame = pd.DataFrame(reject_rows, columns=["source_path", "reason", "detail"])
    reject_frame = reject_frame.sort_values("source_path", kind="stable").reset_index(drop=True)
    return article_frame, reject_frame, dropped_dates


@run_stage
def main() -> None:
    params = read_params()["ingest"]
    input_dir = Path(params["input_dir"])
    if not input_dir.is_dir():
        raise StageError(f"ingest.input_dir '{input_dir}' is not a folder")
    settings = IngestSettings.from_params(params)
    article_frame, reject_frame, dropped_dates = split_rows(ingest_folder(input_dir, settings))
    ingested_schema = articles.ingested_schema()
    rejects_schema = rejects.schema()
    article_frame = validate(article_frame, ingested_schema)
    reject_frame = validate(reject_frame, rejects_schema)
    write_parquet_atomic(article_frame, INGESTED_PATH, arrow_schema(ingested_schema))
    write_parquet_atomic(reject_frame, REJECTS_PATH, arrow_schema(rejects_schema))
    reasons = Counter(reject_frame["reason"])
    summary = ", ".join(f"{reason} {n}" for reason, n in sorted(reasons.items())) or "none"
    print(f"ingest: {len(article_frame)} articles, {len(reject_frame)} rejects ({summary})", file=sys.stderr)
    if dropped_dates:
        print(
            f"ingest: {dropped_dates} article(s) had an impossible or out-of-window published date "
            f"(kept with published_date null)",
            file=sys.stderr,
        )


if __name__ == "__main__":
    main()
