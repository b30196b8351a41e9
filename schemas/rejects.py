"""rejects: one row per input file or record that did not become an article (key: source_path)."""

from __future__ import annotations

from collections.abc import Mapping

import pandera.pandas as pa

from schemas._base import column

NAME = "rejects"
KEY = ("source_path",)
DESCRIPTION = "Every input file or record that did not become an article, with the reason."

# Closed list of reasons; each is documented in the README's "What ingest rejects" table.
REASONS = (
    "empty",  # no bytes, or only whitespace
    "not_utf8",  # bytes that decode as no supported text encoding (binary garbage)
    "no_text",  # a record or page without an article body
    "duplicate_of",  # the same cleaned text as an article kept under another source_path
    "too_large",  # over ingest.max_bytes
    "malformed_json",  # JSON / JSON Lines that does not parse
    "bad_record",  # JSON that parses but has the wrong shape or types
    "not_english",  # text in another language
    "symlink_outside",  # a symbolic link pointing outside the input folder (not followed)
    "unreadable",  # the file could not be read (permissions, I/O error), or is no regular file (FIFO, device)
    "hidden",  # a hidden file or folder (name starting with a dot): listed, not read
)


def schema(texts: Mapping[str, str] | None = None) -> pa.DataFrameSchema:
    return pa.DataFrameSchema(
        {
            "source_path": column(
                "string",
                "Input file (relative to the input folder; % and # in names written %25 and %23) or record "
                "(#<n>) that was rejected",
                unique=True,
            ),
            "reason": column("string", "Why it was not taken", enum=REASONS),
            "detail": column(
                "string", "Human-readable detail; for duplicate_of, the article_id kept", nullable=True
            ),
        },
        name=NAME,
        description=DESCRIPTION,
        strict=True,
        ordered=True,
    )
