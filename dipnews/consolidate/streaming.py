"""The consolidate stage out of core: the same tables as :func:`dipnews.consolidate.corpus.consolidate`,
byte for byte, without holding the corpus in memory.

The extractions are read once, a batch at a time, each payload parsed once; every article's rows go to
spill files (Parquet, in a temporary folder) as they are produced, keyed by actor *identity* (the
normalised key actors are grouped by), since actor ids can only be decided over the whole corpus:

- one evidence row per (article, actor): name, country vote, titles, surface forms;
- the actor_mentions and quotations rows, the meeting reports with their participants' identities, and
  every article's sentence count.

:mod:`dipnews.consolidate.actor_evidence` then decides the surname merges and the actor ids from the
evidence with DuckDB, one actor group in Python at a time, and writes identity -> actor_id. DuckDB joins
that map into the spilled rows: a mention's and a speaker's actor_id, the per-actor counts and the
offices over time (actor_roles). Meeting reports are merged one block of identical principal
participants at a time (the only reports that can merge), read in block order by DuckDB; the blocks'
merged rows go to spill files too. DuckDB then sorts each table by its key (spilling to disk beyond its
memory limit) and joins what crosses tables (a quotation's meeting, an article's sentence count), and
the result is written in row groups of :data:`ROW_GROUP_ROWS` rows, the size
``pyarrow.parquet.write_table`` uses, so a table is the same bytes as the in-memory path writes; but
the articles, whose texts make a row group of a million rows a gigabyte, are written in groups of
:data:`TEXT_ROW_GROUP_ROWS` (the same bytes as before up to that many articles; beyond, the same rows in
more row groups).
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from dipnews.consolidate.actor_evidence import resolve_actors
from dipnews.consolidate.article_cache import ArticleStore, current_rows
from dipnews.consolidate.corpus import (
    ROLE_PRIORITY,
    _MeetingReport,
    _merged_meeting_row,
    cluster_pairs,
    meeting_mention_row,
)
from dipnews.consolidate.spill import SPILL_ROWS, SpillWriter, copy_to, sql_path
from dipnews.model import ArticleExtraction, LocalMeeting, MeetingEvidence, Participant
from dipnews.quality.batch_validation import BatchValidator
from dipnews.serialize import from_json

# pyarrow.parquet.write_table's default row group: a table written in groups of this many rows has the
# bytes the in-memory path gives it.
ROW_GROUP_ROWS = 1024 * 1024
TEXT_ROW_GROUP_ROWS = 65_536
READ_BATCH_ROWS = 1024
# DuckDB's working memory for the sorts and joins; beyond it, it spills to its temporary folder.
DUCKDB_MEMORY = "512MB"
# ... and while the tables are written: then Python holds a row group of up to ROW_GROUP_ROWS rows beside
# DuckDB's sort, and at a million articles the quotations' sort (3 million rows) and group set the stage's
# peak (1,540 MiB with 512 MB, 1,280 with 256, same CPU seconds). The aggregations of the actor evidence
# before it do not all spill and need the 512 MB.
WRITE_MEMORY = "256MB"


def read_extractions(path: Path) -> Iterator[ArticleExtraction]:
    for batch in pq.ParquetFile(path).iter_batches(batch_size=READ_BATCH_ROWS, columns=["payload"]):
        for payload in batch.column("payload").to_pylist():
            yield from_json(payload)


# ---------------------------------------------------------------------------------------------
# Meetings: merged one block of principal participants at a time


def _local_meeting(payload: str) -> LocalMeeting:
    data = json.loads(payload)
    return LocalMeeting(
        **{
            **data,
            "date": dt.date.fromisoformat(data["date"]) if data["date"] else None,
            "participants": [Participant(**p) for p in data["participants"]],
            "evidence": [MeetingEvidence(**e) for e in data["evidence"]],
        }
    )


def _blocks_sql(reports: str, ids: str) -> str:
    """The reports whose participants resolve to at least two actors, each actor in its most specific role
    (its first place among the participants kept), with their block (the sorted principal actor ids),
    in block order and corpus order within a block."""
    priority = " ".join(f"WHEN '{role}' THEN {rank}" for role, rank in ROLE_PRIORITY.items())
    attendee = ROLE_PRIORITY["attendee"]
    return (
        f"WITH r AS (SELECT * FROM {reports}), "
        "p AS (SELECT seq, unnest(identities) AS identity, unnest(roles) AS role, "
        "unnest(range(len(identities))) AS pos FROM r), "
        f"a AS (SELECT p.seq, i.actor_id, min(p.pos) AS pos, min(CASE p.role {priority} END) AS priority "
        f"FROM p JOIN {ids} i USING (identity) GROUP BY p.seq, i.actor_id), "
        "g AS (SELECT seq, list(actor_id ORDER BY pos) AS actor_ids, "
        "list(priority ORDER BY pos) AS priorities, "
        f"coalesce(string_agg(actor_id, '|' ORDER BY actor_id) FILTER (WHERE priority <> {attendee}), '') "
        "AS block FROM a GROUP BY seq HAVING count(*) >= 2) "
        "SELECT g.block, r.seq, r.article_id, r.published, r.meeting, g.actor_ids, g.priorities "
        "FROM g JOIN r USING (seq) ORDER BY g.block, r.seq"
    )


def _report_blocks(connection: duckdb.DuckDBPyConnection, query: str) -> Iterator[list[dict[str, Any]]]:
    """The reports of one block at a time, each block in corpus order."""
    result = connection.sql(query)
    block: list[dict[str, Any]] = []
    for batch in result.to_arrow_reader(SPILL_ROWS):
        for row in batch.to_pylist():
            if block and row["block"] != block[0]["block"]:
                yield block
                block = []
            block.append(row)
    if block:
        yield block


def _candidate_pairs(reports: list[_MeetingReport], undated_days: int) -> Iterator[tuple[int, int]]:
    """The pairs of a block's reports that can match (a superset of those ``_reports_match`` accepts):
    dated reports of the same calendar year (compatible dates nest, so they share a year), undated
    reports of different articles published at most ``undated_days`` apart, and reports of one article."""
    by_year: defaultdict[int, list[int]] = defaultdict(list)
    by_article: defaultdict[str, list[int]] = defaultdict(list)
    undated: list[tuple[dt.date, int]] = []
    for index, report in enumerate(reports):
        by_article[report.article_id].append(index)
        if report.meeting.date is not None:
            by_year[report.meeting.date.year].append(index)
        elif report.published is not None:
            undated.append((report.published, index))
    for members in (*by_year.values(), *by_article.values()):
        for position, i in enumerate(members):
            for j in members[position + 1 :]:
                yield i, j
    undated.sort()
    for position, (day, i) in enumerate(undated):
        for later, j in undated[position + 1 :]:
            if (later - day).days > undated_days:
                break
            yield (i, j) if i < j else (j, i)


def cluster_block(reports: list[_MeetingReport], undated_days: int) -> list[list[_MeetingReport]]:
    """:func:`dipnews.consolidate.corpus._cluster_reports` on one block without comparing every pair: the
    same connected components of the match relation, listed in the same order (by first report), in
    time that grows with the reports of one year rather than the square of the whole block."""
    return cluster_pairs(reports, _candidate_pairs(reports, undated_days), undated_days)


def _merge_block(rows: list[dict[str, Any]], undated_days: int, spills: Mapping[str, SpillWriter]) -> None:
    """The block's clusters as meeting rows; each row carries its cluster's first report (``cluster_seq``),
    the order the in-memory path resolves colliding meeting ids, roles and evidence in."""
    role_of = {rank: role for role, rank in ROLE_PRIORITY.items()}
    reports = [
        _MeetingReport(
            r["article_id"],
            r["published"],
            _local_meeting(r["meeting"]),
            {actor_id: role_of[rank] for actor_id, rank in zip(r["actor_ids"], r["priorities"], strict=True)},
        )
        for r in rows
    ]
    seq_of = {id(report): row["seq"] for report, row in zip(reports, rows, strict=True)}
    for members in cluster_block(reports, undated_days):
        row, roles = _merged_meeting_row(members)
        meeting_id = row["meeting_id"]
        cluster_seq = seq_of[id(members[0])]
        spills["meetings"].append({**row, "cluster_seq": cluster_seq})
        for actor_id, role in roles.items():
            spills["meeting_participants"].append(
                {"meeting_id": meeting_id, "actor_id": actor_id, "role": role, "cluster_seq": cluster_seq}
            )
        for report in members:
            spills["meeting_ids"].append(
                {
                    "article_id": report.article_id,
                    "local_key": report.meeting.local_key,
                    "meeting_id": meeting_id,
                }
            )
            for position, ev in enumerate(report.meeting.evidence):
                spills["meeting_mentions"].append(
                    {
                        **meeting_mention_row(meeting_id, report.article_id, ev),
                        "cluster_seq": cluster_seq,
                        "report_seq": seq_of[id(report)],
                        "position": position,
                    }
                )


def _with_order(schema: pa.Schema, *names: str) -> pa.Schema:
    for name in names:
        schema = schema.append(pa.field(name, pa.int64()))
    return schema


def merge_meetings(
    connection: duckdb.DuckDBPyConnection,
    blocks: str,
    contract: Mapping[str, pa.Schema],
    work: Path,
    undated_days: int,
) -> dict[str, Path]:
    schemas = {
        "meetings": _with_order(contract["meetings"], "cluster_seq"),
        "meeting_participants": _with_order(contract["meeting_participants"], "cluster_seq"),
        "meeting_mentions": _with_order(
            contract["meeting_mentions"], "cluster_seq", "report_seq", "position"
        ),
        "meeting_ids": pa.schema(
            [("article_id", pa.string()), ("local_key", pa.string()), ("meeting_id", pa.string())]
        ),
    }
    spills = {name: SpillWriter(work / f"merged-{name}.parquet", schema) for name, schema in schemas.items()}
    for block in _report_blocks(connection, blocks):
        _merge_block(block, undated_days, spills)
    for spill in spills.values():
        spill.close()
    return {name: spill.path for name, spill in spills.items()}


# ---------------------------------------------------------------------------------------------
# Final tables: sorted by key, written in row groups


def row_group_rows(table: str) -> int:
    return TEXT_ROW_GROUP_ROWS if table == "articles" else ROW_GROUP_ROWS


class TableWriter:
    """Arrow batches in, row groups of exactly ``row_group_rows`` rows out (the last one shorter).

    The Parquet bytes depend on how the columns are chunked (a page is cut where a chunk ends), so a row
    group is written from contiguous columns, as ``pyarrow.parquet.write_table`` is given them. They are
    assembled one column at a time, each column's batches released as soon as it is copied, so a row group
    is in memory about once, not twice; the rows left over for the next group are slices of the last
    batch only."""

    def __init__(
        self, path: Path, schema: pa.Schema, parquet_options: Mapping[str, Any], row_group_rows: int
    ) -> None:
        self._schema = schema
        self._group_rows = row_group_rows
        self._writer = pq.ParquetWriter(path, schema, **parquet_options)
        self._pending: list[pa.Table] = []
        self._pending_rows = 0
        self.rows = 0

    def write(self, table: pa.Table) -> None:
        table = table.select(self._schema.names).cast(self._schema)
        self._pending.append(table)
        self._pending_rows += table.num_rows
        self.rows += table.num_rows
        while self._pending_rows >= self._group_rows:
            self._emit(self._group_rows)

    def _take(self, n_rows: int) -> dict[str, list[pa.Array]]:
        """The first ``n_rows`` pending rows as the chunks of each column; the rest stay pending."""
        taken: list[pa.Table] = []
        kept: list[pa.Table] = []
        count = 0
        for chunk in self._pending:
            if count >= n_rows:
                kept.append(chunk)
            elif count + chunk.num_rows <= n_rows:
                taken.append(chunk)
                count += chunk.num_rows
            else:
                taken.append(chunk.slice(0, n_rows - count))
                kept.append(chunk.slice(n_rows - count))
                count = n_rows
        self._pending, self._pending_rows = kept, self._pending_rows - count
        return {name: [a for t in taken for a in t.column(name).chunks] for name in self._schema.names}

    def _emit(self, n_rows: int) -> None:
        parts = self._take(n_rows)
        columns = []
        for field in self._schema:
            chunks = parts.pop(field.name)
            columns.append(pa.concat_arrays(chunks) if chunks else pa.array([], field.type))
            del chunks
        self._writer.write_table(
            pa.Table.from_arrays(columns, schema=self._schema), row_group_size=self._group_rows
        )

    def close(self) -> None:
        if self._pending_rows or self.rows == 0:
            self._emit(self._pending_rows)
        self._writer.close()


def _mentions_sql(mentions: str, ids: str) -> str:
    """actor_mentions with actor ids: one row per (article, start offset), the longer span kept, then the
    greater actor_id, then the first mention (``corpus.keeps_longer_mention``), in key order."""
    return (
        f"SELECT m.* EXCLUDE (position) REPLACE (i.actor_id AS actor_id) FROM {mentions} m "
        f"JOIN {ids} i ON i.identity = m.actor_id QUALIFY row_number() OVER "
        "(PARTITION BY m.article_id, m.char_start ORDER BY m.char_end DESC, i.actor_id DESC, m.position) = 1 "
        "ORDER BY article_id, char_start"
    )


def final_queries(p: Mapping[str, str], ingested: Path) -> dict[str, str]:
    """Each streamed table as DuckDB SQL over the spilled rows (``p``: name -> table expression), in the
    order its key sorts it."""
    evidence_ids = f"{p['evidence']} e JOIN {p['ids']} i USING (identity)"
    return {
        "articles": (
            "SELECT i.*, coalesce(s.n_sentences, 0)::INTEGER AS n_sentences "
            f"FROM {sql_path(ingested)} i LEFT JOIN {p['sentences']} s USING (article_id) ORDER BY article_id"
        ),
        "actors": (
            "SELECT a.* REPLACE (coalesce(c.n, 0) AS n_articles, coalesce(m.n, 0) AS n_mentions) "
            f"FROM {p['actors']} a LEFT JOIN (SELECT i.actor_id, count(DISTINCT e.article_id) AS n "
            f"FROM {evidence_ids} GROUP BY i.actor_id) c USING (actor_id) "
            f"LEFT JOIN (SELECT actor_id, count(*) AS n FROM {p['actor_mentions']} GROUP BY actor_id) m "
            "USING (actor_id) ORDER BY actor_id"
        ),
        # Already in key order (written so by _mentions_sql); read in file order.
        "actor_mentions": f"SELECT * FROM {p['actor_mentions']}",
        "actor_roles": (
            "SELECT substr(sha256(actor_id || chr(31) || title || chr(31) || coalesce(country_iso3, '')), "
            "1, 16) AS role_id, actor_id, title, country_iso3, min(published) AS first_seen, "
            "max(published) AS last_seen, count(*) AS n_articles FROM (SELECT DISTINCT * FROM "
            "(SELECT e.article_id, i.actor_id, unnest(e.titles) AS title, e.stated_country AS country_iso3, "
            f"e.published FROM {evidence_ids})) GROUP BY actor_id, title, country_iso3 ORDER BY role_id"
        ),
        "meetings": (
            f"SELECT * REPLACE (max(n_articles) OVER (PARTITION BY meeting_id) AS n_articles) "
            f"FROM {p['meetings']} "
            "QUALIFY row_number() OVER (PARTITION BY meeting_id ORDER BY cluster_seq) = 1 ORDER BY meeting_id"
        ),
        "meeting_participants": (
            f"SELECT * FROM {p['meeting_participants']} QUALIFY row_number() OVER "
            "(PARTITION BY meeting_id, actor_id ORDER BY cluster_seq) = 1 ORDER BY meeting_id, actor_id"
        ),
        "meeting_mentions": (
            f"SELECT * FROM {p['meeting_mentions']} QUALIFY row_number() OVER "
            "(PARTITION BY meeting_id, article_id, char_start "
            "ORDER BY cluster_seq, report_seq, position) = 1 ORDER BY meeting_id, article_id, char_start"
        ),
        "quotations": (
            "SELECT q.* REPLACE (i.actor_id AS speaker_actor_id, m.meeting_id AS meeting_id) "
            f"FROM {p['quotations']} q LEFT JOIN {p['ids']} i ON i.identity = q.speaker_actor_id "
            f"LEFT JOIN {p['meeting_ids']} m "
            "ON q.article_id = m.article_id AND q.meeting_local_key = m.local_key ORDER BY quote_id"
        ),
    }


def connect(work: Path) -> duckdb.DuckDBPyConnection:
    connection = duckdb.connect(
        config={"memory_limit": DUCKDB_MEMORY, "temp_directory": str(work / "duckdb")}
    )
    # One thread keeps every query's row order a function of the data alone (and the machine is shared).
    connection.execute("SET threads TO 1")
    connection.execute("SET preserve_insertion_order TO true")
    return connection


@dataclass(frozen=True)
class StreamInputs:
    ingested: Path
    extractions: Path
    undated_days: int = 3
    # Where every article's rows are kept between runs (None: parsed afresh, kept for this run only).
    cache_dir: Path | None = None


TABLE_ORDER = (
    "articles", "actors", "actor_mentions", "actor_roles", "meetings", "meeting_participants",
    "meeting_mentions", "quotations",
)  # fmt: skip


def spill_and_resolve(
    inputs: StreamInputs, contract: Mapping[str, pa.Schema], work: Path, connection: duckdb.DuckDBPyConnection
) -> dict[str, str]:
    """Every article's rows (parsed now, or kept from an earlier run), then the actor identities and the
    meeting merges: the table expressions :func:`final_queries` reads."""
    store = ArticleStore(inputs.cache_dir or work / "articles")
    spilled = current_rows(connection, inputs.extractions, inputs.ingested, contract, store, work)
    resolved = resolve_actors(connection, spilled["evidence"], contract["actors"], work, store.folder)
    spilled |= {name: sql_path(path) for name, path in resolved.items()}
    blocks = _blocks_sql(spilled.pop("reports"), spilled["ids"])
    merged = merge_meetings(connection, blocks, contract, work, inputs.undated_days)
    spilled |= {name: sql_path(path) for name, path in merged.items()}
    mentions = copy_to(
        connection, _mentions_sql(spilled["actor_mentions"], spilled["ids"]), work / "actor-mentions.parquet"
    )
    spilled["actor_mentions"] = sql_path(mentions)
    return spilled


def stream_tables(
    inputs: StreamInputs, contract: Mapping[str, pa.Schema], work: Path
) -> Iterator[tuple[str, Iterator[pa.Table]]]:
    """(table, its batches in key order) for every contract table but rejects; ``work`` holds the spills."""
    connection = connect(work)
    try:
        queries = final_queries(spill_and_resolve(inputs, contract, work, connection), inputs.ingested)
        connection.execute(f"SET memory_limit = '{WRITE_MEMORY}'")
        for name in TABLE_ORDER:
            reader = connection.sql(queries[name]).to_arrow_reader(SPILL_ROWS)
            yield name, (pa.Table.from_batches([batch]) for batch in reader)
    finally:
        connection.close()


def write_streamed_tables(
    inputs: StreamInputs,
    tables_dir: Path,
    work_parent: Path,
    contract: Mapping[str, pa.Schema],
    parquet_options: Mapping[str, Any],
    check: Any = None,
) -> dict[str, int]:
    """Write every table to ``tables_dir``; ``check(table, batch, first_row)`` validates each batch
    before it is written (and is called with ``batch=None`` at the end of each table).

    Every table goes to a temporary file first and all are renamed only when all are written, so a
    failed check or a killed run leaves the previous tables. The spills live in a temporary folder
    under ``work_parent`` (a cache folder: a killed run's leftovers are removed by the next).
    Returns the row counts."""
    import shutil
    from contextlib import ExitStack

    from dipnews.io import atomic_path

    work_parent.mkdir(parents=True, exist_ok=True)
    for leftover in work_parent.glob("run-*"):
        shutil.rmtree(leftover, ignore_errors=True)
    counts: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="run-", dir=work_parent) as work_dir, ExitStack() as outputs:
        work = Path(work_dir)
        (work / "duckdb").mkdir()
        for name, batches in stream_tables(inputs, contract, work):
            tmp = outputs.enter_context(atomic_path(tables_dir / f"{name}.parquet"))
            writer = TableWriter(tmp, contract[name], parquet_options, row_group_rows(name))
            for batch in batches:
                batch = batch.select(contract[name].names).cast(contract[name])
                if check is not None:
                    check(name, batch, writer.rows)
                writer.write(batch)
            if check is not None:
                check(name, None, writer.rows)
            writer.close()
            counts[name] = writer.rows
            if name == "articles" and isinstance(check, BatchValidator):
                check.read_texts_from(tmp)
    return counts
