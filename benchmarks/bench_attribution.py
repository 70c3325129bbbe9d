"""How much the statements stage adds to parsing, on the same texts in the same run.

Target: the statements stage costs at most 15% of the spaCy parse time.

    .venv/bin/python benchmarks/bench_attribution.py [--polnear DIR] [--limit N] [--repeat R]
        [--attribution-model MODEL]

Texts are the PolNeAR split when given (or found beside the checkout), else the
invented paragraphs below repeated. The parse runs once; the statements stage runs
R times over the parsed documents and the best run is kept, so a noisy neighbour
on the machine inflates neither side by chance.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from stancegraph.config import Config
from stancegraph.evaluate.attribution import polnear_document
from stancegraph.evaluate.polnear import read_polnear
from stancegraph.pipeline import Pipeline
from stancegraph.types import Document

SAMPLE = (
    "“The river has risen for three days,” Mayor Anna Berg said on Tuesday.\n\n"
    "She told reporters that the lower town would be cleared by the evening, "
    "according to a statement from the council.\n\n"
    "“We will not wait for the water,” Berg added. “Nobody stays behind.”\n\n"
    "The farmers' union warned that the harvest would suffer, and its chairman, Tom Okafor, "
    "called the delay a “disgrace.”\n"
)
DEFAULT_POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "eval" / "polnear" / "dev"


def load_docs(polnear: Path | None, limit: int) -> list[Document]:
    if polnear is not None and polnear.exists():
        return [polnear_document(p) for p in read_polnear(polnear, limit=limit)]
    docs = []
    for i in range(limit):
        text = SAMPLE * 6 + f"\n(copy {i})\n"
        doc = Document(text=text)
        pos = 0
        for line in text.split("\n"):
            if line.strip():
                doc.body.append((pos, pos + len(line)))
            pos += len(line) + 1
        docs.append(doc)
    return docs


def best_of(stage: Callable[[Document], Document], docs: list[Document], repeat: int) -> float:
    """The fastest of ``repeat`` passes of ``stage`` over ``docs`` (seconds)."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for d in docs:
            stage(d)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--polnear", type=Path, default=DEFAULT_POLNEAR)
    ap.add_argument("--limit", type=int, default=40)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--attribution-model", help="also time the learned statements (a trained model)")
    args = ap.parse_args()

    config = Config()
    pipe = Pipeline(config)
    docs = load_docs(args.polnear, args.limit)
    words = sum(len(d.text.split()) for d in docs)
    parser, actors, statements = pipe.stage("parse"), pipe.stage("actors"), pipe.stage("statements")
    parser(Document(text="Warm-up.", body=[(0, 8)]))  # load the model outside the timing

    t0 = time.perf_counter()
    docs = list(parser.pipe(docs))  # type: ignore[attr-defined]
    parse_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    docs = [actors(d) for d in docs]
    actors_s = time.perf_counter() - t0

    best = best_of(statements, docs, args.repeat)
    n_statements = sum(len(d.statements) for d in docs)

    print(f"texts: {len(docs)}  words: {words}  statements: {n_statements}")
    print(f"parse (spaCy):      {parse_s:8.3f} s  ({words / parse_s:,.0f} words/s)")
    print(f"actors stage:       {actors_s:8.3f} s  (not part of the ratio)")
    print(f"statements stage:   {best:8.3f} s  (best of {args.repeat})")
    ratio = best / parse_s
    print(f"statements / parse: {ratio:8.1%}  (target <= 15%: {'ok' if ratio <= 0.15 else 'OVER'})")
    if args.attribution_model:
        from stancegraph.attribution_model import learned_pipeline

        learned = learned_pipeline(args.attribution_model, config).stage("statements")
        learned_best = best_of(learned, docs, args.repeat)
        n_enc = len(learned.model.encoders)  # type: ignore[attr-defined]
        parts = "CRF + arbiter" + (f" + {n_enc} encoders" if n_enc else "")
        print(f"learned statements: {learned_best:8.3f} s  (best of {args.repeat}; {parts})")
        print(f"learned / parse:    {learned_best / parse_s:8.1%}")
        print(f"learned / rules:    {learned_best / best:8.1f}x")


if __name__ == "__main__":
    main()
