"""Who hosts and who visits: host/visitor/participant decisions.

Visitor and host are given only with evidence of travel to the host's ground (guideline, convention 7):
a visit verb and what it is to, an invitation ("at the invitation of X": X hosts), a prenominal
"visiting", a visit told in the same sentence as the meeting. With symmetric wording and a known place,
:func:`infer_roles` makes the party at home (its country, its capital, its own seat of government) the
host and the others visitors; with no place, a party the article shows on a trip of the meeting's tense
("the visiting X", "X's visit", "X arrived") visits persons at home elsewhere. An organisation's own
session keeps its members equal, and a traveller to a body's session takes part in it (convention 8).
:func:`decide_roles` applies these in order to each meeting. A destination country with a named
counterpart is only the destination (convention 1).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from dipnews.extract.actors.countries import country_by_capital, country_by_name, is_international_body
from dipnews.extract.actors.titles import title_head
from dipnews.extract.meetings.lexicon import (
    ARRIVAL_VERBS,
    CAPITAL_SUCCESSORS,
    DELEGATION_LEADING_VERBS,
    HEAD_TITLES,
    HOME_NOUNS,
    INVITATION_NOUNS,
    INVITING_VERBS,
    LIGHT_VERBS,
    NON_GOVERNMENT_MODIFIERS,
    NOUN_TRIGGERS,
    SEATS_OF_GOVERNMENT,
    VERB_FRAMES,
    VISITED_GOVERNMENT_NOUNS,
)
from dipnews.extract.meetings.parties import (
    actor_keys,
    body_members,
    canonical_key,
    country_of,
    is_person,
    organisation_meeting,
)
from dipnews.extract.meetings.place import listed_place_iso3, place_iso3, place_text, story_dateline
from dipnews.extract.meetings.records import (
    ATTENDEE,
    HOST,
    PARTICIPANT,
    PLANNED,
    VISITOR,
    MeetingDraft,
    MeetingMention,
    core_parties,
    enrol,
    is_remote,
)
from dipnews.extract.meetings.status import negated, planned_status
from dipnews.extract.meetings.syntax import (
    dependents,
    journeys_during,
    object_controller,
    prenominal_visiting,
    prep_objects,
    subject_heads,
    subject_in_fronted_phrase,
    with_conjuncts,
)
from dipnews.model import ArticleActors


def add_inviters(
    parties: dict[str, str], trigger: Token, objects: list[Token], actors: ArticleActors
) -> None:
    """ "X invited Y to visit (Nairobi)", "X extended an invitation to Y to visit": the one inviting receives
    the visitor; the place is not a party."""
    inviting = trigger.head
    if inviting.lemma_.lower() in INVITATION_NOUNS and inviting.dep_ == "dobj":
        inviting = inviting.head  # the verb that extends (issues, conveys) the invitation
    elif inviting.lemma_.lower() not in INVITING_VERBS:
        return
    if object_controller(trigger) is None:
        return
    inviters = [k for s in subject_heads(inviting)[0] for k in actor_keys(s, actors)]
    if not inviters:
        return
    for key in [
        k for o in objects for c in with_conjuncts(o) if place_text(c) for k in actor_keys(c, actors)
    ]:
        parties.pop(key, None)
    enrol(parties, inviters, HOST)


def add_invited_for(
    parties: dict[str, str], governor: Token | None, relation: str, actors: ArticleActors
) -> None:
    """ "X has invited Y for talks in Tokyo": the one inviting receives the one invited for the meeting."""
    if governor is None or relation != "for" or governor.lemma_.lower() not in INVITING_VERBS:
        return
    guests = [
        k for o in dependents(governor, ("dobj",)) for c in with_conjuncts(o) for k in actor_keys(c, actors)
    ]
    hosts = [k for s in subject_heads(governor)[0] for k in actor_keys(s, actors)]
    if guests and hosts:
        enrol(parties, guests, VISITOR)
        enrol(parties, hosts, HOST)


def invitation_hosts(tokens: Iterable[Token | None], actors: ArticleActors) -> list[str]:
    """ "visited Germany at the invitation of Chancellor X", "at X's invitation", "as the guest of X": the
    one who invited receives the visitor (convention 7: hosting stated)."""
    keys: list[str] = []
    for token in tokens:
        if token is None:
            continue
        invitations = prep_objects(token, ("at", "on", "upon", "as"))
        if token.dep_ == "acl":
            invitations.append(token.head)  # "accepted X's invitation to visit Brasilia"
        for invitation in invitations:
            if invitation.lemma_.lower() not in INVITATION_NOUNS:
                continue
            inviters = dependents(invitation, ("poss",)) + prep_objects(invitation, ("of", "from"))
            # "At the invitation of X, Y will visit": Y, coordinated with X by the parser, is the guest
            guest = subject_in_fronted_phrase(token)
            keys.extend(
                k for i in inviters for c in with_conjuncts(i) if c != guest for k in actor_keys(c, actors)
            )
    return list(dict.fromkeys(keys))


def add_invitation_hosts(parties: dict[str, str], inviters: list[str], actors: ArticleActors) -> None:
    """The inviter (or the one the visit is to discuss things with) hosts; the country travelled to was
    then only the destination (convention 1)."""
    if not inviters:
        return
    for key in [k for k, r in parties.items() if r == HOST and k not in inviters]:
        if country_of(key, actors)[1]:
            del parties[key]
    enrol(parties, inviters, HOST)


def visiting_parties(sentence: Span, actors: ArticleActors) -> set[str]:
    """Actors named right after a prenominal "visiting" ("greeted visiting Thai Prime Minister X")."""
    return {
        key
        for token in sentence
        if prenominal_visiting(token) and (key := _visiting_name(token, actors)) is not None
    }


def mark_visitors(parties: dict[str, str], visiting: set[str]) -> None:
    """A party described as visiting is the visitor; the others it meets on their ground are hosts."""
    if not visiting & set(parties):
        return
    for key, role in parties.items():
        if key in visiting:
            parties[key] = VISITOR
        elif role in (PARTICIPANT, VISITOR):
            parties[key] = HOST


def host_at_home(
    parties: dict[str, str], trigger: Token, governor: Token | None, actors: ArticleActors
) -> None:
    """ "X sat down with Y at the latter's home", "met Y at Y's home": the one whose home the encounter is
    held at receives the others (convention 7: the host's own ground)."""
    core = core_parties(parties)
    if any(role in (HOST, VISITOR) for role in core.values()):
        return
    verb = trigger if governor is None else governor
    holders = [trigger] if governor is None else [trigger, governor]
    holders += dependents(verb, ("dobj",))  # ("met Y at the prime minister's residence": hung on the guest)
    homes = [o for h in holders for o in prep_objects(h, ("at", "in")) if o.lemma_.lower() in HOME_NOUNS]
    owners = list({c.i: c for home in homes for c in home.children if c.dep_ == "poss"}.values())
    if len(owners) != 1:
        return
    subjects = [k for s in subject_heads(verb)[0] for k in actor_keys(s, actors) if k in core]
    # ("met Y at his residence": "his" may be either side's, so a pronoun decides nothing)
    if owners[0].lower_ == "latter":
        hosts = [k for k in core if k not in subjects][-1:]  # the one named last, not the subject
    elif owners[0].pos_ == "PROPN":
        hosts = [k for k in actor_keys(owners[0], actors) if k in core]  # "at Macri's home"
    elif owners[0].pos_ == "NOUN" and title_head(owners[0].text) is not None:
        # "at the prime minister's residence": the one party the article names with that office (not only
        # by this description, which the actors step may have guessed a holder for)
        hosts = [k for k in core if _named_with_office(k, owners[0], actors)]
    else:
        return
    if len(hosts) == 1:
        for key in core:
            parties[key] = HOST if key == hosts[0] else VISITOR


def _named_with_office(key: str, owner: Token, actors: ArticleActors) -> bool:
    """The actor is named with the office the owner phrase writes ("the prime minister's") elsewhere than
    in that phrase."""
    office = " ".join(t.lower_ for t in owner.doc[owner.left_edge.i : owner.i + 1] if t.dep_ != "det")
    return any(
        m.local_key == key and not m.char_start <= owner.idx < m.char_end and office in m.titles
        for m in actors.mentions
    )


def add_visited(parties: dict[str, str], visit: Token, actors: ArticleActors) -> None:
    """Whom a visit verb goes to besides its object: "visited (to) Moscow" gives the country visited when
    it is an actor; "will visit Washington to discuss trade with President X" gives X, the purpose's
    counterpart, instead of the capital's country."""
    for obj in prep_objects(visit, ("to",)):
        enrol(parties, actor_keys(obj, actors), HOST)
    purposes = [c for c in visit.children if c.dep_ in ("advcl", "xcomp") and c.i > visit.i]
    purposes += [d for p in purposes for d in dependents(p, ("dobj",))]  # "discuss trade with X"
    met = [k for p in purposes for o in prep_objects(p, ("with",)) for k in actor_keys(o, actors)]
    add_invitation_hosts(parties, met, actors)


def add_visited_government(mention: MeetingMention, actors: ArticleActors) -> None:
    """ "arrived in Jakarta ... to meet economic ministers", "in Nairobi for talks with the government": one
    traveller meets a government side that names no state of its own, in a place abroad; the state whose
    ground it is (an actor of the article) receives the traveller there (convention 1)."""
    core = core_parties(mention.parties)
    if len(core) != 1 or mention.location is None or not mention.meets_government:
        return
    (traveller,) = core
    iso3 = place_iso3(mention.location)
    if iso3 is None or home_of(traveller, actors) == iso3:
        return  # met at home: the traveller's own government, not a host
    states = [a.local_key for a in actors.actors if a.actor_type == "country" and a.country_iso3 == iso3]
    if not states:
        return
    mention.parties[states[0]] = HOST
    if mention.parties[traveller] == PARTICIPANT:
        mention.parties[traveller] = VISITOR


def meets_unnamed_government(trigger: Token, actors: ArticleActors) -> bool:
    """The trigger's counterpart is a government side that names no state: a verb's object or
    with-phrase, a noun's with-phrase ("to meet economic ministers", "talks with the government")."""
    objects = prep_objects(trigger, ("with",))
    if trigger.pos_ in ("VERB", "AUX"):
        objects = dependents(trigger, ("dobj",)) + objects
    return any(_visited_government(obj, actors) for obj in objects)


def _visited_government(noun: Token, actors: ArticleActors) -> bool:
    """An unnamed government side: "ministers", "senior officials", "the government", not "business
    leaders", "his ministers" (the traveller's own) or "officials of the bank"."""
    if noun.lemma_.lower() not in VISITED_GOVERNMENT_NOUNS or noun.pos_ != "NOUN" or actor_keys(noun, actors):
        return False
    if noun.lemma_.lower() != "government" and noun.tag_ != "NNS":
        return False  # "the minister" is one person the article names elsewhere, or not at all
    if prep_objects(noun, ("of", "from")):
        return False
    return not any(
        c.dep_ == "poss" or c.lower_ in NON_GOVERNMENT_MODIFIERS
        for c in noun.children
        if c.dep_ in ("poss", "amod", "compound", "nmod")
    )


def addressed_visitor(visiting: Token, actors: ArticleActors) -> tuple[dict[str, str], str, str] | None:
    """ "X told visiting Y ...", "X assured visiting Y": the verb right before a prenominal "visiting" takes
    the visitor as its object, so its subject received the visitor (meeting verbs report that themselves)."""
    verb = visiting.doc[visiting.i - 1]
    if verb.pos_ == "CCONJ" and visiting.dep_ == "conj" and visiting.head.pos_ in ("PROPN", "NOUN"):
        # "X and visiting Y agreed today ...": the one coordinated with the visitor receives the visitor
        hosts = actor_keys(visiting.head, actors)
    elif verb.pos_ != "VERB" or verb.lemma_.lower() in VERB_FRAMES:
        return None
    else:
        hosts = [k for s in subject_heads(verb)[0] for k in actor_keys(s, actors)]
    visitor = _visiting_name(visiting, actors)
    if visitor is None or not hosts or visitor in hosts:
        return None
    return {**{k: HOST for k in hosts}, visitor: VISITOR}, "meeting", "verb"


def _visiting_name(visiting: Token, actors: ArticleActors) -> str | None:
    """The actor a prenominal "visiting" describes: the last name of the phrase after it ("visiting U.S.
    Secretary of State X" is X, not the country in the title)."""
    start = visiting.idx + len(visiting.text)
    found: str | None = None
    for mention in sorted(actors.mentions_in(start, visiting.sent.end_char), key=lambda m: m.char_start):
        between = visiting.doc.char_span(start, mention.char_start, alignment_mode="expand")
        # ("the visiting President of Mozambique, Daniel Chapo": the holder's name after the post's comma)
        named_after_comma = (
            between is not None
            and len(between) > 0
            and between[-1].text == ","
            and is_person(mention.local_key, actors)
        )
        # ("a visiting delegation of the IMF led by X": the leader stands for the delegation)
        if between is not None and not all(
            t.pos_ in ("ADJ", "PROPN", "NOUN", "DET", "ADP")
            or t.lemma_.lower() in DELEGATION_LEADING_VERBS
            or (named_after_comma and t.i == between[-1].i)
            for t in between
        ):
            break
        found = canonical_key(mention.local_key, actors)
        start = mention.char_end
        if (actor := actors.actor(found)) is not None and actor.actor_type == "person":
            break  # the person the title describes
    return found


def met_on_journey(verb: Token, subjects: Iterable[str] = (), actors: ArticleActors | None = None) -> bool:
    """ "met X on the third leg of a European tour", "during a stopover in Y": the verb's subject meets
    while travelling. A journey owned by someone named ("on the first day of Z's visit") is left to
    the visit's own mention (:func:`roles_from_visit`); so is one to the subjects' own country ("X met Y,
    on the occasion of his visit to the country": his is Y's)."""
    subjects = list(subjects)
    return any(
        all(o.pos_ == "PRON" for o in dependents(journey, ("poss",)))
        and not (actors is not None and any(visits_own_country(journey, k, actors) for k in subjects))
        for journey in journeys_during(verb)
    )


def visits_own_country(visit: Token, key: str, actors: ArticleActors) -> bool:
    """The person would be visiting their own country: the visit goes to a place of their home country,
    or to "the country" of a story filed there."""
    home = home_of(key, actors)
    if home is None:
        return False
    for place in prep_objects(visit, ("to",)):
        named = place_text(place)
        country = place_iso3(named) if named else None
        if country is None and place.lower_ == "country" and any(c.lower_ == "the" for c in place.children):
            dateline = story_dateline(visit.doc)
            country = place_iso3(dateline) if dateline else None
        if country == home:
            return True
    return False


def roles_from_visit(mentions: list[MeetingMention]) -> None:
    """A visit of one traveller told in the sentence that reports the traveller's meeting ("X met Y on
    the first day of X's visit") makes the traveller the visitor and the others met the hosts."""
    for visit in mentions:
        core = core_parties(visit.parties)
        if visit.meeting_type != "visit" or len(core) != 1 or next(iter(core.values())) != VISITOR:
            continue
        traveller = next(iter(core))
        for mention in mentions:
            roles = set(core_parties(mention.parties).values())
            if mention is visit or traveller not in mention.parties or roles & {HOST, VISITOR}:
                continue
            for key, role in mention.parties.items():
                if role == PARTICIPANT:
                    mention.parties[key] = VISITOR if key == traveller else HOST


def home_of(key: str, actors: ArticleActors) -> str | None:
    """Where an actor is at home, for hosts and visitors. A country guessed only from the article's
    setting does not count: the setting is where the meetings happen, so it would make everyone a host."""
    actor = actors.actor(key)
    if actor is None or actor.country_evidence == "setting" or actor.country_iso3 is None:
        return None
    # the place table knows today's states: a former state's official is at home in its old capital
    return state_today(actor.country_iso3)


def state_today(iso3: str) -> str:
    """Today's state whose capital a former state's was (the Soviet Union's Moscow is Russia's)."""
    return CAPITAL_SUCCESSORS.get(iso3, iso3)


def _international_body(key: str, actors: ArticleActors) -> bool:
    actor = actors.actor(key)
    return actor is not None and actor.actor_type == "organization" and is_international_body(actor.name)


def _may_be_local(key: str, location_iso3: str, actors: ArticleActors) -> bool:
    """A person of no known home who may be the one found at the place: not one the story's setting places
    in another country (Tokyo's foreign minister, met in Lima, hosts no one there)."""
    actor = actors.actor(key)
    return actor is not None and actor.actor_type == "person" and actor.country_iso3 in (None, location_iso3)


def _home_for_roles(
    key: str, core: dict[str, str], location_iso3: str, dateline_iso3: str | None, actors: ArticleActors
) -> str | None:
    """Where a party is at home, for hosts and visitors: its own country, or, for one of two sides named
    with no country, the country the report is filed from when the meeting is elsewhere ("BUDAPEST (MTI)
    - Foreign Minister X held talks with Chinese Foreign Minister Y in Beijing": X is abroad in Beijing;
    among more sides, the one of no stated country is as often a second local, "A received X and Foreign
    Minister Y in Tehran"). An international body's official keeps no home."""
    home = home_of(key, actors)
    filed_abroad = dateline_iso3 not in (None, location_iso3) and len(core) == 2
    # (the other side an official at home there, a state's or a body's: two sides both of no stated
    # country tell nothing of who is abroad, nor does a traveller of the dateline's own country, "CANBERRA
    # - Australia's X will hold talks with EC Commissioner Y in Brussels")
    other_at_home = all(
        (home_of(k, actors) == location_iso3 or _international_official(k, actors))
        and (a := actors.actor(k)) is not None
        and a.actor_type == "person"
        for k in core
        if k != key
    )
    unplaced = of_no_stated_country(key, actors)
    return dateline_iso3 if home is None and filed_abroad and unplaced and other_at_home else home


def of_no_stated_country(key: str, actors: ArticleActors) -> bool:
    """A person of no known home (a country guessed from the story's setting is none) who is no
    international body's official either."""
    actor = actors.actor(key)
    return (
        actor is not None
        and actor.actor_type == "person"
        and home_of(key, actors) is None
        and not _international_official(key, actors)
    )


def _international_official(key: str, actors: ArticleActors) -> bool:
    """A person the article shows serving an international body: no national affiliation, but evidence."""
    actor = actors.actor(key)
    return (
        actor is not None
        and actor.actor_type == "person"
        and actor.country_iso3 is None
        and actor.country_evidence is not None
    )


def setting_only(key: str, actors: ArticleActors) -> bool:
    """The actor's country is only guessed from the story's setting, which says nothing of whose side a
    person is on ("Finance Minister X visits Washington": X is no American)."""
    actor = actors.actor(key)
    return actor is not None and actor.country_evidence == "setting"


def _is_session(meeting: MeetingDraft, actors: ArticleActors) -> bool:
    """The meeting is an organisation's own session ("attend the IMF's meeting"): its parties are
    members, so the place decides no host (guideline, convention 8)."""
    return any(
        m.trigger.pos_ == "NOUN" and organisation_meeting(m.trigger, m.parties, actors)
        for m in meeting.mentions
    )


def _seat_head(location: str | None, core: dict[str, str], actors: ArticleActors) -> str | None:
    """The party whose own seat of government the meeting place is ("met at the White House": the
    president): the one person of the seat's country holding a head-of-state or government title."""
    if location is None:
        return None
    seat_iso3 = listed_place_iso3(SEATS_OF_GOVERNMENT, location)
    if seat_iso3 is None:
        return None
    heads = [
        key
        for key in core
        if (actor := actors.actor(key)) is not None
        and actor.actor_type == "person"
        and actor.country_iso3 == seat_iso3
        and any(title in HEAD_TITLES for title in actor.titles)
    ]
    return heads[0] if len(heads) == 1 else None


def is_national_ground(place: str) -> bool:
    """A country or its capital: meeting there is being received on home ground (guideline, convention
    7: "in the host's capital"); a meeting in another city ("in Woodside, California", at a summit's
    resort) says nothing of who travelled."""
    seat = listed_place_iso3(SEATS_OF_GOVERNMENT, place) is not None  # "at the White House": in its capital
    return seat or country_by_capital(place) is not None or country_by_name(place) is not None


def decide_roles(
    meeting: MeetingDraft,
    parties: dict[str, str],
    location_iso3: str | None,
    actors: ArticleActors,
    article_seat: str | None,
    travellers: dict[str, set[bool]],
    ground: str | None = None,
    report_country: str | None = None,
    dateline_iso3: str | None = None,
) -> dict[str, str]:
    """The roles a meeting's wording left symmetric, from its place (``ground``: the city a venue is in,
    when named), the article's seat of government, the trips the article tells and the country its
    dateline files from (``report_country``, given when the article has someone travel there); a body's
    session keeps its members as equals. ``dateline_iso3`` is the country the report is filed from, the
    likely home of an official it names without a country."""
    if is_remote(meeting):
        return {key: PARTICIPANT if role in (HOST, VISITOR) else role for key, role in parties.items()}
    if not _is_session(meeting, actors):
        parties = _visitor_at_home_swapped(parties, location_iso3, actors)
        parties = infer_roles(
            parties, location_iso3, actors, ground or meeting.location, article_seat, dateline_iso3
        )
        # "X arrived from a meeting with Y": that meeting came before the trip the arrival tells
        before_trip = any(
            a.lemma_.lower() in ARRIVAL_VERBS for m in meeting.mentions for a in m.trigger.ancestors
        )
        if not meeting.background and not before_trip:
            parties = _roles_from_article_travel(
                parties, meeting.status == PLANNED, travellers, actors, report_country
            )
    return _relatives_attend(_session_attendance(parties, actors), actors)


def _relatives_attend(parties: dict[str, str], actors: ArticleActors) -> dict[str, str]:
    """ "X and his wife Brigitte were welcomed by the King": one the article names only as a party's
    relative came along, a secondary person present (guideline: attendee), beside those named in their
    own right."""
    core = core_parties(parties)
    relatives = {k for k in core if (actor := actors.actor(k)) is not None and actor.named_as_relative}
    if not relatives or len(core) - len(relatives) < 2:
        return parties
    return {k: (ATTENDEE if k in relatives else r) for k, r in parties.items()}


def hosts_abroad(parties: dict[str, str], location_iso3: str | None, actors: ArticleActors) -> bool:
    """Every host is at home in another country than the place's: nobody hosts on another state's ground
    (convention 7), so either the roles or the place is wrong (see the extractor)."""
    hosts = [k for k, r in core_parties(parties).items() if r == HOST]
    return (
        location_iso3 is not None
        and bool(hosts)
        and all(home_of(k, actors) not in (None, location_iso3) for k in hosts)
    )


def visitor_by_journey(
    parties: dict[str, str], location_iso3: str | None, went: set[str], actors: ArticleActors
) -> dict[str, str]:
    """ "X, who arrived in Tehran on Friday, had talks with Foreign Minister Y", placed in Tehran: of two
    parties met as equals, the one the article has travel to the meeting's country (``went``) visits, and
    the other, a person of that country (by the story's setting too) who did not travel, hosts
    (convention 7: evidence of travel to the host's ground), or one of no stated country met there. A
    traveller of no known home, an international body's official, is a visitor all the same."""
    core = core_parties(parties)
    if location_iso3 is None or len(core) != 2 or any(role != PARTICIPANT for role in core.values()):
        return parties
    away = [k for k in core if k in went]
    if len(away) != 1 or home_of(away[0], actors) == location_iso3:
        return parties
    (other,) = (k for k in core if k != away[0])
    actor = actors.actor(other)
    if actor is None or actor.actor_type != "person" or _international_official(other, actors):
        return parties
    # ("ended a visit to Czechoslovakia after talks with President Gustav Husak": one met on the ground
    # the traveller came to, named with no country, is of that ground)
    home = state_today(actor.country_iso3) if actor.country_iso3 else None
    if home not in (None, location_iso3):
        return parties
    return {k: (VISITOR if k == away[0] else HOST if k == other else r) for k, r in parties.items()}


def visitor_on_stay(
    parties: dict[str, str], staying: dict[str, str], actors: ArticleActors
) -> dict[str, str]:
    """ "X was received by President Y in Warsaw. Earlier in the day, X held talks with his Polish
    counterpart Z": of two persons met as equals at no known place, the one the story has just shown
    staying in another country than his own visits, and a person of that country hosts (convention 7)."""
    core = core_parties(parties)
    if len(core) != 2 or any(role != PARTICIPANT for role in core.values()):
        return parties
    away = [k for k in core if k in staying and home_of(k, actors) not in (None, staying[k])]
    if len(away) != 1:
        return parties
    (other,) = (k for k in core if k != away[0])
    # (one of no known country, met by a visitor on his stay, is taken for one of the country he is in:
    # "Earlier that day, the guest held talks with Minister of Defence X")
    if not is_person(other, actors) or _home_or_setting(other, actors) not in (
        None,
        state_today(staying[away[0]]),
    ):
        return parties
    return {k: (VISITOR if k == away[0] else HOST if k == other else r) for k, r in parties.items()}


def _home_or_setting(key: str, actors: ArticleActors) -> str | None:
    """Where a person is at home, or, for one of no stated country, the country the story's setting puts
    him in: one met by a visitor staying there is of it."""
    actor = actors.actor(key)
    if actor is not None and actor.country_evidence == "setting" and actor.country_iso3 is not None:
        return state_today(actor.country_iso3)
    return home_of(key, actors)


def as_equals(parties: dict[str, str]) -> dict[str, str]:
    """Host and visitor made participants: no one received the others."""
    return {k: (PARTICIPANT if r in (HOST, VISITOR) else r) for k, r in parties.items()}


def _visitor_at_home_swapped(
    parties: dict[str, str], location_iso3: str | None, actors: ArticleActors
) -> dict[str, str]:
    """Nobody visits his own country: "A will meet B when he visits Canberra" with "he" read as the
    Australian A makes the one person from elsewhere the traveller and A, at home, his host."""
    core = core_parties(parties)
    at_home = [k for k, r in core.items() if r == VISITOR and home_of(k, actors) == location_iso3]
    away = [
        k
        for k, r in core.items()
        if r == PARTICIPANT and is_person(k, actors) and home_of(k, actors) not in (None, location_iso3)
    ]
    if location_iso3 is None or len(at_home) != 1 or len(away) != 1 or not is_person(at_home[0], actors):
        return parties
    return {k: (HOST if k == at_home[0] else VISITOR if k == away[0] else r) for k, r in parties.items()}


def without_destination_countries(parties: dict[str, str], actors: ArticleActors) -> dict[str, str]:
    """A country hosting beside a named host is only where the visit went ("King X hosted Y during Y's
    state visit to Britain": X hosts, Britain is the destination; guideline, convention 1)."""
    hosts = [k for k, r in parties.items() if r == HOST]
    countries = [k for k in hosts if country_of(k, actors)[1]]
    if not countries or len(countries) == len(hosts):
        return parties
    return {k: r for k, r in parties.items() if k not in countries}


def article_travellers(doc: Doc, actors: ArticleActors) -> dict[str, set[bool]]:
    """Persons the article shows away from home, with whether that trip is still to come: described as
    visiting ("visiting X"), owning a visit or trip ("X's visit", "a visit by X"), or the subject of an
    arrival ("X arrived on Sunday"). Planned and past trips are kept apart: a trip next month says
    nothing of a meeting last week."""
    found: dict[str, set[bool]] = {}
    for token in doc:
        keys: list[str] = []
        if prenominal_visiting(token):
            keys = [k for k in [_visiting_name(token, actors)] if k is not None]
        elif token.pos_ == "NOUN" and token.tag_ == "NN" and _names_a_visit(token) and not _dated_trip(token):
            keys = [k for o in _visit_owners(token) for k in actor_keys(o, actors)]
        elif token.pos_ == "VERB" and token.lemma_.lower() in ARRIVAL_VERBS and not negated(token):
            keys = [k for s in subject_heads(token)[0] for k in actor_keys(s, actors)]
        elif token.lemma_.lower() == "return" and _returns_from_meeting(token):
            keys = [k for s in _returners(token) for k in actor_keys(s, actors)]
        for key in keys:
            if is_person(key, actors) and home_of(key, actors) is not None:
                found.setdefault(key, set()).add(bool(planned_status(token, None)))
    return found


def _dated_trip(visit: Token) -> bool:
    """ "following Kishida's trip to Seoul in May", "his visit last year": a trip dated by a month, a
    year or a past stretch of time is one of the story's history, which says nothing of who travels now."""
    dated_in = any(
        o.ent_type_ == "DATE" and not any(c.lower_ in ("this", "next") for c in o.subtree)
        for o in prep_objects(visit, ("in",))
    )
    dated_last = any(
        c.dep_ == "npadvmod" and c.ent_type_ == "DATE" and any(d.lower_ == "last" for d in c.subtree)
        for c in visit.children
    )
    return dated_in or dated_last


def _returns_from_meeting(token: Token) -> bool:
    """ "said on return from talks in New York", "returned from a visit to Tokyo": back from an encounter
    abroad, so away for it."""
    return any(o.lemma_.lower() in NOUN_TRIGGERS for o in prep_objects(token, ("from",)))


def _returners(token: Token) -> list[Token]:
    """Who returns: the verb's subject, or for the noun ("on his return from talks") its possessor or the
    subject of the verb the phrase hangs on."""
    if token.pos_ == "VERB":
        return subject_heads(token)[0]
    owners = dependents(token, ("poss",))
    holder = token.head.head if token.dep_ == "pobj" and token.head.lower_ in ("on", "upon") else None
    if not owners and holder is not None and holder.pos_ in ("VERB", "AUX"):
        owners = subject_heads(holder)[0]
    return [o for o in owners if o.pos_ != "PRON"] or owners


def _visit_owners(visit: Token) -> list[Token]:
    """Who makes a visit or trip: its possessor ("X's visit"), its agent ("a visit by X"), the subject of
    the verb that makes it ("X began a visit", "X paid a visit"), or the one who is on it ("X, on a trip
    to Europe, met Y"; "X is on a two-day visit")."""
    owners = dependents(visit, ("poss",)) + prep_objects(visit, ("by",))
    holder = visit.head
    if visit.dep_ == "dobj" and holder.lemma_.lower() in LIGHT_VERBS:
        owners += subject_heads(holder)[0]
    elif visit.dep_ == "pobj" and holder.lower_ == "on" and holder.head != holder:
        on_whom = holder.head
        owners += subject_heads(on_whom)[0] if on_whom.pos_ in ("VERB", "AUX") else [on_whom]
    return owners


def _names_a_visit(noun: Token) -> bool:
    """A trigger noun of the visit type in the lexicon ("visit", "trip")."""
    return NOUN_TRIGGERS.get(noun.lemma_.lower(), {}).get("type") == "visit"


def _roles_from_article_travel(
    parties: dict[str, str],
    planned: bool,
    travellers: dict[str, set[bool]],
    actors: ArticleActors,
    report_country: str | None,
) -> dict[str, str]:
    """Symmetric wording, no place: one party the article shows on a trip (of the same tense as the
    meeting) meets persons at home in another country, so it visits and they host (convention 7) — unless
    the report comes from a country neither side is at home in ("VIENTIANE - Obama met Park Geun-hye"):
    both came there."""
    core = core_parties(parties)
    if any(role != PARTICIPANT for role in core.values()):
        return parties
    away = [k for k in core if planned in travellers.get(k, set())]
    if len(away) != 1:
        return parties
    home = home_of(away[0], actors)
    others = [k for k in core if k != away[0]]
    # persons at home elsewhere receive the traveller; one of no known home (an international body's
    # official) takes part; one of the traveller's own country travelled with him
    hosts = [k for k in others if is_person(k, actors) and home_of(k, actors) not in (None, home)]
    if not hosts or any(home_of(k, actors) == home for k in others):
        return parties
    if report_country is not None and report_country not in {home, *(home_of(k, actors) for k in hosts)}:
        return parties
    return {k: (VISITOR if k == away[0] else HOST if k in hosts else r) for k, r in parties.items()}


def _session_attendance(parties: dict[str, str], actors: ArticleActors) -> dict[str, str]:
    """ "visits Washington for the IMF meeting": travelling to a body's session with no host named makes
    the traveller one of its participants (convention 8), not a visitor."""
    core = core_parties(parties)
    others = [k for k, r in core.items() if r != VISITOR]
    sessions = [k for k in others if _international_body(k, actors) or body_members(k, actors)]
    if not others or sessions != others or HOST in core.values():
        return parties
    return {k: (PARTICIPANT if r == VISITOR else r) for k, r in parties.items()}


def _co_hosts(parties: dict[str, str], location_iso3: str | None, actors: ArticleActors) -> dict[str, str]:
    """ "will meet Yeutter and Baldrige in Washington", with the trade representative known as the visitor's
    host: a person of no known home met with him on his own ground receives the visitor too."""
    core = core_parties(parties)
    homes = {home_of(k, actors) for k, r in core.items() if r == HOST}
    if location_iso3 is None or homes != {location_iso3} or VISITOR not in core.values():
        return parties
    return {
        k: (
            HOST
            if r == PARTICIPANT
            and k in core
            and is_person(k, actors)
            and home_of(k, actors) is None
            and not _international_official(k, actors)
            else r
        )
        for k, r in parties.items()
    }


def _implied_hosts(
    parties: dict[str, str], location_iso3: str | None, actors: ArticleActors
) -> dict[str, str]:
    """A visitor's counterparts receive him, except an international body met on a journey (a meeting of
    parties, convention 8) and, where the place is known, a party at home in another country: two sides
    come together on a third state's ground ("flew to Jeddah ... would meet the Ukrainians") as
    participants, the traveller too."""
    # (the homes of the parties the wording left symmetric, where the place is known)
    homes = (
        {k: home_of(k, actors) for k, r in core_parties(parties).items() if r == PARTICIPANT}
        if location_iso3 is not None
        else {}
    )
    away = [k for k, home in homes.items() if home not in (None, location_iso3)]
    at_home = [k for k, home in homes.items() if home == location_iso3]
    if away and at_home:
        # "flew to Maputo for a summit with Presidents A of Mozambique, B of Zambia and C of Tanzania": the
        # one at home receives the traveller; the others came too, as guests or equals
        return {k: (HOST if k in at_home else r) for k, r in parties.items()}
    if away:
        return {k: (PARTICIPANT if r == VISITOR else r) for k, r in parties.items()}
    return {
        k: (HOST if r == PARTICIPANT and not _international_body(k, actors) else r)
        for k, r in parties.items()
    }


def infer_roles(
    parties: dict[str, str],
    location_iso3: str | None,
    actors: ArticleActors,
    location: str | None = None,
    article_seat: str | None = None,
    dateline_iso3: str | None = None,
) -> dict[str, str]:
    """Symmetric wording plus a known place: the party at home hosts, the others visit.

    ``article_seat`` is the one seat of government the article names ("the White House"), the scene of
    the meetings it does not place: it decides roles between persons only (a whole country named as a
    party is a delegation whose travel the article does not report). ``dateline_iso3``, the country the
    report is filed from, stands in for the home of an official named with no country
    (:func:`_home_for_roles`)."""
    core = core_parties(parties)
    if any(body_members(key, actors) for key in core):
        # a session of a body of states ("GCC ministers met in Riyadh") gathers its members as equals: the
        # member whose territory it meets on provides the venue, it does not receive the others as visitors
        return parties
    explicit = any(role in (HOST, VISITOR) for role in core.values())
    head = None if explicit else _seat_head(location, core, actors)
    if head is not None:
        # a seat of government is one person's home ground: its holder receives everyone else there
        return {k: (HOST if k == head else VISITOR if r == PARTICIPANT else r) for k, r in parties.items()}
    if location_iso3 is None and not explicit and article_seat is not None:
        persons = {
            k: r for k, r in core.items() if (a := actors.actor(k)) is not None and a.actor_type == "person"
        }
        head = _seat_head(article_seat, persons, actors)
        if head is not None:
            seat_iso3 = place_iso3(article_seat)
            away = [k for k in persons if k != head and home_of(k, actors) not in (None, seat_iso3)]
            if away:
                return {k: (HOST if k == head else VISITOR if k in away else r) for k, r in parties.items()}
    if location_iso3 is None or explicit:
        # one explicit role implies the other for the remaining symmetric parties; an international body
        # met on a journey is a meeting of parties, not a host (convention 8)
        if any(role == VISITOR for role in core.values()) and not any(role == HOST for role in core.values()):
            return _implied_hosts(parties, location_iso3, actors)
        if any(role == HOST for role in core.values()) and not any(role == VISITOR for role in core.values()):
            return {k: (VISITOR if r == PARTICIPANT else r) for k, r in parties.items()}
        return _co_hosts(parties, location_iso3, actors)
    if location is not None and not is_national_ground(location):
        return parties
    found_at = {k: _home_for_roles(k, core, location_iso3, dateline_iso3, actors) for k in core}
    homes = [k for k, home in found_at.items() if home == location_iso3]
    aways = [k for k, home in found_at.items() if home not in (None, location_iso3)]
    unknown = [k for k, home in found_at.items() if home is None]
    if homes and not aways:
        # "X met the NATO chief in Kyiv": an official of an international body, at a state's own ground,
        # is the state's guest (at the body's seat he would host, the rule below)
        aways = [k for k in unknown if _international_official(k, actors)]
    if (
        aways
        and not homes
        and unknown
        and len(aways) + len(unknown) == len(core)
        and all(_may_be_local(k, location_iso3, actors) or _international_body(k, actors) for k in unknown)
    ):
        # "X (from abroad) held talks with the IMF chief in Washington": the traveller is the one whose
        # home is elsewhere; the person or international body of no known country is the one found at
        # the place, the host (a movement or a firm of no known country, talking in a third country's
        # capital, is as much a guest there as the other side)
        homes = unknown
    if not homes or not aways:
        return parties
    inferred = dict(parties)
    for key in homes:
        inferred[key] = HOST
    for key in aways:
        inferred[key] = VISITOR
    # ("talks between Foreign Minister X and his South African counterpart Y in Abuja", with Nigeria
    # named: the minister of no stated country beside the state at home is its side)
    return _co_hosts(inferred, location_iso3, actors)
