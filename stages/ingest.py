"""Stage `ingest`: raw files under ``ingest.input_dir`` -> ingested articles + rejects.

The stage streams: articles are written to ``data/interim/ingested.parquet`` in batches of
``ingest.batch_size`` rows, each validated before it is written, so memory holds one batch, the
set of article ids seen (for duplicates) and the rejects, never the corpus. Both files are
written to a temporary name and renamed at the end: an interrupted run leaves no partial output.

With ``ingest.cache_dir`` set, each input file's cleaned items come from a per-file cache
(:mod:`dipnews.ingest.cache`) when the file, the settings and the ingest code are unchanged, so a
grown corpus re-cleans only its new files; entries of files no longer in the input folder are
deleted after a successful run. Without it (missing or null) every file is read and cleaned.

Pure part: :func:`write_ingested` (the streaming writer ``main`` uses); its rows are built by
:mod:`dipnews.ingest.tables`, whose :func:`~dipnews.ingest.tables.split_rows` does the same in
memory for :mod:`dipnews.pipeline`.
"""

from __future__ import annotations

import dataclasses
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from dipnews.ingest.cache import IngestCache
from dipnews.ingest.readers import IngestSettings, Reject, ingest_folder
from dipnews.ingest.tables import ARTICLE_COLUMNS, article_row, reject_frame, reject_row
from dipnews.io import ParquetBatchWriter, read_params, write_parquet_atomic
from dipnews.quality.stage_validation import FAILURES_DIR, StageError, run_stage, validate
from schemas import articles, rejects
from schemas._base import arrow_schema

INGESTED_PATH = Path("data/interim/ingested.parquet")
REJECTS_PATH = Path("data/tables/rejects.parquet")
# Articles per written (and validated) batch when params.yaml sets no ingest.batch_size: a few MB
# of text, small next to the parser's memory, large enough that Parquet row groups compress well.
DEFAULT_BATCH_SIZE = 1000


@dataclass(frozen=True, slots=True)
class IngestSummary:
    """What :func:`write_ingested` wrote: the article count, the rejects, the dropped dates."""

    n_articles: int
    rejects: pd.DataFrame
    dropped_dates: int
    # How the input files were obtained ("5 file(s) from the cache, 1 read"); None without a cache.
    cache_report: str | None = None

    def report(self) -> str:
        reasons = Counter(self.rejects["reason"])
        summary = ", ".join(f"{reason} {n}" for reason, n in sorted(reasons.items())) or "none"
        first = f"ingest: {self.n_articles} articles, {len(self.rejects)} rejects ({summary})"
        if self.cache_report is not None:
            first += f"; {self.cache_report}"
        lines = [first]
        if self.dropped_dates:
            lines.append(
                f"ingest: {self.dropped_dates} article(s) had an impossible or out-of-window published date "
                f"(kept with published_date null)"
            )
        return "\n".join(lines)


def write_ingested(
    items: Iterable[dict[str, Any] | Reject],
    ingested_path: Path = INGESTED_PATH,
    rejects_path: Path = REJECTS_PATH,
    batch_size: int = DEFAULT_BATCH_SIZE,
    failures_dir: Path | None = FAILURES_DIR,
) -> IngestSummary:
    """Write articles and rejects; the articles streamed in validated batches.

    Articles go to ``ingested_path`` in input order, ``batch_size`` rows at a time; rejects, sorted
    by source_path, to ``rejects_path``. A schema violation raises :class:`StageError` and leaves
    neither file half-written (the articles' temporary file is deleted, the old file stays).
    """
    ingested_schema = articles.ingested_schema()
    rejects_schema = rejects.schema()
    reject_rows: list[dict[str, Any]] = []
    dropped_dates = 0
    batch: list[dict[str, Any]] = []
    with ParquetBatchWriter(ingested_path, arrow_schema(ingested_schema)) as writer:

        def flush() -> None:
            # Indexed by the article's position in the output, so a failure report's "rows" are
            # row numbers of ingested.parquet, not positions within one batch.
            start = writer.rows_written
            frame = pd.DataFrame(batch, columns=ARTICLE_COLUMNS, index=range(start, start + len(batch)))
            writer.write(validate(frame, ingested_schema, failures_dir))
            batch.clear()

        for item in items:
            if isinstance(item, Reject):
                reject_rows.append(reject_row(item))
                continue
            dropped_dates += bool(item.get("_date_dropped"))
            batch.append(article_row(item))
            if len(batch) >= batch_size:
                flush()
        if batch:
            flush()
        # Rejects are validated and written before the articles' file is renamed into place, so
        # a bad reject row stops the stage with neither output replaced.
        rejects_table = validate(reject_frame(reject_rows), rejects_schema, failures_dir)
        write_parquet_atomic(rejects_table, rejects_path, arrow_schema(rejects_schema))
        n_articles = writer.rows_written
    return IngestSummary(n_articles=n_articles, rejects=rejects_table, dropped_dates=dropped_dates)


@run_stage
def main() -> None:
    params = read_params()["ingest"]
    input_dir = Path(params["input_dir"])
    if not input_dir.is_dir():
        raise StageError(f"ingest.input_dir '{input_dir}' is not a folder")
    try:
        settings = IngestSettings.from_params(params)
        batch_size = int(params.get("batch_size", DEFAULT_BATCH_SIZE))
    except ValueError as error:
        raise StageError(f"params.yaml: {error}") from None
    if batch_size < 1:
        raise StageError(f"params.yaml: ingest.batch_size must be at least 1, got {batch_size}")
    cache_dir = params.get("cache_dir")
    cache = IngestCache(Path(cache_dir), settings) if cache_dir else None
    summary = write_ingested(ingest_folder(input_dir, settings, cache), batch_size=batch_size)
    if cache is not None:
        # Only now: a run that failed above has not used the entries of the files it did not reach.
        cache.prune()
        summary = dataclasses.replace(summary, cache_report=cache.stats.report())
    print(summary.report(), file=sys.stderr)


if __name__ == "__main__":
    main()
