"""Bad, odd and hostile input: every case becomes articles or rejects with a documented reason.

Each case writes its files into a fresh input folder and runs the ingest stage's own functions
(``ingest_folder`` and the streaming ``write_ingested``, Parquet and schemas included), then the
per-article extraction on every article it produced. For every case: nothing raises, each file
or record is in exactly one of articles and rejects, and every reject has the expected reason.
The slow test puts all cases in one folder and runs the real stage commands on it.
"""

from __future__ import annotations

import codecs
import json
import os
import random
import shutil
import socket
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ftfy.bad_codecs  # noqa: F401 (registers the sloppy-windows-1252 codec)
import pandas as pd
import pytest
import yaml
from spacy.language import Language

from dipnews.extract.article import extract_article
from dipnews.ingest.cleaning import article_id_for, clean_text
from dipnews.ingest.readers import IngestSettings, ingest_folder
from dipnews.io import read_params, read_parquet
from dipnews.model import ArticleMeta
from dipnews.quality.stage_validation import extraction_problems, validate
from schemas import CONTRACT, articles, rejects
from stages.ingest import IngestSummary, write_ingested

REPO_ROOT = Path(__file__).resolve().parents[1]
PARAMS = read_params(REPO_ROOT / "params.yaml")
SETTINGS = IngestSettings.from_params(PARAMS["ingest"])
MAX_CHARS = int(PARAMS["annotate"]["max_chars"])
REJECT_REASONS = set(rejects.REASONS)


def prose(topic: str) -> str:
    """English news prose, distinct per topic (so that no two cases are duplicates of each other)."""
    return (
        f"The foreign minister of Norway met her Danish counterpart in Oslo on Monday to discuss {topic}. "
        f"\u201cWe agreed to keep talking about {topic},\u201d she told reporters after the meeting, "
        "and officials said that a second round would be held in Copenhagen next month."
    )


STRAIGHT = str.maketrans({"\u201c": '"', "\u201d": '"'})
FRENCH = (
    "Le ministre des affaires étrangères de la Norvège a rencontré lundi son homologue danoise à Oslo "
    "pour discuter de la pêche. « Nous avons convenu de poursuivre nos discussions », a-t-elle déclaré "
    "aux journalistes après la réunion, et des responsables ont indiqué qu'un second cycle aurait lieu "
    "à Copenhague le mois prochain."
)


@dataclass(frozen=True)
class Expect:
    """What one source_path must become: an article (``reason`` None) or a reject."""

    reason: str | None = None
    detail: str = ""  # a substring of the reject's detail
    check: Callable[[pd.Series], None] | None = None  # more checks on the article row


ARTICLE = Expect()


@dataclass(frozen=True)
class Case:
    name: str
    build: Callable[[Path, Path], None]  # (input folder, a folder outside it) -> writes the files
    expected: dict[str, Expect]  # every source_path the case produces, and nothing else


def _write(folder: Path, relative: str, content: str | bytes, encoding: str = "utf-8") -> None:
    path = folder / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))


def _has(text: str, *absent: str) -> Callable[[pd.Series], None]:
    def check(row: pd.Series) -> None:
        assert text in row["text"], row["text"][:200]
        for fragment in absent:
            assert fragment not in row["text"]

    return check


def _published(expected: str | None) -> Callable[[pd.Series], None]:
    def check(row: pd.Series) -> None:
        value = row["published_date"]
        assert (None if pd.isna(value) else str(value)) == expected

    return check


def _all(*checks: Callable[[pd.Series], None]) -> Callable[[pd.Series], None]:
    def check(row: pd.Series) -> None:
        for one in checks:
            one(row)

    return check


# ---------------------------------------------------------------------------------------------
# The cases


def _jsonl_mixed(folder: Path, _: Path) -> None:
    lines = [
        json.dumps({"text": prose("salmon quotas"), "published": "2023-05-02", "title": "Quotas"}),
        '{"text": "a record cut off in the midd',
        "",
        json.dumps({"text": prose("ferry routes"), "url": "https://example.org/ferries"}),
        "this line is not JSON at all",
        json.dumps({"text": prose("the line separator \u2028 inside a string")}, ensure_ascii=False),
    ]
    _write(folder, "feed.jsonl", "\n".join(lines) + "\n")


def _wrong_shapes(folder: Path, _: Path) -> None:
    records: list[Any] = [
        42,
        "just a string",
        {"text": 7},
        {"text": prose("titles"), "title": ["a", "list"]},
        {"body": prose("dates"), "published": {"year": 2023}},
        {"title": "a record without any text"},
        {"text": prose("a good record among bad ones")},
        ["a", "list", "inside"],
    ]
    _write(folder, "shapes.json", json.dumps(records))
    _write(folder, "scalar.json", "3.14")
    _write(folder, "deep.json", "[" * 100_000 + "]" * 100_000)
    _write(
        folder, "surrogate.jsonl", '{"text": "' + prose("surrogates") + ' \\ud800", "title": "T\\udfff"}\n'
    )


def _symlinks(folder: Path, outside: Path) -> None:
    secret = outside / "secret.txt"
    secret.write_text(prose("a secret outside the input folder"), encoding="utf-8")
    (outside / "folder").mkdir(exist_ok=True)
    (outside / "folder" / "inner.txt").write_text(prose("a folder outside"), encoding="utf-8")
    _write(folder, "target.txt", prose("symbolic links"))
    os.symlink(secret, folder / "to_secret.txt")
    os.symlink(outside / "folder", folder / "to_folder")
    os.symlink("target.txt", folder / "to_target.txt")  # inside: followed, and a duplicate
    os.symlink("loop_b", folder / "loop_a")
    os.symlink("loop_a", folder / "loop_b")
    os.symlink("missing.txt", folder / "dangling.txt")
    os.mkfifo(folder / "pipe")  # reading it would block the stage forever


def _odd_names(folder: Path, _: Path) -> None:
    _write(folder, "report from Zürich – naïve 名前 (1).txt", prose("odd file names"))
    with open(os.fsencode(folder) + b"/legacy-\xe9.txt", "wb") as handle:  # Latin-1 byte in a name
        handle.write(prose("legacy file names").encode())


def _just_over(limit: int, line: str) -> bytes:
    """Text of ``limit + 1`` bytes: one byte over ingest.max_bytes."""
    data = line.encode("utf-8") * (limit // len(line.encode("utf-8")) + 1)
    return data[: limit + 1]


def _nested(folder: Path, _: Path) -> None:
    _write(folder, "a/top.txt", prose("nesting, level one"))
    _write(folder, "a/b/c/deep.txt", prose("nesting, level three"))
    _write(folder, "a/b/empty/.keep", "")  # a hidden file: not an input
    _write(folder, ".hidden/notes.txt", prose("hidden folders"))


CASES: list[Case] = [
    Case(
        "empty_file", lambda f, _: _write(f, "empty.txt", b""), {"empty.txt": Expect("empty", "no content")}
    ),
    Case(
        "whitespace_only",
        lambda f, _: _write(f, "blank.txt", " \n\t\r\n \u00a0\n"),
        {"blank.txt": Expect("empty", "whitespace only")},
    ),
    Case(
        "binary_garbage",
        lambda f, _: (
            _write(f, "garbage.bin", random.Random(7).randbytes(4096)),
            _write(f, "image.txt", b"\x89PNG\r\n\x1a\n" + random.Random(8).randbytes(2048)),
        ),
        {"garbage.bin": Expect("not_utf8"), "image.txt": Expect("not_utf8")},
    ),
    Case(
        "latin1",
        # Latin-1 has no curly quotation marks: straight ones here.
        lambda f, _: _write(
            f,
            "latin1.txt",
            "date 2023-01-05\n" + prose("Café politics in São Tomé").translate(STRAIGHT),
            "latin-1",
        ),
        {"latin1.txt": Expect(check=_all(_has("Café politics in São Tomé"), _published("2023-01-05")))},
    ),
    Case(
        "utf16_with_bom",
        lambda f, _: _write(
            f,
            "utf16.txt",
            codecs.BOM_UTF16_LE + ("date 2023-01-06\r\n" + prose("Zürich")).encode("utf-16-le"),
        ),
        {"utf16.txt": Expect(check=_all(_has("talking about Zürich"), _published("2023-01-06")))},
    ),
    Case(
        "mojibake",
        # UTF-8 bytes read as Windows-1252 (bytes it leaves undefined kept as Latin-1, as browsers do).
        lambda f, _: _write(f, "mojibake.txt", prose("Zürich trains").encode().decode("sloppy-windows-1252")),
        {
            "mojibake.txt": Expect(
                check=_has("\u201cWe agreed to keep talking about Zürich trains,\u201d", "â€")
            )
        },
    ),
    Case(
        "over_the_size_limit",
        lambda f, _: _write(f, "huge.txt", _just_over(SETTINGS.max_bytes, prose("size") + "\n")),
        {"huge.txt": Expect("too_large", f"ingest.max_bytes={SETTINGS.max_bytes}")},
    ),
    Case(
        "truncated_json",
        lambda f, _: _write(f, "cut.json", json.dumps({"text": prose("truncation"), "title": "T"})[:-25]),
        {"cut.json": Expect("malformed_json", "Unterminated string")},
    ),
    Case(
        "jsonl_good_and_broken_lines",
        _jsonl_mixed,
        {
            "feed.jsonl#1": Expect(check=_all(_has("salmon quotas"), _published("2023-05-02"))),
            "feed.jsonl#2": Expect("malformed_json", "line 2:"),
            "feed.jsonl#3": Expect(check=_has("ferry routes")),
            "feed.jsonl#4": Expect("malformed_json", "line 5:"),
            "feed.jsonl#5": ARTICLE,  # a raw U+2028 inside a JSON string is not a line break
        },
    ),
    Case(
        "json_of_the_wrong_shape_or_types",
        _wrong_shapes,
        {
            "shapes.json#1": Expect("bad_record", "expected a JSON object, got int"),
            "shapes.json#2": Expect("bad_record", "expected a JSON object, got str"),
            "shapes.json#3": Expect("bad_record", "text: expected a string, got int"),
            "shapes.json#4": Expect("bad_record", "title: expected a string, got list"),
            "shapes.json#5": Expect("bad_record", "published: expected a date string, got dict"),
            "shapes.json#6": Expect("no_text", "no text field"),
            "shapes.json#7": Expect(check=_has("a good record among bad ones")),
            "shapes.json#8": Expect("bad_record", "expected a JSON object, got list"),
            "scalar.json": Expect("bad_record", "got float"),
            "deep.json": Expect("malformed_json", "nested too deeply"),
            "surrogate.jsonl#1": Expect(check=lambda row: row["title"] == "T\ufffd"),
        },
    ),
    Case(
        "html_without_an_article",
        lambda f, _: (
            _write(
                f,
                "menu.html",
                "<html><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav></body></html>",
            ),
            _write(
                f, "cookies.htm", "<html><body><div>We use cookies. Accept all cookies?</div></body></html>"
            ),
            _write(f, "empty_page.txt", "<!DOCTYPE html><html><head><title>404</title></head></html>"),
        ),
        {
            "menu.html": Expect("no_text", "no article body"),
            "cookies.htm": Expect("no_text", "no article body"),
            "empty_page.txt": Expect("no_text", "no article body"),
        },
    ),
    Case(
        "same_article_under_two_names",
        lambda f, _: (
            _write(f, "first.txt", prose("duplicates")),
            _write(f, "second copy.txt", "\r\n  " + prose("duplicates").replace(" ", "  ") + "\r\n\r\n"),
            _write(f, "third.jsonl", json.dumps({"text": prose("duplicates")}) + "\n"),
        ),
        {
            "first.txt": ARTICLE,
            "second copy.txt": Expect("duplicate_of", article_id_for(clean_text(prose("duplicates")))),
            "third.jsonl#1": Expect("duplicate_of", article_id_for(clean_text(prose("duplicates")))),
        },
    ),
    Case(
        "impossible_and_odd_dates",
        lambda f, _: (
            _write(f, "feb30.txt", "date 2023-02-30\n" + prose("an impossible date")),
            _write(f, "future.txt", "date 2999-01-01\n" + prose("a date far in the future")),
            _write(f, "ancient.txt", "date 0001-01-01\n" + prose("a date far in the past")),
            _write(f, "leap.txt", "date 2024-02-29\n" + prose("a leap day")),
            _write(f, "header_only.txt", "date 2023-03-01\n"),
            _write(f, "date_night.txt", "date night at the embassy: " + prose("a body starting with date")),
            _write(f, "odd.jsonl", json.dumps({"text": prose("a JSON date"), "published": "next Tuesday"})),
        ),
        {
            "feb30.txt": Expect(check=_all(_published(None), _has("an impossible date", "2023-02-30"))),
            "future.txt": Expect(check=_published(None)),
            "ancient.txt": Expect(check=_published(None)),
            "leap.txt": Expect(check=_published("2024-02-29")),
            "header_only.txt": Expect("no_text", "nothing left after cleaning"),
            "date_night.txt": Expect(check=_all(_published(None), _has("date night at the embassy"))),
            "odd.jsonl#1": Expect(check=_published(None)),
        },
    ),
    Case(
        "non_english",
        lambda f, _: (_write(f, "french.txt", FRENCH), _write(f, "short_french.txt", "Bonjour à tous.")),
        {
            "french.txt": Expect("not_english", "function words: French"),
            # Too short to judge the language (ingest.min_words_for_language): kept.
            "short_french.txt": ARTICLE,
        },
    ),
    Case(
        "file_names_with_spaces_and_non_ascii",
        _odd_names,
        {"report from Zürich – naïve 名前 (1).txt": ARTICLE, "legacy-\\xe9.txt": ARTICLE},
    ),
    Case("nested_folders", _nested, {"a/top.txt": ARTICLE, "a/b/c/deep.txt": ARTICLE}),
    Case(
        "symbolic_links_and_special_files",
        _symlinks,
        {
            "target.txt": ARTICLE,
            "to_secret.txt": Expect("symlink_outside", "links to "),
            "to_folder": Expect("symlink_outside", "links to "),
            "to_target.txt": Expect("duplicate_of", article_id_for(clean_text(prose("symbolic links")))),
            "loop_a": Expect("unreadable", "symbolic link loop"),
            "loop_b": Expect("unreadable", "symbolic link loop"),
            "dangling.txt": Expect("unreadable", "broken link"),
            "pipe": Expect("unreadable", "not a regular file"),
        },
    ),
    Case(
        "one_very_long_line",
        lambda f, _: _write(f, "one_line.txt", " ".join(prose(f"topic number {i}") for i in range(60))),
        {"one_line.txt": Expect(check=lambda row: len(row["text"]) > 15_000 and "\n" not in row["text"])},
    ),
    Case(
        "quotation_marks",
        lambda f, _: (
            _write(f, "all_marks.txt", "\u201c\u201d\"'\u2018\u2019\u00ab\u00bb" * 200),
            _write(f, "all_quotes.txt", " ".join(f"\u201cWe will talk about {t}.\u201d" for t in "abcdefgh")),
            _write(
                f,
                "unbalanced.txt",
                'He said "we will win. ' + prose("unbalanced quotes") + " And \u201cone more that never ends",
            ),
            _write(f, "closing_only.txt", "\u201d\u201d " + prose("closing marks") + ' \u201d\u2019"'),
        ),
        {
            "all_marks.txt": Expect("no_text", "no letters or digits"),
            "all_quotes.txt": ARTICLE,
            "unbalanced.txt": ARTICLE,
            "closing_only.txt": ARTICLE,
        },
    ),
]


# ---------------------------------------------------------------------------------------------
# Running the stage's functions


def _run_ingest(folder: Path, out: Path) -> tuple[pd.DataFrame, pd.DataFrame, IngestSummary]:
    """The ingest stage minus params: streamed, validated, written to Parquet, read back."""
    summary = write_ingested(
        ingest_folder(folder, SETTINGS),
        out / "ingested.parquet",
        out / "rejects.parquet",
        batch_size=3,  # several batches even for small cases
        failures_dir=out / "failures",
    )
    article_frame = validate(read_parquet(out / "ingested.parquet"), articles.ingested_schema(), None)
    reject_frame = validate(read_parquet(out / "rejects.parquet"), rejects.schema(), None)
    return article_frame, reject_frame, summary


def _check_outcome(
    article_frame: pd.DataFrame, reject_frame: pd.DataFrame, expected: dict[str, Expect]
) -> None:
    article_paths = list(article_frame["source_path"])
    reject_paths = list(reject_frame["source_path"])
    # The accounting invariant: each file or record is in exactly one of the two tables.
    assert len(set(article_paths)) == len(article_paths)
    assert not set(article_paths) & set(reject_paths)
    assert set(article_paths) | set(reject_paths) == set(expected), (article_paths, reject_paths)
    assert set(reject_frame["reason"]) <= REJECT_REASONS
    by_path_article = article_frame.set_index("source_path")
    by_path_reject = reject_frame.set_index("source_path")
    for source_path, expect in expected.items():
        if expect.reason is None:
            assert source_path in by_path_article.index, (
                source_path,
                by_path_reject.loc[source_path].to_dict(),
            )
            if expect.check is not None:
                expect.check(by_path_article.loc[source_path])
        else:
            assert source_path in by_path_reject.index, f"{source_path} became an article"
            reject = by_path_reject.loc[source_path]
            assert reject["reason"] == expect.reason, (source_path, reject.to_dict())
            assert expect.detail in (reject["detail"] or ""), (source_path, reject.to_dict())


def _check_extraction(nlp: Language, article_frame: pd.DataFrame) -> None:
    """The annotate stage's per-article step on every article: no exception, invariants hold."""
    for row in article_frame.itertuples():
        doc = nlp(row.text[:MAX_CHARS])
        published = None if pd.isna(row.published_date) else row.published_date
        meta = ArticleMeta(row.article_id, doc.text, published, row.title)
        extraction = extract_article(doc, meta)
        assert extraction_problems(extraction, doc.text) == [], row.source_path


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_case(case: Case, tmp_path: Path, nlp: Language) -> None:
    folder, outside, out = tmp_path / "input", tmp_path / "outside", tmp_path / "out"
    for path in (folder, outside, out):
        path.mkdir()
    case.build(folder, outside)
    article_frame, reject_frame, summary = _run_ingest(folder, out)
    _check_outcome(article_frame, reject_frame, case.expected)
    assert summary.n_articles == len(article_frame)
    _check_extraction(nlp, article_frame)


def test_every_documented_reason_is_exercised() -> None:
    exercised = {e.reason for case in CASES for e in case.expected.values() if e.reason is not None}
    # `unreadable` for a permission error cannot be provoked as root; the loop, broken link and
    # special file cover the reason itself.
    assert exercised == REJECT_REASONS


def _build_all(folder: Path, outside: Path) -> dict[str, Expect]:
    """Every case in its own subfolder of one input folder; the expectations with prefixed paths."""
    expected: dict[str, Expect] = {}
    for case in CASES:
        case_outside = outside / case.name
        case_outside.mkdir(parents=True)
        (folder / case.name).mkdir(parents=True)
        case.build(folder / case.name, case_outside)
        expected |= {f"{case.name}/{path}": expect for path, expect in case.expected.items()}
    return expected


def test_nothing_reaches_the_network(tmp_path: Path, nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ingest (HTML with external references and entities included) and extraction open no socket."""
    attempts: list[str] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(repr(args)[:100])
        raise OSError("network access attempted during a test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    folder, outside, out = tmp_path / "input", tmp_path / "outside", tmp_path / "out"
    for path in (folder, outside, out):
        path.mkdir()
    secret = outside / "secret.txt"
    secret.write_text("SECRET-MARKER-7731", encoding="utf-8")
    paragraphs = "".join(f"<p>{prose(f'entities {i}')}</p>" for i in range(3))
    _write(
        folder,
        "entities.html",
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY local SYSTEM "file://{secret}">'
        '<!ENTITY remote SYSTEM "http://example.invalid/entity">]>'
        f"<html><body><article>{paragraphs}<p>&local; &remote;</p></article></body></html>",
    )
    _write(
        folder,
        "references.html",
        '<html><head><base href="http://example.invalid/"><link rel="stylesheet" href="http://example.invalid/s.css">'
        '<script src="http://example.invalid/s.js"></script></head><body><iframe src="http://example.invalid/f">'
        f'</iframe><article>{paragraphs.replace("entities", "references")}<img src="http://example.invalid/i.png">'
        "</article></body></html>",
    )
    article_frame, reject_frame, _ = _run_ingest(folder, out)
    assert len(article_frame) == 2 and reject_frame.empty
    assert not any("SECRET-MARKER" in text for text in article_frame["text"])
    _check_extraction(nlp, article_frame)
    assert attempts == []


# ---------------------------------------------------------------------------------------------
# The real stage commands on all cases at once

# Blocks every internet socket of the stage processes, and records the attempt in a file the
# test reads (a library that catches the error would otherwise hide it). Unix sockets and pipes
# (the local executor's worker processes) stay allowed.
NO_NETWORK_SITECUSTOMIZE = """
import os, socket
_connect = socket.socket.connect
def _record(what):
    with open(os.environ["NETWORK_ATTEMPTS_LOG"], "a", encoding="utf-8") as log:
        log.write(what + "\\n")
def _guarded_connect(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6):
        _record(f"connect {address!r}")
        raise OSError("network access attempted")
    return _connect(self, address)
def _guarded_getaddrinfo(host, *args, **kwargs):
    _record(f"getaddrinfo {host!r}")
    raise OSError("network access attempted")
socket.socket.connect = _guarded_connect
socket.getaddrinfo = _guarded_getaddrinfo
"""


def _stage_copy(target: Path) -> Path:
    """The code and params of the repository, without data: enough to run ``python -m stages.<x>``."""
    for name in ("dipnews", "stages", "schemas"):
        shutil.copytree(REPO_ROOT / name, target / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(REPO_ROOT / "params.yaml", target / "params.yaml")
    return target


def _run_stage(repo: Path, stage: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", f"stages.{stage}"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.mark.slow
def test_real_stages_on_all_cases_together(tmp_path: Path) -> None:
    repo = _stage_copy(tmp_path / "repo")
    folder, outside = tmp_path / "corpus", tmp_path / "outside"
    expected = _build_all(folder, outside)
    params = yaml.safe_load((repo / "params.yaml").read_text(encoding="utf-8"))
    params["ingest"]["input_dir"] = str(folder)
    params["ingest"]["batch_size"] = 4
    params["annotate"]["cache_dir"] = str(tmp_path / "cache")
    (repo / "params.yaml").write_text(yaml.safe_dump(params, sort_keys=False), encoding="utf-8")
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(NO_NETWORK_SITECUSTOMIZE, encoding="utf-8")
    attempts_log = tmp_path / "network_attempts.log"
    env = {**os.environ, "PYTHONPATH": str(guard), "NETWORK_ATTEMPTS_LOG": str(attempts_log)}

    # The guard itself works: a lookup is refused and recorded.
    probe = [sys.executable, "-c", "import socket; socket.getaddrinfo('example.org', 80)"]
    assert subprocess.run(probe, env=env, capture_output=True, timeout=60).returncode != 0
    assert "example.org" in attempts_log.read_text(encoding="utf-8")
    attempts_log.unlink()

    for stage in ("ingest", "annotate", "consolidate"):
        result = _run_stage(repo, stage, env)
        assert result.returncode == 0, f"{stage} failed:\n{result.stderr[-3000:]}"
        assert "Traceback" not in result.stderr, result.stderr
        if stage == "ingest":
            assert "article(s) had an impossible or out-of-window published date" in result.stderr
    assert not attempts_log.exists(), attempts_log.read_text(encoding="utf-8")

    article_frame = read_parquet(repo / "data/tables/articles.parquet")
    reject_frame = read_parquet(repo / "data/tables/rejects.parquet")
    _check_outcome(article_frame, reject_frame, expected)
    # The released articles are sorted by consolidate, and every contract table is valid.
    assert list(article_frame["article_id"]) == sorted(article_frame["article_id"])
    texts = dict(zip(article_frame["article_id"], article_frame["text"], strict=True))
    for name, module in CONTRACT.items():
        validate(read_parquet(repo / f"data/tables/{name}.parquet"), module.schema(texts), None)
