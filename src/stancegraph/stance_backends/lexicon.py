"""The stance lexicon (data/stance_lexicon.yaml), loaded once, with vaderSentiment behind it."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..errors import MissingExtra

LEXICON_FILE = "stance_lexicon.yaml"


def _words(values: list[Any], key: str) -> list[str]:
    """The words of one list, each a string: YAML reads a bare no, on, off, yes, true or
    false as a boolean, and "no" read as False had silently left the negations."""
    for word in values:
        if not isinstance(word, str):
            raise ValueError(f"{LEXICON_FILE}: {key}: {word!r} is not a word; quote it")
    return values


def _set(data: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(_words(data.get(key) or [], key))


def _polar(data: dict[str, Any], key: str) -> dict[str, int]:
    section = data.get(key) or {}
    out: dict[str, int] = {}
    for word in _words(section.get("positive", []), f"{key}.positive"):
        out[word] = 1
    for word in _words(section.get("negative", []), f"{key}.negative"):
        out[word] = -1
    return out


def _phrasal(data: dict[str, Any], key: str) -> dict[str, dict[tuple[str, ...], int]]:
    """verb lemma -> its particles (in order) -> polarity."""
    section = data.get(key) or {}
    out: dict[str, dict[tuple[str, ...], int]] = {}
    for label, pol in (("positive", 1), ("negative", -1), ("neutral", 0)):
        for entry in _words(section.get(label, []), f"{key}.{label}"):
            verb, *particles = entry.split()
            if not particles:
                raise ValueError(f"{LEXICON_FILE}: {key}.{label}: {entry!r} has no particle")
            out.setdefault(verb, {})[tuple(particles)] = pol
    return out


@dataclass(frozen=True)
class Lexicon:
    relation_verbs: dict[str, int]
    relation_nouns: dict[str, int]
    relation_adjectives: dict[str, int]
    person_nouns: dict[str, int]
    relation_preps: frozenset[str]
    negating_verbs: frozenset[str]
    engage_verbs: frozenset[str]
    aim_nouns: frozenset[str]
    evaluate_verbs: dict[str, int]
    evaluate_nouns: dict[str, int]
    evaluate_adjectives: dict[str, int]
    negations: frozenset[str]
    report_nouns: frozenset[str]
    conditional_markers: frozenset[str]
    advocacy_verbs: frozenset[str] = frozenset()
    desire_verbs: frozenset[str] = frozenset()
    asking_verbs: frozenset[str] = frozenset()
    leaving_verbs: frozenset[str] = frozenset()
    medium_nouns: frozenset[str] = frozenset()
    patron_nouns: frozenset[str] = frozenset()
    receive_verbs: frozenset[str] = frozenset()
    receive_verbs_given: frozenset[str] = frozenset()
    mutual_nouns: frozenset[str] = frozenset()
    tie_nouns: frozenset[str] = frozenset()
    tie_adjectives: dict[str, int] = field(default_factory=dict)
    mutual_verbs: frozenset[str] = frozenset()
    contrast_words: frozenset[str] = frozenset()
    victim_nouns: frozenset[str] = frozenset()
    phrasal_verbs: dict[str, dict[tuple[str, ...], int]] = field(default_factory=dict)

    def evaluative(self, lemma: str, pos: str) -> int:
        """Polarity (+1/-1/0) a word carries as a predicate about what it is said of."""
        lemma = lemma.lower()
        if pos in ("VERB", "AUX"):
            return self.evaluate_verbs.get(lemma, 0)
        if pos in ("NOUN", "PROPN"):
            return self.evaluate_nouns.get(lemma, 0)
        if pos in ("ADJ", "ADV"):
            return self.evaluate_adjectives.get(lemma, 0)
        return 0


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    text = resources.files("stancegraph").joinpath("data", LEXICON_FILE).read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    return Lexicon(
        relation_verbs=_polar(data, "relation_verbs"),
        relation_nouns=_polar(data, "relation_nouns"),
        relation_adjectives=_polar(data, "relation_adjectives"),
        person_nouns=_polar(data, "person_nouns"),
        relation_preps=_set(data, "relation_preps"),
        negating_verbs=_set(data, "negating_verbs"),
        engage_verbs=_set(data, "engage_verbs"),
        aim_nouns=_set(data, "aim_nouns"),
        contrast_words=_set(data, "contrast_words"),
        victim_nouns=_set(data, "victim_nouns"),
        evaluate_verbs=_polar(data, "evaluate_verbs"),
        evaluate_nouns=_polar(data, "evaluate_nouns"),
        evaluate_adjectives=_polar(data, "evaluate_adjectives"),
        negations=_set(data, "negations"),
        report_nouns=_set(data, "report_nouns"),
        conditional_markers=_set(data, "conditional_markers"),
        advocacy_verbs=_set(data, "advocacy_verbs"),
        desire_verbs=_set(data, "desire_verbs"),
        asking_verbs=_set(data, "asking_verbs"),
        leaving_verbs=_set(data, "leaving_verbs"),
        medium_nouns=_set(data, "medium_nouns"),
        patron_nouns=_set(data, "patron_nouns"),
        receive_verbs=_set(data, "receive_verbs"),
        receive_verbs_given=_set(data, "receive_verbs_given"),
        mutual_nouns=_set(data, "mutual_nouns"),
        tie_nouns=_set(data, "tie_nouns"),
        tie_adjectives=_polar(data, "tie_adjectives"),
        mutual_verbs=_set(data, "mutual_verbs"),
        phrasal_verbs=_phrasal(data, "phrasal_verbs"),
    )


@lru_cache(maxsize=1)
def vader() -> Any:
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError as exc:  # pragma: no cover - a core dependency
        raise MissingExtra("vaderSentiment", "core", "stance rules") from exc
    return SentimentIntensityAnalyzer()


def word_valence(word: str) -> float:
    """VADER's valence of one word, scaled to [-1, 1] (0 when unknown)."""
    return float(vader().lexicon.get(word.lower(), 0.0)) / 4.0


@lru_cache(maxsize=8192)  # the same sentence is scored once per pair of actors in it
def text_valence(text: str) -> float:
    """VADER's compound score of a short text (negation and intensifiers included)."""
    return float(vader().polarity_scores(text)["compound"])
