"""The contract's tables as the suites see them, read from their Parquet files by DuckDB.

:func:`dipnews.quality.runner.run_suites` takes every table as one pandas frame, with its derived
cross-table columns (:mod:`dipnews.quality.cross_table`) computed in pandas: the whole corpus in memory.
Here DuckDB computes the same derived columns over the files (joins and counts, spilling to disk beyond
its memory limit), except the span texts, which Python slices from the texts of the articles of the rows
at hand. Each table is read in key order, a batch of rows at a time, with every row's content hash (a
64-bit hash of its columns, its derived columns and, where it has a span, the hash of its article's text;
an article's row holds its text's hash in place of the text, which is read for the rows to check only)
and what a file of earlier results (:mod:`dipnews.quality.checked_rows`) holds for that row: a row is
known when a stored row has its key *and* its hash, so a changed row is taken for a known one only if
its new content hashes to exactly its old one (2**-64 per changed row), and no other row can answer for
it. The columns of a known row do not leave DuckDB (they are null in the batch): only the rows to check
are carried through the sort and into Python whole. Whole-table facts (the distinct ids behind the
row-count expectations, duplicated keys) are counted over the files.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from dipnews.quality import cross_table as xt
from dipnews.quality.runner import MAX_EXAMPLES, _plain
from dipnews.quality.text_store import TextStore
from schemas import CONTRACT
from schemas._base import arrow_schema

DUCKDB_MEMORY = "512MB"
# Technical columns of the hashed rows; derived and contract columns never start with "__".
ROW_HASH = "__row_hash"
FAILURES = "__failures"
KNOWN = "__known"
# The columns of a row to check, as one struct (null for a known row: its columns are not carried).
ROW = "__row"
TEXT_HASH = "__text_hash"
TEXT_HASHES = "article_text_hashes"
SPAN_TABLES = frozenset({*xt.SPAN_TEXT_COLUMNS, *xt.SPAN_ONLY_TABLES})


def quoted(path: Path) -> str:
    return "read_parquet('" + str(path).replace("'", "''") + "')"


def stored_results(source: str, key: list[str]) -> str:
    """The results in a file of :mod:`dipnews.quality.checked_rows` (``source``), one per key and hash."""
    columns = ", ".join(key)
    return (
        f"SELECT {columns}, row_hash AS {ROW_HASH}, any_value(failures) AS {FAILURES} "
        f"FROM {source} GROUP BY {columns}, row_hash"
    )


def derived_sql(table: str, files: Mapping[str, Path]) -> list[str]:
    """The derived columns of ``table`` that DuckDB computes (all but the span columns), as SQL over ``t``."""
    f = {name: quoted(path) for name, path in files.items()}
    columns = [
        f"(t.{fk.column} IS NULL OR t.{fk.column} IN (SELECT {fk.parent_column} FROM {f[fk.parent]})) "
        f"AS {fk.derived_column}"
        for fk in xt.FOREIGN_KEYS
        if fk.table == table
    ]
    if table in xt.SENTENCE_TABLES:
        columns.append(
            "coalesce((SELECT 0 <= t.sentence_index AND t.sentence_index < a.n_sentences "
            f"FROM {f['articles']} a WHERE a.article_id = t.article_id), false) AS {xt.SENTENCE_IN_ARTICLE}"
        )
    if table == "articles":
        columns.append(
            f"NOT coalesce(t.source_path IN (SELECT source_path FROM {f['rejects']}), false) "
            f"AS {xt.SOURCE_NOT_REJECTED}"
        )
    if table == "actors":
        mentions = f"FROM {f['actor_mentions']} m WHERE m.actor_id = t.actor_id"
        columns += [
            f"coalesce((SELECT count(*) {mentions}), 0)::BIGINT AS {xt.COUNTED_MENTIONS}",
            f"coalesce((SELECT count(DISTINCT m.article_id) {mentions}), 0)::BIGINT AS {xt.COUNTED_ARTICLES}",
        ]
    if table == "meetings":
        columns += _meeting_columns(f)
    if table == "actor_roles":
        actor = f"FROM {f['actors']} a WHERE a.actor_id = t.actor_id"
        columns += [
            f"coalesce((SELECT list_contains(a.titles, t.title) {actor}), false) AS {xt.TITLE_OF_ACTOR}",
            f"coalesce((SELECT a.n_articles {actor}), 0)::BIGINT AS {xt.ACTOR_ARTICLES}",
        ]
    return columns


def _meeting_columns(f: Mapping[str, str]) -> list[str]:
    evidence = f"FROM {f['meeting_mentions']} e WHERE e.meeting_id = t.meeting_id"
    return [
        f"coalesce((SELECT count(DISTINCT e.article_id) {evidence}), 0)::BIGINT AS {xt.COUNTED_ARTICLES}",
        f"coalesce((SELECT count(DISTINCT p.actor_id) FROM {f['meeting_participants']} p "
        f"WHERE p.meeting_id = t.meeting_id), 0)::BIGINT AS {xt.COUNTED_PARTICIPANTS}",
        f"(SELECT max(a.published_date) FROM {f['meeting_mentions']} e JOIN {f['articles']} a "
        f"USING (article_id) WHERE e.meeting_id = t.meeting_id) AS {xt.LATEST_REPORT_DATE}",
    ]


class TableReader:
    """Each table with its derived columns and row hashes, in key order, a batch of rows at a time."""

    def __init__(self, files: Mapping[str, Path], work_dir: Path | None = None) -> None:
        self.files = dict(files)
        config = {"memory_limit": DUCKDB_MEMORY}
        if work_dir is not None:
            config["temp_directory"] = str(work_dir)
        self.connection = duckdb.connect(config=config)
        self.connection.execute("SET preserve_insertion_order TO true")
        self._text_hashes_made = False
        self._work_dir = work_dir
        self._text_store: TextStore | None = None

    def rows(self, table: str) -> int:
        return pq.ParquetFile(self.files[table]).metadata.num_rows

    def _hashed_sql(self, table: str) -> str:
        """Every row with its derived columns and ``__row_hash``, DuckDB's 64-bit hash of all of them (a
        third of the cost of an MD5 of the row as JSON; safe because a row is matched by key and hash)."""
        columns = ["t.*", *derived_sql(table, self.files)]
        if table == "articles":  # the text by its hash: the sort does not carry the texts (a gigabyte)
            columns[0] = "t.* EXCLUDE (text)"
            columns.append(f"hash(t.text) AS {TEXT_HASH}")
        source = f"{quoted(self.files[table])} t"
        if table in SPAN_TABLES:  # what a span check reads: the article's text, by its hash
            columns.append(f"x.{TEXT_HASH}")
            source += f" LEFT JOIN {self._text_hashes()} x ON x.article_id = t.article_id"
        rows = f"SELECT {', '.join(columns)} FROM {source}"
        return f"SELECT d.*, hash(d) AS {ROW_HASH} FROM ({rows}) d"

    def _text_hashes(self) -> str:
        """A temporary table of each article's text hash, made once: reading the texts (a gigabyte at a
        million articles, in large row groups) inside a table's hashing query, beside its joins and its
        sort, took DuckDB past its memory limit."""
        if not self._text_hashes_made:
            self.connection.execute(
                f"CREATE TEMP TABLE {TEXT_HASHES} AS SELECT article_id, hash(text) AS {TEXT_HASH} "
                f"FROM {quoted(self.files['articles'])}"
            )
            self._text_hashes_made = True
        return TEXT_HASHES

    def hashed_batches(self, table: str, batch_rows: int, known: Path | None) -> Iterator[pa.RecordBatch]:
        """The rows in key order (ties by hash): the key columns, ``__row_hash``, ``__known`` (whether the
        file ``known`` of earlier results holds a row of this key and hash), ``__failures`` (that row's
        result) and ``__row``, the struct of every column of a row not known (null for a known one)."""
        key = list(CONTRACT[table].KEY)
        hashed = self._hashed_sql(table)
        listed = ", ".join(f"h.{k}" for k in [*key, ROW_HASH])
        if known is None:
            query = f"SELECT {listed}, false AS {KNOWN}, NULL::VARCHAR AS {FAILURES}, h AS {ROW} "
            query += f"FROM ({hashed}) h"
        else:
            on = " AND ".join(f"c.{k} = h.{k}" for k in [*key, ROW_HASH])
            query = (
                f"SELECT {listed}, c.{ROW_HASH} IS NOT NULL AS {KNOWN}, c.{FAILURES}, "
                f"CASE WHEN c.{ROW_HASH} IS NULL THEN h END AS {ROW} "
                f"FROM ({hashed}) h LEFT JOIN ({stored_results(quoted(known), key)}) c ON {on}"
            )
        query += f" ORDER BY {listed}"
        # A span table's query holds its article-text hashes, its joins and its sort at once: with two
        # threads' buffers it went past the memory limit at a million articles, with one it spills.
        threads = self.connection.sql("SELECT current_setting('threads')").fetchall()[0][0]
        if table in SPAN_TABLES:
            self.connection.execute("SET threads TO 1")
        try:
            yield from self.connection.sql(query).to_arrow_reader(batch_rows)
        finally:
            self.connection.execute(f"SET threads TO {int(threads)}")

    def frame(self, table: str, rows: pa.Table) -> pd.DataFrame:
        """Rows as ``run_suites`` sees them: contract columns as read from Parquet, then derived ones."""
        contract = arrow_schema(CONTRACT[table].schema())
        if table == "articles":  # read without its texts (see _hashed_sql): the texts of these rows only
            ids = rows.column("article_id").to_pylist()
            texts = self.texts(ids)
            rows = rows.append_column("text", pa.array([texts[i] for i in ids], pa.string()))
        frame = rows.select(contract.names).cast(contract).to_pandas()
        for name in xt.derived_columns(table):
            if name not in rows.column_names:
                continue
            column = rows.column(name)
            # Dates as Python objects (None where missing), flags and counts as NumPy: as pandas has them.
            if name == xt.LATEST_REPORT_DATE:
                frame[name] = pd.Series(column.to_pylist(), index=frame.index, dtype=object)
            else:
                frame[name] = column.to_numpy(zero_copy_only=False)
        if table in SPAN_TABLES:
            spans = xt.span_texts(frame, self.texts(frame["article_id"].tolist()))
            if table in xt.SPAN_TEXT_COLUMNS:
                frame[xt.SPAN_TEXT] = spans
            else:
                frame[xt.SPAN_IN_BOUNDS] = spans.notna()
        return frame[[*contract.names, *xt.derived_columns(table)]]

    def texts(self, article_ids: list[str]) -> dict[str, str]:
        """The texts of these articles, from a :class:`TextStore` of the articles table made at the first
        look-up (a join in DuckDB decompressed the whole text column for each batch of quotations)."""
        if self._text_store is None:
            self._text_store = TextStore(self.files["articles"], self._work_dir)
        return self._text_store.texts(article_ids)

    def row_count_parameters(self) -> dict[str, int]:
        f = {name: quoted(path) for name, path in self.files.items()}

        def distinct(table: str, column: str) -> int:
            return int(
                self.connection.sql(f"SELECT count(DISTINCT {column}) FROM {f[table]}").fetchall()[0][0]
            )

        return {
            "meetings_in_participants": distinct("meeting_participants", "meeting_id"),
            "meetings_in_mentions": distinct("meeting_mentions", "meeting_id"),
            "actors_in_mentions": distinct("actor_mentions", "actor_id"),
        }

    def duplicates(self, table: str, columns: list[str], ignore_row_if: str | None) -> tuple[int, list[Any]]:
        """Rows whose values of ``columns`` occur more than once (how GX counts a uniqueness failure), and
        the first of them in key order as GX lists them: the key and the checked columns.

        Rows GX leaves out are left out: a null value of a single column, and for several columns a row
        with any (``any_value_is_missing``) or, by default, all of them missing."""
        key = list(CONTRACT[table].KEY)
        shown = list(dict.fromkeys([*key, *columns]))
        if len(columns) == 1 or ignore_row_if == "any_value_is_missing":
            where = " AND ".join(f"{c} IS NOT NULL" for c in columns)
        else:
            where = " OR ".join(f"{c} IS NOT NULL" for c in columns)
        listed = ", ".join(columns)
        flagged = (
            f"SELECT {', '.join(shown)}, count(*) OVER (PARTITION BY {listed}) AS n__rows "
            f"FROM {quoted(self.files[table])} WHERE {where}"
        )
        count = self.connection.sql(f"SELECT count(*) FROM ({flagged}) WHERE n__rows > 1").fetchall()[0][0]
        first = self.connection.sql(
            f"SELECT {', '.join(shown)} FROM ({flagged}) WHERE n__rows > 1 "
            f"ORDER BY {', '.join(key)} LIMIT {MAX_EXAMPLES}"
        ).fetchall()
        return int(count), [_plain(dict(zip(shown, row, strict=True))) for row in first]

    def close(self) -> None:
        if self._text_store is not None:
            self._text_store.close()
        self.connection.close()
