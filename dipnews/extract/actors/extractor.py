"""Actors of one article: persons, organizations and countries, with every mention resolved to them.

Input is one spaCy parse; output is an :class:`~dipnews.model.ArticleActors`.  The steps:

1. entity spans from spaCy's NER, repaired by rules (each rule says which tagging error it undoes);
2. person names clustered into actors (a surname or a part of a name joins the fullest name);
3. titles and country affiliation read from the words around each name (pre-name titles, appositions,
   possessive countries, "of <country>");
4. countries as actors: country names, capitals used for their government, nominal demonyms;
5. organizations (spaCy ORG), with acronyms joined to their spelled-out names;
6. definite descriptions ("the defence minister") and subject pronouns ("he", "she") resolved to a
   person already mentioned.

Everything is linear in the article length apart from small loops over the (few) actors of the article.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from dipnews.extract.actors.countries import (
    KNOWN_LEADERS,
    LEADER_SURNAMES,
    country_by_capital,
    country_by_demonym,
    country_by_name,
    country_name,
    institution_country,
    is_international_body,
    leader_country,
    place_country,
)
from dipnews.extract.actors.credits import doc_credit_spans, on_credit_line
from dipnews.extract.actors.names import normalise_name
from dipnews.extract.actors.organizations import (
    MINISTRY_PORTFOLIOS,
    NEWS_AGENCIES,
    is_creditor_committee,
    pattern_organization_spans,
    team_spans,
)
from dipnews.extract.actors.pairs import CountryPair, country_pairs
from dipnews.extract.actors.titles import (
    COUNTERPART_NOUNS,
    FEMALE_MARKERS,
    GENERIC_OFFICE_NOUNS,
    HONORIFICS,
    HOSPITALITY_NOUNS,
    INNER_HONORIFICS,
    NATIONAL_OFFICE_NAMES,
    OFFICE_EPITHETS,
    OFFICE_UNIT_WORDS,
    POST_NOMINALS,
    ROYAL_TITLES,
    TITLE_ABBREVIATIONS,
    TITLE_OF_OBJECTS,
    is_company_office,
    is_office_compound,
    is_title_word,
    office_title,
    singular_title_head,
    title_head,
)
from dipnews.extract.lexicons import LexiconError, load_lexicon
from dipnews.extract.quotes.speech import SPEECH_VERB_LEMMAS
from dipnews.model import ArticleActors, ArticleMeta, LocalActor, Mention
from dipnews.nlp.parsing import SentenceIndex, after_state_name, dateline_place_group, datelines, doc_text

# Name particles, corporate suffixes and the words of organisation kinds are data
# (dipnews/extract/lexicons/actors.yaml), read once here.
ACTORS_LEXICON = load_lexicon(
    "actors",
    require=(
        "name_particles",
        "corporate_suffixes",
        "organization_kinds",
        "party_group_nouns",
        "party_group_plural_nouns",
        "party_group_rank_words",
        "party_dealing_verbs",
        "party_dealing_nouns",
        "party_side_collectives",
        "name_compound_words",
        "relative_nouns",
        "time_zones",
        "caucus_chambers",
        "caucus_members",
        "event_name_heads",
        "person_like_country_names",
        "pair_dealing_nouns",
        "headline_verbs",  # read by the entity splitter in dipnews.nlp.parsing
        "opening_adverbs",  # read by the entity splitter in dipnews.nlp.parsing
        "building_heads",
    ),
)
BUILDING_HEADS: frozenset[str] = ACTORS_LEXICON.words("building_heads")
# Landmarks written without a city ("Mar-a-Lago"), from the meeting lexicon's venues: never persons.
NAMED_VENUES: frozenset[str] = frozenset(load_lexicon("meetings").table("named_venues"))
# Common nouns of a place one meets in ("Sylvia's restaurant"): a name owning one names the place.
VENUE_NOUNS: frozenset[str] = frozenset(load_lexicon("meetings").words("venue_nouns"))
# Verbs of setting off ("leaves for Paris"): the for-phrase is where one goes.
DEPARTURE_VERBS: frozenset[str] = frozenset(load_lexicon("meetings").words("departure_verbs"))

# Prepositions that make a place name a location rather than an actor ("met Putin *in* Moscow",
# "a visit *to* Beijing"): a capital after one of them is not the government acting.
LOCATIVE_PREPOSITIONS: frozenset[str] = frozenset(
    {
        "in",
        "at",
        "to",
        "from",
        "near",
        "into",
        "outside",
        "inside",
        "via",
        "through",
        "across",
        "around",
        "toward",
        "towards",
        "throughout",
        "within",
        "over",
        "off",
        "for",
    }
)

# Dependency roles in which a capital stands for its government: it acts (subject), owns ("Beijing's
# position") or is acted upon ("warned Moscow").  Objects of non-locative prepositions ("ties with
# Beijing", "between Moscow and Beijing") are checked separately.
GOVERNMENT_ROLES: frozenset[str] = frozenset(
    {"nsubj", "nsubjpass", "poss", "dobj", "agent", "dative", "iobj"}
)

# Organisations whose name stands for a national government (press metonyms): they give their
# country to the organisation actor and to a person titled by them ("White House press secretary").
GOVERNMENT_ORGANIZATIONS: dict[str, str] = {
    "white house": "USA",
    "pentagon": "USA",
    "state department": "USA",
    "congress": "USA",
    "capitol hill": "USA",
    "kremlin": "RUS",
    "downing street": "GBR",
    "whitehall": "GBR",
    "elysee": "FRA",
    "élysée": "FRA",
    "quai d'orsay": "FRA",
    "zhongnanhai": "CHN",
    "knesset": "ISR",
    "bundestag": "DEU",
    "duma": "RUS",
}

# Party names that mark a politician's country in English-language press ("Republican front-runner
# Donald Trump", "Democratic presidential candidate"): only the unambiguous US party words.
PARTY_COUNTRY: dict[str, str] = {
    "republican": "USA",
    "republicans": "USA",
    "democrat": "USA",
    "democrats": "USA",
    "democratic": "USA",
    "gop": "USA",
}

# Offices that exist under these names in one country only ("Senate Majority Leader", "Secretary of
# State" in the American sense, "U.S. Trade Representative"): they give the affiliation when no
# country word is written.  Matched against the whole normalised title.
OFFICE_COUNTRY: dict[str, str] = {
    "senator": "USA",
    "congressman": "USA",
    "congresswoman": "USA",
    "representative": "USA",
    "house speaker": "USA",
    "speaker of the house": "USA",
    "senate majority leader": "USA",
    "senate minority leader": "USA",
    "house majority leader": "USA",
    "house minority leader": "USA",
    "secretary of state": "USA",
    "secretary of the treasury": "USA",
    "treasury secretary": "USA",
    "trade representative": "USA",
    "deputy trade representative": "USA",
    "white house press secretary": "USA",
    "chancellor of the exchequer": "GBR",
    "external affairs minister": "IND",
}

# Until the Soviet Union dissolved (26 December 1991) "Moscow" and "the Russians" in the press stand
# for the Soviet state, so capital and demonym mentions dated before then map to it.
SOVIET_DISSOLUTION = dt.date(1991, 12, 26)
SOVIET_CODE = "SUN"

# Lower-case particles allowed inside a person's name ("Charles de Gaulle", "Osama bin Laden").
NAME_PARTICLES: frozenset[str] = ACTORS_LEXICON.words("name_particles")

# Nouns that follow a surname to name something *of* the person, not part of the name: the model
# often tags "Obama administration", "the Trump campaign", "the Clinton camp" as one PERSON span.
# The person is the name before them (see _cut_trailing_non_name).
PERSON_ATTRIBUTE_NOUNS: frozenset[str] = frozenset(
    {
        # the person's government or office
        *("administration", "government", "cabinet", "presidency", "regime", "era", "years", "doctrine"),
        # the person's entourage or organisation
        *("campaign", "camp", "team", "aides", "allies", "loyalists", "supporters", "family", "staff"),
    }
)

# Corporate-form suffixes: a firm's legal form, never a name by itself.  An ORG entity made only of
# them ("Co" split off "Pesch and Co") is a tagging fragment; after "<Name> and" it completes a firm
# name ("Pesch and Co"); and they may be absent from an acronym ("AMI" for "American Medical
# International Inc").
CORPORATE_SUFFIXES: frozenset[str] = ACTORS_LEXICON.words("corporate_suffixes")
TIME_ZONES: frozenset[str] = ACTORS_LEXICON.words("time_zones")
CAUCUS_CHAMBERS: frozenset[str] = ACTORS_LEXICON.words("caucus_chambers")
CAUCUS_MEMBERS: frozenset[str] = ACTORS_LEXICON.words("caucus_members")
EVENT_NAME_HEADS: frozenset[str] = ACTORS_LEXICON.words("event_name_heads")
PERSON_LIKE_COUNTRY_NAMES: frozenset[str] = ACTORS_LEXICON.words("person_like_country_names")
PAIR_DEALING_NOUNS: frozenset[str] = ACTORS_LEXICON.words("pair_dealing_nouns")

# Pronouns resolved to persons (subject forms; the quotations extractor needs them as speakers).
MALE_PRONOUNS: frozenset[str] = frozenset({"he"})
FEMALE_PRONOUNS: frozenset[str] = frozenset({"she"})
# Object forms, resolved only as objects ("met him", "talks with her"; "her" is also a possessive): the
# meetings extractor needs the one met.
MALE_OBJECT_PRONOUNS: frozenset[str] = frozenset({"him"})
FEMALE_OBJECT_PRONOUNS: frozenset[str] = frozenset({"her"})
_OBJECT_DEPS = frozenset({"dobj", "pobj", "dative"})
MALE_MARKERS: frozenset[str] = frozenset(
    {"mr", "mr.", "sir", "lord", "king", "prince", "emperor", "spokesman", "chairman", "congressman"}
)

# Give a person with no stated affiliation the country the article is set in (see home_country).
USE_HOME_COUNTRY_FALLBACK = True

# How many sentences back a pronoun or a definite title description may find its person.
PRONOUN_WINDOW_SENTENCES = 3

_POSSESSIVE_TOKENS = frozenset({"'s", "’s", "'", "’"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_QUOTE_OPEN = "“"
_QUOTE_CLOSE = "”"
_WHITESPACE = re.compile(r"\s+")
_SCORE_OR_NUMBER = re.compile(r"^\d+(?:[-:/.]\d+)*$")
_KIND_PRIORITY = {"name": 0, "alias": 1, "capital": 2, "demonym": 3, "title": 4, "pronoun": 5}


@dataclass(slots=True)
class _TitleLinks:
    """What a title phrase ties a person to besides a country word."""

    organizations: list[tuple[int, int]] = field(default_factory=list)  # "MITI vice president"
    owners: list[int] = field(default_factory=list)  # token of "Obama" in "Obama's deputy adviser"
    companions: list[int] = field(default_factory=list)  # token of "Funaro" in "Funaro, accompanied by"


@dataclass(slots=True)
class _PersonMention:
    start: int  # token index of the first name token
    end: int  # token index after the last one
    words: tuple[str, ...]
    kind: str = "name"  # "name", "title" or "pronoun" while reading; name/alias decided at the end
    titles: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    female: bool | None = None
    cluster: int = -1
    is_subject: bool = False
    in_quote: bool = False
    sentence: int = 0
    visit_origin: str | None = None  # country inferred from a visit abroad (see _visit_origin)
    visits_unnamed_destination: bool = False  # "King Faisal visited in 1967": a visitor to the setting
    links: _TitleLinks = field(default_factory=_TitleLinks)
    # A title read from a plural head ("Sens. Carper and Coons", "A and B, the foreign ministers"), with
    # its countries: it belongs to every name of the coordination, which _share_coordinated_titles gives it.
    plural_title: tuple[str, tuple[str, ...]] | None = None
    is_counterpart: bool = False  # "his Swiss counterpart Otto Stich": holds the other person's office
    is_relative: bool = False  # "his wife Melania Trump": named as another's relative


@dataclass(slots=True)
class _Cluster:
    words: tuple[str, ...]
    first_token: int
    mentions: list[_PersonMention] = field(default_factory=list)
    female: bool | None = None
    # how the full name was introduced: only as another's relative ("his wife X"), or with an office
    relative: bool = False
    office_holder: bool = False

    @property
    def name(self) -> str:
        return " ".join(self.words)


@dataclass(slots=True)
class _Found:
    """A mention before the actor keys are final."""

    key: str
    char_start: int
    char_end: int
    kind: str
    titles: tuple[str, ...] = ()  # offices stated with this mention (persons)


def _ent_index(doc: Doc) -> list[Span | None]:
    """Token index -> the entity span covering it (one pass instead of a search per token)."""
    index: list[Span | None] = [None] * len(doc)
    for ent in doc.ents:
        for i in range(ent.start, ent.end):
            index[i] = ent
    return index


def _quote_mask(text: str) -> list[bool]:
    """Per character: inside quotation marks.  Straight quotes toggle; a paragraph break closes an
    unbalanced quote so that one stray mark cannot swallow the rest of the article."""
    mask = [False] * len(text)
    inside = False
    previous = ""
    for position, char in enumerate(text):
        if char == "\n" and previous == "\n":
            inside = False
        if char == '"':
            inside = not inside
        elif char == _QUOTE_OPEN:
            inside = True
        elif char == _QUOTE_CLOSE:
            inside = False
        else:
            mask[position] = inside
        previous = char
    return mask


def _clean_text(text: str) -> str:
    return _WHITESPACE.sub(" ", text).strip()


def _span_country(text: str) -> str | None:
    """A country named, or referred to by a demonym, in an entity's text."""
    return country_by_name(text) or country_by_demonym(text)


def _strip_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "the" and trailing possessives/punctuation: spaCy includes them in entity spans
    ("the United States", "Putin's") but they are not part of the name; nor is an acronym whose bracket
    the entity leaves open ("the Inter-American Development Bank (IADB" + ")")."""
    opened = [i for i in range(start + 1, end) if doc[i].text == "("]
    if opened and not any(doc[i].text == ")" for i in range(opened[-1], end)):
        end = opened[-1]
    while end > start and (doc[end - 1].text in _POSSESSIVE_TOKENS or doc[end - 1].is_punct):
        end -= 1
    while start < end and (doc[start].lower_ == "the" or doc[start].is_punct):
        start += 1
    return start, end


def _hyphen_compound_start(doc: Doc, i: int) -> int:
    """First token of a hyphenated compound ending at token i ("front-runner" is three tokens)."""
    while i >= 2 and _joining_hyphen(doc[i - 1]):
        i -= 2
    return i


# ---------------------------------------------------------------------------------------------------
# Persons


def _person_name_bounds(doc: Doc, ent: Span) -> tuple[int, int] | None:
    """Token bounds of the proper name inside a PERSON entity, or None when it is not a name.

    Repairs: spaCy's small model includes titles, honorifics, nationalities and possessives in PERSON
    spans ("President Reagan", "Russian Vladimir Putin", "Putin's") and sometimes tags a bare title,
    a nationality or a country as a person; those are stripped or rejected here.
    """
    start, end = _strip_span(doc, ent.start, ent.end)
    start = _after_office_portfolio(doc, start, end)
    start = _after_office_state(doc, start, end)
    start = _after_leading_titles(doc, ent, start, end)
    inner = [i for i in range(start, end - 1) if doc[i].lower_ in INNER_HONORIFICS]
    start = inner[-1] + 1 if inner else start  # ("Raksha Mantri Shri Rajnath Singh")
    if start >= end and doc[ent.end - 1].lower_ in HONORIFICS:
        end = _name_after_honorifics(doc, ent.end)  # ("Datuk Seri" + "Kamal Ismail")
    if start >= end:
        return None
    if _names_a_building(doc, start, end):
        return None  # "visited Trump Tower", "at Mar-a-Lago"
    if end - start == 1 and re.fullmatch(r"[A-Z]\.?", doc[start].text):
        return None  # "said on X.": one letter alone is an initial or a medium's name, never a person
    if any(t.is_space for t in doc[start:end]):
        end = _name_before_line_end(doc, start, end)
        last = doc[end - 1] if end > start else None
        if last is None or not (last.is_alpha and last.is_title) or end - start < 2:
            return None  # "Ramon del", "X.": what is left before the break is no whole name
        if any(t.lower_.rstrip(".") in CORPORATE_SUFFIXES for t in doc[start : ent.end]):
            return None  # "Narragansett Capital\nInc": a firm's name broken over two lines
    end = _particle_surname_end(doc, end)
    end = _hyphenated_syllable_end(doc, end)
    # a last word only: "Yoon Suk" + "Yeol", "Fernando Santos" + "Alvite", "Pedro" + "Ojeda"
    if end - start <= 2:
        end = _untagged_last_name_end(doc, end)
    if end - start <= 2:
        start = _untagged_first_names_start(doc, start)
    end = _cut_trailing_non_name(doc, start, end)
    end = _before_post_nominals(doc, start, end)
    end = _before_place_phrase(doc, start, end)
    # A royal title before a single given name is part of how the name is written ("King Fahd").
    if end - start == 1 and start > 0 and doc[start - 1].lower_ in ROYAL_TITLES and doc[start - 1].is_title:
        start -= 1
    name_tokens = doc[start:end]
    for token in name_tokens:
        if token.is_space:
            continue  # a line break inside a wire's name (see _name_before_line_end)
        if any(ch.isdigit() for ch in token.text):
            return None  # "G-7", dates and codes are not names
        # A lower-case syllable glued by a hyphen belongs to a capitalised word ("Song-ho", "Ata-ur-Rehman").
        in_hyphenated_word = (
            token.i >= 2
            and doc[token.i - 1].text == "-"
            and not doc[token.i - 1].whitespace_
            and not doc[token.i - 2].whitespace_
        )
        if not (
            token.text[:1].isupper()
            or token.lower_ in NAME_PARTICLES
            or token.text == "-"
            or in_hyphenated_word
        ):
            return None  # lower-case words: a mis-tagged common phrase, not a name
    text = name_tokens.text
    if _span_country(text) or country_by_capital(text):
        return None  # "Saudi", "Britain", "Washington" tagged PERSON
    if all(is_title_word(t.text) or t.lower_ in HONORIFICS for t in name_tokens):
        return None
    return start, end


def _after_leading_titles(doc: Doc, ent: Span, start: int, end: int) -> int:
    """Where the name starts after the titles, honorifics, nationalities and countries the model put at
    the front of a PERSON entity."""
    while start < end:
        token = doc[start]
        lower = token.lower_
        is_royal_single_name = lower in ROYAL_TITLES and end - start == 2 and token.is_title
        if is_royal_single_name or _opens_hyphenated_name(doc, start):
            break
        if is_title_word(token.text) or lower in HONORIFICS or country_by_demonym(token.text):
            start += 1
            continue
        # A country *name* is stripped only before a possessive or a title ("Britain's Tony Blair",
        # "Iraq President ..."); before a plain name it is a given name ("Chad Curtis").
        if country_by_name(token.text) and start + 1 < end:
            following = doc[start + 1]
            if following.text in _POSSESSIVE_TOKENS or is_title_word(following.text):
                start += 1
                continue
            if start == ent.start and _office_of_before(doc, start) and end - start > 2:
                start += 1  # "Minister of Defence of Armenia Hayk Mkrtchyan": the office's country
                continue
        break
    return start


def _office_of_before(doc: Doc, i: int) -> bool:
    """ "Minister of Defence of" + i, "Ambassador to" + i: an office's of- or to-phrase ends right before
    token i (the country the office is of or accredited to, not a given name)."""
    if i < 2 or doc[i - 1].lower_ not in ("of", "to"):
        return False
    return any(title_head(t.text) is not None for t in doc[max(0, i - 6) : i - 1])


def _name_after_honorifics(doc: Doc, start: int) -> int:
    """The end of the untagged name right after a PERSON entity the model made of honours alone ("Foreign
    Minister Datuk Seri" + "Kamal Ismail"): the capitalised proper nouns that follow, up to a title."""
    end = start
    while (
        end < len(doc)
        and doc[end].pos_ == "PROPN"
        and doc[end].is_title
        and not doc[end].ent_type_
        and not is_title_word(doc[end].text)
    ):
        end += 1
    return end


def _before_place_phrase(doc: Doc, start: int, end: int) -> int:
    """End of a name the model ran on into a place phrase after it ("King Charles at Sandringham" as one
    PERSON): a lower-case preposition of place ends it ("of" may join a title to its holder, "de" a name)."""
    for i in range(start + 1, end):
        if doc[i].pos_ == "ADP" and doc[i].lower_ in _PLACE_PREPOSITIONS:
            return i
    return end


_PLACE_PREPOSITIONS = frozenset({"at", "in", "near", "outside"})


def _names_a_building(doc: Doc, start: int, end: int) -> bool:
    """A span ending in a building's word ("Trump Tower"), or the first part of a hyphenated landmark
    ("Mar" of "Mar-a-Lago"), names a place; a person's title before it makes the word a surname ("Senator
    Jim Hall", "Mr. Tom Bridge")."""
    if end - start >= 2 and doc[end - 1].lower_ in BUILDING_HEADS:
        return not _after_personal_title(doc, start)
    compound_end = end
    while compound_end + 1 < len(doc) and doc[compound_end].text == "-" and not doc[compound_end].whitespace_:
        compound_end += 2
    return compound_end > end and doc[start:compound_end].text in NAMED_VENUES


def _after_personal_title(doc: Doc, start: int) -> bool:
    """A person's title or honorific right before a name ("Senator" of "Senator Jim Hall")."""
    if start == 0:
        return False
    word = doc[start - 1].text
    return is_title_word(word) or word.lower().rstrip(".") in HONORIFICS


def _after_office_state(doc: Doc, start: int, end: int) -> int:
    """Where a name starts in a span that opens with the state (or body) of "<office> of" before it: "Prime
    Minister of *Armenia Nikol Pashinyan*" names the state of the office, then the holder."""
    if start < 2 or doc[start - 1].lower_ != "of" or title_head(doc[start - 2].text) is None:
        return start
    if end - start >= 3 and doc[start].is_upper and len(doc[start].text) > 1:
        return start + 1  # "Secretary-General of *ASEAN Kao Kim Hourn*": a body's acronym, then the holder
    return after_state_name(doc, start, end)


def _after_office_portfolio(doc: Doc, start: int, end: int) -> int:
    """Where a name starts in a span that opens with the portfolio of "<office> of" before it: the small
    model tags "Secretary of *Homeland Security Alejandro Mayorkas*" as one entity, but the portfolio
    belongs to the office ("secretary of homeland security") and the name is what follows it."""
    of = start - 2 if start >= 3 and doc[start - 1].lower_ == "the" else start - 1  # "of the Treasury"
    if of < 1 or doc[of].lower_ != "of" or title_head(doc[of - 1].text) is None:
        return start
    for length in (4, 3, 2, 1):
        if start + length < end and doc[of + 1 : start + length].text.lower() in TITLE_OF_OBJECTS:
            return start + length
    return start


def _after_office_country(doc: Doc, start: int) -> int:
    """Where a name starts after "<office> of <country>" ("President of Ukraine Volodymyr Zelenskyy", the
    style of foreign ministries' readouts): right after the country's words, when a capitalised word
    follows them; else ``start``."""
    for length in range(_COUNTRY_WORDS_MAX, 0, -1):
        end = start + length
        words = doc[start:end]
        if (
            end < len(doc)
            and doc[end].is_title
            and words[-1].tag_ != "POS"  # not "Britain's Export Credits"
            and country_by_name(words.text) is not None
        ):
            return end
    return start


# "the People's Republic of China": the most tokens a country's name after "of" takes.
_COUNTRY_WORDS_MAX = 6

# The most tokens a capitalised portfolio or body may run between "<office> of" and "of <country>" in a
# readout's long title ("Chief *of the General Staff of the Armed Forces* of Iran X").
_OFFICE_CHAIN_MAX = 10
_OFFICE_CHAIN_JOINERS = frozenset({"the", "and", "of", "&"})


def _office_chain_word(token: Token) -> bool:
    return token.is_title or token.lower_ in _OFFICE_CHAIN_JOINERS


def _after_office_chain(doc: Doc, start: int) -> int:
    """Where a name starts after "<office> of <capitalised portfolio or body> of <country>" ("Chief of
    General Staff of Pakistan X", "Permanent Secretary of the Ministry of Defence of Singapore X",
    "Minister of Foreign Affairs and International Cooperation of Ghana X"), ``start`` being the token
    after the office's "of": right after the country, when a capitalised word follows it; else ``start``.
    The portfolio need not be a listed one: the country and the name after it close the phrase."""
    for k in range(start, min(start + _OFFICE_CHAIN_MAX, len(doc) - 1)):
        token = doc[k]
        if not _office_chain_word(token):
            break
        if k > start and token.lower_ == "of" and doc[k - 1].is_title:
            name_start = _after_office_country(doc, k + 1)
            if name_start > k + 1:
                return name_start
    return start


def _office_chain_head(doc: Doc, i: int) -> tuple[int, tuple[int, str]] | None:
    """For a long readout title whose country was read off ("Permanent Secretary of the Ministry of
    Defence" of Singapore, i at "Defence"): the "of" after the office's head and that head, the
    capitalised words between them being the portfolio or body the office serves; else None."""
    for of_index in range(i - 1, max(i - _OFFICE_CHAIN_MAX, 0), -1):
        if not _office_chain_word(doc[of_index]):
            return None
        if doc[of_index].lower_ == "of" and (head := _head_at(doc, of_index - 1)) is not None:
            return of_index, head
    return None


def _particle_surname_end(doc: Doc, end: int) -> int:
    """End of a name the model cut at its particles ("Ursula von" + "der Leyen" tagged a place, "Miguel de
    la" + "Madrid"): particles ending the span or following it lead on to the surname, whatever the model
    tagged it, unless it opens a person of its own."""
    i = end
    while i < len(doc) and _name_particle(doc[i]):
        i += 1
    if i == end and _dynasty_follows(doc, end):
        i += 1  # "Mohammed bin Abdulrahman" + "Al Thani": a family name with a capitalised "Al"
    ends_in_particle = _name_particle(doc[end - 1])
    if (i == end and not ends_in_particle) or i >= len(doc):
        return end
    surname = doc[i]
    own_person = surname.ent_type_ == "PERSON" and surname.ent_iob_ == "B"
    if not (surname.is_title and surname.is_alpha) or own_person or is_title_word(surname.text):
        return end
    return i + 1


def _dynasty_follows(doc: Doc, end: int) -> bool:
    """ "Al Thani", "Al Nahyan" right after a name the parser joins to it (the name's last word is a
    compound of the family name): Gulf family names are written with a capitalised particle."""
    if end + 1 >= len(doc) or doc[end].text != "Al" or not doc[end + 1].is_title:
        return False
    return doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end + 1


def _hyphenated_syllable_end(doc: Doc, end: int) -> int:
    """End of a name whose span the model closed before a hyphen ("Choi Sang" + "-mok", "Yoon Suk" +
    "-yeol"): a Korean given name is two syllables joined by a tight hyphen, the second in lower case."""
    if end == 0 or end + 1 >= len(doc) or not doc[end - 1].is_title:
        return end
    hyphen, syllable = doc[end], doc[end + 1]
    # the syllable heads the name as a noun ("Icahn-led" is a participle the name modifies); or, after a
    # two-word name, a short syllable the parser lost in the clause ("Kang Min-seok held talks")
    heads_name = doc[end - 1].head.i == syllable.i and syllable.tag_ in ("NN", "NNP")
    syllable_of_name = (
        end >= 2
        and doc[end - 2].is_title
        and syllable.tag_ in ("NN", "NNP", "JJ")
        and len(syllable.text) <= _MAX_NAME_SYLLABLE
        and syllable.lower_ not in NAME_COMPOUND_WORDS
    )
    if (
        _joining_hyphen(hyphen)
        and syllable.is_alpha
        and syllable.is_lower
        and (heads_name or syllable_of_name)
    ):
        return end + 2
    return end


# How long the lower-case second syllable of a Korean given name is at most ("myung", "hyuk").
_MAX_NAME_SYLLABLE = 5


def _untagged_last_name_end(doc: Doc, end: int) -> int:
    """End of a name whose last word the model left out of the span ("Yoon Suk" + "Yeol"): the span's
    last word is a compound of the capitalised, untagged proper noun right after it."""
    if end >= len(doc) or end == 0:
        return end
    following, last = doc[end], doc[end - 1]
    after = doc[end + 1] if end + 1 < len(doc) else None
    continues = (
        following.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj")
        # a headline's capitalised words ("Morton Blackwell Endorses Ted Cruz") are no name of three
        and not (after is not None and after.is_title and after.is_alpha)
        and following.pos_ == "PROPN"
        and following.ent_iob_ == "O"
        and following.is_title
        and following.is_alpha
        and not is_title_word(following.text)
        and last.dep_ == "compound"
        and last.head.i == following.i
    )
    return end + 1 if continues else end


def _untagged_first_names_start(doc: Doc, start: int) -> int:
    """Start of a name whose first words the model left out of the span after an office ("his Tanzanian
    counterpart Samia Suluhu" + "Hassan", "Foreign Minister Hans-Dietrich" + "Genscher"): up to two
    capitalised, untagged proper nouns that are compounds of the name, right after an office word."""
    first = start
    while first > 0 and start - first < 2:
        token = doc[first - 1]
        if not (
            token.pos_ == "PROPN"
            and token.ent_iob_ == "O"
            and token.is_title
            and token.is_alpha
            and token.dep_ == "compound"
            and first - 1 < token.head.i < start + 3
            and not is_title_word(token.text)
            and token.lower_ not in HONORIFICS  # ("Chief Adviser Professor" + "Rafiqul Haque")
            and country_by_demonym(token.text) is None
            and country_by_name(token.text) is None
        ):
            break
        first -= 1
    if first == start or first == 0:
        return start
    office = doc[first - 1].text
    # ("Secretary of State Antony J." + "Blinken": an office ending in its "of" object)
    of_object = first >= 3 and doc[first - 2].lower_ == "of" and office.lower() in TITLE_OF_OBJECTS
    # ("Deputy Minister of Defence of the Philippines Ricardo" + "Dela Paz": an office ending in its country)
    of_country = bool(_office_of_country(doc, first - 1)[1])
    after_office = title_head(office) is not None or office.lower() in COUNTERPART_NOUNS
    # ("the Foreign Minister of Paraguay, Ruben" + "Ramirez Lezcano": an office set off before the name)
    set_off = office == "," and first >= 2 and bool(_office_of_country(doc, first - 2)[1])
    return first if after_office or of_object or of_country or set_off else start


def _name_before_line_end(doc: Doc, start: int, end: int) -> int:
    """End of a name at a line break inside the span: a wire breaks lines inside names ("Nigel\nLawson"),
    so one line break between capitalised name words is kept; a paragraph break, or a next line that
    does not go on with a name word (a dateline "MANCHESTER", a firm's "Inc"), ends the name."""
    for i in range(start, end):
        if not doc[i].is_space:
            continue
        following = doc[i + 1] if i + 1 < end else None
        continues = (
            i > start
            and doc[i].text.count("\n") == 1
            and following is not None
            and following.is_title
            and following.is_alpha
            and following.lower_ not in CORPORATE_SUFFIXES
            and (doc[i - 1].is_alpha or doc[i - 1].text.endswith("."))  # "Lee R.\nRaymond"
        )
        if not continues:
            return i
    return end


# Penn tags of finite verbs: a capitalised headline verb the model pulls into a PERSON span.
FINITE_VERB_TAGS: frozenset[str] = frozenset({"VBZ", "VBD", "VBP", "MD"})


def _cut_trailing_non_name(doc: Doc, start: int, end: int) -> int:
    """End of the name when a PERSON span runs on into what belongs to the person ("Obama White House",
    "Trump campaign", "Obama Administration"): a surname used attributively before a government
    metonym or an attribute noun names the person's office or entourage, so the name stops before it.
    At least one name word is kept."""
    for tail_start in range(start + 1, end):
        tail = doc[tail_start:end].text.lower()
        if tail in GOVERNMENT_ORGANIZATIONS or (end - tail_start == 1 and tail in PERSON_ATTRIBUTE_NOUNS):
            return tail_start
    if end - start > 1 and doc[end - 1].tag_ in FINITE_VERB_TAGS:
        return end - 1  # headline case: "Clinton Needs To Quit ...", "Putin Wants A Deal": names are nouns
    return end


def _before_post_nominals(doc: Doc, start: int, end: int) -> int:
    """End of the name before the letters of a seat or an honour written after it ("Anthony Albanese MP",
    "John Smith QC"); in capitals only, and at least two name words kept ("Mp" or "Smith Td" stay)."""
    while end - start > 2 and doc[end - 1].is_upper and doc[end - 1].lower_ in POST_NOMINALS:
        end -= 1
    return end


def _names_firm(doc: Doc, end: int) -> bool:
    """True when "and"/"&" and a corporate suffix follow a name: "Pesch and Co" is a firm named after
    its founder, so that occurrence is the firm, not the person."""
    return (
        end + 1 < len(doc)
        and doc[end].lower_ in ("and", "&")
        and doc[end + 1].lower_ in CORPORATE_SUFFIXES
        and doc[end + 1].text[:1].isupper()
    )


def _names_equipment(word: Token) -> bool:
    """True for a lone capitalised word that names a kind of thing, not a person: "a third Patriot air
    defence system", "Leopard tanks" (the small model tags such words PERSON). A surname of a person the
    article names in full is that person ("Trump supporters")."""
    head = word.head
    if word.dep_ != "compound" or head.i <= word.i or head.pos_ != "NOUN" or not head.is_lower:
        return False
    counted = head.tag_ == "NNS" or any(
        c.lower_ in ("a", "an") or c.dep_ == "nummod" or c.ent_type_ == "ORDINAL" for c in head.children
    )
    return counted and not any(
        ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == word.text for ent in word.doc.ents
    )


def _head_at(doc: Doc, i: int) -> tuple[int, str] | None:
    """If an office head word ends at token i, (its first token, normalised head)."""
    if _opens_hyphenated_name(doc, i):
        return None
    if doc[i].text == "." and i > 0 and not doc[i - 1].whitespace_:
        # The tokenizer splits the dot off some abbreviations ("Sens." -> "Sens", ".").
        head = title_head(doc[i - 1].text + ".")
        return (i - 1, head) if head else None
    first = _hyphen_compound_start(doc, i)
    word = doc[first : i + 1].text.lower()
    head = title_head(word)
    if head is None and first != i:
        # A hyphenated office ("ex-president", "vice-premier"): every part an office word, a head last.
        head = word if is_office_compound(word) else None
    return (first, head) if head else None


def _opens_hyphenated_name(doc: Doc, i: int) -> bool:
    """An office's word joined by a hyphen to a capitalised word that is no office ("Amir-Abdollahian", a
    surname; "Vice-President" is an office): the first part of a name, not a title."""
    return i + 2 < len(doc) and _hyphen_inside_name(doc, i + 1) and title_head(doc[i + 2].text) is None


def _title_string(doc: Doc, token_indices: list[int]) -> str:
    parts: list[str] = []
    for k in sorted(token_indices):
        lower = doc[k].lower_
        # An office is recorded in the singular, as each of the persons holds it ("foreign ministers").
        parts.append(TITLE_ABBREVIATIONS.get(lower) or singular_title_head(lower) or lower)
        parts.append(doc[k].whitespace_ and " ")
    return _clean_text("".join(parts)).replace(" - ", "-")


def _entity_country(ent: Span | None, token: Token) -> str | None:
    text = ent.text if ent is not None else token.text
    start, end = (ent.start, ent.end) if ent is not None else (token.i, token.i + 1)
    stripped_start, stripped_end = _strip_span(token.doc, start, end)
    if stripped_end > stripped_start:
        text = token.doc[stripped_start:stripped_end].text
    return _span_country(text)


def _names_a_body(doc: Doc, start: int, i: int) -> bool:
    """The ORG tokens start..i, from the last country word or lower-case word on, are two or more
    capitalised words not all office words: a body's name ("World Bank" President), not the model's
    tag on a portfolio ("U.S. Treasury" Secretary, "Swiss Economics" Minister, "Defence" Minister)."""
    first = start
    for k in range(start, i + 1):
        if (
            doc[k].is_lower
            or doc[k].is_punct
            or _span_country(doc[k].text)
            or country_by_demonym(doc[k].text)
        ):
            first = k + 1
    words = doc[first : i + 1]
    return len(words) > 1 and not all(is_title_word(t.text) for t in words)


def _is_listed_body(ent: Span) -> bool:
    """A national institution or international body of the lexicon ("Federal Reserve", "IMF"); not a
    chamber named by one office word, which is part of the office ("Senate Majority Leader")."""
    start, end = _strip_span(ent.doc, ent.start, ent.end)
    name = ent.doc[start:end].text
    if end <= start or (end - start == 1 and is_title_word(name)):
        return False
    return institution_country(name) is not None or is_international_body(name)


def _listed_body_ending_at(doc: Doc, i: int) -> int | None:
    """The start of a listed international or national body whose capitalised name ends at token ``i``
    (:func:`_is_listed_body` on the words the model left untagged)."""
    if not (doc[i].is_title or doc[i].is_upper):
        return None
    for start in range(max(0, i - 3), i + 1):
        words = doc[start : i + 1]
        if all(t.is_title or t.is_upper for t in words) and _is_listed_body(words):
            return start
    return None


def _read_modifiers_left(
    doc: Doc,
    i: int,
    ents: list[Span | None],
    title_tokens: list[int],
    countries: list[str],
    links: _TitleLinks | None = None,
) -> int:
    """Read title modifiers and country words leftwards from token i (inclusive); return the index of
    the first token not read.  Country words inside the title ("Deputy U.S. Trade Representative")
    give the affiliation and are left out of the title.  An organisation or a person that starts the
    phrase ("MITI vice president", "Obama's deputy adviser") is recorded in ``links``."""
    while i >= 0:
        token = doc[i]
        ent = ents[i]
        if ent is not None and ent.end > i + 1:
            # The entity runs on into the title or the name ("South African President Thabo Nkosi" as one
            # ORG): its part up to here is a country word of its own or nothing the tagger said.
            clipped = doc[ent.start : i + 1]
            ent = clipped if _span_country(clipped.text) else None
        if token.text == ")" and i >= 3 and doc[i - 2].text == "(" and doc[i - 1].is_upper:
            i, name_read = _read_bracketed_acronym(doc, i, ents, links)
            if name_read:
                return i
            continue
        if token.text in _POSSESSIVE_TOKENS and token.tag_ == "POS" and i > 0:
            _read_owner(doc, i - 1, ents, countries, links)
            return i
        if ent is not None and ent.label_ in ("ORG", "FAC") and ent.text.lower() in GOVERNMENT_ORGANIZATIONS:
            # "White House press secretary": the metonym gives the country and starts the phrase.
            countries.append(GOVERNMENT_ORGANIZATIONS[ent.text.lower()])
            return ent.start - 1
        if token.lower_ in PARTY_COUNTRY and token.text[:1].isupper():
            countries.append(PARTY_COUNTRY[token.lower_])
            i -= 1
            continue
        if (
            ent is not None
            and ent.label_ == "ORG"
            and (_names_a_body(doc, ent.start, i) or _is_listed_body(ent))
        ):
            # "World Bank President": the body the office serves, not part of the office (one word, or
            # title words only, is the model's tag on a portfolio: "Treasury Secretary", "Defence Minister").
            if links is not None:
                links.organizations.append(_strip_span(doc, ent.start, ent.end))
            return i
        if ent is None and (body_start := _listed_body_ending_at(doc, i)) is not None:
            # "European Commission President X" after a dateline, the body untagged: a listed body still
            if links is not None:
                links.organizations.append((body_start, i + 1))
            return i
        if is_title_word(token.text) and not (ent is not None and ent.label_ in ("GPE", "NORP", "PERSON")):
            title_tokens.append(token.i)
            i -= 1
            continue
        if (country_word := _country_word_ending_at(doc, i, ent)) is not None:
            code, i = country_word
            countries.append(code)
            continue
        if token.is_lower and token.is_alpha and token.pos_ in ("NOUN", "ADJ") and not token.is_stop:
            title_tokens.append(token.i)  # "press secretary", "managing director"
            i -= 1
            continue
        # "Finance *and* National Economy Minister", "vice-president"
        if _joins_portfolios(doc, i, ents, title_tokens) or _joining_hyphen(token):
            title_tokens.append(token.i)
            i -= 1
            continue
        if ent is None and _untagged_body_of_nationality(doc, i, ents):
            i -= 1  # "Israeli Mossad chief": a body the model left untagged, after the nationality it is of
            continue
        if ent is not None and ent.text.lower() in GOVERNMENT_ORGANIZATIONS:
            countries.append(GOVERNMENT_ORGANIZATIONS[ent.text.lower()])
        elif ent is not None and ent.label_ == "ORG" and links is not None:
            links.organizations.append(_strip_span(doc, ent.start, ent.end))  # "Mondelez CEO"
        elif ent is None and token.is_upper and is_international_body(token.text) and links is not None:
            links.organizations.append((token.i, token.i + 1))  # "IMF managing director" the NER missed
        return i
    return i


def _untagged_body_of_nationality(doc: Doc, i: int, ents: list[Span | None]) -> bool:
    """A capitalised name the model left untagged, right after a country word ("Israeli *Mossad* chief")."""
    token = doc[i]
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and i > 0
        and _country_word_ending_at(doc, i - 1, ents[i - 1]) is not None
    )


def _country_word_ending_at(doc: Doc, i: int, ent: Span | None) -> tuple[str, int] | None:
    """A country word ending at token i, with the index of the token before it: the entity's country
    ("Chinese"), or a two-word demonym the model tagged as two ("Saudi Arabian Oil Minister")."""
    token = doc[i]
    code = _entity_country(ent, token) if (ent is not None or token.text[:1].isupper()) else None
    if code:
        return code, (ent.start if ent is not None else i) - 1
    if i > 0 and token.is_title and (code := country_by_demonym(doc[i - 1 : i + 1].text)) is not None:
        return code, i - 2
    return None


def _read_bracketed_acronym(
    doc: Doc, i: int, ents: list[Span | None], links: _TitleLinks | None
) -> tuple[int, bool]:
    """ "the Export Credits Guarantee Department's (ECGD) chief executive", with ")" at token i: the
    acronym the name defines is the body served, and so is the ORG name before it. Returns the token
    before the bracket and whether that name was read (which ends the phrase)."""
    if links is not None:
        links.organizations.append((i - 1, i))
    i -= 3
    named = ents[i] if i >= 0 else None
    if named is None or named.label_ != "ORG":
        return i, False
    if links is not None:
        links.organizations.append(_strip_span(doc, named.start, named.end))
    return i, True


def _read_owner(
    doc: Doc, owner_token: int, ents: list[Span | None], countries: list[str], links: _TitleLinks | None
) -> None:
    """ "Russia's Defence Minister": the possessive owner is the affiliation, and starts the phrase."""
    owner = ents[owner_token]
    code = _entity_country(owner, doc[owner_token]) or country_by_capital(doc[owner_token].text)
    if code:
        countries.append(code)
    elif owner is not None and owner.text.lower() in GOVERNMENT_ORGANIZATIONS:
        countries.append(GOVERNMENT_ORGANIZATIONS[owner.text.lower()])
    elif owner is not None and links is not None:
        # "Obama's adviser" serves Obama's government; "Nabisco's spokeswoman" its company.
        if owner.label_ == "PERSON":
            links.owners.append(owner_token)
        elif owner.label_ == "ORG":
            links.organizations.append(_strip_span(doc, owner.start, owner.end))


def _joins_portfolios(doc: Doc, i: int, ents: list[Span | None], title_tokens: list[int]) -> bool:
    """Token i is "and" between two parts of one office ("Finance and National Economy Minister")."""
    if doc[i].lower_ not in ("and", "&") or not title_tokens or i == 0:
        return False
    before = ents[i - 1]
    if title_head(doc[i - 1].text) is not None:
        return False  # "president and chief executive officer": two offices, the nearer one is read
    return is_title_word(doc[i - 1].text) and not (before is not None and before.label_ in ("GPE", "NORP"))


# How many words a portfolio after "for" may have ("for Asian affairs", "for finance and industry").
_MAX_PORTFOLIO_WORDS = 4


def _is_portfolio_word(token: Token, ents: list[Span | None]) -> bool:
    ent = ents[token.i]
    return token.is_alpha and not token.is_stop and not (ent is not None and ent.label_ in ("PERSON", "ORG"))


def _portfolio_end(doc: Doc, for_index: int, ents: list[Span | None]) -> int | None:
    """End of the portfolio an office serves, after "for" ("senior director *for Asian affairs* at
    the NSC", "vice-president for Latin America"): words that are no person, organisation or
    function word ("and" inside), up to a comma or a preposition; None if there is none."""
    end = for_index + 1
    while end < len(doc) and end - for_index <= _MAX_PORTFOLIO_WORDS:
        if _is_portfolio_word(doc[end], ents) or (
            doc[end].lower_ == "and" and end + 1 < len(doc) and _is_portfolio_word(doc[end + 1], ents)
        ):
            end += 1
            continue
        break
    return end if end > for_index + 1 and doc[end - 1].lower_ != "and" else None


def _portfolio_start(doc: Doc, i: int, ents: list[Span | None]) -> int | None:
    """The "for" of a portfolio ending at token i, after an office ("Minister of State *for Finance
    and Industry*, Ahmed al-Tayer"), or None."""
    for k in range(i - 1, max(i - _MAX_PORTFOLIO_WORDS - 1, 0), -1):
        if doc[k].lower_ == "for":
            return k if _portfolio_end(doc, k, ents) == i + 1 and _ends_office(doc, k - 1, ents) else None
    return None


def _ends_office(doc: Doc, i: int, ents: list[Span | None]) -> bool:
    """An office head, or a listed "of" object after one ("minister of state"), ends at token i."""
    if i < 0:
        return False
    if _head_at(doc, i) is not None:
        return True
    for of_index in range(i - 1, max(i - 5, 0), -1):
        if doc[of_index].lower_ == "of":
            return _of_object_end(doc, of_index, ents) == i + 1 and _head_at(doc, of_index - 1) is not None
    return False


def _before_destination(doc: Doc, i: int, ents: list[Span | None]) -> int:
    """For a title ending at token i in "to <place>" ("Turkish Ambassador to Athens Nazmi Akiman",
    "envoy to Syria"), the token before "to", where the office ends; else i. The place is where the
    person is posted, not their country, so it is read as neither title nor affiliation."""
    ent = ents[i]
    if ent is None or ent.label_ not in ("GPE", "LOC") or ent.end != i + 1 or ent.start < 2:
        # ("Ambassador to Nepal Vikram Nair": the model ran the country and the name into one entity)
        glued = i >= 2 and ent is not None and ent.label_ == "ORG" and ent.start == i
        if not glued or country_by_name(doc[i].text) is None:
            return i
        to = i - 1
        return to - 1 if doc[to].lower_ == "to" and _head_at(doc, to - 1) is not None else i
    to = ent.start - 1
    return to - 1 if doc[to].lower_ == "to" and _head_at(doc, to - 1) is not None else i


def _office_of_country(doc: Doc, i: int) -> tuple[int, list[str]]:
    """For a title ending at token i in "of <country>" ("President of Turkiye Recep Tayyip Erdogan", the
    style of foreign ministries' readouts): the token before "of", where the office ends, and the country,
    which is the person's; else (i, [])."""
    for length in range(_COUNTRY_WORDS_MAX, 0, -1):
        of = i - length
        # the office before "of" may end in a portfolio ("Minister of National Defence of the People's
        # Republic of China Li Shangfu"), read on as any "<head> of <object>"
        if of < 1 or doc[of].lower_ != "of" or not doc[of - 1].is_title or doc[i].tag_ == "POS":
            continue
        code = country_by_name(doc[of + 1 : i + 1].text)
        if code is not None:
            return of - 1, [code]
    return i, []


def _of_object_end(doc: Doc, of_index: int, ents: list[Span | None]) -> int | None:
    """End token of the object of "of" that continues an office name: a listed portfolio ("of state",
    "of the Treasury") or an organisation ("leader of the Anti-Defamation League")."""
    n = len(doc)
    for object_length in (4, 3, 2, 1):
        end = of_index + 1 + object_length
        if end <= n and doc[of_index + 1 : end].text.lower() in TITLE_OF_OBJECTS:
            return end
    start = of_index + 1
    if start < n and doc[start].lower_ == "the":
        start += 1
    # spaCy puts the article inside some ORG spans ("the Anti-Defamation League") and not others.
    if start < n and ents[start] is not None and ents[start].label_ == "ORG" and ents[start].start <= start:
        return ents[start].end
    return None


def _description_country(doc: Doc, noun: int, ents: list[Span | None], mention: _PersonMention) -> None:
    """ "his Ugandan counterpart Samuel Okello": the country words before a relational noun are the
    person's own country (a title word among them, "his Ugandan defence counterpart", is read past but
    not kept: the noun names no office)."""
    countries: list[str] = []
    _read_modifiers_left(doc, noun - 1, ents, [], countries)
    mention.countries.extend(countries)


def _title_before(doc: Doc, start: int, ents: list[Span | None], mention: _PersonMention) -> None:
    """Titles written before a name: "Chinese defence minister Li", "Secretary of State John Kerry",
    and a title set off by a comma: "The finance minister, Lou Jiwei," / "the secretary of the
    Treasury, Jacob J. Lew"."""
    links = _TitleLinks()  # kept only if the title is
    i = start - 1
    while i >= 0 and doc[i].lower_ in HONORIFICS:
        _mark_gender(mention, doc[i].lower_)
        i -= 1
    if i < 0:
        return
    if doc[i].tag_ == "POS" and i > 0 and (owner := ents[i - 1]) is not None and owner.label_ == "GPE":
        # "Norway's Espen Barth Eide": a country owning a name without a title is the person's country
        if (code := _span_country(owner.text)) is not None:
            mention.countries.append(code)
        return
    before_comma = doc[i].text == "," and i > 0
    if before_comma:
        i -= 1
    title_tokens: list[int] = []
    if _described_by_relation(doc, i, start, before_comma, ents, mention):
        return
    i = _before_destination(doc, i, ents)
    i, office_country = _office_of_country(doc, i)
    for_index = _portfolio_start(doc, i, ents)
    if for_index is not None:  # "Minister of State for Finance and Industry, Ahmed al-Tayer"
        title_tokens.extend(range(for_index, i + 1))
        i = for_index - 1
    head = _head_at(doc, i)
    head_index = i
    if head is None:
        # "<head> of <object> <Name>" ("Secretary of State John Kerry"; "the Minister for Foreign Affairs of
        # Japan, X")
        for of_index in range(i - 1, max(i - 7, 0), -1):
            if doc[of_index].lower_ not in ("of", "for"):
                continue
            if _of_object_end(doc, of_index, ents) != i + 1:
                break
            head = _head_at(doc, of_index - 1)
            head_index = of_index - 1
            if head is not None:
                title_tokens.extend(range(of_index, i + 1))
                # (the object's organisation, not a span the model ran over the whole office: "the Minister
                # of Foreign Affairs of Japan" tagged ORG)
                if ents[i] is not None and ents[i].label_ == "ORG" and ents[i].start > of_index:
                    links.organizations.append(_strip_span(doc, ents[i].start, ents[i].end))
                i = of_index - 1
            break
        if head is None and office_country and (chain := _office_chain_head(doc, i)) is not None:
            of_index, head = chain
            head_index = of_index - 1
            title_tokens.extend(range(of_index, i + 1))
            i = of_index - 1
        if head is None:
            return
    first, head_word = head
    title_tokens.extend(range(first, i + 1))
    countries: list[str] = office_country
    before = _read_modifiers_left(doc, first - 1, ents, title_tokens, countries, links)
    # A comma-separated title must be a whole noun phrase ("the finance minister, Lou", or one that
    # starts the sentence); otherwise the comma ends a list or a clause ("..., Obama").
    if before >= 0 and links.organizations and ents[before] is not None and ents[before].label_ == "ORG":
        before = ents[before].start - 1  # "Escom chairman, John Maree": the organisation opens the phrase
    # "the finance minister, Lou", "Two military analysts, Patrick Megahan and Chris Harman", "Bahrain's
    # finance minister, Ibrahim Abdul-Karim"
    if before >= 0 and doc[before].lower_ == "its" and (body := _body_before(doc, before, ents)) is not None:
        links.organizations.append(body)  # "a team from the IMF led by its managing director, X"
    before, first_office = _coordinated_office(doc, before, ents, countries, links, before_comma)
    if before_comma and not (_opens_phrase(doc, before) or doc[before + 1].is_sent_start):
        return
    if first_office is not None:
        _keep_title(mention, first_office[0], countries, links, first_office[1])
    title = office_title(_title_string(doc, title_tokens))
    _keep_title(mention, title, countries, links, head_word)
    _note_plural_title(mention, doc[first : head_index + 1].text, title, countries)
    if before > 0 and doc[before].text == ",":
        # "his Lao counterpart, Lieutenant General X": a rank set off after a relational noun, which gives
        # the person's country as it does before a bare name
        _described_by_relation(doc, before - 1, start, True, ents, mention)


def _opens_phrase(doc: Doc, before: int) -> bool:
    """The token before a title opens its noun phrase: the sentence's start, an article, punctuation, a
    number or a possessive."""
    return (
        before < 0
        or doc[before].lower_ in ("the", "a", "an", "its")
        or doc[before].is_punct
        or doc[before].like_num
        or doc[before].text in _POSSESSIVE_TOKENS
    )


def _office_set_off_after(doc: Doc, ents: list[Span | None], start: int) -> bool:
    """An office starts at token ``start`` and runs, through its portfolio and state, to a comma before a
    name ("and Minister for Defence of Australia, Richard Marles"); not one written before its holder's
    name ("The Secretary and Foreign Minister Vlaicu last met": two persons)."""
    if not is_title_word(doc[start].text):
        return False
    for token in doc[start : start + 12]:
        if token.text == ",":
            return True
        entity = ents[token.i]
        if entity is not None and entity.label_ == "PERSON":
            return False
        if not (token.is_title or token.lower_ in ("of", "for", "the", "and")):
            return False
    return False


def _described_by_relation(
    doc: Doc, i: int, start: int, before_comma: bool, ents: list[Span | None], mention: _PersonMention
) -> bool:
    """ "his Ugandan counterpart Samuel Okello", "his Honduran host, Julio Paz": a relational noun before the
    name gives its country and no office; True when token i is one."""
    # "his Irish counterpart, Leo Varadkar": set off by a comma only as the noun's apposition
    apposed = before_comma and any(t.dep_ == "appos" and t.head.i == i for t in doc[start : start + 4])
    # (or closed by a comma or the sentence's end, however the parser hung it: "talks with his Polish
    # counterpart, Wladyslaw Kosiniak-Kamysz, at the ministry")
    apposed = apposed or (before_comma and _name_closed_by_punctuation(doc, start))
    if doc[i].lower_ not in COUNTERPART_NOUNS | HOSPITALITY_NOUNS or (before_comma and not apposed):
        return False
    _description_country(doc, i, ents, mention)
    # (a host holds no office of the guest's: "his Honduran host" is no foreign minister)
    mention.is_counterpart = doc[i].lower_ in COUNTERPART_NOUNS
    return True


def _name_closed_by_punctuation(doc: Doc, start: int) -> bool:
    """The capitalised words from ``start`` (hyphens inside them included, four at most) end at a comma or
    a full stop."""
    end = start
    while end < min(start + 6, len(doc)) and (doc[end].is_title or _hyphen_inside_name(doc, end)):
        end += 1
    return end > start and (end == len(doc) or doc[end].text in (",", ".", ";"))


def _coordinated_office(
    doc: Doc, before: int, ents: list[Span | None], countries: list[str], links: _TitleLinks, set_off: bool
) -> tuple[int, tuple[str | None, str] | None]:
    """ "the Deputy Prime Minister and Minister for Defence of Australia, Richard Marles": an office
    coordinated before the one read, all set off by a comma before the name, is the same person's too
    ("The Secretary and Foreign Minister Vlaicu met" are two persons); so is one after a nationality the
    second office lacks ("Lao Deputy Prime Minister and Minister of Foreign Affairs X": the nationality
    is the whole phrase's). Returns the token before the whole phrase and the first office's (title, head
    word), or (``before``, None) when no office is coordinated."""
    if before < 1 or doc[before].lower_ != "and" or (other := _head_at(doc, before - 1)) is None:
        return before, None
    other_first, other_word = other
    other_tokens = list(range(other_first, before))
    other_countries: list[str] = []
    other_links = _TitleLinks()
    start = _read_modifiers_left(doc, other_first - 1, ents, other_tokens, other_countries, other_links)
    if not set_off and (countries or not other_countries):
        return before, None
    countries.extend(other_countries)
    links.organizations.extend(other_links.organizations)
    links.owners.extend(other_links.owners)
    links.companions.extend(other_links.companions)
    return start, (office_title(_title_string(doc, other_tokens)), other_word)


def _body_before(doc: Doc, pronoun: int, ents: list[Span | None]) -> tuple[int, int] | None:
    """The organisation "its" takes up: the last one named before it in the sentence."""
    for k in range(pronoun - 1, doc[pronoun].sent.start - 1, -1):
        ent = ents[k]
        if ent is not None and ent.label_ == "ORG":
            return _strip_span(doc, ent.start, ent.end)
    return None


def _apposition_last_title_word(doc: Doc, j: int, ents: list[Span | None]) -> tuple[int | None, int]:
    """(the last title head of the apposition starting at token ``j``, or None; the token the walk stopped
    at). The walk crosses title words, countries, possessive owners and lower-case nouns/adjectives."""
    n = len(doc)
    last = None
    k = j
    while k < n and k < j + 8:
        token = doc[k]
        if is_title_word(token.text) or token.text in _POSSESSIVE_TOKENS or token.text == "-":
            last = k if _head_at(doc, k) else last
            k += 1
            continue
        if ents[k] is not None and ents[k].label_ in ("GPE", "NORP"):
            k = ents[k].end
            continue
        following = ents[k + 1] if k + 1 < n else None
        if (
            token.lower_ == "and"
            and k > j
            and k + 1 < n
            and (
                is_title_word(doc[k + 1].text)
                or (following is not None and following.label_ in ("GPE", "NORP"))
            )
        ):
            k += 1  # ", the Democratic and Republican candidates", ", the finance and economy minister"
            continue
        owner = ents[k]
        owner_is_possessive = (
            owner is not None and owner.end < n and doc[owner.end].text in _POSSESSIVE_TOKENS
        )
        if owner_is_possessive and owner.label_ in ("PERSON", "ORG"):  # ", Obama's deputy adviser"
            k = owner.end
            continue
        if (
            owner is not None
            and owner.label_ == "ORG"
            and owner.end < n
            and is_title_word(doc[owner.end].text)
        ):
            k = owner.end  # ", World Bank vice-president for Latin America": the body the office serves
            continue
        if token.is_lower and token.is_alpha and token.pos_ in ("NOUN", "ADJ") and not token.is_stop:
            k += 1
            continue
        break
    return last, k


def _apposition_nationality(
    doc: Doc, j: int, k: int, ents: list[Span | None], mention: _PersonMention
) -> None:
    """ ", a Lebanese citizen": no office, but the apposition (tokens j..k) states the nationality."""
    n = len(doc)
    if not (
        k > j and doc[k - 1].pos_ == "NOUN" and (k >= n or doc[k].is_punct or doc[k].pos_ in ("VERB", "ADP"))
    ):
        return
    for position in range(j, k):
        ent = ents[position]
        if ent is not None and ent.label_ == "NORP":
            code = country_by_demonym(ent.text)
            if code:
                mention.countries.append(code)
                return


# Verbs of a relative clause that states an office like an apposition: ", who is the finance minister,",
# ", who served as Obama's secretary of state,".
_COPULA_LEMMAS: frozenset[str] = frozenset({"be", "serve", "become"})


def _after_relative_copula(doc: Doc, j: int) -> int:
    """Token j, or the token after "who is" / "who served as" that starts there (the office that follows
    is read as an apposition)."""
    if j + 1 >= len(doc) or doc[j].lower_ != "who" or doc[j + 1].lemma_ not in _COPULA_LEMMAS:
        return j
    k = j + 2
    return k + 1 if k < len(doc) and doc[k].lower_ == "as" else k


def _title_after(doc: Doc, end: int, ents: list[Span | None], mention: _PersonMention) -> None:
    """Titles and countries after a name: "King Fahd of Saudi Arabia", "Shoigu, Russia's defence
    minister", "Kerry, the secretary of state"."""
    n = len(doc)
    while end < n and doc[end].is_upper and doc[end].lower_ in POST_NOMINALS:
        end += 1  # "Anthony Albanese MP, Prime Minister of Australia"
    # ("Ruud Lubbers of the Netherlands": the article may stand outside the country's entity)
    country_at = (
        end + 2 if end + 2 < n and doc[end + 1].lower_ == "the" and ents[end + 1] is None else end + 1
    )
    if end < n and doc[end].lower_ == "of" and country_at < n and ents[country_at] is not None:
        code = _entity_country(ents[country_at], doc[country_at])
        if code:
            mention.countries.append(code)
        return
    if end >= n or doc[end].text != ",":
        return
    j = _after_relative_copula(doc, end + 1)
    if j < n and doc[j].lower_ in ("the", "a", "an"):
        j += 1
    # Walk the apposition rightwards to its last title word, then read it back leftwards with the
    # same rules as a pre-name title.
    last, k = _apposition_last_title_word(doc, j, ents)
    if last is None:
        _apposition_nationality(doc, j, k, ents, mention)
        return
    if last + 1 < n and doc[last + 1].pos_ in ("NOUN", "PROPN") and doc[last + 1].text[:1].islower():
        return
    if last + 1 < n and ents[last + 1] is not None and ents[last + 1].label_ == "PERSON":
        return  # ", President Reagan ..." is another person's pre-name title, not an apposition
    if last + 1 < n and doc[last + 1].tag_ in ("VBD", "VBZ", "VBP", "MD"):
        # "In his meeting with X, the Prime Minister discussed ...": a description no comma closes, before
        # a finite verb, is the subject of the clause after the comma, another person, not X's apposition
        return
    title_tokens: list[int] = []
    first, head_word = _head_at(doc, last)  # type: ignore[misc]
    title_tokens.extend(range(first, last + 1))
    countries: list[str] = []
    links = _TitleLinks()
    _read_modifiers_left(doc, first - 1, ents, title_tokens, countries, links)
    title_tokens = [t for t in title_tokens if t >= j]
    links.organizations.extend(_organization_after_title(doc, last + 1, ents))
    # "..., the secretary of state" / "..., the king of Saudi Arabia"
    if last + 2 < n and doc[last + 1].lower_ == "of":
        object_end = _of_object_end(doc, last + 1, ents)
        if object_end is not None:
            title_tokens.extend(range(last + 1, object_end))
        else:
            code = _entity_country(ents[last + 2], doc[last + 2]) if ents[last + 2] is not None else None
            if code:
                countries.append(code)
            object_end = ents[last + 2].end if ents[last + 2] is not None else last + 3
        if object_end < n and doc[object_end].pos_ == "PROPN" and doc[object_end].is_title:
            return  # ", Prime Minister of New Zealand Chris Hipkins": the next person's pre-name title
    after_office = max(title_tokens, default=last) + 1
    if (
        after_office < n and doc[after_office].lower_ == "for"
    ):  # ", deputy adviser for strategic communications"
        portfolio_end = _portfolio_end(doc, after_office, ents)
        if portfolio_end is not None:
            title_tokens.extend(range(after_office, portfolio_end))
    title = office_title(_title_string(doc, title_tokens))
    if singular_title_head(doc[last].text) is not None:
        # ", government officials said" after one name is no apposition; after "A and B" it is theirs.
        _note_plural_title(mention, doc[last].text, title, countries)
        return
    _keep_title(mention, title, countries, links, head_word)


# Prepositions that attach an office to the organisation it serves ("a spokeswoman *for* Nabisco",
# "senior director *at* the National Security Council", "an economist *with* Salomon Brothers").
AFFILIATION_PREPOSITIONS: frozenset[str] = frozenset({"for", "at", "of", "with"})


def _organization_after_title(doc: Doc, i: int, ents: list[Span | None]) -> list[tuple[int, int]]:
    """The organisation an apposed title serves: the first ORG after an affiliation preposition within
    the apposition (which ends at a comma, a full stop or a verb)."""
    n = len(doc)
    limit = min(n, i + 10)
    k = i
    while k < limit:
        token = doc[k]
        if token.text in (",", ".", ";", "(") or token.pos_ in ("VERB", "AUX"):
            return []
        if token.lower_ in AFFILIATION_PREPOSITIONS:
            target = k + 1
            if target < n and doc[target].lower_ == "the":
                target += 1
            ent = ents[target] if target < n else None
            if ent is not None and ent.label_ == "ORG":
                return [_strip_span(doc, ent.start, ent.end)]
        k += 1
    return []


def _keep_title(
    mention: _PersonMention, title: str | None, countries: list[str], links: _TitleLinks, head_word: str
) -> None:
    """A title read around a name is kept only if it is made of office words; the countries, the
    organisation or person it names, and the gender of its head word come with it, or not at all."""
    if not title:
        return
    mention.titles.append(title)
    mention.countries.extend(countries)
    mention.links.organizations.extend(links.organizations)
    mention.links.owners.extend(links.owners)
    _mark_gender(mention, head_word)


def _note_plural_title(
    mention: _PersonMention, head_text: str, title: str | None, countries: list[str]
) -> None:
    if title and singular_title_head(head_text) is not None:
        mention.plural_title = (title, tuple(countries))


# What may stand between two names of one coordination: "A and B", "A, B and C", "A or B".
_COORDINATION_TOKENS: frozenset[str] = frozenset({",", "and", "or", "&"})


def _coordinations(doc: Doc, mentions: list[_PersonMention]) -> list[list[_PersonMention]]:
    """Runs of two or more name mentions joined by "and"/"or", with commas before ("A, B and C"), in text
    order."""
    runs: list[list[_PersonMention]] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        previous = runs[-1][-1] if runs else None
        between = doc[previous.end : mention.start] if previous is not None else None
        if (
            between is not None
            and 0 < len(between) <= 2
            and all(t.lower_ in _COORDINATION_TOKENS for t in between)
        ):
            runs[-1].append(mention)
        else:
            runs.append([mention])
    # "A, B" with no conjunction is a list or an apposition, not a coordination.
    return [
        run for run in runs if len(run) > 1 and any(t.lower_ != "," for t in doc[run[-2].end : run[-1].start])
    ]


def _give_counterparts_offices(doc: Doc, mentions: list[_PersonMention]) -> None:
    """ "Brazilian Finance Minister Dilson Funaro met his Swiss counterpart Otto Stich": a counterpart
    holds the office of the nearest titled person named before in the same sentence."""
    for mention in mentions:
        if not mention.is_counterpart or mention.titles:
            continue
        sentence_start = doc[mention.start].sent.start
        earlier = [
            m
            for m in mentions
            if m.titles and sentence_start <= m.start < mention.start and m.words != mention.words
        ]
        if earlier:
            office = max(earlier, key=lambda m: m.start).titles[0]
            # (the counterpart of a Secretary of State or an External Affairs Minister is a foreign minister)
            mention.titles.append(NATIONAL_OFFICE_NAMES.get(office, office))


def _share_coordinated_titles(doc: Doc, mentions: list[_PersonMention]) -> None:
    """A plural title before the first name ("Sens. Carper and Coons") or after the last ("Clinton and
    Trump, the presidential candidates") is the office of every name of the coordination, with its
    countries ("Swiss Foreign Ministers A and B")."""
    for run in _coordinations(doc, mentions):
        for source in (run[0], run[-1]):
            if source.plural_title is None:
                continue
            title, countries = source.plural_title
            for mention in run:
                if title not in mention.titles:
                    mention.titles.append(title)
                    mention.countries.extend(countries)


def _respective_counterparts(doc: Doc, mentions: list[_PersonMention]) -> None:
    """ "his Japanese and Korean counterparts, A and B": as many countries as names, each in turn (the
    countries read before the plural noun would otherwise go to one name, or all)."""
    for run in _coordinations(doc, mentions):
        noun = run[0].start - 2
        if noun < 1 or doc[noun + 1].text != "," or doc[noun].lower_ not in COUNTERPART_NOUNS:
            continue
        words = [doc[noun - 1]] if doc[noun - 1].dep_ in ("amod", "conj", "compound") else []
        while words and words[0].dep_ == "conj":
            words.insert(0, words[0].head)
        coordinated = sorted({w.i: w for w in words for w in (w, *w.conjuncts)}.values(), key=lambda t: t.i)
        countries = [country_by_demonym(w.text) or country_by_name(w.text) for w in coordinated]
        if len(countries) != len(run) or None in countries:
            continue
        for mention, iso3 in zip(run, countries, strict=True):
            mention.countries = [iso3] if iso3 is not None else []


def _mark_gender(mention: _PersonMention, word: str) -> None:
    if word in FEMALE_MARKERS:
        mention.female = True
    elif word in MALE_MARKERS:
        mention.female = False


def _is_subject(token: Token) -> bool:
    while token.dep_ in ("compound", "flat", "appos", "conj") and token.head is not token:
        token = token.head
    return token.dep_ in _SUBJECT_DEPS


def _royal_short_form(words: tuple[str, ...], cluster_words: tuple[str, ...]) -> bool:
    """ "Sheikh Tamim" of "Sheikh Tamim bin Hamad Al Thani" (or of "Tamim bin Hamad Al Thani"): a royal
    title before the given name the full name opens with."""
    full = cluster_words[1:] if cluster_words[0] in ROYAL_TITLES else cluster_words
    return len(words) == 2 and words[0] in ROYAL_TITLES and len(full) > 1 and full[0] == words[1]


def _cluster_persons(mentions: list[_PersonMention]) -> list[_Cluster]:
    """Group name mentions into persons: full names by first+last word, then shorter forms (a surname,
    "Li" of "Li Shangfu", "Peña Nieto" of "Enrique Peña Nieto") join the nearest preceding full name
    that contains them (or the first following one when the short form comes first, as in headlines)."""
    clusters: list[_Cluster] = []
    multi = [m for m in mentions if len(m.words) > 1]
    for mention in sorted(multi, key=lambda m: (-len(m.words), m.start)):
        for index, cluster in enumerate(clusters):
            # Compared case-insensitively: a headline in capitals ("DONALD TRUMP") names the same person.
            words, cluster_words = _folded(mention.words), _folded(cluster.words)
            same_ends = cluster_words[0] == words[0] and cluster_words[-1] == words[-1]
            if (
                same_ends
                or _is_contiguous_part(words, cluster_words)
                or _royal_short_form(words, cluster_words)
            ):
                mention.cluster = index
                break
        else:
            mention.cluster = len(clusters)
            clusters.append(_Cluster(words=mention.words, first_token=mention.start))
        clusters[mention.cluster].mentions.append(mention)
    for cluster in clusters:
        cluster.relative = all(m.is_relative for m in cluster.mentions)
        cluster.office_holder = any(m.titles for m in cluster.mentions)
    for mention in sorted((m for m in mentions if len(m.words) == 1), key=lambda m: m.start):
        word = normalise_name(mention.words[0])
        containing = [
            index
            for index, cluster in enumerate(clusters)
            if word in _surname_forms(cluster.words[1 if cluster.words[0].lower() in ROYAL_TITLES else 0 :])
        ]
        containing = _principal_namesakes(containing, clusters, mention)
        if containing:
            mention.cluster = _nearest_cluster(containing, clusters, mention.start)
        else:
            mention.cluster = len(clusters)
            clusters.append(_Cluster(words=mention.words, first_token=mention.start))
            clusters[-1].office_holder = bool(mention.titles)
        clusters[mention.cluster].mentions.append(mention)
    for cluster in clusters:
        cluster.first_token = min(m.start for m in cluster.mentions)
    return clusters


def _surname_persons(clusters: list[_Cluster], token: Token) -> list[int]:
    """Persons introduced earlier by this surname alone ("Governor Hale") beside a relative of theirs."""
    return [
        k
        for k, cluster in enumerate(clusters)
        if cluster.words == (token.text,)
        and cluster.first_token < token.i
        and any(other.words[-1] == token.text and other is not cluster for other in clusters)
    ]


def _principal_namesakes(
    containing: list[int], clusters: list[_Cluster], mention: _PersonMention | None
) -> list[int]:
    """Of the persons whose names hold a bare surname, those it can name. Members of one family ("Donald
    Trump" and "his wife Melania Trump"): the surname alone names one not named as a relative, or one it
    introduced with an office ("President Trump ... his wife Melania Trump ... Trump"), a person of its own
    when the only fuller names are relatives' (``mention`` None: a surname the model left untagged); of
    several full names, the one office holder ("President-elect Donald Trump" beside "Melania Trump")."""
    relatives = [k for k in containing if clusters[k].relative]
    office_holders = [k for k in containing if clusters[k].office_holder]
    if not relatives and len(containing) > 1 and len(office_holders) == 1:
        return office_holders  # "President-elect Donald Trump ... Melania Trump ... Trump": the office holder
    if not relatives:
        return containing
    alone = [k for k in containing if len(clusters[k].words) == 1]
    if alone:
        return alone  # "President Trump" read before: the bare surname is that person's
    principals = [k for k in containing if k not in relatives]
    if not principals and mention is not None:
        # "President Trump" before "his wife Melania Trump", "Trump was flanked by his son Donald Trump Jr.":
        # the principal is not his relative
        return []
    return principals or containing


def _folded(words: tuple[str, ...]) -> tuple[str, ...]:
    # The corpus-wide name form, word by word: "WAŁĘSA" in a headline is "Walesa" in the text.
    return tuple(normalise_name(word) for word in words)


def _surname_forms(words: tuple[str, ...]) -> tuple[str, ...]:
    """The folded words a lone surname may repeat: each word, and a word without the particle hyphened to
    it ("al-Sisi" is also "Sisi" on second mention)."""
    stems = tuple(
        normalise_name(parts[1])
        for w in words
        if len(parts := w.split("-", 1)) == 2 and parts[0].lower() in NAME_PARTICLES and parts[1]
    )
    return _folded(words) + stems


def _is_contiguous_part(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """The words of one name inside another's, not as the father's name after "bin" ("King Abdullah II"
    is not "Crown Prince Hussein bin Abdullah II", his son)."""
    size = len(part)
    return any(
        whole[k : k + size] == part and not (k > 0 and whole[k - 1].lower() in PATRONYMIC_PARTICLES)
        for k in range(len(whole) - size + 1)
    )


# The particles of Arabic names before a father's name: "Hussein bin Abdullah", "Tamim bin Hamad".
PATRONYMIC_PARTICLES = frozenset({"bin", "ibn", "bint", "ben"})


def _nearest_cluster(candidates: list[int], clusters: list[_Cluster], token: int) -> int:
    def distance(index: int) -> tuple[int, int]:
        before = [m.start for m in clusters[index].mentions if m.start < token]
        if before:
            return (0, token - max(before))
        return (1, min(m.start for m in clusters[index].mentions) - token)

    return min(candidates, key=distance)


_ROMAN_NUMERAL = re.compile(r"[IVX]{1,4}")


def _untagged_royal_names(doc: Doc, ents: list[Span | None]) -> list[Span]:
    """Recall repair: the small model often leaves "King Fahd", "Prince Charles and Princess Diana"
    untagged (or tags the name ORG/GPE).  A capitalised royal title followed by capitalised proper
    nouns that are not a country is a person's name."""
    spans: list[Span] = []
    n = len(doc)
    for i, token in enumerate(doc[:-1]):
        if token.lower_ not in ROYAL_TITLES or not token.is_title:
            continue
        if ents[i] is not None and ents[i].label_ == "PERSON" and ents[i].end > i + 1:
            continue  # (a PERSON span that ends at the title, "Majesty King", is no name of its own)
        end = i + 1
        while end < n and end < i + 4 and doc[end].pos_ == "PROPN" and doc[end].is_title:
            if ents[end] is not None and ents[end].label_ == "PERSON":
                break
            end += 1
        if end > i + 1 and end < n and _ROMAN_NUMERAL.fullmatch(doc[end].text):
            end += 1  # "King Abdullah II"
        if end == i + 1 or (ents[end - 1] is not None and ents[end - 1].label_ == "PERSON"):
            continue
        name = doc[i + 1 : end]
        if _span_country(name.text) or country_by_capital(name.text) or is_title_word(name[0].text):
            continue
        spans.append(doc[i:end])
    return spans


# Entity labels a name after an office word may wrongly carry ("South African President Thabo Nkosi"
# tagged ORG or GPE): any other label (DATE, MONEY, ...) is not a name.
_MISTAGGED_NAME_LABELS: frozenset[str] = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})


def _titled_name_end(doc: Doc, ents: list[Span | None], start: int) -> int:
    """End of the capitalised proper nouns from ``start`` that can be a person's name (at most three),
    or ``start`` when there is none."""
    end = start
    words = 0
    while end < len(doc) and words < 3:
        token, ent = doc[end], ents[end]
        if token.is_space and end > start and "\n" in token.text and end + 1 < len(doc):
            end += 1  # a wire's line break inside the name ("Richard\nLyng")
            continue
        if _hyphen_inside_name(doc, end) and end > start:
            end += 1  # "Kassym-Jomart": a hyphenated given name is one word of the name
            continue
        if not (token.pos_ == "PROPN" and token.is_title and token.is_alpha) or is_title_word(token.text):
            break
        run_on = ent is not None and ent.label_ == "PERSON" and ent.start < start
        if ent is not None and ent.label_ not in _MISTAGGED_NAME_LABELS and not run_on:
            break  # a PERSON span is read as such (unless it ran on from the title); a date is no name
        end += 1
        words += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    if start < end < len(doc) and _ROMAN_NUMERAL.fullmatch(doc[end].text):
        end += 1  # "King Abdullah II": the regnal number is part of the name
    return end


def _hyphen_inside_name(doc: Doc, i: int) -> bool:
    """A hyphen written tight between two capitalised words ("Kassym-Jomart")."""
    return _joining_hyphen(doc[i]) and i < len(doc) - 1 and doc[i - 1].is_title and doc[i + 1].is_title


def _titled_names(doc: Doc, ents: list[Span | None]) -> list[Span]:
    """Recall repair: an office word before capitalised proper nouns makes them a person's name, even
    when the small model tags them ORG or GPE or not at all ("South African President Thabo Nkosi",
    "Kenyan Foreign Minister Amina Odede", "his counterpart Moses Okello"): an office is held by a
    person. Returns spans from the office word (stripped again by :func:`_person_name_bounds`), or from
    the name after a counterpart or a portfolio. Country names, capitals and demonyms, and a name that
    runs on into an organisation word ("Prime Minister Office"), are not read as names."""
    spans: list[Span] = []
    n = len(doc)
    for i in range(n - 1):
        head = doc[i]
        # "his Ugandan counterpart Moses Okello": a counterpart is a person as an office holder is
        counterpart = head.lower_ in COUNTERPART_NOUNS
        if (title_head(head.text) is None and not counterpart) or head.pos_ not in ("NOUN", "PROPN"):
            continue  # "the official Tanjug agency": an adjective, not an office
        if _opens_hyphenated_name(doc, i):
            continue
        if on_credit_line(doc, head.idx):
            continue  # "Related: President X meets Y": another story's headline
        if (ents[i] is not None and ents[i].label_ == "PERSON") or (
            ents[i + 1] is not None and ents[i + 1].label_ == "PERSON"
        ):
            continue
        first = i + 1
        if counterpart and head.tag_ == "NNS" and doc[first].text == "," and first + 1 < n:
            first += 1  # "his Japanese and Korean counterparts, Kenji Sato and ...": the names they are
        if doc[first].lower_ == "of" and (chained := _after_office_chain(doc, first + 1)) > first + 1:
            first = chained  # "Chief of General Staff of Pakistan Asim Qureshi"
        elif doc[first].lower_ == "to" and (accredited := _after_office_country(doc, first + 1)) > first + 1:
            first = accredited  # "Indian Ambassador to Nepal Vikram Nair": after the country he serves in
        elif doc[first].lower_ == "of":  # "Secretary of Commerce Gina Raimondo": the name after the portfolio
            first = _after_office_portfolio(doc, first + 1, n)
            # "Prime Minister of New Zealand Chris Hipkins": or after the country the office is of, also
            # after a portfolio ("Minister of Foreign Affairs of the Islamic Republic of Iran X")
            if first == i + 2:
                first = _after_office_country(doc, first)
            elif first < n and doc[first].lower_ == "of":
                first = _after_office_country(doc, first + 1)
            if first == i + 2:
                continue
        end = _titled_name_end(doc, ents, first)
        if end > first:
            end = _cut_trailing_non_name(doc, first, end)  # "President Obama Administration"
        name = doc[first:end]
        if not name or (head.is_lower and len(name) < 2):
            continue  # "chairman Citibank": after a lower-case office a lone word is as often a firm
        if end < n and (
            (ents[end] is not None and ents[end].label_ == "PERSON")
            or (
                doc[end].pos_ == "NOUN"
                and doc[end].is_lower
                and doc[end].lower_ not in PERSON_ATTRIBUTE_NOUNS
                and ents[end] is None  # "X today": a time word is no noun the name modifies
            )
        ):
            continue  # the name runs on into a PERSON span, or modifies a noun ("Tanjug news agency")
        if end < n and doc[end].is_title and title_head(doc[end].text) is not None:
            continue  # "Deputy Sports Minister X": the words are the portfolio of a longer office
        if _span_country(name.text) or country_by_capital(name.text) or place_country(name.text):
            continue
        if name.text.lower() in GOVERNMENT_ORGANIZATIONS or any(
            t.lower_ in OFFICE_UNIT_WORDS or t.lower_ in CORPORATE_SUFFIXES for t in name
        ):
            continue
        spans.append(doc[i if first == i + 1 and not counterpart else first : end])
    return spans


def _possessed_names(doc: Doc, ents: list[Span | None]) -> list[Span]:
    """Recall repair: "met Norway's Espen Barth Eide and Spain's X": two or three capitalised proper nouns
    the model left untagged right after a country's possessive, heading their phrase, are a person's name
    (the country's own office holder); a firm, a body or a place after the possessive is not."""
    spans: list[Span] = []
    for i in range(len(doc) - 3):
        owner, mark = doc[i], doc[i + 1]
        owner_entity = ents[i]
        if mark.tag_ != "POS" or owner_entity is None or owner_entity.label_ != "GPE":
            continue
        if not _span_country(owner_entity.text):
            continue
        start = i + 2
        if any(ents[k] is not None for k in range(start, min(start + 3, len(doc)))):
            continue  # tagged: read as the model says
        end = _titled_name_end(doc, ents, start)
        name = doc[start:end]
        if len(name) < 2 or name[-1].dep_ in ("compound", "amod") or owner.head.i != name[-1].i:
            continue  # ("Norway's Statoil Oil Co": runs on into a noun; the possessive must own the name)
        if place_country(name.text) or any(
            t.lower_ in OFFICE_UNIT_WORDS or t.lower_ in CORPORATE_SUFFIXES for t in name
        ):
            continue
        spans.append(name)
    return spans


def _ends_person(token: Token) -> bool:
    """The token ends a PERSON entity (not "Lundy" of "Lundy Engineers")."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.ent_type_ == "PERSON" and (following is None or following.ent_iob_ != "I")


def _names_set_off_after_office(doc: Doc, ents: list[Span | None]) -> list[Span]:
    """Recall repair: "the chairperson of the African Union Commission, Moussa Faki Mahamat": the small
    model often runs the body's label on into the name set off after its comma. Two or three capitalised
    proper nouns right after the comma closing "<office> of <body or country>", ending the clause or the
    phrase, name the office's holder; a place, a country or a body's own words do not."""
    spans: list[Span] = []
    for office in doc:
        if (
            office.pos_ not in ("NOUN", "PROPN")
            or title_head(office.text) is None
            or office.i + 2 >= len(doc)
        ):
            continue
        # ("the Minister for Foreign Affairs of the Republic of Slovenia, X": a portfolio first)
        if doc[office.i + 1].lower_ not in ("of", "for") or on_credit_line(doc, office.idx):
            continue
        comma = _comma_closing_office(doc, office.i + 2)
        if comma is None:
            continue
        start = comma + 1
        while start < len(doc) - 1 and doc[start].lower_ in HONORIFICS:
            start += 1  # ("the Minister of External Relations, H.E. Tete Antonio")
        if ents[start] is not None and ents[start].label_ == "PERSON":
            continue
        end = _titled_name_end(doc, ents, start)
        name = doc[start:end]
        if len(name) < 2 or (end < len(doc) and not (doc[end].is_punct or doc[end].pos_ in ("VERB", "AUX"))):
            continue  # one word, or words running on into a noun phrase ("Geneva-based staff")
        if _span_country(name.text) or country_by_capital(name.text) or place_country(name.text):
            continue
        if any(t.lower_ in OFFICE_UNIT_WORDS or t.lower_ in CORPORATE_SUFFIXES for t in name):
            continue
        spans.append(name)
    return spans


def _comma_closing_office(doc: Doc, start: int) -> int | None:
    """The comma right after the capitalised body or country an office's of-phrase names ("of the African
    Union Commission,"), if the phrase holds nothing else."""
    for i in range(start, min(start + _OFFICE_CHAIN_MAX, len(doc) - 1)):
        token = doc[i]
        if token.text == ",":
            return i if i > start else None
        if not (token.is_title or token.is_upper or token.lower_ in _OFFICE_CHAIN_JOINERS):
            return None
    return None


def _untagged_counterparts(doc: Doc, ents: list[Span | None]) -> list[Span]:
    """Recall repair: wire copy names well-known persons by surname alone ("Shultz and Shevardnadze met",
    "Shultz told Shevardnadze"), and the small model leaves some untagged. A lone capitalised proper noun
    outside any entity is a person's name when it is coordinated with a tagged person, or is the subject of
    a verb whose object is one: an act between two persons. Places, bodies and office words are not."""
    spans: list[Span] = []
    for token in doc:
        if ents[token.i] is not None or not (token.pos_ == "PROPN" and token.is_title and token.is_alpha):
            continue
        if any(c.dep_ in ("compound", "det") for c in token.children) or token.dep_ == "compound":
            continue  # part of a longer name the model read otherwise; "The Advocate" names a thing
        if token.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"):
            continue  # ("Sargent and Lundy Engineers": a modifier of a firm's name)
        before = doc[token.i - 1] if token.i > 0 else None
        if before is not None and (
            before.text in ("(", "/") or (before.text == "-" and not before.whitespace_)
        ):
            continue  # ("Sen. Bernie Sanders (I-Vt.)": a party and state code)
        beside_person = (token.dep_ == "conj" and _ends_person(token.head)) or any(
            c.dep_ == "conj" and _ends_person(c) for c in token.children
        )
        acts_on_person = token.dep_ == "nsubj" and any(
            c.dep_ == "dobj" and _ends_person(c) for c in token.head.children
        )
        if not (beside_person or acts_on_person):
            continue
        text = token.text
        if (
            is_title_word(text)
            or _span_country(text)
            or place_country(text)  # (a capital too)
            or text in NEWS_AGENCIES
            or is_international_body(text)
        ):
            continue
        spans.append(doc[token.i : token.i + 1])
    return spans


def _person_name_mentions(doc: Doc, ents: list[Span | None], quote_mask: list[bool]) -> list[_PersonMention]:
    mentions: list[_PersonMention] = []
    person_spans = [ent for ent in doc.ents if ent.label_ == "PERSON"] + _untagged_royal_names(doc, ents)
    person_spans += _addressed_names(doc)
    person_spans += _titled_names(doc, ents) + _possessed_names(doc, ents) + _untagged_counterparts(doc, ents)
    person_spans += _names_set_off_after_office(doc, ents)
    for ent in person_spans:
        bounds = _person_name_bounds(doc, ent)
        if bounds is None:
            continue
        start, end = bounds
        if doc[start:end].text in NEWS_AGENCIES:
            continue  # "Xinhua said": the model's person is the news agency (read as an organisation)
        if _names_firm(doc, end) or (end - start == 1 and _names_equipment(doc[start])):
            continue
        # Words as written between spaces: a hyphenated name ("Jean-Michel", "Tyler-Sharman",
        # "al-Tayer") is one word of the name.
        words = _sentence_final_name(doc, end, tuple(doc[start:end].text.split()))
        if "-" in (t.text for t in doc[start:end]) and _modifies_following_noun(doc, start, end):
            # "Xi-Putin summit": two names joined by a hyphen before an event noun are two mentions.
            mentions.extend(_split_hyphenated(doc, start, end, quote_mask))
            continue
        mentions.append(_read_name_context(doc, ents, quote_mask, start, end, words))
    _share_coordinated_titles(doc, mentions)
    _respective_counterparts(doc, mentions)
    _give_counterparts_offices(doc, mentions)
    return mentions


def _sentence_final_name(doc: Doc, end: int, words: tuple[str, ...]) -> tuple[str, ...]:
    """ "... met Chinese Defence Minister Dong Jun.": the tokenizer keeps a sentence's full stop on a word it
    takes for an abbreviation ("Jun." for June); the name is the word without it (not "Jr.", an initial)."""
    last = words[-1] if words else ""
    final = end == len(doc) or doc[end].is_sent_start or doc[end].is_space
    if final and last.endswith(".") and len(last) > 3 and last.lower() not in POST_NOMINALS:
        return (*words[:-1], last[:-1])
    return words


def _read_name_context(
    doc: Doc, ents: list[Span | None], quote_mask: list[bool], start: int, end: int, words: tuple[str, ...]
) -> _PersonMention:
    """A name mention with what its surroundings say: titles, countries, role in the sentence."""
    mention = _PersonMention(start=start, end=end, words=words)
    mention.is_subject = _is_subject(doc[end - 1])
    mention.in_quote = quote_mask[doc[start].idx]
    if words[0].lower() in ROYAL_TITLES:
        mention.titles.append(words[0].lower())
        _mark_gender(mention, words[0].lower())
    _title_before(doc, start, ents, mention)
    if start >= 2 and doc[start - 2].text == "," and title_head(doc[start - 1].text) is not None:
        # "the Emir of Kuwait, Sheikh X": a rank before the name, and the office set off before it
        _title_before(doc, start - 1, ents, mention)
    _title_after(doc, end, ents, mention)
    mention.is_relative = _named_as_relative(doc, start, end)
    mention.countries.extend(_led_group_country(doc[end - 1]))
    mention.visit_origin = _visit_origin(doc, ents, doc[end - 1])
    mention.visits_unnamed_destination = _visits_unnamed_destination(doc[end - 1])
    companion = _accompanied_person(doc[end - 1], ents)
    if companion is not None:
        mention.links.companions.append(companion)
    return mention


def _named_as_relative(doc: Doc, start: int, end: int) -> bool:
    """ "his wife Melania Trump", "Trump's daughter, Ivanka Trump", "Ivanka Trump, his daughter": the name
    is set beside a relative noun, or after its own surname alone and "and" ("Reagan and Nancy Reagan")."""
    if (
        start >= 2
        and end - start >= 2
        and doc[start - 1].lower_ == "and"
        and doc[start - 2].text == doc[end - 1].text
    ):
        return True  # "Reagan and Nancy Reagan": beside the surname alone, the full name is the partner's
    before = start - 2 if start >= 2 and doc[start - 1].text == "," else start - 1
    if before >= 0 and doc[max(before - 1, 0) : before + 1].text.lower() in RELATIVE_NOUNS:
        return True  # "first lady Michelle Obama"
    if before >= 0 and doc[before].lower_ in RELATIVE_NOUNS:
        return True
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False  # (no slice at the end: spaCy builds an empty span there in time of the doc's length)
    return any(
        t.lower_ in RELATIVE_NOUNS and t.dep_ == "appos" and t.head.i == end - 1
        for t in doc[end + 1 : min(end + 4, len(doc))]
    )


def _is_established_person(cluster: _Cluster) -> bool:
    """A person the article has clearly introduced: a full name or a title ("President Obama").  A lone
    PERSON-tagged word ("Mondelez") may itself be the tagging error, so it cannot claim other spans."""
    return len(cluster.words) > 1 or any(m.titles for m in cluster.mentions)


def _addressed_names(doc: Doc) -> list[Span]:
    """ "the Rt Hon Mark Halloran", "H.E. Mr. Abdullah Khan" tagged ORG: a form of address opens a person's
    name, whatever label the model gave it; two title-case words at least must follow it."""
    found = []
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            continue
        start, end = _strip_span(doc, ent.start, ent.end)
        address = start
        while address < end and doc[address].lower_ in HONORIFICS:
            address += 1
        if start < address and end - address >= 2 and all(t.is_title for t in doc[address:end]):
            found.append(ent)
    return found


def _mistyped_name_mentions(
    doc: Doc, ents: list[Span | None], quote_mask: list[bool], clusters: list[_Cluster], taken: set[int]
) -> list[_PersonMention]:
    """Recall repair: the small model types a bare surname as ORG/GPE/NORP, mostly at the start of a
    sentence or before a verb it misreads ("Miyazawa met ...", "Earnest said").  When such an entity's
    words are the surname or given name (or a contiguous part of the name) of exactly one person named
    in the article, it is that person: an article does not re-use a person's name for an organisation
    without saying so, and a name shared by two persons is left alone as ambiguous.  Country names,
    capitals and demonyms keep their own reading ("Jordan" the country, not "Michael Jordan")."""
    found: list[_PersonMention] = []
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "GPE", "NORP", "FAC") and not _month_as_subject(ent):
            continue
        start, end = _strip_span(doc, ent.start, ent.end)
        if start < end and ent.label_ == "ORG":
            end = _cut_trailing_non_name(doc, start, end)  # "Obama Administration" tagged ORG
        if start >= end or any(i in taken for i in range(start, end)):
            continue
        tokens = doc[start:end]
        # ("Von der Leyen" opening a sentence: a particle inside the name stays small)
        if not (tokens[0].is_title and all(t.is_alpha and (t.is_title or _name_particle(t)) for t in tokens)):
            continue  # acronyms ("IMF") and all-capital headlines are not read as names
        text = tokens.text
        if _span_country(text) or country_by_capital(text) or text.lower() in GOVERNMENT_ORGANIZATIONS:
            continue
        words = _particles_small(tuple(t.text for t in tokens))
        # ("Oteiba" of "Mana Saeed al-Oteiba": a surname without the particle hyphened to it)
        owners = [
            index
            for index, cluster in enumerate(clusters)
            if (
                (
                    _is_contiguous_part(words, _particles_small(cluster.words))
                    and (len(words) > 1 or words[0] in (cluster.words[0], cluster.words[-1]))
                )
                or (len(words) == 1 and _particle_stem(cluster.words[-1]) == words[0])
            )
            and _is_established_person(cluster)
        ]
        if len(owners) > 1:
            # ("President Nayib Bukele ... his brother Karim Bukele. Bukele met X": the principal)
            owners = _principal_namesakes(owners, clusters, None)
        if len(owners) != 1:
            continue
        mention = _read_name_context(doc, ents, quote_mask, start, end, words)
        mention.cluster = owners[0]
        found.append(mention)
    return found


def _name_particle(token: Token) -> bool:
    return token.is_lower and token.lower_ in NAME_PARTICLES


def _particles_small(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words with its particles in small letters: "Von der Leyen" at a sentence's start is the
    "von der Leyen" of "Ursula von der Leyen"."""
    return tuple(w.lower() if w.lower() in NAME_PARTICLES else w for w in words)


def _month_as_subject(ent: Span) -> bool:
    """ "May travels to Paris on Thursday": a month name alone as a clause's subject is a surname the model
    took for a date (a month does not travel); whose surname is for the caller to find."""
    return ent.label_ == "DATE" and len(ent) == 1 and ent.root.dep_ in _SUBJECT_DEPS and ent.root.is_title


def _particle_stem(word: str) -> str | None:
    """The surname without the particle hyphened to it ("al-Oteiba" -> "Oteiba"), or None."""
    particle, _, stem = word.partition("-")
    return stem if stem and particle.lower() in NAME_PARTICLES else None


def _may_be_bare_surname(token: Token) -> bool:
    """A proper noun; or a sentence's first word the tagger took for a common noun or an adjective while it
    is the subject ("Ota met ..." tagged NN, "Conable later met ..." tagged JJ), where a capital says
    nothing of the word itself."""
    if token.pos_ == "PROPN":
        return True
    if token.pos_ == "AUX" and token.dep_ in _SUBJECT_DEPS:
        return True  # ("May travels to Paris": a modal is never a subject, the surname it spells is)
    return token.pos_ in ("NOUN", "ADJ") and token.is_sent_start and token.dep_ in _SUBJECT_DEPS


def _untyped_surname_mentions(
    doc: Doc, ents: list[Span | None], quote_mask: list[bool], clusters: list[_Cluster], taken: set[int]
) -> list[_PersonMention]:
    """Recall repair: the small model leaves some later bare surnames untyped ("Modi held talks ...").  A
    lone proper noun outside any entity that is the surname of exactly one person introduced earlier by
    full name is that person, for the reason _mistyped_name_mentions gives.  A word inside a longer
    proper name ("Modi Road") or a country, capital or demonym is left alone."""
    found: list[_PersonMention] = []
    for token in doc:
        if token.i in taken or ents[token.i] is not None or not _may_be_bare_surname(token):
            continue
        if (
            not (token.is_alpha and token.is_title)
            or _span_country(token.text)
            or country_by_capital(token.text)
        ):
            continue
        if (token.dep_ == "compound" and token.head.pos_ == "PROPN") or any(
            c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children
        ):
            continue
        owners = [
            index
            for index, cluster in enumerate(clusters)
            if len(cluster.words) > 1
            and cluster.first_token < token.i
            # the surname, last ("Mehta") or, in a two-word name, possibly first ("Li" of "Li Wen")
            and (
                cluster.words[-1] == token.text
                or (len(cluster.words) == 2 and cluster.words[0] == token.text)
            )
        ]
        owners = _principal_namesakes(owners + _surname_persons(clusters, token), clusters, None)
        if len(owners) != 1:
            continue
        # Its position only: the words around an untyped word are too often misread to give the person
        # a title or a country.
        mention = _PersonMention(start=token.i, end=token.i + 1, words=(token.text,))
        mention.is_subject = _is_subject(token)
        mention.in_quote = quote_mask[token.idx]
        mention.cluster = owners[0]
        found.append(mention)
    return found


VISIT_WORDS: frozenset[str] = frozenset({"visit", "trip", "tour", "travel"})


def _visit_origin(doc: Doc, ents: list[Span | None], name_token: Token) -> str | None:
    """A visitor comes from elsewhere: in "Xi's state visit to Russia" Xi is not Russian, and when the
    sentence names exactly one other country ("The visit by the Chinese defence minister comes in the
    backdrop of Xi's state visit to Russia"), that one is the visitor's."""
    head = name_token.head
    if not (
        (name_token.dep_ == "poss" and head.lemma_.lower() in VISIT_WORDS)
        or (name_token.dep_ == "nsubj" and head.lemma_.lower() in VISIT_WORDS)
    ):
        return None
    destination: str | None = None
    for child in head.children:
        target = None
        if child.dep_ == "prep" and child.lower_ == "to":
            target = next((c for c in child.children if c.dep_ == "pobj"), None)
        elif child.dep_ == "dobj":
            target = child
        if target is not None:
            destination = _entity_country(ents[target.i], target)
    if destination is None:
        return None
    others = {
        code
        for ent in name_token.sent.ents
        if ent.label_ in ("GPE", "NORP") and (code := _span_country(ent.text)) and code != destination
    }
    return others.pop() if len(others) == 1 else None


def _led_group_country(name_token: Token) -> list[str]:
    """ "Ukrainian officials led by Andriy Yermak", "a Saudi delegation headed by X": the leader of a group
    marked by its nationality is of that country."""
    by = name_token.head
    verb = by.head
    if (
        name_token.dep_ != "pobj"
        or by.lower_ != "by"
        or verb.dep_ != "acl"
        or verb.lemma_ not in ("lead", "head")
    ):
        return []
    return [
        code
        for modifier in verb.head.children
        if modifier.dep_ in ("amod", "compound", "nmod") and (code := country_by_demonym(modifier.text))
    ]


def _visits_unnamed_destination(name_token: Token) -> bool:
    """ "King Faisal visited in 1967": the subject of a visit with no destination written came to the
    place the story is set in, so the setting is not his country (see _assign_person_countries)."""
    token = _effective_dependency(name_token)
    head = token.head
    # "King Faisal visited in 1967 and King Khaled in 1981": the gapped second subject is parsed as a
    # conjunct of the verb itself.
    gapped_subject = name_token.dep_ == "conj" and name_token.head.pos_ == "VERB"
    if gapped_subject:
        token, head = name_token, name_token.head
    elif token.dep_ != "nsubj":
        return False
    if head.lemma_.lower() not in VISIT_WORDS or head.pos_ != "VERB":
        return False
    return not any(
        child.dep_ == "dobj" or (child.dep_ == "prep" and child.lower_ == "to") for child in head.children
    )


# Verbs whose agent travels in the retinue of the subject ("Funaro, who is accompanied by Central Bank
# governor Francisco Gros"): the companion belongs to the same delegation, hence the same country.
ACCOMPANY_LEMMAS: frozenset[str] = frozenset({"accompany", "escort"})


def _accompanied_person(name_token: Token, ents: list[Span | None]) -> int | None:
    """Token of the person whom the named person accompanies, when the parse says so."""
    by = name_token.head
    if name_token.dep_ != "pobj" or by.lower_ != "by" or by.head.lemma_.lower() not in ACCOMPANY_LEMMAS:
        return None
    verb = by.head
    if verb.dep_ in ("relcl", "acl"):
        leader: Token | None = verb.head  # "Funaro, who is accompanied by ..." / "Funaro, accompanied by"
    else:
        leader = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if leader is None:
        return None
    ent = ents[leader.i]
    return leader.i if ent is not None and ent.label_ == "PERSON" else None


def _modifies_following_noun(doc: Doc, start: int, end: int) -> bool:
    """True when the span's words attach to a common noun right after it ("Xi-Putin summit",
    "Reagan-Gorbachev talks"): the hyphen then joins two parties, not the parts of one surname."""
    if end >= len(doc) or not doc[end].is_lower or doc[end].pos_ != "NOUN":
        return False
    return any(doc[k].head.i >= end for k in range(start, end) if doc[k].dep_ in ("compound", "amod", "nmod"))


def _split_hyphenated(doc: Doc, start: int, end: int, quote_mask: list[bool]) -> list[_PersonMention]:
    parts: list[_PersonMention] = []
    part_start = start
    for k in range(start, end + 1):
        if k == end or doc[k].text == "-":
            if k > part_start:
                words = tuple(t.text for t in doc[part_start:k])
                if not _span_country(" ".join(words)):
                    parts.append(
                        _PersonMention(
                            start=part_start, end=k, words=words, in_quote=quote_mask[doc[part_start].idx]
                        )
                    )
            part_start = k + 1
    return parts


def _title_mentions(
    doc: Doc, ents: list[Span | None], taken: set[int], quote_mask: list[bool]
) -> list[tuple[int, int, str, str | None]]:
    """Definite descriptions of a person by office: "the defence minister", "The Chinese defence
    minister", "the king".  Returns (start token, end token, title, country) candidates."""
    found: list[tuple[int, int, str, str | None]] = []
    n = len(doc)
    for i, token in enumerate(doc):
        # Cheap test first: only an office word, or the last part of a hyphenated compound
        # ("front-runner"), can end a title; slicing the Doc for every token is the slow path.
        could_end_title = title_head(token.text) is not None or (i >= 2 and doc[i - 1].text == "-")
        if not could_end_title or i in taken or (ents[i] is not None and ents[i].label_ == "PERSON"):
            continue
        head = _head_at(doc, i)
        if head is None or token.tag_ in ("NNS", "NNPS") or singular_title_head(token.text) is not None:
            continue  # "the ministers" describes no one person
        next_token = doc[i + 1] if i + 1 < n else None
        if next_token is not None and (
            (ents[i + 1] is not None and ents[i + 1].label_ == "PERSON")
            or (next_token.pos_ in ("NOUN", "PROPN") and next_token.text not in _POSSESSIVE_TOKENS)
            or _joining_hyphen(next_token)  # "the Secretary-General": the office goes on past the hyphen
        ):
            continue  # a pre-name title ("President Reagan") or a modifier ("the minister's aides" is fine)
        first, _ = head
        title_tokens: list[int] = list(range(first, i + 1))
        countries: list[str] = []
        before = _read_modifiers_left(doc, first - 1, ents, title_tokens, countries)
        if _bare_title_opening(doc, before, i):
            before += 1  # "Prime Minister also met X": a readout's office with no article, as its subject
        else:
            before = _article_before_epithets(doc, before)  # ("the constitutional monarch")
            if before < 0 or doc[before].lower_ != "the":
                continue
        end = i + 1
        # ("the Minister for Foreign Affairs of Japan, X": a portfolio written with "for" as with "of")
        if end + 1 < n and doc[end].lower_ in ("of", "for"):
            for object_length in (3, 2, 1):
                if doc[end + 1 : end + 1 + object_length].text.lower() in TITLE_OF_OBJECTS:
                    title_tokens.extend(range(end, end + 1 + object_length))
                    end = end + 1 + object_length
                    break
        if _names_its_holder(doc, ents, end):
            continue
        if end + 1 < n and doc[end].lower_ == "and" and _office_set_off_after(doc, ents, end + 1):
            continue  # "the Deputy Prime Minister and Minister for Defence, X": the first of X's offices
        found.append((before, end, _title_string(doc, title_tokens), countries[0] if countries else None))
    return found


def _article_before_epithets(doc: Doc, before: int) -> int:
    """ "the constitutional monarch", "The 50-year old monarch": where the article is when plain adjectives
    or an age stand between it and the office; else ``before`` unchanged."""
    i = before
    while (
        i >= 0
        and before - i < 5
        and (
            (doc[i].pos_ == "ADJ" and doc[i].is_lower and country_by_demonym(doc[i].text) is None)
            or doc[i].like_num
            or doc[i].text == "-"
            or doc[i].lower_ in ("year", "years", "old")
        )
    ):
        i -= 1
    return i if 0 <= i < before and doc[i].lower_ == "the" else before


def _bare_title_opening(doc: Doc, before: int, last: int) -> bool:
    """ "Prime Minister also met the President of Iran", "External Affairs Minister held talks": an office
    written in capitals with no article opening a sentence, before its verb, stands for its holder as
    Indian and other official readouts write it."""
    first = before + 1
    words = doc[first : last + 1]
    return (
        doc[first].is_sent_start
        and all(t.is_title or not t.is_alpha for t in words)
        and last + 1 < len(doc)
        and doc[last + 1].pos_ in ("VERB", "AUX", "ADV")
    )


def _names_its_holder(doc: Doc, ents: list[Span | None], end: int) -> bool:
    """ "by the President of Albania, Bajram Begaj", "the Prime Minister of Ethiopia, H.E. Abiy Ahmed": a
    description set before the holder's name introduces that person; it takes up no one named before."""
    k = end
    # ("of Albania", "of the Netherlands", "of the World Food Programme")
    state = k + 2 if k + 2 < len(doc) and doc[k + 1].lower_ == "the" else k + 1
    owner = ents[state] if state < len(doc) and doc[k].lower_ == "of" else None
    if owner is not None and owner.label_ in ("GPE", "ORG"):
        k = owner.end
    if k >= len(doc) or doc[k].text != ",":
        return False
    k += 1
    # ("H.E. Abebe Tadesse": the model may or may not take the form of address into the name)
    while k < len(doc) and doc[k].lower_ in HONORIFICS and ents[k] is None:
        k += 1
    if k < len(doc) and ents[k] is not None and ents[k].label_ == "PERSON" and ents[k].start == k:
        return True
    # ("the Minister of Foreign Affairs of Kazakhstan, Murat Nurtleu,": a name the model took for a body)
    name = doc[k : k + 3]
    return (
        len(name) >= 2
        and all(t.is_title and t.is_alpha and not is_title_word(t.text) for t in name[:2])
        and (ents[k] is None or ents[k].label_ in ("PERSON", "ORG"))
    )


def _title_matches(description: str, titles: list[str]) -> bool:
    """'minister' describes a 'defence minister'; 'defence minister' describes a 'deputy defence minister';
    'secretary-general' describes the 'secretary-general of asean'; an epithet ('the pontiff', 'the
    monarch') describes the offices it is used for ('pope', 'king')."""
    # (the epithet by its head: "the constitutional monarch" is the king)
    described = (description, *OFFICE_EPITHETS.get(description.split()[-1] if description else "", ()))
    return any(
        t == office or t.endswith(" " + office) or t.startswith(office + " of ")
        for t in titles
        for office in described
    )


# ---------------------------------------------------------------------------------------------------
# Countries and organizations


def _effective_dependency(token: Token) -> Token:
    """The first conjunct of a coordination carries its role ("Moscow and Beijing have ...")."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token


def _destination_read_as_subject(token: Token) -> bool:
    """ "leaves today for Paris to attend the OECD meeting": the parser reads "for Paris to attend" as a
    clause with Paris its subject; after a verb of setting off it is where one goes."""
    clause = token.head
    return (
        token.dep_ == "nsubj"
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)
        and clause.head.lemma_.lower() in DEPARTURE_VERBS
    )


def _capital_acts_as_government(ent: Span) -> bool:
    token = _effective_dependency(ent.root)
    if _destination_read_as_subject(token):
        return False
    if token.dep_ in GOVERNMENT_ROLES:
        return True
    if token.dep_ == "pobj":
        # ("leaves for Paris today": the destination of one setting off, a place)
        setting_off = token.head.lower_ == "for" and token.head.head.lemma_.lower() in DEPARTURE_VERBS
        return token.head.lower_ not in LOCATIVE_PREPOSITIONS and not setting_off
    return False


PARTY_GROUP_NOUNS: frozenset[str] = ACTORS_LEXICON.words("party_group_nouns")
PARTY_GROUP_PLURAL_NOUNS: frozenset[str] = ACTORS_LEXICON.words("party_group_plural_nouns")
PARTY_GROUP_RANK_WORDS: frozenset[str] = ACTORS_LEXICON.words("party_group_rank_words")
PARTY_DEALING_VERBS: frozenset[str] = ACTORS_LEXICON.words("party_dealing_verbs")
PARTY_DEALING_NOUNS: frozenset[str] = ACTORS_LEXICON.words("party_dealing_nouns")
PARTY_SIDE_COLLECTIVES: frozenset[str] = ACTORS_LEXICON.words("party_side_collectives")
RELATIVE_NOUNS: frozenset[str] = ACTORS_LEXICON.words("relative_nouns")
NAME_COMPOUND_WORDS: frozenset[str] = ACTORS_LEXICON.words("name_compound_words")


def _is_party_demonym(ent: Span) -> bool:
    """ "his Omani counterpart", "talks with Japanese officials", "Russian and Ukrainian negotiators met":
    a nationality adjective on the other side of a dealing, or on both sides of one, names that country as
    a party (gold guideline, convention 1). Elsewhere it is a people's officials going about their business
    ("a trip by Nigerian officials"), and their own words ("Chinese officials said") stay anonymous."""
    root = ent.root
    if root.i != ent.end - 1:
        return False  # one word, or a demonym of several ("South Korean officials") whose last word heads it
    # ("Canadian and U.S. negotiators": the second side may be a country's name)
    both_sides = any(
        c.dep_ == "conj" and (c.pos_ == "ADJ" or c.ent_type_ in ("GPE", "NORP")) for c in root.children
    )
    # "U.S. And Japanese officials": the wire's capital "And" leads the parser to hang the first side on
    # the verb; a country named right before "and" is the other side all the same
    before = root.doc[root.i - 2 : root.i] if root.i >= 2 else None
    if before is not None and before[1].lower_ == "and" and before[0].ent_type_ in ("GPE", "NORP"):
        both_sides = True
    # "Russian and Ukrainian negotiators", "U.S. and Russian delegations": the second side of a pair (or
    # the third of a list, "the Brazilian, Argentine and Chilean finance ministers")
    while root.dep_ == "conj" and root.head.dep_ == "conj" and root.head.ent_type_ in ("GPE", "NORP"):
        root = root.head
    if root.dep_ == "conj" and root.head.dep_ in ("amod", "compound", "nmod"):
        both_sides, root = True, root.head
    # ("Thai, Malaysian and Indonesian trade ministers": the first of a list the parser hung apart)
    listed = [
        c
        for c in root.head.children
        if c is not root and c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("GPE", "NORP")
    ]
    if root.dep_ in ("compound", "nmod") and listed:
        both_sides = True
    head = root.head
    modifies = root.dep_ == "amod" or (both_sides and root.dep_ in ("compound", "nmod"))
    if not modifies or head.pos_ != "NOUN":
        return False
    # "Japanese ministers", "French and Italian authorities"; not "Brazilian business leaders"
    # ("West German and French finance ministers": a portfolio word beside the nationalities)
    plural_side = (
        head.tag_ == "NNS"
        and head.lemma_.lower() in PARTY_GROUP_PLURAL_NOUNS
        and all(
            c.ent_type_ in ("NORP", "GPE") or c.lower_ in MINISTRY_PORTFOLIOS | PARTY_GROUP_RANK_WORDS
            for c in head.children
            if c.dep_ in ("amod", "compound")
        )
    )
    if head.lemma_.lower() not in PARTY_GROUP_NOUNS and not plural_side:
        return False
    following = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if (
        head.dep_ == "compound"
        or any(c.dep_ == "appos" for c in head.children)
        or (following is not None and following.ent_type_ == "PERSON")
    ):
        return False  # "her Australian counterpart Mia Walsh": the person's affiliation, she is the party
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_.lower() in SPEECH_VERB_LEMMAS:
        return False
    phrase = head.head if head.dep_ == "conj" else head
    other_side = (phrase.dep_ == "pobj" and phrase.head.lower_ in ("with", "between")) or (
        phrase.dep_ == "dobj" and phrase.head.lemma_.lower() in PARTY_DEALING_VERBS
    )
    return both_sides or other_side or _subject_of_dealing(phrase) or head.lemma_.lower() == "counterpart"


def _subject_of_dealing(phrase: Token) -> bool:
    """ "The Nigerian delegation met X", "Philippine negotiators and the committee resumed talks": the
    subject of a meeting verb, or of a verb whose object is an encounter, is one side of that dealing."""
    if phrase.dep_ != "nsubj" or (
        phrase.tag_ != "NNS" and phrase.lemma_.lower() not in PARTY_SIDE_COLLECTIVES
    ):
        return False
    verb = phrase.head
    return verb.lemma_.lower() in PARTY_DEALING_VERBS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in PARTY_DEALING_NOUNS for c in verb.children
    )


def _is_nominal_demonym(doc: Doc, ent: Span) -> bool:
    """ "the Syrians", "Russians said": a people standing for its state; adjectival uses ("Chinese
    defence minister") are an affiliation, not a mention of the country."""
    root = ent.root
    if root.dep_ in ("amod", "compound", "nmod") and root.head.i >= ent.end:
        return False
    return root.tag_ in ("NNS", "NNPS") or (ent.start > 0 and doc[ent.start - 1].lower_ == "the")


# Words an acronym may skip: function words ("Securities and Exchange Commission" -> "SEC"), the
# article, and corporate suffixes ("American Medical International Inc" -> "AMI").
ACRONYM_OPTIONAL_WORDS: frozenset[str] = (
    frozenset({"of", "and", "for", "the", "&", "on", "de"}) | CORPORATE_SUFFIXES
)
_NAME_WORD_SEPARATORS = re.compile(r"[\s/]+")


def _is_acronym_of(alias: str, name: str) -> bool:
    """``_acronym_of_words`` on the name's words, or on its hyphenated words taken apart ("IADB" for the
    "Inter-American Development Bank")."""
    return _acronym_of_words(alias, name) or (
        "-" in name and _acronym_of_words(alias, name.replace("-", " "))
    )


def _acronym_of_words(alias: str, name: str) -> bool:
    """True when ``alias`` is built from the starts of the words of ``name``.

    The rule: every capitalised word of the name gives a non-empty prefix, in order, and the alias is
    exactly their concatenation (compared case-insensitively); function words, corporate suffixes and
    other lower-case words may give a prefix or nothing.  This covers initials ("IMF", "KNA"), initials
    that take an "of"/"and" or skip it ("MITI" for "Ministry of International Trade and Industry",
    "SEC"), and syllabic acronyms pronounced as words, which take more than one letter of a word
    ("Escom" = ELECTRICITY SUPPLY COMMISSION as E+S+Com, "Nabisco" = NAtional BIScuit COmpany).
    Because every capitalised word must contribute, a short name cannot match a longer unrelated one.
    """
    letters = alias.replace(".", "").replace("-", "").lower()
    if len(letters) < 2 or not letters.isalpha():
        return False
    words = [w for w in _NAME_WORD_SEPARATORS.split(name) if w]
    parts = [
        (w.replace(".", "").lower(), w.lower() in ACRONYM_OPTIONAL_WORDS or not w[:1].isupper())
        for w in words
    ]
    if sum(not optional for _, optional in parts) < 2:
        return False
    failed: set[tuple[int, int]] = set()  # (letter position, word index) pairs known not to match

    def matches(position: int, word_index: int) -> bool:
        if word_index == len(parts):
            return position == len(letters)
        if (position, word_index) in failed:
            return False
        word, optional = parts[word_index]
        if optional and matches(position, word_index + 1):
            return True
        length = 1
        while length <= len(word) and position + length <= len(letters):
            if letters[position + length - 1] != word[length - 1]:
                break
            if matches(position + length, word_index + 1):
                return True
            length += 1
        failed.add((position, word_index))
        return False

    return matches(0, 0)


# ---------------------------------------------------------------------------------------------------


def _name_clusters(
    doc: Doc, ents: list[Span | None], quote_mask: list[bool]
) -> tuple[list[_PersonMention], list[_Cluster], list[str], set[int]]:
    """Persons by name: the name mentions, their clusters (one per person, named by the fullest name),
    the clusters' local keys and the tokens the names take."""
    name_mentions = _person_name_mentions(doc, ents, quote_mask)
    clusters = _cluster_persons(name_mentions)
    person_keys: list[str] = []
    for cluster in clusters:
        # The fullest name, as written in running text rather than in a capitalised headline.
        canonical = max(
            cluster.mentions, key=lambda m: (len(m.words), not " ".join(m.words).isupper(), -m.start)
        ).words
        cluster.words = canonical
        person_keys.append(f"person:{cluster.name}")
        genders = [m.female for m in cluster.mentions if m.female is not None]
        cluster.female = genders[0] if genders else None
    taken_tokens: set[int] = set()
    for mention in name_mentions:
        taken_tokens.update(range(mention.start, mention.end))
    for mention in _mistyped_name_mentions(doc, ents, quote_mask, clusters, taken_tokens):
        clusters[mention.cluster].mentions.append(mention)
        name_mentions.append(mention)
        taken_tokens.update(range(mention.start, mention.end))
    for mention in _untyped_surname_mentions(doc, ents, quote_mask, clusters, taken_tokens):
        clusters[mention.cluster].mentions.append(mention)
        name_mentions.append(mention)
        taken_tokens.add(mention.start)
    return name_mentions, clusters, person_keys, taken_tokens


def _description_cluster(
    clusters: list[_Cluster], start: int, description: str, country: str | None
) -> int | None:
    """The person a definite description ("the defence minister") refers back to: the cluster with a
    matching title and no conflicting country whose latest mention before it is the nearest; "the Lao
    official" matches a person of that country holding any office. One known to be of the description's
    country comes before one of no known country ("received the Spanish Prime Minister X. ... attended
    by Prime Minister Y. ... welcomed the Spanish Prime Minister": X)."""
    best: tuple[bool, int, int] | None = None  # (of the country, last mention token, cluster)
    for index, cluster in enumerate(clusters):
        titles = [t for m in cluster.mentions for t in m.titles]
        cluster_countries = [c for m in cluster.mentions for c in m.countries]
        generic = description in GENERIC_OFFICE_NOUNS and bool(titles) and country in cluster_countries
        if not (_title_matches(description, titles) or generic):
            continue
        if country is not None and cluster_countries and country not in cluster_countries:
            continue
        earlier = [m.start for m in cluster.mentions if m.start < start]
        candidate = (country is not None and country in cluster_countries, max(earlier, default=-1), index)
        if earlier and (best is None or candidate[:2] > best[:2]):
            best = candidate
    return None if best is None else best[2]


def _untitled_antecedent(
    doc: Doc, clusters: list[_Cluster], start: int, description: str, country: str | None
) -> int | None:
    """The person a definite description with an office nobody in the article holds refers back to: the
    person named last before it, in its sentence or the sentence before, if that person has no office
    yet ("shunned Jimmy Carter ..., claiming that the former president is"); a description with a
    country word only to a person known to be of that country ("the Israeli leader" is not Trump)."""
    sentence = doc[start].sent
    window_start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    # the untitled persons named there: in its own sentence the nearest ("shunned Jimmy Carter, claiming
    # that the former president"); in the sentence before, its subject first ("X praised Y. ... the
    # nominee met": the description continues the topic, X), then the nearest
    nearest: tuple[bool, bool, int, int] | None = None  # (same sentence, subject before, start, cluster)
    for index, cluster in enumerate(clusters):
        if any(m.titles for m in cluster.mentions):
            continue
        for m in cluster.mentions:
            same_sentence = m.start >= sentence.start
            candidate = (same_sentence, m.is_subject and not same_sentence, m.start, index)
            in_window = m.kind == "name" and window_start <= m.start < start
            if in_window and (nearest is None or candidate > nearest):
                nearest = candidate
    if nearest is None:
        return None
    cluster = clusters[nearest[3]]
    known = {c for m in cluster.mentions for c in m.countries} | {leader_country(cluster.name)}
    if country is not None and country not in known:
        return None
    # An office of one country only ("the senator") does not describe a leader known to be of another.
    office_country = _office_country([description])
    return None if office_country and (known - {None, office_country}) else nearest[3]


def _add_description_mentions(
    doc: Doc,
    ents: list[Span | None],
    clusters: list[_Cluster],
    name_mentions: list[_PersonMention],
    taken_tokens: set[int],
    quote_mask: list[bool],
) -> list[_PersonMention]:
    """Every person mention in text order: the names, plus the definite descriptions joined to the
    person they refer back to (added to its cluster; their tokens are taken)."""
    all_person_mentions = sorted(name_mentions, key=lambda m: m.start)
    for start, end, description, country in _title_mentions(doc, ents, taken_tokens, quote_mask):
        cluster_index = _description_cluster(clusters, start, description, country)
        new_office = cluster_index is None
        if new_office:
            cluster_index = _untitled_antecedent(doc, clusters, start, description, country)
        if cluster_index is None:
            continue
        mention = _join_title_mention(doc, clusters, start, end, cluster_index, taken_tokens, quote_mask)
        if new_office:
            # "shunned Jimmy Carter ..., claiming that the former president is ...": the description
            # states the office of the one person it can refer to.
            mention.titles.append(office_title(description) or description)
            mention.countries.extend([country] if country else [])
        all_person_mentions.append(mention)
    all_person_mentions.extend(
        _acronym_title_mentions(doc, clusters, name_mentions, taken_tokens, quote_mask)
    )
    all_person_mentions.sort(key=lambda m: m.start)
    return all_person_mentions


def _acronym_title_mentions(
    doc: Doc,
    clusters: list[_Cluster],
    name_mentions: list[_PersonMention],
    taken_tokens: set[int],
    quote_mask: list[bool],
) -> list[_PersonMention]:
    """ "General X, Chairman Joint Chiefs of Staff Committee (CJCSC), ... The CJCSC was received by Y": an
    office's acronym defined in parentheses beside a person's name stands for that person wherever the
    article writes it (military and South Asian readouts: "COAS", "CNS"), not for an organisation."""
    holders = {acronym: cluster for acronym, cluster in _defined_office_acronyms(doc, name_mentions)}
    return [
        _join_title_mention(doc, clusters, token.i, token.i + 1, cluster, taken_tokens, quote_mask)
        for token in doc
        if (cluster := holders.get(token.text)) is not None and token.i not in taken_tokens
    ]


def _join_title_mention(
    doc: Doc,
    clusters: list[_Cluster],
    start: int,
    end: int,
    cluster: int,
    taken_tokens: set[int],
    quote_mask: list[bool],
) -> _PersonMention:
    """A mention by office (a description or an office's acronym) of the person of ``cluster``: added to
    the cluster, its tokens taken."""
    mention = _PersonMention(start=start, end=end, words=(), kind="title", cluster=cluster)
    mention.is_subject = _is_subject(doc[end - 1])
    mention.in_quote = quote_mask[doc[start].idx]
    clusters[cluster].mentions.append(mention)
    taken_tokens.update(range(start, end))
    return mention


def _defined_office_acronyms(doc: Doc, name_mentions: list[_PersonMention]) -> list[tuple[str, int]]:
    """(acronym, person cluster) for each "(ACRONYM)" written after an office beside a name: "X, Chief of
    the Naval Staff (CNS)," or "Chief of Army Staff (COAS) General X"."""
    ends = {m.end: m.cluster for m in name_mentions if m.cluster >= 0}
    starts = {m.start: m.cluster for m in name_mentions if m.cluster >= 0}
    defined: list[tuple[str, int]] = []
    for i in range(1, len(doc) - 2):
        acronym = doc[i + 1]
        if doc[i].text != "(" or doc[i + 2].text != ")":
            continue
        if not (acronym.is_upper and acronym.is_alpha and 2 <= len(acronym.text) <= 7):
            continue
        office = _office_before(doc, i)
        if office is None:
            continue
        before = ends.get(office - 1) if office >= 2 and doc[office - 1].text == "," else None
        after = next((starts[j] for j in range(i + 3, min(i + 6, len(doc))) if j in starts), None)
        cluster = before if before is not None else after
        if cluster is not None:
            defined.append((acronym.text, cluster))
    return defined


def _office_before(doc: Doc, paren: int) -> int | None:
    """The first token of the office phrase that ends right before a parenthesis ("Chief of the Naval
    Staff"), if the phrase holds an office word; None otherwise."""
    start = paren
    while start > 0 and not doc[start - 1].is_punct:
        start -= 1
    words = doc[start:paren]
    return start if len(words) and any(is_title_word(t.text) for t in words) else None


def _person_found(
    doc: Doc, all_person_mentions: list[_PersonMention], clusters: list[_Cluster], person_keys: list[str]
) -> list[_Found]:
    """The resolved person mentions as found spans, with their mention kind."""
    found: list[_Found] = []
    for mention in all_person_mentions:
        if mention.cluster < 0:
            continue
        cluster = clusters[mention.cluster]
        kind = mention.kind
        if kind == "name":
            # A surname or other part of the person's own name ("Putin", "Li") is still a proper-name
            # mention, as CoNLL and most NER guidelines count it; "alias" is kept for other forms.
            kind = "name" if set(_folded(mention.words)) <= set(_folded(cluster.words)) else "alias"
        char_start = doc[mention.start].idx
        char_end = doc[mention.end - 1].idx + len(doc[mention.end - 1].text)
        found.append(_Found(person_keys[mention.cluster], char_start, char_end, kind, tuple(mention.titles)))
    return found


def _person_actors(
    doc: Doc,
    ents: list[Span | None],
    clusters: list[_Cluster],
    person_keys: list[str],
    sentences: SentenceIndex,
) -> dict[str, LocalActor]:
    """One person actor per cluster, with its titles in text order and its country and evidence."""
    actors: dict[str, LocalActor] = {}
    cluster_titles: list[list[str]] = []
    for cluster in clusters:
        titles: list[str] = []
        for mention in sorted(cluster.mentions, key=lambda m: m.start):
            for title in mention.titles:
                if title not in titles:
                    titles.append(title)
        cluster_titles.append(titles)
    person_countries = _assign_person_countries(doc, ents, clusters, cluster_titles, sentences)
    for index, cluster in enumerate(clusters):
        country, evidence = person_countries[index]
        actors[person_keys[index]] = LocalActor(
            local_key=person_keys[index],
            name=cluster.name,
            actor_type="person",
            country_iso3=country,
            titles=cluster_titles[index],
            country_evidence=evidence,
            named_as_relative=cluster.relative,
        )
    return actors


def _entity_span(doc: Doc, ent: Span, taken_tokens: set[int]) -> tuple[int, int, str] | None:
    """(start, end, label) of an entity once stripped and cut off the person names before it, or None
    when nothing of it is left to be a country or an organisation."""
    label = ent.label_
    start, end = _strip_span(doc, ent.start, ent.end)
    verbs = [
        i for i in range(start, end) if doc[i].pos_ == "VERB" and doc[i].is_lower and doc[i].tag_ != "VBG"
    ]
    if label == "ORG" and verbs:
        start = verbs[-1] + 1  # "Funaro met Federal Reserve Board" as one span: a clause ran into the name
    if start < end and label in ("PERSON", "ORG") and start in taken_tokens:
        # "Obama White House": the name was cut off the span; a government metonym left after it
        # is the organisation (see _cut_trailing_non_name), anything else is not an actor.
        while start < end and start in taken_tokens:
            start += 1
        if doc[start:end].text.lower() not in GOVERNMENT_ORGANIZATIONS:
            return None
        label = "ORG"
    if start >= end or any(i in taken_tokens for i in range(start, end)):
        return None
    return start, end, label


def _country_mention(
    doc: Doc, ent: Span, start: int, end: int, label: str, before_soviet_end: bool
) -> _Found | bool:
    """A country mention of the span (by name, capital acting as government, nominal demonym); True when
    it names a country in a way that is no actor ("met Putin in Moscow"); False when it names none."""
    span = doc[start:end]
    code = country_by_name(span.text)
    kind = "name"
    if code is None and label in ("GPE", "ORG", "PERSON"):
        code = country_by_capital(span.text)
        kind = "capital"
        if code is not None and not _capital_acts_as_government(ent):
            return True  # "met Putin in Moscow": a place, not the government
    if code is None and label in ("NORP", "GPE", "ORG"):
        code = country_by_demonym(span.text)
        kind = "demonym"
        if code is not None and not (_is_nominal_demonym(doc, ent) or _is_party_demonym(ent)):
            return True
        if code is not None and start > 0 and doc[start - 1].lower_ == "the":
            start -= 1  # "the Syrians" as written
            span = doc[start:end]
    if code is None:
        return False
    return _Found(
        f"country:{_period_code(code, kind, before_soviet_end)}", span.start_char, span.end_char, kind
    )


def _period_code(code: str, kind: str, before_soviet_end: bool) -> str:
    """Before the Soviet Union ended, "Moscow" and "the Russians" (a capital or a demonym, not Russia's
    name) stood for the Soviet Union."""
    return SOVIET_CODE if before_soviet_end and code == "RUS" and kind in ("capital", "demonym") else code


def _countries_and_organization_spans(
    doc: Doc, ents: list[Span | None], taken_tokens: set[int], before_soviet_end: bool, found: list[_Found]
) -> list[tuple[int, int]]:
    """Adds the country mentions among the entities to ``found``; returns the organisation spans."""
    org_spans: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC", "NORP", "ORG", "PERSON", "FAC"):
            continue
        cut = _entity_span(doc, ent, taken_tokens)
        if cut is None:
            continue
        start, end, label = cut
        if label == "ORG" and _is_corporate_suffix_only(doc, start, end):
            start = _firm_name_start(doc, ents, start)
            if start >= end or any(i in taken_tokens for i in range(start, end)):
                continue
        country = _country_mention(doc, ent, start, end, label, before_soviet_end)
        if isinstance(country, _Found):
            found.append(country)
        if country is not False:
            continue
        while end - start > 1 and _SCORE_OR_NUMBER.match(doc[end - 1].text):
            end -= 1  # "the Kansas City Royals 4-0": a result or count tagged into the name
        # ("the last EU-China summit": the model may tag a body's initials a place)
        named_body = label in ("GPE", "NORP") and is_international_body(doc[start:end].text)
        if (label == "ORG" or named_body) and _is_real_organization(doc, start, end):
            org_spans.append((start, end))
    return org_spans


def _with_pattern_organizations(
    doc: Doc, org_spans: list[tuple[int, int]], taken_tokens: set[int], found: list[_Found]
) -> list[tuple[int, int]]:
    """Recall repair: the organisation names the lexicon's patterns find ("the Foreign Ministry",
    "Homegate Hospitality Inc", "Xinhua") where no person, country or organisation was found already."""
    taken = set(taken_tokens) | {i for start, end in org_spans for i in range(start, end)}
    taken_chars = [(f.char_start, f.char_end) for f in found]
    added = []
    for start, end in pattern_organization_spans(doc, CORPORATE_SUFFIXES):
        char_start, char_end = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
        if not taken.isdisjoint(range(start, end)) or any(
            s < char_end and char_start < e for s, e in taken_chars
        ):
            continue
        if on_credit_line(doc, char_start):
            continue  # ("WASHINGTON (Reuters) -": the agency a dateline credits is the copy's source)
        if _is_real_organization(doc, start, end):
            added.append((start, end))
    return sorted(org_spans + added) if added else org_spans


def _with_numbered_groups(
    doc: Doc, org_spans: list[tuple[int, int]], taken_tokens: set[int]
) -> list[tuple[int, int]]:
    """The organisation spans with the numbered groups of states ("G-7") in place of what overlaps them."""
    group_spans = _numbered_group_spans(doc, taken_tokens)
    if not group_spans:
        return org_spans
    org_spans = [
        (start, end)
        for start, end in org_spans
        if not any(start < group_end and group_start < end for group_start, group_end in group_spans)
    ]
    return sorted(org_spans + group_spans)


def _article_actors(
    found: list[_Found], actors: dict[str, LocalActor], text: str, sentences: SentenceIndex
) -> ArticleActors:
    """The mentions in their final form, every actor's other written forms as aliases, and the actors
    that have a mention, persons first."""
    mentions = _final_mentions(found, text, sentences)
    for mention in mentions:
        actor = actors[mention.local_key]
        if (
            mention.mention_kind != "pronoun"
            and mention.mention_text != actor.name
            and mention.mention_text not in actor.aliases
        ):
            actor.aliases.append(mention.mention_text)
    used = {m.local_key for m in mentions}
    ordered = sorted(
        (a for a in actors.values() if a.local_key in used),
        key=lambda a: (("person", "organization", "country").index(a.actor_type), a.local_key),
    )
    return ArticleActors(actors=ordered, mentions=mentions)


def _is_person_entity(doc: Doc, start: int, end: int) -> bool:
    """The model tagged exactly these tokens, two or more, as a person ("Colin Montgomerie 66 ...")."""
    ent = doc[start].ent_type_ == "PERSON" and doc[start:end].ents
    return bool(ent) and len(ent) == 1 and (ent[0].start, ent[0].end) == (start, end) and end - start > 1


def _without_overlaps(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans, a shorter one inside or across a longer one left out ("Pope John Paul II" and "John Paul
    II" both found as known names): a token is in one entity at most."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(set(spans), key=lambda span: (span[0] - span[1], span[0])):
        if all(end <= s or start >= e for s, e in kept):
            kept.append((start, end))
    return sorted(kept)


@contextlib.contextmanager
def _entities_replaced(doc: Doc, spans: list[tuple[int, int]], label: str | None) -> Iterator[None]:
    """Within the block the token ``spans`` are entities of ``label`` (None: of no entity), in place of the
    model's entities they overlap; the model's entities are put back afterwards, so the meeting and
    quotation extractors see the parse unchanged."""
    if not spans:
        yield
        return
    original = doc.ents
    spans = _without_overlaps(spans)
    taken = {i for s, e in spans for i in range(s, e)}
    kept = [ent for ent in original if taken.isdisjoint(range(ent.start, ent.end))]
    added = [] if label is None else [Span(doc, s, e, label=label) for s, e in spans]
    doc.ents = sorted([*kept, *added], key=lambda ent: ent.start)
    try:
        yield
    finally:
        doc.ents = original


def _team_spans(doc: Doc) -> list[tuple[int, int]]:
    """The teams of results and fixtures lines, organisations (the model reads "Celtic 3 Raith 0" as places
    and persons)."""
    return [(s, e) for s, e in team_spans(doc) if not _is_person_entity(doc, s, e)]


def _credit_token_spans(doc: Doc) -> list[tuple[int, int]]:
    """The tokens of the credit and link lines (bylines, photo credits: see
    :mod:`dipnews.extract.actors.credits`), which name no actors."""
    spans = (doc.char_span(s, e, alignment_mode="expand") for s, e in doc_credit_spans(doc))
    return [(span.start, span.end) for span in spans if span is not None and len(span)]


def _dateline_place_spans(doc: Doc) -> list[tuple[int, int]]:
    """The place of a dateline the model tagged as something else ("LAUSANNE, July 15 -" an organisation,
    "MANAMA" a person): a place, no actor of the story. (Untagged rather than made a place: the setting
    of the story was read without it, see :func:`home_country`.)"""
    spans = []
    for match in datelines(doc_text(doc)):
        group = dateline_place_group(match)
        place = doc.char_span(*match.span(group), alignment_mode="expand") if match.group(group) else None
        if place is not None and any(t.ent_type_ in _NOT_PLACE_LABELS for t in place):
            spans.append((place.start, place.end))
    return spans


_NOT_PLACE_LABELS = frozenset({"ORG", "PERSON", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"})


def _compass_pair_spans(doc: Doc) -> list[tuple[int, int]]:
    """Two states of a divided country the model tagged as one place ("North and South Korea"): the first
    word and the second state apart (see :func:`_elided_compass_countries`)."""
    spans = []
    for conjunction in doc[1:-2]:
        first, second = doc[conjunction.i - 1], doc[conjunction.i + 1]
        if (
            conjunction.lower_ != "and"
            or first.text not in _COMPASS_WORDS
            or second.text not in _COMPASS_WORDS
        ):
            continue
        whole = next((e for e in doc.ents if e.start <= first.i and second.i < e.end), None)
        if whole is not None and second.i + 1 < whole.end:
            spans += [(first.i, first.i + 1), (second.i, whole.end)]
    return spans


def _caucus_spans(doc: Doc) -> list[tuple[int, int]]:
    """A chamber's party caucus ("House Republicans", "Senate Democrats"): the model tags "House" ORG and
    "Republicans" NORP, and the caucus, not the chamber, is the party that meets."""
    return [
        (t.i - 1, t.i + 1)
        for t in doc[1:]
        if t.lower_ in CAUCUS_MEMBERS and t.is_title and doc[t.i - 1].lower_ in CAUCUS_CHAMBERS
    ]


def _untagged_country_spans(doc: Doc) -> list[tuple[int, int]]:
    """A country's one-word name the model left untagged ("Representatives of Japan and the United States
    met": the model tagged only the second); a name that is also a given name or a word ("Jordan",
    "Turkey") is left as tagged."""
    single = [
        (t.i, t.i + 1)
        for t in doc
        if t.ent_iob_ == "O"
        and t.pos_ == "PROPN"
        and t.is_title
        and t.text not in PERSON_LIKE_COUNTRY_NAMES
        and country_by_name(t.text) is not None
        and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].is_title)
        and not (t.i > 0 and doc[t.i - 1].pos_ == "PROPN" and doc[t.i - 1].is_title)
    ]
    # ("the Lao PDR": a two-word name, the second in capitals)
    pairs = [
        (t.i, t.i + 2)
        for t in doc[:-1]
        if t.ent_iob_ == "O"
        and doc[t.i + 1].ent_iob_ == "O"
        and t.pos_ == doc[t.i + 1].pos_ == "PROPN"
        and doc[t.i + 1].is_upper
        and country_by_name(doc[t.i : t.i + 2].text) is not None
    ]
    return sorted(single + pairs)


def _leader_surname_spans(doc: Doc) -> list[tuple[int, int]]:
    """A known leader's surname alone ("Nakasone hopes to meet ..."), which the model tags as an
    organisation or a place, or not at all, when the article never gives the full name; the surnames
    listed are unambiguous in the press (countries.yaml, leader_surnames). The model also mistypes a known
    leader's full name, mostly at the start of a sentence ("Olaf Scholz met ..." as an organisation,
    "BEIJING (Reuters) - Xi Jinping met ..." untagged): the name as listed is a person."""
    full_names = [
        (start, end)
        for _, start, end in _known_leader_matcher(doc.vocab)(doc)
        if not _inside_person_entity(doc, start, end)
    ]
    in_full_name = {i for start, end in full_names for i in range(start, end)}
    surnames = [
        (t.i, t.i + 1)
        for t in doc
        if t.text in LEADER_SURNAMES
        and t.i not in in_full_name
        and t.is_title
        and t.ent_type_ != "PERSON"
        # ("hosted Trump in Gyeongju" tagged one work of art: a leader's surname opens no title)
        and (
            t.ent_iob_ == "O"
            or (t.ent_iob_ == "B" and (not _entity_continues(doc, t.i + 1) or t.ent_type_ == "WORK_OF_ART"))
        )
        # ("the Xi-Putin summit" is read as a compound of names elsewhere; a spaced dash is no hyphen:
        # "KYIV (Reuters) - Zelenskiy met ...")
        and not (t.i > 0 and _joining_hyphen(doc[t.i - 1]))
        and not (t.i + 1 < len(doc) and _joining_hyphen(doc[t.i + 1]))
    ]
    return sorted(full_names + surnames)


@lru_cache(maxsize=4)
def _known_leader_matcher(vocab: Vocab) -> PhraseMatcher:
    from spacy.lang.en import English

    tokenizer = English().tokenizer  # the names as the pipeline's tokenizer splits them ("Suk-yeol")
    matcher = PhraseMatcher(vocab)
    names = sorted(name for name in KNOWN_LEADERS if " " in name)
    matcher.add("KNOWN_LEADER", [Doc(vocab, words=[t.text for t in tokenizer(name)]) for name in names])
    return matcher


def _inside_person_entity(doc: Doc, start: int, end: int) -> bool:
    """The tokens lie within one PERSON entity of the model's (the name already read as a person)."""
    return all(doc[i].ent_type_ == "PERSON" for i in range(start, end)) and not any(
        doc[i].ent_iob_ == "B" for i in range(start + 1, end)
    )


def _joining_hyphen(token: Token) -> bool:
    """A hyphen written between two words with no space ("Xi-Putin"), not a spaced dash."""
    return token.text == "-" and not token.whitespace_ and token.i > 0 and not token.nbor(-1).whitespace_


def _named_surname_spans(doc: Doc) -> list[tuple[int, int]]:
    """A hyphenated surname written alone after the full name ("Ahmed al-Sharaa ... to meet al-Sharaa"),
    which the model tags as a place or leaves untagged: the person already named. Only surnames with a
    particle joined by a hyphen, which no place or common word shares."""
    surnames: set[tuple[str, ...]] = set()
    spans: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) >= 4 and ent[-2].text == "-":
            surnames.add(tuple(t.lower_ for t in ent[-3:]))
    if not surnames:
        return spans
    for i in range(len(doc) - 2):
        words = (doc[i].lower_, doc[i + 1].lower_, doc[i + 2].lower_)
        if words in surnames and doc[i].ent_type_ != "PERSON" and not (i > 0 and doc[i - 1].is_title):
            spans.append((i, i + 3))
    return spans


def _pronoun_surname_spans(doc: Doc) -> list[tuple[int, int]]:
    """ "Vice Premier He Lifeng ... received He on Saturday": a family name that is also a pronoun, written
    alone and capitalised inside a sentence after the full name, is the person, not "he"."""
    family = {
        ent[0].text
        for ent in doc.ents
        if ent.label_ == "PERSON" and len(ent) >= 2 and ent[0].lower_ in MALE_PRONOUNS | FEMALE_PRONOUNS
    }
    return [
        (t.i, t.i + 1)
        for t in doc
        if t.text in family
        and not t.is_sent_start
        and t.ent_type_ != "PERSON"
        and not doc[t.i - 1].is_quote
        # ("Trump Says He Will Meet Xi": a title-case headline's pronoun, between two verbs)
        and not (
            doc[t.i - 1].pos_ in ("VERB", "AUX")
            and t.i + 1 < len(doc)
            and doc[t.i + 1].pos_ in ("VERB", "AUX")
        )
    ]


def _company_short_name_spans(doc: Doc) -> list[tuple[int, int]]:
    """A firm named in full with its legal form ("Piedmont Aviation Inc") and then by its first word alone,
    which the model tags as a place or leaves untagged ("talks with Piedmont"): the firm."""
    short_names: set[str] = set()
    for ent in doc.ents:
        if ent.label_ == "ORG" and len(ent) in (2, 3) and _is_legal_form(ent[-1].text):
            first = ent[0]
            if (
                first.is_title
                and first.is_alpha
                and not first.is_stop
                and country_by_name(first.text) is None
            ):
                short_names.add(first.text)
    if not short_names:
        return []
    return [
        (t.i, t.i + 1)
        for t in doc
        if t.text in short_names
        and t.ent_type_ in ("GPE", "LOC", "")
        and (t.ent_iob_ == "O" or not _entity_continues(doc, t.i + 1))
        and t.pos_ == "PROPN"
        and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].is_title)
    ]


def _entity_continues(doc: Doc, i: int) -> bool:
    return i < len(doc) and doc[i].ent_iob_ == "I"


def extract_actors(doc: Doc, meta: ArticleMeta) -> ArticleActors:
    """All actors of one article and every mention resolved to them (see the module docstring). The
    model's entities are repaired for the block (each repair reads the entities the previous one left)."""
    pairs = country_pairs(doc, PAIR_DEALING_NOUNS)
    with (
        _entities_replaced(doc, _credit_token_spans(doc), None),
        _entities_replaced(doc, _team_spans(doc), "ORG"),
        _entities_replaced(doc, _caucus_spans(doc), "ORG"),
        _entities_replaced(doc, _untagged_country_spans(doc), "GPE"),
        _entities_replaced(doc, _dateline_place_spans(doc), None),
        _entities_replaced(doc, _compass_pair_spans(doc), "GPE"),
        _entities_replaced(doc, _leader_surname_spans(doc), "PERSON"),
        _entities_replaced(doc, _named_surname_spans(doc), "PERSON"),
        _entities_replaced(doc, _pronoun_surname_spans(doc), "PERSON"),
        _entities_replaced(doc, _company_short_name_spans(doc), "ORG"),
        # a pair's sides are read below, not the entity the model made of it ("U.S.-Japan" ORG)
        _entities_replaced(doc, [(pair.start, pair.end) for pair in pairs], None),
    ):
        return _extract_actors(doc, meta, pairs)


def _pair_country_mentions(text: str, pairs: list[CountryPair], before_soviet_end: bool) -> list[_Found]:
    """Each side of a hyphenated pair of countries before a noun of dealings, as a country mention."""
    found = []
    for pair in pairs:
        for start, end, code in pair.sides:
            kind = "name" if country_by_name(text[start:end]) else "demonym"
            # ("Russo-Japanese talks" in 1987 are Soviet ones, as for any demonym)
            found.append(_Found(f"country:{_period_code(code, kind, before_soviet_end)}", start, end, kind))
    return found


# Words that tell apart the two states of a divided country ("North Korea", "East Germany").
_COMPASS_WORDS = frozenset({"North", "South", "East", "West"})


def _elided_compass_countries(doc: Doc, found: list[_Found]) -> list[_Found]:
    """The first side of two states of a divided country written with their name once ("talks between
    North and South Korea", "North and South Korean officials", "East and West Germany"): "North" stands
    for North Korea, as the second side found already stands for South Korea, in the way that second
    side was found (a name, or a demonym acting as a party)."""
    added = []
    for mention in found:
        span = doc.char_span(mention.char_start, mention.char_end)
        if not mention.key.startswith("country:") or span is None or len(span) < 2 or span.start < 2:
            continue
        first, conjunction = doc[span.start - 2], doc[span.start - 1]
        if conjunction.lower_ != "and" or first.text not in _COMPASS_WORDS or first.text == span[0].text:
            continue
        if any(f.char_start <= first.idx < f.char_end for f in found):
            continue
        whole = f"{first.text} {doc[span.start + 1 : span.end].text}"
        code = country_by_name(whole) or country_by_demonym(whole)
        if code is not None:
            added.append(_Found(f"country:{code}", first.idx, first.idx + len(first.text), mention.kind))
    return added


def _extract_actors(doc: Doc, meta: ArticleMeta, pairs: list[CountryPair]) -> ArticleActors:
    text = doc_text(doc)
    ents = _ent_index(doc)
    quote_mask = _quote_mask(text)
    sentences = SentenceIndex(doc)
    before_soviet_end = meta.published_date is not None and meta.published_date < SOVIET_DISSOLUTION

    name_mentions, clusters, person_keys, taken_tokens = _name_clusters(doc, ents, quote_mask)
    all_person_mentions = _add_description_mentions(
        doc, ents, clusters, name_mentions, taken_tokens, quote_mask
    )
    for mention in all_person_mentions:
        mention.sentence = sentences.index_at(doc[mention.start].idx)
    _resolve_pronouns(doc, all_person_mentions, clusters, sentences, quote_mask)
    found = _person_found(doc, all_person_mentions, clusters, person_keys)
    actors = _person_actors(doc, ents, clusters, person_keys, sentences)

    org_spans = _countries_and_organization_spans(doc, ents, taken_tokens, before_soviet_end, found)
    found.extend(_pair_country_mentions(text, pairs, before_soviet_end))
    found.extend(_elided_compass_countries(doc, found))
    org_spans = _with_pattern_organizations(doc, org_spans, taken_tokens, found)
    org_spans = _with_numbered_groups(doc, org_spans, taken_tokens)
    _add_organizations(doc, ents, org_spans, found, actors)
    _organization_descriptions(doc, ents, taken_tokens, found, actors, sentences)
    _countries_from_linked_organizations(doc, clusters, person_keys, found, actors)
    _add_country_actors(found, actors)
    return _article_actors(found, actors, text, sentences)


# Results of reading an organisation's country besides an ISO3 code: an international body (its
# officials have no national affiliation) and an organisation whose country the article does not give
# (a company's employee: the guideline leaves the country empty rather than guessed from the setting).
_INTERNATIONAL = "international"
_UNKNOWN_ORGANIZATION = "unknown organization"
# A public or civic body whose country the article does not write ("Senate Finance Committee chairman",
# "president of the Union for Reform Judaism"): a national body, so of the country the story is set in,
# unlike a company of unknown country (whose employee gets no country).
_NATIONAL_BODY = "national body"
_NOT_A_COUNTRY = frozenset({_INTERNATIONAL, _UNKNOWN_ORGANIZATION, _NATIONAL_BODY})


def _office_country(titles: list[str]) -> str | None:
    """A US-only (or UK-only) office in any of the titles, also with modifiers ("former senator")."""
    for title in titles:
        for office, code in OFFICE_COUNTRY.items():
            if title == office or title.endswith(" " + office):
                return code
    return None


def _linked_organization_country(doc: Doc, ents: list[Span | None], span: tuple[int, int]) -> str | None:
    """Country of the organisation a person's title ties them to: a national institution, a country
    word in or before its name; or one of the markers _INTERNATIONAL and _UNKNOWN_ORGANIZATION."""
    start, end = span
    if end <= start:
        return None
    name = _clean_text(doc[start:end].text)
    if is_international_body(name):
        return _INTERNATIONAL
    code = institution_country(name) or GOVERNMENT_ORGANIZATIONS.get(name.lower())
    if code:
        return code
    if doc[start].is_upper and end - start > 1:
        code = institution_country(doc[start].text)  # a body of a listed one: "LDP Policy Affairs Council"
        if code:
            return code
    code = _organization_country(doc, ents, start, end, name)
    if code:
        return code
    is_public_body = not PUBLIC_BODY_WORDS.isdisjoint(word.lower() for word in name.split())
    return _NATIONAL_BODY if is_public_body else _UNKNOWN_ORGANIZATION


def _own_country(
    doc: Doc, ents: list[Span | None], cluster: _Cluster, titles: list[str]
) -> tuple[str | None, str]:
    """Steps 1-5 and the abstention of step 8 of :func:`_assign_person_countries` for one person: what
    the person's own mentions say, with how explicit it is (see dipnews.model.COUNTRY_EVIDENCE)."""
    countries = Counter(c for m in cluster.mentions for c in m.countries)
    if countries:
        return countries.most_common(1)[0][0], "explicit"
    organization_codes = [
        _linked_organization_country(doc, ents, span)
        for m in cluster.mentions
        for span in m.links.organizations
    ]
    country = next((c for c in organization_codes if c not in _NOT_A_COUNTRY), None)
    if country is None and _INTERNATIONAL in organization_codes:
        country = _INTERNATIONAL
    country = country or _office_country(titles) or leader_country(cluster.name)
    if country is not None:
        return country, "institution"
    country = next((m.visit_origin for m in cluster.mentions if m.visit_origin), None)
    if country is not None:
        return country, "inferred"
    # Only a company of unknown country, named or implied by a company office ("Mondelez CEO"), keeps the
    # person from the setting's country (step 8).
    works_for_company = _UNKNOWN_ORGANIZATION in organization_codes or any(
        is_company_office(t) for t in titles
    )
    return (_UNKNOWN_ORGANIZATION if works_for_company else None), "inferred"


def _assign_person_countries(
    doc: Doc,
    ents: list[Span | None],
    clusters: list[_Cluster],
    cluster_titles: list[list[str]],
    sentences: SentenceIndex,
) -> list[tuple[str | None, str | None]]:
    """One country (or None) per person cluster, with how explicit its evidence is (one of
    dipnews.model.COUNTRY_EVIDENCE, None without a country).  Evidence, strongest first:

    1. country words around any mention (majority): "Chinese defence minister", "King Fahd of Saudi
       Arabia", "Russia's", ", a Lebanese citizen", party words, government metonyms (explicit);
    2. a national institution the title names ("Bundesbank president", "MITI vice president"); an
       international body ("IMF managing director") means no national affiliation (institution);
    3. an office that exists in one country only ("senator", "secretary of state") (institution);
    4. a well-known leader by name ("President Reagan") (institution);
    5. a visit: "Xi's state visit to Russia" names the visitor's country elsewhere in the sentence
       (inferred);
    6. the person of whom this one is an aide ("Obama's adviser") or whom he accompanies (inferred);
    7. a visitor to the story's setting ("King Faisal visited in 1967"): the one other country named
       in that sentence or the one before (inferred);
    8. a company or other organisation of unknown country: no country (abstain);
    9. the setting of the story (home_country), when the article gives nothing else (setting).
    Steps 6 and 7 need the other persons' results, so the steps run in two passes.
    """
    token_cluster: dict[int, int] = {}
    for index, cluster in enumerate(clusters):
        for mention in cluster.mentions:
            if mention.kind == "name":
                for token in range(mention.start, mention.end):
                    token_cluster[token] = index
    own = [_own_country(doc, ents, cluster, cluster_titles[i]) for i, cluster in enumerate(clusters)]

    home: str | None = None
    home_computed = False
    result: list[tuple[str | None, str | None]] = []
    for index, cluster in enumerate(clusters):
        country, evidence = own[index]
        if country is None or country == _UNKNOWN_ORGANIZATION:
            linked = [t for m in cluster.mentions for t in (*m.links.owners, *m.links.companions)]
            for token in linked:
                other = token_cluster.get(token)
                linked_country = own[other][0] if other is not None and other != index else None
                if linked_country is not None and linked_country not in _NOT_A_COUNTRY:
                    country, evidence = linked_country, "inferred"
                    break
        if country is None and any(m.visits_unnamed_destination for m in cluster.mentions):
            if not home_computed:
                home, home_computed = (home_country(doc, ents) if USE_HOME_COUNTRY_FALLBACK else None), True
            country = _visitor_country(doc, ents, cluster, sentences, home)
        if country is None:
            if not home_computed:
                home, home_computed = (home_country(doc, ents) if USE_HOME_COUNTRY_FALLBACK else None), True
            country, evidence = home, "setting"
        kept = None if country in _NOT_A_COUNTRY else country
        # An official of an international body has no national affiliation, and the article says so:
        # the evidence is kept with no country, so it outweighs other articles' guesses from their setting.
        stated_none = country == _INTERNATIONAL
        result.append((kept, evidence if kept is not None or stated_none else None))
    return result


def _add_country_actors(found: list[_Found], actors: dict[str, LocalActor]) -> None:
    """One actor per country mentioned; its country is its own name, the most explicit evidence."""
    for item in found:
        if item.key.startswith("country:") and item.key not in actors:
            code = item.key.split(":", 1)[1]
            actors[item.key] = LocalActor(
                local_key=item.key,
                name=country_name(code),
                actor_type="country",
                country_iso3=code,
                country_evidence="explicit",
            )


def _visitor_country(
    doc: Doc, ents: list[Span | None], cluster: _Cluster, sentences: SentenceIndex, home: str | None
) -> str | None:
    """The one country other than the setting named in the visit's sentence or the one before."""
    for mention in cluster.mentions:
        if not mention.visits_unnamed_destination:
            continue
        sentence = doc[mention.start].sent
        previous_start = sentence.start - 1
        window_start = doc[previous_start].sent.start if previous_start >= 0 else sentence.start
        codes = {
            code
            for ent in doc[window_start : sentence.end].ents
            if ent.label_ in ("GPE", "NORP") and (code := _span_country(ent.text)) and code != home
        }
        if len(codes) == 1:
            return codes.pop()
    return None


def home_country(doc: Doc, ents: list[Span | None]) -> str | None:
    """The country an article is set in: the most frequent country among its place names (countries,
    capitals, cities, US states), with extra weight for a dateline ("JERUSALEM - ..."), places used
    as settings ("in Ottawa", "to Washington") and government metonyms ("the White House").

    Why: the press marks foreign officials by nationality ("French Prime Minister Jacques Chirac") and
    leaves the local ones unmarked ("President Ronald Reagan" in a Washington story), so an unmarked
    person most likely belongs to the country where the story is set.  Adjectival demonyms are not
    counted: they are exactly the marks of foreignness; a country that is only talked about ("talks
    on North Korea") is a topic rather than the setting, hence the extra weight for locative uses.
    """
    settings: Counter[str] = Counter()
    places: Counter[str] = Counter()
    dateline_spans = [m.span() for m in datelines(doc_text(doc))]
    for ent in doc.ents:
        if ent.label_ in ("GPE", "LOC"):
            start, end = _strip_span(doc, ent.start, ent.end)
            code = place_country(doc[start:end].text) if end > start else None
            if code is None or _names_an_office(doc, start):
                continue
            places[code] += 1
            if (
                ent.text.isupper()
                and len(ent.text) > 3
                and end < len(doc)
                and doc[end].text in ("-", "--", ",")
            ) or any(s <= ent.start_char < e for s, e in dateline_spans):
                settings[code] += 3  # a dateline
            root = _effective_dependency(ent.root)
            if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPOSITIONS:
                settings[code] += 1
            elif root.dep_ in GOVERNMENT_ROLES:
                settings[code] += 1  # a country acting ("The Philippines will offer", "Manila insists")
        elif ent.label_ in ("ORG", "FAC"):
            code = GOVERNMENT_ORGANIZATIONS.get(ent.text.lower().removeprefix("the "))
            if code:
                settings[code] += 1
    counts = places + settings
    if not counts:
        return None
    return counts.most_common(1)[0][0]


def _names_an_office(doc: Doc, start: int) -> bool:
    """ "the Hon. X, Prime Minister of Australia", "the President of the Philippines": the state an office
    is of is part of a title, not the place where the story is set."""
    of = start - 2 if start >= 2 and doc[start - 1].lower_ == "the" else start - 1
    return of >= 1 and doc[of].lower_ == "of" and title_head(doc[of - 1].text) is not None


def _resolve_pronouns(
    doc: Doc,
    person_mentions: list[_PersonMention],
    clusters: list[_Cluster],
    sentences: SentenceIndex,
    quote_mask: list[bool],
) -> None:
    """Resolve "he"/"she" to the most salient compatible person mentioned before.

    Salience (centering): a person in the same sentence before the pronoun, preferring the nearest
    subject; otherwise, in the nearest previous sentence that mentions a person, its subject
    (the first one: the main clause's), else its first person.  Names inside quotation marks are not
    antecedents of a pronoun outside them: in '"Putin is wrong," he said' the speaker is not Putin.
    Resolved pronouns are antecedents in turn, so a chain "Li said ... He said ... He added" holds.
    """
    pronoun_tokens = [t for t in doc if t.lower_ in MALE_PRONOUNS | FEMALE_PRONOUNS or _object_pronoun(t)]
    if not pronoun_tokens or not clusters:
        return
    recent: list[_PersonMention] = []
    pointer = 0
    for token in pronoun_tokens:
        while pointer < len(person_mentions) and person_mentions[pointer].start < token.i:
            recent.append(person_mentions[pointer])
            pointer += 1
        sentence = sentences.index_at(token.idx)
        pronoun_in_quote = quote_mask[token.idx]
        wants_female = token.lower_ in FEMALE_PRONOUNS | FEMALE_OBJECT_PRONOUNS
        # "Grant will meet him": an object pronoun is not its own clause's subject (binding)
        # "In talks with X, she raised ...": the one met with is not who met
        excluded = (
            _clause_subject_clusters(token, recent)
            if _object_pronoun(token)
            else _met_with_clusters(token, recent)
        )
        candidates = [
            m
            for m in recent[-40:]
            if sentence - m.sentence <= PRONOUN_WINDOW_SENTENCES
            and (pronoun_in_quote or not m.in_quote)
            and clusters[m.cluster].female in (None, wants_female)
            and m.cluster not in excluded
            and not _names_a_venue(doc, m)
        ]
        if not candidates:
            continue
        chosen = _most_salient(candidates, sentence)
        cluster = clusters[chosen.cluster]
        if cluster.female is None:
            cluster.female = wants_female
        mention = _PersonMention(
            start=token.i,
            end=token.i + 1,
            words=(),
            kind="pronoun",
            cluster=chosen.cluster,
            sentence=sentence,
        )
        mention.is_subject = token.dep_ in _SUBJECT_DEPS
        mention.in_quote = pronoun_in_quote
        recent.append(mention)
    person_mentions.extend(m for m in recent if m.kind == "pronoun")
    person_mentions.sort(key=lambda m: m.start)


def _names_a_venue(doc: Doc, mention: _PersonMention) -> bool:
    """ "at Sylvia's restaurant": a name owning a venue noun is the venue's name, which no pronoun takes
    up."""
    after = mention.end
    return after + 1 < len(doc) and doc[after].tag_ == "POS" and doc[after + 1].lemma_.lower() in VENUE_NOUNS


def _object_pronoun(token: Token) -> bool:
    return token.dep_ in _OBJECT_DEPS and token.lower_ in MALE_OBJECT_PRONOUNS | FEMALE_OBJECT_PRONOUNS


def _clause_subject_clusters(pronoun: Token, recent: list[_PersonMention]) -> set[int]:
    """The persons who are subjects of the verb an object pronoun depends on (through a preposition)."""
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    subjects = {c.i for c in verb.children if c.dep_ in _SUBJECT_DEPS}
    # "X criticised Y's policy but agreed to meet him": a verb without its own subject (an infinitive, a
    # second coordinated verb) has the subject of the verb it depends on
    # ("endorsed X after meeting him": a clause of a preposition shares the subject of the verb it
    # qualifies)
    for _ in range(3):
        if subjects or verb.head is verb:
            break
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head is not verb.head:
            verb = verb.head.head
        elif verb.dep_ in ("xcomp", "conj"):
            verb = verb.head
        else:
            break
        subjects = {c.i for c in verb.children if c.dep_ in _SUBJECT_DEPS}
    return {m.cluster for m in recent if m.end - 1 in subjects}


def _met_with_clusters(pronoun: Token, recent: list[_PersonMention]) -> set[int]:
    """The persons a subject pronoun's clause met with before it ("In talks with X, she ..."): a with-phrase
    names the other side of an encounter, never the subject's own referent."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    met = {
        c.i
        for t in pronoun.head.subtree
        if t.i < pronoun.i and t.dep_ == "pobj" and t.head.lower_ == "with"
        for c in (t, *t.conjuncts)
    }
    return {m.cluster for m in recent if m.end - 1 in met}


def _most_salient(candidates: list[_PersonMention], sentence: int) -> _PersonMention:
    same_sentence = [m for m in candidates if m.sentence == sentence]
    if same_sentence:
        subjects = [m for m in same_sentence if m.is_subject]
        return (subjects or same_sentence)[-1]
    latest = max(m.sentence for m in candidates)
    previous = [m for m in candidates if m.sentence == latest]
    subjects = [m for m in previous if m.is_subject]
    return (subjects or previous)[0]


def _joined_portfolio_head(doc: Doc, end: int) -> bool:
    """ "Venezuelan Energy" + "and Mines Minister": another portfolio joined by "and", then the office's head,
    follows the span, so the span is the office's first portfolio."""
    k = end
    if k >= len(doc) or doc[k].lower_ not in ("and", "&"):
        return False
    k += 1
    while k < len(doc) and is_title_word(doc[k].text) and _head_at(doc, k) is None:
        k += 1
    return k > end + 1 and k < len(doc) and _head_at(doc, k) is not None


def _is_real_organization(doc: Doc, start: int, end: int) -> bool:
    """Reject ORG spans that are parts of titles or not names at all.

    spaCy's small model tags capitalised portfolio words as ORG in "Russia's Defence Minister Sergei
    Shoigu" and "Treasury Secretary James Baker"; such a span (only title words, followed by or
    containing an office head) is part of a title.  A span without a capital letter is not a name.
    """
    span = doc[start:end]
    if not any(ch.isupper() for ch in span.text):
        # "the foreign ministry": a portfolio's ministry is the department, however written; so is the
        # committee of a country's creditor banks
        return (span[-1].lower_ == "ministry" and span[:-1].text.lower() in MINISTRY_PORTFOLIOS) or (
            is_creditor_committee(doc, start, end)
        )
    if _is_corporate_suffix_only(doc, start, end):
        return False  # "Co" of "Pesch and Co" tagged alone: a legal form, not a name
    if re.fullmatch(r"[A-Z]\.?", span.text):
        return False  # "posted on X.": one letter is an initial or a medium's name, not a party
    if span.text.lower() in TIME_ZONES:
        return False
    if len(span) > 1 and span[-1].lower_ in EVENT_NAME_HEADS:
        return False  # "the China-Laos Foreign Ministers' Meeting": an event, where parties meet
    if _after_office_portfolio(doc, start, end + 1) == end:
        return False  # "Secretary of State", "Secretary of Energy": the office's portfolio, not a body
    office_first = singular_title_head(span[0].text) is None and title_head(span[0].text) is not None
    if len(span) > 2 and office_first and span[1].lower_ in ("of", "for"):
        return False  # "the Minister for Foreign Affairs of Japan": an office, whoever holds it
    # ("the Defence Attaché of" the Republic of Korea: the model ran the office into the next phrase)
    while len(span) > 1 and span[-1].is_lower and span[-1].pos_ in ("ADP", "DET", "CCONJ"):
        span = span[:-1]
    # "Indian External Affairs" Minister: a nationality before portfolio words is part of the title too
    words = (
        [t for t in span if country_by_demonym(t.text) is None] if country_by_demonym(span[0].text) else span
    )
    words_are_title = bool(words) and all(is_title_word(t.text) or t.is_punct for t in words)
    # ("Treasury Secretary James Baker": part of his title; "U.S. Treasury officials": a country's body
    # before a plural office is theirs, while "House members" are members of the House)
    body_of_group = (
        doc[end].tag_ == "NNS" and _span_country(span[0].text) is not None if end < len(doc) else False
    )
    next_is_head = end < len(doc) and _head_at(doc, end) is not None and not body_of_group
    next_is_head = next_is_head or _joined_portfolio_head(doc, end)
    contains_head = any(title_head(t.text) for t in span)
    if words_are_title and (next_is_head or contains_head):
        return False
    return not all(t.lower_ in HONORIFICS or t.is_punct for t in span)


# Groups of states named by their number: "the group of seven leading industrial nations", "the Group
# of Seven", "G-7" and "G7" are one organisation, canonically "Group of Seven".  The press writes the
# name out in lower case with a description after it, so a lower-case "group of <n>" counts only when
# the description of states follows within a few words ("a group of seven senators" does not).
GROUP_SIZES: dict[str, str] = {
    **{"five": "Five", "seven": "Seven", "eight": "Eight", "ten": "Ten", "twenty": "Twenty"},
    **{"5": "Five", "7": "Seven", "8": "Eight", "10": "Ten", "20": "Twenty", "77": "77"},
    # the developing countries' Group of 15 and the IMF's caucus of developing members, the Group of 24
    **{"15": "15", "24": "24"},
}
_GROUP_SIZE_PATTERN = "|".join(sorted(GROUP_SIZES, key=len, reverse=True))
_GROUP_SHORT_NAME = re.compile(rf"^G-?({_GROUP_SIZE_PATTERN})$")
_GROUP_LONG_NAME = re.compile(rf"^(?:the )?group of ({_GROUP_SIZE_PATTERN})$", re.IGNORECASE)
_GROUP_IN_TEXT = re.compile(
    rf"\b(?:G-?(?:{_GROUP_SIZE_PATTERN})\b"
    rf"|Group of (?i:{_GROUP_SIZE_PATTERN})\b"
    rf"|(?<=the )group of (?i:{_GROUP_SIZE_PATTERN})"
    rf"(?=(?:\s+[\w-]+){{0,3}}?\s+(?:nations|countries|democracies|economies|powers|states)\b))"
)


def numbered_group_name(name: str) -> str | None:
    """Canonical name of a numbered group of states ("G-7" -> "Group of Seven"), else None."""
    match = _GROUP_SHORT_NAME.match(name) or _GROUP_LONG_NAME.match(name)
    return f"Group of {GROUP_SIZES[match.group(1).lower()]}" if match else None


def _numbered_group_spans(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """Token spans naming a numbered group of states, whatever the model tagged them as."""
    spans: list[tuple[int, int]] = []
    for match in _GROUP_IN_TEXT.finditer(doc_text(doc)):
        span = doc.char_span(match.start(), match.end())
        if span is not None and not any(i in taken for i in range(span.start, span.end)):
            spans.append((span.start, span.end))
    return spans


def _countries_from_linked_organizations(
    doc: Doc,
    clusters: list[_Cluster],
    person_keys: list[str],
    found: list[_Found],
    actors: dict[str, LocalActor],
) -> None:
    """A person left without a country whose title names an organisation ("Escom chairman") takes the
    country the article gives that organisation under any of its names ("South Africa's Electricity
    Supply Commission (Escom)"): an official serves the country of the institution he heads."""
    organization_at = {f.char_start: f.key for f in found if f.key.startswith("organization:")}
    for index, cluster in enumerate(clusters):
        person = actors[person_keys[index]]
        if person.country_iso3 is not None:
            continue
        for mention in cluster.mentions:
            for start, _ in mention.links.organizations:
                key = organization_at.get(doc[start].idx) if start < len(doc) else None
                code = actors[key].country_iso3 if key is not None else None
                if code is not None:
                    person.country_iso3, person.country_evidence = code, "institution"
                    break
            if person.country_iso3 is not None:
                break


def _is_corporate_suffix_only(doc: Doc, start: int, end: int) -> bool:
    return all(t.lower_ in CORPORATE_SUFFIXES or t.is_punct for t in doc[start:end])


def _firm_name_start(doc: Doc, ents: list[Span | None], suffix_start: int) -> int:
    """Start of a firm name "<Name> and Co" whose suffix the model tagged alone; the suffix's own start
    when no capitalised name precedes "and"/"&" (then the fragment is rejected as junk)."""
    if suffix_start < 2 or doc[suffix_start - 1].lower_ not in ("and", "&"):
        return suffix_start
    owner = doc[suffix_start - 2]
    if not owner.text[:1].isupper():
        return suffix_start
    ent = ents[owner.i]
    return ent.start if ent is not None and ent.label_ in ("PERSON", "ORG") else owner.i


# Entity labels an acronym defined in the text keeps its own reading under: a person or a place.
_NOT_ACRONYM_LABELS: frozenset[str] = frozenset({"PERSON", "GPE", "NORP", "LOC"})


def _acronym_definition(doc: Doc, start: int, end: int) -> str | None:
    """The acronym an organisation name defines in brackets right after it: "the Kurdistan Democratic
    Party (KDP)" defines "KDP" when its letters come from the name's words (see _is_acronym_of)."""
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return None
    acronym = doc[end + 1].text
    if not (acronym.isupper() and 2 <= len(acronym) <= 8):
        return None
    return acronym if _is_acronym_of(acronym, doc[start:end].text) else None


def _defined_acronym_spans(
    doc: Doc, ents: list[Span | None], org_spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Recall repair: an acronym an organisation defines in the text ("... Party (KDP)") is that
    organisation wherever it occurs, though the small model often leaves it untagged or tags it as
    something else; it joins the spelled-out name in :func:`_add_organizations`."""
    defined = {_acronym_definition(doc, start, end) for start, end in org_spans} - {None}
    if not defined:
        return []
    covered = {i for start, end in org_spans for i in range(start, end)}
    return [
        (token.i, token.i + 1)
        for token in doc
        if token.text in defined
        and token.i not in covered
        and not (ents[token.i] is not None and ents[token.i].label_ in _NOT_ACRONYM_LABELS)
    ]


def _add_organizations(
    doc: Doc,
    ents: list[Span | None],
    org_spans: list[tuple[int, int]],
    found: list[_Found],
    actors: dict[str, LocalActor],
) -> None:
    """Organizations by their fullest name: an acronym ("IMF") or a shorter form that ends the full
    name ("Communist Party" of "Chinese Communist Party") joins the spelled-out organization."""
    org_spans = sorted(org_spans + _defined_acronym_spans(doc, ents, org_spans))
    names: list[str] = []
    for start, end in org_spans:
        name = _organization_name(doc[start:end])
        if name not in names:
            names.append(name)
    canonical_of: dict[str, str] = {}
    longest_first = sorted(names, key=lambda n: (-len(n.split()), names.index(n)))
    for name in longest_first:
        target = numbered_group_name(name) or name
        for longer in longest_first:
            if longer == name or len(longer.split()) <= len(name.split()):
                continue
            if (
                (" " not in name and name[:1].isupper() and _is_acronym_of(name, longer))
                or longer.lower().endswith(" " + name.lower())
                or _short_company_name(name, longer)
            ):
                target = canonical_of.get(longer, longer)
                break
        canonical_of[name] = target
    for start, end in org_spans:
        name = _organization_name(doc[start:end])
        canonical = canonical_of[name]
        key = f"organization:{canonical}"
        if key not in actors:
            actors[key] = LocalActor(local_key=key, name=canonical, actor_type="organization")
        actor = actors[key]
        if actor.country_iso3 is None and not is_international_body(canonical):
            actor.country_iso3 = _organization_country(doc, ents, start, end, canonical)
            actor.country_evidence = "explicit" if actor.country_iso3 is not None else None
        kind = "name" if normalise_name(name) == normalise_name(canonical) else "alias"
        found.append(_Found(key, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), kind))


def _short_company_name(name: str, longer: str) -> bool:
    """ "USAir" and "USAir Group" for "USAir Group Inc", "Piedmont" for "Piedmont Aviation Inc": the firm's
    name without its legal form (and at most one word before that), as the wire repeats it after the full
    name."""
    words, full = name.split(), longer.split()
    return (
        len(full) - len(words) in (1, 2)
        and [w.lower() for w in full[: len(words)]] == [w.lower() for w in words]
        and _is_legal_form(full[-1])
    )


# The corporate suffixes without their full stops ("Inc." and "Inc" alike).
_LEGAL_FORMS = frozenset(suffix.rstrip(".") for suffix in CORPORATE_SUFFIXES)


def _is_legal_form(word: str) -> bool:
    return word.lower().rstrip(".") in _LEGAL_FORMS


def _organization_name(span: Span) -> str:
    """An organisation's name as written; a ministry written in lower case ("the foreign ministry") is
    named as its proper name is written ("Foreign Ministry")."""
    name = _clean_text(span.text)
    return name.title() if name.islower() else name


def _organization_country(doc: Doc, ents: list[Span | None], start: int, end: int, name: str) -> str | None:
    """An organization's country: a government metonym ("White House"), a country word inside the
    name ("Chinese Communist Party") or before it ("Japan's ruling ...", "the Soviet news agency")."""
    if name.lower() in GOVERNMENT_ORGANIZATIONS:
        return GOVERNMENT_ORGANIZATIONS[name.lower()]
    if (listed := institution_country(name)) is not None:
        return listed  # "the Political Bureau of the CPC Central Committee"
    for token in doc[start:end]:
        code = country_by_demonym(token.text) or country_by_name(token.text)
        if code:
            return code
    countries: list[str] = []
    i = start - 1
    while i >= 0 and doc[i].is_lower and doc[i].pos_ in ("ADJ", "NOUN") and i > start - 4:
        i -= 1  # "Japan's ruling Liberal Democratic Party"
    if i >= 0:
        _read_modifiers_left(doc, i, ents, [], countries)
    return countries[0] if countries else _owner_of_its(doc, start, end)


def _owner_of_its(doc: Doc, start: int, end: int) -> str | None:
    """ "the steering committee for its creditor banks": "its" is the country named last before the body
    in its sentence (the one negotiating with it)."""
    if end + 1 >= len(doc) or doc[end].lower_ not in ("for", "of") or doc[end + 1].lower_ != "its":
        return None
    for token in reversed(doc[doc[start].sent.start : start]):
        if token.ent_type_ == "GPE" and (code := country_by_name(token.text)) is not None:
            return code
    return None


# Definite descriptions of an organisation by its kind ("Escom ... The utility said", "the company",
# "the ministry"): they refer back to the organisation of that kind named most recently before.
# Each kind lists words whose presence in a name marks an organisation of the kind (the lexicon's
# organization_kinds).
def _organization_kind_words(kinds: Mapping[str, Any]) -> dict[str, frozenset[str]]:
    """{kind: the words that mark a name as an organisation of the kind} from the lexicon's table; a
    generic business kind is also marked by any corporate suffix."""
    words: dict[str, frozenset[str]] = {}
    for kind, attributes in kinds.items():
        if not isinstance(attributes, Mapping) or set(attributes) != {"corporate_suffix", "name_words"}:
            raise LexiconError(
                f"lexicon actors, organization_kinds {kind!r}: needs corporate_suffix and name_words"
            )
        suffixes = CORPORATE_SUFFIXES if attributes["corporate_suffix"] is True else frozenset()
        words[kind] = frozenset(str(w) for w in attributes["name_words"]) | suffixes
    return words


ORGANIZATION_KIND_WORDS: dict[str, frozenset[str]] = _organization_kind_words(
    ACTORS_LEXICON.table("organization_kinds")
)
# Business kinds also fall back to the latest organisation that is not a public body, since a firm's
# name often carries no suffix ("Escom ... the corporation said").
BUSINESS_KINDS: frozenset[str] = frozenset(
    {"company", "firm", "corporation", "concern", "conglomerate", "utility", "bank", "lender", "airline"}
    | {"carrier", "insurer", "refiner"}
)
# Head words of public bodies (and national institutions generally): never "the company".
PUBLIC_BODY_WORDS: frozenset[str] = frozenset(
    {"ministry", "department", "party", "parliament", "congress", "senate", "assembly", "court", "army"}
    | {"police", "council", "committee", "government", "agency", "union", "league", "federation", "nations"}
)
# How many sentences back an organisation description may find its organisation.
DESCRIPTION_WINDOW_SENTENCES = 3


def _organization_kind_matches(description: str, actor: LocalActor, words: set[str]) -> tuple[bool, bool]:
    """(the name marks the kind, the organisation may be a business at all); ``words`` are the lower-cased
    words of all its names in the article."""
    marked = bool(words & ORGANIZATION_KIND_WORDS[description])
    public = (
        bool(words & PUBLIC_BODY_WORDS)
        or actor.name.lower() in GOVERNMENT_ORGANIZATIONS
        or is_international_body(actor.name)
        or institution_country(actor.name) is not None
    )
    return marked, not public


def _organization_descriptions(
    doc: Doc,
    ents: list[Span | None],
    taken: set[int],
    found: list[_Found],
    actors: dict[str, LocalActor],
    sentences: SentenceIndex,
) -> None:
    """Resolve "the <kind>" to the organisation named before (mention kind "title").

    The antecedent is looked for in the previous sentences only, most recent first: inside its own
    sentence a description rarely repeats a name just given ("talks with Pesch and Co, which is seeking
    control of the company" is another company).  An organisation whose name marks the kind wins over
    the business fallback (see BUSINESS_KINDS)."""
    named = sorted(
        (f for f in found if f.key.startswith("organization:") and f.kind in ("name", "alias")),
        key=lambda f: f.char_start,
    )
    if not named:
        return
    name_words: dict[str, set[str]] = {}
    for item in named:
        words = name_words.setdefault(
            item.key, {w.lower().strip(".,") for w in actors[item.key].name.split()}
        )
        words.update(w.lower().strip(".,") for w in doc_text(doc)[item.char_start : item.char_end].split())
    n = len(doc)
    text = doc_text(doc)
    for i, token in enumerate(doc):
        description = token.lower_
        if (
            description not in ORGANIZATION_KIND_WORDS
            or token.tag_ != "NN"
            or i in taken
            or ents[i] is not None
        ):
            continue
        following = doc[i + 1] if i + 1 < n else None
        if following is not None and (
            following.lower_ == "of"
            or (following.pos_ in ("NOUN", "PROPN") and following.text not in _POSSESSIVE_TOKENS)
        ):
            continue  # "the company spokesman", "the bank of ...": not the description itself
        start = i - 1
        while start >= 0 and start > i - 3 and doc[start].is_lower and doc[start].pos_ in ("ADJ", "NOUN"):
            start -= 1  # "the state-owned utility" / "the state utility"
        if start < 0 or doc[start].lower_ != "the":
            continue
        sentence = sentences.index_at(token.idx)
        first_sentence = sentence - DESCRIPTION_WINDOW_SENTENCES
        # A paragraph break also ends a sentence, when the wire text lost its full stop there.
        boundary = max(token.sent.start_char, text.rfind("\n", token.sent.start_char, token.idx) + 1)
        marked: str | None = None
        fallback_counts: Counter[str] = Counter()
        fitting: list[_Found] = []  # every named organisation in the window the description may be
        for item in reversed(named):
            if item.char_end > boundary:
                continue
            if sentences.index_at(item.char_start) < first_sentence:
                break
            is_marked, may_be_business = _organization_kind_matches(
                description, actors[item.key], name_words[item.key]
            )
            business = description in BUSINESS_KINDS and may_be_business
            if is_marked or business:
                fitting.append(item)
            if is_marked and marked is None:
                marked = item.key
            elif business and marked is None:
                fallback_counts[item.key] += 1
        # Without a name that marks the kind, the most salient business (most often named in the
        # window; the most recent on a tie) is the one the writer expects the reader to recover.
        fallback = max(fallback_counts, key=lambda k: fallback_counts[k], default=None)
        key = _last_reporting_organization(doc, token, fitting) or marked or fallback
        if key is not None:
            found.append(_Found(key, doc[start].idx, token.idx + len(token.text), "title"))


def _last_reporting_organization(doc: Doc, description: Token, fitting: list[_Found]) -> str | None:
    """ "USAir said its board met ... The company said it is continuing talks with Piedmont": a description
    that reports continues the last organisation named reporting (centering: the speaker stays the
    topic), among those it may stand for (``fitting``, most recent first)."""
    if not _reports(description):
        return None
    for item in fitting:
        span = doc.char_span(item.char_start, item.char_end, alignment_mode="expand")
        if span is not None and _reports(span.root):
            return item.key
    return None


def _reports(token: Token) -> bool:
    """The token is the subject of a speech verb ("USAir said")."""
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in SPEECH_VERB_LEMMAS


def _final_mentions(found: list[_Found], text: str, sentences: SentenceIndex) -> list[Mention]:
    """Mentions in text order, without overlaps (a name beats a description of the same words), each
    satisfying ``text[char_start:char_end] == mention_text``."""
    ordered = sorted(found, key=lambda f: (_KIND_PRIORITY[f.kind], f.char_start))
    kept: list[_Found] = []
    occupied = bytearray(len(text))  # one flag per character: linear in the mentions' total length
    for item in ordered:
        if any(occupied[item.char_start : item.char_end]):
            continue
        kept.append(item)
        occupied[item.char_start : item.char_end] = b"\x01" * (item.char_end - item.char_start)
    kept.sort(key=lambda f: f.char_start)
    return [
        Mention(
            local_key=item.key,
            sentence_index=sentences.index_at(item.char_start),
            char_start=item.char_start,
            char_end=item.char_end,
            mention_text=text[item.char_start : item.char_end],
            mention_kind=item.kind,
            titles=list(item.titles),
        )
        for item in kept
    ]
