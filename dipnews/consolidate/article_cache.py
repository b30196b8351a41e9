"""Every article's consolidate rows, kept between runs, so a grown corpus parses only its new extractions.

An article's rows (:mod:`dipnews.consolidate.article_rows`) are a function of its extraction payload and
its publication date, so they are stored under the article's key, a hash of the two. The store is a folder
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
import hashlib
import shutil
import unicodedata
from collections.abc import Iterator, Mapping
from pathlib import Path

import duckdb
import pyarrow as pa

from dipnews.consolidate.article_rows import article_rows, spill_schemas
from dipnews.consolidate.spill import SpillWriter, copy_to, sql_path
from dipnews.serialize import from_json

MAX_SEGMENTS = 8
# A report's place in the corpus: its article's row in the extractions file, then its place in the article.
REPORTS_PER_ARTICLE = 1 << 20
_ROOT = Path(__file__).resolve().parents[2]
_CODE = (
    "dipnews/consolidate/article_cache.py",
    "dipnews/consolidate/article_rows.py",
    "dipnews/consolidate/actor_evidence.py",
    "dipnews/consolidate/corpus.py",
    "dipnews/extract/actors/names.py",
    "dipnews/model.py",
    "dipnews/serialize.py",
)
READ_ROWS = 1024


def cache_version() -> str:
    digest = hashlib.sha256(f"unicode {unicodedata.unidata_version} pyarrow {pa.__version__}".encode())
    for name in _CODE:
        digest.update(name.encode() + b"\0" + (_ROOT / name).read_bytes())
    return digest.hexdigest()[:16]


def _quoted(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _keys_sql(extractions: Path, ingested: Path) -> str:
    """Every current article: its id, key (payload and publication date hashed), place in the file, date."""
    return (
        "SELECT e.article_id, md5(e.payload || chr(31) || coalesce(CAST(i.published_date AS VARCHAR), '')) "
        "AS article_key, e.file_row_number AS position, i.published_date AS published "
        f"FROM read_parquet({_quoted(extractions)}, file_row_number = true) e "
        f"LEFT JOIN {sql_path(ingested)} i USING (article_id)"
    )


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

    def files(self, table: str, segments: list[str] | None = None) -> str:
        names = self.segments() if segments is None else segments
        return "[" + ", ".join(_quoted(self.folder / f"{s}.{table}.parquet") for s in names) + "]"

    def _next_segment(self) -> str:
        numbers = [int(s.split("-", 1)[1]) for s in self.segments()]
        return f"segment-{max(numbers, default=-1) + 1:06d}"

    def write_segment(
        self, rows: Iterator[tuple[str, dict[str, object]]], schemas: Mapping[str, pa.Schema]
    ) -> str:
        """A new segment from (spill, row) pairs; visible only once its sentences file is in place."""
        name = self._next_segment()
        targets = {table: self.folder / f"{name}.{table}.parquet" for table in schemas}
        spills = {t: SpillWriter(p.with_name(p.name + ".tmp"), schemas[t]) for t, p in targets.items()}
        try:
            for table, row in rows:
                spills[table].append(row)
        finally:
            for spill in spills.values():
                spill.close()
        for table in sorted(targets, key=lambda t: t == "sentences"):  # the sentences file last
            spills[table].path.rename(targets[table])
        return name


def _new_articles(connection: duckdb.DuckDBPyConnection, keys: Path, store: ArticleStore) -> str:
    """The current articles the store has no rows for."""
    known = f"SELECT article_key FROM read_parquet({store.files('sentences')})" if store.segments() else None
    where = f" WHERE article_key NOT IN ({known})" if known else ""
    return f"SELECT * FROM {sql_path(keys)}{where}"


def _parsed_rows(
    connection: duckdb.DuckDBPyConnection, extractions: Path, new: str
) -> Iterator[tuple[str, dict[str, object]]]:
    """The rows of the new articles, each payload parsed once."""
    query = (
        f"SELECT n.article_key, n.published, e.payload FROM read_parquet({_quoted(extractions)}, "
        "file_row_number = true) e JOIN (" + new + ") n ON n.position = e.file_row_number"
    )
    for batch in connection.sql(query).to_arrow_reader(READ_ROWS):
        for key, published, payload in zip(*(batch.column(i).to_pylist() for i in range(3)), strict=True):
            day = published if isinstance(published, dt.date) else None
            for table, row in article_rows(from_json(payload), day):
                yield table, {**row, "article_key": key}


def _compact(
    connection: duckdb.DuckDBPyConnection, store: ArticleStore, keys: Path, tables: list[str]
) -> None:
    """The live rows of every segment rewritten as one segment; the old ones deleted."""
    old = store.segments()
    name = store._next_segment()
    live = f"article_key IN (SELECT article_key FROM {sql_path(keys)})"
    for table in sorted(tables, key=lambda t: t == "sentences"):
        target = store.folder / f"{name}.{table}.parquet"
        tmp = target.with_name(target.name + ".tmp")
        copy_to(connection, f"SELECT * FROM read_parquet({store.files(table, old)}) WHERE {live}", tmp)
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
    keys = copy_to(connection, _keys_sql(extractions, ingested), work / "keys.parquet")
    new = _new_articles(connection, keys, store)
    if connection.sql(f"SELECT count(*) FROM ({new})").fetchall()[0][0] or not store.segments():
        store.write_segment(_parsed_rows(connection, extractions, new), schemas)
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
