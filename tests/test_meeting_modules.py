"""The meeting package's modules, one decision each: they import one way (no cycle, the orchestrator
last), and each decision can be called on its own, on inputs written for it. Whole sentences through
``extract_meetings`` are pinned in test_meetings.py and test_meeting_patterns.py."""

from __future__ import annotations

import ast
import datetime as dt
import graphlib
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

import dipnews.extract.meetings
from dipnews.extract.dates import ResolvedDate, find_date_expressions
from dipnews.extract.meetings.place import (
    dateline_place,
    more_specific_place,
    place_text,
    seat_named_in_article,
)
from dipnews.extract.meetings.records import ATTENDEE, HOST, PARTICIPANT, VISITOR, core_parties, enrol
from dipnews.extract.meetings.roles import infer_roles
from dipnews.extract.meetings.status import is_old
from dipnews.extract.meetings.when import last_named_day
from dipnews.model import ArticleActors, LocalActor

PACKAGE = dipnews.extract.meetings.__name__
PACKAGE_DIR = Path(dipnews.extract.meetings.__file__).parent
PUBLISHED = dt.date(2023, 4, 17)  # a Monday


def _package_imports(path: Path) -> set[str]:
    """The modules of the package that a module imports (by its short name)."""
    tree = ast.parse(path.read_text("utf-8"))
    return {
        node.module.removeprefix(f"{PACKAGE}.")
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(f"{PACKAGE}.")
    }


def test_the_modules_import_one_way() -> None:
    graph = {
        path.stem: _package_imports(path) for path in PACKAGE_DIR.glob("*.py") if path.stem != "__init__"
    }
    assert len(graph) > 10
    list(graphlib.TopologicalSorter(graph).static_order())  # raises CycleError on a cycle
    # the orchestrator is what the pipeline imports; every other module serves some module of the package
    imported = set().union(*graph.values())
    assert set(graph) - imported == {"extractor"}


def test_a_party_keeps_its_strongest_role_and_attendees_are_not_core() -> None:
    parties = {"a": HOST}
    enrol(parties, ["a", "b"], PARTICIPANT)
    assert parties == {"a": HOST, "b": PARTICIPANT}
    enrol(parties, ["b"], VISITOR)  # a stated role replaces "participant"
    enrol(parties, ["b", "c"], ATTENDEE)  # ... and is not weakened
    assert parties == {"a": HOST, "b": VISITOR, "c": ATTENDEE}
    assert core_parties(parties) == {"a": HOST, "b": VISITOR}


def test_the_dateline_places_the_news(nlp: Language) -> None:
    filed = nlp("MOSCOW, April 16 (Reuters) - Ana Berg met Tom Hale on Monday.")
    assert dateline_place(list(filed.sents)) == "Moscow"
    assert dateline_place(list(nlp("Ana Berg met Tom Hale in Moscow on Monday.").sents)) is None
    # a web page: breadcrumbs look like a dateline but name no place; the real one follows the header lines
    page = nlp(
        "World - Europe\nLeaders meet\nBy Jane Doe\nBERLIN, May 13 (Reuters) - Ana Berg met Tom Hale on"
        " Monday and discussed trade, energy and the war, in talks that both sides later described as useful."
    )
    assert dateline_place(list(page.sents)) == "Berlin"
    assert (
        dateline_place(list(nlp("Washington, DC – Ana Berg met Tom Hale on Monday.").sents)) == "Washington"
    )
    assert dateline_place(list(nlp("BREAKING: Ana Berg met Tom Hale on Monday.").sents)) is None


def test_one_seat_of_government_sets_the_scene(nlp: Language) -> None:
    assert seat_named_in_article(nlp("Ana Berg was received at the White House on Monday.")) == "White House"
    assert (
        seat_named_in_article(nlp("From the White House she flew to the Kremlin.")) is None
    )  # two countries
    assert seat_named_in_article(nlp("Ana Berg met Tom Hale in Stockholm.")) is None
    # a seat that speaks for its government is no scene
    assert seat_named_in_article(nlp("Ana Berg met Tom Hale on Monday, the Kremlin said.")) is None


def test_a_city_is_more_specific_than_its_country() -> None:
    assert more_specific_place(None, "Japan") == "Japan"
    assert more_specific_place("Japan", "Tokyo") == "Tokyo"
    assert more_specific_place("Tokyo", "Japan") == "Tokyo"


def test_a_place_entity_that_took_in_the_full_stop_is_named_without_it(nlp: Language) -> None:
    doc = Doc(nlp.vocab, words=["talks", "in", "Abuja", "."], spaces=[True, True, False, False])
    doc.ents = [Span(doc, 2, 4, label="GPE")]  # as the model tagged it before a paragraph break
    assert place_text(doc[2]) == "Abuja"


@pytest.mark.parametrize(
    ("date", "precision", "old"),
    [
        (dt.date(2023, 4, 3), "day", True),  # two weeks before publication: history
        (dt.date(2023, 4, 14), "day", False),  # last Friday: the news
        (dt.date(2023, 3, 1), "month", True),
        (dt.date(2023, 4, 1), "month", False),
    ],
)
def test_a_meeting_long_before_publication_is_background(date: dt.date, precision: str, old: bool) -> None:
    assert is_old(ResolvedDate(date, precision, "written"), PUBLISHED) is old
    assert not is_old(ResolvedDate(None, "unknown", "next week"), PUBLISHED)


def test_the_last_named_day_is_the_one_the_story_continues() -> None:
    text = "Ana Berg arrived on Friday and met Tom Hale in the morning."
    day = last_named_day(find_date_expressions(text, 0), PUBLISHED)
    assert day is not None and (day.date, day.precision) == (dt.date(2023, 4, 14), "day")
    assert last_named_day(find_date_expressions("Ana Berg met Tom Hale.", 0), PUBLISHED) is None


def _swede_and_american() -> ArticleActors:
    return ArticleActors(
        actors=[
            LocalActor("ana", "Ana Berg", "person", "SWE", country_evidence="explicit"),
            LocalActor("tom", "Tom Hale", "person", "USA", country_evidence="explicit"),
        ]
    )


def test_the_party_at_home_hosts_a_symmetric_meeting() -> None:
    actors = _swede_and_american()
    met = {"ana": PARTICIPANT, "tom": PARTICIPANT}
    assert infer_roles(met, "SWE", actors, "Stockholm") == {"ana": HOST, "tom": VISITOR}
    assert infer_roles(met, "USA", actors, "United States") == {"ana": VISITOR, "tom": HOST}
    assert infer_roles(met, None, actors) == met  # no place: no roles
    # one stated role implies the other
    assert infer_roles({"ana": PARTICIPANT, "tom": VISITOR}, None, actors) == {"ana": HOST, "tom": VISITOR}
