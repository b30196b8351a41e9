"""Synthetic corpora for the corpus-wide stages: real extractions replicated to any size.

Parsing a million texts to measure consolidate, validate and release would take days; what those stages
see is the annotate stage's output (``extractions.parquet``) and the ingested articles
(``ingested.parquet``). This module copies a real template of both (the pipeline run once on real
stories) to ``size`` articles: article ``i`` is template article ``i % N`` in copy ``i // N``. Copy 0 is
the template itself; every later copy gets

- a new article id derived from the template's id and the copy number (16 hex chars, like a real id);
- its publication date and every meeting date shifted by ``copy * shift_days`` days, so that a copy's
  meetings do not merge with the template's but merging still happens within a copy as it does in real
  news;
- in a ``rename_fraction`` of the (surname or last-word, copy) pairs a renamed person or organisation:
  the last word's letters are rotated by amounts drawn from the word and the copy number, everywhere in
  the article (its text, names, aliases, mentions, quotes), so the actor table grows with the corpus as
  it does with real news, a surname still joins its full name, and every character offset still points
  at the same (renamed) words: the new word has the same length.

The first ``size`` articles of a larger synthetic corpus are the smaller one, so sizes compare like for
like, and ``size + n`` is the ``size`` corpus with ``n`` articles added.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

BATCH_ROWS = 1024  # rows per written batch, as the annotate stage writes them


@dataclass(frozen=True)
class Replication:
    rename_fraction: float = 0.3
    shift_days: int = 7


def _copy_id(article_id: str, copy: int) -> str:
    if copy == 0:
        return article_id
    return hashlib.sha256(f"{article_id}\x1fsynthetic-copy\x1f{copy}".encode()).hexdigest()[:16]


def _scrambled(word: str, copy: int) -> str:
    """``word`` with each letter rotated (case kept) by an amount drawn from the word and the copy."""
    digest = hashlib.sha256(f"{word}\x1fname\x1f{copy}".encode()).digest()
    letters = []
    for position, char in enumerate(word):
        base = ord("A") if char.isupper() else ord("a")
        if not char.isascii() or not char.isalpha():
            letters.append(char)
            continue
        shift = 1 + digest[position % len(digest)] % 25
        letters.append(chr(base + (ord(char) - base + shift) % 26))
    return "".join(letters)


def _renamed(word: str, copy: int, fraction: float) -> bool:
    digest = hashlib.sha256(f"{word.lower()}\x1f{copy}".encode()).digest()
    return int.from_bytes(digest[:4], "big") < fraction * 2**32


def _rename_words(text: str | None, words: dict[str, str]) -> str | None:
    if not text or not words:
        return text
    pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in sorted(words)) + r")\b")
    return pattern.sub(lambda match: words[match.group(1)], text)


def _shift(day: str | None, days: int) -> str | None:
    if not day or days == 0:
        return day
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()


def _renamed_words(payload: dict[str, Any], copy: int, fraction: float) -> dict[str, str]:
    """The last words of this article's people and organisations renamed in this copy -> their new form."""
    words: dict[str, str] = {}
    for actor in payload["actors"]["actors"]:
        if actor["actor_type"] not in ("person", "organization") or not actor["name"].strip():
            continue
        last = actor["name"].split()[-1]
        if last.isascii() and last.isalpha() and _renamed(last, copy, fraction):
            words[last] = _scrambled(last, copy)
    return words


def replicate_payload(
    payload: dict[str, Any], copy: int, spec: Replication, words: dict[str, str]
) -> dict[str, Any]:
    """One template extraction as it appears in ``copy`` with ``words`` renamed (a new dict)."""
    if copy == 0:
        return payload
    days = copy * spec.shift_days
    actors = [
        {
            **a,
            "name": _rename_words(a["name"], words),
            "aliases": [_rename_words(x, words) for x in a["aliases"]],
        }
        for a in payload["actors"]["actors"]
    ]
    mentions = [
        {**m, "mention_text": _rename_words(m["mention_text"], words)} for m in payload["actors"]["mentions"]
    ]
    meetings = [
        {**m, "date": _shift(m["date"], days), "location": _rename_words(m["location"], words)}
        for m in payload["meetings"]
    ]
    quotes = [
        {
            **q,
            "speaker_text": _rename_words(q["speaker_text"], words),
            "quote_text": _rename_words(q["quote_text"], words),
        }
        for q in payload["quotes"]
    ]
    return {
        **payload,
        "article_id": _copy_id(payload["article_id"], copy),
        "actors": {"actors": actors, "mentions": mentions},
        "meetings": meetings,
        "quotes": quotes,
    }


def _dumps(payload: dict[str, Any]) -> str:
    # The annotate stage's form (dipnews.serialize.to_json): compact, key-sorted.
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _synthetic_rows(
    template_dir: Path, size: int, spec: Replication
) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """(ingested row, extraction row) of every synthetic article, in order."""
    ingested = pq.read_table(template_dir / "ingested.parquet").to_pylist()
    extractions = {
        row["article_id"]: row for row in pq.read_table(template_dir / "extractions.parquet").to_pylist()
    }
    parsed = {article_id: json.loads(row["payload"]) for article_id, row in extractions.items()}
    for index in range(size):
        copy, template = divmod(index, len(ingested))
        article = ingested[template]
        article_id = article["article_id"]
        published = article["published_date"]
        shifted = published + dt.timedelta(days=copy * spec.shift_days) if published else None
        new_id = _copy_id(article_id, copy)
        words = _renamed_words(parsed[article_id], copy, spec.rename_fraction) if copy else {}
        payload = replicate_payload(parsed[article_id], copy, spec, words)
        extraction = {**extractions[article_id], "article_id": new_id, "payload": _dumps(payload)}
        text = _rename_words(article["text"], words)
        yield {**article, "article_id": new_id, "published_date": shifted, "text": text}, extraction


def write_synthetic(template_dir: Path, out_dir: Path, size: int, spec: Replication) -> None:
    """``out_dir``/ingested.parquet and extractions.parquet with ``size`` articles from the template."""
    out_dir.mkdir(parents=True, exist_ok=True)
    schemas = {name: pq.read_schema(template_dir / f"{name}.parquet") for name in ("ingested", "extractions")}
    writers = {
        name: pq.ParquetWriter(out_dir / f"{name}.parquet", schema, compression="zstd")
        for name, schema in schemas.items()
    }
    buffers: dict[str, list[dict[str, Any]]] = {name: [] for name in writers}

    def flush() -> None:
        for name, rows in buffers.items():
            if rows:
                writers[name].write_table(pa.Table.from_pylist(rows, schema=schemas[name]))
                rows.clear()

    try:
        for article, extraction in _synthetic_rows(template_dir, size, spec):
            buffers["ingested"].append(article)
            buffers["extractions"].append(extraction)
            if len(buffers["ingested"]) >= BATCH_ROWS:
                flush()
        flush()
    finally:
        for writer in writers.values():
            writer.close()
