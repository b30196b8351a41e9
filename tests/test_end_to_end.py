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

REPO_ROOT = Path(__file__).resolve().parents[1]
# Generated or local-only folders that a fresh clone would not have.
NOT_COPIED = {".venv", "venv", "data", "reports", "metrics", ".pytest_cache", ".ruff_cache", ".hypothesis"}


def _dvc(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    return subprocess.run(
        [sys.executable, "-m", "dvc", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=900
    )


def _copy_repository(target: Path) -> Path:
    def ignore(folder: str, names: list[str]) -> set[str]:
        ignored = {n for n in names if n in NOT_COPIED or n == "__pycache__"} if Path(folder) == REPO_ROOT else set()
        return ignored | {n for n in names if n == "__pycache__" or n.endswith(".egg-info")}

    shutil.copytree(REPO_ROOT, target, ignore=ignore, symlinks=True)
    # The gold that evaluation scores is part of the repository, not generated.
    if (REPO_ROOT / "data" / "gold").is_dir():
        shutil.copytree(REPO_ROOT / "data" / "gold", target / "data" / "gold")
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


@pytest.mark.slow
def test_second_repro_does_nothing_and_status_is_clean(built_repo: Path) -> None:
    before = {p: p.read_bytes() for p in sorted((built_repo / "data/tables").glob("*.parquet"))}
    result = _dvc(built_repo, "repro")
    assert result.returncode == 0, result.stderr
    assert "didn't change, skipping" in result.stdout or "up to date" in result.stdout
    status = _dvc(built_repo, "status")
    assert "up to date" in status.stdout, status.stdout
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
