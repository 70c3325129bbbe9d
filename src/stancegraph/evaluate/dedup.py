"""``stancegraph eval dedup``: precision and recall of copy detection on edited copies.

The set is made in code from the hand-written stories of ``data/dedup_eval.yaml``:
each base story gets one copy per edit kind (``EDITS``): typos in a few words, a
new headline, an added sentence, outlet boilerplate above and below, the last
paragraph cut, all of the first four at once, a dozen typos, all edits with the
last paragraph cut, and the last paragraph moved up under the lead. The negatives,
different stories on the same topics, must stay apart from the bases; so must a
copy of each negative that borrows a background paragraph of its topic's base (as
a wire update does).

All documents go through the clean stage and ``ingest.write`` into a throwaway
store, in a shuffled (seeded) order, exactly as an ingest would store them. Two
documents are predicted the same story when they share a canonical document.
Scores are over pairs of documents: precision and recall of same-story pairs,
and per edit kind the share of copies grouped with their base.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import combinations
from typing import Any

import yaml

from ..clean import Cleaner
from ..config import Config
from ..dedup import DEFAULT_THRESHOLD, canonical_of, fingerprint
from ..types import Document

EDITS = (
    "typos",
    "headline",
    "added_sentence",
    "boilerplate",
    "cut_paragraph",
    "all",
    "typos_heavy",
    "all_cut",
    "reordered",
)


@dataclass
class Sample:
    name: str
    text: str
    story: str  # the base story it copies (itself for a base or a negative)
    edit: str | None = None  # None: an original (base or negative)


@lru_cache(maxsize=1)
def load_texts() -> dict[str, Any]:
    raw = resources.files("stancegraph").joinpath("data/dedup_eval.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(raw)
    return data


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]


def _typos(paras: list[str], rng: random.Random, n: int = 4) -> list[str]:
    """Swap two inner letters of ``n`` body words of five letters or more."""
    spots = [(i, m) for i, p in enumerate(paras) if i > 0 for m in re.finditer(r"[A-Za-z]{5,}", p)]
    out = list(paras)
    for i, m in sorted(rng.sample(spots, min(n, len(spots))), key=lambda s: -s[1].start()):
        w = m.group()
        k = rng.randrange(1, len(w) - 2)
        w2 = w[:k] + w[k + 1] + w[k] + w[k + 2 :]
        out[i] = out[i][: m.start()] + w2 + out[i][m.end() :]
    return out


def edit(text: str, kind: str, rng: random.Random) -> str:
    """An edited copy of a story (the first paragraph is its headline)."""
    data = load_texts()
    paras = _paragraphs(text)
    kinds: tuple[str, ...] = (kind,)
    if kind in ("all", "all_cut"):
        kinds = ("typos", "headline", "added_sentence", "boilerplate")
        kinds += ("cut_paragraph",) if kind == "all_cut" else ()
    for k in kinds:
        if k == "typos":
            paras = _typos(paras, rng)
        elif k == "typos_heavy":
            paras = _typos(paras, rng, 12)
        elif k == "headline":
            paras = [rng.choice(data["headlines"]), *paras[1:]]
        elif k == "added_sentence":
            i = rng.randrange(1, len(paras))
            paras[i] = paras[i] + " " + rng.choice(data["added_sentences"])
        elif k == "boilerplate":
            top, bottom = rng.choice(data["boilerplate"])
            paras = [top, *paras, bottom]
        elif k == "cut_paragraph":
            paras = paras[:-1]
        elif k == "reordered":  # an editor moves the last paragraph up, under the lead
            paras = [paras[0], paras[1], paras[-1], *paras[2:-1]]
        else:
            raise ValueError(f"unknown edit {k!r}; edits are {', '.join(EDITS)}")
    return "\n\n".join(paras) + "\n"


def synthetic_set(seed: int = 13) -> list[Sample]:
    """Bases, negatives and one copy of each base per edit kind, shuffled (seeded)."""
    data = load_texts()
    rng = random.Random(seed)
    samples = [Sample(name, text, name) for name, text in data["bases"].items()]
    samples += [Sample(name, text, name) for name, text in data["negatives"].items()]
    for name, text in data["bases"].items():
        for kind in EDITS:
            samples.append(Sample(f"{name}~{kind}", edit(text, kind, rng), name, kind))
    for name, base in data["negative_topics"].items():
        background = _paragraphs(data["bases"][base])[-2]
        text = data["negatives"][name].rstrip() + "\n\n" + background + "\n"
        samples.append(Sample(f"{name}+background", text, name, "borrowed_background"))
    rng.shuffle(samples)
    return samples


@dataclass
class DedupReport:
    threshold: float
    documents: int
    gold_pairs: int
    found_pairs: int
    true_pairs: int
    # Per edit kind: copies grouped with their base / copies of that kind.
    by_edit: dict[str, tuple[int, int]] = field(default_factory=dict)
    false_merges: list[tuple[str, str]] = field(default_factory=list)
    similarities: dict[str, float] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.true_pairs / self.found_pairs if self.found_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.true_pairs / self.gold_pairs if self.gold_pairs else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "threshold": self.threshold,
            "documents": self.documents,
            "pairs": {"gold": self.gold_pairs, "found": self.found_pairs, "true": self.true_pairs},
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "recall_by_edit": {k: round(a / b, 4) if b else None for k, (a, b) in self.by_edit.items()},
            "false_merges": [list(p) for p in self.false_merges],
        }


def evaluate_dedup(threshold: float = DEFAULT_THRESHOLD, seed: int = 13) -> DedupReport:
    """Store the synthetic set as an ingest would, then score the groups it formed."""
    from ..ingest import Outcome, write
    from ..store import Store

    samples = synthetic_set(seed)
    cleaner = Cleaner(Config())
    ids: dict[str, str] = {}
    with Store(":memory:") as store:
        for s in samples:
            doc = cleaner(Document(text=s.text, source=f"eval:{s.name}"))
            write(store, Outcome(doc, fingerprint(doc)), threshold)
            ids[s.name] = doc.id
        group = {s.name: canonical_of(store, ids[s.name]) for s in samples}
        sims = {
            r["source"].removeprefix("eval:"): float(r["similarity"])
            for r in store.db.query("SELECT source, similarity FROM documents WHERE similarity IS NOT NULL")
        }
    report = DedupReport(threshold, len(samples), 0, 0, 0, similarities=sims)
    for a, b in combinations(samples, 2):
        same_gold = a.story == b.story
        same_found = group[a.name] == group[b.name]
        report.gold_pairs += same_gold
        report.found_pairs += same_found
        report.true_pairs += same_gold and same_found
        if same_found and not same_gold:
            report.false_merges.append((a.name, b.name))
    base = {s.story: s for s in samples if s.edit is None}
    for s in samples:
        if s.edit is not None:
            hit, total = report.by_edit.get(s.edit, (0, 0))
            report.by_edit[s.edit] = (hit + (group[s.name] == group[base[s.story].name]), total + 1)
    return report


def render(report: DedupReport) -> str:
    lines = [
        f"dedup on {report.documents} synthetic documents (threshold {report.threshold}):",
        f"  pairs  precision {report.precision:.3f}  recall {report.recall:.3f}  F1 {report.f1:.3f}"
        f"  (gold {report.gold_pairs}, found {report.found_pairs}, true {report.true_pairs})",
        "  copies grouped with their base, by edit:",
    ]
    for k, (hit, total) in report.by_edit.items():
        lines.append(f"    {k:<15} {hit}/{total}")
    for a, b in report.false_merges[:10]:
        lines.append(f"  false merge: {a} + {b}")
    return "\n".join(lines)
