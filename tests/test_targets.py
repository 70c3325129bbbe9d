from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from stancegraph.errors import ConfigError
from stancegraph.parse import load_nlp
from stancegraph.targets import Target, TargetMatcher, load_targets, parse_targets, suggest, word_key

FIXTURE = Path(__file__).parent / "fixtures" / "targets.yaml"
NEGOTIATION = Target(
    "negotiations with the United States",
    ("negotiations with the United States", "negotiation", "talks with the US", "direct talks"),
)


def test_fixture_loads() -> None:
    targets = load_targets(FIXTURE)
    assert [t.name for t in targets] == ["negotiations with the United States", "nuclear deal"]
    assert "direct talks" in targets[0].phrases


@pytest.mark.parametrize(
    ("a", "b"),
    [("negotiations", "negotiating"), ("negotiate", "negotiation"), ("talks", "talk"), ("U.S.", "US")],
)
def test_word_keys_meet(a: str, b: str) -> None:
    assert word_key(a) == word_key(b)


def test_abbreviation_is_not_the_pronoun() -> None:
    assert word_key("US") != word_key("us")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Negotiations with the United States will fail.", ["Negotiations with the United States"]),
        ("They are negotiating in Geneva.", ["negotiating"]),
        ("He ruled out talks with the U.S. this year.", ["talks with the U.S."]),
        ("She ruled out talks with the US.", ["talks with the US"]),
        ("He wants to hold talks with us.", []),
        ("Direct talks are off the table.", ["Direct talks"]),
        ("The weather in Vienna was fine.", []),
    ],
)
def test_matcher_finds_phrases(text: str, found: list[str]) -> None:
    sdoc = load_nlp()(text)
    matches = TargetMatcher([NEGOTIATION]).find(sdoc)
    assert [sdoc[m.start : m.end].text for m in matches] == found
    assert all(m.target is NEGOTIATION for m in matches)


def test_longest_phrase_wins() -> None:
    sdoc = load_nlp()("Negotiations with the United States resumed.")
    (m,) = TargetMatcher([NEGOTIATION]).find(sdoc)
    assert (m.start, m.end) == (0, 5)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("targets: [\n", "not valid YAML"),
        ("- a\n- b\n", "expected a mapping with a 'targets:' list"),
        ("targets: []\n", "non-empty list"),
        ("targets:\n  - phrases: [x]\n", "'name' must be a non-empty string"),
        ("targets:\n  - name: x\n    phrases: [1, 2]\n", "'phrases' must be a list"),
        ("targets:\n  - name: x\n    phrase: [y]\n", "unknown key"),
        ("targets:\n  - name: x\n  - name: X\n", "duplicate target name"),
        ("targets:\n  - name: the\n", "no phrase has a content word"),
    ],
)
def test_bad_files_name_file_and_problem(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_targets(path)
    assert str(path) in str(info.value)
    assert problem in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_targets(tmp_path / "none.yaml")


def test_bare_names_are_their_own_phrase() -> None:
    (t,) = parse_targets({"targets": ["climate policy"]})
    assert t.phrases == ("climate policy",)


def test_suggest_counts_inflections_together() -> None:
    nlp = load_nlp()
    texts = [
        "The carbon tax divided the Parliament of Norland. Critics said the carbon tax hurts farmers.",
        "Supporters of carbon taxes rallied in Esterhaven. The Green Alliance backed the carbon tax.",
        "Talks on the fishing treaty stalled. The fishing treaty expires next spring.",
    ]
    got = {s.phrase.lower(): s for s in suggest(nlp.pipe(texts), top=20)}
    assert "carbon tax" in got
    assert got["carbon tax"].count == 4
    assert got["carbon tax"].docs == 2
    assert "fishing treaty" in got
    # People are actors, not topics.
    assert not any(p == "critic" for p in got)


def test_cli_targets_suggest(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from stancegraph.cli import app

    (tmp_path / "a.txt").write_text(
        "The fishing treaty angered Norland.\n\nCritics said the fishing treaty favors Esterhaven.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text("Talks on fishing treaties stalled in Norland again.\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["targets", "suggest", str(tmp_path), "--top", "5"])
    assert result.exit_code == 0, result.output
    assert "fishing treaty" in result.output
    assert "Possible targets" in result.output and "documents" in result.output
    result = runner.invoke(app, ["targets", "suggest", str(tmp_path), "--yaml"])
    assert result.exit_code == 0, result.output
    names = [t.name for t in parse_targets(yaml.safe_load(result.output))]
    assert "fishing treaty" in names


def test_suggest_joins_a_name_cut_at_of_and_counts_its_acronym() -> None:
    nlp = load_nlp()
    texts = [
        "The Joint Fisheries Plan of Action was signed in Norland last spring.",
        "Critics of the JFPOA say it favors Esterhaven. The JFPOA expires in May.",
    ]
    got = {s.phrase: s for s in suggest(nlp.pipe(texts), top=20, min_count=1)}
    plan = got["Joint Fisheries Plan of Action"]
    assert (plan.kind, plan.count, plan.docs, plan.aliases) == ("name", 3, 2, ["JFPOA"])
    assert not {"Action", "Plan of Action", "Joint Fisheries Plan", "JFPOA"} & set(got)


def test_suggest_leaves_out_who_acts(tmp_path: Path) -> None:
    """Through the actors stage, role nouns and groups that act are actors, not topics."""
    from stancegraph.targets import suggest_paths

    (tmp_path / "a.txt").write_text(
        "Harbour levy splits Norland\n\nMayor Ilse Marang said the harbour levy would stay. "
        "The mayor added that the harbour levy paid for the new cranes.\n\n"
        "The dock workers said the harbour levy was unfair, and the dock workers will strike.\n",
        encoding="utf-8",
    )
    found, errors = suggest_paths([tmp_path], min_count=1, top=50)
    phrases = {s.phrase.lower() for s in found}
    assert not errors
    assert "harbour levy" in phrases
    assert not {"mayor", "dock workers", "workers"} & phrases, phrases


def test_suggest_leaves_out_an_actors_own_people(tmp_path: Path) -> None:
    from stancegraph.targets import suggest_paths

    (tmp_path / "a.txt").write_text(
        "Port guarded\n\nNATO forces would guard the port, Ilse Marang said. "
        "NATO forces would stay, and the NATO sanctions on Kestria would stay too.\n",
        encoding="utf-8",
    )
    found, _errors = suggest_paths([tmp_path], min_count=1, top=50)
    phrases = {s.phrase.lower() for s in found}
    # the actor's forces are the actor; sanctions it imposes are a topic
    assert not {"forces", "nato forces"} & phrases, phrases
    assert any("sanctions" in p for p in phrases), phrases


def test_suggestions_yaml_lists_the_aliases() -> None:
    from stancegraph.targets import Suggestion, suggestions_yaml

    text = suggestions_yaml([Suggestion("Joint Fisheries Plan of Action", 3, "name", 2, ["JFPOA"])])
    (t,) = parse_targets(yaml.safe_load(text))
    assert t.phrases == ("Joint Fisheries Plan of Action", "JFPOA")


def test_cli_targets_suggest_names_bad_inputs_and_goes_on(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from stancegraph.cli import app
    from stancegraph.errors import InputError

    (tmp_path / "a.txt").write_text(
        "The fishing treaty angered Norland.\n\nCritics said the fishing treaty favors Esterhaven.\n",
        encoding="utf-8",
    )
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02 binary")
    result = CliRunner().invoke(app, ["targets", "suggest", str(tmp_path), "--min-count", "1"])
    assert result.exit_code == InputError.exit_code
    assert "fishing treaty" in result.stdout
    assert "empty.txt" in result.stderr and "bin.txt" in result.stderr
