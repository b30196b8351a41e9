"""Credit and link lines of a news page: the byline, the reporting and editing credits, a photo credit,
a line linking to another story, and the agency a dateline credits ("WASHINGTON (Reuters) -").

Web copy keeps them in the text ("By Jane Doe, Reuters", "Reporting by X; Editing by Y", a caption ending
"REUTERS/John Roe", "READ MORE: X meets Y in Beijing"). The people a credit names made the page, and a
link's headline is another story's news: neither names actors of this story (and the home country the
actors step gives an unmarked person would be wrong for a page's makers). The markers are data
(dipnews/extract/lexicons/credits.yaml).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from dipnews.extract.lexicons import load_lexicon
from dipnews.nlp.parsing import datelines, doc_text

CREDITS_LEXICON = load_lexicon("credits", require=("photo_agencies", "credit_roles", "link_labels"))
PHOTO_AGENCIES: frozenset[str] = CREDITS_LEXICON.words("photo_agencies")
CREDIT_ROLES: frozenset[str] = CREDITS_LEXICON.words("credit_roles")
LINK_LABELS: frozenset[str] = CREDITS_LEXICON.words("link_labels")
# A credit line is short: a body paragraph opening "By then, ..." runs on.
CREDIT_LINE_MAX_CHARS = 160


def _alternatives(words: frozenset[str]) -> str:
    # longest first, so "AP Photo" wins over "AP"; spaces inside an entry match any run of spaces
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _credit_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    roles = _alternatives(CREDIT_ROLES - {"by"})
    # "By" (capitalised) or a role, then a capitalised name; the rest of the line is free ("; Editing by")
    line = re.compile(
        rf"^[ \t]*\(?(?:By|(?i:{roles})[ \t]+by)[ \t]+[A-Z][^\n]{{0,{CREDIT_LINE_MAX_CHARS}}}$",
        re.MULTILINE,
    )
    photo = re.compile(rf"\b(?:{_alternatives(PHOTO_AGENCIES)})[ \t]*/[ \t]*[^\n]*", re.IGNORECASE)
    link = re.compile(
        rf"^[ \t]*(?:{_alternatives(LINK_LABELS)})[ \t]*:[^\n]{{1,{CREDIT_LINE_MAX_CHARS}}}$",
        re.MULTILINE | re.IGNORECASE,
    )
    return line, photo, link


def credit_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the credit and link lines in ``text``, in order: a whole byline, credit or link
    line, a photo credit from its agency to the end of its line."""
    line, photo, link = _credit_patterns()
    spans = [m.span() for m in line.finditer(text) if not _runs_on(m.group())]
    spans += [m.span() for m in photo.finditer(text)]
    spans += [m.span() for m in link.finditer(text)]
    spans += _dateline_agencies(text)
    return sorted(spans)


# The agency a dateline credits in parentheses ("WASHINGTON (Reuters) -", "BEIJING, May 14 (Xinhua) --").
_AGENCY_IN_BRACKETS = re.compile(r"\([^()\n]{1,30}\)")


def _dateline_agencies(text: str) -> list[tuple[int, int]]:
    """The bracketed agency of each dateline: the source of the copy, no actor of its story."""
    return [
        (match.start() + agency.start(), match.start() + agency.end())
        for match in datelines(text)
        for agency in _AGENCY_IN_BRACKETS.finditer(match.group())
    ]


def doc_credit_spans(doc: Doc) -> list[tuple[int, int]]:
    """:func:`credit_spans` of the Doc's text, found once per Doc (two steps of the actors extractor
    read them)."""
    spans = doc.user_data.get(_CREDITS_KEY)
    if spans is None:
        spans = doc.user_data[_CREDITS_KEY] = credit_spans(doc_text(doc))
    return spans


def on_credit_line(doc: Doc, offset: int) -> bool:
    """The character offset lies on a credit or link line of the Doc (see :func:`doc_credit_spans`)."""
    return any(start <= offset < end for start, end in doc_credit_spans(doc))


_CREDITS_KEY = "dipnews.credit_spans"


def _runs_on(line: str) -> bool:
    """A body sentence that opens with "By" ("By then, the talks had ended.", "By Friday Xi and Putin had
    met twice."): it ends with a full stop and has lower-case words other than a credit's own."""
    if not line.rstrip().endswith("."):
        return False
    return any(w[:1].islower() and w.lower() not in _CREDIT_WORDS for w in line.split())


# Lower-case words a credit line itself has ("Reporting by X and Y; Editing by Z", "de", "van").
_CREDIT_WORDS = frozenset({"by", "and", "of", "in", "for", "de", "da", "van", "von", "al", "bin"})
