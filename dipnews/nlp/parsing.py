"""The one place that loads spaCy and answers questions about a parsed Doc."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping
from functools import lru_cache, partial

import spacy
from spacy.attrs import ORTH, SENT_START
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from dipnews.extract.actors.countries import country_by_name, is_international_body, joined_state_names
from dipnews.extract.actors.titles import (
    BODY_NAME_HEADS,
    HONORIFICS,
    OFFICE_UNIT_WORDS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    TITLES_LEXICON,
    singular_title_head,
)
from dipnews.extract.lexicons import load_lexicon

# A wire or web dateline: the place, an optional ", Country", ", DC" or ", May 14", an optional agency in
# parentheses, then a dash: "WASHINGTON (AP) —", "BEIJING, May 14 (Reuters) -", "Kyiv, Ukraine (AP) —",
# "Washington, DC –"; or a place in capitals and a colon, as South Asian papers write it ("NEW DELHI:",
# also "New Delhi:" when the place is known: "Update:" or "Trump:" opens a headline, not a dateline);
# or an agency alone ("(CNN) —"). Parsed as part of the first sentence, it becomes that sentence's subject.
# (capitals and small letters with the accents of Latin-1: "BRASÍLIA", "BOGOTÁ", "Bogotá")
_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
_CAPITALS_PLACE = rf"[{_UPPER}][{_UPPER}.'’-]{{2,}}(?:[ \t]+[{_UPPER}][{_UPPER}.'’-]+)*"
# (a particle may join the next word: "Sharm el-Sheikh, Egypt –")
_TITLE_WORD = rf"[{_UPPER}][{_LOWER}.'’-]+"
_PARTICLE = rf"(?:de|da|do|del|al|el|es)(?:-{_TITLE_WORD})?"
_TITLE_PLACE = rf"{_TITLE_WORD}(?:[ \t]+(?:{_TITLE_WORD}|{_PARTICLE})){{0,3}}"
# The dashes a dateline ends with, and a day of the month written before a colon ("Jan 16", "16 Jan").
_DASH = r"(?:—|–|--|-)"
_DAY_OF_MONTH = r"(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8})"
_DATELINE_BODY = (
    rf"(?:(?P<place>{_CAPITALS_PLACE}|{_TITLE_PLACE})"
    # ("KAZAN, Russia, Oct 22 (Reuters) -": the country, then the day; "BEDMINSTER, N.J. -": the region;
    # "Addis Ababa, February 18/2024 (ENA) -": the Ethiopian agency's day and year; "KINGSTOWN, St.
    # Vincent and the Grenadines (AP) -": a country's name of five words)
    r"(?:,\s+(?P<region>[A-Z][\w.'’-]*(?:[ \t]+[\w.'’/-]+){0,4}))?"
    r"(?:,\s+[A-Z][\w.'’-]*(?:[ \t]+[\w.'’-]+){0,2})?"
    # ("ISLAMABAD, 5 June 2025 -", "ABU DHABI, 8th October, 2025 (WAM) --": the day before the month)
    # ("WINDHOEK, 14 MAY (NAMPA) -": the month in capitals too)
    r"(?:,\s+\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z](?:[a-z]+|[A-Z]+)\.?(?:[ \t]+\d{4})?)?"
    # ("RIYADH, May 28, 2024, SPA --": the Gulf agencies' year and agency, without parentheses)
    r"(?:,[ \t]+\d{4})?(?:,[ \t]+[A-Z]{2,8})?"
    # ("Ulaanbaatar /MONTSAME/.": an agency between slashes ends the dateline, as a dash does; so does a
    # full stop after an agency's name, "Baku, February 20, AZERTAC.")
    # ("ASUNCION, Oct 23 (Prensa Latina) Uruguayan President ...": an agency's name in parentheses after
    # the day, then the copy with no dash)
    rf"(?:[ \t]*(?:\([^()\n]{{1,30}}\))?[ \t]*{_DASH}|[ \t]+/[A-Z][A-Za-z]{{1,15}}/\.?|(?<=[A-Z]{{3}})\."
    r"|(?<=\d)[ \t]*\([A-Z][^()\n]{1,29}\)(?=[ \t]+[A-Z]))\s+"
    # ("ISLAMABAD, Jan 16 (APP):": Pakistan's agency gives the day before its colon)
    rf"|(?P<capitals>{_CAPITALS_PLACE})"
    rf"(?:,[ \t]+{_DAY_OF_MONTH})?"
    r"[ \t]*(?:\([^()\n]{1,30}\))?:[ \t]+(?=[A-Z\"“])"
    # ("Manama, March 14 (BNA): His Royal Highness ...": a known title-case place may give them too)
    rf"|(?P<titled>{_TITLE_PLACE})"
    rf"(?:,[ \t]+{_DAY_OF_MONTH}[ \t]*\([^()\n]{{1,30}}\))?"
    r":[ \t]+(?=[A-Z\"“])"
    # ("VILNIUS\n\nNorwegian Prime Minister ...": a web page's dateline alone on its line, a known place)
    rf"|(?P<alone>{_CAPITALS_PLACE})[ \t]*\n\s*(?=[A-Z\"“])"
    # ("(ANSA) - ROME, DEC 13 - ": an agency first, then the place and day in capitals)
    rf"|\([A-Z][\w .]{{1,20}}\)[ \t]*{_DASH}\s+(?:[A-Z][A-Z.' -]+,[ \t]+[A-Z]{{3,9}}\.?[ \t]+\d{{1,2}}"
    rf"[ \t]*{_DASH}\s+)?)"
)
DATELINE = re.compile(r"\A\s*" + _DATELINE_BODY)
# A web page's copy often opens with its navigation, headline, byline and photo caption, one per line:
# the dateline then starts a line further down ("...REUTERS/Jane Doe\nBERLIN, May 13 (Reuters) - ...").
LINE_DATELINE = re.compile(r"^[ \t]*" + _DATELINE_BODY, re.MULTILINE)
# How far into the text a line-start dateline is looked for: past a page's header lines, not in the body.
DATELINE_SEARCH_CHARS = 2000
# At most this many candidate datelines are read (a page's breadcrumbs, "World - Europe", look alike).
DATELINE_CANDIDATES = 3
DATELINE_COMPONENT = "dipnews_dateline"


def datelines(text: str) -> list[re.Match[str]]:
    """The candidate datelines of a text, in order: the one it opens with, then those starting a line near
    the top. Whether a candidate's place is a real place is for the reader to judge (breadcrumbs such as
    "World - Europe" look alike; see :func:`dateline_place_text`)."""
    opening = DATELINE.match(text)
    opening = opening if opening is None or _known_if_titled(opening) else None
    found = [] if opening is None else [opening]
    if opening is not None and not lines_are_paragraphs(text):
        return found  # wire copy: a wrapped line opening "U.S. - Japan ..." is no dateline
    after = 0 if opening is None else opening.end()
    for match in LINE_DATELINE.finditer(text, after, DATELINE_SEARCH_CHARS):
        if len(found) == DATELINE_CANDIDATES:
            break
        if _known_if_titled(match):
            found.append(match)
    return found


def _known_if_titled(match: re.Match[str]) -> bool:
    """A title-case place before a colon ("New Delhi:"), or a place alone on its line, is a dateline only
    when it names a known place."""
    from dipnews.extract.actors.countries import place_country

    titled = match.group("titled") or match.group("alone")
    return titled is None or place_country(titled.title() if titled.isupper() else titled) is not None


def dateline_place_group(match: re.Match[str]) -> str:
    """The name of the match group that holds a dateline's place ("place" when it names none)."""
    return next((g for g in ("place", "capitals", "titled", "alone") if match.group(g)), "place")


def dateline_place_text(match: re.Match[str]) -> str | None:
    """The place a dateline names, as a title-case name ("NEW DELHI" -> "New Delhi"), or None."""
    place = match.group(dateline_place_group(match))
    if place is None:
        return None
    return place.title() if place.isupper() else place


@Language.component(DATELINE_COMPONENT)
def split_dateline(doc: Doc) -> Doc:
    """Start a sentence after a dateline, and at the dateline itself when a line of page header comes
    before it, before the parser runs (it keeps preset boundaries)."""
    for match in datelines(doc.text):
        line = doc.char_span(match.start(), match.start() + 1, alignment_mode="expand")
        if line is not None and line.start > 0 and not doc[line.start].is_space:
            doc[line.start].is_sent_start = True
        span = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = True
            if span.start + 1 < len(doc):
                # The small parser may otherwise cut off the next word alone ("NAIROBI - | IMF | managing
                # director ..."): the sentence after a dateline is at least two words long.
                doc[span.start + 1].is_sent_start = False
    return doc


DATELINE_NAMES_COMPONENT = "dipnews_dateline_names"


@Language.factory(DATELINE_NAMES_COMPONENT)
def make_dateline_name_reader(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The pipeline's own recogniser, read again over the sentence after a dateline (see
    :func:`reread_names_after_dateline`)."""
    return partial(reread_names_after_dateline, nlp.make_doc, nlp.get_pipe("ner"))


def reread_names_after_dateline(
    make_doc: Callable[[str], Doc], recogniser: Callable[[Doc], Doc], doc: Doc
) -> Doc:
    """Add the persons the recogniser finds in the sentence after a dateline read alone and missed in it
    read whole. The small model, seeing "GENEVA, March 2 -" or "GENEVA -" just before, often takes no
    entity for the name that opens the story ("Diego Cordovez met Zain Noorani"), the one the story is
    about; the same sentence without the dateline is read right. Only tokens in no entity are given one,
    so what the whole reading found stays as it was."""
    text = doc_text(doc)
    for match in datelines(text):
        first = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if first is None or first.start == 0:
            continue
        offset, end = first.start_char, doc[first.start].sent.end_char
        found = (
            doc.char_span(offset + ent.start_char, offset + ent.end_char, label=ent.label_)
            for ent in recogniser(make_doc(text[offset:end])).ents
            if ent.label_ == "PERSON"
        )
        missed = [span for span in found if span is not None and not any(t.ent_type for t in span)]
        if missed:
            doc.set_ents(missed, default="unmodified")
    return doc


LINE_BREAK_COMPONENT = "dipnews_line_breaks"
# A line break and the spaces after it, before a line's first character.
_LINE_START = re.compile(r"\n\s*(?=\S)")
# Wire copy wraps its lines at 80 characters or less; a line longer than this is a paragraph.
PARAGRAPH_LINE_CHARS = 120


def lines_are_paragraphs(text: str) -> bool:
    """True for text written one paragraph per line (web copy), told by a line too long to be a wire's
    wrapped line: its short lines are then headlines, bylines, captions and links, not wraps."""
    return any(len(line.strip()) > PARAGRAPH_LINE_CHARS for line in text.split("\n"))


@Language.component(LINE_BREAK_COMPONENT)
def split_at_line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break of text written one paragraph per line, before the parser
    runs: a headline, a byline or a "Related:" link has no full stop, and the parser would otherwise run
    it into the next paragraph's first sentence. Wrapped wire copy, whose line breaks fall inside
    sentences ("Nigel\nLawson"), is left to the parser."""
    text = doc.text
    if "\n" not in text or not lines_are_paragraphs(text):
        return doc
    # (set as one array: spaCy checks the whole Doc on each token's is_sent_start, quadratic on a long page)
    starts = doc.to_array([SENT_START]).astype("int64")  # signed: -1 marks "not a start"
    for line in _LINE_START.finditer(text):
        first = doc.char_span(line.end(), line.end() + 1, alignment_mode="expand")
        if first is None or first.start == 0:
            continue
        starts[first.start] = 1
        if first.start + 1 < len(doc) and not doc[first.start + 1].is_space:
            # the small parser may otherwise cut the line's first word off alone ("Xi | said ...",
            # '" | We ...'), as after a dateline
            starts[first.start + 1] = -1
    doc.from_array([SENT_START], starts.view("uint64"))  # spaCy's array type, the bits unchanged
    return doc


LEMMA_REPAIR_COMPONENT = "dipnews_lemma_repairs"


# The repairs are data (dipnews/extract/lexicons/lemmas.yaml).
LEMMAS_LEXICON = load_lexicon("lemmas", require=("lemma_repairs",))
LEMMA_REPAIRS: Mapping[str, str] = LEMMAS_LEXICON.table("lemma_repairs")


def _hyphenated(group: str) -> list[str]:
    lexicon = load_lexicon("meetings")
    words = lexicon.table(group) if group == "noun_triggers" else lexicon.words(group)
    return sorted(word for word in words if "-" in word)


def _verb_forms(verb: str) -> dict[str, str]:
    """ "co-chair" -> co-chairs, co-chaired, co-chairing; "co-host" -> co-hosts, co-hosted, co-hosting."""
    stem = verb[:-1] if verb.endswith("e") else verb
    past = verb + "d" if verb.endswith("e") else verb + "ed"
    return {verb: verb, verb + "s": verb, past: verb, stem + "ing": verb}


# The meetings lexicon's hyphenated words, each form (lower-case) with its lemma: the trigger nouns
# ("one-on-one", "tete-a-tete", singular and plural) and the verbs that hold a meeting ("co-chair").
HYPHENATED_NOUN_LEMMAS: Mapping[str, str] = {
    form: word for word in _hyphenated("noun_triggers") for form in (word, word + "s")
}
HYPHENATED_VERB_LEMMAS: Mapping[str, str] = {
    form: lemma
    for group in ("light_verbs", "hosting_participles")
    for word in _hyphenated(group)
    for form, lemma in _verb_forms(word).items()
}
HYPHENATED_NOUNS = frozenset(HYPHENATED_NOUN_LEMMAS)


@Language.component(LEMMA_REPAIR_COMPONENT)
def repair_lemmas(doc: Doc) -> Doc:
    """Give the listed word forms their right lemma ("hopes" -> "hope", not "hop"), after the lemmatizer,
    and the hyphenated meeting words their word class and lemma."""
    for token in doc:
        lemma = LEMMA_REPAIRS.get(token.lower_) or _singular_office(token)
        if lemma is not None:
            token.lemma_ = lemma
        # "a one-on-one meeting", "one-on-one talks": a modifier, the noun after it names the meeting
        if token.lower_ in HYPHENATED_NOUNS and token.dep_ not in ("amod", "compound"):
            _repair_hyphenated_noun(token)
        elif token.lower_ in HYPHENATED_VERB_LEMMAS and token.pos_ in ("VERB", "AUX"):
            token.lemma_ = HYPHENATED_VERB_LEMMAS[token.lower_]  # "co-chaired": "co-chair"
    return doc


def _repair_hyphenated_noun(token: Token) -> None:
    """A hyphenated meeting noun kept whole by the tokenizer is a common noun, whatever its capital: the
    tagger, meeting "tête-à-tête" unseen, may call it a proper noun, and the rules read a trigger's
    governor, place and status only off common nouns."""
    lemma = HYPHENATED_NOUN_LEMMAS[token.lower_]
    token.tag_ = "NN" if lemma == token.lower_ else "NNS"
    token.pos_ = "NOUN"
    token.lemma_ = lemma


def _singular_office(token: Token) -> str | None:
    """ "The two Prime Ministers", "Foreign Secretaries": the model keeps a capitalised plural's lemma as
    written; an office word's lemma is its lower-case singular, as for the lower-case plural."""
    return singular_title_head(token.text) if token.tag_ == "NNPS" else None


ENTITY_COMMA_COMPONENT = "dipnews_entity_commas"
# Labels whose entities never hold a comma in news copy (places do: "Houston, Texas").
COMMA_FREE_LABELS = frozenset({"ORG", "PERSON"})
PERSON_JOIN_COMPONENT = "dipnews_person_join"


@Language.component(ENTITY_COMMA_COMPONENT)
def split_entities_at_commas(doc: Doc) -> Doc:
    """Cut a person or organisation entity at its commas and its lower-case finite verbs: the small model
    runs a name and the next one together ("... a meeting with Nakasone, Kyodo News Service said" gives
    one ORG; so does "Trump welcomed Zelenskiy")."""
    if not any(_splits_entity(t) for ent in doc.ents if ent.label_ in COMMA_FREE_LABELS for t in ent):
        return doc
    entities: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in COMMA_FREE_LABELS or not any(_splits_entity(t) for t in ent):
            entities.append(ent)
            continue
        start = ent.start
        for token in [*(t for t in ent if _splits_entity(t)), None]:
            end = ent.end if token is None else token.i
            if end > start:
                entities.append(Span(doc, start, end, label=ent.label_))
            start = end + 1
    doc.ents = entities
    return doc


PORTFOLIO_NAME_COMPONENT = "dipnews_portfolio_names"
_JOINERS = frozenset({"and", ",", "&"})


@Language.component(PORTFOLIO_NAME_COMPONENT)
def split_portfolio_from_name(doc: Doc) -> Doc:
    """ "Minister of Foreign Affairs and Trade Winston Peters", "Minister of Trade, Industry and Energy Ahn
    Duk-geun": the small model runs the office's last portfolio words and the holder's name into one
    organisation. Inside an office's of-phrase, the portfolio words leave the entity and the name after
    them is a person."""
    entities: list[Span] = []
    for ent in doc.ents:
        name_start = _after_portfolio_words(doc, ent) if ent.label_ == "ORG" else None
        if name_start is None and ent.label_ == "ORG":
            name_start = _after_form_of_address(ent)  # ("H.E. Pravind" + "Kumar Jugnauth": an envoy's name)
        if name_start is None:
            entities.append(ent)
            continue
        if doc[name_start - 1].lower_ in BODY_NAME_HEADS:
            entities.append(Span(doc, ent.start, name_start, label="ORG"))  # ("the Kurdistan Region")
        entities.append(Span(doc, name_start, ent.end, label="PERSON"))
    doc.ents = entities
    return doc


def _after_form_of_address(ent: Span) -> int | None:
    """Where the name starts in an organisation entity that opens with a form of address ("H.E. Pravind"):
    a person the model took for a body."""
    start = ent.start
    while start < ent.end and ent.doc[start].lower_ in HONORIFICS:
        start += 1
    rest = ent.doc[start : ent.end]
    return start if start > ent.start and len(rest) and all(t.is_title and t.is_alpha for t in rest) else None


def after_state_name(doc: Doc, start: int, end: int) -> int:
    """Past the state an office is of, at the start of an entity ("the United Kingdom Keir Starmer")."""
    from dipnews.extract.actors.countries import country_by_name

    first = start + 1 if doc[start].lower_ == "the" else start
    for length in (3, 2, 1):
        if first + length < end - 1 and country_by_name(doc[first : first + length].text):
            return first + length
    return start


def _after_portfolio_words(doc: Doc, ent: Span) -> int | None:
    """Where a holder's name starts in an organisation entity that opens with an office's portfolio words
    (None when the entity is no such run-on)."""
    k = ent.start - 1
    while k > 0 and (doc[k].lower_ in TITLE_MODIFIERS or doc[k].lower_ in _JOINERS):
        k -= 1
    if k < 1 or doc[k].lower_ not in ("of", "for") or doc[k - 1].lower_ not in TITLE_HEADS:
        return None
    start = ent.start
    while start < ent.end and (doc[start].lower_ in TITLE_MODIFIERS or doc[start].lower_ in _JOINERS):
        start += 1
    # ("Prime Minister of the United Kingdom Keir Starmer": the state, not a portfolio)
    start = after_state_name(doc, start, ent.end)
    if start == ent.start:
        start = _after_body_name(doc, ent)  # ("President of the Kurdistan Region Dilshad Ahmedi")
    name = doc[start : ent.end]
    if (
        start == ent.start
        or len(name) < 2
        or not all(t.is_title or t.text == "-" or t.is_lower for t in name)
    ):
        return None
    return start if name[0].is_title and name[-1].is_alpha else None


def _after_body_name(doc: Doc, ent: Span) -> int:
    """Past the last word of a body's name inside an entity, when two title-case words or more follow it
    (the holder's name); else the entity's start ("the Senate Foreign Relations Committee" ends in one)."""
    heads = [t.i for t in ent if t.lower_ in BODY_NAME_HEADS]
    if not heads or heads[-1] > ent.end - 3:
        return ent.start
    name = doc[heads[-1] + 1 : ent.end]
    if all(t.is_title and t.is_alpha and t.lower_ not in OFFICE_UNIT_WORDS for t in name):
        return heads[-1] + 1
    return ent.start


# Title-case verbs of headlines ("Modi Meets Ramaphosa"): data (dipnews/extract/lexicons/actors.yaml).
HEADLINE_VERBS = load_lexicon("actors").words("headline_verbs")
OPENING_ADVERBS = load_lexicon("actors").words("opening_adverbs")


def _splits_entity(token: Token) -> bool:
    """A comma, a lower-case finite verb ("welcomed"), a headline's capitalised verb ("Modi Meets
    Ramaphosa") or a sentence's opening adverb ("Afterward Hale met X"): no name runs across any of them."""
    return (
        token.text == ","
        or (token.is_lower and token.tag_ in ("VBD", "VBZ", "VBP"))
        or (token.is_title and token.lower_ in HEADLINE_VERBS)
        or (token.is_sent_start and token.lower_ in OPENING_ADVERBS)
    )


@Language.component(PERSON_JOIN_COMPONENT)
def join_split_person_names(doc: Doc) -> Doc:
    """Join a person's name the small model cut in two ("Sahabzada Yaqub" + "Khan"): two person entities
    side by side on one line, the first a compound of a word in the second (the parser reads one name)."""
    entities: list[Span] = []
    for ent in doc.ents:
        previous = entities[-1] if entities else None
        if (
            previous is not None
            and previous.label_ == ent.label_ == "PERSON"
            and previous.end == ent.start
            and "\n" not in doc[previous.end - 1].whitespace_
            and doc[previous.end - 1].dep_ == "compound"
            and ent.start <= doc[previous.end - 1].head.i < ent.end
        ):
            entities[-1] = Span(doc, previous.start, ent.end, label="PERSON")
        else:
            entities.append(ent)
    doc.ents = entities
    return doc


ENTITY_EDGES_COMPONENT = "dipnews_entity_edges"


def _joined_parties(doc: Doc, start: int, end: int) -> list[Span]:
    """ "the EU-African Union summit": two parties the model tagged as one name across their hyphen, each
    a state or an international body on its own (not "Guinea-Bissau", whose second part is a town)."""
    hyphens = [i for i in range(start + 1, end - 1) if doc[i].text == "-" and not doc[i - 1].whitespace_]
    if len(hyphens) != 1:
        return []
    parts = [(start, hyphens[0]), (hyphens[0] + 1, end)]
    labels = [_party_label(doc[a:b].text) for a, b in parts]
    if None in labels:
        return []
    return [Span(doc, a, b, label=label) for (a, b), label in zip(parts, labels, strict=True)]


def _party_label(name: str) -> str | None:
    if country_by_name(name) is not None:
        return "GPE"
    return "ORG" if is_international_body(name) else None


def _group_of_number(doc: Doc, end: int) -> bool:
    """ "Group" + "of 15": a body named by its count of members, cut by the model after "Group"."""
    return (
        doc[end - 1].lower_ == "group"
        and end + 1 < len(doc)
        and doc[end].lower_ == "of"
        and doc[end + 1].like_num
        and doc[end + 1].ent_type_ in ("", "CARDINAL")
    )


# Marks around a Reuters ticker or firm's name ("<Andes Beverages Corp>", "<CAWL.L>") the model may take in.
_ENTITY_EDGE_MARKS = frozenset({"<", ">"})


@Language.component(ENTITY_EDGES_COMPONENT)
def repair_entity_edges(doc: Doc) -> Doc:
    """Mend the edges of entities the small model sets wrongly: the angle brackets of the 1987 wire's
    tickers are no part of a name ("<Andes Beverages Corp>"), and "the Group of 15" is one body, though
    the model tags "Group" alone and the number as a count."""
    entities: list[Span] = []
    changed = False
    for ent in doc.ents:
        start, end = ent.start, ent.end
        while start < end and doc[start].text in _ENTITY_EDGE_MARKS:
            start += 1
        while end > start and doc[end - 1].text in _ENTITY_EDGE_MARKS:
            end -= 1
        if ent.label_ == "ORG" and _group_of_number(doc, end):
            end += 2  # "the Group of 15", "the Group of 24"
        if ent.label_ == "ORG" and _office_cut_at_preposition(doc, start, end):
            changed = True  # "the Minister of Foreign Affairs of" + "Norway, X": a post, no body
            continue
        parts = _joined_parties(doc, start, end) if start < end else []
        changed = changed or (start, end) != (ent.start, ent.end) or bool(parts)
        if parts:
            entities.extend(parts)
        elif start < end:
            entities.append(Span(doc, start, end, label=ent.label_))
    if changed:
        doc.ents = filter_spans(entities)  # (the longer name wins over the count it takes in)
    return doc


def _office_cut_at_preposition(doc: Doc, start: int, end: int) -> bool:
    """An ORG span that is an office cut off before its state ("the Minister of Foreign Affairs of" +
    "Norway"): it ends in a preposition and opens with a title ("Minister"), not a body's word
    ("Ministry", "Council"), so it names a post, whose holder is named after it."""
    words = [t for t in doc[start:end] if t.lower_ != "the"]
    return (
        len(words) >= 2 and words[-1].is_lower and words[-1].pos_ == "ADP" and words[0].lower_ in TITLE_HEADS
    )


JOINED_STATES_COMPONENT = "dipnews_joined_states"


class JoinedStateNames:
    """Tag as one place the names of states joined by "and" or a hyphen ("Trinidad and Tobago", "Antigua-
    Barbuda", "Bosnia-Herzegovina"): the small model cuts them at the joint, into two places, a person
    ("Antigua", "Barbuda") or an organisation ("Tobago"), and the state is lost as a party."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher.add("STATE", list(nlp.tokenizer.pipe(joined_state_names())))

    def __call__(self, doc: Doc) -> Doc:
        found = [
            Span(doc, start, end, label="GPE")
            for _, start, end in self.matcher(doc)
            if doc[start].is_title and doc[end - 1].is_title
        ]
        if found:
            doc.ents = filter_spans(found + [e for e in doc.ents if not any(_overlap(e, f) for f in found)])
        return doc


def _overlap(first: Span, second: Span) -> bool:
    return first.start < second.end and second.start < first.end


@Language.factory(JOINED_STATES_COMPONENT)
def make_joined_state_names(nlp: Language, name: str) -> JoinedStateNames:
    return JoinedStateNames(nlp)


CAPITALISED_AFTER_ABBREVIATION_COMPONENT = "dipnews_capitalised_after_abbreviation"
# Country abbreviations after which the 1987 wire capitalises the next word whatever it is ("talks with
# U.S. Officials", "explained to the U.S. This week", "U.S. And Japanese officials").
_COUNTRY_ABBREVIATIONS = frozenset({"U.S.", "U.K."})


@Language.component(CAPITALISED_AFTER_ABBREVIATION_COMPONENT)
def keep_sentence_after_abbreviation(doc: Doc) -> Doc:
    """No sentence starts at a capitalised function word set after "U.S." on the same line, before the
    parser runs: the wire's copy capitalises the word after the abbreviation ("explained to the U.S. This
    week when X visits Washington"), and the parser would end the sentence at the abbreviation's full stop.
    A new sentence of that copy starts a new line, so a real boundary there is kept. Nor after a dotted
    form of address or title ("Foreign Minister of Brazil H.E. Mr. Mauro Vieira"): a name follows it."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        after_country = before.text in _COUNTRY_ABBREVIATIONS and token.lower_ in STOP_WORDS
        if (after_country or before.text in _dotted_forms_of_address()) and (
            before.whitespace_ == " " and token.is_title
        ):
            token.is_sent_start = False
    return doc


@lru_cache(maxsize=1)
def _dotted_forms_of_address() -> frozenset[str]:
    return frozenset(abbreviation_special_cases())


def abbreviation_special_cases() -> list[str]:
    """The written forms ("Lt.", "H.E.") of the titles lexicon's abbreviations that end in a full stop.

    Abbreviated titles and forms of address written with a full stop ("Lt. Gen. X", "President Smt. X", "the
    Hon. X", "Amb. X"): the tokenizer cuts the stop off the ones it does not know, and the parser then ends
    the sentence inside the name, so each is kept one token, as spaCy keeps "Dr."."""
    entries = set(TITLES_LEXICON.words("honorifics"))
    for group in ("title_abbreviations", "plural_abbreviations"):
        entries |= set(TITLES_LEXICON.table(group))
    dotted = sorted(entry for entry in entries if entry.endswith(".") and len(entry) > 2)
    return [entry.upper() if "." in entry[:-1] else entry.capitalize() for entry in dotted]


def hyphenated_special_cases() -> list[str]:
    """The written forms of the meetings lexicon's hyphenated words ("one-on-one", "tete-a-tete",
    "pull-aside", "co-chaired"), lower-case and capitalised.

    The tokenizer cuts a word at its hyphens, so "had a one-on-one with X" reaches the parser as five
    tokens and no noun of the lexicon, and "A and B co-chaired the talks" as a noun "co" and a verb; kept
    one token, each is tagged as what it is."""
    forms = set(HYPHENATED_NOUN_LEMMAS) | set(HYPHENATED_VERB_LEMMAS)
    return sorted(forms | {form[0].upper() + form[1:] for form in forms})


@lru_cache(maxsize=4)
def load_model(name: str) -> Language:
    """Load an installed spaCy pipeline by package name (never from the network), with the abbreviated
    titles and hyphenated meeting words kept whole by its tokenizer, the line-start and dateline splitters
    before its parser, the entity splitter, the joined-state matcher, the entity-edge repairs, the
    office-and-name splitter and the split-name joiner after its recogniser and the lemma repairs after its
    lemmatizer."""
    nlp = spacy.load(name)
    for written in abbreviation_special_cases() + hyphenated_special_cases():
        nlp.tokenizer.add_special_case(written, [{ORTH: written}])
    if "parser" in nlp.pipe_names and DATELINE_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAK_COMPONENT, before="parser")
        nlp.add_pipe(DATELINE_COMPONENT, before="parser")
        nlp.add_pipe(CAPITALISED_AFTER_ABBREVIATION_COMPONENT, before="parser")
    if "ner" in nlp.pipe_names and ENTITY_COMMA_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(ENTITY_COMMA_COMPONENT, after="ner")
    reads_sentences = "ner" in nlp.pipe_names and "parser" in nlp.pipe_names
    if reads_sentences and DATELINE_NAMES_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(DATELINE_NAMES_COMPONENT, after="ner")  # (sentences set, before the entity splitter)
    if "ner" in nlp.pipe_names and "parser" in nlp.pipe_names and PERSON_JOIN_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(PERSON_JOIN_COMPONENT, after=ENTITY_COMMA_COMPONENT)
    if "ner" in nlp.pipe_names and ENTITY_EDGES_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(ENTITY_EDGES_COMPONENT, after=ENTITY_COMMA_COMPONENT)
    if "ner" in nlp.pipe_names and JOINED_STATES_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(JOINED_STATES_COMPONENT, after=ENTITY_COMMA_COMPONENT)
    if "ner" in nlp.pipe_names and PORTFOLIO_NAME_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(PORTFOLIO_NAME_COMPONENT, after=ENTITY_COMMA_COMPONENT)
    if "lemmatizer" in nlp.pipe_names and LEMMA_REPAIR_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(LEMMA_REPAIR_COMPONENT, after="lemmatizer")
    return nlp


def model_fingerprint(nlp: Language) -> str:
    """``name-version`` of a loaded pipeline, as recorded in caches and the dataset card."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'unknown')}-{nlp.meta.get('version', '0')}"


def doc_text(doc: Doc) -> str:
    """The Doc's text, built once: spaCy joins every token on each ``doc.text`` access, so reading it
    per verb or per trigger made extraction quadratic in the article's length."""
    text = doc.user_data.get("dipnews.text")
    if text is None:
        text = doc.user_data["dipnews.text"] = doc.text
    return text


# Sentences longer than this many tokens are cut into pieces before the rule extractors see them.
# News sentences are far shorter (the longest in the gold are under 120 tokens); a megabyte of text
# without a full stop is one parser "sentence", and rules that compare the words of a sentence
# pairwise would take hours on it. The pieces keep extraction linear in the article's length.
MAX_SENTENCE_TOKENS = 200
# A cut prefers the last of these tokens in the second half of a piece, so pieces end at a clause.
_CUT_AFTER = frozenset({",", ";", ":", "—", "–", "-", "and", "but", "or"})


def _pieces(sentence: Span, max_tokens: int) -> list[Span]:
    """``sentence`` itself when short enough, else consecutive pieces of at most ``max_tokens`` tokens."""
    if len(sentence) <= max_tokens:
        return [sentence]
    doc, pieces, start = sentence.doc, [], sentence.start
    while sentence.end - start > max_tokens:
        end = start + max_tokens
        cut = next(
            (i + 1 for i in range(end - 1, start + max_tokens // 2, -1) if doc[i].text in _CUT_AFTER), end
        )
        pieces.append(doc[start:cut])
        start = cut
    pieces.append(doc[start : sentence.end])
    return pieces


def memoize_sentences(doc: Doc, max_tokens: int = MAX_SENTENCE_TOKENS) -> None:
    """Compute the Doc's sentences once and answer ``doc.sents``, ``span.sent`` and ``token.sent`` from them.

    Without this, spaCy recomputes sentence boundaries on every ``.sent`` access (it first checks
    every token for sentence annotation), which made sentence look-ups about half of the extraction
    time. The hooks return the same Span objects spaCy would, so results do not change, except that
    a sentence of more than ``max_tokens`` tokens is answered as its pieces (:data:`MAX_SENTENCE_TOKENS`).
    """
    if "sents" in doc.user_hooks:
        return
    sentences = [piece for sentence in doc.sents for piece in _pieces(sentence, max_tokens)]
    starts = [sentence.start for sentence in sentences]

    def sentence_of(i: int) -> Span:
        return sentences[max(bisect.bisect_right(starts, i) - 1, 0)]

    doc.user_hooks["sents"] = lambda _doc: iter(sentences)
    doc.user_span_hooks["sent"] = lambda span: sentence_of(span.start)
    doc.user_token_hooks["sent"] = lambda token: sentence_of(token.i)


class SentenceIndex:
    """Maps character offsets to 0-based sentence numbers of a Doc."""

    def __init__(self, doc: Doc) -> None:
        self.sentences: list[Span] = list(doc.sents)
        self._starts = [s.start_char for s in self.sentences]

    def __len__(self) -> int:
        return len(self.sentences)

    def index_at(self, char: int) -> int:
        """Number of the sentence containing ``char`` (0 for an empty doc)."""
        return max(bisect.bisect_right(self._starts, char) - 1, 0)

    def sentence_at(self, char: int) -> Span:
        return self.sentences[self.index_at(char)]
