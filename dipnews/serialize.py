"""ArticleExtraction <-> JSON: the form the per-article cache and the extractions table store."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

from dipnews.model import (
    ArticleActors,
    ArticleExtraction,
    LocalActor,
    LocalMeeting,
    LocalQuote,
    MeetingEvidence,
    Mention,
    Participant,
)


def _default(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__}")


def to_json(extraction: ArticleExtraction) -> str:
    """Compact, key-sorted JSON: the same extraction always gives the same string."""
    return json.dumps(
        dataclasses.asdict(extraction),
        default=_default,
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )


def from_json(payload: str) -> ArticleExtraction:
    data = json.loads(payload)
    actors = data["actors"]
    return ArticleExtraction(
        article_id=data["article_id"],
        n_sentences=data["n_sentences"],
        actors=ArticleActors(
            actors=[LocalActor(**a) for a in actors["actors"]],
            mentions=[Mention(**m) for m in actors["mentions"]],
        ),
        meetings=[
            LocalMeeting(
                **{
                    **m,
                    "date": dt.date.fromisoformat(m["date"]) if m["date"] else None,
                    "participants": [Participant(**p) for p in m["participants"]],
                    "evidence": [MeetingEvidence(**e) for e in m["evidence"]],
                }
            )
            for m in data["meetings"]
        ],
        quotes=[LocalQuote(**q) for q in data["quotes"]],
    )
