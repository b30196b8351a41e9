"""Stage `evaluate`: the pipeline run on the repository's gold -> the accuracy figures.

Two outputs: ``metrics/accuracy.json``, every figure (per quotation type, counts, attribute
accuracies; the dataset card prints it), and ``metrics/headline/<gold set>.json``, the nine figures
a reader compares (quotes P/R/F1 and speaker accuracy, meetings P/R/F1, persons P/R), which
``dvc metrics show`` prints as one short row per gold set.

Each gold set of ``params.yaml`` ``evaluate`` (``seed``: the seed article; ``team``: short articles
the team wrote to cover what the seed lacks) is run through ``dipnews.pipeline.build_tables`` (the
functions the ingest, annotate and consolidate stages run, with the same params) and scored by
:func:`dipnews.evaluation.accuracy.evaluate` with the rules of :mod:`dipnews.evaluation.scoring`.

Accuracy is a property of the code, the model and the params, not of the corpus being processed:
the stage reads no corpus table, so DVC does not re-run it when the corpus grows (an incremental
run pays for the new articles, not for re-scoring an unchanged pipeline).

The JSON has sorted keys and figures rounded to 4 places, so an unchanged pipeline gives a byte-identical
file; a ratio with nothing to count is null.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from dipnews.evaluation.accuracy import evaluate, missing_gold_articles
from dipnews.evaluation.gold import GoldArticle, GoldFormatError, load_gold
from dipnews.evaluation.scoring import find_article_ids
from dipnews.ingest.cleaning import article_id_for, clean_text
from dipnews.ingest.readers import IngestSettings
from dipnews.io import write_json_atomic
from dipnews.params import checked_params
from dipnews.quality.stage_validation import StageError, run_stage

# params.yaml `evaluate` keys: gold_dir (sets the two gold paths below), or each path on its own.
DEFAULT_SETTINGS: Mapping[str, str] = {
    "seed_gold": "data/gold/seed_gold.json",
    "team_gold": "data/gold/team_gold.json",
    "output": "metrics/accuracy.json",
    "headline_dir": "metrics/headline",
}
GOLD_SETS = ("seed", "team")


def _load(path: Path) -> list[GoldArticle]:
    try:
        return load_gold(path)
    except (OSError, GoldFormatError, ValueError) as error:
        raise StageError(f"cannot load gold set {path}: {error}") from error


# The headline figures of a gold set: (section, short name) -> (section of accuracy.json, figure).
HEADLINE_FIGURES: Mapping[tuple[str, str], tuple[str, str]] = {
    ("quotes", "P"): ("quotes", "precision"),
    ("quotes", "R"): ("quotes", "recall"),
    ("quotes", "F1"): ("quotes", "f1"),
    ("quotes", "speaker"): ("quotes", "speaker_accuracy"),
    ("meetings", "P"): ("meetings", "precision"),
    ("meetings", "R"): ("meetings", "recall"),
    ("meetings", "F1"): ("meetings", "f1"),
    ("persons", "P"): ("actors", "person_precision"),
    ("persons", "R"): ("actors", "person_recall"),
}


def headline_figures(part: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """The headline figures of one gold set's metrics, nested by section (null where undefined)."""
    headline: dict[str, dict[str, Any]] = {}
    for (section, name), (source, figure) in HEADLINE_FIGURES.items():
        headline.setdefault(section, {})[name] = (part.get(source) or {}).get(figure)
    return headline


def gold_settings(configured: Mapping[str, Any]) -> dict[str, str]:
    """The gold paths and output from params.yaml ``evaluate``, with the defaults filled in."""
    settings = dict(DEFAULT_SETTINGS)
    if "gold_dir" in configured:  # the two gold sets under their standard names in that folder
        gold_dir = Path(str(configured["gold_dir"]))
        settings["seed_gold"] = str(gold_dir / "seed_gold.json")
        settings["team_gold"] = str(gold_dir / "team_gold.json")
    settings.update({k: str(v) for k, v in configured.items() if k in DEFAULT_SETTINGS})
    return settings


@run_stage
def main() -> None:
    params = checked_params()
    settings = gold_settings(dict(params.get("evaluate") or {}))
    ingest = IngestSettings.from_params(params.get("ingest") or {})

    def clean(text: str) -> str:
        return clean_text(text, ingest.boilerplate_patterns, ingest.unwrap_width)

    # Imported here: the pipeline pulls in spaCy and every extractor, which the pure part does not need.
    from dipnews.pipeline import build_tables

    metrics: dict[str, Any] = {}
    for part in GOLD_SETS:
        gold = _load(Path(settings[f"{part}_gold"]))
        tables = build_tables([article.to_record() for article in gold], params)
        metrics[part] = evaluate(tables, gold, clean)
        found = find_article_ids(gold, tables["articles"], clean, article_id_for)
        for doc_id in missing_gold_articles(gold, found):
            print(f"evaluate {part}: gold article {doc_id} was rejected by ingest: not scored")

    write_json_atomic(Path(settings["output"]), metrics)
    for part in GOLD_SETS:
        write_json_atomic(Path(settings["headline_dir"]) / f"{part}.json", headline_figures(metrics[part]))
    for part in GOLD_SETS:
        quotes, meetings = metrics[part]["quotes"], metrics[part]["meetings"]
        print(
            f"evaluate {part}: {metrics[part]['n_articles']} article(s); quotes F1 {quotes['f1']}, "
            f"speaker accuracy {quotes['speaker_accuracy']}; meetings F1 {meetings['f1']}"
        )


if __name__ == "__main__":
    main()
