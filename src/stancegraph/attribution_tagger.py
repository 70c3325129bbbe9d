"""A linear-chain CRF that tags attribution spans token by token (the learned path).

Each paragraph is one sequence. A token is tagged ``B-C``/``I-C`` (content),
``B-Q``/``I-Q`` (cue), ``B-S``/``I-S`` (source) or ``O`` from features of the spaCy
parse (word, lemma, tags, dependency, head, the reporting verb it hangs from),
its place in quotations, and what the rules said of it: whether a rule statement,
or a candidate frame of the open lexicon, holds it as content, cue or speaker.
The rules are thus one more witness the CRF weighs, and it may also find contents
no rule proposes.

Decoding turns the tags into statements: content pieces split only by a cue or
source ("“Q1,” she said, “Q2.”") are one content; each content takes its cue and
speaker from the rule statement it agrees with, else from the nearest tagged cue
and source of its sentence.

python-crfsuite comes with the ``eval`` extra and is imported lazily.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .errors import MissingExtra
from .statements import Quote, candidate_frames, load_cues, open_cues
from .types import Document, Paragraph, Span, Statement

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .evaluate.polnear import GoldAttribution

LABELS = ("O", "B-C", "I-C", "B-Q", "I-Q", "B-S", "I-S")
LABEL_ID = {lab: i for i, lab in enumerate(LABELS)}
QUOTE_MARKS = "\"“”«»‹›„"
# How far (in heads) a token looks up for the reporting verb it hangs from.
_MAX_CLIMB = 8


def crfsuite() -> Any:
    try:
        import pycrfsuite
    except ImportError as exc:
        raise MissingExtra("python-crfsuite", "eval", "the learned attribution tagger") from exc
    return pycrfsuite


# --------------------------------------------------------------------------- context


@dataclass
class _Marks:
    """Per-token marks from the rules for one paragraph (lists as long as the paragraph)."""

    rule: list[str]
    open_frame: list[str]
    quote: list[str]


def _tag_spans(n: int, para: Paragraph, spans: Sequence[tuple[Span, str]], out: list[str]) -> None:
    """Write ``B-x``/``I-x`` into ``out`` for the tokens of each span (first wins)."""
    for span, kind in spans:
        sp = para.char_span(span)
        if sp is None:
            continue
        for k, tok in enumerate(sp):
            if out[tok.i] == "O":
                out[tok.i] = ("B-" if k == 0 else "I-") + kind


def rule_marks(doc: Document, rules: list[Statement]) -> list[_Marks]:
    """What the rules (closed lexicon) and the open-lexicon frames say of each token."""
    frames, quotes, _ = candidate_frames(doc, open_cues(load_cues()))
    marks: list[_Marks] = []
    for pi, para in enumerate(doc.paragraphs):
        n = len(para.doc)
        rule = ["O"] * n
        inside = [st for st in rules if para.start <= st.content[0] < para.end]
        spans: list[tuple[Span, str]] = []
        for st in inside:
            if st.cue:
                spans.append((st.cue, "Q"))
            if st.speaker:
                spans.append((st.speaker, "S"))
        _tag_spans(n, para, spans, rule)
        _tag_spans(n, para, [(st.content, "C" + st.kind[0]) for st in inside], rule)
        of = ["O"] * n
        fr_spans: list[tuple[Span, str]] = []
        for fr in frames[pi]:
            fr_spans.append((fr.cue, "Q"))
            if fr.speaker:
                fr_spans.append((fr.speaker, "S"))
        _tag_spans(n, para, fr_spans, of)
        _tag_spans(n, para, [(fr.content, "C" + fr.how) for fr in frames[pi] if fr.content], of)
        qs = ["O"] * n
        _quote_marks(para, quotes[pi], qs)
        marks.append(_Marks(rule, of, qs))
    return marks


def _quote_marks(para: Paragraph, quotes: list[Quote], out: list[str]) -> None:
    for q in quotes:
        sp = para.char_span(q.outer)
        if sp is None:
            continue
        state = "closed" if q.closed else "open"
        for tok in sp:
            out[tok.i] = state


# --------------------------------------------------------------------------- features


def _shape(text: str) -> str:
    if text.isdigit():
        return "d"
    if text.isupper() and len(text) > 1:
        return "XX"
    if text[:1].isupper():
        return "Xx"
    if text.isalpha():
        return "x"
    return "p" if not any(ch.isalnum() for ch in text) else "m"


def _climb(tok: Token, verbs: frozenset[str]) -> tuple[str, str, int]:
    """The reporting verb above ``tok`` (lemma), the dependency under it, and the distance."""
    cur = tok
    for depth in range(_MAX_CLIMB):
        head = cur.head
        if head is cur:
            break
        if head.pos_ in ("VERB", "AUX", "NOUN") and head.lemma_.lower() in verbs:
            return head.lemma_.lower(), cur.dep_, depth + 1
        cur = head
    return "-", "-", 0


def paragraph_features(doc: Document, pi: int, marks: _Marks) -> list[list[str]]:
    para = doc.paragraphs[pi]
    sdoc = para.doc
    cues = load_cues()
    verbs = cues.clause_takers | cues.nouns
    saying = cues.speech | cues.cognition
    # Per sentence: where its verbs of saying or belief are, and whether it quotes.
    cue_at: dict[int, list[int]] = {}
    quoting: set[int] = set()
    # Token.sent searches the sentences on every call: one table instead.
    sent_of: list[Any] = [None] * len(sdoc)
    for sent in sdoc.sents:
        for k in range(sent.start, sent.end):
            sent_of[k] = sent
        cue_at[sent.start] = [
            t.i for t in sent if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in saying
        ]
        if any(t.text in QUOTE_MARKS or t.text in ("''", "``") for t in sent):
            quoting.add(sent.start)
    base: list[list[str]] = []
    for tok in sdoc:
        low = tok.lower_
        lemma = tok.lemma_.lower()
        sent = sent_of[tok.i]
        lem_cue = lemma in cues.speech or lemma in cues.cognition
        anc, anc_dep, dist = _climb(tok, verbs)
        f = [
            "w=" + low,
            "l=" + lemma,
            "p=" + tok.pos_,
            "t=" + tok.tag_,
            "d=" + tok.dep_,
            "sh=" + _shape(tok.text),
            "hl=" + tok.head.lemma_.lower(),
            "hp=" + tok.head.pos_,
            "dhl=" + tok.dep_ + "|" + tok.head.lemma_.lower(),
            "e=" + (tok.ent_iob_ + tok.ent_type_ if tok.ent_type_ else "-"),
            "cue=" + ("speech" if lemma in cues.speech else "cog" if lemma in cues.cognition else "-"),
            "anc=" + anc,
            "ancd=" + anc_dep,
            "ancdist=" + str(min(dist, 4)),
            "r=" + marks.rule[tok.i],
            "of=" + marks.open_frame[tok.i],
            "q=" + marks.quote[tok.i],
            "qm=" + str(tok.text in QUOTE_MARKS or tok.text in ("''", "``")),
            "ss=" + str(tok.i == sent.start),
            "se=" + str(tok.i == sent.end - 1),
            "title=" + str(pi == 0),
            "pos_in_sent=" + str(min(4, 5 * (tok.i - sent.start) // max(1, len(sent)))),
        ]
        near = cue_at[sent.start]
        if near:
            j = min(near, key=lambda k: abs(k - tok.i))
            gap = tok.i - j
            f.append("cue_side=" + ("at" if gap == 0 else "right" if gap > 0 else "left"))
            f.append("cue_gap=" + str(min(4, abs(gap).bit_length())))
        else:
            f.append("cue_side=none")
        f.append("sent_quotes=" + str(sent.start in quoting))
        if lem_cue:
            f.append("cue_dep=" + tok.dep_)
            f.append("cue_lem=" + lemma)
        if tok.head.lemma_.lower() in verbs:
            f.append("hcue_dep=" + tok.dep_)
        f.append("anc_x_r=" + anc_dep + "|" + marks.rule[tok.i][:3])
        base.append(f)
    out: list[list[str]] = []
    n = len(sdoc)
    for i in range(n):
        f = list(base[i])
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < n:
                t = sdoc[j]
                f.append(f"{off}w=" + t.lower_)
                f.append(f"{off}p=" + t.pos_)
                f.append(f"{off}r=" + marks.rule[j])
                f.append(f"{off}of=" + marks.open_frame[j])
                f.append(f"{off}q=" + marks.quote[j])
            else:
                f.append(f"{off}BOUND")
        f.append("r_rr=" + marks.rule[i] + "|" + (marks.rule[i + 1] if i + 1 < n else "END"))
        f.append("lr_r=" + (marks.rule[i - 1] if i else "BEG") + "|" + marks.rule[i])
        out.append(f)
    return out


# --------------------------------------------------------------------------- gold labels


def gold_labels(doc: Document, golds: Sequence[GoldAttribution]) -> list[list[str]]:
    """BIO labels per paragraph from PolNeAR gold (cue and source before content)."""
    out: list[list[str]] = []
    for para in doc.paragraphs:
        labels = ["O"] * len(para.doc)
        spans: list[tuple[Span, str]] = []
        for g in golds:
            for seg in g.cue or ():
                spans.append((seg, "Q"))
            for seg in g.source or ():
                spans.append((seg, "S"))
        _tag_spans(len(labels), para, spans, labels)
        for g in golds:
            for seg in g.content:
                sp = para.char_span(seg)
                if sp is None:
                    continue
                first = True
                for tok in sp:
                    if labels[tok.i] == "O":
                        labels[tok.i] = "B-C" if first else "I-C"
                        first = False
                    elif labels[tok.i][2] == "C":
                        first = False
                    else:
                        first = True
        out.append(labels)
    return out


# --------------------------------------------------------------------------- decoding


def _spans_of(labels: Sequence[str], kind: str) -> list[tuple[int, int]]:
    """Token ranges [i, j) of ``kind`` (an I- without a B- starts a span too)."""
    out: list[tuple[int, int]] = []
    start = -1
    for i, lab in enumerate(labels):
        if lab == "B-" + kind or (lab == "I-" + kind and start < 0):
            if start >= 0:
                out.append((start, i))
            start = i
        elif lab != "I-" + kind and start >= 0:
            out.append((start, i))
            start = -1
    if start >= 0:
        out.append((start, len(labels)))
    return out


def _jac(a: Span, b: Span) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = (a[1] - a[0]) + (b[1] - b[0]) - inter
    return inter / union if union else 0.0


def decode(doc: Document, tags: list[list[str]], rules: list[Statement]) -> list[Statement]:
    """Statements from the tags of every paragraph, with cues and speakers attached."""
    out: list[Statement] = []
    for para, labels in zip(doc.paragraphs, tags, strict=True):
        sdoc = para.doc
        contents = _spans_of(labels, "C")
        cues = _spans_of(labels, "Q")
        sources = _spans_of(labels, "S")
        merged: list[list[tuple[int, int]]] = []
        for c in contents:
            if merged:
                prev = merged[-1][-1]
                gap = range(prev[1], c[0])
                # Only a cue, a source and punctuation between two pieces: one content.
                between = [labels[i] for i in gap]
                frame_only = all(
                    lab[2:] in ("Q", "S") or (sdoc[i].is_punct and sdoc[i].text not in ".!?")
                    for i, lab in zip(gap, between, strict=True)
                )
                if gap and frame_only and any(lab[2:] == "Q" for lab in between) and len(gap) <= 10:
                    merged[-1].append(c)
                    continue
            merged.append([c])
        for pieces in merged:
            first, last = pieces[0][0], pieces[-1][1] - 1
            span = (para.start + sdoc[first].idx, para.start + sdoc[last].idx + len(sdoc[last]))
            if span[1] - span[0] < 2:
                continue
            inner = [q for q in cues if pieces[0][1] <= q[0] and q[1] <= pieces[-1][0]]
            out.append(_attach(doc, para, span, inner, cues, sources, rules))
    return out


def _attach(
    doc: Document,
    para: Paragraph,
    content: Span,
    inner: list[tuple[int, int]],
    cues: list[tuple[int, int]],
    sources: list[tuple[int, int]],
    rules: list[Statement],
) -> Statement:
    text = doc.text
    kind = "direct" if any(ch in QUOTE_MARKS for ch in text[content[0] : content[0] + 2]) else "indirect"
    best = max(rules, key=lambda st: _jac(st.content, content), default=None)
    if best is not None and _jac(best.content, content) >= 0.5:
        # The rules' boundaries are the more exact ones.
        return Statement(best.kind, best.content, best.cue, best.speaker, best.actor)
    sdoc = para.doc

    def char(r: tuple[int, int]) -> Span:
        return (para.start + sdoc[r[0]].idx, para.start + sdoc[r[1] - 1].idx + len(sdoc[r[1] - 1]))

    c_tok = para.char_span(content)
    sent = c_tok[0].sent if c_tok is not None and len(c_tok) else None

    def near(ranges: list[tuple[int, int]], anchor: int) -> tuple[int, int] | None:
        pool = [r for r in ranges if sent is None or sent.start <= r[0] < sent.end] or ranges
        return min(pool, key=lambda r: abs(r[0] - anchor)) if pool else None

    anchor = c_tok.start if c_tok is not None else 0
    cue_r = inner[0] if inner else near(cues, anchor)
    cue = char(cue_r) if cue_r else None
    src_r = near(sources, cue_r[0] if cue_r else anchor)
    speaker = char(src_r) if src_r else None
    if speaker is None and best is not None and best.content[0] < content[1] and content[0] < best.content[1]:
        speaker, cue = best.speaker, cue or best.cue
    return Statement(kind, content, cue, speaker)


# --------------------------------------------------------------------------- model


class AttributionTagger:
    """A trained CRF (its model bytes), opened for tagging on first use."""

    def __init__(self, model_bytes: bytes) -> None:
        self.model_bytes = model_bytes
        self._tagger: Any = None

    @property
    def tagger(self) -> Any:
        if self._tagger is None:
            import os
            import tempfile

            pycrfsuite = crfsuite()
            # crfsuite opens models from files only.
            fd, path = tempfile.mkstemp(suffix=".crfsuite")
            with os.fdopen(fd, "wb") as fh:
                fh.write(self.model_bytes)
            tagger = pycrfsuite.Tagger()
            tagger.open(path)
            os.unlink(path)  # the tagger keeps the file mapped
            self._tagger = tagger
        return self._tagger


def train_crf(
    sequences: Sequence[tuple[list[list[str]], list[str]]],
    *,
    c1: float = 0.05,
    c2: float = 0.01,
    iterations: int = 100,
) -> bytes:
    """Fit a CRF (L-BFGS with L1+L2) and return the model file's bytes."""
    import os
    import tempfile

    pycrfsuite = crfsuite()
    trainer = pycrfsuite.Trainer(verbose=False)
    for x, y in sequences:
        if x:
            trainer.append(x, y)
    trainer.set_params(
        {"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True}
    )
    fd, path = tempfile.mkstemp(suffix=".crfsuite")
    os.close(fd)
    try:
        trainer.train(path)
        with open(path, "rb") as fh:
            return fh.read()
    finally:
        os.unlink(path)
