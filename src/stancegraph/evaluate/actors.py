"""``stancegraph eval actors --seesaw DIR``: are the annotated actors found, and kept apart?

Each SEESAW article lists its entities by canonical name. An annotated People,
Organization or GPE entity is *found* when some actor of the document has that
name, or an alias equal to it after ``seesaw.norm``. An actor *wrongly joins* when
its names match two different annotated entities (Joe Biden and Beau Biden in
one actor). The articles come with their own sentences, so the pipeline starts
at ``parse``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import registry
from ..pipeline import Pipeline
from ..types import Actor, Document
from . import seesaw


@dataclass
class ArticleResult:
    name: str
    entities: list[tuple[str, str]]  # (canonical name, type)
    found: list[str]
    missed: list[str]
    joins: list[tuple[str, list[str]]]  # (actor name, entity names it joins)
    actors: int  # actors that match at least one annotated entity


@dataclass
class LinkScores:
    """Linking across the documents of one SEESAW triplet (three articles on one event)."""

    pairs: int = 0  # (entity, document, document) where both documents found the entity
    linked: int = 0  # ... and both landed on one stored actor
    stored: int = 0  # stored actors matching an annotated entity
    wrong: list[str] = field(default_factory=list)  # stored actors matching two entities

    @property
    def link_rate(self) -> float:
        return self.linked / self.pairs if self.pairs else 0.0

    @property
    def wrong_rate(self) -> float:
        return len(self.wrong) / self.stored if self.stored else 0.0


@dataclass
class ActorScores:
    articles: list[ArticleResult] = field(default_factory=list)
    linking: LinkScores = field(default_factory=LinkScores)

    @property
    def entities(self) -> int:
        return sum(len(a.entities) for a in self.articles)

    @property
    def found(self) -> int:
        return sum(len(a.found) for a in self.articles)

    @property
    def found_rate(self) -> float:
        return self.found / self.entities if self.entities else 0.0

    @property
    def wrong_joins(self) -> int:
        return sum(len(a.joins) for a in self.articles)

    @property
    def wrong_join_rate(self) -> float:
        """Wrong joins among the actors that match an annotated entity."""
        matched = sum(a.actors for a in self.articles)
        return self.wrong_joins / matched if matched else 0.0

    def by_type(self) -> dict[str, tuple[int, int]]:
        totals: Counter[str] = Counter()
        hits: Counter[str] = Counter()
        for a in self.articles:
            found = set(a.found)
            for name, typ in a.entities:
                totals[typ] += 1
                hits[typ] += name in found
        return {t: (hits[t], totals[t]) for t in sorted(totals)}

    def to_json(self) -> dict[str, Any]:
        return {
            "articles": len(self.articles),
            "entities": self.entities,
            "found": self.found,
            "found_rate": round(self.found_rate, 4),
            "wrong_joins": self.wrong_joins,
            "wrong_join_rate": round(self.wrong_join_rate, 4),
            "by_type": {t: {"found": h, "total": n} for t, (h, n) in self.by_type().items()},
            "linking": {
                "pairs": self.linking.pairs,
                "link_rate": round(self.linking.link_rate, 4),
                "stored_actors": self.linking.stored,
                "wrong_merge_rate": round(self.linking.wrong_rate, 4),
                "wrong_merges": self.linking.wrong,
            },
            "missed": [f"{a.name}: {m}" for a in self.articles for m in a.missed],
            "joins": [f"{a.name}: {j[0]} = {' + '.join(j[1])}" for a in self.articles for j in a.joins],
        }


def actor_entities(article: seesaw.Article) -> list[tuple[str, str]]:
    """The article's People / Organization / GPE entities, one per canonical name."""
    out: dict[str, tuple[str, str]] = {}
    for e in article.entities:
        if not e.is_actor:
            continue
        key = seesaw.norm(e.name)
        if key and key not in out:
            typ = next(t for t in e.types if t in seesaw.ACTOR_TYPES)
            out[key] = (e.name, typ)
    return list(out.values())


def score_article(article: seesaw.Article, doc: Document) -> ArticleResult:
    ents = actor_entities(article)
    entities = [seesaw.Entity(n, [t]) for n, t in ents]
    found: set[str] = set()
    joins: list[tuple[str, list[str]]] = []
    matched_actors = 0
    for actor in doc.actors:
        hit = seesaw.match_entities(actor, entities)
        if hit:
            matched_actors += 1
            found.update(e.name for e in hit)
        if len(hit) > 1:
            joins.append((actor.name, [e.name for e in hit]))
    return ArticleResult(
        name=article.name,
        entities=ents,
        found=[n for n, _ in ents if n in found],
        missed=[n for n, _ in ents if n not in found],
        joins=joins,
        actors=matched_actors,
    )


def _documents(articles: list[seesaw.Article]) -> Iterator[Document]:
    for art in articles:
        doc, _spans = art.document()
        yield doc


def evaluate(
    split_dir: str | Path, pipeline: Pipeline | None = None, limit: int | None = None
) -> ActorScores:
    """Run the pipeline over a SEESAW split and score its actors."""
    articles = list(seesaw.load(split_dir))
    if limit is not None:
        articles = articles[:limit]
    pipe = pipeline or Pipeline()
    scores = ActorScores()
    triplets: dict[str, list[tuple[seesaw.Article, list[Actor]]]] = {}
    for art, doc in zip(articles, pipe.pipe(_documents(articles), start="parse"), strict=True):
        if not isinstance(doc, Document):
            continue
        scores.articles.append(score_article(art, doc))
        triplets.setdefault(art.name.rsplit("_DOCUMENT", 1)[0], []).append((art, doc.actors))
    for group in triplets.values():
        score_linking(group, scores.linking)
    return scores


class _Registry:
    """The store's linking, in memory: candidates by name key, ``registry.link`` decides."""

    def __init__(self) -> None:
        self.entries: list[registry.RegistryEntry] = []
        self.by_key: dict[str, set[int]] = {}

    def add(self, actor: Actor) -> int:
        keys = registry.name_keys(actor)
        cands = [self.entries[i] for i in sorted({i for k in keys for i in self.by_key.get(k, set())})]
        found = registry.link(actor, cands)
        if found is None:
            idx = len(self.entries)
            self.entries.append(
                registry.RegistryEntry(str(idx), actor.name, actor.kind, [], dict(actor.attrs))
            )
        else:
            idx = int(found)
            entry = self.entries[idx]
            entry.attrs = {**actor.attrs, **entry.attrs}
        entry = self.entries[idx]
        for n in [actor.name, *actor.aliases]:
            if n != entry.name and n not in entry.aliases:
                entry.aliases.append(n)
        for k in keys:
            self.by_key.setdefault(k, set()).add(idx)
        return idx


def score_linking(group: list[tuple[seesaw.Article, list[Actor]]], out: LinkScores) -> None:
    """Link a triplet's actors as the store would, and compare with the annotated entities."""
    reg = _Registry()
    # entity name -> {document index: stored ids of the actors matching it}
    where: dict[str, dict[int, set[int]]] = {}
    stored_entities: dict[int, set[str]] = {}
    for d, (art, actors) in enumerate(group):
        entities = [seesaw.Entity(n, [t]) for n, t in actor_entities(art)]
        for actor in actors:
            idx = reg.add(actor)
            for e in seesaw.match_entities(actor, entities):
                where.setdefault(seesaw.norm(e.name), {}).setdefault(d, set()).add(idx)
                stored_entities.setdefault(idx, set()).add(seesaw.norm(e.name))
    for per_doc in where.values():
        docs = sorted(per_doc)
        for i, a in enumerate(docs):
            for b in docs[i + 1 :]:
                out.pairs += 1
                out.linked += bool(per_doc[a] & per_doc[b])
    out.stored += len(stored_entities)
    out.wrong.extend(
        f"{reg.entries[i].name} = {' + '.join(sorted(names))}"
        for i, names in stored_entities.items()
        if len(names) > 1
    )


def report(scores: ActorScores) -> str:
    lines = [
        f"articles {len(scores.articles)}, annotated actors {scores.entities}",
        f"found       {scores.found_rate:.3f} ({scores.found}/{scores.entities})",
        f"wrong joins {scores.wrong_join_rate:.3f} ({scores.wrong_joins})",
    ]
    for t, (h, n) in scores.by_type().items():
        lines.append(f"  {t:<13} {h / n if n else 0:.3f} ({h}/{n})")
    link = scores.linking
    lines.append(
        f"across documents: linked {link.link_rate:.3f} ({link.linked}/{link.pairs} entity pairs), "
        f"wrong merges {link.wrong_rate:.3f} ({len(link.wrong)}/{link.stored} stored actors)"
    )
    return "\n".join(lines)
