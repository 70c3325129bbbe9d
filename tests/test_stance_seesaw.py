"""How the SEESAW stance evaluation matches a predicted actor to a listed entity: by name
and aliases, a surname-only person by the one listed full name ending in it."""

from __future__ import annotations

import pytest

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
