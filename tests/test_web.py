"""The web app through FastAPI's TestClient, over a store built by the real pipeline
from hand-written (fictional) articles: pages, JSON API, filters, exports, escaping,
the write token and the charts and highlighting underneath."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from stancegraph import Config, Pipeline, dedup, query  # noqa: E402
from stancegraph.errors import MissingExtra  # noqa: E402
from stancegraph.ingest import Outcome, write  # noqa: E402
from stancegraph.store import Store  # noqa: E402
from stancegraph.types import RELATION_BASES, Actor, Document, Mention, Stance, Statement  # noqa: E402
from stancegraph.web import charts, create_app  # noqa: E402
from stancegraph.web.highlight import highlight  # noqa: E402

BRIDGE = "the harbour bridge"
QUOTA = "the fishing quota"
TARGETS_YAML = f"""targets:
  - name: {BRIDGE}
    phrases: [harbour bridge, the bridge, bridge plan]
  - name: {QUOTA}
    phrases: [fishing quota, the quota]
"""

BRIDGE_TEXT = "\n\n".join(
    [
        "Bridge plan wins council backing",
        "January 15, 2024",
        "Mayor Oskar Lund said on Monday that the harbour bridge would open next year"
        " and praised the engineers.",
        '"The harbour bridge joins two towns that have quarrelled for a century. It is a great project,"'
        " Lund told reporters.",
        "Councillor Mira Haldane criticized Lund over the cost."
        ' "The bridge plan is a reckless waste of money," Haldane said.\n',
    ]
)

# A syndicated copy: new headline, one added sentence, another outlet.
BRIDGE_COPY = BRIDGE_TEXT.replace(
    "Bridge plan wins council backing", "Council backs the harbour bridge"
).replace("praised the engineers.", "praised the engineers.\n\nThe vote was eleven to four.")

QUOTA_TEXT = """Quota talks stall in Porto Vell

March 3, 2024

Harbour Minister Lena Sorvik said the fishing quota was unfair and must be scrapped.

"We reject the fishing quota. It is a disaster for our fleet," Sorvik said.

Mayor Oskar Lund said he supported Sorvik and welcomed her stand on the quota.

Haldane said the bridge would bankrupt the town.
"""

# Article text that is markup: every page must show it as text.
XSS_TEXT = "\n\n".join(
    [
        """<img src=x onerror="alert('title')"> Harbour <b>news</b>""",
        "April 9, 2024",
        "Harbour Minister Lena Sorvik said the fishing quota was"
        """ "a fair deal <script>alert('xss')</script> for everyone".""",
        '"We will not sign a bad deal <img src=x onerror=alert(1)>," Sorvik told reporters.\n',
    ]
)

MAY_TEXT = """Bridge works begin

May 20, 2024

Mayor Oskar Lund said the harbour bridge was a great gift to both towns.

Engineers said the first pillar would stand by July.
"""

DOCS = [
    (BRIDGE_TEXT, "bridge.txt", "Coastal Gazette"),
    (QUOTA_TEXT, "quota.txt", "Porto Vell Herald"),
    (XSS_TEXT, "xss.txt", "Coastal Gazette"),
    (MAY_TEXT, "may.txt", "Porto Vell Herald"),
    (BRIDGE_COPY, "bridge-copy.txt", "Harbour Daily"),
]


def build_store(folder: Path, url: str | None = None) -> Path:
    """The fixture store (an SQLite file in ``folder`` unless ``url`` names another database):
    each text through the real pipeline, stored as `ingest` stores it (Store.add plus the
    dedup record, so the copy is linked to its original)."""
    targets = folder / "targets.yaml"
    targets.write_text(TARGETS_YAML, encoding="utf-8")
    pipeline = Pipeline(Config(targets_path=targets))
    path = folder / "web.db"
    with Store(url or str(path)) as store:
        for text, source, outlet in DOCS:
            doc = pipeline.run(text, source=source, outlet=outlet)
            doc.paragraphs = []
            write(store, Outcome(doc, dedup.fingerprint(doc)), 0.5)
    return path


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("web"))


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return TestClient(create_app(str(db)))


@pytest.fixture(scope="module")
def store(db: Path):
    with Store(str(db), create=False) as s:
        yield s


def doc_id(text: str) -> str:
    return Document(text=text).id


def actor_id(store: Store, name: str) -> int:
    rows = [a for a in query.actors(store, name=name) if a.name == name]
    assert rows, f"no stored actor {name!r}"
    return rows[0].id


class Tags(HTMLParser):
    """Every start tag of a page with its attributes: what a browser would build."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Tags()
    parser.feed(html)
    return parser.tags


def chart_bars(html: str) -> list[dict[str, str | None]]:
    """The bar segments of the timeline charts of a page (not the small split bars)."""
    charts_svg = [part.split("</svg>", 1)[0] for part in html.split('<svg class="chart"')[1:]]
    return [a for svg in charts_svg for t, a in tags(svg) if t == "rect"]


# -- pages ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path, expected",
    [
        ("/", ["Who said what", "Most quoted", BRIDGE, "Oskar Lund"]),
        ("/?q=bridge", ["Documents mentioning", "Bridge plan wins council backing"]),
        ("/?stance=against&target=the+fishing+quota", ["We reject the fishing quota"]),
        ("/actors", ["Oskar Lund", "Lena Sorvik"]),
        ("/documents?q=quota", ["Quota talks stall in Porto Vell", "Harbour &lt;b&gt;news"]),
        ("/documents?outlet=Harbour+Daily", ["Council backs the harbour bridge"]),
        ("/targets", [BRIDGE, QUOTA]),
        (f"/targets/{quote(BRIDGE)}", ["Who is for and against", "Top quotes", "Oskar Lund"]),
        ("/api", ["/api/statements.csv", "/api/actors/{actor_id}", "/api/relations"]),
        ("/relations", ["Who criticizes and who supports whom", "Oskar Lund"]),
    ],
)
def test_pages_render(client: TestClient, path: str, expected: list[str]) -> None:
    r = client.get(path)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/html")
    for text in expected:
        assert text in r.text


def test_home_page_names_who_is_for_or_against_whom(client: TestClient) -> None:
    home = client.get("/").text
    section = home.split("<h2>For and against each other</h2>", 1)[1].split("</section>", 1)[0]
    # Haldane "criticized Lund": a stance word, a firm reading
    row = next(li for li in section.split("<li>")[1:] if "Haldane" in li)
    assert "→ against" in row and "Oskar Lund" in row
    assert 'href="/relations?firm=true"' in section


def test_home_page_chart(client: TestClient) -> None:
    page = client.get("/").text
    bars = chart_bars(page)
    targets = client.get("/api/targets").json()
    favor = sum(t["favor"] for t in targets)
    shown = [a for a in bars if a.get("class") == "bar bar-favor"]
    # Every favor stance of a dated document is in one of the favor bars' tooltips.
    counted = sum(int(str(t).split(": ")[1].split()[0]) for t in _titles(page, "bar bar-favor"))
    assert shown and counted == favor


def _titles(html: str, cls: str) -> list[str]:
    """The tooltips of the bar segments of class ``cls`` in a page's timeline charts."""
    svgs = "".join(part.split("</svg>", 1)[0] for part in html.split('<svg class="chart"')[1:])
    return [part.split("<title>", 1)[1].split("</title>", 1)[0] for part in svgs.split(f'class="{cls}"')[1:]]


def test_pages_are_self_contained(client: TestClient, store: Store) -> None:
    """No CDN, no script: every asset a page names is served by the app itself."""
    pages = ["/", f"/actors/{actor_id(store, 'Oskar Lund')}", f"/targets/{quote(BRIDGE)}", "/relations"]
    pages.append(f"/documents/{doc_id(BRIDGE_TEXT)}")
    for page in pages:
        r = client.get(page)
        assert "default-src 'self'" in r.headers["content-security-policy"]
        for tag, attrs in tags(r.text):
            assert tag != "script"
            for attr in ("src", "href"):
                url = attrs.get(attr) or ""
                assert not url.startswith(("http:", "https:", "//")), (page, tag, url)
                if url.startswith("/static/"):
                    assert client.get(url).status_code == 200
    assert client.get("/docs").status_code == 404  # Swagger UI would load from a CDN


def test_actor_page_chart_relations_and_stances(client: TestClient, store: Store) -> None:
    lund = actor_id(store, "Oskar Lund")
    r = client.get(f"/actors/{lund}")
    assert r.status_code == 200
    bars = chart_bars(r.text)
    api = client.get(f"/api/actors/{lund}").json()
    # One bar segment per non-empty (period, series) cell of every chart on the page.
    cells = sum(1 for n in api["statements_over_time"]["series"]["statements"] if n)
    cells += sum(1 for tl in api["stance_over_time"].values() for v in tl["series"].values() for n in v if n)
    assert len(bars) == cells > 0
    assert sum(api["statements_over_time"]["series"]["statements"]) == api["actor"]["statements"]
    targets = {t["target"]: t for t in api["targets"]}
    assert targets[BRIDGE]["favor"] >= 2
    assert f'href="/targets/{quote(BRIDGE, safe="")}"' in r.text
    # Haldane criticized Lund: a relation into Lund, shown under "Criticized by".
    critics = [x for x in api["relations"] if x["object_id"] == lund and x["polarity"] == "negative"]
    assert critics and "Haldane" in critics[0]["subject"]
    criticized_by = r.text.split("Criticized by", 1)[1].split("Supported by", 1)[0]
    assert f'href="/actors/{critics[0]["subject_id"]}"' in criticized_by


def test_api_relations_filters_and_scores(client: TestClient, store: Store) -> None:
    lund = actor_id(store, "Oskar Lund")
    every = client.get("/api/relations", params={"actor": str(lund), "size": 200}).json()["items"]
    assert every and all(lund in (r["subject_id"], r["object_id"]) for r in every)
    assert all(r["basis"] in RELATION_BASES and 0 <= r["score"] <= 1 for r in every)
    firm = client.get("/api/relations", params={"actor": str(lund), "min_score": 0.5, "size": 200}).json()
    assert [r for r in every if r["score"] >= 0.5] == firm["items"]
    against = client.get("/api/relations", params={"object": "Oskar Lund", "polarity": "negative"}).json()
    assert any("Haldane" in r["subject"] for r in against["items"])
    assert all(r["polarity"] == "negative" and r["object_id"] == lund for r in against["items"])
    r = client.get("/api/relations", params={"basis": "hunch"})
    assert r.status_code == 400 and "basis must be one of" in r.json()["error"]["message"]
    assert client.get("/api/relations", params={"min_score": 2}).status_code == 422


def test_actor_page_draws_its_relations_around_it(client: TestClient, store: Store) -> None:
    lund = actor_id(store, "Oskar Lund")
    page = client.get(f"/actors/{lund}").text
    svg = page.split('<svg class="chart network"', 1)[1].split("</svg>", 1)[0]
    nodes = [a["href"] for t, a in tags(svg) if t == "a"]
    others = {r["subject_id"] if r["object_id"] == lund else r["object_id"]
              for r in client.get("/api/relations", params={"actor": str(lund), "size": 200}).json()["items"]
              if r["subject_id"] and r["object_id"] and r["subject_id"] != r["object_id"]}
    assert sorted(nodes) == sorted(f"/actors/{n}" for n in {lund, *others})


def test_actor_page_can_leave_the_guesses_out(client: TestClient, store: Store) -> None:
    lund = actor_id(store, "Oskar Lund")
    rows = client.get("/api/relations", params={"actor": str(lund), "size": 200}).json()["items"]
    rows = [r for r in rows if not r["subject_id"] == r["object_id"] == lund]

    def shown(url: str) -> tuple[int, list[float]]:
        page = client.get(url).text
        section = page.split("Relations to other actors", 1)[1].split("Latest statements", 1)[0]
        counts = sum(int(n) for n in re.findall(r"×(\d+)", section))
        return counts, [float(x) for x in re.findall(r'class="basis"[^>]*>\w+ ([\d.]+)</span>', section)]

    count, scores = shown(f"/actors/{lund}")
    assert count == len(rows) and scores
    count, scores = shown(f"/actors/{lund}?firm=true")
    assert count == sum(r["score"] >= query.FIRM_SCORE for r in rows)
    assert all(x >= query.FIRM_SCORE for x in scores)
    assert "Show the guesses too" in client.get(f"/actors/{lund}?firm=true").text


@pytest.mark.parametrize(("actor", "heading", "target"), [("Oskar Lund", "Supports", BRIDGE)])
def test_actor_page_links_a_target_relation(
    client: TestClient, store: Store, actor: str, heading: str, target: str
) -> None:
    # A position on a target is stored as a relation whose object is the target's name.
    section = client.get(f"/actors/{actor_id(store, actor)}").text.split(f"<h3>{heading}</h3>", 1)[1]
    section = section.split("<h3>", 1)[0]
    assert f'href="/targets/{quote(target, safe="")}"' in section
    assert "(unknown)" not in section


def test_target_page_by_outlet_counts_a_copy_once(client: TestClient) -> None:
    api = client.get(f"/api/targets/{quote(BRIDGE)}").json()
    outlets = {o["outlet"]: o for o in api["outlets"]}
    # The Daily only carried a copy of the Gazette's bridge story: the story is the Gazette's.
    assert "Harbour Daily" not in outlets and outlets["Coastal Gazette"]["total"] > 0
    assert sum(o["total"] for o in api["outlets"]) == api["target"]["total"]
    page = client.get(f"/targets/{quote(BRIDGE)}").text
    page = page.split("<h2>By outlet</h2>", 1)[1].split("</section>", 1)[0]
    assert "Coastal Gazette" in page and "Harbour Daily" not in page


def test_target_page_sides_and_quotes(client: TestClient, store: Store) -> None:
    api = client.get(f"/api/targets/{quote(BRIDGE)}").json()
    sides = {a["actor"]: a for a in api["actors"]}
    assert sides["Oskar Lund"]["favor"] >= 2
    assert any("Haldane" in name and a["against"] for name, a in sides.items())
    assert sum(sum(v) for v in api["over_time"]["series"].values()) == api["target"]["total"]
    favor_quotes = api["top_quotes"]["favor"]
    assert favor_quotes and all(
        any(s["target"] == BRIDGE and s["label"] == "favor" for s in q["stances"]) for q in favor_quotes
    )
    # Case-insensitive, and the same numbers on the page.
    page = client.get(f"/targets/{quote(BRIDGE.upper())}")
    assert page.status_code == 200 and f"{api['target']['favor']} favor" in page.text
    assert client.get("/targets/nothing%20like%20this").status_code == 404


def test_target_page_lists_a_few_per_side(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from stancegraph.web import app as web_app

    monkeypatch.setattr(web_app, "SIDE_LIMIT", 1)
    page = client.get(f"/targets/{quote(BRIDGE)}").text
    against = page.split("<h3>Against</h3>", 1)[1].split("</ul>", 1)[0]
    assert against.count('href="/actors/') == 1 and "and 1 more" in against


def test_document_page_highlights(client: TestClient, store: Store) -> None:
    did = doc_id(BRIDGE_TEXT)
    ids = store.actor_ids(did)
    doc = store.get(did)
    r = client.get(f"/documents/{did}")
    assert r.status_code == 200
    html = r.text
    text_block = html.split('<div class="doctext">', 1)[1].split("</div>", 1)[0]
    marks = _Marks.of(text_block)

    def classes_of(fragment: str) -> set[str]:
        return set().union(*(c for t, c in marks if fragment in t))

    assert "chrome" in classes_of("January 15, 2024")  # the dateline is outside the body
    assert "chrome" in classes_of("Bridge plan wins council backing")
    assert {"speaker"} <= classes_of("Mayor Oskar Lund")
    assert {"content", "stance-favor"} <= classes_of("It is a great project")
    assert {"content", "stance-against"} <= classes_of("reckless waste of money")
    assert "cue" in classes_of("told")
    assert "time" in classes_of("Monday") and "time" in classes_of("next year")  # said, and talked about
    assert not classes_of("Councillor Mira Haldane criticized") & {"chrome"}
    # Speakers link to their stored actor's page.
    lund_local = next(a.id for a in doc.actors if a.name == "Oskar Lund")
    assert f'<a class="mention" href="/actors/{ids[lund_local]}"' in text_block
    # Every statement is anchored where its content starts (search results link there).
    for stmt in doc.statements:
        assert f'id="c{stmt.content[0]}"' in text_block
    # The text itself survives intact once the markup is stripped.
    stripped = "".join(_Text.of(text_block))
    assert stripped == doc.text


class _Marks(HTMLParser):
    """Each text run of highlighted HTML with the classes of the spans around it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[set[str]] = []
        self.runs: list[tuple[str, set[str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack.append(set((dict(attrs).get("class") or "").split()))

    def handle_endtag(self, tag: str) -> None:
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.runs.append((data, set().union(*self.stack)))

    @classmethod
    def of(cls, html: str) -> list[tuple[str, set[str]]]:
        p = cls()
        p.feed(html)
        p.close()
        return p.runs


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    @classmethod
    def of(cls, html: str) -> list[str]:
        p = cls()
        p.feed(html)
        p.close()
        return p.parts


def test_duplicates_listed(client: TestClient) -> None:
    original, copy = doc_id(BRIDGE_TEXT), doc_id(BRIDGE_COPY)
    api = client.get(f"/api/documents/{copy}").json()
    assert api["canonical_id"] == original
    on_original = client.get(f"/api/documents/{original}").json()
    assert [c["doc_id"] for c in on_original["copies"]] == [copy]
    assert on_original["copies"][0]["kind"] == "near"
    page = client.get(f"/documents/{original}").text
    assert "Duplicates and copies" in page and f'href="/documents/{copy}"' in page
    assert "Copy of" in client.get(f"/documents/{copy}").text
    # Copies count once unless asked for.
    once = client.get("/api/statements", params={"q": "reckless"}).json()["total"]
    both = client.get("/api/statements", params={"q": "reckless", "copies": "true"}).json()["total"]
    assert (once, both) == (1, 2)
    form = client.get("/", params={"q": "reckless", "copies": "1"}).text
    assert "2 statements" in form and 'name="copies" value="1" checked' in form


# -- escaping ------------------------------------------------------------------------------


def test_article_markup_is_escaped_everywhere(client: TestClient, store: Store) -> None:
    did = doc_id(XSS_TEXT)
    sorvik = actor_id(store, "Lena Sorvik")
    pages = [f"/documents/{did}", "/?q=deal", f"/actors/{sorvik}", "/?outlet=Coastal+Gazette"]
    pages.append(f"/targets/{quote(QUOTA)}")
    seen_script = 0
    for page in pages:
        r = client.get(page)
        assert r.status_code == 200, page
        for tag, attrs in tags(r.text):
            assert tag != "script", page
            assert tag != "img" or (attrs.get("src") or "").startswith("/static/"), (page, attrs)
            assert not any(k.startswith("on") for k in attrs), (page, tag, attrs)
        seen_script += r.text.count("&lt;script&gt;alert(")
        assert "<script>alert" not in r.text and "<img src=x" not in r.text
    assert seen_script >= 3  # the quote shows, as text, on the document, search and actor pages
    doc_page = client.get(f"/documents/{did}").text
    assert "&lt;img src=x onerror=\"alert('title')\"&gt;" in doc_page  # text, not a tag
    assert "<title>&lt;img" in doc_page or "Harbour &lt;b&gt;news" in doc_page
    # JSON carries the text as it was (JSON is not HTML).
    api = client.get(f"/api/documents/{did}").json()
    assert "<script>alert('xss')</script>" in api["document"]["text"]


def test_error_messages_are_escaped(client: TestClient) -> None:
    r = client.get("/", params={"since": "<script>x</script>"})
    assert r.status_code == 400
    assert "<script>x" not in r.text and "&lt;script&gt;x" in r.text


# -- the JSON API --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "params, check",
    [
        ({"actor": "Lund"}, lambda s: s["actor"] == "Oskar Lund"),
        ({"stance": "against"}, lambda s: any(x["label"] == "against" for x in s["stances"])),
        ({"target": QUOTA}, lambda s: any(x["target"] == QUOTA for x in s["stances"])),
        (
            {"target": QUOTA, "stance": "against"},
            lambda s: (
                {"target": QUOTA, "label": "against"}.items()
                <= next(x for x in s["stances"] if x["target"] == QUOTA).items()
            ),
        ),
        ({"outlet": "porto vell herald"}, lambda s: s["outlet"] == "Porto Vell Herald"),
        (
            {"since": "2024-03-01", "until": "2024-04-30"},
            lambda s: "2024-03-01" <= s["published"] <= "2024-04-30",
        ),
        ({"q": "rejects"}, lambda s: "reject" in s["content"].lower()),  # stemmed
        ({"q": "quarrel*"}, lambda s: "quarrel" in s["content"]),  # prefix
        # talks about a time in 2025 ("would open next year", said in January 2024)
        (
            {"mentions_from": "2025", "mentions_to": "2025-12"},
            lambda s: any(t["role"] == "content" and (t["value"] or "")[:4] == "2025" for t in s["times"]),
        ),
    ],
)
def test_statement_filters(client: TestClient, store: Store, params: dict[str, str], check) -> None:
    r = client.get("/api/statements", params={**params, "size": 200})
    assert r.status_code == 200
    body = r.json()
    assert body["total"] == len(body["items"]) > 0
    assert all(check(s) for s in body["items"]), body["items"]
    expected = query.count_statements(store, **{k: v for k, v in params.items()})
    assert body["total"] == expected
    # Fewer than the whole store: the filter did something.
    assert body["total"] < client.get("/api/statements").json()["total"]


def test_statements_show_their_times(client: TestClient, store: Store) -> None:
    """When it was said and what it talks about: on the search page, the document page and
    in the API; a resolved time links to the statements about the same period."""
    items = client.get("/api/statements", params={"q": "open", "size": 200}).json()["items"]
    opening = next(s for s in items if "would open next year" in s["content"])
    assert [(t["role"], t["text"], t["value"], t["granularity"]) for t in opening["times"]] == [
        ("said", "Monday", "2024-01-15", "day"),
        ("content", "next year", "2025", "year"),
    ]
    html = client.get("/", params={"mentions_from": "2025", "mentions_to": "2025"}).text
    assert 'class="time said"' in html and ">said 2024-01-15<" in html
    assert 'href="/?mentions_from=2025&amp;mentions_to=2025"' in html
    assert 'name="mentions_from" value="2025"' in html  # the form keeps the filter
    did = doc_id(BRIDGE_TEXT)
    page = client.get(f"/documents/{did}").text
    assert "<th>when</th>" in page and ">said 2024-01-15<" in page


def _score(s: dict[str, object], target: str) -> float:
    return max(x["score"] for x in s["stances"] if x["target"] == target)  # type: ignore[index,union-attr]


@pytest.mark.parametrize(
    "params, key, descending",
    [
        ({}, lambda s: s["published"], True),
        ({"order": "newest"}, lambda s: s["published"], True),
        ({"order": "oldest"}, lambda s: s["published"], False),
        ({"order": "strongest", "target": BRIDGE}, lambda s: _score(s, BRIDGE), True),
        ({"order": "strongest", "target": QUOTA, "copies": "1"}, lambda s: _score(s, QUOTA), True),
    ],
)
def test_statement_order(client: TestClient, params: dict[str, str], key, descending: bool) -> None:
    items = client.get("/api/statements", params={**params, "size": 200}).json()["items"]
    values = [key(s) for s in items]
    assert len(values) > 2 and values == sorted(values, reverse=descending)
    page = client.get("/", params=params)
    assert page.status_code == 200
    firsts = [a.get("href") for t, a in tags(page.text) if t == "a" and "#c" in (a.get("href") or "")]
    assert firsts[0] == f"/documents/{items[0]['doc_id']}#c{items[0]['span'][0]}"


@pytest.mark.parametrize("params", [{"order": "strongest"}, {"order": "loudest"}])
def test_bad_order(client: TestClient, params: dict[str, str]) -> None:
    assert client.get("/api/statements", params=params).status_code in (400, 422)
    assert client.get("/", params=params).status_code in (400, 422)


def test_pagination_covers_everything_once(client: TestClient) -> None:
    everything = client.get("/api/statements", params={"size": 200}).json()
    ids: list[int] = []
    page = 1
    while True:
        body = client.get("/api/statements", params={"size": 3, "page": page}).json()
        if not body["items"]:
            break
        assert body["total"] == everything["total"] and len(body["items"]) <= 3
        ids += [s["id"] for s in body["items"]]
        page += 1
    assert ids == [s["id"] for s in everything["items"]]
    assert len(set(ids)) == len(ids) == everything["total"]


def test_search_page_paginates(client: TestClient) -> None:
    total = client.get("/api/statements").json()["total"]
    first = client.get("/", params={"size": 4})
    assert f"{total} statements" in first.text and f"page 1 of {-(-total // 4)}" in first.text
    assert 'rel="next"' in first.text and "page=2" in first.text
    last = client.get("/", params={"size": 4, "page": -(-total // 4)})
    assert 'rel="next"' not in last.text and 'rel="prev"' in last.text


@pytest.mark.parametrize(
    "path, status",
    [
        ("/api/statements?since=2024-13-01", 400),
        ("/api/statements?until=yesterday", 400),
        ("/api/statements?since=2024-05-01&until=2024-01-01", 400),
        ("/api/statements?stance=maybe", 400),
        ("/api/statements?size=100000", 422),
        ("/api/statements?size=0", 422),
        ("/api/statements?page=0", 422),
        ("/api/statements?page=1000000000000", 422),
        ("/api/statements?actor_id=-1", 422),
        ("/api/statements?actor_id=99999999999999999999999", 422),
        ("/api/statements?q=" + "word%20" * 200, 422),
        ("/api/statements.csv?since=not-a-date", 400),
        ("/api/statements.jsonl?size=5&stance=both", 400),
        ("/api/documents?since=2024-02-30", 400),
        ("/api/statements?mentions_from=spring", 400),
        ("/api/statements?mentions_from=2025&mentions_to=2024", 400),
        ("/api/actors?size=5000", 422),
        ("/api/actors/0", 422),
        ("/api/actors/99999999999999999999", 422),
        ("/api/actors/987654", 404),
        ("/api/actors/abc", 422),
        ("/api/documents/no-such-doc", 404),
        ("/api/documents/bad%20id%3Cx%3E", 422),
        ("/api/targets/not%20a%20target", 404),
    ],
)
def test_bad_parameters_are_json_4xx(client: TestClient, path: str, status: int) -> None:
    r = client.get(path)
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    err = r.json()["error"]
    assert err["status"] == status and err["message"]


@pytest.mark.parametrize(
    "path",
    [
        "/?since=2024-99-01",
        "/?stance=maybe",
        "/actors/0",
        "/documents/nope",
        "/documents?until=May",
        "/?mentions_to=2024-13",
    ],
)
def test_bad_parameters_on_pages_are_html_4xx(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert 400 <= r.status_code < 500
    assert r.headers["content-type"].startswith("text/html")


_PARAM_NAMES = [
    "q",
    "actor",
    "actor_id",
    "target",
    "stance",
    "outlet",
    "since",
    "until",
    "page",
    "size",
    "copies",
    "order",
    "mentions_from",
    "mentions_to",
]
_VALUES = st.one_of(
    st.text(max_size=40),
    st.from_regex(r"-?[0-9]{1,30}", fullmatch=True),
    st.sampled_from(
        ["2024-02-30", "2024-01-01", "favor", "*", '"', "NEAR(a b)", "%", "_", "\x00", "²", "１２"]
    ),
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=st.sampled_from(_PARAM_NAMES),
    value=_VALUES,
    other=st.dictionaries(st.sampled_from(_PARAM_NAMES), _VALUES, max_size=2),
)
def test_no_parameter_gives_a_500(client: TestClient, name: str, value: str, other: dict[str, str]) -> None:
    """Whatever a client sends, the answer is a page or a 4xx, never a server error: one
    odd value alone (so that no other error answers first), then among others."""
    for params in ({name: value}, {**other, name: value}):
        for path in ("/api/statements", "/", "/api/documents", "/api/actors", "/api/statements.csv"):
            r = client.get(path, params=params)
            assert r.status_code < 500, (path, params, r.text[:300])
            if r.status_code >= 400 and path.startswith("/api"):
                assert r.json()["error"]["status"] == r.status_code


@pytest.mark.parametrize("value", ["²", "12345678901234567890123", "１２", "\x00", "%", "7"])
def test_odd_actor_names_are_searched(client: TestClient, value: str) -> None:
    """Digits that cannot be a stored id (too long, not ASCII) are a name to look for."""
    r = client.get("/api/statements", params={"actor": value})
    assert r.status_code == 200 and all(s["actor"] for s in r.json()["items"])


def test_documents_page_paginates(client: TestClient) -> None:
    canonical = client.get("/api/documents", params={"size": 200}).json()["items"]
    seen: list[str] = []
    url: str | None = "/documents?size=2"
    while url:
        r = client.get(url)
        seen += [
            t[1]["href"][len("/documents/") :]
            for t in tags(r.text.split("<tbody>")[1].split("</tbody>")[0])
            if t[0] == "a"
        ]
        nxt = [a.get("href") for t, a in tags(r.text) if t == "a" and a.get("rel") == "next"]
        url = nxt[0] if nxt else None
    assert seen == [d["id"] for d in canonical] and len(seen) == 4  # the copy is left out


def test_empty_form_fields_mean_no_filter(client: TestClient) -> None:
    """A submitted search form sends every field, most of them empty."""
    r = client.get(
        "/", params={"q": "", "actor": "", "target": "", "stance": "", "outlet": "", "since": "", "until": ""}
    )
    assert r.status_code == 200
    total = client.get("/api/statements").json()["total"]
    assert f"{total} statements" in r.text


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
@pytest.mark.parametrize("params", [{}, {"target": BRIDGE}, {"outlet": "Coastal Gazette", "copies": "1"}])
def test_exports_are_complete(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, fmt: str, params: dict[str, str]
) -> None:
    from stancegraph.web import app as web_app

    monkeypatch.setattr(web_app, "EXPORT_CHUNK", 2)  # many chunks: the stream pages through all
    expected = client.get("/api/statements", params={**params, "size": 200}).json()
    r = client.get(f"/api/statements.{fmt}", params=params)
    assert r.status_code == 200
    assert r.headers["content-disposition"] == f'attachment; filename="statements.{fmt}"'
    assert int(r.headers["x-total-count"]) == expected["total"]
    assert r.headers["content-encoding"] == "gzip"  # a stream is compressed for clients that accept it
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(r.text)))
        assert list(rows[0]) == list(query.StatementRow.FIELDS)
        got = [int(row["id"]) for row in rows]
    else:
        lines = [json.loads(line) for line in r.text.splitlines()]
        got = [line["id"] for line in lines]
        assert lines[0].keys() >= {"content", "stances", "actor", "doc_id"}
    assert got == sorted(s["id"] for s in expected["items"])  # ingest order


def test_api_lists(client: TestClient, store: Store) -> None:
    actors = client.get("/api/actors", params={"size": 200}).json()["items"]
    assert [a["id"] for a in actors] == [a.id for a in query.actors(store)]
    assert client.get("/api/actors", params={"name": "sorvik"}).json()["items"][0]["name"] == "Lena Sorvik"
    targets = client.get("/api/targets").json()
    assert {t["target"] for t in targets} == {BRIDGE, QUOTA}
    assert all(t["total"] == t["favor"] + t["against"] + t["neutral"] for t in targets)
    summary = client.get("/api/summary").json()
    assert summary["documents"] == 4  # the copy counts once
    assert summary["statements"] == client.get("/api/statements").json()["total"]
    assert {t["target"]: t["total"] for t in summary["targets"]} == {t["target"]: t["total"] for t in targets}
    docs = client.get("/api/documents", params={"q": "quota"}).json()["items"]
    assert {d["id"] for d in docs} == {doc_id(QUOTA_TEXT), doc_id(XSS_TEXT)}
    one = client.get(f"/api/documents/{doc_id(QUOTA_TEXT)}").json()
    assert one["row"]["outlet"] == "Porto Vell Herald"
    assert set(one["actor_ids"]) == {a["id"] for a in one["document"]["actors"]}


def test_openapi_schema(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    for path in [
        "/api/statements",
        "/api/statements.csv",
        "/api/statements.jsonl",
        "/api/actors",
        "/api/actors/{actor_id}",
        "/api/documents",
        "/api/documents/{doc_id}",
        "/api/targets",
        "/api/targets/{name}",
        "/api/summary",
        "/api/relations",
    ]:
        assert path in schema["paths"], path
    params = {p["name"] for p in schema["paths"]["/api/statements"]["get"]["parameters"]}
    assert params >= {"q", "actor", "target", "stance", "outlet", "since", "until", "page", "size"}
    assert "StatementRow" in schema["components"]["schemas"]


# -- writing needs the token -----------------------------------------------------------------

NEW_TEXT = """Ferry service returns

June 2, 2024

Harbour Minister Lena Sorvik said the ferry would run again from Friday.
"""


@pytest.fixture()
def empty_db(tmp_path: Path) -> str:
    path = tmp_path / "write.db"
    Store(str(path)).close()
    return str(path)


def test_empty_store_pages(empty_db: str) -> None:
    c = TestClient(create_app(empty_db))
    for page in ("/", "/actors", "/targets", "/documents", "/relations", "/api", "/?q=anything&order=oldest"):
        r = c.get(page)
        assert r.status_code == 200, page
    assert "No relations between actors match" in c.get("/relations").text
    assert "0 statements" in c.get("/").text
    assert c.get("/api/statements.csv").text == ",".join(query.StatementRow.FIELDS) + "\n"
    assert c.get("/api/statements.jsonl").text == ""


def test_read_only_without_token(empty_db: str) -> None:
    c = TestClient(create_app(empty_db))
    r = c.post("/api/documents", json={"text": NEW_TEXT})
    assert r.status_code == 403 and "read-only" in r.json()["error"]["message"]
    assert c.get("/api/documents").json()["items"] == []
    for method in (c.put, c.delete):
        assert method("/api/documents").status_code in (404, 405)


def test_ingest_with_token(empty_db: str) -> None:
    c = TestClient(create_app(empty_db, token="s3cret"))
    assert c.post("/api/documents", json={"text": NEW_TEXT}).status_code == 403
    wrong = c.post("/api/documents", json={"text": NEW_TEXT}, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 403
    auth = {"Authorization": "Bearer s3cret"}
    bad = c.post("/api/documents", json={"text": NEW_TEXT, "published": "June"}, headers=auth)
    assert bad.status_code == 400
    assert c.post("/api/documents", json={"text": ""}, headers=auth).status_code == 422
    r = c.post(
        "/api/documents", json={"text": NEW_TEXT, "outlet": "Isle Post", "source": "ferry"}, headers=auth
    )
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["status"] == "added" and body["statements"] >= 1
    assert body["id"] == doc_id(NEW_TEXT)
    listed = c.get("/api/documents").json()["items"]
    assert [(d["id"], d["outlet"], d["published"]) for d in listed] == [
        (body["id"], "Isle Post", "2024-06-02")
    ]
    again = c.post("/api/documents", json={"text": NEW_TEXT, "source": "elsewhere"}, headers=auth)
    assert again.status_code == 201 and again.json()["status"] == "known"
    assert len(c.get("/api/documents").json()["items"]) == 1


@pytest.fixture()
def db_copy(db: Path, tmp_path: Path) -> str:
    """A consistent copy of the fixture store, for a test that writes."""
    import sqlite3

    path = tmp_path / "copy.db"
    with sqlite3.connect(db) as src, sqlite3.connect(path) as dst:
        src.backup(dst)
    return str(path)


def test_merge_actors_with_token(db_copy: str) -> None:
    readonly = TestClient(create_app(db_copy))
    with Store(db_copy, create=False) as s:
        lund, sorvik = actor_id(s, "Oskar Lund"), actor_id(s, "Lena Sorvik")
        before = {a: query.actor(s, a) for a in (lund, sorvik)}
        relations = {
            (r.doc_id, r.sentence, r.evidence, r.polarity)
            for a in (lund, sorvik)
            for r in query.actor_relations(s, a)
        }
    assert readonly.post(f"/api/actors/{sorvik}/merge", json={"into": lund}).status_code == 403
    c = TestClient(create_app(db_copy, token="t0k"))
    auth = {"Authorization": "Bearer t0k"}
    assert c.post(f"/api/actors/{sorvik}/merge", json={"into": lund}).status_code == 403
    assert c.post(f"/api/actors/{sorvik}/merge", json={"into": sorvik}, headers=auth).status_code == 400
    assert c.post(f"/api/actors/{sorvik}/merge", json={"into": 987654}, headers=auth).status_code == 404
    assert c.post(f"/api/actors/{sorvik}/merge", json={"into": "x"}, headers=auth).status_code == 422
    r = c.post(f"/api/actors/{sorvik}/merge", json={"into": lund}, headers=auth)
    assert r.status_code == 200, r.text
    merged = r.json()
    assert merged["id"] == lund and "Lena Sorvik" in merged["aliases"]
    assert merged["statements"] == before[lund].statements + before[sorvik].statements
    assert c.get(f"/api/actors/{sorvik}").status_code == 404
    said = c.get("/api/statements", params={"actor": "Lena Sorvik"}).json()["items"]
    assert said and {s["actor"] for s in said} == {"Oskar Lund"}  # her names now lead to him
    after = c.get(f"/api/actors/{lund}").json()["relations"]
    assert {(r["doc_id"], r["sentence"], r["evidence"], r["polarity"]) for r in after} == relations
    with Store(db_copy, create=False) as s:
        assert query.actor_relations(s, sorvik) == []


def test_missing_database_is_503(tmp_path: Path) -> None:
    c = TestClient(create_app(str(tmp_path / "none.db")))
    r = c.get("/api/statements")
    assert r.status_code == 503 and "no database" in r.json()["error"]["message"]


def test_missing_extra_names_web(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "stancegraph.web.app", raising=False)
    monkeypatch.setitem(sys.modules, "fastapi", None)  # as if it were not installed
    with pytest.raises(MissingExtra) as info:
        create_app("whatever.db")
    assert info.value.extra == "web" and "stancegraph[web]" in str(info.value)


@pytest.mark.parametrize(
    "args, env, expected",
    [
        ([], {}, {"host": "127.0.0.1", "port": 8000, "token": None}),
        (["--port", "9001", "--token", "abc"], {}, {"host": "127.0.0.1", "port": 9001, "token": "abc"}),
        ([], {"STANCEGRAPH_TOKEN": "from-env"}, {"host": "127.0.0.1", "token": "from-env"}),
        (["--host", "0.0.0.0"], {}, {"host": "0.0.0.0", "token": None}),
    ],
)
def test_serve_options(
    db: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    env: dict[str, str],
    expected: dict[str, object],
) -> None:
    """Loopback and read-only unless told otherwise; the token from --token or the environment."""
    from typer.testing import CliRunner

    import stancegraph.web
    from stancegraph.cli import app

    calls: list[dict[str, object]] = []
    monkeypatch.setattr(stancegraph.web, "serve", lambda url, **kw: calls.append({"url": url, **kw}))
    monkeypatch.delenv("STANCEGRAPH_TOKEN", raising=False)
    result = CliRunner().invoke(app, ["serve", "--db", str(db), *args], env=env)
    assert result.exit_code == 0, result.output
    assert calls and calls[0]["url"] == str(db)
    assert {k: calls[0][k] for k in expected} == expected
    assert ("reachable from other machines" in result.output) == (expected["host"] != "127.0.0.1")
    assert ("read-only" in result.output) == (expected["token"] is None)


def test_serve_refuses_missing_database(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from stancegraph.cli import app

    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 5
    assert "no database" in result.output


# -- highlighting, on a hand-built document ---------------------------------------------------


def test_highlight_marks_and_escapes() -> None:
    text = 'Menu <b>\nAnn Lee said: "No <i>deal</i>."\n'
    doc = Document(text=text)
    doc.body = [(text.index("Ann"), len(text) - 1)]
    ann = (text.index("Ann"), text.index("Ann") + len("Ann Lee"))
    doc.actors = [Actor(id="a1", name="Ann Lee", kind="person", mentions=[Mention(ann)])]
    cue = (text.index("said"), text.index("said") + 4)
    content = (text.index("No"), text.index('."') + 1)
    doc.statements = [
        Statement(
            "direct", content, cue=cue, speaker=ann, actor="a1", stances=[Stance("deals", "against", 0.9)]
        )
    ]
    html = highlight(doc, lambda local: f"/actors/{local}-id")
    assert html.startswith('<span class="chrome" title="left out of the analysis">Menu &lt;b&gt;\n</span>')
    link = '<a class="mention" href="/actors/a1-id" title="Ann Lee (person)">'
    assert link + '<span class="speaker">Ann Lee</span></a>' in html
    assert '<span class="cue">said</span>' in html
    title = "Ann Lee (direct statement) · deals: against (0.90)"
    assert (
        f'<span class="content stance-against" id="c{content[0]}" title="{title}">'
        "No &lt;i&gt;deal&lt;/i&gt;.</span>"
    ) in html
    assert "<i>" not in html and "<b>" not in html
    assert "".join(_Text.of(html)) == text


def test_highlight_overlapping_spans() -> None:
    """A mention inside a content span splits it without losing either mark."""
    text = "Bo said the plan by Cy was good."
    doc = Document(text=text, body=[(0, len(text))])
    cy = (text.index("Cy"), text.index("Cy") + 2)
    doc.actors = [Actor(id="c", name="Cy", mentions=[Mention(cy)])]
    doc.statements = [Statement("indirect", (text.index("the"), len(text) - 1))]
    html = highlight(doc, lambda local: None if local != "c" else "/actors/7")
    assert html == (
        'Bo said <span class="content" id="c8" title="unattributed (indirect statement)">the plan by </span>'
        '<a class="mention" href="/actors/7" title="Cy (other)"><span class="content" '
        'title="unattributed (indirect statement)">Cy</span></a>'
        '<span class="content" title="unattributed (indirect statement)"> was good</span>.'
    )


@pytest.mark.parametrize(
    "text, q, expected",
    [
        ("We reject the quota.", "rejects", "We <mark>reject</mark> the quota."),
        ("They talked; talks go on.", "talk*", "They <mark>talked</mark>; <mark>talks</mark> go on."),
        ("A <b>bold</b> deal & more", "deal", "A &lt;b&gt;bold&lt;/b&gt; <mark>deal</mark> &amp; more"),
        ("Nothing here", None, "Nothing here"),
        ("<i>x</i>", "*", "&lt;i&gt;x&lt;/i&gt;"),
        ("Quarrelled for a century", "QUARREL", "<mark>Quarrelled</mark> for a century"),
    ],
)
def test_mark_words(text: str, q: str | None, expected: str) -> None:
    from stancegraph.web.highlight import mark_words

    assert mark_words(text, q) == expected


def test_search_marks_the_words(client: TestClient) -> None:
    page = client.get("/", params={"q": "reject"}).text
    assert "<mark>reject</mark> the fishing quota" in page


# -- charts ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "days, unit, keys",
    [
        (["2024-03-04", "2024-03-06"], "day", ["2024-03-04", "2024-03-05", "2024-03-06"]),
        (["2024-01-15", "2024-03-01"], "week", None),
        (
            ["2023-05-31", "2024-02-01"],
            "month",
            ["2023-05", "2023-06", "2023-07", "2023-08", "2023-09"]
            + ["2023-10", "2023-11", "2023-12", "2024-01", "2024-02"],
        ),
        (["2019-06-01", "2024-02-01"], "year", ["2019", "2020", "2021", "2022", "2023", "2024"]),
    ],
)
def test_timeline_units(days: list[str], unit: str, keys: list[str] | None) -> None:
    tl = charts.timeline([(d, "favor", 1) for d in days] + [("bad date", "favor", 5)], charts.STANCE_LABELS)
    assert tl.unit == unit
    if keys is not None:
        assert tl.keys == keys
    assert tl.series["favor"][0] == 1 and tl.series["favor"][-1] == 1
    assert sum(tl.series["favor"]) == 2 and tl.series["against"] == [0] * len(tl.keys)
    if unit == "week":  # Mondays, every seven days
        assert tl.keys[0] == "2024-01-15" and tl.keys[-1] == "2024-02-26" and len(tl.keys) == 7


def test_bar_chart_bars_and_escaping() -> None:
    tl = charts.timeline(
        [("2024-03-04", "favor", 2), ("2024-03-04", "against", 1), ("2024-03-06", "neutral", 3)],
        charts.STANCE_LABELS,
    )
    svg = charts.bar_chart(tl, title='Stance of "<Ann>"')
    rects = [a for t, a in tags(svg) if t == "rect"]
    assert [a["class"] for a in rects] == ["bar bar-favor", "bar bar-against", "bar bar-neutral"]
    heights = [float(a["height"] or 0) for a in rects]
    assert heights[0] == pytest.approx(2 * heights[1], abs=0.2)
    assert heights[2] == pytest.approx(3 * heights[1], abs=0.2)
    assert "&lt;Ann&gt;" in svg and "<Ann>" not in svg
    assert "<title>Mar 4, 2024: 2 favor</title>" in svg
    ticks = [t.split("</text>")[0].rsplit(">", 1)[1] for t in svg.split('<text class="tick"')[1:]]
    assert ticks[-3:] == ["Mar 4, 2024", "Mar 5", "Mar 6"]  # the axis names the year once
    assert charts.bar_chart(charts.timeline([], charts.STANCE_LABELS), title="x") == ""


def test_network_draws_who_is_for_or_against_whom() -> None:
    names = {1: "Ann <Lee>", 2: "Bo", 3: "Cy", 4: "Nobody in the edges"}
    edges = [
        charts.Edge(1, 2, positive=0, negative=5, documents=3),
        charts.Edge(2, 1, positive=3, negative=1),
        charts.Edge(3, 1, positive=1, negative=1),
        charts.Edge(1, 9, positive=1, negative=0),  # an actor with no name is not drawn
        charts.Edge(3, 3, positive=0, negative=2),  # nor is an actor toward itself
    ]
    svg = charts.network(names, edges, title="Who is for or against whom")
    paths = [a for t, a in tags(svg) if t == "path" and "edge" in (a.get("class") or "")]
    assert [a["class"] for a in paths] == ["edge edge-mixed", "edge edge-positive", "edge edge-negative"]
    assert "<title>Ann &lt;Lee&gt; → Bo: 5 negative, 0 positive (3 documents)</title>" in svg
    assert "<Lee>" not in svg
    # the most frequent arrow is the thickest; the two directions between Ann and Bo bend apart
    widths = [float(a["stroke-width"] or 0) for a in paths]
    assert widths[2] == max(widths) > widths[0]

    def control(d: str | None) -> tuple[float, float]:
        x, y = (d or "").split("Q", 1)[1].split()[0].split(",")
        return float(x), float(y)

    assert control(paths[1]["d"]) != control(paths[2]["d"])
    nodes = [a for t, a in tags(svg) if t == "a"]
    assert sorted(a["href"] or "" for a in nodes) == ["/actors/1", "/actors/2", "/actors/3"]
    assert charts.network(names, [charts.Edge(1, 4, 0, 0)], title="x") == ""
    # an actor page's own relations: that actor in the middle
    mid = charts.network(names, edges, title="x", center=3, width=400, height=300)
    dots = [a for t, a in tags(mid) if t == "circle"]
    assert [(d["cx"], d["cy"]) for d in dots].count(("200.0", "150.0")) == 1
    # the two most involved actors only: Ann (11 relations) and Bo (9)
    two = charts.network(names, edges, title="x", max_nodes=2)
    assert sorted(a["href"] or "" for t, a in tags(two) if t == "a") == ["/actors/1", "/actors/2"]
    assert "Cy" not in two


def test_relations_page_network_and_table(client: TestClient, store: Store) -> None:
    r = client.get("/relations")
    assert r.status_code == 200 and '<svg class="chart network"' in r.text
    pairs = client.get("/api/relations/pairs", params={"limit": 5000}).json()
    assert pairs and all(p["subject_id"] != p["object_id"] for p in pairs)
    every = client.get("/api/relations", params={"size": 200}).json()["items"]
    between = [x for x in every if x["subject_id"] and x["object_id"] and x["subject_id"] != x["object_id"]]
    assert sum(p["positive"] + p["negative"] for p in pairs) == len(between)
    top = pairs[0]
    assert top["positive"] + top["negative"] == max(p["positive"] + p["negative"] for p in pairs)
    row = r.text.split(f'<a href="/actors/{top["object_id"]}">{top["object"]}</a>', 1)[1].split("</tr>", 1)[0]
    assert f'<td class="num against">{top["negative"]}</td>' in row
    firm = client.get("/api/relations/pairs", params={"min_score": 0.35, "limit": 5000}).json()
    assert sum(p["positive"] + p["negative"] for p in firm) < len(between)
    assert "firm readings only" in client.get("/relations?firm=true").text
    # the timeline's bars add up to the dated relations between actors
    dated = [x for x in between if x["published"]]
    tips = _titles(r.text, "bar bar-against") + _titles(r.text, "bar bar-favor")
    assert tips and len(dated) == sum(int(t.rsplit(": ", 1)[1].split()[0]) for t in tips)
    assert client.get("/relations", params={"since": "soon"}).status_code == 400


# -- PostgreSQL ------------------------------------------------------------------------------


def _comparable(value: object) -> object:
    """JSON without what differs between two stores of the same documents (ingest times)."""
    if isinstance(value, dict):
        return {k: _comparable(v) for k, v in value.items() if k != "ingested_at"}
    if isinstance(value, list):
        return [_comparable(v) for v in value]
    return value


def test_postgresql_serves_the_same(client: TestClient, store: Store, pg_url: str, tmp_path: Path) -> None:
    """The same documents stored in PostgreSQL give the same pages and API answers."""
    build_store(tmp_path, pg_url)
    pg = TestClient(create_app(pg_url))
    lund = actor_id(store, "Oskar Lund")
    urls = [
        "/api/statements?size=200",
        "/api/statements?q=reject&stance=against",
        "/api/statements?actor=lund&since=2024-02-01",
        "/api/statements?outlet=Harbour+Daily",
        "/api/statements?copies=1&size=200",
        "/api/documents?q=quota",
        f"/api/documents/{doc_id(BRIDGE_TEXT)}",
        "/api/actors?size=200",
        f"/api/actors/{lund}",
        "/api/targets",
        f"/api/targets/{quote(BRIDGE)}",
        "/api/statements.jsonl",
        "/api/relations?size=200",
        "/api/relations?actor=lund&min_score=0.3",
        "/api/relations/pairs",
    ]
    for url in urls:
        a, b = client.get(url), pg.get(url)
        assert a.status_code == b.status_code == 200, (url, b.text)
        if url.endswith(".jsonl"):
            assert a.text == b.text
        else:
            assert _comparable(a.json()) == _comparable(b.json()), url
    for page in ("/", f"/actors/{lund}", f"/targets/{quote(BRIDGE)}", f"/documents/{doc_id(XSS_TEXT)}",
                 "/relations?firm=true", f"/actors/{lund}?firm=true"):
        assert pg.get(page).status_code == 200
    assert pg.get("/api/statements?since=2024-13-01").status_code == 400
    # Writing works there too: merge one actor into another.
    sorvik = actor_id(store, "Lena Sorvik")
    writer = TestClient(create_app(pg_url, token="pg"))
    merged = writer.post(
        f"/api/actors/{sorvik}/merge", json={"into": lund}, headers={"Authorization": "Bearer pg"}
    )
    assert merged.status_code == 200, merged.text
    expected = query.actor(store, lund).statements + query.actor(store, sorvik).statements
    assert merged.json()["statements"] == expected
    assert pg.get(f"/api/actors/{sorvik}").status_code == 404


def test_home_page_lists_outlets_with_their_copies(client: TestClient) -> None:
    page = client.get("/").text
    outlets = page.split("<h2>Outlets</h2>", 1)[1].split("</section>", 1)[0]
    # The Daily only carried a copy of the Gazette's bridge story: its statements count once.
    assert "Coastal Gazette</a> <span class=\"muted\">2 stories ·" in outlets
    daily = "Harbour Daily</a> <span class=\"muted\">0 stories · 1 copy of others' stories · 0 statements"
    assert daily in outlets
    first = outlets.split('href="', 1)[1].split('"', 1)[0]
    listed = client.get(first.replace("&amp;", "&"))
    assert listed.status_code == 200 and "/documents/" in listed.text
