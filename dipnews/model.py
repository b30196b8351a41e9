"""Article-local records produced by the per-article extraction step.

The annotate stage turns one article (its text plus one spaCy parse) into one
:class:`ArticleExtraction`.  Everything in it is *article-local*: actors are
identified by a ``local_key`` that is unique only inside the article, meetings
by a ``local_key`` likewise.  The consolidate stage later maps local keys to
corpus-wide, content-derived ids (``actor_id``, ``meeting_id``, ``quote_id``).

These dataclasses are the contract between the extraction modules
(``dipnews.extract.actors.extractor``, ``dipnews.extract.meetings.extractor``,
``dipnews.extract.quotes.extractor``) and the
pipeline wiring, and they are what the per-article cache stores (as JSON via
:func:`dataclasses.asdict`), so they hold only plain values.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field

ACTOR_TYPES = ("person", "organization", "country")
MENTION_KINDS = ("name", "alias", "title", "pronoun", "demonym", "capital")
MEETING_TYPES = ("meeting", "talks", "summit", "visit", "call", "conference")
MEETING_STATUSES = ("occurred", "planned")
DATE_PRECISIONS = ("day", "month", "year", "unknown")
PARTICIPANT_ROLES = ("host", "visitor", "participant", "attendee")
QUOTE_TYPES = ("direct", "indirect", "mixed")
# How explicit the evidence for a per-article actor's country is, strongest first: a country word
# written with the name ("Chinese", "Russia's", "of Turkey") or the actor's own name (a country); an
# institution, an office of one country or a well-known leader; an inference from a visit, an aide's
# or companion's country or a visitor's destination; the setting of the story. Consolidation weighs
# the articles' votes for an actor's country by it (dipnews.consolidate.corpus).
COUNTRY_EVIDENCE = ("explicit", "institution", "inferred", "setting")
SPEAKER_RESOLUTIONS = ("named", "alias", "title", "pronoun", "unresolved")


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    """What the extractors may know about an article besides its parse."""

    article_id: str
    text: str
    published_date: dt.date | None = None
    title: str | None = None


@dataclass(slots=True)
class LocalActor:
    """One real-world actor as seen in one article.

    ``local_key`` is unique within the article (for example
    ``"person:Li Shangfu"``). ``name`` is the fullest proper name seen in the
    article; ``titles`` are lower-cased offices without country words;
    ``aliases`` are the other surface forms resolved to this actor. ``country_evidence`` says how
    explicit the evidence for ``country_iso3`` is (one of COUNTRY_EVIDENCE; None without a country, except
    for an official of an international body, whose evidence of *no* national affiliation is kept).
    ``named_as_relative`` marks a person the article names only as another's relative ("first lady Michelle
    Obama"), whose bare surname elsewhere names the principal, not them.
    """

    local_key: str
    name: str
    actor_type: str  # one of ACTOR_TYPES
    country_iso3: str | None = None
    titles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    country_evidence: str | None = None
    named_as_relative: bool = False


@dataclass(slots=True)
class Mention:
    """A span of the article text resolved to a :class:`LocalActor`, with the offices the article states
    with it ("*Defence Minister* Sergei Shoigu", "Shoigu, *Russia's defence minister*"): the evidence of a
    person's title where it was seen, which the actor's corpus-wide titles merge.

    Invariant: ``text[char_start:char_end] == mention_text``.
    """

    local_key: str
    sentence_index: int
    char_start: int
    char_end: int
    mention_text: str
    mention_kind: str  # one of MENTION_KINDS
    titles: list[str] = field(default_factory=list)


@dataclass
class ArticleActors:
    """Output of the actors extractor, and the index the other extractors use.

    The look-ups are asked for every token and trigger of an article, so they answer from indexes
    built on first use (plain attributes, not fields: they are never serialised) and rebuilt when the
    lists have grown."""

    actors: list[LocalActor] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def actor(self, local_key: str) -> LocalActor | None:
        index = self.__dict__.get("_actor_index")
        if index is None or index[0] != len(self.actors):
            by_key: dict[str, LocalActor] = {}
            for actor in self.actors:
                by_key.setdefault(actor.local_key, actor)  # the first, as a scan would find
            index = self.__dict__["_actor_index"] = (len(self.actors), by_key)
        return index[1].get(local_key)

    def mentions_in(self, char_start: int, char_end: int) -> list[Mention]:
        """Mentions that overlap the half-open span [char_start, char_end), in text order."""
        index = self.__dict__.get("_mention_index")
        if index is None or index[0] != len(self.mentions):
            ordered = sorted(self.mentions, key=lambda m: m.char_start)
            longest = max((m.char_end - m.char_start for m in ordered), default=0)
            index = self.__dict__["_mention_index"] = (
                len(self.mentions),
                ordered,
                [m.char_start for m in ordered],
                longest,
            )
        _, ordered, starts, longest = index
        low = bisect.bisect_left(starts, char_start - longest)
        high = bisect.bisect_left(starts, char_end)
        return [m for m in ordered[low:high] if char_start < m.char_end]

    def mention_at(self, char_start: int, char_end: int) -> Mention | None:
        """The longest mention overlapping the span, or None."""
        found = self.mentions_in(char_start, char_end)
        if not found:
            return None
        return max(found, key=lambda m: (m.char_end - m.char_start, -m.char_start))


@dataclass(slots=True)
class Participant:
    local_key: str  # a LocalActor.local_key
    role: str  # one of PARTICIPANT_ROLES


@dataclass(slots=True)
class MeetingEvidence:
    """A sentence that reports the meeting, and the trigger words in it."""

    sentence_index: int
    char_start: int
    char_end: int
    trigger: str


@dataclass(slots=True)
class LocalMeeting:
    """One distinct meeting reported by one article (its mentions merged)."""

    local_key: str
    meeting_type: str  # one of MEETING_TYPES
    status: str  # one of MEETING_STATUSES
    date: dt.date | None
    date_precision: str  # one of DATE_PRECISIONS; "unknown" iff date is None
    date_text: str | None
    location: str | None
    location_country_iso3: str | None
    is_background: bool
    confidence: float
    participants: list[Participant] = field(default_factory=list)
    evidence: list[MeetingEvidence] = field(default_factory=list)


@dataclass(slots=True)
class LocalQuote:
    """One reported speech act. Invariant: ``text[char_start:char_end] == quote_text``."""

    char_start: int
    char_end: int
    quote_text: str
    quote_type: str  # one of QUOTE_TYPES
    cue: str | None
    speaker_local_key: str | None  # a LocalActor.local_key, None when anonymous/unresolved
    speaker_text: str | None
    speaker_resolution: str  # one of SPEAKER_RESOLUTIONS
    sentence_index: int
    meeting_local_key: str | None  # a LocalMeeting.local_key
    confidence: float


@dataclass(slots=True)
class ArticleExtraction:
    """Everything the per-article step extracts from one article."""

    article_id: str
    n_sentences: int
    actors: ArticleActors
    meetings: list[LocalMeeting] = field(default_factory=list)
    quotes: list[LocalQuote] = field(default_factory=list)
