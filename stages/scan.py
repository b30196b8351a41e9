"""Stage `scan`: the input folder -> ``data/interim/manifest.parquet`` (see :mod:`dipnews.ingest.scan`).

It runs on every ``dvc repro`` (``always_changed``) and is cheap next to ingest: it lists the
folder and hashes the files. ``ingest`` depends on the manifest, so it re-runs exactly when an
entry was added, removed or changed, and DVC itself never has to hash the raw folder.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from dipnews.ingest.scan import MANIFEST_PATH, MANIFEST_SCHEMA, manifest_frame, scan_folder
from dipnews.io import write_parquet_atomic
from dipnews.params import checked_params
from dipnews.quality.stage_validation import StageError, run_stage


@run_stage
def main() -> None:
    input_dir = Path(checked_params()["ingest"]["input_dir"])
    if not input_dir.is_dir():
        raise StageError(f"ingest.input_dir '{input_dir}' is not a folder: set it in params.yaml")
    manifest = manifest_frame(scan_folder(input_dir))
    write_parquet_atomic(manifest, MANIFEST_PATH, MANIFEST_SCHEMA)
    reasons = Counter(manifest["reason"].dropna())
    not_read = ", ".join(f"{reason} {n}" for reason, n in sorted(reasons.items()))
    n_files = int(manifest["reason"].isna().sum())
    print(
        f"scan: {n_files} file(s) to read in {input_dir}" + (f"; not read: {not_read}" if not_read else ""),
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
