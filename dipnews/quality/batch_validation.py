"""Pandera validation of a table written a batch at a time (the out-of-core consolidate stage).

Each batch is checked with its table's schema as the whole table would be, with the texts of the
batch's articles only (read from the ingested articles when a span check needs them). What a batch
cannot see of the rest of its table is the uniqueness of the key across batches, and checks over the
rows of one group (a meeting's participants): the batches arrive sorted by their key, so the rows of
the last value of the key's first column are held back and checked with the next batch (or at the
end, ``batch=None``), and a batch's first key must differ from the previous batch's last.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from dipnews.quality.stage_validation import StageError, validate
from schemas import CONTRACT

# Tables whose rows point into article texts (their schemas check the spans).
SPAN_TABLES = frozenset({"actor_mentions", "meeting_mentions", "quotations"})


class BatchValidator:
    """``check(table, batch, first_row)``: raise :class:`StageError` when a batch breaks its schema."""

    def __init__(self, ingested: Path) -> None:
        self._ingested = "'" + str(ingested).replace("'", "''") + "'"
        self._connection = duckdb.connect(config={"memory_limit": "512MB"})
        self._last_key: dict[str, tuple[Any, ...]] = {}
        self._held: dict[str, tuple[pa.Table, int]] = {}  # table -> (rows held back, their first row)

    def texts(self, article_ids: list[str]) -> dict[str, str]:
        """article_id -> text for these articles only."""
        self._connection.register("wanted", pa.table({"article_id": sorted(set(article_ids))}))
        try:
            rows = self._connection.sql(
                f"SELECT article_id, text FROM read_parquet({self._ingested}) JOIN wanted USING (article_id)"
            ).fetchall()
        finally:
            self._connection.unregister("wanted")
        return dict(rows)

    def __call__(self, table: str, batch: pa.Table | None, first_row: int) -> None:
        """Check ``batch`` (rows ``first_row`` on of ``table``); ``None`` ends the table."""
        ending = batch is None
        held, held_first = self._held.pop(table, (None, first_row))
        if held is not None:
            batch = held if batch is None else pa.concat_tables([held, batch])
            first_row = held_first
        if batch is None or batch.num_rows == 0:
            return
        if not ending:  # hold back the rows of the last group: the next batch may continue it
            column = batch.column(CONTRACT[table].KEY[0])
            last = column[batch.num_rows - 1]
            keep = batch.num_rows
            while keep > 0 and column[keep - 1] == last:
                keep -= 1
            self._held[table] = (batch.slice(keep), first_row + keep)
            if keep == 0:
                return
            batch = batch.slice(0, keep)
        self._check(table, batch, first_row)

    def _check(self, table: str, batch: pa.Table, first_row: int) -> None:
        module = CONTRACT[table]
        frame = batch.to_pandas()
        frame.index = range(first_row, first_row + len(frame))
        texts = self.texts(frame["article_id"].tolist()) if table in SPAN_TABLES else None
        validate(frame, module.schema(texts))
        key = list(module.KEY)
        first = tuple(frame.iloc[0][key])
        if self._last_key.get(table) == first:
            raise StageError(f"table '{table}': key {dict(zip(key, first, strict=True))} is not unique")
        self._last_key[table] = tuple(frame.iloc[-1][key])

    def close(self) -> None:
        self._connection.close()
