"""Store write and query speed against bare sqlite3 on the same rows, measured in the same run.

    .venv/bin/python benchmarks/bench_store.py [--docs 2000] [--db postgresql://...]

The documents are built in memory (no analysis): three actors and three
statements with a stance each, actor names drawn from a small pool so that
cross-document linking has work to do. The baseline writes the same documents
and statements with plain ``sqlite3`` ``executemany`` in one transaction per
document (no actor linking, no full-text index). The store side is
``Store.add`` on a fresh SQLite file (or the ``--db`` PostgreSQL URL). Prints
documents per second for both and their ratio, then the time of the listing
queries the CLI and the web app run.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import tempfile
import time
from pathlib import Path

from stancegraph import query
from stancegraph.store import Store
from stancegraph.types import Actor, Document, Mention, Stance, Statement

FIRST = ["Anna", "Carl", "Lena", "Oskar", "Mira", "Paul", "Jana", "Tomas", "Ilse", "Dario"]
LAST = ["Berg", "Ode", "Sorvik", "Lund", "Tesh", "Ardent", "Kos", "Reval", "Marang", "Fenwick"]


def make_docs(n: int, seed: int = 1) -> list[Document]:
    rng = random.Random(seed)
    pool = [f"{f} {last}" for f in FIRST for last in LAST]
    docs = []
    for i in range(n):
        names = rng.sample(pool, 3)
        text = f"Report {i}. " + " ".join(f"{n} said the talks number {i * 7 + k} would go on." for k, n in
                                          enumerate(names))  # fmt: skip
        doc = Document(text=text, source=f"r{i}.txt", published=f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}")
        doc.body = [(0, len(text))]
        for k, name in enumerate(names):
            at = text.index(name)
            doc.actors.append(
                Actor(id=f"a{k}", name=name, kind="person", mentions=[Mention((at, at + len(name)))])
            )
            c = text.index("the talks", at)
            label = rng.choice(["favor", "against", "neutral"])
            doc.statements.append(
                Statement(
                    "indirect",
                    (c, text.index(" would", c)),
                    None,
                    (at, at + len(name)),
                    f"a{k}",
                    [Stance("talks", label, 0.5)],
                )  # fmt: skip
            )
        docs.append(doc)
    return docs


def baseline(docs: list[Document], path: Path) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("CREATE TABLE documents (id TEXT PRIMARY KEY, source TEXT, published TEXT, text TEXT)")
    conn.execute("CREATE TABLE statements (doc_id TEXT, seq INTEGER, speaker TEXT, content TEXT, label TEXT)")
    start = time.perf_counter()
    for d in docs:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO documents VALUES (?, ?, ?, ?)", (d.id, d.source, d.published, d.text))
        conn.executemany(
            "INSERT INTO statements VALUES (?, ?, ?, ?, ?)",
            [
                (d.id, n, d.slice(s.speaker), d.slice(s.content), s.stances[0].label)
                for n, s in enumerate(d.statements)
            ],  # fmt: skip
        )
        conn.execute("COMMIT")
    took = time.perf_counter() - start
    conn.close()
    return took


def store_run(docs: list[Document], url: str) -> tuple[float, Store]:
    store = Store(url)
    start = time.perf_counter()
    for d in docs:
        store.add(d)
    return time.perf_counter() - start, store


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--db", help="a postgresql:// URL of an EMPTY database (default: a fresh SQLite file)")
    args = ap.parse_args()
    docs = make_docs(args.docs)
    with tempfile.TemporaryDirectory() as tmp:
        base = baseline(docs, Path(tmp) / "baseline.db")
        took, store = store_run(docs, args.db or str(Path(tmp) / "store.db"))
        n = len(docs)
        print(f"documents            {n}")
        print(f"bare sqlite3         {n / base:8.0f} docs/s")
        print(f"Store.add ({store.dialect:10}) {n / took:8.0f} docs/s   ratio {base / took:.2f}")
        queries = {
            "statements --actor": lambda: query.statements(store, actor="Reval", limit=50),
            "statements --q": lambda: query.statements(store, q="talks", limit=50),
            "statements --target --stance": lambda: query.statements(
                store, target="talks", stance="against", limit=50
            ),  # fmt: skip
            "count_statements --q": lambda: query.count_statements(store, q="talks"),
            "actors": lambda: query.actors(store, limit=50),
            "documents": lambda: query.documents(store, limit=50),
            "summary": lambda: query.summary(store),
        }
        for name, fn in queries.items():
            start = time.perf_counter()
            fn()
            print(f"{name:30} {1000 * (time.perf_counter() - start):7.1f} ms")
        store.close()


if __name__ == "__main__":
    main()
