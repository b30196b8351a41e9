"""Quotation pattern classes, one short sentence each, through the real per-article step (actors + quotes).

Every sentence here was written for this test (none is taken from a corpus or the gold). Each pins a class
of expression, not an article: the forms modern news reports speech in (a day, an addressee, a medium, a
spokesperson, a colon), quotes before and after their cue, speakers across paragraphs, and what is not a
quotation (beliefs, plans, imperatives to the reader, headlines, a verb that needs quotation marks).
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from dipnews.extract.actors.extractor import extract_actors
from dipnews.extract.quotes.extractor import extract_quotes
from dipnews.model import ArticleMeta

PUBLISHED = dt.date(2024, 5, 15)
D, IND, M = "direct", "indirect", "mixed"


def quotes(nlp: Language, text: str) -> list[tuple[str, str, str | None]]:
    """(quote text, type, speaker actor's name or None) of every quotation in ``text``."""
    doc = nlp(text)
    meta = ArticleMeta("t", text, PUBLISHED)
    actors = extract_actors(doc, meta)
    found = []
    for quote in extract_quotes(doc, meta, actors, []):
        actor = actors.actor(quote.speaker_local_key) if quote.speaker_local_key else None
        found.append((quote.quote_text, quote.quote_type, actor.name if actor else None))
    return found


CASES: dict[str, tuple[str, list[tuple[str, str, str | None]]]] = {
    # --- reported clauses: the verb, its day, its addressee, its medium ------------------------------
    "a report sourced after it: the content stops before 'state media reported'": (
        "Chinese President Wei Lin told U.S. President Tom Hale that Taiwan was the key issue, state media"
        " reported.",
        [("Taiwan was the key issue", IND, "Wei Lin")],
    ),
    "said on a day": (
        "Finance Minister Laura Grant said on Tuesday that the budget would be balanced next year.",
        [("the budget would be balanced next year", IND, "Laura Grant")],
    ),
    "told reporters": (
        "Prime Minister Omar Haddad told reporters the talks were going well.",
        [("the talks were going well", IND, "Omar Haddad")],
    ),
    "told a broadcaster": (
        "Foreign Minister Elena Petrova told CNN that her government would not back down.",
        [("her government would not back down", IND, "Elena Petrova")],
    ),
    "said in a statement": (
        "Senator Paul Moreno said in a statement that the bill would protect farmers.",
        [("the bill would protect farmers", IND, "Paul Moreno")],
    ),
    "said on a social network": (
        "President Ana Lima said on X that the border would reopen on Friday.",
        [("the border would reopen on Friday", IND, "Ana Lima")],
    ),
    "said in an interview": (
        "Governor Mark Ellis said in an interview that he would seek a second term.",
        [("he would seek a second term", IND, "Mark Ellis")],
    ),
    "an organisation's report said": (
        "The International Energy Agency said in a report that demand would peak by 2030.",
        [("demand would peak by 2030", IND, "International Energy Agency")],
    ),
    "according to": (
        "The ceasefire will hold until Sunday, according to Defence Minister Yusuf Kaya.",
        [("The ceasefire will hold until Sunday", IND, "Yusuf Kaya")],
    ),
    "clause without that": (
        "Health Minister Julia Roth said the vaccine supply was sufficient.",
        [("the vaccine supply was sufficient", IND, "Julia Roth")],
    ),
    # --- other speech verbs -----------------------------------------------------------------------------
    "added": (
        "Mayor Rosa Diaz praised the volunteers. She added that the park would open in June.",
        [("the park would open in June", IND, "Rosa Diaz")],
    ),
    "wrote": (
        "Ambassador Lee Chen wrote that the agreement was a turning point for the region.",
        [("the agreement was a turning point for the region", IND, "Lee Chen")],
    ),
    "argued that": (
        "Economist Hanna Berg argued that the tax cut would not pay for itself.",
        [("the tax cut would not pay for itself", IND, "Hanna Berg")],
    ),
    "insisted that": (
        "Interior Minister Tomas Novak insisted that the police had acted lawfully.",
        [("the police had acted lawfully", IND, "Tomas Novak")],
    ),
    "warned that": (
        "General Amir Sadeghi warned that the militia was preparing a new offensive.",
        [("the militia was preparing a new offensive", IND, "Amir Sadeghi")],
    ),
    "noted that": (
        "Treasurer Kofi Mensah noted that inflation had fallen for a third month.",
        [("inflation had fallen for a third month", IND, "Kofi Mensah")],
    ),
    "parenthetical attribution": (
        "The economy, Treasurer Kofi Mensah said, had turned a corner.",
        [("The economy, Treasurer Kofi Mensah said, had turned a corner", IND, "Kofi Mensah")],
    ),
    "suggested with a speaker": (
        "Senator Clara Diaz suggested the troops should stay until spring.",
        [("the troops should stay until spring", IND, "Clara Diaz")],
    ),
    # --- two reports in one sentence -----------------------------------------------------------------
    "said and said again": (
        "Governor Mark Ellis said the plan would work and said that critics had not read it.",
        [("the plan would work", IND, "Mark Ellis"), ("critics had not read it", IND, "Mark Ellis")],
    ),
    "adding that": (
        "Governor Mark Ellis said the plan would work, adding that critics had not read it.",
        [("the plan would work", IND, "Mark Ellis"), ("critics had not read it", IND, "Mark Ellis")],
    ),
    "relative clause speaker": (
        "Mayor Ann Cole, who said the budget was too large, voted against it.",
        [("the budget was too large", IND, "Ann Cole")],
    ),
    # --- direct and mixed quotations --------------------------------------------------------------------
    "quote before the cue": (
        "“We will not accept these terms,” Trade Minister Raul Ortega said.",
        [("We will not accept these terms,", D, "Raul Ortega")],
    ),
    "cue and colon before the quote": (
        "Trade Minister Raul Ortega said: “We will not accept these terms.”",
        [("We will not accept these terms.", D, "Raul Ortega")],
    ),
    "inverted cue": (
        "“The door remains open,” said Foreign Secretary James Hollis.",
        [("The door remains open,", D, "James Hollis")],
    ),
    "quote interrupted by its cue": (
        "“We are ready,” President Nia Okafor said, “and we have waited long enough.”",
        [("We are ready,", D, "Nia Okafor"), ("and we have waited long enough.", D, "Nia Okafor")],
    ),
    "speaker with an age": (
        "“We were wrong to wait so long,” Ramon Vega, 58, told AFP on Monday.",
        [("We were wrong to wait so long,", D, "Ramon Vega")],
    ),
    "speaker with a long apposition": (
        "“We will win this fight,” Anna Berg, the head of the Green Party of the north, told reporters.",
        [("We will win this fight,", D, "Anna Berg")],
    ),
    "name and colon": (
        "Opposition leader Victor Hale: “This government has lost its majority.”",
        [("This government has lost its majority.", D, "Victor Hale")],
    ),
    "colon ending the paragraph before the quote": (
        "Senator Maria Lopez spoke at the rally. Lopez continued:\n\n“We will not give up on this fight.”",
        [("We will not give up on this fight.", D, "Maria Lopez")],
    ),
    "continued after the quote": (
        "“Our schools need more teachers and better pay,” Mayor Rosa Diaz continued.",
        [("Our schools need more teachers and better pay,", D, "Rosa Diaz")],
    ),
    "mixed": (
        "Defence Minister Yusuf Kaya said the attack was “a grave provocation” by the rebels.",
        [("the attack was “a grave provocation” by the rebels", M, "Yusuf Kaya")],
    ),
    "a report inside a continued quote": (
        "“We will build it,” Mayor Rosa Diaz said.\n\n"
        "“We have waited too long. I told them, we are ready to build.”",
        [
            ("We will build it,", D, "Rosa Diaz"),
            ("We have waited too long. I told them, we are ready to build.", D, "Rosa Diaz"),
        ],
    ),
    "a line joined to the sentence below it": (
        "Senator Tom Hale is keeping up his attacks in the hours before the vote\n"
        "Hale, in Ohio, said Tuesday that the governor was “a total lightweight” while his rival is "
        "“a liar.”",
        [("the governor was “a total lightweight” while his rival is “a liar.”", M, "Tom Hale")],
    ),
    "show title before a report": (
        "Sunday on NBC’s “Meet the Press,” Senator Tom Hale said the talks had failed.",
        [("the talks had failed", IND, "Tom Hale")],
    ),
    # --- speakers ------------------------------------------------------------------------------------------
    "pronoun in the next paragraph": (
        "Foreign Minister Elena Petrova arrived in Rome on Monday.\n\nShe said the visit would help.",
        [("the visit would help", IND, "Elena Petrova")],
    ),
    "the minister": (
        "Foreign Minister Elena Petrova arrived in Rome on Monday. The minister said the visit would help.",
        [("the visit would help", IND, "Elena Petrova")],
    ),
    "spokesman for a person": (
        "A spokesman for Chancellor Ingrid Vogel said the meeting had been postponed.",
        [("the meeting had been postponed", IND, "Ingrid Vogel")],
    ),
    "spokesman for an organisation": (
        "A spokesman for the Foreign Ministry said the ambassador had been summoned.",
        [("the ambassador had been summoned", IND, "Foreign Ministry")],
    ),
    "anonymous officials": (
        "Officials said the talks would resume next week.",
        [("the talks would resume next week", IND, None)],
    ),
    "a person familiar": (
        "A person familiar with the talks said a deal was close.",
        [("a deal was close", IND, None)],
    ),
    "question put by an unnamed asker": (
        "When asked if he had met the senator, Governor Mark Ellis smiled.",
        [("if he had met the senator", IND, None)],
    ),
    "show title before a report with a condition": (
        "Wednesday on NBC’s “Meet the Press,” Senator Tom Hale said if the talks fail, he will resign.",
        [("if the talks fail, he will resign", IND, "Tom Hale")],
    ),
    "time stamp above the speaker": (
        "___.\n\n12:15 p.m.:\n\nPresident Ana Lima says the border will reopen on Friday.",
        [("the border will reopen on Friday", IND, "Ana Lima")],
    ),
    # --- forms of issue 14, written for it ------------------------------------------------------------
    "told a crowd somewhere that": (
        "Senator Maria Lopez told a crowd in Des Moines that taxes would fall.",
        [("taxes would fall", IND, "Maria Lopez")],
    ),
    "is telling an audience that": (
        "Prime Minister Omar Haddad is telling workers at a factory in Leeds that the plant will stay open.",
        [("the plant will stay open", IND, "Omar Haddad")],
    ),
    "told a news agency on a day that": (
        "Trade Minister Raul Ortega told The Associated Press on Monday that steel tariffs would stay.",
        [("steel tariffs would stay", IND, "Raul Ortega")],
    ),
    "said on a bare day": (
        "Governor Mark Ellis said Tuesday the bridge would reopen in May.",
        [("the bridge would reopen in May", IND, "Mark Ellis")],
    ),
    "wrote on a social network": (
        "Senator Paul Moreno wrote on Facebook that the vote had been delayed.",
        [("the vote had been delayed", IND, "Paul Moreno")],
    ),
    "posted a quote on a social network": (
        "“The vote has been delayed,” Senator Paul Moreno posted on X.",
        [("The vote has been delayed,", D, "Paul Moreno")],
    ),
    "said on a network with its former name": (
        "Senator Paul Moreno said on X, formerly Twitter, that the vote had been delayed.",
        [("the vote had been delayed", IND, "Paul Moreno")],
    ),
    "a speech verb with an object of its own after a quoted word": (
        "After the speech, which compared the rebels to “bandits”, Senator Paul Moreno wrote a letter "
        "to the minister.",
        [],
    ),
    "a parenthetical cue before the quoted rest of the clause": (
        "The deal, Governor Mark Ellis said, “is the best we could get.”",
        [("is the best we could get.", D, "Mark Ellis")],
    ),
    "posted without quotation marks": ("Senator Paul Moreno posted a photo of the flooded road.", []),
    "tweeted with a colon": (
        "President Ana Lima tweeted: “The border will reopen on Friday.”",
        [("The border will reopen on Friday.", D, "Ana Lima")],
    ),
    "noted in an interview with a broadcaster": (
        "Governor Mark Ellis noted in an interview with CNN that the state had no debt.",
        [("the state had no debt", IND, "Mark Ellis")],
    ),
    "insisted without that": (
        "Defence Minister Yusuf Kaya insisted the exercise was routine.",
        [("the exercise was routine", IND, "Yusuf Kaya")],
    ),
    "a long apposition before the cue": (
        "“We will not give up,” Daniel Okafor, the chairman of the national farmers union and a former "
        "member of parliament, said on Monday.",
        [("We will not give up,", D, "Daniel Okafor")],
    ),
    "a quote over two paragraphs, cue after the last": (
        "Mayor Rosa Diaz spoke to reporters on Monday.\n\n"
        "“The bridge will be rebuilt by spring. We have the money.\n\n"
        "“We also have the workers,” Diaz said.",
        [
            ("The bridge will be rebuilt by spring. We have the money.", D, "Rosa Diaz"),
            ("We also have the workers,", D, "Rosa Diaz"),
        ],
    ),
    "a quote over three paragraphs, cue before the first": (
        "Senator Tom Hale said:\n\n“We have done nothing wrong.\n\n“The voters will decide.\n\n"
        "“And they will decide soon.”",
        [
            ("We have done nothing wrong.", D, "Tom Hale"),
            ("The voters will decide.", D, "Tom Hale"),
            ("And they will decide soon.", D, "Tom Hale"),
        ],
    ),
    "a quoted fragment that ends the reported clause": (
        "Governor Mark Ellis says that voters want jobs, but the council is offering them "
        "“slogans and delays.”",
        [("voters want jobs, but the council is offering them “slogans and delays.”", M, "Mark Ellis")],
    ),
    "a second report after a dash": (
        "Mayor Rosa Diaz says the budget is balanced — adding that the city has no new debt.",
        [
            ("the budget is balanced", IND, "Rosa Diaz"),
            ("the city has no new debt", IND, "Rosa Diaz"),
        ],
    ),
    "a participle in a prepositional phrase": (
        "Senator Tom Hale pivoted to arguing that the border was secure.",
        [("the border was secure", IND, "Tom Hale")],
    ),
    "a participle before the speaker": (
        "In addition to stating that taxes would fall, Senator Tom Hale has vowed to cut spending.",
        [("taxes would fall", IND, "Tom Hale")],
    ),
    "a directive inside a prepositional phrase": (
        "Governor Mark Ellis began his term by telling the unions to accept lower wages.",
        [("the unions to accept lower wages", IND, "Mark Ellis")],
    ),
    "a dateline before the speaker": (
        "LONDON, July 19 (Reuters) — Former Attorney General Michael Mukasey told delegates that the "
        "server was a risk.",
        [("the server was a risk", IND, "Michael Mukasey")],
    ),
    "a quote's attribution passed on by a broadcaster": (
        "“The bridge will reopen in May,” Governor Mark Ellis said, according to CNN.",
        [("The bridge will reopen in May,", D, "Mark Ellis")],
    ),
    "its spokesman": (
        "Acme Corp reported higher profits. Its spokesman added that sales rose in Asia.",
        [("sales rose in Asia", IND, "Acme Corp")],
    ),
    "a company spokeswoman": (
        "Acme Corp reported higher profits. A company spokeswoman said sales rose in Asia.",
        [("sales rose in Asia", IND, "Acme Corp")],
    ),
    "a spokesman for the company": (
        "Acme Corp cut 200 jobs. A spokesman for the company said the plant would stay open.",
        [("the plant would stay open", IND, "Acme Corp")],
    ),
    "a pronoun of the right gender across a paragraph": (
        "Ms. Rosa Diaz thanked Mr. Mark Ellis for the funds.\n\n“This is a good day for the city,” he said.",
        [("This is a good day for the city,", D, "Mark Ellis")],
    ),
    "they after a quoted person": (
        "Governor Mark Ellis met the farmers in Ohio. “We will cut the fees,” Ellis said.\n\n"
        "“The prices are too low,” they said.",
        [("We will cut the fees,", D, "Mark Ellis"), ("The prices are too low,", D, None)],
    ),
    "it after a quoted company": (
        "Acme Corp cut 200 jobs. “The plant will stay open,” the company said.\n\n"
        "“We have no plans to sell it,” it added.",
        [("The plant will stay open,", D, "Acme Corp"), ("We have no plans to sell it,", D, "Acme Corp")],
    ),
    "according to a statement from an organisation": (
        "Acme Corp cut 200 jobs. The plant will stay open, according to a statement from the company.",
        [("The plant will stay open", IND, "Acme Corp")],
    ),
    "a letter from a person said": (
        "A letter from Senator Tom Hale said the bill was unconstitutional.",
        [("the bill was unconstitutional", IND, "Tom Hale")],
    ),
    "an inverted cue after a reported clause": (
        "The economy will slow next year, said Karen Blake, an economist at the Bank of Montreal.",
        [("The economy will slow next year", IND, "Karen Blake")],
    ),
    "a person described by age": (
        "Jane Doe lost her home in the fire. “We have nothing left,” the 45-year-old said.",
        [("We have nothing left,", D, "Jane Doe")],
    ),
    "a person described in the next paragraph": (
        "Jane Doe lost her home in the fire.\n\n“We have nothing left,” the mother of three said.",
        [("We have nothing left,", D, "Jane Doe")],
    ),
    "a gendered description and a person known by her pronoun": (
        "Jane Doe met Premier Doug Allen on Monday. She asked for help.\n\n"
        "The woman said the fire had destroyed her home.",
        [("the fire had destroyed her home", IND, "Jane Doe")],
    ),
    "a gendered description of two people of unknown gender": (
        "Jane Doe met Premier Doug Allen on Monday. The woman said the fire had destroyed her home.",
        [("the fire had destroyed her home", IND, None)],
    ),
    "sources close to a named person": (
        "Sources close to Prime Minister Omar Haddad said he would resign.",
        [("he would resign", IND, None)],
    ),
    "officials of a country": (
        "U.S. officials said the talks had stalled.",
        [("the talks had stalled", IND, None)],
    ),
    "according to people familiar": (
        "The deal will be signed next week, according to people familiar with the talks.",
        [("The deal will be signed next week", IND, None)],
    ),
    "declined to say": ("The spokesman declined to say whether the minister would resign.", []),
    "refused to say": ("Governor Mark Ellis refused to say when the bridge would reopen.", []),
    "according to a survey": (
        "Most of the donors were bankers, according to a survey of the records.",
        [],
    ),
    "a poll found": ("A new poll found that most voters back the plan.", []),
    "a report showed": ("The report showed that exports fell in March.", []),
    "a thought": ("Governor Mark Ellis thinks the bridge will reopen in May.", []),
    "a headline with a period": (
        "Trade Minister Raul Ortega met his counterpart on Monday.\n\nMinister Says Talks Have Failed.\n\n"
        "The talks will resume in June.",
        [],
    ),
    "said on a day, without 'that'": (
        # (a ministry written in lower case is the organisation speaking: the guideline's "the ministry said")
        "The finance ministry said on Monday it was reviewing the proposal.",
        [("it was reviewing the proposal", IND, "Finance Ministry")],
    ),
    "a participle of telling hung inside the reported clause": (
        'Governor Mark Ellis insisted the border must come first, telling reporters: "Our position has not'
        ' changed."',
        [
            ("the border must come first", IND, "Mark Ellis"),
            ("Our position has not changed.", D, "Mark Ellis"),
        ],
    ),
    # --- not quotations -----------------------------------------------------------------------------------
    "according to a finding": ("The ruling party won 37 percent, according to the results.", []),
    "a quoted name after a poll": (
        "Most voters prefer goods labeled “Made at Home,” according to a new poll.",
        [],
    ),
    "a finding suggests": ("The data suggest that prices will rise.", []),
    "belief": ("Finance Minister Laura Grant believes the budget will be balanced.", []),
    "plan": ("The government plans to raise taxes next year.", []),
    "imperative to the reader": ("Ask yourself whether the plan will work.", []),
    "quote-only verb without marks": ("Governor Mark Ellis continued to defend the plan.", []),
    "headline": (
        "Minister Says Talks Have Failed\n\nTrade Minister Raul Ortega met his counterpart on Monday.",
        [],
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_quote_pattern_class(nlp: Language, case: str) -> None:
    text, expected = CASES[case]
    assert quotes(nlp, text) == expected


def test_there_are_thirty_classes_at_least() -> None:
    assert len(CASES) >= 30
