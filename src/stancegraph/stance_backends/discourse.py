"""Relation candidates beyond the sentence, as dense features for the learned backend.

News stance is discourse-level: "'That sounds like a political move,' he said" holds
the speaker's position toward the agency the paragraph is about, named a sentence
earlier. So a sentence's candidates are ordered pairs of the document's actors, not
only those named in it: the holder is an actor mentioned in the sentence or the
speaker of a statement covering it (or of the quote running on); the object is an
actor of the sentence, of the last few sentences, of the title or of the document's
most-mentioned ones.

Each pair is described by numbers a tree ensemble can weigh: whether and how each
side is mentioned in the sentence, how many sentences since each was last named,
how often and how early the document names it, whether the title names it, whether
it speaks here, the rules backend's reading of the pair here, nearby and across the
document, the sentence's tone and lexicon polarity, and, when both sides are in the
sentence, the dependency path between them. The feature names are ``FEATURES``, in
column order.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from ..types import Document, Paragraph, Relation, Span
from .base import ActorIndex, MentionRef
from .rules import settle

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from .rules import RulesBackend


class SentenceReader(Protocol):
    """The dependency facts of one sentence, cached (``learned.SentenceParse``)."""

    def path(self, a: Token, b: Token) -> tuple[list[str], Token | None]: ...

    def top(self, top: Token) -> tuple[str, str, str, str]: ...

    def between(self, lo: int, hi: int) -> tuple[list[str], str, float]: ...

    def words(self, lo: int, hi: int) -> list[tuple[str, str, int, int, int]]: ...

    tone: float
    question: bool
    text: str


class Parses(Protocol):
    """What reads a document's sentences (``learned.FeatureMaker``): the rules backend, and
    each sentence's cached parse facts, shared with the pair model's features."""

    rules: RulesBackend

    def sentence(self, doc: Document, para: Paragraph, sent: SpacySpan) -> SentenceReader: ...

# How far back (in sentences) an actor stays an object candidate after it was last named,
# and how many of the document's most-mentioned actors are object candidates everywhere.
# SEESAW dev when chosen: with recent and main actors as holders too, these reached 93% of
# the gold triples whose two entities the actors stage finds.
RECENT = 3
TOP_OBJECTS = 4
FAR = 20  # the distance given when an actor is named nowhere before (or after)
QUOTES = ('"', "“", "”")
KINDS = ("person", "organization", "country", "group")
SIDES = {"nsubj": 1, "nsubjpass": 2, "dobj": 3, "pobj": 4, "poss": 5, "appos": 6, "conj": 7,
         "compound": 8, "attr": 9}
HOWS = ("name", "pronoun", "role", "surname", "title")

_SIDE_FEATURES = (
    "in", "n_here", "dist_prev", "dist_next", "count", "rank", "frac", "first", "title",
    "speaks", "speaks_named", "last_speaker", "subject", "object", "side",
    *(f"how_{h}" for h in HOWS), *(f"kind_{k}" for k in KINDS),
    "holds_rule", "gets_rule",
)
FEATURES: tuple[str, ...] = (
    "tone", "lex_sum", "lex_pos", "lex_neg", "quoted", "question", "n_actors", "n_tokens",
    "position", "n_speakers", "covered",
    *(f"a_{f}" for f in _SIDE_FEATURES), *(f"b_{f}" for f in _SIDE_FEATURES),
    "both_in", "cooc", "cooc_before", "says_about", "rule_here", "rule_w_here", "rule_back_here",
    "vote", "back_vote", "rule_near", "rule_prev", "pair_count_near",
    "says_count", "readings", "back_readings", "pair_rank",
    "path_len", "top_pol", "top_neg", "between_pol", "between_tone", "a_before_b", "token_dist",
)
N_FEATURES = len(FEATURES)
# The path columns of a pair not both named in the sentence, or with no path between them.
NO_PATH: tuple[float, ...] = (-1.0, 0.0, 0.0, 0.0, 0.0, 0.0, -1.0)
# The rules-reading columns (rule_here to rule_prev) of a pair the rules never read.
_UNREAD = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)


@dataclass
class Sentence:
    pi: int
    para: Paragraph
    sent: SpacySpan
    span: Span
    mentions: dict[str, list[MentionRef]]


@dataclass
class PairCandidate:
    """One ordered pair of actors in one sentence (its features: ``DocumentFacts.rows``)."""

    ordinal: int
    sentence: Span
    subject: str
    object: str
    evidence: Span


def _sign(polarity: str) -> int:
    return 1 if polarity == "positive" else -1


class DocumentFacts:
    """What the pairs of one document share: sentences, who is named where, who speaks
    where, and the rules backend's readings."""

    def __init__(self, doc: Document, index: ActorIndex, parses: Parses,
                 found: list[tuple[Relation, float]] | None = None) -> None:
        self.doc = doc
        self.parses = parses
        self.sentences: list[Sentence] = []
        for pi, para in enumerate(doc.paragraphs):
            for sent in para.doc.sents:
                by_actor: dict[str, list[MentionRef]] = {}
                for m in index.mentions(pi, sent):
                    by_actor.setdefault(m.actor, []).append(m)
                self.sentences.append(Sentence(pi, para, sent, para.span_of(sent), by_actor))
        n = len(self.sentences)
        self.ordinal_of = {s.span: i for i, s in enumerate(self.sentences)}
        # Where each actor is named (sentence ordinals, in order), how often, its rank.
        self.named: dict[str, list[int]] = {}
        for i, s in enumerate(self.sentences):
            for a in s.mentions:
                self.named.setdefault(a, []).append(i)
        counts = {a: sum(len(self.sentences[i].mentions[a]) for i in ords) for a, ords in self.named.items()}
        self.count = counts
        ranked = sorted(counts, key=lambda a: (-counts[a], self.named[a][0]))
        self.rank = {a: r for r, a in enumerate(ranked)}
        self.max_count = max(counts.values(), default=1)
        self.top_objects = ranked[:TOP_OBJECTS]
        self.kind = index.kinds
        self.in_title = self._title_actors(doc)
        # Speakers of statements covering each sentence; those whose speaker span is in it.
        self.speakers: list[list[str]] = [[] for _ in range(n)]
        self.speakers_named: list[set[str]] = [set() for _ in range(n)]
        self.says_about: set[tuple[int, str, str]] = set()
        self.says_count: dict[tuple[str, str], int] = {}
        stmts = [st for st in doc.statements if st.actor]
        for i, s in enumerate(self.sentences):
            s0, s1 = s.span
            for st in stmts:
                c0, c1 = st.content
                if c0 < s1 and s0 < c1:
                    assert st.actor is not None
                    if st.actor not in self.speakers[i]:
                        self.speakers[i].append(st.actor)
                    for b, ms in s.mentions.items():
                        if any(c0 <= m.chars(s.para)[0] and m.chars(s.para)[1] <= c1 for m in ms):
                            self.says_about.add((i, st.actor, b))
                if st.speaker is not None and s0 <= st.speaker[0] < s1:
                    self.speakers_named[i].add(st.actor)  # type: ignore[arg-type]
        for _i, a, b in self.says_about:
            self.says_count[(a, b)] = self.says_count.get((a, b), 0) + 1
        # The latest speaker at each sentence, and when it last spoke.
        self.last_speaker: list[str | None] = []
        last: tuple[str, int] | None = None
        for i in range(n):
            if self.speakers[i]:
                last = (self.speakers[i][-1], i)
            self.last_speaker.append(last[0] if last and i - last[1] <= RECENT else None)
        # The rules' readings: settled polarity per (ordinal, a, b), signed weights per
        # ordinal and pair, and per pair over the document.
        if found is None:
            found = parses.rules.readings(doc, index)
        self.rule: dict[tuple[int, str, str], int] = {}
        for rel in settle(list(found)):
            at = self.ordinal_of.get(rel.sentence)
            if at is not None:
                self.rule[(at, rel.subject, rel.object)] = _sign(rel.polarity)
        self.rule_w: dict[tuple[int, str, str], float] = {}
        self.vote: dict[tuple[str, str], float] = {}
        self.holds: dict[tuple[int, str], float] = {}
        self.readings: dict[tuple[str, str], int] = {}
        self.gets: dict[tuple[int, str], float] = {}
        for rel, w in found:
            at = self.ordinal_of.get(rel.sentence)
            if at is None:
                continue
            sw = _sign(rel.polarity) * (w + 0.25)  # a weight-0 reading still says something
            key = (at, rel.subject, rel.object)
            if abs(sw) > abs(self.rule_w.get(key, 0.0)):
                self.rule_w[key] = sw
            self.vote[(rel.subject, rel.object)] = self.vote.get((rel.subject, rel.object), 0.0) + sw
            self.readings[(rel.subject, rel.object)] = self.readings.get((rel.subject, rel.object), 0) + 1
            self.holds[(at, rel.subject)] = self.holds.get((at, rel.subject), 0.0) + sw
            self.gets[(at, rel.object)] = self.gets.get((at, rel.object), 0.0) + sw
        self._both: dict[tuple[str, str], list[int]] = {}
        self._extents: dict[tuple[int, str], Span | None] = {}
        # Pairs named together, most often first: the document's main oppositions.
        together: dict[tuple[str, str], int] = {}
        for here in self.sentences:
            names = sorted(here.mentions)
            for x, a in enumerate(names):
                for b in names[x + 1 :]:
                    together[(a, b)] = together.get((a, b), 0) + 1
        self.pair_rank = {k: r for r, k in enumerate(sorted(together, key=lambda k: -together[k]))}

    def _title_actors(self, doc: Document) -> dict[str, None]:
        # Ordered (the document's actor order), not a set: candidates are made in this
        # order, and a set's order changes with the interpreter's hash seed.
        title = (doc.title or "").lower()
        out: dict[str, None] = {}
        if not title:
            return out
        for a in doc.actors:
            for name in (a.name, *a.aliases):
                n = name.lower().strip()
                if len(n) > 2 and re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", title):
                    out[a.id] = None
                    break
        return out

    # --- candidates ----------------------------------------------------------------------

    def pairs(self) -> Iterator[tuple[int, str, str]]:
        """Each sentence's candidate (holder, object) pairs. Holders are named in the sentence
        or speak there (a statement covers it, or the latest speaker's quote runs on): on
        SEESAW dev the model found no triple of a holder who does neither (recent or main
        actors as holders reach some 50 gold triples, but at one in ten)."""
        for i, s in enumerate(self.sentences):
            here = list(s.mentions)
            recent = [a for a in self._recent(i) if a not in s.mentions]
            latest = self.last_speaker[i]
            holders = dict.fromkeys([*here, *self.speakers[i], *([latest] if latest else [])])
            objects = dict.fromkeys([*here, *recent, *self.top_objects, *self.in_title])
            for a in holders:
                for b in objects:
                    if a != b:
                        yield i, a, b

    def _recent(self, i: int) -> list[str]:
        """The actors named in the RECENT sentences before sentence ``i``."""
        out: dict[str, None] = {}
        for j in range(max(0, i - RECENT), i):
            out.update(dict.fromkeys(self.sentences[j].mentions))
        return list(out)

    def candidates(self) -> Iterator[PairCandidate]:
        for i, a, b in self.pairs():
            s = self.sentences[i]
            ea, eb = self._extent(i, a), self._extent(i, b)
            evidence = (min(ea[0], eb[0]), max(ea[1], eb[1])) if ea and eb else ea or eb or s.span
            yield PairCandidate(i, s.span, a, b, evidence)

    def _extent(self, i: int, a: str) -> Span | None:
        """From the first character of actor ``a``'s mentions in sentence ``i`` to the last."""
        key = (i, a)
        if key not in self._extents:
            s = self.sentences[i]
            spans = [m.chars(s.para) for m in s.mentions.get(a, ())]
            self._extents[key] = (min(x for x, _ in spans), max(y for _, y in spans)) if spans else None
        return self._extents[key]

    def sentence_text(self, i: int) -> str:
        s0, s1 = self.sentences[i].span
        return self.doc.text[s0:s1]

    def mention_spans(self, i: int, a: str) -> tuple[Span, ...]:
        """Where actor ``a`` is named in sentence ``i``: character spans in its text."""
        s = self.sentences[i]
        s0 = s.span[0]
        return tuple((c0 - s0, c1 - s0) for c0, c1 in (m.chars(s.para) for m in s.mentions.get(a, ())))

    # --- features ------------------------------------------------------------------------

    def rows(self, cands: Sequence[PairCandidate]) -> NDArray[np.float64]:
        """The candidates' feature rows (``FEATURES``) as one matrix. A sentence's columns
        and each side's are made once per sentence and per side and gathered: a document's
        candidates share a few dozen of each, and copying lists of floats into rows, then
        rows into an array, cost more than making them."""
        import numpy as np

        out = np.empty((len(cands), N_FEATURES))
        if not cands:
            return out
        at_sent: dict[int, int] = {}
        at_side: dict[tuple[int, str], int] = {}
        si = [at_sent.setdefault(c.ordinal, len(at_sent)) for c in cands]
        ai = [at_side.setdefault((c.ordinal, c.subject), len(at_side)) for c in cands]
        bi = [at_side.setdefault((c.ordinal, c.object), len(at_side)) for c in cands]
        sent = np.array([self._sentence_row(i) for i in at_sent])
        side = np.array([self._side_row(i, a) for i, a in at_side])
        n_sent, n_side = sent.shape[1], side.shape[1]
        out[:, :n_sent] = sent[si]
        out[:, n_sent : n_sent + n_side] = side[ai]
        out[:, n_sent + n_side : n_sent + 2 * n_side] = side[bi]
        out[:, n_sent + 2 * n_side :] = [self._pair_row(c.ordinal, c.subject, c.object) for c in cands]
        return out

    def row(self, i: int, a: str, b: str) -> list[float]:
        """The feature row of actor ``a`` toward ``b`` in sentence ``i``."""
        span = self.sentences[i].span
        return [float(x) for x in self.rows([PairCandidate(i, span, a, b, span)])[0]]

    def _pair_row(self, i: int, a: str, b: str) -> list[float]:
        """The columns of the pair itself, after the sentence's and the two sides'."""
        s = self.sentences[i]
        both = self._together(a, b)
        # Sentences naming both, before this one and among the RECENT before it.
        before = bisect_left(both, i)
        pair_near = before - bisect_left(both, i - RECENT)
        row = [float(a in s.mentions and b in s.mentions), float(len(both)), float(before),
               float((i, a, b) in self.says_about)]
        if (a, b) in self.readings or (b, a) in self.readings:
            rule_w = self.rule_w
            near = [rule_w.get((j, a, b), 0.0) for j in range(i - 2, i + 3) if j != i]
            row += [
                float(self.rule.get((i, a, b), 0)), rule_w.get((i, a, b), 0.0), rule_w.get((i, b, a), 0.0),
                self.vote.get((a, b), 0.0), self.vote.get((b, a), 0.0),
                sum(near), rule_w.get((i - 1, a, b), 0.0),
            ]
        else:
            row += _UNREAD  # most pairs: the rules read them nowhere in the document
        row += (float(pair_near), float(self.says_count.get((a, b), 0)),
                float(self.readings.get((a, b), 0)), float(self.readings.get((b, a), 0)),
                float(self.pair_rank.get((a, b) if a < b else (b, a), FAR)))
        row += self._path_row(i, a, b)
        return row

    def _together(self, a: str, b: str) -> list[int]:
        """The sentences naming both actors."""
        key = (a, b) if a < b else (b, a)
        got = self._both.get(key)
        if got is None:
            with_b = set(self.named.get(b, []))
            got = self._both[key] = [j for j in self.named.get(a, []) if j in with_b]
        return got

    def _sentence_row(self, i: int) -> list[float]:
        s = self.sentences[i]
        sp = self.parses.sentence(self.doc, s.para, s.sent)
        pols = [p for _lem, _pos, p, _c0, _c1 in sp.words(s.sent.start, s.sent.end)]
        return [
            sp.tone, float(sum(pols)), float(sum(1 for p in pols if p > 0)),
            float(sum(1 for p in pols if p < 0)), float(any(q in sp.text for q in QUOTES)),
            float(sp.question), float(len(s.mentions)), float(len(s.sent)),
            i / max(1, len(self.sentences) - 1), float(len(self.speakers[i])),
            float(bool(self.speakers[i])),
        ]

    def _side_row(self, i: int, a: str) -> list[float]:
        key = (i, a)
        s = self.sentences[i]
        ms = s.mentions.get(a, [])
        ords = self.named.get(a, [])
        before = [o for o in ords if o < i]
        after = [o for o in ords if o > i]
        hows = {self._how(s, m) for m in ms}
        roots = [m.root(s.para) for m in ms]
        deps = [_role(r) for r in roots]
        side = next((SIDES[d] for d in deps if d in SIDES), 0)
        kind = self.kind.get(a, "other")
        return [
            float(bool(ms)), float(len(ms)), float(i - before[-1] if before else FAR),
            float(after[0] - i if after else FAR), float(self.count.get(a, 0)),
            float(self.rank.get(a, FAR)), self.count.get(a, 0) / self.max_count,
            float(ords[0] if ords else FAR), float(a in self.in_title),
            float(a in self.speakers[i]), float(a in self.speakers_named[i]),
            float(self.last_speaker[i] == a),
            float(any(d in ("nsubj", "nsubjpass") for d in deps)),
            float(any(d in ("dobj", "pobj") for d in deps)), float(side),
            *(float(h in hows) for h in HOWS), *(float(kind == k) for k in KINDS),
            self.holds.get(key, 0.0), self.gets.get(key, 0.0),
        ]

    def _how(self, s: Sentence, m: MentionRef) -> str:
        span = m.chars(s.para)
        actor = self.doc.actor(m.actor)
        if actor is None:
            return "name"
        for mention in actor.mentions:
            if mention.span[0] <= span[0] < mention.span[1] or span[0] <= mention.span[0] < span[1]:
                return mention.how
        return "name"

    def _path_row(self, i: int, a: str, b: str) -> Sequence[float]:
        """The shortest dependency path between the two actors' mentions: its length, the
        polarity and negation of the word at its top, the words between the two (``NO_PATH``
        unless both are named in the sentence)."""
        s = self.sentences[i]
        if a not in s.mentions or b not in s.mentions:
            return NO_PATH
        sp = self.parses.sentence(self.doc, s.para, s.sent)
        best: tuple[int, Token, Token, Token] | None = None
        for ma in s.mentions[a]:
            ra = ma.root(s.para)
            for mb in s.mentions[b]:
                rb = mb.root(s.para)
                path, top = sp.path(ra, rb)
                if top is not None and (best is None or len(path) < best[0]):
                    best = (len(path), ra, rb, top)
        if best is None:
            return NO_PATH
        n, ra, rb, top = best
        _lemma, _pos, pol, neg = sp.top(top)
        lo, hi = sorted((ra.i, rb.i))
        _words, between, tone = sp.between(lo, hi)
        return [float(n), float(pol), float(neg == "True"), float(between), tone,
                float(ra.i < rb.i), float(hi - lo)]


def _role(tok: Token) -> str:
    """The role of a mention in its clause, climbing through its noun phrase."""
    cur = tok
    for _ in range(4):
        if cur.dep_ in ("compound", "amod") and cur.head.i != cur.i:
            cur = cur.head
            continue
        break
    return cur.dep_


