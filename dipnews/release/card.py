"""The dataset card (``README.md`` of a release), generated from the data, the schemas and params.

Everything in it that can drift is computed: counts from the tables, columns from the pandera
schemas, accuracy from ``metrics/accuracy.json``, the version and date from params. Nothing in it
depends on the time it was built, so a rerun gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml

from schemas import CONTRACT


@dataclass(frozen=True)
class BuildInfo:
    """How the release was made: the parser, the code and the parameters that shape the tables."""

    model: str
    spacy_version: str
    package_version: str
    extraction_code_version: str
    pipeline_params: Mapping[str, Any] = field(default_factory=dict)


def flatten_metrics(metrics: Any, prefix: str = "") -> list[tuple[str, Any]]:
    """A nested JSON of figures as (dotted.path, value) rows, in key order."""
    if isinstance(metrics, Mapping):
        rows: list[tuple[str, Any]] = []
        for key in sorted(metrics, key=str):
            rows += flatten_metrics(metrics[key], f"{prefix}.{key}" if prefix else str(key))
        return rows
    if isinstance(metrics, list):
        return [(prefix, ", ".join(_figure(v) for v in metrics))]
    return [(prefix, metrics)]


def _figure(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return str(value).lower() if value is not None else "–"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def _table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(_figure(cell).replace("|", "\\|") for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def citation_line(citation: Mapping[str, Any]) -> str:
    authors = "; ".join(
        str(a.get("name") or f"{a.get('family-names', '')}, {a.get('given-names', '')}")
        for a in citation["authors"]
    )
    year = str(citation["date-released"])[:4]
    return f"{authors} ({year}). *{citation['title']}* (Version {citation['version']}) [Data set]."


def _columns_section(table: str) -> str:
    schema = CONTRACT[table].schema()
    rows = []
    for name, column in schema.columns.items():
        enum = column.metadata.get("enum")
        meaning = column.description or ""
        if enum:
            meaning += f" ({', '.join(f'`{v}`' for v in enum)})"
        rows.append(
            (f"`{name}`", column.metadata["arrow"] + (", nullable" if column.nullable else ""), meaning)
        )
    return _table(("column", "type", "meaning"), rows)


def _fetching_text(dataset: Mapping[str, Any]) -> str:
    """How to get this release with DVC: from the named repository, or from a clone when none is named."""
    tag = f"v{dataset['version']}"
    if repository_is_published(dataset):
        repository = str(dataset["repository_url"])
        where = f"Straight from the repository, at this release's tag (`{tag}`), without cloning it:"
    else:
        repository = LOCAL_REPOSITORY
        where = (
            "No public repository was named when this release was built, so these commands are "
            f"run inside a clone of the repository it was built in (`{LOCAL_REPOSITORY}`), at this "
            f"release's tag (`{tag}`); they need the DVC remote the release was pushed to:"
        )
    return f"""{where}

```bash
pip install dvc pandas pyarrow
dvc get {repository} data/release/actors.parquet --rev {tag}
dvc get {repository} data/release --rev {tag} -o dipnews-{dataset["version"]}
```

```python
import dvc.api, pandas as pd
with dvc.api.open("data/release/actors.parquet", repo="{repository}", rev="{tag}", mode="rb") as f:
    actors = pd.read_parquet(f)
# or through the dvc:// fsspec protocol
meetings = pd.read_parquet(
    "dvc://data/release/meetings.parquet", storage_options={{"repo": "{repository}", "rev": "{tag}"}}
)
```"""


def loading_section(dataset: Mapping[str, Any]) -> str:
    return f"""## How to load it

Every table is one Parquet file (`<table>.parquet`) in this folder. In Python with pandas or polars
(`pip install pandas pyarrow polars duckdb`):

```python
import pandas as pd
actors = pd.read_parquet("data/release/actors.parquet")

import polars as pl
quotations = pl.read_parquet("data/release/quotations.parquet")
```

With DuckDB, joining tables in SQL:

```sql
SELECT a.name, count(*) AS quotations
FROM 'data/release/quotations.parquet' q JOIN 'data/release/actors.parquet' a
  ON q.speaker_actor_id = a.actor_id
GROUP BY a.name ORDER BY quotations DESC LIMIT 10;
```

In R with arrow:

```r
library(arrow)
meetings <- read_parquet("data/release/meetings.parquet")
```

List columns (`actors.titles`, `actors.aliases`) read as lists (pandas: numpy arrays of strings).
The texts are in `articles.text`; every `char_start`/`char_end` indexes that string.

{_fetching_text(dataset)}

`frictionless validate datapackage.json` checks every table against its declared schema, and
`sha256sum -c SHA256SUMS` checks the files.
"""


# The headline figures of each gold set, in the order a reader compares them: (column, metric path).
SUMMARY_COLUMNS = (
    ("quotes P", ("quotes", "precision")),
    ("quotes R", ("quotes", "recall")),
    ("quotes F1", ("quotes", "f1")),
    ("speaker", ("quotes", "speaker_accuracy")),
    ("meetings P", ("meetings", "precision")),
    ("meetings R", ("meetings", "recall")),
    ("meetings F1", ("meetings", "f1")),
    ("date", ("meetings", "date_accuracy")),
    ("place", ("meetings", "location_accuracy")),
    ("background", ("meetings", "background_accuracy")),
    ("roles", ("meetings", "role_accuracy")),
    ("persons P", ("actors", "person_precision")),
    ("persons R", ("actors", "person_recall")),
    ("title", ("actors", "title_accuracy")),
    ("country", ("actors", "country_accuracy")),
)


def accuracy_summary(metrics: Mapping[str, Any]) -> str:
    """One row per gold set (seed, team ...) with the headline figures; "-" where a figure is undefined."""
    rows = []
    for name in sorted(metrics, key=str):
        part = metrics[name]
        if not isinstance(part, Mapping) or not any(
            isinstance(part.get(k), Mapping) for k in ("quotes", "meetings")
        ):
            continue
        n_articles = part.get("n_articles", "?")
        row: list[Any] = [f"{name} ({n_articles} article{'' if n_articles == 1 else 's'})"]
        for _, (section, key) in SUMMARY_COLUMNS:
            value = part.get(section, {}).get(key) if isinstance(part.get(section), Mapping) else None
            row.append("-" if value is None else value)
        rows.append(row)
    if not rows:
        return ""
    return _table(("gold set", *(label for label, _ in SUMMARY_COLUMNS)), rows)


HELD_OUT_SUFFIX = "_check"  # shared gold sets scored only, never read error by error while tuning


def _split_gold_table(table: Mapping[str, Any]) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Rows of the shared-gold table: (held-out check sets, development sets the rules were tuned on)."""
    rows = [tuple(row) for row in table["rows"]]
    held_out = [row for row in rows if str(row[0]).endswith(HELD_OUT_SUFFIX)]
    return held_out, [row for row in rows if row not in held_out]


def external_section(external: Mapping[str, Any] | None) -> tuple[str, str]:
    """The figures measured on corpora written by others (``metrics/external.json``), as two texts: the
    held-out figures (check folds, external corpora: the headline) and the development sets tuned on."""
    if not external or not external.get("tables"):
        missing = "No benchmark on external corpora was recorded for this release (metrics/external.json)."
        return missing, ""
    command = f"`{external.get('command', 'python -m dipnews.evaluation.external')}`"
    held_out = [
        "Measured with the same pipeline code and matching rules on gold kept outside this repository, "
        f"which the extraction rules were not tuned on. Command: {command}.",
    ]
    development: list[str] = []
    for table in external["tables"]:
        header = tuple(table["header"])
        if str(table["title"]).startswith("Shared gold"):
            check_rows, dev_rows = _split_gold_table(table)
            if check_rows:
                held_out += [
                    "",
                    f"**{table['title']}: check folds (scored only)**",
                    "",
                    _table(header, check_rows),
                ]
            development += ["", f"**{table['title']}**", "", _table(header, dev_rows)]
            continue
        held_out += ["", f"**{table['title']}**", "", _table(header, [tuple(r) for r in table["rows"]])]
    gap = external.get("meetings_f1_tune_check")
    if isinstance(gap, Mapping):
        held_out += [
            "",
            f"Meetings F1 on the fold tuned on / the check fold: {gap.get('tune_f1')} / "
            f"{gap.get('check_f1')} (gap {gap.get('gap')}): the gap estimates how much of the "
            "development figures below comes from fitting those articles.",
        ]
    return "\n".join(held_out), "\n".join(development)


def accuracy_section(metrics: Mapping[str, Any], external: Mapping[str, Any] | None) -> str:
    """The card's accuracy: held-out figures first, then the development sets and the repository gold."""
    metric_rows = flatten_metrics(metrics)
    metrics_text = (
        f"{accuracy_summary(metrics)}\n\n"
        "<details><summary>Every figure in metrics/accuracy.json</summary>\n\n"
        f"{_table(('figure', 'value'), metric_rows)}\n\n</details>"
        if metric_rows
        else "No accuracy figures were recorded for this release (metrics/accuracy.json was empty)."
    )
    held_out_text, development_text = external_section(external)
    return f"""### Held out: the figures to quote

{held_out_text}

### Development sets (the rules were tuned on these: optimistic)

Real articles annotated for this project, whose errors were read while writing the rules:
{development_text}

The repository's own gold (the seed and short articles the team wrote), scored by the evaluation
stage (`metrics/accuracy.json`) on every build:

{metrics_text}"""


LOCAL_REPOSITORY = "."  # dataset.repository_url before publication: the clone one is in


def repository_is_published(dataset: Mapping[str, Any]) -> bool:
    return str(dataset["repository_url"]) != LOCAL_REPOSITORY


def _source_text(dataset: Mapping[str, Any]) -> str:
    version = dataset["version"]
    if repository_is_published(dataset):
        return f"{dataset['repository_url']} at tag `v{version}`"
    return (
        f"no public repository was named when this was built (`dataset.repository_url` is "
        f"`{LOCAL_REPOSITORY}`): the clone it was built in, at tag `v{version}`"
    )


def _what_it_is_section() -> str:
    return """## What it is

Who met whom and who said what, extracted automatically from English news articles: the
people, organisations and countries the articles mention (`actors`, every mention in
`actor_mentions`, the offices the articles state for them over time in `actor_roles`), the
meetings between them (`meetings`, with `meeting_participants` and the evidence sentences in
`meeting_mentions`) and reported speech (`quotations`, with the resolved
speaker). `articles` holds the cleaned texts every character offset points into, and `rejects`
every input that did not become an article, with the reason: nothing is silently dropped.

All ids are stable (derived from content), so the same article, actor or meeting keeps its id
across releases built from a grown corpus."""


def _tables_section(counts: Mapping[str, int]) -> str:
    count_rows = [
        (f"`{table}`", counts[table], ", ".join(CONTRACT[table].KEY), CONTRACT[table].DESCRIPTION)
        for table in CONTRACT
    ]
    columns_text = "\n\n".join(f"### `{table}`\n\n{_columns_section(table)}" for table in CONTRACT)
    return f"""## Tables

{_table(("table", "rows", "key", "what a row is"), count_rows)}

`datapackage.json` (Frictionless Data Package) describes every column with its type and
constraints; the same descriptions follow.

{columns_text}"""


def _build_section(dataset: Mapping[str, Any], build: BuildInfo, validation: Mapping[str, Any]) -> str:
    checked = (
        f"{validation.get('evaluated_expectations', '?')} expectations over all tables "
        f"({validation.get('failed_expectations', '?')} failed)"
    )
    params_text = yaml.safe_dump(dict(build.pipeline_params), sort_keys=True, allow_unicode=True).strip()
    return f"""## How it was built

A DVC pipeline (ingest → annotate → consolidate → evaluate → validate → release): articles are
cleaned and de-duplicated, parsed once with spaCy, actors, meetings and quotations are extracted
per article with rules over the parse, then merged across the corpus (one row per real actor and
per real meeting). Every stage validates its output with pandera. Before release,
great-expectations checked {checked}, including that every foreign key exists and every span
equals its text.

| | |
|---|---|
| spaCy model | `{build.model}` |
| spaCy | {build.spacy_version} |
| dipnews code | {build.package_version} (extraction code `{build.extraction_code_version}`) |
| source | {_source_text(dataset)} |

Parameters that shape the tables (from `params.yaml`):

```yaml
{params_text}
```"""


def _licence_section(dataset: Mapping[str, Any], publishers: Mapping[str, int]) -> str:
    publisher_rows = sorted(publishers.items(), key=lambda kv: (-kv[1], kv[0]))
    publishers_text = (
        _table(("publisher", "articles"), publisher_rows)
        if publisher_rows
        else "No publisher is named in the inputs."
    )
    return f"""## Licence

The extracted annotations (ids, actors, meetings, quotation spans and their attributes) are
released under {dataset["license"]}. The article texts (`articles.text`, and the quoted words
inside `quotations.quote_text`, `actor_mentions.mention_text`) remain the work of their
publishers and keep their publishers' terms: they are included so that every offset can be
checked, for research use; redistributing or republishing them may need the publisher's
permission. The countries of places (`meetings.location_country_iso3`, actors' countries inferred from
where they are) use a table generated from GeoNames data (GeoNames, https://www.geonames.org,
CC BY 4.0). Articles per publisher:

{publishers_text}"""


def _citation_section(citation: Mapping[str, Any]) -> str:
    return f"""## How to cite

{citation_line(citation)}

The machine-readable citation is `CITATION.cff` (Citation File Format {citation["cff-version"]})."""


def build_card(
    dataset: Mapping[str, Any],
    counts: Mapping[str, int],
    metrics: Mapping[str, Any],
    build: BuildInfo,
    citation: Mapping[str, Any],
    publishers: Mapping[str, int],
    validation: Mapping[str, Any],
    external: Mapping[str, Any] | None = None,
) -> str:
    """The release's README.md: its sections in reading order."""
    version, date = dataset["version"], dataset["release_date"]
    sections = (
        f"# {dataset['title']}\n\n"
        f"**{dataset['name']} {version}** — released {date} — annotations licensed {dataset['license']}",
        _what_it_is_section(),
        _tables_section(counts),
        _build_section(dataset, build, validation),
        f"## Measured accuracy\n\n{accuracy_section(metrics, external)}",
        _licence_section(dataset, publishers),
        _citation_section(citation),
        loading_section(dataset),
    )
    return "\n\n".join(sections)
