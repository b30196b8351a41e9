"""Validate a stage's output with its pandera schema, and fail with a short, readable report.

Validation is lazy (every failed check is collected, not just the first). The full list of
failure cases is written to ``reports/failures/<table>.csv``; the stage prints a summary naming
the table, the column, the check and a few failing rows, and exits non-zero. A value that does
not even have the column's type (a string in a date column) is reported the same way.

:func:`run_stage` is the stages' outer guard: a :class:`StageError`, an unreadable input file or a
damaged Parquet file ends the stage with a short message and exit status 1, never with a pandas
or pyarrow traceback as the only explanation.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable, Mapping
from functools import wraps
from pathlib import Path
from typing import Any

import pandas as pd
import pandera.errors
import pandera.pandas as pa
import pyarrow

from dipnews.io import InputFileError, conform, read_parquet, write_text_atomic
from dipnews.model import (
    ACTOR_TYPES,
    DATE_PRECISIONS,
    MEETING_STATUSES,
    MEETING_TYPES,
    MENTION_KINDS,
    PARTICIPANT_ROLES,
    QUOTE_TYPES,
    SPEAKER_RESOLUTIONS,
    ArticleExtraction,
)
from schemas import CONTRACT
from schemas._base import arrow_schema

FAILURES_DIR = Path("reports/failures")
MAX_EXAMPLES = 5


class StageError(Exception):
    """A failure the user should read as one message, without a traceback."""


def summarize_failures(table: str, failure_cases: pd.DataFrame, max_examples: int = MAX_EXAMPLES) -> str:
    """One line per failed check: where (a column or whole rows), how many rows, a few rows and values."""
    lines = [f"table '{table}' failed validation: {len(failure_cases)} failure case(s)"]
    for check, cases in failure_cases.groupby("check", dropna=False, sort=True):
        columns = sorted({c for c in cases["column"].dropna() if isinstance(c, str)})
        rows = sorted({_row_label(i) for i in cases["index"].dropna()}, key=str)
        if len(columns) == 1:
            where = f"column '{columns[0]}'"
            values = [repr(v)[:60] for v in cases["failure_case"].head(max_examples)]
            example = f"values {values}"
        else:  # a dataframe-level check: pandera reports every column of each failing row
            where = f"rows of '{table}'"
            example = f"columns {columns[:8]}"
        n_rows = len(rows) or len(cases)
        lines.append(
            f"  - {where}: check {check}: {n_rows} row(s); e.g. rows {rows[:max_examples]} {example}"
        )
    return "\n".join(lines)


def _row_label(index: Any) -> Any:
    """A failure case's row as a plain number when it is one (pandera reports numpy integers)."""
    try:
        return int(index)
    except (TypeError, ValueError):
        return str(index)


# Conversions that fail when a value does not have the column's Arrow type.
_CONVERSION_ERRORS = (pyarrow.ArrowException, TypeError, ValueError, OverflowError)


def type_failures(df: pd.DataFrame, schema: pyarrow.Schema) -> pd.DataFrame:
    """Failure cases (pandera's columns) for the values that cannot take their column's Arrow type."""
    cases: list[dict[str, Any]] = []
    for field in schema:
        values = df[field.name]
        try:
            pyarrow.array(values, type=field.type, from_pandas=True)
            continue
        except _CONVERSION_ERRORS:
            pass
        for index, value in values.items():
            try:
                pyarrow.array([value], type=field.type, from_pandas=True)
            except _CONVERSION_ERRORS:
                cases.append(
                    {
                        "schema_context": "Column",
                        "column": field.name,
                        "check": f"arrow_type({field.type})",
                        "check_number": None,
                        "failure_case": value,
                        "index": index,
                    }
                )
    return pd.DataFrame(
        cases, columns=["schema_context", "column", "check", "check_number", "failure_case", "index"]
    )


def _fail(table: str, cases: pd.DataFrame, failures_dir: Path | None) -> StageError:
    message = summarize_failures(table, cases)
    if failures_dir is not None:
        path = Path(failures_dir) / f"{table}.csv"
        write_text_atomic(path, cases.to_csv(index=False))
        message += f"\n  all failure cases: {path}"
    return StageError(message)


def validate(
    df: pd.DataFrame,
    schema: pa.DataFrameSchema,
    failures_dir: Path | None = FAILURES_DIR,
) -> pd.DataFrame:
    """Return ``df`` conformed to the schema's Arrow types and validated, or raise :class:`StageError`."""
    table = schema.name or "table"
    missing = [c for c in schema.columns if c not in df.columns]
    if missing:
        raise StageError(f"table '{table}' is missing column(s) {missing}")
    arrow = arrow_schema(schema)
    try:
        conformed = conform(df, arrow)
    except _CONVERSION_ERRORS as error:
        cases = type_failures(df, arrow)
        if cases.empty:  # the frame as a whole would not convert: say so in pyarrow's words
            raise StageError(f"table '{table}' cannot be converted to its Arrow schema: {error}") from None
        raise _fail(table, cases, failures_dir) from None
    # Keep the caller's row labels, so that the rows a report names are the caller's rows (a
    # streamed batch labels its rows with their position in the whole output).
    conformed.index = df.index
    try:
        return schema.validate(conformed, lazy=True)
    except pandera.errors.SchemaErrors as errors:
        raise _fail(table, errors.failure_cases, failures_dir) from None


_PROJECT_ROOT = Path(__file__).resolve().parents[2]


def _where(error: BaseException) -> str:
    """``stages/x.py:12 in f``: the innermost frame of this project's code that the error passed."""
    frames = traceback.extract_tb(error.__traceback__)
    for frame in reversed(frames):
        path = Path(frame.filename).resolve()
        if path.is_relative_to(_PROJECT_ROOT) and path.parts[len(_PROJECT_ROOT.parts)] in (
            "dipnews",
            "stages",
            "schemas",
        ):
            return f" (at {path.relative_to(_PROJECT_ROOT).as_posix()}:{frame.lineno} in {frame.name})"
    return ""


def _stage_name(main: Callable[..., Any]) -> str:
    """``stages.ingest`` also when the stage runs as ``python -m stages.ingest`` (module ``__main__``)."""
    module = getattr(main, "__module__", "stage")
    if module == "__main__":
        spec = getattr(sys.modules.get("__main__"), "__spec__", None)
        return spec.name if spec is not None else Path(sys.argv[0]).stem
    return module


def run_stage(main: Callable[..., Any]) -> Callable[..., Any]:
    """Decorate a stage's ``main`` so that every failure ends in a short message and exit status 1.

    - :class:`StageError` (validation reports, bad params): the message alone.
    - An input that cannot be read (:class:`InputFileError`, an ``OSError``, a damaged Parquet
      file): one line naming the error and where it was met, plus how to rebuild the input.
    - Anything else is a bug: the traceback is printed for whoever fixes it, and a one-line
      summary after it, so the last line on the terminal still says what failed.
    """

    @wraps(main)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        name = _stage_name(main)
        try:
            return main(*args, **kwargs)
        except StageError as error:
            print(f"error: {error}", file=sys.stderr)
        except (InputFileError, OSError, pyarrow.ArrowException) as error:
            print(
                f"error: {name}: cannot read or write a file: {type(error).__name__}: {error}"
                f"{_where(error)}\n"
                "  an input may be missing or damaged: `dvc repro` rebuilds outputs that changed "
                "(`dvc repro --force <stage>` rebuilds one stage)",
                file=sys.stderr,
            )
        except Exception as error:
            traceback.print_exc(file=sys.stderr)
            print(f"error: {name} failed: {type(error).__name__}: {error}{_where(error)}", file=sys.stderr)
        sys.exit(1)

    return wrapper


def texts_by_article(articles: pd.DataFrame) -> Mapping[str, str]:
    """article_id -> text, for the span checks; a frame without those columns is a StageError."""
    missing = [c for c in ("article_id", "text") if c not in articles.columns]
    if missing:
        raise StageError(f"table 'articles' is missing column(s) {missing}")
    return dict(zip(articles["article_id"], articles["text"], strict=True))


def read_validated(
    path: Path, schema: pa.DataFrameSchema, failures_dir: Path | None = FAILURES_DIR
) -> pd.DataFrame:
    """A stage's input table, read and validated.

    A damaged or off-contract intermediate file then stops the stage with the same short report as a
    bad output (:class:`InputFileError` when it cannot be read at all).
    """
    return validate(read_parquet(path), schema, failures_dir)


def extraction_problems(extraction: ArticleExtraction, text: str) -> list[str]:
    """Every broken article-local invariant of one extraction, as readable lines (empty when sound).

    The same rules the contract's schemas check after consolidation, checked per article so that a
    test (or a debugging session) can point at the extractor and the span that broke them: spans
    equal the text they claim, sentence numbers exist, local keys resolve, enumerations hold.
    """
    problems: list[str] = []
    n = extraction.n_sentences

    def span(kind: str, start: int, end: int, claimed: str | None) -> None:
        if not 0 <= start <= end <= len(text):
            problems.append(f"{kind} span [{start}:{end}] outside the text (length {len(text)})")
        elif claimed is not None and text[start:end] != claimed:
            problems.append(f"{kind} span [{start}:{end}] is {text[start:end]!r}, not {claimed!r}")

    def sentence(kind: str, index: int) -> None:
        if not 0 <= index < max(n, 1):
            problems.append(f"{kind} sentence_index {index} not in 0..{n - 1}")

    def one_of(kind: str, value: object, allowed: tuple[str, ...]) -> None:
        if value not in allowed:
            problems.append(f"{kind} {value!r} not one of {allowed}")

    actor_keys = {a.local_key for a in extraction.actors.actors}
    if len(actor_keys) != len(extraction.actors.actors):
        problems.append("actor local_keys are not unique")
    for actor in extraction.actors.actors:
        one_of("actor_type", actor.actor_type, ACTOR_TYPES)
        if not actor.name:
            problems.append(f"actor {actor.local_key!r} has an empty name")
    for mention in extraction.actors.mentions:
        span("mention", mention.char_start, mention.char_end, mention.mention_text)
        sentence("mention", mention.sentence_index)
        one_of("mention_kind", mention.mention_kind, MENTION_KINDS)
        if mention.local_key not in actor_keys:
            problems.append(f"mention {mention.mention_text!r} refers to unknown actor {mention.local_key!r}")
    meeting_keys = {m.local_key for m in extraction.meetings}
    for meeting in extraction.meetings:
        one_of("meeting_type", meeting.meeting_type, MEETING_TYPES)
        one_of("status", meeting.status, MEETING_STATUSES)
        one_of("date_precision", meeting.date_precision, DATE_PRECISIONS)
        if (meeting.date is None) != (meeting.date_precision == "unknown"):
            problems.append(
                f"meeting {meeting.local_key!r}: date {meeting.date} with {meeting.date_precision!r}"
            )
        if not 0.0 <= meeting.confidence <= 1.0:
            problems.append(f"meeting {meeting.local_key!r}: confidence {meeting.confidence}")
        for participant in meeting.participants:
            one_of("role", participant.role, PARTICIPANT_ROLES)
            if participant.local_key not in actor_keys:
                problems.append(
                    f"meeting {meeting.local_key!r}: unknown participant {participant.local_key!r}"
                )
        for evidence in meeting.evidence:
            span("meeting evidence", evidence.char_start, evidence.char_end, None)
            sentence("meeting evidence", evidence.sentence_index)
    for quote in extraction.quotes:
        span("quote", quote.char_start, quote.char_end, quote.quote_text)
        sentence("quote", quote.sentence_index)
        one_of("quote_type", quote.quote_type, QUOTE_TYPES)
        one_of("speaker_resolution", quote.speaker_resolution, SPEAKER_RESOLUTIONS)
        if quote.speaker_local_key is not None and quote.speaker_local_key not in actor_keys:
            problems.append(f"quote at {quote.char_start}: unknown speaker {quote.speaker_local_key!r}")
        if quote.meeting_local_key is not None and quote.meeting_local_key not in meeting_keys:
            problems.append(f"quote at {quote.char_start}: unknown meeting {quote.meeting_local_key!r}")
        if not 0.0 <= quote.confidence <= 1.0:
            problems.append(f"quote at {quote.char_start}: confidence {quote.confidence}")
    return problems


def read_contract_tables(tables_dir: Path = Path("data/tables")) -> dict[str, pd.DataFrame]:
    """Every contract table, as pandas reads it from Parquet; a missing one is a StageError."""
    missing = [name for name in CONTRACT if not (tables_dir / f"{name}.parquet").is_file()]
    if missing:
        raise StageError(f"missing table(s) in {tables_dir}: {', '.join(missing)}")
    return {name: read_parquet(tables_dir / f"{name}.parquet") for name in CONTRACT}


def validate_tables(tables: Mapping[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Validate every table with its schema; the span checks see the article texts."""
    texts = texts_by_article(tables["articles"])
    return {name: validate(frame, CONTRACT[name].schema(texts)) for name, frame in tables.items()}
