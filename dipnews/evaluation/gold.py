"""Gold annotations: the format of the annotation guideline, loaded into typed records.

A gold *set* is two files side by side: ``<name>.json`` (a list of article objects with ``doc``,
``actors``, ``meetings``, ``quotations``; see the guideline) and ``<name>_texts.jsonl`` (one line per
article: ``{"corpus", "id", "published", "title", "text"}``), joined on ``doc.id``. The loader checks
what the scorer relies on: closed vocabularies, that every speaker and participant names a listed
actor, and that every quotation and evidence string is a verbatim substring of the article text.

``quotations`` may be ``null`` in a gold file: that article's quotations were not annotated, and the
scorer skips it for quotations (it is not an article without quotes).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dipnews.model import (
    ACTOR_TYPES,
    DATE_PRECISIONS,
    MEETING_STATUSES,
    MEETING_TYPES,
    PARTICIPANT_ROLES,
    QUOTE_TYPES,
)

TEXTS_SUFFIX = "_texts.jsonl"
# How many characters each gold date string has for each precision ("2023-04-16", "2023-03", "2023").
DATE_LENGTH_BY_PRECISION: dict[str, int] = {"day": 10, "month": 7, "year": 4}


class GoldFormatError(ValueError):
    """A gold file that does not follow the guideline; the message names the file, article and field."""


@dataclass(frozen=True, slots=True)
class GoldDoc:
    corpus: str
    id: str
    published: dt.date | None
    title: str | None


@dataclass(frozen=True, slots=True)
class GoldActor:
    name: str
    actor_type: str  # one of ACTOR_TYPES
    country_iso3: str | None
    titles: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class GoldParticipant:
    name: str  # a GoldActor.name of the same article
    role: str  # one of PARTICIPANT_ROLES


@dataclass(frozen=True, slots=True)
class GoldMeeting:
    participants: tuple[GoldParticipant, ...]
    meeting_type: str
    status: str
    is_background: bool
    date: str | None  # "YYYY-MM-DD", "YYYY-MM" or "YYYY" according to date_precision; None iff unknown
    date_precision: str
    date_text: str | None
    location: str | None
    location_country_iso3: str | None
    evidence: tuple[str, ...] = ()

    @property
    def participant_names(self) -> frozenset[str]:
        return frozenset(p.name for p in self.participants)


@dataclass(frozen=True, slots=True)
class GoldQuote:
    speaker: str | None  # a GoldActor.name, None for an anonymous/unresolvable source
    speaker_text: str | None
    text: str  # verbatim substring of the article text
    quote_type: str  # one of QUOTE_TYPES
    cue: str | None


@dataclass(frozen=True, slots=True)
class GoldArticle:
    doc: GoldDoc
    text: str  # the article text the annotator read (the *_texts.jsonl "text")
    actors: tuple[GoldActor, ...]
    meetings: tuple[GoldMeeting, ...]
    quotations: tuple[GoldQuote, ...] | None  # None: quotations not annotated for this article
    optional_quotations: tuple[GoldQuote, ...] = ()  # neither rewarded nor penalised
    notes: str | None = None
    source_file: str = field(default="", compare=False)

    def actor(self, name: str) -> GoldActor | None:
        for actor in self.actors:
            if actor.name == name:
                return actor
        return None

    def to_record(self) -> dict[str, Any]:
        """The record shape ``dipnews.pipeline.build_tables`` takes (id, text, published, title)."""
        return {
            "id": self.doc.id,
            "text": self.text,
            "published": self.doc.published.isoformat() if self.doc.published else None,
            "title": self.doc.title,
        }


def _fail(where: str, message: str) -> GoldFormatError:
    return GoldFormatError(f"{where}: {message}")


def _require_in(value: Any, allowed: Sequence[str], where: str, field_name: str) -> str:
    if value not in allowed:
        raise _fail(where, f"{field_name}={value!r} is not one of {list(allowed)}")
    return str(value)


def _optional_str(value: Any, where: str, field_name: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise _fail(where, f"{field_name} must be a string or null, got {type(value).__name__}")
    return value


def _parse_published(value: Any, where: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as error:
        raise _fail(where, f"published={value!r} is not YYYY-MM-DD") from error


def _check_gold_date(date: str | None, precision: str, where: str) -> None:
    """date and date_precision must agree: null iff unknown, and the string length fits the precision."""
    if precision == "unknown":
        if date is not None:
            raise _fail(where, f"date={date!r} given with date_precision 'unknown'")
        return
    expected_length = DATE_LENGTH_BY_PRECISION[precision]
    if date is None or len(date) != expected_length:
        raise _fail(where, f"date={date!r} does not fit date_precision {precision!r}")
    padded = date + "-01-01"[: 10 - expected_length] if expected_length < 10 else date
    try:
        dt.date.fromisoformat(padded)
    except ValueError as error:
        raise _fail(where, f"date={date!r} is not a valid date") from error


def _parse_actor(raw: dict[str, Any], where: str) -> GoldActor:
    return GoldActor(
        name=str(raw["name"]),
        actor_type=_require_in(raw.get("type"), ACTOR_TYPES, where, "type"),
        country_iso3=_optional_str(raw.get("country"), where, "country"),
        titles=tuple(str(t) for t in raw.get("titles") or ()),
        aliases=tuple(str(a) for a in raw.get("aliases") or ()),
    )


def _parse_meeting(raw: dict[str, Any], where: str, actor_names: set[str], text: str) -> GoldMeeting:
    participants = []
    for item in raw.get("participants") or ():
        if item["name"] not in actor_names:
            raise _fail(where, f"participant {item['name']!r} is not a listed actor")
        participants.append(
            GoldParticipant(
                name=item["name"], role=_require_in(item.get("role"), PARTICIPANT_ROLES, where, "role")
            )
        )
    precision = _require_in(raw.get("date_precision"), DATE_PRECISIONS, where, "date_precision")
    date = _optional_str(raw.get("date"), where, "date")
    _check_gold_date(date, precision, where)
    evidence = tuple(str(e) for e in raw.get("evidence") or ())
    for sentence in evidence:
        if sentence not in text:
            raise _fail(where, f"evidence is not verbatim in the text: {sentence[:60]!r}")
    return GoldMeeting(
        participants=tuple(participants),
        meeting_type=_require_in(raw.get("meeting_type"), MEETING_TYPES, where, "meeting_type"),
        status=_require_in(raw.get("status"), MEETING_STATUSES, where, "status"),
        is_background=bool(raw.get("is_background")),
        date=date,
        date_precision=precision,
        date_text=_optional_str(raw.get("date_text"), where, "date_text"),
        location=_optional_str(raw.get("location"), where, "location"),
        location_country_iso3=_optional_str(raw.get("location_country"), where, "location_country"),
        evidence=evidence,
    )


def _parse_quote(raw: dict[str, Any], where: str, actor_names: set[str], text: str) -> GoldQuote:
    speaker = _optional_str(raw.get("speaker"), where, "speaker")
    if speaker is not None and speaker not in actor_names:
        raise _fail(where, f"speaker {speaker!r} is not a listed actor")
    quote_text = str(raw["text"])
    if not quote_text or quote_text not in text:
        raise _fail(where, f"quotation text is not verbatim in the article text: {quote_text[:60]!r}")
    return GoldQuote(
        speaker=speaker,
        speaker_text=_optional_str(raw.get("speaker_text"), where, "speaker_text"),
        text=quote_text,
        quote_type=_require_in(raw.get("type"), QUOTE_TYPES, where, "type"),
        cue=_optional_str(raw.get("cue"), where, "cue"),
    )


def parse_article(raw: dict[str, Any], text: str, source_file: str = "") -> GoldArticle:
    """One article object of a gold file plus its text, validated."""
    raw_doc = raw.get("doc") or {}
    doc_id = str(raw_doc.get("id", ""))
    where = f"{source_file or '<gold>'} [{doc_id}]"
    if not doc_id:
        raise _fail(where, "doc.id is missing")
    doc = GoldDoc(
        corpus=str(raw_doc.get("corpus", "")),
        id=doc_id,
        published=_parse_published(raw_doc.get("published"), where),
        title=_optional_str(raw_doc.get("title"), where, "title"),
    )
    actors = tuple(_parse_actor(a, where) for a in raw.get("actors") or ())
    actor_names = {a.name for a in actors}
    if len(actor_names) != len(actors):
        raise _fail(where, "two actors share a name")
    meetings = tuple(_parse_meeting(m, where, actor_names, text) for m in raw.get("meetings") or ())
    raw_quotes = raw.get("quotations")
    quotations = (
        None if raw_quotes is None else tuple(_parse_quote(q, where, actor_names, text) for q in raw_quotes)
    )
    # Optional quotations may have several speakers ("called each other ..."): the speaker is not checked.
    optional = tuple(
        _parse_quote({**q, "speaker": None}, where, actor_names, text)
        for q in raw.get("optional_quotations") or ()
    )
    return GoldArticle(
        doc=doc,
        text=text,
        actors=actors,
        meetings=meetings,
        quotations=quotations,
        optional_quotations=optional,
        notes=_optional_str(raw.get("notes"), where, "notes"),
        source_file=source_file,
    )


def texts_path_for(gold_path: Path) -> Path:
    """``dev_reuters.json`` -> ``dev_reuters_texts.jsonl`` in the same folder."""
    return gold_path.with_name(gold_path.stem + TEXTS_SUFFIX)


def read_texts(path: Path) -> dict[str, dict[str, Any]]:
    """The texts file as {doc id: record}; ids must be unique."""
    records: dict[str, dict[str, Any]] = {}
    with path.open(encoding="utf-8") as handle:
        for line_number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            record = json.loads(line)
            doc_id = str(record.get("id", ""))
            if not doc_id or doc_id in records:
                raise GoldFormatError(f"{path}:{line_number}: missing or repeated id {doc_id!r}")
            records[doc_id] = record
    return records


def load_gold(path: Path | str) -> list[GoldArticle]:
    """Load one gold set (``<name>.json`` plus ``<name>_texts.jsonl`` beside it), in file order."""
    gold_path = Path(path)
    texts = read_texts(texts_path_for(gold_path))
    raw_articles = json.loads(gold_path.read_text(encoding="utf-8"))
    if not isinstance(raw_articles, list):
        raise GoldFormatError(f"{gold_path}: the top level must be a list of article objects")
    articles = []
    for raw in raw_articles:
        doc_id = str((raw.get("doc") or {}).get("id", ""))
        if doc_id not in texts:
            raise GoldFormatError(
                f"{gold_path} [{doc_id}]: no text for this id in {texts_path_for(gold_path)}"
            )
        articles.append(parse_article(raw, str(texts[doc_id]["text"]), source_file=gold_path.name))
    return articles


def load_gold_sets(paths: Iterable[Path | str]) -> list[GoldArticle]:
    """Several gold sets concatenated; doc ids must be unique across them."""
    articles: list[GoldArticle] = []
    seen: set[str] = set()
    for path in paths:
        for article in load_gold(path):
            if article.doc.id in seen:
                raise GoldFormatError(f"{path} [{article.doc.id}]: this id is already in another gold set")
            seen.add(article.doc.id)
            articles.append(article)
    return articles
