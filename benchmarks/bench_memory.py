"""Peak resident memory of an ingest as the corpus grows: it must stay under a fixed bound.

    .venv/bin/python benchmarks/bench_memory.py [--sizes 1000 10000 100000] [--workers 1] [--full]

For each size N, a fresh process ingests N synthetic documents (``stancegraph.synthetic``;
short: headline and lead paragraph unless ``--full``) from one JSONL file into a fresh
SQLite store, and its peak RSS is read from the kernel (``wait4``). Printed: seconds,
documents per second, peak RSS, and its growth against the smallest size. Memory is
bounded when the peak does not grow with N: the input is streamed, at most
``2 * workers`` batches are in flight, and the dedup index lives in the store.
With ``--workers N`` the worker processes' peaks are sampled too (psutil) and the
largest is shown.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

BOUND_MB = 800  # the fixed bound a run of any size must stay under (one process)


def write_corpus(path: Path, n: int, full: bool) -> None:
    from stancegraph import synthetic

    with path.open("w", encoding="utf-8") as fh:
        for rec in synthetic.records(n):
            if not full:
                rec["text"] = synthetic.short_article(int(rec["id"].removeprefix("syn-")))
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def child(corpus: str, db: str, workers: int) -> None:
    from stancegraph.config import Config
    from stancegraph.ingest import ingest
    from stancegraph.store import Store

    with Store(db) as store:
        result = ingest([corpus], store, Config(), workers=workers)
    print(json.dumps(result.to_dict()))


def _sample_children(pid: int, peak: list[int], stop: threading.Event) -> None:
    try:
        import psutil
    except ImportError:
        return
    try:
        proc = psutil.Process(pid)
        while not stop.is_set():
            for c in proc.children(recursive=True):
                with contextlib.suppress(psutil.Error):
                    peak[0] = max(peak[0], c.memory_info().rss)
            time.sleep(0.5)
    except psutil.Error:
        return


def measure(n: int, workers: int, full: bool, tmp: Path) -> dict[str, float]:
    corpus = tmp / f"corpus-{n}.jsonl"
    write_corpus(corpus, n, full)
    db = tmp / f"store-{n}.db"
    cmd = [sys.executable, __file__, "--child", str(corpus), str(db), "--workers", str(workers)]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    peak_children = [0]
    stop = threading.Event()
    sampler = threading.Thread(target=_sample_children, args=(proc.pid, peak_children, stop), daemon=True)
    sampler.start()
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    stop.set()
    seconds = time.perf_counter() - start
    if status != 0:
        sys.exit(f"the ingest of {n} documents failed (status {status})")
    result = json.loads(out.strip().splitlines()[-1])
    if result["failed"] or result["added"] + result["known"] != n:
        sys.exit(f"unexpected result for {n} documents: {result}")
    return {
        "n": n,
        "seconds": seconds,
        "rate": n / seconds,
        "rss_mb": usage.ru_maxrss / 1024,  # KiB on Linux
        "children_mb": peak_children[0] / 2**20,
        "db_mb": db.stat().st_size / 2**20,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--full", action="store_true", help="whole synthetic articles, not short ones")
    ap.add_argument("--child", nargs=2, metavar=("CORPUS", "DB"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], args.child[1], args.workers)
        return
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sorted(args.sizes):
            rows.append(measure(n, args.workers, args.full, Path(tmp)))
            r = rows[-1]
            extra = f"  workers' peak {r['children_mb']:6.0f} MB" if args.workers > 1 else ""
            print(
                f"{r['n']:>7} docs  {r['seconds']:7.1f} s  {r['rate']:6.1f} docs/s"
                f"  peak RSS {r['rss_mb']:6.0f} MB"
                f"  ({r['rss_mb'] / rows[0]['rss_mb']:.2f}x the smallest)  store {r['db_mb']:.0f} MB{extra}",
                flush=True,
            )
    worst = max(r["rss_mb"] for r in rows)
    verdict = "under" if worst <= BOUND_MB else "OVER"
    print(f"peak RSS {worst:.0f} MB: {verdict} the bound of {BOUND_MB} MB")
    if worst > BOUND_MB:
        sys.exit(1)


if __name__ == "__main__":
    main()
