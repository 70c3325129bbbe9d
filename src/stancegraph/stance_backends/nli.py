"""The nli backend: zero-shot stance with a natural-language-inference model.

For each (holder, object) pair the premise is the sentence and two hypotheses are
scored, "<holder> supports <object>." and "<holder> opposes <object>.": the label is
the one whose entailment probability is higher, when it reaches
``MIN_ENTAILMENT``; otherwise the pair is neutral (targets) or no relation (actors).

Loading goes through transformers (the ``nli`` extra: transformers + torch) and never
downloads: pass a local directory, or a Hub name already in the local cache
(``huggingface-cli download NAME`` first). docs/stance.md says how to pick a model.
"""

from __future__ import annotations

from typing import Any

from ..errors import ConfigError, MissingExtra, ModelNotFound
from ..types import Document, Relation, Stance
from .base import ActorIndex, TargetContext

MIN_ENTAILMENT = 0.5
MAX_PAIRS_PER_SENTENCE = 30
SUPPORT = "{holder} supports {object}."
OPPOSE = "{holder} opposes {object}."


def _import() -> tuple[Any, Any, Any]:
    try:
        import torch
        from transformers import AutoModelForSequenceClassification, AutoTokenizer
    except ImportError as exc:
        raise MissingExtra("transformers", "nli", "the nli stance backend") from exc
    return torch, AutoTokenizer, AutoModelForSequenceClassification


def entailment_index(id2label: dict[int, str]) -> int:
    """Which output of the classifier means entailment, read from the model's own labels."""
    for idx, label in id2label.items():
        if str(label).lower().startswith("entail"):
            return int(idx)
    raise ConfigError(
        f"the NLI model's labels {sorted(id2label.values())} name no 'entailment' class: "
        "is it an NLI (MNLI/XNLI) model?"
    )


class NLIBackend:
    """Zero-shot target stance and actor relations with a sequence-pair NLI classifier."""

    name = "nli"

    def __init__(self, model: str, batch_size: int = 16) -> None:
        torch, tok_cls, model_cls = _import()
        self.torch = torch
        self.batch_size = batch_size
        try:
            self.tokenizer = tok_cls.from_pretrained(model, local_files_only=True)
            self.model = model_cls.from_pretrained(model, local_files_only=True)
        except (OSError, ValueError) as exc:
            raise ModelNotFound(
                f"cannot load NLI model {model!r} from a local path or the local Hugging Face cache "
                f"(nothing is downloaded at run time): {exc}"
            ) from None
        self.model.eval()
        self.entail = entailment_index(dict(self.model.config.id2label))

    def entailment(self, pairs: list[tuple[str, str]]) -> list[float]:
        """P(entailment) of each (premise, hypothesis)."""
        out: list[float] = []
        torch = self.torch
        for i in range(0, len(pairs), self.batch_size):
            chunk = pairs[i : i + self.batch_size]
            enc = self.tokenizer([p for p, _ in chunk], [h for _, h in chunk], truncation=True,
                                 padding=True, max_length=256, return_tensors="pt")
            with torch.no_grad():
                logits = self.model(**enc).logits
            probs = torch.softmax(logits, dim=-1)[:, self.entail]
            out.extend(float(p) for p in probs)
        return out

    def judge(self, premise: str, holder: str, obj: str) -> tuple[int, float]:
        sup, opp = self.entailment([(premise, SUPPORT.format(holder=holder, object=obj)),
                                    (premise, OPPOSE.format(holder=holder, object=obj))])
        return _decide(sup, opp)

    def target_stance(self, ctx: TargetContext) -> Stance:
        actor = ctx.doc.actor(ctx.statement.actor)
        holder = actor.name if actor else "The speaker"
        pol, prob = self.judge(ctx.sent.text, holder, ctx.match.target.name)
        label = {1: "favor", -1: "against", 0: "neutral"}[pol]
        evidence = ctx.para.span_of(ctx.sent)
        return Stance(ctx.match.target.name, label, round(prob, 3), evidence)

    def relations(self, doc: Document, index: ActorIndex) -> list[Relation]:
        names = {a.id: a.name for a in doc.actors}
        jobs: list[tuple[str, str, tuple[int, int], str]] = []
        for pi, para in enumerate(doc.paragraphs):
            for sent in para.doc.sents:
                ids = list(dict.fromkeys(m.actor for m in index.mentions(pi, sent)))
                pairs = [(a, b) for a in ids for b in ids if a != b][:MAX_PAIRS_PER_SENTENCE]
                for a, b in pairs:
                    jobs.append((a, b, para.span_of(sent), sent.text))
        queries = [(text, tmpl.format(holder=names[a], object=names[b]))
                   for a, b, _s, text in jobs for tmpl in (SUPPORT, OPPOSE)]
        probs = self.entailment(queries)
        out = []
        for n, (a, b, span, _text) in enumerate(jobs):
            pol, p = _decide(probs[2 * n], probs[2 * n + 1])
            if pol:
                out.append(Relation(a, b, "positive" if pol > 0 else "negative", span, span,
                                    round(p, 3), "nli"))
        return out


def _decide(support: float, oppose: float) -> tuple[int, float]:
    if max(support, oppose) < MIN_ENTAILMENT:
        return 0, 1.0 - max(support, oppose)
    return (1, support) if support > oppose else (-1, oppose)
