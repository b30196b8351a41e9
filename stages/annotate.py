"""Stage `annotate`: ingested articles -> one extraction payload per article (the only spaCy stage).

Articles stream through in batches; each is taken from the per-article cache when its entry for
this model and code version exists, and parsed and extracted otherwise.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from dipnews.annotate import ArticleCache, ArticleTuple, annotate_articles, cache_fingerprint, make_executor
from dipnews.io import ParquetBatchWriter, read_params
from dipnews.validation import run_stage, validate
from schemas import extractions
from schemas._base import arrow_schema

INGESTED_PATH = Path("data/interim/ingested.parquet")
EXTRACTIONS_PATH = Path("data/interim/extractions.parquet")
READ_BATCH = 1024


def read_articles(path: Path) -> Iterator[ArticleTuple]:
    parquet = pq.ParquetFile(path)
    columns = ["article_id", "text", "published_date", "title"]
    for batch in parquet.iter_batches(batch_size=READ_BATCH, columns=columns):
        yield from zip(*(batch.column(c).to_pylist() for c in columns), strict=True)


@run_stage
def main() -> None:
    params = read_params()["annotate"]
    cache = ArticleCache(Path(params.get("cache_dir", "data/cache")) / cache_fingerprint(params["model"]))
    schema = extractions.schema()
    started = time.perf_counter()
    executor = make_executor(params)
    n_articles = 0
    try:
        with ParquetBatchWriter(EXTRACTIONS_PATH, arrow_schema(schema)) as writer:
            rows: list[tuple[str, int, str]] = []
            for result in annotate_articles(read_articles(INGESTED_PATH), executor, cache, int(params["chunk_size"])):
                rows.append(result)
                if len(rows) >= READ_BATCH:
                    writer.write(validate(pd.DataFrame(rows, columns=list(schema.columns)), schema))
                    n_articles += len(rows)
                    rows.clear()
            if rows or n_articles == 0:
                writer.write(validate(pd.DataFrame(rows, columns=list(schema.columns)), schema))
                n_articles += len(rows)
    finally:
        executor.close()
    elapsed = time.perf_counter() - started
    print(f"annotate: {n_articles} articles in {elapsed:.1f}s (cache {cache.root})", file=sys.stderr)


if __name__ == "__main__":
    main()
