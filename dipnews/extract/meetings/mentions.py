"""The meeting mentions of an article, sentence by sentence (step 1 of :mod:`.extractor`).

One Matcher pass (:mod:`.triggers`, built from the lexicon) finds the trigger words; each sentence's
triggers become mentions through :mod:`.verbs` or :mod:`.nouns`, then get their status
(:mod:`.status`), date (:mod:`.when`), place (:mod:`.place`), roles (:mod:`.roles`) and attendees, and
are split or folded per sentence (:mod:`.splitting`).
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from dipnews.extract.dates import DateExpression
from dipnews.extract.meetings.lexicon import NOUN_TRIGGERS, VERB_PHRASES, VERB_TRIGGERS
from dipnews.extract.meetings.nouns import noun_mention
from dipnews.extract.meetings.parties import sentence_attendees, unresolved_counterpart
from dipnews.extract.meetings.place import mention_location
from dipnews.extract.meetings.records import MeetingMention
from dipnews.extract.meetings.roles import (
    add_visited_government,
    host_at_home,
    mark_visitors,
    meets_unnamed_government,
    roles_from_visit,
    visiting_parties,
)
from dipnews.extract.meetings.splitting import fold_into_visits, inherit_from_occasions, split_gapped
from dipnews.extract.meetings.status import excluded
from dipnews.extract.meetings.triggers import Trigger, TriggerFinder, trigger_patterns
from dipnews.extract.meetings.verbs import verb_mention
from dipnews.extract.meetings.when import TimeFrame, date_mention
from dipnews.model import ArticleActors, ArticleMeta

_FINDER: list[TriggerFinder] = []


def _trigger_finder(vocab: Vocab) -> TriggerFinder:
    """The lexicon's trigger Matcher for this vocabulary, built once per loaded pipeline."""
    if not _FINDER or _FINDER[0].matcher.vocab is not vocab:
        patterns = trigger_patterns(VERB_TRIGGERS, NOUN_TRIGGERS, VERB_PHRASES)
        _FINDER[:] = [TriggerFinder(vocab, patterns)]
    return _FINDER[0]


def _trigger_parties(
    trigger: Trigger, actors: ArticleActors
) -> tuple[dict[str, str], str, str, Token | None] | None:
    """Parties, meeting type, kind and governing verb of one trigger, or None when it is no encounter."""
    if trigger.is_verb:
        found = verb_mention(trigger.token, actors, trigger.entry)
        return None if found is None else (*found, None)
    return noun_mention(trigger.token, actors)


def _trigger_text(token: Token) -> str:
    """The trigger as written, with a noun compound before it ("state visit", "phone call")."""
    compound_words = [
        c for c in token.children if c.dep_ == "compound" and c.i == token.i - 1 and c.pos_ == "NOUN"
    ]
    return token.doc[compound_words[0].i : token.i + 1].text if compound_words else token.text


def sentence_mentions(
    sentence: Span,
    sentence_index: int,
    triggers: list[Trigger],
    meta: ArticleMeta,
    actors: ArticleActors,
    frame: TimeFrame,
    expressions: list[DateExpression],
) -> list[MeetingMention]:
    """The meeting mentions of one sentence's triggers; ``expressions`` are the sentence's time phrases."""
    mentions: list[MeetingMention] = []
    attendees: list[str] | None = None
    visiting: set[str] = set()
    for trigger in triggers:
        token = trigger.token
        found = _trigger_parties(trigger, actors)
        if found is None or excluded(token, found[3]):
            continue
        parties, meeting_type, kind, governor = found
        if attendees is None:
            attendees = sentence_attendees(sentence, actors)
            visiting = visiting_parties(sentence, actors)
        mark_visitors(parties, visiting)
        host_at_home(parties, token, governor, actors)
        mention = MeetingMention(
            sentence_index=sentence_index,
            sentence=sentence,
            trigger=token,
            trigger_text=_trigger_text(token),
            meeting_type=meeting_type,
            kind=kind,
            parties=parties,
            attendees=[k for k in attendees if k not in parties],
            definite=(
                token.pos_ == "NOUN"
                and any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in token.children)
            )
            or _opens_sentence_bare(token)
            or (kind == "verb" and unresolved_counterpart(token, actors)),
            meets_government=meets_unnamed_government(token, actors),
        )
        date_mention(mention, governor, expressions, frame)
        mention.location = mention_location(token, governor, meeting_type)
        add_visited_government(mention, actors)
        mentions.extend(split_gapped(mention, actors, meta, expressions))
    inherit_from_occasions(mentions)
    roles_from_visit(mentions)
    return fold_into_visits(mentions, actors)


def _opens_sentence_bare(noun: Token) -> bool:
    """ "Talks are due to begin on Wednesday": the wire opens a sentence with the bare plural of the talks
    it has just told, as others write "the talks", to say when they are to start ("Negotiations had
    stalled in 2024" tells of dealings at large, not of the meeting told)."""
    announces = any(
        (c.dep_ == "aux" and c.lower_ in ("will", "shall")) or c.dep_ in ("xcomp", "acomp")
        for c in noun.head.children
    )
    return (
        noun.pos_ == "NOUN"
        and noun.tag_ == "NNS"
        and noun.dep_ in ("nsubj", "nsubjpass")
        and noun.i == noun.sent.start
        and announces
        and not any(c.dep_ in ("det", "amod", "compound", "prep", "poss", "nummod") for c in noun.children)
    )


def triggers_by_sentence(doc: Doc, sentences: list[Span]) -> list[list[Trigger]]:
    """The article's triggers, found by one Matcher pass, grouped by sentence (by bisection: a scan of
    all triggers per sentence made long articles quadratic)."""
    triggers = list(_trigger_finder(doc.vocab).find(doc).values())  # in token order
    positions = [trigger.token.i for trigger in triggers]
    return [
        triggers[bisect.bisect_left(positions, s.start) : bisect.bisect_left(positions, s.end)]
        for s in sentences
    ]
