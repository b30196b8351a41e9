"""Splitting one sentence's mention into several meetings, and folding encounters into a visit.

A visitor meeting several counterparts in turn ("met A and later B", "for meetings with the IMF and the
G-7") is one meeting per counterpart (guideline, convention 6); each later one takes the place and time
written with it. Encounters set inside a visit of the same traveller ("will meet Z during the visit") are
that visit (a destination country whose person receives the traveller is then only where he went,
convention 1), and a meeting on the sidelines of an occasion inherits the occasion's place and time.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from spacy.tokens import Token

from dipnews.extract.dates import FUTURE, PAST, DateExpression, ResolvedDate, resolve_date
from dipnews.extract.meetings.kinds import received_from
from dipnews.extract.meetings.lexicon import (
    JOURNEY_NOUNS,
    LIGHT_VERBS,
    PRESENCE_PREPOSITIONS,
    ROUTE_NOUNS,
    SEPARATE_WORDS,
    SEQUENCE_ADVERBS,
    SEQUENCE_PREPOSITIONS,
    SEQUENCE_WORDS,
    SERIES_NOUNS,
    VERB_PHRASES,
)
from dipnews.extract.meetings.parties import actor_keys, country_of, is_person
from dipnews.extract.meetings.place import more_specific_place, place_text, venue_at
from dipnews.extract.meetings.records import HOST, PARTICIPANT, PLANNED, VISITOR, MeetingDraft, MeetingMention
from dipnews.extract.meetings.roles import home_of, state_today
from dipnews.extract.meetings.syntax import (
    clause_verbs,
    controlling_verbs,
    dependents,
    person_opening_with_preposition,
    prep_objects,
    subject_heads,
)
from dipnews.extract.meetings.when import TimeFrame, on_named_day
from dipnews.model import ArticleActors, ArticleMeta, LocalMeeting


def inherit_from_occasions(mentions: list[MeetingMention]) -> None:
    """ "X and Y met on the sidelines of a summit in Addis Ababa in February": the occasion's place and
    time are the encounter's own, and its status the encounter's."""
    for mention in mentions:
        for occasion in mentions:
            if occasion.trigger == mention.trigger or not _phrase_of(occasion.trigger, mention.trigger):
                continue
            if _earlier_encounter(occasion, mention) or _on_the_way(occasion, mention):
                continue
            if mention.date is None and occasion.date is not None and not _present_aside(occasion, mention):
                mention.date = occasion.date
            if mention.location is None:
                mention.location = occasion.location
            held_at = occasion.trigger.dep_ == "pobj" and occasion.trigger.head.lower_ in ("at", "of")
            if occasion.status is None or (mention.status == PLANNED and held_at):
                # "is expected to meet Y at the APEC summit next week", "agreed to meet again at the summit
                # in June": the occasion is as planned as the encounter told at it, and of its time ("agreed
                # to meet during their phone talks on Monday": the talks are when it was agreed)
                occasion.status = mention.status
                occasion.date = mention.date if mention.status == PLANNED and mention.date else occasion.date


def _on_the_way(occasion: MeetingMention, mention: MeetingMention) -> bool:
    """ "will meet X on his way to a summit in Peru": the occasion the road leads to is later, elsewhere."""
    path = [occasion.trigger, *occasion.trigger.ancestors]
    return any(t.lemma_.lower() in ROUTE_NOUNS for t in path[: path.index(mention.trigger)])


def _earlier_encounter(occasion: MeetingMention, mention: MeetingMention) -> bool:
    """ "met Y on Saturday, a day after his Oval Office meeting with Trump": a meeting the encounter
    follows, with a party of its own, is another encounter, not the occasion it took place at."""
    path = [occasion.trigger, *occasion.trigger.ancestors]
    after = any(
        t.lower_ in SEQUENCE_PREPOSITIONS and t.dep_ == "prep" for t in path[: path.index(mention.trigger)]
    )
    return after and bool(set(occasion.parties) - set(mention.parties))


def _present_aside(occasion: MeetingMention, mention: MeetingMention) -> bool:
    """ "X, who is on a four-day visit to India, met Y": a visit going on now, told in a relative clause,
    places a past meeting but does not date it (the visit's day is the report's, the meeting's may be
    any day of it)."""
    clause = next((a for a in occasion.trigger.ancestors if a.dep_ == "relcl"), None)
    return (
        clause is not None
        and clause.tag_ in ("VBZ", "VBP")
        and mention.trigger.pos_ in ("VERB", "AUX")
        and mention.trigger.tag_ in ("VBD", "VBN")
    )


def _phrase_of(occasion: Token, trigger: Token) -> bool:
    """The occasion hangs under the trigger ("met on the sidelines of a summit", "met X when he visited
    Jerusalem in 2008"), not in a clause set before or after it ("met on Monday, weeks after the two
    clashed at a summit in Lima")."""
    if occasion not in trigger.subtree:
        return False
    token = occasion
    while token != trigger:
        if any(c.dep_ == "mark" and c.lower_ in SEQUENCE_WORDS for c in token.children):
            return False
        if token.dep_ == "relcl" and token.tag_ in ("VBD", "VBN", "VBZ", "VBP", "MD"):
            # "X, who met Y in Manhattan last month, will meet Z on Friday": a clause describing a party
            # tells another encounter, not the occasion of this one
            return False
        if token.lower_ in ("ahead", "before", "prior", "since") and token.dep_ in ("advmod", "prep"):
            # "after talks with X ahead of her visit to Moscow": a trip still to come; "their first meeting
            # since the summit in Rome": the earlier event it is measured from
            return False
        token = token.head
    return True


def _gapped_groups(trigger: Token) -> list[list[Token]]:
    """Counterparts a visitor meets in turn, each in a clause whose verb is left out (guideline, convention
    6): "met A in Riyadh and later B in Doha", "met with A last week, and this week with B"."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return _series_groups(trigger)
    groups: list[list[Token]] = []
    with_preps = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "with"]
    # ("met on Sunday with A and later with B": the parser may hang the "and" on the first with-phrase)
    if any(c.dep_ == "cc" for t in [trigger, *with_preps[:1]] for c in t.children):
        for prep in with_preps[1:]:
            objects = [o for o in prep.children if o.dep_ == "pobj"]
            groups.extend([[*o.conjuncts, o] for o in objects])
    groups.extend(_gapped_after_time(trigger))
    # ("met with A at his golf club in Bedminster, and with B": a second with-phrase coordinated with the
    # verb)
    for prep in (c for c in trigger.children if c.dep_ == "conj" and c.lower_ == "with"):
        groups.extend([[*o.conjuncts, o] for o in prep.children if o.dep_ == "pobj"])
    for token in trigger.subtree:
        if token.dep_ == "conj" and any(
            c.dep_ == "advmod" and c.lower_ in SEQUENCE_ADVERBS and c.i < token.i for c in token.subtree
        ):
            groups.append([token, *(t for t in token.conjuncts if t.i > token.i)])
    return groups


def _gapped_after_time(trigger: Token) -> list[list[Token]]:
    """ "met A on Monday and B on Tuesday": the parser coordinates the second counterpart with the first
    one's day, or with the verb itself, so a name conjoined to a time under the verb, or to the verb, with
    a time of its own after it is a counterpart met in its own clause."""
    # (with no counterpart before it, the name is a second subject: "X visited in 1967 and Y in 1981")
    counterparts = dependents(trigger, ("dobj",)) + prep_objects(trigger, ("with",))
    groups: list[list[Token]] = [
        [name]
        for name in trigger.children
        if name.dep_ == "conj"
        and any(c.i < name.i for c in counterparts)
        and name.pos_ == "PROPN"
        and any(o.ent_type_ in ("DATE", "TIME") for p in trigger.children if p.i > name.i for o in p.subtree)
    ]
    # "met A on Monday and B on Tuesday" parsed as "on [Monday and] B": the next name hung on the day's
    # preposition, the day coordinated inside its phrase
    groups += [
        [obj]
        for prep in dependents(trigger, ("prep",))
        for obj in dependents(prep, ("pobj",))
        if obj.ent_type_ == "PERSON"
        and (_day_coordinated_inside(obj) or _day_before_in_phrase(prep, obj))
        and any(c.i < prep.i for c in counterparts)
    ]
    objects = dependents(trigger, ("dobj",))
    dated = [c for c in trigger.children if c.ent_type_ in ("DATE", "TIME")]
    # "met A yesterday and B today" parsed as two objects of the verb: a time between them ends A's clause
    pairs = zip(objects[1:], objects[:-1], strict=True)
    groups += [[o] for o, before in pairs if any(before.i < t.i < o.i for t in dated)]
    times = [o for p in dependents(trigger, ("prep",)) for o in dependents(p, ("pobj",))]
    times += dependents(trigger, ("npadvmod", "advmod"))  # "will meet A tomorrow and B on Friday"
    for time in (t for t in times if t.ent_type_ in ("DATE", "TIME")):
        named = [c for c in time.conjuncts if c.i > time.i and c.ent_type_ not in ("DATE", "TIME")]
        # ("A on Tuesday and New Zealand Prime Minister B on Wednesday": the parser may coordinate only the
        # title's country with the day and make the holder a second object)
        named = [next((o for o in objects if o.left_edge.i == c.right_edge.i + 1), c) for c in named]
        if named:
            groups.append(named)
    return groups


def _day_coordinated_inside(name: Token) -> bool:
    """ "on [Monday and] B": the day and its "and" hang inside the name's own phrase."""
    inside = [c for c in name.subtree if c.i < name.i]
    return any(c.ent_type_ in ("DATE", "TIME") for c in inside) and any(c.lower_ == "and" for c in inside)


def _day_before_in_phrase(prep: Token, name: Token) -> bool:
    """ "met A on Monday and Korean Minister B the next day": the parser makes the day and the name two
    objects of one preposition, the "and" hung on the day; the name then starts a clause of its own."""
    days = [o for o in dependents(prep, ("pobj",)) if o.i < name.i and o.ent_type_ in ("DATE", "TIME")]
    return any(c.lower_ == "and" for day in days for c in day.children)


def _separate_groups(trigger: Token) -> list[list[Token]]:
    """ "met separately with A and B", "held separate talks with A and B": each counterpart is met on their
    own, in one setting (convention 6: together only when the text says so)."""
    if not _told_separate(trigger):
        return []
    # ("held talks with A and, separately, with B": the second with-phrase hangs on the light verb)
    light = _light_verb_of(trigger)
    found = _counterparts(trigger) + (prep_objects(light, ("with",)) if light is not None else [])
    counterparts = sorted({c.i: c for c in found}.values(), key=lambda t: t.i)
    return [[c] for c in counterparts[1:]]


def _told_separate(trigger: Token) -> bool:
    """A verb with "separately" or "respectively", or a plural meeting noun with "separate" or "individual"
    ("a separate meeting with A and B" is one meeting apart from another)."""
    if trigger.pos_ in ("VERB", "AUX"):
        return _verb_told_separate(trigger)
    plural_noun = trigger.pos_ == "NOUN" and trigger.tag_ == "NNS"
    if (light := _light_verb_of(trigger)) is not None and _verb_told_separate(light):
        return True  # "held talks with A and, separately, with B"
    return plural_noun and any(c.dep_ == "amod" and c.lower_ in SEPARATE_WORDS for c in trigger.children)


# The relations the parser gives a floating quantifier ("have *each* met with C").
_FLOATING_DEPS = ("nsubj", "advmod", "appos", "dep")


def _verb_told_separate(verb: Token) -> bool:
    """ "met separately with A and B", "have each met with C", "is to meet A and B in separate sessions":
    an adverb, a floating "each" or a phrase of separate occasions on the verb (or the verb planning it)."""
    # ("A, B and C each had a session with X": the quantifier set beside the first subject)
    if any(
        c.lower_ == "each" and c.dep_ in ("appos", "det") for s in subject_heads(verb)[0] for c in s.children
    ):
        return True
    for holder in (verb, *controlling_verbs(verb)):
        for child in holder.children:
            if child.dep_ == "advmod" and child.lower_ in SEPARATE_WORDS:
                return True
            if child.lower_ == "each" and child.dep_ in _FLOATING_DEPS and holder == verb:
                return True
            if child.dep_ == "prep" and child.lower_ == "in" and any(map(separate_occasions, child.children)):
                return True
    return False


def separate_occasions(noun: Token) -> bool:
    """ "in separate meetings", "in separate sessions": a plural noun of separate occasions."""
    return noun.tag_ == "NNS" and any(a.dep_ == "amod" and a.lower_ in SEPARATE_WORDS for a in noun.children)


def _phrase_prepositions(phrases: Mapping[str, Mapping[str, Any]]) -> dict[str, tuple[str, ...]]:
    """The prepositions that take the counterpart of a verb phrase ("call on"), by the phrase's verb."""
    found: dict[str, tuple[str, ...]] = {}
    for phrase in phrases.values():
        if "object_preposition" in phrase:
            verb = phrase["words"][0]
            found[verb] = (*found.get(verb, ()), phrase["object_preposition"])
    return found


_PHRASE_PREPOSITIONS = _phrase_prepositions(VERB_PHRASES)


def _counterparts(trigger: Token) -> list[Token]:
    """The trigger's objects and with-phrase names with their conjuncts (prep_objects repairs the parser's
    coordinations inside a with-phrase, so its list is taken as it is)."""
    objects = [c for o in dependents(trigger, ("dobj",)) for c in (o, *o.conjuncts)]
    objects += _with_objects(trigger)
    # ("called on A and B separately": the object of a verb phrase's preposition)
    objects += prep_objects(trigger, _PHRASE_PREPOSITIONS.get(trigger.lemma_.lower(), ()))
    # ("will meet To Lam separately": a name the parser read as a preposition and its object)
    objects += person_opening_with_preposition(trigger)
    objects += [c for o in objects for c in _conjuncts_inside_title(o)]
    return [named for c in objects for named in _named_in_apposition(c)]


def _conjuncts_inside_title(counterpart: Token) -> list[Token]:
    """ "with Permanent Secretary of the Ministry of Defence of Singapore A and Deputy Minister of Defence of
    the Philippines B": the parser hangs a long title's holder inside its of-phrases, and the next
    counterpart on that name."""
    window = counterpart.doc[counterpart.i : min(counterpart.right_edge.i + 1, counterpart.i + _TITLE_SPAN)]
    return [
        t
        for t in window
        if t.dep_ == "conj"
        and t.pos_ == "PROPN"
        and t.head.ent_type_ == "PERSON"
        and t.head.dep_ == "pobj"
        and counterpart.is_ancestor(t)
    ]


# How far into a counterpart's phrase a long title's holder, and the next counterpart hung on it, are looked
# for (a bound, so that a runaway sentence costs no more than its length).
_TITLE_SPAN = 40


def _with_objects(trigger: Token) -> list[Token]:
    """The trigger's with-phrase, or its light verb's ("held meetings on Thursday with X and Y")."""
    objects = prep_objects(trigger, ("with",))
    if not objects and trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
        objects = prep_objects(trigger.head, ("with",))
    # ("separate meetings with A at the Intercontinental and with B at the Hotel President": the parser
    # coordinates the second with-phrase with the first one's place)
    holders = [trigger, trigger.head] if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" else [trigger]
    coordinated = [
        c for holder in holders for c in holder.children if c.dep_ == "conj" and c.lower_ == "with"
    ]
    coordinated += [
        c
        for holder in holders
        for p in holder.children
        if p.dep_ == "prep" and p.lower_ != "with"
        for c in p.conjuncts
        if c.lower_ == "with"
    ]
    return objects + [o for c in coordinated for o in dependents(c, ("pobj",)) if o not in objects]


def _named_in_apposition(counterpart: Token) -> list[Token]:
    """ "with his Japanese and South Korean counterparts, A and B": the names set beside a plural noun are
    the counterparts it stands for."""
    names = [a for a in dependents(counterpart, ("appos",)) if a.pos_ == "PROPN"]
    if not names and counterpart.tag_ == "NNS":
        names = _names_after_comma(counterpart)
    if counterpart.tag_ != "NNS" or not names:
        return [counterpart]
    return [names[0], *names[0].conjuncts]


def _names_after_comma(noun: Token) -> list[Token]:
    """ "with both candidates, Hillary Clinton and Donald Trump,": the names the parser hung elsewhere,
    right after the plural noun's comma."""
    doc = noun.doc
    if noun.i + 2 >= len(doc) or doc[noun.i + 1].text != "," or doc[noun.i + 2].pos_ != "PROPN":
        return []
    name = doc[noun.i + 2]
    while name.dep_ == "compound" and name.head.i > name.i and name.head.pos_ == "PROPN":
        name = name.head
    return [name] if name.ent_type_ == "PERSON" else []


def _series_groups(trigger: Token) -> list[list[Token]]:
    """ "for meetings with the IMF and the G-7": a plural meeting noun is one encounter per counterpart
    (convention 6), each after the first split off; "talks" is plural in form only and stays one."""
    if trigger.tag_ != "NNS" or trigger.lemma_.lower() not in SERIES_NOUNS:
        return []
    counterparts: list[Token] = []
    # ("took calls from A and B": the callers of calls received)
    objects = _with_objects(trigger) or received_from(trigger)
    for obj in objects:
        # (a conjunct the repair of the with-phrase dropped is a name's modifier: see prep_objects)
        named = [obj, *(c for c in obj.conjuncts if c in objects)]
        if len(named) == 1:
            # "with the IMF and G-7 ministers": the coordination is inside the modifier; "with the top
            # officials from Japan, South Korea and China": inside the group's of- or from-phrase
            coordinated = [m for m in dependents(obj, ("nmod", "compound", "amod")) if m.conjuncts]
            coordinated += [o for o in prep_objects(obj, ("from", "of")) if o.conjuncts]
            named = [coordinated[0], *coordinated[0].conjuncts] if coordinated else named
        counterparts.extend(sorted(named, key=lambda t: t.i))
    return [[c] for c in counterparts[1:]]


def split_gapped(
    mention: MeetingMention,
    actors: ArticleActors,
    meta: ArticleMeta,
    expressions: list[DateExpression] | None,
) -> list[MeetingMention]:
    """One mention per counterpart met in turn; each later one takes the place and time written after it."""
    if (by_subject := _separate_subjects(mention, actors)) is not None:
        return by_subject
    found: list[MeetingMention] = []
    taken: set[str] = set()
    starts: list[int] = []
    object_side = _object_side(mention.trigger, actors)
    object_role = next((r for k, r in mention.parties.items() if k in object_side), PARTICIPANT)
    separate = _separate_groups(mention.trigger)
    if not separate and (apart := _separate_group_members(mention, actors)):
        return apart
    for group in separate or _gapped_groups(mention.trigger):
        keys = [k for token in group for k in actor_keys(token, actors) if k not in taken]
        if not keys:
            continue
        taken |= set(keys)
        start = min(t.idx for t in group)
        starts.append(start)
        later = replace(mention, parties={k: mention.parties.get(k, object_role) for k in keys})
        series = mention.trigger.pos_ not in ("VERB", "AUX") or bool(separate)
        if series:  # the meetings of a plural noun, or met separately, share its place and time
            if separate and _placed_between(mention, start, mention.sentence.end_char):
                # ("separate meetings with A at the Intercontinental and with B at the Hotel President")
                later.location = _place_between(mention, start, mention.sentence.end_char)
            if separate and (own := _own_date(mention, start, meta, expressions)) is not None:
                later.date = own  # ("separate talks with A on Wednesday and with B on Thursday")
            found.append(later)
            continue
        later.location = _place_between(mention, start, mention.sentence.end_char)
        own = _own_date(mention, start, meta, expressions)
        later.date = own if own is not None else mention.date
        found.append(later)
    if not found:
        return [mention, *_met_again_elsewhere(mention, meta, expressions)]
    first = replace(mention, parties={k: r for k, r in mention.parties.items() if k not in taken})
    if separate and _placed_between(mention, mention.trigger.idx, min(starts)):
        first.location = _place_between(mention, mention.trigger.idx, min(starts))
    if not separate and first.location is not None and first.location in {m.location for m in found}:
        # "will see A in Damascus on Sunday and B in Cairo on Tuesday": the first one's place is written
        # before the second counterpart, the one found (the parser may hang both on the verb) is the last's
        first.location = _place_between(mention, mention.trigger.idx, min(starts))
    shared = {k: r for k, r in first.parties.items() if k not in object_side}
    for later in found:
        later.parties = {**shared, **later.parties}
    return [first, *found]


def _own_date(
    mention: MeetingMention, start: int, meta: ArticleMeta, expressions: list[DateExpression] | None
) -> ResolvedDate | None:
    """The time written after a counterpart met in turn, from character offset ``start`` on."""
    own_dates = [e for e in expressions or [] if e.start > start]
    if not own_dates:
        return None
    tense = FUTURE if mention.status == PLANNED else PAST
    resolved = resolve_date(own_dates[0].text, meta.published_date, tense)
    # ("met A on Monday and B the next day": a day counted from the day named before it)
    return on_named_day(own_dates[0], expressions or [], TimeFrame(meta.published_date), resolved)


def _placed_between(mention: MeetingMention, start: int, end: int) -> bool:
    """An in/at phrase is written between two character offsets of the sentence (both excluded)."""
    return bool(_place_phrases(mention, start, end))


def _place_between(mention: MeetingMention, start: int, end: int) -> str | None:
    """The first place written in an in/at phrase between two character offsets of the sentence (both
    excluded)."""
    return next(
        (p for t in _place_phrases(mention, start, end) if (p := place_text(t) or venue_at(t)) is not None),
        None,
    )


def _place_phrases(mention: MeetingMention, start: int, end: int) -> list[Token]:
    """The objects of the in/at phrases written between two character offsets of the sentence."""
    return [
        t
        for t in mention.sentence
        if start < t.idx < end and t.dep_ == "pobj" and t.head.lower_ in ("in", "at")
    ]


def _met_again_elsewhere(
    mention: MeetingMention, meta: ArticleMeta, expressions: list[DateExpression] | None
) -> list[MeetingMention]:
    """ "A and B met in Vienna last May and in Malta in September": a place phrase coordinated with the
    verb's own is another meeting of the same parties, at that place and at the time written after it."""
    trigger = mention.trigger
    if trigger.pos_ not in ("VERB", "AUX") or not prep_objects(trigger, ("in", "at")):
        return []
    again = []
    for prep in (c for c in trigger.children if c.dep_ == "conj" and c.lower_ in ("in", "at")):
        places = [p for o in dependents(prep, ("pobj",)) if (p := place_text(o)) is not None]
        if not places:
            continue
        own_dates = [e for e in expressions or [] if e.start > prep.idx]
        tense = FUTURE if mention.status == PLANNED else PAST
        date = resolve_date(own_dates[0].text, meta.published_date, tense) if own_dates else None
        again.append(replace(mention, parties=dict(mention.parties), location=places[0], date=date))
    return again


def _separate_group_members(mention: MeetingMention, actors: ArticleActors) -> list[MeetingMention]:
    """ "hosted the two leaders separately", "held separate meetings with each leader": one counterpart word
    standing for a group met in turn is one encounter per member, in the one setting written."""
    trigger = mention.trigger
    counterparts = _counterparts(trigger)
    told = _told_separate(trigger) or any(
        c.dep_ == "det" and c.lower_ == "each" for o in counterparts for c in o.children
    )
    if len(counterparts) != 1 or not told:
        return []
    members = [k for k in actor_keys(counterparts[0], actors) if k in mention.parties]
    if len(members) < 2:
        return []
    rest = {k: r for k, r in mention.parties.items() if k not in members}
    return [
        replace(mention, parties={**rest, member: mention.parties[member]}, apart=True) for member in members
    ]


def _separate_subjects(mention: MeetingMention, actors: ArticleActors) -> list[MeetingMention] | None:
    """ "A and B met with C separately": each of the coordinated subjects meets the counterpart on their
    own (convention 6), in the one setting the sentence gives; None when the subject is no coordination."""
    trigger = mention.trigger
    # ("A, B and C each had a bilateral session with X": the noun's light verb tells it; "A and B held
    # separate meetings with X": or the noun itself)
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else _light_verb_of(trigger)
    if verb is None or not (_verb_told_separate(verb) or _told_separate(trigger)):
        return None
    if len(_counterparts(trigger)) != 1:
        return None  # several counterparts: each is met separately (_separate_groups)
    heads, _ = subject_heads(verb)
    subjects = [k for h in heads for c in (h, *h.conjuncts) for k in actor_keys(c, actors)]
    subjects = [k for k in dict.fromkeys(subjects) if k in mention.parties]
    if len(subjects) < 2:
        return None
    object_side = _object_side(trigger, actors)
    shared = {k: r for k, r in mention.parties.items() if k in object_side}
    return [replace(mention, parties={key: mention.parties[key], **shared}) for key in subjects]


def _light_verb_of(noun: Token) -> Token | None:
    """The verb that holds a meeting noun as its object ("had a session", "held talks"), or None."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in LIGHT_VERBS:
        return noun.head
    return None


def _object_side(trigger: Token, actors: ArticleActors) -> set[str]:
    """Actors named as the trigger verb's counterparts (objects and with-phrases), not its subject."""
    return {k for c in _counterparts(trigger) for k in actor_keys(c, actors)}


def fold_into_visits(mentions: list[MeetingMention], actors: ArticleActors) -> list[MeetingMention]:
    """Encounters set inside a visit are that visit ("X will hold talks with Y and meet Z during the
    visit"): one meeting whose visitor is the traveller and whose hosts are all the people received by.

    A visit mention that dates the verbs it hangs from ("during"/"on"/"in the visit") takes over the
    mentions whose trigger or light verb is one of those verbs (or their coordinated verbs)."""
    folded: set[int] = set()
    for visit in mentions:
        if visit.meeting_type != "visit" or visit.trigger.pos_ != "NOUN" or visit.trigger.dep_ != "pobj":
            continue
        prep = visit.trigger.head
        if prep.lower_ not in PRESENCE_PREPOSITIONS or prep.head.pos_ not in ("VERB", "AUX"):
            continue
        visitors = [k for k, r in visit.parties.items() if r == VISITOR]
        if not visitors:
            continue
        verbs = clause_verbs(prep.head)
        anchors: dict[int, list[str]] = {}  # the verb of each encounter taken over -> its parties
        for encounter in mentions:
            if encounter is visit or id(encounter) in folded:
                continue
            anchor = (
                encounter.trigger if encounter.trigger.pos_ in ("VERB", "AUX") else encounter.trigger.head
            )
            if anchor.i not in verbs or not set(visitors) & set(encounter.parties):
                continue
            for key, role in encounter.parties.items():
                if key not in visit.parties:
                    visit.parties[key] = HOST if role in (PARTICIPANT, HOST) else role
                    if _programme(encounter):
                        visit.programme = (*visit.programme, key)
            drop_met_destination(visit.parties, set(encounter.parties), actors)
            visit.attendees.extend(k for k in encounter.attendees if k not in visit.parties)
            visit.date = visit.date or encounter.date
            # "met X in Belgrade during a visit to Serbia": the city is the more specific place
            if encounter.location is not None:
                visit.location = more_specific_place(visit.location, encounter.location)
            visit.status = visit.status or encounter.status
            visit.meets_government = visit.meets_government or encounter.meets_government
            anchors.setdefault(anchor.i, []).extend(encounter.parties)
            folded.add(id(encounter))
        if len(anchors) > 1:
            # "During her visit, X was received by A on Monday and later held talks with B": encounters told
            # by verbs of their own are met in turn, one each (convention 6)
            visit.programme = (*visit.programme, *(k for keys in anchors.values() for k in keys))
    kept = [m for m in mentions if id(m) not in folded]
    for encounter in kept:
        if _during_journey(encounter.trigger) and _programme(encounter):
            encounter.programme = (*encounter.programme, *_object_side(encounter.trigger, actors))
    return kept


def _during_journey(trigger: Token) -> bool:
    """ "During his stay, X is scheduled to meet A, B and C", "on his Asian tour he will see A and B": the
    encounters of a journey the traveller makes, which no visit noun names as a meeting of its own."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    return any(
        o.lemma_.lower() in JOURNEY_NOUNS
        for v in (verb, *controlling_verbs(verb))
        for o in prep_objects(v, ("during", "on"))
    )


def one_per_host(record: LocalMeeting, meeting: MeetingDraft, actors: ArticleActors) -> list[LocalMeeting]:
    """ "will meet A, B and C during the visit": a visit's programme meets its hosts in turn, one encounter
    each (guideline, convention 6), all on the visit's day and at its place. Split once the visit's
    parties, time and place are settled, so that what tells of the visit as a whole dates and places each."""
    programme = {key for mention in meeting.mentions for key in mention.programme}
    hosts = [
        p.local_key
        for p in record.participants
        if p.role == HOST and p.local_key in programme and is_person(p.local_key, actors)
    ]
    if len(hosts) < 2:
        return [record]
    return [
        replace(
            record,
            participants=[p for p in record.participants if p.local_key not in hosts or p.local_key == host],
        )
        for host in hosts
    ]


def _programme(encounter: MeetingMention) -> bool:
    """ "will meet A, B and C during the visit", "held separate meetings with A and B during his visit": a
    visit's programme, the traveller the one who meets; a told "met A and B" or "was received by A and B" in
    one clause is one meeting (convention 6)."""
    if _told_separate(encounter.trigger):
        return True
    return encounter.status == PLANNED and not dependents(encounter.trigger, ("nsubjpass",))


def drop_met_destination(
    parties: dict[str, str], named_by_encounter: set[str], actors: ArticleActors
) -> None:
    """ "During his visit to Brazil, X held talks with the Brazilian president": once a person of the
    destination country receives the traveller, the country was only where he went (convention 1)."""
    host_homes = {home_of(k, actors) for k, r in parties.items() if r == HOST and is_person(k, actors)}
    for key in [k for k, r in parties.items() if r == HOST and k not in named_by_encounter]:
        iso3, is_country = country_of(key, actors)
        if is_country and iso3 is not None and state_today(iso3) in host_homes:
            del parties[key]
