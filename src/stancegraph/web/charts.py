"""Server-rendered SVG charts: they work offline, need no JavaScript and print well.

Counts come from ``query.py`` per day; this module only chooses a time unit that
fits the span (day, week, month or year), fills the empty periods so the time
axis stays honest, and draws. Every label that reaches the markup is escaped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

STANCE_LABELS = ("favor", "against", "neutral")

# Wider spans take coarser units so that a chart keeps a readable number of bars.
MAX_DAYS = 45
MAX_WEEKS = 30
MAX_MONTHS = 48
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass
class Timeline:
    """Counts per period and series: ``series[name][i]`` is the count in ``keys[i]``."""

    unit: str  # day, week, month or year
    keys: list[str]
    series: dict[str, list[int]] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(sum(v) for v in self.series.values())

    def label(self, key: str) -> str:
        return period_label(self.unit, key)


def _parse(day: str) -> date | None:
    try:
        return date.fromisoformat(day[:10])
    except ValueError:
        return None


def choose_unit(first: date, last: date) -> str:
    days = (last - first).days + 1
    if days <= MAX_DAYS:
        return "day"
    if days <= MAX_WEEKS * 7:
        return "week"
    if (last.year - first.year) * 12 + last.month - first.month < MAX_MONTHS:
        return "month"
    return "year"


def period_key(unit: str, d: date) -> str:
    if unit == "day":
        return d.isoformat()
    if unit == "week":  # the Monday that starts the ISO week
        return (d - timedelta(days=d.weekday())).isoformat()
    if unit == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return f"{d.year:04d}"


def _all_keys(unit: str, first: date, last: date) -> list[str]:
    keys: list[str] = []
    if unit in ("day", "week"):
        step = timedelta(days=1 if unit == "day" else 7)
        d = date.fromisoformat(period_key(unit, first))
        while d <= last:
            keys.append(period_key(unit, d))
            d += step
    elif unit == "month":
        y, m = first.year, first.month
        while (y, m) <= (last.year, last.month):
            keys.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    else:
        keys = [f"{y:04d}" for y in range(first.year, last.year + 1)]
    return keys


def period_label(unit: str, key: str, year: bool = True) -> str:
    """``Mar 4, 2024`` (a day or the week starting then), ``Mar 2024``, ``2024``;
    ``year=False`` leaves the year out of a day or week (an axis says it once)."""
    if unit == "year":
        return key
    if unit == "month":
        return f"{MONTHS[int(key[5:7]) - 1]} {key[:4]}"
    d = date.fromisoformat(key)
    return f"{MONTHS[d.month - 1]} {d.day}" + (f", {d.year}" if year else "")


def timeline(rows: Iterable[tuple[str, str, int]], names: Sequence[str], unit: str | None = None) -> Timeline:
    """A timeline from ``(day, series name, count)`` rows; ``names`` fixes the series and
    their order (rows of other names are dropped). The unit fits the span unless given."""
    counted = [(d, name, n) for day, name, n in rows if (d := _parse(day)) is not None]
    if not counted:
        return Timeline(unit or "day", [], {name: [] for name in names})
    first = min(d for d, _, _ in counted)
    last = max(d for d, _, _ in counted)
    unit = unit or choose_unit(first, last)
    keys = _all_keys(unit, first, last)
    where = {k: i for i, k in enumerate(keys)}
    series = {name: [0] * len(keys) for name in names}
    for d, name, n in counted:
        if name in series:
            series[name][where[period_key(unit, d)]] += n
    return Timeline(unit, keys, series)


def _nice_step(top: int, ticks: int = 4) -> int:
    raw = max(1.0, top / ticks)
    magnitude = 10 ** (len(str(int(raw))) - 1)
    for m in (1, 2, 5, 10):
        if m * magnitude >= raw:
            return m * magnitude
    return 10 * magnitude


def bar_chart(
    tl: Timeline,
    *,
    title: str,
    classes: dict[str, str] | None = None,
    width: int = 900,
    height: int = 200,
) -> str:
    """Stacked bars, one per period, one colour (CSS class ``bar-<series>``) per series.

    Each bar segment carries a ``<title>`` (the tooltip: period, series, count).
    An empty timeline gives an empty string: the page says so in words instead.
    """
    if not tl.keys or tl.total == 0:
        return ""
    classes = classes or {}
    left, right, top_pad, bottom = 34, 8, 10, 26
    plot_w, plot_h = width - left - right, height - top_pad - bottom
    n = len(tl.keys)
    totals = [sum(v[i] for v in tl.series.values()) for i in range(n)]
    step = _nice_step(max(totals))
    y_top = step * -(-max(totals) // step)
    slot = plot_w / n
    bar_w = max(1.0, min(slot * 0.75, 48.0))
    out = [
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="100%" preserveAspectRatio="xMinYMin meet" role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
    ]
    for tick in range(0, y_top + 1, step):
        y = top_pad + plot_h - plot_h * tick / y_top
        out.append(f'<line class="grid" x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}"/>')
        out.append(f'<text class="tick" x="{left - 5}" y="{y + 3.5:.1f}" text-anchor="end">{tick}</text>')
    every = max(1, -(-n // max(2, plot_w // 110)))  # labels about 110 units apart
    shown_year = ""
    for i, key in enumerate(tl.keys):
        x = left + slot * i + (slot - bar_w) / 2
        y = top_pad + plot_h
        for name, values in tl.series.items():
            v = values[i]
            if not v:
                continue
            h = plot_h * v / y_top
            y -= h
            cls = escape(classes.get(name, f"bar-{name}"))
            tip = f"{tl.label(key)}: {v} {name}"
            out.append(
                f'<rect class="bar {cls}" x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}">'
                f"<title>{escape(tip)}</title></rect>"
            )
        if i % every == 0:
            cx = left + slot * i + slot / 2
            # Days and weeks name their year on the first label and where it changes.
            label = period_label(tl.unit, key, year=key[:4] != shown_year)
            shown_year = key[:4]
            anchor = "start" if i == 0 and slot < 60 else "middle"
            tx = left if anchor == "start" else cx
            out.append(
                f'<text class="tick" x="{tx:.1f}" y="{height - 8}" text-anchor="{anchor}">'
                f"{escape(label)}</text>"
            )
    base = top_pad + plot_h
    out.append(f'<line class="axis" x1="{left}" x2="{width - right}" y1="{base}" y2="{base}"/>')
    out.append("</svg>")
    return "".join(out)


def split_bar(counts: dict[str, int], *, scale: int, width: int = 180, height: int = 14) -> str:
    """One horizontal bar split by stance (favor, against, neutral), ``scale`` = full width."""
    total = sum(counts.get(label, 0) for label in STANCE_LABELS)
    if not total or scale <= 0:
        return ""
    parts = [
        f'<svg class="split" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" preserveAspectRatio="none">'
    ]
    x = 0.0
    for label in STANCE_LABELS:
        n = counts.get(label, 0)
        if not n:
            continue
        w = width * n / scale
        parts.append(
            f'<rect class="bar bar-{label}" x="{x:.1f}" y="0" width="{w:.1f}" height="{height}">'
            f"<title>{n} {label}</title></rect>"
        )
        x += w
    parts.append("</svg>")
    return "".join(parts)


BEND = 0.12  # how far an arrow's middle leaves the straight line, per unit of its length
LABEL_CHARS = 24  # a longer actor name is cut (its node's tooltip has it whole)


@dataclass
class Edge:
    """Positions one actor took toward another: ``source`` -> ``target``."""

    source: int
    target: int
    positive: int
    negative: int
    documents: int = 0

    @property
    def total(self) -> int:
        return self.positive + self.negative

    @property
    def kind(self) -> str:
        """negative or positive when one side has at least two thirds, else mixed."""
        if self.negative * 3 >= self.total * 2:
            return "negative"
        if self.positive * 3 >= self.total * 2:
            return "positive"
        return "mixed"


def network(
    names: dict[int, str],
    edges: Sequence[Edge],
    *,
    title: str,
    link: str = "/actors/{id}",
    max_nodes: int | None = None,
    center: int | None = None,
    width: int = 760,
    height: int = 560,
) -> str:
    """Who is for or against whom, as a picture: actors on a circle (the most involved
    first, clockwise from the top; a node's size says how many relations it takes part
    in), one curved arrow per (subject, object) coloured by what dominates (CSS classes
    ``edge-negative``, ``edge-positive``, ``edge-mixed``), as thick as it is frequent. Each
    arrow's ``<title>`` gives its counts; each node links to its actor page. Arrows
    between the same two actors bend to opposite sides, so both directions show.
    ``max_nodes``: only the most involved actors (a circle of more is unreadable);
    ``center``: this actor sits in the middle (an actor page's own relations)."""
    import math

    edges = [e for e in edges if e.source in names and e.target in names and e.source != e.target and e.total]

    def degrees() -> dict[int, int]:
        out: dict[int, int] = {}
        for e in edges:
            out[e.source] = out.get(e.source, 0) + e.total
            out[e.target] = out.get(e.target, 0) + e.total
        return out

    degree = degrees()
    if max_nodes is not None and len(degree) > max_nodes:
        ranked = sorted(degree, key=lambda n: (n != center, -degree[n], names[n]))
        keep = set(ranked[:max_nodes])
        edges = [e for e in edges if e.source in keep and e.target in keep]
        degree = degrees()
    if not edges:
        return ""
    order = sorted(degree, key=lambda n: (-degree[n], names[n]))
    cx, cy = width / 2, height / 2
    # Room outside the ring for labels of up to LABEL_CHARS characters on either side.
    ring = min(width * 0.26, height * 0.38)
    top_degree = max(degree.values())
    pos: dict[int, tuple[float, float]] = {}
    radius: dict[int, float] = {}
    around = [n for n in order if n != center]
    for k, node in enumerate(around):
        angle = -math.pi / 2 + 2 * math.pi * k / len(around)
        pos[node] = (cx + ring * math.cos(angle), cy + ring * math.sin(angle))
    if center in degree:
        pos[center] = (cx, cy)
    for node in order:
        radius[node] = 5 + 9 * math.sqrt(degree[node] / top_degree)
    top_edge = max(e.total for e in edges)
    out = [
        f'<svg class="chart network" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="100%" preserveAspectRatio="xMidYMid meet" role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
        "<defs>",
        *(
            f'<marker id="arrow-{kind}" class="arrow-{kind}" viewBox="0 0 10 10" refX="9" refY="5" '
            'markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto">'
            '<path d="M0,0 L10,5 L0,10 z"/></marker>'
            for kind in ("negative", "positive", "mixed")
        ),
        "</defs>",
    ]
    # Thin arrows first, so that the frequent ones stay on top.
    for e in sorted(edges, key=lambda e: e.total):
        (x1, y1), (x2, y2) = pos[e.source], pos[e.target]
        # Bend to the left of the direction of travel: the reverse arrow bends the other way.
        mx, my = (x1 + x2) / 2 - (y2 - y1) * BEND, (y1 + y2) / 2 + (x2 - x1) * BEND
        # Start and end at the nodes' rims, along the lines to the control point.
        sx, sy = _toward(x1, y1, mx, my, radius[e.source] + 1)
        ex, ey = _toward(x2, y2, mx, my, radius[e.target] + 3)
        w = 1.2 + 4.0 * math.sqrt(e.total / top_edge)
        tip = (f"{names[e.source]} → {names[e.target]}: {e.negative} negative, {e.positive} positive"
               + (f" ({e.documents} documents)" if e.documents else ""))
        out.append(
            f'<path class="edge edge-{e.kind}" d="M{sx:.1f},{sy:.1f} Q{mx:.1f},{my:.1f} {ex:.1f},{ey:.1f}" '
            f'stroke-width="{w:.1f}" marker-end="url(#arrow-{e.kind})"><title>{escape(tip)}</title></path>'
        )
    for node in order:
        x, y = pos[node]
        name = names[node]
        label = name if len(name) <= LABEL_CHARS else name[: LABEL_CHARS - 1].rstrip() + "…"
        angle = math.atan2(y - cy, x - cx)
        lx, ly = x + (radius[node] + 6) * math.cos(angle), y + (radius[node] + 6) * math.sin(angle)
        anchor = "start" if math.cos(angle) > 0.2 else "end" if math.cos(angle) < -0.2 else "middle"
        ly += 4 + (8 if math.sin(angle) > 0.8 else -6 if math.sin(angle) < -0.8 else 0)
        if node == center:  # the label under the node, clear of the arrows around it
            lx, ly, anchor = x, y + radius[node] + 16, "middle"
        href = escape(link.format(id=node))
        out.append(
            f'<a href="{href}"><circle class="node" cx="{x:.1f}" cy="{y:.1f}" r="{radius[node]:.1f}">'
            f"<title>{escape(name)}: {degree[node]} relations</title></circle>"
            f'<text class="node-label" x="{lx:.1f}" y="{ly:.1f}" text-anchor="{anchor}">'
            f"{escape(label)}</text></a>"
        )
    out.append("</svg>")
    return "".join(out)


def _toward(x: float, y: float, tx: float, ty: float, d: float) -> tuple[float, float]:
    """The point ``d`` from (x, y) on the way to (tx, ty)."""
    import math

    length = math.hypot(tx - x, ty - y) or 1.0
    return x + (tx - x) * d / length, y + (ty - y) * d / length
