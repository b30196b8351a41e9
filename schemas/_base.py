"""Building blocks shared by the table schemas.

Each table is described once, as a pandera ``DataFrameSchema`` whose columns carry their Arrow
type, description and enumeration in ``metadata``. From that one description we derive the
Arrow schema the Parquet files are written with, the validation that guards every stage, and
the release metadata (``datapackage.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import pandas as pd
import pandera.pandas as pa
import pyarrow

ARROW_TYPES: Mapping[str, pyarrow.DataType] = {
    "string": pyarrow.string(),
    "int32": pyarrow.int32(),
    "float32": pyarrow.float32(),
    "bool": pyarrow.bool_(),
    "date32": pyarrow.date32(),
    "list<string>": pyarrow.list_(pyarrow.string()),
}

# The pandas dtype a column has after ``pyarrow.Table.to_pandas()``, which is how every stage
# reads its inputs; validating that form means validating what a user's pandas will see.
_PANDERA_DTYPES: Mapping[str, object] = {
    "string": pa.String,
    "int32": "int32",
    "float32": "float32",
    "bool": bool,
    "date32": pa.Date,
    "list<string>": object,
}

HEX16 = r"^[0-9a-f]{16}$"
ISO3 = r"^[A-Z]{3}$"


def column(
    arrow: str,
    description: str,
    *,
    nullable: bool = False,
    enum: Sequence[str] | None = None,
    checks: Iterable[pa.Check] = (),
    unique: bool = False,
) -> pa.Column:
    """A column with its Arrow type, meaning and closed enumeration recorded as metadata."""
    all_checks = list(checks)
    if enum is not None:
        all_checks.append(pa.Check.isin(list(enum)))
    metadata: dict[str, object] = {"arrow": arrow}
    if enum is not None:
        metadata["enum"] = list(enum)
    return pa.Column(
        _PANDERA_DTYPES[arrow],
        checks=all_checks,
        nullable=nullable,
        unique=unique,
        description=description,
        metadata=metadata,
    )


def arrow_schema(schema: pa.DataFrameSchema) -> pyarrow.Schema:
    """The explicit Arrow schema a table is written with, in the schema's column order."""
    return pyarrow.schema(
        [
            pyarrow.field(name, ARROW_TYPES[col.metadata["arrow"]], nullable=col.nullable)
            for name, col in schema.columns.items()
        ]
    )


def is_list_of_strings(series: pd.Series) -> pd.Series:
    """Element-wise: a list-like of non-empty strings (how Arrow list<string> reads back)."""
    return series.map(
        lambda v: (
            v is not None
            and not isinstance(v, str)
            and hasattr(v, "__iter__")
            and all(isinstance(x, str) and x for x in v)
        )
    )


def spans_match_text(texts: Mapping[str, str], text_column: str) -> pa.Check:
    """Dataframe check: ``texts[article_id][char_start:char_end] == row[text_column]`` on every row.

    The article texts live in another table, so the check closes over them; schemas are built
    per use with the texts at hand (the release metadata uses them without texts).
    """

    def check(df: pd.DataFrame) -> pd.Series:
        return pd.Series(
            [
                texts.get(a) is not None and texts[a][s:e] == t
                for a, s, e, t in zip(
                    df["article_id"], df["char_start"], df["char_end"], df[text_column], strict=True
                )
            ],
            index=df.index,
            dtype=bool,
        )

    return pa.Check(
        check,
        name=f"span_equals_{text_column}",
        error=f"span_equals_{text_column} (text[char_start:char_end] == {text_column})",
    )


def span_order_checks() -> list[pa.Check]:
    return [
        pa.Check(lambda df: df["char_start"] <= df["char_end"], name="char_start_le_char_end"),
    ]
