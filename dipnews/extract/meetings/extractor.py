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

Everything here is a pure function of (Doc, ArticleMeta, ArticleActors).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from dipnews.extract.actors.countries import (
    country_by_capital,
    country_by_demonym,
    country_by_name,
    is_international_body,
    place_country,
)
from dipnews.extract.dates import (
    FUTURE,
    PAST,
    DateExpression,
    ResolvedDate,
    date_range,
    dates_compatible,
    find_date_expressions,
    names_previous_period,
    resolve_date,
    resolve_in_week,
    week_frame,
)
from dipnews.extract.lexicons import load_lexicon
from dipnews.extract.meetings.triggers import (
    Trigger,
    TriggerFinder,
    check_frames,
    repair_initial_plurals,
    trigger_patterns,
)
from dipnews.extract.quotes.speech import SPEECH_VERB_LEMMAS
from dipnews.model import ArticleActors, ArticleMeta, LocalMeeting, MeetingEvidence, Participant
from dipnews.nlp.parsing import SentenceIndex, doc_text

HOST, VISITOR, PARTICIPANT, ATTENDEE = "host", "visitor", "participant", "attendee"
OCCURRED, PLANNED = "occurred", "planned"

# ---------------------------------------------------------------------------------------------------
# Lexicon (spaCy lemmas, lower case)
# ---------------------------------------------------------------------------------------------------

MEETING_LEXICON = load_lexicon("meetings")
# Each group's reason is written beside it in dipnews/extract/lexicons/meetings.yaml.
VERB_TRIGGERS: Mapping[str, Mapping[str, Any]] = MEETING_LEXICON.table("verb_triggers")
VERB_PHRASES: Mapping[str, Mapping[str, Any]] = MEETING_LEXICON.table("verb_phrases")
NOUN_TRIGGERS: Mapping[str, Mapping[str, Any]] = MEETING_LEXICON.table("noun_triggers")
check_frames("verb_triggers", VERB_TRIGGERS, is_verb=True)
check_frames("verb_phrases", VERB_PHRASES, is_verb=True, phrase=True)
check_frames("noun_triggers", NOUN_TRIGGERS, is_verb=False)
# A multi-word verb ("sit down") has a frame of its own, looked up like a one-word verb's.
VERB_FRAMES: Mapping[str, Mapping[str, Any]] = {**VERB_TRIGGERS, **VERB_PHRASES}


def _requiring(triggers: Mapping[str, Mapping[str, Any]], requirement: str) -> frozenset[str]:
    return frozenset(word for word, entry in triggers.items() if requirement in entry.get("requires", ()))


VERBS_NEEDING_WITH = _requiring(VERB_FRAMES, "with")
VERBS_NEEDING_ACTOR_OBJECT = _requiring(VERB_FRAMES, "party_object")
VERBS_REFUSING_REQUESTS = _requiring(VERB_FRAMES, "no_request")
VERBS_NEEDING_WITH_PHRASE = _requiring(VERB_FRAMES, "with_phrase")
VERBS_WITH_TOPIC_OBJECT = _requiring(VERB_FRAMES, "topic_object")
NOUNS_NEEDING_WITH = _requiring(NOUN_TRIGGERS, "with")
NOUNS_NEEDING_PLURAL = _requiring(NOUN_TRIGGERS, "plural")
NOUNS_NEEDING_MEANS = _requiring(NOUN_TRIGGERS, "means")
CALL_MODIFIERS = MEETING_LEXICON.words("call_modifiers")
ONE_PARTY_EVENT_MODIFIERS = MEETING_LEXICON.words("one_party_event_modifiers")
JOINT_MODIFIERS = MEETING_LEXICON.words("joint_modifiers")
CALL_CONTEXT_WORDS = MEETING_LEXICON.words("call_context_words")
NON_PARTY_OBJECTS = MEETING_LEXICON.words("non_party_objects")
RECEPTION_NOUNS = MEETING_LEXICON.words("reception_nouns")
REFUSAL_LEMMAS = MEETING_LEXICON.words("refusal_verbs")
WISH_LEMMAS = MEETING_LEXICON.words("wish_words")
PLAN_LEMMAS = MEETING_LEXICON.words("plan_words")
PLANNED_NOUN_MODIFIERS = MEETING_LEXICON.words("planned_noun_modifiers")
PLANNING_NOUNS = MEETING_LEXICON.words("planning_nouns")
SPECULATIVE_MODALS = MEETING_LEXICON.words("speculative_modals")
CAPITAL_SUCCESSORS: Mapping[str, str] = MEETING_LEXICON.table("capital_successors")
INVITATION_NOUNS = MEETING_LEXICON.words("invitation_nouns")
RECEIVING_VERBS = MEETING_LEXICON.words("receiving_verbs")
SERIES_NOUNS = MEETING_LEXICON.words("series_nouns")
ADDITIVE_ADVERBS = MEETING_LEXICON.words("additive_adverbs")
ONGOING_WORDS = MEETING_LEXICON.words("ongoing_words")
SENDING_VERBS = MEETING_LEXICON.words("sending_verbs")
ADDRESSING_VERBS = MEETING_LEXICON.words("addressing_verbs")
ATTENDING_VERBS = MEETING_LEXICON.words("attending_verbs")
TOPIC_PREPOSITIONS = MEETING_LEXICON.words("topic_prepositions")
OCCURRENCE_VERBS = MEETING_LEXICON.words("occurrence_verbs")
OBJECT_CONTROL_VERBS = MEETING_LEXICON.words("object_control_verbs")
OCCASION_NOUNS = MEETING_LEXICON.words("occasion_nouns")
SEQUENCE_ADVERBS = MEETING_LEXICON.words("sequence_adverbs")
VISITING_MODIFIERS = MEETING_LEXICON.words("visiting_modifiers")
# Future auxiliaries. "would" also reports a future in the past ("said he would meet X"); with a
# condition clause ("if ...") it is hypothetical and the mention is skipped.
FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "would", "wo"})
CONDITION_MARKERS = frozenset({"if", "unless", "whether"})
BACKGROUND_ADVERBS = MEETING_LEXICON.words("background_adverbs")
BACKGROUND_NOUNS = MEETING_LEXICON.words("background_nouns")
LIGHT_VERBS = MEETING_LEXICON.words("light_verbs")
PRESENCE_PREPOSITIONS = MEETING_LEXICON.words("presence_prepositions")
MEANS_PREPOSITIONS = MEETING_LEXICON.words("means_prepositions")
POST_PREPOSITIONS = MEETING_LEXICON.words("post_prepositions")
SEQUENCE_PREPOSITIONS = MEETING_LEXICON.words("sequence_prepositions")
PRESS_SPEAKING_VERBS = MEETING_LEXICON.words("press_speaking_verbs")
ATTENDANCE_VERBS = MEETING_LEXICON.words("attendance_verbs")
HOSPITALITY_NOUNS = MEETING_LEXICON.words("hospitality_nouns")
VISIT_CALL_VERBS = MEETING_LEXICON.words("visit_call_verbs")
JOURNEY_NOUNS = MEETING_LEXICON.words("journey_nouns")
EXTENT_NOUNS = MEETING_LEXICON.words("extent_nouns")
CROWD_NOUNS = MEETING_LEXICON.words("crowd_nouns")
SEATS_OF_GOVERNMENT = MEETING_LEXICON.table("seats_of_government")
PARTY_NOUNS = MEETING_LEXICON.words("party_nouns")
GROUP_NOUNS = MEETING_LEXICON.words("group_nouns")
LEADER_GROUP_NOUNS = MEETING_LEXICON.words("leader_group_nouns")
HEAD_TITLES = MEETING_LEXICON.words("head_titles")
BODY_MEMBERS = MEETING_LEXICON.table("body_members")
DELEGATION_NOUNS = MEETING_LEXICON.words("delegation_nouns")
DELEGATION_LEADING_VERBS = MEETING_LEXICON.words("delegation_leading_verbs")
TRAVEL_VERBS = MEETING_LEXICON.words("travel_verbs")
DEPARTURE_VERBS = MEETING_LEXICON.words("departure_verbs")
HABITUAL_ADVERBS = MEETING_LEXICON.words("habitual_adverbs")
ARRIVAL_VERBS = MEETING_LEXICON.words("arrival_verbs")
# Prepositions that make a meeting the occasion of the clause it hangs on ("signed a deal during the visit").
OCCASION_PREPOSITIONS = frozenset({"during", "at", "after", "following", "before", "amid"})

# Subject pronouns by which a speaker reports its own doings ("the firm said it has had talks").
SELF_REPORT_PRONOUNS = frozenset({"it", "he", "she", "they"})
# Plural pronouns that refer back to a group of parties named just before ("As they met in Ottawa").
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "both"})
GROUP_NUMBERS = {"two": 2, "three": 3, "four": 4, "both": 2}
# Dependencies of a phrase that can name a group ("X and Y met", "talks with X and Y").
GROUP_PHRASE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos"})
# What follows a dateline's place: "WASHINGTON (AP) —", "MOSCOW -".
DATELINE_MARKS = frozenset({"(", "—", "--", "-", "AP", "Reuters"})
# Sentences back an anaphor may look for its group; a numbered one ("the two leaders") says exactly how
# many parties it wants, so it may look further back without much risk.
ANAPHOR_WINDOW = 2
NUMBERED_ANAPHOR_WINDOW = 4
SAME_DAY_REPORT_VERBS = MEETING_LEXICON.words("same_day_report_verbs")
# Part-of-day expressions without "this"/"today": they continue the day the article is talking about
# ("President X spent Thursday ... The president held a meeting in the morning").
DAY_PART_EXPRESSIONS = frozenset({"in the morning", "in the afternoon", "in the evening"})
# Dependencies of a trigger noun's reduced relative clause or adjective ("a summit due in Riyadh late this
# year", "talks held in Geneva", "a meeting scheduled for May"): the clause describes the meeting itself,
# so the time and place phrases hanging from it are the meeting's own.
DESCRIBING_MODIFIER_DEPS = frozenset({"amod", "acl"})
SEQUENCE_WORDS = MEETING_LEXICON.words("sequence_words")
# spaCy entity labels that can be a meeting place.
PLACE_ENTITY_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Meetings older than this many days before publication are history, not news.
BACKGROUND_AGE_DAYS = 7

# Confidence: a heuristic score, not a calibrated probability. The base reflects how the parties were
# found in the strongest mention; more reporting sentences and explicit roles raise it.
CONFIDENCE_BASE = {"verb": 0.85, "noun": 0.75, "compound": 0.7}
CONFIDENCE_PER_EXTRA_EVIDENCE = 0.03
CONFIDENCE_EVIDENCE_CAP = 0.09
CONFIDENCE_ROLE_BONUS = 0.05  # host/visitor known from the text, not guessed
CONFIDENCE_COUNTRY_PARTY_PENALTY = 0.1  # a party is a whole country rather than a person


def _dates_conflict(a: ResolvedDate | None, b: ResolvedDate | None) -> bool:
    if a is None or b is None or a.date is None or b.date is None:
        return False
    return not dates_compatible(a.date, a.precision, b.date, b.precision)


# ---------------------------------------------------------------------------------------------------
# Mentions
# ---------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Mention:
    sentence_index: int
    sentence: Span
    trigger: Token
    trigger_text: str
    meeting_type: str
    kind: str  # "verb", "noun" or "compound": how the parties were found
    parties: dict[str, str] = field(default_factory=dict)  # local_key -> role
    attendees: list[str] = field(default_factory=list)
    status: str | None = None  # None when the wording does not say
    background: bool = False
    date: ResolvedDate | None = None
    location: str | None = None
    definite: bool = False  # "the meeting": may refer back to a meeting already reported


@dataclass(slots=True)
class _Meeting:
    mentions: list[_Mention]
    parties: dict[str, str]
    attendees: list[str]
    status: str | None
    background: bool
    date: ResolvedDate | None
    location: str | None

    @property
    def first_sentence(self) -> int:
        return min(m.sentence_index for m in self.mentions)


def _strip_trailing_space(sentence: Span) -> tuple[int, int]:
    text = sentence.text
    return sentence.start_char, sentence.start_char + len(text.rstrip())


_FINDER: list[TriggerFinder] = []


def _trigger_finder(vocab: Vocab) -> TriggerFinder:
    """The lexicon's trigger Matcher for this vocabulary, built once per loaded pipeline."""
    if not _FINDER or _FINDER[0].matcher.vocab is not vocab:
        patterns = trigger_patterns(VERB_TRIGGERS, NOUN_TRIGGERS, VERB_PHRASES)
        _FINDER[:] = [TriggerFinder(vocab, patterns)]
    return _FINDER[0]


def _conjuncts(token: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("X, Y and Z"), including a name the parser
    coordinated with X's description ("X, the secretary general of the union, and Y")."""
    # a conjunct marked possessive ("X and South Korea's President Y") owns the next phrase; it is no party
    found = [token, *[t for t in token.conjuncts if t.i > token.i and not _children(t, ("case",))]]
    for description in (c for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN"):
        found.extend(t for t in description.conjuncts if t.i > description.i and t.pos_ == "PROPN")
    return found


def _children(token: Token, deps: Iterable[str]) -> list[Token]:
    wanted = set(deps)
    return [child for child in token.children if child.dep_ in wanted]


def _prep_objects(token: Token, prepositions: Iterable[str]) -> list[Token]:
    """Objects of the token's prepositions in the list, with their conjuncts."""
    wanted = set(prepositions)
    found: list[Token] = []
    for prep in token.children:
        if prep.dep_ in ("prep", "agent", "dative") and prep.lower_ in wanted:
            # "to A and to B": a coordinated preposition repeats the first
            for each in [prep, *(c for c in prep.conjuncts if c.lower_ == prep.lower_)]:
                objects = [obj for obj in each.children if obj.dep_ == "pobj"] or _stranded_object(each)
                for obj in objects:
                    found.extend(_conjuncts(obj))
    return found


def _stranded_object(prep: Token) -> list[Token]:
    """A preposition the parser left without object because it read the noun phrase after it as the
    subject of a following participle ("met with officials of the countries visited"): that phrase."""
    for pcomp in (child for child in prep.children if child.dep_ == "pcomp"):
        # "met with visiting X": the parser reads the participle as a verb taking X as its object
        if _prenominal_visiting(pcomp):
            return _children(pcomp, ("dobj",))
        # "met with Speaker X, a Democrat, to discuss": or X as the subject of the purpose clause (below)
    following = prep.doc[prep.i + 1 : prep.i + 6]
    for token in following:
        if (
            token.dep_ in ("nsubj", "nsubjpass")
            and token.left_edge.i == prep.i + 1
            and token.head.i > token.i
        ):
            return [token]
    return []


@dataclass(slots=True)
class _ArticleParties(ArticleActors):
    """The actors extractor's index plus the plural phrases this module resolved to groups of actors
    ("the two men", "they"): token index -> actor keys."""

    groups: dict[int, list[str]] = field(default_factory=dict)


def _actor_keys(token: Token, actors: ArticleActors) -> list[str]:
    """Actors a noun phrase (given by its head) refers to, each under its canonical key."""
    if isinstance(actors, _ArticleParties) and token.i in actors.groups:
        return list(actors.groups[token.i])
    keys = [_canonical_key(key, actors) for key in _phrase_actor_keys(token, actors)]
    if token.lemma_.lower() in LEADER_GROUP_NOUNS and token.pos_ == "NOUN":
        # "the leaders of the United States and Canada": each country's leader, when the article names one
        keys = [_leader_of(key, actors) or key for key in keys]
    return list(dict.fromkeys(keys))


def _described_person(token: Token, actors: ArticleActors) -> str | None:
    """ "the Saudi leader", "the Japanese minister": the one person of the modifier's country whose title
    has the head noun (any head-of-state title for "leader"), when the article has exactly one."""
    if token.tag_ != "NN" or token.lemma_.lower() not in PARTY_NOUNS:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    countries = {
        actor.country_iso3
        for child in token.children
        if child.dep_ in ("amod", "compound")
        for mention in actors.mentions_in(child.idx, child.idx + len(child.text))
        if (actor := actors.actor(mention.local_key)) is not None and actor.actor_type == "country"
    }
    if not countries:
        # a nationality adjective the actors extractor left unmarked ("the Saudi leader")
        countries = {
            iso3
            for child in token.children
            if child.dep_ in ("amod", "compound") and (iso3 := country_by_demonym(child.text)) is not None
        }
    if len(countries) != 1:
        return None
    head = token.lemma_.lower()
    found = [
        actor.local_key
        for actor in actors.actors
        if actor.actor_type == "person"
        and actor.country_iso3 in countries
        and any(
            head in title.split() or (head == "leader" and title in HEAD_TITLES) for title in actor.titles
        )
    ]
    if not found:
        return _salient_compatriot(token, countries, actors)
    if len(found) == 1:
        return found[0]
    # Several fit ("the Saudi leader" in a story that also recalls two earlier kings): a definite
    # description refers to the most salient one, the candidate named last before it.
    last_seen = {
        key: max((m.char_start for m in actors.mentions if m.local_key == key and m.char_start < token.idx),
                 default=-1)
        for key in found
    }  # fmt: skip
    best = max(found, key=lambda key: last_seen[key])
    return best if last_seen[best] >= 0 else None


def _salient_compatriot(token: Token, countries: set[str | None], actors: ArticleActors) -> str | None:
    """ "X traveled to Riyadh. On Monday, the top U.S. diplomat met ...": a definite description whose
    head no title names refers to the subject of the sentence before (centering), when that subject is a
    person of the description's country."""
    sentence = token.sent
    if sentence.start == 0:
        return None
    previous = token.doc[sentence.start - 1].sent
    subjects = {
        mention.local_key
        for mention in actors.mentions_in(previous.start_char, previous.end_char)
        if (span := token.doc.char_span(mention.char_start, mention.char_end, alignment_mode="expand"))
        is not None
        and span.root.dep_ in ("nsubj", "nsubjpass")
        and (actor := actors.actor(mention.local_key)) is not None
        and actor.actor_type == "person"
        and actor.country_iso3 in countries
    }
    return next(iter(subjects)) if len(subjects) == 1 else None


def _canonical_key(key: str, actors: ArticleActors) -> str:
    """A one-word actor that is the surname or alias of exactly one fuller-named person ("Sanders" beside
    "Bernie Sanders", a sentence-initial surname taken for an organisation) is that person."""
    actor = actors.actor(key)
    if actor is None or len(actor.name.split()) != 1 or actor.actor_type == "country":
        return key
    word = actor.name
    fuller = [
        other.local_key
        for other in actors.actors
        if other.local_key != key
        and other.actor_type == "person"
        and len(other.name.split()) > 1
        and (other.name.split()[-1] == word or word in other.aliases)
    ]
    return fuller[0] if len(fuller) == 1 else key


def _leader_of(key: str, actors: ArticleActors) -> str | None:
    """The one person of a country actor's country who holds a head-of-state/government title."""
    actor = actors.actor(key)
    if actor is None or actor.actor_type != "country":
        return None
    leaders = [
        other.local_key
        for other in actors.actors
        if other.actor_type == "person"
        and other.country_iso3 == actor.country_iso3
        and any(title in HEAD_TITLES for title in other.titles)
    ]
    return leaders[0] if len(leaders) == 1 else None


def _phrase_actor_keys(token: Token, actors: ArticleActors) -> list[str]:
    """Actors a noun phrase (given by its head) refers to, as the actors extractor keyed them.

    The mention that covers the head wins ("Russia's Defence Minister Sergei Shoigu" is Shoigu, not
    Russia). A common-noun head not covered by any mention ("Chinese officials", "officials of the
    Japanese ministry") stands for the actors among its modifiers: the delegation acts for them.
    """
    if token.lemma_.lower() in CROWD_NOUNS:
        return []  # "thousands of Germans": some of a people, not a party
    # The phrase from its left edge to the head: right-hand modifiers ("X in Moscow", "X and Y") are
    # other phrases.
    found = actors.mentions_in(token.left_edge.idx, token.idx + len(token.text))
    covering = [m for m in found if m.char_start <= token.idx < m.char_end]
    if covering:
        best = max(covering, key=lambda m: m.char_end - m.char_start)
        # "the IMF and World Bank": the parser may make the first conjunct a modifier of the last
        coordinated = [
            k
            for c in _modifier_chain(token)
            if any(g.dep_ == "cc" for g in c.children)
            for k in _actor_keys(c, actors)
            if k != best.local_key
        ]
        return [*coordinated, best.local_key]
    if token.pos_ == "PROPN" and (
        named := _appositive_names(token, actors) or _name_after_post(token, actors)
    ):
        return named  # "Kenya's President, William Ruto": the name, not the possessor country
    if token.pos_ == "PROPN" or token.tag_ in ("NNPS", "NNS"):
        people = _people_of_country(token, actors)
        if people:
            return people
    if token.pos_ == "PROPN":
        if found:
            return [found[-1].local_key]
        by_name = _actor_by_surname(token, actors)
        return [by_name] if by_name else []
    if token.pos_ == "PRON":
        if not found and token.dep_ == "poss" and token.lower_ in ("his", "her"):
            return _possessive_owner(token, actors)
        if not found and token.tag_ in ("WP", "WDT") and token.head.dep_ == "relcl":
            # "ministers, who will hold talks": a relative pronoun is the noun its clause describes
            return _actor_keys(token.head.head, actors)
        return [found[-1].local_key] if found else _speaker_of_report(token, actors)
    described = _described_person(token, actors)
    if described is not None:
        return [described]
    leaders = _delegation_leaders(token, actors)
    if leaders:
        return leaders
    named = _appositive_names(token, actors)
    if named:
        return named
    keys: list[str] = []
    for child in token.children:
        if child.dep_ in ("amod", "compound", "poss", "nmod"):
            # the modifier's whole subtree: "U.S. and Japanese negotiators" coordinates inside it
            right = child.right_edge if child.right_edge.i < token.i else child
            for mention in actors.mentions_in(child.left_edge.idx, right.idx + len(right.text)):
                actor = actors.actor(mention.local_key)
                if token.tag_ == "NNS" and actor is not None and actor.actor_type == "person":
                    continue  # "Trump aides", "Obama's advisers": a person's staff are not the person
                keys.append(mention.local_key)
    for obj in _prep_objects(token, ("of", "from")):
        keys.extend(
            k
            for k in _actor_keys(obj, actors)
            if not (token.tag_ == "NNS" and (a := actors.actor(k)) is not None and a.actor_type == "person")
        )
    lemma = token.lemma_.lower()
    if not keys and ((token.tag_ == "NNS" and lemma in GROUP_NOUNS) or lemma in DELEGATION_NOUNS):
        keys = _delegation_country(token, actors)
    return list(dict.fromkeys(keys))


def _modifier_chain(token: Token) -> list[Token]:
    """The nominal modifiers left of a head, and theirs in turn: "Secretary of State Lena Voss and Defense
    Secretary Tom Hale" may parse as one phrase headed by "Hale", with "Voss" a modifier of "Secretary"."""
    found: list[Token] = []
    for child in token.lefts:
        if child.dep_ in ("nmod", "compound"):
            found.extend([child, *_modifier_chain(child)])
    return found


def _delegation_leaders(token: Token, actors: ArticleActors) -> list[str]:
    """ "hosted a delegation led by Senator X", "a team including A and B": the named members stand for
    the delegation, the party the meeting is with."""
    if token.lemma_.lower() not in DELEGATION_NOUNS or token.pos_ != "NOUN":
        return []
    keys: list[str] = []
    for verb in _children(token, ("acl",)):
        if verb.lemma_.lower() not in DELEGATION_LEADING_VERBS:
            continue
        named = _prep_objects(verb, ("by",)) + _children(verb, ("dobj",))
        keys.extend(k for n in named for c in _conjuncts(n) for k in _actor_keys(c, actors))
    members = _prep_objects(token, ("including",))  # the parser often reads "including" as a preposition
    keys.extend(k for n in members for c in _conjuncts(n) for k in _actor_keys(c, actors))
    return list(dict.fromkeys(keys))


def _possessive_owner(pronoun: Token, actors: ArticleActors) -> list[str]:
    """ "X was reacting ... following his talks with Y": "his" is the person the clause is about, its
    subject, else the last person named before it in the sentence."""
    verb = pronoun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    subjects = [k for s in _subjects(verb)[0] if s.pos_ != "PRON" for k in _actor_keys(s, actors)]
    # "after her talks with X, she and X ...": the one the talks were with is not their owner
    counterparts = {k for o in _prep_objects(pronoun.head, ("with",)) for k in _actor_keys(o, actors)}
    persons = [k for k in subjects if _is_person(k, actors) and k not in counterparts]
    if len(persons) == 1:
        return persons
    before = [
        m.local_key
        for m in actors.mentions_in(pronoun.sent.start_char, pronoun.idx)
        if (a := actors.actor(m.local_key)) is not None and a.actor_type == "person"
    ]
    return [_canonical_key(before[-1], actors)] if before else []


def _people_of_country(token: Token, actors: ArticleActors) -> list[str]:
    """ "the Nigerians will go on to Paris for talks", "the Soviets": a people named by its plural stands
    for its country's side, when the article has that country as an actor."""
    if not token.text.endswith("s") or any(c.dep_ in ("amod", "compound") for c in token.children):
        return []
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return []  # "greeted by thousands of Germans": some of a people, not its side
    iso3 = country_by_demonym(token.text)
    if iso3 is None or country_by_demonym(token.text[:-1]) != iso3:
        return []  # a plural of a demonym ("Nigerians"), not a singular that ends in s ("Swiss")
    return [a.local_key for a in actors.actors if a.actor_type == "country" and a.country_iso3 == iso3][:1]


def _misread_place(key: str, token: Token, actors: ArticleActors) -> bool:
    """A place visited that the actors extractor took for a one-word person ("visited Wilmington"): a
    known place name, with no title and no fuller name in the article, is the destination, not a party."""
    actor = actors.actor(key)
    return (
        actor is not None
        and actor.actor_type == "person"
        and len(actor.name.split()) == 1
        and not actor.titles
        and _place_text(token) is not None
    )


def _appositive_names(token: Token, actors: ArticleActors) -> list[str]:
    """A description followed by the name it describes ("her Indian counterpart Raj Mehta", "the envoy,
    Tom Hale"): the appositive name is the party, not the possessor or the country in the description."""
    keys: list[str] = []
    appositives = _children(token, ("appos",))
    if not appositives and token.dep_ == "conj":
        # "X and her counterpart Y held talks": the parser may hang Y on the first conjunct; a name right
        # after the description is still the description's
        appositives = [a for a in _children(token.head, ("appos",)) if a.left_edge.i == token.i + 1]
    for appositive in appositives:
        if appositive.pos_ == "PROPN":
            for named in _conjuncts(appositive):  # "his counterpart X, minister Y and governor Z"
                keys.extend(_phrase_actor_keys(named, actors))
    return list(dict.fromkeys(keys))


def _name_after_post(title: Token, actors: ArticleActors) -> list[str]:
    """ "talks with Turkish Ambassador to Athens Nazmi Akiman": a title, the place of the post, then the
    name; the parser may end the phrase at the title and hang "to Athens Nazmi Akiman" elsewhere."""
    doc = title.doc
    if title.i + 2 >= len(doc) or doc[title.i + 1].lower_ not in POST_PREPOSITIONS:
        return []
    for token in doc[title.i + 2 : title.i + 7]:
        if token.is_space:
            continue
        starting = [m.local_key for m in actors.mentions_in(token.idx, token.idx + len(token.text))
                    if m.char_start == token.idx]  # fmt: skip
        persons = [k for k in starting if _is_person(k, actors)]
        if persons or token.pos_ != "PROPN":
            return persons[:1]
    return []


def _delegation_country(group: Token, actors: ArticleActors) -> list[str]:
    """Office holders named only as a country's definite group ("their British counterparts", "his
    ministers" beside King X): a government's officials act for their country, so the country actor is the
    party.
    The country is the nationality adjective's, else that of the person a possessive pronoun points back
    to (the last person named earlier in the sentence)."""
    definite = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in group.children)
    if not definite and group.lemma_.lower() not in DELEGATION_NOUNS:
        # "senior Nigerian officials" is some officials, not the country's side of a meeting; "a Zambian
        # delegation" is sent by its country
        return []
    codes: set[str] = set()
    for child in group.children:
        if child.dep_ == "amod" and (iso3 := country_by_demonym(child.text)) is not None:
            codes.add(iso3)
        if child.dep_ == "poss" and child.pos_ == "PRON" and child.lower_ in ("his", "her"):
            before = [
                m
                for m in actors.mentions_in(group.sent.start_char, child.idx)
                if (a := actors.actor(m.local_key)) is not None and a.actor_type == "person"
            ]
            if before and (iso3 := _country_of(before[-1].local_key, actors)[0]) is not None:
                codes.add(iso3)
    if len(codes) != 1:
        return []
    return [a.local_key for a in actors.actors if a.actor_type == "country" and a.country_iso3 in codes][:1]


def _speaker_of_report(pronoun: Token, actors: ArticleActors) -> list[str]:
    """ "X said it has had talks with Y": the subject pronoun of a reported clause that the actors left
    unresolved is the reporter itself, the one party a speaker reports about in the third person."""
    if pronoun.lower_ not in SELF_REPORT_PRONOUNS or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return []
    clause = pronoun.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SPEECH_VERB_LEMMAS:
        return []
    speakers = [
        k for s in _children(clause.head, ("nsubj",)) if s.pos_ != "PRON" for k in _actor_keys(s, actors)
    ]
    return speakers if len(speakers) == 1 else []


def _anaphor_size(token: Token) -> int | None:
    """How many parties a plural anaphor refers to (0: any number), or None if it is no anaphor.

    "they"/"them", "both" as a subject, and a definite plural group noun without actors of its own
    ("the two men", "the leaders", "both sides") point back to a group named before.
    """
    if token.pos_ == "PRON" and token.lower_ in PLURAL_PRONOUNS:
        return GROUP_NUMBERS.get(token.lower_, 0)
    if token.tag_ != "NNS" or token.lemma_.lower() not in GROUP_NOUNS:
        return None
    if _prep_objects(token, ("of", "from")):
        return None
    determiners = [c.lower_ for c in token.children if c.dep_ in ("det", "nummod", "predet")]
    numbers = [GROUP_NUMBERS[d] for d in determiners if d in GROUP_NUMBERS]
    if numbers:
        return numbers[0]
    return 0 if "the" in determiners else None


def _titled_pair(noun: Token, keys: list[str], actors: ArticleActors) -> bool:
    """ "X hosted his counterpart Y. The ministers also met Z": a definite plural of an office both persons
    of a sentence hold (or "the leaders") is the pair, though they were never coordinated in one phrase."""
    if noun.pos_ != "NOUN" or len(keys) != 2:
        return False
    lemma = noun.lemma_.lower()
    if lemma == "leader":
        return True
    # a person with no title known may hold it ("his Iranian counterpart Y"); a different office may not
    holders = [
        not actor.titles or any(lemma in title.split() for title in actor.titles)
        for key in keys
        if (actor := actors.actor(key)) is not None
    ]
    titled = [actor for key in keys if (actor := actors.actor(key)) is not None and actor.titles]
    return len(holders) == 2 and all(holders) and bool(titled)


def _find_groups(sentences: list[Span], actors: ArticleActors) -> dict[int, list[str]]:
    """Resolve plural anaphors to the group of two or more actors most recently named as one phrase
    ("Obama and Sanders ... the two men talked"; "The leaders of X, Y and Z ... As they met")."""
    groups: dict[int, list[str]] = {}
    recent: list[tuple[int, int, list[str]]] = []  # (sentence index, token index, actor keys)
    # persons named in one sentence, for a numbered anaphor ("the two presidents") of a pair never
    # coordinated in one phrase ("X arrived ... and was received by Y")
    sentence_persons: list[tuple[int, int, list[str]]] = []
    inside_group: set[int] = set()  # tokens of a group phrase already taken ("the leaders of X, Y and Z")
    for index, sentence in enumerate(sentences):
        for token in sentence:
            if token.dep_ == "conj" or token.i in inside_group:
                continue
            size = _anaphor_size(token)
            if size is not None:
                own = [] if token.pos_ == "PRON" else _actor_keys(token, actors)
                if len(own) < 2:
                    # only a numbered noun ("the two presidents") is explicit enough for a sentence's persons
                    numbered_noun = size > 0 and token.pos_ == "NOUN"
                    persons_pool = (
                        sentence_persons
                        if numbered_noun
                        else [g for g in sentence_persons if _titled_pair(token, g[2], actors)]
                    )
                    pools = sorted(recent + persons_pool, key=lambda g: g[1])
                    for group_sentence, group_token, keys in reversed(pools):
                        if group_token >= token.i:
                            continue
                        if index - group_sentence > (NUMBERED_ANAPHOR_WINDOW if size else ANAPHOR_WINDOW):
                            break
                        if size in (0, len(keys)):
                            groups[token.i] = keys
                            break
                    if numbered_noun and token.i not in groups and token.lemma_.lower() in PARTY_NOUNS:
                        # "X will raise it with Y when the two leaders meet": the pair named just before
                        # (persons by name: "the two sides" may be countries, "his" no new party)
                        earlier = _persons_between(sentence.start_char, token.idx, actors, named_only=True)
                        if len(earlier) == size:
                            groups[token.i] = earlier
                    continue
            if token.pos_ in ("NOUN", "PROPN") and token.dep_ in GROUP_PHRASE_DEPS:
                keys = list(dict.fromkeys(k for c in _conjuncts(token) for k in _actor_keys(c, actors)))
                if len(keys) >= 2:
                    recent.append((index, token.i, keys))
                    inside_group.update(t.i for t in token.subtree)
        persons = _persons_between(sentence.start_char, sentence.end_char, actors)
        if len(persons) >= 2:
            sentence_persons.append((index, sentence.end - 1, persons))
    return groups


def _persons_between(start: int, end: int, actors: ArticleActors, named_only: bool = False) -> list[str]:
    """The persons mentioned in a stretch of text, each once, in order (by name only, if asked)."""
    mentions = [
        m for m in actors.mentions_in(start, end) if not named_only or m.mention_kind in ("name", "alias")
    ]
    return [
        key
        for key in dict.fromkeys(_canonical_key(m.local_key, actors) for m in mentions)
        if (actor := actors.actor(key)) is not None and actor.actor_type == "person"
    ]


def _actor_by_surname(token: Token, actors: ArticleActors) -> str | None:
    """A bare proper name that the actors extractor did not mark ("the Xi-Putin summit"): the one
    person actor whose name ends with it or has it as an alias."""
    word = token.text
    matches = [
        actor.local_key
        for actor in actors.actors
        if actor.actor_type == "person"
        and (actor.name.split()[-1] == word or word in actor.aliases or actor.name == word)
    ]
    return matches[0] if len(matches) == 1 else None


def _is_dateline(token: Token) -> bool:
    """A wire dateline parsed as a subject: "WASHINGTON (AP) — X and Y pledged"."""
    if token.i != token.sent.start:
        return False
    return any(c.dep_ in ("punct", "appos") and c.text in DATELINE_MARKS for c in token.children)


def _with_misparsed_conjuncts(head: Token) -> list[Token]:
    """The head and its conjuncts, plus a coordinated name the parser hung inside the phrase as a
    modifier ("Donald Trump and House Speaker Paul Ryan" parsed as "[Trump and House] Speaker Ryan")."""
    found = _conjuncts(head)
    for left in head.lefts:
        for token in left.subtree:
            if (
                token.dep_ in ("nmod", "compound", "appos")
                and token.pos_ == "PROPN"
                and any(c.dep_ == "cc" for c in token.children)
            ):
                found.append(token)
    return found


def _dangling_conjuncts(head: Token) -> list[Token]:
    """The phrase after an "and" the parser left without its conjunct ("between X and U.S. Secretary
    of State Y" read with Y as the sentence's subject): the widest phrase that starts right after it."""
    found: list[Token] = []
    for cc in head.children:
        if cc.dep_ != "cc" or any(c.dep_ == "conj" for c in head.children):
            continue
        starts = [t for t in head.doc[cc.i + 1 : cc.i + 12] if t.left_edge.i == cc.i + 1]
        if starts:
            found.append(max(starts, key=lambda t: t.right_edge.i))
    return found


def _object_controller(verb: Token) -> Token | None:
    """The object that is the subject of an infinitive ("invited X to visit", "asked X to meet"): with
    verbs of object control the one invited, not the one inviting, does what the infinitive says."""
    sent = verb.dep_ == "advcl" and verb.head.lemma_.lower() in SENDING_VERBS  # "sent X to Beirut to meet Y"
    if not sent and (verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in OBJECT_CONTROL_VERBS):
        return None
    objects = _children(verb.head, ("dobj",))
    return objects[0] if objects else None


def _add_inviters(
    parties: dict[str, str], trigger: Token, objects: list[Token], actors: ArticleActors
) -> None:
    """ "X invited Y to visit (Nairobi)": the one inviting receives the visitor; the place is not a party."""
    if _object_controller(trigger) is None or trigger.head.lemma_.lower() != "invite":
        return
    inviters = [k for s in _subjects(trigger.head)[0] for k in _actor_keys(s, actors)]
    if not inviters:
        return
    for key in [k for o in objects for c in _conjuncts(o) if _place_text(c) for k in _actor_keys(c, actors)]:
        parties.pop(key, None)
    _add(parties, inviters, HOST)


def _invitation_hosts(tokens: Iterable[Token | None], actors: ArticleActors) -> list[str]:
    """ "visited Germany at the invitation of Chancellor X", "at X's invitation": the one who invited
    receives the visitor (convention 7: hosting stated)."""
    keys: list[str] = []
    for token in tokens:
        if token is None:
            continue
        for invitation in _prep_objects(token, ("at", "on", "upon")):
            if invitation.lemma_.lower() not in INVITATION_NOUNS:
                continue
            inviters = _children(invitation, ("poss",)) + _prep_objects(invitation, ("of",))
            keys.extend(k for i in inviters for c in _conjuncts(i) for k in _actor_keys(c, actors))
    return list(dict.fromkeys(keys))


def _add_invitation_hosts(parties: dict[str, str], inviters: list[str], actors: ArticleActors) -> None:
    """The inviter (or the one the visit is to discuss things with) hosts; the country travelled to was
    then only the destination (convention 1)."""
    if not inviters:
        return
    for key in [k for k, r in parties.items() if r == HOST and k not in inviters]:
        if _country_of(key, actors)[1]:
            del parties[key]
    _add(parties, inviters, HOST)


def _subjects(verb: Token) -> tuple[list[Token], bool]:
    """The subject heads of a verb (with conjuncts), climbing to a controlling verb when the verb has
    none of its own ("agreed to meet", "met X and hailed"). Returns (heads, passive)."""
    current: Token | None = verb
    for _ in range(4):
        if current is None:
            break
        active = [s for s in _children(current, ("nsubj",)) if not _is_dateline(s)]
        if active:
            return [t for s in active for t in _with_misparsed_conjuncts(s)], False
        passive = _children(current, ("nsubjpass",))
        if passive:
            return [t for s in passive for t in _with_misparsed_conjuncts(s)], current == verb
        controller = _object_controller(current)
        if controller is not None:
            return _conjuncts(controller), False
        if current.dep_ == "acl" and current.tag_ == "VBG" and current.head.dep_ in ("nsubj", "nsubjpass"):
            # "X, meeting Y for the first time, said ...": a participle set beside the subject describes it
            return _conjuncts(current.head), False
        if (
            current.dep_ == "acl"
            and current.head.dep_ in ("dobj", "pobj")
            and current.head.head != current.head
        ):
            # "accepted an invitation to visit X": the clause of a noun shares the subject of its verb
            current = current.head.head if current.head.dep_ == "dobj" else current.head.head.head
            continue
        if current.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acomp", "ccomp") and current.head != current:
            clause_dep = current.dep_
            current = current.head
            if clause_dep == "pcomp" and current.pos_ == "ADP" and current.head != current:
                # "X will fly on Sunday after having completed a trip": a clause governed by a preposition
                # shares the subject of the verb the preposition hangs from
                current = current.head
                if current.dep_ == "pobj" and current.head.head.pos_ in ("VERB", "AUX"):
                    # "at a news conference after meeting X, Y said": through the noun it qualifies
                    current = current.head.head
            if current.pos_ not in ("VERB", "AUX", "ADJ"):
                break
        else:
            break
    return [], False


def _governing_verb(noun: Token) -> tuple[Token | None, str]:
    """The verb a trigger noun depends on and how: ("held", "object"), ("said", "during")."""
    if noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head, "object"
    if noun.dep_ == "pobj" and noun.head.dep_ in ("prep", "agent"):
        prep = noun.head
        if prep.head.pos_ in ("VERB", "AUX"):
            return prep.head, prep.lower_
        if prep.lower_ == "of" and prep.head.lower_ == "ahead" and prep.head.head.pos_ in ("VERB", "AUX"):
            return prep.head.head, "for"  # "arrived in Tokyo ahead of talks with X": travelling for them
    if noun.dep_ == "pobj" and noun.head.dep_ == "conj" and noun.head.head.dep_ in ("advcl", "xcomp"):
        # "will leave for X to attend a meeting and for talks with Y": the parser coordinates the second
        # purpose with the first one's verb; both are the journey's purposes
        purpose = noun.head.head
        if purpose.head.pos_ in ("VERB", "AUX"):
            return purpose.head, noun.head.lower_
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return noun.head, "subject"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in EXTENT_NOUNS:
        # "after a day of meetings with X, Y said", "held a round of talks": the extent stands in for it
        return _governing_verb(noun.head.head)
    return None, ""


def _journey_of(trigger: Token) -> Token | None:
    """The travel verb whose purpose the trigger verb is ("will travel to Canberra to meet X", "flew to
    Tokyo to hold talks"): the traveller visits, and the journey's destination is the meeting's place."""
    purpose = trigger.dep_ in ("advcl", "xcomp") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children
    )
    if purpose and trigger.head.lemma_.lower() in TRAVEL_VERBS | SENDING_VERBS:
        return trigger.head
    # "arrived in Jakarta on Saturday and will have talks with X": the same subject's arrival; also
    # through the plan it is ("arrived ... and is scheduled to meet X")
    clause = trigger
    while clause.dep_ == "xcomp" and _plan_word(clause.head):
        clause = clause.head
    if clause.dep_ == "conj" and clause.head.lemma_.lower() in ARRIVAL_VERBS | TRAVEL_VERBS:
        return clause.head
    # "is visiting India, where he will meet X": the place of the journey the relative clause is set in
    antecedent = _where_antecedent(trigger)
    if antecedent is not None and antecedent.head.lemma_.lower() in ARRIVAL_VERBS | TRAVEL_VERBS:
        return antecedent.head
    return None


def _travels(verb: Token) -> bool:
    """A verb of travel, or being somewhere for a purpose ("will be in Washington for talks with X"), or
    being expected there ("X is expected here on Friday for talks": the wire's "here" is the dateline)."""
    lemma = verb.lemma_.lower()
    here = any(
        c.dep_ == "advmod" and c.lower_ == "here"
        for h in (verb, *_children(verb, ("acomp",)))
        for c in h.children
    )  # "X is due here on Sunday for talks": the wire's "here" is the dateline
    if lemma == "expect" and any(c.dep_ == "auxpass" for c in verb.children):
        return here or bool(_destinations(verb))
    return lemma in TRAVEL_VERBS or (lemma == "be" and (here or bool(_destinations(verb))))


def _travellers(verb: Token) -> list[Token]:
    """Who makes the journey a verb tells of: its subject, or the one sent ("is sending X to Moscow")."""
    if verb.lemma_.lower() in SENDING_VERBS:
        return [c for o in _children(verb, ("dobj",)) for c in _conjuncts(o)]
    return _subjects(verb)[0]


def _travels_for(verb: Token) -> bool:
    """A verb whose "for"-phrase is the purpose of a journey: travel verbs, sending someone, and visiting
    ("is due to visit Moscow for a summit with X": the visitor goes there for it)."""
    return (
        _travels(verb)
        or verb.lemma_.lower() in SENDING_VERBS
        or (verb.lemma_.lower() in VERB_FRAMES and VERB_FRAMES[verb.lemma_.lower()]["type"] == "visit")
    )


def _where_antecedent(trigger: Token) -> Token | None:
    """The noun a "where" relative clause hangs from ("India" in "visiting India, where he met X")."""
    if trigger.dep_ == "relcl" and any(c.lower_ == "where" for c in trigger.children if c.dep_ == "advmod"):
        return trigger.head
    return None


def _destinations(verb: Token) -> list[str]:
    """The places a travel verb goes to: "flew to Tokyo", "left for Washington", "arrived in Jakarta",
    "is visiting India"."""
    targets = _prep_objects(verb, ("to", "for", "in"))
    if verb.lemma_.lower() == "visit":
        targets += _children(verb, ("dobj",))
    for complement in _children(verb, ("acomp",)):  # "is due in Moscow", "is back in Kyiv"
        targets += _prep_objects(complement, ("in", "to"))
    return list(dict.fromkeys(p for obj in targets if (p := _place_text(obj)) is not None))


def _prenominal_visiting(token: Token) -> bool:
    """ "the visiting minister", "greeted visiting X", "with visiting X": the participle describes the
    noun after it as the travelling party; it is not a verb of its own ("after visiting Moscow" is)."""
    if token.lower_ not in VISITING_MODIFIERS or token.i == 0 or token.i + 1 >= len(token.doc):
        return False
    before = token.doc[token.i - 1]
    return token.dep_ == "amod" or (
        before.pos_ == "DET"
        or (before.pos_ == "VERB" and before.lemma_ not in ("be", "have"))
        or before.lower_ in ("with", "for", "by", "to")
        or (before.pos_ == "CCONJ" and token.dep_ == "conj" and token.head.pos_ in ("PROPN", "NOUN"))
    )


def _visiting_parties(sentence: Span, actors: ArticleActors) -> set[str]:
    """Actors named right after a prenominal "visiting" ("greeted visiting Thai Prime Minister X")."""
    return {
        key
        for token in sentence
        if _prenominal_visiting(token) and (key := _visiting_name(token, actors)) is not None
    }


def _mark_visitors(parties: dict[str, str], visiting: set[str]) -> None:
    """A party described as visiting is the visitor; the others it meets on their ground are hosts."""
    if not visiting & set(parties):
        return
    for key, role in parties.items():
        if key in visiting:
            parties[key] = VISITOR
        elif role in (PARTICIPANT, VISITOR):
            parties[key] = HOST


def _negated(token: Token) -> bool:
    return any(child.dep_ == "neg" for child in token.children)


def _excluded(trigger: Token, governor: Token | None) -> bool:
    """Refused, cancelled, negated or merely hypothetical meetings are not meetings.

    The words that decide are the trigger's own modifiers and the verbs that take the meeting as their
    complement or object ("refused to meet", "declined the invitation to visit", "called for talks");
    a verb the meeting merely dates ("during the summit, both agreed ...") does not decide.
    """
    chain = [trigger]
    head = trigger
    for _ in range(3):
        climbs = (
            head.dep_ in ("xcomp", "dobj", "acl", "ccomp")
            or (head.dep_ == "pobj" and head.head.lower_ in ("for", "to") and head.head.head != head.head)
            # "no plans to either address the conference or meet X": infinitives share their governor
            or (head.dep_ == "conj" and head.head.tag_ == "VB")
        )
        if not climbs or head.head == head:
            break
        head = head.head.head if head.dep_ == "pobj" else head.head
        chain.append(head)
    if trigger.dep_ == "conj" and trigger.pos_ in ("VERB", "AUX") and _negated(trigger.head):
        chain.append(trigger.head)  # "did not seek or receive": the negation covers the coordinated verb
    for token in chain:
        if _negated(token) or any(c.dep_ == "aux" and c.lower_ in SPECULATIVE_MODALS for c in token.children):
            return True  # "will not meet"; "could meet", "may meet" (convention 3: speculative, skipped)
        lemma = token.lemma_.lower()
        if token != trigger and (lemma in REFUSAL_LEMMAS or lemma in WISH_LEMMAS or lemma == "call"):
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
    if any(child.dep_ == "det" and child.lower_ == "no" for token in chain for child in token.children):
        return True  # "no meeting", "has no plans to meet"
    if any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for t in chain for c in t.children):
        return True
    return governor is not None and governor.lemma_.lower() in REFUSAL_LEMMAS


def _planned(trigger: Token, governor: Token | None) -> bool | None:
    """True when the wording announces the meeting, False when it reports it, None when silent."""
    chain = [trigger]
    occasion_of: Token | None = None
    head = trigger
    for _ in range(3):
        participial = (
            head.dep_ == "advcl" and head.tag_ == "VBG" and not any(c.dep_ == "mark" for c in head.children)
        ) or _journey_of(head) is not None  # "will travel to X to meet Y": planned as the journey is
        if (
            head.dep_ in ("xcomp", "acomp", "conj", "relcl", "pcomp", "prep", "pobj", "dobj") or participial
        ) and head.head != head:
            head = head.head
            chain.append(head)
            if head.dep_ == "prep" and head.lower_ in OCCASION_PREPOSITIONS:
                # "agreed to cooperate during a meeting on Sunday": the meeting is the occasion of what
                # its verb says, not the thing agreed; the verb it hangs on is as far as it reaches
                occasion_of = head.head
                chain.append(occasion_of)
                break
        else:
            break
    if governor is not None and governor not in chain:
        chain.append(governor)
    for token in chain:
        if token.pos_ == "NOUN" and any(c.lemma_.lower() in PLANNED_NOUN_MODIFIERS for c in token.children):
            return True
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUXILIARIES for c in token.children):
            return True
        # "the formula he agreed upon at their summit": the verb the meeting is the occasion of says
        # when it was by its tense; its meaning plans nothing about the meeting
        if token not in (trigger, occasion_of) and token.pos_ != "NOUN" and _plan_word(token):
            return True
        if token != trigger and token.pos_ in ("NOUN", "ADV") and token.lemma_.lower() in PLANNING_NOUNS:
            return True  # "in preparation for X's visit", "on the eve of the summit", "ahead of the talks"
        # "is to meet", "is to hold talks": be + infinitive, of the trigger or of the verb holding it
        if token in (trigger, governor) and token.dep_ == "xcomp" and token.head.lemma_ == "be":
            return True
        if (
            governor is not None
            and token.i == governor.i
            and any(c.dep_ == "acomp" and _plan_word(c) for c in token.children)
        ):
            return True  # "X is due here on Sunday for talks"
        for child in token.children:
            if child.dep_ == "relcl" and child.lemma_.lower() in PLAN_LEMMAS:
                return True
    main = governor if trigger.pos_ == "NOUN" and governor is not None else trigger
    if main.pos_ in ("VERB", "AUX"):
        if main.tag_ in ("VBD", "VBN") or any(c.dep_ in ("aux",) and c.tag_ == "VBD" for c in main.children):
            return False
        if main.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in main.children):
            return False  # "is meeting": ongoing
    return None


def _plan_word(token: Token) -> bool:
    """A word that announces a plan; "go" only as "is going to" ("the talks went well" reports them)."""
    if token.lemma_.lower() == "go":
        return token.tag_ == "VBG" and any(c.dep_ == "xcomp" for c in token.children)
    return token.lemma_.lower() in PLAN_LEMMAS


FORWARD_LOOKING = re.compile(r"^(?:next|coming|tomorrow|later|this coming)\b", re.IGNORECASE)


def _present_for_future(verb: Token, chosen: DateExpression | None) -> bool | None:
    """A present tense that announces a plan: "visits Bonn next week", or a "when" clause of a future
    sentence ("will be explained when X visits Washington"). None when the tense says nothing."""
    if chosen is not None and FORWARD_LOOKING.match(chosen.text.strip()):
        return True
    # the parser may make the when-clause a relative clause of the time word ("this week when X visits")
    when_clause = verb.dep_ in ("advcl", "relcl") and any(
        c.lower_ == "when" for c in verb.children if c.dep_ == "advmod"
    )
    clause = verb.head if verb.dep_ == "advcl" else verb.head.head  # "explained this week when X visits"
    if when_clause and _planned(clause, None):
        return True
    return None


def _departs(trigger: Token, governor: Token | None) -> bool:
    """The meeting is the purpose of a departure ("leaves for Washington on April 29 for talks"): the
    day written is the departure's, not the meeting's (guideline, convention 5)."""
    journey = _journey_of(trigger) if governor is None else governor
    return journey is not None and journey.lemma_.lower() in DEPARTURE_VERBS and journey.i != trigger.i


def _awaited(trigger: Token) -> bool:
    """The meeting is what something else comes before ("arrived on Tuesday ahead of talks", "on the eve
    of the summit"): a time the clause gives is that of the thing before, not the meeting's."""
    return any(a.lemma_.lower() in PLANNING_NOUNS for a in list(trigger.ancestors)[:3])


def _dates_token(expression: DateExpression, token: Token) -> bool:
    """The time expression hangs on this very token ("flew to Washington to meet X on Monday": Monday is
    the meeting's day, not the flight's)."""
    head = _expression_head(_tokens_in(token.sent, expression.start, expression.end))
    return head is not None and _attached_to(head, {token.i})


def _perfect_participle(verb: Token) -> bool:
    """ "having completed a trip", "having met X": the perfect participle presents the event as finished
    before the clause it hangs from, the backdrop of the news rather than the news."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children)


def _present_simple(trigger: Token, governor: Token | None) -> bool:
    main = governor if trigger.pos_ == "NOUN" and governor is not None else trigger
    return main.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "aux" for c in main.children)


def _background_cue(trigger: Token) -> bool:
    """History markers around the trigger: "since they met", "had met previously", "in the backdrop of"."""
    for child in trigger.children:
        if child.dep_ in ("advmod", "npadvmod") and child.lemma_.lower() in BACKGROUND_ADVERBS:
            return True
        if child.dep_ == "mark" and child.lower_ == "since":
            return True
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


def _tokens_in(sentence: Span, start: int, end: int) -> list[Token]:
    return [t for t in sentence if start <= t.idx < end]


def _expression_head(tokens: list[Token]) -> Token | None:
    inside = {t.i for t in tokens}
    for token in tokens:
        if token.head.i not in inside or token.head == token:
            return token
    return None


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
        # "met on the sidelines of the summit on Tuesday": an occasion noun passes its date on
        if parent.pos_ != "ADP" and parent.lemma_.lower() not in OCCASION_NOUNS:
            return False
        current = parent
    return False


def _sequenced_below(trigger: Token, clause_verb: Token) -> bool:
    """The trigger sits in a phrase that orders it before or after the clause ("will fly to Tokyo on Sunday
    after having completed a trip"): the clause's time is not the meeting's."""
    for ancestor in trigger.ancestors:
        if ancestor == clause_verb:
            return False
        if ancestor.lower_ in SEQUENCE_WORDS and ancestor.dep_ in ("prep", "mark"):
            return True
    return False


def _choose_date_expression(
    sentence: Span, trigger: Token, governor: Token | None, expressions: list[DateExpression]
) -> DateExpression | None:
    """The time expression that dates this trigger: one attached to it in the parse, else the nearest
    one that does not date a speech act ("state media reported on Monday")."""
    if not expressions:
        return None
    targets = {trigger.i, *(m.i for m in _describing_modifiers(trigger) + _delegation_participles(trigger))}
    # "is hosting X for talks in Beijing this week": the purpose's time is the visit's
    targets |= {o.i for o in _prep_objects(trigger, ("for",)) if o.lemma_.lower() in NOUN_TRIGGERS}
    if governor is not None and trigger.pos_ == "NOUN":
        targets.add(governor.i)
    # a noun trigger may carry its date as a possessive or relative clause ("last month's summit")
    loose: list[tuple[int, DateExpression]] = []
    for expression in expressions:
        tokens = _tokens_in(sentence, expression.start, expression.end)
        head = _expression_head(tokens)
        if head is None:
            continue
        if trigger in tokens or any(t.head == trigger for t in tokens) or _attached_to(head, targets):
            return expression
        if head.dep_ == "poss" and head.head.dep_ == "pobj" and _attached_to(head.head, targets):
            return expression  # "talked at last month's ball": the occasion's date is the encounter's
        # Fallback candidates date a clause (their first non-preposition ancestor is a verb) that is
        # not a speech act ("state media reported on Monday"); one hanging from a noun dates that noun.
        parent = head.head
        while parent.pos_ == "ADP" and parent.head != parent:
            parent = parent.head
        if parent == head or parent.pos_ not in ("VERB", "AUX"):
            continue
        if parent.lemma_.lower() in SPEECH_VERB_LEMMAS or parent.lemma_.lower() in ("report", "quote"):
            continue
        # it must date a clause the meeting is part of, not a side clause ("since he assumed power in 1982")
        if not any(parent == t or parent in t.ancestors for t in (trigger, governor) if t is not None):
            continue
        if _sequenced_below(trigger, parent):
            continue
        loose.append((abs(head.i - trigger.i), expression))
    if not loose:
        return None
    return min(loose, key=lambda pair: pair[0])[1]


def _has_alternative(chosen: DateExpression, expressions: list[DateExpression], text: str) -> bool:
    """The expression is one side of "X or Y" ("late April or early May"); ``text`` is the article."""
    for other in expressions:
        first, second = (chosen, other) if chosen.start < other.start else (other, chosen)
        if other is not chosen and re.fullmatch(r"\s+or\s+", text[first.end : second.start]):
            return True
    return False


def _place_iso3(place: str) -> str | None:
    for seat, code in SEATS_OF_GOVERNMENT.items():
        if place.lower() == seat.lower():
            return code
    return place_country(place)


def _place_text(token: Token) -> str | None:
    """The place a token names, as written (its entity, without a leading "the"), or None."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if token.ent_type_ == "PERSON" and (token.ent_iob_ == "I" or (following and following.ent_iob_ == "I")):
        # "welcomed Premier Wei Lin": a surname in a full name is the person, though a town shares it (the
        # small model also tags lone places such as "Vilnius" PERSON, so one word alone is not enough)
        return None
    if token.ent_type_ in PLACE_ENTITY_LABELS or (token.ent_type_ == "ORG" and token.pos_ == "PROPN"):
        doc = token.doc
        start = token.i
        while (start > 0 and doc[start - 1].ent_iob_ == "I") or (
            start > 0 and token.ent_iob_ == "I" and doc[start].ent_iob_ == "I"
        ):
            start -= 1
        end = token.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        span = doc[start:end]
        text = span.text
        if span[0].lower_ == "the":
            text = doc[start + 1 : end].text
        if text and (_place_iso3(text) is not None or token.ent_type_ in PLACE_ENTITY_LABELS):
            return text
        return None
    if token.pos_ == "PROPN" and _place_iso3(token.text) is not None:
        return token.text
    return None


def _describing_modifiers(trigger: Token) -> list[Token]:
    """A trigger noun's participle or adjective modifiers ("due", "held", "scheduled"), which describe it."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return []
    return [c for c in trigger.children if c.dep_ in DESCRIBING_MODIFIER_DEPS and c.pos_ in ("VERB", "ADJ")]


def _delegation_participles(trigger: Token) -> list[Token]:
    """ "received a delegation headed by X in Beijing on Monday": the parser hangs the clause's place and
    time on the participle that names the delegation's leader."""
    if trigger.pos_ != "VERB":
        return []
    return [
        verb
        for obj in _children(trigger, ("dobj",))
        if obj.lemma_.lower() in DELEGATION_NOUNS
        for verb in _children(obj, ("acl",))
        if verb.lemma_.lower() in DELEGATION_LEADING_VERBS
    ]


def _controlling_verbs(trigger: Token) -> list[Token]:
    """ "In Beijing, he is scheduled to meet X": the verbs an infinitive trigger completes, where the parser
    hangs a fronted place."""
    verbs: list[Token] = []
    current = trigger
    while current.dep_ == "xcomp" and current.head != current and len(verbs) < 3:
        current = current.head
        verbs.append(current)
    return verbs


def _location(trigger: Token, governor: Token | None, meeting_type: str) -> str | None:
    holders = [trigger, *_describing_modifiers(trigger), *_delegation_participles(trigger)]
    holders.extend(leader for verb in holders[1:] for leader in _prep_objects(verb, ("by",)))
    holders.extend(_controlling_verbs(trigger))
    if governor is not None and trigger.pos_ == "NOUN":
        holders.append(governor)
    if trigger.pos_ == "VERB":
        # "will host X in Nairobi", "was welcomed by X in Copenhagen": the parser may hang the place on
        # the guest or on the agent
        holders.extend(_children(trigger, ("dobj",)) + _prep_objects(trigger, ("by",)))
    # "talks with X in Geneva", "the meeting between X and Y in San Francisco": or on the last party named
    holders.extend(_prep_objects(trigger, ("with", "between")))
    # "met his counterpart, X, in Addis Ababa": or on the name set in apposition to a described party;
    # "met with visiting X in Beijing": or on the participle the parser made a verb
    holders.extend(appos for holder in holders[1:] for appos in _children(holder, ("appos",)))
    holders.extend(h.head for h in holders[1:] if h.dep_ == "dobj" and _prenominal_visiting(h.head))
    for holder in holders:
        for obj in _prep_objects(holder, ("in", "at")):
            # "at the presidential palace in Ankara": a building that is no place of its own is in one
            # "at State House, Nairobi": or in the place set in apposition to it; "in the resort of Sochi"
            of_place = _prep_objects(obj, ("of",)) if obj.pos_ == "NOUN" else []
            for candidate in (obj, *_prep_objects(obj, ("in",)), *_children(obj, ("appos",)), *of_place):
                place = _place_text(candidate)
                if place is not None:
                    return place
    if meeting_type == "visit" or trigger.lemma_ in ("welcome", "host", "receive"):
        targets = _prep_objects(trigger, ("to",))
        if trigger.pos_ == "VERB":
            targets += _children(trigger, ("dobj",))
        places = list(dict.fromkeys(p for obj in targets if (p := _place_text(obj)) is not None))
        if len(places) == 1:
            return places[0]
        if len(places) > 1:
            return None  # "a trip to the United States, France and Italy": a tour has no one place
    if (
        governor is not None
        and _travels_for(governor)
        and trigger.head.lower_ == "for"
        and (
            (trigger.head.dep_ == "prep" and trigger.head.head.i == governor.i) or trigger.head.dep_ == "conj"
        )
    ):
        # "flying to Japan for talks": talks that are the purpose of a journey are held where it goes
        places = _destinations(governor)
        if len(places) == 1:
            return places[0]
    if meeting_type == "visit" and trigger.pos_ == "NOUN":
        # "during the visit, his first to Britain": an ordinal standing for an elided "visit" repeats the
        # noun, so its destination is this visit's (the parser hangs it anywhere in the sentence)
        for token in trigger.sent:
            if token.ent_type_ == "ORDINAL" and token.pos_ in ("ADJ", "NOUN") and token.i > trigger.i:
                for obj in _prep_objects(token, ("to",)):
                    place = _place_text(obj)
                    if place is not None:
                        return place
    place = _nested_place(trigger, governor)
    if place is not None:
        return place
    antecedent = _where_antecedent(trigger)
    if antecedent is not None and (place := _place_text(antecedent)) is not None:
        return place
    journey = _journey_of(trigger if trigger.pos_ in ("VERB", "AUX") else governor or trigger)
    if journey is not None and len(places := _destinations(journey)) == 1:
        return places[0]
    # "X will meet Y when Y arrives in Israel": the arrival clause places the encounter; so does a
    # relative clause on the subject ("X, who was in Tunis on Sunday, met Y")
    clauses = _children(trigger, ("advcl",))
    if trigger.pos_ == "VERB":
        subjects = _children(trigger, ("nsubj",))
        clauses += [c for s in subjects for c in _children(s, ("relcl",)) if c.lemma_ == "be"]
    for clause in clauses:
        if clause.lemma_.lower() in ARRIVAL_VERBS or clause.lemma_ == "be":
            for obj in _prep_objects(clause, ("in", "at", "to")):
                place = _place_text(obj)
                if place is not None:
                    return place
    return None


def _nested_place(trigger: Token, governor: Token | None) -> str | None:
    """The parser may hang the place one phrase lower ("to meet one on one at the White House"), or two
    ("held a meeting ... on the sidelines of the summit in Lima")."""
    lower = _prep_objects(trigger, ("on", "with", "for"))
    if governor is not None and trigger.pos_ == "NOUN":
        lower += _prep_objects(governor, ("on",))
    for obj in [*lower, *(o for x in lower if x.pos_ == "NOUN" for o in _prep_objects(x, ("of",)))]:
        for nested in _prep_objects(obj, ("in", "at")):
            place = _place_text(nested)
            if place is not None:
                return place
    return None


def _call_context(trigger: Token) -> bool:
    modifiers = {c.lemma_.lower() for c in trigger.children if c.dep_ in ("compound", "amod", "nmod")}
    if modifiers & CALL_MODIFIERS or _received_from(trigger):
        return True
    # "arranging calls with Sanders and Clinton", "a call with X": a call held with a party is a conversation
    # ("a call for calm", "calls on X to act" are appeals)
    if trigger.pos_ == "NOUN" and any(_is_named(o) for o in _prep_objects(trigger, ("with",))):
        return True
    return any(t.lower_ in CALL_CONTEXT_WORDS for t in trigger.sent)


def _is_person(key: str, actors: ArticleActors) -> bool:
    actor = actors.actor(key)
    return actor is not None and actor.actor_type == "person"


def _is_named(token: Token) -> bool:
    """A proper name, or a word the entity recogniser tags as a person, organisation, place or people
    ("calls with both Sanders and Clinton": "both" heads the phrase, the names are tagged)."""
    return token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")


def _received_from(trigger: Token) -> list[Token]:
    """ "received a call from X", "got a visit from X": the ones the call or visit came from (an appeal is
    made, not received, so a call received is a conversation)."""
    if trigger.dep_ != "dobj" or trigger.head.lemma_.lower() not in RECEIVING_VERBS:
        return []
    return _prep_objects(trigger, ("from",)) + _prep_objects(trigger.head, ("from",))


def _add(parties: dict[str, str], keys: Iterable[str], role: str) -> None:
    for key in keys:
        current = parties.get(key)
        if current is None or (current == PARTICIPANT and role in (HOST, VISITOR)):
            parties[key] = role


def _attendees(sentence: Span, actors: ArticleActors) -> list[str]:
    """Secondary parties of the sentence: "also attended by X", "accompanied by X", "in the presence of X"."""
    keys: list[str] = []
    for token in sentence:
        lemma = token.lemma_.lower()
        if lemma in ATTENDANCE_VERBS and token.tag_ == "VBN":
            for obj in _prep_objects(token, ("by",)):
                keys.extend(_actor_keys(obj, actors))
        if lemma == "presence":
            for obj in _prep_objects(token, ("of",)):
                keys.extend(_actor_keys(obj, actors))
    return keys


def _is_party_phrase(head: Token, actors: ArticleActors) -> bool:
    """The phrase names a party itself (a name, a pronoun, "the delegation"), not a thing of one."""
    if head.pos_ in ("PROPN", "PRON"):
        return True
    if any(m.char_start <= head.idx < m.char_end for m in actors.mentions_in(head.idx, head.idx + 1)):
        return True
    return head.lemma_.lower() in PARTY_NOUNS or (
        isinstance(actors, _ArticleParties) and head.i in actors.groups
    )


def _unresolved_counterpart(trigger: Token, actors: ArticleActors) -> bool:
    """The verb names its counterpart only by a description the actors do not resolve ("to meet with the
    man he is seeking to succeed", "met her counterpart"): the encounter is one the article names
    elsewhere, so the mention may refer back like a definite noun."""
    for obj in _children(trigger, ("dobj",)) + _prep_objects(trigger, ("with",)):
        if obj.lemma_.lower() in PARTY_NOUNS and obj.pos_ == "NOUN" and not _actor_keys(obj, actors):
            return True
    return False


def _verb_frame(trigger: Token, lemma: str) -> tuple[str, str, str] | None:
    """Meeting type and the roles of subject and object for this use of a trigger verb."""
    if lemma == "speak":
        # "spoke with X" is an encounter (by phone when the sentence says so); "spoke to reporters" is
        # speech, so "to" counts only for a call
        if _call_context(trigger):
            return "call", PARTICIPANT, PARTICIPANT
        return ("meeting", PARTICIPANT, PARTICIPANT) if _prep_objects(trigger, ("with",)) else None
    entry = VERB_FRAMES[lemma]
    meeting_type = "call" if lemma == "talk" and _call_context(trigger) else entry["type"]
    return meeting_type, entry["subject"], entry["object"]


def _verb_objects(trigger: Token, lemma: str, subject_role: str) -> list[Token] | None:
    """The trigger verb's objects (the phrases that name who was met), or None when an object shows
    the verb means something else ("met the target", "called on X to resign")."""
    preposition = VERB_FRAMES[lemma].get("object_preposition") if lemma in VERB_FRAMES else None
    objects = _prep_objects(trigger, (preposition,)) if preposition else _children(trigger, ("dobj",))
    if lemma in VERBS_REFUSING_REQUESTS and _is_request(trigger, objects):
        return None
    if lemma in VERBS_WITH_TOPIC_OBJECT:
        return []  # "discussed Ukraine with X": the object is what was talked about, not who
    # "greeted visiting X": the parser may read the participle as a verb taking X as its object
    objects += [
        o
        for x in _children(trigger, ("xcomp", "advcl"))
        if _prenominal_visiting(x)
        for o in _children(x, ("dobj",))
    ]
    satisfied = [*objects, *(d for o in objects for d in _children(o, ("dobj",)))]  # "meet changing demand"
    if lemma == "meet" and any(o.lemma_.lower() in NON_PARTY_OBJECTS for o in satisfied):
        return None
    return _hospitality_guests(trigger, objects) if subject_role == HOST else objects


def _verb_with_objects(trigger: Token, lemma: str, actors: ArticleActors) -> list[Token]:
    """The counterparts a verb introduces with "with" ("to" also for "talk"/"speak")."""
    with_objects = _prep_objects(trigger, ("with", "to") if lemma in ("talk", "speak") else ("with",))
    if lemma in VERBS_NEEDING_WITH and not with_objects:
        # "negotiating a loan with the Paris Club": the parser hangs the counterpart on the thing negotiated
        things = [o for o in _children(trigger, ("dobj",)) if not _is_party_phrase(o, actors)]
        with_objects = [w for o in things for w in _prep_objects(o, ("with",))]
    return with_objects


def _verb_mention(
    trigger: Token, actors: ArticleActors, lemma: str
) -> tuple[dict[str, str], str, str] | None:
    """Parties, type and kind of a trigger verb; ``lemma`` is its lexicon entry (a verb or a phrase)."""
    if _prenominal_visiting(trigger):
        # "the visiting minister": a description of a party (see _visiting_parties); one the clause's
        # subject addresses is met by it ("Deng told visiting Secretary of State X ...")
        return _addressed_visitor(trigger, actors)
    frame = _verb_frame(trigger, lemma)
    if frame is None:
        return None
    meeting_type, subject_role, object_role = frame
    objects = _verb_objects(trigger, lemma, subject_role)
    if objects is None:
        return None
    with_objects = _verb_with_objects(trigger, lemma, actors)
    if lemma == "meet" and any(o.lemma_.lower() in RECEPTION_NOUNS for o in with_objects):
        return None
    if lemma == "meet" and with_objects and any(c.dep_ == "auxpass" for c in trigger.children):
        return None  # "was met with chants of ...": a reception, whatever it was met with
    if subject_role == HOST and trigger.dep_ == "acl" and not _is_party_phrase(trigger.head, actors):
        return None  # "a forum hosted by X": an event is hosted, no guest received
    subjects, passive = _subjects(trigger)
    # "arrived ... and was received by X": the subject is borrowed from the first verb, the voice is own
    passive = passive or any(c.dep_ == "auxpass" for c in trigger.children)
    # "the countries visited over the week": a bare past participle is a passive reduced relative, its noun
    # is what was visited (the parser may still call that noun its subject)
    passive = passive or (
        trigger.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children)
    )
    # "the two men talked", "X and Y conferred": a plural subject is the two sides of the talk
    if (
        lemma in VERBS_NEEDING_WITH
        and not with_objects
        and (
            lemma in VERBS_NEEDING_WITH_PHRASE
            or len({k for s in subjects for k in _actor_keys(s, actors)}) < 2
        )
    ):
        return None
    agents = _prep_objects(trigger, ("by",)) if passive else []
    if lemma in VERBS_NEEDING_ACTOR_OBJECT and agents and not any(_actor_keys(a, actors) for a in agents):
        return None  # "will be greeted by thousands of protesters": a crowd, not a host
    parties: dict[str, str] = {}
    object_keys = [
        k
        for o in objects
        for c in _conjuncts(o)
        for k in _actor_keys(c, actors)
        if not (lemma == "visit" and _misread_place(k, c, actors))
    ]
    if lemma in VERBS_NEEDING_ACTOR_OBJECT and objects and not object_keys:
        return None  # "welcomed the decision", "visited a factory"
    if (
        lemma in VERBS_NEEDING_ACTOR_OBJECT
        and lemma != "visit"
        and objects
        and not any(_is_party_phrase(o, actors) for o in objects)
    ):
        return None  # "received Obama's endorsement": an actor only as a modifier of the thing
    subject_keys = [k for s in subjects for k in _actor_keys(s, actors)]
    if passive:
        # "X was received by Y": the grammatical subject is the object role
        _add(parties, [k for a in agents for k in _actor_keys(a, actors)], subject_role)
        _add(parties, subject_keys, object_role)
    else:
        _add(parties, subject_keys, subject_role)
        _add(parties, object_keys, object_role)
    _add(parties, [k for o in with_objects for k in _actor_keys(o, actors)], object_role)
    for obj in _prep_objects(trigger, ("between",)):
        _add(parties, _actor_keys(obj, actors), PARTICIPANT)
    if lemma == "visit":
        _add_visited(parties, trigger, actors)
    _add_inviters(parties, trigger, objects, actors)
    _add_invitation_hosts(parties, _invitation_hosts([trigger], actors), actors)
    if (_journey_of(trigger) is not None or _met_on_journey(trigger)) and not passive:
        # travelling to meet: the traveller is the visitor, the one met receives them
        _add(parties, subject_keys, VISITOR)
        _add(parties, object_keys + [k for o in with_objects for k in _actor_keys(o, actors)], HOST)
    return parties, meeting_type, "verb"


def _add_visited(parties: dict[str, str], visit: Token, actors: ArticleActors) -> None:
    """Whom a visit verb goes to besides its object: "visited (to) Moscow" gives the country visited when
    it is an actor; "will visit Washington to discuss trade with President X" gives X, the purpose's
    counterpart, instead of the capital's country."""
    for obj in _prep_objects(visit, ("to",)):
        _add(parties, _actor_keys(obj, actors), HOST)
    purposes = [c for c in visit.children if c.dep_ in ("advcl", "xcomp") and c.i > visit.i]
    purposes += [d for p in purposes for d in _children(p, ("dobj",))]  # "discuss trade with X"
    met = [k for p in purposes for o in _prep_objects(p, ("with",)) for k in _actor_keys(o, actors)]
    _add_invitation_hosts(parties, met, actors)


def _addressed_visitor(visiting: Token, actors: ArticleActors) -> tuple[dict[str, str], str, str] | None:
    """ "X told visiting Y ...", "X assured visiting Y": the verb right before a prenominal "visiting" takes
    the visitor as its object, so its subject received the visitor (meeting verbs report that themselves)."""
    verb = visiting.doc[visiting.i - 1]
    if verb.pos_ == "CCONJ" and visiting.dep_ == "conj" and visiting.head.pos_ in ("PROPN", "NOUN"):
        # "X and visiting Y agreed today ...": the one coordinated with the visitor receives the visitor
        hosts = _actor_keys(visiting.head, actors)
    elif verb.pos_ != "VERB" or verb.lemma_.lower() in VERB_FRAMES:
        return None
    else:
        hosts = [k for s in _subjects(verb)[0] for k in _actor_keys(s, actors)]
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
        if between is not None and not all(t.pos_ in ("ADJ", "PROPN", "NOUN", "DET", "ADP") for t in between):
            break
        found = _canonical_key(mention.local_key, actors)
        start = mention.char_end
        if (actor := actors.actor(found)) is not None and actor.actor_type == "person":
            break  # the person the title describes
    return found


def _met_on_journey(verb: Token) -> bool:
    """ "met X on the third leg of a European tour", "during a stopover in Y": the verb's subject meets
    while travelling. A journey owned by someone named ("on the first day of Z's visit") is left to
    the visit's own mention (:func:`_roles_from_visit`)."""
    for time_object in _prep_objects(verb, ("on", "during")):
        journeys = [time_object, *_prep_objects(time_object, ("of",))]
        for journey in journeys:
            if journey.lemma_.lower() not in JOURNEY_NOUNS:
                continue
            owners = _children(journey, ("poss",))
            if all(o.pos_ == "PRON" for o in owners):
                return True
    return False


def _is_request(verb: Token, objects: list[Token]) -> bool:
    """ "called on Russia to withdraw": an infinitive after the object turns the visit into a demand."""
    return any(
        child.dep_ in ("xcomp", "advcl", "acl", "relcl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        for holder in (verb, *objects)
        for child in holder.children
    )


def _pays_call(trigger: Token) -> bool:
    """ "paid a (courtesy) call on the king": a call that is paid is a visit in person."""
    return (
        trigger.dep_ == "dobj"
        and trigger.head.lemma_.lower() in VISIT_CALL_VERBS
        and bool(_prep_objects(trigger, ("on", "to")) + _prep_objects(trigger.head, ("on", "to")))
    )


def _hospitality_guests(trigger: Token, objects: list[Token]) -> list[Token]:
    """ "hosted a dinner for X", "gave a lunch in honour of X": the guests of a meal or reception stand
    in for the object of the hosting verb; other objects are kept as they are."""
    guests: list[Token] = []
    for obj in objects:
        if obj.lemma_.lower() not in HOSPITALITY_NOUNS:
            guests.append(obj)
            continue
        for holder in (obj, trigger):
            guests.extend(_prep_objects(holder, ("for",)))
            for honour in _prep_objects(holder, ("in",)):
                if honour.lemma_.lower() in ("honour", "honor"):
                    guests.extend(_prep_objects(honour, ("of",)))
    return guests


def _noun_type(trigger: Token) -> str | None:
    """The meeting type a trigger noun gives, or None when this use of it is no encounter."""
    lemma = trigger.lemma_.lower()
    meeting_type = NOUN_TRIGGERS[lemma]["type"]
    modifiers = {c.lemma_.lower() for c in trigger.children if c.dep_ in ("compound", "amod", "nmod")}
    if lemma in NOUNS_NEEDING_PLURAL and trigger.tag_ != "NNS":
        return None
    if lemma in NOUNS_NEEDING_MEANS and not _speech_by_means(trigger):
        return None
    if modifiers & ONE_PARTY_EVENT_MODIFIERS:
        if not modifiers & JOINT_MODIFIERS:
            return None
        meeting_type = "meeting"  # "a joint news conference with X": the two stood side by side
    if lemma == "call" and _pays_call(trigger):
        return "visit"
    if lemma == "call" and not _call_context(trigger):
        return None
    if lemma in ("call", "conversation") and _call_context(trigger):
        meeting_type = "call"  # a conversation with no phone or video word may be held in person
    if lemma == "conference" and modifiers & {"phone", "telephone", "video"}:
        meeting_type = "call"
    if "summit" in modifiers:
        meeting_type = "summit"  # "a summit meeting", "summit talks": a meeting of the summit kind
    if lemma in ("visit", "trip") and trigger.tag_ == "NNS":
        return None  # "several visits": a series, not one meeting
    if trigger.dep_ == "compound" and trigger.head.lemma_.lower() in NOUN_TRIGGERS:
        return None  # "summit meeting": the head noun is the trigger
    if trigger.dep_ == "attr":
        return None  # "this is my first visit": a description, not a report
    return meeting_type


def _speech_by_means(trigger: Token) -> bool:
    """ "X assured Y by telephone that ...": the channel of a report. A quotation put first ("'...,' X
    told Y by phone") is an interview given to the press, not a call between two parties."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ not in MEANS_PREPOSITIONS:
        return False
    verb = trigger.head.head
    return not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)


def _modifier_parties(trigger: Token, actors: ArticleActors) -> list[str]:
    """ "the Xi-Putin summit", "U.S.-Japan talks": parties named in the noun's own modifiers."""
    keys: list[str] = []
    for child in trigger.children:
        if child.dep_ in ("compound", "amod", "nmod") and child.i < trigger.i:
            found = actors.mentions_in(child.left_edge.idx, child.idx + len(child.text))
            keys.extend(mention.local_key for mention in found)
            if not found:
                # "Xi-Putin": each name of a hyphenated pair is its own compound token
                for word in child.subtree:
                    if word.pos_ == "PROPN" and (by_name := _actor_by_surname(word, actors)):
                        keys.append(by_name)
    return keys


def _add_governor_parties(
    parties: dict[str, str], trigger: Token, governor: Token, relation: str, actors: ArticleActors
) -> None:
    """The subject of the verb that holds the meeting ("X held talks with Y", "X said during the talks")
    is a party; holding it after travelling there makes X the visitor and the others hosts."""
    if _negated(governor):  # "X was not at the summit"
        return
    received = bool(_received_from(trigger))
    visit_like = _noun_type(trigger) == "visit"
    if not (
        (relation == "object" and governor.lemma_.lower() in LIGHT_VERBS)
        or relation in PRESENCE_PREPOSITIONS
        or trigger.lemma_.lower() in NOUNS_NEEDING_MEANS  # "X assured Y by telephone": the channel of X's act
        or received
        or (visit_like and relation == "on")  # "X, (who is) on a visit to Brazil, met Y": X travels
    ):
        return
    subjects, passive = _subjects(governor)
    passive = passive or any(c.dep_ == "auxpass" for c in governor.children)
    if passive and not any(_actor_keys(s, actors) for s in subjects):
        # "the request was made by X at a meeting with Y": the agent acted there, not the thing done
        subjects = _prep_objects(governor, ("by",))
    if governor.lemma_.lower() == "host" or (received and visit_like):
        role = HOST
    elif _organisation_meeting(trigger, parties, actors):
        role = PARTICIPANT  # attending an organisation's session (convention 8)
    elif visit_like and VISITOR in parties.values():
        if HOST in parties.values():
            # "X wore a hat after his visit to Mexico": the visit names whom it went to; but "during X's
            # visit to Peru, the Peruvian president pledged ...": a person of the country visited receives X
            _add_destination_hosts(parties, subjects, actors)
            return
        role = HOST  # "the U.S. expects smooth talks during Chirac's visit": the visit has its visitor
    elif visit_like or _journey_of(governor) is not None:
        role = VISITOR
        for key, current in parties.items():
            if current == PARTICIPANT and not visit_like:
                parties[key] = HOST  # "arrived ... and held talks with X": X receives the traveller
    else:
        role = PARTICIPANT
    if len(parties) >= 2 and isinstance(actors, _ArticleParties):
        # the meeting names its own parties ("During the Xi-Putin summit, both ..."): an anaphoric
        # subject refers to them, not to an older group
        subjects = [s for s in subjects if s.i not in actors.groups]
    _add(parties, [k for s in subjects for k in _actor_keys(s, actors)], role)


def _add_addressed(
    parties: dict[str, str], trigger: Token, governor: Token, relation: str, actors: ArticleActors
) -> None:
    """ "X thanked Y during their meeting": "their" is the clause's subject and object together; "in a
    meeting, X told Y ...", "X assured Y by telephone": the one told is the other side of the meeting."""
    addressed = governor.lemma_.lower() in ADDRESSING_VERBS and (
        relation in PRESENCE_PREPOSITIONS or trigger.lemma_.lower() in NOUNS_NEEDING_MEANS
    )
    if addressed or any(p.lower_ == "their" for p in _children(trigger, ("poss",))):
        objects = _children(governor, ("dobj", "dative")) + _prep_objects(governor, ("with",))
        keys = [k for o in objects for k in _actor_keys(o, actors)]
        # the one told is a person ("told Reuters in an interview" addresses the press)
        _add(parties, [k for k in keys if not addressed or _is_person(k, actors)], PARTICIPANT)


def _add_destination_hosts(parties: dict[str, str], subjects: list[Token], actors: ArticleActors) -> None:
    destinations = {
        CAPITAL_SUCCESSORS.get(iso3, iso3)
        for key, role in parties.items()
        if role == HOST and (found := _country_of(key, actors))[1] and (iso3 := found[0]) is not None
    }
    hosts = [
        key
        for subject in subjects
        for key in _actor_keys(subject, actors)
        if _is_person(key, actors) and key not in parties and _home_of(key, actors) in destinations
    ]
    if hosts:
        _add(parties, hosts, HOST)
        _drop_met_destination(parties, set(), actors)


def _organisation_meeting(trigger: Token, parties: dict[str, str], actors: ArticleActors) -> bool:
    """The noun names an organisation's own session ("the IMF's Interim Committee meeting", "an OPEC
    meeting"): its parties meet as members, not as hosts and visitors (guideline, convention 8)."""
    owners = _children(trigger, ("poss", "compound", "nmod"))
    keys = [k for o in owners for k in _phrase_actor_keys(o, actors) if k in parties]
    return any((a := actors.actor(k)) is not None and a.actor_type == "organization" for k in keys)


def _add_traveller_parties(
    parties: dict[str, str], governor: Token, with_objects: list[Token], actors: ArticleActors, trigger: Token
) -> None:
    """ "flew to Tokyo for talks (with X)": the traveller visits; with no named counterpart, the country
    travelled to hosts. Travelling to an organisation's session makes a member, not a visitor."""
    subjects = _travellers(governor)
    if _organisation_meeting(trigger, parties, actors):
        _add(parties, [k for s in subjects for k in _actor_keys(s, actors)], PARTICIPANT)
        return
    _add(parties, [k for s in subjects for k in _actor_keys(s, actors)], VISITOR)
    if with_objects and any(_actor_keys(o, actors) for o in with_objects):
        return
    destinations = [k for o in _prep_objects(governor, ("to",)) for k in _actor_keys(o, actors)]
    _add(
        parties,
        [k for k in destinations if (a := actors.actor(k)) is not None and a.actor_type == "country"],
        HOST,
    )


def _speech_at_own_session(
    trigger: Token, governor: Token | None, parties: dict[str, str], actors: ArticleActors
) -> bool:
    """ "speaking at the annual meeting of the growers' association", "said after the company's annual
    meeting": a speech at an organisation's own session, with no other party named, is one party
    speaking (guideline: a speech by one party is no meeting)."""
    # "speak" is a meeting verb with "with", but speaking *at* an event is a speech
    speaks = governor is not None and (
        governor.lemma_.lower() in SPEECH_VERB_LEMMAS or governor.lemma_ == "speak"
    )
    if not speaks or len(parties) != 2:
        return False
    owners = _children(trigger, ("poss", "compound", "nmod")) + _prep_objects(trigger, ("of",))
    keys = [k for o in owners for k in _phrase_actor_keys(o, actors) if k in parties]
    # an organisation's session, or a country's ("a Vatican conference")
    return any(
        (a := actors.actor(k)) is not None and a.actor_type in ("organization", "country") for k in keys
    )


def _ongoing(trigger: Token) -> bool:
    """ "Talks are underway", "negotiations are continuing": a present copula saying the meeting goes on."""
    head = trigger.head
    if trigger.dep_ != "nsubj" or head.tag_ not in ("VBZ", "VBP"):
        return False
    words = [head, *(c for c in head.children if c.dep_ in ("acomp", "attr", "advmod", "prep"))]
    return any(w.lemma_.lower() in ONGOING_WORDS for w in words)


def _add_described_subject(
    parties: dict[str, str], trigger: Token, visit_like: bool, actors: ArticleActors
) -> None:
    """ "Chirac, in a visit this week with President Reagan, sounded out ...": the subject the phrase is
    set off on made the visit; the parser hangs the with-phrase on that subject too."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in PRESENCE_PREPOSITIONS:
        return
    owner = prep.head
    if owner.dep_ not in ("nsubj", "nsubjpass") or owner.pos_ != "PROPN":
        return
    _add(parties, _actor_keys(owner, actors), VISITOR if visit_like else PARTICIPANT)
    met = [k for o in _prep_objects(owner, ("with",)) for k in _actor_keys(o, actors)]
    _add(parties, met, HOST if visit_like else PARTICIPANT)


def _occurrence_objects(trigger: Token, preposition: str) -> list[Token]:
    """ "two meetings which he said took place between X, Y and Z", "the talks, held between X and Y": a
    relative or participle clause saying the meeting happened names its parties."""
    clauses = [c for c in trigger.children if c.dep_ in ("relcl", "acl")]
    clauses += [g for c in clauses for g in c.children if g.dep_ == "ccomp"]  # "which he said took place"
    return [
        name
        for verb in clauses
        # a participle on the noun ("the meetings scheduled next month between X and Y") is about it
        if verb.lemma_.lower() in OCCURRENCE_VERBS or (verb.dep_ == "acl" and verb.tag_ == "VBN")
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == preposition
        for name in _names_in(prep)
    ]


def _names_in(prep: Token) -> list[Token]:
    """The proper names a prepositional phrase lists, however the parser nested them ("between North, the
    then head of the CIA William Casey and Margaret Thatcher"); names inside titles are modifiers."""
    return [t for t in prep.subtree if t.pos_ == "PROPN" and t.dep_ in ("pobj", "conj", "appos")]


def _detached_objects(trigger: Token, preposition: str) -> list[Token]:
    """ "ahead of a meeting later today between X and Y", "in talks here today with X": a phrase right
    after the noun and its time words, which the parser hung on some verb above, still names the
    meeting's parties."""
    doc = trigger.doc
    for token in doc[trigger.right_edge.i + 1 : min(trigger.right_edge.i + 5, len(doc))]:
        if token.dep_ == "prep" and token.lower_ == preposition:
            objects = [o for o in token.children if o.dep_ == "pobj"]
            return [c for o in objects for c in _conjuncts(o)]
        if not (token.pos_ == "ADV" or token.ent_type_ in ("DATE", "TIME")):
            return []
    return []


def _attended_by(trigger: Token, governor: Token | None) -> list[Token]:
    """ "a meeting (also) attended by X, Y and Z": those attending are its parties (the parser may hang the
    participle on the verb the meeting is the occasion of)."""
    participles = _children(trigger, ("acl",))
    if governor is not None and trigger.dep_ == "pobj":
        participles += [c for c in _children(governor, ("advcl", "dep")) if c.i > trigger.i]
    return [
        agent
        for verb in participles
        if verb.lemma_.lower() in ATTENDING_VERBS and verb.tag_ == "VBN"
        for agent in _prep_objects(verb, ("by",))
    ]


def _noun_with_objects(trigger: Token, complements: list[Token], actors: ArticleActors) -> list[Token]:
    """The with-phrase of a meeting noun, or of its copula's complement ("talks are continuing with X")."""
    found = _prep_objects(trigger, ("with",)) + [o for c in complements for o in _prep_objects(c, ("with",))]
    found = found or _detached_objects(trigger, "with")
    if found:
        return found
    # "talks on trade with Japan", "conversations about the budget with X": the parser may hang the
    # with-phrase on the topic
    topics = _prep_objects(trigger, TOPIC_PREPOSITIONS)
    return [o for t in topics for o in _prep_objects(t, ("with",)) if _is_party_phrase(o, actors)]


def _copula_complements(trigger: Token) -> list[Token]:
    """ "Talks are underway between X and Y", "talks were continuing with X": the parser hangs the parties
    on the complement of the copula the trigger is the subject of."""
    if trigger.dep_ != "nsubj" or trigger.head.lemma_ != "be":
        return []
    return [c for c in trigger.head.children if c.dep_ in ("acomp", "attr", "advmod")]


def _noun_mention(
    trigger: Token, actors: ArticleActors
) -> tuple[dict[str, str], str, str, Token | None] | None:
    meeting_type = _noun_type(trigger)
    if meeting_type is None:
        return None
    visit_like = meeting_type == "visit"
    parties: dict[str, str] = {}
    kind = "noun"
    for possessor in _children(trigger, ("poss",)):
        _add(parties, _actor_keys(possessor, actors), VISITOR if visit_like else PARTICIPANT)
    _add(parties, [k for o in _prep_objects(trigger, ("by",)) for k in _actor_keys(o, actors)],
         VISITOR if visit_like else PARTICIPANT)  # fmt: skip
    _add(parties, [k for o in _received_from(trigger) for k in _actor_keys(o, actors)],
         VISITOR if visit_like else PARTICIPANT)  # fmt: skip
    complements = _copula_complements(trigger)
    with_objects = _noun_with_objects(trigger, complements, actors)
    governor, relation = _governing_verb(trigger)
    if governor is not None and (
        (relation == "object" and governor.lemma_.lower() in LIGHT_VERBS)
        or (relation == "for" and _travels_for(governor))
    ):
        # "held a meeting in the morning with X", "will go to Paris for talks tomorrow with X": the parser
        # often hangs the with-phrase on the verb
        with_objects += _prep_objects(governor, ("with",))
    _add(
        parties,
        [k for o in with_objects for k in _actor_keys(o, actors)],
        HOST if visit_like else PARTICIPANT,
    )
    between = _prep_objects(trigger, ("between", "among", "of"))
    between += [o for c in complements for o in _prep_objects(c, ("between",))]
    between += _occurrence_objects(trigger, "between")
    if not between and not with_objects:
        between = _detached_objects(trigger, "between")
    between += [c for o in between for c in _dangling_conjuncts(o)]
    if len(between) >= 3 and not _actor_keys(between[0], actors):
        # "talks between banks and Mexico, Chile and Venezuela": one unnamed side meets each of the others
        return None
    _add(parties, [k for o in between for k in _actor_keys(o, actors)], PARTICIPANT)
    if visit_like:
        hosts = _prep_objects(trigger, ("to", "on"))
        if governor is not None and governor.lemma_.lower() in VISIT_CALL_VERBS:
            # "paid a call on X", "to X": the parser may hang it on "paid"
            hosts += _prep_objects(governor, ("on", "to"))
        # "a visit to World Bank-funded projects": the body only qualifies the place visited
        hosts = [o for o in hosts if _is_party_phrase(o, actors)]
        _add(parties, [k for o in hosts for k in _actor_keys(o, actors)], HOST)
        _add_invitation_hosts(parties, _invitation_hosts([trigger, governor], actors), actors)
    modifier_keys = _modifier_parties(trigger, actors)
    if modifier_keys:
        _add(parties, modifier_keys, PARTICIPANT)
        if len(set(modifier_keys)) >= 2:
            kind = "compound"
    lemma = trigger.lemma_.lower()
    if lemma in NOUNS_NEEDING_WITH and not (with_objects or between):
        return None
    _add(parties, [k for a in _attended_by(trigger, governor) for k in _actor_keys(a, actors)], PARTICIPANT)
    if governor is None:
        _add_described_subject(parties, trigger, visit_like, actors)
    if governor is not None:
        _add_governor_parties(parties, trigger, governor, relation, actors)
        _add_addressed(parties, trigger, governor, relation, actors)
    if governor is not None and relation == "for" and _travels_for(governor):
        _add_traveller_parties(parties, governor, with_objects, actors, trigger)
    if lemma == "conference" and len(parties) < 2:
        return None
    if _speech_at_own_session(trigger, governor, parties, actors):
        return None
    with_keys = {k for o in with_objects for k in _actor_keys(o, actors)}
    if len(with_objects) >= 2 and set(parties) <= with_keys:
        return None  # "talks with Argentina and Brazil": the counterparts of someone unnamed, not each other
    return parties, meeting_type, kind, governor


@dataclass(frozen=True, slots=True)
class _TimeFrame:
    """What dates a mention beyond its own words: the publication date, the day the story last named
    ("on Thursday ... in the afternoon"), the week its plans are set in ("next week ... on Friday")."""

    published: dt.date | None
    focus_day: ResolvedDate | None = None
    week_ahead: int | None = None


def _trigger_parties(
    trigger: Trigger, actors: ArticleActors
) -> tuple[dict[str, str], str, str, Token | None] | None:
    """Parties, meeting type, kind and governing verb of one trigger, or None when it is no encounter."""
    if trigger.is_verb:
        found = _verb_mention(trigger.token, actors, trigger.entry)
        return None if found is None else (*found, None)
    return _noun_mention(trigger.token, actors)


def _trigger_text(token: Token) -> str:
    """The trigger as written, with a noun compound before it ("state visit", "phone call")."""
    compound_words = [
        c for c in token.children if c.dep_ == "compound" and c.i == token.i - 1 and c.pos_ == "NOUN"
    ]
    return token.doc[compound_words[0].i : token.i + 1].text if compound_words else token.text


def _resolve_chosen(
    chosen: DateExpression,
    expressions: list[DateExpression],
    token: Token,
    governor: Token | None,
    planned: bool | None,
    frame: _TimeFrame,
) -> tuple[ResolvedDate, bool | None]:
    """The date a chosen time expression gives the mention, and the plan status it implies."""
    published = frame.published
    tense = FUTURE if planned or (planned is None and _present_simple(token, governor)) else PAST
    resolved = resolve_date(chosen.text, published, tense)
    if tense == FUTURE and frame.week_ahead is not None:
        resolved = resolve_in_week(chosen.text, published, frame.week_ahead) or resolved
    if frame.focus_day is not None and " ".join(chosen.text.lower().split()) in DAY_PART_EXPRESSIONS:
        resolved = ResolvedDate(frame.focus_day.date, frame.focus_day.precision, chosen.text)
    # "arrived on Tuesday ahead of talks": a time before the awaited meeting is the arrival's
    awaited = _awaited(token) and chosen.end <= token.idx
    if (_departs(token, governor) or awaited) and not _dates_token(chosen, token):
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


def _date_mention(
    mention: _Mention, governor: Token | None, expressions: list[DateExpression], frame: _TimeFrame
) -> None:
    """Set the mention's date, status and background from its time expression and tense."""
    token, published = mention.trigger, frame.published
    perfect = _perfect_participle(governor if token.pos_ == "NOUN" and governor is not None else token)
    planned = False if perfect else _planned(token, governor)
    chosen = _choose_date_expression(mention.sentence, token, governor, expressions)
    spoken = _spoken_after(token, governor)
    if planned is None and spoken is not None and spoken.tag_ == "VBD":
        planned = False  # "told reporters after meeting X": what was said, the meeting was before it
    if chosen is None and planned is None and _ongoing(token):
        planned = False  # "talks are under way": ongoing, so of the publication day (convention 5)
    if planned is None and _present_simple(token, governor):
        planned = _present_for_future(token if governor is None else governor, chosen)
    if chosen is not None:
        mention.date, planned = _resolve_chosen(chosen, expressions, token, governor, planned, frame)
        # "met last week": an earlier news cycle, though a week names no date (convention 2)
        mention.background = planned is not True and names_previous_period(chosen.text)
    elif (
        planned is False
        and published is not None
        and (
            token.tag_ == "VBG"
            or (governor if governor is not None else token).lemma_.lower() in SAME_DAY_REPORT_VERBS
            or _ongoing(token)
            or spoken is not None
        )
    ):
        # "is meeting" / "opened talks" / "told reporters after talks with X" with no time expression: the
        # report is of the publication day
        mention.date = ResolvedDate(published, "day", None)
    elif planned is False and (
        _is_old(_oldest_in(expressions, published), published)
        or any(names_previous_period(e.text) for e in expressions)
    ):
        # "Ahead of last week's primary, X met Y": the sentence is set in the past though the time
        # expression dates something else (an earlier week is an earlier news cycle however near)
        mention.background = True
    mention.status = None if planned is None else (PLANNED if planned else OCCURRED)
    # a report dated well before publication is history, whatever else it shares with the news
    mention.background = (
        mention.background
        or (planned is not True and _is_old(mention.date, published))
        or perfect
        or _background_cue(token)
    )


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


def _sentence_mentions(
    sentence: Span,
    sentence_index: int,
    triggers: list[Trigger],
    meta: ArticleMeta,
    actors: ArticleActors,
    frame: _TimeFrame,
    expressions: list[DateExpression],
) -> list[_Mention]:
    """The meeting mentions of one sentence's triggers; ``expressions`` are the sentence's time phrases."""
    mentions: list[_Mention] = []
    attendees: list[str] | None = None
    visiting: set[str] = set()
    for trigger in triggers:
        token = trigger.token
        found = _trigger_parties(trigger, actors)
        if found is None or _excluded(token, found[3]):
            continue
        parties, meeting_type, kind, governor = found
        if attendees is None:
            attendees = _attendees(sentence, actors)
            visiting = _visiting_parties(sentence, actors)
        _mark_visitors(parties, visiting)
        mention = _Mention(
            sentence_index=sentence_index,
            sentence=sentence,
            trigger=token,
            trigger_text=_trigger_text(token),
            meeting_type=meeting_type,
            kind=kind,
            parties=parties,
            attendees=[k for k in attendees if k not in parties],
            definite=(
                token.pos_ == "NOUN"
                and any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in token.children)
            )
            or (kind == "verb" and _unresolved_counterpart(token, actors)),
        )
        _date_mention(mention, governor, expressions, frame)
        mention.location = _location(token, governor, meeting_type)
        mentions.extend(_split_gapped(mention, actors, meta, expressions))
    _inherit_from_occasions(mentions)
    _roles_from_visit(mentions)
    return _fold_into_visits(mentions, actors)


def _roles_from_visit(mentions: list[_Mention]) -> None:
    """A visit of one traveller told in the sentence that reports the traveller's meeting ("X met Y on
    the first day of X's visit") makes the traveller the visitor and the others met the hosts."""
    for visit in mentions:
        core = _core(visit.parties)
        if visit.meeting_type != "visit" or len(core) != 1 or next(iter(core.values())) != VISITOR:
            continue
        traveller = next(iter(core))
        for mention in mentions:
            roles = set(_core(mention.parties).values())
            if mention is visit or traveller not in mention.parties or roles & {HOST, VISITOR}:
                continue
            for key, role in mention.parties.items():
                if role == PARTICIPANT:
                    mention.parties[key] = VISITOR if key == traveller else HOST


def _inherit_from_occasions(mentions: list[_Mention]) -> None:
    """ "X and Y met on the sidelines of a summit in Addis Ababa in February": the occasion's place and
    time are the encounter's own."""
    for mention in mentions:
        for occasion in mentions:
            if occasion is mention or occasion.trigger not in mention.trigger.subtree:
                continue
            if mention.date is None and occasion.date is not None:
                mention.date = occasion.date
            if mention.location is None:
                mention.location = occasion.location


def _gapped_groups(trigger: Token) -> list[list[Token]]:
    """Counterparts a visitor meets in turn, each in a clause whose verb is left out (guideline, convention
    6): "met A in Riyadh and later B in Doha", "met with A last week, and this week with B"."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return _series_groups(trigger)
    groups: list[list[Token]] = []
    if any(c.dep_ == "cc" for c in trigger.children):
        with_preps = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "with"]
        for prep in with_preps[1:]:
            objects = [o for o in prep.children if o.dep_ == "pobj"]
            groups.extend([[*o.conjuncts, o] for o in objects])
    for token in trigger.subtree:
        if token.dep_ == "conj" and any(
            c.dep_ == "advmod" and c.lower_ in SEQUENCE_ADVERBS and c.i < token.i for c in token.subtree
        ):
            groups.append([token, *(t for t in token.conjuncts if t.i > token.i)])
    return groups


def _series_groups(trigger: Token) -> list[list[Token]]:
    """ "for meetings with the IMF and the G-7": a plural meeting noun is one encounter per counterpart
    (convention 6), each after the first split off; "talks" is plural in form only and stays one."""
    if trigger.tag_ != "NNS" or trigger.lemma_.lower() not in SERIES_NOUNS:
        return []
    counterparts: list[Token] = []
    for obj in _prep_objects(trigger, ("with",)):
        named = [obj, *obj.conjuncts]
        if len(named) == 1:
            # "with the IMF and G-7 ministers": the coordination is inside the modifier
            coordinated = [m for m in _children(obj, ("nmod", "compound", "amod")) if m.conjuncts]
            named = [coordinated[0], *coordinated[0].conjuncts] if coordinated else named
        counterparts.extend(sorted(named, key=lambda t: t.i))
    return [[c] for c in counterparts[1:]]


def _split_gapped(
    mention: _Mention, actors: ArticleActors, meta: ArticleMeta, expressions: list[DateExpression] | None
) -> list[_Mention]:
    """One mention per counterpart met in turn; each later one takes the place and time written after it."""
    found: list[_Mention] = []
    taken: set[str] = set()
    object_side = _object_side(mention.trigger, actors)
    object_role = next((r for k, r in mention.parties.items() if k in object_side), PARTICIPANT)
    for group in _gapped_groups(mention.trigger):
        keys = [k for token in group for k in _actor_keys(token, actors) if k not in taken]
        if not keys:
            continue
        taken |= set(keys)
        start = min(t.idx for t in group)
        later = replace(mention, parties={k: mention.parties.get(k, object_role) for k in keys})
        places = [
            p
            for t in mention.sentence
            if t.idx > start and t.dep_ == "pobj" and t.head.lower_ in ("in", "at")
            if (p := _place_text(t)) is not None
        ]
        series = mention.trigger.pos_ not in ("VERB", "AUX")
        if series:  # the meetings of a plural noun share its place and time
            found.append(later)
            continue
        later.location = places[0] if places else None
        own_dates = [e for e in expressions or [] if e.start > start]
        tense = FUTURE if mention.status == PLANNED else PAST
        later.date = (
            resolve_date(own_dates[0].text, meta.published_date, tense) if own_dates else mention.date
        )
        found.append(later)
    if not found:
        return [mention]
    first = replace(mention, parties={k: r for k, r in mention.parties.items() if k not in taken})
    if first.location is not None and first.location in {m.location for m in found}:
        first.location = None
    shared = {k: r for k, r in first.parties.items() if k not in object_side}
    for later in found:
        later.parties = {**shared, **later.parties}
    return [first, *found]


def _object_side(trigger: Token, actors: ArticleActors) -> set[str]:
    """Actors named as the trigger verb's counterparts (objects and with-phrases), not its subject."""
    objects = _children(trigger, ("dobj",)) + _prep_objects(trigger, ("with",))
    return {k for o in objects for c in [o, *o.conjuncts] for k in _actor_keys(c, actors)}


def _clause_verbs(verb: Token) -> set[int]:
    """A verb and the verbs coordinated with it: one subject's chain of actions ("will hold talks with X
    and meet Y")."""
    first = verb
    while first.dep_ == "conj" and first.head != first and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    return {first.i, *(t.i for t in first.conjuncts)}


def _fold_into_visits(mentions: list[_Mention], actors: ArticleActors) -> list[_Mention]:
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
        verbs = _clause_verbs(prep.head)
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
            _drop_met_destination(visit.parties, set(encounter.parties), actors)
            visit.attendees.extend(k for k in encounter.attendees if k not in visit.parties)
            visit.date = visit.date or encounter.date
            visit.location = visit.location or encounter.location
            visit.status = visit.status or encounter.status
            folded.add(id(encounter))
    return [m for m in mentions if id(m) not in folded]


def _drop_met_destination(
    parties: dict[str, str], named_by_encounter: set[str], actors: ArticleActors
) -> None:
    """ "During his visit to Brazil, X held talks with the Brazilian president": once a person of the
    destination country receives the traveller, the country was only where he went (convention 1)."""
    host_homes = {_home_of(k, actors) for k, r in parties.items() if r == HOST and _is_person(k, actors)}
    for key in [k for k, r in parties.items() if r == HOST and k not in named_by_encounter]:
        iso3, is_country = _country_of(key, actors)
        if is_country and iso3 is not None and CAPITAL_SUCCESSORS.get(iso3, iso3) in host_homes:
            del parties[key]


# ---------------------------------------------------------------------------------------------------
# Merging
# ---------------------------------------------------------------------------------------------------


def _country_of(key: str, actors: ArticleActors) -> tuple[str | None, bool]:
    """(ISO3, is_country_actor) of an actor."""
    actor = actors.actor(key)
    if actor is None:
        return None, False
    return actor.country_iso3, actor.actor_type == "country"


def _home_of(key: str, actors: ArticleActors) -> str | None:
    """Where an actor is at home, for hosts and visitors. A country guessed only from the article's
    setting does not count: the setting is where the meetings happen, so it would make everyone a host."""
    actor = actors.actor(key)
    if actor is None or actor.country_evidence == "setting" or actor.country_iso3 is None:
        return None
    # the place table knows today's states: a former state's official is at home in its old capital
    return CAPITAL_SUCCESSORS.get(actor.country_iso3, actor.country_iso3)


def _international_body(key: str, actors: ArticleActors) -> bool:
    actor = actors.actor(key)
    return actor is not None and actor.actor_type == "organization" and is_international_body(actor.name)


def _international_official(key: str, actors: ArticleActors) -> bool:
    """A person the article shows serving an international body: no national affiliation, but evidence."""
    actor = actors.actor(key)
    return (
        actor is not None
        and actor.actor_type == "person"
        and actor.country_iso3 is None
        and actor.country_evidence is not None
    )


def _setting_only(key: str, actors: ArticleActors) -> bool:
    """The actor's country is only guessed from the story's setting, which says nothing of whose side a
    person is on ("Finance Minister X visits Washington": X is no American)."""
    actor = actors.actor(key)
    return actor is not None and actor.country_evidence == "setting"


def _map_parties(
    mention_keys: Iterable[str], meeting_keys: Iterable[str], actors: ArticleActors
) -> dict[str, str]:
    """Map each of a mention's parties onto the meeting's: the same key, or a country actor onto the one
    person of that country ("Xi's state visit to Russia" and "the Xi-Putin summit": Russia -> Putin),
    or a person onto a country party of the meeting."""
    meeting_list = list(meeting_keys)
    # Same keys first: a party the meeting already has is never also the image of another party.
    mapping: dict[str, str] = {key: key for key in mention_keys if key in meeting_list}
    for key in mention_keys:
        if key in mapping:
            continue
        iso3, is_country = _country_of(key, actors)
        if iso3 is None:
            continue
        same_country = [
            other
            for other in meeting_list
            if other not in mapping.values() and _country_of(other, actors)[0] == iso3
        ]
        if len(same_country) != 1 or _setting_only(key, actors) or _setting_only(same_country[0], actors):
            continue
        other_is_country = _country_of(same_country[0], actors)[1]
        if is_country != other_is_country:
            mapping[key] = same_country[0]
    return mapping


def _core(parties: dict[str, str]) -> dict[str, str]:
    return {k: r for k, r in parties.items() if r != ATTENDEE}


def _stronger_role(a: str, b: str) -> str:
    order = {HOST: 3, VISITOR: 3, PARTICIPANT: 2, ATTENDEE: 1}
    return a if order[a] >= order[b] else b


def _absorb(meeting: _Meeting, mention: _Mention, actors: ArticleActors, fill_only: bool) -> None:
    """Add a mention to a meeting: its parties (persons replace their country), attendees, and the
    date/place/status it gives when the meeting lacks them (or when it is more precise)."""
    meeting.mentions.append(mention)
    mapping = _map_parties(mention.parties, meeting.parties, actors)
    for key, role in mention.parties.items():
        target = mapping.get(key)
        if target is None:
            if not fill_only or key not in meeting.parties:
                meeting.parties[key] = (
                    role if key not in meeting.parties else _stronger_role(meeting.parties[key], role)
                )
            continue
        if target == key:
            meeting.parties[key] = _stronger_role(meeting.parties[key], role)
            continue
        meeting_role = meeting.parties.pop(target)
        target_is_country = _country_of(target, actors)[1]
        keep = key if target_is_country else target  # a person is the more specific party
        meeting.parties[keep] = _stronger_role(meeting_role, role)
    for key in mention.attendees:
        if key not in meeting.parties:
            meeting.parties[key] = ATTENDEE
    if meeting.status is None:
        meeting.status = mention.status
    if mention.date is not None and mention.date.date is not None:
        current = meeting.date
        if (
            current is None
            or current.date is None
            or (
                not fill_only and not _dates_conflict(current, mention.date) and _finer(mention.date, current)
            )
        ):
            meeting.date = mention.date
    if mention.location is not None:
        meeting.location = _more_specific_place(meeting.location, mention.location)
    meeting.background = meeting.background or (mention.background and not fill_only)


def _finer(a: ResolvedDate, b: ResolvedDate) -> bool:
    rank = {"day": 3, "month": 2, "year": 1, "unknown": 0}
    return rank[a.precision] > rank[b.precision]


def _more_specific_place(current: str | None, candidate: str) -> str:
    """City over country: keep a place that is not itself a country name."""
    if current is None:
        return candidate
    replace = (
        country_by_name(current) is not None
        and country_by_name(candidate) is None
        and _place_iso3(candidate) in (None, _place_iso3(current))
    )
    return candidate if replace else current


def _additive(trigger: Token) -> bool:
    """The trigger's clause adds to what was told ("also met", "met X as well")."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    return any(c.dep_ == "advmod" and c.lower_ in ADDITIVE_ADVERBS for c in verb.children)


def _can_merge(meeting: _Meeting, mention: _Mention, actors: ArticleActors) -> bool:
    if meeting.status is not None and mention.status is not None and meeting.status != mention.status:
        return False
    if (
        mention.background != meeting.background
        and not mention.definite
        and (mention.date is not None or meeting.date is not None)
    ):
        # "when the two men talked at last month's ball" reports an older encounter than the news; only
        # an anaphoric noun ("the summit") may refer across that line to a meeting told of before. Without
        # a time of its own on either side, the same parties are the same encounter told again.
        return False
    if _dates_conflict(meeting.date, mention.date):
        return False
    mention_core = list(_core(mention.parties))  # lists, not sets: the mapping must not depend on hashing
    meeting_core = list(_core(meeting.parties))
    mapping = _map_parties(mention_core, meeting_core, actors)
    mapped = {mapping.get(k, k) for k in mention_core}
    if mapped - set(meeting_core) and _additive(mention.trigger):
        return False  # "the ministers also met X": X joins in another encounter, not the one told before
    return mapped <= set(meeting_core) or set(meeting_core) <= mapped


def _delegation_heads(doc: Doc, actors: ArticleActors) -> dict[str, list[str]]:
    """Country actor key -> the persons who lead its delegation ("the Nigerian team, headed by X and Y"),
    for articles that name a country's negotiators only once and elsewhere call them by their country."""
    heads: dict[str, list[str]] = {}
    for token in doc:
        if token.lemma_.lower() not in DELEGATION_NOUNS or token.pos_ != "NOUN":
            continue
        leading = [
            c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in DELEGATION_LEADING_VERBS
        ]
        if not leading:
            continue
        countries = [
            key
            for key in _phrase_actor_keys(token, actors)
            if (actor := actors.actor(key)) is not None and actor.actor_type == "country"
        ]
        if not countries:
            demonyms = {
                iso3
                for c in token.children
                if c.dep_ in ("amod", "compound") and (iso3 := country_by_demonym(c.text)) is not None
            }
            countries = [
                a.local_key for a in actors.actors if a.actor_type == "country" and a.country_iso3 in demonyms
            ]
        persons = [
            key
            for verb in leading
            for obj in _prep_objects(verb, ("by",))
            for key in _actor_keys(obj, actors)
            if (actor := actors.actor(key)) is not None and actor.actor_type == "person"
        ]
        if len(countries) == 1 and persons:
            heads.setdefault(countries[0], list(dict.fromkeys(persons)))
    return heads


def _country_to_delegates(parties: dict[str, str], heads: dict[str, list[str]]) -> dict[str, str]:
    """A country that meets ("representatives from Nigeria are meeting ...") is its delegation: the persons
    the article names as leading it take its place, with its role. A visited country (host) stays."""
    result: dict[str, str] = {}
    for key, role in parties.items():
        delegates = heads.get(key, [])
        if delegates and role in (PARTICIPANT, VISITOR) and not any(d in parties for d in delegates):
            for delegate in delegates:
                result.setdefault(delegate, role)
        else:
            result[key] = role
    return result


def _body_members(key: str, actors: ArticleActors) -> frozenset[str]:
    """The member states (ISO3) of an organisation actor listed in BODY_MEMBERS, else none."""
    body = actors.actor(key)
    if body is None or body.actor_type != "organization":
        return frozenset()
    for name in (body.name, *body.aliases):
        members = BODY_MEMBERS.get(" ".join(name.lower().split()))
        if members:
            return frozenset(members)
    return frozenset()


def _add_body_members(mention: _Mention, actors: ArticleActors) -> None:
    """A meeting of one body and nobody else ("GCC ministers opened a meeting") is a meeting of its member
    states: the members the article names as country actors (two at least) join as participants."""
    core = _core(mention.parties)
    if len(core) != 1:
        return
    members = _body_members(next(iter(core)), actors)
    named = [a.local_key for a in actors.actors if a.actor_type == "country" and a.country_iso3 in members]
    if len(named) >= 2:
        _add(mention.parties, named, PARTICIPANT)


def _same_visitor_visit(mention: _Mention, meetings: list[_Meeting]) -> bool:
    """ "X begins a state visit on Tuesday" beside a reported visit of X: a traveller makes one visit at a
    time, so a visit noun naming only its visitor is the article's one visit by that visitor."""
    if mention.meeting_type != "visit" or mention.trigger.pos_ != "NOUN":
        return False
    visitors = [k for k, r in _core(mention.parties).items() if r == VISITOR]
    if len(visitors) != 1 or len(_core(mention.parties)) != 1:
        return False
    hosting = [m for m in meetings if m.parties.get(visitors[0]) == VISITOR and _meeting_type(m) == "visit"]
    return len(hosting) == 1


def _merge_mentions(mentions: list[_Mention], actors: ArticleActors) -> list[_Meeting]:
    meetings: list[_Meeting] = []
    # Pass 1: mentions that name two parties or more make meetings.
    for mention in mentions:
        if len(_core(mention.parties)) < 2:
            continue
        for meeting in meetings:
            if _can_merge(meeting, mention, actors):
                _absorb(meeting, mention, actors, fill_only=False)
                break
        else:
            meetings.append(
                _Meeting(
                    [mention],
                    dict(mention.parties),
                    [],
                    mention.status,
                    mention.background,
                    mention.date,
                    mention.location,
                )
            )
            for key in mention.attendees:
                meetings[-1].parties.setdefault(key, ATTENDEE)
    # Pass 2: one-party and anaphoric mentions join the nearest meeting they fit (preceding first).
    for mention in mentions:
        core = _core(mention.parties)
        if len(core) >= 2:
            continue
        if not mention.definite and not _same_visitor_visit(mention, meetings):
            # Only a definite noun ("the meeting", "the visit by X", "Chirac's visit") refers back; a
            # one-party verb ("X visits Washington") may well be another encounter.
            continue
        candidates = [
            meeting
            for meeting in meetings
            if (not core or _can_merge(meeting, mention, actors))
            and not _dates_conflict(meeting.date, mention.date)
            and not (meeting.status and mention.status and meeting.status != mention.status)
        ]
        if not candidates:
            continue
        # "Opening the meeting" refers back to "a meeting", not to "a summit" named in between: an
        # anaphoric noun repeats its antecedent's noun, so meetings of the same type come first
        same_type = [m for m in candidates if _meeting_type(m) == mention.meeting_type]
        candidates = same_type or candidates
        preceding = [m for m in candidates if m.first_sentence <= mention.sentence_index]
        if preceding:
            target = max(
                preceding,
                key=lambda m: max(
                    x.sentence_index for x in m.mentions if x.sentence_index <= mention.sentence_index
                ),
            )
        else:
            target = min(candidates, key=lambda m: m.first_sentence)
        _absorb(target, mention, actors, fill_only=True)
    return meetings


def _is_session(meeting: _Meeting, actors: ArticleActors) -> bool:
    """The meeting is an organisation's own session ("attend the IMF's meeting"): its parties are
    members, so the place decides no host (guideline, convention 8)."""
    return any(
        m.trigger.pos_ == "NOUN" and _organisation_meeting(m.trigger, m.parties, actors)
        for m in meeting.mentions
    )


def _fold_country_visits(meetings: list[_Meeting], actors: ArticleActors) -> list[_Meeting]:
    """A visit to a country told in the same sentence as the traveller's meeting with a person of that
    country ("is visiting India, where he will meet the Indian prime minister") is that meeting: the
    country was only the destination (guideline, convention 1), the person is the counterpart."""
    folded: set[int] = set()
    for visit in meetings:
        core = _core(visit.parties)
        visitors = [k for k, r in core.items() if r == VISITOR]
        countries = [k for k, r in core.items() if r == HOST and _country_of(k, actors)[1]]
        if _meeting_type(visit) != "visit" or len(visitors) != 1 or len(countries) != 1 or len(core) != 2:
            continue
        sentences = {m.sentence_index for m in visit.mentions}
        for meeting in meetings:
            if meeting is visit or id(meeting) in folded or visitors[0] not in meeting.parties:
                continue
            if not sentences & {m.sentence_index for m in meeting.mentions}:
                continue
            if countries[0] not in _map_parties(countries, meeting.parties, actors):
                continue
            meeting.parties[visitors[0]] = VISITOR
            for mention in visit.mentions:
                _absorb(meeting, mention, actors, fill_only=True)
            folded.add(id(visit))
            break
    return [m for m in meetings if id(m) not in folded and not _trip_only(m, actors)]


def _trip_only(meeting: _Meeting, actors: ArticleActors) -> bool:
    """A trip to a country that names no counterpart ("an IMF mission visited Yugoslavia", "visited
    Washington last week") is no meeting (guideline, convention 1). The country is a counterpart when
    the report names it again beside the destination ("will be explained to the U.S. when X visits
    Washington")."""
    core = _core(meeting.parties)
    visitors = [k for k, r in core.items() if r == VISITOR]
    # "his Mexico trip": a country beside the traveller of a visit is its destination, whatever role it got
    countries = [k for k, r in core.items() if r in (HOST, PARTICIPANT) and _country_of(k, actors)[1]]
    if any(m.meeting_type != "visit" for m in meeting.mentions):
        return (
            False  # "due to visit Moscow for a summit with the president": the summit names the counterpart
        )
    if visitors and len(visitors) == len(core):
        return True  # travellers only: no one is met
    if not visitors or not countries or len(core) != len(countries) + len(visitors):
        return False
    sentences = {m.sentence_index: m.sentence for m in meeting.mentions}.values()
    return not any(
        mention.local_key in countries
        and _counterpart_mention(sentence, mention.char_start, mention.char_end)
        for sentence in sentences
        for mention in actors.mentions_in(sentence.start_char, sentence.end_char)
    )


def _counterpart_mention(sentence: Span, start: int, end: int) -> bool:
    """A country named as someone addressed or dealt with ("will be explained to the U.S.", "talks with
    U.S. officials", "briefed Japan"), not as a destination ("a visit to Scotland") or an owner ("Britain's
    vote")."""
    span = sentence.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    if token.dep_ in ("compound", "nmod", "amod") and token.head.lemma_.lower() in GROUP_NOUNS | PARTY_NOUNS:
        token = token.head  # "U.S. officials": the group acts for the country
    governor = (token.head.head if token.dep_ == "pobj" else token.head).lemma_.lower()
    trigger = VERB_FRAMES.get(governor) or NOUN_TRIGGERS.get(governor) or {}
    if trigger.get("type") == "visit" or governor in TRAVEL_VERBS:
        return False  # the destination of the trip
    if not trigger and governor not in SPEECH_VERB_LEMMAS:
        return False  # "a rescue plan that would enable Guyana to revive": no one dealt with
    if token.dep_ == "pobj":
        return token.head.lower_ in ("to", "with")
    return token.dep_ in ("dobj", "dative")


# ---------------------------------------------------------------------------------------------------
# Finishing
# ---------------------------------------------------------------------------------------------------


def _seat_head(location: str | None, core: dict[str, str], actors: ArticleActors) -> str | None:
    """The party whose own seat of government the meeting place is ("met at the White House": the
    president): the one person of the seat's country holding a head-of-state or government title."""
    if location is None:
        return None
    seat_iso3 = next(
        (code for seat, code in SEATS_OF_GOVERNMENT.items() if seat.lower() == location.lower()), None
    )
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


def _is_national_ground(place: str) -> bool:
    """A country or its capital: meeting there is being received on home ground (guideline, convention
    7: "in the host's capital"); a meeting in another city ("in Woodside, California", at a summit's
    resort) says nothing of who travelled."""
    return country_by_capital(place) is not None or country_by_name(place) is not None


def _session_attendance(parties: dict[str, str], actors: ArticleActors) -> dict[str, str]:
    """ "visits Washington for the IMF meeting": travelling to a body's session with no host named makes
    the traveller one of its participants (convention 8), not a visitor."""
    core = _core(parties)
    others = [k for k, r in core.items() if r != VISITOR]
    sessions = [k for k in others if _international_body(k, actors) or _body_members(k, actors)]
    if not others or sessions != others or HOST in core.values():
        return parties
    return {k: (PARTICIPANT if r == VISITOR else r) for k, r in parties.items()}


def _infer_roles(
    parties: dict[str, str],
    location_iso3: str | None,
    actors: ArticleActors,
    location: str | None = None,
    article_seat: str | None = None,
) -> dict[str, str]:
    """Symmetric wording plus a known place: the party at home hosts, the others visit.

    ``article_seat`` is the one seat of government the article names ("the White House"), the scene of
    the meetings it does not place: it decides roles between persons only (a whole country named as a
    party is a delegation whose travel the article does not report)."""
    core = _core(parties)
    if any(_body_members(key, actors) for key in core):
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
            seat_iso3 = _place_iso3(article_seat)
            away = [k for k in persons if k != head and _home_of(k, actors) not in (None, seat_iso3)]
            if away:
                return {k: (HOST if k == head else VISITOR if k in away else r) for k, r in parties.items()}
    if location_iso3 is None or explicit:
        # one explicit role implies the other for the remaining symmetric parties; an international body
        # met on a journey is a meeting of parties, not a host (convention 8)
        if any(role == VISITOR for role in core.values()) and not any(role == HOST for role in core.values()):
            return {
                k: (HOST if r == PARTICIPANT and not _international_body(k, actors) else r)
                for k, r in parties.items()
            }
        if any(role == HOST for role in core.values()) and not any(role == VISITOR for role in core.values()):
            return {k: (VISITOR if r == PARTICIPANT else r) for k, r in parties.items()}
        return parties
    if location is not None and not _is_national_ground(location):
        return parties
    homes = [k for k in core if _home_of(k, actors) == location_iso3]
    aways = [k for k in core if _home_of(k, actors) not in (None, location_iso3)]
    unknown = [k for k in core if _home_of(k, actors) is None]
    if homes and not aways:
        # "X met the NATO chief in Kyiv": an official of an international body, at a state's own ground,
        # is the state's guest (at the body's seat he would host, the rule below)
        aways = [k for k in unknown if _international_official(k, actors)]
    if aways and not homes and unknown and len(aways) + len(unknown) == len(core):
        # "X (from abroad) held talks with the IMF chief in Washington": the traveller is the one whose
        # home is elsewhere; the party of no known country is the one found at the place, the host
        homes = unknown
    if not homes or not aways:
        return parties
    inferred = dict(parties)
    for key in homes:
        inferred[key] = HOST
    for key in aways:
        inferred[key] = VISITOR
    return inferred


def _is_old(date: ResolvedDate | None, published: dt.date | None) -> bool:
    if date is None or date.date is None or published is None:
        return False
    _, last = date_range(date.date, date.precision)
    if date.precision == "day":
        return (published - last).days > BACKGROUND_AGE_DAYS
    return last < published.replace(day=1) if date.precision == "month" else last.year < published.year


def _confidence(meeting: _Meeting, parties: dict[str, str], actors: ArticleActors) -> float:
    base = max(CONFIDENCE_BASE[m.kind] for m in meeting.mentions if len(_core(m.parties)) >= 2)
    extra = min(CONFIDENCE_PER_EXTRA_EVIDENCE * (len({m.sentence_index for m in meeting.mentions}) - 1),
                CONFIDENCE_EVIDENCE_CAP)  # fmt: skip
    score = base + extra
    if any(role in (HOST, VISITOR) for role in parties.values()):
        score += CONFIDENCE_ROLE_BONUS
    if any(_country_of(k, actors)[1] for k in _core(parties)):
        score -= CONFIDENCE_COUNTRY_PARTY_PENALTY
    return round(min(max(score, 0.0), 1.0), 3)


def _meeting_type(meeting: _Meeting) -> str:
    # A summit is the most specific name of an encounter; otherwise the article's first wording.
    ordered = sorted(meeting.mentions, key=lambda m: (m.sentence_index, m.trigger.i))
    if any(m.meeting_type == "summit" for m in ordered):
        return "summit"
    strong = [m for m in ordered if len(_core(m.parties)) >= 2]
    return (strong or ordered)[0].meeting_type


def _oldest_in(expressions: list[DateExpression], published: dt.date | None) -> ResolvedDate | None:
    resolved = [resolve_date(e.text, published, PAST) for e in expressions]
    dated = [r for r in resolved if r.date is not None]
    return min(dated, key=lambda r: r.date or dt.date.max) if dated else None


def _dateline_place(sentences: list[Span]) -> str | None:
    """The place of a wire dateline ("WASHINGTON (AP) —", "NEW DELHI, March 3 -"): where the story was
    filed, the place of the news meetings that the text does not place itself."""
    for sentence in sentences[:3]:
        words = _dateline_words(sentence)
        if not words:
            continue
        place = " ".join(token.text for token in words).title()
        # the small model often misses an all-capitals place; a known place name is enough then
        if any(t.ent_type_ not in ("GPE", "LOC") for t in words) and place_country(place) is None:
            continue
        if len(sentence) > len(words) and sentence[len(words)].text in ("(", "—", "--", "-", ","):
            return place
    return None


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


def _article_seat(text: str) -> str | None:
    """The one seat of government an article names ("the White House"), or None when it names none or
    several: a story told from one seat sets its unplaced meetings there."""
    found = {seat for seat in SEATS_OF_GOVERNMENT if re.search(r"\b" + re.escape(seat) + r"\b", text)}
    codes = {SEATS_OF_GOVERNMENT[seat] for seat in found}
    return min(found, key=len) if len(codes) == 1 else None


def _last_named_day(expressions: list[DateExpression], published: dt.date | None) -> ResolvedDate | None:
    """The last day a sentence's time phrases name explicitly (a weekday, a date, "yesterday"): the day in
    focus for a later bare "in the afternoon". Read as past: the article reports what happened on it."""
    found: ResolvedDate | None = None
    for expression in expressions:
        if " ".join(expression.text.lower().split()) in DAY_PART_EXPRESSIONS:
            continue
        resolved = resolve_date(expression.text, published, PAST)
        if resolved.precision == "day" and (published is None or resolved.date != published):
            found = resolved
    return found


@dataclass(frozen=True, slots=True)
class _Journey:
    """A party travelling to one place ("X will fly to Tokyo on Sunday"), with the day it sets off."""

    travellers: tuple[str, ...]
    place: str
    date: ResolvedDate | None
    sentence_index: int = 0
    planned: bool = False


def _has_visitor(meeting: _Meeting) -> bool:
    return any(role == VISITOR for role in meeting.parties.values())


def _journeys(sentences: list[Span], meta: ArticleMeta, actors: ArticleActors) -> list[_Journey]:
    """The journeys the article reports: a travel verb with a subject party and one destination place."""
    found: list[_Journey] = []
    for index, sentence in enumerate(sentences):
        for verb in sentence:
            presence = verb.lemma_ == "be" and verb.dep_ == "ROOT"  # "X was in Kyiv on Tuesday"
            # "X will visit Washington next week": a visit to a place is a journey too
            travel = verb.lemma_.lower() in TRAVEL_VERBS or (
                verb.lemma_.lower() == "visit" and not _prenominal_visiting(verb)
            )
            if not presence and (verb.pos_ != "VERB" or not travel):
                continue
            places = _destinations(verb)
            travellers = tuple(k for s in _subjects(verb)[0] for k in _actor_keys(s, actors))
            if len(places) != 1 or not travellers:
                continue
            if presence and any(_home_of(k, actors) == _place_iso3(places[0]) for k in travellers):
                continue  # at home: no journey
            chosen = _choose_date_expression(
                sentence, verb, None, find_date_expressions(sentence.text, sentence.start_char)
            )
            stated = _planned(verb, None)
            # "when he visits Washington next month": a present tense that announces the trip
            planned = bool(stated if stated is not None else _present_for_future(verb, chosen))
            tense = FUTURE if planned else PAST
            date = resolve_date(chosen.text, meta.published_date, tense) if chosen is not None else None
            found.append(_Journey(travellers, places[0], date, index, planned))
    return found


def _stays(meeting: _Meeting, parties: dict[str, str]) -> list[_Journey]:
    """A visitor's placed meeting is a stay there: "X met Y in Beijing. X later met Z" is in Beijing too."""
    if meeting.location is None or meeting.background:
        return []
    planned = meeting.status == PLANNED
    return [
        _Journey((key,), meeting.location, meeting.date, meeting.first_sentence, planned)
        for key, role in _core(parties).items()
        if role == VISITOR
    ]


# Sentences after a journey within which a meeting of the traveller is taken to be on that journey.
JOURNEY_WINDOW = 2


# Days after an arrival within which a meeting still to come is on the trip ("arrived in Canberra on
# Wednesday ... will hold talks with X on Thursday").
TRIP_DAYS = 7


def _same_trip_status(journey: _Journey, meeting: _Meeting) -> bool:
    """A journey and a meeting of one trip: both planned, both done, or a meeting due within days of an
    arrival that has happened."""
    if journey.planned == (meeting.status == PLANNED):
        return True
    if journey.planned or journey.date is None or journey.date.date is None:
        return False
    if meeting.date is None or meeting.date.date is None or meeting.date.precision != "day":
        return False
    return 0 <= (meeting.date.date - journey.date.date).days <= TRIP_DAYS


def _place_on_journey(meeting: _Meeting, journeys: list[_Journey]) -> None:
    """An unplaced meeting of a traveller told just after the journey ("X flew to Riyadh on Sunday. On
    Monday, X met the crown prince") is held where the journey went, and the traveller is the visitor
    (guideline, conventions 4 and 7: the place follows from a stated trip)."""
    if meeting.location is not None or meeting.background or _has_visitor(meeting):
        return
    first = meeting.first_sentence
    core = _core(meeting.parties)
    there = [
        j
        for j in journeys
        if set(j.travellers) & set(core)
        and 0 <= first - j.sentence_index <= JOURNEY_WINDOW
        and _same_trip_status(j, meeting)
    ]
    if len({j.place for j in there}) != 1 or len({t for j in there for t in j.travellers} & set(core)) != 1:
        return
    meeting.location = there[0].place
    traveller = next(t for j in there for t in j.travellers if t in core)
    meeting.parties[traveller] = VISITOR


def _follow_journey(meeting: _Meeting, journeys: list[_Journey], actors: ArticleActors) -> None:
    """A visitor's meeting placed only by a country ("flying to Japan for talks") takes the city the same
    visitor travels to in that country ("will fly to Tokyo on Sunday"): the guideline wants the most
    specific place written. Undated, it takes the month of that journey's departure: the talks follow the
    arrival on a day the article does not give, so only the month is claimed."""
    if meeting.location is None or country_by_name(meeting.location) is None:
        return
    country = _place_iso3(meeting.location)
    visitors = {k for k, r in meeting.parties.items() if r == VISITOR}
    there = [
        j
        for j in journeys
        if visitors & set(j.travellers)
        and country_by_name(j.place) is None
        and _place_iso3(j.place) == country
    ]
    if len({j.place for j in there}) != 1:
        return
    meeting.location = there[0].place
    dated = [j.date for j in there if j.date is not None and j.date.date is not None]
    if (meeting.date is None or meeting.date.date is None) and dated and dated[0].date is not None:
        meeting.date = ResolvedDate(dated[0].date.replace(day=1), "month", None)


def _triggers_by_sentence(doc: Doc, sentences: list[Span]) -> list[list[Trigger]]:
    """The article's triggers, found by one Matcher pass, grouped by sentence (by bisection: a scan of
    all triggers per sentence made long articles quadratic)."""
    triggers = list(_trigger_finder(doc.vocab).find(doc).values())  # in token order
    positions = [trigger.token.i for trigger in triggers]
    return [
        triggers[bisect.bisect_left(positions, s.start) : bisect.bisect_left(positions, s.end)]
        for s in sentences
    ]


def extract_meetings(doc: Doc, meta: ArticleMeta, actors: ArticleActors) -> list[LocalMeeting]:
    """The distinct meetings the article reports, each with its participants, date, place and evidence."""
    repair_initial_plurals(doc, NOUN_TRIGGERS)
    sentence_index = SentenceIndex(doc)
    sentences = list(sentence_index.sentences)
    actors = _ArticleParties(actors.actors, actors.mentions)
    actors.groups = _find_groups(sentences, actors)
    mentions: list[_Mention] = []
    focus_day: ResolvedDate | None = None
    frame: int | None = None  # the week the story's plans are set in, once it has said ("next week")
    by_sentence = _triggers_by_sentence(doc, sentences)
    for index, sentence in enumerate(sentences):
        # Only sentences with a trigger get the dependency work.
        own = by_sentence[index]
        expressions = find_date_expressions(sentence.text, sentence.start_char)  # once per sentence
        if own:
            time_frame = _TimeFrame(meta.published_date, focus_day, frame)
            mentions.extend(_sentence_mentions(sentence, index, own, meta, actors, time_frame, expressions))
        focus_day = _last_named_day(expressions, meta.published_date) or focus_day
        for expression in expressions:
            found_frame = week_frame(expression.text, meta.published_date)
            frame = found_frame if found_frame is not None else frame
    for mention in mentions:
        _add_body_members(mention, actors)
    meetings = _fold_country_visits(_merge_mentions(mentions, actors), actors)
    dateline = _dateline_place(sentences)
    article_seat = _article_seat(doc_text(doc))
    heads = _delegation_heads(doc, actors)
    journeys = _journeys(sentences, meta, actors) if meetings else []
    results: list[LocalMeeting] = []
    for meeting in sorted(meetings, key=lambda m: m.first_sentence):
        if journeys:
            _follow_journey(meeting, journeys, actors)
            _place_on_journey(meeting, journeys)
        if meeting.location is None and dateline is not None and not meeting.background:
            meeting.location = dateline
        location_iso3 = _place_iso3(meeting.location) if meeting.location else None
        parties = _country_to_delegates(meeting.parties, heads) if heads else meeting.parties
        if not _is_session(meeting, actors):
            parties = _infer_roles(parties, location_iso3, actors, meeting.location, article_seat)
        parties = _session_attendance(parties, actors)
        journeys.extend(_stays(meeting, parties))
        if len(parties) < 2 or len(_core(parties)) < 1:
            continue
        date = meeting.date if meeting.date is not None and meeting.date.date is not None else None
        status = meeting.status or OCCURRED
        if (
            status == OCCURRED
            and date is not None
            and meta.published_date is not None
            and date.date is not None
            and date.date > meta.published_date
        ):
            status = PLANNED  # a reported meeting cannot lie after its report
        evidence: dict[int, MeetingEvidence] = {}
        for mention in sorted(meeting.mentions, key=lambda m: (m.sentence_index, m.trigger.i)):
            if mention.sentence_index in evidence:
                continue
            start, end = _strip_trailing_space(mention.sentence)
            evidence[mention.sentence_index] = MeetingEvidence(
                mention.sentence_index, start, end, mention.trigger_text
            )
        results.append(
            LocalMeeting(
                local_key=f"m{len(results)}",
                meeting_type=_meeting_type(meeting),
                status=status,
                date=date.date if date else None,
                date_precision=date.precision if date else "unknown",
                date_text=(meeting.date.text if meeting.date is not None else None),
                location=meeting.location,
                location_country_iso3=location_iso3,
                is_background=status == OCCURRED
                and (meeting.background or _is_old(date, meta.published_date)),
                confidence=_confidence(meeting, parties, actors),
                participants=[Participant(key, role) for key, role in parties.items()],
                evidence=list(evidence.values()),
            )
        )
    return results
