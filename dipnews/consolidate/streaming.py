"""The consolidate stage out of core: the same tables as :func:`dipnews.consolidate.corpus.consolidate`,
byte for byte, without holding the corpus in memory.

The extractions are read twice, a batch at a time, and only what identity decisions need stays in memory:

1. every actor's evidence summary (names and their counts, country votes, titles, surface forms), from
   which the surname merges and the corpus-wide actor ids are decided exactly as in ``corpus.py``;
2. a second pass maps each article's local keys to those ids and writes the per-mention, per-quote and
   per-meeting-report rows to spill files (Parquet, in a temporary folder) as they are produced, while
   per-actor and per-role counters (articles, mentions, first and last dates) accumulate.

Meeting reports are merged one block of identical principal participants at a time (the only reports
that can merge), read from the spill in block order by DuckDB; the blocks' merged rows go to spill
files too. DuckDB then sorts each table by its key (spilling to disk beyond its memory limit) and
joins what crosses tables (a quotation's meeting, an article's sentence count), and the result is
written in row groups of :data:`ROW_GROUP_ROWS` rows, the size ``pyarrow.parquet.write_table`` uses,
so a table is the same bytes as the in-memory path writes; but the articles, whose texts make a row
group of a million rows a gigabyte, are written in groups of :data:`TEXT_ROW_GROUP_ROWS` (the same
bytes as before up to that many articles; beyond, the same rows in more row groups).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from dipnews.consolidate.corpus import (
    COUNTRY_EVIDENCE_WEIGHT,
    NO_AFFILIATION,
    ROLE_PRIORITY,
    STATED_COUNTRY_EVIDENCE,
    _actor_rows,
    _ActorGroup,
    _identity,
    _MeetingReport,
    _merged_meeting_row,
    actor_mention_row,
    cluster_pairs,
    keeps_longer_mention,
    merge_and_identify,
    quotation_row,
    stable_id,
)
from dipnews.model import ArticleExtraction, LocalMeeting, MeetingEvidence, Participant
from dipnews.serialize import from_json

# pyarrow.parquet.write_table's default row group: a table written in groups of this many rows has the
# bytes the in-memory path gives it.
ROW_GROUP_ROWS = 1024 * 1024
TEXT_ROW_GROUP_ROWS = 65_536
READ_BATCH_ROWS = 1024
SPILL_ROWS = 65_536
# DuckDB's working memory for the sorts and joins; beyond it, it spills to its temporary folder.
DUCKDB_MEMORY = "512MB"
# 1970-01-01 as a date32 value, for the publication-date look-up arrays.
_EPOCH = dt.date(1970, 1, 1)
_NO_DAY = np.iinfo(np.int32).min


class PublishedDates:
    """article_id -> publication date in two sorted arrays (12 bytes an article, not a dict of objects)."""

    def __init__(self, ingested_path: Path) -> None:
        table = pq.read_table(ingested_path, columns=["article_id", "published_date"])
        ids = np.array(table.column("article_id").to_pylist(), dtype="S16")
        days = table.column("published_date").cast(pa.int32()).fill_null(_NO_DAY).to_numpy()
        order = np.argsort(ids, kind="stable")
        self._ids, self._days = ids[order], days[order]

    def get(self, article_id: str) -> dt.date | None:
        key = article_id.encode()
        position = int(np.searchsorted(self._ids, key))
        if position >= len(self._ids) or self._ids[position] != key or self._days[position] == _NO_DAY:
            return None
        return _EPOCH + dt.timedelta(days=int(self._days[position]))


def read_extractions(path: Path) -> Iterator[ArticleExtraction]:
    for batch in pq.ParquetFile(path).iter_batches(batch_size=READ_BATCH_ROWS, columns=["payload"]):
        for payload in batch.column("payload").to_pylist():
            yield from_json(payload)


# ---------------------------------------------------------------------------------------------
# Pass 1: actor evidence


def _add_actor_evidence(
    groups: dict[str, _ActorGroup], ex: ArticleExtraction, published: dt.date | None
) -> None:
    """One article's actors and mention forms added to their identities' summaries (as corpus.py does,
    but without the article sets: the second pass counts articles)."""
    local: dict[str, str] = {}
    for actor in ex.actors.actors:
        identity = _identity(actor.actor_type, actor.name, actor.country_iso3)
        local[actor.local_key] = identity
        group = groups.setdefault(identity, _ActorGroup(actor.actor_type, identity))
        group.names[actor.name] += 1
        if actor.country_iso3 or actor.country_evidence:
            weight = COUNTRY_EVIDENCE_WEIGHT.get(actor.country_evidence, 1)
            group.vote_country(actor.country_iso3 or NO_AFFILIATION, weight, published)
        group.titles.update(t.strip().lower() for t in actor.titles if t.strip())
        group.surface_forms.update(a.strip() for a in actor.aliases if a.strip())
    for mention in ex.actors.mentions:
        identity = local.get(mention.local_key)
        if identity is not None and mention.mention_kind != "pronoun":
            groups[identity].surface_forms.add(mention.mention_text)


@dataclass(slots=True)
class ActorIdentity:
    groups: dict[str, _ActorGroup]  # final identity -> its merged summary
    final: dict[str, str]  # every identity seen -> the actor_id it resolves to
    ids: dict[str, str]  # final identity -> actor_id


def decide_actors(extractions: Iterator[ArticleExtraction], published: PublishedDates) -> ActorIdentity:
    groups: dict[str, _ActorGroup] = {}
    for ex in extractions:
        _add_actor_evidence(groups, ex, published.get(ex.article_id))
    seen = list(groups)
    merges, ids = merge_and_identify(groups)
    final = {identity: ids[merges.get(identity, identity)] for identity in seen}
    return ActorIdentity(groups, final, ids)


# ---------------------------------------------------------------------------------------------
# Spill files


class SpillWriter:
    """Rows appended as dicts, written to one Parquet file in batches of SPILL_ROWS."""

    def __init__(self, path: Path, schema: pa.Schema) -> None:
        self.path = path
        self._schema = schema
        self._rows: list[dict[str, Any]] = []
        self._writer = pq.ParquetWriter(path, schema, compression="zstd", compression_level=1)

    def append(self, row: dict[str, Any]) -> None:
        self._rows.append(row)
        if len(self._rows) >= SPILL_ROWS:
            self.flush()

    def flush(self) -> None:
        if self._rows:
            self._writer.write_table(pa.Table.from_pylist(self._rows, schema=self._schema))
            self._rows.clear()

    def close(self) -> None:
        self.flush()
        self._writer.close()


def _spill_schemas(contract: Mapping[str, pa.Schema]) -> dict[str, pa.Schema]:
    """The spill files: contract rows plus the keys that order or join them."""
    reports = pa.schema(
        [
            ("block", pa.string()),
            ("seq", pa.int64()),
            ("article_id", pa.string()),
            ("published", pa.date32()),
            ("meeting", pa.string()),
            ("roles", pa.string()),
        ]
    )
    quotes = contract["quotations"].append(pa.field("meeting_local_key", pa.string()))
    return {
        "actor_mentions": contract["actor_mentions"],
        "reports": reports,
        "quotations": quotes,
        "sentences": pa.schema([("article_id", pa.string()), ("n_sentences", pa.int32())]),
    }


@dataclass(slots=True)
class _RoleSummary:
    n_articles: int = 0
    first: dt.date | None = None
    last: dt.date | None = None

    def add(self, day: dt.date | None) -> None:
        self.n_articles += 1
        if day is not None:
            self.first = day if self.first is None else min(self.first, day)
            self.last = day if self.last is None else max(self.last, day)


@dataclass(slots=True)
class Counts:
    """What the second pass counts per actor and per role."""

    articles: Counter[str] = field(default_factory=Counter)  # actor_id -> articles
    mentions: Counter[str] = field(default_factory=Counter)  # actor_id -> actor_mentions rows
    roles: dict[tuple[str, str, str | None], _RoleSummary] = field(default_factory=dict)
    reports: int = 0  # meeting reports spilled so far: their order in the corpus


# ---------------------------------------------------------------------------------------------
# Pass 2: rows


def _mention_rows(ex: ArticleExtraction, local_ids: Mapping[str, str]) -> list[dict[str, Any]]:
    """One article's actor_mentions rows: one per start offset, the longer span kept (as corpus.py)."""
    rows: dict[int, dict[str, Any]] = {}
    for mention in ex.actors.mentions:
        actor_id = local_ids.get(mention.local_key)
        if actor_id is None:
            continue
        row = actor_mention_row(ex.article_id, actor_id, mention)
        if keeps_longer_mention(rows.get(mention.char_start), row):
            rows[mention.char_start] = row
    return list(rows.values())


def _count_roles(
    ex: ArticleExtraction, local_ids: Mapping[str, str], day: dt.date | None, counts: Counts
) -> None:
    stated_roles: set[tuple[str, str, str | None]] = set()
    for actor in ex.actors.actors:
        actor_id = local_ids.get(actor.local_key)
        if actor_id is None:
            continue
        country = actor.country_iso3 if actor.country_evidence in STATED_COUNTRY_EVIDENCE else None
        stated_roles.update((actor_id, t.strip().lower(), country) for t in actor.titles if t.strip())
    for role in stated_roles:
        counts.roles.setdefault(role, _RoleSummary()).add(day)


def _spill_reports(
    ex: ArticleExtraction,
    local_ids: Mapping[str, str],
    day: dt.date | None,
    counts: Counts,
    spill: SpillWriter,
) -> None:
    """Every meeting with at least two resolved participants, each in its most specific role."""
    for meeting in ex.meetings:
        roles: dict[str, str] = {}
        for participant in meeting.participants:
            actor_id = local_ids.get(participant.local_key)
            if actor_id is None:
                continue
            old = roles.get(actor_id)
            if old is None or ROLE_PRIORITY[participant.role] < ROLE_PRIORITY[old]:
                roles[actor_id] = participant.role
        if len(roles) < 2:
            continue
        report = _MeetingReport(ex.article_id, day, meeting, roles)
        spill.append(
            {
                "block": "|".join(sorted(report.principals)),
                "seq": counts.reports,
                "article_id": ex.article_id,
                "published": day,
                "meeting": _meeting_json(meeting),
                "roles": json.dumps(list(roles.items())),
            }
        )
        counts.reports += 1


def _meeting_json(meeting: LocalMeeting) -> str:
    return json.dumps(dataclasses.asdict(meeting), default=lambda d: d.isoformat())


def _quote_rows(ex: ArticleExtraction, local_ids: Mapping[str, str]) -> list[dict[str, Any]]:
    """One article's quotations, their meeting still article-local (joined after the merge)."""
    rows: dict[str, dict[str, Any]] = {}
    for q in ex.quotes:
        speaker = local_ids.get(q.speaker_local_key) if q.speaker_local_key else None
        row = {
            **quotation_row(ex.article_id, q, speaker, None),
            "meeting_local_key": q.meeting_local_key or None,
        }
        kept = rows.get(row["quote_id"])
        if kept is None or row["char_end"] > kept["char_end"]:
            rows[row["quote_id"]] = row
    return list(rows.values())


def spill_rows(
    extractions: Iterator[ArticleExtraction],
    identity: ActorIdentity,
    published: PublishedDates,
    spills: Mapping[str, SpillWriter],
) -> Counts:
    counts = Counts()
    for ex in extractions:
        day = published.get(ex.article_id)
        local_ids: dict[str, str] = {}
        for actor in ex.actors.actors:
            local_ids[actor.local_key] = identity.final[
                _identity(actor.actor_type, actor.name, actor.country_iso3)
            ]
        counts.articles.update(set(local_ids.values()))
        for row in _mention_rows(ex, local_ids):
            counts.mentions[row["actor_id"]] += 1
            spills["actor_mentions"].append(row)
        _count_roles(ex, local_ids, day, counts)
        _spill_reports(ex, local_ids, day, counts, spills["reports"])
        for row in _quote_rows(ex, local_ids):
            spills["quotations"].append(row)
        spills["sentences"].append({"article_id": ex.article_id, "n_sentences": ex.n_sentences})
    return counts


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


def _report_blocks(connection: duckdb.DuckDBPyConnection, reports: Path) -> Iterator[list[dict[str, Any]]]:
    """The spilled reports of one block at a time, each block in corpus order."""
    result = connection.sql(f"SELECT * FROM read_parquet({_sql_path(reports)}) ORDER BY block, seq")
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
    reports = [
        _MeetingReport(
            r["article_id"], r["published"], _local_meeting(r["meeting"]), dict(json.loads(r["roles"]))
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
                        "meeting_id": meeting_id,
                        "article_id": report.article_id,
                        "sentence_index": ev.sentence_index,
                        "char_start": ev.char_start,
                        "char_end": ev.char_end,
                        "trigger": ev.trigger,
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
    reports: Path,
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
    for block in _report_blocks(connection, reports):
        _merge_block(block, undated_days, spills)
    for spill in spills.values():
        spill.close()
    return {name: spill.path for name, spill in spills.items()}


# ---------------------------------------------------------------------------------------------
# Final tables: sorted by key, written in row groups


def row_group_rows(table: str) -> int:
    return TEXT_ROW_GROUP_ROWS if table == "articles" else ROW_GROUP_ROWS


class TableWriter:
    """Arrow batches in, row groups of exactly ``row_group_rows`` rows out (the last one shorter)."""

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

    def _emit(self, n_rows: int) -> None:
        combined = pa.concat_tables(self._pending).combine_chunks()
        self._writer.write_table(combined.slice(0, n_rows), row_group_size=self._group_rows)
        rest = combined.slice(n_rows)
        self._pending, self._pending_rows = [rest], rest.num_rows

    def close(self) -> None:
        if self._pending_rows or self.rows == 0:
            if self.rows == 0:
                self._pending = [self._schema.empty_table()]
            self._emit(self._pending_rows)
        self._writer.close()


def _sql_path(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def final_queries(spilled: Mapping[str, Path], ingested: Path) -> dict[str, str]:
    """Each streamed table as DuckDB SQL over the spill files, in the order its key sorts it."""
    p = {name: _sql_path(path) for name, path in spilled.items()}
    return {
        "articles": (
            "SELECT i.*, coalesce(s.n_sentences, 0)::INTEGER AS n_sentences "
            f"FROM read_parquet({_sql_path(ingested)}) i "
            f"LEFT JOIN read_parquet({p['sentences']}) s USING (article_id) ORDER BY article_id"
        ),
        "actor_mentions": (
            f"SELECT * FROM read_parquet({p['actor_mentions']}) ORDER BY article_id, char_start"
        ),
        "meetings": (
            f"SELECT * REPLACE (max(n_articles) OVER (PARTITION BY meeting_id) AS n_articles) "
            f"FROM read_parquet({p['meetings']}) "
            "QUALIFY row_number() OVER (PARTITION BY meeting_id ORDER BY cluster_seq) = 1 ORDER BY meeting_id"
        ),
        "meeting_participants": (
            f"SELECT * FROM read_parquet({p['meeting_participants']}) QUALIFY row_number() OVER "
            "(PARTITION BY meeting_id, actor_id ORDER BY cluster_seq) = 1 ORDER BY meeting_id, actor_id"
        ),
        "meeting_mentions": (
            f"SELECT * FROM read_parquet({p['meeting_mentions']}) QUALIFY row_number() OVER "
            "(PARTITION BY meeting_id, article_id, char_start "
            "ORDER BY cluster_seq, report_seq, position) = 1 ORDER BY meeting_id, article_id, char_start"
        ),
        "quotations": (
            f"SELECT q.* REPLACE (m.meeting_id AS meeting_id) FROM read_parquet({p['quotations']}) q "
            f"LEFT JOIN read_parquet({p['meeting_ids']}) m "
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


def actor_summaries(identity: ActorIdentity, schema: pa.Schema) -> pa.Table:
    """One row per actor (its counts still zero), sorted by actor_id; the evidence summaries are then
    released, so the second pass holds Arrow columns instead of a Python object per actor."""
    actors = _actor_rows(identity.groups, identity.ids, {})
    actors.sort(key=lambda row: row["actor_id"])
    identity.groups.clear()
    identity.ids.clear()
    return pa.Table.from_pylist(actors, schema=schema)


def actor_tables(actors: pa.Table, counts: Counts, roles_schema: pa.Schema) -> dict[str, pa.Table]:
    """actors (with the second pass's counts) and actor_roles, one row per role."""
    actor_ids = actors.column("actor_id").to_pylist()
    for column, counter in (("n_articles", counts.articles), ("n_mentions", counts.mentions)):
        values = pa.array([counter.get(a, 0) for a in actor_ids], type=actors.schema.field(column).type)
        actors = actors.set_column(actors.schema.get_field_index(column), column, values)
    roles = [
        {
            "role_id": stable_id(actor_id, title, country or ""),
            "actor_id": actor_id,
            "title": title,
            "country_iso3": country,
            "first_seen": seen.first,
            "last_seen": seen.last,
            "n_articles": seen.n_articles,
        }
        for (actor_id, title, country), seen in counts.roles.items()
    ]
    roles.sort(key=lambda row: row["role_id"])
    return {"actors": actors, "actor_roles": pa.Table.from_pylist(roles, schema=roles_schema)}


@dataclass(frozen=True)
class StreamInputs:
    ingested: Path
    extractions: Path
    undated_days: int = 3


def stream_tables(
    inputs: StreamInputs, contract: Mapping[str, pa.Schema], work: Path
) -> Iterator[tuple[str, Iterator[pa.Table]]]:
    """(table, its batches in key order) for every contract table but rejects; ``work`` holds the spills."""
    published = PublishedDates(inputs.ingested)
    identity = decide_actors(read_extractions(inputs.extractions), published)
    actors = actor_summaries(identity, contract["actors"])
    schemas = _spill_schemas(contract)
    spills = {name: SpillWriter(work / f"{name}.parquet", schema) for name, schema in schemas.items()}
    counts = spill_rows(read_extractions(inputs.extractions), identity, published, spills)
    for spill in spills.values():
        spill.close()
    connection = connect(work)
    spilled = {name: spill.path for name, spill in spills.items()}
    spilled |= merge_meetings(connection, spilled.pop("reports"), contract, work, inputs.undated_days)
    in_memory = actor_tables(actors, counts, contract["actor_roles"])
    del identity, counts, actors
    queries = final_queries(spilled, inputs.ingested)
    for name in ("articles", "actors", "actor_mentions", "actor_roles", "meetings",
                 "meeting_participants", "meeting_mentions", "quotations"):  # fmt: skip
        if name in in_memory:
            yield name, iter([in_memory.pop(name)])
        else:
            reader = connection.sql(queries[name]).to_arrow_reader(SPILL_ROWS)
            yield name, (pa.Table.from_batches([batch]) for batch in reader)
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
    return counts
