"""Quotations: reported speech acts (direct, indirect, mixed) in one parsed article.

How it works, in three passes over one article, all linear in its length:

1. **Quotation marks on the raw text** (:func:`find_quoted_spans`). spaCy's sentence boundaries cut
   through quotations, so a quote's extent is found by pairing marks character by character, with the
   news convention that a quote running over several paragraphs reopens with a mark at each paragraph
   and closes only at its end.
2. **Attribution of each quoted span** from the parse around it: a speech verb right after the span
   (``"...," he said``) or right before it (``He said, "..."``, ``quoted Li as saying: "..."``).
   A span with neither is a fragment: either part of a mixed quotation (pass 3) or a scare quote/title,
   which is not a quotation.
3. **Reported clauses** from the dependency parse: a speech verb's clausal complement (``said that
   ...``), a directive's object + infinitive (``urged X to ...``), ``according to X, ...`` and ``X was
   quoted as saying ...``. A clause that contains a quoted fragment is one *mixed* quotation.

Speakers are resolved through :class:`~dipnews.model.ArticleActors` (the actors module owns naming,
titles and coreference); this module only finds the speaker's words.

Confidence (0..1) is the product of a base per quotation type (direct quotes have visible extents,
indirect ones depend on the parse: see ``_TYPE_CONFIDENCE``) and a factor for how the speaker was
resolved (``_RESOLUTION_CONFIDENCE``), lowered when the speaker was inherited from a neighbouring quote.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from dipnews.extract.lexicons import load_lexicon
from dipnews.extract.quotes.speech import (
    DIRECTIVE_SPEECH_LEMMAS,
    GENDERED_PRONOUNS,
    ORGANISATION_KIND_NOUNS,
    ORGANISATION_POSSESSIVES,
    PERSON_DESCRIPTION_NOUNS,
    PHRASAL_SPEECH_VERBS,
    PRONOUN_SPEAKER_TYPES,
    QUOTE_ONLY_SPEECH_LEMMAS,
    SOURCE_PHRASES,
    SPEAKER_ONLY_SPEECH_LEMMAS,
    SPEAKER_PRONOUNS,
    SPEECH_VERB_LEMMAS,
    SPOKESPERSON_NOUNS,
    UTTERANCE_NOUNS,
    WITHHOLDING_LEMMAS,
    SpeechCueFinder,
    cue_patterns,
    phrasal_patterns,
)
from dipnews.model import ArticleActors, ArticleMeta, LocalMeeting, LocalQuote, Mention
from dipnews.nlp.parsing import SentenceIndex, doc_text

# This module's own word lists (dipnews/extract/lexicons/quotes.yaml); the speech cues are in
# dipnews.extract.quotes.speech.
QUOTES_LEXICON = load_lexicon(
    "quotes",
    require=(
        "elisions",
        "non_source_nouns_findings",
        "non_source_nouns_documents",
    ),
)

# --- quotation marks -------------------------------------------------------------------------------

# Characters that may sit right before an opening mark: start of a bracket or dash, or a colon
# ("said:"), besides whitespace and the start of the text.
_OPENER_PRECEDERS = frozenset("([{—–-/:“\"‘'")
# Characters after which a straight single quote is an elision, not an opening mark ('90s, 'em, 'til).
# Each with the space after it: "'em all", not "'emergency".
_ELISIONS: tuple[str, ...] = tuple(f"{word} " for word in sorted(QUOTES_LEXICON.words("elisions")))
_MARK_OR_NEWLINE = re.compile("[\n\"“”‘’']")
# Two or three straight apostrophes in a row: a doubled apostrophe standing for a double mark.
_APOSTROPHE_RUN = re.compile("'{2,3}")
_SENTENCE_FINAL = frozenset({".", "!", "?"})
# Closing marks of a quote nested at the end of another ("... 'except as punishment.'").
_NESTED_CLOSERS = "’'\""
# Punctuation a quoted utterance ends with when its attribution follows ("...," he said).
_UTTERANCE_FINAL = frozenset(",.!?…—-:;")
_UTTERANCE_FINAL_OR_SPACE = "".join(sorted(_UTTERANCE_FINAL)) + " "


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """Text between quotation marks. ``open_at`` is the opening mark, ``close_end`` is just after the
    closing mark (== ``content_end`` when the quote is never closed)."""

    open_at: int
    content_start: int
    content_end: int
    close_end: int
    is_double: bool


def _is_opener_context(text: str, i: int) -> bool:
    """A mark opens a quote when it follows whitespace/an opening bracket and precedes a non-space."""
    before_ok = i == 0 or text[i - 1].isspace() or text[i - 1] in _OPENER_PRECEDERS
    after_ok = i + 1 < len(text) and not text[i + 1].isspace()
    return before_ok and after_ok


def _is_single_opener(text: str, i: int) -> bool:
    """A straight or curly single quote opens a quote only before a letter and not as an elision."""
    if not _is_opener_context(text, i) or not text[i + 1].isalpha():
        return False
    following = text[i + 1 : i + 8].lower()
    return not any(following.startswith(e) for e in _ELISIONS)


def _is_single_closer(text: str, i: int) -> bool:
    """A single quote closes after a non-space and before a non-letter (else it is an apostrophe)."""
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[i - 1].isspace() or after.isalnum():
        return False
    # "the nations’ future": after a plural "s" and before a lower-case word it is a possessive.
    following = text[i + 1 : i + 3]
    return not (text[i - 1] == "s" and len(following) == 2 and following[0] == " " and following[1].islower())


def _next_paragraph_reopens(text: str, newline_at: int) -> int | None:
    """Position of the opening mark that continues a quote in the next paragraph, if there is one."""
    j = newline_at
    while j < len(text) and text[j].isspace():
        j += 1
    if j < len(text) and text[j] in '“"':
        return j
    return None


def _doubled_apostrophes_as_marks(text: str) -> str:
    """``text`` with each doubled straight apostrophe ('') rewritten as a double mark plus a space.

    Some newswire archives type a double quotation mark as two apostrophes (''It is over,'' he said).
    Read as single marks they would close at any nested single quote ('...think, 'This is it.'.''), so
    the pair is scanned as one double mark. The length stays the same: an opening pair becomes ' "'
    (the mark next to the words it opens), a closing pair '" ' (the mark right after the words).
    """
    if "''" not in text:
        return text
    chars = list(text)
    for run in _APOSTROPHE_RUN.finditer(text):
        start, end = run.span()
        opening = end < len(text) and not text[end].isspace() and text[end] not in _UTTERANCE_FINAL
        # A run of three is a doubled mark beside a nested single one: the doubled pair is outermost.
        pair_at = start if opening else end - 2
        chars[pair_at : pair_at + 2] = [" ", '"'] if opening else ['"', " "]
    return "".join(chars)


def _widen_to_doubled_apostrophes(text: str, span: QuotedSpan) -> QuotedSpan:
    """Let a span found on the rewritten text cover both apostrophes of each doubled mark."""
    open_at, close_end = span.open_at, span.close_end
    if text[open_at] == "'" and open_at > 0 and text[open_at - 1] == "'":
        open_at -= 1
    if close_end > span.content_end and close_end < len(text) and text[close_end - 1 : close_end + 1] == "''":
        close_end += 1
    return QuotedSpan(open_at, span.content_start, span.content_end, close_end, span.is_double)


def find_quoted_spans(text: str) -> list[QuotedSpan]:
    """Every span of ``text`` inside quotation marks, outermost only, in text order.

    Double marks (straight or curly, or doubled apostrophes) are paired first; single marks only outside
    double quotes (nested single quotes belong to the enclosing quote). A double quote still open at a
    paragraph break continues when the next paragraph opens with a mark (news convention), and otherwise
    ends with its paragraph. A single quote still open at a paragraph break is dropped: it was an
    apostrophe.
    """
    scanned = _doubled_apostrophes_as_marks(text)
    spans = _pair_marks(scanned)
    if scanned is not text:
        spans = [_widen_to_doubled_apostrophes(text, span) for span in spans]
    return _strip_spans(text, spans)


def _pair_marks(text: str) -> list[QuotedSpan]:
    """The pairing of :func:`find_quoted_spans`, before stripping."""
    spans: list[QuotedSpan] = []
    double_open: int | None = None
    single_open: int | None = None
    reopen_at: int | None = None  # the mark that continues a multi-paragraph quote
    last_content_char = 0
    for match in _MARK_OR_NEWLINE.finditer(text):
        i = match.start()
        char = text[i]
        if char == "\n":
            single_open = None
            if double_open is not None and i > last_content_char:
                reopen = _next_paragraph_reopens(text, i)
                if reopen is None:
                    end = len(text[:i].rstrip())
                    if end > double_open + 1:
                        spans.append(QuotedSpan(double_open, double_open + 1, end, end, True))
                    double_open = None
                else:
                    reopen_at = reopen
                    last_content_char = reopen  # skip the blank lines before the reopening mark
            continue
        if i == reopen_at:
            reopen_at = None
            continue
        if char in '“"':
            if double_open is None:
                if char == "“" or _is_opener_context(text, i):
                    double_open, single_open = i, None
            elif char == "“":
                double_open = i  # an unclosed curly quote: restart at the newer opening mark
            else:
                spans.append(QuotedSpan(double_open, double_open + 1, i, i + 1, True))
                double_open = None
        elif char == "”":
            if double_open is not None:
                spans.append(QuotedSpan(double_open, double_open + 1, i, i + 1, True))
                double_open = None
        elif double_open is None:  # single marks, only at the top level
            if single_open is None:
                if (char == "‘" and _is_opener_context(text, i)) or (
                    char == "'" and _is_single_opener(text, i)
                ):
                    single_open = i
            elif char in "’'" and _is_single_closer(text, i):
                if i > single_open + 1:
                    spans.append(QuotedSpan(single_open, single_open + 1, i, i + 1, False))
                single_open = None
    if double_open is not None:
        end = len(text.rstrip())
        if end > double_open + 1:
            spans.append(QuotedSpan(double_open, double_open + 1, end, end, True))
    return spans


def _strip_spans(text: str, spans: list[QuotedSpan]) -> list[QuotedSpan]:
    """Drop whitespace just inside the marks and empty spans."""
    stripped = []
    for span in spans:
        start, end = span.content_start, span.content_end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            stripped.append(QuotedSpan(span.open_at, start, end, span.close_end, span.is_double))
    return stripped


# --- the parse around a quote -------------------------------------------------------------------

# Subject dependencies of a speech verb.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Dependents of a subject that end the speaker's words: "Li, who arrived on Sunday, said" -> "Li".
_SPEAKER_CUTTING_DEPS = frozenset({"appos", "relcl", "acl", "punct", "advcl"})
# Clauses the parser sometimes attaches to a speaker (the quoted utterance before it).
_CLAUSAL_DEPS = frozenset({"ccomp", "parataxis", "csubj"})
# Participial speech verbs continue the subject of the verb they hang from ("..., adding that").
# A participle modifying an object ("set out the position saying") climbs through that object.
# A participle inside a prepositional phrase climbs through it ("Cruz pivoted to arguing that",
# "In addition to stating that ..., Clinton has vowed").
_INHERITING_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp", "acl", "dobj", "prep", "pobj"})
# How many heads a participial speech verb climbs to find its subject.
_MAX_SUBJECT_CLIMB = 6
# Objects of "according to" that are findings or documents, not speakers ("according to the schedule").
_NON_SOURCE_NOUNS: frozenset[str] = QUOTES_LEXICON.words("non_source_nouns_findings") | QUOTES_LEXICON.words(
    "non_source_nouns_documents"
)

# Base confidence per quotation type: a direct quote's extent is certain once its marks pair; a
# reported clause's extent depends on the dependency parse.
_TYPE_CONFIDENCE = {"direct": 0.9, "mixed": 0.8, "indirect": 0.75}
# Factor per speaker resolution: a named speaker is as sure as the parse; a pronoun depends on the
# coreference; an unresolved speaker ("sources") is a correct row but a weaker one for research.
_RESOLUTION_CONFIDENCE = {"named": 1.0, "alias": 0.95, "title": 0.9, "pronoun": 0.85, "unresolved": 0.7}
# Lower confidence when the speaker is inherited (pronoun fallback, continued paragraph).
_INHERITED_FACTOR = 0.85
_NO_CUE_FACTOR = 0.7
_MENTION_KIND_RESOLUTION = {
    "name": "named",
    "alias": "alias",
    "capital": "alias",
    "demonym": "alias",
    "title": "title",
    "pronoun": "pronoun",
}
# A quote that opens a paragraph with no attribution continues the previous speaker only when it is
# a real utterance (this many words), not a title or a slogan.
_MIN_CONTINUATION_WORDS = 6
# ... and only within this many characters of the previous quotation (about two short paragraphs).
_CONTINUATION_REACH = 600
# Parts of speech that make the words before a quote a clause of their own (not "But", "And", "Yes,").
_CONTENT_POS = frozenset({"NOUN", "PROPN", "PRON", "VERB", "AUX", "ADJ", "NUM"})
# Parts of speech of a plain speaker phrase ("the Tulsa police chief", "Rep. Jordan").
_NAME_PHRASE_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ"})
# Longest attribution that may interrupt one utterance between its two quoted parts
# ('," said Jane Doe, a senior fellow at the institute. "').
_MAX_INTERRUPTION_CHARS = 200
# Longest quoted name (a show, a book, a slogan) that a report right after it may follow without
# attributing it; a longer quote before "X said <clause>" is X's utterance.
_MAX_TITLE_WORDS = 5
# Share of the longer words of a paragraph with no sentence end that makes it a headline.
_HEADLINE_CAPITALISED = 0.8
# Longest name phrase that introduces a quote with a colon alone ("Opposition leader Victor Hale:").
_MAX_COLON_SPEAKER_TOKENS = 8
# How far (tokens) around a quote its attribution may be.
# (Wide enough for a speaker with a long apposition: '"...," Jane Doe, the chair of the national farmers
# union and a former member of parliament, said'; the window still stops at the sentence end.)
_AFTER_WINDOW = 32
_BEFORE_WINDOW = 40
# How far (tokens) after a speech verb its medium, addressee and time may reach before "that" ("said in
# an interview with CNN on Sunday that ...").
_MAX_MEDIUM_TOKENS = 14
# How far (tokens) a reported clause may run on past its parsed extent to the sentence end.
_RUN_ON_WINDOW = 40
# Tokens that end a run-on reported clause: an opening quotation mark or a parenthetical dash.
_CLAUSE_BREAKERS = frozenset({"“", '"', "‘", "--", "—", "–"})
# Dashes: a parenthetical dash ends a run-on reported clause. (An opening quotation mark does not: a
# quoted fragment is part of the clause, a mixed quotation; a direct quote after the clause cuts it anyway.)
_DASHES = frozenset({"--", "—", "–"})


@dataclass(slots=True)
class _Attribution:
    cue_token: Token | None
    cue: str | None
    speaker_start: int | None  # char offsets of the speaker's words
    speaker_end: int | None
    speaker_head: Token | None


@dataclass(slots=True)
class _Draft:
    char_start: int
    char_end: int
    quote_type: str
    attribution: _Attribution
    marks: QuotedSpan | None = None  # the quotation marks of a direct quote


# The cue finder of each (vocabulary, cue lexicon): built once, rebuilt only when the lexicon's sets are
# replaced (a test that adds a verb to speech.yaml hands the module a new set).
_CUE_FINDERS: dict[tuple[Any, ...], tuple[Vocab, SpeechCueFinder]] = {}
_CUES_KEY = "dipnews.quotes.speech_cues"


def _cue_finder(vocab: Vocab) -> SpeechCueFinder:
    lexicon = (SPEECH_VERB_LEMMAS, QUOTE_ONLY_SPEECH_LEMMAS, SPEAKER_ONLY_SPEECH_LEMMAS, SOURCE_PHRASES)
    key = (id(vocab), *lexicon, tuple(sorted(PHRASAL_SPEECH_VERBS.items())))
    if key not in _CUE_FINDERS:
        patterns = cue_patterns(*lexicon)
        _CUE_FINDERS[key] = (vocab, SpeechCueFinder(vocab, patterns, phrasal_patterns(PHRASAL_SPEECH_VERBS)))
    return _CUE_FINDERS[key][1]


def _cue_kind(token: Token) -> str | None:
    """The kind of speech cue ``token`` is (dipnews.speech.CUE_KINDS), or None. The patterns run once
    per Doc; their matches are kept in the Doc's user data."""
    doc = token.doc
    cues = doc.user_data.get(_CUES_KEY)
    if cues is None:
        cues = _cue_finder(doc.vocab).find(doc)
        doc.user_data[_CUES_KEY] = cues
    return cues.get(token.i)


def _is_speech_token(token: Token) -> bool:
    kind = _cue_kind(token)
    if kind not in ("speech", "speaker_only", "phrasal"):
        return False
    # "declined to say whether ...": a refusal to speak reports no speech.
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in WITHHOLDING_LEMMAS:
        return False
    if kind == "speaker_only":
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        # "it" and "this" are findings and documents more often than speakers ("it suggests that").
        return subject is not None and (
            subject.pos_ == "PROPN" or (subject.lower_ in SPEAKER_PRONOUNS and subject.lower_ != "it")
        )
    return True


def _is_quote_cue(token: Token) -> bool:
    """A speech verb, or a verb that reports speech only beside quotation marks ("he continued")."""
    return _is_speech_token(token) or _cue_kind(token) == "quote_only"


def _is_according_to(token: Token) -> bool:
    """The first word of a source phrase ("according to")."""
    return _cue_kind(token) == "source"


def _source_phrase_end(token: Token) -> Token:
    """The last word of the source phrase ``token`` starts ("according to" -> "to")."""
    doc = token.doc
    for phrase in sorted(SOURCE_PHRASES, key=len, reverse=True):
        words = phrase.split()
        if [t.lower_ for t in doc[token.i : token.i + len(words)]] == words:
            return doc[token.i + len(words) - 1]
    return token


def _cites_a_source(token: Token) -> bool:
    """ "according to" whose object may be a speaker: not a finding or a document ("according to the
    results", "according to the schedule"; dipnews/extract/lexicons/quotes.yaml)."""
    if not _is_according_to(token):
        return False
    source = next((c for c in _source_phrase_end(token).children if c.dep_ == "pobj"), None)
    return source is None or source.lower_ not in _NON_SOURCE_NOUNS


def _quoted_as_saying_verb(token: Token) -> Token | None:
    """For "saying" in "quoted X as saying" / "X was quoted as saying", the verb "quoted"."""
    if token.lemma_.lower() != "say" or token.dep_ != "pcomp" or token.head.lower_ != "as":
        return None
    verb = token.head.head
    return verb if verb.lemma_.lower() == "quote" else None


def _speaker_words(subject: Token) -> tuple[int, int]:
    """Char span of the speaker's words: the subject phrase without appositions or relative clauses."""
    end_token = subject.right_edge
    for child in subject.rights:
        if child.dep_ in _SPEAKER_CUTTING_DEPS:
            end_token = subject.doc[max(child.left_edge.i - 1, subject.i)]
            break
    while end_token.i > subject.i and (end_token.is_punct or end_token.is_space):
        end_token = subject.doc[end_token.i - 1]
    start_token = subject.left_edge
    # The parser may hang the quote itself off the speaker ('"...," Sarandon, 69, told'): the speaker's
    # words start after any clause or punctuation attached to its left.
    for child in subject.lefts:
        # (A hyphen is part of the words: "the 45-year-old".)
        cutting = child.dep_ in _SPEAKER_CUTTING_DEPS and child.tag_ != "HYPH"
        if cutting or child.dep_ in _CLAUSAL_DEPS:
            start_token = subject.doc[min(child.right_edge.i + 1, subject.i)]
    # A speaker's words never run over a paragraph break (a dateline or time stamp above them).
    for token in subject.doc[start_token.i : subject.i]:
        if token.is_space and "\n" in token.text:
            start_token = subject.doc[token.i + 1]
    while start_token.i < subject.i and (start_token.is_punct or start_token.is_space):
        start_token = subject.doc[start_token.i + 1]
    return start_token.idx, end_token.idx + len(end_token)


def _subject_of(verb: Token) -> Token | None:
    """The speaker token of a speech verb, climbing from participles and conjuncts to their verb
    ("Chirac set out the French position saying: ..." -> "Chirac")."""
    if _is_unnamed_asker(verb):
        return None
    current = verb
    for _ in range(_MAX_SUBJECT_CLIMB):
        child = _own_subject(current)
        if child is not None:
            # "Cole, who said ...": the relative pronoun stands for the noun the clause modifies.
            if current.dep_ == "relcl" and child.tag_ in ("WP", "WDT") and current.head is not current:
                return current.head
            return child
        reporter = _reporter_of_clause(current.head) if current.dep_ == "conj" else None
        if reporter is not None:
            # "He said A and said B" parsed with the second "said" inside A: its subject is the
            # reporter's, not A's subject.
            current = reporter
        elif current.dep_ in _INHERITING_DEPS and current.head is not current:
            # "X insisted A, telling reporters: ...": a participle the parser hung inside the reported
            # clause A goes on with the reporter
            participle = current.dep_ == "advcl" and current.tag_ == "VBG"
            current = (_reporter_of_clause(current.head) if participle else None) or current.head
        else:
            return None
    return None


def _is_unnamed_asker(verb: Token) -> bool:
    """A bare passive participle ("When asked if he had met her, Ellis smiled"; "Asked about the plan,
    ..."): somebody the text does not name asked the question; the subject of the sentence did not."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "advcl"
        and not any(c.dep_ in _SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _own_subject(verb: Token) -> Token | None:
    """The subject of ``verb`` in its own paragraph: the parser may take a time stamp or dateline in
    the paragraph above as a second subject ("12:15 p.m.:" above "Obama says ...")."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    text = doc_text(verb.doc)
    same_paragraph = [c for c in subjects if "\n" not in text[min(c.idx, verb.idx) : max(c.idx, verb.idx)]]
    if same_paragraph:
        return same_paragraph[0]
    return subjects[0] if subjects else None


def _reporter_of_clause(head: Token) -> Token | None:
    """The speech verb whose reported clause ``head`` heads (a ccomp, or a conjunct of one), if any."""
    if _is_speech_token(head):
        return None
    current = head
    for _ in range(3):
        if current.dep_ not in ("ccomp", "conj") or current.head is current:
            return None
        current = current.head
        if _is_speech_token(current):
            return current
    return None


def _attribution_for_verb(verb: Token) -> _Attribution:
    """Cue words and speaker of a speech verb (including "quoted X as saying" and "according to X")."""
    doc = verb.doc
    if _is_according_to(verb):
        to_token = _source_phrase_end(verb)
        source = next((c for c in to_token.children if c.dep_ == "pobj"), None)
        cue = doc_text(doc)[verb.idx : to_token.idx + len(to_token)]
        if source is None:
            return _Attribution(verb, cue, None, None, None)
        start, end = _speaker_words(source)
        return _Attribution(verb, cue, start, end, source)
    quote_verb = _quoted_as_saying_verb(verb)
    if quote_verb is not None:
        cue = doc_text(doc)[quote_verb.idx : verb.idx + len(verb)]
        source = next((c for c in quote_verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if source is None:
            return _Attribution(verb, cue, None, None, None)
        start, end = _speaker_words(source)
        return _Attribution(verb, cue, start, end, source)
    cue = verb.text
    particle = PHRASAL_SPEECH_VERBS.get(verb.lemma_.lower())
    if particle is not None:
        prt = next((c for c in verb.children if c.dep_ == "prt" and c.lower_ == particle), None)
        if prt is not None and prt.i > verb.i:
            cue = doc_text(doc)[verb.idx : prt.idx + len(prt)]
    subject = _subject_of(verb)
    if subject is None:
        return _Attribution(verb, cue, None, None, None)
    start, end = _speaker_words(subject)
    return _Attribution(verb, cue, start, end, subject)


class _ArticleParse:
    """Token lookups by character offset for one Doc."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.token_starts = [t.idx for t in doc]

    def first_token_from(self, char: int) -> int:
        return bisect.bisect_left(self.token_starts, char)

    def last_token_before(self, char: int) -> int:
        return bisect.bisect_left(self.token_starts, char) - 1

    def tokens_after(self, char: int, stop_char: int) -> list[Token]:
        """Tokens from ``char`` to the end of the clause: sentence-final mark, paragraph, next quote."""
        found: list[Token] = []
        i = self.first_token_from(char)
        while i < len(self.doc) and len(found) < _AFTER_WINDOW:
            token = self.doc[i]
            if token.idx >= stop_char or (token.is_space and "\n" in token.text):
                break
            if token.text in _SENTENCE_FINAL:
                break
            found.append(token)
            i += 1
        return found

    def tokens_before(self, char: int, stop_char: int) -> list[Token]:
        """Tokens before ``char`` back to the previous sentence end, paragraph or quote (text order)."""
        found: list[Token] = []
        i = self.last_token_before(char)
        while i >= 0 and len(found) < _BEFORE_WINDOW:
            token = self.doc[i]
            if token.idx < stop_char or (token.is_space and "\n" in token.text):
                break
            if token.text in _SENTENCE_FINAL or (token.is_space and "\n" in token.text):
                break
            found.append(token)
            i -= 1
        found.reverse()
        return found


def _trailing_attribution(
    span: QuotedSpan, content_last: str, after: list[Token], verb: Token, attribution: _Attribution
) -> _Attribution | None:
    """The attribution a speech verb after a quote gives that quote ('"...," he said'), if it gives one.

    The attribution starts right after the closing mark: its first word is the speech verb ('said
    Smith') or the speaker's phrase ('Tom Jones, the mayor, said'). Any other first word starts a new
    clause with its own speaker ('"...," while most voters said the same'). After a quote closed with a
    sentence end ('"... escapades." The agency said that ...') a speech verb with a clause of its own
    reports that clause: it begins the next sentence and does not attribute the quote.
    """
    if content_last in _SENTENCE_FINAL and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    # 'On NBC's "Meet the Press," Smith said the talks had failed': a verb reporting a clause of its own
    # after a short quoted name (a show, a book, a slogan) does not attribute that name.
    quoted_words = len(doc_text(verb.doc)[span.content_start : span.content_end].split())
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i or quoted_words > _MAX_TITLE_WORDS:
            continue
        # The quote's own second half ('," he said, "...') reopens with a mark: it is not a new clause.
        reopened = any(
            t.text in _CLAUSE_BREAKERS or t.text in ("''", "``") for t in verb.doc[verb.i : clause.i]
        )
        # An adverbial clause the parser took for a complement ('," he said, as others left') is none.
        adverbial = clause.left_edge.dep_ == "mark" and clause.left_edge.lower_ not in (
            "that",
            "if",
            "whether",
        )
        if (
            any(c.dep_ in _SUBJECT_DEPS for c in clause.children)
            and clause.left_edge.i - verb.i <= 3
            and not (reopened or adverbial)
        ):
            return None
    # A verb with an object of its own after it reports that object, not the quote ('comparing them to
    # "rivals", the senator wrote a blog post'); an addressee of "told" or "asked" is not such an object.
    if verb.lemma_.lower() not in DIRECTIVE_SPEECH_LEMMAS and any(
        c.dep_ == "dobj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN") for c in verb.children
    ):
        return None
    first = next((t for t in after if not t.is_punct and not t.is_space), None)
    if first is None:
        return None
    if first.i == verb.i:
        return (
            attribution
            if attribution.speaker_start is None or attribution.speaker_start >= span.close_end
            else None
        )
    subject = attribution.speaker_head
    if (
        subject is not None
        and attribution.speaker_start is not None
        and attribution.speaker_start >= span.close_end
    ):
        # Capitalised words right before the subject belong to the speaker's name or title even when
        # the parser left them out of it ("Tulsa police Chief Chuck Jordan").
        if first.i <= subject.right_edge.i and all(
            t.is_title for t in verb.doc[first.i : subject.left_edge.i]
        ):
            return attribution
        return None
    # The parser found no subject after the quote (or took one inside it), yet a plain noun phrase sits
    # between the quote and the verb ('"...," Tulsa police Chief Jordan said'): that phrase is the speaker.
    between = verb.doc[first.i : verb.i]
    if all(t.pos_ in _NAME_PHRASE_POS or t.is_title for t in between):
        words_end = between[-1].idx + len(between[-1])
        return _Attribution(verb, attribution.cue, first.idx, words_end, between[-1])
    return None


def _colon_speaker(before: list[Token]) -> _Attribution | None:
    """'Opposition leader Victor Hale: "..."': a bare name phrase and a colon introduce the speaker's
    words (interview transcripts, live blogs). The phrase must be the whole of the words before the
    colon and hold a proper name; the colon is the cue."""
    if len(before) < 2 or before[-1].text != ":":
        return None
    phrase = [t for t in before[:-1] if not t.is_space]
    if not phrase or len(phrase) > _MAX_COLON_SPEAKER_TOKENS:
        return None
    if not all(t.pos_ in _NAME_PHRASE_POS or t.is_title for t in phrase):
        return None
    names = [t for t in phrase if t.pos_ == "PROPN"]
    if not names:
        return None
    colon = before[-1]
    return _Attribution(colon, ":", phrase[0].idx, phrase[-1].idx + len(phrase[-1]), names[-1])


def _attribute_quoted_span(
    parse: _ArticleParse, span: QuotedSpan, previous_close: int, next_open: int
) -> _Attribution | None:
    """The attribution of a quoted span when it is an utterance of its own, else None (a fragment)."""
    text = parse.text
    before_text = text[previous_close : span.open_at].rstrip()
    # A colon may end the paragraph before the quote ('Cruz continued:' then the quoted paragraph): the
    # words before the colon introduce it as if they stood on the same line.
    introduced_at = previous_close + len(before_text) if before_text.endswith(":") else span.open_at
    before = parse.tokens_before(introduced_at, previous_close)
    after = parse.tokens_after(span.close_end, next_open)

    def cue_before() -> _Attribution | None:
        for token in reversed(before):
            if _is_quote_cue(token) or _cites_a_source(token):
                return _attribution_for_verb(token)
        return None

    # 'Li said: "..."' and 'quoted Li as saying: "..."': a colon introduces the utterance.
    if before_text.endswith(":"):
        found = cue_before() or _colon_speaker(before)
        if found is not None:
            return found
    # '"...," he said' / '"...," said Li' / '"...," according to X': the cue's subject follows the quote.
    content_last = text[span.content_end - 1]
    if after and (content_last in _UTTERANCE_FINAL or after[0].text in (",", "—", "-", "–")):
        for token in after:
            if _cites_a_source(token):
                return _attribution_for_verb(token)
            if _is_quote_cue(token):
                trailing = _trailing_attribution(
                    span, content_last, after, token, _attribution_for_verb(token)
                )
                if trailing is not None:
                    return trailing
                break
    # 'He said, "..."' / 'He told reporters "..."': the cue (or its object) is right before the mark.
    if before:
        last = before[-1]
        # The mark follows the cue itself or the cue's addressee ("told reporters", "told Reuters on
        # Monday"); a mark after any other word is a fragment inside a clause.
        addressee = last.dep_ in ("dobj", "dative", "pobj", "npadvmod") and (
            _is_speech_token(last.head) or _is_speech_token(last.head.head)
        )
        # "said that, "..."" makes the quote part of a reported clause (mixed), not an utterance.
        after_complementiser = before_text[:-1].rstrip().lower().endswith(" that")
        # Without a comma or colon, an utterance opens with a capital ('told reporters "We ..."'); a
        # lower-case start continues the reporter's own clause ('told Reuters "the budget" would pay')
        # unless the quote right after the verb runs to the sentence end ('added "do not expect it."').
        lower_start = text[span.content_start].islower()
        after_close = text[span.close_end : span.close_end + 2].lstrip(" ")
        ends_sentence = text[span.content_start : span.content_end].rstrip(_NESTED_CLOSERS)[
            -1:
        ] in _SENTENCE_FINAL or after_close[:1] in ("", "\n", *_SENTENCE_FINAL)
        introduces = (
            (before_text.endswith(",") and not after_complementiser)
            or (_is_quote_cue(last) and (not lower_start or ends_sentence))
            or (addressee and not lower_start)
        )
        if introduces:
            return cue_before()
    return None


# --- reported clauses ---------------------------------------------------------------------------


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading complementiser "that", and surrounding punctuation and whitespace."""
    while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
        start += 1
    if text[start : start + 5].lower() == "that " or text[start : start + 5].lower() == "that\n":
        start += 5
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:—–-"):
        end -= 1
    return start, end


def _content_tokens(verb: Token) -> tuple[Token, Token] | None:
    """First and last token of a speech verb's reported content, or None when it reports none."""
    children = list(verb.children)
    # A comma-separated speech verb after this one is the attribution of this verb's own clause,
    # misattached ("Tambo would urge X, Maharaz said"), not a clause reported by this verb.
    clauses = [
        c
        for c in children
        if c.dep_ == "ccomp"
        and not (c.i > verb.i and _is_speech_token(c) and verb.doc[max(c.left_edge.i - 1, 0)].text == ",")
    ]
    # With a clause after the verb too, a clause before it across a line break is not its report: the
    # parser joined the previous line into this sentence. (Alone it stays: some archives wrap lines.)
    if any(c.i > verb.i for c in clauses):
        clauses = [
            c for c in clauses if c.i > verb.i or "\n" not in doc_text(verb.doc)[c.left_edge.idx : verb.idx]
        ]
    if clauses:
        first = min(clauses, key=lambda c: c.left_edge.i)
        start = first.left_edge
        if first.i < verb.i:
            return start, first.right_edge
        # A clause reported after the verb runs on through the verb's other clausal dependents
        # ("He said that A, B are stable" parses B as a second ccomp or parataxis).
        end = first.right_edge
        for child in children:
            # ... but not through a second report ("Half said A, and a third said B").
            if child.i > first.i and child.dep_ in ("ccomp", "parataxis") and not _is_speech_token(child):
                end = max(end, child.right_edge, key=lambda t: t.i)
        return start, end
    # "Britain will stress X, the officials told Reuters": the parser sometimes hangs the speech verb
    # off the reported clause instead of the reverse; the content is then the head's words before it.
    head = verb.head
    if (
        verb.dep_ in ("ccomp", "parataxis")
        and head.i < verb.i
        and not _is_speech_token(head)
        and verb.left_edge.i - 1 > head.left_edge.i
        and verb.doc[verb.left_edge.i - 1].text == ","
        and _subject_of(verb) is not None
        # ... within its paragraph: the parser may join a line break's two paragraphs into one sentence.
        and "\n" not in doc_text(verb.doc)[head.left_edge.idx : verb.idx]
    ):
        return head.left_edge, verb.doc[verb.left_edge.i - 1]
    clause = _clause_after_medium(verb) or _clause_around_parenthetical(verb)
    if clause is not None:
        return clause.left_edge, clause.right_edge
    if verb.lemma_.lower() in DIRECTIVE_SPEECH_LEMMAS:
        objects = [c for c in children if c.dep_ in ("dobj", "dative")]
        infinitives = [c for c in children if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)]
        if objects and infinitives and objects[0].i < infinitives[0].i:
            return objects[0].left_edge, infinitives[0].right_edge
    return None


def _is_generic_use(verb: Token) -> bool:
    """A speech verb that reports nobody's speech act: an imperative addressed to the reader ("Ask
    yourself whether ...", "Note that ..."). (A restrictive relative clause, "voters who say the economy
    matters most", still reports what a group said: it stays.)"""
    has_subject = any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
    has_auxiliary = any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    return verb.tag_ == "VB" and not has_subject and not has_auxiliary and verb.dep_ in ("ROOT", "conj")


def _clause_after_medium(verb: Token) -> Token | None:
    """The that-clause the parser hung on the medium of a report ("said in a statement that ...",
    "told reporters on Monday that ...", "wrote on X that ...", "said on X, formerly Twitter, that"):
    the parse makes it a clause of a noun ("a statement that ..."), but after the verb's own phrases of
    medium, addressee and time, with no other verb in between, it is the report."""
    doc = verb.doc
    for token in doc[verb.i + 1 : min(len(doc), verb.i + _MAX_MEDIUM_TOKENS)]:
        if token.pos_ in ("VERB", "AUX") or token.text in _SENTENCE_FINAL:
            return None
        if token.lower_ != "that":
            continue
        clause = token.head
        is_report = (
            token.dep_ == "mark"
            and clause.dep_ in ("acl", "relcl", "ccomp")
            and clause.left_edge.i == token.i
            and clause.head.pos_ in ("NOUN", "PROPN")
            and verb.is_ancestor(clause)
            and any(c.dep_ in _SUBJECT_DEPS for c in clause.children)
        )
        return clause if is_report else None
    return None


def _clause_around_parenthetical(verb: Token) -> Token | None:
    """The clause a parenthetical attribution interrupts ("This campaign, he says, is different"): the
    parser makes the attribution a dependent of the reported clause; the report is that whole clause."""
    doc = verb.doc
    head = verb.head
    # The commas around the attribution may belong to its subtree or sit just outside it.
    before = verb.left_edge.i if verb.left_edge.text == "," else verb.left_edge.i - 1
    after = verb.right_edge.i if verb.right_edge.text == "," else verb.right_edge.i + 1
    if verb.dep_ not in ("parataxis", "ccomp") or head.i < verb.i or _is_speech_token(head):
        return None
    if before <= head.left_edge.i or after >= len(doc) or doc[before].text != "," or doc[after].text != ",":
        return None
    if not any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    return head


def _starts_subjected_conjunct(token: Token) -> bool:
    """True for "but"/"and" before a conjoined clause with its own subject ("..., but it was confident"):
    the reporter is still reporting. Without a subject (", but refused to ...") it is the speaker's
    next action, not reported content."""
    if token.dep_ == "punct":
        return True
    if token.dep_ == "cc":
        conjunct = next((c for c in token.head.rights if c.dep_ == "conj" and c.i > token.i), None)
    else:
        conjunct = token if token.dep_ == "conj" else None
    return conjunct is not None and any(c.dep_ in _SUBJECT_DEPS for c in conjunct.children)


def _run_on_to_sentence_end(verb: Token, last: Token) -> Token:
    """Extend a clause reported after its verb to the end of the sentence.

    The parser often hangs a comma splice or a second coordinated clause off the wrong head ("He said
    that A have strong ties, they are very stable" makes "said" depend on "are"), but in news the
    reported content runs to the sentence end unless another report starts ("..., adding that",
    "..., according to").
    """
    doc = last.doc
    i = last.i + 1
    limit = min(len(doc), last.i + _RUN_ON_WINDOW)
    while i < limit:
        token = doc[i]
        if token.text in _SENTENCE_FINAL or (token.is_space and "\n" in token.text):
            return doc[i - 1]
        # Another report, a quotation, a parenthetical dash, or a dependent of the speech verb itself
        # (", but refused to ...") ends the reported clause where the parse ended it.
        if (
            _is_speech_token(token)
            or _is_according_to(token)
            or token.text in _DASHES
            or (token.head.i == verb.i and not _starts_subjected_conjunct(token))
            # The clause the report sits in goes on ("Cole, who said A, voted no").
            or (verb.dep_ in ("relcl", "advcl") and token.is_ancestor(verb))
            # The report is itself sourced after it ("X told Y that A, state media reported").
            or (verb.dep_ == "ccomp" and token.i == verb.head.i and token.lemma_.lower() == "report")
        ):
            return last
        i += 1
    return last


def _before_next_report(verb: Token, first: Token, last: Token) -> Token:
    """End a reported clause before a second report of the same speaker that the parse put inside it.

    "He said A and said that B", "She says A and tells the crowd B", "Half said A, and a third said B"
    and "X said A, adding B" are two speech acts: the parser often hangs the second report off the
    first one's clause. A speech verb coordinated inside the clause in the reporter's tense (or with a
    subject of its own), or a participial speech verb after a comma, starts the next report. A
    coordinated verb in another form stays ("he would go and tell them") as the speaker's own words.
    """
    doc = verb.doc
    for token in doc[first.i + 1 : last.i + 1]:
        if not _is_speech_token(token) or token.i == verb.i:
            continue
        own_subject = any(c.dep_ in _SUBJECT_DEPS for c in token.children)
        after_coordinator = doc[max(token.left_edge.i - 1, 0)].dep_ in ("cc", "punct")
        coordinated = (token.dep_ == "conj" and (token.tag_ == verb.tag_ or own_subject)) or (
            own_subject and after_coordinator and token.tag_ == verb.tag_
        )
        participle = token.tag_ == "VBG" and (
            doc[token.i - 1].text == "," or doc[token.i - 1].text in _DASHES
        )
        if not (coordinated or participle):
            continue
        cut = token.left_edge.i if coordinated else token.i
        while cut > first.i + 1 and (doc[cut - 1].dep_ in ("cc", "punct") or doc[cut - 1].is_space):
            cut -= 1
        if cut - 1 > first.i:
            return doc[cut - 1]
    # A coordinator left dangling at the end once a second report was split off ("A, and").
    while last.i > first.i and (last.dep_ in ("cc", "punct") or last.is_space):
        last = doc[last.i - 1]
    return last


def _according_to_content(according: Token) -> tuple[Token, Token] | None:
    """The clause an "according to X" phrase attributes: the rest of its clause, on the larger side."""
    head = according.head
    if head is according or head.pos_ not in ("VERB", "AUX"):
        return None
    doc = according.doc
    left_start, left_end = head.left_edge.i, according.left_edge.i - 1
    right_start, right_end = according.right_edge.i + 1, head.right_edge.i
    if right_end - right_start >= left_end - left_start:
        if right_end < right_start:
            return None
        return doc[right_start], doc[right_end]
    return doc[left_start], doc[left_end]


class _Spans:
    """Half-open character spans, merged and sorted once, answering "is this position inside one?" by
    bisection: asked for every token of an article, a scan over all spans made extraction quadratic."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(s for s in spans if s[0] < s[1]):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]

    def __contains__(self, position: int) -> bool:
        index = bisect.bisect_right(self._starts, position) - 1
        return index >= 0 and position < self._ends[index]


# --- the extractor ------------------------------------------------------------------------------


def _resolve_speaker(
    attribution: _Attribution, actors: ArticleActors
) -> tuple[Mention | None, str | None, bool]:
    """The mention naming the speaker, the speaker's words, and whether they are a bare pronoun."""
    if attribution.speaker_head is None or attribution.speaker_start is None:
        return None, None, False
    head = attribution.speaker_head
    text = doc_text(head.doc)
    words = text[attribution.speaker_start : attribution.speaker_end]
    # The mention must cover the subject's head word: "Chinese officials" is not China speaking.
    mention = actors.mention_at(head.idx, head.idx + len(head))
    if mention is None:
        # "A spokesman, John Smith, said": the name in apposition identifies the speaker.
        for child in head.rights:
            if child.dep_ == "appos":
                mention = actors.mention_at(child.idx, child.idx + len(child))
                break
    return mention, words, head.lower_ in SPEAKER_PRONOUNS


def _actor_by_name(head: Token, actors: ArticleActors) -> tuple[str, str] | None:
    """Last resort for a proper-name speaker the actors extractor left without a mention: the one
    actor whose name, surname/last word or alias is that word ("said Maharaz" -> "Mac Maharaz")."""
    if head.pos_ != "PROPN":
        return None
    word = head.text
    found = {
        (actor.local_key, "named" if word in actor.name.split() else "alias")
        for actor in actors.actors
        if word in actor.name.split() or word in actor.aliases
    }
    return found.pop() if len(found) == 1 else None


def _principal_of_spokesperson(head: Token, actors: ArticleActors) -> tuple[str, str] | None:
    """The actor a spokesperson or an office speaks for ("a spokesman for Vogel", "Vogel's office").

    Whoever speaks on behalf of a person or an organisation is reported as that principal speaking; the
    principal is the possessor, the object of "for"/"of" or a noun before the title ("a company
    spokeswoman"), resolved through its mention. A possessive pronoun of an organisation ("its
    spokesman") or a noun of an organisation's kind ("a spokesman for the company") stands for the
    organisation named most recently before.
    """
    if head.lemma_.lower() not in SPOKESPERSON_NOUNS:
        return None
    principals = [c for c in head.children if c.dep_ in ("poss", "compound")]
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of"):
            principals += [c for c in prep.children if c.dep_ == "pobj"]
    for principal in principals:
        mention = actors.mention_at(principal.idx, principal.idx + len(principal))
        if mention is not None:
            return mention.local_key, "title"
        refers_back = principal.lower_ in ORGANISATION_POSSESSIVES or (
            principal.pos_ == "NOUN" and principal.lemma_.lower() in ORGANISATION_KIND_NOUNS
        )
        if refers_back:
            return _organisation_named_before(principal.idx, actors)
    return None


def _author_of_utterance(head: Token, actors: ArticleActors) -> tuple[str, str] | None:
    """The author of a statement, a letter or a speech ("according to a statement from the union"):
    the object of "from"/"by"/"of", through its mention, or the organisation its kind refers back to."""
    if head.lemma_.lower() not in UTTERANCE_NOUNS:
        return None
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.lower_ not in ("from", "by", "of"):
            continue
        for author in (c for c in prep.children if c.dep_ == "pobj"):
            mention = actors.mention_at(author.idx, author.idx + len(author))
            if mention is not None:
                return mention.local_key, "title"
            return _principal_of_spokesperson(author, actors) or _organisation_by_description(author, actors)
    return None


def _organisation_by_description(head: Token, actors: ArticleActors) -> tuple[str, str] | None:
    """The organisation a definite description names ("the utility said" -> the utility named before).

    News introduces an organisation by name and then refers to it by its kind ("Escom ... The utility
    said"). A definite noun of an organisation kind refers back to the organisation actor named most
    recently before it; anything else ("a company", "the officials") is left unresolved.
    """
    if head.pos_ != "NOUN" or head.lemma_.lower() not in ORGANISATION_KIND_NOUNS:
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children):
        return None
    return _organisation_named_before(head.idx, actors)


def _organisation_named_before(position: int, actors: ArticleActors) -> tuple[str, str] | None:
    """The organisation actor named (by name or alias) most recently before ``position``."""
    organisations = {a.local_key for a in actors.actors if a.actor_type == "organization"}
    named_before = [
        m
        for m in actors.mentions
        if m.local_key in organisations and m.mention_kind in ("name", "alias") and m.char_end <= position
    ]
    if not named_before:
        return None
    return max(named_before, key=lambda m: m.char_start).local_key, "title"


def _meeting_for(speaker_key: str | None, char_start: int, meetings: list[LocalMeeting]) -> str | None:
    """The reported (non-background) meeting the speaker took part in, nearest before the quote."""
    if speaker_key is None:
        return None
    candidates = [
        m for m in meetings if not m.is_background and any(p.local_key == speaker_key for p in m.participants)
    ]
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0].local_key

    def distance(meeting: LocalMeeting) -> tuple[int, int]:
        starts = [e.char_start for e in meeting.evidence] or [0]
        before = [char_start - s for s in starts if s <= char_start]
        return (0, min(before)) if before else (1, min(s - char_start for s in starts))

    return min(candidates, key=distance).local_key


def _quoted_span_drafts(
    parse: _ArticleParse, spans: list[QuotedSpan]
) -> tuple[list[_Draft], list[QuotedSpan]]:
    """Attributed direct quotes, and the unattributed spans (fragments, continued paragraphs)."""
    drafts: list[_Draft] = []
    fragments: list[QuotedSpan] = []
    for index, span in enumerate(spans):
        previous_close = spans[index - 1].close_end if index else 0
        next_open = spans[index + 1].open_at if index + 1 < len(spans) else len(parse.text)
        attribution = _attribute_quoted_span(parse, span, previous_close, next_open)
        if attribution is None:
            fragments.append(span)
            continue
        pieces = _paragraph_pieces(parse.text, span)
        trailing = attribution.cue_token is not None and attribution.cue_token.idx >= span.close_end
        lead_start = _reporter_lead(parse, span) if trailing and len(pieces) == 1 else None
        if lead_start is not None:
            drafts.append(_Draft(lead_start, span.close_end, "mixed", attribution, span))
            continue
        # A quote running over several paragraphs is one quotation per paragraph, all of them the words
        # of the speaker its attribution names (before the first or after the last paragraph).
        drafts += [_Draft(p.content_start, p.content_end, "direct", attribution, p) for p in pieces]
    return drafts, fragments


def _paragraph_pieces(text: str, span: QuotedSpan) -> list[QuotedSpan]:
    """``span`` cut at its paragraph breaks: each paragraph of a quote continued by news convention
    (a mark reopens each paragraph, only the last one closes) is a piece with its own marks."""
    pieces: list[QuotedSpan] = []
    open_at, start = span.open_at, span.content_start
    while True:
        newline = text.find("\n", start, span.content_end)
        if newline == -1:
            break
        end = len(text[:newline].rstrip())
        reopen = _next_paragraph_reopens(text, newline)
        if reopen is None or reopen >= span.content_end:
            break
        if end > start:
            pieces.append(QuotedSpan(open_at, start, end, end, span.is_double))
        open_at, start = reopen, reopen + 1
        while start < span.content_end and text[start].isspace():
            start += 1
    pieces.append(QuotedSpan(open_at, start, span.content_end, span.close_end, span.is_double))
    return pieces


def _reporter_lead(parse: _ArticleParse, span: QuotedSpan) -> int | None:
    """Start of the reporter's own words that open the sentence of a quote attributed after it, if any.

    In 'The country "has made dramatic changes," McConnell said' the quoted words finish a clause the
    reporter began: the reported content is the whole clause, a mixed quotation (guideline: "the whole
    content clause including its inner quotation marks"). Words that carry no content ('But "we will
    win," he said') or that are themselves an attribution ('He said, "..."') do not make a lead.
    """
    text = parse.text
    before = parse.last_token_before(span.open_at)
    if before < 0:
        return None
    paragraph_start = text.rfind("\n", 0, span.open_at) + 1
    start = max(paragraph_start, parse.doc[before].sent.start_char)
    lead: list[Token] = []
    for token in reversed(parse.doc[parse.first_token_from(start) : before + 1]):
        # The sentence parser may run two sentences together: a sentence end also ends the lead.
        if token.text in _SENTENCE_FINAL:
            break
        if not token.is_space:
            lead.append(token)
    lead.reverse()
    if not any(t.pos_ in _CONTENT_POS for t in lead):
        return None
    if any(_is_quote_cue(t) or _is_according_to(t) for t in lead):
        return None
    return lead[0].idx


def _clause_drafts(
    parse: _ArticleParse, direct: list[_Draft], fragments: list[QuotedSpan]
) -> tuple[list[_Draft], set[int]]:
    """Indirect and mixed quotations from the parse; also the fragments they absorbed (by open_at)."""
    text = parse.text
    direct_extents = [
        (min(d.char_start, d.marks.open_at), max(d.char_end, d.marks.close_end))
        if d.marks
        else (d.char_start, d.char_end)
        for d in direct
    ]
    direct_opens = sorted(start for start, _ in direct_extents)
    # A report inside somebody's quoted utterance ('"... I told them, we are ready."') is part of that
    # utterance, not a quotation of the article, even when the utterance is a continued paragraph.
    utterances = _Spans(
        direct_extents
        + [
            (f.open_at, f.close_end)
            for f in fragments
            if len(text[f.content_start : f.content_end].split()) >= _MIN_CONTINUATION_WORDS
        ]
    )
    direct_spans = _Spans(direct_extents)
    direct_cues = {d.attribution.cue_token.i for d in direct if d.attribution.cue_token is not None}
    drafts: list[_Draft] = []
    absorbed: set[int] = set()
    for token in parse.doc:
        if token.idx in utterances:
            continue
        if _is_according_to(token):
            # '"...," X said, according to CNN': the phrase names where a direct quote's attribution
            # came from; the rest of its clause is that attribution, not a quotation of its own.
            if not _cites_a_source(token) or token.head.i in direct_cues:
                continue
            edges = _according_to_content(token)
        elif _is_speech_token(token) and not _is_generic_use(token):
            edges = _content_tokens(token)
        else:
            continue
        if edges is None:
            continue
        first, last = edges
        # A clause never starts in the previous paragraph (the parser may hang a closing mark on it).
        paragraph_start = text.rfind("\n", first.idx, first.head.idx if first.head.i > first.i else last.idx)
        while first.i < last.i and first.idx <= paragraph_start:
            first = first.nbor()
        if first.i > token.i:
            last = _before_next_report(token, first, _run_on_to_sentence_end(token, last))
            first = _after_time_of_report(first, last)
        start, end = first.idx, last.idx + len(last)
        # The clause of a direct quote's own attribution ('He said, "..."') is that quote, not another.
        if start in direct_spans or first.head.idx in direct_spans:
            continue
        # A reported clause stops at a paragraph break and before a direct quote it introduces.
        paragraph_break = text.find("\n", start, end)
        if paragraph_break != -1:
            end = paragraph_break
        next_direct = bisect.bisect_right(direct_opens, start)
        cut_by_quote = next_direct < len(direct_opens) and direct_opens[next_direct] < end
        end = direct_opens[next_direct] if cut_by_quote else end
        start, end = _trim(text, start, end)
        if end - start < 8 or not any(ch.isalpha() for ch in text[start:end]):
            continue
        # Cut at a quote, what is left holds its own cue: a parenthetical attribution whose clause went
        # on as a direct quote ('The deal, Allen said, "is the best we could get."') has that quote.
        if cut_by_quote and start <= token.idx < end:
            continue
        # The quoted fragments in the clause; one that ends the sentence closes after the clause's last
        # word ('... them “slogans and delays.”'), past the final stop the clause was cut at.
        inner = [
            f
            for f in fragments
            if start <= f.open_at < end and not text[end : f.content_end].strip(_UTTERANCE_FINAL_OR_SPACE)
        ]
        quote_type = "mixed" if inner else "indirect"
        if inner and end < inner[-1].close_end:
            end = inner[-1].close_end  # keep the closing mark of a fragment that ends the clause
        absorbed.update(f.open_at for f in inner)
        drafts.append(_Draft(start, end, quote_type, _attribution_for_verb(token)))
    return _outermost(drafts), absorbed


def _after_time_of_report(first: Token, last: Token) -> Token:
    """Skip the day of the report that the parser put at the start of the reported clause ("said
    Tuesday the bridge would reopen": "Tuesday" modifies "said", not "reopen"). Only a bare date or
    time phrase before a clause with a subject of its own ("said Tuesday's vote was ..." keeps it), bare
    or in a preposition ("said on Monday it was reviewing ...")."""
    dated = first.dep_ == "prep" and any(
        o.ent_type_ in ("DATE", "TIME") for o in first.children if o.dep_ == "pobj"
    )
    if dated and first.right_edge.i < last.i:
        rest = first.doc[first.right_edge.i + 1]
        if any(c.dep_ in _SUBJECT_DEPS and c.i >= rest.i for c in first.head.children):
            return rest
    phrase = first
    while phrase.head.i != phrase.i and phrase.head.i <= last.i and phrase.head.left_edge.i == first.i:
        if phrase.dep_ == "npadvmod":
            break
        phrase = phrase.head
    if phrase.dep_ != "npadvmod" or phrase.ent_type_ not in ("DATE", "TIME") or phrase.right_edge.i >= last.i:
        return first
    rest = first.doc[phrase.right_edge.i + 1]
    clause = phrase.head
    if not any(c.dep_ in _SUBJECT_DEPS and c.i >= rest.i for c in clause.children):
        return first
    return rest


def _outermost(drafts: list[_Draft]) -> list[_Draft]:
    """Drop a reported clause nested inside another ("X said Y told him that Z" is one report)."""
    drafts.sort(key=lambda d: (d.char_start, -d.char_end))
    kept: list[_Draft] = []
    for draft in drafts:
        if kept and draft.char_start < kept[-1].char_end:
            continue
        kept.append(draft)
    return kept


def _interrupting_attribution(text: str, span: QuotedSpan, direct: list[_Draft]) -> _Attribution | None:
    """The attribution of an utterance the reporter interrupted to name its speaker, if ``span`` resumes one.

    News breaks one utterance around its attribution: '"We are ready," Smith said. "We have waited long
    enough."' The second part has no cue of its own; the cue between the two parts attributes both. It is
    recognised by position, not length: the previous direct quote ends in the same paragraph, and the text
    between them is that quote's own attribution (its cue lies there) and nothing else quoted.
    """
    previous = None
    for draft in direct:
        if draft.marks is not None and draft.marks.close_end <= span.open_at:
            previous = draft
    if previous is None or previous.marks is None or previous.attribution.cue_token is None:
        return None
    gap_start, gap_end = previous.marks.close_end, span.open_at
    if "\n" in text[gap_start:gap_end] or gap_end - gap_start > _MAX_INTERRUPTION_CHARS:
        return None
    if not gap_start <= previous.attribution.cue_token.idx < gap_end:
        return None
    return previous.attribution


def _continuations(
    text: str, fragments: list[QuotedSpan], absorbed: set[int], direct: list[_Draft]
) -> list[_Draft]:
    """Unattributed quotes that stand as sentences of their own: the previous speaker goes on talking.

    Either the rest of an utterance interrupted by its attribution (which then attributes it too), or a
    paragraph-opening quote continuing the previous speaker (news convention; lower confidence).
    """
    drafts = []
    for span in fragments:
        if span.open_at in absorbed:
            continue
        # It must be a sentence of its own: after a paragraph start or a sentence end, and followed by
        # the paragraph end or the next sentence (a scare quote sits inside its sentence).
        paragraph_start = text.rfind("\n", 0, span.open_at) + 1
        lead = text[paragraph_start : span.open_at].rstrip()
        if lead and lead[-1] not in _SENTENCE_FINAL and not lead.endswith(("”", '"', "''")):
            continue
        paragraph_end = text.find("\n", span.close_end)
        rest = text[span.close_end : paragraph_end if paragraph_end != -1 else len(text)].lstrip()
        if rest and not (rest[0] in "“\"'" or rest[0].isupper()):
            continue
        # The utterance ends with its own punctuation, possibly inside a nested quote ("... 'crime.'").
        if text[span.content_start : span.content_end].rstrip(_NESTED_CLOSERS)[-1:] not in _UTTERANCE_FINAL:
            continue
        interrupted = _interrupting_attribution(text, span, direct)
        if interrupted is not None:
            drafts.append(_Draft(span.content_start, span.content_end, "direct", interrupted, span))
            continue
        if len(text[span.content_start : span.content_end].split()) < _MIN_CONTINUATION_WORDS:
            continue
        no_cue = _Attribution(None, None, None, None, None)
        drafts.append(_Draft(span.content_start, span.content_end, "direct", no_cue, span))
    return drafts


def _headline_test(text: str) -> Callable[[int], bool]:
    """:func:`_in_headline` answered once per paragraph (a paragraph's verdict is the same for every
    position in it, and finding the paragraph is a scan of the text)."""
    breaks = [i for i, char in enumerate(text) if char == "\n"]
    verdicts: dict[int, bool] = {}

    def test(position: int) -> bool:
        index = bisect.bisect_right(breaks, position - 1)
        start = breaks[index - 1] + 1 if index else 0
        if start not in verdicts:
            verdicts[start] = _in_headline(text, start)
        return verdicts[start]

    return test


def _in_headline(text: str, position: int) -> bool:
    """True inside a headline: a paragraph in title case with no sentence end ("Minister Says Talks
    Have Failed"), or the article's first paragraph in title case even with one (some archives end a
    headline with a period). A headline paraphrases the story's quotations; it is not one of them."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    paragraph = text[start : end if end != -1 else len(text)].strip()
    is_first = not text[:start].strip()
    # Some archives end every headline with a period: a title-case paragraph of one sentence with no
    # quotation marks is a headline wherever it stands.
    one_sentence = not any(f"{mark} " in paragraph for mark in _SENTENCE_FINAL)
    unquoted = not any(mark in paragraph for mark in '"“”')
    if not paragraph or (
        paragraph[-1] in _SENTENCE_FINAL and not is_first and not (one_sentence and unquoted)
    ):
        return False
    words = [w for w in paragraph.split() if w[:1].isalpha() and len(w) > 3]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= _HEADLINE_CAPITALISED * len(words)


def extract_quotes(
    doc: Doc, meta: ArticleMeta, actors: ArticleActors, meetings: list[LocalMeeting]
) -> list[LocalQuote]:
    """Every reported speech act in one article, in text order.

    ``meta`` is accepted for the extractors' common signature; the text is ``doc.text``.
    """
    del meta  # the Doc carries the text every offset indexes
    text = doc_text(doc)
    parse = _ArticleParse(doc)
    spans = find_quoted_spans(text)
    direct, fragments = _quoted_span_drafts(parse, spans)
    clauses, absorbed = _clause_drafts(parse, direct, fragments)
    drafts = direct + clauses + _continuations(text, fragments, absorbed, direct)
    in_headline = _headline_test(text)
    drafts = sorted((d for d in drafts if not in_headline(d.char_start)), key=lambda d: d.char_start)

    sentences = SentenceIndex(doc)
    quotes: list[LocalQuote] = []
    previous: LocalQuote | None = None
    speakers: list[str] = []  # the resolved speakers so far, for the pronoun fallback
    for draft in drafts:
        mention, words, is_pronoun = _resolve_speaker(draft.attribution, actors)
        confidence = _TYPE_CONFIDENCE[draft.quote_type]
        by_name = None
        if mention is None and draft.attribution.speaker_head is not None:
            head = draft.attribution.speaker_head
            by_name = (
                _actor_by_name(head, actors)
                or _principal_of_spokesperson(head, actors)
                or _author_of_utterance(head, actors)
                or _organisation_by_description(head, actors)
                or _person_by_description(head, actors)
            )
        if mention is not None:
            speaker_key: str | None = mention.local_key
            resolution = _MENTION_KIND_RESOLUTION.get(mention.mention_kind, "alias")
        elif by_name is not None:
            speaker_key, resolution = by_name
        elif draft.attribution.cue is None and previous is not None:
            if draft.char_start - previous.char_end > _CONTINUATION_REACH:
                continue
            # A sentence-long quote with no attribution continues the previous speaker only when that
            # speaker's quotation is in the same or the paragraph just before: a paragraph of the
            # reporter's own words in between ends the speaker's turn, so there is nobody to inherit from.
            paragraphs_between = text[previous.char_end : draft.char_start].split("\n")[1:-1]
            if any(line.strip() for line in paragraphs_between):
                continue
            speaker_key, resolution = previous.speaker_local_key, previous.speaker_resolution
            words = previous.speaker_text
            confidence *= _NO_CUE_FACTOR
        elif draft.attribution.cue is None:
            continue
        elif is_pronoun and (inherited := _latest_compatible(speakers, draft.attribution, actors)):
            # Last resort when coreference gave nothing: '"...," he added.' continues the last speaker
            # the pronoun can stand for ("they" is not the last person quoted).
            speaker_key, resolution = inherited, "pronoun"
            confidence *= _INHERITED_FACTOR
        else:
            speaker_key, resolution = None, "unresolved"
        confidence *= _RESOLUTION_CONFIDENCE[resolution]
        quote = LocalQuote(
            char_start=draft.char_start,
            char_end=draft.char_end,
            quote_text=text[draft.char_start : draft.char_end],
            quote_type=draft.quote_type,
            cue=draft.attribution.cue,
            speaker_local_key=speaker_key,
            speaker_text=words,
            speaker_resolution=resolution,
            sentence_index=sentences.index_at(draft.char_start),
            meeting_local_key=_meeting_for(speaker_key, draft.char_start, meetings),
            confidence=round(confidence, 3),
        )
        quotes.append(quote)
        previous = quote
        speakers += [speaker_key] if speaker_key else []
    return quotes


def _latest_compatible(speakers: list[str], attribution: _Attribution, actors: ArticleActors) -> str | None:
    """The most recent speaker a pronoun speaker can refer to: a person for "he"/"she", an organisation
    or a country for "it" or "they" (dipnews/lexicons/speech.yaml, pronoun_speaker_types)."""
    pronoun = attribution.speaker_head
    kinds = PRONOUN_SPEAKER_TYPES.get(pronoun.lower_, ()) if pronoun is not None else ()
    wanted = GENDERED_PRONOUNS.get(pronoun.lower_) if pronoun is not None else None
    for key in reversed(speakers):
        actor = actors.actor(key)
        if actor is not None and actor.actor_type in kinds and _gender_of(key, actors) in (None, wanted):
            return key
    return None


def _gender_of(key: str, actors: ArticleActors) -> str | None:
    """An actor's gender as the article tells it: the gendered pronouns resolved to them, if they agree."""
    found = {
        GENDERED_PRONOUNS[m.mention_text.lower()]
        for m in actors.mentions
        if m.local_key == key and m.mention_kind == "pronoun" and m.mention_text.lower() in GENDERED_PRONOUNS
    }
    return found.pop() if len(found) == 1 else None


def _person_by_description(head: Token, actors: ArticleActors) -> tuple[str, str] | None:
    """The person a definite description refers back to ("Jane Doe ... the mother of three said"):
    the person mentioned most recently before it, within two short paragraphs, whose gender as the
    article tells it does not contradict the description's (dipnews/extract/lexicons/speech.yaml)."""
    gender = PERSON_DESCRIPTION_NOUNS.get(head.lower_)
    if gender is None or head.tag_ in ("NNS", "NNPS"):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    persons = {a.local_key for a in actors.actors if a.actor_type == "person"}
    before = [
        m
        for m in actors.mentions
        if m.local_key in persons
        and head.idx - _CONTINUATION_REACH <= m.char_start
        and m.char_end <= head.idx
    ]
    recent = list(dict.fromkeys(m.local_key for m in sorted(before, key=lambda m: -m.char_start)))
    if gender == "any":
        return (recent[0], "title") if recent else None
    # A gendered description ("the woman") takes the latest person known to fit, else the only person
    # whose gender is not known: of two such people the text does not say which one it means.
    genders = {key: _gender_of(key, actors) for key in recent}
    fitting = [key for key in recent if genders[key] == gender]
    unknown = [key for key in recent if genders[key] is None]
    if fitting:
        return fitting[0], "title"
    return (unknown[0], "title") if len(unknown) == 1 else None
