"""Throughput of the whole ingest against bare spaCy ``nlp.pipe``, measured in the same run.

    .venv/bin/python benchmarks/bench_pipeline.py [--docs 400] [--workers 1] [--stages]

Each side runs ``--repeat`` times, interleaved, and the best time of each counts
(other processes on the machine slow either side at random). Both sides get the
same synthetic texts (``stancegraph.synthetic``), the same
spaCy model (loaded before timing) and the same number of processes. The
baseline is ``nlp.pipe(texts, batch_size, n_process)``; the pipeline side is
``ingest.ingest`` from a JSONL file into a fresh SQLite store: reading, clean,
parse, actors, statements, stance, dedup fingerprint and LSH, and the store
writes. Prints both rates and their ratio (the target is >= 0.8).

``--stages`` also times each stage on its own, in this process, to show where
the time goes.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path


def baseline(texts: list[str], workers: int, batch_size: int) -> float:
    from stancegraph.parse import load_nlp

    nlp = load_nlp()
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size, n_process=workers):
        pass
    return time.perf_counter() - start


def pipeline_run(path: Path, workers: int, db: Path) -> float:
    from stancegraph.config import Config
    from stancegraph.ingest import ingest
    from stancegraph.store import Store

    with Store(db) as store:
        start = time.perf_counter()
        result = ingest([str(path)], store, Config(), workers=workers)
        seconds = time.perf_counter() - start
    if result.failed:
        sys.exit(f"{result.failed} documents failed: the benchmark needs a clean run")
    return seconds


def stage_times(texts: list[str]) -> dict[str, float]:
    """Seconds per stage over all texts, each stage run in turn over the whole batch."""
    from stancegraph import dedup, temporal
    from stancegraph.ingest import Outcome, write
    from stancegraph.pipeline import Pipeline
    from stancegraph.store import Store
    from stancegraph.types import Document

    pipe = Pipeline()
    docs = [Document(text=t, source=f"bench:{i}") for i, t in enumerate(texts)]
    times: dict[str, float] = {}
    for name, stage in pipe.stages:
        start = time.perf_counter()
        batch_pipe = getattr(stage, "pipe", None)
        docs = list(batch_pipe(docs)) if batch_pipe is not None else [stage(d) for d in docs]
        times[name] = time.perf_counter() - start
    # The statements stage ends with temporal.annotate_times: timed again on its own, from a
    # cold cache (a "*" name is part of a stage above, not added to the total).
    temporal._dateparser.cache_clear()
    start = time.perf_counter()
    for d in docs:
        temporal.annotate_times(d)
    times["times*"] = time.perf_counter() - start
    start = time.perf_counter()
    fps = [dedup.fingerprint(d) for d in docs]
    times["fingerprint"] = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "s.db") as store:
        for d in docs:
            d.paragraphs = []
        start = time.perf_counter()
        for d, fp in zip(docs, fps, strict=True):
            write(store, Outcome(d, fp), 0.5)
        times["store"] = time.perf_counter() - start
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--stages", action="store_true", help="also time each stage on its own")
    ap.add_argument("--repeat", type=int, default=2, help="runs of each side, interleaved; best counts")
    args = ap.parse_args()

    from stancegraph import synthetic
    from stancegraph.config import Config
    from stancegraph.parse import load_nlp

    texts = [synthetic.article(i) for i in range(args.docs)]
    load_nlp()  # both sides start with the model loaded
    batch = Config().batch_size
    with tempfile.TemporaryDirectory() as tmp:
        path = synthetic.write_jsonl(Path(tmp) / "corpus.jsonl", args.docs)
        # Interleaved repeats, best of each: a shared machine's load comes and goes.
        bases, fulls = [], []
        for r in range(args.repeat):
            bases.append(baseline(texts, args.workers, batch))
            fulls.append(pipeline_run(path, args.workers, Path(tmp) / f"bench-{r}.db"))
        base, full = min(bases), min(fulls)
    n = args.docs
    print(
        f"{n} synthetic documents, {sum(map(len, texts)) / n:.0f} characters each, {args.workers} process(es)"
    )
    print(f"  spaCy nlp.pipe  {n / base:8.1f} docs/s  ({base:.2f} s)")
    print(f"  ingest          {n / full:8.1f} docs/s  ({full:.2f} s)")
    print(f"  ratio           {base / full:8.3f}   (target >= 0.8)")
    if args.stages:
        times = stage_times(texts)
        total = sum(sec for name, sec in times.items() if not name.endswith("*"))
        print("  time per stage (one process; * = inside the stage above):")
        for name, sec in times.items():
            print(f"    {name:<12} {sec:7.2f} s  {100 * sec / total:5.1f} %  {1000 * sec / n:6.2f} ms/doc")
        print(f"  times inside statements / parse: {times['times*'] / times['parse']:.3f}")


if __name__ == "__main__":
    main()
