"""The ingest stage's per-input-file cache: warm runs write the same bytes as cold and uncached runs,
and only new or changed files are cleaned again."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import yaml

from dipnews.ingest import cache as ingest_cache
from dipnews.ingest import readers as ingest
from dipnews.ingest.cache import IngestCache, entry_key, file_digest, read_entry, settings_fingerprint
from dipnews.ingest.readers import IngestSettings, Reject, ingest_folder
from stages import ingest as ingest_stage
from stages import scan as scan_stage

# Sentences written for these tests (not from any corpus).
BODIES = [
    "The foreign minister of Norway met her Danish counterpart in Oslo on Monday to discuss fisheries.",
    "Trade ministers from the region gathered in Lisbon for a summit on steel tariffs and quotas.",
    "The president of Chile received the visiting prime minister of Spain at the palace on Friday.",
    "Officials from both countries said that the talks had been useful and would continue next month.",
    "A delegation from Kenya arrived in Addis Ababa for two days of meetings on regional security.",
    "The two leaders signed an agreement on energy cooperation after a short ceremony in the capital.",
]
SHARED_BODY = "The envoy said that the ceasefire had held through the night and that aid convoys could move."
FRENCH_BODY = (
    "Le ministre des affaires étrangères a dit que les discussions avec ses homologues sont utiles et "
    "que la réunion pour la paix dans la région aura lieu dans une semaine avec les représentants du "
    "gouvernement qui ont demandé un accord sur le commerce et sur la sécurité des frontières."
)
INGESTED = Path("data/interim/ingested.parquet")
REJECTS = Path("data/tables/rejects.parquet")


def _jsonl(path: Path, records: list[Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _corpus(root: Path) -> Path:
    """A small input folder with articles, in-file rejects of several kinds and a dropped date."""
    folder = root / "in"
    _jsonl(
        folder / "b.jsonl",
        [
            {"id": "1", "text": BODIES[0], "published": "2023-04-17", "title": "Oslo talks"},
            {"text": FRENCH_BODY},  # not_english
            '{"text": "unterminated',  # malformed_json
            {"text": SHARED_BODY, "published": "2023-02-30"},  # an impossible date: dropped, reported
            {"body": 17},  # bad_record
        ],
    )
    _jsonl(folder / "c.jsonl", [{"text": BODIES[1]}, {"text": BODIES[2], "url": "https://example.org/x"}])
    (folder / "sub").mkdir()
    (folder / "sub" / "note.txt").write_text(f"date 2022-01-05\n{BODIES[3]}\n", encoding="utf-8")
    with gzip.open(folder / "d.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"text": BODIES[4]}) + "\n")
    # A gzip file cut short: its first record is read, the rest is an `unreadable` reject.
    whole = gzip.compress(
        "".join(json.dumps({"text": f"{BODIES[5]} Part {n}."}) + "\n" for n in range(200)).encode()
    )
    (folder / "e.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    (folder / "empty.txt").write_bytes(b"")
    return folder


REPO_ROOT = Path(__file__).resolve().parents[1]
CACHE = "data/cache"


def _params(root: Path, cache_dir: str | None = CACHE, **ingest_params: Any) -> None:
    """The repository's params.yaml (validated by the stage) with these ingest settings."""
    params = yaml.safe_load((REPO_ROOT / "params.yaml").read_text(encoding="utf-8"))
    # The settings' defaults otherwise (IngestSettings.from_params({})), as the cache keys below assume.
    ingest = {
        "input_dir": "in",
        "batch_size": 3,
        "max_bytes": IngestSettings().max_bytes,
        "cache_dir": cache_dir,
    }
    params["ingest"] = {**ingest, **ingest_params}
    (root / "params.yaml").write_text(json.dumps(params, default=str), encoding="utf-8")


def _run(root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[bytes, bytes, str]:
    """Run the stage's main in ``root``; the two outputs' bytes and its stderr."""
    scan_stage.main()  # the manifest ingest reads, as `dvc repro` runs it first
    capsys.readouterr()
    ingest_stage.main()
    return (root / INGESTED).read_bytes(), (root / REJECTS).read_bytes(), capsys.readouterr().err


def _entries(cache_dir: Path) -> list[Path]:
    return sorted(cache_dir.glob("*/*.parquet"))


@pytest.fixture
def counted_cleaning(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """source_path of every record ingest cleans (record_to_row is the costly step the cache saves)."""
    cleaned: list[str] = []
    original = ingest.record_to_row

    def counting(record: ingest.RawRecord, settings: IngestSettings) -> dict[str, Any] | Reject:
        cleaned.append(record.source_path)
        return original(record, settings)

    monkeypatch.setattr(ingest, "record_to_row", counting)
    return cleaned


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    _corpus(tmp_path)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_cold_and_warm_runs_write_the_bytes_of_an_uncached_run(
    workspace: Path, capsys: pytest.CaptureFixture[str], counted_cleaning: list[str]
) -> None:
    _params(workspace, cache_dir=None)
    plain = _run(workspace, capsys)
    assert not (workspace / CACHE).exists()
    assert "from the cache" not in plain[2]

    _params(workspace)
    counted_cleaning.clear()
    cold = _run(workspace, capsys)
    assert "0 file(s) from the cache, 6 read" in cold[2].splitlines()[0]
    n_cleaned_cold = len(counted_cleaning)
    assert n_cleaned_cold > 0
    assert len(_entries(workspace / CACHE)) == 6  # one per input file, empty.txt too

    counted_cleaning.clear()
    warm = _run(workspace, capsys)
    assert "6 file(s) from the cache, 0 read" in warm[2].splitlines()[0]
    assert counted_cleaning == []
    assert len(_entries(workspace / CACHE)) == 6  # used entries survive the pruning
    assert plain[:2] == cold[:2] == warm[:2]
    # The report of dropped dates comes from the cached flag.
    assert "1 article(s) had an impossible or out-of-window published date" in warm[2]


def test_rejects_inside_a_cached_file_come_back_identically(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _params(workspace)
    _run(workspace, capsys)
    cold = pd.read_parquet(REJECTS)
    assert "6 file(s) from the cache, 0 read" in _run(workspace, capsys)[2]
    warm = pd.read_parquet(REJECTS)
    pd.testing.assert_frame_equal(cold, warm)
    reasons = dict(zip(warm["source_path"], warm["reason"], strict=True))
    assert reasons["b.jsonl#2"] == "not_english"
    assert reasons["b.jsonl#3"] == "malformed_json"
    assert reasons["b.jsonl#5"] == "bad_record"
    # The truncated gzip: the records before the cut are articles, the rest one `unreadable` reject.
    cut = [path for path in reasons if path.startswith("e.jsonl.gz#")]
    assert len(cut) == 1 and reasons[cut[0]] == "unreadable" and cut[0] != "e.jsonl.gz#1"
    assert "Compressed file ended" in warm.set_index("source_path").loc[cut[0], "detail"]
    assert reasons["empty.txt"] == "empty"


def test_a_new_file_is_the_only_one_cleaned(
    workspace: Path, capsys: pytest.CaptureFixture[str], counted_cleaning: list[str]
) -> None:
    _params(workspace)
    _run(workspace, capsys)
    _jsonl(workspace / "in" / "f.jsonl", [{"text": f"{BODIES[0]} Added later."}, {"text": BODIES[5]}])
    counted_cleaning.clear()
    warm = _run(workspace, capsys)
    assert counted_cleaning == ["f.jsonl#1", "f.jsonl#2"]
    assert "6 file(s) from the cache, 1 read" in warm[2].splitlines()[0]

    _params(workspace, cache_dir=None)
    assert _run(workspace, capsys)[:2] == warm[:2]


def test_duplicates_across_a_cached_and_a_new_file_are_resolved_as_without_cache(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _params(workspace)
    _run(workspace, capsys)
    # "a.jsonl" sorts before the cached "b.jsonl": its copy of SHARED_BODY is now the one kept,
    # and b.jsonl#4, served from the cache, becomes the duplicate.
    _jsonl(workspace / "in" / "a.jsonl", [{"text": SHARED_BODY}])
    # "z.jsonl" sorts after: its copy of c.jsonl's text is the duplicate.
    _jsonl(workspace / "in" / "z.jsonl", [{"text": BODIES[1]}])
    cached = _run(workspace, capsys)
    assert "6 file(s) from the cache, 2 read" in cached[2]
    rejects = pd.read_parquet(REJECTS).set_index("source_path")
    assert rejects.loc["b.jsonl#4", "reason"] == "duplicate_of"
    assert rejects.loc["z.jsonl#1", "reason"] == "duplicate_of"
    assert "a.jsonl#1" in set(pd.read_parquet(INGESTED)["source_path"])

    _params(workspace, cache_dir=None)
    assert _run(workspace, capsys)[:2] == cached[:2]


def test_a_changed_setting_misses_every_entry(
    workspace: Path, capsys: pytest.CaptureFixture[str], counted_cleaning: list[str]
) -> None:
    _params(workspace)
    _run(workspace, capsys)
    _params(workspace, unwrap_width=60)
    counted_cleaning.clear()
    changed = _run(workspace, capsys)
    assert "0 file(s) from the cache, 6 read" in changed[2]
    assert len(counted_cleaning) > 0
    assert len(_entries(workspace / CACHE)) == 6  # the old settings' entries were pruned


def test_changed_bytes_miss_only_that_file(
    workspace: Path, capsys: pytest.CaptureFixture[str], counted_cleaning: list[str]
) -> None:
    _params(workspace)
    _run(workspace, capsys)
    _jsonl(workspace / "in" / "c.jsonl", [{"text": BODIES[1]}, {"text": BODIES[3] + " Corrected."}])
    counted_cleaning.clear()
    changed = _run(workspace, capsys)
    assert counted_cleaning == ["c.jsonl#1", "c.jsonl#2"]
    assert "5 file(s) from the cache, 1 read" in changed[2]
    _params(workspace, cache_dir=None)
    assert _run(workspace, capsys)[:2] == changed[:2]


def test_a_damaged_entry_is_a_miss_and_is_rewritten(
    workspace: Path, capsys: pytest.CaptureFixture[str], counted_cleaning: list[str]
) -> None:
    _params(workspace)
    cold = _run(workspace, capsys)
    settings = IngestSettings.from_params({})
    key = entry_key("b.jsonl", file_digest(workspace / "in" / "b.jsonl"), settings)
    entry = workspace / CACHE / key[:2] / f"{key}.parquet"
    entry.write_bytes(entry.read_bytes()[: entry.stat().st_size // 2])
    counted_cleaning.clear()
    warm = _run(workspace, capsys)
    assert warm[:2] == cold[:2]
    assert "5 file(s) from the cache, 1 read" in warm[2]
    assert sorted(counted_cleaning) == [f"b.jsonl#{n}" for n in (1, 2, 4, 5)]  # #3 does not parse
    assert len(list(read_entry(entry))) == 5  # rewritten whole


def test_an_entry_failing_midway_is_completed_without_repeating_items(
    workspace: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Items already served from a damaged entry are not served twice when the file is recomputed."""
    _params(workspace)
    cold = _run(workspace, capsys)
    original = ingest_cache.read_entry

    def failing_after_two(path: Path) -> Iterator[dict[str, Any] | Reject]:
        for position, item in enumerate(original(path)):
            if position == 2:
                raise OSError("simulated damaged page")
            yield item

    monkeypatch.setattr(ingest_cache, "read_entry", failing_after_two)
    warm = _run(workspace, capsys)
    assert warm[:2] == cold[:2]
    assert "read" in warm[2]


def test_entries_of_removed_files_are_pruned(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _params(workspace)
    _run(workspace, capsys)
    cache_dir = workspace / CACHE
    stranger = cache_dir / "notes.txt"  # not a name the cache writes: left alone
    stranger.write_text("keep", encoding="utf-8")
    before = set(_entries(cache_dir))
    (workspace / "in" / "c.jsonl").unlink()
    (workspace / "in" / "sub" / "note.txt").unlink()
    _run(workspace, capsys)
    after = set(_entries(cache_dir))
    assert after < before and len(after) == 4
    removed_shards = {p.parent for p in before - after} - {p.parent for p in after}
    assert all(not shard.exists() for shard in removed_shards)
    assert stranger.read_text(encoding="utf-8") == "keep"


def test_a_stopped_run_publishes_no_partial_entry(workspace: Path) -> None:
    settings = IngestSettings()
    cache = IngestCache(workspace / CACHE, settings)
    items = ingest_folder(workspace / "in", settings, cache)
    next(items)
    next(items)
    items.close()
    assert _entries(workspace / CACHE) == []
    assert list((workspace / CACHE).rglob("*.tmp")) == []


def test_every_setting_is_part_of_the_fingerprint() -> None:
    """A setting added to IngestSettings later changes the key without touching the cache code."""
    base = IngestSettings()
    changed_values = {
        int: lambda v: v + 1,
        float: lambda v: v + 0.01,
        dt.date: lambda v: v + dt.timedelta(days=1),
        tuple: lambda v: (*v, "extra"),
    }
    for setting in dataclasses.fields(IngestSettings):
        value = getattr(base, setting.name)
        changed = dataclasses.replace(base, **{setting.name: changed_values[type(value)](value)})
        assert settings_fingerprint(changed) != settings_fingerprint(base), setting.name


def test_pruning_clears_temporaries_of_killed_writers(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _params(workspace)
    _run(workspace, capsys)
    # a shard no entry of this corpus uses (entry names are content hashes, so any shard may be taken)
    used = {p.name for p in (workspace / CACHE).iterdir() if p.is_dir()}
    prefix = next(f"{i:02x}" for i in range(256) if f"{i:02x}" not in used)
    shard = workspace / CACHE / prefix
    shard.mkdir(parents=True)
    # Above Linux's largest pid (2**22): no running process owns it, as after a SIGKILL.
    leftover = shard / f".{prefix + '0' * 62}.parquet.4194305.x1y2.tmp"
    leftover.write_bytes(b"half an entry")
    _run(workspace, capsys)
    assert not leftover.exists() and not shard.exists()
