"""Stance targets: what the user wants positions on, and where a text mentions them.

A targets file is YAML::

    targets:
      - name: negotiations with the United States
        phrases: [negotiations with the United States, negotiation, talks with the US]

Phrases match on word keys rather than exact strings, so that "negotiations",
"negotiating" and "negotiate" all meet the phrase "negotiation", "the U.S." meets
"the US", and determiners never block a match. An all-capital abbreviation keeps its
own key, which is why "talks with us" does not match "talks with the US".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from .errors import ConfigError
from .names import GROUP_HEADS

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from .types import Document

SKIP_DEPS = frozenset({"det", "punct", "case"})
SKIP_WORDS = frozenset({"the", "a", "an", "'s", "’s"})
# Longest first: the first suffix that leaves a stem of 3+ letters is removed.
SUFFIXES = ("ations", "ation", "ating", "ated", "ates", "ate", "ings", "ing", "ied", "ed", "s")


@dataclass(frozen=True)
class Target:
    name: str
    phrases: tuple[str, ...]


@lru_cache(maxsize=65536)  # every token of every statement's sentences goes through here
def word_key(word: str) -> str:
    """A key under which inflections and derivations of a word meet.

    A crude suffix stripper is enough here: phrases are short and the user lists
    the variants that matter; what it must get right is the -ation/-ate/-ing family.
    """
    bare = word.replace(".", "")
    if not bare:
        return word
    if bare.isupper() and len(bare) <= 4 and bare.isalpha():
        return "@" + bare.lower()  # an abbreviation: US, U.S., EU, UN
    low = bare.lower().replace("’", "'")
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith("es") and len(low) > 4 and (low[-3] in "xsz" or low[-4:-2] in ("ch", "sh")):
        return low[:-2]
    for suf in SUFFIXES:
        if low.endswith(suf) and len(low) - len(suf) >= (3 if suf == "s" else 4) and not low.endswith("ss"):
            low = low[: -len(suf)]
            break
    return low


def phrase_keys(phrase: str) -> tuple[str, ...]:
    words = re.findall(r"[\w’'.]+", phrase)
    keys = [word_key(w.strip(".") if not _is_abbrev(w) else w) for w in words]
    return tuple(k for k, w in zip(keys, words, strict=True) if w.lower() not in SKIP_WORDS and k)


def _is_abbrev(word: str) -> bool:
    return bool(re.fullmatch(r"(?:[A-Z]\.){2,}", word))


def load_targets(path: str | Path) -> list[Target]:
    """Read and validate a targets file; every problem is a ConfigError naming the file."""
    p = Path(path)
    if not p.is_file():
        raise ConfigError(f"{p}: targets file not found")
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ConfigError(f"{p}: not valid YAML: {exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{p}: not UTF-8 text") from None
    return parse_targets(data, str(p))


def parse_targets(data: Any, source: str = "<targets>") -> list[Target]:
    if not isinstance(data, dict) or "targets" not in data:
        raise ConfigError(f"{source}: expected a mapping with a 'targets:' list")
    items = data["targets"]
    if not isinstance(items, list) or not items:
        raise ConfigError(f"{source}: 'targets' must be a non-empty list")
    targets: list[Target] = []
    seen: set[str] = set()
    for i, item in enumerate(items, 1):
        where = f"{source}: target #{i}"
        if isinstance(item, str):
            item = {"name": item}
        if not isinstance(item, dict):
            raise ConfigError(f"{where}: expected a mapping with 'name' and 'phrases'")
        unknown = set(item) - {"name", "phrases"}
        if unknown:
            raise ConfigError(f"{where}: unknown key(s) {sorted(unknown)}; allowed: name, phrases")
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            raise ConfigError(f"{where}: 'name' must be a non-empty string")
        name = name.strip()
        if name.lower() in seen:
            raise ConfigError(f"{where}: duplicate target name {name!r}")
        seen.add(name.lower())
        phrases = item.get("phrases", [name])
        if isinstance(phrases, str):
            phrases = [phrases]
        if not isinstance(phrases, list) or not all(isinstance(x, str) and x.strip() for x in phrases):
            raise ConfigError(f"{where} ({name!r}): 'phrases' must be a list of non-empty strings")
        if not any(phrase_keys(x) for x in phrases):
            raise ConfigError(f"{where} ({name!r}): no phrase has a content word")
        targets.append(Target(name, tuple(dict.fromkeys(x.strip() for x in phrases))))
    return targets


@dataclass(frozen=True)
class TargetMatch:
    target: Target
    start: int  # token index in the spaCy Doc, end exclusive
    end: int


class TargetMatcher:
    """Find target phrases in parsed text by word keys (longest match wins)."""

    def __init__(self, targets: Sequence[Target]) -> None:
        self.targets = list(targets)
        self._by_first: dict[str, list[tuple[tuple[str, ...], Target]]] = {}
        for t in self.targets:
            for phrase in (t.name, *t.phrases):
                keys = phrase_keys(phrase)
                if keys:
                    self._by_first.setdefault(keys[0], []).append((keys, t))
        for lst in self._by_first.values():
            lst.sort(key=lambda kt: -len(kt[0]))

    def find(self, span: SpacyDoc | SpacySpan) -> list[TargetMatch]:
        """Non-overlapping matches inside ``span``, as token ranges of its Doc."""
        toks = [t for t in span if not _skip(t)]
        keys = [token_key(t) for t in toks]
        out: list[TargetMatch] = []
        i = 0
        while i < len(toks):
            hit = None
            for phrase, target in self._by_first.get(keys[i], ()):
                n = len(phrase)
                if tuple(keys[i : i + n]) == phrase:
                    hit = (n, target)
                    break
            if hit is None:
                i += 1
                continue
            n, target = hit
            out.append(TargetMatch(target, toks[i].i, toks[i + n - 1].i + 1))
            i += n
        return out


def _skip(tok: Token) -> bool:
    return tok.is_punct or tok.dep_ in SKIP_DEPS or tok.lower_ in SKIP_WORDS or tok.is_space


def token_key(tok: Token) -> str:
    return word_key(tok.text)


# --- suggestions -----------------------------------------------------------------

TOPIC_ENTS = frozenset({"EVENT", "LAW", "PRODUCT", "WORK_OF_ART"})
# Names of who acts are actors, found by the actors stage, not topics.
ACTOR_ENTS = frozenset({"PERSON", "GPE", "NORP", "ORG"})
GENERIC = frozenset(
    {"people", "time", "year", "years", "day", "days", "week", "way", "thing", "things", "part", "lot",
     "number", "percent", "statement", "comment", "article", "news", "report", "reports", "official",
     "officials", "country", "countries", "world", "state", "states", "man", "woman", "group", "case",
     "response", "letter", "remarks", "subject", "subjects", "area", "areas", "field", "issue", "issues"}
)
NAME = "name"  # a multiword proper name the tagger left untyped ("Joint Comprehensive Plan of Action")
ACRONYM = "acronym"  # an all-capital organization name, kept only when it spells a name counted


@dataclass
class Suggestion:
    phrase: str
    count: int
    kind: str  # "noun phrase", "name" or a spaCy entity label
    docs: int
    # Acronyms of the phrase counted with it ("JCPOA"); they become phrases of the target.
    aliases: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"phrase": self.phrase, "count": self.count, "kind": self.kind, "docs": self.docs,
                "aliases": list(self.aliases)}


def suggest(
    parsed: Iterable[SpacyDoc | Sequence[SpacyDoc] | Document], top: int = 30, min_count: int = 2
) -> list[Suggestion]:
    """Frequent noun phrases and named topics across parsed texts, for promotion to targets.

    Noun phrases are counted by their word keys (so "negotiation" and "negotiations"
    add up) and shown in their most frequent surface form. Who acts is left out:
    personal names always, and every mention of an actor when the texts come as
    documents through the actors stage ("the Leader", "the dock workers"). An acronym
    that spells a counted name ("JCPOA") counts with the name and is listed beside it.
    """
    counts: Counter[tuple[str, ...]] = Counter()
    forms: dict[tuple[str, ...], Counter[str]] = {}
    kinds: dict[tuple[str, ...], str] = {}
    in_docs: dict[tuple[str, ...], set[int]] = {}
    for n, item in enumerate(parsed):
        for phrase, kind in _document_candidates(item):
            keys = phrase_keys(phrase)
            if not keys:
                continue
            counts[keys] += 1
            in_docs.setdefault(keys, set()).add(n)
            forms.setdefault(keys, Counter())[phrase] += 1
            if kind != "noun phrase" or keys not in kinds:
                kinds[keys] = kind
    shown = {k: f.most_common(1)[0][0] for k, f in forms.items()}
    aliases = _fold_acronyms(counts, shown, in_docs)
    for k in [k for k in counts if kinds[k] == ACRONYM]:
        del counts[k]  # spells nothing counted here: an organization, an actor
    out = [
        Suggestion(shown[k], n, kinds[k], len(in_docs[k]), aliases.get(k, []))
        for k, n in counts.items()
        if n >= min_count
    ]
    out.sort(key=lambda s: (-s.docs, -s.count, s.phrase))
    return out[:top]


def _document_candidates(item: SpacyDoc | Sequence[SpacyDoc] | Document) -> Iterable[tuple[str, str]]:
    """One document's candidate phrases; it may come as one parse, as the parses of its
    paragraphs, or as a pipeline ``Document`` whose actors' mentions are skipped."""
    from spacy.tokens import Doc

    from .types import Document

    if isinstance(item, Doc):
        yield from _candidates(item)
    elif isinstance(item, Document):
        spans = [m.span for a in item.actors for m in a.mentions]
        for para in item.paragraphs:
            inside = [(s - para.start, e - para.start) for s, e in spans if para.start <= s < para.end]
            actor_tokens = {t.i for t in para.doc for s, e in inside if s <= t.idx < e}
            yield from _candidates(para.doc, actor_tokens)
    else:
        for sdoc in item:
            yield from _candidates(sdoc)


def _fold_acronyms(
    counts: Counter[tuple[str, ...]],
    shown: dict[tuple[str, ...], str],
    in_docs: dict[tuple[str, ...], set[int]],
) -> dict[tuple[str, ...], list[str]]:
    """Count an all-capital word with the one multiword phrase it abbreviates ("JCPOA",
    "Joint Comprehensive Plan of Action"), and drop it; the aliases of each phrase
    (``shown``: each key's most frequent surface form)."""
    by_initials: dict[str, list[tuple[str, ...]]] = {}
    for k in counts:
        if len(k) > 1:
            words = re.findall(r"[\w’'.]+", shown[k])
            if all(w[:1].isupper() or w.lower() in ("of", "and", "for", "on") for w in words):
                by_initials.setdefault("".join(w[0] for w in words).upper(), []).append(k)
    aliases: dict[tuple[str, ...], list[str]] = {}
    for k in list(counts):
        form = shown[k]
        full = by_initials.get(form) if len(k) == 1 and form.isupper() and len(form) >= 3 else None
        if full and len(full) == 1:
            target = full[0]
            counts[target] += counts.pop(k)
            in_docs[target] |= in_docs.pop(k)
            aliases.setdefault(target, []).append(form)
    return aliases


def _proper_of(sdoc: SpacyDoc) -> dict[int, SpacySpan]:
    """Multiword names the parse cut at "of" ("Joint Comprehensive Plan" + "of" +
    "Action"), by the index of every token they cover."""
    out: dict[int, SpacySpan] = {}
    for chunk in sdoc.noun_chunks:
        root = chunk.root
        if root.pos_ != "PROPN" or root.ent_type_ in ACTOR_ENTS:
            continue
        for prep in root.children:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.lower_ == "of" else None
            if pobj is not None and pobj.pos_ == "PROPN" and pobj.i == pobj.left_edge.i == prep.i + 1:
                start = next(t.i for t in chunk if t.dep_ != "det")
                name = sdoc[start : pobj.i + 1]
                if len(name) >= 3:
                    out.update({t.i: name for t in name})
    return out


def _candidates(
    sdoc: SpacyDoc, actor_tokens: set[int] | frozenset[int] = frozenset()
) -> Iterable[tuple[str, str]]:
    for ent in sdoc.ents:
        if ent.root.i in actor_tokens:
            continue
        if ent.label_ in TOPIC_ENTS:
            yield _strip_det(ent), ent.label_
        elif ent.label_ == "ORG" and len(ent) == 1 and ent.text.isupper() and len(ent.text) >= 3:
            # Tagged as an organization, "JCPOA" is a topic only when it spells one.
            yield ent.text, ACRONYM
    names = _proper_of(sdoc)
    for name in dict.fromkeys(names.values()):
        yield name.text, NAME
    for chunk in sdoc.noun_chunks:
        if chunk.root.ent_type_ or chunk.root.pos_ == "PRON":  # entities: counted above or actors
            continue
        if chunk.root.i in actor_tokens or chunk.root.i in names:
            continue
        if chunk.root.lemma_.lower() in GROUP_HEADS and any(t.i in actor_tokens for t in chunk):
            continue  # "Basij forces", "Kestria's government": the actor's own people
        words = [t for t in chunk if not t.is_stop and not t.is_punct and t.pos_ in ("NOUN", "ADJ", "PROPN")]
        if not words or all(t.lower_ in GENERIC for t in words) or chunk.root.lower_ in GENERIC:
            continue
        yield " ".join(t.text for t in words), "noun phrase"
        # A noun with its of/with/on complement names an issue: "talks with Iran".
        for prep in chunk.root.children:
            if prep.dep_ == "prep" and prep.lower_ in ("with", "on", "of", "against", "over"):
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None and pobj.pos_ in ("PROPN", "NOUN"):
                    # As written ("talks with the United States"): keys skip the article.
                    tail = sdoc[pobj.left_edge.i : pobj.i + 1].text
                    yield f"{chunk.root.text} {prep.text} {tail}", "noun phrase"


def _strip_det(span: SpacySpan) -> str:
    toks = [t for t in span if not (t.dep_ == "det" or t.lower_ == "the")]
    return " ".join(t.text for t in toks).strip()


def suggest_paths(
    paths: Iterable[str | Path], config: Any = None, top: int = 30, min_count: int = 2
) -> tuple[list[Suggestion], list[Exception]]:
    """Read, clean and parse the inputs, then suggest targets; unreadable inputs are returned."""
    from .config import Config
    from .errors import InputError
    from .pipeline import Pipeline
    from .read import read_inputs

    config = config or Config()
    pipeline = Pipeline(config)
    errors: list[Exception] = []
    parsed: list[Document] = []
    stages = [pipeline.stage("clean"), pipeline.stage("parse"), pipeline.stage("actors")]
    for item in read_inputs(paths, config):
        if isinstance(item, InputError):
            errors.append(item)
            continue
        doc = item
        for stage in stages:
            doc = stage(doc)
        parsed.append(doc)
    return suggest(parsed, top=top, min_count=min_count), errors


def suggestions_yaml(suggestions: Sequence[Suggestion]) -> str:
    """The suggestions as a targets file to edit: most frequent first, one phrase each."""
    items = [{"name": s.phrase, "phrases": [s.phrase, *s.aliases]} for s in suggestions]
    return yaml.safe_dump({"targets": items}, sort_keys=False, allow_unicode=True)
