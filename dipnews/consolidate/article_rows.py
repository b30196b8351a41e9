"""One article's rows for the out-of-core consolidate, keyed by actor identity (not yet actor_id).

Actor ids can only be decided over the whole corpus (a surname joins the one full name that ends with
it), so an article's rows name its actors by their identity, the normalised key actors are grouped by
(``corpus._identity``); DuckDB swaps in the actor ids once they are decided. The rows of an article are a
function of its extraction and its publication date only, which is what lets them be cached per article
(:mod:`dipnews.consolidate.article_cache`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterator, Mapping
from typing import Any

import pyarrow as pa

from dipnews.consolidate.actor_evidence import EVIDENCE_SCHEMA
from dipnews.consolidate.corpus import (
    COUNTRY_EVIDENCE_WEIGHT,
    NO_AFFILIATION,
    STATED_COUNTRY_EVIDENCE,
    _identity,
    actor_mention_row,
    quotation_row,
)
from dipnews.model import ArticleExtraction, LocalMeeting

# Every row carries the key of the article it comes from (a hash of its extraction and date).
ARTICLE_KEY = pa.field("article_key", pa.string())


def spill_schemas(contract: Mapping[str, pa.Schema]) -> dict[str, pa.Schema]:
    """The per-article rows: contract rows plus the keys that order or join them. Where a contract row names
    an actor (actor_mentions.actor_id, quotations.speaker_actor_id), the row holds its identity instead."""
    reports = pa.schema(
        [
            ("report_index", pa.int32()),  # the report's place among its article's reports
            ("article_id", pa.string()),
            ("published", pa.date32()),
            ("meeting", pa.string()),
            ("identities", pa.list_(pa.string())),  # the resolved participants, in order
            ("roles", pa.list_(pa.string())),
        ]
    )
    schemas = {
        "evidence": EVIDENCE_SCHEMA,
        "actor_mentions": contract["actor_mentions"].append(pa.field("position", pa.int32())),
        "reports": reports,
        "quotations": contract["quotations"].append(pa.field("meeting_local_key", pa.string())),
        "sentences": pa.schema([("article_id", pa.string()), ("n_sentences", pa.int32())]),
    }
    return {name: schema.append(ARTICLE_KEY) for name, schema in schemas.items()}


def _evidence_rows(
    ex: ArticleExtraction, local: Mapping[str, str], day: dt.date | None
) -> Iterator[dict[str, Any]]:
    """One evidence row per actor of the article: what ``corpus._group_actors`` adds to its group."""
    forms: defaultdict[str, set[str]] = defaultdict(set)
    for mention in ex.actors.mentions:
        if mention.local_key in local and mention.mention_kind != "pronoun":
            forms[mention.local_key].add(mention.mention_text)
    for actor in ex.actors.actors:
        voted = bool(actor.country_iso3 or actor.country_evidence)
        stated = actor.country_evidence in STATED_COUNTRY_EVIDENCE
        yield {
            "article_id": ex.article_id,
            "identity": local[actor.local_key],
            "name": actor.name,
            "vote_code": (actor.country_iso3 or NO_AFFILIATION) if voted else None,
            "vote_weight": COUNTRY_EVIDENCE_WEIGHT.get(actor.country_evidence, 1),
            "published": day,
            "titles": sorted({t.strip().lower() for t in actor.titles if t.strip()}),
            "forms": sorted(forms[actor.local_key] | {a.strip() for a in actor.aliases if a.strip()}),
            "stated_country": actor.country_iso3 if stated else None,
            "named_as_relative": actor.named_as_relative,
        }


def _report_rows(
    ex: ArticleExtraction, local: Mapping[str, str], day: dt.date | None
) -> Iterator[dict[str, Any]]:
    """Every meeting with at least two resolved participant identities (merging identities into actors
    can only lower that number; the final filter is on actor ids)."""
    index = 0
    for meeting in ex.meetings:
        resolved = [(local[p.local_key], p.role) for p in meeting.participants if p.local_key in local]
        if len({identity for identity, _ in resolved}) < 2:
            continue
        yield {
            "report_index": index,
            "article_id": ex.article_id,
            "published": day,
            "meeting": _meeting_json(meeting),
            "identities": [identity for identity, _ in resolved],
            "roles": [role for _, role in resolved],
        }
        index += 1


def _meeting_json(meeting: LocalMeeting) -> str:
    return json.dumps(dataclasses.asdict(meeting), default=lambda d: d.isoformat())


def _quote_rows(ex: ArticleExtraction, local: Mapping[str, str]) -> list[dict[str, Any]]:
    """One article's quotations, the speaker's identity in place of its actor_id, the meeting still
    article-local (both joined after the merges)."""
    rows: dict[str, dict[str, Any]] = {}
    for q in ex.quotes:
        speaker = local.get(q.speaker_local_key) if q.speaker_local_key else None
        row = {
            **quotation_row(ex.article_id, q, speaker, None),
            "meeting_local_key": q.meeting_local_key or None,
        }
        kept = rows.get(row["quote_id"])
        if kept is None or row["char_end"] > kept["char_end"]:
            rows[row["quote_id"]] = row
    return list(rows.values())


def article_rows(ex: ArticleExtraction, day: dt.date | None) -> Iterator[tuple[str, dict[str, Any]]]:
    """(spill name, row) for every row of one article, without its article_key."""
    local = {a.local_key: _identity(a.actor_type, a.name, a.country_iso3) for a in ex.actors.actors}
    for row in _evidence_rows(ex, local, day):
        yield "evidence", row
    for position, mention in enumerate(ex.actors.mentions):
        identity = local.get(mention.local_key)
        if identity is not None:
            yield (
                "actor_mentions",
                {**actor_mention_row(ex.article_id, identity, mention), "position": position},
            )
    for row in _report_rows(ex, local, day):
        yield "reports", row
    for row in _quote_rows(ex, local):
        yield "quotations", row
    yield "sentences", {"article_id": ex.article_id, "n_sentences": ex.n_sentences}
