"""Raw input files to article records and rejects: every file or record ends up in exactly one.

Formats, chosen by file extension (and by content for HTML):
- text (anything else): an optional ``date YYYY-MM-DD`` header, then the body;
- ``.jsonl`` / ``.ndjson``: one JSON object per line;
- ``.json``: one object or a list of objects;
- ``.html`` / ``.htm`` (or a text file that starts like HTML): main text and metadata via trafilatura.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import os
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dipnews.cleaning import article_id_for, clean_text, parse_iso_date, split_date_header

JSONL_SUFFIXES = (".jsonl", ".ndjson")
JSON_SUFFIXES = (".json",)
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
# Field names accepted for each article attribute in JSON records, in order of preference; these
# are the names used by common crawlers and news datasets (news-please, newspaper3k, GDELT exports).
TEXT_FIELDS = ("text", "body", "maintext")
DATE_FIELDS = ("published", "date", "date_publish")
TITLE_FIELDS = ("title",)
URL_FIELDS = ("url",)
PUBLISHER_FIELDS = ("publisher", "source")
ID_FIELDS = ("id",)

# The most frequent English function words: in running English prose they make up well over a
# tenth of all words, in other languages (even with English loan words) almost none.
ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to a in is was that for on with as by at he it from his said has have be are this "
    "an not but were had which their its they will who been would after also more than or".split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_HTML_START = re.compile(rb"\A\s*(?:<!doctype html|<html|<\?xml[^>]*>\s*<html)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class IngestSettings:
    max_bytes: int = 5_000_000
    min_english_ratio: float = 0.06
    min_words_for_language: int = 25
    date_min: dt.date = dt.date(1900, 1, 1)
    date_max: dt.date = dt.date(2100, 12, 31)
    unwrap_width: int = 80
    boilerplate_patterns: tuple[str, ...] = ()

    @classmethod
    def from_params(cls, params: Mapping[str, Any]) -> IngestSettings:
        def as_date(value: Any, default: dt.date) -> dt.date:
            if value is None:
                return default
            return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))

        return cls(
            max_bytes=int(params.get("max_bytes", cls.max_bytes)),
            min_english_ratio=float(params.get("min_english_ratio", cls.min_english_ratio)),
            min_words_for_language=int(params.get("min_words_for_language", cls.min_words_for_language)),
            date_min=as_date(params.get("date_min"), cls.date_min),
            date_max=as_date(params.get("date_max"), cls.date_max),
            unwrap_width=int(params.get("unwrap_width", cls.unwrap_width)),
            boilerplate_patterns=tuple(params.get("boilerplate_patterns") or ()),
        )


@dataclass(frozen=True, slots=True)
class RawRecord:
    """One candidate article before cleaning."""

    source_path: str
    text: Any  # validated in records_to_rows: may be anything a JSON record held
    published: Any = None
    title: Any = None
    url: Any = None
    publisher: Any = None


@dataclass(frozen=True, slots=True)
class Reject:
    source_path: str
    reason: str
    detail: str | None = None


@dataclass(frozen=True, slots=True)
class InputFile:
    relative_path: str  # POSIX path relative to the input folder: stable across machines
    path: Path


# ---------------------------------------------------------------------------------------------
# Finding the files


def list_input_files(input_dir: Path) -> tuple[list[InputFile], list[Reject]]:
    """Every regular file under ``input_dir``, recursively, sorted by relative path.

    Symbolic links are followed only when they resolve inside the input folder: a link that
    points outside is reported as a reject, never read (a crawler's output folder must not
    pull in arbitrary files). Hidden files and folders (dot-names) are skipped, as are the
    ``.gitignore``-style bookkeeping files DVC may leave.
    """
    root = input_dir.resolve()
    files: list[InputFile] = []
    rejects: list[Reject] = []
    for current, dirnames, filenames in os.walk(input_dir, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        current_path = Path(current)
        for name in list(dirnames):
            link = current_path / name
            if link.is_symlink():
                dirnames.remove(name)
                relative = link.relative_to(input_dir).as_posix()
                if not link.resolve().is_relative_to(root):
                    rejects.append(Reject(relative, "symlink_outside", f"links to {os.readlink(link)}"))
                else:
                    rejects.append(Reject(relative, "symlink_outside", "linked folders are not followed"))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = current_path / name
            relative = path.relative_to(input_dir).as_posix()
            if path.is_symlink() and not path.resolve().is_relative_to(root):
                rejects.append(Reject(relative, "symlink_outside", f"links to {os.readlink(path)}"))
                continue
            if not path.is_file():
                rejects.append(Reject(relative, "unreadable", "not a regular file"))
                continue
            files.append(InputFile(relative, path))
    files.sort(key=lambda f: f.relative_path)
    return files, rejects


# ---------------------------------------------------------------------------------------------
# Decoding


def decode_bytes(data: bytes) -> str | None:
    """Decode text bytes: BOM-marked UTF-8/16/32, else UTF-8, else Windows-1252 for legacy text.

    Returns None for binary data (NUL bytes without a UTF-16/32 BOM, or many control characters),
    which is rejected as ``not_utf8`` rather than turned into garbage text.
    """
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    if b"\x00" in data:
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        # Bytes that are neither UTF-8 nor plausible Windows-1252 text are binary.
        if text.count("\ufffd") > max(3, len(text) // 100):
            return None
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(3, len(text) // 100):
        return None
    return text


# ---------------------------------------------------------------------------------------------
# Reading each format into raw records


def _first(record: Mapping[str, Any], names: Sequence[str]) -> Any:
    for name in names:
        if name in record and record[name] is not None:
            return record[name]
    return None


def _json_record(source_path: str, obj: Any) -> RawRecord | Reject:
    if not isinstance(obj, dict):
        return Reject(source_path, "bad_record", f"expected a JSON object, got {type(obj).__name__}")
    return RawRecord(
        source_path=source_path,
        text=_first(obj, TEXT_FIELDS),
        published=_first(obj, DATE_FIELDS),
        title=_first(obj, TITLE_FIELDS),
        url=_first(obj, URL_FIELDS),
        publisher=_first(obj, PUBLISHER_FIELDS),
    )


def read_jsonl(relative: str, text: str) -> Iterator[RawRecord | Reject]:
    """One record per non-blank line; a line that does not parse is one reject with its line number."""
    number = 0
    for line in text.splitlines():
        if not line.strip():
            continue
        number += 1
        source_path = f"{relative}#{number}"
        try:
            obj = json.loads(line)
        except ValueError as error:
            yield Reject(source_path, "malformed_json", f"line {number}: {error}")
            continue
        yield _json_record(source_path, obj)


def read_json(relative: str, text: str) -> Iterator[RawRecord | Reject]:
    try:
        obj = json.loads(text)
    except ValueError as error:
        yield Reject(relative, "malformed_json", str(error))
        return
    if isinstance(obj, list):
        if not obj:
            yield Reject(relative, "no_text", "an empty JSON list")
        for number, item in enumerate(obj, start=1):
            yield _json_record(f"{relative}#{number}", item)
    elif isinstance(obj, dict):
        yield _json_record(f"{relative}#1", obj)
    else:
        yield Reject(relative, "bad_record", f"expected a JSON object or list, got {type(obj).__name__}")


def read_html(relative: str, html: str) -> Iterator[RawRecord | Reject]:
    """Main text and metadata with trafilatura (no network: it parses the string it is given)."""
    import trafilatura

    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    body = getattr(document, "text", None) if document is not None else None
    if not body or not body.strip():
        yield Reject(relative, "no_text", "no article body found in the HTML page")
        return
    yield RawRecord(
        source_path=relative,
        text=body,
        published=getattr(document, "date", None),
        title=getattr(document, "title", None),
        url=getattr(document, "url", None),
        publisher=getattr(document, "sitename", None),
    )


def read_text_file(relative: str, text: str) -> Iterator[RawRecord | Reject]:
    header = split_date_header(text)
    yield RawRecord(source_path=relative, text=header.body, published=header.date_text)


def read_input_file(item: InputFile, settings: IngestSettings) -> Iterator[RawRecord | Reject]:
    relative = item.relative_path
    try:
        size = item.path.stat().st_size
        if size > settings.max_bytes:
            yield Reject(relative, "too_large", f"{size} bytes > ingest.max_bytes={settings.max_bytes}")
            return
        data = item.path.read_bytes()
    except OSError as error:
        yield Reject(relative, "unreadable", f"{type(error).__name__}: {error.strerror or error}")
        return
    if not data.strip():
        yield Reject(relative, "empty", "no content" if not data else "whitespace only")
        return
    text = decode_bytes(data)
    if text is None:
        yield Reject(relative, "not_utf8", "binary or undecodable bytes")
        return
    if not text.strip():
        yield Reject(relative, "empty", "whitespace only")
        return
    suffix = item.path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(relative, text)
    elif suffix in JSON_SUFFIXES:
        yield from read_json(relative, text)
    elif suffix in HTML_SUFFIXES or _HTML_START.match(data[:512]):
        yield from read_html(relative, text)
    else:
        yield from read_text_file(relative, text)


# ---------------------------------------------------------------------------------------------
# Records to article rows


def english_ratio(text: str) -> tuple[float, int]:
    words = _WORD.findall(text.lower())
    if not words:
        return 0.0, 0
    return sum(1 for w in words if w in ENGLISH_FUNCTION_WORDS) / len(words), len(words)


def _optional_str(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise TypeError(f"expected a string, got {type(value).__name__}")
    value = str(value).strip()
    return value or None


def parse_published(value: Any, settings: IngestSettings) -> dt.date | None:
    """A publication date from a header or field; impossible or out-of-window dates become None."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        parsed: dt.date | None = value
    elif isinstance(value, str):
        parsed = parse_iso_date(value)
    else:
        raise TypeError(f"expected a date string, got {type(value).__name__}")
    if parsed is None or not settings.date_min <= parsed <= settings.date_max:
        return None
    return parsed


def record_to_row(record: RawRecord, settings: IngestSettings) -> dict[str, Any] | Reject:
    """Clean one record into an article row, or say why it cannot be one."""
    if record.text is None:
        return Reject(record.source_path, "no_text", f"no text field (looked for {', '.join(TEXT_FIELDS)})")
    if not isinstance(record.text, str):
        return Reject(record.source_path, "bad_record", f"text is a {type(record.text).__name__}, not a string")
    try:
        title = _optional_str(record.title)
        url = _optional_str(record.url)
        publisher = _optional_str(record.publisher)
        published = parse_published(record.published, settings)
    except TypeError as error:
        return Reject(record.source_path, "bad_record", str(error))
    text = clean_text(record.text, settings.boilerplate_patterns, settings.unwrap_width)
    if not text:
        return Reject(record.source_path, "no_text", "nothing left after cleaning")
    ratio, n_words = english_ratio(text)
    if n_words >= settings.min_words_for_language and ratio < settings.min_english_ratio:
        return Reject(
            record.source_path, "not_english", f"English function words {ratio:.1%} of {n_words} words"
        )
    return {
        "article_id": article_id_for(text),
        "source_path": record.source_path,
        "published_date": published,
        "title": title,
        "url": url,
        "publisher": publisher,
        "text": text,
        # Kept for the stage's report, not a column: a date that was given but could not be used.
        "_date_dropped": record.published is not None and published is None,
    }


@dataclass(slots=True)
class Deduplicator:
    """Identical cleaned texts are one article: the first source_path (in sorted order) keeps it."""

    seen: dict[str, str]

    def __init__(self) -> None:
        self.seen = {}

    def check(self, row: Mapping[str, Any]) -> Reject | None:
        kept = self.seen.get(row["article_id"])
        if kept is not None:
            return Reject(row["source_path"], "duplicate_of", row["article_id"])
        self.seen[row["article_id"]] = row["source_path"]
        return None


def ingest_records(
    records: Iterator[RawRecord | Reject], settings: IngestSettings
) -> Iterator[dict[str, Any] | Reject]:
    """Clean and deduplicate a stream of records, yielding article rows and rejects in input order."""
    dedup = Deduplicator()
    for record in records:
        if isinstance(record, Reject):
            yield record
            continue
        row = record_to_row(record, settings)
        if isinstance(row, Reject):
            yield row
            continue
        duplicate = dedup.check(row)
        yield duplicate if duplicate is not None else row


def ingest_folder(input_dir: Path, settings: IngestSettings) -> Iterator[dict[str, Any] | Reject]:
    """Every file under ``input_dir`` as article rows and rejects (streamed, in sorted path order)."""
    files, file_rejects = list_input_files(input_dir)

    def records() -> Iterator[RawRecord | Reject]:
        yield from file_rejects
        for item in files:
            yield from read_input_file(item, settings)

    return ingest_records(records(), settings)
