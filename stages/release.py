"""DVC stage `release`: the citable release in data/release/, and the plots in reports/plots/.

Writes the contract's tables (sorted by key, explicit Arrow types), ``datapackage.json``
(generated from the pandera schemas), ``CITATION.cff`` (checked against the CFF 1.2.0 schema),
the dataset card ``README.md`` and ``SHA256SUMS``; every byte is a function of the tables, the
metrics, params and the code, so a rerun reproduces the release exactly. Refuses to release
tables the validate stage did not pass.
"""

from __future__ import annotations

import io
import json
import shutil
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq

from dipnews.io import (
    PARQUET_OPTIONS,
    OutputDirError,
    claim_output_dir,
    replace_directory,
    to_arrow,
    write_bytes_atomic,
    write_text_atomic,
)
from dipnews.params import checked_params
from dipnews.quality.batch_validation import BatchValidator
from dipnews.quality.stage_validation import StageError, run_stage
from dipnews.quality.validated_cache import ValidatedFiles, ensure_validated
from dipnews.release.card import BuildInfo, build_card, repository_is_published
from dipnews.release.checksums import SHA256SUMS, sha256sums
from dipnews.release.citation import build_citation, citation_errors, citation_text
from dipnews.release.datapackage import FileFacts, build_datapackage
from dipnews.release.dataset_params import dataset_errors
from dipnews.release.plots import (
    csv_bytes,
    meetings_per_month,
    meetings_per_month_png,
    most_quoted_actors,
    most_quoted_actors_png,
    who_met_whom_png,
)
from dipnews.release.report_page import ReportInputs, data_docs_links, report_page
from dipnews.release.table_files import publisher_counts as file_publisher_counts
from dipnews.release.table_files import release_plots_from_files, row_counts
from schemas import CONTRACT
from schemas._base import arrow_schema

TABLES_DIR = Path("data/tables")
NO_PUBLISHER = "(not named)"
METRICS_PATH = Path("metrics/accuracy.json")
# Written by `python -m dipnews.evaluation.external --json metrics/external.json` where the external
# corpora are at hand, and committed: a fresh clone has no corpora, but its card keeps the figures.
EXTERNAL_PATH = Path("metrics/external.json")
VALIDATION_PATH = Path("reports/validation.json")
HEADLINE_DIR = Path("metrics/headline")  # the evaluate stage's headline figures, one file per gold set
REPORTS_DIR = Path("reports")
PLOTS_DIR = REPORTS_DIR / "plots"
REPORT_PAGE = REPORTS_DIR / "index.html"
# The release's CITATION.cff, also at the repository's root, where GitHub's "Cite this repository" reads it.
ROOT_CITATION = Path("CITATION.cff")
DATA_DOCS_DIR = REPORTS_DIR / "data_docs"
# Settings that decide how fast the pipeline runs, not what it extracts: left out of the card.
EXECUTION_ONLY_PARAMS = frozenset(
    {"executor", "n_process", "batch_size", "chunk_size", "dask_scheduler", "cache_dir"}
)


@dataclass(frozen=True)
class Release:
    # name inside the release folder -> bytes, or the file to copy (a table, streamed, never loaded)
    files: dict[str, bytes | Path]
    plots: dict[str, bytes]  # name inside reports/plots -> bytes


def parquet_bytes(df: pd.DataFrame, table: str) -> bytes:
    """The table sorted by its key and written with its explicit Arrow schema and fixed settings."""
    key = list(CONTRACT[table].KEY)
    ordered = df.sort_values(key, kind="stable").reset_index(drop=True)
    buffer = io.BytesIO()
    pq.write_table(to_arrow(ordered, arrow_schema(CONTRACT[table].schema())), buffer, **PARQUET_OPTIONS)
    return buffer.getvalue()


def card_abstract(dataset: Mapping[str, Any], counts: Mapping[str, int]) -> str:
    return (
        f"{dataset['title']}. Release {dataset['version']}: {counts['articles']} English news articles, "
        f"{counts['actors']} actors, {counts['meetings']} meetings and {counts['quotations']} quotations, "
        "extracted with a spaCy-based rule pipeline, with character offsets into the article texts."
    )


def build_release(
    tables: Mapping[str, pd.DataFrame],
    dataset: Mapping[str, Any],
    metrics: Mapping[str, Any],
    validation: Mapping[str, Any],
    build: BuildInfo,
    external: Mapping[str, Any] | None = None,
) -> Release:
    """The stage's logic on tables in memory, without file I/O: every released file and plot as bytes."""
    table_files: dict[str, bytes | Path] = {
        f"{table}.parquet": parquet_bytes(tables[table], table) for table in CONTRACT
    }
    facts = TableFacts(
        counts={table: len(tables[table]) for table in CONTRACT},
        publishers=publisher_counts(tables["articles"]),
    )
    files = release_files(table_files, facts, ReleaseInputs(dataset, metrics, validation, build, external))
    return Release(files=files, plots=release_plots(tables))


@dataclass(frozen=True)
class TableFacts:
    counts: dict[str, int]  # table -> rows
    publishers: dict[str, int]  # publisher (or "(not named)") -> articles


@dataclass(frozen=True)
class ReleaseInputs:
    dataset: Mapping[str, Any]
    metrics: Mapping[str, Any]
    validation: Mapping[str, Any]
    build: BuildInfo
    external: Mapping[str, Any] | None = None


def publisher_counts(articles: pd.DataFrame) -> dict[str, int]:
    publishers = articles["publisher"].fillna(NO_PUBLISHER).value_counts()
    return {str(k): int(v) for k, v in publishers.items()}


def release_files(
    table_files: Mapping[str, bytes | Path], facts: TableFacts, inputs: ReleaseInputs
) -> dict[str, bytes | Path]:
    """The release folder's files: the tables as given, the Data Package, CITATION.cff, the card, sums."""
    dataset, counts = inputs.dataset, facts.counts
    files: dict[str, bytes | Path] = dict(table_files)
    package = build_datapackage(
        dataset, {table: FileFacts(path=f"{table}.parquet", rows=counts[table]) for table in CONTRACT}
    )
    files["datapackage.json"] = (
        json.dumps(package, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    ).encode()
    citation = build_citation(dataset, card_abstract(dataset, counts))
    cff = citation_text(citation)
    errors = citation_errors(cff)
    if errors:
        raise StageError("CITATION.cff is not valid CFF 1.2.0: " + "; ".join(errors))
    files["CITATION.cff"] = cff.encode("utf-8")
    card = build_card(
        dataset,
        counts,
        inputs.metrics,
        inputs.build,
        citation,
        facts.publishers,
        inputs.validation,
        inputs.external,
    )
    files["README.md"] = card.encode("utf-8")
    files[SHA256SUMS] = sha256sums(files).encode("utf-8")
    return files


def release_plots(tables: Mapping[str, pd.DataFrame]) -> dict[str, bytes]:
    """reports/plots/: each chart's data (CSV) and its rendering (PNG, readable offline)."""
    per_month = meetings_per_month(tables["meetings"])
    quoted = most_quoted_actors(tables["quotations"], tables["actors"])
    return {
        "meetings_per_month.csv": csv_bytes(per_month),
        "meetings_per_month.png": meetings_per_month_png(per_month),
        "most_quoted_actors.csv": csv_bytes(quoted),
        "most_quoted_actors.png": most_quoted_actors_png(quoted),
        "who_met_whom.png": who_met_whom_png(tables["meeting_participants"], tables["actors"]),
    }


def build_info(params: Mapping[str, Any]) -> BuildInfo:
    from dipnews.nlp.annotate import extraction_code_version

    try:
        package_version = metadata.version("dipnews")
    except metadata.PackageNotFoundError:
        package_version = "unknown"
    annotate = {k: v for k, v in params["annotate"].items() if k not in EXECUTION_ONLY_PARAMS}
    pipeline = {"ingest": params["ingest"], "annotate": annotate, "consolidate": params["consolidate"]}
    return BuildInfo(
        model=str(params["annotate"]["model"]),
        # From the installed distribution's metadata: importing spaCy costs half a second.
        spacy_version=metadata.version("spacy"),
        package_version=package_version,
        extraction_code_version=extraction_code_version(),
        pipeline_params=pipeline,
    )


def datapackage_errors(folder: Path, full: bool = False) -> list[str]:
    """What frictionless reports for a release folder's ``datapackage.json`` (empty when valid).

    The stage checks the descriptor (fields, types, constraints, keys); with ``full`` every row is
    read as well, which is what ``frictionless validate`` does. The rows are already checked by the
    pandera schemas and the great-expectations suites, and frictionless reads Parquet row by row
    through pandas (about 85 s for 15,000 articles), so the full read is left to the tests and to
    users verifying a download.
    """
    import frictionless

    path = folder / "datapackage.json"
    if full:
        report = frictionless.validate(str(path))
    else:
        report = frictionless.Package.validate_descriptor(json.loads(path.read_text(encoding="utf-8")))
    if report.valid:
        return []
    messages = [f"{error.type}: {error.message}" for error in report.errors]
    for task in report.tasks:
        messages += [f"{task.name}: {error.type}: {error.message}" for error in task.errors[:5]]
    return messages


def write_release_folder(out_dir: Path, files: Mapping[str, bytes | Path]) -> None:
    """Replace ``out_dir`` with exactly ``files``: built beside it, checked, then swapped in by renames.

    The Data Package descriptor is validated with frictionless in the new folder, before it replaces
    the old release, so an invalid package is never published.
    """
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    build = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    try:
        build.chmod(0o755)  # mkdtemp makes it private; the release is for everyone to read
        for name, data in files.items():
            if isinstance(data, Path):
                shutil.copyfile(data, build / name)
            else:
                (build / name).write_bytes(data)
        errors = datapackage_errors(build)
        if errors:
            raise StageError("datapackage.json does not validate:\n  " + "\n  ".join(errors[:20]))
        replace_directory(out_dir, build)
    finally:
        shutil.rmtree(build, ignore_errors=True)


def _read_json(path: Path, what: str) -> Any:
    if not path.is_file():
        raise StageError(f"{what} not found: {path} (run the stage that makes it first)")
    return json.loads(path.read_text(encoding="utf-8"))


def write_report_page(
    dataset: Mapping[str, Any],
    counts: Mapping[str, int],
    plots: Mapping[str, bytes],
    validation: Mapping[str, Any],
) -> None:
    """reports/index.html: the release's summary, the validation and plots, links to the Data Docs."""
    headline = {
        path.stem: _read_json(path, "headline figures") for path in sorted(HEADLINE_DIR.glob("*.json"))
    }
    inputs = ReportInputs(
        dataset=dataset,
        counts=counts,
        validation=validation,
        headline=headline,
        plots=plots,
        docs_links=data_docs_links(REPORTS_DIR, DATA_DOCS_DIR),
    )
    write_text_atomic(REPORT_PAGE, report_page(inputs))


def validated_table_files(tables_dir: Path) -> dict[str, Path]:
    """The contract's table files, each checked by its pandera schema a batch at a time unless that
    exact file (with those article texts) passed before: consolidate records what it validated."""
    paths = {table: tables_dir / f"{table}.parquet" for table in CONTRACT}
    missing = [table for table, path in paths.items() if not path.is_file()]
    if missing:
        raise StageError(f"missing table(s) in {tables_dir}: {', '.join(missing)}")
    validator = BatchValidator(paths["articles"])
    try:
        ensure_validated(paths, paths["articles"], validator, ValidatedFiles())
    finally:
        validator.close()
    return paths


@run_stage
def main() -> None:
    params = checked_params()
    errors = dataset_errors(params.get("dataset"))
    if errors:
        raise StageError("\n".join(errors))
    dataset, out_dir = params["dataset"], Path(params["release"]["out_dir"])
    try:  # before any work: a folder the release does not own (data/gold) is never replaced
        claim_output_dir(out_dir, SHA256SUMS)
    except OutputDirError as error:
        raise StageError(f"release.out_dir: {error}") from None
    validation = _read_json(VALIDATION_PATH, "validation report")
    if not validation.get("success"):
        raise StageError(f"{VALIDATION_PATH} records failed expectations: fix the data before releasing")
    metrics = _read_json(METRICS_PATH, "accuracy metrics")
    external = _read_json(EXTERNAL_PATH, "external benchmark") if EXTERNAL_PATH.is_file() else None
    table_paths = validated_table_files(TABLES_DIR)
    facts = TableFacts(row_counts(TABLES_DIR), file_publisher_counts(TABLES_DIR, NO_PUBLISHER))
    inputs = ReleaseInputs(dataset, metrics, validation, build_info(params), external)
    files = release_files({f"{t}.parquet": path for t, path in table_paths.items()}, facts, inputs)
    plots = release_plots_from_files(TABLES_DIR)
    write_release_folder(out_dir, files)
    for name, data in plots.items():
        write_bytes_atomic(PLOTS_DIR / name, data)
    write_report_page(dataset, facts.counts, plots, validation)
    citation = files["CITATION.cff"]
    write_bytes_atomic(ROOT_CITATION, citation.read_bytes() if isinstance(citation, Path) else citation)
    rows = ", ".join(f"{t} {n}" for t, n in facts.counts.items())
    print(
        f"release: {dataset['name']} {dataset['version']} -> {out_dir} ({rows}); {REPORT_PAGE}",
        file=sys.stderr,
    )
    if not repository_is_published(dataset):
        print(
            "release: dataset.repository_url is '.', so the card names no public repository; "
            "set it before tagging (README, Publishing a release)",
            file=sys.stderr,
        )


if __name__ == "__main__":
    main()
