"""The bundled demo corpus: six short fictional news articles and their stance targets.

Everything here is invented (the countries Arvenia and Kestria, their people and
the outlets); ``stancegraph demo`` and ``make demo`` ingest it.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def corpus_dir() -> Path:
    """The folder of demo articles (inside the installed package)."""
    return Path(str(resources.files(__package__).joinpath("articles")))


def targets_path() -> Path:
    """The demo's stance targets (YAML)."""
    return Path(str(resources.files(__package__).joinpath("targets.yaml")))
