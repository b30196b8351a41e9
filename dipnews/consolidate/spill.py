"""Spill files of the out-of-core consolidate: rows appended in Python, written to Parquet in batches."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

SPILL_ROWS = 65_536


def sql_path(path: Path) -> str:
    """A Parquet file as a DuckDB table expression."""
    return "read_parquet('" + str(path).replace("'", "''") + "')"


def copy_to(connection: duckdb.DuckDBPyConnection, query: str, path: Path) -> Path:
    """The rows of ``query`` written to the Parquet file ``path`` by DuckDB (in the query's order)."""
    target = "'" + str(path).replace("'", "''") + "'"
    connection.execute(f"COPY ({query}) TO {target} (FORMAT parquet, COMPRESSION zstd)")
    return path


class SpillWriter:
    """Rows appended as dicts, written to one Parquet file in batches of ``rows`` rows."""

    def __init__(self, path: Path, schema: pa.Schema, rows: int | None = None) -> None:
        self.path = path
        self._schema = schema
        self._batch_rows = rows or SPILL_ROWS
        self._rows: list[dict[str, Any]] = []
        self._writer = pq.ParquetWriter(path, schema, compression="zstd", compression_level=1)

    def append(self, row: dict[str, Any]) -> None:
        self._rows.append(row)
        if len(self._rows) >= self._batch_rows:
            self.flush()

    def flush(self) -> None:
        if self._rows:
            self._writer.write_table(pa.Table.from_pylist(self._rows, schema=self._schema))
            self._rows.clear()

    def close(self) -> None:
        self.flush()
        self._writer.close()

    def __enter__(self) -> SpillWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
