"""The data files the rules read: every word a word.

YAML reads a bare no, on, off, yes, true or false as a boolean; "no" read as False had
silently dropped out of the negations, "on" out of the relation prepositions."""

from __future__ import annotations

from importlib import resources
from typing import Any

import pytest
import yaml

from stancegraph.stance_backends import lexicon as lexicon_module

# Where a data file means a boolean.
BOOLEAN_KEYS = frozenset({"capitalized"})


def _booleans(node: Any, path: str) -> list[str]:
    if isinstance(node, bool):
        return [path]
    if isinstance(node, dict):
        return [p for k, v in node.items() if k not in BOOLEAN_KEYS for p in _booleans(v, f"{path}.{k}")]
    if isinstance(node, list):
        return [p for i, v in enumerate(node) for p in _booleans(v, f"{path}[{i}]")]
    return []


DATA = sorted(p.name for p in resources.files("stancegraph").joinpath("data").iterdir()
              if p.name.endswith(".yaml"))


@pytest.mark.parametrize("name", DATA)
def test_no_word_in_a_data_file_is_read_as_a_boolean(name: str) -> None:
    text = resources.files("stancegraph").joinpath("data", name).read_text(encoding="utf-8")
    assert _booleans(yaml.safe_load(text), name) == []


def test_the_lexicon_knows_the_words_yaml_would_take_for_booleans() -> None:
    lex = lexicon_module.lexicon()
    assert "no" in lex.negations
    assert "on" in lex.relation_preps
    assert lex.evaluate_adjectives.get("false") == -1


def test_an_unquoted_boolean_in_the_lexicon_is_a_named_error() -> None:
    with pytest.raises(ValueError, match=r"negations: False is not a word; quote it"):
        lexicon_module._words(["not", False], "negations")


def test_phrasal_verbs_are_read_by_verb_and_particles() -> None:
    lex = lexicon_module.lexicon()
    assert lex.phrasal_verbs["stand"][("up", "for")] == 1
    assert lex.phrasal_verbs["stand"][("up", "to")] == -1
    assert lex.phrasal_verbs["back"][("away", "from")] == 0


def test_a_phrasal_verb_without_a_particle_is_a_named_error() -> None:
    data = {"phrasal_verbs": {"negative": ["lay into", "lash"]}}
    with pytest.raises(ValueError, match=r"phrasal_verbs.negative: 'lash' has no particle"):
        lexicon_module._phrasal(data, "phrasal_verbs")
