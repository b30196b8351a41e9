"""Lexicons as data: the words the extractors read, kept in YAML files beside this module.

Each file is a mapping of *groups*. A group has a ``kind`` (see :data:`GroupKind`), a ``reason`` (why
these words are there: a linguistic rule or a source) and ``entries``: a list of words, or a mapping
from a word to its attributes. :func:`load_lexicon` checks a file once, when it is first loaded, and
fails with a message naming the file, the group and the entry: a group without a reason or of an
unknown kind, an entry of the wrong type, a word listed twice, a key given twice (a group or a table
entry that YAML would otherwise silently overwrite), a word that is not lower case where the group
compares lemmas. Asking for a group the file lacks, or of another kind, fails the same way, and so does
a group the reader does not know (:meth:`Lexicon.require_groups`).
Adding a verb or a noun is an edit of the data file, not of code.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType
from typing import Any, Literal, get_args

import yaml

GroupKind = Literal["words", "table", "names"]
"""``words``: lower-case lemmas (a frozenset); ``names``: proper names kept as written (a frozenset);
``table``: word -> attributes (a read-only mapping)."""
GROUP_KINDS: frozenset[str] = frozenset(get_args(GroupKind))


class LexiconError(ValueError):
    """A lexicon file that does not have the shape its reader declares."""


@dataclass(frozen=True, slots=True)
class Lexicon:
    name: str
    groups: Mapping[str, Any]

    def require_groups(self, *groups: str) -> None:
        """Fail unless the file has exactly these groups: a group nobody reads is a typo or a word
        list that does nothing."""
        missing = [g for g in groups if g not in self.groups]
        unknown = [g for g in self.groups if g not in groups]
        if missing or unknown:
            raise LexiconError(f"lexicon {self.name}: missing groups {missing}, unknown groups {unknown}")

    def _group(self, group: str) -> Any:
        if group not in self.groups:
            raise LexiconError(f"lexicon {self.name}: no group {group!r} (it has {sorted(self.groups)})")
        return self.groups[group]

    def words(self, group: str) -> frozenset[str]:
        value = self._group(group)
        if not isinstance(value, frozenset):
            raise LexiconError(f"lexicon {self.name}: group {group!r} is a table, not a word list")
        return value

    def table(self, group: str) -> Mapping[str, Any]:
        value = self._group(group)
        if isinstance(value, frozenset):
            raise LexiconError(f"lexicon {self.name}: group {group!r} is a word list, not a table")
        return value


def _freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return MappingProxyType({str(k): _freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


def _check_words(where: str, entries: Any, lower: bool) -> frozenset[str]:
    if not isinstance(entries, list):
        raise LexiconError(f"{where}: entries must be a list of strings")
    seen: set[str] = set()
    for entry in entries:
        if not isinstance(entry, str) or not entry.strip():
            raise LexiconError(f"{where}: entry {entry!r} is not a non-empty string")
        if lower and entry != entry.lower():
            raise LexiconError(f"{where}: entry {entry!r} must be lower case (it is compared with lemmas)")
        if entry in seen:
            raise LexiconError(f"{where}: entry {entry!r} is listed twice")
        seen.add(entry)
    return frozenset(seen)


def _check_table(where: str, entries: Any) -> Mapping[str, Any]:
    if not isinstance(entries, dict):
        raise LexiconError(f"{where}: entries must be a mapping of word -> attributes")
    for key in entries:
        if not isinstance(key, str) or not key.strip():
            raise LexiconError(f"{where}: key {key!r} is not a non-empty string")
    return _freeze(entries)


def parse_lexicon(name: str, raw: Any) -> Lexicon:
    """Check a parsed YAML document: every group well formed, of a known kind."""
    if not isinstance(raw, dict) or not raw:
        raise LexiconError(f"lexicon {name}: the file must be a mapping of groups")
    groups: dict[str, Any] = {}
    for group, body in raw.items():
        where = f"lexicon {name}, group {group!r}"
        if not isinstance(body, dict) or set(body) != {"kind", "reason", "entries"}:
            raise LexiconError(f"{where}: a group has exactly the keys 'kind', 'reason' and 'entries'")
        if body["kind"] not in GROUP_KINDS:
            raise LexiconError(f"{where}: kind {body['kind']!r} is not one of {sorted(GROUP_KINDS)}")
        if not isinstance(body["reason"], str) or not body["reason"].strip():
            raise LexiconError(f"{where}: 'reason' must say why these entries are here")
        if body["kind"] == "table":
            groups[group] = _check_table(where, body["entries"])
        else:
            groups[group] = _check_words(where, body["entries"], lower=body["kind"] == "words")
    return Lexicon(name, MappingProxyType(groups))


class _UniqueKeyLoader(yaml.SafeLoader):
    """PyYAML's safe loader, except that a key given twice in one mapping is an error: PyYAML keeps the
    last silently, which would drop a group, or a table entry, without a word."""


def _construct_unique_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False) -> Any:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise LexiconError(f"key {key!r} is given twice (line {key_node.start_mark.line + 1})")
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_unique_mapping)


def lexicon_text(name: str) -> str:
    return resources.files(__package__).joinpath(f"{name}.yaml").read_text(encoding="utf-8")


def load_lexicon(name: str, *, require: tuple[str, ...] = ()) -> Lexicon:
    """The lexicon ``<name>.yaml`` of this package, checked (loaded once per process). ``require``, if
    given, is exactly the groups its reader uses: a missing or unknown one fails here, at import."""
    lexicon = _load_once(name)
    if require:
        lexicon.require_groups(*require)
    return lexicon


def clear_lexicon_cache() -> None:
    """Forget the loaded lexicons: the next :func:`load_lexicon` reads the files again (for tests that
    edit a lexicon and reload the module that reads it)."""
    _load_once.cache_clear()


@functools.cache
def _load_once(name: str) -> Lexicon:
    try:
        text = lexicon_text(name)
    except OSError as error:
        raise LexiconError(f"lexicon {name}: cannot read {name}.yaml: {error}") from error
    return parse_lexicon_text(name, text)


def parse_lexicon_text(name: str, text: str) -> Lexicon:
    """A lexicon from the text of its YAML file, checked like this package's own. For word lists that
    must not be the extractors' (the external benchmark's cue words live beside the benchmark)."""
    try:
        raw = yaml.load(text, _UniqueKeyLoader)
    except LexiconError as error:
        raise LexiconError(f"lexicon {name}: {name}.yaml: {error}") from None
    except yaml.YAMLError as error:
        raise LexiconError(f"lexicon {name}: cannot read {name}.yaml: {error}") from error
    return parse_lexicon(name, raw)
