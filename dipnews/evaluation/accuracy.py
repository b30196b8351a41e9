"""The pipeline's tables scored against a gold set: the figures of ``metrics/accuracy.json``.

:func:`evaluate` is what the ``evaluate`` stage writes per gold set and what
``python -m dipnews.evaluation.external`` prints for the shared gold: the gold articles are found in
the tables by their cleaned text and scored by the rules of :mod:`dipnews.evaluation.scoring`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import pandas as pd

from dipnews.evaluation.gold import GoldArticle
from dipnews.evaluation.scoring import find_article_ids, score_corpus
from dipnews.ingest.cleaning import article_id_for, clean_text


def evaluate(
    tables: Mapping[str, pd.DataFrame],
    gold_articles: Sequence[GoldArticle],
    clean: Callable[[str], str] = clean_text,
) -> dict[str, Any]:
    """Score the tables against the gold articles found in them; report which were not found."""
    articles = tables.get("articles", pd.DataFrame())
    found = find_article_ids(gold_articles, articles, clean, article_id_for)
    pairs = [(gold, found[gold.doc.id]) for gold in gold_articles if gold.doc.id in found]
    metrics = score_corpus(tables, pairs)
    metrics["n_gold_articles"] = len(gold_articles)
    # A count, not the list of ids: `dvc metrics show` reads numbers; the stage prints the ids.
    metrics["n_missing_gold_articles"] = len(missing_gold_articles(gold_articles, found))
    return metrics


def missing_gold_articles(gold_articles: Sequence[GoldArticle], found: Mapping[str, str]) -> list[str]:
    """Ids of the gold articles not found in the tables (ingest rejected them), sorted."""
    return sorted(g.doc.id for g in gold_articles if g.doc.id not in found)
