"""Cross-document actor linking: which stored actor a document's actor is.

The store asks ``link`` for each actor of a new document, passing the stored
entries that share a name key with it. Keeping the decision here (a pure
function) lets it be tested without a database and shared by every backend.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .evaluate.seesaw import norm
from .types import Actor


@dataclass
class RegistryEntry:
    """An actor as the store knows it across documents."""

    id: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    attrs: dict[str, str] = field(default_factory=dict)


def name_keys(actor: Actor | RegistryEntry) -> set[str]:
    """Normalized names under which the store indexes an actor, to find candidates."""
    return {k for k in (norm(n) for n in [actor.name, *actor.aliases]) if k}


def link(actor: Actor, candidates: list[RegistryEntry]) -> str | None:
    """The id of the stored entry this actor is, or None to create a new entry."""
    keys = name_keys(actor)
    for entry in candidates:
        if entry.kind == actor.kind and norm(entry.name) in keys:
            return entry.id
    return None
