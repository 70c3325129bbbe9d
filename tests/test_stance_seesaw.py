"""How the SEESAW stance evaluation matches a predicted actor to a listed entity: by name
and aliases, a surname-only person by the one listed full name ending in it."""

from __future__ import annotations

import pytest

from stancegraph.evaluate import seesaw
from stancegraph.evaluate.seesaw import Entity, match_entity
from stancegraph.types import Actor

ENTITIES = [
    Entity("Dana Whitlock", ["People"]),
    Entity("Hugo Brandt", ["People"]),
    Entity("Nina Brandt", ["People"]),
    Entity("Harbor Union", ["Organization"]),
    Entity("Kestria", ["GPE"]),
]


@pytest.mark.parametrize(
    ("name", "aliases", "kind", "expected"),
    [
        ("Dana Whitlock", [], "person", "Dana Whitlock"),
        ("Whitlock", ["Ms. Whitlock"], "person", "Dana Whitlock"),  # only her full name ends in it
        ("Whitlock", [], "organization", "Dana Whitlock"),  # a lone surname taken for an organization
        ("Brandt", [], "person", None),  # two listed people end in it: no guess
        ("Hugo Brandt", ["Brandt"], "person", "Hugo Brandt"),
        ("Tom Whitlock", ["Whitlock"], "person", None),  # a fuller name says otherwise
        ("the Harbor Union", [], "organization", "Harbor Union"),
        ("Union", [], "organization", None),  # the surname rule is for people only
        ("Kestria", [], "country", "Kestria"),
    ],
)
def test_match_entity(name: str, aliases: list[str], kind: str, expected: str | None) -> None:
    hit = match_entity(Actor("a1", name, kind, aliases), ENTITIES)
    assert (hit.name if hit else None) == expected


def test_a_line_break_inside_a_sentence_splits_the_body() -> None:
    # "Headline\n\nFirst sentence." is one annotated sentence but two paragraphs to parse.
    art = seesaw.Article("A", "Title", [(0, "Vale wins\n\nOrm blocked Vale on Monday."), (1, "Vale left.")])
    doc, spans = art.document()
    assert spans == {0: (0, 38), 1: (39, 49)}
    assert [doc.text[a:b] for a, b in doc.body] == ["Vale wins", "Orm blocked Vale on Monday.", "Vale left."]
