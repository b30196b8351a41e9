"""The version of the code a cache's contents depend on.

A cache (consolidate's per-article rows, the pandera checks passed, great-expectations' per-row results)
is kept under a folder named by this version: a change to any file it depends on, or to what ``context``
says (library versions, a suite), starts that cache afresh instead of serving stale results.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def code_version(entries: Iterable[str], context: str = "") -> str:
    """16 hex digits of a hash of ``context`` and of every file in ``entries`` (paths from the repository
    root; a folder stands for its ``.py`` files), by path and content."""
    digest = hashlib.sha256(context.encode())
    for entry in entries:
        path = ROOT / entry
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            digest.update(b"\0" + file.relative_to(ROOT).as_posix().encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()[:16]
