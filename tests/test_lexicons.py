"""Tests for the lexicons as data (dipnews.extract.lexicons): the shipped files load, a malformed file fails
naming the group at fault, and a word added to a file changes what the quotation extractor finds."""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import runpy
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from spacy.language import Language

import dipnews.extract
import dipnews.extract.meetings
from dipnews.extract import dates, lexicons
from dipnews.extract.actors import countries, credits, organizations, titles
from dipnews.extract.actors import extractor as actors
from dipnews.extract.lexicons import Lexicon, LexiconError, clear_lexicon_cache, load_lexicon
from dipnews.extract.meetings import extractor as meetings
from dipnews.extract.meetings import lexicon as meeting_lexicon
from dipnews.extract.quotes import extractor as quotes
from dipnews.extract.quotes import speech
from dipnews.ingest import readers
from dipnews.model import ArticleActors, ArticleMeta, LocalActor, Mention
from dipnews.nlp import parsing

SHIPPED = Path(lexicons.__file__).parent
# Every shipped lexicon and the module-level Lexicon its reader loads.
READERS: dict[str, Lexicon] = {
    "speech": speech.SPEECH_LEXICON,
    "quotes": quotes.QUOTES_LEXICON,
    "meetings": meeting_lexicon.MEETING_LEXICON,
    "titles": titles.TITLES_LEXICON,
    "dates": dates.DATES_LEXICON,
    "languages": readers.LANGUAGES_LEXICON,
    "actors": actors.ACTORS_LEXICON,
    "countries": countries.COUNTRIES_LEXICON,
    "organizations": organizations.ORGANIZATIONS_LEXICON,
    "credits": credits.CREDITS_LEXICON,
    "lemmas": parsing.LEMMAS_LEXICON,
}

# --- the shipped lexicons -----------------------------------------------------------------------


def test_every_shipped_file_has_a_reader() -> None:
    assert sorted(path.stem for path in SHIPPED.glob("*.yaml")) == sorted(READERS)


@pytest.mark.parametrize("name", sorted(READERS))
def test_shipped_lexicons_load_read_only(name: str) -> None:
    lexicon = READERS[name]
    assert lexicon.name == name
    assert lexicon.groups
    with pytest.raises(TypeError):
        lexicon.groups["extra"] = frozenset()  # type: ignore[index]
    for group, value in lexicon.groups.items():
        assert value, group
        if isinstance(value, frozenset):
            assert all(isinstance(word, str) and word.strip() == word for word in value), group


def test_the_quotation_extractor_reads_its_words_from_the_lexicons() -> None:
    """The names other modules import (meetings reads SPEECH_VERB_LEMMAS) are the lexicon's words."""
    lexicon = speech.SPEECH_LEXICON
    by_group = [lexicon.words(group) for group in speech.SPEECH_VERB_GROUPS]
    assert by_group[0].union(*by_group[1:]) == speech.SPEECH_VERB_LEMMAS
    assert {"say", "tell", "warn", "deny"} <= speech.SPEECH_VERB_LEMMAS
    assert "report" not in speech.SPEECH_VERB_LEMMAS  # sourcing, not a speech act
    assert dict(speech.PHRASAL_SPEECH_VERBS) == {"point": "out"}
    assert speech.DIRECTIVE_SPEECH_LEMMAS is lexicon.words("directive_speech_verbs")
    assert speech.DIRECTIVE_SPEECH_LEMMAS <= speech.SPEECH_VERB_LEMMAS
    assert speech.SPEAKER_PRONOUNS is lexicon.words("speaker_pronouns")
    assert {"utility", "commission"} <= speech.ORGANISATION_KIND_NOUNS
    assert quotes.SPEECH_VERB_LEMMAS is speech.SPEECH_VERB_LEMMAS
    readers_in_meetings = [m for m in _meetings_modules() if hasattr(m, "SPEECH_VERB_LEMMAS")]
    assert readers_in_meetings
    assert all(m.SPEECH_VERB_LEMMAS is speech.SPEECH_VERB_LEMMAS for m in readers_in_meetings)
    assert {"schedule", "figures"} <= quotes._NON_SOURCE_NOUNS
    # An elision is matched with the space after it ("'em all", not "'emergency").
    assert {e.removesuffix(" ") for e in quotes._ELISIONS} == quotes.QUOTES_LEXICON.words("elisions")
    assert all(e.endswith(" ") for e in quotes._ELISIONS)


def test_the_actor_extractor_reads_its_words_from_the_lexicons() -> None:
    assert actors.NAME_PARTICLES is actors.ACTORS_LEXICON.words("name_particles")
    assert {"de", "bin", "van"} <= actors.NAME_PARTICLES
    assert {"inc", "ltd", "plc"} <= actors.CORPORATE_SUFFIXES
    # A generic business kind is marked by a corporate suffix; a public body only by its own word.
    assert actors.ORGANIZATION_KIND_WORDS["company"] >= actors.CORPORATE_SUFFIXES
    assert actors.ORGANIZATION_KIND_WORDS["ministry"] == {"ministry", "department"}
    assert actors.ORGANIZATION_KIND_WORDS["bank"] == actors.ORGANIZATION_KIND_WORDS["lender"]
    assert countries.leader_country("Reagan") == "USA"  # known_leaders + leader_surnames
    assert countries.is_international_body("the IMF")
    assert countries.institution_country("Bundesbank") == "DEU"
    assert countries.country_name("RUS") == "Russia"  # canonical_names
    assert countries.country_by_name("Britain") == "GBR"  # press_names


def test_an_organisation_kind_without_its_attributes_fails() -> None:
    with pytest.raises(
        LexiconError, match="organization_kinds 'bank': needs corporate_suffix and name_words"
    ):
        actors._organization_kind_words({"bank": {"name_words": ["bank"]}})


def test_load_lexicon_is_cached() -> None:
    assert load_lexicon("quotes") is load_lexicon("quotes") is quotes.QUOTES_LEXICON


# --- malformed files ------------------------------------------------------------------------------


@pytest.fixture
def lexicon_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the shipped lexicon files that :func:`load_lexicon` reads instead, for this test."""
    for path in SHIPPED.glob("*.yaml"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    monkeypatch.setattr(lexicons, "lexicon_text", lambda name: (tmp_path / f"{name}.yaml").read_text("utf-8"))
    clear_lexicon_cache()
    yield tmp_path
    clear_lexicon_cache()  # the next load reads the shipped files again


def _rewrite(folder: Path, name: str, change: Callable[[dict[str, Any]], None]) -> None:
    path = folder / f"{name}.yaml"
    data = yaml.safe_load(path.read_text("utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False), "utf-8")


def _entries(data: dict[str, Any], group: str) -> Any:
    return data[group]["entries"]


def _load_speech() -> None:
    """dipnews.extract.quotes.speech's code on the current files, outside sys.modules (the loader
    and its own checks)."""
    runpy.run_path(speech.__file__)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: _entries(d, "speech_verbs_neutral").append("say"),
            r"lexicon speech, group 'speech_verbs_neutral': entry 'say' is listed twice",
        ),
        # a word in two groups of one list would have two reasons
        (
            lambda d: _entries(d, "speech_verbs_manner").append("tell"),
            r"group 'speech_verbs_manner': entry 'tell' is listed in 'speech_verbs_neutral' too",
        ),
        (
            lambda d: d.update(
                speech_nouns={"kind": "words", "reason": "talk about talk", "entries": ["remark"]}
            ),
            r"lexicon speech: missing groups \[\], unknown groups \['speech_nouns'\]",
        ),
        (
            lambda d: d.pop("speaker_pronouns"),
            r"lexicon speech: missing groups \['speaker_pronouns'\], unknown groups \[\]",
        ),
        (
            lambda d: _entries(d, "speech_verbs_neutral").append(7),
            r"group 'speech_verbs_neutral': entry 7 is not a non-empty string",
        ),
        # YAML reads an unquoted "no" or "off" as a boolean
        (
            lambda d: _entries(d, "speaker_pronouns").append(False),
            r"group 'speaker_pronouns': entry False is not a non-empty string",
        ),
        (
            lambda d: _entries(d, "speech_verbs_dialogue").append("Say"),
            r"group 'speech_verbs_dialogue': entry 'Say' must be lower case",
        ),
        (
            lambda d: d["speech_verbs_neutral"].pop("reason"),
            r"group 'speech_verbs_neutral': a group has exactly the keys 'kind', 'reason' and 'entries'",
        ),
        (
            lambda d: d["speech_verbs_manner"].update(reason=" "),
            r"group 'speech_verbs_manner': 'reason' must say why",
        ),
        (
            lambda d: d["phrasal_speech_verbs"].update(entries=["point"]),
            r"group 'phrasal_speech_verbs': entries must be a mapping",
        ),
        (
            lambda d: _entries(d, "phrasal_speech_verbs").update(point=1),
            r"group 'phrasal_speech_verbs': entry 'point': 1 must be a lower-case lemma",
        ),
        (
            lambda d: d["directive_speech_verbs"].update(entries={"ask": "for"}),
            r"group 'directive_speech_verbs': entries must be a list of strings",
        ),
        # a group of another kind than its reader reads
        (
            lambda d: d["directive_speech_verbs"].update(kind="table", entries={"ask": "for"}),
            r"lexicon speech: group 'directive_speech_verbs' is a table, not a word list",
        ),
        (
            lambda d: d["speaker_pronouns"].update(kind="pronouns"),
            r"group 'speaker_pronouns': kind 'pronouns' is not one of",
        ),
        (
            lambda d: _entries(d, "directive_speech_verbs").append("order"),
            r"group 'directive_speech_verbs': entries must also be speech verbs; not: order",
        ),
    ],
)
def test_a_malformed_lexicon_fails_naming_the_group_and_entry(
    lexicon_dir: Path, change: Callable[[dict[str, Any]], None], message: str
) -> None:
    _rewrite(lexicon_dir, "speech", change)
    with pytest.raises(LexiconError, match=message):
        _load_speech()


def test_a_key_given_twice_fails(lexicon_dir: Path) -> None:
    """PyYAML keeps the last of two equal keys; the loader refuses the file instead."""
    path = lexicon_dir / "speech.yaml"
    shipped = path.read_text("utf-8")
    path.write_text(
        shipped + "\nspeaker_pronouns:\n  kind: words\n  reason: again\n  entries: [he]\n", "utf-8"
    )
    with pytest.raises(
        LexiconError, match=r"speech\.yaml: key 'speaker_pronouns' is given twice \(line \d+\)"
    ):
        _load_speech()
    # ... and so is a table entry given twice
    assert "    point: out\n" in shipped
    path.write_text(shipped.replace("    point: out\n", "    point: out\n    point: up\n"), "utf-8")
    with pytest.raises(LexiconError, match=r"speech\.yaml: key 'point' is given twice"):
        _load_speech()


def test_the_changed_files_are_read(lexicon_dir: Path) -> None:
    """The fixture's folder is what the loader reads (so the failures above are of those files)."""
    _rewrite(lexicon_dir, "speech", lambda d: _entries(d, "speaker_pronouns").append("you"))
    assert "you" in runpy.run_path(speech.__file__)["SPEAKER_PRONOUNS"]
    assert "you" not in speech.SPEAKER_PRONOUNS


# --- a data change is a behaviour change ---------------------------------------------------------

SMITH = "person:Anna Smith"


def _quotes_of(nlp: Language, text: str) -> list[tuple[str, str | None, str | None, str]]:
    start = text.index("Anna Smith")
    actors = ArticleActors(
        actors=[LocalActor(SMITH, "Anna Smith", "person")],
        mentions=[Mention(SMITH, 0, start, start + len("Anna Smith"), "Anna Smith", "name")],
    )
    found = quotes.extract_quotes(nlp(text), ArticleMeta(article_id="t", text=text), actors, [])
    return [(q.quote_type, q.cue, q.speaker_local_key, q.quote_text) for q in found]


def test_a_speech_verb_added_to_the_lexicon_makes_quotations(
    nlp: Language, lexicon_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    indirect = "Anna Smith murmured that the talks had failed and nobody would sign."
    direct = '"We will not sign this agreement," Anna Smith murmured.'
    assert "murmur" not in speech.SPEECH_VERB_LEMMAS
    assert _quotes_of(nlp, indirect) == []
    assert _quotes_of(nlp, direct) == []

    # The data change: one word in speech.yaml. dipnews.extract.quotes.speech's code, run again on
    # the changed file
    # (outside sys.modules), hands the extractor the new set; no code changes.
    _rewrite(lexicon_dir, "speech", lambda d: _entries(d, "speech_verbs_manner").append("murmur"))
    reloaded = runpy.run_path(speech.__file__)
    assert reloaded["SPEECH_VERB_LEMMAS"] == speech.SPEECH_VERB_LEMMAS | {"murmur"}
    monkeypatch.setattr(quotes, "SPEECH_VERB_LEMMAS", reloaded["SPEECH_VERB_LEMMAS"])

    assert _quotes_of(nlp, indirect) == [
        ("indirect", "murmured", SMITH, "the talks had failed and nobody would sign")
    ]
    assert _quotes_of(nlp, direct) == [("direct", "murmured", SMITH, "We will not sign this agreement,")]


# --- meetings: frames are checked, and a new trigger verb is a data change -------------------------


@pytest.mark.parametrize(
    ("frame", "message"),
    [
        ({"type": "chat", "subject": "participant", "object": "participant"}, "type 'chat'"),
        ({"type": "meeting", "subject": "guest", "object": "participant"}, "roles among"),
        ({"type": "meeting", "subject": "host", "object": "visitor", "requires": ["nearby"]}, "requires"),
        ({"subject": "host", "object": "visitor"}, "a frame has 'type'"),
    ],
)
def test_a_malformed_meeting_frame_fails_naming_the_entry(frame: dict[str, Any], message: str) -> None:
    from dipnews.extract.meetings.triggers import check_frames

    with pytest.raises(lexicons.LexiconError, match="entry 'confab'") as error:
        check_frames("verb_triggers", {"confab": frame}, is_verb=True)
    assert message in str(error.value)


def _meetings_modules() -> list[ModuleType]:
    """Every module of the dipnews.extract.meetings package, imported."""
    package = dipnews.extract.meetings
    return [
        importlib.import_module(f"{package.__name__}.{info.name}")
        for info in pkgutil.iter_modules(package.__path__)
    ]


def _meetings_package_on_current_files(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """dipnews.extract.meetings's code imported afresh on the current lexicon files, beside the imported
    package: its modules are taken out of sys.modules for the import (monkeypatch puts them back, and the
    parent package's attribute, after the test), so every module loads the lexicon and builds its Matcher
    again. Returns the fresh package's extractor module."""
    package = dipnews.extract.meetings.__name__
    for name in [n for n in sys.modules if n == package or n.startswith(f"{package}.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setattr(dipnews.extract, "meetings", dipnews.extract.meetings)
    return importlib.import_module(f"{package}.extractor")


def test_every_meeting_lexicon_group_is_read() -> None:
    # The package reads its lexicon in one module; the others import the groups from it.
    source = Path(meeting_lexicon.__file__).read_text("utf-8")
    groups = yaml.safe_load((SHIPPED / "meetings.yaml").read_text("utf-8"))
    assert [g for g in groups if f'"{g}"' not in source] == []


def test_a_trigger_verb_added_to_the_lexicon_makes_meetings(
    nlp: Language, lexicon_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Ana Berg liaised with Tom Hale in Oslo on Monday."
    doc = nlp(text)
    meta = ArticleMeta("t", text, dt.date(2024, 5, 15))
    actors = ArticleActors(
        actors=[
            LocalActor("person:Ana Berg", "Ana Berg", "person"),
            LocalActor("person:Tom Hale", "Tom Hale", "person"),
        ],
        mentions=[
            Mention("person:Ana Berg", 0, 0, 8, "Ana Berg", "name"),
            Mention(
                "person:Tom Hale", 0, text.index("Tom Hale"), text.index("Tom Hale") + 8, "Tom Hale", "name"
            ),
        ],
    )
    assert meetings.extract_meetings(doc, meta, actors) == []

    # The data change: one line in meetings.yaml; the package's code, imported again on the changed
    # file (beside the imported package), builds its Matcher from the new lexicon.
    frame = {"type": "meeting", "subject": "participant", "object": "participant", "requires": ["with"]}
    _rewrite(lexicon_dir, "meetings", lambda d: d["verb_triggers"]["entries"].__setitem__("liaise", frame))
    reloaded = _meetings_package_on_current_files(monkeypatch)
    assert reloaded is not meetings
    [meeting] = reloaded.extract_meetings(doc, meta, actors)
    assert {p.local_key: p.role for p in meeting.participants} == {
        "person:Ana Berg": "participant",
        "person:Tom Hale": "participant",
    }
    assert (meeting.location, meeting.date) == ("Oslo", dt.date(2024, 5, 13))
    # the imported package still reads the lexicon it was loaded with: the change is the file's alone
    assert meetings.extract_meetings(doc, meta, actors) == []
