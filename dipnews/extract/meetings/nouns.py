"""Mentions found from a trigger noun ("meeting", "talks", "summit", "state visit", "phone call").

A noun names its parties in its own modifiers ("the Xi-Putin summit"), its with-, between- and
by-phrases (however the parser hung them), the subject of the verb that holds it ("X held talks with Y"),
the traveller whose journey it is the purpose of ("flew to Tokyo for talks"), or the subject it describes
("Chirac, in a visit this week with Reagan, ..."). A speech at one's own organisation's session is no
meeting (guideline: a speech by one party is none).
"""

from __future__ import annotations

from spacy.tokens import Token

from dipnews.extract.actors.countries import is_international_body
from dipnews.extract.meetings.kinds import noun_type, received_from
from dipnews.extract.meetings.lexicon import (
    ADDRESSING_VERBS,
    ASSEMBLY_ADDRESSING_VERBS,
    ATTENDANCE_VERBS,
    ATTENDING_VERBS,
    BACK_FROM_WORDS,
    CONSENTING_VERBS,
    DELEGATION_NOUNS,
    GIVING_PARTICIPLES,
    GROUP_NOUNS,
    HOSPITALITY_NOUNS,
    HOSTING_PARTICIPLES,
    INVOLVING_VERBS,
    JOINING_VERBS,
    LIGHT_VERBS,
    MEANS_PREPOSITIONS,
    MEETING_VERB_LEMMAS,
    NOUN_TRIGGERS,
    NOUNS_NEEDING_MEANS,
    NOUNS_NEEDING_WITH,
    NOUNS_NEEDING_WITH_PHRASE,
    OCCURRENCE_VERBS,
    ONGOING_WORDS,
    PARTY_NOUNS,
    PRESENCE_PREPOSITIONS,
    PROGRAMME_VERBS,
    SEQUENCE_PREPOSITIONS,
    SHARED_MEALS,
    TOPIC_PREPOSITIONS,
    VERB_TRIGGERS,
    VERBS_WITH_TOPIC_OBJECT,
    VISIT_CALL_VERBS,
)
from dipnews.extract.meetings.parties import (
    ArticleParties,
    actor_by_surname,
    actor_keys,
    body_members,
    country_of,
    is_party_phrase,
    is_person,
    names_a_site,
    organisation_meeting,
    phrase_actor_keys,
    reporting_verb,
    residence_owners,
    session_bodies,
    session_owners,
)
from dipnews.extract.meetings.place import (
    is_listed_venue,
    journey_of,
    names_venue,
    place_text,
    travellers_of,
    travels_for,
)
from dipnews.extract.meetings.records import ATTENDEE, HOST, PARTICIPANT, VISITOR, enrol
from dipnews.extract.meetings.roles import (
    add_invitation_hosts,
    add_invited_for,
    add_inviters,
    home_of,
    invitation_hosts,
    met_on_journey,
    state_today,
    visits_own_country,
)
from dipnews.extract.meetings.splitting import drop_met_destination, separate_occasions
from dipnews.extract.meetings.status import negated
from dipnews.extract.meetings.syntax import (
    dangling_conjuncts,
    dependents,
    governing_verb,
    naming_clause,
    prep_objects,
    relative_holding_clauses,
    subject_heads,
    with_conjuncts,
)
from dipnews.extract.quotes.speech import SPEECH_VERB_LEMMAS
from dipnews.model import ArticleActors


def _with_objects_on_verbs(trigger: Token, governor: Token | None, relation: str) -> list[Token]:
    """ "held a meeting in the morning with X", "will go to Paris for talks tomorrow with X": the parser
    often hangs the with-phrase on the verb (or on the verb naming it: "had what he termed a meeting this
    morning with X")."""
    if governor is None or not (
        (relation == "object" and governor.lemma_.lower() in LIGHT_VERBS)
        or (relation == "for" and travels_for(governor))
    ):
        return []
    naming = naming_clause(trigger)
    # ("held talks via videoconference with X": the with-phrase hung on the channel; "held talks on Monday
    # in Algiers with X": on the day or the place)
    channels = [
        o
        for p in dependents(governor, ("prep",))
        for o in p.children
        if p.lower_ in MEANS_PREPOSITIONS
        or (p.lower_ in ("in", "at", "on") and o.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME"))
    ]
    on_governor = prep_objects(governor, ("with",))
    if relation == "for":
        # ("flew to London with X for talks with Y": a with-phrase before the purpose goes along)
        on_governor = [o for o in on_governor if o.i > trigger.i]
    return (
        on_governor
        + (prep_objects(naming, ("with",)) if naming else [])
        + [w for channel in channels for w in prep_objects(channel, ("with",))]
    )


def _enrol_modifier_parties(
    parties: dict[str, str], trigger: Token, visit_like: bool, actors: ArticleActors
) -> int:
    """Enrol the parties the noun's modifiers name; how many there are. "during Kishida visit": a visit
    named after one person is that person's, as "Kishida's visit" is."""
    keys = _modifier_parties(trigger, actors)
    alone = visit_like and len(set(keys)) == 1 and is_person(keys[0], actors)
    enrol(parties, keys, VISITOR if alone else PARTICIPANT)
    return len(set(keys))


def _modifier_parties(trigger: Token, actors: ArticleActors) -> list[str]:
    """ "the Xi-Putin summit", "U.S.-Japan talks": parties named in the noun's own modifiers; a capitalised
    name ("Foreign Office Consultations with X") names a format, not parties."""
    if trigger.is_title and not trigger.is_sent_start:
        return []
    keys: list[str] = []
    # ("their Luxembourg meeting": beside owners of its own, a place's name says where it was held)
    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in trigger.children)
    for child in trigger.children:
        if owned and child.ent_type_ == "GPE" and child.dep_ == "compound":
            continue
        if child.dep_ in ("compound", "amod", "nmod") and child.i < trigger.i:
            if names_venue(child):
                continue
            mentioned = actors.mentions_in(child.left_edge.idx, child.idx + len(child.text))
            # ("his Oval Office meeting", "the Trump Tower meeting": a venue where it was held, whose
            # words name no one)
            found = [m for m in mentioned if not _venue_actor(m.local_key, actors)]
            keys.extend(mention.local_key for mention in found)
            # "Xi-Putin", "the Modi-Xi meeting": each name of a hyphenated pair is its own compound token,
            # which the tagger may call an adjective and the model leave untagged
            for word in child.subtree:
                untagged = not any(m.char_start <= word.idx < m.char_end for m in mentioned)
                if untagged and word.is_title and (by_name := actor_by_surname(word, actors)):
                    keys.append(by_name)
    return keys


def _venue_actor(key: str, actors: ArticleActors) -> bool:
    """An actor named like a seat of government or a landmark venue ("Oval Office", "Capitol Hill")."""
    actor = actors.actor(key)
    return actor is not None and is_listed_venue(actor.name)


def _told_before(trigger: Token) -> bool:
    """ "the meeting", "the talks": a definite meeting noun with no party phrase of its own."""
    # ("attended the Trump Tower meeting": where it was held names no party)
    own = [
        c
        for c in trigger.children
        if (c.dep_ not in ("det", "punct", "prep") or c.lower_ in ("with", "between")) and not names_venue(c)
    ]
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in trigger.children)
    return definite and not own


def _add_governor_parties(
    parties: dict[str, str], trigger: Token, governor: Token, relation: str, actors: ArticleActors
) -> None:
    """The subject of the verb that holds the meeting ("X held talks with Y", "X said during the talks")
    is a party; holding it after travelling there makes X the visitor and the others hosts."""
    if negated(governor) and (relation == "object" or governor.lemma_ == "be"):
        # "X was not at the summit"; but "in meetings with Y, X had not called for changes" denies what X
        # did there, not that X was there
        return
    if relation == "object" and governor.lemma_.lower() in JOINING_VERBS and _told_before(trigger):
        return  # "Vance and Rubio joined the meeting": attendees of the meeting told (add_later_attendees)
    if relation != "object" and len(set(_modifier_parties(trigger, actors))) >= 2:
        return  # "X briefed the media after the Modi-Xi meeting": named by its two sides, X spoke of it
    if relation in SEQUENCE_PREPOSITIONS and (
        _named_owner(trigger) or _owned_by_other(trigger, governor, actors)
    ):
        return  # "X met Y a day after the Ukrainian president's meeting with Z": the owner's, not X's
    received = bool(received_from(trigger))
    visit_like = noun_type(trigger) == "visit"
    if not (
        (relation == "object" and governor.lemma_.lower() in LIGHT_VERBS)
        or _at_occasion(trigger, relation)
        or bool(_joined_for(governor, relation))
        or trigger.lemma_.lower() in NOUNS_NEEDING_MEANS  # "X assured Y by telephone": the channel of X's act
        or received
        or _consented_to(trigger, governor, relation)
        or (visit_like and relation == "on")  # "X, (who is) on a visit to Brazil, met Y": X travels
        # "A and B have not met since a brief encounter in Doha": the last time the two met
        or (relation == "since" and governor.lemma_.lower() in VERB_TRIGGERS)
        or _met_for(trigger, governor, relation, actors)
        or _addressed_session(trigger, governor, relation, parties, actors)
        # "ahead of the meeting with Y, X said": X is to attend it ("ahead of talks between A and B" names
        # both its sides; "ahead of next week's OPEC conference" is an event of its own, a time reference)
        or (_ahead_of(trigger) and not prep_objects(trigger, ("between",)) and not _named_event(trigger))
    ):
        return
    subjects, passive = subject_heads(governor)
    passive = passive or any(c.dep_ == "auxpass" for c in governor.children)
    # ("X was given a warm welcome by Y": the passive's subject is the one received, its agent the giver)
    if passive and (received or not any(actor_keys(s, actors) for s in subjects)):
        # "the request was made by X at a meeting with Y": the agent acted there, not the thing done
        subjects = prep_objects(governor, ("by",)) or _reporter_of(trigger, governor, relation, actors)
    if governor.lemma_.lower() == "host" or (received and visit_like):
        role = HOST
    elif organisation_meeting(trigger, parties, actors):
        role = PARTICIPANT  # attending an organisation's session (convention 8)
    elif visit_like and VISITOR in parties.values():
        if HOST in parties.values():
            # "X wore a hat after his visit to Mexico": the visit names whom it went to; but "during X's
            # visit to Peru, the Peruvian president pledged ...": a person of the country visited receives X
            _add_destination_hosts(parties, subjects, actors)
            return
        role = HOST  # "the U.S. expects smooth talks during Chirac's visit": the visit has its visitor
    elif _receives_traveller(parties, governor, subjects, actors):
        role = HOST  # "X will travel to Sydney, where Y is due to hold talks with him": Y receives X
    elif visit_like or journey_of(governor) is not None or met_on_journey(governor):
        role = VISITOR
        for key, current in parties.items():
            if current == PARTICIPANT and not visit_like:
                parties[key] = HOST  # "arrived ... and held talks with X": X receives the traveller
    else:
        role = PARTICIPANT
    if len(parties) >= 2 and isinstance(actors, ArticleParties):
        # the meeting names its own parties ("During the Xi-Putin summit, both ..."): an anaphoric
        # subject refers to them, not to an older group
        subjects = [s for s in subjects if s.i not in actors.groups]
    enrol(parties, [k for s in subjects for k in actor_keys(s, actors)], role)


def _add_reporting_counterpart(
    parties: dict[str, str],
    trigger: Token,
    governor: Token,
    relation: str,
    with_counterpart: bool,
    actors: ArticleActors,
) -> None:
    """ "A deal is now likely after talks yesterday with X, Y said": talks that name only their
    counterpart, in a clause whose subject is no one, are the talks of the one person reporting them."""
    if len(parties) != 1 or not with_counterpart:
        return
    # ("X said negotiators had achieved success in discussions with Y": people of the clause held them)
    if any(_some_people(s) or actor_keys(s, actors) for s in subject_heads(governor)[0]):
        return
    enrol(
        parties,
        [k for s in _reporter_of(trigger, governor, relation, actors) for k in actor_keys(s, actors)],
        PARTICIPANT,
    )


def _consented_to(trigger: Token, governor: Token, relation: str) -> bool:
    """ "EC ministers agreed to formal talks with Poland": the subject will hold the talks agreed to, which
    name their counterpart ("the two agreed to the meeting" takes up one told, whose parties it has)."""
    return (
        relation == "to"
        and governor.lemma_.lower() in CONSENTING_VERBS
        and any(t.dep_ == "prep" and t.lower_ in ("with", "between") for t in trigger.subtree)
    )


def _some_people(token: Token) -> bool:
    """A pronoun or a noun of people ("negotiators", "the delegation"): someone, if no one named."""
    return token.pos_ == "PRON" or token.lemma_.lower() in GROUP_NOUNS | PARTY_NOUNS | DELEGATION_NOUNS


def _receives_traveller(
    parties: dict[str, str], governor: Token, subjects: list[Token], actors: ArticleActors
) -> bool:
    """The journey the meeting is set in is made by a counterpart of the noun, not by the verb's subject
    ("X will travel to Sydney, where Y is due to hold talks with him"): the counterpart, already a party,
    becomes the visitor, and the subject receives him."""
    journey = journey_of(governor)
    if journey is None:
        return False
    travellers = {k for t in travellers_of(journey) for k in actor_keys(t, actors)}
    subject_keys = {k for s in subjects for k in actor_keys(s, actors)}
    met = [k for k in parties if k in travellers and parties[k] == PARTICIPANT]
    if not met or travellers & subject_keys:
        return False
    for key in met:
        parties[key] = VISITOR
    return True


def _reporter_of(trigger: Token, governor: Token, relation: str, actors: ArticleActors) -> list[Token]:
    """ "X said the case was resolved at a meeting with Y": a thing done at a meeting by no one named is
    told by one who was there; the one person reporting it is the other party. Not of a body's own
    session ("X said trade will be discussed at next week's meeting of the OECD"): its members, not
    whoever speaks of it, sit there (convention 8 wants them named)."""
    speech = reporting_verb(governor) if relation in PRESENCE_PREPOSITIONS else None
    if speech is None or session_bodies(trigger, actors):
        return []
    speakers = subject_heads(speech)[0]
    keys = {k for s in speakers for k in actor_keys(s, actors)}
    return speakers if len(keys) == 1 and is_person(next(iter(keys)), actors) else []


def _add_addressed(
    parties: dict[str, str], trigger: Token, governor: Token, relation: str, actors: ArticleActors
) -> None:
    """ "X thanked Y during their meeting": "their" is the clause's subject and object together; "in a
    meeting, X told Y ...", "X assured Y by telephone": the one told is the other side of the meeting."""
    addressed = (
        governor.lemma_.lower() in ADDRESSING_VERBS
        and not negated(governor)
        and (relation in PRESENCE_PREPOSITIONS or trigger.lemma_.lower() in NOUNS_NEEDING_MEANS)
    )
    if addressed or any(p.lower_ == "their" for p in dependents(trigger, ("poss",))):
        objects = _addressees(governor)
        if not addressed and governor.lemma_.lower() in VERBS_WITH_TOPIC_OBJECT - LIGHT_VERBS:
            # ("would discuss Northern Ireland and Irish-Spanish relations at their meeting": what is
            # discussed is the subject matter, not the other side)
            objects = prep_objects(governor, ("to", "with"))
        keys = [k for o in objects for k in actor_keys(o, actors)]
        # the one told is a person ("told Reuters in an interview" addresses the press)
        enrol(parties, [k for k in keys if not addressed or is_person(k, actors)], PARTICIPANT)


def _named_owner(trigger: Token) -> bool:
    """A meeting noun owned by a named party ("the Ukrainian president's meeting with Z"), not by a pronoun
    that takes up the clause's subject ("after his meeting with Z")."""
    return any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in trigger.children)


def _sessions_of_bodies_only(trigger: Token, parties: dict[str, str], actors: ArticleActors) -> bool:
    """ "would be present at the semi-annual meetings of the IMF and the World Bank": the plural tells each
    body's own session; with no member named the bodies do not meet each other."""
    return trigger.tag_ == "NNS" and bool(parties) and set(parties) <= set(session_bodies(trigger, actors))


def _owned_by_other(trigger: Token, governor: Token, actors: ArticleActors) -> bool:
    """ "(X visited Ottawa.) After her meeting with Y, the Kremlin announced sanctions": a possessive
    pronoun that stands for someone other than the clause's subject makes the meeting that one's."""
    owners = {
        k for c in trigger.children if c.dep_ == "poss" and c.pos_ == "PRON" for k in actor_keys(c, actors)
    }
    subjects = {k for s in subject_heads(governor)[0] for k in actor_keys(s, actors)}
    return bool(owners) and not owners & subjects


def _met_for(trigger: Token, governor: Token, relation: str, actors: ArticleActors) -> bool:
    """ "X sat down on Monday for a working dinner with Y", "met for talks with Y": a meeting verb with no
    object of its own is held at the meeting its for-phrase names; its subject is a party of it. (Not
    "telephoned X ahead of next week's OPEC conference", which governing_verb reads as "for"; not "received
    X for talks", whose object the verb's own mention takes; a person must be among its subjects.)"""
    return (
        relation == "for"
        and trigger.head.lower_ == "for"
        and trigger.head.head == governor
        and governor.lemma_.lower() in MEETING_VERB_LEMMAS
        and not dependents(governor, ("dobj",))
        # ("ASEAN foreign ministers are to gather in Singapore for their annual conference": a body's own
        # session, whose members the text does not name, is no meeting of named parties)
        and any(is_person(k, actors) for s in subject_heads(governor)[0] for k in actor_keys(s, actors))
    )


def _addressed_session(
    trigger: Token, governor: Token | None, relation: str, parties: dict[str, str], actors: ArticleActors
) -> bool:
    """ "X told a closed session of the Commonwealth finance ministers' meeting that ...", "addressed the
    OECD meeting": a state's official who speaks to an organisation's session was at it as a party
    (convention 8). Not "told the meeting" with no body named (a meeting told before: add_later_attendees),
    "told a meeting of supporters of his party" (the body named only through its members), "warned him
    the G-7 talks would fail" (the talks are what is said), nor an association's meeting (a speech to a
    trade or professional body is one party speaking)."""
    if relation != "object" or governor is None or governor.lemma_.lower() not in ASSEMBLY_ADDRESSING_VERBS:
        return False
    addressed = trigger if trigger.dep_ == "dobj" else trigger.head.head  # (or "a session of" it)
    # (the one object: "warn him next week's G-7 talks would fail" has the talks as a clause's subject)
    if addressed.dep_ != "dobj" or addressed.head != governor or len(dependents(governor, ("dobj",))) > 1:
        return False
    owners = session_owners(trigger)
    # (a name before the owner word: "the Commonwealth finance ministers' meeting", not "a meeting of
    # supporters of his party")
    names = [n for o in owners for n in o.subtree if n.i <= o.i and n.pos_ == "PROPN"]
    bodies = set(session_bodies(trigger, actors))
    return any(
        k in bodies and k in parties and _international(k, actors)
        for n in names
        for k in phrase_actor_keys(n, actors)
    )


def _international(key: str, actors: ArticleActors) -> bool:
    """An intergovernmental body or one of its organs ("the IMF Interim Committee")."""
    actor = actors.actor(key)
    return actor is not None and (
        is_international_body(actor.name) or is_international_body(actor.name.split()[0])
    )


def _at_occasion(trigger: Token, relation: str) -> bool:
    """The clause's subject was at the meeting: "said during the talks", "discussed the war over dinner"."""
    return relation in PRESENCE_PREPOSITIONS or (
        relation == "over" and trigger.lemma_.lower() in SHARED_MEALS
    )


def _sides_of_clause(trigger: Token, governor: Token | None, relation: str, actors: ArticleActors) -> bool:
    """The clause holding a conversation names both of its sides, where a with-phrase would: a plural
    subject holding it ("X and Y had a telephone conversation"), or the one addressed in it ("X told Y in a
    telephone conversation", "conveyed the message to Y in a phone call")."""
    if governor is None:
        return False
    if (relation == "object" and governor.lemma_.lower() in LIGHT_VERBS) or _at_occasion(trigger, relation):
        # also "X and Y discussed the war over dinner": both subjects were at the occasion
        subjects = subject_heads(governor)[0]
        if len({k for s in subjects for c in with_conjuncts(s) for k in actor_keys(c, actors)}) >= 2:
            return True
    if relation in PRESENCE_PREPOSITIONS and governor.lemma_.lower() in ADDRESSING_VERBS:
        return any(is_person(k, actors) for o in _addressees(governor) for k in actor_keys(o, actors))
    return False


def _addressees(verb: Token) -> list[Token]:
    """Whom a speech verb addresses: its object ("told Y"), its dative, or its to-phrase ("conveyed to Y")."""
    return dependents(verb, ("dobj", "dative")) + prep_objects(verb, ("to", "with"))


def _joined_for(governor: Token | None, relation: str) -> list[Token]:
    """ "will join A and B for a trilateral summit", "joined X for dinner": those joined are the
    counterparts of the one joining them for the meeting."""
    if governor is None or relation != "for" or governor.lemma_.lower() not in JOINING_VERBS:
        return []
    return [c for o in dependents(governor, ("dobj",)) for c in (o, *o.conjuncts)]


def _has_counterpart(
    trigger: Token, governor: Token | None, relation: str, phrased: bool, actors: ArticleActors
) -> bool:
    """A noun that needs a counterpart has one: a with- or between-phrase (``phrased``) or two sides of its
    clause; "session" only its own phrase ("the lame-duck session of Congress" is a body's sitting)."""
    lemma = trigger.lemma_.lower()
    if lemma in NOUNS_NEEDING_WITH and not (phrased or _sides_of_clause(trigger, governor, relation, actors)):
        return False
    if lemma not in NOUNS_NEEDING_WITH_PHRASE or prep_objects(trigger, ("with", "between", "among")):
        return True
    # ("had a private session with X": the parser hangs the phrase on the light verb holding the noun)
    if governor is None or trigger.dep_ != "dobj" or trigger.head != governor:
        return False
    # (not a second object restating the first: "held meetings with A, B and C, sessions devoted to X")
    held = [d for d in dependents(governor, ("dobj",)) if d.lemma_.lower() in NOUN_TRIGGERS]
    return (
        governor.lemma_.lower() in LIGHT_VERBS
        and held == [trigger]
        and (
            bool(prep_objects(governor, ("with",)))
            # ("co-chaired the fourth session of the Joint Commission": a body's sitting, told by the verb)
            or (_persons_holding(governor, actors) and not prep_objects(trigger, ("of",)))
        )
    )


def _persons_holding(governor: Token, actors: ArticleActors) -> bool:
    """ "A and B held an hour-long session": two or more persons as the light verb's subject hold it
    together (a body's sitting names no person as its holder; "A, B and C were expected to join a broader
    session" held by others joins it)."""
    if governor.lemma_.lower() in JOINING_VERBS:
        return False
    keys = {k for s in subject_heads(governor)[0] for c in with_conjuncts(s) for k in actor_keys(c, actors)}
    return len(keys) >= 2 and all(is_person(k, actors) for k in keys)


def _named_event(trigger: Token) -> bool:
    """ "the OPEC conference", "the Venice summit", "NATO's summit": a meeting noun with a proper name of its
    own before it (and no with-phrase) is an event the article names, not one the clause's subject holds."""
    if prep_objects(trigger, ("with",)):
        return False
    return any(c.dep_ in ("compound", "nmod", "poss") and c.pos_ == "PROPN" for c in trigger.children)


def _ahead_of(trigger: Token) -> bool:
    return trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.lower_ == "ahead"


def _add_destination_hosts(parties: dict[str, str], subjects: list[Token], actors: ArticleActors) -> None:
    destinations = {
        state_today(iso3)
        for key, role in parties.items()
        if role == HOST and (found := country_of(key, actors))[1] and (iso3 := found[0]) is not None
    }
    hosts = [
        key
        for subject in subjects
        for key in actor_keys(subject, actors)
        if is_person(key, actors) and key not in parties and home_of(key, actors) in destinations
    ]
    if hosts:
        enrol(parties, hosts, HOST)
        drop_met_destination(parties, set(), actors)


def _add_traveller_parties(
    parties: dict[str, str], governor: Token, with_objects: list[Token], actors: ArticleActors, trigger: Token
) -> None:
    """ "flew to Tokyo for talks (with X)": the traveller visits; with no named counterpart, the country
    travelled to hosts. Travelling to an organisation's session makes a member, not a visitor."""
    # ("flew to London with X for talks with Y": one named going with the traveller travels too)
    subjects = travellers_of(governor) + [o for o in prep_objects(governor, ("with",)) if o.i < trigger.i]
    if organisation_meeting(trigger, parties, actors):
        enrol(parties, [k for s in subjects for k in actor_keys(s, actors)], PARTICIPANT)
        return
    enrol(parties, [k for s in subjects for k in actor_keys(s, actors)], VISITOR)
    if with_objects:
        # (named or not: "travelled to Japan for talks with lenders" names no counterpart, and the
        # country is not it: convention 1)
        return
    destinations = [k for o in prep_objects(governor, ("to",)) for k in actor_keys(o, actors)]
    enrol(
        parties,
        [k for k in destinations if (a := actors.actor(k)) is not None and a.actor_type == "country"],
        HOST,
    )


def _speech_at_own_session(
    trigger: Token, governor: Token | None, parties: dict[str, str], actors: ArticleActors
) -> bool:
    """ "speaking at the annual meeting of the growers' association", "said after the company's annual
    meeting": a speech at an organisation's own session, with no other party named, is one party
    speaking (guideline: a speech by one party is no meeting). Told to a body's session, the words were
    said to its members there (``_addressed_session``)."""
    # "speak" is a meeting verb with "with", but speaking *at* an event is a speech
    speaks = governor is not None and (
        governor.lemma_.lower() in SPEECH_VERB_LEMMAS or governor.lemma_ == "speak"
    )
    if not speaks or len(parties) != 2:
        return False
    owners = session_owners(trigger)
    keys = [k for o in owners for k in phrase_actor_keys(o, actors) if k in parties]
    # an organisation's session, or a country's ("a Vatican conference")
    return any(
        (a := actors.actor(k)) is not None and a.actor_type in ("organization", "country") for k in keys
    )


def _add_described_subject(
    parties: dict[str, str], trigger: Token, visit_like: bool, actors: ArticleActors
) -> None:
    """ "Chirac, in a visit this week with President Reagan, sounded out ...": the subject the phrase is
    set off on made the visit; the parser hangs the with-phrase on that subject too. "X, in Washington
    for talks with U.S. officials, said ...": the subject set off as somewhere for talks travelled there."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.dep_ != "prep":
        return
    owner = prep.head
    if prep.lower_ == "from" and owner.lower_ in BACK_FROM_WORDS and owner.dep_ in ("amod", "advmod"):
        # "X, fresh from talks with Y in Moscow, arrived in Beijing": X was at those talks
        owner, prep = owner.head, owner
    if owner.dep_ not in ("nsubj", "nsubjpass") or owner.pos_ != "PROPN":
        return
    # (the parser may hang "in Washington" on the comma after the name)
    set_off = [o for t in (owner, *dependents(owner, ("punct",))) for o in prep_objects(t, ("in",))]
    if prep.lower_ == "for" and any(place_text(o) for o in set_off):
        visit_like = True
    elif prep.lower_ not in PRESENCE_PREPOSITIONS and prep.lower_ not in BACK_FROM_WORDS:
        return
    enrol(parties, actor_keys(owner, actors), VISITOR if visit_like else PARTICIPANT)
    met = [k for o in prep_objects(owner, ("with",)) for k in actor_keys(o, actors)]
    enrol(parties, met, HOST if visit_like else PARTICIPANT)


def _add_programme_owners(
    parties: dict[str, str], governor: Token, relation: str, actors: ArticleActors
) -> None:
    """ "X's visit to Washington included talks with Y": a meeting in a visit's programme has the visit's
    owner as the visitor and the others as hosts."""
    if relation != "object" or governor.lemma_.lower() not in PROGRAMME_VERBS:
        return
    visits = [
        s for s in subject_heads(governor)[0] if s.lemma_.lower() in NOUN_TRIGGERS and noun_type(s) == "visit"
    ]
    owners = [o for v in visits for o in dependents(v, ("poss",)) + prep_objects(v, ("by",))]
    keys = [k for o in owners for k in actor_keys(o, actors)]
    if not keys:
        return
    for key, current in parties.items():
        if current == PARTICIPANT:
            parties[key] = HOST
    enrol(parties, keys, VISITOR)


def _enrol_visited(
    parties: dict[str, str], trigger: Token, governor: Token | None, actors: ArticleActors
) -> None:
    """Those a visit or a call goes to ("a visit to X", "paid a call on X") host it, and so do those who
    invited the visitor; a site visited ("a visit to the city's largest mosque") hosts no one."""
    hosts = prep_objects(trigger, ("to", "on"))
    if governor is not None and governor.lemma_.lower() in VISIT_CALL_VERBS:
        # "paid a call on X", "to X": the parser may hang it on "paid"; "paid him a courtesy visit"
        hosts += prep_objects(governor, ("on", "to")) + dependents(governor, ("dative",))
    # "a visit to World Bank-funded projects": the body only qualifies the place visited; "a visit to
    # Hillary Clinton's home" goes to its owner
    hosts = [o for o in hosts if is_party_phrase(o, actors)] + residence_owners(hosts, actors)
    visited = [k for o in hosts for k in actor_keys(o, actors) if not names_a_site(k, o, actors)]
    enrol(parties, visited, HOST)
    add_invitation_hosts(parties, invitation_hosts([trigger, governor], actors), actors)
    if governor is not None:
        # "extended an invitation to Y to pay an official visit to Chile": the one inviting receives Y there
        add_inviters(parties, governor, prep_objects(trigger, ("to",)), actors)


def _attending_subjects(trigger: Token) -> list[Token]:
    """ "a meeting of Latin American finance ministers, which X and Y also attended": those a relative
    clause has attending the meeting are its parties (convention 8)."""
    # (or on the meeting's of-object: "a meeting of finance ministers, which X attended"); "the meeting,
    # which was also attended by X" takes up a meeting told, whose attendee X is (add_later_attendees)
    own = [c for c in trigger.children if c.dep_ not in ("det", "punct", "relcl")]
    if not own and any(c.dep_ == "det" and c.lower_ == "the" for c in trigger.children):
        return []
    if not trigger.is_lower:
        return []  # ("the National Religious Liberties Conference, which was attended by X": an event's name)
    holders = [trigger, *prep_objects(trigger, ("of",))]
    # ("a summit which will also be attended by X and Y": the passive's agents)
    return [
        name
        for holder in holders
        for clause in holder.children
        if clause.dep_ == "relcl" and clause.lemma_.lower() in ATTENDING_VERBS
        for subject in dependents(clause, ("nsubj",)) + prep_objects(clause, ("by",))
        if subject.pos_ == "PROPN"
        for name in with_conjuncts(subject)
    ]


def _occurrence_objects(trigger: Token, preposition: str) -> list[Token]:
    """ "two meetings which he said took place between X, Y and Z", "the talks, held between X and Y": a
    relative or participle clause saying the meeting happened names its parties, as does the clause the
    meeting is the subject of ("Talks were held today between X and Y")."""
    clauses = [c for c in trigger.children if c.dep_ in ("relcl", "acl")]
    clauses += [g for c in clauses for g in c.children if g.dep_ == "ccomp"]  # "which he said took place"
    if trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.lemma_.lower() in OCCURRENCE_VERBS:
        clauses.append(trigger.head)  # "Talks were held on Monday between X and Y"
    going_on = trigger.dep_ == "nsubj" and _going_on(trigger.head)
    if going_on:
        clauses.append(trigger.head)  # "Negotiations have been under way between X and Y"
    return [
        name
        for verb in clauses
        # a participle on the noun ("the meetings scheduled next month between X and Y") is about it
        if verb.lemma_.lower() in OCCURRENCE_VERBS
        or (verb.dep_ == "acl" and verb.tag_ == "VBN")
        or (going_on and verb == trigger.head)
        for prep in verb.children
        # ("were held on Monday between X and Y": the parser may read a passive's "between" as its agent)
        if prep.dep_ in ("prep", "agent") and prep.lower_ == preposition
        for name in _names_in(prep)
    ]


def _going_on(verb: Token) -> bool:
    """ "have been under way", "are in progress", "are continuing": a predicate saying its subject goes on."""
    words = [verb, *(o for p in dependents(verb, ("prep", "acomp", "advmod")) for o in (p, *p.children))]
    return any(w.lemma_.lower() in ONGOING_WORDS for w in words)


def _names_in(prep: Token) -> list[Token]:
    """The proper names a prepositional phrase lists, however the parser nested them ("between North, the
    then head of the CIA William Casey and Margaret Thatcher"); names inside titles are modifiers."""
    names = [t for t in prep.subtree if t.pos_ == "PROPN" and t.dep_ in ("pobj", "conj", "appos")]
    # ("between X and U.S. envoy Y" parsed with "U.S." a conjunct of X: it only opens Y's title)
    doc = prep.doc
    return [
        t
        for t in names
        if not (
            t.i + 1 < len(doc) and doc[t.i + 1].dep_ in ("compound", "amod") and doc[t.i + 1].head in names
        )
    ]


def _detached_objects(trigger: Token, preposition: str) -> list[Token]:
    """ "ahead of a meeting later today between X and Y", "in talks here today with X": a phrase right
    after the noun and its time words, which the parser hung on some verb above, still names the
    meeting's parties."""
    doc = trigger.doc
    for token in doc[trigger.right_edge.i + 1 : min(trigger.right_edge.i + 5, len(doc))]:
        if token.dep_ == "prep" and token.lower_ == preposition:
            objects = [o for o in token.children if o.dep_ == "pobj"]
            return [c for o in objects for c in with_conjuncts(o)]
        if not (token.pos_ == "ADV" or token.ent_type_ in ("DATE", "TIME")):
            return []
    return []


def _attended_by(trigger: Token, governor: Token | None) -> list[Token]:
    """ "a meeting (also) attended by X, Y and Z": those attending are its parties (the parser may hang the
    participle on the verb the meeting is the occasion of)."""
    participles = dependents(trigger, ("acl",))
    # "hosted the meeting, attended by X and Y": or on the verb whose object it is
    if governor is not None and trigger.dep_ in ("pobj", "dobj"):
        participles += [c for c in dependents(governor, ("advcl", "dep")) if c.i > trigger.i]
    attended = [
        agent
        for verb in participles
        if verb.lemma_.lower() in ATTENDING_VERBS and verb.tag_ == "VBN"
        for agent in prep_objects(verb, ("by",))
    ]
    # "a gathering in Warsaw in December that involved A and B": a relative clause naming its members
    involving = [c for c in trigger.children if c.dep_ == "relcl" and c.lemma_.lower() in INVOLVING_VERBS]
    return attended + [
        o for verb in involving for d in dependents(verb, ("dobj",)) for o in (d, *d.conjuncts)
    ]


def _taken_up(noun: Token) -> bool:
    """ "the talks", "the meeting, hosted by X": a definite meeting noun with no party phrase or owner of
    its own takes up the meeting told before."""
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)
    own = [
        c for c in noun.children if c.dep_ in ("poss", "compound", "nmod") or c.lower_ in ("with", "between")
    ]
    return definite and not own


def _enrol_hosted_by(
    parties: dict[str, str], trigger: Token, governor: Token | None, actors: ArticleActors
) -> None:
    """ "talks in Ankara brokered by X", "a meeting hosted by X": the agent of a hosting participle on the
    noun is a party, its host when it hosted."""
    # ("the European Political Community summit, hosted by X": a body's session names no counterpart of X;
    # "The talks, hosted by X, focused on ...": the talks told before get their host there, see merging)
    if any(not is_person(k, actors) for k in _modifier_parties(trigger, actors)) or _taken_up(trigger):
        return
    participles = dependents(trigger, ("acl",))
    if governor is not None and trigger.dep_ in ("dobj", "pobj"):
        # ("held indirect talks in Muscat on Saturday, mediated by Oman": or on the verb holding the noun)
        participles += [c for c in dependents(governor, ("advcl",)) if c.i > trigger.i]
    given = _given_by(trigger)
    for verb in participles:
        agents = [k for a in prep_objects(verb, ("by",)) for k in actor_keys(a, actors)]
        if verb.lemma_.lower() in HOSTING_PARTICIPLES and verb.tag_ == "VBN":
            enrol(parties, agents, HOST if verb.lemma_.lower() == "host" else PARTICIPANT)
        elif given and verb.lemma_.lower() in GIVING_PARTICIPLES and verb.tag_ == "VBN" and agents:
            # "attended a reception held for him by X": X received the guest it was held for
            guests = [k for g in prep_objects(verb, ("for",)) for k in actor_keys(g, actors)]
            enrol(parties, agents, HOST)
            enrol(parties, guests, VISITOR)


def _given_by(trigger: Token) -> bool:
    """ "a reception held for him by X", "a dinner hosted by X": a hospitality noun names who gave it."""
    return trigger.lemma_.lower() in HOSPITALITY_NOUNS and any(
        c.dep_ == "acl"
        and c.tag_ == "VBN"
        and c.lemma_.lower() in GIVING_PARTICIPLES | HOSTING_PARTICIPLES
        and prep_objects(c, ("by",))
        for c in trigger.children
    )


def _enrol_attending(
    parties: dict[str, str], attending: list[Token], phrased: bool, actors: ArticleActors
) -> None:
    """Those a meeting was attended or joined by are its parties; beside a counterpart it names in a with- or
    between-phrase ("held talks with Y, joined by Z"), they are a secondary presence."""
    enrol(
        parties, [k for a in attending for k in actor_keys(a, actors)], ATTENDEE if phrased else PARTICIPANT
    )


def _noun_with_objects(trigger: Token, complements: list[Token], actors: ArticleActors) -> list[Token]:
    """The with-phrase of a meeting noun, or of its copula's complement ("talks are continuing with X")."""
    found = prep_objects(trigger, ("with",)) + [o for c in complements for o in prep_objects(c, ("with",))]
    found = found or _detached_objects(trigger, "with")
    if found:
        return found
    # "talks on trade with Japan", "conversations about the budget with X": the parser may hang the
    # with-phrase on the topic; "talks on Monday in Algiers with X", "talks via videoconference with X":
    # on the day, the place or the channel
    holders = prep_objects(trigger, (*TOPIC_PREPOSITIONS, "in", "at", "via", "by", "over"))
    return [
        o
        for t in holders
        if t.lemma_.lower() not in NOUN_TRIGGERS or t.head.lower_ in MEANS_PREPOSITIONS
        for o in prep_objects(t, ("with",))
        if is_party_phrase(o, actors)
    ]


def _enrol_owners(parties: dict[str, str], trigger: Token, visit_like: bool, actors: ArticleActors) -> None:
    """The noun's possessors own it: the visitor of a visit, a party of any other meeting."""
    possessors = dependents(trigger, ("poss",))
    if possessors and trigger.dep_ == "conj" and trigger.head.pos_ == "PROPN":
        # "X and Y's meeting": the parser may coordinate X with the whole "Y's meeting"
        possessors.append(trigger.head)
    enrol(parties, _owners(trigger, possessors, actors), VISITOR if visit_like else PARTICIPANT)


def _enrol_relative_holders(
    parties: dict[str, str], trigger: Token, visit_like: bool, actors: ArticleActors
) -> list[Token]:
    """ "described a meeting he had with X": the subject of a relative clause holding the meeting is a
    party (the meeting itself is told by the noun, so the verb is no trigger of its own); its
    with-phrase, returned, names the counterparts."""
    clauses = relative_holding_clauses(trigger)
    subjects = [s for c in clauses for s in dependents(c, ("nsubj",)) if s.tag_ not in ("WP", "WDT")]
    enrol(
        parties, [k for o in subjects for k in actor_keys(o, actors)], VISITOR if visit_like else PARTICIPANT
    )
    return [o for c in clauses for o in prep_objects(c, ("with",))]


def _copula_complements(trigger: Token) -> list[Token]:
    """ "Talks are underway between X and Y", "talks were continuing with X": the parser hangs the parties
    on the complement of the copula the trigger is the subject of."""
    if trigger.dep_ != "nsubj" or trigger.head.lemma_ != "be":
        return []
    return [c for c in trigger.head.children if c.dep_ in ("acomp", "attr", "advmod")]


def _companions_at(trigger: Token) -> list[Token]:
    """ "X will be accompanied at Monday's meeting with Y by A and B": the agents of a passive verb of
    secondary presence that has the meeting as its scene are its attendees (the parser may hang "by" on
    the meeting noun)."""
    verb = trigger.head.head
    if trigger.dep_ != "pobj" or trigger.head.lower_ != "at" or verb.lemma_.lower() not in ATTENDANCE_VERBS:
        return []
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    return prep_objects(trigger, ("by",)) + prep_objects(verb, ("by",))


# The topic prepositions that only ever give the subject matter ("on" and "over" also place and time).
_SUBJECT_MATTER_PREPOSITIONS = TOPIC_PREPOSITIONS - {"on", "over"}


def _in_topic_object(trigger: Token) -> bool:
    """A meeting noun in the of-phrase of a topic verb's object ("discussed the outcomes of the G20
    Leaders' Summit"): what the two talked of, not a meeting of theirs."""
    token = trigger
    while token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
        token = token.head.head
    # ("co-chaired the fifth round of consultations": a verb that holds a meeting holds its rounds too)
    verb = token.head.lemma_.lower()
    return token is not trigger and token.dep_ == "dobj" and verb in VERBS_WITH_TOPIC_OBJECT - LIGHT_VERBS


def _owners(trigger: Token, possessors: list[Token], actors: ArticleActors) -> list[str]:
    """The actors the noun's possessors name; "X met Y, on the occasion of his visit to the country": a
    pronoun read as the one at home in the country visited (the story's, when it says "the country") is
    the other's, since nobody visits his own country."""
    visit = noun_type(trigger) == "visit"
    return [
        k
        for p in possessors
        for k in actor_keys(p, actors)
        if not (
            visit and p.pos_ == "PRON" and is_person(k, actors) and visits_own_country(trigger, k, actors)
        )
    ]


def _not_held_as_told(trigger: Token) -> bool:
    """A meeting noun that tells of no meeting of its own: one talked about ("spoke with X about the BRICS
    summit"), one the two talked of ("discussed the outcomes of the G20 summit"), or the manner of a
    meeting verb's encounters ("flew to Indiana to see X, in separate meetings")."""
    if trigger.dep_ == "pobj" and trigger.head.lower_ in _SUBJECT_MATTER_PREPOSITIONS:
        return True
    if trigger.lemma_.lower() == "gathering" and prep_objects(trigger, ("of",)):
        return True  # "spoke to the gathering of Jewish leaders": an audience, no meeting of named members
    preposition = trigger.head
    if (
        trigger.dep_ == "pobj"
        and preposition.lower_ == "in"
        and separate_occasions(trigger)
        and preposition.head.lemma_.lower() in VERB_TRIGGERS
    ):
        return True
    return _in_topic_object(trigger) or _restated_in_free_relative(trigger)


def _restated_in_free_relative(trigger: Token) -> bool:
    """ "met X on Wednesday, in what was likely their last meeting": a free relative ("what was ...") on a
    meeting verb names that verb's meeting again, not another one."""
    clause = trigger.head
    return (
        clause.lemma_.lower() == "be"
        and any(c.lower_ == "what" and c.dep_ == "nsubj" for c in clause.children)
        and clause.dep_ == "pcomp"
        and clause.head.head.lemma_.lower() in VERB_TRIGGERS
    )


def noun_mention(
    trigger: Token, actors: ArticleActors
) -> tuple[dict[str, str], str, str, Token | None] | None:
    meeting_type = noun_type(trigger)
    if meeting_type is None or _not_held_as_told(trigger):
        return None
    visit_like = meeting_type == "visit"
    parties: dict[str, str] = {}
    kind = "noun"
    _enrol_owners(parties, trigger, visit_like, actors)
    companions = _companions_at(trigger)
    guests = received_from(trigger)
    agents = [o for o in prep_objects(trigger, ("by",)) if o not in companions] + guests
    enrol(parties, [k for o in agents for k in actor_keys(o, actors)], VISITOR if visit_like else PARTICIPANT)
    enrol(
        parties, [k for o in companions for c in with_conjuncts(o) for k in actor_keys(c, actors)], ATTENDEE
    )
    complements = _copula_complements(trigger)
    with_objects = _noun_with_objects(trigger, complements, actors)
    with_objects += _enrol_relative_holders(parties, trigger, visit_like, actors)
    governor, relation = governing_verb(trigger)
    with_objects += _with_objects_on_verbs(trigger, governor, relation) + _joined_for(governor, relation)
    with_objects = list({o.i: o for o in with_objects}.values())  # (one phrase reached two ways counts once)
    enrol(
        parties,
        [k for o in with_objects for k in actor_keys(o, actors)],
        HOST if visit_like else PARTICIPANT,
    )
    between = prep_objects(trigger, ("between", "among", "of"))
    between += [o for c in complements for o in prep_objects(c, ("between",))]
    between += _occurrence_objects(trigger, "between")
    enrol(parties, [k for o in _attending_subjects(trigger) for k in actor_keys(o, actors)], PARTICIPANT)
    if not between and not with_objects:
        between = _detached_objects(trigger, "between")
    between += [c for o in between for c in dangling_conjuncts(o)]
    if len(between) >= 3 and not actor_keys(between[0], actors):
        # "talks between banks and Mexico, Chile and Venezuela": one unnamed side meets each of the others
        return None
    enrol(parties, [k for o in between for k in actor_keys(o, actors)], PARTICIPANT)
    if visit_like:
        _enrol_visited(parties, trigger, governor, actors)
    if _enrol_modifier_parties(parties, trigger, visit_like, actors) >= 2:
        kind = "compound"
    lemma = trigger.lemma_.lower()
    # "convened a video call, joined by A, B and C": those attending are the counterparts
    attending = _attended_by(trigger, governor)
    # ("granted an audience to X"; "a reception held for him by X")
    phrased = bool(with_objects or between or attending or guests or _given_by(trigger))
    if not _has_counterpart(trigger, governor, relation, phrased, actors):
        return None
    add_invited_for(parties, governor, relation, actors)
    _enrol_attending(parties, attending, bool(with_objects or between), actors)
    _enrol_hosted_by(parties, trigger, governor, actors)
    if governor is None:
        _add_described_subject(parties, trigger, visit_like, actors)
    if governor is not None:
        _add_governor_parties(parties, trigger, governor, relation, actors)
        _add_reporting_counterpart(parties, trigger, governor, relation, bool(with_objects), actors)
        _add_programme_owners(parties, governor, relation, actors)
        _add_addressed(parties, trigger, governor, relation, actors)
    if governor is not None and relation == "for" and travels_for(governor):
        _add_traveller_parties(parties, governor, with_objects, actors, trigger)
    if lemma == "conference" and len(parties) < 2 and not any(body_members(k, actors) for k in parties):
        return None  # (a conference of a body whose members the article names is theirs: add_body_members)
    if _speech_at_own_session(trigger, governor, parties, actors) and not _addressed_session(
        trigger, governor, relation, parties, actors
    ):
        return None
    if _sessions_of_bodies_only(trigger, parties, actors):
        return None
    with_keys = {k for o in with_objects for k in actor_keys(o, actors)}
    if len(with_objects) >= 2 and set(parties) <= with_keys:
        return None  # "talks with Argentina and Brazil": the counterparts of someone unnamed, not each other
    return parties, meeting_type, kind, governor
