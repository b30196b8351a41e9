"""Merging an article's mentions into meetings (step 2 of :mod:`.extractor`).

One article usually reports one meeting several times. Mentions naming two or more parties become
meetings, merged when one's party set contains the other's (a country actor matching a person of that
country) and their dates and wording do not keep them apart ("also met"); mentions naming fewer (an
anaphoric "the meeting", a "visit by the minister") then join the meeting they most plausibly refer to.
A trip to a country with no counterpart is no meeting (guideline, convention 1) but folds into the
traveller's meeting told with it.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from dipnews.extract.actors.titles import TITLE_HEADS
from dipnews.extract.dates import ResolvedDate
from dipnews.extract.meetings.lexicon import (
    ADDITIVE_ADVERBS,
    ATTENDANCE_VERBS,
    DELEGATION_NOUNS,
    EXTENT_NOUNS,
    GROUP_NOUNS,
    HOSTING_PARTICIPLES,
    JOINING_VERBS,
    NOUN_TRIGGERS,
    NOUNS_NEEDING_PLURAL,
    ONLOOKING_VERBS,
    PAIR_NOUNS,
    PARTY_NOUNS,
    REPEAT_WORDS,
    ROOM_NOUNS,
    SEQUENCE_PREPOSITIONS,
    TRAVEL_VERBS,
    VERB_FRAMES,
)
from dipnews.extract.meetings.parties import (
    ANAPHOR_WINDOW,
    NUMBERED_ANAPHOR_WINDOW,
    ArticleParties,
    actor_keys,
    country_of,
    is_person,
)
from dipnews.extract.meetings.place import more_specific_place, names_venue, place_iso3, venue_named_by
from dipnews.extract.meetings.records import (
    ATTENDEE,
    HOST,
    OCCURRED,
    PARTICIPANT,
    PLANNED,
    VISITOR,
    MeetingDraft,
    MeetingMention,
    core_parties,
    is_remote,
    meeting_type_of,
    speaking,
)
from dipnews.extract.meetings.roles import of_no_stated_country, setting_only
from dipnews.extract.meetings.status import calls_off_told_meeting, is_awaited, negated, told_as_later
from dipnews.extract.meetings.syntax import (
    definite_bare,
    dependents,
    prep_objects,
    set_off_relative_clause,
    stands_for_the_two,
    takes_part,
    talked_about,
    the_pair,
    with_conjuncts,
)
from dipnews.extract.meetings.when import dates_conflict, finer
from dipnews.extract.quotes.speech import SPEECH_VERB_LEMMAS
from dipnews.model import ArticleActors


def _map_parties(
    mention_keys: Iterable[str], meeting_keys: Iterable[str], actors: ArticleActors
) -> dict[str, str]:
    """Map each of a mention's parties onto the meeting's: the same key, or a country actor onto the one
    person of that country ("Xi's state visit to Russia" and "the Xi-Putin summit": Russia -> Putin),
    or a person onto a country party of the meeting."""
    meeting_list = list(meeting_keys)
    # Same keys first: a party the meeting already has is never also the image of another party.
    mapping: dict[str, str] = {key: key for key in mention_keys if key in meeting_list}
    for key in mention_keys:
        if key in mapping:
            continue
        iso3, is_country = country_of(key, actors)
        if iso3 is None:
            continue
        same_country = [
            other
            for other in meeting_list
            if other not in mapping.values() and country_of(other, actors)[0] == iso3
        ]
        if len(same_country) != 1 or setting_only(key, actors) or setting_only(same_country[0], actors):
            continue
        other_is_country = country_of(same_country[0], actors)[1]
        if is_country != other_is_country:
            mapping[key] = same_country[0]
    return mapping


def _stronger_role(a: str, b: str) -> str:
    order = {HOST: 3, VISITOR: 3, PARTICIPANT: 2, ATTENDEE: 1}
    return a if order[a] >= order[b] else b


def _absorb(meeting: MeetingDraft, mention: MeetingMention, actors: ArticleActors, fill_only: bool) -> None:
    """Add a mention to a meeting: its parties (persons replace their country), attendees, and the
    date/place/status it gives when the meeting lacks them (or when it is more precise)."""
    meeting.mentions.append(mention)
    mapping = _map_parties(mention.parties, meeting.parties, actors)
    for key, role in mention.parties.items():
        target = mapping.get(key)
        if target is None:
            if not fill_only or key not in meeting.parties:
                meeting.parties[key] = (
                    role if key not in meeting.parties else _stronger_role(meeting.parties[key], role)
                )
            continue
        if target == key:
            # (one told as also attending stays so where another mention only lists him)
            if meeting.parties[key] != ATTENDEE or role != PARTICIPANT:
                meeting.parties[key] = _stronger_role(meeting.parties[key], role)
            continue
        meeting_role = meeting.parties.pop(target)
        target_is_country = country_of(target, actors)[1]
        keep = key if target_is_country else target  # a person is the more specific party
        meeting.parties[keep] = _stronger_role(meeting_role, role)
    for key in mention.attendees:
        if key not in meeting.parties:
            meeting.parties[key] = ATTENDEE
    if meeting.status is None or mention.status == OCCURRED:
        meeting.status = mention.status  # (one told both as coming and as held has been held)
    if mention.date is not None and mention.date.date is not None:
        current = meeting.date
        if (
            current is None
            or current.date is None
            or (not fill_only and not dates_conflict(current, mention.date) and finer(mention.date, current))
            # a time written outweighs the report's day the meeting was dated by ("X meets Y" headlines)
            or (
                not fill_only
                and current.text is None
                and mention.date.text is not None
                and _report_day_near(current, mention.date)
            )
        ):
            meeting.date = mention.date
    if mention.location is not None:
        meeting.location = more_specific_place(meeting.location, mention.location)
    meeting.background = meeting.background or (mention.background and not fill_only)


def _measured_from_earlier(mention: MeetingMention, mentions: list[MeetingMention]) -> bool:
    """ "X held talks with Y on Sunday, their first meeting since the summit in Kazan last October": the
    encounter a meeting of a pair is counted from, naming no one, is an earlier one of the same pair (True:
    another encounter, which must not merge with the one counted)."""
    trigger = mention.trigger
    if core_parties(mention.parties) or not _since(trigger):
        return False
    anchor = trigger.head.head  # the meeting counted ("their first meeting"), or a noun beside its verb
    counted = next(
        (
            m
            for m in mentions
            if m is not mention
            and (m.trigger == anchor or (anchor.pos_ == "NOUN" and m.trigger.head == anchor.head))
        ),
        None,
    )
    if counted is None or len(core_parties(counted.parties)) != 2:
        return False
    mention.parties = dict.fromkeys(core_parties(counted.parties), PARTICIPANT)
    mention.background = True
    return True


def _in_since_clause(trigger: Token) -> bool:
    """ "their first conversation since they conferred on the sidelines of the Venice summit": an occasion
    in a clause the news is measured from is that earlier encounter's."""
    return any(c.dep_ == "mark" and c.lower_ == "since" for a in trigger.ancestors for c in a.children)


def _counted_in_series(trigger: Token) -> bool:
    """ "the 12th meeting of the committee", "the third round": an ordinal names one meeting of a series."""
    return any(c.ent_type_ == "ORDINAL" and c.dep_ in ("amod", "nummod") for c in trigger.children)


def _since(trigger: Token) -> bool:
    return trigger.dep_ == "pobj" and trigger.head.lower_ == "since"


def _after_another_event(trigger: Token) -> bool:
    """ "held talks with Modi after the summit": a meeting noun a meeting is set before or after is another
    event ("Speaking after the meeting, X said" takes up the meeting told, a verb of saying governs it)."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ not in SEQUENCE_PREPOSITIONS:
        return False
    governor = trigger.head.head
    held = [governor] + [o for o in dependents(governor, ("dobj",)) if o.lemma_.lower() in NOUN_TRIGGERS]
    return any(t.lemma_.lower() in VERB_FRAMES or t.lemma_.lower() in NOUN_TRIGGERS for t in held)


def _additive(trigger: Token) -> bool:
    """The trigger's clause adds to what was told ("also met", "met X as well")."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    return any(c.dep_ == "advmod" and c.lower_ in ADDITIVE_ADVERBS for c in verb.children)


# How far from the report's day a day written elsewhere may be and still be the one it stands for.
REPORT_DAY_REACH_DAYS = 7


def _added_after(meeting: MeetingDraft, mention: MeetingMention) -> bool:
    """ "X met Senate leaders on Tuesday. X also met House leaders, including Y": a meeting first told as
    an addition, after the mention, is another encounter than the one the mention tells (a visit is the
    trip the encounters are part of: "made a visit to Haiti on Saturday ... also called on Y")."""
    first = min(meeting.mentions, key=lambda m: m.sentence_index)
    return (
        mention.meeting_type != "visit"
        and first.sentence_index > mention.sentence_index
        and _additive(first.trigger)
    )


def _report_day_near(first: ResolvedDate | None, second: ResolvedDate | None) -> bool:
    """One of two dates is only the day of the report (no time written: "After meeting X, Y told
    reporters", a headline's "X meets Y") and the other a day of the same news week: the report's day
    stands in for the day the text gives elsewhere, not for another encounter."""
    if first is None or second is None or first.date is None or second.date is None:
        return False
    if (first.text is None) == (second.text is None) or first.precision != "day" or second.precision != "day":
        return False
    return abs((first.date - second.date).days) <= REPORT_DAY_REACH_DAYS


def _same_day(meeting: MeetingDraft, mention: MeetingMention) -> bool:
    """Both are dated to the same day and the one told as coming is awaited: a meeting told as coming
    ("shakes hands with Y ahead of their meeting", a caption of that day) and as held on that day is one
    encounter ("agreed to meet in person during their phone talks on Monday" is a plan and a call)."""
    first, second = meeting.date, mention.date
    awaited = any(is_awaited(m.trigger) for m in [*meeting.mentions, mention] if m.status == PLANNED)
    return (
        awaited
        and first is not None
        and second is not None
        and first.date is not None
        and first.precision == second.precision == "day"
        and first.date == second.date
    )


def _restates(meeting: MeetingDraft, mention: MeetingMention) -> bool:
    """ "X met Y on Wednesday, their first meeting since ...": a noun set beside the verb restates it."""
    trigger = mention.trigger
    return trigger.dep_ in ("npadvmod", "appos") and any(m.trigger == trigger.head for m in meeting.mentions)


# Kinds of meeting held only in person (a "meeting" or "talks" may be held by phone).
_IN_PERSON_TYPES = frozenset({"summit", "visit", "conference"})


def _can_merge(meeting: MeetingDraft, mention: MeetingMention, actors: ArticleActors) -> bool:
    if _restates(meeting, mention):
        return True
    # "had a telephone conversation with X. The two last met at the CIS summit": a call and an encounter
    # in person are two encounters, unless a definite noun takes the one up ("the meeting"); a summit, a
    # visit or a conference is never a call
    remote = is_remote(meeting)
    if remote and mention.meeting_type in _IN_PERSON_TYPES:
        return False
    # ("held a phone call with Y. The two ministers exchanged views": speaking says nothing of where, so
    # told after a call with no place of its own it is that call)
    restated_call = remote and mention.location is None and speaking(mention.trigger)
    if not mention.definite and remote != (mention.meeting_type == "call") and not restated_call:
        return False
    if (
        meeting.status is not None
        and mention.status is not None
        and meeting.status != mention.status
        and not _same_day(meeting, mention)
    ):
        return False
    told_time = meeting.date.text if meeting.date is not None else None
    own_time = mention.date is not None and mention.date.text not in (None, told_time)
    if mention.background != meeting.background and (
        (not mention.definite and (mention.date is not None or meeting.date is not None))
        or (mention.definite and own_time)
    ):
        # "when the two men talked at last month's ball" reports an older encounter than the news; only
        # an anaphoric noun ("the summit") may refer across that line to a meeting told of before, and not
        # one with a time of its own ("the OPEC conference in Vienna last month"). Without a time of its
        # own on either side, the same parties are the same encounter told again.
        return False
    # ("Following his meeting with Kohl, X said": an anaphoric noun dated only by its report's day refers
    # back to the meeting told before, whose day the text gave)
    inferred = mention.definite and mention.date is not None and mention.date.text is None
    times_differ = dates_conflict(meeting.date, mention.date) and not _report_day_near(
        meeting.date, mention.date
    )
    if (not inferred and times_differ) or _places_conflict(meeting.location, mention.location):
        return False  # one encounter has one time and one place
    # lists, not sets: the mapping must not depend on hashing
    mention_core = list(core_parties(mention.parties))
    meeting_core = list(core_parties(meeting.parties))
    mapping = _map_parties(mention_core, meeting_core, actors)
    mapped = {mapping.get(k, k) for k in mention_core}
    if mapped - set(meeting_core) and _additive(mention.trigger):
        return False  # "the ministers also met X": X joins in another encounter, not the one told before
    if mention.apart and set(meeting_core) - mapped:
        return False  # ("hosted A and B ... held separate meetings with each leader": not the joint one)
    # ("met Y in a meeting also attended by Z": the noun names Z among its parties, the one told Z attended)
    present = set(meeting_core) | {k for k, r in meeting.parties.items() if r == ATTENDEE}
    if _set_apart_in_time(mention.trigger):
        present = set(meeting_core)  # ("Earlier, Z and the guest held consultations": Z's own meeting)
    if not mention.definite and _set_beside_another_meeting(mention.trigger) and mapped != set(meeting_core):
        return False
    return mapped <= present or set(meeting_core) <= mapped


def _clause_verb(trigger: Token) -> list[Token]:
    """The verb of the trigger's clause: the trigger itself, or the nearest verb above a meeting noun."""
    if trigger.pos_ in ("VERB", "AUX"):
        return [trigger]
    return [a for a in trigger.ancestors if a.pos_ == "VERB"][:1]


def _set_apart_in_time(trigger: Token) -> bool:
    """ "Earlier, A and B held talks", "Later, A met B": an encounter told as before or after another one."""
    return any(
        c.dep_ == "advmod" and c.lower_ in _APART_IN_TIME for v in _clause_verb(trigger) for c in v.children
    )


def _set_beside_another_meeting(trigger: Token) -> bool:
    """ "Before the trilateral meeting, A held a bilateral meeting with B": a meeting told as held before or
    after another meeting is not that one (nor, with fewer parties, part of it)."""
    sequenced = [o for v in _clause_verb(trigger) for o in prep_objects(v, ("before", "after", "following"))]
    return any(o.lemma_.lower() in NOUN_TRIGGERS and o != trigger for o in sequenced)


_APART_IN_TIME = frozenset({"earlier", "later", "afterwards", "afterward", "previously", "subsequently"})


def _same_visitor_visit(mention: MeetingMention, meetings: list[MeetingDraft]) -> bool:
    """ "X begins a state visit on Tuesday" beside a reported visit of X: a traveller makes one visit at a
    time, so a visit noun naming only its visitor is the article's one visit by that visitor."""
    if mention.meeting_type != "visit" or mention.trigger.pos_ != "NOUN":
        return False
    visitors = [k for k, r in core_parties(mention.parties).items() if r == VISITOR]
    if len(visitors) != 1 or len(core_parties(mention.parties)) != 1:
        return False
    hosting = [m for m in meetings if m.parties.get(visitors[0]) == VISITOR and meeting_type_of(m) == "visit"]
    return len(hosting) == 1


def _plural_pronoun(trigger: Token, actors: ArticleActors) -> Token | None:
    """ "when they met in Paris", "their meeting in Rome": the trigger's parties given only as a plural
    pronoun that no group phrase resolved (the parser's groups); None when a plural noun subject of the
    sentence may be what the pronoun stands for ("bankers said they would meet")."""
    pronouns = [
        c
        for c in trigger.children
        if (c.dep_ in ("nsubj", "nsubjpass") and stands_for_the_two(c))
        or (c.dep_ == "poss" and c.lower_ == "their")
    ]
    if len(pronouns) != 1 or (isinstance(actors, ArticleParties) and pronouns[0].i in actors.groups):
        return None
    pronoun = pronouns[0]
    for token in pronoun.sent[: pronoun.i - pronoun.sent.start]:
        numbered = any(c.dep_ == "nummod" and c.lower_ in ("two", "both") for c in token.children)
        if token.dep_ in ("nsubj", "nsubjpass") and token.tag_ in ("NNS", "NNPS") and not numbered:
            return None
    return pronoun


def _pronoun_antecedent(
    mention: MeetingMention, pronoun: Token, meetings: list[MeetingDraft], actors: ArticleActors
) -> MeetingDraft | None:
    """The meeting told last before the pronoun, at most ANAPHOR_WINDOW sentences back: "X met Y on
    Monday. They last met in Paris in December" refers to X and Y; "the two", "the pair" are two persons
    (not "Vance's visit to India" told in between)."""
    if pronoun.lower_ in ("they", "their"):
        return _told_last(mention, pronoun, meetings, ANAPHOR_WINDOW)
    # (a numbered pair says how many it wants, so it may look further back, as find_groups does)
    persons = [m for m in meetings if all(is_person(k, actors) for k in core_parties(m.parties))]
    return _told_last(mention, pronoun, persons, NUMBERED_ANAPHOR_WINDOW)


def _told_last(
    mention: MeetingMention, before: Token, meetings: list[MeetingDraft], window: int
) -> MeetingDraft | None:
    """Of the meetings, the one told last before a word of the mention's sentence, at most ``window``
    sentences back."""
    told = [
        (m.sentence_index, m.trigger.i, index)
        for index, meeting in enumerate(meetings)
        for m in meeting.mentions
        if m.trigger.i < before.i and mention.sentence_index - m.sentence_index <= window
    ]
    return meetings[max(told)[2]] if told else None


def _repeats_meeting(trigger: Token) -> bool:
    """ "meet again", "another meeting", "the next round of talks": a further encounter, not the one told."""
    words = [trigger]
    if (
        trigger.dep_ == "pobj"
        and trigger.head.lower_ == "of"
        and trigger.head.head.lemma_.lower() in EXTENT_NOUNS
    ):
        words.append(trigger.head.head)  # ("another round of talks")
    return any(
        c.dep_ in ("advmod", "det", "amod") and c.lower_ in REPEAT_WORDS
        for word in words
        for c in word.children
    )


def _repeat_of(mention: MeetingMention, meetings: list[MeetingDraft]) -> MeetingDraft | None:
    """The meeting told just before whose parties a further encounter repeats ("X held talks with Y on
    Monday and agreed to meet again in Tokyo", "They will hold another round next month"): its parties
    are the repeat's, though the repeat is a meeting of its own. None when the repeat names another party."""
    if not _repeats_meeting(mention.trigger):
        return None
    antecedent = _told_last(mention, mention.trigger, meetings, ANAPHOR_WINDOW)
    if antecedent is None or not set(core_parties(mention.parties)) <= set(core_parties(antecedent.parties)):
        return None
    return antecedent


def _places_conflict(first: str | None, second: str | None) -> bool:
    """Two places in different countries ("in Paris" and "at the White House")."""
    if first is None or second is None:
        return False
    first_iso3, second_iso3 = place_iso3(first), place_iso3(second)
    return first_iso3 is not None and second_iso3 is not None and first_iso3 != second_iso3


def _resolve_plural_pronoun(
    mention: MeetingMention, meetings: list[MeetingDraft], actors: ArticleActors
) -> bool:
    """A mention naming its parties only as "they"/"their" takes the parties of the meeting told just
    before. True when it is then another encounter of theirs, elsewhere ("met at the White House on
    Monday, two months after their meeting in Paris"), which must not merge with that one."""
    if core_parties(mention.parties):
        return False
    pronoun = _plural_pronoun(mention.trigger, actors)
    antecedent = None if pronoun is None else _pronoun_antecedent(mention, pronoun, meetings, actors)
    if antecedent is None:
        return False
    for key in core_parties(antecedent.parties):
        mention.parties[key] = PARTICIPANT
    return _places_conflict(antecedent.location, mention.location)


def _rejoin_series(meeting: MeetingDraft, meetings: list[MeetingDraft], actors: ArticleActors) -> None:
    """ "held meetings with officials from Japan, South Korea and China ... a joint meeting with Abe and
    Park": the series was split one meeting per counterpart (convention 6), but a later mention that takes
    in several of them says they met together, so the split parts it covers are one meeting again."""
    triggers = {id(m.trigger) for m in meeting.mentions}
    for other in [m for m in meetings if m is not meeting]:
        if not all(id(m.trigger) in triggers for m in other.mentions):
            continue
        core = list(core_parties(other.parties))
        mapping = _map_parties(core, list(meeting.parties), actors)
        if all(mapping.get(k, k) in meeting.parties for k in core):
            for mention in other.mentions:
                _absorb(meeting, mention, actors, fill_only=True)
            meetings.remove(other)


def _told_apart(
    mention: MeetingMention,
    mentions: list[MeetingMention],
    meetings: list[MeetingDraft],
    actors: ArticleActors,
) -> bool:
    """Complete a mention's parties from the meeting it refers back to, and say whether it is another
    encounter than that one: elsewhere ("two months after their meeting in Paris"), measured from it, or
    a further one ("agreed to meet again")."""
    elsewhere = _resolve_plural_pronoun(mention, meetings, actors) or _measured_from_earlier(
        mention, mentions
    )
    if (repeated := _repeat_of(mention, meetings)) is not None:
        for key in core_parties(repeated.parties):
            mention.parties.setdefault(key, PARTICIPANT)
        elsewhere = True
    return elsewhere


def merge_mentions(mentions: list[MeetingMention], actors: ArticleActors) -> list[MeetingDraft]:
    meetings: list[MeetingDraft] = []
    # Pass 1: mentions that name two parties or more make meetings.
    for mention in mentions:
        elsewhere = _told_apart(mention, mentions, meetings, actors)
        if len(core_parties(mention.parties)) < 2:
            continue
        for meeting in [] if elsewhere else meetings:
            if _can_merge(meeting, mention, actors):
                _absorb(meeting, mention, actors, fill_only=False)
                _rejoin_series(meeting, meetings, actors)
                break
        else:
            meetings.append(
                MeetingDraft(
                    [mention],
                    dict(mention.parties),
                    [],
                    mention.status,
                    mention.background,
                    mention.date,
                    mention.location,
                )
            )
            for key in mention.attendees:
                meetings[-1].parties.setdefault(key, ATTENDEE)
    # Pass 2: one-party and anaphoric mentions join the nearest meeting they fit (preceding first).
    for mention in mentions:
        core = core_parties(mention.parties)
        if len(core) >= 2:
            continue
        if not mention.definite and not _same_visitor_visit(mention, meetings):
            # Only a definite noun ("the meeting", "the visit by X", "Chirac's visit") refers back; a
            # one-party verb ("X visits Washington") may well be another encounter.
            continue
        if not core and _counted_in_series(mention.trigger):
            continue  # "The 12th meeting of the committee was held in Beijing": one of a series, not this one
        if (
            is_awaited(mention.trigger)
            or _since(mention.trigger)
            or told_as_later(mention.trigger)
            or _after_another_event(mention.trigger)
            or talked_about(mention.trigger)
            or _in_since_clause(mention.trigger)
        ):
            # "met X to prepare for the summit", "ahead of the summit", "their first meeting since the
            # summit", "the meeting follows the summit": the summit is another event, the time the
            # meeting is measured from
            continue
        candidates = [
            meeting
            for meeting in meetings
            if (not core or _can_merge(meeting, mention, actors))
            and not (mention.meeting_type in _IN_PERSON_TYPES and is_remote(meeting))
            and not dates_conflict(meeting.date, mention.date)
            and not (meeting.status and mention.status and meeting.status != mention.status)
            and not _added_after(meeting, mention)
        ]
        if not candidates:
            continue
        # "Opening the meeting" refers back to "a meeting", not to "a summit" named in between: an
        # anaphoric noun repeats its antecedent's noun, so meetings of the same type come first
        same_type = [m for m in candidates if meeting_type_of(m) == mention.meeting_type]
        candidates = same_type or candidates
        # ("also attended the Trump Tower meeting": the one held there, not the one told last)
        same_place = [m for m in candidates if mention.location and m.location == mention.location]
        candidates = same_place or candidates
        preceding = [m for m in candidates if m.first_sentence <= mention.sentence_index]
        if preceding:
            target = max(
                preceding,
                key=lambda m: max(
                    x.sentence_index for x in m.mentions if x.sentence_index <= mention.sentence_index
                ),
            )
        else:
            target = min(candidates, key=lambda m: m.first_sentence)
        _absorb(target, mention, actors, fill_only=True)
    return meetings


def add_companions(meetings: list[MeetingDraft], sentences: list[Span], actors: ArticleActors) -> None:
    """ "X received Y on Friday. ... Y was accompanied by Foreign Minister Z": a party of the meeting told
    just before, accompanied in a sentence of its own, brings Z as an attendee (guideline: secondary
    people present)."""
    for index, sentence in enumerate(sentences):
        for verb in sentence:
            if verb.lemma_.lower() not in ATTENDANCE_VERBS or verb.tag_ != "VBN":
                continue
            companions = [k for o in prep_objects(verb, ("by",)) for k in actor_keys(o, actors)]
            accompanied = {k for s in dependents(verb, ("nsubjpass",)) for k in actor_keys(s, actors)}
            told = [
                (m.sentence_index, meeting)
                for meeting in meetings
                for m in meeting.mentions
                if 0 < index - m.sentence_index <= ANAPHOR_WINDOW
            ]
            # (the meeting told last of those the accompanied took part in: "The pair were joined by Z"
            # after "X received Y" and "X, in Washington for the NATO summit, told Y ...")
            told = [t for t in told if accompanied <= set(core_parties(t[1].parties))]
            if not companions or not accompanied or not told:
                continue
            meeting = max(told, key=lambda t: t[0])[1]
            for key in companions:
                meeting.parties.setdefault(key, ATTENDEE)


def add_onlookers(meetings: list[MeetingDraft], actors: ArticleActors) -> None:
    """ "hosted A and B on Sunday, with U.S. President X looking on": one looking on in an absolute
    with-phrase on the meeting's verb is present, an attendee (guideline: secondary people present)."""
    for meeting in meetings:
        for mention in meeting.mentions:
            verb = mention.trigger if mention.trigger.pos_ in ("VERB", "AUX") else mention.trigger.head
            for key in (k for s in _onlookers(verb) for k in actor_keys(s, actors)):
                if meeting.parties.get(key) != HOST:
                    meeting.parties[key] = ATTENDEE


def _onlookers(verb: Token) -> list[Token]:
    """The subjects of a looking verb in a with-phrase on the verb ("with X looking on", "with Y
    watching")."""
    withs = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
    looking = [
        v for w in withs for v in w.children if v.tag_ == "VBG" and v.lemma_.lower() in ONLOOKING_VERBS
    ]
    return [c for v in looking for s in dependents(v, ("nsubj",)) for c in with_conjuncts(s)]


def _text_positions(sentences: list[Span]) -> list[int]:
    """Each sentence's place among those with words: a stray closing quote the segmenter made a sentence
    of its own is no sentence between a meeting and what is told of it next."""
    positions: list[int] = []
    count = 0
    for sentence in sentences:
        count += any(t.is_alpha for t in sentence)
        positions.append(count)
    return positions


# Sentences back a closing "Present at the meeting were ..." may take up the meeting a readout opened with.
READOUT_ATTENDEE_WINDOW = 4


def add_later_attendees(meetings: list[MeetingDraft], sentences: list[Span], actors: ArticleActors) -> None:
    """ "X met Y on Tuesday. Z also attended the meeting." / "Z and W were also present.": those a sentence
    of its own puts at the meeting told just before are its attendees (guideline: secondary people
    present)."""
    position = _text_positions(sentences)
    for index, sentence in enumerate(sentences):
        told_within = [
            (position[index] - position[m.sentence_index], m.sentence_index, meeting)
            for meeting in meetings
            for m in meeting.mentions
            if 0 < position[index] - position[m.sentence_index] <= READOUT_ATTENDEE_WINDOW
        ]
        for verb in (t for t in sentence if t.pos_ in ("VERB", "AUX") and not negated(t)):
            # ("Present at the meeting were A and B" closing a readout: the meeting, further back)
            window = READOUT_ATTENDEE_WINDOW if _present_at_told(verb) else ANAPHOR_WINDOW
            told = [(i, meeting) for distance, i, meeting in told_within if distance <= window]
            if not told:
                continue
            # (the last meeting of the news: one recalled since, "when she held talks with X in April", had
            # its own company)
            last = max([t for t in told if not t[1].background] or told, key=lambda t: t[0])[1]
            # ("The pair were joined by X": the last meeting of persons, not an event told since)
            persons = [t for t in told if sum(is_person(k, actors) for k in core_parties(t[1].parties)) >= 2]
            last_of_persons = max(persons, key=lambda t: t[0])[1] if persons else last
            joins = _joins_meeting(verb)
            joiners = _subjects_alike(verb) if joins else _joined_by(verb) or _included_in(verb)
            meeting = (_told_at_venue(verb, meetings, index) or last) if joins else last_of_persons
            joined = _with_others_told(meeting, told, verb) if joins else [meeting]
            roles = [PARTICIPANT if _take_part_for_states(verb, m, actors) else ATTENDEE for m in joined]
            for key in (k for s in joiners for c in with_conjuncts(s) for k in actor_keys(c, actors)):
                for attended, role in zip(joined, roles, strict=True):
                    attended.parties.setdefault(key, role)
            for key in (k for s in _hosts_of_told(verb) for k in actor_keys(s, actors)):
                # (the host hosts; one who brokered or chaired it, told after, was there beside the two)
                if verb.lemma_.lower() == "host":
                    last.parties[key] = HOST
                else:
                    last.parties.setdefault(key, ATTENDEE)


def _take_part_for_states(verb: Token, meeting: MeetingDraft, actors: ArticleActors) -> bool:
    """ "India and Pakistan held talks in Geneva. Taking part were Ambassador A and B": those taking part
    in a meeting of states or bodies with no person named are the ones who met, its participants; "also"
    makes them secondary ("also taking part was C"), as does a person already among its parties."""
    if verb.lemma_.lower() not in ("take", "participate") or any(c.lower_ == "also" for c in verb.children):
        return False
    return not any(is_person(k, actors) for k in core_parties(meeting.parties))


def _present_at_told(verb: Token) -> bool:
    """ "Present at the meeting were A and B", "A and B were present.": presence at the meeting a readout
    told, which its closing lines name."""
    present, at_nouns, told = _presence(verb)
    return verb.lemma_ == "be" and bool(present) and (told or not at_nouns)


def _presence(verb: Token) -> tuple[list[Token], list[Token], bool]:
    """The "present" a copula takes, the nouns of its at-phrase, and whether one of them takes up a meeting
    told ("were present at the talks")."""
    present = [c for c in verb.children if c.dep_ == "acomp" and c.lower_ == "present"]
    at_nouns = [n for p in present for n in prep_objects(p, ("at",)) + prep_objects(verb, ("at",))]
    return present, at_nouns, any(n.lemma_.lower() in NOUN_TRIGGERS and _bare_anaphor(n) for n in at_nouns)


def _with_others_told(
    meeting: MeetingDraft, told: list[tuple[int, MeetingDraft]], verb: Token
) -> list[MeetingDraft]:
    """The meeting a verb of presence joins, and with "X was present at the meetings" each other one told
    just before with one of its parties."""
    if not _plural_told(verb):
        return [meeting]
    shared = set(core_parties(meeting.parties))
    others = {id(m): m for _, m in told if m is not meeting and set(core_parties(m.parties)) & shared}
    return [meeting, *others.values()]


def _plural_told(verb: Token) -> bool:
    """The meetings a verb of presence takes up are several: "was present at the meetings", "attended
    the talks" are not ("talks" is the plural of one meeting)."""
    nouns = dependents(verb, ("dobj",)) + [
        n for w in (verb, *dependents(verb, ("acomp",))) for n in prep_objects(w, ("at", "in", "during"))
    ]
    return any(
        n.tag_ == "NNS" and n.lemma_.lower() in NOUN_TRIGGERS and n.lemma_.lower() not in NOUNS_NEEDING_PLURAL
        for n in nouns
    )


def _told_at_venue(verb: Token, meetings: list[MeetingDraft], sentence_index: int) -> MeetingDraft | None:
    """ "A also attended the Trump Tower meeting": of the meetings told before, the last one held at the
    venue the joined noun names."""
    nouns = dependents(verb, ("dobj",)) + prep_objects(verb, ("in", "on"))
    venues = {venue for n in nouns for c in n.children if (venue := venue_named_by(c)) is not None}
    at_venue = [
        (m.sentence_index, meeting)
        for meeting in meetings
        if meeting.location in venues
        for m in meeting.mentions
        if m.sentence_index < sentence_index
    ]
    return max(at_venue, key=lambda t: t[0])[1] if at_venue else None


def _hosts_of_told(verb: Token) -> list[Token]:
    """ "The talks were hosted by X", "The meeting was brokered by X", "X hosted the session at Diriyah
    Palace": the agent of a hosting verb whose passive subject, or the subject of one whose object, takes
    up the meeting just told."""
    if verb.lemma_.lower() not in HOSTING_PARTICIPLES:
        return []
    objects = dependents(verb, ("dobj",))
    if objects and all(o.lemma_.lower() in NOUN_TRIGGERS and _bare_anaphor(o) for o in objects):
        # (not a relative pronoun: "King Fahd, who brokered the encounter, also attended" names him twice)
        return [
            c for s in dependents(verb, ("nsubj",)) if s.tag_ not in ("WP", "WDT") for c in with_conjuncts(s)
        ]
    if any(c.dep_ == "auxpass" for c in verb.children):
        told = [
            s
            for s in dependents(verb, ("nsubjpass",))
            if s.lemma_.lower() in NOUN_TRIGGERS and _bare_anaphor(s)
        ]
    else:  # ("The talks, hosted by X, focused on ...": a participle set beside the noun)
        noun = verb.head
        told = (
            [noun]
            if verb.dep_ == "acl" and verb.tag_ == "VBN" and noun.lemma_.lower() in NOUN_TRIGGERS
            else []
        )
        told = [n for n in told if any(c.dep_ == "det" and c.lower_ == "the" for c in n.children)]
    return [c for a in prep_objects(verb, ("by",)) for c in with_conjuncts(a)] if told else []


def _subjects_alike(verb: Token) -> list[Token]:
    """The subjects of a verb, of a clause likening another to them ("A and B were also present, as was
    C"), and those joining beside them ("along with C")."""
    alike = [
        c
        for c in verb.children
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
    ]
    # ("A and B also attended, along with C": those joining beside them)
    beside = [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in ("along", "together")
        for o in prep_objects(p, ("with",))
    ]
    return (
        dependents(verb, ("nsubj",))
        + [s for c in alike for s in dependents(c, ("nsubj",))]
        + beside
        + _named_after_inversion(verb)
    )


def _named_after_inversion(verb: Token) -> list[Token]:
    """ "Participating in the meeting were the Chief of Cabinet, X, and Foreign Minister Y", "Also present
    were Chief of Cabinet X and Y": the predicate put first, the persons named after the copula (the
    heads of their names, whatever the parser hung them on)."""
    if verb.tag_ == "VBG" and verb.i == verb.sent.start:
        copula = next(
            (c for c in verb.children if c.dep_ == "aux" and c.lemma_ == "be" and c.i > verb.i), None
        )
    elif verb.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lower_ == "present" and c.i < verb.i for c in verb.children
    ):
        copula = verb
    else:
        return []
    if copula is None:
        return []
    return [
        t
        for t in verb.doc[copula.i + 1 : verb.sent.end]
        if t.ent_type_ == "PERSON" and t.pos_ == "PROPN" and t.dep_ != "compound"
    ]


# Passive verbs whose agents join the parties of a meeting ("were joined by", "were accompanied by").
_JOINED_BY_VERBS = JOINING_VERBS | {"accompany"}


def _joined_by(verb: Token) -> list[Token]:
    """ "The pair were joined by X and Y", "They were accompanied by Z", "The session was also attended by
    W": those the parties of the meeting just told were joined by (the subject is a pronoun or a plain
    plural noun for those parties, or a bare noun for the meeting itself)."""
    if verb.lemma_.lower() not in _JOINED_BY_VERBS:
        return []
    # ("The meeting, attended by Crown Prince Z, addressed ...": a participle set beside the noun)
    reduced = verb.dep_ == "acl" and verb.tag_ == "VBN"
    if not reduced and not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    subjects = [verb.head] if reduced else dependents(verb, ("nsubjpass",))
    # ("the CSTO summit, which will also be attended by Z": a relative pronoun stands for its own noun; "The
    # session, which was also attended by Z,": the bare noun takes up the meeting just told)
    if verb.dep_ == "relcl" and all(s.tag_ in ("WDT", "WP") for s in subjects):
        subjects = [verb.head]
    if not subjects or not all(
        (s.pos_ == "PRON" and s.tag_ not in ("WDT", "WP"))
        or s.lemma_.lower() in PAIR_NOUNS
        or ((s.lemma_.lower() in NOUN_TRIGGERS or s.lemma_.lower() in EXTENT_NOUNS) and _bare_anaphor(s))
        or _bare_title(s)
        for s in subjects
    ):
        return []
    # ("was also attended by X, along with Y": those coming along with the ones named are there too)
    along = [
        o for a in verb.children if a.lower_ in ("along", "together") for o in prep_objects(a, ("with",))
    ]
    return prep_objects(verb, ("by",)) + along


def _bare_title(noun: Token) -> bool:
    """ "The premier was accompanied by X": a title with only "the" stands for a party just named by it."""
    return noun.lemma_.lower() in TITLE_HEADS and definite_bare(noun)


def _included_in(verb: Token) -> list[Token]:
    """ "The meeting, which also included Z, lasted an hour", "The session also included Z": those the
    meeting just told included."""
    if verb.lemma_.lower() != "include":
        return []
    relative = any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in verb.children)
    nouns = [verb.head] if verb.dep_ == "relcl" and relative else dependents(verb, ("nsubj",))
    if not any(n.lemma_.lower() in NOUN_TRIGGERS and _bare_anaphor(n) for n in nouns):
        return []
    return dependents(verb, ("dobj",))


def _joins_meeting(verb: Token) -> bool:
    """ "attended the meeting", "joined the talks", "took part in the talks", "sat in on the meeting", "was
    also present": a verb that puts its subject at a meeting named by a definite noun (or "also present")."""
    lemma = verb.lemma_.lower()
    if lemma == "be" and _part_of_delegation(verb):
        return True  # "A and B were part of the Indian delegation": with the meeting just told
    if lemma == "accompany" and not any(c.dep_ == "auxpass" for c in verb.children):
        # "Ambassador Z accompanied the minister during the meetings": at the meetings just told
        occasions = prep_objects(verb, ("during", "at", "in", "to"))
        return any(n.lemma_.lower() in NOUN_TRIGGERS and _bare_anaphor(n) for n in occasions)
    if lemma == "be":
        # "were also present", "were present at the talks"
        present, _, told = _presence(verb)
        # ("Also present were A and B": the parser may hang "also" on "present")
        also = any(c.dep_ == "advmod" and c.lower_ == "also" for w in (verb, *present) for c in w.children)
        # ("X was also in the room": present where the meeting was held)
        in_room = also and any(n.lemma_.lower() in ROOM_NOUNS for n in prep_objects(verb, ("in",)))
        # ("A, B and C were present.": with nothing after it, presence at what was just told)
        bare = bool(present) and not any(c.dep_ == "prep" for w in (verb, *present) for c in w.children)
        return (bool(present) and (told or also or bare)) or in_room
    if lemma not in JOINING_VERBS:
        return False
    if lemma == "take" and not takes_part(verb):
        return False
    if lemma == "join" and any(the_pair(o) or o.lower_ == "them" for o in dependents(verb, ("dobj",))):
        return True  # "X joined the two men for the meal", "X joined them": the pair of the meeting just told
    nouns = [o for o in dependents(verb, ("dobj",)) if o.lower_ != "part"] + prep_objects(verb, ("in", "on"))
    if (
        lemma in ("attend", "take", "participate", "sit")
        and not nouns
        and dependents(verb, ("nsubj",))
        and any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children)
    ):
        return True  # "A and B also attended", "also took part", "also sat in": the meeting just told
    return any(n.lemma_.lower() in NOUN_TRIGGERS and _bare_anaphor(n) for n in nouns)


def _part_of_delegation(verb: Token) -> bool:
    """ "were part of the Indian delegation", "were members of the delegation"."""
    return any(
        o.lemma_.lower() in DELEGATION_NOUNS
        for attr in dependents(verb, ("attr",))
        if attr.lemma_.lower() in ("part", "member")
        for o in prep_objects(attr, ("of",))
    )


def _bare_anaphor(noun: Token) -> bool:
    """ "the meeting", "their talks": a definite meeting noun with nothing of its own ("attended the OPEC
    meeting in Vienna" names another meeting)."""
    # ("The meeting, which was not announced in advance, was also attended by X": a clause set off by
    # commas adds to the meeting told, it names no other)
    # ("joined the meeting in the Oval Office": nor does where it was held)
    setting = ("in", "at")
    children = [
        c
        for c in noun.children
        if c.dep_ != "punct"
        and not set_off_relative_clause(c)
        # ("The meeting, attended by Z, addressed ...": so does a participle set off by a comma)
        and not (c.dep_ == "acl" and c.left_edge.i > 0 and noun.doc[c.left_edge.i - 1].text == ",")
        and not (c.dep_ == "prep" and c.lower_ in setting)
        and not names_venue(c)  # ("attended the Trump Tower meeting")
    ]
    return bool(children) and all(
        (c.dep_ == "det" and c.lower_ in ("the", "that", "this")) or (c.dep_ == "poss" and c.pos_ == "PRON")
        for c in children
    )


def drop_called_off(meetings: list[MeetingDraft], sentences: list[Span]) -> list[MeetingDraft]:
    """A planned meeting whose sentence, or the next, says it was called off ("had been due to see X on
    Monday, but the meeting was scrapped") is no meeting (convention 3: cancelled)."""
    # (only the sentences of planned meetings and the ones after them are read)
    told = {
        i
        for m in meetings
        if m.status == PLANNED
        for x in m.mentions
        for i in (x.sentence_index, x.sentence_index + 1)
    }
    cancelled = {i for i in told if i < len(sentences) and calls_off_told_meeting(sentences[i])}
    return [
        m
        for m in meetings
        if m.status != PLANNED
        or not any(x.sentence_index in cancelled or x.sentence_index + 1 in cancelled for x in m.mentions)
    ]


def fold_country_visits(meetings: list[MeetingDraft], actors: ArticleActors) -> list[MeetingDraft]:
    """A visit to a country told in the same sentence as the traveller's meeting with a person of that
    country ("is visiting India, where he will meet the Indian prime minister") is that meeting: the
    country was only the destination (guideline, convention 1), the person is the counterpart."""
    folded: set[int] = set()
    for visit in meetings:
        core = core_parties(visit.parties)
        visitors = [k for k, r in core.items() if r == VISITOR]
        countries = [k for k, r in core.items() if r == HOST and country_of(k, actors)[1]]
        # ("King X hosted the Emperor and Empress during their state visit to Britain": two visitors)
        if meeting_type_of(visit) != "visit" or not visitors or len(countries) != 1:
            continue
        if len(core) != len(visitors) + 1:
            continue
        sentences = {m.sentence_index for m in visit.mentions}
        for meeting in meetings:
            if meeting is visit or id(meeting) in folded or not all(v in meeting.parties for v in visitors):
                continue
            if not sentences & {m.sentence_index for m in meeting.mentions}:
                continue
            if visit.background != meeting.background or dates_conflict(visit.date, meeting.date):
                continue  # ("X, who visited the Vatican in January, greeted the Pope": an earlier trip)
            mapped = countries[0] in _map_parties(countries, meeting.parties, actors)
            # (a meeting placed already took its place from the visit: "X, on a visit to India, met Y")
            unplaced = meeting.location is None and _met_with_unplaced_persons(meeting, visitors, actors)
            if not mapped and not unplaced:
                continue
            for visitor in visitors:
                meeting.parties[visitor] = VISITOR
            date = meeting.date
            for mention in visit.mentions:
                _absorb(meeting, mention, actors, fill_only=True)
            if not mapped:
                meeting.date = date  # ("X, who is on a visit to India, met Y": the visit's days are not its)
            folded.add(id(visit))
            break
    return [m for m in meetings if id(m) not in folded and not _trip_only(m, actors)]


def _met_with_unplaced_persons(meeting: MeetingDraft, visitors: list[str], actors: ArticleActors) -> bool:
    """ "ended a visit to Czechoslovakia after talks with President Jan Novak": the traveller's counterparts
    in the sentence of his visit, persons named with no country, are the visited country's."""
    others = [k for k in core_parties(meeting.parties) if k not in visitors]
    return bool(others) and all(of_no_stated_country(k, actors) for k in others)


def _trip_only(meeting: MeetingDraft, actors: ArticleActors) -> bool:
    """A trip to a country that names no counterpart ("an IMF mission visited Yugoslavia", "visited
    Washington last week") is no meeting (guideline, convention 1). The country is a counterpart when
    the report names it again beside the destination ("will be explained to the U.S. when X visits
    Washington")."""
    core = core_parties(meeting.parties)
    visitors = [k for k, r in core.items() if r == VISITOR]
    # "his Mexico trip": a country beside the traveller of a visit is its destination, whatever role it got
    countries = [k for k, r in core.items() if r in (HOST, PARTICIPANT) and country_of(k, actors)[1]]
    if any(m.meeting_type != "visit" for m in meeting.mentions):
        return (
            False  # "due to visit Moscow for a summit with the president": the summit names the counterpart
        )
    if visitors and len(visitors) == len(core):
        return True  # travellers only: no one is met
    if any(m.meets_government for m in meeting.mentions):
        return False  # "during his visit to Ghana, X will meet government ministers": the state is met
    if not visitors or not countries or len(core) != len(countries) + len(visitors):
        return False
    sentences = {m.sentence_index: m.sentence for m in meeting.mentions}.values()
    return not any(
        mention.local_key in countries
        and _counterpart_mention(sentence, mention.char_start, mention.char_end)
        for sentence in sentences
        for mention in actors.mentions_in(sentence.start_char, sentence.end_char)
    )


def _counterpart_mention(sentence: Span, start: int, end: int) -> bool:
    """A country named as someone addressed or dealt with ("will be explained to the U.S.", "talks with
    U.S. officials", "briefed Japan"), not as a destination ("a visit to Scotland") or an owner ("Britain's
    vote")."""
    span = sentence.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    if token.dep_ in ("compound", "nmod", "amod") and token.head.lemma_.lower() in GROUP_NOUNS | PARTY_NOUNS:
        token = token.head  # "U.S. officials": the group acts for the country
    governor = (token.head.head if token.dep_ == "pobj" else token.head).lemma_.lower()
    trigger = VERB_FRAMES.get(governor) or NOUN_TRIGGERS.get(governor) or {}
    if trigger.get("type") == "visit" or governor in TRAVEL_VERBS:
        return False  # the destination of the trip
    if not trigger and governor not in SPEECH_VERB_LEMMAS:
        return False  # "a rescue plan that would enable Guyana to revive": no one dealt with
    if token.dep_ == "pobj":
        return token.head.lower_ in ("to", "with")
    return token.dep_ in ("dobj", "dative")
