"""Hyphenated pairs of countries before a noun of dealings: "U.S.-Japanese trade talks", "the Sino-Soviet
summit", "Israeli-Palestinian negotiations", "the Franco-German treaty".

The press names the two sides of a dealing in one hyphenated modifier. The model tags such a pair as one
entity of the wrong kind ("U.S.-Japan" ORG, "Franco-German" PERSON, "Sino-Soviet" NORP) or not at all,
so neither country would be an actor, and the talks would have no parties. Each side is a country's name,
a demonym or a combining form ("Sino", countries.yaml); before a noun of dealings
(``pair_dealing_nouns`` in actors.yaml) every side is a mention of its country, as "talks with Japanese
officials" names Japan (gold guideline, convention 1). Before other nouns ("the Indo-Pacific region",
"an Anglo-Saxon name") a pair names no party.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dipnews.extract.actors.countries import country_in_pair

# "U.S.-Japan" keeps the abbreviation's dots: split on hyphens only
_SIDE = re.compile(r"[^-]+")


@dataclass(frozen=True)
class CountryPair:
    """A hyphenated pair: its tokens (start, end) and each side as (char_start, char_end, ISO3)."""

    start: int
    end: int
    sides: tuple[tuple[int, int, str], ...]


def country_pairs(doc: Doc, dealing_nouns: frozenset[str]) -> list[CountryPair]:
    """Every hyphenated pair of two or more distinct countries that modifies a noun of dealings (lemmas)."""
    pairs: list[CountryPair] = []
    i = 0
    while i < len(doc):
        end = _joined_run_end(doc, i)
        if "-" in doc[i:end].text and _modifies_dealing(doc[end - 1], dealing_nouns):
            sides = _sides(doc, i, end)
            if sides is not None:
                pairs.append(CountryPair(i, end, sides))
        i = end
    return pairs


def _joined_run_end(doc: Doc, start: int) -> int:
    """The end of the run of tokens written together from ``start`` ("Sino", "-", "Soviet")."""
    end = start + 1
    # a hyphen token between words ("U.S.-Japan" may be one token already)
    while end < len(doc) and not doc[end - 1].whitespace_ and "-" in (doc[end - 1].text, doc[end].text):
        end += 1
    return end


def _modifies_dealing(token: Token, dealing_nouns: frozenset[str]) -> bool:
    """The run's last word modifies (directly, or through other modifiers: "peace talks") a noun of
    dealings."""
    head = token
    while head.dep_ in ("amod", "compound", "nmod") and head.head.i > head.i:
        head = head.head
    return head is not token and head.pos_ == "NOUN" and head.lemma_.lower() in dealing_nouns


def _sides(doc: Doc, start: int, end: int) -> tuple[tuple[int, int, str], ...] | None:
    """Each side of the run with its country; None unless every side is a distinct country."""
    base = doc[start].idx
    text = doc[start:end].text  # (the run's own text: the whole doc's text is rebuilt on every access)
    sides = tuple(
        (base + m.start(), base + m.end(), code)
        for m in _SIDE.finditer(text)
        if (code := country_in_pair(m.group())) is not None
    )
    parts = len(_SIDE.findall(text))
    if parts < 2 or len(sides) != parts or len({code for _, _, code in sides}) != parts:
        return None
    return sides
