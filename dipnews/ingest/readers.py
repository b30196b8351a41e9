"""Raw input files to article records and rejects: every file or record ends up in exactly one.

Formats, chosen by file extension (and by content for HTML):
- text (anything else): an optional ``date YYYY-MM-DD`` header, then the body;
- ``.jsonl`` / ``.ndjson``: one JSON object per line;
- ``.json``: one object or a list of objects;
- ``.html`` / ``.htm`` (or a text file that starts like HTML): main text and metadata via trafilatura.

Nothing here raises on bad input: a file or record that cannot become an article becomes a
:class:`Reject` with one of the reasons listed in ``schemas/rejects.py`` and a readable detail.
"""

from __future__ import annotations

import codecs
import datetime as dt
import gzip
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from dipnews.extract.lexicons import load_lexicon
from dipnews.ingest.cleaning import article_id_for, clean_text, parse_iso_date, split_date_header
from dipnews.ingest.scan import Entry, scan_folder
from dipnews.ingest.scan import printable_path as printable_path  # re-exported: the readers' callers use it

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

# The language check's function words (English, and other languages' without English look-alikes):
# data in dipnews/extract/lexicons/languages.yaml, which says why each list is there.
LANGUAGES_LEXICON = load_lexicon(
    "languages",
    require=(
        "english_function_words",
        "english_lookalikes",
        "other_function_words",
    ),
)
ENGLISH_FUNCTION_WORDS = LANGUAGES_LEXICON.words("english_function_words")
OTHER_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    language: frozenset(words) - ENGLISH_FUNCTION_WORDS - LANGUAGES_LEXICON.words("english_lookalikes")
    for language, words in LANGUAGES_LEXICON.table("other_function_words").items()
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_HTML_START = re.compile(
    r"\A\s*(?:<!doctype html|<html|<\?xml[^>]*>\s*(?:<!doctype html|<html))", re.IGNORECASE
)
# Code points U+D800..U+DFFF are only halves of UTF-16 pairs: alone (a JSON "\ud800" escape, an
# undecodable byte in a file name) they cannot be written as UTF-8, so Parquet would refuse them.
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")
# An HTML page whose text came only from trafilatura's fallback extractors (which take any visible
# text) must have at least this many words to count as an article: a menu, a cookie banner or an
# error page is a handful of words, a news article's body is not.
MIN_FALLBACK_HTML_WORDS = 25
# Bytes read at a time while skipping the rest of an over-long JSON Lines line.
LINE_SKIP_BLOCK = 1 << 20


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
        """Settings from the ``ingest`` section of params.yaml.

        Raises ValueError with a message naming the parameter when a value is unusable, so the
        stage can stop with one line instead of a traceback from deep inside the run.
        """

        def number(name: str, default: float, kind: type[int] | type[float]) -> Any:
            value = params.get(name, default)
            try:
                converted = kind(value)
            except (TypeError, ValueError):
                raise ValueError(f"ingest.{name} must be a number, got {value!r}") from None
            if converted < 0:
                raise ValueError(f"ingest.{name} must not be negative, got {value!r}")
            return converted

        def as_date(name: str, default: dt.date) -> dt.date:
            value = params.get(name)
            if value is None:
                return default
            if isinstance(value, dt.date):
                return value
            try:
                return dt.date.fromisoformat(str(value))
            except ValueError:
                raise ValueError(f"ingest.{name} must be a date YYYY-MM-DD, got {value!r}") from None

        # The defaults from an instance: on a slots dataclass, ``cls.max_bytes`` is a descriptor.
        defaults = cls()
        patterns = params.get("boilerplate_patterns") or ()
        if isinstance(patterns, str) or not isinstance(patterns, Sequence):
            raise ValueError(
                f"ingest.boilerplate_patterns must be a list of regular expressions, not {patterns!r}"
            )
        for index, pattern in enumerate(patterns):
            try:
                re.compile(str(pattern))
            except re.error as error:
                raise ValueError(
                    f"ingest.boilerplate_patterns[{index}] {pattern!r} is not a regular expression: {error}"
                ) from None
        settings = cls(
            max_bytes=number("max_bytes", defaults.max_bytes, int),
            min_english_ratio=number("min_english_ratio", defaults.min_english_ratio, float),
            min_words_for_language=number("min_words_for_language", defaults.min_words_for_language, int),
            date_min=as_date("date_min", defaults.date_min),
            date_max=as_date("date_max", defaults.date_max),
            unwrap_width=number("unwrap_width", defaults.unwrap_width, int),
            boilerplate_patterns=tuple(str(p) for p in patterns),
        )
        if settings.date_min > settings.date_max:
            raise ValueError(
                f"ingest.date_min {settings.date_min} is after ingest.date_max {settings.date_max}"
            )
        return settings


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
    # POSIX path relative to the input folder, stable across machines: the source_path of the file
    # (``%`` and ``#`` escaped, bytes of a non-UTF-8 name as ``\\xNN``: dipnews.ingest.scan.source_path_of)
    relative_path: str
    path: Path


# ---------------------------------------------------------------------------------------------
# Finding the files


def inputs_from_manifest(input_dir: Path, entries: Iterable[Entry]) -> tuple[list[InputFile], list[Reject]]:
    """The files to read and the entries rejected, from the manifest rows of :mod:`dipnews.ingest.scan`."""
    files: list[InputFile] = []
    rejects: list[Reject] = []
    for entry in entries:
        if entry.reason is None and entry.path is not None:
            files.append(InputFile(entry.source_path, input_dir / os.fsdecode(entry.path)))
        else:
            rejects.append(Reject(entry.source_path, entry.reason or "unreadable", entry.detail))
    files.sort(key=lambda f: f.relative_path)
    return files, rejects


def list_input_files(input_dir: Path) -> tuple[list[InputFile], list[Reject]]:
    """Every regular file under ``input_dir``, recursively, sorted by source path; the rest as rejects.

    The listing is :func:`dipnews.ingest.scan.scan_folder`'s (the ingest stage reads it from the manifest
    the scan stage wrote): links are read only when they end at a regular file inside the input
    folder, hidden entries, links elsewhere and special files are rejects, nothing is skipped.
    """
    return inputs_from_manifest(input_dir, scan_folder(input_dir))


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
    """The first field present with a value; a blank string gives way to a later, filled field."""
    blank: Any = None
    for name in names:
        value = record.get(name)
        if value is None:
            continue
        if not (isinstance(value, str) and not value.strip()):
            return value
        if blank is None:
            blank = value
    return blank


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


def _json_error(error: ValueError | RecursionError) -> str:
    if isinstance(error, RecursionError):  # "[[[[...": Python's parser recurses once per level
        return "nested too deeply to parse"
    return str(error)


def read_jsonl(
    relative: str, text: str, first_record: int = 1, first_line: int = 1
) -> Iterator[RawRecord | Reject]:
    """One record per non-blank line; a line that does not parse is one reject with its line number.

    ``source_path`` numbers the records (``#n`` is the n-th non-blank line); a reject's detail
    gives the physical line number, to find it in an editor. Lines are split on ``\\n`` only:
    JSON allows a raw U+2028 LINE SEPARATOR inside a string, where ``str.splitlines`` would cut
    a valid record in two.
    """
    number = first_record - 1
    for line_number, line in enumerate(text.split("\n"), start=first_line):
        if not line.strip():
            continue
        number += 1
        source_path = f"{relative}#{number}"
        try:
            obj = json.loads(line)
        except (ValueError, RecursionError) as error:
            yield Reject(source_path, "malformed_json", f"line {line_number}: {_json_error(error)}")
            continue
        yield _json_record(source_path, obj)


def read_json(relative: str, text: str) -> Iterator[RawRecord | Reject]:
    try:
        obj = json.loads(text)
    except (ValueError, RecursionError) as error:
        yield Reject(relative, "malformed_json", _json_error(error))
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


def _extract_html(html: str, fast: bool) -> Any:
    import trafilatura

    return trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        fast=fast,
    )


_ISO_DATE_IN_HTML = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def checked_html_date(date: Any, html: str) -> Any:
    """The page's date as trafilatura found it, or None where it stands for an impossible date.

    htmldate turns an impossible ``2023-02-30T10:00:00Z`` into the first of its month; a date that
    is not written as such in the page, while an impossible date of the same month is, is dropped.
    """
    if not isinstance(date, str) or date in html:
        return date
    for year, month, day in _ISO_DATE_IN_HTML.findall(html):
        if f"{year}-{month}" == date[:7] and parse_iso_date(f"{year}-{month}-{day}") is None:
            return None
    return date


def read_html(relative: str, html: str) -> Iterator[RawRecord | Reject]:
    """Main text and metadata with trafilatura.

    No network: trafilatura parses the string it is given with lxml's HTML parser, which expands
    no external entities and fetches no URL (links, frames, stylesheets and ``<base>`` stay text).
    The main-content extractor runs first; when it finds no article, the fallback extractors'
    text is taken only if it is long enough to be one (``MIN_FALLBACK_HTML_WORDS``): on a page
    with no article they return the menu or the cookie banner.
    """
    try:
        document = _extract_html(html, fast=True)
        from_fallback = document is None or not (getattr(document, "text", None) or "").strip()
        if from_fallback:
            document = _extract_html(html, fast=False)
    except (ValueError, TypeError, AttributeError, RecursionError) as error:
        # lxml and trafilatura on hostile markup: one page's failure must not stop the corpus.
        yield Reject(relative, "no_text", f"the HTML could not be parsed: {type(error).__name__}: {error}")
        return
    body = getattr(document, "text", None) if document is not None else None
    if not body or not body.strip():
        yield Reject(relative, "no_text", "no article body found in the HTML page")
        return
    if from_fallback and len(_WORD.findall(body)) < MIN_FALLBACK_HTML_WORDS:
        n_words = len(_WORD.findall(body))
        yield Reject(relative, "no_text", f"no article body found in the HTML page (only {n_words} words)")
        return
    yield RawRecord(
        source_path=relative,
        text=body,
        published=checked_html_date(getattr(document, "date", None), html),
        title=getattr(document, "title", None),
        url=getattr(document, "url", None),
        publisher=getattr(document, "sitename", None),
    )


def read_text_file(relative: str, text: str) -> Iterator[RawRecord | Reject]:
    header = split_date_header(text)
    yield RawRecord(source_path=relative, text=header.body, published=header.date_text)


def capped_lines(handle: BinaryIO, limit: int) -> Iterator[tuple[bytes | None, int]]:
    """The lines of a binary stream (split on ``\\n``), none of them held whole when longer than ``limit``.

    Yields ``(line, length)``; a line of more than ``limit`` bytes (its newline counted) is read
    past block by block and yielded as ``(None, length)``: one endless line in a 2 MB gzip file
    costs a block of memory, not the gigabytes it expands to.
    """
    while line := handle.readline(limit + 1):
        if len(line) <= limit:
            yield line, len(line)
            continue
        size = len(line)
        while not line.endswith(b"\n") and (line := handle.readline(LINE_SKIP_BLOCK)):
            size += len(line)
        yield None, size


def read_jsonl_file(item: InputFile, settings: IngestSettings) -> Iterator[RawRecord | Reject]:
    """JSON Lines streamed from disk (plain or gzip-compressed): memory holds one line at a time.

    ``ingest.max_bytes`` applies to each record, not to the file: a corpus of many thousand
    articles in one file is the usual shape of a crawl export. Lines are split on ``\\n`` bytes only
    (a raw U+2028 inside a JSON string stays in its record), as in :func:`read_jsonl`.
    """
    relative = item.relative_path
    number = 0
    try:
        opener = gzip.open if item.path.name.lower().endswith(".gz") else open
        with opener(item.path, "rb") as handle:
            for line_number, (raw, size) in enumerate(capped_lines(handle, settings.max_bytes), start=1):
                if raw is None:
                    number += 1
                    detail = f"line {line_number}: {size} bytes > ingest.max_bytes"
                    yield Reject(f"{relative}#{number}", "too_large", detail)
                    continue
                if line_number == 1:
                    raw = raw.removeprefix(codecs.BOM_UTF8)
                if not raw.strip():
                    continue
                number += 1
                source_path = f"{relative}#{number}"
                line = decode_bytes(raw)
                if line is None:
                    yield Reject(source_path, "not_utf8", f"line {line_number}: binary or undecodable bytes")
                    continue
                yield from read_jsonl(relative, line, first_record=number, first_line=line_number)
    except (OSError, EOFError, gzip.BadGzipFile) as error:
        # strerror, not str(error): the latter names the absolute path of this machine.
        message = error.strerror if isinstance(error, OSError) and error.strerror else error
        yield Reject(
            f"{relative}#{number + 1}" if number else relative,
            "unreadable",
            f"{type(error).__name__}: {message}",
        )
        return
    if number == 0:
        yield Reject(relative, "empty", "no records")


def is_jsonl_file(item: InputFile) -> bool:
    """JSON Lines, plain or gzip-compressed: read record by record, with no whole-file size limit."""
    return item.path.name.lower().endswith(JSONL_SUFFIXES + tuple(f"{s}.gz" for s in JSONL_SUFFIXES))


def read_input_file(item: InputFile, settings: IngestSettings) -> Iterator[RawRecord | Reject]:
    relative = item.relative_path
    if is_jsonl_file(item):
        yield from read_jsonl_file(item, settings)
        return
    try:
        size = item.path.stat().st_size
        if size > settings.max_bytes:
            yield Reject(relative, "too_large", f"{size} bytes > ingest.max_bytes={settings.max_bytes}")
            return
        # Read at most one byte past the limit: a file that grew since stat() is still caught.
        with item.path.open("rb") as handle:
            data = handle.read(settings.max_bytes + 1)
    except OSError as error:
        yield Reject(relative, "unreadable", f"{type(error).__name__}: {error.strerror or error}")
        return
    if len(data) > settings.max_bytes:
        yield Reject(relative, "too_large", f"more than ingest.max_bytes={settings.max_bytes} bytes")
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
    if suffix in JSON_SUFFIXES:
        yield from read_json(relative, text)
    elif suffix in HTML_SUFFIXES or _HTML_START.match(text[:512]):
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


@dataclass(frozen=True, slots=True)
class LanguageEvidence:
    n_words: int
    n_letters: int
    english: float  # share of words that are English function words
    other: float  # share of words that are function words of the best other language
    other_language: str | None
    non_latin: float  # share of letters outside the Latin script


def language_evidence(text: str) -> LanguageEvidence:
    words = _WORD.findall(text.lower())
    letters = [ch for ch in text if ch.isalpha()]
    non_latin = sum(1 for ch in letters if ord(ch) > 0x24F) / len(letters) if letters else 0.0
    if not words:
        return LanguageEvidence(0, len(letters), 0.0, 0.0, None, non_latin)
    english = sum(1 for w in words if w in ENGLISH_FUNCTION_WORDS) / len(words)
    best, best_share = None, 0.0
    for language, function_words in OTHER_FUNCTION_WORDS.items():
        share = sum(1 for w in words if w in function_words) / len(words)
        if share > best_share:
            best, best_share = language, share
    return LanguageEvidence(len(words), len(letters), english, best_share, best, non_latin)


def not_english_reason(text: str, settings: IngestSettings) -> str | None:
    """Why ``text`` is judged not to be English, or None.

    Positive evidence is required: mostly non-Latin letters, or more function words of another
    language than of English. A lack of English function words alone is not enough, because
    English tables of names and scores (sports results, market listings) have almost none.
    """
    evidence = language_evidence(text)
    # Scripts without spaces (Chinese, Japanese) have few "words": judge them by their letters.
    if evidence.n_letters >= 3 * settings.min_words_for_language and evidence.non_latin > 0.5:
        return f"{evidence.non_latin:.0%} of letters are not Latin script"
    if evidence.n_words < settings.min_words_for_language:
        return None
    if (
        evidence.english < settings.min_english_ratio
        and evidence.other >= settings.min_english_ratio
        and evidence.other > evidence.english
    ):
        return (
            f"function words: {evidence.other_language} {evidence.other:.1%}, English {evidence.english:.1%} "
            f"of {evidence.n_words} words"
        )
    return None


def _optional_str(field: str, value: Any) -> str | None:
    """A metadata string (numbers are taken as written); lone surrogates become U+FFFD."""
    if value is None:
        return None
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise TypeError(f"{field}: expected a string, got {type(value).__name__}")
    value = _LONE_SURROGATE.sub("\ufffd", str(value)).strip()
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
        raise TypeError(f"published: expected a date string, got {type(value).__name__}")
    if parsed is None or not settings.date_min <= parsed <= settings.date_max:
        return None
    return parsed


def record_to_row(record: RawRecord, settings: IngestSettings) -> dict[str, Any] | Reject:
    """Clean one record into an article row, or say why it cannot be one."""
    if record.text is None:
        return Reject(record.source_path, "no_text", f"no text field (looked for {', '.join(TEXT_FIELDS)})")
    if not isinstance(record.text, str):
        kind = type(record.text).__name__
        return Reject(record.source_path, "bad_record", f"text: expected a string, got {kind}")
    try:
        title = _optional_str("title", record.title)
        url = _optional_str("url", record.url)
        publisher = _optional_str("publisher", record.publisher)
        published = parse_published(record.published, settings)
    except TypeError as error:
        return Reject(record.source_path, "bad_record", str(error))
    text = clean_text(record.text, settings.boilerplate_patterns, settings.unwrap_width)
    if not text:
        return Reject(record.source_path, "no_text", "nothing left after cleaning")
    if not any(ch.isalnum() for ch in text):
        # Only punctuation and symbols ('""""', '***'): nothing a reader or a parser could use.
        return Reject(record.source_path, "no_text", "no letters or digits, only punctuation and symbols")
    language_problem = not_english_reason(text, settings)
    if language_problem is not None:
        return Reject(record.source_path, "not_english", language_problem)
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


def clean_records(
    records: Iterable[RawRecord | Reject], settings: IngestSettings
) -> Iterator[dict[str, Any] | Reject]:
    """Clean each record into an article row or a reject, in input order, without de-duplication.

    This is what one input file yields on its own (see :func:`file_items`): it depends only on the
    file and the settings, so it can be cached per file; duplicates depend on the other files.
    """
    for record in records:
        yield record if isinstance(record, Reject) else record_to_row(record, settings)


def deduplicate(items: Iterable[dict[str, Any] | Reject]) -> Iterator[dict[str, Any] | Reject]:
    """Pass rejects through; an article row whose text was already seen becomes a ``duplicate_of``."""
    dedup = Deduplicator()
    for item in items:
        if isinstance(item, Reject):
            yield item
            continue
        duplicate = dedup.check(item)
        yield duplicate if duplicate is not None else item


def ingest_records(
    records: Iterable[RawRecord | Reject], settings: IngestSettings
) -> Iterator[dict[str, Any] | Reject]:
    """Clean and deduplicate a stream of records, yielding article rows and rejects in input order."""
    return deduplicate(clean_records(records, settings))


def file_items(item: InputFile, settings: IngestSettings) -> Iterator[dict[str, Any] | Reject]:
    """One input file's article rows and rejects, before de-duplication against other files."""
    return clean_records(read_input_file(item, settings), settings)


class FileItemSource(Protocol):
    """Where :func:`ingest_folder` gets each file's items: e.g. a cache of :func:`file_items`."""

    def items(self, item: InputFile) -> Iterator[dict[str, Any] | Reject]: ...


def ingest_folder(
    input_dir: Path, settings: IngestSettings, cache: FileItemSource | None = None
) -> Iterator[dict[str, Any] | Reject]:
    """Every file under ``input_dir`` as article rows and rejects (streamed, in sorted path order).

    With ``cache``, each file's items come from ``cache.items`` instead of :func:`file_items`; the
    de-duplication still runs here, over all files in sorted order, so which copy of a text is
    kept does not depend on which files were cached.
    """
    files, file_rejects = list_input_files(input_dir)
    return ingest_files(files, file_rejects, settings, cache)


def ingest_files(
    files: Sequence[InputFile],
    file_rejects: Sequence[Reject],
    settings: IngestSettings,
    cache: FileItemSource | None = None,
) -> Iterator[dict[str, Any] | Reject]:
    """:func:`ingest_folder` on a listing already made (the ingest stage's, from the manifest)."""

    def items() -> Iterator[dict[str, Any] | Reject]:
        yield from file_rejects
        for item in files:
            yield from (cache.items(item) if cache is not None else file_items(item, settings))

    return deduplicate(items())
