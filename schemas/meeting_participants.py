"""meeting_participants: who took part in each meeting, in which role (key: meeting_id, actor_id)."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import pandera.pandas as pa

from dipnews.model import PARTICIPANT_ROLES
from schemas._base import HEX16, column

NAME = "meeting_participants"
KEY = ("meeting_id", "actor_id")
DESCRIPTION = "Participants of each meeting with their role."


def _at_least_two_per_meeting(df: pd.DataFrame) -> pd.Series:
    counts = df.groupby("meeting_id")["actor_id"].transform("nunique")
    return counts >= 2


def schema(texts: Mapping[str, str] | None = None) -> pa.DataFrameSchema:
    return pa.DataFrameSchema(
        {
            "meeting_id": column(
                "string", "Meeting (meetings.meeting_id)", checks=[pa.Check.str_matches(HEX16)]
            ),
            "actor_id": column("string", "Actor (actors.actor_id)", checks=[pa.Check.str_matches(HEX16)]),
            "role": column("string", "Role in the meeting", enum=PARTICIPANT_ROLES),
        },
        checks=[pa.Check(_at_least_two_per_meeting, name="at_least_two_participants")],
        name=NAME,
        description=DESCRIPTION,
        strict=True,
        ordered=True,
        unique=list(KEY),
    )
