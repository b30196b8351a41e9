"""The one normalised form of a name, for identity and matching (never for display).

Actor ids and the merging of actors across articles (dipnews.consolidate.corpus), the clustering of
name mentions in one article (dipnews.extract.actors.extractor) and the scoring against gold
(dipnews.evaluation.scoring) all
compare names through :func:`normalise_name`, so two spellings that one of them treats as the same
name ("Wałęsa" / "Walesa", "U.S." / "US") are the same name for all of them.
"""

from __future__ import annotations

import re
import unicodedata

# Letters that NFKD does not decompose into a base letter and an accent ("ł" is not "l" + a mark), with
# the letters the English press writes for them ("Wałęsa" -> "Walesa", "Ødegaard" -> "Odegaard").
_UNDECOMPOSED_LETTERS = str.maketrans("łŁøØđĐıðÐ", "lLoOdDidD")
_LIGATURES = {"ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "TH"}
_POSSESSIVE_S = re.compile(r"'s\b")
# Dots, middle dots and apostrophes join the letters around them ("U.S." ~ "US", "O'Neill" ~ "ONeill").
_JOINING_MARKS = re.compile(r"[.\u00b7']")
_NON_WORD = re.compile(r"[^\w]+")


def fold_accents(text: str) -> str:
    """The text with accents removed and non-decomposing letters spelled in ASCII, case kept."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED_LETTERS))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return "".join(_LIGATURES.get(ch, ch) for ch in stripped)


def normalise_name(name: str) -> str:
    """Case-, accent-, punctuation- and spacing-insensitive form: "Peña Nieto" ~ "pena nieto",
    "Wałęsa" ~ "walesa", "the U.S." ~ "us", "Putin's" ~ "putin", "Jean-Luc" ~ "jean luc"."""
    lowered = fold_accents(name).casefold().replace("\u2019", "'")
    lowered = _POSSESSIVE_S.sub("", lowered)
    lowered = _JOINING_MARKS.sub("", lowered)
    words = _NON_WORD.sub(" ", lowered).replace("_", " ").split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)
