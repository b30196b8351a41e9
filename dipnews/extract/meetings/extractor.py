"""Meetings between identifiable parties, read off the dependency parse of one article.

The extractor works in three steps:

1. **Mentions.** Sentences are prefiltered by trigger lemmas (cheap: spaCy has already lemmatised
   them); in the survivors every trigger word (a verb such as "met", "visited", "hosted", or a noun
   such as "meeting", "talks", "summit", "state visit", "phone call") becomes a *mention*: its
   parties (resolved to the actors extractor's mentions, with a role), its time expression, its
   place, its status (occurred/planned) and whether it is history rather than news.
2. **Merging.** One article usually reports one meeting several times ("X met Y ...", "during the
   meeting ...", "the visit by ..."). Mentions naming two or more parties become meetings, merged
   when one's party set contains the other's; mentions naming fewer (an anaphoric "the meeting", a
   "visit by the minister") then join the meeting they most plausibly refer to.
3. **Finishing.** Host/visitor roles are inferred from the meeting place when the wording was
   symmetric ("X met Y in Moscow" with Y Russian: X visitor, Y host); meetings with fewer than two
   parties are dropped; each gets a confidence.

Everything here is a pure function of (Doc, ArticleMeta, ArticleActors). The steps live in their own
modules, one per decision: mentions (:mod:`.mentions`, from :mod:`.verbs` and :mod:`.nouns`), merging
(:mod:`.merging`), roles (:mod:`.roles`), place (:mod:`.place`, :mod:`.journeys`), date (:mod:`.when`)
and status (:mod:`.status`); this module orchestrates them and scores each meeting's confidence.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from dipnews.extract.actors.countries import country_by_capital, country_by_name, is_international_body
from dipnews.extract.actors.credits import on_credit_line
from dipnews.extract.dates import ResolvedDate, find_date_expressions, week_frame
from dipnews.extract.meetings.journeys import (
    Journey,
    Scene,
    follow_journey,
    place_in_scene,
    place_on_journey,
    received_stays,
    record_scene,
    reported_journeys,
    staying_in,
    stays,
)
from dipnews.extract.meetings.lexicon import (
    ADVERBIAL_IDIOMS,
    ARRIVAL_VERBS,
    DELEGATION_NOUNS,
    DEPARTURE_VERBS,
    GROUP_NOUNS,
    LIGHT_VERBS,
    NOUN_TRIGGERS,
    OCCASION_NOUNS,
    OCCURRENCE_VERBS,
    ONGOING_WORDS,
    PARTY_NOUNS,
    TRAVEL_VERBS,
    VENUE_HEADS,
    VERB_TRIGGERS,
    VISITING_MODIFIERS,
)
from dipnews.extract.meetings.mentions import sentence_mentions, triggers_by_sentence
from dipnews.extract.meetings.merging import (
    add_companions,
    add_later_attendees,
    add_onlookers,
    drop_called_off,
    fold_country_visits,
    merge_mentions,
)
from dipnews.extract.meetings.parties import (
    ArticleParties,
    complete_parties,
    country_of,
    country_to_delegates,
    delegation_heads,
    find_groups,
)
from dipnews.extract.meetings.place import (
    dateline_country,
    dateline_place,
    destinations_of,
    is_listed_venue,
    place_iso3,
    place_text,
    seat_named_in_article,
    travels_for,
    venue_at,
)
from dipnews.extract.meetings.records import (
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
)
from dipnews.extract.meetings.roles import (
    article_travellers,
    as_equals,
    decide_roles,
    home_of,
    hosts_abroad,
    is_national_ground,
    state_today,
    visitor_by_journey,
    visitor_on_stay,
    without_destination_countries,
)
from dipnews.extract.meetings.splitting import one_per_host
from dipnews.extract.meetings.status import is_old, ongoing
from dipnews.extract.meetings.syntax import prep_objects, where_antecedent
from dipnews.extract.meetings.triggers import (
    repair_adverbial_idioms,
    repair_adverbial_objects,
    repair_bare_gerunds,
    repair_described_subjects,
    repair_displaced_subjects,
    repair_fronted_day_subjects,
    repair_held_objects,
    repair_initial_plurals,
    repair_interrupted_subjects,
    repair_inverted_objects,
    repair_names_read_as_modals,
    repair_nominal_adjectives,
    repair_noun_roots,
    repair_numbered_pair_subjects,
    repair_opening_adverbs,
    repair_participles_read_as_clauses,
    repair_persons_joined_to_countries,
    repair_repeated_prepositions,
    repair_reporter_appositions,
    repair_shifted_objects,
    repair_subjects_hung_on_adverbs,
    repair_travel_verbs_read_as_nouns,
    repair_verbs_read_as_modifiers,
    repair_visiting_read_as_verbs,
)
from dipnews.extract.meetings.when import (
    TimeFrame,
    date_later_encounters,
    last_named_day,
    report_day,
    visit_length,
)
from dipnews.extract.quotes.speech import SPEECH_VERB_LEMMAS
from dipnews.model import ArticleActors, ArticleMeta, LocalMeeting, MeetingEvidence, Participant
from dipnews.nlp.parsing import OPENING_ADVERBS, SentenceIndex, doc_text

# Confidence: a heuristic score, not a calibrated probability. The base reflects how the parties were
# found in the strongest mention; more reporting sentences and explicit roles raise it.
CONFIDENCE_BASE = {"verb": 0.85, "noun": 0.75, "compound": 0.7}
CONFIDENCE_PER_EXTRA_EVIDENCE = 0.03
CONFIDENCE_EVIDENCE_CAP = 0.09
CONFIDENCE_ROLE_BONUS = 0.05  # host/visitor known from the text, not guessed
CONFIDENCE_COUNTRY_PARTY_PENALTY = 0.1  # a party is a whole country rather than a person


def _strip_trailing_space(sentence: Span) -> tuple[int, int]:
    text = sentence.text
    return sentence.start_char, sentence.start_char + len(text.rstrip())


def _confidence(meeting: MeetingDraft, parties: dict[str, str], actors: ArticleActors) -> float:
    base = max(CONFIDENCE_BASE[m.kind] for m in meeting.mentions if len(core_parties(m.parties)) >= 2)
    extra = min(CONFIDENCE_PER_EXTRA_EVIDENCE * (len({m.sentence_index for m in meeting.mentions}) - 1),
                CONFIDENCE_EVIDENCE_CAP)  # fmt: skip
    score = base + extra
    if any(role in (HOST, VISITOR) for role in parties.values()):
        score += CONFIDENCE_ROLE_BONUS
    if any(country_of(k, actors)[1] for k in core_parties(parties)):
        score -= CONFIDENCE_COUNTRY_PARTY_PENALTY
    return round(min(max(score, 0.0), 1.0), 3)


def _place_meeting(
    meeting: MeetingDraft,
    journeys: list[Journey],
    dateline: str | None,
    actors: ArticleActors,
    travellers: dict[str, set[bool]],
    published: dt.date | None,
    dateline_iso3: str | None,
) -> None:
    """A meeting its own words leave unplaced is where the traveller's journey went, else (the news, met
    in person) at the wire's dateline (guideline, convention 4), which also names the city of a meeting
    its report places only by country, when it was held there ("BEIJING - ... X, here on a visit to China",
    "BRUSSELS - During his visit to Belgium, X met Y", "KANANASKIS, Alberta - X, on his first trip to
    Canada, met Y"): the most specific place as written."""
    if is_remote(meeting):
        # a call has no one place: an in-phrase in its report is a topic ("discussed the war in Gaza") or
        # where one side sat (records.is_remote)
        meeting.location = None
        return
    if journeys:
        follow_journey(meeting, journeys, actors)
        place_on_journey(meeting, journeys)
    if dateline is None and meeting.location is None and _says_here(meeting):
        meeting.location = _here_without_dateline(meeting, journeys, actors)
    come = _come_already(meeting, journeys, dateline_iso3)
    if dateline is not None and meeting.background and meeting.location is None and _says_here(meeting):
        meeting.location = dateline  # ("WASHINGTON - U.S. officials told X so in talks here last week")
    if (
        dateline is None
        or meeting.background
        or not (come or _at_dateline(meeting, dateline, actors, travellers, published, dateline_iso3))
    ):
        return
    # (a meeting still to come in the country stays there: where in it is not yet told; unless the
    # guest has come already: "NAIROBI - X, who flew to Kenya yesterday, will meet Y" waits where filed)
    held_here = _says_here(meeting) or meeting.status == OCCURRED or come
    if meeting.location is None or (
        country_by_name(meeting.location) is not None
        and held_here
        and dateline_iso3 is not None
        and dateline_iso3 == _state_today_of(place_iso3(meeting.location))
    ):
        meeting.location = dateline  # ("MOSCOW - ... her visit to the Soviet Union": the city in it)


def _come_already(meeting: MeetingDraft, journeys: list[Journey], dateline_iso3: str | None) -> bool:
    """The meeting is placed in a country only by a party's journey there, told in the past tense ("X,
    who flew to Kenya yesterday, will meet Y"), and the report is filed from that country: the party is
    there for it, where the report is ("when X arrives in Israel later this month" is still to come)."""
    if dateline_iso3 is None or meeting.location is None or not meeting.mentions:
        return False
    doc = meeting.mentions[0].sentence.doc
    return _state_today_of(place_iso3(meeting.location)) == dateline_iso3 and any(
        not j.planned
        and j.token is not None
        and doc[j.token].tag_ == "VBD"
        and set(j.travellers) & set(meeting.parties)
        and j.place == meeting.location
        for j in journeys
    )


def _held_at_a_body(meeting: MeetingDraft) -> bool:
    """A mention holds the meeting "at" an international body ("talks at the World Trade Organization",
    "met at the IMF"): it took place at the body's seat, which the text does not name, not where the
    report was filed."""
    return any(
        is_international_body(place.text)  # (its look-up key drops a leading "the")
        for mention in meeting.mentions
        for holder in (mention.trigger, mention.trigger.head)
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ == "at"
        for obj in prep.children
        if obj.dep_ == "pobj"
        for place in [obj.doc[obj.left_edge.i : obj.i + 1]]
    )


def _state_today_of(iso3: str | None) -> str | None:
    return None if iso3 is None else state_today(iso3)


def _report_country(
    meeting: MeetingDraft, dateline_iso3: str | None, journeys: list[Journey], actors: ArticleActors
) -> str | None:
    """The country the report comes from, for the roles of a meeting it leaves unplaced ("VIENTIANE - Obama
    met Park", "BRUSSELS - X sat down for a dinner with A and B"): those met there are not all at home, so
    no one hosts. None when the article has one party travel to another's home country ("LONDON - X visited
    Washington last week. He had earlier met Y"): that trip, not the place of filing, tells who received
    whom."""
    core = set(core_parties(meeting.parties))
    if dateline_iso3 is None:
        return None
    for journey in journeys:
        others = {home_of(k, actors) for k in core - set(journey.travellers)} - {None}
        if core & set(journey.travellers) and place_iso3(journey.place) in others:
            return None
    return dateline_iso3


def _at_dateline(
    meeting: MeetingDraft,
    dateline: str,
    actors: ArticleActors,
    travellers: dict[str, set[bool]],
    published: dt.date | None,
    country: str | None,
) -> bool:
    """Whether the dateline (of the country ``country``) may place the meeting: the news, met in person
    where the report was filed. A meeting still to come is placed there only when it is received there (a
    host at home, a visitor or a traveller come to one at home there: "NEW DELHI - Modi will host X next
    week"), when it is set for the report's own day, or when everyone meets at home in the capital the
    report comes from; "WASHINGTON - Rubio and Lavrov will meet next week" says nothing of where."""
    if _met_away_from_dateline(meeting, country, actors) or _between_states_abroad(meeting, country, actors):
        return False
    if meeting.status != PLANNED or _says_here(meeting):
        return True  # ("X is due here on Friday for talks with Y": the wire's word for its dateline)
    if meeting.date is not None and meeting.date.date is not None and meeting.date.date == published:
        return True  # "would meet the leaders today"
    if _at_occasion_under_way(meeting, published):
        return True  # "HANGZHOU - X will hold talks on Monday with Y on the G-20 sidelines"
    homes = {key: home_of(key, actors) for key in core_parties(meeting.parties)}
    domestic = {h for h in homes.values() if h is not None} == {country} and not any(
        (a := actors.actor(k)) is not None and is_international_body(a.name) for k in homes
    )
    if domestic and country_by_capital(dateline) is not None:
        # "WASHINGTON - Baker plans further talks with House Republicans"; not "the next OPEC meeting"
        return True
    hosts = [k for k, r in meeting.parties.items() if r == HOST and homes.get(k) == country]
    guests = [
        k
        for k, r in meeting.parties.items()
        if (r == VISITOR or k in travellers) and homes.get(k) not in (None, country)
    ]
    # ("SEOUL - X, who arrived on Sunday, is to hold talks with Y on Thursday": a guest already come,
    # with no other journey told, waits for the talks where the report was filed)
    arrived = [k for k in guests if False in travellers.get(k, set())]
    return bool(hosts) or (bool(guests) and country in homes.values()) or bool(arrived)


# How many days ahead a meeting on the sidelines of an event may be for the event to be under way now.
OCCASION_UNDER_WAY_DAYS = 3


def _at_occasion_under_way(meeting: MeetingDraft, published: dt.date | None) -> bool:
    """A meeting still to come on the sidelines of an event, on a day within the next few: the event is
    under way where the report is filed."""
    day = meeting.date.date if meeting.date is not None and meeting.date.precision == "day" else None
    if day is None or published is None or not 0 <= (day - published).days <= OCCASION_UNDER_WAY_DAYS:
        return False
    return any(
        t.lemma_.lower() in OCCASION_NOUNS and t.dep_ == "pobj" and t.head.lower_ in ("on", "at")
        for m in meeting.mentions
        for t in m.sentence
    )


def _met_away_from_dateline(meeting: MeetingDraft, country: str | None, actors: ArticleActors) -> bool:
    """A visitor at home in the dateline's country went abroad ("WASHINGTON - The secretary of state
    visited the Saudi crown prince"), or a host at home elsewhere received at home: the dateline is where
    the report was filed, not the meeting."""
    if country is None:
        return False
    # ("BEDMINSTER, N.J. - Trump hosted Mitt Romney": a visit within the country is received there)
    received_home = any(r == HOST and home_of(k, actors) == country for k, r in meeting.parties.items())
    for key, role in meeting.parties.items():
        home = home_of(key, actors)
        if (role == VISITOR and home == country and not received_home) or (
            role == HOST and home not in (None, country)
        ):
            return True
    return False


def _between_states_abroad(meeting: MeetingDraft, country: str | None, actors: ArticleActors) -> bool:
    """ "OTTAWA - X said the ruling would complicate the ongoing Norway-Iceland talks", "said Italy was
    continuing negotiations with Libya": talks told as going on between states, none of them the
    dateline's, with nobody's journey told, are talked of where the report is filed, not held there (but
    "talks here": _says_here; "talks in Switzerland": the text places them)."""
    if country is None or meeting.location is not None or _says_here(meeting):
        return False
    if not all(_told_as_going_on(m.trigger) for m in meeting.mentions):
        return False
    core = core_parties(meeting.parties)
    return all(
        (actor := actors.actor(key)) is not None
        and actor.actor_type == "country"
        and home_of(key, actors) not in (None, country)
        and role == PARTICIPANT
        for key, role in core.items()
    )


def _told_as_going_on(trigger: Token) -> bool:
    """ "the ongoing talks", "was continuing negotiations with Y", "talks are under way"."""
    return (
        # ("the ongoing Norway-Iceland fisheries talks": the parser may hang it on a compound)
        any(
            t.dep_ == "amod" and t.lemma_.lower() in ONGOING_WORDS for t in trigger.subtree if t.i < trigger.i
        )
        or (trigger.dep_ == "dobj" and trigger.head.lemma_.lower() == "continue")
        or ongoing(trigger)
    )


def _location_country(
    meeting: MeetingDraft, venue_cities: set[str], dateline: str | None, dateline_iso3: str | None
) -> str | None:
    """The country of the meeting's place: that of the one city the venue is said to be in ("at Trump Tower
    in New York"), the country the dateline gives for its own city ("SONGO, Mozambique, Sept 12 -": not the
    Songo of Angola the gazetteer knows first), else the place's own."""
    if meeting.location is None:
        return None
    if meeting.location == dateline and dateline_iso3 is not None and not venue_cities:
        return dateline_iso3
    # ("at the Miraflores palace" on a trip to Caracas: the city written wins over a namesake the
    # gazetteer knows elsewhere, a district of Lima)
    codes = {c for city in venue_cities if (c := place_iso3(city)) is not None}
    if len(codes) == 1:
        return codes.pop()
    return place_iso3(meeting.location)


def _venue_cities(meeting: MeetingDraft) -> set[str]:
    """The places the meeting's venue is said to be in ("at the Malacanang Palace in Manila"; "met at the
    Lusail Palace in Doha", the city hung on the verb)."""
    location = meeting.location or ""
    venues = [
        token
        for mention in meeting.mentions
        for token in mention.sentence
        if location
        and (
            (token.text == location.split()[-1] and place_text(token) == location)
            # ("at the State Department in Washington", "at his Mar-a-Lago estate in Florida")
            or (token.dep_ == "pobj" and token.head.lower_ == "at" and venue_at(token) == location)
        )
    ]
    # ("at the Great Hall of the People in Beijing": the name's head, not its last word, holds the phrase)
    venues += [head for v in venues if (head := _name_head_of(v)).i != v.i]
    holders = venues + [v.head.head for v in venues if v.dep_ == "pobj" and v.head.lower_ == "at"]
    # ("In Brunei, X held talks with Y at the Istana Nurul Iman palace": the verb holding the talks)
    holders += [h.head for h in holders if h.dep_ == "dobj" and h.lemma_.lower() in NOUN_TRIGGERS]
    cities = {
        place
        for holder in holders
        for obj in prep_objects(holder, ("in",))
        if (place := _city_after_venue(obj, location)) is not None and place != location
    }
    # ("travelled to Caracas for a meeting with X at the Miraflores palace", "arrived in Tokyo and met X at
    # the Akasaka Palace": where the journey went)
    journeys = [h.head.head for h in holders if h.dep_ == "pobj" and h.head.lower_ == "for"]
    journeys += [h.head for h in holders if h.dep_ == "conj" and h.head.lemma_.lower() in _JOURNEY_VERBS]
    # ("will be in Rome on Friday, where he is due to meet Meloni at Palazzo Chigi": the place the clause
    # of the meeting is told of)
    venue = bool(location) and (place_iso3(location) is None or is_listed_venue(location))
    around = {
        place
        for m in meeting.mentions
        if venue
        and (antecedent := where_antecedent(m.trigger)) is not None
        and (place := place_text(antecedent)) is not None
        and place != location
        and place_iso3(place) is not None
    }
    # (the city written beside the venue before the journey's destination, a country as often as not)
    return (
        cities
        or around
        or {p for j in journeys if travels_for(j) for p in destinations_of(j) if p != location}
    )


def _city_after_venue(obj: Token, venue: str) -> str | None:
    """The place an in-phrase after a venue names; the model may tag the city as part of the venue's name
    ("the Great Hall of the People in Beijing" one facility): then the city's own word."""
    place = place_text(obj)
    if place is not None and venue in place and place != venue:
        return obj.text if place_iso3(obj.text) is not None else None
    return place


def _dateline_city(meeting: MeetingDraft, dateline: str | None) -> set[str]:
    """ "HANOI — ... after the two leaders held talks at the Presidential Palace": a venue no table places,
    in the news the story files, is in the dateline's city."""
    location = meeting.location
    if location is None or dateline is None or meeting.background or place_iso3(location) is not None:
        return set()
    if any(_tells_travel(m.sentence) for m in meeting.mentions):
        return set()  # ("arrived in Tokyo on Monday and met X at the Akasaka Palace": not the dateline's)
    return {dateline} if place_iso3(dateline) is not None else set()


def _name_head_of(token: Token) -> Token:
    """The head of a name with an of-phrase in it ("Hall" of "the Great Hall of the People")."""
    while token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "PROPN":
        token = token.head.head
    return token


def _ground(meeting: MeetingDraft, venue_cities: set[str]) -> str | None:
    """The place that says whose home ground the meeting is on: the venue's one city when it is named
    ("at the Malacanang Palace in Manila" is in the Philippine capital), else the place itself."""
    return next(iter(venue_cities)) if len(venue_cities) == 1 else meeting.location


def _here_without_dateline(
    meeting: MeetingDraft, journeys: list[Journey], actors: ArticleActors
) -> str | None:
    """ "Conable arrived here on Saturday ... Today he was returning to Jakarta": a corpus that keeps the
    dateline out of the text leaves "here" to the one city the article has the same traveller go to."""
    core = set(core_parties(meeting.parties))
    # (not a journey home: "before returning to Quito" is where the Ecuadorean minister is not)
    cities = {
        j.place
        for j in journeys
        if country_by_name(j.place) is None
        and any(t in core and home_of(t, actors) != place_iso3(j.place) for t in j.travellers)
    }
    return next(iter(cities)) if len(cities) == 1 else None


def _roles_from_trips(
    meeting: MeetingDraft,
    parties: dict[str, str],
    trips: tuple[list[Journey], list[Journey]],
    home_ground: str | None,
    ground: str | None,
    actors: ArticleActors,
) -> dict[str, str]:
    """Visitor and host from the trips the news tells (``trips``: the journeys, then the stays of visitors
    received at home): one who went to the meeting's place, or, at no known place, one the story has just
    shown staying abroad."""
    journeys, received = trips
    parties = visitor_by_journey(parties, home_ground, _went_to(journeys, meeting, ground), actors)
    if home_ground is None:
        parties = visitor_on_stay(parties, staying_in(journeys, meeting, received), actors)
    return parties


def _dateline_of(sentences: list[Span]) -> tuple[str | None, str | None]:
    """The place the article is filed from and its country."""
    dateline = dateline_place(sentences)
    return dateline, dateline_country(sentences, dateline)


def _went_to(journeys: list[Journey], meeting: MeetingDraft, ground: str | None) -> set[str]:
    """The parties the article has travel to where the meeting is, on a trip of the meeting's tense (a
    trip next month says nothing of talks held last week): to its very place or city, or to the country of
    a meeting held in its capital (a trip to the country says nothing of who is at home in New York)."""
    planned = meeting.status == PLANNED
    places = {p for p in (meeting.location, ground) if p is not None}
    country = place_iso3(ground) if ground is not None and is_national_ground(ground) else None
    return {
        k
        for j in journeys
        if j.planned == planned
        and (j.place in places or (country is not None and place_iso3(j.place) == country))
        for k in j.travellers
    }


def _says_here(meeting: MeetingDraft) -> bool:
    """The report places the meeting "here": the wire's word for its dateline city."""
    return any(t.lower_ == "here" and t.dep_ == "advmod" for m in meeting.mentions for t in m.sentence)


def _article_mentions(
    doc: Doc, sentences: list[Span], meta: ArticleMeta, actors: ArticleParties
) -> list[MeetingMention]:
    """The meeting mentions of every sentence, in order, each dated in the time frame the story has set."""
    mentions: list[MeetingMention] = []
    focus_day: ResolvedDate | None = None
    named_day: ResolvedDate | None = None
    day_before: ResolvedDate | None = None
    visit: tuple[ResolvedDate | None, int | None] = (None, None)  # the last journey's first day, its length
    recent: list[list[ResolvedDate]] = []  # the days the last sentences read named
    frame: int | None = None  # the week the story's plans are set in, once it has said ("next week")
    by_sentence = triggers_by_sentence(doc, sentences)
    for index, sentence in enumerate(sentences):
        # Only sentences with a trigger get the dependency work; a link to another story ("RELATED: X
        # meets Y") or a credit line tells no meeting of this one.
        own = [] if on_credit_line(doc, sentence.start_char) else by_sentence[index]
        expressions = find_date_expressions(sentence.text, sentence.start_char)  # once per sentence
        if own:
            time_frame = TimeFrame(meta.published_date, focus_day, frame, named_day, day_before, *visit)
            mentions.extend(sentence_mentions(sentence, index, own, meta, actors, time_frame, expressions))
        # each expression resolved once; ("X addressed reporters here today. X later lunched with Y": a
        # "today" written is a day named for a later encounter, though not the day in focus)
        named = [
            d
            for e in expressions
            if (d := last_named_day([e], meta.published_date, with_published=True)) is not None
        ]
        days = [d for d in named if d.date != meta.published_date]
        recent = [*recent, named][-RECENT_SENTENCES:]
        day_before = _one_named_day([d for group in recent for d in group])
        focus_day = days[-1] if days else focus_day
        named_day = last_named_day(expressions, meta.published_date, with_published=True) or named_day
        if named and _tells_travel(sentence):
            visit = (named[0], visit_length(sentence.text))
        if own or _tells_travel(sentence):
            # ("The House will vote next week": a week other news is set in sets no visit's plans)
            for expression in expressions:
                found_frame = week_frame(expression.text, meta.published_date)
                frame = found_frame if found_frame is not None else frame
    return mentions


# How many sentences back a later encounter may take the day they named ("Kasich spent Wednesday morning
# touring a factory. He later huddled with Pence").
RECENT_SENTENCES = 2


def _one_named_day(days: list[ResolvedDate]) -> ResolvedDate | None:
    """The day the last sentences name when they name exactly one ("spent Wednesday morning touring a
    factory"); none when they name two ("met A on Saturday and B on Sunday")."""
    return days[-1] if len({d.date for d in days}) == 1 else None


# Verbs telling a journey, whose week the plans told after it fill.
_JOURNEY_VERBS = TRAVEL_VERBS | DEPARTURE_VERBS | ARRIVAL_VERBS


def _tells_travel(sentence: Span) -> bool:
    """The sentence tells a journey ("will travel to Moscow next week"), which the plans after it fill."""
    return any(t.lemma_.lower() in _JOURNEY_VERBS for t in sentence)


def _repair_parse(doc: Doc) -> None:
    """The small model's misreadings of meeting sentences, repaired in place before any rule reads them."""
    # the party nouns too: "Representatives of Japan and the United States met" opens a sentence
    repair_initial_plurals(doc, [*NOUN_TRIGGERS, *PARTY_NOUNS, *GROUP_NOUNS, *DELEGATION_NOUNS])
    repair_bare_gerunds(doc, NOUN_TRIGGERS)
    repair_nominal_adjectives(doc, NOUN_TRIGGERS)
    repair_displaced_subjects(doc)
    repair_described_subjects(doc)
    repair_noun_roots(doc)
    repair_fronted_day_subjects(doc)
    repair_numbered_pair_subjects(doc)
    repair_repeated_prepositions(doc)
    repair_adverbial_idioms(doc, ADVERBIAL_IDIOMS)
    repair_names_read_as_modals(doc)
    repair_verbs_read_as_modifiers(doc, VERB_TRIGGERS)
    repair_opening_adverbs(doc, OPENING_ADVERBS)
    repair_interrupted_subjects(doc)
    repair_adverbial_objects(doc, VERB_TRIGGERS)
    repair_inverted_objects(doc, VERB_TRIGGERS)
    repair_shifted_objects(doc, VERB_TRIGGERS, VENUE_HEADS)
    repair_visiting_read_as_verbs(doc, VERB_TRIGGERS, VISITING_MODIFIERS)
    repair_persons_joined_to_countries(doc)
    repair_participles_read_as_clauses(doc, NOUN_TRIGGERS, OCCURRENCE_VERBS)
    repair_held_objects(doc, LIGHT_VERBS, NOUN_TRIGGERS)
    repair_travel_verbs_read_as_nouns(doc, TRAVEL_VERBS)
    repair_subjects_hung_on_adverbs(doc)
    repair_reporter_appositions(doc, VERB_TRIGGERS, SPEECH_VERB_LEMMAS)


def _evidence(meeting: MeetingDraft) -> list[MeetingEvidence]:
    """Each sentence that tells the meeting, once, in the article's order, with its first trigger."""
    evidence: dict[int, MeetingEvidence] = {}
    for mention in sorted(meeting.mentions, key=lambda m: (m.sentence_index, m.trigger.i)):
        if mention.sentence_index not in evidence:
            start, end = _strip_trailing_space(mention.sentence)
            evidence[mention.sentence_index] = MeetingEvidence(
                mention.sentence_index, start, end, mention.trigger_text
            )
    return list(evidence.values())


def _hosts_only(parties: dict[str, str]) -> bool:
    """ "the Naval Chief called on the President, X, and the Chief of Defence Staff, Y, separately": hosts
    with their guest unresolved are no meeting between themselves; nor are travellers whose hosts the text
    does not name ("sent X and Y to meet with farmers in Iowa": they went together)."""
    roles = set(core_parties(parties).values())
    return roles == {HOST} or roles == {VISITOR}


def _status(meeting: MeetingDraft, date: ResolvedDate | None, published: dt.date | None) -> str:
    status = meeting.status or OCCURRED
    if status == OCCURRED and date is not None and published is not None and date.date is not None:
        return PLANNED if date.date > published else status  # a reported meeting cannot lie after its report
    return status


def extract_meetings(doc: Doc, meta: ArticleMeta, actors: ArticleActors) -> list[LocalMeeting]:
    """The distinct meetings the article reports, each with its participants, date, place and evidence."""
    _repair_parse(doc)
    meta = report_day(meta, doc_text(doc))
    sentences = list(SentenceIndex(doc).sentences)
    actors = ArticleParties(actors.actors, actors.mentions)
    actors.groups = find_groups(sentences, actors)
    mentions = _article_mentions(doc, sentences, meta, actors)
    date_later_encounters(mentions)
    complete_parties(mentions, sentences, actors)
    meetings = drop_called_off(fold_country_visits(merge_mentions(mentions, actors), actors), sentences)
    add_companions(meetings, sentences, actors)
    add_later_attendees(meetings, sentences, actors)
    add_onlookers(meetings, actors)
    dateline, dateline_iso3 = _dateline_of(sentences)
    article_seat = seat_named_in_article(doc)
    heads = delegation_heads(doc, actors)
    journeys = reported_journeys(sentences, meta, actors) if meetings else []
    travellers = article_travellers(doc, actors) if meetings else {}
    received: list[Journey] = []  # the stays of visitors received at home by their hosts
    results: list[LocalMeeting] = []
    scenes: list[Scene] = []
    for meeting in sorted(meetings, key=lambda m: m.first_sentence):
        # ("SEOUL - Korea and Canada are holding talks at the WTO": at the body's seat, not the dateline)
        filed_at, filed_in = (None, None) if _held_at_a_body(meeting) else (dateline, dateline_iso3)
        place_in_scene(meeting, scenes, journeys)
        _place_meeting(meeting, journeys, filed_at, actors, travellers, meta.published_date, filed_in)
        record_scene(meeting, scenes, filed_at)
        venue_cities = _venue_cities(meeting) or _dateline_city(meeting, filed_at)
        location_iso3 = _location_country(meeting, venue_cities, filed_at, filed_in)
        parties = country_to_delegates(meeting.parties, heads) if heads else meeting.parties
        ground = _ground(meeting, venue_cities)
        report_country = _report_country(meeting, filed_in, journeys, actors)
        # (whose home the place is: Czechoslovakia's is Czechia's)
        home_ground = _state_today_of(location_iso3)
        parties = decide_roles(
            meeting,
            parties,
            home_ground,
            actors,
            article_seat,
            travellers,
            ground,
            report_country,
            filed_in,
        )
        if not meeting.background:  # (the trips the news tells say nothing of an earlier meeting)
            parties = _roles_from_trips(meeting, parties, (journeys, received), home_ground, ground, actors)
        if hosts_abroad(parties, home_ground, actors):
            if meeting.location == dateline and not any(m.location == dateline for m in meeting.mentions):
                # filed from elsewhere: the hosts received at home (a place the text itself gives stays)
                meeting.location, location_iso3 = None, None
            else:
                # "flew to Geneva, where he met the Russian foreign minister": met on a third state's
                # ground, as equals (convention 7)
                parties = as_equals(parties)
        parties = without_destination_countries(parties, actors)
        journeys.extend(stays(meeting, parties, venue_cities))
        received.extend(received_stays(meeting, parties, actors))
        if len(parties) < 2 or not core_parties(parties) or _hosts_only(parties):
            continue
        date = meeting.date if meeting.date is not None and meeting.date.date is not None else None
        status = _status(meeting, date, meta.published_date)
        meeting_record = LocalMeeting(
            local_key="",
            meeting_type=meeting_type_of(meeting),
            status=status,
            date=date.date if date else None,
            date_precision=date.precision if date else "unknown",
            date_text=(meeting.date.text if meeting.date is not None else None),
            location=meeting.location,
            location_country_iso3=location_iso3,
            is_background=status == OCCURRED and (meeting.background or is_old(date, meta.published_date)),
            confidence=_confidence(meeting, parties, actors),
            participants=[Participant(key, role) for key, role in parties.items()],
            evidence=_evidence(meeting),
        )
        for one in one_per_host(meeting_record, meeting, actors):
            results.append(replace(one, local_key=f"m{len(results)}"))
    return results
