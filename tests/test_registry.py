"""Cross-document linking (registry.link) and the manual fixes kept in the store."""

from __future__ import annotations

import pytest

from stancegraph import query, registry
from stancegraph.registry import RegistryEntry
from stancegraph.store import Store
from stancegraph.types import Actor


def entry(
    id: str, name: str, kind: str = "person", aliases: list[str] | None = None, **attrs: str
) -> RegistryEntry:
    return RegistryEntry(id, name, kind, aliases or [], dict(attrs))


def actor(name: str, kind: str = "person", aliases: list[str] | None = None, **attrs: str) -> Actor:
    return Actor("a1", name, kind, aliases or [], [], dict(attrs))


LINKS = [
    # same full name
    (actor("Karim Ahmadi"), [entry("1", "Karim Ahmadi")], "1"),
    # two people sharing a surname: the first name decides
    (actor("Karim Ahmadi", aliases=["Ahmadi"]), [entry("1", "Leila Ahmadi", aliases=["Ahmadi"])], None),
    (actor("Leila Ahmadi"), [entry("1", "Karim Ahmadi"), entry("2", "Leila Ahmadi")], "2"),
    # a longer form of the same name
    (actor("Amir Abdollahian"), [entry("7", "Hossein Amir Abdollahian")], "7"),
    # a surname alone links only with a shared role, and never between two candidates
    (actor("Ahmadi"), [entry("1", "Karim Ahmadi")], None),
    (actor("Ahmadi", role="mayor"), [entry("1", "Karim Ahmadi", role="mayor")], "1"),
    (
        actor("Ahmadi", role="mayor"),
        [entry("1", "Karim Ahmadi", role="mayor"), entry("2", "Leila Ahmadi", role="mayor")],
        None,
    ),
    # context that contradicts: different countries
    (actor("Karim Ahmadi", country="Iran"), [entry("1", "Karim Ahmadi", country="Chile")], None),
    # kinds must agree
    (actor("Basij", "organization"), [entry("3", "Basij", "person")], None),
    # organizations by name or alias
    (actor("Basij", "organization"), [entry("3", "Basij", "organization")], "3"),
    (
        actor("Harbour Force", "organization"),
        [entry("4", "Volunteer Harbour Force", "organization", aliases=["Harbour Force"])],
        "4",
    ),
    # groups go by their phrase
    (actor("workers", "group"), [entry("5", "workers", "group")], "5"),
    (actor("lawmakers", "group"), [entry("5", "state lawmakers", "group", aliases=["lawmakers"])], None),
    # one country's name under the kinds the documents give it
    (actor("Kestria", "country"), [entry("6", "Kestria", "other")], "6"),
    (actor("Kestria", "other"), [entry("6", "Kestria", "country")], "6"),
    (actor("Kestria", "organization"), [entry("6", "Kestria", "country")], "6"),
    (actor("Kestria", "person"), [entry("6", "Kestria", "country")], None),
    (actor("Kestria", "country"), [entry("6", "Kestrian Union", "organization")], None),
    # a wikidata id settles it
    (actor("K. Ahmadi", wikidata="Q1"), [entry("1", "Karim Ahmadi", wikidata="Q1")], "1"),
]


@pytest.mark.parametrize(("doc_actor", "candidates", "expected"), LINKS)
def test_link(doc_actor: Actor, candidates: list[RegistryEntry], expected: str | None) -> None:
    assert registry.link(doc_actor, candidates) == expected


def test_refused_names() -> None:
    e = RegistryEntry("1", "Joe Biden", "person", ["Biden"], {registry.NOT_LINKED: ["Beau Biden"]})
    assert registry.link(actor("Beau Biden"), [e]) is None


TEXT_A = (
    "Mayor Karim Ahmadi of Ostrava said on Monday that the Harbour Workers Union would strike. "
    '"We will not wait," Ahmadi said.'
)
TEXT_B = (
    "Judge Leila Ahmadi ruled on Tuesday that the strike was legal. "
    '"The law is clear," Leila Ahmadi said. The Harbour Workers Union welcomed the ruling.'
)
TEXT_C = 'Karim Ahmadi, the mayor, met union leaders. "Talks will go on," Ahmadi said.'


@pytest.fixture()
def store(tmp_path, pipeline):
    with Store(tmp_path / "s.db") as s:
        for text in (TEXT_A, TEXT_B, TEXT_C):
            s.add(pipeline.run(text))
        yield s


def _ids(store: Store, name: str) -> set[int]:
    return {r.id for r in query.actors(store) if r.name == name}


def test_store_links_across_documents(store: Store) -> None:
    karim, leila, union = (_ids(store, n) for n in ("Karim Ahmadi", "Leila Ahmadi", "Harbour Workers Union"))
    assert len(karim) == 1 and len(leila) == 1 and len(union) == 1
    assert karim != leila
    row = query.actor(store, karim.pop())
    assert row.documents == 2


def test_merge_and_split(store: Store, pipeline) -> None:
    karim = registry.find_actor(store, "Karim Ahmadi")
    leila = registry.find_actor(store, "Leila Ahmadi")
    registry.merge(store, karim, leila)
    merged = query.actor(store, karim)
    assert merged.documents == 3 and "Leila Ahmadi" in merged.aliases
    with pytest.raises(Exception, match="no actor"):
        query.actor(store, leila)
    # the merge holds for a later article under the merged name
    store.add(pipeline.run('Judge Leila Ahmadi said on Thursday: "The appeal will be heard."'))
    assert query.actor(store, karim).documents == 4
    # split her back out; the fix holds when another of her articles comes in
    new = registry.split(store, karim, ["Leila Ahmadi"])
    assert query.actor(store, new).documents == 2
    assert query.actor(store, karim).documents == 2
    store.add(pipeline.run('Judge Leila Ahmadi said on Friday: "The court has spoken."'))
    assert query.actor(store, new).documents == 3
    assert query.actor(store, karim).documents == 2


@pytest.mark.shared
def test_seeds_share_actors(tmp_path, seed_docs) -> None:
    with Store(tmp_path / "seeds.db") as s:
        for doc in seed_docs.values():
            s.add(doc)
        for name in ("Ali Khamenei", "Basij", "United States", "Iran"):
            ids = _ids(s, name)
            assert len(ids) == 1, name
            assert query.actor(s, ids.pop()).documents == 2, name
        leader = registry.find_actor(s, "Ali Khamenei")
        docs = {r.doc_id for r in query.statements(s, actor_id=leader)}
        assert len(docs) == 2
        basij = registry.find_actor(s, "Basij")
        assert len({r.doc_id for r in query.statements(s, actor_id=basij)}) >= 1


def test_cli_actor_merge_split(tmp_path, store: Store) -> None:
    from typer.testing import CliRunner

    from stancegraph.cli import app

    db = str(tmp_path / "s.db")
    store.close()
    runner = CliRunner()
    shown = runner.invoke(app, ["actor", "Karim Ahmadi", "--db", db, "--json"])
    assert shown.exit_code == 0, shown.output
    assert '"documents": 2' in shown.output and "Mayor Karim Ahmadi" in shown.output
    merged = runner.invoke(app, ["actors", "merge", "Karim Ahmadi", "Leila Ahmadi", "--db", db])
    assert merged.exit_code == 0 and "3 documents" in merged.output
    split = runner.invoke(app, ["actors", "split", "Karim Ahmadi", "--name", "Leila Ahmadi", "--db", db])
    assert split.exit_code == 0 and "1 documents" in split.output
    missing = runner.invoke(app, ["actor", "Nobody Known", "--db", db])
    assert missing.exit_code == 6


@pytest.mark.parametrize(
    ("stored", "new", "kept"),
    [("other", "country", "country"), ("organization", "country", "country"), ("country", "other", "country"),
     ("other", "organization", "other"), ("person", "country", "person")],
)
def test_a_country_stays_one(stored: str, new: str, kept: str) -> None:
    assert registry.settled_kind(stored, new) == kept


def test_store_keeps_one_country_under_every_kind(tmp_path, pipeline) -> None:
    """A country the gazetteer does not know: a place where the text says nothing more
    of it, a country where it has a demonym. One stored actor, a country."""
    texts = [
        "Arvenia's harbour reopened on Monday. Officials said Kestria would send a ferry.",
        "Kestrian engineers said Kestria would share river data with Arvenian officials.",
        "The talks between Kestria and Arvenia resumed in Lomar on Friday.",
    ]
    rows = [r for r in _stored_actors(tmp_path, pipeline, texts) if r.name == "Kestria"]
    assert [(r.kind, r.documents) for r in rows] == [("country", 3)]


def _stored_actors(tmp_path, pipeline, texts: list[str]) -> list[query.ActorRow]:
    """The stored actors after each text went into a new store."""
    with Store(tmp_path / "texts.db") as s:
        for text in texts:
            s.add(pipeline.run(text))
        return query.actors(s)


def test_followers_are_stored_by_whom_they_follow(tmp_path, pipeline) -> None:
    """"Lund supporters" here and "his supporters" there are one stored group; Keller's
    supporters, and supporters of nobody named, are others."""
    texts = [
        "Olav Lund spoke in Varn on Monday. Lund supporters cheered when he promised new ferries.",
        "Prime Minister Olav Lund returned to Varn, and his supporters lined the harbour.",
        "Mayor Anna Keller said her supporters would march on Friday.",
        "Supporters gathered outside the court on Tuesday.",
    ]
    rows = {r.name: r.documents for r in _stored_actors(tmp_path, pipeline, texts) if r.kind == "group"}
    assert rows == {"supporters of Olav Lund": 2, "supporters of Anna Keller": 1, "supporters": 1}
