"""Every article's consolidate rows, kept between runs, so a grown corpus parses only its new extractions.

An article's rows (:mod:`dipnews.consolidate.article_rows`) are a function of its extraction payload and
its publication date, so they are stored under the article's key (its id, a hash of the payload, the date:
:data:`KEY_DTYPE`). The store is a folder
of *segments*: each run that meets articles it has no rows for parses only those, and writes their rows as
one new segment, a Parquet file per spill (each row with its article_key). The ``sentences`` file, one row
per article, is written last and names the articles a segment holds; a segment without it (a killed run)
is ignored and deleted. The rows of the current corpus are then the segments' rows whose article_key is
among the current articles' keys (an edited or removed article's old rows are left out), read by DuckDB
as table expressions; the report order the meeting merge follows is the article's place in the
extractions file, joined in, not stored.

The folder is ``<cache_dir>/<version>``, where the version hashes the code that makes the rows (and the
Unicode database that name normalisation uses), so a change to it starts a new store and deletes the old.
When there are more than :data:`MAX_SEGMENTS` segments, or more stale articles than a quarter of the
live ones, the live rows are rewritten as one segment. It is a cache: deleting it only costs a full parse.
"""

from __future__ import annotations

import datetime as dt
import shutil
import unicodedata
from collections.abc import Iterator, Mapping
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from dipnews.code_version import code_version
from dipnews.consolidate.article_rows import article_rows, spill_schemas
from dipnews.consolidate.spill import SpillWriter, copy_to, sql_path
from dipnews.serialize import from_json

MAX_SEGMENTS = 8
# A report's place in the corpus: its article's row in the extractions file, then its place in the article.
REPORTS_PER_ARTICLE = 1 << 20
_CODE = (
    "dipnews/consolidate/article_cache.py",
    "dipnews/consolidate/article_rows.py",
    "dipnews/consolidate/actor_evidence.py",
    "dipnews/consolidate/corpus.py",
    "dipnews/extract/actors/names.py",
    "dipnews/model.py",
    "dipnews/serialize.py",
)
# An article_key: the article_id, a colon, DuckDB's 64-bit hash of the payload (16 hex digits), a colon
# and the publication date (or "-"). A 64-bit hash is enough because the key names the article: another
# payload of the same article would have to hash to the same 64 bits to be taken for it (2**-64 per edited
# article), where a hash of the payload alone must not collide with any other article's. It costs a third
# of the MD5 it replaces (which read every payload at 300 MB per 100,000 articles).
KEY_DTYPE = "S"  # fixed-width bytes, as wide as the longest key
KEYS_SCHEMA = pa.schema([("article_key", pa.string()), ("position", pa.int64())])
# 1970-01-01 as a date32 value, for the publication-date look-up arrays.
_EPOCH = dt.date(1970, 1, 1)
_NO_DAY = np.iinfo(np.int32).min


def cache_version() -> str:
    return code_version(_CODE, f"unicode {unicodedata.unidata_version} pyarrow {pa.__version__}")


def _quoted(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


class PublishedDates:
    """article_id -> publication date in two sorted arrays (12 bytes an article, not a dict of objects)."""

    def __init__(self, ingested_path: Path) -> None:
        table = pq.read_table(ingested_path, columns=["article_id", "published_date"])
        ids = np.array(table.column("article_id").to_pylist(), dtype="S16")
        days = table.column("published_date").cast(pa.int32()).fill_null(_NO_DAY).to_numpy()
        order = np.argsort(ids, kind="stable")
        self._ids, self._days = ids[order], days[order]

    def get(self, article_id: str) -> dt.date | None:
        key = article_id.encode()
        position = int(np.searchsorted(self._ids, key))
        if position >= len(self._ids) or self._ids[position] != key or self._days[position] == _NO_DAY:
            return None
        return _EPOCH + dt.timedelta(days=int(self._days[position]))


class ArticleStore:
    """The segments of one cache version; ``folder`` is created if missing."""

    def __init__(self, cache_dir: Path) -> None:
        self.folder = cache_dir / cache_version()
        if cache_dir.is_dir():
            for old in cache_dir.iterdir():
                if old != self.folder:
                    shutil.rmtree(old, ignore_errors=True)
        self.folder.mkdir(parents=True, exist_ok=True)
        for partial in self.folder.glob("*.tmp"):
            partial.unlink()
        complete = set(self.segments())
        for orphan in self.folder.glob("segment-*.parquet"):
            if orphan.name.split(".", 1)[0] not in complete:
                orphan.unlink()

    def segments(self) -> list[str]:
        return sorted(p.name.split(".", 1)[0] for p in self.folder.glob("segment-*.sentences.parquet"))

    def known_keys(self) -> np.ndarray:
        """The keys of the articles the segments hold, sorted (fixed-width bytes: 43 an article)."""
        if not self.segments():
            return np.empty(0, dtype=KEY_DTYPE)
        files = [self.folder / f"{s}.sentences.parquet" for s in self.segments()]
        keys = [
            pq.read_table(f, columns=["article_key"]).column(0).to_numpy(zero_copy_only=False) for f in files
        ]
        return np.sort(np.concatenate(keys).astype(KEY_DTYPE))

    def files(self, table: str, segments: list[str] | None = None) -> str:
        names = self.segments() if segments is None else segments
        return "[" + ", ".join(_quoted(self.folder / f"{s}.{table}.parquet") for s in names) + "]"

    def _next_segment(self) -> str:
        numbers = [int(s.split("-", 1)[1]) for s in self.segments()]
        return f"segment-{max(numbers, default=-1) + 1:06d}"

    def write_segment(
        self, rows: Iterator[tuple[str, dict[str, object]]], schemas: Mapping[str, pa.Schema]
    ) -> str | None:
        """A new segment from (spill, row) pairs; visible only once its sentences file is in place."""
        name = self._next_segment()
        targets = {table: self.folder / f"{name}.{table}.parquet" for table in schemas}
        spills = {t: SpillWriter(p.with_name(p.name + ".tmp"), schemas[t]) for t, p in targets.items()}
        n_rows = 0
        try:
            for table, row in rows:
                spills[table].append(row)
                n_rows += 1
        finally:
            for spill in spills.values():
                spill.close()
        if n_rows == 0 and self.segments():  # nothing new: no segment (an empty corpus still gets one)
            for spill in spills.values():
                spill.path.unlink()
            return None
        for table in sorted(targets, key=lambda t: t == "sentences"):  # the sentences file last
            spills[table].path.rename(targets[table])
        return name


def _keys_sql(extractions: Path, ingested: Path) -> str:
    """Every extraction's article_key (its article_id, its payload's hash and its article's publication date)
    and place in the file, in file order."""
    return (
        "SELECT coalesce(e.article_id, '') || ':' || printf('%016x', hash(e.payload)) || ':' "
        "|| coalesce(CAST(i.published_date AS VARCHAR), '-') AS article_key, "
        f"e.file_row_number AS position FROM read_parquet({_quoted(extractions)}, file_row_number = true) e "
        f"LEFT JOIN (SELECT article_id, min(published_date) AS published_date FROM read_parquet("
        f"{_quoted(ingested)}) GROUP BY article_id) i USING (article_id) ORDER BY position"
    )


def _scan(
    extractions: Path, ingested: Path, store: ArticleStore, keys: Path
) -> Iterator[tuple[str, dict[str, object]]]:
    """Every current article's key and place in the file to ``keys`` (DuckDB hashes the payloads and joins the
    dates); then the rows of the articles the store has no rows for, each of their payloads parsed once.
    Only the row groups that hold such articles are read, and of them only those articles' payloads."""
    connection = duckdb.connect()
    connection.execute("SET threads TO 1")
    try:
        copy_to(connection, _keys_sql(extractions, ingested), keys)
    finally:
        connection.close()
    current = pq.read_table(keys, columns=["article_key"]).column(0).to_numpy(zero_copy_only=False)
    current = current.astype(KEY_DTYPE)
    is_new = ~_found(store.known_keys(), current)
    if not is_new.any():
        return
    published = PublishedDates(ingested)
    # The row's article_id is its payload's (the annotate stage's schema checks it).
    file = pq.ParquetFile(extractions)
    first = 0
    for group in range(file.num_row_groups):
        n_rows = file.metadata.row_group(group).num_rows
        wanted = np.flatnonzero(is_new[first : first + n_rows])
        if len(wanted):
            payloads = file.read_row_group(group, columns=["payload"]).column(0).take(pa.array(wanted))
            for offset, payload in zip(wanted, payloads.to_pylist(), strict=True):
                ex = from_json(payload)
                key = current[first + offset].decode()
                for table, row in article_rows(ex, published.get(ex.article_id)):
                    yield table, {**row, "article_key": key}
        first += n_rows


def _found(known: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """Whether each of ``keys`` is in the sorted ``known`` (both fixed-width bytes, of any widths)."""
    if not len(known):
        return np.zeros(len(keys), dtype=bool)
    width = max(known.dtype.itemsize, keys.dtype.itemsize)
    known, keys = known.astype(f"S{width}"), keys.astype(f"S{width}")
    places = np.minimum(np.searchsorted(known, keys), len(known) - 1)
    return known[places] == keys


def _compact(
    connection: duckdb.DuckDBPyConnection, store: ArticleStore, keys: Path, tables: list[str]
) -> None:
    """The live rows of every segment rewritten as one segment; the old ones deleted. The old segments
    stop counting (their sentences files go) before the new one does, so a killed run leaves no article
    in two segments, at worst articles in none (parsed again by the next run)."""
    old = store.segments()
    name = store._next_segment()
    live = f"article_key IN (SELECT article_key FROM {sql_path(keys)})"
    written = {}
    for table in tables:
        target = store.folder / f"{name}.{table}.parquet"
        tmp = target.with_name(target.name + ".tmp")
        written[table] = (
            copy_to(connection, f"SELECT * FROM read_parquet({store.files(table, old)}) WHERE {live}", tmp),
            target,
        )
    for segment in old:
        (store.folder / f"{segment}.sentences.parquet").unlink()
    for table in sorted(tables, key=lambda t: t == "sentences"):
        tmp, target = written[table]
        tmp.rename(target)
    for segment in old:
        for path in store.folder.glob(f"{segment}.*"):
            path.unlink()


def current_rows(
    connection: duckdb.DuckDBPyConnection,
    extractions: Path,
    ingested: Path,
    contract: Mapping[str, pa.Schema],
    store: ArticleStore,
    work: Path,
) -> dict[str, str]:
    """Bring the store up to date with the current articles and return, per spill, a DuckDB table
    expression of the current articles' rows (reports with ``seq``, their place in the corpus)."""
    schemas = spill_schemas(contract)
    keys = work / "keys.parquet"
    store.write_segment(_scan(extractions, ingested, store, keys), schemas)
    stored = connection.sql(f"SELECT count(*) FROM read_parquet({store.files('sentences')})").fetchall()[0][0]
    live = connection.sql(f"SELECT count(*) FROM {sql_path(keys)}").fetchall()[0][0]
    if len(store.segments()) > MAX_SEGMENTS or (stored - live) * 4 > live:
        _compact(connection, store, keys, list(schemas))
        stored = live
    filtered = stored != live
    views = {}
    for table in schemas:
        rows = f"read_parquet({store.files(table)})"
        if table == "reports":
            views[table] = (
                f"(SELECT s.* EXCLUDE (article_key, report_index), "
                f"k.position * {REPORTS_PER_ARTICLE} + s.report_index AS seq "
                f"FROM {rows} s JOIN {sql_path(keys)} k USING (article_key))"
            )
        elif filtered:
            views[table] = (
                f"(SELECT * EXCLUDE (article_key) FROM {rows} "
                f"WHERE article_key IN (SELECT article_key FROM {sql_path(keys)}))"
            )
        else:
            views[table] = f"(SELECT * EXCLUDE (article_key) FROM {rows})"
    return views
