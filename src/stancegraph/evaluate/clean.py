"""``stancegraph eval clean``: precision and recall of the body lines the cleaner keeps.

Gold comes from two places:

- synthetic pages (``*.page`` under a pages directory, by default the repository's
  ``tests/fixtures/pages``), each line written as ``X| text`` with X one of
  ``T`` title (and its repeats), ``D`` dateline, ``B`` body, ``H`` section heading
  (body, marked), ``C`` chrome; an empty line is a blank line of the page.
  ``@published YYYY-MM-DD`` / ``@url ...`` / ``@title ...`` lines on top give the
  expected date, the reader's URL and a reader-supplied title;
- the seed articles (``../shared/corpus/seeds``), labelled in
  ``data/clean_seed_labels.yaml`` by line number and a short hash of each line, so
  that none of their text is copied into the repository; a line whose hash does not
  match stops the evaluation (the labels are for another version of the file).

- HTML pages (``html/*.html`` under the pages directory, extra ``html``), each with
  a ``<name>.gold.yaml`` giving ``title``, ``published``, the ``body`` paragraphs,
  the ``headings`` among them and ``optional`` paragraphs that may go either way
  (a standfirst the extractor may or may not find), and the page's ``url`` when a
  crawler would know it. These measure reading and
  cleaning together: a paragraph counts when the cleaned body holds it verbatim
  (up to spacing and quote style).

A line counts as kept when it lies inside a body span. Scores are micro-averaged
over non-blank lines: body precision/recall (B and H gold), heading
precision/recall, and title and date accuracy per page.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..clean import Cleaner, normalize
from ..config import Config
from ..errors import EvalDataError
from ..types import Document

LABELS = {"T": "title", "D": "dateline", "B": "body", "H": "heading", "C": "chrome"}
ROOT = Path(__file__).resolve().parents[3]


def default_pages_dir() -> Path:
    return ROOT / "tests" / "fixtures" / "pages"


def default_seeds_dir() -> Path:
    return ROOT.parent / "shared" / "corpus" / "seeds"


def line_hash(line: str) -> str:
    """The short hash naming a seed line in the labels file (of the stripped line)."""
    return hashlib.sha1(line.strip().encode("utf-8")).hexdigest()[:10]


@dataclass
class Page:
    name: str
    text: str
    labels: dict[int, str]  # 0-based line number -> label letter, non-blank lines only
    published: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    # Error reports quote the line only for pages we wrote; seed lines go by hash.
    quotable: bool = True

    def gold_title(self) -> str | None:
        lines = self.text.split("\n")
        first = next((i for i, lab in sorted(self.labels.items()) if lab == "T"), None)
        return None if first is None else lines[first].strip().lstrip("#").strip()


def parse_page(name: str, source: str) -> Page:
    """A labelled synthetic page (format in the module docstring)."""
    lines: list[str] = []
    labels: dict[int, str] = {}
    directives: dict[str, str] = {}
    for n, raw in enumerate(source.split("\n"), 1):
        if raw.startswith("@") and not lines:
            key, _, value = raw[1:].partition(" ")
            directives[key] = value.strip()
            continue
        if not raw.strip():
            lines.append("")
            continue
        label, bar, text = raw.partition("|")
        if not bar or label not in LABELS:
            raise EvalDataError(f"{name}:{n}: a page line must read 'X| text' with X in {''.join(LABELS)}")
        text = text[1:] if text.startswith(" ") else text
        labels[len(lines)] = label
        lines.append(text)
    meta = {k: v for k, v in directives.items() if k in ("url", "title", "outlet")}
    return Page(name, "\n".join(lines) + "\n", labels, directives.get("published"), meta)


def load_pages(pages_dir: Path) -> list[Page]:
    if not pages_dir.is_dir():
        raise EvalDataError(f"{pages_dir}: no such directory of labelled pages")
    pages = [parse_page(p.name, p.read_text(encoding="utf-8")) for p in sorted(pages_dir.glob("*.page"))]
    if not pages:
        raise EvalDataError(f"{pages_dir}: no *.page files")
    return pages


def load_seed_pages(seeds_dir: Path) -> list[Page]:
    """The seeds with their gold labels; the text is read from ``seeds_dir``."""
    raw = yaml.safe_load(
        resources.files("stancegraph").joinpath("data/clean_seed_labels.yaml").read_text("utf-8")
    )
    pages = []
    for name, entry in sorted(raw.items()):
        path = seeds_dir / name
        if not path.is_file():
            raise EvalDataError(f"{path}: seed file missing (labels in data/clean_seed_labels.yaml)")
        text = path.read_text(encoding="utf-8")
        lines = text.split("\n")
        labels: dict[int, str] = {}
        for item in entry["lines"]:
            num, label, digest = item.split()
            i = int(num) - 1
            if i >= len(lines) or line_hash(lines[i]) != digest:
                raise EvalDataError(f"{path}:{num}: the line does not match its label's hash")
            labels[i] = label
        unlabelled = [i + 1 for i, ln in enumerate(lines) if ln.strip() and i not in labels]
        if unlabelled:
            raise EvalDataError(f"{path}: lines {unlabelled} have no label")
        published = entry.get("published")  # YAML reads an unquoted date as a date
        iso = None if published is None else str(published)
        pages.append(Page(name, text, labels, iso, quotable=False))
    return pages


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: bool, pred: bool) -> None:
        self.tp += gold and pred
        self.fp += pred and not gold
        self.fn += gold and not pred

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def to_json(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class CleanReport:
    body: Counts = field(default_factory=Counts)
    headings: Counts = field(default_factory=Counts)
    pages: int = 0
    titles_right: int = 0
    dates_right: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)
    per_set: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def title_accuracy(self) -> float:
        return self.titles_right / self.pages if self.pages else 1.0

    @property
    def date_accuracy(self) -> float:
        return self.dates_right / self.pages if self.pages else 1.0

    def to_json(self) -> dict[str, Any]:
        return {
            "pages": self.pages,
            "body": self.body.to_json(),
            "headings": self.headings.to_json(),
            "title_accuracy": round(self.title_accuracy, 4),
            "date_accuracy": round(self.date_accuracy, 4),
            "sets": self.per_set,
            "errors": self.errors,
        }


def score_page(page: Page, cleaner: Cleaner, report: CleanReport) -> None:
    doc = cleaner(Document(page.text, source=page.name, meta=dict(page.meta)))
    starts = [0]
    for ln in page.text.split("\n"):
        starts.append(starts[-1] + len(ln) + 1)
    heads = [tuple(h) for h in doc.meta.get("headings", [])]
    for i, label in sorted(page.labels.items()):
        line = page.text[starts[i] : starts[i + 1] - 1]
        s = starts[i] + len(line) - len(line.lstrip())
        e = starts[i] + len(line.rstrip())
        kept = any(bs < e and s < be for bs, be in doc.body)
        head = any(hs < e and s < he for hs, he in heads)
        gold = label in ("B", "H")
        report.body.add(gold, kept)
        report.headings.add(label == "H", head)
        if gold != kept or (label == "H") != head:
            report.errors.append(
                {
                    "page": page.name,
                    "line": i + 1,
                    "gold": LABELS[label],
                    "kept": kept,
                    "heading": head,
                    "hash": line_hash(line),
                    **({"text": line.strip()[:120]} if page.quotable else {}),
                }
            )
    report.pages += 1
    gold_title = page.meta.get("title") or page.gold_title()
    if normalize(doc.title or "") == normalize(gold_title or ""):
        report.titles_right += 1
    else:
        report.errors.append({"page": page.name, "title": doc.title, "gold_title": gold_title})
    if doc.published == page.published:
        report.dates_right += 1
    else:
        report.errors.append(
            {"page": page.name, "published": doc.published, "gold_published": page.published}
        )


def load_html_pages(html_dir: Path) -> list[tuple[str, bytes, dict[str, Any]]]:
    pages = []
    for path in sorted(html_dir.glob("*.html")):
        gold_path = path.with_name(path.stem + ".gold.yaml")
        if not gold_path.is_file():
            raise EvalDataError(f"{path}: no {gold_path.name} beside it")
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        pages.append((path.name, path.read_bytes(), gold))
    return pages


def score_html_page(
    name: str, data: bytes, gold: dict[str, Any], cleaner: Cleaner, report: CleanReport
) -> None:
    from ..errors import InputError
    from ..read import html_document

    gold_body = [normalize(p) for p in gold.get("body") or []]
    gold_heads = {normalize(h) for h in gold.get("headings") or []}
    optional = {normalize(p) for p in gold.get("optional") or []}
    try:
        meta = {"url": gold["url"]} if gold.get("url") else {}  # as a crawler would know it
        doc = cleaner(html_document(data, name, **meta))
    except InputError as exc:
        report.body.fn += len(gold_body)
        report.headings.fn += len(gold_heads)
        report.pages += 1
        report.errors.append({"page": name, "error": str(exc)})
        return
    kept = [normalize(doc.text[s:e]) for s, e in doc.body]
    heads = {normalize(doc.text[s:e]) for s, e in doc.meta.get("headings", [])}
    for para in kept:
        if para in gold_body:
            report.body.tp += 1
        elif para not in optional:
            report.body.fp += 1
            report.errors.append({"page": name, "gold": "chrome", "kept": True, "hash": line_hash(para)})
    for para in gold_body:
        if para not in kept:
            report.body.fn += 1
            report.errors.append({"page": name, "gold": "body", "kept": False, "hash": line_hash(para)})
    for para in set(kept) | gold_heads:
        report.headings.add(para in gold_heads, para in heads)
    report.pages += 1
    if normalize(doc.title or "") == normalize(str(gold.get("title") or "")):
        report.titles_right += 1
    else:
        report.errors.append({"page": name, "title": doc.title, "gold_title": gold.get("title")})
    published = gold.get("published")
    if doc.published == (None if published is None else str(published)):
        report.dates_right += 1
    else:
        report.errors.append({"page": name, "published": doc.published, "gold_published": str(published)})


def evaluate_clean(
    seeds_dir: Path | None = None,
    pages_dir: Path | None = None,
    config: Config | None = None,
    *,
    use: tuple[str, ...] = ("pages", "html", "seeds"),
) -> CleanReport:
    """Score the cleaner on the labelled synthetic pages and the seeds.

    A directory given explicitly must exist; a default one that is absent (no
    checkout beside ../shared, an installed package) is left out.
    """
    cleaner = Cleaner(config or Config())
    sets: dict[str, list[Page]] = {}
    pages_dir = pages_dir or default_pages_dir()
    if "pages" in use and (pages_dir.is_dir() or pages_dir != default_pages_dir()):
        sets["pages"] = load_pages(pages_dir)
    seeds_dir = seeds_dir or default_seeds_dir()
    if "seeds" in use and (seeds_dir.is_dir() or seeds_dir != default_seeds_dir()):
        if not seeds_dir.is_dir():
            raise EvalDataError(f"{seeds_dir}: no such seeds directory")
        sets["seeds"] = load_seed_pages(seeds_dir)
    html: list[tuple[str, bytes, dict[str, Any]]] = []
    if "html" in use and (pages_dir / "html").is_dir():
        try:
            import trafilatura  # noqa: F401
        except ImportError:
            html = []  # the html extra is not installed: that set is left out
        else:
            html = load_html_pages(pages_dir / "html")
    if not sets and not html:
        raise EvalDataError("no labelled pages found: pass --pages DIR and/or --seeds DIR")
    total = CleanReport()
    if html:
        part = CleanReport()
        for name, data, gold in html:
            score_html_page(name, data, gold, cleaner, part)
        _merge(total, part, "html")
    for name, pages in sets.items():
        part = CleanReport()
        for page in pages:
            score_page(page, cleaner, part)
        _merge(total, part, name)
    return total


def _merge(total: CleanReport, part: CleanReport, name: str) -> None:
    total.per_set[name] = {k: v for k, v in part.to_json().items() if k not in ("sets", "errors")}
    for attr in ("body", "headings"):
        t, p = getattr(total, attr), getattr(part, attr)
        t.tp, t.fp, t.fn = t.tp + p.tp, t.fp + p.fp, t.fn + p.fn
    total.pages += part.pages
    total.titles_right += part.titles_right
    total.dates_right += part.dates_right
    total.errors += [{"set": name, **e} for e in part.errors]


# The headline and its repeats (left out on purpose), and spans running across paragraphs.
_TITLE_KINDS = frozenset({"title", "repeat", "outside spans"})


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 1.0


def evaluate_retention(polnear_dir: Path, config: Config | None = None) -> dict[str, Any]:
    """How much of the attributed speech of real news the cleaner keeps.

    PolNeAR marks who said what in political news articles; every Content and
    Source span that cleaning leaves out of the body is speech lost to later
    stages. Reported: the share kept, and what the lost spans were taken for.
    """
    from .polnear import read_polnear

    cleaner = Cleaner(config or Config())
    counts = {"content": [0, 0], "source": [0, 0]}
    lost: dict[str, int] = {}
    titles = 0
    docs = read_polnear(polnear_dir)
    for pdoc in docs:
        doc = cleaner(Document(pdoc.text, source=pdoc.name))
        titles += doc.title is not None
        dropped = [(s, e, k) for s, e, k in doc.meta.get("chrome", [])]
        for att in pdoc.attributions:
            for role, segs in (("content", att.content), ("source", att.source)):
                for seg in segs or ():
                    counts[role][1] += 1
                    if doc.in_body(seg):
                        counts[role][0] += 1
                        continue
                    kind = next((k for s, e, k in dropped if s < seg[1] and seg[0] < e), "outside spans")
                    lost[kind] = lost.get(kind, 0) + 1
    return {
        "documents": len(docs),
        "titles_found": round(titles / len(docs), 4) if docs else 0.0,
        "content_kept": _share(*counts["content"]),
        "source_kept": _share(*counts["source"]),
        "content_spans": counts["content"][1],
        "source_spans": counts["source"][1],
        "lost_as": dict(sorted(lost.items(), key=lambda kv: -kv[1])),
        # Spans lost to chrome patterns and rules (the headline is left out on purpose).
        "lost_to_chrome": sum(n for k, n in lost.items() if k not in _TITLE_KINDS),
    }


def render(report: CleanReport) -> str:
    """A short plain-text table of the figures."""
    rows = [("set", "pages", "body P", "body R", "heading P", "heading R", "title", "date")]
    for name, s in [*report.per_set.items(), ("all", report.to_json())]:
        rows.append(
            (
                name,
                str(s["pages"]),
                f"{s['body']['precision']:.3f}",
                f"{s['body']['recall']:.3f}",
                f"{s['headings']['precision']:.3f}",
                f"{s['headings']['recall']:.3f}",
                f"{s['title_accuracy']:.3f}",
                f"{s['date_accuracy']:.3f}",
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    if report.errors:
        out.append(f"\n{len(report.errors)} disagreements (see --json for the list)")
    return "\n".join(out)
