"""Where a meeting is: the place a mention names, and the places travel verbs go to.

A location is taken only when it is stated or follows from a stated trip (guideline, convention 4): a
place phrase hanging from the trigger, from a clause that describes it or from the verb that holds it; the
destination of a journey the meeting is the purpose of ("flew to Tokyo for talks"); or the article's
wire dateline, for the news it reports. The most specific place wins (city over country). The travel-verb
helpers (who travels, where to, which journey a meeting is for) live here because the place is what they
decide; :mod:`.status` (a journey's purpose is planned with it), :mod:`.nouns` (the traveller visits) and
:mod:`.journeys` (the article's trips) reuse them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from itertools import islice

from spacy.tokens import Doc, Span, Token

from dipnews.extract.actors.countries import (
    capital_by_demonym,
    country_by_demonym,
    country_by_name,
    is_international_body,
    place_country,
    region_country,
)
from dipnews.extract.actors.titles import is_title_word
from dipnews.extract.meetings.kinds import received_from
from dipnews.extract.meetings.lexicon import (
    ARRIVAL_VERBS,
    ATTENDING_VERBS,
    BODY_LIKE_VENUE_HEADS,
    DEPARTMENT_VENUE_HEADS,
    DEPARTURE_VERBS,
    DESTINATION_OBJECT_VERBS,
    EVENT_NAME_HEADS,
    EXTENT_NOUNS,
    GUEST_VERBS,
    JOURNEY_NOUNS,
    LIGHT_VERBS,
    NAME_PARTICLES,
    NAMED_VENUES,
    NOUN_TRIGGERS,
    OCCASION_NOUNS,
    OCCURRENCE_VERBS,
    PLACE_NOUNS,
    PROGRAMME_VERBS,
    SEATS_OF_GOVERNMENT,
    SENDING_VERBS,
    SERIES_NAMES,
    SPAN_NOUNS,
    TRAVEL_VERBS,
    VENUE_DATELINES,
    VENUE_HEADS,
    VENUE_LEADING_WORDS,
    VENUE_NOUNS,
    VENUE_QUALIFIERS,
    VERB_FRAMES,
    VERBS_NEEDING_DOCUMENT,
    VERBS_WITH_TOPIC_OBJECT,
    VISIT_NOUNS,
)
from dipnews.extract.meetings.syntax import (
    DATELINE_MARKS,
    clause_participles,
    controlling_verbs,
    dangling_conjuncts,
    dependents,
    describing_modifiers,
    honoured_guests,
    is_hospitality,
    journeys_during,
    misread_past_tense,
    modified_noun,
    plan_word,
    prenominal_visiting,
    prep_objects,
    relative_holding_clauses,
    subject_heads,
    where_antecedent,
    which_within,
    with_conjuncts,
    with_objects_hung_lower,
)
from dipnews.extract.quotes.speech import SPEECH_VERB_LEMMAS
from dipnews.nlp.parsing import dateline_place_group, dateline_place_text, datelines, doc_text

# spaCy entity labels that can be a meeting place.
PLACE_ENTITY_LABELS = frozenset({"GPE", "LOC", "FAC"})


def journey_of(trigger: Token) -> Token | None:
    """The travel verb whose purpose the trigger verb is ("will travel to Canberra to meet X", "flew to
    Tokyo to hold talks"): the traveller visits, and the journey's destination is the meeting's place."""
    purpose = trigger.dep_ in ("advcl", "xcomp") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children
    )
    if purpose and (trigger.head.lemma_.lower() in TRAVEL_VERBS | SENDING_VERBS or _travels(trigger.head)):
        return trigger.head  # also "is in Washington this week to meet X": being there for the purpose
    if purpose and _visits_place(trigger.head):
        return trigger.head  # "will visit Washington next week to meet X": the visit is the journey
    # "arrived in Jakarta on Saturday and will have talks with X": the same subject's arrival; also
    # through the plan it is ("arrived ... and is scheduled to meet X")
    clause = trigger
    while clause.dep_ == "xcomp" and plan_word(clause.head):
        clause = clause.head
    if clause.dep_ == "conj" and clause.head.lemma_.lower() in ARRIVAL_VERBS | TRAVEL_VERBS:
        return clause.head
    if clause.dep_ == "conj" and (trip := _trip_made(clause.head)) is not None:
        return trip  # "made a surprise visit to Kyiv and met X", "visited Kyiv and met X"
    # "is visiting India, where he will meet X": the place of the journey the relative clause is set in
    antecedent = where_antecedent(trigger)
    # (the place may hang from the verb through "to": "before flying to Amman, where he met X")
    verb = antecedent.head.head if antecedent is not None and antecedent.head.pos_ == "ADP" else None
    for candidate in (antecedent.head if antecedent is not None else None, verb):
        if candidate is not None and candidate.lemma_.lower() in ARRIVAL_VERBS | TRAVEL_VERBS:
            return candidate
    return None


def _trip_made(verb: Token) -> Token | None:
    """The journey a verb reports when it goes somewhere: "visited Kyiv", "made a visit to Kyiv"."""
    if _visits_place(verb):
        return verb
    if verb.lemma_.lower() not in LIGHT_VERBS:
        return None
    objects = dependents(verb, ("dobj",))
    trips = [o for o in objects if o.lemma_.lower() in JOURNEY_NOUNS and destinations_of(o)]
    return trips[0] if trips else None


def _visits_place(verb: Token) -> bool:
    """A visit verb whose object is a place ("visit Washington"), not a person it is the meeting with."""
    frame = VERB_FRAMES.get(verb.lemma_.lower())
    return (
        frame is not None
        and frame["type"] == "visit"
        and any(place_text(o) is not None for o in dependents(verb, ("dobj",)))
    )


def _travels(verb: Token) -> bool:
    """A verb of travel, or being somewhere for a purpose ("will be in Washington for talks with X"), or
    being expected there ("X is expected here on Friday for talks": the wire's "here" is the dateline)."""
    lemma = verb.lemma_.lower()
    here = any(
        c.dep_ == "advmod" and c.lower_ == "here"
        for h in (verb, *dependents(verb, ("acomp",)))
        for c in h.children
    )  # "X is due here on Sunday for talks": the wire's "here" is the dateline
    if lemma == "expect" and any(c.dep_ == "auxpass" for c in verb.children):
        return here or bool(destinations_of(verb))
    if lemma in GUEST_VERBS and any(c.dep_ == "auxpass" for c in verb.children):
        return here or bool(destinations_of(verb))  # "was welcomed to Downing Street for a dinner with Y"
    return lemma in TRAVEL_VERBS or (lemma == "be" and (here or bool(destinations_of(verb))))


def travellers_of(verb: Token) -> list[Token]:
    """Who makes the journey a verb tells of: its subject, or the one sent ("is sending X to Moscow")."""
    if verb.lemma_.lower() in SENDING_VERBS:
        return [c for o in dependents(verb, ("dobj",)) for c in with_conjuncts(o)]
    return subject_heads(verb)[0]


def travels_for(verb: Token) -> bool:
    """A verb whose "for"-phrase is the purpose of a journey: travel verbs, sending someone, and visiting
    ("is due to visit Moscow for a summit with X": the visitor goes there for it; "paid a visit here for
    talks with X": so does one who makes a journey)."""
    lemma = verb.lemma_.lower()
    return (
        _travels(verb)
        or lemma in SENDING_VERBS
        or (lemma in VERB_FRAMES and VERB_FRAMES[lemma]["type"] == "visit")
        or (
            lemma in LIGHT_VERBS
            and any(o.lemma_.lower() in JOURNEY_NOUNS for o in dependents(verb, ("dobj",)))
        )
    )


def destinations_of(verb: Token) -> list[str]:
    """The places a travel verb goes to: "flew to Tokyo", "left for Washington", "arrived in Jakarta",
    "is visiting India", "crossed Manhattan"."""
    targets = prep_objects(verb, ("to", "for", "in", "into"))  # ("flew into Damascus", "crossed into Russia")
    if verb.lemma_.lower() in DESTINATION_OBJECT_VERBS:
        targets += dependents(verb, ("dobj",))
    if verb.lemma_.lower() in DEPARTURE_VERBS:
        # ("left Bahrain for Baghdad": the parser may hang the destination on the place left)
        targets += [p for o in dependents(verb, ("dobj",)) for p in prep_objects(o, ("for",))]
    for complement in dependents(verb, ("acomp",)):  # "is due in Moscow", "is back in Kyiv"
        targets += prep_objects(complement, ("in", "to"))
    # "arrived on Monday for a two-day visit to Lagos": the visit the journey is for goes there; "made a
    # trip to Bonn for talks": so does the one made
    made = dependents(verb, ("dobj",)) if verb.lemma_.lower() in LIGHT_VERBS else []
    targets += [
        o
        for t in prep_objects(verb, ("for",)) + made
        if t.lemma_.lower() in JOURNEY_NOUNS
        for o in prep_objects(t, ("to",))
    ]
    places = [p for obj in targets if (p := place_text(obj)) is not None]
    return list(dict.fromkeys(places + _lone_names_gone_to(verb)))


def _lone_names_gone_to(verb: Token) -> list[str]:
    """ "travelled to Sandringham to be received by X": the small model tags some lone place names as
    persons; one travels to a place, so a one-word name after a travel verb's "to" is where it goes."""
    if verb.lemma_.lower() not in TRAVEL_VERBS:
        return []
    return [
        obj.text
        for obj in prep_objects(verb, ("to",))
        if obj.ent_type_ == "PERSON"
        and obj.ent_iob_ == "B"
        and obj.pos_ == "PROPN"
        and obj.n_lefts + obj.n_rights == 0
        and (obj.i + 1 >= len(obj.doc) or obj.doc[obj.i + 1].ent_iob_ != "I")
    ]


def listed_place_iso3(table: Mapping[str, str], place: str) -> str | None:
    """The country of a place listed in one of the lexicon's place tables (seats of government, named
    venues), compared without case; None when it is not listed. A street address's house number is no
    part of the listed name ("10 Downing Street")."""
    wanted = _HOUSE_NUMBER.sub("", place).lower()
    return next((code for name, code in table.items() if name.lower() == wanted), None)


_HOUSE_NUMBER = re.compile(r"^\d+[A-Za-z]?\s+(?=[A-Z])")


def is_listed_venue(place: str) -> bool:
    """A seat of government or a landmark venue of the lexicon ("Oval Office", "Capitol Hill")."""
    return (
        listed_place_iso3(SEATS_OF_GOVERNMENT, place) is not None
        or listed_place_iso3(NAMED_VENUES, place) is not None
    )


def venue_named_by(modifier: Token) -> str | None:
    """The listed venue a compound before a meeting noun names ("the Trump Tower meeting", "the Oval
    Office talks"): where it was held, not who met; None for any other modifier."""
    if modifier.dep_ != "compound":
        return None
    name = modifier.doc[modifier.left_edge.i : modifier.i + 1].text
    return name if is_listed_venue(name) else None


def names_venue(modifier: Token) -> bool:
    return venue_named_by(modifier) is not None


def place_iso3(place: str) -> str | None:
    listed = (
        listed_place_iso3(SEATS_OF_GOVERNMENT, place)
        or listed_place_iso3(NAMED_VENUES, place)
        or listed_place_iso3(VENUE_DATELINES, place)
    )
    return listed or place_country(place)


def place_text(token: Token) -> str | None:
    """The place a token names, as written (its entity, without a leading "the"), or None."""
    if token.ent_type_ in ("DATE", "TIME"):
        return None  # "at the end of March": a month, though a town in England shares its name
    if token.lemma_.lower() in NOUN_TRIGGERS and not token.ent_type_:
        return None  # "at the Summit of the Americas": an occasion, though a town in New Jersey is Summit
    if token.lower_ in EVENT_NAME_HEADS and token.ent_type_ and place_iso3(_entity_name(token)[1]) is None:
        return None  # "at the Pacific Islands Forum in Rarotonga": a gathering the model tagged a location
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if token.ent_type_ == "PERSON" and (token.ent_iob_ == "I" or (following and following.ent_iob_ == "I")):
        # "welcomed Premier Wei Lin": a surname in a full name is the person, though a town shares it (the
        # small model also tags lone places such as "Vilnius" PERSON, so one word alone is not enough);
        # a whole name the place table knows is the place ("In Bandar Seri Begawan, ...")
        whole = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        if whole is not None and _named_building(whole):
            return _entity_name(token)[1] or None  # ("at Palazzo Chigi": a building the model took for a man)
        return whole.text if whole is not None and place_iso3(whole.text) is not None else None
    if token.ent_type_ in PLACE_ENTITY_LABELS or (token.ent_type_ == "ORG" and token.pos_ == "PROPN"):
        span, text = _entity_name(token)
        if is_international_body(text):
            return None  # "at the meeting of the IMF": the model may tag a body's initials a place
        if text and (
            place_iso3(text) is not None or token.ent_type_ in PLACE_ENTITY_LABELS or _named_building(span)
        ):
            return text
        return None
    if token.pos_ == "PROPN" and place_iso3(token.text) is not None:
        return token.text
    if token.pos_ == "NOUN" and token.lower_ == "capital":
        return _capital_named_by_demonym(token)
    if token.pos_ == "NOUN" and token.lemma_.lower() in PLACE_NOUNS:
        # "at a restaurant in Taipei's Xinyi district": a part of a place, named by its owner
        owners = [o for o in token.children if o.dep_ == "poss" and o.pos_ == "PROPN"]
        return place_text(owners[0]) if owners else None
    # ("at Mar-a-Lago": a listed landmark the tokenizer cut at its hyphens, untagged)
    landmark = token.doc[token.left_edge.i + (token.left_edge.lower_ == "the") : token.i + 1]
    if token.pos_ == "PROPN" and len(landmark) > 1 and listed_place_iso3(NAMED_VENUES, landmark.text):
        return landmark.text
    return None


def _capital_named_by_demonym(token: Token) -> str | None:
    """ "wrapped up talks in the Thai capital", "flew into the Syrian capital": the capital of the state the
    demonym names (the most specific place, as the text means it)."""
    lefts = [t for t in token.lefts if t.dep_ != "det"]
    if not lefts or not any(t.dep_ == "det" and t.lower_ == "the" for t in token.lefts):
        return None
    return capital_by_demonym(token.doc[lefts[0].left_edge.i : token.i].text)


def _name_word(token: Token) -> bool:
    """A word of a proper name: capitalised, a particle ("Huis ten Bosch"), a hyphen ("Mar-a-Lago")."""
    return (
        token.is_title
        or token.is_punct
        or token.lower_ == "a"
        or (token.is_lower and token.lower_ in NAME_PARTICLES)
    )


def _entity_name(token: Token) -> tuple[Span, str]:
    """The entity a token is in, trimmed, and its name as written without a leading "the"."""
    doc = token.doc
    start = token.i
    while (start > 0 and doc[start - 1].ent_iob_ == "I") or (
        start > 0 and token.ent_iob_ == "I" and doc[start].ent_iob_ == "I"
    ):
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    end = _before_inner_place(doc, token.i, end)
    # ("received at the Presidential Palace the Foreign Minister of X": a second "the" not after a
    # preposition opens the next phrase, which the model ran into; "the Great Hall of the People" keeps it)
    end = next(
        (i for i in range(token.i + 1, end) if doc[i].lower_ == "the" and doc[i - 1].pos_ != "ADP"), end
    )
    while end - 1 > token.i and (
        (doc[end - 1].pos_ in ("ADP", "DET", "CCONJ", "ADV") and doc[end - 1].is_lower)
        or doc[end - 1].is_punct
        or doc[end - 1].is_space  # ("the Great Hall of the People." + a paragraph break)
        or (doc[end - 1].pos_ == "ADJ" and country_by_demonym(doc[end - 1].text) is not None)
    ):
        # "the Great Hall of the People on" + "Monday", "the Great Hall of the People later", "Abuja" + ".",
        # "El Mouradia Palace" + "Italian Defence Minister Y": the model ran on into the next phrase or
        # took in the full stop
        end -= 1
    span = doc[start:end]
    # ("in The Hague": a capital "The" inside a sentence before a one-word name is the name's own)
    own_article = span[0].text == "The" and not span[0].is_sent_start and len(span) == 2
    text = doc[start + 1 : end].text if span[0].lower_ == "the" and not own_article else span.text
    return span, text


def venue_at(obj: Token) -> str | None:
    """The venue an "at" phrase names though neither the place table nor the model takes it for a place:
    a government department ("at the State Department"), a proper name beside a venue noun ("at
    Jean-Georges, a French restaurant", "at the Waldorf Astoria hotel")."""
    if obj.head.lower_ != "at" or obj.ent_type_ in ("PERSON", "DATE", "TIME"):
        return None
    if obj.pos_ == "PROPN" and obj.ent_type_ == "ORG" and obj.lower_ in DEPARTMENT_VENUE_HEADS:
        return _entity_name(obj)[1] or None
    if obj.pos_ == "PROPN" and obj.is_title and obj.ent_type_:
        described = any(c.dep_ == "appos" and c.lemma_.lower() in VENUE_NOUNS for c in obj.children)
        return (_entity_name(obj)[1] or None) if described else None
    start = obj.left_edge.i + (obj.left_edge.lower_ == "the")
    if (
        obj.pos_ == "PROPN"
        and obj.is_title
        and (obj.lower_ in VENUE_HEADS or _building_word_first(obj.doc[start : obj.i + 1]))
    ):
        # "at the West Lake State Guest House", "at Qasr Al Watan": a building's name the model left
        # untagged, or tagged only in part
        name = obj.doc[start : obj.i + 1]
        return name.text if all(t.is_title for t in name) and _named_building(name) else None
    if obj.pos_ == "NOUN" and obj.lemma_.lower() in VENUE_NOUNS and not _of_place(obj):
        # the capitalised words between the determiner and the noun ("his Mar-a-Lago estate"; "the Black
        # Sea resort of Neptun" is named by its of-phrase)
        words = [
            t for t in obj.doc[obj.left_edge.i : obj.i] if t.dep_ not in ("det", "poss") or t.head != obj
        ]
        # ("at the Zouj Beghal border post": a common noun between the name and the venue noun)
        while (
            len(words) > 1
            and words[-1].pos_ == "NOUN"
            and words[-1].is_lower
            and words[-1].dep_ == "compound"
        ):
            words.pop()
        named = [t for t in words if t.pos_ == "PROPN"]
        if named and words[-1].is_title and all(_name_word(t) for t in words):
            return obj.doc[words[0].i : words[-1].i + 1].text
    return None


def _named_building(span: Span) -> bool:
    """A building's proper name the model tagged as an organisation or a person ("at Chamwino State House",
    "at Hyderabad House", "at the Hotel Intercontinental", "at Palazzo Chigi"), unless its city follows
    after a comma ("at State House, Nairobi": the city is the place written)."""
    if len(span) < 2 or not (_building_word_last(span) or _building_word_first(span)):
        return False
    doc = span.doc
    after = doc[span.end + 1] if span.end + 1 < len(doc) and doc[span.end].text == "," else None
    return after is None or place_iso3(after.text) is None


def _building_word_last(span: Span) -> bool:
    if span[-1].lower_ not in VENUE_HEADS or not span[-1].is_title:
        return False
    # ("the Prime Minister's Office": an office holder's own)
    if len(span) >= 3 and span[-2].tag_ == "POS" and is_title_word(span[-3].text):
        return True
    if not span[-2].is_title:
        return False
    # ("International Commodities Clearing House" is a body, not a building)
    qualified = span[-2].lower_ in VENUE_QUALIFIERS or place_iso3(span[-2].text) is not None
    return qualified or span[-1].lower_ not in BODY_LIKE_VENUE_HEADS


def _building_word_first(span: Span) -> bool:
    first = span[1] if span[0].lower_ == "the" and len(span) > 2 else span[0]
    return first.lower_ in VENUE_LEADING_WORDS and first.is_title and span[-1].is_title


# Words no place's name goes on with ("the Great Hall of the People with President X").
_NOT_IN_PLACE_NAMES = frozenset({"with", "on", "after", "before", "during", "between", "among"})


def _before_inner_place(doc: Doc, head: int, end: int) -> int:
    """The end of a building's name that the model tagged together with its city ("the Great Hall of the
    People in Beijing"): the building is the more specific place, and the city is a place of its own."""
    for i in range(head + 1, end - 1):
        if doc[i].lower_ == "in" and place_iso3(doc[i + 1 : end].text) is not None:
            return i
        # "the Great Hall of the People with President X": no place's name goes on with these words
        if doc[i].is_lower and doc[i].lower_ in _NOT_IN_PLACE_NAMES:
            return i
    return end


def _place_holders(trigger: Token, governor: Token | None) -> list[Token]:
    """The words a meeting's own in/at phrase may hang from: the trigger, the words describing it or
    governing it, and the parties the parser may hang the place on."""
    holders = [trigger, *describing_modifiers(trigger), *clause_participles(trigger)]
    # ("met for the first time in Panama City": the place the parser hung on the occasion's count)
    holders += [t for t in prep_objects(trigger, ("for",)) if t.lemma_.lower() == "time"]
    holders.extend(leader for verb in holders[1:] for leader in prep_objects(verb, ("by",)))
    holders.extend(controlling_verbs(trigger))
    # ("The Joint Commission Meeting was held in Jakarta": a capitalised meeting name too)
    if governor is not None and trigger.pos_ in ("NOUN", "PROPN"):
        holders.append(governor)
        # ("In Manila, he is scheduled to hold talks with X": the place fronted on the plan)
        holders.extend(controlling_verbs(governor))
    if trigger.pos_ == "NOUN":
        # "the meeting, which took place at the party's headquarters in Washington": a clause saying it
        # happened says where
        holders.extend(
            c for c in trigger.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in OCCURRENCE_VERBS
        )
        # "a meeting he had with X in Miami": the relative clause holding it, and its with-phrase
        held = relative_holding_clauses(trigger)
        holders.extend([*held, *(o for c in held for o in prep_objects(c, ("with",)))])
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "for" and trigger.head.head.pos_ == "PROPN":
        # "X, in Washington for talks with Y": where X is for them (or on the comma after X, as parsed)
        owner = trigger.head.head
        holders.extend([owner, *dependents(owner, ("punct",))])
    if trigger.pos_ == "VERB":
        # "will host X in Nairobi", "was welcomed by X in Copenhagen": the parser may hang the place on
        # the guest or on the agent; a topic object's place is the topic's ("discussed the situation in
        # Gaza with X")
        # (a document signed is no topic: "sign an agreement in Moscow" is signed there; nor a sitting
        # chaired: "co-chaired the session in Cairo")
        topic = trigger.lemma_.lower() in VERBS_WITH_TOPIC_OBJECT - VERBS_NEEDING_DOCUMENT - LIGHT_VERBS
        guests = [] if topic else dependents(trigger, ("dobj",))
        # ("met X's envoy, Y, at his office in Suva": the name set off, hung on the verb)
        guests += [n for n in dependents(trigger, ("npadvmod",)) if n.ent_type_ == "PERSON"]
        # ("met A and B in Riyadh", "will meet A and his wife in Indianapolis": or on the last of the guests)
        guests += [c for g in guests for c in g.conjuncts if c.pos_ in ("PROPN", "NOUN")]
        if misread_past_tense(trigger):
            guests.append(modified_noun(trigger))  # "before Trump hosted X at the White House"
        # "hosted a dinner for X in Ottawa": the occasion's guest; "meet the steering committee of the
        # creditor banks in New York": the body's members the parser hung the place on
        guests += [g for o in guests if o.pos_ == "NOUN" for g in prep_objects(o, ("for", "of"))]
        # ("hosted a banquet in honour of X at State House": or on the one it was given for; "was hosted to
        # dinner by X at the Royal Palace": or on the meal)
        guests += honoured_guests(trigger) + [m for m in prep_objects(trigger, ("to",)) if is_hospitality(m)]
        holders.extend(guests + prep_objects(trigger, ("by",)))
        holders.extend(guest for verb in clause_participles(trigger) for guest in dependents(verb, ("dobj",)))
    # "talks with X in Geneva", "the meeting between X and Y in San Francisco", "the summit of X and Y in
    # Woodside": or on the last party named
    parties = prep_objects(trigger, ("with", "between", "of"))
    # ("talks between X and U.S. envoy Y in Muscat" with Y left by the parser outside the phrase)
    holders.extend([*parties, *(c for p in parties for c in dangling_conjuncts(p))])
    # "called on X at the President's House", "received a courtesy call from X at Singha Durbar": or on
    # the person called on or calling
    holders.extend(p for p in prep_objects(trigger, ("on", "from")) if p.ent_type_ == "PERSON")
    # ("held talks on Monday with X in Vienna", "ended two days of talks on Friday with X in Washington")
    measured = trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.dep_ == "dobj"
    if governor is not None and trigger.pos_ == "NOUN" and (trigger.dep_ == "dobj" or measured):
        holders.extend(prep_objects(governor, ("with",)))
    if trigger.pos_ == "VERB":
        holders.extend(with_objects_hung_lower(trigger, NOUN_TRIGGERS))
    # "met his counterpart, X, in Addis Ababa": or on the name set in apposition to a described party;
    # "met with visiting X in Beijing": or on the participle the parser made a verb
    # (a name; "X, the foreign ministry in Beijing said" is the parser's apposition of a speaker)
    holders.extend(
        appos
        for holder in holders[1:]
        for appos in dependents(holder, ("appos",))
        if appos.pos_ == "PROPN" and appos.text[:1].isupper()
    )
    holders.extend(h.head for h in holders[1:] if h.dep_ == "dobj" and prenominal_visiting(h.head))
    return holders


def _place_candidates(obj: Token) -> list[Token]:
    """The words that may name where an in/at phrase's object is, most specific first: the object, the
    place it is in ("at the presidential palace in Ankara"), near or outside ("at Putin's residence outside
    Moscow"), set in apposition to it ("at State House, Nairobi") or named by its of-phrase ("in the
    resort of Sochi"), the city owning it ("at Moscow's Kremlin") and the city of a venue named by it ("at a
    Washington hotel")."""
    of_place = prep_objects(obj, ("of",)) if obj.pos_ == "NOUN" else []
    # ("in a private audience at the Vatican": the occasion's own place)
    around = prep_objects(
        obj, ("in",) if _named_venue(obj) or place_text(obj) else ("in", "at", "outside", "near")
    )
    # ("at his residence in the northern town of Stresa": the town the of-phrase names)
    towns = [o for a in around if a.lemma_.lower() in PLACE_NOUNS for o in prep_objects(a, ("of",))]
    # ("at The Hague's Ridderzaal palace", "at Moscow's Kremlin": the city owning the venue; not a person's,
    # "in Mr. Reyes's office", though a town shares the name; the model may take "The Hague" for a man)
    owners = [
        o
        for o in dependents(obj, ("poss",))
        if o.pos_ == "PROPN" and (o.ent_type_ != "PERSON" or any(c.lower_ == "the" for c in o.children))
    ]
    return [
        obj,
        *around,
        *towns,
        *dependents(obj, ("appos", "npadvmod")),
        *of_place,
        *owners,
        *_venue_city(obj),
    ]


def mention_location(trigger: Token, governor: Token | None, meeting_type: str) -> str | None:
    for holder in _place_holders(trigger, governor):
        # "met X on Capitol Hill": a landmark is the one place "on" gives (not "on Monday", "on trade");
        # "On Lesbos, the pope met X": so is an island or place fronted before the clause
        # "took place on the Indonesian island of Bali": so does a place noun's of-phrase
        venues_on = [
            o
            for o in prep_objects(holder, ("on",))
            if _named_venue(o) or _fronted_place(o) or (o.lemma_.lower() in PLACE_NOUNS and _of_place(o))
        ]
        # "sit down with X over the weekend in Bedminster": a place the parser hung on the time phrase
        # ("held on 27 May in Tashkent": or on the day)
        times = [o for o in prep_objects(holder, ("over", "during")) if o.lemma_.lower() in SPAN_NOUNS]
        times += [o for o in prep_objects(holder, ("on",)) if o.ent_type_ == "DATE"]
        venues_on += [p for t in times for p in prep_objects(t, ("in",))]
        for obj in prep_objects(holder, ("in", "at")) + venues_on + _stranded_place(holder):
            for candidate in _place_candidates(obj):
                place = place_text(candidate) or (venue_at(obj) if candidate is obj else None)
                if place is not None:
                    return place
    if (place := _venue_modifier(trigger)) is not None:
        return place
    # "will stop in Geneva, where he is expected to meet X": the relative adverb says where, whatever
    # journey the sentence tells besides
    antecedent = where_antecedent(trigger)
    if antecedent is None and governor is not None and trigger.pos_ == "NOUN":
        antecedent = where_antecedent(governor)  # ("Lima, where he held talks with X": the light verb's)
    if antecedent is not None and (place := _where_place(antecedent)) is not None:
        return place
    # ("granted an audience to X", "accorded a warm welcome to X": the to-phrase names the one received)
    granted = trigger.pos_ == "NOUN" and bool(received_from(trigger))
    if (meeting_type == "visit" or trigger.lemma_ in ("welcome", "host", "receive")) and not granted:
        places = _places_gone_to(trigger, meeting_type)
        if places:
            # "a trip to the United States, France and Italy": a tour has no one place
            return places[0] if len(places) == 1 else None
    place = (
        _purpose_place(trigger, governor) or _journey_place(trigger, governor) or _arrival_of_party(trigger)
    )
    if place is not None:
        return place
    if meeting_type == "visit" and trigger.pos_ == "NOUN":
        # "during the visit, his first to Britain": an ordinal standing for an elided "visit" repeats the
        # noun, so its destination is this visit's (the parser hangs it anywhere in the sentence)
        for token in trigger.sent:
            if token.ent_type_ == "ORDINAL" and token.pos_ in ("ADJ", "NOUN") and token.i > trigger.i:
                for obj in prep_objects(token, ("to",)):
                    place = place_text(obj)
                    if place is not None:
                        return place
    place = _nested_place(trigger, governor) or _place_left_after(trigger, governor)
    if place is not None:
        return place
    if (place := _place_there(trigger, governor)) is not None:
        return place
    visit = trigger.head if trigger.dep_ == "relcl" else None
    if visit is None or visit.lemma_.lower() not in VISIT_NOUNS:
        # ("a visit to Madrid on 3 and 4 April, during which ...": the parser may hang the clause on the days)
        visit = _visit_taken_up_by_which(trigger, governor)
    if visit is not None and visit.pos_ == "NOUN" and visit.lemma_.lower() in VISIT_NOUNS:
        # "arrived in Tokyo for a three-day visit during which he will meet X": where the visit is
        return mention_location(visit, visit.head.head if visit.dep_ == "pobj" else visit.head, "visit")
    journey = journey_of(trigger if trigger.pos_ in ("VERB", "AUX") else governor or trigger)
    if journey is not None and len(places := destinations_of(journey)) == 1:
        return places[0]
    return _place_of_presence(trigger, governor)


def _visit_taken_up_by_which(trigger: Token, governor: Token | None) -> Token | None:
    """ "X's trip to Tokyo in January, during which he held talks with Y": the visit "during (or in) which"
    takes up, the last one named before it (the parser may hang the clause on the sentence's verb instead)."""
    clause = trigger if trigger.pos_ in ("VERB", "AUX") or governor is None else governor
    which = which_within(clause)
    if which is None:
        return None
    before = trigger.doc[trigger.sent.start : which.i]
    return next((t for t in reversed(before) if t.lemma_.lower() in VISIT_NOUNS and t.pos_ == "NOUN"), None)


def _stranded_place(holder: Token) -> list[Token]:
    """ "will meet X on Saturday in Bedminster, N.J., transition officials said": the parser may leave the
    in-phrase without its object and hang the place on the next clause; the place right after it is its."""
    doc = holder.doc
    return [
        doc[p.i + 1]
        for p in holder.children
        if p.dep_ == "prep"
        and p.lower_ in ("in", "at")
        and not dependents(p, ("pobj",))
        and p.i + 1 < len(doc)
        and doc[p.i + 1].ent_type_ in ("GPE", "LOC", "FAC")
    ]


def _of_place(noun: Token) -> bool:
    return any(place_text(o) is not None for o in prep_objects(noun, ("of",)))


def _fronted_place(obj: Token) -> bool:
    """ "On Lesbos, the pope met ...": a place name after a fronted "on", set off by a comma."""
    prep = obj.head
    after = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None
    return (
        prep.i == prep.sent.start
        and after is not None
        and after.text == ","
        and obj.ent_type_ in ("GPE", "LOC")
        and place_text(obj) is not None
    )


def _place_of_presence(trigger: Token, governor: Token | None) -> str | None:
    """Where a clause beside the meeting puts a party: an arrival, a relative clause on the subject, a
    presence the meeting is part of."""
    # "X will meet Y when Y arrives in Israel": the arrival clause places the encounter; so does a
    # relative clause on the subject ("X, who was in Tunis on Sunday, met Y")
    clauses = dependents(trigger, ("advcl",))
    # "X, in Bangkok on a tour, held talks with Y": the verb holding the noun has the subject
    holder = trigger if trigger.pos_ == "VERB" else _light_verb_of(trigger, governor)
    if holder is not None:
        # (the subject of the verb a planned one hangs on: "X ... is due to meet Y")
        subjects = dependents(holder, ("nsubj",)) or subject_heads(holder)[0]
        # (or "X, who arrived in Kyiv on Sunday, is due to meet Y": the arrival places the subject)
        clauses += [
            c
            for s in subjects
            for c in dependents(s, ("relcl",))
            if c.lemma_ == "be" or c.lemma_.lower() in ARRIVAL_VERBS
        ]
        placed = [o for s in subjects for o in _presence_aside(s)] + _attended_at(holder)
    else:
        placed = []
    for clause in clauses:
        if clause.lemma_.lower() in ARRIVAL_VERBS or clause.lemma_ == "be":
            placed += prep_objects(clause, ("in", "at", "to"))
    # "X is in New York with the team holding talks with Y": the presence the talks are part of
    if holder is not None:
        presence = [a for a in list(holder.ancestors)[:3] if a.lemma_ == "be"]
        placed += [o for a in presence for o in prep_objects(a, ("in",))]
    return next((p for o in placed if (p := place_text(o)) is not None), None)


def _venue_modifier(trigger: Token) -> str | None:
    """ "his Oval Office meeting", "a Kremlin meeting", "the Venice economic summit": a seat of government,
    landmark or city named in the meeting noun's own modifiers is where it was held (a country there is a
    party: "the Iran-Iraq talks")."""
    if trigger.pos_ != "NOUN":
        return None
    modifiers = [c for c in trigger.children if c.dep_ in ("compound", "nmod") and c.i < trigger.i]
    places = [(p, c) for c in modifiers if (p := place_text(c)) is not None]
    # (a city as the model tags it: "IMF" is a town's name too in the place table)
    return next(
        (p for p, c in places if is_listed_venue(p) or (_city_name(p) and c.ent_type_ in ("GPE", "LOC"))),
        None,
    )


def _place_there(trigger: Token, governor: Token | None) -> str | None:
    """ "X, who returned from Basle yesterday, met Y there": "there" takes up the last place the sentence
    named before the verb."""
    holder = trigger if trigger.pos_ in ("VERB", "AUX") else governor
    if holder is None or not any(c.dep_ == "advmod" and c.lower_ == "there" for c in holder.children):
        return None
    for token in reversed(trigger.doc[trigger.sent.start : holder.i]):
        if token.dep_ == "pobj" and (place := place_text(token)) is not None:
            return place
    return None


def _light_verb_of(trigger: Token, governor: Token | None) -> Token | None:
    """The verb that holds a meeting noun as its object ("held talks"), or None."""
    held = governor is not None and trigger.dep_ == "dobj" and trigger.head == governor
    return governor if held and governor.lemma_.lower() in LIGHT_VERBS else None


def _named_venue(token: Token) -> bool:
    place = place_text(token)
    return place is not None and listed_place_iso3(NAMED_VENUES, place) is not None


def _presence_aside(subject: Token) -> list[Token]:
    """ "X, in Berlin for a two-day visit, met Y": a phrase set off by commas that places the subject is a
    shortened "who is in Berlin" (a restrictive "officials in Ohio" says where they serve, not meet)."""
    aside = [
        place
        for place in prep_objects(subject, ("in",))
        if place.head.i > 0 and place.doc[place.head.i - 1].text == ","
    ]
    # "X, on a visit to Britain, had talks with Y": where the visit the subject is on has taken him
    visits = [v for v in prep_objects(subject, ("on",)) if v.lemma_.lower() in VISIT_NOUNS]
    return (
        aside + [place for visit in visits for place in prep_objects(visit, ("to",))] + _attended_at(subject)
    )


def _attended_at(holder: Token) -> list[Token]:
    """ "X, attending the G7 summit in Puglia, held meetings with Y": where the event is that a participle
    beside the subject (or its verb, as parsed) has the subject attend."""
    events = [
        event
        for clause in dependents(holder, ("acl", "advcl"))
        if clause.lemma_.lower() in ATTENDING_VERBS and clause.tag_ == "VBG"
        for event in dependents(clause, ("dobj",))
    ]
    return [place for event in events for place in prep_objects(event, ("in", "at"))]


def _places_gone_to(trigger: Token, meeting_type: str) -> list[str]:
    """Where a visit goes or a guest is welcomed to: "a visit to Kenya", "visited Kenya", "welcomed X to
    the presidential palace in Bogor" (a building that is no place of its own is in one)."""
    targets = prep_objects(trigger, ("to",))
    # "the presidential palace in Bogor"; "the Amazon city of Belem": the place a common noun stands for
    targets += [inner for obj in targets if obj.pos_ == "NOUN" for inner in prep_objects(obj, ("in", "of"))]
    if trigger.pos_ == "VERB" and meeting_type == "visit":
        targets += dependents(trigger, ("dobj",))  # "visited Kenya"; the one welcomed is a guest
    return list(dict.fromkeys(p for obj in targets if (p := place_text(obj)) is not None))


def _where_place(antecedent: Token) -> str | None:
    """The place a "where" clause takes up. "where" stands for a place, so a proper name it follows is
    one even when the model tags it otherwise ("went to Windsor Castle, where he met X", "Sandringham"
    tagged a person)."""
    place = place_text(antecedent) or _place_before(antecedent)
    if place is not None or antecedent.pos_ != "PROPN" or antecedent.ent_type_ in ("DATE", "TIME", "NORP"):
        return place
    words = [t for t in antecedent.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    start = words[0].i if words else antecedent.i
    return antecedent.doc[start : antecedent.i + 1].text


def _place_before(antecedent: Token) -> str | None:
    """The place a "where" clause refers to when the parser hung it on a time ("travelled to Tunis on
    Sunday, where she was received by X"): "where" takes up a place, the last one named before it."""
    if antecedent.ent_type_ not in ("DATE", "TIME"):
        return None
    for token in reversed(antecedent.doc[antecedent.sent.start : antecedent.i]):
        if (place := place_text(token)) is not None:
            return place
    return None


def _venue_city(venue: Token) -> list[Token]:
    """ "at a Washington hotel": a common-noun venue named only by the city it is in."""
    if venue.pos_ != "NOUN":
        return []
    return [
        c for c in dependents(venue, ("compound",)) if c.ent_type_ == "GPE" and place_iso3(c.text) is not None
    ]


def _purpose_place(trigger: Token, governor: Token | None) -> str | None:
    """ "flying to Japan for talks", "is due in Tokyo for two days of talks": talks that are the purpose of
    a journey are held where it goes."""
    purpose = trigger
    if trigger.head.lower_ == "of" and trigger.head.head.lemma_.lower() in EXTENT_NOUNS:
        purpose = trigger.head.head  # the extent ("two days of talks") is the purpose
    if governor is None or not travels_for(governor) or purpose.head.lower_ != "for":
        return None
    preposition = purpose.head
    if not ((preposition.dep_ == "prep" and preposition.head.i == governor.i) or preposition.dep_ == "conj"):
        return None
    places = destinations_of(governor)
    return places[0] if len(places) == 1 else None


def _arrival_of_party(trigger: Token) -> str | None:
    """ "met with Dutch Prime Minister X, who arrived in Kharkiv on a working visit": the one place the
    party met says, in a clause of its own, it has come to."""
    parties = dependents(trigger, ("dobj",)) + prep_objects(trigger, ("with",))
    # ("received the Minister of Foreign Affairs of the Maldives, X, who arrived in Thimphu": the parser may
    # hang the clause on a word inside the party's phrase)
    clauses = [
        c
        for p in parties
        for c in p.subtree
        if c.dep_ == "relcl"
        and c.lemma_.lower() in ARRIVAL_VERBS
        and (c.head is p or any(s.dep_ == "nsubj" and s.lower_ == "who" for s in c.children))
    ]
    places = {p for c in clauses for p in destinations_of(c)}
    return places.pop() if len(places) == 1 else None


def _journey_place(trigger: Token, governor: Token | None) -> str | None:
    """ "During his stay in Hanoi, X will hold talks with Y", "met Y on the last leg of a tour to Asia": a
    meeting held on a journey is where that journey is; so is one in a visit's programme ("X's visit to
    France included talks with Y")."""
    for holder in (trigger, governor):
        journeys = journeys_during(holder) if holder is not None else []
        if holder is governor and holder is not None and holder.lemma_.lower() in PROGRAMME_VERBS:
            journeys = [
                s for s in dependents(holder, ("nsubj", "nsubjpass")) if s.lemma_.lower() in VISIT_NOUNS
            ]
        if holder is trigger and trigger.dep_ == "advcl" and trigger.tag_ == "VBG":
            # "made a rare visit to Ottawa on Thursday, meeting X": the visit the participle goes with
            journeys += [o for o in dependents(trigger.head, ("dobj",)) if o.lemma_.lower() in VISIT_NOUNS]
        for journey in journeys:
            places = {p for o in prep_objects(journey, ("in", "to")) if (p := place_text(o)) is not None}
            if len(places) == 1:
                return places.pop()
    return None


def _place_left_after(trigger: Token, governor: Token | None) -> str | None:
    """ "left Bonn after talks with Kohl": the talks were where the traveller then left."""
    if governor is None or governor.lemma_.lower() not in DEPARTURE_VERBS:
        return None
    if trigger.dep_ != "pobj" or trigger.head.lower_ not in ("after", "following"):
        return None
    left = dependents(governor, ("dobj",)) + prep_objects(governor, ("from",))
    places = [p for o in left if (p := place_text(o)) is not None]
    return places[0] if len(places) == 1 else None


def _nested_place(trigger: Token, governor: Token | None) -> str | None:
    """The parser may hang the place one phrase lower ("to meet one on one at the White House"), or two
    ("held a meeting ... on the sidelines of the summit in Lima")."""
    lower = prep_objects(trigger, ("on", "with", "for"))
    # ("held a meeting on the sidelines of ...": the verb's on-phrase sets the meeting it holds; "the
    # meeting touched on issues in the South China Sea" is what the meeting, its subject, was about)
    if governor is not None and trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
        lower += prep_objects(governor, ("on",))
    occasions = [o for x in lower if x.pos_ == "NOUN" for o in prep_objects(x, ("of",))]
    # ("on the sidelines of the 80th session of the UN General Assembly in New York": one step further)
    occasions += [o for x in occasions if x.lemma_.lower() in EXTENT_NOUNS for o in prep_objects(x, ("of",))]
    for obj in [*lower, *occasions]:
        for nested in prep_objects(obj, ("in", "at")):
            place = place_text(nested)
            if place is not None:
                return place
        # ("on the sidelines of the Munich Security Conference": an event named after its city)
        of_occasion = (
            obj.dep_ == "pobj" and obj.head.lower_ == "of" and obj.head.head.lemma_.lower() in OCCASION_NOUNS
        )
        name = [t for t in obj.subtree if t.i < obj.i and t.dep_ == "compound"]
        # ("the Asia-Pacific Economic Cooperation summit": a word hyphened to the next names a region)
        cities = [t.text for t in name if _city_name(t.text) and not _hyphened_to_next(t)]
        if of_occasion and len(cities) == 1 and not any(t.lemma_.lower() in SERIES_NAMES for t in name):
            return cities[0]
    return None


def _hyphened_to_next(token: Token) -> bool:
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is not None and following.text == "-" and not token.whitespace_


def _city_name(text: str) -> bool:
    """A place the table knows that is not a country ("Munich", not "Germany")."""
    return place_iso3(text) is not None and country_by_name(text) is None


def more_specific_place(current: str | None, candidate: str) -> str:
    """City over country: keep a place that is not itself a country name."""
    if current is None:
        return candidate
    replace = (
        country_by_name(current) is not None
        and country_by_name(candidate) is None
        and place_iso3(candidate) in (None, place_iso3(current))
    )
    return candidate if replace else current


def dateline_place(sentences: list[Span]) -> str | None:
    """The place of a dateline ("WASHINGTON (AP) —", "NEW DELHI, March 3 -", "Kyiv, Ukraine (AP) —",
    "NEW DELHI:"): where the story was filed, the place of the news meetings that the text does not place
    itself. A web page's dateline may follow lines of page header (see
    :func:`dipnews.nlp.parsing.datelines`)."""
    if not sentences:
        return None
    doc = sentences[0].doc
    for match in datelines(doc_text(doc)):
        place = dateline_place_text(match)
        group = dateline_place_group(match)
        words = doc.char_span(*match.span(group), alignment_mode="expand") if place else None
        # the small model often misses an all-capitals place; a known place name is enough then, and so is
        # a region after it that vouches for a town the place table does not know ("BEDMINSTER, N.J. -")
        region = match.group("region") if group == "place" else None
        if words is not None and (
            all(t.ent_type_ in ("GPE", "LOC") for t in words)
            or place_country(place)
            or listed_place_iso3(VENUE_DATELINES, place) is not None
            or (region is not None and region_country(region) is not None)
        ):
            return place
    for sentence in sentences[:3]:
        # a dateline the pattern does not read ("RIO DE JANEIRO\n, March 3 -"): capitals before a mark
        words = _dateline_words(sentence)
        if not words:
            continue
        place = " ".join(token.text for token in words).title()
        if any(t.ent_type_ not in ("GPE", "LOC") for t in words) and place_country(place) is None:
            continue
        if len(sentence) > len(words) and sentence[len(words)].text in ("(", "—", "--", "-", ","):
            return place
    return None


def dateline_country(sentences: list[Span], dateline: str | None) -> str | None:
    """The country of the story's dateline: the region's written after its place ("KANANASKIS, Alberta -":
    a town the place table does not know, in Canada; "SONGO, Mozambique -": not the Songo of Angola the
    table knows), else its place's."""
    if dateline is None:
        return None
    for match in datelines(doc_text(sentences[0].doc)) if sentences else []:
        region = match.group("region") if dateline_place_group(match) == "place" else None
        if dateline_place_text(match) == dateline and region and (iso3 := region_country(region)) is not None:
            return iso3
    return place_iso3(dateline)


def story_dateline(doc: Doc) -> str | None:
    """The place of the story's dateline, read from its first sentences."""
    return dateline_place(list(islice(doc.sents, 3)))


def _dateline_words(sentence: Span) -> list[Token]:
    """The all-capitals words a sentence opens with, up to four ("RIO DE JANEIRO"): a dateline's place."""
    words: list[Token] = []
    for token in sentence[:4]:
        if not (token.is_alpha and token.is_upper) or token.text in DATELINE_MARKS:
            break
        words.append(token)
    if not words or (len(words[0].text) < 3 and len(words) == 1):
        return []
    return words


def seat_named_in_article(doc: Doc) -> str | None:
    """The one seat of government an article names as a place ("at the White House"), or None when it
    names none or several: a story told from one seat sets its unplaced meetings there. A seat that only
    speaks for its government ("the Kremlin said", "according to the White House") is no scene."""
    text = doc_text(doc)
    found = {
        seat
        for seat in SEATS_OF_GOVERNMENT
        for match in re.finditer(r"\b" + re.escape(seat) + r"\b", text)
        if not _speaks_for_government(doc.char_span(match.start(), match.end(), alignment_mode="expand"))
    }
    codes = {SEATS_OF_GOVERNMENT[seat] for seat in found}
    return min(found, key=len) if len(codes) == 1 else None


def _speaks_for_government(span: Span | None) -> bool:
    """ "the Kremlin said", "according to the White House": the seat names its government as a speaker."""
    if span is None:
        return False
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in SPEECH_VERB_LEMMAS:
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according"
