"""Which actor or actors a phrase names: the parties of a meeting.

The actors extractor marks names; a meeting's parties are often written otherwise: a description ("the
Saudi leader", "her Indian counterpart Raj Mehta"), a surname or alias, a possessive ("his talks with
Y"), a delegation ("a delegation led by X", "the Nigerian team"), a people ("the Soviets"), a plural
anaphor ("the two leaders", "they") resolved to the group named just before, or a speaker reporting its
own talks ("X said it has had talks"). Also the organisation whose own session a meeting is (convention
8), the members of a body meeting alone, and the secondary parties present (attendees). An unnamed group
is no party (guideline, convention 1).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from dipnews.extract.actors.countries import FAMILY_NAME_FIRST, country_by_demonym
from dipnews.extract.actors.titles import (
    COUNTERPART_NOUNS,
    GENERIC_OFFICE_NOUNS,
    HONORIFICS,
    NATIONAL_OFFICE_NAMES,
    TITLE_ABBREVIATIONS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    is_title_word,
    title_head,
)
from dipnews.extract.meetings.lexicon import (
    ARRIVAL_VERBS,
    ATTENDANCE_VERBS,
    BODY_MEMBERS,
    COUNTING_NOUNS,
    CROWD_NOUNS,
    DELEGATION_LEADING_VERBS,
    DELEGATION_NOUNS,
    GROUP_NOUNS,
    GUEST_NOUNS,
    HEAD_TITLES,
    LANDMARK_PLACES,
    LEADER_GROUP_NOUNS,
    LIGHT_VERBS,
    MEMBERSHIP_VERBS,
    NOUN_TRIGGERS,
    PARTY_NOUNS,
    PLACE_NOUNS,
    POST_PREPOSITIONS,
    RESIDENCE_NOUNS,
    ROLL_CALL_VERBS,
    SEATS_OF_GOVERNMENT,
    SIDES_NOUNS,
    SITE_HEADS,
    TRAVEL_VERBS,
    VERB_FRAMES,
    VERB_PHRASES,
    VERB_TRIGGERS,
    VERBS_WITH_TOPIC_OBJECT,
    VISITING_MODIFIERS,
)
from dipnews.extract.meetings.place import listed_place_iso3, place_iso3, place_text, story_dateline
from dipnews.extract.meetings.records import (
    HOST,
    PARTICIPANT,
    PLANNED,
    VISITOR,
    MeetingMention,
    core_parties,
    enrol,
)
from dipnews.extract.meetings.syntax import (
    definite_bare,
    dependents,
    name_head,
    plan_word,
    prep_objects,
    subject_heads,
    takes_part,
    with_conjuncts,
)
from dipnews.extract.quotes.speech import SPEECH_VERB_LEMMAS
from dipnews.model import ArticleActors, Mention

# Subject pronouns by which a speaker reports its own doings ("the firm said it has had talks").
SELF_REPORT_PRONOUNS = frozenset({"it", "he", "she", "they"})
# Plural pronouns that refer back to a group of parties named just before ("As they met in Ottawa").
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "both"})
GROUP_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "both": 2}
_PAIR_WORDS = frozenset({"pair", "duo"})
# Dependencies of a phrase that can name a group ("X and Y met", "talks with X and Y").
GROUP_PHRASE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos"})
# Sentences back an anaphor may look for its group; a numbered one ("the two leaders") says exactly how
# many parties it wants, so it may look further back without much risk.
ANAPHOR_WINDOW = 2
NUMBERED_ANAPHOR_WINDOW = 4


@dataclass(slots=True)
class ArticleParties(ArticleActors):
    """The actors extractor's index plus the plural phrases this module resolved to groups of actors
    ("the two men", "they"): token index -> actor keys."""

    groups: dict[int, list[str]] = field(default_factory=dict)


def _relative_antecedents(clause: Token) -> list[Token]:
    """What a relative clause describes: its noun, or the whole coordination ending in it when the clause
    tells of an encounter with no counterpart of its own ("X and Y, who met in Cleveland on Friday")."""
    noun = clause.head
    if noun.dep_ != "conj" or dependents(clause, ("dobj",)) or prep_objects(clause, ("with", "between")):
        return _named_member(noun) or [noun]
    first = noun.head
    return with_conjuncts(first) if noun in with_conjuncts(first) else [noun]


def _relative_clause_of(pronoun: Token) -> Token | None:
    """The relative clause a relative pronoun opens: its verb's, or the reporting verb's the parser set
    above it ("Y, whom he said recently spoke with Z": "spoke" is reported by "said", the clause on Y)."""
    clause = pronoun.head
    if clause.dep_ == "relcl":
        return clause
    reporting = clause.head
    if (
        clause.dep_ == "ccomp"
        and reporting.dep_ == "relcl"
        and reporting.lemma_.lower() in SPEECH_VERB_LEMMAS
    ):
        return reporting
    return None


def _named_member(group: Token) -> list[Token]:
    """ "X was among the pastors who met Y", "X is one of the senators who met Y": of an unnamed group the
    one named as its member is the party the clause gives."""
    preposition = group.head
    if group.dep_ != "pobj" or group.pos_ != "NOUN":
        return []
    holder = preposition.head
    if preposition.lower_ == "of" and holder.lower_ == "one" and holder.dep_ == "attr":
        holder = holder.head
    elif preposition.lower_ != "among":
        return []
    if holder.lemma_ != "be":
        return []
    return [c for s in dependents(holder, ("nsubj",)) for c in with_conjuncts(s)]


def actor_keys(token: Token, actors: ArticleActors) -> list[str]:
    """Actors a noun phrase (given by its head) refers to, each under its canonical key."""
    if isinstance(actors, ArticleParties) and token.i in actors.groups:
        return list(actors.groups[token.i])
    keys = [canonical_key(key, actors) for key in phrase_actor_keys(token, actors)]
    if token.lemma_.lower() in LEADER_GROUP_NOUNS and token.pos_ == "NOUN":
        # "the leaders of the United States and Canada": each country's leader, when the article names one
        keys = [_leader_of(key, actors) or key for key in keys]
    return [k for k in dict.fromkeys(keys) if not _landmark(k, actors)]


def _landmark(key: str, actors: ArticleActors) -> bool:
    """A venue the model took for an organisation ("a trip to Capitol Hill"): a place, never a party."""
    actor = actors.actor(key)
    return actor is not None and actor.actor_type == "organization" and actor.name.lower() in LANDMARK_PLACES


def _described_person(token: Token, actors: ArticleActors) -> str | None:
    """ "the Saudi leader", "the Japanese minister", "his Japanese counterpart": the one person of the
    modifier's country whose title has the head noun (any head-of-state title for "leader"), when the
    article has exactly one."""
    if token.tag_ != "NN" or token.lemma_.lower() not in PARTY_NOUNS:
        return None
    # "Germany's new chancellor": a country's possessive is as definite as "the"
    owners = [c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    if not owners and not any(
        (c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "poss" and c.pos_ == "PRON")
        for c in token.children
    ):
        return None
    countries = {
        actor.country_iso3
        for child in token.children
        if child.dep_ in ("amod", "compound", "poss")
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


# Verbs whose subject the article tells travelling: "arrived in Delhi", "travelled to", "is visiting".
_TRAVELLING_VERBS = ARRIVAL_VERBS | TRAVEL_VERBS | {"visit"}
# Verbs whose object is the one received, told as "the guest" after ("X hosted Y. The guest said ..."): the
# trigger verbs whose subject hosts (meetings.yaml, verb_triggers).
_GUEST_TAKING_VERBS = frozenset(
    lemma for lemma, frame in VERB_TRIGGERS.items() if frame.get("subject") == HOST
)


def _office_named_as_body(token: Token, key: str, actors: ArticleActors) -> bool:
    """An organisation the model made of an office ("European Union Special Representative for Central
    Asia"): the phrase's head is an office word, so the phrase names the one who holds it."""
    actor = actors.actor(key)
    return actor is not None and actor.actor_type == "organization" and token.lower_ in TITLE_HEADS


def _titled_member(token: Token, mention: Mention, actors: ArticleActors) -> list[str]:
    """ "Bank of Japan Governor Satoshi Sumita" read as a conjunct "Bank" and a name: an organisation right
    before an office word and a person's name is that person's office, not a party of its own."""
    actor = actors.actor(mention.local_key)
    if actor is None or actor.actor_type != "organization":
        return []
    doc = token.doc
    end = next((t.i + 1 for t in doc[token.i :] if t.idx + len(t.text) >= mention.char_end), len(doc))
    k = end
    while k < len(doc) and k < end + 3 and title_head(doc[k].text) is not None:
        k += 1
    return _persons_starting_at(doc[k], actors)[:1] if end < k < len(doc) else []


def _the_traveller(token: Token, actors: ArticleActors) -> str | None:
    """ "will call on the visiting dignitary", "hosted a banquet for the guest": a definite description of
    the one received, with no country to tell who, is the person the article last told arriving, travelling
    or visiting before it (as the subject of that verb)."""
    if token.tag_ not in ("NN", "NNP") or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.children
    ):
        return None
    lemma = token.lemma_.lower()
    visiting = any(c.dep_ == "amod" and c.lower_ in VISITING_MODIFIERS for c in token.children)
    if not (lemma in GUEST_NOUNS or (visiting and lemma in PARTY_NOUNS)):
        return None
    for verb in reversed(token.doc[: token.sent.start]):
        if (verb.pos_ == "VERB" and verb.lemma_.lower() in _TRAVELLING_VERBS) or _on_a_visit(verb):
            travellers = [
                k for s in subject_heads(verb)[0] for k in actor_keys(s, actors) if is_person(k, actors)
            ]
            if travellers:
                return travellers[-1] if len(set(travellers)) == 1 else None
        if verb.pos_ == "VERB" and verb.lemma_.lower() in _GUEST_TAKING_VERBS and lemma in GUEST_NOUNS:
            # "X received Y in Hanoi. The guest briefed the host ...": the one received
            guests = [
                k for o in dependents(verb, ("dobj",)) for k in actor_keys(o, actors) if is_person(k, actors)
            ]
            if guests:
                return guests[-1] if len(set(guests)) == 1 else None
    return _foreigner_at_dateline(token, actors) if visiting else None


def _on_a_visit(verb: Token) -> bool:
    """ "X is on an official visit to India": the subject of such a "be" is travelling."""
    return verb.lemma_ == "be" and any(
        NOUN_TRIGGERS.get(o.lemma_.lower(), {}).get("type") == "visit" for o in prep_objects(verb, ("on",))
    )


def _foreigner_at_dateline(token: Token, actors: ArticleActors) -> str | None:
    """ "CARACAS - Saudi Oil Minister X held talks here with his Venezuelan counterpart Y. The visiting
    minister ...": with no journey told, the visitor is the one person the sentence before names with that
    office whose country is another than the dateline's."""
    sentence = token.sent
    # (the first sentences only, however long the article: a dateline opens it)
    place = story_dateline(token.doc) if sentence.start > 0 else None
    home = place_iso3(place) if place is not None else None
    if home is None:
        return None
    previous = token.doc[sentence.start - 1].sent
    head = token.lemma_.lower()
    found = {
        mention.local_key
        for mention in actors.mentions_in(previous.start_char, previous.end_char)
        if (actor := actors.actor(mention.local_key)) is not None
        and actor.actor_type == "person"
        and actor.country_iso3 not in (None, home)
        and any(head in title.split() for title in actor.titles)
    }
    return found.pop() if len(found) == 1 else None


def _salient_compatriot(token: Token, countries: set[str | None], actors: ArticleActors) -> str | None:
    """ "X traveled to Riyadh. On Monday, the top U.S. diplomat met ...": a definite description whose
    head no title names refers to the subject of the sentence before (centering), when that subject is a
    person of the description's country; else to the one person of that country the sentence before names
    ("A met Russian Deputy Minister B. The Russian official also held talks with C")."""
    sentence = token.sent
    if sentence.start == 0:
        return None
    previous = token.doc[sentence.start - 1].sent
    compatriots: dict[str, bool] = {}  # person -> named as a subject
    for mention in actors.mentions_in(previous.start_char, previous.end_char):
        actor = actors.actor(mention.local_key)
        if actor is None or actor.actor_type != "person" or actor.country_iso3 not in countries:
            continue
        if actor.country_evidence == "setting" and token.lower_ in COUNTERPART_NOUNS:
            continue  # (a country guessed from where the story is set says nothing of whose side one is on)
        span = token.doc.char_span(mention.char_start, mention.char_end, alignment_mode="expand")
        subject = span is not None and span.root.dep_ in ("nsubj", "nsubjpass")
        compatriots[mention.local_key] = compatriots.get(mention.local_key, False) or subject
    subjects = [key for key, subject in compatriots.items() if subject]
    chosen = subjects if subjects else list(compatriots)
    return chosen[0] if len(chosen) == 1 else None


def canonical_key(key: str, actors: ArticleActors) -> str:
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
    if len(fuller) != 1:
        return key
    other = actors.actor(fuller[0])
    # ("President Obama" beside "Michelle Obama": a titled person the actors step kept apart from a
    # namesake holding none of the titles is another member of the family)
    if (
        actor.actor_type == "person"
        and actor.titles
        and other is not None
        and not set(actor.titles) & set(other.titles)
    ):
        return key
    return fuller[0]


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


def phrase_actor_keys(token: Token, actors: ArticleActors) -> list[str]:
    """Actors a noun phrase (given by its head) refers to, as the actors extractor keyed them.

    The mention that covers the head wins ("Russia's Defence Minister Sergei Shoigu" is Shoigu, not
    Russia). A common-noun head not covered by any mention ("Chinese officials", "officials of the
    Japanese ministry") stands for the actors among its modifiers: the delegation acts for them.
    """
    if token.lemma_.lower() in CROWD_NOUNS:
        # "thousands of Germans": some of a people, not a party; but "hundreds of leaders, including A and
        # B" names the ones met
        return _delegation_leaders(token, actors)
    # The phrase from its left edge to the head: right-hand modifiers ("X in Moscow", "X and Y") are
    # other phrases.
    found = actors.mentions_in(token.left_edge.idx, token.idx + len(token.text))
    covering = [m for m in found if m.char_start <= token.idx < m.char_end]
    if covering:
        best = max(covering, key=lambda m: m.char_end - m.char_start)
        office_as_body = _office_named_as_body(token, best.local_key, actors)
        if office_as_body and (named := _appositive_names(token, actors)):
            return named  # "the European Union Special Representative for Central Asia, Eduards Stiprais"
        if holder := _titled_member(token, best, actors):
            return holder  # "X and Bank of Japan Governor Y met": the body names Y's office

        # "the IMF and World Bank": the parser may make the first conjunct a modifier of the last
        coordinated = [
            k
            for c in _modifier_chain(token)
            if any(g.dep_ == "cc" for g in c.children)
            for k in actor_keys(c, actors)
            if k != best.local_key
        ]
        return [*coordinated, best.local_key]
    if token.pos_ == "PROPN" and (
        named := _appositive_names(token, actors)
        or _name_after_post(token, actors)
        or _name_after_described_post(token, actors)
        or _titled_name_run_on(token, actors)
        or _long_title_holder(token, actors)
    ):
        return named  # "Kenya's President, William Ruto": the name, not the possessor country
    if token.pos_ == "PROPN" or token.tag_ in ("NNPS", "NNS"):
        people = _people_of_country(token, actors)
        if people:
            return people
    if token.pos_ == "PROPN":
        return _proper_noun_keys(token, found, actors)
    if token.pos_ == "PRON":
        if token.lower_ == "they" and (pair := _acting_pair(token, actors)):
            return pair
        if not found and token.dep_ == "poss" and token.lower_ in ("his", "her"):
            if token.head.lemma_.lower() in ("honour", "honor"):
                return _honoree(token, actors)
            return _possessive_owner(token, actors)
        if not found and token.tag_ in ("WP", "WDT") and (clause := _relative_clause_of(token)) is not None:
            # "ministers, who will hold talks": a relative pronoun is the noun its clause describes
            return [k for noun in _relative_antecedents(clause) for k in actor_keys(noun, actors)]
        if found:
            return [found[-1].local_key]
        return _speaker_of_report(token, actors) or _first_person_speaker(token, actors)
    if token.lower_ in TITLE_HEADS and (named := _name_after_post(token, actors)):
        return named  # "Party chief To Lam received X": a name that opens with a preposition's word
    # ("Russia's foreign minister A and US Secretary of State B met": the names set beside a description
    # are its referents, coordinated ones included, before any title is matched)
    named = _appositive_names(token, actors)
    if named:
        return named
    described = _described_person(token, actors) or _the_traveller(token, actors)
    if described is not None:
        return [described]
    leaders = _delegation_leaders(token, actors) or _names_after_plural(token, actors)
    if leaders:
        return leaders
    if token.lemma_.lower() in PARTY_NOUNS and (named := _name_after_described_post(token, actors)):
        return named  # "the UN special envoy for Yemen, Hans Grundberg"
    if token.lemma_.lower() in PARTY_NOUNS and (named := _titled_name_run_on(token, actors)):
        return named  # "to meet her Ukrainian counterpart Dmytro Kuleba", the name parsed apart
    return _common_noun_actor_keys(token, actors)


def _proper_noun_keys(token: Token, found: list[Mention], actors: ArticleActors) -> list[str]:
    """A proper noun's actor: the mention that covers it, the person it is the surname of, or, for a
    capitalised title ("the visiting Foreign Minister called on X"), the holder it describes."""
    if found:
        return [found[-1].local_key]
    by_name = actor_by_surname(token, actors) or _abbreviated_office_holder(token, actors)
    if by_name:
        return [by_name]
    described = _the_traveller(token, actors) if token.lower_ in PARTY_NOUNS else None
    return [described] if described else _office_country(token, actors)


def _holder_named_after(office: Token) -> bool:
    """A comma within a few words after an office, then a name or a form of address ("the High
    Commissioner of India to the Maldives, His Excellency X"): the office's holder is named there."""
    doc = office.doc
    for i in range(office.i + 1, min(office.i + _HOLDER_SEARCH_WORDS, len(doc) - 1)):
        following = doc[i + 1]
        named = following.pos_ == "PROPN" or following.lower_ in HONORIFICS | {"his", "her"}
        if doc[i].text == "," and named:
            return True
    return False


# How many words after an office a comma may set off its holder's name.
_HOLDER_SEARCH_WORDS = 8


def _office_country(office: Token, actors: ArticleActors) -> list[str]:
    """ "was received by the President of Angola": an office of a state whose holder the article does not
    name stands for the state, as "Japanese officials" do (convention 1)."""
    if office.lower_ not in TITLE_HEADS or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in office.children
    ):
        return []
    if _holder_named_after(office):
        return []  # ("the President of Chile, H.E. Mr. X": the holder is named after the comma)
    keys = [k for o in prep_objects(office, ("of",)) for k in actor_keys(o, actors)]
    return [k for k in keys if (a := actors.actor(k)) is not None and a.actor_type == "country"][:1]


def _common_noun_actor_keys(token: Token, actors: ArticleActors) -> list[str]:
    """A common noun covered by no mention stands for the actors among its modifiers and of-phrases
    ("Chinese officials", "officials of the Japanese ministry"), or for a delegation's country."""
    if token.dep_ == "conj" and any(c.lower_ == "other" for c in token.children):
        return []  # "X and other Senate Republican leaders": more unnamed people beside a named one
    keys: list[str] = []
    lemma = token.lemma_.lower()
    if lemma in PLACE_NOUNS:
        return []  # "the pilgrimage town of Bodh Gaya": where, not who
    stands_for_owner = lemma in PARTY_NOUNS | GROUP_NOUNS | DELEGATION_NOUNS
    for child in token.children:
        if child.dep_ == "poss" and (not stands_for_owner or lemma in COUNTERPART_NOUNS):
            # "Brazil's bank advisory committee" is a body of its own, not Brazil's delegation; "his
            # counterpart" is the other side, not he
            continue
        if child.dep_ in ("amod", "compound", "poss", "nmod"):
            # the modifier's whole subtree: "U.S. and Japanese negotiators" coordinates inside it
            right = child.right_edge if child.right_edge.i < token.i else child
            for mention in actors.mentions_in(child.left_edge.idx, right.idx + len(right.text)):
                actor = actors.actor(mention.local_key)
                if token.tag_ == "NNS" and actor is not None and actor.actor_type == "person":
                    continue  # "Trump aides", "Obama's advisers": a person's staff are not the person
                keys.append(mention.local_key)
    for obj in prep_objects(token, ("of", "from")):
        keys.extend(
            k
            for k in actor_keys(obj, actors)
            if not (token.tag_ == "NNS" and (a := actors.actor(k)) is not None and a.actor_type == "person")
        )
    if keys and stands_for_owner:
        keys = [*_country_coordinated_before(token, actors), *keys]
    if not keys and ((token.tag_ == "NNS" and lemma in GROUP_NOUNS) or lemma in DELEGATION_NOUNS):
        keys = _delegation_country(token, actors)
    return list(dict.fromkeys(keys))


def _country_coordinated_before(group: Token, actors: ArticleActors) -> list[str]:
    """ "U.S. And Japanese officials held talks": the wire's capital "And" after "U.S." leads the parser
    to hang the first country on the verb; a country named right before "and" that opens the group's
    phrase is one of the group's countries too."""
    start = group.left_edge.i
    if start < 2 or group.doc[start - 1].lower_ != "and" or group.doc[start - 1].head.i == group.i:
        return []
    country = group.doc[start - 2]
    keys = [
        m.local_key
        for m in actors.mentions_in(country.idx, country.idx + len(country.text))
        if (a := actors.actor(m.local_key)) is not None and a.actor_type == "country"
    ]
    return keys[:1]


def _acting_pair(pronoun: Token, actors: ArticleActors) -> list[str]:
    """ "he gave the message to X when they met": "they" of a clause set in another is the one who acts
    there and the one acted towards, when that clause names both."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or clause.dep_ != "advcl" or clause.i < pronoun.i:
        return []
    main = clause.head
    towards = [
        obj
        for prep in main.children
        if prep.dep_ in ("prep", "dative") and prep.lower_ in ("to", "with")
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    doers = [k for t in dependents(main, ("nsubj",)) for k in actor_keys(t, actors)]
    done_to = [k for t in towards for k in actor_keys(t, actors) if k not in doers]
    return [*doers, *done_to] if doers and done_to else []


def _modifier_chain(token: Token) -> list[Token]:
    """The nominal modifiers left of a head, and theirs in turn: "Secretary of State Lena Voss and Defense
    Secretary Tom Hale" may parse as one phrase headed by "Hale", with "Voss" a modifier of "Secretary"."""
    found: list[Token] = []
    for child in token.lefts:
        # (a proper noun the parser made an adjective is a name all the same: "al-Sisi" as amod)
        if child.dep_ in ("nmod", "compound") or (child.dep_ == "amod" and child.tag_ == "NNP"):
            found.extend([child, *_modifier_chain(child)])
    return found


def _list_items(first: Token) -> list[Token]:
    """The items of a list the parser chained through conjuncts and appositions ("China's premier Li Qiang,
    India's Narendra Modi and Brazil's Lula": the second name hangs on the first as an apposition)."""
    items: list[Token] = []
    queue = [first]
    while queue and len(items) < _MAX_LIST_ITEMS:
        item = queue.pop(0)
        if item not in items:
            items.append(item)
            queue.extend(
                c for c in item.children if c.dep_ in ("conj", "appos") and c.pos_ in ("PROPN", "NOUN")
            )
    return items


_MAX_LIST_ITEMS = 12


def _delegation_leaders(token: Token, actors: ArticleActors) -> list[str]:
    """ "hosted a delegation led by Senator X", "a team including A and B": the named members stand for
    the delegation, the party the meeting is with."""
    # ("met Ukrainian officials led by X": any group of people named by its leader; "hundreds of leaders,
    # including A and B", "a group of executives": a count or a group of people is a group too)
    group = token.pos_ == "NOUN" and (token.lemma_.lower() in DELEGATION_NOUNS or token.tag_ == "NNS")
    if not group and not _counted_people(token):
        return []
    keys: list[str] = []
    # ("a delegation of the Business Council led by X", "from the U.S. Congress led by X": the parser
    # hangs the leader on the body sent)
    bodies = prep_objects(token, ("of", "from")) if token.lemma_.lower() in DELEGATION_NOUNS else []
    for verb in [v for holder in (token, *bodies) for v in dependents(holder, ("acl",))]:
        if verb.lemma_.lower() not in DELEGATION_LEADING_VERBS:
            continue
        named = prep_objects(verb, ("by",)) + dependents(verb, ("dobj",))
        keys.extend(k for n in named for c in with_conjuncts(n) for k in actor_keys(c, actors))
    members = prep_objects(token, ("including",))  # the parser often reads "including" as a preposition
    verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "with" else token.head
    if not members and token.dep_ in ("pobj", "dobj") and verb.pos_ in ("VERB", "AUX"):
        # "met with tech leaders at X on Wednesday, including A, B and C": hung on the verb, after the group
        members = [m for m in prep_objects(verb, ("including",)) if m.i > token.i]
    keys.extend(k for n in members for c in _list_items(n) for k in actor_keys(c, actors))
    if not keys and definite_bare(token) and token.lemma_.lower() in DELEGATION_NOUNS:
        keys = _earlier_delegation(token, actors)
    return list(dict.fromkeys(keys))


def _counted_people(token: Token) -> bool:
    """ "hundreds of evangelical leaders", "a group of technology executives": a count or a group whose
    of-phrase is a plural noun of people."""
    counting = token.pos_ == "NUM" or token.lemma_.lower() in COUNTING_NOUNS
    return counting and any(o.tag_ == "NNS" for o in prep_objects(token, ("of",)))


def _earlier_delegation(token: Token, actors: ArticleActors) -> list[str]:
    """ "A trade delegation led by X arrived on Monday. The delegation was received by Y": the leaders of the
    delegation told in the sentences just before."""
    doc = token.doc
    first = doc[token.sent.start - 1].sent.start if token.sent.start > 0 else token.sent.start
    for earlier in reversed(doc[first : token.sent.start]):
        delegation = earlier.lemma_.lower() in DELEGATION_NOUNS and earlier.pos_ == "NOUN"
        if delegation and (leaders := _delegation_leaders(earlier, actors)):
            return leaders
    return []


def _clause_verb(token: Token) -> Token:
    """The verb of the clause a word stands in (the root when none is above it)."""
    verb = token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    return verb


def _possessive_owner(pronoun: Token, actors: ArticleActors) -> list[str]:
    """ "X was reacting ... following his talks with Y": "his" is the person the clause is about, its
    subject, else the last person named before it in the sentence."""
    verb = _clause_verb(pronoun)
    subjects = [k for s in subject_heads(verb)[0] if s.pos_ != "PRON" for k in actor_keys(s, actors)]
    # "after her talks with X, she and X ...": the one the talks were with is not their owner
    counterparts = {k for o in prep_objects(pronoun.head, ("with",)) for k in actor_keys(o, actors)}
    persons = [k for k in subjects if is_person(k, actors) and k not in counterparts]
    if len(persons) == 1:
        return persons
    before = [
        m.local_key
        for m in actors.mentions_in(pronoun.sent.start_char, pronoun.idx)
        if (a := actors.actor(m.local_key)) is not None and a.actor_type == "person"
    ]
    if before:
        return [canonical_key(before[-1], actors)]
    # (a personal pronoun never stands for the country or body the clause has as subject; a subject the
    # article names no actor for, "His Highness the Amir", may be its owner all the same)
    return _previous_subject(pronoun, actors) if subjects and not persons else []


def _previous_subject(pronoun: Token, actors: ArticleActors) -> list[str]:
    """ "X visited Ottawa on Thursday. After her meeting with Y, ...": a possessive opening a sentence
    whose clause names nobody it could stand for is the person the sentence before is about, its
    subject."""
    sentence = pronoun.sent
    if sentence.start == 0:
        return []
    before = pronoun.doc[sentence.start - 1].sent
    subjects = subject_heads(before.root)[0]
    persons = [k for s in subjects for k in actor_keys(s, actors) if is_person(k, actors)]
    return persons if len(persons) == 1 else []


def _honoree(pronoun: Token, actors: ArticleActors) -> list[str]:
    """ "X arrived in Abu Dhabi, where Y hosted a state banquet in his honour": the one honoured is not the
    host the clause is about but the last other person named before, in this sentence or the one before."""
    verb = _clause_verb(pronoun)
    hosts = {k for s in subject_heads(verb)[0] for k in actor_keys(s, actors)}
    sentence = pronoun.sent
    start = pronoun.doc[sentence.start - 1].sent.start_char if sentence.start > 0 else sentence.start_char
    before = [
        canonical_key(m.local_key, actors)
        for m in actors.mentions_in(start, pronoun.idx)
        if is_person(m.local_key, actors)
    ]
    others = [k for k in before if k not in hosts]
    return others[-1:]


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


def misread_place(key: str, token: Token, actors: ArticleActors) -> bool:
    """A place visited that the actors extractor took for a one-word person ("visited Wilmington"): a
    known place name, with no title and no fuller name in the article, is the destination, not a party;
    so is a seat of government ("will visit the White House on Nov. 18"), whose holder, when named, is the
    one met there."""
    actor = actors.actor(key)
    if actor is None:
        return False
    if actor.actor_type == "organization" and listed_place_iso3(SEATS_OF_GOVERNMENT, actor.name) is not None:
        return True
    if names_a_site(key, token, actors):
        return True
    return (
        actor.actor_type == "person"
        and len(actor.name.split()) == 1
        and not actor.titles
        and place_text(token) is not None
    )


def names_a_site(key: str, token: Token, actors: ArticleActors) -> bool:
    """A body whose name ends in a site's word ("also visited the Fiji Museum"), or one an appositive calls a
    site ("a visit to Kocatepe, the city's largest mosque"): a place visited, no counterpart."""
    actor = actors.actor(key)
    if actor is None or actor.actor_type == "person":
        return False
    words = actor.name.split()
    return (len(words) > 1 and words[-1].lower() in SITE_HEADS) or any(
        a.lemma_.lower() in SITE_HEADS for a in dependents(token, ("appos",))
    )


def _appositive_names(token: Token, actors: ArticleActors) -> list[str]:
    """A description followed by the name it describes ("her Indian counterpart Raj Mehta", "the envoy,
    Tom Hale"): the appositive name is the party, not the possessor or the country in the description."""
    keys: list[str] = []
    appositives = dependents(token, ("appos",))
    if not appositives and token.dep_ == "conj":
        # "X and her counterpart Y held talks": the parser may hang Y on the first conjunct; a name right
        # after the description is still the description's
        appositives = [a for a in dependents(token.head, ("appos",)) if a.left_edge.i == token.i + 1]
    for appositive in appositives:
        # ("the United Nations secretary general, Ban Ki-moon": the small model may tag a name's last,
        # hyphenated part a common noun; a person's name is a name all the same)
        if appositive.pos_ == "PROPN" or appositive.ent_type_ == "PERSON":
            for named in with_conjuncts(appositive):  # "his counterpart X, minister Y and governor Z"
                keys.extend(phrase_actor_keys(named, actors))
    return list(dict.fromkeys(keys)) or _name_set_off_after_office(token, actors)


def _name_set_off_after_office(office: Token, actors: ArticleActors) -> list[str]:
    """ "to meet the director-general of the World Trade Organization, Ngozi Okonjo-Iweala": the person
    named right after the comma closing an office's phrase holds it, wherever the parser hung the name;
    the body of the office is not the one met."""
    doc = office.doc
    # (the comma may close the phrase, be its last token, or come before a name hung inside the phrase:
    # "the chairperson of the Commission, X" with X in apposition to the body)
    comma = office.right_edge.i if office.right_edge.text == "," else office.right_edge.i + 1
    inner = next((t.i for t in office.subtree if t.text == "," and t.i > office.i), None)
    comma = inner if inner is not None else comma
    # ("held talks with his Polish counterpart, X, at the ministry": the parser may hang X on the verb)
    holder_noun = is_title_word(office.text) or office.lower_ in COUNTERPART_NOUNS
    if office.pos_ != "NOUN" or office.tag_ == "NNS" or not holder_noun or comma + 1 >= len(doc):
        return []  # (a plural office's holders: see _names_after_plural_post)
    if doc[comma].text != ",":
        return []
    start = comma + 1
    while start < len(doc) - 1 and doc[start].lower_ in HONORIFICS:
        start += 1  # ("the Minister of External Relations, H.E. Tete Antonio")
    if doc[start].pos_ != "PROPN":
        return []  # ("the head of the agency, who ...": a relative clause, no name set off)
    name = name_head(doc[start])
    if name.i <= comma or name in office.ancestors or name.dep_ in ("nsubj", "nsubjpass"):
        return []  # ("... for the meetings with G-7 ministers, Ito added": the reporting clause's speaker)
    # (the name's own tag may be the body's: the model runs "the Commission, Moussa Faki" into one label)
    keys = [k for k in phrase_actor_keys(name, actors) if is_person(k, actors)]
    # ("the chairman of A, X, and the chief executive of B, Y": the next office, set off the same way, is
    # hung on the name)
    for office_after in (c for c in name.conjuncts if c.i > name.i and c.pos_ == "NOUN"):
        keys += [k for k in _name_set_off_after_office(office_after, actors) if k not in keys]
    return keys


def _names_after_plural_post(title: Token, actors: ArticleActors) -> list[str]:
    """ "received the speakers of the Senate and the Chamber, Pietro Grasso and Laura Boldrini": the
    persons named after the comma of a plural office's phrase are its holders, however the parser hung
    them (two at least: one name after a plural is no list of its holders)."""
    if title.tag_ != "NNS" or title.lemma_.lower() not in TITLE_HEADS:
        return []
    subtree = list(title.subtree)
    comma = next((t for t in subtree if t.text == "," and t.i > title.i), None)
    if comma is None:
        return []
    heads = [
        t
        for t in subtree
        if t.i > comma.i and t.ent_type_ == "PERSON" and t.pos_ == "PROPN" and t.dep_ != "compound"
    ]
    keys = list(dict.fromkeys(k for t in heads for k in phrase_actor_keys(t, actors)))
    return keys if len(keys) >= 2 else []


def _names_after_plural(noun: Token, actors: ArticleActors) -> list[str]:
    """The names listed after a plural office or description ("the speakers of the Senate and the Chamber,
    A and B"; "his Argentine and Chilean counterparts, A and B")."""
    return _names_after_plural_post(noun, actors) or _names_after_plural_description(noun, actors)


def _names_after_plural_description(noun: Token, actors: ArticleActors) -> list[str]:
    """ "will host his Argentine and Chilean counterparts, A and B, in Brasilia": the names set off by a
    comma after a plural description are those it describes, though the parser hangs them on the verb (two
    at least: one name after a plural is no list of them)."""
    doc = noun.doc
    comma = noun.right_edge.i + 1
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in PARTY_NOUNS or comma + 1 >= len(doc):
        return []
    if doc[comma].text != "," or not _persons_starting_at(doc[comma + 1], actors):
        return []
    keys = [k for c in with_conjuncts(name_head(doc[comma + 1])) for k in phrase_actor_keys(c, actors)]
    return list(dict.fromkeys(keys)) if len(set(keys)) >= 2 else []


def _name_after_described_post(title: Token, actors: ArticleActors) -> list[str]:
    """ "the visiting President of Mozambique, Daniel Chapo", "the UN special envoy for Yemen, Hans
    Grundberg", "his counterpart from Laos, X": a title with the state or matter of its post, then the
    holder's name set off by a comma, which the parser hangs on the post's state or on the verb."""
    doc = title.doc
    # ("talks with the U.S. special envoy to Angola, X": the parser may hang the post's phrase on the noun
    # the title is the object of; it still follows the title)
    posted = title.i + 1 < len(doc) and doc[title.i + 1].lower_ in ("of", "for", "to", "from")
    if not (prep_objects(title, ("of", "for", "to", "from")) or posted):
        return []
    # the first comma after the post (the name may hang inside the title's phrase, on the post's state);
    # "the Ambassador of Spain to the Kingdom, X": past the place of posting the parser hung elsewhere
    end = title.right_edge.i + 2
    if end < len(doc) and doc[end - 1].lower_ == "to" and doc[end].ent_type_ == "GPE":
        end += 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        end += 1
    comma = next((t for t in doc[title.i + 1 : end] if t.text == ","), None)
    if comma is None or comma.i + 1 >= len(doc):
        return []
    if any(t.pos_ in ("VERB", "AUX") for t in doc[title.i + 1 : comma.i]):
        return []
    name = doc[comma.i + 1]
    while name.lower_ in HONORIFICS and name.i + 1 < len(doc):
        name = doc[name.i + 1]  # ("the President of the Republic of Ghana, H.E. Nana Akufo-Addo")
    if name_head(name).dep_ in ("nsubj", "nsubjpass"):
        return []  # ("after talks with the President of X, Y said ...": the next clause's subject)
    return _persons_starting_at(name, actors)[:1]


def _name_after_post(title: Token, actors: ArticleActors) -> list[str]:
    """ "talks with Turkish Ambassador to Athens Nazmi Akiman": a title, the place of the post, then the
    name; the parser may end the phrase at the title and hang "to Athens Nazmi Akiman" elsewhere. The
    parser reads "General Secretary To Lam" the same way."""
    doc = title.doc
    if title.i + 2 >= len(doc) or doc[title.i + 1].lower_ not in POST_PREPOSITIONS:
        return []
    if persons := _persons_starting_at(doc[title.i + 1], actors):
        return persons[:1]  # ("General Secretary To Lam": a name that opens with a preposition's word)
    for token in doc[title.i + 2 : title.i + 14]:
        if token.is_space:
            continue
        persons = _persons_starting_at(token, actors)
        # "Foreign Minister of the People's Republic of China Wang Yi": the post's words run on to the name;
        # "Minister of Foreign Affairs and Trade Winston Peters": portfolios joined before it
        joins_portfolio = token.lower_ in ("and", ",") and doc[token.i + 1].lower_ in TITLE_MODIFIERS
        in_post = (
            token.pos_ == "PROPN" or token.lower_ in ("the", "of") or token.tag_ == "POS" or joins_portfolio
        )
        if persons or not in_post:
            return persons[:1] + _coordinated_posts(token, actors) if persons else []
    return []


def _coordinated_posts(name: Token, actors: ArticleActors) -> list[str]:
    """ "President of France X and Prime Minister of the United Kingdom Y": the parser coordinates the
    second office with the first name; the name after that office is a party too."""
    head = name_head(name)
    return [
        k
        for office in head.conjuncts
        if office.i > head.i and office.lower_ in TITLE_HEADS
        for k in _name_after_post(office, actors)
    ]


def _titled_name_run_on(token: Token, actors: ArticleActors) -> list[str]:
    """ "paid a courtesy call on Lao Prime Minister X", "to meet her counterpart X": the parser may end the
    object at the nationality or the office and hang the name elsewhere; capitalised title words lead on
    to the person they describe."""
    # ("talks with Iranian President X and Turkish President Y": the second title, a conjunct of the object)
    objects = ("pobj", "dobj")
    object_like = token.dep_ in objects or (token.dep_ == "conj" and token.head.dep_ in objects)
    if not object_like or any(
        m.char_start <= token.idx < m.char_end
        for m in actors.mentions_in(token.idx, token.idx + len(token.text))
        if is_person(m.local_key, actors)
    ):
        return []
    for following in token.doc[token.i + 1 : token.i + 6]:
        if token.lemma_.lower() == "head" and following.lower_ in ("of", *_HEAD_OF):
            continue  # "met Nigerian head of state Ibrahim Babangida"
        if following.i == token.i + 1 and following.text == ",":
            # "by Qatar's emir, Sheikh Tamim": the name set off as an apposition; not the subject of the
            # next clause ("for the meetings with the G-7 ministers, Ito added")
            name = name_head(token.doc[following.i + 1] if following.i + 1 < len(token.doc) else following)
            if token.tag_ != "NN" or name.dep_ in ("nsubj", "nsubjpass"):
                return []
            continue
        # ("Vietnamese leader To Lam": a name's first word read as a preposition)
        persons = _persons_starting_at(following, actors) if following.is_title else []
        if not persons and (following.pos_ != "PROPN" or not following.is_title):
            return []  # ("the man he is seeking to succeed": a pronoun starts a clause, not a name)
        if persons:
            return persons[:1]
    return []


# Words a long office title runs through before its holder's name ("Ambassador Extraordinary and
# Plenipotentiary of the United States of America to Mongolia Mr X").
_TITLE_FUNCTION_WORDS = frozenset({"of", "the", "and", "to", "for"})
_LONG_TITLE_WINDOW = 20


def _long_title_holder(token: Token, actors: ArticleActors) -> list[str]:
    """ "received Ambassador Extraordinary and Plenipotentiary of the United States of America to Mongolia
    Mr Richard Holloway", "Chief of the General Staff of the Armed Forces of Iran Major General X": a
    capitalised office word with no one named at it stands for the person the title runs on to, through
    capitalised words and the title's function words only (no comma, no verb)."""
    words = {w.lower() for w in (token.text, token.lemma_)}
    if (
        not token.is_title
        or not words & (TITLE_HEADS | TITLE_MODIFIERS)
        or _persons_starting_at(token, actors)
        # ("X and the Omani Minister Responsible ...": the parser hung a name before it on the title)
        or _persons_between(token.left_edge.idx, token.idx, actors)
    ):
        return []
    for following in token.doc[token.i + 1 : token.i + _LONG_TITLE_WINDOW]:
        if following.is_title and (persons := _persons_starting_at(following, actors)):
            return persons[:1]
        if not (following.is_title or following.lower_ in _TITLE_FUNCTION_WORDS or following.text == "-"):
            return []
    return []


def _persons_starting_at(token: Token, actors: ArticleActors) -> list[str]:
    """The persons whose mention starts at this token (the first word of a name)."""
    return [
        m.local_key
        for m in actors.mentions_in(token.idx, token.idx + len(token.text))
        if m.char_start == token.idx and is_person(m.local_key, actors)
    ]


def _delegation_country(group: Token, actors: ArticleActors) -> list[str]:
    """Office holders named only as a country's definite group ("their British counterparts", "his
    ministers" beside King X): a government's officials act for their country, so the country actor is the
    party.
    The country is the nationality adjective's, else that of the person a possessive pronoun points back
    to (the last person named earlier in the sentence)."""
    definite = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in group.children)
    # "talks with Japanese officials" -> Japan (convention 1): the other side of a talk is its country's
    counterpart = group.dep_ == "pobj" and group.head.lower_ == "with"
    if not definite and not counterpart and group.lemma_.lower() not in DELEGATION_NOUNS:
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
            if before and (iso3 := country_of(before[-1].local_key, actors)[0]) is not None:
                codes.add(iso3)
    if len(codes) != 1:
        return []
    return [a.local_key for a in actors.actors if a.actor_type == "country" and a.country_iso3 in codes][:1]


def _speaker_of_report(pronoun: Token, actors: ArticleActors) -> list[str]:
    """ "X said it has had talks with Y": the subject pronoun of a reported clause that the actors left
    unresolved is the reporter itself, the one party a speaker reports about in the third person."""
    if pronoun.lower_ not in SELF_REPORT_PRONOUNS or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return []
    speech = reporting_verb(pronoun.head)
    return [] if speech is None else _sole_speaker(speech, actors)


def _sole_speaker(speech: Token, actors: ArticleActors) -> list[str]:
    """The one actor a speech verb's subject names (a pronoun names none of its own), or nothing."""
    speakers = [k for s in dependents(speech, ("nsubj",)) if s.pos_ != "PRON" for k in actor_keys(s, actors)]
    return speakers if len(speakers) == 1 else []


# Pronouns by which a speaker quoted directly speaks of himself ('"I met with X," Y said').
FIRST_PERSON_PRONOUNS = frozenset({"i", "me", "my", "myself"})
_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d"})


def _speaker_named_before(speech: Token, actors: ArticleActors) -> list[str]:
    """'X spoke on Wednesday. "I met with Y," she said': a third-person pronoun speaking is the one person
    the sentence before is about."""
    pronouns = [s for s in dependents(speech, ("nsubj",)) if s.lower_ in ("he", "she")]
    return _previous_subject(pronouns[0], actors) if len(pronouns) == 1 else []


def _first_person_speaker(pronoun: Token, actors: ArticleActors) -> list[str]:
    """'"I met with X last week," Y said': a first-person pronoun inside the quotation marks of a clause
    that a speech verb of the sentence reports is that verb's one named speaker."""
    if pronoun.lower_ not in FIRST_PERSON_PRONOUNS:
        return []
    sentence = pronoun.sent
    marks = sum(t.text in _QUOTE_MARKS for t in sentence if t.i < pronoun.i)
    if marks % 2 == 0:
        return []  # ("I" outside a quotation is the writer's, or the speaker's in indirect speech)
    clause = pronoun.head
    for _ in range(4):
        if (speech := reporting_verb(clause)) is not None:
            speakers = _sole_speaker(speech, actors) or _speaker_named_before(speech, actors)
            return speakers if speakers and is_person(speakers[0], actors) else []
        if clause.head == clause:
            return []
        clause = clause.head
    return []


def reporting_verb(clause: Token) -> Token | None:
    """The speech verb a clause is reported by ("X said [the case was resolved ...]"), or None."""
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in SPEECH_VERB_LEMMAS:
        return clause.head
    return None


# What a head of state or government heads: "head of state X", "the two heads of state".
_HEAD_OF = frozenset({"state", "government"})


def _anaphor_size(token: Token) -> int | None:
    """How many parties a plural anaphor refers to (0: any number), or None if it is no anaphor.

    "they"/"them", "both" as a subject, and a definite plural group noun without actors of its own
    ("the two men", "the leaders", "both sides") point back to a group named before.
    """
    if token.pos_ == "PRON" and token.lower_ in PLURAL_PRONOUNS:
        return GROUP_NUMBERS.get(token.lower_, 0)
    if token.pos_ == "NUM" and token.dep_ in ("nsubj", "nsubjpass") and token.lower_ in GROUP_NUMBERS:
        # "the two are scheduled to meet again": a number standing alone for the persons just named
        return GROUP_NUMBERS[token.lower_] if any(c.lower_ == "the" for c in token.children) else None
    if token.tag_ == "NN" and token.lemma_.lower() in GROUP_NOUNS and _distributed(token):
        return 0  # "met with each leader": every one of the group named before, in turn
    if token.tag_ == "NN" and token.lower_ in _PAIR_WORDS and any(c.lower_ == "the" for c in token.children):
        return 2  # "The pair had spoken by telephone in January", "the duo"
    # ("The two Prime Ministers": a capitalised title is tagged a proper plural)
    if token.tag_ not in ("NNS", "NNPS") or token.lemma_.lower() not in GROUP_NOUNS:
        return None
    # ("the leaders of X and Y" name their members; "the two heads of state" do not)
    if any(o.lower_ not in _HEAD_OF for o in prep_objects(token, ("of", "from"))):
        return None
    determiners = [c.lower_ for c in token.children if c.dep_ in ("det", "nummod", "predet")]
    numbers = [GROUP_NUMBERS[d] for d in determiners if d in GROUP_NUMBERS]
    if numbers:
        return numbers[0]
    return 0 if "the" in determiners else None


def _distributed(noun: Token) -> bool:
    """A singular noun under "each" ("each leader", "each side")."""
    return any(c.dep_ == "det" and c.lower_ == "each" for c in noun.children)


def _sides_as_persons(
    anaphor: Token,
    keys: list[str],
    sentence_persons: list[tuple[int, int, list[str]]],
    index: int,
    actors: ArticleActors,
) -> list[str]:
    """ "X met Brazil's Y. X said China and Brazil are both developing countries. The two sides also ...":
    "the two sides" after a mention of their countries are the persons who met for them, when the story
    has just named one person of each of those countries."""
    countries = [actors.actor(k) for k in keys]
    if anaphor.lemma_.lower() not in SIDES_NOUNS or not all(
        a and a.actor_type == "country" for a in countries
    ):
        return keys
    wanted = {a.country_iso3 for a in countries if a is not None}
    for group_sentence, group_token, persons in reversed(sentence_persons):
        near = group_token < anaphor.i and index - group_sentence <= ANAPHOR_WINDOW
        if near and len(persons) == len(wanted) and {country_of(p, actors)[0] for p in persons} == wanted:
            return persons
    return keys


def _can_be_sides(anaphor: Token, keys: list[str], actors: ArticleActors) -> bool:
    """ "the two sides", "the two countries": a group of one country's people is no two sides of
    anything ("met Party chief A and President B. The two sides last held a summit in May")."""
    if anaphor.lemma_.lower() not in SIDES_NOUNS:
        return True
    countries = {country_of(key, actors)[0] for key in keys}
    return None in countries or len(countries) > 1


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


def _holds_the_office(noun: Token, keys: list[str], actors: ArticleActors) -> bool:
    """ "the two leaders", "the two ministers": every person of the group whose titles the article gives
    holds that office (a head of state or government for "leader"); a group of other words passes."""
    lemma = noun.lemma_.lower()
    leader = lemma in ("leader", "head")  # ("the two heads of state")
    if not leader and lemma not in TITLE_HEADS:
        return True  # ("the two men", "the two sides": no office)
    for key in keys:
        actor = actors.actor(key)
        if actor is None or actor.actor_type != "person":
            # ("the two heads of state", "the two ministers": persons, not the states named before)
            return False
        if not actor.titles:
            continue
        if leader and not any(title in HEAD_TITLES for title in actor.titles):
            return False
        if lemma in GENERIC_OFFICE_NOUNS:
            continue  # ("the two diplomats": whatever office each holds)
        # ("the two ministers": a secretary of state holds his state's foreign ministry; a prime minister
        # is no plain "minister", but is one of "the two prime ministers")
        offices = [NATIONAL_OFFICE_NAMES.get(title, title) for title in actor.titles]
        modified = any(c.dep_ in ("amod", "compound") for c in noun.children)
        if not leader and not any(
            lemma in title.split() and (modified or title == lemma or title not in HEAD_TITLES)
            for title in [*actor.titles, *offices]
        ):
            return False
    return True


# The verbs of meeting, one-word and the heads of phrases ("sit" of "sit down").
_MEETING_VERB_HEADS = VERB_FRAMES.keys() | {phrase["words"][0] for phrase in VERB_PHRASES.values()}


def _owns_restated_meeting(pronoun: Token) -> bool:
    """ "X met Y on Wednesday, their first meeting since ...": "their" owns a meeting noun that restates
    the meeting its clause's verb tells, so it stands for that verb's parties, not a group named before."""
    noun = pronoun.head
    if pronoun.dep_ != "poss" or noun.lemma_.lower() not in NOUN_TRIGGERS:
        return False
    if pronoun.lower_ == "their":
        return noun.dep_ in ("npadvmod", "appos") and noun.head.lemma_.lower() in VERB_FRAMES
    # "will sit down with X for the annual leaders' meeting": the meeting a verb of meeting is held for is
    # that encounter, and its owners the verb's parties
    return (
        pronoun.tag_ == "NNS"
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "for"
        and noun.head.head.lemma_.lower()
        in VERB_FRAMES.keys() | {p["words"][0] for p in VERB_PHRASES.values()}
    )


def find_groups(sentences: list[Span], actors: ArticleActors) -> dict[int, list[str]]:
    """Resolve plural anaphors to the group of two or more actors most recently named as one phrase
    ("Obama and Sanders ... the two men talked"; "The leaders of X, Y and Z ... As they met")."""
    groups: dict[int, list[str]] = {}
    recent: list[tuple[int, int, list[str]]] = []  # (sentence index, token index, actor keys)
    # persons named in one sentence, for a numbered anaphor ("the two presidents") of a pair never
    # coordinated in one phrase ("X arrived ... and was received by Y")
    sentence_persons: list[tuple[int, int, list[str]]] = []
    # and the countries named in one sentence, for "the two countries" of a pair never coordinated ("Talk
    # that Canada will sell wheat to China has grown. Officials from the two countries held talks")
    sentence_countries: list[tuple[int, int, list[str]]] = []
    inside_group: set[int] = set()  # tokens of a group phrase already taken ("the leaders of X, Y and Z")
    for index, sentence in enumerate(sentences):
        for token in sentence:
            if token.dep_ == "conj" or token.i in inside_group:
                continue
            size = _anaphor_size(token)
            if size is not None and _owns_restated_meeting(token):
                continue  # its meeting is the clause's own, whose parties it stands for (see merging)
            if size is not None:
                own = [] if token.pos_ == "PRON" else actor_keys(token, actors)
                if len(own) < 2:
                    # only a numbered noun ("the two presidents", "the two") is explicit enough for a
                    # sentence's persons
                    numbered_noun = size > 0 and token.pos_ in ("NOUN", "NUM")
                    # ("the two sides" may be two countries or camps: not a sentence's persons)
                    persons_pool = (
                        sentence_persons
                        if numbered_noun
                        and (token.lemma_.lower() in PARTY_NOUNS | SIDES_NOUNS or token.pos_ == "NUM")
                        else [g for g in sentence_persons if _titled_pair(token, g[2], actors)]
                    )
                    countries_pool = (
                        sentence_countries if numbered_noun and token.lemma_.lower() in SIDES_NOUNS else []
                    )
                    # (a sentence's countries before its persons, latest first, for "the two countries")
                    pools = sorted(recent + persons_pool + countries_pool, key=lambda g: g[1])
                    for group_sentence, group_token, keys in _by_salience(token, pools, size, actors):
                        if group_token >= token.i or not _can_be_sides(token, keys, actors):
                            continue
                        if numbered_noun and not _holds_the_office(token, keys, actors):
                            continue  # ("the two leaders" after two ministers attending: not them)
                        if index - group_sentence > (NUMBERED_ANAPHOR_WINDOW if size else ANAPHOR_WINDOW):
                            continue
                        if size in (0, len(keys)):
                            groups[token.i] = _sides_as_persons(token, keys, sentence_persons, index, actors)
                            break
                    if (
                        size == 0
                        and token.i not in groups
                        and (holders := _office_holders_before(token, actors))
                    ):
                        groups[token.i] = holders
                    pair_word = token.lemma_.lower() in PARTY_NOUNS or token.pos_ == "NUM"
                    if numbered_noun and token.i not in groups and pair_word:
                        # "X will raise it with Y when the two leaders meet", "was photographed with Y
                        # after the two met": the pair named just before (persons by name: "the two sides"
                        # may be countries, "his" no new party)
                        earlier = _persons_between(sentence.start_char, token.idx, actors, named_only=True)
                        earlier = [k for k in earlier if not _only_naming_a_thing(k, sentence, token, actors)]
                        if len(earlier) == size:
                            groups[token.i] = earlier
                    continue
            if token.pos_ in ("NOUN", "PROPN") and token.dep_ in GROUP_PHRASE_DEPS and not _discussed(token):
                keys = list(dict.fromkeys(k for c in with_conjuncts(token) for k in actor_keys(c, actors)))
                if len(keys) >= 2:
                    recent.append((index, token.i, keys))
                    inside_group.update(t.i for t in token.subtree)
        persons = [
            k
            for k in _persons_between(sentence.start_char, sentence.end_char, actors)
            if not _only_a_venue(k, sentence, actors)
        ]
        if len(persons) >= 2:
            sentence_persons.append((index, sentence.end - 1, persons))
        countries = _actors_between(sentence.start_char, sentence.end_char, actors, "country", True)
        if len(countries) >= 2:
            sentence_countries.append((index, sentence.end - 1, countries))
    return groups


def _discussed(token: Token) -> bool:
    """ "X and Y would discuss Northern Ireland and Irish-Spanish relations at their meeting": what a verb
    of talking takes as its object is the subject matter, no group a later "their" stands for."""
    return token.dep_ == "dobj" and token.head.lemma_.lower() in VERBS_WITH_TOPIC_OBJECT - LIGHT_VERBS


def _only_a_venue(key: str, sentence: Span, actors: ArticleActors) -> bool:
    """A "person" the sentence names only after "at" ("received X at Palazzo Chigi"): a building the model
    took for a man, no one of a pair a later "the leaders" stands for."""
    doc = sentence.doc
    spans = [
        doc.char_span(m.char_start, m.char_end)
        for m in actors.mentions_in(sentence.start_char, sentence.end_char)
        if canonical_key(m.local_key, actors) == key
    ]
    roots = [span.root for span in spans if span is not None]
    return bool(roots) and all(r.dep_ == "pobj" and r.head.lower_ == "at" for r in roots)


def _by_salience(
    anaphor: Token, pools: list[tuple[int, int, list[str]]], size: int, actors: ArticleActors
) -> list[tuple[int, int, list[str]]]:
    """The candidate groups for an anaphor, latest first; for a numbered one ("the two", "the two
    ministers") a group named only as the agents or the origin of something ("A and B held talks. They
    were mediated by C and D. The two had last met in Riga"; "observers from C and D") comes after the
    others: the pair the story is about, not the last two named."""
    latest = list(reversed(pools))
    if not size:
        return latest
    aside = [g for g in latest if _named_aside(anaphor.doc[g[1]].sent, g[2], actors)]
    return [g for g in latest if g not in aside] + aside


def _named_aside(sentence: Span, keys: list[str], actors: ArticleActors) -> bool:
    """Every one of the group is named in the sentence inside a by- or from-phrase only."""
    doc = sentence.doc
    roots = [
        span.root
        for m in actors.mentions_in(sentence.start_char, sentence.end_char)
        if canonical_key(m.local_key, actors) in keys
        and (span := doc.char_span(m.char_start, m.char_end, alignment_mode="expand")) is not None
    ]
    return bool(roots) and all(_in_phrase_of(root, ("by", "from")) for root in roots)


def _in_phrase_of(token: Token, prepositions: tuple[str, ...]) -> bool:
    """The token is inside the object of one of the prepositions (through conjuncts and modifiers)."""
    return any(a.pos_ == "ADP" and a.lower_ in prepositions for a in token.ancestors if a.i < token.i)


def _only_naming_a_thing(key: str, sentence: Span, anaphor: Token, actors: ArticleActors) -> bool:
    """ "Xi told Biden he would work with the incoming Trump administration, as the two leaders met": a
    person named before the anaphor only as the modifier of a thing (an administration, a campaign) is
    none of the pair."""
    doc = sentence.doc
    spans = [
        doc.char_span(m.char_start, m.char_end, alignment_mode="expand")
        for m in actors.mentions_in(sentence.start_char, anaphor.idx)
        if canonical_key(m.local_key, actors) == key
    ]
    return bool(spans) and all(
        span is not None and span.root.dep_ == "compound" and span.root.head.pos_ == "NOUN" for span in spans
    )


def _office_holders_before(noun: Token, actors: ArticleActors) -> list[str]:
    """ "Sen. A said ... Sen. B said ... The senators met X": a definite plural office with no group named
    in one phrase stands for every person named earlier in the article as holding that office (two or
    more); "the leaders" and "the officials" name no one office, so they are left to the phrase groups."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma in ("leader", "head", "official") or lemma not in TITLE_HEADS:
        return []
    holders = [
        key
        for key in _persons_between(0, noun.idx, actors, named_only=True)
        if (actor := actors.actor(key)) is not None and any(lemma in title.split() for title in actor.titles)
    ]
    return holders if len(holders) >= 2 else []


def _persons_between(start: int, end: int, actors: ArticleActors, named_only: bool = False) -> list[str]:
    """The persons mentioned in a stretch of text, each once, in order (by name only, if asked)."""
    return _actors_between(start, end, actors, "person", named_only)


def _actors_between(
    start: int, end: int, actors: ArticleActors, actor_type: str, named_only: bool = False
) -> list[str]:
    """The actors of one type mentioned in a stretch of text, each once, in order (by name only, if
    asked)."""
    mentions = [
        m for m in actors.mentions_in(start, end) if not named_only or m.mention_kind in ("name", "alias")
    ]
    return [
        key
        for key in dict.fromkeys(canonical_key(m.local_key, actors) for m in mentions)
        if (actor := actors.actor(key)) is not None and actor.actor_type == actor_type
    ]


def _abbreviated_office_holder(token: Token, actors: ArticleActors) -> str | None:
    """ "EAM also met X": an office's abbreviation standing alone is the one person holding that office."""
    office = TITLE_ABBREVIATIONS.get(token.lower_)
    if office is None:
        return None
    holders = [a.local_key for a in actors.actors if a.actor_type == "person" and office in a.titles]
    return holders[0] if len(holders) == 1 else None


def actor_by_surname(token: Token, actors: ArticleActors) -> str | None:
    """A bare proper name that the actors extractor did not mark ("the Xi-Putin summit"): the one
    person actor whose name ends with it or has it as an alias."""
    word = token.text
    matches = [
        actor.local_key
        for actor in actors.actors
        if actor.actor_type == "person"
        and (
            actor.name.split()[-1] == word
            or word in actor.aliases
            or actor.name == word
            # ("the Modi-Xi meeting": a family name written first)
            or (actor.country_iso3 in FAMILY_NAME_FIRST and actor.name.split()[0] == word)
        )
    ]
    return matches[0] if len(matches) == 1 else None


def is_person(key: str, actors: ArticleActors) -> bool:
    actor = actors.actor(key)
    return actor is not None and actor.actor_type == "person"


def sentence_attendees(sentence: Span, actors: ArticleActors) -> list[str]:
    """Secondary parties of the sentence: "also attended by X", "accompanied by X", "in the presence of X"."""
    keys: list[str] = []
    for token in sentence:
        lemma = token.lemma_.lower()
        if lemma in ATTENDANCE_VERBS and token.tag_ == "VBN":
            for obj in prep_objects(token, ("by",)):
                keys.extend(actor_keys(obj, actors))
        if lemma == "presence":
            for obj in prep_objects(token, ("of",)):
                keys.extend(actor_keys(obj, actors))
    return keys


def is_party_phrase(head: Token, actors: ArticleActors) -> bool:
    """The phrase names a party itself (a name, a pronoun, "the delegation"), not a thing of one."""
    # (a lower-case word the tagger calls a proper noun, "the Chamber of Commerce award", is a thing)
    if head.pos_ == "PRON" or (head.pos_ == "PROPN" and not head.is_lower):
        return True
    if any(m.char_start <= head.idx < m.char_end for m in actors.mentions_in(head.idx, head.idx + 1)):
        return True
    # ("received the speakers of the Senate and the Chamber, A and B": holders of an office named)
    holders = head.tag_ == "NNS" and bool(_names_after_plural_post(head, actors))
    return (
        head.lemma_.lower() in PARTY_NOUNS
        or holders
        or (isinstance(actors, ArticleParties) and head.i in actors.groups)
    )


def residence_owners(places: list[Token], actors: ArticleActors) -> list[Token]:
    """The persons whose own place a visit goes to ("paid a visit to Hillary Clinton's home", "visited the
    president's residence"): the named possessors of a residence noun."""
    return [
        owner
        for place in places
        if place.lemma_.lower() in RESIDENCE_NOUNS
        for owner in dependents(place, ("poss",))
        if any(is_person(k, actors) for k in actor_keys(owner, actors))
    ]


def unresolved_counterpart(trigger: Token, actors: ArticleActors) -> bool:
    """The verb names its counterpart only by a description the actors do not resolve ("to meet with the
    man he is seeking to succeed", "met her counterpart"): the encounter is one the article names
    elsewhere, so the mention may refer back like a definite noun."""
    for obj in dependents(trigger, ("dobj",)) + prep_objects(trigger, ("with",)):
        if obj.lemma_.lower() in PARTY_NOUNS and obj.pos_ == "NOUN" and not actor_keys(obj, actors):
            return True
    return False


def organisation_meeting(trigger: Token, parties: dict[str, str], actors: ArticleActors) -> bool:
    """The noun names an organisation's own session ("the IMF's Interim Committee meeting", "an OPEC
    meeting"): its parties meet as members, not as hosts and visitors (guideline, convention 8)."""
    return any(k in parties for k in session_bodies(trigger, actors))


def session_owners(trigger: Token) -> list[Token]:
    """The words that may own a meeting noun: its possessor and modifiers, and its of-object."""
    return dependents(trigger, ("poss", "compound", "nmod")) + prep_objects(trigger, ("of",))


def session_bodies(trigger: Token, actors: ArticleActors) -> list[str]:
    """The organisations whose own session the meeting noun names ("the IMF's Interim Committee meeting",
    "next week's meeting of the OECD"; also "a summit of the Quad grouping")."""
    keys = [k for o in session_owners(trigger) for k in phrase_actor_keys(o, actors)]
    return [k for k in keys if (a := actors.actor(k)) is not None and a.actor_type == "organization"]


def country_of(key: str, actors: ArticleActors) -> tuple[str | None, bool]:
    """(ISO3, is_country_actor) of an actor."""
    actor = actors.actor(key)
    if actor is None:
        return None, False
    return actor.country_iso3, actor.actor_type == "country"


def delegation_heads(doc: Doc, actors: ArticleActors) -> dict[str, list[str]]:
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
            for key in phrase_actor_keys(token, actors)
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
            for obj in prep_objects(verb, ("by",))
            for key in actor_keys(obj, actors)
            if (actor := actors.actor(key)) is not None and actor.actor_type == "person"
        ]
        if len(countries) == 1 and persons:
            heads.setdefault(countries[0], list(dict.fromkeys(persons)))
    return heads


def country_to_delegates(parties: dict[str, str], heads: dict[str, list[str]]) -> dict[str, str]:
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


def body_members(key: str, actors: ArticleActors) -> frozenset[str]:
    """The member states (ISO3) of an organisation actor listed in BODY_MEMBERS, else none."""
    body = actors.actor(key)
    if body is None or body.actor_type != "organization":
        return frozenset()
    for name in (body.name, *body.aliases):
        members = BODY_MEMBERS.get(" ".join(name.lower().split()))
        if members:
            return frozenset(members)
    return frozenset()


def add_body_members(mention: MeetingMention, actors: ArticleActors) -> None:
    """A meeting of one body and nobody else ("GCC ministers opened a meeting") is a meeting of its member
    states: the members the article names as country actors (two at least) join as participants."""
    core = core_parties(mention.parties)
    if len(core) != 1:
        return
    members = body_members(next(iter(core)), actors)
    named = [a.local_key for a in actors.actors if a.actor_type == "country" and a.country_iso3 in members]
    if len(named) >= 2:
        enrol(mention.parties, named, PARTICIPANT)


def complete_parties(mentions: list[MeetingMention], sentences: list[Span], actors: ArticleActors) -> None:
    """Parties a mention of unnamed members gets from elsewhere: the named members of a body, or the
    roll call of the sentence after it."""
    for mention in mentions:
        add_body_members(mention, actors)
    # ("A and B sat down for a meeting. C and D also took part": the noun restates the encounter its
    # sentence names in full; the next sentence adds attendees to it, not another meeting's parties)
    named = {m.sentence_index for m in mentions if len(core_parties(m.parties)) >= 2}
    for mention in mentions:
        if mention.sentence_index not in named:
            _add_roll_call(mention, sentences, actors)
    for index, sentence in enumerate(sentences):
        if attending := _attended_by_told(sentence.root):
            noun = dependents(sentence.root, ("nsubjpass",))[0].lemma_.lower()
            _add_passive_roll_call(index, noun, attending, mentions, actors)


# How many sentences back "The meeting was attended by A, B and C" looks for the meeting it names.
PASSIVE_ROLL_CALL_REACH = 2


def _add_passive_roll_call(
    index: int, noun: str, attending: list[Token], mentions: list[MeetingMention], actors: ArticleActors
) -> None:
    """ "A meeting of cacao growers ended on Friday. A statement said future meetings would seek quotas. The
    meeting was attended by delegates from A, B and C": the passive roll call names the parties of the
    meeting last told without them by the same noun, held (not one to come) and indefinite (a definite
    one, "At the outset of the meeting", takes up a meeting told with its parties: add_later_attendees)."""
    told = [
        m
        for m in mentions
        if index - PASSIVE_ROLL_CALL_REACH <= m.sentence_index < index
        and m.kind == "noun"
        and m.trigger.lemma_.lower() == noun
        and m.status != PLANNED
        and not m.definite
        and len(core_parties(m.parties)) < 2
    ]
    keys = [k for a in attending for c in with_conjuncts(a) for k in actor_keys(c, actors)]
    if told and len(set(keys) | set(core_parties(told[-1].parties))) >= 2:
        enrol(told[-1].parties, keys, PARTICIPANT)


def _add_roll_call(mention: MeetingMention, sentences: list[Span], actors: ArticleActors) -> None:
    """ "Finance ministers of the Group of Seven met here yesterday. Taking part were A, B and C", "The
    meeting included A and B": a roll call right after a meeting that names fewer than two parties gives
    its parties."""
    if len(core_parties(mention.parties)) >= 2 or mention.sentence_index + 1 >= len(sentences):
        return
    names = _roll_call_names(sentences[mention.sentence_index + 1].root)
    keys = [k for n in names for c in with_conjuncts(n) for k in actor_keys(c, actors)]
    if len(set(keys) | set(core_parties(mention.parties))) >= 2:
        enrol(mention.parties, keys, PARTICIPANT)


def roll_call_follows(token: Token) -> bool:
    """The sentence after the token's is a roll call naming who attended ("A, B and C attended")."""
    doc = token.doc
    end = token.sent.end
    return end < len(doc) and bool(_roll_call_names(doc[end].sent.root))


def _attending_names(verb: Token) -> list[Token]:
    """ "A, B and C attended.", "A and B attended the session", "A and B took part in the talks": the names
    that attended the meeting just told (nothing else: "attended the OPEC meeting" names its own)."""
    if verb.lemma_.lower() == "take" and not takes_part(verb):
        return []
    objects = [o for o in dependents(verb, ("dobj",)) if o.lower_ != "part"] + prep_objects(verb, ("in",))
    told = all(o.lemma_.lower() in NOUN_TRIGGERS and definite_bare(o, ("the", "their")) for o in objects)
    if not told:
        return []
    # ("A, Japan's B and Britain's C attended": the parser may set the later names beside the first)
    return [
        t
        for s in dependents(verb, ("nsubj",))
        for t in s.subtree
        # ("Delegates from A, B and C attended the meeting": the common noun's from-phrase names them)
        if t is s or (t.pos_ == "PROPN" and t.dep_ in ("appos", "conj"))
    ]


def _members_named(root: Token) -> list[Token]:
    """ "OPEC's price committee will meet on Saturday. The committee groups A, B and C": the members of the
    body just told, by a definite noun (a country owning a member's name is no member of its own)."""
    if root.lemma_.lower() not in MEMBERSHIP_VERBS:
        return []
    subjects = dependents(root, ("nsubj",))
    if not any(s.pos_ == "NOUN" and any(c.lower_ == "the" for c in s.children) for s in subjects):
        return []
    return [
        t
        for o in dependents(root, ("dobj",))
        for t in o.subtree
        if t.pos_ == "PROPN" and (t is o or (t.dep_ in ("appos", "conj") and t.ent_type_ != "GPE"))
    ]


def _expected_to_attend(root: Token) -> list[Token]:
    """ "The Group of Ten will meet in Basle. A and B are expected to attend": those due to attend the
    meeting just told (a verb of attending with no object of its own)."""
    attending = [
        x
        for x in dependents(root, ("xcomp",))
        if x.lemma_.lower() in ROLL_CALL_VERBS
        and not dependents(x, ("dobj",))
        and not prep_objects(x, ("in",))
    ]
    if not plan_word(root) or not attending:
        return []
    return [
        c for s in dependents(root, ("nsubj", "nsubjpass")) if s.pos_ == "PROPN" for c in with_conjuncts(s)
    ]


def _among_attending(root: Token) -> list[Token]:
    """ "A and B were among those attending(, officials said)", "Among those attending were A and B": the
    persons the sentence names outside its "among" phrase (the parser reads these lists many ways)."""
    clause = next((c for c in root.children if c.dep_ == "ccomp" and c.lemma_ == "be"), root)
    among = [
        o
        for o in prep_objects(clause, ("among",))
        if any(t.tag_ == "VBG" and t.lemma_.lower() in ROLL_CALL_VERBS for t in o.subtree)
    ]
    if clause.lemma_ != "be" or not among:
        return []
    inside = {t.i for o in among for t in o.head.subtree}
    doc = root.doc
    return [
        t
        for t in root.sent
        if t.ent_type_ == "PERSON"
        and t.i not in inside
        and (t.i + 1 == len(doc) or doc[t.i + 1].ent_iob_ != "I")
    ]


def _attended_by_told(root: Token) -> list[Token]:
    """ "A meeting of cacao growers ended on Friday. The meeting was attended by delegates from A, B and C":
    the passive roll call of a meeting first told without its parties (one told with them, "At the outset
    of the meeting ...", is only taken up: its attendees join it, add_later_attendees)."""
    if root.lemma_.lower() not in ROLL_CALL_VERBS or not any(c.dep_ == "auxpass" for c in root.children):
        return []
    subjects = dependents(root, ("nsubjpass",))
    told = subjects and all(s.lemma_.lower() in NOUN_TRIGGERS and definite_bare(s) for s in subjects)
    return prep_objects(root, ("by",)) if told else []


def _roll_call_names(root: Token) -> list[Token]:
    """The names a roll call sentence lists, or none when the sentence is no roll call."""
    if named := _among_attending(root) or _members_named(root) or _expected_to_attend(root):
        return named
    if root.lemma_.lower() == "include":
        # "The meeting included A and B": the meeting just told, by a definite noun
        subjects = dependents(root, ("nsubj",))
        told = any(
            s.lemma_.lower() in NOUN_TRIGGERS and any(c.lower_ == "the" for c in s.children) for s in subjects
        )
        return [c for c in dependents(root, ("dobj",)) if c.pos_ == "PROPN"] if told else []
    if root.lemma_.lower() in ROLL_CALL_VERBS and root.tag_ in ("VBD", "VBZ", "VBP"):
        return _attending_names(root)
    # ("Taking part were A and B" with "were" an auxiliary, or "Attending were A and B" with "were" the root)
    participle = root if root.lemma_ != "be" else next((c for c in root.children if c.tag_ == "VBG"), root)
    lemma = participle.lemma_.lower()
    inverted = root is not participle or any(c.dep_ == "aux" and c.lemma_ == "be" for c in root.children)
    if participle.tag_ != "VBG" or lemma not in ROLL_CALL_VERBS or not inverted or participle.i > root.i + 1:
        return []
    if lemma == "take" and not takes_part(participle):
        return []
    return [c for c in root.children if c.dep_ in ("nsubj", "dobj", "attr") and c.pos_ == "PROPN"]
