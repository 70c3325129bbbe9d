"""The data passed between pipeline stages.

Every span is a ``(start, end)`` pair of character offsets into ``Document.text``,
end exclusive. No stage rewrites ``text``: cleaning marks what to analyse
(``body``), parsing keeps each paragraph's offset, and every later stage reports
offsets into the same string. That is what keeps highlighting, evaluation and
debugging honest.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:  # spaCy is imported lazily by the parse stage
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

Span = tuple[int, int]
ActorKind = Literal["person", "organization", "country", "group", "other"]
StatementKind = Literal["direct", "indirect", "mixed"]
StanceLabel = Literal["favor", "against", "neutral"]
Polarity = Literal["positive", "negative"]

ACTOR_KINDS: tuple[str, ...] = ("person", "organization", "country", "group", "other")
# The top-level keys of ``extract``'s JSON contract (docs/contract.md). Later
# versions may add keys; none may be renamed.
CONTRACT_KEYS: tuple[str, ...] = (
    "id", "source", "title", "published", "text", "body", "actors", "statements", "relations",
)


def content_id(text: str) -> str:
    """The document id: a hash of the text as read, so re-ingesting adds nothing."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass
class Paragraph:
    """One body paragraph and its spaCy parse; token offsets are ``start + token.idx``."""

    start: int
    end: int
    doc: SpacyDoc

    def span_of(self, tok: Token | SpacySpan) -> Span:
        """Offsets into the document text of a token or a spaCy span of this paragraph."""
        if hasattr(tok, "idx"):
            return (self.start + tok.idx, self.start + tok.idx + len(tok))
        return (self.start + tok.start_char, self.start + tok.end_char)

    def char_span(self, span: Span, alignment_mode: str = "expand") -> SpacySpan | None:
        """The spaCy span covering a document-level character span inside this paragraph."""
        s, e = max(span[0], self.start), min(span[1], self.end)
        if s >= e:
            return None
        return self.doc.char_span(s - self.start, e - self.start, alignment_mode=alignment_mode)


@dataclass
class Mention:
    """A stretch of text that refers to an actor.

    ``how`` says why it was linked: ``name``, ``surname``, ``title`` (title + name),
    ``role`` (a role noun the document licenses), ``pronoun``, ``place`` (a
    capital or country used as an actor), ``org``, ``document`` (a letter or a
    statement standing for its author).
    """

    span: Span
    how: str = "name"


@dataclass
class Actor:
    id: str
    name: str
    kind: str = "other"
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    # Context used for linking across documents: role, organization, country, wikidata id.
    attrs: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "aliases": list(self.aliases),
            "mentions": [list(m.span) for m in sorted(self.mentions, key=lambda m: m.span)],
        }


@dataclass
class Stance:
    target: str
    label: str
    score: float
    evidence: Span | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "target": self.target,
            "label": self.label,
            "score": round(self.score, 3),
            "evidence": list(self.evidence) if self.evidence else None,
        }


@dataclass
class TimeExpr:
    """A temporal expression of a statement (``temporal.py``).

    ``value`` is the normalized time at ``granularity``: ``YYYY-MM-DD`` (day),
    ``YYYY-Www`` (ISO week), ``YYYY-MM`` (month), ``YYYY`` (year) or
    ``YYYY-MM-DDTHH:MM`` (time); None when it cannot be resolved (a relative
    expression in a document without a publication date, or one no parser reads).
    ``role`` is ``said`` (when the words were said: the cue's clause) or
    ``content`` (a time the statement talks about).
    """

    span: Span
    text: str
    value: str | None
    granularity: str | None
    role: str = "content"

    def to_json(self) -> dict[str, Any]:
        return {
            "span": list(self.span),
            "text": self.text,
            "value": self.value,
            "granularity": self.granularity,
            "role": self.role,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TimeExpr:
        """The inverse of ``to_json``."""
        s, e = data["span"]
        return cls((int(s), int(e)), data["text"], data["value"], data["granularity"], data["role"])


@dataclass
class Statement:
    kind: str
    content: Span
    cue: Span | None = None
    speaker: Span | None = None
    actor: str | None = None
    stances: list[Stance] = field(default_factory=list)
    # Temporal expressions in the content and the cue's clause (temporal.py).
    times: list[TimeExpr] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "content": list(self.content),
            "cue": list(self.cue) if self.cue else None,
            "speaker": list(self.speaker) if self.speaker else None,
            "actor": self.actor,
            "stances": [s.to_json() for s in self.stances],
            "times": [t.to_json() for t in self.times],
        }


# What a relation's polarity rests on (``Relation.basis``), in the order the rules weigh them. The
# rules backend's score for each is the precision that basis reaches on SEESAW train
# (docs/stance.md), so a user can keep the firm readings and drop the guesses.
RELATION_BASES: dict[str, str] = {
    "word": "a stance word joins the two (criticized, praised, ally of)",
    "evaluation": "the speaker's words evaluate the object (a corrupt liar)",
    "path": "a stance word on the way from the holder's verb to the object",
    "tone": "the tone of the holder's clause",
    "pair": "the pair's readings elsewhere in the document (here the subject only holds forth about it)",
    "default": "nothing but who holds forth about whom: negative, as news reports disputes more than praise",
    "carried": "the speaker's evaluation names no one: aimed at the actor of the sentence before",
    "affiliation": "a relation of a person who speaks for the organization",
    "target": "the speaker's stance on a target, read in this sentence",
    "model": "the learned backend's decision",
    "nli": "the NLI model's entailment",
}


@dataclass
class Relation:
    subject: str
    object: str
    polarity: str
    sentence: Span
    evidence: Span
    # How strongly the evidence supports the polarity (0-1) and what it rests on (a key of
    # ``RELATION_BASES``); None for relations stored before they were kept.
    score: float | None = None
    basis: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "subject": self.subject,
            "object": self.object,
            "polarity": self.polarity,
            "sentence": list(self.sentence),
            "evidence": list(self.evidence),
            "score": self.score,
            "basis": self.basis,
        }


@dataclass
class Document:
    """A document as it moves through the pipeline.

    ``text`` is never changed after reading. Stages fill the other fields in order:
    clean (``body``, ``title``, ``published``), parse (``paragraphs``), actors,
    statements, stance (``statements[*].stances``, ``relations``).
    """

    text: str
    source: str = "<text>"
    id: str = ""
    title: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    body: list[Span] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    # Reader metadata (url, outlet, format, declared title/date) that cleaning may use.
    meta: dict[str, Any] = field(default_factory=dict)
    # Runtime only, never serialized.
    paragraphs: list[Paragraph] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_id(self.text)

    def slice(self, span: Span | list[int] | None) -> str:
        return "" if span is None else self.text[span[0] : span[1]]

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def actor_at(self, span: Span) -> Actor | None:
        """The actor with a mention overlapping ``span`` (the longest overlap wins)."""
        best: tuple[int, Actor | None] = (0, None)
        for a in self.actors:
            for m in a.mentions:
                ov = min(m.span[1], span[1]) - max(m.span[0], span[0])
                if ov > best[0]:
                    best = (ov, a)
        return best[1]

    def sentences(self) -> Iterator[tuple[Paragraph, SpacySpan]]:
        for para in self.paragraphs:
            for sent in para.doc.sents:
                yield para, sent

    def in_body(self, span: Span) -> bool:
        return any(s <= span[0] and span[1] <= e for s, e in self.body)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "title": self.title,
            "published": self.published,
            "text": self.text,
            "body": [list(s) for s in self.body],
            "actors": [a.to_json() for a in self.actors],
            "statements": [s.to_json() for s in self.statements],
            "relations": [r.to_json() for r in self.relations],
        }


# A stage takes a document and returns it, filled in further. Stages that gain
# from batching (the parser) may also offer ``pipe(docs) -> Iterator[Document]``.
Stage = Callable[[Document], Document]
