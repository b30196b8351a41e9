"""DVC stage `validate`: great-expectations suites over the contract's tables.

Reads data/tables/<table>.parquet for every table of the data contract a batch of rows at a time
(:mod:`dipnews.quality.streaming_runner`: DuckDB computes the cross-table columns over the files), runs
one GX suite per table (plus the cross-table checks), writes ``<report_dir>/validation.json``
(stable: no run ids or timestamps) and GX's HTML Data Docs under ``<report_dir>/data_docs/``, and
exits non-zero, naming the tables, columns and rows, when any expectation fails. Both reports are written in
either case, so a failed run can be read in the browser.

What the suites found on each row is remembered by the row's content hash in ``data/cache/validate/``
(:mod:`dipnews.quality.checked_rows`; not a DVC output), so a grown corpus runs them on its new and
changed rows only; the reports are those of a cold run either way.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from dipnews.io import replace_directory, write_json_atomic
from dipnews.params import checked_params
from dipnews.progress import Progress
from dipnews.quality.checked_rows import CheckedRows
from dipnews.quality.runner import QualityReport, normalise_data_docs, run_suites
from dipnews.quality.stage_validation import StageError, run_stage
from dipnews.quality.streaming_runner import run_suites_on_files
from schemas import CONTRACT

TABLES_DIR = Path("data/tables")
VALIDATION_JSON = "validation.json"
DATA_DOCS = "data_docs"


def check_tables(
    tables: Mapping[str, pd.DataFrame], data_docs_dir: Path | None = None, progress: Progress | None = None
) -> QualityReport:
    """The stage's logic: run the suites (and build Data Docs into ``data_docs_dir`` if given)."""
    return run_suites(tables, data_docs_dir=data_docs_dir, progress=progress)


@run_stage
def main() -> None:
    params = checked_params()
    report_dir = Path(params["validate"]["report_dir"])
    # Data Docs show the dataset's release date as their run time, so reruns give identical files.
    docs_day = dt.date.fromisoformat(str(params["dataset"]["release_date"]))
    files = {table: TABLES_DIR / f"{table}.parquet" for table in CONTRACT}
    missing = [table for table, path in files.items() if not path.is_file()]
    if missing:
        raise StageError(f"missing table(s) in {TABLES_DIR}: {', '.join(missing)}")
    report_dir.mkdir(parents=True, exist_ok=True)
    build = Path(tempfile.mkdtemp(prefix=f".{DATA_DOCS}.", dir=report_dir))
    build.chmod(0o755)  # mkdtemp makes it private; the Data Docs are for everyone to read
    try:
        progress = Progress("validate", len(files), "tables")
        # The files a batch of rows at a time: memory does not grow with the corpus. The rows checked
        # before (same content, derived columns included) are not checked again.
        report = run_suites_on_files(files, data_docs_dir=build, progress=progress, cache=CheckedRows())
        normalise_data_docs(build, docs_day)
        replace_directory(report_dir / DATA_DOCS, build)
    finally:
        shutil.rmtree(build, ignore_errors=True)
    write_json_atomic(report_dir / VALIDATION_JSON, report.as_json())
    docs_index = report_dir / DATA_DOCS / "index.html"
    if not report.success:
        raise StageError(f"{report.summary()}\n  Data Docs: {docs_index}")
    total = sum(report.rows.values())
    checked = f"; {report.checked_rows:,} of {total:,} rows checked (the others' results remembered)"
    print(f"validate: {report.summary()}{checked}; Data Docs: {docs_index}", file=sys.stderr)


if __name__ == "__main__":
    main()
