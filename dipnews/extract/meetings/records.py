"""The records the steps hand on: a trigger's mention, and a meeting assembled from mentions.

Also the role and status names (guideline: host, visitor, participant, attendee; occurred, planned) and
the small operations on a party map that every step shares: adding parties under a role without
weakening a stronger one, the core parties (attendees are secondary, so they never make a meeting), and
the meeting type a set of mentions gives.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from dipnews.extract.dates import ResolvedDate
from dipnews.extract.meetings.lexicon import CONVERSATION_VERBS, OCCASION_NOUNS, SPEAKING_VERBS

HOST, VISITOR, PARTICIPANT, ATTENDEE = "host", "visitor", "participant", "attendee"
OCCURRED, PLANNED = "occurred", "planned"


@dataclass(slots=True)
class MeetingMention:
    sentence_index: int
    sentence: Span
    trigger: Token
    trigger_text: str
    meeting_type: str
    kind: str  # "verb", "noun" or "compound": how the parties were found
    parties: dict[str, str] = field(default_factory=dict)  # local_key -> role
    attendees: list[str] = field(default_factory=list)
    status: str | None = None  # None when the wording does not say
    background: bool = False
    date: ResolvedDate | None = None
    location: str | None = None
    definite: bool = False  # "the meeting": may refer back to a meeting already reported
    meets_government: bool = False  # "met economic ministers": the state visited, if any, is met
    programme: tuple[str, ...] = ()  # "will meet A, B and C during the visit": hosts met in turn
    # "He later huddled with Y": the day the story last named, if no earlier encounter of his dates it
    later_day: ResolvedDate | None = None
    # "met the two leaders separately": one of a group's members met apart, never the group's joint meeting
    apart: bool = False


@dataclass(slots=True)
class MeetingDraft:
    mentions: list[MeetingMention]
    parties: dict[str, str]
    attendees: list[str]
    status: str | None
    background: bool
    date: ResolvedDate | None
    location: str | None

    @property
    def first_sentence(self) -> int:
        return min(m.sentence_index for m in self.mentions)


def enrol(parties: dict[str, str], keys: Iterable[str], role: str) -> None:
    for key in keys:
        current = parties.get(key)
        if current is None or (current == PARTICIPANT and role in (HOST, VISITOR)):
            parties[key] = role


def core_parties(parties: dict[str, str]) -> dict[str, str]:
    return {k: r for k, r in parties.items() if r != ATTENDEE}


def meeting_type_of(meeting: MeetingDraft) -> str:
    # A summit is the most specific name of an encounter; otherwise the article's first wording.
    ordered = sorted(meeting.mentions, key=lambda m: (m.sentence_index, m.trigger.i))
    if any(m.meeting_type == "summit" and not _occasion_of(m.trigger) for m in ordered):
        return "summit"
    if _speech_told_as_call(ordered):
        return "call"
    strong = [m for m in ordered if len(core_parties(m.parties)) >= 2]
    return (strong or ordered)[0].meeting_type


def _occasion_of(trigger: Token) -> bool:
    """ "met on the sidelines of the summit": the summit is the occasion of a meeting, not its kind."""
    return (
        trigger.dep_ == "pobj"
        and trigger.head.lower_ == "of"
        and trigger.head.head.lemma_.lower() in OCCASION_NOUNS
    )


# Words of speaking with someone, which say nothing of whether it was in person or by phone.
_SPEAKING_WORDS = CONVERSATION_VERBS | SPEAKING_VERBS | {"conversation"}


def _speech_told_as_call(mentions: list[MeetingMention]) -> bool:
    """ "X spoke today with Y. In the call, they discussed Gaza": a conversation another mention calls a
    call was one. A call paid in person ("paid a farewell call on X ... During the call, ...") is a visit,
    which no later "the call" makes a telephone one."""
    calls = [m for m in mentions if m.meeting_type == "call"]
    others = [m for m in mentions if m.meeting_type != "call"]
    return (
        bool(calls)
        and bool(others)
        and all(speaking(m.trigger) and m.trigger.tag_ != "NNS" and m.meeting_type != "visit" for m in others)
    )


def speaking(trigger: Token) -> bool:
    """A word of speaking, or a phrase of one ("exchanged views")."""
    following = trigger.doc[trigger.i + 1].lower_ if trigger.i + 1 < len(trigger.doc) else ""
    lemma = trigger.lemma_.lower()
    return lemma in _SPEAKING_WORDS or f"{lemma} {following}" in _SPEAKING_WORDS


def is_remote(meeting: MeetingDraft) -> bool:
    """Told only as a telephone or video call: the parties stay where they are, so the call has no place
    and neither of them hosts the other. A mention naming no party ("the trip follows a call between X and
    Y") tells nothing of how they met."""
    named = [m for m in meeting.mentions if m.parties] or meeting.mentions
    return all(m.meeting_type == "call" for m in named) or _speech_told_as_call(meeting.mentions)
