"""What the web app adds to the query layer, on one synthetic store in the same run.

Targets: a full CSV export costs at most 3x iterating the same statements through
``query.iter_statements`` (the web layer's serialization and streaming on top), and
it grows linearly: its last page costs what its first does, and exporting twice the
statements takes about twice the time (on a quiet machine).
Also printed: the export against paging with LIMIT/OFFSET (what it did at first,
quadratic), and how long a few pages take.

    .venv/bin/python benchmarks/bench_web.py [--docs N] [--db PATH]

The store is built from invented documents (no pipeline: spans and stances are
written directly), six statements each, so the numbers measure the store, the
queries and the web layer only.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from stancegraph import query
from stancegraph.store import Store
from stancegraph.types import Actor, Document, Mention, Stance, Statement
from stancegraph.web import create_app

TARGETS = ("the bridge", "the quota", "the dam", "talks")
PLAIN = {"Accept-Encoding": "identity"}  # the export itself; gzip is measured apart


def build(path: Path, n_docs: int, offset: int = 0) -> None:
    rng = random.Random(offset)
    names = [f"Person{i} Name{i}" for i in range(200)]
    with Store(str(path)) as store:
        for i in range(offset, offset + n_docs):
            speakers = rng.sample(names, 3)
            paras = [
                f"{sp} said that plan {i} {rng.choice(['works', 'fails', 'may work'])} for all."
                for sp in speakers * 2
            ]
            head = f"Title {i}\n\n"
            text = head + "\n\n".join(paras)
            doc = Document(
                text=text,
                source=f"d{i}.txt",
                published=f"20{20 + i % 5}-{1 + i % 12:02d}-{1 + i % 28:02d}",
                meta={"outlet": f"Outlet {i % 7}"},
            )
            doc.title, doc.body = f"Title {i}", [(len(head), len(text))]
            for k, sp in enumerate(speakers):
                at = text.index(sp)
                doc.actors.append(Actor(f"a{k}", sp, "person", mentions=[Mention((at, at + len(sp)))]))
            start = len(head)
            for j, p in enumerate(paras):
                s = text.index(p, start)
                start = s + len(p)
                n = len(speakers[j % 3])
                stance = Stance(
                    rng.choice(TARGETS), rng.choice(("favor", "against", "neutral")), rng.random()
                )
                doc.statements.append(
                    Statement(
                        "indirect",
                        (s + n + 11, s + len(p)),
                        (s + n + 1, s + n + 5),
                        (s, s + n),
                        f"a{j % 3}",
                        [stance],
                    )
                )
            store.add(doc)


def best(fn: Callable[[], Any], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def offset_paging(store: Store, chunk: int = 500) -> int:
    n = offset = 0
    while rows := query.statements(store, order="recent", limit=chunk, offset=offset):
        n += len(rows)
        offset += chunk
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--docs", type=int, default=1500, help="documents in the smaller store (6 statements each)"
    )
    ap.add_argument("--db", type=Path, default=None, help="where to build the store [a temporary folder]")
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-web-")) if args.db is None else args.db.parent
    db = args.db or folder / "bench.db"
    db.unlink(missing_ok=True)

    t = time.perf_counter()
    build(db, args.docs)
    print(
        f"store: {args.docs} documents, {args.docs * 6} statements, built in {time.perf_counter() - t:.1f} s"
    )
    client = TestClient(create_app(str(db)))
    with Store(str(db), create=False) as store:
        base = best(lambda: sum(1 for _ in query.iter_statements(store)))
        csv_small = best(lambda: client.get("/api/statements.csv", headers=PLAIN).content)
        csv_gzip = best(lambda: client.get("/api/statements.csv").content)
        offset = best(lambda: offset_paging(store), repeat=1)
        print(f"iter_statements (baseline)     {base * 1000:7.0f} ms")
        ratio = csv_small / base
        print(
            f"GET /api/statements.csv        {csv_small * 1000:7.0f} ms  {ratio:5.2f}x baseline (target <= 3)"
        )
        print(f"GET /api/statements.csv, gzip  {csv_gzip * 1000:7.0f} ms  {csv_gzip / base:5.2f}x baseline")
        print(f"LIMIT/OFFSET paging (before)   {offset * 1000:7.0f} ms  {offset / base:5.2f}x baseline")
        last_id = int(store.db.scalar("SELECT MAX(id) AS n FROM statements"))
        first = best(lambda: query.statements(store, order="id", limit=500, after_id=0), repeat=15)
        last = best(
            lambda: query.statements(store, order="id", limit=500, after_id=max(0, last_id - 500)), repeat=15
        )
        print(f"export page: last vs first     {last * 1000:7.1f} ms  {last / first:5.2f}x (target ~1)")
        for url in (
            "/",
            "/?target=the+bridge&stance=favor",
            "/targets/the%20bridge",
            "/actors/5",
            "/documents",
        ):
            client.get(url)  # warm the caches a running server would have
            page = best(lambda url=url: client.get(url))
            print(f"GET {url:<34} {page * 1000:5.0f} ms")

    build(db, args.docs, offset=args.docs)  # twice the statements
    with Store(str(db), create=False) as store:
        base2 = best(lambda: sum(1 for _ in query.iter_statements(store)))
    csv_large = best(lambda: client.get("/api/statements.csv", headers=PLAIN).content)
    grew = csv_large / csv_small
    print(f"GET /api/statements.csv, 2x    {csv_large * 1000:7.0f} ms  {grew:5.2f}x the smaller (target ~2)")
    print(f"iter_statements, 2x            {base2 * 1000:7.0f} ms  {base2 / base:5.2f}x")


if __name__ == "__main__":
    main()
