"""How much reading and cleaning cost beside the spaCy parse, on the same texts in the same run.

Target: read + clean together cost at most 5% of the parse time.

    .venv/bin/python benchmarks/bench_clean.py [--polnear DIR] [--limit N] [--repeat R]

Texts are the PolNeAR split when given (or found beside the checkout), else the
labelled synthetic pages of tests/fixtures/pages. Each text is written to a
temporary directory and read back with ``read_inputs`` (decoding, sniffing), then
cleaned; the best of R runs is kept. The parse runs once over the cleaned bodies.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from stancegraph.clean import Cleaner
from stancegraph.config import Config
from stancegraph.parse import Parser
from stancegraph.read import read_inputs
from stancegraph.types import Document

ROOT = Path(__file__).resolve().parents[1]


def texts(polnear: Path | None, limit: int) -> list[str]:
    polnear = polnear or ROOT.parent / "shared" / "eval" / "polnear" / "dev"
    if (polnear / "text").is_dir():
        return [p.read_text(encoding="utf-8") for p in sorted((polnear / "text").glob("*.txt"))[:limit]]
    from stancegraph.evaluate.clean import default_pages_dir, load_pages

    pages = load_pages(default_pages_dir())
    return [p.text for p in pages][:limit]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--polnear", type=Path)
    ap.add_argument("--limit", type=int, default=30)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    corpus = texts(args.polnear, args.limit)
    config = Config()
    cleaner = Cleaner(config)
    with tempfile.TemporaryDirectory() as tmp:
        for i, text in enumerate(corpus):
            (Path(tmp) / f"{i:05d}.txt").write_text(text, encoding="utf-8")
        best = float("inf")
        docs: list[Document] = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            docs = [cleaner(d) for d in read_inputs([tmp], config) if isinstance(d, Document)]
            best = min(best, time.perf_counter() - start)
    parser = Parser(config)
    parser.nlp  # load the model outside the timing  # noqa: B018
    start = time.perf_counter()
    list(parser.pipe(docs))
    parse = time.perf_counter() - start
    chars = sum(len(d.text) for d in docs)
    print(f"{len(docs)} texts, {chars:,} characters")
    print(f"read + clean: {best * 1000:.1f} ms ({chars / best / 1e6:.1f} M chars/s)")
    print(f"parse:        {parse * 1000:.1f} ms")
    ratio = best / parse
    print(f"ratio read+clean / parse = {ratio:.3f} (target <= 0.05): {'ok' if ratio <= 0.05 else 'SLOW'}")
    # Worst cases: a long page of short quoted lines and one of short headline-like lines
    # must clean at a rate close to ordinary pages (nothing quadratic in the line count).
    rate = chars / best
    for name, line in (
        ("quoted lines", '"Quote {} from the speaker here."'),
        ("short lines", "Headline {} Here"),
    ):
        page = "A Title For The Page\n" + "\n".join(line.format(i) for i in range(20000))
        start = time.perf_counter()
        cleaner(Document(page))
        worst = len(page) / (time.perf_counter() - start)
        print(
            f"{name}: rate / ordinary rate = {worst / rate:.2f} (target >= 0.2): "
            f"{'ok' if worst / rate >= 0.2 else 'SLOW'}"
        )


if __name__ == "__main__":
    main()
