"""Clean stage: mark the article body of a scraped page, its title and its date.

Cleaning never rewrites ``Document.text``; it sets

- ``body``: one ``(start, end)`` span per paragraph of the article (the standfirst
  and section headings included), trimmed of whitespace (NBSP and zero-width
  characters too);
- ``title``: the headline, once (a title the reader supplies in ``meta`` wins);
  lines that repeat it are kept out of the body;
- ``published``: an ISO date, from ``meta`` (reader-supplied), else a dateline
  such as "Sunday, December 10, 2023", else the URL (``/2023/12/10/``);
- ``meta["outlet"]``: when the reader supplied none, the masthead line above the
  headline that reads like a publication's name (ends in an outlet word of
  ``data/chrome.yaml``: "The Harbor Ledger");
- ``meta["headings"]``: the spans of the body that are section headings, so that
  later stages do not take them for anyone's words;
- ``meta["chrome"]``: ``[start, end, what]`` of every line left out (``title``,
  ``repeat``, ``dateline`` or the kind of chrome), for debugging and evaluation.

A paragraph is a line, except in hard-wrapped text (most lines filled to a fixed
width), where consecutive filled lines join into one paragraph.

What is left out, in the order it is decided:

1. site chrome: lines matching a pattern of ``data/chrome.yaml`` (comment forms,
   captcha notices, share/subscribe/cookie lines, bylines, credits ...), rows of
   such items ("Sign in | Register"), and lines that only carry a date (or a
   date among such items: "Omar Sayed | 25 January 2022 | Views: 1532");
2. the page head above the headline (masthead, section labels) and every line
   repeating the headline. The headline is, among the headline-like lines the
   page opens with: the one the page repeats, else the one the URL names, else
   the one the dateline or byline follows, else the first that is neither a one-
   or two-word label nor a site's name (an outlet word, or named again in the
   page's chrome);
3. everything after the opening of the readers' comments ("3 Comments", "Leave a
   Reply"), once the story has had two paragraphs;
4. headline-like lines in a block opened by "More Articles", "Related", "Tags" ...
   (link lists), and short lines after the story's last paragraph;
5. the author's note ("Helga Sunn is an economist ...") when a byline names her;
6. pull quotes: a quoted line whose words a longer paragraph repeats.

Short unpunctuated lines between paragraphs stay, marked as headings.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .config import Config
from .errors import ConfigError
from .types import Document, Span

# Characters trimmed off paragraph ends besides str.isspace() ones (NBSP is one of those).
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
# Every Unicode space (what str.isspace() calls one: NBSP, NEL, ideographic space ...)
# and the invisible format characters.
_TRIM = "".join(ch for ch in map(chr, range(0x3001)) if ch.isspace()) + _INVISIBLE

_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})


def normalize(line: str) -> str:
    """The form chrome patterns and title repeats are matched on."""
    line = unicodedata.normalize("NFKC", line).translate(_QUOTES)
    for ch in _INVISIBLE:
        line = line.replace(ch, "")
    return " ".join(line.split()).lower()


# --- chrome patterns -------------------------------------------------------


@dataclass(frozen=True)
class ChromePatterns:
    line: tuple[tuple[str, re.Pattern[str]], ...]
    cased: tuple[tuple[str, re.Pattern[str]], ...]
    section: re.Pattern[str]
    outlet: re.Pattern[str]
    terminal: re.Pattern[str]

    def outlet_like(self, norm: str) -> bool:
        """A short line that reads like a publication's name ("Lindenport Evening Star")."""
        return words(norm) <= 5 and not re.search(r"\d", norm) and bool(self.outlet.search(norm))

    def kind(self, text: str, norm: str) -> str | None:
        """The chrome kind of a line, or None when it is not chrome. Some archives end
        every line with a period ("Getty.", "Follow us on Twitter."): one is ignored."""
        found = self._kind(text, norm)
        if found is None and norm.endswith(".") and not norm.endswith(".."):
            found = self._kind(text[:-1], norm[:-1])
        return found

    def _kind(self, text: str, norm: str) -> str | None:
        for kind, pat in self.line:
            if pat.fullmatch(norm):
                return kind
        for kind, pat in self.cased:
            if pat.fullmatch(text):
                return kind
        if self.section.fullmatch(norm):
            return "section"
        # A row of items: "Sign in | Register", "Terms · Privacy · Contact", and the
        # article's data line "Omar Sayed | 25 January 2022 | Views: 1532".
        parts = [p.strip(_TRIM) for p in _ITEM_SEP.split(text)]
        if len(parts) > 1 and all(parts):
            kinds = [self._row_item(p) for p in parts]
            if all(kinds) and any(k != "name" for k in kinds):
                return "date row" if "date" in kinds else next(k for k in kinds if k and k != "name")
        return None

    def _row_item(self, part: str) -> str | None:
        if kind := self._item_kind(normalize(part)):
            return kind
        if parse_dateline(part):
            return "date"
        return "name" if _NAME_ITEM.fullmatch(part) else None

    def _item_kind(self, norm: str) -> str | None:
        for kind, pat in self.line:
            if pat.fullmatch(norm):
                return kind
        return "section" if self.section.fullmatch(norm) else None


# A person's name as a row item: two to four capitalised words ("By Omar Sayed").
_NAME_ITEM = re.compile(r"(?:(?i:by):? )?[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}")
_ITEM_SEP = re.compile(r"\s[|•·/]\s|\s{3,}")


def _compile(patterns: list[str], flags: int = 0) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


def _load_yaml(text: str, name: str) -> dict[str, Any]:
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{name} is not valid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise ConfigError(f"{name}: expected a mapping of pattern groups")
    return raw


@lru_cache(maxsize=8)
def chrome_patterns(extra: str | None = None) -> ChromePatterns:
    """The patterns of ``data/chrome.yaml``, compiled once per process; ``extra`` is
    the path of a user file in the same layout whose patterns are added (a site's
    own chrome, see ``Config.chrome_path``)."""
    raw = _load_yaml(
        resources.files("stancegraph").joinpath("data/chrome.yaml").read_text("utf-8"), "data/chrome.yaml"
    )
    name = "data/chrome.yaml"
    if extra:
        name = extra
        try:
            user = _load_yaml(Path(extra).read_text(encoding="utf-8"), extra)
        except OSError as exc:
            raise ConfigError(f"{extra}: cannot read the chrome patterns file ({exc.strerror})") from exc
        for key in ("line", "cased"):
            for kind, pats in (user.get(key) or {}).items():
                raw.setdefault(key, {}).setdefault(kind, [])
                raw[key][kind] = list(raw[key][kind]) + list(pats)
        for key in ("section", "terminal", "outlet_words"):
            raw[key] = list(raw.get(key) or []) + list(user.get(key) or [])
    try:
        line = tuple((k, _compile(v)) for k, v in raw["line"].items())
        cased = tuple(
            (k, _compile([" ".join(p.split()) for p in v])) for k, v in raw.get("cased", {}).items()
        )
        section = _compile(raw["section"])
        terminal = _compile(raw["terminal"])
        outlet = re.compile(r"\b(?:" + "|".join(raw["outlet_words"]) + r")\Z")
    except (KeyError, TypeError, AttributeError, re.error) as exc:
        raise ConfigError(f"{name}: malformed chrome patterns ({exc})") from exc
    return ChromePatterns(line, cased, section, outlet, terminal)


# --- dates -------------------------------------------------------------------

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DATE_FORMS = (
    rf"\b{_MONTH} {_DAY},? {_YEAR}\b",  # December 10, 2023 / Dec. 10 2023
    rf"\b{_DAY} (?:of )?{_MONTH},? {_YEAR}\b",  # 10 December 2023
    r"\b(?P<year>(?:19|20)\d\d)[-/.](?P<mnum>[01]?\d)[-/.](?P<day>[0-3]?\d)(?!\d)",  # 2023-12-10
    r"(?<!\d)(?P<dd>[0-3]?\d)\.(?P<dm>[01]?\d)\.(?P<year>(?:19|20)\d\d)\b",  # 09.01.2018: day first
    r"(?<!\d)(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>(?:19|20)\d\d)\b",  # 10/12/2023 (if unambiguous)
)
_DATE_RES = tuple(re.compile(f, re.IGNORECASE) for f in _DATE_FORMS)

# What may surround the date on a line that is only a dateline.
_DATELINE_NOISE = re.compile(
    r"""(?ix)
    \b(?:first\ |last\ )?(?:published|posted|updated|modified|created|date[d]?|issued)(?:\ (?:on|at))?\b:?
    | \b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\b\.?
    | \b(?:at\ )?[0-2]?\d[:.][0-5]\d(?:[:.][0-5]\d)?(?:\ ?[ap]\.?\ ?m\.?)?
    | \b[0-1]?\d\ ?[ap]\.?m\.?
    | \b(?:gmt|utc|bst|cet|cest|est|edt|cst|cdt|pst|pdt|et|pt|ist|irst|msk|jst|ast)\b
      (?:\ ?[+-]\ ?\d{1,2}(?::?\d\d)?)?
    | [+-]\d{2}:?\d{2}\b
    | \bby\ .{1,40}$
    | \b(?:local\ time|today|yesterday|ago)\b
    | \b\d+\ (?:min|minute)s?\ read\b
    | [\s,|·•/\-–—:()\[\]]
    """
)


def _match_to_iso(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    year = int(g["year"])
    if g.get("mon"):
        month = _MONTHS[g["mon"].lower()[:3]]
        day = int(g["day"])
    elif g.get("mnum"):
        month, day = int(g["mnum"]), int(g["day"])
    elif g.get("dd"):
        # Dotted dates are written day first wherever they are used (Europe, Asia).
        day, month = int(g["dd"]), int(g["dm"])
    else:
        a, b = int(g["a"]), int(g["b"])
        if a > 12 >= b:
            day, month = a, b
        elif b > 12 >= a:
            month, day = a, b
        elif a == b:
            month = day = a
        else:
            return None  # 10/12/2023: day-first or month-first cannot be told
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def find_date(text: str) -> tuple[str, int, int] | None:
    """The first calendar date written in ``text``: (ISO date, start, end)."""
    best: tuple[str, int, int] | None = None
    for rx in _DATE_RES:
        for m in rx.finditer(text):
            iso = _match_to_iso(m)
            if iso and (best is None or m.start() < best[1]):
                best = (iso, m.start(), m.end())
            if iso:
                break
    return best


def parse_date(value: Any) -> str | None:
    """An ISO date (YYYY-MM-DD) from a date, a datetime, a Unix timestamp (seconds or
    milliseconds, as JSON exports carry them) or a string holding one."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and re.fullmatch(r"\d{10}(\d{3})?", value.strip()):
        value = int(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = value / 1000 if value > 1e11 else value
        if 0 < seconds < 4.1e9:  # 1970 to 2100
            return dt.datetime.fromtimestamp(seconds, dt.UTC).date().isoformat()
        return None
    if not isinstance(value, str) or not value.strip():
        return None
    found = find_date(value)
    return found[0] if found else _dateparser(value)


def _dateparser(value: str) -> str | None:
    """Dates in other languages and forms ("10 décembre 2023") through dateparser, when
    the ``dates`` extra is installed; only absolute dates with day, month and year."""
    if len(value) > 100:
        return None
    try:
        import dateparser
    except ImportError:
        return None
    settings = {"PARSERS": ["custom-formats", "absolute-time"], "REQUIRE_PARTS": ["day", "month", "year"]}
    try:
        parsed = dateparser.parse(value, settings=settings)
    except (ValueError, TypeError, OverflowError):
        return None
    return parsed.date().isoformat() if parsed else None


def parse_dateline(line: str) -> str | None:
    """The ISO date of a line that holds nothing but a date (and its decorations:
    weekday, time, time zone, "Published:", "Updated", "by ..."), else None."""
    if len(line) > 120:
        return None
    found = find_date(line)
    if not found:
        return None
    rest = line
    # "Published March 21, 2024 · Updated March 22, 2024": every date goes, the first is the one.
    while more := find_date(rest):
        rest = rest[: more[1]] + " " + rest[more[2] :]
    if _DATELINE_NOISE.sub("", rest).strip():
        return None
    return found[0]


_URL_DATE = re.compile(
    r"/((?:19|20)\d\d)[/-]([01]?\d)[/-]([0-3]?\d)(?:/|-|$)|/((?:19|20)\d\d)([01]\d)([0-3]\d)/"
)


_SLUG_STOP = {
    "the",
    "a",
    "an",
    "of",
    "in",
    "on",
    "to",
    "for",
    "and",
    "with",
    "html",
    "htm",
    "php",
    "amp",
    "news",
}


def _slug_words(url: Any) -> set[str]:
    """The words of a URL's last path segment ("/2021/03/19/bridge-vote/" -> bridge, vote)."""
    if not isinstance(url, str):
        return set()
    path = re.sub(r"[?#].*", "", url).rstrip("/")
    last = path.rsplit("/", 1)[-1].lower()
    return {w for w in re.split(r"[-_.+]", last) if w.isalpha() and w not in _SLUG_STOP}


def date_from_url(url: str | None) -> str | None:
    """The date in a URL path such as ``/2023/12/10/`` or ``/20231210/``."""
    if not url:
        return None
    m = _URL_DATE.search(url)
    if not m:
        return None
    y, mo, d = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
    try:
        return dt.date(int(y), int(mo), int(d)).isoformat()
    except ValueError:
        return None


# --- lines -------------------------------------------------------------------


@dataclass
class Line:
    start: int  # trimmed span of the line's content
    end: int
    text: str
    norm: str
    block: int  # index of the blank-line separated block
    label: str = "body"  # body | heading | title | repeat | dateline | chrome
    kind: str = ""  # chrome kind, or how a title/heading was found
    date: str | None = None


_MD_HEADING = re.compile(r"#{1,6}[ \t]+")
_BYLINE_LEAD = re.compile(r"(?i)^(?:(?:written|words|story|reporting) )?by\s+")
_NAME_SPLIT = re.compile(r",|;| and | & | - | – | \| | for | in ")
_BIO_VERBS = r"(?:is|was|covers|writes|reports|has|teaches|works|edits|leads|lives)"
# One element around plain words, closed by the same tag: <tweet author="...">words</tweet>.
_WRAPPED_IN_TAGS = re.compile(r"<([a-z][a-z0-9-]*)(?: [^<>]*)?>([^<>]*\w[^<>]*)</\1>\.?")
# A line that is nothing but a quotation (after normalize(): straight quotes).
_QUOTED_LINE = re.compile(r"[\"']([^\"]+?)[\"']\.?")
_LIST_ITEM = re.compile(r"(?:[-*+•–—]|\d{1,3}[.)])\s")
# "Q: ...", "A: ...", "MARR: ..." open the turns of a transcript, never a heading.
_SPEAKER_TURN = re.compile(r"[A-Z][A-Za-z.'’ -]{0,30}:\s")
_TERMINAL = re.compile(r"""[.!?;:,…]["'’”»)\]]*\Z""")
_ABBREV_END = re.compile(r"(?:\b[A-Z]\.){2,}\Z|\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St)\.\Z")


def split_lines(text: str) -> Iterator[Line]:
    """Every non-blank line of ``text`` with its trimmed span and block number.
    Lines end at "\n" (a "\r" before it is trimmed), or at "\r" in old Mac text."""
    block = 0
    pos = 0
    blank_run = True
    newline = "\r" if "\n" not in text and "\r" in text else "\n"
    for raw in text.split(newline):
        s, e = pos, pos + len(raw)
        pos = e + 1
        stripped = raw.strip(_TRIM)
        if not stripped:
            if not blank_run:
                block += 1
            blank_run = True
            continue
        blank_run = False
        s += len(raw) - len(raw.lstrip(_TRIM))
        e -= len(raw) - len(raw.rstrip(_TRIM))
        yield Line(s, e, text[s:e], normalize(text[s:e]), block)


def words(line: str) -> int:
    return len(line.split())


def ends_sentence(line: str) -> bool:
    """True when a line ends like a sentence (a period not closing an abbreviation like U.S.)."""
    if not _TERMINAL.search(line):
        return False
    bare = line.rstrip("\"'’”»)]")
    return not _ABBREV_END.search(bare)


def headline_like(line: str, max_words: int = 25) -> bool:
    """A short line that does not end like a sentence: a title, heading or link text."""
    bare = _MD_HEADING.sub("", line, count=1)
    if not bare or words(bare) > max_words or len(bare) > 220:
        return False
    if bare[0].islower():
        return False
    return not ends_sentence(bare) or bare.rstrip("\"'’”»)]").endswith(("?", "!"))


_MINOR_WORDS = frozenset(
    re.findall(
        r"\w+",
        "a an the and or but nor of in on at to for with by from as is are be vs via over into "
        "after up out off than that its it his her their our",
    )
)


def title_case(line: str) -> bool:
    """Most content words capitalised ("Council Votes Down Tram Budget."), as headlines
    are written and sentences are not."""
    content = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if w.lower() not in _MINOR_WORDS]
    return len(content) >= 3 and sum(w[0].isupper() for w in content) >= 0.8 * len(content)


def is_paragraph(line: str) -> bool:
    """A line that reads as running text (ends a sentence and is not tiny)."""
    return ends_sentence(line) and words(line) >= 8


def hard_wrapped(lines: list[Line]) -> int:
    """The wrap width when the text is hard-wrapped, else 0: most lines of the story
    are filled to about one width, and most filled lines break off mid-sentence
    (short one-line paragraphs of even length end their sentences)."""
    lines = [ln for ln in lines if ln.label in ("body", "heading")]
    if len(lines) < 6:
        return 0
    width = max(len(ln.text) for ln in lines)
    if not 40 <= width <= 110:
        return 0
    filled = [ln for ln in lines if len(ln.text) >= 0.7 * width]
    mid_sentence = sum(1 for ln in filled if not ends_sentence(ln.text))
    multi_line_blocks = len({ln.block for ln in lines}) < len(lines)
    if multi_line_blocks and len(filled) >= 0.5 * len(lines) and mid_sentence >= 0.5 * len(filled):
        return width
    return 0


# --- the stage ----------------------------------------------------------------


class Cleaner:
    """Mark body paragraphs, title and date of a (scraped) article."""

    name = "clean"

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        extra = getattr(self.config, "chrome_path", None)
        self.patterns = chrome_patterns(str(extra) if extra else None)

    def __call__(self, doc: Document) -> Document:
        lines = list(split_lines(doc.text))
        self._label_chrome(lines, doc.meta)
        title = self._label_title(lines, doc.meta)
        self._label_comments(lines)
        self._label_sections(lines)
        width = hard_wrapped(lines)
        self._label_headings(lines, width)
        self._label_author_notes(lines, doc.meta)
        self._label_pull_quotes(lines)
        doc.title = title
        doc.published = self._published(lines, doc.meta)
        # A plain-text page names its publication only in its masthead.
        if not (doc.meta.get("outlet") or doc.meta.get("sitename")) and (masthead := self._masthead(lines)):
            doc.meta["outlet"] = masthead
        doc.body, headings = self._paragraphs(lines, width)
        doc.meta["headings"] = headings
        # What each left-out line was taken for: title, repeat (of the title), dateline,
        # or the kind of chrome (a group of data/chrome.yaml, or a rule: masthead, ...).
        doc.meta["chrome"] = [
            [ln.start, ln.end, ln.kind if ln.label == "chrome" else ln.label]
            for ln in lines
            if ln.label not in ("body", "heading")
        ]
        return doc

    def _label_chrome(self, lines: list[Line], meta: dict[str, Any]) -> None:
        outlet = normalize(str(meta.get("outlet") or meta.get("sitename") or ""))
        for ln in lines:
            if m := _WRAPPED_IN_TAGS.fullmatch(ln.text):
                # An embed left as markup (<tweet author=...>words</tweet>): its words
                # are somebody's, so the body keeps them and drops the tags.
                inner = m.group(2)
                lead = len(inner) - len(inner.lstrip(_TRIM))
                ln.start += m.start(2) + lead
                ln.end = ln.start + len(inner.strip(_TRIM))
                ln.text = inner.strip(_TRIM)
                ln.norm = normalize(ln.text)
            kind = self.patterns.kind(ln.text, ln.norm)
            if kind == "date row" and (found := find_date(ln.text)):
                ln.label, ln.kind, ln.date = "dateline", "dateline", found[0]
            elif kind:
                ln.label, ln.kind = "chrome", kind
            elif outlet and ln.norm == outlet:
                ln.label, ln.kind = "chrome", "outlet"
            elif date := parse_dateline(ln.text):
                ln.label, ln.date = "dateline", date
                ln.kind = "updated" if re.search(r"(?i)\b(updated|modified)\b", ln.text) else "dateline"

    def _masthead(self, lines: list[Line]) -> str | None:
        """The publication's name: a line above the headline taken for the masthead
        that reads like a publication's name ("The Harbor Ledger", "Northgate Courier")."""
        for ln in lines:
            if ln.label == "title":
                return None
            if ln.label == "chrome" and ln.kind == "masthead" and self.patterns.outlet_like(ln.norm):
                return _MD_HEADING.sub("", ln.text, count=1).strip(_TRIM)
        return None

    def _label_pull_quotes(self, lines: list[Line]) -> None:
        """A short line that only quotes words found again in a longer paragraph is a
        pull quote: it would count the same words twice."""
        body = [ln for ln in lines if ln.label in ("body", "heading")]
        quoted = []
        for ln in body:
            m = _QUOTED_LINE.fullmatch(ln.norm)
            if m and 3 <= words(m.group(1)) <= 25:
                quoted.append((ln, m.group(1).rstrip(".,!?…")))
        if len(quoted) > 50:
            return  # a transcript or a list of quotations, not a magazine layout
        joined = "\n".join(ln.norm for ln in body)
        for ln, inner in quoted:
            if joined.count(inner) < 2:
                continue  # found only in itself: the usual case, settled without a scan
            if any(
                other is not ln and len(other.norm) > len(ln.norm) and inner in other.norm for other in body
            ):
                ln.label, ln.kind = "chrome", "pull quote"

    def _label_author_notes(self, lines: list[Line], meta: dict[str, Any]) -> None:
        """One of the last two body lines that opens with the byline's name and says who
        they are ("Helga Sunn is an economist at ...") is the author's note."""
        names = set()
        author = meta.get("author")
        for raw in ([author] if isinstance(author, str) else []) + [
            _BYLINE_LEAD.sub("", ln.text) for ln in lines if ln.kind == "byline"
        ]:
            for name in _NAME_SPLIT.split(raw):
                if 2 <= len(name.split()) <= 4:
                    names.add(name.strip())
        if not names:
            return
        note = re.compile(r"(?:" + "|".join(map(re.escape, names)) + r") " + _BIO_VERBS + r"\b")
        # Notes close the page; earlier, the same name may be a person in the story.
        for ln in [ln for ln in lines if ln.label == "body"][-2:]:
            if note.match(ln.text):
                ln.label, ln.kind = "chrome", "author note"

    def _label_title(self, lines: list[Line], meta: dict[str, Any]) -> str | None:
        given = str(meta.get("title") or "").strip()
        content = [ln for ln in lines if ln.label == "body"]
        title: str | None = given or None
        if not title:
            # The page's head: the headline-like lines it opens with (a story follows).
            head: list[Line] = []
            longer = 0  # section menus ("World", "Europe", ...) do not use up the window
            for i, ln in enumerate(content[:20]):
                if i + 1 >= len(content) or longer >= 6:
                    break
                longer += words(ln.text) > 2
                if not headline_like(ln.text):
                    # Some archives end every headline with a period. Title Case gives it
                    # away, or a short first line set apart above a long paragraph.
                    nxt = content[1]
                    short_above_long = (
                        words(ln.text) <= 12
                        and nxt.block != ln.block
                        and words(nxt.text) >= max(15, 1.5 * words(ln.text))
                    )
                    headline = title_case(ln.text) or short_above_long
                    if i == 0 and headline and ends_sentence(ln.text) and words(ln.text) <= 20:
                        head.append(ln)
                    break
                head.append(ln)
            chosen = self._choose_title(head, lines, meta)
            if chosen is not None:
                for ln in head[: head.index(chosen)]:
                    ln.label, ln.kind = "chrome", "masthead"
                chosen.label = "title"
                title = _MD_HEADING.sub("", chosen.text, count=1).strip(_TRIM)
        if title:
            key = normalize(title)
            for ln in lines:
                if ln.label in ("body", "chrome") and self._repeats_title(ln.norm, key):
                    ln.label, ln.kind = "repeat", "title repeat"
            # Section labels between the headline and the story ("World", "Opinion").
            after = False
            for ln in lines:
                if ln.label == "title":
                    after = True
                elif after and ln.label == "body":
                    bare = _MD_HEADING.sub("", ln.text, count=1)
                    if words(bare) > 2 or not headline_like(bare):
                        break
                    ln.label, ln.kind = "chrome", "kicker"
        return title

    def _choose_title(self, head: list[Line], lines: list[Line], meta: dict[str, Any]) -> Line | None:
        """The headline among the head lines: one the page repeats, else one the URL
        names, else the first that is neither a section label nor the site's name."""
        if not head:
            return None
        for ln in head:
            if sum(1 for other in lines if other.norm == ln.norm) > 1:
                ln.kind = "repeated"
                return ln
        slug = _slug_words(meta.get("url"))
        if slug:
            overlap = [(len(slug & set(re.findall(r"[a-z0-9]+", ln.norm))), -k) for k, ln in enumerate(head)]
            best, neg_k = max(overlap)
            if best >= min(2, len(slug)):
                head[-neg_k].kind = "url"
                return head[-neg_k]
        # The site's name shows again in its chrome ("© 2024 The Harbor Lantern").
        chrome_text = " | ".join(ln.norm for ln in lines if ln.label == "chrome")
        first: Line | None = None
        for k, ln in enumerate(head):
            bare = _MD_HEADING.sub("", ln.text, count=1)
            last = k == len(head) - 1
            named_in_chrome = words(bare) <= 5 and re.search(rf"\b{re.escape(ln.norm)}\b", chrome_text)
            if not last and (words(bare) <= 2 or self.patterns.outlet_like(ln.norm) or named_in_chrome):
                continue
            first = ln
            break
        if first is None:
            return None
        # A later head line that the byline or dateline follows is the headline, and
        # the lines above it an organisation's or section's name, unless it is much
        # longer than the first (then it is the standfirst, under the headline).
        index = {id(ln): i for i, ln in enumerate(lines)}
        for ln in head[head.index(first) + 1 :]:
            i = index[id(ln)]
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            dated = nxt is not None and (nxt.label == "dateline" or nxt.kind == "byline")
            repeat = self._repeats_title(ln.norm, _MD_HEADING.sub("", first.norm, count=1))
            n, n_first = words(ln.text), words(first.text)
            short = n <= n_first + 3
            if dated and not repeat and short and n >= 3:
                ln.kind = "above the dateline"
                return ln
        first.kind = "first line"
        return first

    @staticmethod
    def _repeats_title(norm: str, key: str) -> bool:
        norm = _MD_HEADING.sub("", norm, count=1)
        if norm == key:
            return True
        # "Title | Outlet", "Title - Outlet": the page <title> form, on either side
        # (the reader's title may be the <title> and the page line the bare headline).
        longer, shorter = (norm, key) if len(norm) > len(key) else (key, norm)
        if len(shorter.split()) >= 3 and longer.startswith(shorter):
            tail = longer[len(shorter) :].strip()
            return bool(re.fullmatch(r"[|\-–—:·•] ?\S+( \S+){0,4}", tail))
        return False

    def _label_comments(self, lines: list[Line]) -> None:
        """Everything after the opening of the readers' comments, once the story has begun."""
        paragraphs = 0
        for i, ln in enumerate(lines):
            if ln.label == "body" and is_paragraph(ln.text):
                paragraphs += 1
            elif (
                paragraphs >= 2
                and ln.label in ("body", "chrome")
                and self.patterns.terminal.fullmatch(ln.norm)
            ):
                for rest in lines[i:]:
                    if rest.label in ("body", "chrome", "dateline", "repeat"):
                        rest.label, rest.kind = "chrome", "comments"
                return

    def _label_sections(self, lines: list[Line]) -> None:
        """Headline-like lines after "More Articles", "Related", "Tags"... are link lists."""
        in_section = False
        for ln in lines:
            if ln.label == "chrome" and ln.kind == "section":
                in_section = True
            elif in_section and ln.label == "body":
                if is_paragraph(ln.text):
                    in_section = False
                else:
                    ln.label, ln.kind = "chrome", "section"

    def _label_headings(self, lines: list[Line], width: int) -> None:
        """Short unpunctuated lines between paragraphs are section headings; after
        the last paragraph they are page furniture."""
        body_idx = [i for i, ln in enumerate(lines) if ln.label == "body"]
        short = {i: self._heading_like(lines, i, width) for i in body_idx}
        last_para = max((i for i in body_idx if not short[i]), default=-1)
        if last_para < 0:
            return  # only short lines (a list, a poem): nothing to tell headings by
        seen_body = False
        for i in body_idx:
            ln = lines[i]
            if short[i] and i > last_para >= 0:
                ln.label, ln.kind = "chrome", "trailing"
            elif short[i] and seen_body:
                ln.label, ln.kind = "heading", "short line"
            else:
                seen_body = True

    def _heading_like(self, lines: list[Line], i: int, width: int) -> bool:
        """A short line with no end punctuation at all (a question or an exclamation
        in the middle of a story is a sentence), no quotation, not a list item or a
        transcript turn, and not the first line of a hard-wrapped paragraph."""
        text = lines[i].text
        return (
            headline_like(text, 12)
            and len(text) <= 100
            and not text.rstrip("\"'’”»)]").endswith(("?", "!", "…"))
            and not any(q in text for q in '"“”«»')
            and text[0] not in "'‘"
            and not _LIST_ITEM.match(text)
            and not _SPEAKER_TURN.match(text)
            and not self._wraps(lines, i, width)
        )

    def _published(self, lines: list[Line], meta: dict[str, Any]) -> str | None:
        for key in ("published", "date", "date_published"):
            if iso := parse_date(meta.get(key)):
                return iso
        datelines = [ln for ln in lines if ln.label == "dateline"]
        for ln in sorted(datelines, key=lambda ln: ln.kind == "updated"):
            return ln.date
        return date_from_url(meta.get("url"))

    @staticmethod
    def _wraps(lines: list[Line], i: int, width: int) -> bool:
        """In hard-wrapped text: line ``i`` was filled and runs on into the next line."""
        if not width or i + 1 >= len(lines):
            return False
        ln, nxt = lines[i], lines[i + 1]
        return (
            ln.label == "body"
            and nxt.label == "body"
            and nxt.block == ln.block
            and len(ln.text) >= 0.6 * width
        )

    def _paragraphs(self, lines: list[Line], width: int) -> tuple[list[Span], list[Span]]:
        body: list[Span] = []
        headings: list[Span] = []
        joining = False
        for i, ln in enumerate(lines):
            if ln.label not in ("body", "heading"):
                joining = False
                continue
            start = ln.start
            if m := _MD_HEADING.match(ln.text):
                start += m.end()
            if ln.label == "heading":
                headings.append((start, ln.end))
            if joining:
                body[-1] = (body[-1][0], ln.end)
            else:
                body.append((start, ln.end))
            joining = self._wraps(lines, i, width)
        return body, headings
