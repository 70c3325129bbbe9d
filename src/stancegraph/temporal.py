"""Temporal expressions inside statements: when it was said, and which times it is about.

Runs at the end of the statements stage (``StatementFinder`` calls
``annotate_times``). For every statement it fills ``Statement.times`` with
``TimeExpr`` objects: a stand-off span into ``doc.text``, the text, a normalized
``value`` and its ``granularity``, and a ``role``:

* ``said``: a time attached to the cue's clause ("Varga *said on Tuesday*",
  "told reporters *two days ago*"): when the words were said. Only expressions of
  the cue's sentence that lie outside the content and the speaker and whose
  dependency path reaches the cue without crossing another verb or the speaker's
  phrase count, so the minister "who resigned last week" gives no said-time. What is
  reported was said by the time of writing: a said-time looks back unless the cue
  is future ("will say on Tuesday").
* ``content``: a time inside the content span: what the statement talks about. In a
  split quotation ("“A,” Varga said on Tuesday, “B.”") the interruption between the
  marks is the reporter's, so its time is a said-time.

Proposals come from spaCy's DATE/TIME entities and from patterns for what the
small model misses ("last week", "two days ago", "in 2019", "since March",
"mid-March", "the first quarter of 2023"). Ages, frequencies and bare durations
("70-year-old", "every year", "for two years") are not times and are dropped.

Normalization. Absolute expressions ("March 3, 2021", "in 2019") are resolved
whether or not the document has a date. Relative ones ("yesterday", "next month",
"on Tuesday") are resolved against a reference day: the publication date; for a
direct quotation whose said-time is a known day, that day (in a quotation,
"yesterday" is the speaker's yesterday; in reported speech the reporter re-anchors
deictic words, so the publication date stays the reference). Without a reference
day a relative expression keeps ``value = None``. Bare weekday and month names
take their direction from explicit words ("last", "next", "ago") or else from the
tense of the verb governing them: "met on Tuesday" is the latest Tuesday up to the
reference day, "will meet on Tuesday" the next one from it (the reference day
itself included, the way wire copy names the day of publication by its weekday);
a day that names an event ("Monday's debate") is the nearest such day.
Weekdays, weekends, months without a year, seasons (told at their year's
granularity), decades and quarters are resolved here; everything else goes to
``dateparser`` with ``RELATIVE_BASE`` and ``PREFER_DATES_FROM`` set from the same
direction. DATE entities lose what the small model sweeps into them ("essay last
week", "between January 1", "Last week Stumpf"), and a day word inside a name
("USA Today") is no time.

Values by granularity: ``time`` ``YYYY-MM-DDTHH:MM``, ``day`` ``YYYY-MM-DD``,
``week`` ``YYYY-Www`` (ISO week), ``month`` ``YYYY-MM``, ``quarter`` ``YYYY-Qn``,
``year`` ``YYYY``, ``decade`` ``YYYX`` (EDTF, "199X" for the 1990s). An anchored
expression that cannot be resolved ("the past 40 years", "a few days ago",
"in the last year", "Ramadan") is kept with ``value = None`` and the granularity its
unit suggests (or None): it still shows the statement is about some time, and a
reader sees it was not guessed. Nothing here raises on odd input: a parser error
means ``value = None``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from typing import TYPE_CHECKING, Any

import yaml

from .errors import MissingExtra
from .types import Document, Paragraph, Span, Statement, TimeExpr

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

# Coarsest last; the order is also the order of precision shown to users.
GRANULARITIES = ("time", "day", "week", "month", "quarter", "year", "decade")
ROLES = ("said", "content")
_ENT_LABELS = {"DATE", "TIME"}
_VERB_TAGS = {"VB", "VBD", "VBZ", "VBP", "VBN", "VBG", "MD"}
_FUTURE_AUX = {"will", "'ll", "’ll", "shall", "wo", "would", "'d", "’d"}
_PERFECT_AUX = {"have", "has", "had", "'ve", "’ve"}
_PAST_BE = {"was", "were"}
_PRESENT_BE = {"is", "are", "am", "'s", "’s", "'re", "’re"}
# Years a bare four-digit number may stand for.
_YEARS = r"(?:1[5-9]|20|21)\d\d"


@dataclass(frozen=True)
class Lexicon:
    months: dict[str, int]  # lower-case name or abbreviation -> month number
    abbreviations: frozenset[str]  # the abbreviated month names ("sept"), which may take a dot
    weekdays: tuple[str, ...]
    deictic: dict[str, int]
    parts: tuple[str, ...]
    units: tuple[str, ...]
    numbers: dict[str, int]
    vague: tuple[str, ...]
    past_words: frozenset[str]
    future_words: frozenset[str]
    narrowing: tuple[str, ...]
    not_times: frozenset[str]
    quarters: dict[str, int]
    # Nouns a DATE entity may hold ("the end of the year"); any other noun starts it afresh
    # ("essay last week" is "last week").
    keep: frozenset[str]
    calendar: frozenset[str]  # month and weekday names and abbreviations, lower case


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """``data/temporal.yaml``, read once per process."""
    raw: dict[str, Any] = yaml.safe_load(
        resources.files("stancegraph").joinpath("data/temporal.yaml").read_text(encoding="utf-8")
    )
    months: dict[str, int] = {}
    for i, (name, abbrs) in enumerate(raw["months"].items(), start=1):
        months[str(name).lower()] = i
        for a in abbrs or ():
            months[str(a).lower()] = i
    return Lexicon(
        months=months,
        abbreviations=frozenset(str(a).lower() for abbrs in raw["months"].values() for a in abbrs or ()),
        keep=frozenset(
            [*(f"{u}{s}" for u in raw["units"] for s in ("", "s")), *raw["narrowing"], *raw["parts_of_day"],
             *raw["deictic_days"], *raw["time_nouns"], *raw["past_words"], *raw["future_words"],
             "this", "current", "following"]
        ),
        calendar=frozenset([*months, *(str(w).lower() for w in raw["weekdays"])]),
        weekdays=tuple(str(w).lower() for w in raw["weekdays"]),
        deictic={str(k).lower(): int(v) for k, v in raw["deictic_days"].items()},
        parts=tuple(raw["parts_of_day"]),
        units=tuple(raw["units"]),
        numbers={str(k).lower(): int(v) for k, v in raw["number_words"].items()},
        vague=tuple(raw["vague_numbers"]),
        past_words=frozenset(raw["past_words"]),
        future_words=frozenset(raw["future_words"]),
        narrowing=tuple(raw["narrowing"]),
        not_times=frozenset(raw["not_times"]),
        quarters={str(k).lower(): int(v) for k, v in raw["quarter_ordinals"].items()},
    )


def _alt(words: Iterable[str]) -> str:
    """A regex alternation, longest first so that "the day before yesterday" beats "yesterday"."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class Patterns:
    """The compiled proposal patterns and the normalizer's regexes, built once from the lexicon."""

    # Each proposal pattern with the lower-case words one of which it cannot match without:
    # a substring test skips most patterns on most paragraphs (regex scans are the cost).
    proposals: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]
    anchor: re.Pattern[str]
    not_time: re.Pattern[str]
    clock: re.Pattern[str]
    narrowing: re.Pattern[str]
    weekday: re.Pattern[str]
    weekend: re.Pattern[str]
    month: re.Pattern[str]
    month_year: re.Pattern[str]
    day_of_year: re.Pattern[str]
    year: re.Pattern[str]
    decade: re.Pattern[str]
    quarter: re.Pattern[str]
    unresolvable: re.Pattern[str]
    stretch: re.Pattern[str]
    season: re.Pattern[str]
    unit: re.Pattern[str]


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    lex = load_lexicon()
    # Month and weekday names are matched capitalized ("May" the month, not "may" the verb).
    month_names = sorted(lex.months, key=len, reverse=True)
    month_cap = "(?:" + "|".join(
        m.capitalize() + (r"\.?" if m in lex.abbreviations else "") for m in month_names
    ) + r")(?![A-Za-z])"
    weekday_cap = "(?:" + "|".join(w.capitalize() for w in lex.weekdays) + r")\b"
    deictic = _alt(lex.deictic)
    parts = _alt(lex.parts)
    units = _alt(lex.units)
    nums = _alt([*lex.numbers, *lex.vague])
    rel = r"(?:last|next|this|coming|previous|past|following|current)"
    day_num = r"\d{1,2}(?:st|nd|rd|th)?"
    prep = (
        r"(?i:in|since|until|till|by|from|before|after|during|through|throughout|of|to|between|and|"
        r"around|as\s+of|as\s+early\s+as|as\s+late\s+as)"
    )
    mod = r"(?i:early\s+|late\s+|mid-?\s*|last\s+|next\s+|this\s+|the\s+end\s+of\s+|the\s+start\s+of\s+)"
    proposals = (
        # yesterday, the day after tomorrow, last night, this morning (+ part of day)
        rf"\b(?P<t>(?i:(?:{deictic})(?:\s+(?:{parts}))?|last\s+night|this\s+(?:{parts})))\b",
        # (last|next|this) Tuesday (morning)
        rf"\b(?P<t>(?:(?i:last|next|this|coming|past)\s+)?{weekday_cap}(?:\s+(?i:{parts}))?)",
        # (earlier|later) (the) last/next/this week|month|year|weekend
        rf"\b(?P<t>(?i:(?:(?:earlier|later)\s+)?(?:the\s+)?{rel}\s+(?:{units})s?))\b",
        # the end/beginning/middle of the year|this month|next week
        r"\b(?P<t>(?i:(?:the\s+)?(?:end|beginning|start|middle|rest|turn)\s+of\s+"
        r"(?:the\s+|this\s+|last\s+|next\s+)?(?:week|month|year|decade)))\b",
        # two days ago, a few weeks ago
        rf"\b(?P<t>(?i:(?:\d+|{nums})\s+(?:{units})s?\s+ago))\b",
        # March 3(, 2021) | 3 March 2021 | March 2021
        rf"\b(?P<t>{month_cap}\s+{day_num}\b(?:,?\s+{_YEARS}\b)?"
        rf"|{day_num}\s+(?i:of\s+)?{month_cap}(?:,?\s+{_YEARS}\b)?"
        rf"|{month_cap},?\s+{_YEARS}\b)",
        # in 2019, since March, by early 2026, until mid-March
        rf"(?<![\w-]){prep}\s+(?P<t>{mod}?(?:{month_cap}|{_YEARS}\b(?![-–/]\d)))",
        # early 2019, last March, mid-March (without a preposition)
        rf"\b(?P<t>(?i:early\s+|late\s+|mid-?\s*|last\s+|next\s+)(?:{month_cap}|{_YEARS}\b))",
        # the 1990s, the early '80s
        r"(?P<t>(?:\b(?i:the)\s+)?(?:(?i:early|mid|late)[- ]?)?(?:\b(?:1[0-9]|20)\d0s\b|['’]\d0s\b))",
        # the first quarter of 2023, Q3 2024
        rf"\b(?P<t>(?i:(?:the\s+)?(?:first|second|third|fourth|final|last)\s+quarter"
        rf"(?:\s+of\s+(?:{_YEARS}|this\s+year|last\s+year|next\s+year))?)|Q[1-4]\s+{_YEARS})\b",
        # 3 p.m., 10:30 am, noon, midnight
        r"\b(?P<t>\d{1,2}(?::\d\d)?\s*(?i:a\.m\.|p\.m\.|am\b|pm\b)|(?i:noon|midnight)\b)",
        # in two weeks, three days from now: the "in" is what makes it a time
        rf"\b(?P<t>(?i:in\s+(?:\d+|{nums})\s+(?:{units})s?|(?:\d+|{nums})\s+(?:{units})s?\s+from\s+now))\b",
        # spring 2019, last summer, the fall of 1960
        r"\b(?P<t>(?i:(?:last|next|this|coming|past)\s+(?:spring|summer|autumn|fall|winter))"
        rf"|(?i:(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?){_YEARS})\b",
    )
    month_gates = tuple({m[:3] for m in lex.months})
    gates: tuple[tuple[str, ...], ...] = (
        (*lex.deictic, "night", *lex.parts),
        ("day",),  # every weekday name
        ("last", "next", "this", "coming", "previous", "past", "following", "current"),
        ("end of", "beginning of", "start of", "middle of", "rest of", "turn of"),
        ("ago",),
        month_gates,
        (*month_gates, *(str(c) for c in range(15, 22))),  # a month, or a year's first two digits
        ("early", "late", "mid", "last", "next"),
        ("0s",),
        ("quarter", "q1", "q2", "q3", "q4"),
        ("a.m", "p.m", "am", "pm", "noon", "midnight"),
        ("in ", "from now"),
        ("spring", "summer", "autumn", "fall", "winter"),
    )
    compiled = tuple(zip(gates, (re.compile(p) for p in proposals), strict=True))
    anchor_words = "|".join(
        [rel, "ago", "earlier", "later", "end", "beginning", "start", "middle", "weekend", deictic,
         r"\d{3}0s", "quarter"]
    )
    return Patterns(
        proposals=compiled,
        anchor=re.compile(rf"(?i:\b(?:{anchor_words})\b)|{month_cap}|{weekday_cap}|\b{_YEARS}\b"),
        # ages ("70-year-old") and compounds ("last-minute", "a two-day visit") are no times
        not_time=re.compile(
            rf"\b(?:{_alt(lex.not_times)})\b|\d+-(?:year|month|week|day)-|\w-(?:minute|hour|day|week|month|year)s?\b",
            re.I,
        ),
        clock=re.compile(
            r"\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\d:\d\d|\bnoon\b|\bmidnight\b|o'clock", re.I
        ),
        narrowing=re.compile(
            rf"^(?:the\s+)?(?:very\s+)?(?:{_alt(lex.narrowing)})(?:-|\s+of\s+|\s+in\s+|\s+)(?:the\s+)?", re.I
        ),
        weekday=re.compile(
            rf"^(?:(last|next|this|coming|past)\s+)?({_alt(lex.weekdays)})(?:\s+(?:{parts}))?$", re.I
        ),
        weekend=re.compile(r"^(?:(last|next|this|coming|past)\s+)?weekend$", re.I),
        month=re.compile(rf"^(?:(last|next|this|coming|past)\s+)?({_alt(lex.months)})\.?$", re.I),
        month_year=re.compile(rf"^({_alt(lex.months)})\.?,?\s+(?:of\s+)?({_YEARS})$", re.I),
        day_of_year=re.compile(
            rf"^({_alt(lex.months)})\.?(?:\s+(\d{{1,2}})(?:st|nd|rd|th)?)?,?\s+of\s+(last|this|next)\s+year$",
            re.I,
        ),
        year=re.compile(rf"^(?:the\s+year\s+)?({_YEARS})$", re.I),
        decade=re.compile(r"^(?:(\d{3})0s|['’](\d)0s|(this)\s+decade)$", re.I),
        quarter=re.compile(
            rf"^(?:({_alt(lex.quarters)})\s+quarter(?:\s+of\s+(?:({_YEARS})|(this|last|next)\s+year))?"
            rf"|q([1-4])\s+({_YEARS}))$",
            re.I,
        ),
        unresolvable=re.compile(
            rf"^(?:(?:last|past|next|coming|previous|following|recent)\s+(?:(?:\d+|{nums})\s+)?(?:{units})s"
            rf"|(?:previous|following|recent)\s+(?:{units})s?"
            rf"|(?:{_alt(lex.vague)})\s+(?:{units})s?\s+ago"
            rf"|(?:last|past|previous|next|coming)\s+decade"
            # counted from a time the story tells of, not from the day of writing
            rf"|(?:\d+|{nums})\s+(?:{units})s?\s+(?:later|earlier|before|after)"
            # a span of years written as one ("2019-20", "2019/2020")
            rf"|{_YEARS}[-–/](?:\d\d|{_YEARS}))$",
            re.I,
        ),
        stretch=re.compile(r"^the\s+(?:last|past|next|coming)\s+(day|week|month|year|decade)$", re.I),
        season=re.compile(
            rf"^(?:(last|next|this|coming|past)\s+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?({_YEARS}))?$",
            re.I,
        ),
        unit=re.compile(rf"\b({units})s?\b|{month_cap}|\b{_YEARS}\b|{weekday_cap}", re.I),
    )


# --------------------------------------------------------------------------- normalizing


def _fmt(d: dt.date | dt.datetime, granularity: str) -> str:
    if granularity == "time" and isinstance(d, dt.datetime):
        return d.strftime("%Y-%m-%dT%H:%M")
    if granularity == "week":
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}"
    if granularity == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if granularity == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if granularity == "year":
        return f"{d.year:04d}"
    if granularity == "decade":
        return f"{d.year // 10:03d}X"
    return (d.date() if isinstance(d, dt.datetime) else d).isoformat()


def _guess_granularity(text: str) -> str | None:
    """The granularity a text's unit word suggests, for an expression left without a value."""
    m = patterns().unit.search(text)
    if not m:
        return None
    unit = (m.group(1) or "").lower()
    if unit in ("day", "week", "month", "quarter", "year", "decade"):
        return unit
    if unit == "weekend":
        return "week"
    word = m.group(0).lower().rstrip(".")
    if word in load_lexicon().months:
        return "month"
    if word in load_lexicon().weekdays:
        return "day"
    if word.isdigit():
        return "year"
    return None


def _shift_weekday(base: dt.date, weekday: int, mode: str, direction: str) -> dt.date:
    """The date of ``weekday`` (0 = Monday) near ``base``."""
    back = (base.weekday() - weekday) % 7  # days back to the latest such day, 0..6
    ahead = (weekday - base.weekday()) % 7
    if mode == "last":
        return base - dt.timedelta(days=back or 7)
    if mode in ("next", "coming"):
        return base + dt.timedelta(days=ahead or 7)
    if mode == "past" or direction == "past":
        return base - dt.timedelta(days=back)
    if direction == "future":
        return base + dt.timedelta(days=ahead)
    # Present tense or no verb: the nearer of the two, the coming one on a tie.
    return base - dt.timedelta(days=back) if back < ahead else base + dt.timedelta(days=ahead)


def _month_near(base: dt.date, month: int, mode: str, direction: str) -> dt.date:
    if mode == "last":
        return dt.date(base.year - (month >= base.month), month, 1)
    if mode in ("next", "coming"):
        return dt.date(base.year + (month <= base.month), month, 1)
    if mode == "this":
        return dt.date(base.year, month, 1)
    if mode == "past" or direction == "past":
        return dt.date(base.year - (month > base.month), month, 1)
    if direction == "future":
        return dt.date(base.year + (month < base.month), month, 1)
    return dt.date(base.year, month, 1)


def _own_rules(low: str, base: dt.date | None, direction: str) -> tuple[str | None, str | None] | None:
    """Expressions resolved here rather than by dateparser; None when none of them applies."""
    pat, lex = patterns(), load_lexicon()
    if m := pat.decade.match(low):
        if m.group(1):
            return f"{m.group(1)}X", "decade"
        if base is None:
            return None, "decade"
        if m.group(2):  # '90s: the latest such decade up to the reference year
            start = base.year // 100 * 100 + int(m.group(2)) * 10
            return f"{(start - 100 * (start > base.year)) // 10:03d}X", "decade"
        return _fmt(base, "decade"), "decade"
    if m := pat.quarter.match(low):
        if m.group(4):
            return f"{m.group(5)}-Q{m.group(4)}", "quarter"
        n = lex.quarters[m.group(1).lower()]
        if m.group(2):
            return f"{m.group(2)}-Q{n}", "quarter"
        if base is None:
            return None, "quarter"
        shift = {"last": -1, "next": 1}.get((m.group(3) or "").lower(), 0)
        return f"{base.year + shift}-Q{n}", "quarter"
    if pat.unresolvable.match(low):
        gran = _guess_granularity(low)
        return None, gran if gran in GRANULARITIES else None
    if m := pat.season.match(low):
        # A season is told at the granularity of its year (winter: the year it starts in).
        if m[3]:
            return m[3], "year"
        if base is None:
            return None, "year"
        start = _SEASON_STARTS[m[2].lower()]
        return _fmt(_month_near(base, start, (m[1] or "").lower(), direction), "year"), "year"
    if m := pat.year.match(low):
        return m.group(1), "year"
    if (m := pat.day_of_year.match(low)) and base is not None:
        year = base.year + {"last": -1, "next": 1}.get(m[3].lower(), 0)
        with contextlib.suppress(ValueError):
            day = dt.date(year, lex.months[m[1].lower()], int(m[2] or 1))
            return (day.isoformat(), "day") if m[2] else (_fmt(day, "month"), "month")
    if m := pat.month_year.match(low):
        return f"{m.group(2)}-{lex.months[m.group(1).lower()]:02d}", "month"
    if m := pat.weekday.match(low):
        if base is None:
            return None, "day"
        weekday = lex.weekdays.index(m.group(2).lower())
        day = _shift_weekday(base, weekday, (m.group(1) or "").lower(), direction)
        return day.isoformat(), "day"
    if m := pat.weekend.match(low):
        if base is None:
            return None, "week"
        sat = _shift_weekday(base, 5, (m.group(1) or "").lower(), direction)
        return _fmt(sat, "week"), "week"
    if m := pat.month.match(low):
        if base is None:
            return None, "month"
        first = _month_near(base, lex.months[m.group(2).lower()], (m.group(1) or "").lower(), direction)
        return _fmt(first, "month"), "month"
    return None


def _parser_granularity(period: str | None, text: str) -> str | None:
    if period == "time":
        # dateparser reads some non-times as times ("the 1990s"): a time needs a clock.
        return "time" if patterns().clock.search(text) else None
    if period == "part_of_day":
        return "day"
    return period if period in ("day", "week", "month", "year") else None


@lru_cache(maxsize=4096)
def _dateparser(text: str, base: dt.date, direction: str) -> tuple[str | None, str | None]:
    try:
        from dateparser.date import DateDataParser
    except ImportError as exc:  # pragma: no cover - a core dependency
        raise MissingExtra("dateparser", "dates", "normalizing times in statements") from exc
    # A base at the end of the day makes "3 p.m." in the past the same day, and one at its
    # start makes it the same day in the future.
    clock = {"past": dt.time(23, 59), "future": dt.time(0, 0)}.get(direction, dt.time(12, 0))
    settings = {
        "RELATIVE_BASE": dt.datetime.combine(base, clock),
        "PREFER_DATES_FROM": {"past": "past", "future": "future"}.get(direction, "current_period"),
        "RETURN_TIME_AS_PERIOD": True,
        "PREFER_DAY_OF_MONTH": "first",
        "STRICT_PARSING": False,
    }
    try:
        data = DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    except Exception:  # noqa: BLE001 - dateparser's errors are many and undocumented; no value
        return None, None
    if data is None or data.date_obj is None:
        return None, None
    gran = _parser_granularity(data.period, text)
    if gran is None or not 1000 <= data.date_obj.year <= 2199:
        return None, None
    return _fmt(data.date_obj, gran), gran


_SEASON_STARTS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}

_COUNT = r"(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)"
_FROM_NOW = re.compile(rf"^in\s+{_COUNT}\s+(day|week|weekend|month|year|decade)s?$")


def _shift(base: dt.date, n: int, unit: str) -> dt.date:
    if unit in ("day", "week"):
        return base + dt.timedelta(days=n * (7 if unit == "week" else 1))
    months = n * {"month": 1, "year": 12, "decade": 120}[unit]
    year, month = divmod(base.month - 1 + months, 12)
    return dt.date(base.year + year, month + 1, 1)


# Two reference days far apart: an expression that reads the same against both is absolute.
_PROBES = (dt.date(2001, 2, 3), dt.date(2013, 9, 21))


def normalize(text: str, base: dt.date | None, direction: str = "current") -> tuple[str | None, str | None]:
    """``(value, granularity)`` of a temporal expression against the reference day ``base``.

    ``direction`` (``past``, ``future``, ``current``) settles bare weekday and
    month names; explicit words ("last", "next", "ago") override it. Without
    ``base`` only absolute expressions get a value.

    >>> normalize("next month", dt.date(2024, 3, 5))
    ('2024-04', 'month')
    >>> normalize("yesterday", None)
    (None, 'day')
    """
    low = " ".join(text.split()).strip(" ,;:").lower()
    low = re.sub(r"^(.+?)\s+from\s+now$", r"in \1", low)
    if m := _FROM_NOW.match(low):
        # "in two weeks", "three days from now": counted forward from the reference day; with
        # a past verb it is a stretch ("had not met in six months")
        if base is None or m[1] in load_lexicon().vague or m[2] == "weekend" or direction == "past":
            return None, _guess_granularity(m[2])
        n = int(m[1]) if m[1].isdigit() else load_lexicon().numbers.get(m[1], 0)
        unit = "week" if m[2] == "weekend" else m[2]
        return _fmt(_shift(base, n, unit), "day" if unit == "day" else unit), "day" if unit == "day" else unit
    low = re.sub(r"^(?:on|in|at|since|by|from|until|during)\s+", "", low)
    low = re.sub(r"\b([ap])\.m$", r"\1.m.", low)  # the sentence's full stop was the abbreviation's
    low = low.replace("’", "'")
    if m := re.search(r"\b(\d{1,2})(?::(\d\d))?\s*o'clock", low):
        hour = int(m[1]) + 12 * (int(m[1]) < 12 and re.search(r"afternoon|evening|night", low) is not None)
        low = low[: m.start()] + f"{hour}:{m[2] or '00'}" + low[m.end() :]
    words = set(re.findall(r"[a-z]+", low))
    if words & load_lexicon().past_words:
        direction = "past"
    elif words & load_lexicon().future_words:
        direction = "future"
    pat = patterns()
    if m := pat.stretch.match(low):
        # "in the last year", "over the next week": a stretch of time up to or from now, not
        # last year or next week.
        return None, m[1]
    # "earlier this month" is this month, "mid-March" March, "the end of the year" this year.
    while (m := pat.narrowing.match(low)) and m.end() < len(low):
        low = low[m.end():]
    if low in ("year", "month", "week", "decade", "weekend"):
        low = f"this {low}"
    low = re.sub(r"^the\s+", "", low)
    if not low:
        return None, None
    own = _own_rules(low, base, direction)
    if own is not None:
        return own
    if base is not None:
        value, gran = _dateparser(low, base, direction)
        return (value, gran) if value else (None, _guess_granularity(low))
    first, second = (_dateparser(low, probe, direction) for probe in _PROBES)
    if first[0] is not None and first == second:
        return first
    return None, first[1] or _guess_granularity(low)


# --------------------------------------------------------------------------- finding


@dataclass
class _Candidate:
    span: Span
    text: str
    root: Token | None


def is_time(text: str) -> bool:
    """Whether a DATE/TIME entity's text names a time (not an age, a frequency or a duration)."""
    pat = patterns()
    if pat.not_time.search(text):
        return False
    return bool(pat.anchor.search(text) or pat.clock.search(text))


def _proposals(text: str) -> Iterator[Span]:
    low = text.lower()
    for n, (gate, pat) in enumerate(patterns().proposals):
        if not any(g in low for g in gate):
            continue
        for m in pat.finditer(text):
            s, e = m.span("t")
            # A pattern may end on a space before an optional part it did not find.
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s and not (n == 0 and _in_a_name(text, s, e)):
                yield s, e


_AFTER_NAME = re.compile(r"[A-Z][\w.'’-]*\s+$")


def _in_a_name(text: str, s: int, e: int) -> bool:
    """Capitalized day words right after a capitalized word are a name: "USA Today",
    "CBS This Morning"."""
    return all(w[0].isupper() for w in text[s:e].split()) and (
        _AFTER_NAME.search(text[max(0, s - 30) : s]) is not None
    )


def _longest_first(spans: Iterable[Span]) -> list[Span]:
    """Overlapping proposals resolved in favour of the longest; the rest in text order."""
    kept: list[Span] = []
    for s, e in sorted(set(spans), key=lambda sp: (sp[0] - sp[1], sp[0])):
        if all(e <= ks or s >= ke for ks, ke in kept):
            kept.append((s, e))
    return sorted(kept)


_JOINER = re.compile(r"\s*(?:,|at|on|in\s+the)?\s*")


def _joined(text: str, spans: list[Span]) -> list[Span]:
    """A day and a clock time next to each other are one time: "yesterday at 3 p.m."."""
    clock = patterns().clock
    out: list[Span] = []
    for s, e in spans:
        if out and _JOINER.fullmatch(text[out[-1][1] : s]):
            ps, pe = out[-1]
            if bool(clock.search(text[ps:pe])) != bool(clock.search(text[s:e])):
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return out


def _entity_core(ent: SpacySpan) -> SpacySpan | None:
    """A DATE/TIME entity without what the model swept into it: words before its last
    noun that names no time ("essay last week") and leading prepositions ("between
    January 1"). None when nothing is left."""
    lex = load_lexicon()
    keep = lex.keep
    start, end = 0, len(ent)
    dated = [k for k, tok in enumerate(ent) if tok.lower_.rstrip(".") in lex.calendar or tok.like_num]

    def swept(k: int, tok: Token) -> bool:
        if tok.pos_ in ("NOUN", "VERB", "PRON") and tok.lower_ not in keep and not tok.like_num:
            return True
        if tok.pos_ == "PROPN" and tok.lower_ not in lex.calendar and any(d > k for d in dated):
            return True  # a name before a date ("Twitter Thursday", "Hillary 2008")
        # "you said this 30 years ago": the pronoun is the verb's object, not the time's
        return tok.lower_ in ("this", "that") and k + 1 < len(ent) and ent[k + 1].like_num

    for k, tok in enumerate(ent):
        if dated and k > max(dated) and swept(k, tok):
            end = k  # "the 2020 election": the date modifies the noun after it
            break
        if swept(k, tok):
            start = k + 1
    # "at least before 2009", "nearly a decade ago": a hedge or a preposition is no part of it
    while start < end and (
        ent[start].pos_ in ("ADP", "SCONJ", "CCONJ", "PUNCT")
        or ent[start].pos_ in ("ADV", "ADJ") and ent[start].lower_ not in keep
    ):
        start += 1
    # "Last week Stumpf": a name after the time
    while end > start and (
        ent[end - 1].pos_ in ("ADP", "PUNCT", "CCONJ", "PART")
        or ent[end - 1].pos_ == "PROPN" and ent[end - 1].lower_.rstrip(".") not in lex.calendar
    ):
        end -= 1
    return ent[start:end] if start < end else None


_RANGE_JOINER = re.compile(r"\s*(?:-|–|—|to|and|or|through|until|till)\s*", re.I)


def _is_range(text: str, span: Span, proposals: list[Span]) -> bool:
    """Whether an entity is two proposals joined by a range word."""
    inside = sorted(p for p in proposals if span[0] <= p[0] and p[1] <= span[1])
    return len(inside) >= 2 and all(
        _RANGE_JOINER.fullmatch(text[a[1] : b[0]]) is not None for a, b in pairwise(inside)
    )


def paragraph_candidates(para: Paragraph) -> list[_Candidate]:
    """Every temporal expression of a paragraph: spaCy's DATE/TIME entities that name a
    time, and pattern matches; spans are document offsets."""
    sdoc = para.doc
    names: list[Span] = []  # other entities: "USA Today" is a name, not a day
    cores: list[Span] = []
    for ent in sdoc.ents:
        if ent.label_ not in _ENT_LABELS:
            names.append((ent.start_char, ent.end_char))
        elif (core := _entity_core(ent)) is not None and is_time(core.text):
            cores.append((core.start_char, core.end_char))
    found = [sp for sp in _proposals(sdoc.text) if not any(sp[0] < e and s < sp[1] for s, e in names)]
    # A range ("from 1995 to 1997", "between 2006 and 2012") is its two ends.
    local = [sp for sp in cores if not _is_range(sdoc.text, sp, found)] + found
    out = []
    for s, e in _joined(sdoc.text, _longest_first(local)):
        span = sdoc.char_span(s, e, alignment_mode="expand")
        out.append(_Candidate((para.start + s, para.start + e), sdoc.text[s:e], span.root if span else None))
    return out


def _text_candidates(doc: Document, region: Span) -> list[_Candidate]:
    """Without a parse: pattern matches only."""
    s0, e0 = region
    text = doc.text[s0:e0]
    spans = _joined(text, _longest_first(_proposals(text)))
    return [_Candidate((s0 + s, s0 + e), text[s:e], None) for s, e in spans]


def _is_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_ in _VERB_TAGS


def tense(tok: Token | None) -> str:
    """``past``, ``future`` or ``current``: the tense of the verb governing ``tok``."""
    verb = tok
    for _ in range(12):
        if verb is None or _is_verb(verb):
            break
        verb = verb.head if verb.head is not verb else None
    if verb is None:
        return "current"
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a in _FUTURE_AUX for a in aux) or verb.lower_ in _FUTURE_AUX:
        return "future"
    if "to" in aux and verb.head is not verb:
        # An infinitive looks ahead of its governor: "plans to meet on Tuesday" is a coming
        # Tuesday, "refused to speak in July" a past July.
        return "past" if tense(verb.head) == "past" else "future"
    if any(a in _PERFECT_AUX | _PAST_BE for a in aux) or verb.tag_ == "VBD":
        return "past"
    if verb.tag_ == "VBG" and any(a in _PRESENT_BE for a in aux):
        return "future"  # "is meeting on Tuesday"
    return "current"


def _attached_to_cue(root: Token | None, cue: set[int], content: list[Span], para: Paragraph) -> bool:
    """Whether a time's dependency path reaches the cue without crossing another verb or the content."""
    tok = root
    for _ in range(12):
        if tok is None or tok.head is tok:
            return False
        tok = tok.head
        if tok.i in cue:
            return True
        s, _ = para.span_of(tok)
        if any(a <= s < b for a, b in content) or _is_verb(tok) or tok.dep_ in _SUBJECT_DEPS:
            return False
    return False


# A time inside the speaker's phrase describes the speaker ("a party member in the 1960s").
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "appos"}


_CLOSING, _OPENING = "”\"»", "“\"«„"


def quoted_parts(doc: Document, st: Statement) -> list[Span]:
    """The content of a statement without the speaker's interruption of a split quotation
    ("“A,” Varga said on Tuesday, “B.”": the words between the closing and the opening mark
    around the cue are the reporter's, and a time there is when it was said)."""
    s0, e0 = st.content
    if st.cue is None or not s0 <= st.cue[0] < e0 or st.kind == "indirect":
        return [st.content]
    text = doc.text
    close = max(text.rfind(c, s0, st.cue[0]) for c in _CLOSING)
    opens = [i for c in _OPENING if (i := text.find(c, st.cue[1], e0)) >= 0]
    if close < 0 or not opens:
        return [st.content]
    return [(s0, close), (min(opens) + 1, e0)]


def _para_at(doc: Document, offset: int) -> Paragraph | None:
    return next((p for p in doc.paragraphs if p.start <= offset < p.end), None)


def _overlaps(a: Span, b: Span | None) -> bool:
    return b is not None and a[0] < b[1] and b[0] < a[1]


def _said_times(
    doc: Document, st: Statement, base: dt.date | None, cands: dict[int, list[_Candidate]]
) -> list[TimeExpr]:
    if st.cue is None:
        return []
    para = _para_at(doc, st.cue[0])
    if para is None:
        return []
    cue_span = para.char_span(st.cue)
    if cue_span is None:
        return []
    cue = {t.i for t in cue_span}
    # A pipeline without sentence boundaries: the whole paragraph stands for the sentence.
    sent = cue_span.root.sent if para.doc.has_annotation("SENT_START") else para.doc[:]
    lo, hi = para.span_of(sent)
    content = quoted_parts(doc, st)
    out = []
    for c in _cached(cands, doc, para):
        if not (lo <= c.span[0] and c.span[1] <= hi):
            continue
        if any(_overlaps(c.span, part) for part in (*content, st.speaker, st.cue)):
            continue
        if _attached_to_cue(c.root, cue, content, para):
            value, gran = normalize(c.text, base, _said_direction(cue_span.root))
            out.append(TimeExpr(c.span, c.text, value, gran, "said"))
    return out


def _said_direction(cue: Token) -> str:
    """What is reported was said by the time of writing: a said-time looks back, unless the
    cue itself is future ("will say on Tuesday")."""
    will = any(c.lower_ in _FUTURE_AUX - {"would", "'d", "’d"} for c in cue.children if c.dep_ == "aux")
    return "future" if will else "past"


def _cached(cands: dict[int, list[_Candidate]], doc: Document, para: Paragraph) -> list[_Candidate]:
    key = para.start
    if key not in cands:
        cands[key] = paragraph_candidates(para)
    return cands[key]


def _content_times(
    doc: Document, st: Statement, base: dt.date | None, cands: dict[int, list[_Candidate]]
) -> list[TimeExpr]:
    s0, e0 = st.content
    paras = [p for p in doc.paragraphs if p.start < e0 and s0 < p.end]
    found = (
        [c for p in paras for c in _cached(cands, doc, p)] if paras else _text_candidates(doc, st.content)
    )
    parts = quoted_parts(doc, st)
    out = []
    for c in found:
        s, e = c.span
        # A content stops before the sentence's full stop, which may be an abbreviation's ("3 p.m.").
        if e > e0 and s < e0 and not doc.text[e0:e].strip("."):
            e = e0
        if any(a <= s and e <= b for a, b in parts):
            # "Monday's debate" names an event by its day: the tense around it says little
            # of which Monday, so the nearest one is meant.
            owner = doc.text[e : e + 2] in ("'s", "’s") or (c.root is not None and c.root.dep_ == "poss")
            value, gran = normalize(doc.text[s:e], base, "current" if owner else tense(c.root))
            out.append(TimeExpr((s, e), doc.text[s:e], value, gran, "content"))
    return out


def published_date(value: str | None) -> dt.date | None:
    """The document's publication date as a date (None when absent or unreadable)."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def statement_times(
    doc: Document, st: Statement, cands: dict[int, list[_Candidate]] | None = None
) -> list[TimeExpr]:
    """The temporal expressions of one statement, said-times first, then in text order."""
    cands = {} if cands is None else cands
    base = published_date(doc.published)
    said = _said_times(doc, st, base, cands)
    # In a quotation, deictic words are the speaker's: anchor them on the day it was said.
    content_base = base
    if st.kind == "direct":
        day = next((t.value[:10] for t in said if t.value and t.granularity in ("day", "time")), None)
        content_base = dt.date.fromisoformat(day) if day else base
    return said + _content_times(doc, st, content_base, cands)


def annotate_times(doc: Document) -> None:
    """Fill ``Statement.times`` of every statement of ``doc`` (the statements stage calls it)."""
    cands: dict[int, list[_Candidate]] = {}
    for st in doc.statements:
        st.times = statement_times(doc, st, cands)


# --------------------------------------------------------------------------- periods

_PERIOD = re.compile(
    r"^(?:(?P<dec>\d{3})X|(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d)(?:T\d\d:\d\d)?)?|W(?P<w>\d\d)|Q(?P<q>[1-4])))?)$"
)


def period_range(value: str) -> tuple[dt.date, dt.date]:
    """The first and last day a normalized value covers: ``2023`` is 2023-01-01..2023-12-31,
    ``2023-W05`` its Monday..Sunday, ``199X`` 1990-01-01..1999-12-31. ValueError naming
    the accepted forms otherwise (the query filters take the same forms)."""
    m = _PERIOD.match(value.strip())
    try:
        if m is None:
            raise ValueError
        if m["dec"]:
            return dt.date(int(m["dec"]) * 10, 1, 1), dt.date(int(m["dec"]) * 10 + 9, 12, 31)
        year = int(m["y"])
        if m["d"]:
            day = dt.date(year, int(m["m"]), int(m["d"]))
            return day, day
        if m["m"]:
            first = dt.date(year, int(m["m"]), 1)
            nxt = dt.date(year + (first.month == 12), first.month % 12 + 1, 1)
            return first, nxt - dt.timedelta(days=1)
        if m["w"]:
            monday = dt.date.fromisocalendar(year, int(m["w"]), 1)
            return monday, monday + dt.timedelta(days=6)
        if m["q"]:
            q = int(m["q"])
            first = dt.date(year, 3 * q - 2, 1)
            last = dt.date(year + (q == 4), (3 * q) % 12 + 1, 1) - dt.timedelta(days=1)
            return first, last
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:
        raise ValueError(
            f"{value!r} is not a period: use YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-Qn or YYYX"
        ) from None
