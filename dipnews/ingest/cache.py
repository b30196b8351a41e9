"""A per-input-file cache of ingest's results, so a grown corpus re-cleans only its new files.

What ingest makes of one file (its article rows and rejects, before de-duplication) depends only
on the file's path and bytes, the :class:`~dipnews.ingest.readers.IngestSettings` and the ingest code, so
that is the cache key (:func:`entry_key`). De-duplication depends on every file and stays outside
(:func:`dipnews.ingest.readers.ingest_folder` applies it to the combined stream in sorted file order).

An entry is one Parquet file ``<cache_dir>/<key[:2]>/<key>.parquet``: the file's items in their
original order, one row each, a ``kind`` column telling an article row from a reject. It is
written in row groups of :data:`ENTRY_ROW_GROUP` rows and read back group by group, so a huge
JSON Lines file's entry is never in memory whole. Entries are written atomically; a damaged or
unreadable one is a miss, never a crash.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow
import pyarrow.parquet as pq

from dipnews.ingest import readers as ingest
from dipnews.ingest.readers import IngestSettings, InputFile, Reject
from dipnews.io import ParquetBatchWriter, remove_stale_temporaries
from schemas import articles
from schemas._base import arrow_schema

# Bump when the layout of an entry or the meaning of its columns changes: every old entry misses.
CACHE_FORMAT_VERSION = 1
# Items per row group of an entry: the unit held in memory while writing and reading.
ENTRY_ROW_GROUP = 1000
HASH_BLOCK = 1 << 20  # 1 MiB: files are hashed block by block, never read whole
# The modules whose code decides what ingest makes of a file; a change to either invalidates all.
_INGEST_SOURCES = (Path(ingest.__file__).resolve(), Path(ingest.__file__).resolve().with_name("cleaning.py"))
# Libraries whose output ends up in the cleaned text: ftfy repairs the text, trafilatura (with
# lxml and htmldate) extracts HTML bodies and dates. A new version may clean differently.
_INGEST_LIBRARIES = ("ftfy", "trafilatura", "lxml", "htmldate")
ARTICLE_KIND = "article"
REJECT_KIND = "reject"
DATE_DROPPED = "_date_dropped"
_ENTRY_NAME = re.compile(r"\A[0-9a-f]{64}\.parquet\Z")
_SHARD_NAME = re.compile(r"\A[0-9a-f]{2}\Z")

Item = dict[str, Any] | Reject


def entry_schema() -> pyarrow.Schema:
    """One row per item: the article columns (null for a reject), its date flag, and the reject's fields.

    ``source_path`` is shared: both kinds have one. Every other column is nullable because only
    one kind fills it.
    """
    article_fields = [f.with_nullable(True) for f in arrow_schema(articles.ingested_schema())]
    return pyarrow.schema(
        [
            pyarrow.field("kind", pyarrow.string(), nullable=False),
            *article_fields,
            pyarrow.field(DATE_DROPPED, pyarrow.bool_(), nullable=True),
            pyarrow.field("reason", pyarrow.string(), nullable=True),
            pyarrow.field("detail", pyarrow.string(), nullable=True),
        ]
    )


ENTRY_SCHEMA = entry_schema()
ARTICLE_COLUMNS = list(articles.ingested_schema().columns)


def _library_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "absent"


@lru_cache(maxsize=1)
def ingest_code_version() -> str:
    """SHA-256 over everything besides the file and the settings that decides a file's items.

    The source of dipnews/ingest/readers.py and dipnews/ingest/cleaning.py, the format version and the entry
    schema, the versions of the libraries that transform the text, and the Unicode database
    version (``unicodedata`` normalisation and ``str.isalnum`` follow it).
    """
    digest = hashlib.sha256()
    digest.update(f"format {CACHE_FORMAT_VERSION}\n{ENTRY_SCHEMA}\n".encode())
    digest.update(f"unicode {unicodedata.unidata_version}\n".encode())
    for library in _INGEST_LIBRARIES:
        digest.update(f"{library} {_library_version(library)}\n".encode())
    for path in _INGEST_SOURCES:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def settings_fingerprint(settings: IngestSettings) -> str:
    """Every field of the settings, by name: a setting added later is part of the key automatically."""
    return json.dumps(
        [[f.name, repr(getattr(settings, f.name))] for f in dataclasses.fields(settings)], ensure_ascii=True
    )


def file_digest(path: Path) -> str:
    """SHA-256 of a file's bytes as stored (a .gz file's compressed bytes), read in 1 MiB blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(HASH_BLOCK):
            digest.update(block)
    return digest.hexdigest()


def entry_key(relative_path: str, content_digest: str, settings: IngestSettings) -> str:
    """The cache key of one input file: its path (source_path values contain it), bytes, settings, code."""
    parts = [relative_path, content_digest, settings_fingerprint(settings), ingest_code_version()]
    return hashlib.sha256(json.dumps(parts, ensure_ascii=True).encode("ascii")).hexdigest()


def entry_path(cache_dir: Path, key: str) -> Path:
    return cache_dir / key[:2] / f"{key}.parquet"


def _item_row(item: Item) -> dict[str, Any]:
    # Every column present (None where the kind has no value): a column of only missing keys
    # would reach pandas as float NaN, which Arrow refuses for a date column.
    row: dict[str, Any] = dict.fromkeys(ENTRY_SCHEMA.names)
    if isinstance(item, Reject):
        row.update(kind=REJECT_KIND, source_path=item.source_path, reason=item.reason, detail=item.detail)
        return row
    row.update({name: item[name] for name in ARTICLE_COLUMNS})
    row["kind"] = ARTICLE_KIND
    row[DATE_DROPPED] = bool(item.get(DATE_DROPPED))
    return row


def _row_item(row: dict[str, Any]) -> Item:
    kind = row["kind"]
    if kind == REJECT_KIND:
        return Reject(row["source_path"], row["reason"], row["detail"])
    if kind != ARTICLE_KIND:
        raise ValueError(f"unknown item kind {kind!r}")
    item = {name: row[name] for name in ARTICLE_COLUMNS}
    item[DATE_DROPPED] = bool(row[DATE_DROPPED])
    return item


def read_entry(path: Path) -> Iterator[Item]:
    """An entry's items in order, one row group at a time.

    Raises OSError / ArrowException / ValueError / KeyError when the entry is missing, damaged or
    of another layout; the caller treats that as a miss.
    """
    parquet = pq.ParquetFile(path)
    if not parquet.schema_arrow.equals(ENTRY_SCHEMA):
        raise ValueError(f"{path} has another layout")
    for batch in parquet.iter_batches(batch_size=ENTRY_ROW_GROUP):
        for row in batch.to_pylist():
            yield _row_item(row)


@dataclass(slots=True)
class CacheStats:
    """What one run did with the cache: files served from it, files read and cleaned, entries written."""

    files_cached: int = 0
    files_read: int = 0
    entries_written: int = 0
    entries_pruned: int = 0

    def report(self) -> str:
        return f"{self.files_cached} file(s) from the cache, {self.files_read} read"


# Errors of reading or writing an entry that make it a miss (or leave it unwritten), never a crash.
_ENTRY_ERRORS = (OSError, EOFError, pyarrow.ArrowException, ValueError, TypeError, KeyError)


@dataclass(slots=True)
class IngestCache:
    """Per-input-file cache of :func:`dipnews.ingest.readers.file_items` under ``root``.

    Pass it as ``cache`` to :func:`dipnews.ingest.readers.ingest_folder`; after a successful run,
    :meth:`prune` deletes the entries this run did not use, so the cache mirrors the input folder.
    """

    root: Path
    settings: IngestSettings
    stats: CacheStats = field(default_factory=CacheStats)
    used: set[str] = field(default_factory=set)

    def items(self, item: InputFile) -> Iterator[Item]:
        """The file's items: from its entry when there is a readable one, else cleaned and stored."""
        key = self._key(item)
        if key is None:
            self.stats.files_read += 1
            yield from ingest.file_items(item, self.settings)
            return
        path = entry_path(self.root, key)
        served = 0
        if path.is_file():
            try:
                for cached in read_entry(path):
                    yield cached
                    served += 1
            except _ENTRY_ERRORS:
                pass  # damaged: recomputed below, the items already served skipped
            else:
                self.stats.files_cached += 1
                self.used.add(key)
                return
        self.stats.files_read += 1
        yield from self._compute_and_store(item, key, path, skip=served)

    def _key(self, item: InputFile) -> str | None:
        """The file's key, or None when caching it is pointless or impossible.

        A non-JSONL file over ``max_bytes`` is rejected after one stat (hashing it would read it
        all); a file that cannot be read for hashing gets its ``unreadable`` reject from ingest.
        """
        try:
            if not ingest.is_jsonl_file(item) and item.path.stat().st_size > self.settings.max_bytes:
                return None
            digest = file_digest(item.path)
        except OSError:
            return None
        return entry_key(item.relative_path, digest, self.settings)

    def _compute_and_store(self, item: InputFile, key: str, path: Path, skip: int) -> Iterator[Item]:
        """Clean the file, yield its items (after the first ``skip``) and write them as its entry.

        The entry is published only when the file's bytes still hash to the key's digest after
        reading: a file rewritten during the run must not be stored under its old content's key.
        A failure to write (full disk, read-only cache) costs the entry, not the run.
        """
        writer: ParquetBatchWriter | None
        try:
            writer = ParquetBatchWriter(path, ENTRY_SCHEMA)
        except _ENTRY_ERRORS:
            writer = None
        buffer: list[dict[str, Any]] = []

        def flush() -> None:
            nonlocal writer
            if writer is not None and buffer:
                try:
                    writer.write(pd.DataFrame(buffer, columns=ENTRY_SCHEMA.names))
                except _ENTRY_ERRORS:
                    writer.abort()
                    writer = None
            buffer.clear()

        try:
            for position, computed in enumerate(ingest.file_items(item, self.settings)):
                if writer is not None:
                    buffer.append(_item_row(computed))
                    if len(buffer) >= ENTRY_ROW_GROUP:
                        flush()
                if position >= skip:
                    yield computed
            flush()
        except BaseException:  # includes GeneratorExit: the consumer stopped, the entry is incomplete
            if writer is not None:
                writer.abort()
            raise
        if writer is None:
            return
        try:
            unchanged = entry_key(item.relative_path, file_digest(item.path), self.settings) == key
        except OSError:
            unchanged = False
        if not unchanged:
            writer.abort()
            return
        try:
            writer.close()
        except _ENTRY_ERRORS:
            writer.abort()
            return
        self.stats.entries_written += 1
        self.used.add(key)

    def prune(self) -> int:
        """Delete entries this run did not use, stale temporaries and emptied shard folders.

        Only names this cache writes are touched (``<2 hex>/<64 hex>.parquet``), so a cache_dir
        pointed at the wrong folder by mistake loses nothing else. Call it after a successful run
        only: a run that stopped early has not used the entries of the files it did not reach.
        A file that cannot be deleted is left for the next run: the outputs are already written.
        """
        pruned = 0
        if not self.root.is_dir():
            return pruned
        for shard in sorted(self.root.iterdir()):
            if not (_SHARD_NAME.match(shard.name) and shard.is_dir() and not shard.is_symlink()):
                continue
            try:
                pruned += self._prune_shard(shard)
            except OSError:
                continue
            with contextlib.suppress(OSError):  # not empty: keep it
                shard.rmdir()
        self.stats.entries_pruned = pruned
        return pruned

    def _prune_shard(self, shard: Path) -> int:
        pruned = 0
        for entry in sorted(shard.iterdir()):
            if _ENTRY_NAME.match(entry.name):
                remove_stale_temporaries(entry)
                if entry.name.removesuffix(".parquet") in self.used or not entry.is_file():
                    continue
                try:
                    entry.unlink()
                except OSError:
                    continue
                pruned += 1
            elif entry.name.endswith(".tmp"):
                # A temporary whose entry was never published: named .<key>.parquet.<pid>.<rand>.tmp
                final = entry.name[1:].split(".parquet.", 1)[0] + ".parquet"
                if _ENTRY_NAME.match(final):
                    remove_stale_temporaries(shard / final)
        return pruned
