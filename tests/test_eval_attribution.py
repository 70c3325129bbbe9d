"""The PolNeAR attribution harness: reader, scoring, command, and the floors on dev."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import shared_path
from stancegraph.cli import app
from stancegraph.errors import EvalDataError
from stancegraph.evaluate.attribution import (
    Pred,
    evaluate_attribution,
    figures,
    jaccard,
    polnear_document,
    score_document,
    trim,
)
from stancegraph.evaluate.polnear import GoldAttribution, PolnearDoc, parse_ann, read_polnear

TEXT = (
    "Bridge to close.\n\n"
    "Anna Berg said that the bridge would close on Friday.\n\n"
    "“The river is rising fast,” the mayor warned.\n"
)


def at(text: str, part: str) -> str:
    s = TEXT.index(part)
    return f"{s} {s + len(part)}"


def ann_for(text: str) -> str:
    c1 = "that the bridge would close on Friday"
    q = "“The river is rising fast,”"
    q1, q2 = "“The river is", "rising fast,”"
    return "\n".join(
        [
            f"T1\tSource {at(text, 'Anna Berg')}\tAnna Berg",
            f"T2\tCue {at(text, 'said')}\tsaid",
            f"T3\tContent {at(text, c1)}\t{c1}",
            f"T4\tAttribution {at(text, 'said')}\tsaid",
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
            # A discontinuous content (two pieces of one quotation), no source.
            f"T5\tContent {at(text, q1)};{at(text, q2)}\t{q}",
            f"T6\tCue {at(text, 'warned')}\twarned",
            f"T7\tAttribution {at(text, 'warned')}\twarned",
            "E2\tAttribution-no-source:T7 Content:T5 Cue:T6",
            "T8\tContent oops\tmalformed line",
            "#1\tAnnotatorNotes T1\tignored",
        ]
    )


@pytest.fixture()
def split(tmp_path: Path) -> Path:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "ledger_2016-01-01_bridge.txt").write_text(TEXT, encoding="utf-8")
    ann = tmp_path / "attributions" / "ledger_2016-01-01_bridge_b2.ann"
    ann.write_text(ann_for(TEXT), encoding="utf-8")
    # A second annotator's file sorts later and is ignored.
    (tmp_path / "attributions" / "ledger_2016-01-01_bridge_c9.ann").write_text("", encoding="utf-8")
    return tmp_path


def test_parse_ann() -> None:
    gold = parse_ann(ann_for(TEXT))
    assert len(gold) == 2
    first, second = gold
    assert TEXT[slice(*first.source[0])] == "Anna Berg"  # type: ignore[index]
    assert TEXT[slice(*first.cue[0])] == "said"  # type: ignore[index]
    assert len(second.content) == 2 and second.source is None


def test_read_polnear_first_annotator(split: Path) -> None:
    (doc,) = read_polnear(split)
    assert doc.annotator == "b2" and len(doc.attributions) == 2


def test_read_polnear_missing(tmp_path: Path) -> None:
    with pytest.raises(EvalDataError):
        read_polnear(tmp_path)


def test_body_is_every_non_blank_line() -> None:
    doc = polnear_document(PolnearDoc("x", TEXT, "a"))
    assert [TEXT[s:e] for s, e in doc.body][0] == "Bridge to close."
    assert len(doc.body) == 3


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [(((0, 10),), ((0, 10),), 1.0), (((0, 10),), ((5, 15),), 5 / 15), (((0, 4), (6, 10)), ((0, 10),), 0.8)],
)
def test_jaccard(a, b, expected: float) -> None:
    assert jaccard(a, b) == pytest.approx(expected)


def test_trim_quotes_and_punctuation() -> None:
    text = "  “Yes, we will.”  "
    assert text[slice(*trim(text, ((0, len(text)),))[0])] == "Yes, we will"


def test_score_one_to_one_and_speaker_by_actor_mention() -> None:
    gold = [GoldAttribution(((10, 40),), ((5, 9),), ((0, 4),)), GoldAttribution(((50, 60),), None, None)]
    preds = [
        # Matches the first gold at overlap; the speaker span misses but the actor's
        # other mention hits the gold source.
        Pred(((12, 40),), ((5, 9),), ((100, 102),), ((0, 4),)),
        # A duplicate of the same content cannot be matched twice.
        Pred(((12, 40),), None, None),
        # Exact match on the second, no speaker on either side: right.
        Pred(((50, 60),), None, None),
    ]
    t = score_document("x" * 200, preds, gold)
    assert (t.overlap_tp, t.exact_tp, t.speaker_right, t.cue_tp) == (2, 1, 2, 1)
    f = figures(t)
    assert f["content_precision"] == pytest.approx(2 / 3) and f["content_recall"] == 1.0
    assert f["speaker_accuracy"] == 1.0


def test_evaluate_on_hand_written_split(split: Path) -> None:
    report = evaluate_attribution(split)
    assert report.docs == 1 and report.ours["gold"] == 2
    # Both attributions of the invented article are found.
    assert report.ours["content_recall"] == 1.0
    assert report.ours["speaker_accuracy"] == pytest.approx(0.5)  # the no-source one has a speaker
    assert report.textacy is not None and report.textacy["recall_unquoted"] == 0.0


def test_cli_json(split: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "attribution", "--polnear", str(split), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) >= {"stancegraph", "textacy", "seconds", "docs", "words"}
    assert data["stancegraph"]["content_f1"] > data["textacy"]["content_f1"]


def test_cli_missing_split(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "attribution", "--polnear", str(tmp_path)])
    assert result.exit_code == EvalDataError.exit_code


# Floors on PolNeAR dev, slightly below what was measured; a drop fails CI.
FLOORS = {
    # The figures measured after each key (object prepositions, one statement per
    # content, sentence-final sources, objects nobody holds dropped, lexicon entries
    # checked on dev); before them
    # 0.697 / 0.774 / 0.635 / 0.547 / 0.759 / 0.922 / 0.643 / 0.830 / 0.538.
    # Session 12's quotations signed after a dash ("“…” ― Name") come from one dev document
    # of vox pops (train has none: its figures did not move); before them
    # 0.711 / 0.783 / 0.650 / 0.563 / 0.765 / 0.929 / 0.660 / 0.826 / 0.563.
    "content_f1": 0.712,  # 0.717 (0.708 before session 7's frames)
    "content_precision": 0.782,  # 0.787
    "content_recall": 0.652,  # 0.658
    "exact_f1": 0.563,  # 0.570
    "cue_f1": 0.768,  # 0.774
    "speaker_accuracy": 0.928,  # 0.933 (0.927 before session 9's appositive speakers)
    "attribution_f1": 0.664,  # 0.669
    "recall_quoted": 0.845,  # 0.851
    "recall_unquoted": 0.555,  # 0.563
}


@pytest.mark.slow
@pytest.mark.shared
def test_polnear_dev_floors() -> None:
    report = evaluate_attribution(shared_path("eval", "polnear", "dev"))
    assert report.textacy is not None
    for key, floor in FLOORS.items():
        assert report.ours[key] >= floor, f"{key} {report.ours[key]:.3f} fell below {floor}"
    for key in FLOORS:
        assert report.ours[key] > report.textacy[key], f"{key} not above textacy"
    assert report.ours["words_per_second"] > report.textacy["words_per_second"] * 0.9


# ---------------------------------------------------------------- the learned model
# (train -> save -> load -> extract on a hand-written split: tests/test_attribution_model.py)


def test_attribution_model_errors(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    from stancegraph.attribution_model import AttributionModel
    from stancegraph.errors import ConfigError

    with pytest.raises(ConfigError):
        AttributionModel.load(tmp_path / "missing.model")
    bad = tmp_path / "bad.model"
    bad.write_bytes(b"not a model")
    with pytest.raises(ConfigError):
        AttributionModel.load(bad)
    result = CliRunner().invoke(
        app, ["eval", "attribution", "--polnear", str(tmp_path), "--attribution-model", str(bad)]
    )
    assert result.exit_code != 0


# The learned model trained on the first GATE_TEXTS texts of train (in the test, into
# tmp_path: models are build outputs; about 70 s), then scored on dev. Measured:
# content F1 0.715 (P 0.712, R 0.719), attribution F1 0.653, speaker 0.913, cue F1 0.755.
# The model trained on all 840 texts measures higher (docs/attribution.md).
GATE_TEXTS = 150
MODEL_FLOORS = {"content_f1": 0.70, "attribution_f1": 0.64, "speaker_accuracy": 0.90, "cue_f1": 0.73}


@pytest.mark.slow
@pytest.mark.shared
def test_polnear_dev_floors_with_model(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    pytest.importorskip("pycrfsuite")
    from stancegraph.attribution_model import train_attribution

    train = shared_path("eval", "polnear", "train")
    dev = shared_path("eval", "polnear", "dev")
    model = tmp_path / "attribution.model"
    train_attribution(train, model, limit=GATE_TEXTS)
    report = evaluate_attribution(dev, baseline=False, attribution_model=model)
    for key, floor in MODEL_FLOORS.items():
        assert report.ours[key] >= floor, f"{key} {report.ours[key]:.3f} fell below {floor}"
