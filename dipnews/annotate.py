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
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
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

# Modules whose code decides what the per-article step extracts: a change to any of them must
# invalidate the cache. Everything else in dipnews (ingest, consolidate, evaluation, release ...)
# runs after the cache and is deliberately left out, so editing it does not force a re-parse.
_NOT_EXTRACTION = frozenset({"annotate", "cleaning", "consolidate", "ingest", "io", "pipeline", "validation"})
_PACKAGE_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def extraction_code_version() -> str:
    """SHA-256 (12 hex) over the source of every extraction module, in sorted order."""
    digest = hashlib.sha256()
    for path in sorted(_PACKAGE_DIR.glob("*.py")):
        if path.stem in _NOT_EXTRACTION:
            continue
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def cache_fingerprint(model_name: str) -> str:
    """Folder name of the cache generation for this model (name and version) and extraction code."""
    from spacy import about

    from dipnews.nlp import load_model, model_fingerprint

    model = model_fingerprint(load_model(model_name))
    return f"{model}-spacy{about.__version__}-code{extraction_code_version()}"


def annotate_chunk(chunk: Sequence[ArticleTuple], model_name: str, batch_size: int, max_chars: int) -> list[ResultTuple]:
    """Parse and extract a chunk of articles; the payload of each is its ArticleExtraction as JSON."""
    from dipnews.extract import extract_article
    from dipnews.model import ArticleMeta
    from dipnews.nlp import load_model
    from dipnews.serialize import to_json

    nlp = load_model(model_name)
    texts = (text[:max_chars] for _, text, _, _ in chunk)
    results: list[ResultTuple] = []
    for (article_id, text, published, title), doc in zip(chunk, nlp.pipe(texts, batch_size=batch_size), strict=True):
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
    workers: int

    def map_ordered(self, chunks: Iterable[Sequence[ArticleTuple]]) -> Iterator[list[ResultTuple]]: ...

    def close(self) -> None: ...


def _bounded_ordered(
    submit: Callable[[Sequence[ArticleTuple]], Any],
    result_of: Callable[[Any], list[ResultTuple]],
    chunks: Iterable[Sequence[ArticleTuple]],
    window: int,
) -> Iterator[list[ResultTuple]]:
    """Keep at most ``window`` chunks in flight and yield results in submission order (bounded memory)."""
    pending: deque[Any] = deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        if len(pending) >= window:
            yield result_of(pending.popleft())
    while pending:
        yield result_of(pending.popleft())


@dataclass
class InProcessExecutor:
    model_name: str
    batch_size: int
    max_chars: int
    workers: int = 1

    def map_ordered(self, chunks: Iterable[Sequence[ArticleTuple]]) -> Iterator[list[ResultTuple]]:
        for chunk in chunks:
            yield annotate_chunk(chunk, self.model_name, self.batch_size, self.max_chars)

    def close(self) -> None:
        return None


class LocalPoolExecutor:
    """A pool of worker processes on this machine; each loads the model once and keeps it."""

    def __init__(self, model_name: str, batch_size: int, max_chars: int, n_process: int) -> None:
        self._args = (model_name, batch_size, max_chars)
        self._n = self.workers = n_process
        self._pool = ProcessPoolExecutor(max_workers=n_process, mp_context=multiprocessing.get_context("fork"))

    def map_ordered(self, chunks: Iterable[Sequence[ArticleTuple]]) -> Iterator[list[ResultTuple]]:
        def submit(chunk: Sequence[ArticleTuple]) -> Future[list[ResultTuple]]:
            return self._pool.submit(annotate_chunk, list(chunk), *self._args)

        return _bounded_ordered(submit, lambda f: f.result(), chunks, window=2 * self._n)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class DaskExecutor:
    """Chunks run as tasks on a Dask distributed cluster (a LocalCluster when no address is given)."""

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
        self._window = 2 * self.workers

    def map_ordered(self, chunks: Iterable[Sequence[ArticleTuple]]) -> Iterator[list[ResultTuple]]:
        def submit(chunk: Sequence[ArticleTuple]) -> Any:
            # pure=False: identical chunks are still separate tasks, and results are not kept on workers.
            return self._client.submit(annotate_chunk, list(chunk), *self._args, pure=False)

        return _bounded_ordered(submit, lambda f: f.result(), chunks, window=self._window)

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def make_executor(params: dict[str, Any]) -> Executor:
    model_name = params["model"]
    batch_size = int(params.get("batch_size", 64))
    max_chars = int(params.get("max_chars", 200_000))
    n_process = int(params.get("n_process", 1))
    kind = params.get("executor", "local")
    if kind == "dask":
        return DaskExecutor(model_name, batch_size, max_chars, n_process, params.get("dask_scheduler"))
    if kind != "local":
        raise ValueError(f"annotate.executor must be 'local' or 'dask', not {kind!r}")
    if n_process <= 1:
        return InProcessExecutor(model_name, batch_size, max_chars)
    return LocalPoolExecutor(model_name, batch_size, max_chars, n_process)


def chunked(items: Sequence[ArticleTuple], size: int) -> Iterator[Sequence[ArticleTuple]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def annotate_articles(
    articles: Iterable[ArticleTuple], executor: Executor, cache: ArticleCache | None, chunk_size: int
) -> Iterator[ResultTuple]:
    """Results for every article, in input order: from the cache where present, else computed and cached."""
    buffer: list[ArticleTuple] = []

    def flush() -> Iterator[ResultTuple]:
        cached = {a[0]: cache.get(a[0]) for a in buffer} if cache is not None else {}
        todo = [a for a in buffer if cached.get(a[0]) is None]
        computed: dict[str, ResultTuple] = {}
        # Small batches are split evenly so that every worker gets a share.
        size = max(1, min(chunk_size, -(-len(todo) // executor.workers)))
        for results in executor.map_ordered(chunked(todo, size)):
            for result in results:
                computed[result[0]] = result
                if cache is not None:
                    cache.put(result)
        for article in buffer:
            yield cached.get(article[0]) or computed[article[0]]
        buffer.clear()

    # Enough articles per flush to keep every worker busy, few enough to bound memory.
    flush_size = chunk_size * 8
    for article in articles:
        buffer.append(article)
        if len(buffer) >= flush_size:
            yield from flush()
    if buffer:
        yield from flush()
