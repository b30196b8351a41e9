"""The trips an article reports, and the place they give the meetings on them.

A travel verb with a subject party and one destination is a journey; a visitor's placed meeting is a stay
there. A traveller's unplaced meeting told just after the journey, or placed only by the country, takes
the journey's place (guideline, conventions 4 and 7: the place follows from a stated trip) when both
belong to one trip (both planned, both done, or the meeting due within :data:`TRIP_DAYS` of arrival).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from spacy.tokens import Span, Token

from dipnews.extract.actors.countries import country_by_name, country_name
from dipnews.extract.dates import FUTURE, PAST, ResolvedDate, find_date_expressions, resolve_date
from dipnews.extract.meetings.lexicon import (
    CALL_CONTEXT_WORDS,
    DEPARTURE_NOUNS,
    DEPARTURE_VERBS,
    JOURNEY_NOUNS,
    LIGHT_VERBS,
    NOUN_TRIGGERS,
    SEQUENCE_WORDS,
    TRAVEL_VERBS,
    VENUE_HEADS,
)
from dipnews.extract.meetings.parties import actor_keys
from dipnews.extract.meetings.place import destinations_of, is_listed_venue, place_iso3, place_text
from dipnews.extract.meetings.records import HOST, PLANNED, VISITOR, MeetingDraft, core_parties, is_remote
from dipnews.extract.meetings.roles import home_of
from dipnews.extract.meetings.status import planned_status, present_for_future, present_simple
from dipnews.extract.meetings.syntax import dependents, prenominal_visiting, prep_objects, subject_heads
from dipnews.extract.meetings.when import choose_date_expression, dates_conflict, present_progressive
from dipnews.model import ArticleActors, ArticleMeta


@dataclass(frozen=True, slots=True)
class Journey:
    """A party travelling to one place ("X will fly to Tokyo on Sunday"), with the day it sets off."""

    travellers: tuple[str, ...]
    place: str
    date: ResolvedDate | None
    sentence_index: int = 0
    planned: bool = False
    token: int | None = None  # the travel verb's index in the Doc, when a verb tells it


def _has_visitor(meeting: MeetingDraft) -> bool:
    return any(role == VISITOR for role in meeting.parties.values())


def reported_journeys(sentences: list[Span], meta: ArticleMeta, actors: ArticleActors) -> list[Journey]:
    """The journeys the article reports: a travel verb with a subject party and one destination place."""
    found: list[Journey] = []
    for index, sentence in enumerate(sentences):
        for verb in sentence:
            presence = verb.lemma_ == "be" and verb.dep_ == "ROOT"  # "X was in Kyiv on Tuesday"
            # "X will visit Washington next week": a visit to a place is a journey too
            travel = verb.lemma_.lower() in TRAVEL_VERBS or (
                verb.lemma_.lower() == "visit" and not prenominal_visiting(verb)
            )
            visit_noun = _visit_begun(verb)
            if visit_noun is not None:
                places = _visit_destinations(visit_noun)
            elif not presence and (verb.pos_ != "VERB" or not travel):
                continue
            else:
                places = destinations_of(verb)
            travellers = tuple(k for s in subject_heads(verb)[0] for k in actor_keys(s, actors))
            if len(places) != 1 or not travellers:
                continue
            if presence and any(home_of(k, actors) == place_iso3(places[0]) for k in travellers):
                continue  # at home: no journey
            trip, governor = (visit_noun, verb) if visit_noun is not None else (verb, None)
            chosen = choose_date_expression(
                sentence, trip, governor, find_date_expressions(sentence.text, sentence.start_char)
            )
            stated = planned_status(verb, None)
            # "when he visits Washington next month": a present tense that announces the trip
            planned = bool(stated if stated is not None else present_for_future(verb, chosen))
            tense = FUTURE if planned else PAST
            date = resolve_date(chosen.text, meta.published_date, tense) if chosen is not None else None
            found.append(Journey(travellers, places[0], date, index, planned, verb.i))
        found.extend(_owned_visits(sentence, index, meta, actors))
    return found


def _owned_visits(sentence: Span, index: int, meta: ArticleMeta, actors: ArticleActors) -> list[Journey]:
    """ "The visit by X to Moscow on Tuesday comes as ...", "X's trip to Kyiv": a visit noun whose owner is
    named goes where it is to, whatever verb it serves."""
    found: list[Journey] = []
    for visit in sentence:
        if visit.pos_ != "NOUN" or NOUN_TRIGGERS.get(visit.lemma_.lower(), {}).get("type") != "visit":
            continue
        owners = dependents(visit, ("poss",)) + prep_objects(visit, ("by",))
        travellers = tuple(k for o in owners for k in actor_keys(o, actors))
        places = _visit_destinations(visit)
        if len(places) != 1 or not travellers:
            continue
        governor = visit.head if visit.head.pos_ in ("VERB", "AUX") else None
        chosen = choose_date_expression(
            sentence, visit, governor, find_date_expressions(sentence.text, sentence.start_char)
        )
        planned = bool(planned_status(visit, governor))
        date = resolve_date(chosen.text, meta.published_date, FUTURE if planned else PAST) if chosen else None
        found.append(Journey(travellers, places[0], date, index, planned))
    return found


def _visit_begun(verb: Token) -> Token | None:
    """The visit a verb makes its subject's journey ("began a three-day visit to Canada", "paid a visit to
    Kenya", "is on a visit to Peru"), or None."""
    if verb.pos_ == "VERB" and verb.lemma_.lower() in LIGHT_VERBS:
        candidates = dependents(verb, ("dobj",))
    elif verb.lemma_ == "be":
        candidates = prep_objects(verb, ("on",))
    else:
        return None
    visits = [o for o in candidates if NOUN_TRIGGERS.get(o.lemma_.lower(), {}).get("type") == "visit"]
    return visits[0] if visits else None


def _visit_destinations(visit: Token) -> list[str]:
    """The places a visit noun goes to: "a visit to Canada" (a person visited is no destination)."""
    return list(dict.fromkeys(p for o in prep_objects(visit, ("to",)) if (p := place_text(o)) is not None))


def stays(
    meeting: MeetingDraft, parties: dict[str, str], venue_cities: Collection[str] = ()
) -> list[Journey]:
    """A visitor's placed meeting is a stay there: "X met Y in Beijing. X later met Z" is in Beijing too. A
    building the place table cannot put in a city ("at the Miraflores Palace") is no stay: the next meeting
    may be in another palace, or another country; one said to be in a city ("at the State Department in
    Washington") is a stay in that city."""
    place = meeting.location
    # ("at the Great Hall of the People in Beijing": a listed venue said to be in a city stays in that city;
    # the next day's meeting may be in another building)
    venue = place is not None and (place_iso3(place) is None or is_listed_venue(place))
    if venue:
        # ("at the Erga Palace", "at the White House" with no city written: the next meeting may be in
        # another building of the capital, or elsewhere)
        place = next(iter(venue_cities)) if len(venue_cities) == 1 else None
    if place is None or meeting.background or place_iso3(place) is None:
        return []
    planned = meeting.status == PLANNED
    return [
        Journey((key,), place, meeting.date, meeting.first_sentence, planned)
        for key, role in core_parties(parties).items()
        if role == VISITOR
    ]


def received_stays(meeting: MeetingDraft, parties: dict[str, str], actors: ArticleActors) -> list[Journey]:
    """A visitor received by hosts at home in one country is staying in that country, wherever in it the
    text places the reception ("paid a courtesy call on President X at the President's Office"): the
    stay that makes his next talks there a visit (see :func:`staying_in`), not a place for them."""
    if meeting.background or is_remote(meeting):
        return []
    core = core_parties(parties)
    homes = {home_of(k, actors) for k, role in core.items() if role == HOST} - {None}
    if len(homes) != 1:
        return []
    (home,) = homes
    planned = meeting.status == PLANNED
    return [
        Journey((key,), country_name(home), meeting.date, meeting.first_sentence, planned)
        for key, role in core.items()
        if role == VISITOR and home_of(key, actors) not in (None, home)
    ]


# Sentences after a journey within which a meeting of the traveller is taken to be on that journey.
JOURNEY_WINDOW = 2
# The same for a journey the lead sentence tells ("X, winding up a two-day visit to Washington, said ..."):
# the trip the story is about, on which the meetings its later paragraphs tell were held.
LEAD_JOURNEY_WINDOW = 6


# Days after an arrival within which a meeting still to come is on the trip ("arrived in Canberra on
# Wednesday ... will hold talks with X on Thursday").
TRIP_DAYS = 7


def _same_trip_status(journey: Journey, meeting: MeetingDraft) -> bool:
    """A journey and a meeting of one trip: both planned, both done, or a meeting due within days of an
    arrival that has happened."""
    if journey.planned == (meeting.status == PLANNED):
        return True
    if not journey.planned and meeting.status == PLANNED and _going_on(journey, meeting):
        return True  # "X is on a two-day visit to Greece. X is also due to meet Y on Wednesday"
    if journey.planned or journey.date is None or journey.date.date is None:
        return False
    if meeting.date is None or meeting.date.date is None:
        # "arrived in Lima on Monday. X is to hold talks with Y during his visit": talks still to come,
        # told just after an arrival on a named day, are on that trip
        return journey.date.precision == "day"
    if meeting.date.precision != "day":
        return False
    return 0 <= (meeting.date.date - journey.date.date).days <= TRIP_DAYS


def staying_in(
    journeys: list[Journey], meeting: MeetingDraft, received: list[Journey] | None = None
) -> dict[str, str]:
    """The country each traveller is in when a meeting is told: the last trip or placed visit of the
    meeting's tense told at most JOURNEY_WINDOW sentences before it ("X was received by Y in Warsaw on
    Tuesday. Earlier in the day, X held talks with his Polish counterpart": still in Poland), or the last
    stay of a visitor ``received`` at home by his hosts (a stay spans the days around the reception). A
    meeting dated before a journey sets off was not on it ("will fly to X on Friday, two days after
    meeting Y")."""
    staying: dict[str, str] = {}
    for journey in sorted([*journeys, *(received or [])], key=lambda j: j.sentence_index):
        since = meeting.first_sentence - journey.sentence_index
        country = place_iso3(journey.place)
        if not 0 <= since <= JOURNEY_WINDOW or country is None or not _same_trip_status(journey, meeting):
            continue
        if journey.token is not None and _before_setting_off(meeting, journey):
            # (only a journey a travel verb tells sets off on a day: a stay spans the days around the
            # meeting that placed it)
            continue
        staying.update(dict.fromkeys(journey.travellers, country))
    return staying


def _before_setting_off(meeting: MeetingDraft, journey: Journey) -> bool:
    """The meeting is dated to a day before the journey's."""
    first, second = meeting.date, journey.date
    if first is None or second is None or first.date is None or second.date is None:
        return False
    return first.precision == second.precision == "day" and first.date < second.date


def _going_on(journey: Journey, meeting: MeetingDraft) -> bool:
    """A stay told in the present ("is on a visit to Greece", "is visiting Japan"): the meetings still to
    come on it are of the same trip."""
    if journey.token is None or journey.date is not None:
        return False
    verb = meeting.mentions[0].trigger.doc[journey.token]
    return present_simple(verb, None) or present_progressive(verb)


def _sequenced(meeting: MeetingDraft) -> bool:
    """The meeting is told as before or after something else in its first sentence ("after meeting X")."""
    return any(
        (a.pos_ == "ADP" and a.lower_ in SEQUENCE_WORDS)
        # "a day after Wang held talks with X": a clause the conjunction marks
        or any(c.dep_ == "mark" and c.lower_ in SEQUENCE_WORDS for c in a.children)
        for m in meeting.mentions
        if m.sentence_index == meeting.first_sentence
        for a in (m.trigger, *m.trigger.ancestors)
    )


def _most_specific(places: set[str]) -> list[str]:
    """The places, less a country one of the others lies in ("a visit to the United States" and "in
    Washington on Tuesday" are one trip, to Washington)."""
    cities = [p for p in places if country_by_name(p) is None]
    inside = {place_iso3(c) for c in cities}
    return sorted(p for p in places if country_by_name(p) is None or place_iso3(p) not in inside)


def _before_the_clause(meeting: MeetingDraft) -> bool:
    """ "X, who had earlier met Y, flew to Vilnius": a past perfect sets the meeting before the sentence's
    journey."""
    return any(
        m.trigger.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in m.trigger.children)
        for m in meeting.mentions
        if m.sentence_index == meeting.first_sentence
    )


def _sequenced_tokens(meeting: MeetingDraft) -> set[int]:
    """The words of a phrase that sets something before or after the meeting ("will meet X on Wednesday
    before flying to Ottawa"): a journey told there is not the one the meeting is on."""
    return {
        t.i
        for m in meeting.mentions
        for child in m.trigger.children
        if child.lower_ in SEQUENCE_WORDS and child.dep_ in ("prep", "mark", "advmod")
        for t in child.subtree
    }


def _sets_off_after(journey: Journey, meeting: MeetingDraft) -> bool:
    """ "is to meet X tomorrow and will fly to Chicago on Saturday": a journey that sets off after the
    meeting's day did not take the traveller to it."""
    return (
        journey.date is not None
        and journey.date.date is not None
        and journey.date.precision == "day"
        and meeting.date is not None
        and meeting.date.date is not None
        and meeting.date.precision == "day"
        and journey.date.date > meeting.date.date
    )


def _departure_beside(journey: Journey, meeting: MeetingDraft) -> bool:
    """The journey is a departure whose subject the meeting is told of in a relative clause ("X, who also
    met Y, left for Brussels"): an aside on the one setting off, not its purpose ("X, who flew to Jakarta
    yesterday, will meet Y" is the opposite: the journey is the aside)."""
    if journey.token is None or journey.sentence_index != meeting.first_sentence:
        return False
    verb = meeting.mentions[0].trigger.doc[journey.token]
    if verb.lemma_.lower() not in DEPARTURE_VERBS:
        return False
    subjects = {s.i for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")}
    return any(
        t.dep_ == "relcl" and t.head.i in subjects
        for m in meeting.mentions
        if m.sentence_index == meeting.first_sentence
        for t in (m.trigger, *m.trigger.ancestors)
    )


def place_on_journey(meeting: MeetingDraft, journeys: list[Journey]) -> None:
    """An unplaced meeting of a traveller told just after the journey ("X flew to Riyadh on Sunday. On
    Monday, X met the crown prince") is held where the journey went, and the traveller is the visitor
    (guideline, conventions 4 and 7: the place follows from a stated trip). A meeting placed only in a
    building ("held a separate meeting with Y at Parliament House") keeps it, but is on the trip all the
    same: the traveller is the visitor."""
    in_building = meeting.location is not None and _building_only(meeting.location)
    if (meeting.location is not None and not in_building) or meeting.background:
        return
    if _before_departure(meeting):
        # ("Park met X before his departure" after "left for Lausanne"): not where the departure goes;
        # a stay or an arrival before it still places the meeting ("will meet Y before flying to Tianjin")
        doc = meeting.mentions[0].trigger.doc
        journeys = [
            j for j in journeys if j.token is None or doc[j.token].lemma_.lower() not in DEPARTURE_VERBS
        ]
    core = core_parties(meeting.parties)
    # a visitor already named (by the article's trips) is the one whose journey, told before the
    # meeting's sentence, places it ("left for Zurich after meeting X" tells of a later journey)
    visitor = _has_visitor(meeting)
    # "will fly to Scotland on Friday, two days after meeting X": a meeting set before or after the
    # sentence's journey is not on it
    nearest = 1 if visitor or _sequenced(meeting) or _before_the_clause(meeting) else 0
    if visitor:
        visitors = {k: r for k, r in core.items() if r == VISITOR}
        there = _journeys_there(meeting, journeys, set(visitors), nearest)
        if not there:
            # "X arrived in Delhi. The minister called on X": the one the verb makes the caller stayed at
            # home; the one who travelled is the visitor
            core = {k: r for k, r in core.items() if r == HOST}
            there = _journeys_there(meeting, journeys, set(core), nearest)
        else:
            core = visitors
    else:
        there = _journeys_there(meeting, journeys, set(core), nearest)
    # ("headed to the White House, where X welcomed him. Y met with him privately": a building gone to is
    # the place of the meeting told with the journey, not of the next one)
    there = [j for j in there if j.sentence_index == meeting.first_sentence or not is_listed_venue(j.place)]
    # ("X, who also met Y, left for Brussels on Friday": a departure told with the meeting goes on from it;
    # one it was the purpose of, "left for Brussels to meet Y", placed it before)
    there = [j for j in there if not _departure_beside(j, meeting)]
    places = _most_specific({j.place for j in there})
    if len(places) != 1 or len({t for j in there for t in j.travellers} & set(core)) != 1:
        return
    if not in_building:
        meeting.location = places[0]
    traveller = next(t for j in there for t in j.travellers if t in core)
    if core.get(traveller) == HOST:
        for key, role in core_parties(meeting.parties).items():
            if role == VISITOR:
                meeting.parties[key] = HOST
    meeting.parties[traveller] = VISITOR


def _building_only(place: str) -> bool:
    """A place that is a building ("Parliament House", a listed venue such as "the Elysee Palace"): where in
    the city, not which city. A region the place table does not know ("Normandy") is no building."""
    words = place.lower().split()
    return is_listed_venue(place) or (place_iso3(place) is None and bool(words) and words[-1] in VENUE_HEADS)


def _before_departure(meeting: MeetingDraft) -> bool:
    """ "Park met X before his departure", "met X before leaving": the meeting was held before the traveller
    set off, not on the journey told beside it."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "before"
        and any(
            o.lemma_.lower() in DEPARTURE_NOUNS | JOURNEY_NOUNS
            or (o.dep_ == "pcomp" and o.lemma_.lower() in DEPARTURE_VERBS | TRAVEL_VERBS)
            for o in prep.children
        )
        for m in meeting.mentions
        # ("attended a summit of Gulf leaders before flying to Doha": or on the verb holding the noun)
        for holder in (m.trigger, *([m.trigger.head] if m.trigger.dep_ == "dobj" else []))
        for prep in holder.children
    )


def _journeys_there(
    meeting: MeetingDraft, journeys: list[Journey], travellers: set[str], nearest: int
) -> list[Journey]:
    """The journeys of ``travellers`` told within the window before the meeting's sentence, on the same
    trip and not set off before or after it."""
    first = meeting.first_sentence
    sequenced = _sequenced_tokens(meeting)
    return [
        j
        for j in journeys
        if set(j.travellers) & travellers
        and nearest
        <= first - j.sentence_index
        <= (LEAD_JOURNEY_WINDOW if j.sentence_index == 0 else JOURNEY_WINDOW)
        and _same_trip_status(j, meeting)
        and j.token not in sequenced
        and not _sets_off_after(j, meeting)
        and not _dated_apart(j, meeting)
    ]


def _dated_apart(journey: Journey, meeting: MeetingDraft) -> bool:
    """ "following Kishida's trip to Seoul in May. Kishida also met X on Thursday" (in July): a journey
    dated to another month, or days before a meeting than a trip lasts, is another trip."""
    made, met = journey.date, meeting.date
    if made is None or met is None or made.date is None or met.date is None:
        return False
    if made.precision == met.precision == "day":
        return (met.date - made.date).days > TRIP_DAYS
    return dates_conflict(made, met)


def follow_journey(meeting: MeetingDraft, journeys: list[Journey], actors: ArticleActors) -> None:
    """A visitor's meeting placed only by a country ("flying to Japan for talks") takes the city the same
    visitor travels to in that country ("will fly to Tokyo on Sunday"): the guideline wants the most
    specific place written. Undated, it takes the month of that journey's departure: the talks follow the
    arrival on a day the article does not give, so only the month is claimed."""
    if meeting.location is None or country_by_name(meeting.location) is None:
        return
    country = place_iso3(meeting.location)
    visitors = {k for k, r in meeting.parties.items() if r == VISITOR}
    there = [
        j
        for j in journeys
        if visitors & set(j.travellers)
        and country_by_name(j.place) is None
        and place_iso3(j.place) == country
    ]
    if len({j.place for j in there}) != 1:
        return
    meeting.location = there[0].place
    dated = [j.date for j in there if j.date is not None and j.date.date is not None]
    if (meeting.date is None or meeting.date.date is None) and dated and dated[0].date is not None:
        meeting.date = ResolvedDate(dated[0].date.replace(day=1), "month", None)


# Sentences after a news meeting placed by the text within which another meeting of one of its parties,
# left unplaced, is taken to be held in the same place ("X held talks with Y in Algiers. X was also received
# by Z"), and the days apart the two may be ("A day later, X met W").
SCENE_WINDOW = 3
SCENE_DAYS = 1


@dataclass(frozen=True, slots=True)
class Scene:
    """Where the text placed a news meeting of these parties, told in that sentence."""

    parties: frozenset[str]
    place: str
    sentence_index: int
    date: ResolvedDate | None
    planned: bool


def record_scene(meeting: MeetingDraft, scenes: list[Scene], filed_at: str | None) -> None:
    """Note the scene a placed, in-person news meeting sets: a city the text gives (not the dateline, where
    the report was filed, nor a building or a site the place table does not know, where only that meeting
    was held)."""
    place = meeting.location
    if place is None or place == filed_at or place_iso3(place) is None or _building_only(place):
        return
    if meeting.background or is_remote(meeting):
        return
    core = frozenset(core_parties(meeting.parties))
    scenes.append(Scene(core, place, meeting.first_sentence, meeting.date, meeting.status == PLANNED))


def place_in_scene(meeting: MeetingDraft, scenes: list[Scene], journeys: list[Journey]) -> None:
    """A news meeting its words leave unplaced, told just after one of one of its parties that the text
    placed, neither dated apart from it nor after a journey in between, was held in the same place: the same
    visit goes on ("met Y in Singapore on Sunday. On the same day, X also had a meeting with Z"), not where
    the report was filed (guideline, convention 4: the place follows from the stated trip)."""
    # ("received a phone call from X": a sentence telling a call places no one)
    told_as_call = any(t.lower_ in CALL_CONTEXT_WORDS for m in meeting.mentions for t in m.sentence)
    if meeting.location is not None or meeting.background or told_as_call or _sequenced(meeting):
        return  # (nor one told as before or after another: "a day after meeting X")
    core = set(core_parties(meeting.parties))
    for scene in reversed(scenes):
        # (in a later sentence: "met A in Bedminster, and B" may be two places in one)
        if (
            not (core & scene.parties)
            or not 0 < meeting.first_sentence - scene.sentence_index <= SCENE_WINDOW
        ):
            continue
        moved = any(
            set(j.travellers) & core and scene.sentence_index <= j.sentence_index <= meeting.first_sentence
            for j in journeys
        )
        if not moved and scene.planned == (meeting.status == PLANNED) and not _days_apart(scene, meeting):
            meeting.location = scene.place
        return


def _days_apart(scene: Scene, meeting: MeetingDraft) -> bool:
    """Dated more than :data:`SCENE_DAYS` apart, or in different months."""
    made, met = scene.date, meeting.date
    if made is None or met is None or made.date is None or met.date is None:
        return False
    if made.precision == met.precision == "day":
        return abs((met.date - made.date).days) > SCENE_DAYS
    return dates_conflict(made, met)
