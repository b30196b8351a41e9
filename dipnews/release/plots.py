"""Plots of the release: their data (CSV) and rendered figures (PNG) that show without a network.

All outputs are byte-identical on reruns: rows in a fixed order, the network layout seeded, and
the PNG written without the software/version metadata matplotlib would otherwise embed.
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Mapping
from typing import Any

import matplotlib

matplotlib.use("Agg")  # no display: the stage renders to bytes

import matplotlib.pyplot as plt
import networkx as nx
import numpy as np
import pandas as pd
from matplotlib.ticker import MaxNLocator

LAYOUT_SEED = 7
TOP_QUOTED = 20
# The network shows the actors with the most meetings; beyond this many, labels become unreadable.
MAX_NETWORK_ACTORS = 40
# A month is only placed on the time line when the date says at least which month it is.
MONTHLY_PRECISIONS = ("day", "month")
ACTOR_TYPE_COLOURS: Mapping[str, str] = {"person": "#4C72B0", "organization": "#55A868", "country": "#C44E52"}


def csv_bytes(df: pd.DataFrame) -> bytes:
    return df.to_csv(index=False, lineterminator="\n").encode("utf-8")


def meetings_per_month(meetings: pd.DataFrame) -> pd.DataFrame:
    """Meetings per calendar month (``YYYY-MM``), oldest first; undated and year-only ones left out."""
    dated = meetings[meetings["date_precision"].isin(MONTHLY_PRECISIONS) & meetings["date"].notna()]
    months = pd.Series([f"{d.year:04d}-{d.month:02d}" for d in dated["date"]], dtype="string")
    counts = months.value_counts().sort_index()
    return pd.DataFrame({"month": counts.index.astype(str), "meetings": counts.to_numpy(dtype="int64")})


def most_quoted_actors(quotations: pd.DataFrame, actors: pd.DataFrame, top: int = TOP_QUOTED) -> pd.DataFrame:
    """The ``top`` actors by number of quotations attributed to them (ties by name)."""
    return most_quoted_from_counts(quotations["speaker_actor_id"].dropna().value_counts(), actors, top)


def most_quoted_from_counts(counts: pd.Series, actors: pd.DataFrame, top: int = TOP_QUOTED) -> pd.DataFrame:
    """:func:`most_quoted_actors` from the quotations counted per speaker_actor_id (counted elsewhere,
    e.g. by DuckDB over a table too large to load); ``actors`` needs only the counted ones."""
    if len(counts) > top:
        # Only the actors quoted at least as often as the top-th can be among the top (ties included): the
        # names of the others (hundreds of thousands at a million articles) need not be looked up.
        threshold = np.sort(counts.to_numpy(dtype="int64"))[-top]
        counts = counts[counts.to_numpy(dtype="int64") >= threshold]
    names = actors.set_index("actor_id")["name"]
    frame = pd.DataFrame(
        {"actor": [str(names.get(a, a)) for a in counts.index], "quotations": counts.to_numpy(dtype="int64")}
    )
    frame = frame.sort_values(["quotations", "actor"], ascending=[False, True], kind="stable")
    return frame.head(top).reset_index(drop=True)


def _png_bytes(figure: Any) -> bytes:
    """The figure as PNG bytes, without the software/version metadata matplotlib would embed."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", metadata={"Software": None})
    return buffer.getvalue()


def bar_chart_png(frame: pd.DataFrame, label: str, value: str, title: str) -> bytes:
    """Horizontal bars, one per row of ``frame`` in its order from the top, labelled and counted."""
    height = 1.5 + 0.35 * max(1, len(frame))
    figure, axes = plt.subplots(figsize=(8, height), dpi=100)
    try:
        axes.set_title(title)
        if frame.empty:
            axes.set_axis_off()
            axes.text(0.5, 0.5, "nothing to show in this release", ha="center", va="center", fontsize=12)
        else:
            labels = [str(v) for v in frame[label]]
            counts = [int(v) for v in frame[value]]
            positions = range(len(labels))
            axes.barh(positions, counts, color=ACTOR_TYPE_COLOURS["person"])
            axes.set_yticks(list(positions), labels)
            axes.invert_yaxis()  # the first row on top
            axes.set_xlabel(value)
            # Counts are whole numbers: integer ticks, and the count written at each bar's end.
            axes.xaxis.set_major_locator(MaxNLocator(integer=True))
            for position, count in zip(positions, counts, strict=True):
                axes.text(count, position, f" {count}", va="center", fontsize=9)
            axes.margins(x=0.1)
        figure.tight_layout()
        return _png_bytes(figure)
    finally:
        plt.close(figure)


def meetings_per_month_png(per_month: pd.DataFrame) -> bytes:
    return bar_chart_png(per_month, "month", "meetings", "Meetings per month (dated to the month or day)")


def most_quoted_actors_png(quoted: pd.DataFrame) -> bytes:
    return bar_chart_png(quoted, "actor", "quotations", f"Most quoted actors (top {TOP_QUOTED})")


def meeting_graph(participants: pd.DataFrame, actors: pd.DataFrame) -> nx.Graph:
    """Actors as nodes, an edge for every pair that met, weighted by how many meetings they shared."""
    graph = nx.Graph()
    # Plain dicts and one sort, not a pandas group per meeting (a few thousand groups cost a second).
    names = dict(zip(actors["actor_id"], actors["name"], strict=True))
    types = dict(zip(actors["actor_id"], actors["actor_type"], strict=True))
    rows = zip(participants["meeting_id"], participants["actor_id"], strict=True)
    pairs = sorted((meeting, actor) for meeting, actor in rows if pd.notna(meeting))
    for meeting_id, group in itertools.groupby(pairs, key=lambda pair: pair[0]):
        members = sorted({actor for _, actor in group})
        for actor in members:
            if actor not in graph:
                known = actor in names
                graph.add_node(
                    actor,
                    name=str(names[actor]) if known else actor,
                    actor_type=str(types[actor]) if known else "person",
                    meetings=0,
                )
            graph.nodes[actor]["meetings"] += 1
        for a, b in itertools.combinations(members, 2):
            weight = graph.edges[a, b]["weight"] + 1 if graph.has_edge(a, b) else 1
            graph.add_edge(a, b, weight=weight, last_meeting=meeting_id)
    return graph


def who_met_whom_png(participants: pd.DataFrame, actors: pd.DataFrame) -> bytes:
    """The meeting network as a PNG: node size ~ meetings, edge width ~ shared meetings."""
    graph = meeting_graph(participants, actors)
    total = graph.number_of_nodes()
    if total > MAX_NETWORK_ACTORS:
        ranked = sorted(graph.nodes, key=lambda n: (-graph.nodes[n]["meetings"], graph.nodes[n]["name"]))
        graph = graph.subgraph(ranked[:MAX_NETWORK_ACTORS]).copy()
    figure, axes = plt.subplots(figsize=(12, 9), dpi=100)
    try:
        axes.set_axis_off()
        shown = (
            f" (the {MAX_NETWORK_ACTORS} with most meetings, of {total})"
            if total > MAX_NETWORK_ACTORS
            else ""
        )
        axes.set_title(
            f"Who met whom: {graph.number_of_nodes()} actors{shown}, {graph.number_of_edges()} pairs"
        )
        if graph.number_of_nodes() == 0:
            axes.text(0.5, 0.5, "no meetings in this release", ha="center", va="center", fontsize=14)
        else:
            # Sorted node order: the seeded layout then depends only on the data, not on insertion order.
            ordered = nx.Graph()
            ordered.add_nodes_from(sorted(graph.nodes(data=True)))
            ordered.add_edges_from(sorted(graph.edges(data=True)))
            # Nodes kept further apart than networkx's default k = 1/sqrt(n), so neighbours' labels
            # overlap less; more iterations than the default 50 let a 40-node layout settle.
            spread = 2.5 / max(1, len(ordered)) ** 0.5
            positions = nx.spring_layout(ordered, seed=LAYOUT_SEED, weight="weight", k=spread, iterations=200)
            nodes = list(ordered.nodes)
            nx.draw_networkx_edges(
                ordered,
                positions,
                ax=axes,
                width=[1.0 + 1.5 * ordered.edges[e]["weight"] for e in ordered.edges],
                edge_color="#999999",
                alpha=0.7,
            )
            nx.draw_networkx_nodes(
                ordered,
                positions,
                nodelist=nodes,
                ax=axes,
                node_size=[300 + 250 * ordered.nodes[n]["meetings"] for n in nodes],
                node_color=[ACTOR_TYPE_COLOURS.get(ordered.nodes[n]["actor_type"], "#8172B2") for n in nodes],
                edgecolors="white",
            )
            nx.draw_networkx_labels(
                ordered, positions, labels={n: ordered.nodes[n]["name"] for n in nodes}, ax=axes, font_size=9
            )
            handles = [
                plt.Line2D([], [], marker="o", linestyle="", color=colour, markersize=9, label=kind)
                for kind, colour in ACTOR_TYPE_COLOURS.items()
            ]
            axes.legend(handles=handles, loc="lower left", frameon=False)
            axes.margins(0.15)
        return _png_bytes(figure)
    finally:
        plt.close(figure)
