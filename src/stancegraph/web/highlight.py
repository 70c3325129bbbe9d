"""A stored document's text as HTML with its spans marked.

The text is cut at every span boundary (body, heading, chrome, actor mention,
speaker, cue, content) into runs that share the same marks; each run is escaped
on its own and wrapped in a ``<span>`` with classes (and an ``<a>`` to the actor's
page for a mention or a speaker). Nothing of the article reaches the markup
unescaped: tags, attributes and entities in the text show as text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from ..types import Document, Statement


@dataclass(frozen=True)
class _Mark:
    body: bool
    heading: bool
    chrome: str | None  # the chrome kind the cleaner gave the line, when known
    actor: str | None  # local actor id of a mention
    speaker: int | None  # statement index
    cue: int | None
    content: int | None
    time: str | None = None  # what a time expression resolves to, for its title


def _statement_title(doc: Document, st: Statement) -> str:
    who = doc.actor(st.actor)
    parts = [f"{who.name if who else 'unattributed'} ({st.kind} statement)"]
    parts += [f"{s.target}: {s.label} ({s.score:.2f})" for s in st.stances]
    return " · ".join(parts)


def stance_class(st: Statement) -> str:
    """The stance colour of a statement: its strongest non-neutral stance, else neutral."""
    strong = [s for s in st.stances if s.label in ("favor", "against")]
    if strong:
        return "stance-" + max(strong, key=lambda s: s.score).label
    return "stance-neutral" if st.stances else ""


def highlight(doc: Document, actor_url: Callable[[str], str | None]) -> str:
    """The document text as HTML (for a ``white-space: pre-wrap`` block).

    ``actor_url(local_id)`` is the link of a document actor's page (None: no link).
    """
    n = len(doc.text)
    cuts = {0, n}
    spans: list[tuple[int, int, str, object]] = []

    def add(span: tuple[int, int] | list[int] | None, layer: str, ref: object) -> None:
        if span is None:
            return
        s, e = max(0, int(span[0])), min(n, int(span[1]))
        if s < e:
            spans.append((s, e, layer, ref))
            cuts.update((s, e))

    for s, e in doc.body:
        add((s, e), "body", True)
    for h in doc.meta.get("headings") or []:
        add((h[0], h[1]), "heading", True)
    for c in doc.meta.get("chrome") or []:
        add((c[0], c[1]), "chrome", str(c[2]) if len(c) > 2 else "chrome")
    for a in doc.actors:
        for m in a.mentions:
            add(m.span, "actor", a.id)
    for i, st in enumerate(doc.statements):
        add(st.content, "content", i)
        add(st.cue, "cue", i)
        add(st.speaker, "speaker", i)
        for t in st.times:
            add(t.span, "time", f"{'said' if t.role == 'said' else 'time'}: {t.value or 'not resolved'}")

    # Sweep the cut points once: starts and ends of every span, in order.
    starts: dict[int, list[tuple[int, str, object]]] = {}
    ends: dict[int, list[tuple[int, str, object]]] = {}
    for k, (s, e, layer, ref) in enumerate(spans):
        starts.setdefault(s, []).append((k, layer, ref))
        ends.setdefault(e, []).append((k, layer, ref))
    active: dict[str, dict[int, object]] = {
        "body": {},
        "heading": {},
        "chrome": {},
        "actor": {},
        "content": {},
        "cue": {},
        "speaker": {},
        "time": {},
    }
    content_starts = {st.content[0] for st in doc.statements}
    out: list[str] = []
    points = sorted(cuts)
    run_mark: _Mark | None = None
    run_text: list[str] = []
    run_anchor: int | None = None

    def last(layer: str) -> object | None:
        # The most recently opened span of a layer is the innermost one.
        return next(reversed(active[layer].values()), None) if active[layer] else None

    def flush() -> None:
        if run_mark is not None and run_text:
            out.append(_render(doc, run_mark, "".join(run_text), run_anchor, actor_url))

    for at, to in zip(points, points[1:], strict=False):
        for k, layer, _ in ends.get(at, []):
            active[layer].pop(k, None)
        for k, layer, ref in starts.get(at, []):
            active[layer][k] = ref
        actor = last("actor")
        speaker = last("speaker")
        cue = last("cue")
        content = last("content")
        chrome = last("chrome")
        mark = _Mark(
            body=bool(active["body"]),
            heading=bool(active["heading"]),
            chrome=None if chrome is None else str(chrome),
            actor=None if actor is None else str(actor),
            speaker=None if speaker is None else int(str(speaker)),
            cue=None if cue is None else int(str(cue)),
            content=None if content is None else int(str(content)),
            time=None if (when := last("time")) is None else str(when),
        )
        anchor = at if at in content_starts and mark.content is not None else None
        if mark != run_mark or anchor is not None:
            flush()
            run_mark, run_text, run_anchor = mark, [], anchor
        run_text.append(doc.text[at:to])
    flush()
    return "".join(out)


def _render(
    doc: Document, mark: _Mark, text: str, anchor: int | None, actor_url: Callable[[str], str | None]
) -> str:
    classes: list[str] = []
    title = ""
    if not mark.body:
        classes.append("chrome")
        title = f"left out of the analysis ({mark.chrome})" if mark.chrome else "left out of the analysis"
    if mark.heading:
        classes.append("heading")
    if mark.content is not None:
        st = doc.statements[mark.content]
        classes += ["content", stance_class(st)]
        title = _statement_title(doc, st)
    if mark.cue is not None:
        classes.append("cue")
    if mark.speaker is not None:
        classes.append("speaker")
    if mark.time is not None:
        classes.append("time")
        title = f"{title} · {mark.time}" if title else mark.time
    body = escape(text, quote=False)
    attrs = f' class="{" ".join(c for c in classes if c)}"' if classes else ""
    if anchor is not None:
        attrs += f' id="c{anchor}"'
    if title:
        attrs += f' title="{escape(title)}"'
    html = f"<span{attrs}>{body}</span>" if attrs else body
    link_to = mark.actor
    if link_to is None and mark.speaker is not None:
        link_to = doc.statements[mark.speaker].actor
    href = actor_url(link_to) if link_to is not None else None
    if href:
        who = doc.actor(link_to)
        name = f"{who.name} ({who.kind})" if who else ""
        html = f'<a class="mention" href="{escape(href)}" title="{escape(name)}">{html}</a>'
    return html


def mark_words(text: str, q: str | None) -> str:
    """``text`` escaped, with the words a full-text search ``q`` matched in ``<mark>``.

    The store's search is stemmed, so a word is marked when it starts with a query
    word less its last letters (``rejects`` marks *reject*, *rejected*); ``word*`` marks
    words starting with ``word``. Only marks: what matched was decided by the store.
    """
    stems = []
    for w in re.findall(r"\w+\*?", q or ""):
        word = w.rstrip("*").lower()
        stems.append(word if w.endswith("*") or len(word) <= 4 else word[: max(4, len(word) - 2)])
    if not stems:
        return escape(text, quote=False)
    pattern = re.compile(
        r"\b(?:" + "|".join(map(re.escape, sorted(set(stems), key=len, reverse=True))) + r")\w*", re.I
    )
    out, last = [], 0
    for m in pattern.finditer(text):
        out += [
            escape(text[last : m.start()], quote=False),
            "<mark>",
            escape(m.group(), quote=False),
            "</mark>",
        ]
        last = m.end()
    out.append(escape(text[last:], quote=False))
    return "".join(out)
