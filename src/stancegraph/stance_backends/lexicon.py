"""The stance lexicon (data/stance_lexicon.yaml), loaded once, with vaderSentiment behind it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..errors import MissingExtra

LEXICON_FILE = "stance_lexicon.yaml"


def _polar(data: dict[str, Any], key: str) -> dict[str, int]:
    section = data.get(key) or {}
    out: dict[str, int] = {}
    for word in section.get("positive", []):
        out[str(word)] = 1
    for word in section.get("negative", []):
        out[str(word)] = -1
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
    patron_nouns: frozenset[str] = frozenset()
    receive_verbs: frozenset[str] = frozenset()
    receive_verbs_given: frozenset[str] = frozenset()
    mutual_nouns: frozenset[str] = frozenset()
    mutual_verbs: frozenset[str] = frozenset()
    contrast_words: frozenset[str] = frozenset()
    victim_nouns: frozenset[str] = frozenset()

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
        relation_preps=frozenset(data.get("relation_preps", [])),
        negating_verbs=frozenset(data.get("negating_verbs", [])),
        engage_verbs=frozenset(data.get("engage_verbs", [])),
        aim_nouns=frozenset(data.get("aim_nouns", [])),
        contrast_words=frozenset(data.get("contrast_words", [])),
        victim_nouns=frozenset(data.get("victim_nouns", [])),
        evaluate_verbs=_polar(data, "evaluate_verbs"),
        evaluate_nouns=_polar(data, "evaluate_nouns"),
        evaluate_adjectives=_polar(data, "evaluate_adjectives"),
        negations=frozenset(str(w) for w in data.get("negations", [])),
        report_nouns=frozenset(data.get("report_nouns", [])),
        conditional_markers=frozenset(data.get("conditional_markers", [])),
        advocacy_verbs=frozenset(data.get("advocacy_verbs", [])),
        desire_verbs=frozenset(data.get("desire_verbs", [])),
        patron_nouns=frozenset(data.get("patron_nouns", [])),
        receive_verbs=frozenset(data.get("receive_verbs", [])),
        receive_verbs_given=frozenset(data.get("receive_verbs_given", [])),
        mutual_nouns=frozenset(data.get("mutual_nouns", [])),
        mutual_verbs=frozenset(data.get("mutual_verbs", [])),
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
