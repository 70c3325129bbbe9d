"""temporal.py: times inside statements, their role, value and granularity.

Texts written for this test (fictional people and places). A publication date of
Thursday 2024-03-07 unless a case says otherwise.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs

from stancegraph.temporal import GRANULARITIES, ROLES, is_time, normalize, period_range, quoted_parts
from stancegraph.types import Document

PUB = "2024-03-07"  # a Thursday

# (text, published, [(text, value, granularity, role), ...] over every statement, in order)
CASES = [
    # absolute dates resolve with or without a publication date
    ("Councillor Mira Tesh said the bridge opened on March 3, 2021.", None,
     [("March 3, 2021", "2021-03-03", "day", "content")]),
    ("The mayor said the plant was built in 2019.", PUB, [("2019", "2019", "year", "content")]),
    ("The mayor said the plant was built in 2019.", None, [("2019", "2019", "year", "content")]),
    ("Tesh said the levy had been raised in May 2023.", None, [("May 2023", "2023-05", "month", "content")]),
    # relative to the publication date
    ("“The ferry stopped yesterday,” the harbour master said.", PUB,
     [("yesterday", "2024-03-06", "day", "content")]),
    ("Minister Lena Sorvik said the talks collapsed last week.", PUB,
     [("last week", "2024-W09", "week", "content")]),
    ("Sorvik said the talks would resume next month.", PUB, [("next month", "2024-04", "month", "content")]),
    ("The union said the plant closed two years ago.", PUB, [("two years ago", "2022", "year", "content")]),
    ("Tesh said the line would reopen at the end of the year.", PUB,
     [("the end of the year", "2024", "year", "content")]),
    ("Tesh said the strike would continue through the weekend.", PUB,
     [("the weekend", "2024-W10", "week", "content")]),
    # a bare month takes its direction from the tense
    ("Tesh said prices have risen since March.", "2024-02-10", [("March", "2023-03", "month", "content")]),
    ("Tesh said the line would open in March.", "2024-05-10", [("March", "2025-03", "month", "content")]),
    # when it was said: the cue's clause
    ("“We will not sign a bad deal,” Mayor Ines Varga said on Tuesday.", PUB,
     [("Tuesday", "2024-03-05", "day", "said")]),
    ("Varga said on Tuesday that the vote would take place next Tuesday.", PUB,
     [("Tuesday", "2024-03-05", "day", "said"), ("next Tuesday", "2024-03-12", "day", "content")]),
    ("Varga told reporters two days ago that the ferry was safe.", PUB,
     [("two days ago", "2024-03-05", "day", "said")]),
    # in a quotation, "yesterday" is the speaker's: the day before it was said
    ("“I spoke to him yesterday,” Orla Venn said on Monday.", PUB,
     [("Monday", "2024-03-04", "day", "said"), ("yesterday", "2024-03-03", "day", "content")]),
    # the tense of the cue, not of the quotation it governs
    ("“It is going to be useless,” Calderon told the radio station Saturday.", "2024-03-04",
     [("Saturday", "2024-03-02", "day", "said")]),
    ("Tesh said the council is going to vote on Friday.", PUB, [("Friday", "2024-03-08", "day", "content")]),
    # what is reported was said by the time of writing, whatever the cue's form
    ("Tesh is highlighting her win on Feb. 1 as she urges voters to turn out.", PUB,
     [("Feb. 1", "2024-02-01", "day", "said")]),
    ("Tesh will say on Tuesday that the levy is unfair.", PUB, [("Tuesday", "2024-03-12", "day", "said")]),
    # a day's event ("Monday's debate") is the nearest such day, whatever the tense
    ("Tesh said the tweet about Monday's debate was only meant to mock her.", "2024-03-10",
     [("Monday", "2024-03-11", "day", "content")]),
    ("Tesh said Friday's vote was a disgrace.", "2024-03-10", [("Friday", "2024-03-08", "day", "content")]),
    # a split quotation: the speaker's interruption is the reporter's words
    ("“We will not sign,” Mayor Ines Varga said on Tuesday. “The ferry runs again next month.”", PUB,
     [("Tuesday", "2024-03-05", "day", "said"), ("next month", "2024-04", "month", "content")]),
    ("“We met yesterday,” Varga said on Monday, “and we agreed.”", PUB,
     [("Monday", "2024-03-04", "day", "said"), ("yesterday", "2024-03-03", "day", "content")]),
    # a time of the speaker's phrase or relative clause is neither
    ("Ada Lind, a party member in the 1990s, said the levy was unfair.", PUB, []),
    ("The minister, who resigned last week, said the budget was approved in 2019.", PUB,
     [("2019", "2019", "year", "content")]),
    # without a publication date relative times keep no value, but keep their granularity
    ("Varga said on Monday that the ferry stopped yesterday.", None,
     [("Monday", None, "day", "said"), ("yesterday", None, "day", "content")]),
    # other granularities
    ("The operator said the bridge would open in the first quarter of 2023.", PUB,
     [("the first quarter of 2023", "2023-Q1", "quarter", "content")]),
    ("Varga said the port had not grown since the 1990s.", PUB, [("the 1990s", "199X", "decade", "content")]),
    ("Officials said the deal expired yesterday at 3 p.m.", PUB,
     [("yesterday at 3 p.m", "2024-03-06T15:00", "time", "content")]),
    ("Tesh said the plant has been closed since early 2019.", PUB,
     [("early 2019", "2019", "year", "content")]),
    ("“The plan must be ready by 6 o’clock this afternoon,” Varga said.", PUB,
     [("6 o’clock this afternoon", "2024-03-07T18:00", "time", "content")]),
    ("Tesh said the levy was first raised on June 16th of last year.", PUB,
     [("June 16th of last year", "2023-06-16", "day", "content")]),
    ("Tesh said a reform would be ready by March of next year.", PUB,
     [("March of next year", "2025-03", "month", "content")]),
    # a hedge is no part of the time
    ("Tesh said the ferry company became independent nearly a decade ago.", PUB,
     [("a decade ago", "2014", "year", "content")]),
    # an infinitive looks ahead of a present verb, not of a past one
    ("Tesh said the council plans to vote on Friday.", PUB, [("Friday", "2024-03-08", "day", "content")]),
    ("Tesh said the mayor refused to sign the levy in July.", PUB, [("July", "2023-07", "month", "content")]),
    # a day word inside a name is no time
    ("Tesh told Harbour Today that the levy was unfair.", PUB, []),
    ("Tesh said the council made a last-minute change to the levy.", PUB, []),
    ("Ada Lind told Harbour This Morning on Monday that the vote was close.", PUB,
     [("Monday", "2024-03-04", "day", "said")]),
    ("“Yesterday was hard,” Tesh said.", PUB, [("Yesterday", "2024-03-06", "day", "content")]),
    ("Tesh said last week's vote was a disgrace.", PUB, [("last week", "2024-W09", "week", "content")]),
    # counted forward from the day of writing: the "in" is part of it
    ("Tesh said the ferry would run again in two weeks.", PUB,
     [("in two weeks", "2024-W12", "week", "content")]),
    ("Tesh said the vote would be held three days from now.", PUB,
     [("three days from now", "2024-03-10", "day", "content")]),
    ("Tesh said the two had not met in six months.", PUB, [("in six months", None, "month", "content")]),
    # counted from a time the story tells of: no value
    ("Tesh said the strike ended two days later.", PUB, [("two days later", None, "day", "content")]),
    ("Tesh said the levy was first raised last summer.", PUB, [("last summer", "2023", "year", "content")]),
    # a date modifying a noun is still a date
    ("Tesh said the 2020 election was close.", PUB, [("2020", "2020", "year", "content")]),
    # a range is its two ends
    ("Tesh said the levy was raised every month from 1995 to 1997.", PUB,
     [("1995", "1995", "year", "content"), ("1997", "1997", "year", "content")]),
    ("Tesh said the port shrank between 2006 and 2012.", PUB,
     [("2006", "2006", "year", "content"), ("2012", "2012", "year", "content")]),
    # anchored but not resolvable: kept without a value
    ("The union said wages had fallen over the past 40 years.", PUB,
     [("the past 40 years", None, "year", "content")]),
    # no times: ages, frequencies and durations are not times
    ("The mayor said the budget was fair.", PUB, []),
    ("The 70-year-old senator said the talks fail every year.", PUB, []),
    ("Tesh said the repairs would take two years.", PUB, []),
]  # fmt: skip


def _times(doc: Document) -> list[tuple[str, str | None, str | None, str]]:
    return [(t.text, t.value, t.granularity, t.role) for st in doc.statements for t in st.times]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_times_of_statements(pipeline, text: str, published: str | None, expected: list[tuple]) -> None:
    doc = pipeline.run(text, **({"published": published} if published else {}))
    assert doc.published == published
    assert doc.statements, "every case has a statement"
    assert _times(doc) == expected
    for st in doc.statements:
        for t in st.times:
            assert doc.text[t.span[0] : t.span[1]] == t.text  # stand-off, never rewritten
            inside = any(s <= t.span[0] and t.span[1] <= e for s, e in quoted_parts(doc, st))
            assert inside == (t.role == "content")
            assert t.role in ROLES and (t.granularity is None or t.granularity in GRANULARITIES)
    assert doc.text == text


@pytest.mark.parametrize(
    ("text", "base", "direction", "expected"),
    [
        # weekdays: the publication day itself counts as "Tuesday" (wire style)
        ("Tuesday", "2024-03-05", "past", ("2024-03-05", "day")),
        ("Tuesday", "2024-03-05", "future", ("2024-03-05", "day")),
        ("Wednesday", "2024-03-05", "past", ("2024-02-28", "day")),
        ("Wednesday", "2024-03-05", "future", ("2024-03-06", "day")),
        ("last Tuesday", "2024-03-07", "current", ("2024-03-05", "day")),
        ("next Tuesday", "2024-03-07", "current", ("2024-03-12", "day")),
        ("Monday night", "2024-03-07", "past", ("2024-03-04", "day")),
        # explicit words beat the tense
        ("last March", "2024-03-07", "future", ("2023-03", "month")),
        ("next March", "2024-03-07", "past", ("2025-03", "month")),
        ("December", "2024-03-07", "past", ("2023-12", "month")),
        ("December", "2024-03-07", "future", ("2024-12", "month")),
        ("mid-March", "2024-03-07", "current", ("2024-03", "month")),
        ("earlier this month", "2024-03-07", "past", ("2024-03", "month")),
        ("this year", "2024-03-07", "current", ("2024", "year")),
        ("last year", "2024-03-07", "current", ("2023", "year")),
        ("six months ago", "2024-03-07", "current", ("2023-09", "month")),
        ("two weeks ago", "2024-03-07", "current", ("2024-W08", "week")),
        ("the day before yesterday", "2024-03-07", "current", ("2024-03-05", "day")),
        ("last weekend", "2024-03-07", "current", ("2024-W09", "week")),
        ("Sept. 11, 2001", None, "current", ("2001-09-11", "day")),
        ("3 March 2021", None, "current", ("2021-03-03", "day")),
        ("Q3 2024", None, "current", ("2024-Q3", "quarter")),
        ("'90s", "2024-03-07", "current", ("199X", "decade")),
        ("'20s", "2024-03-07", "current", ("202X", "decade")),
        ("noon", "2024-03-07", "past", ("2024-03-07T12:00", "time")),
        # relative without a reference day: no value, granularity kept
        ("next month", None, "current", (None, "month")),
        ("March 3", None, "past", (None, "day")),
        ("3 p.m.", None, "past", (None, "time")),
        # vague or anaphoric: no value
        ("a few days ago", "2024-03-07", "current", (None, "day")),
        ("the following week", "2024-03-07", "current", (None, "week")),
        ("the last year", "2024-03-07", "past", (None, "year")),
        ("in 10 days", "2024-03-07", "current", ("2024-03-17", "day")),
        ("in three months", "2024-03-07", "current", ("2024-06", "month")),
        ("in a few weeks", "2024-03-07", "current", (None, "week")),
        ("a year later", "2024-03-07", "current", (None, "year")),
        ("2019-20", "2024-03-07", "current", (None, "year")),
        ("the next week", "2024-03-07", "future", (None, "week")),
        # a season is told at its year's granularity
        ("last spring", "2024-03-07", "current", ("2023", "year")),
        ("next summer", "2024-03-07", "current", ("2024", "year")),
        ("last winter", "2024-03-07", "current", ("2023", "year")),
        ("the fall of 1960", None, "current", ("1960", "year")),
        ("Ramadan", "2024-03-07", "current", (None, None)),
    ],
)
def test_normalize(text: str, base: str | None, direction: str, expected: tuple) -> None:
    assert normalize(text, dt.date.fromisoformat(base) if base else None, direction) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("last week", True), ("2019", True), ("Tuesday", True), ("the 1990s", True), ("3 p.m.", True),
        ("the first quarter", True), ("70-year-old", False), ("every year", False), ("annual", False),
        ("two years", False), ("decades", False), ("hours", False), ("twice a year", False),
    ],
)  # fmt: skip
def test_which_date_entities_are_times(text: str, expected: bool) -> None:
    assert is_time(text) is expected


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2023", "2023-01-01", "2023-12-31"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2023-12", "2023-12-01", "2023-12-31"),
        ("2024-03-05", "2024-03-05", "2024-03-05"),
        ("2024-03-05T15:00", "2024-03-05", "2024-03-05"),
        ("2024-W10", "2024-03-04", "2024-03-10"),
        ("2023-Q4", "2023-10-01", "2023-12-31"),
        ("199X", "1990-01-01", "1999-12-31"),
    ],
)
def test_period_range(value: str, first: str, last: str) -> None:
    assert period_range(value) == (dt.date.fromisoformat(first), dt.date.fromisoformat(last))


@pytest.mark.parametrize("value", ["2023-13", "2023-02-30", "23", "last week", "2024-W60", ""])
def test_period_range_refuses_what_is_no_period(value: str) -> None:
    with pytest.raises(ValueError, match="is not a period"):
        period_range(value)


def test_statements_of_a_longer_article(pipeline) -> None:
    text = (
        "Valdor council backs the tram\n\n"
        "The city council of Valdor said in a statement on Friday that the tram line would be "
        "finished by 2026.\n\n"
        "“We have waited long enough,” councillor Mira Tesh said on Wednesday. She added that the "
        "budget had been approved last month.\n\n"
        "Opponents said the plan was too costly.\n"
    )
    doc = pipeline.run(text, published=PUB)
    assert _times(doc) == [
        ("Friday", "2024-03-01", "day", "said"),
        ("2026", "2026", "year", "content"),
        ("Wednesday", "2024-03-06", "day", "said"),
        ("last month", "2024-02", "month", "content"),
    ]


def test_seed_articles_keep_the_invariants(seed_docs) -> None:
    times = [(d, st, t) for d in seed_docs.values() for st in d.statements for t in st.times]
    assert times, "the seed articles mention times"
    for doc, st, t in times:
        assert doc.text[t.span[0] : t.span[1]] == t.text
        assert (t.role == "content") == any(s <= t.span[0] < e for s, e in quoted_parts(doc, st))
        if t.value is not None:
            period_range(t.value)


@settings(max_examples=150, deadline=None)
@given(
    text=hs.one_of(
        hs.text(max_size=30),
        hs.from_regex(r"(last|next|the|mid-)? ?(\d{1,4}|March|Tuesday|week|year|'\d0s|Q\d) ?(ago|of|s)?"),
    ),
    base=hs.one_of(hs.none(), hs.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2199, 12, 31))),
    direction=hs.sampled_from(["past", "future", "current"]),
)
def test_normalize_never_raises(text: str, base: dt.date | None, direction: str) -> None:
    """Odd text and odd reference days give no value rather than an error."""
    value, granularity = normalize(text, base, direction)
    assert granularity is None or granularity in GRANULARITIES
    if value is not None:
        period_range(value)
