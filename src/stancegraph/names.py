"""Name folding for matching people and organizations by name: one rule for the actors
stage, the cross-document registry and the evaluations.

``norm`` folds case, accents, punctuation and a leading article; ``fold`` also drops a
leading title, middle initials and generational suffixes, maps a nickname to the
formal first name (``data/nicknames.yaml``) and takes plural words to singular. Both
are pure functions of the string and cached: the registry calls them for every
candidate pair of every stored document.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

import yaml

# Nouns that stand for the group they belong to: "members of the Basij", "Basij forces",
# "the Kestrian government" (the stance rules read them as the group; `targets suggest`
# leaves them out with the actors).
GROUP_HEADS = frozenset({"member", "leader", "head", "chief", "spokesman", "spokeswoman", "spokesperson",
                         "official", "government", "army", "force", "supporter", "ally", "representative"})


@lru_cache(maxsize=65536)
def norm(name: str) -> str:
    """Fold case, accents, punctuation and a leading article, for name matching."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"^\s*the\s+", "", text)
    return " ".join(text.split())


# Generational suffixes: "Jr.", "III" end a name without being its surname.
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def is_suffix(word: str) -> bool:
    """ "Jr.", "III": a word after a surname that is not the surname."""
    return word.lower().rstrip(".") in SUFFIXES
# Titles that annotators sometimes leave on a canonical name ("rep. park cannon").
_TITLES = frozenset(
    {"rep", "reps", "sen", "senator", "gov", "governor", "president", "dr", "mr", "mrs", "ms"}
)


@lru_cache(maxsize=1)
def _nicknames() -> dict[str, str]:
    data = yaml.safe_load(
        resources.files("stancegraph.data").joinpath("nicknames.yaml").read_text(encoding="utf-8")
    )
    return {norm(k): norm(v) for k, v in data.items()}


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """``norm`` plus a dropped leading title, a formal first name ("Greg" = "Gregory")
    and singular words: "workers" = "worker"."""
    words = norm(name).split()
    if len(words) > 1 and words[0] in _TITLES:
        words = words[1:]
    if len(words) > 1:
        words[0] = _nicknames().get(words[0], words[0])
    # Middle initials and generational suffixes: "Eric H. Holder Jr." = "Eric Holder".
    words = [w for w in words if len(w) > 1 and w not in SUFFIXES] or words
    return " ".join(
        w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")) else w for w in words
    )
