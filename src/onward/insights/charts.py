"""The Insights charts, drawn on the server as small SVG images: no chart library in the browser.

Every chart is a `Chart`: a title, a sentence that says what it shows (its text alternative), and SVG
elements. Horizontal positions are percentages of the chart's width and vertical ones are pixels, so a chart
fills its column at any screen width while its text keeps its size; rows have a fixed height, so a chart with
few rows never shrinks into slivers. Colours come from CSS classes (`onward.css`, light and dark); the
stand-alone file offered for download carries its own light styles.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from onward.insights.funnel import STEP_LABELS, STEPS, Funnel, Group
from onward.tracker.stages import CLOSED, PIPELINE, Stage

# The stand-alone SVG's look: the same classes the page styles in onward.css, in their light colours.
STANDALONE_STYLE = """
text { font: 12px system-ui, sans-serif; fill: #1f2933; }
.ch-muted { fill: #5f6b7a; } .ch-small { font-size: 11px; }
.ch-grid { stroke: #d9dee5; stroke-width: 1; } .ch-axis { stroke: #9aa5b1; }
.ch-s1 { fill: #2a7f62; stroke: #2a7f62; } .ch-s2 { fill: #b0793a; stroke: #b0793a; }
.ch-s3 { fill: #14463a; stroke: #14463a; } .ch-soft { fill: #cfe6dc; } .ch-mid { fill: #7fb8a4; }
.ch-line { fill: none; stroke-width: 2; } .ch-faint { opacity: .45; }
.ch-band { opacity: .3; } .ch-halo { paint-order: stroke; stroke: #fff; stroke-width: 3px; }
.st-wishlist { fill: #8a94a6; } .st-applied { fill: #3b82c4; } .st-screening { fill: #0e9aa7; }
.st-interviewing { fill: #7c5cc4; } .st-offer { fill: #d08a11; } .st-accepted { fill: #2f8f4e; }
.st-closed { fill: #a3a9b1; }
"""


@dataclass(frozen=True)
class Chart:
    name: str  # also the id of its <figure> and the name of its download
    title: str
    description: str  # what the chart shows, in words: read out instead of the picture
    height: int
    body: str  # SVG elements, already escaped

    def svg(self, *, standalone: bool = False) -> SafeString:
        """The <svg> element: 100% wide on the page; a fixed 720 px with its own styles as a file."""
        title_id, desc_id = f"{self.name}-title", f"{self.name}-desc"
        head = _fmt(
            '<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" width="{}" height="{}" role="img" '
            'aria-labelledby="{} {}"><title id="{}">{}</title><desc id="{}">{}</desc>',
            "720" if standalone else "100%", self.height, title_id, desc_id, title_id, self.title, desc_id,
            self.description,
        )
        style = _fmt("<style>{}</style>", STANDALONE_STYLE) if standalone else ""
        return mark_safe(f"{head}{style}{self.body}</svg>")  # noqa: S308 - every part is escaped above

    def file(self) -> str:
        return '<?xml version="1.0" encoding="utf-8"?>\n' + self.svg(standalone=True)


def _fmt(template: str, *args) -> str:
    """str.format with every text argument escaped; numbers keep their format codes ({:.1f})."""
    return template.format(*(escape(a) if isinstance(a, str) else a for a in args))


def _pct(x: float) -> str:
    return f"{x:.2f}%"


def _text(x: str, y: float, text: str, cls: str = "", anchor: str = "start", dx: int = 0) -> str:
    return _fmt('<text x="{}" y="{:.1f}" dx="{}" text-anchor="{}" class="{}">{}</text>',
                       x, y, dx, anchor, cls, text)


def _whole_ticks(top: float, most: int = 5) -> list[int]:
    """Whole-number ticks from 0 that cover `top`: counts are never drawn as 0.5."""
    top = max(1, math.ceil(top))
    step = 1
    for candidate in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        step = candidate
        if top / candidate <= most - 1:
            break
    return list(range(0, step * math.ceil(top / step) + 1, step))


def _legend(y: float, entries: list[tuple[str, str]]) -> str:
    parts = []
    for i, (cls, label) in enumerate(entries):
        x = i * 100 / max(len(entries), 3)
        parts.append(_fmt('<rect x="{}" y="{}" width="10" height="10" rx="2" class="{}"/>',
                                 _pct(x), y - 9, cls))
        parts.append(_text(_pct(x), y, label, "ch-small", dx=14))
    return "".join(parts)


# --- Bars ----------------------------------------------------------------------------------------

_BAR_SPAN = 84  # bars use this share of the width; the value is written after the bar's end


def funnel_chart(f: Funnel, title: str = "Your funnel") -> Chart:
    top = max(f.counts["applied"], 1)
    rows, y = [], 0
    for i, step in enumerate(STEPS):
        n = f.counts[step]
        share = f.overall(step)
        value = f"{n}" if i == 0 or share is None else f"{n} · {round(share * 100)}%"
        rows.append(_text("0", y + 14, STEP_LABELS[step]))
        rows.append(_fmt('<rect x="0" y="{}" width="{}" height="14" rx="3" class="ch-s1">'
                                '<title>{}: {}</title></rect>',
                                y + 20, _pct(max(n / top * _BAR_SPAN, 0.4)), STEP_LABELS[step], value))
        rows.append(_text(_pct(n / top * _BAR_SPAN), y + 32, value, "ch-muted", dx=6))
        y += 44
    words = ", ".join(f"{STEP_LABELS[s].lower()} {f.counts[s]}" for s in STEPS)
    return Chart("chart-funnel", title, f"Applications at each step: {words}.", y, "".join(rows))


def breakdown_chart(groups: Sequence[Group], title: str, name: str) -> Chart:
    """Response, interview and offer shares per group, one block of three bars each; small groups are faint."""
    steps = STEPS[1:]
    classes = ["ch-s1", "ch-s2", "ch-s3"]
    parts = [_legend(12, [(c, STEP_LABELS[s]) for c, s in zip(classes, steps, strict=True)])]
    y = 28
    said = []
    for g in groups:
        n = g.funnel.counts["applied"]
        label = f"{g.label} · {n} applied" + (" · few, read with care" if g.funnel.small else "")
        parts.append(_fmt('<g class="{}">', "ch-faint" if g.funnel.small else ""))
        parts.append(_text("0", y + 13, label))
        y += 19
        shares = []
        for cls, step in zip(classes, steps, strict=True):
            share = g.funnel.overall(step) or 0
            shares.append(f"{STEP_LABELS[step].lower()} {round(share * 100)}%")
            text = f"{round(share * 100)}% ({g.funnel.counts[step]})"
            parts.append(_fmt(
                '<rect x="0" y="{}" width="{}" height="10" rx="2" class="{}"><title>{}, {}: {}</title></rect>',
                y, _pct(max(share * _BAR_SPAN, 0.4)), cls, g.label, STEP_LABELS[step], text))
            parts.append(_text(_pct(share * _BAR_SPAN), y + 9, text, "ch-small ch-muted", dx=5))
            y += 13
        parts.append("</g>")
        y += 12
        said.append(f"{g.label} ({n} applied): " + ", ".join(shares))
    description = "Share of applications reaching each step. " + "; ".join(said) + "."
    return Chart(name, title, description, y, "".join(parts))


# --- Lines ---------------------------------------------------------------------------------------

def _week_label(iso: str) -> str:
    day = dt.date.fromisoformat(iso)
    return f"{day.day} {day:%b}"


def _line_chart(name: str, title: str, description: str, weeks: list[str],
                series: list[tuple[str, str, list[float | None]]], *, ticks: list[int]) -> Chart:
    """Weekly values as lines over a week axis: one tick per week, a label on every week (every third on a
    phone, always the latest), whole-number gridlines labelled at their left end."""
    legend_h, plot_h, axis_h = 24, 150, 30
    bottom = legend_h + 8 + plot_h
    hi = ticks[-1] or 1
    lo = ticks[0]

    def x(i: int) -> float:
        return 3 + 94 * (i / max(len(weeks) - 1, 1))

    def y(v: float) -> float:
        return bottom - (v - lo) / (hi - lo) * plot_h

    parts = [_legend(14, [(cls, label) for label, cls, _ in series])] if len(series) > 1 else []
    for t in ticks:
        parts.append(_fmt('<line x1="0" x2="100%" y1="{:.1f}" y2="{:.1f}" class="ch-grid"/>', y(t), y(t)))
        parts.append(_text("0", y(t) - 3, str(t), "ch-small ch-muted"))
    last = len(weeks) - 1
    for i, week in enumerate(weeks):
        parts.append(_fmt('<line x1="{}" x2="{}" y1="{}" y2="{}" class="ch-axis"/>',
                                 _pct(x(i)), _pct(x(i)), bottom, bottom + 4))
        thin = "" if (last - i) % 3 == 0 else " ch-thin"
        parts.append(_text(_pct(x(i)), bottom + 17, _week_label(week), "ch-small ch-muted" + thin, "middle"))
    for label, cls, values in series:
        points = [(i, v) for i, v in enumerate(values) if v is not None]
        for (i0, v0), (i1, v1) in zip(points, points[1:], strict=False):
            parts.append(_fmt('<line x1="{}" y1="{:.1f}" x2="{}" y2="{:.1f}" class="ch-line {}"/>',
                                     _pct(x(i0)), y(v0), _pct(x(i1)), y(v1), cls))
        for i, v in points:
            parts.append(_fmt(
                '<circle cx="{}" cy="{:.1f}" r="3.5" class="{}"><title>Week of {}: {} {}</title></circle>',
                _pct(x(i)), y(v), cls, _week_label(weeks[i]), f"{v:g}", label.lower()))
    return Chart(name, title, description, bottom + axis_h, "".join(parts))


def weekly_chart(rows: list[dict]) -> Chart:
    weeks = [r["week"] for r in rows]
    apps = [r["applications"] for r in rows]
    answers = [r["responses"] for r in rows]
    description = (f"Over the last {len(rows)} weeks: {sum(apps)} applications sent and {sum(answers)} first "
                   f"answers. Latest week: {apps[-1] if apps else 0} sent, {answers[-1] if answers else 0} answers.")
    return _line_chart("chart-weekly", "Applications and first answers per week", description, weeks,
                       [("Applications", "ch-s1", apps), ("First answers", "ch-s2", answers)],
                       ticks=_whole_ticks(max(apps + answers + [1])))


def mood_chart(rows: list[dict]) -> Chart:
    weeks = [r["week"] for r in rows]
    moods = [r["mood"] for r in rows]
    latest = f"{moods[-1]:g}" if moods else "none yet"
    description = f"Weekly average mood on a scale of 1 to 5 over {len(rows)} weeks; latest {latest}."
    return _line_chart("chart-mood", "Mood, weekly average (1–5)", description, weeks,
                       [("Mood", "ch-s1", moods)], ticks=[1, 2, 3, 4, 5])


# --- Ranges --------------------------------------------------------------------------------------

def projection_chart(quantiles: dict[str, float], title: str) -> Chart:
    """The central 80% range, the central 50% inside it, and the median as a mark."""
    ticks = _whole_ticks(quantiles["p90"])
    hi = ticks[-1] or 1

    def x(v: float) -> str:
        return _pct(1 + v / hi * 96)

    parts = [
        _fmt('<rect x="{}" y="8" width="{}" height="24" rx="3" class="ch-soft"/>',
                    x(quantiles["p10"]), _pct((quantiles["p90"] - quantiles["p10"]) / hi * 96 + 0.3)),
        _fmt('<rect x="{}" y="8" width="{}" height="24" rx="3" class="ch-mid"/>',
                    x(quantiles["p25"]), _pct((quantiles["p75"] - quantiles["p25"]) / hi * 96 + 0.3)),
        _fmt('<rect x="{}" y="4" width="3" height="32" class="ch-s3"><title>Middle: {}</title></rect>',
                    x(quantiles["p50"]), f"{quantiles['p50']:g}"),
        '<line x1="0" x2="100%" y1="40" y2="40" class="ch-axis"/>',
    ]
    for t in ticks:
        parts.append(_text(x(t), 54, str(t), "ch-small ch-muted", "middle"))
    description = (f"Half of the simulated outcomes need {quantiles['p25']:g} to {quantiles['p75']:g} more "
                   f"applications, 8 in 10 need {quantiles['p10']:g} to {quantiles['p90']:g}; the middle is "
                   f"{quantiles['p50']:g}.")
    return Chart("chart-apps-needed", title, description, 60, "".join(parts))


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


def _stage_class(stage: str) -> str:
    return f"st-{stage}" if stage in PIPELINE else "st-closed"


def sankey_chart(links: Counter, reached: Counter | None = None) -> Chart:
    """Bands between stage columns; labels sit beside their nodes, on a halo so a band never hides them."""
    nodes, bands = sankey_layout(links, reached)
    height, top = 300, 10
    columns = max((n["x"] for n in nodes), default=1) or 1
    total = max((n["y1"] for n in nodes), default=1)
    node_w = 1.6  # % of the width

    def x(col: int) -> float:
        return col / columns * (100 - node_w)

    def y(v: float) -> float:
        return top + v / total * height

    # Bands are curves, drawn in a stretched 1000-unit-wide box: their ends line up with the percentage nodes.
    paths = []
    for b in bands:
        x0, x1 = x(b["sx"]) * 10 + node_w * 10, x(b["tx"]) * 10
        half = b["value"] / total * height / 2
        sy, ty = y(b["sy"]), y(b["ty"])
        mid = (x0 + x1) / 2
        d = (f"M{x0:.1f},{sy - half:.1f} C{mid:.1f},{sy - half:.1f} {mid:.1f},{ty - half:.1f} "
             f"{x1:.1f},{ty - half:.1f} L{x1:.1f},{ty + half:.1f} C{mid:.1f},{ty + half:.1f} "
             f"{mid:.1f},{sy + half:.1f} {x0:.1f},{sy + half:.1f} Z")
        paths.append(_fmt('<path d="{}" class="ch-band {}"><title>{} → {}: {}</title></path>',
                                 d, _stage_class(b["a"]), b["source"], b["target"], b["value"]))
    box = top + height + 10
    parts = [_fmt('<svg x="0" y="0" width="100%" height="{}" viewBox="0 0 1000 {}" '
                         'preserveAspectRatio="none">', box, box), *paths, "</svg>"]
    for n in nodes:
        parts.append(_fmt(
            '<rect x="{}" y="{:.1f}" width="{}" height="{:.1f}" class="{}"><title>{}: {}</title></rect>',
            _pct(x(n["x"])), y(n["y0"]), _pct(node_w), max(y(n["y1"]) - y(n["y0"]), 1), _stage_class(n["stage"]),
            n["name"], n["value"]))
        last = n["x"] >= columns
        parts.append(_text(_pct(x(n["x"]) + (0 if last else node_w)), (y(n["y0"]) + y(n["y1"])) / 2 + 4,
                           f"{n['name']} {n['value']}", "ch-small ch-halo", "end" if last else "start",
                           dx=-4 if last else 4))
    said = "; ".join(f"{b['source']} to {b['target']}: {b['value']}" for b in bands)
    return Chart("chart-sankey", "How applications moved between stages",
                 f"Applications moving from one stage to the next. {said}.", top + height + 10, "".join(parts))

