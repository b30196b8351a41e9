"""Whether a mention is a meeting at all, and if so whether it is planned, ongoing or history.

Refused, cancelled, negated, speculative and conditional meetings are excluded (guideline, convention 3).
The wording decides between planned ("will meet", "is due to meet", a present tense with a future time)
and occurred; a departure day is not the meeting's day (convention 5). History markers ("since they met",
"had met previously") and an age beyond :data:`BACKGROUND_AGE_DAYS` make a meeting background rather than
the news the article reports.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from dipnews.extract.dates import DateExpression, ResolvedDate, date_range
from dipnews.extract.meetings.lexicon import (
    ARRIVAL_VERBS,
    BACKGROUND_ADVERBS,
    BACKGROUND_NOUNS,
    CANCELLING_PHRASES,
    DEPARTURE_VERBS,
    EXTENT_NOUNS,
    GUEST_NOUNS,
    HABITUAL_ADVERBS,
    HAPPENING_PHRASES,
    INVITATION_NOUNS,
    NOUN_TRIGGERS,
    ONGOING_WORDS,
    ONWARD_TRAVEL_VERBS,
    PAST_NOUN_MODIFIERS,
    PLAN_LEMMAS,
    PLANNED_NOUN_MODIFIERS,
    PLANNING_NOUNS,
    PORTION_NOUNS,
    PUT_OFF_VERBS,
    REFUSAL_LEMMAS,
    SCHEDULE_PARTICIPLES,
    SEQUENCE_PREPOSITIONS,
    SPECULATIVE_FRAME_NOUNS,
    SPECULATIVE_MODALS,
    SPECULATIVE_NOUN_MODIFIERS,
    SPECULATIVE_WORDS,
    SUCCESSION_VERBS,
    TRAVEL_VERBS,
    VERB_FRAMES,
    WISH_LEMMAS,
)
from dipnews.extract.meetings.place import destinations_of, journey_of
from dipnews.extract.meetings.syntax import (
    dependents,
    infinitive_of_predicate_noun,
    plan_word,
    prep_objects,
    where_antecedent,
)

# Future auxiliaries. "would" also reports a future in the past ("said he would meet X"); with a
# condition clause ("if ...") it is hypothetical and the mention is skipped.
FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "would", "wo"})
CONDITION_MARKERS = frozenset({"if", "unless", "whether"})
# Verbs that say a meeting happens ("take place", "be held", "go ahead"), whose modal is the meeting's.
OCCURRENCE_LEMMAS = frozenset({"take", "happen", "occur", "go", "hold", "be"})
# Prepositions that make a meeting the occasion of the clause it hangs on ("signed a deal during the visit",
# "over a lunch in 2005, X and Y decided to found a bank").
OCCASION_PREPOSITIONS = frozenset({"during", "at", "after", "following", "before", "amid", "over"})
# Meetings older than this many days before publication are history, not news.
BACKGROUND_AGE_DAYS = 7


def negated(token: Token) -> bool:
    return any(child.dep_ == "neg" for child in token.children)


def _speculative(verb: Token) -> bool:
    """A modal of possibility or advice on the verb ("could meet", "should meet"), an adverb of possibility
    ("perhaps meet"), an adjective of possibility on a meeting noun ("a possible summit", "a probable
    meeting"), or the verb is the infinitive of such an adjective ("is unlikely to meet"); convention 3."""
    return (
        any(c.dep_ == "aux" and c.lower_ in SPECULATIVE_MODALS for c in verb.children)
        or any(c.dep_ == "advmod" and c.lower_ in SPECULATIVE_WORDS for c in verb.children)
        # "a possible summit", "a possible U.S.-Soviet summit meeting" (the adjective on the compound's head)
        or any(
            c.dep_ == "amod" and c.lower_ in SPECULATIVE_WORDS | SPECULATIVE_NOUN_MODIFIERS
            for noun in (verb, verb.head if verb.dep_ == "compound" else verb)
            if noun.pos_ == "NOUN"
            for c in noun.children
        )
        or (verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.lower_ in SPECULATIVE_WORDS)
        or _framed_as_possibility(verb)
    )


def _framed_as_possibility(noun: Token) -> bool:
    """ "the idea of a summit", "prospects for a peace conference": a meeting noun in the of- or for-phrase
    of a noun of possibility (convention 3)."""
    head = noun.head if noun.dep_ == "compound" else noun
    # ("the idea of the meeting between X and Y was raised when ...": a meeting told, not a possibility)
    told = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in head.children)
    return (
        not told
        and noun.pos_ == "NOUN"
        and head.dep_ == "pobj"
        and head.head.lower_ in ("of", "for")
        and head.head.head.lemma_.lower() in SPECULATIVE_FRAME_NOUNS
    )


def _contrasted(conjunct: Token) -> bool:
    """ "did not meet X, but held talks with Y": a verb joined by "but" or "yet" is set against the one
    before, so that one's negation or mood is not its own."""
    return any(
        c.dep_ == "cc" and c.lower_ in ("but", "yet") and c.i < conjunct.i for c in conjunct.head.children
    )


def _told_within(clause: Token) -> bool:
    """A relative clause of what happened at the meeting ("during which", "at which", "in which"): the
    relative word is a preposition's object, not the meeting the clause schedules."""
    return any(
        c.dep_ == "prep" and any(w.dep_ == "pobj" and w.tag_ in ("WDT", "WP") for w in c.children)
        for c in clause.children
    )


def _governed_through(head: Token) -> bool:
    """Whether the word a meeting hangs from passes its mood up to the word it depends on: an object or a
    complement, the goal of "for"/"to", a portion of the meeting, a shared infinitive, an occasion."""
    return (
        head.dep_ in ("xcomp", "dobj", "acl")
        # (not "X held talks with Y - there were not several meetings": "there be" takes no clause, so the
        # parser has hung an aside's clause on it)
        or (head.dep_ == "ccomp" and not _existential(head.head))
        or (head.dep_ == "pobj" and head.head.lower_ in ("for", "to") and head.head.head != head.head)
        # "readiness to host a new round of talks": the meeting is counted out by the noun before "of"
        or (
            head.dep_ == "pobj"
            and head.head.lower_ == "of"
            and head.head.head.lemma_.lower() in PORTION_NOUNS
        )
        # "no plans to either address the conference or meet X": infinitives share their governor
        or (head.dep_ == "conj" and head.head.tag_ == "VB" and not _contrasted(head))
        # "might see X at an OECD meeting if ...": the occasion of a meeting verb shares its mood
        or (head.dep_ == "pobj" and head.head.lower_ == "at" and head.head.head.lemma_.lower() in VERB_FRAMES)
    )


def _existential(verb: Token) -> bool:
    """ "there were not several meetings": a "be" whose subject is the expletive "there"."""
    return verb.lemma_ == "be" and any(c.dep_ == "expl" for c in verb.children)


def excluded(trigger: Token, governor: Token | None) -> bool:
    """Refused, cancelled, negated or merely hypothetical meetings are not meetings.

    The words that decide are the trigger's own modifiers and the verbs that take the meeting as their
    complement or object ("refused to meet", "declined the invitation to visit", "called for talks");
    a verb the meeting merely dates ("during the summit, both agreed ...") does not decide.
    """
    if trigger.sent.text.rstrip().endswith("?"):
        return True  # "Q: Will X meet Y next week?": a question reports no meeting
    if _did_not_happen(trigger):
        return True
    chain = [trigger]
    siblings: set[Token] = set()
    head = trigger
    # "submitted ... to a summit scheduled to be held in Riyadh": a meeting with its own schedule is
    # planned whatever the verb it is the goal of says
    scheduled = any(c.dep_ == "acl" and c.lemma_.lower() in SCHEDULE_PARTICIPLES for c in trigger.children)
    for _ in range(0 if scheduled else 3):
        climbs = _governed_through(head)
        if not climbs or head.head == head:
            break
        if head.dep_ == "conj":
            siblings.add(head.head)  # a coordinated infinitive shares the governor, it does not govern
        head = head.head.head if head.dep_ == "pobj" else head.head
        chain.append(head)
    if (
        trigger.dep_ == "conj"
        and trigger.pos_ in ("VERB", "AUX")
        and negated(trigger.head)
        and not _contrasted(trigger)
    ):
        chain.append(trigger.head)  # "did not seek or receive": the negation covers the coordinated verb
    trip = journey_of(trigger) if trigger.dep_ == "advcl" else None
    if trip is not None and trip not in chain:
        chain.append(trip)  # "may travel to Washington next week to meet X": the journey's modal counts
    if (
        trigger.dep_ in ("nsubj", "nsubjpass")
        and governor is not None
        and governor == trigger.head
        and governor.lemma_.lower() in OCCURRENCE_LEMMAS
        and (_speculative(governor) or _habitual(governor))
    ):
        # "a meeting ... could take place next month": the modal of the verb saying whether it happens
        # ("the talks could help" says what they would do, not whether they are held); "talks of this
        # kind are regularly held each year": a custom, no one meeting
        return True
    for token in chain:
        if negated(token) or _speculative(token):
            return True  # "will not meet"; "could meet", "may meet" (convention 3: speculative, skipped)
        lemma = token.lemma_.lower()
        governs = token != trigger and token not in siblings  # ("to call on X and meet Y": a sibling)
        refused = lemma in REFUSAL_LEMMAS and not put_off_to_a_time(token)
        if governs and (refused or lemma in WISH_LEMMAS or lemma == "call" or _called_off(token)):
            return True
        for child in token.children:
            if child.dep_ == "advcl" and any(
                m.lower_ in CONDITION_MARKERS for m in child.children if m.dep_ == "mark"
            ):
                return True
        if token.dep_ == "advcl" and any(
            m.lower_ in CONDITION_MARKERS for m in token.children if m.dep_ == "mark"
        ):
            return True
        if any(m.dep_ == "mark" and m.lower_ == "whether" for m in token.children):
            return True  # "asked whether she would meet X", "unclear whether they will meet": a question
    if any(child.dep_ == "det" and child.lower_ == "no" for token in chain for child in token.children):
        return True  # "no meeting", "has no plans to meet"
    if any(_habitual(t) for t in chain):
        return True  # "have met five times this year", "will meet twice a week": a count or a habit
    if governor is not None and put_off_to_a_time(governor):
        return False  # "has been postponed to next week": still to come, at the new time
    return governor is not None and (governor.lemma_.lower() in REFUSAL_LEMMAS or _called_off(governor))


def put_off_to_a_time(verb: Token) -> bool:
    """ "has been postponed to next week", "was pushed back to next month": put off to a time named."""
    return new_time_of(verb) is not None


def new_time_of(verb: Token) -> Token | None:
    """The object of the to-phrase naming the time a meeting is put off to, if the verb puts one off."""
    lemma = verb.lemma_.lower()
    # ("pushed back to next month": the parser may read "back" as an adverb and hang the to-phrase on it)
    particles = [c for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ == "back"]
    phrases = {lemma} | {f"{lemma} {c.lower_}" for c in particles}
    if not phrases & PUT_OFF_VERBS:
        return None
    objects = [o for holder in (verb, *particles) for o in prep_objects(holder, ("to", "until", "till"))]
    return next((o for o in objects if any(t.ent_type_ in ("DATE", "TIME") for t in o.subtree)), None)


def calls_off_told_meeting(sentence: Span) -> bool:
    """ "..., but the meeting was scrapped", "The talks were called off", "but that conversation never took
    place": the meeting just told, named again by a bare definite noun, did not take place."""
    for noun in sentence:
        if noun.dep_ not in ("nsubj", "nsubjpass") or noun.lemma_.lower() not in NOUN_TRIGGERS:
            continue
        if (
            not any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in noun.children)
            or len(list(noun.children)) > 1
        ):
            continue
        verb = noun.head
        if _tells_happening(verb) and negated(verb):
            return True  # "..., but that conversation never took place"
        # ("The visit was postponed in 1984": a cancellation with a time of its own is history)
        dated = any(
            t.ent_type_ in ("DATE", "TIME") for c in verb.children if c.dep_ != "nsubjpass" for t in c.subtree
        )
        if not dated and (verb.lemma_.lower() in REFUSAL_LEMMAS or _called_off(verb)):
            return True
    return False


def _did_not_happen(trigger: Token) -> bool:
    """ "A meeting between X and Y has not taken place", "The encounter did not go ahead", "Talks failed to
    materialise", "has yet to take place": the meeting noun is the subject of a verb saying it did not
    happen."""
    subject = trigger
    if (
        trigger.dep_ == "pobj"
        and trigger.head.lower_ == "of"
        and trigger.head.head.lemma_.lower() in EXTENT_NOUNS
    ):
        subject = trigger.head.head  # "the sixth round of talks ... will not take place"
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = subject.head
    if verb.lemma_.lower() in ("fail", "have"):
        failed = verb.lemma_.lower() == "fail" or any(c.lower_ == "yet" for c in verb.children)
        return failed and any(c.dep_ == "xcomp" and _tells_happening(c) for c in verb.children)
    if subject.dep_ == "nsubjpass" and verb.lemma_.lower() in SCHEDULE_PARTICIPLES and negated(verb):
        return True  # "The summit has not yet been scheduled": not planned, only spoken of
    return _tells_happening(verb) and negated(verb)


def _tells_happening(verb: Token) -> bool:
    """ "took place", "go ahead", "happened": a verb of the happening phrases, with its particle or object."""
    lemma = verb.lemma_.lower()
    completions = {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("prt", "dobj", "advmod")}
    return lemma in HAPPENING_PHRASES or bool(completions & HAPPENING_PHRASES)


def _called_off(verb: Token) -> bool:
    """ "was called off", "has been put on hold": a phrasal verb of the cancelling phrases."""
    lemma = verb.lemma_.lower()
    phrases = {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"}
    phrases |= {
        f"{lemma} {p.lower_} {o.lower_}"
        for p in dependents(verb, ("prep",))
        for o in dependents(p, ("pobj",))
    }
    return bool(phrases & CANCELLING_PHRASES)


def _habitual(token: Token) -> bool:
    """A habit or a count of occasions on the token ("frequently meets", "are regularly held", "met five
    times", "meet twice a week"), not one encounter."""
    # ("did not take long" measures how long, as "lasted long" would)
    return any(
        (
            c.dep_ == "advmod"
            and c.lower_ in HABITUAL_ADVERBS
            and not (c.lower_ == "long" and token.lemma_ == "take")
        )
        or _counted_times(c)
        or _frequency(c)
        for c in token.children
    )


def _frequency(token: Token) -> bool:
    """ "twice a week", "every month", "once a year": how often, not one occasion."""
    periods = ("day", "week", "month", "year", "fortnight")
    return (
        token.dep_ == "npadvmod"
        and token.lemma_.lower() in periods
        # ("twice a week", "every month"; "a day after" measures a distance, it counts nothing)
        and (
            any(c.dep_ == "predet" for c in token.children)
            or any(c.dep_ == "det" and c.lower_ in ("every", "each") for c in token.children)
        )
    )


def _counted_times(token: Token) -> bool:
    """ "five times", "several times": a number of occasions."""
    return (
        token.dep_ in ("npadvmod", "dobj")
        and token.lemma_.lower() == "time"
        and token.tag_ == "NNS"
        and any(c.dep_ in ("nummod", "amod") for c in token.children)
    )


def _governing_chain(
    trigger: Token, governor: Token | None
) -> tuple[list[Token], Token | None, Token | None]:
    """The words whose tense and meaning may date the trigger, walking up from it (at most three steps):
    the chain, the verb the meeting is the occasion of ("agreed ... during a meeting"), and the verb a bare
    participle hangs on ("meeting in Paris last month, agreed to ...")."""
    chain = [trigger]
    occasion_of: Token | None = None
    participle_clause: Token | None = None
    head = trigger
    # ("for an eighth round of talks": the extent noun and its "of" are one step of the walk)
    steps = 5 if trigger.dep_ == "pobj" and trigger.head.head.lemma_.lower() in EXTENT_NOUNS else 3
    for _ in range(steps):
        participial = (
            head.dep_ == "advcl" and head.tag_ == "VBG" and not any(c.dep_ == "mark" for c in head.children)
        ) or journey_of(head) is not None  # "will travel to X to meet Y": planned as the journey is
        if infinitive_of_predicate_noun(head):
            # "will be the first leader to meet Y": the copula's tense is the meeting's
            head = head.head.head
            chain.append(head)
            continue
        if (
            head.dep_ in ("xcomp", "acomp", "conj", "relcl", "pcomp", "prep", "pobj", "dobj") or participial
        ) and head.head != head:
            if participial and head is trigger and head.dep_ == "advcl":
                # "X and Y, meeting in Paris last month, agreed to ...": the verb a bare participle hangs
                # on gives its tense (participle_of_past), its meaning plans nothing about the meeting
                participle_clause = head.head
            head = head.head
            chain.append(head)
            if head.dep_ == "prep" and (
                head.lower_ in OCCASION_PREPOSITIONS
                # "agreed in a phone call on Saturday to coordinate aid": what was agreed is the plan
                or (head.lower_ == "in" and head.head.pos_ == "VERB" and plan_word(head.head))
            ):
                # "agreed to cooperate during a meeting on Sunday": the meeting is the occasion of what
                # its verb says, not the thing agreed; the verb it hangs on is as far as it reaches
                occasion_of = head.head
                if occasion_of.pos_ == "NOUN" and governor is not None and head.lower_ == "during":
                    occasion_of = governor  # "agreed on a concept during talks": the clause's act
                chain.append(occasion_of)
                if occasion_of.dep_ == "xcomp" and occasion_of.head.tag_ == "VBD":
                    # "agreed to deepen ties during a meeting on Friday": what was agreed, at the meeting
                    # (whose words plan nothing about it: "agreed to set up talks during a phone call")
                    chain.remove(occasion_of)
                    occasion_of = occasion_of.head
                    chain.append(occasion_of)
                break
        else:
            break
    return chain, occasion_of, participle_clause


def planned_status(trigger: Token, governor: Token | None) -> bool | None:
    """True when the wording announces the meeting, False when it reports it, None when silent."""
    if trigger.dep_ == "conj" and trigger.tag_ == "VBG" and trigger.head.dep_ in ("nsubj", "nsubjpass"):
        # "X and visiting Y agreed on Saturday": the visitor's description has the tense of their clause
        return planned_status(trigger.head.head, None)
    # "accepted an invitation to visit X", "an invitation to Y to pay a visit to X": the visit invited to is
    # still to come; so are "talks ... pushed back to next month", at the new time
    invited = governor if trigger.pos_ == "NOUN" and governor is not None else trigger
    if invited.dep_ == "acl" and invited.head.lemma_.lower() in INVITATION_NOUNS - GUEST_NOUNS:
        return True
    if governor is not None and put_off_to_a_time(governor):
        return True
    return _planned_by_wording(trigger, governor)


def _planned_by_wording(trigger: Token, governor: Token | None) -> bool | None:
    """The rest of :func:`planned_status`: past-time modifiers, participles, and the governing chain's
    future auxiliaries and plan words."""
    if trigger.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in PAST_NOUN_MODIFIERS for c in trigger.children
    ):
        return False  # "despite a recent trip to Japan by X": behind the report
    if (
        governor is not None
        and trigger.dep_ == "dobj"
        and trigger.head == governor
        and governor.dep_ == "advcl"
        and participle_of_past(governor)
        and not plan_word(governor)
    ):
        # "A and B agreed on Wednesday to ..., capping a four-hour summit": the participle set after the
        # clause tells what went with it, in its past tense (what was agreed is another matter)
        return False
    chain, occasion_of, participle_clause = _governing_chain(trigger, governor)
    # (not the thing agreed at the meeting: "agreed to set up talks during a phone call")
    agreed_at = occasion_of is not None and governor is not None and governor.head == occasion_of
    if governor is not None and governor not in chain and not agreed_at:
        chain.append(governor)
    for token in chain:
        if token.pos_ == "NOUN" and any(c.lemma_.lower() in PLANNED_NOUN_MODIFIERS for c in token.children):
            return True
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUXILIARIES for c in token.children):
            return True
        # "the formula he agreed upon at their summit": the verb the meeting is the occasion of says
        # when it was by its tense; its meaning plans nothing about the meeting
        if (
            token not in (trigger, occasion_of, participle_clause)
            and token.pos_ != "NOUN"
            and plan_word(token)
        ):
            return True
        if token != trigger and _planning_noun(token, governor):
            return True  # "in preparation for X's visit", "on the eve of the summit", "ahead of the talks"
        # "is to meet", "is to hold talks": be + infinitive, of the trigger or of the verb holding it
        if token in (trigger, governor) and token.dep_ == "xcomp" and token.head.lemma_ == "be":
            return True
        if token in (trigger, governor) and _headline_infinitive(token):
            return True  # "Biden to meet Xi in San Francisco": a headline's "is to", its verb left out
        if (
            (governor is not None and token.i == governor.i) or (token != trigger and token.lemma_ == "be")
        ) and any(c.dep_ == "acomp" and plan_word(c) for c in token.children):
            return True  # "X is due here on Sunday for talks", "is due in Bonn on Thursday to see Y"
        if any(map(_scheduling_clause, token.children)):
            return True
    main = governor if trigger.pos_ == "NOUN" and governor is not None else trigger
    journey = journey_of(main) if main.pos_ in ("VERB", "AUX") else None
    if journey is not None and journey.tag_ == "VBD":
        return False  # "traveled to Damascus on Friday to meet X": the journey made, its purpose too
    if occasion_of is not None and occasion_of.tag_ in ("VBD", "VBN") and not _present_passive(occasion_of):
        main = occasion_of  # the meeting was the occasion of something done: it took place then
    if main.pos_ in ("VERB", "AUX"):
        if any(c.dep_ in ("aux",) and c.tag_ == "VBD" for c in main.children):
            return False
        if main.tag_ in ("VBD", "VBN") and not _present_passive(main):
            return False
        if main.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in main.children):
            return False  # "is meeting": ongoing
        if (
            main.tag_ == "VBG"
            and main.dep_ == "pcomp"
            and main.head.lower_ in SEQUENCE_PREPOSITIONS
            and main.head.head.pos_ in ("VERB", "AUX")
        ):
            # "is due to attend a summit before travelling to Warsaw for talks": the gerund after a
            # preposition has the tense of the clause it hangs from
            return planned_status(main.head.head, None)
    return None


def _planning_noun(token: Token, governor: Token | None) -> bool:
    """A noun of planning over the meeting ("in preparation for", "on the eve of", "ahead of"); not the
    topic of the clause's talking verb ("discussed preparations for the summit in a call")."""
    topic = governor is not None and token.dep_ == "dobj" and token.head == governor
    return token.pos_ in ("NOUN", "ADV") and token.lemma_.lower() in PLANNING_NOUNS and not topic


def _scheduling_clause(child: Token) -> bool:
    """ "a summit which is scheduled for May", "a summit scheduled to be held in Riyadh"; not what was
    agreed at the meeting ("talks on March 19, during which the two agreed to ...")."""
    if child.dep_ == "relcl" and child.lemma_.lower() in PLAN_LEMMAS:
        return not _told_within(child)
    return child.dep_ == "acl" and child.lemma_.lower() in SCHEDULE_PARTICIPLES


def _present_passive(verb: Token) -> bool:
    """ "During the visit, X is scheduled to meet Y", "is expected to": a participle whose passive is in
    the present (or the future) tells of nothing done."""
    return any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP", "VB") for c in verb.children)


def _headline_infinitive(verb: Token) -> bool:
    """A clause made of a subject and a bare infinitive ("X to visit Y"): headlines leave out "is"."""
    return (
        verb.dep_ == "ROOT"
        and verb.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def participle_of_past(trigger: Token) -> bool:
    """ "X and Y, meeting in Paris on Friday, agreed ...": a bare participle takes the tense of the verb
    it hangs on."""
    bare = trigger.tag_ == "VBG" and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children)
    return bare and trigger.head.tag_ == "VBD" and trigger.head.i != trigger.i


FORWARD_LOOKING = re.compile(r"^(?:next|coming|tomorrow|later|this coming)\b", re.IGNORECASE)


def present_for_future(verb: Token, chosen: DateExpression | None) -> bool | None:
    """A present tense that announces a plan: "visits Bonn next week", or a "when" clause of a future
    sentence ("will be explained when X visits Washington"). None when the tense says nothing."""
    if chosen is not None and FORWARD_LOOKING.match(chosen.text.strip()):
        return True
    if verb.lemma_.lower() in ONWARD_TRAVEL_VERBS and verb.tag_ == "VBZ":
        return True  # "X heads to Paris for talks with Y": the talks lie at the end of the journey
    # the parser may make the when-clause a relative clause of the time word ("this week when X visits")
    when_clause = verb.dep_ in ("advcl", "relcl") and any(
        c.lower_ == "when" for c in verb.children if c.dep_ == "advmod"
    )
    clause = verb.head if verb.dep_ == "advcl" else verb.head.head  # "explained this week when X visits"
    if when_clause and planned_status(clause, None):
        return True
    return None


def departs(trigger: Token, governor: Token | None) -> bool:
    """The meeting is the purpose of a departure ("leaves for Washington on April 29 for talks"): the
    day written is the departure's, not the meeting's (guideline, convention 5)."""
    journey = journey_of(trigger) if governor is None else governor
    if governor is not None and governor.dep_ in ("advcl", "xcomp"):
        # "will leave for Washington on Monday to attend the IMF meeting": attending is the journey's purpose
        # ("left my meeting today to attend a cabinet meeting" goes nowhere: its day is the meeting's)
        trip = journey_of(governor)
        journey = trip if trip is not None and destinations_of(trip) else governor
    return journey is not None and journey.lemma_.lower() in DEPARTURE_VERBS and journey.i != trigger.i


def is_awaited(trigger: Token) -> bool:
    """The meeting is what something else comes before ("arrived on Tuesday ahead of talks", "on the eve
    of the summit"): a time the clause gives is that of the thing before, not the meeting's."""
    return any(a.lemma_.lower() in PLANNING_NOUNS for a in list(trigger.ancestors)[:3])


def perfect_participle(verb: Token) -> bool:
    """ "having completed a trip", "having met X": the perfect participle presents the event as finished
    before the clause it hangs from, the backdrop of the news rather than the news."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children)


def present_simple(trigger: Token, governor: Token | None) -> bool:
    main = governor if trigger.pos_ == "NOUN" and governor is not None else trigger
    return main.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "aux" for c in main.children)


def background_cue(trigger: Token) -> bool:
    """History markers around the trigger: "since they met", "had met previously", "in the backdrop of"."""
    for child in trigger.children:
        if child.dep_ in ("advmod", "npadvmod") and child.lemma_.lower() in BACKGROUND_ADVERBS:
            return True
        if child.dep_ == "mark" and child.lower_ == "since":
            return True
        if child.dep_ == "prep" and child.lower_ == "in" and any(o.lower_ == "past" for o in child.children):
            return True  # "who has hosted X in the past"
    head = trigger
    for _ in range(4):
        if head.head == head:
            break
        head = head.head
        if head.lemma_.lower() in BACKGROUND_NOUNS:
            return True
        if head.lower_ == "since" and head.dep_ in ("prep", "mark"):
            return True
        if head.pos_ in ("VERB", "AUX"):
            break
    return False


def left_before_journey(trigger: Token) -> bool:
    """ "arrived last night from a meeting with X", "travelled to Georgia from Yerevan, where she met X": an
    encounter on the leg a traveller has come from is the context of the news, not the news ("returned
    from talks" is left out: the talks a leader comes home from are often the news itself)."""
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ == "from":
        origin = trigger
    else:
        verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
        origin = where_antecedent(verb)
    if origin is None or origin.dep_ != "pobj" or origin.head.lower_ != "from":
        return False
    return origin.head.head.lemma_.lower() in (ARRIVAL_VERBS | TRAVEL_VERBS) - {"return"}


def told_as_prior(trigger: Token) -> bool:
    """ "The meeting follows X's summit with Y", "The visit comes days after X spoke with Y", "It came a
    day after his meeting with Z": an encounter an event of the news is set after, so past and context."""
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
        verb = trigger.head
    elif trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ == "after":
        verb = trigger.head.head
    elif trigger.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "after" for c in trigger.children):
        verb = trigger.head
    else:
        return False
    if not _sets_news_after(verb) or (verb.lemma_.lower() == "follow") != (trigger.dep_ == "dobj"):
        return False  # ("Following his meeting with X, Y said": the news itself, told in its order)
    subjects = dependents(verb, ("nsubj",))
    return any(s.lemma_.lower() in NOUN_TRIGGERS or s.lower_ in ("it", "this") for s in subjects)


def told_as_later(trigger: Token) -> bool:
    """ "The meeting follows X's summit", "The visit comes days after X spoke with Y": the subject of such a
    verb is another event than the encounter it is set after."""
    verb = trigger.head
    return (
        trigger.dep_ == "nsubj"
        and _sets_news_after(verb)
        and any(
            c.dep_ in ("dobj", "advcl") or (c.dep_ == "prep" and c.lower_ == "after") for c in verb.children
        )
    )


def _sets_news_after(verb: Token) -> bool:
    """A finite "follows", "comes", "came": a verb setting its subject after another event."""
    return verb.lemma_.lower() in SUCCESSION_VERBS and verb.tag_ in ("VBZ", "VBD", "VBP")


def ongoing(trigger: Token) -> bool:
    """ "Talks are underway", "negotiations are continuing": a present copula saying the meeting goes on;
    "X is on a three-day visit to Vietnam", "X is in talks with Y": the subject is in the middle of it."""
    head = trigger.head
    # ("X is in talks with Y": a present "be" puts the subject in the middle of the talks too)
    if trigger.dep_ == "pobj" and head.lower_ in ("on", "in") and head.head.lemma_ == "be":
        return head.head.tag_ in ("VBZ", "VBP")
    if trigger.dep_ != "nsubj" or head.tag_ not in ("VBZ", "VBP"):
        return False
    words = [head, *(c for c in head.children if c.dep_ in ("acomp", "attr", "advmod", "prep"))]
    return any(w.lemma_.lower() in ONGOING_WORDS for w in words)


def is_old(date: ResolvedDate | None, published: dt.date | None) -> bool:
    if date is None or date.date is None or published is None:
        return False
    _, last = date_range(date.date, date.precision)
    if date.precision == "day":
        return (published - last).days > BACKGROUND_AGE_DAYS
    return last < published.replace(day=1) if date.precision == "month" else last.year < published.year
