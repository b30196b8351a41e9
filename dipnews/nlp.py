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
