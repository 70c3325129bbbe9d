"""Actors stage: who is mentioned, grouped into one canonical actor per referent.

Everything here is a rule over the parse, so each grouping can be explained by the
``how`` of its mentions:

1. Names: spaCy entities and the gazetteer / place tables (``data/``) give name
   mentions. A title before a person's name ("Foreign Minister", "Ayatollah",
   "Mr.") is kept in the mention and attaches a role or gender to the person.
2. Grouping: full names first, then shorter names that end a full name
   (surnames); organizations whose distinctive words agree ("Iran's Volunteer
   Basij Force" = "the Basij Volunteer Force"); capitals, country aliases and
   "the Americans" fold into their country.
3. Role nouns ("the minister", "the Leader") join the one person the document
   gave that role by a title or an apposition; never a guess between two.
4. Document nouns ("the letter") join the actor who sent or spoke in it.
5. Pronouns join the nearest compatible preceding subject, then any mention, in
   the same sentence and up to three sentences back.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from .config import Config, aliases_path
from .errors import ConfigError
from .names import fold, is_suffix
from .types import Actor, Document, Mention, Paragraph, Span

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

PERSON, ORG, COUNTRY, GROUP, OTHER = "person", "organization", "country", "group", "other"
# "Miss Universe", "Miss America": a pageant's title is no person's name.
PAGEANTS = frozenset({"Universe", "World", "America", "USA", "Earth", "International", "Teen"})
# What only a state has: "X's foreign ministry" makes an unknown X a country (not a
# president or a "government affairs" team: companies and universities have those).
_STATE_ORGANS = (
    r"(?:foreign|defen[cs]e|interior|finance) ministry|prime minister|parliament"
    r"|army|armed forces|embassy|foreign minister|central bank"
)
# Prepositions that make a place a location rather than an actor ("talks in Vienna").
# Heads that, possessed by a country, still name the country's state.
STATE_HEADS = frozenset({"government", "administration", "regime", "state", "leadership"})
# Bodies only a state has: "X's defence ministry" makes X a country.
STATE_BODIES = frozenset({"ministry", "army", "navy", "police", "parliament", "military", "embassy"})
# "the city of X": X is a place.
PLACE_NOUNS = frozenset({"city", "town", "village", "capital", "port", "province", "region", "district"})
LOCATIVE = frozenset(
    {
        "in",
        "at",
        "near",
        "inside",
        "outside",
        "within",
        "across",
        "into",
        "around",
        "throughout",
        "from",
        "to",
        "toward",
        "towards",
        "via",
        "over",
    }
)
# Collective nouns that name an organization rather than a loose group.
ORG_COLLECTIVES = frozenset({"administration", "military", "police", "army", "judiciary", "government"})
LONGER_READINGS = frozenset({"LOC", "FAC", "ORG", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
NEUTER_PRONOUNS = frozenset({"it", "its", "itself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})
# "it" as the subject of these is usually expletive ("it is clear that ...").
EXPLETIVE_HEADS = frozenset(
    {"be", "seem", "appear", "happen", "remain", "become", "take", "mean", "matter", "look"}
)
SEND_VERBS = frozenset(
    {"send", "write", "issue", "publish", "release", "sign", "post", "deliver", "address", "submit"}
)
QUOTE_RE = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)|‘[^’]*(?:’(?=\W|$)|$)", re.S)
PRONOUN_WINDOW = 3  # sentences back
# The words of a handle written in camel case: "realDonaldTrump" -> real, Donald, Trump.
HANDLE_WORDS = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+|\d+")


# ---------------------------------------------------------------- lexicons


@dataclass(frozen=True)
class Target:
    """What an alias in the tables names."""

    name: str
    kind: str
    how: str  # name | org | place | demonym
    attrs: tuple[tuple[str, str], ...] = ()
    gazetteer: bool = False


@dataclass
class Role:
    key: str
    titles: list[tuple[str, ...]]
    nouns: list[re.Pattern[str]]
    heads: set[str]
    capitalized: bool


@dataclass
class Lexicon:
    honorifics: dict[str, str | None]
    particles: set[str]
    org_generic: set[str]
    document_nouns: set[str]
    org_heads: set[str]
    roles: list[Role]
    # token tuple (exact case) -> target; and lower-cased for multi-word names.
    exact: dict[tuple[str, ...], Target]
    folded: dict[tuple[str, ...], Target]
    demonyms: dict[str, str]
    countries: set[str]
    max_len: int
    role_heads: set[str] = field(default_factory=set)
    epithets: set[str] = field(default_factory=set)  # "the Kentucky Republican"
    # every alias (tokens joined by spaces) of each target
    aliases_of: dict[Target, tuple[str, ...]] = field(default_factory=dict)
    first_names: dict[str, str] = field(default_factory=dict)  # given name -> "m" | "f"
    group_plural: set[str] = field(default_factory=set)
    followers: set[str] = field(default_factory=set)  # groups named by whom they follow
    group_collective: set[str] = field(default_factory=set)
    quantifiers: set[str] = field(default_factory=set)
    free_choice: set[str] = field(default_factory=set)
    # First tokens of the ``exact`` and ``folded`` keys: most token positions start no
    # name, and these sets rule them out before any window is built.
    exact_first: set[str] = field(default_factory=set)
    folded_first: set[str] = field(default_factory=set)
    # Role titles, lower-cased -> the first role (in table order) that lists them, and
    # the title lengths longest first: the longest title ending at a token wins.
    title_index: dict[tuple[str, ...], str] = field(default_factory=dict)
    title_lens: tuple[int, ...] = ()


def data_file(name: str) -> Any:
    """One of the shipped tables in ``stancegraph/data``, parsed."""
    return yaml.safe_load(resources.files("stancegraph.data").joinpath(name).read_text(encoding="utf-8"))


def _toks(nlp: Language, text: str) -> tuple[str, ...]:
    return tuple(t.text for t in nlp.make_doc(text))


def load_alias_file(path: str | Path) -> list[dict[str, Any]]:
    """A user alias file: a YAML list of {name, kind, aliases, wikidata?, attrs?}."""
    p = Path(path)
    try:
        entries = yaml.safe_load(p.read_text(encoding="utf-8")) or []
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{p}: cannot read the alias file: {exc}") from exc
    if not isinstance(entries, list):
        raise ConfigError(f"{p}: an alias file is a list of entries with name, kind and aliases")
    for i, e in enumerate(entries):
        if not isinstance(e, dict) or not isinstance(e.get("name"), str):
            raise ConfigError(f"{p}: entry {i + 1} has no name")
        if e.get("kind", PERSON) not in (PERSON, ORG, COUNTRY, GROUP, OTHER):
            raise ConfigError(f"{p}: entry {e['name']!r} has an unknown kind {e.get('kind')!r}")
        if not isinstance(e.get("aliases", []), list):
            raise ConfigError(f"{p}: entry {e['name']!r}: aliases must be a list")
    return entries


def build_lexicon(nlp: Language, user_entries: Iterable[dict[str, Any]] = ()) -> Lexicon:
    import pycountry

    titles = data_file("titles.yaml")
    places = data_file("places.yaml")
    honorifics: dict[str, str | None] = {}
    for gender, words in titles["honorifics"].items():
        for w in words:
            honorifics[w] = None if gender == "any" else gender[0]
    roles = []
    for key, spec in titles["roles"].items():
        pats = [re.compile(p) for p in spec.get("nouns", [])]
        heads = {re.sub(r"[^a-z-]", " ", p.pattern).split()[-1] for p in pats}
        roles.append(
            Role(
                key,
                [_toks(nlp, t) for t in spec.get("titles", [])],
                pats,
                heads,
                bool(spec.get("capitalized")),
            )
        )
    exact: dict[tuple[str, ...], Target] = {}
    folded: dict[tuple[str, ...], Target] = {}

    def add(alias: str, target: Target, fold: bool = True) -> None:
        toks = _toks(nlp, alias)
        if toks and toks[0].lower() == "the" and len(toks) > 1:
            toks = toks[1:]
        exact.setdefault(toks, target)
        if fold and (len(toks) > 1 or len(alias) > 4) and not alias.isupper():
            folded.setdefault(tuple(t.lower() for t in toks), target)

    # User entries first: a user's alias overrides the shipped tables.
    for e in [*user_entries, *data_file("gazetteer.yaml")]:
        attrs = dict(e.get("attrs") or {})
        if e.get("wikidata"):
            attrs["wikidata"] = str(e["wikidata"])
        how = {PERSON: "name", COUNTRY: "place"}.get(e.get("kind", PERSON), "org")
        t = Target(e["name"], e.get("kind", PERSON), how, tuple(sorted(attrs.items())), True)
        for alias in [e["name"], *e.get("aliases", [])]:
            add(str(alias), t)
    canon_map = places.get("canonical", {})
    countries: set[str] = set()
    for c in pycountry.countries:
        canon = canon_map.get(c.name) or getattr(c, "common_name", None) or c.name
        countries.add(canon)
        t = Target(canon, COUNTRY, "place")
        for n in {c.name, canon, getattr(c, "official_name", None)}:
            if n and "," not in n:
                add(n, t)
    for canon, aliases in places["country_aliases"].items():
        countries.add(canon)
        t = Target(canon, COUNTRY, "place")
        add(canon, t)
        for a in aliases:
            add(a, t, fold=False)
    for capital, country in places["capitals"].items():
        add(capital, Target(country, COUNTRY, "capital"), fold=False)
    demonyms = {k: v for k, v in places["demonyms"].items()}
    lex = Lexicon(
        honorifics=honorifics,
        particles=set(titles["particles"]),
        org_generic={w.lower() for w in titles["org_generic"]},
        document_nouns=set(titles["document_nouns"]),
        org_heads=set(titles["org_heads"]),
        roles=roles,
        exact=exact,
        folded=folded,
        demonyms=demonyms,
        countries=countries,
        max_len=max(len(k) for k in exact),
    )
    lex.role_heads = {h for r in lex.roles for h in r.heads}
    lex.epithets = set(titles.get("epithets", ()))
    lex.exact_first = {k[0] for k in exact}
    lex.folded_first = {k[0] for k in folded}
    for role in lex.roles:
        for title in role.titles:
            lex.title_index.setdefault(tuple(w.lower() for w in title), role.key)
    lex.title_lens = tuple(sorted({len(k) for k in lex.title_index}, reverse=True))
    inverted: dict[Target, list[str]] = {}
    for toks, target in exact.items():
        inverted.setdefault(target, []).append(" ".join(toks))
    lex.aliases_of = {t: tuple(names) for t, names in inverted.items()}
    lex.first_names = {n: g[0] for g, names in data_file("first_names.yaml").items() for n in names}
    groups = data_file("groups.yaml")
    lex.followers = {w.lower() for w in groups["followers"]}
    lex.group_plural = {w.lower() for w in groups["plural"]} | lex.followers
    lex.group_collective = {w.lower() for w in groups["collective"]}
    lex.quantifiers = {w.lower() for w in groups["quantifiers"]}
    lex.free_choice = {w.lower() for w in groups["free_choice"]}
    return lex


def lexicon_for(nlp: Language, aliases_path: str | None = None) -> Lexicon:
    """The tables (and the user's alias file, re-read when it changes), built once."""
    stamp = 0.0
    if aliases_path:
        try:
            stamp = Path(aliases_path).stat().st_mtime
        except OSError as exc:
            raise ConfigError(f"{aliases_path}: cannot read the alias file: {exc}") from exc
    return _lexicon_cached(nlp, aliases_path, stamp)


@lru_cache(maxsize=8)
def _lexicon_cached(nlp: Language, aliases_path: str | None, stamp: float) -> Lexicon:
    user = load_alias_file(aliases_path) if aliases_path else []
    return build_lexicon(nlp, user)


# ---------------------------------------------------------------- mentions


@dataclass
class Cand:
    """A mention on its way to an actor."""

    span: Span
    text: str
    how: str
    kind: str
    sent: int
    root: Token
    quoted: bool
    name: tuple[str, ...] = ()  # name tokens (persons, organizations)
    target: Target | None = None
    role: str | None = None
    gender: str | None = None
    attrs: dict[str, str] = field(default_factory=dict)
    cluster: int = -1

    @property
    def subject_tier(self) -> int:
        """0 main-clause subject, 1 other subject, 2 object, 3 anything else."""
        return self.tier()

    def tier(self, through_appos: bool = False) -> int:
        """``subject_tier``; ``through_appos`` reads a name in apposition by the phrase it
        describes ("his lieutenant, Sen. Dick Durbin, blasted ..." is a subject)."""
        r = self.root
        while through_appos and r.dep_ == "appos" and r.head.i != r.i:
            r = r.head
        if r.dep_ in SUBJECT_DEPS:
            return 0 if r.head.dep_ == "ROOT" else 1
        return 2 if r.dep_ in ("dobj", "attr", "dative") else 3


@dataclass
class Cluster:
    kind: str
    cands: list[Cand] = field(default_factory=list)
    target: Target | None = None
    name: tuple[str, ...] = ()
    display: str = ""
    roles: list[str] = field(default_factory=list)
    gender: str | None = None
    attrs: dict[str, str] = field(default_factory=dict)

    def first(self) -> int:
        return min(c.span[0] for c in self.cands)


class _Sent:
    def __init__(
        self, idx: int, para: Paragraph, sent: SpacySpan, quotes: list[Span], texts: list[str]
    ) -> None:
        self.idx, self.para, self.sent = idx, para, sent
        self.quotes = quotes
        # Token texts of the whole paragraph doc (indexed like ``sent.doc``), read once:
        # slicing spaCy objects per window is what made table matching slow.
        self.texts = texts

    def in_quote(self, span: Span) -> bool:
        return any(s <= span[0] and span[1] <= e for s, e in self.quotes)


def _quotes(para: Paragraph, text: str) -> list[Span]:
    return [
        (para.start + m.start(), para.start + m.end()) for m in QUOTE_RE.finditer(text[para.start : para.end])
    ]


class ActorFinder:
    """The actors stage: fill ``doc.actors`` from the parse."""

    name = "actors"

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        path = self._aliases_path()
        if path:
            # A bad alias file stops the run here (exit code 3), not on every document.
            load_alias_file(path)

    def _aliases_path(self) -> str | None:
        return aliases_path(self.config)

    def __call__(self, doc: Document) -> Document:
        if not doc.paragraphs:
            doc.actors = []
            return doc
        nlp_vocab_doc = doc.paragraphs[0].doc
        lex = _lexicon_from_doc(nlp_vocab_doc, self._aliases_path())
        doc.actors = _Finder(doc, lex).run()
        return doc


_TOKENIZERS: dict[int, tuple[Any, Language]] = {}


def _lexicon_from_doc(sdoc: Any, aliases_path: str | None) -> Lexicon:
    """The tables tokenized by an English tokenizer sharing the text's vocabulary, once per vocabulary."""
    vocab = sdoc.vocab
    held = _TOKENIZERS.get(id(vocab))
    if held is None or held[0] is not vocab:
        from spacy.lang.en import English

        held = (vocab, English(vocab=vocab))
        _TOKENIZERS[id(vocab)] = held
    return lexicon_for(held[1], aliases_path)


# "HEMPSTEAD, N.Y., Sept. 26 (UPI) —", "WASHINGTON (AP) —": a dateline opening a paragraph
# names where the story was filed, not an actor of it (nor the speaker after it).
DATELINE = re.compile(
    r"[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+)*(?:,[^\n—–―(]{0,40}?)?(?:[ \t]*\([^)\n]{1,30}\))?"
    r"[ \t]*(?:[—–―]|--?[ \t])"
)


class _Finder:
    def __init__(self, doc: Document, lex: Lexicon) -> None:
        self.doc, self.lex = doc, lex
        self.sents: list[_Sent] = []
        self.datelines: list[Span] = []
        for para in doc.paragraphs:
            dateline = DATELINE.match(doc.text, para.start, para.end)
            if dateline is not None:
                self.datelines.append((para.start, dateline.end()))
            quotes = _quotes(para, doc.text)
            texts = [t.text for t in para.doc]
            for sent in para.doc.sents:
                self.sents.append(_Sent(len(self.sents), para, sent, quotes, texts))
        self.cands: list[Cand] = []
        self.clusters: list[Cluster] = []
        self.covered: set[int] = set()  # document char offsets of tokens already in a mention
        # Tokens of modifier mentions ("Republican" in "Republican lawmakers") that a
        # group's noun phrase may contain.
        self.nestable: set[int] = set()
        self._folded: dict[int, tuple[Any, list[str]]] = {}
        self.places = self._place_words()

    def _place_words(self) -> frozenset[str]:
        """One-word names the document uses as places and never as a person's surname.

        The tagger often reads an unfamiliar city as a person ("Dialogue with Lomar"); the
        same word tagged as a place, governed by "in"/"to", or set beside "the capital"
        elsewhere in the document says what it is.
        """
        places: set[str] = set()
        surnames: set[str] = set()
        # Whether each one-word name only ever modifies a common noun ("the Selva dam").
        modifier: dict[str, bool] = {}
        for para in self.doc.paragraphs:
            pdoc = para.doc
            lowers: list[str] = []
            near_capital: list[int] = []  # candidates checked once every token is read
            for e in pdoc.ents:
                if e.label_ == "PERSON" and len(e) > 1:
                    surnames.add(e[-1].text)
                elif e.label_ in ("GPE", "LOC") and len(e) == 1:
                    places.add(e.text)
            for t in pdoc:
                lowers.append(t.lower_)
                if t.pos_ != "PROPN" or not t.text[:1].isupper():
                    continue
                mod = (
                    t.dep_ == "compound"
                    and t.head.pos_ == "NOUN"
                    and t.head.text.islower()
                    and t.head.lower_ not in self.lex.org_heads
                    and t.i > 0
                    and pdoc[t.i - 1].pos_ == "DET"
                )
                modifier[t.text] = modifier.get(t.text, True) and mod
                if (
                    t.ent_iob_ == "B"
                    and t.ent_type_ == "PERSON"
                    and t.i + 1 < len(pdoc)
                    and pdoc[t.i + 1].ent_iob_ == "I"
                ):
                    continue  # a first name
                if t.dep_ == "pobj" and t.head.lower_ in ("in", "to"):
                    places.add(t.text)
                if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_ in PLACE_NOUNS:
                    places.add(t.text)  # "the eastern city of Varn"
                near_capital.append(t.i)
            for i in near_capital:
                if "capital" in lowers[max(0, i - 3) : i + 4]:
                    places.add(pdoc[i].text)
        self.modifiers_only = frozenset(w for w, only in modifier.items() if only) - surnames
        return frozenset(places - surnames)

    # ------------------------------------------------------------ pipeline

    def run(self) -> list[Actor]:
        for s in self.sents:
            self._names(s)
        self.cands = [c for c in self.cands if not any(a <= c.span[0] < b for a, b in self.datelines)]
        self._cluster_names()
        self._propagate()
        self._roles()
        self._epithets()
        self._documents()
        self._pronouns()
        self._follower_owners()
        return self._actors()

    # ------------------------------------------------------------ helpers

    def _cand(self, s: _Sent, toks: SpacySpan, how: str, kind: str, **kw: Any) -> Cand:
        span = s.para.span_of(toks)
        c = Cand(span, self.doc.text[span[0] : span[1]], how, kind, s.idx, toks.root, s.in_quote(span), **kw)
        self.cands.append(c)
        for t in toks:
            self.covered.add(s.para.start + t.idx)
        return c

    def _free(self, s: _Sent, toks: SpacySpan, nested_ok: bool = False) -> bool:
        """No token of ``toks`` is in a mention yet (modifier mentions may nest when asked)."""
        covered, base = self.covered, s.para.start
        if nested_ok:
            nestable = self.nestable
            return not any(base + t.idx in covered and base + t.idx not in nestable for t in toks)
        return not any(base + t.idx in covered for t in toks)

    def _lookup(self, toks: list[Token]) -> Target | None:
        return self._lookup_texts(tuple(t.text for t in toks))

    def _lookup_texts(self, key: tuple[str, ...]) -> Target | None:
        hit = self.lex.exact.get(key)
        if hit is None and key[0][:1].isupper():
            hit = self.lex.folded.get(tuple(t.lower() for t in key))
        return hit

    def _locative(self, tok: Token) -> bool:
        # Climb appositions/conjuncts/compounds to the phrase head, then ask its preposition.
        while tok.dep_ in ("appos", "conj", "compound") and tok.head.i != tok.i:
            tok = tok.head
        return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE

    # ------------------------------------------------------------ 1. names

    def _table_matches(self, s: _Sent) -> list[tuple[int, int, Target]]:
        sent, texts = s.sent, s.texts
        exact, folded = self.lex.exact, self.lex.folded
        exact_first, folded_first = self.lex.exact_first, self.lex.folded_first
        out: list[tuple[int, int, Target]] = []
        i, end = sent.start, sent.end
        while i < end:
            found = None
            first = texts[i]
            # Longest window first, as a lookup of every window would pick.
            try_exact = first in exact_first
            try_folded = first[:1].isupper() and first.lower() in folded_first
            if try_exact or try_folded:
                for j in range(min(end, i + self.lex.max_len), i, -1):
                    key = tuple(texts[i:j])
                    hit = exact.get(key) if try_exact else None
                    if hit is None and try_folded:
                        hit = folded.get(tuple(t.lower() for t in key))
                    if hit is not None:
                        found = (i, j, hit)
                        break
            if found is None and first[:1] == "@":
                target = self._handle(first)
                found = (i, i + 1, target) if target is not None else None
            if found:
                out.append(found)
                i = found[1]
            else:
                i += 1
        return out

    def _handle(self, handle: str) -> Target | None:
        """A social media handle that ends in a name the tables know: "@realDonaldTrump" is
        Donald Trump, "@WhiteHouse" the White House (the longest known ending wins)."""
        words = HANDLE_WORDS.findall(handle[1:])
        for k in range(len(words)):
            target = self._lookup_texts(tuple(words[k:]))
            if target is not None:
                return target
        return None

    def _names(self, s: _Sent) -> None:
        sdoc = s.sent.doc
        # (In a headline every word is capitalized: nothing to tell a surname by.)
        headline = _title_case(s.sent)
        ents = [
            _unprefixed(_unpossessed(
                _completed(_undashed(e), self.lex.first_names) if e.label_ == "PERSON" and not headline
                else _person_tail(e, self.lex.first_names) if e.label_ in ("ORG", "GPE") and not headline
                else e
            ))
            for e in s.sent.ents
            if e.label_ in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")
        ]
        ents = [e for e in ents if len(e) and not _court_case(e)]
        # People first: "House Speaker Nancy Pelosi" keeps its title rather than a "House" entity.
        ents.sort(key=lambda e: e.label_ != "PERSON")
        table = self._party_groups(s, self._table_matches(s))
        used_table: set[int] = set()
        for e in ents:
            inside = [k for k, (a, b, _t) in enumerate(table) if a >= e.start and b <= e.end]
            over = [k for k, (a, b, _t) in enumerate(table) if a < e.end and b > e.start and k not in inside]
            if over:
                continue  # a table name straddles the entity: trust the table
            same = [k for k in inside if table[k][0] == e.start and table[k][1] == e.end]
            if same:
                continue
            if e.label_ == "PERSON":
                hit = next(
                    (
                        k
                        for k in inside
                        if table[k][2].kind == PERSON
                        and table[k][1] == e.end
                        and (
                            all(x.text in self.lex.honorifics for x in sdoc[e.start : table[k][0]])
                            # a known full name at the end of a run the tagger took for one
                            # name ("Trump Donald Trump" in a caption): the known name wins
                            or table[k][1] - table[k][0] >= 2
                        )
                    ),
                    None,
                )
                if hit is not None:
                    used_table.add(hit)
                    self._person(s, e, table[hit][2])
                    used_table.update(inside)
                    continue
                used_table.update(inside)
                if len(e) == 1 and e.root.dep_ == "amod" and not inside:
                    continue  # "Kestrian engineers": a nationality word, not a person
                if len(e) == 1 and e.text in self.modifiers_only and not inside:
                    continue  # "the Selva river": a name of a thing, not of a person
                if len(e) == 1 and e.text in self.places and not inside:
                    # A city the document places things in is not a person; as a
                    # speaker or partner ("Dialogue with Lomar") it stands for its state.
                    if (
                        not self._locative(e.root)
                        and e.root.dep_ not in ("compound", "amod")
                        and self._free(s, e)
                    ):
                        self._cand(s, e, "place", OTHER, name=(e.text,), attrs={"place": "city"})
                    continue
                self._person(s, e, None)
            elif e.label_ in ("ORG", "FAC"):
                if e.label_ == "FAC" and not inside:
                    continue
                if e[-1].lower_ in self.lex.epithets and self._epithet(e[-1]):
                    continue  # "The Hawaii Democrat" is a person, for ``_epithets``
                before = sdoc[e.start - 1] if e.start > s.sent.start else None
                if (
                    not inside
                    and before is not None
                    and before.text in self.lex.honorifics
                    and before.text[:1].isupper()
                ):
                    self._person(s, e, None)  # "Mr. Velasco" tagged as an organization
                    continue
                # "Iran's Basij Force": the country prefix is its own mention.
                if inside and e.label_ == "ORG" and any(table[k][2].kind != COUNTRY for k in inside):
                    continue_with = [
                        k for k in inside if table[k][1] == e.end and table[k][2].kind != COUNTRY
                    ]
                    if continue_with:
                        continue  # the table names the organization itself
                if not inside and len(e) == 1 and e.text in self.places:
                    continue  # a town the tagger read as an organization
                # An unknown country the tagger calls an organization ("Norland's
                # defence ministry"): only a state's own bodies make it a country.
                if (
                    not inside
                    and e.label_ == "ORG"
                    and e.root.head.lower_ in STATE_BODIES
                    and self._possessed_org(s, e, e.text)
                ):
                    continue
                used_table.update(k for k in inside if table[k][2].kind != COUNTRY)
                self._org(s, e, None)
            elif e.label_ == "GPE" and not inside:
                if self._possessed_org(s, e, e.text):
                    continue
                if self._locative(e.root) or e.root.dep_ in ("compound", "amod"):
                    continue
                if self._free(s, e):
                    self._cand(s, e, "place", OTHER, name=(e.text,), attrs={"place": "region"})
            elif e.label_ == "NORP" and not inside:
                continue
        # People first here too, so that a title before a name wins over a table name.
        for k, (a, b, t) in sorted(enumerate(table), key=lambda kt: kt[1][2].kind != PERSON):
            if k in used_table:
                continue
            if b - a == 1 and t.kind == ORG and self._epithet(sdoc[a]):
                continue  # "the Kentucky Republican" is a person, for ``_epithets``
            toks = sdoc[a:b]
            if not self._free(s, toks):
                continue
            # A table name strictly inside a longer entity of another reading ("West Asia").
            if any(
                e.start <= a and b <= e.end and (e.end - _lead(e)) > (b - a) and e.label_ in LONGER_READINGS
                for e in ents
            ):
                continue
            if t.kind == PERSON:
                self._person(s, self._with_det(toks, strip=True), t)
            elif t.how == "capital":
                if self._locative(toks.root) or toks.root.dep_ == "compound":
                    continue
                self._cand(s, toks, "place", COUNTRY, target=t)
            elif t.kind == COUNTRY:
                if self._possessed_org(s, toks, t.name):
                    continue
                # A country stays an actor even as a place ("strikes in Yemen"): it is
                # what stances are about. A capital as a place is only a city.
                nxt = sdoc[b] if b < len(sdoc) else None
                if nxt is not None and nxt.lower_ in ("government", "administration", "regime"):
                    toks = sdoc[toks.start : b + 1]
                self._cand(s, self._with_det(toks), "place", COUNTRY, target=t)
            else:
                c = self._cand(
                    s,
                    self._with_det(toks),
                    "org" if t.kind == ORG else "name",
                    t.kind,
                    target=t,
                    name=tuple(x.text for x in toks),
                )
                head = toks[-1]
                if b - a == 1 and head.dep_ in ("amod", "compound", "npadvmod", "nmod") and head.head.i >= b:
                    self.nestable.add(c.span[0])  # "Republican" in "Republican lawmakers"
        self._demonyms(s)
        self._administrations(s)
        self._groups(s)

    def _possessed_org(self, s: _Sent, toks: SpacySpan, country: str) -> bool:
        """ "Kestria's foreign ministry" is the ministry (of Kestria), not Kestria.

        Only a lower-case organization noun is taken here; a named one ("Iran's Basij
        Force") is an ORG entity of its own and gets the country from ``_country_before``.
        """
        sdoc = toks.doc
        end = toks.end
        if end >= s.sent.end or sdoc[end].text not in ("'s", "’s"):
            return False
        head = toks.root.head
        if toks.root.dep_ != "poss" or head.i <= end or head.i >= s.sent.end:
            return False
        # "Kestria's government" still stands for the country itself.
        if head.lower_ not in self.lex.org_heads or head.lower_ in STATE_HEADS or head.text[:1].isupper():
            return False
        if head.pos_ not in ("NOUN", "PROPN") or any(
            x.dep_ not in ("amod", "compound") for x in sdoc[end + 1 : head.i]
        ):
            return False
        span = sdoc[toks.start : head.i + 1]
        if not self._free(s, span):
            return False
        name = tuple(x.text for x in sdoc[end + 1 : head.i + 1])
        self._cand(s, span, "org", ORG, name=name, attrs={"country": country})
        return True

    def _party_groups(self, s: _Sent, table: list[tuple[int, int, Target]]) -> list[tuple[int, int, Target]]:
        """ "Senate Democrats" is a group of the party, not the party (nor the Senate)."""
        sdoc = s.sent.doc
        out: list[tuple[int, int, Target]] = []
        drop: set[int] = set()
        for a, b, t in table:
            head = sdoc[b - 1]
            if t.kind != ORG or b - a != 1 or head.tag_ not in ("NNPS", "NNS"):
                continue
            mods = [c for c in head.lefts if c.dep_ in ("compound", "amod", "nmod") and c.i < a]
            if not mods:
                continue
            start = _past_other_phrase(sdoc, min(m.left_edge.i for m in mods), a, self.lex.group_plural)
            # (not "as well as" that the parse hung on "many": "as well as many centrist Democrats")
            while start < a and (
                sdoc[start].dep_ in ("det", "punct") or sdoc[start].lower_ in self.lex.quantifiers
                or sdoc[start].pos_ in ("ADV", "ADP", "CCONJ", "SCONJ", "PRON", "AUX", "VERB")
            ):
                start += 1
            if start >= a:
                continue
            toks = sdoc[start:b]
            drop.update(range(start, b))
            self._cand(s, toks, "group", GROUP, name=tuple(x.lower_ for x in toks), attrs={"org": t.name})
        for a, b, t in table:
            if not any(i in drop for i in range(a, b)):
                out.append((a, b, t))
        return out

    def _with_det(self, toks: SpacySpan, strip: bool = False) -> SpacySpan:
        """Extend a name over a leading "the" (kept in the mention, not in the name)."""
        if strip:
            return toks
        if toks.start > toks.sent.start and toks.doc[toks.start - 1].lower_ == "the":
            return toks.doc[toks.start - 1 : toks.end]
        return toks

    def _title_before(self, sdoc: Any, start: int, floor: int) -> tuple[int, str | None, str | None, bool]:
        """Titles standing right before a name: (new start, role, gender, has an honorific)."""
        role: str | None = None
        gender: str | None = None
        honor = False
        i = start
        while i > floor:
            prev = sdoc[i - 1]
            if (
                prev.text in self.lex.honorifics
                and prev.text[:1].isupper()
                and prev.text not in ("Former", "Late")
            ):
                # A multi-word role title ending here is a role, not only an honorific.
                r = self._role_title_ending(sdoc, i, floor)
                if r is not None:
                    role = role or r[0]
                    i = r[1]
                    continue
                g = self.lex.honorifics[prev.text]
                gender = gender or g
                honor = True
                i -= 1
                continue
            r = self._role_title_ending(sdoc, i, floor)
            if r is not None and sdoc[r[1]].text[:1].isupper():
                role = role or r[0]
                i = r[1]
                continue
            break
        after_the = i - 2 >= floor and sdoc[i - 1].lower_ == "the" and sdoc[i - 2].lower_ in ("to", "of")
        if i < start and after_the:
            return start, None, None, False  # "assistant to the President Dan Scavino": not his title
        return i, role, gender, honor

    def _role_title_ending(self, sdoc: Any, end: int, floor: int) -> tuple[str, int] | None:
        folded = self._folded_texts(sdoc)
        index = self.lex.title_index
        for n in self.lex.title_lens:
            a = end - n
            if a < floor:
                continue
            key = tuple(folded[a:end])
            if key in index:
                return index[key], a
        return None

    def _folded_texts(self, sdoc: Any) -> list[str]:
        """Lower-cased token texts of a paragraph doc, built once per doc."""
        held = self._folded.get(id(sdoc))
        if held is None or held[0] is not sdoc:
            held = (sdoc, [t.text.lower() for t in sdoc])
            self._folded[id(sdoc)] = held
        return held[1]

    def _person(self, s: _Sent, ent: SpacySpan, target: Target | None) -> None:
        sdoc = ent.doc
        if target is None and len(ent) == 2 and _title_case(s.sent):
            # A headline's capitals glue a verb to a known surname ("Judge Blocks Obama's
            # Order"): a first word that is no given name and not the known person's is cut off.
            known = self._lookup_texts((ent[-1].text,))
            first = ent[0].text
            if (
                known is not None
                and known.kind == PERSON
                and known.gazetteer
                and first not in self.lex.first_names
                and not self._first_name_fits(first, known)
            ):
                ent, target = sdoc[ent.end - 1 : ent.end], known
        toks = [t for t in ent if t.text not in ("'s", "’s")]
        # Honorifics inside the entity ("Ayatollah Seyyed Ali Khamenei").
        gender: str | None = None
        honor = False
        k = 0
        while k < len(toks) - 1 and toks[k].text in self.lex.honorifics:
            gender = gender or self.lex.honorifics[toks[k].text]
            honor = True
            k += 1
        name_toks = toks[k:]
        if not name_toks or all(t.text in self.lex.honorifics for t in name_toks):
            return
        if target is None and tuple(t.lower_ for t in name_toks if t.lower_ != "the") in self.lex.title_index:
            return  # "the President" is a role noun, for ``_roles`` to link; nobody's name
        if target is None and any(ch.isdigit() for t in name_toks for ch in t.text):
            return  # "COVID-19", "Section 230": no person's name has a digit in it
        before = toks[k - 1] if k > 0 else sdoc[ent.start - 1] if ent.start > 0 else None
        miss = before is not None and before.text == "Miss"
        if miss and len(name_toks) == 1 and name_toks[0].text in PAGEANTS:
            return  # "a former Miss Universe": a title, nobody's name
        start, role, g2, honor2 = self._title_before(sdoc, ent.start, s.sent.start)
        gender = gender or g2
        honor = honor or honor2 or start < ent.start
        if (
            start < ent.start
            and sdoc[ent.start - 1].text == "Miss"
            and len(name_toks) >= 3
            and name_toks[1].text in self.lex.first_names
            and name_toks[0].text not in self.lex.first_names
        ):
            # A pageant title the tagger took into the name ("Miss Universe Alicia Machado"):
            # the name starts at the given name. (Not after other titles: "General Amir Ali
            # Hajizadeh" has a given name our list does not know.)
            name_toks = name_toks[1:]
        # A role phrase with "of" before the name ("Leader of the Islamic Revolution")
        # becomes its own role mention; a short title stays in the name mention.
        mention_start = start
        attrs: dict[str, str] = {}
        if role is not None:
            title_toks = sdoc[start : ent.start]
            if any(t.lower_ == "of" for t in title_toks):
                lead = start
                mention_start = ent.start
                while mention_start > lead and sdoc[mention_start - 1].text in self.lex.honorifics:
                    mention_start -= 1
                role_toks = sdoc[lead:mention_start]
                if role_toks.text and self._free(s, role_toks):
                    rc = self._cand(s, self._with_det(role_toks), "role", PERSON, role=role)
                    rc.attrs["_title_of"] = "next"
            country = self._country_before(sdoc, start, s.sent.start)
            if country:
                attrs["country"] = country
        end = ent.end
        while end > ent.start and sdoc[end - 1].text in ("'s", "’s"):
            end -= 1
        span_toks = sdoc[mention_start:end]
        if not self._free(s, span_toks):
            return
        how = "title" if honor or role is not None and mention_start < ent.start else "name"
        c = self._cand(
            s,
            span_toks,
            how,
            PERSON,
            name=tuple(t.text for t in name_toks),
            target=target,
            role=role,
            gender=gender,
            attrs=attrs,
        )
        if len(c.name) == 1 and how == "name":
            c.how = "surname"
        self._apposition(s, c)

    def _country_before(self, sdoc: Any, start: int, floor: int) -> str | None:
        i = start - 1
        if i >= floor and sdoc[i].text in ("'s", "’s"):
            i -= 1
        if i >= floor:
            t = self._lookup([sdoc[i]])
            if t is not None and t.kind == COUNTRY:
                return t.name
            if sdoc[i].text in self.lex.demonyms:
                return self.lex.demonyms[sdoc[i].text]
        return None

    def _apposition(self, s: _Sent, c: Cand) -> None:
        """ "X, the foreign minister," / "the foreign minister, X": the role is X's."""
        head = c.root
        others = [t for t in head.children if t.dep_ == "appos"]
        if head.dep_ == "appos":
            others.append(head.head)
        for t in others:
            if t.lower_ not in self.lex.role_heads or t.pos_ not in ("NOUN", "PROPN"):
                continue
            np = self._role_np(t)
            role = self._match_role(np, any_case=True)
            if role:
                c.role = c.role or role[0]
                if self._free(s, np):
                    rc = self._cand(s, np, "role", PERSON, role=c.role)
                    rc.attrs["_appos_of"] = str(id(c))
                    rc.cluster = -2  # joined with c after clustering
                    rc.attrs["_appos_span"] = f"{c.span[0]}:{c.span[1]}"

    def _org(self, s: _Sent, ent: SpacySpan, target: Target | None) -> None:
        toks = list(ent)
        while toks and toks[-1].text in ("'s", "’s"):
            toks.pop()
        if not toks:
            return
        sdoc = ent.doc
        span = sdoc[toks[0].i : toks[-1].i + 1]
        attrs: dict[str, str] = {}
        country = self._country_before(sdoc, span.start, s.sent.start)
        if country:
            attrs["country"] = country
        name = tuple(t.text for t in toks if t.lower_ != "the")
        if self._free(s, span):
            self._cand(s, span, "org", ORG, name=name, target=target, attrs=attrs)

    def _demonyms(self, s: _Sent) -> None:
        """ "the Americans" stands for the United States; "American diplomats" does not."""
        for t in s.sent:
            if t.tag_ not in ("NNPS", "NNS") or not t.text.endswith("s"):
                continue
            base = t.text[:-1]
            if base not in self.lex.demonyms or s.para.start + t.idx in self.covered:
                continue
            if t.i == 0 or t.doc[t.i - 1].lower_ != "the":
                continue
            country = self.lex.demonyms[base]
            toks = t.doc[t.i - 1 : t.i + 1]
            self._cand(s, toks, "demonym", COUNTRY, target=Target(country, COUNTRY, "place"))

    def _groups(self, s: _Sent) -> None:
        """ "undocumented immigrants", "the police": a group named by its noun phrase."""
        for t in s.sent:
            low = t.lower_
            plural = t.tag_ in ("NNS", "NNPS") and low in self.lex.group_plural
            collective = t.tag_ in ("NN", "NNS", "NNP") and low in self.lex.group_collective
            if not (plural or collective) or t.dep_ == "compound":
                continue
            if s.para.start + t.idx in self.covered:
                continue
            if collective and low != "police":
                # "the left" / "the military" as a group; "to the left" is a direction.
                left_det = any(
                    c.dep_ in ("det", "poss")
                    and c.lower_ in ("the", "its", "their", "this")
                    or c.dep_ == "poss"
                    for c in t.lefts
                )
                if not left_det or (low in ("left", "right") and t.dep_ == "pobj"):
                    continue
            start = t.i
            for ch in t.lefts:
                if ch.dep_ in ("amod", "compound", "nmod", "npadvmod") and ch.i < t.i:
                    start = min(start, ch.left_edge.i)
            # Only plain modifiers name a group: a misparsed clause ("who has angered")
            # or a participle ("estimated") is cut off.
            while start < t.i and any(
                x.tag_ in ("VBD", "VBZ", "VBP", "VB", "MD")
                or x.pos_ in ("AUX", "PRON", "ADP", "SCONJ", "CCONJ")
                for x in t.doc[start : t.i]
            ):
                start += 1
            start = _past_other_phrase(t.doc, start, t.i, self.lex.group_plural)
            # The parse may hang "which" on the verb: "no matter which Arvenian diplomats negotiate".
            if start > 0 and t.doc[start - 1].lower_ in self.lex.free_choice and t.doc[start - 1].tag_ in (
                "WDT", "DT"
            ):
                continue
            words = list(t.doc[start : t.i + 1])
            while words and (
                words[0].lower_ in self.lex.quantifiers
                or words[0].dep_ in ("det", "nummod", "punct")
                or words[0].tag_ == "PRP$"
                or words[0].like_num
            ):
                words.pop(0)
            if not words:
                continue
            toks = t.doc[words[0].i : t.i + 1]
            # The group's name keeps whose people they are: "Sanders supporters" and "the
            # supporters of Ilse Marang" are two groups, not one "supporters". When the
            # modifier is an actor's own mention, the group's mention is the head alone.
            name = [x.lower_ for x in toks]
            label = toks.text
            of = next((c for c in t.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
            owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            followers = low in self.lex.followers
            attrs = {}
            if followers:
                # Whom they follow is settled once names and pronouns are ("_follower_owners"):
                # "Lund supporters", "Lund's supporters" and "his supporters" may be one group.
                poss = next((c for c in t.lefts if c.dep_ == "poss" and c.pos_ in ("PROPN", "PRON")), None)
                compound = next((c for c in reversed(list(t.lefts)) if c.dep_ == "compound"
                                 and (c.pos_ == "PROPN" or c.text[:1].isupper())), None)
                if poss is not None:
                    owner, attrs["_owner_kinds"] = poss, "any"
                elif owner is not None and owner.pos_ == "PROPN":
                    attrs["_owner_kinds"] = "any"
                elif compound is not None:
                    # "NRA members" and "Republican voters" keep their names: only a person
                    # modifier is whom a group follows.
                    owner, attrs["_owner_kinds"] = compound, PERSON
                else:
                    owner = None
                if owner is not None:
                    attrs["_owner"] = str(s.para.span_of(t.doc[owner.i : owner.i + 1])[0])
                if owner is not None and owner.pos_ == "PRON":
                    name = [low, "of", "#" + attrs["_owner"]]  # its own group until resolved
                elif owner is not None and attrs["_owner_kinds"] == "any":
                    whose = [x for x in t.doc[owner.left_edge.i : owner.i + 1] if x.dep_ != "det"]
                    name = [low, "of", *(x.lower_ for x in whose)]
                    label = f"{t.text} of {' '.join(x.text for x in whose)}"
            if not self._free(s, toks, nested_ok=True):
                toks = t.doc[t.i : t.i + 1]
                if not followers:
                    name, label = [low], toks.text
            if low in ("government", "regime"):
                # "the Iranian government" is Iran; a government of no named country is an organization.
                country = next(
                    (
                        self.lex.demonyms.get(x.text) or self._country_of(x)
                        for x in toks[:-1]
                        if self.lex.demonyms.get(x.text) or self._country_of(x)
                    ),
                    None,
                )
                if country:
                    self._cand(s, toks, "place", COUNTRY, target=Target(country, COUNTRY, "place"))
                    continue
            if not followers and len(toks) == 1 and t.i > 0 and t.doc[t.i - 1].lower_ in ("those", "these"):
                attrs["_anaphor"] = "1"  # "those countries": the countries named before
            kind = ORG if collective and low in ORG_COLLECTIVES else GROUP
            self._cand(s, toks, "group", kind, name=tuple(name), attrs={"_label": label, **attrs})

    def _country_of(self, tok: Token) -> str | None:
        t = self._lookup([tok])
        return t.name if t is not None and t.kind == COUNTRY else None

    def _administrations(self, s: _Sent) -> None:
        """ "the Trump administration": an organization named after a person, who is
        mentioned inside it (a nested mention)."""
        for t in s.sent:
            if t.lower_ not in ("administration", "campaign") or s.para.start + t.idx in self.covered:
                continue
            prev = t.doc[t.i - 1] if t.i > s.sent.start else None
            if prev is None or prev.dep_ != "compound" or prev.head.i != t.i:
                continue
            person = next((c for c in self.cands if c.kind == PERSON and c.root == prev), None)
            if person is None and prev.ent_type_ != "PERSON":
                continue
            start = prev.i
            while (
                start > s.sent.start
                and t.doc[start - 1].ent_iob_ == "I"
                and t.doc[start - 1].ent_type_ == "PERSON"
            ):
                start -= 1
            if person is not None:
                start = min(
                    start, t.doc[person.root.i].i if person.span[0] >= s.para.span_of(prev)[0] else start
                )
            toks = t.doc[start : t.i + 1]
            surname = prev.text
            self._cand(s, toks, "org", ORG, name=(surname, t.lower_), attrs={"named_after": surname})
            if t.dep_ == "compound" and t.head.i > t.i:
                # "Trump administration officials": a group of the administration, which nests in it.
                self.nestable.update(s.para.start + x.idx for x in toks)
            if person is None:
                pc = self._cand(s, t.doc[prev.i : prev.i + 1], "surname", PERSON, name=(prev.text,))
                pc.attrs["_nested"] = "1"

    # ------------------------------------------------------------ 2. grouping names

    def _new_cluster(self, c: Cand) -> int:
        cl = Cluster(kind=c.kind, target=c.target, name=c.name)
        self.clusters.append(cl)
        self._join(c, len(self.clusters) - 1)
        return len(self.clusters) - 1

    def _join(self, c: Cand, k: int) -> None:
        cl = self.clusters[k]
        c.cluster = k
        cl.cands.append(c)
        if c.role and c.role not in cl.roles:
            cl.roles.append(c.role)
        if c.gender and not cl.gender:
            cl.gender = c.gender
        for key, v in c.attrs.items():
            if not key.startswith("_"):
                cl.attrs.setdefault(key, v)
        if len(c.name) > len(cl.name) and c.how in ("name", "title", "surname", "org"):
            cl.name = c.name

    def _cluster_names(self) -> None:
        named = [
            c for c in self.cands if c.how in ("name", "title", "surname", "org", "place", "demonym", "group")
        ]
        by_target: dict[tuple[str, str], int] = {}
        # Tables first: one actor per named target.
        for c in named:
            if c.target is not None and c.kind != PERSON:
                key = (c.target.kind, c.target.name)
                if key in by_target:
                    self._join(c, by_target[key])
                else:
                    by_target[key] = self._new_cluster(c)
        # Organizations from entities: distinctive words, acronyms, table names.
        for c in named:
            if c.kind == ORG and c.target is None:
                self._place_org(c, by_target)
            elif c.how == "group":
                if c.attrs.get("_anaphor"):
                    before = [h for h in self.cands if h.cluster >= 0 and h.span[1] <= c.span[0]
                              and h.root.lower_ == c.root.lower_]
                    if before:
                        self._join(c, max(before, key=lambda h: h.span[0]).cluster)
                        continue
                key = (GROUP, " ".join(w.rstrip("s") for w in c.name))
                if key in by_target:
                    self._join(c, by_target[key])
                else:
                    by_target[key] = self._new_cluster(c)
            elif c.kind == OTHER and c.target is None:
                key = (OTHER, c.text)
                if key in by_target:
                    self._join(c, by_target[key])
                else:
                    by_target[key] = self._new_cluster(c)
        # Persons: longest names first so that surnames find their full names.
        persons = sorted((c for c in named if c.kind == PERSON), key=lambda c: (-len(c.name), c.span[0]))
        for c in persons:
            self._place_person(c, by_target)
        self._surname_orgs()
        self._unknown_countries()
        # Appositive role mentions go with their name.
        for c in self.cands:
            if c.cluster == -2:
                host = next(
                    (
                        h
                        for h in self.cands
                        if f"{h.span[0]}:{h.span[1]}" == c.attrs.get("_appos_span") and h.cluster >= 0
                    ),
                    None,
                )
                if host is not None:
                    self._join(c, host.cluster)
                else:
                    c.cluster = -1
            elif c.how == "role" and c.attrs.get("_title_of") == "next":
                host = next(
                    (
                        h
                        for h in self.cands
                        if h.kind == PERSON
                        and h.cluster >= 0
                        and h.sent == c.sent
                        and 0 <= h.span[0] - c.span[1] <= 2
                    ),
                    None,
                )
                if host is not None:
                    self._join(c, host.cluster)

    def _org_key(self, words: Iterable[str]) -> frozenset[str]:
        ws = [w.lower() for w in words]
        key = frozenset(
            w
            for w in ws
            if w not in self.lex.org_generic
            and w.capitalize() not in self.lex.countries
            and w.capitalize() not in self.lex.demonyms
        )
        return key or frozenset(ws)

    def _place_org(self, c: Cand, by_target: dict[tuple[str, str], int]) -> None:
        key = self._org_key(c.name)
        acronym = "".join(
            w[0] for w in c.name if w[:1].isupper() and w.lower() not in self.lex.org_generic - {"national"}
        )
        for k, cl in enumerate(self.clusters):
            if cl.kind != ORG:
                continue
            names = (
                [cl.name]
                if cl.target is None
                else [tuple(a.split()) for a in [cl.target.name, *self._target_aliases(cl.target)]]
            )
            for n in names:
                other = self._org_key(n)
                if cl.target is None and (key <= other or other <= key):
                    self._join(c, k)
                    return
                if cl.target is not None and key == other:
                    self._join(c, k)
                    return
                if len(c.name) == 1 and c.name[0].isupper() and len(c.name[0]) > 1:
                    full = "".join(
                        w[0] for w in n if w[:1].isupper() and w.lower() not in ("of", "and", "the")
                    )
                    if full == c.name[0]:
                        self._join(c, k)
                        return
                if len(n) == 1 and n[0].isupper() and len(acronym) > 1 and acronym == n[0]:
                    self._join(c, k)
                    return
        self._new_cluster(c)

    def _target_aliases(self, t: Target) -> tuple[str, ...]:
        return self.lex.aliases_of.get(t, ())

    def _place_person(self, c: Cand, by_target: dict[tuple[str, str], int]) -> None:
        options: list[int] = []
        for k, cl in enumerate(self.clusters):
            if (
                cl.kind == ORG
                and cl.target is None
                and self._person_like(cl.name)
                and _suffix(c.name, cl.name)
            ):
                # The parser called "Karim Velasco" an organization; "Velasco said he ..." says otherwise.
                cl.kind = PERSON
                for m in cl.cands:
                    m.kind = PERSON
            if cl.kind != PERSON:
                continue
            if c.target is not None and cl.target == c.target:
                options = [k]
                break
            if c.target is not None and cl.target is not None and cl.target.gazetteer and c.target.gazetteer:
                # Two people the tables know apart stay apart: "Trump" is the table's
                # Donald Trump, not the document's Ivanka Trump, whom the tables also know.
                continue
            by_name = (
                _suffix(c.name, cl.name)
                or (_suffix(cl.name, c.name) and len(cl.name) == 1)
                or (min(len(c.name), len(cl.name)) > 1 and fold(" ".join(c.name)) == fold(" ".join(cl.name)))
            )
            by_alias = cl.target is not None and " ".join(c.name) in self._target_aliases(cl.target)
            if by_name or by_alias:
                options.append(k)
        if not options and len(c.name) == 1 and c.target is None:
            # "Biden's son Beau" is Beau Biden; "Blinken's father, Donald" is no Donald
            # of another family.
            family = next((p.text for p in c.root.head.children if p.dep_ == "poss" and p.pos_ == "PROPN"),
                          None) if c.root.dep_ == "appos" else None
            # "Beau Biden ... Beau would guide his brother": a given name alone, after the
            # person's full name, is that person when only one person named here bears it.
            options = [k for k, cl in enumerate(self.clusters) if cl.kind == PERSON and (
                cl.name[0] == c.name[0] if len(cl.name) > 1
                else cl.target is not None and self._first_name_fits(c.name[0], cl.target))
                and (family is None or self._surname(cl) == family)]
            options = options if len(options) == 1 else []
        if len(options) > 1:
            options = self._narrow(c, options)
        if options:
            self._join(c, options[0])
            cl = self.clusters[options[0]]
            # A known surname ("Cruz") names the document's "Nikolas Cruz" only if the
            # full names agree: the table's Ted Cruz is someone else.
            if (
                c.target is not None
                and cl.target is None
                and len(options) == 1
                and (len(cl.name) == 1 or self._first_name_fits(cl.name[0], c.target))
            ):
                cl.target = c.target
            return
        self._new_cluster(c)

    def _surname_orgs(self) -> None:
        """A one-word "organization" that is the surname of exactly one person is that person."""
        surnames: dict[str, list[int]] = {}
        for k, cl in enumerate(self.clusters):
            if cl.kind == PERSON and len(cl.name) > 1:
                surnames.setdefault(cl.name[-1], []).append(k)
        for cl in self.clusters:
            # The tagger also reads a bare surname as a place ("Marang said").
            if cl.kind not in (ORG, OTHER) or cl.target is not None or len(cl.name) != 1:
                continue
            owners = surnames.get(cl.name[0], [])
            if len(owners) == 1:
                for c in list(cl.cands):
                    c.kind, c.how = PERSON, "surname"
                    self._join(c, owners[0])
                cl.cands.clear()
        # An unknown country the tagger calls an organization in one sentence and a
        # place in another ("Arvenia's offer", "Arvenia has asked") is one actor.
        places = {
            cl.name: k
            for k, cl in enumerate(self.clusters)
            if cl.kind == OTHER and cl.target is None and len(cl.name) == 1 and cl.cands
        }
        for k, cl in enumerate(self.clusters):
            if cl.kind != ORG or cl.target is not None or len(cl.name) != 1 or not cl.cands:
                continue
            home = places.get(cl.name)
            if home is not None and home != k:
                for c in list(cl.cands):
                    c.kind, c.how = OTHER, "place"
                    self._join(c, home)
                cl.cands.clear()

    def _unknown_countries(self) -> None:
        """A one-word place or organization the gazetteer does not know is a country when
        the text gives it a demonym ("Kestria" … "Kestrian engineers") or a state's organs
        ("Kestria's foreign ministry", "Arvenia's Prime Minister")."""
        text = self.doc.text
        for cl in self.clusters:
            if cl.kind not in (ORG, OTHER) or cl.target is not None or len(cl.name) != 1 or not cl.cands:
                continue
            name = cl.name[0]
            if len(name) < 4 or not name.isalpha() or not name[0].isupper():
                continue
            stems = {name, name[:-1]} if name[-1] in "aeiouy" else {name}
            alts = "|".join(map(re.escape, sorted(stems)))
            demonym = rf"\b(?:{alts})(?:n|an|ian|ese|i|ish)\b"
            organ = rf"\b{re.escape(name)}['’]s (?:{_STATE_ORGANS})\b"
            if re.search(demonym, text) or re.search(organ, text, re.I):
                cl.kind = COUNTRY
                for c in cl.cands:
                    c.kind = COUNTRY

    def _person_like(self, name: tuple[str, ...]) -> bool:
        """Two or three capitalized words, none of them an organization's word."""
        return 2 <= len(name) <= 3 and all(
            w[:1].isupper()
            and w.isalpha()
            and w.lower() not in self.lex.org_generic
            and w.lower() not in self.lex.org_heads
            and w not in self.lex.demonyms
            for w in name
        )

    @staticmethod
    def _surname(cl: Cluster) -> str:
        name = cl.target.name.split() if cl.target is not None else cl.name
        words = [w for w in name if not is_suffix(w)]
        return words[-1] if words else ""

    def _first_name_fits(self, first: str, target: Target) -> bool:
        """The document's first name is the known person's (or one of its variants)."""
        firsts = {
            n.split()[0].lower() for n in [target.name, *self._target_aliases(target)] if len(n.split()) > 1
        }
        return first.lower() in firsts or first.lower() in self.lex.honorifics

    def _narrow(self, c: Cand, options: list[int]) -> list[int]:
        """Several people share this name: let title gender, role, then recency decide."""
        if c.gender:
            same = [k for k in options if self.clusters[k].gender in (None, c.gender)]
            if any(self.clusters[k].gender == c.gender for k in same):
                same = [k for k in same if self.clusters[k].gender == c.gender]
            options = same or options
        if c.role:
            holders = [k for k in options if c.role in self.clusters[k].roles]
            options = holders or options
        if len(options) > 1:

            def last_before(k: int) -> int:
                return max((m.span[0] for m in self.clusters[k].cands if m.span[0] < c.span[0]), default=-1)

            options = sorted(options, key=last_before, reverse=True)
            if last_before(options[0]) < 0:  # nothing earlier: the first one named later
                options = sorted(options, key=lambda k: self.clusters[k].first())
        return options

    def _propagate(self) -> None:
        """A surname or a one-word organization name seen again without an entity tag."""
        words: dict[str, int] = {}
        for k, cl in enumerate(self.clusters):
            if cl.kind == PERSON and len(cl.name) > 1 and cl.name[-1][:1].isupper():
                words.setdefault(cl.name[-1], k)
            elif cl.kind == ORG and cl.target is None and len(cl.name) == 1 and cl.name[0][:1].isupper():
                words.setdefault(cl.name[0], k)
        if not words:
            return
        for s in self.sents:
            for t in s.sent:
                k = words.get(t.text)  # type: ignore[assignment]
                if (
                    k is None
                    or s.para.start + t.idx in self.covered
                    or t.pos_ not in ("PROPN", "NOUN", "ADJ")
                ):
                    continue
                nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
                if nxt is not None and nxt.text[:1].isupper() and nxt.pos_ == "PROPN":
                    continue  # part of another name ("Lund Group")
                cl = self.clusters[k]
                c = self._cand(
                    s,
                    t.doc[t.i : t.i + 1],
                    "surname" if cl.kind == PERSON else "org",
                    cl.kind,
                    name=(t.text,),
                )
                self._join(c, k)

    # ------------------------------------------------------------ 3. roles

    def _role_np(self, head: Token) -> SpacySpan:
        sdoc = head.doc
        start = head.i
        for ch in head.lefts:
            if (
                ch.dep_ in ("det", "amod", "compound", "nmod", "poss", "advmod", "nummod", "case", "punct")
                or ch.tag_ == "PRP$"
            ):
                start = min(start, ch.left_edge.i)
        end = head.i + 1
        for ch in head.rights:
            if ch.dep_ == "prep" and ch.lower_ == "of":
                end = ch.right_edge.i + 1
        return sdoc[start:end]

    def _match_role(self, np: SpacySpan, any_case: bool = False) -> list[str]:
        words = []
        for t in np:
            if t.dep_ in ("det", "poss", "case", "punct") and t.i < np.root.i or t.tag_ == "PRP$":
                continue
            if t.text in self.lex.demonyms or self._lookup([t]) is not None and t.i < np.root.i:
                continue
            words.append(t.lower_)
        text = " ".join(words)
        out = []
        for r in self.lex.roles:
            if r.capitalized and not any_case and not np.root.text[:1].isupper():
                continue
            if any(p.fullmatch(text) for p in r.nouns):
                out.append(r.key)
        return out

    def _org_nouns(self) -> None:
        """ "the union" for the one organization of the document whose name ends in "Union"."""
        heads: dict[str, list[int]] = {}
        for k, cl in enumerate(self.clusters):
            if cl.kind == ORG and cl.name and cl.name[-1].lower() in self.lex.org_heads:
                heads.setdefault(cl.name[-1].lower(), []).append(k)
        for s in self.sents:
            for t in s.sent:
                owners = heads.get(t.lower_)
                if not owners or len(owners) != 1 or t.text[:1].isupper() or t.tag_ != "NN":
                    continue
                # "his party" too: the possessor is a person, the party is still the one.
                if t.i == 0 or t.doc[t.i - 1].lower_ not in ("the", "this", "his", "her", "their"):
                    continue
                np = t.doc[t.i - 1 : t.i + 1]
                if self._free(s, np):
                    self._join(self._cand(s, np, "org", ORG), owners[0])

    def _roles(self) -> None:
        self._org_nouns()
        holders: dict[str, list[int]] = {}
        for k, cl in enumerate(self.clusters):
            for r in cl.roles:
                holders.setdefault(r, []).append(k)
        # Where the text gives a role to no one, the tables' holders of it stand in:
        # "Donald Trump ... the president", with no "President" before his name. Two
        # such holders ("Trump" and "Obama") leave "the president" to no one.
        known: dict[str, list[int]] = {}
        for k, cl in enumerate(self.clusters):
            if cl.target is None or not cl.target.gazetteer:
                continue
            role = dict(cl.target.attrs).get("role")
            if role and role not in holders:
                known.setdefault(role, []).append(k)
        holders.update(known)
        if not holders:
            return
        for s in self.sents:
            for t in s.sent:
                if (
                    t.lower_ not in self.lex.role_heads
                    or t.pos_ not in ("NOUN", "PROPN")
                    or t.tag_ in ("NNS", "NNPS")
                ):
                    continue
                if s.para.start + t.idx in self.covered:
                    continue
                np = self._role_np(t)
                first = np[0]
                definite = (
                    first.lower_ in ("the", "this", "that")
                    or first.tag_ == "PRP$"
                    or any(x.dep_ == "poss" for x in t.children)
                )
                if not definite and not (first.i == t.i and t.text[:1].isupper()):
                    continue
                keys = self._match_role(np)
                owners = {k for r in keys for k in holders.get(r, [])}
                if len(owners) != 1 or not self._free(s, np):
                    continue
                k = owners.pop()
                c = self._cand(s, np, "role", PERSON, role=keys[0])
                self._join(c, k)

    def _epithet(self, t: Token) -> SpacySpan | None:
        """ "The Kentucky Republican said", "the Democratic nominee added": a singular
        definite subject that names no office, only what its person is. As a subject it
        goes on about the person the text was about; elsewhere ("Republicans blasted the
        Democratic nominee") it as often brings in someone else. Not a phrase narrowed by
        what follows ("the Republican on the committee") or beside a name."""
        if t.lower_ not in self.lex.epithets or t.tag_ not in ("NN", "NNP"):
            return None
        if t.dep_ not in ("nsubj", "nsubjpass") or any(
            c.dep_ in ("appos", "prep", "relcl", "acl") for c in t.children
        ):
            return None
        np = self._role_np(t)
        if np[0].lower_ != "the" or np[-1].i != t.i:
            return None
        return np

    def _epithets(self) -> None:
        for s in self.sents:
            for t in s.sent:
                np = self._epithet(t) if t.lower_ in self.lex.epithets else None
                # (A party the phrase names stays a mention of its own: "the Democratic nominee".)
                if np is None or not self._free(s, np[-1:]):
                    continue
                span = s.para.span_of(np)
                k = self._antecedent(s, t, span, person=True)
                if k is not None:
                    self._join(self._cand(s, np, "role", PERSON), k)

    # ------------------------------------------------------------ 4. documents

    def _documents(self) -> None:
        authors: dict[str, int] = {}
        for s in self.sents:
            for t in s.sent:
                if t.lemma_.lower() not in self.lex.document_nouns or t.pos_ != "NOUN":
                    continue
                author = self._author(t)
                lemma = t.lemma_.lower()
                if author is not None and lemma not in authors:
                    authors[lemma] = author
                det = [c for c in t.children if c.dep_ in ("det", "poss")]
                if (
                    lemma in authors
                    and det
                    and det[0].lower_ in ("the", "this", "its", "their", "his", "her")
                ):
                    np = t.doc[det[0].i : t.i + 1]
                    if det[0].lower_ in ("its", "their", "his", "her"):
                        continue  # the pronoun speaks for the author itself
                    if self._free(s, np):
                        c = self._cand(s, np, "document", self.clusters[authors[lemma]].kind)
                        self._join(c, authors[lemma])

    def _author(self, noun: Token) -> int | None:
        """The actor who sent the letter ("X has sent a letter") or spoke in it ("X said in the letter")."""
        verb = noun.head
        if noun.dep_ == "pobj" and noun.head.lower_ == "in":
            verb = noun.head.head
        elif noun.dep_ != "dobj" or verb.lemma_.lower() not in SEND_VERBS:
            return None
        subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is None:
            return None
        for c in self.cands:
            if c.cluster >= 0 and c.root == subj:
                return c.cluster
        return None

    # ------------------------------------------------------------ 5. pronouns

    def _pronouns(self) -> None:
        for cl in self.clusters:
            # No title said Mr. or Ms.: a common given name is the next best hint.
            if cl.kind == PERSON and cl.gender is None and len(cl.name) > 1:
                cl.gender = self.lex.first_names.get(cl.name[0])
        for s in self.sents:
            for t in s.sent:
                low = t.lower_
                if low in RELATIVE_PRONOUNS and t.tag_ in ("WP", "WP$", "WDT"):
                    self._relative(s, t)
                    continue
                if (
                    t.pos_ != "PRON"
                    or low not in MALE_PRONOUNS | FEMALE_PRONOUNS | NEUTER_PRONOUNS | PLURAL_PRONOUNS
                ):
                    continue
                if low == "it" and (t.dep_ not in SUBJECT_DEPS or t.head.lemma_ in EXPLETIVE_HEADS):
                    continue
                span = s.para.span_of(t)
                k = self._antecedent(s, t, span)
                if k is not None:
                    c = self._cand(s, t.doc[t.i : t.i + 1], "pronoun", self.clusters[k].kind)
                    self._join(c, k)

    def _relative(self, s: _Sent, t: Token) -> None:
        """ "Paul Ryan, who criticized Trump", "Clinton, whom Ryan criticized", "the union,
        whose members struck": a relative pronoun is a mention of the actor its clause
        hangs on, so every later reader finds the clause's subject or object there."""
        clause = t.head if t.dep_ != "pobj" else t.head.head  # "with whom"
        if t.dep_ == "poss":  # "whose members": the possessed noun hangs in the clause
            clause = t.head.head
        if clause.dep_ != "relcl" or not clause.head.i < t.i:
            return
        head = clause.head
        here = {c.root.i: c.cluster for c in self.cands if c.cluster >= 0 and c.sent == s.idx}
        # Where the head's own phrase names a place or body ("Sen. McCain of Arizona, who"),
        # the clause still hangs on the person.
        own = {d.i for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
               for d in c.subtree}
        if any(i in here and here[i] != here.get(head.i)
               and not (i in own and self.clusters[here[i]].kind != PERSON)
               for i in range(head.i + 1, t.i)):
            return  # another actor stands between: the parse may have hung the clause too far up
        if head.dep_ == "appos" and head.head.i in here:
            head = head.head  # "Raffensperger, a Republican who stood up to Trump": the person
        if head.i in here:
            k = here[head.i]
            self._join(self._cand(s, t.doc[t.i : t.i + 1], "pronoun", self.clusters[k].kind), k)

    def _follower_owners(self) -> None:
        """A follower group takes the name of the actor it follows ("supporters of Olav
        Lund" for "Lund supporters", "Lund's supporters" and, once resolved, "his
        supporters"), so that one leader's followers are one group and two leaders'
        followers are two. A pronoun left unresolved leaves the plain noun."""
        by_name = {cl.name: k for k, cl in enumerate(self.clusters) if cl.kind == GROUP and cl.cands}
        live = [k for k, cl in enumerate(self.clusters) if cl.cands]
        order = sorted(live, key=lambda k: self.clusters[k].first())
        for k in order:
            cl = self.clusters[k]
            followers = [c for c in cl.cands if c.how == "group" and "_owner" in c.attrs]
            if not followers or cl.kind != GROUP:
                continue
            c0 = followers[0]
            pos = int(c0.attrs["_owner"])
            host = next((h for h in self.cands if h.cluster >= 0 and h.cluster != k
                         and h.span[0] <= pos < h.span[1]), None)
            if host is None:
                # A surname the tagger took for a noun ("Lund supporters" opening a sentence)
                # is whom they follow when one person of the document bears it.
                word = re.match(r"\w+", self.doc.text[pos:])
                bearers = {h.cluster for h in self.cands if h.cluster >= 0 and word and h.kind == PERSON
                           and word.group() in self.clusters[h.cluster].name}
                if len(bearers) == 1:
                    host = next(h for h in self.cands if h.cluster == next(iter(bearers)))
            head = c0.root.lower_
            whom = self.clusters[host.cluster] if host is not None else None
            if whom is not None and c0.attrs["_owner_kinds"] == PERSON and whom.kind != PERSON:
                continue  # a modifier that names no person stays part of the name
            if whom is not None and any("_owner" in c.attrs for c in whom.cands):
                whom = None  # "their critics" of supporters: no chain of followers' followers
            if whom is not None:
                whose = self._display(whom)
                new, label = (head, "of", *whose.lower().split()), f"{head} of {whose}"
                cl.attrs["follows"] = whose
            elif cl.name and cl.name[-1].startswith("#"):
                new, label = (head,), c0.root.text
            else:
                continue
            for c in followers:
                c.name, c.attrs["_label"] = new, label
            target = by_name.get(new)
            if target is None or target == k:
                if by_name.get(cl.name) == k:
                    del by_name[cl.name]
                cl.name, by_name[new] = new, k
                continue
            if "follows" in cl.attrs:
                self.clusters[target].attrs.setdefault("follows", cl.attrs["follows"])
            for c in cl.cands:
                c.cluster = target
                self.clusters[target].cands.append(c)
            cl.cands = []
            if by_name.get(cl.name) == k:
                del by_name[cl.name]

    def _fits(self, word: str, cl: Cluster, person: bool) -> bool:
        return cl.kind == PERSON if person else self._compatible(word, cl)

    def _compatible(self, pron: str, cl: Cluster) -> bool:
        if pron in MALE_PRONOUNS:
            return cl.kind == PERSON and cl.gender in (None, "m")
        if pron in FEMALE_PRONOUNS:
            return cl.kind == PERSON and cl.gender in (None, "f")
        if pron in NEUTER_PRONOUNS:
            return cl.kind in (ORG, COUNTRY, OTHER)
        return cl.kind in (GROUP, ORG, COUNTRY)

    @staticmethod
    def _clause_subject(t: Token) -> Token | None:
        """The subject of the verb an object pronoun hangs on ("dismissed him", "spoke
        about him"), through verbs that share one ("rose and dismissed him")."""
        verb = t.head.head if t.dep_ == "pobj" else t.head
        for _ in range(3):
            subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            if subj is not None:
                return subj
            if verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i:
                return None
            verb = verb.head
        return None

    def _antecedent(self, s: _Sent, t: Token, span: Span, person: bool = False) -> int | None:
        """The cluster a pronoun (or, with ``person``, an epithet for a person) stands for."""
        # Inside a relative clause the clause's head is the one spoken of:
        # "Nikki Haley, who announced that she would leave" is about Haley.
        for anc in t.ancestors:
            if anc.dep_ == "relcl":
                head = anc.head
                for c in self.cands:
                    here = c.cluster >= 0 and c.sent == s.idx and c.root.i == head.i and c.span[0] < span[0]
                    if here and self._fits(t.lower_, self.clusters[c.cluster], person):
                        return c.cluster
                break
        quoted = s.in_quote(span)
        best: tuple[tuple[int, int, int, int], int] | None = None
        # "McCain dismissed him": an object pronoun is never its own verb's subject.
        # (A reflexive is that subject: "Trump considers himself".)
        barred = (self._clause_subject(t) if t.tag_ == "PRP" and t.dep_ in ("dobj", "dative", "pobj")
                  and not t.lower_.endswith(("self", "selves")) else None)
        # ... nor any mention of whoever that subject is ("Pryor, who was there, contradicted him").
        barred_cluster = -1 if barred is None else next(
            (c.cluster for c in self.cands if c.sent == s.idx and c.root.i == barred.i and c.cluster >= 0),
            -1,
        )
        strict = t.lower_ == "it"  # "it" takes only a subject as antecedent
        for c in self.cands:
            if c.cluster < 0 or c.span[0] >= span[0] or c.sent < s.idx - PRONOUN_WINDOW:
                continue
            if c.sent > s.idx:
                continue
            if not quoted and c.quoted and c.sent == s.idx:
                continue
            if not self._fits(t.lower_, self.clusters[c.cluster], person):
                continue
            if c.cluster == barred_cluster:
                continue
            d = s.idx - c.sent
            # An epithet goes on about the person the text was about: a subject, even
            # one named in apposition. (Pronouns keep the narrower reading: in "his
            # lieutenant, Sen. Durbin, blasted Trump and demanded he end it", he is Trump.)
            tier = c.tier(through_appos=person)
            if d == 0:
                tier = 0 if tier < 2 else 1
            if strict and c.subject_tier > 1:
                continue
            # Outside a quotation a pronoun names someone the narration named, not a
            # name the quoted speaker used ('"Dialogue with Lomar ...," she said').
            score = (int(c.quoted and not quoted), d, tier, -c.span[0])
            if best is None or score < best[0]:
                best = (score, c.cluster)
        return best[1] if best else None

    # ------------------------------------------------------------ actors

    def _actors(self) -> list[Actor]:
        live = [cl for cl in self.clusters if cl.cands]
        live.sort(key=Cluster.first)

        # A group's head noun ("lawmakers" of "state lawmakers") is an alias when no
        # other group of the document has that head: then it can only mean this one.
        def grouped(cl: Cluster) -> bool:
            return cl.target is None and bool(cl.name) and any(c.how == "group" for c in cl.cands)

        def head(cl: Cluster) -> str:
            return cl.name[0] if "of" in cl.name else cl.name[-1]

        heads: dict[str, int] = {}
        for cl in live:
            if grouped(cl):
                heads[head(cl)] = heads.get(head(cl), 0) + 1
        actors = []
        for i, cl in enumerate(live, 1):
            name = self._display(cl)
            aliases: list[str] = []
            # (The registry links groups by their phrase, never by this alias: "supporters"
            # in another document are nobody's in particular.)
            if grouped(cl) and len(cl.name) > 1 and heads.get(head(cl)) == 1:
                aliases.append(head(cl))
            if cl.attrs.get("follows"):
                # "supporters of Donald Trump" are also "Donald Trump supporters", "Trump supporters".
                whose = cl.attrs["follows"]
                aliases.extend(dict.fromkeys(f"{w} {head(cl)}" for w in (whose, whose.split()[-1])))
            if grouped(cl):
                aliases.extend(a for a in self._org_members(cl) if a not in aliases and a != name)
            for c in sorted(cl.cands, key=lambda c: c.span):
                if c.how in ("pronoun", "document", "role"):
                    continue
                text = _strip_det(c.text)
                if text.split(" ", 1)[0].lower() in ("his", "her", "their"):
                    continue  # "his party" names the party only beside its owner
                if "_owner" in c.attrs and text.lower() in self.lex.followers:
                    continue  # and "supporters" only beside whom they follow
                if text != name and text not in aliases:
                    aliases.append(text)
            attrs = dict(cl.attrs)
            if cl.target is not None:
                for key, v in cl.target.attrs:
                    attrs.setdefault(key, v)
            if cl.roles:
                attrs["role"] = cl.roles[0]
            if cl.gender:
                attrs["gender"] = cl.gender
            kind = cl.target.kind if cl.target is not None else cl.kind
            mentions = [Mention(c.span, c.how) for c in sorted(cl.cands, key=lambda c: c.span)]
            actors.append(Actor(f"a{i}", name, kind, aliases, mentions, attrs))
        return actors

    def _org_members(self, cl: Cluster) -> list[str]:
        """ "senior Trump administration officials" are also "Trump administration
        officials": the organization nested in a group's name, then the group's noun."""
        out: list[str] = []
        for c in cl.cands:
            if c.how != "group":
                continue
            head = c.root.text
            for o in self.cands:
                if (
                    o.kind == ORG
                    and o.sent == c.sent
                    and c.span[0] <= o.span[0]
                    and o.span[1] < c.span[1]
                    and self.doc.text[o.span[1] : c.span[1]].strip() == head
                ):
                    out.append(f"{_strip_det(o.text)} {head}")
        return out

    def _display(self, cl: Cluster) -> str:
        if cl.target is not None:
            return cl.target.name
        best = max((c for c in cl.cands if c.name), key=lambda c: (len(c.name), -c.span[0]), default=None)
        if best is None:
            return _strip_det(cl.cands[0].text)
        if cl.kind == PERSON:
            # The name as written (keeps hyphens and spacing), without titles.
            text = best.text
            first = best.name[0]
            pos = text.find(first)
            return (
                text[pos:].removesuffix("'s").removesuffix("’s").strip() if pos >= 0 else " ".join(best.name)
            )
        text = _strip_det(best.attrs.get("_label", best.text))
        opener = best.root.left_edge if best.how == "group" else None
        if (
            opener is not None
            and opener.is_sent_start
            and opener.pos_ != "PROPN"
            and not opener.ent_type_
            # (the mention's own first word, and no actor's name: "Lund supporters")
            and _strip_det(best.text).split(" ", 1)[0] == opener.text
            and not any(opener.text in other.name for other in self.clusters
                        if other is not cl and other.kind in (PERSON, ORG, COUNTRY))
            and text[:2].istitle()
        ):
            # "Undocumented immigrants" opened a sentence; the group is "undocumented immigrants".
            text = text[:1].lower() + text[1:]
        return text


# Finite verb tags: a title-case headline capitalizes its verb ("Orm Praises Marsh").
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _title_case(sent: SpacySpan) -> bool:
    """A headline in title case: nearly every longer word capitalized, the verb included.
    ("Governor Tomas Orm praised Lena Marsh." has four capitalized words of five, but its
    lowercase finite verb makes it a sentence.)"""
    words = [t.text for t in sent if t.is_alpha and len(t.text) > 3]
    return (
        len(words) >= 4
        and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)
        and not any(t.tag_ in FINITE_TAGS and t.text[:1].islower() and len(t.text) > 3 for t in sent)
    )


def _unpossessed(e: SpacySpan) -> SpacySpan:
    """The entity without a trailing possessive ("Rubio's" -> "Rubio"), keeping its label;
    a person's full name ends at its possessive ("Barack Obama's Keystone" -> "Barack
    Obama"; not "Dick's Sporting Goods")."""
    end = e.end
    if e.label_ == "PERSON":
        end = next((t.i for t in e[2:-1] if t.text in ("'s", "’s")), end)
    while end > e.start and e.doc[end - 1].text in ("'s", "’s", "'", "’"):
        end -= 1
    if end == e.end:
        return e
    from spacy.tokens import Span as _Span

    return _Span(e.doc, e.start, end, label=e.label_)


# Lowercase prefixes the tagger folds into a name ("pro-Trump rioters", "anti-NATO"): the
# name is what follows the hyphen; left on, "pro-Trump" became a person of its own.
STANCE_PREFIXES = frozenset({"pro", "anti", "ex", "non", "post", "pre", "never"})
DASHES = frozenset({"-", "‐", "–", "—", "―", "--"})


def _completed(e: SpacySpan, first_names: Collection[str]) -> SpacySpan:
    """A person's name the tagger cut after the given name ("Governor Tomas Orm" tagged
    "Tomas"): the entity takes the capitalized proper noun its given name is a compound of,
    when no entity claims that word and a lowercase word or punctuation follows it. (A
    longer run is left alone: in headlines it is as often a verb, "Trump Praises Cruz".)"""
    doc, end = e.doc, e.end
    if (
        end + 1 < len(doc)
        and e[-1].text in first_names
        and e[-1].dep_ == "compound"
        and e[-1].head.i == end
        and doc[end].pos_ == "PROPN"
        and doc[end].text[:1].isupper()
        and not doc[end].ent_type_
        and not doc[end + 1].text[:1].isupper()
    ):
        from spacy.tokens import Span as _Span

        return _Span(doc, e.start, end + 1, label=e.label_)
    return e


def _court_case(e: SpacySpan) -> bool:
    """"Brown v. Board of Education": a court case the tagger took for an organization is
    nobody (a person's name with "vs." inside is two people, left to the tagger)."""
    return e.label_ != "PERSON" and any(t.lower_ in ("v.", "vs.", "v", "vs") for t in e[1:-1])


def _undashed(e: SpacySpan) -> SpacySpan:
    """A name the tagger ran on past a spaced dash ("Democrat Joe Biden - for his
    benefit") ends before it; a hyphen inside a name ("Ocasio-Cortez") has no spaces."""
    for x in e[1:]:
        if x.text in DASHES and e.doc[x.i - 1].whitespace_:
            from spacy.tokens import Span as _Span

            return _Span(e.doc, e.start, x.i, label=e.label_)
    return e


def _person_tail(e: SpacySpan, first_names: Collection[str]) -> SpacySpan:
    """An organization the tagger ran on into the name of a person after it ("Speaker of
    the House Nancy Pelosi" tagged "the House Nancy Pelosi"): the person's given name and
    surname, as a person."""
    if (
        len(e) > 2
        and e[-2].text in first_names
        and e[-1].pos_ == "PROPN"
        and e[-1].text[:1].isupper()
        and e[-1].text not in first_names
        and e[-3].text[:1].isupper()
        and e[-3].text not in first_names
    ):
        from spacy.tokens import Span as _Span

        return _Span(e.doc, e.end - 2, e.end, label="PERSON")
    return e


def _unprefixed(e: SpacySpan) -> SpacySpan:
    """The entity without a leading "pro-"/"anti-" ("pro-Trump" -> "Trump"), keeping its label."""
    if len(e) > 2 and e[0].lower_ in STANCE_PREFIXES and e[1].text in ("-", "‐", "–"):
        from spacy.tokens import Span as _Span

        return _Span(e.doc, e.start + 2, e.end, label=e.label_)
    return e


def _lead(e: SpacySpan) -> int:
    """Where an entity starts once a leading "the" is dropped."""
    return e.start + 1 if e[0].lower_ == "the" and len(e) > 1 else e.start


def _past_other_phrase(doc: Any, start: int, head: int, people: Collection[str]) -> int:
    """Where a group's modifiers begin once another phrase's noun is left out: in "the
    stimulus package Senate Republicans would push" a relative clause without "that"
    follows "package", and the group is "Senate Republicans". A noun for people describes
    them ("veteran Pentagon officials")."""
    for x in reversed(doc[start:head]):
        nxt = doc[x.i + 1]
        if (x.pos_ == "NOUN" and x.is_lower and nxt.pos_ == "PROPN" and not nxt.is_lower
                and x.lower_ + "s" not in people):
            return x.i + 1
    return start


def _suffix(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """``short`` ends ``long`` ("Abdollahian" / "Amir Abdollahian" end "Hossein Amir Abdollahian")."""
    if not short or len(short) > len(long):
        return False
    s = [w for w in short if w not in ("-", "‐")]
    lng = [w for w in long if w not in ("-", "‐")]
    if len(lng) > 2 and is_suffix(lng[-1]) and s[-1] != lng[-1]:
        lng.pop()  # "Roberts" ends "John G. Roberts Jr."
    return len(s) <= len(lng) and lng[len(lng) - len(s) :] == s


def _strip_det(text: str) -> str:
    return re.sub(r"^(?:the|The)\s+", "", text.strip())


# ---------------------------------------------------------------- speakers


def actor_for(doc: Document, span: Span) -> Actor | None:
    """The actor at ``span`` (a speaker), creating one for a named speaker no stage linked."""
    # The phrase's head names the speaker: "Hanne Solberg of the Institute for ..." is
    # Solberg, however long the institute's name.
    found = _actor_at_head(doc, span) or doc.actor_at(span)
    if found is not None:
        return found
    text = _strip_det(doc.slice(span))
    if not text or not any(ch.isalpha() for ch in text):
        return None
    words = [w for w in re.findall(r"[\w’'-]+", text) if w not in ("'s", "’s")]
    lowered = text.lower()
    if lowered in MALE_PRONOUNS | FEMALE_PRONOUNS | NEUTER_PRONOUNS | PLURAL_PRONOUNS | {
        "i",
        "we",
        "you",
        "one",
    }:
        return None
    # A surname of a named actor.
    for a in doc.actors:
        if a.kind != PERSON:
            continue
        names = [a.name, *a.aliases]
        if any(n.split()[-len(words) :] == words for n in names if n.split()):
            a.mentions.append(Mention(span, "surname"))
            return a
    kind = _guess_kind(doc, span, words)
    if kind is None:
        return None
    actor = Actor(f"a{_next_id(doc)}", text, kind, [], [Mention(span, "name")], {})
    doc.actors.append(actor)
    return actor


def _actor_at_head(doc: Document, span: Span) -> Actor | None:
    for para in doc.paragraphs:
        sp = para.char_span(span)
        if sp is None or not len(sp):
            continue
        at = para.start + sp.root.idx
        hits = [
            (m.span[1] - m.span[0], a)
            for a in doc.actors
            for m in a.mentions
            if m.span[0] <= at < m.span[1] and span[0] <= m.span[0] and m.span[1] <= span[1]
        ]
        if not hits or max(hits, key=lambda h: h[0])[1].kind != PERSON:
            # "The Senate majority leader, Mitch McConnell, said", "The ranking Democrat,
            # Elijah Cummings, said": the apposition after the phrase names the speaker,
            # not the body or party in the title.
            for c in sp.root.children:
                if c.dep_ == "appos" and c.i >= sp.end:
                    cat = para.start + c.idx
                    named = [(m.span[1] - m.span[0], a) for a in doc.actors for m in a.mentions
                             if m.span[0] <= cat < m.span[1] and a.kind == PERSON]
                    if named:
                        hits = named
                        break
        # The longest mention over the head ("his party" over "his").
        return max(hits, key=lambda h: h[0])[1] if hits else None
    return None


@lru_cache(maxsize=1)
def _org_heads() -> frozenset[str]:
    return frozenset(data_file("titles.yaml")["org_heads"])


@lru_cache(maxsize=1)
def _nobody_nouns() -> frozenset[str]:
    titles = data_file("titles.yaml")
    return frozenset(titles["finding_nouns"]) | frozenset(titles["document_nouns"])


def _next_id(doc: Document) -> int:
    nums = [int(a.id[1:]) for a in doc.actors if a.id[1:].isdigit()]
    return max(nums, default=0) + 1


def _guess_kind(doc: Document, span: Span, words: list[str]) -> str | None:
    for para in doc.paragraphs:
        sp = para.char_span(span)
        if sp is None:
            continue
        labels = {t.ent_type_ for t in sp if t.ent_type_}
        if "PERSON" in labels:
            return PERSON
        root = sp.root
        if root.pos_ == "NOUN" and root.lemma_.lower() in _nobody_nouns():
            return None
        if labels & {"ORG", "NORP"} and (root.pos_ == "PROPN" or root.ent_type_ in ("ORG", "NORP")):
            return ORG
        if "NORP" in labels and root.tag_ == "NN" and root.lower_ not in _org_heads():
            return PERSON  # "a senior Arvenian diplomat": one person of that nation
        if labels & {"ORG", "NORP"}:
            return ORG
        if "GPE" in labels:
            return COUNTRY
        if root.tag_ in ("NNS", "NNPS"):
            return GROUP
        if root.pos_ == "PROPN" and all(re.fullmatch(r"[A-Z][\w’'.-]*", w) for w in words):
            return PERSON if len(words) <= 4 else ORG
        if root.pos_ == "PROPN":
            return None
        return OTHER if root.pos_ == "NOUN" else None
    return None


__all__ = ["ActorFinder", "actor_for", "load_alias_file", "Lexicon", "lexicon_for"]
