"""Actor-to-actor relations of the rules backend beyond a stance word between two names:
who holds forth about whom, and a pair's polarity settled across the document.

Fictional people and places only; actors and statements are placed by hand so that
these tests exercise the stance stage alone.
"""

from __future__ import annotations

import re

import pytest

from stancegraph.config import Config
from stancegraph.parse import Parser
from stancegraph.stance import StanceTagger
from stancegraph.stance_backends.rules import BASIS_SCORE
from stancegraph.types import RELATION_BASES, Actor, Document, Mention, Statement

ACTORS = {"Vale": ["Senator Vale"], "Orm": ["Governor Orm"], "Harbor Union": ["Harbor Union"],
          "Pim": ["Judge Ada Pim"], "Kestria": ["Kestria"], "Dockers": ["dock workers"]}
KINDS = {"Vale": "person", "Orm": "person", "Harbor Union": "organization", "Pim": "person",
         "Kestria": "country", "Dockers": "group"}


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


@pytest.fixture(scope="module")
def tagger() -> StanceTagger:
    return StanceTagger(Config())


def build(parser: Parser, text: str, statements: list[tuple[str, str]] | None = None) -> Document:
    """Each line a paragraph; every occurrence of an actor's forms is a mention of it;
    statements are (content substring, speaker name)."""
    doc = Document(text=text)
    pos = 0
    for line in text.split("\n"):
        doc.body.append((pos, pos + len(line)))
        pos += len(line) + 1
    doc = parser(doc)
    for name, forms in ACTORS.items():
        actor = Actor(id=name.lower().replace(" ", "-"), name=name, kind=KINDS[name])
        for form in forms:
            actor.mentions += [Mention((m.start(), m.end())) for m in re.finditer(re.escape(form), text)]
        doc.actors.append(actor)
    for content, speaker in statements or []:
        start = text.index(content)
        doc.statements.append(Statement("indirect", (start, start + len(content)),
                                        actor=speaker.lower().replace(" ", "-")))
    return doc


def triples(doc: Document) -> set[tuple[str, str, str, str]]:
    return {(doc.slice(r.sentence), r.subject, r.object, r.polarity) for r in doc.relations}


SECOND = "Senator Vale said Governor Orm would visit the port on Friday."
CONTENT = "Governor Orm would visit the port on Friday"


@pytest.mark.parametrize(
    ("first", "polarity"),
    [
        # the pair's reading from a stance word elsewhere in the document
        ("Senator Vale criticized Governor Orm over the ferry contract.", "negative"),
        ("Senator Vale praised Governor Orm for the new school.", "positive"),
        # else the reverse pair's: positions are mostly returned in kind
        ("Governor Orm attacked Senator Vale in a radio interview.", "negative"),
        ("Governor Orm thanked Senator Vale after the vote.", "positive"),
    ],
)
def test_speaker_toward_an_actor_in_the_content_takes_the_pairs_polarity(
    parser: Parser, tagger: StanceTagger, first: str, polarity: str
) -> None:
    doc = tagger(build(parser, f"{first}\n{SECOND}", [(CONTENT, "Vale")]))
    assert (SECOND, "vale", "orm", polarity) in triples(doc)


def test_a_speaker_naming_an_actor_read_nowhere_is_taken_as_disputing(
    parser: Parser, tagger: StanceTagger
) -> None:
    # News reports disputes more than praise: a speaker's words about another actor, with
    # nothing to read them by, are kept as negative (SEESAW train: right 3 times in 4).
    doc = tagger(build(parser, f"The ferry left Esterhaven at noon.\n{SECOND}", [(CONTENT, "Vale")]))
    assert triples(doc) == {(SECOND, "vale", "orm", "negative")}


@pytest.mark.parametrize(
    ("text", "statements"),
    [
        # a positive tone is no safe guess either way (SEESAW train: right under half the time)
        ("Senator Vale said Governor Orm would visit the port on Friday, a great and happy day for all.",
         [("Governor Orm would visit the port on Friday, a great and happy day for all", "Vale")]),
        # the subject of the clause above, with no statement and no stance word: no guess
        ("Senator Vale drove past Governor Orm at the port on Friday.", []),
    ],
)
def test_a_pair_read_nowhere_gets_no_guess(
    parser: Parser, tagger: StanceTagger, text: str, statements: list[tuple[str, str]]
) -> None:
    doc = tagger(build(parser, f"The ferry left Esterhaven at noon.\n{text}", statements))
    assert doc.relations == []


@pytest.mark.parametrize(
    ("text", "subj", "obj", "polarity"),
    [
        # the subject of the clause above the mention, with a stance word on the way down
        ("Senator Vale pushed hard to protect Governor Orm from the inquiry.", "vale", "orm", "positive"),
        ("Senator Vale wrote a long column in defence of Governor Orm.", "vale", "orm", "positive"),
        ("Senator Vale read out a list of complaints about Governor Orm.", "vale", "orm", "negative"),
        # setting oneself apart, under a verb of wanting that is no wish toward the object
        ("Senator Vale is seeking to contrast her record with Governor Orm's harbor plan.",
         "vale", "orm", "negative"),
        ("Senator Vale tried to draw a sharp contrast with Governor Orm.", "vale", "orm", "negative"),
        # the evaluation of the mention in a speaker's content
        ("Senator Vale said that Governor Orm is a corrupt and reckless man.", "vale", "orm", "negative"),
    ],
)
def test_holder_relations(
    parser: Parser, tagger: StanceTagger, text: str, subj: str, obj: str, polarity: str
) -> None:
    statements = [(text[text.index("Governor"):-1], "Vale")] if " said " in text else []
    doc = tagger(build(parser, text, statements))
    assert (text, subj, obj, polarity) in triples(doc)
    rel = next(r for r in doc.relations if (r.subject, r.object) == (subj, obj))
    assert "Orm" in doc.slice(rel.evidence)


@pytest.mark.parametrize(
    "text",
    [
        # one who acts is reported, not judged
        "Senator Vale criticized the budget after Governor Orm left the chamber.\n"
        "Senator Vale met reporters after Governor Orm left.",
        # one who only stands beside the act
        "Senator Vale criticized Governor Orm on Monday.\n"
        "Senator Vale drew far more voters than Governor Orm in the port towns.",
        # a negated stance word says nothing either way, negated where it stands or above it
        "Senator Vale did not try to remove Governor Orm from the harbor board.",
        "Senator Vale never wanted to criticize Governor Orm in public.",
        # a retreat is no support
        "Senator Vale backed away from Governor Orm after the vote.",
        # the one a stance noun is from holds it; it is not the object of the clause's holder
        "Senator Vale resigned a month later, following complaints from Governor Orm.",
        # or negated on the noun it hangs on
        "Senator Vale has no intention of criticizing Governor Orm.",
        "Senator Vale said there was no reason to attack Governor Orm.",
    ],
)
def test_no_holder_relation(parser: Parser, tagger: StanceTagger, text: str) -> None:
    doc = tagger(build(parser, text))
    last = text.split("\n")[-1]
    assert not {(s, o) for t, s, o, _p in triples(doc) if t == last} & {("vale", "orm")}


CRITICIZED = "Senator Vale criticized Governor Orm over the ferry contract."
DISGRACE = "“That is a disgrace,” Senator Vale said."


@pytest.mark.parametrize(
    ("middle", "expected"),
    [
        # the sentence before is about Orm, and the document settles Vale's position on Orm
        ("Governor Orm signed the contract on Monday.", {(DISGRACE, "vale", "orm", "negative")}),
        # the sentence before names no one: nothing to carry over
        ("The ferry left Esterhaven at noon.", set()),
    ],
)
def test_an_object_is_carried_over_from_the_sentence_before(
    parser: Parser, tagger: StanceTagger, middle: str, expected: set[tuple[str, str, str, str]]
) -> None:
    doc = tagger(build(parser, f"{CRITICIZED}\n{middle}\n{DISGRACE}", [("That is a disgrace", "Vale")]))
    assert {t for t in triples(doc) if t[0] == DISGRACE} == expected


def test_a_content_naming_its_object_carries_nothing_over(parser: Parser, tagger: StanceTagger) -> None:
    last = "“The Harbor Union is a disgrace,” Senator Vale said."
    text = f"{CRITICIZED}\nGovernor Orm signed the contract on Monday.\n{last}"
    doc = tagger(build(parser, text, [("The Harbor Union is a disgrace", "Vale")]))
    assert {t[2] for t in triples(doc) if t[0] == last} == {"harbor-union"}


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # an unattributed quotation right after a quoted statement: the same speaker goes on
        ("“Governor Orm will not stop us.”", {("vale", "orm", "negative")}),
        ("“Governor Orm is a wonderful, kind and brilliant friend.”", {("vale", "orm", "positive")}),
        # no quotation marks: not a continuation of what Vale said
        ("Governor Orm will not stop them.", set()),
    ],
)
def test_a_quotation_goes_on_with_the_speaker_before(
    parser: Parser, tagger: StanceTagger, second: str, expected: set[tuple[str, str, str]]
) -> None:
    doc = build(parser, f"“We will fight on,” Senator Vale said.\n{second}", [("We will fight on", "Vale")])
    doc.statements[0].kind = "direct"
    doc = tagger(doc)
    assert {(s, o, p) for text, s, o, p in triples(doc) if text == second} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harbor Union chief Senator Vale criticized Governor Orm.",
         {("vale", "orm", "negative"), ("harbor-union", "orm", "negative")}),
        ("The Harbor Union's Senator Vale praised Governor Orm on Monday.",
         {("vale", "orm", "positive"), ("harbor-union", "orm", "positive")}),
        # an organization elsewhere in the sentence is no affiliation
        ("Senator Vale criticized Governor Orm in a letter to the Harbor Union.",
         {("vale", "orm", "negative")}),
    ],
)
def test_an_organization_named_in_a_persons_title_holds_their_positions(
    parser: Parser, tagger: StanceTagger, text: str, expected: set[tuple[str, str, str]]
) -> None:
    doc = tagger(build(parser, text))
    assert {(s, o, p) for _t, s, o, p in triples(doc) if s != o and o != "harbor-union"} >= expected
    assert ("harbor-union" in {s for _t, s, _o, _p in triples(doc)}) == any(
        s == "harbor-union" for s, _o, _p in expected)


def test_a_title_speaks_for_the_organization_only_in_its_sentence(
    parser: Parser, tagger: StanceTagger
) -> None:
    text = ("Harbor Union chief Senator Vale criticized Governor Orm.\n"
            "On Friday, Senator Vale praised Judge Ada Pim for her ruling.")
    got = {(s, o, p) for _t, s, o, p in triples(tagger(build(parser, text)))}
    assert {("harbor-union", "orm", "negative"), ("vale", "pim", "positive")} <= got
    assert not any(s == "harbor-union" and o == "pim" for s, o, _p in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senator Vale, a spokesman for Governor Orm, spoke on Friday.", ("vale", "orm", "positive")),
        ("Senator Vale, an aide to Governor Orm, spoke on Friday.", ("vale", "orm", "positive")),
        ("Senator Vale, a longtime critic of Governor Orm, spoke on Friday.", ("vale", "orm", "negative")),
    ],
)
def test_a_person_noun_names_whom_one_speaks_for_or_against(
    parser: Parser, tagger: StanceTagger, text: str, expected: tuple[str, str, str]
) -> None:
    doc = tagger(build(parser, text))
    assert (text, *expected) in triples(doc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what two do to each other runs both ways
        ("Senator Vale and Governor Orm clashed over the budget.",
         {("vale", "orm", "negative"), ("orm", "vale", "negative")}),
        ("Senator Vale feuded with Governor Orm for years.",
         {("vale", "orm", "negative"), ("orm", "vale", "negative")}),
        ("Senator Vale and Governor Orm, who have been fighting bitterly, met on Friday.",
         {("vale", "orm", "negative"), ("orm", "vale", "negative")}),
        ("Senator Vale, a longtime ally of Governor Orm, spoke on Friday.",
         {("vale", "orm", "positive"), ("orm", "vale", "positive")}),
        ("Senator Vale, the son of Governor Orm, spoke on Friday.",
         {("vale", "orm", "positive"), ("orm", "vale", "positive")}),
        # a one-way position stays one-way
        ("Senator Vale, a spokesman for Governor Orm, spoke on Friday.", {("vale", "orm", "positive")}),
        # a stance noun received from another: "won X's endorsement", "landed the backing of X"
        ("Governor Orm won Senator Vale's endorsement on Monday.", {("vale", "orm", "positive")}),
        ("Governor Orm landed the backing of Senator Vale.", {("vale", "orm", "positive")}),
        ("Governor Orm has the support of Senator Vale.", {("vale", "orm", "positive")}),
        ("Governor Orm accepted the endorsement of Senator Vale.", {("vale", "orm", "positive")}),
        # but what one has for another is one's own
        ("Senator Vale had warm praise for Governor Orm.", {("vale", "orm", "positive")}),
        # a reduced passive: the noun it modifies is the verb's object
        ("Judge Ada Pim, appointed by Governor Orm, ruled on Monday.", {("orm", "pim", "positive")}),
    ],
)
def test_reciprocal_received_and_reduced_passive_relations(
    parser: Parser, tagger: StanceTagger, text: str, expected: set[tuple[str, str, str]]
) -> None:
    got = {(s, o, p) for _t, s, o, p in triples(tagger(build(parser, text)))}
    assert expected <= got
    if len(expected) == 1:
        ((s, o, _p),) = expected
        assert not any((x, y) == (o, s) for x, y, _p in got)


def test_a_clause_subject_toward_an_actor_in_a_negative_sentence_is_kept(
    parser: Parser, tagger: StanceTagger
) -> None:
    # the same sentence without the negative words is in test_a_pair_read_nowhere_gets_no_guess
    text = "Senator Vale drove past Governor Orm at the scene of the deadly, horrible crash."
    assert triples(tagger(build(parser, text))) == {(text, "vale", "orm", "negative")}


@pytest.mark.parametrize(
    ("content", "polarity"),
    [
        ("Governor Orm was friendly with the bankers", "positive"),
        ("Governor Orm was too friendly with the bankers", "negative"),  # a virtue in excess
    ],
)
def test_too_turns_a_virtue_into_a_fault(
    parser: Parser, tagger: StanceTagger, content: str, polarity: str
) -> None:
    text = f"Senator Vale said {content}."
    assert (text, "vale", "orm", polarity) in triples(tagger(build(parser, text, [(content, "Vale")])))


@pytest.mark.parametrize(
    "text",
    [
        "Governor Orm has been the target of Senator Vale's attacks.",
        "Governor Orm won Senator Vale's endorsement on Monday.",
    ],
)
def test_a_possessed_stance_noun_is_not_read_from_the_clause_subject(
    parser: Parser, tagger: StanceTagger, text: str
) -> None:
    # Vale holds the attacks or the endorsement; Orm holds no position toward Vale here.
    assert not any(s == "orm" and o == "vale" for _t, s, o, _p in triples(tagger(build(parser, text))))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive sanction names the organization that imposes it as its place
        ("Governor Orm was banned from the Harbor Union on Friday.", {("harbor-union", "orm", "negative")}),
        ("Governor Orm will also be blocked from posting on Harbor Union.",
         {("harbor-union", "orm", "negative")}),
        # a named agent is the one who acts
        ("Governor Orm was banned from the Harbor Union by Senator Vale.", {("vale", "orm", "negative")}),
        # praise is no sanction; a place is no organization
        ("Governor Orm was praised at the Harbor Union.", set()),
    ],
)
def test_a_passive_sanction_from_an_organization(
    parser: Parser, tagger: StanceTagger, text: str, expected: set[tuple[str, str, str]]
) -> None:
    got = {(s, o, p) for _t, s, o, p in triples(tagger(build(parser, text))) if o == "orm"}
    assert got == expected


@pytest.mark.parametrize(("country", "expected"), [("", {"negative"}), ("Kestria", set())])
def test_no_default_dispute_with_ones_own_country(
    parser: Parser, tagger: StanceTagger, country: str, expected: set[str]
) -> None:
    text = "Senator Vale said Kestria would sign the treaty on Friday."
    doc = build(parser, text, [("Kestria would sign the treaty on Friday", "Vale")])
    if country:
        next(a for a in doc.actors if a.id == "vale").attrs["country"] = country
    assert {p for _t, s, o, p in triples(tagger(doc)) if (s, o) == ("vale", "kestria")} == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a negated verb whose object merely belongs to the country
        ("Senator Vale said the levy would not resolve Kestria's problems with the harbour.",
         "the levy would not resolve Kestria's problems with the harbour"),
        # a stance word between the two names
        ("Senator Vale criticized Kestria over the ferry contract.", None),
    ],
)
@pytest.mark.parametrize(("country", "against"), [("", True), ("Kestria", False)])
def test_no_reading_sets_one_against_ones_own_country(
    parser: Parser, tagger: StanceTagger, text: str, content: str | None, country: str, against: bool
) -> None:
    doc = build(parser, text, [(content, "Vale")] if content else [])
    if country:
        next(a for a in doc.actors if a.id == "vale").attrs["country"] = country
    pols = {p for _t, s, o, p in triples(tagger(doc)) if (s, o) == ("vale", "kestria")}
    assert ("negative" in pols) is against


@pytest.mark.parametrize(
    ("lines", "statements", "pair", "basis"),
    [
        (["Senator Vale criticized Governor Orm over the ferry contract."], [], ("vale", "orm"), "word"),
        (["Senator Vale said Governor Orm is a liar."], [("Governor Orm is a liar", "Vale")],
         ("vale", "orm"), "evaluation"),
        (["Senator Vale read out a list of complaints about Governor Orm."], [], ("vale", "orm"), "path"),
        # nothing but who holds forth about whom: the negative guess
        (["The ferry left Esterhaven at noon.", SECOND], [(CONTENT, "Vale")], ("vale", "orm"), "default"),
        # the same words after a praise: the polarity comes from the pair elsewhere
        (["Senator Vale praised Governor Orm for the new school.", SECOND], [(CONTENT, "Vale")],
         ("vale", "orm"), "pair"),
        ([CRITICIZED, "Governor Orm signed the contract on Monday.", DISGRACE],
         [("That is a disgrace", "Vale")], ("vale", "orm"), "carried"),
        (["Harbor Union chief Senator Vale criticized Governor Orm."], [],
         ("harbor-union", "orm"), "affiliation"),
    ],
)
def test_each_relation_says_what_it_rests_on(
    parser: Parser, tagger: StanceTagger, lines: list[str], statements: list[tuple[str, str]],
    pair: tuple[str, str], basis: str,
) -> None:
    doc = tagger(build(parser, "\n".join(lines), statements))
    last = doc.text.rsplit("\n", 1)[-1]
    [rel] = [r for r in doc.relations if (r.subject, r.object) == pair and doc.slice(r.sentence) == last]
    assert (rel.basis, rel.score) == (basis, BASIS_SCORE[basis])
    assert basis in RELATION_BASES


def test_the_scores_rank_the_bases_as_seesaw_train_measured_them() -> None:
    # A stance word is the firmest reading, the default guess and a carried-over object the
    # weakest; every rules basis is one the contract names.
    assert set(BASIS_SCORE) <= set(RELATION_BASES)
    assert max(BASIS_SCORE, key=BASIS_SCORE.__getitem__) == "word"
    assert BASIS_SCORE["carried"] < BASIS_SCORE["default"] < BASIS_SCORE["word"]
    assert all(0 < s <= 1 for s in BASIS_SCORE.values())



@pytest.mark.parametrize(
    "text",
    [
        "Senator Vale backed Governor Orm over Judge Ada Pim in the primary.",
        "Senator Vale resigned to endorse Governor Orm over Judge Ada Pim.",
    ],
)
def test_the_one_passed_over_is_opposed(parser: Parser, tagger: StanceTagger, text: str) -> None:
    got = {(s, o): p for _t, s, o, p in triples(tagger(build(parser, text)))}
    assert got.get(("vale", "orm")) == "positive"
    assert got.get(("vale", "pim")) == "negative"


def test_the_one_beaten_is_opposed(parser: Parser, tagger: StanceTagger) -> None:
    text = "Senator Vale narrowly eked out a victory over Judge Ada Pim in the primary."
    got = {(s, o, p) for _t, s, o, p in triples(tagger(build(parser, text)))}
    assert got == {("vale", "pim", "negative")}


@pytest.mark.parametrize(
    ("text", "polarity", "word"),
    [
        ("Senator Vale heaped praise on Governor Orm.", "positive", "praise"),
        ("Senator Vale put pressure on Governor Orm.", "negative", "pressure"),
        ("Senator Vale promised to wreak havoc on Governor Orm.", "negative", "havoc"),
        ("Senator Vale lent her support to Governor Orm.", "positive", "support"),
    ],
)
def test_a_stance_noun_is_aimed_by_its_verbs_preposition(
    parser: Parser, tagger: StanceTagger, text: str, polarity: str, word: str
) -> None:
    doc = tagger(build(parser, text))
    [rel] = [r for r in doc.relations if (r.subject, r.object) == ("vale", "orm")]
    assert (rel.polarity, rel.basis, doc.slice(rel.evidence)) == (polarity, "word", word)


def test_a_passive_with_no_subject_is_done_to_its_clauses_subject(
    parser: Parser, tagger: StanceTagger
) -> None:
    text = "Senator Vale, after being praised by Governor Orm, left the hall."
    assert (text, "orm", "vale", "positive") in triples(tagger(build(parser, text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # conjoined subjects each hold the position
        ("Senator Vale and Judge Ada Pim criticized Governor Orm.",
         {("vale", "orm", "negative"), ("pim", "orm", "negative")}),
        ("Governor Orm thanked Senator Vale and Judge Ada Pim.",
         {("orm", "vale", "positive"), ("orm", "pim", "positive")}),
        ("Senator Vale and Judge Ada Pim, who criticized Governor Orm, left the hall.",
         {("vale", "orm", "negative"), ("pim", "orm", "negative")}),
        # an apposition that describes a person names no one else the position is toward
        ("Senator Vale praised Governor Orm, a member of the Harbor Union.", {("vale", "orm", "positive")}),
        ("Senator Vale praised Governor Orm, a Kestria native.", {("vale", "orm", "positive")}),
        # a participle hyphened to whoever does it
        ("Kestria-backed Judge Ada Pim won the seat.", {("kestria", "pim", "positive")}),
        ("Senator Vale praised Kestria-backed Judge Ada Pim.",
         {("vale", "pim", "positive"), ("kestria", "pim", "positive")}),
        # a stance noun between two runs both ways
        ("The rift between Senator Vale and Governor Orm deepened on Monday.",
         {("vale", "orm", "negative"), ("orm", "vale", "negative")}),
        # withheld support is a position against; a delayed one too
        ("Senator Vale did not lend her support to Governor Orm.", {("vale", "orm", "negative")}),
        ("Senator Vale delayed endorsing Governor Orm for months.", {("vale", "orm", "negative")}),
        # what is done against someone is against them, whatever the verb
        ("Senator Vale voted against Governor Orm's confirmation.", {("vale", "orm", "negative")}),
        ("Senator Vale's warmth toward Governor Orm alarmed the dock workers.",
         {("vale", "orm", "positive")}),
    ],
)
def test_who_holds_and_who_receives_a_verbs_position(
    parser: Parser, tagger: StanceTagger, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {(s, o, p) for _t, s, o, p in triples(tagger(build(parser, text)))} == expected


def test_a_speakers_stance_noun_is_aimed_by_its_verbs_preposition(
    parser: Parser, tagger: StanceTagger
) -> None:
    text = "“We are putting new sanctions on Kestria,” Senator Vale said."
    doc = tagger(build(parser, text, [("We are putting new sanctions on Kestria", "Vale")]))
    [rel] = [r for r in doc.relations if (r.subject, r.object) == ("vale", "kestria")]
    got = (rel.polarity, rel.basis, doc.slice(rel.evidence))
    assert got == ("negative", "evaluation", "sanctions on Kestria")


def test_one_person_includes_nobody(parser: Parser, tagger: StanceTagger) -> None:
    # The parse hangs the backers' member on the one backed: Pim is no one Vale backs.
    text = "Senator Vale backed Governor Orm, including Judge Ada Pim."
    doc = tagger(build(parser, text, [("Governor Orm, including Judge Ada Pim", "Vale")]))
    got = {(s, o): p for _t, s, o, p in triples(doc)}
    assert got.get(("vale", "orm")) == "positive"
    assert got.get(("vale", "pim")) != "positive"


@pytest.mark.parametrize(
    ("text", "statements", "pair", "polarity"),
    [
        # what is done to a harm is the opposite for the one who suffers it
        ("Senator Vale condemned the killing of Judge Ada Pim.", [], ("vale", "pim"), "positive"),
        ("Senator Vale condemned violence against Kestria and Judge Ada Pim.", [],
         ("vale", "pim"), "positive"),
        ("Governor Orm defended the persecution of the Harbor Union.", [],
         ("orm", "harbor-union"), "negative"),
        # or what the law does to someone
        ("Senator Vale welcomed the conviction of Judge Ada Pim.", [], ("vale", "pim"), "negative"),
        ("Senator Vale condemned the arrest of Judge Ada Pim.", [], ("vale", "pim"), "positive"),
        ("Senator Vale said the killers of Judge Ada Pim must face trial.",
         [("the killers of Judge Ada Pim must face trial", "Vale")], ("vale", "pim"), None),
        # the speaker's own honorific before a name
        ("“Nobody will forget martyr Judge Ada Pim,” Senator Vale said.",
         [("Nobody will forget martyr Judge Ada Pim", "Vale")], ("vale", "pim"), "positive"),
    ],
)
def test_the_victim_of_a_harm(
    parser: Parser, tagger: StanceTagger, text: str, statements: list[tuple[str, str]],
    pair: tuple[str, str], polarity: str | None,
) -> None:
    got = {(s, o): p for _t, s, o, p in triples(tagger(build(parser, text, statements)))}
    if polarity is None:
        assert got.get(pair) != "negative"
    else:
        assert got.get(pair) == polarity


def test_actors_inside_a_dismissed_report_get_no_tone(parser: Parser, tagger: StanceTagger) -> None:
    # The report is what is dismissed; the clause's cheer is not the speaker's for Orm.
    text = ("Senator Vale dismissed reports of great, friendly and very successful talks between "
            "Governor Orm and Kestria.")
    content = text[text.index("reports"):-1]
    doc = tagger(build(parser, text, [(content, "Vale")]))
    assert not {(s, o) for _t, s, o, p in triples(doc) if p == "positive"} & {("vale", "orm")}


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Senator Vale's rival, Governor Orm, praised Judge Ada Pim.", "positive"),
        ("Senator Vale's rival, Governor Orm, criticized Judge Ada Pim.", "negative"),
    ],
)
def test_an_apposition_names_the_subject_not_its_possessor(
    parser: Parser, tagger: StanceTagger, text: str, polarity: str,
) -> None:
    got = {(s, o): p for _t, s, o, p in triples(tagger(build(parser, text)))}
    assert got.get(("orm", "pim")) == polarity
    assert ("vale", "pim") not in got
    # and the rivalry itself runs both ways
    assert got.get(("vale", "orm")) == got.get(("orm", "vale")) == "negative"


def test_a_body_in_which_one_faces_opposition_holds_it(parser: Parser, tagger: StanceTagger) -> None:
    text = "Governor Orm's plan will face stiff opposition in the Harbor Union."
    got = triples(tagger(build(parser, text)))
    assert {(s, o, p) for _t, s, o, p in got} == {("harbor-union", "orm", "negative")}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # the parse hangs "including" on the one backed: Pim is one of the backers
        ("Many of the dock workers backed Governor Orm, including Judge Ada Pim.",
         ("pim", "orm", "positive"), ("dockers", "pim")),
        ("The dock workers, including Judge Ada Pim, criticized Governor Orm.",
         ("pim", "orm", "negative"), None),
        ("Senator Vale criticized the dock workers, including Judge Ada Pim.",
         ("vale", "pim", "negative"), None),
    ],
)
def test_those_a_group_includes_share_its_position(
    parser: Parser, tagger: StanceTagger, text: str, expected: tuple[str, str, str],
    absent: tuple[str, str] | None,
) -> None:
    got = {(s, o, p) for _t, s, o, p in triples(tagger(build(parser, text)))}
    assert expected in got
    if absent:
        assert not {(s, o) for s, o, _p in got} & {absent}


def test_a_marriage_runs_both_ways(parser: Parser, tagger: StanceTagger) -> None:
    got = {(s, o, p) for _t, s, o, p in triples(tagger(build(parser, "Senator Vale's husband, Governor Orm, "
                                                                     "spoke first.")))}
    assert {("vale", "orm", "positive"), ("orm", "vale", "positive")} <= got


@pytest.mark.parametrize(
    ("text", "pair", "polarity"),
    [
        # a participle clause's subject is the main clause's
        ("Praising Governor Orm, Senator Vale said the ferry plan was sound.", ("vale", "orm"), "positive"),
        # the main verb's stance is not about the one the participle clause names
        ("Throwing the union's support to Governor Orm, Senator Vale warned about the ferry plan.",
         ("vale", "orm"), None),
    ],
)
def test_a_participle_clause(parser: Parser, tagger: StanceTagger, text: str, pair: tuple[str, str],
                             polarity: str | None) -> None:
    doc = tagger(build(parser, text))
    got = {(r.subject, r.object): (r.polarity, r.basis) for r in doc.relations}
    if polarity is None:
        assert got.get(pair, ("", ""))[0] != "negative"
    else:
        assert got.get(pair) == (polarity, "word")  # the stance word itself, not a path to it
