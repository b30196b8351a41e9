"""What the release needs from the contract's Parquet files, read without loading the large tables.

Row counts come from the files' footers; the publishers and the quotations per speaker are counted
by DuckDB over the files; only the tables the plots draw whole (meetings and their participants, a
small share of the corpus) and the actors they name are read into pandas.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq

from dipnews.release.plots import (
    csv_bytes,
    meetings_per_month,
    meetings_per_month_png,
    most_quoted_actors_png,
    most_quoted_from_counts,
    who_met_whom_png,
)
from schemas import CONTRACT


def _sql_path(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def row_counts(tables_dir: Path) -> dict[str, int]:
    return {table: pq.ParquetFile(tables_dir / f"{table}.parquet").metadata.num_rows for table in CONTRACT}


def publisher_counts(tables_dir: Path, no_publisher: str) -> dict[str, int]:
    articles = _sql_path(tables_dir / "articles.parquet")
    with duckdb.connect() as connection:
        rows = connection.execute(
            f"SELECT coalesce(publisher, ?) AS p, count(*) FROM read_parquet({articles}) GROUP BY p",
            [no_publisher],
        ).fetchall()
    return {str(publisher): int(n) for publisher, n in rows}


def release_plots_from_files(tables_dir: Path) -> dict[str, bytes]:
    """reports/plots/ as :func:`stages.release.release_plots` draws it from tables in memory."""
    path = {table: _sql_path(tables_dir / f"{table}.parquet") for table in CONTRACT}
    with duckdb.connect() as connection:
        speakers = connection.sql(
            f"SELECT speaker_actor_id, count(*) AS n FROM read_parquet({path['quotations']}) "
            "WHERE speaker_actor_id IS NOT NULL GROUP BY speaker_actor_id ORDER BY n DESC, speaker_actor_id"
        ).df()
        # Only the actors a plot names: the quoted ones and the meetings' participants.
        actors = connection.sql(
            f"SELECT * FROM read_parquet({path['actors']}) WHERE actor_id IN "
            f"(SELECT speaker_actor_id FROM read_parquet({path['quotations']}) UNION "
            f"SELECT actor_id FROM read_parquet({path['meeting_participants']})) ORDER BY actor_id"
        ).to_arrow_table()
    counts = pd.Series(speakers["n"].to_numpy(dtype="int64"), index=speakers["speaker_actor_id"].astype(str))
    actors_frame = actors.to_pandas()
    meetings = pq.read_table(tables_dir / "meetings.parquet").to_pandas()
    participants = pq.read_table(tables_dir / "meeting_participants.parquet").to_pandas()
    per_month = meetings_per_month(meetings)
    quoted = most_quoted_from_counts(counts, actors_frame)
    return {
        "meetings_per_month.csv": csv_bytes(per_month),
        "meetings_per_month.png": meetings_per_month_png(per_month),
        "most_quoted_actors.csv": csv_bytes(quoted),
        "most_quoted_actors.png": most_quoted_actors_png(quoted),
        "who_met_whom.png": who_met_whom_png(participants, actors_frame),
    }
