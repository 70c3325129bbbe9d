"""The command line end to end: extract, ingest (with bad inputs), the listings,
migrate and exit codes. Texts are written here (fictional people and outlets)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stancegraph import query, schema
from stancegraph.cli import app
from stancegraph.store import Store
from stancegraph.types import CONTRACT_KEYS

GOOD = {
    "ferry.txt": (
        "Ferry talks stall in Porto Vell\n\n"
        "May 2, 2024\n\n"
        "Harbour Minister Lena Sorvik said on Thursday that the ferry talks had stalled.\n\n"
        "“We will not sign a bad deal,” Sorvik told reporters.\n"
    ),
    "bridge.txt": (
        "Bridge plan wins support\n\n"
        "June 9, 2024\n\n"
        "The Coastal Council said in a statement that the new bridge would open next year.\n\n"
        "“This bridge joins two towns that have quarrelled for a century,” said Mayor Oskar Lund.\n"
    ),
}

runner = CliRunner()


def write_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def write_bad(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    bad = {
        "empty": folder / "empty.txt",
        "binary": folder / "image.txt",
        "utf8": folder / "broken.txt",
        "huge": folder / "huge.txt",
        "nodir": folder / "nothing_here",
    }
    bad["empty"].write_bytes(b"")
    bad["binary"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    bad["utf8"].write_bytes("Caf\u00e9 owners said prices rose.\n".encode() + b"Then \xc3\x28 broke.\n")
    with open(bad["huge"], "wb") as fh:  # 50 MB, sparse: refused before it is read
        fh.truncate(50 * 1024 * 1024)
    bad["nodir"].mkdir()
    return bad


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def test_extract_prints_one_json_object_per_document(tmp_path: Path) -> None:
    code, out, err = invoke("extract", str(write_corpus(tmp_path / "in")))
    assert code == 0, err
    docs = [json.loads(line) for line in out.splitlines()]
    assert [Path(d["source"]).name for d in docs] == ["bridge.txt", "ferry.txt"]
    ferry = docs[1]
    assert ferry["published"] == "2024-05-02"
    assert set(ferry) == set(CONTRACT_KEYS)
    quote = ferry["text"].index("We will not sign a bad deal")
    direct = [s for s in ferry["statements"] if s["kind"] == "direct"]
    assert direct and direct[0]["content"][0] <= quote < direct[0]["content"][1]


def test_extract_pretty_shows_speakers_and_stances(tmp_path: Path) -> None:
    targets = tmp_path / "targets.yaml"
    targets.write_text(
        "targets:\n  - name: ferry talks\n    phrases: [ferry talks, talks]\n", encoding="utf-8"
    )
    folder = write_corpus(tmp_path / "in")
    code, out, err = invoke(
        "extract", str(folder / "ferry.txt"), "--format", "pretty", "--targets", str(targets)
    )
    assert code == 0, err
    assert "Ferry talks stall in Porto Vell" in out
    assert "Sorvik" in out and "We will not sign a bad deal" in out
    assert "Statements" in out


def test_extract_pretty_shows_who_is_for_or_against_whom() -> None:
    text = "Harbor feud\n\nSenator Ada Vale criticized Governor Tomas Orm over the ferry contract today.\n"
    result = runner.invoke(app, ["extract", "-", "--format", "pretty"], input=text, env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.stderr
    [row] = [line for line in result.stdout.splitlines() if "Tomas Orm" in line and "negative" in line]
    assert row.index("Ada Vale") < row.index("negative") < row.index("Tomas Orm")
    assert "0.60" in row and "word" in row and "criticized" in row
    assert "Relations" in result.stdout


def test_extract_reads_standard_input() -> None:
    result = runner.invoke(app, ["extract", "-"], input="“No comment,” the spokesman said.\n")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["source"] == "<stdin>"


def test_ingest_goes_on_past_bad_inputs_and_says_so(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    good = write_corpus(tmp_path / "good")
    bad = write_bad(tmp_path / "bad")
    code, _, err = invoke(
        "ingest",
        str(good / "ferry.txt"),
        *[str(p) for p in bad.values()],
        str(good / "bridge.txt"),
        "--db",
        db,
    )
    assert code == 2
    lines = [ln for ln in err.splitlines() if ln.startswith("error:")]
    assert len(lines) == 5, err
    for path in bad.values():
        assert sum(path.name in ln for ln in lines) == 1, (path.name, err)
    assert "E101" in err and "E102" in err and "E103" in err and "E104" in err and "E105" in err
    with Store(db) as store:
        assert len(store.document_ids()) == 2
        assert {r["source"] for r in store.db.query("SELECT source FROM rejects")} == {
            str(p) for p in bad.values()
        }


def test_ingest_twice_adds_nothing_and_keeps_what_was_there(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    good = write_corpus(tmp_path / "good")
    assert invoke("ingest", str(good / "ferry.txt"), "--db", db)[0] == 0
    with Store(db) as store:
        before = {
            t: store.db.query(f"SELECT * FROM {t} ORDER BY 1, 2")
            for t in ("documents", "statements", "actors")
        }
    code, _, err = invoke("ingest", str(good), "--db", db)
    assert code == 0 and "1 already there" in err and "stored 1 new document " in err
    code, out, err = invoke("ingest", str(good), "--db", db)
    assert code == 0 and "stored 0 new documents" in err and "2 already there" in err
    # not a terminal: no progress bar, one closing line, nothing on stdout
    assert out == "" and len(err.strip().splitlines()) == 1
    with Store(db) as store:
        assert store.db.scalar("SELECT COUNT(*) AS n FROM documents") == 2
        for table, rows in before.items():
            now = store.db.query(f"SELECT * FROM {table} ORDER BY 1, 2")
            assert now[: len(rows)] == rows


@pytest.fixture(scope="module")
def filled_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    tmp = tmp_path_factory.mktemp("filled")
    db = str(tmp / "s.db")
    targets = tmp / "targets.yaml"
    targets.write_text(
        "targets:\n  - name: ferry talks\n    phrases: [ferry talks]\n"
        "  - name: the bridge\n    phrases: [bridge]\n",
        encoding="utf-8",
    )
    code, _, err = invoke("ingest", str(write_corpus(tmp / "in")), "--db", db, "--targets", str(targets))
    assert code == 0, err
    return db


@pytest.mark.parametrize("command", ["statements", "actors", "documents", "rejects", "summary"])
def test_listings_in_every_format(filled_db: str, command: str) -> None:
    code, table, err = invoke(command, "--db", filled_db)
    assert code == 0, err
    code, as_json, _ = invoke(command, "--db", filled_db, "--format", "json")
    assert code == 0
    data = json.loads(as_json)
    code, as_csv, _ = invoke(command, "--db", filled_db, "--format", "csv")
    assert code == 0
    rows = list(csv.reader(io.StringIO(as_csv)))
    if command == "summary":
        assert data["documents"] == 2 and "2 documents" in table
        assert ["counts", "documents", "", "", "", "2"] in rows
    elif command == "rejects":
        assert data == [] and len(rows) == 1
    else:
        assert len(data) == len(rows) - 1 > 0


def test_statements_filters_from_the_command_line(filled_db: str) -> None:
    code, out, _ = invoke("statements", "--db", filled_db, "--actor", "Sorvik", "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert rows and all(r["actor"] == "Lena Sorvik" for r in rows)
    code, out, _ = invoke("statements", "--db", filled_db, "--q", "bridge", "--format", "json")
    assert code == 0 and all("bridge" in r["content"].lower() for r in json.loads(out))
    code, out, _ = invoke("statements", "--db", filled_db, "--since", "2024-06-01", "--format", "json")
    assert {r["published"] for r in json.loads(out)} == {"2024-06-09"}


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["statements", "--since", "yesterday"], 2, "since must be a date"),
        (["statements", "--stance", "maybe"], 2, "favor, against, neutral"),
        (["statements", "--format", "xml"], 2, "xml"),
        (["show", "0000000000000000"], 6, "no document"),
    ],
)
def test_bad_requests_exit_with_a_message(filled_db: str, args: list[str], code: int, message: str) -> None:
    got, _, err = invoke(*args, "--db", filled_db)
    assert got == code
    assert message in " ".join(err.split())


def test_show_prints_a_stored_document(filled_db: str) -> None:
    with Store(filled_db) as store:
        doc_id = store.document_ids()[0]
        original = store.get(doc_id)
    code, out, _ = invoke("show", doc_id, "--db", filled_db, "--format", "jsonl")
    assert code == 0 and json.loads(out) == original.to_json()


def test_listing_a_missing_database_is_a_store_error(tmp_path: Path) -> None:
    code, _, err = invoke("summary", "--db", str(tmp_path / "none.db"))
    assert code == 5 and "no database" in err
    assert not (tmp_path / "none.db").exists()


def test_migrate_upgrades_an_older_database(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = schema.connect(path)
    schema.migrate(db, target=1)
    db.close()
    code, _, err = invoke("summary", "--db", str(path))
    assert code == 5 and "stancegraph migrate" in err
    code, _, err = invoke("migrate", "--db", str(path))
    assert code == 0 and f"schema version 1 → {schema.LATEST}" in err
    code, _, err = invoke("migrate", "--db", str(path))
    assert code == 0 and "up to date" in err
    assert invoke("summary", "--db", str(path))[0] == 0


def test_db_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "env.db"
    monkeypatch.setenv("STANCEGRAPH_DB", str(path))
    code, _, err = invoke("ingest", str(write_corpus(tmp_path / "in") / "ferry.txt"))
    assert code == 0, err
    assert path.exists()


def test_python_dash_m_runs_the_cli() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "stancegraph", "--help"], capture_output=True, text=True, check=True
    )
    for command in (
        "extract",
        "ingest",
        "statements",
        "actors",
        "documents",
        "summary",
        "rejects",
        "migrate",
    ):
        assert command in out.stdout


def test_ingest_keeps_the_original_html_url_and_outlet(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura", reason="the html extra is not installed")
    page = Path(__file__).parent / "fixtures" / "html" / "council.html"
    db = str(tmp_path / "s.db")
    code, _, err = invoke("ingest", str(page), "--db", db)
    assert code == 0, err
    with Store(db) as store:
        (doc_id,) = store.document_ids()
        assert store.raw(doc_id) == page.read_bytes()
        row = query.document(store, doc_id)
        assert (row.outlet, row.url) == ("Valdoria Herald", "https://herald.example/politics/2024/01/12/tram-budget")
        assert store.get(doc_id).meta["author"] == "Petra Novak"


def test_migrate_refuses_a_newer_database(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    Store(path).close()
    db = schema.connect(path)
    db.execute("INSERT INTO schema_version VALUES (999, 'from the future', '2030-01-01T00:00:00Z')")
    db.close()
    code, _, err = invoke("migrate", "--db", str(path))
    assert code == 5 and "newer than this stancegraph" in err


@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_a_bad_targets_file_is_a_config_error(tmp_path: Path, command: str) -> None:
    bad = tmp_path / "targets.yaml"
    bad.write_text("targets: 5\n", encoding="utf-8")
    folder = write_corpus(tmp_path / "in")
    extra = ["--db", str(tmp_path / "s.db")] if command == "ingest" else []
    for targets in (bad, tmp_path / "missing.yaml"):
        code, _, err = invoke(command, str(folder), "--targets", str(targets), *extra)
        assert code == 3 and "E200" in err and targets.name in err


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_statements_stream_page_by_page_with_the_same_result(
    filled_db: str, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import stancegraph.cli as cli

    code, whole, _ = invoke("statements", "--db", filled_db, "--format", fmt, "--limit", "100000")
    assert code == 0
    monkeypatch.setattr(cli, "PAGE", 2)  # several pages, the last one short or empty
    code, streamed, _ = invoke("statements", "--db", filled_db, "--format", fmt)
    assert code == 0
    if fmt == "json":
        assert json.loads(streamed) == json.loads(whole) and len(json.loads(whole)) > 2
    else:
        assert streamed == whole
    code, nothing, _ = invoke("statements", "--db", filled_db, "--format", fmt, "--actor", "Nobody Here")
    assert (json.loads(nothing) == []) if fmt == "json" else nothing.count("\n") == 1


def test_statements_of_one_document(filled_db: str) -> None:
    with Store(filled_db) as store:
        doc_id = next(i for i in store.document_ids() if "Sorvik" in store.get(i).text)
    code, out, _ = invoke("statements", "--db", filled_db, "--doc", doc_id, "--format", "json")
    rows = json.loads(out)
    assert code == 0 and rows and {r["doc_id"] for r in rows} == {doc_id}
    code, out, _ = invoke("statements", "--db", filled_db, "--outlet", "No Such Outlet", "--format", "json")
    assert code == 0 and json.loads(out) == []
