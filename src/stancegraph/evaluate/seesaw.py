"""Reader for the SEESAW stance set (research use only; never copied into the repository).

Layout: ``DIR/articles/<name>.json`` = {"title", "text": [{"id", "text"}, ...]} and
``DIR/annotations/<name>.json`` with "entity lists" and "sentence-level stances".
An article becomes one ``Document`` whose paragraphs are its sentences, joined by
newlines, so that sentence ids map onto spans of ``Document.text``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import EvalDataError
from ..names import fold, norm
from ..types import Actor, Document, Span

ACTOR_TYPES = frozenset({"People", "Organization", "GPE"})


@dataclass
class Entity:
    name: str
    types: list[str]

    @property
    def is_actor(self) -> bool:
        return bool(ACTOR_TYPES.intersection(self.types))


@dataclass
class Triple:
    sentence: int
    subject: str
    polarity: str  # "positive" | "negative"
    object: str


@dataclass
class Article:
    name: str
    title: str
    sentences: list[tuple[int, str]]
    entities: list[Entity] = field(default_factory=list)
    triples: list[Triple] = field(default_factory=list)

    def document(self) -> tuple[Document, dict[int, Span]]:
        """The article as a Document whose body is its sentences, and each sentence's span."""
        parts: list[str] = []
        spans: dict[int, Span] = {}
        pos = 0
        for sid, sent in self.sentences:
            spans[sid] = (pos, pos + len(sent))
            parts.append(sent)
            pos += len(sent) + 1
        doc = Document(text="\n".join(parts), source=self.name, title=self.title)
        # A line break inside an annotated sentence ("Headline\n\nFirst sentence.") is a
        # paragraph break, as the clean stage would read it: one body span per line.
        doc.body = [
            (a + m.start(), a + m.end())
            for a, b in spans.values()
            for m in re.finditer(r"[^\n]+", doc.text[a:b])
            if m.group().strip()
        ]
        return doc, spans


def load(split_dir: str | Path) -> Iterator[Article]:
    root = Path(split_dir)
    arts, anns = root / "articles", root / "annotations"
    if not arts.is_dir() or not anns.is_dir():
        raise EvalDataError(f"{root}: expected articles/ and annotations/ folders (a SEESAW split)")
    for path in sorted(arts.glob("*.json")):
        ann_path = anns / path.name
        if not ann_path.exists():
            continue
        art = json.loads(path.read_text(encoding="utf-8"))
        ann = json.loads(ann_path.read_text(encoding="utf-8"))
        entities = [Entity(e[0], list(e[1])) for e in ann.get("entity lists", [])]
        triples = [
            Triple(int(sid), t["subject"], "positive" if t["sentiment"] == "POS" else "negative", t["object"])
            for sid, items in ann.get("sentence-level stances", {}).items()
            for t in items
            if t.get("sentiment") in ("POS", "NEG")
        ]
        sentences = [(int(s["id"]), s["text"]) for s in art.get("text", [])]
        yield Article(path.stem, art.get("title", ""), sentences, entities, triples)


@lru_cache(maxsize=1)
def _known_aliases() -> dict[str, tuple[str, ...]]:
    """The gazetteer's aliases of each known actor, by normalized canonical name."""
    from ..actors import data_file

    data = data_file("gazetteer.yaml")
    return {norm(e["name"]): tuple(str(a) for a in e.get("aliases", [])) for e in data or []}


def actor_names(actor: Actor) -> set[str]:
    """The actor's name, the names it goes by in the document, and, for an actor the
    gazetteer knows, the aliases listed there ("GOP" for the Republican Party)."""
    names = [actor.name, *actor.aliases, *_known_aliases().get(norm(actor.name), ())]
    return {norm(n) for n in names if n.strip()}


def match_entities(actor: Actor, entities: list[Entity]) -> list[Entity]:
    """Every annotated entity whose canonical name is the actor's name or one of its aliases."""
    names = actor_names(actor)
    folded = {fold(n) for n in names}
    exact = [e for e in entities if norm(e.name) in names or fold(e.name) in folded]
    if exact or actor.kind in ("country", "group"):
        return exact
    # A person the article only names by surname ("Booker", "Ms. Wexton"; the actors stage
    # may have taken a lone surname for an organization) is the listed person whose full
    # name ends in it, when only one does and no fuller name of the actor says otherwise
    # ("Hunter Biden" is not "Joe Biden").
    words = [tuple(n.split()) for n in folded if n]
    hits = [e for e in entities if "People" in e.types
            and all(_ends(w, fold(e.name)) for w in words) and len(fold(e.name).split()) > 1]
    return hits if len(hits) == 1 and words else []


def _ends(words: tuple[str, ...], name: str) -> bool:
    full = tuple(name.split())
    return len(words) < len(full) and full[-len(words):] == words


def match_entity(actor: Actor, entities: list[Entity]) -> Entity | None:
    """The annotated entity whose canonical name equals the actor's name or one of its aliases."""
    hits = match_entities(actor, entities)
    return hits[0] if hits else None
