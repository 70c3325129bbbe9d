"""The store: documents in and back equal, one transaction per document, actors
linked across documents, rejects (on SQLite and PostgreSQL), and the versioned
schema of an SQLite file (PostgreSQL's in test_postgres.py)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from stancegraph import schema
from stancegraph.errors import EmptyInput, NotFound, StoreError
from stancegraph.store import Store
from stancegraph.types import Actor, Document, Mention, Relation, Stance, Statement, TimeExpr
from storedump import store_old_statement

TEXT = "Tallin Post\nMinister Anna Berg said the harbour talks would fail.\n“We will not sign,” she said.\n"


def berg_doc(text: str = TEXT, source: str = "post.txt", **meta: object) -> Document:
    """A hand-analysed document: Anna Berg, one indirect and one direct statement."""
    doc = Document(text=text, source=source, meta=dict(meta))
    doc.title = "Tallin Post"
    doc.published = "2024-05-02"
    line2 = text.index("Minister")
    line3 = text.index("“We")
    doc.body = [(line2, text.index("\n", line2)), (line3, text.index("\n", line3))]
    name = text.index("Anna Berg")
    she = text.index("she")
    doc.actors = [
        Actor(
            id="a1",
            name="Anna Berg",
            kind="person",
            aliases=["Berg"],
            mentions=[Mention((name, name + 9)), Mention((she, she + 3), "pronoun")],
            attrs={"role": "minister"},
        )
    ]
    talks = text.index("the harbour talks")
    sign = text.index("We will not sign")
    doc.statements = [
        Statement(
            kind="indirect",
            content=(talks, text.index(".", talks)),
            cue=(name + 10, name + 14),
            speaker=(name, name + 9),
            actor="a1",
            stances=[Stance("harbour talks", "against", 0.75, (talks, talks + 17))],
        ),
        Statement(
            kind="direct",
            content=(sign, sign + 16),
            cue=(she + 4, she + 8),
            speaker=(she, she + 3),
            actor="a1",
        ),
    ]
    doc.relations = [Relation("a1", "harbour talks", "negative", doc.body[0], (talks, talks + 17))]
    return doc


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """An empty store on each backend (SQLite file, PostgreSQL database)."""
    with Store(store_url) as s:
        yield s


def test_a_document_comes_back_equal(store: Store) -> None:
    doc = berg_doc(url="https://post.example/2024/05/02/talks", outlet="Tallin Post", raw=b"<p>raw html</p>")
    assert store.add(doc) is True
    back = store.get(doc.id)
    assert back == doc
    assert back.to_json() == doc.to_json()
    assert store.raw(doc.id) == b"<p>raw html</p>"
    row = store.db.one("SELECT url, outlet, raw FROM documents WHERE id = :id", {"id": doc.id})
    assert row is not None
    assert (row["url"], row["outlet"]) == ("https://post.example/2024/05/02/talks", "Tallin Post")
    assert bytes(row["raw"]) != b"<p>raw html</p>"  # kept compressed


def test_adding_twice_adds_nothing(store: Store) -> None:
    doc = berg_doc()
    assert store.add(doc) and not store.add(berg_doc())
    counts = {
        t: store.db.scalar(f"SELECT COUNT(*) AS n FROM {t}")
        for t in ("documents", "actors", "doc_actors", "statements", "stances", "relations")
    }
    assert counts == {
        "documents": 1,
        "actors": 1,
        "doc_actors": 1,
        "statements": 2,
        "stances": 1,
        "relations": 1,
    }


def test_missing_document_is_not_found(store: Store) -> None:
    with pytest.raises(NotFound):
        store.get("0" * 16)


def test_a_failing_document_leaves_nothing_and_loses_nothing(store: Store) -> None:
    good = berg_doc()
    store.add(good)
    bad = berg_doc(TEXT + "More.\n", source="bad.txt")
    # Two actors with one local id: the second doc_actors row violates the key,
    # after the document, its actors and names were already written in the transaction.
    bad.actors.append(Actor(id="a1", name="Carl Ode", kind="person"))
    with pytest.raises(StoreError):
        store.add(bad)
    assert not store.has(bad.id)
    assert store.document_ids() == [good.id]
    assert store.db.scalar("SELECT COUNT(*) AS n FROM actors") == 1
    assert store.db.scalar("SELECT COUNT(*) AS n FROM actor_names WHERE name = 'Carl Ode'") == 0
    assert store.get(good.id) == good
    # and the store still takes documents afterwards
    assert store.add(berg_doc(TEXT + "Fine.\n"))


def _person(name: str, kind: str = "person", aliases: tuple[str, ...] = ()) -> Document:
    text = f"{name} spoke as a {kind}. {' '.join(aliases)}"
    doc = Document(text=text, source=f"{name}-{kind}.txt")
    doc.actors = [
        Actor(id="p", name=name, kind=kind, aliases=list(aliases), mentions=[Mention((0, len(name)))])
    ]
    doc.statements = [Statement(kind="direct", content=(0, len(name)), actor="p")]
    return doc


def test_actors_are_linked_across_documents(store: Store) -> None:
    first, second = _person("Anna Berg"), _person("Anna Berg", aliases=("Minister Berg",))
    store.add(first)
    store.add(second)
    other = _person("Carl Ode")
    store.add(other)
    ids = [store.actor_ids(d.id)["p"] for d in (first, second, other)]
    assert ids[0] == ids[1] != ids[2]
    names = {
        r["name"] for r in store.db.query("SELECT name FROM actor_names WHERE actor_id = :i", {"i": ids[0]})
    }
    assert names == {"Anna Berg", "Minister Berg"}
    # statements carry the stored id
    assert {r["actor_id"] for r in store.db.query("SELECT actor_id FROM statements")} == set(ids)


def test_the_store_follows_registry_link(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Which stored actor a document actor is, is registry.link's decision, given the
    stored entries that share a name key with it."""
    from stancegraph import registry

    seen: list[list[str]] = []

    def never(actor: Actor, candidates: list[registry.RegistryEntry]) -> str | None:
        seen.append([c.name for c in candidates])
        return None

    store.add(_person("Anna Berg"))
    monkeypatch.setattr(registry, "link", never)
    again = _person("Anna Berg", aliases=("Minister Berg",))
    store.add(again)
    assert seen == [["Anna Berg"]]
    assert store.db.scalar("SELECT COUNT(*) AS n FROM actors") == 2


def test_rejects_are_recorded_once_and_cleared_when_the_source_goes_in(store: Store) -> None:
    store.add_reject(EmptyInput("post.txt", "empty file"))
    store.add_reject(EmptyInput("post.txt", "empty file"))
    store.add_reject(EmptyInput("other.txt", "empty file"))
    rows = store.db.query("SELECT source, code, count FROM rejects ORDER BY source")
    assert rows == [
        {"source": "other.txt", "code": "E101", "count": 1},
        {"source": "post.txt", "code": "E101", "count": 2},
    ]
    store.add(berg_doc(source="post.txt"))
    assert [r["source"] for r in store.db.query("SELECT source FROM rejects")] == ["other.txt"]


def test_a_fresh_database_has_the_latest_schema(store: Store) -> None:
    assert store.version() == schema.LATEST
    assert [
        r["version"] for r in store.db.query("SELECT version FROM schema_version ORDER BY version")
    ] == list(range(1, schema.LATEST + 1))


def test_an_older_database_is_refused_then_migrated_with_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = schema.connect(path)
    schema.migrate(db, target=1)
    # A version-1 database holding one document, written by hand as version 1 would.
    db.execute(
        """INSERT INTO documents (id, source, text, body, meta, ingested_at)
           VALUES ('d1', 'old.txt', 'The ferry talks resumed.', '[[0, 24]]', '{}', '2024-01-01T00:00:00Z')"""
    )
    db.execute(
        """INSERT INTO statements (doc_id, seq, kind, content_start, content_end, content)
           VALUES ('d1', 0, 'direct', 4, 18, 'ferry talks resumed')"""
    )
    db.close()
    with pytest.raises(StoreError, match="stancegraph migrate"):
        Store(path)
    with Store(path, upgrade=True) as store:
        assert store.version() == schema.LATEST
        assert store.get("d1").text == "The ferry talks resumed."
        # the full-text index built by migration 2 covers the old rows
        hits = store.db.query("SELECT rowid FROM statements_fts WHERE statements_fts MATCH 'ferry'")
        assert len(hits) == 1


TIMED = (
    "Tallin Post\nMinister Anna Berg said on Monday the harbour talks would fail next month.\n"
    "“We will not sign,” she said.\n"
)


def timed_doc() -> Document:
    """``berg_doc`` whose first statement was said on Monday and talks about next month."""
    doc = berg_doc(TIMED)
    monday, month = TIMED.index("Monday"), TIMED.index("next month")
    doc.statements[0].times = [
        TimeExpr((monday, monday + 6), "Monday", "2024-04-29", "day", "said"),
        TimeExpr((month, month + 10), "next month", "2024-06", "month", "content"),
    ]
    return doc


def test_statement_times_come_back_and_reingesting_adds_none(store: Store) -> None:
    doc = timed_doc()
    assert store.add(doc) is True
    back = store.get(doc.id)
    assert back == doc and back.statements[0].times == doc.statements[0].times
    rows = store.db.query("SELECT role, value, first_day, last_day FROM statement_times ORDER BY seq")
    assert rows == [
        {"role": "said", "value": "2024-04-29", "first_day": "2024-04-29", "last_day": "2024-04-29"},
        {"role": "content", "value": "2024-06", "first_day": "2024-06-01", "last_day": "2024-06-30"},
    ]
    assert store.add(timed_doc()) is False
    assert store.db.scalar("SELECT COUNT(*) AS n FROM statement_times") == 2


def test_migrating_gives_statements_stored_before_their_times(tmp_path: Path) -> None:
    path = tmp_path / "v4.db"
    db = schema.connect(path)
    schema.migrate(db, target=4)
    text = "Minister Anna Berg said on Monday that the talks would resume next month."
    with db.transaction():
        store_old_statement(db, "d1", text, "2024-05-02", 18)
    db.close()
    with Store(path, upgrade=True) as store:
        times = store.get("d1").statements[0].times
    assert [(t.text, t.value, t.granularity, t.role) for t in times] == [
        ("Monday", "2024-04-29", "day", "said"),
        ("next month", "2024-06", "month", "content"),
    ]


def test_backfill_reads_the_store_a_batch_at_a_time(tmp_path: Path) -> None:
    from stancegraph.store import backfill_times

    db = schema.connect(tmp_path / "v4.db")
    schema.migrate(db, target=4)
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    with db.transaction():
        for k, day in enumerate(days):
            text = f"Mayor Lena Holt said on {day} that the bridge would reopen next month."
            if k == 2:
                # a document without statements sits between the others
                db.execute(
                    """INSERT INTO documents (id, source, published, text, body, meta, ingested_at)
                       VALUES ('d2', 'old.txt', '2024-05-03', :t, '[]', '{}', '2024-05-03T00:00:00Z')""",
                    {"t": text},
                )
                continue
            store_old_statement(db, f"d{k}", text, "2024-05-03", 15)
    schema.migrate(db)
    dump = "SELECT statement_id, seq, role, text, value FROM statement_times ORDER BY statement_id, seq"
    whole = db.query(dump)
    assert [r["text"] for r in whole if r["role"] == "said"] == ["Monday", "Tuesday", "Thursday", "Friday"]
    with db.transaction():
        db.execute("DELETE FROM statement_times")
        assert backfill_times(db, batch=2) == 4
    assert db.query(dump) == whole
    db.close()


def test_a_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    Store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO schema_version VALUES (99, 'future', '2030-01-01T00:00:00Z')")
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_not_a_database(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="junk.db"):
        Store(junk)


def test_read_only_open_does_not_create(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database"):
        Store(tmp_path / "absent.db", create=False)
    assert not (tmp_path / "absent.db").exists()


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("SELECT * FROM t WHERE a = :a", "SELECT * FROM t WHERE a = %(a)s"),
        ("x LIKE '%a%' AND b = :b_2", "x LIKE '%%a%%' AND b = %(b_2)s"),
        ("VALUES (:a, :b)", "VALUES (%(a)s, %(b)s)"),
    ],
)
def test_parameters_translate_for_psycopg(sql: str, expected: str) -> None:
    assert schema.PostgresDatabase.translate(sql) == expected


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql://ann:s3cret@db.example:5432/news", "postgresql://ann:***@db.example:5432/news"),
        ("postgresql://db.example/news", "postgresql://db.example/news"),
        ("news.db", "news.db"),
    ],
)
def test_passwords_never_shown(url: str, shown: str) -> None:
    assert schema.redact(url) == shown


@pytest.mark.parametrize("start", range(1, schema.LATEST))
def test_every_older_version_upgrades_and_takes_documents(store_url: str, start: int) -> None:
    db = schema.connect(store_url)
    schema.migrate(db, target=start)
    assert schema.version(db) == start
    db.close()
    with pytest.raises(StoreError, match="stancegraph migrate"):
        Store(store_url)
    with Store(store_url, upgrade=True) as store:
        assert store.version() == schema.LATEST
        doc = berg_doc()
        assert store.add(doc) and store.get(doc.id) == doc


@pytest.mark.parametrize(
    ("url", "postgres", "libpq"),
    [
        ("postgresql://u@h/db", True, "postgresql://u@h/db"),
        ("postgres://u@h/db", True, "postgresql://u@h/db"),
        ("postgresql+psycopg://u:p@h:5432/db", True, "postgresql://u:p@h:5432/db"),
        ("news.db", False, None),
        ("sqlite:///news.db", False, None),
        ("postgresql.db", False, None),
    ],
)
def test_which_backend_a_url_selects(url: str, postgres: bool, libpq: str | None) -> None:
    assert schema.is_postgres_url(url) is postgres
    if libpq:
        assert schema.libpq_url(url) == libpq


def test_relations_stored_before_scores_keep_their_place_without_one(tmp_path: Path) -> None:
    path = tmp_path / "v5.db"
    db = schema.connect(path)
    schema.migrate(db, target=5)
    text = "Senator Vale criticized Governor Orm."
    with db.transaction():
        db.execute(
            """INSERT INTO documents (id, source, published, text, body, meta, ingested_at)
               VALUES ('d1', 'old.txt', '2024-05-03', :t, '[[0, 37]]', '{}', '2024-05-03T00:00:00Z')""",
            {"t": text},
        )
        db.execute(
            """INSERT INTO relations (doc_id, seq, subject, object, polarity, sentence_start, sentence_end,
                                      evidence_start, evidence_end)
               VALUES ('d1', 0, 'a1', 'a2', 'negative', 0, 37, 13, 23)"""
        )
    db.close()
    with Store(path, upgrade=True) as store:
        [rel] = store.get("d1").relations
        assert (rel.polarity, text[slice(*rel.evidence)], rel.score, rel.basis) == (
            "negative", "criticized", None, None)
