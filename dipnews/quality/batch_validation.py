"""Pandera validation of a table written a batch at a time (the out-of-core consolidate stage).

Each batch is checked with its table's schema as the whole table would be, with the texts of the
batch's articles only (read from the ingested articles when a span check needs them). What a batch
cannot see of the rest of its table is the uniqueness of the key across batches, and checks over the
rows of one group (a meeting's participants): the batches arrive sorted by their key, so the rows of
the last value of the key's first column are held back and checked with the next batch (or at the
end, ``batch=None``), and a batch's first key must differ from the previous batch's last.

Rows that passed before are not checked again. The unit is the group of rows sharing the value of the
key's first column (an article's mentions, a meeting's participants; a single row where the key is one
column), since the checks across rows look within such a group only (uniqueness of the key, "at least two
participants"): a group's rows are hashed together, and only the groups whose hash was not validated
before go through pandera. With ``cache_dir`` the hashes of every group of the tables just written are
kept there (``save``), so a grown corpus re-checks its new and changed groups only. A span's text is the
article's, and an article_id is the hash of its text, so a group's hash covers what its span checks read.

The new groups of a span table are checked once :data:`PENDING_ROWS` of them are pending (or at the end
of the table), not batch by batch: the texts they need are read in one scan of the articles then. A run
that adds a few articles has a few new groups in every batch, and a scan per batch read every text of
the corpus once per batch.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from dipnews.quality.stage_validation import StageError, validate
from dipnews.quality.text_store import TextStore
from schemas import CONTRACT

# Tables whose rows point into article texts (their schemas check the spans).
SPAN_TABLES = frozenset({"actor_mentions", "meeting_mentions", "quotations"})
# New rows of a span table checked together (the texts of their articles read in one scan).
PENDING_ROWS = 65_536


def texts_by_id(connection: duckdb.DuckDBPyConnection, source: str, article_ids: list[str]) -> dict[str, str]:
    """article_id -> text of the wanted articles, read from ``source`` (a DuckDB table expression with
    ``article_id`` and ``text`` columns) without loading the others. The range of the wanted ids is a
    filter too: in a file sorted by article_id (the articles table) DuckDB then reads only the row groups
    that can hold them."""
    wanted = sorted(set(article_ids))
    if not wanted:
        return {}
    connection.register("wanted", pa.table({"article_id": wanted}))
    try:
        rows = connection.execute(
            f"SELECT s.article_id, s.text FROM {source} s JOIN wanted USING (article_id) "
            "WHERE s.article_id BETWEEN ? AND ?",
            [wanted[0], wanted[-1]],
        ).fetchall()
    finally:
        connection.unregister("wanted")
    return dict(rows)


class BatchValidator:
    """``check(table, batch, first_row)``: raise :class:`StageError` when a batch breaks its schema."""

    def __init__(self, ingested: Path, cache_dir: Path | None = None) -> None:
        self._ingested = "'" + str(ingested).replace("'", "''") + "'"
        self._connection = duckdb.connect(config={"memory_limit": "512MB"})
        self._connection.execute("SET threads TO 1")  # the row hashes in the batch's order
        self._last_key: dict[str, tuple[Any, ...]] = {}
        self._held: dict[str, tuple[pa.Table, int]] = {}  # table -> (rows held back, their first row)
        self._cache_dir = cache_dir
        self._known: dict[str, np.ndarray] = {}  # table -> sorted hashes of the groups validated before
        self._seen: dict[str, list[np.ndarray]] = {}  # table -> hashes of this run's groups
        # span table -> new rows not checked yet (each with its schema factory)
        self._pending: dict[str, list[tuple[pd.DataFrame, Callable[..., Any]]]] = {}
        self.checked_rows: dict[str, int] = {}  # table -> rows that went through pandera
        self._articles: Path | None = None  # the articles table, once written (see read_texts_from)
        self._text_store: TextStore | None = None

    def texts(self, article_ids: list[str]) -> dict[str, str]:
        """article_id -> text for these articles only."""
        if self._articles is not None:
            if self._text_store is None:
                self._text_store = TextStore(self._articles, self._articles.parent)
            return self._text_store.texts(article_ids)
        return texts_by_id(self._connection, f"read_parquet({self._ingested})", article_ids)

    def read_texts_from(self, articles: Path) -> None:
        """Read the texts from ``articles`` from now on: the articles table just written, through a
        :class:`TextStore` (made at the first look-up), which reads the texts once where a look-up in the
        ingested file, or in the articles table by DuckDB, decompresses every text that might be wanted:
        the whole column for a batch of quotations, which come in quote_id order."""
        self._articles = articles

    def __call__(self, table: str, batch: pa.Table | None, first_row: int) -> None:
        """Check ``batch`` (rows ``first_row`` on of ``table``); ``None`` ends the table."""
        ending = batch is None
        held, held_first = self._held.pop(table, (None, first_row))
        if held is not None:
            batch = held if batch is None else pa.concat_tables([held, batch])
            first_row = held_first
        if batch is None or batch.num_rows == 0:
            self._flush(table)
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
        if ending:
            self._flush(table)

    def _check(self, table: str, batch: pa.Table, first_row: int) -> None:
        module = CONTRACT[table]
        key = list(module.KEY)
        self.check_groups(table, batch, first_row, module.schema, key[0])
        first = tuple(batch.column(k)[0].as_py() for k in key)
        if self._last_key.get(table) == first:
            raise StageError(f"table '{table}': key {dict(zip(key, first, strict=True))} is not unique")
        self._last_key[table] = tuple(batch.column(k)[batch.num_rows - 1].as_py() for k in key)

    def check_groups(
        self, name: str, batch: pa.Table, first_row: int, schema: Callable[..., Any], group_column: str
    ) -> None:
        """Validate with ``schema(texts)`` the rows of ``batch`` (rows ``first_row`` on) whose group (a run of
        equal ``group_column`` values) did not pass before under ``name``."""
        hashes = group_hashes(row_hashes(self._connection, batch), batch.column(group_column).to_numpy())
        self._seen.setdefault(name, []).append(np.unique(hashes))
        new = np.flatnonzero(~sorted_contains(self._known_groups(name), hashes))
        if not len(new):
            return
        if len(new) == batch.num_rows:  # all new: the frame as a whole (a RangeIndex is cheaper to check)
            part = batch.to_pandas()
            part.index = pd.RangeIndex(first_row, first_row + len(part))
        else:
            part = batch.take(pa.array(new)).to_pandas()
            part.index = pd.Index(first_row + new)
        if name not in SPAN_TABLES:
            validate(part, schema(None))
            self.checked_rows[name] = self.checked_rows.get(name, 0) + len(part)
            return
        pending = self._pending.setdefault(name, [])
        pending.append((part, schema))
        if sum(len(frame) for frame, _ in pending) >= PENDING_ROWS:
            self._flush(name)

    def check_file_groups(
        self,
        name: str,
        path: Path,
        schema: Callable[..., Any],
        group_column: str,
        complete: Callable[[pa.Table], pa.Table],
    ) -> None:
        """:meth:`check_groups` over a whole Parquet file, without reading what passed before into Python:
        DuckDB hashes the rows, and only the row groups that hold rows of new groups are read, and of them
        only those rows, completed by ``complete`` (the columns the schema wants that the file lacks)."""
        source = "read_parquet('" + str(path).replace("'", "''") + "')"
        file = pq.ParquetFile(path)
        columns = ", ".join('"' + n.replace('"', '""') + '"' for n in file.schema_arrow.names)
        found = self._connection.sql(
            f'SELECT hash({columns}) AS h, "{group_column}" AS g FROM {source}'
        ).fetchnumpy()
        hashes = group_hashes(np.asarray(found["h"], dtype=np.uint64), np.asarray(found["g"], dtype=object))
        del found
        self._seen.setdefault(name, []).append(np.unique(hashes))
        is_new = ~sorted_contains(self._known_groups(name), hashes)
        pending: list[pd.DataFrame] = []
        first = 0
        for group in range(file.num_row_groups):
            n_rows = file.metadata.row_group(group).num_rows
            wanted = np.flatnonzero(is_new[first : first + n_rows])
            if len(wanted):
                part = complete(file.read_row_group(group).take(pa.array(wanted))).to_pandas()
                part.index = pd.Index(first + wanted)
                pending.append(part)
            if sum(len(frame) for frame in pending) >= PENDING_ROWS or (
                pending and group == file.num_row_groups - 1
            ):
                checked = pd.concat(pending) if len(pending) > 1 else pending[0]
                validate(checked, schema(None))
                self.checked_rows[name] = self.checked_rows.get(name, 0) + len(checked)
                pending = []
            first += n_rows

    def _flush(self, name: str) -> None:
        """Check the pending new rows of a span table, with the texts of their articles."""
        pending = self._pending.pop(name, [])
        if not pending:
            return
        part = pending[0][0] if len(pending) == 1 else pd.concat([frame for frame, _ in pending])
        validate(part, pending[0][1](self.texts(part["article_id"].tolist())))
        self.checked_rows[name] = self.checked_rows.get(name, 0) + len(part)

    def _known_groups(self, table: str) -> np.ndarray:
        if table not in self._known:
            path = self._cache_dir / f"{table}.npy" if self._cache_dir is not None else None
            self._known[table] = (
                np.load(path) if path is not None and path.is_file() else np.empty(0, np.uint64)
            )
        return self._known[table]

    def save(self) -> None:
        """Keep the hashes of every group of the tables just validated (call once they are all written)."""
        if self._cache_dir is None:
            return
        self._cache_dir.mkdir(parents=True, exist_ok=True)
        for table, parts in self._seen.items():
            target = self._cache_dir / f"{table}.npy"
            tmp = target.with_name(f".{table}.tmp.npy")
            np.save(tmp, np.unique(np.concatenate(parts)))
            tmp.replace(target)

    def close(self) -> None:
        if self._text_store is not None:
            self._text_store.close()
        self._connection.close()


def sorted_contains(known: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Whether each of ``values`` is in the sorted array ``known`` (a binary search each: ``np.isin``
    sorts both arrays on every call)."""
    if not len(known):
        return np.zeros(len(values), dtype=bool)
    places = np.minimum(np.searchsorted(known, values), len(known) - 1)
    return known[places] == values


def row_hashes(connection: duckdb.DuckDBPyConnection, batch: pa.Table) -> np.ndarray:
    """A 64-bit hash of every row's values (DuckDB's ``hash``: deterministic, lists and dates included)."""
    columns = ", ".join('"' + name.replace('"', '""') + '"' for name in batch.column_names)
    connection.register("hashed_rows", batch)
    try:
        result = connection.sql(f"SELECT hash({columns}) AS h FROM hashed_rows").fetchnumpy()["h"]
    finally:
        connection.unregister("hashed_rows")
    return np.asarray(result, dtype=np.uint64)


def group_hashes(rows: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """Per row, a 64-bit hash of all the rows of its group (the run of equal ``groups`` values it is in:
    the rows are sorted by their key), from the rows' hashes, sensitive to their order."""
    if not len(rows):
        return np.empty(0, np.uint64)
    starts = np.flatnonzero(np.r_[True, groups[1:] != groups[:-1]])
    lengths = np.diff(np.r_[starts, len(rows)])
    position = (np.arange(len(rows)) - np.repeat(starts, lengths)).astype(np.uint64)
    with np.errstate(over="ignore"):
        mixed = (rows ^ (position * np.uint64(0x9E3779B97F4A7C15))) * np.uint64(0xBF58476D1CE4E5B9)
        mixed ^= mixed >> np.uint64(31)
        summed = np.add.reduceat(mixed, starts) + lengths.astype(np.uint64)
    return np.repeat(summed, lengths)
