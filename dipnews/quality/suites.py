"""One great-expectations suite per released table, kept as code.

The generic part of every suite is derived from the table's pandera schema (the one source of
truth): column list and order, key uniqueness, non-null columns, closed enumerations, regular
expressions, value ranges, and ISO 3166-1 alpha-3 codes for every ``*_iso3`` column. The
table-specific part states the contract's invariants that need other tables, over the derived
columns of :mod:`dipnews.quality.cross_table`.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import great_expectations as gx
import great_expectations.expectations as gxe
import pandera.pandas as pa
from great_expectations.expectations.expectation import Expectation
from great_expectations.expectations.row_conditions import Column

from dipnews.extract.actors.countries import country_codes
from dipnews.quality import cross_table as xt
from schemas import CONTRACT

# Rows a failing expectation is reported with: the table's key, so a reader can find them.
ISO3_SUFFIX = "_iso3"


@lru_cache(maxsize=1)
def iso3_codes() -> tuple[str, ...]:
    """The codes the extractor may emit (:func:`dipnews.extract.actors.countries.country_codes`:
    current ISO 3166-1,
    historic ISO 3166-3, user-assigned XKX for Kosovo), sorted so the suite is the same on every run."""
    return tuple(sorted(country_codes()))


def _column_expectations(name: str, column: pa.Column, is_single_key: bool) -> Iterator[Expectation]:
    """What the pandera column says, as GX expectations."""
    if not column.nullable:
        yield gxe.ExpectColumnValuesToNotBeNull(column=name)
    if column.unique and not is_single_key:
        yield gxe.ExpectColumnValuesToBeUnique(column=name)
    if name.endswith(ISO3_SUFFIX):
        yield gxe.ExpectColumnValuesToBeInSet(
            column=name,
            value_set=list(iso3_codes()),
            notes="A valid ISO 3166-1 alpha-3 code (or ISO 3166-3, or XKX for Kosovo).",
        )
    for check in column.checks:
        stats = check.statistics or {}
        if check.name == "isin":
            yield gxe.ExpectColumnValuesToBeInSet(column=name, value_set=list(stats["allowed_values"]))
        elif check.name == "str_matches" and not name.endswith(ISO3_SUFFIX):
            yield gxe.ExpectColumnValuesToMatchRegex(column=name, regex=stats["pattern"])
        elif check.name == "str_length":
            yield gxe.ExpectColumnValueLengthsToBeBetween(
                column=name, min_value=stats.get("min_value"), max_value=stats.get("max_value")
            )
        elif check.name == "greater_than_or_equal_to":
            yield gxe.ExpectColumnValuesToBeBetween(column=name, min_value=stats["min_value"])
        elif check.name == "in_range":
            yield gxe.ExpectColumnValuesToBeBetween(
                column=name, min_value=stats["min_value"], max_value=stats["max_value"]
            )


def schema_expectations(table: str) -> list[Expectation]:
    """The generic expectations of ``table``, read off its pandera schema."""
    module = CONTRACT[table]
    schema = module.schema()
    key = list(module.KEY)
    expectations: list[Expectation] = [
        gxe.ExpectTableColumnsToMatchOrderedList(column_list=[*schema.columns, *xt.derived_columns(table)]),
        gxe.ExpectColumnValuesToBeUnique(column=key[0])
        if len(key) == 1
        else gxe.ExpectCompoundColumnsToBeUnique(column_list=key),
    ]
    for name, column in schema.columns.items():
        expectations.extend(_column_expectations(name, column, is_single_key=key == [name]))
    return expectations


def _true_everywhere(column: str, notes: str) -> Expectation:
    return gxe.ExpectColumnValuesToBeInSet(column=column, value_set=[True], notes=notes)


def cross_table_expectations(table: str) -> list[Expectation]:
    """The contract's invariants for ``table`` that involve other tables (over derived columns)."""
    expectations: list[Expectation] = [
        _true_everywhere(
            fk.derived_column, f"Every non-null {table}.{fk.column} exists in {fk.parent}.{fk.parent_column}."
        )
        for fk in xt.FOREIGN_KEYS
        if fk.table == table
    ]
    if table in xt.SPAN_TEXT_COLUMNS:
        expectations.append(
            gxe.ExpectColumnPairValuesToBeEqual(
                column_A=xt.SPAN_TEXT_COLUMNS[table],
                column_B=xt.SPAN_TEXT,
                notes="The span equals its text: articles.text[char_start:char_end] == "
                f"{xt.SPAN_TEXT_COLUMNS[table]}.",
            )
        )
    if table in xt.SPAN_ONLY_TABLES:
        expectations.append(
            _true_everywhere(xt.SPAN_IN_BOUNDS, "The evidence span lies inside its article's text.")
        )
    if table in xt.SENTENCE_TABLES:
        expectations.append(
            _true_everywhere(xt.SENTENCE_IN_ARTICLE, "sentence_index is below its article's n_sentences.")
        )
    expectations.extend(_TABLE_SPECIFIC.get(table, list)())
    return expectations


def _articles() -> list[Expectation]:
    return [
        _true_everywhere(
            xt.SOURCE_NOT_REJECTED, "An input is either an article or a reject, never both (source_path)."
        )
    ]


def _actors() -> list[Expectation]:
    return [
        gxe.ExpectColumnValuesToNotBeNull(
            column="country_iso3",
            notes="A country actor carries its own code.",
            row_condition=Column("actor_type") == "country",
        ),
        gxe.ExpectColumnPairValuesToBeEqual(
            column_A="n_mentions",
            column_B=xt.COUNTED_MENTIONS,
            notes="n_mentions counts its actor_mentions rows.",
        ),
        gxe.ExpectColumnPairValuesToBeEqual(
            column_A="n_articles",
            column_B=xt.COUNTED_ARTICLES,
            notes="n_articles counts the distinct articles of its actor_mentions.",
        ),
        gxe.ExpectTableRowCountToEqual(
            value={"$PARAMETER": "actors_in_mentions"},
            notes="Every actor is mentioned: the row count equals the distinct actor_ids in actor_mentions.",
        ),
    ]


def _actor_roles() -> list[Expectation]:
    return [
        _true_everywhere(xt.TITLE_OF_ACTOR, "A role's title is one of its actor's titles (actors.titles)."),
        gxe.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A=xt.ACTOR_ARTICLES,
            column_B="n_articles",
            or_equal=True,
            notes="A role is stated in no more articles than its actor appears in.",
        ),
        gxe.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A="last_seen",
            column_B="first_seen",
            or_equal=True,
            ignore_row_if="either_value_is_missing",
            notes="A role is last seen no earlier than it is first seen.",
        ),
        *_both_or_neither("first_seen", "last_seen"),
        gxe.ExpectCompoundColumnsToBeUnique(
            column_list=["actor_id", "title", "country_iso3"],
            ignore_row_if="any_value_is_missing",
            notes="One row per actor, title and stated country (checked where the country is stated).",
        ),
    ]


def _both_or_neither(first: str, second: str) -> list[Expectation]:
    """``first`` is null exactly where ``second`` is."""
    notes = f"{first} and {second} are both dated or both null (no dated article states the role)."
    return [
        gxe.ExpectColumnValuesToBeNull(column=second, notes=notes, row_condition=Column(first).is_null()),
        gxe.ExpectColumnValuesToNotBeNull(
            column=second, notes=notes, row_condition=Column(first).is_not_null()
        ),
    ]


def _null_iff(column: str, condition_column: str, value: str) -> list[Expectation]:
    """``column`` is null exactly on the rows where ``condition_column`` equals ``value``."""
    notes = f"{condition_column} {value!r} iff {column} is null."
    return [
        gxe.ExpectColumnValuesToBeNull(
            column=column, notes=notes, row_condition=Column(condition_column) == value
        ),
        gxe.ExpectColumnValuesToNotBeNull(
            column=column, notes=notes, row_condition=Column(condition_column) != value
        ),
    ]


def _meetings() -> list[Expectation]:
    return [
        *_null_iff("date", "date_precision", "unknown"),
        gxe.ExpectColumnValuesToBeBetween(
            column=xt.COUNTED_PARTICIPANTS, min_value=2, notes="Every meeting has at least two participants."
        ),
        gxe.ExpectColumnPairValuesToBeEqual(
            column_A="n_articles",
            column_B=xt.COUNTED_ARTICLES,
            notes="n_articles counts the distinct articles of its meeting_mentions.",
        ),
        gxe.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A=xt.LATEST_REPORT_DATE,
            column_B="date",
            or_equal=True,
            ignore_row_if="either_value_is_missing",
            notes="A meeting that occurred is not dated after the latest article that reports it.",
            row_condition=Column("status") == "occurred",
        ),
        gxe.ExpectTableRowCountToEqual(
            value={"$PARAMETER": "meetings_in_participants"},
            notes="Every meeting has participants: the row count equals the distinct meeting_ids there.",
        ),
        gxe.ExpectTableRowCountToBeBetween(
            min_value={"$PARAMETER": "meetings_in_mentions"},
            max_value={"$PARAMETER": "meetings_in_mentions"},
            notes="Every meeting has evidence: the row count equals the distinct meeting_ids in "
            "meeting_mentions.",
        ),
    ]


def _quotations() -> list[Expectation]:
    return [
        gxe.ExpectColumnValuesToBeInSet(
            column="speaker_resolution",
            value_set=["unresolved"],
            notes="A quotation without a speaker actor is 'unresolved'.",
            row_condition=Column("speaker_actor_id").is_null(),
        )
    ]


_TABLE_SPECIFIC = {
    "articles": _articles,
    "actors": _actors,
    "actor_roles": _actor_roles,
    "meetings": _meetings,
    "quotations": _quotations,
}


# What GX's ExpectationSuite.add_expectation ignores when it tells a duplicate (_expectations_are_equalish).
_NOT_IDENTITY = frozenset({"id", "rendered_content", "notes", "meta"})


def build_suite(table: str) -> gx.ExpectationSuite:
    """The suite of one released table (not yet attached to a data context).

    The expectations are those ``add_expectation`` one by one would keep (the first of any that are the
    same but for notes and meta), given to the suite at once: ``add_expectation`` compares each with every
    one before it through pydantic, a fifth of a CPU second for the nine suites at every validate run."""
    kept: list[tuple[str, dict[str, object], Expectation]] = []
    for expectation in [*schema_expectations(table), *cross_table_expectations(table)]:
        identity = (expectation.expectation_type, expectation.dict(exclude=set(_NOT_IDENTITY)))
        if not any(identity == (kind, fields) for kind, fields, _ in kept):
            kept.append((*identity, expectation))
    return gx.ExpectationSuite(
        name=table,
        expectations=[expectation for _, _, expectation in kept],
        meta={"table_description": CONTRACT[table].DESCRIPTION},
    )
