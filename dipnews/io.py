"""File I/O shared by the stages: params, atomic writes, deterministic Parquet.

Every output is written to a temporary file in the same folder (``.<name>.<pid>.<random>.tmp``),
flushed to disk and renamed into place, so a stage killed mid-write never leaves a partial file that
a later stage or DVC could take as valid. A temporary file left behind by a killed process (its pid
no longer running) is removed the next time the same output is written.
"""

from __future__ import annotations

import contextlib
import glob
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


class InputFileError(Exception):
    """An input file of a stage that cannot be read (missing, truncated, not Parquet)."""


def _process_is_running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, but another user's
        return True
    return True


def remove_stale_temporaries(path: Path) -> list[Path]:
    """Delete the temporary files of ``path`` whose writing process is gone; return them.

    A SIGKILL (or a power cut) skips every ``finally``: the half-written temporary stays. It is
    never mistaken for the output (other name, ``.tmp`` suffix), but it would pile up and change
    the hash of a folder that DVC tracks, so the next writer of the same output clears it.
    """
    path = Path(path)
    prefix = f".{path.name}."
    removed: list[Path] = []
    for candidate in path.parent.glob(f"{glob.escape(prefix)}*.tmp"):
        pid_text = candidate.name[len(prefix) :].split(".", 1)[0]
        # Names without a pid are from before pids were recorded: no live writer can own them.
        if pid_text.isdigit() and _process_is_running(int(pid_text)):
            continue
        with contextlib.suppress(FileNotFoundError):
            candidate.unlink()
            removed.append(candidate)
    return removed


def remove_dead_temporaries(folder: Path) -> list[Path]:
    """Delete every temporary file in ``folder`` (``.<name>.<pid>.<random>.tmp``) whose writer is gone.

    Wider than :func:`remove_stale_temporaries`: a stage killed while writing one table leaves its
    temporary behind even if the next run writes other files there first (or a table of another
    name), so any write into the folder clears the dead writers' files.
    """
    removed: list[Path] = []
    for candidate in Path(folder).glob(".*.tmp"):
        parts = candidate.name[1 : -len(".tmp")].rsplit(".", 2)
        if len(parts) != 3 or not parts[1].isdigit() or _process_is_running(int(parts[1])):
            continue
        with contextlib.suppress(FileNotFoundError):
            candidate.unlink()
            removed.append(candidate)
    return removed


def _new_temporary(path: Path) -> Path:
    """An empty temporary file beside ``path``, named after it and this process (see the module doc)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(path)
    remove_dead_temporaries(path.parent)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    return Path(tmp_name)


def _publish(tmp: Path, final: Path) -> None:
    """Make the finished temporary file ``final``: durably, so a crash leaves old or new, never half.

    Ordinary permissions first (mkstemp makes it 0600); then the data is flushed to disk before the
    rename and the folder entry after it, so that after a power cut ``final`` is the old file or
    the whole new one, never a renamed but still empty one.
    """
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    with tmp.open("rb") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, final)
    with contextlib.suppress(OSError):  # some filesystems cannot fsync a folder; the rename stands
        folder = os.open(final.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def read_params(path: Path = PARAMS_FILE) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle) or {}


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success rename it over ``path``, else delete it."""
    path = Path(path)
    tmp = _new_temporary(path)
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
    """A whole Parquet file as a frame; a missing or damaged file is an :class:`InputFileError`."""
    try:
        return pq.read_table(path, columns=columns).to_pandas()
    except (OSError, pyarrow.ArrowException) as error:
        raise InputFileError(f"cannot read {path}: {error}") from None


def conform(df: pd.DataFrame, schema: pyarrow.Schema) -> pd.DataFrame:
    """The frame exactly as a reader of the Parquet file will see it (used before validation)."""
    return to_arrow(df, schema).to_pandas()


class ParquetBatchWriter:
    """Stream record batches to one Parquet file, atomically: nothing is visible until ``close``."""

    def __init__(self, path: Path, schema: pyarrow.Schema) -> None:
        self._final = Path(path)
        self._schema = schema
        self._tmp = _new_temporary(self._final)
        self._writer = pq.ParquetWriter(self._tmp, schema, **PARQUET_OPTIONS)
        self.rows_written = 0

    def write(self, df: pd.DataFrame) -> None:
        if len(df):
            self._writer.write_table(to_arrow(df, self._schema))
            self.rows_written += len(df)

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


def replace_directory(target: Path, build: Path) -> None:
    """Put the freshly built folder ``build`` at ``target``, never leaving a half-written ``target``.

    Two renames on one file system: the old folder is moved aside first, then the new one into
    place, and only then is the old one deleted.
    """
    import shutil

    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old.", dir=target.parent))
        os.replace(target, old / target.name)
    os.replace(build, target)
    if old is not None:
        shutil.rmtree(old)


class OutputDirError(ValueError):
    """A stage was asked to replace a folder it does not own; the message says which and why."""


def _files_under(folder: Path) -> set[str]:
    return {path.relative_to(folder).as_posix() for path in folder.rglob("*") if not path.is_dir()}


def claim_output_dir(target: Path, marker: str, root: Path = Path("data")) -> None:
    """Allow a stage to replace ``target`` only where it owns it; clear its killed builds' leftovers.

    ``target`` must lie inside ``root`` (the repository's data folder), and, if it exists, be a
    previous output of the stage: a folder holding ``marker``, a ``sha256sum`` list (``<hex>  <name>``
    lines) naming exactly the folder's other files, or an empty folder. Anything else (``data/gold``,
    a folder with a file the user added) is refused with :class:`OutputDirError`: never deleted.
    Then the hidden build folders a killed run left beside it (``.<name>.*``) are removed.
    """
    target, root = Path(target), Path(root)
    if not target.resolve().is_relative_to(root.resolve()) or target.resolve() == root.resolve():
        raise OutputDirError(
            f"output folder {target} is not inside {root}/: set a folder such as {root}/release"
        )
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        raise OutputDirError(f"output folder {target} exists and is not a folder: choose another path")
    if target.is_dir():
        files = _files_under(target)
        listed: set[str] | None = None
        if marker in files:
            lines = (target / marker).read_text(encoding="utf-8", errors="replace").splitlines()
            listed = {line.split("  ", 1)[1] for line in lines if "  " in line}
        if files and listed != files - {marker}:
            raise OutputDirError(
                f"output folder {target} exists and is not a previous output of this stage (its {marker} "
                f"does not list exactly its files): choose another folder, or move it away yourself"
            )
    import shutil

    for leftover in target.parent.glob(f".{glob.escape(target.name)}.*"):
        if leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover, ignore_errors=True)
