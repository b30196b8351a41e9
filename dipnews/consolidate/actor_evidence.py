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
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
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
    ]
)
_PERSONS_SCHEMA = pa.schema(
    [
        ("identity", pa.string()),
        ("n_tokens", pa.int32()),
        ("first", pa.string()),
        ("last", pa.string()),
        ("country", pa.string()),
    ]
)
IDS_SCHEMA = pa.schema([("identity", pa.string()), ("actor_id", pa.string())])
READ_ROWS = 8192


def _groups_sql(evidence: str, with_details: bool) -> str:
    """One row per ``final`` identity of the ``evidence`` query: names with counts and summed country votes
    (and, ``with_details``, the distinct titles and forms)."""
    parts = {
        "names": "SELECT final, list({'name': name, 'n': n}) AS names FROM "
        "(SELECT final, name, count(*) AS n FROM ev GROUP BY final, name) GROUP BY final",
        "votes": "SELECT final, list({'code': vote_code, 'weight': weight, 'earliest': earliest}) AS votes "
        "FROM (SELECT final, vote_code, sum(vote_weight) AS weight, min(published) AS earliest FROM ev "
        "WHERE vote_code IS NOT NULL GROUP BY final, vote_code) GROUP BY final",
    }
    if with_details:
        for column in ("titles", "forms"):
            parts[column] = (
                f"SELECT final, list(DISTINCT value) AS {column} FROM "
                f"(SELECT final, unnest({column}) AS value FROM ev) GROUP BY final"
            )
    ctes = ", ".join(f"{name} AS ({sql})" for name, sql in parts.items())
    joins = " ".join(f"LEFT JOIN {name} USING (final)" for name in parts if name != "names")
    columns = ", ".join(f"{name}.{name}" for name in parts)
    return f"WITH ev AS ({evidence}), {ctes} SELECT names.final, {columns} FROM names {joins}"


def _group(final: str, row: Mapping[str, Any]) -> _ActorGroup:
    group = _ActorGroup(final.split(":", 1)[0], final)
    group.names.update({entry["name"]: entry["n"] for entry in row["names"]})
    for vote in row["votes"] or ():
        group.vote_country(vote["code"], int(vote["weight"]), vote["earliest"])
    group.titles.update(row.get("titles") or ())
    group.surface_forms.update(row.get("forms") or ())
    return group


def _rows(connection: duckdb.DuckDBPyConnection, query: str) -> Iterator[dict[str, Any]]:
    for batch in connection.sql(query).to_arrow_reader(READ_ROWS):
        yield from batch.to_pylist()


def _person_rows(connection: duckdb.DuckDBPyConnection, evidence: str) -> Iterator[dict[str, Any]]:
    """Every person identity before the merges: its tokens and the country its own articles vote for."""
    query = _groups_sql(
        f"SELECT identity AS final, * FROM {evidence} WHERE identity LIKE 'person:%'", with_details=False
    )
    for row in _rows(connection, query):
        tokens = row["final"].split(":", 1)[1].split()
        yield {
            "identity": row["final"],
            "n_tokens": len(tokens),
            "first": tokens[0] if tokens else None,
            "last": tokens[-1] if tokens else None,
            "country": _group(row["final"], row).country(),
        }


def _merges_sql(persons: str) -> str:
    """surname -> full_name: the one-token persons that join the only multi-token person ending (or starting)
    with their token, their countries not disagreeing (``corpus._surname_merges``)."""
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
        "WHERE s.country IS NULL OR f.country IS NULL OR s.country = f.country"
    )


def _actor_groups(
    connection: duckdb.DuckDBPyConnection, resolved: str
) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """(actors row with zero counts, {identity, actor_id}) for every final identity."""
    for row in _rows(connection, _groups_sql(resolved, with_details=True)):
        final = row["final"]
        group = _group(final, row)
        actor_id = actor_id_of(final, group)
        yield _actor_rows({final: group}, {final: actor_id}, {})[0], {"identity": final, "actor_id": actor_id}


def resolve_actors(
    connection: duckdb.DuckDBPyConnection, evidence: str, actor_schema: pa.Schema, work: Path
) -> dict[str, Path]:
    """Decide every actor from the ``evidence`` rows (a DuckDB table expression): ``actors`` (rows, counts
    still zero), ``ids`` (every identity seen -> its actor_id) and ``merges`` (surname -> full name), all
    Parquet files in ``work``."""
    persons = work / "persons.parquet"
    with SpillWriter(persons, _PERSONS_SCHEMA, READ_ROWS) as spill:
        for row in _person_rows(connection, evidence):
            spill.append(row)
    merges = work / "merges.parquet"
    copy_to(connection, _merges_sql(sql_path(persons)), merges)
    resolved = (
        f"SELECT coalesce(m.full_name, e.identity) AS final, e.* FROM {evidence} e "
        f"LEFT JOIN {sql_path(merges)} m ON m.surname = e.identity"
    )
    actors_path, finals_path = work / "actor-rows.parquet", work / "final-ids.parquet"
    with (
        SpillWriter(actors_path, actor_schema, READ_ROWS) as actors,
        SpillWriter(finals_path, IDS_SCHEMA, READ_ROWS) as finals,
    ):
        for actor, final in _actor_groups(connection, resolved):
            actors.append(actor)
            finals.append(final)
    ids = work / "ids.parquet"
    copy_to(
        connection,
        f"SELECT DISTINCT r.identity, f.actor_id FROM ({resolved}) r "
        f"JOIN {sql_path(finals_path)} f ON f.identity = r.final",
        ids,
    )
    return {"actors": actors_path, "ids": ids, "merges": merges}
