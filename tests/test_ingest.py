"""ingest.py: workers give the same store, a killed run resumes, bad inputs become rejects."""

from __future__ import annotations

import gzip
import io
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from stancegraph import synthetic
from stancegraph.config import Config
from stancegraph.ingest import Outcome, doc_from_record, doc_record, estimate_total, ingest
from stancegraph.store import Store
from stancegraph.types import Document
from storedump import dump

ROOT = Path(__file__).resolve().parents[1]

COPY_OF_0 = """Outlet Daily | Regional news

{body}

Our correspondent in the region contributed reporting to this article, which was updated on Tuesday.

© 2025 Outlet Daily. All rights reserved.
"""


def small_corpus(root: Path) -> Path:
    """Ten synthetic articles, an outlet's copy of the first (masthead, footer and a sentence
    added, headline dropped) and the very same text as the second under another directory."""
    corpus = root / "corpus"
    synthetic.write_texts(corpus / "1_wire", 10)
    body = synthetic.article(0).split("\n\n", 1)[1]
    (corpus / "2_reprints").mkdir()
    (corpus / "2_reprints" / "copy0.txt").write_text(COPY_OF_0.format(body=body.strip()), encoding="utf-8")
    (corpus / "2_reprints" / "same1.txt").write_text(synthetic.article(1), encoding="utf-8")
    return corpus


def test_workers_give_the_same_store_as_one_process(tmp_path):
    corpus = small_corpus(tmp_path)
    results = {}
    dumps = {}
    for workers in (1, 2):
        with Store(tmp_path / f"w{workers}.db") as store:
            results[workers] = ingest([str(corpus)], store, Config(), workers=workers)
            dumps[workers] = dump(store)
    one, two = results[1], results[2]
    assert (one.added, one.copies, one.known, one.sightings, one.failed) == (11, 1, 1, 1, 0)
    assert (two.added, two.copies, two.known, two.sightings, two.failed) == (11, 1, 1, 1, 0)
    assert dumps[1] == dumps[2]
    assert dumps[1]["statements"], "the synthetic articles have statements"
    copy = [d for d in dumps[1]["documents"] if d["source"].endswith("copy0.txt")][0]
    original = [d for d in dumps[1]["documents"] if d["source"].endswith("article_00000.txt")][0]
    assert copy["canonical_id"] == original["id"] and copy["dup_kind"] == "near"


def test_second_run_adds_nothing_and_finds_copies_of_earlier_documents(tmp_path):
    corpus = small_corpus(tmp_path)
    db = tmp_path / "s.db"
    with Store(db) as store:
        first = ingest([str(corpus / "1_wire")], store, Config())
    assert (first.added, first.copies) == (10, 0)
    with Store(db) as store:  # a new run: the LSH index comes from the store
        again = ingest([str(corpus)], store, Config())
    assert (again.added, again.copies, again.known, again.sightings) == (1, 1, 11, 1)


def test_dedup_threshold_is_honoured(tmp_path):
    corpus = small_corpus(tmp_path)
    with Store(tmp_path / "t.db") as store:
        strict = ingest([str(corpus)], store, Config(dedup_threshold=0.99))
    assert (strict.added, strict.copies) == (11, 0)


def _count(db: Path) -> int:
    try:
        con = sqlite3.connect(db, timeout=1)
        try:
            return int(con.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "stancegraph", *args]


def test_sigkill_then_rerun_finishes_with_nothing_lost_or_doubled(tmp_path):
    corpus = tmp_path / "corpus"
    synthetic.write_texts(corpus, 60, short=True)
    db = tmp_path / "killed.db"
    proc = subprocess.Popen(_cli("ingest", str(corpus), "--db", str(db)), stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _count(db) < 5 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    stored = _count(db)
    assert proc.returncode == -signal.SIGKILL, "the run finished before it could be killed"
    assert 0 < stored < 60
    rerun = subprocess.run(_cli("ingest", str(corpus), "--db", str(db)), capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert f"stored {60 - stored} new documents" in rerun.stderr
    with Store(tmp_path / "clean.db") as clean:
        ingest([str(corpus)], clean, Config())
        expected = dump(clean)
    with Store(db) as store:
        got = dump(store)
    assert len(got["documents"]) == 60
    assert got == expected


def _truncated_warc(path: Path, keep: float = 0.9) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for n in range(2):
        html = (
            "<html><head><title>Harbour news</title></head><body><article><h1>Harbour news</h1>"
            + "".join(
                f"<p>Paragraph {i} of page {n}: the harbour board met the dockworkers again today.</p>"
                for i in range(8)
            )
            + "</article></body></html>"
        ).encode()
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        rec = writer.create_warc_record(
            f"https://news.example.org/{n}", "response", payload=io.BytesIO(html), http_headers=headers
        )
        writer.write_record(rec)
    data = buf.getvalue()
    path.write_bytes(data[: int(len(data) * keep)])


def _unprivileged() -> list[str]:
    """A command prefix under which a mode-000 directory is unreadable, even for root."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: cannot make a directory unreadable")
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]


def test_bad_inputs_are_rejected_with_reasons_and_the_run_goes_on(tmp_path):
    pytest.importorskip("warcio", reason="extra warc is not installed")
    pytest.importorskip("trafilatura", reason="extra html is not installed")
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "good.txt").write_text(synthetic.article(5), encoding="utf-8")
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (bad / "cut.txt.gz").write_bytes(gzip.compress(synthetic.article(6).encode())[:120])
    (bad / "nav.html").write_text(
        "<html><body><nav><a href='/'>Home</a> <a href='/a'>About</a> <a href='/c'>Contact</a></nav>"
        "<footer>Copyright</footer></body></html>",
        encoding="utf-8",
    )
    _truncated_warc(bad / "cut.warc.gz")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_text(synthetic.article(7), encoding="utf-8")
    locked.chmod(0)
    db = tmp_path / "bad.db"
    try:
        run = subprocess.run(
            [*_unprivileged(), *_cli("ingest", str(bad), str(locked), "--db", str(db))],
            capture_output=True,
            text=True,
            timeout=300,
        )
    finally:
        locked.chmod(0o755)
    assert run.returncode == 2, run.stderr
    with Store(db) as store:
        sources = {r["source"]: (r["code"], r["reason"]) for r in store.db.query("SELECT * FROM rejects")}
        stored = [r["source"] for r in store.db.query("SELECT source FROM documents")]
    assert any(s.endswith("good.txt") for s in stored)
    assert any(s.startswith(str(bad / "cut.warc.gz")) for s in stored), "the WARC's first page is kept"

    def reject(name: str) -> tuple[str, str]:
        hits = [v for s, v in sources.items() if s.startswith(name)]
        assert hits, f"no reject for {name}: {sources}"
        return hits[0]

    assert reject(str(bad / "empty.txt"))[0] == "E101"
    assert reject(str(bad / "binary.txt"))[0] == "E102"
    assert reject(str(bad / "cut.txt.gz"))[0] == "E107"
    assert reject(str(bad / "nav.html"))[0] == "E101"
    assert reject(str(bad / "cut.warc.gz"))[0] == "E107"
    assert reject(str(locked))[0] in ("E105", "E107")
    # One line per failed input on stderr, and the summary at the end.
    assert run.stderr.count("error:") == len(sources)
    assert "stored 2 new documents" in run.stderr


def test_estimate_total_counts_files_and_jsonl_records(tmp_path):
    synthetic.write_texts(tmp_path / "d", 3)
    synthetic.write_jsonl(tmp_path / "r.jsonl", 4)
    (tmp_path / "d" / "notes.pdf").write_bytes(b"%PDF")
    assert estimate_total([str(tmp_path / "d"), str(tmp_path / "r.jsonl")]) == 7
    assert estimate_total(["-"]) is None


def test_document_records_round_trip(pipeline):
    text = synthetic.article(11)
    doc = pipeline.run(Document(text=text, source="s.html", meta={"raw": b"<p>x</p>", "outlet": "O"}))
    doc.paragraphs = []
    back = doc_from_record(doc_record(doc))
    assert back == doc
    assert back.statements and back.actors


def test_an_error_outcome_survives_pickling():
    import pickle

    from stancegraph.errors import EmptyInput

    out = pickle.loads(pickle.dumps(Outcome.failed(EmptyInput("a.txt", "empty file (0 bytes)"))))
    exc = out.exception()
    assert isinstance(exc, EmptyInput) and exc.source == "a.txt" and exc.code == "E101"


@pytest.mark.parametrize("keep", [0.3, 0.6, 0.7, 0.8, 0.95])
def test_warc_cut_inside_a_record_is_reported(tmp_path, keep):
    pytest.importorskip("warcio", reason="extra warc is not installed")
    from stancegraph.errors import InputError
    from stancegraph.read import read_inputs

    _truncated_warc(tmp_path / "cut.warc.gz", keep=keep)
    errors = [x for x in read_inputs([str(tmp_path / "cut.warc.gz")]) if isinstance(x, InputError)]
    assert len(errors) == 1 and "truncated" in errors[0].reason, errors


def test_a_whole_warc_gives_every_page_and_no_error(tmp_path):
    pytest.importorskip("warcio", reason="extra warc is not installed")
    from stancegraph.read import read_inputs

    _truncated_warc(tmp_path / "whole.warc.gz", keep=1.0)
    items = list(read_inputs([str(tmp_path / "whole.warc.gz")]))
    assert [type(x).__name__ for x in items] == ["Document", "Document"]


def test_progress_shows_rate_and_eta_on_a_terminal_only():
    from rich.console import Console

    from stancegraph.ingest import _progress

    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=120)
    with _progress(True, 4, console) as tick:
        for _ in range(3):
            tick()
    shown = screen.getvalue()  # the last frame, drawn when the bar stops
    assert "3/4" in shown and "docs/s" in shown and "ETA" in shown
    quiet = io.StringIO()
    with _progress(False, 4, Console(file=quiet)) as tick:
        tick()
    assert quiet.getvalue() == ""


def test_a_document_that_breaks_its_batch_costs_only_itself(monkeypatch):
    from stancegraph.ingest import analyse
    from stancegraph.parse import Parser
    from stancegraph.pipeline import Pipeline

    real = Parser._parse_batch

    def fragile(self, docs):
        if any("BOOM" in d.text for d in docs):
            raise RuntimeError("the parser fell over")
        return real(self, docs)

    monkeypatch.setattr(Parser, "_parse_batch", fragile)
    texts = [synthetic.article(30), synthetic.article(31) + "\nBOOM said the mayor.\n", synthetic.article(32)]
    outcomes = analyse(Pipeline(), [Document(text=t, source=f"t{i}") for i, t in enumerate(texts)])
    assert [o.doc is not None for o in outcomes] == [True, False, True]
    failed = outcomes[1].exception()
    assert failed.source == "t1" and failed.code == "E150" and "fell over" in failed.reason
    assert outcomes[0].fingerprint is not None and outcomes[0].doc.statements


def test_an_unreadable_subdirectory_is_a_reject(tmp_path):
    prefix = _unprivileged()
    tree = tmp_path / "tree"
    synthetic.write_texts(tree, 1)
    synthetic.write_texts(tree / "sub", 1, start=1)
    (tree / "sub").chmod(0)
    # The reader alone (no spaCy to load): which inputs did it report as errors?
    code = (
        "import sys; from stancegraph.read import read_inputs; from stancegraph.errors import InputError;"
        "print([x.source for x in read_inputs([sys.argv[1]]) if isinstance(x, InputError)])"
    )
    try:
        run = subprocess.run([*prefix, sys.executable, "-c", code, str(tree)], capture_output=True, text=True)
    finally:
        (tree / "sub").chmod(0o755)
    assert str(tree / "sub") in run.stdout, run.stderr


def _die_on_marker(docs):
    from stancegraph.ingest import _WORKER_PIPELINE, analyse

    if any("DIE" in d.text for d in docs):
        os._exit(1)  # as if the system killed the worker
    return analyse(_WORKER_PIPELINE, docs)


def test_a_dead_worker_fails_the_run_instead_of_hanging(tmp_path, monkeypatch):
    import multiprocessing

    from stancegraph import ingest as ingest_module
    from stancegraph.errors import StancegraphError

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("needs fork to hand the patched worker function to the workers")
    monkeypatch.setattr(ingest_module, "_worker_analyse", _die_on_marker)
    synthetic.write_texts(tmp_path / "c", 2)
    (tmp_path / "c" / "z.txt").write_text("DIE " + synthetic.article(40), encoding="utf-8")
    with Store(tmp_path / "d.db") as store, pytest.raises(StancegraphError, match="run the ingest again"):
        ingest([str(tmp_path / "c")], store, Config(batch_size=1), workers=2)
