"""The learned backend: two classifiers over parse and discourse features, trained on SEESAW.

SEESAW's stance triples are discourse-level: "'That sounds like a political move,' he
said" holds the speaker's position toward the agency the passage is about, named a
sentence earlier. So relations are decided over candidates beyond the sentence
(``discourse.py``: holders from the sentence, its statement's speaker, recent
sentences and the document's main actors; objects from the sentence, recent
sentences, the title and the main actors), by a gradient-boosted tree ensemble
(scikit-learn's HistGradientBoosting: is there a relation) and a logistic regression
(its sign, ``RelationModel``) over dense features: where and how often each
side is named, who speaks, the rules backend's readings here and across the
document, the sentence's tone, the dependency path when both are in the sentence.

Among those features is the reading of a second, linear model (the pair model:
logistic regression over sparse parse features of an ordered pair in one sentence:
the dependency path and the word at its top, lexicon polarity along it, who is
subject and who object, whether one speaks a statement holding the other, the rules'
verdict). The pair model also reads target stance, (speaker, target phrase) pairs;
SEESAW's Topic and Event entities serve as targets when it is trained.

With the ``embeddings`` extra, a third reading joins the ensemble's columns: the
packaged MiniLM sentence encoder fine-tuned as a relation classifier over the same
discourse candidates (``encoder.py``), cross-fitted like the pair model.

Training runs the pipeline over a SEESAW split, matches actors to the annotated
entities only to label candidates, fits the models on CPU in minutes, and picks
each decision threshold on held-out articles. scikit-learn is the ``learned`` extra;
the model is a pickle: load only your own.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, chain, repeat
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ConfigError, MissingExtra
from ..model_file import load_model, save_model, sklearn_classes
from ..targets import Target, TargetMatcher
from ..types import Document, Paragraph, Relation, Span, Stance
from .base import ActorIndex, TargetContext, sentences_of, text_of
from .discourse import FEATURES, DocumentFacts, PairCandidate
from .encoder import COLUMNS as ENCODER_COLUMNS
from .encoder import PairInput, pair_input
from .lexicon import Lexicon, lexicon, text_valence
from .rules import Reading, RulesBackend, is_negated, is_yes_no_question, pair_votes, settle

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from .encoder import PairEncoder

MODEL_FORMAT = "stancegraph-stance-model/3"
# The relation model's columns: the discourse features, then the pair model's reading of
# the pair when both are named in the sentence (probabilities, and whether it read one),
# then, when the model has one, the sentence encoder's reading of the pair.
STACKED = ("pair_positive", "pair_negative", "pair_read")
RELATION_FEATURES = (*FEATURES, *STACKED)
ENCODED_FEATURES = (*RELATION_FEATURES, *ENCODER_COLUMNS)
LABELS = ("none", "positive", "negative")
STANCE_OF = {"none": "neutral", "positive": "favor", "negative": "against"}
MAX_PATH = 7
CARRY_SENTENCES = 3
QUOTES = ('"', "“", "”")
CONTENT_POS = frozenset({"VERB", "NOUN", "ADJ"})


def _require_sklearn() -> tuple[Any, Any]:
    return sklearn_classes("learned", "the learned stance backend")


# --- features ---------------------------------------------------------------------------


def _bin(vote: float) -> str:
    """A pair's summed reading in the document, as a few bins."""
    if vote == 0:
        return "0"
    return ("+" if vote > 0 else "-") + ("strong" if abs(vote) >= 3 else "weak")


def _side(tok: Token) -> str:
    """The role of a mention in its clause, climbing through its noun phrase."""
    cur = tok
    for _ in range(4):
        if cur.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "attr", "dative", "appos", "conj"):
            if cur.dep_ == "pobj":
                return f"pobj:{cur.head.lower_}"
            return cur.dep_
        if cur.dep_ in ("compound", "amod") and cur.head.i != cur.i:
            cur = cur.head
            continue
        break
    return cur.dep_


# A token's chain of heads: tokens, labels going up, labels coming down, indices, and
# each index's position.
_Chain = tuple[list["Token"], list[str], list[str], list[int], dict[int, int]]


class SentenceParse:
    """What a sentence's pairs share, computed once: its tone, whether it is a yes/no
    question, and per-token facts (a mention's root and role, dependency paths, the
    words between two mentions). A sentence with n actors has up to n^2 pairs."""

    def __init__(self, lex: Lexicon, para: Paragraph, sent: SpacySpan, text: str | None = None) -> None:
        self.lex = lex
        self.doc = para.doc
        self.sent = sent
        self.text = sent.text if text is None else text
        self.tone = text_valence(self.text)
        self.question = is_yes_no_question(sent)
        self.roots: dict[tuple[int, int], Token] = {}  # each token range's root
        self._sides: dict[int, tuple[str, str, str]] = {}
        self._paths: dict[tuple[int, int], tuple[list[str], Token | None]] = {}
        self._ups: dict[int, _Chain] = {}
        self._tops: dict[int, tuple[str, str, str, str]] = {}
        self._between: dict[tuple[int, int], tuple[list[str], str, float]] = {}
        self._words: list[tuple[str, str, int, int, int] | None] | None = None
        self._done = (0, 0)  # the token range _words holds
        self._heads: dict[tuple[str, bool, bool, int], dict[str, float]] = {}
        self._b_parts: dict[int, dict[str, float]] = {}
        self._a_parts: dict[int, dict[str, float]] = {}
        self._path_parts: dict[tuple[int, int], dict[str, float]] = {}

    def head(self, rule: str, speaks: bool, b_is_target: bool, n_actors: int) -> dict[str, float]:
        """The features every pair has: the rules' verdict, who speaks, the sentence's tone."""
        key = (rule, speaks, b_is_target, n_actors)
        f = self._heads.get(key)
        if f is None:
            tone = self.tone
            f = {"bias": 1.0, f"rule={rule}": 1.0, f"speaks={speaks}": 1.0, f"target={b_is_target}": 1.0,
                 f"n_actors={min(n_actors, 5)}": 1.0}
            f["tone"] = tone
            f[f"tone_bin={round(tone * 2) / 2}"] = 1.0
            f[f"rule={rule}&speaks={speaks}"] = 1.0
            f[f"question={self.question}"] = 1.0
            self._heads[key] = f
        return f

    def b_part(self, r: Token) -> dict[str, float]:
        f = self._b_parts.get(r.i)
        if f is None:
            side, head, pron = self.side(r)
            f = self._b_parts[r.i] = {f"b_side={side}": 1.0, f"b_head={head}": 1.0, f"b_pron={pron}": 1.0}
        return f

    def a_part(self, r: Token) -> dict[str, float]:
        f = self._a_parts.get(r.i)
        if f is None:
            side, _head, pron = self.side(r)
            f = self._a_parts[r.i] = {f"a_side={side}": 1.0, f"a_pron={pron}": 1.0}
        return f

    def path_part(self, ra: Token, rb: Token) -> dict[str, float]:
        """What joins the two mentions: the path, the word at its top, the words between."""
        key = (ra.i, rb.i)
        f = self._path_parts.get(key)
        if f is not None:
            return f
        path, top = self.path(ra, rb)
        assert top is not None
        n = len(path)
        f = {"a_before_b": float(ra.i < rb.i), f"dist={min(abs(ra.i - rb.i) // 4, 6)}": 1.0,
             f"path_len={min(n, MAX_PATH)}": 1.0}
        if n <= MAX_PATH:
            f["path=" + " ".join(path)] = 1.0
        f[f"path_ends={path[0] if path else ''}|{path[-1] if path else ''}"] = 1.0
        lemma, pos, pol, neg = self.top(top)
        f[f"top={lemma}"] = 1.0
        f[f"top_pos={pos}"] = 1.0
        f[f"top_pol={pol}"] = 1.0
        f[f"top_pol={pol}&neg={neg}"] = 1.0
        # Polarity of the words on the path and right around it.
        words, span_pol, between_tone = self.between(min(ra.i, rb.i), max(ra.i, rb.i))
        for lem in words:
            f[f"w={lem}"] = 1.0
        f[f"between_pol={span_pol}"] = 1.0
        f["between_tone"] = between_tone
        self._path_parts[key] = f
        return f

    def root(self, rng: tuple[int, int]) -> Token:
        r = self.roots.get(rng)
        if r is None:
            r = self.roots[rng] = self.doc[rng[0] : rng[1]].root
        return r

    def side(self, tok: Token) -> tuple[str, str, str]:
        """(role in its clause, head lemma, whether a pronoun) of a mention's root."""
        s = self._sides.get(tok.i)
        if s is None:
            s = self._sides[tok.i] = (_side(tok), tok.head.lemma_.lower(), str(tok.pos_ == "PRON"))
        return s

    def path(self, a: Token, b: Token) -> tuple[list[str], Token | None]:
        """Dependency labels from ``a`` up to the lowest common head and down to ``b``, and
        that head (none when the two are in different trees), from each token's chain of
        heads computed once."""
        key = (a.i, b.i)
        p = self._paths.get(key)
        if p is None:
            toks_a, ups_a, _downs_a, ids_a, _pos_a = self._up(a)
            _toks_b, _ups_b, downs_b, _ids_b, pos_b = self._up(b)
            p = ([], None)
            for n, i in enumerate(ids_a):
                m = pos_b.get(i)
                if m is not None:
                    p = (ups_a[:n] + downs_b[:m][::-1], toks_a[n])
                    break
            self._paths[key] = p
        return p

    def _up(self, tok: Token) -> _Chain:
        """The token and its ancestors: the tokens, their labels going up and coming down,
        their indices, and the position of each index in the chain."""
        up = self._ups.get(tok.i)
        if up is None:
            toks = [tok, *tok.ancestors]
            deps = [t.dep_ for t in toks]
            ids = [t.i for t in toks]
            up = self._ups[tok.i] = (toks, [f"^{d}" for d in deps], [f"v{d}" for d in deps], ids,
                                     {i: n for n, i in enumerate(ids)})
        return up

    def top(self, top: Token) -> tuple[str, str, str, str]:
        """The features of the word at the top of a path (its lemma, tag, polarity, negation)."""
        t = self._tops.get(top.i)
        if t is None:
            lex = self.lex
            lemma = top.lemma_.lower()
            pol = lex.relation_verbs.get(lemma, 0) or lex.relation_nouns.get(lemma, 0)
            pol = pol or lex.evaluative(lemma, top.pos_)
            t = self._tops[top.i] = (lemma, top.pos_, str(pol), str(is_negated(top, self.lex)))
        return t

    def words(self, lo: int, hi: int) -> list[tuple[str, str, int, int, int]]:
        """Per token from ``lo`` to ``hi`` (token indices, end excluded): lemma, part of
        speech, lexicon polarity, and its character range in the sentence's text. Only the
        stretch the sentence's pairs span is read (often not the tail after the last name)."""
        s0 = self.sent.start
        if self._words is None:
            self._words = [None] * (self.sent.end - s0)
            self._done = (lo, lo)
        a, b = self._done
        if lo < a or hi > b:
            lex, c0, doc, words = self.lex, self.sent.start_char, self.doc, self._words
            for i in (*range(lo, a), *range(b, hi)):  # the covered range stays one stretch
                t = doc[i]
                lem, pos = t.lemma_.lower(), t.pos_
                p = lex.relation_verbs.get(lem, 0) if pos == "VERB" else lex.relation_nouns.get(lem, 0)
                p = p or lex.evaluative(lem, pos)
                words[i - s0] = (lem, pos, p, t.idx - c0, t.idx - c0 + len(t))
            self._done = (min(a, lo), max(b, hi))
        return self._words[lo - s0 : hi - s0]  # type: ignore[return-value]

    def between(self, lo: int, hi: int) -> tuple[list[str], str, float]:
        """The content words strictly between two tokens (when few), their summed polarity
        bin, and their tone."""
        key = (lo, hi)
        got = self._between.get(key)
        if got is None:
            inside = self.words(lo + 1, hi) if hi > lo + 1 else []
            n = len(inside)
            span_pol = sum(p for _lem, _pos, p, _c0, _c1 in inside)
            words = [lem for lem, pos, _p, _c0, _c1 in inside if pos in CONTENT_POS] if n <= 12 else []
            tone = text_valence(self.text[inside[0][3] : inside[-1][4]]) if n else 0.0
            got = self._between[key] = (words, str(max(-2, min(2, span_pol))), tone)
        return got


def pair_features(
    sp: SentenceParse,
    a: list[tuple[int, int]],
    b: list[tuple[int, int]],
    rule: str,
    speaks: bool,
    b_is_target: bool,
    n_actors: int,
) -> dict[str, float]:
    """Features of the ordered pair (a toward b) in one sentence; ``a`` may be absent (a speaker
    outside the sentence). Built from parts the sentence computes once (in the same key
    order every time: the scores sum them in that order)."""
    f = dict(sp.head(rule, speaks, b_is_target, n_actors))
    b_roots = [sp.root(r) for r in b]
    for r in b_roots:
        f.update(sp.b_part(r))
    if not a:
        f["a_absent"] = 1.0
        return f
    best: tuple[int, Token, Token] | None = None
    for rng in a:
        ra = sp.root(rng)
        f.update(sp.a_part(ra))
        for rb in b_roots:
            path, top = sp.path(ra, rb)
            if top is not None and (best is None or len(path) < best[0]):
                best = (len(path), ra, rb)
    if best is None:
        f["no_path"] = 1.0
        return f
    f.update(sp.path_part(best[1], best[2]))
    return f


@dataclass
class Candidate:
    features: dict[str, float]
    sentence: Span
    subject: str
    object: str  # an actor id, or a target name
    evidence: Span


class FeatureMaker:
    """Candidates and their features for one analysed document."""

    def __init__(self, rules: RulesBackend | None = None) -> None:
        self.rules = rules or RulesBackend()
        self.lex = lexicon()
        # The current document's sentences, by (paragraph, first token): target stances and
        # relations of one document share them.
        self._doc: Document | None = None
        self._sentences: dict[tuple[int, int], SentenceParse] = {}

    def sentence(self, doc: Document, para: Paragraph, sent: SpacySpan) -> SentenceParse:
        if doc is not self._doc:
            self._doc, self._sentences = doc, {}
        key = (id(para), sent.start)
        sp = self._sentences.get(key)
        if sp is None:
            sp = self._sentences[key] = SentenceParse(self.lex, para, sent, text_of(doc, para, sent))
        return sp

    def relation_candidates(self, doc: Document, index: ActorIndex,
                            found: list[tuple[Relation, float]] | None = None
                            ) -> Iterator[tuple[int, Candidate]]:
        """Every ordered pair of actors mentioned in one sentence (with the paragraph index);
        ``found`` is the rules' readings of the document when the caller has them."""
        if found is None:
            found = self.rules.readings(doc, index)
        rule_rel = {(r.subject, r.object, r.sentence): r.polarity for r in settle(list(found))}
        # How the rules read each pair here (the strongest reading's weight) and across the
        # document (signed sum of weights): positions between two actors rarely change.
        here_w: dict[tuple[str, str, Span], float] = {}
        for rel, w in found:
            key = (rel.subject, rel.object, rel.sentence)
            here_w[key] = max(here_w.get(key, -1.0), w)
        votes = pair_votes(found)
        speaker_of = self._speakers(doc)
        last: tuple[str, int] | None = None  # the latest speaker, and in which sentence
        vote_parts: dict[tuple[float | None, float, float], dict[str, float]] = {}
        ordinal = -1
        for pi, para in enumerate(doc.paragraphs):
            for sent in para.doc.sents:
                ordinal += 1
                mentions = index.mentions(pi, sent)
                by_actor: dict[str, list[tuple[int, int]]] = {}
                for m in mentions:
                    by_actor.setdefault(m.actor, []).append((m.start, m.end))
                sspan = para.span_of(sent)
                # Speakers whose statement's content covers this sentence hold positions in it
                # even where they are not named ("..., he said" one sentence earlier).
                here = [(who, content) for who, content in speaker_of
                        if content[0] < sspan[1] and sspan[0] < content[1]]
                speakers = [who for who, _content in here]
                carried = None
                if not speakers and last is not None and ordinal - last[1] <= CARRY_SENTENCES:
                    carried = last[0]  # a quote running on, or the story's current voice
                if speakers:
                    last = (speakers[-1], ordinal)
                holders = dict.fromkeys([*by_actor, *speakers, *([carried] if carried else [])])
                if len(holders) < 2 or not by_actor:
                    continue
                sp = self.sentence(doc, para, sent)
                quoted = any(q in sp.text for q in QUOTES)
                # Each mention's character span, and who speaks a statement holding it, once
                # per sentence rather than once per pair.
                chars = {(m.start, m.end): m.chars(para) for m in mentions}
                for m in mentions:
                    sp.roots.setdefault((m.start, m.end), m.root(para))  # the rules asked already
                said_by = {b: {who for who, content in here if who in holders
                               and any(content[0] <= chars[r][0] and chars[r][1] <= content[1]
                                       for r in b_ranges)}
                           for b, b_ranges in by_actor.items()}
                for a in holders:
                    a_ranges = by_actor.get(a, [])
                    for b, b_ranges in by_actor.items():
                        if a == b:
                            continue
                        rule = rule_rel.get((a, b, sspan), "none")
                        speaks = a in said_by[b]
                        feats = pair_features(sp, a_ranges, b_ranges, rule, speaks, False, len(by_actor))
                        reading_w = here_w.get((a, b, sspan))
                        vote, back = votes.get((a, b), 0.0), votes.get((b, a), 0.0)
                        weights = (reading_w, vote, back)
                        part = vote_parts.get(weights)
                        if part is None:
                            part = vote_parts[weights] = {
                                f"holder_w={reading_w}": 1.0, f"vote={_bin(vote)}": 1.0,
                                f"back_vote={_bin(back)}": 1.0,
                                f"holder_w={reading_w}&vote={_bin(vote)}": 1.0}
                        feats.update(part)
                        if not a_ranges:
                            role = "speaker" if a in speakers else "carried"
                            feats[f"holder={role}"] = 1.0
                            feats[f"holder={role}&quoted={quoted}"] = 1.0
                        # The mentions do not overlap and each actor's are in order: the
                        # evidence runs from the first one's first character to the last one's last.
                        first = a_ranges or b_ranges
                        evidence = (min(chars[first[0]][0], chars[b_ranges[0]][0]),
                                    max(chars[first[-1]][1], chars[b_ranges[-1]][1]))
                        yield pi, Candidate(feats, sspan, a, b, evidence)

    def target_candidate(self, ctx: TargetContext, index: ActorIndex, reading: Reading | None = None
                         ) -> Candidate:
        st = ctx.statement
        pi = next(i for i, para in enumerate(ctx.doc.paragraphs) if para is ctx.para)
        mentions = index.mentions(pi, ctx.sent)
        a_ranges = [(m.start, m.end) for m in mentions if m.actor == st.actor]
        if reading is None:
            reading = self.rules.read(ctx)
        rule = {1: "positive", -1: "negative"}.get(reading.polarity, "none")
        b = [(ctx.match.start, ctx.match.end)]
        n_actors = len({m.actor for m in mentions})
        feats = pair_features(self.sentence(ctx.doc, ctx.para, ctx.sent), a_ranges, b, rule, True, True,
                              n_actors)
        sspan = ctx.para.span_of(ctx.sent)
        return Candidate(feats, sspan, st.actor or "", ctx.match.target.name, self._evidence(ctx.para, b))

    @staticmethod
    def _speakers(doc: Document) -> list[tuple[str, Span]]:
        return [(st.actor, st.content) for st in doc.statements if st.actor]

    @staticmethod
    def _evidence(para: Paragraph, ranges: list[tuple[int, int]]) -> Span:
        lo = min(s for s, _ in ranges)
        hi = max(e for _, e in ranges)
        return para.span_of(para.doc[lo:hi])


# --- the model -------------------------------------------------------------------------


class LearnedBackend:
    """Two trained classifiers: a linear pair model over parse features (target stance, and
    the reading of a pair named in one sentence) and a tree ensemble over discourse
    candidates (``discourse.py``) that decides the relations, the pair model's reading
    among its features, and the fine-tuned sentence encoder's (``encoder.py``) when the
    model was trained with one."""

    name = "learned"

    def __init__(self, vectorizer: Any, classifier: Any, threshold: float, meta: dict[str, Any],
                 relation_model: Any = None, relation_threshold: float = 0.5,
                 encoder: PairEncoder | None = None) -> None:
        self.vectorizer = vectorizer
        self.classifier = classifier
        self.threshold = threshold
        self.meta = meta
        self.relation_model = relation_model
        self.relation_threshold = relation_threshold
        self.encoder = encoder  # a fine-tuned sentence encoder whose reading the ensemble weighs
        self.features = FeatureMaker()
        self._index_cache: tuple[Document, ActorIndex] | None = None

    @classmethod
    def load(cls, path: str | Path) -> LearnedBackend:
        _require_sklearn()
        data = load_model(path, MODEL_FORMAT, "stance model", "stancegraph train stance")
        encoder_state = data.get("encoder")
        expected = RELATION_FEATURES if encoder_state is None else ENCODED_FEATURES
        if tuple(data.get("relation_features", ())) != expected:
            raise ConfigError(f"{path}: trained on other relation features; retrain it with "
                              "`stancegraph train stance`")
        encoder = None
        if encoder_state is not None:
            from .encoder import PairEncoder

            try:
                encoder = PairEncoder.from_state(encoder_state)
            except ConfigError as exc:
                raise ConfigError(f"{path}: {exc.args[0]}") from None
        return cls(data["vectorizer"], data["classifier"], data["threshold"], data.get("meta", {}),
                   data["relation_model"], data["relation_threshold"], encoder)

    @property
    def relation_features(self) -> tuple[str, ...]:
        return RELATION_FEATURES if self.encoder is None else ENCODED_FEATURES

    def save(self, path: str | Path) -> None:
        save_model(
            path,
            MODEL_FORMAT,
            {"vectorizer": self.vectorizer, "classifier": self.classifier,
             "threshold": self.threshold, "meta": self.meta,
             "relation_model": self.relation_model, "relation_threshold": self.relation_threshold,
             "relation_features": self.relation_features,
             "encoder": None if self.encoder is None else self.encoder.state()},
        )

    def predict(self, feats: list[dict[str, float]]) -> list[tuple[str, float]]:
        """(label, probability of that label); a pair is none unless a polarity clears the threshold."""
        return _labels(*self.pair_probabilities(feats), self.threshold)

    def pair_probabilities(self, feats: list[dict[str, float]]
                           ) -> tuple[list[float], list[float], list[float]]:
        """The pair model's probabilities of positive, negative and none for each row."""
        if not feats:
            return [], [], []
        probs = self._proba(self._matrix(feats))
        return _columns(probs, list(self.classifier.classes_), len(feats))

    def _proba(self, x: Any) -> Any:
        """``predict_proba`` of a multinomial model, computed as scikit-learn does (softmax of
        the decision function) without its input checks, which cost more than the product
        on one document's rows."""
        clf = self.classifier
        if len(clf.classes_) <= 2:
            return clf.predict_proba(x)
        from sklearn.utils.extmath import safe_sparse_dot, softmax

        return softmax(safe_sparse_dot(x, clf.coef_.T, dense_output=True) + clf.intercept_, copy=False)

    def _matrix(self, feats: list[dict[str, float]]) -> Any:
        """What ``vectorizer.transform`` gives (but for the order of a row's entries, which
        follows its features'), built straight from the vocabulary: several times faster on
        the hundred-odd rows of one document."""
        import numpy as np
        from scipy.sparse import csr_matrix

        vocab = self.vectorizer.vocabulary_
        cols = np.array(list(map(vocab.get, chain.from_iterable(feats), repeat(-1))), dtype=np.int64)
        data = np.array(list(chain.from_iterable(map(dict.values, feats))), dtype=np.float64)
        # A feature the model never saw weighs nothing: zero at column 0 adds exactly 0.0 to
        # each score, so the sums match the ones without it.
        unknown = cols < 0
        cols[unknown] = 0
        data[unknown] = 0.0
        ptr = np.array([0, *accumulate(map(len, feats))], dtype=np.int64)
        return csr_matrix((data, cols, ptr), shape=(len(feats), len(vocab)))

    def _index(self, ctx: TargetContext) -> ActorIndex:
        if ctx.index is not None:
            return ctx.index
        # Held with its document (not by id: a new document may reuse a freed one's id).
        if self._index_cache is None or self._index_cache[0] is not ctx.doc:
            self._index_cache = (ctx.doc, ActorIndex.build(ctx.doc))
        return self._index_cache[1]

    def target_stance(self, ctx: TargetContext) -> Stance:
        return self.target_stances([ctx])[0]

    def target_stances(self, ctxs: list[TargetContext]) -> list[Stance]:
        """Stances of many target mentions; the model scores those it decides in one matrix."""
        out: list[Stance | None] = []
        todo: list[tuple[int, Candidate]] = []
        for ctx in ctxs:
            # SEESAW has few topic stances to learn from: where the rules read the target from
            # the parse (a stance word, a report, a condition), theirs stands; the model decides
            # where they could only go by the sentence's tone.
            reading = self.features.rules.read(ctx)
            if reading.evidence:
                out.append(self.features.rules.stance_of(ctx, reading))
            else:
                todo.append((len(out), self.features.target_candidate(ctx, self._index(ctx), reading)))
                out.append(None)
        for (i, cand), (label, prob) in zip(todo, self.predict([c.features for _i, c in todo]), strict=True):
            score = prob if label != "none" else 1.0 - prob
            out[i] = Stance(cand.object, STANCE_OF[label], round(score, 3), cand.evidence)
        return [s for s in out if s is not None]

    def candidates(self, doc: Document, index: ActorIndex) -> tuple[list[PairCandidate], Any]:
        """The document's discourse candidates and their feature rows, the pair model's
        reading of the pairs named in one sentence appended."""
        import numpy as np

        found = self.features.rules.readings(doc, index)
        pair_cands = [c for _pi, c in self.features.relation_candidates(doc, index, found)]
        pos, neg, _none = self.pair_probabilities([c.features for c in pair_cands])
        read = {(c.sentence, c.subject, c.object): (p, n)
                for c, p, n in zip(pair_cands, pos, neg, strict=True)}
        facts = DocumentFacts(doc, index, self.features, found)
        cands = list(facts.candidates())
        stacked = np.array([_stacked(read.get((c.sentence, c.subject, c.object))) for c in cands])
        rows = np.hstack([facts.rows(cands), stacked.reshape(len(cands), len(STACKED))])
        if self.encoder is not None and cands:
            texts = [facts.sentence_text(i) for i in range(len(facts.sentences))]
            inputs = [pair_input(facts, c) for c in cands]
            [(epos, eneg, _enone)] = self.encoder.probabilities([(texts, inputs)])
            rows = np.column_stack([rows, epos, eneg])
        return cands, rows

    def relations(self, doc: Document, index: ActorIndex) -> list[Relation]:
        self._index_cache = (doc, index)
        cands, rows = self.candidates(doc, index)
        out = []
        for cand, (label, p) in zip(cands, self.predict_relations(rows), strict=True):
            if label != "none":
                out.append(Relation(cand.subject, cand.object, label, cand.sentence, cand.evidence,
                                    round(p, 3), "model"))
        return out

    def relation_probabilities(self, rows: Any) -> tuple[list[float], list[float], list[float]]:
        """Each row's probabilities (positive, negative, none); ``rows`` a matrix or a list of rows."""
        if len(rows) == 0:
            return [], [], []
        import numpy as np

        with _one_thread():
            probs = self.relation_model.predict_proba(np.asarray(rows, dtype=np.float64))
        return _columns(probs, list(self.relation_model.classes_), len(rows))

    def predict_relations(self, rows: Any) -> list[tuple[str, float]]:
        return _labels(*self.relation_probabilities(rows), self.relation_threshold)


def _labels(pos: list[float], neg: list[float], none: list[float], thr: float) -> list[tuple[str, float]]:
    """(label, probability of that label) per row: none unless a polarity clears ``thr``."""
    return [(("positive", p) if p > n else ("negative", n)) if max(p, n) >= thr else ("none", z)
            for p, n, z in zip(pos, neg, none, strict=True)]


def _columns(probs: Any, classes: list[str], n: int) -> tuple[list[float], list[float], list[float]]:
    zero = [0.0] * n
    pos = probs[:, classes.index("positive")].tolist() if "positive" in classes else zero
    neg = probs[:, classes.index("negative")].tolist() if "negative" in classes else zero
    none = probs[:, classes.index("none")].tolist() if "none" in classes else zero
    return pos, neg, none


def _stacked(read: tuple[float, float] | None) -> list[float]:
    """The pair model's columns of a discourse row (``STACKED``)."""
    return [-1.0, -1.0, 0.0] if read is None else [read[0], read[1], 1.0]


# --- training ----------------------------------------------------------------------------

Key = tuple[int, str, str]  # SEESAW sentence id, subject entity, object entity
# The encoder's training: its length (in passes over the training sentences' batches),
# the folds its readings of the training articles are cross-fitted over, and how many of
# its top layers are tuned (the others stay as packaged). On SEESAW train (3-fold CV F1 of
# the whole model) / dev: no encoder 0.321 / 0.272; 2 layers, 1 pass 0.337-0.339 /
# 0.289-0.317 (two runs); 2 layers, 2 passes 0.347 / 0.293; 3 layers, 2 passes 0.349 /
# 0.287 at a third more training time. Also tried, as further ensemble columns, and left
# out (train CV up, dev not): the encoder's reading of the reverse pair (0.353 / 0.286) and
# its readings of the pair across the document (0.358 / 0.278).
ENCODER_EPOCHS = 2.0
ENCODER_FOLDS = 2
ENCODER_LAYERS = 2


@dataclass
class ArticleRows:
    """One training article: the pair model's labelled rows (relations named in one
    sentence, then topic targets), and the discourse candidates with their labels."""

    name: str
    pair_rows: list[tuple[dict[str, float], str]]
    pair_gold: int  # gold triples and topic stances the pair rows are scored against
    rows: list[list[float]]  # discourse rows, without the stacked columns
    labels: list[str]
    keys: list[Key]
    pair_of: list[int]  # the discourse row's pair row, or -1
    gold: set[tuple[int, str, str, str]]
    # What the sentence encoder reads: each sentence's text, and per discourse row its
    # sentence and where each side is named there (``encoder.PairInput``).
    sentences: list[str] = field(default_factory=list)
    inputs: list[PairInput] = field(default_factory=list)


def labelled_articles(split_dir: str | Path, limit: int | None = None) -> Iterator[ArticleRows]:
    """Each SEESAW article's labelled rows. Actors are matched to the annotated entities only
    to label candidates; a pair with a side matching no entity is left out."""
    from ..config import Config
    from ..evaluate import seesaw
    from ..evaluate.stance import analysed, entity_of, gold_triples, sentence_id

    makers = FeatureMaker()
    for art, doc, spans in analysed(split_dir, Config(), limit):
        actors = [e for e in art.entities if e.is_actor]
        names = entity_of(doc, actors)
        gold: dict[Key, str] = {}
        for t in art.triples:
            gold.setdefault((t.sentence, t.subject, t.object), t.polarity)
        index = ActorIndex.build(doc)
        found = makers.rules.readings(doc, index)
        pair_rows: list[tuple[dict[str, float], str]] = []
        pair_at: dict[tuple[Span, str, str], int] = {}
        for _pi, cand in makers.relation_candidates(doc, index, found):
            sid = sentence_id(spans, cand.sentence)
            subj, obj = names.get(cand.subject), names.get(cand.object)
            if sid is None or subj is None or obj is None or subj == obj:
                continue
            pair_at[(cand.sentence, cand.subject, cand.object)] = len(pair_rows)
            pair_rows.append((cand.features, gold.get((sid, subj, obj), "none")))
        reached = sum(1 for _f, lab in pair_rows if lab != "none")
        # Topics and events stand in for targets: speaker (or subject) toward the topic phrase.
        topics = [Target(e.name, (e.name,)) for e in art.entities
                  if not e.is_actor and len(seesaw.norm(e.name)) > 3]
        if topics:
            pair_rows.extend(_topic_rows(doc, index, spans, names, gold, TargetMatcher(topics), makers))
        topic_gold = sum(1 for _f, lab in pair_rows if lab != "none") - reached
        golds = gold_triples(art)
        out = ArticleRows(art.name, pair_rows, len(golds) + topic_gold, [], [], [], [], golds)
        facts = DocumentFacts(doc, index, makers, found)
        out.sentences = [facts.sentence_text(i) for i in range(len(facts.sentences))]
        kept = []
        for c in facts.candidates():
            sid = sentence_id(spans, c.sentence)
            subj, obj = names.get(c.subject), names.get(c.object)
            if sid is None or subj is None or obj is None or subj == obj:
                continue
            kept.append(c)
            out.inputs.append(pair_input(facts, c))
            out.labels.append(gold.get((sid, subj, obj), "none"))
            out.keys.append((sid, subj, obj))
            out.pair_of.append(pair_at.get((c.sentence, c.subject, c.object), -1))
        out.rows = facts.rows(kept).tolist()
        yield out


def _topic_rows(doc: Document, index: ActorIndex, spans: dict[int, Span], names: dict[str, str],
                gold: dict[Key, str], matcher: TargetMatcher, makers: FeatureMaker
                ) -> Iterable[tuple[dict[str, float], str]]:
    from ..evaluate.stance import sentence_id

    for st in doc.statements:
        subj = names.get(st.actor or "")
        if subj is None:
            continue
        for _pi, para, sent in sentences_of(doc, st.content):
            sid = sentence_id(spans, para.span_of(sent))
            if sid is None:
                continue
            for m in matcher.find(sent):
                ctx = TargetContext(doc, para, sent, st, m)
                cand = makers.target_candidate(ctx, index)
                yield cand.features, gold.get((sid, subj, m.target.name), "none")


def _fit_pairs(rows: list[tuple[dict[str, float], str]]) -> tuple[Any, Any]:
    vec_cls, lr_cls = _require_sklearn()
    vec = vec_cls(sparse=True)
    x = vec.fit_transform([f for f, _ in rows])
    # Strong regularisation: C from 0.03 to 2 was tried (3-fold over SEESAW train articles):
    # 0.1 did best, by little.
    clf = lr_cls(max_iter=3000, C=0.1, class_weight={"none": 1.0, "positive": 1.5, "negative": 1.2})
    clf.fit(x, [lab for _, lab in rows])
    return vec, clf


class RelationModel:
    """The relation decision in two steps: a tree ensemble decides whether the pair holds a
    relation at all (against none), and a logistic regression over the same columns,
    trained on the related candidates, whether it is positive. Their product gives the
    three probabilities a multinomial model would (``classes_``, ``predict_proba``).

    Split because a multinomial ensemble grows one tree per class each round, and reading
    a tree costs about 10 microseconds however few rows it reads: for one document's few
    hundred candidates the 300 trees of the former model (100 rounds at rate 0.1) were the
    stance stage's largest cost. Polarity is close to linear in the rules' and the pair
    model's readings, and a linear model keeps to them on a small training set, where
    trees take the first column that happens to split it. On SEESAW, at seeds 13, 7 and 21
    of the training shuffle, dev F1 / train 3-fold CV F1:
    - the former model: 0.319 / -, 0.312 / 0.346, 0.303 / 0.346;
    - 50 trees and this polarity model: 0.312 / 0.351, 0.322 / 0.344, 0.322 / 0.351;
    - 50 trees and 20 more for polarity: 0.320 / 0.355, 0.315 / 0.344, 0.317 / 0.350;
    - 40 + 20 trees at rate 0.2: 0.298 / 0.351, 0.333 / 0.349, 0.309 / 0.353.
    """

    TREES = 50
    RATE = 0.15
    POLARITY_C = 0.1  # 1.0 measured the same

    def __init__(self, relation: Any, polarity: Any, n_features: int) -> None:
        import numpy as np

        # Either may be a constant probability: a training set with no related candidate, or
        # with one polarity only, has no second class to learn.
        self.relation = relation
        self.polarity = polarity
        self.classes_ = np.array(["negative", "none", "positive"])
        self.n_features_in_ = n_features

    @classmethod
    def fit(cls, rows: list[list[float]], labels: list[str], seed: int) -> RelationModel:
        import numpy as np

        try:
            from sklearn.ensemble import HistGradientBoostingClassifier
            from sklearn.linear_model import LogisticRegression
            from sklearn.pipeline import make_pipeline
            from sklearn.preprocessing import StandardScaler
        except ImportError as exc:
            raise MissingExtra("scikit-learn", "learned", "the learned stance backend") from exc
        x = np.asarray(rows, dtype=np.float64)
        related = np.asarray(labels) != "none"
        positive = np.asarray(labels)[related] == "positive"
        relation: Any = _constant(related)
        polarity: Any = _constant(positive)
        with _one_thread():
            if relation is None:
                # Small trees, large leaves: ~40k rows with 7% related (SEESAW train).
                relation = HistGradientBoostingClassifier(
                    max_iter=cls.TREES, learning_rate=cls.RATE, max_leaf_nodes=15,
                    min_samples_leaf=min(50, max(2, len(x) // 20)), l2_regularization=1.0,
                    random_state=seed).fit(x, related)
            if polarity is None:
                linear = LogisticRegression(C=cls.POLARITY_C, max_iter=2000)
                polarity = make_pipeline(StandardScaler(), linear).fit(x[related], positive)
        return cls(relation, polarity, x.shape[1])

    def predict_proba(self, x: Any) -> Any:
        """Columns in ``classes_`` order: negative, none, positive."""
        import numpy as np

        related, positive = (_true_column(m, x) for m in (self.relation, self.polarity))
        return np.column_stack([related * (1.0 - positive), 1.0 - related, related * positive])


def _constant(y: Any) -> float | None:
    """The probability of True where ``y`` holds one class only (None where it holds both)."""
    if len(y) and y.any() and not y.all():
        return None
    return float(y.mean()) if len(y) else 0.5


def _true_column(model: Any, x: Any) -> Any:
    """A binary model's probability of True for each row (or its constant one)."""
    import numpy as np

    if isinstance(model, float):
        return np.full(len(x), model)
    return model.predict_proba(x)[:, list(model.classes_).index(True)]


def _one_thread() -> Any:
    """The tree ensemble on one OpenMP thread: on a shared machine its threads wait on each
    other (a 10-second fit took minutes on 2 busy cores), and one document's rows are few."""
    return _threadpools().limit(limits=1, user_api="openmp")


@lru_cache(maxsize=1)
def _threadpools() -> Any:
    # Finding the loaded thread pools scans the process's libraries: once, not per document.
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def _stack(arts: list[ArticleRows], pair_model: LearnedBackend) -> list[list[list[float]]]:
    """Each article's discourse rows with the pair model's columns."""
    out = []
    for a in arts:
        pos, neg, _none = pair_model.pair_probabilities([f for f, _lab in a.pair_rows])
        out.append([row + _stacked((pos[j], neg[j]) if j >= 0 else None)
                    for row, j in zip(a.rows, a.pair_of, strict=True)])
    return out


def train(split_dir: str | Path, out: str | Path, limit: int | None = None, seed: int = 13,
          folds: int = 3, encoder: bool | None = None, encoder_epochs: float = ENCODER_EPOCHS,
          log: Callable[[str], None] | None = None, encoder_articles: int | None = None) -> dict[str, Any]:
    """Fit the pair model, the sentence encoder (``encoder``: on by default when the
    ``embeddings`` extra is installed) and the relation model on a SEESAW split and write
    the model file. ``encoder_articles`` bounds how many of the articles (drawn at random)
    the encoder is fine-tuned on, the costly part; the rest still train the ensemble.

    Both thresholds are chosen by cross-validation over articles, for F1 against every gold
    triple of the held-out articles, not only those some candidate reaches. The relation
    model learns from the pair model's and the encoder's readings of held-out articles
    (stacking), as it meets them on new text."""
    import time

    _require_sklearn()
    if encoder is None:
        from .encoder import available

        encoder = available()
    elif encoder:
        from .encoder import _modules

        _modules()  # a missing extra stops the run before the articles are read
    t0 = time.perf_counter()
    arts = list(labelled_articles(split_dir, limit))
    return train_on(arts, out, str(split_dir), seed, folds, encoder, encoder_epochs, log,
                    feature_seconds=time.perf_counter() - t0, encoder_articles=encoder_articles)


def train_on(arts: list[ArticleRows], out: str | Path, trained_on: str, seed: int = 13, folds: int = 3,
             encoder: bool = False, encoder_epochs: float = ENCODER_EPOCHS,
             log: Callable[[str], None] | None = None, feature_seconds: float = 0.0,
             encoder_articles: int | None = None) -> dict[str, Any]:
    """``train`` on articles already labelled (``labelled_articles``)."""
    import time

    t0 = time.perf_counter()
    arts = list(arts)
    random.Random(seed).shuffle(arts)
    all_pairs = [r for a in arts for r in a.pair_rows]
    if not any(lab != "none" for a in arts for lab in a.labels) or not any(
            lab != "none" for _f, lab in all_pairs):
        raise ConfigError(f"{trained_on}: no labelled candidate pairs to train on")

    k = max(2, min(folds, len(arts)))
    fold_of = [i % k for i in range(len(arts))]
    thresholds = [x / 40 for x in range(4, 33)]
    pair_counts = {thr: [0, 0, 0] for thr in thresholds}  # right, predicted, gold
    stacked: list[list[list[float]] | None] = [None] * len(arts)
    for fold in range(k):
        held = [a for a, f in zip(arts, fold_of, strict=True) if f == fold]
        rest = [r for a, f in zip(arts, fold_of, strict=True) if f != fold for r in a.pair_rows]
        if not any(lab != "none" for _f, lab in rest) or not held:
            continue
        probe = LearnedBackend(*_fit_pairs(rest), 0.5, {})
        for i, rows in zip([i for i, f in enumerate(fold_of) if f == fold], _stack(held, probe), strict=True):
            stacked[i] = rows
        held_rows = [r for a in held for r in a.pair_rows]
        gold = sum(a.pair_gold for a in held)
        for thr in thresholds:
            probe.threshold = thr
            right, predicted, reached = _counts(probe, held_rows)
            c = pair_counts[thr]
            c[0], c[1], c[2] = c[0] + right, c[1] + predicted, c[2] + max(gold, reached)
    pair_thr = max(((_f1_of(*pair_counts[thr]), thr) for thr in thresholds), key=lambda x: (x[0], -x[1]))
    vec, clf = _fit_pairs(all_pairs)
    model = LearnedBackend(vec, clf, pair_thr[1], {})
    # A fold without a pair model (too few articles) takes the final one's readings.
    for i, a in enumerate(arts):
        if stacked[i] is None:
            stacked[i] = _stack([a], model)[0]
    rows_of = [r or [] for r in stacked]
    encoder_meta: dict[str, Any] = {}
    if encoder:
        model.encoder, encoder_meta = _fit_encoder(arts, rows_of, seed, encoder_epochs, log, encoder_articles)

    # The relation threshold, from relation models fit on the other folds' stacked rows.
    rel_counts = {thr: [0, 0, 0] for thr in thresholds}
    for fold in range(k):
        train_rows = [r for i, f in enumerate(fold_of) if f != fold for r in rows_of[i]]
        train_labels = [lab for i, f in enumerate(fold_of) if f != fold for lab in arts[i].labels]
        if len(set(train_labels)) < 2:
            continue
        probe = LearnedBackend(vec, clf, pair_thr[1], {}, RelationModel.fit(train_rows, train_labels, seed))
        for i in (i for i, f in enumerate(fold_of) if f == fold):
            pos, neg, _none = probe.relation_probabilities(rows_of[i])
            for thr in thresholds:
                right, predicted = _decide(arts[i].keys, pos, neg, thr, arts[i].gold)
                c = rel_counts[thr]
                c[0], c[1], c[2] = c[0] + right, c[1] + predicted, c[2] + len(arts[i].gold)
    rel_thr = max(((_f1_of(*rel_counts[thr]), thr) for thr in thresholds), key=lambda x: (x[0], -x[1]))
    model.relation_model = RelationModel.fit([r for rows in rows_of for r in rows],
                                          [lab for a in arts for lab in a.labels], seed)
    model.relation_threshold = rel_thr[1]
    model.meta = {"trained_on": trained_on, "articles": len(arts), "pairs": len(all_pairs),
                  "candidates": sum(len(a.rows) for a in arts),
                  "held_out_f1": round(rel_thr[0], 4), "threshold": rel_thr[1],
                  "pair_held_out_f1": round(pair_thr[0], 4), "pair_threshold": pair_thr[1],
                  "encoder": encoder_meta or None}
    model.save(out)
    return {**model.meta, "seconds": round(time.perf_counter() - t0 + feature_seconds, 1),
            "feature_seconds": round(feature_seconds, 1), "out": str(out)}


def _fit_encoder(arts: list[ArticleRows], rows_of: list[list[list[float]]], seed: int, epochs: float,
                 log: Callable[[str], None] | None,
                 limit: int | None = None) -> tuple[PairEncoder, dict[str, Any]]:
    """The encoder fine-tuned on every article (the first ``limit`` ones, when given: the
    articles come shuffled), after appending to each article's rows the reading of one
    fine-tuned on the other half of those articles (cross-fitting: the ensemble never learns
    from a reading of text the encoder was trained on; an article outside the tuned ones is
    read by the encoder of its own half, which never saw it either)."""
    import time

    from .encoder import PairEncoder

    t0 = time.perf_counter()
    docs = [(a.sentences, a.inputs) for a in arts]
    labels = [a.labels for a in arts]
    half = [i % ENCODER_FOLDS for i in range(len(arts))]
    tuned = len(arts) if limit is None else max(ENCODER_FOLDS, min(limit, len(arts)))
    cache: dict[str, Any] = {}  # the frozen layers' vectors of each sentence, for every fit
    for fold in range(ENCODER_FOLDS):
        fit_on = [i for i, f in enumerate(half[:tuned]) if f != fold]
        held = [i for i, f in enumerate(half) if f == fold]
        if not held:
            continue
        enc = PairEncoder(ENCODER_LAYERS, seed=seed)
        if fit_on:
            enc.fit([docs[i] for i in fit_on], [labels[i] for i in fit_on], epochs=epochs, log=log,
                    cache=cache)
        for i, (pos, neg, _none) in zip(held, enc.probabilities([docs[i] for i in held]), strict=True):
            rows_of[i] = [row + [p, n] for row, p, n in zip(rows_of[i], pos, neg, strict=True)]
    final = PairEncoder(ENCODER_LAYERS, seed=seed)
    fitted = final.fit(docs[:tuned], labels[:tuned], epochs=epochs, log=log, cache=cache)
    return final, {**fitted, "epochs": epochs, "tuned_layers": final.tuned_layers, "articles": tuned,
                   "seconds": round(time.perf_counter() - t0, 1)}


def _decide(keys: list[Key], pos: list[float], neg: list[float], thr: float,
            gold: set[tuple[int, str, str, str]]) -> tuple[int, int]:
    """(right, predicted) triples of one article at a threshold: the strongest reading of
    each (sentence, subject, object), as the evaluation counts a triple once."""
    best: dict[Key, tuple[float, str]] = {}
    for key, p, n in zip(keys, pos, neg, strict=True):
        m = max(p, n)
        if m >= thr and m > best.get(key, (0.0, ""))[0]:
            best[key] = (m, "positive" if p > n else "negative")
    triples = {(*key, pol) for key, (_m, pol) in best.items()}
    return len(triples & gold), len(triples)


def _counts(model: LearnedBackend, rows: list[tuple[dict[str, float], str]]) -> tuple[int, int, int]:
    """(right, predicted, gold) over labelled candidate rows."""
    pred = model.predict([f for f, _ in rows])
    right = sum(1 for (lab, _p), (_f, gold) in zip(pred, rows, strict=True) if lab != "none" and lab == gold)
    return right, sum(1 for lab, _p in pred if lab != "none"), sum(1 for _f, gold in rows if gold != "none")


def _f1_of(right: int, predicted: int, gold: int) -> float:
    if not right:
        return 0.0
    p, r = right / predicted, right / gold
    return 2 * p * r / (p + r)
