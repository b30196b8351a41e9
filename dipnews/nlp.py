"""The one place that loads spaCy and answers questions about a parsed Doc."""

from __future__ import annotations

import bisect
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span


@lru_cache(maxsize=4)
def load_model(name: str) -> Language:
    """Load an installed spaCy pipeline by package name (never from the network)."""
    return spacy.load(name)


def model_fingerprint(nlp: Language) -> str:
    """``name-version`` of a loaded pipeline, as recorded in caches and the dataset card."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'unknown')}-{nlp.meta.get('version', '0')}"


def memoize_sentences(doc: Doc) -> None:
    """Compute the Doc's sentences once and answer ``doc.sents``, ``span.sent`` and ``token.sent`` from them.

    Without this, spaCy recomputes sentence boundaries on every ``.sent`` access (it first checks
    every token for sentence annotation), which made sentence look-ups about half of the extraction
    time. The hooks return the same Span objects spaCy would, so results do not change.
    """
    if "sents" in doc.user_hooks:
        return
    sentences = list(doc.sents)
    starts = [sentence.start for sentence in sentences]

    def sentence_of(i: int) -> Span:
        return sentences[max(bisect.bisect_right(starts, i) - 1, 0)]

    doc.user_hooks["sents"] = lambda _doc: iter(sentences)
    doc.user_span_hooks["sent"] = lambda span: sentence_of(span.start)
    doc.user_token_hooks["sent"] = lambda token: sentence_of(token.i)


class SentenceIndex:
    """Maps character offsets to 0-based sentence numbers of a Doc."""

    def __init__(self, doc: Doc) -> None:
        self.sentences: list[Span] = list(doc.sents)
        self._starts = [s.start_char for s in self.sentences]

    def __len__(self) -> int:
        return len(self.sentences)

    def index_at(self, char: int) -> int:
        """Number of the sentence containing ``char`` (0 for an empty doc)."""
        return max(bisect.bisect_right(self._starts, char) - 1, 0)

    def sentence_at(self, char: int) -> Span:
        return self.sentences[self.index_at(char)]
