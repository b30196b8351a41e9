"""Mentions found from a trigger verb ("met", "visited", "hosted", "held talks"): its parties and roles.

The subject and the objects of the verb, resolved to actors by :mod:`.parties`, take the roles of the
verb's frame (:mod:`.kinds`); with-phrases, the inviter of a visit, the country visited and a visitor
addressed are added by :mod:`.roles`. A verb whose frame requires a with-phrase or an actor object gives no
mention without one, and a visit that is a demand ("called on Russia to withdraw") is none.
"""

from __future__ import annotations

from spacy.tokens import Token

from dipnews.extract.actors.countries import leader_country
from dipnews.extract.meetings.kinds import verb_frame
from dipnews.extract.meetings.lexicon import (
    CALL_CONTEXT_WORDS,
    CALL_PURPOSE_VERBS,
    COMPROMISE_ADVERBS,
    CONTEST_NOUNS,
    CREDENTIAL_NOUNS,
    EXTENT_NOUNS,
    GROUP_NOUNS,
    INTERVIEW_NOUNS,
    LIGHT_VERBS,
    NON_PARTY_OBJECTS,
    NOUN_TRIGGERS,
    NOUNS_NEEDING_WITH_PHRASE,
    PARTY_NOUNS,
    PRESS_NOUNS,
    RECEPTION_NOUNS,
    REQUEST_INSTRUMENTS,
    SIGNED_DOCUMENTS,
    SPAN_NOUNS,
    TRAVEL_VERBS,
    VERB_FRAMES,
    VERBS_ALLOWING_TALK_PURPOSE,
    VERBS_NEEDING_ACTOR_OBJECT,
    VERBS_NEEDING_DOCUMENT,
    VERBS_NEEDING_PERSON_OBJECT,
    VERBS_NEEDING_WITH,
    VERBS_NEEDING_WITH_PHRASE,
    VERBS_REFUSING_REQUESTS,
    VERBS_WITH_ON_TOPIC,
    VERBS_WITH_TIME_OBJECT,
    VERBS_WITH_TOPIC_OBJECT,
)
from dipnews.extract.meetings.parties import (
    actor_keys,
    is_party_phrase,
    is_person,
    misread_place,
    residence_owners,
    roll_call_follows,
)
from dipnews.extract.meetings.place import journey_of
from dipnews.extract.meetings.records import HOST, PARTICIPANT, VISITOR, enrol
from dipnews.extract.meetings.roles import (
    add_invitation_hosts,
    add_inviters,
    add_visited,
    addressed_visitor,
    invitation_hosts,
    met_on_journey,
)
from dipnews.extract.meetings.syntax import (
    dependents,
    honoured_guests,
    is_hospitality,
    misread_past_tense,
    modified_noun,
    person_opening_with_preposition,
    prenominal_visiting,
    prep_objects,
    set_off_relative_clause,
    stands_for_the_two,
    subject_heads,
    with_conjuncts,
    with_misparsed_conjuncts,
    with_objects_hung_lower,
)
from dipnews.model import ArticleActors


def _verb_objects(trigger: Token, lemma: str, subject_role: str) -> list[Token] | None:
    """The trigger verb's objects (the phrases that name who was met), or None when an object shows
    the verb means something else ("met the target", "called on X to resign")."""
    preposition = VERB_FRAMES[lemma].get("object_preposition") if lemma in VERB_FRAMES else None
    objects = prep_objects(trigger, (preposition,)) if preposition else dependents(trigger, ("dobj",))
    if preposition and not objects:
        # ("presented credentials to X": the parser may hang the phrase's preposition on its noun)
        objects = [o for d in dependents(trigger, ("dobj",)) for o in prep_objects(d, (preposition,))]
    if not objects and misread_past_tense(trigger):
        objects = [modified_noun(trigger)]
    if not objects and not preposition:
        # "called Prime Minister X on Tuesday": the small model may read a lone name as the predicate of
        # "called X Y"; with no object before it, the name is the one called
        objects = [o for o in dependents(trigger, ("oprd",)) if o.pos_ == "PROPN"] or _shifted_object(trigger)
        objects = objects or person_opening_with_preposition(trigger)
    if lemma in VERBS_REFUSING_REQUESTS and _is_request(trigger, objects):
        return None
    if lemma in LIGHT_VERBS & VERBS_WITH_TOPIC_OBJECT and any(_names_its_own_meeting(o) for o in objects):
        return None  # "A and B co-chaired the consultations": the noun reports the meeting, with its kind
    if lemma in VERBS_WITH_TOPIC_OBJECT:
        return []  # "discussed Ukraine with X": the object is what was talked about, not who
    if lemma in VERBS_WITH_TIME_OBJECT:
        # "spent 90 minutes with X": the object is the time together; "spent $1bn with X" is no encounter
        return [] if objects and all(o.lemma_.lower() in SPAN_NOUNS for o in objects) else None
    # "greeted visiting X": the parser may read the participle as a verb taking X as its object
    objects += [
        o
        for x in dependents(trigger, ("xcomp", "advcl"))
        if prenominal_visiting(x)
        for o in dependents(x, ("dobj",))
    ]
    satisfied = [*objects, *(d for o in objects for d in dependents(o, ("dobj",)))]  # "meet changing demand"
    if lemma == "meet" and any(o.lemma_.lower() in NON_PARTY_OBJECTS for o in satisfied):
        return None
    if lemma == "meet" and any(
        c.dep_ == "advmod" and c.lower_ in COMPROMISE_ADVERBS for c in trigger.children
    ):
        return None  # "can meet each other halfway": give ground, not come together
    return _hospitality_guests(trigger, objects) if subject_role == HOST else objects


def _purpose_of_encounter(verb: Token, lemma: str) -> bool:
    """ "met him in Doha to discuss a peace deal with the Taliban": a talking verb that is the purpose of
    another encounter's verb tells what that encounter was for; its with-phrase may be the topic's."""
    return (
        lemma in VERBS_WITH_TOPIC_OBJECT
        and verb.dep_ in ("advcl", "xcomp")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and verb.head.lemma_.lower() in VERB_FRAMES
        and bool(dependents(verb.head, ("dobj",)))
    )


def _shifted_object(verb: Token) -> list[Token]:
    """ "received at Al-Yamamah Palace in Riyadh today Prime Minister of Pakistan X": the object a
    readout sets after the place and time, which the parser takes for an adverbial noun of the verb."""
    adverbial = [
        o
        for o in dependents(verb, ("npadvmod",))
        if o.i > verb.i
        and o.pos_ in ("PROPN", "NOUN")
        and o.ent_type_ not in ("DATE", "TIME")
        and any(t.pos_ == "PROPN" for t in o.subtree)
    ]
    # ("received in audience today at Bayan Palace the Bahraini Foreign Minister X": or an apposition the
    # parser gave the place; a determiner opens a new phrase, and a person is named in it)
    # ("at the Presidential Palace in Luanda, the Mozambican Minister of Defence, X": or the place's own
    # city; the name set off after the office may be left untagged)
    places = prep_objects(verb, ("at", "in"))
    places += [city for place in places for city in prep_objects(place, ("in",))]
    set_beside_place = [
        a
        for place in places
        for a in dependents(place, ("appos",))
        if a.left_edge.lower_ == "the"
        and any(
            t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and t.dep_ in ("appos", "conj")) for t in a.subtree
        )
    ]
    return adverbial + set_beside_place


def _passive_voice(trigger: Token) -> bool:
    """The verb's own voice is passive: "arrived ... and was received by X" (its subject borrowed from the
    first verb), or "the countries visited over the week", a bare past participle, a reduced relative
    whose noun is what was visited (the parser may still call that noun its subject)."""
    if any(c.dep_ == "auxpass" for c in trigger.children):
        return True
    return (
        trigger.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children)
        and not misread_past_tense(trigger)
        # ("X, who is on a visit to Colombo, called on Y": a main verb with its own active subject is a
        # past tense the tagger took for a participle)
        and not (trigger.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in trigger.children))
    )


def _names_its_own_meeting(held: Token) -> bool:
    """A meeting noun a verb holds that reports the meeting itself ("co-chaired the consultations", "the
    fifth round of talks"); "co-chaired the session of the commission" needs the verb, as a session counts
    only with its own with-phrase."""
    nouns = [held, *(o for o in prep_objects(held, ("of",)) if held.lemma_.lower() in EXTENT_NOUNS)]
    return any(
        n.lemma_.lower() in NOUN_TRIGGERS
        and (n.lemma_.lower() not in NOUNS_NEEDING_WITH_PHRASE or bool(prep_objects(n, ("with",))))
        for n in nouns
    )


def _verb_with_objects(trigger: Token, lemma: str, actors: ArticleActors) -> list[Token]:
    """The counterparts a verb introduces with "with" ("to" also for "talk"/"speak")."""
    with_objects = prep_objects(trigger, ("with", "to") if lemma in ("talk", "speak") else ("with",))
    if lemma in VERBS_NEEDING_WITH and not with_objects:
        # "negotiating a loan with the Paris Club": the parser hangs the counterpart on the thing negotiated
        things = [o for o in dependents(trigger, ("dobj",)) if not is_party_phrase(o, actors)]
        with_objects = [w for o in things for w in prep_objects(o, ("with",))]
    if not with_objects:
        # "met behind closed doors with X", "spoke on the phone with X": the parser hangs the with-phrase
        # on the object of the verb's other preposition
        hung = with_objects_hung_lower(trigger, NOUN_TRIGGERS)
        with_objects = [w for w in hung if is_party_phrase(w, actors)]
    return with_objects


def verb_mention(trigger: Token, actors: ArticleActors, lemma: str) -> tuple[dict[str, str], str, str] | None:
    """Parties, type and kind of a trigger verb; ``lemma`` is its lexicon entry (a verb or a phrase)."""
    if prenominal_visiting(trigger):
        # "the visiting minister": a description of a party (see _visiting_parties); one the clause's
        # subject addresses is met by it ("Deng told visiting Secretary of State X ...")
        return addressed_visitor(trigger, actors)
    frame = verb_frame(trigger, lemma)
    if frame is None or _purpose_of_encounter(trigger, lemma):
        return None
    meeting_type, subject_role, object_role = frame
    objects = _verb_objects(trigger, lemma, subject_role)
    if objects is None:
        return None
    with_objects = _verb_with_objects(trigger, lemma, actors)
    if _meets_no_one(trigger, lemma, objects, with_objects):
        return None
    if subject_role == HOST and _describes_a_thing(trigger, actors):
        return None  # "a forum hosted by X": an event is hosted, no guest received
    subjects, passive = subject_heads(trigger)
    passive = passive or _passive_voice(trigger)
    listed = not passive and not objects and not with_objects and lemma == "meet"
    if listed:
        # ("President of A X, President of B Y and Z met": the parser may read the list's opening title as
        # an adverbial noun of the verb)
        subjects = subjects + [c for c in trigger.lefts if c.dep_ == "npadvmod" and c.pos_ == "PROPN"]
    agents = prep_objects(trigger, ("by",)) + _agents_of_meal_read_as_verb(trigger) if passive else []
    if not _has_other_side(trigger, lemma, agents if passive else subjects, with_objects, passive, actors):
        return None
    if lemma in VERBS_NEEDING_ACTOR_OBJECT and agents and not any(actor_keys(a, actors) for a in agents):
        return None  # "will be greeted by thousands of protesters": a crowd, not a host
    parties: dict[str, str] = {}
    if lemma == "visit":
        objects = [*objects, *residence_owners(objects, actors)]  # "visited Hillary Clinton's home"
    if lemma in VERBS_NEEDING_ACTOR_OBJECT and lemma != "visit" and len(objects) > 1:
        objects = _guest_objects(objects, actors)
    object_keys = [
        k
        for o in objects
        for c in with_misparsed_conjuncts(o)
        for k in actor_keys(c, actors)
        if not (lemma == "visit" and misread_place(k, c, actors))
    ]
    # (guests a roll call after names: read once, and only for a verb that needs a party as its object)
    unnamed = lemma in VERBS_NEEDING_ACTOR_OBJECT and bool(objects) and _unnamed_people(objects)
    if lemma in VERBS_NEEDING_ACTOR_OBJECT and objects and not object_keys and not unnamed:
        return None  # "welcomed the decision", "visited a factory"
    if (
        lemma in VERBS_NEEDING_ACTOR_OBJECT
        and objects
        and not any(is_party_phrase(o, actors) for o in objects)
        and not unnamed
    ):
        # "received Obama's endorsement": an actor only as a modifier of the thing; "visited the pavilions of
        # Chile and Morocco", "visited the X mosque": a site, whoever it is of or named after
        return None
    subject_keys = [k for s in subjects for k in actor_keys(s, actors)]
    if listed:
        subject_keys += _persons_listed_in_subject(subjects, subject_keys, actors)
    if lemma in VERBS_NEEDING_PERSON_OBJECT and not _sees_a_person(trigger, objects, subject_keys, actors):
        return None
    if passive:
        # "X was received by Y": the grammatical subject is the object role
        enrol(parties, [k for a in agents for k in actor_keys(a, actors)], subject_role)
        enrol(parties, subject_keys, object_role)
    else:
        enrol(parties, subject_keys, subject_role)
        enrol(parties, object_keys, object_role)
    enrol(parties, [k for o in with_objects for k in actor_keys(o, actors)], object_role)
    for obj in prep_objects(trigger, ("between",)):
        enrol(parties, actor_keys(obj, actors), PARTICIPANT)
    if lemma == "visit":
        add_visited(parties, trigger, actors)
    add_inviters(parties, trigger, objects, actors)
    add_invitation_hosts(parties, invitation_hosts([trigger], actors), actors)
    if (journey_of(trigger) is not None or met_on_journey(trigger, subject_keys, actors)) and not passive:
        # travelling to meet: the traveller is the visitor, the one met receives them
        enrol(parties, subject_keys, VISITOR)
        enrol(parties, object_keys + [k for o in with_objects for k in actor_keys(o, actors)], HOST)
    return parties, meeting_type, "verb"


def _persons_listed_in_subject(subjects: list[Token], known: list[str], actors: ArticleActors) -> list[str]:
    """ "President of Slovenia A, President of Croatia B and President of Austria C met in Ljubljana": the
    parser may hang a name of the list inside another's long title; every person named in the subject
    phrase, outside a clause of its own ("X, who met Y last year,"), is one of those who met."""
    found: list[str] = []
    for subject in subjects:
        for token in subject.subtree:
            if token.pos_ != "PROPN" or token.dep_ == "compound" or _inside_clause(token, subject):
                continue
            # (the name as the actors extractor read it: the model may leave it untagged)
            named = [m.local_key for m in actors.mentions_in(token.idx, token.idx + len(token.text))]
            found += [k for k in named if k not in known + found and is_person(k, actors)]
    return found


def _inside_clause(token: Token, top: Token) -> bool:
    """A clause of its own lies between the token and ``top``, its ancestor."""
    while token != top and token.head != token:
        if token.dep_ in ("relcl", "acl", "advcl", "ccomp"):
            return True
        token = token.head
    return False


def _describes_a_thing(verb: Token, actors: ArticleActors) -> bool:
    """The verb's clause describes a thing ("a forum hosted by X", "every script sent or received by a
    writer"): a conjunct shares the first one's noun."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.pos_ == "VERB":
        clause = clause.head
    return clause.dep_ == "acl" and not is_party_phrase(clause.head, actors)


def _meets_no_one(verb: Token, lemma: str, objects: list[Token], with_objects: list[Token]) -> bool:
    """A use of a meeting verb that brings no two parties together: a reception or a contest ("was met with
    applause"), a press interview."""
    if lemma == "meet" and _meets_no_party(verb, with_objects):
        return True
    if lemma == "meet" and with_objects and any(c.dep_ == "auxpass" for c in verb.children):
        return True  # "was met with chants of ...": a reception, whatever it was met with
    return _press_interview(verb, objects + with_objects)


def _meets_no_party(verb: Token, with_objects: list[Token]) -> bool:
    """ "was met with applause" (a reception), "will meet on the debate stage", "meet for their first debate",
    "met in the final" (a contest)."""
    return any(o.lemma_.lower() in RECEPTION_NOUNS for o in with_objects) or any(
        word.lemma_.lower() in CONTEST_NOUNS
        for obj in prep_objects(verb, ("in", "on", "for", "at"))
        for word in (obj, *dependents(obj, ("compound",)))
    )


def _press_interview(verb: Token, counterparts: list[Token]) -> bool:
    """ "sat down with CBS anchor Scott Pelley for an interview": a journalist met for an interview is the
    press at work, not an encounter of two parties."""
    if not any(o.lemma_.lower() in INTERVIEW_NOUNS for o in prep_objects(verb, ("for",))):
        return False
    return any(t.lemma_.lower() in PRESS_NOUNS for c in counterparts for t in c.subtree)


def _has_other_side(
    verb: Token,
    lemma: str,
    doers: list[Token],
    with_objects: list[Token],
    passive: bool,
    actors: ArticleActors,
) -> bool:
    """Whether a verb that needs a counterpart has one: a with-phrase, or a plural subject ("the two men
    talked", "X and Y conferred") unless the frame wants the with-phrase itself; signers of one document."""
    if lemma in VERBS_NEEDING_DOCUMENT:
        return _signed_together(verb, doers, with_objects, passive, actors)
    if lemma in VERBS_NEEDING_WITH and with_objects and not any(actor_keys(o, actors) for o in with_objects):
        # "X and Y spent two days talking to government officials": the side talked to is unnamed, and the
        # two subjects are one side, not each other's counterpart
        return False
    if lemma not in VERBS_NEEDING_WITH or with_objects:
        return True
    if lemma in VERBS_NEEDING_WITH_PHRASE and not _talked_during_visit(verb):
        return False
    # ("X met Y in Ankara. The pair talked for two hours on Wednesday": the two told before, whom the
    # merging takes up as it does "they")
    if len(doers) == 1 and stands_for_the_two(doers[0]):
        return True
    return len({k for s in doers for k in actor_keys(s, actors)}) >= 2


def _talked_during_visit(verb: Token) -> bool:
    """ "X visited Downing Street in April, when she and Y discussed migration": a plural subject talking in
    a when-clause of a visit talked there together, not as two voices."""
    when = any(c.dep_ in ("advmod", "mark") and c.lower_ == "when" for c in verb.children)
    visit = verb.head
    if not when or verb.dep_ not in ("advcl", "relcl"):
        return False
    if visit.pos_ not in ("VERB", "AUX"):  # ("in April, when ...": the clause on the visit's time)
        visit = next((a for a in visit.ancestors if a.pos_ in ("VERB", "AUX")), visit)
    lemma = visit.lemma_.lower()
    return lemma in TRAVEL_VERBS or VERB_FRAMES.get(lemma, {}).get("type") == "visit"


def _signed_together(
    verb: Token, signers: list[Token], with_objects: list[Token], passive: bool, actors: ArticleActors
) -> bool:
    """ "Nigeria and Britain signed an agreement", "the accord was signed by X and Y", "X signed a pact with
    Y": two or more signers of one document, each a country or a person holding an office (a contract
    between companies is business, not an encounter the guideline counts)."""
    documents = dependents(verb, ("nsubjpass", "nsubj")) if passive else dependents(verb, ("dobj",))
    if not any(d.lemma_.lower() in SIGNED_DOCUMENTS for d in documents):
        return False
    keys = {k for p in [*signers, *with_objects] for c in with_conjuncts(p) for k in actor_keys(c, actors)}
    # a firm the model split out of a title ("Cable and Wireless Chairman X") is no signer of its own
    states_and_officials = [
        k
        for k in keys
        if (a := actors.actor(k)) is not None
        and (a.actor_type == "country" or (a.actor_type == "person" and bool(a.titles)))
    ]
    return len(states_and_officials) >= 2


def _one_per_name(objects: list[Token]) -> list[Token]:
    """The objects with one token per named entity ("will see President Hafez al-Assad": the parser may
    make each piece of a hyphenated name an object of the verb)."""
    by_name: dict[int, Token] = {}
    for token in objects:
        start = token.i
        while token.ent_type_ and token.doc[start].ent_iob_ == "I" and start > 0:
            start -= 1
        by_name[start] = token  # (the last piece, the name's head)
    return list(by_name.values())


def _office_named(noun: Token, actors: ArticleActors) -> bool:
    """ "is due to see the secretary-general on Monday": a definite office the actors extractor took for
    its holder named before stands for that person, as the name would."""
    mentions = actors.mentions_in(noun.left_edge.idx, noun.idx + len(noun.text))
    return any(m.mention_kind == "title" and is_person(m.local_key, actors) for m in mentions)


def _sees_a_person(verb: Token, objects: list[Token], subject_keys: list[str], actors: ArticleActors) -> bool:
    """ "X will see Suharto on Tuesday": seeing a named person, by a named party, is calling on them;
    seeing someone do something or as something ("see Baker cutting rates", "saw Reagan as weak") is a view
    of them, and "saw X on television" a sight of them."""
    objects = _one_per_name(objects)
    # "A and B last saw each other in Paris": the subjects see one another
    reciprocal = len(objects) == 1 and objects[0].lower_ in ("other", "another") and len(subject_keys) > 1
    if not reciprocal and (
        not subject_keys
        or len(objects) != 1
        or (objects[0].pos_ != "PROPN" and not _office_named(objects[0], actors))
        or not actor_keys(objects[0], actors)
    ):
        return False  # "saw him there again": a pronoun object is mostly a sight, not a call
    # office holders on both sides: "the last time she saw Freddy" is a private memory, not a call
    seen = subject_keys if reciprocal else actor_keys(objects[0], actors)
    if not all(is_person(k, actors) and _holds_office(k, actors) for k in seen):
        return False
    if not all(_holds_office(k, actors) for k in subject_keys):
        return False
    if VERB_FRAMES[verb.lemma_.lower()]["type"] == "call" and not _told_as_a_call(verb):
        return False
    clauses = ("xcomp", "ccomp", "advcl", "acl", "relcl", "oprd", "acomp")
    if any(
        c.dep_ in clauses
        and c not in objects
        and not _talk_purpose(verb, c)
        and not set_off_relative_clause(c)
        for holder in (verb, objects[0])
        for c in holder.children
    ):
        return False
    if prep_objects(verb, ("as",)):
        return False
    if verb.lemma_.lower() in VERBS_WITH_ON_TOPIC and objects[0].ent_type_ == "PERSON":
        return True  # "briefed X on the talks": what the briefing was about (one named, not "the President")
    # ("on Saturday evening": a day with its part; "on Sunday and B in Cairo on Tuesday": a second person
    # seen, whom the parser coordinates with the day)
    return all(o.ent_type_ in ("DATE", "TIME", "PERSON") for o in prep_objects(verb, ("on",)))


def _told_as_a_call(verb: Token) -> bool:
    """ "called X on Monday", "called X to discuss Syria", "called X by phone": a call is told by its day,
    its purpose or its channel; "is now calling Obama the founder of ...", "called X, a former director, an
    outstanding leader" name X."""
    if verb.tag_ == "VBG":
        return False
    dated = any(o.ent_type_ in ("DATE", "TIME") for o in prep_objects(verb, ("on", "at")))
    purpose = any(_talk_purpose(verb, c) for c in verb.children)
    channel = any(t.lower_ in CALL_CONTEXT_WORDS for t in verb.sent)
    return dated or purpose or channel


def _talk_purpose(verb: Token, clause: Token) -> bool:
    """ "called X to discuss Syria": a purpose clause of talking, which a call may have."""
    return (
        verb.lemma_.lower() in VERBS_ALLOWING_TALK_PURPOSE
        and clause.dep_ in ("advcl", "xcomp")
        and clause.lemma_.lower() in CALL_PURPOSE_VERBS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    )


def _holds_office(key: str, actors: ArticleActors) -> bool:
    """An office holder: a titled person, a well-known leader named bare ("Hillary Clinton"), or a body."""
    actor = actors.actor(key)
    if actor is None:
        return False
    return actor.actor_type != "person" or bool(actor.titles) or leader_country(actor.name) is not None


def _is_request(verb: Token, objects: list[Token]) -> bool:
    """ "called on Russia to withdraw": an infinitive after the object turns the visit into a demand; so
    does the appeal it is made in ("called on X in a resolution to retaliate")."""
    if any(o.lemma_.lower() in REQUEST_INSTRUMENTS for o in prep_objects(verb, ("in", "through", "via"))):
        return True
    return any(
        child.dep_ in ("xcomp", "advcl", "acl", "relcl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        and not _dated_purpose(verb, child)
        for holder in (verb, *objects)
        for child in holder.children
    )


def _dated_purpose(verb: Token, clause: Token) -> bool:
    """ "called on Finance Minister X on Monday to discuss the budget": a visit's day set before an
    infinitive of talking makes it the visit's purpose; a demand is not dated between its parts."""
    return clause.lemma_.lower() in CALL_PURPOSE_VERBS and any(
        o.ent_type_ in ("DATE", "TIME") and o.i < clause.i for o in prep_objects(verb, ("on",))
    )


def _agents_of_meal_read_as_verb(verb: Token) -> list[Token]:
    """ "X was hosted to breakfast by Y", "was hosted to dinner by Y": the parser hangs the agent on the meal
    (or reads "to breakfast" as an infinitive); the one who hosted the meal is the passive's agent."""
    meals = dependents(verb, ("xcomp",)) + prep_objects(verb, ("to", "for"))
    return [agent for meal in meals if is_hospitality(meal) for agent in prep_objects(meal, ("by",))]


def _hospitality_guests(trigger: Token, objects: list[Token]) -> list[Token]:
    """ "hosted a dinner for X", "gave a lunch in honour of X", "received the credentials of X": the guests
    of a meal or reception, or the envoy presenting credentials, stand in for the object of the hosting
    verb; other objects are kept as they are."""
    guests: list[Token] = []
    for obj in objects:
        if obj.lemma_.lower() in CREDENTIAL_NOUNS:
            # "received the credentials of the new Ambassador of Chile, X": the envoy presenting them
            guests.extend(prep_objects(obj, ("of", "from")))
            continue
        if not is_hospitality(obj):
            guests.append(obj)
            continue
        for holder in (obj, trigger):
            guests.extend(prep_objects(holder, ("for",)) + honoured_guests(holder))
    return guests


def _guest_objects(objects: list[Token], actors: ArticleActors) -> list[Token]:
    """The objects of a hosting verb the parser gave several ("received FDA approval to market X"): those
    that name a party, before any infinitive's "to" (what follows it is that verb's object)."""
    first = min(o.i for o in objects)
    return [
        o
        for o in objects
        if is_party_phrase(o, actors) and not any(t.tag_ == "TO" for t in o.doc[first : o.i])
    ]


def _unnamed_people(objects: list[Token]) -> bool:
    """ "hosted the top four congressional leaders. A, B, C and D attended the session": guests of a plural
    office or group noun that the roll call of the next sentence names (parties.complete_parties)."""
    people = all(o.tag_ == "NNS" and o.lemma_.lower() in GROUP_NOUNS | PARTY_NOUNS for o in objects)
    return people and roll_call_follows(objects[0])
