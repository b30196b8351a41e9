"""Time expressions: finding them in text and resolving them against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from dipnews.extract.dates import (
    find_date_expressions,
    is_day_range,
    names_day,
    names_previous_period,
    resolve_date,
    resolve_in_week,
    week_frame,
)

MONDAY = dt.date(2023, 4, 17)


@pytest.mark.parametrize(
    ("expression", "published", "tense", "expected", "precision"),
    [
        # weekdays: a past report looks back (on or before publication), a plan looks forward
        ("on Sunday", MONDAY, "past", dt.date(2023, 4, 16), "day"),
        ("on Monday", MONDAY, "past", dt.date(2023, 4, 17), "day"),
        ("on Tuesday", MONDAY, "past", dt.date(2023, 4, 11), "day"),
        ("on Tuesday", MONDAY, "future", dt.date(2023, 4, 18), "day"),
        ("next Monday", MONDAY, "future", dt.date(2023, 4, 24), "day"),
        ("last Friday", MONDAY, "past", dt.date(2023, 4, 14), "day"),
        # a part of a month is dated by the month, as "late March" is
        ("at the end of May", MONDAY, "future", dt.date(2023, 5, 1), "month"),
        ("mid-May", MONDAY, "future", dt.date(2023, 5, 1), "month"),
        ("the beginning of March", MONDAY, "past", dt.date(2023, 3, 1), "month"),
        # an explicit date beside the weekday wins
        ("on Sunday (April 16)", MONDAY, "past", dt.date(2023, 4, 16), "day"),
        ("Saturday (April 1)", MONDAY, "past", dt.date(2023, 4, 1), "day"),
        # weekday across a month and a year end
        ("on Friday", dt.date(2023, 3, 1), "past", dt.date(2023, 2, 24), "day"),
        ("on Saturday", dt.date(2024, 1, 1), "past", dt.date(2023, 12, 30), "day"),
        ("on Tuesday", dt.date(2023, 12, 30), "future", dt.date(2024, 1, 2), "day"),
        # relative days
        ("yesterday", dt.date(2023, 3, 1), "past", dt.date(2023, 2, 28), "day"),
        ("yesterday", dt.date(2024, 1, 1), "past", dt.date(2023, 12, 31), "day"),
        ("last night", dt.date(2024, 1, 1), "past", dt.date(2023, 12, 31), "day"),
        ("late last night", dt.date(2023, 3, 1), "past", dt.date(2023, 2, 28), "day"),
        ("today", MONDAY, "past", MONDAY, "day"),
        ("tomorrow", dt.date(2023, 12, 31), "future", dt.date(2024, 1, 1), "day"),
        ("two days ago", MONDAY, "past", dt.date(2023, 4, 15), "day"),
        # months and years
        ("last month", MONDAY, "past", dt.date(2023, 3, 1), "month"),
        ("last month", dt.date(2023, 1, 10), "past", dt.date(2022, 12, 1), "month"),
        ("next month", dt.date(2023, 12, 5), "future", dt.date(2024, 1, 1), "month"),
        ("earlier this month", MONDAY, "past", dt.date(2023, 4, 1), "month"),
        ("last year", MONDAY, "past", dt.date(2022, 1, 1), "year"),
        ("late this year", MONDAY, "future", dt.date(2023, 1, 1), "year"),
        ("in 1985", MONDAY, "past", dt.date(1985, 1, 1), "year"),
        ("in July", MONDAY, "past", dt.date(2022, 7, 1), "month"),
        ("in July", MONDAY, "future", dt.date(2023, 7, 1), "month"),
        ("in March 2022", MONDAY, "past", dt.date(2022, 3, 1), "month"),
        # a month, or a day of it, in a year named relative to the report, whatever the tense
        ("in April last year", MONDAY, "past", dt.date(2022, 4, 1), "month"),
        ("in March of next year", MONDAY, "future", dt.date(2024, 3, 1), "month"),
        ("on June 5 this year", MONDAY, "future", dt.date(2023, 6, 5), "day"),
        ("mid-April last year", MONDAY, "past", dt.date(2022, 4, 1), "month"),
        # explicit days with and without a year
        ("April 16", MONDAY, "past", dt.date(2023, 4, 16), "day"),
        ("Dec. 28", MONDAY, "past", dt.date(2022, 12, 28), "day"),
        ("Dec. 28", dt.date(2015, 12, 10), "future", dt.date(2015, 12, 28), "day"),
        ("January 3", dt.date(2023, 12, 28), "future", dt.date(2024, 1, 3), "day"),
        ("16 April 2021", MONDAY, "past", dt.date(2021, 4, 16), "day"),
        ("March 5, 1987", MONDAY, "past", dt.date(1987, 3, 5), "day"),
        # weeks without a day name no date (guideline, convention 2), nor does "later this month"
        ("earlier this week", dt.date(2023, 4, 20), "past", None, "unknown"),
        ("last week", MONDAY, "past", None, "unknown"),
        ("this week", MONDAY, "future", None, "unknown"),
        ("next week", MONDAY, "future", None, "unknown"),
        ("later this month", MONDAY, "future", None, "unknown"),
    ],
)
def test_resolve_date(
    expression: str, published: dt.date, tense: str, expected: dt.date | None, precision: str
) -> None:
    resolved = resolve_date(expression, published, tense)
    assert (resolved.date, resolved.precision) == (expected, precision)
    assert resolved.text == expression


def test_relative_expression_without_publication_date_is_unknown() -> None:
    assert resolve_date("yesterday", None).precision == "unknown"
    assert resolve_date("yesterday", None).date is None
    assert resolve_date("April 16, 2023", None).date == dt.date(2023, 4, 16)


def test_february_29_without_year_in_a_non_leap_year_is_unknown() -> None:
    assert resolve_date("Feb. 29", dt.date(2023, 3, 1)).precision == "unknown"


def test_find_keeps_parenthesised_date_with_weekday_and_offsets() -> None:
    text = "Li met Putin in Moscow on Sunday (April 16), media reported on Monday."
    found = find_date_expressions(text, offset=100)
    assert [e.text for e in found] == ["on Sunday (April 16)", "on Monday"]
    for expression in found:
        assert text[expression.start - 100 : expression.end - 100] == expression.text


def test_find_drops_possessive_and_ignores_lower_case_month_words() -> None:
    found = find_date_expressions("During last month's summit they may 5 times march in may.")
    assert [e.text for e in found] == ["last month"]


def test_find_coordinated_days() -> None:
    found = find_date_expressions("They meet today and tomorrow, and again next Monday and Tuesday.")
    assert [e.text for e in found] == ["today and tomorrow", "next Monday and Tuesday"]


def test_week_frame_and_weekdays_inside_it() -> None:
    wednesday = dt.date(1999, 6, 2)
    assert week_frame("next week", wednesday) == 1
    assert week_frame("next Monday", wednesday) == 1  # the coming Monday opens the next calendar week
    assert week_frame("this week", wednesday) == 0
    assert week_frame("on Monday", wednesday) is None
    inside = resolve_in_week("on Thursday and Friday", wednesday, 1)
    assert inside is not None and (inside.date, inside.precision) == (dt.date(1999, 6, 10), "day")
    assert resolve_in_week("next Thursday", wednesday, 1) is None  # qualified weekdays resolve themselves
    assert resolve_in_week("Monday", wednesday, 0) is None  # a plan cannot lie before its report


def test_previous_period_names_an_earlier_news_cycle() -> None:
    assert names_previous_period("last week")
    assert names_previous_period("Last  month")
    assert names_previous_period("last year's")
    assert not names_previous_period("this week")
    assert not names_previous_period("last Friday")  # a day, dated on its own
    assert not names_previous_period("next month")
    assert names_previous_period("two weeks ago")  # weeks or more before the report
    assert names_previous_period("a year ago")
    assert not names_previous_period("three days ago")  # days are dated on their own
    assert names_previous_period("earlier this month")  # the month so far, before the news
    assert names_previous_period("earlier in the year")
    assert not names_previous_period("earlier this week")  # the news itself


@pytest.mark.parametrize(
    ("expression", "names"),
    [("on Friday", True), ("on June 3", True), ("3 June", True), ("next week", False), ("last month", False)],
)
def test_names_day_tells_a_day_from_a_period(expression: str, names: bool) -> None:
    assert names_day(expression) is names


def test_find_a_month_with_its_relative_year_as_one_expression() -> None:
    text = "He visited China in April last year, when he met Xi, and will return on May 5 next year."
    assert [e.text for e in find_date_expressions(text)] == ["in April last year", "on May 5 next year"]


@pytest.mark.parametrize(
    ("sentence", "expression", "first_day"),
    [
        ("will visit India from 7 to 9 March 2026.", "from 7 to 9 March 2026", dt.date(2026, 3, 7)),
        ("From January 26 to 27, 2024, X held talks.", "From January 26 to 27, 2024", dt.date(2024, 1, 26)),
        ("will visit from May 19 to 21.", "from May 19 to 21", dt.date(2026, 5, 19)),
    ],
)
def test_a_range_of_days_is_one_expression_read_from_its_first_day(
    sentence: str, expression: str, first_day: dt.date
) -> None:
    [found] = find_date_expressions(sentence, 0)
    assert found.text == expression and is_day_range(found.text)
    resolved = resolve_date(found.text, dt.date(2026, 3, 2), "future")
    assert (resolved.date, resolved.precision) == (first_day, "day")


@pytest.mark.parametrize(
    ("published", "first_day"),
    [
        (dt.date(2020, 1, 10), dt.date(2020, 1, 8)),  # told during the visit: under way, this year's
        (dt.date(2020, 1, 5), dt.date(2020, 1, 8)),  # told before it: still to come, this year's
        (dt.date(2020, 2, 1), dt.date(2021, 1, 8)),  # told after it, looking ahead: next year's
    ],
)
def test_a_yearless_range_under_way_is_of_the_publication_year(
    published: dt.date, first_day: dt.date
) -> None:
    assert resolve_date("from January 8 to 11", published, "future").date == first_day


def test_the_previous_day_is_an_expression_the_story_resolves() -> None:
    assert [e.text for e in find_date_expressions("The previous day, X met Y.", 0)] == ["The previous day"]
    assert [e.text for e in find_date_expressions("A day earlier, X met Y.", 0)] == ["A day earlier"]
    assert [e.text for e in find_date_expressions("the day before yesterday", 0)] == [
        "the day before yesterday"
    ]


def test_names_later_period() -> None:
    from dipnews.extract.dates import names_later_period

    assert all(
        names_later_period(t) for t in ("next week", "later this month", "tomorrow", "the coming week")
    )
    assert not any(names_later_period(t) for t in ("last week", "this week", "on Monday", "today"))


def test_a_season_of_a_year_is_that_year() -> None:
    found = find_date_expressions("They first met in the autumn of 1989 and again in spring 1991.")
    assert [e.text for e in found] == ["in the autumn of 1989", "in spring 1991"]
    assert [(resolve_date(e.text, MONDAY).date, resolve_date(e.text, MONDAY).precision) for e in found] == [
        (dt.date(1989, 1, 1), "year"),
        (dt.date(1991, 1, 1), "year"),
    ]


def test_a_month_modifying_a_noun_is_the_month_and_never_the_modal() -> None:
    found = find_date_expressions("Before their December summit they may meet; the May meeting is off.")
    assert [e.text for e in found] == ["December", "May"]
    planned = resolve_date("December", MONDAY, "future")
    assert (planned.date, planned.precision) == (dt.date(2023, 12, 1), "month")


def test_a_month_after_an_indefinite_article_modifies_its_noun() -> None:
    found = find_date_expressions("In a January meeting, and at an April summit, a may-be plan.")
    assert [e.text for e in found] == ["January", "April"]


def test_two_days_joined_by_and_are_a_range_read_from_the_first() -> None:
    found = find_date_expressions("He will visit Lisbon on 10 and 11 March 2025, when he will meet X.")
    assert [e.text for e in found] == ["10 and 11 March 2025"]
    resolved = resolve_date(found[0].text, MONDAY, "future")
    assert (resolved.date, resolved.precision) == (dt.date(2025, 3, 10), "day")
