"""Which table files already passed their pandera schema, remembered by content hash.

A file that consolidate validated batch by batch before writing it need not be validated again by the
release; a file whose bytes (or whose articles' texts, which the span checks read) changed is checked
again, a batch at a time. Entries live in ``data/cache/validated/<version>/`` (not a DVC output, like
the other caches: it only saves work), where ``<version>`` hashes the schemas, the validation code and
pandera's version, so a changed check invalidates every entry; older versions are deleted.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from dipnews.code_version import code_version
from dipnews.quality.batch_validation import SPAN_TABLES

CACHE_DIR = Path("data/cache/validated")
BATCH_ROWS = 65_536
_CODE = ("schemas", "dipnews/quality/stage_validation.py", "dipnews/quality/batch_validation.py")


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def validation_code_version() -> str:
    return code_version(_CODE, metadata.version("pandera"))


class ValidatedFiles:
    def __init__(self, cache_dir: Path = CACHE_DIR) -> None:
        self.folder = cache_dir / validation_code_version()
        if cache_dir.is_dir():
            for old in cache_dir.iterdir():
                if old != self.folder:
                    shutil.rmtree(old, ignore_errors=True)
        self._hashes: dict[Path, str] = {}

    def _hash(self, path: Path) -> str:
        if path not in self._hashes:
            self._hashes[path] = file_sha256(path)
        return self._hashes[path]

    def _entry(self, table: str, path: Path, articles: Path) -> Path:
        # Only a span table's checks read the articles' texts: the others' entries stand for their own
        # bytes alone, so a grown corpus does not re-check an unchanged table of its own (the rejects).
        texts = f"\0{self._hash(articles)}" if table in SPAN_TABLES else ""
        key = hashlib.sha256(f"{table}\0{self._hash(path)}{texts}".encode()).hexdigest()
        return self.folder / key

    def is_validated(self, table: str, path: Path, articles: Path) -> bool:
        return self._entry(table, path, articles).is_file()

    def record(self, table: str, path: Path, articles: Path) -> None:
        entry = self._entry(table, path, articles)
        entry.parent.mkdir(parents=True, exist_ok=True)
        entry.write_text(f"{table}\n", encoding="utf-8")


def ensure_validated(
    tables: dict[str, Path], articles: Path, check: Callable[..., None], cache: ValidatedFiles
) -> list[str]:
    """Validate, a batch at a time, every table file not validated before; return the tables checked."""
    checked = []
    for table, path in tables.items():
        if cache.is_validated(table, path, articles):
            continue
        first_row = 0
        for batch in pq.ParquetFile(path).iter_batches(batch_size=BATCH_ROWS):
            check(table, pa.Table.from_batches([batch]), first_row)
            first_row += batch.num_rows
        check(table, None, first_row)
        cache.record(table, path, articles)
        checked.append(table)
    return checked
