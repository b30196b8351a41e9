"""Time expressions in news text and their resolution against the publication date.

Two steps, kept apart so each can be tested alone:

* :func:`find_date_expressions` finds the time expressions of a piece of text (a sentence) with their
  character offsets, as written ("on Sunday (April 16)", "last month", "Dec. 28", "next week");
* :func:`resolve_date` turns one expression into a :class:`ResolvedDate` (a date plus its precision),
  anchored on the article's publication date.

The anchoring and the precision are decided here rather than by a generic date parser: such parsers
turn "last month" into a precise-looking day (today's day-of-month one month back), which would claim a
precision the text does not have. The rules follow the gold guideline: a coarse expression gets the first
day of its month/year and precision "month"/"year"; an expression that names no determinable day, month
or year (or a relative one without a publication date) gets ``date=None`` and precision "unknown".
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from dipnews.extract.lexicons import load_lexicon

PAST = "past"
FUTURE = "future"

# Month names and the abbreviations news agencies use ("Dec. 28", "Sept 3"): name -> month number, data
# in dipnews/extract/lexicons/dates.yaml (in the file's order: the patterns below try longer names first).
DATES_LEXICON = load_lexicon("dates", require=("months",))
MONTHS: dict[str, int] = {name: int(number) for name, number in DATES_LEXICON.table("months").items()}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
# Small number words used in "two days ago".
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10,
}  # fmt: skip

# Expressions that name the publication day itself (a same-day report).
SAME_DAY_WORDS = (
    "today", "tonight", "this morning", "this afternoon", "this evening", "earlier today", "later today",
    "earlier in the day", "later in the day", "in the morning", "in the afternoon", "in the evening",
    "the morning", "the afternoon", "the evening",
)  # fmt: skip

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_ALT = "|".join(WEEKDAYS)
# When searching running text, month and weekday names must be capitalised: "may", "march", "sat" are
# also ordinary words. The qualifiers around them stay case-insensitive (sentence-initial "Last month").
_MONTH_NAME = "(?-i:" + "|".join(name.capitalize() for name in sorted(MONTHS, key=len, reverse=True)) + ")"
_WEEKDAY_NAME = "(?-i:" + "|".join(name.capitalize() for name in WEEKDAYS) + ")"
_MONTH = rf"{_MONTH_NAME}\.?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
# "April 16", "April 16, 2023", "16 April 2023", "Dec. 28".
_MONTH_DAY = rf"(?:{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\b|{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR})?\b)"
_WEEKDAY = _WEEKDAY_NAME
_NUMBER = r"(?:\d+|" + "|".join(NUMBER_WORDS) + ")"
# The ordinal of a day within a journey, as days after its first ("on the second day of his visit"); the
# words for its last day count back from a length the story states.
VISIT_DAY_ORDINALS = {"first": 0, "opening": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "sixth": 5}
_VISIT_LAST_DAY_WORDS = ("last", "final", "closing")
VISIT_DAY_WORD = "(?:" + "|".join([*VISIT_DAY_ORDINALS, *_VISIT_LAST_DAY_WORDS]) + ")"
# The words before a month that name a part of it: "(at) the end of", "the beginning of", "mid-".
_MONTH_PART = (
    r"(?:(?:(?:at|by|until|before|from|in)\s+)?the\s+(?:end|beginning|start|middle)\s+of\s+"
    r"|(?:mid|end|early|late)-)"
)

# One alternation per expression family; the order matters only where two could start at the same
# character (the longer, more specific one is listed first).
_EXPRESSION_PATTERNS: tuple[str, ...] = (
    # a month (or a day of it) in a year named relative to the report: "in April last year", "in March of
    # next year", "on May 5 this year" (before the month families, which would stop at the month)
    rf"(?:(?:on|in|since|during|until|by|early|late|mid|mid-)\s+|{_MONTH_PART})?"
    rf"{_MONTH_NAME}\.?(?:\s+{_DAY})?,?\s+(?:of\s+)?(?:last|this|next)\s+year\b",
    # a weekday, optionally qualified and optionally with its explicit date in parentheses or after a
    # comma ("on Sunday (April 16)", "Sunday, April 16"), optionally coordinated ("Thursday and Friday")
    rf"(?:(?:on|last|next|this|coming|past)\s+)?{_WEEKDAY}(?:'s)?"
    rf"(?:\s*\(\s*{_MONTH_DAY}\s*\)|,\s+{_MONTH_DAY})?"
    rf"(?:\s+(?:and|or|to)\s+{_WEEKDAY})?"
    r"(?:\s+(?:morning|afternoon|evening|night))?",
    # a range of days of one month, read from its first day: "from 7 to 9 March 2026", "March 17 to 19",
    # "on 10 and 11 March 2025" (two days of a visit, as readouts write them)
    rf"(?:from\s+)?{_DAY}\s*(?:to|-|–|and)\s*{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR})?\b",
    rf"(?:from\s+)?{_MONTH}\s+{_DAY}\s*(?:to|-|–|and)\s*{_DAY}\b(?:,?\s+{_YEAR}\b)?",
    # an explicit day of a month, optionally introduced by "on"
    rf"(?:on\s+)?{_MONTH_DAY}",
    # a month with a year, or a bare month after "in"/"last"/"next"/"since"/"early"/"late"
    rf"(?:(?:in|since|during|until|by|early|late|mid|mid-)\s+)?{_MONTH}\s+{_YEAR}\b",
    rf"(?:in|last|next|since|during|early|late|mid|until|this)\s+{_MONTH_NAME}\b(?!\.?\s+\d)",
    # a part of a month ("at the end of March", "mid-April"): the month, as "late March" is
    rf"{_MONTH_PART}{_MONTH_NAME}\b(?!\.?\s+\d)",
    # relative days
    r"(?:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)",
    r"(?:(?:today|yesterday|tomorrow)(?:\s+and\s+(?:today|tomorrow))?)"
    r"(?:\s+(?:morning|afternoon|evening|night))?",
    r"(?:earlier|later)\s+(?:today|in\s+the\s+day)",
    # the evening before the report, as wire stories filed in the morning tell it
    r"late\s+last\s+night|last\s+night",
    # the day a story has just named, told again: "on the same day", "later that day", "that same evening",
    # "that afternoon"
    r"(?:(?:on|earlier|later)\s+)?(?:the|that)\s+same\s+(?:day|morning|afternoon|evening|night)"
    r"|(?:(?:earlier|later)\s+)?that\s+(?:day|morning|afternoon|evening|night)",
    r"(?:this|in\s+the)\s+(?:morning|afternoon|evening)|tonight",
    # the day after the one a story has named: "the following day", "on the next morning"
    r"(?:(?:on|by)\s+)?the\s+(?:following|next)\s+(?:day|morning|afternoon|evening)",
    # a day counted within a visit the story has told: "on the second day of his visit", "on the final day
    # of the three-day trip"
    rf"(?:on\s+)?the\s+{VISIT_DAY_WORD}\s+day\s+of\s+"
    r"(?:the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour|stay|journey)\b",
    # the day before the one a story has named: "the previous day", "the day before", "a day earlier"
    r"(?:(?:on)\s+)?the\s+(?:previous|preceding)\s+(?:day|morning|afternoon|evening|night)"
    r"|the\s+day\s+before(?!\s+yesterday)\b|a\s+day\s+earlier",
    rf"{_NUMBER}\s+(?:days?|weeks?|months?|years?)\s+ago",
    # a count of days from the day a story has named: "three days later", "two days earlier"
    rf"{_NUMBER}\s+days?\s+(?:later|earlier)",
    # relative weeks, months, years ("last month's" included: a possessive of the expression)
    r"(?:(?:earlier|later)\s+(?:this|last|next)|this|last|next|past|the\s+past|the\s+coming|"
    r"late\s+(?:this|last|next)|early\s+(?:this|last|next))\s+(?:week(?:end)?|month|year)(?:'s)?",
    # a bare year after a preposition ("in 1985", "since 1985")
    rf"(?:in|since|during|early|late|mid|mid-|until)\s+{_YEAR}\b",
    # a season of a named year ("in the spring of 1978", "in autumn 1989"): the year, as nothing finer is said
    rf"(?:in\s+)?(?:the\s+)?(?:(?:early|late)\s+)?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?{_YEAR}\b",
    # a month naming the event it modifies ("their December summit", "the June meeting", "in a January
    # meeting"): that month, the noun's own time (a capitalised month before a lower-case noun, so not the
    # modal "may")
    rf"(?:(?<=\bthe\s)|(?<=\btheir\s)|(?<=\bits\s)|(?<=\bhis\s)|(?<=\bher\s)|(?<=\ba\s)|(?<=\ban\s))"
    rf"{_MONTH_NAME}"
    r"(?=\s+[a-z])(?!\s+(?:of|to|and|or)\b)",
)
DATE_EXPRESSION_RE = re.compile(
    r"\b(?:" + "|".join(f"(?:{pattern})" for pattern in _EXPRESSION_PATTERNS) + r")",
    re.IGNORECASE,
)

_LEADING_PREPOSITION_RE = re.compile(r"^(?:on|in|since|during|until|by)\s+", re.IGNORECASE)
# "(at) the end of", "mid-": a part of a month is dated by the month (precision month)
_MONTH_PART_RE = re.compile(rf"^{_MONTH_PART}")
_MONTH_DAY_RE = re.compile(
    rf"(?P<m1>{_MONTH_ALT})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>{_YEAR}))?\b"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH_ALT})\.?(?:,?\s+(?P<y2>{_YEAR}))?\b",
    re.IGNORECASE,
)
_MONTH_YEAR_RE = re.compile(rf"\b(?P<m>{_MONTH_ALT})\.?\s+(?P<y>{_YEAR})\b", re.IGNORECASE)
_BARE_MONTH_RE = re.compile(rf"^(?:(?P<q>last|next|early|late|mid|this)\s+)?(?P<m>{_MONTH_ALT})\b",
                            re.IGNORECASE)  # fmt: skip
_WEEKDAY_RE = re.compile(
    rf"\b(?:(?P<q>last|next|this|coming|past)\s+)?(?P<w>{_WEEKDAY_ALT})\b", re.IGNORECASE
)
_AGO_RE = re.compile(rf"\b(?P<n>{_NUMBER})\s+(?P<unit>day|week|month|year)s?\s+ago\b", re.IGNORECASE)
_RELATIVE_PERIOD_RE = re.compile(
    r"\b(?P<q>earlier\s+this|later\s+this|earlier\s+last|later\s+last|earlier\s+next|later\s+next|"
    r"late\s+this|late\s+last|late\s+next|early\s+this|early\s+last|early\s+next|this|last|next|past|"
    r"the\s+past|the\s+coming)\s+(?P<unit>week(?:end)?|month|year)\b",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(rf"\b(?P<y>{_YEAR})\b")
_RELATIVE_YEAR_RE = re.compile(r",?\s+(?:of\s+)?(?P<q>last|this|next)\s+year$")
_YEAR_OFFSETS = {"last": -1, "this": 0, "next": 1}


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    """A resolved time expression: ``date`` is None exactly when ``precision`` is "unknown"."""

    date: dt.date | None
    precision: str  # "day" | "month" | "year" | "unknown"
    text: str | None


@dataclass(frozen=True, slots=True)
class DateExpression:
    """A time expression found in a text, with its offsets in that text."""

    start: int
    end: int
    text: str


UNKNOWN = ResolvedDate(None, "unknown", None)


def find_date_expressions(text: str, offset: int = 0) -> list[DateExpression]:
    """Time expressions in ``text`` in text order; offsets are shifted by ``offset``.

    A trailing possessive ("last month's") is not part of the expression's text.
    """
    found: list[DateExpression] = []
    for match in DATE_EXPRESSION_RE.finditer(text):
        start, end = match.start(), match.end()
        if text[start:end].endswith("'s"):
            end -= 2
        found.append(DateExpression(start + offset, end + offset, text[start:end]))
    return found


def _day(published: dt.date | None, days: int) -> ResolvedDate:
    if published is None:
        return UNKNOWN
    return ResolvedDate(published + dt.timedelta(days=days), "day", None)


def _month_start(year: int, month: int) -> dt.date:
    # month may run outside 1..12 (previous/next month arithmetic)
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return dt.date(year, month, 1)


def _weekday_date(weekday: int, published: dt.date, qualifier: str, tense: str) -> dt.date:
    """The day a bare or qualified weekday refers to.

    A past-tense report's "on Sunday" is the latest Sunday on or before publication (a report written on
    a Sunday about "Sunday" means that day); a planned event's "on Friday" is the first Friday on or after
    publication. "last Friday" / "next Friday" exclude the publication day itself.
    """
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    if qualifier == "last" or qualifier == "past":
        return published - dt.timedelta(days=back or 7)
    if qualifier in ("next", "coming"):
        return published + dt.timedelta(days=ahead or 7)
    if tense == FUTURE:
        return published + dt.timedelta(days=ahead)
    return published - dt.timedelta(days=back)


def _resolve_month_day(match: re.Match[str], published: dt.date | None, tense: str) -> ResolvedDate:
    month, day = _month_and_day(match)
    year_text = match.group("y1") or match.group("y2")
    if year_text is not None:
        year = int(year_text)
    elif published is None:
        return UNKNOWN
    else:
        year = published.year
        # A past event dated after publication belongs to the previous year ("January 3" in a report of
        # December 28 is last January); a planned event dated before publication to the next year.
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            return UNKNOWN
        if tense == PAST and candidate > published:
            year -= 1
        elif tense == FUTURE and candidate < published:
            year += 1
    try:
        return ResolvedDate(dt.date(year, month, day), "day", None)
    except ValueError:  # "February 30"
        return UNKNOWN


def _resolve_bare_month(month: int, qualifier: str, published: dt.date, tense: str) -> ResolvedDate:
    """A month named without a year: the nearest such month in the direction the context looks."""
    year = published.year
    if qualifier == "last":
        year = year if month < published.month else year - 1
    elif qualifier == "next":
        year = year if month > published.month else year + 1
    elif qualifier == "this":
        pass
    elif tense == FUTURE:
        year = year if month >= published.month else year + 1
    else:
        year = year if month <= published.month else year - 1
    return ResolvedDate(dt.date(year, month, 1), "month", None)


def _week_bounds(published: dt.date, weeks_offset: int) -> tuple[dt.date, dt.date]:
    monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=weeks_offset)
    return monday, monday + dt.timedelta(days=6)


def _containing_month(first: dt.date, last: dt.date) -> ResolvedDate:
    """The month containing a span of days, or unknown when the span straddles two months."""
    if (first.year, first.month) == (last.year, last.month):
        return ResolvedDate(first.replace(day=1), "month", None)
    return UNKNOWN


def _resolve_relative_period(qualifier: str, unit: str, published: dt.date) -> ResolvedDate:
    qualifier = " ".join(qualifier.lower().split())
    direction = qualifier.split()[-1]  # this / last / next / past / coming
    if unit in ("week", "weekend"):
        # Guideline, convention 2: a week without a day ("this week", "last week", "next week") names no
        # date we can store; a week is no calendar unit, and a month would claim more than the text says.
        return UNKNOWN
    if unit == "month":
        if direction in ("past",):
            return UNKNOWN  # "the past month" is a rolling 30 days, not a calendar month
        if qualifier.startswith("later") and direction == "this":
            return UNKNOWN  # convention 2: "later this month" is a plan without a date
        shift = {"last": -1, "next": 1}.get(direction, 0)
        return ResolvedDate(_month_start(published.year, published.month + shift), "month", None)
    # year
    if direction == "past":
        return UNKNOWN
    shift = {"last": -1, "next": 1}.get(direction, 0)
    return ResolvedDate(dt.date(published.year + shift, 1, 1), "year", None)


def count_value(text: str) -> int:
    """The number a count is written as: "3", "three", "a"."""
    return int(text) if text.isdigit() else NUMBER_WORDS[text.lower()]


def _resolve_ago(count_text: str, unit: str, published: dt.date) -> ResolvedDate:
    count = count_value(count_text)
    if unit == "day":
        return ResolvedDate(published - dt.timedelta(days=count), "day", None)
    if unit == "month":
        return ResolvedDate(_month_start(published.year, published.month - count), "month", None)
    if unit == "year":
        return ResolvedDate(dt.date(published.year - count, 1, 1), "year", None)
    return UNKNOWN  # "two weeks ago": no day, and the week may straddle months


# A range of days of one month ("from 7 to 9 march 2026", "march 17 to 19, 2024", "10 and 11 march"),
# lower-cased: its first day.
_DAY_RANGE_RE = re.compile(
    r"^(?:from\s+)?(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s*(?:to|-|–|and)\s*(?P<e1>\d{1,2})(?:st|nd|rd|th)?\s+"
    r"(?P<m1>[a-z]+\.?)"
    r"|(?P<m2>[a-z]+\.?)\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s*(?:to|-|–|and)\s*(?P<e2>\d{1,2})(?:st|nd|rd|th)?)"
    r"(?P<rest>.*)$"
)


def is_day_range(expression: str) -> bool:
    """The expression names days running from one to another of a month ("from May 16 to 18")."""
    return _DAY_RANGE_RE.match(" ".join(expression.lower().split())) is not None


def _first_of_range(match: re.Match[str]) -> str:
    if match["d1"] is not None:
        return f"{match['d1']} {match['m1']}{match['rest']}"
    return f"{match['m2']} {match['d2']}{match['rest']}"


def _range_under_way(text: str, published: dt.date | None) -> bool:
    """A yearless range of days that takes in the publication day ("from January 8 to 11", told on the
    10th): under way, so in the publication's year whatever the tense looks towards."""
    match = _DAY_RANGE_RE.match(text)
    if match is None or published is None or re.search(r"\d{4}", match["rest"]):
        return False
    month = MONTHS.get((match["m1"] or match["m2"]).rstrip("."))
    if month is None:
        return False
    try:
        first = dt.date(published.year, month, int(match["d1"] or match["d2"]))
        last = dt.date(published.year, month, int(match["e1"] or match["e2"]))
    except ValueError:
        return False
    return first <= published <= last


def resolve_date(expression: str, published: dt.date | None, tense: str = PAST) -> ResolvedDate:
    """Resolve one time expression, as written, against the publication date.

    ``tense`` is "past" for a reported (occurred) event and "future" for a planned one; it decides
    which way a bare weekday or a yearless date looks from the publication date. The returned
    ``text`` is the expression unchanged.
    """
    resolved = _resolve(expression, published, tense)
    return ResolvedDate(resolved.date, resolved.precision, expression)


def _resolve(expression: str, published: dt.date | None, tense: str) -> ResolvedDate:
    if tense == FUTURE and _range_under_way(" ".join(expression.lower().split()), published):
        tense = PAST  # "is on a visit from January 8 to 11", told on the 10th: this year's days
    text = _DAY_RANGE_RE.sub(_first_of_range, " ".join(expression.lower().split()))
    text = _MONTH_PART_RE.sub("", _LEADING_PREPOSITION_RE.sub("", text))
    relative_year = _RELATIVE_YEAR_RE.search(text)
    month_first = _BARE_MONTH_RE.match(text)
    if relative_year is not None and published is not None and month_first is not None:
        year = published.year + _YEAR_OFFSETS[relative_year["q"]]
        return _in_relative_year(text[: relative_year.start()], month_first, year)
    # An explicit day wins over everything else in the expression ("Sunday (April 16)").
    month_day = _MONTH_DAY_RE.search(text)
    if month_day is not None and not _MONTH_YEAR_RE.fullmatch(text):
        return _resolve_month_day(month_day, published, tense)
    month_year = _MONTH_YEAR_RE.search(text)
    if month_year is not None:
        return ResolvedDate(dt.date(int(month_year.group("y")), MONTHS[month_year.group("m").lower()], 1),
                            "month", None)  # fmt: skip
    year = _YEAR_RE.search(text)
    if year is not None and not _AGO_RE.search(text):
        return ResolvedDate(dt.date(int(year.group("y")), 1, 1), "year", None)
    if published is None:
        return UNKNOWN
    if "day before yesterday" in text:
        return _day(published, -2)
    if "day after tomorrow" in text:
        return _day(published, 2)
    if text.startswith(("yesterday", "last night", "late last night")):
        return _day(published, -1)
    if text.startswith("tomorrow"):
        return _day(published, 1)
    if text.startswith(SAME_DAY_WORDS) or text.startswith("today"):
        return _day(published, 0)
    ago = _AGO_RE.search(text)
    if ago is not None:
        return _resolve_ago(ago.group("n"), ago.group("unit").lower(), published)
    weekday = _WEEKDAY_RE.search(text)
    if weekday is not None:
        qualifier = (weekday.group("q") or "").lower()
        return ResolvedDate(_weekday_date(WEEKDAYS[weekday.group("w").lower()], published, qualifier, tense),
                            "day", None)  # fmt: skip
    bare_month = _BARE_MONTH_RE.search(text)
    if bare_month is not None:
        month = MONTHS[bare_month.group("m").lower()]
        return _resolve_bare_month(month, (bare_month.group("q") or "").lower(), published, tense)
    period = _RELATIVE_PERIOD_RE.search(text)
    if period is not None:
        return _resolve_relative_period(period.group("q"), period.group("unit").lower(), published)
    return UNKNOWN


def _in_relative_year(month_text: str, month_first: re.Match[str], year: int) -> ResolvedDate:
    """ "April last year", "May 5 this year": the month, or its day, in the year the words name."""
    month_day = _MONTH_DAY_RE.search(month_text)
    if month_day is not None:
        month, day = _month_and_day(month_day)
        try:
            return ResolvedDate(dt.date(year, month, day), "day", None)
        except ValueError:
            return ResolvedDate(dt.date(year, month, 1), "month", None)  # "February 30": the month stands
    return ResolvedDate(dt.date(year, MONTHS[month_first.group("m").lower()], 1), "month", None)


def _month_and_day(match: re.Match[str]) -> tuple[int, int]:
    """Month and day of a _MONTH_DAY_RE match, in either order it is written."""
    return MONTHS[(match.group("m1") or match.group("m2")).lower()], int(
        match.group("d1") or match.group("d2")
    )


# Expressions that set the week a story's plans are in: later bare weekdays fall inside it ("talks next
# week ... Smith will meet Kuroda on Thursday" is next week's Thursday).
_WEEK_FRAME_RE = re.compile(rf"^(?:(?P<q>this|next|coming)\s+(?:week|(?P<w>{_WEEKDAY_ALT})))$", re.IGNORECASE)
_BARE_WEEKDAY_RE = re.compile(
    rf"^(?:on\s+)?(?P<w>{_WEEKDAY_ALT})(?:'s)?(?:\s+(?:and|or|to)\s+(?:{_WEEKDAY_ALT}))?"
    r"(?:\s+(?:morning|afternoon|evening|night))?$",
    re.IGNORECASE,
)


def week_frame(expression: str, published: dt.date | None) -> int | None:
    """Weeks after the publication week that a forward-looking expression sets the scene in: 0 for
    "this week", 1 for "next week" or for "next Monday" that lies in the next calendar week; None for any
    other expression."""
    match = _WEEK_FRAME_RE.match(" ".join(expression.lower().split()))
    if match is None or published is None:
        return None
    if match.group("w") is None:
        return 1 if match.group("q").lower() in ("next", "coming") else 0
    resolved = _weekday_date(WEEKDAYS[match.group("w").lower()], published, match.group("q").lower(), FUTURE)
    return (resolved - _week_bounds(published, 0)[0]).days // 7


def resolve_in_week(expression: str, published: dt.date | None, weeks_ahead: int) -> ResolvedDate | None:
    """A bare weekday ("on Thursday", "Thursday and Friday") of a plan whose week the story has already set
    (``weeks_ahead`` from :func:`week_frame`): that week's day. None for any other expression."""
    match = _BARE_WEEKDAY_RE.match(" ".join(expression.split()))
    if match is None or published is None:
        return None
    monday = _week_bounds(published, weeks_ahead)[0]
    day = monday + dt.timedelta(days=WEEKDAYS[match.group("w").lower()])
    if day < published:
        return None  # the frame cannot send a plan into the past
    return ResolvedDate(day, "day", expression)


# "last week", "last month's", "last year": a calendar period wholly before the one the report is written in;
# "earlier this month": the part of the month before the news ("earlier this week" is the news itself).
_PREVIOUS_PERIOD_RE = re.compile(
    rf"^(?:last\s+(?:week(?:end)?|month|year)(?:'s)?|{_NUMBER}\s+(?:weeks?|months?|years?)\s+ago"
    r"|earlier\s+(?:this|in\s+the)\s+(?:month|year))$",
    re.IGNORECASE,
)


def names_day(expression: str) -> bool:
    """The expression names a day by its weekday or its date ("on Friday", "on June 3"), not a period."""
    return bool(_WEEKDAY_RE.search(expression) or _MONTH_DAY_RE.search(expression))


def names_previous_period(expression: str) -> bool:
    """The expression names the calendar week, month or year before the publication's own ("last week"),
    weeks or more before it ("two weeks ago"), or the month or year so far ("earlier this month"): whatever
    it frames lies in an earlier news cycle."""
    return _PREVIOUS_PERIOD_RE.match(" ".join(expression.split())) is not None


_LATER_PERIOD_RE = re.compile(
    r"^(?:(?:later\s+)?(?:next|this\s+coming|the\s+coming)\s+(?:week(?:end)?|month|year)|later\s+this\s+"
    r"(?:week|month|year)|tomorrow(?:\s+(?:morning|afternoon|evening|night))?|the\s+day\s+after\s+tomorrow)$",
    re.IGNORECASE,
)


def names_later_period(expression: str) -> bool:
    """The expression names a time after the publication's own day without naming the day ("next week",
    "later this month", "tomorrow"): whatever it frames is still to come when the report appears."""
    return _LATER_PERIOD_RE.match(" ".join(expression.split())) is not None


def month_end(date: dt.date) -> dt.date:
    """The last day of ``date``'s month."""
    return date.replace(day=calendar.monthrange(date.year, date.month)[1])


def date_range(date: dt.date, precision: str) -> tuple[dt.date, dt.date]:
    """The first and last day a date of this precision stands for ("2023-04" is April 1 to 30)."""
    if precision == "day":
        return date, date
    if precision == "month":
        return date.replace(day=1), month_end(date)
    return date.replace(month=1, day=1), date.replace(month=12, day=31)


def dates_compatible(
    a_date: dt.date | None, a_precision: str, b_date: dt.date | None, b_precision: str
) -> bool:
    """True when two dated reports can be of the same meeting: the same day, or the coarser of the two
    contains the finer one. Two unknown dates (or one) are not evidence of compatibility, so False.

    Used by the per-article meeting extractor and by the corpus-wide merge in consolidate.
    """
    if a_date is None or b_date is None or a_precision == "unknown" or b_precision == "unknown":
        return False
    a_first, a_last = date_range(a_date, a_precision)
    b_first, b_last = date_range(b_date, b_precision)
    return (a_first <= b_first and b_last <= a_last) or (b_first <= a_first and a_last <= b_last)
