from __future__ import annotations

import re
from pathlib import Path

import pytest

from stancegraph.config import Config
from stancegraph.errors import ConfigError
from stancegraph.parse import Parser
from stancegraph.stance import StanceTagger
from stancegraph.targets import load_targets
from stancegraph.types import Actor, Document, Mention, Statement

FIXTURE = Path(__file__).parent / "fixtures" / "targets.yaml"
TARGET = "negotiations with the United States"


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


@pytest.fixture(scope="module")
def tagger() -> StanceTagger:
    return StanceTagger(Config(targets_path=FIXTURE))


def build(parser: Parser, text: str, actors: dict[str, list[str]] | None = None,
          statements: list[tuple[str, str | None]] | None = None) -> Document:
    """A parsed document with hand-placed actors (every occurrence of each surface form)
    and statements (content substring, speaking actor)."""
    doc = Document(text=text)
    doc.body = [(0, len(text))]
    doc = parser(doc)
    for name, forms in (actors or {}).items():
        actor = Actor(id=name.lower().replace(" ", "-"), name=name)
        for form in forms:
            for m in re.finditer(re.escape(form), text):
                actor.mentions.append(Mention((m.start(), m.end())))
        doc.actors.append(actor)
    for content, speaker in statements or [(text, None)]:
        start = text.index(content)
        sid = speaker.lower().replace(" ", "-") if speaker else None
        doc.statements.append(Statement("indirect", (start, start + len(content)), actor=sid))
    return doc


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Negotiation would not resolve the country's issues with the United States.", "against"),
        ("He asked whether raising negotiations with the United States is not either foolish or "
         "treacherous.", "favor"),
        ("Didn't he say that raising the subject of negotiations with the United States is foolish?",
         "against"),
        ("Negotiations with the United States are not the solution and will not benefit the nation.",
         "against"),
        ("The council refuses to hold direct talks.", "against"),
        ("She voiced opposition to direct talks with the United States.", "against"),
        ("We strongly support negotiations with the United States.", "favor"),
        # starting the process is being for it (read for targets, not for actors)
        ("The government would open talks with the United States next week.", "favor"),
        ("The council began negotiations with the United States in May.", "favor"),
        ("The council did not open talks with the United States.", "against"),
        # what a named party aims at is theirs; the speaker's is how they name the aim
        ("He referred to western countries’ intention to start direct talks after the vote.", "neutral"),
        ("He spoke of the West's plan to open talks with the United States.", "neutral"),
        ("He spoke of the enemy's scheme to open talks with the United States.", "against"),
        ("Our plan is to open talks with the United States.", "favor"),
        ("Talks with the US are the best way forward.", "favor"),
        ("Talks with the US would be a grave mistake.", "against"),
        ("There will be no negotiation.", "against"),
        ("Have you seen any goodwill that would justify a negotiation?!", "against"),
        ("Why speak of negotiating with the murderers of our people?", "against"),
        ("The envoy dismissed reports of direct talks in Geneva.", "neutral"),
        ("Direct talks took place on Tuesday.", "neutral"),
        # a position on what the target yields is one on the target
        ("His party would vote against any agreement that came out of the talks with the US.", "against"),
        ("The party rejects any deal reached in direct talks.", "against"),
        ("The party supports any agreement that comes out of direct talks.", "favor"),
        ("The party would vote against the talks with the US.", "against"),
        # wishing for what the target does
        ('He hoped the talks with the US would "turn a quarrel into a partnership."', "favor"),
        ("She wants direct talks to start in May.", "favor"),
        ("He never wanted direct talks to start in May.", "against"),
        # "call/fight for X" asks for X
        ("The union called for direct talks with the United States.", "favor"),
        ("The union fought for direct talks.", "favor"),
        ("The union did not call for direct talks.", "neutral"),
        # a particle turns the verb: backing away from something is no support for it
        ("The union backed off direct talks.", "neutral"),
        ("The union backed down on direct talks.", "neutral"),
        ("The union stood up for direct talks.", "favor"),
        ("The union stood up to direct talks.", "against"),
        # denying a benefit to another party is no opposition to the target
        ("Dialogue with Washington is not a favour to Moscow.", "neutral"),
        ("Talks with the US are not a gift to Moscow.", "neutral"),
        ("Dialogue with Washington is not a mistake.", "favor"),
        # the parser hangs "to Moscow" on the copula here
        ('Ms Orlo will lead the team. "Dialogue with Washington is not a favour to Moscow. It is the '
         'only way forward," she said.', "neutral"),
    ],
)
def test_target_stance_labels(parser: Parser, tagger: StanceTagger, text: str, label: str) -> None:
    doc = tagger(build(parser, text))
    stances = doc.statements[0].stances
    assert [s.target for s in stances] == [TARGET]
    assert stances[0].label == label
    ev = stances[0].evidence
    assert ev is not None and 0 <= ev[0] < ev[1] <= len(text)


def test_conditional_openness_is_weak_favor(parser: Parser, tagger: StanceTagger) -> None:
    text = "If reaching a good deal one day requires direct talks with the US, we will consider it."
    (stance,) = tagger(build(parser, text)).statements[0].stances
    assert stance.label == "favor"
    assert stance.score < 0.5
    plain = tagger(build(parser, "We support direct talks.")).statements[0].stances[0]
    assert plain.score > stance.score


def test_pronoun_content_reads_its_sentence(parser: Parser, tagger: StanceTagger) -> None:
    text = "If direct talks ever become necessary, we will consider it, the minister said."
    doc = build(parser, text, statements=[("we will consider it", None)])
    (stance,) = tagger(doc).statements[0].stances
    assert stance.label == "favor"


def test_target_stance_is_also_a_relation(parser: Parser, tagger: StanceTagger) -> None:
    text = "Senator Vale said direct talks would be a grave mistake."
    doc = tagger(build(parser, text, {"Vale": ["Senator Vale"]},
                       statements=[("direct talks would be a grave mistake", "Vale")]))
    assert ("vale", TARGET, "negative") in {(r.subject, r.object, r.polarity) for r in doc.relations}
    [rel] = [r for r in doc.relations if r.object == TARGET]
    [stance] = doc.statements[0].stances
    assert (rel.basis, rel.score) == ("target", stance.score)


@pytest.mark.parametrize(
    ("content", "label"),
    [
        ("the rebels insist on holding direct talks", "neutral"),  # the rebels' wish, not hers
        ("we insist on holding direct talks", "favor"),
        ("direct talks would be a grave mistake", "against"),
        ("his party would vote against any agreement that came out of direct talks", "against"),
        ("their allies would vote against any agreement that came out of direct talks", "neutral"),
        ("the council should push for direct talks", "favor"),  # her prescription
    ],
)
def test_someone_elses_position_is_not_the_speakers(
    parser: Parser, tagger: StanceTagger, content: str, label: str
) -> None:
    text = f"Senator Vale said {content}."
    doc = tagger(build(parser, text, {"Vale": ["Senator Vale"]}, statements=[(content, "Vale")]))
    assert [s.label for s in doc.statements[0].stances] == [label]


@pytest.mark.parametrize(
    ("text", "content", "label"),
    [
        # the cue's tone ("warned", "complained") is not the tone of what was said
        ("Ms Orlo warned that direct talks were no longer on the calendar.",
         "that direct talks were no longer on the calendar", "neutral"),
        ("Ms Orlo complained that direct talks were held on a Sunday.",
         "that direct talks were held on a Sunday", "neutral"),
    ],
)
def test_tone_fallback_reads_the_content(
    parser: Parser, tagger: StanceTagger, text: str, content: str, label: str
) -> None:
    doc = tagger(build(parser, text, statements=[(content, None)]))
    assert [s.label for s in doc.statements[0].stances] == [label]


def test_only_content_counts(parser: Parser, tagger: StanceTagger) -> None:
    text = "Despite the row over direct talks, the minister said the weather was fine."
    doc = build(parser, text, statements=[("the weather was fine", None)])
    assert tagger(doc).statements[0].stances == []


def test_two_targets_one_statement(parser: Parser, tagger: StanceTagger) -> None:
    text = "Direct talks are pointless, but the nuclear deal must be restored."
    stances = tagger(build(parser, text)).statements[0].stances
    assert {(s.target, s.label) for s in stances} == {(TARGET, "against"), ("nuclear deal", "favor")}


def test_no_targets_configured_leaves_stances_empty(parser: Parser) -> None:
    doc = StanceTagger(Config())(build(parser, "We support direct talks."))
    assert doc.statements[0].stances == []


def test_bad_backend_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown stance backend"):
        StanceTagger(Config(stance_backend="oracle"))


def test_fixture_targets_load() -> None:
    assert load_targets(FIXTURE)[0].name == TARGET


RELATIONS = [
    ("Senator Vale criticized Governor Orm for the delays.", "vale", "orm", "negative"),
    ("Governor Orm was sharply criticized by Senator Vale.", "vale", "orm", "negative"),
    ("Governor Orm is widely disliked by Senator Vale and her allies.", "vale", "orm", "negative"),
    ("Senator Vale resented the move by Governor Orm.", "vale", "orm", "negative"),
    ("Senator Vale praised Governor Orm and thanked the Harbor Union.", "vale", "orm", "positive"),
    ("Senator Vale praised Governor Orm and thanked the Harbor Union.", "vale", "harbor-union", "positive"),
    ("Senator Vale refused to deal with Governor Orm.", "vale", "orm", "negative"),
    ("Senator Vale warned against trusting Governor Orm.", "vale", "orm", "negative"),
    ("Senator Vale's criticism of Governor Orm grew louder.", "vale", "orm", "negative"),
    ("Senator Vale voiced support for Governor Orm on Monday.", "vale", "orm", "positive"),
    ("Senator Vale, a longtime ally of Governor Orm, spoke first.", "vale", "orm", "positive"),
    ("Senator Vale accused Governor Orm of lying.", "vale", "orm", "negative"),
    ("Senator Vale does not support Governor Orm.", "vale", "orm", "negative"),
    ("Senator Vale blames the Harbor Union, particularly Governor Orm, for the strike.", "vale", "orm",
     "negative"),
    ("Senator Vale has been highly critical of Governor Orm.", "vale", "orm", "negative"),
    ("Senator Vale was opposed to the plan of Governor Orm.", "vale", "orm", "negative"),
    ("Senator Vale attacked Governor Orm's handling of the floods.", "vale", "orm", "negative"),
    ("Senator Vale stood up to Governor Orm.", "vale", "orm", "negative"),
    # a tie noun's adjective says how two stand, both ways
    ("The video follows heated exchanges between Senator Vale and Governor Orm.", "vale", "orm", "negative"),
    ("The video follows heated exchanges between Senator Vale and Governor Orm.", "orm", "vale", "negative"),
    ("Senator Vale has had friendly relations with Governor Orm.", "orm", "vale", "positive"),
    ("Senator Vale's bitter rivalry with Governor Orm is old.", "vale", "orm", "negative"),
    # phrasal verbs: the particles make the relation word
    ("Senator Vale laid into Governor Orm on Monday.", "vale", "orm", "negative"),
    ("Senator Vale is taking on Governor Orm in the primary.", "vale", "orm", "negative"),
    ("Senator Vale went after Governor Orm.", "vale", "orm", "negative"),
    ("Senator Vale rallied behind Governor Orm.", "vale", "orm", "positive"),
    ("Senator Vale stood up for Governor Orm.", "vale", "orm", "positive"),
    ("Senator Vale is a fierce critic of Governor Orm.", "vale", "orm", "negative"),
    ("Senator Vale, a close Governor Orm ally, spoke first.", "vale", "orm", "positive"),
    ("The Harbor Union froze Governor Orm's accounts on Friday.", "harbor-union", "orm", "negative"),
    # a relation noun received from another: the giver holds it
    ("Governor Orm faced sharp criticism from Senator Vale on Monday.", "vale", "orm", "negative"),
    ("Governor Orm won the backing of the Harbor Union last week.", "harbor-union", "orm", "positive"),
    ("The Harbor Union drew angry attacks by Governor Orm.", "orm", "harbor-union", "negative"),
    # stance verbs added from SEESAW train's paths (general words, not its text)
    ("Senator Vale grilled Governor Orm at the hearing.", "vale", "orm", "negative"),
    ("Senator Vale ignored Governor Orm's calls for a truce.", "vale", "orm", "negative"),
    ("The Harbor Union confirmed Governor Orm as its new chair.", "harbor-union", "orm", "positive"),
    # who works for someone, and who was named by someone
    ("Senator Vale, a longtime adviser to Governor Orm, spoke first.", "vale", "orm", "positive"),
    ("Senator Vale, Governor Orm's nominee for the port board, spoke first.", "orm", "vale", "positive"),
    ("The Harbor Union is seeking to topple Governor Orm.", "harbor-union", "orm", "negative"),
    # who chairs or runs a body or a campaign
    ("Senator Vale, the chairman of the Harbor Union, spoke first.", "vale", "harbor-union", "positive"),
    ("Senator Vale later became Governor Orm's campaign manager.", "vale", "orm", "positive"),
    ("The Harbor Union, chaired by Senator Vale, met on Monday.", "vale", "harbor-union", "positive"),
    # asking for someone's exit: the one asked of does not act, the one asking is against
    ("Senator Vale is calling for Governor Orm to resign.", "vale", "orm", "negative"),
    ("Senator Vale called for the resignation of Governor Orm.", "vale", "orm", "negative"),
    ("Senator Vale welcomed the resignation of Governor Orm.", "vale", "orm", "negative"),
    # the name a naming verb gives
    ("Senator Vale called Governor Orm a friend.", "vale", "orm", "positive"),
    ("Senator Vale described Governor Orm as a fierce rival.", "vale", "orm", "negative"),
    ("Senator Vale has long been at odds with Governor Orm.", "vale", "orm", "negative"),
    ("Senator Vale took a swipe at Governor Orm.", "vale", "orm", "negative"),
    ("Senator Vale threw her support behind Governor Orm.", "vale", "orm", "positive"),
    ("Senator Vale teamed up with Governor Orm.", "vale", "orm", "positive"),
]


@pytest.mark.parametrize(("text", "subj", "obj", "polarity"), RELATIONS)
def test_relations(
    parser: Parser, tagger: StanceTagger, text: str, subj: str, obj: str, polarity: str
) -> None:
    actors = {"Vale": ["Senator Vale"], "Orm": ["Governor Orm"], "Harbor Union": ["Harbor Union"]}
    doc = tagger(build(parser, text, actors))
    got = {(r.subject, r.object, r.polarity) for r in doc.relations}
    assert (subj, obj, polarity) in got
    rel = next(r for r in doc.relations if (r.subject, r.object) == (subj, obj))
    assert rel.sentence == (0, len(text))
    assert doc.slice(rel.evidence)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Senator Vale demanded that Governor Orm step down.", "step"),
        ("Senator Vale called on Governor Orm to resign.", "resign"),
        ("Senator Vale urged Governor Orm to step aside.", "step"),
        ("Senator Vale said Governor Orm should quit the race.", "quit"),
    ],
)
def test_told_to_leave_office(parser: Parser, tagger: StanceTagger, text: str, word: str) -> None:
    # Read from the verb of leaving, not guessed by the default for a disputed mention.
    actors = {"Vale": ["Senator Vale"], "Orm": ["Governor Orm"]}
    doc = tagger(build(parser, text, actors))
    [rel] = [r for r in doc.relations if (r.subject, r.object) == ("vale", "orm")]
    assert rel.polarity == "negative" and word in doc.slice(rel.evidence).split()


@pytest.mark.parametrize(
    "text",
    [
        "Senator Vale said Governor Orm should not resign.",
        "Senator Vale met reporters after Governor Orm left.",
        "Senator Vale did not criticize Governor Orm.",
        "Governor Orm said Senator Vale arrived late.",
        "Senator Vale was banned from the Harbor Union for a year.",
        # backing away from someone is no support
        "Senator Vale has no close ties to Governor Orm.",
        "Senator Vale backed away from Governor Orm.",
    ],
)
def test_no_relation(parser: Parser, tagger: StanceTagger, text: str) -> None:
    actors = {"Vale": ["Senator Vale"], "Orm": ["Governor Orm"], "Harbor Union": ["Harbor Union"]}
    assert tagger(build(parser, text, actors, statements=[])).relations == []


def test_a_title_is_no_tone(parser: Parser, tagger: StanceTagger) -> None:
    # "Justice" is a kind word, but in "Justice Vale" only a title: no praise of Vale.
    text = "Governor Orm mentioned Justice Vale in the speech."
    doc = tagger(build(parser, text, {"Vale": ["Justice Vale"], "Orm": ["Governor Orm"]}))
    assert not [r for r in doc.relations if r.polarity == "positive"]


def test_phrasal_verb_particles_come_in_order(parser: Parser, tagger: StanceTagger) -> None:
    # "fell behind Y in the polls" is no "fall in behind Y" (support)
    text = "Senator Vale has fallen behind Governor Orm in most polls."
    actors = {"Vale": ["Senator Vale"], "Orm": ["Governor Orm"]}
    doc = tagger(build(parser, text, actors, statements=[]))
    assert not [r for r in doc.relations if r.polarity == "positive"]


@pytest.mark.parametrize(
    "text",
    [
        "Governor Orm faced sharp criticism from Senator Vale on Monday.",
        "Governor Orm's plan will face stiff opposition in the Harbor Union.",
    ],
)
def test_who_receives_a_stance_holds_none_toward_its_giver(
    parser: Parser, tagger: StanceTagger, text: str
) -> None:
    actors = {"Vale": ["Senator Vale"], "Orm": ["Governor Orm"], "Harbor Union": ["Harbor Union"]}
    doc = tagger(build(parser, text, actors, statements=[]))
    assert not [r for r in doc.relations if r.subject == "orm"]


def test_speaker_relation_from_hostile_content(parser: Parser, tagger: StanceTagger) -> None:
    text = "Senator Vale said Governor Orm is a corrupt and dangerous liar."
    doc = build(parser, text, {"Vale": ["Senator Vale"], "Orm": ["Governor Orm"]},
                statements=[("Governor Orm is a corrupt and dangerous liar", "Vale")])
    got = {(r.subject, r.object, r.polarity) for r in tagger(doc).relations}
    assert ("vale", "orm", "negative") in got


# --- the seed articles: need the actors and statements stages --------------------------------


def _stances_by_actor(doc: Document, pattern: str) -> list:
    out = []
    for st in doc.statements:
        actor = doc.actor(st.actor)
        if actor is not None and re.search(pattern, " ".join([actor.name, *actor.aliases]), re.I):
            out.extend(s for s in st.stances if s.target == TARGET)
    return out


@pytest.fixture(scope="module")
def seeds_with_targets(seed_docs):
    tagger = StanceTagger(Config(targets_path=FIXTURE))
    return {name: tagger(doc) for name, doc in seed_docs.items()}


@pytest.mark.shared
@pytest.mark.parametrize("who", [r"Khamenei|Leader", r"Basij"])
def test_seed_leader_and_basij_are_against(seeds_with_targets, who: str) -> None:
    stances = [s for doc in seeds_with_targets.values() for s in _stances_by_actor(doc, who)]
    assert stances, f"no statement by {who} about the target"
    assert {s.label for s in stances} == {"against"}


@pytest.mark.shared
def test_seed_abdollahian_is_open_not_against(seeds_with_targets) -> None:
    mine = [s for doc in seeds_with_targets.values() for s in _stances_by_actor(doc, "Abdollahian")]
    leader = [s for doc in seeds_with_targets.values() for s in _stances_by_actor(doc, r"Khamenei|Leader")]
    assert mine, "no statement by Amir Abdollahian about the target"
    assert "against" not in {s.label for s in mine}
    assert max(s.score for s in mine) < max(s.score for s in leader)


@pytest.mark.shared
def test_seed_leader_negative_toward_us_and_west(seeds_with_targets) -> None:
    doc = next(d for d in seeds_with_targets.values() if "Basij volunteer" in d.text)
    objects = set()
    for r in doc.relations:
        subj = doc.actor(r.subject)
        obj = doc.actor(r.object)
        if subj and obj and r.polarity == "negative" and re.search("Khamenei|Leader", subj.name):
            objects.add(" ".join([obj.name, *obj.aliases]))
    assert any(re.search(r"United States|\bUS\b|America|Washington", o) for o in objects), objects
    assert any(re.search(r"\bWest", o) for o in objects), objects
    # ... and never toward his own country ("would not resolve Iran's issues", "opposed to
    # the Islamic Republic" are not positions against Iran).
    assert not any(re.search(r"\bIran\b", o) for o in objects), objects


@pytest.mark.shared
def test_seed_basij_is_not_against_the_leader(seeds_with_targets) -> None:
    """The Basij letter asks how often "the wise Leader" must warn officials: no dispute."""
    doc = next(d for d in seeds_with_targets.values() if "Basij volunteer" not in d.text)
    toward_leader = {
        r.polarity for r in doc.relations
        if (s := doc.actor(r.subject)) and (o := doc.actor(r.object))
        and "Basij" in s.name and re.search("Khamenei|Leader", o.name)
    }
    assert toward_leader == {"positive"}, toward_leader


@pytest.mark.shared
def test_seed_basij_honour_soleimani(seeds_with_targets) -> None:
    """"negotiating with the killers of martyr Haj Qasem Soleimani": the killers are the
    enemy; Soleimani is the Basij's martyr."""
    doc = next(d for d in seeds_with_targets.values() if "Basij volunteer" not in d.text)
    toward = {
        r.polarity for r in doc.relations
        if (s := doc.actor(r.subject)) and (o := doc.actor(r.object))
        and "Basij" in s.name and "Soleimani" in o.name
    }
    assert toward == {"positive"}, toward


def test_root_without_verb_does_not_hang(parser: Parser, tagger: StanceTagger) -> None:
    # A verbless headline as a statement's content: the clause walk must stop at the root.
    text = "Senator Vale: Governor Orm a disgrace and a liar"
    doc = build(parser, text, {"Vale": ["Senator Vale"], "Orm": ["Governor Orm"]},
                statements=[("Governor Orm a disgrace and a liar", "Vale")])
    tagger(doc)


# --- the nli backend, on a tiny random model built here (nothing is downloaded) -------------


@pytest.fixture(scope="module")
def tiny_nli(tmp_path_factory: pytest.TempPathFactory) -> Path:
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    out = tmp_path_factory.mktemp("tiny-nli")
    words = ["senator", "vale", "governor", "orm", "supports", "opposes", "the", "talks", "direct", ".", ","]
    (out / "vocab.txt").write_text("\n".join(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *words]) + "\n")
    transformers.BertTokenizer(str(out / "vocab.txt")).save_pretrained(out)
    torch.manual_seed(0)
    config = transformers.BertConfig(
        vocab_size=len(words) + 5, hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
        intermediate_size=32, max_position_embeddings=300, num_labels=3,
        id2label={0: "entailment", 1: "neutral", 2: "contradiction"},
        label2id={"entailment": 0, "neutral": 1, "contradiction": 2},
    )
    transformers.BertForSequenceClassification(config).save_pretrained(out)
    return out


def test_nli_backend_runs_a_local_model(parser: Parser, tiny_nli: Path) -> None:
    from stancegraph.stance_backends.nli import NLIBackend

    backend = NLIBackend(str(tiny_nli))
    probs = backend.entailment([("Senator Vale criticized Governor Orm.", "Vale opposes Orm.")] * 3)
    assert len(probs) == 3 and all(0.0 <= p <= 1.0 for p in probs)
    assert probs[0] == pytest.approx(probs[2])  # eval mode: no dropout
    tagger = StanceTagger(Config(targets_path=FIXTURE, stance_backend="nli", nli_model=str(tiny_nli)))
    text = "Senator Vale criticized Governor Orm over direct talks."
    doc = tagger(build(parser, text, {"Vale": ["Senator Vale"], "Orm": ["Governor Orm"]},
                       statements=[(text, "Vale")]))
    (stance,) = doc.statements[0].stances
    assert stance.target == TARGET and stance.label in ("favor", "against", "neutral")
    assert 0.0 <= stance.score <= 1.0
    assert all(r.polarity in ("positive", "negative") and r.subject != r.object for r in doc.relations)
    assert all(r.basis in ("nli", "target") for r in doc.relations)
    assert all(r.score is not None and 0.5 <= r.score <= 1 for r in doc.relations if r.basis == "nli")


def test_nli_model_must_be_local(tmp_path: Path) -> None:
    pytest.importorskip("transformers")
    from stancegraph.errors import ModelNotFound
    from stancegraph.stance_backends.nli import NLIBackend

    with pytest.raises(ModelNotFound, match="nothing is downloaded"):
        NLIBackend(str(tmp_path / "no-such-model"))


def test_nli_needs_a_model_name() -> None:
    with pytest.raises(ConfigError, match="--nli-model"):
        StanceTagger(Config(stance_backend="nli"))


def test_learned_model_file_must_exist(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        StanceTagger(Config(stance_backend="learned", stance_model=tmp_path / "none.pkl"))


def test_nli_labels_must_name_entailment() -> None:
    from stancegraph.stance_backends.nli import entailment_index

    assert entailment_index({0: "CONTRADICTION", 1: "NEUTRAL", 2: "ENTAILMENT"}) == 2
    with pytest.raises(ConfigError, match="no 'entailment'"):
        entailment_index({0: "LABEL_0", 1: "LABEL_1"})


def test_an_adjectival_participle_is_no_relation(parser: Parser, tagger: StanceTagger) -> None:
    """"rioters or hired agents": nobody named hired anybody, and no hiring is praise."""
    text = "The port would not be run by rioters or hired agents, Senator Vale said."
    doc = build(parser, text, {"Vale": ["Senator Vale"], "Rioters": ["rioters"], "Agents": ["agents"]},
                statements=[("The port would not be run by rioters or hired agents", "Vale")])
    got = {(r.subject, r.object, r.polarity) for r in tagger(doc).relations}
    assert not {(s, o) for s, o, p in got if p == "positive"}, got
    assert ("rioters", "agents", "positive") not in got


@pytest.mark.parametrize(("adjective", "polarity"), [("wise", "positive"), ("corrupt", "negative")])
def test_the_speakers_own_word_for_an_actor(
    parser: Parser, tagger: StanceTagger, adjective: str, polarity: str
) -> None:
    """"How many times should the wise Leader warn officials …": asking what someone
    should do is no dispute with them; the adjective the speaker gives them is the reading."""
    text = f"Senator Vale asked how many times the {adjective} Governor Orm should warn the port board."
    content = f"how many times the {adjective} Governor Orm should warn the port board"
    doc = build(parser, text, {"Vale": ["Senator Vale"], "Orm": ["Governor Orm"]},
                statements=[(content, "Vale")])
    got = {(r.subject, r.object, r.polarity) for r in tagger(doc).relations}
    assert ("vale", "orm", polarity) in got, got
    assert ("vale", "orm", "negative" if polarity == "positive" else "positive") not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the speaker does to a person's followers is done to the followers
        ("Senator Ada Vale mocked Governor Tomas Orm's supporters at the port.",
         {("Ada Vale", "supporters of Tomas Orm", "negative"),
          ("supporters of Tomas Orm", "Tomas Orm", "positive")}),
        ("Senator Ada Vale thanked Governor Tomas Orm's critics at the port.",
         {("Ada Vale", "critics of Tomas Orm", "positive"),
          ("critics of Tomas Orm", "Tomas Orm", "negative")}),
    ],
)
def test_a_persons_followers_are_not_the_person(
    pipeline, text: str, expected: set[tuple[str, str, str]]
) -> None:
    # "Orm's supporters" has a stance word in it, but it is theirs toward Orm, not the speaker's.
    doc = pipeline.run(text)
    names = {a.id: a.name for a in doc.actors}
    assert {(names[r.subject], names[r.object], r.polarity) for r in doc.relations if r.object} == expected


@pytest.mark.parametrize(
    ("text", "medium", "held"),
    [
        # where something was said is nobody's object ...
        ("Senator Ada Vale mocked Governor Tomas Orm on Twitter.", "Twitter", None),
        ("Senator Ada Vale told CNN that Governor Tomas Orm was a disgrace.", "CNN", None),
        ("Senator Ada Vale attacked Governor Tomas Orm in a Fox News interview.", "Fox News", None),
        # ... but a stance word aimed at the outlet still is
        ("Senator Ada Vale blasted CNN for its coverage of the floods.", "CNN", "negative"),
    ],
)
def test_platforms_and_outlets_as_where_it_was_said(
    pipeline, text: str, medium: str, held: str | None
) -> None:
    doc = pipeline.run(text)
    names = {a.id: a.name for a in doc.actors}
    toward = {r.polarity for r in doc.relations if names.get(r.object) == medium}
    assert toward == ({held} if held else set())


@pytest.mark.parametrize(
    ("content", "polarity"),
    [
        ("Governor Orm has done a great job", "positive"),
        ("Governor Orm is doing terrible work", "negative"),
        ("Governor Orm has not done a good job", "negative"),
    ],
)
def test_how_well_someone_does_the_job(
    parser: Parser, tagger: StanceTagger, content: str, polarity: str
) -> None:
    # A subject is judged by what it does, not by what it wants; how well it does its job is
    # what the speaker says of it.
    text = f"Senator Vale said {content}."
    actors = {"Vale": ["Senator Vale"], "Orm": ["Governor Orm"]}
    doc = build(parser, text, actors, statements=[(content, "Vale")])
    got = {(r.subject, r.object, r.polarity) for r in tagger(doc).relations}
    assert ("vale", "orm", polarity) in got, got
