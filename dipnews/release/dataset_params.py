"""The ``dataset`` section of params.yaml that the release reads: its required keys, checked up front.

``repository_url`` and ``authors`` go into the dataset card, ``CITATION.cff`` and the README. The
repository's address is required, not defaulted, so that no release names a made-up place: it is
either a URL users can reach (``https://``, ``ssh://``, ``git://``, ``file://`` or ``user@host:path``)
or ``"."``, which says honestly that no public repository was named yet (the card then tells users
to run its commands inside a clone, and ``CITATION.cff`` carries no ``repository-code``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from dipnews.release.card import LOCAL_REPOSITORY

REQUIRED_KEYS = ("name", "title", "version", "release_date", "license", "repository_url", "authors")
# Git's URL forms: scheme://host/path, and the scp-like user@host:path.
_URL = re.compile(r"\A(?:(?:https?|ssh|git|file)://\S+|[\w.-]+@[\w.-]+:\S+)\Z")
_VERSION = re.compile(r"\A\d+\.\d+\.\d+\Z")
_AUTHOR_NAMES = ("name", "family-names")


def _author_errors(authors: Any) -> list[str]:
    fix = "a list of CFF persons ({family-names, given-names}) or entities ({name})"
    if not isinstance(authors, list) or not authors:
        return [f"dataset.authors is {authors!r}: give {fix}"]
    errors = []
    for position, author in enumerate(authors):
        if not isinstance(author, Mapping) or not any(
            str(author.get(k) or "").strip() for k in _AUTHOR_NAMES
        ):
            errors.append(f"dataset.authors[{position}] is {author!r}: give {fix}")
    return errors


def dataset_errors(dataset: Any) -> list[str]:
    """Every problem of the ``dataset`` section, one line each naming the key, the value and the fix."""
    if not isinstance(dataset, Mapping):
        return [
            f"params.yaml dataset is {dataset!r}: it must be a mapping (see README, Publishing a release)"
        ]
    errors = [
        f"dataset.{key} is missing from params.yaml (see README, Publishing a release)"
        for key in REQUIRED_KEYS
        if key not in dataset
    ]
    url = dataset.get("repository_url")
    if "repository_url" in dataset and not (url == LOCAL_REPOSITORY or _URL.match(str(url or ""))):
        errors.append(
            f"dataset.repository_url is {url!r}: give the repository's git URL (https://..., ssh://..., "
            f"file://..., user@host:path) or {LOCAL_REPOSITORY!r} while it has no public address"
        )
    version = dataset.get("version")
    if "version" in dataset and not _VERSION.match(str(version)):
        errors.append(f"dataset.version is {version!r}: give MAJOR.MINOR.PATCH, e.g. 0.2.0")
    if "authors" in dataset:
        errors += _author_errors(dataset["authors"])
    return errors
