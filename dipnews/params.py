"""One validation of ``params.yaml``, run by every stage before it does any work.

Each section's keys are checked for type and range, the executor against the known ones and the
spaCy model for being installed. A problem is reported as one line naming the key, the value it
has and how to fix it, so a stage stops with that line (exit status 1) instead of a traceback from
deep inside the run, or a run that spins forever on a chunk size of 0.

Keys this module does not know are left alone: a section may grow settings that only one stage reads.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from dipnews.io import PARAMS_FILE
from dipnews.quality.stage_validation import StageError

# Settings of ``annotate`` that change how the work is run, never what it extracts: everything else
# in the section keys the per-article cache (stages.annotate.extraction_params_key).
EXECUTION_ONLY_ANNOTATE_PARAMS = frozenset(
    {
        "executor",
        "n_process",
        "parallel_min_articles",
        "batch_size",
        "chunk_size",
        "dask_scheduler",
        "cache_dir",
    }
)
EXECUTORS = ("local", "dask")
# An output folder a stage replaces whole (release.out_dir) must lie under this folder of the repository.
DATA_ROOT = PurePosixPath("data")


class ParamsError(StageError):
    """params.yaml holds a value no stage can run with; the message is one line per problem."""


Check = Callable[[str, Any], str | None]


def _show(value: Any) -> str:
    return repr(value) if not isinstance(value, dt.date) else value.isoformat()


def integer(minimum: int, *, nullable: bool = False) -> Check:
    def check(key: str, value: Any) -> str | None:
        if value is None and nullable:
            return None
        # bool is an int in Python: `batch_size: yes` is a mistake, not 1.
        if not isinstance(value, int) or isinstance(value, bool):
            return f"{key} is {_show(value)}: set a whole number of at least {minimum}"
        if value < minimum:
            return f"{key} is {value}: it must be at least {minimum}"
        return None

    return check


def number(minimum: float, maximum: float | None = None) -> Check:
    def check(key: str, value: Any) -> str | None:
        if not isinstance(value, int | float) or isinstance(value, bool):
            return f"{key} is {_show(value)}: set a number"
        if value < minimum or (maximum is not None and value > maximum):
            upper = f" and at most {maximum}" if maximum is not None else ""
            return f"{key} is {value}: it must be at least {minimum}{upper}"
        return None

    return check


def text(*, nullable: bool = False, choices: tuple[str, ...] = ()) -> Check:
    def check(key: str, value: Any) -> str | None:
        if value is None and nullable:
            return None
        if not isinstance(value, str) or not value.strip():
            return f"{key} is {_show(value)}: set a non-empty string" + (
                f" ({' or '.join(choices)})" if choices else ""
            )
        if choices and value not in choices:
            return f"{key} is {value!r}: set one of {', '.join(choices)}"
        return None

    return check


def iso_date(key: str, value: Any) -> str | None:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return None
    if isinstance(value, str):
        try:
            dt.date.fromisoformat(value)
            return None
        except ValueError:
            pass
    return f'{key} is {_show(value)}: set a date written YYYY-MM-DD, e.g. "2026-01-31"'


def folder_under(root: PurePosixPath, *, nullable: bool = False) -> Check:
    """A folder the stage writes and prunes: a relative path inside ``root`` of the repository."""

    def check(key: str, value: Any) -> str | None:
        problem = text(nullable=nullable)(key, value)
        if problem is not None or value is None:
            return problem
        path = PurePosixPath(value)
        if path.is_absolute() or ".." in path.parts or not path.is_relative_to(root) or path == root:
            return (
                f"{key} is {value!r}: an output folder must be a path inside {root}/ (e.g. {root}/my_output)"
            )
        return None

    return check


def input_folder(key: str, value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return f"{key} is {_show(value)}: set the folder of raw articles, e.g. seeds"
    return None


def regex_list(key: str, value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str) or not isinstance(value, list):
        return f"{key} is {_show(value)}: set a list of regular expressions"
    for index, pattern in enumerate(value):
        try:
            re.compile(str(pattern))
        except re.error as error:
            return f"{key}[{index}] is {pattern!r}: not a regular expression ({error}); fix or remove it"
    return None


def installed_model(key: str, value: Any) -> str | None:
    """An installed spaCy pipeline package, or a folder holding a pipeline (with meta.json)."""
    problem = text()(key, value)
    if problem is not None:
        return problem
    if (Path(value) / "meta.json").is_file():
        return None
    # find_spec is what spacy.util.is_package amounts to here, without importing spaCy.
    if re.fullmatch(r"[A-Za-z_][\w.]*", value) and importlib.util.find_spec(value) is not None:
        return None
    return (
        f"{key} is {value!r}, which is not installed: pip install {value} "
        f"(or python -m spacy download {value}), or set {key} to an installed pipeline"
    )


@dataclass(frozen=True, slots=True)
class Key:
    check: Check
    required: bool = True


SECTIONS: Mapping[str, Mapping[str, Key]] = {
    "dataset": {
        "name": Key(text()),
        "version": Key(text()),
        "release_date": Key(iso_date),
        "license": Key(text(), required=False),
        "title": Key(text(), required=False),
    },
    "ingest": {
        "input_dir": Key(input_folder),
        "max_bytes": Key(integer(1)),
        "batch_size": Key(integer(1), required=False),
        # A cache may live anywhere (a shared disk); its pruning deletes only names of its own entries.
        "cache_dir": Key(text(nullable=True), required=False),
        "min_english_ratio": Key(number(0, 1), required=False),
        "min_words_for_language": Key(integer(0), required=False),
        "date_min": Key(iso_date, required=False),
        "date_max": Key(iso_date, required=False),
        "unwrap_width": Key(integer(1), required=False),
        "boilerplate_patterns": Key(regex_list, required=False),
    },
    "annotate": {
        "model": Key(installed_model),
        "executor": Key(text(choices=EXECUTORS), required=False),
        "n_process": Key(integer(0, nullable=True), required=False),
        "parallel_min_articles": Key(integer(0), required=False),
        "batch_size": Key(integer(1)),
        "chunk_size": Key(integer(1)),
        "max_chars": Key(integer(1)),
        "max_sentence_tokens": Key(integer(10), required=False),
        "time_budget_seconds": Key(integer(1, nullable=True), required=False),
        "dask_scheduler": Key(text(nullable=True), required=False),
        "cache_dir": Key(text(), required=False),
    },
    "consolidate": {"merge_undated_within_days": Key(integer(0))},
    "evaluate": {"gold_dir": Key(text())},
    "validate": {"report_dir": Key(text())},
    "release": {"out_dir": Key(folder_under(DATA_ROOT))},
}


def _section_problems(name: str, section: Any, keys: Mapping[str, Key]) -> list[str]:
    if not isinstance(section, Mapping):
        return [f"{name} is {_show(section)}: it must be a section of settings (key: value lines)"]
    problems = []
    for key, spec in keys.items():
        if key not in section:
            if spec.required:
                problems.append(f"{name}.{key} is missing: add it to the {name} section (see the README)")
            continue
        problem = spec.check(f"{name}.{key}", section[key])
        if problem is not None:
            problems.append(problem)
    return problems


def _cross_problems(params: Mapping[str, Any]) -> list[str]:
    ingest = params.get("ingest")
    if not isinstance(ingest, Mapping):
        return []
    low, high = ingest.get("date_min"), ingest.get("date_max")
    if iso_date("", low) is None and iso_date("", high) is None and str(low) > str(high):
        return [f"ingest.date_min {low} is after ingest.date_max {high}: swap them"]
    return []


def params_problems(params: Any) -> list[str]:
    """Every problem of a params.yaml mapping, one line each; empty when it is usable."""
    if not isinstance(params, Mapping):
        return [f"params.yaml holds {type(params).__name__}, not sections of settings"]
    problems = []
    for name, keys in SECTIONS.items():
        if name not in params:
            problems.append(f"{name} is missing: params.yaml needs a {name} section (see the README)")
            continue
        problems.extend(_section_problems(name, params[name], keys))
    return problems + _cross_problems(params)


def checked_params(path: Path = PARAMS_FILE) -> dict[str, Any]:
    """params.yaml, read and validated: the first thing every stage does.

    Raises :class:`ParamsError` (one line per problem, prefixed ``params.yaml:``) when a value is
    unusable, so the stage's ``run_stage`` wrapper prints the lines and exits 1 before any work.
    """
    try:
        with Path(path).open(encoding="utf-8") as handle:
            params = yaml.safe_load(handle) or {}
    except OSError as error:
        raise ParamsError(f"params.yaml: cannot read {path}: {error.strerror or error}") from None
    except yaml.YAMLError as error:
        where = getattr(error, "problem_mark", None)
        line = f" (line {where.line + 1})" if where is not None else ""
        raise ParamsError(f"params.yaml: not valid YAML{line}: {getattr(error, 'problem', error)}") from None
    problems = params_problems(params)
    if problems:
        raise ParamsError("\n".join(f"params.yaml: {problem}" for problem in problems))
    return params
