"""Stage `annotate`: ingested articles -> one extraction payload per article (the only spaCy stage).

Articles stream through in batches; each is taken from the per-article cache when its entry for
this model and code version exists, and parsed and extracted otherwise.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow
import pyarrow.parquet as pq

from dipnews.io import ParquetBatchWriter, write_parquet_atomic
from dipnews.nlp.annotate import (
    TIME_BUDGET_ISSUE,
    AnnotateStats,
    ArticleCache,
    ArticleTuple,
    annotate_articles,
    cache_fingerprint,
    make_executor,
    payload_issue,
)
from dipnews.params import EXECUTION_ONLY_ANNOTATE_PARAMS, checked_params
from dipnews.progress import Progress
from dipnews.quality.stage_validation import run_stage, validate
from schemas import extractions
from schemas._base import arrow_schema

INGESTED_PATH = Path("data/interim/ingested.parquet")
EXTRACTIONS_PATH = Path("data/interim/extractions.parquet")
READ_BATCH = 1024
# Articles whose extraction did not finish (over annotate.time_budget_seconds): the record of why
# their rows are missing; written on every run, empty when every article finished.
ISSUES_PATH = Path("data/interim/extraction_issues.parquet")
ISSUES_SCHEMA = pyarrow.schema(
    [("article_id", pyarrow.string()), ("issue", pyarrow.string()), ("detail", pyarrow.string())]
)


def read_articles(path: Path) -> Iterator[ArticleTuple]:
    parquet = pq.ParquetFile(path)
    columns = ["article_id", "text", "published_date", "title"]
    for batch in parquet.iter_batches(batch_size=READ_BATCH, columns=columns):
        yield from zip(*(batch.column(c).to_pylist() for c in columns), strict=True)


def extraction_params_key(params: Mapping[str, Any]) -> str:
    """8 hex of the ``annotate`` settings that can change an article's extraction.

    That is the whole section but the execution-only settings (executor, workers, batch and chunk
    sizes, the cache folder): ``max_chars: 300`` and back to ``200000`` must not ship the short
    extractions from the cache. Keys are sorted, so the key does not depend on their order.
    """
    shaping = {k: v for k, v in params.items() if k not in EXECUTION_ONLY_ANNOTATE_PARAMS}
    text = json.dumps(shaping, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


def prune_stale_generations(cache_dir: Path, fingerprint: str) -> list[Path]:
    """Delete the cache generations of older extraction code or settings for this model and spaCy version.

    Their entries can never be read again (the code they came from is gone), and DVC hashes the
    whole cache folder on every run. Generations of other models are kept: switching back to a
    model finds its cache.
    """
    same_model = fingerprint.rsplit("-code", 1)[0] + "-code"
    stale = [
        path
        for path in sorted(cache_dir.glob(f"{same_model}*"))
        if path.is_dir() and path.name != fingerprint
    ]
    for path in stale:
        shutil.rmtree(path)
    return stale


@run_stage
def main() -> None:
    params = checked_params()["annotate"]
    cache_dir = Path(params.get("cache_dir", "data/cache/annotate"))
    # Model, spaCy and code version, then the extraction settings: one folder per combination.
    fingerprint = f"{cache_fingerprint(params['model'])}-params{extraction_params_key(params)}"
    prune_stale_generations(cache_dir, fingerprint)
    cache = ArticleCache(cache_dir / fingerprint)
    schema = extractions.schema()
    started = time.perf_counter()
    article_ids = pq.read_table(INGESTED_PATH, columns=["article_id"]).column("article_id").to_pylist()
    executor = make_executor(params, n_to_parse=sum(1 for a in article_ids if not cache.has(a)))
    stats = AnnotateStats()
    n_articles = 0
    issues: list[tuple[str, str, str]] = []
    try:
        with ParquetBatchWriter(EXTRACTIONS_PATH, arrow_schema(schema)) as writer:
            rows: list[tuple[str, int, str]] = []
            articles = read_articles(INGESTED_PATH)
            progress = Progress("annotate", len(article_ids), "articles")
            for result in annotate_articles(articles, executor, cache, int(params["chunk_size"]), stats):
                rows.append(result)
                progress.advance()
                issue = payload_issue(result[2])
                if issue is not None:
                    issues.append((result[0], TIME_BUDGET_ISSUE, issue))
                if len(rows) >= READ_BATCH:
                    writer.write(validate(pd.DataFrame(rows, columns=list(schema.columns)), schema))
                    n_articles += len(rows)
                    rows.clear()
            if rows or n_articles == 0:
                writer.write(validate(pd.DataFrame(rows, columns=list(schema.columns)), schema))
                n_articles += len(rows)
            write_parquet_atomic(
                pd.DataFrame(issues, columns=ISSUES_SCHEMA.names), ISSUES_PATH, ISSUES_SCHEMA
            )
    finally:
        executor.close()
    elapsed = time.perf_counter() - started
    if issues:
        print(f"annotate: {len(issues)} article(s) over the time budget: see {ISSUES_PATH}", file=sys.stderr)
    print(
        f"annotate: {n_articles} articles in {elapsed:.1f}s ({stats.computed} parsed, {stats.cached} "
        f"from the cache {cache.root}; executor {params.get('executor', 'local')}, "
        f"{executor.workers} worker(s))",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
