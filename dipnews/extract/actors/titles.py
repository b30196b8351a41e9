"""Vocabulary of offices and roles, used to read titles around person names.

Kept apart from the extractor so that the tables can be reviewed (and extended) on their own: the
office words are data, in ``dipnews/extract/lexicons/titles.yaml``. All entries are lower case; look-ups
lower-case the token first. :func:`office_title` is the last check on every title the extractor keeps.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from dipnews.extract.lexicons import load_lexicon

TITLES_LEXICON = load_lexicon(
    "titles",
    require=(
        "title_heads",
        "title_modifiers",
        "title_of_objects",
        "office_unit_words",
        "counterpart_nouns",
        "hospitality_nouns",
        "inner_honorifics",
        "plural_abbreviations",
        "title_abbreviations",
        "company_offices",
        "honorifics",
        "post_nominals",
        "national_office_names",
        "office_epithets",
        "generic_office_nouns",
        "body_name_heads",
        "single_name_titles",
    ),
)
# Offices a state names its own way -> the office a counterpart in another state holds.
NATIONAL_OFFICE_NAMES: Mapping[str, str] = TITLES_LEXICON.table("national_office_names")

# Press epithets for an office holder ("the pontiff", "the monarch") -> the office heads they describe.
OFFICE_EPITHETS: Mapping[str, tuple[str, ...]] = TITLES_LEXICON.table("office_epithets")

# Person nouns of no particular office ("the Lao official", "the two diplomats"): any office holder's.
GENERIC_OFFICE_NOUNS: frozenset[str] = TITLES_LEXICON.words("generic_office_nouns")

# Nouns that name an office or role: the head (last word) of a title ("defence *minister*").
TITLE_HEADS: frozenset[str] = TITLES_LEXICON.words("title_heads")

# Words that modify a title head inside an office name ("*foreign* minister", "*deputy trade*
# representative").  Portfolio words are here because spaCy's small model often tags them as ORG
# when capitalised ("Russia's *Defence* Minister"); a token in this set is read as part of a title.
TITLE_MODIFIERS: frozenset[str] = TITLES_LEXICON.words("title_modifiers")

# Royal, princely and church titles: with a single given name they are part of how the name is written
# ("King Fahd", "Prince Charles", "Patriarch Kirill"), so the name keeps them (titles.yaml).
ROYAL_TITLES: frozenset[str] = TITLES_LEXICON.words("single_name_titles")

# Courtesy titles and forms of address: not offices, never recorded as titles, skipped when reading
# around a name (titles.yaml, group honorifics).
HONORIFICS: frozenset[str] = TITLES_LEXICON.words("honorifics")

# Letters after a name for a seat or an honour ("Anthony Albanese MP"): titles.yaml, group post_nominals.
POST_NOMINALS: frozenset[str] = TITLES_LEXICON.words("post_nominals")

# Words that mark a person as female: used only to keep "she" from resolving to a man and "he" to a
# woman when the article gives such a marker.
FEMALE_MARKERS: frozenset[str] = frozenset(
    {
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "miss",
        "madam",
        "mme",
        "mme.",
        "dame",
        "lady",
        "queen",
        "princess",
        "empress",
        "spokeswoman",
        "chairwoman",
        "congresswoman",
        "businesswoman",
        "first lady",
    }
)

# Short (abbreviated) heads and their full forms, so that "Rep. Tom Cole" gets "representative".
TITLE_ABBREVIATIONS: dict[str, str] = {
    str(k): str(v) for k, v in TITLES_LEXICON.table("title_abbreviations").items()
}

# Objects of "of" that continue an office name ("secretary *of state*", "minister *of defence*").
TITLE_OF_OBJECTS: frozenset[str] = TITLES_LEXICON.words("title_of_objects")


# Offices held only in companies: their holders get no country guessed from the setting.
COMPANY_OFFICES: frozenset[str] = TITLES_LEXICON.words("company_offices")


def is_company_office(title: str) -> bool:
    """ "ceo", "former chief executive officer": an office held in a company only."""
    words = title.split()
    return any(" ".join(words[k:]) in COMPANY_OFFICES for k in range(len(words)))


# Abbreviated plural heads ("Sens. Tom Carper and Chris Coons") and the office each of the persons holds.
PLURAL_ABBREVIATIONS: dict[str, str] = {
    str(k): str(v) for k, v in TITLES_LEXICON.table("plural_abbreviations").items()
}
# English plural endings of office nouns and their singular endings, longest first: "secretaries",
# "chairmen", "ministers". A plural is read as an office only when its singular is a listed head.
_PLURAL_ENDINGS: tuple[tuple[str, str], ...] = (("ies", "y"), ("men", "man"), ("s", ""))


def singular_title_head(word: str) -> str | None:
    """The singular head a plural office word stands for ("Ministers" -> "minister", "Sens." ->
    "senator"), or None when the word is not the plural of a head."""
    lower = word.lower()
    if lower in PLURAL_ABBREVIATIONS:
        return PLURAL_ABBREVIATIONS[lower]
    if lower in TITLE_HEADS or lower in TITLE_MODIFIERS:
        return None
    for plural, singular in _PLURAL_ENDINGS:
        if lower.endswith(plural) and len(lower) > len(plural) + 1:
            stem = lower[: -len(plural)] + singular
            if stem in TITLE_HEADS:
                return stem
    return None


def title_head(word: str) -> str | None:
    """The normalised head for an office word ("Rep." -> "representative", "Ministers" -> "minister"),
    or None."""
    lower = word.lower()
    if lower in TITLE_ABBREVIATIONS:
        return TITLE_ABBREVIATIONS[lower]
    return lower if lower in TITLE_HEADS else singular_title_head(lower)


def is_title_word(word: str) -> bool:
    lower = word.lower()
    return (
        lower in TITLE_HEADS
        or lower in TITLE_MODIFIERS
        or lower in TITLE_ABBREVIATIONS
        or singular_title_head(lower) is not None
    )


# Words that may stand inside a kept title without being read as title words (see titles.yaml).
OFFICE_UNIT_WORDS: frozenset[str] = TITLES_LEXICON.words("office_unit_words")
# Last words of a body's name before its office holder's name ("the Kurdistan Region Dilshad Ahmedi").
BODY_NAME_HEADS: frozenset[str] = TITLES_LEXICON.words("body_name_heads")
COUNTERPART_NOUNS: frozenset[str] = TITLES_LEXICON.words("counterpart_nouns")
HOSPITALITY_NOUNS: frozenset[str] = TITLES_LEXICON.words("hospitality_nouns")
INNER_HONORIFICS: frozenset[str] = TITLES_LEXICON.words("inner_honorifics")

# A title is words (letters, inner hyphens, apostrophes, abbreviation dots) separated by spaces; an
# opening bracket or any other punctuation ends it ("chairman of the federation (keidanren").
_TITLE_END = re.compile(r"[^\w\s'’.-]|\d")
_EDGE_PUNCTUATION = "-–—'’.,;: "


def _is_office_word(word: str) -> bool:
    """An office word, or a hyphenated compound of office words ("ex-president", "vice-presidential")."""
    if word in TITLE_HEADS or word in TITLE_MODIFIERS or word in OFFICE_UNIT_WORDS:
        return True
    if word in TITLE_ABBREVIATIONS:
        return True
    parts = word.split("-")
    return len(parts) > 1 and all(part and _is_office_word(part) for part in parts)


def is_office_compound(word: str) -> bool:
    """A hyphenated office: office words joined by hyphens, the last a head ("ex-president")."""
    parts = word.split("-")
    return len(parts) > 1 and _is_office_word(word) and title_head(parts[-1]) is not None


def _ends_in_head(word: str) -> bool:
    return title_head(word) is not None or title_head(word.rsplit("-", 1)[-1]) is not None


def office_title(title: str) -> str | None:
    """The office a read title names, or None when it names none.

    Reading around a name can pick up words that are not part of the office: a hyphen or a bracket
    ("-president"), a noun of the clause before ("report president", "month deputy prime minister").
    The office is the longest run of office words that ends in a head, followed by an optional "of"
    phrase (a listed portfolio or the body the office serves: "leader of the X League"). So a title is
    never a punctuation fragment and never holds a word outside the office vocabulary before "of".
    """
    text = title.casefold()
    cut = _TITLE_END.search(text)
    if cut:
        text = text[: cut.start()]
    # The office ends at its first "of" or "for" phrase: "minister of state for finance", "senior
    # director for asian affairs".
    joint = re.search(r" (of|for) ", text)
    office, of, rest = (
        (text[: joint.start()], joint.group(1), text[joint.end() :]) if joint else (text, "", "")
    )
    words = office.strip(_EDGE_PUNCTUATION).split()
    if not words or not _ends_in_head(words[-1]):
        return None
    first = len(words)
    while first > 0 and (
        _is_office_word(words[first - 1].strip(_EDGE_PUNCTUATION))
        # "and" joins two portfolios of one office ("finance and national economy minister")
        or (
            words[first - 1] == "and"
            and first > 1
            and _is_office_word(words[first - 2])
            and not _ends_in_head(words[first - 2])  # "president and chief executive": two offices
        )
    ):
        first -= 1
    kept = [word.strip(_EDGE_PUNCTUATION) for word in words[first:]]
    if not kept or not _ends_in_head(kept[-1]):
        return None
    obj = rest.strip(_EDGE_PUNCTUATION)
    return " ".join(kept) + (f" {of} {obj}" if of and obj else "")
