"""Cross-table facts that a per-table schema cannot see, attached to each table as derived columns.

pandera validates one table at a time, so "this actor_id exists in actors" or "this span equals the
article text" cannot be said there without closing over other tables. Here every such fact is
computed once, in pandas, as an extra column on the table it is about (``fk__actor_id``,
``span__text`` ...). The great-expectations suite of that table then states what the column must
hold, so a failure is reported against the table, the column and the key of the offending rows,
and shows up in the Data Docs beside the per-table expectations.

Derived column names all contain ``__`` so they can never clash with a contract column.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from schemas import CONTRACT


@dataclass(frozen=True)
class ForeignKey:
    """``table.column`` refers to ``parent.parent_column``; a null value refers to nothing (allowed)."""

    table: str
    column: str
    parent: str
    parent_column: str

    @property
    def derived_column(self) -> str:
        return f"fk__{self.column}"


# The data contract's references (TABLES.md "Invariants"): every foreign key exists in its table.
FOREIGN_KEYS: tuple[ForeignKey, ...] = (
    ForeignKey("actor_mentions", "article_id", "articles", "article_id"),
    ForeignKey("actor_mentions", "actor_id", "actors", "actor_id"),
    ForeignKey("actor_roles", "actor_id", "actors", "actor_id"),
    ForeignKey("meeting_participants", "meeting_id", "meetings", "meeting_id"),
    ForeignKey("meeting_participants", "actor_id", "actors", "actor_id"),
    ForeignKey("meeting_mentions", "meeting_id", "meetings", "meeting_id"),
    ForeignKey("meeting_mentions", "article_id", "articles", "article_id"),
    ForeignKey("quotations", "article_id", "articles", "article_id"),
    ForeignKey("quotations", "speaker_actor_id", "actors", "actor_id"),
    ForeignKey("quotations", "meeting_id", "meetings", "meeting_id"),
)

# Tables whose rows claim a piece of article text: the span must equal that text exactly.
SPAN_TEXT_COLUMNS: Mapping[str, str] = {"actor_mentions": "mention_text", "quotations": "quote_text"}
# Tables whose spans carry no copy of the text (the evidence sentence): the span must lie inside it.
SPAN_ONLY_TABLES: tuple[str, ...] = ("meeting_mentions",)
# Tables with a sentence_index into an article: it must be below the article's n_sentences.
SENTENCE_TABLES: tuple[str, ...] = ("actor_mentions", "meeting_mentions", "quotations")

SPAN_TEXT = "span__text"
SPAN_IN_BOUNDS = "span__in_bounds"
SENTENCE_IN_ARTICLE = "sentence__in_article"
SOURCE_NOT_REJECTED = "source_path__not_rejected"
COUNTED_MENTIONS = "n_mentions__counted"
COUNTED_ARTICLES = "n_articles__counted"
COUNTED_PARTICIPANTS = "n_participants__counted"
LATEST_REPORT_DATE = "published_date__latest_report"
TITLE_OF_ACTOR = "title__of_actor"
ACTOR_ARTICLES = "n_articles__of_actor"


def derived_columns(table: str) -> list[str]:
    """The derived columns :func:`with_cross_table_columns` adds to ``table``, in the order it adds them."""
    columns = [fk.derived_column for fk in FOREIGN_KEYS if fk.table == table]
    if table in SPAN_TEXT_COLUMNS:
        columns.append(SPAN_TEXT)
    if table in SPAN_ONLY_TABLES:
        columns.append(SPAN_IN_BOUNDS)
    if table in SENTENCE_TABLES:
        columns.append(SENTENCE_IN_ARTICLE)
    if table == "articles":
        columns.append(SOURCE_NOT_REJECTED)
    if table == "actors":
        columns += [COUNTED_MENTIONS, COUNTED_ARTICLES]
    if table == "meetings":
        columns += [COUNTED_ARTICLES, COUNTED_PARTICIPANTS, LATEST_REPORT_DATE]
    if table == "actor_roles":
        columns += [TITLE_OF_ACTOR, ACTOR_ARTICLES]
    return columns


def _references_exist(values: pd.Series, parent_keys: pd.Series) -> pd.Series:
    # A null reference is allowed where the schema makes the column nullable (the per-table
    # not-null expectation covers the others), so it counts as present here.
    known = set(parent_keys.dropna())
    return pd.Series([v is None or pd.isna(v) or v in known for v in values], index=values.index, dtype=bool)


def span_texts(df: pd.DataFrame, texts: Mapping[str, str]) -> pd.Series:
    """``articles.text[char_start:char_end]`` per row; null where the article or the span is missing."""
    spans: list[str | None] = []
    for article_id, start, end in zip(df["article_id"], df["char_start"], df["char_end"], strict=True):
        text = texts.get(article_id)
        inside = text is not None and 0 <= int(start) <= int(end) <= len(text)
        spans.append(text[int(start) : int(end)] if inside else None)
    return pd.Series(spans, index=df.index, dtype=object)


def _sentence_in_article(df: pd.DataFrame, n_sentences: Mapping[str, int]) -> pd.Series:
    return pd.Series(
        [
            article_id in n_sentences and 0 <= int(index) < n_sentences[article_id]
            for article_id, index in zip(df["article_id"], df["sentence_index"], strict=True)
        ],
        index=df.index,
        dtype=bool,
    )


def _count_by(keys: pd.Series, table: pd.DataFrame, column: str, distinct: str | None = None) -> pd.Series:
    """Per value of ``keys``: rows of ``table`` with ``table[column] == key`` (or distinct ``distinct``)."""
    grouped = table.groupby(column, sort=False)
    counts = grouped[distinct].nunique() if distinct else grouped.size()
    return keys.map(counts).fillna(0).astype("int64")


def _latest_report_dates(meetings: pd.DataFrame, tables: Mapping[str, pd.DataFrame]) -> pd.Series:
    """Latest published_date among the articles that report each meeting (null if none is dated).

    The latest, not the earliest: one article may announce a meeting that a later one reports as
    held, and the merged row then says ``occurred``. It must not be dated after every report of it.
    """
    evidence = tables["meeting_mentions"][["meeting_id", "article_id"]].drop_duplicates()
    dated = evidence.merge(tables["articles"][["article_id", "published_date"]], on="article_id", how="inner")
    dated = dated.dropna(subset=["published_date"])
    latest = dated.groupby("meeting_id", sort=False)["published_date"].max()
    return pd.Series([latest.get(m) for m in meetings["meeting_id"]], index=meetings.index, dtype=object)


def _role_columns(roles: pd.DataFrame, actors: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """Per role: whether its title is one of its actor's titles, and its actor's n_articles (0 when the
    actor is missing, which the foreign-key expectation reports)."""
    titles = {a: set(t) for a, t in zip(actors["actor_id"], actors["titles"], strict=True)}
    n_articles = dict(zip(actors["actor_id"], actors["n_articles"].astype(int), strict=True))
    of_actor = [t in titles.get(a, set()) for a, t in zip(roles["actor_id"], roles["title"], strict=True)]
    return (
        pd.Series(of_actor, index=roles.index, dtype=bool),
        pd.Series([n_articles.get(a, 0) for a in roles["actor_id"]], index=roles.index, dtype="int64"),
    )


def with_cross_table_columns(tables: Mapping[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Each contract table with its derived cross-table columns appended (inputs are not modified)."""
    missing = [name for name in CONTRACT if name not in tables]
    if missing:
        raise KeyError(f"missing table(s): {missing}")
    articles = tables["articles"]
    texts = dict(zip(articles["article_id"], articles["text"], strict=True))
    n_sentences = dict(zip(articles["article_id"], articles["n_sentences"].astype(int), strict=True))
    out: dict[str, pd.DataFrame] = {name: tables[name].copy() for name in CONTRACT}

    for fk in FOREIGN_KEYS:
        frame = out[fk.table]
        frame[fk.derived_column] = _references_exist(frame[fk.column], tables[fk.parent][fk.parent_column])
    for name in (*SPAN_TEXT_COLUMNS, *SPAN_ONLY_TABLES):
        spans = span_texts(out[name], texts)
        if name in SPAN_TEXT_COLUMNS:
            out[name][SPAN_TEXT] = spans
        else:
            out[name][SPAN_IN_BOUNDS] = spans.notna()
    for name in SENTENCE_TABLES:
        out[name][SENTENCE_IN_ARTICLE] = _sentence_in_article(out[name], n_sentences)

    rejected = set(tables["rejects"]["source_path"])
    out["articles"][SOURCE_NOT_REJECTED] = ~out["articles"]["source_path"].isin(rejected)

    actors, mentions = out["actors"], tables["actor_mentions"]
    actors[COUNTED_MENTIONS] = _count_by(actors["actor_id"], mentions, "actor_id")
    actors[COUNTED_ARTICLES] = _count_by(actors["actor_id"], mentions, "actor_id", distinct="article_id")

    roles = out["actor_roles"]
    roles[TITLE_OF_ACTOR], roles[ACTOR_ARTICLES] = _role_columns(roles, tables["actors"])

    meetings = out["meetings"]
    meetings[COUNTED_ARTICLES] = _count_by(
        meetings["meeting_id"], tables["meeting_mentions"], "meeting_id", distinct="article_id"
    )
    meetings[COUNTED_PARTICIPANTS] = _count_by(
        meetings["meeting_id"], tables["meeting_participants"], "meeting_id", distinct="actor_id"
    )
    meetings[LATEST_REPORT_DATE] = _latest_report_dates(meetings, tables)
    return out


def row_count_parameters(tables: Mapping[str, pd.DataFrame]) -> dict[str, int]:
    """Row counts one table implies for another: the suites compare each table's count with these.

    Every meeting has participants and evidence, and every actor is mentioned at least once, so
    the number of distinct ids referred to from those tables must equal the parent's row count.
    """
    return {
        "meetings_in_participants": int(tables["meeting_participants"]["meeting_id"].nunique()),
        "meetings_in_mentions": int(tables["meeting_mentions"]["meeting_id"].nunique()),
        "actors_in_mentions": int(tables["actor_mentions"]["actor_id"].nunique()),
    }
