"""Cross-document actor linking: which stored actor a document's actor is.

The store asks ``link`` for each actor of a new document, passing the stored
entries that share a name key with it. Keeping the decision here (a pure
function) lets it be tested without a database and shared by every backend.

The rule is to link only when the names and the context agree, and to keep an
actor apart when two stored entries fit equally well: a wrong merge mixes two
people's statements, a missed one only leaves two rows to merge by hand
(``merge``). Manual fixes are kept in the store: ``merge`` moves everything of
one stored actor onto another (its names included, so later documents follow);
``split`` moves the documents where an actor went under given names onto a new
actor and records on both that they are not to be linked again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import yaml

from .errors import NotFound, StoreError
from .names import fold, norm
from .types import Actor

if TYPE_CHECKING:
    from .store import Store

# attrs key on a stored actor: names (normalized) that must never link to it.
NOT_LINKED = "not_linked"
# attrs key on a stored actor: names of actors a user merged into it.
MERGED = "merged"
# Context attributes that must agree when both sides have them.
HARD_CONTEXT = ("country", "wikidata")
SOFT_CONTEXT = ("role", "org", "named_after")
# Kinds one country's name goes under in different documents; "country" is the surest.
STATE_KINDS = frozenset({"country", "organization", "other"})


def settled_kind(stored: str, new: str) -> str:
    """The kind a stored actor keeps when a document links another reading of it: a
    country stays a country, and a place or an organization found to be one becomes one."""
    return "country" if "country" in (stored, new) and {stored, new} <= STATE_KINDS else stored


@dataclass
class RegistryEntry:
    """An actor as the store knows it across documents."""

    id: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    attrs: dict[str, Any] = field(default_factory=dict)


def name_keys(actor: Actor | RegistryEntry) -> set[str]:
    """Normalized names under which the store indexes an actor, to find candidates.

    Besides each name: its folded form ("Elijah E. Cummings" -> "elijah cummings") and,
    for a name that looks like a person's, its last word, so that "Elijah E. Cummings"
    and "Rep. Cummings" meet as candidates; ``link`` then decides.
    """
    keys: set[str] = set()
    for n in [actor.name, *actor.aliases]:
        keys.update(k for k in (norm(n), fold(n)) if k)
        words = norm(n).split()
        raw = n.split()
        personal = (
            actor.kind in ("person", "other") and 2 <= len(raw) <= 4 and all(w[:1].isupper() for w in raw)
        )
        if personal and words and words[-1] not in _org_words() and len(words[-1]) > 2:
            keys.add(words[-1])
    return keys


@lru_cache(maxsize=1)
def _org_words() -> frozenset[str]:
    """Words that end organization names ("union", "party"): not surnames to index by."""
    data = yaml.safe_load(
        resources.files("stancegraph.data").joinpath("titles.yaml").read_text(encoding="utf-8")
    )
    return frozenset(w.lower() for w in [*data["org_heads"], *data["org_generic"]])


def _words(name: str) -> list[str]:
    return fold(name).split()


def _refused(actor: Actor, entry: RegistryEntry) -> bool:
    refused = {norm(n) for n in entry.attrs.get(NOT_LINKED, []) or []}
    return bool(refused & {norm(actor.name)}) or norm(entry.name) in {
        norm(n) for n in actor.attrs.get(NOT_LINKED, []) or []
    }


def _person_names_agree(a: list[str], b: list[str]) -> int | None:
    """How well two person names fit: 3 the same, 2 one ends the other ("Amir Abdollahian"),
    1 a surname alone against a full name, None two different people ("Karim" / "Leila Ahmadi")."""
    if not a or not b:
        return None
    if a == b:
        return 3
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if long[len(long) - len(short) :] == short:
        return 1 if len(short) == 1 else 2
    return None


def score(actor: Actor, entry: RegistryEntry) -> int | None:
    """How strongly ``actor`` is ``entry`` (higher is surer), or None when it is not."""
    if _refused(actor, entry):
        return None
    if actor.kind != entry.kind:
        # The parser may call one name a person here and an organization there; the
        # same full name of two or more words is still one actor.
        mixable = {actor.kind, entry.kind} <= {"person", "organization", "other"}
        same = len(_words(actor.name)) > 1 and fold(actor.name) == fold(entry.name)
        # A country the gazetteer does not know is a place or an organization in the
        # documents that say nothing more of it ("Kestria" without "Kestrian").
        state = {actor.kind, entry.kind} <= STATE_KINDS and fold(actor.name) == fold(entry.name)
        return 25 if mixable and same or state else None
    for key in HARD_CONTEXT:
        mine, theirs = actor.attrs.get(key), entry.attrs.get(key)
        if mine and theirs and str(mine) != str(theirs):
            return None
    if actor.attrs.get("wikidata") and actor.attrs.get("wikidata") == entry.attrs.get("wikidata"):
        return 100
    if fold(actor.name) in {fold(str(n)) for n in entry.attrs.get(MERGED, []) or []}:
        return 90  # a user merged this name into the entry
    agree = sum(
        1
        for key in SOFT_CONTEXT
        if actor.attrs.get(key) and str(actor.attrs.get(key)) == str(entry.attrs.get(key))
    )
    if actor.kind == "person":
        # Compare the canonical names, then the best fit among the other names.
        fit = _person_names_agree(_words(actor.name), _words(entry.name))
        if fit is None:
            return None
        if fit == 1 and agree == 0:
            return None  # a surname alone says too little without a shared role or organization
        return fit * 10 + agree + (norm(actor.name) == norm(entry.name))
    my_names = {fold(n) for n in [actor.name, *actor.aliases] if n.strip()}
    their_names = {fold(n) for n in [entry.name, *entry.aliases] if n.strip()}
    if fold(actor.name) == fold(entry.name):
        return 30 + agree
    if actor.kind == "group":
        return None  # groups are named by their phrase: "lawmakers" is not "state lawmakers"
    if fold(actor.name) in their_names or fold(entry.name) in my_names:
        return 20 + agree
    return None


def link(actor: Actor, candidates: list[RegistryEntry]) -> str | None:
    """The id of the stored entry this actor is, or None to create a new entry.

    Ambiguity keeps the actor apart: when two entries fit equally well, neither wins.
    """
    scored = [(s, e) for e in candidates if (s := score(actor, e)) is not None]
    if not scored:
        return None
    scored.sort(key=lambda se: -se[0])
    if len(scored) > 1 and scored[0][0] == scored[1][0]:
        return None
    return scored[0][1].id


# -- manual fixes, kept in the store ---------------------------------------------------


def find_actor(store: Store, name_or_id: str) -> int:
    """The stored actor with this id or name (exact name or alias first, then a unique part)."""
    text = name_or_id.strip()
    if text.isdigit():
        row = store.db.one("SELECT id FROM actors WHERE id = :id", {"id": int(text)})
        if row is not None:
            return int(row["id"])
    key = norm(text)
    rows = store.db.query(
        """SELECT DISTINCT a.id FROM actors a JOIN actor_names n ON n.actor_id = a.id
           WHERE n.key = :key OR LOWER(a.name) = :lower ORDER BY a.id""",
        {"key": key, "lower": text.lower()},
    )
    if not rows:
        rows = store.db.query(
            """SELECT DISTINCT a.id FROM actors a JOIN actor_names n ON n.actor_id = a.id
               WHERE LOWER(n.name) LIKE :like ORDER BY a.id""",
            {"like": f"%{text.lower()}%"},
        )
    ids = sorted({int(r["id"]) for r in rows})
    if not ids:
        raise NotFound(f"no stored actor is known as {name_or_id!r}")
    if len(ids) > 1:
        exact = [
            i
            for i in ids
            if norm(store.db.scalar("SELECT name FROM actors WHERE id = :id", {"id": i}) or "") == key
        ]
        if len(exact) == 1:
            return exact[0]
        raise NotFound(f"{name_or_id!r} names several stored actors ({', '.join(map(str, ids))}): use an id")
    return ids[0]


def _attrs(store: Store, actor_id: int) -> dict[str, Any]:
    row = store.db.one("SELECT attrs FROM actors WHERE id = :id", {"id": actor_id})
    if row is None:
        raise NotFound(f"no actor with id {actor_id}")
    return dict(json.loads(row["attrs"]))


def _set_attrs(store: Store, actor_id: int, attrs: dict[str, Any]) -> None:
    store.db.execute(
        "UPDATE actors SET attrs = :a WHERE id = :id",
        {"a": json.dumps(attrs, ensure_ascii=False, sort_keys=True), "id": actor_id},
    )


def merge(store: Store, keep: int, other: int) -> int:
    """Make ``other`` part of ``keep``: its documents, statements, relations and names.

    Later documents that go under one of ``other``'s names then link to ``keep``.
    """
    if keep == other:
        raise StoreError("an actor cannot be merged with itself")
    keep_attrs, other_attrs = _attrs(store, keep), _attrs(store, other)
    other_name = store.db.scalar("SELECT name FROM actors WHERE id = :id", {"id": other})
    with store.db.transaction():
        for sql in (
            "UPDATE doc_actors SET actor_id = :keep WHERE actor_id = :other",
            "UPDATE statements SET actor_id = :keep WHERE actor_id = :other",
            "UPDATE relations SET subject_actor = :keep WHERE subject_actor = :other",
            "UPDATE relations SET object_actor = :keep WHERE object_actor = :other",
        ):
            store.db.execute(sql, {"keep": keep, "other": other})
        for r in store.db.query("SELECT key, name FROM actor_names WHERE actor_id = :id", {"id": other}):
            store.db.execute(
                """INSERT INTO actor_names (actor_id, key, name) VALUES (:id, :key, :name)
                   ON CONFLICT (actor_id, key) DO NOTHING""",
                {"id": keep, "key": r["key"], "name": r["name"]},
            )
        store.db.execute("DELETE FROM actor_names WHERE actor_id = :id", {"id": other})
        merged = {**other_attrs, **keep_attrs}
        refused = [n for n in merged.get(NOT_LINKED, []) if norm(n) != norm(str(other_name))]
        merged[NOT_LINKED] = refused
        if not refused:
            merged.pop(NOT_LINKED)
        merged[MERGED] = sorted({*keep_attrs.get(MERGED, []), *other_attrs.get(MERGED, []), str(other_name)})
        _set_attrs(store, keep, merged)
        store.db.execute("DELETE FROM actors WHERE id = :id", {"id": other})
    return keep


def split(store: Store, actor_id: int, names: list[str], new_name: str | None = None) -> int:
    """Move the documents where ``actor_id`` went under one of ``names`` to a new actor.

    Both actors then refuse to link to each other's names on later ingests.
    """
    wanted = {norm(n) for n in names if norm(n)}
    if not wanted:
        raise StoreError("split needs at least one name")
    row = store.db.one("SELECT name, kind, attrs FROM actors WHERE id = :id", {"id": actor_id})
    if row is None:
        raise NotFound(f"no actor with id {actor_id}")
    moved: list[tuple[str, str, str]] = []
    for da in store.db.query(
        "SELECT doc_id, local_id, name, aliases FROM doc_actors WHERE actor_id = :id", {"id": actor_id}
    ):
        local_names = {norm(da["name"]), *(norm(a) for a in json.loads(da["aliases"]))}
        if local_names & wanted:
            moved.append((da["doc_id"], da["local_id"], da["name"]))
    if not moved:
        raise NotFound(f"actor {actor_id} went under none of {', '.join(names)} in any document")
    if len(moved) == len(
        store.db.query("SELECT doc_id FROM doc_actors WHERE actor_id = :id", {"id": actor_id})
    ):
        raise StoreError("every document of the actor goes under these names: nothing would be left")
    name = new_name or moved[0][2]
    from .schema import now

    with store.db.transaction():
        new_id = store.db.insert(
            "INSERT INTO actors (name, kind, attrs, created_at) VALUES (:n, :k, :a, :t)",
            {"n": name, "k": row["kind"], "a": json.dumps({NOT_LINKED: [row["name"]]}), "t": now()},
        )
        for doc_id, local_id, _ in moved:
            params = {"new": new_id, "doc": doc_id, "local": local_id, "old": actor_id}
            store.db.execute(
                "UPDATE doc_actors SET actor_id = :new WHERE doc_id = :doc AND local_id = :local", params
            )
            store.db.execute(
                """UPDATE statements SET actor_id = :new
                   WHERE doc_id = :doc AND local_actor = :local AND actor_id = :old""",
                params,
            )
        for doc_id, local_id, _ in moved:
            for col in ("subject", "object"):
                store.db.execute(
                    f"""UPDATE relations SET {col}_actor = :new
                        WHERE doc_id = :doc AND {col} = :local AND {col}_actor = :old""",
                    {"new": new_id, "doc": doc_id, "local": local_id, "old": actor_id},
                )
        for r in store.db.query("SELECT key, name FROM actor_names WHERE actor_id = :id", {"id": actor_id}):
            if r["key"] in wanted:
                store.db.execute(
                    "DELETE FROM actor_names WHERE actor_id = :id AND key = :key",
                    {"id": actor_id, "key": r["key"]},
                )
        for n in {*names, name}:
            key = norm(n)
            if key:
                store.db.execute(
                    """INSERT INTO actor_names (actor_id, key, name) VALUES (:id, :key, :name)
                       ON CONFLICT (actor_id, key) DO NOTHING""",
                    {"id": new_id, "key": key, "name": n},
                )
        attrs = dict(json.loads(row["attrs"]))
        attrs[NOT_LINKED] = sorted({*attrs.get(NOT_LINKED, []), *names, name})
        kept = [n for n in attrs.get(MERGED, []) if norm(n) not in wanted | {norm(name)}]
        if kept:
            attrs[MERGED] = kept
        else:
            attrs.pop(MERGED, None)
        _set_attrs(store, actor_id, attrs)
    return new_id
