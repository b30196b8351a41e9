"""Parse each article once and extract its records: the per-article cache and the executors.

The unit of work is :func:`annotate_chunk`, a pure function from a list of articles to their
JSON payloads; the local executor (a process pool) and the Dask executor both run exactly it,
each worker loading the spaCy model once (``load_model`` is cached per process), and both hand
results back in input order, so the tables they lead to are byte-identical.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from dipnews.io import write_text_atomic

# (article_id, text, published_date, title)
ArticleTuple = tuple[str, str, dt.date | None, str | None]
# (article_id, n_sentences, payload JSON)
ResultTuple = tuple[str, int, str]

# The code and data that decide what the per-article step extracts: a change to any of them must
# invalidate the cache. Everything else in dipnews (ingest, annotate's own executors, consolidate,
# evaluation, release ...) runs around the cache and is deliberately left out, so editing it does
# not force a re-parse. Paths are relative to the dipnews package.
_EXTRACTION_SOURCES = ("extract", "nlp/parsing.py", "model.py", "serialize.py", "data")
_PACKAGE_DIR = Path(__file__).resolve().parents[1]


def _extraction_files() -> list[Path]:
    """Every file under :data:`_EXTRACTION_SOURCES`, bytecode and regeneration leftovers skipped."""
    files: list[Path] = []
    for source in _EXTRACTION_SOURCES:
        path = _PACKAGE_DIR / source
        files.extend(path.rglob("*") if path.is_dir() else [path])
    # Skipped: bytecode, and the temporary file of a regeneration in progress (dipnews.io).
    return sorted(
        path for path in files if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".tmp"
    )


@lru_cache(maxsize=1)
def extraction_code_version() -> str:
    """SHA-256 (12 hex) over every extraction module and shipped data file (the lexicons in
    dipnews/extract/lexicons/, the place table in dipnews/data/): each one's path relative to the
    package, then its bytes, in sorted order. The shipped tables and lexicons decide extraction as
    much as the code does (a new trigger verb finds new meetings), so they key the cache too."""
    digest = hashlib.sha256()
    for path in _extraction_files():
        digest.update(path.relative_to(_PACKAGE_DIR).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def _installed_model_meta(model_name: str) -> dict[str, Any] | None:
    """The meta.json of an installed pipeline package or folder, read without loading the pipeline."""
    from spacy import util

    if util.is_package(model_name):
        meta_path = Path(util.get_package_path(model_name)) / "meta.json"
    else:
        meta_path = Path(model_name) / "meta.json"
    if not meta_path.is_file():
        return None
    return util.load_meta(meta_path)


def cache_fingerprint(model_name: str) -> str:
    """Folder name of the cache generation for this model (name and version) and extraction code.

    The model's name and version come from its meta.json, so the process that only coordinates
    the workers never loads the pipeline itself (it would hold a second copy in memory).
    """
    from spacy import about

    from dipnews.nlp.parsing import load_model, model_fingerprint

    meta = _installed_model_meta(model_name)
    if meta is None:  # not a package or a folder with meta.json: ask the loaded pipeline
        model = model_fingerprint(load_model(model_name))
    else:
        model = f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"
    return f"{model}-spacy{about.__version__}-code{extraction_code_version()}"


def annotate_chunk(
    chunk: Sequence[ArticleTuple], model_name: str, batch_size: int, max_chars: int
) -> list[ResultTuple]:
    """Parse and extract a chunk of articles; the payload of each is its ArticleExtraction as JSON."""
    from dipnews.extract.article import extract_article
    from dipnews.model import ArticleMeta
    from dipnews.nlp.parsing import load_model
    from dipnews.serialize import to_json

    nlp = load_model(model_name)
    docs = nlp.pipe((text[:max_chars] for _, text, _, _ in chunk), batch_size=batch_size)
    results: list[ResultTuple] = []
    for (article_id, _, published, title), doc in zip(chunk, docs, strict=True):
        meta = ArticleMeta(article_id=article_id, text=doc.text, published_date=published, title=title)
        extraction = extract_article(doc, meta)
        results.append((article_id, extraction.n_sentences, to_json(extraction)))
    return results


# ---------------------------------------------------------------------------------------------
# The per-article cache


@dataclass(frozen=True, slots=True)
class ArticleCache:
    """One JSON file per article under ``root/<fingerprint>/<id[:2]>/<id>.json``."""

    root: Path

    def _path(self, article_id: str) -> Path:
        return self.root / article_id[:2] / f"{article_id}.json"

    def has(self, article_id: str) -> bool:
        return self._path(article_id).is_file()

    def get(self, article_id: str) -> ResultTuple | None:
        path = self._path(article_id)
        try:
            payload = path.read_text(encoding="utf-8")
        except (FileNotFoundError, UnicodeDecodeError):
            return None
        from json import JSONDecodeError, loads

        try:  # a damaged entry is a miss, never a crash: it is recomputed and rewritten
            n_sentences = int(loads(payload)["n_sentences"])
        except (JSONDecodeError, KeyError, TypeError, ValueError):
            return None
        return article_id, n_sentences, payload

    def put(self, result: ResultTuple) -> None:
        write_text_atomic(self._path(result[0]), result[2])


# ---------------------------------------------------------------------------------------------
# Executors


class Executor(Protocol):
    """Runs :func:`annotate_chunk` on chunks of articles; ``result`` blocks until a chunk is done."""

    workers: int

    def submit(self, chunk: Sequence[ArticleTuple]) -> Any: ...

    def result(self, handle: Any) -> list[ResultTuple]: ...

    def close(self) -> None: ...


@dataclass
class InProcessExecutor:
    """Everything in this process: for one core, tests and notebooks."""

    model_name: str
    batch_size: int
    max_chars: int
    workers: int = 1

    def submit(self, chunk: Sequence[ArticleTuple]) -> list[ResultTuple]:
        return annotate_chunk(chunk, self.model_name, self.batch_size, self.max_chars)

    def result(self, handle: list[ResultTuple]) -> list[ResultTuple]:
        return handle

    def close(self) -> None:
        return None


def _warm_worker(model_name: str) -> None:
    """Pool initializer: load the model once per worker, before its first chunk arrives."""
    from dipnews.nlp.parsing import load_model

    load_model(model_name)


class LocalPoolExecutor:
    """A pool of worker processes on this machine; each loads the model once and keeps it.

    Workers are started by a fork server, not forked from the stage process: the stage process
    runs Arrow's and pandas' thread pools, and forking a process with live threads can leave a
    lock held in the child forever (a deadlock). The fork server is a clean single-threaded
    process that has imported spaCy once, so starting a worker is still cheap, and the workers
    do not inherit the stage's memory.
    """

    def __init__(self, model_name: str, batch_size: int, max_chars: int, n_process: int) -> None:
        self._args = (model_name, batch_size, max_chars)
        self.workers = n_process
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["spacy", "dipnews.nlp.annotate"])
        self._pool = ProcessPoolExecutor(
            max_workers=n_process, mp_context=context, initializer=_warm_worker, initargs=(model_name,)
        )

    def submit(self, chunk: Sequence[ArticleTuple]) -> Future[list[ResultTuple]]:
        return self._pool.submit(annotate_chunk, list(chunk), *self._args)

    def result(self, handle: Future[list[ResultTuple]]) -> list[ResultTuple]:
        return handle.result()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class DaskExecutor:
    """Chunks run as tasks on a Dask distributed cluster (a LocalCluster when no address is given).

    Every worker process loads the model once (``load_model`` is cached per process) and keeps it
    for all the chunks it runs; the workers need this package and the model installed.
    """

    def __init__(
        self, model_name: str, batch_size: int, max_chars: int, n_workers: int, scheduler: str | None
    ) -> None:
        from distributed import Client, LocalCluster

        self._args = (model_name, batch_size, max_chars)
        self._cluster = None
        if scheduler:
            self._client = Client(scheduler)
        else:
            self._cluster = LocalCluster(
                n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None
            )
            self._client = Client(self._cluster)
        self.workers = max(1, len(self._client.scheduler_info().get("workers", {})) or n_workers)

    def submit(self, chunk: Sequence[ArticleTuple]) -> Any:
        # pure=False: identical chunks are still separate tasks, and results are not kept on workers.
        return self._client.submit(annotate_chunk, list(chunk), *self._args, pure=False)

    def result(self, handle: Any) -> list[ResultTuple]:
        results: list[ResultTuple] = handle.result()
        handle.release()
        return results

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def available_cores() -> int:
    """The cores this process may run on: the CPU affinity mask (what a container or ``taskset``
    allows) where the platform has one, which ``os.cpu_count()`` (every core of the host) ignores."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS and Windows have no affinity mask
        return os.cpu_count() or 1


def make_executor(params: dict[str, Any], n_to_parse: int | None = None) -> Executor:
    """The executor ``params`` (the ``annotate`` section) choose; ``n_process`` null or 0 means every core.

    With the local executor, a run that has fewer than ``parallel_min_articles`` articles to parse
    (a grown corpus whose other articles are all in the cache) parses them in this process:
    starting worker processes and loading the model in each costs more than it saves.
    """
    model_name = params["model"]
    batch_size = int(params.get("batch_size", 64))
    max_chars = int(params.get("max_chars", 200_000))
    n_process = int(params.get("n_process") or available_cores())
    kind = params.get("executor", "local")
    if kind == "dask":
        return DaskExecutor(model_name, batch_size, max_chars, n_process, params.get("dask_scheduler"))
    if kind != "local":
        raise ValueError(f"annotate.executor must be 'local' or 'dask', not {kind!r}")
    few = n_to_parse is not None and n_to_parse < int(params.get("parallel_min_articles", 100))
    if n_process <= 1 or few:
        return InProcessExecutor(model_name, batch_size, max_chars)
    return LocalPoolExecutor(model_name, batch_size, max_chars, n_process)


# ---------------------------------------------------------------------------------------------
# The stream

# The last articles of the stream are cut into this many tasks per worker, so that the workers
# finish together instead of one idling while another parses a whole chunk.
TAIL_TASKS_PER_WORKER = 4
# A task covers at most this many chunk_sizes of input when most articles are cache hits, so that
# a warm run keeps its memory bounded and its output flowing.
MAX_SPAN_CHUNKS = 4


@dataclass(slots=True)
class _Segment:
    """A run of consecutive input articles: the cached results, and the task computing the rest."""

    entries: list[tuple[ArticleTuple, ResultTuple | None]]
    handle: Any = None


def _take_segment(
    entries: deque[tuple[ArticleTuple, ResultTuple | None]], max_misses: int, max_entries: int
) -> _Segment:
    """Pop from the front until ``max_misses`` articles to compute or ``max_entries`` articles are taken."""
    taken: list[tuple[ArticleTuple, ResultTuple | None]] = []
    misses = 0
    while entries and misses < max_misses and len(taken) < max_entries:
        entry = entries.popleft()
        taken.append(entry)
        misses += entry[1] is None
    return _Segment(taken)


@dataclass(slots=True)
class AnnotateStats:
    """How many articles came from the cache and how many were parsed, for the stage's report."""

    cached: int = 0
    computed: int = 0


def annotate_articles(
    articles: Iterable[ArticleTuple],
    executor: Executor,
    cache: ArticleCache | None,
    chunk_size: int,
    stats: AnnotateStats | None = None,
) -> Iterator[ResultTuple]:
    """Results for every article, in input order: from the cache where present, else computed and cached.

    The articles stream through: at most ``2 * workers`` tasks of at most ``chunk_size`` articles
    are in flight and a bounded reserve of articles is read ahead, so memory does not grow with
    the corpus. There is no barrier between tasks: a worker gets its next task as soon as it
    hands back a result. The read-ahead reserve lets the last articles be split into small
    tasks, so that all workers finish at about the same time.
    """
    workers = max(1, executor.workers)
    window = 2 * workers
    reserve_misses = (workers + 1) * chunk_size
    reserve_entries = reserve_misses * MAX_SPAN_CHUNKS
    span = chunk_size * MAX_SPAN_CHUNKS
    waiting: deque[tuple[ArticleTuple, ResultTuple | None]] = deque()
    waiting_misses = 0
    pending: deque[_Segment] = deque()
    in_flight = 0

    def launch(segment: _Segment) -> None:
        nonlocal in_flight
        todo = [article for article, hit in segment.entries if hit is None]
        if todo:
            segment.handle = executor.submit(todo)
            in_flight += 1
        pending.append(segment)

    def complete_oldest() -> Iterator[ResultTuple]:
        nonlocal in_flight
        segment = pending.popleft()
        computed: Iterator[ResultTuple] = iter(())
        if segment.handle is not None:
            results = executor.result(segment.handle)
            in_flight -= 1
            if cache is not None:
                for result in results:
                    cache.put(result)
            computed = iter(results)
        if stats is not None:
            stats.computed += sum(1 for _, hit in segment.entries if hit is None)
            stats.cached += sum(1 for _, hit in segment.entries if hit is not None)
        for article, hit in segment.entries:
            result = hit if hit is not None else next(computed)
            if result[0] != article[0]:
                raise RuntimeError(f"executor returned {result[0]} where {article[0]} was expected")
            yield result

    for article in articles:
        hit = cache.get(article[0]) if cache is not None else None
        waiting.append((article, hit))
        waiting_misses += hit is None
        while waiting_misses >= reserve_misses or len(waiting) >= reserve_entries:
            segment = _take_segment(waiting, chunk_size, span)
            waiting_misses -= sum(1 for _, h in segment.entries if h is None)
            launch(segment)
            # Hits-only segments hold no task but do hold memory: bound them too.
            while in_flight >= window or len(pending) > 2 * window:
                yield from complete_oldest()

    # The tail: split what is left into small tasks, several per worker.
    tail_size = max(1, -(-waiting_misses // (workers * TAIL_TASKS_PER_WORKER)))
    while waiting:
        launch(_take_segment(waiting, min(tail_size, chunk_size), span))
        while in_flight >= window:
            yield from complete_oldest()
    while pending:
        yield from complete_oldest()
