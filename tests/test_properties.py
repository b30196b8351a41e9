"""Property-based tests: generated article text never makes a stage raise, and what comes out holds
the invariants (spans equal their text, keys resolve, enumerations hold) and passes the schemas.

The generators compose news-like sentences (meetings, quotations with balanced, unbalanced and
mixed quotation marks, dates real and impossible) with arbitrary Unicode noise, so that both the
linguistic paths and the odd-character paths of the extractors are exercised.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from dipnews.extract.article import extract_article
from dipnews.ingest.cleaning import article_id_for, clean_text
from dipnews.ingest.readers import IngestSettings, RawRecord, Reject, decode_bytes, read_jsonl, record_to_row
from dipnews.model import ArticleActors, ArticleExtraction, ArticleMeta, LocalActor, LocalQuote, Mention
from dipnews.pipeline import build_tables, default_params
from dipnews.quality.stage_validation import extraction_problems
from dipnews.serialize import from_json, to_json
from schemas import rejects

# Vocabulary written for these tests: invented people, real countries and cities, the verbs and
# phrases news uses for meetings and speech, and dates of every precision (one impossible).
PEOPLE = ("Anna Berg", "Tomas Lind", "Karl Weber", "Maria Costa", "Li Wen", "Omar Haddad", "Berg", "Weber")
TITLES = (
    "President",
    "Foreign Minister",
    "Prime Minister",
    "Defence Minister",
    "the minister",
    "the president",
)
COUNTRIES = ("Norway", "France", "China", "Russia", "Brazil", "Kenya", "the United States")
CITIES = ("Oslo", "Paris", "Beijing", "Moscow", "Nairobi", "Brasilia")
MEETING_VERBS = (
    "met",
    "held talks with",
    "hosted",
    "visited",
    "spoke by phone with",
    "will meet",
    "met with",
)
SPEECH_VERBS = ("said", "told reporters", "added", "stressed", "warned", "noted")
DATES = (
    "on Monday",
    "on 3 March",
    "last week",
    "in April 2023",
    "yesterday",
    "on February 30",
    "",
    "in 1850",
)
QUOTE_MARKS = (
    ('"', '"'),
    ("\u201c", "\u201d"),
    ("'", "'"),
    ("\u00ab", "\u00bb"),
    ("\u201c", ""),  # opened, never closed
    ("", "\u201d"),  # closed, never opened
    ('"', "\u201d"),  # mixed styles
)
PRONOUNS = ("he", "she", "they", "it")

NOISE = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=40)


@st.composite
def meeting_sentence(draw: st.DrawFn) -> str:
    title = draw(st.sampled_from(("", *TITLES)))
    person = draw(st.sampled_from(PEOPLE))
    country = draw(st.sampled_from(COUNTRIES))
    verb = draw(st.sampled_from(MEETING_VERBS))
    other = draw(st.sampled_from((*PEOPLE, *COUNTRIES)))
    city = draw(st.sampled_from(CITIES))
    date = draw(st.sampled_from(DATES))
    return f"{title} {person} of {country} {verb} {other} in {city} {date}.".replace("  ", " ").strip()


@st.composite
def quote_sentence(draw: st.DrawFn) -> str:
    opening, closing = draw(st.sampled_from(QUOTE_MARKS))
    speaker = draw(st.sampled_from((*PEOPLE, *PRONOUNS, *TITLES)))
    verb = draw(st.sampled_from(SPEECH_VERBS))
    content = draw(st.sampled_from(("We will work together", "This is a good day for our countries", "No")))
    form = draw(st.integers(0, 3))
    if form == 0:
        return f"{opening}{content},{closing} {speaker} {verb}."
    if form == 1:
        return f"{speaker} {verb}: {opening}{content}.{closing}"
    if form == 2:
        return f"{speaker} {verb} that {content.lower()}."
    return f"{opening}{content},{closing} {speaker} {verb}, {opening}and we mean it.{closing}"


SENTENCE = st.one_of(meeting_sentence(), quote_sentence(), NOISE)


@st.composite
def article_text(draw: st.DrawFn) -> str:
    sentences = draw(st.lists(SENTENCE, min_size=1, max_size=8))
    separators = draw(st.lists(st.sampled_from((" ", "\n", "\n\n", "  ", "\t")), min_size=len(sentences)))
    text = "".join(s + sep for s, sep in zip(sentences, separators, strict=False))
    cut = draw(st.integers(min_value=1, max_value=max(1, len(text))))  # articles cut off anywhere
    return text[:cut] if draw(st.booleans()) else text


PROPERTY_SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PUBLISHED = st.one_of(st.none(), st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)))


@PROPERTY_SETTINGS
@given(raw=article_text(), published=PUBLISHED)
def test_extraction_never_raises_and_keeps_its_invariants(
    nlp: Language, raw: str, published: dt.date | None
) -> None:
    text = clean_text(raw)
    if not text:
        return
    doc = nlp(text)
    meta = ArticleMeta(article_id_for(text), doc.text, published, None)
    extraction = extract_article(doc, meta)
    assert extraction_problems(extraction, doc.text) == []
    assert extraction.n_sentences == len(list(doc.sents))
    # What the cache and the extractions table store reads back as the same records.
    assert from_json(to_json(extraction)) == extraction


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    texts=st.lists(article_text(), min_size=1, max_size=3),
    dates=st.lists(
        st.one_of(st.none(), st.sampled_from(("2023-04-17", "2023-02-30", "2999-01-01"))), min_size=3
    ),
)
def test_generated_articles_pass_every_table_schema(
    nlp: Language, texts: list[str], dates: list[str | None]
) -> None:
    """The whole in-process pipeline (ingest's cleaning, extraction, consolidation, the schemas)."""
    del nlp  # loads the model once for the session; build_tables loads the same cached model
    records = [
        {"id": f"generated/{i}.txt", "text": text, "published": date}
        for i, (text, date) in enumerate(zip(texts, dates, strict=False))
    ]
    tables = build_tables(records, PARAMS, validate=True)  # raises StageError on any violation
    sources = set(tables["articles"]["source_path"]) | set(tables["rejects"]["source_path"])
    assert sources == {r["id"] for r in records}
    assert len(tables["articles"]) + len(tables["rejects"]) == len(records)


PARAMS = default_params()
SETTINGS = IngestSettings.from_params(PARAMS["ingest"])
ANY_VALUE = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=20)),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=5,
)


@settings(max_examples=200, deadline=None)
@given(text=st.one_of(st.text(), article_text(), ANY_VALUE), title=ANY_VALUE, published=ANY_VALUE)
def test_any_record_becomes_an_article_or_a_documented_reject(text: Any, title: Any, published: Any) -> None:
    result = record_to_row(RawRecord("r.json#1", text, published=published, title=title), SETTINGS)
    if isinstance(result, Reject):
        assert result.reason in rejects.REASONS and result.detail
        return
    body = result["text"]
    assert body and body == body.strip() and "\r" not in body
    assert unicodedata.is_normalized("NFC", body)
    assert result["article_id"] == article_id_for(body)
    body.encode("utf-8")  # no lone surrogates: Parquet can store it
    if result["title"] is not None:
        result["title"].encode("utf-8")
    assert result["published_date"] is None or isinstance(result["published_date"], dt.date)


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=2000))
def test_decoding_arbitrary_bytes_never_raises(data: bytes) -> None:
    text = decode_bytes(data)
    assert text is None or isinstance(text, str)


@settings(max_examples=200, deadline=None)
@given(lines=st.lists(st.one_of(st.text(max_size=30), st.builds(json.dumps, ANY_VALUE)), max_size=8))
def test_every_non_blank_jsonl_line_is_exactly_one_record_or_reject(lines: list[str]) -> None:
    content = "\n".join(line.replace("\n", " ") for line in lines)
    items = list(read_jsonl("f.jsonl", content))
    assert len(items) == sum(1 for line in content.split("\n") if line.strip())
    assert [i.source_path for i in items] == [f"f.jsonl#{n}" for n in range(1, len(items) + 1)]


@settings(max_examples=100, deadline=None)
@given(raw=st.one_of(st.text(), article_text()))
def test_cleaning_is_idempotent(raw: str) -> None:
    """Re-ingesting a cleaned article (e.g. the released table as JSON Lines) keeps its id."""
    once = clean_text(raw, SETTINGS.boilerplate_patterns, SETTINGS.unwrap_width)
    assert clean_text(once, SETTINGS.boilerplate_patterns, SETTINGS.unwrap_width) == once


def test_the_invariant_checker_reports_what_is_broken() -> None:
    """The checker the properties rely on is not vacuous: each kind of break is named."""
    text = "Anna Berg met Karl Weber. \u201cGood talks,\u201d she said."
    actors = ArticleActors(
        actors=[LocalActor("person:Anna Berg", "Anna Berg", "person")],
        mentions=[
            Mention("person:Anna Berg", 0, 0, 9, "Anna Berg", "name"),
            Mention("person:Anna Berg", 0, 14, 23, "Karl Weber", "name"),  # one character short
            Mention("person:Karl Weber", 0, 14, 24, "Karl Weber", "name"),  # no such actor
        ],
    )
    quote = LocalQuote(
        26, 39, text[26:39], "direct", "said", "person:Anna Berg", "she", "pronoun", 5, None, 0.9
    )
    extraction = ArticleExtraction("0123456789abcdef", 2, actors, [], [quote])
    problems = extraction_problems(extraction, text)
    assert len(problems) == 3, problems
    assert "is 'Karl Webe', not 'Karl Weber'" in problems[0]
    assert "unknown actor 'person:Karl Weber'" in problems[1]
    assert "sentence_index 5 not in 0..1" in problems[2]
