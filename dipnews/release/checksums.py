"""SHA-256 digests and a ``SHA256SUMS`` file that ``sha256sum -c`` accepts."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path

SHA256SUMS = "SHA256SUMS"


def sha256_hex(data: bytes | Path) -> str:
    """The digest of bytes, or of a file's content read a block at a time (a large table)."""
    if isinstance(data, Path):
        digest = hashlib.sha256()
        with data.open("rb") as handle:
            while block := handle.read(1 << 20):
                digest.update(block)
        return digest.hexdigest()
    return hashlib.sha256(data).hexdigest()


def sha256sums(files: Mapping[str, bytes | Path]) -> str:
    """One ``<hex>  <name>`` line per file (two spaces: text mode in coreutils' format), sorted by name."""
    return "".join(f"{sha256_hex(files[name])}  {name}\n" for name in sorted(files) if name != SHA256SUMS)


def parse_sha256sums(text: str) -> dict[str, str]:
    """Name -> hex digest, the inverse of :func:`sha256sums`."""
    pairs = (line.split("  ", 1) for line in text.splitlines() if line.strip())
    return {name: digest for digest, name in pairs}
