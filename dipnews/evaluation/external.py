"""Benchmark on corpora nobody in this project wrote: the shared gold, PolNeAR and CoNLL-2003.

    python -m dipnews.evaluation.external --shared ../shared [--corpus gold|mixed|polnear|conll|all]
        [--limit N]

Reads the corpora from ``--shared`` at run time only (their texts and labels are never copied into the
repository), runs the whole pipeline in-process (:func:`dipnews.pipeline.build_tables`) and prints one
table of figures per corpus:

* ``gold``: every ``<shared>/gold/*.json`` set (texts in ``*_texts.jsonl``), scored exactly like the
  ``evaluate`` stage (quotations, meetings, persons); then the meetings F1 of ``dev_meetings_tune``
  (the articles the meeting rules are tuned on) and ``dev_meetings_check`` (held out) and their gap,
  which ``--json`` also writes as ``meetings_f1_tune_check``.
* ``mixed``: every gold set again, but all gold articles built as one corpus together with the first
  2,000 Reuters-21578 stories (``--limit N``: N stories): actors are decided corpus-wide, so names,
  titles and countries that other articles pull away from the gold show here.
* ``polnear``: the dev split (first annotation file per article), attributions whose cue is a speech
  verb or phrase (:data:`SPEECH_CUE_WORDS`, from
  ``speech_cues.yaml``). Precision, recall, F1 and speaker accuracy for direct
  quotes and for all speech quotes, beside textacy's ``direct_quotations`` on the same cleaned text,
  scored by the same half-of-the-longer-span rule. PolNeAR stores a quote interrupted by its attribution
  as one content with two parts, so split predictions of one speaker around one cue are joined first.
  A predicted speaker is right when its words (or, for the pipeline, any mention of the resolved actor)
  overlap the gold source span - gold sources are often "he" or "a spokesman".
* ``conll``: eng.testa. Precision, recall and F1 of the pipeline's proper-name mentions (``name`` and
  ``alias``: an organisation's acronym is an alias of its spelled-out name) of person and
  organization actors against the gold PER and ORG spans (exact span match, as CoNLL scores), and both
  labels together with spans that overlap by at least half the longer one (one-to-one, same label),
  beside the bare spaCy model's PERSON and ORG entities on the same text.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd

from dipnews.evaluation.gold import GoldFormatError, load_gold
from dipnews.evaluation.scoring import (
    PRF,
    Accuracy,
    Span,
    map_span,
    match_spans,
    offset_map,
    span_overlap,
)
from dipnews.extract.lexicons import parse_lexicon_text

# Speech cues for selecting PolNeAR attributions: the benchmark's own data file (speech_cues.yaml beside this
# module), independent of the extractor's lexicon so that the gold is not tuned to the system.
CUE_LEXICON = parse_lexicon_text(
    "speech_cues", resources.files(__package__).joinpath("speech_cues.yaml").read_text(encoding="utf-8")
)
CUE_WORD_GROUPS = ("cue_words_neutral", "cue_words_dialogue", "cue_words_manner")
CUE_LEXICON.require_groups(*CUE_WORD_GROUPS, "cue_phrases")
SPEECH_CUE_WORDS: frozenset[str] = frozenset().union(*(CUE_LEXICON.words(g) for g in CUE_WORD_GROUPS))
# A cue phrase that has no speech verb in it but attributes speech all the same.
SPEECH_CUE_PHRASES: tuple[str, ...] = tuple(sorted(CUE_LEXICON.words("cue_phrases")))
# Characters trimmed from both ends of every span before matching: the guideline puts direct quotes
# "without the marks", PolNeAR and textacy include them; trimming both sides makes them comparable.
TRIM_CHARS = " \t\n\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"
OPENING_QUOTES = "\"\u201c\u00ab'\u2018"
CLOSING_QUOTES = "\"\u201d\u00bb'\u2019"
# Longest text between the two halves of a quote interrupted by its attribution (", he said, ").
MAX_ATTRIBUTION_GAP = 200
# How far around a quote to look for the words naming its speaker.
SPEAKER_WINDOW = 300


# --------------------------------------------------------------------------------------------------
# shared helpers


def is_speech_cue(cue_text: str) -> bool:
    lowered = " ".join(cue_text.lower().split())
    if any(phrase in lowered for phrase in SPEECH_CUE_PHRASES):
        return True
    return any(word.strip(".,:;\"'") in SPEECH_CUE_WORDS for word in lowered.split())


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in TRIM_CHARS:
        start += 1
    while end > start and text[end - 1] in TRIM_CHARS:
        end -= 1
    return start, end


def trim_parts(text: str, parts: Iterable[tuple[int, int]]) -> Span:
    trimmed = (trim_span(text, s, e) for s, e in parts)
    return tuple((s, e) for s, e in trimmed if e > s)


def _format(value: float | None) -> str:
    return "   -  " if value is None else f"{value:6.3f}"


@dataclass(slots=True)
class Report:
    """The tables a run prints, kept so that ``--json`` can write the same figures for the dataset card."""

    tables: list[dict[str, Any]] = field(default_factory=list)
    # Single figures printed beside the tables, by name (numbers only, for --json).
    figures: dict[str, Any] = field(default_factory=dict)

    def table(self, title: str, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        print_table(title, header, rows)
        self.tables.append(
            {"title": title, "header": list(header), "rows": [[str(c).strip() for c in r] for r in rows]}
        )


def print_table(title: str, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) for i, h in enumerate(header)]
    print(f"\n{title}")
    print("  ".join(str(h).ljust(w) for h, w in zip(header, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)))


def _load_pipeline() -> tuple[Any, Mapping[str, Any]]:
    from dipnews.pipeline import build_tables, default_params

    return build_tables, default_params()


def _texts_by_source(tables: Mapping[str, pd.DataFrame]) -> dict[str, tuple[str, str]]:
    """{source_path: (article_id, cleaned text)} of the articles the pipeline kept."""
    articles = tables["articles"]
    return {
        str(s): (str(a), str(t))
        for s, a, t in zip(articles["source_path"], articles["article_id"], articles["text"], strict=True)
    }


# --------------------------------------------------------------------------------------------------
# the shared gold sets


GOLD_HEADER = ["set", "docs", "quotes", "P", "R", "F1", "speaker", "meetings", "P", "R", "F1", "date",
               "place", "backgr.", "roles", "persons P", "R", "title", "country"]  # fmt: skip


def gold_row(name: str, metrics: Mapping[str, Any]) -> list[Any]:
    """One printed row of the shared-gold table, from the figures of ``accuracy.evaluate``."""
    q, mt, ac = metrics["quotes"], metrics["meetings"], metrics["actors"]
    return [
        name,
        metrics["n_articles"],
        f"{q['n_gold']}",
        *(_format(q[k]) for k in ("precision", "recall", "f1", "speaker_accuracy")),
        f"{mt['n_gold']}",
        *(_format(mt[k]) for k in ("precision", "recall", "f1", "date_accuracy", "location_accuracy")),
        *(_format(mt[k]) for k in ("background_accuracy", "role_accuracy")),
        *(
            _format(ac[k])
            for k in ("person_precision", "person_recall", "title_accuracy", "country_accuracy")
        ),
    ]


def _gold_sets(shared: Path, limit: int | None) -> list[tuple[str, list[Any]]]:
    """(name, articles) of every shared gold set, in name order; a set that does not load is skipped."""
    sets = []
    for path in sorted((shared / "gold").glob("*.json")):
        try:
            gold = load_gold(path)[:limit] if limit else load_gold(path)
        except (OSError, GoldFormatError) as error:
            print(f"note: skipping {path.name}: {error}")
            continue
        sets.append((path.stem, gold))
    return sets


def run_gold(shared: Path, limit: int | None, report: Report) -> None:
    from dipnews.evaluation.accuracy import evaluate

    build_tables, params = _load_pipeline()
    meetings_f1: dict[str, float | None] = {}
    rows = []
    dev_gold: list[Any] = []
    for name, gold in _gold_sets(shared, limit):
        metrics = evaluate(build_tables([g.to_record() for g in gold], params), gold)
        meetings_f1[name] = metrics["meetings"]["f1"]
        rows.append(gold_row(name, metrics))
        if name.startswith("dev_"):
            dev_gold += gold
    # The real-article sets together: the figures the extraction targets are set on (micro-averaged).
    if len({g.source_file for g in dev_gold}) > 1:
        rows.append(
            gold_row(
                "dev (all real articles)",
                evaluate(build_tables([g.to_record() for g in dev_gold], params), dev_gold),
            )
        )
    report.table(
        "Shared gold (quotations / meetings / persons; rules of dipnews.evaluation.scoring)",
        GOLD_HEADER,
        rows,
    )
    if TUNE_SET in meetings_f1 and CHECK_SET in meetings_f1:
        report_tune_check_gap(meetings_f1[TUNE_SET], meetings_f1[CHECK_SET], report)


# How many Reuters-21578 stories surround the gold in the mixed-corpus mode: enough that other articles'
# mentions of the same people can pull an actor's name, title or country away from what the gold says.
MIXED_BACKGROUND = 2000


def reuters_records(shared: Path, n: int) -> list[dict[str, Any]]:
    """The first ``n`` Reuters-21578 stories with a body, as pipeline records (ISO publication dates)."""
    records: list[dict[str, Any]] = []
    path = shared / "corpora" / "reuters21578" / "reuters_train.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if len(records) >= n:
                break
            story = json.loads(line)
            if not story.get("body"):
                continue
            try:
                published = dt.datetime.strptime(str(story.get("date", "")).split()[0], "%d-%b-%Y").date()
            except (ValueError, IndexError):
                published = None
            records.append(
                {
                    "id": f"reuters-{story['newid']}",
                    "text": story["body"],
                    "published": published.isoformat() if published else None,
                    "title": story.get("title"),
                }
            )
    return records


def run_mixed(shared: Path, limit: int | None, report: Report) -> None:
    """Every shared gold article in one corpus with Reuters-21578 stories: actor identity, titles and
    countries are decided corpus-wide, so pollution from other articles shows here and not in run_gold."""
    from dipnews.evaluation.accuracy import evaluate

    build_tables, params = _load_pipeline()
    gold_sets = _gold_sets(shared, limit)
    background = reuters_records(shared, MIXED_BACKGROUND if limit is None else limit)
    records = [g.to_record() for _, gold in gold_sets for g in gold] + background
    tables = build_tables(records, params)
    rows = [gold_row(name, evaluate(tables, gold)) for name, gold in gold_sets]
    dev_gold = [g for name, gold in gold_sets if name.startswith("dev_") for g in gold]
    rows.append(gold_row("dev (all real articles)", evaluate(tables, dev_gold)))
    title = (
        f"Shared gold in a mixed corpus: all gold articles built together with {len(background)} "
        "Reuters-21578 stories, scored on the gold articles"
    )
    report.table(title, GOLD_HEADER, rows)


# The meeting rules are tuned on one half of the hand-annotated meeting articles and checked on the
# other: the gap between the two F1s is how much of the tuned figure does not carry over.
TUNE_SET = "dev_meetings_tune"
CHECK_SET = "dev_meetings_check"


def tune_check_gap(tune_f1: float | None, check_f1: float | None) -> dict[str, float | None]:
    """{"tune_f1", "check_f1", "gap"}: gap is tune F1 - check F1 (None when either F1 is undefined)."""
    gap = None if tune_f1 is None or check_f1 is None else round(tune_f1 - check_f1, 4)
    return {"tune_f1": tune_f1, "check_f1": check_f1, "gap": gap}


def report_tune_check_gap(tune_f1: float | None, check_f1: float | None, report: Report) -> None:
    figures = tune_check_gap(tune_f1, check_f1)
    report.figures["meetings_f1_tune_check"] = figures
    print(
        f"\nMeetings F1, tuned on {TUNE_SET} / checked on {CHECK_SET}: "
        f"{_format(figures['tune_f1']).strip()} / {_format(figures['check_f1']).strip()}, "
        f"gap (tune - check) {_format(figures['gap']).strip()}"
    )


# --------------------------------------------------------------------------------------------------
# PolNeAR


@dataclass(slots=True)
class QuoteSpan:
    """A quotation reduced to what PolNeAR scoring needs, in cleaned-text offsets."""

    parts: Span
    is_direct: bool
    speaker_spans: list[tuple[int, int]] = field(default_factory=list)
    speaker_key: str | None = None  # what makes two halves "the same speaker"
    cue_spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class QuoteBenchmark:
    direct: PRF = field(default_factory=PRF)
    direct_speaker: Accuracy = field(default_factory=Accuracy)
    all: PRF = field(default_factory=PRF)
    all_speaker: Accuracy = field(default_factory=Accuracy)
    n_failed_articles: int = 0


def read_polnear_dev(shared: Path, limit: int | None) -> list[dict[str, Any]]:
    """First annotation file per article of the dev compartment, in filename order."""
    first: dict[str, dict[str, Any]] = {}
    with gzip.open(shared / "corpora" / "polnear" / "train_dev.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record.get("compartment") == "dev" and record["filename"] not in first:
                first[record["filename"]] = record
    documents = [first[name] for name in sorted(first)]
    return documents[:limit] if limit else documents


def _is_direct_content(text: str, parts: Sequence[tuple[int, int]]) -> bool:
    """Every part opens and closes with a quotation mark (trailing punctuation allowed)."""
    for start, end in parts:
        part = text[start:end].strip()
        if not part or part[0] not in OPENING_QUOTES:
            return False
        if part.rstrip(".,;:!?\u2014- ")[-1:] not in CLOSING_QUOTES:
            return False
    return True


def polnear_gold(document: Mapping[str, Any], cleaned: str) -> list[QuoteSpan]:
    """Speech attributions of one PolNeAR article, mapped into the cleaned text."""
    raw = document["text"]
    mapping = offset_map(raw, cleaned)
    gold = []
    for attribution in document.get("attributions") or ():
        cue = " ".join(c["text"] for c in attribution.get("cue") or ())
        if not is_speech_cue(cue):
            continue
        raw_parts = sorted(tuple(s) for c in attribution.get("content") or () for s in c["spans"])
        if not raw_parts:
            continue
        parts = trim_parts(cleaned, (map_span(mapping, s, e) for s, e in raw_parts))
        sources = [map_span(mapping, s, e) for c in attribution.get("source") or () for s, e in c["spans"]]
        gold.append(
            QuoteSpan(parts=parts, is_direct=_is_direct_content(raw, raw_parts), speaker_spans=sources)
        )
    return gold


def join_split_quotes(quotes: Sequence[QuoteSpan], text: str) -> list[QuoteSpan]:
    """Join the two halves of a direct quote interrupted by its attribution ("'X,' he said, 'Y.'").

    Two consecutive direct quotes are joined when they have the same speaker, the text between them is
    short, holds no quotation mark or paragraph break, and holds the cue of the second half (so
    '"X," he said. "Y," he added.' - two speech acts - stays apart).
    """
    ordered = sorted(quotes, key=lambda q: q.parts[0][0] if q.parts else 0)
    joined: list[QuoteSpan] = []
    for quote in ordered:
        previous = joined[-1] if joined else None
        if previous is not None and previous.parts and quote.parts and previous.is_direct and quote.is_direct:
            gap_start, gap_end = previous.parts[-1][1], quote.parts[0][0]
            gap = text[gap_start:gap_end]
            same_speaker = previous.speaker_key is not None and previous.speaker_key == quote.speaker_key
            cue_in_gap = any(gap_start <= s and e <= gap_end for s, e in quote.cue_spans)
            short_plain_gap = (
                0 <= len(gap) <= MAX_ATTRIBUTION_GAP
                and "\n\n" not in gap
                and not any(mark in gap.strip(TRIM_CHARS) for mark in OPENING_QUOTES + CLOSING_QUOTES[:3])
            )
            if same_speaker and cue_in_gap and short_plain_gap:
                previous.parts = previous.parts + quote.parts
                previous.speaker_spans.extend(quote.speaker_spans)
                continue
        joined.append(quote)
    return joined


def _cue_spans(text: str, quote_start: int, quote_end: int, cue: str | None) -> list[tuple[int, int]]:
    """Where the cue's first word is: after the quote in its paragraph, else before it (the gap)."""
    if not cue:
        return []
    word = cue.split()[0]
    paragraph_end = text.find("\n", quote_end)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    after = text.find(word, quote_end, min(paragraph_end, quote_end + 60))
    if after >= 0:
        return [(after, after + len(word))]
    before = text.rfind(word, max(0, quote_start - MAX_ATTRIBUTION_GAP), quote_start)
    return [(before, before + len(word))] if before >= 0 else []


def pipeline_quotes(tables: Mapping[str, pd.DataFrame], article_id: str, text: str) -> list[QuoteSpan]:
    quotes = tables["quotations"]
    quotes = quotes[quotes["article_id"] == article_id]
    mentions = tables["actor_mentions"]
    mentions = mentions[mentions["article_id"] == article_id]
    spans_by_actor: dict[str, list[tuple[int, int]]] = {}
    for actor_id, start, end in zip(
        mentions["actor_id"], mentions["char_start"], mentions["char_end"], strict=True
    ):
        spans_by_actor.setdefault(str(actor_id), []).append((int(start), int(end)))
    result = []
    for _, row in quotes.sort_values("char_start").iterrows():
        start, end = int(row["char_start"]), int(row["char_end"])
        actor = None if pd.isna(row["speaker_actor_id"]) else str(row["speaker_actor_id"])
        speaker_text = None if pd.isna(row["speaker_text"]) else str(row["speaker_text"])
        speaker_spans = list(spans_by_actor.get(actor, [])) if actor else []
        if speaker_text:
            # The words naming the speaker near the quote (the table keeps the words, not their offsets).
            low, high = max(0, start - SPEAKER_WINDOW), min(len(text), end + SPEAKER_WINDOW)
            found = text.find(speaker_text, low, high)
            while found >= 0:
                speaker_spans.append((found, found + len(speaker_text)))
                found = text.find(speaker_text, found + 1, high)
        result.append(
            QuoteSpan(
                parts=trim_parts(text, [(start, end)]),
                is_direct=row["quote_type"] == "direct",
                speaker_spans=speaker_spans,
                speaker_key=actor or speaker_text,
                cue_spans=_cue_spans(text, start, end, None if pd.isna(row["cue"]) else str(row["cue"])),
            )
        )
    return join_split_quotes(result, text)


def textacy_quotes(doc: Any, text: str, direct_quotations: Any) -> list[QuoteSpan] | None:
    """textacy's direct quotations of a parsed article; None when textacy raises on it."""
    try:
        triples = list(direct_quotations(doc))
    except Exception:  # textacy raises (ValueError and others) on odd numbers of quotation marks
        return None
    result = []
    for triple in triples:
        speakers = [(t.idx, t.idx + len(t.text)) for t in triple.speaker]
        cues = [(t.idx, t.idx + len(t.text)) for t in triple.cue]
        content = triple.content
        result.append(
            QuoteSpan(
                parts=trim_parts(text, [(content.start_char, content.end_char)]),
                is_direct=True,
                speaker_spans=speakers,
                speaker_key=" ".join(t.text for t in triple.speaker).lower() or None,
                cue_spans=cues,
            )
        )
    return join_split_quotes(result, text)


def score_quote_spans(
    predicted: Sequence[QuoteSpan], gold: Sequence[QuoteSpan], counts: PRF, speaker: Accuracy
) -> None:
    pairs = match_spans([p.parts for p in predicted], [g.parts for g in gold])
    counts.add(PRF(matched_pred=len(pairs), n_pred=len(predicted), matched_gold=len(pairs), n_gold=len(gold)))
    for p, g in pairs:
        speaker.add_outcome(
            any(span_overlap((s,), tuple(gold[g].speaker_spans)) > 0 for s in predicted[p].speaker_spans)
        )


def _add_article(result: QuoteBenchmark, predicted: Sequence[QuoteSpan], gold: Sequence[QuoteSpan]) -> None:
    score_quote_spans(
        [p for p in predicted if p.is_direct],
        [g for g in gold if g.is_direct],
        result.direct,
        result.direct_speaker,
    )
    score_quote_spans(predicted, gold, result.all, result.all_speaker)


def run_polnear(shared: Path, limit: int | None, report: Report) -> None:
    build_tables, params = _load_pipeline()
    documents = read_polnear_dev(shared, limit)
    records = [
        {"id": d["filename"], "text": d["text"], "published": d.get("publication_date"), "title": None}
        for d in documents
    ]
    tables = build_tables(records, params)
    kept = _texts_by_source(tables)
    try:
        from textacy.extract import direct_quotations
    except ImportError:
        direct_quotations = None
        print("note: textacy is not installed (pip install textacy==0.13.0): the baseline row is left out")
    nlp = None
    if direct_quotations is not None:
        from dipnews.nlp.parsing import load_model

        nlp = load_model(str(params["annotate"]["model"]))

    ours, theirs = QuoteBenchmark(), QuoteBenchmark()
    for document in documents:
        article_id, cleaned = kept.get(document["filename"], (None, None))
        if cleaned is None:  # rejected by ingest: the gold still counts, nothing is predicted
            ours.n_failed_articles += 1
            cleaned = document["text"]
        gold = polnear_gold(document, cleaned)
        _add_article(ours, pipeline_quotes(tables, article_id, cleaned) if article_id else [], gold)
        if direct_quotations is not None and nlp is not None:
            predicted = textacy_quotes(nlp(cleaned), cleaned, direct_quotations)
            if predicted is None:
                theirs.n_failed_articles += 1
            _add_article(theirs, predicted or [], gold)

    rows = []
    systems = [("dipnews", ours)] + (
        [("textacy 0.13 direct_quotations", theirs)] if direct_quotations else []
    )
    for name, result in systems:
        rows.append(
            [
                name,
                _format(result.direct.precision),
                _format(result.direct.recall),
                _format(result.direct.f1),
                _format(result.direct_speaker.value),
                _format(result.all.precision),
                _format(result.all.recall),
                _format(result.all.f1),
                _format(result.all_speaker.value),
                f"{result.all.n_pred}",
                f"{result.n_failed_articles}",
            ]
        )
    n_direct = ours.direct.n_gold
    report.table(
        f"PolNeAR dev: {len(documents)} articles, {ours.all.n_gold} speech attributions ({n_direct} direct); "
        "match = overlap >= half of the longer span",
        [
            "system",
            "direct P",
            "R",
            "F1",
            "speaker",
            "all P",
            "R",
            "F1",
            "speaker",
            "predicted",
            "failed docs",
        ],
        rows,
    )


# --------------------------------------------------------------------------------------------------
# CoNLL-2003


def read_conll_docs(shared: Path, limit: int | None) -> list[dict[str, Any]]:
    path = shared / "corpora" / "conll2003" / "eng.testa.docs.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        documents = [json.loads(line) for line in handle if line.strip()]
    return documents[:limit] if limit else documents


# Entity labels compared: CoNLL label -> (spaCy label, the pipeline's actor_type).
CONLL_LABELS: Mapping[str, tuple[str, str]] = {"PER": ("PERSON", "person"), "ORG": ("ORG", "organization")}


def _exact_prf(predicted: set[tuple[int, int]], gold: set[tuple[int, int]]) -> PRF:
    hits = len(predicted & gold)
    return PRF(matched_pred=hits, n_pred=len(predicted), matched_gold=hits, n_gold=len(gold))


def _overlap_prf(predicted: set[tuple[str, int, int]], gold: set[tuple[str, int, int]]) -> PRF:
    """(label, start, end) spans matched one-to-one within each label when they overlap by at least half
    of the longer span (the rule of the shared gold's quotations), so "Bank of Japan" against "the Bank of
    Japan" counts while a person against an organisation does not."""
    hits = 0
    for label in {lab for lab, _, _ in predicted | gold}:
        ours = sorted(((s, e),) for lab, s, e in predicted if lab == label)
        theirs = sorted(((s, e),) for lab, s, e in gold if lab == label)
        hits += len(match_spans(ours, theirs))
    return PRF(matched_pred=hits, n_pred=len(predicted), matched_gold=hits, n_gold=len(gold))


def run_conll(shared: Path, limit: int | None, report: Report) -> None:
    from dipnews.nlp.parsing import load_model

    build_tables, params = _load_pipeline()
    documents = read_conll_docs(shared, limit)
    records = [
        {"id": f"testa#{d['doc_index']}", "text": d["text"], "published": None, "title": None}
        for d in documents
    ]
    tables = build_tables(records, params)
    kept = _texts_by_source(tables)
    nlp = load_model(str(params["annotate"]["model"]))
    actor_types = dict(zip(tables["actors"]["actor_id"], tables["actors"]["actor_type"], strict=True))
    mentions = tables["actor_mentions"]
    # Proper-name mentions: the full name and its other proper forms ("alias": an acronym such as "OSCE", a
    # shorter name), as CoNLL labels them; not descriptions ("title"), pronouns, demonyms or capitals.
    mentions = mentions[mentions["mention_kind"].isin(["name", "alias"])]
    by_article: dict[str, list[tuple[str, int, int]]] = {}
    for article_id, actor_id, start, end in zip(
        mentions["article_id"],
        mentions["actor_id"],
        mentions["char_start"],
        mentions["char_end"],
        strict=True,
    ):
        by_article.setdefault(str(article_id), []).append(
            (actor_types.get(actor_id, ""), int(start), int(end))
        )

    counts = {(system, label): PRF() for system in ("dipnews", "spacy") for label in CONLL_LABELS}
    overlap = {system: PRF() for system in ("dipnews", "spacy")}
    rejected = 0
    for document in documents:
        article_id, cleaned = kept.get(f"testa#{document['doc_index']}", (None, None))
        entities = document["entities"]
        if isinstance(entities, str):
            entities = json.loads(entities.replace("'", '"'))
        if cleaned is None:
            rejected += 1
            cleaned = document["text"]
        mapping = offset_map(document["text"], cleaned)
        doc = nlp(cleaned)
        labelled: dict[str, set[tuple[str, int, int]]] = {"gold": set(), "dipnews": set(), "spacy": set()}
        for label, (spacy_label, actor_type) in CONLL_LABELS.items():
            gold = {map_span(mapping, e["start"], e["end"]) for e in entities if e["type"] == label}
            ours = {(s, e) for t, s, e in by_article.get(article_id or "", []) if t == actor_type}
            spacy_spans = {(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ == spacy_label}
            counts[("dipnews", label)].add(_exact_prf(ours, gold))
            counts[("spacy", label)].add(_exact_prf(spacy_spans, gold))
            for system, spans in (("gold", gold), ("dipnews", ours), ("spacy", spacy_spans)):
                labelled[system] |= {(label, start, end) for start, end in spans}
        for system in ("dipnews", "spacy"):
            overlap[system].add(_overlap_prf(labelled[system], labelled["gold"]))
    rows = []
    for system, description in (
        ("dipnews", "dipnews actor_mentions (name, alias)"),
        ("spacy", "bare spaCy NER"),
    ):
        row: list[Any] = [description]
        for prf in [*(counts[(system, label)] for label in CONLL_LABELS), overlap[system]]:
            row += [_format(prf.precision), _format(prf.recall), _format(prf.f1)]
        rows.append(row)
    report.table(
        f"CoNLL-2003 eng.testa: {len(documents)} documents ({rejected} rejected by ingest); PER and ORG by "
        "exact span match, PER+ORG by overlap of at least half the longer span (same label, one-to-one)",
        ["system", "PER P", "R", "F1", "ORG P", "R", "F1", "PER+ORG overlap P", "R", "F1"],
        rows,
    )
    report.figures["conll_per_org_overlap_f1"] = {system: prf.f1 for system, prf in overlap.items()}


# --------------------------------------------------------------------------------------------------

RUNNERS = {"gold": run_gold, "mixed": run_mixed, "polnear": run_polnear, "conll": run_conll}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--shared", type=Path, default=Path("../shared"), help="folder holding gold/ and corpora/"
    )
    parser.add_argument("--corpus", choices=[*RUNNERS, "all"], default="all")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles of each corpus")
    parser.add_argument(
        "--json", type=Path, default=None, help="also write the tables as JSON (e.g. metrics/external.json)"
    )
    args = parser.parse_args(argv)
    if not args.shared.is_dir():
        print(
            f"error: {args.shared} is not a folder (pass --shared <path to the shared folder>)",
            file=sys.stderr,
        )
        return 2
    report = Report()
    for name in RUNNERS if args.corpus == "all" else [args.corpus]:
        RUNNERS[name](args.shared, args.limit, report)
    if args.json is not None:
        from dipnews.io import write_json_atomic

        write_json_atomic(
            args.json,
            {
                "command": " ".join(["python -m dipnews.evaluation.external", *(argv or sys.argv[1:])]),
                "tables": report.tables,
                **report.figures,
            },
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
