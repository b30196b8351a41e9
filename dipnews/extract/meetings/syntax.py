"""Parse-tree helpers: which tokens of spaCy's dependency parse stand for what.

Coordination ("X, Y and Z", including names the parser hung in the wrong place), a token's dependents
and prepositional objects, the subjects of a verb (climbing through control verbs), the verb a trigger
noun depends on, the clause modifiers that describe a trigger noun ("talks held in Geneva"), and a few
word classes read off a token with the lexicon (a plan word, a prenominal "visiting", a proper name).
Nothing here knows about actors: the modules above share this one reading of the parse.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from spacy.tokens import Token

from dipnews.extract.actors.titles import is_title_word, title_head
from dipnews.extract.meetings.lexicon import (
    CONVERSATION_VERBS,
    DELEGATION_LEADING_VERBS,
    DELEGATION_NOUNS,
    EXTENT_NOUNS,
    HOSPITALITY_NOUNS,
    INVITATION_NOUNS,
    JOURNEY_NOUNS,
    LIGHT_VERBS,
    OBJECT_CONTROL_VERBS,
    PAIR_NOUNS,
    PLAN_LEMMAS,
    RETURN_NOUNS,
    SENDING_VERBS,
    SHARED_MEALS,
    SPEAKING_VERBS,
    VERBS_WITH_TOPIC_OBJECT,
    VISITING_MODIFIERS,
)
from dipnews.extract.quotes.speech import SPEECH_VERB_LEMMAS

# What follows a dateline's place: "WASHINGTON (AP) —", "MOSCOW -".
DATELINE_MARKS = frozenset({"(", "—", "--", "-", "AP", "Reuters"})
# Dependencies of a trigger noun's reduced relative clause or adjective ("a summit due in Riyadh late this
# year", "talks held in Geneva", "a meeting scheduled for May"): the clause describes the meeting itself,
# so the time and place phrases hanging from it are the meeting's own.
DESCRIBING_MODIFIER_DEPS = frozenset({"amod", "acl"})


# Verbs of speaking with someone, whose "on" or "over" phrase is what was spoken of.
_SPEAKING_VERBS = CONVERSATION_VERBS | SPEAKING_VERBS


def talked_about(trigger: Token) -> bool:
    """ "spoke with Reagan by telephone on her talks in the Kremlin", "briefed X on his summit with Y": a
    meeting a conversation is about, no part of that conversation ("on a visit to X" is when it was, a
    journey; "over dinner" a shared meal)."""
    preposition = trigger.head
    return (
        trigger.dep_ == "pobj"
        and preposition.lower_ in ("on", "over")
        and trigger.lemma_.lower() not in JOURNEY_NOUNS | SHARED_MEALS
        and preposition.head.lemma_.lower() in _SPEAKING_VERBS
    )


def with_conjuncts(token: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("X, Y and Z"), including a name the parser
    coordinated with X's description ("X, the secretary general of the union, and Y")."""
    # a conjunct marked possessive ("X and South Korea's President Y") owns the next phrase; it is no party
    found = [
        token,
        *[
            t
            for t in token.conjuncts
            if t.i > token.i and not dependents(t, ("case",)) and not _speaker_after(t)
        ],
    ]
    for description in (c for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN"):
        found.extend(t for t in description.conjuncts if t.i > description.i and t.pos_ == "PROPN")
    return found


def _speaker_after(conjunct: Token) -> bool:
    """ "... hold talks with President X, Chief Cabinet Secretary Y told reporters": a name joined by a
    comma alone and followed by a speech verb is the one reporting the sentence, which the parser chained
    to the list before it."""
    doc = conjunct.doc
    after = conjunct.right_edge.i + 1
    joined_by_comma = doc[conjunct.left_edge.i - 1].text == "," if conjunct.left_edge.i > 0 else False
    return (
        joined_by_comma
        and after < len(doc)
        and doc[after].lemma_.lower() in SPEECH_VERB_LEMMAS
        and not any(c.dep_ == "cc" for c in conjunct.head.children if c.i < conjunct.i)
    )


def dependents(token: Token, deps: Iterable[str]) -> list[Token]:
    wanted = set(deps)
    return [child for child in token.children if child.dep_ in wanted]


def prep_objects(token: Token, prepositions: Iterable[str]) -> list[Token]:
    """Objects of the token's prepositions in the list, with their conjuncts."""
    wanted = set(prepositions)
    found: list[Token] = []
    for prep in token.children:
        # ("called on Honduran President X": the parser may read the preposition as a particle with an object)
        misread_particle = prep.dep_ == "prt" and any(c.dep_ == "pobj" for c in prep.children)
        if (prep.dep_ in ("prep", "agent", "dative") or misread_particle) and prep.lower_ in wanted:
            # "to A and to B": a coordinated preposition repeats the first
            for each in [prep, *(c for c in prep.conjuncts if c.lower_ == prep.lower_)]:
                objects = [obj for obj in each.children if obj.dep_ == "pobj"] or _stranded_object(each)
                for obj in objects:
                    # "with Prime Minister X and Defense Minister Y" parsed as "Minister [X and Defense
                    # Minister] Y": the first name hangs inside the phrase, coordinated there
                    found.extend(with_misparsed_conjuncts(obj))
    return found


def with_objects_hung_lower(verb: Token, meeting_nouns: Collection[str]) -> list[Token]:
    """The named objects of a with-phrase the parser hung on the object of the verb's other preposition
    ("met behind closed doors with X", "spoke on the phone with X"); a meeting noun's with-phrase is its
    own ("visits Washington for the meetings with the IMF")."""
    hosts = [
        o
        for prep in dependents(verb, ("prep",))
        for o in dependents(prep, ("pobj",))
        if o.lemma_.lower() not in meeting_nouns and o.lower_ not in meeting_nouns
    ]
    return [w for o in hosts for w in prep_objects(o, ("with",)) if is_named(w)]


def misread_past_tense(verb: Token) -> bool:
    """ "a day before Trump hosted Ukrainian President X": the parser may read a past tense as a participle
    modifying the name after it, yet leave it its own subject; it is the finite verb, the name its object."""
    return verb.dep_ == "amod" and verb.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in verb.children)


def modified_noun(modifier: Token) -> Token:
    """The head of the noun phrase a modifier sits in ("hosted" in "hosted Ukrainian President X": X)."""
    return name_head(modifier.head)


def name_head(token: Token) -> Token:
    """The head of the name a word is a compound of ("Sheikh" in "Sheikh Tamim bin Hamad": "Hamad")."""
    while token.dep_ == "compound" and token.head is not token:
        token = token.head
    return token


def name_opening_with_preposition(prep: Token) -> list[Token]:
    """ "talks with To Lam", "will meet To Lam": a name whose first word is also a preposition's, parsed as
    a preposition of its own (hung on the preposition or verb before it) with the rest of the name its
    object; capitalised mid-phrase, that word is the name's."""
    inner = next((c for c in prep.children if c.dep_ == "prep" and c.i == prep.i + 1), None)
    if inner is None or not inner.is_title or inner.lower_ == prep.lower_:
        return []
    rest = inner.i + 1
    return [o for o in inner.children if o.dep_ == "pobj" and o.pos_ == "PROPN" and o.left_edge.i == rest]


def person_opening_with_preposition(verb: Token) -> list[Token]:
    """ "will meet To Lam (separately)": the persons among the names opening with a preposition's word
    that the verb's own parse leaves as a preposition and its object."""
    return [o for o in name_opening_with_preposition(verb) if o.ent_type_ == "PERSON"]


def _stranded_object(prep: Token) -> list[Token]:
    """A preposition the parser left without object because it read the noun phrase after it as the
    subject of a following participle ("met with officials of the countries visited"): that phrase."""
    named = name_opening_with_preposition(prep)
    if named:
        return named
    for pcomp in (child for child in prep.children if child.dep_ == "pcomp"):
        # "met with visiting X": the parser reads the participle as a verb taking X as its object
        if prenominal_visiting(pcomp):
            return dependents(pcomp, ("dobj",))
        # "met with Speaker X, a Democrat, to discuss": or X as the subject of the purpose clause (below)
    # "called on Commerce Minister X": the small model may read the name as the verb's own object
    adjacent = [o for o in dependents(prep.head, ("dobj",)) if o.left_edge.i == prep.i + 1]
    if adjacent:
        return adjacent
    following = prep.doc[prep.i + 1 : prep.i + 6]
    for token in following:
        if (
            token.dep_ in ("nsubj", "nsubjpass")
            and token.left_edge.i == prep.i + 1
            and token.head.i > token.i
        ):
            if prep.i > 0 and prep.doc[prep.i - 1].text == "," and token.head.tag_ == "VBG":
                return []  # ", with both leaders urging a settlement": a clause set beside, no counterpart
            return [token]
    return []


def _is_dateline(token: Token) -> bool:
    """A wire dateline parsed as a subject: "WASHINGTON (AP) — X and Y pledged"."""
    if token.i != token.sent.start:
        return False
    return any(c.dep_ in ("punct", "appos") and c.text in DATELINE_MARKS for c in token.children)


def _owned_by_country(name: Token) -> bool:
    """A proper name with a country's possessive before it ("Colombia's Gustavo Petro")."""
    return name.pos_ == "PROPN" and any(p.dep_ == "poss" and p.ent_type_ == "GPE" for p in name.children)


def with_misparsed_conjuncts(head: Token) -> list[Token]:
    """The head and its conjuncts, plus a coordinated name the parser hung inside the phrase as a
    modifier ("Donald Trump and House Speaker Paul Ryan" parsed as "[Trump and House] Speaker Ryan"), and
    a list of names the parser read as an apposition ("with X, Prime Minister Y and Z" with Y and Z hung
    on an appositive Z after X's name)."""
    found = with_conjuncts(head)
    # (two persons' names: "X, the UAE's Minister of State" describes X)
    # ("Brazil's A, Colombia's B and Mexico's C": a name owned by a country is another person, however
    # the model tagged the names)
    listed = [
        c
        for c in head.rights
        if c.dep_ == "appos"
        and ((c.ent_type_ == "PERSON" and head.ent_type_ == "PERSON") or _owned_by_country(c))
    ]
    # ("meet A, Foreign Minister B and Finance Minister C": C coordinated with the appositive B)
    listed += [
        c
        for name in listed
        for c in name.conjuncts
        if (c.ent_type_ == "PERSON" or _owned_by_country(c)) and c.i > name.i
    ]
    # "with X and Bank of France Governor Y" parsed as X's conjuncts (or apposition) "Bank" and Y: a
    # conjunct right before a person's name is the name's own modifier, Y the one met
    names = [t for t in found[1:] if t.ent_type_ == "PERSON"] + listed
    # "and International Monetary Fund (IMF) head Michel Camdessus" with the name hung elsewhere
    titled = {
        c.i: n for c in found[1:] if c.ent_type_ != "PERSON" and (n := _titled_name_after(c)) is not None
    }
    listed += [n for n in titled.values() if n not in listed]
    names += titled.values()
    modifiers = {c.i for c in found[1:] for name in names if c.right_edge.i + 1 == name.left_edge.i}
    # (a body followed by its office holder's title: "Fund (IMF) head X" names X)
    modifiers |= set(titled)
    found = [t for t in found if t.i not in modifiers or t.ent_type_ == "PERSON"] + listed
    # "a call from the Emir of Kuwait, Sheikh X": an office set off before its holder's name, which the
    # parser hung elsewhere
    if title_head(head.text) is not None and not any(t.ent_type_ == "PERSON" for t in head.subtree):
        found += [holder] if (holder := _titled_name_after(head)) is not None else []
    # "will meet Emperor X, Prime Minister Y and business leaders": the list read as X's apposition, a
    # plural noun with Y hung on it as a modifier coordinated there
    groups = [c for c in head.rights if c.dep_ == "appos" and c.tag_ == "NNS" and head.ent_type_ == "PERSON"]
    for left in [
        *head.lefts,
        *(t for name in listed for t in name.lefts),
        *(t for g in groups for t in g.lefts),
    ]:
        for token in left.subtree:
            if (
                token.dep_ in ("nmod", "compound", "appos")
                # (a name the tagger took for an adjective: "Masoud/JJ Pezeshkian/JJ")
                and (token.pos_ == "PROPN" or token.ent_type_ == "PERSON")
                and any(c.dep_ == "cc" for c in token.children)
            ):
                found.append(token)
    return found


def _titled_name_after(body: Token) -> Token | None:
    """The person named right after a body and an office word ("International Monetary Fund (IMF) head
    Michel Camdessus"), when the parser hung the name outside the body's phrase: the name's last word."""
    doc = body.doc
    start = body.right_edge.i + 1
    i = start
    while i < len(doc) and i - start < 4 and doc[i].ent_type_ != "PERSON":
        if not (is_title_word(doc[i].text) or doc[i].is_punct):
            return None
        i += 1
    if i >= len(doc) or i == start or doc[i].ent_type_ != "PERSON" or doc[i].ent_iob_ != "B":
        return None
    end = i
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    name = doc[end]
    return name if not (body.i <= name.head.i <= end) and name not in body.subtree else None


def dangling_conjuncts(head: Token) -> list[Token]:
    """The phrase after an "and" the parser left without its conjunct ("between X and U.S. Secretary
    of State Y" read with Y as the sentence's subject): the widest phrase that starts right after it."""
    found: list[Token] = []
    # the "and" may hang on the name in apposition to a title ("between Foreign Minister X and U.S. envoy Y")
    holders = [head, *(c for c in head.children if c.dep_ == "appos")]
    for cc in (c for holder in holders for c in holder.children):
        if cc.dep_ != "cc" or any(c.dep_ == "conj" for c in cc.head.children):
            continue
        starts = [t for t in head.doc[cc.i + 1 : cc.i + 12] if t.left_edge.i == cc.i + 1]
        if starts:
            found.append(max(starts, key=lambda t: t.right_edge.i))
    return found


def object_controller(verb: Token) -> Token | None:
    """The object that is the subject of an infinitive ("invited X to visit", "asked X to meet"): with
    verbs of object control the one invited, not the one inviting, does what the infinitive says."""
    sent = verb.dep_ == "advcl" and verb.head.lemma_.lower() in SENDING_VERBS  # "sent X to Beirut to meet Y"
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in INVITATION_NOUNS:
        # "extended an invitation to Y to visit Chile": the one the invitation goes to
        invited = prep_objects(verb.head, ("to",))
        return invited[0] if invited else None
    if not sent and (verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in OBJECT_CONTROL_VERBS):
        return None
    objects = dependents(verb.head, ("dobj",))
    return objects[0] if objects else None


def subject_in_fronted_phrase(verb: Token) -> Token | None:
    """ "At the invitation of X, Y will pay a visit to Z": the parser may coordinate the subject Y with the
    fronted phrase's last name and leave the verb without a subject; the name that ends the phrase, right
    before the verb (or its auxiliaries), after a comma, is the subject."""
    if verb.dep_ != "ROOT":
        return None
    first = min([verb.i, *(c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg"))])
    fronted = (
        c for c in verb.children if c.dep_ == "prep" and c.i < first and c.left_edge.i == verb.sent.start
    )
    for phrase in fronted:
        for name in phrase.subtree:
            if (
                name.dep_ in ("conj", "appos")
                and name.pos_ == "PROPN"
                and name.right_edge.i + 1 == first
                and name.left_edge.i > 0
                and name.doc[name.left_edge.i - 1].text == ","
            ):
                return name
    return None


def name_read_as_preposition(verb: Token) -> Token | None:
    """ "Barack Obama and Xi Jinping met in Lima": the tagger may read a sentence-initial given name as a
    preposition, the surname as its object, and leave the verb without a subject; a "preposition" inside a
    person's name before the verb heads the subject."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.i < verb.i and prep.ent_type_ == "PERSON" and prep.ent_iob_ == "B":
            objects = dependents(prep, ("pobj",))
            if objects and objects[0].ent_type_ == "PERSON":
                return objects[0]
    return None


def visitor_read_as_clause(verb: Token) -> Token | None:
    """ "Visiting Malaysian Prime Minister X is to hold talks with Y": the parser may read the fronted
    participle as a clausal subject with the visitor as its object; the named object is the subject."""
    for clause in verb.children:
        if clause.dep_ == "csubj" and clause.i == clause.sent.start and clause.lower_ in VISITING_MODIFIERS:
            objects = [o for o in dependents(clause, ("dobj",)) if o.pos_ == "PROPN"]
            if objects:
                return objects[0]
    return None


def subject_heads(verb: Token) -> tuple[list[Token], bool]:
    """The subject heads of a verb (with conjuncts), climbing to a controlling verb when the verb has
    none of its own ("agreed to meet", "met X and hailed"). Returns (heads, passive)."""
    current: Token | None = verb
    for _ in range(4):
        if current is None:
            break
        active = [s for s in dependents(current, ("nsubj",)) if not _is_dateline(s)]
        if active:
            return [t for s in active for t in with_misparsed_conjuncts(s)], False
        passive = dependents(current, ("nsubjpass",))
        if passive:
            return [t for s in passive for t in with_misparsed_conjuncts(s)], current == verb
        controller = object_controller(current)
        if controller is not None:
            return with_conjuncts(controller), False
        swallowed = (
            subject_in_fronted_phrase(current)
            or name_read_as_preposition(current)
            or visitor_read_as_clause(current)
        )
        if swallowed is not None:
            # ("After a meeting at the Elysee Palace, X and Y said": the names coordinated there too)
            return with_conjuncts(swallowed), False
        if current.dep_ == "acl" and current.tag_ == "VBG" and current.head.dep_ in ("nsubj", "nsubjpass"):
            # "X, meeting Y for the first time, said ...": a participle set beside the subject describes it
            return with_conjuncts(current.head), False
        if infinitive_of_predicate_noun(current):
            # "X will be the first European leader to meet Y": the noun the copula says X is meets Y
            current = current.head.head
            continue
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
            if clause_dep == "ccomp" and (antecedent := _relative_across_report(current)) is not None:
                return with_conjuncts(antecedent), False
            if clause_dep == "pcomp" and current.pos_ == "ADP" and current.head != current:
                # "X will fly on Sunday after having completed a trip": a clause governed by a preposition
                # shares the subject of the verb the preposition hangs from
                current = current.head
                if current.dep_ == "pobj" and current.head.head.pos_ in ("VERB", "AUX"):
                    # "at a news conference after meeting X, Y said": through the noun it qualifies
                    current = current.head.head
                elif current.dep_ == "npadvmod" and current.head.pos_ in ("VERB", "AUX"):
                    current = current.head  # "X huddled with Y, a day after meeting Z": through the measure
            if current.pos_ not in ("VERB", "AUX", "ADJ"):
                break
        else:
            break
    return [], False


def _relative_across_report(verb: Token) -> Token | None:
    """ "Y, who he said recently spoke by telephone with Z": a relative pronoun set before a reporting
    verb is the subject of the clause reported, so the antecedent, not the reporter, spoke (the parser
    makes "who" the reporting verb's object)."""
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in SPEECH_VERB_LEMMAS:
        return None
    relative = any(c.dep_ == "dobj" and c.lower_ in ("who", "whom", "that") for c in verb.children)
    return verb.head if relative else None


def which_within(clause: Token) -> Token | None:
    """The "which" of a relative phrase that sets the clause within its antecedent ("a trip to Tokyo,
    during which he held talks", "the visit in which they met"), or None."""
    return next(
        (
            o
            for p in clause.children
            if p.dep_ == "prep" and p.lower_ in ("during", "in")
            for o in p.children
            if o.dep_ == "pobj" and o.lower_ == "which"
        ),
        None,
    )


def infinitive_of_predicate_noun(verb: Token) -> bool:
    """ "the first leader to meet Y", "the only minister to visit Z", after a copula: the infinitive
    describes the copula's predicate noun, which is its subject."""
    noun = verb.head
    return (
        verb.dep_ in ("relcl", "acl")
        and verb.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and noun.dep_ == "attr"
        and noun.head.lemma_ == "be"
    )


def naming_clause(noun: Token) -> Token | None:
    """ "had what he termed a frank meeting with X", "held what officials described as talks": the verb
    of naming whose "what" is the light verb's object; the noun named is what was held."""
    naming = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else noun.head
    named = noun.dep_ == "oprd" or (noun.dep_ == "pobj" and noun.head.lower_ == "as")
    if not named or naming.dep_ != "ccomp" or naming.head.pos_ not in ("VERB", "AUX"):
        return None
    return naming if any(c.dep_ == "dobj" and c.tag_ == "WP" for c in naming.children) else None


# Units a measure of time before "after" or "before" counts in ("a day after talks with X").
_TIME_UNITS = frozenset({"hour", "day", "week", "month", "year"})


def governing_verb(noun: Token) -> tuple[Token | None, str]:
    """The verb a trigger noun depends on and how: ("held", "object"), ("said", "during")."""
    if noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head, "object"
    if (naming := naming_clause(noun)) is not None:
        return naming.head, "object"  # "had what he termed a frank meeting with X"
    if noun.dep_ == "pobj" and noun.head.dep_ in ("prep", "agent"):
        prep = noun.head
        if prep.head.pos_ in ("VERB", "AUX"):
            return prep.head, prep.lower_
        if prep.lower_ == "of" and prep.head.lower_ == "ahead" and prep.head.head.pos_ in ("VERB", "AUX"):
            return prep.head.head, "for"  # "arrived in Tokyo ahead of talks with X": travelling for them
        if (
            prep.lower_ in ("in", "during")
            and prep.head.dep_ == "dobj"
            and prep.head.head.lemma_.lower() in VERBS_WITH_TOPIC_OBJECT
        ):
            # "discussed preparations for the summit in a telephone conversation": the parser hangs the
            # occasion on the topic; the talking was done in it
            return prep.head.head, prep.lower_
        time = prep.head
        if (
            prep.lower_ != "of"  # "after two hours of talks": an extent, read below
            and time.ent_type_ in ("DATE", "TIME")
            and time.dep_ == "pobj"
            and time.head.head.pos_ in ("VERB", "AUX")
        ):
            # "will visit Moscow at the end of March for talks with X": the parser hangs the purpose on the
            # time; it is the verb's
            return time.head.head, prep.lower_
        measure = time.ent_type_ in ("DATE", "TIME") or time.lemma_.lower() in _TIME_UNITS
        if time.dep_ == "npadvmod" and measure and time.head.pos_ in ("VERB", "AUX"):
            return time.head, prep.lower_  # "spoke on Tuesday, a day after talks with X": the measure's verb
        if prep.lower_ == "during" and time.dep_ == "pobj" and time.head.head.pos_ in ("VERB", "AUX"):
            # "agreed on a common concept during talks in Bonn": a time phrase says when the clause's act
            # was, whatever noun the parser hangs it on
            return time.head.head, prep.lower_
    if noun.dep_ == "pobj" and noun.head.dep_ == "conj" and noun.head.head.dep_ in ("advcl", "xcomp"):
        # "will leave for X to attend a meeting and for talks with Y": the parser coordinates the second
        # purpose with the first one's verb; both are the journey's purposes
        purpose = noun.head.head
        if purpose.head.pos_ in ("VERB", "AUX"):
            return purpose.head, noun.head.lower_
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return noun.head, "subject"
    if noun.dep_ == "pobj" and noun.head.lower_ == "from" and noun.head.head.lemma_.lower() in RETURN_NOUNS:
        # "said on his return from talks with X": the report follows the meeting, as after it
        coming_back = noun.head.head
        if coming_back.dep_ == "pobj" and coming_back.head.head.pos_ in ("VERB", "AUX"):
            return coming_back.head.head, "after"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in EXTENT_NOUNS:
        # "after a day of meetings with X, Y said", "held a round of talks": the extent stands in for it
        return governing_verb(noun.head.head)
    return None, ""


def where_antecedent(trigger: Token) -> Token | None:
    """The noun a "where" relative clause hangs from ("India" in "visiting India, where he met X")."""
    clause = trigger
    where = _where_of(clause)
    if where is None and trigger.dep_ == "conj" and trigger.head.pos_ in ("VERB", "AUX"):
        # "Port-au-Prince, where he inspected the police and met X": the where-clause's second verb
        clause = trigger.head
        where = _where_of(clause)
    while clause.dep_ in ("xcomp", "acomp") and clause.head != clause:
        # "Geneva, where he is expected to meet X", "Tokyo, where he is due to confer with X": the clause
        # (and its "where", as parsed) are the planning word's
        clause = clause.head
        where = where or _where_of(clause)
    if where is None:
        return None
    if clause.dep_ == "relcl" and clause.head.ent_type_ in ("DATE", "TIME"):
        # "will be in Rome on Friday, where he is due to meet X": the parser hangs the clause on the time
        # between, which leads back to the place
        before = [
            t
            for t in clause.sent
            if t.i < clause.head.i and t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in ("DATE", "TIME")
        ]
        return before[-1] if before else None
    if clause.dep_ == "relcl":
        return clause.head
    if trigger.dep_ == "advcl" and trigger.i > trigger.head.i:
        # "travelled to Washington last week, where he met X": parsed as a clause of the verb, "where" still
        # takes up the last noun before it (the time, when one intervenes, leads back to the place)
        before = [t for t in trigger.head.subtree if t.i < where.i and t.pos_ in ("NOUN", "PROPN")]
        return before[-1] if before else None
    return None


def _where_of(clause: Token) -> Token | None:
    return next((c for c in clause.children if c.dep_ == "advmod" and c.lower_ == "where"), None)


def set_off_relative_clause(clause: Token) -> bool:
    """A relative clause after a comma (a non-restrictive one: "X, who has taken a harder line"): it
    describes its noun and tells nothing of the clause around it."""
    start = clause.left_edge.i
    return clause.dep_ == "relcl" and start > 0 and clause.doc[start - 1].text == ","


def prenominal_visiting(token: Token) -> bool:
    """ "the visiting minister", "greeted visiting X", "with visiting X": the participle describes the
    noun after it as the travelling party; it is not a verb of its own ("after visiting Moscow" is)."""
    if token.lower_ not in VISITING_MODIFIERS or token.i + 1 >= len(token.doc):
        return False
    if token.i == token.sent.start:
        # "Visiting Malaysian Prime Minister X is to hold talks": a title and a person's name right after
        # it, whatever the parser made of them ("Visiting Moscow last week, X met Y" is a verb of its own)
        for word in token.doc[token.i + 1 : token.sent.end]:
            if word.ent_type_ == "PERSON":
                return token.dep_ == "csubj"
            if word.pos_ not in ("ADJ", "PROPN", "NOUN") or word.ent_type_ in ("GPE", "LOC", "FAC", "DATE"):
                return False
        return False
    if token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return token.dep_ == "amod" or (
        before.pos_ == "DET"
        or (before.pos_ == "VERB" and before.lemma_ not in ("be", "have"))
        or before.lower_ in ("with", "for", "by", "to", "from")
        or (before.pos_ == "CCONJ" and token.dep_ == "conj" and token.head.pos_ in ("PROPN", "NOUN"))
    )


def plan_word(token: Token) -> bool:
    """A word that announces a plan; "go" only as "is going to" ("the talks went well" reports them)."""
    if token.lemma_.lower() == "go":
        return token.tag_ == "VBG" and any(c.dep_ == "xcomp" for c in token.children)
    return token.lemma_.lower() in PLAN_LEMMAS


def describing_modifiers(trigger: Token) -> list[Token]:
    """A trigger noun's participle or adjective modifiers ("due", "held", "scheduled"), which describe it."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return []
    found = [c for c in trigger.children if c.dep_ in DESCRIBING_MODIFIER_DEPS and c.pos_ in ("VERB", "ADJ")]
    # "a summit scheduled to be held in Riyadh late this year": and the infinitive the participle governs
    return found + [x for c in found for x in dependents(c, ("xcomp",)) if x.pos_ in ("VERB", "AUX")]


def relative_holding_clauses(trigger: Token) -> list[Token]:
    """ "a meeting he had with X", "the talks that Y held with Z last week": relative clauses whose light
    verb takes the meeting noun as its gapped object; they name its parties, time and place."""
    return [
        c
        for c in trigger.children
        if c.dep_ == "relcl"
        and c.lemma_.lower() in LIGHT_VERBS
        and not any(d.dep_ in ("dobj", "nsubjpass") and d.tag_ not in ("WDT", "WP") for d in c.children)
    ]


def clause_participles(trigger: Token) -> list[Token]:
    """Participles on which the parser hangs the trigger clause's place and time: "received a delegation
    headed by X in Beijing on Monday" (the participle naming the delegation's leader), and "welcomed
    visiting X in Hanoi on Monday" (a prenominal "visiting" the parser made the verb of the guest)."""
    if trigger.pos_ != "VERB":
        return []
    # ("met Ukrainian officials led by X in Jeddah on Tuesday": any group the object names; "met with a
    # delegation ... led by X in Beijing on Monday": or the with-phrase)
    groups = dependents(trigger, ("dobj",)) + [
        o for prep in trigger.children if prep.dep_ == "prep" and prep.lower_ == "with" for o in prep.children
    ]
    groups = [g for g in groups if g.lemma_.lower() in DELEGATION_NOUNS or g.tag_ == "NNS"]
    # ("a delegation of the Business Council led by X", "from the U.S. Congress led by X": the parser
    # hangs the leader on the body sent)
    groups += [
        body
        for g in groups
        if g.lemma_.lower() in DELEGATION_NOUNS
        for body in prep_objects(g, ("of", "from"))
    ]
    leading = [
        verb
        for obj in groups
        for verb in dependents(obj, ("acl",))
        if verb.lemma_.lower() in DELEGATION_LEADING_VERBS
    ]
    # also under a preposition of the verb or of its object: "hosted a dinner for visiting X in Amman"
    phrases = [trigger, *dependents(trigger, ("dobj",))]
    holders = [trigger, *(p for h in phrases for p in h.children if p.dep_ == "prep")]
    visiting = [c for h in holders for c in h.children if c.pos_ == "VERB" and prenominal_visiting(c)]
    return leading + visiting


def is_hospitality(noun: Token) -> bool:
    """A meal or reception a host gives, also named by a compound ("a dinner party", "a lunch reception")."""
    return noun.lemma_.lower() in HOSPITALITY_NOUNS or any(
        c.dep_ == "compound" and c.lemma_.lower() in HOSPITALITY_NOUNS for c in noun.children
    )


def honoured_guests(holder: Token) -> list[Token]:
    """ "in honour of X", "in his honour", "in the prince's honour": the ones an occasion is given for."""
    return [
        guest
        for honour in prep_objects(holder, ("in",))
        if honour.lemma_.lower() in ("honour", "honor")
        for guest in prep_objects(honour, ("of",)) + dependents(honour, ("poss",))
    ]


def journeys_during(holder: Token) -> list[Token]:
    """The journeys a verb or noun is set on: "met X on the third leg of a tour", "during his stay in
    Hanoi", "during a stopover in Y"."""
    return [
        journey
        for occasion in prep_objects(holder, ("on", "during"))
        for journey in (occasion, *prep_objects(occasion, ("of",)))
        if journey.lemma_.lower() in JOURNEY_NOUNS
    ]


def controlling_verbs(trigger: Token) -> list[Token]:
    """ "In Beijing, he is scheduled to meet X": the verbs an infinitive trigger completes, where the parser
    hangs a fronted place."""
    verbs: list[Token] = []
    current = trigger
    while current.dep_ == "xcomp" and current.head != current and len(verbs) < 3:
        current = current.head
        verbs.append(current)
    return verbs


def is_named(token: Token) -> bool:
    """A proper name, or a word the entity recogniser tags as a person, organisation, place or people
    ("calls with both Sanders and Clinton": "both" heads the phrase, the names are tagged)."""
    return token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")


def clause_verbs(verb: Token) -> set[int]:
    """A verb and the verbs coordinated with it: one subject's chain of actions ("will hold talks with X
    and meet Y")."""
    first = verb
    while first.dep_ == "conj" and first.head != first and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    return {first.i, *(t.i for t in first.conjuncts)}


def takes_part(verb: Token) -> bool:
    """ "took part in the talks": "take" with its object "part" (any other "take" is no attending)."""
    return verb.lemma_.lower() == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children
    )


def the_pair(noun: Token) -> bool:
    """ "The two last met in February", "the pair", "the two leaders": a definite plain noun that stands,
    as "they" does, for the two parties told before."""
    numerals = [c for c in noun.children if c.dep_ == "nummod" and c.lower_ in ("two", "both")]
    definite = any(c.dep_ == "det" and c.lower_ == "the" for n in (noun, *numerals) for c in n.children)
    if numerals and noun.lower_ in ("last", "first"):
        return definite  # ("The two last met": the parser makes the adverb the subject of the numeral)
    numbered = noun.lower_ in ("two", "pair") or bool(numerals)
    return definite and numbered and noun.lemma_.lower() in PAIR_NOUNS


def stands_for_the_two(token: Token) -> bool:
    """ "they", "the pair", "the two leaders": a subject standing for the two parties told before."""
    return token.lower_ == "they" or the_pair(token)


def definite_bare(noun: Token, determiners: tuple[str, ...] = ("the",)) -> bool:
    """ "the delegation" ("their talks", with "their" allowed): a definite determiner and nothing else of its
    own ("The delegation, which arrived on Sunday," too: a clause set off by commas restricts nothing)."""
    children = [c for c in noun.children if c.dep_ != "punct" and not set_off_relative_clause(c)]
    return len(children) == 1 and children[0].dep_ in ("det", "poss") and children[0].lower_ in determiners
