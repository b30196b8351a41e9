"""The real pipeline: `dvc repro` in a temporary copy of the repository, then the tables it wrote."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from fixtures.checkout import copy_checkout

REPO_ROOT = Path(__file__).resolve().parents[1]


def _dvc(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    return subprocess.run(
        [sys.executable, "-m", "dvc", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=900
    )


def _copy_repository(target: Path) -> Path:
    """What a fresh clone holds: the files git tracks (and new files it does not ignore), as a new repo."""
    copy_checkout(target)
    identity = ["-c", "user.name=e2e", "-c", "user.email=e2e@localhost"]
    subprocess.run(["git", "init", "-q"], cwd=target, check=True)
    subprocess.run(["git", "add", "-A"], cwd=target, check=True)
    subprocess.run(["git", *identity, "commit", "-qm", "copy"], cwd=target, check=True)
    return target


@pytest.fixture(scope="module")
def built_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = _copy_repository(tmp_path_factory.mktemp("e2e") / "repo")
    result = _dvc(repo, "repro")
    assert result.returncode == 0, f"dvc repro failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return repo


@pytest.mark.slow
def test_seed_article_is_ingested(built_repo: Path) -> None:
    articles = pd.read_parquet(built_repo / "data/tables/articles.parquet")
    assert len(articles) == 1
    article = articles.iloc[0]
    assert str(article["published_date"]) == "2023-04-17"
    assert article["text"].startswith("Chinese defence minister Li Shangfu")
    assert "date 2023" not in article["text"]
    assert "With inputs from agencies" not in article["text"]
    assert "WATCH WION LIVE HERE" not in article["text"]
    assert pd.read_parquet(built_repo / "data/tables/rejects.parquet").empty


@pytest.mark.slow
def test_seed_tables_hold_the_meeting_and_the_quotes(built_repo: Path) -> None:
    actors = pd.read_parquet(built_repo / "data/tables/actors.parquet")
    persons = set(actors.loc[actors["actor_type"] == "person", "name"])
    assert {"Li Shangfu", "Vladimir Putin", "Sergei Shoigu"} <= persons
    meetings = pd.read_parquet(built_repo / "data/tables/meetings.parquet")
    moscow = meetings[meetings["location"] == "Moscow"]
    assert len(moscow) == 1 and str(moscow.iloc[0]["date"]) == "2023-04-16"
    quotes = pd.read_parquet(built_repo / "data/tables/quotations.parquet")
    assert len(quotes) >= 9


def _up_to_date(status: str) -> bool:
    """`dvc status` with nothing to do: the scan stage, which lists the input folder on every run
    (``always_changed``), is the one stage DVC always names."""
    return "up to date" in status or status.split() == ["scan:", "always", "changed"]


@pytest.mark.slow
def test_second_repro_does_nothing_and_status_is_clean(built_repo: Path) -> None:
    before = {p: p.read_bytes() for p in sorted((built_repo / "data/tables").glob("*.parquet"))}
    result = _dvc(built_repo, "repro")
    assert result.returncode == 0, result.stderr
    assert "didn't change, skipping" in result.stdout or "up to date" in result.stdout
    status = _dvc(built_repo, "status")
    assert _up_to_date(status.stdout), status.stdout
    assert before == {p: p.read_bytes() for p in before}


@pytest.mark.slow
def test_forced_rerun_is_byte_identical(built_repo: Path) -> None:
    before = {p: p.read_bytes() for p in sorted((built_repo / "data/tables").glob("*.parquet"))}
    shutil.rmtree(built_repo / "data/cache")
    result = _dvc(built_repo, "repro", "--force", "consolidate")
    assert result.returncode == 0, result.stderr
    assert before == {p: p.read_bytes() for p in before}


@pytest.mark.slow
def test_metrics_are_written(built_repo: Path) -> None:
    metrics = json.loads((built_repo / "metrics/accuracy.json").read_text())
    assert metrics


@pytest.mark.slow
def test_release_validates_under_frictionless(built_repo: Path) -> None:
    """The check a user runs on a download: `frictionless validate` reads every row."""
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    result = subprocess.run(
        ["frictionless", "validate", "data/release/datapackage.json"],
        cwd=built_repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:]


# Written for this test (not a real report): one new article, as a crawler would add it.
NEW_ARTICLE = """ date 2024-03-05 Indian External Affairs Minister Subrahmanyam Jaishankar met \
Japanese Foreign Minister Yoko Kamikawa in Tokyo on Monday to discuss maritime security, the ministry said.

"Our partnership has never been stronger," Jaishankar told reporters after the talks.
"""


@pytest.mark.slow
def test_grown_corpus_parses_only_the_new_article(
    built_repo: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Adding a file re-cleans and re-parses only it; evaluate (no corpus input) is not re-run."""
    grown = tmp_path_factory.mktemp("grown") / "repo"
    shutil.copytree(built_repo, grown, symlinks=True)
    (grown / "seeds/001_growth_test.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    result = _dvc(grown, "repro")
    assert result.returncode == 0, f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    log = result.stdout + result.stderr
    assert "1 file(s) from the cache, 1 read" in log, log[-3000:]
    assert "(1 parsed, 1 from the cache" in log, log[-3000:]
    assert "Stage 'evaluate' didn't change, skipping" in log, log[-3000:]
    assert len(pd.read_parquet(grown / "data/tables/articles.parquet")) == 2
    assert _up_to_date(_dvc(grown, "status").stdout)
