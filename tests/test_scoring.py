"""Matching rules and metrics of dipnews.evaluation.scoring, on small hand-made cases.

Every rule has a case that must match and one that must NOT.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from dipnews.evaluation.accuracy import evaluate
from dipnews.evaluation.gold import GoldActor, GoldArticle, GoldDoc, GoldMeeting, GoldParticipant, GoldQuote
from dipnews.evaluation.scoring import (
    PRF,
    PredictedActor,
    PredictedMeeting,
    align_actors,
    alignment_strength,
    find_article_ids,
    format_meeting_date,
    locate_gold_quotes,
    locate_in_order,
    match_spans,
    normalise_name,
    offset_map,
    one_to_one,
    overlap_ratio,
    predicted_actors_in_article,
    score_actors,
    score_corpus,
    score_meetings,
    spans_match,
    titles_agree,
)
from dipnews.ingest.cleaning import article_id_for, clean_text

# --------------------------------------------------------------------------------------------------
# spans


def test_span_matching_needs_half_of_the_longer_span() -> None:
    gold = ((0, 100),)
    assert spans_match(((0, 98),), gold)  # a missing closing comma still matches
    assert spans_match(((50, 100),), gold)  # exactly half of the longer span
    assert not spans_match(((51, 100),), gold)  # just under half
    assert not spans_match(((10, 22),), gold)  # a scare quote inside a long quote is no match
    assert not spans_match(((100, 120),), gold)  # touching is not overlapping


def test_scare_quote_inside_long_gold_quote_is_no_match_even_if_fully_contained() -> None:
    assert overlap_ratio(((30, 42),), ((0, 120),)) == pytest.approx(12 / 120)
    assert match_spans([((30, 42),)], [((0, 120),)]) == []


def test_multi_part_spans_sum_lengths_and_overlaps() -> None:
    # A quote interrupted by its attribution, stored as two parts, against the two predicted halves joined.
    gold = ((0, 40), (60, 100))
    assert overlap_ratio(((0, 40), (60, 100)), gold) == 1.0
    # Only the first half predicted: 40 of the 80 gold characters: still half of the longer.
    assert spans_match(((0, 40),), gold)
    # The whole extent including the attribution: 80 overlapping of 100 predicted characters.
    assert overlap_ratio(((0, 100),), gold) == pytest.approx(0.8)


def test_one_to_one_two_predictions_on_one_gold_give_one_match() -> None:
    pairs = match_spans([((0, 50),), ((0, 48),)], [((0, 50),)])
    assert pairs == [(0, 0)]  # the better overlap wins; the other prediction is a false positive


def test_one_to_one_finds_the_maximum_matching() -> None:
    # Prediction 0 overlaps both golds and prefers gold 0; prediction 1 can only take gold 0.
    # Greedy matching would leave one gold unmatched; the augmenting path gives two pairs.
    edges = {(0, 0): 0.9, (0, 1): 0.6, (1, 0): 0.7}
    assert one_to_one(edges) == [(0, 1), (1, 0)]


def test_prf_undefined_without_denominator() -> None:
    empty = PRF()
    assert empty.precision is None and empty.recall is None and empty.f1 is None
    counts = PRF(matched_pred=1, n_pred=2, matched_gold=1, n_gold=1)
    assert counts.precision == 0.5 and counts.recall == 1.0 and counts.f1 == pytest.approx(2 / 3)
    assert PRF(matched_pred=0, n_pred=3, matched_gold=0, n_gold=2).f1 == 0.0


# --------------------------------------------------------------------------------------------------
# locating gold strings in cleaned text


def test_offset_map_follows_whitespace_collapse_and_repaired_mojibake() -> None:
    source = "Pe\u00c3\u00b1a   Nieto said:\n\n\n\n\u201cYes.\u201d"
    target = "Pe\u00f1a Nieto said:\n\n\u201cYes.\u201d"
    mapping = offset_map(source, target)
    start = source.index("Nieto")
    assert target[mapping[start] : mapping[start + 5 - 1] + 1] == "Nieto"
    yes = source.index("Yes.")
    assert target[mapping[yes] : mapping[yes + 3] + 1] == "Yes."


def test_locate_gold_quotes_in_cleaned_text() -> None:
    raw = "He said,  \u201cWe   will win.\u201d\nShe said \u201cNo.\u201d"
    cleaned = clean_text(raw)
    quotes = [
        GoldQuote("A", "He", "We   will win.", "direct", "said"),
        GoldQuote("B", "She", "No.", "direct", "said"),
    ]
    spans = locate_gold_quotes(quotes, raw, cleaned)
    assert [cleaned[s:e] for s, e in spans] == ["We will win.", "No."]


def test_locate_in_order_gives_repeated_strings_distinct_spans() -> None:
    assert locate_in_order(["Yes.", "Yes.", "Maybe."], "Yes. Yes. No.") == [(0, 4), (5, 9), None]


# --------------------------------------------------------------------------------------------------
# names and actors


def person(
    actor_id: str, name: str, country: str | None = None, titles: tuple[str, ...] = ()
) -> PredictedActor:
    return PredictedActor(actor_id, name, "person", country, titles)


def test_a_surname_matches_its_full_name_but_not_another_surname() -> None:
    putin = GoldActor("Vladimir Putin", "person", "RUS", ("president",), ("Putin",))
    assert alignment_strength(person("p1", "Putin"), putin) > 0
    assert alignment_strength(person("p1", "Vladimir Putin"), putin) > alignment_strength(
        person("p2", "Putin"), putin
    )
    assert alignment_strength(person("p3", "Sergei Shoigu"), putin) == 0
    assert alignment_strength(person("p4", "Vladimir"), putin) == 0  # a first name is not a surname


def test_descriptions_are_not_name_aliases() -> None:
    li = GoldActor("Li Shangfu", "person", "CHN", ("defence minister",), ("Li", "The defence minister"))
    assert alignment_strength(person("x", "Defence Minister"), li) == 0
    assert alignment_strength(person("x", "Li"), li) > 0


def test_country_aligns_by_code_and_capital_alias() -> None:
    china = GoldActor("China", "country", "CHN", (), ("Beijing",))
    assert alignment_strength(PredictedActor("c", "People's Republic of China", "country", "CHN"), china) > 0
    assert alignment_strength(PredictedActor("c", "Beijing", "country", None), china) > 0
    assert alignment_strength(PredictedActor("c", "Russia", "country", "RUS"), china) == 0


def test_ambiguous_surname_aligns_to_nobody() -> None:
    gold = [GoldActor("Hillary Clinton", "person", "USA"), GoldActor("Chelsea Clinton", "person", "USA")]
    assert align_actors([person("p", "Clinton")], gold) == {}
    assert align_actors([person("p", "Hillary Clinton")], gold) == {"p": "Hillary Clinton"}


def test_normalise_name_ignores_case_accents_and_punctuation() -> None:
    assert normalise_name("Pe\u00f1a Nieto") == normalise_name("PENA NIETO")
    assert normalise_name("the U.S.") == normalise_name("US")


def test_person_precision_recall_title_and_country() -> None:
    gold = [
        GoldActor("Li Shangfu", "person", "CHN", ("defence minister",), ("Li",)),
        GoldActor("Vladimir Putin", "person", "RUS", ("president",), ("Putin",)),
        GoldActor("Russia", "country", "RUS"),
    ]
    predicted = [
        person("a", "Li Shangfu", "CHN", ("defence minister",)),
        person("b", "Putin", "USA", ("prime minister",)),
        person("c", "Moscow Times"),  # a false person
        PredictedActor("d", "Russia", "country", "RUS"),  # not a person: not counted
    ]
    scores = score_actors(predicted, gold).as_dict()
    assert (scores["n_pred"], scores["n_gold"], scores["n_matched"]) == (3, 2, 2)
    assert scores["person_precision"] == pytest.approx(0.6667) and scores["person_recall"] == 1.0
    assert scores["title_accuracy"] == 0.5 and scores["country_accuracy"] == 0.5


def test_titles_agree_when_both_empty_or_sharing_one() -> None:
    assert titles_agree([], [])
    assert titles_agree(["president", "leader"], ["President"])
    assert not titles_agree(["president"], [])
    assert not titles_agree(["prime minister"], ["president"])


# --------------------------------------------------------------------------------------------------
# meetings


def gold_meeting(names_roles: list[tuple[str, str]], **overrides: object) -> GoldMeeting:
    values: dict[str, object] = {
        "participants": tuple(GoldParticipant(n, r) for n, r in names_roles),
        "meeting_type": "meeting",
        "status": "occurred",
        "is_background": False,
        "date": "2023-04-16",
        "date_precision": "day",
        "date_text": "on Sunday",
        "location": "Moscow",
        "location_country_iso3": "RUS",
        "evidence": (),
    }
    values.update(overrides)
    return GoldMeeting(**values)  # type: ignore[arg-type]


def predicted_meeting(roles: dict[str, str], **overrides: object) -> PredictedMeeting:
    values: dict[str, object] = {
        "meeting_id": "m",
        "participants": roles,
        "meeting_type": "meeting",
        "status": "occurred",
        "is_background": False,
        "date": "2023-04-16",
        "date_precision": "day",
        "location": "Moscow",
        "location_country_iso3": "RUS",
    }
    values.update(overrides)
    return PredictedMeeting(**values)  # type: ignore[arg-type]


def test_meeting_with_jaccard_0_4_is_no_match() -> None:
    gold = [gold_meeting([("A", "host"), ("B", "visitor"), ("D", "participant"), ("E", "participant")])]
    predicted = [predicted_meeting({"A": "host", "B": "visitor", "pred:C": "participant"})]  # 2 / 5 = 0.4
    scores = score_meetings(predicted, gold).as_dict()
    assert scores["n_matched"] == 0 and scores["precision"] == 0.0 and scores["recall"] == 0.0


def test_meeting_with_jaccard_0_5_matches_and_attributes_are_scored() -> None:
    gold = [gold_meeting([("A", "host"), ("B", "visitor"), ("D", "attendee")])]
    predicted = [
        predicted_meeting(
            {"A": "host", "B": "participant", "pred:C": "participant"},  # 2 / 4 = 0.5
            date="2023-04",
            date_precision="month",
            location="moscow",
            is_background=True,
        )
    ]
    scores = score_meetings(predicted, gold).as_dict()
    assert scores["f1"] == 1.0
    assert scores["date_accuracy"] == 0.0  # the precision differs, so the date is wrong
    assert scores["location_accuracy"] == 1.0  # case-insensitive place name
    assert scores["background_accuracy"] == 0.0
    assert scores["role_accuracy"] == 0.5  # A right, B wrong; D was not predicted, C is not gold


def test_two_predicted_meetings_on_one_gold_are_one_match_and_one_false_positive() -> None:
    gold = [gold_meeting([("A", "host"), ("B", "visitor")])]
    predicted = [
        predicted_meeting({"A": "host", "B": "visitor"}),
        predicted_meeting({"A": "host", "B": "visitor"}),
    ]
    scores = score_meetings(predicted, gold).as_dict()
    assert (scores["n_matched"], scores["precision"], scores["recall"]) == (1, 0.5, 1.0)


def test_two_meetings_of_the_same_parties_pair_by_background_and_date() -> None:
    roles = [("A", "host"), ("B", "visitor")]
    gold = [
        gold_meeting(roles, is_background=True, date="2023-03", date_precision="month"),
        gold_meeting(roles),
    ]
    # Listed in the order that would pair them wrongly if ties were broken by position.
    predicted = [
        predicted_meeting({"A": "host", "B": "visitor"}, meeting_id="news"),
        predicted_meeting(
            {"A": "host", "B": "visitor"},
            meeting_id="old",
            is_background=True,
            date="2023-03",
            date_precision="month",
        ),
    ]
    scores = score_meetings(predicted, gold).as_dict()
    assert scores["n_matched"] == 2
    assert scores["background_accuracy"] == 1.0 and scores["date_accuracy"] == 1.0


def test_format_meeting_date_by_precision() -> None:
    assert format_meeting_date(dt.date(2023, 3, 1), "month") == "2023-03"
    assert format_meeting_date(pd.Timestamp("2023-04-16"), "day") == "2023-04-16"
    assert format_meeting_date(None, "unknown") is None
    assert format_meeting_date(pd.NaT, "day") is None


# --------------------------------------------------------------------------------------------------
# the whole corpus from contract tables

TEXT = (
    "Chancellor Anna Berg met President Tomas Lind in Oslo on Monday. Berg said that the talks went well. "
    '"We will meet again," Lind said, calling the visit "a milestone".'
)


def _span(needle: str) -> tuple[int, int]:
    start = TEXT.index(needle)
    return start, start + len(needle)


def hand_gold() -> GoldArticle:
    return GoldArticle(
        doc=GoldDoc("team", "hand_1", dt.date(2024, 1, 2), None),
        text=TEXT,
        actors=(
            GoldActor("Anna Berg", "person", "DEU", ("chancellor",), ("Berg",)),
            GoldActor("Tomas Lind", "person", "NOR", ("president",), ("Lind",)),
        ),
        meetings=(
            gold_meeting(
                [("Anna Berg", "visitor"), ("Tomas Lind", "host")],
                date="2024-01-01",
                location="Oslo",
                location_country_iso3="NOR",
            ),
        ),
        quotations=(
            GoldQuote("Anna Berg", "Berg", "the talks went well", "indirect", "said"),
            GoldQuote("Tomas Lind", "Lind", "We will meet again,", "direct", "said"),
        ),
        optional_quotations=(GoldQuote(None, None, "a milestone", "direct", "calling"),),
    )


def hand_tables(article_id: str) -> dict[str, pd.DataFrame]:
    def quote(text: str, quote_type: str, speaker: str | None) -> dict[str, object]:
        start, end = _span(text)
        return {
            "article_id": article_id,
            "char_start": start,
            "char_end": end,
            "quote_text": text,
            "quote_type": quote_type,
            "speaker_actor_id": speaker,
        }

    def mention(actor_id: str, text: str) -> dict[str, object]:
        start, end = _span(text)
        return {
            "article_id": article_id,
            "actor_id": actor_id,
            "char_start": start,
            "char_end": end,
            "mention_text": text,
            "mention_kind": "name",
            "sentence_index": 0,
        }

    return {
        "articles": pd.DataFrame([{"article_id": article_id, "source_path": "hand_1", "text": TEXT}]),
        "actors": pd.DataFrame(
            [
                {
                    "actor_id": "berg",
                    "name": "Anna Berg",
                    "actor_type": "person",
                    "country_iso3": "DEU",
                    "titles": ["chancellor"],
                },
                {
                    "actor_id": "lind",
                    "name": "Tomas Lind",
                    "actor_type": "person",
                    "country_iso3": None,
                    "titles": ["president"],
                },
            ]
        ),
        "actor_mentions": pd.DataFrame([mention("berg", "Anna Berg"), mention("lind", "Tomas Lind")]),
        "quotations": pd.DataFrame(
            [
                quote("that the talks went well", "indirect", "lind"),  # matched, wrong speaker
                quote("We will meet again,", "direct", "lind"),  # matched, right speaker
                quote("a milestone", "direct", "lind"),  # optional: ignored
                quote("Oslo", "direct", None),  # a false positive
            ]
        ),
        "meetings": pd.DataFrame(
            [
                {
                    "meeting_id": "m1",
                    "meeting_type": "meeting",
                    "status": "occurred",
                    "is_background": False,
                    "date": dt.date(2024, 1, 1),
                    "date_precision": "day",
                    "location": "Oslo",
                    "location_country_iso3": "NOR",
                }
            ]
        ),
        "meeting_participants": pd.DataFrame(
            [
                {"meeting_id": "m1", "actor_id": "berg", "role": "visitor"},
                {"meeting_id": "m1", "actor_id": "lind", "role": "host"},
            ]
        ),
        "meeting_mentions": pd.DataFrame(
            [
                {
                    "meeting_id": "m1",
                    "article_id": article_id,
                    "char_start": 0,
                    "char_end": 10,
                    "sentence_index": 0,
                    "trigger": "met",
                }
            ]
        ),
    }


def test_score_corpus_on_hand_made_tables() -> None:
    metrics = score_corpus(hand_tables("a1"), [(hand_gold(), "a1")])
    quotes = metrics["quotes"]
    assert (quotes["n_pred"], quotes["n_gold"], quotes["n_matched"]) == (3, 2, 2)
    assert quotes["precision"] == pytest.approx(0.6667) and quotes["recall"] == 1.0
    assert quotes["speaker_accuracy"] == 0.5
    assert quotes["direct"]["precision"] == 0.5 and quotes["indirect"]["recall"] == 1.0
    assert quotes["mixed"]["precision"] is None
    assert metrics["meetings"]["f1"] == 1.0 and metrics["meetings"]["role_accuracy"] == 1.0
    assert metrics["actors"]["person_recall"] == 1.0 and metrics["actors"]["country_accuracy"] == 0.5


def test_anonymous_gold_speaker_needs_no_predicted_speaker() -> None:
    gold = hand_gold()
    anonymous = GoldArticle(
        gold.doc,
        gold.text,
        gold.actors,
        gold.meetings,
        (GoldQuote(None, "officials", "We will meet again,", "direct", "said"),),
    )
    tables = hand_tables("a1")
    assert score_corpus(tables, [(anonymous, "a1")])["quotes"]["speaker_accuracy"] == 0.0
    tables["quotations"].loc[1, "speaker_actor_id"] = None
    assert score_corpus(tables, [(anonymous, "a1")])["quotes"]["speaker_accuracy"] == 1.0


def test_article_without_annotated_quotations_is_skipped_for_quotes() -> None:
    gold = hand_gold()
    unannotated = GoldArticle(gold.doc, gold.text, gold.actors, gold.meetings, None)
    quotes = score_corpus(hand_tables("a1"), [(unannotated, "a1")])["quotes"]
    assert quotes["n_pred"] == 0 and quotes["n_gold"] == 0 and quotes["precision"] is None


def test_find_article_ids_by_cleaned_text_or_source_path() -> None:
    gold = hand_gold()
    by_text = pd.DataFrame(
        [{"article_id": article_id_for(clean_text(TEXT)), "source_path": "x.txt", "text": TEXT}]
    )
    assert find_article_ids([gold], by_text, clean_text, article_id_for) == {"hand_1": article_id_for(TEXT)}
    by_path = pd.DataFrame([{"article_id": "f" * 16, "source_path": "seeds/hand_1.txt", "text": "other"}])
    assert find_article_ids([gold], by_path, clean_text, article_id_for) == {"hand_1": "f" * 16}
    unrelated = pd.DataFrame([{"article_id": "e" * 16, "source_path": "other.txt", "text": "other"}])
    assert find_article_ids([gold], unrelated, clean_text, article_id_for) == {}


def test_evaluate_reports_missing_gold_articles() -> None:
    gold = hand_gold()
    tables = hand_tables(article_id_for(TEXT))
    tables["articles"]["source_path"] = "elsewhere.txt"
    other = GoldArticle(GoldDoc("team", "absent", None, None), "Nothing here.", (), (), ())
    metrics = evaluate(tables, [gold, other])
    assert metrics["n_articles"] == 1 and metrics["n_missing_gold_articles"] == 1
    assert metrics["quotes"]["recall"] == 1.0


def test_a_persons_titles_are_the_ones_the_article_states() -> None:
    """The actor is "president" in the corpus, but this article names him without an office: scored
    untitled here, as the gold of this article has it; another article's office does not count."""
    actor_id, here, elsewhere = "a" * 16, "1" * 16, "2" * 16
    tables = {
        "actors": pd.DataFrame(
            {
                "actor_id": [actor_id],
                "name": ["Xi Jinping"],
                "actor_type": ["person"],
                "country_iso3": ["CHN"],
                "titles": [["president"]],
            }
        ),
        "actor_mentions": pd.DataFrame(
            {
                "article_id": [here, here, elsewhere],
                "actor_id": [actor_id, actor_id, actor_id],
                "titles": [[], [], ["president"]],
            }
        ),
    }
    assert predicted_actors_in_article(tables, here)[0].titles == ()
    assert predicted_actors_in_article(tables, elsewhere)[0].titles == ("president",)
    # Tables written before actor_mentions kept its titles: the actor's titles are scored.
    tables["actor_mentions"] = tables["actor_mentions"].drop(columns=["titles"])
    assert predicted_actors_in_article(tables, here)[0].titles == ("president",)
