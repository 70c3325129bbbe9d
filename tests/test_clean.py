"""Clean stage: body paragraphs, title and date of hand-written scraped pages, and the seeds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stancegraph.clean import Cleaner, date_from_url, parse_date, parse_dateline
from stancegraph.types import Document


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner()


def body_lines(doc: Document) -> list[str]:
    return [doc.text[s:e] for s, e in doc.body]


def check_offsets(doc: Document) -> None:
    """Every body span lies in the text, is non-empty and trimmed; spans are ordered."""
    prev_end = 0
    for s, e in doc.body:
        assert 0 <= prev_end <= s < e <= len(doc.text)
        piece = doc.text[s:e]
        assert piece == piece.strip().strip("\u200b\ufeff") and piece.strip() == piece
        prev_end = e
    for s, e in doc.meta["headings"]:
        assert doc.in_body((s, e))


PAGES = [
    pytest.param(
        "The Mayor Rejects the Harbor Plan\n\n"
        "Tuesday, March 4, 2025\n\n"
        "The mayor of Lindenport said the harbor plan would ruin the old quay.\n\n"
        "“We will not sign it,” she told reporters.\n\n"
        "Share this article\n"
        "Facebook Twitter WhatsApp\n"
        "Leave a Reply\n"
        "Your email address will not be published. Required fields are marked *\n"
        "Save my name, email, and website in this browser for the next time I comment.\n",
        "The Mayor Rejects the Harbor Plan",
        "2025-03-04",
        [
            "The mayor of Lindenport said the harbor plan would ruin the old quay.",
            "“We will not sign it,” she told reporters.",
        ],
        id="wordpress-comments",
    ),
    pytest.param(
        "Skip to content\nMenu\nHome › World › Europe\n"
        "Politics\n"
        "Council Votes Down Tram Budget\n"
        "By Petra Novak, Valdoria Herald\n"
        "Published: 12 January 2024 | 09:15 GMT\n"
        "The city council voted against the tram budget on Friday after a long debate.\n"
        "Councillor Ana Brel said the vote was a mistake.\n"
        "Advertisement\n"
        "The budget will return to the council in spring, officials said.\n"
        "Related Articles\n"
        "Tram Line Opens Two Years Late\n"
        "Council Elects New Speaker\n"
        "© 2024 Valdoria Herald. All rights reserved.\n",
        "Council Votes Down Tram Budget",
        "2024-01-12",
        [
            "The city council voted against the tram budget on Friday after a long debate.",
            "Councillor Ana Brel said the vote was a mistake.",
            "The budget will return to the council in spring, officials said.",
        ],
        id="news-site-nav-related",
    ),
    pytest.param(
        "Ministers Meet in Korvala\n"
        "Ministers Meet in Korvala | Korvala Daily\n"
        "Dec. 3, 2022\n"
        "The foreign ministers of two neighbouring states met in Korvala on Saturday.\n"
        "We use cookies to improve your experience on our website.\n"
        "Accept all cookies\n"
        "Sign up for our daily newsletter\n"
        "They agreed to meet again next year.\n",
        "Ministers Meet in Korvala",
        "2022-12-03",
        [
            "The foreign ministers of two neighbouring states met in Korvala on Saturday.",
            "They agreed to meet again next year.",
        ],
        id="title-with-outlet-cookies",
    ),
    pytest.param(
        "\u00a0 The opposition leader accused the government of lying.\u00a0\n"
        "\tThe government denied it.  \n",
        None,
        None,
        ["The opposition leader accused the government of lying.", "The government denied it."],
        id="no-title-nbsp-trimmed",
    ),
    pytest.param(
        "# Farmers Protest Fuel Prices\n\n"
        "2023-06-30\n\n"
        "Farmers drove tractors into the capital on Friday to protest fuel prices.\n\n"
        "## What the farmers want\n\n"
        "A union spokesman said the tax should be halved.\n",
        "Farmers Protest Fuel Prices",
        "2023-06-30",
        [
            "Farmers drove tractors into the capital on Friday to protest fuel prices.",
            "What the farmers want",
            "A union spokesman said the tax should be halved.",
        ],
        id="markdown",
    ),
    pytest.param(
        "Sun, 10 Dec 2023 14:05:00 +0000\n"
        "The minister said on Sunday that the talks would resume next week.\n"
        "Reporting by Jan Oster; Editing by Mia Lund\n",
        None,
        "2023-12-10",
        ["The minister said on Sunday that the talks would resume next week."],
        id="rfc-date-wire-credits",
    ),
    pytest.param(
        "Schools to Stay Closed After Storm\n"
        "September 17, 2024\n"
        "All schools in the coastal district will stay closed until Friday, the education office said.\n"
        "District director Alma Roos said safety checks had to be finished first.\n"
        "3 Comments\n"
        "Maria\n"
        "My kids' school lost half its roof. Friday is far too optimistic if you ask me.\n"
        "Posted September 17, 2024 at 9:14 am\n",
        "Schools to Stay Closed After Storm",
        "2024-09-17",
        [
            "All schools in the coastal district will stay closed until Friday, the education office said.",
            "District director Alma Roos said safety checks had to be finished first.",
        ],
        id="readers-comments-cut",
    ),
]


@pytest.mark.parametrize(("text", "title", "date", "body"), PAGES)
def test_pages(cleaner: Cleaner, text: str, title: str | None, date: str | None, body: list[str]) -> None:
    doc = cleaner(Document(text))
    assert doc.title == title
    assert doc.published == date
    assert body_lines(doc) == body
    check_offsets(doc)


def test_text_is_never_rewritten(cleaner: Cleaner) -> None:
    text = "Title Of A Story Here\n\nA sentence that is the body of the story.\nAdd new comment\n"
    doc = cleaner(Document(text))
    assert doc.text == text


def test_headings_marked_and_standfirst_kept(cleaner: Cleaner) -> None:
    text = (
        "Harbor Strike Enters Second Week\n"
        "Dock workers say they will stay out until wages rise, the union said\n"
        "The strike at the port of Lindenport entered its second week on Monday.\n"
        "Talks Stalled\n"
        "Negotiators for both sides have not met since Thursday, officials said.\n"
        "More Articles\n"
        "Ferry Fares Rise Again\n"
    )
    doc = cleaner(Document(text))
    lines = body_lines(doc)
    assert lines[0].startswith("Dock workers say")  # the standfirst stays in the body
    assert "Talks Stalled" in lines
    assert [doc.text[s:e] for s, e in doc.meta["headings"]] == ["Talks Stalled"]
    assert "Ferry Fares Rise Again" not in lines  # a related link after "More Articles"
    assert "More Articles" not in lines


def test_reader_title_and_date_win(cleaner: Cleaner) -> None:
    text = "Old Headline Shown On Page\nMonday, May 6, 2024\nThe body sentence of the article is here.\n"
    doc = cleaner(Document(text, meta={"title": "Official Headline", "published": "2024-05-07T10:00:00Z"}))
    assert doc.title == "Official Headline"
    assert doc.published == "2024-05-07"
    assert "Old Headline Shown On Page" in body_lines(doc)  # not the title, so not dropped


def test_date_from_url_when_no_dateline(cleaner: Cleaner) -> None:
    doc = cleaner(
        Document("A sentence of news text.\n", meta={"url": "https://example.org/2021/07/09/story"})
    )
    assert doc.published == "2021-07-09"


def test_hard_wrapped_paragraphs_join(cleaner: Cleaner) -> None:
    para1 = (
        "The mayor of Lindenport told the council on Tuesday that the harbor\n"
        "plan would ruin the old quay and cost the city far more than its\n"
        "backers had promised when they first presented it last spring."
    )
    para2 = (
        "Councillor Ana Brel, who has backed the plan from the start, said\n"
        "the mayor was misreading the figures and would be proved wrong.\n"
        "The vote is expected next month."
    )
    text = f"Harbor Plan Fight Goes On\n\n{para1}\n\n{para2}\n"
    doc = cleaner(Document(text))
    assert body_lines(doc) == [para1, para2]


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Sunday, December 10, 2023", "2023-12-10"),
        ("Dec. 10, 2023", "2023-12-10"),
        ("10 December 2023", "2023-12-10"),
        ("2023-12-10", "2023-12-10"),
        ("Published: Sept. 4, 2021, 8:30 a.m. ET", "2021-09-04"),
        ("Updated 14:32 GMT, 3 March 2020", "2020-03-03"),
        ("Posted on June 1st, 2019 by admin", "2019-06-01"),
        ("25/12/2022", "2022-12-25"),
        ("Published March 21, 2024 · Updated March 22, 2024", "2024-03-21"),
        ("09.01.2018", "2018-01-09"),
        ("March 19, 2021 · 4 min read", "2021-03-19"),
        ("The talks on December 10, 2023 failed.", None),  # a sentence, not a dateline
        ("10/11/2022", None),  # day-first or month-first: cannot tell
        ("February 30, 2023", None),
    ],
)
def test_parse_dateline(line: str, iso: str | None) -> None:
    assert parse_dateline(line) == iso


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2024-05-07T10:00:00Z", "2024-05-07"),
        ("May 7, 2024", "2024-05-07"),
        ("Tue, 07 May 2024 10:00:00 GMT", "2024-05-07"),
        (1715076000, "2024-05-07"),
        ("1715076000000", "2024-05-07"),
        (True, None),
        ("", None),
        (None, None),
    ],
)
def test_parse_date(value: object, iso: str | None) -> None:
    assert parse_date(value) == iso


@pytest.mark.parametrize(
    ("url", "iso"),
    [
        ("https://news.example/2023/12/10/talks", "2023-12-10"),
        ("https://news.example/world/20220131/story.html", "2022-01-31"),
        ("https://news.example/world/story-123", None),
        (None, None),
    ],
)
def test_date_from_url(url: str | None, iso: str | None) -> None:
    assert date_from_url(url) == iso


@pytest.mark.parametrize(
    "sentence",
    [
        "By Tuesday, the talks had collapsed and both delegations had gone home.",
        "Next week, the minister will travel to the capital for more talks.",
        "Registered voters turned out in large numbers, the commission said.",
        "Copyright lawsuits against the broadcaster rose sharply last year.",
        "Share prices fell after the minister spoke.",
        "Home owners protested outside parliament on Monday.",
        "Also reading from the letter, the minister said the talks were over.",
        "More on the economy came later in the speech, aides said.",
        "Posted in Korvala City, the letter was signed by thirty lawmakers.",
        "Most viewed the decision as a provocation, analysts said.",
        "He said the country needed a new image: modern and open",
        "Next, the committee will hear from the finance minister.",
        "Reporting the figures to parliament, she called them alarming.",
    ],
)
def test_sentences_that_look_like_chrome_stay(cleaner: Cleaner, sentence: str) -> None:
    text = f"A Headline For The Story\n{sentence}\nThe article continues with this sentence.\n"
    assert sentence in body_lines(cleaner(Document(text)))


# --- the seeds: assertions computed from the files, no seed text in the repository ---


CHROME_BITS = ("reCAPTCHA", "Add new comment", "comment policy", "Please enter", "Subscribe", "More Articles")


def seed_doc(path) -> Document:
    return Cleaner()(Document(path.read_text(encoding="utf-8"), source=str(path)))


def nonblank(path) -> list[str]:
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


@pytest.mark.shared
def test_seeds_chrome_out_and_offsets(seeds_dir) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        doc = seed_doc(path)
        check_offsets(doc)
        assert doc.title
        lines = body_lines(doc)
        assert all(bit not in ln for ln in lines for bit in CHROME_BITS), path.name
        assert doc.title not in lines  # the title once, none of its repeats in the body
        # Every remaining line of the file that is a real sentence is in the body.
        for ln in nonblank(path):
            if len(ln.split()) >= 8 and ln != doc.title and not any(bit in ln for bit in CHROME_BITS):
                assert ln in lines, (path.name, ln[:30])


@pytest.mark.shared
def test_seed_repeated_title_and_heading(seeds_dir) -> None:
    path = next(p for p in sorted(seeds_dir.glob("*.txt")) if p.name.startswith("000_"))
    doc = seed_doc(path)
    first = nonblank(path)[0]
    assert doc.title == first
    assert nonblank(path).count(first) > 1  # the page repeats it ...
    assert first not in body_lines(doc)  # ... and no repeat is kept
    lines = body_lines(doc)
    assert lines[0] == nonblank(path)[1]  # the standfirst opens the body
    first_quote = next(ln for ln in nonblank(path) if ln.startswith("“"))
    assert first_quote in lines
    headings = [doc.text[s:e] for s, e in doc.meta["headings"]]
    assert len(headings) == 1 and len(headings[0].split()) <= 3
    sentences = [
        ln for ln in nonblank(path) if len(ln.split()) >= 8 and not any(b in ln for b in CHROME_BITS)
    ]
    assert len(lines) == len(sentences) + 1


@pytest.mark.shared
def test_seed_dateline(seeds_dir) -> None:
    path = next(p for p in sorted(seeds_dir.glob("*.txt")) if p.name.startswith("003_"))
    doc = seed_doc(path)
    assert doc.published == "2023-12-10"
    assert doc.title == nonblank(path)[1]  # the line under the dateline
    assert body_lines(doc)[0] == nonblank(path)[2]
    assert not any(parse_dateline(ln) for ln in body_lines(doc))


# --- properties: the offset invariant on arbitrary pages ---------------------------

PIECES = [
    "Add new comment",
    "Sunday, December 10, 2023",
    "A Headline In Title Case",
    "The minister said the talks would go on.",
    "“We will not give in,” she said.",
    "Share on Facebook",
    "› Subscribe",
    "More Articles",
    "## Heading",
    "- a list item",
    "\u00a0",
    "\u200b",
    "\t",
    " ",
    "\r",
    "\x85",
    "\u2028",
    "\u3000",
    "\ufeff",
    "",
]


@given(
    st.lists(
        st.one_of(st.sampled_from(PIECES), st.text(max_size=40)),
        max_size=30,
    ),
    st.sampled_from(["\n", "\r\n", "\n\n"]),
)
@settings(max_examples=150, deadline=None)
def test_offsets_invariant(parts: list[str], sep: str) -> None:
    text = sep.join(parts)
    doc = Cleaner()(Document(text))
    assert doc.text == text
    check_offsets(doc)
    for s, e in doc.body:
        assert doc.text[s:e].strip()
        assert doc.text[s:e] not in ("Add new comment", "› Subscribe")
    again = Cleaner()(Document(text, meta=dict(doc.meta)))
    assert (again.body, again.title, again.published) == (doc.body, doc.title, doc.published)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # An organisation's name above the headline; the dateline follows the headline.
        (
            ["Ministry of Transport of Valdoria", "Press Office", "New Rail Line Approved"],
            "New Rail Line Approved",
        ),
        # A standfirst much longer than the headline stays the standfirst.
        (
            [
                "Rail Line Approved",
                "The cabinet backed the northern line after two years of argument over its cost",
            ],
            "Rail Line Approved",
        ),
        # The site's name, then the headline.
        (["Lindenport Evening Star", "Bridge Vote Splits Council"], "Bridge Vote Splits Council"),
        (
            ["The Harbor Ledger", "Arvenia and Kestria open talks on the river"],
            "Arvenia and Kestria open talks on the river",
        ),
        # A short headline and a standfirst above the dateline: the headline stays the headline.
        (
            ["Talks Collapse Again", "Negotiators left the capital without a date for the next round"],
            "Talks Collapse Again",
        ),
        # A section label, then the headline.
        (["Politics", "Bridge Vote Splits Council"], "Bridge Vote Splits Council"),
    ],
)
def test_title_choice(cleaner: Cleaner, head: list[str], title: str) -> None:
    text = "\n".join(
        [*head, "March 2, 2024", "The cabinet approved the new rail line on Friday, officials said."]
    )
    doc = cleaner(Document(text))
    assert doc.title == title
    assert doc.published == "2024-03-02"
    body = body_lines(doc)
    assert body[-1].startswith("The cabinet approved")
    assert all(line not in body for line in head[: head.index(title)])


def test_title_from_url_slug(cleaner: Cleaner) -> None:
    text = "Lindenport Local Politics\nBridge Vote Splits Council Again\nThe council split on the bridge.\n"
    doc = cleaner(Document(text, meta={"url": "https://blog.example/2021/03/19/bridge-vote-splits-council/"}))
    assert doc.title == "Bridge Vote Splits Council Again"
    assert doc.published == "2021-03-19"


LONG_PARAGRAPH = (
    "The city council voted on Tuesday to delay the harbor project by a year, after engineers warned that "
    "the quay walls would need more work than planned."
)


@pytest.mark.parametrize(
    ("first", "is_title"),
    [
        ("Council Delays Harbor Project by a Year.", True),  # Title Case with an archive's period
        ("Council delays harbor project.", True),  # short, set apart above a long paragraph
        ("The council met on Tuesday and, after a long debate, decided to delay the harbor work.", False),
    ],
)
def test_headline_with_a_period(cleaner: Cleaner, first: str, is_title: bool) -> None:
    doc = cleaner(Document(f"{first}\n\n{LONG_PARAGRAPH}\n"))
    assert (doc.title == first) is is_title
    assert body_lines(doc) == ([] if is_title else [first]) + [LONG_PARAGRAPH]


def test_short_first_sentence_in_the_same_block_stays_body(cleaner: Cleaner) -> None:
    text = f"The council met.\n{LONG_PARAGRAPH}\n"
    doc = cleaner(Document(text))
    assert doc.title is None
    assert body_lines(doc)[0] == "The council met."


def test_markup_lines(cleaner: Cleaner) -> None:
    text = (
        "The minister replied on social media within the hour, aides said.\n"
        '<tweet id="1" author="@minister">We will not sign this deal.</tweet>.\n'
        '<tweet id="2"><tweet/>.\n'
        ".share-bio {\n"
        "color: #333;\n"
        "}\n"
        "Her critics were quick to answer.\n"
        '<img src=x onerror="alert(1)"> Harbour <b>news</b>\n'
    )
    doc = cleaner(Document(text))
    assert body_lines(doc) == [
        "The minister replied on social media within the hour, aides said.",
        "We will not sign this deal.",
        "Her critics were quick to answer.",
        '<img src=x onerror="alert(1)"> Harbour <b>news</b>',  # not one element: left as written
    ]
    check_offsets(doc)


def test_even_one_line_paragraphs_are_not_hard_wrapped(cleaner: Cleaner) -> None:
    lines = [
        "The council met on Tuesday to discuss the harbor plan and its costs.",
        "The mayor said the plan would ruin the old quay and cost too much.",
        "Councillor Ana Brel said the mayor was misreading all of the figures.",
        "The harbor board said it would publish a new costing next month.",
        "Residents of the old town have opposed the plan since it was drawn up.",
        "A vote is expected in April, after the new costing has been studied.",
    ]
    doc = cleaner(Document("\n".join(lines) + "\n"))
    assert body_lines(doc) == lines


def test_a_reactions_heading_does_not_end_the_story(cleaner: Cleaner) -> None:
    text = (
        "Border Deal Signed\n"
        "The two governments signed the border deal in Korvala City on Saturday.\n"
        "The deal ends a dispute over the river crossing that began a decade ago.\n"
        "Reactions\n"
        "Opposition leader Tor Vinge said the deal gave away too much.\n"
        "Business groups welcomed it as a boost for trade across the river.\n"
    )
    doc = cleaner(Document(text))
    assert body_lines(doc)[-2:] == [
        "Opposition leader Tor Vinge said the deal gave away too much.",
        "Business groups welcomed it as a boost for trade across the river.",
    ]
    assert [doc.text[s:e] for s, e in doc.meta["headings"]] == ["Reactions"]


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("10 décembre 2023", "2023-12-10"),
        ("10. Dezember 2023", "2023-12-10"),
        ("2 days ago", None),
        ("Sunday", None),
    ],
)
def test_reader_dates_in_other_languages(value: str, iso: str | None) -> None:
    pytest.importorskip("dateparser")
    assert parse_date(value) == iso


@pytest.mark.parametrize(
    "line",
    [
        "Getty.",
        "TWITTER.",
        "Follow Jan Oster on Twitter @janoster.",
        "___.",
        "2 p.m.",
        "Scott Berg via Getty Images.",
    ],
)
def test_archive_lines_ending_in_a_period_are_chrome(cleaner: Cleaner, line: str) -> None:
    text = f"A Headline For The Story\nThe minister spoke on Monday about the harbor.\n{line}\nShe left.\n"
    assert line not in body_lines(cleaner(Document(text)))


def test_reader_title_with_the_outlet_drops_the_bare_headline(cleaner: Cleaner) -> None:
    text = "Council Votes Down Tram Budget\nThe city council voted against the tram budget on Friday.\n"
    doc = cleaner(Document(text, meta={"title": "Council Votes Down Tram Budget | Valdoria Herald"}))
    assert doc.title == "Council Votes Down Tram Budget | Valdoria Herald"
    assert body_lines(doc) == ["The city council voted against the tram budget on Friday."]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_endings(cleaner: Cleaner, newline: str) -> None:
    lines = ["Harbor Plan Rejected", "", "The mayor said the plan would ruin the quay.", "Add new comment"]
    doc = cleaner(Document(newline.join(lines) + newline))
    assert doc.title == "Harbor Plan Rejected"
    assert body_lines(doc) == ["The mayor said the plan would ruin the quay."]


def test_author_note_only_at_the_end(cleaner: Cleaner) -> None:
    text = (
        "Economist Warns on Debt\n"
        "By Helga Sunn\n"
        "Helga Sunn is an economist who has warned about debt for years, and she said so again on Monday.\n"
        "The finance ministry said the debt was under control.\n"
        "Analysts were divided on the question of who was right.\n"
        "Opposition parties called for a debate in parliament next week.\n"
        "Helga Sunn is an economist at the University of Korvala.\n"
    )
    lines = body_lines(cleaner(Document(text)))
    assert lines[0].startswith("Helga Sunn is an economist who")  # in the story: kept
    assert "Helga Sunn is an economist at the University of Korvala." not in lines  # the note


def test_article_data_row(cleaner: Cleaner) -> None:
    text = (
        "Minister Denies Fuel Plan\n"
        "Omar Sayed | 25 January 2022 | Views: 1532\n"
        "The energy minister denied on Tuesday that fuel prices would rise next month.\n"
        "Ana Brel / Tor Vinge\n"
    )
    doc = cleaner(Document(text))
    assert doc.published == "2022-01-25"
    assert body_lines(doc)[0].startswith("The energy minister")


def test_a_page_of_short_lines_has_no_headings(cleaner: Cleaner) -> None:
    text = "Votes Counted So Far\nNorth district 41 percent\nSouth district 38 percent\nEast 44 percent\n"
    doc = cleaner(Document(text))
    assert doc.meta["headings"] == []
    assert body_lines(doc) == text.strip().split("\n")[1:]


def test_a_sites_own_chrome_patterns(tmp_path) -> None:
    from stancegraph.config import Config
    from stancegraph.errors import ConfigError

    text = (
        "Harbor Plan Rejected\nThe mayor said the plan would ruin the quay.\nValdor Post Daily Quiz: play\n"
    )
    assert "Valdor Post Daily Quiz: play" in body_lines(Cleaner()(Document(text)))
    extra = tmp_path / "site.yaml"
    extra.write_text('line:\n  promo:\n    - "valdor post daily quiz.*"\n', encoding="utf-8")
    doc = Cleaner(Config(chrome_path=extra))(Document(text))
    assert body_lines(doc) == ["The mayor said the plan would ruin the quay."]
    assert [k for _, _, k in doc.meta["chrome"]] == ["title", "promo"]
    bad = tmp_path / "bad.yaml"
    bad.write_text('line:\n  promo:\n    - "(unclosed"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="bad.yaml"):
        Cleaner(Config(chrome_path=bad))
    with pytest.raises(ConfigError, match="cannot read"):
        Cleaner(Config(chrome_path=tmp_path / "missing.yaml"))


def test_pull_quote_is_not_counted_twice(cleaner: Cleaner) -> None:
    text = (
        "Teachers Strike Over Pay\n"
        "Teachers walked out on Friday in the first strike over pay in fifteen years.\n"
        "“This offer is an insult”\n"
        "“This offer is an insult to every teacher,” union leader Maja Holm told a rally.\n"
        "“We will be back on Monday,” she said.\n"
    )
    lines = body_lines(cleaner(Document(text)))
    assert "“This offer is an insult”" not in lines
    assert "“We will be back on Monday,” she said." in lines  # a quote found nowhere else stays


def test_masthead_named_again_in_the_footer(cleaner: Cleaner) -> None:
    text = (
        "The Harbor Lantern\n"
        "Port Board Names New Chief\n"
        "The Lindenport port board named Sara Velde as its new chief executive on Thursday.\n"
        "© 2022 The Harbor Lantern. All rights reserved.\n"
    )
    doc = cleaner(Document(text))
    assert doc.title == "Port Board Names New Chief"
    assert body_lines(doc) == [
        "The Lindenport port board named Sara Velde as its new chief executive on Thursday."
    ]


_STORY = "\n\n".join(
    [
        "Port authority delays the harbour dredging plan",
        "March 2, 2024",
        "The port authority said on Friday that the dredging would wait until the autumn.",
        "Shipping firms had asked for the work to start this spring, the authority said.",
    ]
)


@pytest.mark.parametrize(
    ("head", "meta", "outlet"),
    [
        ("The Lantern Gazette\n\n", {}, "The Lantern Gazette"),
        ("# Valley Times\n\n", {}, "Valley Times"),
        ("Home | World | Business\nCoastline Daily\n\n", {}, "Coastline Daily"),
        ("", {}, None),
        ("World\n\n", {}, None),  # a section label names no publication
        ("Sign in | Register\n\n", {}, None),
        ("The Lantern Gazette\n\n", {"outlet": "lanterngazette.example"}, "lanterngazette.example"),
    ],
)
def test_outlet_from_the_masthead(
    cleaner: Cleaner, head: str, meta: dict[str, str], outlet: str | None
) -> None:
    doc = cleaner(Document(text=head + _STORY, source="page.txt", meta=dict(meta)))
    assert doc.title == "Port authority delays the harbour dredging plan"
    assert doc.meta.get("outlet") == outlet
