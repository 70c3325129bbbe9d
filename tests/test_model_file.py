"""model_file.py: learned models round-trip; bad files are named ConfigErrors."""

from __future__ import annotations

import pickle

import pytest

from stancegraph.errors import ConfigError
from stancegraph.model_file import load_model, save_model


def test_round_trip(tmp_path):
    save_model(tmp_path / "sub" / "m.model", "fmt/1", {"threshold": 0.4, "meta": {"n": 3}})
    assert load_model(tmp_path / "sub" / "m.model", "fmt/1", "stance model", "x") == {
        "threshold": 0.4,
        "meta": {"n": 3},
        "format": "fmt/1",
    }


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (None, "no stance model (train one with `stancegraph train stance`)"),
        (b"", "not a stance model (EOFError)"),
        (b"\x00\x01 not a pickle", "not a stance model (UnpicklingError)"),
        (pickle.dumps([1, 2]), "not a stance model of format fmt/1"),
        (pickle.dumps({"format": "fmt/0"}), "not a stance model of format fmt/1"),
    ],
)
def test_bad_model_files_are_named(tmp_path, data, expected):
    path = tmp_path / "m.model"
    if data is not None:
        path.write_bytes(data)
    with pytest.raises(ConfigError) as err:
        load_model(path, "fmt/1", "stance model", "stancegraph train stance")
    assert str(err.value) == f"[E200] {path}: {expected}"


@pytest.mark.parametrize(("what", "article"), [("stance model", "a"), ("attribution model", "an")])
def test_the_error_reads_as_english(tmp_path, what, article):
    (tmp_path / "m.model").write_bytes(b"")
    with pytest.raises(ConfigError, match=f": not {article} {what} \\(EOFError\\)"):
        load_model(tmp_path / "m.model", "fmt/1", what, "x")
