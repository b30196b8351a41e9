"""``reports/index.html``: one page a person opens to see the build, complete without a network.

The great-expectations Data Docs fetch their scripts and styles from CDNs, and their index lists
no validation offline; DVC's Vega plots stay blank the same way. This page needs nothing but
itself: inline CSS, the plots as ``data:`` URIs, and relative links to the Data Docs pages that
exist beside it. It holds the dataset summary (rows per table, the headline accuracy), each
table's validation result (expectations evaluated and failed, the failures spelled out) and the
plots. Like every output, it is a function of its inputs only: a rerun gives the same bytes.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any

from schemas import CONTRACT

DATA_DOCS_INDEX = "index.html"
HEADLINE_ORDER = ("quotes", "meetings", "persons")
# Kept in the page, not fetched: nothing of the page may come from the network.
STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 72em; padding: 0 1em; color: #222; }
h1 { font-size: 1.6em; } h2 { margin-top: 1.6em; border-bottom: 1px solid #ddd; }
table { border-collapse: collapse; margin: 0.5em 0; }
td, th { border: 1px solid #ccc; padding: 0.25em 0.6em; }
th { background: #f3f3f3; text-align: left; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
.ok { color: #1a7f37; font-weight: bold; } .failed { color: #b42318; font-weight: bold; }
figure { margin: 1em 0; } img { max-width: 100%; border: 1px solid #eee; }
"""


@dataclass(frozen=True)
class ReportInputs:
    """Everything the page shows, already read: it does no I/O of its own."""

    dataset: Mapping[str, Any]
    counts: Mapping[str, int]
    validation: Mapping[str, Any]
    headline: Mapping[str, Mapping[str, Any]]  # gold set -> section -> figure -> value
    plots: Mapping[str, bytes]  # file name -> PNG bytes
    # table -> links to its Data Docs pages (label, path relative to the page); "" -> the index
    docs_links: Mapping[str, Sequence[tuple[str, str]]] = field(default_factory=dict)


def data_docs_links(report_dir: Path, docs_dir: Path) -> dict[str, list[tuple[str, str]]]:
    """The Data Docs pages that exist, per table, as paths relative to ``report_dir``.

    GX names the pages after the suite (the table): ``expectations/<table>.html`` and
    ``validations/<table>/<run>/<time>/<batch>.html``; only files found are linked.
    """
    links: dict[str, list[tuple[str, str]]] = {}
    if (docs_dir / DATA_DOCS_INDEX).is_file():
        links[""] = [("Data Docs index", (docs_dir / DATA_DOCS_INDEX).relative_to(report_dir).as_posix())]
    for table in CONTRACT:
        found = [("validation", p) for p in sorted((docs_dir / "validations" / table).rglob("*.html"))]
        suite = docs_dir / "expectations" / f"{table}.html"
        if suite.is_file():
            found.append(("expectation suite", suite))
        if found:
            links[table] = [(label, path.relative_to(report_dir).as_posix()) for label, path in found]
    return links


def _cell(value: Any) -> str:
    if value is None:
        return '<td class="n">–</td>'
    if isinstance(value, float):
        return f'<td class="n">{value:.3f}</td>'
    if isinstance(value, int):
        return f'<td class="n">{value:,}</td>'
    return f"<td>{escape(str(value))}</td>"


def _table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(_cell(c) for c in row) + "</tr>\n" for row in rows)
    return f"<table>\n<tr>{head}</tr>\n{body}</table>"


def _links(links: Sequence[tuple[str, str]]) -> str:
    return ", ".join(f'<a href="{escape(path)}">{escape(label)}</a>' for label, path in links)


def _summary_section(inputs: ReportInputs) -> str:
    rows = [(table, inputs.counts[table], CONTRACT[table].DESCRIPTION) for table in CONTRACT]
    first = next(iter(inputs.headline.values()), {})
    # quotes first, as in the card; any other section after them
    sections = sorted(first, key=lambda s: (HEADLINE_ORDER.index(s) if s in HEADLINE_ORDER else 99, s))
    figures = [(f"{section}.{name}", section, name) for section in sections for name in first[section]]
    accuracy = [
        (gold, *(inputs.headline[gold].get(section, {}).get(name) for _, section, name in figures))
        for gold in sorted(inputs.headline)
    ]
    accuracy_text = (
        "<p>Headline accuracy on the repository's gold (<code>dvc metrics show</code>; every figure is "
        "in <code>metrics/accuracy.json</code> and the dataset card):</p>\n"
        + _table(("gold set", *(label for label, _, _ in figures)), accuracy)
        if accuracy
        else "<p>No accuracy figures were recorded.</p>"
    )
    return (
        "<h2>Dataset</h2>\n"
        + _table(("table", "rows", "one row per"), rows)
        + "\n<p>The released files are in <code>data/release/</code> (the card is its README.md).</p>\n"
        + accuracy_text
    )


def _failures(table_result: Mapping[str, Any]) -> str:
    failed = [e for e in table_result.get("expectations", []) if not e.get("success")]
    if not failed:
        return ""
    items = "".join(
        f"<li><code>{escape(str(e.get('expectation')))}</code> on "
        f"{escape(str(e.get('column') or 'the table'))}: {escape(str(e.get('unexpected_count')))} row(s), "
        f"e.g. {escape(str(e.get('examples'))[:300])}</li>\n"
        for e in failed
    )
    return f"<ul>\n{items}</ul>"


def _validation_section(inputs: ReportInputs) -> str:
    validation = inputs.validation
    verdict = (
        '<span class="ok">passed</span>'
        if validation.get("success")
        else '<span class="failed">failed</span>'
    )
    rows, details = [], []
    for table in CONTRACT:
        result = validation.get("tables", {}).get(table, {})
        failed = result.get("failed_expectations")
        status = "–" if failed is None else ("failed" if failed else "passed")
        rows.append((table, result.get("evaluated_expectations"), failed, status))
        links = inputs.docs_links.get(table, [])
        details.append(
            f"<li><b>{escape(table)}</b>: {_links(links) if links else 'no Data Docs page'}"
            f"{_failures(result)}</li>"
        )
    index = inputs.docs_links.get("")
    return (
        f"<h2>Validation</h2>\n<p>great-expectations: {verdict}, "
        f"{validation.get('evaluated_expectations', '–')} expectations evaluated, "
        f"{validation.get('failed_expectations', '–')} failed (<code>reports/validation.json</code>).</p>\n"
        + _table(("table", "expectations evaluated", "failed", "result"), rows)
        + "\n<p>Data Docs pages (their styling comes from the internet; the results show without it)"
        + (f" — {_links(index)}" if index else "")
        + ":</p>\n<ul>\n"
        + "\n".join(details)
        + "\n</ul>"
    )


def _plots_section(plots: Mapping[str, bytes]) -> str:
    figures = [
        f'<figure><img alt="{escape(name)}" src="data:image/png;base64,'
        f'{base64.b64encode(data).decode("ascii")}"><figcaption>{escape(name)}</figcaption></figure>'
        for name, data in sorted(plots.items())
        if name.endswith(".png")
    ]
    return "<h2>Plots</h2>\n" + ("\n".join(figures) if figures else "<p>No plots.</p>")


def report_page(inputs: ReportInputs) -> str:
    """The whole page as HTML text."""
    dataset = inputs.dataset
    title = f"{dataset['name']} {dataset['version']}"
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(title)}: build report</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"<h1>{escape(str(dataset['title']))}</h1>\n"
        f"<p><b>{escape(title)}</b>, release date {escape(str(dataset['release_date']))}, "
        f"annotations licensed {escape(str(dataset['license']))}.</p>\n"
        f"{_summary_section(inputs)}\n{_validation_section(inputs)}\n{_plots_section(inputs.plots)}\n"
        "</body>\n</html>\n"
    )
