"""Terminal output for the CLI: listings as table/JSON/CSV and a readable document view.

Nothing here computes anything: rows come from ``query.py``, documents from the
pipeline or the store.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .query import ActorStance, Summary
from .targets import Suggestion
from .types import Document, TimeExpr

if TYPE_CHECKING:
    from .web.charts import Timeline


class ListFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class Row(Protocol):
    def to_dict(self) -> dict[str, Any]: ...

    def flat(self) -> dict[str, Any]: ...


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, default=str)


def rows_csv(rows: Sequence[Row], fields: Sequence[str]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(fields), lineterminator="\n")
    writer.writeheader()
    for r in rows:
        writer.writerow(r.flat())
    return buf.getvalue()


def stream(out: Console, pages: Iterable[Sequence[Row]], fields: Sequence[str], fmt: ListFormat) -> None:
    """JSON (one array) or CSV (one header) written page by page, as ``listing`` would."""
    first = True
    if fmt is ListFormat.json:
        out.file.write("[")
        for page in pages:
            for r in page:
                out.file.write(("\n" if first else ",\n") + dumps(r.to_dict()))
                first = False
        out.file.write("\n]\n" if not first else "]\n")
        return
    for page in pages:
        text = rows_csv(page, fields)
        out.file.write(text if first else text.split("\n", 1)[1])
        first = False


# The columns a terminal table shows (JSON and CSV carry every field): the rest is
# one `--format json` away, and a narrow terminal cannot fit it.
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "StatementRow": ("id", "published", "actor", "kind", "content", "stances", "mentions"),
    "DocumentRow": ("id", "published", "title", "outlet", "actors", "statements"),
    "ActorRow": ("id", "name", "kind", "statements", "documents", "aliases"),
    "RejectRow": ("source", "code", "reason", "time", "count"),
    "RelationPair": ("subject", "object", "negative", "positive", "documents"),
}
WIDE = {
    "content": 4, "evidence": 4, "reason": 3, "title": 3, "source": 3, "aliases": 2, "stances": 2, "name": 2,
    "mentions": 2,
}  # fmt: skip


def listing(
    out: Console, rows: Sequence[Row], fields: Sequence[str], fmt: ListFormat, title: str = ""
) -> None:
    """Print rows in the chosen format; JSON is an array of ``row.to_dict()``, CSV has ``fields``."""
    if fmt is ListFormat.json:
        out.file.write(dumps([r.to_dict() for r in rows]) + "\n")
        return
    if fmt is ListFormat.csv:
        out.file.write(rows_csv(rows, fields))
        return
    if rows:
        shown = TABLE_COLUMNS.get(type(rows[0]).__name__, tuple(fields))
        fields = [f for f in shown if f in fields] or list(fields)
    table = Table(title=title or None, show_lines=False, header_style="bold")
    for f in fields:
        table.add_column(f, overflow="fold", ratio=WIDE.get(f, 1), no_wrap=f in ("id", "published", "time"))
    for r in rows:
        flat = r.flat()
        table.add_row(*(escape("" if flat[f] is None else str(flat[f])) for f in fields))
    out.print(table)
    if not rows:
        out.print("(nothing found)", style="dim")


def suggestions(out: Console, found: Sequence[Suggestion]) -> None:
    """``targets suggest``: one row per phrase, most documents first."""
    table = Table(title="Possible targets", header_style="bold")
    table.add_column("phrase", overflow="fold", ratio=4)
    table.add_column("kind", ratio=1)
    table.add_column("mentions", justify="right")
    table.add_column("documents", justify="right")
    table.add_column("also as", overflow="fold", ratio=1)
    for s in found:
        table.add_row(escape(s.phrase), s.kind, str(s.count), str(s.docs), escape(", ".join(s.aliases)))
    out.print(table)
    if not found:
        out.print("(nothing found: try --min-count 1)", style="dim")
    else:
        out.print("Promote phrases to targets with --yaml > targets.yaml, then edit.", style="dim")


STANCE_STYLE = {"favor": "green", "against": "red", "neutral": "dim"}
POLARITY_STYLE = {"positive": "green", "negative": "red"}
TIME_STYLE = "bold green"


def time_text(times: Sequence[TimeExpr]) -> str:
    """``said Tuesday → 2024-03-05; next month → 2024-04``: a statement's times in one cell."""
    parts = []
    for t in times:
        shown = t.text if not t.value or t.value == t.text else f"{t.text} → {t.value}"
        parts.append(("said " if t.role == "said" else "") + shown)
    return "; ".join(parts)


def _side(actors: Sequence[ActorStance], label: str, top: int = 2) -> str:
    """The actors with most statements of ``label``: "Tomas Reval (3), Ilse Marang (1)"."""
    ranked = sorted((a for a in actors if getattr(a, label)), key=lambda a: (-getattr(a, label), a.actor))
    return ", ".join(f"{escape(a.actor)} ({getattr(a, label)})" for a in ranked[:top])


def summary(
    out: Console, s: Summary, fmt: ListFormat, sides: dict[str, list[ActorStance]] | None = None
) -> None:
    """The store's summary; ``sides`` (target -> ``query.target_actors``) adds who is for
    and who against each target to the table view."""
    if fmt is ListFormat.json:
        out.file.write(dumps(s.to_dict()) + "\n")
        return
    if fmt is ListFormat.csv:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["section", "name", "favor", "against", "neutral", "total"])
        w.writerow(["counts", "documents", "", "", "", s.documents])
        w.writerow(["counts", "actors", "", "", "", s.actors])
        w.writerow(["counts", "statements", "", "", "", s.statements])
        for a in s.top_actors:
            w.writerow(["actor", a.name, "", "", "", a.statements])
        for t in s.targets:
            w.writerow(["target", t.target, t.favor, t.against, t.neutral, t.total])
        for o in s.outlets:
            w.writerow(["outlet", o.outlet, "", "", "", o.documents])
        for r in s.relations:
            w.writerow(["relation", f"{r.subject} -> {r.object}", r.positive, r.negative, "", r.total])
        out.file.write(buf.getvalue())
        return
    span = f"{s.first_published} … {s.last_published}" if s.first_published else "no dates"
    attributed = f"({s.statements_with_actor} attributed to an actor)" if s.statements else ""
    out.print(
        Panel.fit(
            f"[bold]{s.documents}[/bold] documents ({escape(span)})\n"
            f"[bold]{s.actors}[/bold] actors\n"
            f"[bold]{s.statements}[/bold] statements {attributed}"
            + (f"\n[yellow]{s.rejects}[/yellow] rejected inputs: `stancegraph rejects`" if s.rejects else ""),
            title="stancegraph",
        )
    )
    actors = Table(title="Statements per actor", header_style="bold")
    actors.add_column("actor")
    actors.add_column("kind")
    actors.add_column("statements", justify="right")
    actors.add_column("documents", justify="right")
    for a in s.top_actors:
        actors.add_row(escape(a.name), a.kind, str(a.statements), str(a.documents))
    out.print(actors)
    targets = Table(title="Stance per target", header_style="bold")
    targets.add_column("target", no_wrap=True)
    for label in ("favor", "against", "neutral"):
        targets.add_column(label, justify="right", style=STANCE_STYLE[label])
    if sides:
        targets.add_column("most for", style="green")
        targets.add_column("most against", style="red")
    for t in s.targets:
        cells = [escape(t.target), str(t.favor), str(t.against), str(t.neutral)]
        if sides:
            top = 2 if out.width >= 110 else 1  # one name a side fits an 80-column terminal
            cells += [_side(sides.get(t.target, []), label, top) for label in ("favor", "against")]
        targets.add_row(*cells)
    out.print(targets)
    if not s.targets:
        out.print("(no stances: pass --targets FILE to ingest, see README)", style="dim")
    if s.outlets:
        outlets = Table(title="Documents per outlet", header_style="bold")
        outlets.add_column("outlet")
        for col in ("stories", "copies carried", "statements"):
            outlets.add_column(col, justify="right")
        for o in s.outlets:
            outlets.add_row(escape(o.outlet), str(o.documents), str(o.copies), str(o.statements))
        out.print(outlets)
    if s.relations:
        pairs = Table(title="Who is for or against whom (firm readings)", header_style="bold")
        pairs.add_column("who", style="cyan")
        pairs.add_column("toward", style="cyan")
        pairs.add_column("against", justify="right", style="red")
        pairs.add_column("for", justify="right", style="green")
        for r in s.relations:
            pairs.add_row(escape(r.subject), escape(r.object), str(r.negative), str(r.positive))
        out.print(pairs)


def document(out: Console, doc: Document) -> None:
    """A readable view of one analysed document: the body with quotes, speakers and
    cues highlighted, then its statements with their stances."""
    head = Text(doc.title or doc.source, style="bold")
    meta = " · ".join(str(x) for x in (doc.published, doc.meta.get("outlet"), doc.source) if x)
    out.rule(head)
    out.print(Text(meta, style="dim"))
    legend = Text.assemble(
        ("direct quote", "yellow"), " · ", ("reported speech", "italic yellow"), " · ",
        ("speaker", "bold cyan"), " · ", ("cue", "underline magenta"), " · ", ("time", TIME_STYLE),
    )  # fmt: skip
    if doc.statements:
        out.print(legend)
    styles: list[tuple[int, int, str]] = []
    for st in doc.statements:
        styles.append((*st.content, "yellow" if st.kind == "direct" else "italic yellow"))
        if st.speaker:
            styles.append((*st.speaker, "bold cyan"))
        if st.cue:
            styles.append((*st.cue, "underline magenta"))
        styles += [(*t.span, TIME_STYLE) for t in st.times]
    for start, end in doc.body:
        para = Text(doc.text[start:end])
        for s, e, style in styles:
            if s < end and e > start:
                para.stylize(style, max(s, start) - start, min(e, end) - start)
        out.print(para)
        out.print()
    if not doc.statements:
        out.print("(no statements found)", style="dim")
    else:
        _statements_table(out, doc)
    if doc.relations:
        _relations_table(out, doc)


def _relations_table(out: Console, doc: Document) -> None:
    """Who is for or against whom in the document, with what the reading rests on."""
    table = Table(header_style="bold", title="Relations")
    table.add_column("subject", style="cyan")
    table.add_column("polarity")
    table.add_column("object", style="cyan")
    table.add_column("score", justify="right")
    table.add_column("basis")
    table.add_column("evidence", ratio=3, overflow="fold")
    for r in doc.relations:
        subject, obj = doc.actor(r.subject), doc.actor(r.object)
        table.add_row(
            escape(subject.name if subject else r.subject),
            Text(r.polarity, style=POLARITY_STYLE.get(r.polarity, "")),
            escape(obj.name if obj else f"{r.object} (target)"),
            "" if r.score is None else f"{r.score:.2f}",
            r.basis or "",
            escape(doc.slice(r.evidence)),
        )
    out.print(table)


def _statements_table(out: Console, doc: Document) -> None:
    table = Table(header_style="bold", title="Statements")
    table.add_column("#", justify="right")
    table.add_column("speaker", style="cyan")
    table.add_column("kind")
    table.add_column("content", ratio=3, overflow="fold")
    table.add_column("stances")
    table.add_column("when", overflow="fold")
    for n, st in enumerate(doc.statements, 1):
        actor = doc.actor(st.actor)
        who = actor.name if actor else doc.slice(st.speaker) or "?"
        content = doc.slice(st.content)
        stances = Text()
        for stance in st.stances:
            stances.append(f"{stance.target}: {stance.label} ", style=STANCE_STYLE.get(stance.label, ""))
        table.add_row(str(n), escape(who), st.kind, escape(content), stances, escape(time_text(st.times)))
    out.print(table)


SERIES_STYLE = {**STANCE_STYLE, **POLARITY_STYLE}
SERIES_HEADING = {"negative": "against", "positive": "for"}
BAR_WIDTH = 40


def timelines(out: Console, series: dict[str, Timeline], fmt: ListFormat) -> None:
    """``timeline``: one table per target (or one for relations), a row per period with its
    counts and a bar; JSON and CSV: one row per (name, period)."""
    rows = [
        {"name": name, "period": tl.label(key), "key": key, **{s: v[i] for s, v in tl.series.items()}}
        for name, tl in series.items()
        for i, key in enumerate(tl.keys)
    ]
    if fmt is ListFormat.json:
        out.file.write(dumps(rows) + "\n")
        return
    if fmt is ListFormat.csv:
        fields = ["name", "key", *dict.fromkeys(s for tl in series.values() for s in tl.series)]
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
        out.file.write(buf.getvalue())
        return
    if not series:
        out.print("(nothing dated found)", style="dim")
        return
    for name, tl in series.items():
        table = Table(title=f"{name} per {tl.unit}", header_style="bold")
        table.add_column(tl.unit, no_wrap=True)
        for s in tl.series:
            table.add_column(SERIES_HEADING.get(s, s), justify="right", style=SERIES_STYLE.get(s, ""))
        table.add_column("")
        top = max((sum(v[i] for v in tl.series.values()) for i in range(len(tl.keys))), default=0) or 1
        for i, key in enumerate(tl.keys):
            bar = Text()
            for s, values in tl.series.items():
                bar.append("█" * round(values[i] * BAR_WIDTH / top), style=SERIES_STYLE.get(s, ""))
            table.add_row(escape(tl.label(key)), *(str(v[i]) for v in tl.series.values()), bar)
        out.print(table)
