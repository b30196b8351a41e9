"""The one place that loads spaCy and answers questions about a parsed Doc."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

# A wire or web dateline opening the text: the place in capitals, an optional ", Country" or ", May 14",
# an optional agency in parentheses, then a dash: "WASHINGTON (AP) —", "BEIJING, May 14 (Reuters) -",
# "KYIV, Ukraine (AP) —". Parsed as part of the first sentence, it becomes that sentence's subject.
DATELINE = re.compile(
    r"\A\s*[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+)*"
    r"(?:,\s+[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,2})?"
    r"\s*(?:\([^()\n]{1,30}\))?\s*(?:—|–|--|-)\s+"
)
DATELINE_COMPONENT = "dipnews_dateline"


@Language.component(DATELINE_COMPONENT)
def split_dateline(doc: Doc) -> Doc:
    """Start a sentence after an opening dateline, before the parser runs (it keeps preset boundaries)."""
    match = DATELINE.match(doc.text)
    if match is not None:
        span = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = True
            if span.start + 1 < len(doc):
                # The small parser may otherwise cut off the next word alone ("NAIROBI - | IMF | managing
                # director ..."): the sentence after a dateline is at least two words long.
                doc[span.start + 1].is_sent_start = False
    return doc


@lru_cache(maxsize=4)
def load_model(name: str) -> Language:
    """Load an installed spaCy pipeline by package name (never from the network), with the dateline
    splitter before its parser."""
    nlp = spacy.load(name)
    if "parser" in nlp.pipe_names and DATELINE_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(DATELINE_COMPONENT, before="parser")
    return nlp


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
