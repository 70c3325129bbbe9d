"""Actor-to-actor stance (``doc.relations``) against SEESAW's sentence-level triples.

Each SEESAW article becomes a Document whose paragraphs are its sentences and runs
through the pipeline from ``parse`` on (actors, statements, stance). A predicted
relation becomes a triple (sentence id, subject entity, object entity, polarity)
when both actors match an annotated People/Organization/GPE entity
(``seesaw.match_entity``); relations between actors that match no annotated entity
are left out of both counts, since SEESAW only annotates its listed entities.

Figures: triple precision/recall/F1 (all four parts right) and polarity accuracy
on the triples whose sentence, subject and object match. The baseline in the same
run pairs every two matched actors of a sentence (both directions) with the
majority polarity of the gold triples.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..config import Config
from ..types import RELATION_BASES, Document, Span
from . import seesaw

Triple = tuple[int, str, str, str]  # sentence id, subject, object, polarity


@dataclass
class Scores:
    gold: int = 0
    predicted: int = 0
    correct: int = 0
    pair_matches: int = 0  # predicted (sentence, subject, object) found in gold
    polarity_correct: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def polarity_accuracy(self) -> float:
        return self.polarity_correct / self.pair_matches if self.pair_matches else 0.0

    def add(self, gold: set[Triple], pred: set[Triple]) -> None:
        self.gold += len(gold)
        self.predicted += len(pred)
        self.correct += len(gold & pred)
        gold_pairs: dict[tuple[int, str, str], set[str]] = {}
        for s, a, b, p in gold:
            gold_pairs.setdefault((s, a, b), set()).add(p)
        pred_pairs: dict[tuple[int, str, str], set[str]] = {}
        for s, a, b, p in pred:
            pred_pairs.setdefault((s, a, b), set()).add(p)
        for key, pols in pred_pairs.items():
            if key in gold_pairs:
                self.pair_matches += 1
                # A pair predicted with both polarities counts as right only if it is unambiguous.
                self.polarity_correct += int(len(pols) == 1 and pols <= gold_pairs[key])

    def to_json(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "correct": self.correct,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "pair_matches": self.pair_matches,
            "polarity_accuracy": round(self.polarity_accuracy, 4),
        }


@dataclass
class StanceReport:
    split: str
    backend: str
    articles: int = 0
    system: Scores = field(default_factory=Scores)
    baseline: Scores = field(default_factory=Scores)
    majority: str = "negative"
    seconds: float = 0.0
    # Relation basis -> [predicted triples, correct ones]: how far each kind of reading
    # can be trusted (the rules backend's scores are these precisions on train).
    by_basis: dict[str, list[int]] = field(default_factory=dict)

    def add_bases(self, gold: set[Triple], pred: dict[Triple, str]) -> None:
        for triple, basis in pred.items():
            counts = self.by_basis.setdefault(basis, [0, 0])
            counts[0] += 1
            counts[1] += int(triple in gold)

    def to_json(self) -> dict[str, Any]:
        return {
            "split": self.split,
            "backend": self.backend,
            "articles": self.articles,
            "system": self.system.to_json(),
            "baseline": {"majority_polarity": self.majority, **self.baseline.to_json()},
            "by_basis": {
                b: {"predicted": n, "correct": c, "precision": round(c / n, 4) if n else 0.0}
                for b, (n, c) in self._bases()
            },
            "seconds": round(self.seconds, 1),
        }

    def _bases(self) -> list[tuple[str, list[int]]]:
        return sorted(self.by_basis.items(), key=lambda kv: basis_rank(kv[0]))


def basis_rank(basis: str | None) -> int:
    """Where a basis stands among ``RELATION_BASES`` (firmer first; unknown ones last)."""
    order = list(RELATION_BASES)
    return order.index(basis) if basis in order else len(order)


def gold_triples(article: seesaw.Article) -> set[Triple]:
    actors = {e.name for e in article.entities if e.is_actor}
    return {(t.sentence, t.subject, t.object, t.polarity) for t in article.triples
            if t.subject in actors and t.object in actors and t.subject != t.object}


def sentence_id(spans: dict[int, Span], span: Span) -> int | None:
    return next((sid for sid, (s, e) in spans.items() if s <= span[0] < max(e, s + 1)), None)


def entity_of(doc: Document, entities: list[seesaw.Entity]) -> dict[str, str]:
    """Actor id -> annotated actor entity name, for the actors that match one."""
    out: dict[str, str] = {}
    for actor in doc.actors:
        ent = seesaw.match_entity(actor, entities)
        if ent is not None:
            out[actor.id] = ent.name
    return out


def predicted_triples(doc: Document, spans: dict[int, Span], names: dict[str, str]) -> dict[Triple, str]:
    """Each predicted triple with the basis of its firmest relation (several relations can
    give one triple: two actors matched to one entity, an affiliation beside its person)."""
    out: dict[Triple, str] = {}
    for rel in doc.relations:
        sid = sentence_id(spans, rel.sentence)
        subj, obj = names.get(rel.subject), names.get(rel.object)
        if sid is not None and subj and obj and subj != obj:
            triple = (sid, subj, obj, rel.polarity)
            basis = rel.basis or "unknown"
            if triple not in out or basis_rank(basis) < basis_rank(out[triple]):
                out[triple] = basis
    return out


def cooccurring(doc: Document, spans: dict[int, Span], names: dict[str, str]) -> dict[int, set[str]]:
    """Matched entities mentioned in each sentence."""
    by_sent: dict[int, set[str]] = {}
    for actor in doc.actors:
        name = names.get(actor.id)
        if name is None:
            continue
        for m in actor.mentions:
            sid = sentence_id(spans, m.span)
            if sid is not None:
                by_sent.setdefault(sid, set()).add(name)
    return by_sent


def baseline_triples(by_sent: dict[int, set[str]], polarity: str) -> set[Triple]:
    return {(sid, a, b, polarity) for sid, names in by_sent.items() for a in names for b in names if a != b}


def analysed(split_dir: str | Path, config: Config, limit: int | None = None
             ) -> Iterator[tuple[seesaw.Article, Document, dict[int, Span]]]:
    """Each SEESAW article run through the pipeline from ``parse`` on."""
    from ..pipeline import Pipeline

    pipeline = Pipeline(config)
    for art in list(seesaw.load(split_dir))[:limit]:
        doc, spans = art.document()
        yield art, pipeline.run(doc, start="parse"), spans


def evaluate_stance(split_dir: str | Path, config: Config | None = None, limit: int | None = None,
                    baseline: bool = True) -> StanceReport:
    import time

    config = config or Config()
    t0 = time.perf_counter()
    report = StanceReport(str(split_dir), config.stance_backend)
    items = list(analysed(split_dir, config, limit))
    polarities = Counter(p for art, _d, _s in items for *_x, p in gold_triples(art))
    report.majority = polarities.most_common(1)[0][0] if polarities else "negative"
    for art, doc, spans in items:
        report.articles += 1
        gold = gold_triples(art)
        names = entity_of(doc, [e for e in art.entities if e.is_actor])
        pred = predicted_triples(doc, spans, names)
        report.system.add(gold, set(pred))
        report.add_bases(gold, pred)
        if baseline:
            report.baseline.add(gold, baseline_triples(cooccurring(doc, spans, names), report.majority))
    report.seconds = time.perf_counter() - t0
    return report


def render(report: StanceReport) -> str:
    rows = [("system (" + report.backend + ")", report.system)]
    if report.baseline.predicted:
        rows.append((f"baseline (co-occurrence, {report.majority})", report.baseline))
    lines = [f"SEESAW actor stance triples: {report.split} ({report.articles} articles, "
             f"{report.system.gold} gold triples, {report.seconds:.0f}s)",
             f"{'':38} {'P':>6} {'R':>6} {'F1':>6} {'pol.acc':>8} {'pred':>6}"]
    for label, s in rows:
        lines.append(f"{label:38} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
                     f"{s.polarity_accuracy:8.3f} {s.predicted:6d}")
    if report.by_basis:
        lines.append("system triples by basis (what the polarity rests on):")
        for basis, (n, c) in report._bases():
            lines.append(f"  {basis:36} P {c / n if n else 0.0:6.3f} {'':14} {n:6d}")
    return "\n".join(lines)
