"""Property: any document (actors, mentions, statements, stances, relations, reader
metadata) written to the store reads back equal, on SQLite and on PostgreSQL."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stancegraph.store import Store
from stancegraph.types import (
    ACTOR_KINDS,
    Actor,
    Document,
    Mention,
    Relation,
    Span,
    Stance,
    Statement,
    content_id,
)

# PostgreSQL text holds no NUL and UTF-8 holds no lone surrogate: the reader never
# produces either (a NUL makes an input binary), so neither do these documents.
CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
TEXT = st.text(CHARS, max_size=30)
NAME = st.text(CHARS, min_size=1, max_size=20)
_unique = itertools.count()


@st.composite
def spans(draw: st.DrawFn, n: int) -> Span:
    s = draw(st.integers(0, n - 1))
    return (s, draw(st.integers(s + 1, n)))


@st.composite
def documents(draw: st.DrawFn) -> Document:
    text = draw(st.text(CHARS, min_size=1, max_size=300))
    n = len(text)
    span = spans(n)
    meta: dict[str, object] = draw(st.dictionaries(st.sampled_from(["format", "encoding", "lang"]), TEXT))
    if draw(st.booleans()):
        meta["url"] = "https://news.example/" + draw(TEXT)
        meta["outlet"] = draw(NAME)
    if draw(st.booleans()):
        meta["raw"] = draw(st.binary(max_size=200))
    doc = Document(
        text=text,
        source=draw(NAME),
        title=draw(st.none() | NAME),
        published=draw(st.none() | st.dates().map(lambda d: d.isoformat())),
        body=draw(st.lists(span, max_size=4)),
        meta=meta,
    )
    n_actors = draw(st.integers(0, 4))
    doc.actors = [
        Actor(
            id=f"a{i}",
            name=draw(NAME),
            kind=draw(st.sampled_from(ACTOR_KINDS)),
            aliases=draw(st.lists(NAME, max_size=3)),
            mentions=draw(
                st.lists(st.builds(Mention, span, st.sampled_from(["name", "pronoun", "role"])), max_size=4)
            ),
            attrs=draw(st.dictionaries(st.sampled_from(["role", "org", "country"]), NAME, max_size=2)),
        )
        for i in range(n_actors)
    ]
    local = st.sampled_from([a.id for a in doc.actors]) if doc.actors else st.none()
    party = (local | NAME) if doc.actors else NAME
    stance = st.builds(
        Stance,
        target=NAME,
        label=st.sampled_from(["favor", "against", "neutral"]),
        score=st.floats(0, 1, allow_nan=False),
        evidence=st.none() | span,
    )
    doc.statements = draw(
        st.lists(
            st.builds(
                Statement,
                kind=st.sampled_from(["direct", "indirect", "mixed"]),
                content=span,
                cue=st.none() | span,
                speaker=st.none() | span,
                # an id no actor has is kept as written (the stored actor is then NULL)
                actor=st.none() | local | st.just("ghost"),
                stances=st.lists(stance, max_size=3),
            ),
            max_size=5,
        )
    )
    doc.relations = draw(
        st.lists(
            st.builds(
                Relation,
                subject=party,
                object=party,
                polarity=st.sampled_from(["positive", "negative"]),
                sentence=span,
                evidence=span,
            ),
            max_size=3,
        )
    )
    return doc


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with Store(store_url) as s:
        yield s


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(docs=st.lists(documents(), min_size=1, max_size=3))
def test_documents_read_back_equal(store: Store, docs: list[Document]) -> None:
    for doc in docs:
        # A marker at the end keeps every document distinct across examples (the id is
        # a content hash, and the store outlives one example); spans stay valid.
        doc.text += f"\n#{next(_unique)}"
        doc.id = content_id(doc.text)
        assert store.add(doc)
    for doc in docs:
        back = store.get(doc.id)
        assert back == doc
        assert back.to_json() == doc.to_json()
        # every document actor is linked to a stored actor; unknown statement actors to none
        linked = store.actor_ids(doc.id)
        assert set(linked) == {a.id for a in doc.actors}
        rows = store.db.query(
            "SELECT local_actor, actor_id FROM statements WHERE doc_id = :d ORDER BY seq", {"d": doc.id}
        )
        assert [r["actor_id"] for r in rows] == [
            linked.get(s.actor) if s.actor else None for s in doc.statements
        ]
