"""The per-article step: one article and its one parse in, every article-local record out.

This pure function is the unit that the cache stores, that the local and Dask executors run,
and that the tests call: the same code path everywhere.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from typing import Any, NamedTuple

from spacy.tokens import Doc

from dipnews.extract.actors.extractor import extract_actors
from dipnews.extract.meetings.extractor import extract_meetings
from dipnews.extract.quotes.extractor import extract_quotes
from dipnews.model import ArticleActors, ArticleExtraction, ArticleMeta
from dipnews.nlp.parsing import MAX_SENTENCE_TOKENS, memoize_sentences

# Seconds one article's extraction may take (annotate.time_budget_seconds): an article of news
# takes well under one, a 200,000-character one a few; past this the article's records are left
# out and the stage records why (extraction_issues), instead of running for hours.
DEFAULT_TIME_BUDGET_SECONDS = 60


class ExtractionLimits(NamedTuple):
    """The settings that bound one article's extraction (both key the per-article cache)."""

    max_sentence_tokens: int = MAX_SENTENCE_TOKENS
    time_budget_seconds: float | None = DEFAULT_TIME_BUDGET_SECONDS


DEFAULT_LIMITS = ExtractionLimits()


class ExtractionTimeout(Exception):
    """The article's time budget ran out during extraction."""


def extract_article(
    doc: Doc, meta: ArticleMeta, max_sentence_tokens: int = MAX_SENTENCE_TOKENS
) -> ArticleExtraction:
    """Actors first (the others resolve people through their mentions), then meetings, then quotes."""
    memoize_sentences(doc, max_sentence_tokens)
    actors = extract_actors(doc, meta)
    meetings = extract_meetings(doc, meta, actors)
    quotes = extract_quotes(doc, meta, actors, meetings)
    return ArticleExtraction(
        article_id=meta.article_id,
        n_sentences=sum(1 for _ in doc.sents),
        actors=actors,
        meetings=meetings,
        quotes=quotes,
    )


@contextlib.contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise :class:`ExtractionTimeout` in the block once ``seconds`` have passed.

    A real-time interval timer (SIGALRM): it interrupts pure-Python loops that never check a
    clock. Signals reach only a process's main thread, where the in-process and local pool
    executors run the step; elsewhere (a Dask worker's thread) the block runs unbounded.
    """
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not seconds or not usable:
        yield
        return

    def expire(_signum: int, _frame: Any) -> None:
        raise ExtractionTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def extract_article_within(
    doc: Doc, meta: ArticleMeta, limits: ExtractionLimits = DEFAULT_LIMITS
) -> tuple[ArticleExtraction, str | None]:
    """:func:`extract_article` within the time budget; past it, no records and the reason why.

    The outcome of a budget that ran out depends on the machine's speed, so the annotate stage
    does not cache it (the next run tries again) and lists it in ``extraction_issues``.
    """
    try:
        with time_budget(limits.time_budget_seconds):
            return extract_article(doc, meta, limits.max_sentence_tokens), None
    except ExtractionTimeout:
        memoize_sentences(doc, limits.max_sentence_tokens)
        empty = ArticleExtraction(meta.article_id, sum(1 for _ in doc.sents), ArticleActors())
        detail = (
            f"extraction took more than annotate.time_budget_seconds={limits.time_budget_seconds}: "
            "the article's actors, meetings and quotations are left out"
        )
        return empty, detail
