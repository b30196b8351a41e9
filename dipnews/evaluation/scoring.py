"""Scoring the pipeline's tables against gold: matching rules and metrics, as pure functions.

Matching rules (the dataset card repeats them; tests/test_scoring.py pins each one, including the cases
that must NOT match):

* Quotations. A predicted quotation matches a gold one of the same article when their character spans
  overlap by at least half of the *longer* span (``overlap >= 0.5 * max(len_pred, len_gold)``). So a
  short scare quote inside a long gold quote is no match, while a prediction that differs by a comma,
  a closing mark or the word "that" still is. Matching is one-to-one (a maximum matching, best overlaps
  first): two predictions over one gold quote are one true positive and one false positive. A span may
  have several parts (a quote interrupted by its attribution, as PolNeAR stores it): lengths and
  overlaps are then summed over the parts. Precision, recall and F1 are reported overall and per
  quote type: recall of a type counts gold quotes of that type, precision counts predictions of that
  type. Speaker accuracy, among matched pairs: a gold anonymous speaker is right iff the prediction
  has no speaker actor; a named one is right iff the predicted speaker actor aligns (rule below) to the
  gold speaker. Predictions matching an ``optional_quotations`` gold entry are neither rewarded nor
  penalised (dropped from the predictions before precision is computed).
* Actor alignment. A predicted actor aligns to the gold actor it matches most strongly: same canonical
  name (4), the predicted name equals one of the gold actor's proper-name aliases or, for countries,
  the same ISO3 code (3), or - persons only - a one-word name equal to the last word of the other's
  full name ("Putin" ~ "Vladimir Putin", 2). Names are compared case-, accent- and punctuation-
  insensitively. A tie between two gold actors at the top strength aligns to neither (an ambiguous
  surname proves nothing).
* Actors (persons). Predicted persons of an article are the person actors with a mention in it.
  One-to-one matching by alignment strength; precision and recall by name. Among matched: title
  accuracy (both have no title, or they share one) and country accuracy (same ISO3, or both null).
* Meetings. Predicted meetings of an article are those with a meeting_mentions row in it. A predicted
  meeting matches a gold one when the Jaccard index of their participant sets (predicted actors
  aligned to gold names; unaligned ones count as distinct) is at least 0.5; one-to-one, best first;
  ties in Jaccard (two meetings of the same parties) go to the pair agreeing on background, date and status.
  Among matched: date (value AND precision equal), location (same place name, or both null), location
  country, background flag, meeting type, status, and participant roles (over participants present in
  both).

All counts are micro-averaged over articles. A ratio with a zero denominator is ``None`` (undefined),
not 0 or 1, so an empty gold set never looks perfect.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Any, Self

import pandas as pd

from dipnews.evaluation.gold import GoldActor, GoldArticle, GoldMeeting, GoldQuote
from dipnews.extract.actors.names import normalise_name
from dipnews.model import QUOTE_TYPES

MIN_SPAN_OVERLAP = 0.5  # of the longer span
MIN_PARTICIPANT_JACCARD = 0.5
ROUND_DIGITS = 4

# Alignment strengths (higher wins); see the module docstring.
STRENGTH_SAME_NAME = 4
STRENGTH_ALIAS_OR_CODE = 3
STRENGTH_SURNAME = 2

# Determiners that make an alias a description ("the defence minister"), not a proper name.
DESCRIPTION_STARTS = frozenset({"the", "a", "an", "his", "her", "its", "their"})

Span = tuple[tuple[int, int], ...]  # one or more half-open [start, end) parts, in text order


# --------------------------------------------------------------------------------------------------
# Spans and one-to-one matching


def span_length(span: Span) -> int:
    return sum(end - start for start, end in span)


def span_overlap(first: Span, second: Span) -> int:
    return sum(
        max(0, min(end_a, end_b) - max(start_a, start_b))
        for start_a, end_a in first
        for start_b, end_b in second
    )


def overlap_ratio(first: Span, second: Span) -> float:
    """Overlap as a fraction of the longer span (0 for empty spans)."""
    longer = max(span_length(first), span_length(second))
    return span_overlap(first, second) / longer if longer else 0.0


def spans_match(first: Span, second: Span, min_ratio: float = MIN_SPAN_OVERLAP) -> bool:
    ratio = overlap_ratio(first, second)
    return ratio > 0 and ratio >= min_ratio


def one_to_one(edges: Mapping[tuple[int, int], float]) -> list[tuple[int, int]]:
    """A maximum one-to-one matching of (left, right) pairs, preferring higher scores.

    Kuhn's augmenting-path algorithm with each left item trying its rights best first, and left items
    taken in order of their best score: the result has as many pairs as any matching can have, and a
    high-scoring pair is only given up when that lets one more pair match. Deterministic (ties by index).
    """
    candidates: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for (left, right), score in edges.items():
        candidates[left].append((-score, right))
    for options in candidates.values():
        options.sort()
    left_order = sorted(candidates, key=lambda left: (candidates[left][0][0], left))
    owner_of_right: dict[int, int] = {}

    def assign(left: int, visited: set[int]) -> bool:
        for _, right in candidates[left]:
            if right in visited:
                continue
            visited.add(right)
            if right not in owner_of_right or assign(owner_of_right[right], visited):
                owner_of_right[right] = left
                return True
        return False

    for left in left_order:
        assign(left, set())
    return sorted((left, right) for right, left in owner_of_right.items())


def match_spans(
    predicted: Sequence[Span], gold: Sequence[Span], min_ratio: float = MIN_SPAN_OVERLAP
) -> list[tuple[int, int]]:
    """One-to-one (predicted index, gold index) pairs under the half-of-the-longer-span rule."""
    edges = {
        (p, g): overlap_ratio(p_span, g_span)
        for p, p_span in enumerate(predicted)
        for g, g_span in enumerate(gold)
        if spans_match(p_span, g_span, min_ratio)
    }
    return one_to_one(edges)


def jaccard(first: frozenset[str], second: frozenset[str]) -> float:
    union = first | second
    return len(first & second) / len(union) if union else 0.0


# --------------------------------------------------------------------------------------------------
# Locating gold strings in the pipeline's (cleaned) text


def offset_map(source: str, target: str, resync_window: int = 64, key_length: int = 6) -> list[int]:
    """For each index 0..len(source) of ``source``, the corresponding index in ``target``.

    ``target`` is ``source`` after cleaning: whitespace collapsed or changed, mojibake repaired, a
    header or trailing boilerplate cut. Equal characters advance both sides; whitespace on either side
    is skipped; on any other difference the walk re-synchronises on the next ``key_length`` characters
    of ``source`` found within ``resync_window`` characters of ``target``. Source characters with no
    counterpart map to the target position where they were dropped.
    """
    mapping = [0] * (len(source) + 1)
    i = j = 0
    while i < len(source):
        if j < len(target) and source[i] == target[j]:
            mapping[i] = j
            i += 1
            j += 1
        elif source[i].isspace():
            mapping[i] = j
            i += 1
        elif j < len(target) and target[j].isspace():
            j += 1
        else:
            skip = _resync(source, i, target, j, resync_window, key_length)
            if skip is None:  # nothing of what follows is in the target (cut boilerplate)
                mapping[i] = j
                i += 1
                continue
            skip_source, skip_target = skip
            for k in range(skip_source):
                mapping[i + k] = j
            i += skip_source
            j += skip_target
    mapping[len(source)] = j
    return mapping


def _resync(source: str, i: int, target: str, j: int, window: int, key_length: int) -> tuple[int, int] | None:
    for skip_source in range(window):
        key = source[i + skip_source : i + skip_source + key_length]
        if not key:
            return None
        found = target.find(key, j, j + window + len(key))
        if found >= 0:
            return skip_source, found - j
    return None


def map_span(mapping: Sequence[int], start: int, end: int) -> tuple[int, int]:
    """Map a half-open source span through :func:`offset_map` (end maps after its last character)."""
    if end <= start:
        return mapping[start], mapping[start]
    return mapping[start], mapping[end - 1] + 1


def locate_in_order(needles: Sequence[str], haystack: str) -> list[tuple[int, int] | None]:
    """Each needle's span in ``haystack``: the first occurrence not already given to an earlier needle.

    Gold lists quotations in reading order, but two may have the same words ("Yes."); claiming
    occurrences keeps them on different spans.
    """
    claimed: set[int] = set()
    located: list[tuple[int, int] | None] = []
    for needle in needles:
        position = haystack.find(needle) if needle else -1
        while position >= 0 and position in claimed:
            position = haystack.find(needle, position + 1)
        if position < 0:
            located.append(None)
            continue
        claimed.add(position)
        located.append((position, position + len(needle)))
    return located


def locate_gold_quotes(
    quotes: Sequence[GoldQuote], gold_text: str, article_text: str
) -> list[tuple[int, int] | None]:
    """Spans of gold quotation texts in the pipeline's article text (None when not recoverable)."""
    raw_spans = locate_in_order([q.text for q in quotes], gold_text)
    if gold_text == article_text:
        return raw_spans
    mapping = offset_map(gold_text, article_text)
    mapped: list[tuple[int, int] | None] = []
    for span in raw_spans:
        if span is None:
            mapped.append(None)
            continue
        start, end = map_span(mapping, *span)
        mapped.append((start, end) if end > start else None)
    return mapped


# --------------------------------------------------------------------------------------------------
# Names and actor alignment


def is_proper_alias(alias: str) -> bool:
    """An alias that is a name ("Putin", "Beijing", "US"), not a description ("the defence minister")."""
    words = alias.split()
    return bool(words) and alias[0].isupper() and words[0].casefold() not in DESCRIPTION_STARTS


@dataclass(frozen=True, slots=True)
class PredictedActor:
    actor_id: str
    name: str
    actor_type: str
    country_iso3: str | None
    titles: tuple[str, ...] = ()


def alignment_strength(predicted: PredictedActor, gold: GoldActor) -> int:
    """How strongly a predicted actor names the gold actor (0 = not at all); see the module docstring."""
    pred_name = normalise_name(predicted.name)
    if not pred_name:
        return 0
    if pred_name == normalise_name(gold.name):
        return STRENGTH_SAME_NAME
    if predicted.actor_type != gold.actor_type:
        return 0
    gold_names = [normalise_name(gold.name)] + [normalise_name(a) for a in gold.aliases if is_proper_alias(a)]
    if pred_name in gold_names[1:]:
        return STRENGTH_ALIAS_OR_CODE
    if (
        gold.actor_type == "country"
        and predicted.country_iso3
        and predicted.country_iso3 == gold.country_iso3
    ):
        return STRENGTH_ALIAS_OR_CODE
    if gold.actor_type == "person":
        pred_words = pred_name.split()
        for gold_name in gold_names:
            gold_words = gold_name.split()
            if not gold_words:
                continue
            # A surname matches its full name, in either direction ("Putin" ~ "Vladimir Putin").
            if len(pred_words) == 1 and len(gold_words) > 1 and pred_words[0] == gold_words[-1]:
                return STRENGTH_SURNAME
            if len(gold_words) == 1 and len(pred_words) > 1 and gold_words[0] == pred_words[-1]:
                return STRENGTH_SURNAME
    return 0


def align_actors(predicted: Iterable[PredictedActor], gold_actors: Sequence[GoldActor]) -> dict[str, str]:
    """{predicted actor_id: gold actor name} for every predicted actor with one strongest gold match.

    Many-to-one on purpose: when the pipeline keeps "Li" and "Li Shangfu" apart, a quote of either is
    still attributed to the right person; the person-level precision/recall use a one-to-one matching.
    """
    aligned: dict[str, str] = {}
    for actor in predicted:
        strengths = [(alignment_strength(actor, gold), gold.name) for gold in gold_actors]
        best = max((s for s, _ in strengths), default=0)
        if best == 0:
            continue
        winners = [name for s, name in strengths if s == best]
        if len(winners) == 1:
            aligned[actor.actor_id] = winners[0]
    return aligned


# --------------------------------------------------------------------------------------------------
# Counters


def add_counts(total: Any, other: Any) -> None:
    """Add one score record into another of the same dataclass, field by field: counts are summed,
    nested scores are added, and a mapping of scores adds per key (a key only ``other`` has is copied)."""
    for name in (f.name for f in fields(total)):
        mine, theirs = getattr(total, name), getattr(other, name)
        if isinstance(mine, int):
            setattr(total, name, mine + theirs)
        elif isinstance(mine, dict):
            for key, value in theirs.items():
                mine.setdefault(key, type(value)()).add(value)
        else:
            mine.add(theirs)


class Counts:
    """A score record that adds up with another of its kind (:func:`add_counts`)."""

    __slots__ = ()

    def add(self, other: Self) -> None:
        add_counts(self, other)


def ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


@dataclass(slots=True)
class PRF(Counts):
    """True positives with the number of predictions and gold items they come from."""

    matched_pred: int = 0
    n_pred: int = 0
    matched_gold: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float | None:
        return ratio(self.matched_pred, self.n_pred)

    @property
    def recall(self) -> float | None:
        return ratio(self.matched_gold, self.n_gold)

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None if p is None or r is None else 0.0
        return 2 * p * r / (p + r)

    def as_dict(self) -> dict[str, Any]:
        return {
            "precision": _round(self.precision),
            "recall": _round(self.recall),
            "f1": _round(self.f1),
            "n_pred": self.n_pred,
            "n_gold": self.n_gold,
            "n_matched": self.matched_gold,
        }


@dataclass(slots=True)
class Accuracy(Counts):
    """Right answers out of the matched items that carry the property (a speaker, a date, a role)."""

    correct: int = 0
    total: int = 0

    def add_outcome(self, is_correct: bool) -> None:
        self.correct += int(is_correct)
        self.total += 1

    @property
    def value(self) -> float | None:
        return ratio(self.correct, self.total)


def _round(value: float | None) -> float | None:
    return None if value is None or math.isnan(value) else round(value, ROUND_DIGITS)


# --------------------------------------------------------------------------------------------------
# Reading the contract tables for one article


def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # lists/arrays are not missing
        return False


def _str_or_none(value: Any) -> str | None:
    return None if _is_missing(value) else str(value)


def _titles(value: Any) -> tuple[str, ...]:
    if value is None or isinstance(value, float | str):
        return ()
    return tuple(str(t) for t in value)


def _rows(df: pd.DataFrame | None, column: str, value: str) -> pd.DataFrame:
    if df is None or df.empty or column not in df.columns:
        return pd.DataFrame()
    return df[df[column] == value]


def _titles_in_article(mentions: pd.DataFrame) -> dict[str, tuple[str, ...]] | None:
    """{actor_id: the offices the article's mentions state for the actor}, or None for tables written
    before actor_mentions kept its titles (then the actor's corpus-wide titles are scored)."""
    if "titles" not in mentions.columns:
        return None
    titles: dict[str, set[str]] = {}
    for actor_id, mention_titles in zip(mentions["actor_id"], mentions["titles"], strict=True):
        titles.setdefault(str(actor_id), set()).update(_titles(mention_titles))
    return {actor_id: tuple(sorted(found)) for actor_id, found in titles.items()}


def predicted_actors_in_article(tables: Mapping[str, pd.DataFrame], article_id: str) -> list[PredictedActor]:
    """Actors with a mention in the article, plus its quote speakers and meeting participants.

    A person's titles are the ones this article states (``actor_mentions.titles``): the gold gives the
    office an article states, and an actor's corpus-wide titles gather the offices of every article."""
    article_mentions = _rows(tables.get("actor_mentions"), "article_id", article_id)
    actor_ids: set[str] = set(article_mentions.get("actor_id", []))
    all_mentions = tables.get("actor_mentions")
    article_titles = (
        _titles_in_article(article_mentions if not article_mentions.empty else all_mentions.iloc[:0])
        if all_mentions is not None
        else None
    )
    quotes = _rows(tables.get("quotations"), "article_id", article_id)
    actor_ids |= {str(a) for a in quotes.get("speaker_actor_id", []) if not _is_missing(a)}
    meeting_ids = set(_rows(tables.get("meeting_mentions"), "article_id", article_id).get("meeting_id", []))
    participants = tables.get("meeting_participants")
    if participants is not None and not participants.empty and meeting_ids:
        actor_ids |= set(participants[participants["meeting_id"].isin(meeting_ids)]["actor_id"])
    actors = tables.get("actors")
    if actors is None or actors.empty or not actor_ids:
        return []
    found = actors[actors["actor_id"].isin(actor_ids)].sort_values("actor_id")
    return [
        PredictedActor(
            actor_id=str(row["actor_id"]),
            name=str(row["name"]),
            actor_type=str(row["actor_type"]),
            country_iso3=_str_or_none(row.get("country_iso3")),
            titles=_titles(row.get("titles"))
            if article_titles is None
            else article_titles.get(str(row["actor_id"]), ()),
        )
        for _, row in found.iterrows()
    ]


# --------------------------------------------------------------------------------------------------
# Quotations


@dataclass(slots=True)
class QuoteScores(Counts):
    """Quotations found (overall and by gold type) and the speaker of the matched ones."""

    overall: PRF = field(default_factory=PRF)
    by_type: dict[str, PRF] = field(default_factory=lambda: {t: PRF() for t in QUOTE_TYPES})
    speaker: Accuracy = field(default_factory=Accuracy)
    quote_type: Accuracy = field(default_factory=Accuracy)
    n_gold_unlocated: int = 0
    n_optional_ignored: int = 0

    def as_dict(self) -> dict[str, Any]:
        result = self.overall.as_dict()
        result["speaker_accuracy"] = _round(self.speaker.value)
        result["type_accuracy"] = _round(self.quote_type.value)
        result["n_gold_unlocated"] = self.n_gold_unlocated
        for quote_type in QUOTE_TYPES:
            result[quote_type] = self.by_type[quote_type].as_dict()
        return result


def score_quotes(
    predicted: pd.DataFrame,
    gold: GoldArticle,
    article_text: str,
    speaker_alignment: Mapping[str, str],
) -> QuoteScores:
    """Score one article's predicted quotation rows against its gold quotations (see module docstring)."""
    scores = QuoteScores()
    if gold.quotations is None:
        return scores
    gold_quotes = list(gold.quotations)
    located = locate_gold_quotes(gold_quotes, gold.text, article_text)
    scores.n_gold_unlocated = sum(span is None for span in located)
    gold_spans: list[Span] = [((s[0], s[1]),) if s else () for s in located]

    rows = (
        [] if predicted is None or predicted.empty else list(predicted.sort_values("char_start").iterrows())
    )
    pred_spans: list[Span] = [((int(r["char_start"]), int(r["char_end"])),) for _, r in rows]
    pairs = match_spans(pred_spans, gold_spans)
    matched_pred = {p for p, _ in pairs}

    # Predictions on an optional gold quote are left out: neither a true nor a false positive.
    optional_located = locate_gold_quotes(list(gold.optional_quotations), gold.text, article_text)
    optional_spans: list[Span] = [((s[0], s[1]),) for s in optional_located if s]
    ignored = {
        p
        for p, span in enumerate(pred_spans)
        if p not in matched_pred and any(spans_match(span, o) for o in optional_spans)
    }
    scores.n_optional_ignored = len(ignored)
    kept_types = [str(r["quote_type"]) for p, (_, r) in enumerate(rows) if p not in ignored]

    scores.overall = PRF(
        matched_pred=len(pairs), n_pred=len(kept_types), matched_gold=len(pairs), n_gold=len(gold_quotes)
    )
    for quote_type in QUOTE_TYPES:
        scores.by_type[quote_type] = PRF(
            matched_pred=sum(str(rows[p][1]["quote_type"]) == quote_type for p, _ in pairs),
            n_pred=sum(t == quote_type for t in kept_types),
            matched_gold=sum(gold_quotes[g].quote_type == quote_type for _, g in pairs),
            n_gold=sum(q.quote_type == quote_type for q in gold_quotes),
        )
    for p, g in pairs:
        row, gold_quote = rows[p][1], gold_quotes[g]
        predicted_speaker = _str_or_none(row.get("speaker_actor_id"))
        if gold_quote.speaker is None:
            scores.speaker.add_outcome(predicted_speaker is None)
        else:
            scores.speaker.add_outcome(
                predicted_speaker is not None
                and speaker_alignment.get(predicted_speaker) == gold_quote.speaker
            )
        scores.quote_type.add_outcome(str(row["quote_type"]) == gold_quote.quote_type)
    return scores


# --------------------------------------------------------------------------------------------------
# Meetings


@dataclass(frozen=True, slots=True)
class PredictedMeeting:
    meeting_id: str
    participants: Mapping[str, str]  # participant key (gold name, or "pred:<actor_id>") -> role
    meeting_type: str
    status: str
    is_background: bool
    date: str | None  # formatted like gold dates, by precision
    date_precision: str
    location: str | None
    location_country_iso3: str | None


@dataclass(slots=True)
class MeetingScores(Counts):
    """Meetings found, and the date, place, status, background and roles of the matched ones."""

    overall: PRF = field(default_factory=PRF)
    accuracies: dict[str, Accuracy] = field(
        default_factory=lambda: {
            name: Accuracy()
            for name in ("date", "location", "location_country", "background", "type", "status", "role")
        }
    )

    def as_dict(self) -> dict[str, Any]:
        result = self.overall.as_dict()
        for name, accuracy in sorted(self.accuracies.items()):
            result[f"{name}_accuracy"] = _round(accuracy.value)
        return result


def format_meeting_date(value: Any, precision: str) -> str | None:
    """A table date as the gold writes it: "2023-04-16" (day), "2023-03" (month), "2023" (year)."""
    if precision == "unknown" or _is_missing(value):
        return None
    if isinstance(value, pd.Timestamp | dt.datetime):
        value = value.date()
    iso = value.isoformat() if isinstance(value, dt.date) else str(value)[:10]
    return {"day": iso[:10], "month": iso[:7], "year": iso[:4]}.get(precision)


def predicted_meetings_in_article(
    tables: Mapping[str, pd.DataFrame], article_id: str, alignment: Mapping[str, str]
) -> list[PredictedMeeting]:
    meeting_ids = set(_rows(tables.get("meeting_mentions"), "article_id", article_id).get("meeting_id", []))
    meetings = tables.get("meetings")
    if not meeting_ids or meetings is None or meetings.empty:
        return []
    participants = tables.get("meeting_participants", pd.DataFrame())
    found = meetings[meetings["meeting_id"].isin(meeting_ids)].sort_values("meeting_id")
    result = []
    for _, row in found.iterrows():
        members = (
            participants[participants["meeting_id"] == row["meeting_id"]]
            if not participants.empty
            else pd.DataFrame(columns=["actor_id", "role"])
        )
        keyed = {
            alignment.get(str(actor_id), f"pred:{actor_id}"): str(role)
            for actor_id, role in zip(members["actor_id"], members["role"], strict=True)
        }
        precision = str(row["date_precision"])
        result.append(
            PredictedMeeting(
                meeting_id=str(row["meeting_id"]),
                participants=keyed,
                meeting_type=str(row["meeting_type"]),
                status=str(row["status"]),
                is_background=bool(row["is_background"]),
                date=format_meeting_date(row.get("date"), precision),
                date_precision=precision,
                location=_str_or_none(row.get("location")),
                location_country_iso3=_str_or_none(row.get("location_country_iso3")),
            )
        )
    return result


def _same_place(first: str | None, second: str | None) -> bool:
    if first is None or second is None:
        return first is None and second is None
    return normalise_name(first) == normalise_name(second)


# Two meetings of the same parties in one article (the news and an earlier one) tie on Jaccard; the
# pairing then prefers agreement on background flag, date and status. The bonus is far smaller than
# any difference between two Jaccard values of small sets, so it only ever breaks ties.
ATTRIBUTE_TIE_BREAK = 1e-3


def _attribute_agreement(meeting: PredictedMeeting, gold: GoldMeeting) -> float:
    agreements = (
        meeting.is_background == gold.is_background,
        meeting.date_precision == gold.date_precision and meeting.date == gold.date,
        meeting.status == gold.status,
    )
    return sum(agreements) / len(agreements)


def score_meetings(
    predicted: Sequence[PredictedMeeting], gold_meetings: Sequence[GoldMeeting]
) -> MeetingScores:
    """Score one article's meetings: participant-set Jaccard >= 0.5, one-to-one (see module docstring)."""
    scores = MeetingScores()
    edges = {}
    for p, meeting in enumerate(predicted):
        for g, gold in enumerate(gold_meetings):
            overlap = jaccard(frozenset(meeting.participants), gold.participant_names)
            if overlap >= MIN_PARTICIPANT_JACCARD:
                edges[(p, g)] = overlap + ATTRIBUTE_TIE_BREAK * _attribute_agreement(meeting, gold)
    pairs = one_to_one(edges)
    scores.overall = PRF(
        matched_pred=len(pairs), n_pred=len(predicted), matched_gold=len(pairs), n_gold=len(gold_meetings)
    )
    acc = scores.accuracies
    for p, g in pairs:
        meeting, gold = predicted[p], gold_meetings[g]
        acc["date"].add_outcome(meeting.date_precision == gold.date_precision and meeting.date == gold.date)
        acc["location"].add_outcome(_same_place(meeting.location, gold.location))
        acc["location_country"].add_outcome(meeting.location_country_iso3 == gold.location_country_iso3)
        acc["background"].add_outcome(meeting.is_background == gold.is_background)
        acc["type"].add_outcome(meeting.meeting_type == gold.meeting_type)
        acc["status"].add_outcome(meeting.status == gold.status)
        for participant in gold.participants:
            if participant.name in meeting.participants:
                acc["role"].add_outcome(meeting.participants[participant.name] == participant.role)
    return scores


# --------------------------------------------------------------------------------------------------
# Actors (persons)


@dataclass(slots=True)
class ActorScores(Counts):
    """Persons found, and the title and country of the matched ones."""

    persons: PRF = field(default_factory=PRF)
    title: Accuracy = field(default_factory=Accuracy)
    country: Accuracy = field(default_factory=Accuracy)

    def as_dict(self) -> dict[str, Any]:
        result = {
            f"person_{k}" if k in ("precision", "recall", "f1") else k: v
            for k, v in self.persons.as_dict().items()
        }
        result["title_accuracy"] = _round(self.title.value)
        result["country_accuracy"] = _round(self.country.value)
        return result


def titles_agree(predicted: Iterable[str], gold: Iterable[str]) -> bool:
    """Both untitled, or at least one office in common (case-insensitive)."""
    predicted_set = {t.strip().casefold() for t in predicted if t.strip()}
    gold_set = {t.strip().casefold() for t in gold if t.strip()}
    return predicted_set == gold_set if not predicted_set or not gold_set else bool(predicted_set & gold_set)


def score_actors(predicted: Sequence[PredictedActor], gold_actors: Sequence[GoldActor]) -> ActorScores:
    """Person precision/recall by name (one-to-one), title and country accuracy among matched."""
    scores = ActorScores()
    pred_persons = [a for a in predicted if a.actor_type == "person"]
    gold_persons = [a for a in gold_actors if a.actor_type == "person"]
    edges = {}
    for p, actor in enumerate(pred_persons):
        for g, gold in enumerate(gold_persons):
            strength = alignment_strength(actor, gold)
            if strength:
                edges[(p, g)] = float(strength)
    pairs = one_to_one(edges)
    scores.persons = PRF(
        matched_pred=len(pairs), n_pred=len(pred_persons), matched_gold=len(pairs), n_gold=len(gold_persons)
    )
    for p, g in pairs:
        scores.title.add_outcome(titles_agree(pred_persons[p].titles, gold_persons[g].titles))
        scores.country.add_outcome(pred_persons[p].country_iso3 == gold_persons[g].country_iso3)
    return scores


# --------------------------------------------------------------------------------------------------
# Articles


@dataclass(slots=True, kw_only=True)
class ArticleScores(Counts):
    """Everything scored for a set of articles, summed article by article."""

    quotes: QuoteScores = field(default_factory=QuoteScores)
    meetings: MeetingScores = field(default_factory=MeetingScores)
    actors: ActorScores = field(default_factory=ActorScores)
    n_articles: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "n_articles": self.n_articles,
            "quotes": self.quotes.as_dict(),
            "meetings": self.meetings.as_dict(),
            "actors": self.actors.as_dict(),
        }


def article_text(tables: Mapping[str, pd.DataFrame], article_id: str) -> str:
    rows = _rows(tables.get("articles"), "article_id", article_id)
    if rows.empty:
        raise KeyError(f"article {article_id} is not in the articles table")
    return str(rows.iloc[0]["text"])


def score_article(tables: Mapping[str, pd.DataFrame], gold: GoldArticle, article_id: str) -> ArticleScores:
    """All three scores of one gold article against the tables' rows for ``article_id``."""
    text = article_text(tables, article_id)
    predicted_actors = predicted_actors_in_article(tables, article_id)
    alignment = align_actors(predicted_actors, gold.actors)
    return ArticleScores(
        quotes=score_quotes(_rows(tables.get("quotations"), "article_id", article_id), gold, text, alignment),
        meetings=score_meetings(predicted_meetings_in_article(tables, article_id, alignment), gold.meetings),
        actors=score_actors(predicted_actors, gold.actors),
        n_articles=1,
    )


def score_corpus(
    tables: Mapping[str, pd.DataFrame], gold_to_article: Iterable[tuple[GoldArticle, str]]
) -> dict[str, Any]:
    """Micro-averaged metrics over (gold article, article_id) pairs, as a JSON-ready dict."""
    total = ArticleScores()
    for gold, article_id in gold_to_article:
        total.add(score_article(tables, gold, article_id))
    return total.as_dict()


def find_article_ids(
    gold_articles: Iterable[GoldArticle],
    articles: pd.DataFrame,
    clean: Callable[[str], str],
    article_id_for: Callable[[str], str],
) -> dict[str, str]:
    """{gold doc id: article_id} for the gold articles present in the articles table.

    Found by the article_id of the gold text as the pipeline cleans it (``clean``), else by the
    article's source_path: the gold id itself, or a file whose name without extension is the gold id
    (the seed "000_7e734c075f9faf5b" is read from "seeds/000_7e734c075f9faf5b.txt").
    """
    if articles is None or articles.empty:
        return {}
    known_ids = set(articles["article_id"])
    by_source: dict[str, str] = {}
    for source_path, article_id in zip(articles["source_path"], articles["article_id"], strict=True):
        path = str(source_path).split("#", 1)[0]
        stem = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        by_source.setdefault(str(source_path), str(article_id))
        by_source.setdefault(stem, str(article_id))
    found: dict[str, str] = {}
    for gold in gold_articles:
        candidate = article_id_for(clean(gold.text))
        if candidate in known_ids:
            found[gold.doc.id] = candidate
        elif gold.doc.id in by_source:
            found[gold.doc.id] = by_source[gold.doc.id]
    return found
