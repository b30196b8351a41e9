"""Per-article meeting errors on a *tune* gold set: what to read when improving the meeting rules.

    python scripts/meeting_errors.py ../shared/gold/dev_meetings_tune.json [--doc ID]

It refuses ``*_check`` sets: those are scored only (``python -m dipnews.evaluation.external``), never
read article by article, so that their figures stay an honest estimate on unseen text.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dipnews.evaluation.gold import load_gold
from dipnews.evaluation.scoring import (
    align_actors,
    find_article_ids,
    jaccard,
    one_to_one,
    predicted_actors_in_article,
    predicted_meetings_in_article,
)
from dipnews.ingest.cleaning import article_id_for, clean_text
from dipnews.pipeline import build_tables, default_params


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--doc", help="only this gold doc id")
    args = parser.parse_args(argv)
    if "check" in args.gold.stem:
        print("refused: check sets are scored, never read error by error", file=sys.stderr)
        return 2
    gold = [g for g in load_gold(args.gold) if args.doc in (None, g.doc.id)]
    tables = build_tables([g.to_record() for g in gold], default_params())
    found = find_article_ids(gold, tables["articles"], clean_text, article_id_for)
    for article in gold:
        article_id = found[article.doc.id]
        alignment = align_actors(predicted_actors_in_article(tables, article_id), article.actors)
        predicted = predicted_meetings_in_article(tables, article_id, alignment)
        edges = {
            (p, g): jaccard(frozenset(m.participants), gm.participant_names)
            for p, m in enumerate(predicted)
            for g, gm in enumerate(article.meetings)
        }
        pairs = dict(one_to_one({k: v for k, v in edges.items() if v >= 0.5}))
        matched_gold = {g: p for p, g in pairs.items()}
        print(f"=== {article.doc.id} ({article.doc.published}) {article.doc.title}")
        for g, gm in enumerate(article.meetings):
            parts = {p.name: p.role for p in gm.participants}
            mark = "OK  " if g in matched_gold else "MISS"
            print(f"  {mark} gold {parts} {gm.date} {gm.location} bg={gm.is_background} {gm.status}")
            if g in matched_gold:
                m = predicted[matched_gold[g]]
                print(f"       pred {m.participants} {m.date} {m.location} bg={m.is_background} {m.status}")
            for sentence in gm.evidence[:2]:
                print(f"       | {sentence[:300]}")
        for p, m in enumerate(predicted):
            if p not in pairs:
                print(f"  FP   pred {m.participants} {m.date} {m.location} bg={m.is_background} {m.status}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
