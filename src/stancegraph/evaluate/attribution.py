"""Attribution evaluation on PolNeAR, beside textacy's direct-quotation rules.

PolNeAR texts are plain articles (a title line, then paragraphs, no site chrome),
so the run starts at the parse stage with every non-blank line as a body
paragraph: the clean stage would drop the title line, which PolNeAR annotates.

Measures (pred = predicted statements, gold = PolNeAR attributions):

* content P/R/F1 at *overlap*: character Jaccard ≥ 0.5, one-to-one (greedy by
  Jaccard; a predicted content that holds its own cue, "“Q1,” she said, “Q2.”",
  is scored as the pieces around it, as PolNeAR marks it); and at *exact* match:
  every span trimmed of spaces, punctuation and quotation marks at its edges, then
  equal as character sets (a discontinuous gold content therefore never matches a
  single predicted span exactly);
* cue F1: one-to-one, any shared character;
* speaker accuracy on overlap-matched contents: right when the predicted speaker
  span, or any mention of the predicted actor, overlaps the gold Source (or when
  both have none);
* attribution P/R/F1: content matched and speaker right;
* content recall on gold contents that contain a quotation mark and on the rest.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..config import Config
from ..errors import MissingExtra
from ..pipeline import Pipeline
from ..statements import content_pieces
from ..types import Document, Span
from .polnear import GoldAttribution, PolnearDoc, Segments, read_polnear

QUOTE_CHARS = "\"'“”‘’«»‹›„"
TRIM_CHARS = " \t\n.,;:!?—–-()[]" + QUOTE_CHARS
JACCARD = 0.5


@dataclass
class Pred:
    content: Segments
    cue: Segments | None
    speaker: Segments | None
    # Further spans that name the same speaker (the mentions of the predicted actor).
    speaker_alt: tuple[Span, ...] = ()


@dataclass
class Tally:
    pred: int = 0
    gold: int = 0
    overlap_tp: int = 0
    exact_tp: int = 0
    cue_pred: int = 0
    cue_gold: int = 0
    cue_tp: int = 0
    speaker_right: int = 0
    quoted_gold: int = 0
    quoted_tp: int = 0
    unquoted_gold: int = 0
    unquoted_tp: int = 0

    def add(self, other: Tally) -> None:
        for k in self.__dataclass_fields__:
            setattr(self, k, getattr(self, k) + getattr(other, k))


def _len(a: Segments) -> int:
    return sum(e - s for s, e in a)


def _inter(a: Segments, b: Segments) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def jaccard(a: Segments, b: Segments) -> float:
    i = _inter(a, b)
    union = _len(a) + _len(b) - i
    return i / union if union else 0.0


def trim(text: str, segs: Segments) -> Segments:
    out: list[Span] = []
    for s, e in segs:
        while s < e and text[s] in TRIM_CHARS:
            s += 1
        while e > s and text[e - 1] in TRIM_CHARS:
            e -= 1
        if e > s:
            out.append((s, e))
    return tuple(out)


def _match(
    preds: Sequence[Segments], golds: Sequence[Segments], score: Callable[[Segments, Segments], float],
    threshold: float,
) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index), best scores first."""
    cands = [
        (sc, i, j)
        for i, p in enumerate(preds)
        for j, g in enumerate(golds)
        if _inter(p, g) > 0 and (sc := score(p, g)) >= threshold
    ]
    cands.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, i, j in cands:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def score_document(text: str, preds: list[Pred], golds: list[GoldAttribution]) -> Tally:
    t = Tally(pred=len(preds), gold=len(golds))
    pc = [p.content for p in preds]
    gc = [g.content for g in golds]
    pairs = _match(pc, gc, jaccard, JACCARD)
    t.overlap_tp = len(pairs)
    exact = _match(
        [trim(text, c) for c in pc], [trim(text, c) for c in gc],
        lambda a, b: 1.0 if a == b else 0.0, 1.0,
    )
    t.exact_tp = len(exact)
    pcue = [p.cue for p in preds if p.cue]
    gcue = [g.cue for g in golds if g.cue]
    t.cue_pred, t.cue_gold = len(pcue), len(gcue)
    t.cue_tp = len(_match(pcue, gcue, lambda a, b: float(_inter(a, b)), 1.0))
    matched_gold = {j for _, j in pairs}
    for i, j in pairs:
        p, g = preds[i], golds[j]
        if g.source is None:
            right = p.speaker is None
        else:
            spans = (p.speaker or ()) + p.speaker_alt
            right = _inter(spans, g.source) > 0
        t.speaker_right += right
    for j, g in enumerate(golds):
        pieces = [text[s:e] for s, e in g.content]
        # Apostrophes are not quotation marks, but the doubled '' some wires use is.
        quoted = any(ch in QUOTE_CHARS and ch not in "'’" for p in pieces for ch in p) or any(
            "''" in p for p in pieces
        )
        if quoted:
            t.quoted_gold += 1
            t.quoted_tp += j in matched_gold
        else:
            t.unquoted_gold += 1
            t.unquoted_tp += j in matched_gold
    return t


def _prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def figures(t: Tally) -> dict[str, float]:
    cp, cr, cf = _prf(t.overlap_tp, t.pred, t.gold)
    ep, er, ef = _prf(t.exact_tp, t.pred, t.gold)
    _, _, cuef = _prf(t.cue_tp, t.cue_pred, t.cue_gold)
    ap, ar, af = _prf(t.speaker_right, t.pred, t.gold)
    return {
        "content_precision": cp,
        "content_recall": cr,
        "content_f1": cf,
        "exact_precision": ep,
        "exact_recall": er,
        "exact_f1": ef,
        "cue_f1": cuef,
        "speaker_accuracy": t.speaker_right / t.overlap_tp if t.overlap_tp else 0.0,
        "attribution_precision": ap,
        "attribution_recall": ar,
        "attribution_f1": af,
        "recall_quoted": t.quoted_tp / t.quoted_gold if t.quoted_gold else 0.0,
        "recall_unquoted": t.unquoted_tp / t.unquoted_gold if t.unquoted_gold else 0.0,
    }


def polnear_document(pdoc: PolnearDoc) -> Document:
    """A pipeline document whose body is every non-blank line of the PolNeAR text."""
    doc = Document(text=pdoc.text, source=pdoc.name)
    pos = 0
    for line in pdoc.text.split("\n"):
        s, e = pos, pos + len(line)
        while s < e and pdoc.text[s].isspace():
            s += 1
        while e > s and pdoc.text[e - 1].isspace():
            e -= 1
        if e > s:
            doc.body.append((s, e))
        pos += len(line) + 1
    return doc


def statement_preds(doc: Document) -> list[Pred]:
    """Our statements as predictions; a content with its cue set inside it is scored as
    the pieces around the cue (``statements.content_pieces``), as PolNeAR marks it."""
    preds: list[Pred] = []
    for st in doc.statements:
        actor = doc.actor(st.actor)
        alt = tuple(m.span for m in actor.mentions) if actor else ()
        content = tuple(content_pieces(doc.text, st))
        preds.append(Pred(content, (st.cue,) if st.cue else None, (st.speaker,) if st.speaker else None, alt))
    return preds


def textacy_preds(doc: Document) -> list[Pred]:
    """textacy's direct quotations over the same parsed paragraphs."""
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError as exc:
        raise MissingExtra("textacy", "eval", "the textacy baseline") from exc
    preds: list[Pred] = []
    for para in doc.paragraphs:
        try:
            triples = list(direct_quotations(para.doc))
        except ValueError:
            # textacy gives up on a paragraph with an odd number of quotation marks.
            continue
        for tr in triples:
            content = para.span_of(tr.content)
            cue = _token_hull(para.start, tr.cue)
            speaker = _token_hull(para.start, tr.speaker)
            preds.append(Pred((content,), (cue,) if cue else None, (speaker,) if speaker else None))
    return preds


def _token_hull(offset: int, toks: Iterable[Any]) -> Span | None:
    toks = list(toks)
    if not toks:
        return None
    return (offset + min(t.idx for t in toks), offset + max(t.idx + len(t) for t in toks))


@dataclass
class AttributionReport:
    split: str
    docs: int
    words: int
    ours: dict[str, float]
    textacy: dict[str, float] | None
    seconds: dict[str, float] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "split": self.split,
            "docs": self.docs,
            "words": self.words,
            "stancegraph": self.ours,
            "textacy": self.textacy,
            "seconds": self.seconds,
        }


def evaluate_attribution(
    directory: str | Path,
    pipeline: Pipeline | None = None,
    *,
    limit: int | None = None,
    baseline: bool = True,
    attribution_model: str | Path | None = None,
) -> AttributionReport:
    """Run the pipeline (from parse) over a PolNeAR split and score the statements.

    ``attribution_model`` is a model from ``stancegraph train attribution``; without
    it the statements stage runs on its rules alone."""
    pdocs = read_polnear(directory, limit=limit)
    if pipeline is None and attribution_model is not None:
        from ..attribution_model import learned_pipeline

        pipeline = learned_pipeline(attribution_model)
    if pipeline is None:
        pipeline = Pipeline(Config())
    pipe = pipeline
    docs = [polnear_document(p) for p in pdocs]
    seconds: dict[str, float] = {}
    stages = [(n, s) for n, s in pipe.stages_from("parse") if n in ("parse", "actors", "statements")]
    for name, stage in stages:
        t0 = time.perf_counter()
        batch = getattr(stage, "pipe", None)
        docs = list(batch(docs)) if name == "parse" and batch is not None else [stage(d) for d in docs]
        seconds[name] = time.perf_counter() - t0
    ours, base = Tally(), Tally()
    words = sum(len(p.text.split()) for p in pdocs)
    t_textacy = 0.0
    for pdoc, doc in zip(pdocs, docs, strict=True):
        ours.add(score_document(pdoc.text, statement_preds(doc), pdoc.attributions))
        if baseline:
            t0 = time.perf_counter()
            preds = textacy_preds(doc)
            t_textacy += time.perf_counter() - t0
            base.add(score_document(pdoc.text, preds, pdoc.attributions))
    seconds["textacy"] = t_textacy
    ours_fig = figures(ours)
    # Throughput of attribution itself (parse + the attribution step), the same for both
    # systems; the actors stage, which ours also needs for actor links, is reported apart.
    attribution_time = seconds.get("parse", 0.0) + seconds.get("statements", 0.0)
    ours_fig["words_per_second"] = words / max(1e-9, attribution_time)
    ours_fig["words_per_second_with_actors"] = words / max(1e-9, sum(seconds.get(n, 0.0) for n, _ in stages))
    base_fig = None
    if baseline:
        base_fig = figures(base)
        base_fig["words_per_second"] = words / max(1e-9, seconds.get("parse", 0.0) + t_textacy)
    ours_fig["predicted"], ours_fig["gold"] = float(ours.pred), float(ours.gold)
    if base_fig is not None:
        base_fig["predicted"], base_fig["gold"] = float(base.pred), float(base.gold)
    return AttributionReport(Path(directory).name, len(pdocs), words, ours_fig, base_fig, seconds)


ROWS: tuple[tuple[str, str], ...] = (
    ("content_precision", "content precision (overlap)"),
    ("content_recall", "content recall (overlap)"),
    ("content_f1", "content F1 (overlap)"),
    ("exact_f1", "content F1 (exact)"),
    ("cue_f1", "cue F1 (overlap)"),
    ("speaker_accuracy", "speaker accuracy (matched)"),
    ("attribution_f1", "attribution F1"),
    ("recall_quoted", "recall, quoted contents"),
    ("recall_unquoted", "recall, unquoted contents"),
    ("words_per_second", "words/s (parse + attribution)"),
    ("words_per_second_with_actors", "words/s (parse + actors + statements)"),
    ("predicted", "statements predicted"),
    ("gold", "gold attributions"),
)


def render(report: AttributionReport) -> Any:
    """A rich table: one row a figure, stancegraph beside textacy."""
    from rich.table import Table

    table = Table(title=f"Attribution on PolNeAR {report.split} ({report.docs} texts, {report.words} words)")
    table.add_column("figure")
    table.add_column("stancegraph", justify="right")
    if report.textacy is not None:
        table.add_column("textacy direct_quotations", justify="right")
    for key, label in ROWS:
        def fmt(v: float, k: str = key) -> str:
            if v != v:  # NaN: not applicable
                return "-"
            return f"{v:,.0f}" if k.startswith("words") or k in ("predicted", "gold") else f"{v:.3f}"

        row = [label, fmt(report.ours.get(key, float("nan")))]
        if report.textacy is not None:
            row.append(fmt(report.textacy.get(key, float("nan"))))
        table.add_row(*row)
    return table
