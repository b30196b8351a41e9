"""File I/O shared by the stages: params, atomic writes, deterministic Parquet.

Every output is written to a temporary file in the same folder and renamed into place, so a
stage killed mid-write never leaves a partial file that a later stage or DVC could take as valid.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow
import pyarrow.parquet as pq
import yaml

PARAMS_FILE = Path("params.yaml")
# Fixed writer settings: the same table must give the same bytes on every run and machine.
PARQUET_OPTIONS: Mapping[str, Any] = {
    "compression": "zstd",
    "compression_level": 3,
    "use_dictionary": True,
    "write_statistics": True,
    "version": "2.6",
    "data_page_version": "1.0",
    "store_schema": True,
}


def _publish(tmp: Path, final: Path) -> None:
    """Give the finished file ordinary permissions (mkstemp makes it 0600) and rename it into place."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    os.replace(tmp, final)


def read_params(path: Path = PARAMS_FILE) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle) or {}


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success rename it over ``path``, else delete it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        _publish(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_bytes_atomic(path: Path, data: bytes) -> None:
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


def write_json_atomic(path: Path, obj: Any) -> None:
    write_text_atomic(path, json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False) + "\n")


def to_arrow(df: pd.DataFrame, schema: pyarrow.Schema) -> pyarrow.Table:
    """Convert with the explicit schema; columns in schema order, no pandas index, no pandas metadata."""
    table = pyarrow.Table.from_pandas(df[list(schema.names)], schema=schema, preserve_index=False)
    return table.replace_schema_metadata(None)


def write_parquet_atomic(df: pd.DataFrame, path: Path, schema: pyarrow.Schema) -> None:
    table = to_arrow(df, schema)
    with atomic_path(path) as tmp:
        pq.write_table(table, tmp, **PARQUET_OPTIONS)


def read_parquet(path: Path, columns: list[str] | None = None) -> pd.DataFrame:
    return pq.read_table(path, columns=columns).to_pandas()


def conform(df: pd.DataFrame, schema: pyarrow.Schema) -> pd.DataFrame:
    """The frame exactly as a reader of the Parquet file will see it (used before validation)."""
    return to_arrow(df, schema).to_pandas()


class ParquetBatchWriter:
    """Stream record batches to one Parquet file, atomically: nothing is visible until ``close``."""

    def __init__(self, path: Path, schema: pyarrow.Schema) -> None:
        self._final = Path(path)
        self._schema = schema
        self._final.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{self._final.name}.", suffix=".tmp", dir=self._final.parent)
        os.close(fd)
        self._tmp = Path(tmp_name)
        self._writer = pq.ParquetWriter(self._tmp, schema, **PARQUET_OPTIONS)

    def write(self, df: pd.DataFrame) -> None:
        if len(df):
            self._writer.write_table(to_arrow(df, self._schema))

    def close(self) -> None:
        self._writer.close()
        _publish(self._tmp, self._final)

    def abort(self) -> None:
        with contextlib.suppress(Exception):
            self._writer.close()
        self._tmp.unlink(missing_ok=True)

    def __enter__(self) -> ParquetBatchWriter:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()
