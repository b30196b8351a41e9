"""What kind of encounter a trigger names, or none: the meeting type and frame of a use.

A verb's lexicon frame gives its meeting type and the roles of its subject and object; context refines
it: a call received or held with a named party is a conversation ("call"), a call for calm or on someone
to act is an appeal, a call paid is a visit in person. A noun is no encounter when its use says so: the
singular of a noun that counts only in the plural, a means noun that is not the channel of a report
("by telephone"), a one-party event ("a press conference", unless joint), a series
("several visits"), the modifier of another trigger ("summit meeting"), a description ("my first visit").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dipnews.extract.actors.titles import title_head
from dipnews.extract.meetings.lexicon import (
    CALL_CONTEXT_WORDS,
    CALL_MODIFIERS,
    CALL_TAKING_VERBS,
    CONVERSATION_VERBS,
    GRANTING_VERBS,
    IN_PERSON_CALL_MODIFIERS,
    JOINT_MODIFIERS,
    LIGHT_VERBS,
    MEANS_PREPOSITIONS,
    NOUN_TRIGGERS,
    NOUNS_NEEDING_GRANT,
    NOUNS_NEEDING_MEANS,
    NOUNS_NEEDING_PLURAL,
    OCCASION_NOUNS,
    ONE_PARTY_EVENT_MODIFIERS,
    PARTY_NOUNS,
    PRESS_NOUNS,
    PRIVATE_SPEECH_ADVERBS,
    RECEIVING_VERBS,
    RECURRING_MODIFIERS,
    REMOTE_ADVERBS,
    VERB_FRAMES,
    VISIT_CALL_VERBS,
)
from dipnews.extract.meetings.records import PARTICIPANT
from dipnews.extract.meetings.syntax import dependents, is_named, prenominal_visiting, prep_objects


def _remote_context(trigger: Token) -> bool:
    """A phone or video word on the noun or in its sentence, or a call received: the conversation was held
    over a line ("a telephone conversation", "a conversation by phone", "received a call from X")."""
    modifiers = {c.lemma_.lower() for c in trigger.children if c.dep_ in ("compound", "amod", "nmod")}
    return bool(modifiers & CALL_MODIFIERS) or bool(received_from(trigger)) or _call_words_in(trigger.sent)


def _call_words_in(sentence: Span) -> bool:
    return any(t.lower_ in CALL_CONTEXT_WORDS for t in sentence)


def _call_context(trigger: Token) -> bool:
    if _remote_context(trigger):
        return True
    # "arranging calls with Sanders and Clinton", "a call between X and Y": a call held with a party is a
    # conversation ("a call for calm", "calls on X to act" are appeals)
    if trigger.pos_ == "NOUN" and any(is_named(o) for o in prep_objects(trigger, ("with", "between"))):
        return True
    # ("In the call, they discussed Gaza", "During the call": a call something happened in was held)
    return trigger.dep_ == "pobj" and trigger.head.lower_ in ("in", "during") and trigger.tag_ == "NN"


def held_remotely(trigger: Token) -> bool:
    """ "held talks via video link", "met by video conference", "talks by telephone": the channel given
    by a means preposition makes the encounter a call (no place, no host)."""
    # "met virtually in November" (the parser may hang the adverb on the preposition after it)
    modified = [trigger, *(p for p in trigger.children if p.dep_ == "prep")]
    if trigger.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "advmod" and c.lower_ in REMOTE_ADVERBS for word in modified for c in word.children
    ):
        return True
    holders = [trigger]
    if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in LIGHT_VERBS:
        holders.append(trigger.head)  # the parser may hang the channel on "held"
    # ("exchanged views over the phone with X": or on the object of a verb phrase; "in talks held over the
    # phone": or on the participle describing the noun)
    holders += [o for o in trigger.children if (o.dep_ == "dobj" and o.pos_ == "NOUN") or o.dep_ == "acl"]
    # ("briefed X on the outcome by phone": or on the topic of the verb)
    holders += prep_objects(trigger, ("on",)) if trigger.pos_ == "VERB" else []
    for holder in holders:
        for prep in holder.children:
            # ("briefed X in a phone call": the call it was given in)
            in_call = prep.lower_ in ("in", "during") and _names_a_call(prep)
            if prep.dep_ not in ("prep", "agent") or (prep.lower_ not in MEANS_PREPOSITIONS and not in_call):
                continue
            for channel in (c for c in prep.children if c.dep_ == "pobj"):
                words = {
                    channel.lemma_.lower(),
                    *(c.lemma_.lower() for c in channel.children if c.dep_ == "compound"),
                }
                if (
                    words & CALL_MODIFIERS
                    or NOUN_TRIGGERS.get(channel.lemma_.lower(), {}).get("type") == "call"
                ):
                    return True
    return False


def _names_a_call(prep: Token) -> bool:
    """The preposition's object is a call ("in a phone call", "during a telephone conversation")."""
    return any(
        NOUN_TRIGGERS.get(o.lemma_.lower(), {}).get("type") == "call"
        or bool({c.lemma_.lower() for c in o.children if c.dep_ in ("compound", "amod")} & CALL_MODIFIERS)
        for o in prep.children
        if o.dep_ == "pobj"
    )


def received_from(trigger: Token) -> list[Token]:
    """ "received a call from X", "got a visit from X", "received the courtesy call of X" (the readouts'
    French-made "the visit of"): the ones the call or visit came from (an appeal is made, not received, so a
    call received is a conversation)."""
    if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in GRANTING_VERBS:
        # "granted an audience to X": the to-phrase of the noun, or of the verb the parser hung it on;
        # "gave X a warm welcome": the verb's other object; "X was given a warm welcome by Y": its subject
        verb = trigger.head
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        return (
            prep_objects(trigger, ("to",))
            + prep_objects(verb, ("to",))
            + dependents(verb, ("dative",))
            + (dependents(verb, ("nsubjpass",)) if passive else [])
        )
    taking_call = (
        trigger.head.lemma_.lower() in CALL_TAKING_VERBS
        and NOUN_TRIGGERS.get(trigger.lemma_.lower(), {}).get("type") == "call"
    )
    if trigger.dep_ != "dobj" or not (trigger.head.lemma_.lower() in RECEIVING_VERBS or taking_call):
        return []
    # ("a courtesy call from visiting X": the parser makes the participle a verb taking X as its object)
    visiting = [
        o
        for holder in (trigger, trigger.head)
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ == "from"
        for participle in dependents(prep, ("pcomp",))
        if prenominal_visiting(participle)
        for o in dependents(participle, ("dobj",))
    ]
    # ("received this morning a courtesy call by Ambassador X": the readouts' "by" for "from")
    return prep_objects(trigger, ("from", "of", "by")) + prep_objects(trigger.head, ("from",)) + visiting


def verb_frame(trigger: Token, lemma: str) -> tuple[str, str, str] | None:
    """Meeting type and the roles of subject and object for this use of a trigger verb."""
    if lemma == "speak":
        # "spoke with X" is an encounter (by phone when the sentence says so); "spoke to reporters" is
        # speech, so "to" counts only for a call
        if _call_context(trigger):
            return "call", PARTICIPANT, PARTICIPANT
        # ("are speaking to her with one voice": a with-phrase of manner names no one)
        with_phrase = any(
            o.pos_ == "PRON"
            or is_named(o)
            or o.lemma_.lower() in PARTY_NOUNS
            or title_head(o.text) is not None
            for o in prep_objects(trigger, ("with",))
        )
        with_phrase = with_phrase or _spoke_to_a_person(trigger)
        return ("meeting", PARTICIPANT, PARTICIPANT) if with_phrase or _spoke_aside(trigger) else None
    entry = VERB_FRAMES[lemma]
    remote = (lemma in CONVERSATION_VERBS and _call_context(trigger)) or held_remotely(trigger)
    meeting_type = "call" if remote else entry["type"]
    # "A and B co-chaired the strategic dialogue": a verb that holds a meeting noun takes the noun's kind
    held = [o for o in trigger.children if o.dep_ == "dobj" and o.lemma_.lower() in NOUN_TRIGGERS]
    if not remote and lemma in LIGHT_VERBS and held and (noun_kind := noun_type(held[0])):
        meeting_type = noun_kind
    return meeting_type, entry["subject"], entry["object"]


def _spoke_to_a_person(trigger: Token) -> bool:
    """ "X has spoken to Mayor Y several times": speaking to someone named, as "with" would say, is a
    conversation; "spoke to reporters", "to the nation", "to CNN" or to a journalist ("Fox News host Y")
    is speech to an audience or the press at work."""
    hearers = prep_objects(trigger, ("to",))
    press = any(t.lemma_.lower() in PRESS_NOUNS for h in hearers for t in h.subtree)
    return bool(hearers) and not press and all(h.ent_type_ == "PERSON" for h in hearers)


def _spoke_aside(trigger: Token) -> bool:
    """ "X and Y spoke briefly on the sidelines of the summit": speaking together apart from an event, to
    no audience (the plural subject is still required as the other side; "spoke to reporters", "spoke at
    the rally" are speeches)."""
    at_objects = prep_objects(trigger, ("at",))
    # ("the two men spoke at length": a long talk between them, no audience)
    at_length = [o for o in at_objects if o.lower_ == "length"]
    # (a named venue, "at Trump Tower", is where they spoke, not an audience)
    audiences = [o for o in at_objects if o not in at_length and o.pos_ != "PROPN"]
    if audiences or prep_objects(trigger, ("to", "before")):
        return False
    aside = [o for o in prep_objects(trigger, ("on",)) if o.lemma_.lower() in OCCASION_NOUNS]
    return bool(aside or at_length) or any(
        c.dep_ == "advmod" and c.lower_ in PRIVATE_SPEECH_ADVERBS for c in trigger.children
    )


def _series_held(trigger: Token, modifiers: set[str]) -> bool:
    """ "agreed to hold annual summits", "will hold regular consultations": a bare plural with a recurring
    adjective, held as a verb's object, is a series; "their semi-annual grain talks", "a day of annual
    meetings in Beijing" tell one sitting of it."""
    determined = any(c.dep_ in ("det", "poss") for c in trigger.children)
    return (
        trigger.tag_ == "NNS"
        and trigger.dep_ == "dobj"
        and not determined
        and bool(modifiers & RECURRING_MODIFIERS)
    )


def _pays_call(trigger: Token) -> bool:
    """ "paid a (courtesy) call on the king": a call that is paid is a visit in person."""
    return (
        trigger.dep_ == "dobj"
        and trigger.head.lemma_.lower() in VISIT_CALL_VERBS
        and bool(prep_objects(trigger, ("on", "to")) + prep_objects(trigger.head, ("on", "to")))
    )


def noun_type(trigger: Token) -> str | None:
    """The meeting type a trigger noun gives, or None when this use of it is no encounter."""
    lemma = trigger.lemma_.lower()
    meeting_type = NOUN_TRIGGERS[lemma]["type"]
    modifiers = {c.lemma_.lower() for c in trigger.children if c.dep_ in ("compound", "amod", "nmod")}
    # ("held a telephone talk with X": Japan's readouts call a call so, in the singular)
    if lemma in NOUNS_NEEDING_PLURAL and trigger.tag_ != "NNS" and not modifiers & CALL_MODIFIERS:
        return None
    if _series_held(trigger, modifiers):
        return None  # "agreed to hold annual summits": a series planned, no one encounter
    if lemma in NOUNS_NEEDING_MEANS and not _speech_by_means(trigger):
        return None
    if lemma in NOUNS_NEEDING_GRANT and not (
        trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in GRANTING_VERBS
    ):
        return None
    if modifiers & ONE_PARTY_EVENT_MODIFIERS:
        if not modifiers & JOINT_MODIFIERS:
            return None
        meeting_type = "meeting"  # "a joint news conference with X": the two stood side by side
    if lemma == "call" and (_pays_call(trigger) or modifiers & IN_PERSON_CALL_MODIFIERS):
        return "visit"  # "paid a call on the king", "received a courtesy call from X": in person
    if lemma == "call" and not _call_context(trigger):
        return None
    if (lemma == "call" and _call_context(trigger)) or (lemma == "conversation" and _remote_context(trigger)):
        # a conversation with no phone or video word may be held in person ("had a brief private
        # conversation with X" at a ceremony both attended): its with-phrase says nothing of a line
        meeting_type = "call"
    if modifiers & (CALL_MODIFIERS - {"conference"}) or held_remotely(trigger):
        meeting_type = "call"  # "a video conference", "a virtual summit", "talks via video link"
    if "summit" in modifiers:
        meeting_type = "summit"  # "a summit meeting", "summit talks": a meeting of the summit kind
    if lemma in ("visit", "trip") and trigger.tag_ == "NNS":
        return None  # "several visits": a series, not one meeting
    if trigger.dep_ == "compound" and trigger.head.lemma_.lower() in NOUN_TRIGGERS:
        return None  # "summit meeting": the head noun is the trigger
    if trigger.dep_ == "attr" and (
        not prep_objects(trigger, ("with", "between")) or any(c.dep_ == "expl" for c in trigger.head.children)
    ):
        # "this is my first visit": a description, not a report ("It was X's first meeting with Y since
        # 2019" names the encounter's other side: a report); "there are discussions between X and Y"
        # tells of contacts going on, no encounter
        return None
    return meeting_type


def _speech_by_means(trigger: Token) -> bool:
    """ "X assured Y by telephone that ...": the channel of a report. A quotation put first ("'...,' X
    told Y by phone") is an interview given to the press, not a call between two parties."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ not in MEANS_PREPOSITIONS:
        return False
    verb = trigger.head.head
    return not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
