"""The optional learned attribution model, trained on PolNeAR (``stancegraph train attribution``).

Two learned parts over the rules:

1. A linear-chain CRF (``attribution_tagger``) tags every paragraph token by token
   as content, cue or source, from parse features and what the rules said of each
   token. It proposes content spans of its own.
2. An arbiter (logistic regression) scores every candidate statement: those of the
   rules, those of the open lexicon (every verb in every role, the old learned
   filter's candidates) and those of the CRF, from where it came, its rule and cue
   word, and how confident the CRF is over its span and at its edges (the CRF's
   marginal probabilities). Candidates are taken best first above a threshold;
   one that overlaps a taken one is a duplicate.

Cues and speakers come from the statement that proposed the content (rules first);
then ``_settle_speakers`` mends the speakers of contents the rules never framed
(signed quotations, transcript labels, "in a statement" frames, speakers the CRF
doubts or that are missing). Training cross-fits: the CRF that scores a
training text for the arbiter never saw it (two folds), and the threshold is the one
with the best content F1 on out-of-fold scores. Models are build outputs, never
committed; scikit-learn and python-crfsuite come with the ``eval`` extra.

The statements stage uses the model named by ``Config.attribution_model``
(``--attribution-model`` on ``extract``, ``ingest`` and ``eval attribution``;
``learned_pipeline`` from Python).
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .attribution_tagger import (
    LABEL_ID,
    LABELS,
    AttributionTagger,
    _Marks,
    decode,
    gold_labels,
    paragraph_features,
    rule_marks,
    train_crf,
)
from .config import Config
from .model_file import load_model, save_model, sklearn_classes
from .pipeline import Pipeline
from .statements import (
    _FIRST_WORDS,
    content_pieces,
    cue_class,
    find_statements,
    load_cues,
    open_cues,
    signature,
)
from .types import Document, Paragraph, Span, Statement

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

    from .evaluate.polnear import GoldAttribution, PolnearDoc

FORMAT = "stancegraph-attribution-model/2"
# Inverse regularization of the arbiter.
C_REG = 0.5
# CRF training: L-BFGS iterations (50 on 840 train texts: dev content F1 0.732; 300 texts 0.729).
CRF_ITERATIONS = 50
# A candidate sharing this much (character Jaccard) with a taken one is its duplicate
# (0.2 beat 0.3 and 0.5 on out-of-fold train scores).
DUPLICATE_JACCARD = 0.2
# A chosen statement's speaker the CRF gives less source probability than this yields
# to the source the CRF tagged nearest the cue (dev speakers right, 150-text model:
# 1431 at 0 (never), 1439 at 0.1, 1438 at 0.2 and 0.3, 1434 at 0.5, of 1575).
SPEAKER_DOUBT = 0.2
# Which tagger's sources settle doubtful or missing speakers, when the model has both.
SPEAKER_TAGGER = "crf"
THRESHOLDS = tuple(round(0.2 + 0.05 * i, 2) for i in range(13))


def _sklearn() -> tuple[Any, Any]:
    return sklearn_classes("eval", "the attribution model")


@dataclass
class Candidate:
    statement: Statement
    sources: set[str]
    how: str = ""
    lemma: str = ""
    pieces: tuple[Span, ...] = ()


@dataclass
class _Probs:
    """Per paragraph, per token: the CRF's marginal probability of content, its start, cue, source."""

    content: list[list[float]]
    begin: list[list[float]]
    cue: list[list[float]]
    source: list[list[float]]
    tags: list[list[str]]


def crf_probs(tagger: Any, feats: list[list[list[str]]]) -> _Probs:
    out = _Probs([], [], [], [], [])
    known = set(tagger.labels())

    def m(label: str, i: int) -> float:
        # A label never seen in training (a tiny split) has no probability.
        return float(tagger.marginal(label, i)) if label in known else 0.0

    for f in feats:
        if not f:
            for lst in (out.content, out.begin, out.cue, out.source, out.tags):
                lst.append([])
            continue
        out.tags.append(list(tagger.tag(f)))
        n = len(f)

        out.begin.append([m("B-C", i) for i in range(n)])
        out.content.append([out.begin[-1][i] + m("I-C", i) for i in range(n)])
        out.cue.append([m("B-Q", i) + m("I-Q", i) for i in range(n)])
        out.source.append([m("B-S", i) + m("I-S", i) for i in range(n)])
    return out


def label_probs(lp: Sequence[Sequence[Sequence[float]]]) -> _Probs:
    """``_Probs`` from per-token probabilities of every label in ``LABELS`` (the encoder's)."""
    k = LABEL_ID
    out = _Probs([], [], [], [], [])
    for para in lp:
        out.begin.append([p[k["B-C"]] for p in para])
        out.content.append([p[k["B-C"]] + p[k["I-C"]] for p in para])
        out.cue.append([p[k["B-Q"]] + p[k["I-Q"]] for p in para])
        out.source.append([p[k["B-S"]] + p[k["I-S"]] for p in para])
        out.tags.append([LABELS[max(range(len(LABELS)), key=p.__getitem__)] for p in para])
    return out


def mean_label_probs(runs: Sequence[list[list[list[float]]]]) -> list[list[list[float]]]:
    """The average of several taggers' label probabilities (the fold encoders')."""
    if len(runs) == 1:
        return runs[0]
    return [
        [[sum(vals) / len(runs) for vals in zip(*toks, strict=True)] for toks in zip(*paras, strict=True)]
        for paras in zip(*runs, strict=True)
    ]


# The witnesses that tag tokens, by name: their decoded spans are candidates and their
# probabilities features ("crf_mean", "enc_mean", …).
_TAGGERS = ("crf", "enc")


def candidates(
    doc: Document,
    rules: list[Statement],
    rule_trace: dict[int, tuple[str, str]],
    witnesses: dict[str, _Probs],
) -> list[Candidate]:
    """Rule, open-lexicon and tagged (CRF, encoder) statements, one candidate per content span."""
    found: dict[tuple[Span, Span | None], Candidate] = {}

    def add(st: Statement, src: str, how: str = "", lemma: str = "") -> None:
        key = (st.content, st.cue)
        if key in found:
            found[key].sources.add(src)
            return
        c = Candidate(st, {src}, how, lemma, tuple(content_pieces(doc.text, st)))
        found[key] = c

    for st in rules:
        how, lemma = rule_trace.get(id(st), ("", ""))
        add(st, "rules", how, lemma)
    trace: list[tuple[Statement, str, str]] = []
    # The open-lexicon rules with nothing dropped: every candidate frame is a statement.
    opened = find_statements(doc, open_cues(load_cues()), trace=trace)
    how_of = {id(st): (h, lem) for st, h, lem in trace}
    for st in opened:
        h, lem = how_of.get(id(st), ("", ""))
        add(st, "open", h, lem)
    for name in _TAGGERS:
        if name in witnesses:
            for st in decode(doc, witnesses[name].tags, rules):
                add(st, name)
    # One candidate per content: a tagger's copy of a rule statement is that statement.
    by_content: dict[Span, Candidate] = {}
    for c in found.values():
        prev = by_content.get(c.statement.content)
        if prev is None:
            by_content[c.statement.content] = c
        else:
            tagged = bool(c.sources.intersection(_TAGGERS))
            keep, drop = (prev, c) if "rules" in prev.sources or tagged else (c, prev)
            keep.sources |= drop.sources
            by_content[c.statement.content] = keep
    return sorted(by_content.values(), key=lambda c: c.statement.content)


def _para_of(doc: Document, pos: int) -> int:
    for i, p in enumerate(doc.paragraphs):
        if p.start <= pos < p.end:
            return i
    return -1


def _token_range(para: Paragraph, span: Span) -> tuple[int, int] | None:
    sp = para.char_span(span)
    return (sp.start, sp.end) if sp is not None and len(sp) else None


def _mean(xs: Sequence[float]) -> float:
    return sum(xs) / len(xs) if xs else 0.0


def _bin(x: float, name: str) -> str:
    return f"{name}_bin={min(4, int(x * 5))}"


def candidate_features(doc: Document, c: Candidate, witnesses: dict[str, _Probs]) -> dict[str, Any]:
    st = c.statement
    src = "".join(s[0] for s in sorted(c.sources))
    f: dict[str, Any] = {
        "src=" + src: 1,
        "how=" + (c.how or "-"): 1,
        f"src_how={src}|{c.how or '-'}": 1,
        "lemma=" + (c.lemma or "-"): 1,
        "kind=" + st.kind: 1,
        "speaker": int(st.speaker is not None),
        "cue": int(st.cue is not None),
        "pieces": len(c.pieces),
    }
    words = len(doc.text[st.content[0] : st.content[1]].split())
    f["words_log"] = math.log1p(words) / 5
    f["words_bin=" + str(min(6, int(math.log2(words + 1))))] = 1
    pi = _para_of(doc, st.content[0])
    if pi < 0 or not any(w.content[pi] for w in witnesses.values()):
        f["no_crf"] = 1
        return f
    para = doc.paragraphs[pi]
    toks: list[int] = []
    for piece in c.pieces:
        r = _token_range(para, piece)
        if r is not None:
            toks += [i for i in range(*r) if not para.doc[i].is_punct]
    for name, probs in witnesses.items():
        if probs.content[pi]:
            _witness_features(doc, st, pi, toks, probs, name, src, f)
    f["title"] = int(pi == 0)
    _frame_shape(doc, para, st, f)
    return f


def _witness_features(
    doc: Document,
    st: Statement,
    pi: int,
    toks: list[int],
    probs: _Probs,
    name: str,
    src: str,
    f: dict[str, Any],
) -> None:
    """How sure one tagger is of the candidate: over its content, at its edges, its cue
    and its speaker (features named after the tagger)."""
    para = doc.paragraphs[pi]
    pc, pb = probs.content[pi], probs.begin[pi]
    inside = [pc[i] for i in toks]
    mean_c = _mean(inside)
    f[f"{name}_mean"] = mean_c
    f[_bin(mean_c, f"{name}_mean")] = 1
    f[f"src_{name}_mean={src}|{min(4, int(mean_c * 5))}"] = 1
    f[f"{name}_min"] = min(inside) if inside else 0.0
    if toks:
        first, last = toks[0], toks[-1]
        f[f"{name}_begin"] = pb[first]
        before = pc[first - 1] - pb[first] if first > 0 and not para.doc[first - 1].is_punct else 0.0
        j = last + 1
        while j < len(pc) and para.doc[j].is_punct:
            j += 1
        after = pc[j] - pb[j] if j < len(pc) else 0.0
        f[f"{name}_leak"] = max(0.0, before) + max(0.0, after)
    if st.cue is not None:
        r = _token_range(para, st.cue)
        cue_p = _mean([probs.cue[pi][i] for i in range(*r)]) if r else 0.0
        f[f"{name}_cue"] = cue_p
        f[_bin(cue_p, f"{name}_cue")] = 1
    if st.speaker is not None:
        r = _token_range(para, st.speaker)
        f[f"{name}_src"] = _mean([probs.source[pi][i] for i in range(*r)]) if r else 0.0


_PRONOUNS = frozenset(["i", "we", "you", "he", "she", "it", "they", "who", "this", "that"])


def _frame_shape(doc: Document, para: Paragraph, st: Statement, f: dict[str, Any]) -> None:
    """The candidate's frame in the parse: cue token, speaker, content opening."""
    text = doc.text
    words = text[st.content[0] : st.content[1]].split(None, 1)
    first = words[0].lower().strip("\"“”'‘’") if words else ""
    f["first=" + (first if first in _FIRST_WORDS else "other")] = 1
    if st.cue is not None and para.start <= st.cue[0] < para.end:
        r = _token_range(para, st.cue)
        if r is not None:
            tok = para.doc[r[1] - 1]
            lemma = tok.lemma_.lower()
            cls = cue_class(load_cues(), lemma)
            f["cue_class=" + cls] = 1
            f["cue_dep=" + tok.dep_] = 1
            f["cue_tag=" + tok.tag_] = 1
            f[f"cue_class_dep={cls}|{tok.dep_}"] = 1
            f["cue_neg"] = int(any(c.dep_ == "neg" for c in tok.children))
            f["cue_in_content"] = int(st.content[0] <= st.cue[0] < st.content[1])
            f["cue_after"] = int(st.cue[0] >= st.content[1])
    if st.speaker is not None and para.start <= st.speaker[0] < para.end:
        sp = para.char_span(st.speaker)
        if sp is not None and len(sp):
            ents = {t.ent_type_ for t in sp}
            f["spk_person"] = int("PERSON" in ents)
            f["spk_org"] = int(bool(ents & {"ORG", "NORP", "GPE"}))
            f["spk_pron"] = int(sp.root.lower_ in _PRONOUNS)
            f["spk_root=" + sp.root.pos_] = 1
    cs = para.char_span(st.content)
    if cs is not None and len(cs):
        f["content_root=" + cs.root.pos_] = 1
        f["content_ent=" + (cs[0].ent_type_ or "-")] = 1
        f["quoted"] = int(any(t.text in "\"“”" for t in cs[:2]))


def context_features(cands: Sequence[Candidate], feats: list[dict[str, Any]]) -> None:
    """How each candidate compares with the candidates it overlaps (rival boundaries)."""
    for i, c in enumerate(cands):
        s, e = c.statement.content
        rivals = [
            j for j, o in enumerate(cands)
            if j != i and o.statement.content[0] < e and s < o.statement.content[1]
        ]
        f = feats[i]
        f["rivals=" + str(min(3, len(rivals)))] = 1
        if not rivals:
            continue
        for name in _TAGGERS:
            if f"{name}_mean" not in f:
                continue
            mine = f[f"{name}_mean"]
            best = max(feats[j].get(f"{name}_mean", 0.0) for j in rivals)
            f[f"{name}_gap"] = mine - best
            f[f"{name}_best_of_rivals"] = int(mine >= best)
        f["rival_rules"] = int(any("rules" in cands[j].sources for j in rivals))
        size = e - s
        f["longest_of_rivals"] = int(all(size >= cands[j].statement.content[1] - cands[j].statement.content[0]
                                         for j in rivals))
        f["inside_rival"] = int(any(
            cands[j].statement.content[0] <= s and e <= cands[j].statement.content[1] for j in rivals
        ))


def featured_candidates(
    doc: Document,
    rules: list[Statement],
    rule_trace: dict[int, tuple[str, str]],
    witnesses: dict[str, _Probs],
) -> tuple[list[Candidate], list[dict[str, Any]]]:
    """A document's candidates and the arbiter's features of each."""
    cands = candidates(doc, rules, rule_trace, witnesses)
    feats = [candidate_features(doc, c, witnesses) for c in cands]
    context_features(cands, feats)
    return cands, feats


def _jaccard(a: Sequence[Span], b: Sequence[Span]) -> float:
    inter = sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)
    union = sum(e - s for s, e in a) + sum(e - s for s, e in b) - inter
    return inter / union if union else 0.0


def select(cands: Sequence[Candidate], scores: Sequence[float], threshold: float) -> list[Candidate]:
    """Best first above ``threshold``; a candidate overlapping a taken one is a duplicate."""
    taken: list[Candidate] = []
    for i in sorted(range(len(cands)), key=lambda k: -scores[k]):
        if scores[i] < threshold:
            break
        c = cands[i]
        if any(_jaccard(c.pieces, t.pieces) >= DUPLICATE_JACCARD for t in taken):
            continue
        taken.append(c)
    return sorted(taken, key=lambda c: c.statement.content)


# "VANCE: …": a transcript's speaker label at the start of a paragraph.
_LABEL = re.compile(r"[\"“]?([A-Z][A-Z.’'-]+(?: [A-Z][A-Z.’'-]+){0,2}):\s")


def _signature(doc: Document, st: Statement) -> Span | None:
    """The name signing ``st``'s content after a dash, up to the end of the line (the
    content may have taken the signature in: then after its last closing quote)."""
    pi = _para_of(doc, st.content[0])
    if pi < 0:
        return None
    end = doc.paragraphs[pi].end
    text = doc.text
    closing = max(text.rfind("”", *st.content), text.rfind('"', st.content[0] + 1, st.content[1]))
    for start in (st.content[1], closing + 1 if closing >= 0 else -1):
        signed = signature(text, start, end) if start >= 0 else None
        if signed is not None:
            return signed[1]
    return None


def _transcript_label(doc: Document, st: Statement) -> Span | None:
    pi = _para_of(doc, st.content[0])
    if pi < 0:
        return None
    para = doc.paragraphs[pi]
    m = _LABEL.match(doc.text, para.start)
    return (m.start(1), m.end(1)) if m is not None and m.end() <= st.content[1] else None


def _tokens_at(doc: Document, span: Span) -> tuple[int, Paragraph, SpacySpan] | None:
    """The paragraph index, paragraph and tokens of a character span (None when it
    falls outside the paragraphs or on no token)."""
    pi = _para_of(doc, span[0])
    if pi < 0:
        return None
    para = doc.paragraphs[pi]
    toks = para.char_span(span)
    if toks is None or not len(toks):
        return None
    return pi, para, toks


def _in_source_agent(doc: Document, st: Statement) -> Span | None:
    """Who speaks "in a statement": the subject of the verb the phrase hangs from."""
    if st.cue is None or (found := _tokens_at(doc, st.cue)) is None:
        return None
    _pi, para, cue = found
    verb = cue[0].head
    subj = next((t for t in verb.children if t.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in ("it", "there", "this", "that", "which"):
        return None
    return para.span_of(para.doc[subj.left_edge.i : subj.right_edge.i + 1])


def _tagged_source(doc: Document, st: Statement, tags: list[list[str]]) -> Span | None:
    """The CRF's source nearest the statement's cue (else its content) in its sentence,
    outside its content."""
    from .attribution_tagger import _spans_of

    found = _tokens_at(doc, st.content)
    if found is None or not tags[found[0]]:
        return None
    pi, para, c_tok = found
    sent = c_tok[0].sent
    anchor_span = para.char_span(st.cue) if st.cue is not None else None
    anchor = anchor_span.start if anchor_span is not None and len(anchor_span) else c_tok.start
    pool = [
        r for r in _spans_of(tags[pi], "S")
        if sent.start <= r[0] < sent.end and (r[1] <= c_tok.start or r[0] >= c_tok.end)
    ]
    if not pool:
        return None
    best = min(pool, key=lambda r: abs(r[0] - anchor))
    return para.span_of(para.doc[best[0] : best[1]])


def _speaker_prob(doc: Document, span: Span, probs: _Probs) -> float:
    found = _tokens_at(doc, span)
    if found is None or not probs.source[found[0]]:
        return 1.0
    pi, _para, toks = found
    return _mean([probs.source[pi][i] for i in range(toks.start, toks.end)])


def _settle_speakers(doc: Document, chosen: Sequence[Candidate], probs: _Probs | None = None) -> None:
    """Better speakers for the chosen statements than their candidates proposed.

    An open-lexicon "in a statement" frame speaks through its verb's subject; a
    quotation signed after a dash ("“…” ― Rosa Vell": reader comments, pull quotes) is
    the signer's; a speakerless statement takes a transcript label ("VANCE: …"), else
    the CRF's source nearest its cue in its sentence; a speaker the CRF doubts
    (``SPEAKER_DOUBT``) yields to the source it tagged. (Taking the speaker of a rule
    statement overlapping the chosen content was tried: no speaker gained on dev, and
    one content lost to the re-cut pieces.)"""
    # "Vell said in a statement": the open lexicon's source phrase names the document;
    # the statement is the subject's, and so is any statement continuing it.
    moved: dict[Span, Span] = {}
    for c in chosen:
        if c.how == "in-source" and c.statement.speaker is not None:
            agent = _in_source_agent(doc, c.statement)
            # Not where the new speaker would re-cut the content around its frame.
            if agent is not None and content_pieces(doc.text, replace(c.statement, speaker=agent)) == list(
                content_pieces(doc.text, c.statement)
            ):
                moved[c.statement.speaker] = agent
    for c in chosen:
        st = c.statement
        if st.speaker in moved:
            st.speaker, st.actor = moved[st.speaker], None
        signed = _signature(doc, st)
        if signed is not None:
            st.speaker, st.actor = signed, None
            if signed[0] < st.content[1]:
                # The signature is no part of what was said.
                closing = max(doc.text.rfind(q, st.content[0], signed[0]) for q in "”\"")
                if closing > st.content[0]:
                    st.content = (st.content[0], closing + 1)
        elif st.speaker is None:
            st.speaker = _transcript_label(doc, st)
            if st.speaker is None and probs is not None:
                st.speaker = _tagged_source(doc, st, probs.tags)
        elif probs is not None and _speaker_prob(doc, st.speaker, probs) < SPEAKER_DOUBT:
            other = _tagged_source(doc, st, probs.tags)
            if other is not None and other != st.speaker:
                st.speaker, st.actor = other, None


def _speaker_witness(witnesses: dict[str, _Probs]) -> _Probs:
    return witnesses.get(SPEAKER_TAGGER, witnesses["crf"])


def _link_speakers(doc: Document, statements: Iterable[Statement]) -> None:
    from . import actors

    for st in statements:
        if st.speaker is not None and st.actor is None:
            found = actors.actor_for(doc, st.speaker)
            st.actor = found.id if found is not None else None


def rule_statements(doc: Document) -> tuple[list[Statement], dict[int, tuple[str, str]]]:
    """The rules' statements of a parsed document (actors found), speakers linked, and
    the (rule, cue lemma) of each by ``id``."""
    trace: list[tuple[Statement, str, str]] = []
    rules = find_statements(doc, trace=trace)
    _link_speakers(doc, rules)
    return rules, {id(st): (h, lem) for st, h, lem in trace}


@dataclass
class AttributionModel:
    crf: bytes
    vectorizer: Any
    classifier: Any
    threshold: float = 0.5
    meta: dict[str, Any] = field(default_factory=dict)
    # Fine-tuned encoder taggers (one per training fold, averaged), when trained with them.
    encoders: list[bytes] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._tagger = AttributionTagger(self.crf)
        self._encoders: list[Any] = []

    def witnesses(self, doc: Document, rules: list[Statement]) -> dict[str, _Probs]:
        """What the CRF (and the encoders, if any) make of every token of the document."""
        marks = rule_marks(doc, rules)
        feats = [paragraph_features(doc, pi, m) for pi, m in enumerate(marks)]
        out = {"crf": crf_probs(self._tagger.tagger, feats)}
        if self.encoders:
            if not self._encoders:
                from .attribution_encoder import AttributionEncoder

                self._encoders = [AttributionEncoder(w) for w in self.encoders]
            out["enc"] = label_probs(mean_label_probs([e.probabilities(doc, marks) for e in self._encoders]))
        return out

    def score_candidates(self, features: list[dict[str, Any]]) -> list[float]:
        if not features:
            return []
        x = self.vectorizer.transform(features)
        return [float(p) for p in self.classifier.predict_proba(x)[:, 1]]

    def statements(self, doc: Document, rules: list[Statement] | None = None) -> list[Statement]:
        """The statements of a parsed document (actors found), chosen among all candidates."""
        rule_trace: dict[int, tuple[str, str]] = {}
        if rules is None:
            rules, rule_trace = rule_statements(doc)
        witnesses = self.witnesses(doc, rules)
        cands, feats = featured_candidates(doc, rules, rule_trace, witnesses)
        scores = self.score_candidates(feats)
        # Copies: settling speakers must not touch the caller's rule statements.
        chosen = [replace(c, statement=replace(c.statement)) for c in select(cands, scores, self.threshold)]
        _settle_speakers(doc, chosen, _speaker_witness(witnesses))
        out = [c.statement for c in chosen]
        _link_speakers(doc, out)
        return out

    def save(self, path: str | Path) -> None:
        save_model(
            path,
            FORMAT,
            {"crf": self.crf, "vectorizer": self.vectorizer, "classifier": self.classifier,
             "threshold": self.threshold, "meta": self.meta, "encoders": self.encoders},
        )

    @classmethod
    def load(cls, path: str | Path) -> AttributionModel:
        _sklearn()
        payload = load_model(path, FORMAT, "attribution model", "stancegraph train attribution")
        return cls(payload["crf"], payload["vectorizer"], payload["classifier"], float(payload["threshold"]),
                   payload["meta"], list(payload.get("encoders", [])))


def learned_pipeline(model: AttributionModel | str | Path, config: Config | None = None) -> Pipeline:
    """A pipeline whose statements stage uses ``model`` (``Config.attribution_model``)."""
    return Pipeline(replace(config or Config(), attribution_model=model))


# --------------------------------------------------------------------------- training


def _labels(doc: Document, cands: Sequence[Candidate], golds: Sequence[GoldAttribution]) -> list[int]:
    return [int(any(_jaccard(c.pieces, g.content) >= 0.5 for g in golds)) for c in cands]


@dataclass
class _Prepared:
    doc: Document
    pdoc: PolnearDoc
    rules: list[Statement]
    rule_trace: dict[int, tuple[str, str]]
    marks: list[_Marks]
    feats: list[list[list[str]]]
    labels: list[list[str]]


def prepare(doc: Document, pdoc: PolnearDoc) -> _Prepared:
    """Rule statements, CRF features and gold tags of a parsed document (actors found)."""
    rules, rule_trace = rule_statements(doc)
    marks = rule_marks(doc, rules)
    feats = [paragraph_features(doc, pi, m) for pi, m in enumerate(marks)]
    return _Prepared(doc, pdoc, rules, rule_trace, marks, feats, gold_labels(doc, pdoc.attributions))


def _content_f1(preds: Sequence[Sequence[Candidate]], golds: Sequence[Sequence[GoldAttribution]]) -> float:
    from .evaluate.attribution import JACCARD, _match

    tp = n_pred = n_gold = 0
    for cands, gold in zip(preds, golds, strict=True):
        n_pred += len(cands)
        n_gold += len(gold)
        pairs = _match([c.pieces for c in cands], [g.content for g in gold], _jaccard, JACCARD)
        tp += len(pairs)
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def fit(
    prepared: Sequence[_Prepared],
    *,
    folds: int = 2,
    seed: int = 13,
    iterations: int = CRF_ITERATIONS,
    progress: Callable[[str], None] | None = None,
    keep: dict[str, Any] | None = None,
    encoder: bool = False,
    fold_encoder: Callable[[int, Sequence[_Prepared]], bytes] | None = None,
) -> AttributionModel:
    """Train the CRF and the arbiter on prepared documents (cross-fitted, see the module doc).

    With ``encoder``, each fold also fine-tunes the packaged MiniLM tagger on its training
    texts (``attribution_encoder``); the arbiter learns from what each fold's encoder
    makes of the texts it never saw, and the model keeps the fold encoders and averages
    them (so the encoder's cost is one training over all the texts, not three).
    ``fold_encoder(fold, texts)`` replaces the fine-tuning (tests, resumed runs).
    ``keep``, when given, receives the cross-fitted candidates, their witnesses'
    probabilities and the folds, for error analysis."""
    from .attribution_tagger import crfsuite

    say = progress or (lambda _msg: None)
    dict_vectorizer, logistic = _sklearn()
    crfsuite()  # MissingExtra now rather than after the folds are set up
    if encoder:
        from .attribution_encoder import AttributionEncoder, torch_parts, train_encoder

        torch_parts()
    encoders: list[bytes] = []
    order = list(range(len(prepared)))
    random.Random(seed).shuffle(order)
    k = max(1, min(folds, len(prepared)))
    fold_of = {i: n % k for n, i in enumerate(order)}
    cand_data: list[tuple[list[Candidate], list[dict[str, Any]], list[int]]] = [([], [], [])] * len(prepared)
    for f in range(k):
        train_idx = [i for i in range(len(prepared)) if fold_of[i] != f] or list(range(len(prepared)))
        held_idx = [i for i in range(len(prepared)) if fold_of[i] == f]
        say(f"fold {f + 1}/{k}: CRF on {len(train_idx)} texts")
        seqs = [s for i in train_idx for s in zip(prepared[i].feats, prepared[i].labels, strict=True)]
        crf = train_crf(seqs, iterations=iterations)
        tagger = AttributionTagger(crf).tagger
        enc = None
        if encoder:
            texts = [prepared[i] for i in train_idx]
            if fold_encoder is not None:
                weights = fold_encoder(f, texts)
            else:
                say(f"fold {f + 1}/{k}: encoder on {len(train_idx)} texts")
                weights = train_encoder([(p.doc, p.marks, p.labels) for p in texts], progress=say)
            encoders.append(weights)
            enc = AttributionEncoder(weights)
        for i in held_idx:
            p = prepared[i]
            witnesses = {"crf": crf_probs(tagger, p.feats)}
            if enc is not None:
                witnesses["enc"] = label_probs(enc.probabilities(p.doc, p.marks))
            cands, feats = featured_candidates(p.doc, p.rules, p.rule_trace, witnesses)
            cand_data[i] = (cands, feats, _labels(p.doc, cands, p.pdoc.attributions))
            if keep is not None:
                keep.setdefault("probs", {})[i] = witnesses
        del tagger
    if keep is not None:
        keep["cand_data"], keep["fold_of"] = cand_data, fold_of

    def fit_arbiter(indices: Sequence[int]) -> tuple[Any, Any]:
        x = [feat for i in indices for feat in cand_data[i][1]]
        y = [lab for i in indices for lab in cand_data[i][2]]
        vec = dict_vectorizer()
        clf = logistic(C=C_REG, max_iter=3000)
        if len(set(y)) < 2:
            y = [*y[:-1], 1 - y[-1]] if y else [0, 1]
            x = x if len(x) == len(y) else [*x, {}]
        clf.fit(vec.fit_transform(x), y)
        return vec, clf

    # Out-of-fold arbiter scores choose the threshold.
    oof: dict[int, list[float]] = {}
    for f in range(k):
        train_idx = [i for i in range(len(prepared)) if fold_of[i] != f] or list(range(len(prepared)))
        vec, clf = fit_arbiter(train_idx)
        for i in range(len(prepared)):
            if fold_of[i] == f and cand_data[i][1]:
                oof[i] = [float(p) for p in clf.predict_proba(vec.transform(cand_data[i][1]))[:, 1]]
    best = (0.5, -1.0)
    golds = [p.pdoc.attributions for p in prepared]
    for t in THRESHOLDS:
        chosen = [select(cand_data[i][0], oof.get(i, []), t) for i in range(len(prepared))]
        f1 = _content_f1(chosen, golds)
        if f1 > best[1]:
            best = (t, f1)
    say(f"threshold {best[0]} (out-of-fold content F1 {best[1]:.3f}); CRF on all {len(prepared)} texts")
    vec, clf = fit_arbiter(range(len(prepared)))
    crf = train_crf([s for p in prepared for s in zip(p.feats, p.labels, strict=True)], iterations=iterations)
    model = AttributionModel(crf, vec, clf, best[0], encoders=encoders)
    model.meta = {
        "encoders": len(encoders),
        "texts": len(prepared),
        "candidates": sum(len(c[0]) for c in cand_data),
        "positives": sum(sum(c[2]) for c in cand_data),
        "oof_content_f1": round(best[1], 4),
        "threshold": best[0],
    }
    return model


def train_attribution(
    directory: str | Path,
    out: str | Path,
    *,
    limit: int | None = None,
    iterations: int = CRF_ITERATIONS,
    encoder: bool = False,
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Train on a PolNeAR split and save the model; returns what was measured.
    ``encoder`` adds the fine-tuned MiniLM tagger (the ``embeddings`` extra)."""
    import time

    from .evaluate.attribution import polnear_document
    from .evaluate.polnear import read_polnear

    say = progress or (lambda _msg: None)
    t0 = time.perf_counter()
    pdocs = read_polnear(directory, limit=limit)
    say(f"parsing {len(pdocs)} texts")
    pipe = Pipeline()
    docs = list(pipe.stage("parse").pipe([polnear_document(p) for p in pdocs]))  # type: ignore[attr-defined]
    act = pipe.stage("actors")
    docs = [act(d) for d in docs]
    say("rule statements and features")
    prepared = [prepare(d, p) for d, p in zip(docs, pdocs, strict=True)]
    model = fit(prepared, iterations=iterations, progress=say, encoder=encoder)
    model.meta["trained_on"] = str(directory)
    model.meta["seconds"] = round(time.perf_counter() - t0, 1)
    model.save(out)
    return dict(model.meta)
