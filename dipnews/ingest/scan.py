"""The one listing of the input folder: every entry becomes a file to read or a reject, never a gap.

DVC does not hash the raw input folder (a FIFO blocks it, a dangling link or a non-UTF-8 name stops
it before any stage runs, and it skips the names ``.dvcignore`` lists); the ``scan`` stage lists it
instead, on every run, and writes a manifest (:data:`MANIFEST_PATH`): one row per entry, with the
size and SHA-256 of each file to read, or the reject reason of an entry that is not read. ``ingest``
depends on the manifest, reads the files it lists, and checks before publishing that the folder
still matches it (:func:`changed_entries`).

The listing walks the folder with an explicit stack (no recursion limit, so 1,100 nested folders
are fine), opens only regular files, and never follows a link to a folder:

- a hidden entry (name starting with a dot) is the reject ``hidden``;
- a name that is not valid UTF-8 is read; its source_path shows the odd bytes as ``\\xNN``;
- a link to a regular file inside the folder is read like the file; a link outside is
  ``symlink_outside``; a dangling link, a link loop, a link to a folder, a FIFO, a socket or a
  device are ``unreadable``, each with its own detail;
- names that ``.dvcignore`` lists (``*.tmp``, ``*.pyc``, ``__pycache__``) are ordinary entries: the
  manifest tracks them, so adding one re-runs ingest.

``source_path`` (the key of rejects and of article provenance) is the path relative to the input
folder with ``%`` and ``#`` written ``%25`` and ``%23``, so ``#<n>``, which numbers the records of a
multi-record file, never meets a ``#`` of a file name: ``feed.jsonl#1`` (a file) is ``feed.jsonl%231``.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow
import pyarrow.parquet as pq

from dipnews.io import InputFileError

MANIFEST_PATH = Path("data/interim/manifest.parquet")
HASH_BLOCK = 1 << 20  # 1 MiB: files are hashed block by block, never read whole
MANIFEST_SCHEMA = pyarrow.schema(
    [
        ("source_path", pyarrow.string()),  # the key the tables use (escaped, see the module doc)
        # The path to open, relative to the input folder, as the file system's bytes (a name need not
        # be UTF-8); null for an entry that is not read.
        ("path", pyarrow.binary()),
        ("size", pyarrow.int64()),
        ("sha256", pyarrow.string()),
        ("reason", pyarrow.string()),  # null for a file to read, else the reject reason
        ("detail", pyarrow.string()),
    ]
)
_KIND_NAMES = {
    stat.S_IFIFO: "a FIFO (named pipe)",
    stat.S_IFSOCK: "a socket",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
}


@dataclass(frozen=True, slots=True)
class Entry:
    """One row of the manifest."""

    source_path: str
    path: bytes | None = None
    size: int | None = None
    sha256: str | None = None
    reason: str | None = None
    detail: str | None = None


def source_path_of(relative: str) -> str:
    """The table key of a relative path: ``%`` and ``#`` escaped (see the module doc)."""
    return relative.replace("%", "%25").replace("#", "%23")


def printable_path(path: str) -> str:
    """A path as a valid Unicode string: bytes of a file name that are not UTF-8 become ``\\xNN``.

    ``os.scandir`` hands such bytes back as lone surrogates, which cannot be written to Parquet;
    the escaped form is readable and still tells the user which file it was (the manifest keeps
    the name's bytes to open it).
    """
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", errors="backslashreplace")
    return path


def sha256_of(path: Path) -> tuple[int, str]:
    """Size and SHA-256 of a regular file, read block by block."""
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while block := handle.read(HASH_BLOCK):
            digest.update(block)
            size += len(block)
    return size, digest.hexdigest()


def _file_entry(relative: str, path: Path) -> Entry:
    source_path = source_path_of(printable_path(relative))
    try:
        size, digest = sha256_of(path)
    except OSError as error:
        return Entry(source_path, reason="unreadable", detail=f"cannot be read: {error.strerror or error}")
    return Entry(source_path, os.fsencode(relative), size, digest)


def _link_entry(relative: str, link: Path, root: Path) -> Entry:
    """A symbolic link: read when it ends at a regular file inside ``root``, else a reject.

    The detail never names the target: a released rejects table must not carry paths of the
    machine that built it.
    """
    source_path = source_path_of(printable_path(relative))
    try:
        target = link.resolve(strict=True)
    except RuntimeError:  # "Symlink loop" (Python < 3.13)
        return Entry(source_path, reason="unreadable", detail="symbolic link loop")
    except OSError as error:
        detail = "symbolic link loop" if error.errno == errno.ELOOP else "broken link (its target is missing)"
        return Entry(source_path, reason="unreadable", detail=detail)
    if not target.is_relative_to(root):
        return Entry(source_path, reason="symlink_outside", detail="links outside the input folder")
    mode = os.stat(target).st_mode
    if stat.S_ISDIR(mode):
        return Entry(
            source_path, reason="unreadable", detail="a link to a folder (linked folders are not followed)"
        )
    if not stat.S_ISREG(mode):
        kind = _KIND_NAMES.get(stat.S_IFMT(mode), "not a regular file")
        return Entry(source_path, reason="unreadable", detail=f"not a regular file: a link to {kind}")
    return _file_entry(relative, link)


def _entry(relative: str, path: Path, mode: int, root: Path) -> Entry | None:
    """The manifest row of one folder entry; None for a folder to descend into."""
    source_path = source_path_of(printable_path(relative))
    if path.name.startswith("."):
        what = "folder" if stat.S_ISDIR(mode) else "file"
        detail = f"hidden {what} (the name starts with a dot): not read; rename it to include it"
        return Entry(source_path, reason="hidden", detail=detail)
    if stat.S_ISLNK(mode):
        return _link_entry(relative, path, root)
    if stat.S_ISDIR(mode):
        return None
    if stat.S_ISREG(mode):
        return _file_entry(relative, path)
    kind = _KIND_NAMES.get(stat.S_IFMT(mode), "another kind of entry")
    return Entry(source_path, reason="unreadable", detail=f"not a regular file: {kind}, not opened")


def scan_folder(input_dir: Path) -> Iterator[Entry]:
    """Every entry under ``input_dir`` as a manifest row, in sorted order of relative path."""
    root = input_dir.resolve()
    folders = [""]  # relative POSIX paths of the folders still to list ("" is the input folder)
    entries: list[Entry] = []
    while folders:
        relative_folder = folders.pop()
        try:
            with os.scandir(input_dir / relative_folder) as listing:
                found = [(item.name, item.stat(follow_symlinks=False).st_mode) for item in listing]
        except OSError as error:
            detail = f"folder cannot be listed: {error.strerror or error}"
            where = source_path_of(printable_path(relative_folder or "."))
            entries.append(Entry(where, reason="unreadable", detail=detail))
            continue
        for name, mode in found:
            relative = f"{relative_folder}/{name}" if relative_folder else name
            entry = _entry(relative, input_dir / relative, mode, root)
            if entry is None:
                folders.append(relative)
            else:
                entries.append(entry)
    entries.sort(key=lambda entry: entry.source_path)
    return iter(entries)


def manifest_frame(entries: Iterable[Entry]) -> pd.DataFrame:
    rows = [(e.source_path, e.path, e.size, e.sha256, e.reason, e.detail) for e in entries]
    return pd.DataFrame(rows, columns=MANIFEST_SCHEMA.names).astype({"size": "Int64"})


def read_manifest(path: Path = MANIFEST_PATH) -> list[Entry]:
    """The manifest's rows; a missing or damaged file is an :class:`~dipnews.io.InputFileError`."""
    try:
        table = pq.read_table(path, schema=MANIFEST_SCHEMA)
    except (OSError, pyarrow.ArrowException) as error:
        raise InputFileError(
            f"cannot read the input manifest {path} (the scan stage writes it: `dvc repro` runs it before "
            f"ingest): {error}"
        ) from None
    return [Entry(**row) for row in table.to_pylist()]


def changed_entries(input_dir: Path, manifest: Iterable[Entry], limit: int = 3) -> list[str]:
    """Source paths whose entry differs between the folder now and ``manifest`` (at most ``limit``)."""
    now = {entry.source_path: entry for entry in scan_folder(input_dir)}
    before = {entry.source_path: entry for entry in manifest}
    changed = [path for path in sorted(now.keys() | before.keys()) if now.get(path) != before.get(path)]
    return changed[:limit]
