"""Statements stage: who said what (attribution).

Runs after clean → parse → actors. Two sources of evidence meet here:

* quotation marks, found on the characters of ``doc.text`` inside each body
  paragraph (so a mark the tokenizer does not know, or an odd number of marks,
  never costs the rest of the document);
* cue words from ``data/cues.yaml`` (reporting verbs, verbs of belief and
  intention, speech nouns, adjectives and nouns with a content complement such as
  "wary of" or "concern about", "according to") and the dependency parse around
  them, which give the speaker (subject, agent, possessor) and the content (the
  complement clause, an infinitive, an object, or the rest of the sentence).

A cue whose content falls inside a quotation becomes a direct statement whose
content is the quoted text; a clause that contains a quotation but runs outside
it is mixed; the rest is indirect. Quotations left without a cue of their own
continue the previous speaker (the next paragraph of a long quote, or
"“…,” he said. “…”") or, when they are a word or two, are scare quotes and are
not statements. A quotation left open at a paragraph's end that runs through
paragraphs without marks to a closing mark (an article split one sentence a
paragraph) is one quotation in pieces, each piece a statement of the speaker named
anywhere in it. A paragraph ending "… said in a statement:" gives its verb and
speaker to the quotation that opens the next paragraph.

The verb lexicons were chosen on PolNeAR train (lemmas whose clause, object,
infinitive or prepositional object was the gold content often enough). With a
learned model (``Config.attribution_model``, see ``attribution_model``) the stage
hands the document to the model, which chooses among these rules' statements, an
open lexicon's (every verb a candidate, through ``open_cues``)
and a CRF tagger's spans.

Content spans follow PolNeAR's conventions: an indirect content starts at its
complementizer ("that …") and stops before the sentence's final punctuation or an
aside after a comma; a direct content is the text inside the quotation marks. An
attribution inside another statement's content ("Smith said she wants …") is part
of that statement, not one of its own. A content that holds its own cue ("“Q1,”
she said, “Q2.”") is the pieces around it (``content_pieces``). An object content
runs over the prepositions that say something of it ("blamed the flood on the
council") but not over the medium ("in a speech"); a source phrase ending its
sentence ("…, according to the poll.") is the source of the whole sentence before
it. A content is one statement's: where two cues claim it, a verb's own clause wins
over a quotation it only touches and a verb over a noun; an object that nobody in
the parse holds ("the offense of supporting X") is not a statement.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast

import yaml

from .actors import DATELINE, FEMALE_PRONOUNS, MALE_PRONOUNS, NEUTER_PRONOUNS, PLURAL_PRONOUNS
from .config import Config
from .temporal import annotate_times
from .types import Document, Paragraph, Span, Statement

if TYPE_CHECKING:
    from spacy.tokens import Token

# Characters trimmed from the edges of an indirect content or a speaker span.
EDGE_PUNCT = " \t\n,.;:!?—–-"
# Dependents that are not part of the speaker's noun phrase.
_SPEAKER_CUT = {"relcl", "acl", "advcl", "punct", "cc", "conj", "parataxis", "case"}
# A quotation this short, with no cue of its own, is a scare quote, not a statement.
MIN_QUOTE_WORDS = 4
_VERB_TAGS = {"VB", "VBD", "VBZ", "VBP", "VBN", "VBG"}
# Objects that are times or amounts ("promised Sunday", "pledged 20 delegates").
_NOT_CONTENT_ENTS = {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
# Speakers whose beliefs are part of a quotation or an address, not attributions.
_PERSONAL = {"i", "we", "you", "me", "us", "'s", "’s"}
# Verbs whose subject is what something looks like, not a speaker.
_RAISING = {"seem", "appear", "look", "sound", "prove", "tend"}


@dataclass(frozen=True)
class Cues:
    speech: frozenset[str]
    cognition: frozenset[str]
    object_verbs: frozenset[str]
    naming: frozenset[str]
    clause: frozenset[str]
    # (verb lemma, preposition) pairs: "call for", "warn of".
    prep: frozenset[tuple[str, str]]
    infinitive: frozenset[str]
    nouns: frozenset[str]
    according: tuple[tuple[str, ...], ...]
    not_speakers: frozenset[str]
    quote_pairs: dict[str, str] = field(hash=False)
    # "lemma comp" keys of adjectives and nouns whose complement is a content:
    # "confident that", "eager to", "critical of"; "support for", "decision to".
    adjectives: frozenset[str] = frozenset()
    noun_comps: frozenset[str] = frozenset()
    # Derived once: every lemma that may head a verb cue, and those taking a clause.
    verbs: frozenset[str] = field(init=False)
    clause_takers: frozenset[str] = field(init=False)
    personal_filter: bool = field(init=False, default=True)
    according_first: frozenset[str] = field(init=False, default=frozenset())
    # Every verb is a candidate, and source phrases too (a learned model filters them).
    open: bool = field(init=False, default=False)
    adjective_heads: frozenset[str] = field(init=False, default=frozenset())
    noun_heads: frozenset[str] = field(init=False, default=frozenset())

    def __post_init__(self) -> None:
        takers = self.speech | self.cognition | self.clause
        verbs = takers | self.infinitive | self.object_verbs | self.naming | {v for v, _ in self.prep}
        object.__setattr__(self, "clause_takers", takers)
        object.__setattr__(self, "verbs", verbs)
        object.__setattr__(self, "according_first", frozenset(p[0] for p in self.according if p))
        object.__setattr__(self, "adjective_heads", frozenset(k.split()[0] for k in self.adjectives))
        object.__setattr__(self, "noun_heads", frozenset(k.split()[0] for k in self.noun_comps))


class _Every(frozenset[str]):
    """A set holding everything: the open vocabulary a learned model chooses from."""

    def __contains__(self, item: object) -> bool:
        return True


def open_cues(cues: Cues) -> Cues:
    """The lexicon with every verb allowed in every role, for a learned model to filter.

    Verbs of saying still frame quotations; only the clause, object, infinitive,
    preposition and naming rules open up."""
    every: Any = _Every()
    out = replace(
        cues, clause=every, infinitive=every, object_verbs=every, naming=every, prep=every,
        adjectives=every, noun_comps=every,
    )
    object.__setattr__(out, "verbs", every)
    object.__setattr__(out, "clause_takers", every)
    object.__setattr__(out, "personal_filter", False)
    object.__setattr__(out, "adjective_heads", every)
    object.__setattr__(out, "noun_heads", every)
    object.__setattr__(out, "open", True)
    return out


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    """The cue lexicon (``data/cues.yaml``), read once per process."""
    raw: dict[str, Any] = yaml.safe_load(
        resources.files("stancegraph").joinpath("data/cues.yaml").read_text(encoding="utf-8")
    )

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in raw.get(key) or ())

    return Cues(
        speech=words("speech_verbs"),
        cognition=words("cognition_verbs"),
        object_verbs=words("object_content_verbs"),
        naming=words("naming_verbs"),
        clause=words("clause_verbs"),
        prep=frozenset(
            (pair[0], pair[1])
            for p in raw.get("prep_verbs") or ()
            if len(pair := str(p).lower().split()) == 2
        ),
        infinitive=words("infinitive_verbs"),
        nouns=words("speech_nouns"),
        not_speakers=words("not_speakers"),
        according=tuple(tuple(p.lower().split()) for p in raw.get("according_phrases") or ()),
        quote_pairs={str(k): str(v) for k, v in (raw.get("quote_pairs") or {}).items()},
        adjectives=words("adjective_cues"),
        noun_comps=words("noun_complement_cues"),
    )


# --------------------------------------------------------------------------- quotes


@dataclass
class Quote:
    """A quotation inside one paragraph: ``outer`` includes the marks, ``inner`` not."""

    outer: Span
    inner: Span
    closed: bool
    para: int
    used: bool = False
    words: int = 0
    # Every piece of a quotation that runs over paragraphs, opener first (this one among them).
    run: list[Quote] | None = field(default=None, repr=False, compare=False)

    def sentence_like(self, text: str) -> bool:
        """Long enough, or a whole sentence ("Nobody cares."), to be somebody's words.

        A short quotation ending with a full stop inside a sentence ("called it
        “childish.”") is American punctuation around a scare quote, not a sentence."""
        if self.words >= MIN_QUOTE_WORDS:
            return True
        if text[self.inner[1] - 1] not in ".!?":
            return False
        before = text[: self.outer[0]].rstrip(" \t")
        return not before or before[-1] in ".!?:\n”\"'’»›"


# Marks that are also apostrophes, inches or closers: they open only after a space
# or an opening bracket, and close only before a non-letter.
_AMBIGUOUS = {"\"", "'", "''", "‘", "’"}


def _opens(text: str, i: int, lo: int, hi: int, mark: str) -> bool:
    prev = text[i - 1] if i > lo else " "
    j = i + len(mark)
    nxt = text[j] if j < hi else " "
    if nxt.isspace():
        return False
    if mark in _AMBIGUOUS:
        return prev.isspace() or prev in "([{—–-/:;,"
    return True


def _closes(text: str, i: int, lo: int, hi: int, mark: str) -> bool:
    prev = text[i - 1] if i > lo else " "
    j = i + len(mark)
    nxt = text[j] if j < hi else " "
    if mark in _AMBIGUOUS:
        # A closer follows text and is not followed by a letter (don’t, players’s).
        return not prev.isspace() and not nxt.isalnum()
    return True


def _mark_at(text: str, i: int, marks: tuple[str, ...]) -> str | None:
    return next((m for m in marks if text.startswith(m, i)), None)


_MIXED_CLOSERS = {("\"", "”"): "”", ("“", "\""): "\""}


def _opener_as_closer(text: str, i: int, lo: int, hi: int, mark: str) -> bool:
    """“It is unusual,“ said Roe: an opening curly mark where the closer belongs (after
    the words, before a space or punctuation) is a typo for the closer."""
    if mark != "“" or not text.startswith(mark, i):
        return False
    prev = text[i - 1] if i > lo else " "
    j = i + len(mark)
    nxt = text[j] if j < hi else " "
    return not prev.isspace() and prev not in "([{—–-/" and not nxt.isalnum()


def _closer_as_opener(text: str, i: int, lo: int, hi: int) -> bool:
    """”It is unusual.” at the start of a paragraph: a closing curly mark with nothing
    before it to close is a typo for the opener."""
    return text[i] == "”" and not text[lo:i].strip() and i + 1 < hi and not text[i + 1].isspace()


def find_quotes(text: str, lo: int, hi: int, pairs: dict[str, str], para: int = 0) -> list[Quote]:
    """Quotations in ``text[lo:hi]``; an opening mark left open runs to ``hi``.

    Marks inside an open quotation other than its closer are nested quotes and are
    skipped; a second opener of the same kind before any closer means the first
    was never closed, so it ends where the second begins. Two-character marks
    (the ``''`` some wires use for a double quote) are tried before single ones.
    """
    quotes: list[Quote] = []
    openers = tuple(sorted(pairs, key=len, reverse=True))
    open_mark: str | None = None
    open_at = lo

    def emit(start: int, end_mark: int, closed: bool, closer_len: int) -> None:
        s, e = start + len(open_mark or " "), end_mark
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            outer_end = end_mark + closer_len if closed else end_mark
            quotes.append(Quote((start, outer_end), (s, e), closed, para, words=len(text[s:e].split())))

    starts = {m[0] for m in openers} | {m[0] for m in pairs.values()} | {"”"}
    i = lo
    while i < hi:
        if text[i] not in starts:
            # Most characters are no quotation mark: skip them cheaply.
            i += 1
            continue
        if open_mark is None:
            mark = _mark_at(text, i, openers)
            if mark is not None and _opens(text, i, lo, hi, mark):
                open_mark, open_at = mark, i
                i += len(mark)
                continue
            if _closer_as_opener(text, i, lo, hi):
                open_mark, open_at = "“", i
                i += 1
                continue
            i += 1
            continue
        closer = pairs[open_mark]
        if not text.startswith(closer, i):
            # A straight mark closed by a curly one, or the other way round: a typo
            # that copy-editing leaves behind often enough.
            closer = _MIXED_CLOSERS.get((open_mark, text[i]), closer)
        if text.startswith(closer, i) and _closes(text, i, lo, hi, closer) or _opener_as_closer(
            text, i, lo, hi, open_mark
        ):
            emit(open_at, i, True, len(open_mark) if text.startswith(open_mark, i) else len(closer))
            open_mark = None
            i += len(closer)
            continue
        if open_mark != closer and text.startswith(open_mark, i) and _opens(text, i, lo, hi, open_mark):
            emit(open_at, i, False, 0)
            open_at = i
            i += len(open_mark)
            continue
        i += 1
    if open_mark is not None:
        emit(open_at, hi, False, 0)
    return quotes


# --------------------------------------------------------------------------- frames


@dataclass
class Frame:
    """A cue with its speaker and content, before quotations are taken into account."""

    cue: Span
    content: Span | None
    speaker: Span | None
    para: int
    cue_token: int  # index in the paragraph's spaCy doc
    speech: bool  # a verb of saying (may frame an adjacent quotation)
    # The cue sits inside its own content ("The deal, according to Smith, was dead").
    inset: bool = False
    # Which rule found the content, and the cue's lemma (for error analysis).
    how: str = ""
    lemma: str = ""
    # The cue verb has a modal ("would call on", "could say"): speech that is supposed,
    # not reported (see _drop_nested).
    modal: bool = False


# A nested quotation longer than this, framed by a verb of saying, is a statement of
# its own rather than part of the clause around it (see _drop_nested).
_QUOTE_OVER_HOST_CHARS = 40
class StatementChooser(Protocol):
    """A learned model that chooses a parsed document's statements (``attribution_model``)."""

    def statements(self, doc: Document) -> list[Statement]: ...


def cue_class(cues: Cues, lemma: str) -> str:
    """The lexicon class of a cue lemma: "speech", "cognition" or "other"."""
    return "speech" if lemma in cues.speech else "cognition" if lemma in cues.cognition else "other"


_FIRST_WORDS = frozenset(
    ["that", "to", "whether", "if", "what", "how", "why", "who", "the", "a", "he", "she", "it", "they", "i"]
    + ["we"]
)


def _tok_span(para: Paragraph, first: Token, last: Token) -> Span:
    return (para.start + first.idx, para.start + last.idx + len(last))


def _subtree_span(para: Paragraph, tok: Token) -> Span:
    return _tok_span(para, tok.left_edge, tok.right_edge)


def _trim(text: str, span: Span, chars: str = EDGE_PUNCT) -> Span:
    s, e = span
    while s < e and text[s] in chars:
        s += 1
    while e > s and text[e - 1] in chars:
        e -= 1
    return (s, e)


def _speaker_span(para: Paragraph, subj: Token) -> Span:
    """The noun phrase of a subject: its subtree without clauses hanging off it."""
    toks = [subj]
    stack = [c for c in subj.children if c.dep_ not in _SPEAKER_CUT]
    while stack:
        t = stack.pop()
        toks.append(t)
        stack.extend(t.children)
    # Keep the contiguous run around the head only.
    idx = sorted(t.i for t in toks)
    lo = hi = subj.i
    present = set(idx)
    while lo - 1 in present:
        lo -= 1
    while hi + 1 in present:
        hi += 1
    # "BRUSSELS - European leaders": a dateline glued to the subject.
    for j in range(lo, min(hi, lo + 4)):
        if para.doc[j].text in ("-", "—", "–", "--") and para.doc[lo].is_upper:
            lo = j + 1
            break
    while lo < hi and para.doc[lo].is_punct:
        lo += 1
    while hi > lo and para.doc[hi].is_punct:
        hi -= 1
    return _tok_span(para, para.doc[lo], para.doc[hi])


def _has_modal(verb: Token) -> bool:
    """"would call on", "could say": a modal auxiliary on the verb."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _subject(tok: Token, depth: int = 0) -> Token | None:
    """The speaker token of a cue verb: its subject, agent, or the subject it shares."""
    for c in tok.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        # A passive names no speaker besides its agent ("Smith is expected to win").
        return None
    if tok.tag_ == "VBN" and tok.dep_ in ("advcl", "acl") and tok.lemma_ == "ask":
        # "Asked about the vote, Smith said …": the asker goes unnamed.
        return None
    if tok.lemma_ in _RAISING:
        # "The figures appear to be wrong": appearances, not anybody's claim.
        return None
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
    if len(subjects) > 1 and subjects[0].tag_ in _RELATIVE_TAGS:
        # "which she said represented …": the parse gave the verb the relative pronoun
        # of the clause it reports as a second subject; the speaker is the other one.
        subjects = subjects[1:]
    for c in subjects:
        if c.is_punct or c.tag_ == "POS":
            return None
        return c
    head = tok.head
    if depth == 0 and tok.tag_ in ("VBD", "VBZ", "VBP") and tok.dep_ in ("ROOT", "dep"):
        # A finite verb the parser left without subject ("About 4 in 10 say …"): the
        # noun phrase right before it.
        left = _left_noun(tok)
        if left is not None:
            return left
    if head is tok or depth > 3:
        return None
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > 0:
        prev = tok.doc[tok.i - 1]
        if prev.lemma_.lower() in _SOURCE_NOUNS and prev.dep_ in ("pobj", "dobj") and prev.i > head.i:
            # "in response to analyses suggesting that …", "sent a tweet saying …": no
            # comma, so the participle belongs to the document or poll before it, which
            # the parse hung elsewhere (before any other noun, it is too often a time, a
            # place or the addressee: "on Monday alleging", "a letter to Zucker asking").
            return prev
    if (
        tok.dep_ == "conj"
        and tok.tag_ == "VBD"
        and head.dep_ == "ccomp"
        and head.head.pos_ == "VERB"
        and any(c.tag_ == "MD" for c in head.children)
    ):
        # "Lund said that the bridge would open next year and praised the engineers": a past
        # verb cannot go on the modal clause the parse hung it on; it goes on with the
        # reporting verb, and shares its subject.
        return _subject(head.head, depth + 1)
    if tok.dep_ in ("conj", "xcomp", "advcl", "acomp") and head.pos_ in ("VERB", "AUX", "ADJ"):
        # "said X and added Y", "continued to say", "..., adding that", "are likely to say"
        return _subject(head, depth + 1)
    if tok.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        # "began by saying"
        return _subject(head.head, depth + 1)
    if tok.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN", "PRON"):
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            # "the first real chance to agree on": a chance says nothing.
            return None
        # "a letter saying that"
        return head
    return None


def _left_noun(tok: Token) -> Token | None:
    """The last noun of the words between the sentence start and ``tok`` when they hold
    no verb and no punctuation: the subject the parse missed."""
    sent_start = tok.sent.start
    best: Token | None = None
    for t in reversed(tok.doc[sent_start : tok.i]):
        if t.pos_ in ("VERB", "AUX") or (t.is_punct and t.text not in ".-'’"):
            return None
        if best is None and t.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            best = t
    return best


_CONCESSIVE = frozenset({"though", "although", "while", "whereas"})


def _cut_trailing(para: Paragraph, head: Token, end: int) -> int:
    """Where a content clause ends when an aside hangs off its end after a comma or
    a dash: a participle ("…, throwing a wrench in …"), a non-restrictive relative
    ("…, which …", "…, where …"), a concession ("…, though …"), a source phrase
    ("…, according to …"). PolNeAR stops the content before
    it (on its train split, cutting there won twice as many contents as it lost;
    cutting before an apposition did not pay)."""
    doc = para.doc
    limit = end - para.start
    for t in doc[head.i + 1 :]:
        if t.idx >= limit:
            break
        prev = doc[t.i - 1] if t.i > 0 else None
        if prev is None or prev.text not in (",", "—", "–", "-", "--", ";"):
            continue
        d = t
        # The token after the comma may start the aside deeper down: climb to its root.
        while d.head is not d and d.head.i > prev.i and d.head.left_edge.i > prev.i and d.head.idx < limit:
            d = d.head
        aside = (
            (d.dep_ in ("advcl", "acl", "xcomp") and d.tag_ in ("VBG", "VBN") and d.left_edge.i == t.i)
            or (d.dep_ == "relcl" and t.lower_ in ("which", "who", "whom", "whose"))
            # "…, where the plant closed", "…, when the vote failed": set off by a comma,
            # a place or a time the narrator adds.
            or (d.dep_ in ("relcl", "advcl") and t.lower_ in ("where", "when"))
            or (d.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONCESSIVE for c in d.children))
        )
        if aside and d.head.i < prev.i:
            return para.start + prev.idx
        if _starts_source_phrase(t):
            # "…, according to the poll": the source of the sentence, not its content.
            return para.start + prev.idx
    return end


# Prepositions that carry what a verb says of its object ("dismissed the plan as a
# stunt", "credited Smith for the deal", "reminded voters of his record", "blamed the
# violence on a gunman", "attacked Smith by name", "its lowest profit in years"):
# PolNeAR's content runs over them; times ("on Sunday"), places ("at a rally") and
# the medium ("in a statement", see _SOURCE_NOUNS) stay outside.
_OBJECT_PREPS = frozenset(
    {"as", "for", "to", "about", "against", "into", "of", "with", "in", "by", "on", "over"}
)


def _possessed(tok: Token) -> Token:
    """"western countries’ scheme": after a plural possessive the parser may take the
    possessor and the possessed noun for two objects of the verb; the noun phrase runs
    on to the second."""
    if not any(c.dep_ == "case" for c in tok.children):
        return tok
    nxt = next(
        (c for c in tok.head.children if c.dep_ == tok.dep_ and c.left_edge.i == tok.right_edge.i + 1), None
    )
    return nxt if nxt is not None else tok


def _object_end(para: Paragraph, v: Token, obj: Token) -> int:
    """The end of an object content: the object and the verb's prepositions that
    follow right after it and say something of it."""
    owned = _possessed(obj)
    end = owned.right_edge
    if owned is not obj:
        # The same misparse hangs the noun's infinitive on the verb ("scheme to divert").
        inf = next((c for c in v.children if c.dep_ == "xcomp" and c.left_edge.i == end.i + 1), None)
        if inf is not None and inf.left_edge.lower_ == "to":
            end = inf.right_edge
    obj = owned
    for c in v.children:
        if c.i <= obj.i:
            continue
        if c.dep_ != "prep" or c.lower_ not in _OBJECT_PREPS or c.i != end.i + 1:
            break
        if any(g.ent_type_ in ("DATE", "TIME") or g.lemma_.lower() in _SOURCE_NOUNS for g in c.children):
            break
        end = c.right_edge
    # "denounced the plan in a speech, which …": an aside after a comma stays outside.
    return _cut_trailing(para, obj, _tok_span(para, end, end)[1])


# Pronoun objects that stand for somebody ("endorsed her"); "it", "this" are mostly
# words of the sentence around them.
_PERSON_OBJECTS = frozenset({"him", "her", "them"})


def _addressee(v: Token, xcomp: Token) -> Token | None:
    """The object between a verb and its infinitive ("urged the council to", "called on
    the council to")."""
    for g in v.children:
        if v.i < g.i < xcomp.i:
            if g.dep_ == "dobj":
                return g
            if g.dep_ == "prep" and g.lower_ == "on":
                return next((o for o in g.children if o.dep_ == "pobj"), None)
    return None


_RELATIVE_TAGS = frozenset({"WDT", "WP"})


def _reported_relative(v: Token) -> tuple[Token, Token] | None:
    """"… emails, which she said represented all her work": the relative pronoun the
    parse hung on the verb of saying, and the verb of the clause it reports."""
    subjects = [c for c in v.children if c.dep_ == "nsubj"]
    if len(subjects) < 2 or subjects[0].tag_ not in _RELATIVE_TAGS or subjects[0].i > v.i:
        return None
    verb = next((c for c in v.children if c.dep_ in ("xcomp", "ccomp", "conj") and c.i == v.i + 1), None)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    return subjects[0], verb


def _relative_span(para: Paragraph, rel: tuple[Token, Token]) -> Span:
    return (_tok_span(para, rel[0], rel[0])[0], _subtree_span(para, rel[1])[1])


# Words that stand for a whole answer after a verb of saying.
_PRO_CONTENTS = frozenset({"yes", "no", "so"})


def _that_conj(v: Token, last: Token) -> Token | None:
    """A second complement clause the parse hangs on the cue verb as a conjunct ("said
    that the deal was fair, but that the talks were hard"): part of the content."""
    for c in v.children:
        if c.dep_ == "conj" and c.i > last.i:
            # Only with its "that": "said the deal was fair, and he left" is the
            # narrator's, and a "that" the parse took for a determiner ("but that plan
            # failed") was as often a demonstrative.
            if any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
                return c
            # Or a subjectless copula after a copular clause: "said the militia is more
            # than a force, but is in fact “a school of thought”" (the speaker is not
            # what the clause says the militia is).
            subjless = not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
            if subjless and c.lemma_ == "be" and last.lemma_ == "be":
                return c
            return None
    return None


def _fronted_purpose(clause: Token) -> Token | None:
    """"suggesting that to end the unrest, Tehran needs to …": "that" never takes an
    infinitive, so the parse has made the fronted purpose the whole clause; the finite
    clause after the comma is the rest of it."""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    if "that" not in marks or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None
    doc = clause.doc
    j = clause.right_edge.i + 1
    if j + 1 >= len(doc) or doc[j].text != ",":
        return None
    for t in doc[j + 1 :]:
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return t if t.left_edge.i >= j else None
    return None


def _content_of_verb(para: Paragraph, v: Token, cues: Cues) -> tuple[Span, str] | None:
    lemma = v.lemma_.lower()
    ccomps = [c for c in v.children if c.dep_ == "ccomp"]
    # "X says A; Y says B": the parse hangs X's whole statement on Y's verb as a
    # clause before it; what Y says is only the clause after the verb.
    after = [c for c in ccomps if c.i > v.i]
    if after and len(after) < len(ccomps):
        ccomps = after
    # "“…,” he said in an address, reported.": a lone verb after the cue is the tail of a
    # credit line whose outlet the scraper dropped, not something said.
    ccomps = [c for c in ccomps if not (c.i > v.i and c.n_lefts + c.n_rights == 0 and c.pos_ == "VERB")]
    if ccomps and lemma in cues.clause_takers:
        first, last = ccomps[0], ccomps[-1]
        start, end = _subtree_span(para, first)[0], _subtree_span(para, last)[1]
        more = _that_conj(v, last)
        if more is not None:
            last = more
            end = _subtree_span(para, more)[1]
        fronted = _fronted_purpose(last)
        if fronted is not None:
            end = _subtree_span(para, fronted)[1]
        for t in last.subtree:
            # "said that … and insisted that …": the parse may hang the second verb of
            # saying inside the first one's clause; it starts a statement of its own.
            # A modal one ("… and the second deal would call on Iran to …") is a
            # hypothetical inside what is said, not a report of saying.
            if (
                t.dep_ == "conj" and t.lemma_.lower() in cues.speech and t.i > first.i
                and not _has_modal(t)
            ):
                cc = next((c for c in t.head.children if c.dep_ == "cc" and c.i < t.i), None)
                cut = cc if cc is not None and cc.i > first.i else t
                end = min(end, para.start + cut.idx)
                break
        return (start, _cut_trailing(para, ccomps[0], end)), "ccomp"
    if lemma in cues.clause_takers:
        rel = _reported_relative(v)
        if rel is not None:
            return _relative_span(para, rel), "ccomp"
    if lemma in cues.speech:
        for c in v.children:
            if c.i == v.i + 1 and c.lower_ in _PRO_CONTENTS and c.dep_ in ("intj", "advmod", "dobj", "ccomp"):
                # "said yes", "says so": the word stands for the answer.
                return _tok_span(para, c, c), "pro"
    if lemma in cues.infinitive:
        for c in v.children:
            if c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
                start, end = _subtree_span(para, c)
                raised = next((g for g in v.children if g.dep_ in ("nsubj", "nsubjpass") and g.i < v.i), None)
                if raised is not None and (lemma in _RAISING or raised.dep_ == "nsubjpass"):
                    # "The plan seems to work", "Smith is expected to win": nobody is
                    # the source, and the subject is part of what is held.
                    start = _subtree_span(para, raised)[0]
                told = _addressee(v, c)
                if told is not None:
                    # "urged the council to act", "called on the council to act": who is
                    # urged belongs to the content.
                    start = _subtree_span(para, told)[0]
                return (start, _cut_trailing(para, c, end)), "xcomp"
    for c in v.children:
        if c.dep_ == "punct" and c.text == ":" and c.i > v.i:
            # "X said: content" — the rest of the sentence.
            sent_end = v.sent.end - 1
            if c.i < sent_end:
                return _tok_span(para, para.doc[c.i + 1], para.doc[sent_end]), "colon"
    if v.dep_ == "parataxis" and v.head.pos_ in ("VERB", "AUX"):
        # "The move, he said, was wrong": the host clause minus the cue frame.
        host = _subtree_span(para, v.head)
        frame = _subtree_span(para, v)
        if frame[1] >= host[1]:
            return (host[0], frame[0]), "parataxis"
        if frame[0] <= host[0]:
            return (frame[1], host[1]), "parataxis"
        return host, "parataxis"
    for c in v.children:
        if c.dep_ == "prep":
            # "said in a letter that …": the parser hangs the clause on the noun.
            for g in c.children:
                for r in g.children:
                    if r.dep_ in ("relcl", "acl") and any(
                        m.dep_ == "mark" and m.lower_ == "that" for m in r.children
                    ):
                        return _subtree_span(para, r), "prep-that"
    if lemma in cues.naming:
        # "called Trump a “blowhard”": the object and what it is called.
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        pred = next((c for c in v.children if c.dep_ in ("oprd", "xcomp") and c.i > v.i), None)
        if obj is not None and pred is not None:
            # "what he called “unfair” tariffs": the object comes before the speaker,
            # so the content is only what it is called.
            first = obj if obj.i > v.i else pred
            return (_subtree_span(para, first)[0], _subtree_span(para, pred)[1]), "naming"
        if pred is not None and any(c.dep_ == "poss" for c in pred.children):
            # "called her “third-rate”": the parse made the object the predicate's possessor.
            return _subtree_span(para, pred), "naming"
    dobj = next((g for g in v.children if g.dep_ == "dobj" and g.i > v.i), None)
    # "sees the elections held Sunday as a test": the parse may hang "as" on the object.
    below = [] if dobj is None else [c for h in (dobj, *(g for g in dobj.children if g.dep_ == "acl"))
                                     for c in h.children if c.lower_ == "as"]
    for c in [*v.children, *below]:
        if c.dep_ == "prep" and c.i > v.i and (lemma, c.lower_) in cues.prep:
            obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                # "dismissed the report as a fabrication", "accused Smith of lying"
                held = next((g for g in v.children if g.dep_ == "dobj" and g.i < c.i), None)
                first = held if held is not None else obj
                return (_subtree_span(para, first)[0], _subtree_span(para, _possessed(obj))[1]), "prep"
    if lemma in cues.object_verbs:
        for c in v.children:
            if c.dep_ != "dobj" or c.ent_type_ in _NOT_CONTENT_ENTS:
                continue
            if c.pos_ != "PRON" or c.lower_ in _PERSON_OBJECTS:
                return (_subtree_span(para, c)[0], _object_end(para, v, c)), "dobj"
        for c in v.children:
            # "supports keeping troops there", "opposed raising the wage": a gerund is
            # the object the parse calls a clause.
            if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG" and c.i > v.i and not any(
                g.dep_ in ("nsubj", "aux") for g in c.children
            ):
                start, end = _subtree_span(para, c)
                return (start, _cut_trailing(para, c, end)), "gerund"
    if lemma in cues.object_verbs or lemma in cues.clause_takers:
        subj = next((c for c in v.children if c.dep_ == "nsubjpass" and c.i < v.i), None)
        agent = any(c.dep_ == "agent" for c in v.children)
        if subj is not None and agent and subj.pos_ != "PRON" and subj.tag_ not in _RELATIVE_TAGS:
            # "The deal was first reported by the Ledger": what was reported (without the
            # agent, a passive subject was a content no more often than not).
            return _subtree_span(para, subj), "passive"
    return None


def _according(para: Paragraph, tok: Token, cues: Cues) -> tuple[Span, Span, Span] | None:
    """(cue, speaker, content) for "according to X" / "citing X"; the content is the rest
    of the sentence."""
    doc = para.doc
    for phrase in cues.according:
        n = len(phrase)
        if tok.i + n > len(doc) or tuple(t.lower_ for t in doc[tok.i : tok.i + n]) != phrase:
            continue
        last = doc[tok.i + n - 1]
        pobj = next((c for c in last.children if c.dep_ == "pobj"), None)
        if pobj is None:
            pobj = next((c for c in tok.children if c.dep_ in ("pobj", "dobj")), None)
        if pobj is None:
            return None
        cue = _tok_span(para, tok, last)
        speaker = _tok_span(para, pobj.left_edge, pobj.right_edge)
        bounds = (tok.i, max(pobj.right_edge.i, last.i))
        content = _sentence_before(para, tok, bounds) or _rest_of_clause(para, tok, bounds)
        return (cue, speaker, content) if content is not None else None
    return None


_OPENERS = {"but", "and", "so", "yet", "still", "now", "however", "also", "then", ",", "(", "—", "–", "-"}


def _starts_source_phrase(tok: Token) -> bool:
    """Whether "according to …" (a phrase of the lexicon) starts at ``tok``."""
    phrases = load_cues().according
    words = tuple(t.lower_ for t in tok.doc[tok.i : tok.i + max((len(p) for p in phrases), default=0)])
    return any(words[: len(p)] == p for p in phrases)


def _sentence_before(para: Paragraph, tok: Token, phrase: tuple[int, int]) -> Span | None:
    """"Smith leads by ten points, according to the poll.": a source phrase that ends its
    sentence after a comma is the source of the whole sentence before it, whatever verb
    the parse hung it on."""
    doc = para.doc
    sent = tok.sent
    if phrase[0] <= sent.start or doc[phrase[0] - 1].text not in _REPORT_SEPARATORS:
        return None
    if any(not t.is_punct for t in doc[phrase[1] + 1 : sent.end]):
        return None
    if any(t.text in ("(", ")") for t in doc[sent.start : phrase[0]]):
        return None
    words = doc[sent.start : phrase[0] - 1]
    if len(words) < 2:
        return None
    return _tok_span(para, words[0], words[-1])


def _rest_of_clause(para: Paragraph, tok: Token, phrase: tuple[int, int]) -> Span | None:
    """The clause a source phrase ("according to X", "in a poll") hangs on, without it.

    The host is the verb the phrase modifies (its sentence when the parse gives none);
    the phrase at the host's start or end is cut off, one in the middle is kept inside.
    """
    doc = para.doc
    host = tok.head
    while host.dep_ in ("prep", "pobj") and host.head is not host:
        host = host.head
    if host is tok or host.pos_ not in ("VERB", "AUX"):
        lo, hi = tok.sent.start, tok.sent.end - 1
    else:
        lo, hi = host.left_edge.i, host.right_edge.i
        lo, hi = min(lo, phrase[0]), max(hi, phrase[1])
    left_words = [t for t in doc[lo : phrase[0]] if t.lower_ not in _OPENERS and not t.is_punct]
    if not left_words:
        if phrase[1] + 1 > hi:
            return None
        return _tok_span(para, doc[phrase[1] + 1], doc[hi])
    right_words = [t for t in doc[phrase[1] + 1 : hi + 1] if not t.is_punct]
    if not right_words:
        return _tok_span(para, doc[lo], doc[phrase[0] - 1])
    return _tok_span(para, doc[lo], doc[hi])


def _noun_frame(para: Paragraph, tok: Token) -> tuple[Span, Span | None, Span] | None:
    """(cue, speaker, content) for "X's claim that …", "the warning by X that …"."""
    clause = next(
        (
            c
            for c in tok.children
            if c.dep_ in ("acl", "ccomp", "appos")
            and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        ),
        None,
    )
    if clause is None:
        return None
    speaker_tok: Token | None = next((c for c in tok.children if c.dep_ == "poss"), None)
    if speaker_tok is None:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
                speaker_tok = next((g for g in c.children if g.dep_ == "pobj"), None)
                break
    if speaker_tok is None and tok.dep_ in ("dobj", "pobj"):
        verb = tok.head if tok.dep_ == "dobj" else tok.head.head
        if verb.pos_ in ("VERB", "AUX"):
            speaker_tok = _subject(verb)
    speaker = _speaker_span(para, speaker_tok) if speaker_tok is not None else None
    return _tok_span(para, tok, tok), speaker, _subtree_span(para, clause)


_COMP_PREPS = frozenset({"of", "about", "for", "on", "to", "with", "against", "in", "over", "toward"})


def _complement(tok: Token) -> tuple[str, Token] | None:
    """The content complement of an adjective or a noun and its key: "that", "to", or
    the preposition ("critical of X", "eager to go", "confident that …")."""
    for c in tok.children:
        if c.i < tok.i:
            continue
        marks = {g.lower_ for g in c.children if g.dep_ in ("mark", "aux")}
        if c.dep_ == "ccomp" or (c.dep_ in ("acl", "advcl") and marks & {"that", "whether", "if"}):
            return "that", c
        if c.dep_ in ("xcomp", "acl", "advcl") and "to" in marks:
            return "to", c
        if c.dep_ == "prep" and c.lower_ in _COMP_PREPS:
            obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return c.lower_, obj
    return None


def _holder(tok: Token) -> Token | None:
    """Who holds the view an adjective or a noun expresses: the subject of "be"
    ("Smith is wary of …"), the noun an adjective follows ("voters wary of …"), the
    possessor or agent of a noun ("Smith's support for", "support from Smith"), the
    subject of the verb a noun is the object of ("Smith voiced support for")."""
    if tok.pos_ != "NOUN":
        head = tok.head
        if tok.dep_ in ("acomp", "advcl", "oprd") and head.pos_ in ("AUX", "VERB"):
            return _subject(head)
        if tok.dep_ in ("amod", "acl") and head.i < tok.i and head.pos_ in ("NOUN", "PROPN", "PRON"):
            return head
        if tok.dep_ == "ROOT":
            return next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return None
    for c in tok.children:
        if c.dep_ == "poss":
            return c
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i > tok.i:
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    if tok.dep_ == "dobj" and tok.head.pos_ in ("VERB", "AUX"):
        return _subject(tok.head)
    if tok.dep_ == "attr" and tok.head.pos_ in ("VERB", "AUX"):
        return next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    return None


def _complement_frame(para: Paragraph, pi: int, tok: Token, cues: Cues) -> Frame | None:
    """A frame for an adjective or a noun with a content complement: "wary of the
    deal", "confident that …", "eager to …", "support for the plan"."""
    lemma = tok.lemma_.lower()
    if lemma not in (cues.noun_heads if tok.pos_ == "NOUN" else cues.adjective_heads):
        return None
    comp = _complement(tok)
    if comp is None:
        return None
    key = f"{lemma} {comp[0]}"
    if key not in (cues.noun_comps if tok.pos_ == "NOUN" else cues.adjectives):
        return None
    holder = _holder(tok)
    speaker = _speaker_span(para, holder) if holder is not None else None
    content = _subtree_span(para, comp[1])
    how = "noun-comp" if tok.pos_ == "NOUN" else "adj"
    return Frame(_tok_span(para, tok, tok), content, speaker, pi, tok.i, False, how=how, lemma=key)


# "Smith: We will win" (headlines, transcripts, Q and A): a short capitalized name,
# a colon, then the words.
_COLON_SPEAKER = re.compile(r"([A-Z][\w.'’&-]*(?:[ \t]+[A-Z][\w.'’&-]*){0,4})[ \t]*:[ \t]+(?=\S)")


def _colon_frame(text: str, para: Paragraph, pi: int) -> Frame | None:
    m = _COLON_SPEAKER.match(text, para.start, para.end)
    if m is None:
        return None
    speaker = (m.start(1), m.end(1))
    if text[speaker[0] : speaker[1]].lower() in load_cues().not_speakers:
        return None
    content = _trim(text, (m.end(), para.end))
    if content[1] - content[0] < 2:
        return None
    words = para.char_span(content)
    if words is None or not any(t.pos_ in ("VERB", "AUX") for t in words):
        return None  # a list of names or a figure, not somebody's words
    colon = text.index(":", m.end(1))
    return Frame((colon, colon + 1), content, speaker, pi, 0, False, how="colon-title", lemma=":")


# A quotation signed after a dash: "“…” ― Lena Marsh", "“…” — Paul Hendry, 34, a
# teacher" (vox pops, pull quotes, reader comments, epigraphs). Closing marks the quotation
# left outside, the dash, a name of up to six words (capitalized, or name particles), what
# a comma adds about the signer, and nothing else to the end of the line.
_SIGNATURE = re.compile(
    r"[\"“”'’.,!?\s]*?(―|—|–|-{1,2})[^\S\n]*"
    r"([A-Z][\w.'’-]*(?:[^\S\n]+(?:[A-Z][\w.'’-]*|de|da|del|van|von|der|la|le|al|bin)){0,5})"
    r"[^\S\n]*(?:,[^\n]{0,80})?[^\S\n]*(?=\n|$)"
)


def signature(text: str, start: int, end: int) -> tuple[Span, Span] | None:
    """The dash and the name signing a quotation that ends at ``start``, when they fill
    the line (up to ``end``) after it; the rules and the learned model both ask."""
    m = _SIGNATURE.match(text, start, end)
    if m is None:
        return None
    name = m.group(2)
    last = name.split()[-1]
    if not last[:1].isupper():
        return None  # a name ends with a capitalized word, not a particle
    if len(last) > 2:
        name = name.rstrip(".")  # "― Steve Quinlan.": the sentence's full stop, not an initial
    if name.lower() in load_cues().not_speakers:
        return None
    return (m.start(1), m.end(1)), (m.start(2), m.start(2) + len(name))


def _signature_frames(text: str, para: Paragraph, pi: int, quotes: list[Quote]) -> list[Frame]:
    """Lines that are a quotation signed after a dash: the name is the speaker, the dash
    the cue."""
    out = []
    for q in quotes:
        line = max(para.start, text.rfind("\n", para.start, q.outer[0]) + 1)
        if not q.closed or text[line : q.outer[0]].strip():
            continue  # the quotation opens its line, and closes
        signed = signature(text, q.outer[1], para.end)
        if signed is not None:
            dash, speaker = signed
            lemma = text[dash[0] : dash[1]]
            out.append(Frame(dash, q.inner, speaker, pi, 0, False, how="signature", lemma=lemma))
    return out


# Documents and events that are sources when a clause sits "in" them ("In a poll, …").
_SOURCE_NOUNS = {
    "poll", "survey", "statement", "interview", "report", "letter", "speech", "study", "tweet",
    "post", "memo", "op-ed", "column", "editorial", "filing", "ad", "video", "book", "article",
    "email", "message", "remarks", "comments", "testimony", "analysis", "review", "lawsuit",
}


def _open_frames(para: Paragraph, pi: int, tok: Token) -> list[Frame]:
    """Candidates only a learned model judges: source phrases ("In a poll, …")."""
    if tok.dep_ != "prep" or tok.lower_ != "in":
        return []
    obj = next((g for g in tok.children if g.dep_ == "pobj"), None)
    if obj is None or obj.lemma_.lower() not in _SOURCE_NOUNS:
        return []
    content = _rest_of_clause(para, tok, (tok.i, obj.right_edge.i))
    if content is None:
        return []
    speaker = _tok_span(para, obj.left_edge, obj.right_edge)
    cue = _tok_span(para, tok, tok)
    return [Frame(cue, content, speaker, pi, tok.i, False, how="in-source", lemma=obj.lemma_.lower())]


def _dateline_end(para: Paragraph) -> int:
    """Where a dateline opening the paragraph ends (0 if none), in the paragraph's text."""
    m = DATELINE.match(para.doc.text)
    return m.end() if m is not None else 0


def _after_dateline(para: Paragraph, verb: Token, dateline: int) -> Span | None:
    """"WASHINGTON (AP) — President Obama said": the words between the dateline (ending at
    ``dateline``, from ``_dateline_end``) and the verb."""
    doc = para.doc
    if dateline:
        first = next((t for t in doc[: verb.i] if t.idx >= dateline), None)
        return _tok_span(para, first, doc[verb.i - 1]) if first is not None else None
    dash = next((t for t in doc[: min(verb.i, 8)] if t.text in ("—", "–", "--", "-")), None)
    if dash is None or dash.i + 1 >= verb.i:
        return None
    return _tok_span(para, doc[dash.i + 1], doc[verb.i - 1])


def _is_cue_verb(tok: Token, cues: Cues) -> bool:
    return (
        (tok.pos_ == "VERB" or tok.tag_ in _VERB_TAGS)
        and tok.dep_ not in ("amod", "compound")  # "so-called", "the reported deal"
        and tok.lemma_.lower() in cues.verbs
    )


def _frames(para: Paragraph, pi: int, cues: Cues) -> list[Frame]:
    frames: list[Frame] = []
    doc = para.doc
    dateline = _dateline_end(para)
    i = 0
    while i < len(doc):
        tok = doc[i]
        low = tok.lower_
        if low in cues.according_first:
            acc = _according(para, tok, cues)
            if acc is not None:
                cue, speaker, content = acc
                inset = content[0] < cue[0] and cue[1] < content[1]
                frames.append(Frame(cue, content, speaker, pi, tok.i, False, inset, "according", low))
                i += 1
                continue
        if _is_cue_verb(tok, cues):
            lemma = tok.lemma_.lower()
            found = _content_of_verb(para, tok, cues)
            subj = _subject(tok)
            if (
                cues.personal_filter
                and lemma in cues.cognition
                and lemma not in cues.speech
                and subj is not None
                and subj.lower_ in _PERSONAL
            ):
                # "I think", "you know": conversational, not a held view worth recording.
                i += 1
                continue
            if subj is not None and subj.idx < dateline:
                # "KORVALA CITY, May 3 (Nordwire) - Korvala's central bank left ...": the parse
                # gave the verb two subjects, the place filed from and the one that acts.
                subj = next((c for c in subj.head.children if c.dep_ in ("nsubj", "nsubjpass")
                             and c.idx >= dateline), subj)
            spk = _speaker_span(para, subj) if subj is not None else None
            if subj is not None and (subj.i < 3 and subj.is_upper and len(subj) > 2 or subj.idx < dateline):
                spk = _after_dateline(para, tok, dateline) or spk
            if found is not None and found[1] in ("dobj", "gerund") and spk is None and not cues.open:
                # "the offense of supporting Trump": an object that nobody in the parse
                # holds was no attribution about as often as it was one, and when it was,
                # its speaker went unnamed (a learned model judges these itself).
                found = None
            last = tok
            for c in tok.children:
                # "pointed out", "called for": the particle or preposition is part of the cue.
                by_prep = found is not None and found[1] == "prep" and c.dep_ == "prep"
                if c.i == last.i + 1 and (c.dep_ == "prt" or by_prep):
                    last = c
            frames.append(
                Frame(
                    _tok_span(para, tok, last),
                    found[0] if found else None,
                    spk,
                    pi,
                    tok.i,
                    lemma in cues.speech,
                    how=found[1] if found else "",
                    lemma=lemma,
                    modal=_has_modal(tok),
                )
            )
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in cues.nouns and (nf := _noun_frame(para, tok)):
            frames.append(Frame(nf[0], nf[2], nf[1], pi, tok.i, False, how="noun", lemma=tok.lemma_))
        elif tok.pos_ in ("ADJ", "NOUN") or (tok.tag_ == "VBN" and tok.dep_ in ("acomp", "amod")):
            cf = _complement_frame(para, pi, tok, cues)
            if cf is not None:
                frames.append(cf)
        if cues.open:
            frames.extend(_open_frames(para, pi, tok))
        i += 1
    for fr in frames:
        # The cue sits inside its content ("The rules, the minister said, apply from May").
        if fr.content is not None and fr.content[0] < fr.cue[0] and fr.cue[1] < fr.content[1]:
            fr.inset = True
    return frames


# --------------------------------------------------------------------------- assembly


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _inside(a: Span, b: Span) -> bool:
    return b[0] <= a[0] and a[1] <= b[1]


class StatementFinder:
    """Fill ``doc.statements`` from the parsed paragraphs and the raw text."""

    name = "statements"

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self.cues = load_cues()
        self._model: StatementChooser | None = None

    @property
    def model(self) -> StatementChooser | None:
        """The learned model of ``config.attribution_model`` (a path or a loaded model),
        loaded once; None for the rules alone."""
        wanted = self.config.attribution_model
        if wanted is None:
            return None
        if self._model is None:
            if isinstance(wanted, str | Path):
                from .attribution_model import AttributionModel

                self._model = AttributionModel.load(wanted)
            else:
                self._model = cast(StatementChooser, wanted)
        return self._model

    def __call__(self, doc: Document) -> Document:
        model = self.model
        if model is not None:
            doc.statements = model.statements(doc)
        else:
            doc.statements = find_statements(doc, self.cues)
            _link_actors(doc)
        annotate_times(doc)
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterable[Document]:
        for d in docs:
            yield self(d)


def _content_span(text: str, span: Span, quotes: list[Quote]) -> tuple[str, Span]:
    """The kind and trimmed content of a clause, given the quotations around it."""
    s, e = _trim(text, span)
    for q in quotes:
        if _overlap((s, e), q.outer) == 0:
            continue
        inner_len = q.inner[1] - q.inner[0]
        if _inside((s, e), q.outer) or _overlap((s, e), q.inner) >= 0.8 * (e - s) and inner_len > 0:
            q.used = True
            return "direct", q.inner
    marks = [q for q in quotes if _overlap((s, e), q.outer) > 0]
    if marks:
        for q in marks:
            q.used = True
        # Keep quotation marks that close the content: PolNeAR ends a mixed content
        # with its closing mark.
        end = max([e, *(q.outer[1] for q in marks if q.outer[1] <= span[1] + 2 and q.outer[0] < e)])
        start = min([s, *(q.outer[0] for q in marks if q.outer[0] >= span[0] - 1 and q.outer[0] < e)])
        return "mixed", (start, end)
    return "indirect", (s, e)


_GAP_CHARS = " \t,.;:!?—–-“”\"«»‹›‘’"


def _gap_ok(text: str, a: int, b: int) -> bool:
    """Only spaces and punctuation between ``a`` and ``b``: the two things touch."""
    return a <= b and all(ch in _GAP_CHARS for ch in text[a:b])


def _attach_adjacent_quotes(text: str, frames: list[Frame], quotes: list[Quote]) -> None:
    """Give a verb of saying the quotation it touches ("“…,” he said", "he said: “…”").

    Only a verb left without content of its own takes the quotation beside it; a
    clause or object of its own that is not quoted wins ("X claimed they had never
    met, and “…”": on PolNeAR train the clause was right eight times as often).
    Both sides touching ("“Q1,” he said, “Q2.”") make one statement in two pieces.
    """
    closed = [q for q in quotes if q.closed]
    for fr in frames:
        if not fr.speech or fr.speaker is None:
            continue
        if any(_inside(fr.cue, q.outer) for q in closed):
            continue
        left, right = min(fr.cue[0], fr.speaker[0]), max(fr.cue[1], fr.speaker[1])
        before = next(
            (q for q in reversed(closed) if q.outer[1] <= left and _gap_ok(text, q.outer[1], left)), None
        )
        after = next((q for q in quotes if q.outer[0] >= right and _gap_ok(text, right, q.outer[0])), None)
        if fr.content is not None and any(_overlap(fr.content, q.outer) for q in quotes):
            if before is not None and after is not None and _overlap(fr.content, before.outer):
                fr.content, fr.how, fr.inset = (before.inner[0], after.inner[1]), "split", True
            continue
        if fr.content is not None:
            continue
        if before is not None and after is not None:
            fr.content, fr.how, fr.inset = (before.inner[0], after.inner[1]), "split", True
        elif before is not None:
            fr.content, fr.how = before.outer, "adjacent"
        elif after is not None:
            fr.content, fr.how = after.outer, "adjacent"


# Marks that set a reporting clause off from the sentence it reports.
_REPORT_SEPARATORS = frozenset({",", "—", "–", "--"})


def _attach_sentence_before(text: str, para: Paragraph, frames: list[Frame]) -> None:
    """"Prices will rise, she said." with a parse that left the verb without a clause
    (a fragment it took for the verb's dependent, or the verb hung on the clause as a
    modifier): the sentence before the comma is the content of a verb of saying that
    ends its sentence. Runs after the quotation rules, which claim "“…,” she said"."""
    doc = para.doc
    for fr in frames:
        if not fr.speech or fr.content is not None or fr.speaker is None:
            continue
        sent = doc[fr.cue_token].sent
        lo = min(fr.cue[0], fr.speaker[0]) - para.start
        hi = max(fr.cue[1], fr.speaker[1]) - para.start
        first = next((t for t in sent if t.idx + len(t) > lo), None)
        if first is None or first.i == sent.start or doc[first.i - 1].text not in _REPORT_SEPARATORS:
            continue
        if any(not t.is_punct for t in sent if t.idx >= hi):
            continue  # the frame does not end the sentence: "…, she said on Monday, …"
        words = doc[sent.start : first.i - 1]
        if len(words) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in words):
            continue
        fr.content = _trim(text, _tok_span(para, words[0], words[-1]))
        fr.how = "final"


# How many paragraphs without a mark an open quotation may run over before its
# closing mark ("“Q1.", "Q2.", "Q3.”": one sentence a paragraph, as in SEESAW).
MAX_QUOTE_RUN = 5
_CLOSERS_ALONE = {"”", "»", "›", "\"", "''", "“"}


def _orphan_closer(text: str, para: Paragraph, quotes: list[Quote], closer: str) -> int | None:
    """Where ``closer`` ends a quotation opened before this paragraph: a closing mark
    ahead of every quotation the paragraph opens itself."""
    hi = quotes[0].outer[0] if quotes else para.end
    i = text.find(closer, para.start, hi)
    while i >= 0:
        if _closes(text, i, para.start, para.end, closer):
            return i
        i = text.find(closer, i + 1, hi)
    return None


def _names_only(para: Paragraph, end: int) -> bool:
    """A name with no verb before ``end`` ("Jane Roe, an aide.”"): a byline, not words."""
    toks = [t for t in para.doc if para.start + t.idx < end]
    return any(t.pos_ == "PROPN" for t in toks) and not any(t.pos_ in ("VERB", "AUX") for t in toks)


def _quotes_over_paragraphs(
    text: str, paras: list[Paragraph], all_quotes: list[list[Quote]], pairs: dict[str, str]
) -> None:
    """Quotations left open at a paragraph's end that run on through paragraphs with no
    mark of their own to a paragraph that closes them ("“Q1." / "Q2." / "Q3,” she
    said."). The paragraphs they cross get a quotation each (added to ``all_quotes``);
    every piece gets the list of them all as ``run``."""
    openers = tuple(sorted(pairs, key=len, reverse=True))
    covered: set[int] = set()
    for pi, quotes in enumerate(all_quotes):
        if pi in covered or not quotes or quotes[-1].closed or quotes[-1].outer[1] < paras[pi].end:
            continue
        opener = quotes[-1]
        closer = pairs.get(_mark_at(text, opener.outer[0], openers) or "")
        if closer is None or closer not in _CLOSERS_ALONE:
            continue
        pieces: list[tuple[int, int | None]] = []
        for pj in range(pi + 1, min(pi + 2 + MAX_QUOTE_RUN, len(paras))):
            para = paras[pj]
            if not text[para.start : para.end].strip():
                break
            at = _orphan_closer(text, para, all_quotes[pj], closer)
            if at is not None:
                pieces.append((pj, at))
                break
            if all_quotes[pj]:
                break
            pieces.append((pj, None))
        if not pieces or pieces[-1][1] is None or _names_only(paras[pieces[-1][0]], pieces[-1][1]):
            # "Name, Title.”" under a pull quote closes it but says nothing.
            continue
        run = [opener]
        for pj, at in pieces:
            para = paras[pj]
            end = at if at is not None else para.end
            s, e = para.start, end
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e <= s:
                continue
            outer = (para.start, at + len(closer)) if at is not None else (para.start, para.end)
            q = Quote(outer, (s, e), at is not None, pj, words=len(text[s:e].split()))
            all_quotes[pj].insert(0, q)
            run.append(q)
            covered.add(pj)
        for q in run:
            q.run = run


def candidate_frames(
    doc: Document, cues: Cues
) -> tuple[list[list[Frame]], list[list[Quote]], list[list[Span]]]:
    """Per paragraph: the cue frames, the quotations, and the spans of quoted speech."""
    text = doc.text
    all_quotes = [
        find_quotes(text, p.start, p.end, cues.quote_pairs, i) for i, p in enumerate(doc.paragraphs)
    ]
    _quotes_over_paragraphs(text, doc.paragraphs, all_quotes, cues.quote_pairs)
    all_frames: list[list[Frame]] = []
    all_spoken: list[list[Span]] = []
    for pi, para in enumerate(doc.paragraphs):
        quotes = all_quotes[pi]
        nxt = all_quotes[pi + 1] if pi + 1 < len(all_quotes) else []
        continues = bool(nxt) and text[doc.paragraphs[pi + 1].start : nxt[0].outer[0]].strip() == ""
        for q in quotes:
            if not q.closed and not continues and q.run is None:
                _close_at_sentence(para, q, text)
        frames = _frames(para, pi, cues)
        colon = _colon_frame(text, para, pi)
        if colon is not None:
            frames.insert(0, colon)
        frames.extend(_signature_frames(text, para, pi, quotes))
        # A transcript line ("SMITH: …") is quoted speech too.
        spoken = [q.outer for q in quotes if q.closed or q.run is not None]
        spoken += [f.content for f in frames if f.how == "colon-title" and f.content]
        for fr in frames:
            if fr.speaker is not None and any(_inside(fr.speaker, sp) for sp in spoken):
                # The parse took words of the quotation for the speaker.
                fr.speaker = _speaker_beside(text, para, fr, quotes)
        _attach_adjacent_quotes(text, frames, quotes)
        _attach_sentence_before(text, para, frames)
        all_frames.append(frames)
        all_spoken.append(spoken)
    return all_frames, all_quotes, all_spoken


def find_statements(
    doc: Document,
    cues: Cues | None = None,
    trace: list[tuple[Statement, str, str]] | None = None,
) -> list[Statement]:
    """The statements of a parsed document, in text order. With ``open_cues(...)`` every
    verb is a candidate cue (what a learned model chooses from). ``trace``, when given,
    receives (statement, rule, cue lemma) for error analysis."""
    cues = cues or load_cues()
    text = doc.text
    all_frames, all_quotes, all_spoken = candidate_frames(doc, cues)
    out: list[Statement] = []
    prev_para_last: Statement | None = None
    prev_para_open = False
    # A quotation left open at the end of the previous paragraph, still without a speaker.
    pending: Quote | None = None
    framed: dict[int, Frame] = {}
    for pi, para in enumerate(doc.paragraphs):
        quotes, frames, spoken = all_quotes[pi], all_frames[pi], all_spoken[pi]
        para_stmts: list[tuple[Statement, Quote | None, Frame | None]] = []
        seen: set[tuple[Span, Span]] = set()
        for fr in frames:
            if fr.content is None:
                continue
            if any(_inside(fr.cue, sp) for sp in spoken):
                # "I think …" inside somebody's quotation is part of what they said, not
                # a statement of its own (PolNeAR does not annotate it either).
                continue
            q_used: Quote | None = None
            if fr.how == "split":
                kind, content = "direct", fr.content
                for q in quotes:
                    if _inside(q.inner, content):
                        q.used = True
                        q_used = q_used or q
            else:
                kind, content = _content_span(text, fr.content, quotes)
                q_used = next((q for q in quotes if q.inner == content), None) if kind == "direct" else None
            if content[1] - content[0] < 2 or (fr.how == "colon" and kind == "indirect"):
                # "said: the rest" without a quotation is mostly a parse of a list.
                continue
            if fr.speaker is not None and _overlap(fr.speaker, content) > 0 and not fr.inset:
                continue
            key = (content, fr.cue)
            if key in seen:
                continue
            seen.add(key)
            st = Statement(kind=kind, content=content, cue=fr.cue, speaker=fr.speaker)
            para_stmts.append((st, q_used, fr))
        lead = _colon_lead(text, doc.paragraphs[pi - 1], all_frames[pi - 1]) if pi else None
        opens_para = bool(quotes) and not text[para.start : quotes[0].outer[0]].strip()
        if lead is not None and opens_para and not quotes[0].used:
            # "Berg said in a statement:" / "“…”": the quotation the colon announces.
            quotes[0].used = True
            para_stmts.append((Statement("direct", quotes[0].inner, lead.cue, lead.speaker), quotes[0], lead))
        # Quotations that no clause claimed: a verb of saying in the same sentence,
        # else the speaker they continue.
        for q in quotes:
            if q.used or any(_inside(q.outer, st.content) for st, _, _ in para_stmts):
                continue
            if not q.sentence_like(text):
                continue
            found = _sentence_cue(para, q, quotes, frames)
            if found is not None:
                q.used = True
                para_stmts.append((Statement("direct", q.inner, found.cue, found.speaker), q, found))
        para_stmts.sort(key=lambda x: x[0].content[0])
        for q in quotes:
            if q.used or any(_inside(q.outer, st.content) for st, _, _ in para_stmts):
                continue
            starts_para = text[para.start : q.outer[0]].strip() == ""
            continued = starts_para and prev_para_open
            if not (q.sentence_like(text) or continued):
                continue  # a scare quote
            before = [s for s, _, _ in para_stmts if s.content[1] <= q.outer[0] and s.speaker]
            # A paragraph that is only a quotation, right after a paragraph with a speaker,
            # is that speaker's (news convention).
            prev = before[-1] if before else (prev_para_last if starts_para else None)
            if prev is None:
                # "“Q1.” “Q2,” she said.": the next quotation's speaker, if only marks
                # and spaces separate them.
                after = [s for s, sq, _ in para_stmts if s.content[0] >= q.outer[1] and sq is not None]
                if not after or not _gap_ok(text, q.outer[1], after[0].content[0]):
                    continue
                prev = after[0]
            q.used = True
            if prev.kind == "direct" and para.start <= prev.content[0] and prev.content[1] <= q.outer[0]:
                # "“Q1,” he said. “Q2.”": one statement in pieces, as PolNeAR annotates it.
                # A quotation in the next paragraph stays a statement of its own.
                prev.content = (prev.content[0], q.inner[1])
                continue
            para_stmts.append((Statement("direct", q.inner, None, prev.speaker, prev.actor), q, None))
            para_stmts.sort(key=lambda x: x[0].content[0])
        stmts = [s for s, _, _ in para_stmts]
        if pending is not None and quotes and text[para.start : quotes[0].outer[0]].strip() == "":
            head = next((s for s, sq, _ in para_stmts if sq is quotes[0] and s.speaker), None)
            if head is not None:
                # The quotation opened in the previous paragraph is the same speaker's.
                out.append(Statement("direct", pending.inner, None, head.speaker))
        pending = None
        if quotes and not quotes[-1].closed and not quotes[-1].used and quotes[-1].sentence_like(text):
            pending = quotes[-1]
        for st, _, sf in para_stmts:
            if sf is not None:
                framed[id(st)] = sf
        if trace is not None:
            for st, sq, sf in para_stmts:
                how = (sf.how if sf else "continued") + ("+quote" if sq is not None and sf else "")
                trace.append((st, how, sf.lemma if sf else ""))
        out.extend(stmts)
        # Only the paragraph right before may lend its speaker to a cue-less quotation.
        prev_para_last = max(stmts, key=lambda s: s.content[1]) if stmts else None
        prev_para_open = bool(quotes) and not quotes[-1].closed
    _speak_for_runs(out, all_quotes)
    out.sort(key=lambda st: st.content)
    return _drop_duplicates(_drop_nested(out, framed, cues, doc.text), framed)


# Which frame speaks for a content that two cues claim: a verb's own clause over a
# quotation it only touches ("He added, “…”" over the verb of the sentence before),
# a verb over a noun ("says in a statement that …"), any cue over none.
_HOW_RANK = {"adjacent": 1, "according": 1, "colon-title": 1, "signature": 1, "noun": 2, "noun-comp": 2}


def _drop_duplicates(stmts: list[Statement], framed: dict[int, Frame]) -> list[Statement]:
    """One statement for each content: a content is somebody's words once (PolNeAR
    gives it one attribution), so the best placed frame keeps it."""
    best: dict[Span, Statement] = {}
    for st in stmts:
        have = best.get(st.content)
        if have is None or _rank(st, framed) < _rank(have, framed):
            best[st.content] = st
    return [st for st in stmts if best[st.content] is st]


def _rank(st: Statement, framed: dict[int, Frame]) -> int:
    fr = framed.get(id(st))
    return 3 if fr is None else _HOW_RANK.get(fr.how, 0)


# Speakers that only point back at somebody: an inner statement with one of these adds
# nothing its host does not already say ("Smith said she wants to stay").
_POINTING = MALE_PRONOUNS | FEMALE_PRONOUNS | NEUTER_PRONOUNS | PLURAL_PRONOUNS | {
    "i", "me", "we", "us", "you", "who", "which", "that",
}  # fmt: skip


def _colon_lead(text: str, para: Paragraph, frames: list[Frame]) -> Frame | None:
    """The verb of saying, with a speaker and no content, of a paragraph ending in a colon."""
    if not text[para.start : para.end].rstrip().endswith(":"):
        return None
    found = [f for f in frames if f.speech and f.speaker is not None and f.content is None]
    return found[-1] if found else None


def _speak_for_runs(out: list[Statement], all_quotes: list[list[Quote]]) -> None:
    """Every piece of a quotation over paragraphs is its speaker's, wherever in the
    quotation the cue stands ("“Q1." / "Q2." / "Q3,” she said.")."""
    done: set[int] = set()
    for quotes in all_quotes:
        for q in quotes:
            run = q.run
            if run is None or id(run) in done:
                continue
            done.add(id(run))
            spoken = (st for p in run for st in out if _overlap(st.content, p.inner) > 0)
            owner = next((st for st in spoken if st.speaker is not None), None)
            if owner is None:
                continue
            for p in run:
                if not any(_overlap(st.content, p.inner) > 0 for st in out):
                    p.used = True
                    out.append(Statement("direct", p.inner, None, owner.speaker, owner.actor))


def _drop_nested(
    stmts: list[Statement], framed: dict[int, Frame], cues: Cues, text: str
) -> list[Statement]:
    """Keep one statement where a cue sits inside another statement's content, unless
    the inner one names somebody else with a verb of saying or belief that takes a
    clause (an object or infinitive cue inside a content, "said that Ruiz condemned
    the levy", was rarely annotated on PolNeAR train: keeping those cost precision).

    "Smith said she wants to stay" is Smith's statement; that she wants to stay is
    part of what Smith said, not a second attribution (PolNeAR annotates only the
    outer one: on its train split such nested candidates were right about one time
    in five), so the inner one goes. "The council said in a letter that Anna Berg
    believes the talks are useless" keeps both: Berg's view, as the council reports
    it, is a statement of another actor, which is what a user searching for Berg
    wants to find. The exception is a verb of saying that frames a sentence-long
    quotation of its own ("… the source said, adding that Grayson said: “…”"): there
    the outer clause has run over its end, and the outer one goes."""
    drop: set[int] = set()
    for st in stmts:
        fr = framed.get(id(st))
        if st.cue is None or fr is None or fr.how == "naming":
            # "criticized what he called “unfair” tariffs": the name is the namer's own.
            continue
        cue = st.cue
        host = next((o for o in stmts if o is not st and _inside(cue, o.content)), None)
        if host is None:
            continue
        # Only a verb of saying or belief with a clause (not an infinitive, object or
        # noun cue) named inside another statement stands beside it; not a modal one
        # ("the second deal would call on Iran to disarm, the Leader said"): what
        # somebody would say, in another's words, was never said.
        if fr.lemma in cues.clause_takers and not fr.modal and _names_another(text, st, host):
            continue
        quoted_speech = (
            st.kind == "direct"
            and fr.lemma in cues.speech
            and fr.lemma not in cues.naming
            and st.content[1] - st.content[0] > _QUOTE_OVER_HOST_CHARS
        )
        drop.add(id(host) if quoted_speech and host.cue != st.cue else id(st))
    return [st for st in stmts if id(st) not in drop]


def _names_another(text: str, inner: Statement, host: Statement) -> bool:
    """The inner statement's speaker is named (a proper name, not a pronoun or a common
    noun such as "officials") and is not the host's."""
    if inner.speaker is None or inner.kind == "direct":
        return False
    words = text[inner.speaker[0] : inner.speaker[1]].split()
    # The first word may be capitalized only because it opens the phrase ("The council").
    if not any(w[:1].isupper() and w.lower() not in _POINTING for w in words[1:] or words[:1]):
        return False
    return host.speaker is None or _overlap(inner.speaker, host.speaker) == 0


def _speaker_beside(text: str, para: Paragraph, fr: Frame, quotes: list[Quote]) -> Span | None:
    """The words between a quotation and its cue ("“…,” Jane Roe, an aide, said") or
    after an inverted cue ("“…,” said Jane Roe, an aide"), when they name somebody."""
    doc = para.doc
    cue_tok = doc[fr.cue_token]
    for c in cue_tok.children:
        # "“…,” Jane Roe said" parsed with two subjects: the one outside the quotation.
        at = para.start + c.idx
        if c.dep_ == "nsubj" and not any(q.closed and q.outer[0] <= at < q.outer[1] for q in quotes):
            return _speaker_span(para, c)
    before = [q for q in quotes if q.closed and q.outer[1] <= fr.cue[0]]
    if before:
        gap = para.char_span((before[-1].outer[1], fr.cue[0]), "contract")
        if gap is not None and any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in gap):
            return _trim(text, (para.start + gap.start_char, para.start + gap.end_char))
    toks = []
    for t in doc[cue_tok.i + 1 : cue_tok.sent.end]:
        if t.is_punct or t.pos_ in ("ADP", "VERB", "AUX"):
            break
        toks.append(t)
    if toks and any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in toks):
        return _tok_span(para, toks[0], toks[-1])
    return None


def _close_at_sentence(para: Paragraph, q: Quote, text: str) -> None:
    """An opening mark never closed, and not continued by the next paragraph, is
    most likely a typo: let the quotation end with its sentence."""
    span = para.char_span(q.outer)
    if span is None:
        return
    sent = para.doc[span.start].sent
    end = para.start + sent.end_char
    if end < q.outer[1]:
        e = end
        while e > q.inner[0] and text[e - 1].isspace():
            e -= 1
        q.outer = (q.outer[0], end)
        q.inner = (q.inner[0], e)
        q.words = len(text[q.inner[0] : q.inner[1]].split())


def _sentence_cue(para: Paragraph, q: Quote, quotes: list[Quote], frames: list[Frame]) -> Frame | None:
    """The nearest verb of saying with a speaker, outside every quotation, in the
    sentences the quotation touches, that frames nothing else."""
    doc = para.doc
    span = para.char_span(q.outer)
    if span is None:
        return None
    lo, hi = doc[span.start].sent.start, doc[span.end - 1].sent.end
    best: tuple[int, Frame] | None = None
    for fr in frames:
        if not fr.speech or fr.speaker is None or fr.content is not None or not lo <= fr.cue_token < hi:
            continue
        if any(x.closed and _inside(fr.cue, x.outer) for x in quotes):
            continue
        tok = doc[fr.cue_token]
        dist = min(abs(tok.i - span.start), abs(tok.i - (span.end - 1)))
        if best is None or dist < best[0]:
            best = (dist, fr)
    return best[1] if best else None


_QUOTE_MARKS = "“”\"«»‹›„‘’"


def content_pieces(text: str, st: Statement) -> list[Span]:
    """The content of a statement without the cue and speaker set inside it.

    "“The plan,” Berg said, “is dead.”" and "The rules, the minister explained, apply
    from May" hold their own frame; the content proper is the two pieces around it
    (with their quotation marks, as PolNeAR marks them). Other contents are one piece."""
    s, e = st.content
    if st.cue is None or not (s < st.cue[0] and st.cue[1] < e):
        return [st.content]
    fs, fe = st.cue
    if st.speaker is not None and s <= st.speaker[0] and st.speaker[1] <= e:
        fs, fe = min(fs, st.speaker[0]), max(fe, st.speaker[1])
    left = max(text.rfind(m, s, fs) for m in _QUOTE_MARKS)
    right = min((i for m in _QUOTE_MARKS if (i := text.find(m, fe, e)) >= 0), default=-1)
    if st.kind == "direct" and left >= 0 and right >= 0:
        pieces = [(s, left + 1), (right, e)]
    else:
        pieces = [_trim(text, (s, fs)), _trim(text, (fe, e))]
    return [p for p in pieces if p[1] > p[0]] or [st.content]


def _link_actors(doc: Document) -> None:
    """Point each statement at its actor: ``actors.actor_for`` when the actors stage
    offers it (it may create an actor for an unlinked named speaker), else the actor
    with a mention at the speaker span."""
    from . import actors

    actor_for = getattr(actors, "actor_for", None)
    resolved: dict[Span, str | None] = {}
    for st in doc.statements:
        if st.speaker is None:
            continue
        if st.speaker not in resolved:
            found = actor_for(doc, st.speaker) if actor_for is not None else doc.actor_at(st.speaker)
            resolved[st.speaker] = found.id if found is not None else None
        st.actor = resolved[st.speaker]

