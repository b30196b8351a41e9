"""Organisation names the small model leaves untagged, found by ``Matcher`` patterns built from the lexicon
(``dipnews/extract/lexicons/organizations.yaml``) and the actors lexicon's corporate suffixes:

* a body named by capitalised name words and a body head: "the Foreign Ministry", "Senate Finance
  Committee", "Liberal Democratic Party"; or by a head and an "of" phrase: "Ministry of Defence";
* a firm named by capitalised name words and a corporate suffix: "Homegate Hospitality Inc";
* a news agency by its name: "Xinhua", "Interfax".

Name words never belong to a person, place or nationality the model tagged: "Japanese Foreign Ministry"
is the ministry "Foreign Ministry" after the demonym, which stays a mention of Japan. The extractor
(:mod:`.extractor`) adds the spans where spaCy found no entity of its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from dipnews.extract.lexicons import load_lexicon

ORGANIZATIONS_LEXICON = load_lexicon(
    "organizations",
    require=(
        "body_heads",
        "news_agencies",
    ),
)
BODY_HEADS: frozenset[str] = ORGANIZATIONS_LEXICON.words("body_heads")
NEWS_AGENCIES: frozenset[str] = ORGANIZATIONS_LEXICON.words("news_agencies")

# Entity labels whose tokens are never name words of an organisation found here.
_OTHER_ENTITY_LABELS = ["PERSON", "GPE", "NORP", "LOC", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL"]
# A name word: capitalised, not a function word, not part of another kind of entity.
_NAME_WORD: dict[str, Any] = {
    "IS_TITLE": True,
    "IS_STOP": False,
    "ENT_TYPE": {"NOT_IN": _OTHER_ENTITY_LABELS},
}
_MAX_NAME_WORDS = 4


def _name_words(n: int) -> list[dict[str, Any]]:
    return [dict(_NAME_WORD) for _ in range(n)]


def organization_patterns(
    body_heads: Iterable[str], corporate_suffixes: Iterable[str], agencies: Iterable[list[str]]
) -> dict[str, list[list[dict[str, Any]]]]:
    """Matcher patterns by label: ``body`` ("Foreign Ministry", "Ministry of Defence"), ``firm``
    ("Dow Chemical Co") and ``agency`` (the listed names, as token sequences)."""
    head = {"LOWER": {"IN": sorted(body_heads)}, "IS_TITLE": True}
    suffix = {"LOWER": {"IN": sorted(corporate_suffixes)}, "IS_ALPHA": True, "IS_LOWER": False}
    body = [[*_name_words(n), head] for n in range(1, _MAX_NAME_WORDS + 1)]
    body += [[head, {"LOWER": "of"}, *_name_words(n)] for n in range(1, _MAX_NAME_WORDS)]
    firm = [[*_name_words(n), suffix] for n in range(1, _MAX_NAME_WORDS + 1)]
    agency = [[{"ORTH": word} for word in words] for words in agencies]
    return {"body": body, "firm": firm, "agency": agency}


@lru_cache(maxsize=8)
def _matcher(vocab: Vocab, corporate_suffixes: frozenset[str]) -> Matcher:
    from spacy.lang.en import English

    tokenizer = English().tokenizer  # the agency names as the pipeline's tokenizer splits them
    agencies = [[t.text for t in tokenizer(name)] for name in sorted(NEWS_AGENCIES)]
    matcher = Matcher(vocab)
    for label, patterns in organization_patterns(BODY_HEADS, corporate_suffixes, agencies).items():
        matcher.add(label, patterns, greedy="LONGEST")
    return matcher


def pattern_organization_spans(doc: Doc, corporate_suffixes: frozenset[str]) -> list[tuple[int, int]]:
    """Token spans (start, end) of organisation names the patterns find, longest first where two overlap,
    in text order."""
    matches = sorted(
        ((start, end) for _, start, end in _matcher(doc.vocab, corporate_suffixes)(doc)),
        key=lambda span: (span[0] - span[1], span[0]),
    )
    taken: set[int] = set()
    spans: list[tuple[int, int]] = []
    for start, end in matches:
        if taken.isdisjoint(range(start, end)):
            spans.append((start, end))
            taken.update(range(start, end))
    return sorted(spans)
