"""actors stage (placeholder being replaced)."""

from __future__ import annotations

from .config import Config
from .types import Document


class ActorFinder:
    name = "actors"

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()

    def __call__(self, doc: Document) -> Document:
        return doc
