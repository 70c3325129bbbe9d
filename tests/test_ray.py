"""The Ray engine gives the same store as the local one (skips without the ray extra)."""

from __future__ import annotations

import pytest

from stancegraph import synthetic
from stancegraph.config import Config
from stancegraph.ingest import ingest
from stancegraph.store import Store
from storedump import dump

pytest.importorskip("ray", reason="the ray extra is not installed (pip install 'stancegraph[ray]')")
pytest.importorskip("pyarrow", reason="the ray extra is not installed (pip install 'stancegraph[ray]')")


@pytest.fixture
def local_ray(monkeypatch):
    import ray

    monkeypatch.delenv("RAY_ADDRESS", raising=False)  # a small local cluster, never a shared one
    yield
    ray.shutdown()


def test_ray_and_local_runs_store_the_same_records(tmp_path, local_ray):
    corpus = tmp_path / "corpus"
    synthetic.write_texts(corpus, 5)
    body = synthetic.article(0).split("\n\n", 1)[1]
    (corpus / "reprint.txt").write_text(body + "\nA spokesperson declined to comment on Tuesday.\n")
    (corpus / "empty.txt").write_bytes(b"")
    shards = tmp_path / "shards"
    with Store(tmp_path / "ray.db") as store:
        on_ray = ingest([str(corpus)], store, Config(), engine="ray", workers=1, shard_dir=shards)
        got = dump(store)
    with Store(tmp_path / "local.db") as store:
        local = ingest([str(corpus)], store, Config())
        expected = dump(store)
    assert (
        (on_ray.added, on_ray.copies, on_ray.failed) == (local.added, local.copies, local.failed) == (6, 1, 1)
    )
    assert got == expected
    assert got["times"], "the records carry the statements' times"
    assert list(shards.glob("chunk-000000/*.parquet")), "the results went through Parquet shards"
