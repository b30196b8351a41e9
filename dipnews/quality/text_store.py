"""Article texts by article_id, for the span checks, at the cost of the texts wanted.

The span checks of a batch of rows need the texts of the batch's articles. DuckDB finds them in the
articles table by a join, which decompresses every text of each row group that can hold a wanted id: for
rows in article order (actor_mentions) one or two row groups of 65,536 articles, but for rows in the order
of a hashed key (quotations, by quote_id) every row group, the whole text column, on every batch. At a
million articles that is a gigabyte of text per batch of 65,536 quotations, some 48 times over: 47 of
consolidate's CPU seconds where a tenth of the corpus took 1.2, and the like again in validate.

:class:`TextStore` reads the text column once, in file order, and writes each text's UTF-8 bytes (as
Arrow holds them: no Python string is made) to an unnamed temporary file; it keeps only the sorted ids and
each text's place in the file (some 30 bytes an article). A look-up is a binary search and a ``pread``
per wanted article, so memory does not grow with the texts, and the file's pages are the kernel's cache,
not the process's memory.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

READ_ROWS = 8_192  # a batch of texts at a time: 8 MB of them, not a row group's 65
NULL_TEXT = -1  # the length recorded for an article whose text is null


def _utf8(array: pa.Array) -> tuple[np.ndarray, memoryview]:
    """The value offsets (relative to the first value) and the bytes of a string array's values."""
    if pa.types.is_large_string(array.type):
        offset_type = np.int64
    else:
        array = array.cast(pa.string())
        offset_type = np.int32
    buffers = array.buffers()
    offsets = np.frombuffer(buffers[1], dtype=offset_type)[array.offset : array.offset + len(array) + 1]
    start, end = int(offsets[0]), int(offsets[-1])
    data = memoryview(buffers[2])[start:end] if buffers[2] is not None else memoryview(b"")
    return offsets.astype(np.int64) - start, data


def _ids(column: pa.Array) -> np.ndarray:
    """The ids as fixed-width UTF-8 bytes (16 bytes an article where a list of str would hold 70)."""
    return column.cast(pa.binary()).to_numpy(zero_copy_only=False).astype(np.bytes_)


class TextStore:
    """The texts of an articles Parquet file (``article_id``, ``text``), looked up by id."""

    def __init__(self, articles: Path, folder: Path | None = None) -> None:
        # Unnamed (unlinked at once): nothing is left behind, whatever stops the process.
        self._file = tempfile.TemporaryFile(prefix="texts-", dir=folder)  # noqa: SIM115 (closed by close())
        ids: list[np.ndarray] = []
        places: list[np.ndarray] = []
        lengths: list[np.ndarray] = []
        written = 0
        # Read as a stream (no pre-buffered row group, one thread): 100 MB at most at a million articles,
        # where the defaults held some 400 MB at once.
        source = pq.ParquetFile(articles, pre_buffer=False, buffer_size=1 << 20)
        batches = source.iter_batches(batch_size=READ_ROWS, columns=["article_id", "text"], use_threads=False)
        for batch in batches:
            texts = batch.column(1)
            offsets, data = _utf8(texts)
            self._file.write(data)
            sizes = np.diff(offsets)
            if texts.null_count:
                sizes[~texts.is_valid().to_numpy(zero_copy_only=False)] = NULL_TEXT
            # A row without an id can be found by no look-up (nor could it by a join on the id).
            has_id = batch.column(0).is_valid().to_numpy(zero_copy_only=False)
            ids.append(_ids(batch.column(0).filter(pa.array(has_id))))
            places.append((written + offsets[:-1])[has_id])
            lengths.append(sizes[has_id])
            written += len(data)
        self._file.flush()
        every_id = np.concatenate(ids) if ids else np.empty(0, dtype="S1")
        # Sorted by id for the binary search (a file not in article_id order is served all the same).
        order = np.argsort(every_id, kind="stable")
        self._ids = every_id[order]
        self._places = np.concatenate(places)[order] if places else np.empty(0, np.int64)
        self._lengths = np.concatenate(lengths)[order] if lengths else np.empty(0, np.int64)

    def texts(self, article_ids: list[str]) -> dict[str, str | None]:
        """article_id -> text of the wanted articles that exist (a null text as ``None``)."""
        wanted = sorted(set(article_ids))
        if not wanted or not len(self._ids):
            return {}
        keys = np.array([article_id.encode("utf-8") for article_id in wanted], dtype=np.bytes_)
        found = np.minimum(np.searchsorted(self._ids, keys), len(self._ids) - 1)
        matches = self._ids[found] == keys
        descriptor = self._file.fileno()
        out: dict[str, str | None] = {}
        for article_id, index, match in zip(wanted, found.tolist(), matches.tolist(), strict=True):
            if not match:
                continue
            length = int(self._lengths[index])
            if length == NULL_TEXT:
                out[article_id] = None
            else:
                out[article_id] = os.pread(descriptor, length, int(self._places[index])).decode("utf-8")
        return out

    def close(self) -> None:
        self._file.close()
