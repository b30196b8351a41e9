"""``CITATION.cff`` (Citation File Format 1.2.0, type dataset) and its check against the CFF schema.

The schema file beside this module, ``cff-1.2.0.schema.json``, is the Citation File Format 1.2.0
JSON Schema exactly as the CFF project publishes it (the copy cffconvert 2.0.0 ships). It is
vendored, and checked with jsonschema, instead of installing cffconvert: cffconvert 2.0.0 pins
jsonschema < 4, which breaks frictionless 5 in the same environment.

Attribution for the vendored schema: "JSON Schema for CFF files", Copyright © 2017ff. Stephan
Druskat, Jurriaan H. Spaaks, and the Citation File Format contributors, licensed under Creative
Commons Attribution 4.0 International (CC BY 4.0); https://citation-file-format.github.io/.
Unmodified.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml

CFF_VERSION = "1.2.0"
CFF_SCHEMA_PATH = Path(__file__).with_name(f"cff-{CFF_VERSION}.schema.json")
# The URL forms the CFF schema allows for repository-code.
CFF_URL = re.compile(r"\A(?:https?|s?ftp)://\S+\Z")
CITATION_MESSAGE = "If you use this dataset, please cite it using the metadata from this file."
KEYWORDS = ("news", "international relations", "diplomacy", "quotations", "named entities", "event data")


def build_citation(dataset: Mapping[str, Any], abstract: str) -> dict[str, Any]:
    """The CFF document (keys in the conventional order) for the dataset section of params.

    ``repository-code`` is the dataset's ``repository_url`` when it is a web address, the only kind CFF
    accepts there: ``"."`` (no public address yet), an ssh or file URL leave it out (the card still
    names them) rather than put a made-up address in its place.
    """
    authors: Sequence[Mapping[str, Any]] = dataset["authors"]
    citation: dict[str, Any] = {
        "cff-version": CFF_VERSION,
        "message": CITATION_MESSAGE,
        "type": "dataset",
        "title": str(dataset["title"]),
        "version": str(dataset["version"]),
        # A string, not a YAML date: the CFF schema validates the text form.
        "date-released": str(dataset["release_date"]),
        "license": str(dataset["license"]),
        "authors": [dict(author) for author in authors],
        "abstract": abstract,
        "keywords": list(KEYWORDS),
    }
    if CFF_URL.match(str(dataset["repository_url"])):
        citation["repository-code"] = str(dataset["repository_url"])
    if dataset.get("doi"):
        citation["doi"] = str(dataset["doi"])
    return citation


def citation_text(citation: Mapping[str, Any]) -> str:
    return yaml.safe_dump(dict(citation), sort_keys=False, allow_unicode=True, width=100)


@lru_cache(maxsize=1)
def cff_schema() -> dict[str, Any]:
    return json.loads(CFF_SCHEMA_PATH.read_text(encoding="utf-8"))


def _dates_as_text(value: Any) -> Any:
    # YAML turns an unquoted 2024-01-31 into a date; the CFF schema (per its own note to tool
    # implementers) is to be applied to the text form.
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {k: _dates_as_text(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_dates_as_text(v) for v in value]
    return value


def citation_errors(text: str) -> list[str]:
    """Every violation of the CFF 1.2.0 schema in a CITATION.cff text (empty when valid)."""
    try:
        document = yaml.safe_load(text)
    except yaml.YAMLError as error:
        return [f"not YAML: {error}"]
    validator = jsonschema.Draft7Validator(cff_schema(), format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(_dates_as_text(document)), key=lambda e: list(e.absolute_path))
    return [
        f"{'/'.join(str(p) for p in error.absolute_path) or '(root)'}: {error.message}" for error in errors
    ]
