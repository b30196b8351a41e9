"""Vocabulary of offices and roles, used to read titles around person names.

Kept apart from the extractor so that the tables can be reviewed (and extended) on their own.  All
entries are lower case; look-ups lower-case the token first.
"""

from __future__ import annotations

# Nouns that name an office or role: the head (last word) of a title ("defence *minister*").
TITLE_HEADS: frozenset[str] = frozenset(
    {
        # heads of state and government, ministers
        "president", "vice-president", "premier", "chancellor", "minister", "secretary",
        "secretary-general", "leader", "ruler", "dictator", "monarch",
        # royalty and religion
        "king", "queen", "prince", "princess", "emperor", "empress", "sheikh", "emir", "sultan",
        "pope", "archbishop", "bishop", "cardinal", "ayatollah", "imam", "rabbi",
        # legislators and party offices
        "senator", "congressman", "congresswoman", "representative", "rep.", "rep", "lawmaker",
        "legislator", "speaker", "whip", "deputy", "mp", "member", "delegate", "candidate", "nominee",
        "front-runner", "frontrunner", "challenger", "incumbent",
        # administration and diplomacy
        "governor", "mayor", "ambassador", "envoy", "consul", "diplomat", "commissioner", "official",
        "administrator", "undersecretary", "under-secretary", "attorney", "counsel", "adviser", "advisor",
        "aide", "spokesman", "spokeswoman", "spokesperson", "negotiator", "mediator", "strategist",
        "director", "chief", "head", "chairman", "chairwoman", "chair", "executive", "officer",
        "treasurer", "comptroller", "auditor", "inspector", "superintendent", "manager", "economist",
        "analyst", "president-elect",
        # military and security
        "general", "admiral", "commander", "marshal", "colonel", "captain", "lieutenant",
        "sergeant", "brigadier", "chief-of-staff",
        # judiciary
        "judge", "justice", "prosecutor",
    }
)

# Words that modify a title head inside an office name ("*foreign* minister", "*deputy trade*
# representative").  Portfolio words are here because spaCy's small model often tags them as ORG
# when capitalised ("Russia's *Defence* Minister"); a token in this set is read as part of a title.
TITLE_MODIFIERS: frozenset[str] = frozenset(
    {
        # rank and status
        "vice", "deputy", "prime", "first", "second", "senior", "junior", "chief", "acting", "interim",
        "former", "ex", "then", "outgoing", "incoming", "new", "newly", "designated", "late", "assistant",
        "associate", "principal", "general", "special", "permanent", "executive", "managing", "top",
        "lead", "presumptive", "presidential", "majority", "minority", "ranking", "crown", "grand",
        "supreme", "de", "facto", "co", "state", "federal", "regional", "national",
        # portfolios
        "defence", "defense", "foreign", "finance", "financial", "treasury", "trade", "commerce",
        "economy", "economic", "economics", "agriculture", "agricultural", "oil", "petroleum", "energy",
        "interior", "home", "justice", "health", "education", "labour", "labor", "transport",
        "industry", "environment", "information", "communications", "culture", "security", "intelligence",
        "budget", "planning", "development", "science", "technology", "housing", "welfare", "tourism",
        "fisheries", "mines", "mining", "water", "war", "navy", "army", "air", "military", "police",
        "press", "policy", "political", "communications", "campaign", "party", "house", "senate",
        "cabinet", "government", "public", "affairs", "international", "external", "domestic",
        "monetary", "fiscal", "central", "bank", "reserve", "relations", "staff",
    }
)

# Royal and princely titles: with a single given name they are part of how the name is written
# ("King Fahd", "Prince Charles"), so the name keeps them and the title is recorded as well.
ROYAL_TITLES: frozenset[str] = frozenset(
    {"king", "queen", "prince", "princess", "emperor", "empress", "sheikh", "emir", "sultan", "pope"}
)

# Courtesy titles: not offices, never recorded as titles, skipped when reading around a name.
HONORIFICS: frozenset[str] = frozenset(
    {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "lord", "lady", "madam",
     "mme", "mme.", "m.", "herr", "senor", "señor"}
)

# Words that mark a person as female: used only to keep "she" from resolving to a man and "he" to a
# woman when the article gives such a marker.
FEMALE_MARKERS: frozenset[str] = frozenset(
    {"mrs", "mrs.", "ms", "ms.", "miss", "madam", "mme", "mme.", "dame", "lady", "queen", "princess",
     "empress", "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "first lady"}
)

# Short (abbreviated) heads and their full forms, so that "Rep. Tom Cole" gets "representative".
TITLE_ABBREVIATIONS: dict[str, str] = {
    "rep.": "representative",
    "rep": "representative",
    "sen.": "senator",
    "gov.": "governor",
    "gen.": "general",
    "adm.": "admiral",
    "col.": "colonel",
    "lt.": "lieutenant",
    "pres.": "president",
    "amb.": "ambassador",
    "sec.": "secretary",
}

# Objects of "of" that continue an office name ("secretary *of state*", "minister *of defence*").
TITLE_OF_OBJECTS: frozenset[str] = frozenset(
    {"state", "defence", "defense", "the treasury", "treasury", "foreign affairs", "finance", "commerce",
     "agriculture", "energy", "justice", "the interior", "interior", "labor", "labour", "trade",
     "health", "education", "transportation", "homeland security", "staff", "parliament", "congress", "the house", "the navy", "the army",
     "the air force", "the house", "the board", "the council", "the joint chiefs of staff"}
)


def title_head(word: str) -> str | None:
    """The normalised head for an office word ("Rep." -> "representative"), or None."""
    lower = word.lower()
    if lower in TITLE_ABBREVIATIONS:
        return TITLE_ABBREVIATIONS[lower]
    return lower if lower in TITLE_HEADS else None


def is_title_word(word: str) -> bool:
    lower = word.lower()
    return lower in TITLE_HEADS or lower in TITLE_MODIFIERS or lower in TITLE_ABBREVIATIONS
