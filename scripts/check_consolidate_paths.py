"""Check that the out-of-core consolidate writes the tables of the in-memory one, byte for byte.

Given a folder holding the annotate stage's inputs and outputs (``ingested.parquet`` and
``extractions.parquet``, e.g. a repository's ``data/interim``), both paths run on them: the in-memory
:func:`dipnews.consolidate.corpus.consolidate`, written as the former stage wrote its tables (the
articles in the streamed path's row groups), and the streamed :func:`write_streamed_tables`. Prints the
SHA-256 of every table from each and exits with status 1 when any differs.

    python scripts/check_consolidate_paths.py data/interim
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
from pathlib import Path

import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dipnews.consolidate import streaming
from dipnews.consolidate.corpus import consolidate
from dipnews.io import PARQUET_OPTIONS, read_parquet, to_arrow
from dipnews.quality.batch_validation import BatchValidator
from schemas import CONTRACT
from schemas._base import arrow_schema


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="folder with ingested.parquet and extractions.parquet")
    folder = parser.parse_args().folder
    contract = {name: arrow_schema(CONTRACT[name].schema()) for name in CONTRACT if name != "rejects"}
    with tempfile.TemporaryDirectory() as work_dir:
        work = Path(work_dir)
        (work / "old").mkdir()
        (work / "new").mkdir()
        ingested, extractions = folder / "ingested.parquet", folder / "extractions.parquet"
        tables = consolidate(read_parquet(ingested), list(streaming.read_extractions(extractions)))
        for name, frame in tables.items():
            groups = streaming.row_group_rows(name)
            table = to_arrow(frame, contract[name])
            pq.write_table(table, work / "old" / f"{name}.parquet", row_group_size=groups, **PARQUET_OPTIONS)
        del tables
        validator = BatchValidator(ingested)
        streaming.write_streamed_tables(
            streaming.StreamInputs(ingested, extractions), work / "new", work / "spill", contract,
            PARQUET_OPTIONS, validator,
        )  # fmt: skip
        differ = []
        for name in contract:
            old, new = ((work / side / f"{name}.parquet").read_bytes() for side in ("old", "new"))
            digests = [hashlib.sha256(data).hexdigest()[:16] for data in (old, new)]
            same = "same" if old == new else "DIFFERENT"
            print(f"{name:<22} {pq.read_metadata(work / 'new' / f'{name}.parquet').num_rows:>9} rows  "
                  f"in memory {digests[0]}  streamed {digests[1]}  {same}")  # fmt: skip
            if old != new:
                differ.append(name)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
