"""Actors stage: hand-written sentences -> expected groupings of mention texts."""

from __future__ import annotations

import pytest

from stancegraph.actors import actor_for
from stancegraph.types import Document


def groups(doc: Document) -> dict[str, tuple[str, ...]]:
    return {a.name: tuple(doc.slice(m.span) for m in a.mentions) for a in doc.actors}


CASES = [
    (
        # The gazetteer knows Donald Trump as a president; "Vice President" is Pence's
        # title alone, so "the president" is not his.
        "Vice President Mike Pence met Donald Trump on Monday. The president later praised "
        "the plan, and the vice president agreed.",
        {"Donald Trump": ("Donald Trump", "The president"),
         "Mike Pence": ("Vice President Mike Pence", "the vice president")},
    ),
    (
        # two people the tables make president leave the role to no one
        "Donald Trump and Barack Obama spoke on Monday. Later the president praised the plan.",
        {"Donald Trump": ("Donald Trump",), "Barack Obama": ("Barack Obama",)},
    ),
    (
        # a full name ends at its possessive, whatever the tagger ran on into
        "President Olav Lund’s Keystone veto threat was the opening move in his fight with Congress.",
        {"Olav Lund": ("President Olav Lund", "his")},
    ),
    (
        # a given name in apposition to a family noun is of that family
        "Karl Voss spoke on Monday. Anna Keller’s father, Karl, was a banker. "
        "Ruth Keller was ill, and Anna Keller’s sister Ruth stayed home.",
        {"Karl Voss": ("Karl Voss",), "Ruth Keller": ("Ruth Keller", "Ruth")},
    ),
    (
        "Foreign Minister Karim Velasco said on Monday that the talks had failed. "
        "Velasco added that the government would wait. The minister later left for Lima.",
        {"Karim Velasco": ("Foreign Minister Karim Velasco", "Velasco", "The minister")},
    ),
    (
        "Lena Marsh, the foreign minister, said the deal was dead. "
        "The top diplomat added that she would not resign.",
        {"Lena Marsh": ("Lena Marsh", "the foreign minister", "The top diplomat", "she")},
    ),
    (
        "Washington rejected the offer on Friday. "
        "The US said it wanted more time, and America would not sign. "
        "The talks in Vienna stalled, and Tehran blamed the United States.",
        {
            "United States": ("Washington", "The US", "it", "America", "the United States"),
            "Iran": ("Tehran",),
        },
    ),
    (
        "The West has imposed new sanctions. Western countries say they will keep up the pressure.",
        {"the West": ("The West", "Western countries", "they")},
    ),
    (
        "Mr. Tomas Brandt met Anna Keller in Oslo. He said the plan was sound, and she said it was not.",
        {"Tomas Brandt": ("Mr. Tomas Brandt", "He"), "Anna Keller": ("Anna Keller", "she")},
    ),
    (
        "Senator Maria Ortiz said the Harbour Workers Union would strike. The union said it had voted.",
        {
            "Maria Ortiz": ("Senator Maria Ortiz",),
            "Harbour Workers Union": ("the Harbour Workers Union", "The union", "it"),
        },
    ),
    (
        "Greg Tanner, a lawyer, said the plan was legal. Gregory Tanner had advised the firm.",
        {"Greg Tanner": ("Greg Tanner", "Gregory Tanner")},
    ),
    (
        "Prime Minister Olav Lund said the plan was wrong. Lund later met the president.",
        {"Olav Lund": ("Prime Minister Olav Lund", "Lund")},
    ),
    (
        # a pageant title is no part of the name
        "The mayor thanked Miss Universe Anna Keller on Friday. Keller said the city was kind.",
        {"Anna Keller": ("Miss Universe Anna Keller", "Keller")},
    ),
    (
        # the tagger stops at the given name: the surname it is a compound of completes it
        "Senator Ada Vale criticized Governor Tomas Orm over the ferry contract on Monday. "
        "Orm said the contract was fair.",
        {"Ada Vale": ("Senator Ada Vale",), "Tomas Orm": ("Governor Tomas Orm", "Orm")},
    ),
    (
        # four capitalized words of five, but a lowercase verb: a sentence, not a headline
        "Governor Tomas Orm praised Lena Marsh. Orm said she was right.",
        {"Tomas Orm": ("Governor Tomas Orm", "Orm"), "Lena Marsh": ("Lena Marsh", "she")},
    ),
    (
        "Chile's Volunteer Harbour Force has sent a letter to the council. "
        '"We will not wait," the letter said. '
        "The Harbour Volunteer Force said in its letter that it would strike.",
        {
            "Volunteer Harbour Force": (
                "Volunteer Harbour Force",
                "the letter",
                "The Harbour Volunteer Force",
                "its",
                "it",
            )
        },
    ),
]


GROUP_CASES = [
    (
        # "those farmers" are the farmers named before, not a group of their own
        "Dairy farmers protested in Esterhaven on Monday. Doctors stayed home. The minister "
        "said those farmers were wrong.",
        {"dairy farmers": ("Dairy farmers", "farmers")},
    ),
    (
        # whose people they are is part of a group's name: three groups, not one
        "Prime Minister Olav Lund and Mayor Anna Keller spoke on Monday. Later, Lund supporters "
        "cheered at the rally, many Keller supporters stayed home, "
        "and the supporters of Ilse Marang marched.",
        {
            "Olav Lund": ("Prime Minister Olav Lund", "Lund"),
            "Anna Keller": ("Mayor Anna Keller", "Keller"),
            "supporters of Olav Lund": ("supporters",),
            "supporters of Anna Keller": ("supporters",),
            "supporters of Ilse Marang": ("supporters",),
        },
    ),
    (
        # one leader's followers are one group however they are written; two leaders'
        # are two, even when pronouns name them
        "Olav Lund and Anna Keller spoke on Monday. Lund supporters cheered, Lund's supporters "
        "sang, and her supporters left. His backers stayed.",
        {
            "supporters of Olav Lund": ("Lund supporters", "supporters"),
            "supporters of Anna Keller": ("supporters",),
            "backers of Olav Lund": ("backers",),
        },
    ),
    (
        # a sentence-opening name is still whom they follow
        "Olav Lund spoke on Monday. Lund supporters cheered at the rally.",
        {"Olav Lund": ("Olav Lund",), "supporters of Olav Lund": ("Lund supporters",)},
    ),
    (
        # an organization's members keep their name; followers of followers are plain followers
        "NRA members and Republican voters met. Their supporters waited outside.",
        {"NRA members": ("NRA members", "Their"), "Republican voters": ("Republican voters",),
         "supporters": ("supporters",)},
    ),
    (
        # words the parse hung on a quantifier are not the party group's name
        "It goes without saying that raising the harbor levy while leaving most of the existing fee code "
        "intact is anathema to Republicans and conservative economists, as well as many centrist "
        "Democrats who have long held dreams of a bipartisan deal.",
        {"centrist Democrats": ("centrist Democrats", "who")},
    ),
    (
        "Senate Democrats and House Republicans said the Republicans would block the bill.",
        {
            "Senate Democrats": ("Senate Democrats",),
            "House Republicans": ("House Republicans",),
            "Republican Party": ("the Republicans",),
        },
    ),
    (
        "Undocumented immigrants and low-income workers protested, and the police arrested many workers.",
        {
            "undocumented immigrants": ("Undocumented immigrants",),
            "low-income workers": ("low-income workers",),
            "workers": ("workers",),
            "police": ("police",),
        },
    ),
    (
        "The Obama administration and Republican lawmakers said the Iranian government was wrong.",
        {
            "Obama administration": ("Obama administration",),
            "Barack Obama": ("Obama",),
            "Republican Party": ("Republican",),
            "Republican lawmakers": ("Republican lawmakers",),
            "Iran": ("Iranian government",),
        },
    ),
]


PRONOUN_CASES = [
    # an object pronoun is never the subject of its own verb
    (
        "Voters saw Olav Lund as a renegade, and Senator Tomas Brandt dismissed him as a fool.",
        {"Olav Lund": ("Olav Lund", "him"), "Tomas Brandt": ("Senator Tomas Brandt",)},
    ),
    (
        "Olav Lund spoke first. Senator Tomas Brandt rose and spoke about him at length.",
        {"Olav Lund": ("Olav Lund", "him"), "Tomas Brandt": ("Senator Tomas Brandt",)},
    ),
    # ... nor anyone that subject is; but a reflexive is that subject
    (
        "Olav Lund spoke first. Senator Tomas Brandt, who was in the room, contradicted him.",
        {"Olav Lund": ("Olav Lund", "him"), "Tomas Brandt": ("Senator Tomas Brandt", "who")},
    ),
    (
        "Olav Lund spoke first. Senator Tomas Brandt called himself a reformer.",
        {"Olav Lund": ("Olav Lund",), "Tomas Brandt": ("Senator Tomas Brandt", "himself")},
    ),
    # a relative pronoun is a mention of the actor its clause hangs on
    (
        "Senator Maria Ortiz, who criticized Olav Lund, left. Anna Keller, whom Ortiz praised, stayed.",
        {"Maria Ortiz": ("Senator Maria Ortiz", "who", "Ortiz"), "Olav Lund": ("Olav Lund",),
         "Anna Keller": ("Anna Keller", "whom")},
    ),
    # through an apposition to the person it describes; never past another actor
    (
        "The mayor named Tomas Brandt, a Liberal who opposed the plan. Anna Keller and Olav Lund, "
        "a lawyer at the Harbour Workers Union who argued against Brandt, left.",
        {"Tomas Brandt": ("Tomas Brandt", "who", "Brandt"), "Anna Keller": ("Anna Keller",)},
    ),
    # after a quote, "She" is the speaker, not the person quoted
    (
        '"Biden is wrong," Senator Maria Ortiz said. She added that the vote would fail.',
        {"Maria Ortiz": ("Senator Maria Ortiz", "She"), "Joe Biden": ("Biden",)},
    ),
    # "It" as a subject goes to the organization that was the subject before
    (
        "The Harbour Workers Union criticised Chile. It said the government had lied.",
        {"Harbour Workers Union": ("The Harbour Workers Union", "It"), "Chile": ("Chile",)},
    ),
    # an expletive "it" is nobody
    (
        "It is clear that the Harbour Workers Union will strike.",
        {"Harbour Workers Union": ("the Harbour Workers Union",)},
    ),
    # gender from the titles
    (
        "Mr. Tomas Brandt and Ms. Anna Keller met. She said the plan was bad. He disagreed.",
        {"Tomas Brandt": ("Mr. Tomas Brandt", "He"), "Anna Keller": ("Ms. Anna Keller", "She")},
    ),
    (
        "Local farmers blocked the road on Monday. They said prices were too low.",
        {"local farmers": ("Local farmers", "They")},
    ),
    # a common given name tells "her" from the senator who is the subject
    (
        "Senator Chuck Harlow introduced Loretta Vance and asked the panel to judge her record.",
        {"Chuck Harlow": ("Senator Chuck Harlow",), "Loretta Vance": ("Loretta Vance", "her")},
    ),
    # inside a relative clause, the clause's head
    (
        "Dina Roe said that Anna Keller, who announced in May that she would leave, was right.",
        {"Dina Roe": ("Dina Roe",), "Anna Keller": ("Anna Keller", "who", "she")},
    ),
    # a possessive is not part of the name
    (
        "Senator Marco Rubio spoke first. Rubio's campaign said Rubio would win.",
        {"Marco Rubio": ("Senator Marco Rubio", "Rubio", "Rubio")},
    ),
    # "pro-"/"anti-" folded into a name by the tagger: the name is what follows the hyphen
    (
        "Senator Alma Reyes spoke in Tarvo on Monday. Later a pro-Reyes crowd marched to the square. "
        "Reyes thanked them.",
        {"Alma Reyes": ("Senator Alma Reyes", "Reyes", "Reyes")},
    ),
    # a known full name ending a run the tagger took for one name (a caption's credit)
    (
        "Trump Donald Trump speaks at the rally in Ohio. Eric Trump spoke later.",
        {"Donald Trump": ("Trump Donald Trump",), "Eric Trump": ("Eric Trump",)},
    ),
    # a name the parser took for an organization becomes a person through its surname
    (
        "Karim Velasco met Dina Roe. Velasco said he was pleased.",
        {"Karim Velasco": ("Karim Velasco", "Velasco", "he"), "Dina Roe": ("Dina Roe",)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUN_CASES)
def test_pronoun_groupings(pipeline, text: str, expected: dict[str, tuple[str, ...]]) -> None:
    doc = pipeline.run(text)
    got = groups(doc)
    for name, mentions in expected.items():
        assert got.get(name) == mentions, got
    kinds = {a.name: a.kind for a in doc.actors}
    assert all(kinds[n] == "person" for n in expected if n in ("Karim Velasco", "Anna Keller", "Maria Ortiz"))


@pytest.mark.parametrize(("text", "expected"), GROUP_CASES)
def test_group_groupings(pipeline, text: str, expected: dict[str, tuple[str, ...]]) -> None:
    doc = pipeline.run(text)
    got = groups(doc)
    for name, mentions in expected.items():
        assert got.get(name) == mentions, got
    _check_offsets(doc)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_groupings(pipeline, text: str, expected: dict[str, tuple[str, ...]]) -> None:
    got = groups(pipeline.run(text))
    for name, mentions in expected.items():
        assert got.get(name) == mentions, got


def test_shared_surname_stays_apart(pipeline) -> None:
    doc = pipeline.run(
        "Karim Ahmadi, the mayor, opposed the plan on Tuesday. Judge Leila Ahmadi backed it. "
        "Mayor Ahmadi said the vote was rigged."
    )
    got = groups(doc)
    assert got["Karim Ahmadi"] == ("Karim Ahmadi", "the mayor", "Mayor Ahmadi")
    assert got["Leila Ahmadi"] == ("Judge Leila Ahmadi",)


def test_role_noun_needs_a_licence(pipeline) -> None:
    # Nobody was called the Leader or the president: the role nouns stay unlinked.
    doc = pipeline.run("Prime Minister Olav Lund said the Leader was wrong. Lund later met the president.")
    linked = {doc.slice(m.span) for a in doc.actors for m in a.mentions}
    assert "the Leader" not in linked and "the president" not in linked


def test_capitalized_role_noun_is_not_a_name(pipeline) -> None:
    # "the President" is the role of the one person given it, not a person named President;
    # and "assistant to the President Ruth Amsel" gives the title to someone else.
    doc = pipeline.run(
        "President Olav Lund opened the summit on Monday. Later the President told reporters "
        "that the deal was close, and assistant to the President Ruth Amsel agreed."
    )
    got = groups(doc)
    assert got["Olav Lund"] == ("President Olav Lund", "the President", "the President")
    assert got["Ruth Amsel"] == ("Ruth Amsel",)
    assert "President" not in got


def test_epithet_subject_is_the_person_spoken_of(pipeline) -> None:
    # "The Ohio Republican" as a subject goes on about the person the text was about, here
    # one named in apposition to the subject; the party stays out of it.
    doc = pipeline.run(
        "Senate leader Karl Voss praised the plan. But his deputy, Sen. Dana Pryor, blasted "
        "Mr. Voss on Friday. \"The plan must be withdrawn at once,\" the Ohio Republican said."
    )
    got = groups(doc)
    assert got["Dana Pryor"] == ("Sen. Dana Pryor", "the Ohio Republican")
    assert "Republican Party" not in got


@pytest.mark.parametrize(
    "text",
    [
        # an object brings in someone else as often as not
        "Karl Voss praised the plan. Later, party leaders blasted the Democratic nominee.",
        # a party word that modifies, and one narrowed by what follows
        "Karl Voss praised the plan. The Republican draft failed.",
        "Karl Voss praised the plan. The Republican on the committee objected.",
    ],
)
def test_epithet_needs_a_bare_subject(pipeline, text: str) -> None:
    got = groups(pipeline.run(text))
    assert got["Karl Voss"] == ("Karl Voss",), got


def test_capital_as_location_is_not_an_actor(pipeline) -> None:
    doc = pipeline.run("The talks in Vienna stalled on Monday.")
    assert [a.name for a in doc.actors] == []


def test_kinds_and_attrs(pipeline) -> None:
    doc = pipeline.run("Foreign Minister Karim Velasco said the West and Tehran had agreed.")
    kinds = {a.name: a.kind for a in doc.actors}
    assert kinds == {"Karim Velasco": "person", "the West": "group", "Iran": "country"}
    assert doc.actors[0].attrs["role"] == "foreign minister"


def test_actor_for(pipeline) -> None:
    text = "Karim Velasco met reporters. Velasco said the plan failed, and Dina Roe agreed."
    doc = pipeline.run(text)
    span = (text.index("Velasco said"), text.index("Velasco said") + len("Velasco"))
    velasco = actor_for(doc, span)
    assert velasco is not None and velasco.name == "Karim Velasco"
    # An unlinked span of a name makes a new actor, once.
    start = text.index("Dina Roe")
    before = len(doc.actors)
    roe = actor_for(doc, (start, start + len("Dina Roe")))
    assert roe is not None and roe.name == "Dina Roe"
    assert actor_for(doc, (start, start + len("Dina Roe"))) is roe
    assert len(doc.actors) == max(before, len(doc.actors))
    assert actor_for(doc, (text.index("the plan"), text.index("the plan") + 3)) is None


def _check_offsets(doc: Document) -> None:
    seen: list[tuple[int, int]] = []
    for a in doc.actors:
        assert a.id.startswith("a") and a.name and a.mentions
        for m in a.mentions:
            s, e = m.span
            assert 0 <= s < e <= len(doc.text)
            assert doc.in_body(m.span)
            assert doc.text[s:e].strip() == doc.text[s:e]
            seen.append(m.span)
    # Mentions may nest ("Republican" inside "Republican lawmakers") but never cross.
    for s1, e1 in seen:
        for s2, e2 in seen:
            crossing = s1 < s2 < e1 < e2
            assert not crossing, f"crossing mentions {doc.text[s1:e1]!r} / {doc.text[s2:e2]!r}"
    assert len(seen) == len(set(seen)), "one span in two mentions"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_offset_invariant(pipeline, text: str, expected: dict[str, tuple[str, ...]]) -> None:
    _check_offsets(pipeline.run(text))


@pytest.mark.shared
def test_seeds(seed_docs) -> None:
    for doc in seed_docs.values():
        _check_offsets(doc)
    leader_doc, basij_doc = (seed_docs[k] for k in sorted(seed_docs))
    by_name = {a.name: a for a in leader_doc.actors}
    leader = by_name["Ali Khamenei"]
    texts = [leader_doc.slice(m.span) for m in leader.mentions]
    assert {
        "Ayatollah Seyyed Ali Khamenei",
        "Ayatollah Khamenei",
        "the Leader",
        "Leader of the Islamic Revolution",
        "he",
    } <= set(texts)
    assert texts.count("he") >= 8
    assert sum(1 for a in leader_doc.actors if a.kind == "person" and "Khamenei" in a.name) == 1
    us = {leader_doc.slice(m.span) for m in by_name["United States"].mentions}
    assert {"the US", "the United States", "Washington"} <= us
    assert {"Tehran", "Iran", "the Islamic Republic"} <= {
        leader_doc.slice(m.span) for m in by_name["Iran"].mentions
    }
    assert {"the West", "western countries"} <= {
        leader_doc.slice(m.span) for m in by_name["the West"].mentions
    }
    assert by_name["Basij"].kind == "organization"

    by_name = {a.name: a for a in basij_doc.actors}
    basij = [basij_doc.slice(m.span) for m in by_name["Basij"].mentions]
    assert {"Volunteer Basij Force", "Basij", "the letter", "It", "the Basij Volunteer Force", "its"} <= set(
        basij
    )
    minister = {basij_doc.slice(m.span) for m in by_name["Hossein Amir Abdollahian"].mentions}
    assert minister == {
        "Foreign Minister Hossein Amir Abdollahian",
        "the top Iranian diplomat",
        "Amir Abdollahian",
    }
    leader = {basij_doc.slice(m.span) for m in by_name["Ali Khamenei"].mentions}
    assert {"the wise Leader of the Revolution", "he", "Ayatollah Seyyed Ali Khamenei"} <= leader
    assert any("Leader of the Islamic Revolution" in t for t in leader)
    us = {basij_doc.slice(m.span) for m in by_name["United States"].mentions}
    assert {"the United States", "the U.S.", "America", "Washington", "the Americans"} <= us
    assert "Tehran" in {basij_doc.slice(m.span) for m in by_name["Iran"].mentions}
    people = [a for a in basij_doc.actors if a.kind == "person"]
    assert len({a.name for a in people}) == len(people)


ALIAS_FILE = """
- name: Harbour Workers Union
  kind: organization
  aliases: [HWU, the dockers' union, Dockers Union]
  wikidata: Q4242
- name: Karim Velasco
  kind: person
  aliases: [El Profesor]
"""


def test_user_alias_file(tmp_path) -> None:
    from stancegraph import Pipeline
    from stancegraph.config import Config

    path = tmp_path / "aliases.yaml"
    path.write_text(ALIAS_FILE, encoding="utf-8")
    pipe = Pipeline(Config(aliases_path=path))
    doc = pipe.run("The HWU said on Monday that the Dockers Union would strike. El Profesor agreed.")
    got = {a.name: a for a in doc.actors}
    union = got["Harbour Workers Union"]
    assert [doc.slice(m.span) for m in union.mentions] == ["The HWU", "the Dockers Union"]
    assert union.kind == "organization" and union.attrs["wikidata"] == "Q4242"
    assert [doc.slice(m.span) for m in got["Karim Velasco"].mentions] == ["El Profesor"]


@pytest.mark.parametrize(
    "content",
    [
        "name: not a list",
        "- aliases: [x]",
        "- {name: X, kind: planet}",
        "- {name: X, aliases: x}",
        "- [unclosed",
    ],
)
def test_bad_alias_file(tmp_path, content: str) -> None:
    from stancegraph import Pipeline
    from stancegraph.config import Config
    from stancegraph.errors import ConfigError

    path = tmp_path / "aliases.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match="aliases.yaml"):
        Pipeline(Config(aliases_path=path)).run("The union said so.")


def test_alias_file_from_environment(tmp_path, monkeypatch) -> None:
    from stancegraph import Pipeline
    from stancegraph.config import ALIASES_ENV

    path = tmp_path / "aliases.yaml"
    path.write_text(ALIAS_FILE, encoding="utf-8")
    monkeypatch.setenv(ALIASES_ENV, str(path))
    doc = Pipeline().run("The HWU went on strike.")
    assert [a.name for a in doc.actors] == ["Harbour Workers Union"]


@pytest.mark.parametrize(
    "text",
    ["", "...", "\u201c", "He said it.", "The the the.", "Mr. Mr. Mr.", "President", "U.S. U.S.", "A" * 300],
)
def test_odd_texts_do_not_break(pipeline, text: str) -> None:
    doc = pipeline.run(text)
    _check_offsets(doc)


def kinds(doc: Document) -> dict[str, str]:
    return {a.name: a.kind for a in doc.actors}


# A one-word city the tagger reads as a person: the document itself says it is a place.
CITY_CASES = [
    (
        "The talks will open in Vessary next week. Minister Ilka Dorn said that dialogue with Vessary "
        "was the only way forward.",
        "Vessary",
    ),
    (
        "Delegates met in Torvane, the capital, on Tuesday. Torvane said the border would stay open.",
        "Torvane",
    ),
    (
        "Words spoken in Lomar will not feed anyone, the growers wrote. "
        "Dialogue with Lomar is a favour to nobody.",
        "Lomar",
    ),
]


@pytest.mark.parametrize(("text", "city"), CITY_CASES)
def test_city_is_never_a_person(pipeline, text: str, city: str) -> None:
    doc = pipeline.run(Document(text=text))
    assert kinds(doc).get(city, "other") != "person", kinds(doc)


@pytest.mark.parametrize(
    ("text", "org", "country"),
    [
        (
            "Kestria's foreign ministry welcomed the offer on Wednesday. "
            "The ministry said that talks could start.",
            "Kestria's foreign ministry",
            "Kestria",
        ),
        (
            "Norland's defence ministry said on Friday that the drills were over.",
            "Norland's defence ministry",
            "Norland",
        ),
        ("Iran's Volunteer Basij Force said on Monday that it would hold a rally.", "Basij", "Iran"),
    ],
)
def test_possessed_organization_is_the_organization(pipeline, text: str, org: str, country: str) -> None:
    doc = pipeline.run(Document(text=text))
    speaker = doc.statements[0].actor
    actor = next(a for a in doc.actors if a.id == speaker)
    assert (actor.name, actor.kind, actor.attrs.get("country")) == (org, "organization", country)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign Minister Ilse Marang will lead the delegation. "
            '"Dialogue with Lomar is no favour to Kestria. '
            'It is the only way our farmers get water," she said.',
            {"Ilse Marang": ("Foreign Minister Ilse Marang", "she")},
        ),
        (
            'Senator Mara Quist arrived on Sunday. "Brevik has waited long enough. '
            'We will not wait another year," she said.',
            {"Mara Quist": ("Senator Mara Quist", "she")},
        ),
    ],
)
def test_pronoun_skips_a_place(pipeline, text: str, expected: dict[str, tuple[str, ...]]) -> None:
    got = groups(pipeline.run(Document(text=text)))
    for name, mentions in expected.items():
        assert got.get(name) == mentions, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign Minister Ilse Marang led the talks. Marang said the first round had gone well.",
            {"Ilse Marang": ("Foreign Minister Ilse Marang", "Marang")},
        ),
        (
            "The letter was sent to Ilse Marang on Monday.\n\nMarang is expected to respond this week.",
            {"Ilse Marang": ("Ilse Marang", "Marang")},
        ),
        # a generational suffix ends the full name, not the surname
        (
            "Judge Ilse T. Marang Jr. wrote the opinion on Monday. "
            "Later, Judge Marang said the ruling was final.",
            {"Ilse T. Marang Jr.": ("Judge Ilse T. Marang Jr.", "Judge Marang")},
        ),
    ],
)
def test_surname_joins_full_name(pipeline, text: str, expected: dict[str, tuple[str, ...]]) -> None:
    got = groups(pipeline.run(Document(text=text)))
    for name, mentions in expected.items():
        assert got.get(name) == mentions, got
    assert "Marang" not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Maria Vell and her brother Thomas Vell ran the farm for years. Thomas later sold his share.",
            {"Thomas Vell": ("Thomas Vell", "Thomas", "his"), "Maria Vell": ("Maria Vell", "her")},
        ),
        (
            "Senator Maria Vale spoke on Monday. Maria, as her friends call her, said the talks had failed.",
            {"Maria Vale": ("Senator Maria Vale", "Maria", "her", "her")},
        ),
        # a given name no list knows, the tagger's person
        (
            "Dex Hallam was named budget director on Friday. "
            "\u201cWith Dex at the head of the office, we will win,\u201d the mayor said.",
            {"Dex Hallam": ("Dex Hallam", "Dex"), "mayor": ("the mayor",)},
        ),
        # two people here bear the name: the given name alone is neither
        (
            "Thomas Vell met Thomas Orm in Lisbon on Monday. Thomas said the talks had gone well.",
            {"Thomas Vell": ("Thomas Vell",), "Thomas Orm": ("Thomas Orm",), "Thomas": ("Thomas",)},
        ),
    ],
)
def test_given_name_joins_the_one_full_name(pipeline, text: str, expected: dict[str, tuple[str, ...]]
                                            ) -> None:
    assert groups(pipeline.run(Document(text=text))) == expected


@pytest.mark.parametrize(
    ("text", "name", "mentions"),
    [
        # a relative clause without "that" after "package": the group starts at the name
        ("There are differences between the relief package Senate Republicans would pass and the one "
         "House Democrats want.", "Senate Republicans", ("Senate Republicans",)),
        # the tagger ran an organization on into the person named after it
        ("Speaker of the Assembly Nadia Orlo said the vote would go ahead.", "Nadia Orlo", ("Nadia Orlo",)),
        # a name ends at a spaced dash
        ("The inquiry looked at a domestic rival - Democrat Tomas Vell - for his own benefit.", "Tomas Vell",
         ("Tomas Vell", "his")),
    ],
)
def test_name_boundaries(pipeline, text: str, name: str, mentions: tuple[str, ...]) -> None:
    got = groups(pipeline.run(Document(text=text)))
    assert got.get(name) == mentions, got


@pytest.mark.parametrize(
    ("text", "name", "mention"),
    [
        ("Thanks to @JoeBiden for the help, the mayor wrote.", "Joe Biden", "@JoeBiden"),
        ("\u201cYou are wrong, @realDonaldTrump,\u201d she wrote.", "Donald Trump", "@realDonaldTrump"),
        ("@SpeakerPelosi should answer the letter, the mayor said.", "Nancy Pelosi", "@SpeakerPelosi"),
    ],
)
def test_handle_is_the_named_actor(pipeline, text: str, name: str, mention: str) -> None:
    got = groups(pipeline.run(Document(text=text)))
    assert got.get(name) == (mention,), got


def test_his_party_is_the_party(pipeline) -> None:
    doc = pipeline.run(
        Document(
            text="Dario Fenwick, the leader of the National Renewal Party, said that his party "
            "would vote against any deal."
        )
    )
    got = groups(doc)
    assert got["National Renewal Party"] == ("the National Renewal Party", "his party"), got
    # the pronoun "his" inside it still names Fenwick
    fenwick = next(a for a in doc.actors if a.name == "Dario Fenwick")
    assert "his" in [doc.slice(m.span) for m in fenwick.mentions]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The talks will cover the Selva dam and fishing rights on the Selva river.", "Selva"),
        ("Critics said any Brannock deal would cost the farmers their water.", "Brannock"),
        # the tagger's person with a digit in it
        ("Kestria fought COVID-19 with masks and she said it worked.", "COVID-19"),
    ],
)
def test_name_of_a_thing_is_not_a_person(pipeline, text: str, word: str) -> None:
    assert kinds(pipeline.run(Document(text=text))).get(word, "other") != "person"


def test_a_court_case_is_nobody(pipeline) -> None:
    # the tagger takes it for an organization, which "they" could then resolve to
    doc = pipeline.run(Document(text="The ruling in Harlan v. Board of Education stands, the senators said. "
                                     "They want it kept."))
    assert groups(doc) == {"senators": ("senators", "They")}


@pytest.mark.parametrize(
    ("text", "word", "others"),
    [
        # a pageant's title is nobody's name; a name after it still is
        ("Mayor Ines Varga criticized a former Miss Universe on Monday.", "Universe", {"Ines Varga"}),
        ("Miss Universe Lena Brandt spoke on Monday.", "Universe", {"Lena Brandt"}),
        # a dateline says where the story was filed
        ("ESTERHAVEN, Kestria, May 4 (UPI) — Mayor Anna Keller said the port would reopen.", "ESTERHAVEN",
         {"Anna Keller"}),
        ("ESTERHAVEN (AP) ― If the levy failed in Varn, it might fail in Lomar too, Mayor Anna Keller said.",
         "ESTERHAVEN", {"Anna Keller"}),
        # the parse makes the place a second subject of the verb: the other one speaks
        ("KORVALA CITY, May 3 (Nordwire) - Mayor Anna Keller left the port fees unchanged on Wednesday, "
         "saying trade had grown faster than expected.", "KORVALA", {"Anna Keller"}),
    ],
)
def test_no_actor_in_a_title_or_dateline(pipeline, text: str, word: str, others: set[str]) -> None:
    doc = pipeline.run(Document(text=text))
    assert others <= {a.name for a in doc.actors}
    assert not any(word in a.name for a in doc.actors)
    assert all(word not in doc.slice(s.speaker) for s in doc.statements if s.speaker)
    assert all(len(doc.slice(s.speaker).split()) <= 3 for s in doc.statements if s.speaker)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Speaking in the eastern city of Varn, the president said the plant would open. "
            "Kestrian engineers agreed.",
            {"Varn": None, "Kestrian": None},
        ),
        (
            "Kestria welcomed Arvenia's offer of talks. "
            "Kestria said that Arvenia has asked for data for years.",
            {"Arvenia": "other"},
        ),
    ],
)
def test_places_and_nationalities(pipeline, text: str, expected: dict[str, str | None]) -> None:
    doc = pipeline.run(Document(text=text))
    for name, kind in expected.items():
        same = [a.kind for a in doc.actors if a.name == name]
        assert same == ([kind] if kind else []), [(a.name, a.kind) for a in doc.actors]


@pytest.mark.parametrize(
    ("text", "speaker_actor"),
    [
        (
            "Hanne Solberg of the Institute for Riverine Studies said the records were incomplete.",
            "Hanne Solberg",
        ),
        ("Iran's Volunteer Basij Force said on Monday that it would hold a rally.", "Basij"),
        ("Arvenia's Prime Minister Tomas Reval said the talks would begin soon.", "Tomas Reval"),
        # a title that names a body or another person, then the speaker's name in apposition
        ("The Arvenian parliament's speaker, Hanne Solberg, said the talks would begin soon.",
         "Hanne Solberg"),
        ("Tomas Reval's lawyer, Hanne Solberg, said the records were incomplete.", "Hanne Solberg"),
        ("The ranking Democrat on the panel, Hanne Solberg, said the records were incomplete.",
         "Hanne Solberg"),
    ],
)
def test_speaker_is_the_phrase_head(pipeline, text: str, speaker_actor: str) -> None:
    doc = pipeline.run(Document(text=text))
    by_id = {a.id: a.name for a in doc.actors}
    assert [by_id.get(s.actor or "") for s in doc.statements] == [speaker_actor]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A senior Arvenian diplomat said the sanctions would stay.", "person"),
        ("Arvenian officials said the sanctions would stay.", "group"),
    ],
)
def test_unnamed_speaker_kind(pipeline, text: str, kind: str) -> None:
    doc = pipeline.run(Document(text=text))
    by_id = {a.id: a.kind for a in doc.actors}
    assert [by_id.get(s.actor or "") for s in doc.statements] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "The minister said on Monday that analyses suggesting a deal were wrong. "
        "Analyses suggested that Arvenia must settle its dispute with Lomar.",
        "Recent polls show that Senator Ada Vale is ahead in the race.",
        "The report said that the harbour would close in May.",
    ],
)
def test_a_finding_speaks_for_nobody(pipeline, text: str) -> None:
    doc = pipeline.run(Document(text=text))
    speakers = [s for s in doc.statements if s.speaker and doc.slice(s.speaker).lower().split()[-1]
                in ("analyses", "polls", "report")]
    assert speakers, "the finding's statement is still found"
    assert all(s.actor is None for s in speakers)
    assert not {a.name.lower() for a in doc.actors} & {"analyses", "polls", "recent polls", "report"}


@pytest.mark.parametrize(
    "text",
    [
        "The talks will fail no matter which Arvenian diplomats negotiate with Lomar.",
        "Whichever senators vote for the bill, the harbour will close.",
    ],
)
def test_a_free_choice_group_is_nobody_in_particular(pipeline, text: str) -> None:
    doc = pipeline.run(Document(text=text, body=[(0, len(text))]))
    assert not [a.name for a in doc.actors if a.kind == "group"]


@pytest.mark.parametrize(
    ("text", "subj", "obj", "polarity"),
    [
        ("Senator Maria Ortiz, who criticized Olav Lund, left.", "Maria Ortiz", "Olav Lund", "negative"),
        ("Senator Maria Ortiz, who has been critical of Olav Lund, left early.", "Maria Ortiz", "Olav Lund",
         "negative"),
        ("Anna Keller, whom Senator Maria Ortiz praised, stayed.", "Maria Ortiz", "Anna Keller", "positive"),
        ("The board removed Tomas Brandt, a Liberal who opposed Olav Lund.", "Tomas Brandt", "Olav Lund",
         "negative"),
        # a place in the person's own phrase stands between, and is not who the clause is about
        ("Senator Maria Ortiz of Arvenia, who criticized Olav Lund, left the hall.", "Maria Ortiz",
         "Olav Lund", "negative"),
    ],
)
def test_a_relative_clause_speaks_for_the_actor_it_hangs_on(
    pipeline, text: str, subj: str, obj: str, polarity: str
) -> None:
    doc = pipeline.run(Document(text=text, body=[(0, len(text))]), start="parse")
    names = {a.id: a.name for a in doc.actors}
    got = {(names.get(r.subject), names.get(r.object), r.polarity) for r in doc.relations}
    assert (subj, obj, polarity) in got


def test_a_party_in_the_title_is_not_who_acts_when_an_apposition_names_the_person(pipeline) -> None:
    text = "The ranking Democrat on the panel, Maria Ortiz, criticized Olav Lund."
    doc = pipeline.run(Document(text=text, body=[(0, len(text))]), start="parse")
    names = {a.id: a.name for a in doc.actors}
    got = {(names.get(r.subject), names.get(r.object), r.polarity) for r in doc.relations}
    assert ("Maria Ortiz", "Olav Lund", "negative") in got
    assert not any(s != "Maria Ortiz" and o == "Olav Lund" for s, o, _p in got)


def test_a_relative_pronoun_speaker_is_the_actor(pipeline) -> None:
    text = "Senator Maria Ortiz, who said that the ferry plan was dead, left the hall."
    doc = pipeline.run(Document(text=text, body=[(0, len(text))]), start="parse")
    names = {a.id: a.name for a in doc.actors}
    [st] = doc.statements
    assert doc.slice(st.speaker or (0, 0)) == "who" and names.get(st.actor or "") == "Maria Ortiz"


def _headed(text: str) -> Document:
    """A document whose first line is its headline, each line a paragraph."""
    doc = Document(text=text, title=text.split("\n", 1)[0])
    pos, body = 0, []
    for line in text.split("\n"):
        body.append((pos, pos + len(line)))
        pos += len(line) + 1
    doc.body = body
    return doc


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The headline's capitals glue a verb to a known surname: the verb is cut off.
        (
            "Senate Panel Halts Obama's Trade Plan After Long Debate\n"
            "On Tuesday, President Obama said he would fight on.",
            {"Barack Obama": ("Obama", "President Obama", "he")},
        ),
        (
            "Governor Signs Trump's Border Bill Into Law Over Objections\nLater, Mr. Trump praised the vote.",
            {"Donald Trump": ("Trump", "Mr. Trump")},
        ),
        # A given name in a headline stays: she is not the known Obama.
        (
            "Michelle Obama Visits Rural Schools Across Ohio This Week\nShe said the teachers were heroes.",
            {"Michelle Obama": ("Michelle Obama", "She")},
        ),
    ],
)
def test_headline_name_is_not_glued_to_a_verb(
    pipeline, text: str, expected: dict[str, tuple[str, ...]]
) -> None:
    got = groups(pipeline.run(_headed(text), start="parse"))
    for name, mentions in expected.items():
        assert got.get(name) == mentions


@pytest.mark.parametrize(
    ("text", "name", "mentions"),
    [
        ("Sergei Lavrov met the envoy. Lavrov said little.", "Sergey Lavrov", ("Sergei Lavrov", "Lavrov")),
        ("Volodymyr Zelenskyy thanked the donors.", "Volodymyr Zelensky", ("Volodymyr Zelenskyy",)),
        ("The mayor blamed antifa for the damage.", "antifa", ("antifa",)),
        ("The Confederacy lost the war.", "Confederate States of America", ("The Confederacy",)),
        ("Francois Hollande spoke in Lyon.", "François Hollande", ("Francois Hollande",)),
    ],
)
def test_known_name_variants(pipeline, text: str, name: str, mentions: tuple[str, ...]) -> None:
    assert groups(pipeline.run(Document(text=text))).get(name) == mentions


def actor_names(doc: Document) -> dict[str, set[str]]:
    return {a.name: {a.name, *a.aliases} for a in doc.actors}


@pytest.mark.parametrize(
    ("text", "group", "alias"),
    [
        # The administration nests in its officials' name, which also goes without the rank.
        (
            "Senior Trump administration officials pressured the agency.",
            "Trump administration officials",
            "Trump administration officials",
        ),
        ("Two veteran Pentagon officials resigned.", "veteran Pentagon officials", "Pentagon officials"),
    ],
)
def test_group_of_an_organization(pipeline, text: str, group: str, alias: str) -> None:
    names = actor_names(pipeline.run(Document(text=text)))
    assert alias in names.get(group, set())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The tables know both people: the bare surname is the one they give it to.
        (
            "Eric Trump spoke first. Trump later called the inquiry a witch hunt.",
            {"Eric Trump": ("Eric Trump",), "Donald Trump": ("Trump",)},
        ),
        (
            "Beau Biden served in the army. Biden said his son was brave.",
            {"Beau Biden": ("Beau Biden",), "Joe Biden": ("Biden", "his")},
        ),
        # A namesake the tables do not know keeps the surname (the document's own Cruz).
        (
            "Nikolas Cruz was arrested on Friday. Cruz did not speak.",
            {"Nikolas Cruz": ("Nikolas Cruz", "Cruz")},
        ),
    ],
)
def test_known_namesakes_stay_apart(pipeline, text: str, expected: dict[str, tuple[str, ...]]) -> None:
    got = groups(pipeline.run(Document(text=text)))
    for name, mentions in expected.items():
        assert got.get(name) == mentions


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kestrian engineers said Kestria would share river data.", "country"),
        ("Kestria's foreign ministry welcomed the offer, and Kestria said the dam would go on.", "country"),
        ("The talks resumed in Lomar on Friday, and Lomar will host the next round.", "other"),
        # a company has a president and a government affairs team, not a foreign ministry
        ("Veltrona's president said Veltrona's government affairs team would move to Lomar.", None),
    ],
)
def test_an_unknown_country_is_known_by_its_demonym_or_its_organs(
    pipeline, text: str, kind: str | None
) -> None:
    name = next(n for n in ("Veltrona", "Kestria", "Lomar") if n in text)
    kinds = {a.kind for a in pipeline.run(text).actors if a.name == name}
    assert kinds == {kind} if kind else kinds and "country" not in kinds
