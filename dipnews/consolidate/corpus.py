"""Corpus-wide decisions, made once after the per-article step.

- Actor identity: the same person across articles is one actor when the name is unambiguous
  (a lone surname joins the one full name in the corpus that ends with it); countries are one
  actor per ISO3 code. ``actor_id`` is derived from actor_type and the normalised canonical name.
- Meeting identity: reports of the same meeting (the same principal participants, compatible
  dates) in one or several articles become one row. ``meeting_id`` is derived from the sorted
  participant actor_ids, the date and the location.
- Offices over time: every title an article gives a person, with the country the article states,
  becomes a row of ``actor_roles`` (one per actor, title and country; first and last publication
  dates of the articles that state it). ``role_id`` is derived from the three.
- Quotations get ``quote_id`` from article_id and char_start, and their speaker and meeting
  mapped to the corpus-wide ids.

Everything here is a pure function of its inputs, and every output is sorted by its key, so the
same extractions give the same tables byte for byte.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from dipnews.extract.actors.names import normalise_name
from dipnews.extract.actors.organizations import is_generic_body
from dipnews.extract.dates import dates_compatible
from dipnews.model import ArticleExtraction, LocalMeeting, MeetingEvidence
from schemas import actor_mentions as actor_mentions_schema
from schemas import actor_roles as actor_roles_schema
from schemas import actors as actors_schema
from schemas import meeting_mentions as meeting_mentions_schema
from schemas import meeting_participants as meeting_participants_schema
from schemas import meetings as meetings_schema
from schemas import quotations as quotations_schema

# When one actor is reported in several roles, the more specific role wins ties.
ROLE_PRIORITY = {"host": 0, "visitor": 1, "participant": 2, "attendee": 3}
PRECISION_RANK = {"day": 0, "month": 1, "year": 2, "unknown": 3}


def _columns(table_schema: Any) -> list[str]:
    """A table's columns in contract order, from its schema module (the single source of truth)."""
    return list(table_schema.schema().columns)


def stable_id(*parts: str) -> str:
    """16 hex chars of SHA-256 over the parts joined by a unit separator: content-derived, run-independent."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


# ---------------------------------------------------------------------------------------------
# Actors


# The weight of one article's vote for an actor's country, by how explicit its evidence is
# (dipnews.model.COUNTRY_EVIDENCE): a country word written with the name outweighs an office or an
# institution, which outweighs an inference, which outweighs the setting of the story. A payload
# without the evidence (written before it was recorded) votes as weakly as the setting.
COUNTRY_EVIDENCE_WEIGHT: dict[str | None, int] = {
    "explicit": 8,
    "institution": 4,
    "inferred": 2,
    "setting": 1,
}
_NO_DATE = dt.date.max
# The vote of an article that states a person has no national affiliation (an official of an
# international body, whose evidence the extractor keeps without a country).
NO_AFFILIATION = ""


@dataclass(slots=True)
class _CountryVote:
    weight: int = 0
    earliest: dt.date = _NO_DATE  # earliest publication date among the articles that voted for it


@dataclass(slots=True)
class _ActorGroup:
    actor_type: str
    identity: str  # the normalised key the id derives from
    names: Counter[str] = field(default_factory=Counter)
    countries: dict[str, _CountryVote] = field(default_factory=dict)
    titles: set[str] = field(default_factory=set)
    surface_forms: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    n_mentions: int = 0
    # some article names the person in their own right, not only as another's relative ("his wife X")
    named_in_own_right: bool = False
    # some article names the person as another's relative ("first lady X")
    named_as_relative: bool = False

    def canonical_name(self) -> str:
        # The fullest name: most tokens, then the most frequent, then alphabetical for determinism.
        return min(self.names, key=lambda n: (-len(n.split()), -self.names[n], n))

    def vote_country(self, code: str, weight: int, published: dt.date | None) -> None:
        vote = self.countries.setdefault(code, _CountryVote())
        vote.weight += weight
        vote.earliest = min(vote.earliest, published or _NO_DATE)

    def absorb(self, other: _ActorGroup) -> None:
        """Take over another group's names, votes and forms (a surname joining its full name)."""
        self.names.update(other.names)
        for code, vote in other.countries.items():
            self.vote_country(code, vote.weight, vote.earliest)
        self.titles |= other.titles
        self.surface_forms |= other.surface_forms
        self.articles |= other.articles
        self.named_in_own_right |= other.named_in_own_right
        self.named_as_relative |= other.named_as_relative

    def country(self) -> str | None:
        """The country with the strongest total weight, then the earliest reported, then alphabetical:
        a decision that does not depend on the order the articles are read in. None when no article
        gives a country, or when "no national affiliation" wins the vote."""
        if not self.countries:
            return None
        best = min(self.countries, key=lambda c: (-self.countries[c].weight, self.countries[c].earliest, c))
        return None if best == NO_AFFILIATION else best


# Joins a generic body's name to its country in an identity ("organization:foreign ministry@CHN").
_COUNTRY_SCOPE = "@"


def _identity(actor_type: str, name: str, country_iso3: str | None) -> str:
    if actor_type == "country" and country_iso3:
        return f"country:{country_iso3}"
    key = normalise_name(name)
    if actor_type == "organization" and country_iso3 and is_generic_body(key):
        # every country has a "Foreign Ministry": China's and Russia's are two actors
        return f"organization:{key}{_COUNTRY_SCOPE}{country_iso3}"
    return f"{actor_type}:{key}"


def _countries_agree(first: str | None, second: str | None) -> bool:
    """Two actors' countries do not contradict each other: the same, or one of them unknown."""
    return first is None or second is None or first == second


def _surname_may_join(single: _ActorGroup, full: _ActorGroup) -> bool:
    """A lone surname may name this full name's person: their countries do not disagree, and some article
    names the person in their own right. A bare "Obama" names the principal, as within one article, so it
    does not join a "Michelle Obama" the corpus knows only as "first lady Michelle Obama"; nor does a
    titled "President Obama" join one any article names as a relative."""
    if not full.named_in_own_right or (full.named_as_relative and single.titles):
        return False
    return _countries_agree(single.country(), full.country())


def _surname_merges(
    full_names: Iterable[str], compatible: Callable[[str, str], bool] = lambda single, full: True
) -> dict[str, str]:
    """Map a one-token person identity to the single multi-token identity that ends with it.

    "xi" joins "xi jinping" only when no other full name in the corpus ends with "xi": an
    ambiguous surname ("smith" with two Smiths) stays its own actor rather than being guessed. The one
    candidate must also be ``compatible`` with the surname (their articles do not disagree on the
    country): a lone "Lou" of a 1987 American story is not China's Lou Jiwei of 2016.
    """
    by_last: defaultdict[str, set[str]] = defaultdict(set)
    by_first: defaultdict[str, set[str]] = defaultdict(set)
    singles: set[str] = set()
    for identity in full_names:
        tokens = identity.split(":", 1)[1].split()
        if len(tokens) == 1:
            singles.add(identity)
        elif tokens:
            by_last[tokens[-1]].add(identity)
            # Chinese and Korean names put the family name first ("Xi Jinping" -> "Xi").
            by_first[tokens[0]].add(identity)
    merges: dict[str, str] = {}
    for single in singles:
        token = single.split(":", 1)[1]
        candidates = by_last.get(token, set()) | by_first.get(token, set())
        if len(candidates) == 1 and compatible(single, next(iter(candidates))):
            merges[single] = next(iter(candidates))
    return merges


@dataclass(slots=True)
class ActorTables:
    actors: pd.DataFrame
    actor_mentions: pd.DataFrame
    # (article_id, local_key) -> actor_id, for meetings and quotations
    ids: dict[tuple[str, str], str]


@dataclass(slots=True)
class _ActorEvidence:
    """The per-article actors grouped by identity, before surnames join their full names."""

    local_identity: dict[tuple[str, str], str]  # (article_id, local_key) -> identity
    groups: dict[str, _ActorGroup]
    mentions: list[tuple[str, str, Any]]  # (article_id, identity, Mention)


def _group_actors(
    extractions: Iterable[ArticleExtraction], published: Mapping[str, dt.date | None]
) -> _ActorEvidence:
    """Every article's actors added to the group of their identity (names, country votes, titles,
    forms, articles), and their mentions with the identity they resolve to."""
    evidence = _ActorEvidence({}, {}, [])
    groups = evidence.groups
    for ex in extractions:
        for actor in ex.actors.actors:
            identity = _identity(actor.actor_type, actor.name, actor.country_iso3)
            evidence.local_identity[(ex.article_id, actor.local_key)] = identity
            group = groups.setdefault(identity, _ActorGroup(actor.actor_type, identity))
            group.names[actor.name] += 1
            if actor.country_iso3 or actor.country_evidence:
                weight = COUNTRY_EVIDENCE_WEIGHT.get(actor.country_evidence, 1)
                code = actor.country_iso3 or NO_AFFILIATION
                group.vote_country(code, weight, published.get(ex.article_id))
            group.titles.update(t.strip().lower() for t in actor.titles if t.strip())
            group.surface_forms.update(a.strip() for a in actor.aliases if a.strip())
            group.articles.add(ex.article_id)
            group.named_in_own_right |= not actor.named_as_relative
            group.named_as_relative |= actor.named_as_relative
        for mention in ex.actors.mentions:
            identity = evidence.local_identity.get((ex.article_id, mention.local_key))
            if identity is not None:
                evidence.mentions.append((ex.article_id, identity, mention))
    return evidence


def _actor_mention_rows(
    mentions: list[tuple[str, str, Any]], groups: Mapping[str, _ActorGroup], actor_ids: Mapping[str, str]
) -> list[dict[str, Any]]:
    """One actor_mentions row per (article, start offset); a mention's text joins its actor's forms."""
    mention_rows: dict[tuple[str, int], dict[str, Any]] = {}
    for article_id, identity, mention in mentions:
        group = groups[identity]
        if mention.mention_kind != "pronoun":
            group.surface_forms.add(mention.mention_text)
        row = actor_mention_row(article_id, actor_ids[identity], mention)
        key = (article_id, mention.char_start)
        if keeps_longer_mention(mention_rows.get(key), row):
            mention_rows[key] = row
    return list(mention_rows.values())


def actor_mention_row(article_id: str, actor_id: str, mention: Any) -> dict[str, Any]:
    """One actor_mentions row (the in-memory and the streamed consolidate build it alike)."""
    return {
        "article_id": article_id,
        "actor_id": actor_id,
        "sentence_index": mention.sentence_index,
        "char_start": mention.char_start,
        "char_end": mention.char_end,
        "mention_text": mention.mention_text,
        "mention_kind": mention.mention_kind,
        "titles": sorted({t.strip().lower() for t in mention.titles if t.strip()}),
    }


def keeps_longer_mention(kept: dict[str, Any] | None, row: dict[str, Any]) -> bool:
    """Two mentions starting at one offset: the longer (the fuller span) wins, deterministically."""
    return kept is None or (row["char_end"], row["actor_id"]) > (kept["char_end"], kept["actor_id"])


def _actor_rows(
    groups: Mapping[str, _ActorGroup], actor_ids: Mapping[str, str], n_mentions: Mapping[str, int]
) -> list[dict[str, Any]]:
    actor_rows = []
    for identity, group in groups.items():
        name = group.canonical_name()
        country = identity.split(":", 1)[1] if group.actor_type == "country" else group.country()
        actor_id = actor_ids[identity]
        actor_rows.append(
            {
                "actor_id": actor_id,
                "name": name,
                "actor_type": group.actor_type,
                "country_iso3": country,
                "titles": sorted(group.titles),
                "aliases": sorted(f for f in group.surface_forms if f != name),
                "n_articles": len(group.articles),
                "n_mentions": n_mentions.get(actor_id, 0),
            }
        )
    return actor_rows


def merge_and_identify(groups: dict[str, _ActorGroup]) -> tuple[dict[str, str], dict[str, str]]:
    """Apply the surname merges to the groups (in place) and give every remaining group its content-derived
    actor_id: (merged identity -> the identity it joined, identity -> actor_id). The in-memory and the
    streamed consolidate decide identity here, so they cannot drift apart."""
    merges = _surname_merges(
        (i for i in groups if i.startswith("person:")),
        lambda single, full: _surname_may_join(groups[single], groups[full]),
    )
    for single, full in sorted(merges.items()):
        groups[full].absorb(groups.pop(single))
    actor_ids = {identity: actor_id_of(identity, group) for identity, group in groups.items()}
    return merges, actor_ids


def actor_id_of(identity: str, group: _ActorGroup) -> str:
    """A group's content-derived actor_id: its type and ISO3 code (a country), else its canonical name (and
    a generic body's country)."""
    if group.actor_type == "country":
        return stable_id(group.actor_type, identity.split(":", 1)[1])
    key = normalise_name(group.canonical_name())
    if _COUNTRY_SCOPE in identity:
        key += _COUNTRY_SCOPE + identity.rsplit(_COUNTRY_SCOPE, 1)[1]
    return stable_id(group.actor_type, key)


def build_actors(
    extractions: Iterable[ArticleExtraction], published: Mapping[str, dt.date | None] | None = None
) -> ActorTables:
    """Corpus-wide actors from the per-article ones; ``published`` (article_id -> publication date)
    breaks ties between countries voted for with equal weight (the earliest reported wins)."""
    evidence = _group_actors(extractions, published or {})
    groups = evidence.groups
    merges, actor_ids = merge_and_identify(groups)

    def final_identity(identity: str) -> str:
        return merges.get(identity, identity)

    mentions = [(a, final_identity(i), m) for a, i, m in evidence.mentions]
    mention_rows = _actor_mention_rows(mentions, groups, actor_ids)
    n_mentions = Counter(row["actor_id"] for row in mention_rows)
    actors = pd.DataFrame(_actor_rows(groups, actor_ids, n_mentions), columns=_columns(actors_schema))
    actors = actors.sort_values("actor_id", kind="stable").reset_index(drop=True)
    actor_mentions = pd.DataFrame(mention_rows, columns=_columns(actor_mentions_schema))
    actor_mentions = actor_mentions.sort_values(["article_id", "char_start"], kind="stable").reset_index(
        drop=True
    )
    ids = {key: actor_ids[final_identity(identity)] for key, identity in evidence.local_identity.items()}
    return ActorTables(actors, actor_mentions, ids)


# ---------------------------------------------------------------------------------------------
# Offices over time


# The country an article *states* for a person's office: a country word with the name or the title, a
# national institution, an office of one country, a well-known leader. An inference (a visit, an aide)
# or the setting of the story is the actors table's guess, not a statement of the role.
STATED_COUNTRY_EVIDENCE: frozenset[str] = frozenset({"explicit", "institution"})


@dataclass(slots=True)
class _RoleSeen:
    articles: set[str] = field(default_factory=set)
    dates: list[dt.date] = field(default_factory=list)


def build_actor_roles(
    extractions: Iterable[ArticleExtraction],
    actor_ids: Mapping[tuple[str, str], str],
    published: Mapping[str, dt.date | None],
) -> pd.DataFrame:
    """One row per (actor, title, stated country): every title an article gives a person, with the country
    the article states for them (null if it states none), counted over the articles that state it and
    dated by their first and last publication dates."""
    seen: dict[tuple[str, str, str | None], _RoleSeen] = {}
    for ex in extractions:
        day = published.get(ex.article_id)
        for actor in ex.actors.actors:
            actor_id = actor_ids.get((ex.article_id, actor.local_key))
            if actor_id is None:
                continue
            stated = actor.country_evidence in STATED_COUNTRY_EVIDENCE
            country = actor.country_iso3 if stated else None
            for title in {t.strip().lower() for t in actor.titles if t.strip()}:
                role = seen.setdefault((actor_id, title, country), _RoleSeen())
                if ex.article_id not in role.articles:
                    role.articles.add(ex.article_id)
                    if day is not None:
                        role.dates.append(day)
    rows = [
        {
            "role_id": stable_id(actor_id, title, country or ""),
            "actor_id": actor_id,
            "title": title,
            "country_iso3": country,
            "first_seen": min(role.dates) if role.dates else None,
            "last_seen": max(role.dates) if role.dates else None,
            "n_articles": len(role.articles),
        }
        for (actor_id, title, country), role in seen.items()
    ]
    roles = pd.DataFrame(rows, columns=_columns(actor_roles_schema))
    return roles.sort_values("role_id", kind="stable").reset_index(drop=True)


# ---------------------------------------------------------------------------------------------
# Meetings


@dataclass(slots=True)
class _MeetingReport:
    """One article's report of one meeting, with participants mapped to corpus-wide actor ids."""

    article_id: str
    published: dt.date | None
    meeting: LocalMeeting
    roles: dict[str, str]  # actor_id -> role

    @property
    def principals(self) -> frozenset[str]:
        """The parties that define the meeting: attendees ("also attended by") may be reported or not."""
        return frozenset(a for a, r in self.roles.items() if r != "attendee")


def _reports_match(a: _MeetingReport, b: _MeetingReport, undated_days: int) -> bool:
    ma, mb = a.meeting, b.meeting
    if (ma.meeting_type == "call") != (mb.meeting_type == "call"):
        return False  # a call and an encounter in person are two events, in one article or in two
    if a.article_id == b.article_id and ma.is_background != mb.is_background:
        return False  # "held phone talks on Wednesday. The two last met in Peru earlier this month"
    if (
        ma.location_country_iso3
        and mb.location_country_iso3
        and ma.location_country_iso3 != mb.location_country_iso3
    ):
        return False  # one meeting is held in one country
    if ma.date is not None and mb.date is not None:
        return dates_compatible(ma.date, ma.date_precision, mb.date, mb.date_precision)
    if ma.date is None and mb.date is None and a.article_id != b.article_id:
        # Two undated reports: the same meeting only if the articles appeared within a few days.
        if a.published is None or b.published is None:
            return False
        return abs((a.published - b.published).days) <= undated_days
    # One dated, one not: within one article an undated mention ("the meeting") is the dated one, unless
    # the article tells them apart ("will hold a summit ... last met in October")
    return a.article_id == b.article_id and (ma.status, ma.is_background) == (mb.status, mb.is_background)


def _merge_roles(reports: list[_MeetingReport]) -> dict[str, str]:
    votes: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for report in reports:
        for actor_id, role in report.roles.items():
            votes[actor_id][role] += 1
    return {
        actor_id: min(counter, key=lambda r: (-counter[r], ROLE_PRIORITY[r]))
        for actor_id, counter in votes.items()
    }


def _pick(values: Iterable[Any], key: Any = None) -> Any:
    """The most frequent non-null value; ties broken by ``key`` then value, for determinism."""
    counter = Counter(v for v in values if v is not None)
    if not counter:
        return None
    return min(counter, key=lambda v: (-counter[v], key(v) if key else 0, str(v)))


def _merged_meeting_row(reports: list[_MeetingReport]) -> tuple[dict[str, Any], dict[str, str]]:
    meetings = [r.meeting for r in reports]
    dated = [m for m in meetings if m.date is not None]
    best = min(dated, key=lambda m: (PRECISION_RANK[m.date_precision], m.date)) if dated else None
    roles = _merge_roles(reports)
    location = _pick((m.location for m in meetings), key=lambda v: -len(v))
    location_country = (
        _pick(m.location_country_iso3 for m in meetings if m.location == location)
        if location
        else (_pick(m.location_country_iso3 for m in meetings))
    )
    # Status: a meeting any report says took place has occurred (earlier articles announced it).
    status = "occurred" if any(m.status == "occurred" for m in meetings) else "planned"
    # Confidence grows with independent reports: 1 - prod(1 - c_i) (noisy-or).
    miss = 1.0
    for m in meetings:
        miss *= 1.0 - min(max(m.confidence, 0.0), 1.0)
    date = best.date if best else None
    precision = best.date_precision if best else "unknown"
    # Undated meetings of the same parties at the same place would collide: anchor them to their
    # earliest report (publication date, else article id), which is content too.
    anchor = ""
    if date is None:
        anchor = min((r.published.isoformat() if r.published else "", r.article_id) for r in reports)[
            0
        ] or min(r.article_id for r in reports)
    meeting_id = stable_id(
        "|".join(sorted(roles)), date.isoformat() if date else "", precision, location or "", anchor
    )
    row = {
        "meeting_id": meeting_id,
        "meeting_type": _pick(m.meeting_type for m in meetings),
        "status": status,
        "date": date,
        "date_precision": precision,
        "date_text": best.date_text if best else _pick(m.date_text for m in meetings),
        "location": location,
        "location_country_iso3": location_country,
        # Background only if every article mentions it as context: one article reporting it as news wins.
        "is_background": all(m.is_background for m in meetings),
        "n_articles": len({r.article_id for r in reports}),
        "confidence": round(1.0 - miss, 4),
    }
    return row, roles


@dataclass(slots=True)
class MeetingTables:
    meetings: pd.DataFrame
    meeting_participants: pd.DataFrame
    meeting_mentions: pd.DataFrame
    ids: dict[tuple[str, str], str]  # (article_id, local meeting key) -> meeting_id


def _meeting_reports(
    extractions: Iterable[ArticleExtraction],
    actor_ids: Mapping[tuple[str, str], str],
    published: Mapping[str, dt.date | None],
) -> list[_MeetingReport]:
    """Every article's meetings with at least two resolved participants, each participant in its most
    specific role."""
    reports: list[_MeetingReport] = []
    for ex in extractions:
        for meeting in ex.meetings:
            roles: dict[str, str] = {}
            for p in meeting.participants:
                actor_id = actor_ids.get((ex.article_id, p.local_key))
                if actor_id is None:
                    continue
                old = roles.get(actor_id)
                if old is None or ROLE_PRIORITY[p.role] < ROLE_PRIORITY[old]:
                    roles[actor_id] = p.role
            if len(roles) >= 2:
                reports.append(_MeetingReport(ex.article_id, published.get(ex.article_id), meeting, roles))
    return reports


def _cluster_reports(reports: list[_MeetingReport], undated_days: int) -> list[list[_MeetingReport]]:
    """Reports that share their principal participants and have compatible dates, clustered."""
    blocks: defaultdict[frozenset[str], list[int]] = defaultdict(list)
    for index, report in enumerate(reports):
        blocks[report.principals].append(index)
    pairs = (
        (i, j) for members in blocks.values() for i_pos, i in enumerate(members) for j in members[i_pos + 1 :]
    )
    return cluster_pairs(reports, pairs, undated_days)


def cluster_pairs(
    reports: list[_MeetingReport], pairs: Iterable[tuple[int, int]], undated_days: int
) -> list[list[_MeetingReport]]:
    """Union-find over the candidate pairs that match; clusters listed by their first report. The in-memory
    and the streamed consolidate differ only in which pairs they offer."""
    parent = list(range(len(reports)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in pairs:
        if find(i) != find(j) and _reports_match(reports[i], reports[j], undated_days):
            parent[find(j)] = find(i)
    clusters: defaultdict[int, list[_MeetingReport]] = defaultdict(list)
    for index, report in enumerate(reports):
        clusters[find(index)].append(report)
    return list(clusters.values())


def meeting_mention_row(meeting_id: str, article_id: str, ev: MeetingEvidence) -> dict[str, Any]:
    """One meeting_mentions row: the evidence sentence of a meeting in an article."""
    return {
        "meeting_id": meeting_id,
        "article_id": article_id,
        "sentence_index": ev.sentence_index,
        "char_start": ev.char_start,
        "char_end": ev.char_end,
        "trigger": ev.trigger,
    }


def _evidence_rows(
    meeting_id: str, report: _MeetingReport, rows: dict[tuple[str, str, int], dict[str, Any]]
) -> None:
    """Adds one meeting_mentions row per evidence sentence of the report (the first at an offset stays)."""
    for ev in report.meeting.evidence:
        rows.setdefault(
            (meeting_id, report.article_id, ev.char_start),
            meeting_mention_row(meeting_id, report.article_id, ev),
        )


def build_meetings(
    extractions: Iterable[ArticleExtraction],
    actor_ids: Mapping[tuple[str, str], str],
    published: Mapping[str, dt.date | None],
    undated_days: int = 3,
) -> MeetingTables:
    reports = _meeting_reports(extractions, actor_ids, published)
    meeting_rows: dict[str, dict[str, Any]] = {}
    participant_rows: dict[tuple[str, str], dict[str, Any]] = {}
    mention_rows: dict[tuple[str, str, int], dict[str, Any]] = {}
    ids: dict[tuple[str, str], str] = {}
    for members in _cluster_reports(reports, undated_days):
        row, roles = _merged_meeting_row(members)
        meeting_id = row["meeting_id"]
        if meeting_id in meeting_rows:  # two clusters that resolve to identical content are one meeting
            meeting_rows[meeting_id]["n_articles"] = max(
                meeting_rows[meeting_id]["n_articles"], row["n_articles"]
            )
        else:
            meeting_rows[meeting_id] = row
        for actor_id, role in roles.items():
            participant_rows.setdefault(
                (meeting_id, actor_id), {"meeting_id": meeting_id, "actor_id": actor_id, "role": role}
            )
        for report in members:
            ids[(report.article_id, report.meeting.local_key)] = meeting_id
            _evidence_rows(meeting_id, report, mention_rows)
    meetings = pd.DataFrame(list(meeting_rows.values()), columns=_columns(meetings_schema))
    meetings = meetings.sort_values("meeting_id", kind="stable").reset_index(drop=True)
    participants = pd.DataFrame(
        list(participant_rows.values()), columns=_columns(meeting_participants_schema)
    )
    participants = participants.sort_values(["meeting_id", "actor_id"], kind="stable").reset_index(drop=True)
    mentions = pd.DataFrame(list(mention_rows.values()), columns=_columns(meeting_mentions_schema))
    mentions = mentions.sort_values(["meeting_id", "article_id", "char_start"], kind="stable").reset_index(
        drop=True
    )
    return MeetingTables(meetings, participants, mentions, ids)


# ---------------------------------------------------------------------------------------------
# Quotations


def build_quotations(
    extractions: Iterable[ArticleExtraction],
    actor_ids: Mapping[tuple[str, str], str],
    meeting_ids: Mapping[tuple[str, str], str],
) -> pd.DataFrame:
    rows: dict[str, dict[str, Any]] = {}
    for ex in extractions:
        for q in ex.quotes:
            speaker = actor_ids.get((ex.article_id, q.speaker_local_key)) if q.speaker_local_key else None
            meeting = meeting_ids.get((ex.article_id, q.meeting_local_key)) if q.meeting_local_key else None
            row = quotation_row(ex.article_id, q, speaker, meeting)
            kept = rows.get(row["quote_id"])
            if kept is None or row["char_end"] > kept["char_end"]:
                rows[row["quote_id"]] = row
    quotations = pd.DataFrame(list(rows.values()), columns=_columns(quotations_schema))
    return quotations.sort_values("quote_id", kind="stable").reset_index(drop=True)


def quotation_row(article_id: str, q: Any, speaker: str | None, meeting: str | None) -> dict[str, Any]:
    """One quotations row; ``quote_id`` from the article and the start offset."""
    return {
        "quote_id": stable_id(article_id, str(q.char_start)),
        "article_id": article_id,
        "speaker_actor_id": speaker,
        "speaker_text": q.speaker_text,
        "speaker_resolution": q.speaker_resolution if speaker else "unresolved",
        "quote_text": q.quote_text,
        "quote_type": q.quote_type,
        "cue": q.cue,
        "char_start": q.char_start,
        "char_end": q.char_end,
        "sentence_index": q.sentence_index,
        "meeting_id": meeting,
        "confidence": q.confidence,
    }


# ---------------------------------------------------------------------------------------------
# Everything


def consolidate(
    ingested: pd.DataFrame, extractions: list[ArticleExtraction], undated_days: int = 3
) -> dict[str, pd.DataFrame]:
    """The contract's tables (all but rejects) from the ingested articles and their extractions."""
    n_sentences = {ex.article_id: ex.n_sentences for ex in extractions}
    articles = ingested.copy()
    articles["n_sentences"] = articles["article_id"].map(n_sentences).fillna(0).astype("int32")
    articles = articles.sort_values("article_id", kind="stable").reset_index(drop=True)
    published = dict(zip(articles["article_id"], articles["published_date"], strict=True))
    published = {k: (v if isinstance(v, dt.date) else None) for k, v in published.items()}
    actor_tables = build_actors(extractions, published)
    actor_roles = build_actor_roles(extractions, actor_tables.ids, published)
    meeting_tables = build_meetings(extractions, actor_tables.ids, published, undated_days)
    quotations = build_quotations(extractions, actor_tables.ids, meeting_tables.ids)
    return {
        "articles": articles,
        "actors": actor_tables.actors,
        "actor_mentions": actor_tables.actor_mentions,
        "actor_roles": actor_roles,
        "meetings": meeting_tables.meetings,
        "meeting_participants": meeting_tables.meeting_participants,
        "meeting_mentions": meeting_tables.meeting_mentions,
        "quotations": quotations,
    }
