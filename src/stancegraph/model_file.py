"""Saving and loading the optional learned models (attribution, stance).

Both are a scikit-learn vectorizer and classifier plus a decision threshold and
training metadata, pickled with a format tag. Pickles run code when loaded: load
only models you trained yourself.
"""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any

from .errors import ConfigError, MissingExtra


def sklearn_classes(extra: str, what: str) -> tuple[Any, Any]:
    """scikit-learn's DictVectorizer and LogisticRegression, imported when a model is
    trained or loaded; MissingExtra naming ``extra`` when scikit-learn is not installed."""
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError as exc:
        raise MissingExtra("scikit-learn", extra, what) from exc
    return DictVectorizer, LogisticRegression


def save_model(path: str | Path, fmt: str, payload: dict[str, Any]) -> None:
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(pickle.dumps({**payload, "format": fmt}))


def load_model(path: str | Path, fmt: str, what: str, train_command: str) -> dict[str, Any]:
    """The saved payload, or a ConfigError naming the file and what is wrong with it."""
    p = Path(path)
    if not p.is_file():
        raise ConfigError(f"{p}: no {what} (train one with `{train_command}`)")
    a = "an" if what[:1].lower() in "aeiou" else "a"
    try:
        payload = pickle.loads(p.read_bytes())  # noqa: S301 - the user's own model file
    except Exception as exc:  # noqa: BLE001 - any unreadable file is the same error
        raise ConfigError(f"{p}: not {a} {what} ({type(exc).__name__})") from None
    if not isinstance(payload, dict) or payload.get("format") != fmt:
        raise ConfigError(f"{p}: not {a} {what} of format {fmt}")
    return payload
