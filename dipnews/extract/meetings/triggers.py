"""Meeting trigger words found by a spaCy ``Matcher`` whose patterns are built from the lexicon.

The lexicon (dipnews/extract/lexicons/meetings.yaml) lists trigger verbs, trigger nouns and multi-word verbs
("sit down with"); this module turns them into token patterns, so that one engine finds every trigger
and a new verb or phrase is a data change. What a trigger means (its parties, roles, place, time) is
decided afterwards on the dependency parse, by the package's other modules (one per decision,
orchestrated by dipnews.extract.meetings.extractor).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from dipnews.extract.actors.countries import country_by_demonym, place_country
from dipnews.extract.actors.titles import is_title_word
from dipnews.extract.lexicons import LexiconError
from dipnews.model import MEETING_TYPES


def _forms(words: Iterable[str]) -> list[str]:
    """Trigger lemmas in any case: spaCy keeps the case of a proper noun's lemma ("Talks" opening a
    headline is a PROPN), which is still the trigger word."""
    return sorted({form for word in words for form in (word, word.capitalize(), word.upper())})


VERB_TAGS = ["VERB", "AUX"]
NOUN_TAGS = ["NOUN", "PROPN"]


@dataclass(frozen=True, slots=True)
class Trigger:
    """One trigger: its head token, the lexicon entry it acts as, and whether it is a verb or a noun."""

    token: Token
    entry: str
    is_verb: bool


# What a trigger frame may say (dipnews/extract/lexicons/meetings.yaml explains each requirement).
FRAME_ROLES = frozenset({"host", "visitor", "participant"})
REQUIREMENTS = frozenset(
    {
        "with",
        "with_phrase",
        "party_object",
        "call_context",
        "plural",
        "two_parties",
        "no_request",
        "topic_object",
        "time_object",
        "means",
        "person_object",
        "talk_purpose",
        "on_topic",
        "signed_document",
        "granted",
    }
)
VERB_FRAME_KEYS = frozenset({"type", "subject", "object", "requires"})


def check_frames(
    group: str, frames: Mapping[str, Mapping[str, Any]], is_verb: bool, phrase: bool = False
) -> None:
    """Fail with a message naming the entry when a trigger's frame is malformed: an unknown meeting type,
    role or requirement, a missing field, or a phrase without its words."""
    phrase_keys = {"words", "object_preposition"} if phrase else set()
    allowed = (VERB_FRAME_KEYS | phrase_keys) if is_verb else {"type", "requires"}
    for word, frame in frames.items():
        where = f"lexicon meetings, group {group!r}, entry {word!r}"
        if not isinstance(frame, Mapping) or not set(frame) <= allowed or "type" not in frame:
            raise LexiconError(f"{where}: a frame has 'type' and only the keys {sorted(allowed)}")
        if frame["type"] not in MEETING_TYPES:
            raise LexiconError(f"{where}: type {frame['type']!r} is not one of {sorted(MEETING_TYPES)}")
        if is_verb and not {frame.get("subject"), frame.get("object")} <= FRAME_ROLES:
            raise LexiconError(f"{where}: subject and object must be roles among {sorted(FRAME_ROLES)}")
        if not set(frame.get("requires", ())) <= REQUIREMENTS:
            raise LexiconError(f"{where}: requires {list(frame['requires'])}; known: {sorted(REQUIREMENTS)}")
        if phrase and (len(frame.get("words", ())) < 2 or frame["words"][0] != word.split()[0]):
            raise LexiconError(f"{where}: 'words' lists the phrase's words, starting with its verb")
        if "object_preposition" in frame and frame["object_preposition"] != frame["words"][-1]:
            raise LexiconError(f"{where}: 'object_preposition' is the phrase's last word")


def trigger_patterns(
    verbs: Mapping[str, Any], nouns: Mapping[str, Any], phrases: Mapping[str, Mapping[str, Any]]
) -> dict[str, list[list[dict[str, Any]]]]:
    """Matcher patterns by label: ``verb``, ``noun`` and ``phrase:<name>``."""
    # One pattern per part of speech over the whole word set: the Matcher tests each token once, and the
    # lexicon entry is the token's lemma (see TriggerFinder.find).
    patterns: dict[str, list[list[dict[str, Any]]]] = {
        "verb": [[{"LEMMA": {"IN": _forms(verbs)}, "POS": {"IN": VERB_TAGS}}]],
        "noun": [[{"LEMMA": {"IN": _forms(nouns)}, "POS": {"IN": NOUN_TAGS}}]],
    }
    for name in sorted(phrases):
        first, *rest = phrases[name]["words"]
        head = {"LEMMA": {"IN": _forms([first])}, "POS": {"IN": VERB_TAGS}}
        # (the words may be written hyphenated: "sat face-to-face with X")
        words = [step for w in rest for step in (_OPTIONAL_HYPHEN, _phrase_word(w))]
        patterns[f"phrase:{name}"] = [[head, *words]]
    return patterns


# In a phrase's words, "~" stands for an optional determiner or possessive ("presented [his] credentials").
OPTIONAL_DETERMINER = "~"
_OPTIONAL_HYPHEN: dict[str, Any] = {"ORTH": "-", "OP": "?"}


def _phrase_word(word: str) -> dict[str, Any]:
    if word == OPTIONAL_DETERMINER:
        return {"POS": {"IN": ["DET", "PRON"]}, "OP": "?"}
    return {"LOWER": word}


def repair_initial_plurals(doc: Doc, nouns: Iterable[str]) -> None:
    """The small model tags a sentence-initial plural noun as a proper noun and keeps it as its own lemma
    ("Talks between X and Y ended ..." -> PROPN "Talks", "TOKYO - Representatives of Japan and ..."). Such
    a token is retagged as the common plural noun it is, so the noun rules read it like "talks" anywhere
    else. A capitalised noun inside a sentence ("the Paris Talks") is left as a name, unless it takes its
    counterpart ("held the 7th round of Foreign Office Consultations with X")."""
    plurals = {_plural(noun): noun for noun in nouns}
    for token in doc:
        counterpart = any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in token.children)
        if (
            token.pos_ == "PROPN"
            and (token.is_sent_start or counterpart)
            and token.is_title
            and token.lower_ in plurals
        ):
            token.lemma_ = plurals[token.lower_]
            token.pos_ = "NOUN"
            token.tag_ = "NNS"


def _plural(noun: str) -> str:
    """The regular English plural ("talk" -> "talks", "emissary" -> "emissaries", "envoy" -> "envoys")."""
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    return f"{noun}s"


def repair_bare_gerunds(doc: Doc, nouns: Iterable[str]) -> None:
    """Headline style drops the article: in "fail to agree during meeting in China" the model tags
    "meeting" as a gerund (VBG) although it takes no subject, object or auxiliary and is the object of a
    preposition, so it is the noun. Such a token is retagged as that noun when the lexicon has it."""
    known = set(nouns)
    clause_deps = {"nsubj", "nsubjpass", "dobj", "aux", "auxpass", "dative", "ccomp", "xcomp"}
    for token in doc:
        if token.tag_ != "VBG" or token.dep_ != "pobj" or token.lower_ not in known:
            continue
        if any(child.dep_ in clause_deps for child in token.children):
            continue  # "after meeting X": a clause of the preposition, the verb it is
        token.lemma_ = token.lower_
        token.pos_ = "NOUN"
        token.tag_ = "NN"


def repair_nominal_adjectives(doc: Doc, nouns: Iterable[str]) -> None:
    """ "held a bilateral with X": the model tags the adjective used as a noun as an adjective (JJ) though
    it heads a noun phrase with its own determiner as an object or subject. Such a token is retagged as
    the noun when the lexicon has it."""
    known = set(nouns)
    for token in doc:
        if token.tag_ != "JJ" or token.lower_ not in known:
            continue
        if token.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and any(
            c.dep_ == "det" for c in token.children
        ):
            token.lemma_ = token.lower_
            token.pos_ = "NOUN"
            token.tag_ = "NN"


def _objectless_verbs(doc: Doc, verbs: Iterable[str]) -> Iterator[Token]:
    """The Doc's meeting verbs (by lemma) that the parser left without an object."""
    known = set(verbs)
    for verb in doc:
        if (
            verb.pos_ == "VERB"
            and verb.lemma_.lower() in known
            and not any(c.dep_ in ("dobj", "dative") for c in verb.children)
        ):
            yield verb


def repair_adverbial_objects(doc: Doc, verbs: Iterable[str]) -> None:
    """ "X met Ethiopian Prime Minister Abiy Ahmed on the sidelines ...": the small model may read the
    object name right after a meeting verb as an adverbial noun phrase (npadvmod) and leave the verb
    without an object. A person's name so placed, starting right after the verb, is made its object."""
    for verb in _objectless_verbs(doc, verbs):
        for name in verb.rights:
            if name.dep_ != "npadvmod" or name.ent_type_ in ("DATE", "TIME"):
                continue
            # ("received in Jeddah today the Secretary of State ..., Antony Blinken": the Gulf agencies'
            # order, the place and the day before the guest, named in apposition to the title)
            titled = name.pos_ == "PROPN" and any(
                a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in name.children
            )
            if (name.ent_type_ == "PERSON" or titled) and _only_setting_between(verb, name):
                name.dep_ = "dobj"
                break


def repair_shifted_objects(doc: Doc, verbs: Iterable[str], venue_heads: Collection[str]) -> None:
    """ "X received on Monday in Algiers Mauritanian Foreign Minister Y", "received today at Sakhir Palace
    Sheikh Y", "received on Sunday Italian Defence Minister Y": the Gulf and Maghreb agencies set the time
    and place before the guest, and the small model reads the place (or the day) and the guest as one
    noun phrase under "in"/"at"/"on". The place's or the day's words stay the preposition's object; the
    name after them is the verb's object."""
    for verb in _objectless_verbs(doc, verbs):
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "on")):
            guest = next((o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ == "PERSON"), None)
            if guest is None:
                continue
            if prep.lower_ == "on":
                setting_end = _day_end(doc, prep.i + 1, guest.i)
            else:
                setting_end = _place_end(doc, prep.i + 1, guest.i, venue_heads)
            if setting_end is None:
                continue
            setting_head = doc[setting_end - 1]
            for token in doc[prep.i + 1 : setting_end - 1]:
                token.head, token.dep_ = setting_head, "compound"
            setting_head.head, setting_head.dep_ = prep, "pobj"
            guest.head, guest.dep_ = verb, "dobj"
            break


def repair_visiting_read_as_verbs(doc: Doc, verbs: Iterable[str], modifiers: Collection[str]) -> None:
    """ "received at Bayan Palace on Monday visiting Defence Minister of Pakistan Y": after the place and the
    day, the small model reads the guest's "visiting" as a verb of its own (Y visited by the host). With
    nothing but the setting between, it describes the guest, who is the meeting verb's object."""
    for verb in _objectless_verbs(doc, verbs):
        for visiting in verb.rights:
            if visiting.dep_ != "advcl" or visiting.lower_ not in modifiers or visiting.tag_ != "VBG":
                continue
            guest = next((c for c in visiting.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
            if guest is None or guest.left_edge.i != visiting.i + 1:
                continue
            named = any(t.ent_type_ == "PERSON" for t in guest.subtree)
            if not named or not _only_setting_between(verb, visiting):
                continue
            for phrase in [c for c in visiting.children if c.dep_ == "prep" and c.i > guest.i]:
                phrase.head = verb  # ("... Y in Beijing": where he was received)
            visiting.head, visiting.dep_ = guest, "amod"
            guest.head, guest.dep_ = verb, "dobj"
            break


def _day_end(doc: Doc, start: int, guest: int) -> int | None:
    """The end of the day's words opening a noun phrase that ends in a person's name ("Sunday" in "Sunday
    Italian Defence Minister Y")."""
    end = start
    while end < guest and doc[end].ent_type_ == "DATE":
        end += 1
    return end if start < end < guest else None


def _place_end(doc: Doc, start: int, guest: int, venue_heads: Collection[str]) -> int | None:
    """The end of the place's words that open a noun phrase ending in a person's name ("Algiers" in
    "Algiers Mauritanian Foreign Minister Y", "Sakhir Palace" in "Sakhir Palace Sheikh Y"): title-case
    words up to a nationality, a title or the name, naming a known place or a venue (a building's name
    the model tagged as an organisation ends in its building word: "El Mouradia Palace")."""
    end = start
    while end < guest and doc[end].is_title and doc[end].ent_type_ != "PERSON":
        if is_title_word(doc[end].text) or country_by_demonym(doc[end].text):
            break
        end += 1
    if end == start or end >= guest:
        return None
    words = doc[start:end]
    known_place = place_country(words.text) is not None
    venue = any(t.ent_type_ in ("FAC", "GPE", "LOC") for t in words) or words[-1].lower_ in venue_heads
    return end if known_place or venue else None


def repair_persons_joined_to_countries(doc: Doc) -> None:
    """ "King Hassan of Morocco and Algerian President Chadli Bendjedid met", "Prime Ministers Jan Peeters
    of Belgium and Ruud Hendriks of the Netherlands": the small model may join the second person to the
    country that ends the first one's of-phrase. A person is no part of a country: the person is
    coordinated with the name the of-phrase belongs to."""
    for person in doc:
        country = person.head
        if person.dep_ != "conj" or person.ent_type_ != "PERSON" or country.ent_type_ != "GPE":
            continue
        of = country.head
        if country.dep_ != "pobj" or of.lower_ != "of" or of.head.pos_ != "PROPN":
            continue
        for cc in [c for c in country.children if c.dep_ == "cc" and c.i < person.i]:
            cc.head = of.head
        person.head = of.head


def repair_participles_read_as_clauses(doc: Doc, nouns: Iterable[str], verbs: Collection[str]) -> None:
    """ "In the fraternal meeting, held on Wednesday at the Palace of the Revolution, the two sides
    reviewed ...", "During the visit, held on 27 May in Tashkent, ...": the small model reads the
    participle set off after a fronted meeting noun as a clause of the main verb. It describes the noun,
    and its day and place are the meeting's."""
    meeting = frozenset(nouns)
    for participle in doc:
        if participle.dep_ != "advcl" or participle.tag_ != "VBN" or participle.lemma_.lower() not in verbs:
            continue
        comma = doc[participle.i - 1] if participle.i > 0 else None
        noun = doc[participle.i - 2] if participle.i > 1 else None
        if comma is None or noun is None or comma.text != "," or noun.lemma_.lower() not in meeting:
            continue
        if noun.dep_ == "pobj" and noun.head.head == participle.head:
            participle.head, participle.dep_ = noun, "acl"


def repair_held_objects(doc: Doc, light_verbs: Iterable[str], nouns: Iterable[str]) -> None:
    """ "X held talks with Y in Rome, where deals worth 17 billion euros were signed": the small model may
    read the meeting noun right after a light verb as the subject of a verb further on. A light verb with
    no object of its own holds the noun written right after it, as in the same sentence without the
    clause."""
    light, meeting = frozenset(light_verbs), frozenset(nouns)
    for noun in doc:
        if (
            noun.dep_ not in ("nsubj", "nsubjpass")
            or noun.head.i < noun.i
            or noun.lemma_.lower() not in meeting
        ):
            continue
        verb = doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
        if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in light:
            continue
        if any(c.dep_ == "dobj" for c in verb.children) or noun.is_ancestor(verb):
            continue
        noun.head, noun.dep_ = verb, "dobj"


def repair_inverted_objects(doc: Doc, verbs: Iterable[str]) -> None:
    """ "X met Y and later met German Chancellor Z": the small model may read the name after a coordinated
    meeting verb as that verb's subject. The verb shares the first verb's subject, so a proper name after
    it, with no object of its own, is its object."""
    for verb in _objectless_verbs(doc, verbs):
        if verb.dep_ != "conj":
            continue
        if not any(c.dep_ == "nsubj" and c.i < verb.head.i for c in verb.head.children):
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) == 1 and subjects[0].i > verb.i and subjects[0].pos_ == "PROPN":
            subjects[0].dep_ = "dobj"


def repair_reporter_appositions(doc: Doc, verbs: Iterable[str], report_verbs: Collection[str]) -> None:
    """ "X will see Treasury Secretary Y, an aide said": the small model may read the name after a meeting
    verb as the subject of the report verb, with the reporter set beside it in apposition, and leave the
    meeting verb without an object. The name is the meeting verb's object, the reporter the report's
    subject."""
    for verb in _objectless_verbs(doc, verbs):
        report = verb.head
        if verb.dep_ != "ccomp" or report.i < verb.i or report.lemma_.lower() not in report_verbs:
            continue
        name = next((c for c in report.children if c.dep_ == "nsubj" and verb.i < c.i < report.i), None)
        if name is None or name.ent_type_ != "PERSON" or not _only_setting_between(verb, name):
            continue
        # ("see A and B, an aide said": the apposition hangs on the last name of a list)
        appositions = [c for n in (name, *name.conjuncts) for c in n.children if c.dep_ == "appos"]
        reporter = next((c for c in appositions if c.pos_ == "NOUN"), None)
        if reporter is not None and reporter.i > name.i:
            name.head, name.dep_ = verb, "dobj"
            reporter.head, reporter.dep_ = report, "nsubj"


def _only_setting_between(verb: Token, name: Token) -> bool:
    """Nothing but the verb's own place and time phrases stands between the verb and the name."""
    between = set(range(verb.i + 1, name.left_edge.i))
    setting = {
        t.i
        for c in verb.children
        if c.i < name.i and (c.dep_ == "prep" or c.ent_type_ in ("DATE", "TIME"))
        for t in c.subtree
    }
    return between <= setting


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children)


def repair_displaced_subjects(doc: Doc) -> None:
    """ "Speaking after talks with X, Y said ...": the small model reads the name after the fronted phrase's
    comma as an apposition to the phrase's last name, leaving the main verb without a subject. A proper
    name so placed, right before a verb that has no subject, is made that verb's subject."""
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX") or verb.i == 0 or verb.dep_ not in ("ROOT", "ccomp"):
            continue
        if _has_subject(verb):
            continue
        name = doc[verb.i - 1]
        start = name.left_edge.i
        if name.pos_ != "PROPN" or name.dep_ != "appos" or start < 2 or doc[start - 1].text != ",":
            continue
        fronted = [c for c in verb.children if c.dep_ in ("advcl", "prep") and c.i < start]
        if fronted and name.head.i < start and any(name.head in c.subtree for c in fronted):
            name.head = verb
            name.dep_ = "nsubj"


def repair_interrupted_subjects(doc: Doc) -> None:
    """ "X, who co-chaired the gathering, met Y", "X, considered Z's main rival, met Y": the small model may
    hang the name on the inserted clause and leave the main verb without a subject. A name set off by a
    comma, subject of a clause that the main verb governs and that closes with a comma right before the
    verb, is the main verb's subject."""
    for verb in doc:
        if verb.pos_ != "VERB" or verb.i < 2 or doc[verb.i - 1].text != ",":
            continue
        if _has_subject(verb):
            continue
        for clause in (c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i):
            names = [
                s
                for s in clause.children
                if s.dep_ == "nsubj" and s.pos_ == "PROPN" and s.i < clause.i and doc[s.i + 1].text == ","
            ]
            if len(names) == 1:
                names[0].head, names[0].dep_ = verb, "nsubj"
                break


def repair_described_subjects(doc: Doc) -> None:
    """ "X, who landed in Delhi on Monday, called on Y on Tuesday", "X, Commander of the Land Forces,
    called on Y": the small model may make the name the sentence's root and hang the main verb on it as a
    clause describing it. A past-tense verb after the comma that closes the name's relative clause or
    apposition is the sentence's verb, and the name its subject."""
    for verb in doc:
        name = verb.head
        if verb.dep_ != "acl" or verb.tag_ != "VBD" or name.dep_ != "ROOT" or name.pos_ != "PROPN":
            continue
        if verb.i < 2 or doc[verb.i - 1].text != "," or name.i > verb.i:
            continue
        # ("X, Commander of the Land Forces, called on Y": or an apposition set off by commas)
        if any(c.dep_ in ("relcl", "appos") and name.i < c.i < verb.i for c in name.children):
            verb.head, verb.dep_ = verb, "ROOT"
            name.head, name.dep_ = verb, "nsubj"


def repair_opening_adverbs(doc: Doc, adverbs: Collection[str]) -> None:
    """ "Afterward Hale met X": the small model may read a sentence's opening adverb as the first word of the
    subject's name; it modifies the subject's verb."""
    for sentence in doc.sents:
        adverb = sentence[0]
        subject = adverb.head
        if adverb.lower_ in adverbs and adverb.dep_ == "compound" and subject.dep_ in ("nsubj", "nsubjpass"):
            adverb.head, adverb.dep_ = subject.head, "advmod"


def repair_adverbial_idioms(doc: Doc, idioms: Collection[str]) -> None:
    """ "met face to face on the sidelines of the G20 in Osaka": an adverb of three words the small model
    parses as an object and a prepositional verb; the idiom modifies the verb, and the phrases the parser
    hung on its last word are the verb's."""
    openings = {idiom.split()[0] for idiom in idioms}  # (a word test first: no span per token)
    for first in doc[: max(len(doc) - 2, 0)]:
        if first.lower_ not in openings:
            continue
        idiom = range(first.i, first.i + 3)
        verb = first.head
        if (
            doc[first.i : first.i + 3].text.lower() not in idioms
            or verb.pos_ not in ("VERB", "AUX")
            or any(t.i in idiom for t in (verb, *verb.ancestors))
        ):
            continue
        middle, last = doc[first.i + 1], doc[first.i + 2]
        for child in [*middle.children, *last.children]:
            if child.i not in idiom:
                child.head = verb
        first.dep_ = "advmod"
        middle.head, middle.dep_ = first, "prep"
        last.head, last.dep_ = middle, "pobj"


def repair_names_read_as_modals(doc: Doc) -> None:
    """ "Prime Minister Theresa May held talks with X": the small model may read a surname that is also a
    modal ("May") as the verb's auxiliary though it tags the word a name; it is the clause's subject."""
    for token in doc:
        if token.dep_ == "aux" and token.tag_ == "NNP" and token.ent_type_ == "PERSON":
            token.pos_, token.dep_ = "PROPN", "nsubj"


def repair_repeated_prepositions(doc: Doc) -> None:
    """A preposition repeated after "and" that the small model coordinates with the wrong word: "hold
    talks with A and with B" (with the verb: it is the noun's first with-phrase's, whose objects it adds
    to); "met with A on Saturday and with B on Sunday" (with the day's "on": it is the verb's, a second
    clause whose verb is left out)."""
    for prep in doc:
        if prep.pos_ != "ADP" or prep.dep_ != "conj":
            continue
        head = prep.head
        if head.dep_ == "prep" and head.lower_ != prep.lower_ and head.head.pos_ in ("VERB", "AUX"):
            prep.head = head.head
            continue
        if head.pos_ not in ("VERB", "AUX"):
            continue
        earlier = [
            t
            for o in head.children
            if o.dep_ == "dobj"
            for t in o.children
            if t.i < prep.i and t.dep_ == "prep" and t.lower_ == prep.lower_
        ]
        if earlier:
            prep.head = earlier[-1]


def repair_verbs_read_as_modifiers(doc: Doc, verbs: Iterable[str]) -> None:
    """ "President Lee Jae-myung hosted Trump in Gyeongju": the small model may read the past tense as a
    participle modifying the name after it and make that name the sentence's root, with no verb at all. A
    trigger verb so read, right after a person's name, is the sentence's verb: the name before it its
    subject, the name after it its object, and the phrases after the object the verb's."""
    wanted = set(verbs)
    for verb in doc:
        obj = verb.head
        if verb.dep_ != "amod" or verb.tag_ not in ("VBD", "VBN") or verb.lemma_.lower() not in wanted:
            continue
        if obj.dep_ != "ROOT" or obj.i <= verb.i or obj.pos_ != "PROPN" or verb.i == 0:
            continue
        name = doc[verb.i - 1]
        if name.ent_type_ != "PERSON" or any(t.pos_ in ("VERB", "AUX") and t.i != verb.i for t in obj.sent):
            continue
        before = [t for t in obj.sent if t.i < verb.i and t.head == obj]
        after = [t for t in obj.children if t.i > obj.i and t.dep_ in ("prep", "punct", "npadvmod")]
        verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"  # a finite past tense, not a participle
        obj.head, obj.dep_ = verb, "dobj"
        name.head, name.dep_ = verb, "nsubj"
        for token in before:
            if token.i != name.i:
                token.head = name
        for token in after:
            token.head = verb


def repair_fronted_day_subjects(doc: Doc) -> None:
    """ "On Friday Sato will sit down with Y": without a comma after the fronted day the small model may
    read the day as a modifier of the name ("Friday Sato") and the name as the preposition's object,
    leaving the verb without a subject. The day is the preposition's object, the name the verb's
    subject."""
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "ROOT":
            continue
        if _has_subject(verb):
            continue
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
            names = [
                o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "PROPN" and o.ent_type_ == "PERSON"
            ]
            days = [c for n in names for c in n.lefts if c.dep_ == "compound" and c.ent_type_ == "DATE"]
            if len(names) != 1 or not days or days[0].i != prep.i + 1:
                continue
            for day in days[:-1]:
                day.head = days[-1]
            days[-1].head, days[-1].dep_ = prep, "pobj"
            names[0].head, names[0].dep_ = verb, "nsubj"
            break


# Numbers a pair or group is taken up by ("The two last met in Krakow").
_PAIR_NUMBERS = frozenset({"two", "three", "four"})
# Adverbs between such a subject and its verb that the small model takes for a noun or a verb's subject.
_PAIR_ADVERBS = frozenset({"last", "first", "previously", "earlier"})


def repair_numbered_pair_subjects(doc: Doc) -> None:
    """ "The two last met in Krakow", "The two last held talks in May": the small model reads "last" as the
    subject noun ("the two last") or the verb as an adjective of the noun after it ("held talks"). The
    number is the subject, the adverb the verb's, and the verb the clause's head."""
    for number in doc[1:-2]:
        det, adverb, verb = doc[number.i - 1], doc[number.i + 1], doc[number.i + 2]
        if det.lower_ != "the" or number.lower_ not in _PAIR_NUMBERS or adverb.lower_ not in _PAIR_ADVERBS:
            continue
        if verb.tag_ not in ("VBD", "VBN") or verb.sent != number.sent:
            continue
        root = verb.sent.root
        if root != verb:
            verb.head, verb.dep_ = verb, "ROOT"
            if root.i > verb.i and root.pos_ == "NOUN":
                root.head, root.dep_ = verb, "dobj"  # "held talks": the noun the verb was read as describing
            else:
                root.head, root.dep_ = verb, "dep"
        number.head, number.dep_, number.pos_ = verb, "nsubj", "NUM"
        det.head, det.dep_ = number, "det"
        adverb.head, adverb.dep_, adverb.pos_ = verb, "advmod", "ADV"


def repair_noun_roots(doc: Doc) -> None:
    """ "Later, the delegation called on Y": the small model may make the subject noun the sentence's root
    and hang the finite verb right after it on the noun as a clause describing it. A past-tense verb (not a
    participle) straight after a root noun is the sentence's verb, the noun its subject, and the words
    fronted before the noun ("Later,") the verb's."""
    for verb in doc:
        noun = verb.head
        if verb.dep_ != "acl" or verb.tag_ != "VBD" or noun.dep_ != "ROOT" or noun.pos_ != "NOUN":
            continue
        if verb.i != noun.i + 1:
            continue
        fronted = [
            c for c in noun.children if c.i < noun.i and c.dep_ in ("advmod", "punct", "prep", "npadvmod")
        ]
        verb.head, verb.dep_ = verb, "ROOT"
        noun.head, noun.dep_ = verb, "nsubj"
        for child in fronted:
            child.head = verb
        for child in [c for c in noun.children if c.i > verb.i and c.dep_ == "punct"]:
            child.head = verb


def repair_travel_verbs_read_as_nouns(doc: Doc, travel_verbs: Iterable[str]) -> None:
    """ "Rodrigo Duterte heads to Beijing on Tuesday": the small model, seeing a headline's present tense
    after a name, may read the verb as a plural noun the name modifies. A root plural noun that is a travel
    verb's present form, with a name right before it and a destination after it, is that verb, and the
    name its subject."""
    verbs = frozenset(travel_verbs)
    for noun in doc:
        if noun.dep_ != "ROOT" or noun.tag_ != "NNS" or noun.i == 0:
            continue
        lemma = _present_lemma(noun.lower_, verbs)
        name = doc[noun.i - 1]
        if lemma is None or name.pos_ != "PROPN" or name.head != noun or name.dep_ != "compound":
            continue
        if not any(c.dep_ == "prep" and c.lower_ in ("to", "for") for c in noun.children):
            continue
        noun.pos_, noun.tag_, noun.lemma_ = "VERB", "VBZ", lemma
        name.dep_ = "nsubj"


def repair_subjects_hung_on_adverbs(doc: Doc) -> None:
    """ "Gandhi and Junejo last met in Bangalore", "The two first met in 2019": the small model may hang the
    subject on the adverb before the verb, leaving the verb with none. A noun phrase written before an
    adverb of a subjectless verb, and hung on that adverb, is the verb's subject."""
    for adverb in doc:
        verb = adverb.head
        if (
            adverb.dep_ != "advmod"
            or adverb.pos_ != "ADV"
            or verb.pos_ not in ("VERB", "AUX")
            or verb.i < adverb.i
        ):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        hung = [c for c in adverb.children if c.i < adverb.i and c.pos_ in ("PROPN", "NOUN", "PRON", "NUM")]
        if len(hung) == 1 and hung[0].dep_ in ("nmod", "npadvmod", "compound", "nsubj"):
            hung[0].head, hung[0].dep_ = verb, "nsubj"


def _present_lemma(word: str, verbs: frozenset[str]) -> str | None:
    """The verb of the lexicon a third-person present form is of ("heads", "goes", "flies"), or None."""
    forms = (word[:-1], word[:-2], word[:-3] + "y") if word.endswith("s") else ()
    return next((f for f in forms if f in verbs), None)


class TriggerFinder:
    """A Matcher over one vocabulary; ``find`` gives the triggers of a Doc by token index."""

    def __init__(self, vocab: Vocab, patterns: Mapping[str, list[list[dict[str, Any]]]]) -> None:
        self.matcher = Matcher(vocab)
        for label, label_patterns in patterns.items():
            self.matcher.add(label, label_patterns)

    def find(self, doc: Doc) -> dict[int, Trigger]:
        found: dict[int, Trigger] = {}
        for match_id, start, _ in self.matcher(doc):
            token = doc[start]
            kind, _, entry = doc.vocab.strings[match_id].partition(":")
            entry = entry or token.lemma_.lower()
            # A phrase ("sit down") wins over its first word read alone.
            if token.i not in found or kind == "phrase":
                found[token.i] = Trigger(token, entry, kind != "noun")
        return dict(sorted(found.items()))
