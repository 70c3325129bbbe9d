"""Stance stage: positions on configured targets, and actors' positions toward each other.

Runs after actors and statements. For every statement, each configured target
phrase inside its content (or inside its sentence, when the content is only a
pronoun) gets one ``Stance`` per target; the document gets ``Relation``s between
actors. The work is done by a backend chosen in the config (``rules`` by default;
see ``stance_backends``); this module only finds where targets are mentioned.
"""

from __future__ import annotations

from .config import Config
from .stance_backends import ActorIndex, StanceBackend, TargetContext, check_config, make_backend
from .stance_backends.base import sentences_of, target_stances
from .targets import Target, TargetMatcher, load_targets
from .types import Document, Relation, Span, Stance, Statement

# Words in a content that may stand for a target named elsewhere in the sentence.
REFERRING_PRONOUNS = frozenset({"it", "this", "that", "them", "they", "so", "such", "these", "those"})


class StanceTagger:
    """Attach target stances to statements and actor relations to the document."""

    name = "stance"

    def __init__(self, config: Config | None = None, targets: list[Target] | None = None) -> None:
        self.config = config or Config()
        check_config(self.config)  # a wrong backend stops the run before the first document
        if targets is None and self.config.targets_path is not None:
            targets = load_targets(self.config.targets_path)
        self.targets: list[Target] = targets or []
        self.matcher = TargetMatcher(self.targets)
        self._backend: StanceBackend | None = None

    @property
    def backend(self) -> StanceBackend:
        if self._backend is None:
            self._backend = make_backend(self.config)
        return self._backend

    def __call__(self, doc: Document) -> Document:
        if not doc.paragraphs:
            return doc
        index = ActorIndex.build(doc)
        if self.targets:
            # Every target mention of the document read in one call: a learned backend scores
            # them as one matrix.
            per_statement = [(st, self.contexts(doc, st, index)) for st in doc.statements]
            read = iter(target_stances(self.backend, [c for _st, ctxs in per_statement for c in ctxs]))
            for st, ctxs in per_statement:
                st.stances = self._strongest([next(read) for _ in ctxs])
        doc.relations = self.backend.relations(doc, index)
        doc.relations.extend(self.target_relations(doc))
        return doc

    def target_relations(self, doc: Document) -> list[Relation]:
        """A speaker's favor/against on a target, as a relation whose object is the target name."""
        out: list[Relation] = []
        seen: set[tuple[str, str, Span]] = set()
        for st in doc.statements:
            if not st.actor:
                continue
            for stance in st.stances:
                if stance.label == "neutral" or stance.evidence is None:
                    continue
                sent = next((para.span_of(s) for _pi, para, s in sentences_of(doc, stance.evidence)), None)
                if sent is None or (st.actor, stance.target, sent) in seen:
                    continue
                seen.add((st.actor, stance.target, sent))
                polarity = "positive" if stance.label == "favor" else "negative"
                out.append(Relation(st.actor, stance.target, polarity, sent, stance.evidence,
                                    stance.score, "target"))
        return out

    def contexts(self, doc: Document, st: Statement, index: ActorIndex | None = None) -> list[TargetContext]:
        """Each target phrase the statement's content mentions, with its parse."""
        out: list[TargetContext] = []
        c0, c1 = st.content
        for _pi, para, sent in sentences_of(doc, st.content):
            s0, s1 = para.start + sent.start_char, para.start + sent.end_char
            inside = para.char_span((max(c0, s0), min(c1, s1)))
            region = inside if inside is not None else sent
            found = self.matcher.find(region)
            if not found and any(t.lower_ in REFERRING_PRONOUNS for t in region):
                found = self.matcher.find(sent)  # "we will consider it": the referent is in the sentence
            for m in found:
                out.append(TargetContext(doc, para, sent, st, m, index))
        return out

    def statement_stances(self, doc: Document, st: Statement) -> list[Stance]:
        """One stance per target: the strongest reading among its mentions."""
        return self._strongest(target_stances(self.backend, self.contexts(doc, st)))

    def _strongest(self, stances: list[Stance]) -> list[Stance]:
        best: dict[str, Stance] = {}
        for stance in stances:
            prev = best.get(stance.target)
            if prev is None or _rank(stance) > _rank(prev):
                best[stance.target] = stance
        return [best[t.name] for t in self.targets if t.name in best]


def _rank(s: Stance) -> tuple[bool, float]:
    return (s.label != "neutral", s.score)
