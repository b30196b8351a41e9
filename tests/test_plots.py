"""The release plots' data: exact on small inputs."""

from __future__ import annotations

import pandas as pd

from dipnews.release.plots import meeting_graph, most_quoted_from_counts


def test_most_quoted_keeps_every_tie_at_the_cut() -> None:
    """The top by count, ties by name: an actor tied with the last one kept can still win on its name."""
    counts = pd.Series([5, 3, 3, 3, 1], index=["a5", "zz", "mm", "aa", "b1"])
    actors = pd.DataFrame({"actor_id": ["a5", "zz", "mm", "aa", "b1"], "name": ["E", "Z", "M", "A", "B"]})
    top = most_quoted_from_counts(counts, actors, top=2)
    assert top.to_dict("list") == {"actor": ["E", "A"], "quotations": [5, 3]}
    every = most_quoted_from_counts(counts, actors, top=10)
    assert every["actor"].tolist() == ["E", "A", "M", "Z", "B"]


def test_meeting_graph_counts_meetings_and_shared_ones() -> None:
    participants = pd.DataFrame(
        {"meeting_id": ["m2", "m1", "m1", "m2", "m2"], "actor_id": ["x", "y", "x", "y", "z"]}
    )
    kinds = ["person", "country"]
    actors = pd.DataFrame({"actor_id": ["x", "y"], "name": ["Ex", "Why"], "actor_type": kinds})
    graph = meeting_graph(participants, actors)
    assert dict(graph.nodes(data=True)) == {
        "x": {"name": "Ex", "actor_type": "person", "meetings": 2},
        "y": {"name": "Why", "actor_type": "country", "meetings": 2},
        "z": {"name": "z", "actor_type": "person", "meetings": 1},  # not in actors: its id, a person
    }
    assert graph.edges["x", "y"] == {"weight": 2, "last_meeting": "m2"}
    assert graph.edges["x", "z"] == {"weight": 1, "last_meeting": "m2"}
    assert list(graph.nodes) == ["x", "y", "z"]  # inserted meeting by meeting, members sorted
