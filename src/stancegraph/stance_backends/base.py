"""What every stance backend shares: the interface, the actor index over tokens, contexts."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Protocol

from ..targets import TargetMatch
from ..types import Document, Paragraph, Relation, Span, Stance, Statement

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


@dataclass
class TargetContext:
    """One target phrase inside one statement, with the parse around it."""

    doc: Document
    para: Paragraph
    sent: SpacySpan
    statement: Statement
    match: TargetMatch
    # The document's actor index, when the caller has built it (a backend builds it otherwise).
    index: ActorIndex | None = None

    @property
    def tokens(self) -> SpacySpan:
        return self.para.doc[self.match.start : self.match.end]


@dataclass
class MentionRef:
    """An actor mention as a token range of one paragraph."""

    actor: str
    start: int
    end: int
    # What root() and chars() found: a sentence's mentions are built once per document
    # (ActorIndex.mentions) and several readings ask.
    _root: Token | None = field(default=None, repr=False, compare=False)
    _chars: Span | None = field(default=None, repr=False, compare=False)

    def root(self, para: Paragraph) -> Token:
        if self._root is None:
            self._root = para.doc[self.start : self.end].root
        return self._root

    def chars(self, para: Paragraph) -> Span:
        """The mention's character span in the document."""
        if self._chars is None:
            self._chars = para.span_of(para.doc[self.start : self.end])
        return self._chars


@dataclass
class ActorIndex:
    """Which actor each parsed token refers to, built once per document."""

    doc: Document
    by_para: list[dict[int, str]] = field(default_factory=list)
    # mentions() by (paragraph, sentence's token range): backends ask for each sentence's
    # mentions several times.
    _mentions: dict[tuple[int, int, int], list[MentionRef]] = field(default_factory=dict, repr=False,
                                                               compare=False)

    @classmethod
    def build(cls, doc: Document) -> ActorIndex:
        index = cls(doc, [{} for _ in doc.paragraphs])
        for actor in doc.actors:
            for m in actor.mentions:
                for pi, para in enumerate(doc.paragraphs):
                    if para.start <= m.span[0] < para.end:
                        span = para.char_span(m.span)
                        if span is not None:
                            for tok in span:
                                # A longer mention already placed wins over a nested one.
                                index.by_para[pi].setdefault(tok.i, actor.id)
                        break
        return index

    def actor_of(self, pi: int, tok: Token) -> str | None:
        return self.by_para[pi].get(tok.i)

    @cached_property
    def kinds(self) -> dict[str, str]:
        """Actor id -> kind ("person", "organization", ...)."""
        return {a.id: a.kind for a in self.doc.actors}

    def mentions(self, pi: int, sent: SpacySpan) -> list[MentionRef]:
        """Maximal runs of tokens linked to one actor inside a sentence (the same list on
        every call: do not change it)."""
        key = (pi, sent.start, sent.end)
        memo = self._mentions.get(key)
        if memo is not None:
            return memo
        out: list[MentionRef] = []
        table = self.by_para[pi]
        cur: MentionRef | None = None
        for i in range(sent.start, sent.end):  # token indices: no Token objects needed
            aid = table.get(i)
            if aid is not None and cur is not None and cur.actor == aid and cur.end == i:
                cur.end = i + 1
            elif aid is not None:
                cur = MentionRef(aid, i, i + 1)
                out.append(cur)
            else:
                cur = None
        self._mentions[key] = out
        return out


def text_of(doc: Document, para: Paragraph, span: SpacySpan) -> str:
    """A parsed span's text, sliced from the document's: each paragraph was parsed from
    exactly its stretch of it, and spaCy builds ``Span.text`` token by token."""
    return doc.slice(para.span_of(span))


def sentences_of(doc: Document, span: Span) -> Iterator[tuple[int, Paragraph, SpacySpan]]:
    """The parsed sentences overlapping a character span."""
    for pi, para in enumerate(doc.paragraphs):
        if para.end <= span[0] or para.start >= span[1]:
            continue
        for sent in para.doc.sents:
            s, e = para.start + sent.start_char, para.start + sent.end_char
            if s < span[1] and e > span[0]:
                yield pi, para, sent


class StanceBackend(Protocol):
    """One interface behind ``--stance-backend``: target stance and actor relations."""

    name: str

    def target_stance(self, ctx: TargetContext) -> Stance: ...

    def relations(self, doc: Document, index: ActorIndex) -> list[Relation]: ...


def target_stances(backend: StanceBackend, ctxs: list[TargetContext]) -> list[Stance]:
    """The backend's stance for each context, in one call where it reads them together."""
    batch = getattr(backend, "target_stances", None)
    if batch is not None:
        return list(batch(ctxs))
    return [backend.target_stance(ctx) for ctx in ctxs]
