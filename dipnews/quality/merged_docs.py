"""Data Docs of the merged outcomes: one page per table, whatever rows the suites ran on this time.

The validate stage runs a table's suite only on the rows it has no remembered result for, a batch at a
time (:mod:`dipnews.quality.streaming_runner`), so no single GX run saw the whole table. The page of a
table is GX's rendering of one validation result whose expectation results are the merged outcomes of
``validation.json``: success, the failing rows counted over the whole table, the first five examples in key
order, the observed value of the whole-table expectations. It is rebuilt from those outcomes on every
run, so a warm run gives the pages of a cold run.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from great_expectations.core.run_identifier import RunIdentifier
from great_expectations.data_context.types.resource_identifiers import (
    ExpectationSuiteIdentifier,
    ValidationResultIdentifier,
)

from dipnews.quality.runner import DATASOURCE, DOCS_SITE, ExpectationOutcome, _outcome, _outcome_order
from schemas import CONTRACT

# The run time GX files the pages under; the stage replaces every run time by the release date anyway.
_RUN_TIME = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


def _example_text(example: Any) -> str:
    if isinstance(example, Mapping):
        return ", ".join(f"{column}: {value!r}" for column, value in example.items())
    return repr(example)


def rendered_result(outcome: ExpectationOutcome, n_rows: int) -> dict[str, Any]:
    """What GX's renderer reads of an expectation's result, from the merged outcome."""
    if outcome.unexpected_count is None:
        return {"observed_value": outcome.observed_value}
    examples = [_example_text(example) for example in outcome.examples]
    return {
        "element_count": n_rows,
        "unexpected_count": outcome.unexpected_count,
        "unexpected_percent": 100.0 * outcome.unexpected_count / n_rows if n_rows else 0.0,
        "partial_unexpected_list": examples,
    }


def _exception_info(outcome: ExpectationOutcome) -> dict[str, Any]:
    return {
        "raised_exception": outcome.error is not None,
        "exception_message": outcome.error,
        "exception_traceback": None,
    }


def merged_result(result: Any, outcomes: list[ExpectationOutcome], n_rows: int) -> Any:
    """GX's suite ``result`` of some run on the table, its expectation results replaced by ``outcomes``."""
    by_order = {_outcome_order(o): o for o in outcomes}
    for expectation in result.results:
        outcome = by_order[_outcome_order(_outcome(outcomes[0].table, expectation))]
        expectation.success = outcome.success
        expectation.result = rendered_result(outcome, n_rows)
        expectation.exception_info = _exception_info(outcome)
    result.results.sort(key=lambda r: _outcome_order(_outcome(outcomes[0].table, r)))
    passed = sum(o.success for o in outcomes)
    result.success = passed == len(outcomes)
    result.statistics = {
        "evaluated_expectations": len(outcomes),
        "successful_expectations": passed,
        "unsuccessful_expectations": len(outcomes) - passed,
        "success_percent": 100.0 * passed / len(outcomes) if outcomes else None,
    }
    # A fingerprint of the frame GX ran on, which was some of the rows: the page is about all of them.
    result.meta.get("batch_markers", {}).pop("pandas_data_fingerprint", None)
    return result


def build_merged_docs(
    context: Any, results: Mapping[str, Any], outcomes: list[ExpectationOutcome], rows: Mapping[str, int]
) -> None:
    """Store each table's merged result in ``context`` and build its Data Docs site."""
    store = context.validation_results_store
    for table in CONTRACT:
        table_outcomes = [o for o in outcomes if o.table == table]
        identifier = ValidationResultIdentifier(
            expectation_suite_identifier=ExpectationSuiteIdentifier(name=table),
            run_id=RunIdentifier(run_name=None, run_time=_RUN_TIME),
            batch_identifier=f"{DATASOURCE}-{table}",
        )
        store.set(identifier, merged_result(results[table], table_outcomes, rows[table]))
    context.build_data_docs(site_names=[DOCS_SITE])
