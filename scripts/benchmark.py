"""Corpus-scale benchmark: pipeline throughput vs bare ``nlp.pipe``, scaling, peak memory, incremental runs.

Not a test: it prints figures, all measured in the same run so that their ratios are meaningful on a
shared machine. It never touches this checkout's ``data/``: every run happens in a temporary copy of
the repository whose ``params.yaml`` points ``ingest.input_dir`` at a JSONL folder built from the corpus.

Usage (from the repository root)::

    python scripts/benchmark.py --corpus /path/to/reuters_train.jsonl.gz --sizes 2000 15000

The corpus is JSON Lines (optionally gzipped). Records already in the pipeline's JSONL form
({"id", "text", "published", "title"}) are used as they are; Reuters-21578 records ({"newid", "date":
"26-FEB-1987 15:01:01.79", "title", "body"}) are converted. Records without a body are skipped, so a
size counts records that carry text (the articles table may still be a little smaller: duplicates and
non-English texts become rejects; the report gives the real article count).

What one run measures (``P`` = ``--processes``, default 2):

1. for each ``--sizes`` N: the full pipeline (every stage of dvc.yaml, ingest to release) on N articles
   with P processes, from a cold per-article cache: wall time, articles/s, words/s, peak resident
   memory (the sum over the stage process and all its children, sampled), and beside it bare
   ``nlp.pipe`` with the same model, batch size and P processes on the same cleaned texts;
2. scaling: the same pair at 1 process on the ``--scaling-size`` corpus (default: the smallest size);
3. incremental: a cold full run on ``--incremental-base`` articles, then ``--incremental-add`` new
   articles are added as a new input file and the pipeline runs again (warm cache).

``--runner dvc`` (the default) runs ``dvc repro`` itself in the copy (a throwaway git repository), as a
user does: DVC decides what to re-run (after the corpus grows, ``evaluate``, which reads no corpus
table, is skipped) and its own bookkeeping is timed with the stages; it stops at the first failing
stage. ``--runner stages`` runs the stage commands of dvc.yaml in order, every one of them every time;
a quality gate (evaluate, validate, release) that fails on the corpus is timed, reported and does not
stop the benchmark. ``auto`` takes ``dvc`` when every stage's script exists.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil
import yaml

REPO_ROOT = Path(__file__).resolve().parents[1]
# Copied into each temporary repository: the code, the params and the gold the evaluate stage reads;
# never the generated data, caches or git state. Paths are relative to the repository root.
SKIP_PATHS = frozenset(
    {".git", ".venv", "venv", ".pytest_cache", ".ruff_cache", ".hypothesis", ".dvc/cache", ".dvc/tmp",
     "data/interim", "data/tables", "data/cache", "data/release", "reports", "metrics/accuracy.json",
     "dvc.lock"}
)  # fmt: skip
SKIP_NAMES = frozenset({"__pycache__", ".ipynb_checkpoints"})
SNAPSHOT = "repository-snapshot"
SAMPLE_SECONDS = 0.05
RECORDS_PER_FILE = 1000
STAGE_LINE = re.compile(r"Running stage '([^']+)'")
SKIPPED_LINE = re.compile(r"Stage '([^']+)' didn't change, skipping")
REUTERS_DATE_FORMAT = "%d-%b-%Y %H:%M:%S"


# ---------------------------------------------------------------------------------------------
# Corpus


def _open_text(path: Path) -> Any:
    return gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz" else path.open(encoding="utf-8")


def _reuters_date(value: str) -> str | None:
    # "26-FEB-1987 15:01:01.79": the fraction of a second is dropped, only the day is kept.
    try:
        return dt.datetime.strptime(value.strip().split(".")[0], REUTERS_DATE_FORMAT).date().isoformat()
    except ValueError:
        return None


def pipeline_record(record: dict[str, Any]) -> dict[str, Any] | None:
    """The record in the ingest stage's JSONL form, or None when it has no text."""
    if "newid" in record:  # Reuters-21578
        body = record.get("body")
        if not isinstance(body, str) or not body.strip():
            return None
        date = record.get("date")
        return {
            "id": f"reuters-{record['newid']}",
            "text": body,
            "published": _reuters_date(date) if isinstance(date, str) else None,
            "title": record.get("title"),
        }
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return None
    return {k: record[k] for k in ("id", "text", "published", "title") if k in record}


def read_corpus(path: Path, limit: int) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    with _open_text(path) as handle:
        for line in handle:
            if len(records) >= limit:
                break
            if not line.strip():
                continue
            converted = pipeline_record(json.loads(line))
            if converted is not None:
                records.append(converted)
    if len(records) < limit:
        print(
            f"note: the corpus has only {len(records)} records with text (asked for {limit})", file=sys.stderr
        )
    return records


def write_jsonl(path: Path, records: Sequence[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------------------------------------
# Measuring a process tree


@dataclass
class Measurement:
    seconds: float
    peak_rss_bytes: int  # the largest sum of RSS over the process and its children at one sample
    peak_single_rss_bytes: int  # the largest single process (ru_maxrss of the children)
    stages: dict[str, tuple[float, int]] = field(default_factory=dict)  # stage -> (seconds, peak tree RSS)
    returncode: int = 0
    cpu_seconds: float = 0.0  # user + system over the process tree: what contention cannot inflate much
    # stage -> CPU seconds of the processes first seen while it ran (DVC's own time is left out)
    stage_cpu_seconds: dict[str, float] = field(default_factory=dict)
    failed: list[str] = field(default_factory=list)  # stages that exited non-zero (runner "stages")
    skipped: list[str] = field(default_factory=list)  # stages dvc repro found up to date (runner "dvc")


def _sample_tree(root: psutil.Process, cpu_seconds: dict[int, float]) -> int:
    """Summed RSS of the tree now; updates each member's CPU seconds (user + system) seen so far."""
    total = 0
    for member in [root, *root.children(recursive=True)]:
        try:
            with member.oneshot():
                total += member.memory_info().rss
                times = member.cpu_times()
            cpu_seconds[member.pid] = times.user + times.system
        except psutil.NoSuchProcess:
            continue
    return total


def _address_space_limit(limit_bytes: int | None) -> Any:
    """A Popen ``preexec_fn`` capping the child's address space (None: no cap), so a stage that would
    take the machine's memory fails alone instead of inviting the OOM killer."""
    if not limit_bytes:
        return None

    def apply() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (limit_bytes, limit_bytes))

    return apply


def run_measured(
    cmd: Sequence[str], cwd: Path, env: dict[str, str], log: Path, stage: str, limit_bytes: int | None = None
) -> Measurement:
    """Run ``cmd``, sampling the resident memory of its whole process tree until it exits.

    Output goes to ``log``; a line ``Running stage 'name'`` (what ``dvc repro`` prints) starts a
    new stage in the per-stage figures, so a DVC run is broken down like a run of the stage commands.
    """
    lock = threading.Lock()
    stop = threading.Event()
    peak = 0
    stage_peak = 0
    current = (stage, time.perf_counter())
    stages: dict[str, tuple[float, int]] = {}
    skipped: list[str] = []
    cpu_seconds: dict[int, float] = {}  # pid -> CPU seconds at its last sample
    owner: dict[int, str] = {}  # pid -> the stage running when the process was first seen

    def close_stage(now: float) -> None:
        name, since = current
        if name in stages:  # a stage that runs twice in one dvc output: add up
            seconds, memory = stages[name]
            stages[name] = (seconds + now - since, max(memory, stage_peak))
        else:
            stages[name] = (now - since, stage_peak)

    with log.open("ab") as log_handle:
        log_handle.write(f"\n$ {' '.join(cmd)}\n".encode())
        log_handle.flush()
        started = time.perf_counter()
        process = subprocess.Popen(
            cmd,
            cwd=cwd,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            preexec_fn=_address_space_limit(limit_bytes),
        )

        def read_output() -> None:
            nonlocal current, stage_peak
            assert process.stdout is not None
            for line in process.stdout:
                log_handle.write(line)
                decoded = line.decode("utf-8", "replace")
                if skip := SKIPPED_LINE.search(decoded):
                    skipped.append(skip.group(1))
                match = STAGE_LINE.search(decoded)
                if match:
                    with lock:
                        now = time.perf_counter()
                        close_stage(now)
                        current, stage_peak = (match.group(1), now), 0

        def sample() -> None:
            nonlocal peak, stage_peak
            try:
                root = psutil.Process(process.pid)
                while not stop.is_set():
                    total = _sample_tree(root, cpu_seconds)
                    with lock:
                        peak, stage_peak = max(peak, total), max(stage_peak, total)
                        for pid in cpu_seconds:
                            owner.setdefault(pid, current[0])
                    stop.wait(SAMPLE_SECONDS)
            except psutil.NoSuchProcess:
                return

        threads = [threading.Thread(target=f, daemon=True) for f in (read_output, sample)]
        for thread in threads:
            thread.start()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        stop.set()
        for thread in threads:
            thread.join()
        close_stage(time.perf_counter())
    measured = Measurement(seconds, peak, usage.ru_maxrss * 1024, stages, os.waitstatus_to_exitcode(status))
    # Every process's own CPU time at its last sample (each at most one sample interval short). Not wait4's
    # usage of the root: that holds the descendants it waited for, which were counted twice when added to
    # their samples (as this did before December 5), and misses those it did not wait for.
    measured.cpu_seconds = sum(cpu_seconds.values()) or usage.ru_utime + usage.ru_stime
    # Per stage, the descendants' last samples (each at most 50 ms short).
    for pid, seconds_used in cpu_seconds.items():
        if pid != process.pid and pid in owner:
            name = owner[pid]
            measured.stage_cpu_seconds[name] = measured.stage_cpu_seconds.get(name, 0.0) + seconds_used
    measured.skipped = skipped
    return measured


# ---------------------------------------------------------------------------------------------
# Temporary repositories


def stage_commands(repo: Path) -> list[tuple[str, str]]:
    stages = yaml.safe_load((repo / "dvc.yaml").read_text(encoding="utf-8"))["stages"]
    return [(name, spec["cmd"]) for name, spec in stages.items()]


def _stage_script_exists(repo: Path, cmd: str) -> bool:
    parts = cmd.split()
    if len(parts) >= 3 and parts[1] == "-m":
        return (repo / (parts[2].replace(".", "/") + ".py")).exists()
    return True


def _skipped(folder: str, names: list[str]) -> set[str]:
    relative = Path(folder).resolve().relative_to(REPO_ROOT)
    return {
        name
        for name in names
        if name in SKIP_NAMES or name.endswith(".egg-info") or (relative / name).as_posix() in SKIP_PATHS
    }


@dataclass
class BenchRepo:
    """A throwaway copy of the repository reading one input folder."""

    root: Path
    input_dir: Path
    runner: str
    env: dict[str, str]
    log: Path

    @classmethod
    def create(cls, parent: Path, name: str, runner: str, annotate: dict[str, Any]) -> BenchRepo:
        root = parent / name
        # Every run copies the snapshot taken when the benchmark started, so that edits made to the
        # checkout meanwhile cannot make one run's code differ from another's.
        shutil.copytree(parent / SNAPSHOT, root, symlinks=True)
        input_dir = parent / f"{name}-input"
        input_dir.mkdir()
        params_path = root / "params.yaml"
        params = yaml.safe_load(params_path.read_text(encoding="utf-8"))
        params["ingest"]["input_dir"] = str(input_dir)
        params["annotate"].update(annotate)
        params_path.write_text(yaml.safe_dump(params, sort_keys=False), encoding="utf-8")
        all_scripts = all(_stage_script_exists(root, cmd) for _, cmd in stage_commands(root))
        if runner == "auto":
            runner = "dvc" if all_scripts else "stages"
        env = dict(os.environ)
        # The stages' `python` is this interpreter, and the copy's packages shadow any installed ones.
        env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
        env["PYTHONPATH"] = str(root)
        if runner == "dvc":
            for cmd in (["git", "init", "-q"], ["dvc", "config", "--local", "core.analytics", "false"]):
                subprocess.run(cmd, cwd=root, env=env, check=True, capture_output=True)
        return cls(root, input_dir, runner, env, parent / f"{name}.log")

    def add_input(self, name: str, records: Sequence[dict[str, Any]]) -> None:
        """Write ``records`` as ``<name>-0000.jsonl``, ... with RECORDS_PER_FILE records per file.

        Several files, as a crawler delivers them, and each well below ``ingest.max_bytes``.
        """
        for number, start in enumerate(range(0, len(records), RECORDS_PER_FILE)):
            write_jsonl(
                self.input_dir / f"{name}-{number:04d}.jsonl", records[start : start + RECORDS_PER_FILE]
            )

    def run_pipeline(self) -> Measurement:
        if self.runner == "dvc":
            dvc = str(Path(sys.executable).parent / "dvc")
            measured = run_measured([dvc, "repro"], self.root, self.env, self.log, "dvc-startup")
            if measured.returncode != 0:
                raise RuntimeError(f"dvc repro failed with status {measured.returncode}; see {self.log}")
            return measured
        return self.run_stages()

    def run_stages(self, only: Sequence[str] | None = None, limit_bytes: int | None = None) -> Measurement:
        """Run the stage commands of dvc.yaml in order (``only``: just these), each as its own process."""
        total = Measurement(0.0, 0, 0)
        for name, cmd in stage_commands(self.root):
            if only is not None and name not in only:
                continue
            if not _stage_script_exists(self.root, cmd):
                print(f"note: stage {name} skipped (its script does not exist yet)", file=sys.stderr)
                continue
            parts = cmd.split()
            if parts[0] == "python":
                parts[0] = sys.executable
            step = run_measured(parts, self.root, self.env, self.log, name, limit_bytes)
            if step.returncode != 0:
                if name in ("ingest", "annotate", "consolidate"):  # nothing after them could run
                    raise RuntimeError(f"stage {name} failed with status {step.returncode}; see {self.log}")
                # A quality gate that fails on a real corpus still did its work: time it, say so, go on.
                total.failed.append(name)
                print(
                    f"note: stage {name} exited with status {step.returncode} (see {self.log})",
                    file=sys.stderr,
                )
            total.seconds += step.seconds
            total.cpu_seconds += step.cpu_seconds
            total.peak_rss_bytes = max(total.peak_rss_bytes, step.peak_rss_bytes)
            total.peak_single_rss_bytes = max(total.peak_single_rss_bytes, step.peak_single_rss_bytes)
            total.stages[name] = (step.seconds, step.peak_rss_bytes)
        return total

    def discard(self) -> None:
        """Delete the copy and its input folder (the benchmark's results are already printed)."""
        shutil.rmtree(self.root, ignore_errors=True)
        shutil.rmtree(self.input_dir, ignore_errors=True)

    def articles(self) -> tuple[int, int]:
        """(articles, words) of the ingested corpus, words counted as whitespace-separated tokens."""
        import pyarrow.parquet as pq

        texts = pq.read_table(self.root / "data/interim/ingested.parquet", columns=["text"]).column("text")
        return len(texts), sum(len(t.split()) for t in texts.to_pylist())

    def bare_pipe(self, n_process: int) -> Measurement:
        """Bare ``nlp.pipe`` on the ingested texts, in a fresh process like a stage (model load included)."""
        params = yaml.safe_load((self.root / "params.yaml").read_text(encoding="utf-8"))["annotate"]
        cmd = [
            sys.executable, str(Path(__file__).resolve()), "--bare-pipe",
            str(self.root / "data/interim/ingested.parquet"), "--model", params["model"],
            "--batch-size", str(params["batch_size"]), "--max-chars", str(params["max_chars"]),
            "--processes", str(n_process),
        ]  # fmt: skip
        measured = run_measured(cmd, self.root, self.env, self.log, "bare")
        if measured.returncode != 0:
            raise RuntimeError(f"bare nlp.pipe failed with status {measured.returncode}; see {self.log}")
        return measured


def bare_pipe_main(path: Path, model: str, batch_size: int, max_chars: int, n_process: int) -> None:
    """Parse every text and keep nothing: the ceiling the pipeline is compared with."""
    import pyarrow.parquet as pq
    import spacy

    nlp = spacy.load(model)
    texts = (t[:max_chars] for t in pq.read_table(path, columns=["text"]).column("text").to_pylist())
    n_docs = 0
    for _ in nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
        n_docs += 1
    print(f"bare nlp.pipe: {n_docs} docs", file=sys.stderr)


# ---------------------------------------------------------------------------------------------
# The benchmark


def _mib(n_bytes: int) -> str:
    return f"{n_bytes / 2**20:.0f} MiB"


@dataclass
class Pair:
    label: str
    n_process: int
    articles: int
    words: int
    pipeline: Measurement
    bare: Measurement

    def line(self) -> str:
        p, b = self.pipeline, self.bare
        return (
            f"{self.label:<22} P={self.n_process}  pipeline {p.seconds:7.1f}s "
            f"{self.articles / p.seconds:7.1f} art/s "
            f"{self.words / p.seconds:8.0f} words/s | bare nlp.pipe {b.seconds:7.1f}s "
            f"{self.articles / b.seconds:7.1f} art/s {self.words / b.seconds:8.0f} words/s | ratio "
            f"{b.seconds / p.seconds:.2f} | CPU seconds pipeline {p.cpu_seconds:.0f}, "
            f"bare {b.cpu_seconds:.0f}, ratio {b.cpu_seconds / max(p.cpu_seconds, 1e-9):.2f}"
        )


def measure_pair(
    workdir: Path, label: str, records: Sequence[dict[str, Any]], n_process: int, args: argparse.Namespace
) -> Pair:
    annotate = {"executor": args.executor, "n_process": n_process}
    repo = BenchRepo.create(workdir, f"{label}-p{n_process}", args.runner, annotate)
    repo.add_input("corpus", records)
    pipeline = repo.run_pipeline()
    n_articles, n_words = repo.articles()
    bare = repo.bare_pipe(n_process)
    pair = Pair(label, n_process, n_articles, n_words, pipeline, bare)
    print(pair.line(), flush=True)
    stages = ", ".join(f"{name} {s:.1f}s/{_mib(m)}" for name, (s, m) in pipeline.stages.items())
    print(
        f"{'':<22} peak RSS pipeline {_mib(pipeline.peak_rss_bytes)} (largest process "
        f"{_mib(pipeline.peak_single_rss_bytes)}), bare {_mib(bare.peak_rss_bytes)}; runner {repo.runner}"
        + (f"; stages: {stages}" if stages else "")
        + (f"; FAILED (timed anyway): {', '.join(pipeline.failed)}" if pipeline.failed else ""),
        flush=True,
    )
    if not args.keep:
        repo.discard()
    return pair


def run_benchmark(args: argparse.Namespace) -> dict[str, Any]:
    sizes = sorted(set(args.sizes))
    scaling_size = args.scaling_size or sizes[0]
    wanted = max([*sizes, scaling_size, args.incremental_base + args.incremental_add])
    records = read_corpus(Path(args.corpus), wanted)
    workdir = Path(tempfile.mkdtemp(prefix="dipnews-bench-", dir=args.workdir))
    shutil.copytree(REPO_ROOT, workdir / SNAPSHOT, ignore=_skipped, symlinks=True)
    print(
        f"corpus {args.corpus}: {len(records)} records with text; executor {args.executor}; "
        f"{os.cpu_count()} CPUs; work dir {workdir}",
        flush=True,
    )
    report: dict[str, Any] = {"corpus": str(args.corpus), "executor": args.executor, "runs": []}
    pairs: dict[tuple[int, int], Pair] = {}
    incremental = None

    def measure(size: int, n_process: int) -> None:
        if (size, n_process) not in pairs:
            pairs[(size, n_process)] = measure_pair(workdir, f"n{size}", records[:size], n_process, args)

    try:
        # Shortest first, the largest corpus last: each result is printed as soon as it is measured.
        measure(scaling_size, args.processes)
        measure(scaling_size, 1)
        if args.incremental_base > 0:
            incremental = measure_incremental(workdir, records, args)
        for size in sizes:
            measure(size, args.processes)
    except Exception:
        # Keep the copies and their logs: the failing stage's output is the first thing to read.
        print(f"benchmark failed; the repositories and logs are kept in {workdir}", file=sys.stderr)
        raise
    if not args.keep:
        shutil.rmtree(workdir, ignore_errors=True)

    print("\nsummary", flush=True)
    for pair in pairs.values():
        stages = {k: [round(s, 2), round(m / 2**20, 1)] for k, (s, m) in pair.pipeline.stages.items()}
        report["runs"].append(
            {
                "size": pair.label,
                "n_process": pair.n_process,
                "articles": pair.articles,
                "words": pair.words,
                "pipeline_seconds": round(pair.pipeline.seconds, 2),
                "bare_seconds": round(pair.bare.seconds, 2),
                "pipeline_cpu_seconds": round(pair.pipeline.cpu_seconds, 1),
                "bare_cpu_seconds": round(pair.bare.cpu_seconds, 1),
                "pipeline_peak_rss_mib": round(pair.pipeline.peak_rss_bytes / 2**20, 1),
                "bare_peak_rss_mib": round(pair.bare.peak_rss_bytes / 2**20, 1),
                "stages_seconds_and_peak_mib": stages,
            }
        )
    for (size, n_process), pair in sorted(pairs.items()):
        ratio = pair.bare.seconds / pair.pipeline.seconds
        print(f"  throughput ratio pipeline/bare at n={size}, P={n_process}: {ratio:.2f}  (target >= 0.70)")
    if (scaling_size, 1) in pairs and args.processes != 1:
        one, many = pairs[(scaling_size, 1)], pairs[(scaling_size, args.processes)]
        speedup = one.pipeline.seconds / many.pipeline.seconds
        bare_speedup = one.bare.seconds / many.bare.seconds
        print(
            f"  scaling at n={scaling_size}: pipeline P={args.processes} is {speedup:.2f}x P=1 "
            f"(target >= 1.6); "
            f"bare nlp.pipe {bare_speedup:.2f}x"
        )
        report["speedup"] = {"pipeline": round(speedup, 3), "bare": round(bare_speedup, 3)}
    if len(sizes) >= 2:
        small, large = pairs[(sizes[0], args.processes)], pairs[(sizes[-1], args.processes)]
        growth = large.pipeline.peak_rss_bytes / small.pipeline.peak_rss_bytes
        print(
            f"  peak RSS: {_mib(small.pipeline.peak_rss_bytes)} at {small.articles} articles, "
            f"{_mib(large.pipeline.peak_rss_bytes)} at {large.articles}: {growth:.2f}x (target <= 1.3)"
        )
        report["memory_growth"] = round(growth, 3)
    if incremental is not None:
        full, again = incremental
        share = again.seconds / full.seconds
        cpu_share = again.cpu_seconds / full.cpu_seconds
        print(
            f"  incremental: full run {full.seconds:.1f}s on {args.incremental_base} articles, after adding "
            f"{args.incremental_add}: {again.seconds:.1f}s = {share:.1%} of the full run (target <= 10%); "
            f"CPU {full.cpu_seconds:.1f}s and {again.cpu_seconds:.1f}s = {cpu_share:.1%}"
        )
        report["incremental"] = {
            "full_seconds": round(full.seconds, 2),
            "incremental_seconds": round(again.seconds, 2),
            "share": round(share, 4),
            "full_cpu_seconds": round(full.cpu_seconds, 1),
            "incremental_cpu_seconds": round(again.cpu_seconds, 1),
            "stages": {k: round(s, 2) for k, (s, _) in again.stages.items()},
            "stages_cpu_seconds": {k: round(s, 2) for k, s in again.stage_cpu_seconds.items()},
            "skipped": again.skipped,
        }
    return report


def measure_incremental(
    workdir: Path, records: Sequence[dict[str, Any]], args: argparse.Namespace
) -> tuple[Measurement, Measurement]:
    base, added = args.incremental_base, args.incremental_add
    annotate = {"executor": args.executor, "n_process": args.processes}
    repo = BenchRepo.create(workdir, f"incremental-{base}", args.runner, annotate)
    repo.add_input("corpus", records[:base])
    full = repo.run_pipeline()
    # New articles arrive as a new file, as a crawler would deliver them; the old file is untouched.
    repo.add_input("update", records[base : base + added])
    again = repo.run_pipeline()
    stages = ", ".join(
        f"{name} {s:.1f}s ({again.stage_cpu_seconds.get(name, 0.0):.1f} CPU s)"
        for name, (s, _) in again.stages.items()
    )
    print(
        f"incremental: full {full.seconds:.1f}s, +{added} articles {again.seconds:.1f}s"
        + (f" ({stages})" if stages else "")
        + (f"; up to date, skipped: {', '.join(again.skipped)}" if again.skipped else ""),
        flush=True,
    )
    if not args.keep:
        repo.discard()
    return full, again


# ---------------------------------------------------------------------------------------------
# Synthetic scale: the corpus-wide stages on replicated extractions

CORPUS_WIDE_STAGES = ("consolidate", "validate", "release")


@dataclass
class ScaleRun:
    size: int
    stages: dict[str, Measurement]  # consolidate, validate, release: each its own process

    @property
    def seconds(self) -> float:
        return sum(m.seconds for m in self.stages.values())

    @property
    def cpu_seconds(self) -> float:
        """User + system seconds of the stage processes: what other work on the machine inflates much less."""
        return sum(m.cpu_seconds for m in self.stages.values())

    @property
    def peak_rss_bytes(self) -> int:
        """The largest peak of one stage (they run one after the other): ru_maxrss or the sampled tree."""
        return max(max(m.peak_rss_bytes, m.peak_single_rss_bytes) for m in self.stages.values())

    def line(self, label: str) -> str:
        stages = ", ".join(
            f"{name} {m.seconds:.1f}s ({m.cpu_seconds:.1f} CPU s)/"
            f"{_mib(max(m.peak_rss_bytes, m.peak_single_rss_bytes))}" + (" FAILED" if m.failed else "")
            for name, m in self.stages.items()
        )
        return (
            f"{label:<22} {self.seconds:8.1f}s ({self.cpu_seconds:.1f} CPU s), "
            f"peak RSS {_mib(self.peak_rss_bytes)} ({stages})"
        )


def build_template(workdir: Path, records: Sequence[dict[str, Any]], args: argparse.Namespace) -> BenchRepo:
    """The real pipeline up to annotate (and evaluate, whose metrics the release reads) on real stories."""
    annotate = {"executor": args.executor, "n_process": args.processes}
    repo = BenchRepo.create(workdir, f"template-{len(records)}", "stages", annotate)
    repo.add_input("corpus", records)
    repo.run_stages(only=("scan", "ingest", "annotate", "evaluate"))
    return repo


def run_corpus_wide(repo: BenchRepo, size: int, limit_bytes: int | None) -> ScaleRun:
    stages = {name: repo.run_stages(only=(name,), limit_bytes=limit_bytes) for name in CORPUS_WIDE_STAGES}
    return ScaleRun(size, stages)


def measure_synthetic(
    workdir: Path, template: BenchRepo, size: int, args: argparse.Namespace
) -> tuple[ScaleRun, ScaleRun | None]:
    """The corpus-wide stages on ``size`` synthetic articles; then, with ``--synthetic-add``, again after
    adding that share of articles (the caches warm, as after a real update)."""
    from synthetic_corpus import Replication, write_synthetic

    spec = Replication(rename_fraction=args.rename_fraction, shift_days=args.shift_days)
    limit = int(args.memory_cap_gb * 2**30) if args.memory_cap_gb else None
    repo = BenchRepo.create(workdir, f"synthetic-{size}", "stages", {})
    # What the stages before them made that the corpus-wide stages read besides the corpus itself.
    for name in ("metrics/accuracy.json", "data/tables/rejects.parquet"):
        (repo.root / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(template.root / name, repo.root / name)
    started = time.perf_counter()
    write_synthetic(template.root / "data/interim", repo.root / "data/interim", size, spec)
    print(f"synthetic corpus of {size} articles written in {time.perf_counter() - started:.0f}s", flush=True)
    full = run_corpus_wide(repo, size, limit)
    print(full.line(f"synthetic n={size}"), flush=True)
    grown = None
    if args.synthetic_add > 0:
        added = max(1, round(size * args.synthetic_add))
        write_synthetic(template.root / "data/interim", repo.root / "data/interim", size + added, spec)
        grown = run_corpus_wide(repo, size + added, limit)
        print(
            grown.line(f"  +{added} articles")
            + f" = {grown.seconds / full.seconds:.1%} of the full run (target <= 10%)",
            flush=True,
        )
    if not args.keep:
        repo.discard()
    return full, grown


def pq_rows(path: Path) -> int:
    import pyarrow.parquet as pq

    return pq.ParquetFile(path).metadata.num_rows


def run_synthetic(args: argparse.Namespace) -> dict[str, Any]:
    sizes = sorted(set(args.synthetic))
    workdir = Path(tempfile.mkdtemp(prefix="dipnews-scale-", dir=args.workdir))
    shutil.copytree(REPO_ROOT, workdir / SNAPSHOT, ignore=_skipped, symlinks=True)
    runs: dict[int, tuple[ScaleRun, ScaleRun | None]] = {}
    try:
        if args.template_from:  # a template kept (--keep) by an earlier run: its parse is reused
            template = BenchRepo(
                args.template_from, args.template_from, "stages", {}, workdir / "template.log"
            )
        else:
            template = build_template(workdir, read_corpus(Path(args.corpus), args.template_articles), args)
        n_template = pq_rows(template.root / "data/interim/ingested.parquet")
        print(f"synthetic scale: template of {n_template} articles in {template.root}; work dir {workdir}")
        for size in sizes:
            runs[size] = measure_synthetic(workdir, template, size, args)
    except Exception:
        print(f"benchmark failed; the repositories and logs are kept in {workdir}", file=sys.stderr)
        raise
    if not args.keep:
        shutil.rmtree(workdir, ignore_errors=True)
    return synthetic_summary(runs)


def synthetic_summary(runs: dict[int, tuple[ScaleRun, ScaleRun | None]]) -> dict[str, Any]:
    report: dict[str, Any] = {"synthetic": []}
    print("\nsummary (consolidate + validate + release)", flush=True)
    for size, (full, grown) in sorted(runs.items()):
        entry: dict[str, Any] = {
            "size": size,
            "seconds": round(full.seconds, 2),
            "cpu_seconds": round(full.cpu_seconds, 1),
            "peak_rss_mib": round(full.peak_rss_bytes / 2**20, 1),
            "stages": {
                name: [round(m.seconds, 2), round(max(m.peak_rss_bytes, m.peak_single_rss_bytes) / 2**20, 1)]
                for name, m in full.stages.items()
            },
        }
        if grown is not None:
            entry["incremental_share"] = round(grown.seconds / full.seconds, 4)
            entry["incremental_cpu_share"] = round(grown.cpu_seconds / full.cpu_seconds, 4)
        report["synthetic"].append(entry)
    if len(runs) >= 2:
        small, large = runs[min(runs)][0], runs[max(runs)][0]
        memory = large.peak_rss_bytes / small.peak_rss_bytes
        wall = large.seconds / small.seconds
        cpu = large.cpu_seconds / small.cpu_seconds
        print(
            f"  peak RSS {_mib(small.peak_rss_bytes)} at {small.size}, {_mib(large.peak_rss_bytes)} at "
            f"{large.size}: {memory:.2f}x (target <= 1.5x and < 6 GB)\n"
            f"  wall {small.seconds:.1f}s at {small.size}, {large.seconds:.1f}s at {large.size}: "
            f"{wall:.2f}x for {large.size / small.size:.0f}x the articles (target <= 11x at 10x)\n"
            f"  CPU {small.cpu_seconds:.1f}s at {small.size}, {large.cpu_seconds:.1f}s at {large.size}: "
            f"{cpu:.2f}x",
            flush=True,
        )
        report["ratios"] = {"peak_rss": round(memory, 3), "wall": round(wall, 3), "cpu": round(cpu, 3)}
    return report


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", help="JSON Lines corpus (.jsonl or .jsonl.gz)")
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=[2000, 15000], help="corpus sizes (memory, throughput)"
    )
    parser.add_argument("--processes", type=int, default=2, help="annotate.n_process for the main runs")
    parser.add_argument(
        "--scaling-size", type=int, default=0, help="size of the 1-process run (default: smallest)"
    )
    parser.add_argument(
        "--incremental-base", type=int, default=5000, help="articles before the update (0: skip)"
    )
    parser.add_argument("--incremental-add", type=int, default=20, help="articles the update adds")
    parser.add_argument("--executor", choices=["local", "dask"], default="local")
    parser.add_argument("--runner", choices=["auto", "dvc", "stages"], default="dvc")
    parser.add_argument(
        "--workdir", default=None, help="parent of the temporary folder (default: system temp)"
    )
    parser.add_argument(
        "--synthetic",
        type=int,
        nargs="+",
        default=None,
        help="sizes of synthetic corpora (real extractions replicated): time and peak RSS of consolidate, "
        "validate and release only, each its own process; the other run options are ignored",
    )
    parser.add_argument(
        "--template-articles", type=int, default=2000, help="real records parsed once for --synthetic"
    )
    parser.add_argument(
        "--rename-fraction", type=float, default=0.3, help="share of (surname, copy) pairs renamed per copy"
    )
    parser.add_argument(
        "--template-from", type=Path, default=None, help="reuse this template repository (from --keep)"
    )
    parser.add_argument("--shift-days", type=int, default=7, help="days each synthetic copy is shifted by")
    parser.add_argument(
        "--synthetic-add", type=float, default=0.0, help="then add this share of articles and run again"
    )
    parser.add_argument(
        "--memory-cap-gb", type=float, default=8.0, help="address-space cap of each synthetic stage (0: none)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary repositories and logs")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures to this JSON file")
    # Internal: the bare nlp.pipe baseline runs in its own process through these.
    parser.add_argument("--bare-pipe", type=Path, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--model", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--batch-size", type=int, default=64, help=argparse.SUPPRESS)
    parser.add_argument("--max-chars", type=int, default=200_000, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.bare_pipe is None and not args.corpus and not args.template_from:
        parser.error("--corpus is required")
    return args


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    if args.bare_pipe is not None:
        bare_pipe_main(args.bare_pipe, args.model, args.batch_size, args.max_chars, args.processes)
        return
    report = run_synthetic(args) if args.synthetic else run_benchmark(args)
    if args.json is not None:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
