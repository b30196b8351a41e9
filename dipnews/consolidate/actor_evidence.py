"""Actor identity out of core: the decisions of :func:`dipnews.consolidate.corpus.merge_and_identify`, taken
over evidence rows that DuckDB aggregates, so that memory does not grow with the number of actors.

The single pass over the extractions writes one evidence row per (article, local actor): its identity
(the normalised key of ``corpus._identity``), name, country vote, titles and surface forms. Then:

1. DuckDB groups the rows of every person identity (names and their counts, summed country votes), and
   Python decides each one's country exactly as ``_ActorGroup.country`` does, one group at a time;
2. the surname merges of ``corpus._surname_merges`` are joins: a one-token person joins the single
   multi-token person whose last (or first) token it is, when their countries agree;
3. DuckDB groups the evidence again by the identity each row resolves to (the full name for a merged
   surname), and Python builds each group's actors row and ``actor_id`` with the functions the in-memory
   path uses (``_actor_rows``, ``actor_id_of``), one group at a time.

What stays in memory is one group at a time and DuckDB's working memory; the results (the actors rows,
identity -> actor_id) are Parquet files in the run's work folder.

A group's decision (a person's country, an actors row and its ``actor_id``) is a function of its
aggregated evidence alone, so it is remembered between runs under the MD5 of that aggregate (its identity,
names and counts, summed votes, titles and forms, every list sorted): a grown, shrunk or edited corpus
decides in Python only the groups whose evidence changed (the groups of the articles added, edited or
removed, and those a changed surname merge joins or splits), and takes the others' decisions from the
file of the previous run (:func:`remembered_decisions`). DuckDB still aggregates the whole evidence.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from dipnews.consolidate.corpus import _actor_rows, _ActorGroup, actor_id_of
from dipnews.consolidate.spill import SpillWriter, copy_to, sql_path

EVIDENCE_SCHEMA = pa.schema(
    [
        ("article_id", pa.string()),
        ("identity", pa.string()),
        ("name", pa.string()),
        ("vote_code", pa.string()),  # null: no vote; "" (corpus.NO_AFFILIATION): no national affiliation
        ("vote_weight", pa.int32()),
        ("published", pa.date32()),
        ("titles", pa.list_(pa.string())),  # stripped, lower-cased, distinct
        ("forms", pa.list_(pa.string())),  # aliases and the article's non-pronoun mention texts
        ("stated_country", pa.string()),  # the country the article states for the actor's offices
        ("named_as_relative", pa.bool_()),  # the article names the person only as another's relative
    ]
)
_PERSONS_SCHEMA = pa.schema(
    [
        ("identity", pa.string()),
        ("n_tokens", pa.int32()),
        ("first", pa.string()),
        ("last", pa.string()),
        ("country", pa.string()),
        ("named_in_own_right", pa.bool_()),
        ("named_as_relative", pa.bool_()),
        ("titled", pa.bool_()),
    ]
)
READ_ROWS = 8192


def _groups_sql(evidence: str, with_details: bool) -> str:
    """One row per ``final`` identity of the ``evidence`` query: names with counts and summed country votes
    (and, ``with_details``, the distinct titles and forms), every list sorted, and ``key``, the MD5 of them
    all: what the group's decision is a function of."""
    parts = {
        "names": "SELECT final, list({'name': name, 'n': n} ORDER BY name) AS names FROM "
        "(SELECT final, name, count(*) AS n FROM ev GROUP BY final, name) GROUP BY final",
        "votes": "SELECT final, list({'code': vote_code, 'weight': weight, 'earliest': earliest} "
        "ORDER BY vote_code) AS votes "
        "FROM (SELECT final, vote_code, sum(vote_weight) AS weight, min(published) AS earliest FROM ev "
        "WHERE vote_code IS NOT NULL GROUP BY final, vote_code) GROUP BY final",
        # (how the articles name the person: in their own right, as another's relative, with an office)
        "flags": "SELECT final, {'own_right': bool_or(NOT named_as_relative), 'as_relative': "
        "bool_or(named_as_relative), 'titled': bool_or(len(titles) > 0)} AS flags FROM ev GROUP BY final",
    }
    if with_details:
        for column in ("titles", "forms"):
            parts[column] = (
                f"SELECT final, list_sort(list(DISTINCT value)) AS {column} FROM "
                f"(SELECT final, unnest({column}) AS value FROM ev) GROUP BY final"
            )
    ctes = ", ".join(f"{name} AS ({sql})" for name, sql in parts.items())
    joins = " ".join(f"LEFT JOIN {name} USING (final)" for name in parts if name != "names")
    columns = ", ".join(f"{name}.{name}" for name in parts)
    hashed = ", ".join(f"'{name}': {name}.{name}" for name in parts)
    key = f"md5(to_json({{'final': names.final, {hashed}}})) AS key"
    return f"WITH ev AS ({evidence}), {ctes} SELECT names.final, {columns}, {key} FROM names {joins}"


def _group(final: str, row: Mapping[str, Any]) -> _ActorGroup:
    group = _ActorGroup(final.split(":", 1)[0], final)
    group.names.update({entry["name"]: entry["n"] for entry in row["names"]})
    for vote in row["votes"] or ():
        group.vote_country(vote["code"], int(vote["weight"]), vote["earliest"])
    group.titles.update(row.get("titles") or ())
    group.surface_forms.update(row.get("forms") or ())
    flags = row["flags"]
    group.named_in_own_right = bool(flags["own_right"])
    group.named_as_relative = bool(flags["as_relative"])
    return group


def _rows(connection: duckdb.DuckDBPyConnection, query: str) -> Iterator[dict[str, Any]]:
    for batch in connection.sql(query).to_arrow_reader(READ_ROWS):
        yield from batch.to_pylist()


def remembered_decisions(
    connection: duckdb.DuckDBPyConnection,
    groups_query: str,
    decide: Callable[[dict[str, Any]], dict[str, Any]],
    schema: pa.Schema,
    memory: Path,
    work: Path,
) -> str:
    """The decision of every group of ``groups_query`` (rows with a ``key`` column, the hash of all that
    decides it), as a table expression with ``key`` and the columns of ``schema``: the groups whose key the
    file ``memory`` holds take its row, the others are decided by ``decide(group row)``. ``memory`` is then
    rewritten with this run's groups only (through a temporary file: a killed run leaves the old one)."""
    groups = copy_to(connection, groups_query, work / f"{memory.stem}-groups.parquet")
    known = sql_path(memory) if memory.is_file() else None
    unknown = f"SELECT * FROM {sql_path(groups)}"
    if known is not None:
        unknown += f" WHERE key NOT IN (SELECT key FROM {known})"
    fresh = work / f"{memory.stem}-fresh.parquet"
    with SpillWriter(fresh, schema.append(pa.field("key", pa.string())), READ_ROWS) as spill:
        for row in _rows(connection, unknown):
            spill.append({**decide(row), "key": row["key"]})
    decided = f"SELECT * FROM {sql_path(fresh)}"
    if known is not None:
        decided += f" UNION ALL SELECT * FROM {known} WHERE key IN (SELECT key FROM {sql_path(groups)})"
    memory.parent.mkdir(parents=True, exist_ok=True)
    written = copy_to(connection, decided, memory.with_name(memory.name + ".tmp"))
    written.replace(memory)
    return sql_path(memory)


def _person_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """A person identity before the merges: its tokens and the country its own articles vote for."""
    tokens = row["final"].split(":", 1)[1].split()
    group = _group(row["final"], row)
    return {
        "identity": row["final"],
        "n_tokens": len(tokens),
        "first": tokens[0] if tokens else None,
        "last": tokens[-1] if tokens else None,
        "country": group.country(),
        "named_in_own_right": group.named_in_own_right,
        "named_as_relative": group.named_as_relative,
        "titled": bool(row["flags"]["titled"]),
    }


def _merges_sql(persons: str) -> str:
    """surname -> full_name: the one-token persons that join the only multi-token person ending (or starting)
    with their token, their countries not disagreeing and the full name not known only as a relative's
    (``corpus._surname_merges``, ``corpus._surname_may_join``)."""
    return (
        f"WITH p AS (SELECT * FROM {persons}), "
        "singles AS (SELECT identity, first AS token FROM p WHERE n_tokens = 1), "
        "fulls AS (SELECT identity, first, last FROM p WHERE n_tokens >= 2), "
        "candidates AS (SELECT s.identity AS surname, f.identity AS full_name FROM singles s "
        "JOIN fulls f ON f.last = s.token UNION SELECT s.identity, f.identity FROM singles s "
        "JOIN fulls f ON f.first = s.token), "
        "unique_candidates AS (SELECT surname, any_value(full_name) AS full_name FROM candidates "
        "GROUP BY surname HAVING count(*) = 1) SELECT o.surname, o.full_name FROM unique_candidates o "
        "JOIN p s ON s.identity = o.surname JOIN p f ON f.identity = o.full_name "
        "WHERE f.named_in_own_right AND NOT (f.named_as_relative AND s.titled) "
        "AND (s.country IS NULL OR f.country IS NULL OR s.country = f.country)"
    )


def _actor_decision(row: Mapping[str, Any]) -> dict[str, Any]:
    """A final identity's actors row (counts still zero) and its ``final`` identity."""
    final = row["final"]
    group = _group(final, row)
    actor_id = actor_id_of(final, group)
    return {**_actor_rows({final: group}, {final: actor_id}, {})[0], "final": final}


def resolve_actors(
    connection: duckdb.DuckDBPyConnection, evidence: str, actor_schema: pa.Schema, work: Path, memory: Path
) -> dict[str, Path]:
    """Decide every actor from the ``evidence`` rows (a DuckDB table expression): ``actors`` (rows, counts
    still zero), ``ids`` (every identity seen -> its actor_id) and ``merges`` (surname -> full name), all
    Parquet files in ``work``. The decisions of the groups whose evidence did not change since the last run
    are taken from the files in the folder ``memory``."""
    person_groups = _groups_sql(
        f"SELECT identity AS final, * FROM {evidence} WHERE identity LIKE 'person:%'", with_details=False
    )
    persons = remembered_decisions(
        connection, person_groups, _person_row, _PERSONS_SCHEMA, memory / "persons.parquet", work
    )
    merges = work / "merges.parquet"
    copy_to(connection, _merges_sql(persons), merges)
    resolved = (
        f"SELECT coalesce(m.full_name, e.identity) AS final, e.* FROM {evidence} e "
        f"LEFT JOIN {sql_path(merges)} m ON m.surname = e.identity"
    )
    decisions = remembered_decisions(
        connection,
        _groups_sql(resolved, with_details=True),
        _actor_decision,
        actor_schema.append(pa.field("final", pa.string())),
        memory / "actors.parquet",
        work,
    )
    actors_path, finals_path = work / "actor-rows.parquet", work / "final-ids.parquet"
    copy_to(connection, f"SELECT {', '.join(actor_schema.names)} FROM {decisions}", actors_path)
    copy_to(connection, f"SELECT final AS identity, actor_id FROM {decisions}", finals_path)
    ids = work / "ids.parquet"
    copy_to(
        connection,
        f"SELECT DISTINCT r.identity, f.actor_id FROM ({resolved}) r "
        f"JOIN {sql_path(finals_path)} f ON f.identity = r.final",
        ids,
    )
    return {"actors": actors_path, "ids": ids, "merges": merges}
