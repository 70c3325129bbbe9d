"""The bundled demo corpus through the whole pipeline into a store: what `make demo` shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from stancegraph import query
from stancegraph.cli import app
from stancegraph.demo import corpus_dir, targets_path
from stancegraph.store import Store

CHROME = ("Share this article", "Subscribe to our newsletter", "Advertisement", "All rights reserved",
          "Follow us on social media", "Comments are closed")  # fmt: skip


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    db = str(tmp_path_factory.mktemp("demo") / "demo.db")
    result = CliRunner().invoke(app, ["demo", "--db", db])
    assert result.exit_code == 0, result.stderr
    return db, result.stdout


def test_the_corpus_ships_inside_the_package() -> None:
    assert len(list(corpus_dir().glob("*.txt"))) == 6
    assert targets_path().is_file()
    assert "stancegraph" in Path(str(corpus_dir())).parts


def test_demo_prints_a_summary(demo_db: tuple[str, str]) -> None:
    _, out = demo_db
    for expected in ("6 documents", "2024-03-04", "2024-03-21", "Statements per actor", "Stance per target",
                     "Tomas Reval", "talks with Kestria", "Documents per outlet", "The Harbor Ledger",
                     "Northgate Courier", "Meridian Daily"):  # fmt: skip
        assert expected in out


def test_demo_summary_names_who_is_for_or_against_whom(demo_db: tuple[str, str]) -> None:
    db, out = demo_db
    assert "Who is for or against whom (firm readings)" in out
    with Store(db) as store:
        pairs = query.summary(store).relations
    assert pairs and all(p.subject_id != p.object_id and p.total for p in pairs)
    # firm readings only: every pair is made of relations scored at least FIRM_SCORE
    with Store(db) as store:
        firm = query.relation_pairs(store, min_score=query.FIRM_SCORE)
    assert pairs == firm[: len(pairs)]


def test_demo_again_adds_nothing(demo_db: tuple[str, str]) -> None:
    db, _ = demo_db
    result = CliRunner().invoke(app, ["demo", "--db", db])
    assert result.exit_code == 0 and "0 new, 6 already" in result.stderr
    with Store(db) as store:
        assert len(store.document_ids()) == 6


def test_demo_store_has_the_facts_the_articles_state(demo_db: tuple[str, str]) -> None:
    db, _ = demo_db
    with Store(db) as store:
        docs = {Path(d.source).name: d for d in (store.get(i) for i in store.document_ids())}
        assert {d.published for d in docs.values()} == {
            "2024-03-04", "2024-03-06", "2024-03-11", "2024-03-12", "2024-03-18", "2024-03-21",
        }  # fmt: skip
        for doc in docs.values():  # site chrome never reaches the body
            body = " ".join(doc.text[s:e] for s, e in doc.body)
            assert not [c for c in CHROME if c in body], doc.source
        reval = query.statements(store, actor="Tomas Reval")
        assert len({r.doc_id for r in reval}) >= 2
        # a pronoun speaker ("He said ...") resolved to the person named before
        assert any(r.speaker == "He" for r in reval)
        # the letter speaks for the union that sent it
        union = query.statements(store, actor="Arvenian Growers Union")
        assert any(r.speaker == "the letter" and r.kind == "direct" for r in union)
        # an organization speaker: "the ministry said in a statement"
        assert any(
            "ministry" in (r.speaker or "").lower() for r in query.statements(store, q="dialogue neighbour")
        )
        targets = {t.target for t in query.stance_by_target(store)}
        assert {"talks with Kestria", "the Selva dam"} <= targets


# What the demo articles say, as their author meant them: (actor, target, stance).
DEMO_STANCES = [
    ("Tomas Reval", "talks with Kestria", "favor"),
    ("Ilse Marang", "talks with Kestria", "favor"),
    ("Dario Fenwick", "talks with Kestria", "against"),
    ("Dario Fenwick", "sanctions on Kestria", "favor"),
    ("Matthias Kord", "talks with Kestria", "favor"),
    ("Arvenian Growers Union", "the Selva dam", "against"),
    ("Arvenian Growers Union", "sanctions on Kestria", "favor"),
    ("Hanne Solberg", "talks with Kestria", "favor"),
]
# Measured 7/8 (the union on the dam still comes out neutral); raise it as the stance
# stage improves.
DEMO_STANCE_FLOOR = 7


def test_demo_positions_floor(demo_db: tuple[str, str]) -> None:
    """Each actor's most frequent stance on a target, against what the articles mean."""
    db, _ = demo_db
    got = {}
    with Store(db) as store:
        for actor, target, _gold in DEMO_STANCES:
            labels = [
                s.label
                for row in query.statements(store, actor=actor, target=target)
                for s in row.stances
                if s.target == target
            ]
            got[(actor, target)] = max(sorted(set(labels)), key=labels.count) if labels else None
    right = [(a, t) for a, t, gold in DEMO_STANCES if got[(a, t)] == gold]
    wrong = {f"{a} on {t}": (got[(a, t)], gold) for a, t, gold in DEMO_STANCES if got[(a, t)] != gold}
    assert len(right) >= DEMO_STANCE_FLOOR, f"(got, meant): {wrong}"


@pytest.mark.parametrize(
    ("actor", "speaker", "kind"),
    [
        ("Ilse Marang", "she", "person"),  # not Lomar, the city she names in her quote
        ("Ilse Marang", "Marang", "person"),  # the surname joins the full name
        ("Kestria's foreign ministry", "Kestria's foreign ministry", "organization"),
    ],
)
def test_demo_speakers(demo_db: tuple[str, str], actor: str, speaker: str, kind: str) -> None:
    db, _ = demo_db
    with Store(db) as store:
        rows = query.statements(store, actor=actor)
        assert any(r.speaker == speaker for r in rows), [(r.speaker, r.doc_id) for r in rows]
        for doc_id in store.document_ids():
            doc = store.get(doc_id)
            names = {a.name: a.kind for a in doc.actors}
            assert names.get("Lomar", "other") != "person", doc.source
            assert "Marang" not in names, doc.source
            assert names.get(actor, kind) == kind


def _sql_examples() -> list[str]:
    text = (Path(__file__).parent.parent / "docs" / "schema.md").read_text(encoding="utf-8")
    return [block.split("```", 1)[0] for block in text.split("```sql\n")[1:]]


@pytest.mark.parametrize("sql", _sql_examples(), ids=lambda s: s.split("\n", 1)[0][:40])
def test_the_schema_docs_sql_runs_on_the_demo_store(demo_db: tuple[str, str], sql: str) -> None:
    # docs/schema.md shows these as what a user can run against a store: they must still run
    # (and, on the demo, find something) as the schema moves.
    db, _ = demo_db
    with Store(db) as store:
        rows = store.db.query(sql.rstrip().rstrip(";"))
    assert rows, sql


def test_timeline_counts_each_targets_stances_per_period(demo_db: tuple[str, str]) -> None:
    import json

    db, _ = demo_db
    runner = CliRunner()
    result = runner.invoke(app, ["timeline", "--db", db, "--per", "month", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    with Store(db) as store:
        expected = {t.target: (t.favor, t.against, t.neutral) for t in query.stance_by_target(store)}
    got: dict[str, list[int]] = {}
    for r in rows:
        sums = got.setdefault(r["name"], [0, 0, 0])
        for k, label in enumerate(("favor", "against", "neutral")):
            sums[k] += r[label]
    # every document of the demo is dated: the months hold every stance, once
    assert {name: tuple(v) for name, v in got.items()} == expected
    assert {r["key"] for r in rows} == {"2024-03"}
    result = runner.invoke(app, ["timeline", "--db", db, "--target", "talks with Kestria"],
                           env={"COLUMNS": "120"})
    assert result.exit_code == 0 and "talks with Kestria per day" in result.stdout and "█" in result.stdout
    args = ["timeline", "--db", db, "--relations", "--actor", "Reval", "--format", "csv"]
    lines = runner.invoke(app, args).stdout.splitlines()
    assert lines[0] == "name,key,negative,positive"
    assert lines[1:] and all(x.startswith("relations of Tomas Reval,") for x in lines[1:])
    assert runner.invoke(app, ["timeline", "--db", db, "--per", "fortnight"]).exit_code == 2
    assert runner.invoke(app, ["timeline", "--db", db, "--min-score", "0.5"]).exit_code == 2
    assert runner.invoke(app, ["timeline", "--db", db, "--actor", "Nobody Atall"]).exit_code == 6
