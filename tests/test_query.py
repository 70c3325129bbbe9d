"""Listings and filters over a small hand-built store, on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from typer.testing import CliRunner

from stancegraph import query
from stancegraph.cli import app
from stancegraph.errors import EmptyInput, NotFound
from stancegraph.store import Store
from stancegraph.types import Actor, Document, Mention, Relation, Stance, Statement, TimeExpr

TALKS = "talks with Kestria"
DAM = "the Selva dam"


def make_doc(
    text: str,
    published: str | None,
    speakers: dict[str, tuple[str, str]],
    said: list[tuple[str, str | None, str, list[tuple[str, str]]]],
    source: str,
    outlet: str | None = None,
) -> Document:
    """A document from plain facts: ``speakers`` local id -> (name, kind);
    ``said``: (content substring, local speaker id, kind, [(target, label)])."""
    doc = Document(text=text, source=source, published=published, meta={"outlet": outlet} if outlet else {})
    doc.title = text.split("\n", 1)[0]
    doc.body = [(0, len(text))]
    for local, (name, kind) in speakers.items():
        at = text.find(name)
        mentions = [Mention((at, at + len(name)))] if at >= 0 else []
        doc.actors.append(Actor(id=local, name=name, kind=kind, mentions=mentions))
    for content, who, kind, stances in said:
        s = text.index(content)
        doc.statements.append(
            Statement(
                kind=kind,
                content=(s, s + len(content)),
                actor=who,
                stances=[Stance(t, label, 0.8) for t, label in stances],
            )
        )
    return doc


DOCS = [
    make_doc(
        "Reval opens talks\nPrime Minister Tomas Reval said: “It is time to sit at the same table.” "
        "He said the talks would begin in Lomar next week.",
        "2024-03-04",
        {"r": ("Tomas Reval", "person")},
        [
            ("It is time to sit at the same table.", "r", "direct", [(TALKS, "favor")]),
            ("the talks would begin in Lomar next week", "r", "indirect", [(TALKS, "neutral")]),
        ],
        "a1.txt",
        outlet="The Harbor Ledger",
    ),
    make_doc(
        "Kestria keeps building\nThe foreign ministry of Kestria said construction of the dam "
        "would continue during the negotiations.",
        "2024-03-06",
        {"m": ("foreign ministry of Kestria", "organization")},
        [
            (
                "construction of the dam would continue during the negotiations",
                "m",
                "indirect",
                [(DAM, "favor"), (TALKS, "neutral")],
            )
        ],
        "a2.txt",
        outlet="Northgate Courier",
    ),
    make_doc(
        "Fenwick vows a fight\nDario Fenwick said his party would vote against any agreement. "
        "Reval said the opposition had no plan.",
        "2024-03-12",
        {"f": ("Dario Fenwick", "person"), "r": ("Tomas Reval", "person")},
        [
            ("his party would vote against any agreement", "f", "indirect", [(TALKS, "against")]),
            ("the opposition had no plan", "r", "indirect", []),
        ],
        "a3.txt",
        outlet="The Harbor Ledger",
    ),
    make_doc(
        "Undated note\nSomeone said the river was lower than ever.",
        None,
        {},
        [("the river was lower than ever", None, "indirect", [])],
        "a4.txt",
    ),
]


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with Store(store_url) as s:
        for d in DOCS:
            s.add(d)
        yield s


def contents(rows: list[query.StatementRow]) -> list[str]:
    return [r.content for r in rows]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (
            {},
            [
                "It is time to sit at the same table.",
                "the talks would begin in Lomar next week",
                "construction of the dam would continue during the negotiations",
                "his party would vote against any agreement",
                "the opposition had no plan",
                "the river was lower than ever",
            ],
        ),
        (
            {"actor": "Tomas Reval"},
            [
                "It is time to sit at the same table.",
                "the talks would begin in Lomar next week",
                "the opposition had no plan",
            ],
        ),
        (
            {"actor": "reval"},
            [
                "It is time to sit at the same table.",
                "the talks would begin in Lomar next week",
                "the opposition had no plan",
            ],
        ),
        ({"actor": "ministry"}, ["construction of the dam would continue during the negotiations"]),
        ({"actor": "Nobody Known"}, []),
        (
            {"target": TALKS},
            [
                "It is time to sit at the same table.",
                "the talks would begin in Lomar next week",
                "construction of the dam would continue during the negotiations",
                "his party would vote against any agreement",
            ],
        ),
        (
            {"target": "TALKS WITH KESTRIA", "stance": "against"},
            ["his party would vote against any agreement"],
        ),
        (
            {"stance": "favor"},
            [
                "It is time to sit at the same table.",
                "construction of the dam would continue during the negotiations",
            ],
        ),
        ({"target": DAM, "stance": "against"}, []),
        (
            {"since": "2024-03-05", "until": "2024-03-10"},
            ["construction of the dam would continue during the negotiations"],
        ),
        (
            {"since": "2024-03-12"},
            ["his party would vote against any agreement", "the opposition had no plan"],
        ),
        ({"q": "table"}, ["It is time to sit at the same table."]),
        # stemmed: "continuing" finds "continue", "negotiation" finds "negotiations"
        ({"q": "continuing negotiation"}, ["construction of the dam would continue during the negotiations"]),
        ({"q": "agree*"}, ["his party would vote against any agreement"]),
        ({"q": "talks", "actor": "Reval"}, ["the talks would begin in Lomar next week"]),
        ({"q": "?!"}, []),
    ],
)
def test_statement_filters(store: Store, filters: dict[str, str], expected: list[str]) -> None:
    rows = query.statements(store, **filters)  # type: ignore[arg-type]
    assert contents(rows) == expected
    assert query.count_statements(store, **filters) == len(expected)


def test_statement_rows_carry_actor_document_and_stances(store: Store) -> None:
    row = query.statements(store, actor="Fenwick")[0]
    assert (row.actor, row.published, row.outlet, row.kind) == (
        "Dario Fenwick",
        "2024-03-12",
        "The Harbor Ledger",
        "indirect",
    )
    assert [(s.target, s.label) for s in row.stances] == [(TALKS, "against")]
    assert row.flat()["stances"] == "talks with Kestria: against (0.80)"
    doc = next(d for d in DOCS if d.source == "a3.txt")
    assert doc.text[row.span[0] : row.span[1]] == row.content


def test_paging(store: Store) -> None:
    everything = contents(query.statements(store))
    assert contents(query.statements(store, limit=2)) == everything[:2]
    assert contents(query.statements(store, limit=2, offset=2)) == everything[2:4]


@pytest.mark.parametrize(
    ("filters", "message"),
    [({"stance": "maybe"}, "favor, against, neutral"), ({"since": "March 5"}, "since must be a date")],
)
def test_bad_filters_say_what_is_wrong(store: Store, filters: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        query.statements(store, **filters)  # type: ignore[arg-type]


def test_actors_most_quoted_first_linked_across_documents(store: Store) -> None:
    rows = query.actors(store)
    assert [(a.name, a.kind, a.statements, a.documents) for a in rows] == [
        ("Tomas Reval", "person", 3, 2),
        ("Dario Fenwick", "person", 1, 1),
        ("foreign ministry of Kestria", "organization", 1, 1),
    ]
    assert [a.name for a in query.actors(store, kind="organization")] == ["foreign ministry of Kestria"]
    assert [a.name for a in query.actors(store, name="fenw")] == ["Dario Fenwick"]
    one = query.actor(store, rows[0].id)
    assert one.name == "Tomas Reval"
    with pytest.raises(NotFound):
        query.actor(store, 99999)


def test_documents_newest_first_undated_last(store: Store) -> None:
    assert [d.source for d in query.documents(store)] == ["a3.txt", "a2.txt", "a1.txt", "a4.txt"]
    assert [d.source for d in query.documents(store, q="river")] == ["a4.txt"]
    assert [d.source for d in query.documents(store, q="Kestria building")] == ["a2.txt"]
    assert [d.source for d in query.documents(store, outlet="the harbor ledger")] == ["a3.txt", "a1.txt"]
    row = query.document(store, DOCS[0].id)
    assert (row.actors, row.statements, row.title) == (1, 2, "Reval opens talks")
    with pytest.raises(NotFound):
        query.document(store, "nope")


def test_summary(store: Store) -> None:
    store.add_reject(EmptyInput("empty.txt", "empty file"))
    s = query.summary(store)
    assert (s.documents, s.actors, s.statements, s.statements_with_actor, s.rejects) == (4, 3, 6, 5, 1)
    assert (s.first_published, s.last_published) == ("2024-03-04", "2024-03-12")
    assert [a.name for a in s.top_actors] == ["Tomas Reval", "Dario Fenwick", "foreign ministry of Kestria"]
    assert [(t.target, t.favor, t.against, t.neutral) for t in s.targets] == [
        (TALKS, 1, 1, 2),
        (DAM, 1, 0, 0),
    ]
    assert s.to_dict()["targets"][0]["total"] == 4
    assert [(t.target, t.favor) for t in query.stance_by_target(store, actor="Reval")] == [(TALKS, 1)]


def test_outlet_counts_leave_copies_out_of_statements(store: Store) -> None:
    from stancegraph import dedup

    # The Courier reprints the Ledger's first story (its two statements come along).
    copy = make_doc(
        DOCS[0].text + " (Reprinted.)",
        "2024-03-05",
        {"r": ("Tomas Reval", "person")},
        [("It is time to sit at the same table.", "r", "direct", [(TALKS, "favor")])],
        "b1.txt",
        outlet="Northgate Courier",
    )
    assert store.add(copy)
    with store.db.transaction():
        match = dedup.Match(DOCS[0].id, DOCS[0].id, "near", 0.9)
        dedup.record(store, copy.id, dedup.fingerprint(copy), match)
    rows = [(o.outlet, o.documents, o.copies, o.statements) for o in query.outlet_counts(store)]
    assert rows == [("Northgate Courier", 1, 1, 1), ("The Harbor Ledger", 2, 0, 4)]
    assert query.summary(store).outlets == query.outlet_counts(store)
    assert [o.outlet for o in query.outlet_counts(store, limit=1)] == ["Northgate Courier"]


def test_rejects_listing(store: Store) -> None:
    store.add_reject(EmptyInput("empty.txt", "empty file"))
    rows = query.rejects(store)
    assert [(r.source, r.code, r.reason, r.count) for r in rows] == [("empty.txt", "E101", "empty file", 1)]


# -- times inside statements (temporal.py) --------------------------------------------

TIMES_TEXT = (
    "Ferry budget\nMayor Ines Varga said on Tuesday that the ferry would run again in May 2024. "
    "Orla Venn said the budget of 2019 was too small."
)
FERRY = "that the ferry would run again in May 2024"
BUDGET = "the budget of 2019 was too small"


def times_doc() -> Document:
    doc = make_doc(
        TIMES_TEXT,
        "2024-03-07",
        {"v": ("Ines Varga", "person"), "o": ("Orla Venn", "person")},
        [(FERRY, "v", "indirect", []), (BUDGET, "o", "indirect", [])],
        "t1.txt",
    )

    def at(words: str, value: str, granularity: str, role: str) -> TimeExpr:
        s = TIMES_TEXT.index(words)
        return TimeExpr((s, s + len(words)), words, value, granularity, role)

    doc.statements[0].times = [
        at("Tuesday", "2024-03-05", "day", "said"),
        at("May 2024", "2024-05", "month", "content"),
    ]
    doc.statements[1].times = [at("2019", "2019", "year", "content")]
    return doc


@pytest.fixture
def times_store(store: Store) -> Store:
    store.add(times_doc())
    return store


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"mentions_from": "2024-05", "mentions_to": "2024-05"}, [FERRY]),
        ({"mentions_from": "2024"}, [FERRY]),
        ({"mentions_to": "2020"}, [BUDGET]),
        # a period overlapping the mentioned one is enough: a week of 2019 overlaps 2019
        ({"mentions_from": "2019-W30", "mentions_to": "2019-W30"}, [BUDGET]),
        ({"mentions_from": "2010", "mentions_to": "2030-Q1"}, [FERRY, BUDGET]),
        # when it was said is not what it talks about
        ({"mentions_from": "2024-03-05", "mentions_to": "2024-03-05"}, []),
        ({"mentions_from": "2024-06"}, []),
        ({"mentions_from": "2010", "actor": "Venn"}, [BUDGET]),
    ],
)
def test_statements_by_the_period_they_talk_about(
    times_store: Store, filters: dict[str, str], expected: list[str]
) -> None:
    assert contents(query.statements(times_store, **filters)) == expected  # type: ignore[arg-type]
    assert query.count_statements(times_store, **filters) == len(expected)


def test_statement_rows_carry_their_times(times_store: Store) -> None:
    row = query.statements(times_store, actor="Varga")[0]
    assert [(t.role, t.text, t.value, t.granularity) for t in row.times] == [
        ("said", "Tuesday", "2024-03-05", "day"),
        ("content", "May 2024", "2024-05", "month"),
    ]
    assert row.to_dict()["times"][1] == {
        "role": "content", "text": "May 2024", "value": "2024-05", "granularity": "month",
        "span": [TIMES_TEXT.index("May 2024"), TIMES_TEXT.index("May 2024") + 8],
    }  # fmt: skip
    flat = row.flat()
    assert (flat["said"], flat["mentions"]) == ("Tuesday → 2024-03-05", "May 2024 → 2024-05")
    assert query.statements(times_store, actor="Venn")[0].flat()["mentions"] == "2019"


@pytest.mark.parametrize("bad", ["May 2024", "2024-13", "2024-W99"])
def test_a_bad_period_says_what_is_wrong(times_store: Store, bad: str) -> None:
    with pytest.raises(ValueError, match="mentions_from: .* is not a period"):
        query.statements(times_store, mentions_from=bad)


def test_cli_filters_by_the_period_talked_about(tmp_path) -> None:
    db = tmp_path / "t.db"
    with Store(db) as s:
        for d in [*DOCS, times_doc()]:
            s.add(d)
    runner = CliRunner()
    args = ["statements", "--db", str(db), "--mentions-from", "2024-05", "--mentions-to", "2024-12"]
    result = runner.invoke(app, [*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [r["content"] for r in rows] == [FERRY]
    assert [t["value"] for t in rows[0]["times"]] == ["2024-03-05", "2024-05"]
    result = runner.invoke(app, [*args, "--format", "csv"])
    assert "May 2024 → 2024-05" in result.stdout and "said,mentions" in result.stdout.splitlines()[0]
    result = runner.invoke(app, [*args, "--format", "table"])
    assert result.exit_code == 0 and "2024-05" in result.stdout
    result = runner.invoke(app, ["statements", "--db", str(db), "--mentions-from", "spring"])
    assert result.exit_code == 2 and "is not a period" in result.output


# -- relations ----------------------------------------------------------------------

RELATION_TEXT = (
    "Vale and Orm\nSenator Vale criticized Governor Orm. Governor Orm praised the Harbor Union. "
    "Senator Vale said direct talks would fail."
)


def relations_doc() -> Document:
    text = RELATION_TEXT
    doc = make_doc(
        text, "2024-04-02",
        {"v": ("Senator Vale", "person"), "o": ("Governor Orm", "person"),
         "h": ("Harbor Union", "organization")},
        [("direct talks would fail", "v", "indirect", [(TALKS, "against")])],
        "rel.txt",
    )

    def sent(n: int) -> tuple[int, int]:
        starts = [text.index("Senator Vale criticized"), text.index("Governor Orm praised"),
                  text.index("Senator Vale said")]
        s = starts[n]
        return s, text.index(".", s) + 1

    def at(words: str) -> tuple[int, int]:
        s = text.index(words)
        return s, s + len(words)

    doc.relations = [
        Relation("v", "o", "negative", sent(0), at("criticized"), 0.6, "word"),
        Relation("o", "h", "positive", sent(1), at("praised"), 0.3, "pair"),
        Relation("v", TALKS, "negative", sent(2), at("would fail"), 0.7, "target"),
        Relation("o", "v", "negative", sent(0), at("Governor Orm"), None, None),  # stored before scores
    ]
    return doc


@pytest.fixture
def relation_store(store_url: str) -> Iterator[Store]:
    with Store(store_url) as s:
        s.add(relations_doc())
        yield s


def pairs(rows: list[query.RelationRow]) -> list[tuple[str | None, str, str | None]]:
    return [(r.subject, r.polarity, r.object or r.object_target) for r in rows]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, [("Senator Vale", "negative", "Governor Orm"), ("Governor Orm", "positive", "Harbor Union"),
              ("Senator Vale", "negative", TALKS), ("Governor Orm", "negative", "Senator Vale")]),
        ({"actor": "vale"}, [("Senator Vale", "negative", "Governor Orm"),
                             ("Senator Vale", "negative", TALKS),
                             ("Governor Orm", "negative", "Senator Vale")]),
        ({"subject": "Governor Orm"}, [("Governor Orm", "positive", "Harbor Union"),
                                       ("Governor Orm", "negative", "Senator Vale")]),
        ({"object": "Talks with KESTRIA"}, [("Senator Vale", "negative", TALKS)]),
        ({"subject": "Vale", "object": "Orm"}, [("Senator Vale", "negative", "Governor Orm")]),
        ({"polarity": "positive"}, [("Governor Orm", "positive", "Harbor Union")]),
        # a relation stored without a score is no firmer than any threshold
        ({"min_score": 0.5}, [("Senator Vale", "negative", "Governor Orm"),
                              ("Senator Vale", "negative", TALKS)]),
        ({"basis": "pair"}, [("Governor Orm", "positive", "Harbor Union")]),
        ({"since": "2024-05-01"}, []),
    ],
)
def test_relation_filters(relation_store: Store, filters: dict[str, object],
                          expected: list[tuple[str, str, str]]) -> None:
    assert pairs(query.relations(relation_store, **filters)) == expected  # type: ignore[arg-type]


def test_relation_rows_carry_evidence_score_and_basis(relation_store: Store) -> None:
    first, _praise, talks, old = query.relations(relation_store)
    assert (first.evidence, first.score, first.basis) == ("criticized", 0.6, "word")
    assert first.published == "2024-04-02"
    assert first.sentence == "Senator Vale criticized Governor Orm."
    assert (talks.object, talks.object_target, talks.flat()["object"]) == (None, TALKS, f"{TALKS} (target)")
    assert (old.score, old.basis) == (None, None)
    assert query.actor_relations(relation_store, first.subject_id) == query.relations(  # type: ignore[arg-type]
        relation_store, actor="Senator Vale")


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"polarity": "neutral"}, "polarity must be positive or negative"),
        ({"basis": "hunch"}, "basis must be one of word, evaluation"),
        ({"min_score": 1.5}, "min_score must be between 0 and 1"),
        ({"since": "April"}, "since"),
    ],
)
def test_bad_relation_filters_say_what_is_wrong(relation_store: Store, filters: dict[str, object],
                                                message: str) -> None:
    with pytest.raises(ValueError, match=message):
        query.relations(relation_store, **filters)  # type: ignore[arg-type]


def test_cli_lists_relations(tmp_path) -> None:
    db = tmp_path / "r.db"
    with Store(db) as s:
        s.add(relations_doc())
    runner = CliRunner()
    result = runner.invoke(app, ["relations", "--db", str(db), "--min-score", "0.5", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [(r["subject"], r["basis"], r["score"]) for r in rows] == [("Senator Vale", "word", 0.6),
                                                                      ("Senator Vale", "target", 0.7)]
    result = runner.invoke(app, ["relations", "--db", str(db), "--actor", "Orm", "--format", "csv"])
    lines = result.stdout.splitlines()
    assert lines[0] == ",".join(query.RelationRow.FIELDS) and len(lines) == 4
    result = runner.invoke(app, ["relations", "--db", str(db), "--object", TALKS], env={"COLUMNS": "200"})
    assert result.exit_code == 0 and "Relations" in result.stdout and "(target)" in result.stdout
    result = runner.invoke(app, ["relations", "--db", str(db), "--basis", "hunch"])
    assert result.exit_code == 2 and "basis must be one of" in result.output


def test_relation_pairs_add_up_per_subject_and_object(relation_store: Store) -> None:
    pairs = query.relation_pairs(relation_store)
    # Vale -> the target is no pair of actors; every actor pair here is one relation
    assert [(p.subject, p.object, p.negative, p.positive, p.documents) for p in pairs] == [
        ("Governor Orm", "Harbor Union", 0, 1, 1),
        ("Governor Orm", "Senator Vale", 1, 0, 1),
        ("Senator Vale", "Governor Orm", 1, 0, 1),
    ]
    assert [p.subject for p in query.relation_pairs(relation_store, min_score=0.5)] == ["Senator Vale"]
    assert [p.object for p in query.relation_pairs(relation_store, actor="Harbor")] == ["Harbor Union"]
    assert query.relation_pairs(relation_store, until="2024-01-01") == []
    with pytest.raises(ValueError, match="min_score"):
        query.relation_pairs(relation_store, min_score=-1)


def test_cli_adds_relations_up_by_pair(tmp_path) -> None:
    db = tmp_path / "r.db"
    with Store(db) as s:
        s.add(relations_doc())
    runner = CliRunner()
    result = runner.invoke(app, ["relations", "--db", str(db), "--pairs", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert [(r["subject"], r["object"]) for r in json.loads(result.stdout)] == [
        ("Governor Orm", "Harbor Union"), ("Governor Orm", "Senator Vale"), ("Senator Vale", "Governor Orm")]
    result = runner.invoke(app, ["relations", "--db", str(db), "--pairs"], env={"COLUMNS": "200"})
    assert "Relations by pair" in result.stdout and "Harbor Union" in result.stdout
    result = runner.invoke(app, ["relations", "--db", str(db), "--pairs", "--polarity", "negative"])
    assert result.exit_code == 2 and "not --polarity" in result.output


def test_relations_per_period(relation_store: Store) -> None:
    got = query.relations_per_period(relation_store)
    # the relation toward a target is no actor pair; the rest by polarity
    assert [(p.period, p.polarity, p.count) for p in got] == [
        ("2024-04", "negative", 2), ("2024-04", "positive", 1)]
    firm = query.relations_per_period(relation_store, min_score=0.5, period="day")
    assert [(p.period, p.polarity, p.count) for p in firm] == [("2024-04-02", "negative", 1)]
    assert query.relations_per_period(relation_store, actor="Harbor", period="year")[0].count == 1
    with pytest.raises(ValueError, match="period"):
        query.relations_per_period(relation_store, period="week")


def test_cli_actor_view_lists_its_relations(tmp_path) -> None:
    db = tmp_path / "r.db"
    with Store(db) as s:
        s.add(relations_doc())
    result = CliRunner().invoke(app, ["actor", "Governor Orm", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    pairs = json.loads(result.stdout)["relation_pairs"]
    assert [(p["subject"], p["object"], p["negative"], p["positive"]) for p in pairs] == [
        ("Governor Orm", "Harbor Union", 0, 1), ("Governor Orm", "Senator Vale", 1, 0),
        ("Senator Vale", "Governor Orm", 1, 0)]
    shown = CliRunner().invoke(app, ["actor", "Governor Orm", "--db", str(db)], env={"COLUMNS": "150"})
    assert "Relations of Governor Orm" in shown.stdout and "Harbor Union" in shown.stdout


def test_target_outlets(store: Store) -> None:
    got = [(o.outlet, o.favor, o.against, o.neutral, o.documents) for o in query.target_outlets(store, TALKS)]
    assert got == [("The Harbor Ledger", 1, 1, 1, 2), ("Northgate Courier", 0, 0, 1, 1)]
    assert query.target_outlets(store, "TALKS WITH KESTRIA") == query.target_outlets(store, TALKS)
    assert query.target_outlets(store, "nothing of the sort") == []
