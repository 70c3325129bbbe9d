"""Ingest: read inputs, analyse them, find copies, store them; resumable and bounded.

>>> with Store("news.db") as store:                               # doctest: +SKIP
...     result = ingest(["articles/"], store, Config(), workers=2)

The flow, and where each part runs:

1. **read** (this process): ``read.read_inputs`` streams documents and named
   input errors. An input error becomes a reject in the store at once; a
   document already stored (same content id) is skipped before any analysis,
   which is what makes a killed run resumable: run it again and only what is
   missing is analysed.
2. **analyse** (the engine): the pipeline's stages and the dedup fingerprint,
   per document, in batches of ``Config.batch_size``. ``local`` with
   ``workers=1`` runs them here; ``workers=N`` in N processes, each loading
   spaCy once; ``ray`` on Ray Data (``engines/ray_engine.py``).
3. **write** (this process, the only writer): in input order, each document in
   one transaction with its dedup record (copy of which canonical document,
   MinHash signature, LSH buckets). Input order and one writer are why any
   engine and any number of workers give the same store as ``workers=1``.

Memory stays bounded: at most ``2 * workers`` batches are in flight, the LSH
index lives in the store, and nothing accumulates per document here.
"""

from __future__ import annotations

import base64
import json
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from . import dedup, errors
from .config import Config
from .dedup import Fingerprint
from .errors import InputError, ProcessingError, StancegraphError
from .types import Actor, Document, Mention, Relation, Stance, Statement, TimeExpr

if TYPE_CHECKING:
    from .pipeline import Pipeline
    from .store import Store

ENGINES = ("local", "ray")
ErrorCallback = Callable[[InputError], None]


@dataclass
class IngestResult:
    """What a run did. ``added`` counts every new stored document, copies included."""

    added: int = 0
    copies: int = 0  # of ``added``: copies (exact or near) of a stored canonical document
    known: int = 0  # already stored (same content id): not analysed again
    sightings: int = 0  # of ``known``: the same text under a new source, noted with its outlet
    failed: int = 0  # inputs that could not be read or analysed (recorded as rejects)
    seconds: float = 0.0
    engine: str = "local"
    workers: int = 1

    @property
    def documents(self) -> int:
        return self.added + self.known

    @property
    def docs_per_second(self) -> float:
        return (self.added + self.known + self.failed) / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "copies": self.copies,
            "known": self.known,
            "sightings": self.sightings,
            "failed": self.failed,
            "seconds": round(self.seconds, 3),
            "docs_per_second": round(self.docs_per_second, 2),
            "engine": self.engine,
            "workers": self.workers,
        }


# -- what an engine hands back per document ------------------------------------------


@dataclass
class Outcome:
    """One analysed document and its fingerprint, or the error that stopped it.

    Errors travel as (class name, source, reason): exceptions with required
    arguments do not survive pickling between processes.
    """

    doc: Document | None = None
    fingerprint: Fingerprint | None = None
    error: tuple[str, str, str] | None = None

    @classmethod
    def failed(cls, exc: InputError) -> Outcome:
        return cls(error=(type(exc).__name__, exc.source, exc.reason))

    def exception(self) -> InputError:
        assert self.error is not None
        name, source, reason = self.error
        kind = getattr(errors, name, None)
        if not (isinstance(kind, type) and issubclass(kind, InputError)):
            kind = ProcessingError
        return kind(source, reason)


def analyse(pipeline: Pipeline, docs: list[Document]) -> list[Outcome]:
    """Run the stages and the fingerprint over a batch; a batch that fails as a whole is
    retried document by document, so one bad document costs only itself."""
    try:
        return [_outcome(item) for item in pipeline.pipe(docs)]
    except StancegraphError:
        raise
    except Exception:  # noqa: BLE001 - isolate the document that broke the batch
        if len(docs) == 1:
            return [_crash(docs[0])]
        out: list[Outcome] = []
        for doc in docs:
            out += analyse(pipeline, [doc])
        return out


def _crash(doc: Document) -> Outcome:
    import sys

    exc = sys.exc_info()[1]
    return Outcome.failed(ProcessingError(doc.source, f"analysis failed: {type(exc).__name__}: {exc}"))


def _outcome(item: Document | InputError) -> Outcome:
    if isinstance(item, InputError):
        return Outcome.failed(item)
    item.paragraphs = []  # spaCy parses are runtime only: never shipped or stored
    return Outcome(item, dedup.fingerprint(item))


def batched(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(items)
    while batch := list(islice(it, max(1, size))):
        yield batch


# -- the local engine: this process or a pool of worker processes --------------------------

_WORKER_PIPELINE: Pipeline | None = None


def _init_worker(config: Config) -> None:
    global _WORKER_PIPELINE
    from .pipeline import Pipeline

    _WORKER_PIPELINE = Pipeline(config)
    _ = _WORKER_PIPELINE.stage("parse").nlp  # type: ignore[attr-defined]  # load spaCy once, now


def _worker_analyse(docs: list[Document]) -> list[Outcome]:
    assert _WORKER_PIPELINE is not None, "worker not initialised"
    return analyse(_WORKER_PIPELINE, docs)


def local_outcomes(docs: Iterable[Document], config: Config, workers: int = 1) -> Iterator[Outcome]:
    """Outcomes in input order, analysed here (``workers <= 1``) or in ``workers`` processes."""
    if workers <= 1:
        from .pipeline import Pipeline

        pipeline = Pipeline(config)
        for batch in batched(docs, config.batch_size):
            yield from analyse(pipeline, batch)
        return
    import multiprocessing as mp
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # fork shares the already imported modules; spawn where fork is unavailable.
    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    # An executor, not a Pool: a worker killed by the system fails the run (rerun it to
    # resume) instead of leaving its batch waiting forever.
    with ProcessPoolExecutor(
        workers, mp_context=mp.get_context(method), initializer=_init_worker, initargs=(config,)
    ) as pool:
        pending: deque[Future[list[Outcome]]] = deque()
        try:
            # Backpressure: map() would read the whole input ahead; a bounded window does not.
            for batch in batched(docs, config.batch_size):
                pending.append(pool.submit(_worker_analyse, batch))
                if len(pending) >= 2 * workers:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        except BrokenProcessPool as exc:
            raise StancegraphError(
                f"a worker process died ({exc}); what was stored is kept: run the ingest again to finish"
            ) from exc
        finally:
            for f in pending:
                f.cancel()


# -- the orchestration ----------------------------------------------------------------------


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    config: Config | None = None,
    *,
    workers: int = 1,
    progress: bool = False,
    engine: str = "local",
    on_error: ErrorCallback | None = None,
    stdin: IO[bytes] | None = None,
    shard_dir: str | Path | None = None,
) -> IngestResult:
    """Read, analyse, deduplicate and store ``paths``; see the module docstring.

    ``on_error`` is called with each input that could not be read or analysed (they
    are also recorded as rejects). ``progress`` shows a bar with documents per second
    and an ETA on stderr. ``shard_dir``: where the Ray engine writes its Parquet shards
    (a temporary directory by default).
    """
    from .read import read_inputs

    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; engines are {', '.join(ENGINES)}")
    config = config or Config()
    args = [str(p) for p in paths]
    workers = max(1, int(workers))
    result = IngestResult(engine=engine, workers=workers)
    started = time.monotonic()
    dedup.backfill(store)

    with _progress(progress, estimate_total(args) if progress else None) as tick:

        def fail(exc: InputError) -> None:
            result.failed += 1
            store.add_reject(exc)
            if on_error is not None:
                on_error(exc)
            tick()

        def fresh() -> Iterator[Document]:
            for item in read_inputs(args, config, stdin=stdin):
                if isinstance(item, InputError):
                    fail(item)
                elif store.has(item.id):
                    result.known += 1
                    result.sightings += dedup.add_sighting(store, item)
                    tick()
                else:
                    yield item

        if engine == "ray":
            from .engines.ray_engine import ray_outcomes

            outcomes = ray_outcomes(fresh(), config, workers=workers, shard_dir=shard_dir)
        else:
            outcomes = local_outcomes(fresh(), config, workers)
        for outcome in outcomes:
            if outcome.doc is None:
                fail(outcome.exception())
                continue
            what = write(store, outcome, config.dedup_threshold)
            if what == "known":
                result.known += 1
                result.sightings += dedup.add_sighting(store, outcome.doc)
            else:
                result.added += 1
                result.copies += what == "copy"
            tick()
    result.seconds = time.monotonic() - started
    return result


def write(store: Store, outcome: Outcome, threshold: float) -> str:
    """Store one analysed document and its dedup record in one transaction:
    ``added``, ``copy`` (stored, linked to its canonical document) or ``known``."""
    doc = outcome.doc
    assert doc is not None
    with store.db.transaction():
        if store.has(doc.id):
            return "known"
        match = dedup.find(store, outcome.fingerprint, threshold)
        store.add(doc)
        dedup.record(store, doc.id, outcome.fingerprint, match)
    return "added" if match is None else "copy"


# -- progress ---------------------------------------------------------------------------


def estimate_total(paths: Iterable[str]) -> int | None:
    """About how many documents ``paths`` hold (a JSONL file: its lines; other files: one),
    for the progress bar's ETA; None when it cannot tell (standard input, WARC)."""
    from .read import format_of

    total = 0
    for arg in paths:
        if arg == "-":
            return None
        p = Path(arg)
        if p.is_dir():
            files: Iterable[Path] = _walk_inputs(p)
        elif p.exists():
            files = [p]
        else:
            import glob

            files = [Path(m) for m in glob.glob(arg, recursive=True) if Path(m).is_file()]
        for f in files:
            fmt, gz = format_of(f.name)
            if fmt == "warc":
                return None
            total += _count_lines(f, gz) if fmt == "jsonl" else 1
    return total


def _walk_inputs(root: Path) -> Iterator[Path]:
    """The files the reader takes from a directory (hidden entries skipped, as it does)."""
    from .read import format_of

    for d, dirs, names in os.walk(root):
        dirs[:] = [x for x in dirs if not x.startswith(".")]
        yield from (Path(d) / f for f in names if not f.startswith(".") and format_of(f)[0] is not None)


def _count_lines(path: Path, gz: bool) -> int:
    import gzip

    try:
        with gzip.open(path, "rb") if gz else path.open("rb") as fh:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b"")) or 1
    except (OSError, EOFError):
        return 1


class _progress:
    """A rich progress bar on stderr (documents, documents per second, ETA), or nothing."""

    def __init__(self, show: bool, total: int | None, console: Any = None) -> None:
        self.show = show
        self.total = total
        self.console = console
        self.bar: Any = None
        self.done = 0
        self.started = time.monotonic()

    def __enter__(self) -> Callable[[], None]:
        if not self.show:
            return lambda: None
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.bar = Progress(
            SpinnerColumn(),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("documents  {task.fields[rate]} docs/s  ETA"),
            TimeRemainingColumn(),
            TimeElapsedColumn(),
            console=self.console or Console(stderr=True),
            transient=True,
        )
        self.bar.__enter__()
        self.task = self.bar.add_task("ingest", total=self.total, rate="-")
        return self._tick

    def _tick(self) -> None:
        self.done += 1
        elapsed = time.monotonic() - self.started
        rate = f"{self.done / elapsed:.1f}" if elapsed > 0 else "-"
        total = self.total if self.total is None or self.total >= self.done else self.done
        self.bar.update(self.task, advance=1, rate=rate, total=total)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


# -- a lossless JSON form of an analysed document (Parquet shards, exports) ----------------------


def doc_record(doc: Document) -> dict[str, Any]:
    """Everything the store keeps of a document, as JSON-able values (raw bytes base64)."""
    meta = {}
    for k, v in doc.meta.items():
        if isinstance(v, bytes | bytearray):
            meta[k] = {"__bytes__": base64.b64encode(bytes(v)).decode("ascii")}
        else:
            meta[k] = v
    return {
        "id": doc.id,
        "text": doc.text,
        "source": doc.source,
        "title": doc.title,
        "published": doc.published,
        "body": [list(s) for s in doc.body],
        "meta": json.loads(json.dumps(meta, ensure_ascii=False, default=str)),
        "actors": [
            {
                "id": a.id,
                "name": a.name,
                "kind": a.kind,
                "aliases": list(a.aliases),
                "mentions": [[m.span[0], m.span[1], m.how] for m in a.mentions],
                "attrs": dict(a.attrs),
            }
            for a in doc.actors
        ],
        "statements": [
            {
                **{k: v for k, v in s.to_json().items() if k != "stances"},
                "stances": [
                    {
                        "target": t.target,
                        "label": t.label,
                        "score": t.score,
                        "evidence": list(t.evidence) if t.evidence else None,
                    }
                    for t in s.stances
                ],
            }
            for s in doc.statements
        ],
        "relations": [r.to_json() for r in doc.relations],
    }


def _span(v: list[int] | None) -> tuple[int, int] | None:
    return None if v is None else (int(v[0]), int(v[1]))


def doc_from_record(rec: dict[str, Any]) -> Document:
    """The inverse of ``doc_record``."""
    meta = {
        k: base64.b64decode(v["__bytes__"]) if isinstance(v, dict) and set(v) == {"__bytes__"} else v
        for k, v in rec["meta"].items()
    }
    return Document(
        text=rec["text"],
        source=rec["source"],
        id=rec["id"],
        title=rec["title"],
        published=rec["published"],
        body=[(int(s), int(e)) for s, e in rec["body"]],
        meta=meta,
        actors=[
            Actor(
                id=a["id"],
                name=a["name"],
                kind=a["kind"],
                aliases=list(a["aliases"]),
                mentions=[Mention((int(s), int(e)), how) for s, e, how in a["mentions"]],
                attrs=dict(a["attrs"]),
            )
            for a in rec["actors"]
        ],
        statements=[
            Statement(
                kind=s["kind"],
                content=(int(s["content"][0]), int(s["content"][1])),
                cue=_span(s["cue"]),
                speaker=_span(s["speaker"]),
                actor=s["actor"],
                stances=[
                    Stance(t["target"], t["label"], float(t["score"]), _span(t["evidence"]))
                    for t in s["stances"]
                ],
                times=[TimeExpr.from_json(t) for t in s.get("times", ())],
            )
            for s in rec["statements"]
        ],
        relations=[
            Relation(
                subject=r["subject"],
                object=r["object"],
                polarity=r["polarity"],
                sentence=(int(r["sentence"][0]), int(r["sentence"][1])),
                evidence=(int(r["evidence"][0]), int(r["evidence"][1])),
                # Records written before relations carried them have neither.
                score=None if r.get("score") is None else float(r["score"]),
                basis=r.get("basis"),
            )
            for r in rec["relations"]
        ],
    )
