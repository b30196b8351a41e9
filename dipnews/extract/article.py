"""The per-article step: one article and its one parse in, every article-local record out.

This pure function is the unit that the cache stores, that the local and Dask executors run,
and that the tests call: the same code path everywhere.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dipnews.extract.actors.extractor import extract_actors
from dipnews.extract.meetings.extractor import extract_meetings
from dipnews.extract.quotes.extractor import extract_quotes
from dipnews.model import ArticleExtraction, ArticleMeta
from dipnews.nlp.parsing import memoize_sentences


def extract_article(doc: Doc, meta: ArticleMeta) -> ArticleExtraction:
    """Actors first (the others resolve people through their mentions), then meetings, then quotes."""
    memoize_sentences(doc)
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
