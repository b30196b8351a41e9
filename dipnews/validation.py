"""Validate a stage's output with its pandera schema, and fail with a short, readable report.

Validation is lazy (every failed check is collected, not just the first). The full list of
failure cases is written to ``reports/failures/<table>.csv``; the stage prints a summary naming
the table, the column, the check and a few failing rows, and exits non-zero.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from functools import wraps
from pathlib import Path
from typing import Any

import pandas as pd
import pandera.errors
import pandera.pandas as pa

from dipnews.io import conform, write_text_atomic
from schemas._base import arrow_schema

FAILURES_DIR = Path("reports/failures")
MAX_EXAMPLES = 5


class StageError(Exception):
    """A failure the user should read as one message, without a traceback."""


def summarize_failures(table: str, failure_cases: pd.DataFrame, max_examples: int = MAX_EXAMPLES) -> str:
    """One line per failed check: where (column or whole rows), how many rows, a few row numbers and values."""
    lines = [f"table '{table}' failed validation: {len(failure_cases)} failure case(s)"]
    for check, cases in failure_cases.groupby("check", dropna=False, sort=True):
        columns = sorted({c for c in cases["column"].dropna() if isinstance(c, str)})
        rows = sorted({int(i) for i in cases["index"].dropna()})
        if len(columns) == 1:
            where = f"column '{columns[0]}'"
            values = [repr(v)[:60] for v in cases["failure_case"].head(max_examples)]
            example = f"values {values}"
        else:  # a dataframe-level check: pandera reports every column of each failing row
            where = f"rows of '{table}'"
            example = f"columns {columns[:8]}"
        n_rows = len(rows) or len(cases)
        lines.append(f"  - {where}: check {check}: {n_rows} row(s); e.g. rows {rows[:max_examples]} {example}")
    return "\n".join(lines)


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
    conformed = conform(df, arrow_schema(schema))
    try:
        return schema.validate(conformed, lazy=True)
    except pandera.errors.SchemaErrors as errors:
        cases = errors.failure_cases
        message = summarize_failures(table, cases)
        if failures_dir is not None:
            path = Path(failures_dir) / f"{table}.csv"
            write_text_atomic(path, cases.to_csv(index=False))
            message += f"\n  all failure cases: {path}"
        raise StageError(message) from None


def run_stage(main: Callable[..., Any]) -> Callable[..., Any]:
    """Decorate a stage's ``main``: a StageError becomes one message on stderr and exit status 1."""

    @wraps(main)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return main(*args, **kwargs)
        except StageError as error:
            print(f"error: {error}", file=sys.stderr)
            sys.exit(1)

    return wrapper


def texts_by_article(articles: pd.DataFrame) -> Mapping[str, str]:
    return dict(zip(articles["article_id"], articles["text"], strict=True))
