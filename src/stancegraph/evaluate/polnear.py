"""Reader for PolNeAR (political news attribution relations, BRAT stand-off).

A split directory holds ``text/<name>.txt`` and ``attributions/<name>_<annotator>.ann``.
Some texts were annotated by several people; the first ``.ann`` in sorted order is
used. In an ``.ann`` file, ``T`` lines are spans (``Label start end[;start end]``,
offsets into the ``.txt``) and ``E`` lines join them into one attribution
(``Attribution:T4 Content:T3 Cue:T2 Source:T1``; ``Attribution-no-source`` events
have no Source). Spans may be discontinuous.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import EvalDataError
from ..types import Span

Segments = tuple[Span, ...]


@dataclass
class GoldAttribution:
    content: Segments
    cue: Segments | None = None
    source: Segments | None = None


@dataclass
class PolnearDoc:
    name: str
    text: str
    annotator: str
    attributions: list[GoldAttribution] = field(default_factory=list)


_ANN_NAME = re.compile(r"^(?P<name>.+)_(?P<annotator>[^_]+)\.ann$")


def _segments(raw: str) -> Segments | None:
    segs: list[Span] = []
    for part in raw.split(";"):
        bits = part.split()
        if len(bits) != 2 or not all(b.isdigit() for b in bits):
            return None
        s, e = int(bits[0]), int(bits[1])
        if e > s:
            segs.append((s, e))
    return tuple(sorted(segs)) or None


def parse_ann(ann: str) -> list[GoldAttribution]:
    """The attributions of one ``.ann`` file; malformed lines are skipped."""
    spans: dict[str, tuple[str, Segments]] = {}
    events: list[dict[str, str]] = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        key, body = parts[0], parts[1]
        if key.startswith("T"):
            label, _, offsets = body.partition(" ")
            segs = _segments(offsets)
            if segs is not None:
                spans[key] = (label, segs)
        elif key.startswith("E"):
            roles: dict[str, str] = {}
            for arg in body.split():
                role, _, ref = arg.partition(":")
                roles[role] = ref
            events.append(roles)
    out: list[GoldAttribution] = []
    for roles in events:
        content = spans.get(roles.get("Content", ""))
        if content is None:
            continue
        cue = spans.get(roles.get("Cue", ""))
        source = spans.get(roles.get("Source", ""))
        out.append(
            GoldAttribution(content[1], cue[1] if cue else None, source[1] if source else None)
        )
    return out


def read_polnear(directory: str | Path, limit: int | None = None) -> list[PolnearDoc]:
    """Read a PolNeAR split (``train`` or ``dev``) in file-name order."""
    root = Path(directory)
    text_dir, ann_dir = root / "text", root / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise EvalDataError(f"{root}: expected text/ and attributions/ folders (a PolNeAR split)")
    first: dict[str, tuple[str, Path]] = {}
    for ann in sorted(ann_dir.glob("*.ann")):
        m = _ANN_NAME.match(ann.name)
        if m and m["name"] not in first:
            first[m["name"]] = (m["annotator"], ann)
    docs: list[PolnearDoc] = []
    for name in sorted(first):
        txt = text_dir / f"{name}.txt"
        if not txt.is_file():
            continue
        annotator, ann = first[name]
        docs.append(
            PolnearDoc(
                name,
                txt.read_text(encoding="utf-8"),
                annotator,
                parse_ann(ann.read_text(encoding="utf-8")),
            )
        )
        if limit is not None and len(docs) >= limit:
            break
    if not docs:
        raise EvalDataError(f"{root}: no annotated texts found")
    return docs
