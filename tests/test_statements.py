"""The statements stage: text in, (kind, content, cue, speaker) tuples out.

Texts are invented (fictional people and outlets). Content spans follow the
PolNeAR conventions the stage documents: indirect content keeps its "that" and
stops before the final punctuation; direct content is the text inside the marks.
"""

from __future__ import annotations

import pytest

from stancegraph.statements import content_pieces, find_quotes, load_cues
from stancegraph.types import Document

Row = tuple[str, str, str | None, str | None]


def rows(doc: Document) -> list[Row]:
    return [
        (s.kind, doc.slice(s.content), doc.slice(s.cue) if s.cue else None, doc.slice(s.speaker) or None)
        for s in doc.statements
    ]


@pytest.fixture(scope="module")
def run(pipeline):
    def _run(text: str) -> Document:
        return pipeline.run(text)

    return _run


DIRECT = [
    (
        "“We will not talk to them,” the minister said.",
        [("direct", "We will not talk to them,", "said", "the minister")],
    ),
    (
        '"We will not talk to them," the minister said.',
        [("direct", "We will not talk to them,", "said", "the minister")],
    ),
    (
        "«The harvest was the worst in years», said Anna Berg.",
        [("direct", "The harvest was the worst in years", "said", "Anna Berg")],
    ),
    (
        "‹The harvest was the worst in years›, said Anna Berg.",
        [("direct", "The harvest was the worst in years", "said", "Anna Berg")],
    ),
    (
        "Anna Berg warned: “The river will flood the lower town.”",
        [("direct", "The river will flood the lower town.", "warned", "Anna Berg")],
    ),
    (
        "Mayor Tom Okafor told reporters, “The budget is balanced and the schools stay open.”",
        [("direct", "The budget is balanced and the schools stay open.", "told", "Mayor Tom Okafor")],
    ),
    # Several sentences inside one quotation, inverted cue.
    (
        "“The vote was fair. Nobody was turned away,” insisted Clara Hume.",
        [("direct", "The vote was fair. Nobody was turned away,", "insisted", "Clara Hume")],
    ),
    # Speaker inside the quotation: one statement in two pieces.
    (
        "“The plan,” Berg said, “is dead and everybody knows it.”",
        [("direct", "The plan,” Berg said, “is dead and everybody knows it.", "said", "Berg")],
    ),
    # A second quotation in the next sentence continues the same statement.
    (
        "“We lost the vote,” said Okafor. “Nobody cares anymore.”",
        [("direct", "We lost the vote,” said Okafor. “Nobody cares anymore.", "said", "Okafor")],
    ),
    # A quotation that only touches a cue with a clause of its own is not that cue's.
    (
        'Reval said the bridge was "the best thing the council has built in years." '
        "He warned that the money would run out by June.",
        [
            ("mixed", 'the bridge was "the best thing the council has built in years."', "said", "Reval"),
            ("indirect", "that the money would run out by June", "warned", "He"),
        ],
    ),
    # Organizations and documents as speakers.
    (
        "“The experience of the last decade is before us,” the letter stated.",
        [("direct", "The experience of the last decade is before us,", "stated", "the letter")],
    ),
    # The parse may take words of the quotation for the subject.
    (
        "“The campaign is in panic mode. Full panic mode,” Leslie Wimes, a party officer, said.",
        [
            (
                "direct",
                "The campaign is in panic mode. Full panic mode,",
                "said",
                "Leslie Wimes",
            )
        ],
    ),
    # Quotation marks written as two apostrophes.
    (
        "''We will not talk to them,'' the minister said.",
        [("direct", "We will not talk to them,", "said", "the minister")],
    ),
    (
        "“Have you seen any change in their behaviour?” the Union of Millers said in its letter.",
        [("direct", "Have you seen any change in their behaviour?", "said", "the Union of Millers")],
    ),
]


INDIRECT = [
    (
        "Smith said that the deal was dead.",
        [("indirect", "that the deal was dead", "said", "Smith")],
    ),
    (
        "Smith told reporters the deal was dead.",
        [("indirect", "the deal was dead", "told", "Smith")],
    ),
    (
        "The farmers warned that prices would rise sharply.",
        [("indirect", "that prices would rise sharply", "warned", "The farmers")],
    ),
    (
        "Clara Hume argued that the new tax would hurt small shops.",
        [("indirect", "that the new tax would hurt small shops", "argued", "Clara Hume")],
    ),
    (
        "The ministry denied that any prisoners had been moved.",
        [("indirect", "that any prisoners had been moved", "denied", "The ministry")],
    ),
    (
        "The deal is dead, according to Smith.",
        [("indirect", "The deal is dead", "according to", "Smith")],
    ),
    (
        "According to the Daily Ledger, the mayor resigned on Friday.",
        [("indirect", "the mayor resigned on Friday", "According to", "the Daily Ledger")],
    ),
    (
        "It was reported by the Daily Ledger that the mayor had resigned.",
        [("indirect", "that the mayor had resigned", "reported", "the Daily Ledger")],
    ),
    # A dateline is not the speaker.
    (
        "WASHINGTON (AP) — President Mara Lind said the museum would open in May.",
        [("indirect", "the museum would open in May", "said", "President Mara Lind")],
    ),
    (
        "In a statement, the Union of Millers said the harvest had failed.",
        [("indirect", "the harvest had failed", "said", "the Union of Millers")],
    ),
    (
        "Anna Berg insisted that the count was fair, adding that nobody had complained.",
        [
            ("indirect", "that the count was fair", "insisted", "Anna Berg"),
            ("indirect", "that nobody had complained", "adding", "Anna Berg"),
        ],
    ),
    (
        "It noted that the talks had failed.",
        [("indirect", "that the talks had failed", "noted", "It")],
    ),
    (
        "Berg's claim that the vote was rigged angered the council.",
        [("indirect", "that the vote was rigged", "claim", "Berg")],
    ),
    (
        "The governor believes that taxes are too high.",
        [("indirect", "that taxes are too high", "believes", "The governor")],
    ),
    (
        "The union wants to raise wages for all drivers.",
        [("indirect", "to raise wages for all drivers", "wants", "The union")],
    ),
    (
        "Okafor dismissed the report as a fabrication.",
        [("indirect", "the report as a fabrication", "dismissed", "Okafor")],
    ),
    (
        "The mayor called for a ban on cars in the old town.",
        [("indirect", "a ban on cars in the old town", "called for", "The mayor")],
    ),
    (
        "Berg accused Okafor of a “flip-flop.”",
        [("mixed", "Okafor of a “flip-flop.”", "accused", "Berg")],
    ),
    (
        "The new rules, the minister explained, will apply from May.",
        [
            (
                "indirect",
                "The new rules, the minister explained, will apply from May",
                "explained",
                "the minister",
            )
        ],
    ),
]


MIXED_AND_NESTED = [
    (
        "Berg called the plan a “total disaster for farmers.”",
        [("mixed", "the plan a “total disaster for farmers.”", "called", "Berg")],
    ),
    (
        "Okafor said the budget was “balanced and fair” and would pass.",
        [("mixed", "the budget was “balanced and fair” and would pass", "said", "Okafor")],
    ),
    # A nested attribution of somebody else is a statement of its own as well; one whose
    # speaker only points back at the outer speaker is part of the outer content.
    (
        "The council said in a letter that Anna Berg believes the talks are useless.",
        [
            ("indirect", "that Anna Berg believes the talks are useless", "said", "The council"),
            ("indirect", "the talks are useless", "believes", "Anna Berg"),
        ],
    ),
    (
        "The union noted that Governor Ruiz had warned the levy would fail.",
        [
            ("indirect", "that Governor Ruiz had warned the levy would fail", "noted", "The union"),
            ("indirect", "the levy would fail", "warned", "Governor Ruiz"),
        ],
    ),
    # What somebody would say, in another's words, was never said: a modal cue inside a
    # content stays part of it.
    (
        "The union noted that Governor Ruiz would warn the levy could fail.",
        [("indirect", "that Governor Ruiz would warn the levy could fail", "noted", "The union")],
    ),
    # Only a verb of saying or belief with a clause stands beside its host: an object or
    # infinitive cue inside the content stays part of what the host said.
    (
        "The union said that Governor Ruiz condemned the new levy.",
        [("indirect", "that Governor Ruiz condemned the new levy", "said", "The union")],
    ),
    (
        "The union said that Governor Ruiz decided to close the port.",
        [("indirect", "that Governor Ruiz decided to close the port", "said", "The union")],
    ),
    (
        "Okafor says he wants to rebuild the old mill by spring.",
        [("indirect", "he wants to rebuild the old mill by spring", "says", "Okafor")],
    ),
    # A verb of saying that frames a long quotation of its own inside a clause: the
    # clause overran, and the quotation is the statement.
    (
        "The aide recalled that Hume told her: “We will rebuild every bridge on the river before winter.”",
        [("direct", "We will rebuild every bridge on the river before winter.", "told", "Hume")],
    ),
]


NOT_STATEMENTS = [
    "The union endorsed it in May.",
    "The so-called “reform” failed.",
    "The “experts” were nowhere to be seen at the fair.",
    "The bakery on Mill Street opened at dawn.",
    # Beliefs voiced in the first person inside a quotation belong to the outer speaker.
]


@pytest.mark.parametrize(("text", "expected"), DIRECT + INDIRECT + MIXED_AND_NESTED)
def test_statements(run, text: str, expected: list[Row]) -> None:
    assert rows(run(text)) == expected


def test_transcript_line(run) -> None:
    doc = run("WALLACE: Do you really think the two plans are equivalent?")
    assert rows(doc) == [("indirect", "Do you really think the two plans are equivalent", ":", "WALLACE")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“The council never listens to us.” ― Lena Marsh",
         [("direct", "The council never listens to us.", "―", "Lena Marsh")]),
        ("“I am afraid of what comes next.” — Paul Hendry, 34, a teacher in Esterhaven",
         [("direct", "I am afraid of what comes next.", "—", "Paul Hendry")]),
        # No-break spaces around the dash, a particle inside the name, the full stop after it.
        ("“We will build a wall around the council.”\u00a0―\u00a0Ana de la Cruz.",
         [("direct", "We will build a wall around the council.", "―", "Ana de la Cruz")]),
        ("“Nobody asked us anything at all.” ― Edwin G. Monroy",
         [("direct", "Nobody asked us anything at all.", "―", "Edwin G. Monroy")]),
        # A closing mark typed for the opener at the start of the paragraph.
        ("”Nobody asked us anything at all.” ― Edwin G. Monroy",
         [("direct", "Nobody asked us anything at all.", "―", "Edwin G. Monroy")]),
        # Signed lines of one paragraph (after a title line).
        ("Readers react.\n\n“The trams are always late.” ― Greta Olsen\n"
         "“It is a waste of money.” - Tomas Rieck",
         [("direct", "The trams are always late.", "―", "Greta Olsen"),
          ("direct", "It is a waste of money.", "-", "Tomas Rieck")]),
    ],
)
def test_quotation_signed_after_a_dash(run, text: str, expected: list[Row]) -> None:
    assert rows(run(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A dash inside the sentence, or words after the name: no signature.
        "The plan — a “bold” one — passed on Monday.",
        "“It is over” — the slogan of the Harbor Union since May.",
    ],
)
def test_dash_without_a_signature(run, text: str) -> None:
    assert [r for r in rows(run(text)) if r[2] in ("—", "―")] == []


@pytest.mark.parametrize("text", NOT_STATEMENTS)
def test_no_statement(run, text: str) -> None:
    assert rows(run(text)) == []


def test_nested_belief_inside_quote_is_not_separate(run) -> None:
    doc = run("“I think the bridge will hold,” said the engineer, Paula Grant.")
    assert rows(doc) == [("direct", "I think the bridge will hold,", "said", "the engineer")]


def test_quote_over_paragraphs_continues_speaker(run) -> None:
    text = (
        "Anna Berg, the mayor, spoke at length. “The river has risen for three days.\n\n"
        "“We have moved everyone from the lower town and the bridge is closed,” Berg said.\n\n"
        "“Nobody will go back until the water falls.”\n\n"
        "The council meets on Monday."
    )
    doc = run(text)
    got = rows(doc)
    moved = "We have moved everyone from the lower town and the bridge is closed,"
    assert ("direct", moved, "said", "Berg") in got
    # The opening paragraph's quotation is left open: it runs on into the next one.
    assert ("direct", "The river has risen for three days.", None, "Berg") in got
    # A paragraph that is only a quotation, right after Berg's statement, is Berg's.
    assert ("direct", "Nobody will go back until the water falls.", None, "Berg") in got
    assert all(r[1] != "The council meets on Monday" for r in got)


def test_actor_is_shared_by_continued_quote(run) -> None:
    text = "“The river is rising,” said Anna Berg.\n\n“We will close the bridge tonight.”"
    doc = run(text)
    assert [s.cue is None for s in doc.statements] == [False, True]
    assert doc.statements[0].speaker == doc.statements[1].speaker


# One sentence a paragraph (as a sentence-split article arrives): a quotation opened
# in one paragraph runs on through paragraphs without marks to its closing mark, and
# every piece is the speaker's, wherever in the quotation the cue stands.
QUOTE_RUNS = [
    (
        "“The ferry will run again,” Anna Berg said.\n"
        "“Nobody is saying the crew did anything wrong.\n"
        "But the harbour needs new boats.\n"
        "It is time.”\n"
        "The council meets on Monday.",
        [
            ("direct", "The ferry will run again,", "said", "Anna Berg"),
            ("direct", "Nobody is saying the crew did anything wrong.", None, "Anna Berg"),
            ("direct", "But the harbour needs new boats.", None, "Anna Berg"),
            ("direct", "It is time.", None, "Anna Berg"),
        ],
    ),
    # The cue in the last piece speaks for the pieces before it.
    (
        "The harbour has been closed since May.\n"
        "“The bridge is unsafe.\n"
        "We will not open it until the engineers say so,” said Tomas Reval.\n"
        "The ferry still runs.",
        [
            ("direct", "The bridge is unsafe.", None, "Tomas Reval"),
            ("direct", "We will not open it until the engineers say so,", "said", "Tomas Reval"),
        ],
    ),
    # Straight marks behave the same.
    (
        'Mayor Clara Hume spoke first.\n"The budget is short," she said. "The pool will close.\n'
        'The library stays open."\nThe vote was delayed.',
        [
            ("direct", 'The budget is short," she said. "The pool will close.', "said", "she"),
            ("direct", "The library stays open.", None, "she"),
        ],
    ),
]


QUOTE_RUNS += [
    # A paragraph ending in a colon announces the quotation that opens the next one.
    (
        "Tomas Reval told the council:\n\n“We will rebuild the harbour wall before winter.”\n\n"
        "The vote is on Monday.",
        [("direct", "We will rebuild the harbour wall before winter.", "told", "Tomas Reval")],
    ),
    (
        "Anna Berg said in a statement:\n“The ferry crew did everything right.\n"
        "We owe them our thanks.”\nThe port reopens soon.",
        [
            ("direct", "The ferry crew did everything right.", "said", "Anna Berg"),
            ("direct", "We owe them our thanks.", None, "Anna Berg"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTE_RUNS)
def test_quote_runs_over_sentence_paragraphs(run, text: str, expected: list[Row]) -> None:
    assert rows(run(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A mark left open with no closing mark in the paragraphs after it is a typo:
        # the prose after it is nobody's quotation.
        "Berg called the plan “a disaster for the town.\nThe mayor left early.\nThe council meets on Monday.",
        # A closing mark too far on does not pull the paragraphs between into a quotation.
        "“The plan is dead, said Berg.\nA.\nB.\nC.\nD.\nE.\nF.\nG.\nThat was “final.” in all",
        # A name under a pull quote closes it but is nobody's words.
        "“The harbour is open,” said Anna Berg.\n“The river will rise again, and we are ready.\n"
        "Tomas Reval, harbour master.”",
    ],
)
def test_open_mark_does_not_swallow_prose(run, text: str) -> None:
    got = rows(run(text))
    prose = {"A.", "D.", "G.", "Tomas Reval, harbour master."}
    assert all("The mayor left early" not in r[1] and r[1] not in prose for r in got)


@pytest.mark.parametrize(
    "text",
    [
        "Okafor said “the vote was fair. Later, Berg said that the count was wrong.",
        "› Subscribe\n\nBerg said that the count was wrong.",
        "‹ Back\n\nBerg said that the count was wrong. ›",
        'Okafor said "yes. Later, Berg said that the count was wrong.',
        "The count ended.” Berg said that the count was wrong.",
    ],
)
def test_odd_marks_never_lose_the_document(run, text: str) -> None:
    doc = run(text)
    assert ("indirect", "that the count was wrong", "said", "Berg") in rows(doc)


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("He said “yes” and «no».", ["yes", "no"]),
        ('"One," she said, "two."', ["One,", "two."]),
        ("The players’ union said ‘never again’ today.", ["never again"]),
        ("It’s 5' 11\" tall", []),
        ("“Open to the end", ["Open to the end"]),
        # A straight mark closed by a curly one (and back): one quotation each.
        ('"We lost,” he said. "It hurts."', ["We lost,", "It hurts."]),
        ('“We lost," he said. “It hurts.”', ["We lost,", "It hurts."]),
        ("''I called,'' she said. ''He is a friend.''", ["I called,", "He is a friend."]),
        # An opening mark typed where the closer belongs closes the quotation ...
        ("“It is odd,“ said Roe. “It is hard to pull off.”", ["It is odd,", "It is hard to pull off."]),
        ("He said “We won.“", ["We won."]),
        # ... but not one that opens words of its own.
        ("“A “b” c,” he said.", ["A", "b"]),
        # A closing mark with nothing before it to close opens the quotation.
        ("”We lost.” It hurts.", ["We lost."]),
        ("He said ” no.", []),
    ],
)
def test_find_quotes(text: str, quotes: list[str]) -> None:
    found = find_quotes(text, 0, len(text), load_cues().quote_pairs)
    assert [text[q.inner[0] : q.inner[1]] for q in found] == quotes


def test_offsets_point_into_text(run) -> None:
    text = "Title line\n\n  “The vote was fair,” said Clara Hume.  \n\nShe added that the count was over."
    doc = run(text)
    for s in doc.statements:
        assert 0 <= s.content[0] < s.content[1] <= len(text)
        assert doc.in_body(s.content)
    assert [r[0] for r in rows(doc)] == ["direct", "indirect"]


# ---------------------------------------------------------------- the seed articles


def _quotes(doc: Document) -> list[tuple[int, int]]:
    out = []
    for s, e in doc.body:
        for q in find_quotes(doc.text, s, e, load_cues().quote_pairs):
            if q.sentence_like(doc.text):
                out.append(q.inner)
    return out


@pytest.mark.shared
def test_seed_direct_quotes_found_with_speaker(seed_docs) -> None:
    for name, doc in seed_docs.items():
        for inner in _quotes(doc):
            owners = [s for s in doc.statements if s.content[0] <= inner[0] and inner[1] <= s.content[1]]
            assert owners, f"{name}: quotation {inner} has no statement"
            assert all(s.speaker is not None for s in owners), f"{name}: quotation {inner} has no speaker"


@pytest.mark.shared
def test_seed_nobody_speaks_inside_a_statement_unless_an_actor(seed_docs) -> None:
    # "the JCPOA 3 would call on the country to ...", in the Leader's words, is what a
    # supposed deal would ask, not a statement of the deal.
    for name, doc in seed_docs.items():
        for s in doc.statements:
            if s.cue is not None and any(o is not s and o.content[0] <= s.cue[0] < o.content[1]
                                         for o in doc.statements):
                assert s.actor is not None, f"{name}: {doc.slice(s.speaker or s.cue)!r} inside a statement"


@pytest.mark.shared
def test_seed_speakers_resolve_to_actors(seed_docs) -> None:
    docs = list(seed_docs.values())
    if not any(d.actors for d in docs):
        pytest.skip("the actors stage finds no actors yet")
    leader = next(d for d in docs if any("Khamenei" in a.name for a in d.actors) and "Leader" in d.text[:200])
    he = [s for s in leader.statements if leader.slice(s.speaker) == "he"]
    assert he, "the seed about the Leader has statements by 'he'"
    for s in he:
        actor = leader.actor(s.actor)
        assert actor is not None and "Khamenei" in actor.name
    letter = next(d for d in docs if any("Abdollahian" in a.name for a in d.actors))
    quoted = [s for s in letter.statements if s.kind == "direct"]
    assert quoted
    for s in quoted:
        actor = letter.actor(s.actor)
        assert actor is not None, f"no actor for {letter.slice(s.speaker)!r}"
        assert "Basij" in actor.name or "Abdollahian" in actor.name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The port company says the dockers refused every offer; "
            "the union says the offers were insulting.",
            ("indirect", "the offers were insulting", "says", "the union"),
        ),
        (
            "Mayor Ostrova said the bridge was safe; her rival said it was crumbling.",
            ("indirect", "it was crumbling", "said", "her rival"),
        ),
        (
            'Demir also criticized what he called "unfair" tariffs on Korvalan grain.',
            ("mixed", '"unfair" tariffs on Korvalan grain', "called", "he"),
        ),
    ],
)
def test_second_speaker_keeps_to_own_clause(run, text: str, expected: Row) -> None:
    """Neither content may hold its own speaker: each statement stops at its own words."""
    got = rows(run(text))
    assert expected in got, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An aside after a comma ends the content: a participle, a non-restrictive
        # relative, a concession.
        (
            "Anna Berg said that the bridge would close, leaving the farmers without a road.",
            ("indirect", "that the bridge would close", "said", "Anna Berg"),
        ),
        (
            "Okafor said the mill would reopen in May, which surprised the workers.",
            ("indirect", "the mill would reopen in May", "said", "Okafor"),
        ),
        (
            "Berg said the new tax was fair, though the shop owners disagreed.",
            ("indirect", "the new tax was fair", "said", "Berg"),
        ),
        # What seems or is expected: no source, and the subject is part of the content.
        ("The bridge appears to be safe.", ("indirect", "The bridge appears to be safe", "appears", None)),
        (
            "Okafor is expected to win the vote in May.",
            ("indirect", "Okafor is expected to win the vote in May", "expected", None),
        ),
        (
            "Berg plans to close the mill, leaving the workers without pay.",
            ("indirect", "to close the mill", "plans", "Berg"),
        ),
        # Who is urged to do something belongs to the content.
        (
            "The mayor urged the council to block the deal.",
            ("indirect", "the council to block the deal", "urged", "The mayor"),
        ),
        # A passive with its agent: the subject is what the agent said.
        (
            "The closure was first reported by the Daily Ledger.",
            ("indirect", "The closure", "reported", "the Daily Ledger"),
        ),
        # "citing X": what is cited is the content, the one who cites the source.
        (
            "The council closed the bridge, citing the risk of floods.",
            ("indirect", "the risk of floods", "citing", "The council"),
        ),
        # What the verb says of its object belongs to the content; when and where not.
        (
            "The mayor credited Anna Berg for the new bridge.",
            ("indirect", "Anna Berg for the new bridge", "credited", "The mayor"),
        ),
        (
            "Clara Hume denounced the plan as a gift to the banks on Monday.",
            ("indirect", "the plan as a gift to the banks", "denounced", "Clara Hume"),
        ),
    ],
)
def test_content_boundaries(run, text: str, expected: Row) -> None:
    assert rows(run(text)) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Adjectives and nouns whose complement is what somebody holds.
        ("The farmers are wary of the new dam.", ("indirect", "the new dam", "wary", "The farmers")),
        (
            "Clara Hume is confident that the vote will pass.",
            ("indirect", "that the vote will pass", "confident", "Clara Hume"),
        ),
        ("Okafor was eager to meet the mayor.", ("indirect", "to meet the mayor", "eager", "Okafor")),
        ("Berg was critical of the new tax.", ("indirect", "the new tax", "critical", "Berg")),
        ("Berg's concern about the budget grew.", ("indirect", "the budget", "concern", "Berg")),
        ("Okafor is convinced that it holds.", ("indirect", "that it holds", "convinced", "Okafor")),
        ("Berg's praise for the mayor surprised nobody.", ("indirect", "the mayor", "praise", "Berg")),
        # Verbs whose object is the content: polls show, somebody blames.
        ("The poll shows Reval with a lead.", ("indirect", "Reval with a lead", "shows", "The poll")),
        (
            "The mayor blamed the council for the delay.",
            ("indirect", "the council for the delay", "blamed", "The mayor"),
        ),
        ("Hume hopes the vote will pass.", ("indirect", "the vote will pass", "hopes", "Hume")),
        # A pronoun object that stands for somebody is a content; "it" is not.
        ("The union endorsed her in May.", ("indirect", "her", "endorsed", "The union")),
        # The long tail of the lexicon: a clause, an infinitive, a preposition, an object.
        (
            "The minister anticipated that the river would rise.",
            ("indirect", "that the river would rise", "anticipated", "The minister"),
        ),
        ("Berg warned to stay off the dam.", ("indirect", "to stay off the dam", "warned", "Berg")),
        ("Okafor joked about the new mayor.", ("indirect", "the new mayor", "joked about", "Okafor")),
        (
            "The union reaffirmed its support for the strike.",
            ("indirect", "its support for the strike", "reaffirmed", "The union"),
        ),
    ],
)
def test_more_cues(run, text: str, expected: Row) -> None:
    assert rows(run(text)) == [expected]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("She said the talks were the first real chance to agree on a plan.", "the first real chance"),
        ("The mayor called it a good moment to call for calm.", "a good moment"),
    ],
)
def test_infinitive_after_a_noun_has_no_speaker_noun(run, text: str, noun: str) -> None:
    doc = run(text)
    assert noun not in [doc.slice(s.speaker) for s in doc.statements if s.speaker], rows(doc)
    assert noun not in [a.name for a in doc.actors]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("“The plan,” Berg said, “is dead.”", ["The plan,”", "“is dead."]),
        ("The rules, the minister explained, apply from May.", ["The rules", "apply from May"]),
        ("The bridge appears to be safe.", ["The bridge", "to be safe"]),
        ("Smith said that the deal was dead.", ["that the deal was dead"]),
    ],
)
def test_content_pieces_leave_out_the_frame_inside(run, text: str, pieces: list[str]) -> None:
    doc = run(text)
    (st,) = doc.statements
    assert [text[s:e] for s, e in content_pieces(text, st)] == pieces
