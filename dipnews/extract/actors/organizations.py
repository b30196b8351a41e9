"""Organisation names the small model leaves untagged, found by ``Matcher`` patterns built from the lexicon
(``dipnews/extract/lexicons/organizations.yaml``) and the actors lexicon's corporate suffixes:

* a body named by capitalised name words and a body head: "the Foreign Ministry", "Senate Finance
  Committee", "Liberal Democratic Party"; or by a head and an "of" phrase: "Ministry of Defence";
* a firm named by capitalised name words and a corporate suffix: "Homegate Hospitality Inc";
* a news agency by its name: "Xinhua", "Interfax";
* a team in a line of results, standings or fixtures: "Celtic 3 Raith 0", "Becej 3 2 1 0 5 1 7 Partizan
  2 ...", "Aberdeen v Hearts", also where the model reads the name as a place or a person
  (:func:`team_spans`).

Name words never belong to a person, place or nationality the model tagged: "Japanese Foreign Ministry"
is the ministry "Foreign Ministry" after the demonym, which stays a mention of Japan. The extractor
(:mod:`.extractor`) adds the spans where spaCy found no entity of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from dipnews.extract.lexicons import load_lexicon

ORGANIZATIONS_LEXICON = load_lexicon(
    "organizations",
    require=(
        "body_heads",
        "news_agencies",
        "versus_words",
        "ministry_portfolios",
        "generic_body_words",
        "creditor_committee_kinds",
        "creditor_words",
    ),
)
BODY_HEADS: frozenset[str] = ORGANIZATIONS_LEXICON.words("body_heads")
MINISTRY_PORTFOLIOS: frozenset[str] = ORGANIZATIONS_LEXICON.words("ministry_portfolios")
GENERIC_BODY_WORDS: frozenset[str] = ORGANIZATIONS_LEXICON.words("generic_body_words")
NEWS_AGENCIES: frozenset[str] = ORGANIZATIONS_LEXICON.words("news_agencies")
VERSUS_WORDS: frozenset[str] = ORGANIZATIONS_LEXICON.words("versus_words")
CREDITOR_COMMITTEE_KINDS: frozenset[str] = ORGANIZATIONS_LEXICON.words("creditor_committee_kinds")
CREDITOR_WORDS: frozenset[str] = ORGANIZATIONS_LEXICON.words("creditor_words")

# Entity labels whose tokens are never name words of an organisation found here.
_OTHER_ENTITY_LABELS = ["PERSON", "GPE", "NORP", "LOC", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL"]
# A name word: capitalised, not a function word, not part of another kind of entity.
_NAME_WORD: dict[str, Any] = {
    "IS_TITLE": True,
    "IS_STOP": False,
    "ENT_TYPE": {"NOT_IN": _OTHER_ENTITY_LABELS},
}
_MAX_NAME_WORDS = 4


def is_generic_body(normalised_name: str) -> bool:
    """A body named only by common words ("foreign ministry", "central bank", "supreme court", as
    :func:`~dipnews.extract.actors.names.normalise_name` writes them): every country has one, so the name
    alone does not tell which (its country does)."""
    words = normalised_name.split()
    return any(w in BODY_HEADS for w in words) and all(
        w in BODY_HEADS or w in GENERIC_BODY_WORDS for w in words
    )


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
    # "the Anti-Corruption Commission", "the Saudi-British Strategic Partnership Council": a first word
    # joined by a hyphen (a demonym too: the body is of the two, not of the second alone)
    joined = {"IS_TITLE": True, "IS_STOP": False}
    body += [[joined, {"ORTH": "-"}, *_name_words(n), head] for n in range(1, _MAX_NAME_WORDS)]
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


def _lower_case_ministries(doc: Doc) -> list[tuple[int, int]]:
    """ "China's foreign ministry said": a portfolio and "ministry" in lower case are the department too
    (found from the head word: a Matcher pattern per portfolio cost more than all the other patterns)."""
    found = []
    for token in doc:
        if token.text != "ministry":
            continue
        for length in (2, 1):
            start = token.i - length
            if start >= 0 and doc[start : token.i].text in MINISTRY_PORTFOLIOS:
                found.append((start, token.i + 1))
                break
    return found


def creditor_committee_spans(doc: Doc) -> list[tuple[int, int]]:
    """ "Brazil's bank advisory committee", "the steering committee for its international creditor
    banks": the committee of a country's creditor banks, written in lower case (the two words kept)."""
    return [
        (t.i - 1, t.i + 1)
        for t in doc
        if t.text == "committee" and is_creditor_committee(doc, t.i - 1, t.i + 1)
    ]


def is_creditor_committee(doc: Doc, start: int, end: int) -> bool:
    """The tokens ``start:end`` are "<advisory|steering|...> committee" among words of creditor banks."""
    if end - start != 2 or start < 0 or doc[end - 1].text != "committee":
        return False
    if doc[start].text not in CREDITOR_COMMITTEE_KINDS:
        return False
    around = doc[max(0, start - 3) : start].text.split() + [t.lower_ for t in doc[end : end + 6]]
    return any(word.split("-")[-1] in CREDITOR_WORDS for word in around)


def pattern_organization_spans(doc: Doc, corporate_suffixes: frozenset[str]) -> list[tuple[int, int]]:
    """Token spans (start, end) of organisation names the patterns find, longest first where two overlap,
    in text order."""
    matched = [(start, end) for _, start, end in _matcher(doc.vocab, corporate_suffixes)(doc)]
    matches = sorted(
        matched + _lower_case_ministries(doc) + creditor_committee_spans(doc),
        key=lambda span: (span[0] - span[1], span[0]),
    )
    taken: set[int] = set()
    spans: list[tuple[int, int]] = []
    for start, end in matches:
        if taken.isdisjoint(range(start, end)):
            spans.append((start, end))
            taken.update(range(start, end))
    return sorted(spans)


# A score or a table figure after a team's name: a small integer ("3") or a cricket total ("236-4"); not a
# year, a date or a time ("1996", "1996-08-24", "1:52.977"), which follow other names.
_SCORE = re.compile(r"^\d{1,3}(?:-\d{1,2})?$")
_MAX_TEAM_WORDS = 4
# At most this many tokens inside a bracketed aside between a team and its score: "Hearts ( Scotland ) 1".
_MAX_BRACKET_TOKENS = 4


def _is_team_word(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper()


def _lines(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token ranges of the text's lines: results and tables are laid out one row a line."""
    lines, start = [], 0
    for token in doc:
        if "\n" in token.text:
            lines.append((start, token.i))
            start = token.i + 1
    lines.append((start, len(doc)))
    return [(s, e) for s, e in lines if e > s]


def _skip_bracket(doc: Doc, i: int, line_end: int) -> int:
    """The token after a short bracketed aside that opens at ``i`` ("( Scotland )"), or ``i``."""
    if i < line_end and doc[i].text == "(":
        for k in range(i + 1, min(line_end, i + _MAX_BRACKET_TOKENS + 2)):
            if doc[k].text == ")":
                return k + 1
    return i


def _scored_names(doc: Doc, line_start: int, line_end: int) -> list[tuple[int, int, int]]:
    """(name start, name end, end of its scores) for every capitalised name followed by scores."""
    items = []
    i = line_start
    while i < line_end:
        if not _is_team_word(doc[i]):
            i += 1
            continue
        start = i
        while i < line_end and _is_team_word(doc[i]):
            i += 1
        after = _skip_bracket(doc, i, line_end)
        scores_end = after
        while scores_end < line_end and _SCORE.match(doc[scores_end].text):
            scores_end += 1
        if scores_end > after:
            items.append((max(start, i - _MAX_TEAM_WORDS), i, scores_end))
            i = scores_end
    return items


def _results_teams(doc: Doc, line_start: int, line_end: int) -> list[tuple[int, int]]:
    """Names of a results or standings row: at least two names with scores back to back ("Celtic 3
    Raith 0"); a name followed by a figure with other words between ("Boeing 747 and ...") is none."""
    teams: list[tuple[int, int]] = []
    chain: list[tuple[int, int, int]] = []
    for item in _scored_names(doc, line_start, line_end):
        if chain and item[0] != chain[-1][2]:
            teams += [(s, e) for s, e, _ in chain] if len(chain) > 1 else []
            chain = []
        chain.append(item)
    teams += [(s, e) for s, e, _ in chain] if len(chain) > 1 else []
    return teams


def _fixture_teams(doc: Doc, line_start: int, line_end: int) -> list[tuple[int, int]]:
    """The two names around "v" in a fixture or result ("Aberdeen v Hearts", "Lyngby ( Denmark ) v
    Brugge")."""
    teams: list[tuple[int, int]] = []
    for i in range(line_start + 1, line_end - 1):
        if doc[i].lower_ not in VERSUS_WORDS:
            continue
        left_end = i
        if doc[i - 1].text == ")":  # a bracketed country after the first team
            opening = next(
                (
                    k
                    for k in range(i - 2, max(line_start, i - _MAX_BRACKET_TOKENS - 2), -1)
                    if doc[k].text == "("
                ),
                None,
            )
            left_end = opening if opening is not None else i
        left_start = left_end
        while (
            left_start > line_start
            and left_end - left_start < _MAX_TEAM_WORDS
            and _is_team_word(doc[left_start - 1])
        ):
            left_start -= 1
        right_end = i + 1
        while right_end < line_end and right_end - i <= _MAX_TEAM_WORDS and _is_team_word(doc[right_end]):
            right_end += 1
        if left_start < left_end and right_end > i + 1:
            teams += [(left_start, left_end), (i + 1, right_end)]
    return teams


def team_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token spans of the teams named in results, standings and fixtures lines, in text order."""
    spans: set[tuple[int, int]] = set()
    for line_start, line_end in _lines(doc):
        spans.update(_results_teams(doc, line_start, line_end))
        spans.update(_fixture_teams(doc, line_start, line_end))
    taken: set[int] = set()
    kept = []
    for start, end in sorted(spans, key=lambda span: (span[0] - span[1], span[0])):
        if taken.isdisjoint(range(start, end)):
            kept.append((start, end))
            taken.update(range(start, end))
    return sorted(kept)
