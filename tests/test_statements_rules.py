"""Content boundaries and precision rules of the statements stage, one rule a case.

Texts are invented (fictional people and towns). Each case gives the whole list of
(kind, content, cue, speaker) tuples the stage must return for the text.
"""

from __future__ import annotations

import pytest

from stancegraph.statements import content_pieces
from test_statements import Row, rows

CASES: list[tuple[str, list[Row]]] = [
    # A past verb the parse hung on a modal that-clause goes on with the reporting verb.
    (
        "Mayor Ines Varga said on Monday that the ferry would run next year and praised the crews.",
        [
            ("indirect", "that the ferry would run next year", "said", "Mayor Ines Varga"),
            ("indirect", "the crews", "praised", "Mayor Ines Varga"),
        ],
    ),
    # What a verb says of its object runs on over the prepositions right after it ...
    (
        "The mayor blamed the flood on the council.",
        [("indirect", "the flood on the council", "blamed", "The mayor")],
    ),
    ("Clara Hume attacked Okafor by name.", [("indirect", "Okafor by name", "attacked", "Clara Hume")]),
    # "see X as Y" when the parse hangs "as" on the object; "called her “X”" when it makes
    # the object the predicate's possessor.
    (
        "Young voters see the elections held Sunday as a test of whether the generals will loosen "
        "their grip.",
        [
            (
                "indirect",
                "the elections held Sunday as a test of whether the generals will loosen their grip",
                "see",
                "Young voters",
            )
        ],
    ),
    ("He called her “third-rate” on Monday.", [("mixed", "her “third-rate”", "called", "He")]),
    # A gerund the parse makes a clause is the object all the same.
    (
        "Senator Pell supports keeping the ferry crews on the island.",
        [("indirect", "keeping the ferry crews on the island", "supports", "Senator Pell")],
    ),
    (
        "Okafor firmly opposed raising the harbor levy.",
        [("indirect", "raising the harbor levy", "opposed", "Okafor")],
    ),
    (
        "Okafor criticized the mayor over the closure of the bridge.",
        [("indirect", "the mayor over the closure of the bridge", "criticized", "Okafor")],
    ),
    # ... but not over the medium it was said in, a time, or an aside after a comma.
    ("Clara Hume denounced the levy in a speech.", [("indirect", "the levy", "denounced", "Clara Hume")]),
    ("Clara Hume denounced the levy on Friday.", [("indirect", "the levy", "denounced", "Clara Hume")]),
    (
        "The union reported its largest loss in a decade.",
        [("indirect", "its largest loss", "reported", "The union")],
    ),
    (
        "Okafor attacked the levy with some force, which surprised the council.",
        [("indirect", "the levy with some force", "attacked", "Okafor")],
    ),
    # "which she said …": the relative pronoun the parse gave the verb as a second
    # subject is part of the content, the other subject is the speaker.
    (
        "The mayor praised the new bridge, which she said cost less than the old ferry.",
        [
            ("indirect", "the new bridge", "praised", "The mayor"),
            ("indirect", "which she said cost less than the old ferry", "said", "she"),
        ],
    ),
    # A typed opening mark for a closer does not swallow the next quotation.
    (
        "“It is unusual,“ said Larry Roe, a lawyer at the Vellmar bar. "
        "“It is a hard thing to pull off without crossing a line.”",
        [
            (
                "direct",
                "It is unusual,“ said Larry Roe, a lawyer at the Vellmar bar. "
                "“It is a hard thing to pull off without crossing a line.",
                "said",
                "Larry Roe",
            )
        ],
    ),
    # A word that stands for the whole answer.
    (
        "Asked if the levy was fair, most farmers said yes.",
        [("indirect", "yes", "said", "most farmers")],
    ),
    ("Berg said no.", [("indirect", "no", "said", "Berg")]),
    # A place or a time set off by a comma is the narrator's aside.
    (
        "Berg said the farmers would meet in Vellmar, where the old mill stands.",
        [("indirect", "the farmers would meet in Vellmar", "said", "Berg")],
    ),
    (
        "Okafor said the mill would reopen in the spring, when the river is low again.",
        [("indirect", "the mill would reopen in the spring", "said", "Okafor")],
    ),
    # A second "that" clause the parse hangs on the verb is part of the same content.
    (
        "The senator argued that the process was fair, but that it had taken too long.",
        [("indirect", "that the process was fair, but that it had taken too long", "argued", "The senator")],
    ),
    # A sentence-final reporting clause the parse left without its clause.
    (
        "Those who borrow heavily for college struggle, even with a good job, he said.",
        [("indirect", "Those who borrow heavily for college struggle, even with a good job", "said", "he")],
    ),
    # A source phrase ending its sentence is the source of the whole sentence before
    # it, whichever verb the parse hung it on; a clause it follows stops before it.
    (
        "Okafor leads Berg by ten points in the north and has pulled ahead in the south, "
        "according to a poll by the Ledger.",
        [
            (
                "indirect",
                "Okafor leads Berg by ten points in the north and has pulled ahead in the south",
                "according to",
                "a poll by the Ledger",
            )
        ],
    ),
    (
        "Berg said that the levy hurts the town, according to a report by the Ledger. "
        "Okafor said that the mill would close, according to Lena Holm.",
        [
            ("indirect", "Berg said that the levy hurts the town", "according to", "a report by the Ledger"),
            ("indirect", "that the levy hurts the town", "said", "Berg"),
            ("indirect", "Okafor said that the mill would close", "according to", "Lena Holm"),
            ("indirect", "that the mill would close", "said", "Okafor"),
        ],
    ),
    # Lexicon entries chosen on PolNeAR train (and kept only where dev agreed).
    (
        "The mayor sees the levy as a tax on the poor.",
        [("indirect", "the levy as a tax on the poor", "sees", "The mayor")],
    ),
    (
        "Prosecutors charged the treasurer with fraud.",
        [("indirect", "the treasurer with fraud", "charged", "Prosecutors")],
    ),
    (
        "Okafor framed the vote as a choice between two towns.",
        [("indirect", "the vote as a choice between two towns", "framed", "Okafor")],
    ),
    (
        "The union campaigned for a shorter week.",
        [("indirect", "a shorter week", "campaigned for", "The union")],
    ),
    ("Most farmers want a new dam.", [("indirect", "a new dam", "want", "Most farmers")]),
    ("The council embraced the plan.", [("indirect", "the plan", "embraced", "The council")]),
    (
        "The council's decision to close the bridge angered the farmers.",
        [("indirect", "to close the bridge", "decision", "The council")],
    ),
    (
        "The farmers know that the river will rise again.",
        [("indirect", "that the river will rise again", "know", "The farmers")],
    ),
    # Verbs of support take their object as what the speaker holds ...
    ("Most farmers support the new dam.", [("indirect", "the new dam", "support", "Most farmers")]),
    ("The union backed Okafor in the spring.", [("indirect", "Okafor", "backed", "The union")]),
    ("The farmers resisted the new levy.", [("indirect", "the new levy", "resisted", "The farmers")]),
    ("The union's opposition to the levy hardened.", [("indirect", "the levy", "opposition", "The union")]),
    # ... but an object that nobody in the sentence holds is no statement.
    ("The offense of supporting the mayor was never forgiven.", []),
    ("The crime of attacking the mayor was never forgiven.", []),
    # "I know" is conversation, not a held view worth recording.
    ("I know that the river will rise again.", []),
    # One attribution for one content: the verb, not the noun of its medium ...
    (
        "Okafor's chief adviser Lena Holm says in a statement that the race is now a contest "
        "between four towns.",
        [
            (
                "indirect",
                "that the race is now a contest between four towns",
                "says",
                "Okafor's chief adviser Lena Holm",
            )
        ],
    ),
    # ... and the quotation's own cue, not a verb of the next sentence that touches it.
    (
        "“The levy is unfair.” He added, “We will fight it in every court in the land.” "
        "The council, for its part, refused to answer, pleading the law.",
        [("direct", "We will fight it in every court in the land.", "added", "He")],
    ),
    # A subjectless copula after a copular clause goes on with what is said.
    (
        "Ilse Marang also said the militia is more than a fighting force, but is in fact "
        "“a culture and a school of thought.”",
        [
            (
                "mixed",
                "the militia is more than a fighting force, but is in fact "
                "“a culture and a school of thought.”",
                "said",
                "Ilse Marang",
            )
        ],
    ),
    # A credit line whose outlet the scraper dropped ("…, reported.") is no content:
    # the quotation keeps its cue and speaker.
    (
        "“The harbour will stay closed until the storms pass,” she said in an address to a "
        "group of dock workers from across the region, reported.",
        [("direct", "The harbour will stay closed until the storms pass,", "said", "she")],
    ),
    # After a plural possessive the parse may split the noun phrase into two objects.
    (
        "The minister highlighted western countries’ scheme to divert the river, adding that "
        "the council had not been told.",
        [
            ("indirect", "western countries’ scheme to divert the river", "highlighted", "The minister"),
            ("indirect", "that the council had not been told", "adding", "The minister"),
        ],
    ),
    (
        "“The levy is unfair,” he said, referring to western countries’ intention to start new "
        "talks on trade.",
        [
            ("direct", "The levy is unfair,", "said", "he"),
            ("indirect", "western countries’ intention to start new talks on trade", "referring to", "he"),
        ],
    ),
    # A modal clause joined to what is said is part of it, not a second report.
    (
        "The first plan would close the mill and the second plan would call on the town to pay "
        "for the repairs, the mayor explained.",
        [
            (
                "indirect",
                "The first plan would close the mill and the second plan would call on the town to pay "
                "for the repairs",
                "explained",
                "the mayor",
            )
        ],
    ),
    (
        "Okafor said the levy was fair and Clara Hume insisted that it was not.",
        [
            ("indirect", "the levy was fair", "said", "Okafor"),
            ("indirect", "that it was not", "insisted", "Clara Hume"),
        ],
    ),
    # "that" takes no infinitive: the fronted purpose is followed by the clause proper;
    # with no comma, the participle belongs to the document or poll before it ...
    (
        "The mayor spoke in response to analyses suggesting that to end the strike, the council "
        "needs to raise wages.",
        [("indirect", "that to end the strike, the council needs to raise wages", "suggesting", "analyses")],
    ),
    (
        "The mayor sent a tweet saying the bridge would reopen on Monday.",
        [("indirect", "the bridge would reopen on Monday", "saying", "a tweet")],
    ),
    # ... but a time or an addressee before it is not the speaker.
    (
        "The union sent a letter to Okafor on Monday asking for a meeting.",
        [("indirect", "a meeting", "asking for", "The union")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rules(pipeline, text: str, expected: list[Row]) -> None:
    assert rows(pipeline.run(text)) == expected


def test_reported_relative_is_scored_as_its_pieces(pipeline) -> None:
    text = "The mayor praised the new bridge, which she said cost less than the old ferry."
    doc = pipeline.run(text)
    st = next(s for s in doc.statements if doc.slice(s.cue) == "said")
    assert [text[a:b] for a, b in content_pieces(text, st)] == ["which", "cost less than the old ferry"]
