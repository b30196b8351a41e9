"""``datapackage.json`` (Frictionless Data Package, Table Schema) generated from the pandera schemas.

Every field's type, description, nullability, enumeration, pattern and range come from the
table's pandera schema, the primary keys from the schema modules' ``KEY`` and the foreign keys
from :data:`dipnews.quality.cross_table.FOREIGN_KEYS` (the same list the validate stage checks),
so there is one source of truth for what a column is.

List columns (``titles``, ``aliases``): Table Schema's ``array`` type expects a JSON array, but
frictionless 5 reads a Parquet list column through pandas as numpy arrays, which its ``array``
type rejects as "type error" on every row. Such a field is declared ``any`` (no value check
claimed) with ``"format"`` left default, and its content is stated precisely in the description
and in the ``arrowType`` property (``list<string>``), which the pandera schema and the Parquet
file's own schema guarantee.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandera.pandas as pa

from dipnews.quality.cross_table import FOREIGN_KEYS
from schemas import CONTRACT

PARQUET_MEDIATYPE = "application/vnd.apache.parquet"

# Arrow type of a column -> Table Schema field type. list<string> is "any": see the module docstring.
TABLE_SCHEMA_TYPES: Mapping[str, str] = {
    "string": "string",
    "int32": "integer",
    "float32": "number",
    "bool": "boolean",
    "date32": "date",
    "list<string>": "any",
}

# Licence identifiers (SPDX) the dataset may be released under -> their canonical text.
LICENSE_URLS: Mapping[str, str] = {
    "CC-BY-4.0": "https://creativecommons.org/licenses/by/4.0/",
    "CC-BY-SA-4.0": "https://creativecommons.org/licenses/by-sa/4.0/",
    "CC0-1.0": "https://creativecommons.org/publicdomain/zero/1.0/",
    "ODC-By-1.0": "https://opendatacommons.org/licenses/by/1-0/",
}


@dataclass(frozen=True)
class FileFacts:
    """What the package says about one released file: its path and row count.

    No ``bytes``/``hash``: frictionless 5 reads Parquet through pyarrow, never measures the byte
    stream, and so reports every declared size or digest as a mismatch. SHA256SUMS carries them.
    """

    path: str
    rows: int


def _unanchored(pattern: str) -> str:
    # Table Schema patterns (XML Schema regular expressions) are implicitly anchored; pandera's
    # use ^...$ for Python's re.match.
    return pattern.removeprefix("^").removesuffix("$")


def _constraints(column: pa.Column, is_single_key: bool) -> dict[str, Any]:
    constraints: dict[str, Any] = {}
    if not column.nullable:
        constraints["required"] = True
    if column.unique or is_single_key:
        constraints["unique"] = True
    for check in column.checks:
        stats = check.statistics or {}
        if check.name == "isin":
            constraints["enum"] = list(stats["allowed_values"])
        elif check.name == "str_matches":
            constraints["pattern"] = _unanchored(stats["pattern"])
        elif check.name == "str_length" and stats.get("min_value") is not None:
            constraints["minLength"] = stats["min_value"]
        elif check.name == "greater_than_or_equal_to":
            constraints["minimum"] = stats["min_value"]
        elif check.name == "in_range":
            constraints["minimum"] = stats["min_value"]
            constraints["maximum"] = stats["max_value"]
    return constraints


def field_descriptor(name: str, column: pa.Column, is_single_key: bool) -> dict[str, Any]:
    arrow = column.metadata["arrow"]
    description = column.description or ""
    if arrow.startswith("list<"):
        description = f"{description}. A list of strings (Arrow {arrow}; may be empty)".strip(". ")
    field: dict[str, Any] = {
        "name": name,
        "type": TABLE_SCHEMA_TYPES[arrow],
        "description": description,
        "arrowType": arrow,
    }
    constraints = _constraints(column, is_single_key)
    if constraints:
        field["constraints"] = constraints
    return field


def table_schema(table: str) -> dict[str, Any]:
    """The Table Schema of one contract table."""
    module = CONTRACT[table]
    key = list(module.KEY)
    schema = module.schema()
    descriptor: dict[str, Any] = {
        "fields": [
            field_descriptor(name, column, is_single_key=key == [name])
            for name, column in schema.columns.items()
        ],
        "primaryKey": key,
        "missingValues": [""],
    }
    foreign_keys = [
        {"fields": [fk.column], "reference": {"resource": fk.parent, "fields": [fk.parent_column]}}
        for fk in FOREIGN_KEYS
        if fk.table == table
    ]
    if foreign_keys:
        descriptor["foreignKeys"] = foreign_keys
    return descriptor


def build_datapackage(dataset: Mapping[str, Any], files: Mapping[str, FileFacts]) -> dict[str, Any]:
    """The package descriptor: dataset metadata from params, one resource per contract table."""
    license_id = str(dataset["license"])
    license_entry: dict[str, str] = {"name": license_id}
    if license_id in LICENSE_URLS:
        license_entry["path"] = LICENSE_URLS[license_id]
    resources = []
    for table, module in CONTRACT.items():
        facts = files[table]
        resources.append(
            {
                "name": table,
                "path": facts.path,
                "profile": "tabular-data-resource",
                "format": "parquet",
                "mediatype": PARQUET_MEDIATYPE,
                "description": module.DESCRIPTION,
                "rows": facts.rows,
                "schema": table_schema(table),
            }
        )
    return {
        "profile": "tabular-data-package",
        "name": str(dataset["name"]),
        "title": str(dataset["title"]),
        "version": str(dataset["version"]),
        "created": f"{dataset['release_date']}T00:00:00Z",
        "licenses": [license_entry],
        "description": (
            "Actors, meetings and quotations extracted from English news articles; the article texts "
            "keep their publishers' terms (see README.md)."
        ),
        "resources": resources,
    }
