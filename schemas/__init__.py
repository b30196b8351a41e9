"""One pandera schema per table: the single source of truth for validation, Arrow types and metadata.

``CONTRACT`` lists the released tables of the data contract in release order; ``INTERMEDIATE``
the tables stages hand to each other.
"""

from __future__ import annotations

from types import ModuleType

from schemas import (
    actor_mentions,
    actor_roles,
    actors,
    articles,
    extractions,
    meeting_mentions,
    meeting_participants,
    meetings,
    quotations,
    rejects,
)

CONTRACT: dict[str, ModuleType] = {
    module.NAME: module
    for module in (
        articles,
        rejects,
        actors,
        actor_mentions,
        actor_roles,
        meetings,
        meeting_participants,
        meeting_mentions,
        quotations,
    )
}
INTERMEDIATE: dict[str, ModuleType] = {extractions.NAME: extractions}
ALL: dict[str, ModuleType] = {**CONTRACT, **INTERMEDIATE}
