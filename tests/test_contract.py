"""The JSON contract of ``extract`` and the offset invariant, on every test document.

Every span lies inside ``text`` and means what it says: a speaker span reads as a
name, pronoun or noun phrase; a direct statement's content sits inside quotation
marks (a speaker may interrupt it only between a closing and an opening mark, as
in a split quotation); a cue is a few words; a pronoun mention is a pronoun; a
body span is a trimmed paragraph; statements lie in the body. Documents: the demo
corpus, the texts below (written for this test), the reader's HTML fixture, the
clean stage's labelled pages and, when ../shared is present, the seed articles.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from stancegraph import Config, Pipeline
from stancegraph.demo import corpus_dir, targets_path
from stancegraph.targets import load_targets
from stancegraph.temporal import GRANULARITIES, ROLES, period_range
from stancegraph.types import ACTOR_KINDS, CONTRACT_KEYS, RELATION_BASES, Document

ROOT = Path(__file__).resolve().parents[1]

TEXTS = {
    "pronoun-and-org": (
        "Valdor council backs the tram\n\n"
        "The city council of Valdor said in a statement on Friday that the tram line "
        "would be finished by 2026.\n\n"
        "“We have waited long enough,” said councillor Mira Tesh. "
        "She added that the budget was already approved.\n\n"
        "Opponents said the plan was too costly.\n"
    ),
    "letter-and-mixed": (
        "Teachers write to the minister\n\n"
        "A group of 200 teachers has sent a letter to Education Minister Paul Ardent.\n\n"
        "“Our classrooms are full and our patience is empty,” the letter said.\n\n"
        "Ardent said the demands were “reasonable but unaffordable” this year.\n"
    ),
    "quote-over-paragraphs": (
        "Mayor defends budget\n\n“The budget is fair. Every district gets more than last year.\n\n"
        "“And nobody will pay more tax,” Mayor Ines Varga said on Tuesday.\n\nCritics disagreed.\n"
    ),
    "according-to-and-scare-quotes": (
        "Rail strike looms\n\nAccording to union officials, drivers will strike on Monday unless the "
        "operator raises wages.\n\nThe operator said in a statement it was “disappointed” by the threat.\n"
    ),
    "nested-quote": (
        "Minister quotes predecessor\n\n“My predecessor said ‘never again’, and I agree with him,” "
        "Defence Minister Karl Obst told parliament.\n"
    ),
    "quoted-headline-and-role-speaker": (
        "‘We will not back down,’ says fishing union\n\nMarch 3, 2024\n\nThe Coastal Fishers Union said "
        "on Sunday that it would keep its boats in port until the quota dispute is settled.\n\n"
        "“Our members are united,” its chairwoman, Rosa Lind, said.\n"
    ),
    "plural-pronoun": (
        "Farmers protest\n\nHundreds of farmers marched in Dovik on Friday. They said the new water rules "
        "would ruin them.\n\n“We cannot farm without water,” one farmer, Jonas Ek, told reporters.\n"
    ),
    "colon-and-dashes": (
        "Court ruling\n\nThe judge was blunt: “This law cannot stand.”\n\nJustice Minister Eva Rahn said: "
        "“We will appeal the ruling at once.”\n\n“We are close — very close — to a deal…” the envoy, "
        "Tariq Nour, said, before adding that “some questions remain.”\n"
    ),
    "straight-quotes": (
        'Port strike ends\n\n"The strike is over," union leader Jana Kos said on Monday.\n\n'
        "According to the port authority, ships will sail again on Tuesday.\n"
    ),
}

QUOTES = "“”\"‘’'«»„"
OPENERS = "“\"‘'«„"
CLOSERS = "”\"’'»“"
PRONOUNS = {
    "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself",
    "they", "them", "their", "theirs", "themselves", "we", "us", "our", "i", "me", "my", "you", "your",
    "who", "whom", "whose", "which", "that",  # relative: "Ortiz, who criticized Lund"
}  # fmt: skip
ID = re.compile(r"^[0-9a-f]{16}$")
DATE = re.compile(r"^\d{4}-\d\d-\d\d$")


def _docs() -> Iterator[tuple[str, str, str]]:
    for p in sorted(corpus_dir().glob("*.txt")):
        yield f"demo/{p.name}", p.read_text(encoding="utf-8"), str(p)
    for name, text in TEXTS.items():
        yield f"text/{name}", text, f"{name}.txt"


DOCS = list(_docs())


@pytest.fixture(scope="module")
def demo_pipeline() -> Pipeline:
    return Pipeline(Config(targets_path=targets_path()))


@pytest.fixture(scope="module")
def target_names() -> set[str]:
    return {t.name for t in load_targets(targets_path())}


def _span_ok(span: Any, n: int) -> bool:
    return (
        isinstance(span, list)
        and len(span) == 2
        and all(isinstance(x, int) for x in span)
        and 0 <= span[0] < span[1] <= n
    )


def _time_role_ok(text: str, t: dict[str, Any], cs: int, ce: int) -> bool:
    """A content time lies in the content; a said-time outside it, or in the speaker's
    interruption of a split quotation (between a closing and an opening mark)."""
    ts, te = t["span"]
    if t["role"] == "content":
        return cs <= ts and te <= ce
    inset = any(q in text[cs:ts] for q in CLOSERS) and any(q in text[te:ce] for q in OPENERS)
    return not (cs <= ts < ce) or inset


def _period_ok(value: str) -> bool:
    try:
        period_range(value)
    except ValueError:
        return False
    return True


def problems(doc: Document, targets: set[str] | None) -> list[str]:
    """Every way ``doc`` breaks the JSON contract or the offset invariant (empty: none)."""
    out: list[str] = []
    data = json.loads(json.dumps(doc.to_json(), ensure_ascii=False))
    text = data["text"]
    n = len(text)

    def bad(msg: str) -> None:
        out.append(msg)

    if set(data) != set(CONTRACT_KEYS):
        bad(f"top-level keys {sorted(data)}")
    if not ID.match(data["id"]):
        bad(f"id {data['id']!r}")
    if data["published"] is not None and not DATE.match(data["published"]):
        bad(f"published {data['published']!r}")
    if data["title"] is not None and (not data["title"].strip() or data["title"] not in text):
        bad(f"title {data['title']!r} is not text of the document")

    last = 0
    for s in data["body"]:
        if not _span_ok(s, n) or s[0] < last:
            bad(f"body span {s} out of range or order")
            continue
        para = text[s[0] : s[1]]
        if para != para.strip():
            bad(f"body span {s} not trimmed: {para[:30]!r}")
        last = s[1]
    in_body = lambda sp: any(b[0] <= sp[0] and sp[1] <= b[1] for b in data["body"])  # noqa: E731

    actor_ids = [a["id"] for a in data["actors"]]
    if len(set(actor_ids)) != len(actor_ids):
        bad(f"actor ids repeat: {actor_ids}")
    for a in data["actors"]:
        if set(a) != {"id", "name", "kind", "aliases", "mentions"}:
            bad(f"actor keys {sorted(a)}")
        if a["kind"] not in ACTOR_KINDS:
            bad(f"actor {a['name']!r} kind {a['kind']!r}")
        if not a["name"].strip():
            bad(f"actor {a['id']} has no name")
        for m in a["mentions"]:
            if not _span_ok(m, n):
                bad(f"mention {m} of {a['name']!r} out of range")
                continue
            t = text[m[0] : m[1]]
            if t != t.strip() or not re.search(r"\w", t):
                bad(f"mention {m} of {a['name']!r} reads {t!r}")
    pronoun_spans = {tuple(m.span) for a in doc.actors for m in a.mentions if m.how == "pronoun"}
    for s, e in pronoun_spans:
        if text[s:e].lower() not in PRONOUNS:
            bad(f"pronoun mention {[s, e]} reads {text[s:e]!r}")

    for st in data["statements"]:
        where = f"statement {st['content']} ({text[st['content'][0] : st['content'][1]][:40]!r})"
        if set(st) != {"kind", "content", "cue", "speaker", "actor", "stances", "times"}:
            bad(f"{where}: keys {sorted(st)}")
        if st["kind"] not in ("direct", "indirect", "mixed"):
            bad(f"{where}: kind {st['kind']!r}")
        if not _span_ok(st["content"], n):
            bad(f"{where}: content out of range")
            continue
        cs, ce = st["content"]
        content = text[cs:ce]
        if not in_body(st["content"]):
            bad(f"{where}: content not inside one body paragraph")
        if content != content.strip():
            bad(f"{where}: content not trimmed")
        if st["kind"] == "direct":
            opened = text[cs] in OPENERS or text[:cs].rstrip()[-1:] in OPENERS
            closed = text[ce - 1] in CLOSERS or re.match(rf"[\s,.;:!?…]*[{CLOSERS}]", text[ce:]) is not None
            if not (opened and closed):
                bad(f"{where}: direct content is not inside quotation marks")
        if st["kind"] == "mixed" and not any(q in text[max(cs - 1, 0) : ce + 1] for q in QUOTES):
            bad(f"{where}: mixed content has no quotation")
        if st["speaker"] is not None:
            if not _span_ok(st["speaker"], n):
                bad(f"{where}: speaker out of range")
            else:
                sp = text[st["speaker"][0] : st["speaker"][1]]
                words = sp.split()
                if (
                    sp != sp.strip()
                    or not re.match(r"\w", sp)
                    or any(q in sp for q in '“”"«»')
                    or len(words) > 12
                    or re.search(r"[,;:!?]$|[a-z]{2}\.$", sp)
                ):
                    bad(f"{where}: speaker reads {sp!r}, not a name, pronoun or noun phrase")
                ss, se = st["speaker"]
                # A speaker may interrupt a split quotation ("“A,” she said, “B.”"): then it
                # sits between a closing and an opening mark inside the content span.
                inset = (
                    st["kind"] != "indirect"
                    and cs <= ss
                    and se <= ce
                    and any(q in text[cs:ss] for q in CLOSERS)
                    and any(q in text[se:ce] for q in OPENERS)
                )
                if ss < ce and cs < se and not inset:
                    bad(f"{where}: speaker {sp!r} overlaps the content")
                if not in_body(st["speaker"]):
                    bad(f"{where}: speaker outside the body")
        if st["cue"] is not None:
            if not _span_ok(st["cue"], n):
                bad(f"{where}: cue out of range")
            else:
                cue = text[st["cue"][0] : st["cue"][1]]
                # a few words ("said", "according to"), or a transcript's "NAME:" colon
                if not (re.match(r"^\w[\w\s'’-]*$", cue) or cue == ":") or len(cue.split()) > 5:
                    bad(f"{where}: cue reads {cue!r}")
        if st["actor"] is not None and st["actor"] not in actor_ids:
            bad(f"{where}: actor {st['actor']!r} is not one of the document's actors")
        for t in st["times"]:
            if set(t) != {"span", "text", "value", "granularity", "role"}:
                bad(f"{where}: time keys {sorted(t)}")
            elif not _span_ok(t["span"], n) or text[t["span"][0] : t["span"][1]] != t["text"]:
                bad(f"{where}: time {t['text']!r} at {t['span']} does not read as its text")
            elif t["role"] not in ROLES or not _time_role_ok(text, t, cs, ce):
                bad(f"{where}: time {t['text']!r} role {t['role']!r} against content {st['content']}")
            elif t["granularity"] is not None and t["granularity"] not in GRANULARITIES:
                bad(f"{where}: time granularity {t['granularity']!r}")
            elif t["value"] is not None and not _period_ok(t["value"]):
                bad(f"{where}: time value {t['value']!r} is no period")
        for stance in st["stances"]:
            if set(stance) != {"target", "label", "score", "evidence"}:
                bad(f"{where}: stance keys {sorted(stance)}")
            if stance["label"] not in ("favor", "against", "neutral"):
                bad(f"{where}: stance label {stance['label']!r}")
            if not isinstance(stance["score"], int | float) or not 0 <= stance["score"] <= 1:
                bad(f"{where}: stance score {stance['score']!r}")
            if targets is not None and stance["target"] not in targets:
                bad(f"{where}: stance target {stance['target']!r} is not a configured target")
            if stance["evidence"] is not None and not _span_ok(stance["evidence"], n):
                bad(f"{where}: stance evidence {stance['evidence']} out of range")

    for r in data["relations"]:
        if set(r) != {"subject", "object", "polarity", "sentence", "evidence", "score", "basis"}:
            bad(f"relation keys {sorted(r)}")
        if r["polarity"] not in ("positive", "negative"):
            bad(f"relation polarity {r['polarity']!r}")
        if not isinstance(r["score"], int | float) or not 0 <= r["score"] <= 1:
            bad(f"relation score {r['score']!r}")
        if r["basis"] not in RELATION_BASES:
            bad(f"relation basis {r['basis']!r}")
        if not (_span_ok(r["sentence"], n) and _span_ok(r["evidence"], n)):
            bad(f"relation spans {r['sentence']} {r['evidence']} out of range")
        elif not (r["sentence"][0] <= r["evidence"][0] and r["evidence"][1] <= r["sentence"][1]):
            bad(f"relation evidence {r['evidence']} outside its sentence {r['sentence']}")
    return out


@pytest.mark.parametrize(("name", "text", "source"), DOCS, ids=[d[0] for d in DOCS])
def test_contract(demo_pipeline: Pipeline, target_names: set[str], name: str, text: str, source: str) -> None:
    doc = demo_pipeline.run(text, source=source)
    assert problems(doc, target_names) == []
    assert doc.text == text  # nothing rewrites the text


def test_every_test_document_has_statements(demo_pipeline: Pipeline) -> None:
    """A contract met by finding nothing would prove nothing."""
    empty = [name for name, text, source in DOCS if not demo_pipeline.run(text, source=source).statements]
    assert empty == []


def test_html_fixture_contract(demo_pipeline: Pipeline, target_names: set[str]) -> None:
    pytest.importorskip("trafilatura", reason="the html extra is not installed")
    from stancegraph.read import read_inputs

    items = list(read_inputs([ROOT / "tests" / "fixtures" / "html"], Config()))
    docs = [d for d in items if isinstance(d, Document)]
    assert docs, items
    for doc in docs:
        assert problems(demo_pipeline.run(doc), target_names) == []


PAGES = [pytest.param(p, id=p.stem) for p in sorted((ROOT / "tests" / "fixtures" / "pages").glob("*.page"))]


@pytest.mark.parametrize("page_file", PAGES)
def test_labelled_pages_contract(demo_pipeline: Pipeline, target_names: set[str], page_file: Path) -> None:
    """The clean stage's labelled pages (site chrome of many kinds), as a reader would give them."""
    from stancegraph.evaluate.clean import parse_page

    page = parse_page(page_file.name, page_file.read_text(encoding="utf-8"))
    doc = demo_pipeline.run(Document(text=page.text, source=page.name, meta=dict(page.meta)))
    assert problems(doc, target_names) == []


@pytest.mark.shared
def test_seed_articles_contract(seed_docs: dict[str, Document]) -> None:
    for name, doc in seed_docs.items():
        assert problems(doc, None) == [], name


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d.statements[0].__setattr__("content", (0, 10**6)), "content out of range"),
        (lambda d: d.statements[0].__setattr__("speaker", d.statements[0].content), "overlaps the content"),
        (lambda d: d.body.__setitem__(0, (d.body[0][0] - 1, d.body[0][1])), "not trimmed"),
        (lambda d: d.statements[0].__setattr__("actor", "nobody"), "not one of the document's actors"),
        (lambda d: d.statements[0].times[0].__setattr__("span", (0, 3)), "does not read as its text"),
        (lambda d: d.statements[0].times[0].__setattr__("role", "content"), "role 'content'"),
    ],
)
def test_the_checker_catches_broken_documents(demo_pipeline: Pipeline, mutate: Any, expected: str) -> None:
    doc = demo_pipeline.run(TEXTS["straight-quotes"], source="x.txt")
    assert doc.statements and doc.body[0][0] > 0
    mutate(doc)
    assert any(expected in p for p in problems(doc, None))


def test_contract_keys_are_pinned() -> None:
    # The published contract: keys may be added in later versions, never renamed.
    pinned = {"id", "source", "title", "published", "text", "body", "actors", "statements", "relations"}
    assert pinned <= set(CONTRACT_KEYS)
    assert set(Document(text="x").to_json()) == set(CONTRACT_KEYS)
