"""The Ray engine: the per-document stages on Ray Data, results through Parquet shards.

``stancegraph ingest --engine ray`` reads inputs here (the driver), sends them to
Ray Data in chunks of ``CHUNK`` documents, where an actor pool of ``workers``
actors (each loading spaCy once) runs the pipeline's stages and the dedup
fingerprint over batches of ``Config.batch_size``; each chunk's results are
written as Parquet shards (pyarrow), read back in input order and handed to
``ingest`` to store, so the store is the same as with the local engine. A killed
run loses at most the chunk in flight, and a rerun finishes the rest.

The cluster is the one at ``RAY_ADDRESS`` when set, else a local one with
``workers`` CPUs. On a remote cluster stancegraph (and the spaCy model) must be
installed on the workers, a targets file must exist at the same path there, and
``shard_dir`` must be storage that both the workers and this process reach
(a shared file system; the default is a local temporary directory).

Needs the ``ray`` extra: ``pip install 'stancegraph[ray]'``.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from ..config import Config
from ..errors import MissingExtra
from ..ingest import Outcome, analyse, doc_from_record, doc_record
from ..types import Document

CHUNK = 2000  # documents per Ray dataset: what the driver holds at once

COLUMNS = (
    ("seq", "int"),
    ("record", "str"),
    ("text_hash", "str"),
    ("minhash", "bytes"),
    ("error_kind", "str"),
    ("error_source", "str"),
    ("error_reason", "str"),
)


def _ray() -> Any:
    try:
        import pyarrow  # noqa: F401
        import ray
        import ray.data  # noqa: F401
    except ImportError as exc:
        raise MissingExtra("ray", "ray", "the Ray engine") from exc
    return ray


def shard_schema() -> Any:
    import pyarrow as pa

    kinds = {"int": pa.int64(), "str": pa.string(), "bytes": pa.binary()}
    return pa.schema([(name, kinds[kind]) for name, kind in COLUMNS])


class Analyser:
    """A Ray Data actor: the pipeline loaded once, applied to batches of serialized documents."""

    def __init__(self, config: Config) -> None:
        from ..pipeline import Pipeline

        self.pipeline = Pipeline(config)

    def __call__(self, batch: Any) -> Any:
        import pyarrow as pa

        seqs = [int(s) for s in batch.column("seq").to_pylist()]
        docs = [doc_from_record(json.loads(r)) for r in batch.column("record").to_pylist()]
        outcomes = analyse(self.pipeline, docs)
        cols: dict[str, list[Any]] = {name: [] for name, _ in COLUMNS}
        for seq, out in zip(seqs, outcomes, strict=True):
            cols["seq"].append(seq)
            cols["record"].append(json.dumps(doc_record(out.doc), ensure_ascii=False) if out.doc else None)
            fp = out.fingerprint
            cols["text_hash"].append(fp.text_hash if fp else None)
            cols["minhash"].append(fp.hashvalues if fp else None)
            kind, source, reason = out.error or (None, None, None)
            cols["error_kind"].append(kind)
            cols["error_source"].append(source)
            cols["error_reason"].append(reason)
        return pa.table(cols, schema=shard_schema())


def _outcome(row: dict[str, Any]) -> Outcome:
    from ..dedup import Fingerprint

    if row["record"] is None:
        return Outcome(error=(row["error_kind"], row["error_source"], row["error_reason"]))
    fp = Fingerprint(row["text_hash"], row["minhash"]) if row["text_hash"] is not None else None
    return Outcome(doc_from_record(json.loads(row["record"])), fp)


def init(workers: int) -> Any:
    """Connect to ``$RAY_ADDRESS`` or start a local Ray with ``workers`` CPUs (once per process)."""
    ray = _ray()
    if not ray.is_initialized():
        address = os.environ.get("RAY_ADDRESS") or None
        # One CPU per analysing actor, and one for reading items and writing shards.
        local = {} if address else {"num_cpus": max(1, workers) + 1, "include_dashboard": False}
        ray.init(
            address=address,
            log_to_driver=False,
            ignore_reinit_error=True,
            logging_level=logging.ERROR,
            **local,
        )
        # Ray Data reports every dataset it runs at INFO: one ingest runs many.
        logging.getLogger("ray.data").setLevel(logging.ERROR)
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False
    ctx.execution_options.preserve_order = True
    return ray


def ray_outcomes(
    docs: Iterable[Document],
    config: Config,
    *,
    workers: int = 1,
    shard_dir: str | Path | None = None,
    chunk: int = CHUNK,
) -> Iterator[Outcome]:
    """Outcomes in input order, analysed on Ray Data and passed through Parquet shards."""
    ray = init(workers)
    import pyarrow.parquet as pq

    own_dir = shard_dir is None
    root = Path(tempfile.mkdtemp(prefix="stancegraph-shards-")) if own_dir else Path(shard_dir)  # type: ignore[arg-type]
    root.mkdir(parents=True, exist_ok=True)
    it = iter(docs)
    try:
        for n in range(1 << 62):
            batch = list(islice(it, chunk))
            if not batch:
                return
            items = [
                {"seq": i, "record": json.dumps(doc_record(d), ensure_ascii=False)}
                for i, d in enumerate(batch)
            ]
            out = root / f"chunk-{n:06d}"
            if out.exists():  # a shard left by an earlier, killed run: not ours to trust
                shutil.rmtree(out)
            ds = ray.data.from_items(items).map_batches(
                Analyser,
                fn_constructor_kwargs={"config": config},
                batch_size=config.batch_size,
                batch_format="pyarrow",
                compute=ray.data.ActorPoolStrategy(size=max(1, workers)),
                num_cpus=1,
            )
            ds.write_parquet(str(out))
            table = pq.read_table(str(out), schema=shard_schema()).sort_by("seq")
            for row in table.to_pylist():
                yield _outcome(row)
            del items, batch, table
    finally:
        if own_dir:
            shutil.rmtree(root, ignore_errors=True)
