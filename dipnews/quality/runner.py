"""Run the suites in an ephemeral great-expectations context and summarise the outcome.

The summary (:meth:`QualityReport.as_json`) holds no run ids or timestamps, so the same tables give
the same ``reports/validation.json``; GX's own Data Docs (HTML, with run timestamps) are built only
when a folder is given.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import great_expectations as gx
import pandas as pd
from great_expectations.data_context.types.base import (
    DataContextConfig,
    InMemoryStoreBackendDefaults,
    ProgressBarsConfig,
)

from dipnews.progress import Progress
from dipnews.quality import cross_table as xt
from dipnews.quality.suites import build_suite
from schemas import CONTRACT

MAX_EXAMPLES = 5
# A value_set longer than this (the ISO code list) is summarised in the JSON, not copied out.
MAX_LISTED_VALUES = 20
DATASOURCE = "dipnews_tables"
DOCS_SITE = "local_site"


@dataclass(frozen=True)
class ExpectationOutcome:
    table: str
    expectation: str
    column: str | None
    kwargs: dict[str, Any]
    success: bool
    unexpected_count: int | None
    observed_value: Any
    examples: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None

    def message(self) -> str:
        where = f"column '{self.column}'" if self.column else "table-level"
        head = f"table '{self.table}', {where}: {self.expectation} failed"
        if self.error:
            return f"{head} with an error: {self.error}"
        if self.unexpected_count is not None:
            return f"{head} on {self.unexpected_count} row(s); e.g. rows {self.examples}"
        return f"{head}: observed {self.observed_value!r}, expected {self.kwargs}"


@dataclass(frozen=True)
class QualityReport:
    rows: dict[str, int]
    outcomes: list[ExpectationOutcome]
    # Rows the suites ran on (the others' results were remembered); None when every row was checked.
    checked_rows: int | None = None

    @property
    def success(self) -> bool:
        return all(outcome.success for outcome in self.outcomes)

    @property
    def failures(self) -> list[ExpectationOutcome]:
        return [outcome for outcome in self.outcomes if not outcome.success]

    def summary(self) -> str:
        failures = self.failures
        if not failures:
            return f"all {len(self.outcomes)} expectations met on {len(self.rows)} tables"
        lines = [f"{len(failures)} of {len(self.outcomes)} expectations failed:"]
        lines += [f"  - {outcome.message()}" for outcome in failures]
        return "\n".join(lines)

    def as_json(self) -> dict[str, Any]:
        tables: dict[str, Any] = {}
        for table, rows in self.rows.items():
            outcomes = [o for o in self.outcomes if o.table == table]
            tables[table] = {
                "rows": rows,
                "success": all(o.success for o in outcomes),
                "evaluated_expectations": len(outcomes),
                "failed_expectations": sum(not o.success for o in outcomes),
                "expectations": [
                    {
                        "expectation": o.expectation,
                        "column": o.column,
                        "kwargs": o.kwargs,
                        "success": o.success,
                        "unexpected_count": o.unexpected_count,
                        "observed_value": o.observed_value,
                        "examples": o.examples,
                        "error": o.error,
                    }
                    for o in outcomes
                ],
            }
        return {
            "success": self.success,
            "evaluated_expectations": len(self.outcomes),
            "failed_expectations": len(self.failures),
            "tables": tables,
        }


def _plain(value: Any) -> Any:
    """JSON-safe, stable rendering of the values GX returns (numpy scalars, dates, NaN, tuples)."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, str | bytes):
        try:
            value = value.item()
        except (ValueError, AttributeError):
            return str(value)
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def _summarise_kwargs(kwargs: Mapping[str, Any]) -> dict[str, Any]:
    shown: dict[str, Any] = {}
    for key, value in kwargs.items():
        if key in {"batch_id", "result_format"}:
            continue
        if isinstance(value, list) and len(value) > MAX_LISTED_VALUES:
            shown[key] = f"<{len(value)} values>"
        else:
            shown[key] = _plain(value)
    return shown


def _outcome(table: str, result: Any) -> ExpectationOutcome:
    config = result.expectation_config
    kwargs = dict(config.kwargs)
    details = result.result or {}
    exception = result.exception_info or {}
    error = exception.get("exception_message") if exception.get("raised_exception") else None
    column = kwargs.get("column") or kwargs.get("column_A")
    return ExpectationOutcome(
        table=table,
        expectation=config.type,
        column=column,
        kwargs=_summarise_kwargs(kwargs),
        success=bool(result.success),
        unexpected_count=_plain(details.get("unexpected_count")),
        observed_value=_plain(details.get("observed_value")),
        examples=_plain(list(details.get("unexpected_index_list") or [])[:MAX_EXAMPLES]),
        error=error,
    )


def _outcome_order(outcome: ExpectationOutcome) -> tuple[str, str, str]:
    return (outcome.column or "", outcome.expectation, json.dumps(outcome.kwargs, sort_keys=True))


def _context(data_docs_dir: Path | None) -> Any:
    """A fresh in-memory context (its own config object: GX's default one is shared between calls)."""
    sites: dict[str, Any] = {}
    if data_docs_dir is not None:
        sites[DOCS_SITE] = {
            "class_name": "SiteBuilder",
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            "store_backend": {
                "class_name": "TupleFilesystemStoreBackend",
                "base_directory": str(Path(data_docs_dir).resolve()),
            },
        }
    config = DataContextConfig(
        store_backend_defaults=InMemoryStoreBackendDefaults(init_temp_docs_sites=False),
        data_docs_sites=sites,
        analytics_enabled=False,
    )
    context = gx.get_context(project_config=config, mode="ephemeral")
    # One progress bar per metric batch would fill the DVC log with carriage returns.
    context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    return context


def table_checkpoint(context: Any, datasource: Any, table: str) -> Any:
    """One table's suite behind its own checkpoint: a checkpoint's batch parameters (the dataframe) apply
    to all of its validation definitions, and every table is a different frame. No Data Docs action:
    each would rebuild the whole site (recompiling its templates); the caller builds it once."""
    batch = datasource.add_dataframe_asset(table).add_batch_definition_whole_dataframe(f"{table}_whole")
    suite = context.suites.add(build_suite(table))
    definition = context.validation_definitions.add(
        gx.ValidationDefinition(name=table, data=batch, suite=suite)
    )
    return context.checkpoints.add(
        gx.Checkpoint(
            name=f"validate_{table}",
            validation_definitions=[definition],
            actions=[],
            result_format={
                "result_format": "COMPLETE",
                "unexpected_index_column_names": list(CONTRACT[table].KEY),
            },
        )
    )


def run_suites(
    tables: Mapping[str, pd.DataFrame], data_docs_dir: Path | None = None, progress: Progress | None = None
) -> QualityReport:
    """Validate every contract table with its suite; build GX Data Docs into ``data_docs_dir`` if given.

    ``progress`` is advanced by one per table checked (large tables take minutes), and told when the
    Data Docs are being built.
    """
    checked = xt.with_cross_table_columns(tables)
    parameters = xt.row_count_parameters(tables)
    context = _context(data_docs_dir)
    datasource = context.data_sources.add_pandas(DATASOURCE)
    outcomes: list[ExpectationOutcome] = []
    for table in CONTRACT:
        checkpoint = table_checkpoint(context, datasource, table)
        run = checkpoint.run(
            batch_parameters={"dataframe": checked[table]}, expectation_parameters=parameters
        )
        table_outcomes = [_outcome(table, r) for suite in run.run_results.values() for r in suite.results]
        # GX orders results by its metric graph; a fixed order keeps validation.json diffable.
        outcomes.extend(sorted(table_outcomes, key=_outcome_order))
        if progress is not None:
            progress.advance(doing=f"{table} checked ({len(outcomes)} expectations so far)")
    if data_docs_dir is not None:
        if progress is not None:
            progress.advance(0, doing="building the Data Docs")
        # The validation results are in the context's (in-memory) store: one build renders them all.
        context.build_data_docs(site_names=[DOCS_SITE])
    rows = {table: len(tables[table]) for table in CONTRACT}
    return QualityReport(rows=rows, outcomes=outcomes)


# GX writes the run time into Data Docs (folder names, page text, an image URL) and gives page
# elements random UUIDs: two runs on the same tables would differ, and so would DVC's record of the
# folder. Both are replaced by values derived from the content, so the same tables give the same
# Data Docs byte for byte.
_COMPACT_TIME = re.compile(r"\d{8}T\d{6}\.\d{6}Z")
_ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?")
_SPACED_TIME = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC")
_SORT_TIME = re.compile(r"('_run_time_sort': )\d+(?:\.\d+)?")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_TEXT_SUFFIXES = {".html", ".json", ".js", ".css", ".txt"}


def normalise_data_docs(folder: Path, day: dt.date) -> None:
    """Make a Data Docs folder reproducible: run times become ``day``, UUIDs numbered in page order."""
    compact = day.strftime("%Y%m%dT000000.000000Z")
    iso = f"{day.isoformat()}T00:00:00Z"
    spaced = f"{day.isoformat()} 00:00:00 UTC"
    epoch = str(int(dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC).timestamp()))
    for path in sorted(folder.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        if path.is_dir() and _COMPACT_TIME.fullmatch(path.name):
            path.rename(path.with_name(compact))
    uuids: dict[str, str] = {}

    def stable_uuid(match: re.Match[str]) -> str:
        found = match.group(0)
        if found not in uuids:
            digest = hashlib.sha256(f"data-docs-{len(uuids)}".encode()).digest()
            uuids[found] = str(uuid.UUID(bytes=digest[:16], version=4))
        return uuids[found]

    for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in _TEXT_SUFFIXES):
        text = path.read_text(encoding="utf-8")
        fixed = _COMPACT_TIME.sub(compact, text)
        fixed = _SPACED_TIME.sub(spaced, _ISO_TIME.sub(iso, fixed))
        fixed = _UUID.sub(stable_uuid, _SORT_TIME.sub(lambda m: m.group(1) + epoch, fixed))
        if fixed != text:
            path.write_text(fixed, encoding="utf-8")
