"""The suites' expectations as GX states them for a run, and Data Docs of the merged outcomes.

The validate stage runs a table's suite only on the rows it has no remembered result for, a batch at a
time (:mod:`dipnews.quality.streaming_runner`), so no single GX run saw the whole table, and a table
whose rows were all remembered is not run at all. What a run would say of each expectation besides its
verdict (its type, column and arguments, the row-count parameters filled in) is read off the suite here,
as GX's own results state it; the verdicts are the merged ones.

The Data Docs page of a table is GX's rendering of one validation result made of the merged outcomes of
``validation.json``: success, the failing rows counted over the whole table, the first five examples in
key order, the observed value of the whole-table expectations. It is rebuilt from those outcomes on every
run, so a warm run gives the pages of a cold run.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import great_expectations as gx
from great_expectations.core.expectation_validation_result import (
    ExpectationSuiteValidationResult,
    ExpectationValidationResult,
)
from great_expectations.core.run_identifier import RunIdentifier
from great_expectations.data_context.types.resource_identifiers import (
    ExpectationSuiteIdentifier,
    ValidationResultIdentifier,
)

from dipnews.quality.runner import (
    DATASOURCE,
    DOCS_SITE,
    ExpectationOutcome,
    _outcome_order,
    _summarise_kwargs,
)
from schemas import CONTRACT

# The run time GX files the pages under; the stage replaces every run time by the release date anyway.
_RUN_TIME = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
PARAMETER = "$PARAMETER"


def run_configurations(suite: Any, table: str, parameters: Mapping[str, Any]) -> list[Any]:
    """The suite's expectation configurations as a run on ``table``'s batch states them: the batch named,
    the row-count parameters filled in."""
    configurations = []
    for expectation in suite.expectations:
        configuration = expectation.configuration
        kwargs = {"batch_id": f"{DATASOURCE}-{table}"}
        for name, value in configuration.kwargs.items():
            is_parameter = isinstance(value, Mapping) and set(value) == {PARAMETER}
            kwargs[name] = parameters[value[PARAMETER]] if is_parameter else value
        configuration.kwargs = kwargs
        configurations.append(configuration)
    return configurations


def outcome_shell(table: str, configuration: Any) -> ExpectationOutcome:
    """An expectation's outcome before any verdict: what it is, on which column, with which arguments."""
    kwargs = dict(configuration.kwargs)
    return ExpectationOutcome(
        table=table,
        expectation=configuration.type,
        column=kwargs.get("column") or kwargs.get("column_A"),
        kwargs=_summarise_kwargs(kwargs),
        success=True,
        unexpected_count=None,
        observed_value=None,
    )


def _example_text(example: Any) -> str:
    if isinstance(example, Mapping):
        return ", ".join(f"{column}: {value!r}" for column, value in example.items())
    return repr(example)


def rendered_result(outcome: ExpectationOutcome, n_rows: int) -> dict[str, Any]:
    """What GX's renderer reads of an expectation's result, from the merged outcome."""
    if outcome.unexpected_count is None:
        return {"observed_value": outcome.observed_value}
    return {
        "element_count": n_rows,
        "unexpected_count": outcome.unexpected_count,
        "unexpected_percent": 100.0 * outcome.unexpected_count / n_rows if n_rows else 0.0,
        "partial_unexpected_list": [_example_text(example) for example in outcome.examples],
    }


def merged_result(
    table: str, configurations: list[Any], outcomes: list[ExpectationOutcome], n_rows: int
) -> ExpectationSuiteValidationResult:
    """One validation result of ``table`` whose expectation results are the merged ``outcomes``."""
    by_order = {_outcome_order(o): o for o in outcomes}
    results = []
    for configuration in sorted(configurations, key=lambda c: _outcome_order(outcome_shell(table, c))):
        outcome = by_order[_outcome_order(outcome_shell(table, configuration))]
        exception = {"raised_exception": outcome.error is not None, "exception_message": outcome.error}
        results.append(
            ExpectationValidationResult(
                success=outcome.success,
                expectation_config=configuration,
                result=rendered_result(outcome, n_rows),
                exception_info={**exception, "exception_traceback": None},
            )
        )
    passed = sum(o.success for o in outcomes)
    statistics = {
        "evaluated_expectations": len(outcomes),
        "successful_expectations": passed,
        "unsuccessful_expectations": len(outcomes) - passed,
        "success_percent": 100.0 * passed / len(outcomes) if outcomes else None,
    }
    return ExpectationSuiteValidationResult(
        success=passed == len(outcomes),
        results=results,
        suite_name=table,
        statistics=statistics,
        meta=_meta(table),
    )


def _meta(table: str) -> dict[str, Any]:
    """The page's header: the table's data asset, the run; no fingerprint of the rows a run saw."""
    dataframe = {"dataframe": "<DATAFRAME>"}
    return {
        "great_expectations_version": gx.__version__,
        "batch_spec": {"batch_data": "PandasDataFrame"},
        "active_batch_definition": {
            "datasource_name": DATASOURCE,
            "data_connector_name": "fluent",
            "data_asset_name": table,
            "batch_identifiers": dataframe,
        },
        "run_id": {"run_name": None, "run_time": _RUN_TIME.isoformat()},
        "validation_time": _RUN_TIME.isoformat(),
        "batch_parameters": dataframe,
    }


def build_merged_docs(
    context: Any,
    configurations: Mapping[str, list[Any]],
    outcomes: list[ExpectationOutcome],
    rows: Mapping[str, int],
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
        store.set(identifier, merged_result(table, configurations[table], table_outcomes, rows[table]))
    context.build_data_docs(site_names=[DOCS_SITE])
