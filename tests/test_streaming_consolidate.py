"""The out-of-core consolidate path writes the same bytes as the in-memory one.

The corpus: the repository's gold articles, parsed for real, plus two synthetic copies of them (new
ids, dates shifted, some actors renamed; ``scripts/synthetic_corpus.py``), so that meetings merge
across articles, surnames join full names and the actor table grows. Both paths run on the same
``ingested.parquet`` and ``extractions.parquet``; every table must be byte-identical, including when
the row groups are smaller than a table (the in-memory path is then written with the same size).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from dipnews.consolidate import actor_evidence, article_cache, spill, streaming
from dipnews.consolidate.corpus import consolidate
from dipnews.consolidate.streaming import StreamInputs, read_extractions, write_streamed_tables
from dipnews.io import PARQUET_OPTIONS, read_parquet, to_arrow, write_parquet_atomic
from dipnews.quality.batch_validation import BatchValidator
from dipnews.quality.stage_validation import StageError
from schemas import CONTRACT
from schemas import extractions as extractions_schema
from schemas._base import arrow_schema

REPO_ROOT = Path(__file__).resolve().parents[1]
GOLD_TEXTS = sorted((REPO_ROOT / "data/gold").glob("*_texts.jsonl"))
CONTRACT_SCHEMAS = {name: arrow_schema(CONTRACT[name].schema()) for name in CONTRACT if name != "rejects"}


def _parse_gold(folder: Path) -> Path:
    """ingested.parquet and extractions.parquet of the gold articles, as the ingest and annotate stages
    write them."""
    from dipnews.ingest.readers import IngestSettings, RawRecord, ingest_records
    from dipnews.ingest.tables import split_rows
    from dipnews.nlp.annotate import InProcessExecutor, annotate_articles, extraction_limits
    from dipnews.pipeline import default_params

    params = default_params()
    records = [
        json.loads(line) for path in GOLD_TEXTS for line in path.read_text(encoding="utf-8").splitlines()
    ]
    raw = (
        RawRecord(source_path=r["id"], text=r["text"], published=r.get("published"), title=r.get("title"))
        for r in records
    )
    articles, _, _ = split_rows(ingest_records(raw, IngestSettings.from_params(params["ingest"])))
    annotate = params["annotate"]
    executor = InProcessExecutor(
        annotate["model"], 64, int(annotate["max_chars"]), limits=extraction_limits(annotate)
    )
    tuples = [
        (a, t, d if pd.notna(d) else None, ti if isinstance(ti, str) else None)
        for a, t, d, ti in zip(
            articles["article_id"],
            articles["text"],
            articles["published_date"],
            articles["title"],
            strict=True,
        )
    ]
    results = list(annotate_articles(tuples, executor, None, 64))
    folder.mkdir(parents=True, exist_ok=True)
    ingested_schema = arrow_schema(CONTRACT["articles"].ingested_schema())
    pq.write_table(to_arrow(articles, ingested_schema), folder / "ingested.parquet")
    rows = pd.DataFrame(results, columns=list(extractions_schema.schema().columns))
    pq.write_table(to_arrow(rows, arrow_schema(extractions_schema.schema())), folder / "extractions.parquet")
    return folder


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The gold, parsed."""
    return _parse_gold(tmp_path_factory.mktemp("gold"))


def _replicated(template: Path, folder: Path, copies: float) -> Path:
    sys.path.insert(0, str(REPO_ROOT / "scripts"))
    from synthetic_corpus import Replication, write_synthetic

    size = round(copies * pq.ParquetFile(template / "ingested.parquet").metadata.num_rows)
    write_synthetic(template, folder, size, Replication(rename_fraction=0.5, shift_days=0))
    return folder


@pytest.fixture(scope="module")
def corpus(template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The gold replicated to three copies of it."""
    return _replicated(template, tmp_path_factory.mktemp("corpus"), 3)


def _in_memory(corpus: Path, out: Path) -> None:
    tables = consolidate(
        read_parquet(corpus / "ingested.parquet"), list(read_extractions(corpus / "extractions.parquet"))
    )
    out.mkdir()
    for name, frame in tables.items():
        table = to_arrow(frame, CONTRACT_SCHEMAS[name])
        groups = streaming.row_group_rows(name)
        pq.write_table(table, out / f"{name}.parquet", row_group_size=groups, **PARQUET_OPTIONS)


@pytest.mark.parametrize("row_group_rows", [streaming.ROW_GROUP_ROWS, 7])
def test_streamed_tables_are_the_in_memory_tables_byte_for_byte(
    corpus: Path, tmp_path: Path, row_group_rows: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(streaming, "ROW_GROUP_ROWS", row_group_rows)
    monkeypatch.setattr(streaming, "TEXT_ROW_GROUP_ROWS", max(row_group_rows // 16, 3))
    # many spill and result batches, even on a small corpus
    monkeypatch.setattr(streaming, "SPILL_ROWS", 5)
    monkeypatch.setattr(spill, "SPILL_ROWS", 5)
    _in_memory(corpus, tmp_path / "old")
    (tmp_path / "new").mkdir()
    validator = BatchValidator(corpus / "ingested.parquet")
    counts = write_streamed_tables(
        StreamInputs(corpus / "ingested.parquet", corpus / "extractions.parquet"),
        tmp_path / "new",
        tmp_path / "work",
        CONTRACT_SCHEMAS,
        PARQUET_OPTIONS,
        validator,
    )
    assert counts["meetings"] > 0 and counts["quotations"] > 0 and counts["actor_roles"] > 0
    for name in CONTRACT_SCHEMAS:
        old, new = (tmp_path / side / f"{name}.parquet" for side in ("old", "new"))
        assert new.read_bytes() == old.read_bytes(), name
    assert list((tmp_path / "work").iterdir()) == []  # the spills are gone
    # A reader sees one table whatever the row groups.
    assert len(pd.read_parquet(tmp_path / "new/actor_mentions.parquet")) == counts["actor_mentions"]


def test_a_batch_that_breaks_its_schema_stops_before_any_table_is_replaced(
    corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "tables"
    out.mkdir()
    (out / "articles.parquet").write_bytes(b"previous")
    validator = BatchValidator(corpus / "ingested.parquet")

    def check(table: str, batch: object, first_row: int) -> None:
        validator(table, batch, first_row)  # type: ignore[arg-type]
        if table == "quotations":
            raise StageError("quotations: a failed check")

    with pytest.raises(StageError):
        write_streamed_tables(
            StreamInputs(corpus / "ingested.parquet", corpus / "extractions.parquet"),
            out, tmp_path / "work", CONTRACT_SCHEMAS, PARQUET_OPTIONS, check,
        )  # fmt: skip
    assert sorted(p.name for p in out.iterdir()) == ["articles.parquet"]
    assert (out / "articles.parquet").read_bytes() == b"previous"


def test_a_mention_whose_text_is_not_the_span_fails_its_batch(corpus: Path) -> None:
    validator = BatchValidator(corpus / "ingested.parquet")
    tables = consolidate(
        read_parquet(corpus / "ingested.parquet"), list(read_extractions(corpus / "extractions.parquet"))
    )
    frame = tables["actor_mentions"].head(3).copy()
    frame.loc[1, "mention_text"] = "not the text"
    validator("actor_mentions", to_arrow(frame, CONTRACT_SCHEMAS["actor_mentions"]), 0)
    with pytest.raises(StageError, match="span"):  # the held-back last article is checked at the end
        validator("actor_mentions", None, 3)


def test_write_parquet_atomic_is_what_the_stage_used_to_write(corpus: Path, tmp_path: Path) -> None:
    """The in-memory reference above writes what the former stage wrote (write_parquet_atomic)."""
    tables = consolidate(
        read_parquet(corpus / "ingested.parquet"), list(read_extractions(corpus / "extractions.parquet"))
    )
    _in_memory(corpus, tmp_path / "ref")
    for name, frame in tables.items():
        write_parquet_atomic(frame, tmp_path / f"{name}.parquet", CONTRACT_SCHEMAS[name])
        assert (tmp_path / f"{name}.parquet").read_bytes() == (
            tmp_path / "ref" / f"{name}.parquet"
        ).read_bytes()


def test_a_block_is_clustered_as_by_comparing_every_pair() -> None:
    """Random reports of one block (dated to the day, month or year, undated, several per article)."""
    import datetime as dt
    import random

    from dipnews.consolidate.corpus import _cluster_reports, _MeetingReport
    from dipnews.consolidate.streaming import cluster_block
    from dipnews.model import LocalMeeting

    generator = random.Random(7)
    for _ in range(30):
        reports = []
        for index in range(generator.randint(1, 40)):
            precision = generator.choice(["day", "month", "year", "unknown"])
            day = dt.date(2020, 12, 20) + dt.timedelta(days=generator.randint(0, 30))
            meeting = LocalMeeting(
                local_key=f"m{index}", meeting_type="meeting", status="occurred",
                date=None if precision == "unknown" else day, date_precision=precision, date_text=None,
                location=None, location_country_iso3=None, is_background=False, confidence=0.5,
            )  # fmt: skip
            published = None if generator.random() < 0.1 else day + dt.timedelta(days=generator.randint(0, 5))
            article = f"a{generator.randint(0, 12)}"
            reports.append(_MeetingReport(article, published, meeting, {"x": "host", "y": "visitor"}))
        expected = [[id(r) for r in c] for c in _cluster_reports(reports, 3)]
        assert [[id(r) for r in c] for c in cluster_block(reports, 3)] == expected


def _streamed(corpus: Path, out: Path, cache: Path | None) -> None:
    out.mkdir()
    write_streamed_tables(
        StreamInputs(corpus / "ingested.parquet", corpus / "extractions.parquet", cache_dir=cache),
        out, out.parent / f"{out.name}-work", CONTRACT_SCHEMAS, PARQUET_OPTIONS,
    )  # fmt: skip


def _same_tables(first: Path, second: Path) -> None:
    for name in CONTRACT_SCHEMAS:
        assert (first / f"{name}.parquet").read_bytes() == (second / f"{name}.parquet").read_bytes(), name


def _articles_per_segment(cache: Path) -> list[int]:
    (folder,) = cache.iterdir()
    return [pq.ParquetFile(p).metadata.num_rows for p in sorted(folder.glob("segment-*.sentences.parquet"))]


def test_a_grown_corpus_parses_only_its_new_articles_and_gives_the_tables_of_a_cold_run(
    template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    small = _replicated(template, tmp_path / "small", 2)
    grown = _replicated(template, tmp_path / "grown", 2.5)
    n_small, n_grown = (pq.ParquetFile(c / "ingested.parquet").metadata.num_rows for c in (small, grown))
    cache = tmp_path / "cache"
    _streamed(small, tmp_path / "small-cold", None)
    _streamed(grown, tmp_path / "grown-cold", None)
    assert list(tmp_path.glob("*-work/*")) == []  # without a cache folder nothing is kept

    # Every actor decided in Python is counted (the real decision is made).
    decided: list[str] = []
    decide = actor_evidence._actor_decision
    monkeypatch.setattr(
        actor_evidence, "_actor_decision", lambda row: decided.append(row["final"]) or decide(row)
    )

    def actors(folder: str) -> int:
        return pq.read_metadata(tmp_path / folder / "actors.parquet").num_rows

    _streamed(small, tmp_path / "small-cached", cache)
    _same_tables(tmp_path / "small-cold", tmp_path / "small-cached")
    assert len(decided) == actors("small-cached")
    decided.clear()
    _streamed(grown, tmp_path / "grown-cached", cache)
    _same_tables(tmp_path / "grown-cold", tmp_path / "grown-cached")
    assert _articles_per_segment(cache) == [n_small, n_grown - n_small]  # only the new ones were parsed
    # Only the actors whose evidence changed were decided again; the others' decisions were remembered.
    assert 0 < len(decided) < actors("grown-cached")
    decided.clear()

    # Articles removed: their kept rows are left out, the groups they touched are decided again.
    _streamed(small, tmp_path / "small-again", cache)
    _same_tables(tmp_path / "small-cold", tmp_path / "small-again")
    assert 0 < len(decided) < actors("small-again")
    # Too many segments: the live rows are rewritten as one, and the tables do not change.
    monkeypatch.setattr(article_cache, "MAX_SEGMENTS", 1)
    _streamed(grown, tmp_path / "grown-compacted", cache)
    assert _articles_per_segment(cache) == [n_grown]
    _same_tables(tmp_path / "grown-cold", tmp_path / "grown-compacted")


def test_an_edited_extraction_is_parsed_again(corpus: Path, tmp_path: Path) -> None:
    """The key of an article is its payload (and date): an edited payload is not served from the cache."""
    cache = tmp_path / "cache"
    _streamed(corpus, tmp_path / "before", cache)
    table = pq.read_table(corpus / "extractions.parquet")
    payloads = table.column("payload").to_pylist()
    edited = json.loads(payloads[0])
    edited["n_sentences"] += 1
    payloads[0] = json.dumps(edited, sort_keys=True, separators=(",", ":"))
    changed = tmp_path / "changed"
    changed.mkdir()
    (changed / "ingested.parquet").write_bytes((corpus / "ingested.parquet").read_bytes())
    index = table.schema.get_field_index("payload")
    pq.write_table(table.set_column(index, "payload", pa.array(payloads)), changed / "extractions.parquet")
    _streamed(changed, tmp_path / "cached", cache)
    _streamed(changed, tmp_path / "cold", None)
    _same_tables(tmp_path / "cold", tmp_path / "cached")
    assert _articles_per_segment(cache)[-1] == 1


def _validate_all(validator: BatchValidator, tables: dict[str, pd.DataFrame]) -> None:
    for name, frame in tables.items():
        validator(name, to_arrow(frame, CONTRACT_SCHEMAS[name]), 0)
        validator(name, None, len(frame))


def test_groups_that_passed_before_are_not_checked_again(corpus: Path, tmp_path: Path) -> None:
    tables = consolidate(
        read_parquet(corpus / "ingested.parquet"), list(read_extractions(corpus / "extractions.parquet"))
    )
    cache = tmp_path / "groups"
    first = BatchValidator(corpus / "ingested.parquet", cache)
    _validate_all(first, tables)
    first.save()
    assert first.checked_rows["actor_mentions"] == len(tables["actor_mentions"])
    again = BatchValidator(corpus / "ingested.parquet", cache)
    _validate_all(again, tables)
    assert sum(again.checked_rows.values()) == 0

    # One participant fewer: that meeting's group changed (it may now break "at least two participants")
    # and is checked, with the rows it keeps; every other meeting's rows are not.
    participants = tables["meeting_participants"]
    meeting = participants["meeting_id"].iloc[0]
    dropped = participants.drop(index=participants.index[0]).reset_index(drop=True)
    changed = BatchValidator(corpus / "ingested.parquet", cache)
    n_left = int((dropped["meeting_id"] == meeting).sum())
    if n_left >= 2:
        changed("meeting_participants", to_arrow(dropped, CONTRACT_SCHEMAS["meeting_participants"]), 0)
        changed("meeting_participants", None, len(dropped))
        assert changed.checked_rows["meeting_participants"] == n_left
    else:
        with pytest.raises(StageError):
            changed("meeting_participants", to_arrow(dropped, CONTRACT_SCHEMAS["meeting_participants"]), 0)
            changed("meeting_participants", None, len(dropped))

    # A wrong span in an article whose mentions passed before is caught: its group's hash changed.
    mentions = tables["actor_mentions"].copy()
    mentions.loc[1, "mention_text"] = "not the text"
    broken = BatchValidator(corpus / "ingested.parquet", cache)
    with pytest.raises(StageError, match="span"):
        broken("actor_mentions", to_arrow(mentions, CONTRACT_SCHEMAS["actor_mentions"]), 0)
        broken("actor_mentions", None, len(mentions))


def test_group_hashes_follow_the_groups_values_and_order() -> None:
    import duckdb

    from dipnews.quality.batch_validation import group_hashes, row_hashes

    table = pa.table(
        {"g": ["a", "a", "b", "c", "c"], "v": [1, 2, 1, 2, 1], "t": [["x"], ["y"], [], ["x", "y"], None]}
    )
    connection = duckdb.connect()

    def hashes(t: pa.Table) -> list[int]:
        return group_hashes(row_hashes(connection, t), t.column("g").to_numpy(zero_copy_only=False)).tolist()

    first = hashes(table)
    assert first[0] == first[1] and len(set(first)) == 3
    swapped = hashes(table.take([1, 0, 2, 3, 4]))
    assert swapped[0] != first[0]  # the order within a group counts
    assert swapped[2:] == first[2:]  # the other groups are the same
    assert hashes(table.set_column(2, "t", pa.array([["x"], ["y"], [], ["xy"], None])))[3] != first[3]
    assert hashes(table) == first  # deterministic
