"""Stage `consolidate`: ingested articles + per-article extractions -> the contract's tables.

Out of core (:mod:`dipnews.consolidate.streaming`): the extractions are read in batches, once; every
article's evidence, mention, quotation and meeting-report rows are spilled under
``data/cache/consolidate``, where DuckDB decides the actor identities, joins and sorts them; every
table is validated by its pandera schema a batch at a time and written in row groups. The tables are
byte-identical to those of :func:`dipnews.consolidate.corpus.consolidate` (the in-memory path the
evaluate stage runs on the gold). Every article's rows are kept in ``data/cache/consolidate/articles``
(a grown corpus parses only its new extractions), and pandera checks only the groups of rows whose
content did not pass before (``data/cache/validated``); both are caches: the tables do not depend on them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import pyarrow
import pyarrow.parquet as pq

from dipnews.consolidate.streaming import StreamInputs, write_streamed_tables
from dipnews.io import PARQUET_OPTIONS, InputFileError
from dipnews.params import checked_params
from dipnews.quality.batch_validation import BatchValidator
from dipnews.quality.stage_validation import StageError, run_stage
from dipnews.quality.validated_cache import ValidatedFiles
from schemas import CONTRACT
from schemas._base import arrow_schema

INGESTED_PATH = Path("data/interim/ingested.parquet")
EXTRACTIONS_PATH = Path("data/interim/extractions.parquet")
TABLES_DIR = Path("data/tables")
# The spill files of a run (deleted at its end; a killed run's are deleted by the next).
WORK_DIR = Path("data/cache/consolidate")
# Every article's rows, kept between runs: a grown corpus parses only its new extractions.
ARTICLE_CACHE_DIR = WORK_DIR / "articles"


def check_ingested(path: Path, validator: BatchValidator) -> None:
    """The ingested articles against the articles table's schema (what consolidate adds, the sentence
    counts, set to zero): a damaged or edited input is reported as the table it becomes, before any work.
    Articles that passed before are not checked again (nor read into Python)."""
    articles = CONTRACT["articles"].schema()

    def with_sentences(table: pyarrow.Table) -> pyarrow.Table:
        return table.append_column("n_sentences", pyarrow.array([0] * len(table), pyarrow.int32()))

    validator.check_file_groups("ingested", path, lambda texts: articles, "article_id", with_sentences)


@run_stage
def main() -> None:
    params = checked_params().get("consolidate", {})
    for path in (INGESTED_PATH, EXTRACTIONS_PATH):
        try:
            pq.ParquetFile(path)
        except (OSError, pyarrow.ArrowException) as error:
            raise InputFileError(f"cannot read {path}: {error}") from None
    undated_days = int(params.get("merge_undated_within_days", 3))
    inputs = StreamInputs(INGESTED_PATH, EXTRACTIONS_PATH, undated_days, ARTICLE_CACHE_DIR)
    contract = {name: arrow_schema(CONTRACT[name].schema()) for name in CONTRACT if name != "rejects"}
    # What passed pandera before (by content hash of each group of rows) is not checked again.
    cache = ValidatedFiles()
    validator = BatchValidator(INGESTED_PATH, cache.folder / "groups")
    check_ingested(INGESTED_PATH, validator)
    try:
        counts = write_streamed_tables(inputs, TABLES_DIR, WORK_DIR, contract, PARQUET_OPTIONS, validator)
        validator.save()
    except duckdb.Error as error:  # a damaged input or spill, a full disk: one line, no traceback
        raise StageError(f"consolidate: DuckDB stopped: {type(error).__name__}: {error}") from None
    finally:
        validator.close()
    # What was just validated need not be again (the release checks the cache by content hash).
    for name in counts:
        cache.record(name, TABLES_DIR / f"{name}.parquet", TABLES_DIR / "articles.parquet")
    checked = sum(n for table, n in validator.checked_rows.items() if table in counts)
    print(
        f"consolidate: {', '.join(f'{name} {n}' for name, n in counts.items())}; "
        f"{checked} of {sum(counts.values())} rows checked by pandera (the rest passed before)",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
