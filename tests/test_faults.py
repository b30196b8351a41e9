"""Faults: interrupted writes, killed stages and damaged intermediate files.

A stage killed at any moment leaves either the previous complete output or none, never a partial
file that a later stage or DVC could take as valid, and the next run recovers by itself. A damaged
or off-contract input stops a stage with a short report and a non-zero exit, not a traceback.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path

import pandas as pd
import psutil
import pyarrow
import pyarrow.parquet as pq
import pytest
import yaml

from dipnews.io import (
    InputFileError,
    ParquetBatchWriter,
    atomic_path,
    read_parquet,
    remove_stale_temporaries,
    write_parquet_atomic,
    write_text_atomic,
)
from dipnews.quality.stage_validation import (
    StageError,
    run_stage,
    summarize_failures,
    texts_by_article,
    validate,
)
from schemas import articles, rejects

REPO_ROOT = Path(__file__).resolve().parents[1]
SCHEMA = pyarrow.schema([pyarrow.field("n", pyarrow.int32())])
# Generated words for the kill test's corpus (not from any corpus): enough distinct articles that
# the ingest stage writes many batches, so there is a "middle" to be killed in.
WORDS = tuple(
    "minister said the talks were held in the capital on Monday and both sides agreed to continue "  # noqa: SIM905
    "cooperation on trade security energy fisheries and transport after the meeting".split(" ")
)


def _frame(n: int) -> pd.DataFrame:
    return pd.DataFrame({"n": list(range(n))})


def _temporaries(folder: Path) -> list[Path]:
    return sorted(folder.glob(".*.tmp"))


# ---------------------------------------------------------------------------------------------
# Atomic writes, in-process


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    write_text_atomic(target, "complete old content\n")
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_text("half of the new con", encoding="utf-8")
        raise RuntimeError("the process failed mid-write")
    assert target.read_text(encoding="utf-8") == "complete old content\n"
    assert _temporaries(tmp_path) == []


def test_an_aborted_batch_writer_keeps_the_old_table(tmp_path: Path) -> None:
    target = tmp_path / "table.parquet"
    write_parquet_atomic(_frame(3), target, SCHEMA)
    before = target.read_bytes()
    with pytest.raises(ValueError), ParquetBatchWriter(target, SCHEMA) as writer:
        writer.write(_frame(10))
        assert _temporaries(tmp_path), "the batches go to a temporary file"
        raise ValueError("a batch failed validation")
    assert target.read_bytes() == before
    assert _temporaries(tmp_path) == []


def test_a_finished_batch_writer_replaces_the_table(tmp_path: Path) -> None:
    target = tmp_path / "table.parquet"
    with ParquetBatchWriter(target, SCHEMA) as writer:
        writer.write(_frame(2))
        writer.write(_frame(0))
        writer.write(_frame(3))
        assert not target.exists()
    assert pq.read_table(target).num_rows == 5 and writer.rows_written == 5
    assert pq.ParquetFile(target).metadata.num_row_groups == 2
    assert oct(target.stat().st_mode & 0o777) != oct(0o600)  # ordinary permissions, not mkstemp's


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_temporaries_of_killed_writers_are_removed_on_the_next_write(tmp_path: Path) -> None:
    target = tmp_path / "table.parquet"
    dead = _dead_pid()
    stale = tmp_path / f".table.parquet.{dead}.k2j4.tmp"
    legacy = tmp_path / ".table.parquet.x8y7z6.tmp"  # the name before pids were recorded
    live = tmp_path / f".table.parquet.{os.getpid()}.a1b2.tmp"  # a writer still running
    other = tmp_path / f".other.parquet.{dead}.q1.tmp"  # another output's: not ours to touch
    for path in (stale, legacy, live, other):
        path.write_bytes(b"PAR1 half a file")
    write_parquet_atomic(_frame(1), target, SCHEMA)
    assert not stale.exists() and not legacy.exists()
    assert live.exists() and other.exists()
    assert remove_stale_temporaries(tmp_path / "other.parquet") == [other]


def test_a_missing_or_damaged_parquet_file_is_an_input_file_error(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match=r"cannot read .*missing\.parquet"):
        read_parquet(tmp_path / "missing.parquet")
    damaged = tmp_path / "damaged.parquet"
    write_parquet_atomic(_frame(100), damaged, SCHEMA)
    damaged.write_bytes(damaged.read_bytes()[:-30])  # a truncated copy, as a crash mid-copy leaves it
    with pytest.raises(InputFileError, match=r"damaged\.parquet"):
        read_parquet(damaged)


# ---------------------------------------------------------------------------------------------
# Readable reports, in-process


def _ingested(n: int) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "article_id": [f"{i:016x}" for i in range(n)],
            "source_path": [f"{i}.txt" for i in range(n)],
            "published_date": [None] * n,
            "title": [None] * n,
            "url": [None] * n,
            "publisher": [None] * n,
            "text": ["The minister met the president."] * n,
        }
    )


def test_a_value_of_the_wrong_type_is_reported_like_a_failed_check(tmp_path: Path) -> None:
    frame = _ingested(4)
    frame["published_date"] = [None, "17 April", None, "2023-13-45"]
    with pytest.raises(StageError) as error:
        validate(frame, articles.ingested_schema(), failures_dir=tmp_path)
    message = str(error.value)
    assert "table 'ingested_articles'" in message
    assert "column 'published_date'" in message and "arrow_type(date32" in message
    assert "rows [1, 3]" in message and "'17 April'" in message
    assert len(message.splitlines()) <= 4
    assert "17 April" in (tmp_path / "ingested_articles.csv").read_text(encoding="utf-8")


def test_the_summary_handles_row_labels_that_are_not_numbers() -> None:
    cases = pd.DataFrame(
        {"column": ["reason"], "check": ["isin"], "failure_case": ["because"], "index": ["row-a"]}
    )
    assert "rows ['row-a']" in summarize_failures("rejects", cases)


def test_run_stage_turns_failures_into_one_message(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    @run_stage
    def bad_params() -> None:
        raise StageError("params.yaml: ingest.max_bytes must be a number")

    @run_stage
    def damaged_input() -> None:
        (tmp_path / "x.parquet").write_bytes(b"not a parquet file")
        read_parquet(tmp_path / "x.parquet")

    @run_stage
    def bug() -> None:
        texts_by_article(None)  # type: ignore[arg-type]  (the bug under test)

    for stage, expected in [
        (bad_params, "error: params.yaml: ingest.max_bytes must be a number"),
        (damaged_input, "cannot read or write a file: InputFileError: cannot read"),
        (bug, "failed: AttributeError: 'NoneType' object has no attribute 'columns'"),
    ]:
        with pytest.raises(SystemExit) as exit_info:
            stage()
        assert exit_info.value.code == 1
        err = capsys.readouterr().err
        assert expected in err.strip().splitlines()[0 if stage is not bug else -1], err
        if stage is not bug:  # an expected failure: no traceback at all
            assert "Traceback" not in err and len(err.strip().splitlines()) <= 2
        else:  # a bug: the traceback for whoever fixes it, and the summary as the last line
            assert (
                "Traceback" in err
                and "(at dipnews/quality/stage_validation.py:" in err.strip().splitlines()[-1]
            )


# ---------------------------------------------------------------------------------------------
# Real stage processes


def _environment() -> dict[str, str]:
    return {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "DVC_NO_ANALYTICS": "1",
    }


def _stage_copy(target: Path, params: dict[str, object] | None = None) -> Path:
    """Code, params and pipeline of the repository, without data."""
    for name in ("dipnews", "stages", "schemas", "seeds"):
        shutil.copytree(REPO_ROOT / name, target / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("params.yaml", "dvc.yaml"):
        shutil.copy2(REPO_ROOT / name, target / name)
    if params:
        values = yaml.safe_load((target / "params.yaml").read_text(encoding="utf-8"))
        for section, settings in params.items():
            values[section].update(settings)
        (target / "params.yaml").write_text(yaml.safe_dump(values, sort_keys=False), encoding="utf-8")
    return target


def _run(repo: Path, *command: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=repo, env=_environment(), capture_output=True, text=True, timeout=timeout
    )


def _write_corpus(folder: Path, n_files: int, seed: int = 0) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n_files):
        words = [WORDS[(i * 7 + j * (seed + 3)) % len(WORDS)] for j in range(250)]
        (folder / f"{seed}_{i:05d}.txt").write_text(f"date 2023-01-01\n{' '.join(words)} number {i}.\n")


# Put in a folder first on the stage's PYTHONPATH as sitecustomize.py: in the process running
# `stages.ingest` (and no other: not DVC), once the articles' temporary file holds some batches, the
# batch writer reports its pid and that file over the test's socket, then blocks until it is killed.
# So the test kills the stage at a moment it chose, not at whatever moment a polling loop notices.
MID_WRITE_HOOK = """
import os
import socket
import sys

if "stages.ingest" in " ".join(sys.orig_argv):
    from dipnews import io

    _write = io.ParquetBatchWriter.write

    def write(self, df):
        _write(self, df)
        if self._tmp.stat().st_size > 20_000:
            connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            connection.connect(os.environ["DIPNEWS_TEST_KILL_SOCKET"])
            connection.sendall(f"{os.getpid()} {self._tmp}\\n".encode())
            connection.recv(1)  # blocks: the test kills this process now

    io.ParquetBatchWriter.write = write
"""


def _kill_mid_write(repo: Path, command: Sequence[str]) -> tuple[subprocess.Popen[str], int, Path]:
    """Start ``command`` in ``repo``; SIGKILL its ingest stage once the stage is mid-write.

    Returns the process started, the pid of the stage killed (the process itself or, under DVC, a
    child of it) and the temporary file the stage was writing.
    """
    hook = Path(tempfile.mkdtemp(prefix="dipnews-hook-"))  # short: a socket path has ~100 bytes
    try:
        (hook / "sitecustomize.py").write_text(MID_WRITE_HOOK, encoding="utf-8")
        address = str(hook / "kill.sock")
        environment = {
            **_environment(),
            # The copy's code at start-up, before `-m` puts the working folder on sys.path.
            "PYTHONPATH": os.pathsep.join([str(hook), str(repo)]),
            "DIPNEWS_TEST_KILL_SOCKET": address,
        }
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
            server.bind(address)
            server.listen(2)
            process = subprocess.Popen(
                list(command), cwd=repo, env=environment, text=True,
                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            )  # fmt: skip
            # If the command ends without the stage ever reporting, say so instead of waiting.
            watcher = threading.Thread(target=_report_exit, args=(process, address), daemon=True)
            watcher.start()
            server.settimeout(300)
            connection, _ = server.accept()
            with connection:
                message = connection.makefile(encoding="utf-8").readline().strip()
                if message == "exited":
                    raise AssertionError(
                        f"the stage finished before it could be killed mid-write: {process.communicate()}"
                    )
                pid_text, partial = message.split(" ", 1)
                stage_pid = int(pid_text)
                assert stage_pid == process.pid or stage_pid in {
                    child.pid for child in psutil.Process(process.pid).children(recursive=True)
                }, (stage_pid, message)
                assert "stages.ingest" in " ".join(psutil.Process(stage_pid).cmdline())
                os.kill(stage_pid, signal.SIGKILL)
                process.wait(timeout=60)
            watcher.join(timeout=60)
        return process, stage_pid, Path(partial)
    finally:
        shutil.rmtree(hook, ignore_errors=True)


def _report_exit(process: subprocess.Popen[str], address: str) -> None:
    process.wait()
    with contextlib.suppress(OSError), socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.connect(address)
        client.sendall(b"exited\n")


def _assert_complete_ingest(repo: Path, corpus: Path) -> None:
    table = validate(read_parquet(repo / "data/interim/ingested.parquet"), articles.ingested_schema(), None)
    reject_table = validate(read_parquet(repo / "data/tables/rejects.parquet"), rejects.schema(), None)
    assert len(table) + len(reject_table) == len(list(corpus.iterdir()))
    assert _temporaries(repo / "data/interim") == [] and _temporaries(repo / "data/tables") == []


@pytest.mark.slow
def test_sigkill_mid_write_leaves_no_partial_output_and_dvc_recovers(tmp_path: Path) -> None:
    repo = _stage_copy(tmp_path / "repo", {"ingest": {"input_dir": "corpus", "batch_size": 50}})
    corpus = repo / "corpus"
    _write_corpus(corpus, 2000)
    first = _run(repo, sys.executable, "-m", "stages.ingest")
    assert first.returncode == 0, first.stderr
    _assert_complete_ingest(repo, corpus)
    output = repo / "data/interim/ingested.parquet"
    complete = output.read_bytes()

    # 1. The stage alone, killed mid-write: the previous output is untouched (write, then rename).
    direct, killed, first_partial = _kill_mid_write(repo, [sys.executable, "-m", "stages.ingest"])
    assert killed == direct.pid and direct.returncode == -signal.SIGKILL
    assert first_partial.parent == output.parent
    assert first_partial.exists(), "killed before the rename: the partial file is still a temporary"
    assert output.read_bytes() == complete

    # 2. Under `dvc repro`: the killed stage leaves nothing that DVC takes as valid ...
    assert _run(repo, sys.executable, "-m", "dvc", "init", "--no-scm", "-q").returncode == 0
    under_dvc, killed, second_partial = _kill_mid_write(
        repo, [sys.executable, "-m", "dvc", "repro", "ingest"]
    )
    assert killed != under_dvc.pid and under_dvc.returncode != 0
    assert second_partial.exists() and second_partial.parent == output.parent
    if output.exists():  # DVC removes a stage's outputs before it runs; an old one must be whole
        assert output.read_bytes() == complete
    status = _run(repo, sys.executable, "-m", "dvc", "status", "ingest")
    assert "ingest" in status.stdout and "up to date" not in status.stdout, status.stdout

    # 3. ... and the next `dvc repro` recovers by itself: the dead writers' temporaries are
    # cleared, and the output is byte for byte the one an uninterrupted run wrote.
    recovered = _run(repo, sys.executable, "-m", "dvc", "repro", "ingest")
    assert recovered.returncode == 0, recovered.stderr
    _assert_complete_ingest(repo, corpus)
    assert not first_partial.exists() and not second_partial.exists()
    assert output.read_bytes() == complete
    assert "up to date" in _run(repo, sys.executable, "-m", "dvc", "status", "ingest").stdout


# (name, how the intermediate file is damaged, what the report must say)
CORRUPTIONS = [
    ("not_parquet", "garbage", ["cannot read data/interim/ingested.parquet", "Parquet magic bytes"]),
    ("bad_article_id", "article_id", ["table 'articles'", "column 'article_id'", "str_matches", "rows [0]"]),
    ("wrong_type", "published_date", ["table 'articles'", "column 'published_date'", "arrow_type(date32"]),
    ("missing_column", "drop_text", ["table 'articles' is missing column(s) ['text']"]),
    ("edited_text", "text", ["table 'actor_mentions'", "span_equals_mention_text", "rows ["]),
]


def _corrupt(source: Path, target: Path, how: str) -> None:
    if how == "garbage":
        target.write_bytes(b"\x00garbage, as a disk error might leave it" * 10)
        return
    frame = pq.read_table(source).to_pandas()
    if how == "article_id":
        frame.loc[0, "article_id"] = "NOT-A-HEX-ID"
    elif how == "published_date":
        frame["published_date"] = frame["published_date"].astype(str) + " (edited)"
    elif how == "drop_text":
        frame = frame.drop(columns=["text"])
    elif how == "text":
        frame.loc[0, "text"] = "Edited: " + frame.loc[0, "text"]
    pq.write_table(pyarrow.Table.from_pandas(frame, preserve_index=False), target)


@pytest.mark.slow
def test_a_corrupted_intermediate_file_stops_consolidate_with_a_short_report(tmp_path: Path) -> None:
    base = _stage_copy(tmp_path / "base", {"annotate": {"n_process": 1}})
    for stage in ("ingest", "annotate"):
        result = _run(base, sys.executable, "-m", f"stages.{stage}")
        assert result.returncode == 0, result.stderr
    # One copy per corruption, run in parallel: each consolidate process loads spaCy's modules.
    runs: dict[str, subprocess.Popen[str]] = {}
    for name, how, _ in CORRUPTIONS:
        repo = tmp_path / name
        shutil.copytree(base, repo, ignore=shutil.ignore_patterns("cache"))
        _corrupt(base / "data/interim/ingested.parquet", repo / "data/interim/ingested.parquet", how)
        runs[name] = subprocess.Popen(
            [sys.executable, "-m", "stages.consolidate"], cwd=repo, env=_environment(), text=True,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )  # fmt: skip
    for name, _, expected in CORRUPTIONS:
        _, err = runs[name].communicate(timeout=300)
        assert runs[name].returncode == 1, (name, err)
        assert "Traceback" not in err, (name, err)
        assert len(err.strip().splitlines()) <= 6, (name, err)
        for fragment in expected:
            assert fragment in err, (name, fragment, err)
        # Nothing was written from the damaged input.
        assert not (tmp_path / name / "data/tables/articles.parquet").exists(), name
