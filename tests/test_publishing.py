"""Getting and citing a release: the dataset section of params, no placeholder shipped, and the
README's "Publishing a release" done end to end with a temporary local-folder DVC remote."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from fixtures.checkout import copy_checkout

from dipnews.release.card import LOCAL_REPOSITORY, loading_section
from dipnews.release.checksums import parse_sha256sums
from dipnews.release.citation import build_citation, citation_errors, citation_text
from dipnews.release.dataset_params import dataset_errors
from stages.evaluate import headline_figures

REPO_ROOT = Path(__file__).resolve().parents[1]
# Placeholder forms that shipped before (issue 17) and generic ones: none may reach a user.
PLACEHOLDER = re.compile(r"<(?:repo|repository)(?:[-_ ]?url)?>|<your[-_ ]|TODO|FIXME|example\.com", re.I)


def _params() -> dict[str, Any]:
    return yaml.safe_load((REPO_ROOT / "params.yaml").read_text(encoding="utf-8"))


def _dataset(**changes: Any) -> dict[str, Any]:
    return {**_params()["dataset"], **changes}


def test_the_committed_dataset_section_is_complete() -> None:
    assert dataset_errors(_params()["dataset"]) == []


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"repository_url": None}, "dataset.repository_url is None: give the repository's git URL"),
        ({"repository_url": "<repo-url>"}, "dataset.repository_url is '<repo-url>'"),
        ({"repository_url": "github.com/x/y"}, "dataset.repository_url is 'github.com/x/y'"),
        ({"authors": []}, "dataset.authors is []: give a list of CFF persons"),
        ({"authors": [{"email": "a@b.org"}]}, "dataset.authors[0] is {'email': 'a@b.org'}"),
        ({"version": "1.0"}, "dataset.version is '1.0': give MAJOR.MINOR.PATCH"),
    ],
)
def test_a_bad_dataset_value_is_named_with_its_fix(changes: dict[str, Any], expected: str) -> None:
    errors = dataset_errors(_dataset(**changes))
    assert len(errors) == 1 and errors[0].startswith(expected), errors


def test_a_missing_required_key_is_named() -> None:
    dataset = _dataset()
    del dataset["repository_url"]
    assert dataset_errors(dataset) == [
        "dataset.repository_url is missing from params.yaml (see README, Publishing a release)"
    ]


@pytest.mark.parametrize(
    "url", ["https://example.org/dipnews.git", "ssh://git@example.org/dipnews", "git@example.org:dipnews.git"]
)
def test_git_url_forms_are_accepted(url: str) -> None:
    assert dataset_errors(_dataset(repository_url=url)) == []


def test_citation_takes_authors_and_repository_from_params() -> None:
    authors = [{"family-names": "Berg", "given-names": "Anna"}]
    published = build_citation(
        _dataset(repository_url="https://example.org/dipnews.git", authors=authors), "abstract"
    )
    assert published["repository-code"] == "https://example.org/dipnews.git"
    assert published["authors"] == authors
    assert citation_errors(citation_text(published)) == []
    unpublished = build_citation(_dataset(repository_url=LOCAL_REPOSITORY), "abstract")
    assert "repository-code" not in unpublished  # no made-up address
    over_ssh = build_citation(_dataset(repository_url="git@example.org:dipnews.git"), "abstract")
    assert "repository-code" not in over_ssh  # CFF takes web addresses only
    assert citation_errors(citation_text(over_ssh)) == []
    assert unpublished["authors"] == _params()["dataset"]["authors"]
    assert citation_errors(citation_text(unpublished)) == []


def test_card_says_when_no_public_repository_is_named() -> None:
    unpublished = loading_section(_dataset(repository_url=LOCAL_REPOSITORY))
    assert "No public repository was named" in unpublished and "dvc get . data/release" in unpublished
    published = loading_section(_dataset(repository_url="https://example.org/dipnews.git"))
    assert "dvc get https://example.org/dipnews.git data/release --rev v" in published
    assert not PLACEHOLDER.search(unpublished + published.replace("example.org", "x"))


def test_readme_ships_no_placeholder_and_uses_the_params_repository() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    assert not PLACEHOLDER.search(readme), PLACEHOLDER.search(readme)
    repository = str(_params()["dataset"]["repository_url"])
    fetches = re.findall(r"^dvc get (\S+) data/release", readme, flags=re.M)
    fetches += re.findall(r'"repo": "([^"]+)"|repo="([^"]+)"', readme)
    named = {f if isinstance(f, str) else next(filter(None, f)) for f in fetches}
    assert named == {repository}, named


def test_headline_has_nine_figures_per_gold_set() -> None:
    part = {
        "quotes": {"precision": 0.5, "recall": 1.0, "f1": 0.6667, "speaker_accuracy": 0.9, "n_gold": 4},
        "meetings": {"precision": 1.0, "recall": 0.875, "f1": 0.9333, "type_accuracy": 0.5},
        "actors": {"person_precision": 1.0, "person_recall": None, "title_accuracy": 1.0},
        "n_articles": 6,
    }
    assert headline_figures(part) == {
        "quotes": {"P": 0.5, "R": 1.0, "F1": 0.6667, "speaker": 0.9},
        "meetings": {"P": 1.0, "R": 0.875, "F1": 0.9333},
        "persons": {"P": 1.0, "R": None},
    }


def _declared_paths(stage: dict[str, Any]) -> list[str]:
    entries = [e for key in ("outs", "metrics", "plots") for e in stage.get(key, [])]
    return [next(iter(e)) if isinstance(e, dict) else str(e) for e in entries]


def test_caches_are_not_pipeline_outputs() -> None:
    """Their keys hold the environment: as outputs, their hash in dvc.lock would differ per machine."""
    pipeline = yaml.safe_load((REPO_ROOT / "dvc.yaml").read_text(encoding="utf-8"))
    params = _params()
    caches = [params["ingest"]["cache_dir"], params["annotate"]["cache_dir"]]
    declared = [p for stage in pipeline["stages"].values() for p in _declared_paths(stage)]
    assert "${ingest.cache_dir}" not in declared and "${annotate.cache_dir}" not in declared
    for path in declared:
        assert not any(path == c or path.startswith(f"{c}/") or c.startswith(f"{path}/") for c in caches), (
            path
        )


# --- The release procedure, end to end ------------------------------------------------------------


def _run(args: list[str], cwd: Path, env: dict[str, str], timeout: int = 900) -> str:
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{args}:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done.stdout


def _copy_as_origin(target: Path, env: dict[str, str]) -> None:
    """The repository as committed plus this checkout's changes (what a fresh clone would hold)."""
    copy_checkout(target)
    _run(["git", "init", "-q", "-b", "main"], target, env)
    _run(["git", "add", "-A"], target, env)
    _run(["git", "commit", "-qm", "origin"], target, env)


def _bump(clone: Path, version: str) -> None:
    """Step 1 of the procedure: the new version and date, and where the release is published."""
    path = clone / "params.yaml"
    params = yaml.safe_load(path.read_text(encoding="utf-8"))
    params["dataset"].update(version=version, release_date="2026-12-04", repository_url=clone.as_uri())
    path.write_text(yaml.safe_dump(params, sort_keys=False, allow_unicode=True), encoding="utf-8")
    readme = clone / "README.md"  # the README's commands follow the address (a test above checks it)
    text = readme.read_text(encoding="utf-8")
    text = re.sub(r"^dvc get \. ", f"dvc get {clone.as_uri()} ", text, flags=re.M)
    readme.write_text(text.replace('repo="."', f'repo="{clone.as_uri()}"'), encoding="utf-8")


@pytest.mark.slow
def test_publish_a_release_and_get_it_from_the_remote(tmp_path: Path) -> None:
    """One clone builds, commits, tags and pushes; another folder gets the tag's release from the remote."""
    home = tmp_path / "home"  # the default remote is ~/.cache/dipnews-dvc-storage: a temporary folder here
    home.mkdir()
    env = {
        **os.environ,
        "HOME": str(home),
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "GIT_AUTHOR_NAME": "release test",
        "GIT_AUTHOR_EMAIL": "release@localhost",
        "GIT_COMMITTER_NAME": "release test",
        "GIT_COMMITTER_EMAIL": "release@localhost",
        "DVC_NO_ANALYTICS": "1",
    }
    dvc = [sys.executable, "-m", "dvc"]
    origin, first, elsewhere = tmp_path / "origin", tmp_path / "first", tmp_path / "elsewhere"
    origin.mkdir()
    _copy_as_origin(origin, env)
    _run(["git", "clone", "-q", str(origin), str(first)], tmp_path, env)

    version = "9.8.7"
    _bump(first, version)
    _run([*dvc, "repro"], first, env, timeout=1800)
    _run(["git", "add", "-A"], first, env)
    _run(["git", "commit", "-qm", f"Release v{version}"], first, env)
    assert _run(["git", "status", "--porcelain"], first, env) == ""
    _run(["git", "tag", "-a", f"v{version}", "-m", f"dipnews {version}"], first, env)
    _run([*dvc, "push"], first, env)
    assert any((home / ".cache" / "dipnews-dvc-storage").rglob("*")), "dvc push sent nothing"
    # Nothing left in the first clone's DVC cache: the release can only come from the remote.
    shutil.rmtree(first / ".dvc" / "cache")

    elsewhere.mkdir()
    _run([*dvc, "get", str(first), "data/release", "--rev", f"v{version}", "-o", "got"], elsewhere, env)
    got = elsewhere / "got"
    sums = parse_sha256sums((got / "SHA256SUMS").read_text(encoding="utf-8"))
    assert set(sums) == {p.name for p in got.iterdir()} - {"SHA256SUMS"}
    for name, digest in sums.items():
        assert hashlib.sha256((got / name).read_bytes()).hexdigest() == digest, name
    if shutil.which("sha256sum"):  # the README's own check, where coreutils are at hand
        _run(["sha256sum", "-c", "SHA256SUMS"], got, env)
    citation = yaml.safe_load((got / "CITATION.cff").read_text(encoding="utf-8"))
    # a file:// URL is no web address, which CFF's repository-code requires: left out, not faked
    assert citation["version"] == version and "repository-code" not in citation
    card = (got / "README.md").read_text(encoding="utf-8")
    assert f"dvc get {first.as_uri()} data/release --rev v{version}" in card
    assert not PLACEHOLDER.search(card)
