"""Actor extraction: the seed article end to end, and one-sentence tests of each rule."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from dipnews.extract.actors.credits import credit_spans
from dipnews.extract.actors.extractor import _is_acronym_of, extract_actors
from dipnews.model import ArticleActors, ArticleMeta, LocalActor


def run(nlp: Language, text: str, published: dt.date | None = dt.date(2016, 1, 1)) -> ArticleActors:
    return extract_actors(nlp(text), ArticleMeta(article_id="t", text=text, published_date=published))


def person(result: ArticleActors, name: str) -> LocalActor:
    actor = result.actor(f"person:{name}")
    assert actor is not None, [a.local_key for a in result.actors]
    return actor


def mention_keys(result: ArticleActors, text: str, kind: str | None = None) -> list[str]:
    return [
        m.local_key
        for m in result.mentions
        if m.mention_text == text and (kind is None or m.mention_kind == kind)
    ]


# --- the seed -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed(nlp: Language, seed_text: str) -> ArticleActors:
    return run(nlp, seed_text, dt.date(2023, 4, 17))


def test_seed_persons(seed: ArticleActors) -> None:
    persons = {a.name: a for a in seed.actors if a.actor_type == "person"}
    assert set(persons) == {"Li Shangfu", "Vladimir Putin", "Sergei Shoigu", "Xi"}
    assert (persons["Li Shangfu"].country_iso3, persons["Li Shangfu"].titles) == ("CHN", ["defence minister"])
    assert (persons["Vladimir Putin"].country_iso3, persons["Vladimir Putin"].titles) == (
        "RUS",
        ["president"],
    )
    assert (persons["Sergei Shoigu"].country_iso3, persons["Sergei Shoigu"].titles) == (
        "RUS",
        ["defence minister"],
    )
    assert persons["Xi"].country_iso3 == "CHN"


def test_seed_countries(seed: ArticleActors) -> None:
    countries = {a.local_key: a for a in seed.actors if a.actor_type == "country"}
    assert set(countries) == {"country:CHN", "country:RUS", "country:USA", "country:UKR"}
    assert countries["country:USA"].name == "United States"
    assert "US" in countries["country:USA"].aliases
    assert "Beijing" in countries["country:CHN"].aliases
    assert all(a.country_iso3 == key.split(":")[1] for key, a in countries.items())


def test_seed_no_junk_organizations(seed: ArticleActors) -> None:
    # "Defence" in "Russia's Defence Minister" is tagged ORG by the model; it is part of a title.
    assert [a.name for a in seed.actors if a.actor_type == "organization"] == []


def test_seed_mentions_resolve(seed: ArticleActors, seed_text: str) -> None:
    li, putin = "person:Li Shangfu", "person:Vladimir Putin"
    assert set(mention_keys(seed, "Li", "name")) == {li}
    assert set(mention_keys(seed, "Putin", "name")) == {putin}
    assert mention_keys(seed, "The defence minister", "title") == [li]
    assert mention_keys(seed, "the Chinese defence minister", "title") == [li]
    assert set(mention_keys(seed, "He", "pronoun")) == {li}
    he_added = seed_text.index("he added")
    added = [m for m in seed.mentions if m.char_start == he_added]
    assert [(m.local_key, m.mention_kind) for m in added] == [(putin, "pronoun")]


def test_seed_capitals(seed: ArticleActors, seed_text: str) -> None:
    # "met ... in Moscow" is a place; "Moscow and Beijing have increased cooperation" are governments.
    first_moscow = seed_text.index("Moscow")
    assert all(m.char_start != first_moscow for m in seed.mentions)
    governments = seed_text.index("Moscow and Beijing")
    kinds = {
        (m.mention_text, m.mention_kind, m.local_key) for m in seed.mentions if m.char_start >= governments
    }
    assert ("Moscow", "capital", "country:RUS") in kinds
    assert ("Beijing", "capital", "country:CHN") in kinds


def test_seed_mention_invariants(seed: ArticleActors, seed_text: str) -> None:
    starts = [m.char_start for m in seed.mentions]
    assert len(starts) == len(set(starts))
    keys = {a.local_key for a in seed.actors}
    for mention in seed.mentions:
        assert seed_text[mention.char_start : mention.char_end] == mention.mention_text
        assert mention.local_key in keys


# --- title shapes -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "title", "country"),
    [
        ("Chinese defence minister Li Shangfu arrived on Sunday.", "Li Shangfu", "defence minister", "CHN"),
        ("Russian President Vladimir Putin spoke on Monday.", "Vladimir Putin", "president", "RUS"),
        (
            "Russia's Defence Minister Sergei Shoigu attended the meeting.",
            "Sergei Shoigu",
            "defence minister",
            "RUS",
        ),
        (
            "Sergei Shoigu, Russia's defence minister, attended the meeting.",
            "Sergei Shoigu",
            "defence minister",
            "RUS",
        ),
        ("King Fahd of Saudi Arabia began a state visit.", "King Fahd", "king", "SAU"),
        ("U.S. Treasury Secretary James Baker met bankers.", "James Baker", "treasury secretary", "USA"),
        (
            "Deputy U.S. Trade Representative Michael Smith flew home.",
            "Michael Smith",
            "deputy trade representative",
            "USA",
        ),
        ("The finance minister, Ana Lopez, answered questions.", "Ana Lopez", "finance minister", None),
        ("Secretary of State John Kerry landed in Cairo.", "John Kerry", "secretary of state", "USA"),
        (
            "British Chancellor of the Exchequer Tom Hale spoke on Monday.",
            "Tom Hale",
            "chancellor of the exchequer",
            "GBR",
        ),
        # the model tags only the last word; the given names after the office are the name's too
        (
            "Kenyan President Daniel Otieno met his Tanzanian counterpart Samia Suluhu Hassan on Monday.",
            "Samia Suluhu Hassan",
            "president",
            "TZA",
        ),
        # a form of address before a royal title the model ran into the name; the regnal number is the name's
        (
            "External Affairs Minister Ravi Menon called on His Majesty King Abdullah II of Jordan in Amman.",
            "Abdullah II",
            "king",
            "JOR",
        ),
        (
            "External Affairs Minister Ravi Menon called on the king in Amman.",
            "Ravi Menon",
            "external affairs minister",
            "IND",
        ),
        # the leader of a group marked by its nationality is of that country, not of the story's setting
        (
            "JEDDAH, March 10 - Saudi officials said Ukrainian officials led by Chief of Staff Oleh Bondar"
            " arrived.",
            "Oleh Bondar",
            "chief of staff",
            "UKR",
        ),
        # a counterpart set off by a comma: the demonym is still the person's country, not the subject's
        (
            "British Prime Minister Tom Hale held talks in London with his Irish counterpart, Sean Byrne.",
            "Sean Byrne",
            "prime minister",
            "IRL",
        ),
    ],
)
def test_title_shapes(nlp: Language, text: str, name: str, title: str, country: str | None) -> None:
    actor = person(run(nlp, text), name)
    assert title in actor.titles
    if country is not None:
        assert actor.country_iso3 == country


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # the small model tags the portfolio and the name as one entity; the portfolio is the office's
        (
            "Secretary of Homeland Security Alejandro Mayorkas met Alicia Barcena.",
            "Alejandro Mayorkas",
            "secretary of homeland security",
        ),
        ("Secretary of Commerce Gina Raimondo met Alicia Barcena.", "Gina Raimondo", "secretary of commerce"),
        ("The Secretary of the Treasury, Jacob Lew, met Wang Yi.", "Jacob Lew", "secretary of the treasury"),
    ],
)
def test_a_portfolio_after_of_is_the_offices_not_the_names(
    nlp: Language, text: str, name: str, title: str
) -> None:
    result = run(nlp, text)
    assert title in person(result, name).titles
    portfolio = title.split(" of ")[1].removeprefix("the ")
    assert not [a for a in result.actors if a.actor_type == "organization" and a.name.lower() == portfolio]


def test_a_wire_line_break_inside_a_name_keeps_the_name(nlp: Language) -> None:
    # wire copy breaks lines inside names; a paragraph break or a dateline on the next line ends one
    result = run(
        nlp, "British finance minister Nigel\nLawson said inflation would fall. Lawson spoke in London."
    )
    nigel = person(result, "Nigel Lawson")
    assert [m.mention_text for m in result.mentions if m.local_key == nigel.local_key][:1] == [
        "Nigel\nLawson"
    ]
    dateline = run(nlp, "Photo of Donald Trump\nMANCHESTER, N.H. - Crowds gathered on Monday.")
    assert person(dateline, "Donald Trump")


@pytest.mark.parametrize(
    "text",
    [
        "Indian External Affairs Minister Ravi Menon held talks with his counterpart on Monday.",
        '"We had a productive meeting," Ravi Menon posted on X.',
    ],
)
def test_a_title_with_its_nationality_and_a_medium_are_no_organisations(nlp: Language, text: str) -> None:
    result = run(nlp, text)
    assert [a.name for a in result.actors if a.actor_type == "organization"] == []
    assert person(result, "Ravi Menon")


def test_a_last_name_word_the_model_left_out_is_the_names(nlp: Language) -> None:
    result = run(
        nlp, "Prime Minister Fumio Kishida held talks with South Korean President Yoon Suk Yeol on Monday."
    )
    assert person(result, "Yoon Suk Yeol").country_iso3 == "KOR"
    headline = run(nlp, "Conservative Icon Morton Blackwell Endorses Ted Cruz.")
    assert not [a for a in headline.actors if a.name.endswith("Endorses")]


def test_possessive_is_not_part_of_the_name(nlp: Language) -> None:
    result = run(nlp, "Vladimir Putin's spokesman declined to comment on Putin's plans.")
    assert person(result, "Vladimir Putin")
    assert all("'s" not in m.mention_text for m in result.mentions if m.local_key.startswith("person:"))


def test_title_mention_later_in_article(nlp: Language) -> None:
    text = "Japanese Finance Minister Kiichi Miyazawa met bankers. The minister said rates would stay low."
    result = run(nlp, text)
    assert mention_keys(result, "The minister", "title") == ["person:Kiichi Miyazawa"]


def test_apposition_nationality(nlp: Language) -> None:
    result = run(nlp, "The firm is owned by Karim Haddad, a Lebanese citizen living in Paris.")
    assert person(result, "Karim Haddad").country_iso3 == "LBN"


def test_party_word_gives_country(nlp: Language) -> None:
    result = run(nlp, "Republican presidential candidate John Miller visited a factory.")
    actor = person(result, "John Miller")
    assert (actor.country_iso3, actor.titles) == ("USA", ["presidential candidate"])


# --- surnames, pronouns -------------------------------------------------------------------------------


def test_surname_resolves_to_full_name(nlp: Language) -> None:
    result = run(nlp, "Angela Merkel met reporters in Berlin. Merkel said the talks went well.")
    assert mention_keys(result, "Merkel", "name") == ["person:Angela Merkel"]
    assert [a.name for a in result.actors if a.actor_type == "person"] == ["Angela Merkel"]


def test_pronoun_prefers_previous_subject(nlp: Language) -> None:
    text = "Ronald Reagan welcomed Jacques Chirac at the White House. He said the talks were useful."
    result = run(nlp, text)
    assert mention_keys(result, "He", "pronoun") == ["person:Ronald Reagan"]


def test_a_subject_pronoun_is_not_the_one_met_with(nlp: Language) -> None:
    text = (
        "Mia Walsh, Australia's foreign minister, arrived in Beijing on Sunday. In talks with Chinese Foreign"
        " Minister Wei Lin on Monday, she raised the detention of an Australian writer."
    )
    assert mention_keys(run(nlp, text), "she", "pronoun") == ["person:Mia Walsh"]


def test_pronoun_after_quote_skips_names_inside_it(nlp: Language) -> None:
    text = 'Boris Ivanov spoke to reporters. "Tom Smith is wrong about this," he said.'
    result = run(nlp, text)
    assert mention_keys(result, "he", "pronoun") == ["person:Boris Ivanov"]


# --- countries ----------------------------------------------------------------------------------------


def test_capital_as_government_and_as_place(nlp: Language) -> None:
    result = run(nlp, "Beijing said it would respond. The talks were held in Moscow.")
    assert mention_keys(result, "Beijing", "capital") == ["country:CHN"]
    assert mention_keys(result, "Moscow") == []


def test_possessive_country_is_a_country_mention(nlp: Language) -> None:
    result = run(nlp, "Russia's economy grew last year.")
    assert mention_keys(result, "Russia", "name") == ["country:RUS"]


def test_demonym_people_is_a_country_mention(nlp: Language) -> None:
    result = run(nlp, "The Syrians rejected the plan on Monday.")
    assert mention_keys(result, "The Syrians", "demonym") == ["country:SYR"]


def test_adjectival_demonym_is_not_a_country_mention(nlp: Language) -> None:
    result = run(nlp, "Chinese defence minister Li Shangfu arrived on Sunday.")
    assert result.actor("country:CHN") is None


def test_adjectival_demonym_of_the_other_side_is_a_country_mention(nlp: Language) -> None:
    result = run(nlp, "Brazil's finance minister held talks with Japanese officials on Monday.")
    assert mention_keys(result, "Japanese", "demonym") == ["country:JPN"]


def test_officials_speaking_stay_anonymous(nlp: Language) -> None:
    result = run(nlp, "Japanese officials said the talks would resume next week.")
    assert result.actor("country:JPN") is None


def test_soviet_era_capital(nlp: Language) -> None:
    result = run(nlp, "Washington and Moscow agreed to resume the talks.", dt.date(1987, 3, 1))
    assert result.actor("country:SUN") is not None
    assert result.actor("country:USA") is not None


# --- organizations and junk repair --------------------------------------------------------------------


def test_acronym_joins_full_organization_name(nlp: Language) -> None:
    text = "The International Monetary Fund approved the loan. The IMF said reforms had begun."
    result = run(nlp, text)
    orgs = [a for a in result.actors if a.actor_type == "organization"]
    assert [a.name for a in orgs] == ["International Monetary Fund"]
    assert mention_keys(result, "IMF", "alias") == ["organization:International Monetary Fund"]


def test_title_words_are_not_organizations(nlp: Language) -> None:
    result = run(nlp, "Britain's Defence Secretary Tom King and Treasury Secretary James Baker met.")
    assert [a.name for a in result.actors if a.actor_type == "organization"] == []


def test_government_metonym_organization_country(nlp: Language) -> None:
    result = run(nlp, "White House press secretary Josh Earnest said the visit was useful.")
    actor = person(result, "Josh Earnest")
    assert (actor.country_iso3, actor.titles) == ("USA", ["press secretary"])


# --- country evidence besides country words ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a national institution named without a country word
        ("Bundesbank president Karl Otto Poehl said rates would stay.", "Karl Otto Poehl", "DEU"),
        # an international body: no national affiliation, even in a story set in one country
        (
            "NAIROBI - IMF managing director Michel Camdessus said in Nairobi that Kenya would get aid.",
            "Michel Camdessus",
            None,
        ),
        # a company of unknown country: abstain rather than take the setting
        (
            "In Chicago, Jane Roe, a spokeswoman for Acme Widgets Inc., said the Chicago plant would close.",
            "Jane Roe",
            None,
        ),
        # the companion of a delegation leader shares his country
        (
            "In Tokyo, Brazilian Finance Minister Dilson Funaro, who is accompanied by central bank "
            "governor Francisco Gros, met Japanese bankers in Tokyo.",
            "Francisco Gros",
            "BRA",
        ),
        # an aide takes the country of the person served
        (
            "Peruvian President Alan Garcia spoke in Lima. Pedro Ruiz, Garcia's deputy adviser, said more.",
            "Pedro Ruiz",
            "PER",
        ),
        # a US-only office with a modifier
        ("In London, former senator John Doe said the deal was good.", "John Doe", "USA"),
        # a well-known leader needs no country word, whatever the setting
        ("JERUSALEM - President Reagan will meet Israeli leaders in Jerusalem.", "Reagan", "USA"),
    ],
)
def test_country_without_country_word(nlp: Language, text: str, name: str, country: str | None) -> None:
    assert person(run(nlp, text), name).country_iso3 == country


def test_visitor_to_the_setting_takes_the_other_country(nlp: Language) -> None:
    text = (
        "Britain welcomed the Saudi delegation in London. There were two state tours of Britain by Saudi "
        "monarchs. King Faisal visited in 1967."
    )
    assert person(run(nlp, text), "King Faisal").country_iso3 == "SAU"


# --- name repairs -------------------------------------------------------------------------------------


def test_hyphenated_surname_is_one_name(nlp: Language) -> None:
    result = run(nlp, "Lucy Tyler-Sharman won the race in Manchester on Sunday.")
    assert [a.name for a in result.actors if a.actor_type == "person"] == ["Lucy Tyler-Sharman"]


def test_hyphenated_pair_before_event_noun_is_two_persons(nlp: Language) -> None:
    result = run(nlp, "Vladimir Putin and Xi Jinping met. The Xi-Putin summit ended on Friday.")
    persons = {a.name for a in result.actors if a.actor_type == "person"}
    assert persons == {"Vladimir Putin", "Xi Jinping"}


def test_country_name_as_given_name_is_kept(nlp: Language) -> None:
    result = run(nlp, "Chad Curtis hit a home run as Detroit won.")
    assert "Chad Curtis" in {a.name for a in result.actors if a.actor_type == "person"}


def test_score_is_not_part_of_organization(nlp: Language) -> None:
    text = "The Tigers blanked the Kansas City Royals 4-0 on Friday."
    names = [m.mention_text for m in run(nlp, text).mentions if m.local_key.startswith("organization:")]
    assert "Kansas City Royals 4-0" not in names


# --- repairs asked for by the meetings and quotations extractors -------------------------------------


def test_person_name_stops_before_government_metonym(nlp: Language) -> None:
    result = run(
        nlp, "President Barack Obama spoke on Monday. Several aides served in the Obama White House."
    )
    assert mention_keys(result, "Obama", "name") == ["person:Barack Obama"]
    assert mention_keys(result, "White House", "name") == ["organization:White House"]
    assert result.actor("person:Obama White House") is None


def test_surname_with_attribute_noun_tagged_org_is_the_person(nlp: Language) -> None:
    result = run(nlp, "President Barack Obama spoke on Monday. Obama Administration officials said so.")
    assert mention_keys(result, "Obama", "name") == ["person:Barack Obama"]
    assert all(a.actor_type != "organization" for a in result.actors)


def test_headline_verb_is_not_part_of_the_name(nlp: Language) -> None:
    result = run(nlp, "Putin Wants A Deal With Ukraine.")
    assert mention_keys(result, "Putin", "name") == ["person:Putin"]


def test_capitalised_headline_name_joins_the_person(nlp: Language) -> None:
    result = run(nlp, "DONALD TRUMP VISITS OHIO\nRepublican candidate Donald Trump spoke in Ohio on Monday.")
    assert [a.name for a in result.actors if a.actor_type == "person"] == ["Donald Trump"]
    assert mention_keys(result, "DONALD TRUMP", "name") == ["person:Donald Trump"]


def test_surname_mistyped_as_organization_is_the_person(nlp: Language) -> None:
    result = run(
        nlp, "Finance Minister Kiichi Miyazawa arrived in Paris. Miyazawa met with U.S. officials on Friday."
    )
    assert mention_keys(result, "Miyazawa", "name") == ["person:Kiichi Miyazawa"]
    assert result.actor("organization:Miyazawa") is None


def test_object_pronoun_is_not_its_clause_subject(nlp: Language) -> None:
    result = run(
        nlp,
        "Treasury Secretary Paul Grant has invited Finance Minister Taro Ishida to Washington. Grant will"
        " meet him on Friday.",
    )
    assert mention_keys(result, "him", "pronoun") == ["person:Taro Ishida"]


def test_possessive_her_is_not_resolved_as_an_object(nlp: Language) -> None:
    result = run(nlp, "Senator Ann Cole spoke on Monday. Her aides met reporters.")
    assert mention_keys(result, "Her", "pronoun") == []


def test_untyped_later_surname_is_the_person(nlp: Language) -> None:
    # the small model leaves the second "Mehta" without an entity type
    result = run(
        nlp,
        "Indian Prime Minister Rajan Mehta arrived in Moscow on Monday for a two-day visit, his first in five"
        " years. Mehta held informal talks with Russian President Pavel Orlov.",
    )
    assert mention_keys(result, "Mehta", "name") == ["person:Rajan Mehta"]


def test_untyped_first_word_of_a_two_word_name_is_the_person(nlp: Language) -> None:
    # Chinese names put the surname first: "Li" of "Li Wen"
    result = run(
        nlp,
        "Chinese Premier Li Wen began his visit with a banquet on Monday. Li met Japanese Prime Minister Taro"
        " Ueda on Tuesday.",
    )
    assert mention_keys(result, "Li", "name") == ["person:Li Wen"]


def test_untyped_word_inside_a_longer_name_is_no_surname_mention(nlp: Language) -> None:
    result = run(nlp, "Minister Rajan Mehta spoke on Monday. Traffic on Mehta Road was closed.")
    assert mention_keys(result, "Mehta", "name") == []


def test_firm_named_after_a_person_is_one_organization(nlp: Language) -> None:
    result = run(nlp, "Pesch and Co is seeking control of the company.")
    assert [a.local_key for a in result.actors] == ["organization:Pesch and Co"]


def test_numbered_group_of_states_by_description_and_short_name(nlp: Language) -> None:
    described = run(
        nlp, "Ministers met at the meeting of the group of seven leading industrial nations in Paris."
    )
    assert mention_keys(described, "group of seven") == ["organization:Group of Seven"]
    short = run(
        nlp, "Finance ministers of the Group of Seven met in Paris. The G-7 said currencies were stable."
    )
    assert mention_keys(short, "G-7", "alias") == ["organization:Group of Seven"]
    assert short.actor("organization:Group of Seven").country_iso3 is None  # type: ignore[union-attr]


def test_syllabic_acronym_and_kind_description_join_the_organization(nlp: Language) -> None:
    text = (
        "South Africa's Electricity Supply Commission (Escom) raised new loans. Prices rose. "
        "The utility said it would borrow more."
    )
    result = run(nlp, text)
    key = "organization:Electricity Supply Commission"
    assert mention_keys(result, "Escom", "alias") == [key]
    assert mention_keys(result, "The utility", "title") == [key]


def test_company_description_skips_public_bodies(nlp: Language) -> None:
    business = run(
        nlp, "Shares of Acme Widget Corp fell on Monday. Trading was heavy. The company said profits fell."
    )
    assert mention_keys(business, "The company", "title") == ["organization:Acme Widget Corp"]
    regulator = run(
        nlp, "The Securities and Exchange Commission fined a broker. The company said it would appeal."
    )
    assert mention_keys(regulator, "The company") == []


def test_organization_before_comma_title_gives_title_and_country(nlp: Language) -> None:
    text = (
        "South Africa's Electricity Supply Commission (Escom) raised new loans. "
        '"We are pleased," Escom chairman, John Maree, told a news conference.'
    )
    maree = person(run(nlp, text), "John Maree")
    assert (maree.titles, maree.country_iso3) == (["chairman"], "ZAF")


@pytest.mark.parametrize(
    ("alias", "name", "expected"),
    [
        ("SEC", "Securities and Exchange Commission", True),  # "and" skipped
        ("MITI", "Ministry of International Trade and Industry", True),
        ("AMI", "American Medical International Inc", True),  # corporate suffix skipped
        ("Escom", "Electricity Supply Commission", True),  # several letters of a word
        ("Nabisco", "National Biscuit Company", True),
        ("Ford", "Ford Motor Company", False),  # "Motor" gives nothing
        ("SEC", "Standard Electric", False),
    ],
)
def test_acronym_rule(alias: str, name: str, expected: bool) -> None:
    assert _is_acronym_of(alias, name) is expected


@pytest.mark.parametrize(
    ("text", "name", "title", "country"),
    [
        # the readout style of foreign ministries: "<office> of <country> <name>"
        ("Mr. Alder held a telephone conversation with President of Ukraine Petro Hrytsenko today.",
         "Petro Hrytsenko", "president", "UKR"),
        ("The leaders spoke with Prime Minister of New Zealand Tom Harper on Monday.",
         "Tom Harper", "prime minister", "NZL"),
        ("Mr. Alder met Minister of National Defence of the People's Republic of China Wei Lin.",
         "Wei Lin", "minister of national defence", "CHN"),
        ("Mr. Alder met President of the United States of America Tom Harper on Friday.",
         "Tom Harper", "president", "USA"),
    ],
)  # fmt: skip
def test_office_of_a_country_before_a_name(
    nlp: Language, text: str, name: str, title: str, country: str
) -> None:
    found = person(run(nlp, text), name)
    assert (found.titles, found.country_iso3) == ([title], country)


def test_an_office_of_a_country_before_the_next_name_is_not_an_apposition(nlp: Language) -> None:
    text = "At the invitation of Premier Wei Lin, Prime Minister of New Zealand Tom Harper will visit China."
    result = run(nlp, text)
    assert person(result, "Wei Lin").country_iso3 != "NZL"
    assert person(result, "Tom Harper").country_iso3 == "NZL"


def test_a_state_councilor_is_an_office_not_a_person(nlp: Language) -> None:
    result = run(nlp, "State Councilor and Foreign Minister Wei Lin held talks with Ann Cole on Monday.")
    assert all(a.name != "Councilor" for a in result.actors)
    assert "foreign minister" in person(result, "Wei Lin").titles


def test_credit_lines_name_no_actors(nlp: Language) -> None:
    # a web page's byline, photo credit and editing credit name the page's makers, not the story's actors
    text = (
        "Leaders meet in Rome\nBy Jane Doe, Reuters\nPublished 14 May 2024, 10:32 GMT\n"
        "Italian Prime Minister Carla Conti greets a guest in Rome. REUTERS/John Roe\n"
        "ROME, May 13 (Reuters) - Italian Prime Minister Carla Conti met Tom Hale on Monday.\n"
        "Reporting by Ann Smith; Editing by Bob Jones"
    )
    result = run(nlp, text, dt.date(2024, 5, 14))
    names = {a.name for a in result.actors}
    assert {"Carla Conti", "Tom Hale"} <= names
    assert not names & {"Jane Doe", "John Roe", "Ann Smith", "Bob Jones", "GMT", "REUTERS/John Roe"}


def test_credit_spans_keep_a_body_sentence_opening_with_by() -> None:
    text = (
        "By then, the talks had ended.\nBy Jane Doe\nPhoto: AP Photo/John Roe\n"
        "By Friday Xi and Putin had met.\nReporting by Ann Smith and Li Wei; editing by Bob Jones"
    )
    assert [text[s:e] for s, e in credit_spans(text)] == [
        "By Jane Doe",
        "AP Photo/John Roe",
        "Reporting by Ann Smith and Li Wei; editing by Bob Jones",
    ]


def test_a_weapon_system_named_like_a_person_is_no_person(nlp: Language) -> None:
    result = run(
        nlp, "German Chancellor Olaf Scholz said Germany would send a third Patriot air defence system."
    )
    assert [a.name for a in result.actors if a.actor_type == "person"] == ["Olaf Scholz"]


def test_a_line_of_web_copy_is_a_sentence_of_its_own(nlp: Language) -> None:
    # one paragraph per line: a link line without a full stop does not run into the next paragraph
    text = (
        "Spanish Prime Minister Luis Vega spoke about the economy in Madrid on Monday, in a long speech to"
        " union workers that said nothing about foreign affairs.\nRelated: Leaders meet in Rome\n"
        "Vega said wages would rise."
    )
    doc = nlp(text)
    assert [s.text.strip() for s in doc.sents][-2:] == [
        "Related: Leaders meet in Rome",
        "Vega said wages would rise.",
    ]
    wrapped = nlp("British finance minister Nigel\nLawson said inflation would fall.")
    assert len(list(wrapped.sents)) == 1  # a wire's wrapped line is no paragraph


def test_a_country_name_the_model_left_untagged_is_the_country(nlp: Language) -> None:
    result = run(nlp, "Representatives of Japan and the United States met in Tokyo today.")
    assert {a.name for a in result.actors if a.actor_type == "country"} >= {"Japan", "United States"}
    # a country name that is also a given name is left to the model
    assert not [a for a in run(nlp, "Jordan Smith met Ann Lee.").actors if a.actor_type == "country"]


def test_ticker_brackets_are_no_part_of_a_firms_name(nlp: Language) -> None:
    # the 1987 wire marks a listed firm with angle brackets, which the model may take into the name
    doc = nlp("Shares in brewer <Lima Beverages Corp> rose on Monday.")
    names = [a.name for a in extract_actors(doc, ArticleMeta("t", doc.text, dt.date(1987, 3, 2))).actors]
    assert "Lima Beverages Corp" in names
    assert not any(">" in n or "<" in n for n in names)


def test_a_group_named_by_its_number_keeps_the_number(nlp: Language) -> None:
    doc = nlp("Finance Minister Ana Moreira will attend a Paris meeting of the Group of 15 next week.")
    names = [a.name for a in extract_actors(doc, ArticleMeta("t", doc.text, dt.date(1987, 3, 2))).actors]
    assert "Group of 15" in names
