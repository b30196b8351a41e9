"""Tests for the quotations extractor: the seed's nine quotations and one sentence per construction."""

from __future__ import annotations

import re

import pytest
from spacy.language import Language

from dipnews.extract.quotes.extractor import extract_quotes, find_quoted_spans
from dipnews.model import (
    ArticleActors,
    ArticleMeta,
    LocalActor,
    LocalMeeting,
    LocalQuote,
    Mention,
    Participant,
)

LI = "person:Li Shangfu"
PUTIN = "person:Vladimir Putin"
SMITH = "person:Anna Smith"
JONES = "person:Tom Jones"

# The seed's gold quotations (seed_gold.json): speaker key, type, cue, text.
SEED_GOLD = [
    (
        LI,
        "indirect",
        "said",
        "Beijing is willing to work with Russia to have close strategic communications "
        "between their militaries",
    ),
    (
        LI,
        "indirect",
        "said",
        "China pursue the strengthening of multilateral coordination and cooperation with Russia",
    ),
    (
        LI,
        "direct",
        "quoted Li as saying",
        "China is willing to work with Russia to make new contributions to the maintenance of world and "
        "regional security and stability.",
    ),
    (
        LI,
        "mixed",
        "said",
        'China and Russia have very "strong ties" and the nations surpass the military-political alliances '
        "of the Cold War era, they are very stable",
    ),
    (LI, "mixed", "noted", 'the Russia-China ties have "already entered a new era"'),
    (LI, "direct", "said", "This is my first overseas visit since taking over as China's defence minister."),
    (
        LI,
        "direct",
        "said",
        "I specifically chose Russia for this in order to emphasise the special nature and strategic "
        "importance of our bilateral ties,",
    ),
    (
        PUTIN,
        "direct",
        "said",
        "We are also working actively through the military departments, regularly exchange useful "
        "information, cooperate in the field of military-technical cooperation, and conduct joint exercises.",
    ),
    (
        PUTIN,
        "direct",
        "added",
        "This is, undoubtedly, another important area that strengthens the exclusively trusting, strategic "
        "nature of our relations,",
    ),
]


def actors_for(text: str, surfaces: dict[str, list[tuple[str, str]]]) -> ArticleActors:
    """Hand-built actors: every occurrence of each (surface, mention_kind) becomes a mention.

    Longer surfaces win where they overlap shorter ones ("Li Shangfu" over "Li"), as an actors
    extractor would. No pronoun mentions: the pronoun speakers exercise the extractor's own fallback.
    """
    actors = [LocalActor(key, key.split(":", 1)[1], "person") for key in surfaces]
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []
    flat = [(key, surface, kind) for key, pairs in surfaces.items() for surface, kind in pairs]
    for key, surface, kind in sorted(flat, key=lambda item: -len(item[1])):
        for match in re.finditer(rf"\b{re.escape(surface)}\b", text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            mentions.append(Mention(key, 0, start, end, surface, kind))
    return ArticleActors(actors=actors, mentions=mentions)


def run(nlp: Language, text: str, actors: ArticleActors | None = None) -> list[LocalQuote]:
    doc = nlp(text)
    if actors is None:
        actors = actors_for(
            text,
            {
                SMITH: [("Anna Smith", "name"), ("Smith", "name"), ("The minister", "title")],
                JONES: [("Tom Jones", "name"), ("Jones", "name")],
            },
        )
    quotes = extract_quotes(doc, ArticleMeta(article_id="t", text=text), actors, [])
    for quote in quotes:
        assert text[quote.char_start : quote.char_end] == quote.quote_text
        assert 0.0 <= quote.confidence <= 1.0
    return quotes


def same_span(predicted: str, gold: str) -> bool:
    """Equal up to a trailing comma or period."""
    return predicted.rstrip(",.") == gold.rstrip(",.")


# --- the seed -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_actors(seed_text: str) -> ArticleActors:
    return actors_for(
        seed_text,
        {
            LI: [("Li Shangfu", "name"), ("Li", "name"), ("The defence minister", "title")],
            PUTIN: [("Vladimir Putin", "name"), ("Putin", "name")],
            "person:Sergei Shoigu": [("Sergei Shoigu", "name")],
        },
    )


def test_seed_nine_quotations(nlp: Language, seed_text: str, seed_actors: ArticleActors) -> None:
    quotes = run(nlp, seed_text, seed_actors)
    # "dear friends" (a scare quote in the background paragraph) is allowed but not required.
    quotes = [q for q in quotes if q.quote_text != "dear friends"]
    assert len(quotes) == len(SEED_GOLD)
    for quote, (speaker, quote_type, cue, gold_text) in zip(quotes, SEED_GOLD, strict=True):
        assert same_span(quote.quote_text, gold_text), (quote.quote_text, gold_text)
        assert quote.speaker_local_key == speaker, quote
        assert quote.quote_type == quote_type, quote
        assert quote.cue == cue, quote


def test_seed_speaker_resolution_and_sentences(
    nlp: Language, seed_text: str, seed_actors: ArticleActors
) -> None:
    doc = nlp(seed_text)
    quotes = extract_quotes(doc, ArticleMeta("seed", seed_text), seed_actors, [])
    by_text = {q.quote_text.rstrip(",."): q for q in quotes}
    title_quote = by_text['the Russia-China ties have "already entered a new era"']
    assert (title_quote.speaker_text, title_quote.speaker_resolution) == ("The defence minister", "title")
    added = by_text[SEED_GOLD[8][3].rstrip(",.")]
    assert (added.speaker_text, added.speaker_resolution) == ("he", "pronoun")
    for quote in quotes:
        sentence = list(doc.sents)[quote.sentence_index]
        assert sentence.start_char <= quote.char_start < sentence.end_char


def test_seed_meeting_assignment(nlp: Language, seed_text: str, seed_actors: ArticleActors) -> None:
    doc = nlp(seed_text)
    moscow = LocalMeeting(
        local_key="m1",
        meeting_type="meeting",
        status="occurred",
        date=None,
        date_precision="unknown",
        date_text=None,
        location="Moscow",
        location_country_iso3="RUS",
        is_background=False,
        confidence=0.9,
        participants=[Participant(LI, "visitor"), Participant(PUTIN, "host")],
    )
    summit = LocalMeeting(
        local_key="m0",
        meeting_type="summit",
        status="occurred",
        date=None,
        date_precision="unknown",
        date_text=None,
        location=None,
        location_country_iso3=None,
        is_background=True,
        confidence=0.8,
        participants=[Participant(PUTIN, "host"), Participant("person:Xi", "visitor")],
    )
    quotes = extract_quotes(doc, ArticleMeta("seed", seed_text), seed_actors, [summit, moscow])
    assert [q.meeting_local_key for q in quotes if q.speaker_local_key] == ["m1"] * 9
    background_only = extract_quotes(doc, ArticleMeta("seed", seed_text), seed_actors, [summit])
    assert all(q.meeting_local_key is None for q in background_only)


# --- one construction per sentence --------------------------------------------------------------


def only(quotes: list[LocalQuote]) -> LocalQuote:
    assert len(quotes) == 1, quotes
    return quotes[0]


def test_direct_quote_with_final_attribution(nlp: Language) -> None:
    quote = only(run(nlp, '"We will not back down on this issue," Smith said on Monday.'))
    assert (quote.quote_text, quote.quote_type, quote.cue) == (
        "We will not back down on this issue,",
        "direct",
        "said",
    )
    assert (quote.speaker_local_key, quote.speaker_text, quote.speaker_resolution) == (
        SMITH,
        "Smith",
        "named",
    )


def test_direct_quote_after_colon_and_inverted_attribution(nlp: Language) -> None:
    quotes = run(nlp, 'Smith told reporters: "The border will stay open." "It is a good day," said Jones.')
    assert [(q.quote_text, q.speaker_local_key, q.cue) for q in quotes] == [
        ("The border will stay open.", SMITH, "told"),
        ("It is a good day,", JONES, "said"),
    ]


def test_interrupted_quote_is_two_quotations_of_one_speaker(nlp: Language) -> None:
    quotes = run(nlp, '"We are ready to talk," Smith said, "but we need more time to prepare."')
    assert [q.quote_text for q in quotes] == ["We are ready to talk,", "but we need more time to prepare."]
    assert {q.speaker_local_key for q in quotes} == {SMITH}
    assert {q.quote_type for q in quotes} == {"direct"}


def test_multi_paragraph_quote_reopens_without_closing(nlp: Language) -> None:
    text = (
        'Smith said: "We came to talk about trade. We talked for hours.\n\n'
        '"In the end we agreed on everything that matters."'
    )
    # One quotation per paragraph, each the words of the speaker named before the first.
    quotes = run(nlp, text)
    assert [q.quote_text for q in quotes] == [
        "We came to talk about trade. We talked for hours.",
        "In the end we agreed on everything that matters.",
    ]
    assert {q.speaker_local_key for q in quotes} == {SMITH}
    assert {q.quote_type for q in quotes} == {"direct"}


def test_paragraph_opening_quote_closed_by_pronoun_attribution(nlp: Language) -> None:
    text = 'Smith arrived in Paris on Monday.\n\n"This visit is about the future of both nations," she added.'
    quote = only(run(nlp, text))
    assert (quote.quote_type, quote.cue, quote.speaker_text) == ("direct", "added", "she")


def test_curly_single_quotes_and_apostrophes(nlp: Language) -> None:
    quote = only(run(nlp, "‘We won’t give up on the nations’ future,’ Smith said."))
    assert quote.quote_text == "We won’t give up on the nations’ future,"


def test_indirect_that_clause(nlp: Language) -> None:
    quote = only(run(nlp, "Smith said that the talks with Jones were productive."))
    assert (quote.quote_text, quote.quote_type, quote.cue, quote.speaker_local_key) == (
        "the talks with Jones were productive",
        "indirect",
        "said",
        SMITH,
    )


def test_indirect_told_reporters_without_that(nlp: Language) -> None:
    quote = only(run(nlp, "Smith told reporters the agreement would be signed next week."))
    assert (quote.quote_text, quote.cue) == ("the agreement would be signed next week", "told")


def test_indirect_clause_before_its_attribution(nlp: Language) -> None:
    quote = only(run(nlp, "The agreement will be signed next week, Smith said."))
    assert (quote.quote_text, quote.speaker_local_key) == ("The agreement will be signed next week", SMITH)


def test_according_to(nlp: Language) -> None:
    quote = only(run(nlp, "According to Smith, the two sides agreed to extend the ceasefire."))
    assert (quote.quote_text, quote.cue, quote.speaker_local_key) == (
        "the two sides agreed to extend the ceasefire",
        "According to",  # the cue as written
        SMITH,
    )


def test_quoted_as_saying(nlp: Language) -> None:
    quote = only(run(nlp, "Smith was quoted as saying that the sanctions would remain in place."))
    assert (quote.quote_text, quote.cue, quote.speaker_local_key) == (
        "the sanctions would remain in place",
        "quoted as saying",
        SMITH,
    )


def test_directive_urged(nlp: Language) -> None:
    quote = only(run(nlp, "Smith urged all parties to return to the negotiating table."))
    assert (quote.quote_text, quote.cue) == ("all parties to return to the negotiating table", "urged")


def test_title_speaker_with_warned(nlp: Language) -> None:
    quote = only(run(nlp, "The minister warned that further attacks would not go unanswered."))
    assert (quote.speaker_local_key, quote.speaker_resolution, quote.cue) == (SMITH, "title", "warned")


def test_mixed_quote_is_one_quotation(nlp: Language) -> None:
    quote = only(run(nlp, 'Smith said the talks had been "very productive" and would continue in May.'))
    assert quote.quote_type == "mixed"
    assert quote.quote_text == 'the talks had been "very productive" and would continue in May'


def test_anonymous_source_keeps_its_words(nlp: Language) -> None:
    quote = only(run(nlp, "Diplomats said the meeting had been postponed until further notice."))
    assert (quote.speaker_local_key, quote.speaker_text, quote.speaker_resolution) == (
        None,
        "Diplomats",
        "unresolved",
    )


def test_pronoun_falls_back_to_previous_speaker(nlp: Language) -> None:
    text = "Smith said the border would reopen soon. She added that trade would resume in the spring."
    quotes = run(nlp, text)
    assert [q.speaker_local_key for q in quotes] == [SMITH, SMITH]
    assert quotes[1].speaker_resolution == "pronoun"


@pytest.mark.parametrize(
    "sentence",
    [
        'The so-called "reforms" were never implemented by the government.',  # scare quotes
        'The ministry published a report titled "A New Era" on Friday.',  # a title
        "Smith believes that the deal is close.",  # a belief, not speech
        "Jones wants the talks to continue next month.",  # an intention
        "State media reported that the two leaders met in Moscow.",  # sourcing, not a quotation
        "The nations' leaders didn't meet in the '90s.",  # apostrophes only
        "Smith announced a new trade plan on Tuesday.",  # a speech verb with no reported content
    ],
)
def test_not_a_quotation(nlp: Language, sentence: str) -> None:
    assert run(nlp, sentence) == []


def test_find_quoted_spans_pairs_marks_and_skips_apostrophes() -> None:
    text = "It's the workers' 'big day', he said: “We’re here.” And 'tis over."
    spans = [text[s.content_start : s.content_end] for s in find_quoted_spans(text)]
    assert spans == ["big day", "We’re here."]


def test_find_quoted_spans_closes_unterminated_quote_at_paragraph_end() -> None:
    text = '"This is the first part.\n\nNo reopening here.'
    spans = [text[s.content_start : s.content_end] for s in find_quoted_spans(text)]
    assert spans == ["This is the first part."]


# --- precision rules: where a quoted span is (or is not) an utterance of its own ---------------------


def test_doubled_apostrophes_are_double_quotation_marks(nlp: Language) -> None:
    text = "''We are ready,'' Smith said, ''and we think it is 'the right time.' ''"
    spans = [text[s.open_at : s.close_end] for s in find_quoted_spans(text)]
    assert spans == ["''We are ready,''", "''and we think it is 'the right time.' ''"]
    quotes = run(nlp, text)
    assert [(q.quote_type, q.speaker_local_key) for q in quotes] == [("direct", SMITH), ("direct", SMITH)]


def test_quote_resumed_after_its_attribution_shares_the_cue(nlp: Language) -> None:
    text = '"We are ready," Smith said on Monday. "Are you? \'No.\'"\n\nJones left.'
    quotes = run(nlp, text)
    assert [(q.quote_text, q.cue, q.speaker_local_key) for q in quotes] == [
        ("We are ready,", "said", SMITH),
        ("Are you? 'No.'", "said", SMITH),  # short, but placed right after the attribution
    ]


def test_trailing_attribution_starts_right_after_the_quote(nlp: Language) -> None:
    text = 'Jones called the plan "a very good start," while most voters said the opposite.'
    assert all(q.quote_type != "direct" for q in run(nlp, text))


def test_speech_verb_with_its_own_clause_starts_a_new_sentence(nlp: Language) -> None:
    text = 'Jones called the plan "a total disaster." Smith said that the talks would go on.'
    quotes = run(nlp, text)
    assert [(q.quote_type, q.quote_text) for q in quotes] == [("indirect", "the talks would go on")]


def test_reporter_lead_makes_a_mixed_quotation(nlp: Language) -> None:
    quote = only(run(nlp, 'The talks "went very well and will go on in May," Smith said.'))
    assert (quote.quote_type, quote.quote_text, quote.speaker_local_key) == (
        "mixed",
        'The talks "went very well and will go on in May,"',
        SMITH,
    )


def test_lower_case_quote_after_an_addressee_continues_the_clause(nlp: Language) -> None:
    quotes = run(nlp, 'Smith told reporters "the old budget" would be cut next year.')
    assert all(q.quote_type != "direct" for q in quotes)


def test_lower_case_quote_after_the_verb_ending_the_sentence_is_direct(nlp: Language) -> None:
    quote = only(run(nlp, 'But Smith added "do not expect the problem to be resolved soon."'))
    assert (quote.quote_type, quote.cue, quote.speaker_local_key) == ("direct", "added", SMITH)


def test_definite_organisation_description_refers_back(nlp: Language) -> None:
    text = "Acme Power posted a loss on Monday. The utility said it would cut 300 jobs."
    start = text.index("Acme Power")
    actors = ArticleActors(
        actors=[LocalActor("organization:Acme Power", "Acme Power", "organization")],
        mentions=[Mention("organization:Acme Power", 0, start, start + 10, "Acme Power", "name")],
    )
    quote = only(run(nlp, text, actors))
    assert (quote.speaker_local_key, quote.speaker_text, quote.speaker_resolution) == (
        "organization:Acme Power",
        "The utility",
        "title",
    )
    # An indefinite description ("a company") is somebody else: left unresolved.
    other = only(run(nlp, text.replace("The utility", "A company"), actors))
    assert other.speaker_local_key is None


def test_stand_alone_quote_inherits_only_across_one_paragraph_break(nlp: Language) -> None:
    turn = 'Smith said the talks would resume on Monday.\n\n"We are ready to sign the agreement tomorrow."'
    assert [q.speaker_local_key for q in run(nlp, turn)] == [SMITH, SMITH]
    narrated = turn.replace("\n\n", "\n\nThe talks began in 1998 and have stalled twice since.\n\n")
    assert [q.speaker_local_key for q in run(nlp, narrated)] == [SMITH]
