"""Chart specifications for Vega-Lite and Vega, built from the services' figures.

The browser renders them with the vendored vega-embed, whose menu exports each chart as PNG or SVG.
Only layout numbers are computed here (the Sankey's node and band positions); drawing is Vega's job.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from onward.insights.funnel import STEP_LABELS, STEPS, Funnel, Group
from onward.tracker.stages import CLOSED, PIPELINE, Stage

VEGA_LITE = "https://vega.github.io/schema/vega-lite/v6.json"
VEGA = "https://vega.github.io/schema/vega/v6.json"
_BASE = {"$schema": VEGA_LITE, "width": "container", "autosize": {"type": "fit", "contains": "padding"},
         "config": {"font": "system-ui, sans-serif", "view": {"stroke": None}}}


def _lite(spec: dict, height: int = 220) -> dict:
    return {**_BASE, "height": height, **spec}


def funnel_chart(f: Funnel, title: str = "Your funnel") -> dict:
    values = [{"step": STEP_LABELS[s], "order": i, "count": f.counts[s],
               "share": (f.overall(s) or 0)} for i, s in enumerate(STEPS)]
    return _lite({
        "title": title,
        "data": {"values": values},
        "mark": {"type": "bar", "tooltip": True, "cornerRadiusEnd": 3},
        "encoding": {
            "y": {"field": "step", "type": "nominal", "sort": {"field": "order"}, "title": None},
            "x": {"field": "count", "type": "quantitative", "title": "Applications"},
            "color": {"value": "#2a7f62"},
            "tooltip": [{"field": "step", "title": "Step"}, {"field": "count", "title": "Applications"},
                        {"field": "share", "title": "Of all applied", "format": ".0%"}],
        },
    }, height=160)


def breakdown_chart(groups: list[Group], title: str) -> dict:
    """Response, interview and offer rates per group; small groups are marked in the label and lighter."""
    values = []
    for g in groups:
        label = f"{g.label} (n={g.funnel.counts['applied']}{', few' if g.funnel.small else ''})"
        for step in STEPS[1:]:
            values.append({"group": label, "step": STEP_LABELS[step], "rate": g.funnel.overall(step) or 0,
                           "count": g.funnel.counts[step], "small": g.funnel.small})
    return _lite({
        "title": title,
        "data": {"values": values},
        "mark": {"type": "bar", "tooltip": True},
        "encoding": {
            "y": {"field": "group", "type": "nominal", "title": None, "sort": None, "axis": {"labelLimit": 160}},
            "yOffset": {"field": "step", "sort": [STEP_LABELS[s] for s in STEPS[1:]]},
            "x": {"field": "rate", "type": "quantitative", "axis": {"format": ".0%"}, "title": "Share of applications"},
            "color": {"field": "step", "type": "nominal", "sort": [STEP_LABELS[s] for s in STEPS[1:]],
                      "scale": {"range": ["#7fb8a4", "#2a7f62", "#14463a"]}, "title": None,
                      # Vertical, so it is not cut off on a phone next to long group labels.
                      "legend": {"orient": "bottom", "direction": "vertical"}},
            "opacity": {"condition": {"test": "datum.small", "value": 0.45}, "value": 1},
            "tooltip": [{"field": "group", "title": "Group"}, {"field": "step", "title": "Step"},
                        {"field": "count", "title": "Applications"},
                        {"field": "rate", "title": "Share", "format": ".0%"}],
        },
    }, height=max(120, 46 * len(groups)))


def weekly_chart(rows: list[dict]) -> dict:
    return _lite({
        "title": "Applications and first answers per week",
        "data": {"values": rows},
        "transform": [{"fold": ["applications", "responses"], "as": ["what", "count"]}],
        "mark": {"type": "line", "point": True, "tooltip": True},
        "encoding": {
            "x": {"field": "week", "type": "temporal", "timeUnit": "yearmonthdate", "title": "Week starting"},
            "y": {"field": "count", "type": "quantitative", "title": None, "axis": {"tickMinStep": 1}},
            "color": {"field": "what", "type": "nominal", "title": None, "legend": {"orient": "bottom"},
                      "scale": {"range": ["#2a7f62", "#b0793a"]}},
        },
    })


def mood_chart(rows: list[dict]) -> dict:
    return _lite({
        "title": "Mood, weekly average",
        "data": {"values": rows},
        "mark": {"type": "line", "point": True, "tooltip": True, "color": "#6a5acd"},
        "encoding": {
            "x": {"field": "week", "type": "temporal", "timeUnit": "yearmonthdate", "title": "Week starting"},
            "y": {"field": "mood", "type": "quantitative", "scale": {"domain": [1, 5]}, "title": "Mood (1–5)",
                  "axis": {"tickMinStep": 1}},
        },
    }, height=180)


def projection_chart(quantiles: dict[str, float], title: str) -> dict:
    """The 50% and 80% ranges as nested bars with the median marked."""
    row = {"what": title, **quantiles}
    return _lite({
        "title": title,
        "data": {"values": [row]},
        "layer": [
            {"mark": {"type": "bar", "color": "#cfe6dc", "height": 28, "tooltip": True},
             "encoding": {"x": {"field": "p10", "type": "quantitative", "title": None},
                          "x2": {"field": "p90"}}},
            {"mark": {"type": "bar", "color": "#7fb8a4", "height": 28},
             "encoding": {"x": {"field": "p25", "type": "quantitative"}, "x2": {"field": "p75"}}},
            {"mark": {"type": "tick", "color": "#14463a", "thickness": 3, "size": 34},
             "encoding": {"x": {"field": "p50", "type": "quantitative"}}},
        ],
    }, height=50)


# --- Sankey ------------------------------------------------------------------------------------

_PADDING = 0.08  # gap between nodes in a column, as a share of the largest column's total


def _column(stage: str) -> int:
    # Pipeline stages left to right; every outcome sits in the last column so no link runs backwards.
    return PIPELINE.index(stage) - 1 if stage in PIPELINE else len(PIPELINE) - 1


def sankey_layout(links: Counter, reached: Counter | None = None) -> tuple[list[dict], list[dict]]:
    """Node rectangles and link bands in abstract units (x = column, y = applications).

    A node is as tall as the applications that reached it, so those still waiting there show as the part of the
    node no band leaves from.
    """
    if not links:
        return [], []
    reached = reached or Counter()
    inflow: Counter = Counter()
    outflow: Counter = Counter()
    for (a, b), n in links.items():
        outflow[a] += n
        inflow[b] += n
    stages = set(inflow) | set(outflow)
    order = [s for s in PIPELINE if s in stages] + [s for s in CLOSED if s in stages]
    columns: dict[int, list[str]] = defaultdict(list)
    for s in order:
        columns[_column(s)].append(s)
    size = {s: max(inflow[s], outflow[s], reached[s]) for s in stages}
    height = max(sum(size[s] for s in col) for col in columns.values())
    pad = max(height * _PADDING, 0.5)
    total = height + pad * (max(len(c) for c in columns.values()) - 1)
    nodes, y0 = [], {}
    for col, members in columns.items():
        y = (total - sum(size[s] for s in members) - pad * (len(members) - 1)) / 2
        for s in members:
            y0[s] = y
            nodes.append({"name": Stage(s).label, "stage": s, "x": col, "y0": y, "y1": y + size[s],
                          "value": size[s]})
            y += size[s] + pad
    out_used: Counter = Counter()
    in_used: Counter = Counter()
    bands = []
    # Bands leave and enter each node in the order of the other end's position, so they do not cross needlessly.
    for (a, b), n in sorted(links.items(), key=lambda kv: (y0[kv[0][0]], y0[kv[0][1]])):
        bands.append({"source": Stage(a).label, "target": Stage(b).label, "value": n, "sx": _column(a),
                      "sy": y0[a] + out_used[a] + n / 2, "tx": _column(b), "ty": 0.0, "a": a, "b": b})
        out_used[a] += n
    for band in sorted(bands, key=lambda d: (d["b"], y0[d["a"]])):
        band["ty"] = y0[band["b"]] + in_used[band["b"]] + band["value"] / 2
        in_used[band["b"]] += band["value"]
    return nodes, bands


def sankey_chart(links: Counter, reached: Counter | None = None) -> dict:
    nodes, bands = sankey_layout(links, reached)
    columns = max((n["x"] for n in nodes), default=1) or 1
    total = max((n["y1"] for n in nodes), default=1)
    return {
        "$schema": VEGA,
        "description": "How applications moved between stages",
        "width": 640, "height": 320, "padding": {"left": 8, "right": 8, "top": 18, "bottom": 8},
        # Fixed size: "fit" would shrink the plot to contain the bands, whose widths grow with the plot.
        "autosize": {"type": "none"},
        "signals": [{"name": "nodeWidth", "value": 14}, {"name": "narrow", "update": "width < 520"}],
        "data": [{"name": "nodes", "values": nodes}, {"name": "links", "values": bands,
                 "transform": [
                     {"type": "formula", "as": "x0", "expr": "scale('x', datum.sx) + nodeWidth"},
                     {"type": "formula", "as": "x1", "expr": "scale('x', datum.tx)"},
                     {"type": "formula", "as": "y0", "expr": "scale('y', datum.sy)"},
                     {"type": "formula", "as": "y1", "expr": "scale('y', datum.ty)"},
                     {"type": "linkpath", "sourceX": "x0", "sourceY": "y0", "targetX": "x1", "targetY": "y1",
                      "orient": "horizontal", "shape": "diagonal"},
                 ]}],
        "scales": [
            {"name": "x", "type": "linear", "domain": [0, columns], "range": [0, {"signal": "width - nodeWidth"}]},
            {"name": "y", "type": "linear", "domain": [0, total], "range": [0, {"signal": "height"}]},
            {"name": "color", "type": "ordinal", "domain": [Stage(s).label for s in PIPELINE + CLOSED],
             "range": ["#9aa5b1", "#2a7f62", "#3f9c7c", "#14463a", "#d4a017", "#1b6e2f",
                       "#b06d5a", "#8d8d8d", "#a98bb5", "#c4553f", "#b0b7bf", "#7c8a99"]},
        ],
        "marks": [
            {"type": "path", "from": {"data": "links"},
             "encode": {"update": {
                 "path": {"field": "path"}, "stroke": {"scale": "color", "field": "source"},
                 "strokeOpacity": {"value": 0.35},
                 "strokeWidth": {"signal": "max(1, scale('y', datum.value) - scale('y', 0))"},
                 "tooltip": {"signal": "datum.source + ' → ' + datum.target + ': ' + datum.value"}}}},
            {"type": "rect", "from": {"data": "nodes"},
             "encode": {"update": {
                 "x": {"scale": "x", "field": "x"}, "width": {"signal": "nodeWidth"},
                 "y": {"scale": "y", "field": "y0"}, "y2": {"scale": "y", "field": "y1"},
                 "fill": {"scale": "color", "field": "name"},
                 "tooltip": {"signal": "datum.name + ': ' + datum.value"}}}},
            {"type": "text", "from": {"data": "nodes"},
             "encode": {"update": {
                 # On a narrow screen the middle columns' labels go above their nodes, so they do not overlap.
                 "x": {"signal": f"datum.x >= {columns} ? scale('x', datum.x) - 4 : "
                                 f"narrow && datum.x > 0 ? scale('x', datum.x) + nodeWidth / 2 : "
                                 "scale('x', datum.x) + nodeWidth + 4"},
                 "y": {"signal": "narrow && datum.x > 0 && datum.x < " + str(columns) + " ? "
                                 "scale('y', datum.y0) - 3 : (scale('y', datum.y0) + scale('y', datum.y1)) / 2"},
                 "align": {"signal": f"datum.x >= {columns} ? 'right' : narrow && datum.x > 0 ? 'center' : 'left'"},
                 "baseline": {"signal": f"narrow && datum.x > 0 && datum.x < {columns} ? 'bottom' : 'middle'"},
                 "text": {"signal": "datum.name + ' ' + datum.value"},
                 "fontSize": {"signal": "narrow ? 9 : 11"},
                 "fill": {"value": "#444"}}}},
        ],
    }
