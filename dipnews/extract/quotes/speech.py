"""Speech-cue lexicon: the words that make a span of news text a *reported speech act*.

The quotations extractor (:mod:`dipnews.extract.quotes.extractor`) reads these tables. They are data, in
``dipnews/extract/lexicons/speech.yaml`` (loaded and checked by
:func:`dipnews.extract.lexicons.load_lexicon`), so a
reviewer can see, and argue with, every word that turns a clause into a quotation, and adding one is a
data change. The file gives each group of words the reason it is there and lists the verbs that are
deliberately not speech cues. Lemmas are spaCy lemmas (lower case).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from dipnews.extract.lexicons import Lexicon, LexiconError, load_lexicon
from dipnews.model import ACTOR_TYPES

# The groups whose union is the speech verbs, each with its own reason in the file.
SPEECH_VERB_GROUPS = (
    "speech_verbs_neutral",
    "speech_verbs_manner",
    "speech_verbs_dialogue",
    "speech_verbs_directive",
)
ORGANISATION_KIND_GROUPS = ("organisation_kind_nouns_business", "organisation_kind_nouns_public")

SPEECH_LEXICON = load_lexicon(
    "speech",
    require=(
        *SPEECH_VERB_GROUPS,
        "quote_only_speech_verbs",
        "speaker_only_speech_verbs",
        "phrasal_speech_verbs",
        "directive_speech_verbs",
        "source_phrases",
        "withholding_verbs",
        "speaker_pronouns",
        "pronoun_speaker_types",
        "utterance_nouns",
        "person_description_nouns",
        "gendered_pronouns",
        "spokesperson_nouns",
        "organisation_possessives",
        *ORGANISATION_KIND_GROUPS,
    ),
)


def _union(lexicon: Lexicon, groups: tuple[str, ...]) -> frozenset[str]:
    """The words of ``groups``, each in one group only (a word in two would have two reasons)."""
    seen: dict[str, str] = {}
    for group in groups:
        for word in sorted(lexicon.words(group)):
            if word in seen:
                raise LexiconError(
                    f"lexicon {lexicon.name}, group {group!r}: entry {word!r} is listed in {seen[word]!r} too"
                )
            seen[word] = group
    return frozenset(seen)


def _particles(lexicon: Lexicon, group: str) -> Mapping[str, str]:
    """A lemma -> particle table: both lower-case words."""
    table = lexicon.table(group)
    for lemma, particle in table.items():
        if (
            not isinstance(particle, str)
            or not particle
            or particle != particle.lower()
            or lemma != lemma.lower()
        ):
            raise LexiconError(
                f"lexicon {lexicon.name}, group {group!r}: entry {lemma!r}: {particle!r} must be a "
                "lower-case lemma and a lower-case particle"
            )
    return table


# Verbs whose finite or participial use reports what somebody said.
SPEECH_VERB_LEMMAS: frozenset[str] = _union(SPEECH_LEXICON, SPEECH_VERB_GROUPS)

# Verbs that attribute quoted words but never a reported clause ('"...," he continued').
QUOTE_ONLY_SPEECH_LEMMAS: frozenset[str] = SPEECH_LEXICON.words("quote_only_speech_verbs")
if QUOTE_ONLY_SPEECH_LEMMAS & SPEECH_VERB_LEMMAS:
    raise LexiconError(
        "lexicon speech, group 'quote_only_speech_verbs': entries must not be speech verbs too: "
        + ", ".join(sorted(QUOTE_ONLY_SPEECH_LEMMAS & SPEECH_VERB_LEMMAS))
    )

# Verbs that report speech only with a speaker (a name or a personal pronoun) as their subject.
SPEAKER_ONLY_SPEECH_LEMMAS: frozenset[str] = SPEECH_LEXICON.words("speaker_only_speech_verbs")
if SPEAKER_ONLY_SPEECH_LEMMAS & (SPEECH_VERB_LEMMAS | QUOTE_ONLY_SPEECH_LEMMAS):
    raise LexiconError(
        "lexicon speech, group 'speaker_only_speech_verbs': entries must be in no other verb group"
    )

# Verbs whose speech reading needs a particle ("pointed out that ..."): lemma -> particle.
PHRASAL_SPEECH_VERBS: Mapping[str, str] = _particles(SPEECH_LEXICON, "phrasal_speech_verbs")

# Directive speech verbs whose reported content may be "object + to-infinitive"
# ("asked all countries to help ...") rather than a finite clause.
DIRECTIVE_SPEECH_LEMMAS: frozenset[str] = SPEECH_LEXICON.words("directive_speech_verbs")

# Phrases with no speech verb that attribute their clause to the noun phrase after them ("according to").
SOURCE_PHRASES: frozenset[str] = SPEECH_LEXICON.words("source_phrases")

# Verbs whose infinitive speech verb reports a refusal to speak ("declined to say whether ...").
WITHHOLDING_LEMMAS: frozenset[str] = SPEECH_LEXICON.words("withholding_verbs")

# Subject words that identify a speaker only by pronoun; when the actors extractor gives no mention
# for them, the quotations extractor falls back to the speaker of the preceding quotation.
SPEAKER_PRONOUNS: frozenset[str] = SPEECH_LEXICON.words("speaker_pronouns")


def _pronoun_types(lexicon: Lexicon, group: str) -> Mapping[str, tuple[str, ...]]:
    """A speaker pronoun -> actor types table, each entry a speaker pronoun with known actor types (a
    speaker pronoun left out inherits no speaker)."""
    table = lexicon.table(group)
    if not set(table) <= SPEAKER_PRONOUNS:
        raise LexiconError(
            f"lexicon {lexicon.name}, group {group!r}: entries must be speaker_pronouns; not: "
            + ", ".join(sorted(set(table) - SPEAKER_PRONOUNS))
        )
    for pronoun, kinds in table.items():
        if not isinstance(kinds, tuple) or not kinds or not set(kinds) <= set(ACTOR_TYPES):
            raise LexiconError(
                f"lexicon {lexicon.name}, group {group!r}: entry {pronoun!r}: a list of actor types "
                f"among {list(ACTOR_TYPES)}"
            )
    return table


# The kinds of actor each speaker pronoun may stand for, when the speaker is inherited from the quotes
# before ("he" a person; "it", "they" an organisation or a country).
PRONOUN_SPEAKER_TYPES: Mapping[str, tuple[str, ...]] = _pronoun_types(SPEECH_LEXICON, "pronoun_speaker_types")


def _genders(lexicon: Lexicon, group: str, allowed: frozenset[str]) -> Mapping[str, str]:
    """A word -> gender table whose genders are among ``allowed``."""
    table = lexicon.table(group)
    for word, gender in table.items():
        if gender not in allowed or word != word.lower():
            raise LexiconError(
                f"lexicon {lexicon.name}, group {group!r}: entry {word!r}: {gender!r} must be one of "
                f"{sorted(allowed)} (and the word lower case)"
            )
    return table


# Nouns describing one person ("the mother of three said"), with the gender they imply (or "any").
PERSON_DESCRIPTION_NOUNS: Mapping[str, str] = _genders(
    SPEECH_LEXICON, "person_description_nouns", frozenset({"female", "male", "any"})
)
# Pronouns (word forms) whose use for a person tells that person's gender.
GENDERED_PRONOUNS: Mapping[str, str] = _genders(
    SPEECH_LEXICON, "gendered_pronouns", frozenset({"female", "male"})
)

# Nouns of an utterance whose author is its speaker ("a statement from the union").
UTTERANCE_NOUNS: frozenset[str] = SPEECH_LEXICON.words("utterance_nouns")

# Nouns of people or offices speaking for a principal ("a spokesman for the ministry said").
SPOKESPERSON_NOUNS: frozenset[str] = SPEECH_LEXICON.words("spokesperson_nouns")

# Possessive pronouns that may stand for an organisation ("its spokesman" speaks for the company).
ORGANISATION_POSSESSIVES: frozenset[str] = SPEECH_LEXICON.words("organisation_possessives")

# Nouns that name an organisation by its kind; "the <noun> said" refers back to the organisation named
# before it ("Escom ... The utility said").
ORGANISATION_KIND_NOUNS: frozenset[str] = _union(SPEECH_LEXICON, ORGANISATION_KIND_GROUPS)

# The extractor reads a directive's object + infinitive only for a verb it already took as a speech
# cue, so a directive that is not a speech verb would silently do nothing.
if not DIRECTIVE_SPEECH_LEMMAS <= SPEECH_VERB_LEMMAS:
    raise LexiconError(
        "lexicon speech, group 'directive_speech_verbs': entries must also be speech verbs; not: "
        + ", ".join(sorted(DIRECTIVE_SPEECH_LEMMAS - SPEECH_VERB_LEMMAS))
    )


# --- the cue patterns -------------------------------------------------------------------------------
# The lexicon's cue words become spaCy Matcher (word sequences) and DependencyMatcher (verb + particle)
# patterns, as dipnews.meeting_triggers does for meetings: one engine finds every cue of an article, and
# a new cue verb or phrase is an edit of speech.yaml. What a cue reports (its speaker, its content) is
# decided afterwards on the dependency parse, in dipnews.quotes.

VERB_TAGS = ["VERB", "AUX"]
# Labels of the cues found: a speech verb, a verb that attributes only quoted words, a verb that is
# speech only with a speaker as subject, a verb + particle, and the first word of a source phrase.
CUE_KINDS = ("speech", "quote_only", "speaker_only", "phrasal", "source")


def _forms(words: Iterable[str]) -> list[str]:
    """Lemmas in any case: a sentence-initial or headline word may keep its capital in the lemma."""
    return sorted({form for word in words for form in (word, word.capitalize())})


def cue_patterns(
    speech_verbs: Iterable[str],
    quote_only_verbs: Iterable[str],
    speaker_only_verbs: Iterable[str],
    source_phrases: Iterable[str],
) -> dict[str, list[list[dict[str, Any]]]]:
    """Matcher patterns by cue kind: one pattern per verb group over the whole word set (the Matcher
    tests each token once), one per source phrase, word by word."""
    patterns: dict[str, list[list[dict[str, Any]]]] = {
        kind: [[{"LEMMA": {"IN": _forms(words)}, "POS": {"IN": VERB_TAGS}}]]
        for kind, words in (
            ("speech", speech_verbs),
            ("quote_only", quote_only_verbs),
            ("speaker_only", speaker_only_verbs),
        )
        if words
    }
    patterns["source"] = [[{"LOWER": word} for word in phrase.split()] for phrase in sorted(source_phrases)]
    return patterns


def phrasal_patterns(phrasal_verbs: Mapping[str, str]) -> list[list[dict[str, Any]]]:
    """DependencyMatcher patterns of verbs whose speech reading needs a particle: the verb and a ``prt``
    child that is its particle ("pointed out", "pointed it out")."""
    return [
        [
            {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": _forms([lemma])}, "POS": {"IN": VERB_TAGS}}},
            {
                "LEFT_ID": "verb",
                "REL_OP": ">",
                "RIGHT_ID": "particle",
                "RIGHT_ATTRS": {"DEP": "prt", "LOWER": particle},
            },
        ]
        for lemma, particle in sorted(phrasal_verbs.items())
    ]


class SpeechCueFinder:
    """The cue patterns over one vocabulary; ``find`` gives a Doc's cue tokens by index, with their kind."""

    def __init__(
        self,
        vocab: Vocab,
        patterns: Mapping[str, list[list[dict[str, Any]]]],
        phrasal: list[list[dict[str, Any]]],
    ) -> None:
        self.matcher = Matcher(vocab)
        for kind, kind_patterns in patterns.items():
            if kind_patterns:
                self.matcher.add(kind, kind_patterns)
        self.phrasal = DependencyMatcher(vocab)
        if phrasal:
            self.phrasal.add("phrasal", phrasal)

    def find(self, doc: Doc) -> dict[int, str]:
        found: dict[int, str] = {}
        for match_id, start, _ in self.matcher(doc):
            found[start] = doc.vocab.strings[match_id]
        # A verb with its particle ("point out") is a cue whatever the verb alone is.
        for _, (verb, _particle) in self.phrasal(doc):
            found[verb] = "phrasal"
        return dict(sorted(found.items()))
