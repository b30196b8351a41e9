"""Cleaning of article bodies: the text every character offset in the dataset indexes.

The cleaned text is also what ``article_id`` hashes, so every rule here changes ids:
keep the rules few, deterministic and documented.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import statistics
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import ftfy

# The seed format: optional leading whitespace, the word "date" and an ISO-shaped date, then the
# body (on the next line, or on the same line after a space). The value must look like a date
# (four digits, dash, digits, dash, digits) so that a body opening with "Date night was ..." or
# "date the paper was ..." keeps its first words; an impossible date of that shape (2023-02-30)
# is still a header, and is later dropped as a date, not left in the body.
_DATE_HEADER = re.compile(r"\A\s*date[ \t]+(\d{4}-\d{1,2}-\d{1,2}(?:T\S*)?)(?:[ \t]*(?:\r?\n|\Z)|[ \t]+)")
# YYYY-MM-DD, optionally followed by a time ("T10:00:00Z" or " 10:00"), as feeds and HTML metadata write it.
_ISO_DATE = re.compile(r"\A(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.+\-Z ]*)?\Z")
_HORIZONTAL_SPACE = re.compile(r"[^\S\n]+")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# C0/C1 control characters other than line breaks and tabs: wire feeds end stories with \x03.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True, slots=True)
class DateHeader:
    """The result of reading a ``date YYYY-MM-DD`` header off the top of a text file."""

    body: str
    date_text: str | None  # the header's value as written, None when there was no header


def split_date_header(raw: str) -> DateHeader:
    """Split the seed format's ``date YYYY-MM-DD`` header from the body.

    The header is recognised only at the very start (leading whitespace allowed), so a body
    that happens to begin with the word "date" in a sentence is not mistaken for one: the value
    must be a single date-shaped token. A file holding only the header has an empty body.
    """
    match = _DATE_HEADER.match(raw)
    if match is None:
        return DateHeader(body=raw, date_text=None)
    return DateHeader(body=raw[match.end() :], date_text=match.group(1))


def parse_iso_date(value: str) -> dt.date | None:
    """A strict ``YYYY-MM-DD`` (optionally followed by a time) as a date; None when impossible."""
    match = _ISO_DATE.match(value.strip())
    if match is None:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:  # 2023-02-30 and friends
        return None


def _looks_hard_wrapped(lines: Sequence[str], max_width: int) -> bool:
    """True for wire copy wrapped at a fixed width (Reuters-21578 style).

    In such text a single newline is a line wrap, not a paragraph break; joining those lines
    keeps spaCy from treating every wrap as a sentence boundary. Text whose lines are long
    (one paragraph per line) is left alone.
    """
    text_lines = [line for line in lines if line.strip()]
    if len(text_lines) < 4:
        return False
    # Widths as the cleaned text will have them (runs of spaces collapsed, ends stripped): measured
    # on the raw lines, cleaning a second time could see narrower lines and unwrap what the first
    # pass kept, and a re-ingested article would get another id.
    widths = [len(_HORIZONTAL_SPACE.sub(" ", line).strip()) for line in text_lines]
    return statistics.median(widths) <= max_width and max(widths) <= max_width + 10


def _unwrap(text: str) -> str:
    """Join wrapped lines into paragraphs; a blank line or an indented line starts a new paragraph."""
    paragraphs: list[list[str]] = [[]]
    for line in text.split("\n"):
        if not line.strip():
            paragraphs.append([])
            continue
        if line[:1] in (" ", "\t") and paragraphs[-1]:
            paragraphs.append([])
        paragraphs[-1].append(line.strip())
    return "\n\n".join(" ".join(p) for p in paragraphs if p)


def _repair(text: str) -> str:
    text = ftfy.fix_text(text, uncurl_quotes=False, fix_latin_ligatures=False, normalization="NFC")
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL_CHARS.sub("", text.replace("\u00a0", " ").replace("\ufeff", "").replace("\f", "\n"))


def _clean_once(raw: str, boilerplate_patterns: Sequence[str], unwrap_width: int) -> str:
    text = _repair(raw)
    if _looks_hard_wrapped(text.split("\n"), unwrap_width):
        text = _unwrap(text)
    lines = [_HORIZONTAL_SPACE.sub(" ", line).strip() for line in text.split("\n")]
    text = _PARAGRAPH_BREAK.sub("\n\n", "\n".join(lines)).strip()
    return strip_boilerplate(text, boilerplate_patterns)


def clean_text(
    raw: str,
    boilerplate_patterns: Sequence[str] = (),
    unwrap_width: int = 80,
    max_rounds: int = 4,
) -> str:
    """Return the cleaned body of an article.

    Steps, in order: repair mojibake (ftfy, keeping curly quotes, which mark quotations);
    Unicode NFC; unify line endings; unwrap hard-wrapped wire copy; collapse horizontal
    whitespace within lines; keep paragraphs as blank-line separated blocks; cut trailing
    boilerplate: each pattern (a regular expression, matched case-insensitively on a whole
    line) removes the first matching line *in the last few paragraphs* and everything after it.

    The steps repeat until the text no longer changes (at most ``max_rounds`` more times): one step can
    expose work for another (a removed control character or a joined line brings mojibake next to a
    space: "\\rÂ\\r0"), and a cleaned article cleaned again must keep its text, and so its id.
    """
    text = _clean_once(raw, boilerplate_patterns, unwrap_width)
    for _ in range(max_rounds):
        again = _clean_once(text, boilerplate_patterns, unwrap_width)
        if again == text:
            break
        text = again
    return text


def strip_boilerplate(text: str, patterns: Sequence[str], tail_paragraphs: int = 4) -> str:
    """Cut trailing boilerplate (agency credits, "watch live" links) from the end of ``text``.

    Only the last ``tail_paragraphs`` paragraphs are searched, so a sentence in the body that
    happens to match a pattern is never cut along with everything after it.
    """
    if not patterns:
        return text
    compiled = [re.compile(rf"^\s*(?:{p})\s*$", re.IGNORECASE) for p in patterns]
    paragraphs = text.split("\n\n")
    first_tail = max(len(paragraphs) - tail_paragraphs, 1)
    for index in range(first_tail, len(paragraphs)):
        if any(rx.match(paragraphs[index]) for rx in compiled):
            return "\n\n".join(paragraphs[:index]).strip()
    return text


def article_id_for(text: str) -> str:
    """16 lower-case hex chars: the start of the SHA-256 of the cleaned UTF-8 text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
