"""When a meeting is: choosing the time expression that dates a mention, and resolving it.

An expression attached to the trigger in the parse wins over the nearest one in the sentence; an
expression that dates another event of the clause (a departure, what the meeting comes before) is not the
meeting's. The chosen expression is resolved against the publication date and the week or day the story
is set in (:class:`TimeFrame`); a week without a day gives no date (guideline, convention 2) and a
same-day date needs the text to imply it (convention 5). Also: whether two mentions' dates conflict, which
keeps their meetings apart when merging.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from dipnews.extract.dates import (
    FUTURE,
    NUMBER_WORDS,
    PAST,
    VISIT_DAY_ORDINALS,
    VISIT_DAY_WORD,
    WEEKDAYS,
    DateExpression,
    ResolvedDate,
    count_value,
    dates_compatible,
    find_date_expressions,
    is_day_range,
    names_day,
    names_later_period,
    names_previous_period,
    resolve_date,
    resolve_in_week,
)
from dipnews.extract.meetings.lexicon import (
    ARRIVAL_VERBS,
    BACK_FROM_WORDS,
    DAY_POSITION_ADVERBS,
    ENCOUNTER_WORDS,
    EXTENT_NOUNS,
    LATER_ADVERBS,
    LIGHT_VERBS,
    MOMENT_NOUNS,
    NOUN_TRIGGERS,
    OCCASION_NOUNS,
    OUTCOME_VERBS,
    PLACE_ADVERBS,
    PRESS_SPEAKING_VERBS,
    SAME_DAY_REPORT_VERBS,
    SEQUENCE_PREPOSITIONS,
    SEQUENCE_WORDS,
    VERB_TRIGGERS,
    VISIT_NOUNS,
)
from dipnews.extract.meetings.place import journey_of
from dipnews.extract.meetings.records import OCCURRED, PLANNED, MeetingMention
from dipnews.extract.meetings.status import (
    background_cue,
    departs,
    is_awaited,
    is_old,
    left_before_journey,
    new_time_of,
    ongoing,
    participle_of_past,
    perfect_participle,
    planned_status,
    present_for_future,
    present_simple,
    told_as_prior,
)
from dipnews.extract.meetings.syntax import (
    clause_participles,
    definite_bare,
    dependents,
    describing_modifiers,
    plan_word,
    prenominal_visiting,
    prep_objects,
    relative_holding_clauses,
    where_antecedent,
    which_within,
)
from dipnews.extract.quotes.speech import SPEECH_VERB_LEMMAS
from dipnews.model import ArticleMeta
from dipnews.nlp.parsing import datelines, doc_text

# Part-of-day expressions without "this"/"today": they continue the day the article is talking about
# ("President X spent Thursday ... The president held a meeting in the morning").
DAY_PART_EXPRESSIONS = frozenset({"in the morning", "in the afternoon", "in the evening"})
DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})
# "the following day", "the next morning": the day after the one named before (unknown when none was)
_DAY_AFTER = re.compile(r"\b(?:following|next)\s+(?:day|morning|afternoon|evening)\b", re.IGNORECASE)
# "on the second day of his visit": a day counted from the start of the journey the story told
_VISIT_DAY = re.compile(rf"\b(?P<nth>{VISIT_DAY_WORD})\s+day\s+of\b", re.IGNORECASE)
# "a three-day state visit", "a 4-day trip": a journey's length in days
_VISIT_LENGTH = re.compile(r"\b(?P<n>\d+|" + "|".join(NUMBER_WORDS) + r")-day\b", re.IGNORECASE)
# "the previous day" (or evening), "the day before", "a day earlier": the day before the one named before
_DAY_BEFORE = re.compile(
    r"\b(?:(?:previous|preceding)\s+(?:day|morning|afternoon|evening|night)|day\s+before|day\s+earlier)\b",
    re.IGNORECASE,
)
# "three days later", "two days earlier": a count of days from the day named before
_DAYS_COUNTED = re.compile(r"(?P<n>\d+|" + "|".join(NUMBER_WORDS) + r") days? (?P<way>later|earlier)")
# "on the same day", "later that day", "later in the day": the day named before, told again (the
# resolver's own reading when none was named)
_SAME_DAY_AGAIN = re.compile(
    r"\b(?:(?:same|that)\s+|(?:later|earlier)\s+in\s+the\s+)(?:day|morning|afternoon|evening|night)\b",
    re.IGNORECASE,
)


def dates_conflict(a: ResolvedDate | None, b: ResolvedDate | None) -> bool:
    if a is None or b is None or a.date is None or b.date is None:
        return False
    return not dates_compatible(a.date, a.precision, b.date, b.precision)


def _dates_token(expression: DateExpression, token: Token) -> bool:
    """The time expression hangs on this very token ("flew to Washington to meet X on Monday": Monday is
    the meeting's day, not the flight's)."""
    head = _expression_head(_tokens_in(token.sent, expression.start, expression.end))
    return head is not None and _attached_to(head, {token.i})


def _tokens_in(sentence: Span, start: int, end: int) -> list[Token]:
    return [t for t in sentence if start <= t.idx < end]


def _expression_head(tokens: list[Token]) -> Token | None:
    inside = {t.i for t in tokens}
    for token in tokens:
        if token.head.i not in inside or token.head == token:
            return token
    return None


def _venue(token: Token) -> bool:
    """A place a meeting is held at ("at a hotel", "in Washington"): it has no time of its own."""
    return (
        token.dep_ == "pobj"
        and token.head.lower_ in ("at", "in")
        and token.pos_ in ("NOUN", "PROPN")
        and token.ent_type_ not in ("PERSON", "DATE", "TIME", "ORG", "NORP")
    )


def _manner(token: Token) -> bool:
    """How a meeting went ("welcomed X with military honours in Berlin on Monday"): the parser hangs a
    trailing day on the manner noun, which is no event with a time of its own."""
    return (
        token.dep_ == "pobj"
        and token.head.lower_ == "with"
        and token.pos_ == "NOUN"
        and token.lemma_.lower() not in NOUN_TRIGGERS
    )


def _ends_reported_clause(head: Token, speech: Token, trigger: Token) -> bool:
    """ "X hosted Y in Bonn today, a government spokesman said": the parser may hang the time that closes
    the reported clause on the verb of saying after it; before that verb's comma it is the clause's own."""
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    reported = [c for c in speech.children if c.dep_ == "ccomp" and c.i < head.i < speech.i]
    return (
        after is not None
        and after.text == ","
        and any(trigger == c or c in trigger.ancestors for c in reported)
    )


def _counted_occasion(noun: Token) -> bool:
    """ "for the first time", "for the second time": the count of the occasion, whose time is the act's."""
    return noun.lemma_.lower() == "time" and noun.dep_ == "pobj" and noun.head.lower_ == "for"


def _attached_to(expression_head: Token, targets: set[int]) -> bool:
    """The expression's head hangs from one of the target tokens, through prepositions only: a noun or
    verb in between dates something else ("the visit ... comes in the backdrop of X's visit last month":
    "last month" dates the second visit, not the first)."""
    current = expression_head
    for _ in range(4):
        if current.head == current:
            return False
        parent = current.head
        if parent.i in targets:
            return True
        # "met on the sidelines of the summit on Tuesday": an occasion noun passes its date on, and so
        # does the place the parser hung it on ("met at a hotel in Washington on Tuesday night")
        if _occasion_on_object(current, parent, targets):
            current = parent  # ("met X on the sidelines of the summit on Sunday", hung on the object X)
            continue
        if _place_on_guest(current, parent, targets):
            return True  # ("will meet X and his wife in Indianapolis next Tuesday", hung on the last guest)
        if _on_counterpart(parent, targets):
            return True  # ("X's meeting with Y in Accra last month", hung on the counterpart's name)
        if (
            parent.pos_ != "ADP"
            # ("upon", tagged a conjunction; not "since", which starts what is still going on: convention 5)
            and (parent.dep_ != "prep" or parent.lower_ == "since")
            and parent.lemma_.lower() not in OCCASION_NOUNS
            and not _moment(parent)  # "received X on his return on Sunday"
            and not _venue(parent)
            and not _manner(parent)
            # "met for the first time in Panama City last April" ("for the first time since January": a start)
            and not (_counted_occasion(parent) and current.lower_ != "since")
            and parent.lemma_.lower() not in DAY_PARTS  # "on the afternoon of March 3"
            and parent.lemma_.lower() not in EXTENT_NOUNS  # "held a round of talks on June 20"
            and not (parent.dep_ == "advmod" and parent.lower_ in DAY_POSITION_ADVERBS)  # "late on Tuesday"
            and not _placed_act(parent)  # "met X here on Sunday"
        ):
            return False
        current = parent
    return False


def _moment(noun: Token) -> bool:
    return noun.lemma_.lower() in MOMENT_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ in ("on", "upon")


def _placed_act(adverb: Token) -> bool:
    """ "met X here on Sunday": a place adverb of the meeting verb passes the day on; "is expected here on
    Friday for talks" dates the arrival, not the talks (convention 5)."""
    return adverb.dep_ == "advmod" and adverb.lower_ in PLACE_ADVERBS and _meeting_act(adverb.head)


def _meeting_act(verb: Token) -> bool:
    """A meeting verb, or one holding a meeting noun ("opened a summit here on Sunday"), not an arrival."""
    lemma = verb.lemma_.lower()
    return (lemma in VERB_TRIGGERS or lemma in LIGHT_VERBS) and lemma not in ARRIVAL_VERBS


def _occasion_on_object(phrase: Token, holder: Token, targets: set[int]) -> bool:
    """The parser hung the meeting's occasion ("on the sidelines of the summit") on the verb's object."""
    return (
        phrase.pos_ == "ADP"
        and holder.dep_ == "dobj"
        and holder.head.i in targets
        and any(o.lemma_.lower() in OCCASION_NOUNS for o in phrase.children if o.dep_ == "pobj")
    )


def _on_counterpart(name: Token, targets: set[int]) -> bool:
    """A name in the meeting's own with- or between-phrase, or the meeting verb's object ("met CIA Director
    X in Doha on Sunday to discuss ..."), which the parser hung the time on."""
    if name.pos_ == "PROPN" and (name.dep_ == "dobj" or _name_set_apart(name)):
        return name.head.i in targets  # (or the name set off after its description: "met X's envoy, Y,")
    return (
        name.pos_ == "PROPN"
        and name.dep_ == "pobj"
        and name.head.lower_ in ("with", "between")
        and name.head.head.i in targets
    )


def _name_set_apart(name: Token) -> bool:
    """ "met China's special envoy for Pacific affairs, Qian Bo, at his office": the parser may hang the
    name set off by commas on the verb as an adverbial noun."""
    return name.dep_ == "npadvmod" and name.ent_type_ == "PERSON"


def _place_on_guest(phrase: Token, holder: Token, targets: set[int]) -> bool:
    """The parser hung the meeting's place, and the time on it, on the verb's object or its last conjunct."""
    guest = holder.head if holder.dep_ == "conj" else holder
    return (
        phrase.pos_ == "ADP"
        and phrase.lower_ in ("in", "at")
        and guest.dep_ == "dobj"
        and guest.head.i in targets
        and any(_venue(o) for o in phrase.children if o.dep_ == "pobj")
    )


def _sets_scene(clause: Token) -> bool:
    """A "where" or "when" relative clause ("in July 2008, when X was visiting Jerusalem") is set at the
    time and place of what it hangs from."""
    return any(c.dep_ == "advmod" and c.lower_ in ("when", "where") for c in clause.children)


# Verbs whose from-phrase is where the subject was before ("arrived from a meeting with Y").
_ARRIVING_FROM = ARRIVAL_VERBS | {"return"}


def _over_before_arrival(token: Token) -> bool:
    """ "arrived last night from a meeting with Y", "returned on Monday from talks": the encounter in the
    from-phrase of an arrival was over before it, so the arrival's time is not its own."""
    phrase = token.head if token.dep_ == "pobj" else token
    return phrase.lower_ == "from" and phrase.dep_ == "prep" and phrase.head.lemma_.lower() in _ARRIVING_FROM


def _sequenced_below(trigger: Token, clause_verb: Token) -> bool:
    """The trigger sits in a phrase that orders it before or after the clause ("will fly to Tokyo on Sunday
    after having completed a trip"), or in a relative clause: the clause's time is not the meeting's."""
    for ancestor in [trigger, *trigger.ancestors]:
        if ancestor == clause_verb:
            return False
        if ancestor.lower_ in SEQUENCE_WORDS and ancestor.dep_ in ("prep", "mark"):
            # "on Wednesday agreed to expand ties after talks": talks end in what they agree
            outcome = clause_verb.lemma_.lower() in OUTCOME_VERBS
            return not (outcome and ancestor.lower_ in ("after", "following") and trigger.pos_ == "NOUN")
        if ancestor.pos_ in ("VERB", "AUX") and _measure_of(ancestor) is not None:
            return True  # "on Monday, a year after X and Y signed their pact": a measured clause
        # ("will travel to Tokyo next month, where she is to meet Y": the where-clause is set on the journey)
        if ancestor.dep_ == "relcl" and not _sets_scene(ancestor) and where_antecedent(trigger) is None:
            return True  # "X, who is in Paris for the OECD meeting, met Y on Tuesday": a side clause
        if ancestor.lower_ == "from" and ancestor.head.lower_ in BACK_FROM_WORDS:
            return True  # "X, fresh from talks with Y, arrived on Monday": the talks came before
        if _over_before_arrival(ancestor):
            return True  # "X, who arrived last night from a meeting with Y": the time is the arrival's
    return False


def _set_in_the_past(framing: list[DateExpression], published: dt.date | None) -> bool:
    """A time expression of the sentence lies well before the report, or in an earlier week or month."""
    return is_old(_oldest_in(framing, published), published) or any(
        names_previous_period(e.text) for e in framing
    )


def _framing_expressions(
    sentence: Span, trigger: Token, expressions: list[DateExpression]
) -> list[DateExpression]:
    """The time expressions that may set the trigger's sentence in the past: not those of a relative clause
    the trigger is outside ("Spain, which joined the bloc last year, opposed it at a meeting here")."""
    framing = []
    for expression in expressions:
        tokens = _tokens_in(sentence, expression.start, expression.end)
        head = _expression_head(tokens)
        # (nor those of a since-clause: "X's meeting with Y was the first since the two clashed last month";
        # nor a since-phrase: "their first talks since 2019" sets the last ones in the past, not these)
        side = head is not None and any(
            (a.dep_ == "relcl" or _since_clause(a)) and a not in (trigger, *trigger.ancestors)
            for a in (head, *head.ancestors)
        )
        side = side or (bool(tokens) and _dates_since_event(trigger, tokens))
        ahead = head is not None and any(a.lower_ in _AHEAD_WORDS for a in list(head.ancestors)[:4])
        ahead = ahead and not names_previous_period(expression.text)  # ("ahead of last week's primary")
        if not side and not ahead and not (head is not None and _dates_the_topic(head, trigger)):
            framing.append(expression)
    return framing


def _since_clause(verb: Token) -> bool:
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children)


# ("seeking support ahead of the state's May 3 primary"): a date the meeting comes before does not set it
# in the past, however the resolver reads it (a previous period still does: "ahead of last week's primary")
_AHEAD_WORDS = frozenset({"ahead", "before", "until"})


def _dates_the_topic(expression_head: Token, trigger: Token) -> bool:
    """ "met X to discuss a September 1986 agreement": a time inside what the meeting is about (its purpose
    clause or an object noun's phrase) dates that matter, not the sentence: it does not set the meeting in
    the past."""
    for ancestor in expression_head.ancestors:
        if ancestor == trigger or ancestor in trigger.ancestors:
            return False
        if ancestor.dep_ == "dobj" or (ancestor.dep_ in ("advcl", "xcomp") and _infinitive(ancestor)):
            return True
    return False


def _infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _speech_time_span(clause: Token) -> tuple[int, int]:
    """The tokens between a verb of saying and the subject of the clause it reports ("said *on Monday* he
    had met X"): a time written there dates the saying. (0, 0) when the clause is no such report."""
    speech = clause.head
    if clause.dep_ != "ccomp" or speech.lemma_.lower() not in SPEECH_VERB_LEMMAS or speech.i > clause.i:
        return 0, 0
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i]
    # ("said that on Thursday X would meet Y": after "that" the time is the clause's own)
    starts = [c.i for c in clause.children if c.dep_ == "mark"] + [s.left_edge.i for s in subjects[:1]]
    return (speech.i, min(starts)) if subjects else (0, 0)


# A time expression of the sentence with its tokens and its head in the parse.
_Located = tuple[DateExpression, list[Token], Token]


def _located_expressions(
    sentence: Span, expressions: list[DateExpression], speech_time: tuple[int, int]
) -> list[_Located]:
    """The sentence's time expressions, each with its tokens and head, less those written between a verb
    of saying and its report, which date the saying wherever the parser hangs them ("X said on Monday he
    had been received by Y last Friday": Monday is the saying's)."""
    located: list[_Located] = []
    for expression in expressions:
        tokens = _tokens_in(sentence, expression.start, expression.end)
        head = _expression_head(tokens)
        if head is None or (tokens and speech_time[0] < tokens[0].i and tokens[-1].i < speech_time[1]):
            continue
        located.append((expression, tokens, head))
    return located


def _own_time(trigger: Token, located: list[_Located]) -> DateExpression | None:
    """A time hung on the trigger itself dates it before one of the clause around it ("It was their fourth
    meeting this year, following X's visit to Tokyo in March": March is the visit's)."""
    for expression, tokens, head in located:
        if trigger in tokens or _attached_to(head, {trigger.i}):
            return expression
    return None


def _dates_since_event(trigger: Token, tokens: Sequence[Token]) -> bool:
    """ "their first face-to-face talks since the Turkish leader's re-election in May": a time written
    after a since-phrase that names another event (no date, no meeting) dates that event, though the
    parser hangs it on the meeting noun."""
    since = next((c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "since"), None)
    if since is None or tokens[0].i < since.i:
        return False
    if all(t == since or since.is_ancestor(t) for t in tokens):
        # "their first meeting since 2019", "met for the first time since 2019": the time the phrase gives
        # is when the last one was, the start of an interval, not this meeting's date
        return True
    objects = dependents(since, ("pobj",))
    return bool(objects) and all(
        o.ent_type_ not in ("DATE", "TIME") and o.lemma_.lower() not in NOUN_TRIGGERS for o in objects
    )


def _visit_within(clause: Token) -> set[int]:
    """ "X's trip to Tokyo in January, during which he held talks with Y": the visit the clause is within,
    whose time is the meeting's (and the verb of "paid a visit to Madrid on 3 June": the days hang on it);
    "a visit to Madrid on 3 and 4 April, during which he will be received by Y": the parser may hang the
    clause on the days, which are set on the verb of their phrase."""
    if clause.dep_ != "relcl" or which_within(clause) is None:
        return set()
    head = clause.head
    if head.lemma_.lower() in VISIT_NOUNS:
        return {head.i, *([head.head.i] if head.dep_ == "dobj" else [])}
    if head.ent_type_ == "DATE":
        return {head.head.head.i if head.dep_ == "pobj" else head.head.i}
    return set()


def choose_date_expression(
    sentence: Span, trigger: Token, governor: Token | None, expressions: list[DateExpression]
) -> DateExpression | None:
    """The time expression that dates this trigger: one attached to it in the parse, else the nearest
    one that does not date a speech act ("state media reported on Monday")."""
    if not expressions:
        return None
    if governor is not None and (new_time := new_time_of(governor)) is not None:
        # "originally set for Thursday, has been postponed to next week": the time put off to
        start, end = new_time.left_edge.idx, new_time.right_edge.idx + len(new_time.right_edge.text)
        return next((e for e in expressions if start <= e.start and e.end <= end), None)
    targets = {trigger.i, *(m.i for m in describing_modifiers(trigger) + clause_participles(trigger))}
    targets |= {c.i for c in relative_holding_clauses(trigger)}  # "a meeting he had with X last year"
    targets |= {v.i for v in _infinitives_of_subject(trigger, governor)}
    # "is hosting X for talks in Beijing this week": the purpose's time is the visit's
    targets |= {o.i for o in prep_objects(trigger, ("for",)) if o.lemma_.lower() in NOUN_TRIGGERS}
    targets |= _visit_within(trigger if trigger.pos_ in ("VERB", "AUX") or governor is None else governor)
    if trigger.dep_ == "advcl" and trigger.head.lemma_ == "be":
        # "is due in Bonn on Thursday to see X": the day the visitor is there for it is the meeting's
        targets |= {c.i for c in trigger.head.children if c.dep_ == "acomp"}
    if prenominal_visiting(trigger) and trigger.head.pos_ == "VERB":
        # "X told visiting Y today that ...": the act addressed to the visitor is the encounter, even a
        # saying
        targets.add(trigger.head.i)
    if (
        governor is not None
        and trigger.pos_ == "NOUN"
        and _measure_of(trigger) is None
        and not _over_before_arrival(trigger)
    ):
        # ("met X on Monday, two months after their meeting in Paris": Monday is not the meeting's)
        targets.add(governor.i)
    speech_time = _speech_time_span(trigger if governor is None else governor)
    located = [
        e
        for e in _located_expressions(sentence, expressions, speech_time)
        if not _dates_since_event(trigger, e[1])
    ]
    when_time = _time_before_when_clause(trigger, expressions) or _own_time(trigger, located)
    if when_time is not None:
        return when_time
    # a noun trigger may carry its date as a possessive or relative clause ("last month's summit")
    loose: list[tuple[int, DateExpression]] = []
    for expression, tokens, head in located:
        if trigger in tokens or any(t.head == trigger for t in tokens) or _attached_to(head, targets):
            return expression
        if head.dep_ == "poss" and head.head.dep_ == "pobj" and _attached_to(head.head, targets):
            return expression  # "talked at last month's ball": the occasion's date is the encounter's
        # Fallback candidates date a clause (their first non-preposition ancestor is a verb) that is
        # not a speech act ("state media reported on Monday"); one hanging from a noun dates that noun.
        parent = head.head
        # (through a duration the parser hangs it on: "spoke with X for 30 minutes on Thursday")
        while (parent.pos_ == "ADP" or parent.ent_type_ in ("DATE", "TIME")) and parent.head != parent:
            parent = parent.head
        if parent.lower_ in PLACE_ADVERBS and parent.head != parent:
            # ("visited a church here on Saturday": hung on the object, the adverb places the clause's act)
            holder = parent.head.head if parent.head.dep_ == "dobj" else parent.head
            parent = holder if _meeting_act(holder) else parent
        if parent.dep_ in ("nsubj", "nsubjpass") and "on" in (head.lower_, head.head.lower_):
            parent = parent.head  # "X on Tuesday hosted Y": the wire sets the day after the subject
        if parent == head or parent.pos_ not in ("VERB", "AUX"):
            continue
        if parent.lemma_.lower() in SPEECH_VERB_LEMMAS or parent.lemma_.lower() in ("report", "quote"):
            if not _ends_reported_clause(head, parent, trigger):
                continue
            parent = trigger if trigger.pos_ in ("VERB", "AUX") else governor or trigger
        # it must date a clause the meeting is part of, not a side clause ("since he assumed power in 1982")
        if not any(parent == t or parent in t.ancestors for t in (trigger, governor) if t is not None):
            continue
        if _sequenced_below(trigger, parent):
            continue
        # (a month or year the journey is in holds the meeting too: "will travel to Tokyo next month")
        if _planned_after_arrival(trigger, parent) and not _names_a_period(expression):
            continue
        loose.append((abs(head.i - trigger.i), expression))
    if not loose:
        return None
    return min(loose, key=lambda pair: pair[0])[1]


def _infinitives_of_subject(trigger: Token, governor: Token | None) -> list[Token]:
    """ "The talks are due to begin on Wednesday", "talks are expected to resume next week": the verb
    the meeting is the subject of passes its time to the infinitive saying when it begins."""
    if governor is None or trigger.dep_ not in ("nsubj", "nsubjpass") or trigger.head != governor:
        return []
    holders = [governor, *(c for c in governor.children if c.dep_ == "acomp")]
    return [x for h in holders for x in h.children if x.dep_ == "xcomp" and x.pos_ in ("VERB", "AUX")]


# Any publication day: whether an expression names a month or a year does not depend on it.
_ANY_DAY = dt.date(2000, 1, 5)


def _names_a_period(expression: DateExpression) -> bool:
    """The expression names a month or a year ("next month", "in May"), not a day or a week."""
    precision = resolve_date(expression.text, _ANY_DAY, FUTURE).precision
    return precision in ("month", "year")


def _planned_after_arrival(trigger: Token, verb: Token) -> bool:
    """ "X arrived in Washington on Sunday evening and was due to sit down with Y": the arrival's time is not
    that of the meeting it is due for (convention 5: a journey's day is not the meeting's)."""
    if verb == trigger or verb.lemma_.lower() not in ARRIVAL_VERBS:
        return False
    path = [a for a in trigger.ancestors if a != verb and verb in a.ancestors]
    return any(plan_word(t) for t in path)


def _time_before_when_clause(trigger: Token, expressions: list[DateExpression]) -> DateExpression | None:
    """ "is due to visit the White House on Nov. 18, when he will meet X": a when-clause right after a time
    expression tells what happens at that time (the parser may hang the clause on the main verb)."""
    when = next((c for c in trigger.children if c.dep_ == "advmod" and c.lower_ == "when"), None)
    if when is None or when.i > trigger.i:
        return None
    text = doc_text(trigger.doc)
    return next((e for e in expressions if text[e.end : when.idx].strip() == ","), None)


def _has_alternative(chosen: DateExpression, expressions: list[DateExpression], text: str) -> bool:
    """The expression is one side of "X or Y" ("late April or early May"); ``text`` is the article."""
    for other in expressions:
        first, second = (chosen, other) if chosen.start < other.start else (other, chosen)
        if other is not chosen and re.fullmatch(r"\s+or\s+", text[first.end : second.start]):
            return True
    return False


@dataclass(frozen=True, slots=True)
class TimeFrame:
    """What dates a mention beyond its own words: the publication date, the day the story last named
    ("on Thursday ... in the afternoon"), the week its plans are set in ("next week ... on Friday")."""

    published: dt.date | None
    focus_day: ResolvedDate | None = None
    week_ahead: int | None = None
    # the day the story last named, the publication day included ("On May 17 ... On the same day")
    named_day: ResolvedDate | None = None
    # the one day the last sentences named, if they named one ("toured a factory on Wednesday morning")
    day_before: ResolvedDate | None = None
    # the day the story's last told journey began, and its length ("arrived on Monday for a three-day visit")
    visit_start: ResolvedDate | None = None
    visit_days: int | None = None


def on_named_day(
    chosen: DateExpression, expressions: list[DateExpression], frame: TimeFrame, resolved: ResolvedDate
) -> ResolvedDate:
    """A time told from a day named before it: "in the afternoon", "on the same day", "the following
    day". The day is one the sentence names before the expression ("Today he ... in the afternoon", "on
    Monday, and the next day"), else the day the story last named; without one, the resolver's reading."""
    earlier = [e for e in expressions if e.end <= chosen.start]
    in_sentence = last_named_day(earlier, frame.published, with_published=True)
    if " ".join(chosen.text.lower().split()) in DAY_PART_EXPRESSIONS:
        day = in_sentence or frame.focus_day
        return resolved if day is None else ResolvedDate(day.date, day.precision, chosen.text)
    if (counted_in_visit := _VISIT_DAY.search(chosen.text)) is not None:
        return _day_of_visit(counted_in_visit["nth"].lower(), frame, chosen.text) or resolved
    named = in_sentence or frame.named_day
    if named is not None and _SAME_DAY_AGAIN.search(chosen.text):
        return ResolvedDate(named.date, named.precision, chosen.text)
    if named is not None and named.date is not None and named.precision == "day":
        for pattern, days in ((_DAY_AFTER, 1), (_DAY_BEFORE, -1)):
            if pattern.search(chosen.text):
                return ResolvedDate(named.date + dt.timedelta(days=days), "day", chosen.text)
        if counted := _DAYS_COUNTED.fullmatch(" ".join(chosen.text.lower().split())):
            count = count_value(counted["n"])
            days = count if counted["way"] == "later" else -count
            return ResolvedDate(named.date + dt.timedelta(days=days), "day", chosen.text)
    return resolved


def _day_of_visit(nth: str, frame: TimeFrame, text: str) -> ResolvedDate | None:
    """The nth day of the journey the story told last, counted from the day it began; its last day only
    when the story gave its length ("a three-day visit")."""
    start = frame.visit_start
    if start is None or start.date is None or start.precision != "day":
        return None
    offset = VISIT_DAY_ORDINALS.get(nth)
    if offset is None and frame.visit_days is not None:  # "last", "final", "closing"
        offset = frame.visit_days - 1
    return None if offset is None else ResolvedDate(start.date + dt.timedelta(days=offset), "day", text)


def _resolve_chosen(
    chosen: DateExpression,
    expressions: list[DateExpression],
    token: Token,
    governor: Token | None,
    planned: bool | None,
    frame: TimeFrame,
) -> tuple[ResolvedDate, bool | None]:
    """The date a chosen time expression gives the mention, and the plan status it implies."""
    published = frame.published
    tense = FUTURE if planned or (planned is None and present_simple(token, governor)) else PAST
    resolved = resolve_date(chosen.text, published, tense)
    if planned is None and tense == PAST:
        resolved = _nearer_occurrence(chosen.text, published, resolved, FUTURE)
    if tense == FUTURE and frame.week_ahead is not None:
        resolved = resolve_in_week(chosen.text, published, frame.week_ahead) or resolved
    if tense == FUTURE and _plan_told_in_past(token, governor):
        # "X was scheduled to meet Y later on Tuesday", reported on Wednesday: a plan told in the past
        # tense may lie on either side of the report; the nearer day is meant
        resolved = _nearer_occurrence(chosen.text, published, resolved, PAST)
    resolved = on_named_day(chosen, expressions, frame, resolved)
    # "arrived on Tuesday ahead of talks": a time before the awaited meeting is the arrival's
    awaited = is_awaited(token) and chosen.end <= token.idx
    if (departs(token, governor) or awaited) and not _dates_token(chosen, token):
        # the day is the departure's, not the meeting's; a departure still to come makes the meeting planned
        if planned is None and resolved.date is not None and published and resolved.date > published:
            planned = True
        resolved = ResolvedDate(None, "unknown", chosen.text)
    if _has_alternative(chosen, expressions, doc_text(token.doc)):
        # "in late April or early May": a choice of dates names no date
        resolved = ResolvedDate(None, "unknown", chosen.text)
    if planned is None and tense == FUTURE and resolved.date is not None and published:
        # a present-tense "begins a visit on Tuesday": future when the day is still to come
        planned = resolved.date > published or None
    if planned is None and resolved.date is not None and published and resolved.date > published:
        planned = True if resolved.precision == "day" else planned
    return resolved, planned


# A date that opens a span of days: "from May 16 to 18", "from Monday until Wednesday".
_SPAN_OPENING = re.compile(r"\bfrom\s*$", re.IGNORECASE)
_SPAN_CLOSING = re.compile(r"\s*(?:to|until|till|through|-|–)\s*(?:\d|[A-Z][a-z]+\b)")


def _visit_over_days(mention: MeetingMention, chosen: DateExpression) -> ResolvedDate | None:
    """ "X is paying a state visit to China from May 16 to 18": a visit spanning days is no one day's
    encounter, so it is dated by its month, which the talks held during it (on a day of their own) refine
    when both are told."""
    date = mention.date
    if mention.meeting_type != "visit" or date is None or date.date is None or date.precision != "day":
        return date
    text = doc_text(mention.trigger.doc)
    spanned = is_day_range(chosen.text) or (
        _SPAN_OPENING.search(text, max(0, chosen.start - 6), chosen.start)
        and _SPAN_CLOSING.match(text, chosen.end)
    )
    if not spanned:
        return date
    return ResolvedDate(date.date.replace(day=1), "month", date.text)


def date_mention(
    mention: MeetingMention, governor: Token | None, expressions: list[DateExpression], frame: TimeFrame
) -> None:
    """Set the mention's date, status and background from its time expression and tense."""
    token, published = mention.trigger, frame.published
    perfect = perfect_participle(governor if token.pos_ == "NOUN" and governor is not None else token)
    # ("will gather for the first time since their February talks": what "since" counts from is behind)
    prior = told_as_prior(token) or (token.dep_ == "pobj" and token.head.lower_ == "since")
    planned = False if perfect or prior else planned_status(token, governor)
    chosen = choose_date_expression(mention.sentence, token, governor, expressions)
    spoken = _spoken_after(token, governor)
    if planned is None and spoken is not None and _said_in_past(spoken):
        planned = False  # "told reporters after meeting X": what was said, the meeting was before it
    # ("X, attending the summit in Puglia, held meetings on Friday": so is the participle holding the noun)
    if (
        planned is None
        and chosen is not None
        and (
            participle_of_past(token)
            or (governor is not None and token.pos_ == "NOUN" and participle_of_past(governor))
        )
    ):
        planned = False
    if chosen is None and planned is None and ongoing(token):
        planned = False  # "talks are under way": ongoing, so of the publication day (convention 5)
    if planned is None and present_simple(token, governor):
        planned = present_for_future(token if governor is None else governor, chosen)
        if planned is None and chosen is None and _news_present(token, governor):
            planned = False  # "X holds talks with Y to press him on ...": the news of the day (convention 5)
    # ("He travels to Niamey on Monday to meet X": the journey's present tense announces the meeting)
    trip = journey_of(token) if governor is None and token.tag_ == "VB" else None
    if planned is None and trip is not None and present_simple(trip, None):
        planned = present_for_future(trip, chosen)
    if planned is False and chosen is not None and _futurate_progressive(token, governor, chosen, published):
        planned = True
    if chosen is not None:
        mention.date, planned = _resolve_chosen(chosen, expressions, token, governor, planned, frame)
        mention.date = _visit_over_days(mention, chosen)
        # "met last week": an earlier news cycle, though a week names no date (convention 2)
        mention.background = planned is not True and names_previous_period(chosen.text)
    elif (
        planned is False
        and published is not None
        # ("spoke on Tuesday, a day after talks with X": the talks are measured from Tuesday, below)
        and _measure_of(token) is None
        and (_of_report_day(token, governor) or spoken is not None)
    ):
        # "is meeting" / "opened talks" / "told reporters after talks with X" with no time expression: the
        # report is of the publication day
        mention.date = ResolvedDate(published, "day", None)
    elif planned is False and _set_in_the_past(
        _framing_expressions(mention.sentence, token, expressions), published
    ):
        # "Ahead of last week's primary, X met Y": the sentence is set in the past though the time
        # expression dates something else (an earlier week is an earlier news cycle however near)
        mention.background = True
    if mention.date is None and planned is not True and chosen is None and _told_later(token, governor):
        # "Kasich toured a factory on Wednesday morning. He later huddled with Pence": later that day
        day = frame.day_before
        mention.later_day = None if day is None else ResolvedDate(day.date, day.precision, None)
    if mention.date is None and (offset := _measured_from_clause(token, expressions, frame)) is not None:
        mention.date = offset
        if published is not None and offset.date is not None and offset.date < published:
            planned = False  # "will fly today, two days after meeting X": that meeting is behind
    mention.status = None if planned is None else (PLANNED if planned else OCCURRED)
    # a report dated well before publication is history, whatever else it shares with the news
    mention.background = (
        mention.background
        or (planned is not True and is_old(mention.date, published))
        or perfect
        or background_cue(token)
        or prior
        or left_before_journey(token)
        or (planned is not True and measured_long_before(token))
    )


def _of_report_day(token: Token, governor: Token | None) -> bool:
    """A past meeting told with no time of its own in a way that puts it on the report's day: "is
    meeting", "opened talks", an ongoing session."""
    # ("endorsed X on Friday after meeting him": a gerund after "after" is dated by its clause)
    if token.tag_ == "VBG" and not (token.dep_ == "pcomp" and token.head.lower_ in SEQUENCE_WORDS):
        return True
    if token.pos_ == "NOUN" and governor is not None and present_progressive(governor):
        return True
    # ("ended a visit on Sunday after talks with X": the talks are not what was ended)
    after = token.dep_ == "pobj" and token.head.lower_ in SEQUENCE_WORDS
    if not after and (governor or token).lemma_.lower() in SAME_DAY_REPORT_VERBS:
        return True
    return ongoing(token) or (present_simple(token, governor) and _news_present(token, governor))


def _news_present(token: Token, governor: Token | None) -> bool:
    """ "Finance Minister X holds talks with Y to press him on ...", "X meets Y in Paris": a main clause's
    simple present with no time, the wire's tense for the news of the day ("X often meets Y" tells a
    habit, no encounter: its adverb says so)."""
    main = governor if token.pos_ == "NOUN" and governor is not None else token
    return main.dep_ == "ROOT" and _meeting_act(main)


# "a day after", "two days before": how far the meeting lies from the clause it is measured from.
_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_MEASURE_UNITS = frozenset({"day", "week", "month", "year"})
_SEQUENCES = frozenset({"after", "before"})


@dataclass(frozen=True)
class _Measure:
    """ "two months after their meeting": how far (count, unit) and which way the meeting lies from the
    clause the measure hangs from."""

    sequence: Token  # "after" or "before"
    count: int | None
    unit: str  # lemma: day, week, month, year
    clause: Token


def _measure_of(trigger: Token) -> _Measure | None:
    """The measured sequence the trigger sits in ("a day after meeting Z", "two months after their
    meeting in Paris"), or None."""
    # the trigger's own clause ("a year after they met", "after X held talks"), else the preposition it
    # hangs from ("two months after their meeting", "a day after meeting Z")
    verb = next((a for a in [trigger, *trigger.ancestors] if a.pos_ in ("VERB", "AUX")), None)
    marks = [] if verb is None else [c for c in verb.children if c.dep_ == "mark" and c.lower_ in _SEQUENCES]
    if verb is not None and marks:
        sequence, measures, clause = marks[0], dependents(verb, ("npadvmod",)), verb.head
    else:
        found = next((a for a in trigger.ancestors if a.pos_ == "ADP"), None)
        if found is None or found.lower_ not in _SEQUENCES:
            return None
        sequence = found
        # the parser hangs the measure above the preposition ("a day after") or below it
        measures = [found.head] if found.head.dep_ == "npadvmod" else dependents(found, ("npadvmod",))
        clause = found.head.head if found.head.dep_ == "npadvmod" else found.head
    if len(measures) != 1 or measures[0].lemma_.lower() not in _MEASURE_UNITS:
        return None
    measure = measures[0]
    counts = [_COUNT_WORDS.get(c.lower_) for c in measure.children if c.dep_ in ("det", "nummod")]
    count = counts[0] if len(counts) == 1 else None
    return _Measure(sequence, count, measure.lemma_.lower(), clause)


def _measured_from_clause(
    trigger: Token, expressions: list[DateExpression], frame: TimeFrame
) -> ResolvedDate | None:
    """ "X huddled with Y on Thursday, a day after meeting Z": the meeting lies a measured number of days
    (months, years) before or after the day of the clause the measure hangs from. Weeks are left undated:
    "two weeks after" is a round figure, not a day."""
    measure = _measure_of(trigger)
    if measure is None or measure.count is None or measure.unit == "week":
        return None
    chosen = choose_date_expression(trigger.sent, measure.clause, None, expressions)
    if chosen is None:
        return None
    tense = FUTURE if planned_status(measure.clause, None) else PAST
    anchor = resolve_date(chosen.text, frame.published, tense)
    if anchor.date is None or anchor.precision != "day":
        return None
    steps = measure.count if measure.sequence.lower_ == "after" else -measure.count
    if measure.unit == "day":
        return ResolvedDate(anchor.date - dt.timedelta(days=steps), "day", None)
    if measure.unit == "month":
        months = anchor.date.year * 12 + anchor.date.month - 1 - steps
        return ResolvedDate(dt.date(months // 12, months % 12 + 1, 1), "month", None)
    return ResolvedDate(dt.date(anchor.date.year - steps, 1, 1), "year", None)


def measured_long_before(trigger: Token) -> bool:
    """ "two weeks after their meeting in Rome", "a year after they met": an encounter a week or more
    before the clause it is measured from, so older than the news (history)."""
    measure = _measure_of(trigger)
    return measure is not None and measure.sequence.lower_ == "after" and measure.unit != "day"


def _plan_told_in_past(trigger: Token, governor: Token | None) -> bool:
    """ "was scheduled to meet", "were due to hold talks": the plan word the meeting hangs on is in the
    past tense."""
    verb = governor if trigger.pos_ == "NOUN" and governor is not None else trigger
    for _ in range(3):
        if verb.dep_ not in ("xcomp", "dobj") or verb.head == verb:
            return False
        verb = verb.head
        if plan_word(verb):
            auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
            return verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries)
    return False


def _nearer_occurrence(
    text: str, published: dt.date | None, resolved: ResolvedDate, other_tense: str
) -> ResolvedDate:
    """A named day nearer the report when read the other way round. "his visit starting on April 29", no
    tense either way, in a March report: the coming April 29, not last year's (``resolved`` read in the
    past, ``other_tense`` FUTURE); "was scheduled to meet Y later on Tuesday", told on Wednesday: the
    Tuesday before (``resolved`` read ahead, ``other_tense`` PAST). On a tie ``resolved`` stays."""
    if published is None or resolved.date is None or resolved.precision != "day" or not names_day(text):
        return resolved
    other = resolve_date(text, published, other_tense)
    if other.date is None:
        return resolved
    sign = 1 if other_tense == FUTURE else -1  # distances measured the way each reading looks
    own_distance = sign * (published - resolved.date).days
    other_distance = sign * (other.date - published).days
    return resolved if own_distance <= other_distance else other


def present_progressive(verb: Token) -> bool:
    """ "is continuing talks", "are holding talks": going on as the article is written (convention 5)."""
    return verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP") for c in verb.children
    )


def _futurate_progressive(
    trigger: Token, governor: Token | None, chosen: DateExpression, published: dt.date | None
) -> bool:
    """ "X is hosting Y at the White House on Friday", "said she was meeting Y later this week": a
    progressive with a time still to come (a named day, or "next week", "tomorrow") is an arrangement
    (English futurate); with "today", the report's own day, or no time it is what goes on now."""
    verb = governor if trigger.pos_ == "NOUN" and governor is not None else trigger
    progressive = verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP", "VBD") for c in verb.children
    )
    if progressive and names_later_period(chosen.text):
        return True
    present = any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
    if not progressive or not present or not names_day(chosen.text) or published is None:
        return False
    day = resolve_date(chosen.text, published, FUTURE)
    if not any(weekday in chosen.text.lower() for weekday in WEEKDAYS):
        # "is paying a state visit from May 16 to 18", reported on May 17: a date of the year is the
        # occurrence nearer the report, so the visit goes on now
        day = _nearer_occurrence(chosen.text, published, resolve_date(chosen.text, published, PAST), FUTURE)
    return day.date is not None and day.date > published


def _said_in_past(verb: Token) -> bool:
    """A verb of saying in the past: "told", or a participle beside a subject that "said" ("X, speaking
    after a meeting with Y, said ...")."""
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ != "VBG":
        return False
    beside_subject = verb.dep_ == "acl" and verb.head.dep_ == "nsubj" and verb.head.head.tag_ == "VBD"
    return beside_subject or participle_of_past(verb)


def _spoken_after(trigger: Token, governor: Token | None) -> Token | None:
    """ "X told reporters after talks with Y", "was speaking after the meeting": the wire reports what X
    said at the end of the meeting, so the meeting is the report's news of the day. The verb of saying."""
    node = trigger
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in EXTENT_NOUNS:
        node = node.head.head  # "after two hours of talks"
    if node.dep_ not in ("pobj", "pcomp") or node.head.lower_ not in SEQUENCE_PREPOSITIONS:
        return None  # "after meeting X" is a clause (pcomp) of the preposition
    verb = node.head.head
    speaks = verb.lemma_.lower() in SPEECH_VERB_LEMMAS | PRESS_SPEAKING_VERBS
    return verb if speaks and (governor is None or verb.i == governor.i) else None


def finer(a: ResolvedDate, b: ResolvedDate) -> bool:
    rank = {"day": 3, "month": 2, "year": 1, "unknown": 0}
    return rank[a.precision] > rank[b.precision]


def _oldest_in(expressions: list[DateExpression], published: dt.date | None) -> ResolvedDate | None:
    resolved = [resolve_date(e.text, published, PAST) for e in expressions]
    dated = [r for r in resolved if r.date is not None]
    return min(dated, key=lambda r: r.date or dt.date.max) if dated else None


def _told_later(trigger: Token, governor: Token | None) -> bool:
    """A "later" on the meeting's verb or on the clause it sits in ("He later huddled with X", "Later, X went
    to Capitol Hill, where he met Y"): after what the story told last, on its day."""
    if (
        trigger.dep_ == "pobj"
        and trigger.head.lower_ == "by"
        and trigger.head.head.lemma_.lower() == "follow"
    ):
        return True  # "The meeting was followed by a session between X and Z": the next encounter
    verb = governor if trigger.pos_ == "NOUN" and governor is not None else trigger
    holders = [verb, *[a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")][:2]]
    later = any(c.dep_ == "advmod" and c.lower_ in LATER_ADVERBS for h in holders for c in h.children)
    # ("After the meeting, X paid a courtesy call on Y": after the meeting just told, on its day; not "after
    # the summit", an event of its own)
    after_told = any(
        o.lemma_.lower() in ENCOUNTER_WORDS and definite_bare(o, ("the", "this", "that", "their"))
        for h in holders
        for o in prep_objects(h, ("after", "following"))
    )
    return later or after_told


# Sentences back within which an earlier encounter of a party dates a later one ("X met Y on Saturday ...
# X later conferred with Z").
LATER_WINDOW = 3


def date_later_encounters(mentions: list[MeetingMention]) -> None:
    """ "X met Y on Friday ... X later met Z": an undated encounter told as later than the one just before,
    in that sentence or the next, with a party in common, is of its day."""
    for index, mention in enumerate(mentions):
        governor = None if mention.trigger.pos_ in ("VERB", "AUX") else mention.trigger.head
        settled = mention.date is not None or mention.status == PLANNED or mention.background
        if settled or not (mention.later_day or _told_later(mention.trigger, governor)):
            continue
        before = [
            m
            for m in mentions[:index]
            if 0 <= mention.sentence_index - m.sentence_index <= LATER_WINDOW
            and m.date is not None
            and m.date.precision == "day"
            and m.status != PLANNED
            and set(m.parties) & set(mention.parties)
        ]
        if before and before[-1].date is not None:
            mention.date = ResolvedDate(before[-1].date.date, "day", None)
        else:
            # ("Kasich toured a factory on Wednesday morning. He later huddled with Pence")
            mention.date = mention.later_day


def visit_length(text: str) -> int | None:
    """The length in days a journey's sentence gives ("a three-day state visit"), if it gives one."""
    found = _VISIT_LENGTH.search(text)
    return count_value(found["n"]) if found else None


def last_named_day(
    expressions: list[DateExpression], published: dt.date | None, with_published: bool = False
) -> ResolvedDate | None:
    """The last day a sentence's time phrases name explicitly (a weekday, a date, "yesterday"): the day in
    focus for a later bare "in the afternoon" (the publication day only ``with_published``: a day part
    already reads as that day). Read as past: the article reports what happened on it."""
    found: ResolvedDate | None = None
    for expression in expressions:
        if " ".join(expression.text.lower().split()) in DAY_PART_EXPRESSIONS:
            continue
        resolved = resolve_date(expression.text, published, PAST)
        if resolved.precision == "day" and (with_published or resolved.date != published):
            found = resolved
    return found


# How many days a dateline's own date may lie before the publication date ("Riyadh, September 13 (SPA)
# --" in a feed dated the 14th): an agency files on its day, the feed or the page publishes a day later.
DATELINE_LAG_DAYS = 3


def report_day(meta: ArticleMeta, text: str) -> ArticleMeta:
    """The article as dated by the day its dateline gives, when that day is a little before the
    publication date: "today" in a dispatch filed "Riyadh, September 13 (SPA) --" is the 13th, whatever
    day the page or feed carrying it was published (the report's own words state its day)."""
    found = datelines(text)
    if meta.published_date is None or not found:
        return meta
    stated = find_date_expressions(found[0].group(0))
    if not stated:
        return meta
    day = resolve_date(stated[0].text, meta.published_date, PAST)
    if day.precision != "day" or day.date is None:
        return meta
    lag = (meta.published_date - day.date).days
    return replace(meta, published_date=day.date) if 0 < lag <= DATELINE_LAG_DAYS else meta
