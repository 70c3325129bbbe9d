"""The PostgreSQL backend against a real server (a throwaway cluster, see pgcluster.py):
migrations from an older schema, concurrent ingests, the CLI on a postgresql:// URL.
The listing and round-trip tests run on both backends in test_query.py and
test_roundtrip.py."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stancegraph import query, schema
from stancegraph.cli import app
from stancegraph.errors import MissingExtra, ProcessingError, StoreError
from stancegraph.store import Store
from stancegraph.types import Actor, Document, Mention, Statement
from storedump import store_old_statement

runner = CliRunner()

ARTICLES = {
    f"a{i}.txt": (
        f"Harbour report {i}\n\n"
        f"May {i + 1}, 2024\n\n"
        f"Harbour Minister Lena Sorvik said on day {i} that the ferry talks would go on.\n\n"
        f"“We are not leaving the table,” Sorvik said. "
        f"Mayor Oskar Lund said the port needed {i} more berths.\n"
    )
    for i in range(1, 7)
}


def test_schema_versions_and_fts_on_postgres(pg_url: str) -> None:
    with Store(pg_url) as store:
        assert store.dialect == "postgresql"
        assert store.version() == schema.LATEST
        assert store.db.table_exists("rejects")
    # the URL a SQLAlchemy user would paste works too
    with Store(pg_url.replace("postgresql://", "postgresql+psycopg://")) as store:
        assert store.version() == schema.LATEST


def test_an_older_postgres_database_is_migrated_by_the_cli(pg_url: str) -> None:
    db = schema.connect(pg_url)
    schema.migrate(db, target=1)
    with db.transaction():
        db.execute(
            """INSERT INTO documents (id, source, text, body, meta, ingested_at)
               VALUES ('d1', 'old.txt', 'The ferry talks resumed.', '[[0, 24]]', '{}',
                       '2024-01-01T00:00:00Z')"""
        )
        db.execute(
            """INSERT INTO statements (doc_id, seq, kind, content_start, content_end, content)
               VALUES ('d1', 0, 'direct', 4, 23, 'ferry talks resumed')"""
        )
    db.close()
    result = runner.invoke(app, ["summary", "--db", pg_url])
    assert result.exit_code == 5 and "stancegraph migrate" in result.stderr
    result = runner.invoke(app, ["migrate", "--db", pg_url])
    assert result.exit_code == 0, result.stderr
    assert f"schema version 1 → {schema.LATEST}" in result.stderr
    with Store(pg_url) as store:
        # the generated text-search column covers rows written before it existed
        assert [r.content for r in query.statements(store, q="resuming ferry")] == ["ferry talks resumed"]
        assert store.get("d1").text == "The ferry talks resumed."


def test_migrating_postgres_gives_old_statements_their_times(pg_url: str) -> None:
    text = "Minister Anna Berg said on Monday that the talks would resume next month."
    db = schema.connect(pg_url)
    schema.migrate(db, target=4)
    with db.transaction():
        store_old_statement(db, "d1", text, "2024-05-02", 18)
    db.close()
    result = runner.invoke(app, ["migrate", "--db", pg_url])
    assert result.exit_code == 0, result.stderr
    with Store(pg_url) as store:
        times = store.get("d1").statements[0].times
        assert [(t.text, t.value, t.role) for t in times] == [
            ("Monday", "2024-04-29", "said"),
            ("next month", "2024-06", "content"),
        ]
        assert len(query.statements(store, mentions_from="2024-06-15", mentions_to="2024-06-15")) == 1
        assert query.statements(store, mentions_from="2024-04-29", mentions_to="2024-04-29") == []


def test_connection_errors_are_store_errors_without_the_password(pg_server: str) -> None:
    url = pg_server.replace("sg@", "sg:hunter2@").replace("/?", "/no_such_db?")
    with pytest.raises(StoreError) as info:
        Store(url)
    assert "hunter2" not in str(info.value) and "***" in str(info.value)
    result = runner.invoke(app, ["summary", "--db", url])
    assert result.exit_code == 5 and "hunter2" not in result.stderr


def test_missing_psycopg_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)
    with pytest.raises(MissingExtra, match=r"stancegraph\[postgres\]"):
        Store("postgresql://nobody@localhost/none")


def _doc(i: int, names: list[str]) -> Document:
    text = f"Report {i}: " + ", ".join(names) + " spoke."
    doc = Document(text=text, source=f"r{i}.txt")
    for n, name in enumerate(names):
        at = text.index(name)
        doc.actors.append(
            Actor(id=f"a{n}", name=name, kind="person", mentions=[Mention((at, at + len(name)))])
        )
        doc.statements.append(Statement(kind="indirect", content=(at, at + len(name)), actor=f"a{n}"))
    return doc


NAMES = ["Lena Sorvik", "Oskar Lund", "Mira Tesh", "Paul Ardent", "Jana Kos"]


def _writer(url: str, order: int, barrier: object) -> None:
    docs = [_doc(i, NAMES[i % 5 :] + NAMES[: i % 5]) for i in range(12)]
    if order:
        docs.reverse()
    with Store(url) as store:
        barrier.wait()  # type: ignore[attr-defined]
        for d in docs:
            store.add(d)


def _assert_no_duplicates(url: str, n_docs: int) -> None:
    with Store(url) as store:
        assert store.db.scalar("SELECT COUNT(*) AS n FROM documents") == n_docs
        dup_docs = store.db.query("SELECT id FROM documents GROUP BY id HAVING COUNT(*) > 1")
        dup_actors = store.db.query("SELECT name, kind FROM actors GROUP BY name, kind HAVING COUNT(*) > 1")
        assert dup_docs == [] and dup_actors == []
        assert (
            store.db.scalar(
                "SELECT COUNT(*) AS n FROM doc_actors WHERE actor_id NOT IN (SELECT id FROM actors)"
            )
            == 0
        )


def test_concurrent_writers_never_duplicate_documents_or_actors(store_url: str) -> None:
    """Four processes add the same twelve documents (sharing five actors) at once."""
    Store(store_url).close()  # the schema exists before the race on rows starts
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(4)
    procs = [ctx.Process(target=_writer, args=(store_url, k % 2, barrier)) for k in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0, 0, 0]
    _assert_no_duplicates(store_url, 12)
    with Store(store_url) as store:
        assert sorted(a.name for a in query.actors(store)) == sorted(NAMES)
        assert all(a.documents == 12 for a in query.actors(store))


def test_two_ingest_processes_at_once(pg_url: str, tmp_path: Path) -> None:
    """Two `stancegraph ingest` runs over the same articles into one PostgreSQL database."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    env = {**os.environ, "STANCEGRAPH_DB": pg_url}
    cmd = [sys.executable, "-m", "stancegraph", "ingest", str(folder)]
    procs = [subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]  # fmt: skip
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    _assert_no_duplicates(pg_url, len(ARTICLES))
    stored = [int(err.split("stored ")[1].split()[0]) for _, err in outs]
    assert sum(stored) == len(ARTICLES)  # each article went in exactly once, by one of the two
    with Store(pg_url) as store:
        names = [a.name for a in query.actors(store)]
        assert "Lena Sorvik" in names and len(names) == len(set(names))


def test_cli_on_a_postgres_url(pg_url: str, tmp_path: Path) -> None:
    (tmp_path / "a1.txt").write_text(ARTICLES["a1.txt"], encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(tmp_path / "a1.txt"), "--db", pg_url])
    assert result.exit_code == 0, result.stderr
    result = runner.invoke(app, ["statements", "--db", pg_url, "--q", "table", "--format", "csv"])
    assert result.exit_code == 0
    assert "We are not leaving the table" in result.stdout


def test_a_nul_character_is_refused_by_name_on_postgres(pg_url: str) -> None:
    with Store(pg_url) as store:
        doc = Document(text="Anna said \x00 hi.", source="feed.jsonl:3")
        with pytest.raises(ProcessingError, match="feed.jsonl:3: contains NUL"):
            store.add(doc)
        assert store.document_ids() == []


def test_tables_in_a_schema_of_their_own(pg_url: str) -> None:
    """A team database shared with other applications: `?options=-csearch_path%3Dnews`."""
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE SCHEMA news")
    url = pg_url + "&options=-csearch_path%3Dnews"
    with Store(url) as store:
        store.add(_doc(1, NAMES[:2]))
        assert [r.name for r in query.actors(store)] == NAMES[:2]
    with psycopg.connect(pg_url) as conn:
        sql = "SELECT table_schema FROM information_schema.tables WHERE table_name = 'documents'"
        rows = conn.execute(sql)
        assert [r[0] for r in rows] == ["news"]
