"""Stage `consolidate`: ingested articles + per-article extractions -> the contract's tables.

Pure part: :func:`dipnews.consolidate.corpus.consolidate` and :func:`validate_tables`; ``main`` reads the
two intermediate files (the extractions in batches) and writes one Parquet file per table.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq

from dipnews.consolidate.corpus import consolidate
from dipnews.io import read_params, read_parquet, write_parquet_atomic
from dipnews.model import ArticleExtraction
from dipnews.quality.stage_validation import run_stage, validate_tables
from dipnews.serialize import from_json
from schemas import CONTRACT
from schemas._base import arrow_schema

INGESTED_PATH = Path("data/interim/ingested.parquet")
EXTRACTIONS_PATH = Path("data/interim/extractions.parquet")
TABLES_DIR = Path("data/tables")


def read_extractions(path: Path) -> Iterator[ArticleExtraction]:
    for batch in pq.ParquetFile(path).iter_batches(batch_size=1024, columns=["payload"]):
        for payload in batch.column("payload").to_pylist():
            yield from_json(payload)


@run_stage
def main() -> None:
    params = read_params().get("consolidate", {})
    ingested = read_parquet(INGESTED_PATH)
    tables = consolidate(
        ingested, list(read_extractions(EXTRACTIONS_PATH)), int(params.get("merge_undated_within_days", 3))
    )
    tables = validate_tables(tables)
    for name, frame in tables.items():
        write_parquet_atomic(frame, TABLES_DIR / f"{name}.parquet", arrow_schema(CONTRACT[name].schema()))
    counts = ", ".join(f"{name} {len(frame)}" for name, frame in tables.items())
    print(f"consolidate: {counts}", file=sys.stderr)


if __name__ == "__main__":
    main()
