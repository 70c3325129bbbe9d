"""Optional learned attribution filter, trained on PolNeAR (``stancegraph train attribution``).

The rule-based statements stage decides from fixed lexicons which verbs take a
clause, an object, an infinitive or a preposition as content. With a model, every
verb is a candidate in every role and a logistic regression over parse features
(cue lemma, rule, dependency label, speaker and content shape; see
``statements.frame_features``) keeps or drops each candidate. Quotation rules are
unchanged. Training parses the split, labels each candidate against the gold
(its cue overlaps a gold cue and its content has character Jaccard >= 0.5 with the
gold content), fits on most of the texts, picks the threshold with the best
content F1 on the rest, and refits on everything. It takes a few minutes on a CPU.

Models are build outputs: never committed. scikit-learn comes with the ``eval``
extra (textacy needs it too).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .model_file import load_model, save_model, sklearn_classes
from .pipeline import Pipeline
from .statements import SCORED_RULES, candidate_frames, find_statements, frame_features, load_cues, open_cues
from .types import Document

FORMAT = "stancegraph-attribution-model/1"
# Inverse regularization of the logistic regression (on held-out train texts, 0.5 beat 2.0).
C_REG = 0.5


def _sklearn() -> tuple[Any, Any]:
    return sklearn_classes("eval", "the attribution model")


@dataclass
class AttributionModel:
    vectorizer: Any
    classifier: Any
    threshold: float = 0.5
    meta: dict[str, Any] = field(default_factory=dict)

    def score(self, features: list[dict[str, Any]]) -> list[float]:
        x = self.vectorizer.transform(features)
        return [float(p) for p in self.classifier.predict_proba(x)[:, 1]]

    def save(self, path: str | Path) -> None:
        save_model(
            path,
            FORMAT,
            {"vectorizer": self.vectorizer, "classifier": self.classifier,
             "threshold": self.threshold, "meta": self.meta},
        )

    @classmethod
    def load(cls, path: str | Path) -> AttributionModel:
        _sklearn()
        payload = load_model(path, FORMAT, "attribution model", "stancegraph train attribution")
        return cls(payload["vectorizer"], payload["classifier"], float(payload["threshold"]), payload["meta"])


def _jaccard(a: tuple[tuple[int, int], ...], b: tuple[tuple[int, int], ...]) -> float:
    inter = sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)
    union = sum(e - s for s, e in a) + sum(e - s for s, e in b) - inter
    return inter / union if union else 0.0


def labelled_candidates(doc: Document, golds: Sequence[Any]) -> tuple[list[dict[str, Any]], list[int]]:
    """Features and 0/1 labels of every scored candidate of a parsed document."""
    all_frames, all_quotes, _ = candidate_frames(doc, open_cues(load_cues()))
    feats: list[dict[str, Any]] = []
    labels: list[int] = []
    for para, frames, quotes in zip(doc.paragraphs, all_frames, all_quotes, strict=True):
        for fr in frames:
            if fr.content is None or fr.how not in SCORED_RULES:
                continue
            content = ((fr.content[0], fr.content[1]),)
            hit = any(
                g.cue is not None
                and any(s < fr.cue[1] and fr.cue[0] < e for s, e in g.cue)
                and _jaccard(g.content, content) >= 0.5
                for g in golds
            )
            feats.append(frame_features(doc, para, fr, quotes))
            labels.append(int(hit))
    return feats, labels


def train_attribution(
    directory: str | Path,
    out: str | Path,
    *,
    limit: int | None = None,
    heldout: float = 0.15,
    seed: int = 13,
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Train on a PolNeAR split and save the model; returns what was measured."""
    from .evaluate.attribution import Tally, figures, polnear_document, score_document, statement_preds
    from .evaluate.polnear import read_polnear

    dict_vectorizer, logistic = _sklearn()
    say = progress or (lambda _msg: None)
    pdocs = read_polnear(directory, limit=limit)
    say(f"parsing {len(pdocs)} texts")
    parser = Pipeline().stage("parse")
    docs = list(parser.pipe([polnear_document(p) for p in pdocs]))  # type: ignore[attr-defined]
    order = list(range(len(docs)))
    random.Random(seed).shuffle(order)
    n_held = max(1, int(len(docs) * heldout)) if len(docs) > 1 else 0
    held, fit = set(order[:n_held]), order[n_held:]
    say("extracting candidates")
    data = [labelled_candidates(d, p.attributions) for d, p in zip(docs, pdocs, strict=True)]

    def fit_on(indices: Sequence[int]) -> AttributionModel:
        x = [f for i in indices for f in data[i][0]]
        y = [lab for i in indices for lab in data[i][1]]
        vec = dict_vectorizer()
        clf = logistic(C=C_REG, max_iter=2000, class_weight=None)
        clf.fit(vec.fit_transform(x), y)
        return AttributionModel(vec, clf)

    say(f"fitting on {len(fit)} texts, choosing the threshold on {len(held)}")
    model = fit_on(fit)
    best = (0.5, -1.0)
    for t in (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6):
        model.threshold = t
        tally = Tally()
        for i in held:
            doc, pdoc = docs[i], pdocs[i]
            doc.statements = find_statements(doc, model=model)
            tally.add(score_document(pdoc.text, statement_preds(doc), pdoc.attributions))
        f1 = figures(tally)["content_f1"]
        if f1 > best[1]:
            best = (t, f1)
    say(f"threshold {best[0]} (held-out content F1 {best[1]:.3f}); refitting on all texts")
    final = fit_on(range(len(docs)))
    final.threshold = best[0]
    n = sum(len(d[1]) for d in data)
    final.meta = {
        "trained_on": str(directory),
        "texts": len(docs),
        "candidates": n,
        "positives": sum(sum(d[1]) for d in data),
        "heldout_content_f1": round(best[1], 4),
    }
    final.save(out)
    return {"threshold": best[0], **final.meta}
