"""export.py: every table, complete, in Parquet, JSONL and CSV."""

from __future__ import annotations

import csv
import json
import shutil

import pytest
from typer.testing import CliRunner

from stancegraph import synthetic
from stancegraph.cli import app
from stancegraph.config import Config
from stancegraph.demo import corpus_dir, targets_path
from stancegraph.export import FORMATS, TABLES, export
from stancegraph.ingest import ingest
from stancegraph.store import Store

COUNTS = {
    "documents": "SELECT COUNT(*) FROM documents",
    "actors": "SELECT COUNT(*) FROM actors",
    "document_actors": "SELECT COUNT(*) FROM doc_actors",
    "statements": "SELECT COUNT(*) FROM statements",
    "stances": "SELECT COUNT(*) FROM stances",
    "statement_times": "SELECT COUNT(*) FROM statement_times",
    "relations": "SELECT COUNT(*) FROM relations",
    "sightings": "SELECT COUNT(*) FROM doc_sightings",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """The demo corpus with its targets, plus an outlet's copy and a sighting of one article."""
    root = tmp_path_factory.mktemp("export")
    corpus = root / "corpus"
    shutil.copytree(corpus_dir(), corpus / "1_demo")
    first = sorted((corpus / "1_demo").rglob("*.txt"))[0]
    text = first.read_text(encoding="utf-8")
    (corpus / "2_copy").mkdir()
    (corpus / "2_copy" / "copy.txt").write_text(
        text.rstrip() + "\n\nThis article was republished with permission.\n", encoding="utf-8"
    )
    (corpus / "3_same").mkdir()
    (corpus / "3_same" / "same.txt").write_text(text, encoding="utf-8")
    synthetic.write_texts(corpus / "4_synthetic", 3)
    path = root / "x.db"
    with Store(path) as store:
        result = ingest([str(corpus)], store, Config(targets_path=targets_path()))
    assert result.copies == 1 and result.sightings == 1
    return path


@pytest.fixture(scope="module")
def counts(db):
    with Store(db) as store:
        return {t: int(store.db.scalar(sql)) for t, sql in COUNTS.items()}


def test_the_store_has_something_in_every_table(counts):
    assert all(counts[t] > 0 for t in COUNTS), counts


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_table_is_exported_whole(db, counts, tmp_path, fmt):
    if fmt == "parquet":
        pytest.importorskip("pyarrow", reason="extra parquet is not installed")
    with Store(db) as store:
        written = export(store, tmp_path, fmt, page=7)  # small pages: paging must not lose rows
    assert set(written) == {t.name for t in TABLES}
    for table, n in counts.items():
        assert _rows(written[table], fmt) == n, table


def _rows(path, fmt):
    if fmt == "parquet":
        import pyarrow.parquet as pq

        return pq.read_metadata(path).num_rows
    with path.open(encoding="utf-8", newline="") as fh:
        return sum(1 for _ in csv.reader(fh)) - 1 if fmt == "csv" else sum(1 for _ in fh)


def test_parquet_statements_carry_nested_stances_and_copies(db, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet", reason="extra parquet is not installed")
    with Store(db) as store:
        export(store, tmp_path, "parquet")
        texts = {r["id"]: r["text"] for r in store.db.query("SELECT id, text FROM documents")}
    statements = pq.read_table(tmp_path / "statements.parquet").to_pylist()
    flat = pq.read_table(tmp_path / "stances.parquet").to_pylist()
    assert sum(len(s["stances"]) for s in statements) == len(flat) > 0
    assert {st["label"] for s in statements for st in s["stances"]} <= {"favor", "against", "neutral"}
    for s in statements:
        assert texts[s["doc_id"]][s["content_start"] : s["content_end"]] == s["content"]
    assert any(s["is_copy"] for s in statements) and not all(s["is_copy"] for s in statements)
    docs = pq.read_table(tmp_path / "documents.parquet").to_pylist()
    copies = [d for d in docs if d["canonical_id"]]
    assert len(copies) == 1 and copies[0]["dup_kind"] in ("exact", "near")
    assert all(isinstance(d["body"], list) and all(len(s) == 2 for s in d["body"]) for d in docs)


def test_statements_carry_their_times_nested_and_flat(db, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet", reason="extra parquet is not installed")
    with Store(db) as store:
        export(store, tmp_path, "parquet")
        texts = {r["id"]: r["text"] for r in store.db.query("SELECT id, text FROM documents")}
    statements = pq.read_table(tmp_path / "statements.parquet").to_pylist()
    flat = pq.read_table(tmp_path / "statement_times.parquet").to_pylist()
    nested = [t for s in statements for t in s["times"]]
    assert len(nested) == len(flat) > 0
    assert {t["role"] for t in flat} <= {"said", "content"}
    for t in flat:
        # stand-off: the span reads as the text, and a value covers the days stored with it
        assert texts[t["doc_id"]][t["span_start"] : t["span_end"]] == t["text"]
        assert (t["value"] is None) == (t["first_day"] is None)
        assert t["first_day"] is None or t["first_day"] <= t["last_day"]


def test_relations_carry_their_score_and_basis(db, tmp_path):
    from stancegraph.types import RELATION_BASES

    with Store(db) as store:
        export(store, tmp_path, "jsonl")
        stored = {(r["doc_id"], int(r["seq"])): (r["score"], r["basis"])
                  for r in store.db.query("SELECT doc_id, seq, score, basis FROM relations")}
    rows = [json.loads(line) for line in (tmp_path / "relations.jsonl").open(encoding="utf-8")]
    assert rows and {(r["doc_id"], r["seq"]): (r["score"], r["basis"]) for r in rows} == stored
    assert all(r["basis"] in RELATION_BASES and 0 <= r["score"] <= 1 for r in rows)


def test_jsonl_and_csv_agree(db, tmp_path):
    with Store(db) as store:
        export(store, tmp_path / "j", "jsonl")
        export(store, tmp_path / "c", "csv")
    with (tmp_path / "j" / "statements.jsonl").open(encoding="utf-8") as fh:
        from_jsonl = [json.loads(line) for line in fh]
    with (tmp_path / "c" / "statements.csv").open(encoding="utf-8", newline="") as fh:
        from_csv = list(csv.DictReader(fh))
    assert [s["content"] for s in from_jsonl] == [s["content"] for s in from_csv]
    assert [s["stances"] for s in from_jsonl] == [json.loads(s["stances"]) for s in from_csv]
    assert [s["times"] for s in from_jsonl] == [json.loads(s["times"]) for s in from_csv]
    actors = [json.loads(line) for line in (tmp_path / "j" / "actors.jsonl").open(encoding="utf-8")]
    assert all(a["name"] in a["names"] and isinstance(a["attrs"], dict) for a in actors)


def test_an_empty_store_exports_empty_tables(tmp_path):
    with Store(tmp_path / "e.db") as store:
        written = export(store, tmp_path / "out", "csv")
    assert (written["statements"]).read_text(encoding="utf-8").startswith("id,doc_id,")


def test_cli_export(db, tmp_path):
    out = tmp_path / "cli"
    result = CliRunner().invoke(app, ["export", "--format", "jsonl", "--out", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{t.name}.jsonl" for t in TABLES)


def test_export_on_both_backends(store_url, tmp_path):
    corpus = tmp_path / "c"
    synthetic.write_texts(corpus, 3, short=True)
    with Store(store_url) as store:
        ingest([str(corpus)], store, Config())
        n = {t: int(store.db.scalar(sql)) for t, sql in COUNTS.items()}
        written = export(store, tmp_path / "out", "jsonl", page=2)
    assert n["documents"] == 3 and n["statements"] > 0
    for table, count in n.items():
        assert _rows(written[table], "jsonl") == count, table
    statements = [json.loads(line) for line in written["statements"].open(encoding="utf-8")]
    assert all(s["is_copy"] is False for s in statements)
