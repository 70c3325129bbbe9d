"""Parse stage: what spaCy reads, and how its tokens map back to the document's text."""

from __future__ import annotations

from stancegraph.parse import PARSE_AS
from stancegraph.types import Document

# The horizontal bar (U+2015) some outlets set for a dash.
BAR_TEXT = (
    "The next day, Karl Voss denied the report, but Sen. Dana Pryor \u2015 who was in the room "
    "\u2015 swiftly contradicted him."
)


def test_twins_keep_every_offset(pipeline) -> None:
    doc = pipeline.run(Document(text=BAR_TEXT, body=[(0, len(BAR_TEXT))]), start="parse")
    assert doc.text == BAR_TEXT  # the document's text is never rewritten
    for para in doc.paragraphs:
        for tok in para.doc:
            s, e = para.span_of(tok)
            assert doc.text[s:e].translate(PARSE_AS) == tok.text


def test_horizontal_bar_is_read_as_a_dash(pipeline) -> None:
    doc = pipeline.run(Document(text=BAR_TEXT, body=[(0, len(BAR_TEXT))]), start="parse")
    sdoc = doc.paragraphs[0].doc
    bars = [t for t in sdoc if doc.text[doc.paragraphs[0].span_of(t)[0]] == "\u2015"]
    assert len(bars) == 2 and all(t.is_punct for t in bars)
    # With the bar read as a word, the senator was the subject of the bar, not of the verb.
    verb = next(t for t in sdoc if t.lower_ == "contradicted")
    assert [c.text for c in verb.children if c.dep_ == "nsubj"] == ["Pryor"]


def test_contradicting_senator_holds_the_relation(pipeline) -> None:
    # "him" is not the subject of its own verb, nor anyone that subject is ("who").
    doc = pipeline.run(BAR_TEXT)
    names = {a.id: a.name for a in doc.actors}
    got = {(names[r.subject], r.polarity, names[r.object]) for r in doc.relations}
    assert got == {("Dana Pryor", "negative", "Karl Voss")}


def test_no_break_space_keeps_a_title_on_its_name(pipeline) -> None:
    doc = pipeline.run("President\u00a0Olav Lund spoke on Monday. The president said the talks were over.")
    (lund,) = [a for a in doc.actors if a.name == "Olav Lund"]
    assert lund.attrs.get("role") == "president"
    assert [doc.slice(m.span) for m in lund.mentions] == ["President\u00a0Olav Lund", "The president"]


def test_known_surname_is_read_as_a_person(pipeline) -> None:
    # "trump" is also a common word: the model read "Trump criticized Lund" as a noun phrase.
    doc = pipeline.run("Trump criticized Lund.")
    sdoc = doc.paragraphs[0].doc
    assert [t.dep_ for t in sdoc[:3]] == ["nsubj", "ROOT", "dobj"]
    assert sdoc[0].ent_type_ == "PERSON" and sdoc[0].text == doc.text[:5]
    assert [(r.polarity, doc.slice(r.evidence)) for r in doc.relations] == [("negative", "criticized")]


def test_known_surnames_leave_out_suffixes_and_other_names() -> None:
    from stancegraph.parse import known_surnames

    names = known_surnames()
    assert {"Trump", "Pelosi", "Clinton"} <= names
    assert not {"Jr", "III", "Iran", "House"} & names


def test_user_alias_file_people_get_the_name_norm(tmp_path) -> None:
    from stancegraph.config import Config
    from stancegraph.parse import NAME_NORM, Parser

    path = tmp_path / "aliases.yaml"
    path.write_text("- {name: Dana Rice, kind: person, aliases: [Rice]}\n", encoding="utf-8")
    text = "Rice criticized Lund."
    norms = {}
    for cfg in (Config(), Config(aliases_path=path)):
        doc = Parser(cfg)(Document(text=text, body=[(0, len(text))]))
        norms[cfg.aliases_path] = doc.paragraphs[0].doc[0].norm_
    assert norms == {None: "rice", path: NAME_NORM}
