"""The learned stance backend: discourse candidates, and train -> save -> load -> relations
on a hand-written split (fictional people and places only)."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from stancegraph.config import Config
from stancegraph.errors import ConfigError
from stancegraph.pipeline import Pipeline
from stancegraph.stance_backends.base import ActorIndex
from stancegraph.stance_backends.discourse import FEATURES, DocumentFacts
from stancegraph.stance_backends.learned import FeatureMaker
from stancegraph.types import Document
from test_eval_stance import write_split

COL = {name: i for i, name in enumerate(FEATURES)}


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(Config())


def facts_of(pipeline: Pipeline, text: str) -> tuple[Document, DocumentFacts]:
    """The text's lines as body paragraphs (no title guessed), analysed up to stance."""
    doc = Document(text=text, title="Harbor news")
    pos = 0
    for line in text.split("\n"):
        doc.body.append((pos, pos + len(line)))
        pos += len(line) + 1
    doc = pipeline.run(doc, start="parse")
    return doc, DocumentFacts(doc, ActorIndex.build(doc), FeatureMaker())


def actor_id(doc: Document, name: str) -> str:
    return next(a.id for a in doc.actors if name in a.name)


def test_a_quote_without_names_holds_pairs_from_the_sentence_before(pipeline: Pipeline) -> None:
    doc, facts = facts_of(pipeline, "Senator Maria Vale met Governor Paul Hendry in Esterhaven on Monday.\n"
                                    "\"This plan is a disgrace for the harbor,\" Vale said.")
    vale, hendry = actor_id(doc, "Maria Vale"), actor_id(doc, "Paul Hendry")
    pairs = set(facts.pairs())
    # Hendry is not named in the quote, but the quote's speaker holds a position toward him.
    assert (1, vale, hendry) in pairs
    # A holder is named in the sentence or speaks there: Hendry does neither in the quote.
    assert (1, hendry, vale) not in pairs
    row = facts.row(1, vale, hendry)
    assert row[COL["a_in"]] == 1.0 and row[COL["b_in"]] == 0.0
    assert row[COL["b_dist_prev"]] == 1.0
    assert row[COL["a_speaks"]] == 1.0
    assert len(row) == len(FEATURES)


PAIRS_SCRIPT = """
import json, sys
from stancegraph.config import Config
from stancegraph.pipeline import Pipeline
from stancegraph.stance_backends.base import ActorIndex
from stancegraph.stance_backends.discourse import DocumentFacts
from stancegraph.stance_backends.learned import FeatureMaker
from stancegraph.types import Document
title, text = sys.argv[1], sys.argv[2]
doc = Pipeline(Config()).run(Document(text=text, title=title, body=[(0, len(text))]), start="parse")
facts = DocumentFacts(doc, ActorIndex.build(doc), FeatureMaker())
print(json.dumps([list(p) for p in facts.pairs()]))
"""


def test_candidates_do_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    """The learned model's candidates come in one order whatever the interpreter's hash
    seed: its training and its figures reproduce. (The title's actors were a set.)"""
    import json
    import os
    import subprocess
    import sys

    # Four actors the title names are named once, early: only the title makes them objects
    # of the last sentences, after four others named more often.
    title = "Ada Pim, Tomas Orm, Anna Keller and Tomas Brandt leave the harbor board"
    text = ("Ada Pim, Tomas Orm, Anna Keller and Tomas Brandt left the harbor board on Monday. "
            + "Maria Vale met Paul Hendry, Olav Lund and Ilse Marang. " * 3
            + "The weather was cold. The ferry was late. The port was quiet. "
            + "Vale criticized Hendry. Lund praised Marang.")
    script = tmp_path / "pairs.py"
    script.write_text(PAIRS_SCRIPT)
    orders = set()
    for seed in ("0", "1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, str(script), title, text],
                             env=env, capture_output=True, text=True, check=True).stdout
        orders.add(out)
    assert len(orders) == 1
    assert len(json.loads(orders.pop())) > 10


def test_rules_reading_and_path_are_features_when_both_are_named(pipeline: Pipeline) -> None:
    doc, facts = facts_of(pipeline, "Maria Vale criticized Paul Hendry over the harbor plan.")
    vale, hendry = actor_id(doc, "Maria Vale"), actor_id(doc, "Paul Hendry")
    row = facts.row(0, vale, hendry)
    assert row[COL["both_in"]] == 1.0
    assert row[COL["rule_here"]] == -1.0
    assert row[COL["path_len"]] == 2.0  # nsubj up to "criticized", dobj down
    assert row[COL["a_subject"]] == 1.0 and row[COL["b_object"]] == 1.0
    back = facts.row(0, hendry, vale)
    assert back[COL["rule_here"]] == 0.0 and back[COL["rule_back_here"]] < 0


@pytest.fixture(scope="module")
def model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("sklearn")
    from stancegraph.stance_backends.learned import train

    root = tmp_path_factory.mktemp("learned")
    out = root / "model.pkl"
    summary = train(write_split(root / "split"), out)
    assert summary["articles"] == 12 and summary["candidates"] > summary["pairs"] > 0
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maria Vale denounced Paul Hendry after the vote.", ("Maria Vale", "Paul Hendry", "negative")),
        ("Paul Hendry praised Maria Vale in Norland.", ("Paul Hendry", "Maria Vale", "positive")),
        ("The Harbor Union attacked Paul Hendry on Friday.", ("Harbor Union", "Paul Hendry", "negative")),
    ],
)
def test_trained_model_reads_relations_after_loading(model: Path, text: str,
                                                     expected: tuple[str, str, str]) -> None:
    from stancegraph.stance_backends.learned import LearnedBackend

    backend = LearnedBackend.load(model)
    assert backend.relation_model is not None
    doc = Pipeline(Config(stance_backend="learned", stance_model=model)).run(text)
    names = {a.id: a.name for a in doc.actors}
    got = {(names[r.subject], names[r.object], r.polarity) for r in doc.relations}
    assert expected in got
    assert all(r.sentence[0] <= r.evidence[0] and r.evidence[1] <= r.sentence[1] for r in doc.relations)
    # The model's own decisions carry its probability, which cleared its threshold.
    [rel] = [r for r in doc.relations if (names[r.subject], names[r.object], r.polarity) == expected]
    assert rel.basis == "model" and rel.score is not None
    assert backend.relation_threshold <= rel.score <= 1


def test_a_model_of_another_format_is_refused(model: Path, tmp_path: Path) -> None:
    from stancegraph.stance_backends.learned import LearnedBackend

    data = pickle.loads(model.read_bytes())  # noqa: S301 - the file this test wrote
    data["relation_features"] = ("something", "else")
    stale = tmp_path / "stale.pkl"
    stale.write_bytes(pickle.dumps(data))
    with pytest.raises(ConfigError, match="retrain"):
        LearnedBackend.load(stale)


def _synthetic(n: int, seed: int = 0) -> tuple[list[list[float]], list[str]]:
    """Rows whose first column says whether a pair is related and second column its sign."""
    import numpy as np

    rng = np.random.default_rng(seed)
    x = rng.random((n, 4))
    labels = ["none" if r[0] < 0.7 else "positive" if r[1] > 0.5 else "negative" for r in x]
    return x.tolist(), labels


def test_relation_model_decides_relation_then_sign() -> None:
    pytest.importorskip("sklearn")
    from stancegraph.stance_backends.learned import RelationModel

    rows, labels = _synthetic(600)
    model = RelationModel.fit(rows, labels, seed=13)
    assert list(model.classes_) == ["negative", "none", "positive"]
    assert model.n_features_in_ == 4
    probs = model.predict_proba([[0.9, 0.9, 0.5, 0.5], [0.9, 0.1, 0.5, 0.5], [0.1, 0.9, 0.5, 0.5]])
    assert probs.sum(axis=1) == pytest.approx([1.0, 1.0, 1.0])
    assert [list(model.classes_)[int(i)] for i in probs.argmax(axis=1)] == ["positive", "negative", "none"]
    # One ensemble of TREES rounds (a tree each) decides relatedness; the sign is linear.
    assert model.relation.n_iter_ <= RelationModel.TREES
    assert len(model.relation._predictors[0]) == 1


def test_relation_model_trains_on_one_polarity() -> None:
    """A small training set with only positive relations still yields a model: the sign is
    then a constant, not an error."""
    pytest.importorskip("sklearn")
    from stancegraph.stance_backends.learned import RelationModel

    rows, labels = _synthetic(300)
    labels = ["positive" if lab == "negative" else lab for lab in labels]
    model = RelationModel.fit(rows, labels, seed=13)
    assert model.polarity == 1.0
    probs = model.predict_proba([[0.9, 0.1, 0.5, 0.5]])
    assert probs[0, 0] == 0.0 and probs[0, 2] > 0.5
