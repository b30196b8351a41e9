"""Stage `evaluate`: the pipeline's tables vs the repository's gold -> metrics/accuracy.json (DVC metrics).

Two parts, both scored by :func:`evaluate` with the rules of :mod:`dipnews.evaluation.scoring`:

* ``seed``: the pipeline's real output tables (``evaluate.tables_dir``), for every gold article of
  ``evaluate.seed_gold`` that is present there (found by the article_id of its cleaned text, or by
  source path);
* ``team``: the articles of ``evaluate.team_gold``, written by the team to cover what the seed lacks,
  run through ``dipnews.pipeline.build_tables`` in-process and scored.

The JSON has sorted keys and figures rounded to 4 places, so an unchanged pipeline gives a byte-identical
file; a ratio with nothing to count is null.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from dipnews.cleaning import article_id_for, clean_text
from dipnews.evaluation.gold import GoldArticle, GoldFormatError, load_gold
from dipnews.evaluation.scoring import find_article_ids, score_corpus
from dipnews.ingest import IngestSettings
from dipnews.io import read_params, read_parquet, write_json_atomic
from dipnews.validation import StageError, run_stage
from schemas import CONTRACT

TABLE_NAMES = tuple(CONTRACT)
# params.yaml `evaluate` keys: gold_dir (sets the two gold paths below), or each path on its own.
DEFAULT_SETTINGS: Mapping[str, str] = {
    "tables_dir": "data/tables",
    "seed_gold": "data/gold/seed_gold.json",
    "team_gold": "data/gold/team_gold.json",
    "output": "metrics/accuracy.json",
}


def evaluate(
    tables: Mapping[str, pd.DataFrame],
    gold_articles: Sequence[GoldArticle],
    clean: Callable[[str], str] = clean_text,
) -> dict[str, Any]:
    """Score the tables against the gold articles found in them; report which were not found."""
    articles = tables.get("articles", pd.DataFrame())
    found = find_article_ids(gold_articles, articles, clean, article_id_for)
    pairs = [(gold, found[gold.doc.id]) for gold in gold_articles if gold.doc.id in found]
    metrics = score_corpus(tables, pairs)
    metrics["n_gold_articles"] = len(gold_articles)
    # A count, not the list of ids: `dvc metrics show` reads numbers; main() prints the ids.
    metrics["n_missing_gold_articles"] = len(missing_gold_articles(gold_articles, found))
    return metrics


def missing_gold_articles(gold_articles: Sequence[GoldArticle], found: Mapping[str, str]) -> list[str]:
    return sorted(g.doc.id for g in gold_articles if g.doc.id not in found)


def read_tables(tables_dir: Path) -> dict[str, pd.DataFrame]:
    """The contract tables present in ``tables_dir`` (a missing one is an empty frame)."""
    tables: dict[str, pd.DataFrame] = {}
    for name in TABLE_NAMES:
        path = tables_dir / f"{name}.parquet"
        tables[name] = read_parquet(path) if path.exists() else pd.DataFrame()
    return tables


def _load(path: Path) -> list[GoldArticle]:
    try:
        return load_gold(path)
    except (OSError, GoldFormatError, ValueError) as error:
        raise StageError(f"cannot load gold set {path}: {error}") from error


@run_stage
def main() -> None:
    params = read_params()
    configured = dict(params.get("evaluate") or {})
    settings = dict(DEFAULT_SETTINGS)
    if "gold_dir" in configured:  # the two gold sets under their standard names in that folder
        gold_dir = Path(str(configured["gold_dir"]))
        settings["seed_gold"] = str(gold_dir / "seed_gold.json")
        settings["team_gold"] = str(gold_dir / "team_gold.json")
    settings.update({k: str(v) for k, v in configured.items() if k in DEFAULT_SETTINGS})
    ingest = IngestSettings.from_params(params.get("ingest") or {})

    def clean(text: str) -> str:
        return clean_text(text, ingest.boilerplate_patterns, ingest.unwrap_width)

    seed_gold = _load(Path(settings["seed_gold"]))
    tables = read_tables(Path(settings["tables_dir"]))
    metrics: dict[str, Any] = {"seed": evaluate(tables, seed_gold, clean)}
    found = find_article_ids(seed_gold, tables["articles"], clean, article_id_for)
    for doc_id in missing_gold_articles(seed_gold, found):
        print(f"evaluate: gold article {doc_id} is not in {settings['tables_dir']}: not scored")

    # Imported here: the pipeline pulls in spaCy and every extractor, which the pure part does not need.
    from dipnews.pipeline import build_tables

    team_gold = _load(Path(settings["team_gold"]))
    team_tables = build_tables([gold.to_record() for gold in team_gold], params)
    metrics["team"] = evaluate(team_tables, team_gold, clean)

    write_json_atomic(Path(settings["output"]), metrics)
    for part in ("seed", "team"):
        quotes, meetings = metrics[part]["quotes"], metrics[part]["meetings"]
        print(
            f"evaluate {part}: {metrics[part]['n_articles']} article(s); quotes F1 {quotes['f1']}, "
            f"speaker accuracy {quotes['speaker_accuracy']}; meetings F1 {meetings['f1']}"
        )


if __name__ == "__main__":
    main()
